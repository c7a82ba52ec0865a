/* The linear opinion pool of normal forecast distributions: member i says
 * N(mu_i, sd_i^2) with weight w_i, the pool is their mixture, and an
 * interval end is a quantile of the mixture.  It is what pooling the
 * members' simulated paths converges to when each member's forecast is
 * normal, as every member of comb reports it (Hyndman et al. 2008, ch. 6
 * for ETS), without the Monte Carlo error or the cost of the paths. */
#include <math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include "forecast/forecast_impl.h"

/* The mixture's distribution function at x, and its density. */
static double pool_cdf(const double *w, const double *mu, const double *sd, size_t k, double x,
                       double *density)
{
    double F = 0, f = 0;
    for (size_t i = 0; i < k; i++) {
        if (sd[i] > 0) {
            double z = (x - mu[i]) / sd[i];
            F += w[i] * gsl_cdf_ugaussian_P(z);
            f += w[i] * gsl_ran_ugaussian_pdf(z) / sd[i];
        } else {
            F += x >= mu[i] ? w[i] : 0; /* a member without spread: a point */
        }
    }
    *density = f;
    return F;
}

double tsf_pool_quantile(const double *w, const double *mu, const double *sd, size_t k, double p)
{
    /* Every member's mass lies within 10 sd of its mean, so the quantile
     * lies within the outermost of those bounds. */
    double lo = HUGE_VAL, hi = -HUGE_VAL, x = 0, wsum = 0, scale = 0, z = gsl_cdf_ugaussian_Pinv(p);
    for (size_t i = 0; i < k; i++) {
        lo = fmin(lo, mu[i] - 10 * sd[i]);
        hi = fmax(hi, mu[i] + 10 * sd[i]);
        x += w[i] * (mu[i] + sd[i] * z); /* averaged ends: a close start */
        wsum += w[i];
        scale = fmax(scale, fabs(mu[i]) + sd[i]);
    }
    if (k == 0 || !(wsum > 0) || !isfinite(lo) || !isfinite(hi))
        return NAN;
    x /= wsum;
    p *= wsum; /* the weights need not sum to 1 exactly */
    /* Newton's method kept inside a bracket that always holds the root;
     * a step that leaves it, or a flat spot, bisects instead. */
    for (int it = 0; it < 200; it++) {
        double f, F = pool_cdf(w, mu, sd, k, x, &f) - p;
        if (F == 0)
            return x;
        if (F < 0)
            lo = x;
        else
            hi = x;
        if (hi - lo <= 1e-13 * scale || fabs(F) < 1e-13)
            break;
        double next = f > 0 ? x - F / f : NAN;
        x = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    return x;
}
