/* Reading a store: open and check a file of format v1 or v2, keep its small
 * tables (series, sources) in memory and hand out series, sources and
 * their texts (the queries over /obs are in store_query.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>
#include "core/grow.h"
#include "ts_store.h"
#include "store/store_h5.h"
#include "core/selector.h"

static hid_t t_u32(void) { return H5T_NATIVE_UINT32; }
static hid_t t_i32(void) { return H5T_NATIVE_INT32; }
static hid_t t_f64(void) { return H5T_NATIVE_DOUBLE; }
static hid_t t_u8(void) { return H5T_NATIVE_UINT8; }
static hid_t t_i64(void) { return H5T_NATIVE_INT64; }

/* The deflate settings were measured on the benchmark panel (FORMAT.md,
 * "Chunking"): run-length matching (Z_RLE) finds all there is in the
 * shuffled runs of series numbers, constants and values, at a third of
 * the time of level 4; the periods' shuffled byte planes need real
 * matches, where level 1 is twice as fast as 4 for nearly the size. */
const tsi_column tsi_obs_columns[TSI_N_COLUMNS] = {
    [TSI_C_SERIES] = {"obs/series", t_u32, 4, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_FIRST] = {"obs/first", t_i32, 4, 1, Z_DEFAULT_STRATEGY},
    [TSI_C_LAST] = {"obs/last", t_i32, 4, 1, Z_DEFAULT_STRATEGY},
    [TSI_C_VALUE] = {"obs/value", t_f64, 8, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_STATUS] = {"obs/status", t_u8, 1, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_SOURCE] = {"obs/source", t_i32, 4, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_DOC] = {"obs/doc", t_i32, 4, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_VINTAGE] = {"obs/vintage", t_i32, 4, TSI_DEFLATE_LEVEL, Z_RLE},
    [TSI_C_OFFSET] = {"obs/offset", t_i64, 8, TSI_DEFLATE_LEVEL, Z_RLE},
};

int tsi_date_parse(const char *s, int32_t *days)
{
    int y, m, d, n = 0;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
        return -1;
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > ts_days_in_month(y, m)) return -1;
    *days = ts_days_from_civil(y, m, d);
    return 0;
}

void tsi_date_format(int32_t days, char *buf)
{
    int y, m, d;
    ts_civil_from_days(days, &y, &m, &d);
    snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
}

/* ---- opening ---- */

/* Reads a root attribute as text (strings) or as an int; -1 when absent. */
static int read_format_attrs(hid_t f, char *fmt, size_t n, long *version)
{
    fmt[0] = '\0';
    *version = -1;
    if (H5Aexists(f, "format") > 0) {
        hid_t a = H5Aopen(f, "format", H5P_DEFAULT), t = a >= 0 ? H5Aget_type(a) : -1;
        if (t >= 0 && H5Tget_class(t) == H5T_STRING && H5Tis_variable_str(t) <= 0
            && H5Tget_size(t) < n) {
            hid_t mt = H5Tcopy(t);
            H5Tset_size(mt, n);
            H5Tset_strpad(mt, H5T_STR_NULLTERM);
            memset(fmt, 0, n);
            if (H5Aread(a, mt, fmt) < 0) fmt[0] = '\0';
            H5Tclose(mt);
        }
        if (t >= 0) H5Tclose(t);
        if (a >= 0) H5Aclose(a);
    }
    if (H5Aexists(f, "version") > 0) {
        hid_t a = H5Aopen(f, "version", H5P_DEFAULT);
        int v;
        if (a >= 0 && H5Aread(a, H5T_NATIVE_INT, &v) >= 0) *version = v;
        if (a >= 0) H5Aclose(a);
    }
    H5Eclear2(H5E_DEFAULT);
    return 0;
}

/* Reads rows [lo, lo+n) of the numeric column name into a new array. */
static int load_numbers(ts_store *s, const char *name, hid_t t, size_t size, uint64_t lo,
                        uint64_t n, void **out, ts_error *err)
{
    void *buf = malloc((n ? n : 1) * size);
    if (!buf) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", s->path);
    int rc = tsi_h5_read_range(s->file, s->path, name, t, lo, n, buf, err);
    if (rc != TS_OK) {
        free(buf);
        return rc;
    }
    *out = buf;
    return TS_OK;
}

const char *const tsi_key_columns[TSI_KEY_COLS] = {
    "series/indicator", "series/area", "series/measure", "series/unit", "series/price",
    "series/plan_by"};

/* Key columns a store of this version has: v1 had no qualifiers. */
static int key_cols(const ts_store *s)
{
    return s->version < 2 ? 4 : TSI_KEY_COLS;
}

void tsi_slice_free(tsi_slice *sl)
{
    for (int j = 0; j < TSI_KEY_COLS; j++) tsi_strings_free(&sl->key[j]);
    free(sl->obs_start);
    free(sl->obs_count);
    memset(sl, 0, sizeof *sl);
}

int tsi_slice_load(ts_store *s, size_t lo, size_t n, tsi_slice *sl, ts_error *err)
{
    memset(sl, 0, sizeof *sl);
    sl->lo = lo;
    sl->n = n;
    int rc = TS_OK;
    for (int j = 0; j < key_cols(s) && rc == TS_OK; j++)
        rc = tsi_h5_read_text(s->file, s->path, s->version, tsi_key_columns[j], lo, n, &sl->key[j],
                              err);
    if (rc == TS_OK)
        rc = load_numbers(s, "series/obs_start", H5T_NATIVE_UINT64, 8, lo, n, (void **)&sl->obs_start, err);
    if (rc == TS_OK)
        rc = load_numbers(s, "series/obs_count", H5T_NATIVE_UINT64, 8, lo, n, (void **)&sl->obs_count, err);
    for (size_t i = 0; rc == TS_OK && i < n; i++)
        if (sl->obs_start[i] > s->n_obs || sl->obs_count[i] > s->n_obs - sl->obs_start[i])
            rc = ts_error_set(err, TS_EFORMAT, "%s: damaged store: series %zu has rows past /obs",
                              s->path, lo + i);
    if (rc != TS_OK) tsi_slice_free(sl);
    return rc;
}

int tsi_store_load_all(ts_store *s, ts_error *err)
{
    if (s->all_loaded) return TS_OK;
    int rc = tsi_slice_load(s, 0, s->n_series, &s->all, err);
    if (rc != TS_OK) return rc;
    /* The series must tile /obs exactly, or a listing would miss rows. */
    uint64_t at = 0;
    for (size_t i = 0; i < s->n_series; i++) {
        if (s->all.obs_start[i] != at) {
            tsi_slice_free(&s->all);
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: series %zu starts at row %llu, not %llu",
                                s->path, i, (unsigned long long)s->all.obs_start[i], (unsigned long long)at);
        }
        at += s->all.obs_count[i];
    }
    if (at != s->n_obs) {
        tsi_slice_free(&s->all);
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: series cover %llu rows of %llu",
                            s->path, (unsigned long long)at, (unsigned long long)s->n_obs);
    }
    if ((rc = tsi_check_series(s, &s->all, err)) != TS_OK) {
        tsi_slice_free(&s->all);
        return rc;
    }
    s->all_loaded = 1;
    return TS_OK;
}

/* Reads the sizes of the tables and the small sources table; the series
 * table is read on demand (tsi_store_load_all or a query's slice), which
 * keeps opening a large store cheap. */
static int load_tables(ts_store *s, ts_error *err)
{
    uint64_t n, len;
    int rc;
    if ((rc = tsi_h5_text_length(s->file, s->path, s->version, tsi_key_columns[0], &n, err)) != TS_OK)
        return rc;
    s->n_series = n;
    if (n > UINT32_MAX)
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %llu series", s->path,
                            (unsigned long long)n);
    for (int j = 1; j < key_cols(s) + 2; j++) {
        const char *name = j < key_cols(s) ? tsi_key_columns[j]
                         : j == key_cols(s) ? "series/obs_start" : "series/obs_count";
        if ((rc = tsi_h5_text_length(s->file, s->path, j < key_cols(s) ? s->version : 1, name,
                                     &len, err)) != TS_OK)
            return rc;
        if (len != n)
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s has %llu rows, not %llu",
                                s->path, name, (unsigned long long)len, (unsigned long long)n);
    }
    if ((rc = tsi_h5_length(s->file, s->path, "obs/series", &s->n_obs, err)) != TS_OK) return rc;
    for (int c = 0; c < TSI_N_COLUMNS; c++) {
        if ((rc = tsi_h5_length(s->file, s->path, tsi_obs_columns[c].name, &len, err)) != TS_OK)
            return rc;
        if (len != s->n_obs)
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s has %llu rows, not %llu",
                                s->path, tsi_obs_columns[c].name, (unsigned long long)len,
                                (unsigned long long)s->n_obs);
    }
    if ((rc = tsi_h5_text_length(s->file, s->path, s->version, "sources/name", &n, err)) != TS_OK)
        return rc;
    if (n > INT32_MAX)
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %llu sources", s->path,
                            (unsigned long long)n);
    s->n_src = n;
    static const char *const src_numbers[4] = {"sources/imported", "sources/size",
                                               "sources/text_start", "sources/text_length"};
    for (int j = 0; j < 4; j++) {
        if ((rc = tsi_h5_length(s->file, s->path, src_numbers[j], &len, err)) != TS_OK) return rc;
        if (len != n)
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s has %llu rows, not %llu",
                                s->path, src_numbers[j], (unsigned long long)len, (unsigned long long)n);
    }
    static const char *const src_text[5] = {"sources/name", "sources/sha256", "sources/kind",
                                            "sources/period", "sources/date"};
    tsi_strings *src_str[5] = {&s->src_name, &s->src_sha, &s->src_kind, &s->src_period, &s->src_date};
    for (int j = 0; j < 5; j++)
        if ((rc = tsi_h5_read_text(s->file, s->path, s->version, src_text[j], 0, n, src_str[j], err))
            != TS_OK)
            return rc;
    if ((rc = load_numbers(s, "sources/imported", H5T_NATIVE_INT64, 8, 0, n, (void **)&s->src_imported, err)) != TS_OK
        || (rc = load_numbers(s, "sources/size", H5T_NATIVE_UINT64, 8, 0, n, (void **)&s->src_size, err)) != TS_OK
        || (rc = load_numbers(s, "sources/text_start", H5T_NATIVE_UINT64, 8, 0, n, (void **)&s->src_text_start, err)) != TS_OK
        || (rc = load_numbers(s, "sources/text_length", H5T_NATIVE_UINT64, 8, 0, n, (void **)&s->src_text_len, err)) != TS_OK)
        return rc;
    uint64_t text_total;
    if ((rc = tsi_h5_length(s->file, s->path, "sources/text", &text_total, err)) != TS_OK) return rc;
    /* (the originals first: a converted document's size is its file's) */
    if ((rc = tsi_store_load_originals(s, err)) != TS_OK) return rc;
    return tsi_check_sources(s, text_total, err);
}

/* A result store's extra columns: their names, from extra/names when the
 * store has one (docs/FORMAT.md, "Result stores"). */
static int load_extra_names(ts_store *s, ts_error *err)
{
    if (s->version < 2 || H5Lexists(s->file, "extra", H5P_DEFAULT) <= 0) {
        H5Eclear2(H5E_DEFAULT);
        return TS_OK;
    }
    uint64_t n;
    int rc = tsi_h5_text_length(s->file, s->path, 2, "extra/names", &n, err);
    if (rc == TS_OK && n > TS_FACT_MAX_EXTRA - 3)
        rc = ts_error_set(err, TS_EFORMAT, "%s: damaged store: %llu extra columns", s->path,
                          (unsigned long long)n);
    if (rc == TS_OK) rc = tsi_h5_read_text(s->file, s->path, 2, "extra/names", 0, n, &s->extra_names, err);
    for (size_t i = 0; rc == TS_OK && i < n; i++) {
        char name[160];
        uint64_t len;
        snprintf(name, sizeof name, "extra/%s", tsi_str(&s->extra_names, i));
        if ((rc = tsi_h5_text_length(s->file, s->path, 2, name, &len, err)) == TS_OK && len != s->n_obs)
            rc = ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s has %llu rows, not %llu",
                              s->path, name, (unsigned long long)len, (unsigned long long)s->n_obs);
    }
    if (rc == TS_OK) s->n_extra = n;
    return rc;
}

size_t ts_store_extra_count(const ts_store *s) { return s->n_extra; }
const char *ts_store_extra_name(const ts_store *s, size_t i) { return tsi_str(&s->extra_names, i); }

int ts_store_open(const char *path, ts_store **out, ts_error *err)
{
    /* Readers take no HDF5 file lock: they must never wait for a writer,
     * and a rename-in-place writer never changes the file they hold. */
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    if (fapl >= 0) H5Pset_file_locking(fapl, 0, 1);
    int rc = tsi_store_open_fapl(path, fapl >= 0 ? fapl : H5P_DEFAULT, out, err);
    if (fapl >= 0) H5Pclose(fapl);
    return rc;
}

int tsi_store_open_fapl(const char *path, hid_t fapl, ts_store **out, ts_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT)
            return ts_error_set(err, TS_ENOTFOUND, "%s: no such store", path);
        return ts_error_set(err, TS_EIO, "%s: %s", path, strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return ts_error_set(err, TS_EIO, "%s: is a directory", path);
    /* H5Fis_hdf5 looks for the signature only, so a file that has it but
     * fails to open is truncated or damaged. */
    htri_t is = H5Fis_hdf5(path);
    if (is < 0) {
        H5Eclear2(H5E_DEFAULT);
        FILE *fp = fopen(path, "rb");
        if (!fp) return ts_error_set(err, TS_EIO, "%s: %s", path, strerror(errno));
        fclose(fp);
        return ts_error_set(err, TS_EFORMAT, "%s: not an HDF5 file", path);
    }
    if (is == 0) return ts_error_set(err, TS_EFORMAT, "%s: not an HDF5 file", path);
    ts_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    }
    s->file = -1;
    s->file = H5Fopen(path, H5F_ACC_RDONLY, fapl);
    int rc;
    if (s->file < 0) {
        rc = tsi_h5_error(err, TS_EFORMAT, path, "truncated or damaged HDF5 file");
        goto fail;
    }
    char fmt[64];
    long version;
    read_format_attrs(s->file, fmt, sizeof fmt, &version);
    if (strcmp(fmt, TS_STORE_FORMAT) != 0) {
        rc = ts_error_set(err, TS_EFORMAT, "%s: not a tskit store (no format attribute \"%s\")",
                          path, TS_STORE_FORMAT);
        goto fail;
    }
    if (version != 1 && version != TS_STORE_VERSION) {
        rc = ts_error_set(err, TS_EFORMAT, "%s: store format version %ld is not supported (this tskit reads versions 1 and %d)",
                          path, version, TS_STORE_VERSION);
        goto fail;
    }
    s->version = (int)version;
    if ((rc = load_tables(s, err)) != TS_OK) goto fail;
    if ((rc = load_extra_names(s, err)) != TS_OK) goto fail;
    *out = s;
    return TS_OK;
fail:
    ts_store_close(s);
    return rc;
}

void ts_store_close(ts_store *s)
{
    if (!s) return;
    if (s->file >= 0) H5Fclose(s->file);
    tsi_slice_free(&s->all);
    tsi_strings *strs[] = {&s->src_name, &s->src_sha, &s->src_kind, &s->src_period, &s->src_date,
                           &s->extra_names};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) tsi_strings_free(strs[i]);
    free(s->src_imported);
    free(s->src_size);
    free(s->src_text_start);
    free(s->src_text_len);
    free(s->src_orig_start);
    free(s->src_orig_len);
    free(s->path);
    free(s);
}

size_t ts_store_series_count(const ts_store *s) { return s->n_series; }
uint64_t ts_store_obs_count(const ts_store *s) { return s->n_obs; }
size_t ts_store_source_count(const ts_store *s) { return s->n_src; }

int ts_store_series(ts_store *s, size_t i, ts_series_info *out, ts_error *err)
{
    int rc = tsi_store_load_all(s, err);
    if (rc != TS_OK) return rc;
    out->indicator = tsi_str(&s->all.key[0], i);
    out->area = tsi_str(&s->all.key[1], i);
    out->measure = tsi_str(&s->all.key[2], i);
    out->unit = tsi_str(&s->all.key[3], i);
    out->price = tsi_str(&s->all.key[4], i);
    out->plan_by = tsi_str(&s->all.key[5], i);
    out->obs_start = s->all.obs_start[i];
    out->obs_count = s->all.obs_count[i];
    return TS_OK;
}

void ts_store_source(const ts_store *s, size_t i, ts_source_info *out)
{
    out->name = tsi_str(&s->src_name, i);
    out->sha256 = tsi_str(&s->src_sha, i);
    out->kind = tsi_str(&s->src_kind, i);
    const char *p = tsi_str(&s->src_period, i);
    out->has_period = p[0] && ts_period_parse(p, strlen(p), &out->period, NULL) == TS_OK;
    out->has_date = tsi_date_parse(tsi_str(&s->src_date, i), &out->date) == 0;
    out->imported = s->src_imported[i];
    out->size = s->src_size[i];
    out->text_len = s->src_text_len[i];
    out->original_len = s->src_orig_len ? s->src_orig_len[i] : 0;
}

int ts_store_source_find(const ts_store *s, const char *name, size_t *index, ts_error *err)
{
    for (size_t i = 0; i < s->n_src; i++)
        if (strcmp(tsi_str(&s->src_name, i), name) == 0) {
            *index = i;
            return TS_OK;
        }
    return ts_error_set(err, TS_ENOTFOUND, "%s: no source named \"%s\"", s->path, name);
}

int tsi_read_blob(ts_store *s, const char *blob, uint64_t start, uint64_t n, char **out,
                  size_t *len, ts_error *err)
{
    char *buf = malloc(n + 1);
    if (!buf) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", s->path);
    int rc = tsi_h5_read_range(s->file, s->path, blob, H5T_NATIVE_UINT8, start, n, buf, err);
    if (rc != TS_OK) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return TS_OK;
}

int ts_store_source_text(ts_store *s, size_t i, char **text, size_t *len, ts_error *err)
{
    return tsi_read_blob(s, "sources/text", s->src_text_start[i], s->src_text_len[i], text, len,
                         err);
}
