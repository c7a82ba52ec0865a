/* par.h for one process: the input is the whole input, the output is
 * already where it goes, and the exit code is the process's own. */
#include <stdlib.h>
#include "cli.h"
#include "par.h"

struct par {
    const char *tool;
};

par *par_begin(const char *tool, int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    static par one;
    one.tool = tool;
    return &one;
}

int par_rank(const par *p) { (void)p; return 0; }
int par_size(const par *p) { (void)p; return 1; }
int par_local_size(const par *p) { (void)p; return 1; }
int par_idle(par *p, int shared) { (void)p; (void)shared; return 0; }
int par_agree(par *p, int rc) { (void)p; return rc; }

fact_input *par_input(par *p, const select_opts *o, int n, char *const *paths, int shared)
{
    (void)shared;
    return fact_input_open(p->tool, o, n, paths);
}

int par_put_series(par *p, const ts_series *s, ts_error *err)
{
    (void)p;
    (void)s;
    (void)err;
    return TS_OK;
}

int par_gather(par *p, FILE *out, int rc)
{
    (void)p;
    (void)out;
    return rc;
}

int par_gather_series(par *p, int rc, int (*add)(void *acc, const ts_series *s, ts_error *err),
                      void *acc)
{
    (void)p;
    (void)add;
    (void)acc;
    return rc;
}

ts_result *par_result(par *p, const char *path, size_t n_extra, const char *const *extra)
{
    ts_error e;
    ts_result *r = ts_result_new(path, n_extra, extra, &e);
    if (!r) cli_report(p->tool, &e);
    return r;
}

int par_commit(par *p, ts_result *r, int rc)
{
    ts_error e;
    if (rc >= CLI_FATAL) {
        ts_result_abort(r);
        return rc;
    }
    if (ts_result_commit(r, &e) != TS_OK) {
        cli_report(p->tool, &e);
        return CLI_FATAL;
    }
    return rc;
}

int par_store_begin(par *p, const char *path, double wait_seconds, ts_txn **txn)
{
    ts_error e;
    if (cli_store_begin(p->tool, path, wait_seconds, txn, &e) != TS_OK) {
        cli_report(p->tool, &e);
        return CLI_FATAL;
    }
    return CLI_OK;
}

void par_share_files(par *p, int n, char *const *paths, int *first, int *end)
{
    (void)p;
    (void)paths;
    *first = 0;
    *end = n;
}

int par_store_gather(par *p, ts_txn **txn, int rc, sink *s)
{
    (void)p;
    (void)txn;
    (void)s;
    return rc;
}

int par_end(par *p, int rc)
{
    (void)p;
    return rc;
}
