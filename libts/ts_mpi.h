/* tskit on MPI: the store read by every rank of a job through HDF5's
 * MPI-IO driver, each rank its share of the series, and what the ranks
 * need to act as one program (an agreed status, their outputs gathered
 * to rank 0 in rank order, a result store written collectively).  Only
 * in libraries built with `make MPI=1` (parallel HDF5); docs/scale.md. */
#ifndef TS_MPI_H
#define TS_MPI_H

#include <mpi.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_store.h"

/* Opens the store at path for reading on every rank of comm, through the
 * MPI-IO driver.  Collective: every rank calls it (and ts_store_close
 * later, also collectively), and all get the same answer: when one rank
 * fails, every rank gets an error (its own, or "failed on another rank")
 * and no handle.  Errors as ts_store_open. */
int ts_store_open_mpi(const char *path, MPI_Comm comm, ts_store **out, ts_error *err);

/* Gives this rank its share of the series sel selects: rank 0 splits them
 * into one range per rank (ts_store_series_split) and every rank gets its
 * range in sel (has_series, series_first, series_end).  Collective; the
 * same status on every rank. */
int ts_mpi_share(ts_store *s, ts_selector *sel, MPI_Comm comm, ts_error *err);

/* The largest of every rank's rc (exit codes, TS_ statuses): what the
 * job as a whole says.  Collective. */
int ts_mpi_agree(MPI_Comm comm, int rc);

/* Called on rank 0 with the stream of rank `rank`'s bytes; reads as much
 * as it wants (the rest is drained).  Returns TS_OK or a TS_E code with
 * err filled. */
typedef int (*ts_mpi_consume_fn)(void *ctx, int rank, FILE *in, ts_error *err);

/* Brings every other rank's bytes to rank 0, in rank order: a rank other
 * than 0 sends the bytes of the file open on fd (from its start to its
 * end) in pieces of at most TS_MPI_PIECE bytes; rank 0 calls consume for
 * rank 1, 2, ... with a stdio stream that receives those pieces as it
 * reads, so no rank ever holds more than a piece of another's output.
 * Collective.  After a failure (a consumer's, or a rank that cannot read
 * its file) the remaining bytes are received and dropped, so that no rank
 * waits forever, and every rank returns the failure. */
#define TS_MPI_PIECE (1u << 20)
int ts_mpi_gather(MPI_Comm comm, int fd, ts_mpi_consume_fn consume, void *ctx, ts_error *err);

/* A result store written by every rank of comm, each its share of the
 * facts (ts_result_add in store order on every rank, rank 0's facts
 * first).  Collective, as is ts_result_commit then: the ranks agree on
 * offsets and source names, write their slices of every column into
 * "<path>.tmp.<pid of rank 0>" and rank 0 renames it into place after all
 * have written; when any rank fails, every rank gets an error and rank 0
 * removes the file.  NULL (err filled) as ts_result_new. */
ts_result *ts_result_new_mpi(const char *path, MPI_Comm comm, size_t n_extra,
                             const char *const *extra, ts_error *err);

#endif
