/* Unit tests for exponential smoothing (fc_smoothing.c) and Theta
 * (fc_theta.c): a hand-solved SES fit, exact fits on exact data, the
 * interval formulas of Hyndman et al. (2008) Table 6.1 in closed form,
 * parameter bounds, the errors for bad fixed parameters, and the weight
 * comb gives Theta's line. */
#include "fc_test_util.h"
#include <gsl/gsl_fit.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"


static ts_fc_result *run(const double *y, size_t n, ts_fc_method m, size_t h,
                         double alpha, double beta, double phi)
{
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = m;
    o.horizon = h;
    o.alpha = alpha;
    o.beta = beta;
    o.phi = phi;
    return fc_run(y, n, &o);
}

static double se95(const ts_fc_result *r, size_t i)
{
    return (r->hi[1][i] - r->lo[1][i]) / (2 * Z95);
}

/* SES, alpha = 0.5 fixed, y = 2,4,6,8: the errors are a_t - b_t l0 with
 * a = (2, 3, 3.5, 3.75), b = (1, 1/2, 1/4, 1/8), so the least-squares l0
 * is sum(ab)/sum(b^2) = 62/17 and the forecast 6.125 + l0/16. */
static void ses_hand_solved(void **state)
{
    (void)state;
    const double y[] = {2, 4, 6, 8};
    ts_fc_result *r = run(y, 4, TS_FC_SES, 2, 0.5, NAN, NAN);
    double l0 = 62.0 / 17;
    assert_near(r->mean[0], 6.125 + l0 / 16, 1e-9);
    assert_near(r->mean[1], r->mean[0], 1e-12);
    const double a[] = {2, 3, 3.5, 3.75}, b[] = {1, 0.5, 0.25, 0.125};
    double sse = 0;
    for (int t = 0; t < 4; t++)
        sse += (a[t] - b[t] * l0) * (a[t] - b[t] * l0);
    double s2 = sse / 2; /* alpha and l0 counted, as R's ets() does */
    assert_near(r->sigma, sqrt(s2), 1e-9);
    /* ETS(A,N,N): v_h = sigma^2 (1 + alpha^2 (h - 1)). */
    assert_near(se95(r, 0), sqrt(s2), 1e-9);
    assert_near(se95(r, 1), sqrt(s2 * 1.25), 1e-9);
    ts_fc_result_free(r);
}

/* Exact data are fitted exactly: SES on a constant, Holt on a line, with
 * the parameters estimated. */
static void exact_fits(void **state)
{
    (void)state;
    double c[10], line[12];
    for (int t = 0; t < 10; t++)
        c[t] = 7.5;
    for (int t = 0; t < 12; t++)
        line[t] = 3 + 2 * t;
    ts_fc_result *r = run(c, 10, TS_FC_SES, 3, NAN, NAN, NAN);
    assert_near(r->mean[2], 7.5, 1e-9);
    assert_true(r->alpha > 0 && r->alpha < 1);
    ts_fc_result_free(r);
    r = run(line, 12, TS_FC_HOLT, 4, NAN, NAN, NAN);
    for (int i = 0; i < 4; i++)
        assert_near(r->mean[i], 3 + 2 * (12 + i), 1e-6);
    assert_true(r->beta > 0 && r->beta < r->alpha);
    ts_fc_result_free(r);
    r = run(line, 12, TS_FC_THETA, 2, NAN, NAN, NAN);
    /* Theta on a line: SES follows the line with a lag, the half-slope
     * drift brings it back close; it must land between naive and the line. */
    assert_true(r->mean[0] > line[11] && r->mean[0] <= 3 + 2 * 12 + 1e-6);
    ts_fc_result_free(r);
}

static const double wiggly[] = {10, 12, 11, 14, 13, 15, 17, 16, 18, 21, 19, 22, 24, 23, 25};

/* Holt, alpha 0.5 and beta 0.2 fixed: the variance ratio v_h / v_1 is
 * 1 + (h-1)(alpha^2 + alpha beta h + beta^2 h (2h-1)/6) (Table 6.1). */
static void holt_variance_closed_form(void **state)
{
    (void)state;
    const double al = 0.5, be = 0.2;
    ts_fc_result *r = run(wiggly, 15, TS_FC_HOLT, 5, al, be, NAN);
    for (int h = 1; h <= 5; h++) {
        double ratio = 1 + (h - 1) * (al * al + al * be * h + be * be * h * (2.0 * h - 1) / 6);
        assert_near(se95(r, h - 1) / se95(r, 0), sqrt(ratio), 1e-9);
    }
    assert_near(r->alpha, al, 0);
    assert_near(r->beta, be, 0);
    /* Straight-line forecasts: equal steps. */
    assert_near(r->mean[2] - r->mean[1], r->mean[1] - r->mean[0], 1e-9);
    ts_fc_result_free(r);
}

/* Damped, phi 0.9 fixed: forecasts step by phi^h b (geometric), and the
 * variance uses c_j = alpha + beta phi (1 - phi^j) / (1 - phi). */
static void damped_closed_form(void **state)
{
    (void)state;
    const double al = 0.6, be = 0.1, ph = 0.9;
    ts_fc_result *r = run(wiggly, 15, TS_FC_DAMPED, 5, al, be, ph);
    double d1 = r->mean[1] - r->mean[0], d2 = r->mean[2] - r->mean[1];
    assert_near(d2 / d1, ph, 1e-9);
    double acc = 1;
    for (int h = 2; h <= 5; h++) {
        int j = h - 1;
        double cj = al + be * ph * (1 - pow(ph, j)) / (1 - ph);
        acc += cj * cj;
        assert_near(se95(r, h - 1) / se95(r, 0), sqrt(acc), 1e-9);
    }
    ts_fc_result_free(r);
}

/* Estimated parameters stay inside the usual region of R's ets. */
static void estimates_within_bounds(void **state)
{
    (void)state;
    ts_fc_result *r = run(wiggly, 15, TS_FC_DAMPED, 1, NAN, NAN, NAN);
    assert_true(r->alpha > 0 && r->alpha < 1);
    assert_true(r->beta > 0 && r->beta < r->alpha);
    assert_true(r->phi >= 0.8 && r->phi <= 0.98);
    ts_fc_result_free(r);
    /* A fixed beta bounds alpha from below. */
    r = run(wiggly, 15, TS_FC_HOLT, 1, NAN, 0.3, NAN);
    assert_true(r->alpha >= 0.3);
    ts_fc_result_free(r);
}

static void bad_parameters(void **state)
{
    (void)state;
    struct {
        ts_fc_method m;
        double a, b, p;
        const char *msg;
    } cases[] = {
        {TS_FC_SES, 0, NAN, NAN, "alpha must be in (0, 1], not 0"},
        {TS_FC_SES, 1.5, NAN, NAN, "alpha must be in (0, 1], not 1.5"},
        {TS_FC_HOLT, 0.2, 0.5, NAN, "beta (0.5) must not exceed alpha (0.2)"},
        {TS_FC_HOLT, NAN, -1, NAN, "beta must be in [0, 1], not -1"},
        {TS_FC_DAMPED, 0.5, 0.1, 1.2, "phi must be in (0, 1], not 1.2"},
        /* auto passes its members' errors on */
        {TS_FC_AUTO, 0.2, 0.5, NAN, "beta (0.5) must not exceed alpha (0.2)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_fc_options o;
        ts_fc_options_init(&o);
        o.method = cases[i].m;
        o.alpha = cases[i].a;
        o.beta = cases[i].b;
        o.phi = cases[i].p;
        fc_expect_error(wiggly, 15, &o, cases[i].msg);
    }
}

/* The in-sample criterion tsf_theta_weight minimises, rebuilt from its
 * definition: fit's one-step forecasts plus w times the drift of z's
 * least-squares slope (gsl_fit_linear here) lagged as SES lags a line,
 * times the season where seasons multiply; errors relative for
 * multiplicative errors. */
static double theta_sse(const tsf_ets_fit *fit, const double *y, const double *z, size_t n, double w)
{
    double t[64], c0, c1, v00, v01, v11, ss;
    assert_true(n <= 64);
    for (size_t i = 0; i < n; i++)
        t[i] = (double)i;
    gsl_fit_linear(t, 1, z, 1, n, &c0, &c1, &v00, &v01, &v11, &ss);
    tsf_ets_run s;
    tsf_ets_load(&fit->form, fit->x0, &s);
    double sse = 0, a = fit->par.alpha;
    for (size_t i = 0; i < n; i++) {
        double season = fit->form.season == 'M' ? s.ring[s.k] : 1;
        double fc = tsf_ets_step(&fit->form, &fit->par, &s, y[i]);
        double drift = w * c1 * (1 - pow(1 - a, (double)i)) / a * season;
        double e = y[i] - (fc + drift);
        if (fit->form.error == 'M')
            e /= fc;
        sse += e * e;
    }
    return sse;
}

/* w is the criterion's minimum over [0, 1]: no step of 0.01 either way
 * (inside the interval) lowers it. */
static void assert_weight_minimises(const tsf_ets_fit *fit, const double *y, const double *z, size_t n, double w)
{
    assert_true(w >= 0 && w <= 1);
    double at = theta_sse(fit, y, z, n, w);
    if (w >= 0.01)
        assert_true(at <= theta_sse(fit, y, z, n, w - 0.01));
    if (w <= 0.99)
        assert_true(at <= theta_sse(fit, y, z, n, w + 0.01));
}

static const tsf_ets_fixed free_fit = {NAN, NAN, NAN, NAN, 0, {0, 0, 0, 1}, 0};

/* comb's Theta weighs its line by least squares (Fiorucci et al. 2016,
 * alpha held): inside the interval on a trending series, at 0 when the
 * drift would point against the last years, and the classical half on a
 * flat line; on a seasonal fit with multiplicative errors and seasons
 * the scaled criterion is the one minimised. */
static void theta_weight_least_squares(void **state)
{
    (void)state;
    tsf_ets_fit fit;
    tsf_ets_form ann, mnm;
    assert_int_equal(tsf_ets_form_parse("ANN", 1, &ann, NULL), TS_OK);
    assert_int_equal(tsf_ets_fit_form(&ann, wiggly, 15, &free_fit, &fit, NULL), TS_OK);
    double w = tsf_theta_weight(&fit, wiggly, wiggly, 15);
    assert_true(w > 0 && w < 1);
    assert_true(fabs(w - 0.5) > 0.01); /* the data's, not the classical half */
    assert_weight_minimises(&fit, wiggly, wiggly, 15, w);

    /* Up for fourteen years, then below where it began: the line still
     * rises, but SES (alpha near 1) already follows each step, and the
     * fall outweighs what a drift the line's way would have gained. */
    double hump[16];
    for (int t = 0; t < 16; t++)
        hump[t] = t < 14 ? 20 + 2 * t + (t % 2) * 0.5 : 18;
    assert_int_equal(tsf_ets_fit_form(&ann, hump, 16, &free_fit, &fit, NULL), TS_OK);
    w = tsf_theta_weight(&fit, hump, hump, 16);
    assert_near(w, 0, 0);
    assert_true(theta_sse(&fit, hump, hump, 16, 0) < theta_sse(&fit, hump, hump, 16, 0.01));

    /* The same backwards as forwards: a line of slope 0 exactly. */
    const double flat[12] = {4, 6, 6, 4, 4, 6, 6, 4, 4, 6, 6, 4};
    assert_int_equal(tsf_ets_fit_form(&ann, flat, 12, &free_fit, &fit, NULL), TS_OK);
    assert_near(tsf_theta_weight(&fit, flat, flat, 12), 0.5, 0);

    /* Quarters that multiply a rising level; z is y with the seasons
     * divided out, as comb's slope comes from the adjusted series. */
    const double q[4] = {0.8, 1.1, 1.3, 0.8};
    double y[40], z[40];
    for (int t = 0; t < 40; t++) {
        z[t] = 100 + 2.5 * t + 6 * sin(1.7 * t);
        y[t] = z[t] * q[t % 4];
    }
    assert_int_equal(tsf_ets_form_parse("MNM", 4, &mnm, NULL), TS_OK);
    tsf_ets_fixed seasonal = free_fit;
    seasonal.seasonal_data = 1;
    assert_int_equal(tsf_ets_fit_form(&mnm, y, 40, &seasonal, &fit, NULL), TS_OK);
    w = tsf_theta_weight(&fit, y, z, 40);
    assert_true(w > 0);
    assert_weight_minimises(&fit, y, z, 40, w);
}

FC_TEST_MAIN(
        cmocka_unit_test(ses_hand_solved), cmocka_unit_test(exact_fits),
        cmocka_unit_test(holt_variance_closed_form), cmocka_unit_test(damped_closed_form),
        cmocka_unit_test(estimates_within_bounds), cmocka_unit_test(bad_parameters),
        cmocka_unit_test(theta_weight_least_squares))
