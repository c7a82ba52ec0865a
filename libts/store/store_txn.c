/* A write transaction: it holds the store's lock and its whole content
 * in memory (the old rows plus what was added), keeps documents and
 * series keys in tables with the interned strings, and checks every fact
 * before it takes it.  Committing is store_commit.c's job. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "core/grow.h"
#include "ts_sha256.h"
#include "ts_store.h"
#include "store/store_write.h"

/* ---- small helpers ---- */

int tsi_txn_oom(ts_error *err, const ts_txn *t)
{
    return ts_error_set(err, TS_ENOMEM, "%s: out of memory", t->path);
}

static uint32_t key_hash(const series_key *k)
{
    return tsi_hash_bytes(k->k, sizeof k->k, 0x9e3779b9u);
}

/* The id of the series with interned key k, added when new; -1 when out
 * of memory. */
static long series_id(ts_txn *t, const series_key *k)
{
    if (tsi_map_reserve(&t->series_map, t->n_series + 1) != 0) return -1;
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(&t->series_map, key_hash(k), &p); id != TSI_MAP_NONE;
         id = tsi_map_next(&t->series_map, &p))
        if (memcmp(t->series[id].k, k->k, sizeof k->k) == 0) return (long)id;
    if (tsi_grow(&t->series, &t->cap_series, t->n_series + 1, sizeof *t->series, 256) != 0)
        return -1;
    t->series[t->n_series] = *k;
    tsi_map_put(&t->series_map, &p, (uint32_t)t->n_series);
    return (long)t->n_series++;
}

/* Makes room for `more` rows. */
static int reserve_rows(ts_txn *t, uint64_t more)
{
    if (t->n + more <= t->cap) return 0;
    uint64_t c = t->cap ? t->cap : 65536;
    while (c < t->n + more) c *= 2;
    for (int i = 0; i < TSI_N_COLUMNS; i++) {
        if (t->lazy[i]) continue;
        size_t sz = tsi_obs_columns[i].size;
        void *p = tsi_col_grow(t->col[i], t->cap * sz, c * sz);
        if (!p) return -1; /* the columns grown so far keep their data */
        t->col[i] = p;
    }
    t->cap = c;
    return 0;
}

/* Gives lazy column c its array: rows [0, n) hold kval.  0 or -1. */
int tsi_txn_materialize(ts_txn *t, int c)
{
    if (!t->lazy[c]) return 0;
    t->lazy[c] = t->cap > 0; /* no rows yet: reserve_rows makes the array */
    if (!t->lazy[c]) return 0;
    size_t sz = tsi_obs_columns[c].size;
    unsigned char *p = tsi_col_alloc(t->cap * sz);
    if (!p) return -1;
    for (uint64_t r = 0; r < t->n; r++) memcpy(p + r * sz, t->kval[c], sz);
    t->col[c] = p;
    t->lazy[c] = 0;
    return 0;
}

/* Row r of column c is v (sz bytes): kept as kval while the column stays
 * constant.  0 or -1 when out of memory. */
static int put_value(ts_txn *t, int c, uint64_t r, const void *v)
{
    size_t sz = tsi_obs_columns[c].size;
    if (t->lazy[c]) {
        if (r == 0) {
            memcpy(t->kval[c], v, sz);
            return 0;
        }
        if (memcmp(t->kval[c], v, sz) == 0) return 0;
        if (tsi_txn_materialize(t, c) != 0) return -1;
    }
    memcpy((char *)t->col[c] + r * sz, v, sz);
    return 0;
}

/* Index of the live source named name, or -1. */
static long find_source(const ts_txn *t, const char *name)
{
    for (size_t i = t->n_src; i-- > 0;)
        if (!t->src[i].dropped && strcmp(t->src[i].name, name) == 0) return (long)i;
    return -1;
}

/* Appends a zeroed source entry named name; -1 when out of memory. */
static long new_source(ts_txn *t, const char *name)
{
    if (tsi_grow(&t->src, &t->cap_src, t->n_src + 1, sizeof *t->src, 16) != 0) return -1;
    const char *in = tsi_intern_s(t->strings, name);
    if (!in) return -1;
    src_entry *e = &t->src[t->n_src];
    memset(e, 0, sizeof *e);
    e->name = in;
    e->old_text_start = -1;
    e->old_orig_start = -1;
    e->redirect = -1;
    return (long)t->n_src++;
}

/* ---- loading the current content ---- */

static int load_old(ts_txn *t, ts_error *err)
{
    ts_store *s = t->old;
    int rc = tsi_store_load_all(s, err);
    if (rc != TS_OK) return rc;
    /* Series keep their ids: the store's series i becomes id i. */
    for (size_t i = 0; i < s->n_series; i++) {
        series_key k;
        for (int j = 0; j < TSI_KEY_COLS; j++)
            if (!(k.k[j] = tsi_intern_s(t->strings, tsi_str(&s->all.key[j], i)))) return tsi_txn_oom(err, t);
        long id = series_id(t, &k);
        if (id < 0) return tsi_txn_oom(err, t);
        if (id != (long)i) /* (load_all refuses this already) */
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: series %zu repeats series %ld",
                                s->path, i, id);
    }
    for (size_t i = 0; i < s->n_src; i++) {
        long e = new_source(t, tsi_str(&s->src_name, i));
        if (e < 0) return tsi_txn_oom(err, t);
        src_entry *x = &t->src[e];
        ts_source_info info;
        ts_store_source(s, i, &info);
        snprintf(x->sha, sizeof x->sha, "%s", info.sha256);
        snprintf(x->kind, sizeof x->kind, "%s", info.kind);
        x->has_period = info.has_period;
        x->period = info.period;
        x->has_date = info.has_date;
        x->date = info.date;
        x->imported = info.imported;
        x->size = info.size;
        x->text_len = info.text_len;
        x->old_text_start = (int64_t)s->src_text_start[i];
        x->orig_len = info.original_len;
        if (x->orig_len)
            x->old_orig_start = (int64_t)s->src_orig_start[i];
    }
    if (reserve_rows(t, s->n_obs) != 0) return tsi_txn_oom(err, t);
    for (int c = 0; c < TSI_N_COLUMNS; c++) {
        rc = tsi_h5_read_range(s->file, s->path, tsi_obs_columns[c].name,
                                   tsi_obs_columns[c].type(), 0, s->n_obs, t->col[c], err);
        if (rc != TS_OK) return rc;
    }
    /* The writer sorts by these indices and follows them into its tables:
     * each must be checked first. */
    if ((rc = tsi_check_obs(s, 0, s->n_obs, t->col, &s->all, 0, TSI_ALL_COLUMNS, err)) != TS_OK) return rc;
    t->n = s->n_obs;
    return TS_OK;
}

int ts_store_begin(const char *path, double wait_seconds, ts_txn **out, ts_error *err)
{
    ts_txn *t = calloc(1, sizeof *t);
    if (!t) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    t->lock_fd = -1;
    t->last_src = t->last_series = -1;
    tsi_map_init(&t->series_map);
    int rc, exists;
    if (!(t->path = strdup(path)) || !(t->strings = tsi_intern_new())) {
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
        goto fail;
    }
    /* Every path to the store (a link, a relative name) locks, reads and
     * replaces the one real file; nothing is created before it is known. */
    if ((rc = tsi_store_path(path, &t->real, &t->was, &exists, err)) != TS_OK
        || (rc = tsi_lock_take(t->real, wait_seconds, &t->lock_fd, err)) != TS_OK)
        goto fail;
    tsi_remove_stray_temps(t->real);
    rc = ts_store_open(t->real, &t->old, err);
    if (rc == TS_ENOTFOUND) {
        t->old = NULL;
    } else if (rc != TS_OK) {
        goto fail;
    } else {
        t->existed = 1;
        /* (the mode, owner and group to keep: of the file that was read) */
        if (stat(t->real, &t->was) != 0) memset(&t->was, 0, sizeof t->was);
        if ((rc = load_old(t, err)) != TS_OK) goto fail;
    }
    if (t->n == 0) /* a new (or empty) store: these columns start constant */
        t->lazy[TSI_C_STATUS] = t->lazy[TSI_C_SOURCE] = t->lazy[TSI_C_DOC] =
            t->lazy[TSI_C_VINTAGE] = t->lazy[TSI_C_OFFSET] = 1;
    *out = t;
    return TS_OK;
fail:
    ts_txn_abort(t);
    return rc;
}

int ts_txn_record(const char *path, FILE *fp, ts_txn **out, ts_error *err)
{
    ts_txn *t = calloc(1, sizeof *t);
    if (!t) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    t->lock_fd = -1;
    int rc = tsi_record_new(path, fp, &t->rec, err);
    if (rc != TS_OK) {
        free(t);
        return rc;
    }
    *out = t;
    return TS_OK;
}

int ts_txn_replay(ts_txn *t, FILE *fp, ts_error *err)
{
    if (t->rec) return ts_error_set(err, TS_EINVAL, "a recording cannot be replayed into a recording");
    return tsi_txn_replay(t, fp, err);
}

/* ---- adding ---- */

int ts_txn_add_source(ts_txn *t, const ts_source_new *src, size_t *doc, int *changed,
                      ts_error *err)
{
    if (t->rec) return tsi_record_add_source(t->rec, src, doc, changed, err);
    if (!src->name || !src->name[0])
        return ts_error_set(err, TS_EINVAL, "%s: a source document needs a name", t->path);
    if (!src->kind || (strcmp(src->kind, TS_SOURCE_TSV) != 0 && strcmp(src->kind, TS_SOURCE_REPORT) != 0))
        return ts_error_set(err, TS_EINVAL, "%s: source %s: kind must be \"tsv\" or \"report\"",
                            t->path, src->name);
    char sha[65];
    if (src->sha256_later) {
        if (src->sha256 || src->text || !src->omit_text)
            return ts_error_set(err, TS_EINVAL, "%s: source %s: a checksum given later comes without "
                                "checksum or text now", t->path, src->name);
        if (ts_txn_has_source(t, src->name, src->text_len))
            return ts_error_set(err, TS_EINVAL, "%s: source %s: the store holds a document of this "
                                "name and size, whose checksum must be compared first", t->path, src->name);
        sha[0] = '\0';
    } else if (src->sha256) {
        if (strlen(src->sha256) != 64 || strspn(src->sha256, "0123456789abcdef") != 64)
            return ts_error_set(err, TS_EINVAL, "%s: source %s: \"%s\" is not a SHA-256 in hex",
                                t->path, src->name, src->sha256);
        memcpy(sha, src->sha256, sizeof sha);
    } else if (src->original) {
        ts_sha256_hex(src->original, src->original_len, sha);
    } else if (src->text || !src->text_len) {
        ts_sha256_hex(src->text ? src->text : "", src->text_len, sha);
    } else {
        return ts_error_set(err, TS_EINVAL, "%s: source %s: neither text nor checksum", t->path,
                            src->name);
    }
    if (!src->text && !src->omit_text && src->text_len)
        return ts_error_set(err, TS_EINVAL, "%s: source %s: no text to keep", t->path, src->name);
    long old = find_source(t, src->name);
    if (old >= 0 && !src->sha256_later && strcmp(t->src[old].kind, TS_SOURCE_NAMED) != 0
        && strcmp(t->src[old].sha, sha) == 0) {
        /* The same bytes again: nothing changes, its facts are known. */
        t->src[old].ignore_facts = 1;
        *doc = (size_t)old;
        if (changed) *changed = 0;
        return TS_OK;
    }
    size_t keep = src->omit_text ? 0 : src->text_len;
    char *text = malloc(keep + 1);
    if (!text) return tsi_txn_oom(err, t);
    if (keep) memcpy(text, src->text, keep);
    char *orig = NULL;
    if (src->original && !(orig = malloc(src->original_len + 1))) {
        free(text);
        return tsi_txn_oom(err, t);
    }
    if (orig) memcpy(orig, src->original, src->original_len);
    long e = new_source(t, src->name);
    if (e < 0) {
        free(text);
        free(orig);
        return tsi_txn_oom(err, t);
    }
    src_entry *x = &t->src[e];
    memcpy(x->sha, sha, sizeof sha);
    x->sha_pending = src->sha256_later;
    x->added = 1;
    snprintf(x->kind, sizeof x->kind, "%s", src->kind);
    x->has_period = src->has_period;
    x->period = src->period;
    x->has_date = src->has_date;
    x->date = src->date;
    x->imported = src->imported ? src->imported : (int64_t)time(NULL);
    x->text = text;
    x->size = orig ? src->original_len : src->text_len;
    x->text_len = keep;
    x->orig = orig;
    x->orig_len = orig ? src->original_len : 0;
    if (old >= 0) { /* a new version (or a named document now imported) */
        t->src[old].dropped = 1;
        t->src[old].redirect = e;
    }
    t->last_src = -1;
    t->dirty = 1;
    *doc = (size_t)e;
    if (changed) *changed = 1;
    return TS_OK;
}

int ts_txn_has_source(const ts_txn *t, const char *name, uint64_t size)
{
    if (t->rec) return tsi_record_has_source(t->rec, name, size);
    long i = find_source(t, name);
    return i >= 0 && strcmp(t->src[i].kind, TS_SOURCE_NAMED) != 0 && t->src[i].size == size;
}

int ts_txn_source_sha256(ts_txn *t, size_t doc, const char *sha256, ts_error *err)
{
    if (t->rec) return tsi_record_source_sha256(t->rec, doc, sha256, err);
    if (doc >= t->n_src || !t->src[doc].sha_pending)
        return ts_error_set(err, TS_EINVAL, "%s: no document waits for a checksum", t->path);
    if (!sha256 || strlen(sha256) != 64 || strspn(sha256, "0123456789abcdef") != 64)
        return ts_error_set(err, TS_EINVAL, "%s: source %s: \"%s\" is not a SHA-256 in hex", t->path,
                            t->src[doc].name, sha256 ? sha256 : "");
    memcpy(t->src[doc].sha, sha256, 65);
    t->src[doc].sha_pending = 0;
    return TS_OK;
}

/* The series id of fact f, from the one-entry cache or the hash. */
static long fact_series(ts_txn *t, const ts_fact *f)
{
    const char *parts[TSI_KEY_COLS] = {f->indicator, f->area, f->measure, f->unit,
                                       f->price ? f->price : "", f->plan_by ? f->plan_by : ""};
    if (t->last_series >= 0) {
        const series_key *k = &t->series[t->last_series];
        int same = 1;
        for (int j = 0; j < TSI_KEY_COLS && same; j++) same = !strcmp(k->k[j], parts[j]);
        if (same) return t->last_series;
    }
    series_key k;
    for (int j = 0; j < TSI_KEY_COLS; j++)
        if (!(k.k[j] = tsi_intern_s(t->strings, parts[j]))) return -1;
    return t->last_series = series_id(t, &k);
}

int ts_txn_add_fact(ts_txn *t, const ts_fact *f, size_t doc, int64_t offset, ts_error *err)
{
    if (t->rec) return tsi_record_add_fact(t->rec, f, doc, offset, err);
    if (doc >= t->n_src || t->src[doc].dropped || !strcmp(t->src[doc].kind, TS_SOURCE_NAMED))
        return ts_error_set(err, TS_EINVAL, "%s: fact added for an unknown document", t->path);
    src_entry *d = &t->src[doc];
    if (d->ignore_facts) return TS_OK;
    if (!f->indicator[0] || !f->area[0] || !f->measure[0] || !f->unit[0])
        return ts_error_set(err, TS_EINVAL, "%s: a fact needs indicator, area, measure and unit", t->path);
    const char *keys[6] = {f->indicator, f->area, f->measure, f->unit, f->price, f->plan_by};
    for (int j = 0; j < 6; j++)
        if (keys[j] && strlen(keys[j]) > TS_KEY_MAX)
            return ts_error_set(err, TS_EINVAL, "%s: %s of %zu bytes, longer than the limit of %d",
                                t->path, tsi_key_columns[j] + 7, strlen(keys[j]), TS_KEY_MAX);
    if (strlen(f->source) > TS_SOURCE_MAX)
        return ts_error_set(err, TS_EINVAL, "%s: source of %zu bytes, longer than the limit of %d",
                            t->path, strlen(f->source), TS_SOURCE_MAX);
    if (f->status != 'A' && f->status != 'E')
        return ts_error_set(err, TS_EINVAL, "%s: status '%c' is neither A nor E", t->path, f->status);
    if (f->period.first > f->period.last || !isfinite(f->value))
        return ts_error_set(err, TS_EINVAL, "%s: a fact with an empty period or a value that is not finite",
                            t->path);
    long si = fact_series(t, f);
    if (si < 0 || reserve_rows(t, 1) != 0) return tsi_txn_oom(err, t);
    /* The fact's own source: "-" is none; a name not yet known becomes a
     * "named" document so the column can point at it. */
    long src = -1;
    if (strcmp(f->source, "-") != 0) {
        if (t->last_src >= 0 && !t->src[t->last_src].dropped && !strcmp(t->src[t->last_src].name, f->source))
            src = t->last_src;
        else if ((src = find_source(t, f->source)) < 0) {
            if ((src = new_source(t, f->source)) < 0) return tsi_txn_oom(err, t);
            snprintf(t->src[src].kind, sizeof t->src[src].kind, "%s", TS_SOURCE_NAMED);
            t->src[src].imported = t->src[doc].imported;
            d = &t->src[doc]; /* new_source may have moved the array */
        }
        t->last_src = src;
    }
    int32_t vintage;
    if (src >= 0 && t->src[src].has_date) vintage = t->src[src].date;
    else if (d->has_date) vintage = d->date;
    else vintage = (int32_t)(d->imported >= 0 ? d->imported / 86400 : -((-d->imported + 86399) / 86400));
    uint64_t r = t->n;
    uint8_t status = (uint8_t)f->status;
    int32_t src32 = (int32_t)src, doc32 = (int32_t)doc;
    int64_t off = offset < 0 ? TSI_NO_OFFSET : offset;
    if (put_value(t, TSI_C_STATUS, r, &status) != 0 || put_value(t, TSI_C_SOURCE, r, &src32) != 0
        || put_value(t, TSI_C_DOC, r, &doc32) != 0 || put_value(t, TSI_C_VINTAGE, r, &vintage) != 0
        || put_value(t, TSI_C_OFFSET, r, &off) != 0)
        return tsi_txn_oom(err, t);
    ((uint32_t *)t->col[TSI_C_SERIES])[r] = (uint32_t)si;
    ((int32_t *)t->col[TSI_C_FIRST])[r] = f->period.first;
    ((int32_t *)t->col[TSI_C_LAST])[r] = f->period.last;
    ((double *)t->col[TSI_C_VALUE])[r] = f->value;
    t->n++;
    t->dirty = 1;
    return TS_OK;
}

void ts_txn_on_duplicate(ts_txn *t, ts_txn_dup_fn fn, void *ctx)
{
    t->on_dup = fn;
    t->dup_ctx = ctx;
}

uint64_t ts_txn_obs_count(const ts_txn *t)
{
    if (t->rec) return tsi_record_facts(t->rec);
    return t->n;
}

void ts_txn_abort(ts_txn *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->n_src; i++) {
        free(t->src[i].text);
        free(t->src[i].orig);
    }
    free(t->src);
    free(t->series);
    tsi_map_reset(&t->series_map);
    for (int c = 0; c < TSI_N_COLUMNS; c++) tsi_col_free(t->col[c], t->cap * tsi_obs_columns[c].size);
    tsi_intern_free(t->strings);
    ts_store_close(t->old);
    tsi_record_free(t->rec);
    if (t->lock_fd >= 0) close(t->lock_fd); /* releases the flock */
    free(t->path);
    free(t->real);
    free(t);
}
