/* The decision table: a figure's kind (percentage or amount), the verb
 * before it, the base after it, its indicator's kind and one condition
 * give the measure, or the reason it is dropped.  The first matching row
 * wins; docs/extract.md prints the same rows (tsx_measure_table_markdown,
 * checked by tests/unit/test_measure_table.c). */
#include "text/measure.h"

#include <stdio.h>
#include <string.h>

/* First matching row wins.  docs/extract.md prints this table. */
static const rule rules[] = {
    /* percentages */
    {1, VB(V_CONTRIB), 0, IND_ANY, C_NONE, A_DROP, "a contribution to another's growth"},
    {1, 0, 0, IND_RATE, C_PER_YEAR, A_DROP, "a rate's yearly change is in points"},
    {1, VB(V_DOWN), 0, IND_ANY, C_PER_YEAR, A_DROP, "a yearly decrease"},
    {1, 0, 0, IND_ANY, C_PER_YEAR, A_AVG_ANNUAL, "no span of years"},
    {1, VB(V_EXCEED) | VB(V_UP) | VB(V_DOWN), BS(B_PLAN), IND_RATE, C_NONE, A_DROP,
     "a rate's excess over its plan is in points"},
    {1, 0, BS(B_PLAN), IND_ANY, C_AFTER_GROWTH, A_DROP, "a growth rate against its target"},
    {1, VB(V_UP), BS(B_PLAN), IND_ANY, C_DOUBLED, A_DROP, "a rise of 100% or more over a plan"},
    {1, 0, BS(B_PLAN), IND_ANY, C_NONE, A_PCT_PLAN, NULL},
    {1, 0, BS(B_OTHER), IND_ANY, C_NONE, A_DROP, "measured against another period"},
    {1, VB(V_REACH), BS(B_SAME_PERIOD), IND_NOT_RATE, C_GROWTH_SUBJECT, A_YOY, NULL},
    {1, VB(V_EQUAL) | VB(V_REACH), BS(B_SAME_PERIOD), IND_ANY, C_NONE, A_YOY_OF_BASE, NULL},
    {1, VB(V_EXCEED), BS(B_SAME_PERIOD), IND_NOT_RATE, C_NONE, A_YOY, NULL},
    {1, VB(V_EQUAL), 0, IND_ANY, C_NONE, A_DROP, "'bằng X%' of no base"},
    {1, VB(V_GROWTH) | VB(V_IS), 0, IND_NOT_RATE, C_INDEX_WORD, A_YOY_OF_BASE, NULL},
    {1, CHANGE, 0, IND_RATE, C_NONE, A_DROP, "a rate's change is in points"},
    {1, VB(V_CORRESP), 0, IND_ANY, C_NO_CHANGE_BEFORE, A_DROP, "'tương ứng' with no change before"},
    {1, CHANGE, 0, IND_ANY, C_SPAN, A_AVG_IF_YEARLY, "a change over several years"},
    {1, VB(V_UP) | VB(V_GROWTH), 0, IND_ANY, C_VERB_AVERAGED, A_AVG_ANNUAL,
     "a yearly average over no span of years"},
    {1, CHANGE, 0, IND_ANY, C_VERB_AVERAGED, A_DROP, "a yearly average over no span of years"},
    {1, CHANGE, 0, IND_ANY, C_NONE, A_YOY, NULL},
    {1, 0, BS(B_NONE), IND_RATE, C_NO_B, A_LEVEL, NULL},
    {1, VB(V_REACH) | VB(V_IS), BS(B_NONE), IND_NOT_RATE, C_GROWTH_AVERAGED, A_AVG_ANNUAL,
     "a yearly average over no span of years"},
    {1, VB(V_NONE) | VB(V_REACH) | VB(V_IS), BS(B_NONE), IND_NOT_RATE, C_GROWTH_SPAN,
     A_AVG_ANNUAL, NULL},
    {1, VB(V_NONE) | VB(V_REACH) | VB(V_IS), BS(B_NONE), IND_NOT_RATE, C_GROWTH_SUBJECT, A_YOY,
     NULL},
    {1, 0, 0, IND_ANY, C_NONE, A_DROP, "a percentage of no base"},
    /* amounts */
    {0, 0, 0, IND_ANY, C_NOT_IN_UNIT, A_DROP, "the unit does not fit the indicator"},
    {0, VB(V_UP) | VB(V_DOWN) | VB(V_CORRESP), 0, IND_ANY, C_NONE, A_DROP, "an absolute change"},
    {0, VB(V_EQUAL), 0, IND_ANY, C_CHANGE_BEFORE, A_DROP, "an absolute change"},
    {0, VB(V_EXCEED), 0, IND_ANY, C_BASE_AFTER, A_DROP, "an excess over its base"},
    {0, VB(V_MORE), 0, IND_NOT_FLOW, C_NONE, A_DROP, "an addition to a stock"},
    {0, 0, 0, IND_ANY, C_PER_MONTH, A_DROP, "an amount per month"},
    {0, 0, 0, IND_RATIO_OF_AMOUNTS, C_PER_YEAR, A_LEVEL_PLAN, NULL},
    {0, 0, 0, IND_ANY, C_PER_YEAR, A_DROP, "an amount per year"},
    {0, 0, 0, IND_FLOW, C_AVERAGE_BEFORE, A_DROP, "a yearly average"},
    {0, 0, 0, IND_ANY, C_PLAN_CONTEXT, A_PLAN, NULL},
    {0, 0, 0, IND_ANY, C_NONE, A_LEVEL_PLAN, NULL},
};

static int ind_ok(ind_kind k, const figure *f)
{
    switch (k) {
    case IND_RATE: return f->rate;
    case IND_NOT_RATE: return !f->rate;
    case IND_FLOW: return f->ind->kind == TS_KIND_FLOW;
    case IND_NOT_FLOW: return f->ind->kind != TS_KIND_FLOW;
    /* an amount that is itself a ratio ("thu nhập bình quân đầu người
     * 59 triệu đồng/năm" is a year's income per head) */
    case IND_RATIO_OF_AMOUNTS: return f->ind->kind == TS_KIND_RATE && !f->rate;
    default: return 1;
    }
}

/* Right after "subject:" ("khu vực công nghiệp - xây dựng: 14,62%")? */
static int after_colon(const reader *r, const quantity *q)
{
    size_t i = q->start;
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    return i > 0 && r->s[i - 1] == ':';
}

/* A growth word before the figure, or a subject named by a phrase whose
 * percentage reached, or was in a period named right before ("...,
 * giai đoạn 2006 - 2008 là 11,1%"; not "thuế là 0,5%" after it), or given
 * after a colon or right after a period ("quý II đạt trên 36% và 6 tháng
 * đầu năm ước trên 24%"), is its growth ("GRDP quý II ước đạt 9,91%",
 * "trong đó, khu vực dịch vụ: 5,1%"; not "bằng 12,25% GDP, đảm bảo 39,4%
 * ..."). */
static int growth_subject(const reader *r, const figure *f, const quantity *q)
{
    const frame *fr = &r->st[r->depth];
    const tsx_entry *e = fr->ent;
    /* "GRDP quý III tăng 8,62%. Tính chung 9 tháng ước đạt 8,61%": the
     * subject carried is GRDP's, as its phrase was. */
    int growth = e ? (e->flags & TSX_GROWTH) != 0 : fr->from_topic && r->topic_growth;
    /* "(Tăng trưởng) GRDP quý I ước đạt 99,17% so với cùng kỳ": an
     * economy's index: growth that large is unheard of, even in a
     * district (56,77% in one year is real). */
    if (growth && q->a >= 80 && !f->label)
        return 0;
    /* A table's row "GDP/năm (%)": an economy's percentages are its
     * growth (a sector's may be its share; 100 is the whole's share). */
    if (f->label && f->v == V_NONE && growth && f->pct && q->a < 80 && !strcmp(f->ind->id, "grdp"))
        return 1;
    return tsx_growth_named(r, q->start) || (f->v == V_REACH && growth) ||
           (f->v == V_IS && growth && tsx_period_before_verb(r, f->vpos)) ||
           (f->v == V_NONE && growth &&
            (after_colon(r, q) || tsx_period_before_verb(r, tsx_qualified_from(r, q->start))));
}

/* The sentence gave the subject's growth, not its level, and a growth is
 * what the subject's target is: a yearly average ("tăng bình quân 7,1%/năm
 * (đạt 101,4% so với mục tiêu)") or a subject named as a growth rate
 * ("tốc độ tăng trưởng kinh tế đạt 8,5%, đạt 100% kế hoạch").  The level
 * of a flow or a stock has it target ("thu ngân sách tăng 12%, đạt 55%
 * dự toán năm"). */
static int after_growth(const reader *r, const figure *f)
{
    if (r->growth_ind != f->ind || r->level_ind == f->ind)
        return 0;
    const frame *fr = &r->st[r->depth];
    int growth_named = fr->ent ? (fr->ent->flags & TSX_GROWTH) != 0 : r->topic_growth;
    return r->growth_avg || growth_named;
}

/* The last word of what stands before the figure's verb, or before its
 * "là" when the verb is one ("tốc độ phát triển là 109,48%", "được HĐND
 * tỉnh giao là 20.700 tỷ đồng"): the word a cue of class c may end at. */
static int cue_before_verb(const reader *r, const figure *f, tsx_class c)
{
    size_t w = f->v == V_IS ? rd_prev_word(r, f->vpos) : f->vpos;
    return w != (size_t)-1 && rd_ending(r, w, c) != (size_t)-1;
}

static int cond_ok(const reader *r, cond c, const figure *f, const quantity *q)
{
    double x;
    switch (c) {
    case C_NONE: return 1;
    case C_DOUBLED: return q->a >= 100;
    case C_AFTER_GROWTH: return after_growth(r, f);
    case C_PER_YEAR: return q->per_year;
    case C_PER_MONTH: return q->per_month;
    case C_NO_CHANGE_BEFORE: return r->last_change == 0;
    case C_CHANGE_BEFORE: return r->last_change != 0;
    case C_SPAN: return ts_period_kind_of(f->p) == TS_PERIOD_YEARS;
    case C_NO_B: return !q->has_b;
    case C_GROWTH_SUBJECT: return !q->has_b && growth_subject(r, f, q);
    case C_GROWTH_SPAN:
        return !q->has_b && ts_period_kind_of(f->p) == TS_PERIOD_YEARS && growth_subject(r, f, q);
    case C_GROWTH_AVERAGED:
        if (q->has_b)
            return 0;
        return tsx_rise_averaged_before_verb(r, f->vpos) ||
               ((tsx_yearly_average_before_verb(r, f->vpos) || tsx_average_before_verb(r, f->vpos)) &&
                growth_subject(r, f, q));
    case C_BASE_AFTER: return tsx_base_after(r, q->end) != B_NONE;
    case C_NOT_IN_UNIT: return !rd_to_unit(q, q->a, f->ind, &x);
    case C_AVERAGE_BEFORE: return tsx_average_before(r, q->start);
    case C_VERB_AVERAGED:
        return f->vpos != (size_t)-1 && (tsx_average_between(r, f->vpos, q->start) ||
                                         tsx_yearly_average_before_verb(r, f->vpos));
    case C_INDEX_WORD:
        return q->a >= 50 && f->vpos != (size_t)-1 && cue_before_verb(r, f, TSX_C_TABLE_INDEX);
    case C_PLAN_CONTEXT:
        /* "giao là 2.532/2.579 tỷ đồng" is the result over its plan. */
        return r->st[r->depth].plan_mode || rd_ending(r, f->vpos, TSX_C_PLAN_CUE) != (size_t)-1 ||
               (f->v == V_IS && !q->has_b && cue_before_verb(r, f, TSX_C_PLAN_CUE));
    }
    return 0;
}

const rule *tsx_measure_decide(const reader *r, const figure *f, const quantity *q)
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


/* ---- the table as docs/extract.md prints it ---- */

static const char *const verb_names[] = {
    [V_NONE] = "none", [V_UP] = "up", [V_DOWN] = "down", [V_EQUAL] = "equal",
    [V_REACH] = "reach", [V_EXCEED] = "exceed", [V_SHARE] = "share", [V_FROM] = "from",
    [V_GROWTH] = "growth", [V_CORRESP] = "corresp", [V_MORE] = "more", [V_IS] = "is",
    [V_CONTRIB] = "contrib",
};
static const char *const base_names[] = {
    [B_NONE] = "none", [B_PLAN] = "plan", [B_SAME_PERIOD] = "same period", [B_OTHER] = "other",
};
static const char *const ind_names[] = {
    [IND_ANY] = "any", [IND_RATE] = "rate", [IND_NOT_RATE] = "not a rate",
    [IND_FLOW] = "flow", [IND_NOT_FLOW] = "not a flow",
    [IND_RATIO_OF_AMOUNTS] = "a ratio of amounts",
};
static const char *const cond_names[] = {
    [C_NONE] = "",
    [C_PER_YEAR] = "\"/năm\" after it",
    [C_PER_MONTH] = "\"/tháng\" after it",
    [C_NO_CHANGE_BEFORE] = "no change before it in the clause",
    [C_CHANGE_BEFORE] = "a change before it in the clause",
    [C_SPAN] = "its period is several years",
    [C_NO_B] = "not \"a/b\"",
    [C_GROWTH_SUBJECT] = "a growth word names the subject",
    [C_GROWTH_SPAN] = "a growth word names the subject; its period is several years",
    [C_GROWTH_AVERAGED] = "a growth word names the subject; \"bình quân hàng năm\" before its verb, or \"bình quân\" right before it; or \"tăng bình quân\" right before it",
    [C_BASE_AFTER] = "a base after it (\"so với dự toán\", \"so với cùng kỳ\")",
    [C_NOT_IN_UNIT] = "its unit does not fit",
    [C_AVERAGE_BEFORE] = "\"bình quân\" before it",
    [C_VERB_AVERAGED] = "\"bình quân\" between its verb and it, or \"bình quân hàng năm\" before its verb",
    [C_PLAN_CONTEXT] = "a plan phrase or \"giao\" (\"giao là\") before it",
    [C_DOUBLED] = "100% or more",
    [C_INDEX_WORD] = "its growth word is an index (\"tốc độ phát triển (là)\") and it is 50 or more",
    [C_AFTER_GROWTH] = "the sentence gave its growth, not its level, and its target is a growth (a yearly average, a subject named as a growth rate)",
};
static const char *const action_names[] = {
    [A_DROP] = "nothing",
    [A_AVG_ANNUAL] = "`avg_annual_pct` X over the span",
    [A_AVG_IF_YEARLY] = "`avg_annual_pct` X when the sentence speaks of years",
    [A_PCT_PLAN] = "`pct_plan` X (vượt, tăng: 100 + X; giảm: 100 − X)",
    [A_YOY_OF_BASE] = "`yoy_pct` X − 100",
    [A_YOY] = "`yoy_pct` ±X",
    [A_LEVEL] = "`level` X",
    [A_PLAN] = "`plan` X",
    [A_LEVEL_PLAN] = "`level` a, `plan` b of \"a/b\"",
};

/* The names of the bits set in a VB()/BS() mask, "any" for none. */
static size_t mask_names(unsigned mask, const char *const *names, size_t count, char *buf,
                         size_t n)
{
    if (!mask)
        return (size_t)snprintf(buf, n, "any");
    size_t o = 0;
    for (size_t k = 0; k < count; k++)
        if (mask & (1u << k)) {
            int w = snprintf(buf + (o < n ? o : n), o < n ? n - o : 0, "%s%s", o ? ", " : "",
                             names[k]);
            o += (size_t)w;
        }
    return o;
}

size_t tsx_measure_table_markdown(char *buf, size_t n)
{
    size_t o = 0;
    for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++) {
        const rule *ru = &rules[k];
        char verbs[160], bases[80];
        mask_names(ru->verbs, verb_names, sizeof verb_names / sizeof verb_names[0], verbs,
                   sizeof verbs);
        mask_names(ru->bases, base_names, sizeof base_names / sizeof base_names[0], bases,
                   sizeof bases);
        char result[200];
        if (ru->a == A_DROP)
            snprintf(result, sizeof result, "nothing: %s", ru->why);
        else
            snprintf(result, sizeof result, "%s", action_names[ru->a]);
        int w = snprintf(buf + (o < n ? o : n), o < n ? n - o : 0,
                         "| %zu | %s | %s | %s | %s | %s | %s |\n", k + 1,
                         ru->pct ? "percentage" : "amount", verbs, bases, ind_names[ru->ind],
                         cond_names[ru->c], result);
        o += (size_t)w;
    }
    return o;
}
