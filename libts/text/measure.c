/* What a figure is: the verb before it and the base after it, looked up
 * in the decision table below (the table of docs/extract.md, row by row),
 * give its measure and value: level, plan, pct_plan, yoy_pct or
 * avg_annual_pct, or nothing. */
#include "text/reader.h"

#include <string.h>

/* ---- the words around the figure ---- */

typedef enum {
    V_NONE, V_UP, V_DOWN, V_EQUAL, V_REACH, V_EXCEED, V_SHARE, V_FROM,
    V_GROWTH, V_CORRESP, V_MORE, V_IS
} verb;

/* What the words after a percentage measure it against. */
typedef enum { B_NONE, B_PLAN, B_SAME_PERIOD, B_OTHER } base;

static const struct {
    tsx_class cls;
    verb v;
} verb_classes[] = {
    {TSX_C_VERB_UP, V_UP},         {TSX_C_VERB_DOWN, V_DOWN},
    {TSX_C_VERB_EQUAL, V_EQUAL},   {TSX_C_VERB_REACH, V_REACH},
    {TSX_C_VERB_EXCEED, V_EXCEED}, {TSX_C_VERB_SHARE, V_SHARE},
    {TSX_C_VERB_MORE, V_MORE},     {TSX_C_VERB_FROM, V_FROM},
    {TSX_C_VERB_GROWTH, V_GROWTH}, {TSX_C_VERB_CORRESP, V_CORRESP},
    {TSX_C_VERB_IS, V_IS},
};

/* The verb governing a figure at i: the words before it, skipping
 * qualifiers ("tăng khoảng 5%").  *vpos receives the verb's last word. */
static verb verb_before(const reader *r, size_t i, size_t *vpos)
{
    size_t w = rd_prev_word(r, i);
    for (int guard = 0; guard < 4 && w != (size_t)-1; guard++) {
        if (rd_ending(r, w, TSX_C_QUALIFIER) != w)
            break;
        w = rd_prev_word(r, w);
    }
    *vpos = w;
    if (w == (size_t)-1)
        return V_NONE;
    for (size_t k = 0; k < sizeof verb_classes / sizeof verb_classes[0]; k++)
        if (rd_ending(r, w, verb_classes[k].cls) != (size_t)-1)
            return verb_classes[k].v;
    return V_NONE;
}

static base base_after(const reader *r, size_t i)
{
    i = rd_skip_spaces(r, i);
    int had_so = 0;
    for (int guard = 0; guard < 4; guard++) {
        size_t e;
        const tsx_entry *f = tsx_tag_find(r->tags, i, TSX_C_BASE_FILLER, &e);
        if (!f)
            break;
        had_so |= (f->flags & TSX_COMPARISON) != 0;
        i = rd_skip_spaces(r, e);
    }
    if (rd_at(r, i, TSX_C_BASE_PLAN))
        return B_PLAN;
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
    for (size_t m = 0; m < k; m++)
        if (g[m].e->cls == TSX_C_BASE_SAME_PERIOD && (had_so || !(g[m].e->flags & TSX_AFTER_SO)))
            return B_SAME_PERIOD;
    /* "so với năm 2019": another year set against this one. */
    size_t e = rd_at(r, i, TSX_C_PERIOD_YEAR);
    if (had_so && e) {
        size_t y = rd_skip_spaces(r, e);
        if (rd_year_ok(rd_int(r, &y, 4)))
            return B_SAME_PERIOD;
    }
    if (rd_at(r, i, TSX_C_BASE_OTHER))
        return B_OTHER;
    return B_NONE;
}

int rd_same_period_base(const reader *r, size_t i)
{
    size_t end = i + 40 < r->n ? i + 40 : r->n;
    for (size_t k = i; k < end; k++) {
        if (r->s[k] == ',' || r->s[k] == ';' || r->s[k] == ')')
            break;
        size_t c;
        const tsx_tag *g = tsx_tags_at(r->tags, k, &c);
        for (size_t m = 0; m < c; m++)
            if (g[m].e->cls == TSX_C_BASE_SAME_PERIOD && !(g[m].e->flags & TSX_AFTER_SO))
                return 1;
    }
    return 0;
}

/* A growth word among the few words before i (the subject and its verb),
 * looking through an abbreviation in parentheses: "tăng trưởng kinh tế
 * (GRDP) đạt". */
static int growth_named(const reader *r, size_t i)
{
    size_t p = i;
    for (int k = 0; k < 8; k++) {
        while (p > 0 && (r->s[p - 1] == ')' || r->s[p - 1] == '(' || r->s[p - 1] == ' '))
            p--;
        p = rd_prev_word(r, p);
        if (p == (size_t)-1)
            return 0;
        if (rd_ending(r, p, TSX_C_VERB_GROWTH) != (size_t)-1)
            return 1;
    }
    return 0;
}

/* "bình quân" among the four words before i. */
static int average_before(const reader *r, size_t i)
{
    size_t p = i;
    for (int k = 0; k < 4; k++) {
        p = rd_prev_word(r, p);
        if (p == (size_t)-1)
            return 0;
        if (rd_ending(r, p, TSX_C_AVERAGE) != (size_t)-1)
            return 1;
    }
    return 0;
}

/* The sentence speaks of yearly rates: "/năm" or "bình quân" in it. */
static int sentence_yearly(const reader *r)
{
    for (size_t k = 0; k < r->n; k++) {
        if (r->s[k] == '/' && rd_at(r, k + 1, TSX_C_PERIOD_YEAR))
            return 1;
        if (rd_at(r, k, TSX_C_AVERAGE))
            return 1;
    }
    return 0;
}

/* ---- the decision table ---- */

/* What the table knows of a figure. */
typedef struct {
    int pct;             /* a percentage */
    verb v;
    base b;
    const ts_indicator *ind;
    int rate;            /* the indicator's unit is pct */
    size_t vpos;         /* the verb's last word */
    ts_period p;         /* its period */
    per_state ps;
} figure;

enum { ANY_VERB = 0 };
#define VB(v) (1u << (v))
#define CHANGE (VB(V_UP) | VB(V_DOWN) | VB(V_GROWTH) | VB(V_CORRESP))
#define BS(b) (1u << (b))

typedef enum { IND_ANY, IND_RATE, IND_NOT_RATE, IND_FLOW, IND_NOT_FLOW } ind_kind;

/* Conditions beyond verb, base and indicator (one each row). */
typedef enum {
    C_NONE,
    C_PER_YEAR,        /* "/năm", "mỗi năm" after the figure */
    C_NOT_SAME_STRICT, /* no "cùng kỳ"/"năm trước" right after */
    C_NO_CHANGE_BEFORE,/* "tương ứng" with no change before it in the clause */
    C_SPAN,            /* the period is a span of years */
    C_NO_B,            /* not an "a/b" figure */
    C_GROWTH_SUBJECT,  /* no a/b, and a growth word names the subject */
    C_NOT_IN_UNIT,     /* the unit does not convert to the indicator's */
    C_AVERAGE_BEFORE,  /* "bình quân" just before: a yearly average */
    C_PLAN_CONTEXT     /* a plan phrase or "giao"/"kế hoạch" just before */
} cond;

typedef enum {
    A_DROP,            /* no fact */
    A_UNMATCHED,       /* no fact; --unmatched lists it */
    A_AVG_ANNUAL,      /* avg_annual_pct X over the span */
    A_AVG_IF_YEARLY,   /* avg_annual_pct X when the sentence speaks of years */
    A_PCT_PLAN,        /* pct_plan X (vượt: 100 + X) */
    A_YOY_OF_BASE,     /* yoy_pct X - 100 */
    A_YOY,             /* yoy_pct X, negative after "giảm" */
    A_LEVEL,           /* level X */
    A_PLAN,            /* plan X */
    A_LEVEL_PLAN       /* level a; plan b of "a/b" unless b counts a whole */
} action;

typedef struct {
    int pct;           /* 1 percentage, 0 amount */
    unsigned verbs;    /* VB() set, 0 = any */
    unsigned bases;    /* BS() set, 0 = any */
    ind_kind ind;
    cond c;
    action a;
} rule;

/* First matching row wins.  docs/extract.md prints this table. */
static const rule rules[] = {
    /* percentages */
    {1, 0, 0, IND_RATE, C_PER_YEAR, A_DROP},
    {1, VB(V_DOWN), 0, IND_ANY, C_PER_YEAR, A_DROP},
    {1, 0, 0, IND_ANY, C_PER_YEAR, A_AVG_ANNUAL},
    {1, VB(V_UP) | VB(V_DOWN), BS(B_PLAN), IND_ANY, C_NONE, A_DROP},
    {1, 0, BS(B_PLAN), IND_ANY, C_NONE, A_PCT_PLAN},
    {1, 0, BS(B_OTHER), IND_ANY, C_NONE, A_DROP},
    {1, VB(V_EQUAL) | VB(V_REACH), BS(B_SAME_PERIOD), IND_ANY, C_NONE, A_YOY_OF_BASE},
    {1, VB(V_EQUAL), 0, IND_ANY, C_NONE, A_DROP},
    {1, CHANGE, 0, IND_RATE, C_NOT_SAME_STRICT, A_DROP},
    {1, VB(V_CORRESP), 0, IND_ANY, C_NO_CHANGE_BEFORE, A_DROP},
    {1, CHANGE, 0, IND_ANY, C_SPAN, A_AVG_IF_YEARLY},
    {1, CHANGE, 0, IND_ANY, C_NONE, A_YOY},
    {1, 0, BS(B_NONE), IND_RATE, C_NO_B, A_LEVEL},
    {1, VB(V_NONE) | VB(V_REACH) | VB(V_IS), BS(B_NONE), IND_NOT_RATE, C_GROWTH_SUBJECT, A_YOY},
    {1, 0, 0, IND_ANY, C_NONE, A_DROP},
    /* amounts */
    {0, 0, 0, IND_ANY, C_NOT_IN_UNIT, A_UNMATCHED},
    {0, VB(V_UP) | VB(V_DOWN), 0, IND_ANY, C_NONE, A_DROP},
    {0, VB(V_MORE), 0, IND_NOT_FLOW, C_NONE, A_DROP},
    {0, 0, 0, IND_ANY, C_PER_YEAR, A_DROP},
    {0, 0, 0, IND_FLOW, C_AVERAGE_BEFORE, A_DROP},
    {0, 0, 0, IND_ANY, C_PLAN_CONTEXT, A_PLAN},
    {0, 0, 0, IND_ANY, C_NONE, A_LEVEL_PLAN},
};

static int ind_ok(ind_kind k, const figure *f)
{
    switch (k) {
    case IND_RATE: return f->rate;
    case IND_NOT_RATE: return !f->rate;
    case IND_FLOW: return f->ind->kind == TS_KIND_FLOW;
    case IND_NOT_FLOW: return f->ind->kind != TS_KIND_FLOW;
    default: return 1;
    }
}

static int cond_ok(const reader *r, cond c, const figure *f, const quantity *q)
{
    double x;
    switch (c) {
    case C_NONE: return 1;
    case C_PER_YEAR: return q->per_year;
    case C_NOT_SAME_STRICT: return f->b != B_SAME_PERIOD || !rd_same_period_base(r, q->end);
    case C_NO_CHANGE_BEFORE: return r->last_change == 0;
    case C_SPAN: return ts_period_kind_of(f->p) == TS_PERIOD_YEARS;
    case C_NO_B: return !q->has_b;
    case C_GROWTH_SUBJECT: return !q->has_b && growth_named(r, q->start);
    case C_NOT_IN_UNIT: return !rd_to_unit(q, q->a, f->ind, &x);
    case C_AVERAGE_BEFORE: return average_before(r, q->start);
    case C_PLAN_CONTEXT:
        return r->st[r->depth].plan_mode || rd_ending(r, f->vpos, TSX_C_PLAN_CUE) != (size_t)-1;
    }
    return 0;
}

static const rule *decide(const reader *r, const figure *f, const quantity *q)
{
    for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++) {
        const rule *ru = &rules[k];
        if (ru->pct != f->pct || (ru->verbs && !(ru->verbs & VB(f->v))) ||
            (ru->bases && !(ru->bases & BS(f->b))) || !ind_ok(ru->ind, f) ||
            !cond_ok(r, ru->c, f, q))
            continue;
        return ru;
    }
    return NULL;
}

/* ---- acting on the decision ---- */

static void act(reader *r, action a, const figure *f, const quantity *q, char status)
{
    const ts_extract_ctx *cx = r->cx;
    const ts_indicator *ind = f->ind;
    double x = q->a;
    switch (a) {
    case A_DROP:
        return;
    case A_UNMATCHED:
        rd_unmatched(r, q);
        return;
    case A_AVG_ANNUAL: {
        ts_period span = f->p;
        if (ts_period_kind_of(span) != TS_PERIOD_YEARS && cx->multiyear)
            span = cx->report;
        if (ts_period_kind_of(span) == TS_PERIOD_YEARS)
            rd_emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, span, x, "pct", status);
        return;
    }
    case A_AVG_IF_YEARLY:
        if (f->v != V_DOWN && sentence_yearly(r))
            rd_emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, f->p, x, "pct", status);
        return;
    case A_PCT_PLAN: {
        /* Against a plan for the whole span, a rate's achievement stays on
         * the span (not moved to the last year as its level is). */
        ts_period pp = f->ps.kind == PER_NONE ? cx->period : f->p;
        rd_emit(r, ind, TS_MEASURE_PCT_PLAN, pp, f->v == V_EXCEED ? 100 + x : x, "pct", status);
        return;
    }
    case A_YOY_OF_BASE:
        rd_emit(r, ind, TS_MEASURE_YOY_PCT, f->p, x - 100, "pct", status);
        return;
    case A_YOY:
        if (f->v == V_DOWN || (f->v == V_CORRESP && r->last_change < 0))
            x = -x;
        rd_emit(r, ind, TS_MEASURE_YOY_PCT, f->p, x, "pct", status);
        return;
    case A_LEVEL:
        rd_emit(r, ind, TS_MEASURE_LEVEL, f->p, x, "pct", status);
        return;
    default:
        break;
    }
    double v;
    rd_to_unit(q, q->a, ind, &v);
    if (a == A_PLAN) {
        rd_emit(r, ind, TS_MEASURE_PLAN, rd_plan_period(f->p), v, ind->unit, 'A');
        return;
    }
    rd_emit(r, ind, TS_MEASURE_LEVEL, f->p, v, ind->unit, status);
    double bx;
    if (q->has_b && !rd_unit_is_whole(r, ind->unit) && rd_to_unit(q, q->b, ind, &bx) && bx > 0)
        rd_emit(r, ind, TS_MEASURE_PLAN, rd_plan_period(f->p), bx, ind->unit, 'A');
}

/* Targets in the directions part: levels only (growth targets and ranges
 * are no facts). */
static void on_target(reader *r, const figure *f, const quantity *q, char status)
{
    if (f->v == V_UP || f->v == V_DOWN || f->v == V_GROWTH ||
        (f->v == V_MORE && f->ind->kind != TS_KIND_FLOW))
        return;
    if (f->pct && !f->rate)
        return;
    double x;
    if (!rd_to_unit(q, q->a, f->ind, &x))
        return;
    rd_emit(r, f->ind, TS_MEASURE_PLAN, rd_target_period(r, f->ind, &f->ps), x, f->ind->unit,
            status);
}

/* The figure's period: a year written after it, a year before '(' for a
 * figure in parentheses, else the phrase state. */
static per_state figure_period(const reader *r, const quantity *q)
{
    const frame *fr = &r->st[r->depth];
    per_state ps = fr->per;
    int y_after = rd_year_after(r, q->end);
    if (y_after) {
        ps.kind = PER_FIXED;
        ps.p = ts_period_year(y_after);
        ps.target = 0;
    } else if (r->depth > 0 && fr->paren_year) {
        ps.kind = PER_FIXED;
        ps.p = ts_period_year(fr->paren_year);
    }
    return ps;
}

/* Figures the clause does not let through before the table is asked:
 * nonzero when q is dropped. */
static int gated(reader *r, const quantity *q, int pct)
{
    frame *fr = &r->st[r->depth];
    if (!fr->ind || fr->suppress) {
        rd_unmatched(r, q);
        return 1;
    }
    /* A ';' clause that names nothing new keeps the indicator only for a
     * percentage measured against something ("; tăng 13,09% so thực hiện
     * năm 2018"), not for new counts ("; 07 xã đạt 15-18 tiêu chí"). */
    if (fr->weak) {
        base b = pct ? base_after(r, q->end) : B_NONE;
        if (b != B_PLAN && b != B_SAME_PERIOD) {
            rd_unmatched(r, q);
            return 1;
        }
    }
    return 0;
}

void rd_on_quantity(reader *r, quantity *q)
{
    /* Another place's figure: "(Đắk Nông 5,74%; Lâm Đồng 5,63%)". */
    if (r->place_end && q->start <= r->place_end + 1) {
        r->place_end = 0;
        return;
    }
    r->place_end = 0;
    int by_after;
    if (!rd_resolve_subject(r, q, &by_after))
        return;
    figure f;
    memset(&f, 0, sizeof f);
    f.pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    if (gated(r, q, f.pct))
        return;
    frame *fr = &r->st[r->depth];
    f.ind = fr->ind;
    f.rate = strcmp(f.ind->unit, "pct") == 0;
    f.v = verb_before(r, q->start, &f.vpos);
    /* "hỗ trợ ... cho 21.988 hộ nghèo": people served, not the count. */
    if (by_after && rd_ending(r, f.vpos, TSX_C_BENEFICIARY) != (size_t)-1)
        return;
    /* In parentheses a count needs its own name there or a year before
     * the '(' ("(khách quốc tế khoảng 31.500 lượt)", "(còn 16 nhiệm vụ)"). */
    if (r->depth > 0 && !fr->own && !fr->paren_year && !f.pct)
        return;
    if (f.v == V_UP)
        r->last_change = 1;
    else if (f.v == V_DOWN)
        r->last_change = -1;
    char status = r->estimate ? 'E' : 'A';
    f.ps = figure_period(r, q);
    if (r->cx->directions) {
        on_target(r, &f, q, status);
        return;
    }
    f.p = rd_resolve_period(r, f.ind, &f.ps);
    f.b = f.pct ? base_after(r, q->end) : B_NONE;
    const rule *ru = decide(r, &f, q);
    if (ru)
        act(r, ru->a, &f, q, status);
}

rd_row rd_label_kind(const reader *r, const quantity *q, ts_period p)
{
    figure f;
    memset(&f, 0, sizeof f);
    f.pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    f.ind = r->st[r->depth].ind;
    if (!f.ind)
        return RD_ROW_NONE;
    f.rate = strcmp(f.ind->unit, "pct") == 0;
    f.v = verb_before(r, q->start, &f.vpos);
    f.ps.kind = PER_FIXED;
    f.ps.p = f.p = p;
    f.b = B_NONE;
    const rule *ru = decide(r, &f, q);
    switch (ru ? ru->a : A_DROP) {
    case A_UNMATCHED: return RD_ROW_UNMATCHED;
    case A_AVG_ANNUAL: return RD_ROW_AVG;
    case A_AVG_IF_YEARLY: return f.v != V_DOWN && sentence_yearly(r) ? RD_ROW_AVG : RD_ROW_NONE;
    case A_YOY:
        return f.v == V_DOWN || (f.v == V_CORRESP && r->last_change < 0) ? RD_ROW_DOWN : RD_ROW_UP;
    case A_LEVEL: return RD_ROW_RATE;
    case A_PLAN: return RD_ROW_PLAN;
    case A_LEVEL_PLAN: return RD_ROW_LEVEL;
    default: return RD_ROW_NONE; /* no base: neither a plan share nor an index */
    }
}
