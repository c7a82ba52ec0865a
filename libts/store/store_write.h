/* Private to libts (prefix tsi_): the write transaction shared by
 * store_txn.c (begin, add, abort), store_commit.c (settle, sort, pack,
 * build, write), store_file.c (the file system: path, lock, atomic write)
 * and store_mem.c (where the big buffers come from). */
#ifndef TS_STORE_WRITE_H
#define TS_STORE_WRITE_H

#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include "core/intern.h"
#include "core/map.h"
#include "store/store_h5.h"

/* A source document of the transaction: loaded from the store or added. */
typedef struct {
    const char *name;      /* interned */
    char sha[65];
    char kind[8];
    int has_period;
    ts_period period;
    int has_date;
    int32_t date;
    int64_t imported;
    char *text;            /* owned copy of an added document's text */
    uint64_t size;         /* the document's bytes */
    uint64_t text_len;     /* bytes of text kept: size or 0 */
    int64_t old_text_start; /* >= 0: the text is in the old store's blob */
    char *orig;            /* owned copy of a converted document's file */
    uint64_t orig_len;     /* its bytes, 0 when the document is its text */
    int64_t old_orig_start; /* >= 0: the original is in the old store's blob */
    int dropped;           /* replaced by entry `redirect` */
    long redirect;
    int ignore_facts;      /* re-added unchanged: its facts are not added again */
    int sha_pending;       /* added with sha256_later, checksum not given yet */
    int added;             /* added by this transaction (not loaded) */
} src_entry;

/* The series key, interned, so equal keys have equal pointers. */
typedef struct {
    const char *k[TSI_KEY_COLS]; /* indicator, area, measure, unit, price, plan_by */
} series_key;

struct ts_txn {
    char *path;            /* the store's path as given, for messages */
    char *real;            /* its real path (links resolved): what is locked,
                              written and renamed */
    int lock_fd;
    int existed;           /* the store file was there at begin */
    struct stat was;       /* its mode, owner and group then */
    int dirty;             /* anything added that changes the store */
    tsi_intern *strings;
    /* sources */
    src_entry *src;
    size_t n_src, cap_src;
    long last_src;         /* cache of the last fact source lookup */
    /* series: keys and the map key -> id */
    series_key *series;
    size_t n_series, cap_series;
    tsi_map series_map;
    long last_series;
    /* rows: one array per /obs column.  A lazy column (status, source,
     * doc, vintage, offset of a new store) has no array while every row
     * holds the same value, kval: the usual fact file gives each of them
     * one value, and not writing 21 of 41 bytes a row saves touching
     * (faulting and clearing) half the memory of an import. */
    void *col[TSI_N_COLUMNS];
    int lazy[TSI_N_COLUMNS];
    unsigned char kval[TSI_N_COLUMNS][8];
    uint64_t n, cap;
    /* the old store's text blob, read at commit when needed */
    ts_store *old;
    ts_txn_dup_fn on_dup;  /* told of each duplicate dropped at commit */
    void *dup_ctx;
    tsi_record *rec;       /* a recording transaction (store_record.c):
                              nothing above is used */
};

/* Fills err with "PATH: out of memory"; returns TS_ENOMEM. */
int tsi_txn_oom(ts_error *err, const ts_txn *t);
/* Gives lazy column c its array (rows [0, n) hold its constant): 0, -1. */
int tsi_txn_materialize(ts_txn *t, int c);

/* Row r of an int32 column, lazy or not. */
static inline int32_t tsi_txn_i32(const ts_txn *t, int c, uint64_t r)
{
    if (t->lazy[c]) {
        int32_t v;
        memcpy(&v, t->kval[c], 4);
        return v;
    }
    return ((const int32_t *)t->col[c])[r];
}

/* ---- store_dedupe.c ---- */

/* After the sort (order, count of the ns series; *perm, which it makes
 * when it needs one): drops the later of facts that one added document
 * gave twice (same series, period and vintage), telling t->on_dup of each,
 * and gives the rows left in *rows.  map: entry -> final source row. */
int tsi_dedupe(ts_txn *t, const long *map, size_t n_final, const uint32_t *order,
               uint64_t *count, size_t ns, uint32_t **perm, uint64_t *rows, ts_error *err);

/* ---- store_file.c ---- */

/* A file written by other means (a result store, written by HDF5 through
 * MPI-IO) put in place as tsi_write_atomic puts its own: fsynced, renamed
 * over path, the directory fsynced.  TS_EIO naming the step; tmp is left
 * for the caller to remove. */
int tsi_place_file(const char *tmp, const char *path, ts_error *err);

/* The path a store at `path` really lives at: symbolic links followed (a
 * missing store: its directory's real path and its name), so that every
 * path to one store locks and renames the same file.  TS_EINVAL for an
 * empty path or a dangling link, TS_EIO when the directory cannot be
 * resolved or the store is not a regular file; nothing is created.
 * *real is malloc'd; *st and *exists describe the store file. */
int tsi_store_path(const char *path, char **real, struct stat *st, int *exists, ts_error *err);
/* Takes the exclusive lock "<path>.lock" within wait_seconds (negative:
 * forever): opened without following a symbolic link and refused unless a
 * regular file.  *fd is the lock's descriptor (closing it unlocks). */
int tsi_lock_take(const char *path, double wait_seconds, int *fd, ts_error *err);
/* Removes "<path>.tmp.<digits>" files left by writers that died (called
 * with the lock held, so no live writer owns one). */
void tsi_remove_stray_temps(const char *path);
/* The atomic write: creates "<path>.tmp.<pid>" exclusively (mode, owner
 * and group of `like` when given, as far as the user may), writes all n
 * bytes, fsyncs, renames it over path and fsyncs the directory.  On any
 * failure the temporary file is removed and path keeps its old bytes;
 * TS_EIO / TS_ENOMEM with the reason. */
int tsi_write_atomic(const char *path, const void *data, size_t n, const struct stat *like,
                     ts_error *err);

/* ---- store_mem.c ---- */

/* Column memory: anonymous mappings (huge pages advised for large ones),
 * grown with mremap. */
void *tsi_col_alloc(size_t bytes);
void *tsi_col_grow(void *p, size_t old, size_t bytes);
void tsi_col_free(void *p, size_t bytes);
/* Builds the HDF5 file of a store in memory and hands over its bytes:
 * write(f, ctx, err) fills the file f (created by the core driver, `guess`
 * bytes expected); *image (tsi_image_free'd) gets its n bytes. */
typedef int (*tsi_image_fill)(hid_t f, void *ctx, ts_error *err);
typedef struct tsi_image tsi_image;
int tsi_image_build(ts_txn *t, uint64_t guess, tsi_image_fill fill, void *ctx, tsi_image **out,
                    ts_error *err);
const void *tsi_image_data(const tsi_image *im, size_t *n);
void tsi_image_free(ts_txn *t, tsi_image *im);

#endif
