/* Unit tests for libts/agg/check.c: reported yoy_pct, pct_plan and
 * avg_annual_pct recomputed from levels and plans, preferring the
 * reported fact's own source, in the levels' own unit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include "agg_fixture.h"

typedef struct {
    const char *ind, *measure, *unit, *period;
    double value;
    const char *source;
} crow;

static ts_checker *load(const crow *r, size_t n)
{
    ts_checker *c = ts_checker_new(NULL);
    assert_non_null(c);
    for (size_t i = 0; i < n; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = r[i].ind;
        f.area = "kon-tum";
        f.measure = r[i].measure;
        f.unit = r[i].unit;
        assert_int_equal(ts_period_parse(r[i].period, strlen(r[i].period), &f.period, NULL),
                         TS_OK);
        f.value = r[i].value;
        f.source = r[i].source;
        assert_int_equal(ts_checker_add(c, &f, NULL), TS_OK);
    }
    return c;
}

/* 002's revenue: 2512/2132 = +17.82% (printed 17.8), 2869/2512 = +14.21%
 * (printed 14.22), and a slip: 3244/2869 = +13.07% printed as 31.09. */
static const crow rev[] = {
    {"budget.revenue", "level", "bn_vnd", "2016", 2132, "002.txt"},
    {"budget.revenue", "level", "bn_vnd", "2017", 2512, "002.txt"},
    {"budget.revenue", "yoy_pct", "pct", "2017", 17.8, "002.txt"},
    {"budget.revenue", "level", "bn_vnd", "2018", 2869, "002.txt"},
    {"budget.revenue", "yoy_pct", "pct", "2018", 14.22, "002.txt"},
    {"budget.revenue", "level", "bn_vnd", "2019", 3244, "002.txt"},
    {"budget.revenue", "yoy_pct", "pct", "2019", 31.09, "002.txt"},
    {"budget.revenue", "yoy_pct", "pct", "2016", 5, "002.txt"}, /* no 2015 level */
};

static void yoy_recomputed(void **state)
{
    (void)state;
    ts_checker *c = load(rev, sizeof rev / sizeof *rev);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 3);
    assert_int_equal(ts_checker_unchecked(c), 1);
    assert_string_equal(rows[0].measure, "yoy_pct");
    assert_true(fabs(rows[0].recomputed - 100.0 * (2512.0 / 2132 - 1)) < 1e-12);
    assert_true(fabs(rows[0].diff - (17.8 - rows[0].recomputed)) < 1e-12);
    assert_true(fabs(rows[0].diff) < 0.15);
    assert_true(fabs(rows[1].diff) < 0.15);
    assert_true(fabs(rows[2].diff - (31.09 - 100.0 * (3244.0 / 2869 - 1))) < 1e-12);
    assert_string_equal(rows[2].inputs, "level 2019 (002.txt) / level 2018 (002.txt)");
    assert_string_equal(rows[2].sources, "002.txt");
    assert_string_equal(rows[2].reported_source, "002.txt");
    char p[TS_PERIOD_TEXT_MAX];
    ts_period_format(rows[2].period, p, sizeof p);
    assert_string_equal(p, "2019");
    free(rows);
    ts_checker_free(c);
}

/* Plans: an 11-month level against the year's plan; the reported fact's
 * own document wins over another; levels in another unit are not mixed. */
static void pct_plan_and_sources(void **state)
{
    (void)state;
    static const crow r[] = {
        {"budget.revenue", "level", "bn_vnd", "2023-01/P11M", 2856, "004.txt"},
        {"budget.revenue", "plan", "bn_vnd", "2023", 5000, "003.txt"},
        {"budget.revenue", "plan", "bn_vnd", "2023", 4500, "004.txt"},
        {"budget.revenue", "pct_plan", "pct", "2023-01/P11M", 63.4, "004.txt"},
        {"rice", "level", "tonne", "2023", 90, "a.txt"},
        {"rice", "plan", "ha", "2023", 100, "a.txt"}, /* other unit: unusable */
        {"rice", "pct_plan", "pct", "2023", 90, "a.txt"},
        {"maize", "level", "tonne", "2023", 45, "b.txt"},
        {"maize", "plan", "tonne", "2023", 50, "c.txt"}, /* another document */
        {"maize", "pct_plan", "pct", "2023", 91, "b.txt"},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 2);
    assert_int_equal(ts_checker_unchecked(c), 1);
    assert_true(fabs(rows[0].recomputed - 2856.0 / 4500 * 100) < 1e-12);
    assert_string_equal(rows[0].inputs,
                        "level 2023-01/P11M (004.txt) / plan 2023 (004.txt)");
    assert_true(fabs(rows[1].recomputed - 90) < 1e-12);
    assert_true(fabs(rows[1].diff - 1) < 1e-12);
    assert_string_equal(rows[1].sources, "b.txt+c.txt");
    free(rows);
    ts_checker_free(c);
}

/* "2016-2020 tăng bình quân X%/năm" runs from the 2015 level. */
static void avg_annual_recomputed(void **state)
{
    (void)state;
    static const crow r[] = {
        {"grdp", "level", "bn_vnd", "2015", 20000, "s"},
        {"grdp", "level", "bn_vnd", "2020", 30000, "s"},
        {"grdp", "avg_annual_pct", "pct", "2016/2020", 8.45, "s"},
        {"grdp", "avg_annual_pct", "pct", "2021/2025", 7, "s"}, /* no levels */
        {"grdp", "avg_annual_pct", "pct", "2020-01/P9M", 7, "s"}, /* not years */
        {"grdp", "level", "bn_vnd", "2017", 1, "s"},             /* not checked */
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 1);
    assert_int_equal(ts_checker_unchecked(c), 2);
    assert_true(fabs(rows[0].recomputed - 100 * (pow(1.5, 0.2) - 1)) < 1e-12);
    assert_true(fabs(rows[0].diff) < 0.01);
    free(rows);
    ts_checker_free(c);
    ts_checker_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(yoy_recomputed),
        cmocka_unit_test(pct_plan_and_sources),
        cmocka_unit_test(avg_annual_recomputed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
