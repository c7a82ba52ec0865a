/* Unit tests for fc_backtest.c: the accuracy measures on hand-worked
 * cases, the rolling-origin schedule, the choice of method, and the
 * errors for series too short to backtest. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

#define assert_near(a, b, eps)                                                              \
    do {                                                                                    \
        double a_ = (a), b_ = (b);                                                          \
        if (!(fabs(a_ - b_) <= (eps)))                                                      \
            fail_msg("%.15g != %.15g (tolerance %g)", a_, b_, (double)(eps));               \
    } while (0)

static void measures(void **state)
{
    (void)state;
    const double a[] = {100, 200, 0}, f[] = {110, 180, 0};
    /* sMAPE: 200/3 * (10/210 + 20/380 + 0). */
    assert_near(ts_fc_smape(a, f, 3), 200.0 / 3 * (10.0 / 210 + 20.0 / 380), 1e-12);
    /* MASE: MAE 10 over the mean |diff| at lag 1 of 1, 3, 2, 6 (2, 1, 4). */
    const double train[] = {1, 3, 2, 6};
    assert_near(ts_fc_mase(a, f, 2, train, 4, 1), 15.0 / (7.0 / 3), 1e-12);
    /* Lag 2 when the training set is longer than it: |2-1|, |6-3|. */
    assert_near(ts_fc_mase(a, f, 2, train, 4, 2), 15.0 / 2.0, 1e-12);
    /* Lag falls back to 1 when the series is not longer than m. */
    assert_near(ts_fc_mase(a, f, 2, train, 4, 12), 15.0 / (7.0 / 3), 1e-12);
    const double flat[] = {5, 5, 5};
    assert_true(isnan(ts_fc_mase(a, f, 2, flat, 3, 1)));
}

/* An exact line: drift, linear, holt all score 0; ties go to the simplest
 * (drift, listed first).  Naive scores above 0. */
static void auto_picks_simplest_exact(void **state)
{
    (void)state;
    double y[20];
    for (int t = 0; t < 20; t++)
        y[t] = 5 + 3 * t;
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.horizon = 4;
    ts_fc_accuracy acc[TS_FC_N_METHODS];
    size_t n;
    ts_fc_method best;
    assert_int_equal(ts_fc_backtest_all(y, 20, &o, acc, &n, &best, NULL), TS_OK);
    assert_int_equal(n, TS_FC_N_METHODS);
    assert_int_equal(best, TS_FC_DRIFT);
    assert_int_equal(acc[0].method, TS_FC_NAIVE);
    /* Naive at origin t forecasts y[t-1]: errors 3, 6, 9, 12 in steps of a
     * series whose lag-1 differences are 3: MASE = 7.5 / 3. */
    assert_near(acc[0].mase, 2.5, 1e-12);
    assert_int_equal(acc[0].origins, 3);
    assert_int_equal(acc[0].steps, 4);
    assert_near(acc[1].mase, 0, 1e-9);
    /* The auto forecast continues the line. */
    ts_fc_result *r = ts_fc_result_new(4, NULL);
    assert_int_equal(ts_forecast_run(y, 20, &o, r, NULL), TS_OK);
    assert_int_equal(r->method, TS_FC_DRIFT);
    assert_near(r->mean[3], 5 + 3 * 23, 1e-9);
    ts_fc_result_free(r);
}

/* Short series: steps shrink first, then origins, then methods drop out;
 * all remaining methods share one schedule. */
static void schedule_shrinks(void **state)
{
    (void)state;
    const double y[] = {3, 5, 4, 6, 8, 7, 9, 10};
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.horizon = 6;
    ts_fc_accuracy acc[TS_FC_N_METHODS];
    size_t n;
    ts_fc_method best;
    assert_int_equal(ts_fc_backtest_all(y, 8, &o, acc, &n, &best, NULL), TS_OK);
    /* damped needs 7: 7 + h + k - 1 <= 8 gives h = 1, k = 1. */
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(acc[i].steps, 1);
        assert_int_equal(acc[i].origins, 1);
    }
    assert_int_equal(n, TS_FC_N_METHODS);
    /* With 6 points damped and holt (needing 6, then 7) drop out. */
    assert_int_equal(ts_fc_backtest_all(y, 6, &o, acc, &n, &best, NULL), TS_OK);
    for (size_t i = 0; i < n; i++)
        assert_true(acc[i].method != TS_FC_DAMPED && acc[i].method != TS_FC_HOLT);
    /* Loglinear is left out for a series with a non-positive value. */
    const double z[] = {3, 5, 0, 6, 8, 7, 9, 10, 11, 12};
    assert_int_equal(ts_fc_backtest_all(z, 10, &o, acc, &n, &best, NULL), TS_OK);
    for (size_t i = 0; i < n; i++)
        assert_true(acc[i].method != TS_FC_LOGLINEAR);
}

static void errors(void **state)
{
    (void)state;
    const double y[] = {3, 5};
    ts_fc_options o;
    ts_fc_options_init(&o);
    ts_fc_accuracy acc[TS_FC_N_METHODS];
    size_t n;
    ts_fc_method best;
    ts_error err;
    assert_int_equal(ts_fc_backtest_all(y, 2, &o, acc, &n, &best, &err), TS_EINVAL);
    assert_string_equal(err.msg, "auto needs at least 3 observations for a backtest, the series has 2");
    ts_fc_result *r = ts_fc_result_new(1, NULL);
    assert_int_equal(ts_forecast_run(y, 2, &o, r, &err), TS_EINVAL);
    assert_string_equal(err.msg, "auto needs at least 3 observations for a backtest, the series has 2");
    ts_fc_result_free(r);
    const double y6[] = {1, 2, 3, 4, 5, 6};
    assert_int_equal(ts_fc_backtest(y6, 6, &o, TS_FC_DAMPED, acc, &err), TS_EINVAL);
    assert_string_equal(err.msg, "backtest of damped needs at least 8 observations, the series has 6");
    assert_int_equal(ts_fc_backtest(y6, 6, &o, TS_FC_AUTO, acc, &err), TS_EINVAL);
    assert_string_equal(err.msg, "the backtest needs a concrete method, not 'auto'");
    assert_int_equal(ts_fc_backtest(y6, 6, &o, TS_FC_NAIVE, acc, &err), TS_OK);
    assert_int_equal(acc[0].origins, 3);
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(measures), cmocka_unit_test(auto_picks_simplest_exact),
        cmocka_unit_test(schedule_shrinks), cmocka_unit_test(errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
