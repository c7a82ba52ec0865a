/* ts-plot: draws facts as an SVG line chart.  Reads the fact record,
 * keeps the selected rows, groups them into series (indicator, area,
 * measure, unit and kind of period) and hands them to libts's chart. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ts.h"
#include "common/areas.h"
#include "common/cli.h"
#include "common/select.h"

#define TOOL "ts-plot"
#define MAX_SERIES 20

static void usage(void)
{
    printf("Usage: ts-plot [OPTION]... [FILE]...\n"
           "Draw facts as an SVG line chart: periods along a time axis (each point at\n"
           "its period's midpoint), one panel per unit, one line per series, a legend.\n"
           "Reads the fact record (TSV) from the FILEs (standard input when none or '-')\n"
           "or, with --store, the selected facts of an HDF5 store.\n"
           "\n"
           "A series is one indicator, area, measure and unit; when it mixes kinds of\n"
           "period (years and 10-month totals, say) each kind is its own line.  Series\n"
           "of different units never share an axis: each unit gets its own panel,\n"
           "stacked over a shared time axis.  Rows with status E are drawn with open\n"
           "markers.  Projection rows (with lo80/hi80/lo95/hi95 columns, as ts-forecast\n"
           "writes them, or source 'forecast') continue the line dashed over shaded\n"
           "80%% and 95%% bands.\n"
           "\n"
           "%s"
           "\n"
           "Periods:\n"
           "      --freq KINDS      only periods of these kinds (comma-separated): year,\n"
           "                        half, quarter, month, ytd (year-to-date totals),\n"
           "                        years (multi-year spans), day, any (default)\n"
           "\n"
           "Chart:\n"
           "  -t, --title TEXT      title above the chart\n"
           "  -L, --labels L        id (default), vi or en: legends and axis titles in\n"
           "                        words (\"Thu ngân sách nhà nước trên địa bàn\", \"tỷ đồng\")\n"
           "      --caption TEXT    small caption under the legend (e.g. the sources)\n"
           "      --panel-by WHAT   'unit' (default): one panel per unit; 'indicator':\n"
           "                        one panel per indicator and unit, titled\n"
           "  -W, --width PX        width in pixels (default 800)\n"
           "      --height PX       height in pixels (default 500)\n"
           "\n%s%s\n"
           "Exit status: 0 success, 1 some input rows rejected (each reported; the chart\n"
           "is drawn from the rest), 2 usage error, unreadable input, or nothing to plot.\n"
           "\n"
           "Example:\n"
           "  ts-import reports/*.txt | ts-plot -i grdp -i budget.revenue --measure level \\\n"
           "      --freq year -t 'Kon Tum' -o chart.svg\n", select_help, cli_output_help,
           cli_std_help);
}

/* Which periods --freq keeps. */
enum { FREQ_ANY, FREQ_YEAR, FREQ_HALF, FREQ_QUARTER, FREQ_MONTH, FREQ_YTD, FREQ_YEARS, FREQ_DAY };

typedef struct {
    int freq;
    int panel_by_indicator;
    ts_labels *labels; /* --labels vi|en; NULL for ids */
} selection;

/* One kept row; strings are owned. */
typedef struct {
    char *indicator, *area, *measure, *unit;
    ts_period period;
    int cls;            /* kind of period, with months for YTD spans */
    double value;
    char status;
    int projected;
    double lo80, hi80, lo95, hi95;
    size_t order;       /* input order, so the later of duplicates wins */
} row;

typedef struct {
    row *v;
    size_t n, cap;
} rows;

/* The class of a period: its kind, and for month spans their length, so
 * 9-month and 10-month totals are told apart. */
static int period_class(ts_period p)
{
    ts_period_class c;
    ts_period_freq(p, &c);
    return (int)c.kind * 1000 + c.months;
}

static const char *class_name(int cls, char *buf, size_t n)
{
    int k = cls / 1000, months = cls % 1000;
    switch (k) {
    case TS_PERIOD_DAY: return "dates";
    case TS_PERIOD_MONTH: return "monthly";
    case TS_PERIOD_QUARTER: return "quarterly";
    case TS_PERIOD_HALF: return "half-yearly";
    case TS_PERIOD_YEAR: return "annual";
    case TS_PERIOD_YTD:
    case TS_PERIOD_MONTHS:
        snprintf(buf, n, "%d months", months);
        return buf;
    case TS_PERIOD_YEARS:
        snprintf(buf, n, "%d years", months / 12);
        return buf;
    default: return "spans";
    }
}

static int freq_keeps_one(int freq, ts_period p)
{
    ts_period_kind k = ts_period_kind_of(p);
    switch (freq) {
    case FREQ_YEAR: return k == TS_PERIOD_YEAR;
    case FREQ_HALF: return k == TS_PERIOD_HALF;
    case FREQ_QUARTER: return k == TS_PERIOD_QUARTER;
    case FREQ_MONTH: return k == TS_PERIOD_MONTH;
    case FREQ_YTD:
        /* Year-to-date totals of whole months (a half year or first
         * quarter counts; January alone not). */
        return ts_period_is_ytd(p) && ts_period_months_count(p) >= 2;
    case FREQ_YEARS: return k == TS_PERIOD_YEARS;
    case FREQ_DAY: return k == TS_PERIOD_DAY;
    default: return 1;
    }
}

/* freq is a bit set of FREQ_* kinds; 0 keeps everything. */
static int freq_keeps(int freq, ts_period p)
{
    if (freq == 0 || (freq & (1 << FREQ_ANY)))
        return 1;
    for (int k = FREQ_YEAR; k <= FREQ_DAY; k++)
        if ((freq & (1 << k)) && freq_keeps_one(k, p))
            return 1;
    return 0;
}

/* Parses an extra band column; absent or empty is NAN.  Returns -1 when
 * the text is not a number. */
static int band_value(const ts_fact *f, const char *name, double *out)
{
    const char *t = ts_fact_extra(f, name);
    *out = NAN;
    if (!t || !*t)
        return 0;
    char *end;
    errno = 0;
    double v = strtod(t, &end);
    if (errno || *end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

static char *dup_or_null(const char *s, int *oom)
{
    char *d = strdup(s);
    if (!d)
        *oom = 1;
    return d;
}

static void row_free(row *r)
{
    free(r->indicator);
    free(r->area);
    free(r->measure);
    free(r->unit);
}

/* Reads the selected facts into rs; returns CLI_OK, CLI_PARTIAL (rows
 * rejected, each reported) or CLI_FATAL (unreadable input, reported). */
static int read_input(const select_opts *so, int n, char *const *paths, const selection *sel,
                      rows *rs)
{
    fact_input *in = fact_input_open(TOOL, so, n, paths);
    if (!in)
        return CLI_FATAL;
    int rc = CLI_OK, st;
    ts_fact f;
    while ((st = fact_input_next(in, &f)) == 1) {
        if (!freq_keeps(sel->freq, f.period))
            continue;
        row x = {0};
        static const char *const bands[] = {"lo80", "hi80", "lo95", "hi95"};
        double *slots[] = {&x.lo80, &x.hi80, &x.lo95, &x.hi95};
        int bad = 0;
        for (size_t i = 0; i < 4; i++) {
            if (band_value(&f, bands[i], slots[i]) != 0) {
                char per[TS_PERIOD_TEXT_MAX];
                ts_period_format(f.period, per, sizeof per);
                cli_warn(TOOL, "%s %s %s %s: column '%s': \"%s\" is not a number", f.indicator,
                         f.area, f.measure, per, bands[i], ts_fact_extra(&f, bands[i]));
                bad = 1;
            }
        }
        if (bad) {
            rc = CLI_PARTIAL;
            continue;
        }
        x.projected = isfinite(x.lo80) || isfinite(x.hi80) || isfinite(x.lo95) ||
                      isfinite(x.hi95) || strcmp(f.source, "forecast") == 0;
        x.period = f.period;
        x.cls = period_class(f.period);
        x.value = f.value;
        x.status = f.status == 'E' ? 'E' : 'A';
        x.order = rs->n;
        int oom = 0;
        x.indicator = dup_or_null(f.indicator, &oom);
        x.area = dup_or_null(f.area, &oom);
        x.measure = dup_or_null(f.measure, &oom);
        x.unit = dup_or_null(f.unit, &oom);
        if (!oom && rs->n == rs->cap) {
            size_t cap = rs->cap ? 2 * rs->cap : 256;
            row *v = realloc(rs->v, cap * sizeof *v);
            if (!v)
                oom = 1;
            else {
                rs->v = v;
                rs->cap = cap;
            }
        }
        if (oom) {
            row_free(&x);
            cli_warn(TOOL, "out of memory");
            st = -1;
            break;
        }
        rs->v[rs->n++] = x;
    }
    if (st < 0)
        rc = CLI_FATAL;
    else if (fact_input_rejected(in) > 0 && rc == CLI_OK)
        rc = CLI_PARTIAL;
    fact_input_close(in);
    return rc;
}

/* Levels first, then plans, then the percentages: the order of panels and
 * legend entries, so the amounts lead and their growth follows. */
static int measure_rank(const char *m)
{
    static const char *const order[] = {TS_MEASURE_LEVEL, TS_MEASURE_PLAN, TS_MEASURE_PCT_PLAN,
                                        TS_MEASURE_YOY_PCT, TS_MEASURE_AVG_ANNUAL_PCT};
    for (int i = 0; i < (int)(sizeof order / sizeof order[0]); i++)
        if (strcmp(m, order[i]) == 0)
            return i;
    return 5;
}

static int series_cmp(const row *a, const row *b)
{
    int c, ra = measure_rank(a->measure), rb = measure_rank(b->measure);
    if ((c = (ra > rb) - (ra < rb)))
        return c;
    if ((c = strcmp(a->measure, b->measure)) || (c = strcmp(a->indicator, b->indicator)) ||
        (c = strcmp(a->area, b->area)) || (c = strcmp(a->unit, b->unit)))
        return c;
    return (a->cls > b->cls) - (a->cls < b->cls);
}

static int row_cmp(const void *pa, const void *pb)
{
    const row *a = pa, *b = pb;
    int c = series_cmp(a, b);
    if (c)
        return c;
    if ((c = ts_period_cmp(a->period, b->period)))
        return c;
    /* A projection for a period that also has an actual value is not a
     * duplicate: both are drawn (the reported figure and the projection). */
    if ((c = (a->projected > b->projected) - (a->projected < b->projected)))
        return c;
    return (a->order > b->order) - (a->order < b->order);
}

/* Builds the chart's series from the sorted rows.  Returns CLI_OK or
 * CLI_FATAL (reported). */
static int build_chart(ts_chart *chart, rows *rs, const selection *sel)
{
    ts_error err;
    if (rs->n > 1)
        qsort(rs->v, rs->n, sizeof *rs->v, row_cmp);
    size_t nseries = 0;
    for (size_t i = 0; i < rs->n; i++)
        if (i == 0 || series_cmp(&rs->v[i - 1], &rs->v[i]))
            nseries++;
    if (nseries == 0) {
        cli_warn(TOOL, "nothing to plot: no fact matches the selection");
        return CLI_FATAL;
    }
    if (nseries > MAX_SERIES) {
        cli_warn(TOOL, "%zu series are too many for one chart (at most %d); "
                       "select fewer with --indicator, --area, --measure or --freq",
                 nseries, MAX_SERIES);
        return CLI_FATAL;
    }
    int several_areas = 0;
    for (size_t i = 1; i < rs->n && !several_areas; i++)
        several_areas = strcmp(rs->v[i].area, rs->v[0].area) != 0;
    size_t idx = 0;
    for (size_t i = 0; i < rs->n; i++) {
        const row *x = &rs->v[i];
        int first_of_series = i == 0 || series_cmp(&rs->v[i - 1], x);
        if (first_of_series) {
            /* Name the kind of period only when the same series also
             * comes in another kind. */
            int several = (i > 0 && series_cmp(&rs->v[i - 1], x) != 0 &&
                           strcmp(rs->v[i - 1].indicator, x->indicator) == 0 &&
                           strcmp(rs->v[i - 1].area, x->area) == 0 &&
                           strcmp(rs->v[i - 1].measure, x->measure) == 0 &&
                           strcmp(rs->v[i - 1].unit, x->unit) == 0);
            for (size_t j = i + 1; j < rs->n && !several; j++) {
                const row *y = &rs->v[j];
                if (strcmp(y->indicator, x->indicator) || strcmp(y->area, x->area) ||
                    strcmp(y->measure, x->measure) || strcmp(y->unit, x->unit))
                    break;
                if (y->cls != x->cls)
                    several = 1;
            }
            /* "budget.revenue, level"; the area only when the chart has
             * several, the kind of period only when the series has several. */
            char label[512], cls[32], area[160] = "";
            ts_labels *l = sel->labels;
            const char *ind = l ? ts_labels_get(l, "indicator", x->indicator) : x->indicator;
            if (several_areas)
                snprintf(area, sizeof area, " (%s)", l ? ts_labels_area(l, x->area) : x->area);
            /* In words a level is the indicator itself: no "Value". */
            int plain = l && strcmp(x->measure, TS_MEASURE_LEVEL) == 0;
            snprintf(label, sizeof label, "%s%s%s%s%s%s", ind, area, plain ? "" : ", ",
                     plain ? "" : l ? ts_labels_get(l, "measure", x->measure) : x->measure,
                     several ? ", " : "", several ? class_name(x->cls, cls, sizeof cls) : "");
            if (ts_chart_add_series(chart, label, l ? ts_labels_get(l, "unit", x->unit) : x->unit,
                                    sel->panel_by_indicator ? ind : NULL, &idx,
                                    &err) != TS_OK) {
                cli_report(TOOL, &err);
                return CLI_FATAL;
            }
        }
        /* Several rows for one period (vintages, two reports): the last
         * read is drawn; say so when they disagree. */
        if (i + 1 < rs->n && series_cmp(x, &rs->v[i + 1]) == 0 &&
            ts_period_cmp(x->period, rs->v[i + 1].period) == 0 &&
            x->projected == rs->v[i + 1].projected) {
            if (x->value != rs->v[i + 1].value) {
                char per[TS_PERIOD_TEXT_MAX];
                ts_period_format(x->period, per, sizeof per);
                cli_warn(TOOL, "%s %s %s %s: several values (%g, %g); drawing the last read",
                         x->indicator, x->area, x->measure, per, x->value, rs->v[i + 1].value);
            }
            continue;
        }
        ts_chart_point p;
        ts_chart_point_init(&p, x->period, x->value);
        p.status = x->status;
        p.projected = x->projected;
        p.lo80 = x->lo80;
        p.hi80 = x->hi80;
        p.lo95 = x->lo95;
        p.hi95 = x->hi95;
        if (ts_chart_add_point(chart, idx, &p, &err) != TS_OK) {
            cli_report(TOOL, &err);
            return CLI_FATAL;
        }
    }
    return CLI_OK;
}

enum { OPT_VERSION = 256, OPT_FREQ, OPT_CAPTION, OPT_PANEL_BY, OPT_HEIGHT };
enum { OPT_LABELS = 'L' };
static const struct option longopts[] = {
    SELECT_LONG_OPTIONS,
    {"freq", required_argument, NULL, OPT_FREQ},
    {"title", required_argument, NULL, 't'},
    {"caption", required_argument, NULL, OPT_CAPTION},
    {"panel-by", required_argument, NULL, OPT_PANEL_BY},
    {"labels", required_argument, NULL, OPT_LABELS},
    {"width", required_argument, NULL, 'W'},
    {"height", required_argument, NULL, OPT_HEIGHT},
    {"output", required_argument, NULL, CLI_OPT_OUTPUT},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, OPT_VERSION},
    {NULL, 0, NULL, 0},
};

/* What the command line asks for. */
typedef struct {
    selection sel;
    select_opts so;
    const char *title, *caption;
    cli_output out;
    ts_labels_lang lang;
    long width, height;
} plot_opts;

/* --freq: a comma-separated list of kinds ("year,years") into the bit set
 * sel->freq.  CLI_OK, or a usage error's exit code. */
static int parse_freq(const char *arg, selection *sel)
{
    static const char *const names[] = {"any", "year", "half", "quarter",
                                        "month", "ytd", "years", "day"};
    sel->freq = 0;
    const char *p = arg;
    for (;;) {
        size_t len = strcspn(p, ",");
        int found = -1;
        for (int k = 0; k < (int)(sizeof names / sizeof names[0]); k++)
            if (strlen(names[k]) == len && strncmp(p, names[k], len) == 0)
                found = k;
        if (found < 0)
            return cli_usage_error(TOOL, "option '--freq': \"%s\" is not a list of year, "
                                         "half, quarter, month, ytd, years, day, any",
                                   arg);
        sel->freq |= 1 << found;
        if (!p[len])
            return CLI_OK;
        p += len + 1;
    }
}

/* One of ts-plot's own options.  CLI_OK, -1 to exit 0 (help, version) or
 * an exit code after a usage error. */
static int set_option(plot_opts *o, int opt, const char *arg)
{
    switch (opt) {
    case OPT_FREQ: return parse_freq(arg, &o->sel);
    case 't': o->title = arg; return CLI_OK;
    case OPT_LABELS:
        if (ts_labels_lang_parse(arg, &o->lang) != TS_OK)
            return cli_usage_error(TOOL, "option '--labels': \"%s\" is not one of id, vi, en",
                                   arg);
        return CLI_OK;
    case OPT_CAPTION: o->caption = arg; return CLI_OK;
    case OPT_PANEL_BY:
        if (strcmp(arg, "unit") == 0)
            o->sel.panel_by_indicator = 0;
        else if (strcmp(arg, "indicator") == 0)
            o->sel.panel_by_indicator = 1;
        else
            return cli_usage_error(TOOL, "option '--panel-by': \"%s\" is neither unit nor "
                                         "indicator", arg);
        return CLI_OK;
    case 'W':
        return cli_parse_int(TOOL, "--width", arg, TS_CHART_MIN_WIDTH, TS_CHART_MAX_WIDTH,
                             &o->width) != CLI_OK ? CLI_FATAL : CLI_OK;
    case OPT_HEIGHT:
        return cli_parse_int(TOOL, "--height", arg, TS_CHART_MIN_HEIGHT, TS_CHART_MAX_HEIGHT,
                             &o->height) != CLI_OK ? CLI_FATAL : CLI_OK;
    case 'o': o->out.output = arg; return CLI_OK;
    case 'h': usage(); return -1;
    case OPT_VERSION: printf("ts-plot (tskit) %s\n", TS_VERSION); return -1;
    default:
        fprintf(stderr, "Try '%s --help'.\n", TOOL);
        return CLI_FATAL;
    }
}

/* Parses the options; CLI_OK to go on with argv[optind..], -1 to exit 0,
 * or an exit code. */
static int parse_args(int argc, char **argv, plot_opts *o)
{
    int opt;
    while ((opt = getopt_long(argc, argv, "t:W:o:L:h" SELECT_SHORT, longopts, NULL)) != -1) {
        int rc;
        if ((rc = select_option(TOOL, &o->so, opt, optarg)) != 0)
            rc = rc < 0 ? CLI_FATAL : CLI_OK;
        else
            rc = set_option(o, opt, optarg);
        if (rc != CLI_OK)
            return rc;
    }
    if (o->so.store && optind < argc)
        return cli_usage_error(TOOL, "--store and input files exclude each other");
    return CLI_OK;
}

/* Builds the chart from the rows read and writes it.  rc is the reading's
 * outcome (CLI_PARTIAL is kept); returns the tool's exit code. */
static int render(const plot_opts *o, rows *rs, int rc)
{
    ts_error err;
    ts_chart *chart = ts_chart_new(&err);
    if (!chart || ts_chart_set_size(chart, (int)o->width, (int)o->height, &err) != TS_OK ||
        ts_chart_set_title(chart, o->title, &err) != TS_OK ||
        ts_chart_set_caption(chart, o->caption, &err) != TS_OK) {
        cli_report(TOOL, &err);
        rc = CLI_FATAL;
    }
    if (rc != CLI_FATAL) {
        int b = build_chart(chart, rs, &o->sel);
        if (b != CLI_OK)
            rc = b;
    }
    if (rc != CLI_FATAL && ts_chart_write_svg(chart, stdout, &err) != TS_OK) {
        cli_report_stdout(TOOL, &err);
        rc = CLI_FATAL;
    }
    ts_chart_free(chart);
    return rc;
}

int main(int argc, char **argv)
{
    ts_init();
    plot_opts o = {.width = 800, .height = 500};
    select_init(&o.so);
    cli_output_init(&o.out);
    int rc = parse_args(argc, argv, &o);
    if (rc == CLI_OK && cli_output_start(TOOL, &o.out) != CLI_OK)
        rc = CLI_FATAL;
    ts_catalog *cat = NULL;
    ts_gazetteer *g = NULL;
    if (rc == CLI_OK && o.lang != TS_LABELS_ID) {
        ts_error err;
        g = cli_gazetteer_open(TOOL, (char *const *)o.so.gazetteers.v, o.so.gazetteers.n);
        if (!g || !(cat = ts_catalog_new(&err)) ||
            !(o.sel.labels = ts_labels_new(o.lang, cat, g, &err))) {
            if (g)
                cli_report(TOOL, &err);
            rc = CLI_FATAL;
        }
    }
    if (rc == CLI_OK) {
        rows rs = {0};
        rc = read_input(&o.so, argc - optind, argv + optind, &o.sel, &rs);
        if (rc != CLI_FATAL)
            rc = render(&o, &rs, rc);
        for (size_t i = 0; i < rs.n; i++)
            row_free(&rs.v[i]);
        free(rs.v);
    }
    ts_labels_free(o.sel.labels);
    ts_catalog_free(cat);
    ts_gazetteer_free(g);
    return cli_finish(TOOL, rc < 0 ? CLI_OK : rc);
}
