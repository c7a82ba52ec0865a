/* Growth rates: year-on-year and period-on-period percent changes against
 * an exact base period (never a neighbour), and compound average annual
 * growth over a span, the way the reports state it. */
#include <math.h>
#include "ts_agg.h"

double ts_growth_pct(double value, double base)
{
    /* value / base - 1, not (value - base) / base: the same rounding as
     * pandas' pct_change, so cross-checks agree to the last bits. */
    return (value / base - 1.0) * 100.0;
}

/* Appends the change of observation i against period `base` if present.
 * *lag (i minus the last base's index) is tried before a binary search:
 * in a regular series the base is always the same number of places back. */
static int against(const ts_series *s, size_t i, ts_period base, size_t *lag, ts_points *out,
                   ts_error *err)
{
    long j = -1;
    const ts_period *guess = *lag <= i ? &s->period[i - *lag] : NULL;
    if (guess && guess->first == base.first && guess->last == base.last)
        j = (long)(i - *lag);
    else if ((j = ts_series_find(s, base)) >= 0)
        *lag = i - (size_t)j;
    if (j < 0)
        return TS_OK;
    ts_point pt = {.period = s->period[i], .base = base, .count = 2};
    pt.status = s->status[i] == 'E' || s->status[j] == 'E' ? 'E' : 'A';
    double b = s->value[j];
    if (b > 0) {
        pt.value = ts_growth_pct(s->value[i], b);
        pt.note = TS_NOTE_NONE;
    } else {
        pt.value = NAN;
        pt.note = b == 0 ? TS_NOTE_BASE_ZERO : TS_NOTE_BASE_NEGATIVE;
    }
    return ts_points_push(out, &pt, err);
}

int ts_growth_yoy(const ts_series *s, ts_points *out, ts_error *err)
{
    size_t lag = 0;
    for (size_t i = 0; i < s->n; i++) {
        int rc = against(s, i, ts_period_shift_years(s->period[i], -1), &lag, out, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}

int ts_growth_pop(const ts_series *s, ts_points *out, ts_error *err)
{
    size_t lag = 0;
    for (size_t i = 0; i < s->n; i++) {
        ts_period b = ts_period_previous(s->period[i]);
        int rc = against(s, i, b, &lag, out, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}

/* Months from the start of a to the start of b. */
static int months_between(ts_period a, ts_period b)
{
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(a.first, &y1, &m1, &d1);
    ts_civil_from_days(b.first, &y2, &m2, &d2);
    return (y2 * 12 + m2) - (y1 * 12 + m1);
}

/* The CAGR point from observation i (earlier) to j (later), over `years`. */
static int cagr_point(const ts_series *s, size_t i, size_t j, double years, ts_points *out,
                      ts_error *err)
{
    ts_point pt = {.base = s->period[i], .count = 2};
    pt.period.first = s->period[i].last + 1;
    pt.period.last = s->period[j].last;
    pt.status = s->status[i] == 'E' || s->status[j] == 'E' ? 'E' : 'A';
    double b = s->value[i], v = s->value[j];
    if (b > 0 && v >= 0) {
        pt.value = (pow(v / b, 1.0 / years) - 1.0) * 100.0;
        pt.note = TS_NOTE_NONE;
    } else {
        /* A negative end level has no real root; both cases are reported
         * through the base notes, which is what the caller warns about. */
        pt.value = NAN;
        pt.note = b == 0 ? TS_NOTE_BASE_ZERO : TS_NOTE_BASE_NEGATIVE;
    }
    return ts_points_push(out, &pt, err);
}

int ts_growth_cagr(const ts_series *s, ts_period from, ts_period to, ts_points *out,
                   ts_error *err)
{
    int len = ts_period_months_count(from);
    if (!len || len != ts_period_months_count(to))
        return ts_error_set(err, TS_EINVAL,
                            "cagr needs two whole-month periods of the same length");
    int months = months_between(from, to);
    if (months <= 0)
        return ts_error_set(err, TS_EINVAL, "cagr: the end period must start after the first");
    long i = ts_series_find(s, from), j = ts_series_find(s, to);
    if (i < 0 || j < 0)
        return TS_OK;
    return cagr_point(s, (size_t)i, (size_t)j, months / 12.0, out, err);
}

int ts_growth_avg_annual(const ts_series *s, int years, ts_points *out, ts_error *err)
{
    if (years < 1)
        return ts_error_set(err, TS_EINVAL, "avg_annual: the span must be at least 1 year");
    for (size_t j = 0; j < s->n; j++) {
        if (ts_period_kind_of(s->period[j]) != TS_PERIOD_YEAR)
            continue;
        long i = ts_series_find(s, ts_period_shift_years(s->period[j], -years));
        if (i < 0)
            continue;
        int rc = cagr_point(s, (size_t)i, j, years, out, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}
