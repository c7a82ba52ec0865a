/* Unit tests for auto (fc_auto.c) and comb (fc_comb.c): auto is comb;
 * comb's mean is the equal average of its members run one by one (Theta
 * with the weight on its line that the data give), its
 * intervals are the quantiles of the pool of their normal forecasts
 * (wider than the averaged ends when the members disagree), or with
 * simulated paths close to those and the same for the same seed; short
 * series keep the members they allow; the method labels. */
#include "fc_test_util.h"
#include <gsl/gsl_cdf.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

static void labels(void **state)
{
    (void)state;
    char buf[40];
    unsigned all = 1u << TS_FC_ETS | 1u << TS_FC_DAMPED | 1u << TS_FC_THETA;
    ts_fc_method_label(TS_FC_COMB, all, "MAdN", buf, sizeof buf);
    assert_string_equal(buf, "comb(damped,theta,ets:MAdN)");
    ts_fc_method_label(TS_FC_COMB, 1u << TS_FC_DAMPED | 1u << TS_FC_THETA, "", buf, sizeof buf);
    assert_string_equal(buf, "comb(damped,theta)");
    ts_fc_method_label(TS_FC_AUTO, 0, NULL, buf, sizeof buf);
    assert_string_equal(buf, "auto");
    ts_fc_method_label(TS_FC_ETS, 0, "AAdA", buf, sizeof buf);
    assert_string_equal(buf, "ets:AAdA");
    ts_fc_method_label(TS_FC_ETS, 0, "", buf, sizeof buf);
    assert_string_equal(buf, "ets");
    ts_fc_method_label(TS_FC_HOLT, 0, "MNN", buf, sizeof buf);
    assert_string_equal(buf, "holt");
    ts_fc_method_label(TS_FC_COMB, all, "MAdN", buf, 8); /* truncated, terminated */
    assert_string_equal(buf, "comb(da");
}

/* R: airmiles, 1937-1954 (the M4 bench's training part). */
static const double airmiles[] = {412,  480,  683,  1052, 1385, 1418,  1634,  2178,  3362,
                                  5948, 6109, 5981, 6753, 8003, 10566, 12528, 14760, 16769};

static ts_fc_result *run_period(const double *y, size_t n, ts_fc_method m, size_t h, int period)
{
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = m;
    o.horizon = h;
    o.period = period;
    return fc_run(y, n, &o);
}

static ts_fc_result *run_method(const double *y, size_t n, ts_fc_method m, size_t h)
{
    return run_period(y, n, m, h, 1);
}

/* auto is comb: the same forecast, intervals and members. */
static void auto_is_comb(void **state)
{
    (void)state;
    ts_fc_result *a = run_method(airmiles, 18, TS_FC_AUTO, 6), *c = run_method(airmiles, 18, TS_FC_COMB, 6);
    assert_int_equal(a->method, TS_FC_COMB);
    assert_string_equal(a->model, c->model);
    assert_true(a->model[0] != '\0');
    assert_int_equal(a->members, c->members);
    for (size_t j = 0; j < 6; j++) {
        assert_near(a->mean[j], c->mean[j], 0);
        assert_near(a->lo[1][j], c->lo[1][j], 0);
        assert_near(a->hi[0][j], c->hi[0][j], 0);
    }
    ts_fc_result_free(a);
    ts_fc_result_free(c);
}

/* comb against its members run one by one. */
static void comb_is_the_members_averaged(void **state)
{
    (void)state;
    const size_t n = 18, h = 6;
    ts_fc_result *a = run_method(airmiles, n, TS_FC_COMB, h);
    assert_int_equal(a->method, TS_FC_COMB);
    assert_int_equal(a->members, 1u << TS_FC_ETS | 1u << TS_FC_DAMPED | 1u << TS_FC_THETA);
    assert_false(a->simulated);
    assert_true(isnan(a->alpha) && isnan(a->sigma));
    const ts_fc_method m[] = {TS_FC_ETS, TS_FC_DAMPED, TS_FC_THETA};
    ts_fc_result *r[3];
    for (int i = 0; i < 3; i++) {
        r[i] = run_method(airmiles, n, m[i], h);
        assert_near(a->weight[m[i]], 1.0 / 3, 1e-15);
    }
    assert_string_equal(a->model, r[0]->model);
    /* comb's Theta weighs the line by the data where theta alone takes
     * half of it: theta's mean moved by (w - 0.5) of the unit drift. */
    tsf_ets_fit ses;
    double ses_mean[6], se[6], unit[6] = {0};
    tsf_path p = {ses_mean, se, 0, 0, NAN, NAN, NAN, NAN, NAN};
    const tsf_fixed none = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    assert_int_equal(tsf_theta(airmiles, n, h, &none, &p, &ses, NULL), TS_OK);
    double w = tsf_theta_weight(&ses, airmiles, airmiles, n);
    assert_true(w > 0.5); /* airmiles climbs faster than SES follows */
    tsf_theta_drift(airmiles, n, h, ses.par.alpha, 1.0, unit);
    for (size_t j = 0; j < h; j++) {
        assert_near(p.mean[j], r[2]->mean[j], 1e-9 * fabs(p.mean[j]));
        double shift = (w - 0.5) * unit[j]; /* its interval moves along */
        r[2]->mean[j] += shift;
        for (int k = 0; k < 2; k++) {
            r[2]->lo[k][j] += shift;
            r[2]->hi[k][j] += shift;
        }
    }
    for (size_t j = 0; j < h; j++) {
        double mean = (r[0]->mean[j] + r[1]->mean[j] + r[2]->mean[j]) / 3;
        assert_near(a->mean[j], mean, 1e-9 * fabs(mean));
        /* Each end is where the members' normals, pooled, leave the
         * level's tail: sum_i Phi((end - mean_i) / sd_i) / 3 = 0.1 and 0.9
         * for 80%, sd_i read off member i's own 95% interval. */
        double F_lo = 0, F_hi = 0, lo = 0, hi = 0, lo_max = -HUGE_VAL, hi_min = HUGE_VAL;
        for (int i = 0; i < 3; i++) {
            double sd = (r[i]->hi[1][j] - r[i]->mean[j]) / Z95;
            F_lo += gsl_cdf_ugaussian_P((a->lo[0][j] - r[i]->mean[j]) / sd) / 3;
            F_hi += gsl_cdf_ugaussian_P((a->hi[0][j] - r[i]->mean[j]) / sd) / 3;
            lo += r[i]->lo[1][j] / 3;
            hi += r[i]->hi[1][j] / 3;
            lo_max = fmax(lo_max, r[i]->lo[1][j]);
            hi_min = fmin(hi_min, r[i]->hi[1][j]);
        }
        assert_near(F_lo, 0.1, 1e-9);
        assert_near(F_hi, 0.9, 1e-9);
        /* The pool reaches at least as far as the averaged ends and the
         * members' nearest ends. */
        assert_true(a->lo[1][j] < a->lo[0][j] && a->lo[0][j] < a->mean[j]);
        assert_true(a->mean[j] < a->hi[0][j] && a->hi[0][j] < a->hi[1][j]);
        assert_true(a->lo[1][j] <= lo_max && a->hi[1][j] >= hi_min);
        assert_true(a->hi[1][j] - a->lo[1][j] >= hi - lo);
    }
    for (int i = 0; i < 3; i++)
        ts_fc_result_free(r[i]);
    ts_fc_result_free(a);
}

/* comb's mean on a seasonal series, from ets's fits as the test makes
 * them: ets's pick; the seasonal damped-trend form of lowest AICc; for Theta the
 * seasonal form without trend of lowest AICc, plus Theta's drift (the
 * slope of z, the series as adjusted, scaled by a multiplicative
 * season). */
static void expected_seasonal_comb(const double *y, const double *z, size_t n, size_t h, double *out)
{
    tsf_ets_fixed x = {NAN, NAN, NAN, NAN, 0, {0, 0, 0, 1}, 1};
    tsf_ets_fit best, all[TSF_ETS_MAX_FORMS];
    size_t n_all = 0;
    assert_int_equal(tsf_ets_select(y, n, 4, 0, &x, &best, all, &n_all, NULL), TS_OK);
    const tsf_ets_fit *d = NULL, *th = NULL;
    for (size_t i = 0; i < n_all; i++) {
        const tsf_ets_form *f = &all[i].form;
        if (f->damped && f->season != 'N' && (!d || all[i].aicc < d->aicc))
            d = &all[i];
        if (f->trend == 'N' && f->season != 'N' && (!th || all[i].aicc < th->aicc))
            th = &all[i];
    }
    assert_non_null(d);
    assert_non_null(th);
    double m[3][16], se[16], drift[16] = {0};
    assert_true(h <= 16);
    const tsf_ets_fit *fits[3] = {&best, d, th};
    for (int k = 0; k < 3; k++) {
        tsf_path p = {m[k], se, 0, 0, NAN, NAN, NAN, NAN, NAN};
        assert_int_equal(tsf_path_from_fit(fits[k], h, &p, NULL), TS_OK);
    }
    tsf_theta_drift(z, n, h, th->par.alpha, tsf_theta_weight(th, y, z, n), drift);
    size_t ns = tsf_ets_nstate(&th->form);
    for (size_t j = 0; j < h; j++) {
        double s = th->form.season == 'M' ? th->xn[ns - 1 - j % 4] : 1;
        out[j] = (m[0][j] + m[1][j] + m[2][j] + drift[j] * s) / 3;
    }
}

/* comb on the quarterly series y, its mean checked against
 * expected_seasonal_comb's (z as there); the caller frees the result. */
static ts_fc_result *checked_seasonal_comb(const double *y, const double *z, size_t n, size_t h)
{
    ts_fc_result *c = run_period(y, n, TS_FC_COMB, h, 4);
    assert_int_equal(c->method, TS_FC_COMB);
    assert_true(c->seasonal); /* the members model seasons */
    double want[16];
    expected_seasonal_comb(y, z, n, h, want);
    for (size_t j = 0; j < h; j++)
        assert_near(c->mean[j], want[j], 1e-9 * fabs(want[j]));
    return c;
}

/* A seasonal series the M4 test adjusts: every member models the seasons
 * as ETS does (classical indices, fixed over the years, cannot follow a
 * swing that grows), and Theta's slope is the adjusted series'. */
static void comb_seasonal_members(void **state)
{
    (void)state;
    enum { N = 48, H = 8 };
    double y[N], z[N], index[4];
    for (int t = 0; t < N; t++) {
        /* A trend, a season whose swing grows over the years, and some
         * irregular movement (deterministic). */
        static const double season[] = {1.25, 0.9, 0.7, 1.15};
        double s = 1 + (season[t % 4] - 1) * (0.6 + 0.02 * t);
        y[t] = (200 + 3 * t) * s * (1 + 0.03 * sin(1.7 * t + 0.3 * t * t));
    }
    assert_true(ts_fc_seasonality_test(y, N, 4)); /* adjusted for theta's slope */
    assert_int_equal(ts_fc_decompose(y, N, 4, index, NULL), TS_OK);
    for (int t = 0; t < N; t++)
        z[t] = y[t] / index[t % 4];
    ts_fc_result_free(checked_seasonal_comb(y, z, N, H));
}

/* R: USAccDeaths summed by quarter, 1973-1976.  Four years are too few
 * for the M4 test to find the season, but ets's pick keeps one; the
 * members then all model it, instead of two flat members halving the
 * swing. */
static void comb_seasons_from_ets(void **state)
{
    (void)state;
    static const double y[] = {26041, 29980, 31774, 28026, 22769, 26648, 28686, 26519,
                               23592, 26813, 27998, 24660, 22945, 25493, 27294, 25009};
    enum { N = 16, H = 8 };
    assert_false(ts_fc_seasonality_test(y, N, 4));
    ts_fc_result *e = run_period(y, N, TS_FC_ETS, H, 4);
    assert_true(e->model[2] != 'N' && e->model[3] != 'N'); /* a seasonal form */
    ts_fc_result *c = checked_seasonal_comb(y, y, N, H); /* nothing adjusted */
    /* The swing survives: the third quarter above the first, as in
     * every year of the data. */
    assert_true(c->mean[2] > c->mean[0] + 2000);
    ts_fc_result_free(e);
    ts_fc_result_free(c);
}

/* With simulated paths: the same seed gives the same intervals, another
 * seed slightly others, both close to the exact pool of the members'
 * normals (the members here are additive: their paths are normal); the
 * mean depends on neither. */
static void comb_by_seed(void **state)
{
    (void)state;
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = TS_FC_COMB;
    o.horizon = 4;
    ts_fc_result *exact = fc_run(airmiles, 18, &o);
    o.paths = 20000;
    ts_fc_result *a = fc_run(airmiles, 18, &o), *b = fc_run(airmiles, 18, &o);
    o.seed = 7;
    ts_fc_result *c = fc_run(airmiles, 18, &o);
    assert_true(a->simulated);
    int differ = 0;
    for (size_t j = 0; j < 4; j++) {
        double width = exact->hi[1][j] - exact->lo[1][j];
        assert_near(a->lo[1][j], b->lo[1][j], 0);
        assert_near(a->hi[0][j], b->hi[0][j], 0);
        assert_near(a->mean[j], c->mean[j], 0);
        assert_near(a->mean[j], exact->mean[j], 0);
        differ |= a->hi[1][j] != c->hi[1][j];
        assert_near(c->hi[1][j], a->hi[1][j], 0.05 * width);
        assert_near(a->hi[1][j], exact->hi[1][j], 0.05 * width);
        assert_near(a->lo[0][j], exact->lo[0][j], 0.05 * width);
    }
    assert_true(differ);
    o.paths = 99;
    fc_expect_error(airmiles, 18, &o, "at least 100 simulated paths, not 99");
    ts_fc_result_free(exact);
    ts_fc_result_free(a);
    ts_fc_result_free(b);
    ts_fc_result_free(c);
}

/* Short series: comb takes the members that fit (theta from 4, ets from
 * 5, damped from 7), one member is that method, none naive; auto is comb
 * at every length. */
static void short_series_fallbacks(void **state)
{
    (void)state;
    static const struct {
        size_t n;
        ts_fc_method combm;
        unsigned members;
    } cases[] = {
        {2, TS_FC_NAIVE, 0},
        {3, TS_FC_NAIVE, 0},
        {4, TS_FC_THETA, 0},
        {5, TS_FC_COMB, 1u << TS_FC_ETS | 1u << TS_FC_THETA},
        {7, TS_FC_COMB, 1u << TS_FC_ETS | 1u << TS_FC_DAMPED | 1u << TS_FC_THETA},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_fc_result *a = run_method(airmiles, cases[i].n, TS_FC_AUTO, 2);
        ts_fc_result *c = run_method(airmiles, cases[i].n, TS_FC_COMB, 2);
        assert_int_equal(c->method, cases[i].combm);
        assert_int_equal(c->members, cases[i].members);
        assert_int_equal(a->method, c->method);
        assert_near(a->mean[1], c->mean[1], 0);
        assert_near(a->hi[1][1], c->hi[1][1], 0);
        if (cases[i].combm != TS_FC_COMB) {
            /* the lone method's forecast, unchanged */
            ts_fc_result *b = run_method(airmiles, cases[i].n, cases[i].combm, 2);
            assert_near(c->mean[1], b->mean[1], 1e-9 * fabs(b->mean[1]));
            assert_near(c->hi[1][1], b->hi[1][1], 1e-9 * fabs(b->hi[1][1]));
            ts_fc_result_free(b);
        }
        ts_fc_result_free(a);
        ts_fc_result_free(c);
    }
}

FC_TEST_MAIN(cmocka_unit_test(labels), cmocka_unit_test(auto_is_comb),
             cmocka_unit_test(comb_is_the_members_averaged), cmocka_unit_test(comb_seasonal_members),
             cmocka_unit_test(comb_seasons_from_ets),
             cmocka_unit_test(comb_by_seed),
             cmocka_unit_test(short_series_fallbacks))
