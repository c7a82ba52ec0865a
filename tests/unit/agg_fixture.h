/* Shared by the ts-agg unit tests: builds a series from a compact table of
 * "period value status" rows, and reads back derived points. */
#ifndef AGG_FIXTURE_H
#define AGG_FIXTURE_H

#include <math.h>
#include <string.h>
#include "ts.h"
#include "ts_agg.h"
#include "ts_series.h"

typedef struct {
    const char *period;
    double value;
    char status; /* 0 means 'A' */
} obs;

/* A one-series set of indicator "x", area "a", measure "level", unit u. */
static inline ts_series_set *make_series(const obs *o, size_t n, const char *unit, ts_series *out)
{
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    assert_non_null(set);
    for (size_t i = 0; i < n; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = "x";
        f.area = "a";
        f.measure = "level";
        f.unit = unit;
        assert_int_equal(ts_period_parse(o[i].period, strlen(o[i].period), &f.period, NULL),
                         TS_OK);
        f.value = o[i].value;
        f.status = o[i].status ? o[i].status : 'A';
        f.source = "t.txt";
        assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    assert_int_equal(ts_series_set_count(set), 1);
    ts_series_set_get(set, 0, out);
    return set;
}

/* Expected derived point: period text, value (NAN for a note), status. */
typedef struct {
    const char *period;
    double value;
    char status;
    ts_note note;
} want;

static inline void expect_points(const ts_points *got, const want *w, size_t n)
{
    if (got->n != n)
        fail_msg("got %zu points, want %zu", got->n, n);
    for (size_t i = 0; i < n; i++) {
        char p[TS_PERIOD_TEXT_MAX];
        ts_period_format(got->p[i].period, p, sizeof p);
        if (strcmp(p, w[i].period) != 0)
            fail_msg("point %zu: period %s, want %s", i, p, w[i].period);
        if (got->p[i].note != w[i].note)
            fail_msg("point %zu (%s): note %d, want %d", i, p, got->p[i].note, w[i].note);
        if (w[i].note == TS_NOTE_NONE &&
            fabs(got->p[i].value - w[i].value) > 1e-12 * fmax(1.0, fabs(w[i].value)))
            fail_msg("point %zu (%s): value %.17g, want %.17g", i, p, got->p[i].value, w[i].value);
        if (w[i].note == TS_NOTE_NONE && !isfinite(got->p[i].value))
            fail_msg("point %zu (%s): value not finite", i, p);
        if (got->p[i].status != (w[i].status ? w[i].status : 'A'))
            fail_msg("point %zu (%s): status %c", i, p, got->p[i].status);
    }
}

#endif
