/* Seasonality for monthly and quarterly series: the test the M4
 * competition's benchmarks use to decide whether to adjust (autocorrelation
 * at the seasonal lag against its 90% limit) and classical multiplicative
 * decomposition (as R's decompose(type = "multiplicative")), whose indices
 * divide the series before a non-seasonal method and multiply the
 * forecasts after it. */
#include <math.h>
#include <stdlib.h>
#include "forecast/forecast_impl.h"
#include "ts_forecast.h"

/* Sample autocorrelation at lag k with the full-sample mean and
 * denominator, as R's acf(). */
static double acf(const double *y, size_t n, double mean, double denom, size_t k)
{
    double s = 0;
    for (size_t t = k; t < n; t++)
        s += (y[t] - mean) * (y[t - k] - mean);
    return s / denom;
}

int ts_fc_seasonality_test(const double *y, size_t n, int m)
{
    if (m < 2 || n < 3 * (size_t)m)
        return 0;
    double mean = 0;
    for (size_t t = 0; t < n; t++)
        mean += y[t];
    mean /= (double)n;
    double denom = 0;
    for (size_t t = 0; t < n; t++)
        denom += (y[t] - mean) * (y[t] - mean);
    if (!(denom > 0))
        return 0;
    /* Bartlett's formula: var(r_m) ~ (1 + 2 sum_{k<m} r_k^2) / n. */
    double s = 1;
    for (int k = 1; k < m; k++) {
        double r = acf(y, n, mean, denom, (size_t)k);
        s += 2 * r * r;
    }
    double limit = 1.645 * sqrt(s / (double)n);
    return fabs(acf(y, n, mean, denom, (size_t)m)) > limit;
}

int tsf_decompose(const double *y, size_t n, size_t mm, int additive, double *index)
{
    double sum[TSF_DECOMPOSE_MAX_M] = {0};
    size_t cnt[TSF_DECOMPOSE_MAX_M] = {0};
    if (mm < 2 || mm > TSF_DECOMPOSE_MAX_M || n < 2 * mm)
        return -1;
    /* Centred moving average: for even m the 2xm filter with weights 1/(2m)
     * at both ends and 1/m inside; for odd m the plain m-term mean. */
    size_t half = mm / 2;
    for (size_t t = half; t + half < n; t++) {
        double tr = 0;
        if (mm % 2 == 0) {
            tr = 0.5 * (y[t - half] + y[t + half]);
            for (size_t j = t - half + 1; j < t + half; j++)
                tr += y[j];
        } else {
            for (size_t j = t - half; j <= t + half; j++)
                tr += y[j];
        }
        tr /= (double)mm;
        sum[t % mm] += additive ? y[t] - tr : y[t] / tr;
        cnt[t % mm]++;
    }
    double total = 0;
    for (size_t i = 0; i < mm; i++) {
        index[i] = sum[i] / (double)cnt[i];
        total += index[i];
    }
    /* Normalise so the indices average 1 (or 0): a year's level is
     * unchanged. */
    for (size_t i = 0; i < mm; i++)
        index[i] = additive ? index[i] - total / (double)mm : index[i] * (double)mm / total;
    return 0;
}

int ts_fc_decompose(const double *y, size_t n, int m, double *index, ts_error *err)
{
    if (m < 2)
        return ts_error_set(err, TS_EINVAL, "seasonal decomposition needs a period of 2 or more, not %d", m);
    if (m > TSF_DECOMPOSE_MAX_M)
        return ts_error_set(err, TS_EINVAL, "seasonal decomposition handles periods up to %d, not %d",
                            TSF_DECOMPOSE_MAX_M, m);
    size_t mm = (size_t)m;
    if (n < 2 * mm)
        return ts_error_set(err, TS_EINVAL,
                            "seasonal decomposition needs at least %zu observations (two years), the series has %zu",
                            2 * mm, n);
    for (size_t t = 0; t < n; t++)
        if (!(y[t] > 0))
            return ts_error_set(err, TS_EINVAL,
                                "multiplicative decomposition needs positive values, observation %zu is %g",
                                t + 1, y[t]);
    tsf_decompose(y, n, mm, 0, index);
    return TS_OK;
}
