/* Every rank's output to rank 0, in rank order and in pieces: a rank
 * sends the file it wrote as messages of at most TS_MPI_PIECE bytes, each
 * led by its length (0 at the end, -1 when the rank could not read its
 * file); rank 0 reads a rank's messages through a stdio stream made with
 * fopencookie, one piece in memory at a time. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mpi/mpi_impl.h"
#include "ts_mpi.h"

#define HEAD sizeof(int64_t)

/* ---- sending ---- */

static int send_file(MPI_Comm comm, int fd, ts_error *err)
{
    char *buf = malloc(HEAD + TS_MPI_PIECE), small[HEAD];
    int rc = buf ? TS_OK : ts_error_set(err, TS_ENOMEM, "out of memory");
    off_t at = 0;
    for (;;) {
        ssize_t n = rc == TS_OK ? pread(fd, buf + HEAD, TS_MPI_PIECE, at) : -1;
        if (n < 0 && rc == TS_OK) rc = ts_error_set(err, TS_EIO, "cannot read back this rank's output");
        int64_t head = n < 0 ? -1 : (int64_t)n;
        char *msg = buf ? buf : small;
        memcpy(msg, &head, HEAD);
        /* Rank 0 takes the pieces as fast as it writes them; the wait
         * between them sleeps (tsi_mpi_wait). */
        MPI_Request req;
        if ((MPI_Isend(msg, (int)(HEAD + (n > 0 ? (size_t)n : 0)), MPI_BYTE, 0, TSI_TAG_STREAM,
                       comm, &req) != MPI_SUCCESS
             || tsi_mpi_wait(&req, MPI_STATUS_IGNORE) != 0)
            && rc == TS_OK)
            rc = ts_error_set(err, TS_EIO, "cannot send this rank's output");
        if (n <= 0) break;
        at += n;
    }
    free(buf);
    return rc;
}

/* ---- receiving, as a stdio stream ---- */

typedef struct {
    MPI_Comm comm;
    int from;
    char *buf;        /* HEAD + TS_MPI_PIECE bytes */
    size_t have, pos; /* the piece's bytes are buf[pos, have) */
    int done;         /* the end (or a failure) came */
    int failed;       /* the sender could not read its file, or MPI failed */
} receiver;

/* Takes the next message of the sender: 0, or -1 on a failure. */
static int next_piece(receiver *c)
{
    MPI_Status st;
    int count = 0;
    int64_t head = -1;
    if (MPI_Recv(c->buf, (int)(HEAD + TS_MPI_PIECE), MPI_BYTE, c->from, TSI_TAG_STREAM, c->comm,
                 &st) == MPI_SUCCESS
        && MPI_Get_count(&st, MPI_BYTE, &count) == MPI_SUCCESS && count >= (int)HEAD)
        memcpy(&head, c->buf, HEAD);
    c->pos = c->have = 0;
    if (head < 0 || (size_t)head != (size_t)count - HEAD) {
        c->failed = c->done = 1;
        return -1;
    }
    if (head == 0) {
        c->done = 1;
        return 0;
    }
    c->pos = HEAD;
    c->have = (size_t)count;
    return 0;
}

static ssize_t receiver_read(void *cookie, char *out, size_t n)
{
    receiver *c = cookie;
    while (c->pos == c->have) {
        if (c->done) return c->failed ? -1 : 0;
        if (next_piece(c) != 0) return -1;
    }
    size_t k = c->have - c->pos < n ? c->have - c->pos : n;
    memcpy(out, c->buf + c->pos, k);
    c->pos += k;
    return (ssize_t)k;
}

static int receiver_close(void *cookie)
{
    (void)cookie;
    return 0;
}

/* Rank 0: each other rank's stream to consume, in order; after a failure
 * the streams are still received, and dropped. */
static int receive_all(MPI_Comm comm, int size, ts_mpi_consume_fn consume, void *ctx,
                       ts_error *err)
{
    /* Without memory for a piece, rank 0 still drains the others through
     * this buffer, so that none of them waits forever. */
    static char spare[HEAD + TS_MPI_PIECE];
    char *buf = malloc(HEAD + TS_MPI_PIECE);
    int rc = buf ? TS_OK : ts_error_set(err, TS_ENOMEM, "out of memory");
    for (int r = 1; r < size; r++) {
        receiver c = {comm, r, buf ? buf : spare, 0, 0, 0, 0};
        cookie_io_functions_t io = {receiver_read, NULL, NULL, receiver_close};
        FILE *in = rc == TS_OK ? fopencookie(&c, "r", io) : NULL;
        if (rc == TS_OK && !in) rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        if (rc == TS_OK) {
            rc = consume(ctx, r, in, err);
            if (rc == TS_OK && c.failed)
                rc = ts_error_set(err, TS_EIO, "rank %d could not send its output", r);
        }
        if (in) fclose(in);
        while (!c.done) next_piece(&c);
    }
    free(buf);
    return rc;
}

int ts_mpi_gather(MPI_Comm comm, int fd, ts_mpi_consume_fn consume, void *ctx, ts_error *err)
{
    int rank, size;
    MPI_Comm_rank(comm, &rank);
    MPI_Comm_size(comm, &size);
    int rc = rank == 0 ? receive_all(comm, size, consume, ctx, err) : send_file(comm, fd, err);
    int all = tsi_mpi_max(comm, rc);
    if (all != TS_OK && rc == TS_OK)
        ts_error_set(err, all, "the outputs could not be gathered on rank 0");
    return all;
}
