/* Unit tests for libts/agg/cumulate.c: year-to-date totals to months and back,
 * with gaps and estimates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void decumulate_totals(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2024-01", 10, 0}, {"2024-01/P2M", 25, 0}, {"2024-Q1", 45, 0},
        {"2024-01/P9M", 200, 0}, {"2024-01/P10M", 230, 'E'}, {"2024", 300, 0},
        {"2024-05", 999, 0},        /* a single month: not a total, ignored */
        {"2023-01/P11M", 500, 0},   /* no earlier total that year: nothing */
        {"2023", 560, 0},
    };
    static const want w[] = {
        {"2023-12", 60, 0, 0},
        {"2024-01", 10, 0, 0},
        {"2024-02", 15, 0, 0},
        {"2024-03", 20, 0, 0},
        {"2024-04/P6M", 155, 0, 0},
        {"2024-10", 30, 'E', 0},
        {"2024-11/P2M", 70, 'E', 0},
    };
    ts_series s;
    ts_series_set *set = make_series(o, N(o), "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_decumulate(&s, &pts, NULL), TS_OK);
    expect_points(&pts, w, N(w));
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

static void cumulate_months(void **state)
{
    (void)state;
    static const obs o[] = {
        {"2023-11", 5, 0}, {"2023-12", 6, 0},  /* not from January: nothing */
        {"2024-01", 1, 0}, {"2024-02", 2, 'E'}, {"2024-03", 3, 0},
        {"2024-05", 5, 0},                     /* April missing: the year stops */
        {"2024-Q2", 100, 0},                   /* not a month: ignored */
    };
    static const want w[] = {
        {"2024-01", 1, 0, 0}, {"2024-01/P2M", 3, 'E', 0}, {"2024-Q1", 6, 'E', 0},
    };
    ts_series s;
    ts_series_set *set = make_series(o, N(o), "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_cumulate(&s, &pts, NULL), TS_OK);
    expect_points(&pts, w, N(w));
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

/* cumulate then decumulate gives the months back. */
static void round_trip(void **state)
{
    (void)state;
    obs o[12];
    static char names[12][24];
    for (int m = 0; m < 12; m++) {
        snprintf(names[m], sizeof names[m], "2022-%02u", (unsigned)(m + 1) % 100u);
        o[m] = (obs){names[m], 1.5 * (m + 1) * (m % 3 + 1), 0};
    }
    ts_series s;
    ts_series_set *set = make_series(o, 12, "bn_vnd", &s);
    ts_points cum;
    ts_points_init(&cum);
    assert_int_equal(ts_cumulate(&s, &cum, NULL), TS_OK);
    assert_int_equal(cum.n, 12);
    ts_series_set *set2 = ts_series_set_new(TS_DUP_ERROR, NULL);
    for (size_t i = 0; i < cum.n; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = "x";
        f.period = cum.p[i].period;
        f.value = cum.p[i].value;
        assert_int_equal(ts_series_set_add(set2, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set2, NULL), TS_OK);
    ts_series c;
    ts_series_set_get(set2, 0, &c);
    ts_points back;
    ts_points_init(&back);
    assert_int_equal(ts_decumulate(&c, &back, NULL), TS_OK);
    assert_int_equal(back.n, 12);
    for (size_t i = 0; i < 12; i++) {
        assert_int_equal(ts_period_cmp(back.p[i].period, s.period[i]), 0);
        assert_true(fabs(back.p[i].value - s.value[i]) < 1e-9);
    }
    ts_points_reset(&cum);
    ts_points_reset(&back);
    ts_series_set_free(set);
    ts_series_set_free(set2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(decumulate_totals),
        cmocka_unit_test(cumulate_months),
        cmocka_unit_test(round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
