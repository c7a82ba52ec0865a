/* Unit tests for fc_seasonal.c: the M4 seasonality test and classical
 * multiplicative decomposition against R (stats::acf, stats::decompose
 * on AirPassengers and UKgas, values printed by R 4 with 15 digits). */
#include "fc_test_util.h"

/* R: AirPassengers, monthly 1949-1960. */
static const double air[144] = {
    112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149,
    170, 170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243,
    264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
    242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374,
    413, 405, 355, 306, 271, 306, 315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336,
    340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337, 360, 342, 406, 396, 420, 472,
    548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};

/* R: UKgas, quarterly 1960-1986. */
static const double ukgas[108] = {
    160.1, 129.7, 84.8, 120.1, 160.1, 124.9, 84.8, 116.9, 169.7, 140.9, 89.7, 123.3, 187.3,
    144.1, 92.9, 120.1, 176.1, 147.3, 89.7, 123.3, 185.7, 155.3, 99.3, 131.3, 200.1, 161.7,
    102.5, 136.1, 204.9, 176.1, 112.1, 140.9, 227.3, 195.3, 115.3, 142.5, 244.9, 214.5, 118.5,
    153.7, 244.9, 216.1, 188.9, 142.5, 301, 196.9, 136.1, 267.3, 317, 230.5, 152.1, 336.2,
    371.4, 240.1, 158.5, 355.4, 449.9, 286.6, 179.3, 403.4, 491.5, 321.8, 177.7, 409.8,
    593.9, 329.8, 176.1, 483.5, 584.3, 395.4, 187.3, 485.1, 669.2, 421, 216.1, 509.1, 827.7,
    467.5, 209.7, 542.7, 840.5, 414.6, 217.7, 670.8, 848.5, 437, 209.7, 701.2, 925.3, 443.4,
    214.5, 683.6, 917.3, 515.5, 224.1, 694.8, 989.4, 477.1, 233.7, 730, 1087, 534.7, 281.8,
    787.6, 1163.9, 613.1, 347.4, 782.8};

/* R's decompose(x, "multiplicative")$figure. */
static const double air_figure[12] = {
    0.910230367372201, 0.883625320694376, 1.007366287603545, 0.975906012322847,
    0.981378027495129, 1.112775826679273, 1.226555542931201, 1.219910969445625,
    1.060491932646818, 0.921757240410498, 0.801178082413474, 0.898824389985011};
static const double ukgas_figure[4] = {1.453710655826259, 0.955932592312157,
                                       0.558444080734706, 1.031912671126878};

static void decomposition_matches_r(void **state)
{
    (void)state;
    double idx[12];
    assert_int_equal(ts_fc_decompose(air, 144, 12, idx, NULL), TS_OK);
    for (int i = 0; i < 12; i++)
        assert_near(idx[i], air_figure[i], 1e-12);
    assert_int_equal(ts_fc_decompose(ukgas, 108, 4, idx, NULL), TS_OK);
    for (int i = 0; i < 4; i++)
        assert_near(idx[i], ukgas_figure[i], 1e-12);
}

/* Verdicts of the M4 benchmarks' SeasonalityTest in R on the same data. */
static void seasonality_test_matches_r(void **state)
{
    (void)state;
    double line[48];
    for (int t = 0; t < 48; t++)
        line[t] = t + 1;
    struct {
        const double *y;
        size_t n;
        int m, want;
    } cases[] = {
        {air, 144, 12, 1},   /* TRUE in R */
        {ukgas, 108, 4, 1},  /* TRUE in R */
        {line, 48, 12, 0},   /* ts(1:48, frequency = 12): FALSE in R */
        {air, 30, 12, 0},    /* fewer than three years: never seasonal */
        {air, 144, 1, 0},    /* annual data have no season */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(ts_fc_seasonality_test(cases[i].y, cases[i].n, cases[i].m), cases[i].want);
}

/* The auto pipeline adjusts AirPassengers and puts the pattern back:
 * July's forecast stands above November's as their indices do. */
static void seasonal_forecast_reseasonalised(void **state)
{
    (void)state;
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = TS_FC_SES;
    o.period = 12;
    o.horizon = 12;
    ts_fc_result *r = ts_fc_result_new(12, NULL);
    assert_int_equal(ts_forecast_run(air, 144, &o, r, NULL), TS_OK);
    assert_int_equal(r->seasonal, 1);
    /* SES is flat on the adjusted scale, so forecasts are proportional to
     * the indices. */
    assert_near(r->mean[6] / r->mean[10], air_figure[6] / air_figure[10], 1e-9);
    assert_true(r->lo[1][6] < r->mean[6] && r->mean[6] < r->hi[1][6]);
    o.seasonal = TS_FC_SEASONAL_NO;
    assert_int_equal(ts_forecast_run(air, 144, &o, r, NULL), TS_OK);
    assert_int_equal(r->seasonal, 0);
    assert_near(r->mean[6], r->mean[10], 1e-9);
    ts_fc_result_free(r);
}

static void errors(void **state)
{
    (void)state;
    double idx[12];
    const double withzero[] = {1, 2, 0, 4, 5, 6, 7, 8};
    ts_error err;
    assert_int_equal(ts_fc_decompose(air, 20, 12, idx, &err), TS_EINVAL);
    assert_string_equal(err.msg, "seasonal decomposition needs at least 24 observations (two years), the series has 20");
    assert_int_equal(ts_fc_decompose(withzero, 8, 4, idx, &err), TS_EINVAL);
    assert_string_equal(err.msg, "multiplicative decomposition needs positive values, observation 3 is 0");
    assert_int_equal(ts_fc_decompose(air, 20, 1, idx, &err), TS_EINVAL);
    /* --seasonal yes on too short a series fails, naming the need. */
    ts_fc_options o;
    ts_fc_options_init(&o);
    o.method = TS_FC_NAIVE;
    o.period = 12;
    o.seasonal = TS_FC_SEASONAL_YES;
    fc_expect_error(air, 20, &o, "seasonal decomposition needs at least 24 observations (two years), the series has 20");
}

FC_TEST_MAIN(
        cmocka_unit_test(decomposition_matches_r), cmocka_unit_test(seasonality_test_matches_r),
        cmocka_unit_test(seasonal_forecast_reseasonalised), cmocka_unit_test(errors))
