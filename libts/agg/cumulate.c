/* Year-to-date figures and single months: the reports give "10 tháng"
 * totals (2024-01/P10M); the month is the difference of two successive
 * totals, and a run of months adds back up to the totals. */
#include "ts_agg.h"

/* Length in months when p runs from 1 January for 1..12 whole months. */
static int ytd_months(ts_period p, int *year)
{
    ts_period_class c;
    if (!ts_period_freq(p, &c) || !(ts_period_is_ytd(p) || c.kind == TS_PERIOD_YEAR))
        return 0;
    *year = c.first_month / 12;
    return c.months;
}

int ts_decumulate(const ts_series *s, ts_points *out, ts_error *err)
{
    int prev_year = 0, prev_n = 0;
    size_t prev = 0;
    for (size_t i = 0; i < s->n; i++) {
        int y, n = ytd_months(s->period[i], &y);
        if (!n)
            continue;
        if (y != prev_year)
            prev_n = 0;
        ts_point pt = {.note = TS_NOTE_NONE, .count = 1};
        if (prev_n > 0) {
            /* Sorted by start then end, so n > prev_n within a year. */
            pt.period = ts_period_months(y, prev_n + 1, n - prev_n);
            pt.base = s->period[prev];
            pt.value = s->value[i] - s->value[prev];
            pt.status = s->status[i] == 'E' || s->status[prev] == 'E' ? 'E' : 'A';
            pt.count = 2;
        } else if (n == 1) {
            pt.period = pt.base = s->period[i];
            pt.value = s->value[i];
            pt.status = s->status[i];
        }
        if (prev_n > 0 || n == 1) {
            int rc = ts_points_push(out, &pt, err);
            if (rc != TS_OK)
                return rc;
        }
        prev_year = y;
        prev_n = n;
        prev = i;
    }
    return TS_OK;
}

int ts_cumulate(const ts_series *s, ts_points *out, ts_error *err)
{
    int year = 0, next = 0; /* next month expected in `year`; 0 = stopped */
    double sum = 0;
    int est = 0;
    for (size_t i = 0; i < s->n; i++) {
        ts_period p = s->period[i];
        if (ts_period_kind_of(p) != TS_PERIOD_MONTH)
            continue;
        int y, m, d;
        ts_civil_from_days(p.first, &y, &m, &d);
        if (y != year) {
            year = y;
            next = 1;
            sum = 0;
            est = 0;
        }
        if (m != next) {
            /* A missing month ends the year's running total. */
            next = 0;
            continue;
        }
        sum += s->value[i];
        est |= s->status[i] == 'E';
        ts_point pt = {.period = ts_period_months(y, 1, m), .value = sum,
                       .status = est ? 'E' : 'A', .note = TS_NOTE_NONE, .count = (size_t)m};
        pt.base = pt.period;
        int rc = ts_points_push(out, &pt, err);
        if (rc != TS_OK)
            return rc;
        next = m + 1;
    }
    return TS_OK;
}
