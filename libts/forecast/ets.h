/* Private to the forecasting files of libts (prefix tsf_ets_): the
 * exponential smoothing state-space family of Hyndman, Koehler, Ord &
 * Snyder, "Forecasting with Exponential Smoothing" (2008), and FPP3
 * chapter 8: error additive or multiplicative, trend none, additive or
 * additive damped, season none, additive or multiplicative.  The state
 * vector is laid out as in R's forecast::ets, so parameters and states
 * exported from R can be checked here: level, slope (with a trend), then
 * the m seasonal states newest first (the last one is the season of the
 * next observation). */
#ifndef TS_FC_ETS_H
#define TS_FC_ETS_H

#include <stddef.h>
#include <math.h>
#include <gsl/gsl_rng.h>
#include "ts_error.h"

#define TSF_ETS_MAX_M 12                    /* longest season handled */
#define TSF_ETS_MAX_STATE (2 + TSF_ETS_MAX_M) /* level, slope, seasons */
#define TSF_ETS_MAX_FORMS 15                /* 18 forms less A,*,M */

/* The form of a model: ETS(error, trend[d], season). */
typedef struct {
    char error;  /* 'A' or 'M' */
    char trend;  /* 'N' or 'A' */
    char season; /* 'N', 'A' or 'M' */
    int damped;  /* 1: damped trend (trend 'A' only) */
    int m;       /* observations per season; 1 when season is 'N' */
} tsf_ets_form;

/* Smoothing parameters in the state-space (error-correction) form. */
typedef struct {
    double alpha;
    double beta;  /* 0 without a trend */
    double gamma; /* 0 without a season */
    double phi;   /* 1 unless damped */
} tsf_ets_par;

/* Parameters fixed by the caller (NAN = estimate), and where the search
 * may start (has_start: a backtest starts each origin from the previous
 * origin's estimate, which moves little); seasonal_data: the series has
 * seasons, so every form's search runs from several grid points (a
 * seasonal form's always does). */
typedef struct {
    double alpha, beta, gamma, phi;
    int has_start;
    tsf_ets_par start;
    int seasonal_data;
} tsf_ets_fixed;

/* Number of states: 1 + (trend) + m (season). */
size_t tsf_ets_nstate(const tsf_ets_form *f);
/* Initial states estimated: the states less one seasonal state, which the
 * others fix (additive seasons sum to 0, multiplicative ones to m). */
size_t tsf_ets_nfree(const tsf_ets_form *f);
/* Smoothing parameters of the form (alpha, beta, gamma, phi as present). */
size_t tsf_ets_nsmooth(const tsf_ets_form *f);

/* Parses a form's code ("ANN", "MAdM", ...) for season length m (1, 2, 4
 * or 12; a seasonal form needs m >= 2).  TS_EINVAL with a message for an
 * unknown code or the forms left out (additive errors with multiplicative
 * seasons: their forecast variance is infinite; R's restrict = TRUE). */
int tsf_ets_form_parse(const char *code, int m, tsf_ets_form *out, ts_error *err);
/* The code of a form ("MAdM"), at most 5 bytes with the terminator. */
void tsf_ets_form_code(const tsf_ets_form *f, char *buf, size_t size);

/* R's guards in the multiplicative updates: a division by a state this
 * close to zero gives TSF_ETS_HUGE instead (forecast/src/etscalc.c). */
#define TSF_ETS_TINY 1e-10
#define TSF_ETS_HUGE 1e10

/* The state during a run: the seasons in a ring, ring[k] the oldest (the
 * season of the next observation), so a step writes one slot instead of
 * shifting m. */
typedef struct {
    double l, b;
    double ring[TSF_ETS_MAX_M];
    size_t k, m;
} tsf_ets_run;

static inline void tsf_ets_load(const tsf_ets_form *f, const double *x, tsf_ets_run *s)
{
    size_t j = 1;
    s->l = x[0];
    s->b = f->trend != 'N' ? x[j++] : 0;
    s->m = f->season != 'N' ? (size_t)f->m : 0;
    s->k = 0;
    /* x holds the newest first: the ring starts from the oldest. */
    for (size_t i = 0; i < s->m; i++)
        s->ring[i] = x[j + s->m - 1 - i];
}

static inline void tsf_ets_store(const tsf_ets_form *f, const tsf_ets_run *s, double *x)
{
    size_t j = 1;
    x[0] = s->l;
    if (f->trend != 'N')
        x[j++] = s->b;
    for (size_t i = 0; i < s->m; i++)
        x[j + i] = s->ring[(s->k + s->m - 1 - i) % s->m];
}

/* The one-step forecast from state s. */
static inline double tsf_ets_next(const tsf_ets_form *f, const tsf_ets_par *p, const tsf_ets_run *s)
{
    double q = s->l + (f->trend != 'N' ? p->phi * s->b : 0);
    double so = s->m ? s->ring[s->k] : 0;
    return f->season == 'A' ? q + so : f->season == 'M' ? q * so : q;
}

/* One observation: returns the one-step forecast and moves the state on
 * (the updates of Hyndman et al. 2008, Table 2.3, written as R writes
 * them, which serve both error types). */
static inline double tsf_ets_step(const tsf_ets_form *f, const tsf_ets_par *p, tsf_ets_run *s, double y)
{
    double phib = f->trend != 'N' ? p->phi * s->b : 0;
    double q = s->l + phib;
    double so = s->m ? s->ring[s->k] : 0;
    double fc = f->season == 'A' ? q + so : f->season == 'M' ? q * so : q;
    double a;
    if (f->season == 'N')
        a = y;
    else if (f->season == 'A')
        a = y - so;
    else
        a = fabs(so) < TSF_ETS_TINY ? TSF_ETS_HUGE : y / so;
    s->l = q + p->alpha * (a - q);
    if (f->trend != 'N')
        s->b = phib + p->beta * (a - q);
    if (s->m) {
        double t = f->season == 'A' ? y - q : fabs(q) < TSF_ETS_TINY ? TSF_ETS_HUGE : y / q;
        s->ring[s->k] = so + p->gamma * (t - so);
        s->k = s->k + 1 == s->m ? 0 : s->k + 1;
    }
    return fc;
}

/* Runs the model with parameters p from the full initial state x0 over
 * y[0..n): one-step errors e[t] (additive: y - f; multiplicative:
 * (y - f) / f; e may be NULL), the state after the last observation in xn
 * (may be NULL), and *lik, the quantity R's ets minimises: n log(sum e^2),
 * plus 2 sum log|f| for multiplicative errors (-2 log-likelihood up to a
 * constant).  Returns 0, or -1 when a forecast is not finite. */
int tsf_ets_filter(const tsf_ets_form *f, const tsf_ets_par *p, const double *y, size_t n,
                   const double *x0, double *e, double *xn, double *lik);

/* Point forecasts 1..h steps after state x (the means of the additive
 * models; for multiplicative ones the forecasts of the state equations). */
void tsf_ets_point(const tsf_ets_form *f, double phi, const double *x, size_t h, double *mean);

/* Forecast means and variances 1..h steps after state x with innovation
 * variance sigma2 (Hyndman et al. 2008, chapter 6): class 1 (additive
 * errors), class 2 (multiplicative errors, additive states), class 3
 * (multiplicative errors and seasons; its mean carries the sigma2
 * correction after a season).  Returns TS_ENOMEM or TS_OK. */
int tsf_ets_moments(const tsf_ets_form *f, const tsf_ets_par *p, double sigma2, const double *x,
                    size_t h, double *mean, double *var, ts_error *err);

/* The seasonal models' characteristic polynomial (Hyndman et al. 2008,
 * section 10.2) for season length m: c[0..m+1], constant term first,
 * monic.  Its roots inside the unit circle are part of admissibility. */
void tsf_ets_char_poly(const tsf_ets_par *p, int m, double *c);
/* Whether the parameters are in the admissible region (Hyndman, Akram &
 * Archibald 2008): the model forecasts with weights that decay.  Without a
 * season, bounds on alpha and beta given phi; with one, the bounds on
 * gamma and alpha and the roots of the characteristic polynomial. */
int tsf_ets_admissible(const tsf_ets_form *f, const tsf_ets_par *p);

/* Initial states to start the search from, as R's ets does: a classical
 * decomposition for the seasons, a line through the first max(10, 2m)
 * adjusted points for level and slope.  Seasonal forms need n >= 2m;
 * multiplicative ones positive data.  x0 gets the full state. */
int tsf_ets_start(const tsf_ets_form *f, const double *y, size_t n, double *x0, ts_error *err);

/* What tsf_ets_states works on: the data, the form, the state the
 * solve starts from, and scratch of n and n * nfree doubles. */
typedef struct {
    const tsf_ets_form *f;
    const double *y;
    size_t n;
    size_t nfree;                 /* tsf_ets_nfree(f) */
    double floor;                 /* smallest sum of squared errors counted */
    double xs[TSF_ETS_MAX_STATE]; /* full state the solve starts from */
    double *fc, *J;               /* scratch: [n], [n * nfree] */
    double dprev[TSF_ETS_MAX_STATE]; /* the last solve's state change */
    int has_prev;                 /* dprev holds one */
    double xprev[TSF_ETS_MAX_STATE]; /* the last solve's states (a
                                        multiplicative season) */
    int has_xprev;                /* xprev holds them */
    int gn_steps;                 /* Gauss-Newton steps at most (search:
                                     a few; the final fit: to convergence) */
} tsf_ets_work;

/* The initial state that best fits y for parameters p (exact for forms
 * without a multiplicative season, Gauss-Newton otherwise), into x0;
 * returns the criterion of tsf_ets_filter there (SSE floored at
 * w->floor), HUGE_VAL when the model cannot run (a forecast not finite,
 * or not positive in a multiplicative form). */
double tsf_ets_states(tsf_ets_work *w, const tsf_ets_par *p, double *x0);

/* A fitted model. */
typedef struct tsf_ets_fit_s {
    tsf_ets_form form;
    tsf_ets_par par;
    double x0[TSF_ETS_MAX_STATE]; /* initial state */
    double xn[TSF_ETS_MAX_STATE]; /* state after the last observation */
    double lik;                   /* as tsf_ets_filter */
    double aicc;                  /* lik + 2k + 2k(k+1)/(n-k-1) */
    double sigma2;                /* sum e^2 / (n - smoothing - free states) */
    size_t k;                     /* estimated: parameters, free states, sigma */
    size_t n;
} tsf_ets_fit;

/* Fewest observations a form is fitted on (two spare degrees of freedom
 * after every estimate, and three full seasons for a seasonal form). */
size_t tsf_ets_min_n(const tsf_ets_form *f, const tsf_ets_fixed *fix);

/* Fits form f to y[0..n) by maximum likelihood: the smoothing parameters
 * by Nelder-Mead (gsl_multimin) inside the usual and admissible regions
 * (R's bounds = "both"), the initial states by Gauss-Newton within each
 * evaluation (exact least squares where the errors are affine in them).
 * TS_EINVAL for too few points, non-positive data in a multiplicative
 * form or bad fixed parameters; TS_ERANGE when no admissible fit is
 * found. */
int tsf_ets_fit_form(const tsf_ets_form *f, const double *y, size_t n, const tsf_ets_fixed *fix,
                     tsf_ets_fit *out, ts_error *err);

/* Fits every form that suits the data (season length m when m >= 2 and
 * the series holds three seasons; multiplicative forms for positive data
 * only; only seasonal forms when seasonal_only) and keeps the lowest
 * AICc in out, as R's ets(model = "ZZZ") does; all (may be NULL, room for
 * TSF_ETS_MAX_FORMS) gets every fit with an AICc, *n_all their number.  A
 * constant series gets ANN with no spread.  TS_EINVAL when no form can be
 * fitted. */
int tsf_ets_select(const double *y, size_t n, int m, int seasonal_only, const tsf_ets_fixed *fix,
                   tsf_ets_fit *out, tsf_ets_fit *all, size_t *n_all, ts_error *err);

/* Simulates npaths future paths of h steps from the fit's last state
 * with normal innovations of variance sigma2 drawn from the GSL generator
 * r: paths[i*h + j] is step j+1 of path i. */
void tsf_ets_simulate(const tsf_ets_fit *fit, size_t h, size_t npaths, gsl_rng *rng,
                       double *paths);

#endif
