/* A series source: whole series one at a time, with three back ends behind
 * one call.  Facts grouped by series (the store's order) are read one
 * series at a time, holding only that series; facts in any order go into
 * a ts_series_set, read whole at the first call; whole series (a store
 * query's) are interned and ordered one at a time, with no work per fact
 * but copying it. */
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "core/series_impl.h"

/* One observation of the series being read. */
typedef struct {
    ts_period period;
    double value;
    char status;
    const char *source;
} obs;

struct ts_series_source {
    ts_fact_next_fn next;
    ts_series_next_fn next_series; /* whole series, or NULL */
    void *ctx;
    /* any order: a set, loaded at the first call, then handed out */
    ts_series_set *set;
    int loaded;
    size_t at;
    /* grouped input */
    tsi_intern *in;
    tsi_map map;       /* keys of finished series, to catch ungrouped input */
    tsi_skey *keys;
    size_t n_keys, cap_keys;
    tsi_skey cur;      /* key of the series being read */
    int has_cur;
    tsi_columns buf;   /* the series being read */
    int emitted;       /* the last call handed buf out: clear it first */
    int has_pending;   /* the first fact of the next series, read ahead */
    tsi_skey pend_key;
    obs pend;
    int at_eof, done;
    const char *last_source;
    size_t n_facts;
    tsi_orderer ord;
};

ts_series_source *ts_series_source_new(ts_fact_next_fn next, void *ctx, int grouped,
                                       ts_dup_policy dup, ts_error *err)
{
    ts_series_source *s = calloc(1, sizeof *s);
    if (!s || !(s->in = tsi_intern_new()) ||
        (!grouped && !(s->set = ts_series_set_new(dup, err)))) {
        ts_series_source_free(s);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    s->next = next;
    s->ctx = ctx;
    s->ord.policy = dup;
    return s;
}

ts_series_source *ts_series_source_new_series(ts_series_next_fn next, void *ctx,
                                              ts_dup_policy dup, ts_error *err)
{
    ts_series_source *s = ts_series_source_new(NULL, ctx, 1, dup, err);
    if (s)
        s->next_series = next;
    return s;
}

void ts_series_source_on_duplicate(ts_series_source *s, ts_dup_fn fn, void *ctx)
{
    s->ord.fn = fn;
    s->ord.ctx = ctx;
    if (s->set)
        ts_series_set_on_duplicate(s->set, fn, ctx);
}

static int finish(ts_series_source *s, int rc)
{
    s->done = 1;
    return rc;
}

static int out_of_memory(ts_series_source *s, ts_error *err)
{
    return finish(s, ts_error_set(err, TS_ENOMEM, "out of memory"));
}

/* ---- any order: the set ---- */

/* Reads every fact into the set and groups them; a bad row (TS_EINVAL)
 * returns to the caller, who may call again to read on. */
static int load_set(ts_series_source *s, ts_error *err)
{
    for (;;) {
        ts_fact f;
        int rc = s->next(s->ctx, &f, err);
        if (rc == TS_EOF)
            break;
        if (rc == TS_EINVAL)
            return rc;
        if (rc == TS_OK)
            rc = ts_series_set_add(s->set, &f, err);
        if (rc != TS_OK)
            return finish(s, rc);
    }
    int rc = ts_series_set_finish(s->set, err);
    if (rc != TS_OK)
        return finish(s, rc);
    s->loaded = 1;
    return TS_OK;
}

static int set_next(ts_series_source *s, ts_series *out, ts_error *err)
{
    int rc;
    if (!s->loaded && (rc = load_set(s, err)) != TS_OK)
        return rc;
    if (s->at >= ts_series_set_count(s->set))
        return finish(s, TS_EOF);
    ts_series_set_get(s->set, s->at++, out);
    return TS_OK;
}

/* ---- grouped input ---- */

static int push(tsi_columns *c, const obs *o)
{
    return tsi_columns_push(c, o->period, o->value, o->status, o->source);
}

static int not_grouped(const tsi_skey *k, ts_error *err)
{
    ts_series v;
    char b[512];
    tsi_skey_view(&v, k);
    return ts_error_set(err, TS_EINVAL, "input not grouped by series: %s appears again",
                        ts_series_key_format(&v, b, sizeof b));
}

/* Remembers the finished key k; fails with TS_EINVAL if it was seen before. */
static int remember_key(ts_series_source *s, const tsi_skey *k, ts_error *err)
{
    tsi_map_probe p;
    if (tsi_grow(&s->keys, &s->cap_keys, s->n_keys + 1, sizeof *s->keys, 1024) != 0 ||
        tsi_map_reserve(&s->map, s->n_keys + 1) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    if (tsi_skey_find(&s->map, s->keys, k, &p) != TSI_MAP_NONE)
        return not_grouped(k, err);
    s->keys[s->n_keys] = *k;
    tsi_map_put(&s->map, &p, (uint32_t)s->n_keys++);
    return TS_OK;
}

/* Sorts the buffered series and hands it out. */
static int emit(ts_series_source *s, ts_series *out, ts_error *err)
{
    ts_series v = {0};
    tsi_skey_view(&v, &s->cur);
    size_t n;
    int rc = tsi_order_series(&s->ord, &v, s->buf.period, s->buf.value, s->buf.status,
                              s->buf.source, s->buf.n, &n, err);
    if (rc != TS_OK)
        return finish(s, rc);
    s->buf.n = n;
    tsi_columns_view(&s->buf, 0, n, &v);
    *out = v;
    s->emitted = 1;
    return TS_OK;
}

/* Clears the series handed out last and takes up the fact read ahead. */
static int restart(ts_series_source *s, ts_error *err)
{
    s->emitted = 0;
    s->buf.n = 0;
    s->has_cur = 0;
    if (s->has_pending) {
        s->cur = s->pend_key;
        s->has_cur = 1;
        s->has_pending = 0;
        if (push(&s->buf, &s->pend) != 0)
            return out_of_memory(s, err);
    }
    return TS_OK;
}

/* Takes fact f: into the series being read, or, when its key differs, as
 * the first fact of the next series (*ends set: the current one is whole). */
static int take(ts_series_source *s, const ts_fact *f, int *ends, ts_error *err)
{
    obs o = {f->period, f->value, f->status == 'E' ? 'E' : 'A', NULL};
    s->n_facts++;
    *ends = 0;
    if (!(o.source = tsi_source_of(s->in, f, &s->last_source)))
        return out_of_memory(s, err);
    if (s->has_cur && tsi_skey_same(&s->cur, f))
        return push(&s->buf, &o) ? out_of_memory(s, err) : TS_OK;
    tsi_skey k;
    if (tsi_skey_of(s->in, f, &k) != 0)
        return out_of_memory(s, err);
    if (!s->has_cur) { /* the first series, or the one after an empty buffer */
        s->cur = k;
        s->has_cur = 1;
        return push(&s->buf, &o) ? out_of_memory(s, err) : TS_OK;
    }
    int rc = remember_key(s, &s->cur, err);
    if (rc != TS_OK)
        return finish(s, rc);
    s->pend_key = k;
    s->pend = o;
    s->has_pending = 1;
    *ends = 1;
    /* A key seen before the one just finished means ungrouped input. */
    tsi_map_probe p;
    if (tsi_skey_find(&s->map, s->keys, &k, &p) != TSI_MAP_NONE)
        return finish(s, not_grouped(&k, err));
    return TS_OK;
}

static int grouped_next(ts_series_source *s, ts_series *out, ts_error *err)
{
    int rc;
    if (s->emitted) {
        if ((rc = restart(s, err)) != TS_OK)
            return rc;
        if (s->at_eof)
            return s->has_cur ? emit(s, out, err) : finish(s, TS_EOF);
    }
    for (;;) {
        ts_fact f;
        rc = s->next(s->ctx, &f, err);
        if (rc == TS_EOF) {
            s->at_eof = 1;
            if (!s->has_cur)
                return finish(s, TS_EOF);
            if ((rc = remember_key(s, &s->cur, err)) != TS_OK)
                return finish(s, rc);
            return emit(s, out, err); /* the next call sees at_eof */
        }
        if (rc == TS_EINVAL)
            return rc;
        if (rc != TS_OK)
            return finish(s, rc);
        int ends;
        if ((rc = take(s, &f, &ends, err)) != TS_OK)
            return rc;
        if (ends)
            return emit(s, out, err);
    }
}

/* ---- whole series ---- */

/* The interned source of observation i ("-" when blank); the answer
 * before is reused while the text is the same pointer (runs of one
 * document), within one series: the next may reuse the memory. */
static const char *source_at(ts_series_source *s, const ts_series *in, size_t i,
                             const char **raw)
{
    const char *t = in->source[i];
    if (t && t == *raw)
        return s->last_source;
    const char *r = tsi_intern_s(s->in, t && t[0] ? t : "-");
    if (r) {
        *raw = t;
        s->last_source = r;
    }
    return r;
}

static int series_next(ts_series_source *s, ts_series *out, ts_error *err)
{
    ts_series in;
    int rc = s->next_series(s->ctx, &in, err);
    if (rc != TS_OK)
        return finish(s, rc);
    if (tsi_skey_of_series(s->in, &in, &s->cur) != 0 ||
        tsi_columns_reserve(&s->buf, in.n, 64) != 0)
        return out_of_memory(s, err);
    if ((rc = remember_key(s, &s->cur, err)) != TS_OK)
        return finish(s, rc);
    s->n_facts += in.n;
    const char *raw = NULL;
    for (size_t i = 0; i < in.n; i++)
        if (!(s->buf.source[i] = source_at(s, &in, i, &raw)))
            return out_of_memory(s, err);
    if (in.n) {
        memcpy(s->buf.period, in.period, in.n * sizeof *in.period);
        memcpy(s->buf.value, in.value, in.n * sizeof *in.value);
        memcpy(s->buf.status, in.status, in.n);
    }
    s->buf.n = in.n;
    return emit(s, out, err);
}

/* ---- the source ---- */

int ts_series_source_next(ts_series_source *s, ts_series *out, ts_error *err)
{
    if (s->done)
        return TS_EOF;
    if (s->next_series)
        return series_next(s, out, err);
    return s->set ? set_next(s, out, err) : grouped_next(s, out, err);
}

size_t ts_series_source_facts(const ts_series_source *s)
{
    return s->set ? ts_series_set_facts(s->set) : s->n_facts;
}

size_t ts_series_source_duplicates(const ts_series_source *s)
{
    return s->set ? ts_series_set_duplicates(s->set) : s->ord.dropped;
}

const char *ts_series_source_intern(ts_series_source *s, const char *str)
{
    return tsi_intern_s(s->in, str);
}

void ts_series_source_free(ts_series_source *s)
{
    if (!s)
        return;
    ts_series_set_free(s->set);
    tsi_intern_free(s->in);
    tsi_map_reset(&s->map);
    free(s->keys);
    tsi_columns_free(&s->buf);
    tsi_orderer_free(&s->ord);
    free(s);
}
