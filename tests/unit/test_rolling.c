/* Unit tests for libts/agg/rolling.c: trailing and centred windows through
 * gsl_movstat, gaps as holes, min_periods, every statistic, series with
 * several frequencies, argument errors, one roller over series in turn. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void roll(const obs *o, size_t n, size_t window, int center, size_t minp, ts_stat st,
                 const want *w, size_t nw)
{
    ts_series s;
    ts_series_set *set = make_series(o, n, "ha", &s);
    ts_error err;
    ts_roller *r = ts_roller_new(window, center, minp, st, &err);
    assert_non_null(r);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_roller_apply(r, &s, &pts, &err), TS_OK);
    expect_points(&pts, w, nw);
    /* The roller is reusable: a second series gives the same again. */
    pts.n = 0;
    assert_int_equal(ts_roller_apply(r, &s, &pts, &err), TS_OK);
    expect_points(&pts, w, nw);
    ts_points_reset(&pts);
    ts_roller_free(r);
    ts_series_set_free(set);
}

/* 1, 2, 4, 8, 16 in consecutive months. */
static const obs run5[] = {{"2024-01", 1, 0}, {"2024-02", 2, 0}, {"2024-03", 4, 'E'},
                           {"2024-04", 8, 0}, {"2024-05", 16, 0}};

static void trailing_mean(void **state)
{
    (void)state;
    static const want w[] = {{"2024-03", 7.0 / 3, 'E', 0}, {"2024-04", 14.0 / 3, 'E', 0},
                             {"2024-05", 28.0 / 3, 'E', 0}};
    roll(run5, N(run5), 3, 0, 3, TS_STAT_MEAN, w, N(w));
}

static void every_statistic(void **state)
{
    (void)state;
    static const want sum[] = {{"2024-02", 3, 0, 0}, {"2024-03", 6, 'E', 0},
                               {"2024-04", 12, 'E', 0}, {"2024-05", 24, 0, 0}};
    roll(run5, N(run5), 2, 0, 2, TS_STAT_SUM, sum, N(sum));
    static const want med[] = {{"2024-03", 2, 'E', 0}, {"2024-04", 4, 'E', 0},
                               {"2024-05", 8, 'E', 0}};
    roll(run5, N(run5), 3, 0, 3, TS_STAT_MEDIAN, med, N(med));
    static const want mn[] = {{"2024-03", 1, 'E', 0}, {"2024-04", 2, 'E', 0},
                              {"2024-05", 4, 'E', 0}};
    roll(run5, N(run5), 3, 0, 3, TS_STAT_MIN, mn, N(mn));
    static const want mx[] = {{"2024-03", 4, 'E', 0}, {"2024-04", 8, 'E', 0},
                              {"2024-05", 16, 'E', 0}};
    roll(run5, N(run5), 3, 0, 3, TS_STAT_MAX, mx, N(mx));
}

/* Centred like pandas: window 3 is one before and one after; window 4 is
 * two before and one after; edges need min_periods. */
static void centred(void **state)
{
    (void)state;
    static const want c3[] = {{"2024-02", 7.0 / 3, 'E', 0}, {"2024-03", 14.0 / 3, 'E', 0},
                              {"2024-04", 28.0 / 3, 'E', 0}};
    roll(run5, N(run5), 3, 1, 3, TS_STAT_MEAN, c3, N(c3));
    static const want c4[] = {{"2024-01", 3, 0, 0}, {"2024-02", 7, 'E', 0},
                              {"2024-03", 15, 'E', 0}, {"2024-04", 30, 'E', 0},
                              {"2024-05", 28, 'E', 0}};
    roll(run5, N(run5), 4, 1, 2, TS_STAT_SUM, c4, N(c4));
}

/* March missing: every window over it is short. */
static const obs gap[] = {{"2024-01", 1, 0}, {"2024-02", 2, 0}, {"2024-04", 4, 0},
                          {"2024-05", 8, 0}, {"2024-06", 16, 0}};

static void gaps_are_holes(void **state)
{
    (void)state;
    static const want full[] = {{"2024-06", 28.0 / 3, 0, 0}};
    roll(gap, N(gap), 3, 0, 3, TS_STAT_MEAN, full, N(full));
    static const want two[] = {{"2024-02", 1.5, 0, 0}, {"2024-04", 3, 0, 0},
                               {"2024-05", 6, 0, 0}, {"2024-06", 28.0 / 3, 0, 0}};
    roll(gap, N(gap), 3, 0, 2, TS_STAT_MEAN, two, N(two));
    static const want med[] = {{"2024-02", 1.5, 0, 0}, {"2024-04", 3, 0, 0},
                               {"2024-05", 6, 0, 0}, {"2024-06", 8, 0, 0}};
    roll(gap, N(gap), 3, 0, 2, TS_STAT_MEDIAN, med, N(med));
    static const want one[] = {{"2024-01", 1, 0, 0}, {"2024-02", 3, 0, 0}, {"2024-04", 6, 0, 0},
                               {"2024-05", 12, 0, 0}, {"2024-06", 28, 0, 0}};
    roll(gap, N(gap), 3, 0, 1, TS_STAT_SUM, one, N(one));
}

/* Months beside year-to-date totals and quarters: each shape on its own
 * grid (the P10M totals recur yearly, the quarters every three months). */
static void mixed_frequencies(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2022-01/P10M", 100, 0}, {"2023-01/P10M", 200, 0}, {"2024-01/P10M", 600, 0},
        {"2024-Q1", 30, 0}, {"2024-Q2", 60, 0},
        {"2024-01", 1, 0}, {"2024-02", 3, 0},
        {"2024-01-01/2024-02-20", 9, 0}, /* not whole months: skipped */
    };
    static const want w[] = {{"2024-02", 2, 0, 0}, {"2024-Q2", 45, 0, 0},
                             {"2023-01/P10M", 150, 0, 0}, {"2024-01/P10M", 400, 0, 0}};
    roll(o, N(o), 2, 0, 2, TS_STAT_MEAN, w, N(w));
}

static void window_one_is_identity(void **state)
{
    (void)state;
    static const want w[] = {{"2024-01", 1, 0, 0}, {"2024-02", 2, 0, 0},
                             {"2024-04", 4, 0, 0}, {"2024-05", 8, 0, 0},
                             {"2024-06", 16, 0, 0}};
    roll(gap, N(gap), 1, 0, 1, TS_STAT_MEAN, w, N(w));
    roll(gap, N(gap), 1, 1, 1, TS_STAT_MAX, w, N(w));
}

static void bad_arguments(void **state)
{
    (void)state;
    ts_error err;
    assert_null(ts_roller_new(0, 0, 1, TS_STAT_MEAN, &err));
    assert_int_equal(err.code, TS_EINVAL);
    assert_string_equal(err.msg, "window must be 1 to 100000 periods, not 0");
    assert_null(ts_roller_new(3, 0, 4, TS_STAT_MEAN, &err));
    assert_string_equal(err.msg, "min-periods must be 1 to the window (3), not 4");
    assert_null(ts_roller_new(3, 0, 0, TS_STAT_MEAN, &err));
    assert_null(ts_roller_new(3, 0, 3, (ts_stat)9, &err));
    assert_string_equal(err.msg, "unknown statistic");
    ts_roller_free(NULL);
}

static void stat_names(void **state)
{
    (void)state;
    static const char *const names[] = {"mean", "median", "sum", "min", "max"};
    for (int i = 0; i < 5; i++) {
        ts_stat s;
        assert_int_equal(ts_stat_parse(names[i], &s), TS_OK);
        assert_int_equal(s, i);
        assert_string_equal(ts_stat_name(s), names[i]);
    }
    ts_stat s = TS_STAT_MAX;
    assert_int_equal(ts_stat_parse("average", &s), TS_EINVAL);
    assert_int_equal(s, TS_STAT_MAX);
}

/* One roller over series in turn: the grid laid for one series' periods
 * is reused for the next only when the periods are the same. */
static void series_in_turn(void **state)
{
    (void)state;
    static const obs gap[] = {{"2024-01", 1, 0}, {"2024-02", 2, 0}, {"2024-04", 4, 'E'},
                              {"2024-05", 8, 0}, {"2024-06", 16, 0}};
    static const obs other[] = {{"2024-01", 3, 0}, {"2024-02", 5, 'E'}, {"2024-03", 7, 0},
                                {"2024-04", 9, 0}, {"2024-05", 11, 0}};
    const obs *turn[] = {run5, gap, run5, other, gap};
    ts_error err;
    ts_roller *r = ts_roller_new(2, 0, 2, TS_STAT_MEAN, &err);
    ts_points got, want_pts;
    ts_points_init(&got);
    ts_points_init(&want_pts);
    for (size_t i = 0; i < N(turn); i++) {
        ts_series s;
        ts_series_set *set = make_series(turn[i], 5, "ha", &s);
        ts_roller *fresh = ts_roller_new(2, 0, 2, TS_STAT_MEAN, &err);
        got.n = want_pts.n = 0;
        assert_int_equal(ts_roller_apply(r, &s, &got, &err), TS_OK);
        assert_int_equal(ts_roller_apply(fresh, &s, &want_pts, &err), TS_OK);
        assert_int_equal(got.n, want_pts.n);
        for (size_t k = 0; k < got.n; k++) {
            assert_int_equal(ts_period_cmp(got.p[k].period, want_pts.p[k].period), 0);
            assert_true(got.p[k].value == want_pts.p[k].value);
            assert_int_equal(got.p[k].status, want_pts.p[k].status);
        }
        ts_roller_free(fresh);
        ts_series_set_free(set);
    }
    ts_points_reset(&got);
    ts_points_reset(&want_pts);
    ts_roller_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(trailing_mean),
        cmocka_unit_test(every_statistic),
        cmocka_unit_test(centred),
        cmocka_unit_test(gaps_are_holes),
        cmocka_unit_test(mixed_frequencies),
        cmocka_unit_test(window_one_is_identity),
        cmocka_unit_test(bad_arguments),
        cmocka_unit_test(stat_names),
        cmocka_unit_test(series_in_turn),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
