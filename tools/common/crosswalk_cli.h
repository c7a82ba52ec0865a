/* sum --areas 2025 as a tool runs it: the crosswalk of libts over the
 * input's gazetteer and the catalogue, refusals said once per indicator
 * and measure, the totals written as derived facts. */
#ifndef TS_CLI_CROSSWALK_H
#define TS_CLI_CROSSWALK_H

#include "select.h"
#include "ts.h"
#include "ts_agg.h"

typedef struct cli_crosswalk cli_crosswalk;

/* A crosswalk to day over the gazetteer of in (or the built-in one) and
 * the catalogue (built in, plus catalog_path when not NULL).  NULL after
 * reporting a failure. */
cli_crosswalk *cli_crosswalk_new(const char *tool, fact_input *in, const char *catalog_path,
                                 int32_t day);
/* Adds a series (a series sink: ctx is the cli_crosswalk); a series that
 * cannot be added is left out with a warning.  TS_ENOMEM. */
int cli_crosswalk_add(void *ctx, const ts_series *s, ts_error *err);
/* Writes the totals to w; says how many were left out.  0 or -1
 * (reported). */
int cli_crosswalk_write(cli_crosswalk *c, ts_writer *w);
void cli_crosswalk_free(cli_crosswalk *c);

#endif
