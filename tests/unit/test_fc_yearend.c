/* Unit tests for fc_yearend.c and fc_series.c: the full-year estimate on a
 * constructed history with known shares (the t distribution with 2 df has
 * a closed-form CDF, an independent check of p_plan), the pro-rata
 * fallback, the series mapping (year-to-date spans found by calendar) and
 * the frequency of a series of periods. */
#include "fc_test_util.h"

#define T975_DF2 4.302652729749464 /* t quantile 0.975, 2 df (tables) */

static const double levels[] = {80, 95};

/* Shares 0.80, 0.82, 0.78: mean 0.8, sd 0.02; this year's share has
 * prediction se 0.02 sqrt(1 + 1/3). */
static void known_shares(void **state)
{
    (void)state;
    const double ytd[] = {80, 82, 78}, full[] = {100, 100, 100};
    ts_yearend r;
    assert_int_equal(ts_yearend_estimate(90, 10.0 / 12, ytd, full, 3, 100, 2, levels, &r, NULL), TS_OK);
    assert_near(r.estimate, 112.5, 1e-12);
    assert_int_equal(r.n_history, 3);
    assert_int_equal(r.pro_rata, 0);
    assert_near(r.share_mean, 0.8, 1e-12);
    assert_near(r.share_sd, 0.02, 1e-12);
    double se = 0.02 * sqrt(4.0 / 3);
    assert_near(r.lo[1], 90 / (0.8 + T975_DF2 * se), 1e-6);
    assert_near(r.hi[1], 90 / (0.8 - T975_DF2 * se), 1e-6);
    assert_near(r.pct_plan, 112.5, 1e-12);
    /* P(full >= 100) = P(share <= 0.9) = F_2((0.9 - 0.8) / se), with the
     * 2-df CDF F(t) = 1/2 + t / (2 sqrt(2 + t^2)). */
    double t = 0.1 / se;
    assert_near(r.p_plan, 0.5 + t / (2 * sqrt(2 + t * t)), 1e-9);
    /* A plan equal to the estimate is reached half the time. */
    assert_int_equal(ts_yearend_estimate(90, 10.0 / 12, ytd, full, 3, 112.5, 2, levels, &r, NULL), TS_OK);
    assert_near(r.p_plan, 0.5, 1e-12);
    /* Years with a non-positive figure are skipped. */
    const double ytd2[] = {80, -1, 78, 82}, full2[] = {100, 100, 100, 100};
    assert_int_equal(ts_yearend_estimate(90, 0.5, ytd2, full2, 4, NAN, 2, levels, &r, NULL), TS_OK);
    assert_int_equal(r.n_history, 3);
    assert_true(isnan(r.pct_plan) && isnan(r.p_plan));
}

/* No history: pro rata; one year: its share, no interval. */
static void thin_history(void **state)
{
    (void)state;
    ts_yearend r;
    assert_int_equal(ts_yearend_estimate(2627, 10.0 / 12, NULL, NULL, 0, 4600, 2, levels, &r, NULL), TS_OK);
    assert_int_equal(r.pro_rata, 1);
    assert_near(r.estimate, 2627 * 12.0 / 10, 1e-9);
    assert_near(r.pct_plan, 100 * 2627 * 1.2 / 4600, 1e-9);
    assert_true(isnan(r.lo[0]) && isnan(r.hi[1]) && isnan(r.p_plan));
    const double y1[] = {70}, f1[] = {100};
    assert_int_equal(ts_yearend_estimate(77, 10.0 / 12, y1, f1, 1, 100, 2, levels, &r, NULL), TS_OK);
    assert_near(r.estimate, 110, 1e-9);
    assert_true(isnan(r.lo[1]) && isnan(r.share_sd) && isnan(r.p_plan));
}

static void errors(void **state)
{
    (void)state;
    ts_yearend r;
    ts_error err;
    const double bad_level[] = {100};
    struct {
        double ytd, fraction;
        const double *lv;
        const char *msg;
    } cases[] = {
        {NAN, 0.5, levels, "the year-to-date value is not a finite number"},
        {10, 0, levels, "the year-to-date part must be a fraction of the year, not 0"},
        {10, 1, levels, "the year-to-date part must be a fraction of the year, not 1"},
        {10, 0.5, bad_level, "interval level 100 is not between 0 and 100"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_int_equal(ts_yearend_estimate(cases[i].ytd, cases[i].fraction, NULL, NULL, 0, NAN, 1,
                                             cases[i].lv, &r, &err),
                         TS_EINVAL);
        assert_string_equal(err.msg, cases[i].msg);
    }
}

static ts_period per(const char *s)
{
    ts_period p;
    assert_int_equal(ts_period_parse(s, strlen(s), &p, NULL), TS_OK);
    return p;
}

/* A level series holding 10-month and full-year figures of 2021-2023 and
 * the 10 months of 2024: history is found by calendar. */
static void series_history(void **state)
{
    (void)state;
    const char *ps[] = {"2021-01/P10M", "2021", "2022-01/P10M", "2022", "2023", "2023-01/P10M", "2024-01/P10M"};
    double v[] = {80, 100, 164, 200, 300, 240, 180};
    ts_period p[7];
    for (int i = 0; i < 7; i++)
        p[i] = per(ps[i]);
    /* Sorted by period as a series is: P10M before the year it starts. */
    ts_period sp[7] = {p[0], p[1], p[2], p[3], p[5], p[4], p[6]};
    double sv[7] = {v[0], v[1], v[2], v[3], v[5], v[4], v[6]};
    char st[7] = "AAAAAAE";
    const char *src[7] = {"-", "-", "-", "-", "-", "-", "-"};
    ts_series s = {"budget.revenue", "kon-tum", "level", "bn_vnd", 7, sp, sv, st, src, "", ""};
    ts_yearend r;
    ts_period year;
    assert_int_equal(ts_yearend_series(&s, 250, 2, levels, &year, &r, NULL), TS_OK);
    assert_int_equal(ts_period_cmp(year, per("2024")), 0);
    assert_int_equal(r.n_history, 3);
    /* Shares 0.8, 0.82, 0.8. */
    assert_near(r.share_mean, (0.8 + 0.82 + 0.8) / 3, 1e-12);
    assert_near(r.estimate, 180 / r.share_mean, 1e-9);
    assert_near(r.pct_plan, 100 * r.estimate / 250, 1e-9);
    /* Day spans from 1 January: the same number of days in earlier years;
     * with none, pro rata by days. */
    ts_period dp[1] = {per("2024-01-01/2024-10-20")};
    double dv[1] = {1074.84};
    ts_series d = {"public_investment.disbursed", "kon-tum", "level", "bn_vnd", 1, dp, dv, st, src, "", ""};
    assert_int_equal(ts_yearend_series(&d, NAN, 2, levels, &year, &r, NULL), TS_OK);
    assert_int_equal(r.pro_rata, 1);
    assert_near(r.estimate, 1074.84 * 366 / 294, 1e-9);
    /* A last period that is not year-to-date. */
    ts_period yp[1] = {per("2023")};
    ts_series y = {"x", "a", "level", "u", 1, yp, dv, st, src, "", ""};
    ts_error err;
    assert_int_equal(ts_yearend_series(&y, NAN, 2, levels, &year, &r, &err), TS_EINVAL);
    assert_string_equal(err.msg, "the last period 2023 is not a year-to-date figure (1 January to a day before year end)");
}

static void frequency(void **state)
{
    (void)state;
    struct {
        const char *p[4];
        size_t n;
        int rc, per_year, step;
        const char *msg;
    } cases[] = {
        {{"2020", "2021", "2022"}, 3, TS_OK, 1, 12, NULL},
        {{"2023-Q3", "2023-Q4", "2024-Q1"}, 3, TS_OK, 4, 3, NULL},
        {{"2023-11", "2023-12", "2024-01"}, 3, TS_OK, 12, 1, NULL},
        {{"2023-H1", "2023-H2", "2024-H1"}, 3, TS_OK, 2, 6, NULL},
        {{"2022-01/P10M", "2023-01/P10M", "2024-01/P10M"}, 3, TS_OK, 1, 12, NULL},
        {{"2023-Q1", "2024-Q1"}, 2, TS_OK, 1, 12, NULL},
        {{"2024-Q2"}, 1, TS_OK, 4, 3, NULL},
        {{"2023", "2024-Q1"}, 2, TS_EINVAL, 0, 0, "mixed frequencies in one series: 2023 and 2024-Q1"},
        {{"2020", "2022"}, 2, TS_EINVAL, 0, 0, "not evenly spaced: 2020 is followed by 2022"},
        {{"2024-10-20"}, 1, TS_EINVAL, 0, 0, "period 2024-10-20 is not whole months; cannot forecast it"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_period p[4];
        for (size_t j = 0; j < cases[i].n; j++)
            p[j] = per(cases[i].p[j]);
        int py = -1, st = -1;
        ts_error err;
        assert_int_equal(ts_fc_frequency(p, cases[i].n, &py, &st, &err), cases[i].rc);
        if (cases[i].rc == TS_OK) {
            assert_int_equal(py, cases[i].per_year);
            assert_int_equal(st, cases[i].step);
        } else {
            assert_string_equal(err.msg, cases[i].msg);
            assert_int_equal(py, -1);
        }
    }
}

FC_TEST_MAIN(
        cmocka_unit_test(known_shares), cmocka_unit_test(thin_history), cmocka_unit_test(errors),
        cmocka_unit_test(series_history), cmocka_unit_test(frequency))
