/* Unit tests for the benchmark and regression methods (fc_benchmark.c,
 * fc_linear.c) through ts_forecast_run: closed-form answers worked by
 * hand, and every error class. */
#include "fc_test_util.h"

#define T95_DF3 3.182446305284263 /* t quantile 0.975, 3 df (tables) */

static ts_fc_result *run(const double *y, size_t n, ts_fc_method m, size_t h)
{
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = m;
    o.horizon = h;
    ts_fc_result *r = fc_run(y, n, &o);
    assert_int_equal(r->method, m);
    return r;
}

/* y = 1,3,2,5,4: slope 0.8, intercept 1.4, SSE 3.6, s^2 1.2; at x = 5 the
 * prediction variance is s^2 (1 + 1/n + (x - xbar)^2 / Sxx) = 1.2 * 2.1. */
static void linear_closed_form(void **state)
{
    (void)state;
    const double y[] = {1, 3, 2, 5, 4};
    ts_fc_result *r = run(y, 5, TS_FC_LINEAR, 2);
    assert_near(r->mean[0], 5.4, 1e-12);
    assert_near(r->mean[1], 6.2, 1e-12);
    double se0 = sqrt(1.2 * (1 + 0.2 + 9.0 / 10)), se1 = sqrt(1.2 * (1 + 0.2 + 16.0 / 10));
    assert_near(r->hi[1][0], 5.4 + T95_DF3 * se0, 1e-7);
    assert_near(r->lo[1][0], 5.4 - T95_DF3 * se0, 1e-7);
    assert_near(r->hi[1][1], 6.2 + T95_DF3 * se1, 1e-7);
    assert_near(r->sigma, sqrt(1.2), 1e-12);
    ts_fc_result_free(r);
}

/* Exact constant growth 2 * 1.1^t: the log fit is exact, so the forecast
 * is 2 * 1.1^(n+i) and the interval collapses onto it. */
static void loglinear_exact_growth(void **state)
{
    (void)state;
    double y[8];
    for (int t = 0; t < 8; t++)
        y[t] = 2 * pow(1.1, t);
    ts_fc_result *r = run(y, 8, TS_FC_LOGLINEAR, 3);
    for (int i = 0; i < 3; i++) {
        assert_near(r->mean[i], 2 * pow(1.1, 8 + i), 1e-9);
        assert_near(r->lo[0][i], r->mean[i], 1e-6);
        assert_near(r->hi[1][i], r->mean[i], 1e-6);
    }
    ts_fc_result_free(r);
}

/* Naive: residuals are the differences 2, -1, 3 -> sigma^2 = 14/3; se at
 * step h is sigma sqrt(h).  Drift: b = (7-2)/3; residuals 2-b, -1-b, 3-b. */
static void naive_and_drift(void **state)
{
    (void)state;
    const double y[] = {2, 4, 3, 6};
    ts_fc_result *r = run(y, 4, TS_FC_NAIVE, 2);
    double s = sqrt(14.0 / 3);
    assert_near(r->mean[1], 6, 0);
    assert_near(r->hi[1][1] - r->mean[1], Z95 * s * sqrt(2), 1e-9);
    ts_fc_result_free(r);
    r = run(y, 4, TS_FC_DRIFT, 2);
    double b = 4.0 / 3;
    double ss = (2 - b) * (2 - b) + (-1 - b) * (-1 - b) + (3 - b) * (3 - b);
    double sd = sqrt(ss / 2);
    assert_near(r->mean[0], 6 + b, 1e-12);
    assert_near(r->mean[1], 6 + 2 * b, 1e-12);
    assert_near(r->hi[1][1] - r->mean[1], Z95 * sd * sqrt(2 * (1 + 2.0 / 4)), 1e-9);
    ts_fc_result_free(r);
}

/* Error classes: too few points names the method and the counts;
 * loglinear refuses non-positive values; options out of range. */
static void errors(void **state)
{
    (void)state;
    const double y[] = {1, 3, 2, 5, 4};
    const double neg[] = {1, 3, 0, 5, 4};
    const double bad[] = {1, NAN, 2};
    struct {
        const double *y;
        size_t n;
        ts_fc_method m;
        int rc;
        const char *msg;
    } cases[] = {
        {y, 2, TS_FC_LINEAR, TS_EINVAL, "linear needs at least 3 observations, the series has 2"},
        {y, 1, TS_FC_NAIVE, TS_EINVAL, "naive needs at least 2 observations, the series has 1"},
        {y, 2, TS_FC_DRIFT, TS_EINVAL, "drift needs at least 3 observations, the series has 2"},
        {y, 5, TS_FC_HOLT, TS_EINVAL, "holt needs at least 6 observations, the series has 5"},
        {y, 5, TS_FC_DAMPED, TS_EINVAL, "damped needs at least 7 observations, the series has 5"},
        {neg, 5, TS_FC_LOGLINEAR, TS_EINVAL, "loglinear needs positive values, observation 3 is 0"},
        {bad, 3, TS_FC_NAIVE, TS_EINVAL, "observation 2 is not a finite number"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_fc_options o;
        ts_fc_options_init(&o);
        o.method = cases[i].m;
        ts_fc_result *r = ts_fc_result_new(1, NULL);
        ts_error err;
        assert_int_equal(ts_forecast_run(cases[i].y, cases[i].n, &o, r, &err), cases[i].rc);
        assert_string_equal(err.msg, cases[i].msg);
        ts_fc_result_free(r);
    }
    ts_fc_options o;
    ts_fc_options_init(&o);
    ts_fc_result *r = ts_fc_result_new(1, NULL);
    ts_error err;
    o.levels[0] = 100;
    assert_int_equal(ts_forecast_run(y, 5, &o, r, &err), TS_EINVAL);
    assert_string_equal(err.msg, "interval level 100 is not between 0 and 100");
    ts_fc_options_init(&o);
    o.period = 7;
    assert_int_equal(ts_forecast_run(y, 5, &o, r, &err), TS_EINVAL);
    ts_fc_options_init(&o);
    o.seasonal = TS_FC_SEASONAL_YES;
    assert_int_equal(ts_forecast_run(y, 5, &o, r, &err), TS_EINVAL);
    assert_string_equal(err.msg, "seasonal adjustment needs quarterly or monthly data");
    ts_fc_options_init(&o);
    o.horizon = 2;
    assert_int_equal(ts_forecast_run(y, 5, &o, r, &err), TS_EINVAL);
    ts_fc_result_free(r);
    assert_null(ts_fc_result_new(0, &err));
    assert_int_equal(err.code, TS_EINVAL);
}

static void method_names(void **state)
{
    (void)state;
    const char *names[] = {"naive", "drift", "linear", "loglinear", "ses", "holt",
                           "damped", "theta", "ets", "auto", "comb", "best"};
    for (int i = 0; i <= TS_FC_BEST; i++) {
        ts_fc_method m;
        assert_int_equal(ts_fc_method_parse(names[i], &m, NULL), TS_OK);
        assert_int_equal(m, i);
        assert_string_equal(ts_fc_method_name(m), names[i]);
    }
    ts_fc_method m = TS_FC_SES;
    ts_error err;
    assert_int_equal(ts_fc_method_parse("arima", &m, &err), TS_EINVAL);
    assert_int_equal(m, TS_FC_SES);
    assert_string_equal(err.msg, "unknown method 'arima' (known: naive, drift, linear, loglinear, ses, holt, damped, "
                                 "theta, ets, ets:MODEL such as ets:AAdA, auto, comb, best)");
    /* ets:MODEL sets the method and the form; a bad form leaves o alone. */
    ts_fc_options o;
    ts_fc_options_init(&o);
    assert_int_equal(ts_fc_options_method(&o, "ets:MAdM", &err), TS_OK);
    assert_int_equal(o.method, TS_FC_ETS);
    assert_string_equal(o.ets_model, "MAdM");
    assert_int_equal(ts_fc_options_method(&o, "ets:ANM", &err), TS_EINVAL);
    assert_string_equal(o.ets_model, "MAdM");
    assert_int_equal(ts_fc_options_method(&o, "holt", &err), TS_OK);
    assert_int_equal(o.method, TS_FC_HOLT);
    assert_string_equal(o.ets_model, "");
    assert_int_equal(ts_fc_options_method(&o, "arima", &err), TS_EINVAL);
    assert_int_equal(o.method, TS_FC_HOLT);
}

FC_TEST_MAIN(
        cmocka_unit_test(linear_closed_form), cmocka_unit_test(loglinear_exact_growth),
        cmocka_unit_test(naive_and_drift), cmocka_unit_test(errors),
        cmocka_unit_test(method_names))
