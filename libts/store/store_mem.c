/* Where the writer's big buffers come from, and why.  An import of
 * millions of rows touches hundreds of MB, and with 4 KB pages the page
 * faults and TLB misses of first touch cost more than the parsing, so:
 * the /obs columns are anonymous mappings with transparent huge pages
 * advised, grown with mremap (which moves no bytes); HDF5 builds the new
 * file in memory (the core driver, no backing store: HDF5 never meets an
 * I/O error, which it handles badly, and the write is ours, in one place)
 * and that image is built inside a column that packing left dead, whose
 * pages are touched already, moving to a mapping of its own only when it
 * outgrows it; the finished image is copied into another dead column when
 * it fits.  Nothing here changes what is written, only what it costs. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "store/store_write.h"

#define HUGE_MIN ((size_t)8 << 20) /* smaller columns gain nothing from 2 MB pages */

void *tsi_col_alloc(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (bytes >= HUGE_MIN) madvise(p, bytes, MADV_HUGEPAGE);
    return p;
}

void *tsi_col_grow(void *p, size_t old, size_t bytes)
{
    if (!p) return tsi_col_alloc(bytes);
    void *q = mremap(p, old, bytes, MREMAP_MAYMOVE);
    if (q == MAP_FAILED) return NULL;
    if (bytes >= HUGE_MIN) madvise(q, bytes, MADV_HUGEPAGE);
    return q;
}

void tsi_col_free(void *p, size_t bytes)
{
    if (p) munmap(p, bytes);
}

/* The core driver's memory: a dead column (spare), or a mapping. */
typedef struct {
    char *spare;
    size_t spare_cap;
    char *mapped;
    size_t mapped_len;
    int out_of_memory;  /* a callback could not allocate: HDF5's failure is that */
} image_mem;

struct tsi_image {
    image_mem mem;     /* must outlive the HDF5 file */
    char *bytes;       /* the finished image */
    size_t n;
    int own;           /* bytes is a mapping of its own (else a dead column) */
};

static void *image_realloc(void *ptr, size_t size, H5FD_file_image_op_t op, void *udata)
{
    (void)op;
    image_mem *m = udata;
    if (!ptr || ptr == m->spare) {
        if (m->spare && size <= m->spare_cap) return m->spare;
        char *p = tsi_col_alloc(size);
        if (!p) {
            m->out_of_memory = 1;
            return NULL;
        }
        if (ptr) memcpy(p, ptr, m->spare_cap);
        m->mapped = p;
        m->mapped_len = size;
        return p;
    }
    char *p = tsi_col_grow(m->mapped, m->mapped_len, size);
    if (!p) {
        m->out_of_memory = 1;
        return NULL;
    }
    m->mapped = p;
    m->mapped_len = size;
    return p;
}

static void *image_malloc(size_t size, H5FD_file_image_op_t op, void *udata)
{
    return image_realloc(NULL, size, op, udata);
}

static herr_t image_free(void *ptr, H5FD_file_image_op_t op, void *udata)
{
    (void)op;
    image_mem *m = udata;
    if (ptr && ptr == m->mapped) {
        tsi_col_free(m->mapped, m->mapped_len);
        m->mapped = NULL;
    }
    return 0; /* the spare column is freed with the transaction */
}

static void *image_memcpy(void *dest, const void *src, size_t size, H5FD_file_image_op_t op,
                          void *udata)
{
    (void)op;
    (void)udata;
    return memcpy(dest, src, size);
}

static void *udata_copy(void *udata)
{
    return udata; /* one image_mem serves every copy of the property list */
}

static herr_t udata_free(void *udata)
{
    (void)udata;
    return 0;
}

/* Copies the image of f out: into the dead offset column when it fits. */
static int take_image(ts_txn *t, hid_t f, tsi_image *im, ts_error *err)
{
    ssize_t len;
    if (H5Fflush(f, H5F_SCOPE_GLOBAL) < 0 || (len = H5Fget_file_image(f, NULL, 0)) <= 0)
        return tsi_h5_error(err, TS_EIO, t->path, "cannot finish the store image");
    im->n = (size_t)len;
    if (t->n && !t->lazy[TSI_C_OFFSET] && im->n <= (size_t)t->cap * 8) {
        im->bytes = t->col[TSI_C_OFFSET];
    } else {
        if (!(im->bytes = tsi_col_alloc(im->n))) return tsi_txn_oom(err, t);
        im->own = 1;
    }
    if (H5Fget_file_image(f, im->bytes, im->n) != len)
        return tsi_h5_error(err, TS_EIO, t->path, "cannot finish the store image");
    return TS_OK;
}

int tsi_image_build(ts_txn *t, uint64_t guess, tsi_image_fill fill, void *ctx, tsi_image **out,
                    ts_error *err)
{
    tsi_image *im = calloc(1, sizeof *im);
    if (!im) return tsi_txn_oom(err, t);
    im->mem.spare = t->n ? t->col[TSI_C_VALUE] : NULL; /* dead once packed */
    im->mem.spare_cap = (size_t)t->cap * 8;
    H5FD_file_image_callbacks_t cb = {image_malloc, image_memcpy, image_realloc, image_free,
                                      udata_copy, udata_free, &im->mem};
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS), f = -1;
    int rc;
    /* The driver grows its image by `guess` bytes, clearing each step:
     * with a good guess it grows once. */
    if (fapl < 0 || H5Pset_fapl_core(fapl, (size_t)guess, 0) < 0
        || H5Pset_file_image_callbacks(fapl, &cb) < 0)
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot set up the HDF5 file driver");
    else if ((f = H5Fcreate(t->real, H5F_ACC_TRUNC, H5P_DEFAULT, fapl)) < 0)
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot create the store in memory");
    else if ((rc = fill(f, ctx, err)) == TS_OK)
        rc = take_image(t, f, im, err);
    if (f >= 0) H5Fclose(f);
    if (fapl >= 0) H5Pclose(fapl);
    if (rc != TS_OK && im->mem.out_of_memory) rc = tsi_txn_oom(err, t);
    if (rc != TS_OK) {
        tsi_image_free(t, im);
        return rc;
    }
    *out = im;
    return TS_OK;
}

const void *tsi_image_data(const tsi_image *im, size_t *n)
{
    *n = im->n;
    return im->bytes;
}

void tsi_image_free(ts_txn *t, tsi_image *im)
{
    (void)t;
    if (!im) return;
    if (im->own) tsi_col_free(im->bytes, im->n);
    tsi_col_free(im->mem.mapped, im->mem.mapped_len);
    free(im);
}
