/* What a figure is: the words around it (measure_words.c) looked up in
 * the decision table (measure_table.c) give its measure and value: level,
 * plan, pct_plan, yoy_pct or avg_annual_pct, or the reason it gives no
 * fact.  This file gates the figure first (subject, clause, parentheses)
 * and acts on the decision. */
#include "text/measure.h"

#include <math.h>
#include <string.h>

/* ---- acting on the decision ---- */

static void act(reader *r, const rule *ru, const figure *f, const quantity *q, char status)
{
    const ts_extract_ctx *cx = r->cx;
    const ts_indicator *ind = f->ind;
    double x = q->a;
    switch (ru->a) {
    case A_DROP:
        rd_unmatched(r, q, ru->why);
        return;
    case A_AVG_ANNUAL: {
        ts_period span = f->p;
        if (ts_period_kind_of(span) != TS_PERIOD_YEARS && cx->multiyear)
            span = cx->report;
        if (ts_period_kind_of(span) == TS_PERIOD_YEARS)
            rd_emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, span, x, "pct", status);
        else
            rd_unmatched(r, q, ru->why);
        return;
    }
    case A_AVG_IF_YEARLY:
        if (f->v == V_DOWN && q->sign)
            x = -x;
        if ((f->v == V_DOWN && !q->sign) || !tsx_sentence_yearly(r)) {
            rd_unmatched(r, q, ru->why);
            return;
        }
        rd_emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, f->p, x, "pct", status);
        return;
    case A_PCT_PLAN: {
        /* Against a plan for the whole span, a rate's achievement stays on
         * the span (not moved to the last year as its level is). */
        ts_period pp = f->ps.kind == PER_NONE ? cx->period : f->p;
        /* "vượt 4%", "tăng 10% so với dự toán": 104, 110; "giảm 5% so với
         * kế hoạch": 95. */
        double share = f->v == V_EXCEED || f->v == V_UP ? 100 + x : f->v == V_DOWN ? 100 - x : x;
        rd_emit(r, ind, TS_MEASURE_PCT_PLAN, pp, share, "pct", status);
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
    if (ru->a == A_PLAN) {
        rd_emit(r, ind, TS_MEASURE_PLAN, rd_plan_period(f->p), v, ind->unit, 'A');
        return;
    }
    rd_emit(r, ind, TS_MEASURE_LEVEL, f->p, v, ind->unit, status);
    double bx;
    /* b is the year's plan unless the sentence says it is the plan to
     * the figure's date ("kế hoạch đến thời điểm báo cáo"). */
    ts_period bp = tsx_plan_to_date(r) ? f->p : rd_plan_period(f->p);
    if (q->has_b && !rd_unit_is_whole(r, ind->unit) && rd_to_unit(q, q->b, ind, &bx) && bx > 0) {
        rd_emit(r, ind, TS_MEASURE_PLAN, bp, bx, ind->unit, 'A');
        /* "Đàn Trâu là 8.273/8.100 con, đạt 102,14%": the share after the
         * pair is of its plan. */
        r->plan_seen = 1;
    }
}

/* A target's level in the indicator's unit into *x, 1; or 0 with the
 * reason told (growth targets and ranges are no facts). */
static int target_level(reader *r, const figure *f, const quantity *q, double *x)
{
    if (f->v == V_UP || f->v == V_DOWN || f->v == V_GROWTH ||
        (f->v == V_MORE && f->ind->kind != TS_KIND_FLOW) || (f->pct && !f->rate)) {
        rd_unmatched(r, q, "a growth target");
        return 0;
    }
    if (!rd_to_unit(q, q->a, f->ind, x)) {
        rd_unmatched(r, q, "the unit does not fit the indicator");
        return 0;
    }
    return 1;
}

/* Targets in the directions part: levels only. */
static void on_target(reader *r, const figure *f, const quantity *q, char status)
{
    double x;
    if (target_level(r, f, q, &x))
        rd_emit(r, f->ind, TS_MEASURE_PLAN, rd_target_period(r, f->ind, &f->ps), x, f->ind->unit,
                status);
}

/* A rounding qualifier right before the figure, of up to three words
 * ("hơn 700", "xấp xỉ 26.000", "vượt qua mốc 1 tỷ USD"): TSX_FACT_APPROX,
 * with TSX_FACT_MILESTONE for a mark passed; 0 when none. */
static unsigned rounded(const reader *r, const quantity *q)
{
    size_t w = rd_prev_word(r, q->start);
    for (int back = 0; back < 3 && w != (size_t)-1; back++, w = rd_prev_word(r, w)) {
        size_t k;
        const tsx_tag *g = tsx_tags_at(r->tags, w, &k);
        for (size_t c = 0; c < k; c++)
            if (g[c].cls == TSX_C_QUALIFIER && (g[c].e->flags & TSX_APPROX) &&
                rd_skip_spaces(r, g[c].end) == q->start)
                return TSX_FACT_APPROX |
                       (g[c].e->flags & TSX_MILESTONE ? TSX_FACT_MILESTONE : 0);
    }
    return 0;
}

/* A ';' or a full stop (not the dot of "4.980") at i. */
static int clause_end(const reader *r, size_t i)
{
    return r->s[i] == ';' || (r->s[i] == '.' && !(i + 1 < r->n && rd_digit((unsigned char)r->s[i + 1])));
}

/* A stock's figure the change before it ends at ("nâng tổng số xã đạt
 * chuẩn lên 88 xã", "giảm xuống còn 1.200 hộ"): its total then, which a
 * count given earlier in the sentence ("có 13 xã đạt chuẩn") was added
 * to.  "từ" starts a change, no total. */
static int raised_to(const reader *r, const ts_indicator *ind, const quantity *q)
{
    if (ind->kind != TS_KIND_STOCK)
        return 0;
    size_t w = rd_prev_word(r, q->start);
    for (int back = 0; back < 2 && w != (size_t)-1; back++, w = rd_prev_word(r, w))
        if (rd_word_of(r, w, TSX_C_CHANGE_END))
            return !rd_word_of(r, w, TSX_C_PERIOD_SINCE);
    /* "có 3 xã đạt chuẩn ..., nâng tổng số xã đạt chuẩn của huyện là
     * 11/12 xã": the total after a running total's cue in its clause
     * (not one in brackets, which tells of a part). */
    if (!tsx_tags_have(r->tags, TSX_C_CHANGE_TOTAL))
        return 0;
    for (size_t i = q->start; i-- > 0 && !clause_end(r, i) && r->s[i] != '(' && r->s[i] != ')';)
        if (rd_word_at(r, i, TSX_C_CHANGE_TOTAL))
            return 1;
    return 0;
}

/* Whether q stands right after the place name ending at r->place_end - 1,
 * or after it and one word that joins them ("với", "là", "đạt"). */
static int follows_place(const reader *r, const quantity *q)
{
    if (q->start <= r->place_end + 1)
        return 1;
    size_t w = rd_skip_spaces(r, r->place_end - 1);
    size_t e = rd_word_end(r, w);
    if (rd_skip_spaces(r, e) != q->start)
        return 0;
    return rd_at(r, w, TSX_C_BASE_FILLER) == e || rd_at(r, w, TSX_C_VERB_IS) == e ||
           rd_at(r, w, TSX_C_VERB_REACH) == e;
}

/* The last target cue before the figure q (-1: none). */
static int last_cue(const reader *r, const quantity *q)
{
    int last = -1;
    for (size_t k = 0; k < r->n_targets && r->target_end[k] <= q->start; k++)
        last = (int)k;
    return last;
}

/* A target stated in the running text ("phấn đấu thu ngân sách đạt 5.000
 * tỷ đồng", "Mục tiêu năm 2024: xuất khẩu 800 triệu USD"): a level is
 * the plan of the year it names, else of the figure's year; growth
 * targets are no facts. */
static void on_stated_target(reader *r, const figure *f, const quantity *q)
{
    double x;
    if (!target_level(r, f, q, &x))
        return;
    int k = last_cue(r, q);
    int year = k < 0 ? 0 : r->target_year[k]; /* the year of the last cue before the figure */
    /* "hướng đến GRDP 6 tháng đầu năm đạt 13.232 tỷ đồng": an aim for
     * part of a year is no plan of the year. */
    if (!year && f->ps.kind == PER_FIXED && ts_period_kind_of(f->ps.p) != TS_PERIOD_YEAR &&
        ts_period_kind_of(f->ps.p) != TS_PERIOD_YEARS)
        return;
    per_state own;
    ts_period p = year && !rd_period_after(r, q->end, &own)
                      ? ts_period_year(year)
                      : rd_plan_period(rd_resolve_period(r, f->ind, &f->ps));
    rd_emit(r, f->ind, TS_MEASURE_PLAN, p, x, f->ind->unit, 'A');
}

/* A forecast ("dự báo", the last cue before the figure) of a stretch the
 * report covers ("dự báo tăng trưởng GRDP 6 tháng đầu năm 2020 lên 3,03%"
 * in a report of those months), or of none named: an estimate of a
 * result, no target.  One of a later stretch ("dự báo năm 2021" in a
 * report of 2020, "dự báo cả năm" in one of nine months) is aimed at. */
static int forecast_of_reported(const reader *r, const figure *f, const quantity *q)
{
    int k = last_cue(r, q);
    if (k < 0 || !r->target_forecast[k])
        return 0;
    if (f->ps.kind == PER_NONE)
        return 1; /* "Tỷ trọng ngành công nghiệp dự báo chiếm 60,66%" */
    ts_period report = r->cx->period;
    return f->ps.kind == PER_FIXED && f->ps.p.first >= report.first && f->ps.p.last <= report.last;
}

/* A figure of its own period ending before the one the last cue aims at
 * ("đánh giá ... quý I và triển khai nhiệm vụ quý II ..., GDP quý I/2012
 * đạt 23% kế hoạch"; "... triển khai nhiệm vụ năm 2024, ...: Tính đến
 * ngày 28/12/2023, ... giải ngân ..."): a result the sentence reports. */
static int before_aimed(const reader *r, const figure *f, const quantity *q)
{
    int k = last_cue(r, q);
    per_state aimed = PER_STATE_NONE;
    int set, year_only;
    if (k < 0 || (f->ps.kind != PER_FIXED && f->ps.kind != PER_UPTO))
        return 0;
    size_t end = r->target_end[k];
    /* The cue's period follows it, or begins with its last word
     * ("triển khai nhiệm vụ quý II"). */
    size_t last = rd_prev_word(r, end);
    if (!rd_period(r, rd_skip_spaces(r, end), &aimed, &set, &year_only) &&
        (last == (size_t)-1 || !rd_period(r, last, &aimed, &set, &year_only)))
        return 0;
    if (aimed.kind != PER_FIXED)
        return 0;
    return f->ps.p.last < aimed.p.first;
}

/* "đề ra kế hoạch kim ngạch xuất khẩu đạt 102 triệu USD, nhưng cuối năm
 * chỉ đạt 81,71 triệu USD": after the target, a turn ("nhưng", "tuy
 * nhiên") and "chỉ" tell what was done, short of it. */
static int turned_from_target(const reader *r, const quantity *q)
{
    if (!tsx_tags_have(r->tags, TSX_C_CLAUSE_TURN))
        return 0;
    size_t i = r->target_end[r->n_targets - 1];
    while (i < q->start && !rd_word_at(r, i, TSX_C_CLAUSE_TURN))
        i++;
    for (; i + 4 <= q->start; i++)
        if (!tsx_is_word((unsigned char)r->s[i - 1]) && memcmp(r->s + i, "chi ", 4) == 0 &&
            tsx_marks_match(r->orig, r->olen, r->f->map[i], "chỉ", strlen("chỉ")))
            return 1;
    return 0;
}

/* A figure in brackets that is a plan: "(23.600 tỷ đồng)" after a share
 * of a plan, "(KH 57 triệu đồng)" after a level (a rate's too: "(KH 4%)";
 * no yearly target, "(chỉ tiêu là 1,5%/năm)").  Emits it, or tells why
 * not, and returns 1; 0 when the figure is no such plan. */
static int on_plan_in_brackets(reader *r, const figure *f, const quantity *q)
{
    const frame *fr = &r->st[r->depth];
    int plan = (fr->after_plan && !f->pct) ||
               (fr->plan_paren && (!f->pct || f->rate) && !q->per_year);
    if (!plan || fr->own || q->has_b || !(f->v == V_NONE || f->v == V_IS) ||
        tsx_base_after(r, q->end) != B_NONE)
        return 0;
    double x;
    if (!rd_to_unit(q, q->a, f->ind, &x)) {
        rd_unmatched(r, q, "the unit does not fit the indicator");
        return 1;
    }
    ts_period p = rd_plan_period(rd_resolve_period(r, f->ind, &fr->per));
    rd_emit(r, f->ind, TS_MEASURE_PLAN, p, x, f->ind->unit, 'A');
    return 1;
}

/* "vượt xa so với mục tiêu theo Nghị quyết ... đến năm 2025 là 1,765 tỷ
 * USD": an amount after "là" whose words, back to the comparison's "so
 * (với)", name a plan is that plan's value.  Years may stand among them,
 * no other figure nor a clause's end. */
static int value_of_plan_compared(const reader *r, const figure *f, const quantity *q)
{
    if (f->pct || r->depth || q->has_b || f->v != V_IS)
        return 0;
    int plan = 0, y;
    size_t w = q->start;
    for (int k = 0; k < 24; k++) {
        size_t p = w;
        while (p > 0 && r->s[p - 1] == ' ')
            p--;
        if (p > 0 && strchr(",;.:()%", r->s[p - 1]))
            return 0;
        w = rd_prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        if (rd_digit((unsigned char)r->s[w])) {
            size_t j = w;
            y = rd_int(r, &j, 4);
            if (j - w != 4 || !rd_year_ok(y) || (j < r->n && tsx_is_word((unsigned char)r->s[j])))
                return 0; /* a figure, no year */
        }
        if (rd_comparison_at(r, w))
            return plan;
        plan |= rd_ending(r, rd_word_end(r, w), TSX_C_BASE_PLAN) != (size_t)-1 ||
                rd_at(r, w, TSX_C_BASE_PLAN) != 0;
    }
    return 0;
}

/* Whether the brackets being read named a period of their own before
 * the figure: the phrase state is no longer the one they opened with. */
static int period_named_inside(const reader *r)
{
    const per_state *in = &r->st[r->depth].per, *out = &r->st[r->depth - 1].per;
    return in->kind != out->kind || in->target != out->target ||
           (in->kind != PER_NONE && ts_period_cmp(in->p, out->p) != 0);
}

/* A figure at either end of a change between two values ("giảm từ mức
 * 40,1% ... xuống còn 38%"): a @change.end word among the three words
 * before it. */
static int end_of_change(const reader *r, const quantity *q)
{
    return rd_class_before(r, q->start, TSX_C_CHANGE_END, 3);
}

/* "dịch vụ từ 28% lên 34%", "nông nghiệp từ 15% năm 2005 xuống 8,8%": a
 * figure right after "từ" with "lên" or "xuống" to come (its year
 * between) starts a change, as after "tăng từ", whatever verb came
 * before. */
static int starts_change(const reader *r, const quantity *q)
{
    size_t w = rd_prev_word(r, q->start);
    if (w == (size_t)-1 || !rd_word_of(r, w, TSX_C_CHANGE_END) ||
        !rd_word_of(r, w, TSX_C_PERIOD_SINCE))
        return 0;
    size_t j = q->end;
    for (int k = 0; k < 4; k++) {
        j = rd_skip_spaces(r, j);
        if (j >= r->n || !tsx_is_word((unsigned char)r->s[j]) || rd_at(r, j, TSX_C_THRESHOLD))
            return 0; /* "từ 4.600 tỷ đồng trở lên": at least */
        if (rd_word_of(r, j, TSX_C_CHANGE_END))
            return !rd_word_of(r, j, TSX_C_PERIOD_SINCE);
        j = rd_word_end(r, j);
    }
    return 0;
}

/* "trong quý I-2017" right after the figure at j: its period, as the
 * end of a change between two values dates it ("từ mức 40,1% trong quý
 * I-2017 xuống còn 38% trong quý I-2018"); "trong" elsewhere is the
 * clause's own stretch. */
static int period_within_after(const reader *r, size_t j, per_state *out)
{
    size_t within = rd_at(r, rd_skip_spaces(r, j), TSX_C_WITHIN);
    if (!within)
        return 0;
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    if (!rd_period(r, rd_skip_spaces(r, within), &ps, &set, &year_only) ||
        ps.kind != PER_FIXED)
        return 0;
    *out = ps;
    return 1;
}

/* The figure's period: one written after it (or after "trong" at an end
 * of a change), the period ending in a year before '(' for a figure in
 * parentheses that names none of its own ("so với cùng kỳ năm 2022 (quý I
 * tăng 8,47%)" is quarter I of the sentence's year), the
 * phrase state, or, before "lũy kế N tháng" in its sentence, the single
 * month N ("ước đạt 693 tỷ đồng, lũy kế 10 tháng thu 13.059 tỷ đồng"). */
/* A period written right after the figure (or after "trong" at an end
 * of a change, or after a yearly rate: "22,27%/năm trong giai đoạn 2006
 * - 2011") into *out; 0 when none. */
static int own_period_after(const reader *r, const quantity *q, per_state *out)
{
    if (rd_period_after(r, q->end, out) || (end_of_change(r, q) && period_within_after(r, q->end, out)))
        return 1;
    return q->per_year_end && period_within_after(r, q->per_year_end, out);
}

/* "từ 29,3% năm 2005 tăng lên 36,9%": the end of a change whose first
 * value was dated and that names no period of its own is of the period
 * in force before that first value's, not of the first value's year. */
static int to_after_dated_from(const reader *r, const quantity *q)
{
    const per_state *now = &r->st[r->depth].per;
    size_t w = rd_prev_word(r, q->start), after = rd_skip_spaces(r, q->end);
    per_state own;
    /* "lên 15,08% (2000)": a period in brackets after it dates it. */
    int y;
    if (after < r->n && r->s[after] == '(' &&
        (rd_period_after(r, after + 1, &own) || rd_year_at(r, rd_skip_spaces(r, after + 1), 1, &y)))
        return 0;
    return r->change_from.kind == PER_FIXED && w != (size_t)-1 &&
           rd_word_of(r, w, TSX_C_CHANGE_END) && !rd_word_of(r, w, TSX_C_PERIOD_SINCE) &&
           now->kind == PER_FIXED && ts_period_cmp(now->p, r->change_from.p) == 0 &&
           !own_period_after(r, q, &own);
}

/* Whether q is a share of the structure's list before its last. */
static int in_triple_before_last(const reader *r, const quantity *q)
{
    int last = r->triple_at[3] ? 3 : 2;
    for (int k = 0; r->triple_of && k < last; k++)
        if (q->start == r->triple_at[k])
            return 1;
    return 0;
}

static per_state figure_period(const reader *r, const quantity *q)
{
    const frame *fr = &r->st[r->depth];
    per_state ps = fr->per, after;
    /* "20,1% - 47,7% - 32,2% năm 2010": a period after a triple's last
     * figure is all three's. */
    if (own_period_after(r, q, &after) ||
        (in_triple_before_last(r, q) && rd_period_after(r, r->triple_end, &after))) {
        ps = after;
    } else if (r->depth > 0 && fr->paren_per.last && !period_named_inside(r) &&
               !(fr->paren_base && q->has_unit && strcmp(q->um.unit, "pct") == 0)) {
        ps.kind = PER_FIXED;
        ps.p = fr->paren_per;
    } else if (ps.kind == PER_NONE && r->cum_at && q->start < r->cum_at) {
        ps.kind = PER_FIXED;
        ps.p = r->cum_month;
        ps.target = 0;
    }
    return ps;
}

/* A flow's running total ("có 101 doanh nghiệp thành lập mới, nâng tổng
 * số doanh nghiệp thành lập mới đến nay là 651") with no period of its
 * own, in a report of a month or a quarter: from January. */
static int running_total_of_flow(const reader *r, const figure *f, const quantity *q)
{
    ts_period_kind k = ts_period_kind_of(r->cx->period);
    if (f->ind->kind != TS_KIND_FLOW || f->ps.kind != PER_NONE ||
        !(k == TS_PERIOD_MONTH || k == TS_PERIOD_QUARTER) ||
        !tsx_tags_have(r->tags, TSX_C_CHANGE_TOTAL))
        return 0;
    /* The cue earlier in the clause ("..., đạt 43% kế hoạch" after the
     * total is its share). */
    for (size_t i = q->start; i-- > 0 && !clause_end(r, i);)
        if (rd_word_at(r, i, TSX_C_CHANGE_TOTAL))
            return 1;
    return 0;
}

/* A flow of a monthly report whose clause shares it out of a budget
 * estimate ("ước tổng chi ... 4.980 tỷ đồng, đạt 21% so với dự toán"),
 * with no period of its own or one up to the month's end: the estimate
 * is the year's, so the figure runs from January (a month alone would
 * be named: "trong tháng", "tháng 4"). */
static int of_yearly_estimate(const reader *r, const figure *f, const quantity *q)
{
    const ts_extract_ctx *cx = r->cx;
    /* A sentence with a cumulative cue ("lũy kế quý I thu ...") tells
     * the month from the months to date itself. */
    if (ts_period_kind_of(cx->period) != TS_PERIOD_MONTH || f->ind->kind != TS_KIND_FLOW ||
        tsx_tags_have(r->tags, TSX_C_PERIOD_CUMULATIVE) ||
        !(f->ps.kind == PER_NONE || (f->ps.kind == PER_UPTO && f->ps.p.first == cx->period.last)))
        return 0;
    size_t from = q->start, to = q->end;
    while (from > 0 && !clause_end(r, from - 1))
        from--;
    while (to < r->n && !clause_end(r, to))
        to++;
    for (size_t k = from; k < to; k++)
        if (r->s[k] == '%' && tsx_estimate_after(r, k + 1))
            return 1;
    return 0;
}

/* "cao hơn mức tăng 3,94% (cùng kỳ năm 2023)": a rate the figure before
 * is set against, the verb of comparison before its "mức tăng". */
static int rate_compared(const reader *r, const quantity *q)
{
    size_t vpos, st;
    tsx_verb_before(r, q->start, &vpos);
    if (vpos == (size_t)-1 || (st = rd_ending(r, vpos, TSX_C_VERB_GROWTH)) == (size_t)-1)
        return 0;
    verb v = tsx_verb_ending(r, rd_prev_word(r, st));
    return v == V_UP || v == V_DOWN || v == V_EXCEED;
}

/* "so với mức tăng 6,55% của cùng kỳ năm trước (năm 2022)": a figure of
 * the same period a year before (-1) or of the year named; 0 when no
 * such phrase follows the figure. */
static int prior_after(const reader *r, const quantity *q)
{
    size_t i = rd_skip_spaces(r, q->end), e;
    int of = (e = rd_at(r, i, TSX_C_PERIOD_OF)) != 0;
    if (of)
        i = rd_skip_spaces(r, e);
    const tsx_entry *base = tsx_tag_find(r->tags, i, TSX_C_BASE_SAME_PERIOD, &e);
    if (!base || (base->flags & TSX_AFTER_SO) || (!of && !rate_compared(r, q)))
        return 0;
    int y;
    return rd_year_at(r, rd_skip_spaces(r, e), 0, &y) ? y : -1;
}

/* "(1.074,84 tỷ đồng/2.319,27 tỷ đồng)" after the level 1.074,84: the
 * pair in brackets spells out the share just given, and names its plan. */
static int restates_level(const reader *r, const figure *f, const quantity *q)
{
    double a;
    return q->has_b && r->level_ind == f->ind && rd_to_unit(q, q->a, f->ind, &a) &&
           fabs(a - r->level_value) <= 1e-9 * fabs(a);
}

/* "giải quyết việc làm cho 11.726 lao động, đạt 60,1%", "54.998 tỷ đồng
 * (đạt 108%)": right after an amount's level, with only a comma or a
 * bracket and "đạt" between, its bare percentage is the share of its plan
 * (a change would say "tăng"). */
static int reach_after_level(const reader *r, const figure *f, const quantity *q)
{
    if (!f->pct || r->level_ind != f->ind || strcmp(f->ind->unit, "pct") == 0 || !r->prev_q_end ||
        r->level_end != r->prev_q_end)
        return 0;
    size_t i = rd_skip_spaces(r, r->prev_q_end), e;
    if (i >= r->n || (r->s[i] != ',' && r->s[i] != '('))
        return 0;
    i = rd_skip_spaces(r, i + 1);
    if (!(e = rd_at(r, i, TSX_C_VERB_REACH)))
        return 0;
    i = rd_skip_spaces(r, e);
    while ((e = rd_at(r, i, TSX_C_QUALIFIER)))
        i = rd_skip_spaces(r, e);
    return i == q->start;
}

/* A percentage without its own base takes the one its sentence implies:
 * "đạt X%" a plan named before it ("đạt 10,4% dự toán ..., trong đó: chi
 * đầu tư đạt 10,1%") unless a growth word names its subject ("Các chỉ
 * tiêu đều đạt: tăng trưởng GRDP đạt 7,5%"), "bằng X%" the base of the
 * "bằng Y% so với cùng kỳ" before it. */
static base implied_base(const reader *r, const figure *f, const quantity *q)
{
    const tsx_entry *e = r->st[r->depth].ent;
    /* A subject whose "đạt X%" is its growth ("khu vực dịch vụ tăng mạnh
     * mẽ, đạt 15,45%") takes no plan from the sentence before. */
    int of_plan = (r->plan_seen && !(e && (e->flags & TSX_GROWTH))) || (e && (e->flags & TSX_OF_PLAN));
    /* Not after the words of an average ("đều vượt chỉ tiêu, bình quân
     * hàng năm đạt 15,5%"): a rate, no share of a plan. */
    if (f->v == V_REACH && !f->rate && (of_plan || reach_after_level(r, f, q)) &&
        !tsx_growth_named(r, q->start) && !tsx_average_before(r, q->start))
        return B_PLAN;
    if (f->v == V_EQUAL && r->equal_base != B_NONE)
        return (base)r->equal_base;
    return B_NONE;
}

/* A bare integer after "là"/"đạt" takes its subject's counting unit:
 * "Số doanh nghiệp đăng ký thành lập mới là 520". */
static void count_of_subject(const reader *r, quantity *q, const ts_indicator *ind, verb v)
{
    if (q->has_unit || q->decimals || q->has_b || (v != V_IS && v != V_REACH))
        return;
    if (!tsx_lexicon_unit_counts(r->lx, ind->unit))
        return;
    q->has_unit = 1;
    q->um.unit = ind->unit;
    q->um.factor = 1;
}

/* The verb before a figure, read when first asked for (most figures
 * leave before anything needs it, some ask three times). */
typedef struct {
    verb v;
    size_t pos;
    int known;
} verb_at;

/* The change a verb right before the last indicator phrase makes:
 * V_UP, V_DOWN or V_NONE. */
static verb verb_before_subject(const reader *r)
{
    verb v = tsx_verb_ending(r, rd_prev_word(r, r->mention_start));
    return v == V_UP || v == V_DOWN ? v : V_NONE;
}

static verb verb_read(const reader *r, const quantity *q, verb_at *va)
{
    if (!va->known) {
        va->v = tsx_verb_before(r, q->start, &va->pos);
        va->known = 1;
    }
    return va->v;
}

/* "đạt 16.170,1 ha, tăng 9,5", "73.608 tấn, ..., tăng 8,4 cùng kỳ",
 * "10.690 ha, bằng 104 kế hoạch": after the subject's level in its own
 * unit, a change written with decimals and no unit, or a share with a
 * base after it, is a percentage whose '%' sign was left out (a change in the
 * unit repeats it: "tăng 1.200 ha"), also where the subject's figures
 * are its growth; so is a part of the whole with decimals ("chiếm 5,87
 * tổng GRDP", "chiếm tỷ trọng 5,87"). */
static void percent_left_out(const reader *r, quantity *q, const ts_indicator *ind, verb_at *va)
{
    if (q->has_unit || q->has_b || q->a >= 1000)
        return;
    verb v = verb_read(r, q, va);
    /* ... or a phrase waiting for a percentage ("chiếm tỷ trọng"). */
    const frame *fr = &r->st[r->depth];
    int waits_pct = 0;
    for (size_t k = 0; k < fr->npend; k++)
        waits_pct |= strcmp(fr->pend[k]->unit, "pct") == 0;
    int part = (v == V_SHARE || waits_pct) && q->decimals && q->a <= 100;
    /* After the subject's level, or of a subject whose figures are its
     * growth ("khu vực công nghiệp và xây dựng tăng 8,51;"). */
    const tsx_entry *e = fr->ent;
    int of_growth = e && (e->flags & TSX_GROWTH);
    if (!part && (!ind || (r->level_ind != ind && !of_growth) || strcmp(ind->unit, "pct") == 0))
        return;
    size_t k = rd_skip_spaces(r, q->end);
    int based = tsx_base_after(r, q->end) != B_NONE;
    /* Not "tăng 1,78 lần" (a multiple): the clause ends or a base follows. */
    int ends = k >= r->n || strchr(",;.)", r->s[k]);
    int change = (v == V_UP || v == V_DOWN) && q->decimals && (ends || based);
    int share = (v == V_EQUAL || v == V_REACH) && based;
    if (!change && !share && !part)
        return;
    q->has_unit = 1;
    q->um.unit = "pct";
    q->um.factor = 1;
}

/* Two parts of one whole: other ids under the same parent id
 * ("gva.industry" and "gva.services"; not "grdp" and "grdp.share.industry"). */
static int siblings(const ts_indicator *a, const ts_indicator *b)
{
    if (!a || !b || a == b)
        return 0;
    const char *da = strrchr(a->id, '.'), *db = strrchr(b->id, '.');
    return da && db && da - a->id == db - b->id && memcmp(a->id, b->id, (size_t)(da - a->id)) == 0;
}

/* "khu vực I tăng 3,2%, khu vực II 8,1%, khu vực III 6,5%": a part's
 * name opening its clause (after ',' or ';') right before the figure,
 * in a list whose first part gave the verb; no verb of its own among
 * its words ("khu vực dịch vụ chiếm tỷ trọng 36,86%"). */
static int listed_part_before(const reader *r, const quantity *q)
{
    size_t w = rd_prev_word(r, q->start);
    size_t st = rd_ending(r, w, TSX_C_INDICATOR);
    if (st == (size_t)-1 || !rd_opens_after(r, st, ",;"))
        return 0;
    for (; w != (size_t)-1 && w >= st; w = rd_prev_word(r, w))
        if (tsx_verb_ending(r, w) != V_NONE)
            return 0;
    return 1;
}

/* "12.432,9 tỷ đồng và 367,8 triệu USD": a sum in two currencies, of which
 * neither figure is the whole. */
static int second_currency_follows(const reader *r, const quantity *q)
{
    if (!q->has_unit || !ts_unit_is_money(q->um.unit))
        return 0;
    size_t and = rd_at(r, rd_skip_spaces(r, q->end), TSX_C_AND);
    if (!and)
        return 0;
    size_t k = rd_skip_spaces(r, and);
    quantity q2;
    if (k >= r->n || !rd_digit((unsigned char)r->s[k]) || !rd_quantity(r, k, &q2) || !q2.has_unit ||
        !ts_unit_is_money(q2.um.unit))
        return 0;
    ts_error e;
    double x;
    return ts_unit_convert(1, q2.um.unit, q->um.unit, &x, &e) != TS_OK;
}

/* Figures the clause does not let through before the table is asked:
 * nonzero when q is dropped. */
static int gated(reader *r, const quantity *q, int pct)
{
    frame *fr = &r->st[r->depth];
    if (second_currency_follows(r, q)) {
        rd_unmatched(r, q, "a sum in two currencies");
        return 1;
    }
    if (fr->other_area || r->about_other) {
        rd_unmatched(r, q, "another area's figure");
        return 1;
    }
    if (!fr->ind || fr->suppress) {
        rd_unmatched(r, q, fr->suppress ? "after a blocking phrase" : "no indicator named");
        return 1;
    }
    /* A ';' clause that names nothing new keeps the indicator only for a
     * percentage measured against something ("; tăng 13,09% so thực hiện
     * năm 2018"), not for new counts ("; 07 xã đạt 15-18 tiêu chí"). */
    if (fr->weak && !r->child_area) {
        /* ... and not once the clause has stated a figure of a subject
         * it does not name ("; doanh thu vận tải đạt 210 tỷ đồng, tăng
         * 7,2% so với cùng kỳ": the growth is that subject's). */
        base b = pct && fr->weak == 1 ? tsx_base_after(r, q->end) : B_NONE;
        if (b != B_PLAN && b != B_SAME_PERIOD) {
            rd_unmatched(r, q, "a new clause names no indicator");
            fr->weak = 2;
            return 1;
        }
    }
    return 0;
}

/* The figure's subject is ind, given by the order of a list, not by a
 * phrase before it: nothing the clause said of another subject holds. */
static void subject_given(frame *fr, const ts_indicator *ind)
{
    fr->ind = ind;
    fr->npend = 0;
    fr->ent = NULL;
    fr->own = 1;
    fr->weak = 0;
    fr->suppress = 0;
    fr->component_of = NULL;
}

/* A percentage at i of the text, read into *q; 0 when none. */
static int pct_at(const reader *r, size_t i, quantity *q)
{
    return i < r->n && rd_digit((unsigned char)r->s[i]) && rd_quantity(r, i, q) && q->has_unit &&
           strcmp(q->um.unit, "pct") == 0;
}

/* Where the next share of a list starts after a separator at i: a dash
 * ("8,8% - 59,7% - 31,5%"), ';' or ',' ("25,76%; 33,37%; 40,87%"), or
 * "và" before the last ("42,6%,29,5% và 27,9%"); 0 when none. */
static size_t after_sep(const reader *r, size_t i)
{
    i = rd_skip_spaces(r, i);
    if (i < r->n && (r->s[i] == '-' || r->s[i] == ';' || r->s[i] == ','))
        return rd_skip_spaces(r, i + 1);
    size_t e = rd_at(r, i, TSX_C_AND);
    return e ? rd_skip_spaces(r, e) : 0;
}

/* The @structure entry whose phrase ends before i in its sentence, past
 * commas and brackets but not a ';' ("cơ cấu kinh tế tiếp tục chuyển
 * dịch ..., ước đạt"; "(năm 2018 là ...)"), or NULL; *start and *end
 * where its phrase starts and ends. */
static const tsx_entry *structure_before(const reader *r, size_t i, size_t *start, size_t *end)
{
    if (!tsx_tags_have(r->tags, TSX_C_STRUCTURE))
        return NULL;
    for (size_t p = i; p > 0 && i - p < 400; p--) {
        char ch = r->s[p - 1];
        if (ch == ';' || (ch == '.' && !(p < r->n && rd_digit((unsigned char)r->s[p]))))
            return NULL;
        if (!tsx_is_word((unsigned char)ch) || (p < r->n && tsx_is_word((unsigned char)r->s[p])))
            continue;
        size_t st = tsx_tag_start_ending(r->tags, p, TSX_C_STRUCTURE), n;
        if (st == (size_t)-1)
            continue;
        const tsx_tag *g = tsx_tags_at(r->tags, st, &n);
        for (size_t m = 0; m < n; m++)
            if (g[m].cls == TSX_C_STRUCTURE) {
                *start = st;
                *end = g[m].end;
                return g[m].e;
            }
    }
    return NULL;
}

/* The place in e's names= of indicator id, or -1. */
static int part_place(const tsx_entry *e, const char *id)
{
    size_t n = strlen(id);
    int k = 0;
    for (const char *p = e->names; p && *p; k++) {
        size_t len = strcspn(p, "|");
        if (len == n && memcmp(p, id, n) == 0)
            return k;
        p += len;
        p += *p == '|';
    }
    return -1;
}

/* The order in which the words between a structure's phrase (ending at
 * from) and its shares (at to) name its three parts ("cơ cấu kinh tế dịch
 * vụ, công nghiệp, nông nghiệp lần lượt là 74,1%-23,8%-2,1%"): order[k]
 * the part the k-th share is.  A part's word that names nothing alone
 * ("công nghiệp", a blocking phrase) holds the part the others leave.
 * The entry's own order when the words do not name three parts, each
 * once.  Returns how many parts the words name (4: more than three, or
 * one twice). */
static int parts_named(const reader *r, const tsx_entry *e, size_t from, size_t to, int order[3])
{
    int n = 0, seen = 0, open = -1;
    for (size_t i = from; i < to && n <= 3; i++) {
        if (!tsx_is_word((unsigned char)r->s[i]) || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1])))
            continue;
        size_t k, end = i;
        const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
        int place = -1, blocked = 0;
        for (size_t m = 0; m < k && place < 0; m++) {
            if (g[m].cls == TSX_C_INDICATOR && g[m].e->indicator)
                place = part_place(e, g[m].e->indicator);
            blocked |= g[m].cls == TSX_C_BLOCK;
            end = g[m].end > end ? g[m].end : end;
        }
        if (place < 0 && !blocked)
            continue;
        if (n == 3 && place < 0)
            break; /* the rest after the three ("... - thuế sản phẩm") */
        if (n == 3 || (place >= 0 && (seen & (1 << place))) || (place < 0 && open >= 0))
            n = 4; /* named more than once, or more than three */
        else if (place < 0)
            open = n++;
        else
            order[n++] = place, seen |= 1 << place;
        i = end - 1;
    }
    if (n == 3 && open >= 0)
        for (int p = 0; p < 3; p++)
            if (!(seen & (1 << p)))
                order[open] = p;
    if (n != 3)
        for (int k = 0; k < 3; k++)
            order[k] = k;
    return n;
}

/* Part `place` of the structure e names ("names=A|B|C"), or NULL. */
static const ts_indicator *structure_part(const reader *r, const tsx_entry *e, int place)
{
    const char *p = e->names;
    for (int k = 0; k < place && p; k++)
        if ((p = strchr(p, '|')))
            p++;
    if (!p)
        return NULL;
    char id[64];
    size_t len = strcspn(p, "|");
    if (len >= sizeof id)
        return NULL;
    memcpy(id, p, len);
    id[len] = '\0';
    return ts_catalog_find(r->cat, id);
}

/* Whether a bracket opens between a and b with a few words before the
 * figure at b ("40,87% (KH là 25,58%; ..."): the same parts again, a
 * plan's or a year's. */
static int bracket_after(const reader *r, size_t a, size_t b)
{
    size_t i = rd_skip_spaces(r, a);
    if (i >= r->n || r->s[i] != '(' || b < i || b - i > 40)
        return 0;
    for (size_t k = i + 1; k < b; k++)
        if (r->s[k] == ';' || r->s[k] == '(' || r->s[k] == ')' || rd_digit((unsigned char)r->s[k]))
            return 0;
    return 1;
}

/* Whether four shares make a whole with nothing left over, as the three
 * sectors and the product taxes do: a fourth share after three is that
 * rest only then. */
static int whole_of_four(const quantity q[4])
{
    double sum = q[0].a + q[1].a + q[2].a + q[3].a;
    return sum >= 98.5 && sum <= 101.5;
}

/* Whether an indicator's phrase stands in [a, b): "Tỷ trọng vốn đầu tư
 * đạt ..." gives the shares of investment, not of the economy. */
static int indicator_between(const reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const tsx_entry *e = tsx_tag_find(r->tags, i, TSX_C_INDICATOR, NULL);
        if (e && e->indicator)
            return 1;
    }
    return 0;
}

/* The structure whose words name the parts of the shares at i: the one
 * ending right before them, or, when that names none itself ("với tỉ
 * trọng tương ứng là ..."), the one before it in the sentence ("Cơ cấu
 * kinh tế công nghiệp – dịch vụ - nông nghiệp với tỉ trọng tương ứng
 * là ...").  Writes the parts' order; *named how many the words name. */
static const tsx_entry *structure_naming(reader *r, size_t i, int order[3], int *named)
{
    size_t start, from;
    const tsx_entry *e = structure_before(r, i, &start, &from);
    if (!e)
        return NULL;
    *named = parts_named(r, e, from, i, order);
    if (*named == 0 && indicator_between(r, from, i))
        return NULL;
    size_t start2, from2;
    const tsx_entry *e2;
    if (*named == 0 && start > 0 && (e2 = structure_before(r, start, &start2, &from2))) {
        int order2[3];
        int named2 = parts_named(r, e2, from2, start, order2);
        if (named2 == 3) {
            memcpy(order, order2, sizeof order2);
            *named = named2;
            return e2;
        }
    }
    return e;
}

/* "cơ cấu kinh tế ước đạt 8,8% - 59,7% - 31,5%": three shares in a row
 * after a structure's word are its parts, in the order its entry names
 * them; a fourth, when the words name the three parts or none and the
 * four make the whole, is the rest ("công nghiệp – dịch vụ - nông nghiệp – thuế
 * ... tương ứng là 63,99% - 23,68% - 3,74% - 8,59%"), of no part.  Sets
 * the figure's subject; 1 when it is a part, -1 when it is the rest, 0
 * when it is no such share. */
static int triple_subject(reader *r, const quantity *q)
{
    if (!q->has_unit || strcmp(q->um.unit, "pct") != 0)
        return 0;
    int place = -1;
    for (int k = 1; r->triple_of && k < 4; k++)
        if (r->triple_at[k] && q->start == r->triple_at[k])
            place = k;
    /* "(tỷ trọng tương ứng ... là 40,1%; 36,0%; 20,5%)": the order of the
     * shares before, not the structure's own. */
    if (place < 0 && r->st[r->depth].respective)
        return 0;
    if (place < 0) {
        quantity s[5];
        int n = 1;
        s[0] = *q;
        for (size_t next; n < 5 && (next = after_sep(r, s[n - 1].end)) && pct_at(r, next, &s[n]);)
            n++;
        /* No part of a run of shares that is no structure's ("8,8% -
         * 59,7% - 21,5% - 30%" does not start again at 59,7%). */
        if (q->start < r->shares_end || n < 3)
            return 0;
        r->shares_end = s[n - 1].end;
        int again = r->triple_of && bracket_after(r, r->triple_end, q->start);
        const tsx_entry *e = NULL;
        int order[3], named = 0;
        if (n > 4 || (!again && !(e = structure_naming(r, q->start, order, &named))))
            return 0;
        /* Four only as the three parts and the rest: named so, or not
         * at all, or restating four. */
        if (n == 4 && ((again ? !r->triple_at[3] : named != 0 && named != 3) || !whole_of_four(s)))
            return 0;
        for (int k = 0; k < 4; k++)
            r->triple_at[k] = k < n ? s[k].start : 0;
        r->triple_end = s[n - 1].end;
        if (!again) {
            r->triple_of = e;
            memcpy(r->triple_order, order, sizeof order);
        }
        r->triple_again = again;
        r->triple_prior = r->st[r->depth].prior;
        place = 0;
    } else if (!r->st[r->depth].prior) {
        r->st[r->depth].prior = r->triple_prior; /* past the commas that part them */
    }
    if (place == 3)
        return -1;
    const ts_indicator *ind = structure_part(r, r->triple_of, r->triple_order[place]);
    if (!ind)
        return 0;
    subject_given(&r->st[r->depth], ind);
    /* Parts given again in brackets name no subject of their own there:
     * "(KH là ...)" still makes them plans. */
    if (r->triple_again)
        r->st[r->depth].own = 0;
    return 1;
}

/* The order of percentages a list given respectively refers to: this
 * one's place, outside brackets (changes take none: "chiếm tỷ trọng
 * 24,06%, giảm 3%; ..."); inside brackets opened by "cơ cấu tương ứng",
 * the subject of the percentage in the same place before (0 when that
 * gave no share: "thuế sản phẩm chiếm 3,9%" names nothing read). */
static int respective_subject(reader *r, const quantity *q, verb_at *va)
{
    int pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    frame *fr = &r->st[r->depth];
    r->seq_at = -1;
    if (pct && r->depth == 0 && r->nseq < TSX_MAX_SEQ && verb_read(r, q, va) != V_UP &&
        va->v != V_DOWN) {
        r->seq_at = (long)r->nseq;
        r->seq[r->nseq++] = NULL;
    }
    if (!pct || !fr->respective)
        return 1;
    size_t k = fr->resp_next++;
    if (k >= r->nseq || !r->seq[k])
        return 0;
    subject_given(fr, r->seq[k]);
    return 1;
}

static int is_id(const void *ctx, const char *w, size_t l)
{
    const char *id = ctx;
    return strlen(id) == l && memcmp(id, w, l) == 0;
}

/* The value added of the sector share ind is ("grdp.share.industry" ->
 * "gva.industry"), or NULL. */
static const ts_indicator *sector_of_share(const reader *r, const ts_indicator *ind)
{
    static const char share[] = "grdp.share.";
    size_t n = sizeof share - 1;
    if (strncmp(ind->id, share, n) != 0)
        return NULL;
    char id[64];
    snprintf(id, sizeof id, "gva.%s", ind->id + n);
    return ts_catalog_find(r->cat, id);
}

/* The sum of money of a ctx= list whose level the sentence gave
 * ("gva.services" in "gva.services|grdp.share.services" after "đạt 5.950
 * tỷ đồng"), or NULL. */
static const ts_indicator *amount_in(const reader *r, const char *list)
{
    for (size_t k = 0; k < r->nlv; k++)
        if (ts_unit_is_money(r->lv_done[k]->unit) && rd_any_of(list, is_id, r->lv_done[k]->id))
            return r->lv_done[k];
    return NULL;
}

/* A price basis at i, "theo" before it maybe; 0 when none. */
static int price_at(const reader *r, size_t i, char *basis, size_t size)
{
    if (i < r->n && rd_price_phrase(r, i, basis, size))
        return 1;
    return i + 4 < r->n && memcmp(r->s + i, "theo ", 5) == 0 &&
           rd_price_phrase(r, rd_skip_spaces(r, i + 4), basis, size) != 0;
}

/* A price basis right after an amount, in a bracket or past one ("13.673
 * tỷ đồng (theo giá so sánh năm 1994)", "29,7 triệu đồng (1.402 USD)
 * theo giá thực tế"): the amount's own, written into basis; 0 when none
 * follows. */
static int price_after(const reader *r, const quantity *q, char *basis, size_t size)
{
    size_t i = rd_skip_spaces(r, q->end);
    if (i < r->n && r->s[i] == '(') {
        if (price_at(r, rd_skip_spaces(r, i + 1), basis, size))
            return 1;
        while (i < r->n && r->s[i] != ')')
            i++;
        i = rd_skip_spaces(r, i + 1);
    }
    return price_at(r, i, basis, size);
}

/* Whether "lần lượt" stands before b, after the clause's last figure. */
static int in_order_before(const reader *r, size_t b)
{
    for (size_t i = b; i-- > 0;) {
        if (rd_digit((unsigned char)r->s[i]) || r->s[i] == ';')
            return 0;
        if (rd_word_at(r, i, TSX_C_LIST_IN_ORDER))
            return 1;
    }
    return 0;
}

/* "Khu vực I, khu vực II và khu vực III lần lượt tăng 2,1%, 7,19% và
 * 3,93%": after "lần lượt", the clause's figures are, in order, of the
 * subjects it named before (a second run of them, of another kind, "đạt
 * 500 và 300 tỷ đồng, tăng 5% và 7%", starts again from the first).  Sets
 * the figure's subject; 0 when it is in no such list. */
static int in_order_subject(reader *r, const quantity *q)
{
    if (r->depth)
        return 0;
    int pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    if (!r->in_order) {
        if (r->nnamed < 2 || !in_order_before(r, q->start)) {
            r->nnamed = 0;
            return 0;
        }
        r->in_order = 1;
        r->order_next = 0;
        r->order_pct = pct;
    }
    if (r->order_next >= r->nnamed && pct != r->order_pct) {
        r->order_next = 0;
        r->order_pct = pct;
    }
    if (r->order_next >= r->nnamed) {
        r->in_order = 0;
        r->nnamed = 0;
        return 0;
    }
    subject_given(&r->st[0], r->named[r->order_next]);
    /* The phrase that named it still says what its figures are ("khu vực
     * dịch vụ ... đạt 3,93%" is its growth). */
    r->st[0].ent = r->named_ent[r->order_next++];
    return 1;
}

/* The change ("tăng", "giảm") right before the bracket opening at
 * open_at, maybe with one word of how much between ("tăng khá (",
 * "giảm nhẹ ("); V_NONE when none. */
static verb change_before_bracket(const reader *r, size_t open_at)
{
    if (open_at < 1)
        return V_NONE;
    size_t w = rd_prev_word(r, open_at - 1);
    for (int words = 0; words < 2 && w != (size_t)-1; words++, w = rd_prev_word(r, w)) {
        verb v = tsx_verb_ending(r, w);
        if (v == V_UP || v == V_DOWN)
            return v;
        if (v != V_NONE)
            break;
    }
    return V_NONE;
}

void rd_on_quantity(reader *r, quantity *q)
{
    r->prev_q_end = r->q_end;
    r->q_end = q->end;
    r->plan_by = "";
    r->fact_flags = 0;
    verb_at va = {V_NONE, 0, 0};
    int in_triple = triple_subject(r, q);
    if (in_triple < 0) {
        rd_unmatched(r, q, "the rest of a structure's shares (product taxes)");
        return;
    }
    if (!in_triple)
        in_order_subject(r, q);
    if (!in_triple && !respective_subject(r, q, &va)) {
        rd_unmatched(r, q, "given respectively, where the list before has no share");
        return;
    }
    /* Another place's figure: "(Đắk Nông 5,74%; Lâm Đồng 5,63%)", "cao
     * nhất là huyện X với 30,5%". */
    if (r->place_end && follows_place(r, q)) {
        r->place_end = 0;
        rd_unmatched(r, q, "another area's figure");
        return;
    }
    r->place_end = 0;
    if (rd_place_after_is_other(r, q)) {
        rd_unmatched(r, q, "another area's figure");
        return;
    }
    /* "20 tỉnh tăng trưởng từ 8% trở lên": a threshold in an account of
     * results (a target's "từ 4.600 tỷ đồng trở lên" is its plan). */
    if (q->has_unit && strcmp(q->um.unit, "pct") == 0 && !r->cx->directions &&
        !(r->n_targets && q->start >= r->target_end[0]) &&
        rd_at(r, rd_skip_spaces(r, q->end), TSX_C_THRESHOLD)) {
        rd_unmatched(r, q, "a threshold");
        return;
    }
    percent_left_out(r, q, r->st[r->depth].ind, &va);
    int by_after;
    if (!rd_resolve_subject(r, q, &by_after)) {
        rd_unmatched(r, q, "a blocking phrase names it");
        return;
    }
    figure f;
    memset(&f, 0, sizeof f);
    f.pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    if (gated(r, q, f.pct))
        return;
    frame *fr = &r->st[r->depth];
    f.ind = fr->ind;
    /* An index's change is a percentage, a rate's is in points. */
    f.rate = strcmp(f.ind->unit, "pct") == 0 && f.ind->kind != TS_KIND_INDEX;
    f.v = verb_read(r, q, &va);
    f.vpos = va.pos;
    if (starts_change(r, q))
        f.v = V_FROM;
    /* "giảm mạnh (-11,38%)", "(+3,63%)": the sign says the change. */
    if (f.pct && q->sign)
        f.v = q->sign < 0 ? V_DOWN : V_UP;
    /* "tăng khá (13,5%) so với năm 2024": a percentage opening a bracket
     * right after a change and a word of how much. */
    if (f.pct && f.v == V_NONE && r->depth > 0 && rd_skip_spaces(r, fr->open_at) == q->start)
        f.v = change_before_bracket(r, fr->open_at);
    /* "giảm 12 vụ (20,3%)": the share of an absolute change of a flow
     * just made (of a stock with a rate beside it, "giảm 1.432 hộ nghèo
     * (1,95%)", it is the rate's change in points). */
    if (f.pct && f.v == V_NONE && r->depth > 0 && r->last_change &&
        f.ind->kind == TS_KIND_FLOW && rd_skip_spaces(r, fr->open_at) == q->start)
        f.v = r->last_change < 0 ? V_DOWN : V_UP;
    /* "Ngành nông nghiệp chiếm 5,88% tăng trưởng": a part of the
     * growth, as "đóng góp" is, no share of the economy. */
    if (f.pct && f.v == V_SHARE && rd_at(r, rd_skip_spaces(r, q->end), TSX_C_VERB_GROWTH))
        f.v = V_CONTRIB;
    /* "phấn đấu giảm tỷ lệ hộ nghèo 3%": a change's verb before the
     * subject the percentage follows at once. */
    if (f.pct && f.v == V_NONE && r->mention_end && rd_skip_spaces(r, r->mention_end) == q->start)
        f.v = verb_before_subject(r);
    size_t before = rd_prev_word(r, q->start);
    /* "tăng 5,49% so với tháng trước và 23,38% cùng kỳ": the second
     * percentage of a change, its verb left out after "và". */
    if (f.pct && f.v == V_NONE && r->last_change && rd_word_of(r, before, TSX_C_AND))
        f.v = r->last_change < 0 ? V_DOWN : V_UP;
    /* "đạt 51,52% so với kế hoạch và 87,86% so với cùng kỳ": a share's
     * verb left out after "và". */
    if (f.pct && f.v == V_NONE && r->last_share_verb && rd_word_of(r, before, TSX_C_AND))
        f.v = (verb)r->last_share_verb;
    /* "tăng 22% về số lượng, 43% về số vốn": what the next percentage
     * measures named after it, the change's verb left out. */
    if (f.pct && f.v == V_NONE && r->list_change && rd_opens_after(r, q->start, ",") &&
        rd_at(r, rd_skip_spaces(r, q->end), TSX_C_ABOUT))
        f.v = r->list_change < 0 ? V_DOWN : V_UP;
    /* ... the next parts of a list, their verb left out. */
    if (f.pct && f.v == V_NONE && r->list_change && r->depth == 0 &&
        siblings(r->list_ind, f.ind) && listed_part_before(r, q))
        f.v = r->list_change < 0 ? V_DOWN : V_UP;
    /* A list given "lần lượt" writes its verb once: "lần lượt tăng 2,1%,
     * 7,19% và 3,93%". */
    if (r->in_order && r->depth == 0 && r->order_next == 1)
        r->order_verb = f.v;
    else if (r->in_order && r->depth == 0 && f.v == V_NONE)
        f.v = (verb)r->order_verb;
    /* "khu vực dịch vụ đạt 5.950 tỷ đồng, chiếm tỷ trọng 55,75%, tăng
     * 7,1%": a change after the share an amount of money reached (the
     * share's entry's ctx= names the amount's indicator) is the
     * amount's; a share's own change is written in points. */
    const ts_indicator *amount = f.pct && f.rate && (VB(f.v) & CHANGE) && fr->ent && fr->ent->ctx
                                     ? amount_in(r, fr->ent->ctx)
                                     : NULL;
    if (amount) {
        f.ind = amount;
        f.rate = 0;
        subject_given(fr, amount);
    }
    /* "Trong cơ cấu kinh tế, khu vực công nghiệp - xây dựng ... với mức
     * tăng trưởng 16,57%": a sector's growth is its value added's, the
     * share named by the structure its place in the economy. */
    const ts_indicator *grown = f.pct && f.rate && f.v == V_GROWTH ? sector_of_share(r, f.ind) : NULL;
    if (grown) {
        f.ind = grown;
        f.rate = 0;
        subject_given(fr, grown);
    }
    /* "Trong cơ cấu kinh tế ..., khu vực nông, lâm nghiệp, thủy sản đóng
     * góp 10.551,6 tỷ đồng (tăng 8,3%)": money a sector adds is its value
     * added, not its share. */
    const ts_indicator *added = !f.pct && q->has_unit && ts_unit_is_money(q->um.unit) && f.rate
                                    ? sector_of_share(r, f.ind)
                                    : NULL;
    if (added) {
        f.ind = added;
        f.rate = 0;
        subject_given(fr, added);
    }
    count_of_subject(r, q, f.ind, f.v);
    /* "hỗ trợ ... cho 21.988 hộ nghèo": people served, not the count. */
    /* Things granted "cho 15 dự án" are counted, not served. */
    int people = q->has_unit && (strcmp(q->um.unit, "person") == 0 ||
                                 strcmp(q->um.unit, "household") == 0 ||
                                 strcmp(q->um.unit, "commune") == 0);
    if (by_after && people && (rd_ending(r, f.vpos, TSX_C_BENEFICIARY) != (size_t)-1 ||
                               rd_ending(r, before, TSX_C_BENEFICIARY) != (size_t)-1)) {
        rd_unmatched(r, q, "people served, not a count");
        return;
    }
    if (r->depth > 0 && on_plan_in_brackets(r, &f, q))
        return;
    if (value_of_plan_compared(r, &f, q)) {
        double x;
        if (!rd_to_unit(q, q->a, f.ind, &x)) {
            rd_unmatched(r, q, "the unit does not fit the indicator");
            return;
        }
        per_state ps = figure_period(r, q);
        rd_emit(r, f.ind, TS_MEASURE_PLAN, rd_plan_period(rd_resolve_period(r, f.ind, &ps)), x,
                f.ind->unit, 'A');
        return;
    }
    /* "tăng 10,51% so với năm 2016 (kế hoạch tăng 10,6%)": the planned
     * growth, a target's, and no figure of the year before. */
    if (r->depth > 0 && fr->plan_paren && f.pct && (VB(f.v) & CHANGE) && !fr->own) {
        rd_unmatched(r, q, "a planned change");
        return;
    }
    /* In parentheses a count needs its own name there or a year before
     * the '(' ("(khách quốc tế khoảng 31.500 lượt)", "(còn 16 nhiệm vụ)"). */
    if (r->depth > 0 && !fr->own && !fr->paren_per.last && !fr->prior && !fr->after_change &&
        !f.pct && !restates_level(r, &f, q)) {
        rd_unmatched(r, q, "in parentheses without its own indicator");
        return;
    }
    if (f.pct && (f.v == V_REACH || f.v == V_EQUAL))
        r->last_share_verb = f.v;
    if (f.v == V_UP)
        r->last_change = r->list_change = 1;
    else if (f.v == V_DOWN)
        r->last_change = r->list_change = -1;
    if (f.v == V_UP || f.v == V_DOWN)
        r->list_ind = f.ind;
    /* "bằng 71,3% kế hoạch, cao hơn 6,2% so với cùng kỳ": the gap
     * between this share and last year's, no growth. */
    const ts_indicator *last_pct = r->pct_of;
    if (f.pct)
        r->pct_of = f.ind;
    if (f.pct && last_pct == f.ind && f.vpos != (size_t)-1 &&
        rd_ending(r, f.vpos, TSX_C_COMPARED) == f.vpos) {
        rd_unmatched(r, q, "a gap between two percentages");
        return;
    }
    /* "gấp 2,1 lần so với cùng kỳ": a multiple, which analysts do not
     * retype as a growth rate (the gold leaves them out). */
    if (q->multiple) {
        rd_unmatched(r, q, "a multiple, not a growth rate as written");
        return;
    }
    /* "giảm từ 4,5% xuống còn 3,2%": the value it started from has no
     * period of its own unless one follows it ("từ 4,5% năm 2022"), or a
     * change before it in the sentence started at one ("tăng từ 57% năm
     * 2005 lên 57,2% năm 2010; dịch vụ từ 28% lên 34%"). */
    per_state own;
    int from_before = 0;
    if (f.v == V_FROM && own_period_after(r, q, &own)) {
        r->change_from = own;
        r->change_outer = fr->per;
    } else if (f.v == V_FROM && r->change_from.kind == PER_FIXED) {
        from_before = 1;
    } else if (f.v == V_FROM) {
        rd_unmatched(r, q, "the value a change started from");
        return;
    }
    char status = r->estimate ? 'E' : 'A';
    /* "bằng 96,31% năm 2019" in a report of 2020: the year before is the
     * base (as "so với năm 2019"), not the figure's period. */
    int y_base;
    int equal_to_year = f.pct && f.v == V_EQUAL &&
                        rd_year_at(r, rd_skip_spaces(r, q->end), 0, &y_base) &&
                        y_base == rd_ctx_year(r) - 1;
    f.ps = equal_to_year ? fr->per
           : from_before ? r->change_from
           : to_after_dated_from(r, q) ? r->change_outer
                                       : figure_period(r, q);
    if (f.ps.kind == PER_OCCASION) {
        rd_unmatched(r, q, "of an occasion's days, which the text does not give");
        return;
    }
    r->plan_by = tsx_plan_issuer(r, q->start, q->end, f.pct, q->has_b, f.vpos);
    r->fact_flags = rounded(r, q) |
                    (fr->ent && (fr->ent->near || (fr->ent->flags & TSX_PROXY)) ? TSX_FACT_WEAK : 0) |
                    (fr->component_of || r->after_part || r->depth > 0 ? TSX_FACT_PART : 0) |
                    (f.ps.kind == PER_NONE ? TSX_FACT_DEFAULT_PERIOD : 0) |
                    (raised_to(r, f.ind, q) ? TSX_FACT_RAISED_TO : 0);
    ts_period ytd;
    if ((of_yearly_estimate(r, &f, q) || running_total_of_flow(r, &f, q)) &&
        rd_year_to_date(r->cx->period, &ytd))
        f.ps = (per_state){PER_FIXED, ytd, 0, 0};
    /* In a part setting out the targets of a year, a figure its sentence
     * dates before that year is a result ("Quận Hải Châu: Năm 2019, phấn
     * đấu thu ngân sách 1.550 tỷ đồng" over "Năm 2018, tổng mức bán lẻ ...
     * ước đạt 50.743 tỷ đồng"). */
    if (r->cx->directions &&
        !(f.ps.kind == PER_FIXED && rd_resolve_period(r, f.ind, &f.ps).last < r->cx->target.first)) {
        on_target(r, &f, q, status);
        return;
    }
    if (r->n_targets && q->start >= r->target_end[0] && !before_aimed(r, &f, q) &&
        !turned_from_target(r, q)) {
        if (!forecast_of_reported(r, &f, q)) {
            on_stated_target(r, &f, q);
            return;
        }
        status = 'E';
    }
    /* A stock's or an index's change over a span of years stays on the
     * span ("chỉ số sản xuất công nghiệp giai đoạn 2016-2019 tăng bình
     * quân 7,7%/năm"); only its level is read at the last year. */
    f.p = f.pct && !f.rate && f.ps.kind == PER_FIXED ? f.ps.p : rd_resolve_period(r, f.ind, &f.ps);
    /* "quy mô nền kinh tế ước đạt hơn 60.000 tỷ đồng" in a review of five
     * years: the economy's size when they ended, not their sum. */
    if (!f.pct && fr->ent && (fr->ent->flags & TSX_SIZE) && ts_period_kind_of(f.p) == TS_PERIOD_YEARS)
        f.p = ts_period_year(ts_year_of_days(f.p.last));
    int prior = fr->prior ? fr->prior : prior_after(r, q);
    if (prior)
        f.p = rd_period_earlier(f.p, prior);
    f.b = f.pct ? tsx_base_after(r, q->end) : B_NONE;
    /* "năm 2019 ... tăng 46,6% so với năm 2015": a change over years
     * against one further back than the year before is no year's growth. */
    int base_year = f.b == B_SAME_PERIOD && ts_period_kind_of(f.p) == TS_PERIOD_YEAR
                        ? tsx_base_year_after(r, q->end)
                        : 0;
    if (base_year && base_year < ts_year_of_days(f.p.last) - 1)
        f.b = B_OTHER;
    if (f.pct && f.b == B_NONE && f.v == V_REACH)
        f.b = tsx_base_after_excess(r, q->end);
    if (f.pct && f.b == B_NONE && equal_to_year)
        f.b = B_SAME_PERIOD;
    if (f.pct && f.b == B_NONE)
        f.b = tsx_base_before_verb(r, f.vpos);
    if (f.pct && f.b == B_NONE)
        f.b = tsx_base_between(r, f.vpos, q->start);
    /* "tăng 3.488 tỷ đồng so với dự toán (tăng 38%)": the change in
     * brackets is against the plan just named. */
    if (f.pct && f.b == B_NONE && r->depth > 0 && fr->after_plan_base && (VB(f.v) & CHANGE) &&
        rd_skip_spaces(r, fr->open_at) <= f.vpos)
        f.b = B_PLAN;
    if (f.pct && f.b == B_NONE)
        f.b = implied_base(r, &f, q);
    else if (f.pct && f.v == V_EQUAL)
        r->equal_base = f.b;
    const rule *ru = tsx_measure_decide(r, &f, q);
    if (!ru)
        return;
    /* "khu vực dịch vụ có 240,1 nghìn lao động, tăng 3,4%": the change
     * after an amount the subject cannot have is that amount's (money in
     * another currency is still the subject's: "535,6 triệu USD, tăng
     * 50,8%" of capital counted in đồng). */
    if (f.pct && ru->a == A_YOY && fr->foreign) {
        rd_unmatched(r, q, "the change of an amount of another kind");
        return;
    }
    if (!f.pct)
        fr->foreign = q->has_unit && ru->a == A_DROP && ru->c == C_NOT_IN_UNIT &&
                      !(ts_unit_is_money(q->um.unit) && ts_unit_is_money(f.ind->unit));
    char held[sizeof r->price_text];
    memcpy(held, r->price_text, sizeof held);
    if (!f.pct && q->has_unit && ts_unit_is_money(q->um.unit))
        price_after(r, q, r->price_text, sizeof r->price_text);
    act(r, ru, &f, q, status);
    memcpy(r->price_text, held, sizeof held);
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
    f.v = tsx_verb_before(r, q->start, &f.vpos);
    f.ps.kind = PER_FIXED;
    f.ps.p = f.p = p;
    f.b = B_NONE;
    f.label = 1;
    const rule *ru = tsx_measure_decide(r, &f, q);
    if (ru && ru->a == A_DROP && ru->c == C_NOT_IN_UNIT)
        return RD_ROW_UNMATCHED;
    switch (ru ? ru->a : A_DROP) {
    case A_AVG_ANNUAL: return RD_ROW_AVG;
    case A_AVG_IF_YEARLY:
        return f.v != V_DOWN && tsx_sentence_yearly(r) ? RD_ROW_AVG : RD_ROW_NONE;
    case A_YOY:
        return f.v == V_DOWN || (f.v == V_CORRESP && r->last_change < 0) ? RD_ROW_DOWN : RD_ROW_UP;
    /* An index's figures are indices, read against a column's base as an
     * amount's are (the IIP "6 tháng so với cùng kỳ": 109,00 is +9%); a
     * rate's in such a column would be a ratio of rates. */
    case A_LEVEL: return f.ind->kind == TS_KIND_INDEX ? RD_ROW_LEVEL : RD_ROW_RATE;
    case A_PLAN: return RD_ROW_PLAN;
    case A_LEVEL_PLAN: return RD_ROW_LEVEL;
    default: return RD_ROW_NONE; /* no base: neither a plan share nor an index */
    }
}
