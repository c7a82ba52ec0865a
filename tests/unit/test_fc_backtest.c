/* Unit tests for fc_backtest.c: the accuracy measures on hand-worked
 * cases, the rolling-origin schedule, the choice of method, and the
 * errors for series too short to backtest. */
#include "fc_test_util.h"

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

/* Backtests every method on y[0..n) with default options and horizon h
 * into acc (room for TS_FC_BACKTEST_ROWS); returns the rows written. */
static size_t backtest_rows(const double *y, size_t n, size_t h, ts_fc_accuracy *acc)
{
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.horizon = h;
    size_t rows = 0;
    ts_error err;
    if (ts_fc_backtest_all(y, n, &o, acc, &rows, &err))
        fail_msg("%s", err.msg);
    return rows;
}

/* An exact line: drift, linear, holt and ets score 0, naive above 0;
 * auto and comb (the same combination) come last. */
static void all_methods_exact_line(void **state)
{
    (void)state;
    double y[20];
    for (int t = 0; t < 20; t++)
        y[t] = 5 + 3 * t;
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS];
    assert_int_equal(backtest_rows(y, 20, 4, acc), TS_FC_BACKTEST_ROWS);
    assert_int_equal(acc[0].method, TS_FC_NAIVE);
    assert_int_equal(acc[0].members, 0);
    const size_t ia = TS_FC_N_METHODS, ic = TS_FC_N_METHODS + 1;
    assert_int_equal(acc[TS_FC_ETS].method, TS_FC_ETS);
    assert_near(acc[TS_FC_ETS].mase, 0, 1e-6);
    assert_int_equal(acc[ia].method, TS_FC_AUTO);
    assert_int_equal(acc[ia].members, 0);
    assert_int_equal(acc[ic].method, TS_FC_COMB);
    assert_int_equal(acc[ic].members, 1u << TS_FC_ETS | 1u << TS_FC_DAMPED | 1u << TS_FC_THETA);
    assert_near(acc[ia].mae, acc[ic].mae, 0); /* auto is comb */
    /* The damped member holds the combination a little below the line. */
    assert_true(acc[ic].mase > 0 && acc[ic].mase < acc[0].mase);
    /* The single backtest of comb is the same row. */
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.horizon = 4;
    ts_fc_accuracy one;
    assert_int_equal(ts_fc_backtest(y, 20, &o, TS_FC_COMB, &one, NULL), TS_OK);
    assert_int_equal(one.members, acc[ic].members);
    assert_near(one.mae, acc[ic].mae, 1e-12);
    assert_int_equal(one.origins, 3);
    assert_int_equal(one.steps, 4);
    /* Naive at origin t forecasts y[t-1]: errors 3, 6, 9, 12 in steps of a
     * series whose lag-1 differences are 3: MASE = 7.5 / 3. */
    assert_near(acc[0].mase, 2.5, 1e-12);
    assert_int_equal(acc[0].origins, 3);
    assert_int_equal(acc[0].steps, 4);
    assert_near(acc[1].mase, 0, 1e-9);
    /* auto's forecast: the combination, its ETS member trended. */
    ts_fc_result *r = fc_run(y, 20, &o);
    assert_int_equal(r->method, TS_FC_COMB);
    assert_int_equal(r->model[1], 'A');
    assert_true(r->mean[3] > y[19] && r->mean[3] < 5 + 3 * 23 + 1e-9);
    ts_fc_result_free(r);
}

/* Short series: steps shrink first, then origins, then methods drop out;
 * all remaining methods share one schedule. */
static void schedule_shrinks(void **state)
{
    (void)state;
    const double y[] = {3, 5, 4, 6, 8, 7, 9, 10};
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS];
    size_t n = backtest_rows(y, 8, 6, acc);
    /* damped needs 7: 7 + h + k - 1 <= 8 gives h = 1, k = 1. */
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(acc[i].steps, 1);
        assert_int_equal(acc[i].origins, 1);
    }
    assert_int_equal(n, TS_FC_BACKTEST_ROWS);
    /* With 6 points damped and holt (needing 6, then 7) drop out; comb
     * (and auto) at its one origin of 5 points is ets and theta. */
    n = backtest_rows(y, 6, 6, acc);
    for (size_t i = 0; i < n; i++)
        assert_true(acc[i].method != TS_FC_DAMPED && acc[i].method != TS_FC_HOLT);
    assert_int_equal(acc[n - 1].method, TS_FC_COMB);
    assert_int_equal(acc[n - 1].members, 1u << TS_FC_ETS | 1u << TS_FC_THETA);
    assert_int_equal(acc[n - 2].method, TS_FC_AUTO);
    assert_near(acc[n - 2].mae, acc[n - 1].mae, 0); /* = comb's row */
    /* Loglinear is left out for a series with a non-positive value. */
    const double z[] = {3, 5, 0, 6, 8, 7, 9, 10, 11, 12};
    n = backtest_rows(z, 10, 6, acc);
    for (size_t i = 0; i < n; i++)
        assert_true(acc[i].method != TS_FC_LOGLINEAR);
}

static void errors(void **state)
{
    (void)state;
    const double y[] = {3, 5};
    ts_fc_options o;
    ts_fc_options_init(&o);
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS];
    size_t n;
    ts_error err;
    assert_int_equal(ts_fc_backtest_all(y, 2, &o, acc, &n, &err), TS_EINVAL);
    assert_string_equal(err.msg, "auto needs at least 3 observations for a backtest, the series has 2");
    fc_expect_error(y, 1, &o, "auto needs at least 2 observations, the series has 1");
    const double y6[] = {1, 2, 3, 4, 5, 6};
    assert_int_equal(ts_fc_backtest(y6, 6, &o, TS_FC_DAMPED, acc, &err), TS_EINVAL);
    assert_string_equal(err.msg, "backtest of damped needs at least 8 observations, the series has 6");
    assert_int_equal(ts_fc_backtest(y6, 6, &o, (ts_fc_method)99, acc, &err), TS_EINVAL);
    assert_string_equal(err.msg, "unknown method 99");
    assert_int_equal(ts_fc_backtest(y6, 6, &o, TS_FC_NAIVE, acc, &err), TS_OK);
    assert_int_equal(acc[0].origins, 3);
}

/* best: the lowest MASE row (the simpler of equals, none without a MASE),
 * and ts_forecast_run with BEST forecasts exactly as that method does. */
static void best_picks_lowest_mase(void **state)
{
    (void)state;
    ts_fc_accuracy acc[4] = {{.method = TS_FC_NAIVE, .mase = 0.9},
                             {.method = TS_FC_DRIFT, .mase = NAN},
                             {.method = TS_FC_SES, .mase = 0.4},
                             {.method = TS_FC_AUTO, .mase = 0.4}};
    assert_int_equal(ts_fc_backtest_best(acc, 4), 2);
    acc[0].mase = acc[2].mase = acc[3].mase = NAN;
    assert_int_equal(ts_fc_backtest_best(acc, 4), 4);

    /* A series with a break in its slope: the backtest decides. */
    double y[24];
    for (int t = 0; t < 24; t++)
        y[t] = t < 12 ? 50 + 2 * t + (t % 3) : 74 - 0.5 * (t - 12) + (t % 2);
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.horizon = 3;
    ts_fc_accuracy rows[TS_FC_BACKTEST_ROWS];
    size_t n = 0;
    assert_int_equal(ts_fc_backtest_all(y, 24, &o, rows, &n, NULL), TS_OK);
    size_t b = ts_fc_backtest_best(rows, n);
    assert_true(b < n);
    for (size_t i = 0; i < n; i++)
        assert_true(!(rows[i].mase < rows[b].mase));
    o.method = TS_FC_BEST;
    ts_fc_result *best = fc_run(y, 24, &o);
    o.method = rows[b].method;
    ts_fc_result *same = fc_run(y, 24, &o);
    assert_int_equal(best->method, same->method);
    for (size_t i = 0; i < 3; i++) {
        assert_near(best->mean[i], same->mean[i], 1e-12);
        assert_near(best->hi[1][i], same->hi[1][i], 1e-12);
    }
    ts_fc_result_free(best);
    ts_fc_result_free(same);

    /* Too short to backtest: auto (here naive, under 4). */
    o.method = TS_FC_BEST;
    const double tiny[] = {3, 5};
    ts_fc_result *r = fc_run(tiny, 2, &o);
    assert_int_equal(r->method, TS_FC_NAIVE);
    ts_fc_result_free(r);
    ts_fc_method m;
    assert_int_equal(ts_fc_method_parse("best", &m, NULL), TS_OK);
    assert_int_equal(m, TS_FC_BEST);
}

/* A seasonal quarterly series: comb's row in the table of every method
 * (its members taken from the ets row's fits) is the row of comb
 * backtested alone (its members fitted by itself), and auto's is the
 * same. */
static void comb_row_alone_and_with_ets(void **state)
{
    (void)state;
    enum { N = 44 };
    double y[N];
    static const double season[] = {1.2, 0.9, 0.75, 1.15};
    for (int t = 0; t < N; t++)
        y[t] = (150 + 2 * t) * season[t % 4] * (1 + 0.04 * sin(2.3 * t + 0.1 * t * t));
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.period = 4;
    o.horizon = 4;
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS], one;
    size_t rows = 0;
    ts_error err;
    if (ts_fc_backtest_all(y, N, &o, acc, &rows, &err))
        fail_msg("%s", err.msg);
    assert_int_equal(acc[rows - 1].method, TS_FC_COMB);
    assert_int_equal(acc[rows - 2].method, TS_FC_AUTO);
    assert_int_equal(ts_fc_backtest(y, N, &o, TS_FC_COMB, &one, NULL), TS_OK);
    assert_int_equal(one.members, acc[rows - 1].members);
    assert_near(one.mae, acc[rows - 1].mae, 0);
    assert_near(one.mase, acc[rows - 1].mase, 0);
    assert_near(acc[rows - 2].mae, acc[rows - 1].mae, 0);
}

FC_TEST_MAIN(
        cmocka_unit_test(measures), cmocka_unit_test(all_methods_exact_line),
        cmocka_unit_test(schedule_shrinks), cmocka_unit_test(errors),
        cmocka_unit_test(best_picks_lowest_mase), cmocka_unit_test(comb_row_alone_and_with_ets))
