/* comb: ETS (the form of lowest AICc), damped Holt and Theta, averaged
 * with equal weights as in the M4 competition's combination benchmark
 * (Makridakis, Spiliotis & Assimakopoulos 2020); on a seasonal series
 * all three model the seasons as ETS does (below), and Theta's line
 * weighs what the data say (add_theta_drift).  Intervals come from the linear opinion pool of
 * the members' forecast distributions, not from averaged interval ends:
 * the quantiles of the mixture of their normals (fc_pool.c), or, with
 * o->paths, of their simulated future paths pooled (member k gives w_k of
 * the paths).  Its accuracy against ets alone is in docs/ts-forecast.md
 * (bench/auto_design.sh). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

const ts_fc_method tsf_comb_members[TSF_COMB_K] = {TS_FC_ETS, TS_FC_DAMPED, TS_FC_THETA};

/* The ETS forms fitted once, as ets fits them, for the members that are
 * among them.  On annual series ANN is Theta's SES and AAdN damped Holt,
 * fitted alike, so one pass serves all three members (refitting them was
 * an eighth of comb's time there).  Nothing is shared when a parameter is
 * fixed (each member takes it its own way).  The fits are the caller's
 * (known) when it has them, else made into own; NULL when the members are
 * to be fitted one by one. */
static const tsf_ets_forms *shared_fits(const tsf_comb *a, const double *y, const ts_fc_options *o,
                                        const tsf_ets_forms *known, tsf_ets_forms *own)
{
    if (!isnan(o->alpha) || !isnan(o->beta) || !isnan(o->gamma) ||
        !isnan(o->phi) || a->n < ts_fc_method_min_points(TS_FC_ETS))
        return NULL;
    if (known)
        return known->n_all ? known : NULL;
    const tsf_fixed none = {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN};
    own->n_all = 0;
    if (tsf_ets_pick(y, a->n, o->period, o, &none, &own->best, own->all, &own->n_all, NULL) != TS_OK)
        return NULL;
    return own->n_all ? own : NULL;
}

/* Member m's fit among the shared ones (NULL when it is to be fitted on
 * its own): ets's pick; on an annual series damped Holt (AAdN) and
 * Theta's SES (ANN).  On a seasonal series the seasonal damped-trend form
 * of lowest AICc, and for Theta the seasonal form without trend of lowest
 * AICc (SES with seasons; its drift is added after).  Classical indices,
 * fixed over the years, cannot follow a seasonal pattern that changes,
 * and on the rolling origins of bench/auto_design.sh the state-space
 * seasons did better on both sets (docs/ts-forecast.md).  A quarterly or
 * monthly series without seasons fits damped and Theta on its own. */
static const tsf_ets_fit *shared_fit(const tsf_comb *a, ts_fc_method m, const tsf_ets_forms *sh)
{
    if (m == TS_FC_ETS)
        return &sh->best;
    if (a->period > 1 && !a->seasonal)
        return NULL;
    const tsf_ets_fit *pick = NULL;
    for (size_t i = 0; i < sh->n_all; i++) {
        const tsf_ets_form *f = &sh->all[i].form;
        /* Theta: SES, with seasons on a seasonal series; damped: the
         * damped trend, likewise. */
        int want = m == TS_FC_THETA
                       ? f->trend == 'N' && (a->seasonal ? f->season != 'N'
                                                         : f->error == 'A' && f->season == 'N')
                       : f->damped && (a->seasonal ? f->season != 'N'
                                                   : f->error == 'A' && f->season == 'N');
        if (want && !isnan(sh->all[i].aicc) && (!pick || sh->all[i].aicc < pick->aicc))
            pick = &sh->all[i];
    }
    return pick;
}

/* Theta's drift added to member mb's SES forecast (y is the series as it
 * is): the slope is the adjusted series', weighed by the data
 * (tsf_theta_weight, on the series the fit saw) beside other members;
 * Theta alone is the method itself, classical half and all.  A
 * multiplicative season scales it as it scales the level. */
static void add_theta_drift(const tsf_comb *a, tsf_comb_member *mb, const double *y)
{
    const tsf_ets_fit *fit = &mb->fit;
    for (size_t j = 0; j < a->h; j++)
        mb->drift[j] = 0;
    /* a->z is y itself when nothing is adjusted. */
    const double *seen = mb->adjusted ? a->z : y;
    double w = a->k > 1 ? tsf_theta_weight(fit, seen, a->z, a->n) : 0.5;
    tsf_theta_drift(a->z, a->n, a->h, fit->par.alpha, w, mb->drift);
    const tsf_ets_form *f = &fit->form;
    size_t ns = tsf_ets_nstate(f);
    for (size_t j = 0; j < a->h; j++) {
        if (f->season == 'M')
            mb->drift[j] *= fit->xn[ns - 1 - j % (size_t)f->m];
        mb->mean[j] += mb->drift[j];
    }
}

/* Member mb's forecast from a shared fit: the fit's path (Theta's drift
 * comes once the members are known). */
static int member_from_fit(const tsf_comb *a, tsf_comb_member *mb, const tsf_ets_fit *fit, tsf_path *p,
                           ts_error *err)
{
    mb->fit = *fit;
    return tsf_path_from_fit(fit, a->h, p, err);
}

/* Fits the members: ets on y; damped and theta from ets's forms on
 * annual and seasonal series (above), else on the adjusted a->z; equal
 * weights over those that fit.  A member the series is too short for, or whose fit
 * fails numerically, is left out; a bad option (a fixed parameter out of
 * its range) is the caller's error. */
static int fit_members(tsf_comb *a, const double *y, const ts_fc_options *o, const tsf_ets_forms *known,
                       ts_error *err)
{
    ts_fc_options eo = *o;
    eo.ets_model[0] = '\0'; /* comb's ets picks its form */
    tsf_ets_forms own;
    const tsf_ets_forms *sh = shared_fits(a, y, o, known, &own);
    /* Seasons for all members when the M4 test finds them or ets's pick
     * models them: a short series can fail the test though AICc keeps a
     * season, and flat members beside a seasonal ETS drag its forecast
     * towards the yearly mean. */
    a->seasonal = a->adjust || (sh && sh->best.form.season != 'N');
    a->k = 0;
    for (size_t j = 0; j < TSF_COMB_K; j++) {
        tsf_comb_member *mb = &a->mb[a->k];
        ts_fc_method m = tsf_comb_members[j];
        tsf_path p = {mb->mean, mb->se, 0, 0, NAN, NAN, NAN, NAN, NAN};
        if (a->n < ts_fc_method_min_points(m))
            continue;
        ts_error e;
        const tsf_ets_fit *shared = sh ? shared_fit(a, m, sh) : NULL;
        int rc = shared ? member_from_fit(a, mb, shared, &p, &e)
                        : tsf_run_method(m, m == TS_FC_ETS ? y : a->z, a->n, a->h, &eo, NULL, &p, &mb->fit, &e);
        if (rc == TS_EINVAL || rc == TS_ENOMEM) {
            if (err)
                *err = e;
            return rc;
        }
        if (rc != TS_OK)
            continue;
        mb->method = m;
        /* Theta's own run added the classical half: back to its SES
         * forecast until the drift is weighed. */
        if (!shared && m == TS_FC_THETA)
            tsf_ets_point(&mb->fit.form, 1, mb->fit.xn, a->h, mb->mean);
        /* Fitted to the adjusted series: what it forecasts is multiplied
         * back by the indices.  A shared fit saw the series as it is. */
        mb->adjusted = !shared && m != TS_FC_ETS && a->adjust;
        a->k++;
    }
    for (size_t i = 0; i < a->k; i++) {
        a->mb[i].w = 1.0 / (double)a->k;
        if (a->mb[i].method == TS_FC_THETA)
            add_theta_drift(a, &a->mb[i], y);
    }
    return TS_OK;
}

/* Each member's forecast means on the data's scale: the adjusted
 * members' times the indices. */
static void member_means(tsf_comb *a)
{
    for (size_t i = 0; i < a->k; i++) {
        tsf_comb_member *mb = &a->mb[i];
        if (!mb->adjusted)
            continue; /* on the data's scale already */
        for (size_t j = 0; j < a->h; j++) {
            mb->mean[j] *= a->index[(a->n + j) % (size_t)a->period];
            mb->se[j] *= a->index[(a->n + j) % (size_t)a->period];
        }
    }
}

int tsf_comb_prepare(const double *y, size_t n, const ts_fc_options *o, const tsf_ets_forms *known,
                     tsf_comb *a, ts_error *err)
{
    memset(a, 0, sizeof *a);
    size_t h = o->horizon;
    a->n = n;
    a->h = h;
    a->period = o->period;
    a->buf = malloc((n + TSF_DECOMPOSE_MAX_M + 3 * TSF_COMB_K * h) * sizeof *a->buf);
    if (!a->buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    a->z = a->buf;
    a->index = a->z + n;
    for (size_t i = 0; i < TSF_COMB_K; i++) {
        a->mb[i].mean = a->index + TSF_DECOMPOSE_MAX_M + 3 * i * h;
        a->mb[i].drift = a->mb[i].mean + h;
        a->mb[i].se = a->mb[i].drift + h;
    }
    int rc = tsf_seasonal_prep(y, n, o, &a->adjust, a->index, a->z, err);
    if (rc == TS_OK)
        rc = fit_members(a, y, o, known, err);
    if (rc == TS_OK)
        member_means(a);
    return rc;
}

void tsf_comb_free(tsf_comb *a)
{
    free(a->buf);
    a->buf = NULL;
}

void tsf_comb_mean(const tsf_comb *a, double *out)
{
    for (size_t j = 0; j < a->h; j++) {
        out[j] = 0;
        for (size_t i = 0; i < a->k; i++)
            out[j] += a->mb[i].w * a->mb[i].mean[j];
    }
}

/* Member mb's paths into out[np][h]: its model's own simulation, with
 * Theta's drift added and the indices put back where the member saw the
 * adjusted series. */
static void member_paths(const tsf_comb *a, const tsf_comb_member *mb, size_t np, gsl_rng *rng,
                         double *out)
{
    size_t h = a->h;
    tsf_ets_simulate(&mb->fit, h, np, rng, out);
    if (!mb->adjusted && mb->method != TS_FC_THETA)
        return;
    for (size_t i = 0; i < np; i++)
        for (size_t j = 0; j < h; j++) {
            double v = out[i * h + j] + (mb->method == TS_FC_THETA ? mb->drift[j] : 0);
            out[i * h + j] = mb->adjusted ? v * a->index[(a->n + j) % (size_t)a->period] : v;
        }
}

/* The pooled paths' quantiles at o's levels into res. */
static void pooled_intervals(const double *paths, size_t np, size_t h, const ts_fc_options *o,
                             ts_fc_result *res, double *col)
{
    for (size_t j = 0; j < h; j++) {
        for (size_t i = 0; i < np; i++)
            col[i] = paths[i * h + j];
        gsl_sort(col, 1, np);
        for (size_t k = 0; k < o->n_levels; k++) {
            double q = 0.5 - o->levels[k] / 200.0;
            res->lo[k][j] = gsl_stats_quantile_from_sorted_data(col, 1, np, q);
            res->hi[k][j] = gsl_stats_quantile_from_sorted_data(col, 1, np, 1 - q);
        }
    }
}

/* The pool of the members' normals: its quantiles at o's levels. */
static void normal_pool_intervals(const tsf_comb *a, const ts_fc_options *o, ts_fc_result *res)
{
    double w[TSF_COMB_K], mu[TSF_COMB_K], sd[TSF_COMB_K];
    for (size_t j = 0; j < a->h; j++) {
        for (size_t i = 0; i < a->k; i++) {
            w[i] = a->mb[i].w;
            mu[i] = a->mb[i].mean[j];
            sd[i] = isfinite(a->mb[i].se[j]) ? a->mb[i].se[j] : 0;
        }
        for (size_t l = 0; l < o->n_levels; l++) {
            double q = 0.5 - o->levels[l] / 200.0;
            res->lo[l][j] = tsf_pool_quantile(w, mu, sd, a->k, q);
            res->hi[l][j] = tsf_pool_quantile(w, mu, sd, a->k, 1 - q);
        }
    }
}

static int simulate_comb(const tsf_comb *a, const ts_fc_options *o, ts_fc_result *res, ts_error *err)
{
    size_t h = a->h, np = o->paths;
    double *paths = malloc((np * h + np) * sizeof *paths);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (!paths || !rng) {
        free(paths);
        gsl_rng_free(rng);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    gsl_rng_set(rng, o->seed);
    double *col = paths + np * h;
    size_t at = 0;
    double cum = 0;
    for (size_t i = 0; i < a->k; i++) {
        /* Rounded cumulative shares, so the counts add up to np. */
        cum += a->mb[i].w;
        size_t to = i + 1 == a->k ? np : (size_t)floor(cum * (double)np + 0.5);
        if (to > at)
            member_paths(a, &a->mb[i], to - at, rng, paths + at * h);
        at = to > at ? to : at;
    }
    pooled_intervals(paths, np, h, o, res, col);
    free(paths);
    gsl_rng_free(rng);
    return TS_OK;
}

int tsf_comb_run(const double *y, size_t n, const ts_fc_options *o, ts_fc_result *res, ts_error *err)
{
    tsf_comb a;
    int rc = tsf_comb_prepare(y, n, o, NULL, &a, err);
    if (rc) {
        tsf_comb_free(&a);
        return rc;
    }
    if (a.k && a.mb[0].method == TS_FC_ETS)
        tsf_ets_form_code(&a.mb[0].fit.form, res->model, sizeof res->model);
    res->seasonal = a.seasonal;
    if (a.k <= 1) {
        /* One member is that method; none (a very short series) naive. */
        ts_fc_method m = a.k ? a.mb[0].method : TS_FC_NAIVE;
        double *mean = a.mb[1].mean, *se = a.mb[1].se;
        tsf_path p = {mean, se, 0, 0, NAN, NAN, NAN, NAN, NAN};
        const double *src = m == TS_FC_ETS ? y : a.z;
        rc = tsf_run_method(m, src, n, a.h, o, NULL, &p, NULL, err);
        if (rc == TS_OK) {
            res->method = m;
            tsf_result_from_path(res, &p, o, n, a.adjust && m != TS_FC_ETS, a.index);
        }
        tsf_comb_free(&a);
        return rc;
    }
    tsf_comb_mean(&a, res->mean);
    res->method = TS_FC_COMB;
    res->simulated = o->paths > 0;
    res->n_levels = o->n_levels;
    for (size_t k = 0; k < o->n_levels; k++)
        res->levels[k] = o->levels[k];
    res->alpha = res->beta = res->gamma = res->phi = res->sigma = NAN;
    for (size_t i = 0; i < a.k; i++) {
        res->members |= 1u << a.mb[i].method;
        res->weight[a.mb[i].method] += a.mb[i].w;
    }
    if (o->paths > 0)
        rc = simulate_comb(&a, o, res, err);
    else
        normal_pool_intervals(&a, o, res);
    tsf_comb_free(&a);
    return rc;
}
