/* The benchmark forecasts every other method must beat: the random walk
 * (naive) and the random walk with drift.  Point forecasts and standard
 * errors follow FPP3 (Hyndman and Athanasopoulos, 3rd ed.) section 5.2
 * (methods) and section 5.5 (Table 5.2, multi-step standard deviations). */
#include <math.h>
#include "forecast/forecast_impl.h"

int tsf_naive(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err)
{
    if (n < 2)
        return ts_error_set(err, TS_EINVAL, "naive needs at least 2 observations, the series has %zu", n);
    /* Residuals of the one-step naive forecast are the first differences. */
    double ss = 0;
    for (size_t t = 1; t < n; t++)
        ss += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
    double sigma = sqrt(ss / (double)(n - 1));
    for (size_t i = 0; i < h; i++) {
        p->mean[i] = y[n - 1];
        p->se[i] = sigma * sqrt((double)(i + 1)); /* FPP3 Table 5.2 */
    }
    p->df = 0;
    p->log_scale = 0;
    p->alpha = p->beta = p->phi = NAN;
    p->sigma = sigma;
    return TS_OK;
}

int tsf_drift(const double *y, size_t n, size_t h, tsf_path *p, ts_error *err)
{
    if (n < 3)
        return ts_error_set(err, TS_EINVAL, "drift needs at least 3 observations, the series has %zu", n);
    double b = (y[n - 1] - y[0]) / (double)(n - 1);
    /* One parameter (the drift) is estimated from the n-1 differences. */
    double ss = 0;
    for (size_t t = 1; t < n; t++) {
        double e = y[t] - y[t - 1] - b;
        ss += e * e;
    }
    double sigma = sqrt(ss / (double)(n - 2));
    for (size_t i = 0; i < h; i++) {
        double k = (double)(i + 1);
        p->mean[i] = y[n - 1] + k * b;
        /* FPP3 Table 5.2: sigma_h = sigma sqrt(h (1 + h/T)), the second
         * term being the uncertainty of the estimated drift. */
        p->se[i] = sigma * sqrt(k * (1.0 + k / (double)n));
    }
    p->df = 0;
    p->log_scale = 0;
    p->alpha = p->beta = p->phi = NAN;
    p->sigma = sigma;
    return TS_OK;
}
