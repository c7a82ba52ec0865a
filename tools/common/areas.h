/* The gazetteer as every tool opens it: the built-in areas plus the
 * --gazetteer files the user gave, errors reported in the tool's name. */
#ifndef TS_CLI_AREAS_H
#define TS_CLI_AREAS_H

#include <stddef.h>
#include "ts.h"

/* The built-in gazetteer extended by the n files; NULL after reporting
 * "tool: file:line: msg" (the tool then exits 2). */
ts_gazetteer *cli_gazetteer_open(const char *tool, char *const *files, size_t n);

/* CLI_OK when slug names an area of the gazetteer extended by the n
 * files; else reports "tool: --area: \"x\" is not in the gazetteer
 * (closest: ...)" and returns CLI_FATAL. */
int cli_check_area(const char *tool, const char *slug, char *const *files, size_t n);

#endif
