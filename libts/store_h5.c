/* HDF5 plumbing of the store: one call writes or reads a whole 1-D column
 * (numbers or fixed-length UTF-8 strings) in one block, so the reader and
 * writer never make per-row HDF5 calls; HDF5's error stack is turned into
 * one ts_error line. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include "store_h5.h"

/* Keeps the innermost (most specific) description of the error stack. */
static herr_t first_desc(unsigned n, const H5E_error2_t *e, void *data)
{
    if (n == 0 && e->desc) snprintf(data, 200, "%s", e->desc);
    return 0;
}

int tsi_h5_error(ts_error *err, int code, const char *path, const char *what)
{
    char detail[200] = "";
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, first_desc, detail);
    H5Eclear2(H5E_DEFAULT);
    if (detail[0])
        return ts_error_set(err, code, "%s: %s (%s)", path, what, detail);
    return ts_error_set(err, code, "%s: %s", path, what);
}

/* Creation properties of a chunked, shuffled, deflated column. */
static hid_t column_dcpl(uint64_t chunk, uint64_t n)
{
    hid_t dcpl = H5Pcreate(H5P_DATASET_CREATE);
    if (dcpl < 0) return -1;
    /* A column shorter than a chunk gets a chunk of its own length, so a
     * small store does not carry (or decompress) mostly empty chunks. */
    hsize_t c = n < chunk ? (n ? n : 1) : chunk;
    if (H5Pset_chunk(dcpl, 1, &c) < 0 || H5Pset_shuffle(dcpl) < 0
        || H5Pset_deflate(dcpl, TSI_DEFLATE_LEVEL) < 0) {
        H5Pclose(dcpl);
        return -1;
    }
    return dcpl;
}

/* Creates a dataset of file type ft and n elements and, unless data is
 * NULL, writes data from memory type mt. */
static int write_dataset(hid_t f, const char *path, const char *name, hid_t ft,
                         hid_t mt, const void *data, uint64_t n, uint64_t chunk,
                         ts_error *err)
{
    int rc = TS_EIO;
    hid_t space = -1, dcpl = -1, d = -1, lcpl = -1;
    hsize_t dims = n, maxdims = H5S_UNLIMITED;
    if ((space = H5Screate_simple(1, &dims, &maxdims)) < 0) goto out;
    if ((dcpl = column_dcpl(chunk, n)) < 0) goto out;
    /* "obs/value" creates the group "obs" on the way. */
    if ((lcpl = H5Pcreate(H5P_LINK_CREATE)) < 0 || H5Pset_create_intermediate_group(lcpl, 1) < 0)
        goto out;
    if ((d = H5Dcreate2(f, name, ft, space, lcpl, dcpl, H5P_DEFAULT)) < 0) goto out;
    if (n && data && H5Dwrite(d, mt, H5S_ALL, H5S_ALL, H5P_DEFAULT, data) < 0) goto out;
    rc = TS_OK;
out:
    if (rc != TS_OK) {
        char what[160];
        snprintf(what, sizeof what, "cannot write %s", name);
        tsi_h5_error(err, rc, path, what);
    }
    if (d >= 0) H5Dclose(d);
    if (lcpl >= 0) H5Pclose(lcpl);
    if (dcpl >= 0) H5Pclose(dcpl);
    if (space >= 0) H5Sclose(space);
    return rc;
}

int tsi_h5_write_column(hid_t f, const char *path, const char *name, hid_t t,
                        const void *data, uint64_t n, uint64_t chunk, ts_error *err)
{
    return write_dataset(f, path, name, t, t, data, n, chunk, err);
}

/* ---- compressing a column's chunks on every core ---- */

/* The chunks of one column, shared by the compressing threads. */
typedef struct {
    const unsigned char *data; /* n elements of `size` bytes */
    size_t size;
    uint64_t n, chunk;         /* elements, elements per chunk */
    size_t n_chunks;
    unsigned char **out;       /* compressed chunk k, and its length */
    size_t *out_len;
    size_t next;               /* next chunk to take, under mu */
    int failed;
    pthread_mutex_t mu;
} chunk_job;

/* Shuffles (byte b of element i to b * chunk + i, as HDF5's shuffle
 * filter does; the tail of the last chunk is zeros, HDF5's fill value) and
 * deflates chunks until none is left. */
static void *compress_chunks(void *arg)
{
    chunk_job *j = arg;
    size_t bytes = (size_t)j->chunk * j->size;
    unsigned char *sh = malloc(bytes);
    /* One stream per thread, reset per chunk: compress2 would allocate
     * and clear its tables for every chunk.  Same parameters as compress2
     * (window 15, memory level 8), so the same bytes. */
    z_stream z;
    memset(&z, 0, sizeof z);
    int z_ok = deflateInit(&z, TSI_DEFLATE_LEVEL) == Z_OK;
    if (!z_ok) {
        free(sh);
        sh = NULL;
    }
    for (;;) {
        pthread_mutex_lock(&j->mu);
        size_t k = j->failed || !sh ? j->n_chunks : j->next++;
        if (!sh) j->failed = 1;
        pthread_mutex_unlock(&j->mu);
        if (k >= j->n_chunks) break;
        uint64_t first = (uint64_t)k * j->chunk;
        uint64_t cnt = j->n - first < j->chunk ? j->n - first : j->chunk;
        const unsigned char *src = j->data + first * j->size;
        if (cnt < j->chunk) memset(sh, 0, bytes);
        switch (j->size) {
        case 1: memcpy(sh, src, cnt); break;
        case 4:
            for (uint64_t i = 0; i < cnt; i++, src += 4) {
                sh[i] = src[0];
                sh[j->chunk + i] = src[1];
                sh[2 * j->chunk + i] = src[2];
                sh[3 * j->chunk + i] = src[3];
            }
            break;
        default:
            for (uint64_t i = 0; i < cnt; i++)
                for (size_t b = 0; b < j->size; b++) sh[b * j->chunk + i] = src[i * j->size + b];
        }
        uLong cap = deflateBound(&z, (uLong)bytes);
        unsigned char *out = malloc(cap);
        /* a zlib stream, as HDF5's deflate filter (compress2) writes */
        z.next_in = sh;
        z.avail_in = (uInt)bytes;
        z.next_out = out;
        z.avail_out = (uInt)cap;
        if (!out || deflateReset(&z) != Z_OK || deflate(&z, Z_FINISH) != Z_STREAM_END) {
            free(out);
            pthread_mutex_lock(&j->mu);
            j->failed = 1;
            pthread_mutex_unlock(&j->mu);
            break;
        }
        j->out[k] = out;
        j->out_len[k] = z.total_out;
    }
    if (z_ok) deflateEnd(&z);
    free(sh);
    return NULL;
}

/* Compresses all chunks of a column with up to 4 threads; 0 or -1. */
static int compress_column(chunk_job *j)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int n_threads = cores < 1 ? 1 : cores > 4 ? 4 : (int)cores;
    if ((size_t)n_threads > j->n_chunks) n_threads = (int)j->n_chunks;
    pthread_t th[4];
    int started = 0;
    for (; started < n_threads - 1; started++)
        if (pthread_create(&th[started], NULL, compress_chunks, j) != 0) break;
    compress_chunks(j); /* this thread works too */
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    for (size_t k = 0; k < j->n_chunks && !j->failed; k++)
        if (!j->out[k]) j->failed = 1;
    return j->failed ? -1 : 0;
}

int tsi_h5_write_column_mt(hid_t f, const char *path, const char *name, hid_t t,
                           const void *data, uint64_t n, uint64_t chunk, ts_error *err)
{
    if (n < 2 * chunk) /* one or two chunks: HDF5's own path is as good */
        return tsi_h5_write_column(f, path, name, t, data, n, chunk, err);
    int rc = write_dataset(f, path, name, t, t, NULL, n, chunk, err); /* no data yet */
    if (rc != TS_OK) return rc;
    chunk_job j = {0};
    j.data = data;
    j.size = H5Tget_size(t);
    j.n = n;
    j.chunk = chunk;
    j.n_chunks = (size_t)((n + chunk - 1) / chunk);
    j.out = calloc(j.n_chunks, sizeof *j.out);
    j.out_len = calloc(j.n_chunks, sizeof *j.out_len);
    pthread_mutex_init(&j.mu, NULL);
    hid_t d = -1;
    rc = TS_EIO;
    if (!j.out || !j.out_len || compress_column(&j) != 0) {
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory compressing %s", path, name);
        goto out;
    }
    if ((d = H5Dopen2(f, name, H5P_DEFAULT)) < 0) goto fail;
    for (size_t k = 0; k < j.n_chunks; k++) {
        hsize_t off = (hsize_t)k * chunk;
        if (H5Dwrite_chunk(d, H5P_DEFAULT, 0, &off, j.out_len[k], j.out[k]) < 0) goto fail;
    }
    rc = TS_OK;
    goto out;
fail: {
        char what[160];
        snprintf(what, sizeof what, "cannot write %s", name);
        tsi_h5_error(err, TS_EIO, path, what);
    }
out:
    if (d >= 0) H5Dclose(d);
    for (size_t k = 0; j.out && k < j.n_chunks; k++) free(j.out[k]);
    free(j.out);
    free(j.out_len);
    pthread_mutex_destroy(&j.mu);
    return rc;
}

/* A fixed-length UTF-8 string type of width bytes with the given padding. */
static hid_t string_type(size_t width, H5T_str_t pad)
{
    hid_t t = H5Tcopy(H5T_C_S1);
    if (t < 0) return -1;
    if (H5Tset_size(t, width) < 0 || H5Tset_strpad(t, pad) < 0
        || H5Tset_cset(t, H5T_CSET_UTF8) < 0) {
        H5Tclose(t);
        return -1;
    }
    return t;
}

int tsi_h5_write_strings(hid_t f, const char *path, const char *name,
                         const char *const *strs, uint64_t n, uint64_t chunk,
                         ts_error *err)
{
    size_t width = 1;
    for (uint64_t i = 0; i < n; i++) {
        size_t l = strlen(strs[i]);
        if (l > width) width = l;
    }
    /* Packed rows of exactly `width` bytes, NUL-padded, as the file holds. */
    char *buf = calloc(n ? n : 1, width);
    if (!buf) return ts_error_set(err, TS_ENOMEM, "%s: out of memory writing %s", path, name);
    for (uint64_t i = 0; i < n; i++) memcpy(buf + i * width, strs[i], strlen(strs[i]));
    hid_t t = string_type(width, H5T_STR_NULLPAD);
    int rc = t < 0 ? tsi_h5_error(err, TS_EIO, path, "cannot make a string type")
                   : write_dataset(f, path, name, t, t, buf, n, chunk, err);
    if (t >= 0) H5Tclose(t);
    free(buf);
    return rc;
}

/* Writes a scalar attribute of type ft from memory type mt on the root. */
static int write_attr(hid_t f, const char *path, const char *name, hid_t ft, hid_t mt,
                      const void *value, ts_error *err)
{
    int rc = TS_EIO;
    hid_t space = H5Screate(H5S_SCALAR), a = -1;
    if (space < 0) goto out;
    if ((a = H5Acreate2(f, name, ft, space, H5P_DEFAULT, H5P_DEFAULT)) < 0) goto out;
    if (H5Awrite(a, mt, value) < 0) goto out;
    rc = TS_OK;
out:
    if (rc != TS_OK) tsi_h5_error(err, rc, path, "cannot write an attribute");
    if (a >= 0) H5Aclose(a);
    if (space >= 0) H5Sclose(space);
    return rc;
}

int tsi_h5_attr_string(hid_t f, const char *path, const char *name, const char *value,
                       ts_error *err)
{
    hid_t t = string_type(strlen(value), H5T_STR_NULLPAD);
    if (t < 0) return tsi_h5_error(err, TS_EIO, path, "cannot make a string type");
    int rc = write_attr(f, path, name, t, t, value, err);
    H5Tclose(t);
    return rc;
}

int tsi_h5_attr_int(hid_t f, const char *path, const char *name, int value, ts_error *err)
{
    return write_attr(f, path, name, H5T_STD_I32LE, H5T_NATIVE_INT, &value, err);
}

/* Opens dataset `name`; fills err with "damaged store" when missing. */
static hid_t open_dataset(hid_t f, const char *path, const char *name, ts_error *err)
{
    hid_t d = H5Dopen2(f, name, H5P_DEFAULT);
    if (d < 0) {
        char what[160];
        snprintf(what, sizeof what, "damaged store: cannot open %s", name);
        tsi_h5_error(err, TS_EFORMAT, path, what);
    }
    return d;
}

int tsi_h5_length(hid_t f, const char *path, const char *name, uint64_t *n, ts_error *err)
{
    hid_t d = open_dataset(f, path, name, err);
    if (d < 0) return TS_EFORMAT;
    hid_t space = H5Dget_space(d);
    hsize_t dims = 0;
    int rc = TS_OK;
    if (space < 0 || H5Sget_simple_extent_ndims(space) != 1
        || H5Sget_simple_extent_dims(space, &dims, NULL) < 0) {
        char what[160];
        snprintf(what, sizeof what, "damaged store: %s is not a column", name);
        rc = tsi_h5_error(err, TS_EFORMAT, path, what);
    }
    if (space >= 0) H5Sclose(space);
    H5Dclose(d);
    if (rc == TS_OK) *n = dims;
    return rc;
}

int tsi_h5_read_range(hid_t f, const char *path, const char *name, hid_t t,
                      uint64_t start, uint64_t count, void *buf, ts_error *err)
{
    if (count == 0) return TS_OK;
    hid_t d = open_dataset(f, path, name, err);
    if (d < 0) return TS_EFORMAT;
    int rc = TS_EIO;
    hid_t fspace = -1, mspace = -1;
    hsize_t s = start, c = count;
    if ((fspace = H5Dget_space(d)) < 0) goto out;
    if (H5Sselect_hyperslab(fspace, H5S_SELECT_SET, &s, NULL, &c, NULL) < 0) goto out;
    if ((mspace = H5Screate_simple(1, &c, NULL)) < 0) goto out;
    if (H5Dread(d, t, mspace, fspace, H5P_DEFAULT, buf) < 0) goto out;
    rc = TS_OK;
out:
    if (rc != TS_OK) {
        char what[160];
        snprintf(what, sizeof what, "cannot read %s", name);
        tsi_h5_error(err, TS_EIO, path, what);
    }
    if (mspace >= 0) H5Sclose(mspace);
    if (fspace >= 0) H5Sclose(fspace);
    H5Dclose(d);
    return rc;
}

int tsi_h5_read_strings(hid_t f, const char *path, const char *name, uint64_t start,
                        uint64_t n, char **block, size_t *width, ts_error *err)
{
    hid_t d = open_dataset(f, path, name, err);
    if (d < 0) return TS_EFORMAT;
    hid_t ft = H5Dget_type(d);
    int rc = TS_OK;
    size_t w = 0;
    if (ft < 0 || H5Tget_class(ft) != H5T_STRING || H5Tis_variable_str(ft) > 0
        || (w = H5Tget_size(ft)) == 0) {
        char what[160];
        snprintf(what, sizeof what, "damaged store: %s is not a fixed-length string column", name);
        rc = tsi_h5_error(err, TS_EFORMAT, path, what);
    }
    if (ft >= 0) H5Tclose(ft);
    H5Dclose(d);
    if (rc != TS_OK) return rc;
    /* Read as stored (a plain copy, no per-element conversion), then
     * spread out with one more byte per row for the NUL. */
    char *buf = malloc((n ? n : 1) * (w + 1));
    if (!buf) return ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", path, name);
    hid_t mt = string_type(w, H5T_STR_NULLPAD);
    if (mt < 0) rc = tsi_h5_error(err, TS_EIO, path, "cannot make a string type");
    else rc = tsi_h5_read_range(f, path, name, mt, start, n, buf, err);
    if (mt >= 0) H5Tclose(mt);
    if (rc != TS_OK) {
        free(buf);
        return rc;
    }
    for (uint64_t i = n; i-- > 0;) { /* back to front: rows only move up */
        memmove(buf + i * (w + 1), buf + i * w, w);
        buf[i * (w + 1) + w] = '\0';
    }
    *block = buf;
    *width = w + 1;
    return TS_OK;
}
