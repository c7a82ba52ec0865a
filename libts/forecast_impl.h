/* Private to the forecasting files of libts (prefix tsf_): the shape in
 * which every method hands back its forecast before intervals are formed
 * and the seasonal pattern is put back. */
#ifndef TS_FORECAST_IMPL_H
#define TS_FORECAST_IMPL_H

#include <stddef.h>
#include "ts_error.h"

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
} tsf_path;

/* Fixed parameters (NAN = estimate) for the smoothing methods. */
typedef struct {
    double alpha, beta, phi;
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

#endif
