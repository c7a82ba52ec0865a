/* Unit tests for libts/agg/resample.c: months to quarters and years, quarters
 * to years, years to plan spans; sum/last/mean/first/min/max; incomplete
 * spans; defaults by kind and unit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "agg_fixture.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void resample(const obs *o, size_t n, ts_freq to, ts_how how, int partial,
                     const want *w, size_t nw)
{
    ts_series s;
    ts_series_set *set = make_series(o, n, "bn_vnd", &s);
    ts_points pts;
    ts_points_init(&pts);
    assert_int_equal(ts_resample(&s, to, how, partial, &pts, NULL), TS_OK);
    expect_points(&pts, w, nw);
    ts_points_reset(&pts);
    ts_series_set_free(set);
}

/* Jan-Jun 2024 with May missing, plus a year total that must not be
 * counted with the months. */
static const obs months[] = {
    {"2024-01", 1, 0}, {"2024-02", 2, 0}, {"2024-03", 4, 'E'},
    {"2024-04", 8, 0}, {"2024-06", 32, 0}, {"2024", 999, 0},
};

static void months_to_quarters(void **state)
{
    (void)state;
    static const want sum[] = {{"2024-Q1", 7, 'E', 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_SUM, 0, sum, N(sum));
    static const want part[] = {{"2024-Q1", 7, 'E', 0}, {"2024-Q2", 40, 0, 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_SUM, 1, part, N(part));
    static const want last[] = {{"2024-Q1", 4, 'E', 0}, {"2024-Q2", 32, 0, 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_LAST, 1, last, N(last));
    static const want mean[] = {{"2024-Q1", 7.0 / 3, 'E', 0}, {"2024-Q2", 20, 0, 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_MEAN, 1, mean, N(mean));
    static const want first[] = {{"2024-Q1", 1, 'E', 0}, {"2024-Q2", 8, 0, 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_FIRST, 1, first, N(first));
    static const want mx[] = {{"2024-Q1", 4, 'E', 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_MAX, 0, mx, N(mx));
    static const want mn[] = {{"2024-Q1", 1, 'E', 0}};
    resample(months, N(months), TS_FREQ_QUARTER, TS_HOW_MIN, 0, mn, N(mn));
}

static void months_to_year(void **state)
{
    (void)state;
    obs o[12];
    for (int m = 0; m < 12; m++) {
        static char names[12][16];
        snprintf(names[m], sizeof names[m], "2023-%02u", (unsigned)(m + 1) % 100u);
        o[m].period = names[m];
        o[m].value = m + 1;
        o[m].status = 0;
    }
    static const want y[] = {{"2023", 78, 0, 0}};
    resample(o, 12, TS_FREQ_YEAR, TS_HOW_SUM, 0, y, N(y));
    resample(o, 11, TS_FREQ_YEAR, TS_HOW_SUM, 0, NULL, 0); /* December missing */
    static const want p[] = {{"2023", 66, 0, 0}};
    resample(o, 11, TS_FREQ_YEAR, TS_HOW_SUM, 1, p, N(p));
}

/* Quarters to years when there are no months; halves likewise. */
static void quarters_to_years(void **state)
{
    (void)state;
    static const obs q[] = {{"2022-Q1", 1, 0}, {"2022-Q2", 2, 0}, {"2022-Q3", 3, 0},
                            {"2022-Q4", 4, 0}, {"2023-Q1", 5, 0}, {"2023-H2", 7, 0}};
    static const want y[] = {{"2022", 10, 0, 0}};
    resample(q, N(q), TS_FREQ_YEAR, TS_HOW_SUM, 0, y, N(y));
    static const obs h[] = {{"2022-H1", 1, 0}, {"2022-H2", 2, 'E'}};
    static const want hy[] = {{"2022", 3, 'E', 0}};
    resample(h, N(h), TS_FREQ_YEAR, TS_HOW_SUM, 0, hy, N(hy));
    /* Quarters cannot make quarters. */
    resample(q, N(q), TS_FREQ_QUARTER, TS_HOW_SUM, 1, NULL, 0);
}

/* Plan periods: 2016-2020 and 2021-2025 (start year 1 mod 5). */
static void years_to_plan_spans(void **state)
{
    (void)state;
    static const obs y[] = {{"2015", 9, 0}, {"2016", 1, 0}, {"2017", 2, 0}, {"2018", 3, 0},
                            {"2019", 4, 0}, {"2020", 5, 0}, {"2021", 6, 0}};
    static const want s[] = {{"2016/2020", 15, 0, 0}};
    resample(y, N(y), TS_FREQ_5Y, TS_HOW_SUM, 0, s, N(s));
    static const want p[] = {{"2011/2015", 9, 0, 0}, {"2016/2020", 3, 0, 0},
                             {"2021/2025", 6, 0, 0}};
    resample(y, N(y), TS_FREQ_5Y, TS_HOW_MEAN, 1, p, N(p));
}

static void defaults_and_names(void **state)
{
    (void)state;
    assert_int_equal(ts_how_default(TS_KIND_FLOW, "bn_vnd"), TS_HOW_SUM);
    assert_int_equal(ts_how_default(TS_KIND_STOCK, "head"), TS_HOW_LAST);
    assert_int_equal(ts_how_default(TS_KIND_RATE, "mn_vnd"), TS_HOW_MEAN);
    assert_int_equal(ts_how_default(TS_KIND_FLOW, "pct"), TS_HOW_MEAN);
    ts_freq f = TS_FREQ_YEAR;
    assert_int_equal(ts_freq_parse("quarter", &f), TS_OK);
    assert_int_equal(f, TS_FREQ_QUARTER);
    assert_int_equal(ts_freq_parse("5y", &f), TS_OK);
    assert_int_equal(f, TS_FREQ_5Y);
    assert_int_equal(ts_freq_parse("month", &f), TS_EINVAL);
    assert_int_equal(f, TS_FREQ_5Y);
    ts_how h = TS_HOW_SUM;
    assert_int_equal(ts_how_parse("last", &h), TS_OK);
    assert_int_equal(h, TS_HOW_LAST);
    assert_int_equal(ts_how_parse("avg", &h), TS_EINVAL);
    assert_string_equal(ts_how_name(TS_HOW_MEAN), "mean");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(months_to_quarters),
        cmocka_unit_test(months_to_year),
        cmocka_unit_test(quarters_to_years),
        cmocka_unit_test(years_to_plan_spans),
        cmocka_unit_test(defaults_and_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
