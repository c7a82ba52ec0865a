/* Result stores: the facts one run derived or projected, gathered in
 * columns as they come (in store order, so nothing is sorted) and written
 * on commit as a store of format v2 plus the facts' extra columns.  The
 * same code writes for one process and, through a tsi_comm (libts/mpi),
 * for every rank of an MPI job: each rank holds its share, the ranks agree
 * on offsets and on the table of source names, and every column is one
 * dataset written collectively, each rank its own slice. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "core/grow.h"
#include "core/map.h"
#include "store/store_write.h"

/* A string column being built: every value followed by a NUL in heap,
 * end[i] just past value i's NUL (the format's NAME and NAME_end). */
typedef struct {
    char *heap;
    size_t len, cap;
    uint64_t *end;
    size_t n, cap_n;
} heapcol;

static int heap_push(heapcol *h, const char *s)
{
    size_t l = strlen(s) + 1;
    if (tsi_grow(&h->heap, &h->cap, h->len + l, 1, 256) != 0
        || tsi_grow(&h->end, &h->cap_n, h->n + 1, sizeof *h->end, 64) != 0)
        return -1;
    memcpy(h->heap + h->len, s, l);
    h->len += l;
    h->end[h->n++] = h->len;
    return 0;
}

/* Value i of h. */
static const char *heap_get(const heapcol *h, size_t i)
{
    return h->heap + (i ? h->end[i - 1] : 0);
}

static void heap_free(heapcol *h)
{
    free(h->heap);
    free(h->end);
    memset(h, 0, sizeof *h);
}

struct ts_result {
    char *path;
    char tmp[4096];          /* "<path>.tmp.<pid of rank 0>" */
    const tsi_comm *comm;    /* NULL: this process alone */
    size_t n_extra;
    char *extra[TS_FACT_MAX_EXTRA];
    heapcol key[TSI_KEY_COLS];   /* one row per series */
    uint64_t *obs_count;
    size_t cap_series;
    int32_t *first, *last, *src; /* one row per fact; src: local source id */
    double *value;
    uint8_t *status;
    size_t n_obs, cap_obs;
    heapcol ex[TS_FACT_MAX_EXTRA]; /* one row per fact */
    heapcol names;           /* local source names, by id */
    tsi_map name_map;
    int32_t last_src;        /* the id found last (runs of one source) */
};

static const char *const query_extras[] = {"vintage", "imported_from", "offset"};

/* An extra column's name is a dataset name under /extra: letters, digits,
 * '_', '.', '-', and none of the query's own extras. */
static int extra_name_ok(const char *name)
{
    if (!*name || strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
                      != strlen(name) || strcmp(name, "names") == 0 || strstr(name, "_end"))
        return 0;
    for (size_t i = 0; i < 3; i++)
        if (strcmp(name, query_extras[i]) == 0) return 0;
    return 1;
}

ts_result *tsi_result_new_comm(const char *path, size_t n_extra, const char *const *extra,
                               const tsi_comm *comm, ts_error *err)
{
    int bad = n_extra > TS_FACT_MAX_EXTRA - 3;
    for (size_t i = 0; !bad && i < n_extra; i++) bad = !extra_name_ok(extra[i]);
    if (bad) {
        if (comm && comm->release) comm->release(comm->ctx);
        ts_error_set(err, TS_EINVAL, "%s: the extra columns cannot be stored (at most %d, named "
                     "by letters, digits, '_', '.', '-')", path, TS_FACT_MAX_EXTRA - 3);
        return NULL;
    }
    ts_result *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        if (comm && comm->release) comm->release(comm->ctx);
        ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    r->comm = comm;
    r->last_src = -1;
    tsi_map_init(&r->name_map);
    for (size_t i = 0; i < n_extra; i++) {
        if (!(r->extra[i] = strdup(extra[i]))) {
            ts_result_abort(r);
            ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
            return NULL;
        }
        r->n_extra = i + 1;
    }
    /* Rank 0's process id names the temporary file on every rank. */
    long long pid = (long long)getpid();
    if (comm && comm->bcast(comm->ctx, &pid, sizeof pid) != 0) {
        ts_result_abort(r);
        ts_error_set(err, TS_EIO, "%s: the ranks cannot agree on a file name", path);
        return NULL;
    }
    snprintf(r->tmp, sizeof r->tmp, "%s.tmp.%lld", path, pid);
    return r;
}

ts_result *ts_result_new(const char *path, size_t n_extra, const char *const *extra,
                         ts_error *err)
{
    return tsi_result_new_comm(path, n_extra, extra, NULL, err);
}

const char *ts_result_temp(const ts_result *r)
{
    return r->tmp;
}

void ts_result_abort(ts_result *r)
{
    if (!r) return;
    for (int k = 0; k < TSI_KEY_COLS; k++) heap_free(&r->key[k]);
    for (size_t i = 0; i < TS_FACT_MAX_EXTRA; i++) heap_free(&r->ex[i]);
    for (size_t i = 0; i < r->n_extra; i++) free(r->extra[i]);
    heap_free(&r->names);
    tsi_map_reset(&r->name_map);
    if (r->comm && r->comm->release) r->comm->release(r->comm->ctx);
    free(r->obs_count);
    free(r->first);
    free(r->last);
    free(r->src);
    free(r->value);
    free(r->status);
    free(r->path);
    free(r);
}

uint64_t ts_result_count(const ts_result *r)
{
    return r->n_obs;
}

/* The fact's key as the six strings of the series table. */
static void fact_key(const ts_fact *f, const char *k[TSI_KEY_COLS])
{
    k[0] = f->indicator;
    k[1] = f->area;
    k[2] = f->measure;
    k[3] = f->unit;
    k[4] = f->price ? f->price : "";
    k[5] = f->plan_by ? f->plan_by : "";
}

/* <0, 0, >0 as key k sorts before, with or after the last series. */
static int key_cmp_last(const ts_result *r, const char *const k[TSI_KEY_COLS])
{
    size_t last = r->key[0].n - 1;
    for (int j = 0; j < TSI_KEY_COLS; j++) {
        int c = strcmp(k[j], heap_get(&r->key[j], last));
        if (c) return c;
    }
    return 0;
}

/* The local id of source name s, added when new; -1 when out of memory. */
static int32_t source_id(ts_result *r, const char *s)
{
    if (r->last_src >= 0 && strcmp(heap_get(&r->names, (size_t)r->last_src), s) == 0)
        return r->last_src;
    uint32_t h = tsi_hash_bytes(s, strlen(s), 0);
    if (tsi_map_reserve(&r->name_map, r->names.n + 1) != 0) return -1;
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(&r->name_map, h, &p); id != TSI_MAP_NONE;
         id = tsi_map_next(&r->name_map, &p))
        if (strcmp(heap_get(&r->names, id), s) == 0) return r->last_src = (int32_t)id;
    if (heap_push(&r->names, s) != 0) return -1;
    tsi_map_put(&r->name_map, &p, (uint32_t)(r->names.n - 1));
    return r->last_src = (int32_t)(r->names.n - 1);
}

/* Room for one more fact and one more series. */
static int reserve(ts_result *r)
{
    size_t cap = r->cap_obs;
    if (r->n_obs + 1 > cap) {
        size_t want = cap ? 2 * cap : 1024;
        if (tsi_resize(&r->first, want, sizeof *r->first) != 0
            || tsi_resize(&r->last, want, sizeof *r->last) != 0
            || tsi_resize(&r->src, want, sizeof *r->src) != 0
            || tsi_resize(&r->value, want, sizeof *r->value) != 0
            || tsi_resize(&r->status, want, sizeof *r->status) != 0)
            return -1;
        r->cap_obs = want;
    }
    return tsi_grow(&r->obs_count, &r->cap_series, r->key[0].n + 1, sizeof *r->obs_count, 64);
}

int ts_result_add(ts_result *r, const ts_fact *f, ts_error *err)
{
    if (!isfinite(f->value))
        return ts_error_set(err, TS_ERANGE, "%s: a value that is not finite", r->path);
    const char *k[TSI_KEY_COLS];
    fact_key(f, k);
    int c = r->key[0].n ? key_cmp_last(r, k) : 1;
    if (c < 0 || (c == 0 && ts_period_cmp(f->period, (ts_period){r->first[r->n_obs - 1],
                                                                  r->last[r->n_obs - 1]}) <= 0)) {
        char p[TS_PERIOD_TEXT_MAX];
        ts_period_format(f->period, p, sizeof p);
        return ts_error_set(err, TS_EINVAL, "%s: results out of store order at %s/%s/%s/%s %s",
                            r->path, k[0], k[1], k[2], k[3], p);
    }
    if (reserve(r) != 0) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    int32_t id = source_id(r, f->source ? f->source : "-");
    if (id < 0) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    /* A failed push leaves a column one row longer than the others: the
     * result is unusable then, which out of memory makes it anyway. */
    for (size_t i = 0; i < r->n_extra; i++) {
        const char *v = ts_fact_extra(f, r->extra[i]);
        if (heap_push(&r->ex[i], v ? v : "") != 0)
            return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    }
    if (c > 0) {
        for (int j = 0; j < TSI_KEY_COLS; j++)
            if (heap_push(&r->key[j], k[j]) != 0)
                return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
        r->obs_count[r->key[0].n - 1] = 0;
    }
    size_t o = r->n_obs++;
    r->first[o] = f->period.first;
    r->last[o] = f->period.last;
    r->value[o] = f->value;
    r->status[o] = (uint8_t)f->status;
    r->src[o] = id;
    r->obs_count[r->key[0].n - 1]++;
    return TS_OK;
}

int ts_result_add_series(ts_result *r, const ts_series *s, ts_error *err)
{
    ts_fact f;
    ts_fact_init(&f);
    for (size_t i = 0; i < s->n; i++) {
        ts_series_fact_at(s, i, &f);
        int rc = ts_result_add(r, &f, err);
        if (rc != TS_OK) return rc;
    }
    return TS_OK;
}

/* ---- commit ---- */

/* What every rank must agree on before writing: counts and the offsets of
 * this rank's rows, the sorted table of source names, the run's time. */
enum { N_SERIES, N_OBS, N_KEYBYTES, N_EXBYTES = N_KEYBYTES + TSI_KEY_COLS,
       N_COUNTS = N_EXBYTES + TS_FACT_MAX_EXTRA };
typedef struct {
    uint64_t before[N_COUNTS], total[N_COUNTS];
    char **names;            /* every rank's source names, sorted, unique */
    char *names_heap;
    size_t n_names;
    int32_t *map;            /* local source id -> row of /sources */
    int64_t now;             /* rank 0's clock: import time and vintage */
} plan;

static void plan_free(plan *p)
{
    free(p->names);
    free(p->names_heap);
    free(p->map);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The union of every rank's source names, and this rank's ids mapped to
 * rows of it.  Every rank makes the same collective calls whatever fails
 * locally, so that none waits for another that gave up. */
static int plan_names(const ts_result *r, plan *p, ts_error *err)
{
    uint64_t all = r->names.len, *lens = NULL;
    if (r->comm) {
        if (r->comm->allgather(r->comm->ctx, r->names.heap, r->names.len, &p->names_heap, &lens)
            != 0)
            return ts_error_set(err, TS_EIO, "%s: cannot gather the source names", r->path);
        all = 0;
        for (int i = 0; i < r->comm->size; i++) all += lens[i];
        free(lens);
    }
    const char *heap = r->comm ? p->names_heap : r->names.heap;
    /* Count the names: each ends with its NUL. */
    for (uint64_t i = 0; i < all; i++) p->n_names += heap[i] == '\0';
    if (!(p->names = malloc((p->n_names + 1) * sizeof *p->names))
        || !(p->map = malloc((r->names.n + 1) * sizeof *p->map)))
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    size_t k = 0;
    for (uint64_t i = 0; i < all; i += strlen(heap + i) + 1) p->names[k++] = (char *)heap + i;
    qsort(p->names, p->n_names, sizeof *p->names, cmp_str);
    size_t w = 0;
    for (size_t i = 0; i < p->n_names; i++)
        if (w == 0 || strcmp(p->names[w - 1], p->names[i]) != 0) p->names[w++] = p->names[i];
    p->n_names = w;
    for (size_t i = 0; i < r->names.n; i++) {
        const char *s = heap_get(&r->names, i);
        char *const *hit = bsearch(&s, p->names, p->n_names, sizeof *p->names, cmp_str);
        p->map[i] = (int32_t)(hit - p->names);
    }
    return TS_OK;
}

/* Whether the ranks' shares follow one another in store order: each
 * sends "y" (or "n" when it has no series), its first and its last key,
 * every key as six NUL-terminated strings; each rank compares its first
 * key with the last of the nearest rank before it that has any. */
static int check_rank_order(const ts_result *r, ts_error *err)
{
    if (!r->comm || r->comm->size == 1) return TS_OK;
    char mine[2 * TSI_KEY_COLS * (TS_KEY_MAX + 1) + 2];
    size_t n = r->key[0].n, len = 0;
    mine[len++] = n ? 'y' : 'n';
    for (int e = 0; e < 2; e++)
        for (int j = 0; j < TSI_KEY_COLS; j++) {
            const char *v = n ? heap_get(&r->key[j], e ? n - 1 : 0) : "";
            size_t l = strnlen(v, TS_KEY_MAX); /* keys are checked on import */
            memcpy(mine + len, v, l);
            mine[len + l] = '\0';
            len += l + 1;
        }
    char *all = NULL;
    uint64_t *lens = NULL;
    if (r->comm->allgather(r->comm->ctx, mine, len, &all, &lens) != 0)
        return ts_error_set(err, TS_EIO, "%s: cannot gather the ranks' keys", r->path);
    const char *prev = NULL, *at = all;
    int bad = 0;
    for (int k = 0; k < r->comm->size; k++) {
        const char *rec = at;
        at += lens[k];
        if (rec[0] != 'y') continue;
        const char *first = rec + 1, *last = first;
        for (int j = 0; j < TSI_KEY_COLS; j++) last += strlen(last) + 1;
        if (k == r->comm->rank && prev) {
            int c = 0;
            const char *a = first, *b = prev;
            for (int j = 0; j < TSI_KEY_COLS && !c; j++, a += strlen(a) + 1, b += strlen(b) + 1)
                c = strcmp(a, b);
            bad = c <= 0;
        }
        prev = last;
    }
    free(all);
    free(lens);
    if (bad)
        return ts_error_set(err, TS_EINVAL, "%s: results out of store order between ranks",
                            r->path);
    return TS_OK;
}

static int plan_make(const ts_result *r, plan *p, ts_error *err)
{
    memset(p, 0, sizeof *p);
    uint64_t mine[N_COUNTS] = {0};
    mine[N_SERIES] = r->key[0].n;
    mine[N_OBS] = r->n_obs;
    for (int j = 0; j < TSI_KEY_COLS; j++) mine[N_KEYBYTES + j] = r->key[j].len;
    for (size_t i = 0; i < r->n_extra; i++) mine[N_EXBYTES + i] = r->ex[i].len;
    p->now = (int64_t)time(NULL);
    if (r->comm) {
        if (r->comm->scan(r->comm->ctx, mine, p->before, p->total, N_COUNTS) != 0
            || r->comm->bcast(r->comm->ctx, &p->now, sizeof p->now) != 0)
            return ts_error_set(err, TS_EIO, "%s: the ranks cannot agree on the offsets", r->path);
    } else {
        memcpy(p->total, mine, sizeof mine);
    }
    int rc = plan_names(r, p, err);
    int rc2 = check_rank_order(r, err);
    if (rc == TS_OK) rc = rc2;
    if (rc == TS_OK && p->total[N_SERIES] > UINT32_MAX)
        rc = ts_error_set(err, TS_ERANGE, "%s: more than 2^32 series", r->path);
    return rc;
}

/* ---- writing the file ---- */

/* Where this rank's rows of one table go. */
typedef struct {
    ts_result *r;
    const plan *p;
    hid_t f, dxpl;
    int rc;          /* the first failure; later columns are still written
                        (empty) so that every rank makes every call */
    ts_error *err;
} writer;

static void put(writer *w, const char *name, hid_t t, const void *data, uint64_t n, uint64_t at,
                uint64_t total, uint64_t chunk)
{
    ts_error e;
    if (w->rc != TS_OK) n = 0;
    int rc = tsi_h5_write_part(w->f, w->r->path, name, t, data, n, at, total, chunk, w->dxpl,
                               w->rc == TS_OK ? w->err : &e);
    if (w->rc == TS_OK) w->rc = rc;
}

/* A string column: the heap's bytes at byte `bytes_at`, the ends moved by
 * as much, at row `rows_at`. */
static void put_heap(writer *w, const char *name, const heapcol *h, uint64_t bytes_at,
                     uint64_t bytes_total, uint64_t rows_at, uint64_t rows_total)
{
    char ename[160];
    snprintf(ename, sizeof ename, "%s_end", name);
    uint64_t *end = malloc((h->n + 1) * sizeof *end);
    if (!end && w->rc == TS_OK)
        w->rc = ts_error_set(w->err, TS_ENOMEM, "%s: out of memory", w->r->path);
    for (size_t i = 0; end && i < h->n; i++) end[i] = h->end[i] + bytes_at;
    put(w, name, H5T_NATIVE_UINT8, h->heap, h->len, bytes_at, bytes_total, TSI_TEXT_CHUNK);
    put(w, ename, H5T_NATIVE_UINT64, end, h->n, rows_at, rows_total, TSI_TABLE_CHUNK);
    free(end);
}

/* A table written by rank 0 alone (sources, extra/names): its rows on
 * rank 0, none elsewhere. */
static void put_small_heap(writer *w, const char *name, const heapcol *h)
{
    int mine = !w->r->comm || w->r->comm->rank == 0;
    heapcol none = {0};
    put_heap(w, name, mine ? h : &none, 0, h->len, 0, h->n);
}

static void write_series(writer *w)
{
    ts_result *r = w->r;
    const plan *p = w->p;
    uint64_t ns = r->key[0].n, *start = malloc((ns + 1) * sizeof *start);
    if (!start && w->rc == TS_OK) w->rc = ts_error_set(w->err, TS_ENOMEM, "%s: out of memory", r->path);
    for (int j = 0; j < TSI_KEY_COLS; j++)
        put_heap(w, tsi_key_columns[j], &r->key[j], p->before[N_KEYBYTES + j],
                 p->total[N_KEYBYTES + j], p->before[N_SERIES], p->total[N_SERIES]);
    uint64_t at = p->before[N_OBS];
    for (size_t i = 0; start && i < ns; i++) {
        start[i] = at;
        at += r->obs_count[i];
    }
    put(w, "series/obs_start", H5T_NATIVE_UINT64, start, ns, p->before[N_SERIES], p->total[N_SERIES],
        TSI_TABLE_CHUNK);
    put(w, "series/obs_count", H5T_NATIVE_UINT64, r->obs_count, ns, p->before[N_SERIES],
        p->total[N_SERIES], TSI_TABLE_CHUNK);
    free(start);
}

/* The /obs columns; the derived ones (series row, source row, the day)
 * are made in one scratch column. */
static void write_obs(writer *w)
{
    ts_result *r = w->r;
    const plan *p = w->p;
    uint64_t n = r->n_obs, at = p->before[N_OBS], total = p->total[N_OBS];
    void *scratch = malloc((n + 1) * 8);
    if (!scratch && w->rc == TS_OK) w->rc = ts_error_set(w->err, TS_ENOMEM, "%s: out of memory", r->path);
    uint32_t *ser = scratch;
    for (size_t i = 0, o = 0; scratch && i < r->key[0].n; i++)
        for (uint64_t k = 0; k < r->obs_count[i]; k++) ser[o++] = (uint32_t)(p->before[N_SERIES] + i);
    put(w, "obs/series", H5T_NATIVE_UINT32, scratch, n, at, total, TSI_OBS_CHUNK);
    put(w, "obs/first", H5T_NATIVE_INT32, r->first, n, at, total, TSI_OBS_CHUNK);
    put(w, "obs/last", H5T_NATIVE_INT32, r->last, n, at, total, TSI_OBS_CHUNK);
    put(w, "obs/value", H5T_NATIVE_DOUBLE, r->value, n, at, total, TSI_OBS_CHUNK);
    put(w, "obs/status", H5T_NATIVE_UINT8, r->status, n, at, total, TSI_OBS_CHUNK);
    int32_t *src = scratch;
    for (uint64_t o = 0; scratch && o < n; o++) src[o] = p->map[r->src[o]];
    /* Each fact's own source is also its document: a result imported
     * nothing. */
    put(w, "obs/source", H5T_NATIVE_INT32, scratch, n, at, total, TSI_OBS_CHUNK);
    put(w, "obs/doc", H5T_NATIVE_INT32, scratch, n, at, total, TSI_OBS_CHUNK);
    int32_t day = (int32_t)(p->now / 86400);
    for (uint64_t o = 0; scratch && o < n; o++) src[o] = day;
    put(w, "obs/vintage", H5T_NATIVE_INT32, scratch, n, at, total, TSI_OBS_CHUNK);
    int64_t *off = scratch;
    for (uint64_t o = 0; scratch && o < n; o++) off[o] = TSI_NO_OFFSET;
    put(w, "obs/offset", H5T_NATIVE_INT64, scratch, n, at, total, TSI_OBS_CHUNK);
    free(scratch);
}

/* /sources: one "named" row per source name, written by rank 0. */
static void write_sources(writer *w)
{
    const plan *p = w->p;
    size_t k = p->n_names;
    heapcol col[5] = {{0}};
    int64_t *num = calloc(k + 1, sizeof *num);
    int ok = num != NULL;
    for (size_t i = 0; ok && i < k; i++) {
        const char *v[5] = {p->names[i], "", TS_SOURCE_NAMED, "", ""};
        for (int c = 0; c < 5 && ok; c++) ok = heap_push(&col[c], v[c]) == 0;
    }
    if (!ok && w->rc == TS_OK) w->rc = ts_error_set(w->err, TS_ENOMEM, "%s: out of memory", w->r->path);
    static const char *const names[5] = {"sources/name", "sources/sha256", "sources/kind",
                                         "sources/period", "sources/date"};
    for (int c = 0; c < 5; c++) put_small_heap(w, names[c], &col[c]);
    int mine = !w->r->comm || w->r->comm->rank == 0;
    for (size_t i = 0; num && i < k; i++) num[i] = p->now;
    put(w, "sources/imported", H5T_NATIVE_INT64, num, mine ? k : 0, 0, k, TSI_TABLE_CHUNK);
    for (size_t i = 0; num && i < k; i++) num[i] = 0;
    put(w, "sources/size", H5T_NATIVE_UINT64, num, mine ? k : 0, 0, k, TSI_TABLE_CHUNK);
    put(w, "sources/text_start", H5T_NATIVE_UINT64, num, mine ? k : 0, 0, k, TSI_TABLE_CHUNK);
    put(w, "sources/text_length", H5T_NATIVE_UINT64, num, mine ? k : 0, 0, k, TSI_TABLE_CHUNK);
    put(w, "sources/text", H5T_NATIVE_UINT8, NULL, 0, 0, 0, TSI_TEXT_CHUNK);
    for (int c = 0; c < 5; c++) heap_free(&col[c]);
    free(num);
}

/* /extra: the names of the extra columns, then one string column each. */
static void write_extras(writer *w)
{
    ts_result *r = w->r;
    if (!r->n_extra) return;
    heapcol names = {0};
    for (size_t i = 0; i < r->n_extra; i++)
        if (heap_push(&names, r->extra[i]) != 0 && w->rc == TS_OK)
            w->rc = ts_error_set(w->err, TS_ENOMEM, "%s: out of memory", r->path);
    put_small_heap(w, "extra/names", &names);
    heap_free(&names);
    for (size_t i = 0; i < r->n_extra; i++) {
        char name[160];
        snprintf(name, sizeof name, "extra/%s", r->extra[i]);
        put_heap(w, name, &r->ex[i], w->p->before[N_EXBYTES + i], w->p->total[N_EXBYTES + i],
                 w->p->before[N_OBS], w->p->total[N_OBS]);
    }
}

static int write_file(ts_result *r, const plan *p, ts_error *err)
{
    const tsi_comm *c = r->comm;
    hid_t fapl = c ? c->fapl(c->ctx) : H5P_DEFAULT, dxpl = c ? c->dxpl(c->ctx) : H5P_DEFAULT;
    if (fapl < 0 || dxpl < 0) {
        if (fapl > 0 && c) H5Pclose(fapl);
        if (dxpl > 0 && c) H5Pclose(dxpl);
        return ts_error_set(err, TS_EIO, "%s: cannot set up parallel HDF5", r->path);
    }
    hid_t f = H5Fcreate(r->tmp, H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    if (c) H5Pclose(fapl);
    if (f < 0) {
        if (c) H5Pclose(dxpl);
        return tsi_h5_error(err, TS_EIO, r->tmp, "cannot create the result file");
    }
    writer w = {r, p, f, dxpl, TS_OK, err};
    w.rc = tsi_h5_attr_string(f, r->path, "format", TS_STORE_FORMAT, err);
    if (w.rc == TS_OK) w.rc = tsi_h5_attr_int(f, r->path, "version", TS_STORE_VERSION, err);
    write_series(&w);
    write_obs(&w);
    write_sources(&w);
    write_extras(&w);
    if (c) H5Pclose(dxpl);
    if (H5Fclose(f) < 0 && w.rc == TS_OK) w.rc = tsi_h5_error(err, TS_EIO, r->tmp, "cannot close");
    return w.rc;
}

/* Rank 0's last step: the written file into place, or away. */
static int place(ts_result *r, int rc, ts_error *err)
{
    if (rc == TS_OK) rc = tsi_place_file(r->tmp, r->path, err);
    if (rc != TS_OK) unlink(r->tmp);
    return rc;
}

int ts_result_commit(ts_result *r, ts_error *err)
{
    const tsi_comm *c = r->comm;
    ts_error mine;
    ts_error_clear(&mine);
    plan p;
    int rc = plan_make(r, &p, &mine);
    if (c) rc = c->agree(c->ctx, rc);
    if (rc == TS_OK) rc = write_file(r, &p, &mine);
    if (c) rc = c->agree(c->ctx, rc);
    if (!c || c->rank == 0) rc = place(r, rc, &mine);
    if (c && c->bcast(c->ctx, &rc, sizeof rc) != 0 && rc == TS_OK) rc = TS_EIO;
    if (rc != TS_OK) {
        /* A rank that did its part hears of the failure from the others. */
        if (mine.code == TS_OK)
            ts_error_set(&mine, rc, "%s: not written: the write failed on another rank", r->path);
        if (err) *err = mine;
    }
    plan_free(&p);
    ts_result_abort(r);
    return rc;
}
