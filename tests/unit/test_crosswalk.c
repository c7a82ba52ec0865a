/* Unit tests of libts/agg/crosswalk.c: old provinces added into their 2025
 * successors, complete totals only, a new province's own figure standing
 * alone, unchanged provinces, and every refusal with its reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_agg.h"

static ts_gazetteer *gz;
static ts_catalog *cat;

static int setup(void **state)
{
    (void)state;
    gz = ts_gazetteer_new(NULL);
    cat = ts_catalog_new(NULL);
    return gz && cat ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ts_gazetteer_free(gz);
    ts_catalog_free(cat);
    return 0;
}

static ts_period P(const char *t)
{
    ts_period p;
    assert_int_equal(ts_period_parse(t, strlen(t), &p, NULL), TS_OK);
    return p;
}

/* A one-point series of indicator ind in area at period per. */
typedef struct {
    ts_series s;
    ts_period p;
    double v;
    char st;
    const char *src;
} one;

static void make(one *o, const char *ind, const char *area, const char *measure,
                 const char *unit, const char *per, double v, char st)
{
    o->p = P(per);
    o->v = v;
    o->st = st;
    o->src = "x.txt";
    o->s = (ts_series){ind, area, measure, unit, 1, &o->p, &o->v, &o->st, &o->src, "", ""};
}

static ts_crosswalk *walk(void)
{
    ts_crosswalk *x = ts_crosswalk_new(gz, cat, ts_days_from_civil(2025, 7, 1), NULL);
    assert_non_null(x);
    return x;
}

static void add_ok(ts_crosswalk *x, const char *ind, const char *area, const char *per,
                   double v, char st)
{
    one o;
    const char *why = NULL;
    make(&o, ind, area, "level", "bn_vnd", per, v, st);
    assert_int_equal(ts_crosswalk_add(x, &o.s, &why, NULL), TS_OK);
    assert_null(why);
}

static void merged(void **state)
{
    (void)state;
    ts_crosswalk *x = walk();
    add_ok(x, "budget.revenue", "kon-tum", "2023", 3960, 'A');
    add_ok(x, "budget.revenue", "quang-ngai", "2023", 28000, 'E');
    add_ok(x, "budget.revenue", "kon-tum", "2024", 4100, 'A');   /* Quảng Ngãi's missing */
    add_ok(x, "budget.revenue", "quang-ngai", "2025-H2", 15000, 'A'); /* the new one's own */
    add_ok(x, "budget.revenue", "quang-ngai", "2025", 30000, 'A');
    add_ok(x, "budget.revenue", "kon-tum", "2025", 2000, 'A');   /* own figure wins */
    add_ok(x, "budget.revenue", "ha-noi", "2023", 500000, 'A');  /* unchanged */
    add_ok(x, "budget.revenue", "thua-thien-hue", "2020", 9000, 'A');
    assert_int_equal(ts_crosswalk_finish(x, NULL), TS_OK);
    static const struct { const char *area, *period; double v; char st; size_t n; } want[] = {
        {"ha-noi", "2023", 500000, 'A', 1},     {"hue", "2020", 9000, 'A', 1},
        {"quang-ngai", "2023", 31960, 'E', 2},  {"quang-ngai", "2025", 30000, 'A', 1},
        {"quang-ngai", "2025-H2", 15000, 'A', 1},
    };
    assert_int_equal(ts_crosswalk_count(x), 5);
    assert_int_equal(ts_crosswalk_incomplete(x), 1);
    for (size_t i = 0; i < 5; i++) {
        ts_series k;
        ts_point pt;
        char per[TS_PERIOD_TEXT_MAX];
        ts_crosswalk_get(x, i, &k, &pt);
        ts_period_format(pt.period, per, sizeof per);
        assert_string_equal(k.area, want[i].area);
        assert_string_equal(per, want[i].period);
        assert_true(pt.value == want[i].v);
        assert_int_equal(pt.status, want[i].st);
        assert_int_equal(pt.count, want[i].n);
        assert_string_equal(k.indicator, "budget.revenue");
        assert_string_equal(k.measure, "level");
        assert_string_equal(k.unit, "bn_vnd");
    }
    ts_crosswalk_free(x);
    ts_crosswalk_free(NULL);
}

/* Three provinces into one (Phú Thọ, Vĩnh Phúc, Hòa Bình): all three or
 * nothing. */
static void three(void **state)
{
    (void)state;
    ts_crosswalk *x = walk();
    add_ok(x, "exports", "phu-tho", "2022", 1, 'A');
    add_ok(x, "exports", "vinh-phuc", "2022", 2, 'A');
    add_ok(x, "exports", "hoa-binh", "2022", 4, 'A');
    add_ok(x, "exports", "phu-tho", "2023", 1, 'A');
    add_ok(x, "exports", "vinh-phuc", "2023", 2, 'A');
    assert_int_equal(ts_crosswalk_finish(x, NULL), TS_OK);
    assert_int_equal(ts_crosswalk_count(x), 1);
    assert_int_equal(ts_crosswalk_incomplete(x), 1);
    ts_series k;
    ts_point pt;
    ts_crosswalk_get(x, 0, &k, &pt);
    assert_string_equal(k.area, "phu-tho");
    assert_true(pt.value == 7);
    assert_int_equal(pt.count, 3);
    ts_crosswalk_free(x);
}

static void refusals(void **state)
{
    (void)state;
    static const struct { const char *ind, *area, *measure, *unit, *per, *why; } bad[] = {
        {"budget.revenue", "kon-tum", "yoy_pct", "pct", "2023", "a growth rate"},
        {"budget.revenue", "kon-tum", "pct_plan", "pct", "2023", "a growth rate"},
        {"forest.cover", "kon-tum", "level", "pct", "2023", "a rate or share"},
        {"grdp.per_capita", "kon-tum", "level", "mn_vnd", "2023", "a rate or share"},
        {"my.own", "kon-tum", "level", "ha", "2023", "the indicator is not in the catalogue"},
        {"budget.revenue", "dak-ha-district", "level", "bn_vnd", "2023", "the area was abolished"},
        {"budget.revenue", "atlantis", "level", "bn_vnd", "2023", "the gazetteer does not know"},
        {"budget.revenue", "hue", "level", "bn_vnd", "2020", "the gazetteer does not know"},
    };
    ts_crosswalk *x = walk();
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        one o;
        const char *why = NULL;
        make(&o, bad[i].ind, bad[i].area, bad[i].measure, bad[i].unit, bad[i].per, 1, 'A');
        assert_int_equal(ts_crosswalk_add(x, &o.s, &why, NULL), TS_EINVAL);
        if (!why || strncmp(why, bad[i].why, strlen(bad[i].why)) != 0)
            fail_msg("case %zu: \"%s\"", i, why ? why : "(none)");
    }
    assert_int_equal(ts_crosswalk_finish(x, NULL), TS_OK);
    assert_int_equal(ts_crosswalk_count(x), 0);
    ts_crosswalk_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(merged),
        cmocka_unit_test(three),
        cmocka_unit_test(refusals),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
