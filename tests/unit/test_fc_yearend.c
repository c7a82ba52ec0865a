/* Unit tests for the year-end estimate (fc_yearend*.c) and fc_series.c:
 * the estimate on a constructed history with known shares (the t
 * distribution with 2 df has a closed-form CDF, an independent check of
 * p_plan), the pro-rata fallback, ts_yearend_run on small sets (shares of
 * the same span, a profile read between spans, another area's profile,
 * months and quarters summed, the path of yearly totals worked by hand,
 * the lower bound, stocks left out, errors) and the frequency of a series
 * of periods. */
#include <stdio.h>
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

/* ---- ts_yearend_run on small sets ---- */

typedef struct {
    const char *indicator, *area, *measure, *period;
    double value;
    const char *unit;
} row_in;

/* The issuers given, in order, to the plan rows set_of adds (NULL: all
 * blank). */
static const char *const *plan_issuers;

static ts_series_set *set_of(const row_in *rows, size_t n)
{
    ts_series_set *set = ts_series_set_new(TS_DUP_ERROR, NULL);
    assert_non_null(set);
    size_t plans = 0;
    for (size_t i = 0; i < n; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = rows[i].indicator;
        f.area = rows[i].area;
        f.measure = rows[i].measure;
        f.period = per(rows[i].period);
        f.value = rows[i].value;
        f.unit = rows[i].unit;
        if (plan_issuers && strcmp(f.measure, "plan") == 0)
            f.plan_by = plan_issuers[plans++];
        f.status = 'A';
        f.source = "t";
        assert_int_equal(ts_series_set_add(set, &f, NULL), TS_OK);
    }
    assert_int_equal(ts_series_set_finish(set, NULL), TS_OK);
    return set;
}

/* The rows emitted; their series views die with the set, so the
 * indicator is kept as text. */
typedef struct {
    size_t n;
    ts_yearend_row rows[8];
    char indicator[8][32];
    char plan_by[8][16];
} rows_out;

static int collect(void *ctx, const ts_yearend_row *r, ts_error *err)
{
    (void)err;
    rows_out *o = ctx;
    if (o->n < 8) {
        snprintf(o->indicator[o->n], sizeof o->indicator[0], "%s", r->series.indicator);
        snprintf(o->plan_by[o->n], sizeof o->plan_by[0], "%s", r->plan_by ? r->plan_by : "");
        o->rows[o->n++] = *r;
    }
    return TS_OK;
}

/* Runs the year-end over targets (history: hist, or the targets), 80 and
 * 95%, no catalogue. */
static rows_out run_ye(const row_in *t, size_t nt, const row_in *h, size_t nh, ts_yearend_stats *st)
{
    ts_series_set *ts = set_of(t, nt), *hs = h ? set_of(h, nh) : NULL;
    ts_yearend_options o = {2, {80, 95}, NULL};
    rows_out out;
    out.n = 0;
    assert_int_equal(ts_yearend_run(ts, hs, &o, collect, &out, st, NULL), TS_OK);
    ts_series_set_free(ts);
    ts_series_set_free(hs);
    return out;
}

/* 10-month and full-year figures of 2021-2023 and the 10 months of 2024:
 * the share of the same span in each earlier year. */
static void run_share(void **state)
{
    (void)state;
    const row_in t[] = {
        {"budget.revenue", "kon-tum", "level", "2021-01/P10M", 80, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2021", 100, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2022-01/P10M", 164, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2022", 200, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2023", 300, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2023-01/P10M", 240, "bn_vnd"},
        {"budget.revenue", "kon-tum", "level", "2024-01/P10M", 180, "bn_vnd"},
        {"budget.revenue", "kon-tum", "plan", "2024", 250, "bn_vnd"},
    };
    ts_yearend_stats st;
    rows_out o = run_ye(t, 8, NULL, 0, &st);
    assert_int_equal(o.n, 1);
    assert_int_equal(st.estimated, 1);
    const ts_yearend_row *r = &o.rows[0];
    assert_int_equal(ts_period_cmp(r->year, per("2024")), 0);
    assert_int_equal(ts_period_cmp(r->span, per("2024-01/P10M")), 0);
    assert_int_equal(r->method, TS_YE_SHARE);
    assert_string_equal(ts_ye_method_name(r->method, r->annual), "share");
    assert_int_equal(r->est.n_history, 3);
    assert_int_equal(r->summed, 0);
    /* Shares 0.8, 0.82, 0.8: the same as ts_yearend_estimate's. */
    ts_yearend e;
    const double py[] = {80, 164, 240}, pf[] = {100, 200, 300};
    assert_int_equal(ts_yearend_estimate(180, 10.0 / 12, py, pf, 3, 250, 2, levels, &e, NULL), TS_OK);
    assert_near(r->est.estimate, e.estimate, 1e-12);
    assert_near(r->est.lo[1], e.lo[1], 1e-9);
    assert_near(r->est.p_plan, e.p_plan, 1e-12);
    assert_near(r->plan, 250, 0);
    assert_string_equal(r->note, "");
    /* Three yearly totals, but a measured share needs no path. */
    assert_int_equal(r->n_years, 3);
    assert_int_equal(r->annual, 0);
}

/* Plans of several issuers: the area's own council's is the one held
 * against, then one of unknown issuer, the central estimate last. */
static void run_plan_issuer(void **state)
{
    (void)state;
    const row_in t[] = {
        {"budget.revenue", "kon-tum", "level", "2024-01/P10M", 180, "bn_vnd"},
        {"budget.revenue", "kon-tum", "plan", "2024", 210, "bn_vnd"},
        {"budget.revenue", "kon-tum", "plan", "2024", 250, "bn_vnd"},
        {"budget.revenue", "kon-tum", "plan", "2024", 240, "bn_vnd"},
    };
    static const char *const all[] = {"central", "province", ""};
    plan_issuers = all;
    rows_out o = run_ye(t, 4, NULL, 0, NULL);
    assert_int_equal(o.n, 1);
    assert_near(o.rows[0].plan, 250, 0);
    assert_string_equal(o.plan_by[0], "province");
    /* Without the province's: the one of unknown issuer, then central. */
    static const char *const two[] = {"central", ""};
    plan_issuers = two;
    const row_in t2[] = {t[0], t[1], t[3]};
    o = run_ye(t2, 3, NULL, 0, NULL);
    assert_near(o.rows[0].plan, 240, 0);
    assert_string_equal(o.plan_by[0], "");
    o = run_ye(t, 2, NULL, 0, NULL);
    assert_near(o.rows[0].plan, 210, 0);
    assert_string_equal(o.plan_by[0], "central");
    plan_issuers = NULL;
}

/* One earlier year with 11 months: the share at 10 months read off its
 * profile, 0.68 at day 334 of 2023, so 0.68 * 304 / 334 on 31 October. */
static void run_profile(void **state)
{
    (void)state;
    const row_in t[] = {
        {"x", "a", "level", "2023-01/P11M", 68, "u"},
        {"x", "a", "level", "2023", 100, "u"},
        {"x", "a", "level", "2024-01/P10M", 62, "u"},
    };
    rows_out o = run_ye(t, 3, NULL, 0, NULL);
    assert_int_equal(o.n, 1);
    const ts_yearend_row *r = &o.rows[0];
    assert_int_equal(r->method, TS_YE_PROFILE);
    double s = 0.68 * 304 / 334;
    assert_near(r->est.share_mean, s, 1e-12);
    assert_near(r->est.estimate, 62 / s, 1e-9);
    assert_true(isnan(r->est.lo[0]) && isnan(r->est.p_plan));
    assert_string_equal(r->note, "no earlier year has the span of 2024-01/P10M; the share read off the series' "
                                 "other spans in 1 earlier year; no interval (1 earlier yearly total, three needed "
                                 "for their path)");
}

/* Pro rata joined by the path of four yearly totals (2022 missing):
 * worked by hand. */
static void run_annual_path(void **state)
{
    (void)state;
    const row_in t[] = {
        {"x", "a", "level", "2019", 100, "u"}, {"x", "a", "level", "2020", 112, "u"},
        {"x", "a", "level", "2021", 120, "u"}, {"x", "a", "level", "2023", 150, "u"},
        {"x", "a", "level", "2024-H1", 80, "u"}, {"x", "a", "plan", "2024", 170, "u"},
    };
    rows_out o = run_ye(t, 6, NULL, 0, NULL);
    assert_int_equal(o.n, 1);
    const ts_yearend_row *r = &o.rows[0];
    assert_int_equal(r->method, TS_YE_PRO_RATA);
    assert_int_equal(r->annual, 1);
    assert_int_equal(r->n_years, 4);
    assert_string_equal(ts_ye_method_name(r->method, r->annual), "pro-rata+annual");
    /* Drift per year over 2019-2023, the jump 2021-2023 two steps. */
    double g = log(150.0 / 100) / 4;
    double r1 = log(1.12) - g, r2 = log(120.0 / 112) - g, r3 = log(150.0 / 120) - 2 * g;
    double s2 = (r1 * r1 + r2 * r2 + r3 * r3 / 2) / 2;
    double b = log(150) + g, vb = s2 * (1 + 1.0 / 4);
    double a = log(80 / 0.5), d = a - b, va = fmax(d * d - vb, vb);
    double m = (a / va + b / vb) / (1 / va + 1 / vb), sd = sqrt(1 / (1 / va + 1 / vb));
    assert_near(r->est.estimate, exp(m), 1e-9 * exp(m));
    const double t90_df2 = 1.885618083164127; /* t quantile 0.9, 2 df */
    assert_near(r->est.hi[0], exp(m + t90_df2 * sd), 1e-7 * exp(m));
    assert_near(r->est.lo[0], fmax(exp(m - t90_df2 * sd), 80), 1e-7 * exp(m));
    /* P(full >= 170) from the same t with 2 df (closed-form CDF). */
    double tt = (log(170) - m) / sd;
    assert_near(r->est.p_plan, 1 - (0.5 + tt / (2 * sqrt(2 + tt * tt))), 1e-9);
}

/* Months and quarters summed from January; a year already whole is left
 * alone; another area's profile when the series has none. */
static void run_sums_and_areas(void **state)
{
    (void)state;
    static const char *const months[] = {"2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06",
                                         "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"};
    row_in t[40];
    size_t n = 0;
    for (int m = 0; m < 12; m++)
        t[n++] = (row_in){"m", "a", "level", months[m], 11.0 + m, "visit"};
    const char *qp[] = {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"};
    const double qv[] = {10, 20, 30, 40, 12, 18};
    for (int q = 0; q < 6; q++)
        t[n++] = (row_in){"q", "a", "level", qp[q], qv[q], "project"};
    t[n++] = (row_in){"p", "a", "level", "2024-01/P10M", 17, "project"};
    t[n++] = (row_in){"p", "b", "level", "2023-01/P9M", 12, "project"};
    t[n++] = (row_in){"p", "b", "level", "2023", 16, "project"};
    ts_yearend_stats st;
    rows_out o = run_ye(t, n, NULL, 0, &st);
    assert_int_equal(st.complete, 2); /* m's 2023, p/b's 2023 */
    assert_int_equal(o.n, 2);
    /* q: 2024's two quarters summed, 30 of 2023's 50 by June: 0.3. */
    const ts_yearend_row *r = &o.rows[0];
    assert_string_equal(o.indicator[0], "q");
    assert_int_equal(r->summed, 1);
    assert_near(r->ytd, 30, 0);
    assert_int_equal(ts_period_cmp(r->span, per("2024-H1")), 0);
    assert_int_equal(r->method, TS_YE_SHARE);
    assert_near(r->est.estimate, 30 / 0.3, 1e-9);
    assert_int_equal(r->count, 1);
    /* p: area b's 9 months of 2023 (0.75 at day 273) read at day 304 of
     * 2023 (31 October): 0.75 + 0.25 * 31 / 92. */
    r = &o.rows[1];
    assert_string_equal(o.indicator[1], "p");
    assert_int_equal(r->method, TS_YE_AREAS);
    assert_near(r->est.share_mean, 0.75 + 0.25 * 31.0 / 92, 1e-12);
}

/* A share above 1 in its interval would put the year below what it has
 * reached: the lower ends stop at the year-to-date figure. */
static void run_lower_bound(void **state)
{
    (void)state;
    const row_in t[] = {
        {"x", "a", "level", "2022-01/P10M", 50, "u"}, {"x", "a", "level", "2022", 100, "u"},
        {"x", "a", "level", "2023-01/P10M", 99, "u"}, {"x", "a", "level", "2023", 100, "u"},
        {"x", "a", "level", "2024-01/P10M", 90, "u"},
    };
    rows_out o = run_ye(t, 5, NULL, 0, NULL);
    assert_int_equal(o.n, 1);
    assert_near(o.rows[0].est.lo[0], 90, 0);
    assert_near(o.rows[0].est.lo[1], 90, 0);
    assert_true(o.rows[0].est.hi[1] > o.rows[0].est.estimate);
}

static int refuse(void *ctx, const ts_yearend_row *r, ts_error *err)
{
    (void)ctx;
    (void)r;
    return ts_error_set(err, TS_EIO, "cannot write");
}

static void run_errors(void **state)
{
    (void)state;
    const row_in t[] = {{"x", "a", "level", "2024-01/P10M", 9, "u"}};
    ts_series_set *ts = set_of(t, 1);
    ts_yearend_options o = {1, {100}, NULL};
    ts_error err;
    assert_int_equal(ts_yearend_run(ts, NULL, &o, collect, NULL, NULL, &err), TS_EINVAL);
    assert_string_equal(err.msg, "interval level 100 is not between 0 and 100");
    o.levels[0] = 90;
    assert_int_equal(ts_yearend_run(ts, NULL, &o, refuse, NULL, NULL, &err), TS_EIO);
    assert_string_equal(err.msg, "cannot write");
    /* Stocks and rates are left out by the catalogue's kind. */
    const row_in c[] = {{"agri.area.coffee", "a", "level", "2024-01/P10M", 9, "ha"}};
    ts_series_set *cs = set_of(c, 1);
    o.catalog = ts_catalog_new(NULL);
    assert_non_null(o.catalog);
    ts_yearend_stats st;
    assert_int_equal(ts_yearend_run(cs, NULL, &o, refuse, NULL, &st, &err), TS_OK);
    assert_int_equal(st.not_flows, 1);
    assert_int_equal(st.estimated, 0);
    ts_catalog_free((ts_catalog *)o.catalog);
    ts_series_set_free(cs);
    ts_series_set_free(ts);
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
        cmocka_unit_test(run_share), cmocka_unit_test(run_plan_issuer), cmocka_unit_test(run_profile), cmocka_unit_test(run_annual_path),
        cmocka_unit_test(run_sums_and_areas), cmocka_unit_test(run_lower_bound), cmocka_unit_test(run_errors),
        cmocka_unit_test(frequency))
