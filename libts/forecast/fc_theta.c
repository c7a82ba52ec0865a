/* The Theta method of Assimakopoulos and Nikolopoulos (2000), the M3
 * winner, in the equivalent form shown by Hyndman and Billah (2003): SES
 * with a drift equal to half the slope of the least-squares trend line,
 * as R's forecast::thetaf computes it.  Intervals are those of the SES
 * fit (thetaf does the same). */
#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include "forecast/forecast_impl.h"

void tsf_theta_drift(const double *y, size_t n, size_t h, double alpha, double *mean)
{
    /* Slope of y on t = 0..n-1 from the centred sums (no allocation). */
    double tbar = (double)(n - 1) / 2.0, ybar = 0;
    for (size_t t = 0; t < n; t++)
        ybar += y[t];
    ybar /= (double)n;
    double sty = 0, stt = 0;
    for (size_t t = 0; t < n; t++) {
        sty += ((double)t - tbar) * (y[t] - ybar);
        stt += ((double)t - tbar) * ((double)t - tbar);
    }
    double b = sty / stt;
    /* Hyndman and Billah (2003), eq. 5: the theta = 2 line's SES forecast
     * combined with the theta = 0 line gives SES + b/2 (h - 1 + 1/alpha -
     * (1-alpha)^n / alpha). */
    double a = alpha > 1e-10 ? alpha : 1e-10;
    double lead = (1.0 - pow(1.0 - a, (double)n)) / a;
    for (size_t i = 0; i < h; i++)
        mean[i] += 0.5 * b * ((double)i + lead);
}

int tsf_theta(const double *y, size_t n, size_t h, const tsf_fixed *fix, tsf_path *p,
              tsf_ets_fit *fit, ts_error *err)
{
    if (n < 4)
        return ts_error_set(err, TS_EINVAL, "theta needs at least 4 observations, the series has %zu", n);
    int rc = tsf_smooth(y, n, h, TSF_TREND_NONE, fix, p, fit, err);
    if (rc)
        return rc;
    tsf_theta_drift(y, n, h, p->alpha, p->mean);
    return TS_OK;
}
