/* ts-agg check: every reported yoy_pct, pct_plan and avg_annual_pct of
 * the input recomputed from levels and plans (ts_checker, ts_agg.h). */
#ifndef TS_CLI_CHECK_H
#define TS_CLI_CHECK_H

#include "select.h"

/* Reads every fact of in and writes the check table (ts_check_write:
 * the figures that differ by more than tolerance percentage points, every
 * figure with all; any_plan: a plan share against a plan of any issuer)
 * to standard output and a count to standard error, as tool.  0, or -1
 * after a reported failure (*stdout_failed set when it was the write). */
int check_cli_run(const char *tool, fact_input *in, double tolerance, int all, int any_plan,
                  int *stdout_failed);

#endif
