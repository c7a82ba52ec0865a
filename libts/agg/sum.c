/* Totals across areas or across indicators, per measure and period.  Units
 * are never mixed: a total takes the unit of its first member, and a member
 * in another unit is refused with both series named. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/intern.h"
#include "ts_agg.h"
#include "core/grow.h"

typedef struct {
    const char *group, *measure, *unit; /* group: indicator or area */
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
    uint32_t *slot;     /* hash of (group, measure, period) -> total index */
    size_t slot_cap;
    total *units;       /* one entry per (group, measure): its unit */
    size_t n_units, cap_units;
    uint32_t *uslot;
    size_t uslot_cap;
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

static size_t hash3(const void *a, const void *b, ts_period p, int with_period)
{
    uintptr_t k[4] = {(uintptr_t)a, (uintptr_t)b, 0, 0};
    if (with_period) {
        k[2] = (uint32_t)p.first;
        k[3] = (uint32_t)p.last;
    }
    return tsi_hash_bytes(k, sizeof k, 7);
}

/* Finds (or makes room for) the entry of `arr` with the key; returns its
 * index or the negative slot - 1 where a new one goes; -INT64_MAX on no
 * memory.  with_period selects the totals table or the units table. */
static int64_t lookup(uint32_t **slotp, size_t *capp, total *arr, size_t n, const char *g,
                      const char *me, ts_period p, int with_period)
{
    if ((n + 1) * 2 > *capp) {
        size_t cap = *capp ? *capp * 2 : 1024;
        uint32_t *s = malloc(cap * sizeof *s);
        if (!s)
            return -INT64_MAX;
        memset(s, 0xff, cap * sizeof *s);
        for (size_t i = 0; i < n; i++) {
            size_t j = hash3(arr[i].group, arr[i].measure, arr[i].period, with_period) & (cap - 1);
            while (s[j] != UINT32_MAX)
                j = (j + 1) & (cap - 1);
            s[j] = (uint32_t)i;
        }
        free(*slotp);
        *slotp = s;
        *capp = cap;
    }
    size_t j = hash3(g, me, p, with_period) & (*capp - 1);
    for (;;) {
        uint32_t id = (*slotp)[j];
        if (id == UINT32_MAX)
            return -(int64_t)j - 1;
        const total *e = &arr[id];
        if (e->group == g && e->measure == me &&
            (!with_period || (e->period.first == p.first && e->period.last == p.last)))
            return id;
        j = (j + 1) & (*capp - 1);
    }
}

static int push(total **arr, size_t *n, size_t *cap, const total *e)
{
    if (tsi_grow(arr, cap, *n + 1, sizeof **arr, 256) != 0)
        return -1;
    (*arr)[(*n)++] = *e;
    return 0;
}

int ts_summer_add(ts_summer *m, const ts_series *s, ts_error *err)
{
    const char *g = m->by == TS_SUM_BY_INDICATOR ? s->indicator : s->area;
    const char *member = m->by == TS_SUM_BY_INDICATOR ? s->area : s->indicator;
    ts_period none = {0, 0};
    int64_t u = lookup(&m->uslot, &m->uslot_cap, m->units, m->n_units, g, s->measure, none, 0);
    if (u == -INT64_MAX)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    if (u >= 0) {
        const total *e = &m->units[u];
        if (strcmp(e->unit, s->unit) != 0) {
            const char *ei = m->by == TS_SUM_BY_INDICATOR ? e->group : e->member;
            const char *ea = m->by == TS_SUM_BY_INDICATOR ? e->member : e->group;
            return ts_error_set(err, TS_EUNIT, "cannot add %s (%s/%s/%s) to %s (%s/%s/%s)",
                                s->unit, s->indicator, s->area, s->measure, e->unit, ei, ea,
                                e->measure);
        }
    } else {
        total e = {.group = g, .measure = s->measure, .unit = s->unit, .member = member};
        if (push(&m->units, &m->n_units, &m->cap_units, &e) != 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        m->uslot[-u - 1] = (uint32_t)(m->n_units - 1);
    }
    for (size_t i = 0; i < s->n; i++) {
        int64_t k = lookup(&m->slot, &m->slot_cap, m->t, m->n, g, s->measure, s->period[i], 1);
        if (k == -INT64_MAX)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        if (k < 0) {
            total e = {.group = g, .measure = s->measure, .unit = s->unit, .member = member,
                       .period = s->period[i]};
            if (push(&m->t, &m->n, &m->cap, &e) != 0)
                return ts_error_set(err, TS_ENOMEM, "out of memory");
            m->slot[-k - 1] = (uint32_t)(m->n - 1);
            k = (int64_t)(m->n - 1);
        }
        total *e = &m->t[k];
        e->sum += s->value[i];
        e->count++;
        e->est |= s->status[i] == 'E';
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
        /* Sorting invalidates the hash slots; they are rebuilt on the next
         * add by clearing them. */
        qsort(m->t, m->n, sizeof *m->t, total_cmp);
        free(m->slot);
        m->slot = NULL;
        m->slot_cap = 0;
        m->sorted = 1;
    }
    const total *e = &m->t[i];
    memset(key, 0, sizeof *key);
    key->indicator = m->by == TS_SUM_BY_INDICATOR ? e->group : m->label;
    key->area = m->by == TS_SUM_BY_INDICATOR ? m->label : e->group;
    key->measure = e->measure;
    key->unit = e->unit;
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
    free(m->slot);
    free(m->units);
    free(m->uslot);
    free(m);
}
