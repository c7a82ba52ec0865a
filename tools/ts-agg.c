/* ts-agg: growth rates, rolling windows, frequency conversion, totals,
 * consistency checks and trend tables over fact series, from TSV or the
 * store to TSV (or a table).  The statistics live in libts (ts_agg.h);
 * this file parses options, feeds series to them and writes the results. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "common/check_cli.h"
#include "common/cli.h"
#include "common/par.h"
#include "common/crosswalk_cli.h"
#include "common/into.h"
#include "common/select.h"
#include "common/table_cli.h"
#include "ts.h"
#include "ts_agg.h"
#include "ts_series.h"
#include "ts_store.h"

#define TOOL "ts-agg"

enum {
    OPT_VERSION = 0x2000, OPT_STREAM, OPT_DUPLICATES, OPT_KEEP, OPT_CENTER, OPT_STAT,
    OPT_MIN_PERIODS, OPT_HOW, OPT_PARTIAL, OPT_BY, OPT_LABEL, OPT_TOLERANCE, OPT_ALL, OPT_AREAS,
    OPT_YEARS,
    OPT_INTO, OPT_NAME, OPT_WAIT, OPT_ANY_PLAN, OPT_OUT
};

static const struct option long_options[] = {
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    SELECT_LONG_OPTIONS,
    {"stream", no_argument, NULL, OPT_STREAM},
    {"duplicates", required_argument, NULL, OPT_DUPLICATES},
    {"keep", no_argument, NULL, OPT_KEEP},
    {"center", no_argument, NULL, OPT_CENTER},
    {"stat", required_argument, NULL, OPT_STAT},
    {"min-periods", required_argument, NULL, OPT_MIN_PERIODS},
    {"how", required_argument, NULL, OPT_HOW},
    {"partial", no_argument, NULL, OPT_PARTIAL},
    {"by", required_argument, NULL, OPT_BY},
    {"areas", required_argument, NULL, OPT_AREAS},
    {"label", required_argument, NULL, OPT_LABEL},
    {"tolerance", required_argument, NULL, OPT_TOLERANCE},
    {"all", no_argument, NULL, OPT_ALL},
    {"any-plan", no_argument, NULL, OPT_ANY_PLAN},
    TABLE_CLI_LONG_OPTIONS,
    CLI_OUTPUT_LONG_OPTIONS,
    {"years", required_argument, NULL, OPT_YEARS},
    {"catalog", required_argument, NULL, 'c'},
    {"into", required_argument, NULL, OPT_INTO},
    {"name", required_argument, NULL, OPT_NAME},
    {"wait", required_argument, NULL, OPT_WAIT},
    {"out", required_argument, NULL, OPT_OUT},
    {NULL, 0, NULL, 0}};

/* Which operations accept each option (selector options: all); "series"
 * stands for every operation on one series at a time. */
static const struct {
    int opt;
    const char *ops; /* names, space-separated */
} applies[] = {
    {OPT_KEEP, "series"},
    {OPT_CENTER, "rolling"}, {OPT_STAT, "rolling"}, {OPT_MIN_PERIODS, "rolling"},
    {OPT_HOW, "resample"}, {OPT_PARTIAL, "resample"},
    {OPT_BY, "sum table"}, {OPT_LABEL, "sum"}, {OPT_AREAS, "sum"},
    {OPT_TOLERANCE, "check"}, {OPT_ALL, "check"}, {OPT_ANY_PLAN, "check"},
    {TABLE_OPT_PERIODS, "table"}, {TABLE_OPT_GROWTH, "table"}, {TABLE_OPT_FORMAT, "table"},
    {TABLE_OPT_LOCALE, "table"}, {TABLE_OPT_LABELS, "table"}, {TABLE_OPT_NOTES, "table"},
    {TABLE_OPT_BOM, "table"}, {TABLE_OPT_MIXED_PRICES, "table"},
    {OPT_YEARS, "avg_annual"},
    {'c', "resample decumulate cumulate"},
    {OPT_INTO, "series sum"}, {OPT_NAME, "series sum"}, {OPT_WAIT, "series sum"},
    {OPT_OUT, "series"},
};

static int is_op(const ts_agg_op *op, const char *name)
{
    return op && strcmp(op->name, name) == 0;
}

/* Nonzero when option opt applies to op. */
static int option_applies(int opt, const ts_agg_op *op)
{
    for (size_t i = 0; i < sizeof applies / sizeof applies[0]; i++) {
        if (applies[i].opt != opt)
            continue;
        char list[64];
        snprintf(list, sizeof list, " %s ", applies[i].ops);
        char word[32];
        snprintf(word, sizeof word, " %s ", op->shape == TS_AGG_SERIES ? "series" : op->name);
        if (strstr(list, word))
            return 1;
        snprintf(word, sizeof word, " %s ", op->name);
        return strstr(list, word) != NULL;
    }
    return 1;
}

static void usage(void)
{
    printf("Usage: ts-agg OPERATION [OPTION]... [FILE]...\n"
           "Derives series from indicator facts (TSV files, stdin when none, or --store)\n"
           "and writes them as facts (TSV) to standard output; derived facts have\n"
           "source 'derived' and status E when any input was E.\n"
           "\n"
           "Operations:\n"
           "  yoy                %% change against the same period a year earlier (yoy_pct)\n"
           "  pop                %% change against the previous period of the same length\n"
           "                     (pop_pct)\n"
           "  cagr --from P --to P   average annual growth from the level at P to the level\n"
           "                     at the later P (avg_annual_pct for the span after the first)\n"
           "  avg_annual         average annual growth over every --years N span (default 5)\n"
           "  rolling N          statistic over a window of N periods (measure rollingN_STAT,\n"
           "                     or rollingNc_STAT centred)\n"
           "  resample --to quarter|year|5y   months to quarters/years, years to plan spans\n"
           "  decumulate         year-to-date totals to months (P10M - P9M = month 10)\n"
           "  cumulate           months to year-to-date totals\n"
           "  sum --by indicator|area   totals across areas (or across indicators), one\n"
           "                     per price basis and plan issuer\n"
           "  sum --areas 2025   old provinces' levels and plans of flows and stocks added\n"
           "                     into the provinces of 2025-07-01 (a series runs on)\n"
           "  check              recompute reported yoy_pct, pct_plan and avg_annual_pct\n"
           "                     from levels and plans, like with like (the same price\n"
           "                     basis, the plan of the same issuer and report), list the\n"
           "                     discrepancies with the facts used (TSV)\n"
           "  table              trend table: series as rows, periods as columns\n"
           "  OP then OP2        run OP2 on OP's result in one process (series operations):\n"
           "                     'yoy then rolling 3' = 'yoy | rolling 3 --measure yoy_pct'\n"
           "\n"
           "%s\n"
           "Input:\n"
           "      --stream          input is grouped by series (as from the store): hold one\n"
           "                        series at a time (automatic with --store)\n"
           "      --duplicates last|error   two facts for one series and period: keep the\n"
           "                        one read last and warn (default), or stop\n"
           "Series operations (all but sum, check, table) work on the series of measure\n"
           "'level' unless --measure names another; derived measures of another measure M\n"
           "are prefixed 'M_'.\n"
           "      --keep            also write the input facts of the series processed\n"
           "      --into STORE      add the derived facts to the HDF5 store STORE instead of\n"
           "                        writing them (also for sum); they form one document\n"
           "      --name NAME       that document's name (default: the command line); running\n"
           "                        again replaces what the same name brought before\n"
           "      --wait SECONDS    wait at most this long for the store's lock (default:\n"
           "                        as long as it takes)\n"
           "      --out FILE        write the derived facts as a new result store FILE (the\n"
           "                        store's format; replaced whole, atomically) instead\n"
           "                        of standard output\n"
           "  -c, --catalog FILE    more indicators (id, unit, kind) for flow/stock/rate\n"
           "rolling:\n"
           "      --center          centred window (N/2 before, the rest after)\n"
           "      --stat S          mean (default), median, sum, min, max\n"
           "      --min-periods K   give a value when K of the N periods are present\n"
           "                        (default N: a missing period blanks every window over it)\n"
           "resample:\n"
           "      --how H           sum, last, mean, first, min, max (default: flows sum,\n"
           "                        stocks last, rates and pct mean, from the catalogue)\n"
           "      --partial         also emit spans with parts missing\n"
           "avg_annual:\n"
           "      --years N         span length in years (default 5)\n"
           "sum:\n"
           "      --by indicator|area   total per indicator across areas, or per area across\n"
           "                        indicators; units must agree\n"
           "      --label NAME      area (or indicator) of the totals (default 'total')\n"
           "      --areas 2025      instead of --by: old provinces added into their\n"
           "                        provinces of 2025-07-01 (complete totals only)\n"
           "check:\n"
           "      --tolerance PP    report differences above PP percentage points (0.15)\n"
           "      --all             list every recomputed figure, not only discrepancies\n"
           "      --any-plan        measure a plan share against a plan of another document\n"
           "                        too (default: only plans of the share's own document)\n"
           "table:\n"
           "%s"
           "\n%s%s%s\n"
           "Under mpirun each process reads its share of the --store's series; the output\n"
           "is one process's (table, check and sum on rank 0; docs/scale.md).\n\n"
           "Exit status: 0 success, 1 some input rows rejected (reported), 2 usage or\n"
           "fatal error.\n",
           select_help, table_cli_help, cli_output_help, cli_decimals_help, cli_std_help);
}

typedef struct {
    const ts_agg_op *op;
    const ts_agg_op *then;   /* OP then OP2: OP2 runs on OP's result; or NULL */
    select_opts sel;
    int stream, keep, all, has_freq, any_plan;
    cli_output out;          /* -o, -d (-d also sets a table's decimals) */
    ts_dup_policy dup;
    ts_agg_params params;    /* the series operations' parameters */
    long window, min_periods;
    ts_sum_by by;
    int has_by;
    int32_t areas_day;       /* sum --areas 2025: the day of the crosswalk, or 0 */
    const char *label, *catalog;
    const char *into, *name; /* --into STORE, --name NAME */
    const char *result;      /* --out FILE: a result store */
    double wait;             /* --wait, negative: forever */
    double tolerance;
    table_cli table;         /* table's options */
} opts;

/* ---- input ---- */

typedef struct {
    fact_input *in;
    int failed;       /* a fatal read error, already reported */
    int levels_only;  /* keep only measure level (and plan with plans) */
    int plans;
} source;

/* Series operations read levels unless --measure chose; sum adds plans.
 * Skipping the rest here keeps it out of memory and out of the duplicate
 * warnings. */
static int skipped(const source *s, const char *measure)
{
    return s->levels_only && strcmp(measure, TS_MEASURE_LEVEL) != 0 &&
           !(s->plans && strcmp(measure, TS_MEASURE_PLAN) == 0);
}

/* fact_input's 1 / 0 / -1 as a source's TS_OK / TS_EOF / TS_EIO. */
static int source_rc(source *s, int r, ts_error *err)
{
    if (r >= 0)
        return r ? TS_OK : TS_EOF;
    s->failed = 1;
    return ts_error_set(err, TS_EIO, "input failed");
}

static int source_next(void *ctx, ts_fact *f, ts_error *err)
{
    source *s = ctx;
    int r;
    do r = fact_input_next(s->in, f); while (r == 1 && skipped(s, f->measure));
    return source_rc(s, r, err);
}

/* The same for whole series from the store: one test per series. */
static int source_next_series(void *ctx, ts_series *out, ts_error *err)
{
    source *s = ctx;
    int r;
    do r = fact_input_next_series(s->in, out); while (r == 1 && skipped(s, out->measure));
    return source_rc(s, r, err);
}

static void on_duplicate(void *ctx, const ts_series *s, ts_period p, const char *kept,
                         const char *dropped)
{
    (void)ctx;
    char key[512], pt[TS_PERIOD_TEXT_MAX];
    ts_period_format(p, pt, sizeof pt);
    cli_warn(TOOL, "duplicate fact %s %s: kept %s, dropped %s",
             ts_series_key_format(s, key, sizeof key), pt, kept, dropped);
}

/* Series from a set (any input order) or one at a time (grouped). */
typedef struct {
    ts_series_source *series;
    source src;
} series_iter;

static int iter_open(series_iter *it, const opts *o, fact_input *in)
{
    ts_error e;
    memset(it, 0, sizeof *it);
    it->src.in = in;
    it->src.levels_only = !o->sel.measures.n &&
                          (o->op->shape == TS_AGG_SERIES || is_op(o->op, "sum"));
    it->src.plans = is_op(o->op, "sum");
    /* A store hands out whole series: no work per fact to group them. */
    it->series = o->sel.store
                     ? ts_series_source_new_series(source_next_series, &it->src, o->dup, &e)
                     : ts_series_source_new(source_next, &it->src, o->stream, o->dup, &e);
    if (!it->series) {
        cli_report(TOOL, &e);
        return -1;
    }
    ts_series_source_on_duplicate(it->series, on_duplicate, NULL);
    return 0;
}

/* 1 with *s filled, 0 at the end, -1 on a fatal error (reported). */
static int iter_next(series_iter *it, ts_series *s)
{
    ts_error e;
    int rc = ts_series_source_next(it->series, s, &e);
    if (rc == TS_OK || rc == TS_EOF)
        return rc == TS_OK;
    if (!it->src.failed)
        cli_report(TOOL, &e);
    return -1;
}

/* ---- output ---- */

/* Set once a write to stdout failed and was reported: the final stdout
 * check would only say it again. */
static int stdout_failed;

/* Writes every observation of s (a derived series or the input). */
static int write_series(ts_writer *w, const ts_series *s)
{
    ts_error e;
    if (ts_writer_write_series(w, s, &e) != TS_OK) {
        cli_report_stdout(TOOL, &e);
        stdout_failed = 1;
        return -1;
    }
    return 0;
}

/* Where the series operations' results go: TSV through w, or the result
 * store of --out. */
typedef struct {
    ts_writer *w;
    ts_result *res;
} dest;

static int emit_series(const dest *k, const ts_series *s)
{
    ts_error e;
    if (!k->res)
        return write_series(k->w, s);
    if (ts_result_add_series(k->res, s, &e) == TS_OK)
        return 0;
    cli_report(TOOL, &e);
    return -1;
}

static void warn_note(void *ctx, const ts_series *s, const ts_point *pt, const char *measure)
{
    (void)ctx;
    char key[512], p[TS_PERIOD_TEXT_MAX], b[TS_PERIOD_TEXT_MAX];
    ts_period_format(pt->period, p, sizeof p);
    ts_period_format(pt->base, b, sizeof b);
    cli_warn(TOOL, "%s %s: base %s is %s, no %s", ts_series_key_format(s, key, sizeof key), p,
             b, pt->note == TS_NOTE_BASE_ZERO ? "zero" : "negative", measure);
}

/* ---- series operations: a chain of libts operations ---- */

static int run_series_op(const opts *o, series_iter *it, const dest *w)
{
    ts_error e;
    const ts_agg_op *ops[2] = {o->op, o->then};
    ts_agg_params p = o->params;
    ts_catalog *cat = NULL;
    if (o->catalog) {
        /* --catalog adds to the built-in indicators. */
        cat = ts_catalog_new(&e);
        if (!cat || ts_catalog_load(cat, o->catalog, &e) != TS_OK) {
            cli_report(TOOL, &e);
            ts_catalog_free(cat);
            return -1;
        }
        p.catalog = cat;
    }
    ts_agg_chain *chain = ts_agg_chain_new(ops, o->then ? 2 : 1, &p, &e);
    if (!chain) {
        cli_report(TOOL, &e);
        ts_catalog_free(cat);
        return -1;
    }
    ts_agg_chain_on_note(chain, warn_note, NULL);
    int rc = 0, got;
    ts_series s, d;
    while (rc == 0 && (got = iter_next(it, &s)) == 1) {
        if (ts_agg_chain_apply(chain, &s, &d, &e) != TS_OK) {
            cli_warn(TOOL, "%s", e.msg);
            rc = -1;
        } else if ((o->keep && emit_series(w, &s) != 0) || emit_series(w, &d) != 0) {
            rc = -1;
        }
    }
    if (rc == 0 && got < 0)
        rc = -1;
    ts_agg_chain_free(chain);
    ts_catalog_free(cat);
    return rc;
}

/* The accumulating operations (sum, table) take every series before they
 * can write anything; this feeds them all and reports the first error. */
typedef int (*series_sink)(void *acc, const ts_series *s, ts_error *err);

static int feed_series(series_iter *it, series_sink add, void *acc)
{
    ts_error e;
    ts_series s;
    int got;
    while ((got = iter_next(it, &s)) == 1) {
        if (add(acc, &s, &e) != TS_OK) {
            cli_report(TOOL, &e);
            return -1;
        }
    }
    return got < 0 ? -1 : 0;
}

static int summer_add(void *m, const ts_series *s, ts_error *e) { return ts_summer_add(m, s, e); }
static int table_add(void *t, const ts_series *s, ts_error *e) { return ts_table_add(t, s, e); }

/* Writes one total as a one-point derived series. */
static int write_total(ts_writer *w, ts_series *key, ts_point *pt)
{
    const char *derived = TS_SOURCE_DERIVED;
    key->n = 1;
    key->period = &pt->period;
    key->value = &pt->value;
    key->status = &pt->status;
    key->source = &derived;
    return write_series(w, key);
}

static int run_crosswalk(const opts *o, series_iter *it, fact_input *in, ts_writer *w)
{
    cli_crosswalk *c = cli_crosswalk_new(TOOL, in, o->catalog, o->areas_day);
    int rc = c ? feed_series(it, cli_crosswalk_add, c) : -1;
    if (rc == 0)
        rc = cli_crosswalk_write(c, w);
    cli_crosswalk_free(c);
    return rc;
}

static int run_sum(const opts *o, series_iter *it, ts_writer *w)
{
    ts_error e;
    ts_summer *m = ts_summer_new(o->by, o->label, &e);
    if (!m) {
        cli_report(TOOL, &e);
        return -1;
    }
    int rc = feed_series(it, summer_add, m);
    for (size_t i = 0; rc == 0 && i < ts_summer_count(m); i++) {
        ts_series key;
        ts_point pt;
        ts_summer_get(m, i, &key, &pt);
        if (write_total(w, &key, &pt) != 0)
            rc = -1;
    }
    ts_summer_free(m);
    return rc;
}

/* ---- check and table ---- */

static int put_series(void *pj, const ts_series *s, ts_error *e) { return par_put_series(pj, s, e); }

/* The table of every series: under mpirun each process reads its share
 * and rank 0 adds the others' after its own, in rank order, before it
 * writes the table.  Returns the exit code the processes agree on. */
static int run_table(const opts *o, series_iter *it, int it_ok, fact_input *in, par *pj)
{
    ts_error e;
    int root = par_rank(pj) == 0, rc = it_ok ? 0 : -1;
    ts_table *t = NULL;
    if (root && rc == 0 && !(t = ts_table_new(o->table.cols, o->table.n_cols, &e))) {
        cli_report(TOOL, &e);
        rc = -1;
    }
    if (rc == 0)
        rc = root ? feed_series(it, table_add, t) : feed_series(it, put_series, pj);
    int code = par_gather_series(pj, rc < 0 ? CLI_FATAL : CLI_OK, table_add, t);
    if (root && code < CLI_FATAL && table_cli_write(TOOL, &o->table, t, NULL, fact_input_gazetteer(in),
                                                    fact_input_store(in)) != CLI_OK) {
        stdout_failed = ferror(stdout);
        code = CLI_FATAL;
    }
    ts_table_free(t);
    return code;
}

/* Series operations and sum: derived facts to standard output, into a
 * store (--into: through a temporary TSV, rank 0's with the others'
 * appended) or a result store (--out).  Returns the agreed exit code. */
static int run_output(const opts *o, series_iter *it, int it_ok, fact_input *in, par *pj,
                      int argc, char **argv)
{
    ts_error e;
    int rc = it_ok ? 0 : -1;
    dest k = {NULL, NULL};
    FILE *out = o->into && par_rank(pj) == 0 ? tmpfile() : stdout;
    if (o->result) {
        rc = (k.res = par_result(pj, o->result, 0, NULL)) ? rc : -1;
    } else if (!out) {
        cli_warn(TOOL, "cannot create a temporary file: %s", strerror(errno));
        rc = -1;
    } else if (!(k.w = ts_writer_new(out, 0, NULL, &e))) {
        cli_report(TOOL, &e);
        rc = -1;
    } else {
        ts_writer_set_decimals(k.w, o->out.decimals);
    }
    if (rc == 0)
        rc = !is_op(o->op, "sum") ? run_series_op(o, it, &k)
             : o->areas_day ? run_crosswalk(o, it, in, k.w) : run_sum(o, it, k.w);
    if (k.w && rc == 0 && ts_writer_finish(k.w, &e) != TS_OK) {
        (o->into ? cli_report : cli_report_stdout)(TOOL, &e);
        stdout_failed = !o->into;
        rc = -1;
    }
    ts_writer_free(k.w);
    int code = rc < 0 ? CLI_FATAL : CLI_OK;
    code = o->result ? (k.res ? par_commit(pj, k.res, code) : CLI_FATAL) : par_gather(pj, out, code);
    if (o->into && out && par_rank(pj) == 0) {
        char name[1024];
        cli_command_name("ts-agg", argc, argv, name, sizeof name);
        if (code < CLI_FATAL && cli_store_derived(TOOL, o->into, o->wait, o->name ? o->name : name,
                                                  out) != 0)
            code = CLI_FATAL;
        fclose(out);
    }
    return code;
}

/* ---- options ---- */

static const char *opt_name(int c)
{
    for (const struct option *lo = long_options; lo->name; lo++)
        if (lo->val == c)
            return lo->name;
    return "?";
}

static int parse_choice(int ok, const char *opt, const char *arg, const char *choices)
{
    if (ok == TS_OK)
        return 0;
    cli_usage_error(TOOL, "option '%s': \"%s\" is not one of %s", opt, arg, choices);
    return -1;
}

/* Nonzero when the operation or the one after `then` is called name. */
static int uses(const opts *o, const char *name)
{
    return is_op(o->op, name) || is_op(o->then, name);
}

/* Nonzero when option opt applies to the operation (or the one after). */
static int option_ok(const opts *o, int opt)
{
    return option_applies(opt, o->op) || (o->then && option_applies(opt, o->then));
}

/* The operation in argv[1] and "then OP2" anywhere after it (both words
 * taken out of argv).  Returns -1 to exit 0 (help, version), 2 on a usage
 * error, 0 to go on. */
static int parse_ops(int *argcp, char **argv, opts *o)
{
    int argc = *argcp;
    if (argc < 2)
        return cli_usage_error(TOOL, "missing operation");
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
        usage();
        return -1;
    }
    if (strcmp(name, "--version") == 0) {
        printf("ts-agg (tskit) %s\n", TS_VERSION);
        return -1;
    }
    if (!(o->op = ts_agg_op_find(name)))
        return cli_usage_error(TOOL, "unknown operation '%s'", name);
    for (int i = 2; i + 1 < argc; i++) {
        if (strcmp(argv[i], "then") != 0)
            continue;
        const ts_agg_op *op2 = ts_agg_op_find(argv[i + 1]);
        if (!op2 || op2->shape != TS_AGG_SERIES || o->op->shape != TS_AGG_SERIES)
            return cli_usage_error(TOOL, "then: '%s' cannot follow '%s'", argv[i + 1], name);
        if (op2 == o->op)
            return cli_usage_error(TOOL, "then: '%s' twice", name);
        o->then = op2;
        for (int k = i; k + 2 < argc; k++)
            argv[k] = argv[k + 2];
        *argcp = argc - 2;
        break;
    }
    return 0;
}

/* One of the operations' own options (not a selector).  Returns 0, -1 to
 * exit 0 (help, version) or 2 after a usage error. */
static int set_option(opts *o, int c, const char *arg)
{
    ts_agg_params *p = &o->params;
    long v;
    switch (c) {
    case 'h': usage(); return -1;
    case OPT_VERSION: printf("ts-agg (tskit) %s\n", TS_VERSION); return -1;
    case OPT_STREAM: o->stream = 1; break;
    case OPT_DUPLICATES:
        if (strcmp(arg, "last") == 0) o->dup = TS_DUP_KEEP_LAST;
        else if (strcmp(arg, "error") == 0) o->dup = TS_DUP_ERROR;
        else return parse_choice(TS_EINVAL, "--duplicates", arg, "last, error"), 2;
        break;
    case OPT_KEEP: o->keep = 1; break;
    case OPT_CENTER: p->center = 1; break;
    case OPT_STAT:
        if (parse_choice(ts_stat_parse(arg, &p->stat), "--stat", arg,
                         "mean, median, sum, min, max") != 0)
            return 2;
        break;
    case OPT_MIN_PERIODS:
        if (cli_parse_int(TOOL, "--min-periods", arg, 1, 100000, &o->min_periods))
            return 2;
        break;
    case OPT_HOW:
        if (parse_choice(ts_how_parse(arg, &p->how), "--how", arg,
                         "sum, last, mean, first, min, max") != 0)
            return 2;
        p->has_how = 1;
        break;
    case OPT_PARTIAL: p->partial = 1; break;
    case OPT_BY:
        if (is_op(o->op, "table"))
            return table_cli_by(TOOL, &o->table, arg);
        if (strcmp(arg, "indicator") == 0) o->by = TS_SUM_BY_INDICATOR;
        else if (strcmp(arg, "area") == 0) o->by = TS_SUM_BY_AREA;
        else return parse_choice(TS_EINVAL, "--by", arg, "indicator, area"), 2;
        o->has_by = 1;
        break;
    case OPT_LABEL: o->label = arg; break;
    case OPT_AREAS:
        /* The one reorganisation the gazetteer records. */
        if (strcmp(arg, "2025") != 0)
            return parse_choice(TS_EINVAL, "--areas", arg, "2025"), 2;
        o->areas_day = ts_days_from_civil(2025, 7, 1);
        break;
    case OPT_TOLERANCE:
        if (cli_parse_double(TOOL, "--tolerance", arg, &o->tolerance))
            return 2;
        break;
    case OPT_ALL: o->all = 1; break;
    case OPT_ANY_PLAN: o->any_plan = 1; break;
    case 'd':
        if (cli_parse_int(TOOL, "--decimals", arg, 0, 15, &v))
            return 2;
        o->table.t.decimals = o->out.decimals = (int)v;
        break;
    case 'o': o->out.output = arg; break;
    case OPT_YEARS:
        if (cli_parse_int(TOOL, "--years", arg, 1, 1000, &v))
            return 2;
        p->years = (int)v;
        break;
    case 'c': o->catalog = arg; break;
    case OPT_INTO: o->into = arg; break;
    case OPT_OUT: o->result = arg; break;
    case OPT_NAME: o->name = arg; break;
    case OPT_WAIT:
        if (cli_parse_double(TOOL, "--wait", arg, &o->wait))
            return 2;
        break;
    default: return cli_usage_error(TOOL, "unexpected option");
    }
    return 0;
}

/* What the operations need beyond the options: rolling's window N (the
 * argument at argv[*first]), cagr's two periods, resample's target, sum's
 * grouping, table's columns.  0, or 2 after a usage error. */
static int finish_options(int argc, char **argv, opts *o, int *first)
{
    if (uses(o, "rolling")) {
        if (*first >= argc)
            return cli_usage_error(TOOL, "rolling: missing the window size N");
        if (cli_parse_int(TOOL, "rolling N", argv[*first], 1, 100000, &o->window))
            return 2;
        (*first)++;
        if (o->min_periods > o->window)
            return cli_usage_error(TOOL, "option '--min-periods': %ld is more than the window %ld",
                                   o->min_periods, o->window);
        o->params.window = (size_t)o->window;
        o->params.min_periods = (size_t)o->min_periods;
    }
    if (uses(o, "cagr") && (!o->sel.sel.has_from || !o->sel.sel.has_to))
        return cli_usage_error(TOOL, "cagr needs --from PERIOD and --to PERIOD");
    o->params.from = o->sel.sel.from;
    o->params.to = o->sel.sel.to;
    if (uses(o, "resample") && !o->has_freq)
        return cli_usage_error(TOOL, "resample needs --to quarter|year|5y");
    if (is_op(o->op, "sum") && o->has_by == !!o->areas_day)
        return cli_usage_error(TOOL, "sum needs --by indicator|area or --areas 2025");
    if (o->result && (o->into || o->keep))
        return cli_usage_error(TOOL, "option '--out' does not go with '--%s'", o->into ? "into" : "keep");
    return 0;
}

/* Parses argv; returns -1 to exit 0 (help, version), 2 on a usage error,
 * 0 to run with the remaining arguments at argv[*first..argc). */
static int parse(int *argcp, char **argv, opts *o, int *first)
{
    memset(o, 0, sizeof *o);
    select_init(&o->sel);
    ts_agg_params_init(&o->params);
    o->dup = TS_DUP_KEEP_LAST;
    o->tolerance = 0.15;
    cli_output_init(&o->out);
    table_cli_init(&o->table);
    o->label = "total";
    o->wait = -1;
    int rc = parse_ops(argcp, argv, o), argc = *argcp, c;
    if (rc != 0)
        return rc;
    optind = 1;
    opterr = 0; /* our own messages, prefixed with the tool's name */
    char **av = argv + 1;
    while ((c = getopt_long(argc - 1, av, ":hc:" SELECT_SHORT CLI_OUTPUT_SHORT TABLE_CLI_SHORT, long_options, NULL)) != -1) {
        if (c == '?')
            return cli_usage_error(TOOL, "unknown option '%s'", av[optind - 1]);
        if (c == ':')
            return cli_usage_error(TOOL, "option '%s' needs a value", av[optind - 1]);
        if (!option_ok(o, c))
            return cli_usage_error(TOOL, "option '--%s' does not apply to '%s'", opt_name(c),
                                   argv[1]);
        if (c == SEL_OPT_TO && uses(o, "resample")) {
            /* resample's --to names the target frequency, not a period. */
            if (parse_choice(ts_freq_parse(optarg, &o->params.freq), "--to", optarg,
                             "quarter, year, 5y") != 0)
                return 2;
            o->has_freq = 1;
            continue;
        }
        int sel = select_option(TOOL, &o->sel, c, optarg);
        if (sel == 0)
            sel = table_cli_option(TOOL, &o->table, c, optarg);
        if (sel < 0)
            return 2;
        if (sel == 0 && (rc = set_option(o, c, optarg)) != 0)
            return rc;
    }
    *first = optind + 1;
    return finish_options(argc, argv, o, first);
}

int main(int argc, char **argv)
{
    ts_init();
    par *pj = par_begin(TOOL, &argc, &argv); /* MPI_Init in the MPI build */
    if (!pj) return CLI_FATAL;
    opts o;
    int first = 0;
    int prc = parse(&argc, argv, &o, &first);
    if (prc < 0)
        return cli_finish(TOOL, CLI_OK);
    if (prc > 0)
        return prc;
    if (uses(&o, "cagr")) {
        /* Selecting by --from/--to keeps just the span; the endpoints are
         * what cagr needs, and a bad pair is a usage error before reading. */
        ts_points none;
        ts_points_init(&none);
        ts_series empty = {0};
        ts_error e;
        if (ts_growth_cagr(&empty, o.sel.sel.from, o.sel.sel.to, &none, &e) != TS_OK)
            return cli_usage_error(TOOL, "%s", e.msg);
    }
    /* Series operations read levels unless --measure chose another: the
     * selector leaves the rest out (a store query skips whole series). */
    if (!o.sel.measures.n && o.op->shape == TS_AGG_SERIES)
        o.sel.sel.measure = TS_MEASURE_LEVEL;
    /* Series operations and tables share the series among processes; the
     * others need every fact in one place. */
    int shared = o.op->shape == TS_AGG_SERIES || is_op(o.op, "table");
    /* Rank 0 opens the output (-o FILE; the others' output joins it), and
     * all learn whether it could before they open the store together. */
    int idle = par_idle(pj, shared), code = CLI_OK;
    if (!idle)
        code = par_agree(pj, par_rank(pj) == 0 ? cli_output_start(TOOL, &o.out) : CLI_OK);
    fact_input *in = idle || code != CLI_OK ? NULL : par_input(pj, &o.sel, argc - first, argv + first, shared);
    if (!in) {
        table_cli_free(&o.table);
        return cli_finish(TOOL, par_end(pj, idle ? CLI_OK : CLI_FATAL));
    }
    if (is_op(o.op, "check")) {
        code = check_cli_run(TOOL, in, o.tolerance, o.all, o.any_plan, &stdout_failed) ? CLI_FATAL : 0;
    } else {
        series_iter it;
        int it_ok = iter_open(&it, &o, in) == 0;
        if (is_op(o.op, "table"))
            code = run_table(&o, &it, it_ok, in, pj);
        else
            code = run_output(&o, &it, it_ok, in, pj, argc, argv);
        ts_series_source_free(it.series);
    }
    if (code < CLI_PARTIAL && fact_input_rejected(in))
        code = CLI_PARTIAL;
    fact_input_close(in);
    table_cli_free(&o.table);
    code = par_end(pj, stdout_failed ? CLI_FATAL : code);
    if (stdout_failed)
        return cli_finish_failed(TOOL);
    return cli_finish(TOOL, code);
}
