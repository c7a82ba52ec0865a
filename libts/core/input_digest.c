/* Reading an input once for the store: its SHA-256 and size, its bytes
 * when small, and for stdin a spooled copy, so that ts-import can ask the
 * store whether it already holds the document before reading its facts,
 * without holding a large file in memory; or the same on a thread of its
 * own while the facts are read. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include "core/grow.h"
#include "ts_sha256.h"
#include "ts_store.h"

#define BLOCK (1 << 20)

int ts_input_digest_read(const char *path, uint64_t keep_max, ts_input_digest *out, ts_error *err)
{
    int is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    int fd = is_stdin ? dup(STDIN_FILENO) : -1;
    /* gzread reads plain files as they are and gunzips gzip ones. */
    gzFile gz = is_stdin ? (fd >= 0 ? gzdopen(fd, "rb") : NULL) : gzopen(path, "rb");
    if (!gz) {
        int e = errno;
        if (fd >= 0) close(fd);
        return ts_error_set(err, TS_EIO, "%s: %s", name, e ? strerror(e) : "out of memory");
    }
    gzbuffer(gz, BLOCK);
    ts_input_digest d = {{0}, 0, NULL, NULL};
    ts_sha256 c;
    ts_sha256_init(&c);
    unsigned char *buf = malloc(BLOCK);
    size_t cap = 0;
    int rc = TS_OK;
    if (!buf) rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", name);
    if (rc == TS_OK && is_stdin && !(d.spool = tmpfile()))
        rc = ts_error_set(err, TS_EIO, "%s: cannot make a temporary file: %s", name, strerror(errno));
    int keeping = 1;
    while (rc == TS_OK) {
        int n = gzread(gz, buf, BLOCK);
        if (n < 0) {
            int en;
            const char *msg = gzerror(gz, &en);
            rc = ts_error_set(err, en == Z_ERRNO ? TS_EIO : TS_EFORMAT, "%s: %s", name,
                              en == Z_ERRNO ? strerror(errno) : msg);
            break;
        }
        if (n == 0) {
            /* A gzip stream cut short reads as a clean end: ask zlib. */
            int en;
            const char *msg = gzerror(gz, &en);
            if (en != Z_OK && en != Z_STREAM_END)
                rc = ts_error_set(err, TS_EFORMAT, "%s: %s", name, msg);
            break;
        }
        ts_sha256_update(&c, buf, (size_t)n);
        if (d.spool && fwrite(buf, 1, (size_t)n, d.spool) != (size_t)n) {
            rc = ts_error_set(err, TS_EIO, "%s: cannot spool to a temporary file: %s", name, strerror(errno));
            break;
        }
        if (keeping && d.size + (uint64_t)n > keep_max) { /* too big to keep */
            keeping = 0;
            free(d.text);
            d.text = NULL;
        }
        if (keeping) {
            if (tsi_grow(&d.text, &cap, d.size + (size_t)n + 1, 1, BLOCK) != 0) {
                rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", name);
                break;
            }
            memcpy(d.text + d.size, buf, (size_t)n);
        }
        d.size += (uint64_t)n;
    }
    gzclose(gz);
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
