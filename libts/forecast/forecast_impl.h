/* Private to the forecasting files of libts (prefix tsf_): the shape in
 * which every method hands back its forecast before intervals are formed
 * and the seasonal pattern is put back. */
#ifndef TS_FORECAST_IMPL_H
#define TS_FORECAST_IMPL_H

#include <stddef.h>
#include "forecast/ets.h"
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
    double alpha, beta, gamma, phi; /* NAN when not applicable */
    double sigma;
} tsf_path;

/* Fixed parameters (NAN = estimate) for the smoothing methods, and an
 * optional starting point for the search (start_alpha NAN = none): a
 * backtest starts each origin from the previous origin's estimate. */
typedef struct {
    double alpha, beta, gamma, phi;
    double start_alpha, start_beta, start_gamma, start_phi;
} tsf_fixed;

#define TSF_DECOMPOSE_MAX_M 24
/* Classical decomposition (R's decompose): the seasonal figure of y for
 * positions 0..m-1 of the cycle (y[0] at position 0), additive (averaging
 * 0) or multiplicative (averaging 1; y must be positive).  Returns -1 when
 * m is not in 2..TSF_DECOMPOSE_MAX_M or n < 2m. */
int tsf_decompose(const double *y, size_t n, size_t m, int additive, double *index);

/* Whether to adjust y[0..n) (the M4 benchmarks' rule under --seasonal
 * auto: three full years of positive data and the seasonality test) and,
 * when so, the multiplicative indices (index[t % period]) and z = y /
 * index; else z = y.  *adjust gets the decision. */
int tsf_seasonal_prep(const double *y, size_t n, const ts_fc_options *o, int *adjust,
                      double *index, double *z, ts_error *err);

/* Random walk: mean y[n-1], se sigma sqrt(h) (FPP3 section 5.5). */
int tsf_naive(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err);
/* Random walk with drift (FPP3 section 5.2 and 5.5). */
int tsf_drift(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err);
/* Least-squares line in t = 0..n-1, on log y when log_y (all y > 0). */
int tsf_linear(const double *y, size_t n, size_t h, int log_y, tsf_path *p,
               ts_error *err);

enum { TSF_TREND_NONE, TSF_TREND_ADD, TSF_TREND_DAMPED };
/* ses, holt or damped: ETS(A,N,N), ETS(A,A,N) or ETS(A,Ad,N) fitted by
 * maximum likelihood (fc_smoothing.c); fit (may be NULL) gets the fit. */
int tsf_smooth(const double *y, size_t n, size_t h, int trend, const tsf_fixed *fix, tsf_path *p,
               tsf_ets_fit *fit, ts_error *err);
/* A fit's forecast means and closed-form standard errors for h steps and
 * its parameters into p (fc_smoothing.c). */
int tsf_path_from_fit(const tsf_ets_fit *fit, size_t h, tsf_path *p, ts_error *err);
/* ets's choice on y (season length m): the form of lowest AICc among
 * those the series and o->seasonal allow, into fit; all (may be NULL)
 * gets every form fitted, *n_all their number (fc_smoothing.c). */
int tsf_ets_pick(const double *y, size_t n, int m, const ts_fc_options *o, const tsf_fixed *fix,
                 tsf_ets_fit *fit, tsf_ets_fit *all, size_t *n_all, ts_error *err);
/* ets: the form o->ets_model, or tsf_ets_pick's, on the series as it is. */
int tsf_ets_method(const double *y, size_t n, size_t h, int m, const ts_fc_options *o,
                   const tsf_fixed *fix, tsf_path *p, tsf_ets_fit *fit, ts_error *err);
/* Theta method (Hyndman and Billah 2003 form of Assimakopoulos and
 * Nikolopoulos 2000); fit (may be NULL) gets its SES fit. */
int tsf_theta(const double *y, size_t n, size_t h, const tsf_fixed *fix, tsf_path *p,
              tsf_ets_fit *fit, ts_error *err);
/* Adds Theta's drift to the SES forecasts mean[0..h) (smoothing
 * parameter alpha): weight times the slope of z's least-squares line,
 * times how far SES lags it; weight 0.5 is the classical Theta (theta =
 * 2), turning SES forecasts into Theta forecasts. */
void tsf_theta_drift(const double *z, size_t n, size_t h, double alpha, double weight, double *mean);
/* The drift's weight (1 - 1/theta, in [0, 1]) that minimises fit's
 * one-step errors on y[0..n) once the drift of z's slope is added
 * in-sample too (fc_theta.c); 0.5 when z has no slope. */
double tsf_theta_weight(const tsf_ets_fit *fit, const double *y, const double *z, size_t n);

/* Runs one concrete method on z (the seasonally adjusted series; for ets
 * the series as it is); hint (may be NULL) starts the search, fit (may be
 * NULL) gets the ETS fit of the smoothing methods and ets. */
struct tsf_hint_s;
int tsf_run_method(ts_fc_method m, const double *z, size_t n, size_t h, const ts_fc_options *o,
                   const struct tsf_hint_s *hint, tsf_path *p, tsf_ets_fit *fit,
                   ts_error *err);
/* Fills res (horizon o->horizon) from a method's path: parameters, means
 * and the intervals at o's levels, multiplied back by the seasonal
 * indices (index[(n + i) % period]) when adjust is set. */
void tsf_result_from_path(ts_fc_result *res, const tsf_path *p, const ts_fc_options *o, size_t n,
                          int adjust, const double *index);

/* Smoothing parameters carried from one backtest origin to the next. */
typedef struct tsf_hint_s {
    double alpha, beta, gamma, phi; /* NAN when none yet */
} tsf_hint;

/* ---- auto (fc_auto.c) and comb (fc_comb.c) ---- */

/* auto's forecast of y[0..n) into res: comb, falling back to ses, then
 * naive, on a numerical failure.  In a backtest auto's row is comb's. */
int tsf_auto_run(const double *y, size_t n, const ts_fc_options *o, ts_fc_result *res,
                 ts_error *err);

#define TSF_COMB_K 3
/* comb's members: ets; damped and theta, from ets's forms on annual and
 * seasonal series, else on the series as the M4 test adjusts it. */
extern const ts_fc_method tsf_comb_members[TSF_COMB_K];

/* One member of comb. */
typedef struct {
    ts_fc_method method;   /* TS_FC_ETS, TS_FC_DAMPED or TS_FC_THETA */
    tsf_ets_fit fit;       /* its model (theta: its SES fit) */
    int adjusted;          /* fitted to the seasonally adjusted series:
                              the indices multiply its forecasts */
    double w;              /* weight; the members' sum to 1 */
    double *mean;          /* [h] forecast means on the data's scale */
    double *drift;         /* [h] theta's drift, on the scale of the
                              series it was fitted to */
    double *se;            /* [h] its forecast standard deviations on the
                              data's scale */
} tsf_comb_member;

/* comb's members for one series. */
typedef struct {
    size_t n, h;
    int period, adjust;    /* adjust: the M4 test adjusts the series */
    int seasonal;          /* the members model seasons (adjust, or ets's
                              pick is seasonal) */
    double *z, *index;     /* adjusted series [n], indices [period] */
    size_t k;              /* members that fitted */
    tsf_comb_member mb[TSF_COMB_K];
    double *buf;
} tsf_comb;

/* ets's fits of one series (tsf_ets_pick's output with nothing fixed),
 * handed to comb by a caller that has made them. */
typedef struct {
    tsf_ets_fit best, all[TSF_ETS_MAX_FORMS];
    size_t n_all;
} tsf_ets_forms;

/* Fits comb's members to y[0..n) for o->horizon steps into a (freed with
 * tsf_comb_free, also after a failure); known (may be NULL) is ets's fits
 * of y when the caller has them.  a->k == 0 when none fitted. */
int tsf_comb_prepare(const double *y, size_t n, const ts_fc_options *o, const tsf_ets_forms *known,
                     tsf_comb *a, ts_error *err);
void tsf_comb_free(tsf_comb *a);
/* The combination's forecast means, sum w_k mean_k, into out[0..h). */
void tsf_comb_mean(const tsf_comb *a, double *out);
/* The p-quantile of the mixture of the k normals N(mu[i], sd[i]^2) with
 * weights w[i] (the linear opinion pool, fc_pool.c); sd[i] may be 0. */
double tsf_pool_quantile(const double *w, const double *mu, const double *sd, size_t k, double p);

/* comb's forecast of y[0..n) into res: the members' means averaged, and
 * intervals from the pool of the members' forecast distributions: their
 * normals (o->paths 0), or o->paths simulated paths (seeded with o->seed)
 * pooled over the members.  One member is that member's forecast; none (a very
 * short series), naive's. */
int tsf_comb_run(const double *y, size_t n, const ts_fc_options *o, ts_fc_result *res,
                 ts_error *err);

/* Point forecasts of the nm methods m[] from y[0..n) (the pipeline of
 * ts_forecast_run: seasonal adjustment decided once, one SES fit shared
 * by SES and Theta), h steps each into means[i*h ..].  rcs[i] and errs[i]
 * get each method's status; hints[i] is the search's starting point (in)
 * and the fitted parameters (out).  *members gets the methods a COMB
 * entry combined.  Returns TS_OK, or the error of the seasonal step that
 * affects them all. */
int tsf_points(const double *y, size_t n, const ts_fc_options *o, const ts_fc_method *m,
               size_t nm, size_t h, double *means, int *rcs, ts_error *errs,
               tsf_hint *hints, unsigned *members, ts_error *err);

#endif
