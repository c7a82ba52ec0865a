/* Consistency checks: recompute the growth rates and plan shares a report
 * prints (yoy_pct, pct_plan, avg_annual_pct) from the levels and plans
 * available, so slips show up as differences in percentage points.  Like
 * is compared with like: a growth rate with levels of its price basis, a
 * share with a plan of its issuer from its own document (unless any
 * plan is allowed) and of its own period before the year's. */
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
    const char *price, *plan_by;                      /* interned, "" when blank */
    ts_period period;
    double value;
} entry;

struct ts_checker {
    tsi_intern *in;
    entry *e;
    size_t n, cap;
    uint32_t *idx; /* entries sorted by key and period */
    const char *m_level, *m_plan, *m_yoy, *m_pct_plan, *m_avg, *blank;
    int any_plan;  /* plans of any document, not only the share's own */
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
    c->blank = tsi_intern_s(c->in, "");
    if (!c->m_level || !c->m_plan || !c->m_yoy || !c->m_pct_plan || !c->m_avg || !c->blank) {
        ts_checker_free(c);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    return c;
}

void ts_checker_allow_any_plan(ts_checker *c, int any)
{
    c->any_plan = any != 0;
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
    e.price = tsi_intern_s(c->in, f->price ? f->price : "");
    e.plan_by = tsi_intern_s(c->in, f->plan_by ? f->plan_by : "");
    if (!e.ind || !e.area || !e.measure || !e.unit || !e.source || !e.price || !e.plan_by)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    c->e[c->n++] = e;
    return TS_OK;
}

static int ptr_cmp(const void *a, const void *b)
{
    return (uintptr_t)a < (uintptr_t)b ? -1 : (uintptr_t)a > (uintptr_t)b;
}

/* Orders by (indicator, area, measure) as pointers, then period; the
 * qualifiers are filters of find(), not part of the order. */
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

/* What an input fact must be (NULL: anything) and which document it
 * should preferably come from. */
typedef struct {
    const char *measure;
    const char *unit, *price, *plan_by, *source; /* interned, or NULL */
    const char *prefer;                          /* a source, or NULL */
} want;

/* The fact (indicator, area, w->measure, p) that passes w's filters: one
 * from w->prefer when there is one, else the last one read.  NULL when
 * none. */
static const entry *find(const ts_checker *c, const entry *x, ts_period p, const want *w)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (key_cmp(&c->e[c->idx[mid]], x->ind, x->area, w->measure, p) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const entry *best = NULL;
    for (size_t k = lo; k < c->n; k++) {
        const entry *y = &c->e[c->idx[k]];
        if (key_cmp(y, x->ind, x->area, w->measure, p) != 0)
            break;
        if ((w->unit && y->unit != w->unit) || (w->price && y->price != w->price) ||
            (w->plan_by && y->plan_by != w->plan_by) || (w->source && y->source != w->source))
            continue;
        if (best && best->source == w->prefer && y->source != w->prefer)
            continue;
        best = y;
    }
    return best;
}

/* The level of x's indicator at p, at x's price basis, preferably from
 * x's document; with unit non-NULL only in that unit. */
static const entry *find_level(const ts_checker *c, const entry *x, ts_period p,
                               const char *unit)
{
    want w = {c->m_level, unit, x->price, NULL, NULL, x->source};
    return find(c, x, p, &w);
}

/* The plan a share x is measured against, for period p: the same issuer
 * (both blank counts as the same), from x's own document unless any_plan,
 * in the level's unit, at the level's price basis or, as plans seldom
 * name one, at none. */
static const entry *find_plan(const ts_checker *c, const entry *x, ts_period p,
                              const entry *level)
{
    want w = {c->m_plan, level->unit, level->price, x->plan_by,
              c->any_plan ? NULL : x->source, x->source};
    const entry *b = find(c, x, p, &w);
    if (!b && level->price != c->blank) {
        w.price = c->blank;
        b = find(c, x, p, &w);
    }
    return b;
}

/* "level 2023 = 4200 (004.txt)", with the qualifiers in brackets when
 * there are any: "plan 2023 = 4500 [by province] (004.txt)". */
static size_t describe_one(char *buf, size_t n, const entry *a)
{
    char p[TS_PERIOD_TEXT_MAX], v[32], q[96] = "";
    ts_period_format(a->period, p, sizeof p);
    ts_value_format(a->value, v, sizeof v);
    if (a->price[0] && a->plan_by[0])
        snprintf(q, sizeof q, " [%.32s, by %.32s]", a->price, a->plan_by);
    else if (a->price[0] || a->plan_by[0])
        snprintf(q, sizeof q, " [%s%.32s]", a->price[0] ? "" : "by ",
                 a->price[0] ? a->price : a->plan_by);
    int k = snprintf(buf, n, "%s %s = %s%s (%s)", a->measure, p, v, q, a->source);
    return k < 0 ? 0 : (size_t)k < n ? (size_t)k : n ? n - 1 : 0;
}

static void use_input(ts_check_input *in, const entry *a)
{
    in->measure = a->measure;
    in->period = a->period;
    in->value = a->value;
    in->source = a->source;
    in->price = a->price;
    in->plan_by = a->plan_by;
}

static void describe(ts_check_row *r, const entry *a, const entry *b)
{
    size_t k = describe_one(r->inputs, sizeof r->inputs, a);
    if (k + 4 < sizeof r->inputs) {
        memcpy(r->inputs + k, " / ", 4);
        describe_one(r->inputs + k + 3, sizeof r->inputs - k - 3, b);
    }
    if (a->source == b->source)
        snprintf(r->sources, sizeof r->sources, "%s", a->source);
    else
        snprintf(r->sources, sizeof r->sources, "%s+%s", a->source, b->source);
    use_input(&r->input[0], a);
    use_input(&r->input[1], b);
}

/* The levels of a reported growth rate x (yoy_pct or avg_annual_pct over
 * whole years) and the rate they give, or NAN. */
static double growth_inputs(const ts_checker *c, const entry *x, const entry **a,
                            const entry **b)
{
    int y1, m1, d1, y2, m2, d2;
    ts_period pa, pb;
    if (x->measure == c->m_yoy) {
        pa = x->period;
        pb = ts_period_shift_years(x->period, -1);
    } else if (ts_period_kind_of(x->period) == TS_PERIOD_YEARS) {
        /* "2016-2020 grew 8% a year" runs from the 2015 level. */
        ts_civil_from_days(x->period.first, &y1, &m1, &d1);
        ts_civil_from_days(x->period.last, &y2, &m2, &d2);
        pa = ts_period_year(y2);
        pb = ts_period_year(y1 - 1);
    } else {
        return NAN;
    }
    *a = find_level(c, x, pa, NULL);
    *b = *a ? find_level(c, x, pb, (*a)->unit) : NULL;
    if (!*a || !*b || !((*b)->value > 0))
        return NAN;
    if (x->measure == c->m_yoy)
        return ts_growth_pct((*a)->value, (*b)->value);
    if ((*a)->value < 0)
        return NAN;
    ts_civil_from_days(x->period.first, &y1, &m1, &d1);
    ts_civil_from_days(x->period.last, &y2, &m2, &d2);
    return (pow((*a)->value / (*b)->value, 1.0 / (y2 - y1 + 1)) - 1.0) * 100.0;
}

/* The level and plan of a reported share x and the share they give, or
 * NAN.  A part-year share is measured against the plan of its own period
 * when its document states one ("1.074,84/2.319,27 tỷ đồng"), else
 * against the plan of the year that holds it (an 11-month level against
 * the year's plan). */
static double plan_inputs(const ts_checker *c, const entry *x, const entry **a,
                          const entry **b)
{
    *a = find_level(c, x, x->period, NULL);
    if (!*a)
        return NAN;
    *b = find_plan(c, x, x->period, *a);
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(x->period.first, &y1, &m1, &d1);
    ts_civil_from_days(x->period.last, &y2, &m2, &d2);
    if (!*b && y1 == y2)
        *b = find_plan(c, x, ts_period_year(y1), *a);
    if (!*b || !((*b)->value > 0))
        return NAN;
    return (*a)->value / (*b)->value * 100.0;
}

/* Recomputes fact x: 1 when it could, filling r; 0 when x is not a
 * measure the check recomputes; -1 when its inputs are missing. */
static int recompute(const ts_checker *c, const entry *x, ts_check_row *r)
{
    const entry *a = NULL, *b = NULL;
    double v;
    if (x->measure == c->m_yoy || x->measure == c->m_avg)
        v = growth_inputs(c, x, &a, &b);
    else if (x->measure == c->m_pct_plan)
        v = plan_inputs(c, x, &a, &b);
    else
        return 0;
    if (isnan(v))
        return -1;
    r->indicator = x->ind;
    r->area = x->area;
    r->measure = x->measure;
    r->period = x->period;
    r->price = x->price;
    r->plan_by = x->plan_by;
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
          "reported_source\tinputs\tinput_sources\tprice\tplan_by\n", fp);
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
        fprintf(fp, "%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%s\t%s\n",
                k->indicator, k->area, k->measure, p, rep, k->recomputed, k->diff,
                off ? "differs" : "ok", k->reported_source, k->inputs, k->sources,
                k->price ? k->price : "", k->plan_by ? k->plan_by : "");
    }
    if (fflush(fp) != 0 || ferror(fp))
        return ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    return TS_OK;
}
