/* Waiting for the other ranks without spinning.  MPI's blocking calls
 * poll as fast as they can, which costs nothing on a node with a core per
 * rank but, where ranks share cores with each other or with other jobs,
 * takes the core from the rank being waited for: a rank that has finished
 * its share would double the time of the one still working.  Here a rank
 * tests its request and sleeps between tests, from 20 us up to 1 ms, so a
 * long wait costs next to no CPU and a short one little time. */
#include <time.h>
#include "mpi/mpi_impl.h"
#include "ts.h"

int tsi_mpi_wait(MPI_Request *req, MPI_Status *st)
{
    long ns = 20000;
    for (;;) {
        int done = 0;
        if (MPI_Test(req, &done, st) != MPI_SUCCESS) return -1;
        if (done) return 0;
        struct timespec t = {0, ns};
        nanosleep(&t, NULL);
        if (ns < 1000000) ns *= 2;
    }
}

int tsi_mpi_max(MPI_Comm comm, int v)
{
    int all = v;
    MPI_Request req;
    if (MPI_Iallreduce(&v, &all, 1, MPI_INT, MPI_MAX, comm, &req) != MPI_SUCCESS
        || tsi_mpi_wait(&req, MPI_STATUS_IGNORE) != 0)
        return v ? v : TS_EIO;
    return all;
}

int ts_mpi_agree(MPI_Comm comm, int rc)
{
    return tsi_mpi_max(comm, rc);
}
