/* Private to libts (prefix tsi_): the HDF5 column helpers that the store's
 * reader (store_read.c) and writer (store_txn.c, store_commit.c) share, and the names of
 * the objects of formats v1 and v2 (docs/FORMAT.md). */
#ifndef TS_STORE_H5_H
#define TS_STORE_H5_H

#include <hdf5.h>
#include <stdint.h>
#include "ts_error.h"
#include "ts_store.h"

/* Rows per chunk of the /obs columns and the series table, chosen by
 * measurement (docs/FORMAT.md, "Chunking"). */
#define TSI_OBS_CHUNK 16384
#define TSI_TABLE_CHUNK 4096
#define TSI_TEXT_CHUNK 65536 /* bytes per chunk of /sources/text */
#define TSI_DEFLATE_LEVEL 4

/* A status of none for the offset column, and none for the source column. */
#define TSI_NO_OFFSET (-1)
#define TSI_NO_SOURCE (-1)

/* Fills err with code, "path: what (hdf5 detail)", the detail being the
 * innermost message of HDF5's error stack, when there is one.  Returns
 * code. */
int tsi_h5_error(ts_error *err, int code, const char *path, const char *what);

/* Creates the 1-D dataset `name` (a path such as "obs/value") in file f
 * with n elements of type t (native type in memory, same type in the
 * file), chunked by `chunk` elements with shuffle + deflate, and writes
 * data (n elements).  Returns TS_OK or TS_EIO with err filled. */
int tsi_h5_write_column(hid_t f, const char *path, const char *name, hid_t t,
                        const void *data, uint64_t n, uint64_t chunk,
                        ts_error *err);
/* Creates the 1-D dataset `name` of `total` elements of type t (chunked
 * as tsi_h5_write_column) and writes this process's n elements of data at
 * element `at`, with transfer properties dxpl: one process writes it all
 * (at 0, n = total, H5P_DEFAULT), or every rank of an MPI job calls it
 * with its own part (collective transfer; n may be 0).  TS_EIO. */
int tsi_h5_write_part(hid_t f, const char *path, const char *name, hid_t t, const void *data,
                      uint64_t n, uint64_t at, uint64_t total, uint64_t chunk, hid_t dxpl,
                      ts_error *err);
/* One numeric column to pack: n elements of `size` bytes (data, or when
 * data is NULL every element is the `size` bytes at constant), and the
 * zlib level and strategy its chunks are deflated with. */
typedef struct {
    const void *data;
    const void *constant;
    size_t size;
    int level, strategy;
} tsi_pack_col;

/* The shuffled, deflated chunks of columns of equal length, made before
 * the file is created (so that its size is known) on every core (up to 4
 * threads).  Row r of the stored columns is row perm[r] of the data (perm
 * NULL: the same row).  A column shorter than `chunk` is one chunk of its
 * length, as tsi_h5_write_column makes it.  0, or -1 when out of memory
 * (*out untouched). */
typedef struct tsi_packed tsi_packed;
int tsi_pack_columns(const tsi_pack_col *cols, int n_cols, uint64_t n, const uint32_t *perm,
                     uint64_t chunk, tsi_packed **out);
/* Compressed bytes of every chunk of every column. */
uint64_t tsi_packed_bytes(const tsi_packed *p);
/* Creates column `name` (type t, chunked, shuffle + deflate as
 * tsi_h5_write_column) from packed column number col, storing its chunks
 * with H5Dwrite_chunk: any HDF5 reader inflates and unshuffles them. */
int tsi_h5_write_packed(hid_t f, const char *path, const char *name, hid_t t,
                        const tsi_packed *p, int col, ts_error *err);
void tsi_packed_free(tsi_packed *p);
/* Writes a scalar attribute on the root group: a string or an int. */
int tsi_h5_attr_string(hid_t f, const char *path, const char *name,
                       const char *value, ts_error *err);
int tsi_h5_attr_int(hid_t f, const char *path, const char *name, int value,
                    ts_error *err);

/* Number of elements of 1-D dataset `name`; TS_EFORMAT when missing. */
int tsi_h5_length(hid_t f, const char *path, const char *name, uint64_t *n,
                  ts_error *err);
/* Reads elements [start, start+count) of 1-D dataset `name` as memory type
 * t into buf.  TS_EFORMAT when missing or of another class, TS_EIO when
 * reading fails. */
int tsi_h5_read_range(hid_t f, const char *path, const char *name, hid_t t,
                      uint64_t start, uint64_t count, void *buf, ts_error *err);
/* A column read without HDF5's filter pipeline, when it has the layout
 * tskit writes (1-D, chunked, shuffle + deflate or deflate alone, file
 * type equal to the memory type): raw chunks are inflated here into one
 * reused buffer.  tsi_h5_read_range uses it; a binary search keeps one
 * open so that probes into the same chunk inflate it once. */
typedef struct {
    hid_t d;                /* borrowed */
    size_t size;            /* bytes per element */
    hsize_t chunk, n;       /* elements per chunk, in the column */
    int shuffle;
    unsigned char *z, *u;   /* a raw chunk, the inflated chunk `have` */
    size_t z_cap;
    hsize_t have;
    struct libdeflate_decompressor *inflater; /* made at the first chunk */
} tsi_direct;
/* 1 when dataset d, read as memory type mt, has that layout (c set up,
 * released with tsi_direct_close), 0 when it must go through H5Dread. */
int tsi_direct_open(hid_t d, hid_t mt, tsi_direct *c);
/* Reads elements [start, start+count) into buf: 0; 1 when a chunk is not
 * stored plainly (unallocated, a filter skipped: use H5Dread); -1 on
 * failure, with *bad set when the column is damaged (a chunk that does
 * not inflate to its size, a range past the end) rather than unreadable,
 * or TSI_BAD_MEMORY when memory ran out. */
#define TSI_BAD_MEMORY 2
int tsi_direct_read(tsi_direct *c, uint64_t start, uint64_t count, void *buf, int *bad);
void tsi_direct_close(tsi_direct *c);
/* ---- the open store, shared by the reader and the writer ---- */

/* Rows of a string column in memory: value i is the NUL-terminated
 * string at heap + off[i].  No off (a v1 store's price or plan_by, which
 * it does not have): every value is "". */
typedef struct {
    char *heap;
    uint64_t *off;
    size_t n;
} tsi_strings;

static inline const char *tsi_str(const tsi_strings *s, size_t i)
{
    return s->off ? s->heap + s->off[i] : "";
}
void tsi_strings_free(tsi_strings *s);

/* Writes the n strings strs as string column `name` of format v2: `name`
 * (uint8, every value followed by a NUL) and `name`_end (uint64, the
 * offset just past each value's NUL).  Both chunked and deflated. */
int tsi_h5_write_text(hid_t f, const char *path, const char *name, const char *const *strs,
                      uint64_t n, ts_error *err);
/* Rows of string column `name` of a store of format `version`. */
int tsi_h5_text_length(hid_t f, const char *path, int version, const char *name, uint64_t *n,
                       ts_error *err);
/* Reads rows [start, start+n) of string column `name` into *out (freed
 * with tsi_strings_free), checked first: offsets inside the heap and
 * increasing, each value one NUL-terminated string ("damaged store: ...",
 * TS_EFORMAT, otherwise).  v1 columns are fixed-length strings. */
int tsi_h5_read_text(hid_t f, const char *path, int version, const char *name, uint64_t start,
                     uint64_t n, tsi_strings *out, ts_error *err);

/* One dataset kept open for point reads (tsi_direct keeps its last chunk
 * inflated, or HDF5's chunk cache does for another layout). */
typedef struct {
    hid_t d, space, mt;
    int direct;
    tsi_direct dc;
} tsi_cursor;
/* Row-by-row reads of one string column, for a binary search: a value of
 * any length, into a buffer that grows as needed. */
typedef struct {
    const char *path, *name;
    int version;
    size_t width;            /* v1: the fixed width */
    hid_t mt;                /* v1: its string type */
    tsi_cursor col, ends;    /* the column (v1) or the heap and its ends (v2) */
    char *buf;
    size_t cap;
} tsi_probe;
int tsi_probe_open(hid_t f, const char *path, int version, const char *name, tsi_probe *p,
                   ts_error *err);
/* Value of row i, NUL-terminated in a buffer valid until the next call. */
int tsi_probe_get(tsi_probe *p, uint64_t i, const char **out, ts_error *err);
void tsi_probe_close(tsi_probe *p);

/* The series key: indicator, area, measure, unit, price, plan_by. */
#define TSI_KEY_COLS 6
extern const char *const tsi_key_columns[TSI_KEY_COLS];

/* Rows [lo, lo+n) of the series table: keys and their /obs ranges. */
typedef struct {
    size_t lo, n;
    tsi_strings key[TSI_KEY_COLS];
    uint64_t *obs_start, *obs_count;
} tsi_slice;

struct ts_store {
    char *path;
    int version;                   /* 1 or 2 */
    hid_t file;
    size_t n_series;
    tsi_slice all;                 /* the whole series table, once loaded */
    int all_loaded;
    uint64_t n_obs;
    size_t n_src;
    tsi_strings src_name, src_sha, src_kind, src_period, src_date;
    int64_t *src_imported;
    uint64_t *src_size, *src_text_start, *src_text_len;
    uint64_t *src_orig_start, *src_orig_len; /* originals of converted documents */
    size_t n_extra;                /* a result store's extra columns */
    tsi_strings extra_names;
};

/* The /obs columns (the same in formats v1 and v2), in one table so that reader and writer
 * agree: name and the native memory type. */
typedef struct {
    const char *name;
    hid_t (*type)(void); /* a function: HDF5's native type ids are not constants */
    size_t size;
    int zlevel, zstrategy; /* how the writer deflates its chunks (FORMAT.md) */
} tsi_column;

enum { TSI_C_SERIES, TSI_C_FIRST, TSI_C_LAST, TSI_C_VALUE, TSI_C_STATUS,
       TSI_C_SOURCE, TSI_C_DOC, TSI_C_VINTAGE, TSI_C_OFFSET, TSI_N_COLUMNS };
/* Sets of columns (what a reader read): bit c for column c.  Doc and
 * vintage go together. */
#define TSI_COLUMN_BIT(c) (1u << (c))
#define TSI_ALL_COLUMNS ((1u << TSI_N_COLUMNS) - 1)
extern const tsi_column tsi_obs_columns[TSI_N_COLUMNS];

/* Reads n bytes from start of the byte blob dataset `blob` into a new
 * NUL-terminated buffer *out (free()).  TS_EIO / TS_ENOMEM. */
int tsi_read_blob(ts_store *s, const char *blob, uint64_t start, uint64_t n, char **out,
                  size_t *len, ts_error *err);
/* Loads /sources/original_start and _length (zeros in a store without
 * them; store_original.c).  TS_EFORMAT / TS_EIO / TS_ENOMEM. */
int tsi_store_load_originals(ts_store *s, ts_error *err);
/* Writes the originals of the n final sources into the new store tmp:
 * source i's bytes are data[i], or when NULL the old store's at
 * old_start[i]; lens[i] is 0 for a source without one. */
int tsi_write_originals(hid_t f, const char *tmp, size_t n, const char *const *data,
                        const uint64_t *lens, const int64_t *old_start, ts_store *old,
                        ts_error *err);

/* Loads the whole series table into s->all (once); checks that the
 * series tile /obs.  TS_EFORMAT / TS_EIO / TS_ENOMEM. */
int tsi_store_load_all(ts_store *s, ts_error *err);
/* Loads series rows [lo, lo+n) into *sl (freed with tsi_slice_free) and
 * checks that their rows lie in /obs; *sl is empty on failure. */
int tsi_slice_load(ts_store *s, size_t lo, size_t n, tsi_slice *sl, ts_error *err);
void tsi_slice_free(tsi_slice *sl);

/* The checks of store_check.c, each TS_OK or TS_EFORMAT with a "damaged
 * store: ..." message naming the column and row.  tsi_check_obs: rows
 * [row0, row0+n) of /obs, read into col, belong to slice rows first... of
 * sl in order (the series tile /obs), with periods, status, source, doc,
 * vintage and offset in range; of doc, vintage and offset only those in
 * the set `read` (TSI_COLUMN_BIT) are checked.  tsi_check_series: the slice's keys are
 * set, sorted and unique.  tsi_check_sources: kinds, checksums and text
 * ranges of the sources table (text_total bytes of text). */
int tsi_check_obs(const ts_store *s, uint64_t row0, uint64_t n, void *const col[TSI_N_COLUMNS],
                  const tsi_slice *sl, size_t first, unsigned read, ts_error *err);
int tsi_check_series(const ts_store *s, const tsi_slice *sl, ts_error *err);
int tsi_check_sources(const ts_store *s, uint64_t text_total, ts_error *err);
/* ---- the ranks of an MPI job, as the store sees them (libts/mpi) ---- */

/* The collective steps a result store needs from an MPI job, filled in by
 * libts/mpi/mpi_result.c; a serial result has none.  Each returns 0, or
 * -1 when the exchange failed. */
typedef struct {
    int rank, size;
    void *ctx;
    /* before[i]: the sum of mine[i] over the ranks before this one;
     * total[i]: over all ranks. */
    int (*scan)(void *ctx, const uint64_t *mine, uint64_t *before, uint64_t *total, size_t n);
    /* Every rank's n bytes, concatenated in rank order, into a new *all,
     * and each rank's length into a new *lens (both free()). */
    int (*allgather)(void *ctx, const void *mine, size_t n, char **all, uint64_t **lens);
    /* The largest rc of any rank. */
    int (*agree)(void *ctx, int rc);
    /* Rank 0's n bytes at buf into every rank's buf. */
    int (*bcast)(void *ctx, void *buf, size_t n);
    /* File access (the MPI-IO driver) and transfer (collective)
     * properties, made for each call and closed by the caller. */
    hid_t (*fapl)(void *ctx);
    hid_t (*dxpl)(void *ctx);
    /* Frees ctx (and the tsi_comm it holds) when the result is freed. */
    void (*release)(void *ctx);
} tsi_comm;

/* A result store written by every rank of comm, which the result takes
 * over (released with it, also when this fails).  Collective: every rank
 * calls it, and later ts_result_commit. */
ts_result *tsi_result_new_comm(const char *path, size_t n_extra, const char *const *extra,
                               const tsi_comm *comm, ts_error *err);

/* Opens the store at path for reading with file access properties fapl
 * (ts_store_open: the default driver, no file locking). */
int tsi_store_open_fapl(const char *path, hid_t fapl, ts_store **out, ts_error *err);

/* The rows [*lo, *hi) of the series table that a query for sel reads: the
 * selector's series range (or every row), narrowed by a binary search
 * when sel names one indicator (and area, measure); *narrowed says so. */
int tsi_series_range(ts_store *s, const ts_selector *sel, size_t *lo, size_t *hi,
                     int *narrowed, ts_error *err);

/* ---- recording transactions (store_record.c, ts_txn_record) ---- */

typedef struct tsi_record tsi_record;
/* A recording of the additions to the store at path, written to fp; the
 * store (read without a lock; missing is no error) says which documents
 * are already there.  TS_EFORMAT etc. as ts_store_open, TS_ENOMEM. */
int tsi_record_new(const char *path, FILE *fp, tsi_record **out, ts_error *err);
void tsi_record_free(tsi_record *r);
/* ts_txn_add_source, _has_source, _source_sha256, _add_fact and
 * _obs_count of a recording transaction; commit is tsi_record_finish
 * (flushes fp: TS_EIO when any write failed). */
int tsi_record_add_source(tsi_record *r, const ts_source_new *src, size_t *doc, int *changed,
                          ts_error *err);
int tsi_record_has_source(const tsi_record *r, const char *name, uint64_t size);
int tsi_record_source_sha256(tsi_record *r, size_t doc, const char *sha256, ts_error *err);
int tsi_record_add_fact(tsi_record *r, const ts_fact *f, size_t doc, int64_t offset,
                        ts_error *err);
uint64_t tsi_record_facts(const tsi_record *r);
int tsi_record_finish(tsi_record *r, ts_error *err);
/* ts_txn_replay into a real transaction t. */
int tsi_txn_replay(ts_txn *t, FILE *fp, ts_error *err);

/* Parses "YYYY-MM-DD" into days; 0 on success, -1 when s is not a date. */
int tsi_date_parse(const char *s, int32_t *days);
/* Formats days as "YYYY-MM-DD" into buf (>= 11 bytes). */
void tsi_date_format(int32_t days, char *buf);

#endif
