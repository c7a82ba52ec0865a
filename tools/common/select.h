/* What the reading tools (ts-ls, ts-agg, ts-forecast, ts-plot) share about
 * their input: the selector options, given once here with their help
 * text, and a fact source that reads either the store or TSV files/stdin,
 * filtered the same way through libts's selector. */
#ifndef TS_CLI_SELECT_H
#define TS_CLI_SELECT_H

#include <getopt.h>
#include "ts.h"

/* Option codes of the selector options without a short letter. */
enum {
    SEL_OPT_STORE = 0x1000, SEL_OPT_FROM, SEL_OPT_TO, SEL_OPT_VINTAGES, SEL_OPT_SOURCE,
    SEL_OPT_PRICE, SEL_OPT_PLAN_BY, SEL_OPT_LEVEL, SEL_OPT_MEASURE
};

/* The short letters of the selector options, for a tool's getopt string:
 * -i --indicator, -a --area, -r --region, -w --within, -g --gazetteer
 * (--measure has none: -m is ts-forecast's --method). */
#define SELECT_SHORT "i:a:r:w:g:"

/* Splice into a tool's getopt_long table. */
#define SELECT_LONG_OPTIONS                                          \
    {"store", required_argument, NULL, SEL_OPT_STORE},               \
    {"indicator", required_argument, NULL, 'i'},                     \
    {"area", required_argument, NULL, 'a'},                          \
    {"measure", required_argument, NULL, SEL_OPT_MEASURE},                       \
    {"region", required_argument, NULL, 'r'},                        \
    {"within", required_argument, NULL, 'w'},                        \
    {"level", required_argument, NULL, SEL_OPT_LEVEL},               \
    {"gazetteer", required_argument, NULL, 'g'},                     \
    {"from", required_argument, NULL, SEL_OPT_FROM},                 \
    {"to", required_argument, NULL, SEL_OPT_TO},                     \
    {"vintages", no_argument, NULL, SEL_OPT_VINTAGES},               \
    {"source", required_argument, NULL, SEL_OPT_SOURCE},             \
    {"price", required_argument, NULL, SEL_OPT_PRICE},               \
    {"plan-by", required_argument, NULL, SEL_OPT_PLAN_BY}

/* The help lines of these options, the same in every tool's --help. */
extern const char select_help[];

/* A list of option values as given (borrowed from argv); fixed, so that
 * the options hold no memory of their own. */
#define SELECT_LIST_MAX 64
typedef struct {
    const char *v[SELECT_LIST_MAX];
    size_t n;
} select_list;

typedef struct {
    const char *store;   /* --store FILE, or NULL for TSV input */
    ts_selector sel;     /* the single-valued options */
    select_list indicators, areas, measures, regions, within, gazetteers;
    int has_level;
    ts_area_level level;
    ts_store *opened;    /* the store already open (by par_input, through
                            MPI-IO): fact_input_open takes it over when it
                            succeeds, and leaves it to the caller when not */
} select_opts;

/* Clears o (no store, select everything, current values). */
void select_init(select_opts *o);
/* Handles option code opt with argument arg when it is a selector option.
 * Returns 1 when handled, 0 when opt is not one of them, or -1 after a
 * usage error was reported (the tool exits 2). */
int select_option(const char *tool, select_opts *o, int opt, const char *arg);
/* Nonzero when an area option (--area, --region, --within, --level) was
 * given. */
int select_has_areas(const select_opts *o);

/* The options made into libts objects: the gazetteer (built in plus the
 * --gazetteer files) and the area selection, and the indicator and
 * measure alternatives as separate items. */
typedef struct {
    ts_gazetteer *gazetteer;
    ts_area_select *areas;
    char **items;      /* the items of comma lists, owned */
    size_t n_items;
    ts_selector sel;   /* o->sel with the lists and areas set */
} select_compiled;

/* Builds c from o.  Reports a bad value (unknown region or province, bad
 * gazetteer file) itself and returns CLI_FATAL, else CLI_OK. */
int select_compile(const char *tool, const select_opts *o, select_compiled *c);
void select_compiled_free(select_compiled *c);

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
 * TSV rows are reported, counted and skipped.  At the end of an input
 * that yielded nothing, an --area slug the gazetteer does not know is
 * reported with the closest known ones. */
int fact_input_next(fact_input *in, ts_fact *f);
/* A store input only: yields the next selected series whole (a view
 * valid until the next call, ts_query_next_series), with the same
 * returns and report as fact_input_next.  Reading by facts and by series
 * does not mix. */
int fact_input_next_series(fact_input *in, ts_series *s);
/* Rows rejected so far (tools exit 1 when nonzero). */
size_t fact_input_rejected(const fact_input *in);
/* The gazetteer the input's selection loaded (NULL when no area option
 * was given); valid until fact_input_close. */
const ts_gazetteer *fact_input_gazetteer(const fact_input *in);
/* The open store of a --store input (NULL for TSV); valid until
 * fact_input_close. */
ts_store *fact_input_store(const fact_input *in);
/* Closes the input; NULL does nothing. */
void fact_input_close(fact_input *in);

#endif
