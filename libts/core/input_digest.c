/* Reading an input once for the store: its SHA-256 and size, its bytes
 * when small, and for stdin or any other input that is not a regular file
 * (a pipe, a FIFO) a spooled copy of the same bytes, so that ts-import can ask the
 * store whether it already holds the document before reading its facts,
 * without holding a large file in memory; or the same on a thread of its
 * own while the facts are read. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "core/grow.h"
#include "core/input.h"
#include "ts_sha256.h"
#include "ts_store.h"

#define BLOCK (1 << 20)

/* Keeps n more bytes of buf in d->text while it stays within keep_max
 * (*keeping cleared, text dropped, past it).  -1 when out of memory. */
static int keep_bytes(ts_input_digest *d, size_t *cap, int *keeping, uint64_t keep_max,
                      const char *buf, size_t n)
{
    if (*keeping && d->size + n > keep_max) { /* too big to keep */
        *keeping = 0;
        free(d->text);
        d->text = NULL;
    }
    if (!*keeping) return 0;
    if (tsi_grow(&d->text, cap, d->size + n + 1, 1, BLOCK) != 0) return -1;
    memcpy(d->text + d->size, buf, n);
    return 0;
}

/* Opens path (stdin for NULL or "-"); *spool is set when the input is not
 * a regular file: a pipe, FIFO, socket or device can be read only once,
 * so its bytes are kept in a temporary file as they are hashed. */
static tsi_input *open_input(const char *path, const char *name, int *spool, ts_error *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0;
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        int e = errno;
        if (fd >= 0) close(fd);
        ts_error_set(err, TS_EIO, "%s", strerror(e));
        ts_error_at(err, name, 0, 0);
        return NULL;
    }
    /* (O_NONBLOCK only so that opening a FIFO does not wait for its
     * writer before the type is known; reads block as usual.) */
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    *spool = is_stdin || !S_ISREG(st.st_mode);
    return tsi_input_open_fd(fd, name, err);
}

int ts_input_digest_read(const char *path, uint64_t keep_max, ts_input_digest *out, ts_error *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0, spool = 0;
    const char *name = is_stdin ? "<stdin>" : path;
    tsi_input *in = open_input(path, name, &spool, err);
    if (!in) return err ? err->code : TS_EIO;
    ts_input_digest d = {{0}, 0, NULL, NULL};
    ts_sha256 c;
    ts_sha256_init(&c);
    char *buf = malloc(BLOCK);
    size_t cap = 0;
    int rc = TS_OK, keeping = 1;
    if (!buf) rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", name);
    if (rc == TS_OK && spool && !(d.spool = tmpfile()))
        rc = ts_error_set(err, TS_EIO, "%s: cannot make a temporary file: %s", name, strerror(errno));
    while (rc == TS_OK) {
        ssize_t n = tsi_input_read(in, buf, BLOCK, err); /* gunzipped, within its caps */
        if (n < 0) {
            rc = err ? err->code : TS_EIO;
            break;
        }
        if (n == 0) break;
        ts_sha256_update(&c, buf, (size_t)n);
        if (d.spool && fwrite(buf, 1, (size_t)n, d.spool) != (size_t)n) {
            rc = ts_error_set(err, TS_EIO, "%s: cannot spool to a temporary file: %s", name, strerror(errno));
            break;
        }
        if (keep_bytes(&d, &cap, &keeping, keep_max, buf, (size_t)n) != 0)
            rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", name);
        d.size += (uint64_t)n;
    }
    tsi_input_close(in);
    free(buf);
    if (rc == TS_OK && keeping && !d.text && !(d.text = malloc(1)))
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", name);
    if (rc == TS_OK && d.text) d.text[d.size] = '\0';
    if (rc == TS_OK && d.spool && (fflush(d.spool) != 0 || fseek(d.spool, 0, SEEK_SET) != 0))
        rc = ts_error_set(err, TS_EIO, "%s: cannot spool to a temporary file: %s", name, strerror(errno));
    if (rc != TS_OK) {
        ts_input_digest_reset(&d);
        return rc;
    }
    ts_sha256_final(&c, d.sha256);
    *out = d;
    return TS_OK;
}

void ts_input_digest_reset(ts_input_digest *d)
{
    free(d->text);
    if (d->spool) fclose(d->spool);
    memset(d, 0, sizeof *d);
}

struct ts_digest_job {
    pthread_t thread;
    char *path;
    uint64_t keep_max;
    int rc;
    ts_input_digest d;
    ts_error err;
};

static void *digest_thread(void *arg)
{
    ts_digest_job *j = arg;
    j->rc = ts_input_digest_read(j->path, j->keep_max, &j->d, &j->err);
    return NULL;
}

int ts_input_digest_start(const char *path, uint64_t keep_max, ts_digest_job **out,
                          ts_error *err)
{
    ts_digest_job *j = calloc(1, sizeof *j);
    if (!j || !(j->path = strdup(path))) {
        free(j);
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    }
    j->keep_max = keep_max;
    int e = pthread_create(&j->thread, NULL, digest_thread, j);
    if (e != 0) {
        free(j->path);
        free(j);
        return ts_error_set(err, TS_EIO, "%s: cannot start a thread: %s", path, strerror(e));
    }
    *out = j;
    return TS_OK;
}

int ts_input_digest_finish(ts_digest_job *j, ts_input_digest *out, ts_error *err)
{
    pthread_join(j->thread, NULL);
    int rc = j->rc;
    if (rc == TS_OK) *out = j->d;
    else if (err) *err = j->err;
    free(j->path);
    free(j);
    return rc;
}
