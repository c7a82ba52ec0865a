/* Exponential smoothing with additive errors: ETS(A,N,N) (simple), ETS(A,A,N)
 * (Holt) and ETS(A,Ad,N) (damped trend), in the innovations state-space form
 * of Hyndman, Koehler, Ord and Snyder, "Forecasting with Exponential
 * Smoothing" (2008), section 2.5.1 / Table 2.2, as in FPP3 section 8.5.
 * Parameters and initial states minimise the in-sample sum of squared
 * one-step errors; intervals use Table 6.1 (class 1) of the book. */
#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>
#include "forecast/forecast_impl.h"

/* The "usual" region of R's forecast::ets (Hyndman et al. 2008, section
 * 5.2): 0 < beta < alpha < 1, 0.8 <= phi <= 0.98. */
#define A_LO 1e-4
#define A_HI 0.9999
#define B_LO 1e-4
#define PHI_LO 0.8
#define PHI_HI 0.98

typedef struct {
    const double *y;
    size_t n;
    int trend;
    tsf_fixed fix;
    double l0g, b0g; /* rough initial state the affine correction starts from */
} fit_ctx;

typedef struct {
    double alpha, beta, phi;
} params;

/* Free coordinates are clamped to +-U_MAX: beyond it the mapped parameter
 * sits within 5e-5 of its bound, and a flat plateau lets the simplex
 * shrink instead of wandering towards infinity when the optimum is on a
 * bound (common: alpha -> 1 for a random walk, beta -> 0). */
#define U_MAX 10.0

static double logistic(double u)
{
    if (u > U_MAX)
        u = U_MAX;
    else if (u < -U_MAX)
        u = -U_MAX;
    return 1.0 / (1.0 + exp(-u));
}
static double logit(double p) { return log(p / (1.0 - p)); }

/* Maps the free coordinates u[] onto the usual region; fixed values pass
 * through.  Beta's upper bound is alpha, so alpha is placed first. */
static params from_free(const fit_ctx *c, const double *u)
{
    params p;
    size_t k = 0;
    double a_lo = A_LO;
    if (c->trend != TSF_TREND_NONE && !isnan(c->fix.beta) && c->fix.beta > a_lo)
        a_lo = c->fix.beta;
    p.alpha = isnan(c->fix.alpha) ? a_lo + (A_HI - a_lo) * logistic(u[k++]) : c->fix.alpha;
    p.beta = 0;
    p.phi = 1;
    if (c->trend != TSF_TREND_NONE) {
        double b_hi = p.alpha;
        p.beta = isnan(c->fix.beta) ? B_LO + (b_hi - B_LO) * logistic(u[k++]) : c->fix.beta;
    }
    if (c->trend == TSF_TREND_DAMPED)
        p.phi = isnan(c->fix.phi) ? PHI_LO + (PHI_HI - PHI_LO) * logistic(u[k++]) : c->fix.phi;
    return p;
}

static void to_free(const fit_ctx *c, params p, double *u)
{
    size_t k = 0;
    double a_lo = A_LO;
    if (c->trend != TSF_TREND_NONE && !isnan(c->fix.beta) && c->fix.beta > a_lo)
        a_lo = c->fix.beta;
    if (isnan(c->fix.alpha))
        u[k++] = logit((p.alpha - a_lo) / (A_HI - a_lo));
    if (c->trend != TSF_TREND_NONE && isnan(c->fix.beta))
        u[k++] = logit((p.beta - B_LO) / (p.alpha - B_LO));
    if (c->trend == TSF_TREND_DAMPED && isnan(c->fix.phi))
        u[k++] = logit((p.phi - PHI_LO) / (PHI_HI - PHI_LO));
}

/* One step of the ETS(A,Ad,N) filter (Hyndman et al. 2008, Table 2.2):
 * yhat = l + phi b; l' = l + phi b + alpha e; b' = phi b + beta e, e the
 * one-step error, returned.  Holt is phi = 1, simple is b = 0. */
static inline double filter_step(double y, double *l, double *b, params p)
{
    double e = y - (*l + p.phi * *b);
    *l = *l + p.phi * *b + p.alpha * e;
    *b = p.phi * *b + p.beta * e;
    return e;
}

/* For given smoothing parameters the one-step errors are affine in the
 * initial state x0 = (l0, b0): e(x0g + d) = e(x0g) + D d, where column j
 * of D is the error sequence of the filter run on y = 0 from the unit
 * state.  One pass runs the three filters together and accumulates the
 * normal equations, so the state minimising the squared errors for these
 * parameters comes from a 2x2 (or 1x1) solve instead of two more
 * dimensions of Nelder-Mead.  Returns the minimal SSE; *l0, *b0 get the
 * state. */
static double concentrated_sse(const fit_ctx *c, params p, double *l0, double *b0)
{
    const int tr = c->trend != TSF_TREND_NONE;
    double l = c->l0g, b = tr ? c->b0g : 0; /* filter on y */
    double l1 = 1, b1 = 0;                   /* filter on 0 from (1, 0) */
    double l2 = 0, b2 = 1;                   /* filter on 0 from (0, 1) */
    double srr = 0, s1r = 0, s2r = 0, s11 = 0, s12 = 0, s22 = 0;
    for (size_t t = 0; t < c->n; t++) {
        double e = filter_step(c->y[t], &l, &b, p);
        double e1 = filter_step(0, &l1, &b1, p);
        srr += e * e;
        s1r += e1 * e;
        s11 += e1 * e1;
        if (tr) {
            double e2 = filter_step(0, &l2, &b2, p);
            s2r += e2 * e;
            s12 += e1 * e2;
            s22 += e2 * e2;
        }
    }
    /* Minimise srr + 2 d'D'r + d'D'D d: d = -(D'D)^-1 D'r. */
    double d1 = 0, d2 = 0, sse = srr;
    if (!tr) {
        if (s11 > 0) {
            d1 = -s1r / s11;
            sse = srr - s1r * s1r / s11;
        }
    } else {
        double det = s11 * s22 - s12 * s12;
        if (det > 1e-12 * s11 * s22 && det > 0) {
            d1 = -(s22 * s1r - s12 * s2r) / det;
            d2 = -(s11 * s2r - s12 * s1r) / det;
            sse = srr + d1 * s1r + d2 * s2r;
        } else if (s11 > 0) {
            d1 = -s1r / s11;
            sse = srr - s1r * s1r / s11;
        }
    }
    if (sse < 0) /* rounding when the fit is exact */
        sse = 0;
    *l0 = c->l0g + d1;
    *b0 = (tr ? c->b0g : 0) + d2;
    return sse;
}

static double nm_objective(const gsl_vector *v, void *arg)
{
    const fit_ctx *c = arg;
    double u[3] = {0, 0, 0};
    for (size_t i = 0; i < v->size; i++)
        u[i] = gsl_vector_get(v, i);
    double l0, b0;
    double sse = concentrated_sse(c, from_free(c, u), &l0, &b0);
    return isfinite(sse) ? sse : HUGE_VAL;
}

static int check_fixed(const tsf_fixed *f, int trend, ts_error *err)
{
    if (!isnan(f->alpha) && !(f->alpha > 0 && f->alpha <= 1))
        return ts_error_set(err, TS_EINVAL, "alpha must be in (0, 1], not %g", f->alpha);
    if (trend != TSF_TREND_NONE && !isnan(f->beta)) {
        if (!(f->beta >= 0 && f->beta <= 1))
            return ts_error_set(err, TS_EINVAL, "beta must be in [0, 1], not %g", f->beta);
        if (!isnan(f->alpha) && f->beta > f->alpha)
            return ts_error_set(err, TS_EINVAL, "beta (%g) must not exceed alpha (%g)", f->beta, f->alpha);
        if (isnan(f->alpha) && f->beta >= A_HI)
            return ts_error_set(err, TS_EINVAL, "beta (%g) leaves no room for alpha below 1", f->beta);
    }
    if (trend == TSF_TREND_DAMPED && !isnan(f->phi) && !(f->phi > 0 && f->phi <= 1))
        return ts_error_set(err, TS_EINVAL, "phi must be in (0, 1], not %g", f->phi);
    return TS_OK;
}

/* Nelder-Mead (gsl nmsimplex2) over the free parameters, from the best
 * point of a coarse grid: the squared-error surface can have several
 * valleys on short series, and the grid costs at most 30 filter passes. */
static int optimise(fit_ctx *c, size_t nfree, params *best, ts_error *err)
{
    double u[3];
    double step_size = 1.0;
    params start = {0.5, 0.05, 0.95};
    if (!isnan(c->fix.alpha))
        start.alpha = c->fix.alpha;
    if (!isnan(c->fix.phi))
        start.phi = c->fix.phi;
    double best_sse = HUGE_VAL;
    params grid = start;
    /* A hint (the previous backtest origin's estimate) replaces the coarse
     * look, with a smaller first step: the optimum moves little between
     * neighbouring origins. */
    int hinted = nfree > 0 && !isnan(c->fix.start_alpha);
    if (hinted) {
        grid.alpha = isnan(c->fix.alpha) ? c->fix.start_alpha : c->fix.alpha;
        grid.beta = isnan(c->fix.beta) ? c->fix.start_beta : c->fix.beta;
        grid.phi = isnan(c->fix.phi) ? c->fix.start_phi : c->fix.phi;
        if (c->trend == TSF_TREND_NONE) {
            grid.beta = 0;
            grid.phi = 1;
        } else if (c->trend == TSF_TREND_ADD) {
            grid.phi = 1;
        }
        /* Keep the start strictly inside the region, where logit is finite. */
        grid.alpha = fmin(fmax(grid.alpha, 2 * A_LO), A_HI - 1e-6);
        if (c->trend != TSF_TREND_NONE && isnan(c->fix.beta))
            grid.beta = fmin(fmax(grid.beta, 1.5 * B_LO), grid.alpha - 1e-6);
        if (c->trend == TSF_TREND_DAMPED && isnan(c->fix.phi))
            grid.phi = fmin(fmax(grid.phi, PHI_LO + 1e-6), PHI_HI - 1e-6);
        step_size = 0.5;
    }
    /* The coarse look: alpha in 0.1..0.9, beta at 10%, 50% and 90% of
     * alpha, phi 0.85 and 0.95 (fixed values stay fixed).  Trend models can
     * have their best fit with beta near 0 or near alpha, two valleys a
     * single start does not see both of. */
    static const double bfrac[] = {0.1, 0.5, 0.9}, phis[] = {0.85, 0.95};
    size_t na = hinted ? 0 : isnan(c->fix.alpha) ? 5 : 1;
    size_t nb = (c->trend == TSF_TREND_NONE || !isnan(c->fix.beta)) ? 1 : 3;
    size_t np = (c->trend == TSF_TREND_DAMPED && isnan(c->fix.phi)) ? 2 : 1;
    for (size_t ia = 0; ia < na; ia++)
        for (size_t ib = 0; ib < nb; ib++)
            for (size_t ip = 0; ip < np; ip++) {
                params q = start;
                if (isnan(c->fix.alpha))
                    q.alpha = 0.1 + 0.2 * (double)ia;
                q.beta = isnan(c->fix.beta) ? bfrac[ib] * q.alpha : c->fix.beta;
                q.phi = isnan(c->fix.phi) ? phis[ip] : c->fix.phi;
                if (c->trend == TSF_TREND_NONE) {
                    q.beta = 0;
                    q.phi = 1;
                } else {
                    if (c->trend == TSF_TREND_ADD)
                        q.phi = 1;
                    if (q.alpha <= q.beta) /* a fixed beta above the grid point */
                        continue;
                }
                double l0, b0, sse = concentrated_sse(c, q, &l0, &b0);
                if (sse < best_sse) {
                    best_sse = sse;
                    grid = q;
                }
            }
    if (nfree == 0) {
        *best = grid;
        return TS_OK;
    }
    if (isnan(c->fix.beta) && c->trend != TSF_TREND_NONE && grid.beta <= B_LO)
        grid.beta = 0.5 * (grid.alpha + B_LO);
    if (isnan(c->fix.alpha) && !isnan(c->fix.beta) && grid.alpha <= c->fix.beta)
        grid.alpha = 0.5 * (c->fix.beta + A_HI);
    to_free(c, grid, u);

    const gsl_multimin_fminimizer_type *T = gsl_multimin_fminimizer_nmsimplex2;
    gsl_multimin_fminimizer *s = gsl_multimin_fminimizer_alloc(T, nfree);
    gsl_vector *x = gsl_vector_alloc(nfree), *step = gsl_vector_alloc(nfree);
    if (!s || !x || !step) {
        gsl_multimin_fminimizer_free(s);
        gsl_vector_free(x);
        gsl_vector_free(step);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < nfree; i++) {
        gsl_vector_set(x, i, u[i]);
        gsl_vector_set(step, i, step_size);
    }
    gsl_multimin_function f = {nm_objective, nfree, c};
    int rc = gsl_multimin_fminimizer_set(s, &f, x, step);
    /* Not gsl_multimin_fminimizer_minimum(s): GSL fills it only in
     * iterate, so right after set it is uninitialised memory (valgrind). */
    double fbest = HUGE_VAL;
    int stall = 0;
    for (int it = 0; rc == GSL_SUCCESS && it < 400; it++) {
        rc = gsl_multimin_fminimizer_iterate(s);
        if (rc != GSL_SUCCESS)
            break;
        /* 1e-3 in logit units (under 2.5e-4 in alpha) is below what the
         * data can resolve. */
        if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(s), 1e-3) == GSL_SUCCESS)
            break;
        /* Or the squared error has stopped falling: 30 iterations without
         * a relative gain of 1e-12 (a ridge along a bound). */
        double fm = gsl_multimin_fminimizer_minimum(s);
        if (fm < fbest * (1 - 1e-12)) {
            fbest = fm;
            stall = 0;
        } else if (++stall >= 30) {
            break;
        }
    }
    int out = TS_OK;
    if (rc != GSL_SUCCESS && rc != GSL_CONTINUE && rc != GSL_ENOPROG) {
        out = ts_error_set(err, TS_ERANGE, "smoothing parameters: Nelder-Mead failed: %s", gsl_strerror(rc));
    } else {
        for (size_t i = 0; i < nfree; i++)
            u[i] = gsl_vector_get(s->x, i);
        *best = from_free(c, u);
    }
    gsl_multimin_fminimizer_free(s);
    gsl_vector_free(x);
    gsl_vector_free(step);
    return out;
}

int tsf_ets(const double *y, size_t n, size_t h, int trend,
            const tsf_fixed *fix, tsf_path *p, ts_error *err)
{
    static const char *names[] = {"ses", "holt", "damped"};
    static const size_t min_n[] = {4, 6, 7};
    int rc = check_fixed(fix, trend, err);
    if (rc)
        return rc;
    if (n < min_n[trend])
        return ts_error_set(err, TS_EINVAL, "%s needs at least %zu observations, the series has %zu",
                            names[trend], min_n[trend], n);
    for (size_t t = 0; t < n; t++)
        if (!isfinite(y[t]))
            return ts_error_set(err, TS_EINVAL, "%s: observation %zu is not a finite number",
                                names[trend], t + 1);
    fit_ctx c = {y, n, trend, *fix, y[0], 0};
    if (trend != TSF_TREND_NONE)
        c.b0g = (y[n - 1] - y[0]) / (double)(n - 1);
    if (trend == TSF_TREND_NONE) {
        c.fix.beta = NAN;
        c.fix.phi = NAN;
    } else if (trend == TSF_TREND_ADD) {
        c.fix.phi = NAN;
    }
    size_t nfree = isnan(c.fix.alpha);
    if (trend != TSF_TREND_NONE)
        nfree += isnan(c.fix.beta);
    if (trend == TSF_TREND_DAMPED)
        nfree += isnan(c.fix.phi);

    params pr;
    rc = optimise(&c, nfree, &pr, err);
    if (rc)
        return rc;
    double l0, b0;
    double sse = concentrated_sse(&c, pr, &l0, &b0);
    /* Run the filter once more from the fitted state to get the last one. */
    double l = l0, b = trend != TSF_TREND_NONE ? b0 : 0;
    for (size_t t = 0; t < n; t++)
        filter_step(y[t], &l, &b, pr);
    /* sigma^2 = SSE / (n - k), k counting the model's smoothing parameters
     * (fixed ones too, as R's ets() does: a conservative choice) and its
     * initial states. */
    size_t k = (size_t)(trend + 1) + (trend != TSF_TREND_NONE ? 2 : 1);
    if (n <= k)
        return ts_error_set(err, TS_EINVAL, "%s: %zu observations leave no degrees of freedom",
                            names[trend], n);
    double sigma2 = sse / (double)(n - k);
    /* Forecast l + (phi + ... + phi^h) b; variance (Table 6.1, class 1):
     * sigma^2 [1 + sum_{j=1}^{h-1} c_j^2], c_j = alpha + beta phi_j with
     * phi_j = phi + ... + phi^j (FPP3 section 8.7, Table 8.8). */
    double phisum = 0, phipow = 1, csum = 0;
    for (size_t i = 0; i < h; i++) {
        phipow *= pr.phi;
        double cj = pr.alpha + pr.beta * phisum; /* c_j for j = i, phi_i = phisum */
        if (i > 0)
            csum += cj * cj;
        phisum += phipow;
        p->mean[i] = l + phisum * b;
        p->se[i] = sqrt(sigma2 * (1.0 + csum));
    }
    p->df = 0;
    p->log_scale = 0;
    p->alpha = pr.alpha;
    p->beta = trend != TSF_TREND_NONE ? pr.beta : NAN;
    p->phi = trend == TSF_TREND_DAMPED ? pr.phi : NAN;
    p->sigma = sqrt(sigma2);
    /* For the information criterion: what was estimated, fixed parameters
     * not counted (FPP3 8.6). */
    p->sse = sse;
    p->npar = nfree + (trend != TSF_TREND_NONE ? 2 : 1);
    return TS_OK;
}
