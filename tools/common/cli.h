/* What every tool does the same way: report errors as "tool: place: msg",
 * reject usage mistakes with a hint, and check stdout at exit. */
#ifndef TS_CLI_H
#define TS_CLI_H

#include <stddef.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_store.h"

/* Exit codes shared by all tools. */
enum { CLI_OK = 0, CLI_PARTIAL = 1, CLI_FATAL = 2 };

/* Writes s to fp with the bytes that would break a TSV row or reach the
 * terminal as control codes escaped: \t, \n, \r, \\ and \xNN for the
 * other control characters (names of documents are anyone's choice). */
void cli_put_field(FILE *fp, const char *s);

/* Prints "tool: <formatted err>" to stderr (control characters of the
 * message escaped as by cli_put_field). */
void cli_report(const char *tool, const ts_error *err);
/* cli_report of a failed write to standard output: cli_finish then does
 * not report it a second time. */
void cli_report_stdout(const char *tool, const ts_error *err);
/* Prints "tool: <printf message>" to stderr (escaped the same way). */
void cli_warn(const char *tool, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "tool: msg" and "Try 'tool --help'." to stderr; returns CLI_FATAL. */
int cli_usage_error(const char *tool, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Flushes and closes stdout; on failure reports it and returns CLI_FATAL,
 * else returns rc unchanged; with -o, moves the output into place (or
 * drops it when the run failed).  Tools end with `return cli_finish(T, rc);`. */
int cli_finish(const char *tool, int rc);
/* Before a tool opens the store at path: HDF5 1.10 does not check every
 * field of a file it reads, and some damaged layouts make it divide by
 * zero (SIGFPE) inside H5Dopen2, where no check of ours can run first.
 * From here on such a fault prints "tool: path: damaged store: ..." and
 * ends the tool with exit 2, its -o output removed; a store being
 * written is left as it was (the writer's temporary file is removed by
 * the next writer). */
void cli_guard_store(const char *tool, const char *path);
/* ts_store_open and ts_store_begin after cli_guard_store(tool, path): how
 * the tools open a store. */
int cli_store_open(const char *tool, const char *path, ts_store **out, ts_error *err);
int cli_store_begin(const char *tool, const char *path, double wait_seconds, ts_txn **out,
                    ts_error *err);

/* ---- the output options every tool has ----
 * -o, --output FILE: standard output goes to a temporary file beside FILE,
 * renamed over FILE at cli_finish when the run did not fail (exit 0 or 1)
 * and removed when it did, so a failed run leaves FILE as it was.
 * -d, --decimals N: values (and numbers printed beside them, such as
 * interval bounds) with N digits after the point; by default the shortest
 * form of up to 15 significant digits. */
#define CLI_OUTPUT_SHORT "o:d:"
enum { CLI_OPT_OUTPUT = 'o', CLI_OPT_DECIMALS = 'd' };
#define CLI_OUTPUT_LONG_OPTIONS                                      \
    {"output", required_argument, NULL, CLI_OPT_OUTPUT},             \
    {"decimals", required_argument, NULL, CLI_OPT_DECIMALS}

typedef struct {
    const char *output; /* -o FILE, or NULL for standard output */
    int decimals;       /* -d N, or -1 for the shortest form */
} cli_output;

/* The help lines of the output options (-o; -d for the tools that print
 * values) and of --help/--version, the same in every tool. */
extern const char cli_output_help[];
extern const char cli_decimals_help[];
extern const char cli_std_help[];

void cli_output_init(cli_output *o);
/* Handles an output option: 1 when handled, 0 when opt is another option,
 * -1 after a usage error was reported. */
int cli_output_option(const char *tool, cli_output *o, int opt, const char *arg);
/* With -o, sends standard output to the temporary file; CLI_OK, or
 * CLI_FATAL after reporting that it cannot be created. */
int cli_output_start(const char *tool, const cli_output *o);
/* Formats v as the output options say (-d N, or the shortest form); the
 * empty string for NaN.  Returns the length. */
size_t cli_format_value(const cli_output *o, double v, char *buf, size_t n);

/* cli_finish for a run whose write error was reported already: closes
 * stdout without a second message, drops the -o file; returns CLI_FATAL. */
int cli_finish_failed(const char *tool);
/* Parses a non-negative number option ("--wait 5"); CLI_FATAL on error. */
int cli_parse_double(const char *tool, const char *opt, const char *text, double *out);
int cli_parse_int(const char *tool, const char *opt, const char *text, long min, long max, long *out);

#endif
