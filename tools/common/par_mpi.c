/* par.h on MPI (make MPI=1): the ranks of MPI_COMM_WORLD share a store's
 * series through libts's MPI side (ts_mpi.h), a rank other than 0 writes
 * its standard output to a spool that rank 0 appends to its own in rank
 * order, and the exit code is agreed by all. */
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "par.h"
#include "ts_mpi.h"

struct par {
    const char *tool;
    int rank, size;
    int local;        /* processes on this machine */
    int quiet_fd;     /* rank > 0 until it speaks: the real standard error */
    int alone;        /* the work is rank 0's alone (par_idle with shared 0) */
    int own;          /* the worst exit code of this process's own work */
    int agreed;       /* the last code agreed (-1: none yet) */
};

/* Agrees on rc with the other processes, remembering this one's own. */
static int agree(par *p, int rc)
{
    if (rc > p->own) p->own = rc;
    return p->agreed = ts_mpi_agree(MPI_COMM_WORLD, rc);
}

static void finish_mpi(void)
{
    int done = 0;
    MPI_Finalized(&done);
    if (!done) MPI_Finalize();
}

/* Where a rank's spool goes: TMPDIR (a node's local disk on a cluster),
 * else /tmp. */
static const char *spool_dir(void)
{
    const char *d = getenv("TMPDIR");
    return d && *d ? d : "/tmp";
}

/* A new, already unlinked file in spool_dir(); its descriptor or -1. */
static int open_spool(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tskit-spool.XXXXXX", spool_dir());
    int fd = mkstemp(path);
    if (fd >= 0) unlink(path);
    return fd;
}

par *par_begin(const char *tool, int *argc, char ***argv)
{
    static par one;
    one.tool = tool;
    one.quiet_fd = -1;
    one.agreed = -1;
    if (MPI_Init(argc, argv) != MPI_SUCCESS) {
        cli_warn(tool, "cannot start MPI");
        return NULL;
    }
    /* Every way out of the tool (help, a usage error) ends MPI too. */
    atexit(finish_mpi);
    MPI_Comm_rank(MPI_COMM_WORLD, &one.rank);
    MPI_Comm_size(MPI_COMM_WORLD, &one.size);
    MPI_Comm node;
    one.local = 1;
    if (MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node)
        == MPI_SUCCESS) {
        MPI_Comm_size(node, &one.local);
        MPI_Comm_free(&node);
    }
    if (one.rank > 0) {
        int spool = open_spool(), null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (spool < 0 || null < 0 || fflush(stdout) != 0 || dup2(spool, STDOUT_FILENO) < 0
            || (one.quiet_fd = dup(STDERR_FILENO)) < 0 || dup2(null, STDERR_FILENO) < 0) {
            cli_warn(tool, "rank %d: cannot set up its output in %s", one.rank, spool_dir());
            return NULL;
        }
        close(spool); /* standard output holds the (unlinked) file */
        close(null);
    }
    return &one;
}

int par_rank(const par *p) { return p->rank; }
int par_size(const par *p) { return p->size; }
int par_local_size(const par *p) { return p->local > 0 ? p->local : 1; }

/* Gives the rank its standard error back. */
static void speak(par *p)
{
    if (p->quiet_fd < 0) return;
    fflush(stderr);
    dup2(p->quiet_fd, STDERR_FILENO);
    close(p->quiet_fd);
    p->quiet_fd = -1;
}

int par_idle(par *p, int shared)
{
    speak(p);
    p->alone = !shared;
    return p->rank > 0 && !shared;
}

int par_agree(par *p, int rc)
{
    return p->alone || p->size == 1 ? rc : agree(p, rc);
}

fact_input *par_input(par *p, const select_opts *o, int n, char *const *paths, int shared)
{
    speak(p);
    if (!shared || p->alone || (p->size == 1 && !o->store))
        return fact_input_open(p->tool, o, n, paths);
    if (!o->store) {
        if (p->rank == 0)
            cli_usage_error(p->tool, "with %d processes the facts come from --store (TSV input is "
                            "read by one process)", p->size);
        return NULL;
    }
    ts_error e;
    ts_store *s = NULL;
    select_opts mine = *o;
    cli_guard_store(p->tool, o->store);
    int rc = ts_store_open_mpi(o->store, MPI_COMM_WORLD, &s, &e);
    if (rc == TS_OK && (rc = ts_mpi_share(s, &mine.sel, MPI_COMM_WORLD, &e)) != TS_OK) {
        ts_store_close(s);
        s = NULL;
    }
    if (rc != TS_OK) {
        if (p->rank == 0) cli_report(p->tool, &e);
        return NULL;
    }
    mine.opened = s;
    fact_input *in = fact_input_open(p->tool, &mine, n, paths);
    /* Closing the store is collective: all close it, after agreeing. */
    if (ts_mpi_agree(MPI_COMM_WORLD, in ? TS_OK : TS_EIO) != TS_OK) {
        if (in) fact_input_close(in);
        else ts_store_close(s);
        return NULL;
    }
    return in;
}

int par_put_series(par *p, const ts_series *s, ts_error *err)
{
    if (ts_series_pack(stdout, s, err) != TS_OK)
        return ts_error_set(err, TS_EIO, "rank %d: cannot hand its series to rank 0", p->rank);
    return TS_OK;
}

/* ---- gathering ---- */

typedef struct {
    FILE *out;
    int (*add)(void *acc, const ts_series *s, ts_error *err);
    void *acc;
} gather_to;

/* A rank's standard output after its first line, to the sink's file. */
static int copy_output(void *ctx, int rank, FILE *in, ts_error *err)
{
    gather_to *k = ctx;
    int c;
    while ((c = getc(in)) != EOF && c != '\n') {}
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, k->out) != n) return ts_error_set(err, TS_EIO, "write error");
    if (ferror(in)) return ts_error_set(err, TS_EIO, "rank %d: its output was cut short", rank);
    return TS_OK;
}

/* A rank's series, to the sink's operation. */
static int add_series(void *ctx, int rank, FILE *in, ts_error *err)
{
    gather_to *k = ctx;
    ts_series_buf *b = ts_series_buf_new(err);
    if (!b) return TS_ENOMEM;
    ts_series s;
    int rc;
    while ((rc = ts_series_unpack(in, b, &s, err)) == TS_OK)
        if ((rc = k->add(k->acc, &s, err)) != TS_OK) break;
    ts_series_buf_free(b);
    if (rc == TS_EOF) return TS_OK;
    if (rc == TS_EFORMAT || rc == TS_EIO)
        ts_error_set(err, rc, "rank %d: its series were cut short", rank);
    return rc;
}

static int gather(par *p, int rc, ts_mpi_consume_fn fn, gather_to *k)
{
    if (p->alone) return rc;
    fflush(stdout);
    int all = agree(p, rc);
    if (all >= CLI_FATAL || p->size == 1) return all;
    ts_error e;
    if (ts_mpi_gather(MPI_COMM_WORLD, STDOUT_FILENO, fn, k, &e) != TS_OK) {
        if (p->rank == 0) cli_report(p->tool, &e);
        return CLI_FATAL;
    }
    return all;
}

int par_gather(par *p, FILE *out, int rc)
{
    gather_to k = {out, NULL, NULL};
    return gather(p, rc, copy_output, &k);
}

int par_gather_series(par *p, int rc, int (*add)(void *acc, const ts_series *s, ts_error *err),
                      void *acc)
{
    gather_to k = {NULL, add, acc};
    return gather(p, rc, add_series, &k);
}

/* ---- result stores ---- */

ts_result *par_result(par *p, const char *path, size_t n_extra, const char *const *extra)
{
    ts_error e;
    ts_result *r = p->alone ? ts_result_new(path, n_extra, extra, &e)
                            : ts_result_new_mpi(path, MPI_COMM_WORLD, n_extra, extra, &e);
    if (!r && p->rank == 0) cli_report(p->tool, &e);
    return r;
}

/* The temporary file of a commit in progress, removed by a signal that
 * stops the process while rank 0 writes it. */
static char temp_path[4096];
static volatile sig_atomic_t temp_armed;
static const int stop_signals[] = {SIGTERM, SIGINT, SIGHUP};

static void on_stop(int sig)
{
    if (temp_armed) unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void arm(const char *path, int on)
{
    if (on) {
        snprintf(temp_path, sizeof temp_path, "%s", path);
        temp_armed = 1;
    } else {
        temp_armed = 0;
    }
    for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++)
        signal(stop_signals[i], on ? on_stop : SIG_DFL);
}

int par_commit(par *p, ts_result *r, int rc)
{
    if (!p->alone) rc = agree(p, rc);
    if (rc >= CLI_FATAL) {
        ts_result_abort(r);
        return rc;
    }
    ts_error e;
    if (p->rank == 0) arm(ts_result_temp(r), 1);
    int c = ts_result_commit(r, &e);
    if (p->rank == 0) arm(NULL, 0);
    if (c != TS_OK) {
        cli_report(p->tool, &e);
        return CLI_FATAL;
    }
    return rc;
}


/* ---- imports ---- */

int par_store_begin(par *p, const char *path, double wait_seconds, ts_txn **txn)
{
    ts_error e;
    int rc = TS_OK;
    *txn = NULL;
    /* Rank 0 takes the lock first: the others judge what is new from the
     * store as it stands while rank 0 holds it. */
    if (p->rank == 0) rc = cli_store_begin(p->tool, path, wait_seconds, txn, &e);
    if (p->rank == 0 && rc != TS_OK) cli_report(p->tool, &e);
    if (!p->alone && ts_mpi_agree(MPI_COMM_WORLD, rc) != TS_OK) {
        if (p->rank == 0) ts_txn_abort(*txn);
        *txn = NULL;
        return CLI_FATAL;
    }
    if (p->rank > 0) {
        rc = ts_txn_record(path, stdout, txn, &e);
        if (rc != TS_OK) cli_report(p->tool, &e);
    }
    if (!p->alone && ts_mpi_agree(MPI_COMM_WORLD, rc) != TS_OK) {
        ts_txn_abort(*txn);
        *txn = NULL;
        return CLI_FATAL;
    }
    return rc == TS_OK ? CLI_OK : CLI_FATAL;
}

void par_share_files(par *p, int n, char *const *paths, int *first, int *end)
{
    *first = 0;
    *end = n;
    if (p->alone || p->size == 1) return;
    /* Contiguous runs of about the same number of bytes: file k goes to
     * the process whose share of the total its first byte falls in. */
    unsigned long long total = 0, at = 0;
    struct stat st;
    for (int k = 0; k < n; k++) total += stat(paths[k], &st) == 0 ? (unsigned long long)st.st_size : 0;
    int lo = n, hi = n;
    for (int k = 0; k < n; k++) {
        unsigned long long size = stat(paths[k], &st) == 0 ? (unsigned long long)st.st_size : 0;
        /* Which process starts at or before this byte (one per file when
         * every file is empty). */
        int owner = total ? (int)((long double)at * p->size / total) : (int)((long long)k * p->size / n);
        if (owner == p->rank && lo == n) lo = k;
        if (owner > p->rank) {
            hi = k;
            break;
        }
        at += size;
    }
    if (lo == n) hi = n;
    *first = lo;
    *end = hi < lo ? lo : hi;
}

/* A rank's recording, into rank 0's transaction. */
static int replay(void *ctx, int rank, FILE *in, ts_error *err)
{
    int rc = ts_txn_replay(ctx, in, err);
    if (rc != TS_OK) {
        char msg[TS_ERROR_MSG_MAX];
        snprintf(msg, sizeof msg, "%s", err->msg);
        ts_error_set(err, rc, "rank %d: %s", rank, msg);
    }
    return rc;
}

/* The other ranks' counts of what went in, added to rank 0's sink: sums,
 * and the report dates rank 0 has not seen. */
static void total_counts(sink *s)
{
    unsigned long long mine[4] = {s->facts, s->docs_new, s->docs_same, s->skipped}, all[4];
    MPI_Reduce(mine, all, 4, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    int size, rank, n = (int)s->n_days;
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    int *counts = rank == 0 ? calloc((size_t)size, sizeof *counts) : NULL;
    int *displs = rank == 0 ? calloc((size_t)size, sizeof *displs) : NULL;
    MPI_Gather(&n, 1, MPI_INT, counts, 1, MPI_INT, 0, MPI_COMM_WORLD);
    int total = 0;
    for (int k = 0; rank == 0 && k < size; k++) {
        displs[k] = total;
        total += counts[k];
    }
    int32_t *days = rank == 0 ? malloc(((size_t)total + 1) * sizeof *days) : NULL;
    MPI_Gatherv(s->days, n, MPI_INT32_T, days, counts, displs, MPI_INT32_T, 0, MPI_COMM_WORLD);
    if (rank == 0) {
        s->facts = (size_t)all[0];
        s->docs_new = (size_t)all[1];
        s->docs_same = (size_t)all[2];
        s->skipped = (size_t)all[3];
        for (int k = n; k < total; k++) sink_add_day(s, days[k]);
    }
    free(counts);
    free(displs);
    free(days);
}

int par_store_gather(par *p, ts_txn **txn, int rc, sink *s)
{
    if (p->alone || p->size == 1) return rc;
    ts_error e;
    if (p->rank > 0) {
        /* The recording is complete in this rank's spool. */
        if (ts_txn_commit(*txn, &e) != TS_OK) {
            cli_report(p->tool, &e);
            rc = CLI_FATAL;
        }
        *txn = NULL;
    }
    fflush(stdout);
    int all = agree(p, rc);
    if (all >= CLI_FATAL) return all;
    total_counts(s);
    if (ts_mpi_gather(MPI_COMM_WORLD, STDOUT_FILENO, replay, *txn, &e) != TS_OK) {
        if (p->rank == 0) cli_report(p->tool, &e);
        return CLI_FATAL;
    }
    return all;
}

int par_end(par *p, int rc)
{
    speak(p);
    fflush(stdout);
    /* rc is the code agreed before, unless this process failed since. */
    int own = rc > p->agreed && rc > p->own ? rc : p->own;
    int all = agree(p, rc);
    if (p->size > 1 && all >= CLI_FATAL && own < CLI_FATAL)
        cli_warn(p->tool, "rank %d: stopped: another process failed", p->rank);
    return all;
}
