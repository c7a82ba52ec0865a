/* Totals across areas or across indicators, per measure, price basis, plan
 * issuer and period.  Units are never mixed: a total takes the unit of its
 * first member, and a member in another unit is refused with both series
 * named; members at different price bases or of different issuers make
 * totals of their own, each tagged. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/intern.h"
#include "ts_agg.h"
#include "core/grow.h"

typedef struct {
    const char *group, *measure, *unit; /* group: indicator or area */
    const char *price, *plan_by;        /* the members' qualifiers ("" blank) */
    const char *member;                 /* first member's other key part */
    ts_period period;
    double sum;
    size_t count;
    int est;
} total;

struct ts_summer {
    ts_sum_by by;
    char *label;
    total *t;
    size_t n, cap;
    tsi_map map;        /* (group, measure, period) -> index into t */
    total *units;       /* one entry per (group, measure): its unit */
    size_t n_units, cap_units;
    tsi_map umap;       /* (group, measure) -> index into units */
    int sorted;
};

ts_summer *ts_summer_new(ts_sum_by by, const char *label, ts_error *err)
{
    ts_summer *m = calloc(1, sizeof *m);
    if (!m || !(m->label = strdup(label ? label : "total"))) {
        free(m);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    m->by = by;
    return m;
}

static uint32_t hash3(const total *e, int with_period)
{
    uintptr_t k[4] = {(uintptr_t)e->group, (uintptr_t)e->measure, 0, 0};
    if (with_period) {
        k[2] = (uint32_t)e->period.first;
        k[3] = (uint32_t)e->period.last;
    }
    return tsi_hash_bytes(k, sizeof k, 7);
}

/* The index of the entry of arr[0..*n) with e's key, appending e when
 * there is none; -1 on no memory.  with_period selects the totals table
 * (key group, measure, period) or the units table (group, measure). */
static int64_t lookup(tsi_map *m, total **arr, size_t *n, size_t *cap, const total *e,
                      int with_period)
{
    if (m->count < *n) {
        /* Sorting for output reordered arr: index it again. */
        tsi_map_clear(m);
        for (size_t i = 0; i < *n; i++)
            if (tsi_map_add_new(m, hash3(&(*arr)[i], with_period), (uint32_t)i) != 0)
                return -1;
    }
    if (tsi_map_reserve(m, *n + 1) != 0 || tsi_grow(arr, cap, *n + 1, sizeof **arr, 256) != 0)
        return -1;
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(m, hash3(e, with_period), &p); id != TSI_MAP_NONE;
         id = tsi_map_next(m, &p)) {
        const total *o = &(*arr)[id];
        if (o->group == e->group && o->measure == e->measure &&
            (!with_period ||
             (o->period.first == e->period.first && o->period.last == e->period.last &&
              strcmp(o->price, e->price) == 0 && strcmp(o->plan_by, e->plan_by) == 0)))
            return id;
    }
    (*arr)[*n] = *e;
    tsi_map_put(m, &p, (uint32_t)*n);
    return (int64_t)(*n)++;
}

int ts_summer_add(ts_summer *m, const ts_series *s, ts_error *err)
{
    const char *g = m->by == TS_SUM_BY_INDICATOR ? s->indicator : s->area;
    const char *member = m->by == TS_SUM_BY_INDICATOR ? s->area : s->indicator;
    total key = {.group = g, .measure = s->measure, .unit = s->unit, .member = member,
                 .price = s->price ? s->price : "", .plan_by = s->plan_by ? s->plan_by : ""};
    size_t n_units = m->n_units;
    int64_t u = lookup(&m->umap, &m->units, &m->n_units, &m->cap_units, &key, 0);
    if (u < 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    const total *e = &m->units[u];
    if (m->n_units == n_units && strcmp(e->unit, s->unit) != 0) {
        const char *ei = m->by == TS_SUM_BY_INDICATOR ? e->group : e->member;
        const char *ea = m->by == TS_SUM_BY_INDICATOR ? e->member : e->group;
        return ts_error_set(err, TS_EUNIT, "cannot add %s (%s/%s/%s) to %s (%s/%s/%s)", s->unit,
                            s->indicator, s->area, s->measure, e->unit, ei, ea, e->measure);
    }
    for (size_t i = 0; i < s->n; i++) {
        key.period = s->period[i];
        int64_t k = lookup(&m->map, &m->t, &m->n, &m->cap, &key, 1);
        if (k < 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        total *t = &m->t[k];
        t->sum += s->value[i];
        t->count++;
        t->est |= s->status[i] == 'E';
    }
    m->sorted = 0;
    return TS_OK;
}

static int total_cmp(const void *a, const void *b)
{
    const total *x = a, *y = b;
    int c = strcmp(x->group, y->group);
    if (!c)
        c = strcmp(x->measure, y->measure);
    if (!c)
        c = strcmp(x->price, y->price);
    if (!c)
        c = strcmp(x->plan_by, y->plan_by);
    if (!c)
        c = x->period.first != y->period.first ? (x->period.first < y->period.first ? -1 : 1)
                                               : (x->period.last > y->period.last) -
                                                     (x->period.last < y->period.last);
    return c;
}

size_t ts_summer_count(const ts_summer *m)
{
    return m->n;
}

void ts_summer_get(const ts_summer *cm, size_t i, ts_series *key, ts_point *pt)
{
    ts_summer *m = (ts_summer *)cm;
    if (!m->sorted) {
        /* Sorting invalidates the map's ids; the next add rebuilds it. */
        qsort(m->t, m->n, sizeof *m->t, total_cmp);
        tsi_map_clear(&m->map);
        m->sorted = 1;
    }
    const total *e = &m->t[i];
    memset(key, 0, sizeof *key);
    key->indicator = m->by == TS_SUM_BY_INDICATOR ? e->group : m->label;
    key->area = m->by == TS_SUM_BY_INDICATOR ? m->label : e->group;
    key->measure = e->measure;
    key->unit = e->unit;
    key->price = e->price;
    key->plan_by = e->plan_by;
    memset(pt, 0, sizeof *pt);
    pt->period = pt->base = e->period;
    pt->value = e->sum;
    pt->status = e->est ? 'E' : 'A';
    pt->count = e->count;
    pt->note = TS_NOTE_NONE;
}

void ts_summer_free(ts_summer *m)
{
    if (!m)
        return;
    free(m->label);
    free(m->t);
    tsi_map_reset(&m->map);
    free(m->units);
    tsi_map_reset(&m->umap);
    free(m);
}
