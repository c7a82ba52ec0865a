/* The full-year estimate from a year-to-date figure ("ước thực hiện cả
 * năm"): the year-to-date value over the share that part of the year held
 * in past years, with a t-based prediction interval for this year's share
 * and, given a plan, the chance the year reaches it. */
#include <math.h>
#include <gsl/gsl_cdf.h>
#include "forecast/yearend.h"
#include "ts_forecast.h"

static int check_levels(size_t n_levels, const double *levels, ts_error *err)
{
    if (n_levels > TS_FC_MAX_LEVELS)
        return ts_error_set(err, TS_EINVAL, "at most %d interval levels", TS_FC_MAX_LEVELS);
    for (size_t i = 0; i < n_levels; i++)
        if (!(levels[i] > 0 && levels[i] < 100))
            return ts_error_set(err, TS_EINVAL, "interval level %g is not between 0 and 100", levels[i]);
    return TS_OK;
}

void tsf_ye_from_shares(double ytd, double fraction, const double *shares, size_t k, double plan,
                        size_t n_levels, const double *levels, ts_yearend *out)
{
    ts_yearend r;
    for (size_t i = 0; i < TS_FC_MAX_LEVELS; i++)
        r.lo[i] = r.hi[i] = NAN;
    r.share_sd = NAN;
    r.p_plan = NAN;
    r.pct_plan = NAN;
    double sum = 0, sumsq = 0;
    for (size_t i = 0; i < k; i++) {
        sum += shares[i];
        sumsq += shares[i] * shares[i];
    }
    r.n_history = k;
    if (k == 0) {
        r.pro_rata = 1;
        r.share_mean = fraction;
        r.estimate = ytd / fraction;
    } else {
        r.pro_rata = 0;
        double mean = sum / (double)k;
        r.share_mean = mean;
        r.estimate = ytd / mean;
        if (k >= 2) {
            double var = (sumsq - (double)k * mean * mean) / (double)(k - 1);
            r.share_sd = var > 0 ? sqrt(var) : 0;
            /* This year's share is a new draw: its prediction standard
             * error carries the uncertainty of the mean too. */
            double se = r.share_sd * sqrt(1.0 + 1.0 / (double)k);
            double df = (double)(k - 1);
            for (size_t i = 0; i < n_levels; i++) {
                double q = gsl_cdf_tdist_Pinv(0.5 + levels[i] / 200.0, df);
                double s_lo = mean - q * se, s_hi = mean + q * se;
                /* The estimate falls as the share rises. */
                r.lo[i] = ytd / s_hi;
                r.hi[i] = s_lo > 0 ? ytd / s_lo : INFINITY;
            }
            if (isfinite(plan) && plan > 0) {
                /* full >= plan  <=>  share <= ytd / plan (for ytd > 0). */
                double s_need = ytd / plan;
                if (se > 0)
                    r.p_plan = gsl_cdf_tdist_P((s_need - mean) / se, df);
                else
                    r.p_plan = s_need >= mean ? 1.0 : 0.0;
            }
        }
    }
    if (isfinite(plan) && plan != 0)
        r.pct_plan = 100.0 * r.estimate / plan;
    *out = r;
}

int ts_yearend_estimate(double ytd, double fraction, const double *past_ytd,
                        const double *past_full, size_t n_past, double plan,
                        size_t n_levels, const double *levels,
                        ts_yearend *out, ts_error *err)
{
    if (!isfinite(ytd))
        return ts_error_set(err, TS_EINVAL, "the year-to-date value is not a finite number");
    if (!(fraction > 0 && fraction < 1))
        return ts_error_set(err, TS_EINVAL, "the year-to-date part must be a fraction of the year, not %g",
                            fraction);
    int rc = check_levels(n_levels, levels, err);
    if (rc)
        return rc;
    /* Shares of past years; a year with a non-positive figure says nothing
     * about a share and is skipped. */
    double shares[64];
    size_t k = 0;
    for (size_t i = 0; i < n_past && k < 64; i++)
        if (past_ytd[i] > 0 && past_full[i] > 0 && isfinite(past_ytd[i]) && isfinite(past_full[i]))
            shares[k++] = past_ytd[i] / past_full[i];
    tsf_ye_from_shares(ytd, fraction, shares, k, plan, n_levels, levels, out);
    return TS_OK;
}
