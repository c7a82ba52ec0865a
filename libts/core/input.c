/* Bytes of an input file, gunzipped when it is gzip.  Plain input is read
 * with read(2) straight into the caller's buffer (no copy through zlib's
 * transparent mode, which matters at 700 MB); gzip goes through inflate
 * with our own input buffer, so a stream cut short is detected exactly:
 * the file ends while a member is still open. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include "core/input.h"

#define ZIN_SIZE (64 * 1024) /* compressed bytes read at a time */

/* Caps on what gzip input may inflate to (docs/record-io.md): a few MB
 * that inflate to GB are an attack or an accident, not a table.  The ratio
 * applies past the first RATIO_FROM bytes, so small files may compress as
 * well as they like.  TS_GZIP_MAX_BYTES and TS_GZIP_MAX_RATIO in the
 * environment override them (0: no cap). */
#define GZIP_MAX_BYTES ((uint64_t)8 << 30)
#define GZIP_MAX_RATIO 200
#define RATIO_FROM ((uint64_t)64 << 20)

enum { MODE_UNKNOWN, MODE_PLAIN, MODE_GZIP };

struct tsi_input {
    int fd;
    int mode;
    char *name;          /* for messages */
    int raw_eof;         /* read(2) returned 0 */
    int failed;          /* an error was returned: stay failed */
    /* gzip state */
    z_stream z;
    int z_ready;         /* inflateInit2 done */
    int in_member;       /* inside a gzip member: its end not yet seen */
    unsigned char *zin;  /* compressed input; [next_in, +avail_in) unread */
    uint64_t z_read, z_out; /* compressed bytes read, bytes inflated */
    uint64_t max_bytes, max_ratio; /* the caps (0: none) */
    /* plain: bytes read while sniffing the magic, handed out first */
    size_t pending;
};

/* A cap from the environment, or its default; 0 means none. */
static uint64_t cap_from_env(const char *var, uint64_t dflt)
{
    const char *v = getenv(var);
    if (!v || !*v) return dflt;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    return *end ? dflt : (uint64_t)n;
}

static int fail(tsi_input *in, ts_error *err, int code, const char *fmt, const char *arg)
{
    in->failed = 1;
    ts_error_set(err, code, fmt, arg);
    ts_error_at(err, in->name, 0, 0);
    return -1;
}

tsi_input *tsi_input_open_fd(int fd, const char *name, ts_error *err)
{
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        ts_error_set(err, TS_EIO, "%s", strerror(EISDIR));
        ts_error_at(err, name, 0, 0);
        return NULL;
    }
    tsi_input *in = calloc(1, sizeof *in);
    if (in) {
        in->name = strdup(name);
        in->zin = malloc(ZIN_SIZE);
    }
    if (!in || !in->name || !in->zin) {
        if (in) {
            free(in->name);
            free(in->zin);
        }
        free(in);
        close(fd);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    in->fd = fd;
    in->mode = MODE_UNKNOWN;
    in->max_bytes = cap_from_env("TS_GZIP_MAX_BYTES", GZIP_MAX_BYTES);
    in->max_ratio = cap_from_env("TS_GZIP_MAX_RATIO", GZIP_MAX_RATIO);
    return in;
}

tsi_input *tsi_input_open(const char *path, const char *name, ts_error *err)
{
    int fd = (!path || strcmp(path, "-") == 0) ? dup(STDIN_FILENO)
                                                : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        ts_error_set(err, TS_EIO, "%s", strerror(errno));
        ts_error_at(err, name, 0, 0);
        return NULL;
    }
    return tsi_input_open_fd(fd, name, err);
}

/* read(2) that retries interruptions; -1 only for real errors. */
static ssize_t read_some(int fd, void *buf, size_t n)
{
    for (;;) {
        ssize_t k = read(fd, buf, n);
        if (k >= 0 || errno != EINTR)
            return k;
    }
}

/* Reads the first bytes (at least two unless the input is shorter) into
 * zin and picks the mode from the gzip magic 1f 8b. */
static int sniff(tsi_input *in, ts_error *err)
{
    size_t got = 0;
    while (got < 2) {
        ssize_t k = read_some(in->fd, in->zin + got, ZIN_SIZE - got);
        if (k < 0)
            return fail(in, err, TS_EIO, "read error: %s", strerror(errno));
        if (k == 0) {
            in->raw_eof = 1;
            break;
        }
        got += (size_t)k;
    }
    if (got >= 2 && in->zin[0] == 0x1f && in->zin[1] == 0x8b) {
        /* 16 + MAX_WBITS: gzip wrapper only, with its CRC and length check. */
        if (inflateInit2(&in->z, 16 + MAX_WBITS) != Z_OK)
            return fail(in, err, TS_ENOMEM, "%s", "out of memory");
        in->z_ready = 1;
        in->in_member = 1;
        in->z.next_in = in->zin;
        in->z.avail_in = (uInt)got;
        in->z_read = got;
        in->mode = MODE_GZIP;
    } else {
        in->pending = got;
        in->mode = MODE_PLAIN;
    }
    return 0;
}

static ssize_t read_plain(tsi_input *in, char *buf, size_t n, ts_error *err)
{
    if (in->pending) {
        size_t k = in->pending < n ? in->pending : n;
        memcpy(buf, in->zin, k);
        memmove(in->zin, in->zin + k, in->pending - k);
        in->pending -= k;
        return (ssize_t)k;
    }
    if (in->raw_eof)
        return 0;
    ssize_t k = read_some(in->fd, buf, n);
    if (k < 0)
        return fail(in, err, TS_EIO, "read error: %s", strerror(errno));
    if (k == 0)
        in->raw_eof = 1;
    return k;
}

static ssize_t read_gzip(tsi_input *in, char *buf, size_t n, ts_error *err)
{
    z_stream *z = &in->z;
    if (n > (uInt)-1)
        n = (uInt)-1;
    for (;;) {
        if (z->avail_in == 0 && !in->raw_eof) {
            ssize_t k = read_some(in->fd, in->zin, ZIN_SIZE);
            if (k < 0)
                return fail(in, err, TS_EIO, "read error: %s", strerror(errno));
            if (k == 0)
                in->raw_eof = 1;
            z->next_in = in->zin;
            z->avail_in = (uInt)k;
            in->z_read += (uint64_t)k;
        }
        if (z->avail_in == 0 && in->raw_eof) {
            if (in->in_member)
                return fail(in, err, TS_EFORMAT, "%s", "truncated gzip input");
            return 0;
        }
        if (!in->in_member) {
            /* After a member: another one (as `cat a.gz b.gz` makes), or
             * trailing bytes, which gzip itself ignores too. */
            if (z->next_in[0] != 0x1f) {
                z->avail_in = 0;
                in->raw_eof = 1;
                continue;
            }
            inflateReset(z);
            in->in_member = 1;
        }
        z->next_out = (unsigned char *)buf;
        z->avail_out = (uInt)n;
        int ret = inflate(z, Z_NO_FLUSH);
        size_t produced = n - z->avail_out;
        if (ret == Z_STREAM_END)
            in->in_member = 0;
        else if (ret == Z_MEM_ERROR)
            return fail(in, err, TS_ENOMEM, "%s", "out of memory");
        else if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT || ret == Z_STREAM_ERROR)
            return fail(in, err, TS_EFORMAT, "corrupt gzip input: %s",
                        z->msg ? z->msg : "bad data");
        /* Z_OK or Z_BUF_ERROR: progress or a need for more input. */
        in->z_out += produced;
        if (in->max_bytes && in->z_out > in->max_bytes) {
            char what[120];
            snprintf(what, sizeof what, "gzip input inflates past %" PRIu64
                     " bytes (the cap; TS_GZIP_MAX_BYTES overrides it)", in->max_bytes);
            return fail(in, err, TS_EFORMAT, "%s", what);
        }
        if (in->max_ratio && in->z_out > RATIO_FROM && in->z_out / in->max_ratio > in->z_read) {
            char what[120];
            snprintf(what, sizeof what, "gzip input inflates more than %" PRIu64
                     " times its size (the cap; TS_GZIP_MAX_RATIO overrides it)", in->max_ratio);
            return fail(in, err, TS_EFORMAT, "%s", what);
        }
        if (produced)
            return (ssize_t)produced;
    }
}

ssize_t tsi_input_read(tsi_input *in, char *buf, size_t n, ts_error *err)
{
    if (in->failed) {
        ts_error_set(err, TS_EIO, "read after an error");
        ts_error_at(err, in->name, 0, 0);
        return -1;
    }
    if (n == 0)
        return 0;
    if (in->mode == MODE_UNKNOWN && sniff(in, err) < 0)
        return -1;
    return in->mode == MODE_GZIP ? read_gzip(in, buf, n, err) : read_plain(in, buf, n, err);
}

void tsi_input_close(tsi_input *in)
{
    if (!in)
        return;
    if (in->z_ready)
        inflateEnd(&in->z);
    close(in->fd);
    free(in->zin);
    free(in->name);
    free(in);
}
