/* Private to libts/mpi (prefix tsi_): the message tags the MPI files use,
 * kept apart so that no two exchanges can take each other's messages. */
#ifndef TS_MPI_IMPL_H
#define TS_MPI_IMPL_H

#include <mpi.h>

enum {
    TSI_TAG_STREAM = 7301 /* ts_mpi_gather's pieces, from one rank to rank 0 */
};

/* A TS_ status into an MPI-friendly int and back: the largest wins
 * (mpi_wait.c, waiting as tsi_mpi_wait does). */
int tsi_mpi_max(MPI_Comm comm, int v);

/* Completes req, sleeping between tests rather than spinning: 0, or -1
 * when MPI fails (mpi_wait.c). */
int tsi_mpi_wait(MPI_Request *req, MPI_Status *st);

#endif
