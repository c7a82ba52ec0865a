/* Unit tests for libts/agg/sum.c: totals across areas and across indicators,
 * refusal of mixed units, a total per price basis and plan issuer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

typedef struct {
    const char *ind, *area, *unit, *period;
    double value;
    char status;
} frow;

static ts_series_set *build(const frow *r, size_t n)
{
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    for (size_t i = 0; i < n; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = r[i].ind;
        f.area = r[i].area;
        f.measure = "level";
        f.unit = r[i].unit;
        ts_period_parse(r[i].period, strlen(r[i].period), &f.period, NULL);
        f.value = r[i].value;
        f.status = r[i].status ? r[i].status : 'A';
        assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    return set;
}

static const frow rows[] = {
    {"rice", "north", "tonne", "2023", 10, 0},
    {"rice", "south", "tonne", "2023", 5, 'E'},
    {"rice", "south", "tonne", "2024", 6, 0},
    {"maize", "north", "tonne", "2023", 7, 0},
    {"maize", "south", "tonne", "2023", 1, 0},
};

static void expect_total(ts_summer *m, size_t i, const char *ind, const char *area,
                         const char *period, double v, char st, size_t count)
{
    ts_series k;
    ts_point pt;
    ts_summer_get(m, i, &k, &pt);
    char p[TS_PERIOD_TEXT_MAX];
    ts_period_format(pt.period, p, sizeof p);
    assert_string_equal(k.indicator, ind);
    assert_string_equal(k.area, area);
    assert_string_equal(k.measure, "level");
    assert_string_equal(k.unit, "tonne");
    assert_string_equal(p, period);
    assert_true(pt.value == v);
    assert_int_equal(pt.status, st);
    assert_int_equal(pt.count, count);
}

static void by_indicator(void **state)
{
    (void)state;
    ts_series_set *set = build(rows, 5);
    ts_summer *m = ts_summer_new(TS_SUM_BY_INDICATOR, "kon-tum", NULL);
    for (size_t i = 0; i < ts_series_set_count(set); i++) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    }
    assert_int_equal(ts_summer_count(m), 3);
    expect_total(m, 0, "maize", "kon-tum", "2023", 8, 'A', 2);
    expect_total(m, 1, "rice", "kon-tum", "2023", 15, 'E', 2);
    expect_total(m, 2, "rice", "kon-tum", "2024", 6, 'A', 1);
    ts_summer_free(m);
    ts_series_set_free(set);
}

static void by_area(void **state)
{
    (void)state;
    ts_series_set *set = build(rows, 5);
    ts_summer *m = ts_summer_new(TS_SUM_BY_AREA, NULL, NULL);
    for (size_t i = 0; i < ts_series_set_count(set); i++) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    }
    assert_int_equal(ts_summer_count(m), 3);
    expect_total(m, 0, "total", "north", "2023", 17, 'A', 2);
    expect_total(m, 1, "total", "south", "2023", 6, 'E', 2);
    expect_total(m, 2, "total", "south", "2024", 6, 'A', 1);
    /* Adding after reading rebuilds the index: still one total per key. */
    ts_series s;
    ts_series_set_get(set, 0, &s);
    assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    assert_int_equal(ts_summer_count(m), 3);
    ts_summer_free(m);
    ts_summer_free(NULL);
    ts_series_set_free(set);
}

static void mixed_units_refused(void **state)
{
    (void)state;
    static const frow r[] = {
        {"rice", "north", "tonne", "2023", 10, 0},
        {"rice", "south", "ha", "2023", 5, 0},
    };
    ts_series_set *set = build(r, 2);
    ts_summer *m = ts_summer_new(TS_SUM_BY_INDICATOR, "all", NULL);
    ts_series s;
    ts_series_set_get(set, 0, &s);
    assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    ts_series_set_get(set, 1, &s);
    ts_error err;
    assert_int_equal(ts_summer_add(m, &s, &err), TS_EUNIT);
    assert_string_equal(err.msg, "cannot add ha (rice/south/level) to tonne (rice/north/level)");
    assert_int_equal(ts_summer_count(m), 1); /* unchanged */
    /* Across areas the same two are different groups: no conflict. */
    ts_summer *a = ts_summer_new(TS_SUM_BY_AREA, "all", NULL);
    ts_series_set_get(set, 0, &s);
    assert_int_equal(ts_summer_add(a, &s, NULL), TS_OK);
    ts_series_set_get(set, 1, &s);
    assert_int_equal(ts_summer_add(a, &s, NULL), TS_OK);
    ts_summer_free(a);
    ts_summer_free(m);
    ts_series_set_free(set);
}

static void many_totals(void **state)
{
    (void)state;
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    char area[16];
    for (int a = 0; a < 50; a++)
        for (int y = 1900; y < 2100; y++) {
            snprintf(area, sizeof area, "a%d", a);
            ts_fact f;
            ts_fact_init(&f);
            f.indicator = "x";
            f.area = area;
            f.measure = "level";
            f.unit = "ha";
            f.period = ts_period_year(y);
            f.value = y;
            assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
        }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    ts_summer *m = ts_summer_new(TS_SUM_BY_INDICATOR, "all", NULL);
    for (size_t i = 0; i < ts_series_set_count(set); i++) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    }
    assert_int_equal(ts_summer_count(m), 200);
    for (size_t i = 0; i < 200; i += 37) {
        ts_series k;
        ts_point pt;
        ts_summer_get(m, i, &k, &pt);
        assert_true(pt.value == 50.0 * (1900 + (double)i));
        assert_int_equal(pt.count, 50);
    }
    ts_summer_free(m);
    ts_series_set_free(set);
}

/* GRDP of two provinces at constant prices and one at current prices:
 * two totals, each tagged, never one sum of the three (issue 14). */
static void price_bases_apart(void **state)
{
    (void)state;
    static const struct {
        const char *area, *price, *plan_by;
        double v;
    } r[] = {
        {"kon-tum", "const2010", "", 20000}, {"gia-lai", "const2010", "", 60000},
        {"dak-lak", "current", "", 150000},  {"kon-tum", "", "province", 4500},
        {"gia-lai", "", "central", 9000},
    };
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    for (size_t i = 0; i < sizeof r / sizeof *r; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = "grdp";
        f.area = r[i].area;
        f.measure = r[i].plan_by[0] ? "plan" : "level";
        f.unit = "bn_vnd";
        f.price = r[i].price;
        f.plan_by = r[i].plan_by;
        f.period = ts_period_year(2023);
        f.value = r[i].v;
        assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    ts_summer *m = ts_summer_new(TS_SUM_BY_INDICATOR, "total", NULL);
    for (size_t i = 0; i < ts_series_set_count(set); i++) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        assert_int_equal(ts_summer_add(m, &s, NULL), TS_OK);
    }
    assert_int_equal(ts_summer_count(m), 4);
    static const struct {
        const char *measure, *price, *plan_by;
        double v;
        size_t count;
    } want[] = {
        {"level", "const2010", "", 80000, 2}, {"level", "current", "", 150000, 1},
        {"plan", "", "central", 9000, 1},     {"plan", "", "province", 4500, 1},
    };
    for (size_t i = 0; i < 4; i++) {
        ts_series k;
        ts_point pt;
        ts_summer_get(m, i, &k, &pt);
        assert_string_equal(k.measure, want[i].measure);
        assert_string_equal(k.price, want[i].price);
        assert_string_equal(k.plan_by, want[i].plan_by);
        assert_true(pt.value == want[i].v);
        assert_int_equal(pt.count, want[i].count);
    }
    ts_summer_free(m);
    ts_series_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(by_indicator),
        cmocka_unit_test(by_area),
        cmocka_unit_test(mixed_units_refused),
        cmocka_unit_test(many_totals),
        cmocka_unit_test(price_bases_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
