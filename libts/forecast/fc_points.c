/* Point forecasts of several methods from one training window, for the
 * rolling-origin backtest (fc_backtest.c): the seasonal decision made
 * once, SES's fit shared with Theta, comb's combination (auto's too)
 * formed once.  Intervals are not needed here. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

/* comb's entry: its combination fitted on this window (naive's forecast
 * when no member fits), from the ets row's fits when it made them;
 * *members gets the methods combined. */
static int points_comb(const double *y, size_t n, const ts_fc_options *o, size_t h,
                       const tsf_ets_forms *known, double *out, unsigned *members, ts_error *err)
{
    ts_fc_options ao = *o;
    ao.horizon = h;
    tsf_comb a;
    int rc = tsf_comb_prepare(y, n, &ao, known, &a, err);
    if (rc == TS_OK && a.k == 0) {
        tsf_path p = {out, a.mb[0].drift, 0, 0, NAN, NAN, NAN, NAN, NAN};
        rc = tsf_naive(a.z, n, h, &p, err);
        if (rc == TS_OK && a.adjust)
            for (size_t j = 0; j < h; j++)
                out[j] *= a.index[(n + j) % (size_t)a.period];
    } else if (rc == TS_OK) {
        tsf_comb_mean(&a, out);
        for (size_t i = 0; i < a.k; i++)
            *members |= 1u << a.mb[i].method;
    }
    tsf_comb_free(&a);
    return rc;
}

int tsf_points(const double *y, size_t n, const ts_fc_options *o, const ts_fc_method *m,
               size_t nm, size_t h, double *means, int *rcs, ts_error *errs,
               tsf_hint *hints, unsigned *members, ts_error *err)
{
    size_t mp = (size_t)o->period;
    int adjust = 0;
    double *buf = malloc((n + 2 * h + TSF_DECOMPOSE_MAX_M) * sizeof *buf);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double *z = buf, *se = buf + n, *ses = se + h, *index = ses + h;
    int rc = tsf_seasonal_prep(y, n, o, &adjust, index, z, err);
    if (rc) {
        free(buf);
        return rc;
    }
    double ses_alpha = NAN;
    size_t comb_at = nm;
    /* The ets row's fits of every form, which comb's members reuse. */
    tsf_ets_forms forms;
    const tsf_ets_forms *known = NULL;
    for (size_t i = 0; i < nm; i++) {
        double *out = means + i * h;
        tsf_path p = {out, se, 0, 0, NAN, NAN, NAN, NAN, NAN};
        if (m[i] == TS_FC_COMB || m[i] == TS_FC_AUTO) {
            /* auto is comb: the combination is formed once a window. */
            if (comb_at < nm) {
                memcpy(out, means + comb_at * h, h * sizeof *out);
                rcs[i] = rcs[comb_at];
                errs[i] = errs[comb_at];
            } else {
                rcs[i] = points_comb(y, n, o, h, known, out, members, &errs[i]);
                comb_at = i;
            }
            continue;
        }
        ts_fc_method mi = m[i];
        size_t need = ts_fc_method_min_points(mi);
        if (n < need) {
            rcs[i] = ts_error_set(&errs[i], TS_EINVAL, "%s needs at least %zu observations, the series has %zu",
                                  ts_fc_method_name(mi), need, n);
            continue;
        }
        if (mi == TS_FC_ETS && !o->ets_model[0]) {
            /* ets's pick ignores the previous origin's start, so nothing
             * of the hint is lost. */
            const tsf_fixed fix = {o->alpha, o->beta, o->gamma, o->phi, NAN, NAN, NAN, NAN};
            forms.n_all = 0;
            rcs[i] = tsf_ets_pick(y, n, o->period, o, &fix, &forms.best, forms.all, &forms.n_all, &errs[i]);
            if (rcs[i] == TS_OK)
                rcs[i] = tsf_path_from_fit(&forms.best, h, &p, &errs[i]);
            if (rcs[i] == TS_OK)
                known = &forms;
            continue;
        }
        if (mi == TS_FC_THETA && !isnan(ses_alpha)) {
            /* Theta is SES plus a drift: the SES fit of this origin serves. */
            memcpy(out, ses, h * sizeof *out);
            tsf_theta_drift(z, n, h, ses_alpha, 0.5, out);
            rcs[i] = TS_OK;
        } else {
            /* ets models the seasons itself, on the series as it is. */
            const double *src = mi == TS_FC_ETS ? y : z;
            rcs[i] = tsf_run_method(mi, src, n, h, o, &hints[i], &p, NULL, &errs[i]);
            if (rcs[i])
                continue;
            hints[i] = (tsf_hint){p.alpha, p.beta, p.gamma, p.phi};
            if (p.log_scale)
                for (size_t j = 0; j < h; j++)
                    out[j] = exp(out[j]);
            if (m[i] == TS_FC_SES) {
                memcpy(ses, out, h * sizeof *ses);
                ses_alpha = p.alpha;
            }
            if (mi == TS_FC_ETS)
                continue;
        }
        if (adjust)
            for (size_t j = 0; j < h; j++)
                out[j] *= index[(n + j) % mp];
    }
    free(buf);
    return TS_OK;
}
