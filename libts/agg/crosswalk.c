/* The 2025 crosswalk: figures of the old provinces added into the
 * provinces that took them over (ts-agg sum --areas 2025), so a series
 * runs on across the reorganisation.  Only amounts add: levels and plans
 * of flows and stocks; rates, shares and growth rates are refused with
 * the reason.  A total is given only when every area that made up the new
 * province at that period has a value. */
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "core/map.h"
#include "ts_agg.h"

/* Areas a total may have (the most provinces merged into one is three). */
#define MAX_MEMBERS 8

typedef struct {
    const ts_area *to;                /* the new province */
    const char *key[5];               /* indicator, measure, unit, price, plan_by */
    ts_period period;
    double sum;                       /* of the old areas' values */
    int est;
    const ts_area *member[MAX_MEMBERS]; /* the old areas that gave a value */
    size_t n_members;
    int has_own;                      /* the new province's own figure */
    double own;
    int own_est;
} xtotal;

struct ts_crosswalk {
    const ts_gazetteer *g;
    const ts_catalog *cat;
    int32_t day;
    xtotal *t;
    size_t n, cap;
    tsi_map map;
    xtotal *done;      /* the complete totals, after finish */
    size_t n_done;
    size_t incomplete; /* totals left out */
};

ts_crosswalk *ts_crosswalk_new(const ts_gazetteer *g, const ts_catalog *cat, int32_t day,
                               ts_error *err)
{
    ts_crosswalk *x = calloc(1, sizeof *x);
    if (!x) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    x->g = g;
    x->cat = cat;
    x->day = day;
    tsi_map_init(&x->map);
    return x;
}

void ts_crosswalk_free(ts_crosswalk *x)
{
    if (!x)
        return;
    free(x->t);
    free(x->done);
    tsi_map_reset(&x->map);
    free(x);
}

/* Why a series cannot be added, or NULL when it can. */
static const char *refusal(const ts_crosswalk *x, const ts_series *s)
{
    const ts_indicator *ind = ts_catalog_find(x->cat, s->indicator);
    if (strcmp(s->measure, TS_MEASURE_LEVEL) != 0 && strcmp(s->measure, TS_MEASURE_PLAN) != 0)
        return "a growth rate or share of plan does not add up across areas (add the levels, "
               "then derive it: ts-agg sum --areas 2025 | ts-agg yoy)";
    if (!ind)
        return "the indicator is not in the catalogue, so whether it adds up is not known";
    if (ind->kind == TS_KIND_RATE || strcmp(s->unit, "pct") == 0)
        return "a rate or share does not add up across areas";
    return NULL;
}

/* The area slug names at period p: the one valid at its end, else at its
 * start. */
static const ts_area *area_at(const ts_gazetteer *g, const char *slug, ts_period p)
{
    const ts_area *a = ts_gazetteer_find(g, slug, p.last);
    return a ? a : ts_gazetteer_find(g, slug, p.first);
}

static uint32_t hash_total(const xtotal *e)
{
    uintptr_t k[8] = {(uintptr_t)e->to};
    for (int i = 0; i < 5; i++)
        k[1 + i] = (uintptr_t)e->key[i];
    k[6] = (uint32_t)e->period.first;
    k[7] = (uint32_t)e->period.last;
    return tsi_hash_bytes(k, sizeof k, 11);
}

static int same_total(const xtotal *a, const xtotal *b)
{
    if (a->to != b->to || a->period.first != b->period.first || a->period.last != b->period.last)
        return 0;
    for (int i = 0; i < 5; i++)
        if (a->key[i] != b->key[i] && strcmp(a->key[i], b->key[i]) != 0)
            return 0;
    return 1;
}

/* The total with e's key, made when new; NULL when out of memory. */
static xtotal *total_of(ts_crosswalk *x, const xtotal *e)
{
    if (tsi_map_reserve(&x->map, x->n + 1) != 0 ||
        tsi_grow(&x->t, &x->cap, x->n + 1, sizeof *x->t, 256) != 0)
        return NULL;
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(&x->map, hash_total(e), &p); id != TSI_MAP_NONE;
         id = tsi_map_next(&x->map, &p))
        if (same_total(&x->t[id], e))
            return &x->t[id];
    x->t[x->n] = *e;
    tsi_map_put(&x->map, &p, (uint32_t)x->n);
    return &x->t[x->n++];
}

int ts_crosswalk_add(ts_crosswalk *x, const ts_series *s, const char **why, ts_error *err)
{
    *why = refusal(x, s);
    if (*why)
        return TS_EINVAL;
    for (size_t i = 0; i < s->n; i++) {
        const ts_area *a = area_at(x->g, s->area, s->period[i]);
        const ts_area *to = a ? ts_gazetteer_successor_at(x->g, a, x->day) : NULL;
        if (!to) {
            *why = a ? "the area was abolished on the reorganisation (districts were)"
                     : "the gazetteer does not know the area at that period";
            return TS_EINVAL;
        }
        xtotal e = {to, {s->indicator, s->measure, s->unit, s->price ? s->price : "",
                         s->plan_by ? s->plan_by : ""}, s->period[i], 0, 0, {NULL}, 0, 0, 0, 0};
        xtotal *t = total_of(x, &e);
        if (!t)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        if (a == to) {
            /* The province's own figure (reported after the change, or a
             * province that did not change) stands for itself. */
            if (!t->has_own) {
                t->has_own = 1;
                t->own = s->value[i];
                t->own_est = s->status[i] == 'E';
            }
            continue;
        }
        size_t k = 0;
        while (k < t->n_members && t->member[k] != a)
            k++;
        if (k < t->n_members)
            continue; /* the same area twice (two series of one area): counted once */
        if (t->n_members < MAX_MEMBERS)
            t->member[t->n_members++] = a;
        t->sum += s->value[i];
        t->est |= s->status[i] == 'E';
    }
    return TS_OK;
}

/* Whether every area that made up t's province during its period gave a
 * value: its predecessors that overlap the period, or itself. */
static int complete(const ts_crosswalk *x, const xtotal *t)
{
    if (t->has_own)
        return 1;
    const ts_area *pre[MAX_MEMBERS];
    size_t n = ts_gazetteer_predecessors(x->g, t->to, pre, MAX_MEMBERS), want = 0;
    for (size_t i = 0; i < n && i < MAX_MEMBERS; i++) {
        if (pre[i]->valid_from > t->period.last || pre[i]->valid_to < t->period.first)
            continue;
        want++;
        size_t k = 0;
        while (k < t->n_members && t->member[k] != pre[i])
            k++;
        if (k == t->n_members)
            return 0;
    }
    return want > 0 && t->n_members == want;
}

static int done_cmp(const void *pa, const void *pb)
{
    const xtotal *a = pa, *b = pb;
    int c = strcmp(a->key[0], b->key[0]);
    if (!c)
        c = strcmp(a->to->slug, b->to->slug);
    for (int i = 1; !c && i < 5; i++)
        c = strcmp(a->key[i], b->key[i]);
    return c ? c : ts_period_cmp(a->period, b->period);
}

int ts_crosswalk_finish(ts_crosswalk *x, ts_error *err)
{
    free(x->done);
    x->done = malloc((x->n + 1) * sizeof *x->done);
    if (!x->done)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    x->n_done = x->incomplete = 0;
    for (size_t i = 0; i < x->n; i++) {
        xtotal *t = &x->t[i];
        if (!complete(x, t)) {
            x->incomplete++;
            continue;
        }
        if (t->has_own) { /* its own figure wins over the parts' sum */
            t->sum = t->own;
            t->est = t->own_est;
            t->n_members = 1;
        }
        x->done[x->n_done++] = *t;
    }
    qsort(x->done, x->n_done, sizeof *x->done, done_cmp);
    return TS_OK;
}

size_t ts_crosswalk_count(const ts_crosswalk *x) { return x->n_done; }
size_t ts_crosswalk_incomplete(const ts_crosswalk *x) { return x->incomplete; }

void ts_crosswalk_get(const ts_crosswalk *x, size_t i, ts_series *key, ts_point *pt)
{
    const xtotal *t = &x->done[i];
    memset(key, 0, sizeof *key);
    key->indicator = t->key[0];
    key->area = t->to->slug;
    key->measure = t->key[1];
    key->unit = t->key[2];
    key->price = t->key[3];
    key->plan_by = t->key[4];
    memset(pt, 0, sizeof *pt);
    pt->period = pt->base = t->period;
    pt->value = t->sum;
    pt->status = t->est ? 'E' : 'A';
    pt->count = t->n_members;
    pt->note = TS_NOTE_NONE;
}
