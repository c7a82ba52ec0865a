/* ops.c and chain.c: operations found by name with their naming and unit
 * rules; a chain runs each on the result of the one before ("yoy then
 * rolling 3"), names derived measures of other measures "M_name", passes
 * valueless points to the note callback, prefixes errors with the series'
 * key, refuses chains it cannot run, and gives each series of a run what
 * a fresh chain gives it. */
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

/* The result of the chain c on s equals that of a fresh chain of the
 * same operations: what c kept from the series before (the growth bases
 * and rolling grids of a panel's shared periods) must not leak. */
static void same_as_fresh(ts_agg_chain *c, const ts_agg_op *const *ops, const ts_agg_params *p,
                          const ts_series *s)
{
    ts_error err;
    ts_series got, want;
    ts_agg_chain *fresh = ts_agg_chain_new(ops, 2, p, &err);
    assert_int_equal(ts_agg_chain_apply(c, s, &got, &err), TS_OK);
    assert_int_equal(ts_agg_chain_apply(fresh, s, &want, &err), TS_OK);
    assert_int_equal(got.n, want.n);
    for (size_t i = 0; i < got.n; i++) {
        assert_int_equal(ts_period_cmp(got.period[i], want.period[i]), 0);
        assert_true(got.value[i] == want.value[i]);
        assert_int_equal(got.status[i], want.status[i]);
    }
    ts_agg_chain_free(fresh);
}

static void series_in_turn(void **state)
{
    (void)state;
    /* b has a's periods and other values; c misses 2020-02 and has a
     * 2021-01 year-to-date figure beside its months; d has fewer. */
    obs a[] = {{"2020-01", 10, 0}, {"2020-02", 20, 0}, {"2020-03", 30, 0},  {"2021-01", 11, 0},
               {"2021-02", 23, 'E'}, {"2021-03", 30, 0}, {"2022-01", 12, 0}, {"2022-02", 25, 0}};
    obs b[] = {{"2020-01", 5, 0},  {"2020-02", 4, 0},  {"2020-03", 3, 'E'}, {"2021-01", 6, 0},
               {"2021-02", 5, 0},  {"2021-03", 9, 0},  {"2022-01", 1, 0},   {"2022-02", 2, 0}};
    obs c[] = {{"2020-01", 10, 0}, {"2020-03", 30, 0}, {"2021-01", 11, 0},  {"2021-01/P2M", 40, 0},
               {"2021-02", 23, 0}, {"2021-03", 30, 0}, {"2022-01/P2M", 41, 0}, {"2022-02", 25, 0}};
    obs d[] = {{"2020-01", 10, 0}, {"2021-01", 12, 0}};
    ts_series sa, sb, sc, sd;
    ts_series_set *set[4] = {make_series(a, 8, "ha", &sa), make_series(b, 8, "ha", &sb),
                             make_series(c, 8, "ha", &sc), make_series(d, 2, "ha", &sd)};
    ts_agg_params p;
    ts_agg_params_init(&p);
    p.window = 2;
    p.min_periods = 1;
    const char *first[] = {"yoy", "pop"};
    for (int k = 0; k < 2; k++) {
        const ts_agg_op *ops[] = {ts_agg_op_find(first[k]), ts_agg_op_find("rolling")};
        ts_error err;
        ts_agg_chain *ch = ts_agg_chain_new(ops, 2, &p, &err);
        const ts_series *turn[] = {&sa, &sb, &sc, &sa, &sd, &sb, &sb};
        for (size_t i = 0; i < sizeof turn / sizeof *turn; i++)
            same_as_fresh(ch, ops, &p, turn[i]);
        ts_agg_chain_free(ch);
    }
    for (int i = 0; i < 4; i++)
        ts_series_set_free(set[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ops_by_name),
        cmocka_unit_test(yoy_then_rolling),
        cmocka_unit_test(series_in_turn),
        cmocka_unit_test(other_measures_are_prefixed),
        cmocka_unit_test(chains_refused),
        cmocka_unit_test(errors_name_the_series),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
