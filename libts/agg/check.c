/* Consistency checks: recompute the growth rates and plan shares a report
 * prints (yoy_pct, pct_plan, avg_annual_pct) from the levels and plans
 * available, in the same report or another one, so slips and revisions
 * show up as differences in percentage points. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "core/intern.h"
#include "ts_agg.h"
#include "core/grow.h"

typedef struct {
    const char *ind, *area, *measure, *unit, *source; /* interned */
    ts_period period;
    double value;
} entry;

struct ts_checker {
    tsi_intern *in;
    entry *e;
    size_t n, cap;
    uint32_t *idx; /* entries sorted by key and period */
    const char *m_level, *m_plan, *m_yoy, *m_pct_plan, *m_avg;
    size_t unchecked;
};

ts_checker *ts_checker_new(ts_error *err)
{
    ts_checker *c = calloc(1, sizeof *c);
    if (!c || !(c->in = tsi_intern_new())) {
        free(c);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    c->m_level = tsi_intern_s(c->in, TS_MEASURE_LEVEL);
    c->m_plan = tsi_intern_s(c->in, TS_MEASURE_PLAN);
    c->m_yoy = tsi_intern_s(c->in, TS_MEASURE_YOY_PCT);
    c->m_pct_plan = tsi_intern_s(c->in, TS_MEASURE_PCT_PLAN);
    c->m_avg = tsi_intern_s(c->in, TS_MEASURE_AVG_ANNUAL_PCT);
    if (!c->m_level || !c->m_plan || !c->m_yoy || !c->m_pct_plan || !c->m_avg) {
        ts_checker_free(c);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    return c;
}

int ts_checker_add(ts_checker *c, const ts_fact *f, ts_error *err)
{
    if (tsi_grow(&c->e, &c->cap, c->n + 1, sizeof *c->e, 256) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    entry e = {.period = f->period, .value = f->value};
    e.ind = tsi_intern_s(c->in, f->indicator ? f->indicator : "");
    e.area = tsi_intern_s(c->in, f->area ? f->area : "");
    e.measure = tsi_intern_s(c->in, f->measure ? f->measure : "");
    e.unit = tsi_intern_s(c->in, f->unit ? f->unit : "");
    e.source = tsi_intern_s(c->in, f->source && f->source[0] ? f->source : "-");
    if (!e.ind || !e.area || !e.measure || !e.unit || !e.source)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    c->e[c->n++] = e;
    return TS_OK;
}

static int ptr_cmp(const void *a, const void *b)
{
    return (uintptr_t)a < (uintptr_t)b ? -1 : (uintptr_t)a > (uintptr_t)b;
}

/* Orders by (indicator, area, measure) as pointers, then period. */
static int key_cmp(const entry *x, const char *ind, const char *area, const char *measure,
                   ts_period p)
{
    int c = ptr_cmp(x->ind, ind);
    if (!c)
        c = ptr_cmp(x->area, area);
    if (!c)
        c = ptr_cmp(x->measure, measure);
    if (!c)
        c = ts_period_cmp(x->period, p);
    return c;
}

static int idx_cmp(const void *a, const void *b, void *ctx)
{
    const entry *sort_base = ctx;
    uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
    const entry *y = &sort_base[j];
    int c = key_cmp(&sort_base[i], y->ind, y->area, y->measure, y->period);
    /* Equal keys keep input order, so "the last one" is well defined. */
    return c ? c : (i > j) - (i < j);
}

/* The fact (indicator, area, measure, p) to use as an input: one from
 * `prefer` when there is one, else the last one read; with unit non-NULL,
 * only facts in that unit.  NULL when none. */
static const entry *find(const ts_checker *c, const char *ind, const char *area,
                         const char *measure, ts_period p, const char *prefer, const char *unit)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (key_cmp(&c->e[c->idx[mid]], ind, area, measure, p) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const entry *best = NULL;
    for (size_t k = lo; k < c->n; k++) {
        const entry *x = &c->e[c->idx[k]];
        if (key_cmp(x, ind, area, measure, p) != 0)
            break;
        if (unit && x->unit != unit)
            continue;
        if (best && best->source == prefer && x->source != prefer)
            continue;
        best = x;
    }
    return best;
}

static void describe(ts_check_row *r, const entry *a, const entry *b)
{
    char pa[TS_PERIOD_TEXT_MAX], pb[TS_PERIOD_TEXT_MAX];
    ts_period_format(a->period, pa, sizeof pa);
    ts_period_format(b->period, pb, sizeof pb);
    snprintf(r->inputs, sizeof r->inputs, "%s %s (%s) / %s %s (%s)", a->measure, pa, a->source,
             b->measure, pb, b->source);
    if (a->source == b->source)
        snprintf(r->sources, sizeof r->sources, "%s", a->source);
    else
        snprintf(r->sources, sizeof r->sources, "%s+%s", a->source, b->source);
}

/* Recomputes fact x; 1 when it could, filling r. */
static int recompute(const ts_checker *c, const entry *x, ts_check_row *r)
{
    const entry *a = NULL, *b = NULL;
    double v = NAN;
    if (x->measure == c->m_yoy) {
        a = find(c, x->ind, x->area, c->m_level, x->period, x->source, NULL);
        if (a)
            b = find(c, x->ind, x->area, c->m_level, ts_period_shift_years(x->period, -1),
                     x->source, a->unit);
        if (a && b && b->value > 0)
            v = ts_growth_pct(a->value, b->value);
    } else if (x->measure == c->m_pct_plan) {
        a = find(c, x->ind, x->area, c->m_level, x->period, x->source, NULL);
        if (a) {
            b = find(c, x->ind, x->area, c->m_plan, x->period, x->source, a->unit);
            int y1, m1, d1, y2, m2, d2;
            ts_civil_from_days(x->period.first, &y1, &m1, &d1);
            ts_civil_from_days(x->period.last, &y2, &m2, &d2);
            /* A plan is set for the year: an 11-month level is measured
             * against the year's plan. */
            if (!b && y1 == y2)
                b = find(c, x->ind, x->area, c->m_plan, ts_period_year(y1), x->source, a->unit);
        }
        if (a && b && b->value > 0)
            v = a->value / b->value * 100.0;
    } else if (x->measure == c->m_avg) {
        int y1, m1, d1, y2, m2, d2;
        ts_civil_from_days(x->period.first, &y1, &m1, &d1);
        ts_civil_from_days(x->period.last, &y2, &m2, &d2);
        if (ts_period_kind_of(x->period) == TS_PERIOD_YEARS) {
            /* "2016-2020 grew 8% a year" runs from the 2015 level. */
            a = find(c, x->ind, x->area, c->m_level, ts_period_year(y2), x->source, NULL);
            if (a)
                b = find(c, x->ind, x->area, c->m_level, ts_period_year(y1 - 1), x->source,
                         a->unit);
            if (a && b && b->value > 0 && a->value >= 0)
                v = (pow(a->value / b->value, 1.0 / (y2 - y1 + 1)) - 1.0) * 100.0;
        }
    } else {
        return 0;
    }
    if (isnan(v))
        return -1;
    r->indicator = x->ind;
    r->area = x->area;
    r->measure = x->measure;
    r->period = x->period;
    r->reported = x->value;
    r->recomputed = v;
    r->diff = x->value - v;
    r->reported_source = x->source;
    describe(r, a, b);
    return 1;
}

int ts_checker_run(ts_checker *c, ts_check_row **rows, size_t *n_checked, ts_error *err)
{
    free(c->idx);
    c->idx = malloc((c->n + 1) * sizeof *c->idx);
    ts_check_row *out = malloc((c->n + 1) * sizeof *out);
    if (!c->idx || !out) {
        free(out);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < c->n; i++)
        c->idx[i] = (uint32_t)i;
    qsort_r(c->idx, c->n, sizeof *c->idx, idx_cmp, c->e);
    size_t n = 0;
    c->unchecked = 0;
    for (size_t i = 0; i < c->n; i++) {
        int got = recompute(c, &c->e[i], &out[n]);
        if (got > 0)
            n++;
        else if (got < 0)
            c->unchecked++;
    }
    *rows = out;
    *n_checked = n;
    return TS_OK;
}

size_t ts_checker_unchecked(const ts_checker *c)
{
    return c->unchecked;
}

void ts_checker_free(ts_checker *c)
{
    if (!c)
        return;
    tsi_intern_free(c->in);
    free(c->e);
    free(c->idx);
    free(c);
}

int ts_check_write(const ts_check_row *rows, size_t n, double tolerance, int all, FILE *fp,
                   size_t *bad, ts_error *err)
{
    *bad = 0;
    fputs("indicator\tarea\tmeasure\tperiod\treported\trecomputed\tdifference\tverdict\t"
          "reported_source\tinputs\tinput_sources\n", fp);
    for (size_t i = 0; i < n; i++) {
        const ts_check_row *k = &rows[i];
        /* A hair over the tolerance from rounding is not a discrepancy. */
        int off = fabs(k->diff) > tolerance + 1e-9;
        *bad += off;
        if (!off && !all)
            continue;
        char p[TS_PERIOD_TEXT_MAX], rep[32];
        ts_period_format(k->period, p, sizeof p);
        ts_value_format(k->reported, rep, sizeof rep);
        fprintf(fp, "%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s\n", k->indicator,
                k->area, k->measure, p, rep, k->recomputed, k->diff, off ? "differs" : "ok",
                k->reported_source, k->inputs, k->sources);
    }
    if (fflush(fp) != 0 || ferror(fp))
        return ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    return TS_OK;
}
