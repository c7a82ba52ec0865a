/* Unit tests of result stores (store/store_result.c) and of the shares of
 * a store's series (store/store_split.c, the selector's series range):
 * a result read back as a store with its extra columns, every refusal
 * (out of order, a value that is not finite, bad column names, a place
 * that cannot be written), atomic replacement, and splits that cover the
 * series once, balanced by observations. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "ts.h"
#include "tmpdir_fixture.h"


static ts_fact fact(const char *ind, const char *area, const char *period, double v)
{
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = ind;
    f.area = area;
    f.measure = "level";
    f.unit = "bn_vnd";
    assert_int_equal(ts_period_parse(period, strlen(period), &f.period, NULL), TS_OK);
    f.value = v;
    f.status = 'E';
    f.source = "forecast";
    return f;
}

/* Every fact of the store at path as "ind area period value source
 * [extra=value...];" */
static const char *facts_of(const char *path)
{
    static char out[4096];
    ts_store *s;
    ts_query *q;
    ts_error err;
    ts_selector sel;
    ts_selector_init(&sel);
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    ts_fact f;
    size_t at = 0;
    out[0] = '\0';
    int rc;
    while ((rc = ts_query_next(q, &f, &err)) == TS_OK) {
        char p[TS_PERIOD_TEXT_MAX], v[32];
        ts_period_format(f.period, p, sizeof p);
        ts_value_format(f.value, v, sizeof v);
        at += (size_t)snprintf(out + at, sizeof out - at, "%s %s %s %s %s", f.indicator, f.area, p,
                               v, f.source);
        for (size_t i = 3; i < f.n_extra; i++)
            at += (size_t)snprintf(out + at, sizeof out - at, " %s=%s", f.extra_name[i],
                                   f.extra_value[i]);
        at += (size_t)snprintf(out + at, sizeof out - at, ";");
    }
    assert_int_equal(rc, TS_EOF);
    ts_query_close(q);
    ts_store_close(s);
    return out;
}

static void test_round_trip(void **state)
{
    (void)state;
    const char *path = path_in("r.h5");
    static const char *const cols[] = {"method", "lo80"};
    ts_error err;
    ts_result *r = ts_result_new(path, 2, cols, &err);
    assert_non_null(r);
    ts_fact f = fact("budget.revenue", "kon-tum", "2021", 3491.8);
    f.n_extra = 2;
    f.extra_name[0] = "lo80";
    f.extra_value[0] = "2960.8";
    f.extra_name[1] = "method";
    f.extra_value[1] = "linear";
    assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
    f.period.first += 365;
    f.period.last += 365;
    f.value = 1.0 / 3.0;
    f.n_extra = 1; /* lo80 missing: stored empty */
    f.extra_name[0] = "method";
    f.extra_value[0] = "linear";
    assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
    ts_fact g = fact("grdp", "kon-tum", "2021", 18938.78);
    g.source = "derived";
    assert_int_equal(ts_result_add(r, &g, &err), TS_OK);
    assert_int_equal(ts_result_count(r), 3);
    assert_int_equal(ts_result_commit(r, &err), TS_OK);
    assert_string_equal(facts_of(path),
                        "budget.revenue kon-tum 2021 3491.8 forecast method=linear lo80=2960.8;"
                        "budget.revenue kon-tum 2022 0.333333333333333 forecast method=linear lo80=;"
                        "grdp kon-tum 2021 18938.78 derived method= lo80=;");
    ts_store *s;
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    assert_int_equal(ts_store_series_count(s), 2);
    assert_int_equal(ts_store_extra_count(s), 2);
    assert_string_equal(ts_store_extra_name(s, 0), "method");
    assert_string_equal(ts_store_extra_name(s, 1), "lo80");
    /* One "named" source per source name, sorted. */
    assert_int_equal(ts_store_source_count(s), 2);
    ts_source_info si;
    ts_store_source(s, 0, &si);
    assert_string_equal(si.name, "derived");
    assert_string_equal(si.kind, TS_SOURCE_NAMED);
    ts_store_source(s, 1, &si);
    assert_string_equal(si.name, "forecast");
    ts_store_close(s);
}

static void test_refusals(void **state)
{
    (void)state;
    const char *path = path_in("bad.h5");
    ts_error err;
    ts_result *r = ts_result_new(path, 0, NULL, &err);
    assert_non_null(r);
    ts_fact f = fact("grdp", "kon-tum", "2021", 1);
    assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
    /* The same period again, an earlier one, an earlier series. */
    assert_int_equal(ts_result_add(r, &f, &err), TS_EINVAL);
    assert_non_null(strstr(err.msg, "out of store order at grdp/kon-tum/level/bn_vnd 2021"));
    ts_fact g = fact("grdp", "kon-tum", "2020", 1);
    assert_int_equal(ts_result_add(r, &g, &err), TS_EINVAL);
    g = fact("budget.revenue", "kon-tum", "2025", 1);
    assert_int_equal(ts_result_add(r, &g, &err), TS_EINVAL);
    g = fact("grdp", "kon-tum", "2022", NAN);
    assert_int_equal(ts_result_add(r, &g, &err), TS_ERANGE);
    assert_int_equal(ts_result_count(r), 1);
    ts_result_abort(r);
    struct stat st;
    assert_int_not_equal(stat(path, &st), 0); /* nothing written */
    static const char *const bad[][1] = {{"vintage"}, {"a/b"}, {""}, {"x_end"}, {"names"}};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_null(ts_result_new(path, 1, bad[i], &err));
        assert_int_equal(err.code, TS_EINVAL);
    }
    const char *many[TS_FACT_MAX_EXTRA];
    for (size_t i = 0; i < TS_FACT_MAX_EXTRA; i++) many[i] = "x";
    assert_null(ts_result_new(path, TS_FACT_MAX_EXTRA, many, &err));
    /* A place that cannot be written: an error, and no file. */
    const char *nowhere = path_in("no/such/dir/r.h5");
    r = ts_result_new(nowhere, 0, NULL, &err);
    assert_non_null(r);
    assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
    assert_int_equal(ts_result_commit(r, &err), TS_EIO);
    assert_non_null(strstr(err.msg, "cannot create the result file"));
}

static void test_replace_and_empty(void **state)
{
    (void)state;
    const char *path = path_in("rep.h5");
    ts_error err;
    ts_result *r = ts_result_new(path, 0, NULL, &err);
    ts_fact f = fact("grdp", "kon-tum", "2021", 7);
    assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
    assert_int_equal(ts_result_commit(r, &err), TS_OK);
    /* An empty result replaces it whole: a store of no series. */
    r = ts_result_new(path, 0, NULL, &err);
    char temp[600];
    snprintf(temp, sizeof temp, "%s.tmp.%ld", path, (long)getpid());
    assert_string_equal(ts_result_temp(r), temp);
    assert_int_equal(ts_result_commit(r, &err), TS_OK);
    assert_string_equal(facts_of(path), "");
    struct stat st;
    assert_int_not_equal(stat(temp, &st), 0);
    ts_store *s;
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    assert_int_equal(ts_store_series_count(s), 0);
    assert_int_equal(ts_store_source_count(s), 0);
    assert_int_equal(ts_store_extra_count(s), 0);
    ts_store_close(s);
}

/* A store of 40 series (ind.00 .. ind.39) with 1 + (i * 7) % 13 yearly
 * observations each, as a result store (the same format). */
static const char *split_store(size_t *counts)
{
    const char *path = path_in("split.h5");
    ts_error err;
    ts_result *r = ts_result_new(path, 0, NULL, &err);
    for (size_t i = 0; i < 40; i++) {
        char ind[16];
        snprintf(ind, sizeof ind, "ind.%02zu", i);
        counts[i] = 1 + (i * 7) % 13;
        for (size_t k = 0; k < counts[i]; k++) {
            char y[8];
            snprintf(y, sizeof y, "%zu", 2000 + k);
            ts_fact f = fact(ind, "kon-tum", y, (double)k);
            assert_int_equal(ts_result_add(r, &f, &err), TS_OK);
        }
    }
    assert_int_equal(ts_result_commit(r, &err), TS_OK);
    return path;
}

static void test_split(void **state)
{
    (void)state;
    size_t counts[40], total = 0, biggest = 0;
    const char *path = split_store(counts);
    for (size_t i = 0; i < 40; i++) {
        total += counts[i];
        if (counts[i] > biggest) biggest = counts[i];
    }
    ts_store *s;
    ts_error err;
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    ts_selector sel;
    ts_selector_init(&sel);
    size_t bounds[65];
    assert_int_equal(ts_store_series_split(s, &sel, 0, bounds, &err), TS_EINVAL);
    static const size_t parts[] = {1, 2, 3, 7, 40, 64};
    for (size_t t = 0; t < sizeof parts / sizeof *parts; t++) {
        size_t n = parts[t];
        assert_int_equal(ts_store_series_split(s, &sel, n, bounds, &err), TS_OK);
        assert_int_equal(bounds[0], 0);
        assert_int_equal(bounds[n], 40);
        for (size_t k = 0; k < n; k++) {
            assert_true(bounds[k] <= bounds[k + 1]);
            size_t obs = 0;
            for (size_t i = bounds[k]; i < bounds[k + 1]; i++) obs += counts[i];
            /* No part has more than its share plus one series. */
            assert_true(obs <= total / n + biggest);
        }
    }
    /* An exact indicator narrows first: one series in the first part. */
    sel.indicator = "ind.05";
    assert_int_equal(ts_store_series_split(s, &sel, 2, bounds, &err), TS_OK);
    assert_int_equal(bounds[0], 5);
    assert_int_equal(bounds[2], 6);
    ts_store_close(s);
}

static void test_series_range(void **state)
{
    (void)state;
    size_t counts[40];
    const char *path = split_store(counts);
    ts_store *s;
    ts_query *q;
    ts_error err;
    ts_selector sel;
    ts_selector_init(&sel);
    sel.has_series = 1;
    sel.series_first = 3;
    sel.series_end = 5;
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    ts_fact f;
    size_t n3 = 0, n4 = 0, other = 0;
    while (ts_query_next(q, &f, &err) == TS_OK) {
        if (strcmp(f.indicator, "ind.03") == 0) n3++;
        else if (strcmp(f.indicator, "ind.04") == 0) n4++;
        else other++;
    }
    ts_query_close(q);
    assert_int_equal(n3, counts[3]);
    assert_int_equal(n4, counts[4]);
    assert_int_equal(other, 0);
    /* An empty range, and one past the end, select nothing. */
    sel.series_first = sel.series_end = 7;
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    assert_int_equal(ts_query_next(q, &f, &err), TS_EOF);
    ts_query_close(q);
    sel.series_first = 50;
    sel.series_end = 60;
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    assert_int_equal(ts_query_next(q, &f, &err), TS_EOF);
    ts_query_close(q);
    /* With an exact indicator outside the range: nothing either. */
    sel.indicator = "ind.09";
    sel.series_first = 3;
    sel.series_end = 5;
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    assert_int_equal(ts_query_next(q, &f, &err), TS_EOF);
    ts_query_close(q);
    ts_store_close(s);
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_replace_and_empty),
        cmocka_unit_test(test_split),
        cmocka_unit_test(test_series_range),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
