/* Series of facts onto the forecasting arrays: how far apart the periods
 * of a series are, so forecasts continue its own frequency. */
#include <math.h>
#include <stdlib.h>
#include "ts_forecast.h"

/* Nonzero when every period of p[0..n) starts `gap` months after the one
 * before (classes in c). */
static int spaced_by(const ts_period_class *c, size_t n, int gap)
{
    for (size_t i = 1; i < n; i++)
        if (c[i].first_month - c[i - 1].first_month != gap)
            return 0;
    return 1;
}

int ts_fc_frequency(const ts_period *p, size_t n, int *per_year,
                    int *step_months, ts_error *err)
{
    char a[TS_PERIOD_TEXT_MAX], b[TS_PERIOD_TEXT_MAX];
    if (n == 0)
        return ts_error_set(err, TS_EINVAL, "empty series");
    ts_period_class *c = malloc(n * sizeof *c);
    if (!c)
        return ts_error_set(err, TS_ENOMEM, "out of memory for a series of %zu periods", n);
    int len = ts_period_freq(p[0], &c[0]), rc = TS_OK;
    if (len <= 0) {
        ts_period_format(p[0], a, sizeof a);
        rc = ts_error_set(err, TS_EINVAL, "period %s is not whole months; cannot forecast it", a);
        goto out;
    }
    for (size_t i = 1; i < n; i++) {
        if (ts_period_freq(p[i], &c[i]) != len) {
            ts_period_format(p[i - 1], a, sizeof a);
            ts_period_format(p[i], b, sizeof b);
            rc = ts_error_set(err, TS_EINVAL, "mixed frequencies in one series: %s and %s", a, b);
            goto out;
        }
    }
    /* Back to back at the period's own length (years, halves, quarters,
     * months) is the natural frequency; a yearly repeat of a shorter span
     * is an annual series. */
    int step = 0;
    if ((len == 1 || len == 3 || len == 6 || len == 12) && spaced_by(c, n, len))
        step = len;
    else if (len < 12 && spaced_by(c, n, 12))
        step = 12;
    if (!step) {
        int gap = len <= 12 ? c[0].step : 12;
        for (size_t i = 1; i < n; i++) {
            if (c[i].first_month - c[i - 1].first_month != gap) {
                ts_period_format(p[i - 1], a, sizeof a);
                ts_period_format(p[i], b, sizeof b);
                rc = ts_error_set(err, TS_EINVAL, "not evenly spaced: %s is followed by %s", a, b);
                goto out;
            }
        }
        ts_period_format(p[0], a, sizeof a);
        rc = ts_error_set(err, TS_EINVAL, "periods like %s have no regular frequency", a);
        goto out;
    }
    *step_months = step;
    *per_year = 12 / step;
out:
    free(c);
    return rc;
}
