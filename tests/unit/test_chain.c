/* ops.c and chain.c: operations found by name with their naming and unit
 * rules; a chain runs each on the result of the one before ("yoy then
 * rolling 3"), names derived measures of other measures "M_name", passes
 * valueless points to the note callback, prefixes errors with the series'
 * key, and refuses chains it cannot run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

static void ops_by_name(void **state)
{
    (void)state;
    const ts_agg_op *yoy = ts_agg_op_find("yoy");
    assert_non_null(yoy);
    assert_int_equal(yoy->shape, TS_AGG_SERIES);
    assert_string_equal(yoy->measure, "yoy_pct");
    assert_string_equal(yoy->unit, "pct");
    assert_null(ts_agg_op_find("yoyo"));
    assert_null(ts_agg_op_find(NULL));
    assert_int_equal(ts_agg_op_find("sum")->shape, TS_AGG_ALL);
    assert_int_equal(ts_agg_op_find("check")->shape, TS_AGG_FACTS);
    size_t n = 0;
    while (ts_agg_op_at(n))
        n++;
    assert_int_equal(n, 11);
    assert_string_equal(ts_agg_op_at(0)->name, "yoy");
}

typedef struct {
    int calls;
    char measure[64];
    char series_measure[64];
} notes;

static void on_note(void *ctx, const ts_series *s, const ts_point *pt, const char *measure)
{
    notes *n = ctx;
    n->calls++;
    snprintf(n->measure, sizeof n->measure, "%s", measure);
    snprintf(n->series_measure, sizeof n->series_measure, "%s", s->measure);
    assert_int_equal(pt->note, TS_NOTE_BASE_ZERO);
}

static void yoy_then_rolling(void **state)
{
    (void)state;
    /* 2020-01 is 0, so 2021-01 has no yoy (a note); the rest grow 10%. */
    obs o[] = {{"2020-01", 0, 0},   {"2020-02", 100, 0}, {"2020-03", 100, 0},
               {"2020-04", 100, 0}, {"2021-01", 50, 0},  {"2021-02", 110, 0},
               {"2021-03", 110, 'E'}, {"2021-04", 110, 0}};
    ts_series s, d;
    ts_series_set *set = make_series(o, 8, "ha", &s);
    ts_agg_params p;
    ts_agg_params_init(&p);
    p.window = 2;
    const ts_agg_op *ops[] = {ts_agg_op_find("yoy"), ts_agg_op_find("rolling")};
    ts_error err;
    ts_agg_chain *c = ts_agg_chain_new(ops, 2, &p, &err);
    assert_non_null(c);
    notes n = {0};
    ts_agg_chain_on_note(c, on_note, &n);
    assert_int_equal(ts_agg_chain_apply(c, &s, &d, &err), TS_OK);
    assert_int_equal(n.calls, 1);
    assert_string_equal(n.measure, "yoy_pct");
    assert_string_equal(n.series_measure, "level");
    assert_string_equal(d.measure, "yoy_pct_rolling2_mean");
    assert_string_equal(d.unit, "pct");
    assert_string_equal(d.indicator, "x");
    assert_int_equal(d.n, 2); /* 2021-03 and 2021-04: 2021-02 lacks its neighbour */
    char t[TS_PERIOD_TEXT_MAX];
    ts_period_format(d.period[0], t, sizeof t);
    assert_string_equal(t, "2021-03");
    assert_true(fabs(d.value[0] - 10.0) < 1e-9 && fabs(d.value[1] - 10.0) < 1e-9);
    assert_int_equal(d.status[0], 'E');
    assert_string_equal(d.source[0], TS_SOURCE_DERIVED);
    ts_agg_chain_free(c);
    ts_series_set_free(set);
}

static void other_measures_are_prefixed(void **state)
{
    (void)state;
    obs o[] = {{"2020", 100, 0}, {"2021", 120, 0}};
    ts_series s, d;
    ts_series_set *set = make_series(o, 2, "bn_vnd", &s);
    s.measure = "plan";
    ts_agg_params p;
    ts_agg_params_init(&p);
    const ts_agg_op *ops[] = {ts_agg_op_find("yoy")};
    ts_agg_chain *c = ts_agg_chain_new(ops, 1, &p, NULL);
    assert_int_equal(ts_agg_chain_apply(c, &s, &d, NULL), TS_OK);
    assert_string_equal(d.measure, "plan_yoy_pct");
    assert_int_equal(d.n, 1);
    assert_true(fabs(d.value[0] - 20.0) < 1e-9);
    ts_agg_chain_free(c);
    ts_series_set_free(set);
}

static void chains_refused(void **state)
{
    (void)state;
    ts_agg_params p;
    ts_agg_params_init(&p);
    ts_error err;
    const ts_agg_op *sum[] = {ts_agg_op_find("sum")};
    assert_null(ts_agg_chain_new(sum, 1, &p, &err));
    assert_int_equal(err.code, TS_EINVAL);
    assert_string_equal(err.msg, "'sum' is not an operation on one series at a time");
    assert_null(ts_agg_chain_new(sum, 0, &p, &err));
    assert_int_equal(err.code, TS_EINVAL);
    const ts_agg_op *roll[] = {ts_agg_op_find("rolling")};
    assert_null(ts_agg_chain_new(roll, 1, &p, &err)); /* window 0 */
    assert_int_equal(err.code, TS_EINVAL);
}

static void errors_name_the_series(void **state)
{
    (void)state;
    obs o[] = {{"2020", 100, 0}, {"2021", 120, 0}};
    ts_series s, d;
    ts_series_set *set = make_series(o, 2, "ha", &s);
    ts_agg_params p;
    ts_agg_params_init(&p);
    ts_period_parse("2021", 4, &p.from, NULL);
    ts_period_parse("2020", 4, &p.to, NULL);
    const ts_agg_op *ops[] = {ts_agg_op_find("cagr")};
    ts_error err;
    ts_agg_chain *c = ts_agg_chain_new(ops, 1, &p, &err);
    assert_int_equal(ts_agg_chain_apply(c, &s, &d, &err), TS_EINVAL);
    assert_string_equal(err.msg, "x/a/level/ha: cagr: the end period must start after the first");
    ts_agg_chain_free(c);
    ts_series_set_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ops_by_name),
        cmocka_unit_test(yoy_then_rolling),
        cmocka_unit_test(other_measures_are_prefixed),
        cmocka_unit_test(chains_refused),
        cmocka_unit_test(errors_name_the_series),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
