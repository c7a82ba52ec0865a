/* The trend table as a tool prints it (ts-agg table): its options (columns,
 * growth, format, separators, rows by series or by area, labels, source
 * notes, CSV's BOM), their help text, and the writing with the labels and
 * report dates looked up. */
#ifndef TS_CLI_TABLE_H
#define TS_CLI_TABLE_H

#include <getopt.h>
#include "ts.h"
#include "ts_agg.h"

enum {
    TABLE_OPT_PERIODS = 0x3000, TABLE_OPT_GROWTH, TABLE_OPT_FORMAT, TABLE_OPT_LOCALE,
    TABLE_OPT_NOTES, TABLE_OPT_BOM, TABLE_OPT_MIXED_PRICES, TABLE_OPT_LABELS = 'L'
};

#define TABLE_CLI_SHORT "L:"
#define TABLE_CLI_LONG_OPTIONS                                       \
    {"periods", required_argument, NULL, TABLE_OPT_PERIODS},         \
    {"growth", optional_argument, NULL, TABLE_OPT_GROWTH},           \
    {"format", required_argument, NULL, TABLE_OPT_FORMAT},           \
    {"locale", required_argument, NULL, TABLE_OPT_LOCALE},           \
    {"labels", required_argument, NULL, TABLE_OPT_LABELS},           \
    {"notes", no_argument, NULL, TABLE_OPT_NOTES},                   \
    {"bom", no_argument, NULL, TABLE_OPT_BOM},                       \
    {"mixed-prices", no_argument, NULL, TABLE_OPT_MIXED_PRICES}

/* The help lines of these options (and of --by for a table). */
extern const char table_cli_help[];

typedef struct {
    ts_table_opts t;         /* format, decimals (2), vi, growth, by, notes, bom,
                                mixed_prices */
    ts_period *cols;         /* --periods, parsed (owned), or NULL */
    size_t n_cols;
    ts_labels_lang labels;   /* --labels (id by default) */
} table_cli;

void table_cli_init(table_cli *t);
void table_cli_free(table_cli *t);
/* Handles a table option: 1 when handled, 0 when opt is another option,
 * -1 after a usage error was reported. */
int table_cli_option(const char *tool, table_cli *t, int opt, const char *arg);
/* --by for a table: series or area.  CLI_OK or CLI_FATAL (reported). */
int table_cli_by(const char *tool, table_cli *t, const char *arg);
/* Writes tab to standard output.  cat (may be NULL: the built-in
 * catalogue) and g (may be NULL: the built-in gazetteer) label it; st (may
 * be NULL) gives the report dates of the notes.  CLI_OK or CLI_FATAL
 * (reported; areas at different price bases are refused with how to get
 * a table, nothing written). */
int table_cli_write(const char *tool, const table_cli *t, ts_table *tab, const ts_catalog *cat,
                    const ts_gazetteer *g, ts_store *st);

#endif
