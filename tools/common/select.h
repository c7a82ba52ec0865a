/* What ts-ls, ts-agg and ts-forecast share about their input: the
 * selector options (--store, --indicator, --area, --measure, --from, --to,
 * --price, --plan-by, --vintages, --source) and a fact source that reads either the store or
 * TSV files/stdin, filtered the same way. */
#ifndef TS_CLI_SELECT_H
#define TS_CLI_SELECT_H

#include <getopt.h>
#include "ts.h"

/* Option codes of the selector options (above any short option char). */
enum {
    SEL_OPT_STORE = 0x1000, SEL_OPT_INDICATOR, SEL_OPT_AREA, SEL_OPT_MEASURE,
    SEL_OPT_FROM, SEL_OPT_TO, SEL_OPT_VINTAGES, SEL_OPT_SOURCE, SEL_OPT_PRICE,
    SEL_OPT_PLAN_BY
};

/* Splice into a tool's getopt_long table. */
#define SELECT_LONG_OPTIONS                                          \
    {"store", required_argument, NULL, SEL_OPT_STORE},               \
    {"indicator", required_argument, NULL, SEL_OPT_INDICATOR},       \
    {"area", required_argument, NULL, SEL_OPT_AREA},                 \
    {"measure", required_argument, NULL, SEL_OPT_MEASURE},           \
    {"from", required_argument, NULL, SEL_OPT_FROM},                 \
    {"to", required_argument, NULL, SEL_OPT_TO},                     \
    {"vintages", no_argument, NULL, SEL_OPT_VINTAGES},               \
    {"source", required_argument, NULL, SEL_OPT_SOURCE},             \
    {"price", required_argument, NULL, SEL_OPT_PRICE},               \
    {"plan-by", required_argument, NULL, SEL_OPT_PLAN_BY}

/* The help lines of these options, for a tool's --help. */
extern const char select_help[];

typedef struct {
    const char *store;  /* --store FILE, or NULL for TSV input */
    ts_selector sel;    /* the other options */
} select_opts;

/* Clears o (no store, select everything, current values). */
void select_init(select_opts *o);
/* Handles option code opt with argument arg when it is a selector option.
 * Returns 1 when handled, 0 when opt is not one of them, or -1 after a
 * usage error was reported (the tool exits 2). */
int select_option(const char *tool, select_opts *o, int opt, const char *arg);

/* A stream of facts from the store (o->store set: the selected facts, in
 * store order) or from TSV files (the n paths given, stdin when n is 0 or
 * a path is "-"), filtered by the selector. */
typedef struct fact_input fact_input;

/* Opens the input.  Reports a failure itself ("tool: file: msg") and
 * returns NULL; the tool then exits 2. */
fact_input *fact_input_open(const char *tool, const select_opts *o,
                            int n, char *const *paths);
/* Yields the next selected fact (a view valid until the next call): 1 for
 * a fact, 0 at the end, -1 on a fatal read error (already reported).  Bad
 * TSV rows are reported, counted and skipped. */
int fact_input_next(fact_input *in, ts_fact *f);
/* Rows rejected so far (tools exit 1 when nonzero). */
size_t fact_input_rejected(const fact_input *in);
/* Closes the input; NULL does nothing. */
void fact_input_close(fact_input *in);

#endif
