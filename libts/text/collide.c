/* One document's facts, held until the document is read: a figure the
 * report repeats is given once; two values of one key are settled by the
 * rules below (the running text over a footnote, a subject named by its
 * own phrase over one named only under a condition, a total over its
 * parts), and what the rules cannot settle is kept first-come and
 * reported; a headline's restatement of a figure dated in the text is
 * dropped.  Facts are then given in document order. */
#include "text/text_internal.h"
#include "core/grow.h"
#include "core/intern.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The strings a reader or a table lends for the call only (the price,
 * a table caption's area, a table row's description) are interned: their
 * buffers are gone when the facts are settled, and equal strings then
 * share one copy and compare by pointer.  A sentence lives with the
 * document and is kept as it is. */
/* What a fact of the text is (extraction gives no extra columns): kept
 * instead of a whole ts_fact, whose room for extra columns would make a
 * large report's held facts ten times the size. */
typedef struct {
    const char *indicator, *area, *measure;
    ts_period period;
    double value;
    const char *unit;
    char status;
    const char *source, *price, *plan_by;
} fact_core;

typedef struct {
    fact_core f;
    size_t offset;
    const char *excerpt;
    unsigned flags;         /* TSX_FACT_... */
    size_t phrase;          /* length of the phrase that named its subject */
    int drop;
} held_fact;

struct tsx_held {
    held_fact *v;
    size_t n, cap;
    tsi_intern *strings;
};

tsx_held *tsx_held_new(void)
{
    tsx_held *h = calloc(1, sizeof *h);
    if (h && !(h->strings = tsi_intern_new())) {
        free(h);
        return NULL;
    }
    return h;
}

void tsx_held_free(tsx_held *h)
{
    if (h) {
        tsi_intern_free(h->strings);
        free(h->v);
        free(h);
    }
}

int tsx_held_add(tsx_held *h, const ts_fact *f, size_t offset, const char *excerpt,
                 int lent, unsigned flags, size_t phrase_len)
{
    if (tsi_grow(&h->v, &h->cap, h->n + 1, sizeof *h->v, 256) != 0)
        return TS_ENOMEM;
    const char *price = tsi_intern_s(h->strings, f->price ? f->price : "");
    const char *area = f->area ? tsi_intern_s(h->strings, f->area) : NULL;
    const char *ex = lent ? tsi_intern_s(h->strings, excerpt ? excerpt : "") : excerpt;
    if (!price || (f->area && !area) || !ex)
        return TS_ENOMEM;
    held_fact *x = &h->v[h->n++];
    memset(x, 0, sizeof *x);
    x->f = (fact_core){f->indicator, area,      f->measure, f->period, f->value, f->unit,
                       f->status,    f->source, price,      f->plan_by ? f->plan_by : ""};
    x->offset = offset;
    x->excerpt = ex;
    x->flags = flags;
    x->phrase = phrase_len;
    return TS_OK;
}

/* What a fact's evidence weighs when two values of one key meet: the
 * running text over a footnote, a subject named by its own phrase over
 * one named under a condition, a total over a part. */
static int weight(const held_fact *x)
{
    /* A part named narrowly is the indicator itself ("(trong đó thu ngân
     * sách trên địa bàn ...)"), no part of it. */
    int part = (x->flags & TSX_FACT_PART) && !(x->flags & TSX_FACT_NARROW);
    return (x->flags & TSX_FACT_FOOTNOTE ? 0 : 4) + (x->flags & TSX_FACT_WEAK ? 0 : 2) + !part;
}

/* A figure written rounded ("hơn 700 doanh nghiệp" in a headline) and
 * one as written near it (761 in the text): the same figure, told twice;
 * so is one written with fewer decimals that the other rounds to.  Far
 * apart they are two figures, and rounding settles nothing. */
#define ROUNDING_GAP 0.15

/* The decimals a value was written with, as far as its value tells
 * (9.5: 1, 9.54: 2, 10: 0). */
static int decimals_of(double v)
{
    for (int d = 0; d < 6; d++, v *= 10)
        if (fabs(v - round(v)) <= 1e-9 * fmax(1, fabs(v)))
            return d;
    return 6;
}

/* Whether a is b written with fewer decimals ("tăng 9,5%" in a headline,
 * "9,54%" in the text). */
static int fewer_decimals_of(double a, double b)
{
    int da = decimals_of(a);
    if (da >= decimals_of(b))
        return 0;
    double scale = pow(10, da);
    return fabs(round(b * scale) / scale - a) <= 1e-9 * fmax(1, fabs(a));
}

static int rounded_of(const held_fact *approx, const held_fact *exact)
{
    if (!(approx->flags & TSX_FACT_APPROX) && !(exact->flags & TSX_FACT_APPROX))
        return fewer_decimals_of(approx->f.value, exact->f.value);
    if (!(approx->flags & TSX_FACT_APPROX) || (exact->flags & TSX_FACT_APPROX))
        return 0;
    /* "vượt con số 10 nghìn tỷ đồng. Cụ thể, ... đạt 12.498 tỷ đồng":
     * the mark passed, then the figure past it. */
    if ((approx->flags & TSX_FACT_MILESTONE) && exact->f.value >= approx->f.value)
        return 1;
    return fabs(approx->f.value - exact->f.value) <=
           ROUNDING_GAP * fmax(fabs(approx->f.value), fabs(exact->f.value));
}

/* Whether a outweighs b: in one sentence a stock's total after "lên" over
 * a count of it (what was added: "có 13 xã đạt chuẩn ..., đưa tổng số lên
 * 88 xã"); then by weight, then the figure as written over its rounding,
 * then the subject named narrowly (`narrows`), then by the more specific
 * (longer) phrase that named it ("thu ngân sách nhà nước trên địa bàn"
 * over "tổng thu ngân sách nhà nước"). */
static int outweighs(const held_fact *a, const held_fact *b)
{
    if (a->excerpt == b->excerpt && ((a->flags ^ b->flags) & TSX_FACT_RAISED_TO))
        return (a->flags & TSX_FACT_RAISED_TO) != 0;
    if (weight(a) != weight(b))
        return weight(a) > weight(b);
    if (rounded_of(b, a) || rounded_of(a, b))
        return rounded_of(b, a);
    /* A phrase that names the indicator narrowly over the total's, however
     * short ("thu trên địa bàn" after "tổng thu ngân sách nhà nước"). */
    if ((a->flags ^ b->flags) & TSX_FACT_NARROW)
        return (a->flags & TSX_FACT_NARROW) != 0;
    return a->phrase > b->phrase;
}

static int same_value(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

/* The same catalogue or context string is mostly the same pointer. */
static int cmp_str(const char *a, const char *b)
{
    return a == b ? 0 : strcmp(a ? a : "", b ? b : "");
}

/* Orders by indicator, area, measure, price, plan_by; then the period
 * (cmp_by_period) or the value (cmp_by_value); then document order. */
static int cmp_key(const held_fact *a, const held_fact *b)
{
    int c;
    if ((c = cmp_str(a->f.indicator, b->f.indicator)) || (c = cmp_str(a->f.area, b->f.area)) ||
        (c = cmp_str(a->f.measure, b->f.measure)) || (c = cmp_str(a->f.price, b->f.price)) ||
        (c = cmp_str(a->f.plan_by, b->f.plan_by)))
        return c;
    return 0;
}

static int cmp_by_period(const void *pa, const void *pb)
{
    const held_fact *a = *(held_fact *const *)pa, *b = *(held_fact *const *)pb;
    int c = cmp_key(a, b);
    if (c)
        return c;
    if (a->f.period.first != b->f.period.first)
        return a->f.period.first < b->f.period.first ? -1 : 1;
    if (a->f.period.last != b->f.period.last)
        return a->f.period.last < b->f.period.last ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int cmp_by_value(const void *pa, const void *pb)
{
    const held_fact *a = *(held_fact *const *)pa, *b = *(held_fact *const *)pb;
    int c = cmp_key(a, b);
    if (c)
        return c;
    if (!same_value(a->f.value, b->f.value))
        return a->f.value < b->f.value ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* Orders by indicator, area, measure, period and value, the qualifiers
 * left out; then document order. */
static int cmp_unqualified(const void *pa, const void *pb)
{
    const held_fact *a = *(held_fact *const *)pa, *b = *(held_fact *const *)pb;
    int c;
    if ((c = cmp_str(a->f.indicator, b->f.indicator)) || (c = cmp_str(a->f.area, b->f.area)) ||
        (c = cmp_str(a->f.measure, b->f.measure)))
        return c;
    if (a->f.period.first != b->f.period.first)
        return a->f.period.first < b->f.period.first ? -1 : 1;
    if (a->f.period.last != b->f.period.last)
        return a->f.period.last < b->f.period.last ? -1 : 1;
    if (!same_value(a->f.value, b->f.value))
        return a->f.value < b->f.value ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int same_unqualified(const held_fact *a, const held_fact *b)
{
    return !cmp_str(a->f.indicator, b->f.indicator) && !cmp_str(a->f.area, b->f.area) &&
           !cmp_str(a->f.measure, b->f.measure) && a->f.period.first == b->f.period.first &&
           a->f.period.last == b->f.period.last && same_value(a->f.value, b->f.value);
}

/* The set's facts in the order of cmp; NULL on out of memory. */
static held_fact **sorted(tsx_held *h, int (*cmp)(const void *, const void *))
{
    held_fact **ix = malloc((h->n ? h->n : 1) * sizeof *ix);
    if (!ix)
        return NULL;
    for (size_t i = 0; i < h->n; i++)
        ix[i] = &h->v[i];
    qsort(ix, h->n, sizeof *ix, cmp);
    return ix;
}

static int same_key(const held_fact *a, const held_fact *b, int with_period)
{
    return !cmp_str(a->f.indicator, b->f.indicator) && !cmp_str(a->f.area, b->f.area) &&
           !cmp_str(a->f.measure, b->f.measure) && !cmp_str(a->f.price, b->f.price) &&
           !cmp_str(a->f.plan_by, b->f.plan_by) &&
           (!with_period || (a->f.period.first == b->f.period.first &&
                             a->f.period.last == b->f.period.last));
}

static void to_fact(const fact_core *c, ts_fact *f)
{
    ts_fact_init(f);
    f->indicator = c->indicator;
    f->area = c->area;
    f->measure = c->measure;
    f->period = c->period;
    f->value = c->value;
    f->unit = c->unit;
    f->status = c->status;
    f->source = c->source;
    f->price = c->price;
    f->plan_by = c->plan_by;
}

static void give(ts_fact_fn fn, void *user, const held_fact *x)
{
    ts_fact f;
    to_fact(&x->f, &f);
    fn(user, &f, x->offset, x->excerpt);
}

static void report_collision(const tsx_held_hooks *hooks, const held_fact *kept,
                             const held_fact *dropped)
{
    ts_fact a, b;
    to_fact(&kept->f, &a);
    to_fact(&dropped->f, &b);
    hooks->collision(hooks->user, &a, kept->offset, kept->excerpt, &b, dropped->offset,
                     dropped->excerpt);
}

/* A total's level dropped for the level named narrowly in its sentence
 * ("Tổng thu ngân sách ... 1.327 tỷ đồng, đạt 221,36% kế hoạch (trong đó
 * thu ngân sách trên địa bàn ... 268,4 tỷ đồng)"): what the sentence gave
 * of the total beside it (its share of a plan, its growth) goes with it. */
static int narrowed_total(const held_fact *dropped, const held_fact *kept)
{
    return (kept->flags & TSX_FACT_NARROW) && !(dropped->flags & TSX_FACT_NARROW) &&
           kept->excerpt == dropped->excerpt && strcmp(dropped->f.measure, TS_MEASURE_LEVEL) == 0;
}

/* Settles each key's values: the heaviest value kept (the first on a
 * tie, which is reported), given with its first statement; the rest
 * dropped, a total's level dropped for a narrower one noted in *totals
 * (TS_ENOMEM when it cannot be). */
static int settle_keys(tsx_held *h, held_fact **ix, const tsx_held_hooks *hooks,
                       held_fact ***totals, size_t *ntotals)
{
    size_t cap = 0;
    for (size_t a = 0; a < h->n;) {
        size_t b = a + 1;
        while (b < h->n && same_key(ix[a], ix[b], 1))
            b++;
        held_fact *best = ix[a];
        for (size_t k = a + 1; k < b; k++)
            if (outweighs(ix[k], best))
                best = ix[k];
        /* The value settled, its first statement is the one given (a
         * sentence before the table that repeats it). */
        held_fact *kept = best;
        for (size_t k = a; k < b; k++)
            if (same_value(ix[k]->f.value, best->f.value) && ix[k] < kept)
                kept = ix[k];
        for (size_t k = a; k < b; k++) {
            held_fact *x = ix[k];
            if (x == kept)
                continue;
            x->drop = 1;
            if (narrowed_total(x, best)) {
                if (tsi_grow(totals, &cap, *ntotals + 1, sizeof **totals, 8) != 0)
                    return TS_ENOMEM;
                (*totals)[(*ntotals)++] = x;
            }
            if (!same_value(x->f.value, best->f.value) && !outweighs(best, x) && hooks &&
                hooks->collision)
                report_collision(hooks, best, x);
        }
        a = b;
    }
    return TS_OK;
}

static void drop_beside_totals(tsx_held *h, held_fact *const *totals, size_t n)
{
    for (size_t i = 0; i < h->n && n; i++) {
        held_fact *x = &h->v[i];
        if (x->drop || (x->flags & TSX_FACT_NARROW))
            continue;
        for (size_t k = 0; k < n; k++) {
            const held_fact *d = totals[k];
            if (d->excerpt == x->excerpt && !cmp_str(d->f.indicator, x->f.indicator) &&
                !cmp_str(d->f.area, x->f.area) && d->f.period.first == x->f.period.first &&
                d->f.period.last == x->f.period.last) {
                x->drop = 1;
                break;
            }
        }
    }
}

/* An amount given with the report's own period in a headline ("2.411
 * doanh nghiệp thành lập mới") and with a period of its own in the text
 * is the text's.  (Percentages coincide too often to be told apart so.) */
static void drop_restatements(tsx_held *h, held_fact **ix)
{
    for (size_t a = 0; a < h->n;) {
        size_t b = a + 1;
        while (b < h->n && same_key(ix[a], ix[b], 0) && same_value(ix[a]->f.value, ix[b]->f.value))
            b++;
        int dated = 0;
        for (size_t k = a; k < b; k++)
            dated |= !ix[k]->drop && !(ix[k]->flags & TSX_FACT_DEFAULT_PERIOD);
        for (size_t k = a; k < b && dated; k++)
            if ((ix[k]->flags & TSX_FACT_DEFAULT_PERIOD) &&
                strcmp(ix[k]->f.measure, TS_MEASURE_LEVEL) == 0 && strcmp(ix[k]->f.unit, "pct") != 0)
                ix[k]->drop = 1;
        a = b;
    }
}

/* A figure given with its qualifier and again without it ("GRDP theo giá
 * so sánh 2010 ... giảm 9,28%", later "kinh tế bị giảm 9,28%") is one
 * figure: the bare statement is dropped. */
static void drop_unqualified(tsx_held *h, held_fact **ix)
{
    for (size_t a = 0; a < h->n;) {
        size_t b = a + 1;
        while (b < h->n && same_unqualified(ix[a], ix[b]))
            b++;
        int priced = 0, issued = 0;
        for (size_t k = a; k < b; k++)
            if (!ix[k]->drop) {
                priced |= ix[k]->f.price[0] != '\0';
                issued |= ix[k]->f.plan_by[0] != '\0';
            }
        for (size_t k = a; k < b; k++)
            if ((priced && !ix[k]->f.price[0]) || (issued && !ix[k]->f.plan_by[0]))
                ix[k]->drop = 1;
        a = b;
    }
}

int tsx_held_settle(tsx_held *h, ts_fact_fn fn, void *user, const tsx_held_hooks *hooks)
{
    held_fact **ix = sorted(h, cmp_by_period);
    if (!ix)
        return TS_ENOMEM;
    held_fact **totals = NULL;
    size_t ntotals = 0;
    int rc = settle_keys(h, ix, hooks, &totals, &ntotals);
    free(ix);
    if (rc != TS_OK) {
        free(totals);
        return rc;
    }
    drop_beside_totals(h, totals, ntotals);
    free(totals);
    if (!(ix = sorted(h, cmp_by_value)))
        return TS_ENOMEM;
    drop_restatements(h, ix);
    free(ix);
    if (!(ix = sorted(h, cmp_unqualified)))
        return TS_ENOMEM;
    drop_unqualified(h, ix);
    free(ix);
    for (size_t i = 0; i < h->n; i++)
        if (!h->v[i].drop && fn)
            give(fn, user, &h->v[i]);
    return TS_OK;
}
