/* The collective steps of a result store (store/store_result.c) on an MPI
 * communicator: prefix sums of counts, gathering bytes from every rank,
 * agreeing on a status, broadcasting from rank 0, and HDF5's MPI-IO file
 * access with collective transfers (parallel HDF5 compresses chunks only
 * in collective writes). */
#include <stdlib.h>
#include <string.h>
#include "mpi/mpi_impl.h"
#include "store/store_h5.h"
#include "ts_mpi.h"

typedef struct {
    tsi_comm comm;    /* first: the result borrows &job->comm */
    MPI_Comm mpi;
} job;

static int scan(void *ctx, const uint64_t *mine, uint64_t *before, uint64_t *total, size_t n)
{
    job *j = ctx;
    memset(before, 0, n * sizeof *before);
    /* MPI_Exscan leaves rank 0's result undefined: zeros above. */
    uint64_t *tmp = malloc(n * sizeof *tmp);
    int ok = tmp != NULL;
    ok = tsi_mpi_max(j->mpi, ok ? 0 : 1) == 0;
    if (!ok) {
        free(tmp);
        return -1;
    }
    int rc = MPI_Exscan(mine, tmp, (int)n, MPI_UINT64_T, MPI_SUM, j->mpi);
    if (rc == MPI_SUCCESS && j->comm.rank > 0) memcpy(before, tmp, n * sizeof *tmp);
    free(tmp);
    if (rc != MPI_SUCCESS) return -1;
    return MPI_Allreduce(mine, total, (int)n, MPI_UINT64_T, MPI_SUM, j->mpi) == MPI_SUCCESS ? 0 : -1;
}

static int allgather(void *ctx, const void *mine, size_t n, char **all, uint64_t **lens)
{
    job *j = ctx;
    int size = j->comm.size;
    int *counts = calloc((size_t)size, sizeof *counts), *displs = calloc((size_t)size, sizeof *displs);
    uint64_t *l = calloc((size_t)size, sizeof *l);
    int me = (int)n, ok = counts && displs && l && n < (size_t)1 << 30;
    /* Everyone learns whether everyone can go on before the exchange. */
    if (tsi_mpi_max(j->mpi, ok ? 0 : 1) != 0
        || MPI_Allgather(&me, 1, MPI_INT, counts, 1, MPI_INT, j->mpi) != MPI_SUCCESS) {
        free(counts), free(displs), free(l);
        return -1;
    }
    size_t total = 0;
    for (int k = 0; k < size; k++) {
        displs[k] = (int)total;
        total += (size_t)counts[k];
        l[k] = (uint64_t)counts[k];
    }
    char *buf = malloc(total + 1);
    ok = buf != NULL && total < (size_t)1 << 31;
    if (tsi_mpi_max(j->mpi, ok ? 0 : 1) != 0
        || MPI_Allgatherv(mine, me, MPI_BYTE, buf, counts, displs, MPI_BYTE, j->mpi) != MPI_SUCCESS) {
        free(buf), free(counts), free(displs), free(l);
        return -1;
    }
    free(counts);
    free(displs);
    *all = buf;
    *lens = l;
    return 0;
}

static int agree(void *ctx, int rc)
{
    return tsi_mpi_max(((job *)ctx)->mpi, rc);
}

static int bcast(void *ctx, void *buf, size_t n)
{
    return MPI_Bcast(buf, (int)n, MPI_BYTE, 0, ((job *)ctx)->mpi) == MPI_SUCCESS ? 0 : -1;
}

static hid_t fapl(void *ctx)
{
    hid_t p = H5Pcreate(H5P_FILE_ACCESS);
    if (p >= 0 && H5Pset_fapl_mpio(p, ((job *)ctx)->mpi, MPI_INFO_NULL) < 0) {
        H5Pclose(p);
        return -1;
    }
    return p;
}

static hid_t dxpl(void *ctx)
{
    (void)ctx;
    hid_t p = H5Pcreate(H5P_DATASET_XFER);
    if (p >= 0 && H5Pset_dxpl_mpio(p, H5FD_MPIO_COLLECTIVE) < 0) {
        H5Pclose(p);
        return -1;
    }
    return p;
}

static void release(void *ctx)
{
    free(ctx);
}

ts_result *ts_result_new_mpi(const char *path, MPI_Comm comm, size_t n_extra,
                             const char *const *extra, ts_error *err)
{
    job *j = calloc(1, sizeof *j);
    if (tsi_mpi_max(comm, j ? 0 : 1) != 0) {
        free(j);
        ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    j->mpi = comm;
    MPI_Comm_rank(comm, &j->comm.rank);
    MPI_Comm_size(comm, &j->comm.size);
    j->comm.ctx = j;
    j->comm.scan = scan;
    j->comm.allgather = allgather;
    j->comm.agree = agree;
    j->comm.bcast = bcast;
    j->comm.fapl = fapl;
    j->comm.dxpl = dxpl;
    j->comm.release = release;
    /* The result owns the job from here, and releases it when freed. */
    return tsi_result_new_comm(path, n_extra, extra, &j->comm, err);
}
