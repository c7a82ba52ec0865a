/* Unit tests for the pool of normal forecasts (fc_pool.c): one member is
 * its own normal, symmetric members give symmetric quantiles, every
 * quantile returned is where the mixture's distribution function reaches
 * its probability, members without spread are points, and weights that
 * do not quite sum to 1 are taken as shares. */
#include <gsl/gsl_cdf.h>
#include "fc_test_util.h"
#include "forecast/forecast_impl.h"

static double mixture_cdf(const double *w, const double *mu, const double *sd, size_t k, double x)
{
    double F = 0;
    for (size_t i = 0; i < k; i++)
        F += w[i] * (sd[i] > 0 ? gsl_cdf_ugaussian_P((x - mu[i]) / sd[i]) : x >= mu[i]);
    return F;
}

static void one_member_is_its_normal(void **state)
{
    (void)state;
    const double w = 1, mu = 50, sd = 4;
    assert_near(tsf_pool_quantile(&w, &mu, &sd, 1, 0.975), 50 + 4 * Z95, 1e-9);
    assert_near(tsf_pool_quantile(&w, &mu, &sd, 1, 0.5), 50, 1e-9);
    assert_near(tsf_pool_quantile(&w, &mu, &sd, 1, 0.1), 50 + 4 * gsl_cdf_ugaussian_Pinv(0.1), 1e-9);
}

static void symmetric_members(void **state)
{
    (void)state;
    const double w[] = {0.5, 0.5}, mu[] = {-3, 3}, sd[] = {1, 1};
    assert_near(tsf_pool_quantile(w, mu, sd, 2, 0.5), 0, 1e-9);
    double lo = tsf_pool_quantile(w, mu, sd, 2, 0.1), hi = tsf_pool_quantile(w, mu, sd, 2, 0.9);
    assert_near(lo, -hi, 1e-9);
    /* Wider than either member's own 80% interval around the middle. */
    assert_true(hi > 3);
}

/* Members far apart, of very different spreads, uneven weights: each
 * quantile is where the mixture reaches it. */
static void quantiles_solve_the_mixture(void **state)
{
    (void)state;
    const double w[] = {0.2, 0.5, 0.3}, mu[] = {100, 140, 1000}, sd[] = {0.5, 30, 200};
    const double ps[] = {0.001, 0.025, 0.1, 0.2, 0.5, 0.7, 0.9, 0.975, 0.999};
    double prev = -HUGE_VAL;
    for (size_t i = 0; i < sizeof ps / sizeof *ps; i++) {
        double x = tsf_pool_quantile(w, mu, sd, 3, ps[i]);
        assert_near(mixture_cdf(w, mu, sd, 3, x), ps[i], 1e-10);
        assert_true(x > prev);
        prev = x;
    }
}

/* A member without spread is a point: the quantiles inside its mass sit
 * on it; weights 1/3 each, rounded, still read as thirds. */
static void points_and_rounded_weights(void **state)
{
    (void)state;
    const double w[] = {0.333333, 0.333333, 0.333333}, mu[] = {0, 10, 20}, sd[] = {0, 0, 0};
    assert_near(tsf_pool_quantile(w, mu, sd, 3, 0.2), 0, 1e-9);
    assert_near(tsf_pool_quantile(w, mu, sd, 3, 0.5), 10, 1e-9);
    assert_near(tsf_pool_quantile(w, mu, sd, 3, 0.9), 20, 1e-9);
    const double w2[] = {0.5, 0.5}, mu2[] = {0, 10}, sd2[] = {0, 2};
    /* Half the mass at 0, so the 40% quantile is 0 and the 75% is the
     * normal's median. */
    assert_near(tsf_pool_quantile(w2, mu2, sd2, 2, 0.4), 0, 1e-9);
    assert_near(tsf_pool_quantile(w2, mu2, sd2, 2, 0.75), 10, 1e-9);
    /* No member: no quantile. */
    assert_true(isnan(tsf_pool_quantile(w, mu, sd, 0, 0.5)));
}

FC_TEST_MAIN(cmocka_unit_test(one_member_is_its_normal), cmocka_unit_test(symmetric_members),
             cmocka_unit_test(quantiles_solve_the_mixture), cmocka_unit_test(points_and_rounded_weights))
