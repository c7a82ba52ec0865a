/* The store on every rank of an MPI job: opened read-only through HDF5's
 * MPI-IO driver (collectively, as parallel HDF5 wants), and split into one
 * share of series per rank by rank 0, which alone reads the offsets the
 * split needs. */
#include <stdint.h>
#include <stdlib.h>
#include "mpi/mpi_impl.h"
#include "store/store_h5.h"
#include "ts_mpi.h"

int ts_store_open_mpi(const char *path, MPI_Comm comm, ts_store **out, ts_error *err)
{
    ts_store *s = NULL;
    int rc = TS_OK;
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    /* Readers take no lock, as ts_store_open's do. */
    if (fapl < 0 || H5Pset_fapl_mpio(fapl, comm, MPI_INFO_NULL) < 0
        || H5Pset_file_locking(fapl, 0, 1) < 0)
        rc = tsi_h5_error(err, TS_EIO, path, "cannot set up the MPI-IO driver");
    /* Every rank takes the same steps: the open itself is collective. */
    else
        rc = tsi_store_open_fapl(path, fapl, &s, err);
    if (fapl >= 0) H5Pclose(fapl);
    int all = tsi_mpi_max(comm, rc);
    if (all != TS_OK) {
        ts_store_close(s); /* collective too: every rank that opened closes */
        if (rc == TS_OK)
            ts_error_set(err, all, "%s: cannot be opened on another rank", path);
        return all;
    }
    *out = s;
    return TS_OK;
}

int ts_mpi_share(ts_store *s, ts_selector *sel, MPI_Comm comm, ts_error *err)
{
    int rank, size;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    /* Rank 0 splits; the status goes out first, so that the ranges are
     * sent only when there are some, and no other rank allocates. */
    int rc = TS_OK;
    uint64_t *ranges = NULL;
    if (rank == 0) {
        size_t *bounds = calloc((size_t)size + 1, sizeof *bounds);
        ranges = calloc(2 * (size_t)size, sizeof *ranges);
        if (!bounds || !ranges) rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        else rc = ts_store_series_split(s, sel, (size_t)size, bounds, err);
        for (int k = 0; rc == TS_OK && k < size; k++) {
            ranges[2 * k] = bounds[k];
            ranges[2 * k + 1] = bounds[k + 1];
        }
        free(bounds);
    }
    int status = rc;
    if (MPI_Bcast(&status, 1, MPI_INT, 0, comm) != MPI_SUCCESS) status = TS_EIO;
    uint64_t mine[2] = {0, 0};
    if (status == TS_OK
        && MPI_Scatter(ranges, 2, MPI_UINT64_T, mine, 2, MPI_UINT64_T, 0, comm) != MPI_SUCCESS)
        status = TS_EIO;
    free(ranges);
    if (status != TS_OK) {
        if (rc == TS_OK) ts_error_set(err, status, "the series cannot be split on rank 0");
        return status;
    }
    sel->has_series = 1;
    sel->series_first = (size_t)mine[0];
    sel->series_end = (size_t)mine[1];
    return TS_OK;
}
