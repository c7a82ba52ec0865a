/* Writing a store: a transaction holds the store's lock and its whole
 * content in memory (old rows plus what was added), resolves replaced
 * documents and vintages, sorts the rows into store order with a counting
 * sort on series, and writes a new file beside the old one that is fsynced
 * and renamed into place, so a reader or a crash sees the old or the new
 * store and nothing in between. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "core/intern.h"
#include "ts_sha256.h"
#include "ts_store.h"
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
} src_entry;

/* The series key, interned, so equal keys have equal pointers. */
typedef struct {
    const char *k[TSI_KEY_COLS]; /* indicator, area, measure, unit, price, plan_by */
} series_key;

struct ts_txn {
    char *path;
    int lock_fd;
    int existed;           /* the store file was there at begin */
    int dirty;             /* anything added that changes the store */
    tsi_intern *strings;
    /* sources */
    src_entry *src;
    size_t n_src, cap_src;
    long last_src;         /* cache of the last fact source lookup */
    /* series: keys and an open-addressing hash of key -> id */
    series_key *series;
    size_t n_series, cap_series;
    uint32_t *slots;       /* id + 1, 0 = empty */
    size_t n_slots;
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
};

/* ---- small helpers ---- */

static int oom(ts_error *err, const ts_txn *t)
{
    return ts_error_set(err, TS_ENOMEM, "%s: out of memory", t->path);
}

static size_t key_hash(const series_key *k)
{
    return tsi_hash_bytes(k->k, sizeof k->k, 0x9e3779b9u);
}

/* Grows the series hash so it stays at most half full. */
static int grow_slots(ts_txn *t)
{
    size_t n = t->n_slots ? t->n_slots * 2 : 1024;
    uint32_t *s = calloc(n, sizeof *s);
    if (!s) return -1;
    for (size_t i = 0; i < t->n_series; i++) {
        size_t h = key_hash(&t->series[i]) & (n - 1);
        while (s[h]) h = (h + 1) & (n - 1);
        s[h] = (uint32_t)i + 1;
    }
    free(t->slots);
    t->slots = s;
    t->n_slots = n;
    return 0;
}

/* The id of the series with interned key k, added when new; -1 when out
 * of memory. */
static long series_id(ts_txn *t, const series_key *k)
{
    if (2 * (t->n_series + 1) > t->n_slots && grow_slots(t) != 0) return -1;
    size_t h = key_hash(k) & (t->n_slots - 1);
    for (; t->slots[h]; h = (h + 1) & (t->n_slots - 1)) {
        const series_key *o = &t->series[t->slots[h] - 1];
        if (memcmp(o->k, k->k, sizeof k->k) == 0) return (long)t->slots[h] - 1;
    }
    if (t->n_series == t->cap_series) {
        size_t c = t->cap_series ? t->cap_series * 2 : 256;
        series_key *p = realloc(t->series, c * sizeof *p);
        if (!p) return -1;
        t->series = p;
        t->cap_series = c;
    }
    t->series[t->n_series] = *k;
    t->slots[h] = (uint32_t)t->n_series + 1;
    return (long)t->n_series++;
}

/* Column memory comes straight from mmap with transparent huge pages
 * advised: millions of rows touch hundreds of MB, and with 4 KB pages the
 * page faults and TLB misses of first touch cost more than the parsing.
 * Growth is mremap, which moves no bytes. */
#define HUGE_MIN ((size_t)8 << 20) /* smaller columns gain nothing from 2 MB pages */

static void *col_alloc(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (bytes >= HUGE_MIN) madvise(p, bytes, MADV_HUGEPAGE);
    return p;
}

static void *col_grow(void *p, size_t old, size_t bytes)
{
    if (!p) return col_alloc(bytes);
    void *q = mremap(p, old, bytes, MREMAP_MAYMOVE);
    if (q == MAP_FAILED) return NULL;
    if (bytes >= HUGE_MIN) madvise(q, bytes, MADV_HUGEPAGE);
    return q;
}

static void col_free(void *p, size_t bytes)
{
    if (p) munmap(p, bytes);
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
        void *p = col_grow(t->col[i], t->cap * sz, c * sz);
        if (!p) return -1; /* the columns grown so far keep their data */
        t->col[i] = p;
    }
    t->cap = c;
    return 0;
}

/* Gives lazy column c its array: rows [0, n) hold kval.  0 or -1. */
static int materialize(ts_txn *t, int c)
{
    if (!t->lazy[c]) return 0;
    t->lazy[c] = t->cap > 0; /* no rows yet: reserve_rows makes the array */
    if (!t->lazy[c]) return 0;
    size_t sz = tsi_obs_columns[c].size;
    unsigned char *p = col_alloc(t->cap * sz);
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
        if (materialize(t, c) != 0) return -1;
    }
    memcpy((char *)t->col[c] + r * sz, v, sz);
    return 0;
}

/* Row r of an int32 column, lazy or not. */
static inline int32_t i32_at(const ts_txn *t, int c, uint64_t r)
{
    if (t->lazy[c]) {
        int32_t v;
        memcpy(&v, t->kval[c], 4);
        return v;
    }
    return ((const int32_t *)t->col[c])[r];
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
    if (t->n_src == t->cap_src) {
        size_t c = t->cap_src ? t->cap_src * 2 : 16;
        src_entry *p = realloc(t->src, c * sizeof *p);
        if (!p) return -1;
        t->src = p;
        t->cap_src = c;
    }
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

/* ---- locking and stray files ---- */

/* Takes the exclusive lock on "<path>.lock" within wait_seconds. */
static int take_lock(ts_txn *t, double wait_seconds, ts_error *err)
{
    char lock[4096];
    snprintf(lock, sizeof lock, "%s.lock", t->path);
    t->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (t->lock_fd < 0)
        return ts_error_set(err, TS_EIO, "%s: cannot create the lock file %s: %s", t->path, lock,
                            strerror(errno));
    if (wait_seconds < 0) { /* wait as long as it takes */
        while (flock(t->lock_fd, LOCK_EX) != 0)
            if (errno != EINTR)
                return ts_error_set(err, TS_EIO, "%s: cannot lock %s: %s", t->path, lock, strerror(errno));
        return TS_OK;
    }
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        if (flock(t->lock_fd, LOCK_EX | LOCK_NB) == 0) return TS_OK;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return ts_error_set(err, TS_EIO, "%s: cannot lock %s: %s", t->path, lock, strerror(errno));
        clock_gettime(CLOCK_MONOTONIC, &now);
        double waited = (double)(now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) / 1e9;
        if (waited >= wait_seconds)
            return ts_error_set(err, TS_ELOCKED, "%s: store is locked by another writer (waited %g s)",
                                t->path, wait_seconds);
        struct timespec nap = {0, 20 * 1000 * 1000}; /* 20 ms between tries */
        nanosleep(&nap, NULL);
    }
}

/* Splits path into its directory and base name (new strings in dir and
 * base); -1 when out of memory. */
static int split_path(const char *path, char **dir, char **base)
{
    char *a = strdup(path), *b = strdup(path);
    if (!a || !b) {
        free(a);
        free(b);
        return -1;
    }
    *dir = strdup(dirname(a));
    *base = strdup(basename(b));
    free(a);
    free(b);
    if (!*dir || !*base) {
        free(*dir);
        free(*base);
        return -1;
    }
    return 0;
}

/* Removes "<base>.tmp.<digits>" files beside the store.  Only called with
 * the lock held, so every such file belongs to a writer that died. */
static void remove_stray_temps(const char *path)
{
    char *dir, *base;
    if (split_path(path, &dir, &base) != 0) return;
    DIR *d = opendir(dir);
    if (d) {
        size_t bl = strlen(base);
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            const char *n = e->d_name;
            if (strncmp(n, base, bl) != 0 || strncmp(n + bl, ".tmp.", 5) != 0) continue;
            const char *p = n + bl + 5;
            if (!*p || strspn(p, "0123456789") != strlen(p)) continue;
            char full[8192];
            snprintf(full, sizeof full, "%s/%s", dir, n);
            unlink(full);
        }
        closedir(d);
    }
    free(dir);
    free(base);
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
            if (!(k.k[j] = tsi_intern_s(t->strings, tsi_str(&s->all.key[j], i)))) return oom(err, t);
        if (series_id(t, &k) != (long)i) return oom(err, t);
    }
    for (size_t i = 0; i < s->n_src; i++) {
        long e = new_source(t, tsi_str(&s->src_name, i));
        if (e < 0) return oom(err, t);
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
    if (reserve_rows(t, s->n_obs) != 0) return oom(err, t);
    for (int c = 0; c < TSI_N_COLUMNS; c++) {
        rc = tsi_h5_read_range(s->file, s->path, tsi_obs_columns[c].name,
                                   tsi_obs_columns[c].type(), 0, s->n_obs, t->col[c], err);
        if (rc != TS_OK) return rc;
    }
    t->n = s->n_obs;
    return TS_OK;
}

int ts_store_begin(const char *path, double wait_seconds, ts_txn **out, ts_error *err)
{
    ts_txn *t = calloc(1, sizeof *t);
    if (!t) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    t->lock_fd = -1;
    t->last_src = t->last_series = -1;
    int rc;
    if (!(t->path = strdup(path)) || !(t->strings = tsi_intern_new())) {
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
        goto fail;
    }
    if ((rc = take_lock(t, wait_seconds, err)) != TS_OK) goto fail;
    remove_stray_temps(path);
    rc = ts_store_open(path, &t->old, err);
    if (rc == TS_ENOTFOUND) {
        t->old = NULL;
    } else if (rc != TS_OK) {
        goto fail;
    } else {
        t->existed = 1;
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

/* ---- adding ---- */

int ts_txn_add_source(ts_txn *t, const ts_source_new *src, size_t *doc, int *changed,
                      ts_error *err)
{
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
    if (!text) return oom(err, t);
    if (keep) memcpy(text, src->text, keep);
    char *orig = NULL;
    if (src->original && !(orig = malloc(src->original_len + 1))) {
        free(text);
        return oom(err, t);
    }
    if (orig)
        memcpy(orig, src->original, src->original_len);
    long e = new_source(t, src->name);
    if (e < 0) {
        free(text);
        free(orig);
        return oom(err, t);
    }
    src_entry *x = &t->src[e];
    memcpy(x->sha, sha, sizeof sha);
    x->sha_pending = src->sha256_later;
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
    long i = find_source(t, name);
    return i >= 0 && strcmp(t->src[i].kind, TS_SOURCE_NAMED) != 0 && t->src[i].size == size;
}

int ts_txn_source_sha256(ts_txn *t, size_t doc, const char *sha256, ts_error *err)
{
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
    if (si < 0 || reserve_rows(t, 1) != 0) return oom(err, t);
    /* The fact's own source: "-" is none; a name not yet known becomes a
     * "named" document so the column can point at it. */
    long src = -1;
    if (strcmp(f->source, "-") != 0) {
        if (t->last_src >= 0 && !t->src[t->last_src].dropped && !strcmp(t->src[t->last_src].name, f->source))
            src = t->last_src;
        else if ((src = find_source(t, f->source)) < 0) {
            if ((src = new_source(t, f->source)) < 0) return oom(err, t);
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
        return oom(err, t);
    ((uint32_t *)t->col[TSI_C_SERIES])[r] = (uint32_t)si;
    ((int32_t *)t->col[TSI_C_FIRST])[r] = f->period.first;
    ((int32_t *)t->col[TSI_C_LAST])[r] = f->period.last;
    ((double *)t->col[TSI_C_VALUE])[r] = f->value;
    t->n++;
    t->dirty = 1;
    return TS_OK;
}

uint64_t ts_txn_obs_count(const ts_txn *t)
{
    return t->n;
}

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
        if (materialize(t, c) != 0) return -1;
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
    int32_t va = i32_at(t, TSI_C_VINTAGE, a), vb = i32_at(t, TSI_C_VINTAGE, b);
    if (va != vb) return va < vb ? -1 : 1;
    int32_t da = i32_at(t, TSI_C_DOC, a), db = i32_at(t, TSI_C_DOC, b);
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
        perm = col_alloc((t->n ? t->n : 1) * sizeof *perm);
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
    if (rc == TS_ENOMEM) oom(err, t);
    col_free(perm, (t->n ? t->n : 1) * sizeof *perm);
    free(count);
    free(order);
    free(newid);
    return rc;
}

/* Writes the whole store into the new file f. */
/* The originals of the final sources (store_original.c writes them). */
static int write_originals(ts_txn *t, hid_t f, const char *tmp, src_entry *const *fin, size_t n,
                           ts_error *err)
{
    const char **data = malloc((n ? n : 1) * sizeof *data);
    uint64_t *lens = malloc((n ? n : 1) * sizeof *lens);
    int64_t *old = malloc((n ? n : 1) * sizeof *old);
    int rc = TS_ENOMEM;
    if (data && lens && old) {
        for (size_t i = 0; i < n; i++) {
            data[i] = fin[i]->orig;
            lens[i] = fin[i]->orig_len;
            old[i] = fin[i]->old_orig_start;
        }
        rc = tsi_write_originals(f, tmp, n, data, lens, old, t->old, err);
    } else {
        oom(err, t);
    }
    free(data);
    free(lens);
    free(old);
    return rc;
}

static int write_file(ts_txn *t, hid_t f, const char *tmp, size_t ns, const uint32_t *order,
                      const uint64_t *count, const tsi_packed *obs, const long *map,
                      size_t n_final, ts_error *err)
{
    int rc;
    if ((rc = tsi_h5_attr_string(f, tmp, "format", TS_STORE_FORMAT, err)) != TS_OK
        || (rc = tsi_h5_attr_int(f, tmp, "version", TS_STORE_VERSION, err)) != TS_OK)
        return rc;
    /* series table */
    const char **strs = malloc((ns > n_final ? ns : n_final ? n_final : 1) * sizeof *strs);
    uint64_t *start = malloc((ns ? ns : 1) * sizeof *start);
    char *blob = NULL;
    rc = TS_ENOMEM;
    if (!strs || !start) goto out;
    for (int j = 0; j < TSI_KEY_COLS; j++) {
        for (size_t i = 0; i < ns; i++) strs[i] = t->series[order[i]].k[j];
        if ((rc = tsi_h5_write_text(f, tmp, tsi_key_columns[j], strs, ns, err)) != TS_OK)
            goto out;
    }
    uint64_t sum = 0;
    for (size_t i = 0; i < ns; i++) {
        start[i] = sum;
        sum += count[i];
    }
    if ((rc = tsi_h5_write_column(f, tmp, "series/obs_start", H5T_NATIVE_UINT64, start, ns,
                                  TSI_TABLE_CHUNK, err)) != TS_OK
        || (rc = tsi_h5_write_column(f, tmp, "series/obs_count", H5T_NATIVE_UINT64, count, ns,
                                     TSI_TABLE_CHUNK, err)) != TS_OK)
        goto out;
    /* observations, compressed already */
    for (int c = 0; c < TSI_N_COLUMNS; c++)
        if ((rc = tsi_h5_write_packed(f, tmp, tsi_obs_columns[c].name, tsi_obs_columns[c].type(),
                                      obs, c, err)) != TS_OK)
            goto out;
    /* sources: the final rows in entry order, texts in one blob */
    rc = TS_ENOMEM;
    src_entry **fin = malloc((n_final ? n_final : 1) * sizeof *fin);
    uint64_t *tstart = malloc((n_final ? n_final : 1) * sizeof *tstart);
    uint64_t *tlen = malloc((n_final ? n_final : 1) * sizeof *tlen);
    uint64_t *size = malloc((n_final ? n_final : 1) * sizeof *size);
    int64_t *imp = malloc((n_final ? n_final : 1) * sizeof *imp);
    char (*per)[TS_PERIOD_TEXT_MAX] = malloc((n_final ? n_final : 1) * sizeof *per);
    char (*date)[11] = malloc((n_final ? n_final : 1) * sizeof *date);
    char *old_blob = NULL;
    if (!fin || !tstart || !tlen || !size || !imp || !per || !date) goto out_src;
    uint64_t total = 0;
    for (size_t i = 0; i < t->n_src; i++)
        if (map[i] >= 0) {
            src_entry *e = &t->src[i];
            fin[map[i]] = e;
            tstart[map[i]] = total;
            tlen[map[i]] = e->text_len;
            size[map[i]] = e->size;
            total += e->text_len;
        }
    if (t->old) { /* the old blob, for the texts that stay */
        uint64_t old_total = 0;
        rc = tsi_h5_length(t->old->file, t->old->path, "sources/text", &old_total, err);
        if (rc != TS_OK) goto out_src;
        rc = TS_ENOMEM;
        if (!(old_blob = malloc(old_total ? old_total : 1))) goto out_src;
        rc = tsi_h5_read_range(t->old->file, t->old->path, "sources/text", H5T_NATIVE_UINT8, 0,
                               old_total, old_blob, err);
        if (rc != TS_OK) goto out_src;
        rc = TS_ENOMEM;
    }
    if (!(blob = malloc(total ? total : 1))) goto out_src;
    for (size_t i = 0; i < n_final; i++) {
        const src_entry *e = fin[i];
        if (e->text_len)
            memcpy(blob + tstart[i], e->text ? e->text : old_blob + e->old_text_start, e->text_len);
        imp[i] = e->imported;
        if (e->has_period) ts_period_format(e->period, per[i], sizeof per[i]);
        else per[i][0] = '\0';
        if (e->has_date) tsi_date_format(e->date, date[i]);
        else date[i][0] = '\0';
    }
#define STRCOL(NAME, EXPR)                                                                   \
    do {                                                                                     \
        for (size_t i = 0; i < n_final; i++) strs[i] = (EXPR);                               \
        if ((rc = tsi_h5_write_text(f, tmp, NAME, strs, n_final, err)) != TS_OK)             \
            goto out_src;                                                                    \
    } while (0)
    STRCOL("sources/name", fin[i]->name);
    STRCOL("sources/sha256", fin[i]->sha);
    STRCOL("sources/kind", fin[i]->kind);
    STRCOL("sources/period", per[i]);
    STRCOL("sources/date", date[i]);
#undef STRCOL
    if ((rc = tsi_h5_write_column(f, tmp, "sources/imported", H5T_NATIVE_INT64, imp, n_final,
                                  TSI_TABLE_CHUNK, err)) != TS_OK
        || (rc = tsi_h5_write_column(f, tmp, "sources/size", H5T_NATIVE_UINT64, size, n_final,
                                     TSI_TABLE_CHUNK, err)) != TS_OK
        || (rc = tsi_h5_write_column(f, tmp, "sources/text_start", H5T_NATIVE_UINT64, tstart, n_final,
                                     TSI_TABLE_CHUNK, err)) != TS_OK
        || (rc = tsi_h5_write_column(f, tmp, "sources/text_length", H5T_NATIVE_UINT64, tlen, n_final,
                                     TSI_TABLE_CHUNK, err)) != TS_OK
        || (rc = tsi_h5_write_column(f, tmp, "sources/text", H5T_NATIVE_UINT8, blob, total,
                                     TSI_TEXT_CHUNK, err)) != TS_OK
        || (rc = write_originals(t, f, tmp, fin, n_final, err)) != TS_OK)
        goto out_src;
    rc = TS_OK;
out_src:
    free(fin);
    free(tstart);
    free(tlen);
    free(size);
    free(imp);
    free(per);
    free(date);
    free(old_blob);
out:
    if (rc == TS_ENOMEM) oom(err, t);
    free(blob);
    free(strs);
    free(start);
    return rc;
}

/* Writes all n bytes of buf to fd; 0, or -1 with errno. */
static int write_all(int fd, const char *buf, size_t n)
{
    while (n) {
        ssize_t w = write(fd, buf, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        buf += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The core driver's image memory.  Once packed, the columns are dead,
 * and their pages were touched already: the image is built in one of them
 * (fresh pages cost a fault and a clearing each, more than the rest of
 * building the file).  A larger image moves to a mapping of its own. */
typedef struct {
    char *spare;            /* a dead column, or NULL */
    size_t spare_cap;
    char *mapped;           /* the image's own mapping, when it outgrew spare */
    size_t mapped_len;
} image_mem;

static void *image_realloc(void *ptr, size_t size, H5FD_file_image_op_t op, void *udata)
{
    (void)op;
    image_mem *m = udata;
    if (!ptr || ptr == m->spare) {
        if (m->spare && size <= m->spare_cap) return m->spare;
        char *p = col_alloc(size);
        if (!p) return NULL;
        if (ptr) memcpy(p, ptr, m->spare_cap);
        m->mapped = p;
        m->mapped_len = size;
        return p;
    }
    char *p = col_grow(m->mapped, m->mapped_len, size);
    if (!p) return NULL;
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
        col_free(m->mapped, m->mapped_len);
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

/* fsyncs a file or directory by path. */
static int sync_path(const char *p, int dir)
{
    int fd = open(p, (dir ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) return -1;
    int rc = fsync(fd);
    close(fd);
    return rc;
}

int ts_txn_commit(ts_txn *t, ts_error *err)
{
    if (t->existed && !t->dirty) { /* nothing changes: keep the file's bytes */
        ts_txn_abort(t);
        return TS_OK;
    }
    for (size_t i = 0; i < t->n_src; i++)
        if (t->src[i].sha_pending && !t->src[i].dropped) {
            int rc = ts_error_set(err, TS_EINVAL, "%s: source %s: its checksum was never given",
                                  t->path, t->src[i].name);
            ts_txn_abort(t);
            return rc;
        }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", t->path, (long)getpid());
    long *map = malloc((t->n_src ? t->n_src : 1) * sizeof *map);
    uint32_t *order = NULL, *perm = NULL;
    uint64_t *count = NULL;
    tsi_packed *obs = NULL;
    size_t ns = 0;
    hid_t f = -1, fapl = -1;
    int rc = TS_ENOMEM, made = 0;
    ssize_t image_len = 0;
    char *image = NULL;
    if (!map) {
        oom(err, t);
        goto out;
    }
    size_t n_final = 0;
    if (settle_sources(t, map, &n_final) != 0) {
        rc = oom(err, t);
        goto out;
    }
    if ((rc = sort_rows(t, &ns, &order, &count, &perm, err)) != TS_OK) goto out;
    /* The observations are compressed first, on every core: then the
     * size of the file is known. */
    tsi_pack_col cols[TSI_N_COLUMNS];
    for (int c = 0; c < TSI_N_COLUMNS; c++)
        cols[c] = (tsi_pack_col){t->lazy[c] ? NULL : t->col[c], t->kval[c], tsi_obs_columns[c].size,
                                 tsi_obs_columns[c].zlevel, tsi_obs_columns[c].zstrategy};
    if (tsi_pack_columns(cols, TSI_N_COLUMNS, t->n, perm, TSI_OBS_CHUNK, &obs) != 0) {
        rc = oom(err, t);
        goto out;
    }
    col_free(perm, (t->n ? t->n : 1) * sizeof *perm);
    perm = NULL;
    /* HDF5 builds the file in memory (core driver, no backing store) and
     * we write its image ourselves: HDF5 never meets an I/O error, which
     * it handles badly (a failed close leaves state that crashes at
     * exit), and a full disk or a signal is handled here in one place.
     * The core driver grows its image by `step` bytes, clearing each
     * step: the known size of the compressed observations plus room for
     * the tables, texts and HDF5's own structures, so that it grows once. */
    uint64_t guess = tsi_packed_bytes(obs) + ns * 64 + ((uint64_t)1 << 20);
    for (size_t i = 0; i < t->n_src; i++) guess += t->src[i].text_len + 256;
    guess += guess / 16;
    size_t step = (size_t)guess;
    image_mem im = {t->n ? t->col[TSI_C_VALUE] : NULL, (size_t)t->cap * 8, NULL, 0};
    H5FD_file_image_callbacks_t cb = {image_malloc, image_memcpy, image_realloc, image_free,
                                      udata_copy, udata_free, &im};
    fapl = H5Pcreate(H5P_FILE_ACCESS);
    if (fapl < 0 || H5Pset_fapl_core(fapl, step, 0) < 0 || H5Pset_file_image_callbacks(fapl, &cb) < 0) {
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot set up the HDF5 file driver");
        goto out;
    }
    f = H5Fcreate(tmp, H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    if (f < 0) {
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot create the store in memory");
        goto out;
    }
    if ((rc = write_file(t, f, tmp, ns, order, count, obs, map, n_final, err)) != TS_OK) goto out;
    if (H5Fflush(f, H5F_SCOPE_GLOBAL) < 0
        || (image_len = H5Fget_file_image(f, NULL, 0)) <= 0) {
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot finish the store image");
        goto out;
    }
    if (t->n && !t->lazy[TSI_C_OFFSET] && (size_t)image_len <= (size_t)t->cap * 8) {
        image = t->col[TSI_C_OFFSET]; /* dead and touched, as above */
    } else if (!(image = col_alloc((size_t)image_len))) {
        rc = oom(err, t);
        goto out;
    }
    if (H5Fget_file_image(f, image, (size_t)image_len) != image_len) {
        rc = tsi_h5_error(err, TS_EIO, t->path, "cannot finish the store image");
        goto out;
    }
    H5Fclose(f);
    f = -1;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        rc = ts_error_set(err, TS_EIO, "%s: cannot create %s: %s", t->path, tmp, strerror(errno));
        goto out;
    }
    made = 1;
    rc = write_all(fd, image, (size_t)image_len);
    if (rc == 0) rc = fsync(fd);
    int e = errno;
    if (close(fd) != 0 && rc == 0) {
        rc = -1;
        e = errno;
    }
    if (rc != 0) {
        rc = ts_error_set(err, TS_EIO, "%s: cannot write %s: %s", t->path, tmp, strerror(e));
        goto out;
    }
    if (rename(tmp, t->path) != 0) {
        rc = ts_error_set(err, TS_EIO, "%s: cannot rename %s into place: %s", t->path, tmp, strerror(errno));
        goto out;
    }
    made = 0;
    char *dir, *base;
    if (split_path(t->path, &dir, &base) == 0) {
        sync_path(dir, 1); /* the rename is durable once the directory is */
        free(dir);
        free(base);
    }
    rc = TS_OK;
out:
    if (f >= 0) H5Fclose(f);
    if (fapl >= 0) H5Pclose(fapl);
    if (made) unlink(tmp);
    if (!image || t->lazy[TSI_C_OFFSET] || image != t->col[TSI_C_OFFSET])
        col_free(image, (size_t)image_len);
    free(map);
    free(order);
    free(count);
    col_free(perm, (t->n ? t->n : 1) * sizeof *perm);
    tsi_packed_free(obs);
    ts_txn_abort(t);
    return rc;
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
    free(t->slots);
    for (int c = 0; c < TSI_N_COLUMNS; c++) col_free(t->col[c], t->cap * tsi_obs_columns[c].size);
    tsi_intern_free(t->strings);
    ts_store_close(t->old);
    if (t->lock_fd >= 0) close(t->lock_fd); /* releases the flock */
    free(t->path);
    free(t);
}
