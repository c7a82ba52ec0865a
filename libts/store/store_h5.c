/* HDF5 plumbing of the store: one call writes or reads a whole 1-D column
 * of numbers in one block (strings: store_text.c), so the reader and
 * writer never make per-row HDF5 calls; HDF5's error stack is turned into
 * one ts_error line. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <libdeflate.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <zlib.h>
#include "core/grow.h"
#include "store/store_h5.h"

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

/* Creates the dataset `name` of `total` elements of type t and writes
 * this process's n elements of data at element `at` through dxpl: all of
 * it (at 0, n = total), or a part of an MPI job's collective write, where
 * a rank with nothing to add takes part with empty selections.  A whole
 * dataset without data (NULL) is only created. */
static int write_dataset(hid_t f, const char *path, const char *name, hid_t t, const void *data,
                         uint64_t n, uint64_t at, uint64_t total, uint64_t chunk, hid_t dxpl,
                         ts_error *err)
{
    int rc = TS_EIO;
    hid_t space = -1, mem = -1, dcpl = -1, d = -1, lcpl = -1;
    hsize_t dims = total, maxdims = H5S_UNLIMITED, start = at, count = n, one = 1;
    int whole = at == 0 && n == total;
    if ((space = H5Screate_simple(1, &dims, &maxdims)) < 0) goto out;
    if ((dcpl = column_dcpl(chunk, total)) < 0) goto out;
    /* "obs/value" creates the group "obs" on the way. */
    if ((lcpl = H5Pcreate(H5P_LINK_CREATE)) < 0 || H5Pset_create_intermediate_group(lcpl, 1) < 0)
        goto out;
    if ((d = H5Dcreate2(f, name, t, space, lcpl, dcpl, H5P_DEFAULT)) < 0) goto out;
    if (total == 0 || (whole && !data)) {
        rc = TS_OK;
        goto out;
    }
    if (whole) {
        if (H5Dwrite(d, t, H5S_ALL, H5S_ALL, dxpl, data) < 0) goto out;
    } else {
        if ((mem = H5Screate_simple(1, n ? &count : &one, NULL)) < 0) goto out;
        if (n ? H5Sselect_hyperslab(space, H5S_SELECT_SET, &start, NULL, &count, NULL) < 0
              : H5Sselect_none(space) < 0 || H5Sselect_none(mem) < 0)
            goto out;
        if (H5Dwrite(d, t, mem, space, dxpl, data) < 0) goto out;
    }
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
    if (mem >= 0) H5Sclose(mem);
    if (space >= 0) H5Sclose(space);
    return rc;
}

int tsi_h5_write_column(hid_t f, const char *path, const char *name, hid_t t,
                        const void *data, uint64_t n, uint64_t chunk, ts_error *err)
{
    return write_dataset(f, path, name, t, data, n, 0, n, chunk, H5P_DEFAULT, err);
}

int tsi_h5_write_part(hid_t f, const char *path, const char *name, hid_t t, const void *data,
                      uint64_t n, uint64_t at, uint64_t total, uint64_t chunk, hid_t dxpl,
                      ts_error *err)
{
    return write_dataset(f, path, name, t, data, n, at, total, chunk, dxpl, err);
}

/* ---- compressing the /obs columns on every core ---- */

/* Every compressed chunk of the packed columns lives in one arena: a
 * mapping as large as the worst case (deflateBound of every chunk) of
 * which only the bytes used are ever touched, advised into 2 MB pages.
 * Fresh memory costs a page fault and a clearing per page, which on the
 * benchmark machine cost more than the copying into the arena. */
struct tsi_packed {
    int n_cols;
    uint64_t n, chunk;          /* rows, rows per chunk */
    size_t n_chunks;            /* per column */
    size_t *off, *len;          /* chunk k of column c: [c * n_chunks + k] */
    unsigned char *arena;
    size_t arena_cap, arena_used;
    uint64_t bytes;             /* compressed bytes of every chunk */
};

/* The work shared by the compressing threads. */
typedef struct {
    const tsi_pack_col *cols;
    const uint32_t *perm;
    tsi_packed *p;
    size_t next, total;         /* next task (column-major), under mu */
    int failed;
    pthread_mutex_t mu;
} pack_job;

/* Gathers the rows of chunk k of column c (row i of the chunk being row
 * perm[first + i] of the data) and shuffles them as HDF5's shuffle filter
 * does: byte b of element i goes to b * chunk + i.  The tail of a last,
 * partial chunk is zeros, HDF5's fill value. */
static void gather_shuffle(const pack_job *j, const tsi_pack_col *col, size_t k,
                           unsigned char *sh)
{
    uint64_t chunk = j->p->chunk, first = (uint64_t)k * chunk;
    uint64_t cnt = j->p->n - first < chunk ? j->p->n - first : chunk;
    const uint32_t *perm = j->perm ? j->perm + first : NULL;
    size_t size = col->size;
    if (cnt < chunk) memset(sh, 0, (size_t)(chunk * size));
    if (!col->data) { /* a constant column: byte b of every element */
        const uint8_t *k = col->constant;
        for (size_t b = 0; b < size; b++) memset(sh + b * chunk, k[b], (size_t)cnt);
        return;
    }
#define ROW(i) (perm ? (uint64_t)perm[i] : first + (i))
    if (size == 1) {
        const uint8_t *src = col->data;
        for (uint64_t i = 0; i < cnt; i++) sh[i] = src[ROW(i)];
    } else if (size == 4) {
        const uint8_t *src = col->data;
        for (uint64_t i = 0; i < cnt; i++) {
            const uint8_t *e = src + ROW(i) * 4;
            sh[i] = e[0];
            sh[chunk + i] = e[1];
            sh[2 * chunk + i] = e[2];
            sh[3 * chunk + i] = e[3];
        }
    } else {
        const uint8_t *src = col->data;
        for (uint64_t i = 0; i < cnt; i++) {
            const uint8_t *e = src + ROW(i) * size;
            for (size_t b = 0; b < size; b++) sh[b * chunk + i] = e[b];
        }
    }
#undef ROW
}

static void pack_fail(pack_job *j)
{
    pthread_mutex_lock(&j->mu);
    j->failed = 1;
    pthread_mutex_unlock(&j->mu);
}

/* Takes tasks (one chunk of one column) until none is left: shuffles,
 * deflates into a scratch buffer, then copies the stream into the arena. */
static void *pack_chunks(void *arg)
{
    pack_job *j = arg;
    tsi_packed *p = j->p;
    size_t bytes = (size_t)p->chunk * 8; /* the widest element */
    unsigned char *sh = malloc(bytes);
    /* One stream per thread, reset per chunk (compress2 would allocate
     * and clear its tables for every chunk): a zlib stream with window 15
     * and memory level 8, as HDF5's deflate filter writes. */
    z_stream z;
    memset(&z, 0, sizeof z);
    int z_ok = deflateInit(&z, TSI_DEFLATE_LEVEL) == Z_OK;
    uLong cap = z_ok ? deflateBound(&z, (uLong)bytes) : 0;
    unsigned char *out = z_ok ? malloc(cap) : NULL;
    if (!sh || !out) pack_fail(j);
    for (;;) {
        pthread_mutex_lock(&j->mu);
        size_t task = j->failed ? j->total : j->next++;
        pthread_mutex_unlock(&j->mu);
        if (task >= j->total) break;
        int c = (int)(task / p->n_chunks);
        size_t k = task % p->n_chunks;
        const tsi_pack_col *col = &j->cols[c];
        size_t in = (size_t)p->chunk * col->size;
        gather_shuffle(j, col, k, sh);
        z.next_in = sh;
        z.avail_in = (uInt)in;
        z.next_out = out;
        z.avail_out = (uInt)cap;
        /* deflateParams right after a reset only sets the parameters, so
         * the stream is what deflateInit2 with them would make. */
        if (deflateReset(&z) != Z_OK || deflateParams(&z, col->level, col->strategy) != Z_OK
            || deflate(&z, Z_FINISH) != Z_STREAM_END) {
            pack_fail(j);
            break;
        }
        size_t len = z.total_out;
        pthread_mutex_lock(&j->mu);
        size_t at = p->arena_used;
        p->arena_used += len;
        pthread_mutex_unlock(&j->mu);
        memcpy(p->arena + at, out, len); /* the arena never moves */
        p->off[task] = at;
        p->len[task] = len;
    }
    if (z_ok) deflateEnd(&z);
    free(out);
    free(sh);
    return NULL;
}

void tsi_packed_free(tsi_packed *p)
{
    if (!p) return;
    if (p->arena) munmap(p->arena, p->arena_cap);
    free(p->off);
    free(p->len);
    free(p);
}

int tsi_pack_columns(const tsi_pack_col *cols, int n_cols, uint64_t n, const uint32_t *perm,
                     uint64_t chunk, tsi_packed **out)
{
    tsi_packed *p = calloc(1, sizeof *p);
    if (!p) return -1;
    p->n_cols = n_cols;
    p->n = n;
    /* as column_dcpl: a column shorter than a chunk is one chunk */
    p->chunk = n < chunk ? (n ? n : 1) : chunk;
    p->n_chunks = (size_t)((n + p->chunk - 1) / p->chunk);
    size_t total = p->n_chunks * (size_t)n_cols;
    p->off = calloc(total ? total : 1, sizeof *p->off);
    p->len = calloc(total ? total : 1, sizeof *p->len);
    /* compressBound is deflateBound's bound for window 15, level 8 */
    size_t worst = 0;
    for (int c = 0; c < n_cols; c++)
        worst += p->n_chunks * (size_t)compressBound((uLong)(p->chunk * cols[c].size));
    p->arena_cap = worst ? worst : 1;
    p->arena = mmap(NULL, p->arena_cap, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p->arena == MAP_FAILED) p->arena = NULL;
    if (!p->off || !p->len || !p->arena) {
        tsi_packed_free(p);
        return -1;
    }
    if (p->arena_cap >= ((size_t)2 << 20)) madvise(p->arena, p->arena_cap, MADV_HUGEPAGE);
    pack_job j = {cols, perm, p, 0, total, 0, PTHREAD_MUTEX_INITIALIZER};
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    int n_threads = cores < 1 ? 1 : cores > 4 ? 4 : (int)cores;
    if ((size_t)n_threads > total) n_threads = total ? (int)total : 1;
    pthread_t th[4];
    int started = 0;
    for (; started < n_threads - 1; started++)
        if (pthread_create(&th[started], NULL, pack_chunks, &j) != 0) break;
    pack_chunks(&j); /* this thread works too */
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    pthread_mutex_destroy(&j.mu);
    if (j.failed) {
        tsi_packed_free(p);
        return -1;
    }
    p->bytes = p->arena_used;
    *out = p;
    return 0;
}

uint64_t tsi_packed_bytes(const tsi_packed *p)
{
    return p->bytes;
}

int tsi_h5_write_packed(hid_t f, const char *path, const char *name, hid_t t,
                        const tsi_packed *p, int col, ts_error *err)
{
    int rc = write_dataset(f, path, name, t, NULL, p->n, 0, p->n, p->chunk, H5P_DEFAULT,
                           err); /* no data yet */
    if (rc != TS_OK) return rc;
    hid_t d = H5Dopen2(f, name, H5P_DEFAULT);
    rc = d < 0 ? TS_EIO : TS_OK;
    for (size_t k = 0; rc == TS_OK && k < p->n_chunks; k++) {
        size_t task = (size_t)col * p->n_chunks + k;
        hsize_t off = (hsize_t)k * p->chunk;
        if (H5Dwrite_chunk(d, H5P_DEFAULT, 0, &off, p->len[task], p->arena + p->off[task]) < 0)
            rc = TS_EIO;
    }
    if (d >= 0) H5Dclose(d);
    if (rc != TS_OK) {
        char what[160];
        snprintf(what, sizeof what, "cannot write %s", name);
        tsi_h5_error(err, TS_EIO, path, what);
    }
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

/* ---- reading tskit's own columns without HDF5's filter pipeline ---- */

/* HDF5 1.10 inflates a chunk into a buffer that starts at the compressed
 * size and doubles, each step fresh memory, then shuffles into another:
 * reading one series of a large store spent most of its time there.  A
 * column in the layout tskit writes (1-D, chunked, shuffle then deflate,
 * the file type equal to the memory type) is read here instead: raw
 * chunks (H5Dread_chunk) inflated into one reused buffer, and only the
 * rows asked for unshuffled.  Any other layout goes through H5Dread. */

/* Opens the direct path for dataset d read as memory type mt: 1 when the
 * column has tskit's layout (c filled), 0 when not. */
int tsi_direct_open(hid_t d, hid_t mt, tsi_direct *c)
{
    memset(c, 0, sizeof *c);
    c->d = d;
    c->have = (hsize_t)-1;
    hid_t dcpl = H5Dget_create_plist(d), ft = H5Dget_type(d), space = H5Dget_space(d);
    int ok = dcpl >= 0 && ft >= 0 && space >= 0 && H5Tequal(ft, mt) > 0
          && H5Sget_simple_extent_ndims(space) == 1 && H5Pget_layout(dcpl) == H5D_CHUNKED
          && H5Pget_chunk(dcpl, 1, &c->chunk) == 1 && c->chunk > 0
          && H5Sget_simple_extent_dims(space, &c->n, NULL) == 1;
    int nf = ok ? H5Pget_nfilters(dcpl) : -1;
    unsigned flags, cd[8];
    size_t ncd;
    ok = ok && nf >= 1 && nf <= 2;
    for (int i = 0; ok && i < nf; i++) {
        ncd = 8;
        H5Z_filter_t id = H5Pget_filter2(dcpl, (unsigned)i, &flags, &ncd, cd, 0, NULL, NULL);
        if (id == H5Z_FILTER_SHUFFLE && i == 0 && nf == 2) c->shuffle = 1;
        else if (id != H5Z_FILTER_DEFLATE || i != nf - 1) ok = 0;
    }
    if (ok) c->size = H5Tget_size(mt);
    if (dcpl >= 0) H5Pclose(dcpl);
    if (ft >= 0) H5Tclose(ft);
    if (space >= 0) H5Sclose(space);
    H5Eclear2(H5E_DEFAULT);
    return ok && c->size > 0;
}

void tsi_direct_close(tsi_direct *c)
{
    free(c->z);
    free(c->u);
    c->z = c->u = NULL;
    libdeflate_free_decompressor(c->inflater);
    c->inflater = NULL;
}

/* Makes chunk k the inflated one: 0, -1 for an HDF5 failure or a damaged
 * chunk (*bad set), 1 when the chunk is not stored plainly (unallocated or
 * a filter skipped): the caller reads through HDF5. */
static int direct_chunk(tsi_direct *c, hsize_t k, int *bad)
{
    if (c->have == k) return 0;
    hsize_t off = k * c->chunk, nbytes = 0;
    if (H5Dget_chunk_storage_size(c->d, &off, &nbytes) < 0 || nbytes == 0) {
        H5Eclear2(H5E_DEFAULT);
        return 1;
    }
    size_t ubytes = (size_t)c->chunk * c->size;
    if (tsi_grow(&c->z, &c->z_cap, (size_t)nbytes, 1, 4096) != 0
        || (!c->u && !(c->u = malloc(ubytes)))) {
        *bad = TSI_BAD_MEMORY;
        return -1;
    }
    uint32_t mask = 0;
    if (H5Dread_chunk(c->d, H5P_DEFAULT, &off, &mask, c->z) < 0) return -1;
    if (mask != 0) return 1;
    /* libdeflate inflates a whole chunk about twice as fast as zlib's
     * streaming inflate, and checks the same zlib header and Adler-32. */
    if (!c->inflater && !(c->inflater = libdeflate_alloc_decompressor())) {
        *bad = TSI_BAD_MEMORY;
        return -1;
    }
    size_t got = 0;
    c->have = (hsize_t)-1;
    if (libdeflate_zlib_decompress(c->inflater, c->z, (size_t)nbytes, c->u, ubytes, &got) !=
            LIBDEFLATE_SUCCESS || got != ubytes) {
        *bad = 1;
        return -1;
    }
    c->have = k;
    return 0;
}

#ifdef __SSE2__
/* The common widths (4 and 8 bytes) a block of rows at a time: byte b of
 * a row sits in plane b, so 16 (8) rows are a 4 x 16 (8 x 8) byte matrix
 * that a few unpack instructions transpose, instead of one byte store per
 * plane and row.  Returns the rows done; the caller does the rest. */
static hsize_t unshuffle_sse2(const unsigned char *u, size_t chunk, size_t size, hsize_t cnt,
                              unsigned char *dst)
{
    hsize_t i = 0;
    if (size == 8) {
        for (; i + 8 <= cnt; i += 8, dst += 64) {
            __m128i a[8];
            for (int b = 0; b < 8; b++) a[b] = _mm_loadl_epi64((const __m128i *)(u + b * chunk + i));
            __m128i t0 = _mm_unpacklo_epi8(a[0], a[1]), t1 = _mm_unpacklo_epi8(a[2], a[3]);
            __m128i t2 = _mm_unpacklo_epi8(a[4], a[5]), t3 = _mm_unpacklo_epi8(a[6], a[7]);
            __m128i u0 = _mm_unpacklo_epi16(t0, t1), u1 = _mm_unpackhi_epi16(t0, t1);
            __m128i u2 = _mm_unpacklo_epi16(t2, t3), u3 = _mm_unpackhi_epi16(t2, t3);
            _mm_storeu_si128((__m128i *)dst, _mm_unpacklo_epi32(u0, u2));
            _mm_storeu_si128((__m128i *)(dst + 16), _mm_unpackhi_epi32(u0, u2));
            _mm_storeu_si128((__m128i *)(dst + 32), _mm_unpacklo_epi32(u1, u3));
            _mm_storeu_si128((__m128i *)(dst + 48), _mm_unpackhi_epi32(u1, u3));
        }
    } else {
        for (; i + 16 <= cnt; i += 16, dst += 64) {
            __m128i a0 = _mm_loadu_si128((const __m128i *)(u + i));
            __m128i a1 = _mm_loadu_si128((const __m128i *)(u + chunk + i));
            __m128i a2 = _mm_loadu_si128((const __m128i *)(u + 2 * chunk + i));
            __m128i a3 = _mm_loadu_si128((const __m128i *)(u + 3 * chunk + i));
            __m128i t0 = _mm_unpacklo_epi8(a0, a1), t1 = _mm_unpackhi_epi8(a0, a1);
            __m128i t2 = _mm_unpacklo_epi8(a2, a3), t3 = _mm_unpackhi_epi8(a2, a3);
            _mm_storeu_si128((__m128i *)dst, _mm_unpacklo_epi16(t0, t2));
            _mm_storeu_si128((__m128i *)(dst + 16), _mm_unpackhi_epi16(t0, t2));
            _mm_storeu_si128((__m128i *)(dst + 32), _mm_unpacklo_epi16(t1, t3));
            _mm_storeu_si128((__m128i *)(dst + 48), _mm_unpackhi_epi16(t1, t3));
        }
    }
    return i;
}
#endif

/* Copies rows [from, from + cnt) of the inflated chunk to dst. */
static void direct_copy(const tsi_direct *c, hsize_t from, hsize_t cnt, unsigned char *dst)
{
    size_t size = c->size;
    if (!c->shuffle || size == 1) {
        memcpy(dst, c->u + from * size, (size_t)(cnt * size));
        return;
    }
    hsize_t done = 0;
#ifdef __SSE2__
    if (size == 8 || size == 4) done = unshuffle_sse2(c->u + from, (size_t)c->chunk, size, cnt, dst);
#endif
    for (size_t b = 0; b < size; b++) {
        const unsigned char *plane = c->u + b * c->chunk + from;
        for (hsize_t i = done; i < cnt; i++) dst[i * size + b] = plane[i];
    }
}

int tsi_direct_read(tsi_direct *c, uint64_t start, uint64_t count, void *buf, int *bad)
{
    *bad = 0;
    unsigned char *dst = buf;
    uint64_t end = start + count;
    if (end > c->n || end < start) {
        *bad = 1;
        return -1;
    }
    while (start < end) {
        hsize_t k = start / c->chunk, from = start % c->chunk;
        hsize_t cnt = c->chunk - from < end - start ? c->chunk - from : end - start;
        int rc = direct_chunk(c, k, bad);
        if (rc != 0) return rc;
        direct_copy(c, from, cnt, dst);
        dst += cnt * c->size;
        start += cnt;
    }
    return 0;
}

/* Whether dataset d cannot be read as memory type t without trusting
 * what a damaged header says: its file type must be of t's class and
 * size (tskit writes the memory type; h5repack keeps it), and a compact
 * dataset (data inside the object header) must hold all its elements.
 * HDF5 1.10 copies past its own buffers otherwise (found by fuzz_store:
 * an integer type of 655364 bytes). */
static int column_damaged(hid_t d, hid_t t)
{
    hid_t dcpl = H5Dget_create_plist(d), space = H5Dget_space(d), ft = H5Dget_type(d);
    hssize_t n = space >= 0 ? H5Sget_simple_extent_npoints(space) : -1;
    size_t size = H5Tget_size(t);
    int bad = dcpl < 0 || ft < 0 || n < 0 || size == 0 || H5Tget_class(ft) != H5Tget_class(t)
           || H5Tget_size(ft) != size;
    if (!bad && H5Pget_layout(dcpl) == H5D_COMPACT)
        bad = H5Dget_storage_size(d) < (hsize_t)n * size;
    if (dcpl >= 0) H5Pclose(dcpl);
    if (space >= 0) H5Sclose(space);
    if (ft >= 0) H5Tclose(ft);
    H5Eclear2(H5E_DEFAULT);
    return bad;
}

int tsi_h5_read_range(hid_t f, const char *path, const char *name, hid_t t,
                      uint64_t start, uint64_t count, void *buf, ts_error *err)
{
    if (count == 0) return TS_OK;
    hid_t d = open_dataset(f, path, name, err);
    if (d < 0) return TS_EFORMAT;
    int rc = TS_EIO, bad = 0;
    hid_t fspace = -1, mspace = -1;
    tsi_direct c;
    if (tsi_direct_open(d, t, &c)) {
        int r = tsi_direct_read(&c, start, count, buf, &bad);
        tsi_direct_close(&c);
        if (r == 0) {
            rc = TS_OK;
            goto out;
        }
        if (r < 0) goto out;
        /* else a chunk HDF5 must read: the whole range through it */
    }
    hsize_t s = start, n = count;
    if (column_damaged(d, t)) {
        bad = 1; /* HDF5 would read past its own buffer */
        goto out;
    }
    if ((fspace = H5Dget_space(d)) < 0) goto out;
    if (H5Sselect_hyperslab(fspace, H5S_SELECT_SET, &s, NULL, &n, NULL) < 0) goto out;
    if ((mspace = H5Screate_simple(1, &n, NULL)) < 0) goto out;
    if (H5Dread(d, t, mspace, fspace, H5P_DEFAULT, buf) < 0) goto out;
    rc = TS_OK;
out:
    if (rc != TS_OK && bad == TSI_BAD_MEMORY) {
        H5Eclear2(H5E_DEFAULT);
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", path, name);
    } else if (rc != TS_OK) {
        char what[160];
        snprintf(what, sizeof what, bad ? "damaged store: cannot read %s" : "cannot read %s", name);
        rc = bad ? TS_EFORMAT : TS_EIO;
        tsi_h5_error(err, rc, path, what);
    }
    if (mspace >= 0) H5Sclose(mspace);
    if (fspace >= 0) H5Sclose(fspace);
    H5Dclose(d);
    return rc;
}
