/* Unit tests for libts/core/series.c: grouping facts into sorted series, both
 * as a set (any order) and as a source (grouped input, or any order through a set), with duplicates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_series.h"

typedef struct {
    const char *ind, *area, *measure, *unit, *period;
    double value;
    char status;
    const char *source;
} row;

static ts_fact fact_of(const row *r)
{
    ts_fact f;
    memset(&f, 0, sizeof f);
    f.indicator = r->ind;
    f.area = r->area;
    f.measure = r->measure;
    f.unit = r->unit;
    assert_int_equal(ts_period_parse(r->period, strlen(r->period), &f.period, NULL), TS_OK);
    f.value = r->value;
    f.status = r->status;
    f.source = r->source;
    return f;
}

static void assert_period(ts_period p, const char *want)
{
    char buf[TS_PERIOD_TEXT_MAX];
    ts_period_format(p, buf, sizeof buf);
    assert_string_equal(buf, want);
}

/* Two series interleaved, periods out of order, mixed sources. */
static const row mixed[] = {
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2018", 2869, 'A', "002.txt"},
    {"grdp", "kon-tum", "level", "bn_vnd", "2020", 30000, 'E', "002.txt"},
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2016", 2132, 'A', "002.txt"},
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2017", 2512, 'E', "003.txt"},
    {"grdp", "kon-tum", "level", "bn_vnd", "2019", 28000, 'A', NULL},
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2020-01/P9M", 2000, 'A', "000.txt"},
    {"budget.revenue", "kon-tum", "yoy_pct", "pct", "2017", 17.8, 'A', "002.txt"},
};

static void set_groups_and_sorts(void **state)
{
    (void)state;
    ts_error err;
    ts_series_set *set = ts_series_set_new(TS_DUP_KEEP_LAST, &err);
    assert_non_null(set);
    for (size_t i = 0; i < sizeof mixed / sizeof *mixed; i++) {
        ts_fact f = fact_of(&mixed[i]);
        assert_int_equal(ts_series_set_add(set, &f, &err), TS_OK);
    }
    assert_int_equal(ts_series_set_count(set), 0); /* not finished yet */
    assert_int_equal(ts_series_set_finish(set, &err), TS_OK);
    assert_int_equal(ts_series_set_count(set), 3);
    assert_int_equal(ts_series_set_facts(set), 7);
    ts_series s;
    ts_series_set_get(set, 0, &s); /* order of first appearance */
    assert_string_equal(s.indicator, "budget.revenue");
    assert_int_equal(s.n, 4);
    assert_period(s.period[0], "2016");
    assert_period(s.period[1], "2017");
    assert_period(s.period[2], "2018");
    assert_period(s.period[3], "2020-01/P9M");
    assert_true(s.value[0] == 2132 && s.value[1] == 2512 && s.value[2] == 2869 && s.value[3] == 2000);
    assert_int_equal(s.status[1], 'E');
    assert_string_equal(s.source[1], "003.txt");
    assert_string_equal(s.source[3], "000.txt");
    ts_series g;
    ts_series_set_get(set, 1, &g);
    assert_string_equal(g.indicator, "grdp");
    assert_int_equal(g.n, 2);
    assert_period(g.period[0], "2019");
    assert_string_equal(g.source[0], "-"); /* NULL source becomes "-" */
    /* Interned: equal strings are one pointer. */
    assert_ptr_equal(s.area, g.area);
    assert_ptr_equal(s.source[0], g.source[1]);
    ts_series y;
    ts_series_set_get(set, 2, &y);
    assert_string_equal(y.measure, "yoy_pct");
    assert_string_equal(y.unit, "pct");
    assert_ptr_equal(ts_series_set_intern(set, "kon-tum"), s.area);
    assert_int_equal(ts_series_find(&s, s.period[2]), 2);
    ts_period p2019;
    ts_period_parse("2019", 4, &p2019, NULL);
    assert_int_equal(ts_series_find(&s, p2019), -1);
    assert_int_equal(ts_series_find(&g, p2019), 0);
    /* Adding after finish is refused. */
    ts_fact f = fact_of(&mixed[0]);
    assert_int_equal(ts_series_set_add(set, &f, &err), TS_EINVAL);
    assert_string_equal(err.msg, "series set already finished");
    ts_series_set_free(set);
    ts_series_set_free(NULL);
}

typedef struct {
    int calls;
    char kept[64], dropped[64], period[TS_PERIOD_TEXT_MAX], key[128];
} dup_log;

static void on_dup(void *ctx, const ts_series *s, ts_period p, const char *kept, const char *dropped)
{
    dup_log *d = ctx;
    d->calls++;
    strcpy(d->kept, kept);
    strcpy(d->dropped, dropped);
    ts_period_format(p, d->period, sizeof d->period);
    ts_series_key_format(s, d->key, sizeof d->key);
}

/* The same series and period twice: the later fact wins, in any order. */
static const row dups[] = {
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2020", 3000, 'E', "002.txt"},
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2019", 3244, 'A', "002.txt"},
    {"budget.revenue", "kon-tum", "level", "bn_vnd", "2020", 3011.5, 'A', "004.txt"},
};

static void set_duplicates_keep_last(void **state)
{
    (void)state;
    ts_error err;
    dup_log log = {0};
    ts_series_set *set = ts_series_set_new(TS_DUP_KEEP_LAST, &err);
    ts_series_set_on_duplicate(set, on_dup, &log);
    for (size_t i = 0; i < 3; i++) {
        ts_fact f = fact_of(&dups[i]);
        assert_int_equal(ts_series_set_add(set, &f, &err), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, &err), TS_OK);
    ts_series s;
    ts_series_set_get(set, 0, &s);
    assert_int_equal(s.n, 2);
    assert_true(s.value[1] == 3011.5);
    assert_int_equal(s.status[1], 'A');
    assert_string_equal(s.source[1], "004.txt");
    assert_int_equal(ts_series_set_duplicates(set), 1);
    assert_int_equal(log.calls, 1);
    assert_string_equal(log.kept, "004.txt");
    assert_string_equal(log.dropped, "002.txt");
    assert_string_equal(log.period, "2020");
    assert_string_equal(log.key, "budget.revenue/kon-tum/level/bn_vnd");
    ts_series_set_free(set);
}

static void set_duplicates_error(void **state)
{
    (void)state;
    ts_error err;
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, &err);
    for (size_t i = 0; i < 3; i++) {
        ts_fact f = fact_of(&dups[i]);
        assert_int_equal(ts_series_set_add(set, &f, &err), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, &err), TS_EINVAL);
    assert_int_equal(err.code, TS_EINVAL);
    assert_string_equal(err.msg, "duplicate fact: budget.revenue/kon-tum/level/bn_vnd 2020 "
                                 "(sources 002.txt and 004.txt)");
    ts_series_set_free(set);
}

/* Equivalent period spellings are one period: 2024-H1 = 2024-01/P6M. */
static void set_equivalent_periods_are_duplicates(void **state)
{
    (void)state;
    static const row r[] = {
        {"grdp", "kon-tum", "level", "bn_vnd", "2024-H1", 1, 'A', "a"},
        {"grdp", "kon-tum", "level", "bn_vnd", "2024-01/P6M", 2, 'A', "b"},
    };
    ts_series_set *set = ts_series_set_new(TS_DUP_KEEP_LAST, NULL);
    for (size_t i = 0; i < 2; i++) {
        ts_fact f = fact_of(&r[i]);
        assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    ts_series s;
    ts_series_set_get(set, 0, &s);
    assert_int_equal(s.n, 1);
    assert_true(s.value[0] == 2);
    ts_series_set_free(set);
}

/* Many series: the key hash grows and keeps every series apart. */
static void set_many_series(void **state)
{
    (void)state;
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    char area[32];
    for (int m = 12; m >= 1; m--) {
        for (int a = 0; a < 3000; a++) {
            snprintf(area, sizeof area, "area-%d", a);
            ts_fact f;
            memset(&f, 0, sizeof f);
            f.indicator = "x";
            f.area = area;
            f.measure = "level";
            f.unit = "ha";
            f.period = ts_period_month(2020, m);
            f.value = a * 100 + m;
            f.status = 'A';
            f.source = "-";
            assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
        }
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    assert_int_equal(ts_series_set_count(set), 3000);
    for (size_t i = 0; i < 3000; i += 499) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        snprintf(area, sizeof area, "area-%zu", i);
        assert_string_equal(s.area, area);
        assert_int_equal(s.n, 12);
        for (int m = 0; m < 12; m++)
            assert_true(s.value[m] == (double)(i * 100 + (size_t)m + 1));
    }
    ts_series_set_free(set);
}

/* ---- source: grouped input, and any order through a set ---- */

typedef struct {
    const row *rows;
    size_t n, i;
    size_t bad_at; /* 1-based row index reported as a bad row, 0 for none */
    int fatal_at;  /* 1-based row index that fails with TS_EIO */
    ts_fact f;
} feed;

static int feed_next(void *ctx, ts_fact *f, ts_error *err)
{
    feed *d = ctx;
    if (d->i >= d->n)
        return TS_EOF;
    size_t k = ++d->i;
    if (k == d->bad_at)
        return ts_error_set(err, TS_EINVAL, "bad row %zu", k);
    if ((int)k == d->fatal_at)
        return ts_error_set(err, TS_EIO, "read failed");
    *f = fact_of(&d->rows[k - 1]);
    return TS_OK;
}

static const row grouped[] = {
    {"a", "x", "level", "ha", "2021", 2, 'A', "s1"},
    {"a", "x", "level", "ha", "2020", 1, 'A', "s1"},
    {"a", "x", "level", "ha", "2022", 3, 'E', "s2"},
    {"b", "x", "level", "ha", "2020", 10, 'A', "s1"},
    {"b", "x", "level", "ha", "2020", 11, 'A', "s3"},
    {"b", "y", "level", "ha", "2020", 20, 'A', "s1"},
};

/* The first series of `grouped` comes out of st into *s, in order. */
static void first_of_grouped(ts_series_source *st, ts_series *s)
{
    ts_error err;
    assert_int_equal(ts_series_source_next(st, s, &err), TS_OK);
    assert_string_equal(s->indicator, "a");
    assert_int_equal(s->n, 3);
    assert_period(s->period[0], "2020");
    assert_true(s->value[0] == 1 && s->value[1] == 2 && s->value[2] == 3);
    assert_int_equal(s->status[2], 'E');
}

/* After the last series of `grouped`, st stays at its end, having read
 * six facts and dropped one duplicate; frees st. */
static void ends_after_grouped(ts_series_source *st, ts_series *s)
{
    ts_error err;
    assert_int_equal(ts_series_source_next(st, s, &err), TS_EOF);
    assert_int_equal(ts_series_source_next(st, s, &err), TS_EOF);
    assert_int_equal(ts_series_source_facts(st), 6);
    assert_int_equal(ts_series_source_duplicates(st), 1);
    ts_series_source_free(st);
}

static void grouped_input(void **state)
{
    (void)state;
    feed d = {grouped, 6, 0, 0, 0, {0}};
    ts_error err;
    dup_log log = {0};
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_KEEP_LAST, &err);
    assert_non_null(st);
    ts_series_source_on_duplicate(st, on_dup, &log);
    ts_series s;
    first_of_grouped(st, &s);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.indicator, "b");
    assert_string_equal(s.area, "x");
    assert_int_equal(s.n, 1);
    assert_true(s.value[0] == 11);
    assert_int_equal(log.calls, 1);
    assert_string_equal(log.dropped, "s1");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.area, "y");
    assert_int_equal(s.n, 1);
    ends_after_grouped(st, &s);
}

static void grouped_empty(void **state)
{
    (void)state;
    feed d = {grouped, 0, 0, 0, 0, {0}};
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_KEEP_LAST, NULL);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, NULL), TS_EOF);
    ts_series_source_free(st);
    ts_series_source_free(NULL);
}

static void grouped_bad_row_reads_on(void **state)
{
    (void)state;
    feed d = {.rows = grouped, .n = 6, .bad_at = 2};
    ts_error err;
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_KEEP_LAST, &err);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EINVAL);
    assert_string_equal(err.msg, "bad row 2");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_int_equal(s.n, 2); /* rows 1 and 3 */
    assert_true(s.value[0] == 2 && s.value[1] == 3);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.indicator, "b");
    ts_series_source_free(st);
}

static void grouped_fatal_error_finishes(void **state)
{
    (void)state;
    feed d = {.rows = grouped, .n = 6, .fatal_at = 5};
    ts_error err;
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_KEEP_LAST, &err);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EIO);
    assert_string_equal(err.msg, "read failed");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    ts_series_source_free(st);
}

static void grouped_ungrouped_is_an_error(void **state)
{
    (void)state;
    static const row r[] = {
        {"a", "x", "level", "ha", "2020", 1, 'A', "s"},
        {"b", "x", "level", "ha", "2020", 2, 'A', "s"},
        {"a", "x", "level", "ha", "2021", 3, 'A', "s"},
    };
    feed d = {r, 3, 0, 0, 0, {0}};
    ts_error err;
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_KEEP_LAST, &err);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EINVAL);
    assert_string_equal(err.msg, "input not grouped by series: a/x/level/ha appears again");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    ts_series_source_free(st);
}

static void grouped_duplicate_error(void **state)
{
    (void)state;
    feed d = {grouped, 6, 0, 0, 0, {0}};
    ts_error err;
    ts_series_source *st = ts_series_source_new(feed_next, &d, 1, TS_DUP_ERROR, &err);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EINVAL);
    assert_string_equal(err.msg, "duplicate fact: b/x/level/ha 2020 (sources s1 and s3)");
    ts_series_source_free(st);
}

/* The same source over input in any order: a set read at the first call,
 * series in order of their first fact; bad rows, fatal errors and
 * duplicate errors behave as for grouped input. */
static void source_any_order(void **state)
{
    (void)state;
    static const row r[] = {
        {"a", "x", "level", "ha", "2021", 1, 'A', "s"},
        {"b", "x", "level", "ha", "2020", 2, 'A', "s"},
        {"a", "x", "level", "ha", "2020", 3, 'E', "s"},
        {"b", "x", "level", "ha", "2020", 4, 'A', "t"},
    };
    feed d = {.rows = r, .n = 4, .bad_at = 2};
    ts_error err;
    dup_log log = {0};
    ts_series_source *st = ts_series_source_new(feed_next, &d, 0, TS_DUP_KEEP_LAST, &err);
    assert_non_null(st);
    ts_series_source_on_duplicate(st, on_dup, &log);
    ts_series s;
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EINVAL);
    assert_string_equal(err.msg, "bad row 2");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.indicator, "a");
    assert_int_equal(s.n, 2);
    assert_period(s.period[0], "2020");
    assert_true(s.value[0] == 3 && s.value[1] == 1);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.indicator, "b");
    assert_int_equal(s.n, 1);
    assert_int_equal(log.calls, 0); /* the bad row was the other b */
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    assert_int_equal(ts_series_source_facts(st), 3);
    assert_int_equal(ts_series_source_duplicates(st), 0);
    const char *m = ts_series_source_intern(st, "yoy_pct");
    assert_string_equal(m, "yoy_pct");
    assert_ptr_equal(ts_series_source_intern(st, "yoy_pct"), m);
    ts_series_source_free(st);

    d = (feed){.rows = r, .n = 4};
    st = ts_series_source_new(feed_next, &d, 0, TS_DUP_ERROR, &err);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EINVAL);
    assert_string_equal(err.msg, "duplicate fact: b/x/level/ha 2020 (sources s and t)");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    ts_series_source_free(st);

    d = (feed){.rows = r, .n = 4, .fatal_at = 3};
    st = ts_series_source_new(feed_next, &d, 0, TS_DUP_KEEP_LAST, &err);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EIO);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    ts_series_source_free(st);
}

/* ---- source: whole series at a time ---- */

/* Hands out rows [cut[g], cut[g+1]) of `rows` as series g, its strings
 * copied into buffers the next call overwrites (not interned). */
typedef struct {
    const row *rows;
    const size_t *cut;
    size_t n_groups, g;
    int fatal_at; /* 1-based group that fails with TS_EIO */
    char key[4][32], src[8][32];
    ts_period period[8];
    double value[8];
    char status[8];
    const char *source[8];
} series_feed;

static int series_feed_next(void *ctx, ts_series *s, ts_error *err)
{
    series_feed *d = ctx;
    if (d->g >= d->n_groups)
        return TS_EOF;
    size_t g = d->g++;
    if ((int)g + 1 == d->fatal_at)
        return ts_error_set(err, TS_EIO, "read failed");
    const row *r = &d->rows[d->cut[g]];
    memset(s, 0, sizeof *s);
    const char *k[4] = {r->ind, r->area, r->measure, r->unit};
    for (int j = 0; j < 4; j++)
        snprintf(d->key[j], sizeof d->key[j], "%s", k[j]);
    s->indicator = d->key[0];
    s->area = d->key[1];
    s->measure = d->key[2];
    s->unit = d->key[3];
    s->price = s->plan_by = "";
    s->n = d->cut[g + 1] - d->cut[g];
    for (size_t i = 0; i < s->n; i++) {
        assert_int_equal(ts_period_parse(r[i].period, strlen(r[i].period), &d->period[i], NULL),
                         TS_OK);
        d->value[i] = r[i].value;
        d->status[i] = r[i].status;
        snprintf(d->src[i], sizeof d->src[i], "%s", r[i].source);
        d->source[i] = d->src[i];
    }
    s->period = d->period;
    s->value = d->value;
    s->status = d->status;
    s->source = d->source;
    return TS_OK;
}

/* A source of whole series from d whose second series fails with code
 * and msg, after which it is at its end. */
static void second_fails(series_feed *d, ts_dup_policy dup, int code, const char *msg)
{
    ts_error err;
    ts_series s;
    ts_series_source *st = ts_series_source_new_series(series_feed_next, d, dup, &err);
    assert_non_null(st);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_int_equal(ts_series_source_next(st, &s, &err), code);
    assert_string_equal(err.msg, msg);
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_EOF);
    ts_series_source_free(st);
}

/* Whole series (a store query's) are ordered and their duplicates
 * resolved as grouped facts are; keys and sources come out interned; a
 * key that comes again, a duplicate under TS_DUP_ERROR and a failing
 * input end the source. */
static void source_whole_series(void **state)
{
    (void)state;
    static const size_t cut[] = {0, 3, 5, 6};
    series_feed d = {.rows = grouped, .cut = cut, .n_groups = 3};
    ts_error err;
    dup_log log = {0};
    ts_series_source *st = ts_series_source_new_series(series_feed_next, &d, TS_DUP_KEEP_LAST,
                                                       &err);
    assert_non_null(st);
    ts_series_source_on_duplicate(st, on_dup, &log);
    ts_series s;
    first_of_grouped(st, &s);
    assert_period(s.period[2], "2022");
    const char *unit = s.unit, *s1 = s.source[0];
    assert_string_equal(s1, "s1");
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.indicator, "b");
    assert_int_equal(s.n, 1);
    assert_true(s.value[0] == 11);
    assert_int_equal(log.calls, 1);
    assert_string_equal(log.kept, "s3");
    assert_string_equal(log.dropped, "s1");
    assert_string_equal(log.key, "b/x/level/ha");
    assert_ptr_equal(s.unit, unit); /* interned: the same text, the same pointer */
    assert_int_equal(ts_series_source_next(st, &s, &err), TS_OK);
    assert_string_equal(s.area, "y");
    assert_ptr_equal(s.source[0], s1);
    ends_after_grouped(st, &s);

    d = (series_feed){.rows = grouped, .cut = cut, .n_groups = 3};
    second_fails(&d, TS_DUP_ERROR, TS_EINVAL,
                 "duplicate fact: b/x/level/ha 2020 (sources s1 and s3)");
    static const size_t twice[] = {0, 1, 2};
    static const row again[] = {
        {"a", "x", "level", "ha", "2020", 1, 'A', "s"},
        {"a", "x", "level", "ha", "2021", 2, 'A', "s"},
    };
    d = (series_feed){.rows = again, .cut = twice, .n_groups = 2};
    second_fails(&d, TS_DUP_KEEP_LAST, TS_EINVAL,
                 "input not grouped by series: a/x/level/ha appears again");
    d = (series_feed){.rows = grouped, .cut = cut, .n_groups = 3, .fatal_at = 2};
    second_fails(&d, TS_DUP_KEEP_LAST, TS_EIO, "read failed");
}

/* Facts that differ only in price basis or plan issuer are two series,
 * not a duplicate; the key names them; NULL qualifiers are blank. */
static void set_qualifiers_split_series(void **state)
{
    (void)state;
    ts_error err;
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, &err);
    static const row r = {"gva.agriculture", "kon-tum", "yoy_pct", "pct", "2023", 5.84, 'A', "r.txt"};
    const char *price[3] = {"const2010", "current", NULL};
    const char *plan_by[3] = {"", "central", NULL};
    for (int i = 0; i < 3; i++) {
        ts_fact f = fact_of(&r);
        f.price = price[i];
        f.plan_by = plan_by[i];
        f.value += i;
        assert_int_equal(ts_series_set_add(set, &f, &err), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, &err), TS_OK);
    assert_int_equal(ts_series_set_count(set), 3);
    assert_int_equal(ts_series_set_duplicates(set), 0);
    ts_series s;
    char key[256];
    ts_series_set_get(set, 0, &s);
    assert_string_equal(ts_series_key_format(&s, key, sizeof key),
                        "gva.agriculture/kon-tum/yoy_pct/pct (price const2010)");
    ts_series_set_get(set, 1, &s);
    assert_string_equal(ts_series_key_format(&s, key, sizeof key),
                        "gva.agriculture/kon-tum/yoy_pct/pct (price current, plan by central)");
    ts_series_set_get(set, 2, &s);
    assert_string_equal(s.price, "");
    assert_string_equal(ts_series_key_format(&s, key, sizeof key), "gva.agriculture/kon-tum/yoy_pct/pct");
    ts_series_set_free(set);
}

/* Writes s through ts_writer_write_series (whole) or fact by fact into
 * a memory file with the given extra columns; returns the text. */
static char *written(const ts_series *s, int whole, size_t n_extra, const char *const *extra)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ts_writer *w = ts_writer_new(fp, n_extra, extra, NULL);
    assert_non_null(w);
    for (size_t i = 0; i < s->n && !whole; i++) {
        ts_fact f;
        ts_fact_init(&f);
        ts_series_fact_at(s, i, &f);
        assert_int_equal(ts_writer_write(w, &f, NULL), TS_OK);
    }
    if (whole)
        assert_int_equal(ts_writer_write_series(w, s, NULL), TS_OK);
    assert_int_equal(ts_writer_finish(w, NULL), TS_OK);
    ts_writer_free(w);
    fclose(fp);
    return buf;
}

/* A whole series written at once gives the rows fact-by-fact writing
 * gives: tabs in keys turned into spaces, qualifiers, empty extra columns,
 * sources changing from row to row; a value that is not finite fails. */
static void write_series_as_facts(void **state)
{
    (void)state;
    ts_period p[3];
    ts_period_parse("2020-01", 7, &p[0], NULL);
    ts_period_parse("2020-Q2", 7, &p[1], NULL);
    ts_period_parse("2021", 4, &p[2], NULL);
    double v[3] = {1304.372, -0.5, 1e20};
    char st[3] = {'A', 'E', 'A'};
    const char *src[3] = {"a.txt", "a.txt", "b\tc.txt"};
    ts_series s = {"budget.revenue", "kon\ttum", "level", "bn_vnd", 3, p, v, st, src,
                   "const2010", ""};
    static const char *const extra[] = {"offset", "price"};
    for (size_t ne = 0; ne <= 2; ne++) {
        char *a = written(&s, 1, ne, extra), *b = written(&s, 0, ne, extra);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    char *a = written(&s, 1, 0, NULL);
    assert_non_null(strstr(a, "budget.revenue\tkon tum\tlevel\t2020-Q2\t-0.5\tbn_vnd\tE\ta.txt\tconst2010\t\n"));
    free(a);
    v[1] = 0.0 / 0.0;
    FILE *fp = fopen("/dev/null", "w");
    ts_writer *w = ts_writer_new(fp, 0, NULL, NULL);
    ts_error err;
    assert_int_equal(ts_writer_write_series(w, &s, &err), TS_ERANGE);
    ts_writer_free(w);
    fclose(fp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(set_groups_and_sorts),
        cmocka_unit_test(set_duplicates_keep_last),
        cmocka_unit_test(set_duplicates_error),
        cmocka_unit_test(set_equivalent_periods_are_duplicates),
        cmocka_unit_test(set_many_series),
        cmocka_unit_test(grouped_input),
        cmocka_unit_test(grouped_empty),
        cmocka_unit_test(grouped_bad_row_reads_on),
        cmocka_unit_test(grouped_fatal_error_finishes),
        cmocka_unit_test(grouped_ungrouped_is_an_error),
        cmocka_unit_test(grouped_duplicate_error),
        cmocka_unit_test(source_any_order),
        cmocka_unit_test(source_whole_series),
        cmocka_unit_test(write_series_as_facts),
        cmocka_unit_test(set_qualifiers_split_series),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
