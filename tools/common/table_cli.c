/* The trend table's options and writing (see table_cli.h). */
#include <stdlib.h>
#include <string.h>
#include "areas.h"
#include "cli.h"
#include "table_cli.h"

const char table_cli_help[] =
    "      --periods A:B     columns from period A to B (2016:2020, 2024-01:2024-06)\n"
    "      --growth[=cagr|change]   add a growth column (default cagr)\n"
    "      --by series|area  one row per series (default), or per area: the\n"
    "                        cross-area table, the keys all rows share in its caption\n"
    "      --format F        tsv (default), csv, md, latex (booktabs), html, xlsx\n"
    "  -L, --labels L        id (default), vi or en: indicators, areas, units and\n"
    "                        headings in words\n"
    "      --notes           number each value's source and list the reports (with\n"
    "                        their dates, from a store) under the table\n"
    "      --bom             csv: start with a UTF-8 byte order mark (spreadsheets)\n"
    "      --locale vi       Vietnamese separators: 1.304,37\n"
    "      --mixed-prices    allow rows of one indicator for several areas at different\n"
    "                        price bases (refused by default)\n"
    "      (a table's values have 2 decimals unless --decimals says otherwise)\n";

void table_cli_init(table_cli *t)
{
    memset(t, 0, sizeof *t);
    t->t.format = TS_TABLE_TSV;
    t->t.decimals = 2;
    t->labels = TS_LABELS_ID;
}

void table_cli_free(table_cli *t)
{
    free(t->cols);
    t->cols = NULL;
}

/* "A:B" into the table's columns. */
static int parse_periods(const char *tool, table_cli *t, const char *text)
{
    const char *colon = strchr(text, ':');
    ts_period a, b;
    ts_error e;
    if (!colon)
        return cli_usage_error(tool, "option '--periods': \"%s\" is not FIRST:LAST", text), -1;
    free(t->cols);
    t->cols = NULL;
    if (ts_period_parse(text, (size_t)(colon - text), &a, &e) != TS_OK ||
        ts_period_parse(colon + 1, strlen(colon + 1), &b, &e) != TS_OK ||
        ts_table_periods(a, b, &t->cols, &t->n_cols, &e) != TS_OK)
        return cli_usage_error(tool, "option '--periods': %s", e.msg), -1;
    return 1;
}

static int bad_choice(const char *tool, const char *opt, const char *arg, const char *choices)
{
    cli_usage_error(tool, "option '%s': \"%s\" is not one of %s", opt, arg, choices);
    return -1;
}

int table_cli_option(const char *tool, table_cli *t, int opt, const char *arg)
{
    switch (opt) {
    case TABLE_OPT_PERIODS: return parse_periods(tool, t, arg);
    case TABLE_OPT_GROWTH:
        t->t.growth = TS_TABLE_GROWTH_CAGR;
        if (arg && ts_table_growth_parse(arg, &t->t.growth) != TS_OK)
            return bad_choice(tool, "--growth", arg, "cagr, change, none");
        return 1;
    case TABLE_OPT_FORMAT:
        if (ts_table_format_parse(arg, &t->t.format) != TS_OK)
            return bad_choice(tool, "--format", arg, "tsv, csv, md, latex, html, xlsx");
        return 1;
    case TABLE_OPT_LOCALE:
        if (strcmp(arg, "vi") == 0)
            t->t.vi = 1;
        else if (strcmp(arg, "C") == 0 || strcmp(arg, "en") == 0)
            t->t.vi = 0;
        else
            return bad_choice(tool, "--locale", arg, "vi, en, C");
        return 1;
    case TABLE_OPT_LABELS:
        if (ts_labels_lang_parse(arg, &t->labels) != TS_OK)
            return bad_choice(tool, "--labels", arg, "id, vi, en");
        return 1;
    case TABLE_OPT_NOTES: t->t.notes = 1; return 1;
    case TABLE_OPT_BOM: t->t.bom = 1; return 1;
    case TABLE_OPT_MIXED_PRICES: t->t.mixed_prices = 1; return 1;
    default: return 0;
    }
}

int table_cli_by(const char *tool, table_cli *t, const char *arg)
{
    if (ts_table_by_parse(arg, &t->t.by) != TS_OK)
        return bad_choice(tool, "--by", arg, "series, area"), CLI_FATAL;
    return CLI_OK;
}

/* The report date of a document of the store. */
static int store_date(void *ctx, const char *source, int32_t *day)
{
    size_t i;
    ts_source_info s;
    if (ts_store_source_find(ctx, source, &i, NULL) != TS_OK)
        return 0;
    ts_store_source(ctx, i, &s);
    *day = s.date;
    return s.has_date;
}

int table_cli_write(const char *tool, const table_cli *t, ts_table *tab, const ts_catalog *cat,
                    const ts_gazetteer *g, ts_store *st)
{
    ts_error e;
    ts_catalog *own_cat = NULL;
    ts_gazetteer *own_g = NULL;
    ts_labels *labels = NULL;
    ts_table_opts o = t->t;
    int rc = CLI_OK;
    if (t->labels != TS_LABELS_ID) {
        if (!cat && !(cat = own_cat = ts_catalog_new(&e)))
            rc = CLI_FATAL;
        if (rc == CLI_OK && !g && !(g = own_g = cli_gazetteer_open(tool, NULL, 0)))
            return ts_catalog_free(own_cat), CLI_FATAL;
        if (rc == CLI_OK && !(labels = ts_labels_new(t->labels, cat, g, &e)))
            rc = CLI_FATAL;
        if (rc != CLI_OK)
            cli_report(tool, &e);
    }
    o.labels = labels;
    if (st) {
        o.source_date = store_date;
        o.source_ctx = st;
    }
    if (rc == CLI_OK && ts_table_write(tab, stdout, &o, &e) != TS_OK) {
        if (e.code == TS_EUNIT) /* nothing was written: say how to get a table */
            cli_warn(tool, "table: %s (select one with --price, or allow it with "
                           "--mixed-prices)", e.msg);
        else
            cli_report(tool, &e);
        rc = CLI_FATAL;
    }
    ts_labels_free(labels);
    ts_gazetteer_free(own_g);
    ts_catalog_free(own_cat);
    return rc;
}
