/* Forecast accuracy and the rolling-origin backtest: refit at each of the
 * last k origins, score the held-out steps with MAE, sMAPE and MASE (the
 * M4 competition's measures).  All methods of one series, auto's
 * combination among them, are scored on the same origins and steps, so
 * their figures compare. */
#include <math.h>
#include <stdlib.h>
#include "forecast/forecast_impl.h"
#include "ts_forecast.h"

double ts_fc_smape(const double *actual, const double *fcst, size_t h)
{
    double s = 0;
    for (size_t i = 0; i < h; i++) {
        double d = fabs(actual[i]) + fabs(fcst[i]);
        if (d > 0)
            s += 2.0 * fabs(actual[i] - fcst[i]) / d;
    }
    return h ? 100.0 * s / (double)h : NAN;
}

double ts_fc_mase(const double *actual, const double *fcst, size_t h,
                  const double *train, size_t n, int m)
{
    size_t lag = (m >= 1 && n > (size_t)m) ? (size_t)m : 1;
    if (n <= lag || h == 0)
        return NAN;
    double scale = 0;
    for (size_t t = lag; t < n; t++)
        scale += fabs(train[t] - train[t - lag]);
    scale /= (double)(n - lag);
    if (!(scale > 0))
        return NAN;
    double mae = 0;
    for (size_t i = 0; i < h; i++)
        mae += fabs(actual[i] - fcst[i]);
    return mae / (double)h / scale;
}

/* The schedule: k origins, each followed by h scored steps, the first
 * training window holding at least `need` points.  Keeps the requested
 * origins as long as possible by shortening the steps first. */
static int schedule(size_t n, size_t horizon, size_t origins, size_t need, size_t *h, size_t *k)
{
    size_t hh = horizon, kk = origins;
    while (hh > 1 && n < need + hh + kk - 1)
        hh--;
    while (kk > 1 && n < need + hh + kk - 1)
        kk--;
    if (n < need + hh + kk - 1)
        return 0;
    *h = hh;
    *k = kk;
    return 1;
}

/* Scores the nm methods m[] on k origins with h steps each: one pass per
 * origin (tsf_points), each method starting its search from its estimate
 * at the previous origin.  ok[i] says whether method i ran at every origin
 * (else errs[i] tells why).  Returns TS_OK or a failure common to all. */
static int run_schedule(const double *y, size_t n, const ts_fc_options *o, const ts_fc_method *m,
                        size_t nm, size_t h, size_t k, ts_fc_accuracy *acc, int *ok,
                        ts_error *errs, ts_error *err)
{
    enum { N_ROWS = TS_FC_BACKTEST_ROWS };
    double *means = malloc(nm * h * sizeof *means);
    if (!means)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double mae[N_ROWS] = {0}, smape[N_ROWS] = {0}, mase[N_ROWS] = {0};
    size_t mase_n[N_ROWS] = {0};
    int rcs[N_ROWS];
    tsf_hint hints[N_ROWS];
    ts_error e[N_ROWS];
    unsigned members = 0;
    for (size_t i = 0; i < nm; i++) {
        ok[i] = 1;
        hints[i].alpha = hints[i].beta = hints[i].phi = NAN;
    }
    int rc = TS_OK;
    for (size_t j = 0; j < k && rc == TS_OK; j++) {
        size_t t = n - h - (k - 1) + j;
        rc = tsf_points(y, t, o, m, nm, h, means, rcs, e, hints, &members, err);
        if (rc)
            break;
        double s = 0;
        for (size_t i = 0; i < nm; i++) {
            if (!ok[i])
                continue;
            if (rcs[i]) {
                ok[i] = 0;
                errs[i] = e[i];
                continue;
            }
            const double *f = means + i * h;
            double a = 0;
            for (size_t q = 0; q < h; q++)
                a += fabs(y[t + q] - f[q]);
            mae[i] += a / (double)h;
            smape[i] += ts_fc_smape(y + t, f, h);
            s = ts_fc_mase(y + t, f, h, y, t, o->period);
            if (isfinite(s)) {
                mase[i] += s;
                mase_n[i]++;
            }
        }
    }
    free(means);
    if (rc)
        return rc;
    for (size_t i = 0; i < nm; i++) {
        acc[i].method = m[i];
        acc[i].members = m[i] == TS_FC_COMB ? members : 0;
        acc[i].origins = k;
        acc[i].steps = h;
        acc[i].mae = mae[i] / (double)k;
        acc[i].smape = smape[i] / (double)k;
        acc[i].mase = mase_n[i] == k ? mase[i] / (double)k : NAN;
    }
    return TS_OK;
}

static size_t seasonal_need(const ts_fc_options *o, size_t need)
{
    size_t two_years = 2 * (size_t)o->period;
    if (o->seasonal == TS_FC_SEASONAL_YES && need < two_years)
        return two_years;
    return need;
}

size_t ts_fc_backtest_best(const ts_fc_accuracy *acc, size_t n)
{
    size_t best = n;
    for (size_t i = 0; i < n; i++)
        if (isfinite(acc[i].mase) && (best == n || acc[i].mase < acc[best].mase))
            best = i;
    return best;
}

int ts_fc_backtest(const double *y, size_t n, const ts_fc_options *o,
                   ts_fc_method m, ts_fc_accuracy *acc, ts_error *err)
{
    if ((unsigned)m > TS_FC_COMB)
        return ts_error_set(err, TS_EINVAL, "unknown method %d", (int)m);
    if (o->backtest_origins < 1 || o->horizon < 1)
        return ts_error_set(err, TS_EINVAL, "the backtest needs at least one origin and one step");
    size_t need = seasonal_need(o, ts_fc_method_min_points(m)), h, k;
    if (!schedule(n, o->horizon, o->backtest_origins, need, &h, &k))
        return ts_error_set(err, TS_EINVAL,
                            "backtest of %s needs at least %zu observations, the series has %zu",
                            ts_fc_method_name(m), need + 1, n);
    ts_fc_accuracy rows[1];
    int ok[1];
    ts_error e[1];
    size_t nl = 1;
    int rc = run_schedule(y, n, o, &m, nl, h, k, rows, ok, e, err);
    if (rc)
        return rc;
    if (!ok[nl - 1]) {
        if (err)
            *err = e[nl - 1];
        return e[nl - 1].code;
    }
    *acc = rows[nl - 1];
    return TS_OK;
}

int ts_fc_backtest_all(const double *y, size_t n, const ts_fc_options *o,
                       ts_fc_accuracy *acc, size_t *n_acc, ts_error *err)
{
    if (o->backtest_origins < 1 || o->horizon < 1)
        return ts_error_set(err, TS_EINVAL, "the backtest needs at least one origin and one step");
    int positive = 1;
    for (size_t t = 0; t < n; t++)
        if (!(y[t] > 0))
            positive = 0;
    /* The largest minimum for which a schedule exists sets the shared
     * schedule; methods needing more sit this series out. */
    size_t need = 0, h = 0, k = 0;
    for (int m = 0; m < TS_FC_N_METHODS; m++) {
        size_t q = seasonal_need(o, ts_fc_method_min_points((ts_fc_method)m));
        size_t hh, kk;
        if (q > need && schedule(n, o->horizon, o->backtest_origins, q, &hh, &kk)) {
            need = q;
            h = hh;
            k = kk;
        }
    }
    if (need == 0)
        return ts_error_set(err, TS_EINVAL,
                            "auto needs at least %zu observations for a backtest, the series has %zu",
                            seasonal_need(o, ts_fc_method_min_points(TS_FC_NAIVE)) + 1, n);
    ts_fc_method cand[TS_FC_BACKTEST_ROWS];
    size_t nc = 0;
    for (int m = 0; m < TS_FC_N_METHODS; m++) {
        if (seasonal_need(o, ts_fc_method_min_points((ts_fc_method)m)) > need)
            continue;
        if (m == TS_FC_LOGLINEAR && !positive)
            continue;
        cand[nc++] = (ts_fc_method)m;
    }
    cand[nc++] = TS_FC_AUTO;
    cand[nc++] = TS_FC_COMB;
    ts_fc_accuracy all[TS_FC_BACKTEST_ROWS];
    int ok[TS_FC_BACKTEST_ROWS];
    ts_error errs[TS_FC_BACKTEST_ROWS];
    int rc = run_schedule(y, n, o, cand, nc, h, k, all, ok, errs, err);
    if (rc)
        return rc;
    size_t count = 0;
    ts_error first_err;
    ts_error_clear(&first_err);
    for (size_t i = 0; i < nc; i++) {
        /* A method that fails on a training window (numerically) is left
         * out rather than failing the series. */
        if (!ok[i]) {
            if (!first_err.code)
                first_err = errs[i];
            continue;
        }
        acc[count++] = all[i];
    }
    if (count == 0) {
        if (err && first_err.code)
            *err = first_err;
        return first_err.code ? first_err.code
                              : ts_error_set(err, TS_EINVAL, "no method could be backtested");
    }
    *n_acc = count;
    return TS_OK;
}
