/* ts-forecast: projections of fact series with intervals (one method, or
 * auto's combination of the exponential smoothing family), the backtest
 * table, and the year-end estimate from year-to-date figures.  Reads fact TSV, writes
 * fact TSV; the numerics are libts's (ts_forecast.h). */
#include <getopt.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "common/cli.h"
#include "common/par.h"
#include "common/select.h"
#include "ts.h"
#include "ts_forecast.h"
#include "ts_series.h"

#define TOOL "ts-forecast"

static void usage(void)
{
    printf("Usage: ts-forecast [OPTION]... [FILE]...\n"
           "Forecast indicator series of fact TSV (FILEs, or standard input when none\n"
           "or '-'; or the facts of --store) and write the projections as facts with\n"
           "status E and source 'forecast', plus columns method, loNN, hiNN for each\n"
           "interval level.  Each (indicator, area, measure, unit, price, plan_by) is\n"
           "one series; its periods set the frequency (years, halves, quarters,\n"
           "months, or a year-to-date span repeated yearly) and the forecast periods\n"
           "continue it.\n"
           "\n"
           "  -m, --method NAME        naive, drift, linear, loglinear, ses, holt, damped,\n"
           "                           theta, ets, ets:FORM, auto (default), comb or best.\n"
           "                           ets: the exponential smoothing state-space model\n"
           "                           of lowest AICc (error A or M, trend N, A or Ad,\n"
           "                           season N, A or M; multiplicative forms for\n"
           "                           positive data), shown as ets:MAdN; ets:FORM fits\n"
           "                           the form named (ets:AAdA).  comb: ets, damped\n"
           "                           and theta averaged (on a seasonal series all\n"
           "                           three with ets's seasons; theta's trend line\n"
           "                           weighed by least squares, not by half),\n"
           "                           intervals from the pool of their forecast\n"
           "                           distributions.  auto: comb (the members a\n"
           "                           short series allows).\n"
           "                           best: per series the method with the lowest\n"
           "                           MASE over the backtest origins\n"
           "  -H, --horizon N          periods ahead (default: one year of the series'\n"
           "                           frequency)\n"
           "      --interval LIST      interval levels in percent (default 80,95; at most 4)\n"
           "      --seasonal WHEN      auto (default), yes or no: for ets, whether its\n"
           "                           seasonal forms are tried (auto), the only ones\n"
           "                           (yes) or left out (no); for the other methods,\n"
           "                           classical multiplicative adjustment of quarterly\n"
           "                           and monthly series (auto: the M4 seasonality test)\n"
           "      --alpha A            fix smoothing parameters (ses, holt, damped, theta,\n"
           "      --beta B             ets): beta is the state-space beta (0 <= beta <=\n"
           "      --gamma G            alpha), gamma the season's (0 <= gamma <= 1 -\n"
           "      --phi P              alpha), phi the damping\n"
           "      --paths N            a combination's intervals from N paths simulated\n"
           "                           from its members' models (at least 100; default\n"
           "                           0: the exact quantiles of their normal forecasts\n"
           "                           pooled)\n"
           "      --seed N             seed of those paths (default 1): the same seed\n"
           "                           gives the same intervals\n"
           "  -k, --backtest-origins K origins of the backtest (best, --backtest;\n"
           "                           default 3)\n"
           "      --params             add columns alpha, beta, gamma, phi (parameters\n"
           "                           used), sigma (residual standard deviation) and\n"
           "                           weights (of a combination's members)\n"
           "  -b, --backtest           print the accuracy table (series, method, MAE,\n"
           "                           sMAPE, MASE) of every method, auto and comb,\n"
           "                           instead of forecasts; chosen marks the row of the\n"
           "                           method --method uses\n"
           "  -y, --year-end           estimate the year of each flow whose latest figure\n"
           "                           is year-to-date (2024-01/P10M, or the months or\n"
           "                           quarters so far, summed): that figure over the\n"
           "                           share of the year its span held in earlier years\n"
           "                           (share), else in the series' other spans\n"
           "                           (profile), else in other areas (areas), else pro\n"
           "                           rata; with 3 or more earlier yearly totals joined\n"
           "                           by their path (+annual).  Columns ytd_period, ytd,\n"
           "                           share, history, years, plan, p_plan (P(plan\n"
           "                           reached)) and note (why this method); a plan\n"
           "                           gives a pct_plan row.  With --store, the store is\n"
           "                           the history; FILEs, when given, what to estimate\n"
           "  -j, --threads N          worker threads (default: all cores, shared by the\n"
           "                           processes of an MPI job on one machine)\n"
           "      --out FILE           write the forecasts as a new result store FILE (the\n"
           "                           store's format, with the method and interval\n"
           "                           columns; replaced whole, atomically) instead of\n"
           "                           standard output\n"
           "\n"
           "%s\n%s%s%s\n"
           "Under mpirun (the MPI build), each process forecasts its share of the\n"
           "--store's series and the output is what one process writes; --year-end runs\n"
           "on the first process alone (docs/scale.md).\n"
           "\n"
           "Exit status: 0 success, 1 some series or rows could not be used (each\n"
           "reported), 2 usage or fatal error.\n", select_help, cli_output_help,
           cli_decimals_help, cli_std_help);
}

typedef struct {
    ts_fc_options fc;
    int horizon_set;
    int backtest, year_end, params;
    long threads;
    const char *result; /* --out FILE: a result store */
} opts;

/* Where forecasts go: TSV through w, or the result store of --out. */
typedef struct {
    ts_writer *w;
    ts_result *res;
} dest;

/* ---- per-series work, shared by the threads ---- */

typedef struct {
    ts_series s;
    int step_months;
    int rc;
    ts_error err;
    ts_fc_result *res;
    ts_fc_accuracy acc[TS_FC_BACKTEST_ROWS];
    size_t n_acc;
} job;

typedef struct {
    job *jobs;
    size_t n;
    size_t next; /* taken under lock */
    pthread_mutex_t lock;
    const opts *o;
} pool;

static void run_job(job *j, const opts *o)
{
    int per_year;
    j->rc = ts_fc_frequency(j->s.period, j->s.n, &per_year, &j->step_months, &j->err);
    if (j->rc)
        return;
    ts_fc_options fc = o->fc;
    fc.period = per_year;
    if (!o->horizon_set)
        fc.horizon = (size_t)per_year;
    /* --seasonal yes means every quarterly and monthly series; yearly and
     * half-yearly ones have no season to adjust. */
    if (fc.seasonal == TS_FC_SEASONAL_YES && per_year < 4)
        fc.seasonal = TS_FC_SEASONAL_NO;
    if (o->backtest) {
        j->rc = ts_fc_backtest_all(j->s.value, j->s.n, &fc, j->acc, &j->n_acc, &j->err);
        return;
    }
    j->res = ts_fc_result_new(fc.horizon, &j->err);
    if (!j->res) {
        j->rc = TS_ENOMEM;
        return;
    }
    j->rc = ts_forecast_run(j->s.value, j->s.n, &fc, j->res, &j->err);
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        /* Chunks of 64 series keep the lock out of the way. */
        pthread_mutex_lock(&p->lock);
        size_t i = p->next;
        p->next += 64;
        pthread_mutex_unlock(&p->lock);
        if (i >= p->n)
            break;
        size_t end = i + 64 < p->n ? i + 64 : p->n;
        for (; i < end; i++)
            run_job(&p->jobs[i], p->o);
    }
    return NULL;
}

static void run_all(job *jobs, size_t n, const opts *o, const par *pj)
{
    pool p = {jobs, n, 0, PTHREAD_MUTEX_INITIALIZER, o};
    /* The processes of an MPI job on one machine share its cores. */
    long nt = o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN) / par_local_size(pj);
    if (nt < 1)
        nt = 1;
    if ((size_t)nt > n / 64 + 1)
        nt = (long)(n / 64 + 1);
    pthread_t tid[64];
    if (nt > 64)
        nt = 64;
    long started = 0;
    for (long t = 1; t < nt; t++)
        if (pthread_create(&tid[started], NULL, worker, &p) == 0)
            started++;
    worker(&p); /* the main thread works too */
    for (long t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
}

/* ---- output ---- */

/* -o and -d: projections and their bounds print alike. */
static cli_output out;

/* A number beside the values (bounds, year-end figures) as -d says; model
 * parameters, shares, probabilities and accuracy measures keep their
 * precision. */
static void fmt_num(double v, char *buf, size_t n)
{
    cli_format_value(&out, v, buf, n);
}

static void fmt_full(double v, char *buf, size_t n)
{
    cli_format_value(NULL, v, buf, n);
}

typedef struct {
    size_t n_names;
    const char *names[1 + 2 * TS_FC_MAX_LEVELS + 8];
    char store[2 * TS_FC_MAX_LEVELS][24];
} columns;

/* method, then loNN/hiNN per level (NN the level as written, 80, 97.5),
 * then the year-end columns when asked. */
static void columns_init(columns *c, const ts_fc_options *fc, int year_end, int params)
{
    c->n_names = 0;
    c->names[c->n_names++] = "method";
    for (size_t i = 0; i < fc->n_levels; i++) {
        snprintf(c->store[2 * i], sizeof c->store[0], "lo%g", fc->levels[i]);
        snprintf(c->store[2 * i + 1], sizeof c->store[0], "hi%g", fc->levels[i]);
        c->names[c->n_names++] = c->store[2 * i];
        c->names[c->n_names++] = c->store[2 * i + 1];
    }
    if (params && !year_end) {
        c->names[c->n_names++] = "alpha";
        c->names[c->n_names++] = "beta";
        c->names[c->n_names++] = "gamma";
        c->names[c->n_names++] = "phi";
        c->names[c->n_names++] = "sigma";
        c->names[c->n_names++] = "weights";
    }
    if (year_end) {
        /* The span and figure the estimate starts from, the share of the
         * year that span held, the years (or area-years) the share comes
         * from, the earlier yearly totals, the plan, P(plan reached), and
         * why this method. */
        static const char *const ye[] = {"ytd_period", "ytd", "share", "history", "years", "plan", "p_plan", "note"};
        for (size_t i = 0; i < 8; i++)
            c->names[c->n_names++] = ye[i];
    }
}

static void key_of(const ts_series *s, char *buf, size_t n)
{
    ts_series_key_format(s, buf, n);
}

/* A combination's weights as "ses:0.0213,holt:0.412,damped:0.567"; empty for
 * a single method. */
static void weights_format(const ts_fc_result *r, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int i = 0; i < TS_FC_N_METHODS && len < size; i++)
        if (r->members & (1u << i))
            len += (size_t)snprintf(buf + len, size - len, "%s%s:%.6g", len ? "," : "",
                                    ts_fc_method_name((ts_fc_method)i), r->weight[i]);
}

static int write_forecasts(const dest *k, const columns *c, const job *j, int params,
                           ts_error *err)
{
    char vals[2 * TS_FC_MAX_LEVELS][40], pv[5][40], label[80], weights[120];
    ts_fact f;
    ts_fact_init(&f);
    ts_series_fact_key(&j->s, &f);
    f.status = 'E';
    f.source = "forecast";
    f.n_extra = c->n_names;
    for (size_t k = 0; k < c->n_names; k++)
        f.extra_name[k] = c->names[k];
    ts_fc_method_label(j->res->method, j->res->members, j->res->model, label, sizeof label);
    f.extra_value[0] = label;
    if (params) {
        const double v[5] = {j->res->alpha, j->res->beta, j->res->gamma, j->res->phi, j->res->sigma};
        for (int k = 0; k < 5; k++) {
            fmt_full(v[k], pv[k], sizeof pv[k]);
            f.extra_value[c->n_names - 6 + (size_t)k] = pv[k];
        }
        weights_format(j->res, weights, sizeof weights);
        f.extra_value[c->n_names - 1] = weights;
    }
    ts_period p = j->s.period[j->s.n - 1];
    for (size_t i = 0; i < j->res->horizon; i++) {
        p = ts_period_shift_months(p, j->step_months);
        f.period = p;
        f.value = j->res->mean[i];
        for (size_t k = 0; k < j->res->n_levels; k++) {
            fmt_num(j->res->lo[k][i], vals[2 * k], sizeof vals[0]);
            fmt_num(j->res->hi[k][i], vals[2 * k + 1], sizeof vals[0]);
            f.extra_value[1 + 2 * k] = vals[2 * k];
            f.extra_value[2 + 2 * k] = vals[2 * k + 1];
        }
        int rc = k->res ? ts_result_add(k->res, &f, err) : ts_writer_write(k->w, &f, err);
        if (rc)
            return rc;
    }
    return TS_OK;
}

/* chosen marks the row of what --method forecasts with: auto's
 * combination, the method named, or for best the lowest MASE. */
static int print_backtest(const job *jobs, size_t n, ts_fc_method method)
{
    printf("indicator\tarea\tmeasure\tunit\tmethod\torigins\tsteps\tmae\tsmape\tmase\tchosen\n");
    for (size_t i = 0; i < n; i++) {
        const job *j = &jobs[i];
        if (j->rc)
            continue;
        size_t best = ts_fc_backtest_best(j->acc, j->n_acc);
        for (size_t k = 0; k < j->n_acc; k++) {
            const ts_fc_accuracy *a = &j->acc[k];
            int chosen = method == TS_FC_BEST ? k == best : a->method == method;
            char mae[40], smape[40], mase[40], label[80];
            ts_fc_method_label(a->method, a->members, NULL, label, sizeof label);
            fmt_full(a->mae, mae, sizeof mae);
            fmt_full(a->smape, smape, sizeof smape);
            fmt_full(a->mase, mase, sizeof mase);
            printf("%s\t%s\t%s\t%s\t%s\t%zu\t%zu\t%s\t%s\t%s\t%s\n", j->s.indicator, j->s.area,
                   j->s.measure, j->s.unit, label, a->origins, a->steps,
                   mae, smape, mase, chosen ? "*" : "");
        }
    }
    return ferror(stdout) ? TS_EIO : TS_OK;
}

/* ---- year-end (the estimates are ts_yearend_run's) ---- */

typedef struct {
    ts_writer *w;
    const columns *c;
    const ts_fc_options *fc;
} ye_ctx;

/* A number as written, whole when the unit counts things. */
static void fmt_amount(double v, int count, char *buf, size_t n)
{
    fmt_num(count && isfinite(v) ? round(v) : v, buf, n);
}

/* One estimate: the level row, then the same as a share of the plan. */
static int ye_emit(void *arg, const ts_yearend_row *r, ts_error *err)
{
    ye_ctx *x = arg;
    const columns *c = x->c;
    char vals[2 * TS_FC_MAX_LEVELS][40], span[TS_PERIOD_TEXT_MAX], ytd[40], share[40], hist[24], yrs[24],
        pp[40], plan[40], key[512];
    if (r->note[0]) {
        ts_series_key_format(&r->series, key, sizeof key);
        cli_warn(TOOL, "%s: %s", key, r->note);
    }
    ts_fact f;
    ts_fact_init(&f);
    ts_series_fact_key(&r->series, &f);
    f.measure = TS_MEASURE_LEVEL;
    f.period = r->year;
    f.value = r->count ? round(r->est.estimate) : r->est.estimate;
    f.status = 'E';
    f.source = "forecast";
    f.n_extra = c->n_names;
    for (size_t k = 0; k < c->n_names; k++)
        f.extra_name[k] = c->names[k];
    f.extra_value[0] = ts_ye_method_name(r->method, r->annual);
    for (size_t k = 0; k < x->fc->n_levels; k++) {
        fmt_amount(r->est.lo[k], r->count, vals[2 * k], sizeof vals[0]);
        fmt_amount(r->est.hi[k], r->count, vals[2 * k + 1], sizeof vals[0]);
        f.extra_value[1 + 2 * k] = vals[2 * k];
        f.extra_value[2 + 2 * k] = vals[2 * k + 1];
    }
    ts_period_format(r->span, span, sizeof span);
    fmt_num(r->ytd, ytd, sizeof ytd);
    fmt_full(r->est.share_mean, share, sizeof share);
    snprintf(hist, sizeof hist, "%zu", r->est.n_history);
    snprintf(yrs, sizeof yrs, "%zu", r->n_years);
    fmt_full(r->est.p_plan, pp, sizeof pp);
    fmt_num(r->plan, plan, sizeof plan);
    const char *tail[] = {span, ytd, share, hist, yrs, plan, pp, r->note};
    for (size_t k = 0; k < 8; k++)
        f.extra_value[c->n_names - 8 + k] = tail[k];
    int rc = ts_writer_write(x->w, &f, err);
    if (rc || isnan(r->est.pct_plan))
        return rc;
    f.measure = TS_MEASURE_PCT_PLAN;
    f.unit = "pct";
    f.plan_by = r->plan_by; /* the plan it is a share of */
    f.value = r->est.pct_plan;
    for (size_t k = 0; k < x->fc->n_levels; k++) {
        fmt_num(100.0 * r->est.lo[k] / r->plan, vals[2 * k], sizeof vals[0]);
        fmt_num(100.0 * r->est.hi[k] / r->plan, vals[2 * k + 1], sizeof vals[0]);
    }
    return ts_writer_write(x->w, &f, err);
}

/* The history the estimates learn from: with --store, every level and
 * plan fact of the store for the indicators of the targets (whatever the
 * other selectors chose); else the targets themselves. */
static int read_history(const char *store, const ts_series_set *targets, ts_series_set **out)
{
    ts_error err;
    ts_store *st = NULL;
    ts_series_set *h = ts_series_set_new(TS_DUP_KEEP_LAST, &err);
    int rc = h ? cli_store_open(TOOL, store, &st, &err) : TS_ENOMEM;
    /* Each indicator once (interned: equal names are equal pointers). */
    size_t n = ts_series_set_count(targets), ni = 0;
    const char **inds = malloc((n ? n : 1) * sizeof *inds);
    if (!inds && rc == TS_OK)
        rc = ts_error_set(&err, TS_ENOMEM, "out of memory");
    for (size_t i = 0; rc == TS_OK && i < n; i++) {
        ts_series s;
        ts_series_set_get(targets, i, &s);
        size_t j = 0;
        while (j < ni && inds[j] != s.indicator)
            j++;
        if (j < ni)
            continue;
        inds[ni++] = s.indicator;
        ts_selector sel;
        ts_selector_init(&sel);
        sel.indicator = s.indicator;
        ts_query *q = NULL;
        rc = ts_query_open(st, &sel, &q, &err);
        ts_fact f;
        while (rc == TS_OK && (rc = ts_query_next(q, &f, &err)) == TS_OK)
            if (strcmp(f.measure, TS_MEASURE_LEVEL) == 0 || strcmp(f.measure, TS_MEASURE_PLAN) == 0)
                rc = ts_series_set_add(h, &f, &err);
        if (rc == TS_EOF)
            rc = TS_OK;
        ts_query_close(q);
    }
    free(inds);
    if (rc == TS_OK)
        rc = ts_series_set_finish(h, &err);
    ts_store_close(st);
    if (rc) {
        cli_report(TOOL, &err);
        ts_series_set_free(h);
        return CLI_FATAL;
    }
    *out = h;
    return CLI_OK;
}

static int year_end(ts_series_set *set, const opts *o, const char *store, ts_writer *w, const columns *c)
{
    ts_error err;
    ts_series_set *hist = NULL;
    if (store && read_history(store, set, &hist))
        return CLI_FATAL;
    ts_catalog *cat = ts_catalog_new(&err);
    if (!cat) {
        cli_report(TOOL, &err);
        ts_series_set_free(hist);
        return CLI_FATAL;
    }
    ts_yearend_options yo = {o->fc.n_levels, {0}, cat};
    memcpy(yo.levels, o->fc.levels, sizeof yo.levels);
    ye_ctx x = {w, c, &o->fc};
    ts_yearend_stats st;
    int rc = ts_yearend_run(set, hist, &yo, ye_emit, &x, &st, &err) ? CLI_FATAL : CLI_OK;
    if (rc)
        cli_report(TOOL, &err);
    else if (st.estimated == 0)
        cli_warn(TOOL, "no level series of a flow ends in a year-to-date figure; nothing to estimate");
    if (st.not_flows)
        cli_warn(TOOL, "%zu stock or rate series left out: their year-to-date level is not part of a yearly total",
                 st.not_flows);
    ts_catalog_free(cat);
    ts_series_set_free(hist);
    return rc;
}

/* ---- input ---- */

static void on_duplicate(void *ctx, const ts_series *s, ts_period p, const char *kept,
                         const char *dropped)
{
    (void)ctx;
    char key[512], pt[TS_PERIOD_TEXT_MAX];
    ts_series_key_format(s, key, sizeof key);
    ts_period_format(p, pt, sizeof pt);
    cli_warn(TOOL, "%s %s: two facts for one period; keeping the one from %s, not %s", key, pt,
             kept, dropped);
}

/* An empty set that warns of each duplicate it drops; NULL when out of
 * memory (reported). */
static ts_series_set *set_new(void)
{
    ts_error err;
    ts_series_set *set = ts_series_set_new(TS_DUP_KEEP_LAST, &err);
    if (!set) {
        cli_report(TOOL, &err);
        return NULL;
    }
    ts_series_set_on_duplicate(set, on_duplicate, NULL);
    return set;
}

/* Finishes set, or frees it after reporting why it could not be: NULL
 * then. */
static ts_series_set *set_finish(ts_series_set *set)
{
    ts_error err;
    if (ts_series_set_finish(set, &err)) {
        cli_report(TOOL, &err);
        ts_series_set_free(set);
        return NULL;
    }
    return set;
}

/* Every selected fact in one finished set (files hold facts in any
 * order).  NULL when the input cannot be read (reported). */
static ts_series_set *read_all(par *pj, const select_opts *so, int argc, char **argv, int *partial)
{
    fact_input *in = par_input(pj, so, argc, argv, 1);
    ts_series_set *set = in ? set_new() : NULL;
    if (!set) {
        fact_input_close(in);
        return NULL;
    }
    ts_fact f;
    ts_error err;
    int rc;
    while ((rc = fact_input_next(in, &f)) == 1) {
        if (ts_series_set_add(set, &f, &err)) {
            cli_report(TOOL, &err);
            rc = -1;
            break;
        }
    }
    if (fact_input_rejected(in))
        *partial = 1;
    fact_input_close(in);
    if (rc < 0) {
        ts_series_set_free(set);
        return NULL;
    }
    return set_finish(set);
}

/* A batch of the store's series is closed at a series' end once it holds
 * this many observations (some 8,000 monthly series of ten years). */
#define BATCH_FACTS ((size_t)1 << 20)

/* Reads whole series from in into a new set until it holds BATCH_FACTS
 * observations or the input ends (*more = 0).  NULL after a fatal error
 * (reported). */
static ts_series_set *read_batch(fact_input *in, int *more)
{
    ts_error err;
    ts_series_set *set = set_new();
    if (!set)
        return NULL;
    ts_series s;
    size_t held = 0;
    int r = 1;
    while (held < BATCH_FACTS && (r = fact_input_next_series(in, &s)) == 1) {
        for (size_t i = 0; i < s.n; i++) {
            ts_fact f;
            ts_series_fact_at(&s, i, &f);
            if (ts_series_set_add(set, &f, &err)) {
                r = -1;
                cli_report(TOOL, &err);
                break;
            }
        }
        held += s.n;
    }
    if (r < 0) {
        ts_series_set_free(set);
        return NULL;
    }
    *more = r == 1;
    return set_finish(set);
}

/* "80,95" -> levels. */
static int parse_levels(const char *text, ts_fc_options *fc)
{
    size_t n = 0;
    const char *p = text;
    for (;;) {
        char *end;
        double v = strtod(p, &end);
        if (end == p || !(v > 0 && v < 100) || (*end && *end != ','))
            return cli_usage_error(TOOL, "option '--interval': \"%s\" is not a list of levels between 0 and 100",
                                   text);
        if (n == TS_FC_MAX_LEVELS)
            return cli_usage_error(TOOL, "option '--interval': at most %d levels", TS_FC_MAX_LEVELS);
        fc->levels[n++] = v;
        if (!*end)
            break;
        p = end + 1;
    }
    fc->n_levels = n;
    return CLI_OK;
}

static int parse_param(const char *opt, const char *text, double *out)
{
    if (cli_parse_double(TOOL, opt, text, out))
        return CLI_FATAL;
    if (*out > 1)
        return cli_usage_error(TOOL, "option '%s': %s is above 1", opt, text);
    return CLI_OK;
}

enum {
    OPT_ALPHA = 256, OPT_BETA, OPT_GAMMA, OPT_PHI, OPT_SEED, OPT_PATHS, OPT_VERSION, OPT_INTERVAL,
    OPT_SEASONAL, OPT_PARAMS, OPT_OUT, PARSED = -1
};

/* The options of one letter or code; PARSED, or the exit code. */
static int take_option(int c, const char *arg, opts *o)
{
    long v;
    ts_error err;
    switch (c) {
    case 'm':
        return ts_fc_options_method(&o->fc, arg, &err) ? cli_usage_error(TOOL, "%s", err.msg) : PARSED;
    case 'H':
        if (cli_parse_int(TOOL, "--horizon", arg, 1, 10000, &v))
            return CLI_FATAL;
        o->fc.horizon = (size_t)v;
        o->horizon_set = 1;
        return PARSED;
    case OPT_INTERVAL:
        return parse_levels(arg, &o->fc) ? CLI_FATAL : PARSED;
    case OPT_SEASONAL:
        if (strcmp(arg, "auto") == 0)
            o->fc.seasonal = TS_FC_SEASONAL_AUTO;
        else if (strcmp(arg, "yes") == 0)
            o->fc.seasonal = TS_FC_SEASONAL_YES;
        else if (strcmp(arg, "no") == 0)
            o->fc.seasonal = TS_FC_SEASONAL_NO;
        else
            return cli_usage_error(TOOL, "option '--seasonal': \"%s\" is not auto, yes or no", arg);
        return PARSED;
    case OPT_ALPHA: return parse_param("--alpha", arg, &o->fc.alpha) ? CLI_FATAL : PARSED;
    case OPT_BETA: return parse_param("--beta", arg, &o->fc.beta) ? CLI_FATAL : PARSED;
    case OPT_GAMMA: return parse_param("--gamma", arg, &o->fc.gamma) ? CLI_FATAL : PARSED;
    case OPT_PHI: return parse_param("--phi", arg, &o->fc.phi) ? CLI_FATAL : PARSED;
    case OPT_SEED:
        if (cli_parse_int(TOOL, "--seed", arg, 0, 4294967295L, &v))
            return CLI_FATAL;
        o->fc.seed = (unsigned long)v;
        return PARSED;
    case OPT_PATHS:
        if (cli_parse_int(TOOL, "--paths", arg, 0, 1000000, &v))
            return CLI_FATAL;
        if (v > 0 && v < 100)
            return cli_usage_error(TOOL, "option '--paths': at least 100 simulated paths (or 0), not %ld", v);
        o->fc.paths = (size_t)v;
        return PARSED;
    case 'k':
        if (cli_parse_int(TOOL, "--backtest-origins", arg, 1, 1000, &v))
            return CLI_FATAL;
        o->fc.backtest_origins = (size_t)v;
        return PARSED;
    case 'b': o->backtest = 1; return PARSED;
    case OPT_PARAMS: o->params = 1; return PARSED;
    case OPT_OUT: o->result = arg; return PARSED;
    case 'y': o->year_end = 1; return PARSED;
    case 'j': return cli_parse_int(TOOL, "--threads", arg, 1, 64, &o->threads) ? CLI_FATAL : PARSED;
    case 'h': usage(); return cli_finish(TOOL, CLI_OK);
    case OPT_VERSION:
        printf("ts-forecast (tskit) %s\n", TS_VERSION);
        return cli_finish(TOOL, CLI_OK);
    default:
        fprintf(stderr, "Try '%s --help'.\n", TOOL);
        return CLI_FATAL;
    }
}

/* Parses argv into o and so; PARSED, or the exit code. */
static int parse_args(int argc, char **argv, opts *o, select_opts *so)
{
    static const struct option longopts[] = {
        {"method", required_argument, NULL, 'm'},
        {"horizon", required_argument, NULL, 'H'},
        {"interval", required_argument, NULL, OPT_INTERVAL},
        {"seasonal", required_argument, NULL, OPT_SEASONAL},
        {"alpha", required_argument, NULL, OPT_ALPHA},
        {"beta", required_argument, NULL, OPT_BETA},
        {"gamma", required_argument, NULL, OPT_GAMMA},
        {"phi", required_argument, NULL, OPT_PHI},
        {"seed", required_argument, NULL, OPT_SEED},
        {"paths", required_argument, NULL, OPT_PATHS},
        {"backtest-origins", required_argument, NULL, 'k'},
        {"backtest", no_argument, NULL, 'b'},
        {"params", no_argument, NULL, OPT_PARAMS},
        {"year-end", no_argument, NULL, 'y'},
        {"threads", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {"out", required_argument, NULL, OPT_OUT},
        SELECT_LONG_OPTIONS,
        CLI_OUTPUT_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "m:H:k:byj:h" SELECT_SHORT CLI_OUTPUT_SHORT, longopts, NULL)) != -1) {
        int sel = select_option(TOOL, so, c, optarg);
        if (sel == 0)
            sel = cli_output_option(TOOL, &out, c, optarg);
        if (sel < 0)
            return CLI_FATAL;
        if (sel > 0)
            continue;
        int rc = take_option(c, optarg, o);
        if (rc != PARSED)
            return rc;
    }
    if (o->backtest && o->year_end)
        return cli_usage_error(TOOL, "--backtest and --year-end do not go together");
    if (o->result && (o->backtest || o->year_end))
        return cli_usage_error(TOOL, "--out does not go with --%s", o->backtest ? "backtest" : "year-end");
    if (!isnan(o->fc.alpha) && !isnan(o->fc.beta) && o->fc.beta > o->fc.alpha)
        return cli_usage_error(TOOL, "--beta (%g) must not exceed --alpha (%g)", o->fc.beta, o->fc.alpha);
    if (!isnan(o->fc.alpha) && !isnan(o->fc.gamma) && o->fc.gamma > 1 - o->fc.alpha)
        return cli_usage_error(TOOL, "--gamma (%g) must not exceed 1 - --alpha (%g)", o->fc.gamma,
                               1 - o->fc.alpha);
    return PARSED;
}

/* Forecasts (or backtests) every series of set on the worker threads and
 * writes them in the set's order. */
static int forecast_all(ts_series_set *set, const opts *o, const dest *w, const columns *cols,
                        int *partial, const par *pj)
{
    ts_error err;
    size_t n = ts_series_set_count(set);
    job *jobs = calloc(n ? n : 1, sizeof *jobs);
    if (!jobs) {
        cli_warn(TOOL, "out of memory");
        return CLI_FATAL;
    }
    for (size_t i = 0; i < n; i++)
        ts_series_set_get(set, i, &jobs[i].s);
    run_all(jobs, n, o, pj);
    int rc = CLI_OK;
    for (size_t i = 0; i < n; i++) {
        if (jobs[i].rc) {
            char key[512];
            key_of(&jobs[i].s, key, sizeof key);
            cli_warn(TOOL, "%s: %s", key, jobs[i].err.msg);
            *partial = 1;
            /* A series that cannot be forecast is left out; no memory is
             * no fault of the series: nothing after it is sure. */
            if (jobs[i].rc == TS_ENOMEM) rc = CLI_FATAL;
        } else if (!o->backtest && rc == CLI_OK && write_forecasts(w, cols, &jobs[i], o->params, &err)) {
            cli_report_stdout(TOOL, &err);
            rc = CLI_FATAL;
        }
        ts_fc_result_free(jobs[i].res);
    }
    if (o->backtest && rc == CLI_OK && print_backtest(jobs, n, o->fc.method))
        rc = CLI_FATAL;
    free(jobs);
    return rc;
}

/* Forecasts a store's series a batch at a time: the store hands out whole
 * series in its order, so a process holds one batch and its forecasts,
 * not its whole share, and writes what it has before reading on. */
static int forecast_store(par *pj, const select_opts *so, int argc, char **argv, const opts *o,
                          const dest *k, const columns *cols, int *partial)
{
    fact_input *in = par_input(pj, so, argc, argv, 1);
    if (!in)
        return CLI_FATAL;
    int rc = CLI_OK, more = 1;
    while (rc == CLI_OK && more) {
        ts_series_set *set = read_batch(in, &more);
        rc = set ? forecast_all(set, o, k, cols, partial, pj) : CLI_FATAL;
        ts_series_set_free(set);
    }
    if (fact_input_rejected(in))
        *partial = 1;
    fact_input_close(in);
    return rc;
}

int main(int argc, char **argv)
{
    ts_init();
    par *pj = par_begin(TOOL, &argc, &argv); /* MPI_Init in the MPI build */
    if (!pj) return CLI_FATAL;
    opts o;
    memset(&o, 0, sizeof o);
    ts_fc_options_init(&o.fc);
    select_opts so;
    select_init(&so);
    cli_output_init(&out);
    int rc = parse_args(argc, argv, &o, &so);
    if (rc != PARSED)
        return rc;
    /* Forecasts are per series: the processes of an MPI job share them.
     * The year-end estimate pairs series with plans, so one process does
     * it all. */
    if (par_idle(pj, !o.year_end))
        return cli_finish(TOOL, par_end(pj, CLI_OK));
    /* Rank 0 opens the output (-o FILE; the others' output joins it), and
     * all learn whether it could before they read the store together. */
    rc = par_agree(pj, par_rank(pj) == 0 ? cli_output_start(TOOL, &out) : CLI_OK);
    /* --year-end with files: the files hold what to estimate, the store
     * (when given) the history to learn from. */
    const char *store = so.store;
    if (o.year_end && store && optind < argc)
        so.store = NULL;
    int partial = 0;
    ts_error err;
    columns cols;
    columns_init(&cols, &o.fc, o.year_end, o.params);
    dest k = {NULL, NULL};
    /* Every process makes the result first, whatever happens to it later:
     * making and committing it are steps they take together. */
    if (o.result && !(k.res = par_result(pj, o.result, cols.n_names, cols.names)))
        rc = CLI_FATAL;
    if (rc == CLI_OK && !o.backtest && !o.result &&
        !(k.w = ts_writer_new(stdout, cols.n_names, cols.names, &err))) {
        cli_report(TOOL, &err);
        rc = CLI_FATAL;
    }
    if (k.w)
        ts_writer_set_decimals(k.w, out.decimals);
    /* A store's series are forecast as they are read; facts from files
     * come in any order, the year-end estimate learns from other series,
     * and the backtest table is printed in one piece (one header), so
     * those read every series first. */
    ts_series_set *set = NULL;
    if (rc == CLI_OK && so.store && !o.year_end && !o.backtest) {
        rc = forecast_store(pj, &so, argc - optind, argv + optind, &o, &k, &cols, &partial);
    } else if (rc == CLI_OK) {
        set = read_all(pj, &so, argc - optind, argv + optind, &partial);
        rc = !set ? CLI_FATAL
             : o.year_end ? year_end(set, &o, store, k.w, &cols)
                          : forecast_all(set, &o, &k, &cols, &partial, pj);
    }
    if (k.w) {
        if (rc == CLI_OK && ts_writer_finish(k.w, &err)) {
            cli_report_stdout(TOOL, &err);
            rc = CLI_FATAL;
        }
        ts_writer_free(k.w);
    }
    ts_series_set_free(set);
    if (rc == CLI_OK && partial)
        rc = CLI_PARTIAL;
    /* The other processes' forecasts follow rank 0's, or all go into the
     * result store together. */
    rc = o.result ? (k.res ? par_commit(pj, k.res, rc) : CLI_FATAL) : par_gather(pj, stdout, rc);
    return cli_finish(TOOL, par_end(pj, rc));
}
