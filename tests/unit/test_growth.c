/* Unit tests for libts/agg/growth.c: yoy, pop, cagr and avg_annual on
 * hand-computed cases, every period form, leap years, missing and
 * non-positive bases. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void run_yoy(const obs *o, size_t n, const want *w, size_t nw)
{
    ts_series s;
    ts_series_set *set = make_series(o, n, "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_growth_yoy(&s, &pts, NULL), TS_OK);
    expect_points(&pts, w, nw);
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

/* 002's budget revenue, 2016-2020: 2512/2132 - 1 = 17.82%, as printed. */
static void yoy_years(void **state)
{
    (void)state;
    static const obs o[] = {{"2016", 2132, 0}, {"2017", 2512, 0}, {"2018", 2869, 0},
                            {"2019", 3244, 0}, {"2020", 3000, 'E'}};
    static const want w[] = {{"2017", 100.0 * (2512.0 / 2132 - 1), 0, 0},
                             {"2018", 100.0 * (2869.0 / 2512 - 1), 0, 0},
                             {"2019", 100.0 * (3244.0 / 2869 - 1), 0, 0},
                             {"2020", 100.0 * (3000.0 / 3244 - 1), 'E', 0}};
    run_yoy(o, N(o), w, N(w));
    assert_true(fabs(100.0 * (2512.0 / 2132 - 1) - 17.8236397748593) < 1e-12);
}

/* Months, quarters, cumulative spans and a gap: each against its own
 * period a year before, never a neighbour. */
static void yoy_every_form(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2023-01/P10M", 2000, 0}, {"2024-01/P10M", 2500, 'E'},
        {"2023-Q3", 400, 0},       {"2024-Q3", 300, 0},
        {"2023-09", 50, 0},        {"2024-09", 55, 0},
        {"2024-10", 70, 0}, /* 2023-10 missing: no yoy */
        {"2023-H1", 10, 0},        {"2024-01/P6M", 11, 0},
    };
    static const want w[] = {
        {"2024-H1", 10, 0, 0},
        {"2024-01/P10M", 25, 'E', 0},
        {"2024-Q3", -25, 0, 0},
        {"2024-09", 10, 0, 0},
    };
    run_yoy(o, N(o), w, N(w));
}

/* Leap years: Feb 2024 against Feb 2023; Jan-Feb 2024 (ending on the
 * 29th) against Jan-Feb 2023 (ending on the 28th); a stock on 29 February
 * against 28 February. */
static void yoy_leap_years(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2023-01-01/2023-02-28", 200, 0}, /* = 2023-01/P2M */
        {"2024-01-01/2024-02-29", 210, 0}, /* = 2024-01/P2M */
        {"2023-02", 100, 0},
        {"2024-02", 120, 0},
        {"2023-02-28", 40, 0},
        {"2024-02-29", 50, 0},
    };
    static const want w[] = {
        {"2024-01/P2M", 5, 0, 0},
        {"2024-02", 20, 0, 0},
        {"2024-02-29", 25, 0, 0},
    };
    run_yoy(o, N(o), w, N(w));
}

static void yoy_non_positive_base(void **state)
{
    (void)state;
    static const obs o[] = {{"2020", 0, 0}, {"2021", 5, 0}, {"2022", -2, 0}, {"2023", 4, 0},
                            {"2024", 4, 0}};
    static const want w[] = {{"2021", NAN, 0, TS_NOTE_BASE_ZERO},
                             {"2022", -140, 0, 0},
                             {"2023", NAN, 0, TS_NOTE_BASE_NEGATIVE},
                             {"2024", 0, 0, 0}};
    run_yoy(o, N(o), w, N(w));
}

static void yoy_empty_and_single(void **state)
{
    (void)state;
    static const obs o[] = {{"2020", 10, 0}};
    run_yoy(o, 1, NULL, 0);
    ts_series empty = {0};
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_growth_yoy(&empty, &pts, NULL), TS_OK);
    assert_int_equal(pts.n, 0);
    ts_points_reset(&pts);
}

static void pop_previous_period(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2023-12", 100, 0}, {"2024-01", 110, 0}, {"2024-02", 99, 'E'},
        {"2024-04", 50, 0}, /* March missing: no pop for April */
        {"2024-Q1", 300, 0}, {"2024-Q2", 330, 0},
        {"2024-01/P10M", 1000, 0}, /* previous is 2023-03/P10M: absent */
        {"2023", 1000, 0}, {"2024", 1100, 0},
    };
    static const want w[] = {
        {"2024-01", 10, 0, 0}, {"2024", 10, 0, 0}, {"2024-02", -10, 'E', 0},
        {"2024-Q2", 10, 0, 0},
    };
    ts_series s;
    ts_series_set *set = make_series(o, N(o), "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_growth_pop(&s, &pts, NULL), TS_OK);
    expect_points(&pts, w, N(w));
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

static ts_period P(const char *t)
{
    ts_period p;
    assert_int_equal(ts_period_parse(t, strlen(t), &p, NULL), TS_OK);
    return p;
}

/* "bình quân giai đoạn 2016-2020 tăng X%/năm": from the 2015 level. */
static void cagr_span(void **state)
{
    (void)state;
    static const obs o[] = {{"2015", 1000, 0}, {"2018", 1200, 'E'}, {"2020", 1500, 0},
                            {"2019-01/P9M", 300, 0}, {"2024-01/P9M", 600, 0}};
    ts_series s;
    ts_series_set *set = make_series(o, N(o), "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_growth_cagr(&s, P("2015"), P("2020"), &pts, NULL), TS_OK);
    assert_int_equal(ts_growth_cagr(&s, P("2015"), P("2018"), &pts, NULL), TS_OK);
    assert_int_equal(ts_growth_cagr(&s, P("2019-01/P9M"), P("2024-01/P9M"), &pts, NULL), TS_OK);
    assert_int_equal(ts_growth_cagr(&s, P("2014"), P("2020"), &pts, NULL), TS_OK); /* no 2014 */
    static const want w[] = {
        {"2016/2020", 100 * (pow(1.5, 0.2) - 1), 0, 0},
        {"2016/2018", 100 * (pow(1.2, 1.0 / 3) - 1), 'E', 0},
        {"2019-10/P60M", 100 * (pow(2.0, 0.2) - 1), 0, 0},
    };
    expect_points(&pts, w, N(w));
    ts_error err;
    assert_int_equal(ts_growth_cagr(&s, P("2020"), P("2015"), &pts, &err), TS_EINVAL);
    assert_string_equal(err.msg, "cagr: the end period must start after the first");
    assert_int_equal(ts_growth_cagr(&s, P("2020"), P("2020"), &pts, &err), TS_EINVAL);
    assert_int_equal(ts_growth_cagr(&s, P("2015"), P("2020-Q1"), &pts, &err), TS_EINVAL);
    assert_string_equal(err.msg, "cagr needs two whole-month periods of the same length");
    assert_int_equal(ts_growth_cagr(&s, P("2015-03-01"), P("2016-03-01"), &pts, &err),
                     TS_EINVAL);
    assert_int_equal(pts.n, 3); /* failures add nothing */
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

static void avg_annual_every_span(void **state)
{
    (void)state;
    static const obs o[] = {{"2010", 100, 0}, {"2015", 200, 0}, {"2016", 0, 0},
                            {"2020", 300, 0}, {"2021", 10, 0}, {"2020-Q1", 5, 0}};
    ts_series s;
    ts_series_set *set = make_series(o, N(o), "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_growth_avg_annual(&s, 5, &pts, NULL), TS_OK);
    static const want w[] = {
        {"2011/2015", 100 * (pow(2.0, 0.2) - 1), 0, 0},
        {"2016/2020", 100 * (pow(1.5, 0.2) - 1), 0, 0},
        {"2017/2021", NAN, 0, TS_NOTE_BASE_ZERO},
    };
    expect_points(&pts, w, N(w));
    ts_error err;
    assert_int_equal(ts_growth_avg_annual(&s, 0, &pts, &err), TS_EINVAL);
    assert_string_equal(err.msg, "avg_annual: the span must be at least 1 year");
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

static void growth_pct_formula(void **state)
{
    (void)state;
    assert_true(ts_growth_pct(111.9, 100) - 11.9 < 1e-12);
    assert_true(fabs(ts_growth_pct(83.8, 100) + 16.2) < 1e-12);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(yoy_years),
        cmocka_unit_test(yoy_every_form),
        cmocka_unit_test(yoy_leap_years),
        cmocka_unit_test(yoy_non_positive_base),
        cmocka_unit_test(yoy_empty_and_single),
        cmocka_unit_test(pop_previous_period),
        cmocka_unit_test(cagr_span),
        cmocka_unit_test(avg_annual_every_span),
        cmocka_unit_test(growth_pct_formula),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
