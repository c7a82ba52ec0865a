/* Series grouping: facts -> (indicator, area, measure, unit, price,
 * plan_by) series sorted by period, with duplicates resolved explicitly.
 * This file holds the keys, the ordering of one series and the set (any
 * input order, all facts in memory, about 40 bytes each while grouping);
 * series_source.c hands series out one at a time. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/series_impl.h"
#include "ts_series.h"
#include "core/grow.h"

/* ---- keys: six interned pointers, and a hash map key -> series id ---- */


static uint32_t key_hash(const tsi_skey *k)
{
    return tsi_hash_bytes(k->s, sizeof k->s, 0x5e71e5);
}

static int key_eq(const tsi_skey *a, const tsi_skey *b)
{
    return a->s[0] == b->s[0] && a->s[1] == b->s[1] && a->s[2] == b->s[2] &&
           a->s[3] == b->s[3] && a->s[4] == b->s[4] && a->s[5] == b->s[5];
}

/* The id of key k among the keys m indexes, or TSI_MAP_NONE with *p at
 * the slot where a new id goes (reserve room in m before). */
uint32_t tsi_skey_find(const tsi_map *m, const tsi_skey *keys, const tsi_skey *k, tsi_map_probe *p)
{
    for (uint32_t id = tsi_map_first(m, key_hash(k), p); id != TSI_MAP_NONE;
         id = tsi_map_next(m, p))
        if (key_eq(&keys[id], k))
            return id;
    return TSI_MAP_NONE;
}

/* Interns the six strings of a key (NULL being ""); -1 on no memory. */
static int key_intern(tsi_intern *in, const char *const src[TSI_NKEY], tsi_skey *k)
{
    for (int i = 0; i < TSI_NKEY; i++) {
        k->s[i] = tsi_intern_s(in, src[i] ? src[i] : "");
        if (!k->s[i])
            return -1;
    }
    return 0;
}

/* Interns the key of fact f; -1 on no memory. */
int tsi_skey_of(tsi_intern *in, const ts_fact *f, tsi_skey *k)
{
    const char *src[TSI_NKEY] = {f->indicator, f->area, f->measure, f->unit, f->price, f->plan_by};
    return key_intern(in, src, k);
}

int tsi_skey_of_series(tsi_intern *in, const ts_series *s, tsi_skey *k)
{
    const char *src[TSI_NKEY] = {s->indicator, s->area, s->measure, s->unit, s->price, s->plan_by};
    return key_intern(in, src, k);
}

/* Nonzero when the fact's key spells the interned key k (no interning:
 * the hot path of grouped input). */
/* Nonzero when the interned k spells f (NULL being ""): the first bytes
 * decide most answers, and the blank qualifiers, without a call. */
static inline int same_text(const char *k, const char *f)
{
    f = f ? f : "";
    return k[0] == f[0] && (k[0] == '\0' || strcmp(k + 1, f + 1) == 0);
}

int tsi_skey_same(const tsi_skey *k, const ts_fact *f)
{
    return same_text(k->s[0], f->indicator) && same_text(k->s[1], f->area) &&
           same_text(k->s[2], f->measure) && same_text(k->s[3], f->unit) &&
           same_text(k->s[4], f->price) && same_text(k->s[5], f->plan_by);
}

void tsi_skey_view(ts_series *v, const tsi_skey *k)
{
    v->indicator = k->s[0];
    v->area = k->s[1];
    v->measure = k->s[2];
    v->unit = k->s[3];
    v->price = k->s[4];
    v->plan_by = k->s[5];
}

void ts_series_fact_key(const ts_series *s, ts_fact *f)
{
    f->indicator = s->indicator;
    f->area = s->area;
    f->measure = s->measure;
    f->unit = s->unit;
    f->price = s->price;
    f->plan_by = s->plan_by;
}

void ts_series_fact_at(const ts_series *s, size_t i, ts_fact *f)
{
    ts_series_fact_key(s, f);
    f->period = s->period[i];
    f->value = s->value[i];
    f->status = s->status[i];
    f->source = s->source[i];
}

void ts_series_key_of_fact(const ts_fact *f, ts_series *out)
{
    *out = (ts_series){0};
    out->indicator = f->indicator;
    out->area = f->area;
    out->measure = f->measure;
    out->unit = f->unit;
    out->price = f->price;
    out->plan_by = f->plan_by;
}

const char *ts_series_key_format(const ts_series *s, char *buf, size_t n)
{
    const char *pr = s->price ? s->price : "", *pb = s->plan_by ? s->plan_by : "";
    char q[96] = "";
    if (pr[0] && pb[0])
        snprintf(q, sizeof q, " (price %.32s, plan by %.32s)", pr, pb);
    else if (pr[0] || pb[0])
        snprintf(q, sizeof q, " (%s %.32s)", pr[0] ? "price" : "plan by", pr[0] ? pr : pb);
    snprintf(buf, n, "%s/%s/%s/%s%s", s->indicator, s->area, s->measure, s->unit, q);
    return buf;
}

/* Interns a fact's source, reusing the previous answer when the text is the
 * same (facts of one document arrive together). */
const char *tsi_source_of(tsi_intern *in, const ts_fact *f, const char **last)
{
    const char *s = f->source && f->source[0] ? f->source : "-";
    if (*last && same_text(*last, s))
        return *last;
    const char *r = tsi_intern_s(in, s);
    if (r)
        *last = r;
    return r;
}

/* ---- ordering one series' arrays by period, resolving duplicates ---- */


static int pkey_cmp(const void *a, const void *b)
{
    const tsi_pkey *x = a, *y = b;
    if (x->p.first != y->p.first)
        return x->p.first < y->p.first ? -1 : 1;
    if (x->p.last != y->p.last)
        return x->p.last < y->p.last ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static int period_lt(ts_period a, ts_period b)
{
    return a.first < b.first || (a.first == b.first && a.last < b.last);
}

static int period_eq(ts_period a, ts_period b)
{
    return a.first == b.first && a.last == b.last;
}


void tsi_orderer_free(tsi_orderer *o)
{
    free(o->scratch);
    free(o->tmp);
}

/* Applies the permutation ord (ord[k] = old index of new k) to one column
 * of n elements of size sz through o->tmp. */
static void permute(tsi_orderer *o, void *col, size_t sz, const tsi_pkey *ord, size_t n)
{
    char *t = o->tmp, *c = col;
    if (n == 0) /* an empty series: there may be no buffer at all */
        return;
    for (size_t k = 0; k < n; k++)
        memcpy(t + k * sz, c + (size_t)ord[k].i * sz, sz);
    memcpy(c, t, n * sz);
}

/* Sorts the n observations at p/v/st/src by period (stable) and drops all
 * but the last of equal periods; *n_out gets the new count.  key names the
 * series for messages and callbacks. */
int tsi_order_series(tsi_orderer *o, ts_series *key, ts_period *p, double *v, char *st,
                        const char **src, size_t n, size_t *n_out, ts_error *err)
{
    /* Strictly increasing, the rule (the store's order): nothing to do. */
    size_t up = 1;
    while (up < n && period_lt(p[up - 1], p[up]))
        up++;
    if (up >= n) {
        *n_out = n;
        return TS_OK;
    }
    int sorted = 1;
    for (size_t i = up; i < n && sorted; i++)
        if (period_lt(p[i], p[i - 1]))
            sorted = 0;
    if (!sorted) {
        if (tsi_grow(&o->scratch, &o->scratch_cap, n, sizeof *o->scratch, 64) != 0 ||
            tsi_grow(&o->tmp, &o->tmp_cap, n, 8, 64) != 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory sorting a series of %zu facts", n);
        for (size_t i = 0; i < n; i++) {
            o->scratch[i].p = p[i];
            o->scratch[i].i = (uint32_t)i;
        }
        qsort(o->scratch, n, sizeof *o->scratch, pkey_cmp);
        permute(o, p, sizeof *p, o->scratch, n);
        permute(o, v, sizeof *v, o->scratch, n);
        permute(o, st, sizeof *st, o->scratch, n);
        permute(o, src, sizeof *src, o->scratch, n);
    }
    /* Equal periods are now adjacent in input order: keep the last. */
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        if (w > 0 && period_eq(p[w - 1], p[i])) {
            if (o->policy == TS_DUP_ERROR) {
                char k[512], pt[TS_PERIOD_TEXT_MAX];
                ts_period_format(p[i], pt, sizeof pt);
                return ts_error_set(err, TS_EINVAL, "duplicate fact: %s %s (sources %s and %s)",
                                    ts_series_key_format(key, k, sizeof k), pt, src[w - 1],
                                    src[i]);
            }
            o->dropped++;
            if (o->fn)
                o->fn(o->ctx, key, p[i], src[i], src[w - 1]);
            w--;
        }
        p[w] = p[i];
        v[w] = v[i];
        st[w] = st[i];
        src[w] = src[i];
        w++;
    }
    *n_out = w;
    return TS_OK;
}

/* ---- the columns of a series ---- */

int tsi_columns_reserve(tsi_columns *c, size_t need, size_t first)
{
    if (need <= c->cap)
        return 0;
    size_t cap = c->cap ? c->cap : first;
    while (cap < need)
        cap *= 2;
    /* Each column is replaced only after its realloc succeeded, so a
     * failure leaves the columns consistent (some just larger). */
    if (tsi_resize(&c->period, cap, sizeof *c->period) ||
        tsi_resize(&c->value, cap, sizeof *c->value) ||
        tsi_resize(&c->status, cap, sizeof *c->status) ||
        tsi_resize(&c->source, cap, sizeof *c->source))
        return -1;
    c->cap = cap;
    return 0;
}

int tsi_columns_push(tsi_columns *c, ts_period p, double v, char status, const char *source)
{
    if (tsi_columns_reserve(c, c->n + 1, 256) != 0)
        return -1;
    c->period[c->n] = p;
    c->value[c->n] = v;
    c->status[c->n] = status;
    c->source[c->n] = source;
    c->n++;
    return 0;
}

void tsi_columns_view(const tsi_columns *c, size_t from, size_t n, ts_series *v)
{
    v->n = n;
    v->period = c->period + from;
    v->value = c->value + from;
    v->status = c->status + from;
    v->source = c->source + from;
}

void tsi_columns_free(tsi_columns *c)
{
    free(c->period);
    free(c->value);
    free(c->status);
    free(c->source);
}

/* ---- the set ---- */

struct ts_series_set {
    tsi_intern *in;
    tsi_map map;         /* key -> series id */
    tsi_skey *keys;          /* per series */
    size_t n_series, cap_series;
    size_t *start, *len; /* per series, after finish */
    uint32_t *sid;       /* per fact, before finish */
    size_t cap_sid;
    tsi_columns obs;     /* per fact; grouped by series after finish */
    uint32_t last_sid;   /* series of the previous fact, UINT32_MAX if none */
    const char *last_source;
    int finished;
    tsi_orderer ord;
};

ts_series_set *ts_series_set_new(ts_dup_policy dup, ts_error *err)
{
    ts_series_set *s = calloc(1, sizeof *s);
    if (!s || !(s->in = tsi_intern_new())) {
        ts_series_set_free(s);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    s->ord.policy = dup;
    s->last_sid = UINT32_MAX;
    return s;
}

void ts_series_set_on_duplicate(ts_series_set *set, ts_dup_fn fn, void *ctx)
{
    set->ord.fn = fn;
    set->ord.ctx = ctx;
}

static int grow_facts(ts_series_set *s)
{
    size_t need = s->obs.n + 1;
    return tsi_grow(&s->sid, &s->cap_sid, need, sizeof *s->sid, 4096) ||
           tsi_columns_reserve(&s->obs, need, 4096);
}

/* The id of the fact's series, creating it; UINT32_MAX on no memory. */
static uint32_t series_id(ts_series_set *s, const ts_fact *f)
{
    if (s->last_sid != UINT32_MAX && tsi_skey_same(&s->keys[s->last_sid], f))
        return s->last_sid;
    tsi_skey k;
    tsi_map_probe p;
    if (tsi_skey_of(s->in, f, &k) != 0 ||
        tsi_grow(&s->keys, &s->cap_series, s->n_series + 1, sizeof *s->keys, 256) != 0 ||
        tsi_map_reserve(&s->map, s->n_series + 1) != 0)
        return UINT32_MAX;
    uint32_t id = tsi_skey_find(&s->map, s->keys, &k, &p);
    if (id == TSI_MAP_NONE) {
        id = (uint32_t)s->n_series++;
        s->keys[id] = k;
        tsi_map_put(&s->map, &p, id);
    }
    s->last_sid = id;
    return id;
}

int ts_series_set_add(ts_series_set *s, const ts_fact *f, ts_error *err)
{
    if (s->finished)
        return ts_error_set(err, TS_EINVAL, "series set already finished");
    if (s->obs.n >= UINT32_MAX)
        return ts_error_set(err, TS_ERANGE, "too many facts for one series set");
    if (grow_facts(s) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory after %zu facts", s->obs.n);
    uint32_t id = series_id(s, f);
    const char *src = id == UINT32_MAX ? NULL : tsi_source_of(s->in, f, &s->last_source);
    if (!src)
        return ts_error_set(err, TS_ENOMEM, "out of memory after %zu facts", s->obs.n);
    size_t i = s->obs.n++;
    s->sid[i] = id;
    s->obs.period[i] = f->period;
    s->obs.value[i] = f->value;
    s->obs.status[i] = f->status == 'E' ? 'E' : 'A';
    s->obs.source[i] = src;
    return TS_OK;
}

int ts_series_set_finish(ts_series_set *s, ts_error *err)
{
    if (s->finished)
        return TS_OK;
    size_t ns = s->n_series, nf = s->obs.n;
    s->start = calloc(ns + 1, sizeof *s->start);
    s->len = calloc(ns + 1, sizeof *s->len);
    tsi_pkey *perm = malloc((nf + 1) * sizeof *perm);
    void *tmp = malloc((nf + 1) * 8);
    if (!s->start || !s->len || !perm || !tmp) {
        free(perm);
        free(tmp);
        return ts_error_set(err, TS_ENOMEM, "out of memory grouping %zu facts", nf);
    }
    /* Counting sort by series id keeps input order within each series. */
    for (size_t i = 0; i < nf; i++)
        s->len[s->sid[i]]++;
    for (size_t k = 1; k <= ns; k++)
        s->start[k] = s->start[k - 1] + s->len[k - 1];
    for (size_t k = 0; k < ns; k++)
        s->len[k] = 0;
    for (size_t i = 0; i < nf; i++) {
        uint32_t k = s->sid[i];
        perm[s->start[k] + s->len[k]++].i = (uint32_t)i;
    }
    free(s->sid);
    s->sid = NULL;
    /* One column at a time through one buffer bounds the extra memory. */
    tsi_orderer whole = {.tmp = tmp, .tmp_cap = nf + 1};
    permute(&whole, s->obs.period, sizeof *s->obs.period, perm, nf);
    permute(&whole, s->obs.value, sizeof *s->obs.value, perm, nf);
    permute(&whole, s->obs.status, sizeof *s->obs.status, perm, nf);
    permute(&whole, s->obs.source, sizeof *s->obs.source, perm, nf);
    tsi_orderer_free(&whole);
    free(perm);
    s->finished = 1;
    for (size_t k = 0; k < ns; k++) {
        ts_series key = {0};
        tsi_skey_view(&key, &s->keys[k]);
        size_t a = s->start[k], n;
        int rc = tsi_order_series(&s->ord, &key, s->obs.period + a, s->obs.value + a, s->obs.status + a,
                              s->obs.source + a, s->len[k], &n, err);
        if (rc != TS_OK) {
            s->n_series = 0; /* only ts_series_set_free is safe now */
            return rc;
        }
        s->len[k] = n;
    }
    return TS_OK;
}

size_t ts_series_set_count(const ts_series_set *s)
{
    return s->finished ? s->n_series : 0;
}

void ts_series_set_get(const ts_series_set *s, size_t i, ts_series *out)
{
    tsi_skey_view(out, &s->keys[i]);
    tsi_columns_view(&s->obs, s->start[i], s->len[i], out);
}

size_t ts_series_set_facts(const ts_series_set *s)
{
    return s->obs.n;
}

size_t ts_series_set_duplicates(const ts_series_set *s)
{
    return s->ord.dropped;
}

const char *ts_series_set_intern(ts_series_set *s, const char *str)
{
    return tsi_intern_s(s->in, str);
}

void ts_series_set_free(ts_series_set *s)
{
    if (!s)
        return;
    tsi_intern_free(s->in);
    tsi_map_reset(&s->map);
    free(s->keys);
    free(s->start);
    free(s->len);
    free(s->sid);
    tsi_columns_free(&s->obs);
    tsi_orderer_free(&s->ord);
    free(s);
}

/* ---- helpers ---- */

long ts_series_find(const ts_series *s, ts_period p)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (period_lt(s->period[mid], p))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->n && period_eq(s->period[lo], p) ? (long)lo : -1;
}
