/* Frequency conversion: months to quarters or years, quarters (or halves)
 * to years, years to five-year plan spans.  Flows add up, stocks keep the
 * last value, rates average; a span missing a part is dropped unless the
 * caller asks for partial spans. */
#include <math.h>
#include <string.h>
#include "core/names.h"
#include "ts_agg.h"

static const char *const freq_names[] = {"quarter", "year", "5y"};
static const char *const how_names[] = {"sum", "last", "mean", "first", "min", "max"};

TSI_NAME_PARSER(ts_freq_parse, ts_freq, freq_names)

TSI_NAME_PARSER(ts_how_parse, ts_how, how_names)

const char *ts_how_name(ts_how h)
{
    return tsi_name_at(how_names, TSI_COUNT(how_names), (unsigned)h);
}

ts_how ts_how_default(ts_kind kind, const char *unit)
{
    if (unit && strcmp(unit, "pct") == 0)
        return TS_HOW_MEAN;
    switch (kind) {
    case TS_KIND_FLOW: return TS_HOW_SUM;
    case TS_KIND_STOCK: return TS_HOW_LAST;
    case TS_KIND_RATE:
    case TS_KIND_INDEX: return TS_HOW_MEAN;
    }
    return TS_HOW_SUM;
}

/* Length in months of a part of the given shape, 0 for other shapes. */
static int part_months(ts_period_kind k)
{
    switch (k) {
    case TS_PERIOD_MONTH: return 1;
    case TS_PERIOD_QUARTER: return 3;
    case TS_PERIOD_HALF: return 6;
    case TS_PERIOD_YEAR: return 12;
    default: return 0;
    }
}

/* The target span holding a part that starts on day `first`. */
static ts_period span_of(int32_t first, ts_freq to)
{
    int y, m, d;
    ts_civil_from_days(first, &y, &m, &d);
    switch (to) {
    case TS_FREQ_QUARTER: return ts_period_quarter(y, (m - 1) / 3 + 1);
    case TS_FREQ_YEAR: return ts_period_year(y);
    case TS_FREQ_5Y: break;
    }
    /* Plan periods: 2011-2015, 2016-2020, 2021-2025. */
    int start = y - ((y - 1) % 5 + 5) % 5;
    return ts_period_years(start, start + 4);
}

typedef struct {
    ts_period span;
    size_t count;
    double sum, first, last, min, max;
    int est;
} acc;

static int flush(const acc *a, ts_how how, size_t need, int partial, ts_points *out,
                 ts_error *err)
{
    if (a->count == 0 || (a->count < need && !partial))
        return TS_OK;
    ts_point pt = {.period = a->span, .base = a->span, .count = a->count};
    pt.status = a->est ? 'E' : 'A';
    switch (how) {
    case TS_HOW_SUM: pt.value = a->sum; break;
    case TS_HOW_LAST: pt.value = a->last; break;
    case TS_HOW_MEAN: pt.value = a->sum / (double)a->count; break;
    case TS_HOW_FIRST: pt.value = a->first; break;
    case TS_HOW_MIN: pt.value = a->min; break;
    case TS_HOW_MAX: pt.value = a->max; break;
    }
    return ts_points_push(out, &pt, err);
}

int ts_resample(const ts_series *s, ts_freq to, ts_how how, int partial, ts_points *out,
                ts_error *err)
{
    int target = to == TS_FREQ_QUARTER ? 3 : to == TS_FREQ_YEAR ? 12 : 60;
    /* The finest part shape present that is shorter than the target: mixing
     * shapes inside a span would count some months twice. */
    int L = 0;
    for (size_t i = 0; i < s->n; i++) {
        int pm = part_months(ts_period_kind_of(s->period[i]));
        if (pm && pm < target && target % pm == 0 && (L == 0 || pm < L))
            L = pm;
    }
    if (L == 0)
        return TS_OK;
    size_t need = (size_t)(target / L);
    acc a = {.count = 0};
    for (size_t i = 0; i < s->n; i++) {
        ts_period p = s->period[i];
        if (part_months(ts_period_kind_of(p)) != L)
            continue;
        ts_period span = span_of(p.first, to);
        if (a.count && span.first != a.span.first) {
            int rc = flush(&a, how, need, partial, out, err);
            if (rc != TS_OK)
                return rc;
            a.count = 0;
        }
        double v = s->value[i];
        if (a.count == 0) {
            a.span = span;
            a.sum = 0;
            a.first = a.min = a.max = v;
            a.est = 0;
        }
        a.count++;
        a.sum += v;
        a.last = v;
        a.min = fmin(a.min, v);
        a.max = fmax(a.max, v);
        a.est |= s->status[i] == 'E';
    }
    return flush(&a, how, need, partial, out, err);
}
