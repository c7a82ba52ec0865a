/* What every tool does the same way: report errors as "tool: place: msg",
 * reject usage mistakes with a hint, and check stdout at exit. */
#ifndef TS_CLI_H
#define TS_CLI_H

#include "ts_error.h"

/* Exit codes shared by all tools. */
enum { CLI_OK = 0, CLI_PARTIAL = 1, CLI_FATAL = 2 };

/* Prints "tool: <formatted err>" to stderr. */
void cli_report(const char *tool, const ts_error *err);
/* Prints "tool: <printf message>" to stderr. */
void cli_warn(const char *tool, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "tool: msg" and "Try 'tool --help'." to stderr; returns CLI_FATAL. */
int cli_usage_error(const char *tool, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Flushes and closes stdout; on failure reports it and returns CLI_FATAL,
 * else returns rc unchanged.  Tools end with `return cli_finish(T, rc);`. */
int cli_finish(const char *tool, int rc);
/* Parses a non-negative number option ("--wait 5"); CLI_FATAL on error. */
int cli_parse_double(const char *tool, const char *opt, const char *text, double *out);
int cli_parse_int(const char *tool, const char *opt, const char *text, long min, long max, long *out);

#endif
