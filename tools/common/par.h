/* A tool run as one process or as the ranks of an MPI job (mpirun, srun)
 * to the same effect: each process reads its share of a store's series,
 * the output is rank 0's followed by every other rank's in rank order, a
 * result store is written by all together, and every process exits with
 * the same code.  par_serial.c is the one-process build, par_mpi.c the
 * MPI one (make MPI=1); docs/scale.md. */
#ifndef TS_CLI_PAR_H
#define TS_CLI_PAR_H

#include <stdio.h>
#include "select.h"
#include "sink.h"
#include "ts.h"

typedef struct par par;

/* Starts the run (MPI_Init in an MPI build).  On a rank other than 0,
 * standard output becomes a spool that par_gather brings to rank 0, and
 * standard error is quiet until par_input or par_idle (so that a usage
 * error is told once).  NULL after a reported failure: exit 2. */
par *par_begin(const char *tool, int *argc, char ***argv);
int par_rank(const par *p);
int par_size(const par *p);
/* How many of the processes run on this machine (1 without MPI): a tool
 * that starts threads divides the machine's cores by it. */
int par_local_size(const par *p);

/* Nonzero on a process that has nothing to do: a rank other than 0 when
 * the work cannot be shared (shared 0: an operation that needs every
 * series in one place).  Such a process goes straight to par_end. */
int par_idle(par *p, int shared);

/* The exit code the processes agree on (the largest rc) after a step that
 * only some of them take, such as rank 0 opening -o FILE: the others must
 * not go on to open the store together without it.  rc itself where the
 * work is not shared. */
int par_agree(par *p, int rc);

/* Opens the fact input.  With a store and several processes, this
 * process's share of the series the selection picks (shared 1), read
 * through MPI-IO; otherwise all of it (on rank 0).  TSV input is read by
 * one process: with several and shared 1, a usage error.  NULL after a
 * reported failure, the same on every process. */
fact_input *par_input(par *p, const select_opts *o, int n, char *const *paths, int shared);

/* Hands series s to rank 0, from a rank other than 0, for an operation
 * that takes every series at once (rank 0 gets them in par_gather_series).
 * TS_OK, or TS_EIO with err filled. */
int par_put_series(par *p, const ts_series *s, ts_error *err);

/* After the work, on every process: the exit code the processes agree on
 * (the largest rc).  When it is below CLI_FATAL, rank 0 appends every
 * other rank's standard output to out in rank order, each without its
 * first line (the header rank 0 wrote); par_gather_series instead feeds
 * the series the others handed over to add(acc, ...).  A failure to
 * gather is reported and agreed as CLI_FATAL. */
int par_gather(par *p, FILE *out, int rc);
int par_gather_series(par *p, int rc, int (*add)(void *acc, const ts_series *s, ts_error *err),
                      void *acc);

/* --out FILE: a result store that every process writes its share of (the
 * facts in store order).  NULL after a reported failure, the same on
 * every process. */
ts_result *par_result(par *p, const char *path, size_t n_extra, const char *const *extra);
/* Commits r when rc, agreed by the processes, is below CLI_FATAL, else
 * drops it; returns the exit code.  While rank 0 writes, a SIGTERM (what
 * mpirun sends when another rank died), SIGINT or SIGHUP removes the
 * temporary file before the process ends. */
int par_commit(par *p, ts_result *r, int rc);

/* ---- imports (ts-import --store) ---- */

/* The transaction of an import into the store at path: rank 0 takes the
 * store's lock (waiting up to wait_seconds) and holds the real
 * transaction; every other rank, once rank 0 has the lock, a recording of
 * what it adds (ts_txn_record) that par_store_gather hands to rank 0.
 * CLI_OK, or CLI_FATAL on every process after a reported failure. */
int par_store_begin(par *p, const char *path, double wait_seconds, ts_txn **txn);
/* This process's files of the n given: a contiguous run [*first, *end)
 * of about the same number of bytes as every other process's. */
void par_share_files(par *p, int n, char *const *paths, int *first, int *end);
/* After the files: the exit code agreed (the largest rc).  Below
 * CLI_FATAL, rank 0 adds every other rank's recording to its transaction
 * txn in rank order, so that it holds the documents in command-line
 * order, and adds the other ranks' counts of what went in to its sink's
 * (for the summary); another rank finishes and frees its recording (*txn
 * becomes NULL) whatever happens.  Rank 0 commits or aborts txn itself. */
int par_store_gather(par *p, ts_txn **txn, int rc, sink *s);

/* Ends the run: the exit code every process agrees on, after telling on
 * a process that did its part that another one failed. */
int par_end(par *p, int rc);

#endif
