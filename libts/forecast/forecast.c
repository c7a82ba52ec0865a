/* The forecasting pipeline on one array: check the options, decide on
 * seasonal adjustment, run one method (auto is fc_auto.c, comb fc_comb.c),
 * turn its standard errors into intervals and put the seasonal pattern
 * back. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include "core/names.h"
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"
#include "ts_forecast.h"

static const char *const method_names[] = {"naive", "drift", "linear", "loglinear", "ses", "holt",
                                           "damped", "theta", "ets", "auto", "comb", "best"};
/* One more than the point where a fit leaves a degree of freedom for sigma
 * (ETS counts its initial states too), so every method gives intervals;
 * ets needs one more for the AICc that picks its form. */
static const size_t method_min[] = {2, 3, 3, 3, 4, 6, 7, 4, 5, 2, 2, 2};

const char *ts_fc_method_name(ts_fc_method m)
{
    return tsi_name_at(method_names, TSI_COUNT(method_names), (unsigned)m);
}

void ts_fc_method_label(ts_fc_method m, unsigned members, const char *model, char *buf,
                        size_t size)
{
    if (size == 0)
        return;
    if (m == TS_FC_ETS && model && model[0]) {
        snprintf(buf, size, "ets:%s", model);
        return;
    }
    if (members == 0) {
        snprintf(buf, size, "%s", ts_fc_method_name(m));
        return;
    }
    size_t len = (size_t)snprintf(buf, size, "comb(");
    const char *sep = "";
    for (int i = 0; i < TS_FC_N_METHODS && len < size; i++)
        if (members & (1u << i)) {
            if (i == TS_FC_ETS && model && model[0])
                len += (size_t)snprintf(buf + len, size - len, "%sets:%s", sep, model);
            else
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
                        "unknown method '%s' (known: naive, drift, linear, loglinear, ses, holt, damped, theta, "
                        "ets, ets:MODEL such as ets:AAdA, auto, comb, best)",
                        name);
}

int ts_fc_options_method(ts_fc_options *o, const char *name, ts_error *err)
{
    if (strncmp(name, "ets:", 4) == 0) {
        tsf_ets_form f;
        /* The season length is the series' own; 12 admits every form here
         * and the run checks it against the period. */
        int rc = tsf_ets_form_parse(name + 4, 12, &f, err);
        if (rc)
            return rc;
        o->method = TS_FC_ETS;
        snprintf(o->ets_model, sizeof o->ets_model, "%s", name + 4);
        return TS_OK;
    }
    ts_fc_method m;
    int rc = ts_fc_method_parse(name, &m, err);
    if (rc)
        return rc;
    o->method = m;
    o->ets_model[0] = '\0';
    return TS_OK;
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
    o->alpha = o->beta = o->gamma = o->phi = NAN;
    o->backtest_origins = 3;
    o->seed = 1;
    o->paths = 0;
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
    if (o->paths > 0 && o->paths < 100)
        return ts_error_set(err, TS_EINVAL, "at least 100 simulated paths, not %zu", o->paths);
    if (o->method == TS_FC_ETS && o->ets_model[0]) {
        tsf_ets_form f;
        ts_error e;
        if (tsf_ets_form_parse(o->ets_model, o->period, &f, &e))
            return ts_error_set(err, TS_EINVAL, "%s", e.msg);
    }
    return TS_OK;
}

static int all_positive(const double *y, size_t n)
{
    for (size_t t = 0; t < n; t++)
        if (!(y[t] > 0))
            return 0;
    return 1;
}

/* Runs one concrete method on z: the seasonally adjusted series, or for
 * ets the series as it is; fit (may be NULL) gets an ETS fit. */
int tsf_run_method(ts_fc_method m, const double *z, size_t n, size_t h, const ts_fc_options *o,
                   const struct tsf_hint_s *hint, tsf_path *p, tsf_ets_fit *fit,
                   ts_error *err)
{
    tsf_fixed fix = {o->alpha, o->beta, o->gamma, o->phi, NAN, NAN, NAN, NAN};
    if (hint) {
        fix.start_alpha = hint->alpha;
        fix.start_beta = hint->beta;
        fix.start_gamma = hint->gamma;
        fix.start_phi = hint->phi;
    }
    p->alpha = p->beta = p->gamma = p->phi = p->sigma = NAN;
    switch (m) {
    case TS_FC_NAIVE: return tsf_naive(z, n, h, p, err);
    case TS_FC_DRIFT: return tsf_drift(z, n, h, p, err);
    case TS_FC_LINEAR: return tsf_linear(z, n, h, 0, p, err);
    case TS_FC_LOGLINEAR: return tsf_linear(z, n, h, 1, p, err);
    case TS_FC_SES: return tsf_smooth(z, n, h, TSF_TREND_NONE, &fix, p, fit, err);
    case TS_FC_HOLT: return tsf_smooth(z, n, h, TSF_TREND_ADD, &fix, p, fit, err);
    case TS_FC_DAMPED: return tsf_smooth(z, n, h, TSF_TREND_DAMPED, &fix, p, fit, err);
    case TS_FC_THETA: return tsf_theta(z, n, h, &fix, p, fit, err);
    case TS_FC_ETS: return tsf_ets_method(z, n, h, o->period, o, &fix, p, fit, err);
    default: return ts_error_set(err, TS_EINVAL, "unknown method %d", (int)m);
    }
}

int tsf_seasonal_prep(const double *y, size_t n, const ts_fc_options *o, int *adjust,
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

/* BEST: the method (or auto's combination) with the lowest MASE over the
 * backtest origins, as the rolling-origin selection of Tashman (2000,
 * IJF 16(4)) does it; a series too short to backtest gets the combination,
 * which copes with short series. */
static ts_fc_method best_by_backtest(const double *y, size_t n, const ts_fc_options *o)
{
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS];
    size_t na = 0;
    ts_error ignored;
    if (ts_fc_backtest_all(y, n, o, acc, &na, &ignored) != TS_OK)
        return TS_FC_AUTO;
    size_t b = ts_fc_backtest_best(acc, na);
    return b < na ? acc[b].method : TS_FC_AUTO;
}

void tsf_result_from_path(ts_fc_result *res, const tsf_path *p, const ts_fc_options *o, size_t n,
                          int adjust, const double *index)
{
    size_t h = o->horizon, mp = (size_t)o->period;
    res->alpha = p->alpha;
    res->beta = p->beta;
    res->gamma = p->gamma;
    res->phi = p->phi;
    res->sigma = p->sigma;
    res->n_levels = o->n_levels;
    for (size_t k = 0; k < o->n_levels; k++) {
        res->levels[k] = o->levels[k];
        double pr = 0.5 + o->levels[k] / 200.0;
        double q = p->df > 0 ? gsl_cdf_tdist_Pinv(pr, p->df) : gsl_cdf_ugaussian_Pinv(pr);
        for (size_t i = 0; i < h; i++) {
            double lo = p->mean[i] - q * p->se[i], hi = p->mean[i] + q * p->se[i];
            if (p->log_scale) {
                lo = exp(lo);
                hi = exp(hi);
            }
            double s = adjust ? index[(n + i) % mp] : 1.0;
            res->lo[k][i] = lo * s;
            res->hi[k][i] = hi * s;
        }
    }
    for (size_t i = 0; i < h; i++) {
        double v = p->log_scale ? exp(p->mean[i]) : p->mean[i];
        res->mean[i] = v * (adjust ? index[(n + i) % mp] : 1.0);
    }
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
    res->members = 0;
    res->model[0] = '\0';
    res->simulated = 0;
    for (size_t i = 0; i < TS_FC_N_METHODS; i++)
        res->weight[i] = 0;
    if (m == TS_FC_AUTO)
        return tsf_auto_run(y, n, o, res, err);
    if (m == TS_FC_COMB)
        return tsf_comb_run(y, n, o, res, err);

    size_t h = o->horizon;
    int adjust = 0;
    double *buf = malloc((n + 2 * h + TSF_DECOMPOSE_MAX_M) * sizeof *buf);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double *z = buf, *mean = buf + n, *se = mean + h, *index = se + h;
    /* ets models the seasons itself; the others see the adjusted series. */
    if (m == TS_FC_ETS)
        memcpy(z, y, n * sizeof *z);
    else
        rc = tsf_seasonal_prep(y, n, o, &adjust, index, z, err);
    tsf_path p = {mean, se, 0, 0, NAN, NAN, NAN, NAN, NAN};
    tsf_ets_fit fit;
    if (rc == TS_OK)
        rc = tsf_run_method(m, z, n, h, o, NULL, &p, &fit, err);
    if (rc == TS_OK) {
        res->method = m;
        res->seasonal = adjust;
        if (m == TS_FC_ETS) {
            tsf_ets_form_code(&fit.form, res->model, sizeof res->model);
            res->seasonal = fit.form.season != 'N';
        }
        tsf_result_from_path(res, &p, o, n, adjust, index);
    }
    free(buf);
    return rc;
}
