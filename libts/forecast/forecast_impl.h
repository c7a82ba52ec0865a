/* Private to the forecasting files of libts (prefix tsf_): the shape in
 * which every method hands back its forecast before intervals are formed
 * and the seasonal pattern is put back. */
#ifndef TS_FORECAST_IMPL_H
#define TS_FORECAST_IMPL_H

#include <stddef.h>
#include "ts_error.h"
#include "ts_forecast.h"

/* A method's h-step forecast: mean[i] and the standard error se[i] of the
 * forecast error of step i+1; intervals are mean +- q se with q from the
 * normal distribution (df == 0) or Student's t with df degrees of freedom.
 * When log_scale is set, mean and se are on the log scale and the caller
 * back-transforms with exp (giving median forecasts). */
typedef struct {
    double *mean;   /* [h], caller-owned */
    double *se;     /* [h], caller-owned */
    double df;
    int log_scale;
    double alpha, beta, phi; /* NAN when not applicable */
    double sigma;
    double sse;     /* in-sample sum of squared one-step errors (ETS only) */
    size_t npar;    /* parameters and initial states estimated (ETS only) */
} tsf_path;

/* Fixed parameters (NAN = estimate) for the smoothing methods, and an
 * optional starting point for the search (start_alpha NAN = none): a
 * backtest starts each origin from the previous origin's estimate. */
typedef struct {
    double alpha, beta, phi;
    double start_alpha, start_beta, start_phi;
} tsf_fixed;

/* Random walk: mean y[n-1], se sigma sqrt(h) (FPP3 section 5.5). */
int tsf_naive(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err);
/* Random walk with drift (FPP3 section 5.2 and 5.5). */
int tsf_drift(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err);
/* Least-squares line in t = 0..n-1, on log y when log_y (all y > 0). */
int tsf_linear(const double *y, size_t n, size_t h, int log_y, tsf_path *p,
               ts_error *err);

enum { TSF_TREND_NONE, TSF_TREND_ADD, TSF_TREND_DAMPED };
/* ETS(A,N,N), ETS(A,A,N) or ETS(A,Ad,N) fitted by least squares. */
int tsf_ets(const double *y, size_t n, size_t h, int trend,
            const tsf_fixed *fix, tsf_path *p, ts_error *err);
/* Theta method (Hyndman and Billah 2003 form of Assimakopoulos and
 * Nikolopoulos 2000). */
int tsf_theta(const double *y, size_t n, size_t h, const tsf_fixed *fix,
              tsf_path *p, ts_error *err);
/* Turns the SES forecasts mean[0..h) of y (smoothing parameter alpha)
 * into Theta forecasts by adding the drift term. */
void tsf_theta_drift(const double *y, size_t n, size_t h, double alpha, double *mean);

/* ---- auto: the exponential smoothing family combined (fc_combine.c) ---- */

#define TSF_COMB_K 3
/* The members, simplest first: ses, holt, damped. */
extern const ts_fc_method tsf_comb_members[TSF_COMB_K];

/* Small-sample corrected AIC of an ETS fit with additive errors (FPP3
 * section 8.6): n log(SSE/n) + 2k + 2k(k+1)/(n-k-1), k = npar + 1 counting
 * sigma.  SSE is floored at 1e-20 of tss (the total sum of squares about
 * the mean) so exact fits compare by their penalty.  NAN when n <= k + 1. */
double tsf_aicc(double sse, double tss, size_t n, size_t npar);
/* Sum of squares of z[0..n) about its mean. */
double tsf_tss(const double *z, size_t n);
/* Weights of the k members from their AICc (NAN = undefined) and whether
 * each fitted: Akaike weights exp(-d/2) / sum, d = AICc - min, over the
 * members with a defined AICc; when none has one, the first member that
 * fitted alone.  Writes w[0..k) (0 for members left out) and returns how
 * many members take part (0: none fitted). */
size_t tsf_comb_weights(const double *aicc, const int *fitted, size_t k, double *w);
/* out[j] = sum_i w[i] x[i][j], j < h, over the members with w[i] > 0 (the
 * others' x[i] may be NULL).  Used for the means and, by the triangle
 * inequality a bound on the combined error's standard deviation, for the
 * standard errors. */
void tsf_comb_sum(const double *w, const double *const *x, size_t k, size_t h, double *out);

/* Smoothing parameters carried from one backtest origin to the next. */
typedef struct {
    double alpha, beta, phi; /* NAN when none yet */
} tsf_hint;

/* Point forecasts of the nm methods m[] from y[0..n) (the whole pipeline
 * of ts_forecast_run: seasonal adjustment decided once, one SES fit shared
 * by SES and Theta), h steps each into means[i*h ..].  rcs[i] and errs[i]
 * get each method's status; hints[i] is the search's starting point (in)
 * and the fitted parameters (out).  An AUTO entry combines the fits of
 * ses, holt and damped made in the same pass, so it must follow them (and
 * naive, its fallback) in m[]; *members gets the methods it combined.
 * Returns TS_OK, or the error of the seasonal step that affects them all. */
int tsf_points(const double *y, size_t n, const ts_fc_options *o, const ts_fc_method *m,
               size_t nm, size_t h, double *means, int *rcs, ts_error *errs,
               tsf_hint *hints, unsigned *members, ts_error *err);

#endif
