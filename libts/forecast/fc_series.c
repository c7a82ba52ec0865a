/* Series of facts onto the forecasting arrays: how far apart the periods
 * of a series are (so forecasts continue its own frequency), and the
 * history a year-to-date figure's full-year estimate draws on. */
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

int ts_yearend_series(const ts_series *s, double plan, size_t n_levels,
                      const double *levels, ts_period *year, ts_yearend *out,
                      ts_error *err)
{
    char a[TS_PERIOD_TEXT_MAX];
    if (s->n == 0)
        return ts_error_set(err, TS_EINVAL, "empty series");
    ts_period last = s->period[s->n - 1];
    int y, m, d, y2, m2, d2;
    ts_civil_from_days(last.first, &y, &m, &d);
    ts_period full = ts_period_year(y);
    if (!ts_period_is_ytd(last)) {
        ts_period_format(last, a, sizeof a);
        return ts_error_set(err, TS_EINVAL,
                            "the last period %s is not a year-to-date figure (1 January to a day before year end)",
                            a);
    }
    /* The share of the year the span covers, for the pro-rata fallback:
     * months over 12 for whole months, else days over the year's days. */
    double fraction;
    if (ts_period_is_whole_months(last))
        fraction = ts_period_months_count(last) / 12.0;
    else
        fraction = (double)(last.last - last.first + 1) / (double)(full.last - full.first + 1);
    /* Earlier years: the same span shifted back, and that year's total. */
    double past_ytd[64], past_full[64];
    size_t k = 0;
    for (int back = 1; back <= 200 && k < 64; back++) {
        ts_period span = ts_period_shift_years(last, -back);
        ts_civil_from_days(span.first, &y2, &m2, &d2);
        if (y2 < 1000)
            break;
        if (!ts_period_is_whole_months(last)) {
            /* A day span keeps its day count; February 29 moves it by one. */
            ts_period yr = ts_period_year(y - back);
            span.first = yr.first;
            span.last = yr.first + (last.last - last.first);
        }
        long i = ts_series_find(s, span), j = ts_series_find(s, ts_period_year(y - back));
        if (i >= 0 && j >= 0) {
            past_ytd[k] = s->value[i];
            past_full[k] = s->value[j];
            k++;
        }
    }
    int rc = ts_yearend_estimate(s->value[s->n - 1], fraction, past_ytd, past_full, k, plan,
                                 n_levels, levels, out, err);
    if (rc)
        return rc;
    *year = full;
    return TS_OK;
}
