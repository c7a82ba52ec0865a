/* The Theta method of Assimakopoulos and Nikolopoulos (2000), the M3
 * winner, in the equivalent form shown by Hyndman and Billah (2003): SES
 * with a drift equal to half the slope of the least-squares trend line,
 * as R's forecast::thetaf computes it.  Intervals are those of the SES
 * fit (thetaf does the same).  comb's Theta member weighs the line by
 * the data instead of by half (tsf_theta_weight). */
#include <math.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

/* Slope of z on t = 0..n-1 from the centred sums (no allocation). */
static double trend_slope(const double *z, size_t n)
{
    double tbar = (double)(n - 1) / 2.0, zbar = 0;
    for (size_t t = 0; t < n; t++)
        zbar += z[t];
    zbar /= (double)n;
    double stz = 0, stt = 0;
    for (size_t t = 0; t < n; t++) {
        stz += ((double)t - tbar) * (z[t] - zbar);
        stt += ((double)t - tbar) * ((double)t - tbar);
    }
    return stt > 0 ? stz / stt : 0;
}

/* How far SES with parameter alpha lags the unit-slope line after k
 * observations: (1 - (1-alpha)^k) / alpha.  Hyndman and Billah (2003),
 * eq. 5, write the drift h steps after n as b (h - 1 + lag(n)). */
static double ses_lag(double alpha, size_t k)
{
    double a = alpha > 1e-10 ? alpha : 1e-10;
    return (1.0 - pow(1.0 - a, (double)k)) / a;
}

void tsf_theta_drift(const double *z, size_t n, size_t h, double alpha, double weight, double *mean)
{
    double b = trend_slope(z, n), lead = ses_lag(alpha, n);
    for (size_t i = 0; i < h; i++)
        mean[i] += weight * b * ((double)i + lead);
}

/* The forecast of the line 1/theta of the way from the theta line's SES
 * to the trend line is SES of the data plus (1 - 1/theta) of the line's
 * drift, and the SES level does not depend on theta.  So the weight w =
 * 1 - 1/theta that fits the data best one step ahead (the criterion of
 * Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler 2016, IJF 32(4),
 * with alpha held at the SES fit's) solves a least-squares problem in
 * one unknown: the fit's one-step errors against the drift it would have
 * added, w b lag(t) (times the season where the seasons multiply;
 * relative errors weigh as the multiplicative likelihood does). */
double tsf_theta_weight(const tsf_ets_fit *fit, const double *y, const double *z, size_t n)
{
    const tsf_ets_form *f = &fit->form;
    double b = trend_slope(z, n), sxy = 0, sxx = 0;
    double a = fit->par.alpha > 1e-10 ? fit->par.alpha : 1e-10, keep = 1; /* (1-a)^t: ses_lag by steps */
    tsf_ets_run s;
    tsf_ets_load(f, fit->x0, &s);
    for (size_t t = 0; t < n; t++, keep *= 1 - a) {
        double season = f->season == 'M' ? s.ring[s.k] : 1;
        double fc = tsf_ets_step(f, &fit->par, &s, y[t]);
        double scale = f->error == 'M' ? fc : 1;
        double x = b * (1 - keep) / a * season / scale, r = (y[t] - fc) / scale;
        if (!isfinite(x) || !isfinite(r))
            return 0.5;
        sxy += x * r;
        sxx += x * x;
    }
    /* No slope to weigh: the classical half.  theta >= 1 keeps w in
     * [0, 1]: never more than the line's own slope, never against it. */
    if (!(sxx > 0))
        return 0.5;
    double w = sxy / sxx;
    return w < 0 ? 0 : w > 1 ? 1 : w;
}

int tsf_theta(const double *y, size_t n, size_t h, const tsf_fixed *fix, tsf_path *p,
              tsf_ets_fit *fit, ts_error *err)
{
    if (n < 4)
        return ts_error_set(err, TS_EINVAL, "theta needs at least 4 observations, the series has %zu", n);
    int rc = tsf_smooth(y, n, h, TSF_TREND_NONE, fix, p, fit, err);
    if (rc)
        return rc;
    tsf_theta_drift(y, n, h, p->alpha, 0.5, p->mean);
    return TS_OK;
}
