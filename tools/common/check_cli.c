/* ts-agg check (check_cli.h): reported growth rates and plan shares
 * recomputed by libts's checker, the table written by libts. */
#include <stdio.h>
#include <stdlib.h>
#include "check_cli.h"
#include "cli.h"
#include "ts_agg.h"

int check_cli_run(const char *tool, fact_input *in, double tolerance, int all, int any_plan,
                  int *stdout_failed)
{
    ts_error e;
    ts_checker *c = ts_checker_new(&e);
    if (!c) {
        cli_report(tool, &e);
        return -1;
    }
    ts_checker_allow_any_plan(c, any_plan);
    ts_fact f;
    int r;
    while ((r = fact_input_next(in, &f)) == 1) {
        if (ts_checker_add(c, &f, &e) != TS_OK) {
            cli_report(tool, &e);
            ts_checker_free(c);
            return -1;
        }
    }
    ts_check_row *rows = NULL;
    size_t n = 0, bad = 0;
    if (r < 0 || ts_checker_run(c, &rows, &n, &e) != TS_OK) {
        if (r >= 0)
            cli_report(tool, &e);
        ts_checker_free(c);
        return -1;
    }
    if (ts_check_write(rows, n, tolerance, all, stdout, &bad, &e) != TS_OK) {
        cli_report(tool, &e);
        *stdout_failed = 1;
        free(rows);
        ts_checker_free(c);
        return -1;
    }
    cli_warn(tool, "check: %zu figures recomputed, %zu differ by more than %g pp, "
                   "%zu could not be recomputed",
             n, bad, tolerance, ts_checker_unchecked(c));
    free(rows);
    ts_checker_free(c);
    return 0;
}
