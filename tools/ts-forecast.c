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
#include "common/select.h"
#include "ts.h"
#include "ts_forecast.h"
#include "ts_series.h"

#define TOOL "ts-forecast"

static void usage(void)
{
    printf("Usage: ts-forecast [OPTION]... [FILE]...\n"
           "Forecast indicator series of fact TSV (FILEs, or standard input when none\n"
           "or '-'; or the facts of --store) and write the projections as facts with status E and source\n"
           "'forecast', plus columns method, loNN, hiNN for each interval level.\n"
           "Each (indicator, area, measure, unit) is one series; its periods set the\n"
           "frequency (years, halves, quarters, months, or a year-to-date span\n"
           "repeated yearly) and the forecast periods continue it.\n"
           "\n"
           "  -m, --method NAME        naive, drift, linear, loglinear, ses, holt, damped,\n"
           "                           theta, or auto (default): ses, holt and damped\n"
           "                           combined with Akaike (AICc) weights, shown as\n"
           "                           method comb(ses,holt,damped); intervals average\n"
           "                           the members' interval ends; or best: per series\n"
           "                           the method (or auto's combination) with the\n"
           "                           lowest MASE over the backtest origins\n"
           "  -H, --horizon N          periods ahead (default: one year of the series'\n"
           "                           frequency)\n"
           "      --interval LIST      interval levels in percent (default 80,95; at most 4)\n"
           "      --seasonal WHEN      auto (default: M4 seasonality test), yes or no;\n"
           "                           quarterly and monthly series are adjusted by\n"
           "                           classical multiplicative decomposition\n"
           "      --alpha A            fix the smoothing parameters of ses/holt/damped/theta\n"
           "      --beta B             (state-space beta, 0 <= beta <= alpha)\n"
           "      --phi P              damping parameter of damped\n"
           "  -k, --backtest-origins K origins of the backtest (best, --backtest;\n"
           "                           default 3)\n"
           "      --params             add columns alpha, beta, phi (smoothing parameters\n"
           "                           used), sigma (residual standard deviation) and\n"
           "                           weights (of a combination's members)\n"
           "  -b, --backtest           print the accuracy table (series, method, MAE,\n"
           "                           sMAPE, MASE) of every method and of auto's\n"
           "                           combination, instead of forecasts; chosen marks\n"
           "                           the row of the method --method uses\n"
           "  -y, --year-end           estimate full years from year-to-date level figures\n"
           "                           (e.g. 2024-01/P10M): ytd / mean share of the same\n"
           "                           span in earlier years, pro rata without history;\n"
           "                           with a plan for the year, also pct_plan and p_plan,\n"
           "                           the probability of reaching it\n"
           "  -j, --threads N          worker threads (default: all cores)\n"
           "\n"
           "%s\n%s%s%s\n"
           "Exit status: 0 success, 1 some series or rows could not be used (each\n"
           "reported), 2 usage or fatal error.\n", select_help, cli_output_help,
           cli_decimals_help, cli_std_help);
}

typedef struct {
    ts_fc_options fc;
    int horizon_set;
    int backtest, year_end, params;
    long threads;
} opts;

/* ---- per-series work, shared by the threads ---- */

typedef struct {
    ts_series s;
    int step_months;
    int rc;
    ts_error err;
    ts_fc_result *res;
    ts_fc_accuracy acc[TS_FC_N_METHODS + 1];
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

static void run_all(job *jobs, size_t n, const opts *o)
{
    pool p = {jobs, n, 0, PTHREAD_MUTEX_INITIALIZER, o};
    long nt = o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);
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
 * parameters and accuracy measures keep their precision (out_full). */
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
    const char *names[1 + 2 * TS_FC_MAX_LEVELS + 5];
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
        c->names[c->n_names++] = "phi";
        c->names[c->n_names++] = "sigma";
        c->names[c->n_names++] = "weights";
    }
    if (year_end) {
        c->names[c->n_names++] = "share";
        c->names[c->n_names++] = "history";
        c->names[c->n_names++] = "p_plan";
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

static int write_forecasts(ts_writer *w, const columns *c, const job *j, int params,
                           ts_error *err)
{
    char vals[2 * TS_FC_MAX_LEVELS][40], pv[4][40], label[80], weights[120];
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = j->s.indicator;
    f.area = j->s.area;
    f.measure = j->s.measure;
    f.unit = j->s.unit;
    f.price = j->s.price;
    f.plan_by = j->s.plan_by;
    f.status = 'E';
    f.source = "forecast";
    f.n_extra = c->n_names;
    for (size_t k = 0; k < c->n_names; k++)
        f.extra_name[k] = c->names[k];
    ts_fc_method_label(j->res->method, j->res->members, label, sizeof label);
    f.extra_value[0] = label;
    if (params) {
        const double v[4] = {j->res->alpha, j->res->beta, j->res->phi, j->res->sigma};
        for (int k = 0; k < 4; k++) {
            fmt_full(v[k], pv[k], sizeof pv[k]);
            f.extra_value[c->n_names - 5 + (size_t)k] = pv[k];
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
        int rc = ts_writer_write(w, &f, err);
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
            ts_fc_method_label(a->method, a->members, label, sizeof label);
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

/* ---- year-end ---- */

static int plan_cmp(const void *a, const void *b)
{
    const ts_series *x = a, *y = b;
    /* Interned strings: the pointers are the identities. */
    if (x->indicator != y->indicator)
        return x->indicator < y->indicator ? -1 : 1;
    if (x->area != y->area)
        return x->area < y->area ? -1 : 1;
    if (x->unit != y->unit)
        return x->unit < y->unit ? -1 : 1;
    if (x->price != y->price) /* a plan in the level's own prices */
        return x->price < y->price ? -1 : 1;
    return 0;
}

static int year_end(ts_series_set *set, const opts *o, ts_writer *w, const columns *c, int *partial)
{
    size_t n = ts_series_set_count(set), n_plans = 0, done = 0;
    ts_series *plans = malloc((n ? n : 1) * sizeof *plans);
    if (!plans) {
        cli_warn(TOOL, "out of memory");
        return CLI_FATAL;
    }
    for (size_t i = 0; i < n; i++) {
        ts_series_set_get(set, i, &plans[n_plans]);
        if (strcmp(plans[n_plans].measure, TS_MEASURE_PLAN) == 0)
            n_plans++;
    }
    qsort(plans, n_plans, sizeof *plans, plan_cmp);
    ts_error err;
    int rc = CLI_OK;
    size_t not_flows = 0;
    ts_catalog *cat = ts_catalog_new(&err);
    if (!cat) {
        cli_report(TOOL, &err);
        free(plans);
        return CLI_FATAL;
    }
    for (size_t i = 0; i < n && rc == CLI_OK; i++) {
        ts_series s;
        ts_series_set_get(set, i, &s);
        if (strcmp(s.measure, TS_MEASURE_LEVEL) != 0)
            continue;
        /* Only series whose last figure is year-to-date are estimated. */
        ts_period last = s.period[s.n - 1];
        if (!ts_period_is_ytd(last))
            continue;
        int y, m, d;
        ts_civil_from_days(last.first, &y, &m, &d);
        ts_period yr = ts_period_year(y);
        /* A stock or a rate at month 10 is already its own year-end
         * figure, not a part of a total; only flows (and indicators the
         * catalogue does not know) are scaled up. */
        const ts_indicator *ind = ts_catalog_find(cat, s.indicator);
        if (ind && ind->kind != TS_KIND_FLOW) {
            not_flows++;
            continue;
        }
        double plan = NAN;
        const ts_series *ps = bsearch(&s, plans, n_plans, sizeof *plans, plan_cmp);
        if (ps) {
            long k = ts_series_find(ps, yr);
            if (k >= 0)
                plan = ps->value[k];
        }
        ts_yearend ye;
        ts_period year;
        char key[512], pt[TS_PERIOD_TEXT_MAX];
        key_of(&s, key, sizeof key);
        if (ts_yearend_series(&s, plan, o->fc.n_levels, o->fc.levels, &year, &ye, &err)) {
            cli_warn(TOOL, "%s: %s", key, err.msg);
            *partial = 1;
            continue;
        }
        ts_period_format(last, pt, sizeof pt);
        if (ye.pro_rata)
            cli_warn(TOOL, "%s: no earlier year has both the span of %s and the full year; %d estimated pro rata",
                     key, pt, y);
        else if (ye.n_history == 1)
            cli_warn(TOOL, "%s: only one earlier year to learn the share from; no interval", key);
        done++;
        char vals[2 * TS_FC_MAX_LEVELS][40], share[40], hist[24], pp[40];
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = s.indicator;
        f.area = s.area;
        f.measure = TS_MEASURE_LEVEL;
        f.unit = s.unit;
        f.price = s.price;
        f.period = year;
        f.value = ye.estimate;
        f.status = 'E';
        f.source = "forecast";
        f.n_extra = c->n_names;
        for (size_t k = 0; k < c->n_names; k++)
            f.extra_name[k] = c->names[k];
        f.extra_value[0] = ye.pro_rata ? "pro-rata" : "year-end-share";
        for (size_t k = 0; k < o->fc.n_levels; k++) {
            fmt_num(ye.lo[k], vals[2 * k], sizeof vals[0]);
            fmt_num(ye.hi[k], vals[2 * k + 1], sizeof vals[0]);
            f.extra_value[1 + 2 * k] = vals[2 * k];
            f.extra_value[2 + 2 * k] = vals[2 * k + 1];
        }
        fmt_full(ye.share_mean, share, sizeof share);
        snprintf(hist, sizeof hist, "%zu", ye.n_history);
        fmt_full(ye.p_plan, pp, sizeof pp);
        f.extra_value[c->n_names - 3] = share;
        f.extra_value[c->n_names - 2] = hist;
        f.extra_value[c->n_names - 1] = pp;
        if (ts_writer_write(w, &f, &err)) {
            rc = CLI_FATAL;
            break;
        }
        if (!isnan(ye.pct_plan)) {
            /* The same estimate as a share of the plan. */
            f.measure = TS_MEASURE_PCT_PLAN;
            f.unit = "pct";
            f.value = ye.pct_plan;
            for (size_t k = 0; k < o->fc.n_levels; k++) {
                fmt_num(100.0 * ye.lo[k] / plan, vals[2 * k], sizeof vals[0]);
                fmt_num(100.0 * ye.hi[k] / plan, vals[2 * k + 1], sizeof vals[0]);
            }
            if (ts_writer_write(w, &f, &err)) {
                rc = CLI_FATAL;
                break;
            }
        }
    }
    if (rc == CLI_FATAL)
        cli_report(TOOL, &err);
    else if (done == 0)
        cli_warn(TOOL, "no level series of a flow ends in a year-to-date figure; nothing to estimate");
    if (not_flows)
        cli_warn(TOOL, "%zu stock or rate series left out: their year-to-date level is not part of a yearly total",
                 not_flows);
    ts_catalog_free(cat);
    free(plans);
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

/* Reads the selected facts into set.  Returns CLI_FATAL when the input
 * cannot be read at all. */
static int read_inputs(const select_opts *so, int argc, char **argv, ts_series_set *set,
                       int *partial)
{
    fact_input *in = fact_input_open(TOOL, so, argc, argv);
    if (!in)
        return CLI_FATAL;
    ts_fact f;
    ts_error err;
    int rc, out = CLI_OK;
    while ((rc = fact_input_next(in, &f)) == 1) {
        if (ts_series_set_add(set, &f, &err)) {
            cli_report(TOOL, &err);
            out = CLI_FATAL;
            break;
        }
    }
    if (rc < 0)
        out = CLI_FATAL;
    if (fact_input_rejected(in))
        *partial = 1;
    fact_input_close(in);
    return out;
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

enum { OPT_ALPHA = 256, OPT_BETA, OPT_PHI, OPT_VERSION, OPT_INTERVAL, OPT_SEASONAL, OPT_PARAMS };

int main(int argc, char **argv)
{
    ts_init();
    opts o;
    memset(&o, 0, sizeof o);
    ts_fc_options_init(&o.fc);
    select_opts so;
    select_init(&so);
    cli_output_init(&out);
    static const struct option longopts[] = {
        {"method", required_argument, NULL, 'm'},
        {"horizon", required_argument, NULL, 'H'},
        {"interval", required_argument, NULL, OPT_INTERVAL},
        {"seasonal", required_argument, NULL, OPT_SEASONAL},
        {"alpha", required_argument, NULL, OPT_ALPHA},
        {"beta", required_argument, NULL, OPT_BETA},
        {"phi", required_argument, NULL, OPT_PHI},
        {"backtest-origins", required_argument, NULL, 'k'},
        {"backtest", no_argument, NULL, 'b'},
        {"params", no_argument, NULL, OPT_PARAMS},
        {"year-end", no_argument, NULL, 'y'},
        {"threads", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        SELECT_LONG_OPTIONS,
        CLI_OUTPUT_LONG_OPTIONS,
        {NULL, 0, NULL, 0}};
    int c;
    long v;
    ts_error err;
    while ((c = getopt_long(argc, argv, "m:H:k:byj:h" SELECT_SHORT CLI_OUTPUT_SHORT, longopts, NULL)) != -1) {
        int sel = select_option(TOOL, &so, c, optarg);
        if (sel == 0)
            sel = cli_output_option(TOOL, &out, c, optarg);
        if (sel < 0)
            return CLI_FATAL;
        if (sel > 0)
            continue;
        switch (c) {
        case 'm':
            if (ts_fc_method_parse(optarg, &o.fc.method, &err))
                return cli_usage_error(TOOL, "%s", err.msg);
            break;
        case 'H':
            if (cli_parse_int(TOOL, "--horizon", optarg, 1, 10000, &v))
                return CLI_FATAL;
            o.fc.horizon = (size_t)v;
            o.horizon_set = 1;
            break;
        case OPT_INTERVAL:
            if (parse_levels(optarg, &o.fc))
                return CLI_FATAL;
            break;
        case OPT_SEASONAL:
            if (strcmp(optarg, "auto") == 0)
                o.fc.seasonal = TS_FC_SEASONAL_AUTO;
            else if (strcmp(optarg, "yes") == 0)
                o.fc.seasonal = TS_FC_SEASONAL_YES;
            else if (strcmp(optarg, "no") == 0)
                o.fc.seasonal = TS_FC_SEASONAL_NO;
            else
                return cli_usage_error(TOOL, "option '--seasonal': \"%s\" is not auto, yes or no", optarg);
            break;
        case OPT_ALPHA:
            if (parse_param("--alpha", optarg, &o.fc.alpha))
                return CLI_FATAL;
            break;
        case OPT_BETA:
            if (parse_param("--beta", optarg, &o.fc.beta))
                return CLI_FATAL;
            break;
        case OPT_PHI:
            if (parse_param("--phi", optarg, &o.fc.phi))
                return CLI_FATAL;
            break;
        case 'k':
            if (cli_parse_int(TOOL, "--backtest-origins", optarg, 1, 1000, &v))
                return CLI_FATAL;
            o.fc.backtest_origins = (size_t)v;
            break;
        case 'b':
            o.backtest = 1;
            break;
        case OPT_PARAMS:
            o.params = 1;
            break;
        case 'y':
            o.year_end = 1;
            break;
        case 'j':
            if (cli_parse_int(TOOL, "--threads", optarg, 1, 64, &o.threads))
                return CLI_FATAL;
            break;
        case 'h':
            usage();
            return cli_finish(TOOL, CLI_OK);
        case OPT_VERSION:
            printf("ts-forecast (tskit) %s\n", TS_VERSION);
            return cli_finish(TOOL, CLI_OK);
        default:
            fprintf(stderr, "Try '%s --help'.\n", TOOL);
            return CLI_FATAL;
        }
    }
    if (o.backtest && o.year_end)
        return cli_usage_error(TOOL, "--backtest and --year-end do not go together");
    if (!isnan(o.fc.alpha) && !isnan(o.fc.beta) && o.fc.beta > o.fc.alpha)
        return cli_usage_error(TOOL, "--beta (%g) must not exceed --alpha (%g)", o.fc.beta, o.fc.alpha);

    int partial = 0, rc = CLI_OK;
    if (cli_output_start(TOOL, &out) != CLI_OK)
        return cli_finish(TOOL, CLI_FATAL);
    ts_series_set *set = ts_series_set_new(TS_DUP_KEEP_LAST, &err);
    if (!set) {
        cli_report(TOOL, &err);
        return cli_finish(TOOL, CLI_FATAL);
    }
    ts_series_set_on_duplicate(set, on_duplicate, NULL);
    rc = read_inputs(&so, argc - optind, argv + optind, set, &partial);
    if (rc == CLI_OK && ts_series_set_finish(set, &err)) {
        cli_report(TOOL, &err);
        rc = CLI_FATAL;
    }
    if (rc != CLI_OK) {
        ts_series_set_free(set);
        return cli_finish(TOOL, rc);
    }

    columns cols;
    columns_init(&cols, &o.fc, o.year_end, o.params);
    ts_writer *w = NULL;
    if (!o.backtest) {
        w = ts_writer_new(stdout, cols.n_names, cols.names, &err);
        if (!w) {
            cli_report(TOOL, &err);
            ts_series_set_free(set);
            return cli_finish(TOOL, CLI_FATAL);
        }
        ts_writer_set_decimals(w, out.decimals);
    }
    if (o.year_end) {
        rc = year_end(set, &o, w, &cols, &partial);
    } else {
        size_t n = ts_series_set_count(set), nj = 0;
        job *jobs = calloc(n ? n : 1, sizeof *jobs);
        if (!jobs) {
            cli_warn(TOOL, "out of memory");
            rc = CLI_FATAL;
        } else {
            for (size_t i = 0; i < n; i++)
                ts_series_set_get(set, i, &jobs[nj++].s);
            run_all(jobs, nj, &o);
            for (size_t i = 0; i < nj; i++) {
                if (jobs[i].rc) {
                    char key[512];
                    key_of(&jobs[i].s, key, sizeof key);
                    cli_warn(TOOL, "%s: %s", key, jobs[i].err.msg);
                    partial = 1;
                } else if (!o.backtest && rc == CLI_OK && write_forecasts(w, &cols, &jobs[i], o.params, &err)) {
                    cli_report(TOOL, &err);
                    rc = CLI_FATAL;
                }
                ts_fc_result_free(jobs[i].res);
            }
            if (o.backtest && rc == CLI_OK && print_backtest(jobs, nj, o.fc.method))
                rc = CLI_FATAL;
            free(jobs);
        }
    }
    if (w) {
        if (rc == CLI_OK && ts_writer_finish(w, &err)) {
            cli_report(TOOL, &err);
            rc = CLI_FATAL;
        }
        ts_writer_free(w);
    }
    ts_series_set_free(set);
    if (rc == CLI_OK && partial)
        rc = CLI_PARTIAL;
    return cli_finish(TOOL, rc);
}
