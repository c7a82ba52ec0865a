/* ts-ls: reads a tskit store: lists its series (default), prints its facts
 * as the TSV record (--facts), lists its documents (--sources) or prints a
 * document's stored text (--show-source NAME); lists the gazetteer of
 * areas (--areas, no store needed). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "common/areas.h"
#include "common/cli.h"
#include "common/excerpt.h"
#include "common/select.h"
#include "ts.h"

#define TOOL "ts-ls"

static const char usage_head[] =
    "Usage: ts-ls --store FILE [OPTION]...\n"
    "  or:  ts-ls --areas [--area AREA] [--level LEVEL] [--within PROVINCE]\n"
    "                     [--region REGION]\n"
    "  or:  ts-ls --catalog[=FILE]\n"
    "Read the tskit store FILE (an HDF5 file written by ts-import --store).\n"
    "\n"
    "With no mode option, list the series, one per line (TSV with a header):\n"
    "  indicator area measure unit n first last sources\n"
    "n is the number of observations (current values, or every vintage with\n"
    "--vintages), first and last the earliest and latest period, sources the\n"
    "documents the values came from, comma-separated.\n"
    "\n"
    "Modes:\n"
    "  -f, --facts             print the selected facts as the fact record\n"
    "      --provenance        with --facts, add the columns vintage (report\n"
    "                          date that orders vintages), imported_from (the\n"
    "                          imported file) and offset (byte offset of the\n"
    "                          sentence in the source text); implied by --vintages\n"
    "  -e, --excerpt           with --facts, add the column excerpt: the sentence\n"
    "                          each fact came from, read from the stored text\n"
    "  -S, --sources           list the source documents: name kind period date\n"
    "                          imported bytes sha256\n"
    "      --show-source NAME  print the stored text of document NAME (of a PDF\n"
    "                          or Word report: its converted text, which the\n"
    "                          facts' offsets point into)\n"
    "      --original          with --show-source, print the file a converted\n"
    "                          report was imported from (PDF, Word) instead\n"
    "      --at OFFSET         with --source NAME, print the sentence at byte\n"
    "                          OFFSET of document NAME (a fact's offset column)\n"
    "      --areas             list the gazetteer of areas (no store needed):\n"
    "                          slug name kind parent valid_from valid_to region\n"
    "                          successor; provinces and centrally-run cities until\n"
    "                          2025-06-30 and from 2025-07-01, district-level units\n"
    "                          until 2025-06-30, selected by the area options\n"
    "  -c, --catalog[=FILE]    list the indicator catalogue (no store needed): id\n"
    "                          unit kind vi en unit_vi unit_en shortest (the labels\n"
    "                          tables and charts show, --labels; the shortest\n"
    "                          period compiled); FILE adds indicators\n"
    "\n";

static const char usage_tail[] =
    "\n"
    "Current values: for each series and period, the value of the latest\n"
    "vintage (latest report date, then latest import).\n"
    "\n";

static const char usage_end[] =
    "\n"
    "Exit status: 0 success, 2 usage error or a store that cannot be read\n"
    "(missing, not HDF5, truncated, unknown format version).\n"
    "\n"
    "Examples:\n"
    "  ts-ls --store kontum.h5\n"
    "  ts-ls --store kontum.h5 --facts --indicator 'budget.*' --from 2020\n"
    "  ts-ls --store kontum.h5 --facts --vintages --area kon-tum\n"
    "  ts-ls --store kontum.h5 --show-source 000_2b9464353da6eefa.txt | less\n"
    "  ts-ls --store kontum.h5 --facts --excerpt -i budget.revenue -a kon-tum\n"
    "  ts-ls --store kontum.h5 --source 000_2b9464353da6eefa.txt --at 1464\n"
    "  ts-ls --catalog | grep budget\n"
    "  ts-ls --areas --within kon-tum\n"
    "  ts-ls --areas --level province --region tay-nguyen\n";

enum { OPT_VERSION = 0x2000, OPT_SHOW_SOURCE, OPT_ORIGINAL, OPT_AREAS, OPT_PROVENANCE, OPT_AT };

/* A day of the gazetteer as YYYY-MM-DD, blank when open. */
static void print_day(int32_t day, int open)
{
    char buf[TS_PERIOD_TEXT_MAX];
    if (day != open)
        ts_period_format((ts_period){day, day}, buf, sizeof buf);
    fputs(day != open ? buf : "", stdout);
}

/* --areas: the gazetteer's areas the selection keeps, in file order. */
static int list_areas(const ts_gazetteer *g, const ts_area_select *sel)
{
    printf("slug\tname\tkind\tparent\tvalid_from\tvalid_to\tregion\tsuccessor\n");
    for (size_t i = 0; i < ts_gazetteer_count(g); i++) {
        const ts_area *a = ts_gazetteer_at(g, i);
        if (!ts_area_select_match_area(sel, a))
            continue;
        const ts_region *r = ts_gazetteer_region_of(g, a);
        printf("%s\t%s\t%s\t%s\t", a->slug, a->name, ts_area_kind_name(a->kind), a->parent);
        print_day(a->valid_from, TS_DAY_OPEN_FROM);
        putchar('\t');
        print_day(a->valid_to, TS_DAY_OPEN_TO);
        printf("\t%s\t%s\n", r ? r->slug : "", a->successor);
    }
    return CLI_OK;
}

/* --areas: the gazetteer with the area options' selection applied. */
static int run_areas(const select_opts *so)
{
    if (so->indicators.n || so->measures.n)
        return cli_usage_error(TOOL, "--areas lists areas: --indicator and --measure do not "
                                     "apply");
    select_compiled c;
    if (select_compile(TOOL, so, &c) != CLI_OK) {
        select_compiled_free(&c);
        return CLI_FATAL;
    }
    ts_gazetteer *own = c.gazetteer ? NULL : cli_gazetteer_open(TOOL, NULL, 0);
    int rc = CLI_FATAL;
    if (c.gazetteer || own)
        rc = list_areas(c.gazetteer ? c.gazetteer : own, c.areas);
    ts_gazetteer_free(own);
    select_compiled_free(&c);
    return rc;
}

/* --facts: the selected facts through the TSV writer; a result store's
 * extra columns (ts-forecast --out: method, intervals) follow. */
static int list_facts(fact_input *in, int provenance, int excerpt, int decimals)
{
    const char *cols[TS_FACT_MAX_EXTRA] = {"vintage", "imported_from", "offset"};
    size_t n = provenance ? 3 : 0;
    if (excerpt) cols[n++] = "excerpt";
    const ts_store *st = fact_input_store(in);
    size_t more = st ? ts_store_extra_count(st) : 0;
    for (size_t i = 0; i < more && n < TS_FACT_MAX_EXTRA; i++)
        cols[n++] = ts_store_extra_name(st, i);
    ts_error err;
    ts_writer *w = ts_writer_new(stdout, n, cols, &err);
    cli_excerpts *x = excerpt ? cli_excerpts_new(fact_input_store(in)) : NULL;
    if (!w || (excerpt && !x)) {
        cli_report(TOOL, &err);
        ts_writer_free(w);
        return CLI_FATAL;
    }
    ts_writer_set_decimals(w, decimals);
    ts_fact f;
    int rc = CLI_OK, got;
    while ((got = fact_input_next(in, &f)) > 0) {
        if (!provenance && !excerpt && !more) f.n_extra = 0;
        if (excerpt && f.n_extra < TS_FACT_MAX_EXTRA) {
            /* The sentence at the fact's offset in the document it came from. */
            const char *doc = ts_fact_extra(&f, "imported_from"), *off = ts_fact_extra(&f, "offset");
            const char *text = doc && off && *off ? cli_excerpt(x, doc, strtoull(off, NULL, 10), NULL)
                                                  : NULL;
            f.extra_name[f.n_extra] = "excerpt";
            f.extra_value[f.n_extra++] = text ? text : "";
        }
        if (ts_writer_write(w, &f, &err) != TS_OK) {
            cli_report_stdout(TOOL, &err);
            rc = CLI_FATAL;
            break;
        }
    }
    if (got < 0) rc = CLI_FATAL;
    if (rc == CLI_OK && ts_writer_finish(w, &err) != TS_OK) {
        cli_report_stdout(TOOL, &err);
        rc = CLI_FATAL;
    }
    ts_writer_free(w);
    cli_excerpts_free(x);
    return rc;
}

/* One line of the series listing. */
typedef struct {
    const char *key[6];      /* indicator, area, measure, unit, price, plan_by (store views) */
    size_t n;
    ts_period first, last;   /* earliest start, latest end */
    const char **src;        /* distinct source names (store views) */
    size_t n_src, cap_src;
} series_line;

static void print_line(const series_line *s)
{
    char a[TS_PERIOD_TEXT_MAX], b[TS_PERIOD_TEXT_MAX];
    ts_period_format(s->first, a, sizeof a);
    ts_period_format(s->last, b, sizeof b);
    for (int k = 0; k < 6; k++) {
        cli_put_field(stdout, s->key[k]);
        putchar('\t');
    }
    printf("%zu\t%s\t%s\t", s->n, a, b);
    for (size_t i = 0; i < s->n_src; i++) {
        if (i) putchar(',');
        cli_put_field(stdout, s->src[i]);
    }
    if (!s->n_src) fputs("-", stdout);
    putchar('\n');
}

/* The series listing: the query's facts come grouped by series, and the
 * store's strings are shared, so a series changes when a pointer does. */
static int list_series(fact_input *in)
{
    series_line s = {0};
    ts_fact f;
    int got;
    printf("indicator\tarea\tmeasure\tunit\tprice\tplan_by\tn\tfirst\tlast\tsources\n");
    while ((got = fact_input_next(in, &f)) > 0) {
        if (!s.n || s.key[0] != f.indicator || s.key[1] != f.area || s.key[2] != f.measure
            || s.key[3] != f.unit || s.key[4] != f.price || s.key[5] != f.plan_by) {
            if (s.n) print_line(&s);
            s.key[0] = f.indicator;
            s.key[1] = f.area;
            s.key[2] = f.measure;
            s.key[3] = f.unit;
            s.key[4] = f.price;
            s.key[5] = f.plan_by;
            s.n = 0;
            s.n_src = 0;
            s.first = s.last = f.period;
        }
        s.n++;
        if (f.period.first < s.first.first) s.first = f.period;
        if (f.period.last > s.last.last) s.last = f.period;
        if (strcmp(f.source, "-") == 0) continue;
        size_t i = 0;
        while (i < s.n_src && s.src[i] != f.source) i++;
        if (i == s.n_src) {
            if (s.n_src == s.cap_src) {
                size_t c = s.cap_src ? 2 * s.cap_src : 8;
                const char **p = realloc(s.src, c * sizeof *p);
                if (!p) {
                    cli_warn(TOOL, "out of memory");
                    free(s.src);
                    return CLI_FATAL;
                }
                s.src = p;
                s.cap_src = c;
            }
            s.src[s.n_src++] = f.source;
        }
    }
    if (s.n && got == 0) print_line(&s);
    free(s.src);
    return got < 0 ? CLI_FATAL : CLI_OK;
}

/* --sources: one line per document. */
static int list_sources(ts_store *st)
{
    printf("name\tkind\tperiod\tdate\timported\tbytes\tsha256\n");
    for (size_t i = 0; i < ts_store_source_count(st); i++) {
        ts_source_info s;
        ts_store_source(st, i, &s);
        char per[TS_PERIOD_TEXT_MAX] = "-", date[16] = "-", imp[32] = "-";
        if (s.has_period) ts_period_format(s.period, per, sizeof per);
        if (s.has_date) {
            int y, m, d;
            ts_civil_from_days(s.date, &y, &m, &d);
            snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
        }
        time_t t = (time_t)s.imported;
        struct tm tm;
        if (gmtime_r(&t, &tm)) strftime(imp, sizeof imp, "%Y-%m-%dT%H:%M:%SZ", &tm);
        cli_put_field(stdout, s.name);
        printf("\t%s\t%s\t%s\t%s\t%llu\t%s\n", s.kind, per, date, imp,
               (unsigned long long)(s.original_len ? s.size : s.text_len),
               s.sha256[0] ? s.sha256 : "-");
    }
    return CLI_OK;
}

/* --show-source NAME: the document's text, as imported (or with
 * original, the file a converted report came from). */
static int show_source(ts_store *st, const char *path, const char *name, int original)
{
    ts_error err;
    size_t i, len;
    char *text;
    if (ts_store_source_find(st, name, &i, &err) != TS_OK) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    ts_source_info s;
    ts_store_source(st, i, &s);
    if (strcmp(s.kind, TS_SOURCE_NAMED) == 0) {
        cli_warn(TOOL, "%s: document \"%s\" is only named by facts; its text was never imported",
                 path, name);
        return CLI_FATAL;
    }
    if ((original ? ts_store_source_original(st, i, &text, &len, &err)
                  : ts_store_source_text(st, i, &text, &len, &err)) != TS_OK) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    fwrite(text, 1, len, stdout);
    free(text);
    return CLI_OK;
}

/* --source NAME --at OFFSET: the sentence there. */
static int show_at(ts_store *st, const char *name, const char *at)
{
    ts_error err;
    char *end;
    unsigned long long off = strtoull(at, &end, 10);
    if (!*at || *end || *at == '-')
        return cli_usage_error(TOOL, "option '--at': \"%s\" is not a byte offset", at);
    cli_excerpts *x = cli_excerpts_new(st);
    const char *text = x ? cli_excerpt(x, name, (size_t)off, &err) : NULL;
    if (text)
        puts(text);
    else
        cli_report(TOOL, &err);
    cli_excerpts_free(x);
    return text ? CLI_OK : CLI_FATAL;
}

/* --catalog[=FILE]: the indicators with their unit, kind and labels. */
static int list_catalog(const char *file)
{
    ts_error err;
    ts_catalog *c = ts_catalog_new(&err);
    ts_labels *vi = c ? ts_labels_new(TS_LABELS_VI, c, NULL, &err) : NULL;
    ts_labels *en = vi ? ts_labels_new(TS_LABELS_EN, c, NULL, &err) : NULL;
    int rc = en && (!file || ts_catalog_load(c, file, &err) == TS_OK) ? CLI_OK : CLI_FATAL;
    if (rc != CLI_OK)
        cli_report(TOOL, &err);
    if (rc == CLI_OK)
        printf("id\tunit\tkind\tvi\ten\tunit_vi\tunit_en\tshortest\n");
    for (size_t i = 0; rc == CLI_OK && i < ts_catalog_count(c); i++) {
        const ts_indicator *ind = ts_catalog_at(c, i);
        printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ind->id, ind->unit, ts_kind_name(ind->kind),
               ts_labels_get(vi, "indicator", ind->id), ts_labels_get(en, "indicator", ind->id),
               ts_labels_get(vi, "unit", ind->unit), ts_labels_get(en, "unit", ind->unit),
               ts_shortest_name(ind->shortest));
    }
    ts_labels_free(en);
    ts_labels_free(vi);
    ts_catalog_free(c);
    return rc;
}

/* The mode and its options. */
typedef struct {
    select_opts so;
    cli_output out;
    int facts, provenance, excerpt, sources, original, areas, catalog;
    const char *show, *at, *catalog_file;
} ls_opts;

static const struct option longopts[] = {
    {"facts", no_argument, NULL, 'f'},
    {"provenance", no_argument, NULL, OPT_PROVENANCE},
    {"excerpt", no_argument, NULL, 'e'},
    {"sources", no_argument, NULL, 'S'},
    {"show-source", required_argument, NULL, OPT_SHOW_SOURCE},
    {"original", no_argument, NULL, OPT_ORIGINAL},
    {"at", required_argument, NULL, OPT_AT},
    {"areas", no_argument, NULL, OPT_AREAS},
    {"catalog", optional_argument, NULL, 'c'},
    CLI_OUTPUT_LONG_OPTIONS,
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    SELECT_LONG_OPTIONS,
    {NULL, 0, NULL, 0}};

/* One option: -1 to go on, else the exit code (help, version, errors). */
static int set_option(ls_opts *o, int c, const char *arg, char **argv)
{
    int r = select_option(TOOL, &o->so, c, arg);
    if (r == 0)
        r = cli_output_option(TOOL, &o->out, c, arg);
    if (r != 0)
        return r < 0 ? CLI_FATAL : -1;
    switch (c) {
    case 'f': o->facts = 1; return -1;
    case OPT_PROVENANCE: o->provenance = 1; return -1;
    case 'e': o->excerpt = 1; return -1;
    case 'S': o->sources = 1; return -1;
    case OPT_SHOW_SOURCE: o->show = arg; return -1;
    case OPT_ORIGINAL: o->original = 1; return -1;
    case OPT_AT: o->at = arg; return -1;
    case OPT_AREAS: o->areas = 1; return -1;
    case 'c': o->catalog = 1, o->catalog_file = arg; return -1;
    case 'h':
        fputs(usage_head, stdout);
        fputs(select_help, stdout);
        fputs(usage_tail, stdout);
        fputs(cli_output_help, stdout);
        fputs(cli_decimals_help, stdout);
        fputs(cli_std_help, stdout);
        fputs(usage_end, stdout);
        return CLI_OK;
    case OPT_VERSION: puts("ts-ls (tskit) " TS_VERSION); return CLI_OK;
    case ':': return cli_usage_error(TOOL, "option '%s' needs an argument", argv[optind - 1]);
    default:
        if (optopt) return cli_usage_error(TOOL, "unknown option '-%c'", optopt);
        return cli_usage_error(TOOL, "unknown option '%s'", argv[optind - 1]);
    }
}

/* The modes that read no store, and the checks of what goes together:
 * -1 to go on to the store, else the exit code. */
static int run_storeless(ls_opts *o)
{
    int modes = o->facts + o->sources + (o->show != NULL) + (o->at != NULL);
    if ((o->areas || o->catalog) && (modes || o->so.store))
        return cli_usage_error(TOOL, "--areas and --catalog read no store: they exclude "
                                     "--store, --facts, --sources, --show-source and --at");
    if (o->areas && o->catalog)
        return cli_usage_error(TOOL, "--areas and --catalog exclude each other");
    if (cli_output_start(TOOL, &o->out) != CLI_OK) return CLI_FATAL;
    if (o->areas) return run_areas(&o->so);
    if (o->catalog) return list_catalog(o->catalog_file);
    if (!o->so.store) return cli_usage_error(TOOL, "no store given (use --store FILE)");
    if (o->original && !o->show)
        return cli_usage_error(TOOL, "--original goes with --show-source");
    if (o->at && !o->so.sel.source)
        return cli_usage_error(TOOL, "--at goes with --source NAME (the document)");
    if (o->excerpt && !o->facts)
        return cli_usage_error(TOOL, "--excerpt goes with --facts");
    if (modes > 1)
        return cli_usage_error(TOOL, "--facts, --sources, --show-source and --at exclude each "
                                     "other");
    return -1;
}

int main(int argc, char **argv)
{
    ts_init();
    ls_opts o = {0};
    select_init(&o.so);
    cli_output_init(&o.out);
    int rc = -1, c;
    opterr = 0; /* messages in the tools' own format, named by TOOL */
    while (rc < 0 && (c = getopt_long(argc, argv, ":fSehc::" SELECT_SHORT CLI_OUTPUT_SHORT,
                                      longopts, NULL)) != -1)
        rc = set_option(&o, c, optarg, argv);
    if (rc < 0 && optind < argc)
        rc = cli_usage_error(TOOL, "unexpected argument '%s'", argv[optind]);
    if (rc < 0)
        rc = run_storeless(&o);
    if (rc >= 0)
        return cli_finish(TOOL, rc);
    if (o.sources || o.show || o.at) {
        ts_store *st;
        ts_error err;
        if (cli_store_open(TOOL, o.so.store, &st, &err) != TS_OK) {
            cli_report(TOOL, &err);
            return cli_finish(TOOL, CLI_FATAL);
        }
        rc = o.at ? show_at(st, o.so.sel.source, o.at)
             : o.show ? show_source(st, o.so.store, o.show, o.original) : list_sources(st);
        ts_store_close(st);
        return cli_finish(TOOL, rc);
    }
    fact_input *in = fact_input_open(TOOL, &o.so, 0, NULL);
    if (!in) return cli_finish(TOOL, CLI_FATAL);
    if (o.excerpt && !fact_input_store(in)) {
        fact_input_close(in);
        return cli_finish(TOOL, cli_usage_error(TOOL, "--excerpt reads a store (--store FILE)"));
    }
    rc = o.facts ? list_facts(in, o.provenance || o.so.sel.vintages, o.excerpt, o.out.decimals)
                 : list_series(in);
    fact_input_close(in);
    return cli_finish(TOOL, rc);
}
