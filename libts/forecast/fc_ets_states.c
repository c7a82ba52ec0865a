/* The initial states of an ETS fit for given smoothing parameters.  R's
 * ets hands the states to Nelder-Mead with the parameters (up to 17
 * dimensions for monthly data); here they are solved for inside each
 * evaluation.  One pass carries the derivatives of every one-step
 * forecast with respect to the initial states (forward mode): for
 * additive states the forecasts are affine in them, so additive errors
 * give the exact least-squares states in one solve, and multiplicative
 * errors a few Gauss-Newton steps on the likelihood without running the
 * model again; a multiplicative season makes the forecasts nonlinear in
 * the states, and the linearisation is renewed up to three times, from
 * the previous evaluation's states when they fit better. */
#include <math.h>
#include <string.h>
#include <gsl/gsl_linalg.h>
#include "forecast/ets.h"

#define NS TSF_ETS_MAX_STATE

/* The initial seasons' derivatives: free coordinate j0 + r is season r
 * (newest first) for r < m - 1; the last season is minus their sum. */
static void seed_ring(size_t m, size_t j0, size_t np, double ds[][NS])
{
    for (size_t i = 0; i < m; i++) {
        size_t r = m - 1 - i; /* ring slot i holds season r */
        for (size_t j = 0; j < np; j++)
            ds[i][j] = 0;
        if (np <= j0)
            continue; /* the seasons are not estimated */
        if (r + 1 < m)
            ds[i][j0 + r] = 1;
        else
            for (size_t q = 0; q + 1 < m; q++)
                ds[i][j0 + q] = -1;
    }
}

/* pass_jac without a season: two states at most, written out (annual
 * series are fitted by the hundred thousand). */
static int pass_jac_plain(const tsf_ets_work *w, const tsf_ets_par *p, const double *x, double *fc,
                          double *J)
{
    int tr = w->f->trend != 'N';
    double phi = tr ? p->phi : 0, al = p->alpha, be = p->beta;
    double l = x[0], b = tr ? x[1] : 0, dl0 = 1, dl1 = 0, db0 = 0, db1 = 1;
    for (size_t t = 0; t < w->n; t++) {
        double q = l + phi * b, e = w->y[t] - q;
        if (!isfinite(q))
            return -1;
        fc[t] = q;
        double dq0 = dl0 + phi * db0, dq1 = dl1 + phi * db1;
        if (tr) {
            J[2 * t] = dq0;
            J[2 * t + 1] = dq1;
            db0 = phi * db0 - be * dq0;
            db1 = phi * db1 - be * dq1;
            b = phi * b + be * e;
        } else {
            J[t] = dq0;
        }
        dl0 = (1 - al) * dq0;
        dl1 = (1 - al) * dq1;
        l = q + al * e;
    }
    return 0;
}

/* Runs the model from the full state x, writing the one-step forecasts
 * fc[t] and their derivatives J[t np + j] with respect to the free
 * initial coordinates.  Returns -1 when a forecast is not finite or, in a
 * multiplicative form, not positive. */
static int pass_jac(const tsf_ets_work *w, const tsf_ets_par *p, const double *x, double *fc, double *J)
{
    if (w->f->season == 'N' && w->nfree == 1 + (w->f->trend != 'N'))
        return pass_jac_plain(w, p, x, fc, J);
    const tsf_ets_form *f = w->f;
    size_t np = w->nfree, j0 = 1 + (f->trend != 'N');
    size_t m = f->season != 'N' ? (size_t)f->m : 0, k = 0;
    /* Only a multiplicative season needs positive forecasts on the way:
     * elsewhere the forecasts are affine in the states, and the solve can
     * still move them above zero. */
    int tr = f->trend != 'N', mult = f->season == 'M';
    double dl[NS] = {0}, db[NS] = {0}, dq[NS], da[NS], ds[TSF_ETS_MAX_M][NS];
    double phi = p->phi, al = p->alpha, be = p->beta, ga = p->gamma;
    tsf_ets_run s;
    tsf_ets_load(f, x, &s);
    dl[0] = 1;
    if (tr)
        db[1] = 1;
    seed_ring(m, j0, np, ds);
    for (size_t t = 0; t < w->n; t++) {
        double y = w->y[t], phib = tr ? phi * s.b : 0, q = s.l + phib;
        double so = m ? s.ring[k] : 0, *dso = m ? ds[k] : NULL, *jr = J + t * np;
        for (size_t j = 0; j < np; j++)
            dq[j] = dl[j] + (tr ? phi * db[j] : 0);
        double v, a, tt;
        if (f->season == 'N') {
            v = q, a = y;
            for (size_t j = 0; j < np; j++)
                jr[j] = dq[j], da[j] = 0;
        } else if (f->season == 'A') {
            v = q + so, a = y - so;
            for (size_t j = 0; j < np; j++)
                jr[j] = dq[j] + dso[j], da[j] = -dso[j];
        } else {
            if (!(so > 0 && q > 0))
                return -1;
            v = q * so, a = y / so;
            for (size_t j = 0; j < np; j++)
                jr[j] = so * dq[j] + q * dso[j], da[j] = -a / so * dso[j];
        }
        if (!isfinite(v) || (mult && !(v > 0)))
            return -1;
        fc[t] = v;
        if (m) {
            tt = f->season == 'A' ? y - q : y / q;
            double dt = f->season == 'A' ? -1 : -tt / q;
            for (size_t j = 0; j < np; j++)
                dso[j] = (1 - ga) * dso[j] + ga * dt * dq[j];
            s.ring[k] = so + ga * (tt - so);
            k = k + 1 == m ? 0 : k + 1;
        }
        for (size_t j = 0; j < np; j++) {
            double g = da[j] - dq[j];
            dl[j] = dq[j] + al * g;
            if (tr)
                db[j] = phi * db[j] + be * g;
        }
        s.l = q + al * (a - q);
        if (tr)
            s.b = phib + be * (a - q);
    }
    return 0;
}

/* Solves (N + ridge) d = g for the np x np symmetric N (overwritten). */
static int solve(double *N, double *g, size_t np, double *d)
{
    double diag = 0;
    for (size_t j = 0; j < np; j++)
        diag = fmax(diag, N[j * np + j]);
    if (!(diag > 0) || !isfinite(diag))
        return -1;
    for (size_t j = 0; j < np; j++)
        N[j * np + j] += 1e-12 * diag;
    gsl_matrix_view A = gsl_matrix_view_array(N, np, np);
    gsl_vector_view b = gsl_vector_view_array(g, np), x = gsl_vector_view_array(d, np);
    if (gsl_linalg_cholesky_decomp1(&A.matrix) || gsl_linalg_cholesky_solve(&A.matrix, &b.vector, &x.vector))
        return -1;
    return 0;
}

/* Full state x + the change d of the free coordinates. */
static void expand(const tsf_ets_work *w, const double *x, const double *d, double *out)
{
    size_t np = w->nfree, ns = tsf_ets_nstate(w->f), j0 = 1 + (w->f->trend != 'N');
    memcpy(out, x, ns * sizeof *out);
    for (size_t j = 0; j < np; j++)
        out[j] += d[j];
    if (w->f->season != 'N') {
        double sum = 0;
        for (size_t j = j0; j < np; j++)
            sum += d[j];
        out[ns - 1] -= sum;
    }
}

/* Additive errors: the least-squares change of the states; returns
 * n log SSE. */
static double ls_additive(const tsf_ets_work *w, const double *fc, const double *J, double *d)
{
    size_t np = w->nfree, n = w->n;
    double N[NS * NS], g[NS];
    /* Only the np x np corner is used: zeroing all of N cost more than
     * the sums for a yearly series. */
    memset(N, 0, np * np * sizeof *N);
    memset(g, 0, np * sizeof *g);
    for (size_t t = 0; t < n; t++) {
        const double *jr = J + t * np;
        double r = w->y[t] - fc[t];
        for (size_t a = 0; a < np; a++) {
            g[a] += jr[a] * r;
            for (size_t b = 0; b <= a; b++)
                N[a * np + b] += jr[a] * jr[b];
        }
    }
    for (size_t a = 0; a < np; a++)
        for (size_t b = 0; b < a; b++)
            N[b * np + a] = N[a * np + b];
    if (solve(N, g, np, d))
        memset(d, 0, np * sizeof *d);
    double sse = 0;
    for (size_t t = 0; t < n; t++) {
        double r = w->y[t] - fc[t];
        for (size_t a = 0; a < np; a++)
            r -= J[t * np + a] * d[a];
        sse += r * r;
    }
    return (double)n * log(fmax(sse, w->floor));
}

/* Multiplicative errors' criterion n log sum e^2 + 2 sum log f with the
 * forecasts f = fc + J d; HUGE_VAL when one is not positive.  The logs are
 * summed as one log of a product kept in range by frexp (a log per
 * observation was the fit's largest cost). */
static double lik_mult(const tsf_ets_work *w, const double *fc, const double *J, const double *d)
{
    size_t np = w->nfree;
    double sse = 0, prod = 1;
    long ex = 0;
    for (size_t t = 0; t < w->n; t++) {
        double v = fc[t];
        for (size_t a = 0; a < np; a++)
            v += J[t * np + a] * d[a];
        if (!(v > 0) || !isfinite(v))
            return HUGE_VAL;
        double e = w->y[t] / v - 1;
        sse += e * e;
        prod *= v;
        if (prod > 1e150 || prod < 1e-150) {
            int k;
            prod = frexp(prod, &k);
            ex += k;
        }
    }
    double lf = log(prod) + (double)ex * M_LN2;
    return (double)w->n * log(fmax(sse, w->floor)) + 2 * lf;
}

/* Multiplicative errors: Gauss-Newton on the criterion (the Hessian of
 * n log S approximated by its outer-product part), with step halving,
 * from d (in) to the d it ends on (out); returns the criterion there. */
static double gn_mult(const tsf_ets_work *w, const double *fc, const double *J, double *d)
{
    size_t np = w->nfree, n = w->n;
    double cur = lik_mult(w, fc, J, d);
    for (int it = 0; it < w->gn_steps && cur < HUGE_VAL; it++) {
        double sse = 0, N[NS * NS], g[NS], h1[NS], step[NS], trial[NS];
        memset(N, 0, np * np * sizeof *N);
        memset(g, 0, np * sizeof *g);
        memset(h1, 0, np * sizeof *h1);
        for (size_t t = 0; t < n; t++) {
            const double *jr = J + t * np;
            double v = fc[t];
            for (size_t a = 0; a < np; a++)
                v += jr[a] * d[a];
            double e = w->y[t] / v - 1, c = -w->y[t] / (v * v);
            sse += e * e;
            for (size_t a = 0; a < np; a++) {
                h1[a] += e * c * jr[a];
                g[a] += jr[a] / v;
                for (size_t b = 0; b <= a; b++)
                    N[a * np + b] += c * c * jr[a] * jr[b];
            }
        }
        double sc = (double)n / fmax(sse, w->floor);
        for (size_t a = 0; a < np; a++) {
            g[a] = -(sc * h1[a] + g[a]); /* minus the half gradient */
            for (size_t b = 0; b <= a; b++)
                N[b * np + a] = N[a * np + b] = sc * N[a * np + b];
        }
        if (solve(N, g, np, step))
            break;
        /* The decrease the quadratic model predicts: below the gain that
         * ends the iteration, a line search would only spend
         * evaluations failing to find it. */
        double pred = 0;
        for (size_t a = 0; a < np; a++)
            pred += g[a] * step[a];
        if (!(pred >= 1e-9 * (1 + fabs(cur))))
            break;
        double lam = 1, next = HUGE_VAL;
        for (int half = 0; half < 12; half++, lam *= 0.5) {
            for (size_t a = 0; a < np; a++)
                trial[a] = d[a] + lam * step[a];
            next = lik_mult(w, fc, J, trial);
            if (next < cur)
                break;
        }
        if (!(next < cur))
            break;
        memcpy(d, trial, np * sizeof *d);
        double gain = cur - next;
        cur = next;
        if (gain < 1e-9 * (1 + fabs(cur)))
            break;
    }
    return cur;
}

double tsf_ets_states(tsf_ets_work *w, const tsf_ets_par *p, double *x0)
{
    double d[NS], x[NS], cand[NS];
    size_t ns = tsf_ets_nstate(w->f);
    memcpy(x, w->xs, ns * sizeof *x);
    if (pass_jac(w, p, x, w->fc, w->J))
        return HUGE_VAL;
    if (w->f->season != 'M') {
        /* Affine in the states: the solve is exact.  Multiplicative errors
         * start from the least-squares states, which keep the forecasts
         * positive where the heuristic start may not. */
        double lik;
        if (w->f->error == 'A') {
            lik = ls_additive(w, w->fc, w->J, d);
        } else {
            /* From the last evaluation's states (the optimum moves little
             * between neighbouring parameters), else the least-squares
             * ones, else the start. */
            memcpy(d, w->dprev, sizeof d);
            if (!w->has_prev || !(lik_mult(w, w->fc, w->J, d) < HUGE_VAL)) {
                ls_additive(w, w->fc, w->J, d);
                if (!(lik_mult(w, w->fc, w->J, d) < HUGE_VAL))
                    memset(d, 0, sizeof d);
            }
            lik = gn_mult(w, w->fc, w->J, d);
            if (lik < HUGE_VAL) {
                memcpy(w->dprev, d, sizeof d);
                w->has_prev = 1;
            }
        }
        expand(w, x, d, x0);
        return lik;
    }
    /* Nonlinear: the linearisation is renewed at each accepted point; a
     * step is kept only when it lowers the criterion. */
    const double zero[NS] = {0};
    double cur = lik_mult(w, w->fc, w->J, zero);
    /* The last evaluation's states, when they fit better than the start,
     * leave the rounds little to do (the optimum moves little between
     * neighbouring parameters). */
    double prev;
    if (w->has_xprev) {
        if (pass_jac(w, p, w->xprev, w->fc, w->J) == 0 && (prev = lik_mult(w, w->fc, w->J, zero)) < cur) {
            cur = prev;
            memcpy(x, w->xprev, ns * sizeof *x);
        } else {
            pass_jac(w, p, x, w->fc, w->J); /* back to the start's linearisation */
        }
    }
    for (int round = 0; round < 3 && cur < HUGE_VAL; round++) {
        memset(d, 0, sizeof d);
        /* No gain in the linearisation: the states are solved. */
        if (!(cur - gn_mult(w, w->fc, w->J, d) >= 1e-9 * (1 + fabs(cur))))
            break;
        double lam = 1, next = HUGE_VAL;
        for (int half = 0; half < 4; half++, lam *= 0.5) {
            double dd[NS];
            for (size_t j = 0; j < w->nfree; j++)
                dd[j] = lam * d[j];
            expand(w, x, dd, cand);
            /* Overwrites fc and J: the linearisation at the candidate. */
            if (pass_jac(w, p, cand, w->fc, w->J) == 0 && (next = lik_mult(w, w->fc, w->J, zero)) < cur)
                break;
        }
        if (!(next < cur))
            break;
        memcpy(x, cand, ns * sizeof *x);
        double gain = cur - next;
        cur = next;
        if (gain < 1e-9 * (1 + fabs(cur)))
            break;
    }
    if (cur < HUGE_VAL) {
        memcpy(w->xprev, x, ns * sizeof *x);
        w->has_xprev = 1;
    }
    memcpy(x0, x, ns * sizeof *x0);
    return cur;
}
