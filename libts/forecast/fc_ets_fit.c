/* Fitting ETS models by maximum likelihood and choosing among them by
 * AICc, as R's forecast::ets does (Hyndman et al. 2008, chapters 5 and
 * 7): the smoothing parameters by Nelder-Mead (gsl nmsimplex2) within the
 * "usual" bounds intersected with the admissible region (R's bounds =
 * "both"), the initial states solved for at each evaluation
 * (fc_ets_states.c). */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>
#include "forecast/ets.h"

/* R's usual region: 1e-4 <= alpha, beta, gamma <= 0.9999, beta <= alpha,
 * gamma <= 1 - alpha, 0.8 <= phi <= 0.98. */
#define A_LO 1e-4
#define A_HI 0.9999
#define B_LO 1e-4
#define G_LO 1e-4
#define PHI_LO 0.8
#define PHI_HI 0.98
/* Free coordinates are clamped to +-U_MAX: beyond it a parameter sits
 * within 3e-7 of its bound, and the plateau lets the simplex shrink when
 * the optimum is on a bound instead of wandering off. */
#define U_MAX 15.0
/* Nelder-Mead runs from this many of the best grid points on seasonal
 * data (fits to the hundred thousand yearly series run from one). */
#define N_STARTS 3

typedef struct {
    tsf_ets_work w;
    tsf_ets_fixed fix;
    int fa, fb, fg, fp; /* which parameters are free */
    size_t nfree_par;
} fit_ctx;

static double logistic(double u)
{
    u = u > U_MAX ? U_MAX : u < -U_MAX ? -U_MAX : u;
    return 1.0 / (1.0 + exp(-u));
}

static double logit(double v, double lo, double hi)
{
    double r = (v - lo) / (hi - lo);
    r = r < 1e-6 ? 1e-6 : r > 1 - 1e-6 ? 1 - 1e-6 : r;
    return log(r / (1 - r));
}

/* Alpha's range given the fixed beta and gamma. */
static void alpha_range(const fit_ctx *c, double *lo, double *hi)
{
    *lo = A_LO;
    *hi = A_HI;
    if (c->w.f->trend != 'N' && !isnan(c->fix.beta))
        *lo = fmax(*lo, c->fix.beta);
    if (c->w.f->season != 'N' && !isnan(c->fix.gamma))
        *hi = fmin(*hi, 1 - c->fix.gamma);
}

/* Free coordinates u[] -> parameters; alpha first, since beta's upper
 * bound is alpha and gamma's is 1 - alpha. */
static tsf_ets_par from_free(const fit_ctx *c, const double *u)
{
    const tsf_ets_form *f = c->w.f;
    tsf_ets_par p = {c->fix.alpha, 0, 0, 1};
    size_t k = 0;
    double lo, hi;
    alpha_range(c, &lo, &hi);
    if (c->fa)
        p.alpha = lo + (hi - lo) * logistic(u[k++]);
    if (f->trend != 'N')
        p.beta = c->fb ? B_LO + (p.alpha - B_LO) * logistic(u[k++]) : c->fix.beta;
    if (f->season != 'N')
        p.gamma = c->fg ? G_LO + (fmax(1 - p.alpha, G_LO) - G_LO) * logistic(u[k++]) : c->fix.gamma;
    if (f->damped)
        p.phi = c->fp ? PHI_LO + (PHI_HI - PHI_LO) * logistic(u[k++]) : c->fix.phi;
    return p;
}

static void to_free(const fit_ctx *c, const tsf_ets_par *p, double *u)
{
    size_t k = 0;
    double lo, hi;
    alpha_range(c, &lo, &hi);
    if (c->fa)
        u[k++] = logit(p->alpha, lo, hi);
    if (c->fb)
        u[k++] = logit(p->beta, B_LO, p->alpha);
    if (c->fg)
        u[k++] = logit(p->gamma, G_LO, fmax(1 - p->alpha, G_LO));
    if (c->fp)
        u[k++] = logit(p->phi, PHI_LO, PHI_HI);
}

/* What an inadmissible or failing point scores: finite, as GSL's
 * simplex refuses infinities, and above any likelihood. */
#define BAD 1e100

static double criterion(fit_ctx *c, const tsf_ets_par *p, double *x0)
{
    if (!tsf_ets_admissible(c->w.f, p))
        return BAD;
    double v = tsf_ets_states(&c->w, p, x0);
    return isfinite(v) ? v : BAD;
}

static double nm_objective(const gsl_vector *v, void *arg)
{
    fit_ctx *c = arg;
    double u[4] = {0, 0, 0, 0}, x0[TSF_ETS_MAX_STATE];
    for (size_t i = 0; i < v->size; i++)
        u[i] = gsl_vector_get(v, i);
    tsf_ets_par p = from_free(c, u);
    return criterion(c, &p, x0);
}

/* The best `k` points of a coarse grid over the free parameters (alpha
 * 0.1 to 0.9; beta a share of alpha; gamma a share of 1 - alpha; phi 0.85
 * and 0.95), best first: the likelihood can have several valleys (short
 * series; seasonal forms, where one valley often lies along gamma = 1 -
 * alpha and another near alpha = 1).  Returns how many were found. */
static size_t grid_starts(fit_ctx *c, tsf_ets_par *starts, double *vals, size_t k)
{
    static const double as[] = {0.1, 0.3, 0.5, 0.8}, bs[] = {0.05, 0.3, 0.8};
    static const double gs[] = {0.05, 0.3, 0.7}, ps[] = {0.85, 0.95};
    const tsf_ets_form *f = c->w.f;
    size_t na = c->fa ? 4 : 1, nb = c->fb ? 3 : 1, ng = c->fg ? 3 : 1, nph = c->fp ? 2 : 1, got = 0;
    double lo, hi, x0[TSF_ETS_MAX_STATE];
    alpha_range(c, &lo, &hi);
    tsf_ets_par p;
    for (size_t ia = 0; ia < na; ia++)
        for (size_t ib = 0; ib < nb; ib++)
            for (size_t ig = 0; ig < ng; ig++)
                for (size_t ip = 0; ip < nph; ip++) {
                    p.alpha = c->fa ? lo + (hi - lo) * as[ia] : c->fix.alpha;
                    p.beta = f->trend == 'N' ? 0 : c->fb ? B_LO + (p.alpha - B_LO) * bs[ib] : c->fix.beta;
                    p.gamma = f->season == 'N' ? 0
                              : c->fg ? G_LO + (fmax(1 - p.alpha, G_LO) - G_LO) * gs[ig] : c->fix.gamma;
                    p.phi = !f->damped ? 1 : c->fp ? ps[ip] : c->fix.phi;
                    double v = criterion(c, &p, x0);
                    if (!(v < BAD))
                        continue;
                    /* Insertion into the k best so far. */
                    size_t i = got < k ? got++ : k;
                    if (i == k && !(v < vals[k - 1]))
                        continue;
                    if (i == k)
                        i = k - 1;
                    while (i > 0 && v < vals[i - 1]) {
                        starts[i] = starts[i - 1];
                        vals[i] = vals[i - 1];
                        i--;
                    }
                    starts[i] = p;
                    vals[i] = v;
                }
    if (got == 0) {
        starts[0] = (tsf_ets_par){0.5 * (lo + hi), 0, 0, 1};
        got = 1;
    }
    return got;
}

/* Nelder-Mead over the free coordinates from `start`. */
static int nelder_mead(fit_ctx *c, tsf_ets_par start, double step, tsf_ets_par *out, double *val, ts_error *err)
{
    size_t nf = c->nfree_par;
    double u[4];
    to_free(c, &start, u);
    gsl_multimin_fminimizer *s = gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, nf);
    gsl_vector *x = gsl_vector_alloc(nf), *st = gsl_vector_alloc(nf);
    int out_rc = TS_OK;
    if (!s || !x || !st) {
        out_rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nf; i++) {
        gsl_vector_set(x, i, u[i]);
        gsl_vector_set(st, i, step);
    }
    gsl_multimin_function fn = {nm_objective, nf, c};
    int rc = gsl_multimin_fminimizer_set(s, &fn, x, st);
    double fbest = HUGE_VAL;
    int stall = 0;
    for (int it = 0; rc == GSL_SUCCESS && it < 500; it++) {
        rc = gsl_multimin_fminimizer_iterate(s);
        if (rc != GSL_SUCCESS)
            break;
        /* 1e-3 in logit units is under 2.5e-4 in a parameter: below what
         * the data resolve. */
        if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(s), 1e-3) == GSL_SUCCESS)
            break;
        /* Or the criterion has stopped falling (a ridge along a bound). */
        double fm = gsl_multimin_fminimizer_minimum(s);
        if (fm < fbest - 1e-10 * (1 + fabs(fbest))) {
            fbest = fm;
            stall = 0;
        } else if (++stall >= 30) {
            break;
        }
    }
    if (rc != GSL_SUCCESS && rc != GSL_CONTINUE && rc != GSL_ENOPROG) {
        out_rc = ts_error_set(err, TS_ERANGE, "ETS parameters: Nelder-Mead failed: %s", gsl_strerror(rc));
    } else {
        for (size_t i = 0; i < nf; i++)
            u[i] = gsl_vector_get(s->x, i);
        *out = from_free(c, u);
        *val = gsl_multimin_fminimizer_minimum(s);
    }
done:
    gsl_multimin_fminimizer_free(s);
    gsl_vector_free(x);
    gsl_vector_free(st);
    return out_rc;
}

/* Nelder-Mead from the best k grid points, keeping the lowest
 * criterion: one run from the best point ended in a worse valley (by
 * more than 0.05 in -2 log L) for 65 of the 600 form-series pairs of the
 * 40 quarterly and monthly development series (air_q MAM: 407.2 at alpha
 * 1, gamma 0 against 403.9 at alpha 0.63, gamma 0.37 = 1 - alpha). */
static int multi_start(fit_ctx *c, size_t k, tsf_ets_par *out, ts_error *err)
{
    tsf_ets_par starts[N_STARTS];
    double vals[N_STARTS], best = HUGE_VAL;
    k = grid_starts(c, starts, vals, k);
    int rc = TS_ERANGE;
    for (size_t i = 0; i < k; i++) {
        tsf_ets_par p;
        double v;
        ts_error e;
        int r = nelder_mead(c, starts[i], 1.0, &p, &v, &e);
        if (r == TS_ENOMEM) {
            if (err)
                *err = e;
            return r;
        }
        if (r == TS_OK && (rc != TS_OK || v < best)) {
            best = v;
            *out = p;
            rc = TS_OK;
        } else if (rc != TS_OK && err) {
            *err = e;
        }
    }
    return rc;
}

static int check_fixed(const tsf_ets_form *f, const tsf_ets_fixed *x, ts_error *err)
{
    if (!isnan(x->alpha) && !(x->alpha > 0 && x->alpha <= 1))
        return ts_error_set(err, TS_EINVAL, "alpha must be in (0, 1], not %g", x->alpha);
    if (f->trend != 'N' && !isnan(x->beta)) {
        if (!(x->beta >= 0 && x->beta <= 1))
            return ts_error_set(err, TS_EINVAL, "beta must be in [0, 1], not %g", x->beta);
        if (!isnan(x->alpha) && x->beta > x->alpha)
            return ts_error_set(err, TS_EINVAL, "beta (%g) must not exceed alpha (%g)", x->beta, x->alpha);
        if (isnan(x->alpha) && x->beta >= A_HI)
            return ts_error_set(err, TS_EINVAL, "beta (%g) leaves no room for alpha below 1", x->beta);
    }
    if (f->season != 'N' && !isnan(x->gamma)) {
        if (!(x->gamma >= 0 && x->gamma <= 1))
            return ts_error_set(err, TS_EINVAL, "gamma must be in [0, 1], not %g", x->gamma);
        if (!isnan(x->alpha) && x->gamma > 1 - x->alpha + 1e-12)
            return ts_error_set(err, TS_EINVAL, "gamma (%g) must not exceed 1 - alpha (%g)", x->gamma,
                                1 - x->alpha);
        if (isnan(x->alpha) && 1 - x->gamma <= A_LO)
            return ts_error_set(err, TS_EINVAL, "gamma (%g) leaves no room for alpha above 0", x->gamma);
    }
    if (f->damped && !isnan(x->phi) && !(x->phi > 0 && x->phi <= 1))
        return ts_error_set(err, TS_EINVAL, "phi must be in (0, 1], not %g", x->phi);
    return TS_OK;
}

static size_t free_smooth(const tsf_ets_form *f, const tsf_ets_fixed *fix)
{
    return (size_t)isnan(fix->alpha) + (f->trend != 'N' && isnan(fix->beta)) +
           (f->season != 'N' && isnan(fix->gamma)) + (f->damped && isnan(fix->phi));
}

size_t tsf_ets_min_n(const tsf_ets_form *f, const tsf_ets_fixed *fix)
{
    (void)fix;
    /* Every parameter (fixed ones too, as sigma's denominator counts them)
     * and free state, plus two: sigma's degree of freedom and one more. */
    size_t k = tsf_ets_nsmooth(f) + tsf_ets_nfree(f) + 2;
    if (f->season != 'N' && k < 3 * (size_t)f->m)
        k = 3 * (size_t)f->m;
    return k;
}

/* The fit's summary from its parameters: states, errors, sigma, AICc. */
static int finish(fit_ctx *c, const tsf_ets_par *p, tsf_ets_fit *out, ts_error *err)
{
    const tsf_ets_form *f = c->w.f;
    size_t n = c->w.n;
    /* The search settles the parameters with a few Gauss-Newton steps per
     * evaluation; the states at its answer are solved to convergence. */
    c->w.gn_steps = 50;
    double x0[TSF_ETS_MAX_STATE], lik = criterion(c, p, x0);
    if (!(lik < BAD))
        return ts_error_set(err, TS_ERANGE, "no admissible ETS fit found");
    double *e = c->w.fc; /* scratch no longer needed */
    if (tsf_ets_filter(f, p, c->w.y, n, x0, e, out->xn, &out->lik))
        return ts_error_set(err, TS_ERANGE, "ETS forecasts are not finite");
    double sse = 0;
    for (size_t t = 0; t < n; t++)
        sse += e[t] * e[t];
    out->form = *f;
    out->par = *p;
    memcpy(out->x0, x0, sizeof x0);
    out->lik = lik;
    out->n = n;
    size_t np = tsf_ets_nsmooth(f) + c->w.nfree;
    out->sigma2 = sse / (double)(n - np);
    out->k = c->nfree_par + c->w.nfree + 1;
    double k = (double)out->k, nn = (double)n;
    out->aicc = nn > k + 1 ? lik + 2 * k + 2 * k * (k + 1) / (nn - k - 1) : NAN;
    return TS_OK;
}

int tsf_ets_fit_form(const tsf_ets_form *f, const double *y, size_t n, const tsf_ets_fixed *fix,
                     tsf_ets_fit *out, ts_error *err)
{
    char code[8];
    tsf_ets_form_code(f, code, sizeof code);
    int rc = check_fixed(f, fix, err);
    if (rc)
        return rc;
    size_t need = tsf_ets_min_n(f, fix);
    if (n < need)
        return ts_error_set(err, TS_EINVAL, "ETS %s needs at least %zu observations, the series has %zu",
                            code, need, n);
    double tss = 0, mean = 0;
    for (size_t t = 0; t < n; t++) {
        if (!isfinite(y[t]))
            return ts_error_set(err, TS_EINVAL, "observation %zu is not a finite number", t + 1);
        if ((f->error == 'M' || f->season == 'M') && !(y[t] > 0))
            return ts_error_set(err, TS_EINVAL, "ETS %s needs positive values, observation %zu is %g", code,
                                t + 1, y[t]);
        mean += y[t];
    }
    mean /= (double)n;
    for (size_t t = 0; t < n; t++)
        tss += (y[t] - mean) * (y[t] - mean);
    fit_ctx c;
    memset(&c, 0, sizeof c);
    c.fix = *fix;
    c.w.f = f;
    c.w.y = y;
    c.w.n = n;
    c.w.nfree = tsf_ets_nfree(f);
    c.w.gn_steps = 2;
    /* An exact fit must not win by log(0): floors far below any misfit. */
    c.w.floor = fmax(f->error == 'A' ? 1e-20 * tss : 1e-20 * (double)n, DBL_MIN);
    c.fa = isnan(fix->alpha);
    c.fb = f->trend != 'N' && isnan(fix->beta);
    c.fg = f->season != 'N' && isnan(fix->gamma);
    c.fp = f->damped && isnan(fix->phi);
    c.nfree_par = free_smooth(f, fix);
    rc = tsf_ets_start(f, y, n, c.w.xs, err);
    if (rc)
        return rc;
    c.w.fc = malloc(n * (1 + c.w.nfree) * sizeof *c.w.fc);
    if (!c.w.fc)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    c.w.J = c.w.fc + n;
    tsf_ets_par p;
    double val;
    if (c.nfree_par == 0) {
        p = from_free(&c, NULL);
    } else if (fix->has_start) {
        /* A neighbouring fit's estimate: a smaller first step. */
        p = fix->start;
        if (!c.fa)
            p.alpha = fix->alpha;
        p.beta = f->trend == 'N' ? 0 : c.fb ? fmin(p.beta, p.alpha) : fix->beta;
        p.gamma = f->season == 'N' ? 0 : c.fg ? fmin(p.gamma, 1 - p.alpha) : fix->gamma;
        p.phi = !f->damped ? 1 : c.fp ? p.phi : fix->phi;
        double x0[TSF_ETS_MAX_STATE], v0;
        if (!(criterion(&c, &p, x0) < BAD))
            grid_starts(&c, &p, &v0, 1);
        rc = nelder_mead(&c, p, 0.5, &p, &val, err);
    } else {
        /* Seasonal data: several runs (above); a non-seasonal form fitted
         * to them has valleys too (following the seasonal swings with a
         * large alpha, or smoothing through them with a small one). */
        rc = multi_start(&c, f->season != 'N' || fix->seasonal_data ? N_STARTS : 1, &p, err);
    }
    if (rc == TS_OK)
        rc = finish(&c, &p, out, err);
    free(c.w.fc);
    return rc;
}

/* A constant series: its value forecast with no spread (R's ets returns
 * simple exponential smoothing with alpha near 1). */
static void constant_fit(const double *y, size_t n, tsf_ets_fit *out)
{
    memset(out, 0, sizeof *out);
    out->form = (tsf_ets_form){'A', 'N', 'N', 0, 1};
    out->par = (tsf_ets_par){A_HI, 0, 0, 1};
    out->x0[0] = out->xn[0] = y[0];
    out->lik = -HUGE_VAL;
    out->aicc = NAN;
    out->sigma2 = 0;
    out->k = 2;
    out->n = n;
}

/* Every form, in R's order (error, trend, season, damped before
 * undamped): the first of equal AICc stays. */
static const char *const form_codes[TSF_ETS_MAX_FORMS] = {
    "ANN", "ANA", "AAdN", "AAN", "AAdA", "AAA",
    "MNN", "MNA", "MNM", "MAdN", "MAN", "MAdA", "MAA", "MAdM", "MAM"};

/* Whether form f suits the series at all. */
static int form_suits(const tsf_ets_form *f, size_t n, int positive, int seasonal_only,
                      const tsf_ets_fixed *fix)
{
    if ((f->error == 'M' || f->season == 'M') && !positive)
        return 0;
    if ((f->season != 'N') != (f->m > 1) || (seasonal_only && f->season == 'N'))
        return 0;
    return n >= tsf_ets_min_n(f, fix);
}

int tsf_ets_select(const double *y, size_t n, int m, int seasonal_only, const tsf_ets_fixed *fix,
                   tsf_ets_fit *out, tsf_ets_fit *all, size_t *n_all, ts_error *err)
{
    int positive = n > 0, constant = n > 0;
    for (size_t t = 0; t < n; t++) {
        if (!isfinite(y[t]))
            return ts_error_set(err, TS_EINVAL, "observation %zu is not a finite number", t + 1);
        positive &= y[t] > 0;
        constant &= y[t] == y[0];
    }
    if (n_all)
        *n_all = 0;
    if (constant && n >= 2) {
        constant_fit(y, n, out);
        if (all) {
            all[0] = *out;
            *n_all = 1;
        }
        return TS_OK;
    }
    tsf_ets_fit fits[TSF_ETS_MAX_FORMS];
    int best = -1;
    int mm = m >= 2 && m <= TSF_ETS_MAX_M ? m : 1;
    tsf_ets_fixed fx = *fix;
    fx.seasonal_data |= mm > 1;
    fix = &fx;
    for (int i = 0; i < TSF_ETS_MAX_FORMS; i++) {
        tsf_ets_form f;
        ts_error e;
        if (form_codes[i][strlen(form_codes[i]) - 1] != 'N' && mm == 1)
            continue;
        tsf_ets_form_parse(form_codes[i], mm, &f, NULL);
        if (!form_suits(&f, n, positive, seasonal_only, fix))
            continue;
        int rc = tsf_ets_fit_form(&f, y, n, fix, &fits[i], &e);
        if (rc == TS_ENOMEM || rc == TS_EINVAL) {
            /* Out of memory, or a bad fixed parameter, fails every form. */
            if (err)
                *err = e;
            return rc;
        }
        if (rc || !isfinite(fits[i].aicc))
            continue;
        if (all)
            all[(*n_all)++] = fits[i];
        if (best < 0 || fits[i].aicc < fits[best].aicc)
            best = i;
    }
    if (best < 0)
        return ts_error_set(err, TS_EINVAL, "no ETS model can be fitted to %zu observations", n);
    *out = fits[best];
    return TS_OK;
}
