/* The selector options shared by the reading tools and the fact input that
 * hides whether facts come from the store or from TSV: a tool asks for the
 * next fact and gets the same record either way, selected by the same
 * libts selector. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "areas.h"
#include "cli.h"
#include "select.h"

const char select_help[] =
    "Selection (--indicator, --area, --measure, --region and --within may be\n"
    "repeated and take comma lists; a fact passes when it matches any of them):\n"
    "  -i, --indicator GLOB    only indicators matching GLOB (e.g. 'budget.*')\n"
    "  -a, --area AREA         only areas matching AREA, a slug or a glob\n"
    "                          (kon-tum, 'bac-*'; ts-ls --areas lists them)\n"
    "  -r, --region REGION     the areas of REGION (tay-nguyen, \"Central Highlands\")\n"
    "  -w, --within PROVINCE   the district-level units of PROVINCE (a slug)\n"
    "      --level LEVEL       only areas of level province or district\n"
    "  -g, --gazetteer FILE    add areas from FILE (columns of\n"
    "                          datasets/gazetteer/areas.tsv)\n"
    "      --measure M         only this measure (level, plan, pct_plan, ...)\n"
    "      --price P           only this price basis (current, const2010; '' for none)\n"
    "      --plan-by B         only plans of this issuer (central, province,\n"
    "                          district; '' for none)\n"
    "      --from PERIOD       only periods starting on or after PERIOD's start\n"
    "      --to PERIOD         only periods ending on or before PERIOD's end\n"
    "      --source NAME       only facts from document NAME\n"
    "      --store FILE        read facts from the HDF5 store FILE instead of TSV\n"
    "      --vintages          every vintage from the store, not only current values\n";

void select_init(select_opts *o)
{
    memset(o, 0, sizeof *o);
    ts_selector_init(&o->sel);
}

static int list_add(const char *tool, select_list *l, const char *s, const char *opt)
{
    if (l->n == SELECT_LIST_MAX) {
        cli_usage_error(tool, "option '%s' given more than %d times", opt, SELECT_LIST_MAX);
        return -1;
    }
    l->v[l->n++] = s;
    return 1;
}

static int parse_period(const char *tool, const char *opt, const char *arg, ts_period *p)
{
    ts_error e;
    if (ts_period_parse(arg, strlen(arg), p, &e) != TS_OK) {
        cli_usage_error(tool, "option '%s': %s", opt, e.msg);
        return -1;
    }
    return 1;
}

int select_option(const char *tool, select_opts *o, int opt, const char *arg)
{
    switch (opt) {
    case SEL_OPT_STORE: o->store = arg; return 1;
    case 'i': return list_add(tool, &o->indicators, arg, "--indicator");
    case 'a': return list_add(tool, &o->areas, arg, "--area");
    case SEL_OPT_MEASURE: return list_add(tool, &o->measures, arg, "--measure");
    case 'r': return list_add(tool, &o->regions, arg, "--region");
    case 'w': return list_add(tool, &o->within, arg, "--within");
    case 'g': return list_add(tool, &o->gazetteers, arg, "--gazetteer");
    case SEL_OPT_LEVEL:
        if (ts_area_level_parse(arg, &o->level) != TS_OK) {
            cli_usage_error(tool, "option '--level': \"%s\" is not province or district", arg);
            return -1;
        }
        o->has_level = 1;
        return 1;
    case SEL_OPT_SOURCE: o->sel.source = arg; return 1;
    case SEL_OPT_PRICE: o->sel.price = arg; return 1;
    case SEL_OPT_PLAN_BY: o->sel.plan_by = arg; return 1;
    case SEL_OPT_VINTAGES: o->sel.vintages = 1; return 1;
    case SEL_OPT_FROM:
        o->sel.has_from = 1;
        return parse_period(tool, "--from", arg, &o->sel.from);
    case SEL_OPT_TO:
        o->sel.has_to = 1;
        return parse_period(tool, "--to", arg, &o->sel.to);
    default: return 0;
    }
}

int select_has_areas(const select_opts *o)
{
    return o->areas.n || o->regions.n || o->within.n || o->has_level || o->gazetteers.n;
}

/* Splits the comma lists of l into c->items; *first and *n receive where
 * they start and how many there are. */
static int split_items(const char *tool, const select_list *l, select_compiled *c,
                       size_t *first, size_t *n)
{
    *first = c->n_items;
    for (size_t i = 0; i < l->n; i++)
        for (const char *p = l->v[i];; p++) {
            size_t len = strcspn(p, ",");
            if (!len) {
                cli_usage_error(tool, "\"%s\" has an empty item", l->v[i]);
                return CLI_FATAL;
            }
            char **items = realloc(c->items, (c->n_items + 1) * sizeof *items);
            if (!items || !(items[c->n_items] = strndup(p, len))) {
                if (items)
                    c->items = items;
                cli_warn(tool, "out of memory");
                return CLI_FATAL;
            }
            c->items = items;
            c->n_items++;
            p += len;
            if (!*p)
                break;
        }
    *n = c->n_items - *first;
    return CLI_OK;
}

/* The area options as a libts selection over the gazetteer. */
static int compile_areas(const char *tool, const select_opts *o, select_compiled *c)
{
    ts_error e;
    c->gazetteer = cli_gazetteer_open(tool, (char *const *)o->gazetteers.v, o->gazetteers.n);
    if (!c->gazetteer)
        return CLI_FATAL;
    if (!(c->areas = ts_area_select_new(c->gazetteer, &e))) {
        cli_report(tool, &e);
        return CLI_FATAL;
    }
    for (size_t i = 0; i < o->areas.n; i++)
        if (ts_area_select_add(c->areas, o->areas.v[i], &e) != TS_OK)
            return cli_usage_error(tool, "option '--area': %s", e.msg);
    for (size_t i = 0; i < o->regions.n; i++)
        if (ts_area_select_region(c->areas, o->regions.v[i], &e) != TS_OK)
            return cli_usage_error(tool, "option '--region': %s", e.msg);
    for (size_t i = 0; i < o->within.n; i++)
        if (ts_area_select_within(c->areas, o->within.v[i], &e) != TS_OK)
            return cli_usage_error(tool, "option '--within': %s", e.msg);
    if (o->has_level)
        ts_area_select_level(c->areas, o->level);
    return CLI_OK;
}

int select_compile(const char *tool, const select_opts *o, select_compiled *c)
{
    memset(c, 0, sizeof *c);
    c->sel = o->sel;
    size_t fi, ni, fm, nm;
    if (split_items(tool, &o->indicators, c, &fi, &ni) != CLI_OK ||
        split_items(tool, &o->measures, c, &fm, &nm) != CLI_OK)
        return CLI_FATAL;
    /* One of a kind narrows the store's search; several are alternatives. */
    if (ni == 1)
        c->sel.indicator = c->items[fi];
    else if (ni > 1)
        c->sel.indicators = (const char *const *)c->items + fi, c->sel.n_indicators = ni;
    if (nm == 1)
        c->sel.measure = c->items[fm];
    else if (nm > 1)
        c->sel.measures = (const char *const *)c->items + fm, c->sel.n_measures = nm;
    if (!select_has_areas(o))
        return CLI_OK;
    if (compile_areas(tool, o, c) != CLI_OK)
        return CLI_FATAL;
    const char *a = o->areas.n == 1 ? o->areas.v[0] : NULL;
    if (a && !o->regions.n && !o->within.n && !o->has_level && !strpbrk(a, ",*?[\\"))
        c->sel.area = a; /* one slug: the store's binary search */
    else
        c->sel.areas = c->areas;
    return CLI_OK;
}

void select_compiled_free(select_compiled *c)
{
    for (size_t i = 0; i < c->n_items; i++)
        free(c->items[i]);
    free(c->items);
    ts_area_select_free(c->areas);
    ts_gazetteer_free(c->gazetteer);
    memset(c, 0, sizeof *c);
}

struct fact_input {
    const char *tool;
    select_compiled c;
    size_t yielded;
    int warned;         /* the empty selection was explained */
    /* store input */
    ts_store *store;
    ts_query *query;
    /* TSV input */
    char *const *paths;
    int n_paths, next_path; /* paths[next_path] is the next file to open */
    ts_reader *reader;
    size_t rejected;
};

/* Opens the next TSV file; 1 when one is open, 0 when none is left, -1 on
 * failure (reported). */
static int open_next(fact_input *in)
{
    if (in->next_path >= in->n_paths) return 0;
    const char *p = in->paths[in->next_path++];
    ts_error e;
    in->reader = ts_reader_open(p, &e);
    if (!in->reader) {
        cli_report(in->tool, &e);
        return -1;
    }
    return 1;
}

fact_input *fact_input_open(const char *tool, const select_opts *o, int n, char *const *paths)
{
    fact_input *in = calloc(1, sizeof *in);
    if (!in) {
        cli_warn(tool, "out of memory");
        return NULL;
    }
    in->tool = tool;
    if (select_compile(tool, o, &in->c) != CLI_OK) {
        fact_input_close(in);
        return NULL;
    }
    ts_error e;
    if (o->store) {
        in->store = o->opened;
        if ((!in->store && cli_store_open(tool, o->store, &in->store, &e) != TS_OK)
            || ts_query_open(in->store, &in->c.sel, &in->query, &e) != TS_OK) {
            cli_report(tool, &e);
            if (o->opened) in->store = NULL; /* still the caller's */
            fact_input_close(in);
            return NULL;
        }
        return in;
    }
    static char *const stdin_only[] = {"-"};
    in->paths = n ? paths : stdin_only;
    in->n_paths = n ? n : 1;
    if (open_next(in) < 0) {
        fact_input_close(in);
        return NULL;
    }
    return in;
}

/* Nothing was selected: say which --area slugs the gazetteer does not
 * know, since a misspelt area is the likely cause. */
static void warn_unknown_areas(const fact_input *in)
{
    const char *unknown[8];
    size_t n = in->c.areas ? ts_area_select_unknown(in->c.areas, unknown, 8) : 0;
    for (size_t i = 0; i < n && i < 8; i++) {
        ts_error e;
        if (ts_gazetteer_require(in->c.gazetteer, unknown[i], &e) != TS_OK)
            cli_warn(in->tool, "option '--area': %s; nothing was selected", e.msg);
    }
}

static int next_fact(fact_input *in, ts_fact *f)
{
    ts_error e;
    if (in->query) {
        int rc = ts_query_next(in->query, f, &e);
        if (rc == TS_OK) return 1;
        if (rc == TS_EOF) return 0;
        cli_report(in->tool, &e);
        return -1;
    }
    while (in->reader) {
        int rc = ts_reader_next(in->reader, f, &e);
        if (rc == TS_OK) {
            if (ts_selector_match(&in->c.sel, f)) return 1;
            continue;
        }
        if (rc == TS_EINVAL) { /* a bad row: reported, the reader reads on */
            cli_report(in->tool, &e);
            in->rejected++;
            continue;
        }
        if (rc != TS_EOF) {
            cli_report(in->tool, &e);
            return -1;
        }
        ts_reader_close(in->reader);
        in->reader = NULL;
        if (open_next(in) < 0) return -1;
    }
    return 0;
}

/* Counts what was yielded; at the end of nothing, says why it may be. */
static int yielded(fact_input *in, int rc, size_t n)
{
    if (rc == 1)
        in->yielded += n;
    else if (rc == 0 && in->yielded == 0 && !in->warned) {
        warn_unknown_areas(in);
        in->warned = 1;
    }
    return rc;
}

int fact_input_next(fact_input *in, ts_fact *f)
{
    return yielded(in, next_fact(in, f), 1);
}

int fact_input_next_series(fact_input *in, ts_series *s)
{
    ts_error e;
    int rc = ts_query_next_series(in->query, s, &e);
    if (rc != TS_OK && rc != TS_EOF)
        cli_report(in->tool, &e);
    return yielded(in, rc == TS_OK ? 1 : rc == TS_EOF ? 0 : -1, rc == TS_OK ? s->n : 0);
}

size_t fact_input_rejected(const fact_input *in)
{
    return in->rejected;
}

const ts_gazetteer *fact_input_gazetteer(const fact_input *in)
{
    return in->c.gazetteer;
}

ts_store *fact_input_store(const fact_input *in)
{
    return in->store;
}

void fact_input_close(fact_input *in)
{
    if (!in) return;
    ts_query_close(in->query);
    ts_store_close(in->store);
    if (in->reader) ts_reader_close(in->reader);
    select_compiled_free(&in->c);
    free(in);
}
