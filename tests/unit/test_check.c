/* Unit tests for libts/agg/check.c: reported yoy_pct, pct_plan and
 * avg_annual_pct recomputed from levels and plans, preferring the
 * reported fact's own source, in the levels' own unit; like with like:
 * the plan of the share's issuer and document, the part-year plan before
 * the year's, levels of the rate's price basis (issue 14). */
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
    const char *price, *plan_by; /* NULL: blank */
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
        f.price = r[i].price;
        f.plan_by = r[i].plan_by;
        assert_int_equal(ts_checker_add(c, &f, NULL), TS_OK);
    }
    return c;
}

/* 002's revenue: 2512/2132 = +17.82% (printed 17.8), 2869/2512 = +14.21%
 * (printed 14.22), and a slip: 3244/2869 = +13.07% printed as 31.09. */
static const crow rev[] = {
    {"budget.revenue", "level", "bn_vnd", "2016", 2132, "002.txt", NULL, NULL},
    {"budget.revenue", "level", "bn_vnd", "2017", 2512, "002.txt", NULL, NULL},
    {"budget.revenue", "yoy_pct", "pct", "2017", 17.8, "002.txt", NULL, NULL},
    {"budget.revenue", "level", "bn_vnd", "2018", 2869, "002.txt", NULL, NULL},
    {"budget.revenue", "yoy_pct", "pct", "2018", 14.22, "002.txt", NULL, NULL},
    {"budget.revenue", "level", "bn_vnd", "2019", 3244, "002.txt", NULL, NULL},
    {"budget.revenue", "yoy_pct", "pct", "2019", 31.09, "002.txt", NULL, NULL},
    {"budget.revenue", "yoy_pct", "pct", "2016", 5, "002.txt", NULL, NULL}, /* no 2015 level */
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
    assert_string_equal(rows[2].inputs,
                        "level 2019 = 3244 (002.txt) / level 2018 = 2869 (002.txt)");
    assert_string_equal(rows[2].input[0].measure, "level");
    assert_true(rows[2].input[1].value == 2869);
    assert_string_equal(rows[2].input[1].source, "002.txt");
    assert_string_equal(rows[2].price, "");
    assert_string_equal(rows[2].plan_by, "");
    assert_string_equal(rows[2].sources, "002.txt");
    assert_string_equal(rows[2].reported_source, "002.txt");
    char p[TS_PERIOD_TEXT_MAX];
    ts_period_format(rows[2].period, p, sizeof p);
    assert_string_equal(p, "2019");
    free(rows);
    ts_checker_free(c);
}

/* Plans: an 11-month level against the year's plan; the reported fact's
 * own document's plan, never another's by default; levels in another unit
 * are not mixed. */
static void pct_plan_and_sources(void **state)
{
    (void)state;
    static const crow r[] = {
        {"budget.revenue", "level", "bn_vnd", "2023-01/P11M", 2856, "004.txt", NULL, NULL},
        {"budget.revenue", "plan", "bn_vnd", "2023", 5000, "003.txt", NULL, NULL},
        {"budget.revenue", "plan", "bn_vnd", "2023", 4500, "004.txt", NULL, NULL},
        {"budget.revenue", "pct_plan", "pct", "2023-01/P11M", 63.4, "004.txt", NULL, NULL},
        {"rice", "level", "tonne", "2023", 90, "a.txt", NULL, NULL},
        {"rice", "plan", "ha", "2023", 100, "a.txt", NULL, NULL}, /* other unit: unusable */
        {"rice", "pct_plan", "pct", "2023", 90, "a.txt", NULL, NULL},
        {"maize", "level", "tonne", "2023", 45, "b.txt", NULL, NULL},
        {"maize", "plan", "tonne", "2023", 50, "c.txt", NULL, NULL}, /* another document */
        {"maize", "pct_plan", "pct", "2023", 91, "b.txt", NULL, NULL},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 1);
    assert_int_equal(ts_checker_unchecked(c), 2);
    assert_true(fabs(rows[0].recomputed - 2856.0 / 4500 * 100) < 1e-12);
    assert_string_equal(rows[0].inputs,
                        "level 2023-01/P11M = 2856 (004.txt) / plan 2023 = 4500 (004.txt)");
    free(rows);
    ts_checker_free(c);
}

/* --any-plan: another document's plan may be used (and is named), the
 * share's own document's plan still comes first.  The October report's
 * visitors against the plan of the year's directions: the report measures
 * against a plan of its own, so the row is a difference of plans, not a
 * slip; by default it is not computed at all. */
static void other_document_plan(void **state)
{
    (void)state;
    static const crow r[] = {
        {"maize", "level", "tonne", "2023", 45, "b.txt", NULL, NULL},
        {"maize", "plan", "tonne", "2023", 50, "c.txt", NULL, NULL}, /* another document */
        {"maize", "pct_plan", "pct", "2023", 91, "b.txt", NULL, NULL},
        {"rice", "level", "tonne", "2023", 80, "b.txt", NULL, NULL},
        {"rice", "plan", "tonne", "2023", 100, "b.txt", NULL, NULL},
        {"rice", "plan", "tonne", "2023", 160, "c.txt", NULL, NULL}, /* read last */
        {"rice", "pct_plan", "pct", "2023", 80, "b.txt", NULL, NULL},
    };
    ts_check_row *rows;
    size_t n;
    ts_checker *c = load(r, sizeof r / sizeof *r);
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 1);
    assert_string_equal(rows[0].indicator, "rice");
    assert_true(fabs(rows[0].diff) < 1e-12);
    assert_int_equal(ts_checker_unchecked(c), 1);
    free(rows);
    ts_checker_free(c);

    c = load(r, sizeof r / sizeof *r);
    ts_checker_allow_any_plan(c, 1);
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 2);
    assert_int_equal(ts_checker_unchecked(c), 0);
    assert_string_equal(rows[0].indicator, "maize");
    assert_true(fabs(rows[0].recomputed - 90) < 1e-12);
    assert_true(fabs(rows[0].diff - 1) < 1e-12);
    assert_string_equal(rows[0].sources, "b.txt+c.txt");
    assert_string_equal(rows[0].input[1].source, "c.txt");
    assert_true(fabs(rows[1].recomputed - 80) < 1e-12); /* its own plan, not c.txt's */
    assert_string_equal(rows[1].input[1].source, "b.txt");
    free(rows);
    ts_checker_free(c);
}

/* "đạt 129,4% dự toán Trung ương giao và bằng 93,3% dự toán tỉnh giao":
 * the province's share against the province's plan (4,200 / 4,500); the
 * central share has no central plan stated, so it is not recomputed
 * against the province's; a blank share takes a blank plan only. */
static void plan_issuer(void **state)
{
    (void)state;
    static const crow r[] = {
        {"budget.revenue", "level", "bn_vnd", "2023", 4200, "004.txt", NULL, NULL},
        {"budget.revenue", "plan", "bn_vnd", "2023", 4500, "004.txt", NULL, "province"},
        {"budget.revenue", "pct_plan", "pct", "2023", 129.4, "004.txt", NULL, "central"},
        {"budget.revenue", "pct_plan", "pct", "2023", 93.3, "004.txt", NULL, "province"},
        {"budget.revenue", "pct_plan", "pct", "2023", 90, "004.txt", NULL, NULL},
        {"budget.expenditure", "level", "bn_vnd", "2023", 900, "004.txt", NULL, NULL},
        {"budget.expenditure", "plan", "bn_vnd", "2023", 1000, "004.txt", NULL, "central"},
        {"budget.expenditure", "plan", "bn_vnd", "2023", 1200, "004.txt", NULL, "province"},
        {"budget.expenditure", "pct_plan", "pct", "2023", 90, "004.txt", NULL, "central"},
        {"budget.expenditure", "pct_plan", "pct", "2023", 75, "004.txt", NULL, "province"},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 3);
    assert_int_equal(ts_checker_unchecked(c), 2);
    assert_string_equal(rows[0].plan_by, "province");
    assert_true(fabs(rows[0].recomputed - 4200.0 / 4500 * 100) < 1e-12);
    assert_string_equal(rows[0].inputs,
                        "level 2023 = 4200 (004.txt) / plan 2023 = 4500 [by province] (004.txt)");
    assert_string_equal(rows[0].input[1].plan_by, "province");
    assert_string_equal(rows[1].plan_by, "central");
    assert_true(fabs(rows[1].diff) < 1e-12);
    assert_string_equal(rows[2].plan_by, "province");
    assert_true(fabs(rows[2].diff) < 1e-12);
    free(rows);
    ts_checker_free(c);
}

/* "đạt 46,3% kế hoạch đến thời điểm báo cáo (1.074,84 tỷ đồng/2.319,27 tỷ
 * đồng)": a part-year share against the plan of its own period before
 * the year's plan; without one, against the year's. */
static void part_year_plan(void **state)
{
    (void)state;
    static const crow r[] = {
        {"pi", "level", "bn_vnd", "2024-01-01/2024-10-20", 1074.84, "003.txt", NULL, NULL},
        {"pi", "plan", "bn_vnd", "2024", 3930.39, "003.txt", NULL, NULL},
        {"pi", "plan", "bn_vnd", "2024-01-01/2024-10-20", 2319.27, "003.txt", NULL, NULL},
        {"pi", "pct_plan", "pct", "2024-01-01/2024-10-20", 46.3, "003.txt", NULL, NULL},
        {"pi", "level", "bn_vnd", "2023-01-01/2023-11-20", 1679.6, "004.txt", NULL, NULL},
        {"pi", "plan", "bn_vnd", "2023", 3854.9, "004.txt", NULL, NULL},
        {"pi", "pct_plan", "pct", "2023-01-01/2023-11-20", 43.57, "004.txt", NULL, NULL},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 2);
    assert_true(fabs(rows[0].recomputed - 1074.84 / 2319.27 * 100) < 1e-12);
    assert_true(fabs(rows[0].diff) < 0.05);
    assert_string_equal(rows[0].inputs,
                        "level 2024-01-01/2024-10-20 = 1074.84 (003.txt) / "
                        "plan 2024-01-01/2024-10-20 = 2319.27 (003.txt)");
    assert_true(fabs(rows[1].recomputed - 1679.6 / 3854.9 * 100) < 1e-12);
    assert_true(rows[1].input[1].value == 3854.9);
    free(rows);
    ts_checker_free(c);
}

/* "Trồng mới ... 500 ha cây mắc ca" is a target of new planting, not of
 * the area: a plan of another indicator is never the area's plan. */
static void new_planting_is_not_area(void **state)
{
    (void)state;
    static const crow r[] = {
        {"agri.area.macadamia", "level", "ha", "2023", 1500, "004.txt", NULL, NULL},
        {"agri.planted.macadamia", "plan", "ha", "2023", 500, "004.txt", NULL, NULL},
        {"agri.area.macadamia", "pct_plan", "pct", "2023", 103.07, "004.txt", NULL, NULL},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 0);
    assert_int_equal(ts_checker_unchecked(c), 1);
    free(rows);
    ts_checker_free(c);
}

/* A growth rate at constant prices against constant-price levels only;
 * a share's plan at the level's basis, or stated without one. */
static void price_basis(void **state)
{
    (void)state;
    static const crow r[] = {
        {"gva.agriculture", "level", "bn_vnd", "2022", 5918.9, "004.txt", "current", NULL},
        {"gva.agriculture", "level", "bn_vnd", "2023", 6623.27, "004.txt", "current", NULL},
        {"gva.agriculture", "yoy_pct", "pct", "2023", 5.84, "004.txt", "const2010", NULL},
        {"gva.agriculture", "yoy_pct", "pct", "2023", 11.9, "004.txt", "current", NULL},
        {"gva.agriculture", "yoy_pct", "pct", "2023", 9, "004.txt", NULL, NULL},
        {"grdp", "level", "bn_vnd", "2023", 18938.78, "004.txt", "const2010", NULL},
        {"grdp", "level", "bn_vnd", "2023", 33000, "004.txt", "current", NULL},
        {"grdp", "plan", "bn_vnd", "2023", 19400, "004.txt", NULL, NULL},
        {"grdp", "plan", "bn_vnd", "2023", 34000, "004.txt", "current", NULL},
        {"grdp", "pct_plan", "pct", "2023", 97.62, "004.txt", "const2010", NULL},
        {"grdp", "pct_plan", "pct", "2023", 97.06, "004.txt", "current", NULL},
    };
    ts_checker *c = load(r, sizeof r / sizeof *r);
    ts_check_row *rows;
    size_t n;
    assert_int_equal(ts_checker_run(c, &rows, &n, NULL), TS_OK);
    assert_int_equal(n, 3);
    assert_int_equal(ts_checker_unchecked(c), 2);
    assert_string_equal(rows[0].price, "current");
    assert_true(fabs(rows[0].recomputed - 100 * (6623.27 / 5918.9 - 1)) < 1e-12);
    assert_string_equal(rows[0].input[0].price, "current");
    assert_string_equal(rows[1].price, "const2010");
    assert_true(fabs(rows[1].recomputed - 18938.78 / 19400 * 100) < 1e-12);
    assert_string_equal(rows[1].inputs, "level 2023 = 18938.78 [const2010] (004.txt) / "
                                        "plan 2023 = 19400 (004.txt)");
    assert_string_equal(rows[2].price, "current");
    assert_true(fabs(rows[2].recomputed - 33000.0 / 34000 * 100) < 1e-12);
    free(rows);
    ts_checker_free(c);
}

/* "2016-2020 tăng bình quân X%/năm" runs from the 2015 level. */
static void avg_annual_recomputed(void **state)
{
    (void)state;
    static const crow r[] = {
        {"grdp", "level", "bn_vnd", "2015", 20000, "s", NULL, NULL},
        {"grdp", "level", "bn_vnd", "2020", 30000, "s", NULL, NULL},
        {"grdp", "avg_annual_pct", "pct", "2016/2020", 8.45, "s", NULL, NULL},
        {"grdp", "avg_annual_pct", "pct", "2021/2025", 7, "s", NULL, NULL}, /* no levels */
        {"grdp", "avg_annual_pct", "pct", "2020-01/P9M", 7, "s", NULL, NULL}, /* not years */
        {"grdp", "level", "bn_vnd", "2017", 1, "s", NULL, NULL},             /* not checked */
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
        cmocka_unit_test(other_document_plan),
        cmocka_unit_test(plan_issuer),
        cmocka_unit_test(part_year_plan),
        cmocka_unit_test(new_planting_is_not_area),
        cmocka_unit_test(price_basis),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
