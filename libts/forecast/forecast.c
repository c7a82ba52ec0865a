/* The forecasting pipeline on one array: check the options, decide on
 * seasonal adjustment, run one method (or auto's combination), turn its
 * standard errors into intervals and put the seasonal pattern back. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include "core/names.h"
#include "forecast/forecast_impl.h"
#include "ts_forecast.h"

static const char *const method_names[] = {"naive", "drift", "linear", "loglinear", "ses",
                                           "holt", "damped", "theta", "auto", "best"};
/* One more than the point where a fit leaves a degree of freedom for sigma
 * (ETS counts its initial states too), so every method gives intervals. */
static const size_t method_min[] = {2, 3, 3, 3, 4, 6, 7, 4, 2, 2};

const char *ts_fc_method_name(ts_fc_method m)
{
    return tsi_name_at(method_names, TSI_COUNT(method_names), (unsigned)m);
}

void ts_fc_method_label(ts_fc_method m, unsigned members, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (m != TS_FC_AUTO || members == 0) {
        snprintf(buf, size, "%s", ts_fc_method_name(m));
        return;
    }
    size_t len = (size_t)snprintf(buf, size, "comb(");
    const char *sep = "";
    for (int i = 0; i < TS_FC_N_METHODS && len < size; i++)
        if (members & (1u << i)) {
            len += (size_t)snprintf(buf + len, size - len, "%s%s", sep, method_names[i]);
            sep = ",";
        }
    if (len < size)
        snprintf(buf + len, size - len, ")");
}

int ts_fc_method_parse(const char *name, ts_fc_method *out, ts_error *err)
{
    int i = tsi_name_index(method_names, TSI_COUNT(method_names), name);
    if (i >= 0) {
        *out = (ts_fc_method)i;
        return TS_OK;
    }
    return ts_error_set(err, TS_EINVAL,
                        "unknown method '%s' (known: naive, drift, linear, loglinear, ses, holt, damped, theta, auto, best)",
                        name);
}

size_t ts_fc_method_min_points(ts_fc_method m)
{
    return (unsigned)m <= TS_FC_BEST ? method_min[m] : 0;
}

void ts_fc_options_init(ts_fc_options *o)
{
    memset(o, 0, sizeof *o);
    o->method = TS_FC_AUTO;
    o->seasonal = TS_FC_SEASONAL_AUTO;
    o->period = 1;
    o->horizon = 1;
    o->n_levels = 2;
    o->levels[0] = 80;
    o->levels[1] = 95;
    o->alpha = o->beta = o->phi = NAN;
    o->backtest_origins = 3;
}

ts_fc_result *ts_fc_result_new(size_t horizon, ts_error *err)
{
    if (horizon == 0) {
        ts_error_set(err, TS_EINVAL, "the horizon must be at least 1");
        return NULL;
    }
    ts_fc_result *r = calloc(1, sizeof *r);
    double *buf = calloc(horizon * (1 + 2 * TS_FC_MAX_LEVELS), sizeof *buf);
    if (!r || !buf) {
        free(r);
        free(buf);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    r->horizon = horizon;
    r->mean = buf;
    for (size_t i = 0; i < TS_FC_MAX_LEVELS; i++) {
        r->lo[i] = buf + horizon * (1 + 2 * i);
        r->hi[i] = buf + horizon * (2 + 2 * i);
    }
    return r;
}

void ts_fc_result_free(ts_fc_result *r)
{
    if (!r)
        return;
    free(r->mean);
    free(r);
}

static int check_options(const ts_fc_options *o, ts_error *err)
{
    if ((unsigned)o->method > TS_FC_BEST)
        return ts_error_set(err, TS_EINVAL, "unknown method %d", (int)o->method);
    if (o->period != 1 && o->period != 2 && o->period != 4 && o->period != 12)
        return ts_error_set(err, TS_EINVAL, "period must be 1, 2, 4 or 12 observations a year, not %d",
                            o->period);
    if (o->horizon < 1)
        return ts_error_set(err, TS_EINVAL, "the horizon must be at least 1");
    if (o->n_levels > TS_FC_MAX_LEVELS)
        return ts_error_set(err, TS_EINVAL, "at most %d interval levels", TS_FC_MAX_LEVELS);
    for (size_t i = 0; i < o->n_levels; i++)
        if (!(o->levels[i] > 0 && o->levels[i] < 100))
            return ts_error_set(err, TS_EINVAL, "interval level %g is not between 0 and 100", o->levels[i]);
    if (o->seasonal == TS_FC_SEASONAL_YES && o->period != 4 && o->period != 12)
        return ts_error_set(err, TS_EINVAL, "seasonal adjustment needs quarterly or monthly data");
    return TS_OK;
}

static int all_positive(const double *y, size_t n)
{
    for (size_t t = 0; t < n; t++)
        if (!(y[t] > 0))
            return 0;
    return 1;
}

/* Runs one concrete method on the (adjusted) series z. */
static int run_method(ts_fc_method m, const double *z, size_t n, size_t h,
                      const ts_fc_options *o, const tsf_hint *hint, tsf_path *p, ts_error *err)
{
    tsf_fixed fix = {o->alpha, o->beta, o->phi, NAN, NAN, NAN};
    if (hint) {
        fix.start_alpha = hint->alpha;
        fix.start_beta = hint->beta;
        fix.start_phi = hint->phi;
    }
    switch (m) {
    case TS_FC_NAIVE: return tsf_naive(z, n, h, p, err);
    case TS_FC_DRIFT: return tsf_drift(z, n, h, p, err);
    case TS_FC_LINEAR: return tsf_linear(z, n, h, 0, p, err);
    case TS_FC_LOGLINEAR: return tsf_linear(z, n, h, 1, p, err);
    case TS_FC_SES: return tsf_ets(z, n, h, TSF_TREND_NONE, &fix, p, err);
    case TS_FC_HOLT: return tsf_ets(z, n, h, TSF_TREND_ADD, &fix, p, err);
    case TS_FC_DAMPED: return tsf_ets(z, n, h, TSF_TREND_DAMPED, &fix, p, err);
    case TS_FC_THETA: return tsf_theta(z, n, h, &fix, p, err);
    default: return ts_error_set(err, TS_EINVAL, "unknown method %d", (int)m);
    }
}

/* auto on the (adjusted) series z: fits ses, holt and damped, weighs
 * them by AICc (fc_combine.c) and writes the combination into p: mean
 * sum w_i mean_i, standard error sum w_i se_i.  All members have normal
 * intervals with the same quantile, so mean +- q sum w_i se_i is exactly
 * the weighted average of the members' interval ends at every level
 * (averaging quantiles, Lichtendahl, Grushka-Cockayne & Winkler 2013), and
 * sum w_i se_i is at least the standard deviation of the combined error
 * whatever the correlation of the members' errors: the interval is not
 * narrower than the members' own models support.  One member taking part
 * is that method itself; none (under 4 points) falls back to naive.
 * *used gets AUTO, the lone member or NAIVE; members and w[] the rest. */
static int run_comb(const double *z, size_t n, size_t h, const ts_fc_options *o, tsf_path *p,
                    ts_fc_method *used, unsigned *members, double *w, ts_error *err)
{
    double *buf = malloc(2 * TSF_COMB_K * h * sizeof *buf);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    tsf_path q[TSF_COMB_K];
    double aicc[TSF_COMB_K], cw[TSF_COMB_K];
    int fitted[TSF_COMB_K];
    const double *means[TSF_COMB_K], *ses[TSF_COMB_K];
    double tss = tsf_tss(z, n);
    int rc = TS_OK;
    for (size_t k = 0; k < TSF_COMB_K && rc == TS_OK; k++) {
        ts_fc_method m = tsf_comb_members[k];
        q[k] = (tsf_path){buf + 2 * k * h, buf + (2 * k + 1) * h, 0, 0, NAN, NAN, NAN, NAN, NAN, 0};
        means[k] = q[k].mean;
        ses[k] = q[k].se;
        fitted[k] = 0;
        aicc[k] = NAN;
        if (n < method_min[m])
            continue;
        rc = run_method(m, z, n, h, o, NULL, &q[k], err);
        if (rc == TS_OK) {
            fitted[k] = 1;
            aicc[k] = tsf_aicc(q[k].sse, tss, n, q[k].npar);
        }
    }
    for (size_t i = 0; i < TS_FC_N_METHODS; i++)
        w[i] = 0;
    *members = 0;
    size_t used_k = rc ? 0 : tsf_comb_weights(aicc, fitted, TSF_COMB_K, cw);
    if (rc) {
        /* a member failed (bad fixed parameter, numerical failure) */
    } else if (used_k == 0) {
        rc = run_method(TS_FC_NAIVE, z, n, h, o, NULL, p, err);
        *used = TS_FC_NAIVE;
    } else if (used_k == 1) {
        size_t k = 0;
        while (!(cw[k] > 0))
            k++;
        double *mean = p->mean, *se = p->se;
        *p = q[k];
        p->mean = mean;
        p->se = se;
        memcpy(mean, q[k].mean, h * sizeof *mean);
        memcpy(se, q[k].se, h * sizeof *se);
        *used = tsf_comb_members[k];
    } else {
        tsf_comb_sum(cw, means, TSF_COMB_K, h, p->mean);
        tsf_comb_sum(cw, ses, TSF_COMB_K, h, p->se);
        p->df = 0;
        p->log_scale = 0;
        p->alpha = p->beta = p->phi = p->sigma = NAN;
        *used = TS_FC_AUTO;
        for (size_t k = 0; k < TSF_COMB_K; k++)
            if (fitted[k] && isfinite(aicc[k])) {
                *members |= 1u << tsf_comb_members[k];
                w[tsf_comb_members[k]] = cw[k];
            }
    }
    free(buf);
    return rc;
}

/* Decides on seasonal adjustment and fills z with the series to model (y
 * divided by the indices when adjusting). */
static int seasonal_prep(const double *y, size_t n, const ts_fc_options *o, int *adjust,
                         double *index, double *z, ts_error *err)
{
    size_t mp = (size_t)o->period;
    int adj = 0;
    if (o->seasonal == TS_FC_SEASONAL_YES)
        adj = 1;
    else if (o->seasonal == TS_FC_SEASONAL_AUTO && mp >= 4)
        /* As in the M4 benchmarks: only with three full years, and only
         * for positive data, which multiplicative indices need. */
        adj = n >= 3 * mp && all_positive(y, n) && ts_fc_seasonality_test(y, n, o->period);
    if (adj) {
        int rc = ts_fc_decompose(y, n, o->period, index, err);
        if (rc)
            return rc;
        for (size_t t = 0; t < n; t++)
            z[t] = y[t] / index[t % mp];
    } else {
        memcpy(z, y, n * sizeof *z);
    }
    *adjust = adj;
    return TS_OK;
}

/* auto's entry in tsf_points: the combination of the members fitted in
 * this pass (their forecasts already reseasonalised, which commutes with
 * a weighted sum), naive's forecast when none took part. */
static int points_comb(const ts_fc_method *m, size_t i, size_t h, double *means, const int *rcs,
                       const double *aicc, unsigned *members, ts_error *err)
{
    double cw[TSF_COMB_K];
    int fitted[TSF_COMB_K];
    const double *x[TSF_COMB_K];
    long naive = -1;
    for (size_t k = 0; k < TSF_COMB_K; k++) {
        fitted[k] = 0;
        x[k] = NULL;
    }
    for (size_t j = 0; j < i; j++) {
        if (rcs[j])
            continue;
        if (m[j] == TS_FC_NAIVE)
            naive = (long)j;
        for (size_t k = 0; k < TSF_COMB_K; k++)
            if (m[j] == tsf_comb_members[k]) {
                fitted[k] = 1;
                x[k] = means + j * h;
            }
    }
    size_t used = tsf_comb_weights(aicc, fitted, TSF_COMB_K, cw);
    double *out = means + i * h;
    if (used == 0) {
        if (naive < 0)
            return ts_error_set(err, TS_EINVAL, "auto: no method could be fitted");
        memcpy(out, means + (size_t)naive * h, h * sizeof *out);
        return TS_OK;
    }
    tsf_comb_sum(cw, x, TSF_COMB_K, h, out);
    for (size_t k = 0; k < TSF_COMB_K; k++)
        if (cw[k] > 0 || (fitted[k] && isfinite(aicc[k])))
            *members |= 1u << tsf_comb_members[k];
    return TS_OK;
}

int tsf_points(const double *y, size_t n, const ts_fc_options *o, const ts_fc_method *m,
               size_t nm, size_t h, double *means, int *rcs, ts_error *errs,
               tsf_hint *hints, unsigned *members, ts_error *err)
{
    size_t mp = (size_t)o->period;
    int adjust = 0;
    double *buf = malloc((n + 3 * h + 12) * sizeof *buf);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double *z = buf, *se = buf + n, *ses = se + h, *index = ses + h;
    int rc = seasonal_prep(y, n, o, &adjust, index, z, err);
    if (rc) {
        free(buf);
        return rc;
    }
    double ses_alpha = NAN, tss = tsf_tss(z, n);
    double aicc[TSF_COMB_K] = {NAN, NAN, NAN};
    for (size_t i = 0; i < nm; i++) {
        double *out = means + i * h;
        tsf_path p = {out, se, 0, 0, NAN, NAN, NAN, NAN, NAN, 0};
        if (m[i] == TS_FC_AUTO) {
            rcs[i] = points_comb(m, i, h, means, rcs, aicc, members, &errs[i]);
            continue; /* its members were reseasonalised already */
        }
        if (n < method_min[m[i]]) {
            rcs[i] = ts_error_set(&errs[i], TS_EINVAL, "%s needs at least %zu observations, the series has %zu",
                                  method_names[m[i]], method_min[m[i]], n);
            continue;
        }
        if (m[i] == TS_FC_THETA && !isnan(ses_alpha)) {
            /* Theta is SES plus a drift: the SES fit of this origin serves. */
            memcpy(out, ses, h * sizeof *out);
            tsf_theta_drift(z, n, h, ses_alpha, out);
            rcs[i] = TS_OK;
        } else {
            rcs[i] = run_method(m[i], z, n, h, o, &hints[i], &p, &errs[i]);
            if (rcs[i])
                continue;
            hints[i].alpha = p.alpha;
            hints[i].beta = p.beta;
            hints[i].phi = p.phi;
            if (p.log_scale)
                for (size_t j = 0; j < h; j++)
                    out[j] = exp(out[j]);
            if (m[i] == TS_FC_SES) {
                memcpy(ses, out, h * sizeof *ses);
                ses_alpha = p.alpha;
            }
            for (size_t k = 0; k < TSF_COMB_K; k++)
                if (m[i] == tsf_comb_members[k])
                    aicc[k] = tsf_aicc(p.sse, tss, n, p.npar);
        }
        if (adjust)
            for (size_t j = 0; j < h; j++)
                out[j] *= index[(n + j) % mp];
    }
    free(buf);
    return TS_OK;
}

/* BEST: the method (or auto's combination) with the lowest MASE over the
 * backtest origins, as the rolling-origin selection of Tashman (2000,
 * IJF 16(4)) does it; a series too short to backtest gets the combination,
 * which copes with short series. */
static ts_fc_method best_by_backtest(const double *y, size_t n, const ts_fc_options *o)
{
    ts_fc_accuracy acc[TS_FC_N_METHODS + 1];
    size_t na = 0;
    ts_error ignored;
    if (ts_fc_backtest_all(y, n, o, acc, &na, &ignored) != TS_OK)
        return TS_FC_AUTO;
    size_t b = ts_fc_backtest_best(acc, na);
    return b < na ? acc[b].method : TS_FC_AUTO;
}

int ts_forecast_run(const double *y, size_t n, const ts_fc_options *o,
                    ts_fc_result *res, ts_error *err)
{
    int rc = check_options(o, err);
    if (rc)
        return rc;
    if (res->horizon < o->horizon)
        return ts_error_set(err, TS_EINVAL, "result has room for %zu steps, %zu asked", res->horizon,
                            o->horizon);
    for (size_t t = 0; t < n; t++)
        if (!isfinite(y[t]))
            return ts_error_set(err, TS_EINVAL, "observation %zu is not a finite number", t + 1);
    ts_fc_method m = o->method;
    if (m == TS_FC_BEST)
        m = best_by_backtest(y, n, o);
    if (n < method_min[m])
        return ts_error_set(err, TS_EINVAL, "%s needs at least %zu observations, the series has %zu",
                            method_names[m], method_min[m], n);
    if (m == TS_FC_LOGLINEAR && !all_positive(y, n)) {
        for (size_t t = 0; t < n; t++)
            if (!(y[t] > 0))
                return ts_error_set(err, TS_EINVAL,
                                    "loglinear needs positive values, observation %zu is %g", t + 1, y[t]);
    }

    size_t h = o->horizon, mp = (size_t)o->period;
    int adjust = 0;
    double *buf = malloc((n + 2 * h + 12) * sizeof *buf);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double *z = buf, *mean = buf + n, *se = mean + h, *index = se + h;
    rc = seasonal_prep(y, n, o, &adjust, index, z, err);
    if (rc)
        goto done;

    tsf_path p = {mean, se, 0, 0, NAN, NAN, NAN, NAN, NAN, 0};
    res->members = 0;
    for (size_t i = 0; i < TS_FC_N_METHODS; i++)
        res->weight[i] = 0;
    if (m == TS_FC_AUTO)
        rc = run_comb(z, n, h, o, &p, &m, &res->members, res->weight, err);
    else
        rc = run_method(m, z, n, h, o, NULL, &p, err);
    if (rc)
        goto done;
    res->method = m;
    res->seasonal = adjust;
    res->alpha = p.alpha;
    res->beta = p.beta;
    res->phi = p.phi;
    res->sigma = p.sigma;
    res->n_levels = o->n_levels;
    for (size_t k = 0; k < o->n_levels; k++) {
        res->levels[k] = o->levels[k];
        double pr = 0.5 + o->levels[k] / 200.0;
        double q = p.df > 0 ? gsl_cdf_tdist_Pinv(pr, p.df) : gsl_cdf_ugaussian_Pinv(pr);
        for (size_t i = 0; i < h; i++) {
            double lo = mean[i] - q * se[i], hi = mean[i] + q * se[i];
            if (p.log_scale) {
                lo = exp(lo);
                hi = exp(hi);
            }
            double s = adjust ? index[(n + i) % mp] : 1.0;
            res->lo[k][i] = lo * s;
            res->hi[k][i] = hi * s;
        }
    }
    for (size_t i = 0; i < h; i++) {
        double v = p.log_scale ? exp(mean[i]) : mean[i];
        res->mean[i] = v * (adjust ? index[(n + i) % mp] : 1.0);
    }
    rc = TS_OK;
done:
    free(buf);
    return rc;
}
