/* Growth rates: year-on-year and period-on-period percent changes against
 * an exact base period (never a neighbour), and compound average annual
 * growth over a span, the way the reports state it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "agg/agg_impl.h"
#include "core/grow.h"
#include "ts_agg.h"

double ts_growth_pct(double value, double base)
{
    /* value / base - 1, not (value - base) / base: the same rounding as
     * pandas' pct_change, so cross-checks agree to the last bits. */
    return (value / base - 1.0) * 100.0;
}

/* Appends the change of observation i against observation j, its base. */
static int change(const ts_series *s, size_t i, size_t j, ts_points *out, ts_error *err)
{
    ts_point *pt = tsi_points_add(out, err);
    if (!pt)
        return TS_ENOMEM;
    pt->period = s->period[i];
    pt->base = s->period[j];
    pt->count = 2;
    pt->status = s->status[i] == 'E' || s->status[j] == 'E' ? 'E' : 'A';
    double b = s->value[j];
    if (b > 0) {
        pt->value = ts_growth_pct(s->value[i], b);
        pt->note = TS_NOTE_NONE;
    } else {
        pt->value = NAN;
        pt->note = b == 0 ? TS_NOTE_BASE_ZERO : TS_NOTE_BASE_NEGATIVE;
    }
    return TS_OK;
}

/* The index of period `base` in s, or -1.  *lag (i minus the last base's
 * index) is tried before a binary search: in a regular series the base is
 * always the same number of places back. */
static long base_index(const ts_series *s, size_t i, ts_period base, size_t *lag)
{
    const ts_period *guess = *lag <= i ? &s->period[i - *lag] : NULL;
    if (guess && guess->first == base.first && guess->last == base.last)
        return (long)(i - *lag);
    long j = ts_series_find(s, base);
    if (j >= 0)
        *lag = i - (size_t)j;
    return j;
}

/* The base period of p: a year before (yoy) or the period before (pop). */
static ts_period base_of(ts_period p, int pop)
{
    return pop ? ts_period_previous(p) : ts_period_shift_years(p, -1);
}

static int growth(const ts_series *s, int pop, ts_points *out, ts_error *err)
{
    size_t lag = 0;
    for (size_t i = 0; i < s->n; i++) {
        long j = base_index(s, i, base_of(s->period[i], pop), &lag);
        int rc = j < 0 ? TS_OK : change(s, i, (size_t)j, out, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}

int ts_growth_yoy(const ts_series *s, ts_points *out, ts_error *err)
{
    return growth(s, 0, out, err);
}

int ts_growth_pop(const ts_series *s, ts_points *out, ts_error *err)
{
    return growth(s, 1, out, err);
}

/* The series of a panel share their periods: the base of each is found
 * once and reused while the periods stay the same. */
int tsi_growth_cached(tsi_bases *b, int pop, const ts_series *s, ts_points *out, ts_error *err)
{
    if (!b->valid || b->n != s->n ||
        (s->n && memcmp(b->period, s->period, s->n * sizeof *s->period) != 0)) {
        b->valid = 0;
        if (s->n > b->cap) {
            size_t cap = s->n < 64 ? 64 : s->n * 2;
            if (tsi_resize(&b->period, cap, sizeof *b->period) != 0 ||
                tsi_resize(&b->base, cap, sizeof *b->base) != 0)
                return ts_error_set(err, TS_ENOMEM, "out of memory");
            b->cap = cap;
        }
        size_t lag = 0;
        for (size_t i = 0; i < s->n; i++)
            b->base[i] = base_index(s, i, base_of(s->period[i], pop), &lag);
        if (s->n)
            memcpy(b->period, s->period, s->n * sizeof *s->period);
        b->n = s->n;
        b->valid = 1;
    }
    for (size_t i = 0; i < s->n; i++) {
        int rc = b->base[i] < 0 ? TS_OK : change(s, i, (size_t)b->base[i], out, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}

void tsi_bases_free(tsi_bases *b)
{
    free(b->period);
    free(b->base);
    memset(b, 0, sizeof *b);
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
