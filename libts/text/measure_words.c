/* The words around a figure, as the decision table sees them: the verb of
 * change before it (past qualifiers), the base after it (past fillers:
 * "so với cùng kỳ", "kế hoạch"), a growth subject, a yearly average. */
#include "text/measure.h"

#include <string.h>

static const struct {
    tsx_class cls;
    verb v;
} verb_classes[] = {
    {TSX_C_VERB_UP, V_UP},         {TSX_C_VERB_DOWN, V_DOWN},
    {TSX_C_VERB_EQUAL, V_EQUAL},   {TSX_C_VERB_REACH, V_REACH},
    {TSX_C_VERB_EXCEED, V_EXCEED}, {TSX_C_VERB_SHARE, V_SHARE},
    {TSX_C_VERB_MORE, V_MORE},     {TSX_C_VERB_FROM, V_FROM},
    {TSX_C_VERB_GROWTH, V_GROWTH}, {TSX_C_VERB_CORRESP, V_CORRESP},
    {TSX_C_VERB_IS, V_IS},         {TSX_C_VERB_CONTRIB, V_CONTRIB},
};

/* "tăng bình quân hàng năm đạt 1,1%": the change the average words
 * follow, when "đạt" at w comes right after them (no comma between);
 * V_NONE when it does not. */
static verb change_before_average(const reader *r, size_t w, size_t *vpos)
{
    size_t p = rd_prev_word(r, w), st;
    int words = 0;
    while (p != (size_t)-1 && words < 3 &&
           ((st = rd_ending(r, p, TSX_C_AVERAGE)) != (size_t)-1 ||
            (st = rd_ending(r, p, TSX_C_PER_YEAR)) != (size_t)-1)) {
        p = rd_prev_word(r, st);
        words++;
    }
    if (!words || p == (size_t)-1 || memchr(r->s + p, ',', w - p) || memchr(r->s + p, ';', w - p))
        return V_NONE;
    static const tsx_class changes[] = {TSX_C_VERB_UP, TSX_C_VERB_DOWN, TSX_C_VERB_GROWTH};
    static const verb as[] = {V_UP, V_DOWN, V_GROWTH};
    for (size_t k = 0; k < 3; k++)
        if (rd_ending(r, p, changes[k]) != (size_t)-1) {
            *vpos = p;
            return as[k];
        }
    return V_NONE;
}

verb tsx_verb_ending(const reader *r, size_t w)
{
    for (size_t k = 0; k < sizeof verb_classes / sizeof verb_classes[0]; k++)
        if (rd_ending(r, w, verb_classes[k].cls) != (size_t)-1)
            return verb_classes[k].v;
    return V_NONE;
}

/* A plan named with its issuer ending at the word w ("vượt dự toán Trung
 * ương 18%", "đạt kế hoạch tỉnh giao 105%"): the start of the plan's
 * word, or (size_t)-1. */
static size_t plan_with_issuer(const reader *r, size_t w)
{
    for (tsx_class c = TSX_C_PLAN_BY_CENTRAL; c <= TSX_C_PLAN_BY_DISTRICT; c++) {
        size_t st = rd_ending(r, w, c);
        if (st == (size_t)-1)
            continue;
        if (rd_at(r, st, TSX_C_BASE_PLAN))
            return st;
        size_t before = rd_prev_word(r, st);
        size_t plan = before == (size_t)-1 ? (size_t)-1 : rd_ending(r, before, TSX_C_BASE_PLAN);
        if (plan != (size_t)-1)
            return plan;
    }
    return (size_t)-1;
}

/* Where a base ending at w starts, its fillers before it included ("so
 * với cùng kỳ", "kế hoạch năm 2024"), or (size_t)-1; *b its kind. */
static size_t base_ending(const reader *r, size_t w, base *b)
{
    int y;
    size_t yw = rd_prev_word(r, w);
    /* "kế hoạch năm 2024": the plan's year after it. */
    if (rd_digit((unsigned char)r->s[w]) && yw != (size_t)-1 && rd_year_at(r, yw, 0, &y) &&
        rd_prev_word(r, yw) != (size_t)-1)
        w = rd_prev_word(r, yw);
    size_t st;
    if ((st = rd_ending(r, w, TSX_C_BASE_SAME_PERIOD)) != (size_t)-1)
        *b = B_SAME_PERIOD;
    else if ((st = rd_ending(r, w, TSX_C_BASE_PLAN)) != (size_t)-1 ||
             (st = plan_with_issuer(r, w)) != (size_t)-1)
        *b = B_PLAN;
    else
        return (size_t)-1;
    return rd_fillers_before(r, st);
}

base tsx_base_between(const reader *r, size_t vpos, size_t i)
{
    if (vpos == (size_t)-1)
        return B_NONE;
    for (size_t w = rd_prev_word(r, i); w != (size_t)-1 && w > vpos; w = rd_prev_word(r, w)) {
        base b;
        size_t st = base_ending(r, w, &b);
        if (st != (size_t)-1 && st > vpos)
            return b;
    }
    return B_NONE;
}

/* The verb governing a figure at i: the words before it, skipping
 * qualifiers ("tăng khoảng 5%").  *vpos receives the verb's last word. */
verb tsx_verb_before(const reader *r, size_t i, size_t *vpos)
{
    size_t w = rd_prev_word(r, i);
    for (int guard = 0; guard < 4 && w != (size_t)-1; guard++) {
        /* A verb ending in a qualifier's word ("thấp hơn") is the verb. */
        verb v = tsx_verb_ending(r, w), c;
        base b;
        if (v != V_NONE) {
            if (v == V_REACH && (c = change_before_average(r, w, vpos)) != V_NONE)
                return c;
            *vpos = w;
            return v;
        }
        /* Qualifiers and the words of a yearly average stand between a
         * verb and its figure: "tăng bình quân (hàng năm) 22,9%"; so does
         * the base ("thấp hơn cùng kỳ 15,8%", "tăng so với cùng kỳ 5%"). */
        size_t st = rd_ending(r, w, TSX_C_QUALIFIER);
        if (st == (size_t)-1 && (st = rd_ending(r, w, TSX_C_AVERAGE)) == (size_t)-1 &&
            (st = rd_ending(r, w, TSX_C_PER_YEAR)) == (size_t)-1 &&
            (st = base_ending(r, w, &b)) == (size_t)-1)
            break;
        w = rd_prev_word(r, st);
    }
    *vpos = w;
    return w == (size_t)-1 ? V_NONE : tsx_verb_ending(r, w);
}

/* Past a bracketed aside right after a figure and the comma after it,
 * when a comparison follows ("đạt 33,57% (cao hơn cả nước ...), so với kế
 * hoạch Quốc hội giao"); else i. */
static size_t past_aside(const reader *r, size_t i)
{
    if (i >= r->n || r->s[i] != '(')
        return i;
    int depth = 0;
    size_t k = i;
    for (; k < r->n && k < i + 240; k++) {
        depth += r->s[k] == '(' ? 1 : r->s[k] == ')' ? -1 : 0;
        if (depth == 0)
            break;
    }
    if (k >= r->n || depth != 0)
        return i;
    size_t j = rd_skip_spaces(r, k + 1);
    if (j < r->n && r->s[j] == ',')
        j = rd_skip_spaces(r, j + 1);
    return rd_comparison_at(r, j) ? j : i;
}

/* Past an aside and the fillers after a figure ("so với"): where its base
 * is named; *had_so whether a comparison word came. */
static size_t past_fillers(const reader *r, size_t i, int *had_so)
{
    i = past_aside(r, rd_skip_spaces(r, i));
    *had_so = 0;
    for (int guard = 0; guard < 4; guard++) {
        size_t e;
        const tsx_entry *f = tsx_tag_find(r->tags, i, TSX_C_BASE_FILLER, &e);
        if (!f)
            break;
        *had_so |= (f->flags & TSX_COMPARISON) != 0;
        i = rd_skip_spaces(r, e);
    }
    return i;
}

int tsx_base_year_after(const reader *r, size_t i)
{
    int had_so, y;
    i = past_fillers(r, i, &had_so);
    return had_so && rd_year_at(r, i, 0, &y) ? y : 0;
}

int tsx_estimate_after(const reader *r, size_t i)
{
    int had_so;
    return rd_at(r, past_fillers(r, i, &had_so), TSX_C_BASE_ESTIMATE) != 0;
}

base tsx_base_after(const reader *r, size_t i)
{
    int had_so;
    i = past_fillers(r, i, &had_so);
    if (rd_at(r, i, TSX_C_BASE_PLAN))
        return B_PLAN;
    /* "đạt 192,5% so với tỉnh giao": the plan its issuer set. */
    if (had_so && (rd_at(r, i, TSX_C_PLAN_BY_CENTRAL) || rd_at(r, i, TSX_C_PLAN_BY_PROVINCE) ||
                   rd_at(r, i, TSX_C_PLAN_BY_LOCAL) || rd_at(r, i, TSX_C_PLAN_BY_DISTRICT)))
        return B_PLAN;
    /* The plan's amount in brackets right after: "đạt 88% (kế hoạch 21.208
     * tỉ đồng)"; not a target of the same rate, "tăng 7,46% (kế hoạch
     * 7%)". */
    size_t pe;
    quantity plan;
    if (i < r->n && r->s[i] == '(' && (pe = rd_at(r, rd_skip_spaces(r, i + 1), TSX_C_BASE_PLAN)) &&
        rd_quantity(r, rd_skip_spaces(r, pe), &plan) && plan.has_unit &&
        strcmp(plan.um.unit, "pct") != 0)
        return B_PLAN;
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
    for (size_t m = 0; m < k; m++)
        if (g[m].cls == TSX_C_BASE_SAME_PERIOD && (had_so || !(g[m].e->flags & TSX_AFTER_SO)))
            return B_SAME_PERIOD;
    /* "so với năm 2019": another year set against this one; "so với giai
     * đoạn 2011 - 2015", a span against a span, is no yearly change. */
    int y;
    if (had_so && rd_year_at(r, i, 0, &y))
        return B_SAME_PERIOD;
    if (had_so && rd_at(r, i, TSX_C_PERIOD_SPAN))
        return B_OTHER;
    /* "giảm 0,3% so với tháng 6/2018, tăng 9,0% so với cùng kỳ": a month
     * or quarter named is the report's a year before, or another one. */
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    if (had_so && (rd_at(r, i, TSX_C_PERIOD_MONTH) || rd_at(r, i, TSX_C_PERIOD_QUARTER))) {
        if ((pe = rd_period(r, i, &ps, &set, &year_only)) && ps.kind == PER_FIXED) {
            ts_period_kind k = ts_period_kind_of(ps.p);
            /* "so với tháng 9 cùng kỳ năm trước". */
            if (tsx_tag_find(r->tags, rd_skip_spaces(r, pe), TSX_C_BASE_SAME_PERIOD, NULL))
                return B_SAME_PERIOD;
            if (k == TS_PERIOD_MONTH || k == TS_PERIOD_QUARTER) {
                int y0, m0, d0, yb, mb, db;
                ts_civil_from_days(r->cx->period.last, &y0, &m0, &d0);
                ts_civil_from_days(ps.p.last, &yb, &mb, &db);
                return yb == y0 - 1 && mb == m0 ? B_SAME_PERIOD : B_OTHER;
            }
        } else {
            /* "so với tháng cùng kỳ": the same month a year before; named
             * otherwise, another: "so tháng đầu hè", "so tháng trước". */
            size_t me = rd_at(r, i, TSX_C_PERIOD_MONTH);
            if (!me)
                me = rd_at(r, i, TSX_C_PERIOD_QUARTER);
            return rd_at(r, i, TSX_C_BASE_SAME_PERIOD) ||
                           tsx_tag_find(r->tags, rd_skip_spaces(r, me), TSX_C_BASE_SAME_PERIOD, NULL)
                       ? B_SAME_PERIOD
                       : B_OTHER;
        }
    }
    if (rd_at(r, i, TSX_C_BASE_OTHER))
        return B_OTHER;
    return B_NONE;
}

/* "đạt 118%, vượt 876 tỷ đồng so với dự toán": the excess in money right
 * after a share names the base the share is of too. */
base tsx_base_after_excess(const reader *r, size_t i)
{
    i = rd_skip_spaces(r, i);
    if (i >= r->n || r->s[i] != ',')
        return B_NONE;
    size_t v = rd_skip_spaces(r, i + 1);
    size_t ve = rd_at(r, v, TSX_C_VERB_EXCEED);
    quantity amount;
    if (!ve || !rd_quantity(r, rd_skip_spaces(r, ve), &amount) || !amount.has_unit ||
        strcmp(amount.um.unit, "pct") == 0)
        return B_NONE;
    base b = tsx_base_after(r, amount.end);
    return b == B_PLAN ? b : B_NONE;
}

base tsx_base_before_verb(const reader *r, size_t vpos)
{
    if (vpos == (size_t)-1)
        return B_NONE;
    size_t w = rd_prev_word(r, vpos), st;
    if (w == (size_t)-1 || memchr(r->s + w, ',', vpos - w))
        return B_NONE;
    /* "so cùng kỳ năm 2021 bằng 322%": the year a year before the
     * report's closes the base. */
    int y;
    size_t nw = rd_prev_word(r, w);
    if (rd_digit((unsigned char)r->s[w]) && nw != (size_t)-1 && rd_year_at(r, nw, 0, &y) &&
        y == rd_ctx_year(r) - 1)
        w = rd_prev_word(r, nw);
    base b;
    if (w == (size_t)-1)
        return B_NONE;
    if ((st = rd_ending(r, w, TSX_C_BASE_OTHER)) != (size_t)-1) {
        b = B_OTHER;
    } else if ((st = rd_ending(r, w, TSX_C_BASE_SAME_PERIOD)) != (size_t)-1) {
        b = B_SAME_PERIOD;
        /* "so với cùng kỳ năm trước bằng 322%": two such words in a row. */
        size_t pw = rd_prev_word(r, st), ps;
        if (pw != (size_t)-1 && (ps = rd_ending(r, pw, TSX_C_BASE_SAME_PERIOD)) != (size_t)-1)
            st = ps;
    } else {
        return B_NONE;
    }
    size_t fw = rd_prev_word(r, st);
    for (int k = 0; k < 2 && fw != (size_t)-1; k++) {
        size_t fs = rd_ending(r, fw, TSX_C_BASE_FILLER);
        if (fs == (size_t)-1)
            break;
        if (rd_comparison_at(r, fs))
            return b;
        fw = rd_prev_word(r, fs);
    }
    return B_NONE;
}

/* A growth word in the clause before i (the subject and its verb),
 * looking through parentheses: "tăng trưởng kinh tế (GRDP) đạt", "tốc độ
 * tăng tổng sản phẩm ... (GRDP) theo giá so sánh năm 2010 ước đạt". */
int tsx_growth_named(const reader *r, size_t i)
{
    size_t p = i;
    /* "- Tốc độ tăng trưởng GRDP: 8,2%": a list row, the subject before ':'. */
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    if (p > 0 && r->s[p - 1] == ':')
        p--;
    for (int k = 0; k < 24; k++) {
        /* Past brackets, spaces and the dash of "2021-2025". */
        while (p > 0 && !tsx_is_word((unsigned char)r->s[p - 1]) && !strchr(",;.:", r->s[p - 1]))
            p--;
        if (p > 0 && (r->s[p - 1] == ',' || r->s[p - 1] == ';' || r->s[p - 1] == '.' ||
                      r->s[p - 1] == ':'))
            return 0;
        p = rd_prev_word(r, p);
        if (p == (size_t)-1)
            return 0;
        if (rd_ending(r, p, TSX_C_VERB_GROWTH) != (size_t)-1)
            return 1;
    }
    return 0;
}

/* The issuer class of the first @plan.by.* tag in folded [from, to),
 * stopping at any of the bytes in `stops`; TSX_C_COUNT when none. */
static tsx_class issuer_in(const reader *r, size_t from, size_t to, const char *stops)
{
    for (size_t k = from; k < to && k < r->n; k++) {
        if (strchr(stops, r->s[k]))
            break;
        size_t c;
        const tsx_tag *g = tsx_tags_at(r->tags, k, &c);
        for (size_t m = 0; m < c; m++)
            if (g[m].cls >= TSX_C_PLAN_BY_CENTRAL && g[m].cls <= TSX_C_PLAN_BY_DISTRICT)
                return g[m].cls;
    }
    return TSX_C_COUNT;
}

const char *tsx_plan_issuer(const reader *r, size_t q_start, size_t q_end, int after,
                            int pair, size_t vpos)
{
    tsx_class c = TSX_C_COUNT;
    if (after) {
        size_t from = past_aside(r, rd_skip_spaces(r, q_end));
        c = issuer_in(r, from, from + 60, ",;.()");
        /* "vượt dự toán Trung ương 18%": named between the verb and it. */
        if (c == TSX_C_COUNT && vpos != (size_t)-1 && vpos < q_start)
            c = issuer_in(r, vpos, q_start, ",;.()");
    } else {
        size_t from = q_start;
        for (int k = 0; k < 6 && from > 0; k++) {
            size_t w = rd_prev_word(r, from);
            if (w == (size_t)-1)
                break;
            from = w;
        }
        c = issuer_in(r, from, q_start, ",;.()");
        /* "2.856/4.500 tỷ đồng, đạt 63,4% dự toán tỉnh giao": the share
         * after the pair is a/b, so its plan is b. */
        if (c == TSX_C_COUNT && pair)
            c = issuer_in(r, q_end, q_end + 80, ";.()");
    }
    switch (c) {
    case TSX_C_PLAN_BY_CENTRAL: return TS_PLAN_BY_CENTRAL;
    case TSX_C_PLAN_BY_PROVINCE: return TS_PLAN_BY_PROVINCE;
    case TSX_C_PLAN_BY_LOCAL:
        /* The council of a city inside a province; a centrally-run city's
         * council is the province's; of a report whose area is not known,
         * either. */
        if (!r->cx->area || !r->cx->area[0])
            return "";
        return r->cx->area_is_district ? TS_PLAN_BY_DISTRICT : TS_PLAN_BY_PROVINCE;
    case TSX_C_PLAN_BY_DISTRICT: return TS_PLAN_BY_DISTRICT;
    default: return "";
    }
}

int tsx_plan_to_date(const reader *r)
{
    for (size_t k = 0; k < r->n; k++)
        if (tsx_tag_end(r->tags, k, TSX_C_PLAN_TO_DATE))
            return 1;
    return 0;
}

/* "bình quân" among the four words before i. */
int tsx_average_before(const reader *r, size_t i)
{
    /* Six words: "bình quân hàng năm ước đạt 725 tỷ". */
    return rd_class_before(r, i, TSX_C_AVERAGE, 6);
}

/* "bình quân" between the verb at v and the figure at i ("tăng bình
 * quân hàng năm 18,8%"). */
int tsx_average_between(const reader *r, size_t v, size_t i)
{
    for (size_t k = rd_word_end(r, v); k < i; k++)
        if (tsx_is_word((unsigned char)r->s[k]) && !tsx_is_word((unsigned char)r->s[k - 1]) &&
            rd_at(r, k, TSX_C_AVERAGE))
            return 1;
    return 0;
}

/* Where "bình quân" starts among the two words before the verb at v and
 * after the subject's phrase, or (size_t)-1. */
static size_t average_before(const reader *r, size_t v)
{
    if (v == (size_t)-1)
        return (size_t)-1;
    size_t w = v;
    for (int k = 0; k < 2; k++) {
        w = rd_prev_word(r, w);
        if (w == (size_t)-1 || w < r->mention_end)
            return (size_t)-1;
        if (rd_at(r, w, TSX_C_AVERAGE))
            return w;
    }
    return (size_t)-1;
}

int tsx_average_before_verb(const reader *r, size_t v)
{
    return average_before(r, v) != (size_t)-1;
}

int tsx_rise_averaged_before_verb(const reader *r, size_t v)
{
    size_t w = average_before(r, v);
    if (w == (size_t)-1 || rd_skip_spaces(r, rd_at(r, w, TSX_C_AVERAGE)) != v)
        return 0;
    size_t u = rd_prev_word(r, w);
    return u != (size_t)-1 && u >= r->mention_end && rd_ending(r, u, TSX_C_VERB_UP) != (size_t)-1;
}

size_t tsx_qualified_from(const reader *r, size_t i)
{
    for (size_t w = rd_prev_word(r, i), k = 0; k < 3 && w != (size_t)-1; k++) {
        size_t e = rd_at(r, w, TSX_C_QUALIFIER);
        if (!e || rd_skip_spaces(r, e) != i)
            break;
        i = w;
        w = rd_prev_word(r, w);
    }
    return i;
}

/* "bình quân hàng năm" just before the verb at v ("GDP bình quân hàng
 * năm tăng 12,3%"): the verb's figure is a yearly average.  The yearly
 * word is needed: "GDP bình quân đầu người tăng 10%" is a level's
 * growth. */
int tsx_yearly_average_before_verb(const reader *r, size_t v)
{
    if (v == (size_t)-1 || !tsx_tags_have(r->tags, TSX_C_PER_YEAR))
        return 0;
    size_t y = rd_ending(r, rd_prev_word(r, v), TSX_C_PER_YEAR);
    return y != (size_t)-1 && rd_word_of(r, rd_prev_word(r, y), TSX_C_AVERAGE);
}

int tsx_period_before_verb(const reader *r, size_t v)
{
    if (v == (size_t)-1)
        return 0;
    size_t to = v, w = rd_prev_word(r, v), st;
    if (w != (size_t)-1 && (st = rd_ending(r, w, TSX_C_ESTIMATE)) != (size_t)-1)
        to = st;
    /* a period phrase is a few words, its dash a word apart ("giai đoạn
     * 2006 - 2008"), never past a comma */
    for (size_t p = to; p > 0 && to - p < 40; p--) {
        char ch = r->s[p - 1];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')')
            return 0;
        if (!tsx_is_word((unsigned char)ch) || (p >= 2 && tsx_is_word((unsigned char)r->s[p - 2])))
            continue;
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        size_t e = rd_period(r, p - 1, &ps, &set, &year_only);
        if (e && ps.kind == PER_FIXED && rd_skip_spaces(r, e) == to)
            return 1;
    }
    return 0;
}

/* The sentence speaks of yearly rates: "/năm" or "bình quân" in it. */
int tsx_sentence_yearly(const reader *r)
{
    if (r->yearly)
        return 1;
    if (!tsx_tags_have(r->tags, TSX_C_PERIOD_YEAR) && !tsx_tags_have(r->tags, TSX_C_AVERAGE))
        return 0;
    for (size_t k = 0; k < r->n; k++) {
        if (r->s[k] == '/' && rd_at(r, k + 1, TSX_C_PERIOD_YEAR))
            return 1;
        if (rd_at(r, k, TSX_C_AVERAGE))
            return 1;
    }
    return 0;
}

