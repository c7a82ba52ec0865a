/* The selector options shared by the reading tools and the fact input that
 * hides whether facts come from the store or from TSV: a tool asks for the
 * next fact and gets the same record either way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "select.h"

const char select_help[] =
    "      --store FILE      read facts from the HDF5 store FILE instead of TSV\n"
    "      --indicator GLOB  only indicators matching GLOB (e.g. 'budget.*')\n"
    "      --area AREA       only this area (e.g. kon-tum)\n"
    "      --measure M       only this measure (level, plan, pct_plan, ...)\n"
    "      --price P         only this price basis (current, const2010; '' for none)\n"
    "      --plan-by B       only plans of this issuer (central, province, district;\n"
    "                        '' for none)\n"
    "      --from PERIOD     only periods starting on or after PERIOD's start\n"
    "      --to PERIOD       only periods ending on or before PERIOD's end\n"
    "      --source NAME     only facts from document NAME\n"
    "      --vintages        every vintage from the store, not only current values\n";

void select_init(select_opts *o)
{
    o->store = NULL;
    ts_selector_init(&o->sel);
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
    case SEL_OPT_INDICATOR: o->sel.indicator = arg; return 1;
    case SEL_OPT_AREA: o->sel.area = arg; return 1;
    case SEL_OPT_MEASURE: o->sel.measure = arg; return 1;
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

struct fact_input {
    const char *tool;
    ts_selector sel;
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
    in->sel = o->sel;
    ts_error e;
    if (o->store) {
        if (ts_store_open(o->store, &in->store, &e) != TS_OK
            || ts_query_open(in->store, &o->sel, &in->query, &e) != TS_OK) {
            cli_report(tool, &e);
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

int fact_input_next(fact_input *in, ts_fact *f)
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
            if (ts_selector_match(&in->sel, f)) return 1;
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

size_t fact_input_rejected(const fact_input *in)
{
    return in->rejected;
}

void fact_input_close(fact_input *in)
{
    if (!in) return;
    ts_query_close(in->query);
    ts_store_close(in->store);
    if (in->reader) ts_reader_close(in->reader);
    free(in);
}
