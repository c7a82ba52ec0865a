/* Committing a write transaction, one named step after another: settle
 * the documents (replaced versions dropped, sources renumbered), sort the
 * rows into store order, drop what one document said twice, pack the /obs columns (compressed on every
 * core), build the file's image in memory, write it atomically.  A
 * failure at any step leaves the store as it was. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ts_store.h"
#include "store/store_write.h"

/* ---- committing ---- */

/* The live entry an entry stands for now. */
static long final_entry(const ts_txn *t, long e)
{
    while (e >= 0 && t->src[e].dropped) e = t->src[e].redirect;
    return e;
}

/* Drops the rows of replaced documents and maps source and doc columns to
 * the final source rows; fills map (entry -> final row or -1) and
 * *n_final, the number of final sources.  0, or -1 when out of memory. */
static int settle_sources(ts_txn *t, long *map, size_t *n_final)
{
    int any_dropped = 0;
    for (size_t i = 0; i < t->n_src; i++) any_dropped |= t->src[i].dropped;
    /* Rows are dropped only after a replacement: then every column needs
     * its array (a rare path, worth no special case). */
    for (int c = 0; any_dropped && c < TSI_N_COLUMNS; c++)
        if (tsi_txn_materialize(t, c) != 0) return -1;
    char *keep = calloc(t->n_src ? t->n_src : 1, 1);
    /* keep == NULL only on OOM: then every live entry is kept, which is
     * still a correct store. */
    if (t->lazy[TSI_C_SOURCE] && t->n) { /* no row is dropped */
        int32_t *k = (int32_t *)t->kval[TSI_C_SOURCE];
        *k = *k >= 0 ? (int32_t)final_entry(t, *k) : -1;
        if (keep && *k >= 0) keep[*k] = 1;
    } else if (!t->lazy[TSI_C_SOURCE]) {
        int32_t *src = t->col[TSI_C_SOURCE], *doc = t->col[TSI_C_DOC];
        uint64_t w = 0;
        for (uint64_t r = 0; r < t->n; r++) {
            if (any_dropped && t->src[doc[r]].dropped) continue; /* what an old version said */
            if (w != r)
                for (int c = 0; c < TSI_N_COLUMNS; c++) {
                    size_t sz = tsi_obs_columns[c].size;
                    memcpy((char *)t->col[c] + w * sz, (char *)t->col[c] + r * sz, sz);
                }
            long s = src[w] >= 0 ? final_entry(t, src[w]) : -1;
            src[w] = (int32_t)s;
            if (keep && s >= 0) keep[s] = 1;
            w++;
        }
        t->n = w;
    }
    size_t n = 0;
    for (size_t i = 0; i < t->n_src; i++) {
        int live = !t->src[i].dropped;
        int named = !strcmp(t->src[i].kind, TS_SOURCE_NAMED);
        map[i] = live && (!named || !keep || keep[i]) ? (long)n++ : -1;
    }
    for (int c = TSI_C_SOURCE; c <= TSI_C_DOC; c++) {
        if (t->lazy[c]) {
            int32_t *k = (int32_t *)t->kval[c];
            if (t->n && *k >= 0) *k = (int32_t)map[*k];
            continue;
        }
        int32_t *v = t->col[c];
        for (uint64_t r = 0; r < t->n; r++)
            if (v[r] >= 0) v[r] = (int32_t)map[v[r]];
    }
    free(keep);
    *n_final = n;
    return 0;
}

static const series_key *sort_keys; /* for qsort's comparator */

static int cmp_series(const void *a, const void *b)
{
    const series_key *x = &sort_keys[*(const uint32_t *)a], *y = &sort_keys[*(const uint32_t *)b];
    for (int j = 0; j < TSI_KEY_COLS; j++) {
        int c = strcmp(x->k[j], y->k[j]);
        if (c) return c;
    }
    return 0;
}

/* Row order inside a series: period, vintage, document, arrival. */
static const ts_txn *sort_txn;

static int row_before(const ts_txn *t, uint32_t a, uint32_t b)
{
    const int32_t *f = t->col[TSI_C_FIRST], *l = t->col[TSI_C_LAST];
    if (f[a] != f[b]) return f[a] < f[b] ? -1 : 1;
    if (l[a] != l[b]) return l[a] < l[b] ? -1 : 1;
    int32_t va = tsi_txn_i32(t, TSI_C_VINTAGE, a), vb = tsi_txn_i32(t, TSI_C_VINTAGE, b);
    if (va != vb) return va < vb ? -1 : 1;
    int32_t da = tsi_txn_i32(t, TSI_C_DOC, a), db = tsi_txn_i32(t, TSI_C_DOC, b);
    if (da != db) return da < db ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_rows(const void *a, const void *b)
{
    return row_before(sort_txn, *(const uint32_t *)a, *(const uint32_t *)b);
}

/* Puts the rows in store order: renumbers the used series in key order
 * (new ids in *n_series, keys in *keys_out), then a stable counting sort on
 * series and a sort of each series' rows by period and vintage.  Fills
 * start/count per new series and *perm_out: row r of the store is row
 * perm[r] of the columns (NULL when they are in order already; else
 * col_alloc'd, n rows).  The columns are not moved: the compression
 * threads gather through perm, which saves a pass over every column and
 * a scratch column of fresh memory. */
static int sort_rows(ts_txn *t, size_t *n_series, uint32_t **order_out, uint64_t **count_out,
                     uint32_t **perm_out, ts_error *err)
{
    uint32_t *ser = t->col[TSI_C_SERIES];
    size_t ns = t->n_series;
    uint64_t *count = calloc(ns + 1, sizeof *count);
    uint32_t *order = malloc((ns ? ns : 1) * sizeof *order);
    uint32_t *newid = malloc((ns ? ns : 1) * sizeof *newid);
    uint32_t *perm = NULL;
    int rc = TS_ENOMEM;
    if (!count || !order || !newid) goto out;
    for (uint64_t r = 0; r < t->n; r++) count[ser[r]]++;
    size_t used = 0;
    for (size_t i = 0; i < ns; i++)
        if (count[i]) order[used++] = (uint32_t)i;
    sort_keys = t->series;
    qsort(order, used, sizeof *order, cmp_series);
    for (size_t i = 0; i < used; i++) newid[order[i]] = (uint32_t)i;
    /* counts by new id, then prefix sums */
    uint64_t *c2 = calloc(used + 1, sizeof *c2);
    if (!c2) goto out;
    for (size_t i = 0; i < used; i++) c2[i] = count[order[i]];
    free(count);
    count = c2;
    int sorted = 1;
    for (uint64_t r = 0; r < t->n; r++) {
        ser[r] = newid[ser[r]];
        if (r && (ser[r] < ser[r - 1] || (ser[r] == ser[r - 1] && row_before(t, (uint32_t)r - 1, (uint32_t)r) > 0)))
            sorted = 0;
    }
    if (!sorted) {
        if (t->n > UINT32_MAX) {
            rc = ts_error_set(err, TS_ERANGE, "%s: more than 2^32 rows", t->path);
            goto out;
        }
        perm = tsi_col_alloc((t->n ? t->n : 1) * sizeof *perm);
        uint64_t *at = malloc((used + 1) * sizeof *at);
        if (!perm || !at) {
            free(at);
            goto out;
        }
        uint64_t sum = 0;
        for (size_t i = 0; i < used; i++) {
            at[i] = sum;
            sum += count[i];
        }
        for (uint64_t r = 0; r < t->n; r++) perm[at[ser[r]]++] = (uint32_t)r;
        free(at);
        /* Each series' rows, in arrival order now, sorted by period etc. */
        sort_txn = t;
        uint64_t a = 0;
        for (size_t i = 0; i < used; i++) {
            uint64_t b = a + count[i];
            int in_order = 1;
            for (uint64_t r = a + 1; r < b && in_order; r++)
                if (row_before(t, perm[r - 1], perm[r]) > 0) in_order = 0;
            if (!in_order) qsort(perm + a, b - a, sizeof *perm, cmp_rows);
            a = b;
        }
    }
    *n_series = used;
    *order_out = order;
    order = NULL;
    *count_out = count;
    count = NULL;
    *perm_out = perm;
    perm = NULL;
    rc = TS_OK;
out:
    if (rc == TS_ENOMEM) tsi_txn_oom(err, t);
    tsi_col_free(perm, (t->n ? t->n : 1) * sizeof *perm);
    free(count);
    free(order);
    free(newid);
    return rc;
}

/* What the steps hand on to each other. */
typedef struct {
    ts_txn *t;
    long *map;          /* source entry -> final row, or -1 */
    size_t n_final;     /* final sources */
    size_t ns;          /* series in use */
    uint32_t *order;    /* series id of final series row i */
    uint64_t *count;    /* rows of final series i */
    uint32_t *perm;     /* store row r is column row perm[r]; NULL: in order */
    uint64_t rows;      /* rows to store (duplicates dropped) */
    tsi_packed *obs;    /* the compressed /obs columns */
    tsi_image *image;   /* the finished file */
} commit_plan;

/* The series table: keys, then each series' row range. */
static int write_series(const commit_plan *p, hid_t f, const char **strs, ts_error *err)
{
    const ts_txn *t = p->t;
    int rc = TS_OK;
    for (int j = 0; j < TSI_KEY_COLS && rc == TS_OK; j++) {
        for (size_t i = 0; i < p->ns; i++) strs[i] = t->series[p->order[i]].k[j];
        rc = tsi_h5_write_text(f, t->path, tsi_key_columns[j], strs, p->ns, err);
    }
    uint64_t *start = malloc((p->ns ? p->ns : 1) * sizeof *start);
    if (rc == TS_OK && !start) rc = tsi_txn_oom(err, t);
    if (rc == TS_OK) {
        uint64_t sum = 0;
        for (size_t i = 0; i < p->ns; i++) {
            start[i] = sum;
            sum += p->count[i];
        }
        rc = tsi_h5_write_column(f, t->path, "series/obs_start", H5T_NATIVE_UINT64, start, p->ns,
                                 TSI_TABLE_CHUNK, err);
    }
    if (rc == TS_OK)
        rc = tsi_h5_write_column(f, t->path, "series/obs_count", H5T_NATIVE_UINT64, p->count,
                                 p->ns, TSI_TABLE_CHUNK, err);
    free(start);
    return rc;
}

/* The text blob of the final sources, in order: added texts from their
 * entries, kept ones from the old store's blob.  *start gets each one's
 * first byte. */
static int source_texts(const commit_plan *p, src_entry **fin, uint64_t *start, char **blob,
                        uint64_t *total, ts_error *err)
{
    ts_txn *t = p->t;
    uint64_t n = 0, old_total = 0;
    for (size_t i = 0; i < p->n_final; i++) {
        start[i] = n;
        n += fin[i]->text_len;
    }
    char *old_blob = NULL;
    int rc = TS_OK;
    if (t->old) {
        rc = tsi_h5_length(t->old->file, t->old->path, "sources/text", &old_total, err);
        if (rc == TS_OK && !(old_blob = malloc(old_total ? old_total : 1))) rc = tsi_txn_oom(err, t);
        if (rc == TS_OK)
            rc = tsi_h5_read_range(t->old->file, t->old->path, "sources/text", H5T_NATIVE_UINT8, 0,
                                   old_total, old_blob, err);
    }
    if (rc == TS_OK && !(*blob = malloc(n ? n : 1))) rc = tsi_txn_oom(err, t);
    for (size_t i = 0; rc == TS_OK && i < p->n_final; i++)
        if (fin[i]->text_len)
            memcpy(*blob + start[i], fin[i]->text ? fin[i]->text : old_blob + fin[i]->old_text_start,
                   fin[i]->text_len);
    free(old_blob);
    *total = n;
    return rc;
}

/* The originals of the final sources (store_original.c writes them). */
static int write_originals(const ts_txn *t, hid_t f, src_entry *const *fin, size_t n,
                           ts_error *err)
{
    const char **data = malloc((n ? n : 1) * sizeof *data);
    uint64_t *lens = malloc((n ? n : 1) * sizeof *lens);
    int64_t *old = malloc((n ? n : 1) * sizeof *old);
    int rc = data && lens && old ? TS_OK : tsi_txn_oom(err, t);
    for (size_t i = 0; rc == TS_OK && i < n; i++) {
        data[i] = fin[i]->orig;
        lens[i] = fin[i]->orig_len;
        old[i] = fin[i]->old_orig_start;
    }
    if (rc == TS_OK) rc = tsi_write_originals(f, t->path, n, data, lens, old, t->old, err);
    free(data);
    free(lens);
    free(old);
    return rc;
}

/* The sources table, final rows in entry order. */
static int write_sources(const commit_plan *p, hid_t f, const char **strs, ts_error *err)
{
    ts_txn *t = p->t;
    size_t n = p->n_final ? p->n_final : 1;
    src_entry **fin = malloc(n * sizeof *fin);
    uint64_t *num = malloc(4 * n * sizeof *num); /* text start, text length, size, import */
    char (*per)[TS_PERIOD_TEXT_MAX] = malloc(n * sizeof *per);
    char (*date)[11] = malloc(n * sizeof *date);
    char *blob = NULL;
    uint64_t total = 0;
    int rc = fin && num && per && date ? TS_OK : tsi_txn_oom(err, t);
    for (size_t i = 0; rc == TS_OK && i < t->n_src; i++)
        if (p->map[i] >= 0) fin[p->map[i]] = &t->src[i];
    if (rc == TS_OK) rc = source_texts(p, fin, num, &blob, &total, err);
    for (size_t i = 0; rc == TS_OK && i < p->n_final; i++) {
        num[n + i] = fin[i]->text_len;
        num[2 * n + i] = fin[i]->size;
        ((int64_t *)num)[3 * n + i] = fin[i]->imported;
        if (fin[i]->has_period) ts_period_format(fin[i]->period, per[i], sizeof per[i]);
        else per[i][0] = '\0';
        if (fin[i]->has_date) tsi_date_format(fin[i]->date, date[i]);
        else date[i][0] = '\0';
    }
    static const char *const text_cols[5] = {"sources/name", "sources/sha256", "sources/kind",
                                             "sources/period", "sources/date"};
    for (int j = 0; j < 5 && rc == TS_OK; j++) {
        for (size_t i = 0; i < p->n_final; i++)
            strs[i] = j == 0 ? fin[i]->name : j == 1 ? fin[i]->sha : j == 2 ? fin[i]->kind
                    : j == 3 ? per[i] : date[i];
        rc = tsi_h5_write_text(f, t->path, text_cols[j], strs, p->n_final, err);
    }
    static const char *const num_cols[4] = {"sources/text_start", "sources/text_length",
                                            "sources/size", "sources/imported"};
    for (int j = 0; j < 4 && rc == TS_OK; j++)
        rc = tsi_h5_write_column(f, t->path, num_cols[j], j == 3 ? H5T_NATIVE_INT64 : H5T_NATIVE_UINT64,
                                 num + j * n, p->n_final, TSI_TABLE_CHUNK, err);
    if (rc == TS_OK)
        rc = tsi_h5_write_column(f, t->path, "sources/text", H5T_NATIVE_UINT8, blob, total,
                                 TSI_TEXT_CHUNK, err);
    if (rc == TS_OK) rc = write_originals(t, f, fin, p->n_final, err);
    free(fin);
    free(num);
    free(per);
    free(date);
    free(blob);
    return rc;
}

/* Fills the in-memory file: root attributes, series, observations (packed
 * already), sources. */
static int fill_file(hid_t f, void *ctx, ts_error *err)
{
    const commit_plan *p = ctx;
    const ts_txn *t = p->t;
    size_t most = p->ns > p->n_final ? p->ns : p->n_final;
    const char **strs = malloc((most ? most : 1) * sizeof *strs);
    if (!strs) return tsi_txn_oom(err, t);
    int rc;
    if ((rc = tsi_h5_attr_string(f, t->path, "format", TS_STORE_FORMAT, err)) == TS_OK
        && (rc = tsi_h5_attr_int(f, t->path, "version", TS_STORE_VERSION, err)) == TS_OK)
        rc = write_series(p, f, strs, err);
    for (int c = 0; c < TSI_N_COLUMNS && rc == TS_OK; c++)
        rc = tsi_h5_write_packed(f, t->path, tsi_obs_columns[c].name, tsi_obs_columns[c].type(),
                                 p->obs, c, err);
    if (rc == TS_OK) rc = write_sources(p, f, strs, err);
    free(strs);
    return rc;
}

/* ---- the steps ---- */

static int settle(commit_plan *p, ts_error *err)
{
    ts_txn *t = p->t;
    for (size_t i = 0; i < t->n_src; i++)
        if (t->src[i].sha_pending && !t->src[i].dropped)
            return ts_error_set(err, TS_EINVAL, "%s: source %s: its checksum was never given",
                                t->path, t->src[i].name);
    if (!(p->map = malloc((t->n_src ? t->n_src : 1) * sizeof *p->map))
        || settle_sources(t, p->map, &p->n_final) != 0)
        return tsi_txn_oom(err, t);
    return TS_OK;
}

/* Compresses the /obs columns on every core, gathering rows through the
 * sort's permutation, which is dropped afterwards. */
static int pack(commit_plan *p, ts_error *err)
{
    ts_txn *t = p->t;
    tsi_pack_col cols[TSI_N_COLUMNS];
    for (int c = 0; c < TSI_N_COLUMNS; c++)
        cols[c] = (tsi_pack_col){t->lazy[c] ? NULL : t->col[c], t->kval[c], tsi_obs_columns[c].size,
                                 tsi_obs_columns[c].zlevel, tsi_obs_columns[c].zstrategy};
    if (tsi_pack_columns(cols, TSI_N_COLUMNS, p->rows, p->perm, TSI_OBS_CHUNK, &p->obs) != 0)
        return tsi_txn_oom(err, t);
    tsi_col_free(p->perm, (t->n ? t->n : 1) * sizeof *p->perm);
    p->perm = NULL;
    return TS_OK;
}

/* The HDF5 file in memory; its size is about the packed observations plus
 * the tables, texts and HDF5's own structures. */
static int build(commit_plan *p, ts_error *err)
{
    ts_txn *t = p->t;
    uint64_t guess = tsi_packed_bytes(p->obs) + p->ns * 64 + ((uint64_t)1 << 20);
    for (size_t i = 0; i < t->n_src; i++) guess += t->src[i].text_len + 256;
    return tsi_image_build(t, guess + guess / 16, fill_file, p, &p->image, err);
}

static int write_out(commit_plan *p, ts_error *err)
{
    size_t n;
    const void *data = tsi_image_data(p->image, &n);
    return tsi_write_atomic(p->t->real, data, n, p->t->existed ? &p->t->was : NULL, err);
}

int ts_txn_commit(ts_txn *t, ts_error *err)
{
    if (t->rec) { /* a recording is complete once written out */
        int rc = tsi_record_finish(t->rec, err);
        ts_txn_abort(t);
        return rc;
    }
    if (t->existed && !t->dirty) { /* nothing changes: keep the file's bytes */
        ts_txn_abort(t);
        return TS_OK;
    }
    commit_plan p = {.t = t};
    int rc = settle(&p, err);
    if (rc == TS_OK) rc = sort_rows(t, &p.ns, &p.order, &p.count, &p.perm, err);
    if (rc == TS_OK)
        rc = tsi_dedupe(t, p.map, p.n_final, p.order, p.count, p.ns, &p.perm, &p.rows, err);
    if (rc == TS_OK) rc = pack(&p, err);
    if (rc == TS_OK) rc = build(&p, err);
    if (rc == TS_OK) rc = write_out(&p, err);
    tsi_image_free(t, p.image);
    tsi_packed_free(p.obs);
    tsi_col_free(p.perm, (t->n ? t->n : 1) * sizeof *p.perm);
    free(p.map);
    free(p.order);
    free(p.count);
    ts_txn_abort(t);
    return rc;
}
