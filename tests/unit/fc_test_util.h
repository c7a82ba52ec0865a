/* Helpers shared by the forecasting unit tests (test_fc_*.c): a double
 * comparison with a tolerance, running ts_forecast_run to a result or to
 * an expected error, and the cmocka main.  Not a test itself (the Makefile
 * builds tests/unit/test_*.c only). */
#ifndef FC_TEST_UTIL_H
#define FC_TEST_UTIL_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

/* cmocka compares floats; these tests need doubles. */
#define assert_near(a, b, eps)                                                              \
    do {                                                                                    \
        double a_ = (a), b_ = (b);                                                          \
        if (!(fabs(a_ - b_) <= (eps)))                                                      \
            fail_msg("%.15g != %.15g (tolerance %g)", a_, b_, (double)(eps));               \
    } while (0)

#define Z95 1.959963984540054 /* normal quantile 0.975 */

/* Forecasts y[0..n) with o into a new result (the caller frees it);
 * fails the test with the library's message when the run fails. */
static inline ts_fc_result *fc_run(const double *y, size_t n, const ts_fc_options *o)
{
    ts_fc_result *r = ts_fc_result_new(o->horizon, NULL);
    assert_non_null(r);
    ts_error err;
    if (ts_forecast_run(y, n, o, r, &err))
        fail_msg("%s", err.msg);
    return r;
}

/* Expects ts_forecast_run on y[0..n) with o to fail with TS_EINVAL and
 * exactly the message msg. */
static inline void fc_expect_error(const double *y, size_t n, const ts_fc_options *o, const char *msg)
{
    ts_fc_result *r = ts_fc_result_new(o->horizon, NULL);
    assert_non_null(r);
    ts_error err;
    assert_int_equal(ts_forecast_run(y, n, o, r, &err), TS_EINVAL);
    assert_string_equal(err.msg, msg);
    ts_fc_result_free(r);
}

/* main(): ts_init, then the tests listed (cmocka_unit_test(...), ...). */
#define FC_TEST_MAIN(...)                                                                   \
    int main(void)                                                                          \
    {                                                                                       \
        ts_init();                                                                          \
        const struct CMUnitTest tests[] = {__VA_ARGS__};                                    \
        return cmocka_run_group_tests(tests, NULL, NULL);                                   \
    }

#endif
