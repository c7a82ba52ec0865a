/* One sentence -> facts: the walk.  The sentence is folded (lower case, no
 * accents), tagged with the lexicon (tag.c) and read left to right:
 * punctuation closes clauses and opens parentheses, period phrases set the
 * current period (period_phrase.c), indicator phrases the current subject
 * (mention.c), and each figure (quantity.c) is classified by the words
 * around it into a fact (measure.c, emit.c). */
#include "text/reader.h"
#include "text/measure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the folded sentence ---- */

size_t rd_prev_word(const reader *r, size_t i)
{
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    if (i == 0 || !tsx_is_word((unsigned char)r->s[i - 1]))
        return (size_t)-1;
    while (i > 0 && tsx_is_word((unsigned char)r->s[i - 1]))
        i--;
    return i;
}

size_t rd_comparison_at(const reader *r, size_t i)
{
    size_t e;
    const tsx_entry *f = tsx_tag_find(r->tags, i, TSX_C_BASE_FILLER, &e);
    return f && (f->flags & TSX_COMPARISON) ? e : 0;
}

size_t rd_word_end(const reader *r, size_t i)
{
    while (i < r->n && tsx_is_word((unsigned char)r->s[i]))
        i++;
    return i;
}

size_t rd_fillers_before(const reader *r, size_t st)
{
    size_t fw, fs;
    for (int k = 0; k < 2 && (fw = rd_prev_word(r, st)) != (size_t)-1 &&
                    (fs = rd_ending(r, fw, TSX_C_BASE_FILLER)) != (size_t)-1;
         k++)
        st = fs;
    return st;
}

int rd_after_amount(const reader *r, size_t i)
{
    size_t p = i;
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    if (p > 0 && r->s[p - 1] == '%')
        return 1;
    size_t w = rd_prev_word(r, i), u, sc;
    if (w == (size_t)-1 || (u = rd_ending(r, w, TSX_C_UNIT)) == (size_t)-1)
        return 0;
    size_t sw = rd_prev_word(r, u); /* "50,6 triệu đồng": past the scale */
    if (sw != (size_t)-1 && (sc = rd_ending(r, sw, TSX_C_SCALE)) != (size_t)-1)
        u = sc;
    return rd_after_number(r, u);
}

int rd_int(const reader *r, size_t *i, int maxdig)
{
    int v = 0, d = 0;
    while (*i < r->n && rd_digit((unsigned char)r->s[*i]) && d < maxdig) {
        v = v * 10 + (r->s[*i] - '0');
        (*i)++;
        d++;
    }
    if (d == 0 || (*i < r->n && rd_digit((unsigned char)r->s[*i])))
        return -1;
    return v;
}

size_t rd_year_at(const reader *r, size_t i, int bare, int *y)
{
    size_t j = i, k;
    if ((k = rd_at(r, i, TSX_C_PERIOD_YEAR)))
        j = rd_skip_spaces(r, k);
    else if (!bare)
        return 0;
    int v = rd_int(r, &j, 4);
    if (!rd_year_ok(v))
        return 0;
    *y = v;
    return j;
}

size_t rd_year_pair(const reader *r, size_t i, int *a, int *b)
{
    size_t j = i;
    int first = rd_int(r, &j, 4);
    j = rd_skip_spaces(r, j);
    if (!rd_year_ok(first) || j >= r->n || r->s[j] != '-')
        return 0;
    j = rd_skip_spaces(r, j + 1);
    int second = rd_int(r, &j, 4);
    if (!rd_year_ok(second))
        return 0;
    *a = first;
    *b = second;
    return j;
}

int rd_class_before(const reader *r, size_t i, tsx_class c, int words)
{
    if (!tsx_tags_have(r->tags, c))
        return 0;
    size_t w = i;
    for (int k = 0; k < words; k++) {
        w = rd_prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        if (rd_ending(r, w, c) != (size_t)-1)
            return 1;
    }
    return 0;
}

int rd_ctx_year(const reader *r)
{
    if (r->cx->undated_year)
        return r->cx->undated_year;
    return ts_year_of_days(r->cx->period.last);
}

/* ---- clauses and parentheses ---- */

static void clause_reset(reader *r, int hard)
{
    frame *fr = &r->st[r->depth];
    if (r->list_blocked && r->depth == 0)
        fr->suppress = 2;
    else if (hard || fr->suppress == 0)
        fr->suppress = 0;
    else
        fr->suppress = 1;
    r->last_change = 0;
    r->last_share_verb = 0;
    r->place_end = 0;
    /* A list given respectively keeps its period to the bracket's end. */
    if (!fr->respective)
        fr->prior = 0;
    /* A subject waiting for a figure in its unit may wait past a comma
     * (on_punct); another area as the subject holds up to the sentence's
     * next ';' or '.' ("Trong đó, TP Phú Quốc đón 4 triệu lượt, tăng
     * 154%"), or until the report's own area is named again (on_word). */
    if (hard) {
        if (r->depth == 0) {
            if (!r->child_whole)
                r->child_area = NULL;
            r->nnamed = 0;
            r->in_order = 0;
        }
        fr->npend = 0;
        fr->other_area = 0;
        fr->plan_mode = 0;
        fr->component_of = NULL;
        fr->component_ent = NULL;
        fr->foreign = 0;
    }
}

/* Whether the words before '(' at i, back to a percentage, name a plan
 * and hold no figure: "đạt 51,8% so với nghị quyết đề ra (...)". */
static int after_plan_share(const reader *r, size_t i)
{
    int plan = 0;
    for (size_t k = i; k-- > 0 && i - k < 80;) {
        char c = r->s[k];
        if (c == '%')
            return plan;
        if (c == ',' || c == ';' || c == '.' || c == '(' || c == ')' || rd_digit((unsigned char)c))
            return 0;
        if (tsx_is_word((unsigned char)c) && (k == 0 || !tsx_is_word((unsigned char)r->s[k - 1])) &&
            rd_at(r, k, TSX_C_BASE_PLAN))
            plan = 1;
    }
    return 0;
}

/* The longest period phrase of up to six words that ends at e with the
 * year at w ("6 tháng đầu năm 2020"), or none. */
static ts_period period_ending_at(const reader *r, size_t w, size_t e)
{
    ts_period best = {0, 0};
    size_t k = w;
    for (int n = 0; n < 6 && k != (size_t)-1; n++, k = rd_prev_word(r, k)) {
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        if (rd_period(r, k, &ps, &set, &year_only) == e && ps.kind == PER_FIXED)
            best = ps.p;
    }
    return best;
}

/* '(' at i: a new frame; a year just before it dates the figure inside
 * ("so với năm 2022 (52,6 triệu đồng)"). */
/* Whether the word at w closes a plan an amount was set against ("tăng
 * 3.488 tỷ đồng so với dự toán (tăng 38%)"): the change in the brackets
 * after it is against that plan.  Not a plan passed with no amount
 * ("các khu vực đều tăng trưởng cao hơn so kịch bản (nông, lâm, thủy
 * sản tăng 2,99%; ...)": the brackets list the parts' own growth). */
static int after_amount_against_plan(const reader *r, size_t w)
{
    size_t st;
    if (w == (size_t)-1 || (st = rd_ending(r, w, TSX_C_BASE_PLAN)) == (size_t)-1)
        return 0;
    return rd_after_amount(r, rd_fillers_before(r, st));
}

static void open_paren(reader *r, size_t i)
{
    if (r->depth + 1 >= TSX_MAX_DEPTH)
        return;
    int py = 0, based = 0;
    ts_period pp = {0, 0};
    size_t w = rd_prev_word(r, i);
    if (w != (size_t)-1 && rd_digit((unsigned char)r->s[w])) {
        size_t q = w;
        int y = rd_int(r, &q, 4);
        size_t nw = rd_prev_word(r, w);
        if (rd_year_ok(y) && nw != (size_t)-1 && rd_ending(r, nw, TSX_C_PERIOD_YEAR) == nw) {
            py = y;
            pp = period_ending_at(r, w, q);
            based = rd_class_before(r, nw, TSX_C_BASE_SAME_PERIOD, 1) ||
                    rd_class_before(r, nw, TSX_C_PERIOD_COMPARE, 1);
        }
    }
    /* Right after a percentage or its same-period base. */
    size_t p = i;
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    int change = (p > 0 && r->s[p - 1] == '%') ||
                 (w != (size_t)-1 && rd_ending(r, w, TSX_C_BASE_SAME_PERIOD) != (size_t)-1);
    r->st[r->depth + 1] = r->st[r->depth];
    r->depth++;
    r->st[r->depth].after_plan = after_plan_share(r, i);
    /* "(KH 57 triệu đồng)": a plan beside the figure before; "(năm 2018
     * đạt 46,8 triệu đồng)": a figure of that earlier year. */
    size_t a = rd_skip_spaces(r, i + 1);
    r->st[r->depth].plan_paren = rd_at(r, a, TSX_C_BASE_PLAN) != 0;
    /* Only right after a figure of the subject: "khoảng 35% GRDP mỗi
     * năm (năm 2020 ước đạt 2.995,8 tỷ đồng)" dates another subject's. */
    int after_figure = rd_after_amount(r, i) || (w != (size_t)-1 && rd_digit((unsigned char)r->s[w]));
    /* "Quy mô nền kinh tế tăng mạnh (năm 2015 đạt 47.076 tỷ đồng, năm
     * 2020 đạt ...)": the subject named, no figure yet, its figures by
     * year in the brackets. */
    int subject_waits = r->depth == 1 && !r->figures && r->st[0].ind;
    int y;
    if ((after_figure || subject_waits) && !py && rd_year_at(r, a, 0, &y))
        py = y;
    r->st[r->depth].after_change = change;
    r->st[r->depth].after_plan_base = after_amount_against_plan(r, w);
    r->st[r->depth].other_area = 0;
    /* "tăng 7,5% so với năm 2011 (trong đó: lúa 14,57 nghìn ha, ...)":
     * the parts of the subject, of its own period, not the base's. */
    if (rd_at(r, a, TSX_C_CARRIER_PART)) {
        py = based = 0;
        pp = (ts_period){0, 0};
    }
    r->st[r->depth].paren_per = pp.last ? pp : py ? ts_period_year(py) : pp;
    /* "Năm 2020 (+6,1%)" after "6 tháng đầu năm:": the year written
     * before the bracket stands for the part of it its clause is of. */
    const per_state *out = &r->st[r->depth - 1].per;
    if ((!pp.last || ts_period_kind_of(pp) == TS_PERIOD_YEAR) && py && out->kind == PER_FIXED &&
        ts_year_of_days(out->p.last) == py && ts_period_kind_of(out->p) != TS_PERIOD_YEAR &&
        ts_period_kind_of(out->p) != TS_PERIOD_YEARS)
        r->st[r->depth].paren_per = out->p;
    r->st[r->depth].paren_base = based;
    r->st[r->depth].own = 0;
    r->st[r->depth].prior = r->st[r->depth - 1].prior;
    r->st[r->depth].weak = 0;
    r->st[r->depth].open_at = i + 1;
    /* The list's word, or a year and then it ("(năm 2021 cơ cấu kinh tế
     * lần lượt là: ...)", "(Năm 2021 lần lượt là: ...)"). */
    size_t ya = rd_year_at(r, a, 0, &y);
    r->st[r->depth].respective =
        rd_at(r, a, TSX_C_LIST_RESPECTIVE) != 0 ||
        (ya && (rd_at(r, rd_skip_spaces(r, ya), TSX_C_LIST_RESPECTIVE) != 0 ||
                rd_at(r, rd_skip_spaces(r, ya), TSX_C_LIST_IN_ORDER) != 0));
    r->st[r->depth].resp_next = 0;
}

/* Whether [a, b) holds a figure: a digit that no period phrase reads. */
static int holds_figure_between(const reader *r, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < r->n; k++) {
        if (tsx_is_word((unsigned char)r->s[k]) &&
            (k == 0 || !tsx_is_word((unsigned char)r->s[k - 1]))) {
            per_state ps = PER_STATE_NONE;
            int set, year_only;
            size_t e = rd_period(r, k, &ps, &set, &year_only);
            if (e > k) {
                k = e - 1;
                continue;
            }
        }
        if (rd_digit((unsigned char)r->s[k]))
            return 1;
    }
    return 0;
}

/* Whether only a price basis stands between e and i ("(GRDP- Giá thực
 * tế)", "(GRDP, giá so sánh 2010)": the name's own basis), or nothing. */
static int only_price_until(const reader *r, size_t e, size_t i)
{
    size_t k = e;
    while (k < i && (r->s[k] == ' ' || r->s[k] == '-' || r->s[k] == ','))
        k++;
    if (k == i)
        return 1;
    char basis[16];
    size_t p = rd_price_phrase(r, k, basis, sizeof basis);
    return p && rd_skip_spaces(r, p) == i;
}

/* ')' at i.  Parentheses that hold only an indicator's name after words
 * naming none gloss them ("tổng sản phẩm địa phương (GRDP)", "(IIP)",
 * with its price basis "(GRDP- Giá thực tế)"): the name is the subject
 * of the clause around them. */
static void close_paren(reader *r, size_t i)
{
    if (r->depth == 0)
        return;
    const frame *in = &r->st[r->depth];
    size_t a = rd_skip_spaces(r, in->open_at), end = 0;
    const tsx_entry *e = tsx_tag_find(r->tags, a, TSX_C_INDICATOR, &end);
    /* "(tính đến ngày 30/11)" before the figure it dates: brackets that
     * hold a period and no figure give it to a clause that names none, or
     * only the year it falls in ("Trong tháng 10 (số liệu tính từ ngày
     * 15/9 đến ngày 14/10)" keeps the month). */
    per_state dated = in->per;
    int period_only = dated.kind != PER_NONE && !holds_figure_between(r, a, i);
    r->depth--;
    const per_state *out = &r->st[r->depth].per;
    int coarser = out->kind == PER_NONE || out->kind == PER_OCCASION ||
                  (out->kind == PER_FIXED && ts_period_kind_of(out->p) == TS_PERIOD_YEAR &&
                   dated.kind == PER_UPTO && ts_period_contains(out->p, dated.p));
    if (period_only && coarser) {
        r->st[r->depth].undated = *out;
        r->st[r->depth].dated_by_bracket = 1;
        r->st[r->depth].per = dated;
        r->st[r->depth].weak = 0;
    }
    if (!e || !only_price_until(r, end, i) || r->st[r->depth].ind || r->st[r->depth].suppress)
        return;
    const ts_indicator *ind = rd_indicator(r, e);
    if (ind)
        rd_set_current(r, e, ind);
}

/* Whether inner lies in outer and is not all of it. */
static int narrower(ts_period outer, ts_period inner)
{
    return ts_period_contains(outer, inner) && ts_period_cmp(outer, inner) != 0;
}

/* Whether a percentage that "bằng" states ends just before i (the verb
 * as the figure's reading finds it: "bằng khoảng 96%" too). */
static int after_equal_share(const reader *r, size_t i)
{
    size_t p = i, vpos;
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    if (p == 0 || r->s[p - 1] != '%')
        return 0;
    p--;
    while (p > 0 && (rd_digit((unsigned char)r->s[p - 1]) || r->s[p - 1] == ',' ||
                     r->s[p - 1] == '.' || r->s[p - 1] == ' '))
        p--;
    return tsx_verb_before(r, p, &vpos) == V_EQUAL;
}

/* Whether only the sentence's source ("Theo báo cáo tại Hội nghị, ", no
 * digit in it) stands before i, which then opens the sentence as if it
 * came first. */
static int only_source_before(const reader *r, size_t i)
{
    size_t s = rd_skip_spaces(r, 0);
    if (!rd_at(r, s, TSX_C_ATTRIBUTION) || !rd_opens_after(r, i, ","))
        return 0;
    for (size_t k = s; k < i; k++)
        if (rd_digit((unsigned char)r->s[k]) || (r->s[k] == ',' && rd_skip_spaces(r, k + 1) != i))
            return 0;
    return 1;
}

/* "Năm 2018, ..." opening the sentence of a report on 2019: the year
 * the paragraph goes on about (its sentences after name none).  Of the
 * report's own year it adds nothing, and would take the month of a
 * monthly report from the sentences after it. */
static int opens_with_other_year(const reader *r, size_t i, size_t pe, per_state ps)
{
    /* ... also after its source ("Theo báo cáo tại Hội nghị, năm 2019,
     * ngành ... đã hoàn thành ...", no figure before). */
    if (only_source_before(r, i))
        i = 0;
    size_t w = rd_prev_word(r, i);
    if (w != (size_t)-1 && (rd_prev_word(r, w) != (size_t)-1 || !rd_at(r, w, TSX_C_WITHIN)))
        return 0;
    if (w == (size_t)-1 && i > 0)
        return 0;
    while (pe < r->n && r->s[pe] == ' ')
        pe++;
    return pe < r->n && r->s[pe] == ',' && ts_period_kind_of(ps.p) == TS_PERIOD_YEAR &&
           !ts_period_contains(ps.p, r->cx->report) && !ts_period_contains(r->cx->report, ps.p);
}

/* "Riêng quý 3 năm 2024, ..." opening a paragraph: the part of the
 * report's period the paragraph is about (its sentences after name none);
 * "Tính trong tháng 5/2024, ..." too. */
static int opens_paragraph_on_part(const reader *r, size_t i, size_t pe, per_state ps)
{
    size_t w = rd_prev_word(r, i);
    /* "Riêng trong tháng 10/2024, ..." */
    if (w != (size_t)-1 && rd_at(r, w, TSX_C_WITHIN) && rd_prev_word(r, w) != (size_t)-1)
        w = rd_prev_word(r, w);
    if (r->cx->same_paragraph || w == (size_t)-1 || rd_prev_word(r, w) != (size_t)-1 ||
        (strncmp(r->s + w, "rieng ", 6) != 0 && strncmp(r->s + w, "tinh ", 5) != 0))
        return 0;
    pe = rd_skip_spaces(r, pe);
    ts_period_kind k = ts_period_kind_of(ps.p);
    return pe < r->n && r->s[pe] == ',' && (k == TS_PERIOD_QUARTER || k == TS_PERIOD_MONTH) &&
           narrower(r->cx->report, ps.p);
}

/* "Tính đến tháng 10/2022, ..." opening a sentence: the months to date
 * the sentences after it in its paragraph go on with. */
static int opens_with_months_to_date(const reader *r, size_t i, size_t pe, per_state ps)
{
    ts_period_kind k = ts_period_kind_of(ps.p);
    if (!rd_at(r, i, TSX_C_PERIOD_UPTO) || ps.kind != PER_FIXED ||
        (k != TS_PERIOD_YTD && k != TS_PERIOD_HALF && k != TS_PERIOD_QUARTER &&
         k != TS_PERIOD_MONTHS))
        return 0;
    size_t w = rd_prev_word(r, i);
    if (w != (size_t)-1 && (strncmp(r->s + w, "tinh ", 5) != 0 || rd_prev_word(r, w) != (size_t)-1))
        return 0;
    pe = rd_skip_spaces(r, pe);
    return pe < r->n && r->s[pe] == ',';
}

/* Whether an estimate's word ("ước", "dự kiến") follows i in the clause. */
static int estimate_after(const reader *r, size_t i)
{
    for (size_t k = i; k < r->n && r->s[k] != ';' && r->s[k] != '.'; k++)
        if (rd_word_at(r, k, TSX_C_ESTIMATE))
            return 1;
    return 0;
}

/* A period phrase at i; returns its end or 0. */
static size_t on_period(reader *r, size_t i)
{
    frame *fr = &r->st[r->depth];
    per_state ps;
    int set, year_only;
    size_t pe = rd_period(r, i, &ps, &set, &year_only);
    if (!pe)
        return 0;
    /* A bare year does not undo a date of the same year already read
     * ("Tính đến ngày 20/10/2024, kế hoạch vốn năm 2024 ..."), unless a
     * cumulative cue asks for it ("quý IV tăng 8,2%; tính chung năm 2023
     * tăng 5,8%"). */
    size_t w = rd_prev_word(r, i);
    int cumulative = w != (size_t)-1 && rd_ending(r, w, TSX_C_PERIOD_CUMULATIVE) != (size_t)-1;
    if (set && year_only && !cumulative && fr->per.kind != PER_NONE && narrower(ps.p, fr->per.p))
        set = 0;
    /* "cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021": the period of
     * that figure alone, not of the clause or the sentences going on. */
    if (w != (size_t)-1 && rd_ending(r, w, TSX_C_PERIOD_OF) == w && rd_after_number(r, w))
        set = 0;
    /* "bằng 92,63% năm 2019": the base of the share, no period of the
     * clause either. */
    if (after_equal_share(r, i))
        set = 0;
    /* "Lũy kế năm 2024, ... đã cấp mới 61 dự án" in a report of nine
     * months: the year so far, the report's months; with an estimate
     * ("Lũy kế năm 2025 ước đạt ...") the whole year expected. */
    if (set && cumulative && ps.kind == PER_FIXED && ts_period_kind_of(ps.p) == TS_PERIOD_YEAR &&
        ts_period_contains(ps.p, r->cx->report) && ts_period_cmp(ps.p, r->cx->report) != 0 &&
        ts_period_kind_of(r->cx->report) != TS_PERIOD_DAYS && r->cx->report.first == ps.p.first &&
        !estimate_after(r, pe))
        ps.p = r->cx->report;
    /* "mức tăng quý I năm 2020 tăng 0,42%, năm 2021 tăng 4,58%", "Tốc
     * độ tăng IIP 6 tháng đầu năm: Năm 2020 (+6,1%); năm 2021 ...": a
     * bare year listed after a part of a year is that part of it. */
    if (set && year_only && r->depth == 0 && r->first_per.kind == PER_FIXED &&
        ts_period_kind_of(r->first_per.p) != TS_PERIOD_YEAR &&
        ts_period_kind_of(r->first_per.p) != TS_PERIOD_YEARS && rd_opens_after(r, i, ",;:") &&
        ts_year_of_days(ps.p.last) != ts_year_of_days(r->first_per.p.last))
        ps.p = ts_period_shift_years(r->first_per.p, ts_year_of_days(ps.p.last) -
                                                          ts_year_of_days(r->first_per.p.last));
    if (set) {
        fr->per = ps;
        fr->dated_by_bracket = 0;
        fr->weak = 0;
        if (r->depth == 0 && r->first_per.kind == PER_NONE && ps.kind == PER_FIXED) {
            r->first_per = ps;
            r->first_per_at = i;
        }
        /* "Lũy kế 10 tháng ước đạt ..." after the month's figures in its
         * paragraph, its subject left out, gives their running total:
         * the sentences after it go back to the month ("Lũy kế cả năm,
         * ..." opens what follows). */
        size_t after = rd_skip_spaces(r, pe);
        int running_total = r->cx->same_paragraph && r->st[0].from_topic &&
                            !(after < r->n && r->s[after] == ',');
        if (((cumulative && !running_total) || opens_with_other_year(r, i, pe, ps) ||
             opens_paragraph_on_part(r, i, pe, ps) || opens_with_months_to_date(r, i, pe, ps)) &&
            r->depth == 0 &&
            !r->figures && r->lead.kind == PER_NONE && ps.kind == PER_FIXED)
            r->lead = ps;
    }
    return pe;
}

/* A sign glued to the figure at i, after '(' or a space: "(-9,28%)",
 * "(+3,63%)" (not the dash of "2016-2020"); a plus also spaced, after ':'
 * or ',' ("IIP: + 6,7%"). */
static int sign_before(const reader *r, size_t i)
{
    if (i >= 2 && r->s[i - 1] == ' ' && r->s[i - 2] == '+') {
        size_t k = i - 2;
        while (k > 0 && r->s[k - 1] == ' ')
            k--;
        if (k > 0 && (r->s[k - 1] == ':' || r->s[k - 1] == ','))
            return 1;
    }
    if (i == 0 || (r->s[i - 1] != '-' && r->s[i - 1] != '+'))
        return 0;
    if (i >= 2 && r->s[i - 2] != '(' && r->s[i - 2] != ' ')
        return 0;
    return r->s[i - 1] == '-' ? -1 : 1;
}

/* A figure at digit i; returns where to go on. */
static size_t on_digit(reader *r, size_t i)
{
    quantity q;
    size_t qe = rd_quantity(r, i, &q);
    if (qe) {
        q.sign = sign_before(r, i);
        r->figures++;
        rd_on_quantity(r, &q);
        return qe;
    }
    /* Not a figure (a date, a code): skip the whole token. */
    while (i < r->n && (tsx_is_word((unsigned char)r->s[i]) || r->s[i] == '.' ||
                        r->s[i] == ',' || r->s[i] == '/' || r->s[i] == '-') &&
           !(r->s[i] == ',' && i + 1 < r->n && r->s[i + 1] == ' '))
        i++;
    return i;
}

/* Whether s[0..n) holds a digit. */
static int holds_digit(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (rd_digit((unsigned char)s[k]))
            return 1;
    return 0;
}

/* Whether the clause at k opens by stating a figure: an estimate's word,
 * a verb of reaching or change ("tốc độ tăng trưởng đạt 2,47%" after
 * "sản xuất nông nghiệp ổn định,"), or a period. */
static int goes_on_to_state(const reader *r, size_t k)
{
    if (k >= r->n)
        return 0;
    static const tsx_class opening[] = {TSX_C_ESTIMATE,    TSX_C_VERB_REACH, TSX_C_VERB_UP,
                                        TSX_C_VERB_DOWN,   TSX_C_VERB_GROWTH, TSX_C_PERIOD_YEAR,
                                        TSX_C_PERIOD_MONTH, TSX_C_PERIOD_QUARTER, TSX_C_PERIOD_COUNT};
    for (size_t c = 0; c < sizeof opening / sizeof opening[0]; c++)
        if (rd_at(r, k, opening[c]))
            return 1;
    return rd_digit((unsigned char)r->s[k]) && rd_at(r, rd_skip_spaces(r, rd_word_end(r, k)), TSX_C_PERIOD_MONTH);
}

/* Does a period phrase the clause sets open the text at i (past spaces
 * and a comma: "trong đó, 6 tháng đầu năm tăng 7,1%")? */
static int opens_with_period(const reader *r, size_t i)
{
    i = rd_skip_spaces(r, i);
    if (i < r->n && (r->s[i] == ',' || r->s[i] == ':'))
        i = rd_skip_spaces(r, i + 1);
    /* "...; trong đó, tăng trưởng 6 tháng đầu năm đạt 9,81%": the growth
     * word before the period names no other subject. */
    size_t g = rd_at(r, i, TSX_C_VERB_GROWTH);
    if (g)
        i = rd_skip_spaces(r, g);
    per_state ps;
    int set, year_only;
    return rd_period(r, i, &ps, &set, &year_only) && set;
}

/* Does the ';' clause at i go on with the subject: its period opens it,
 * or a growth word naming no other subject ("GRDP ước đạt 23.435 tỷ
 * đồng; tốc độ tăng trưởng ước đạt 6,38%"; not "; tăng trưởng tín dụng
 * đạt 12%"), or the base it is compared with ("thu ngân sách là 2.542 tỷ
 * đồng; so với dự toán đạt 151%")? */
static int goes_on_with_subject(const reader *r, size_t i)
{
    if (opens_with_period(r, i))
        return 1;
    i = rd_skip_spaces(r, i);
    if (rd_comparison_at(r, i))
        return 1;
    size_t g = rd_at(r, i, TSX_C_VERB_GROWTH);
    if (!g)
        return 0;
    /* "tốc độ tăng" and "tăng trưởng" overlap in "tốc độ tăng trưởng". */
    size_t g2 = rd_at(r, rd_prev_word(r, g), TSX_C_VERB_GROWTH);
    i = rd_skip_spaces(r, g2 > g ? g2 : g);
    return i < r->n && (rd_digit((unsigned char)r->s[i]) || rd_at(r, i, TSX_C_VERB_REACH) ||
                        rd_at(r, i, TSX_C_VERB_IS) || rd_at(r, i, TSX_C_ESTIMATE) ||
                        rd_at(r, i, TSX_C_AVERAGE) || rd_at(r, i, TSX_C_PER_YEAR));
}

/* Punctuation at i that the walk acts on; returns 1 when handled. */
static int on_punct(reader *r, unsigned char c, size_t i)
{
    frame *fr = &r->st[r->depth];
    switch (c) {
    case ';':
    case '.':
        /* Between the digits of a number written wrong ("2.6761 tỷ
         * đồng"), no clause ends. */
        if (c == '.' && i > 0 && rd_digit((unsigned char)r->s[i - 1]) && i + 1 < r->n &&
            rd_digit((unsigned char)r->s[i + 1]))
            return 1;
        /* '.' inside numbers is read with the number.  A price basis holds
         * for its clause ("theo giá so sánh 2010 đạt X, tăng Y%"), one
         * carried from the sentence before for every clause. */
        clause_reset(r, 1);
        /* "6 tháng tăng 5,6%, quý I tăng 4,5%, quý II tăng 6,6%; khu vực
         * dịch vụ tăng 6,6%": the quarters or months of the sentence's
         * period name theirs only up to the clause's end. */
        if (r->depth == 0 && fr->per.kind == PER_FIXED && r->first_per.kind == PER_FIXED) {
            ts_period_kind k = ts_period_kind_of(fr->per.p);
            if ((k == TS_PERIOD_QUARTER || k == TS_PERIOD_MONTH) &&
                ts_period_kind_of(r->first_per.p) != TS_PERIOD_YEARS &&
                narrower(r->first_per.p, fr->per.p))
                fr->per = r->first_per;
        }
        /* "Giải ngân (tính đến ngày 21/10) đạt 6.803 tỷ đồng; tổng vốn đầu
         * tư ... 111.000 tỷ đồng": the date was the first subject's; a
         * clause naming another goes back to the period before it. */
        if (c == ';' && r->depth == 0 && fr->dated_by_bracket &&
            rd_at(r, rd_skip_spaces(r, i + 1), TSX_C_INDICATOR)) {
            fr->per = fr->undated;
            fr->dated_by_bracket = 0;
        }
        memcpy(r->price_text, r->carried_price, sizeof r->price_text);
        /* "Tổng thu ... 182 tỷ đồng, trong đó thu tiền sử dụng đất ... 30
         * tỷ đồng; tính chung 7 tháng ước đạt 1.562 tỷ đồng": after its
         * parts, a clause that opens with a cumulative cue goes on with
         * the total. */
        if (c == ';' && r->depth == 0 && r->parts_of && fr->ind &&
            rd_part_of(fr->ind, r->parts_of) && rd_at(r, rd_skip_spaces(r, i + 1), TSX_C_PERIOD_CUMULATIVE)) {
            fr->ind = r->parts_of;
            fr->ent = NULL;
            fr->component_of = NULL;
            r->after_part = 0;
        }
        /* "GRDP 9 tháng tăng 7,0%; quý III tăng 6,8%": a clause that
         * opens with its period, or with a growth word alone, goes on
         * with the subject, fully. */
        if (fr->ind && !(c == ';' && goes_on_with_subject(r, i + 1)))
            fr->weak = 1;
        return 1;
    case ',':
        clause_reset(r, 0);
        /* A subject waiting for a figure in its unit waits past a comma
         * when the clause after it goes on to state it ("xuất khẩu phục
         * hồi mạnh mẽ, ước 6 tháng đạt 1.953 triệu USD"), not past a list
         * of other things ("mía, ngô sinh khối, ..., gồm: 01 cánh đồng
         * lớn 30 ha"); one that asks for its verb before the figure
         * (before=) waits for it ("Vụ Đông xuân 2020-2021, toàn tỉnh gieo
         * trồng được 6.567 ha"). */
        if (fr->npend && !goes_on_to_state(r, rd_skip_spaces(r, i + 1))) {
            size_t kept = 0;
            for (size_t k = 0; k < fr->npend; k++)
                if (fr->pend[k]->before)
                    fr->pend[kept++] = fr->pend[k];
            fr->npend = kept;
        }
        return 1;
    case '(':
    case '[':
        open_paren(r, i);
        return 1;
    case ')':
    case ']':
        close_paren(r, i);
        return 1;
    case ':':
        /* A list led by a blocking phrase before any figure: its items
         * are what that phrase says (new plantings, not areas).  Not a
         * phrase that is only a part where it stands ("Ngành công nghiệp
         * tăng trưởng khá: Chỉ số sản xuất công nghiệp ..." after GRDP):
         * what follows names its own subject. */
        if (fr->suppress == 2 && fr->part_block)
            fr->suppress = 0;
        else if (fr->suppress == 2 && r->depth == 0 && !holds_digit(r->s, i))
            r->list_blocked = 1;
        return 1;
    default:
        return 0;
    }
}

size_t rd_price_phrase(const reader *r, size_t i, char *basis, size_t size)
{
    size_t e;
    int y;
    if ((e = rd_at(r, i, TSX_C_PRICE_CURRENT))) {
        snprintf(basis, size, "%s", TS_PRICE_CURRENT);
        return e;
    }
    if ((e = rd_at(r, i, TSX_C_PRICE_CONSTANT))) {
        size_t j = rd_year_at(r, rd_skip_spaces(r, e), 1, &y);
        snprintf(basis, size, j ? "const%d" : "const", y);
        return j ? j : e;
    }
    /* A bare "giá" is a basis only with its year right after it: "(Giá
     * 2010)", not "giá năm 2023 tăng". */
    if ((e = rd_at(r, i, TSX_C_PRICE_BASE))) {
        size_t j = rd_skip_spaces(r, e);
        if (rd_year_ok(y = rd_int(r, &j, 4)) && (j >= r->n || !tsx_is_word((unsigned char)r->s[j]))) {
            snprintf(basis, size, "const%d", y);
            return j;
        }
    }
    return 0;
}

/* "theo giá so sánh (năm) 2010", "giá hiện hành": the price basis of
 * the clause. */
static size_t on_price(reader *r, size_t i)
{
    size_t e = rd_price_phrase(r, i, r->price_text, sizeof r->price_text);
    if (e)
        memcpy(r->named_price, r->price_text, sizeof r->named_price);
    return e;
}

/* A cumulative cue with no period phrase of its own ("lũy kế ước
 * 29.520 tỷ đồng", "cộng dồn đạt ..."): the figures after it run from
 * January to the end of the period in force (the clause's, else the
 * report's).  A phrase after it ("lũy kế 10 tháng", "tính chung cả năm")
 * is read as any other.  Returns the cue's end or 0. */
static size_t on_cumulative(reader *r, size_t i)
{
    size_t e = rd_at(r, i, TSX_C_PERIOD_CUMULATIVE);
    if (!e)
        return 0;
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    size_t pe = rd_period(r, rd_skip_spaces(r, e), &ps, &set, &year_only);
    /* "lũy kế từ đầu năm đến nay" in a month's report: the year so far. */
    if (pe && !(set && ps.kind == PER_NONE))
        return e;
    if (pe)
        e = pe;
    frame *fr = &r->st[r->depth];
    ts_period p;
    if (fr->per.kind == PER_UPTO ||
        !rd_year_to_date(fr->per.kind == PER_FIXED ? fr->per.p : r->cx->period, &p))
        return e;
    fr->per.kind = PER_FIXED;
    fr->per.p = p;
    fr->per.target = 0;
    fr->weak = 0;
    return e;
}

/* "cùng kỳ (năm 2022 | năm trước)" opening a parenthesis or a clause, or
 * after "của" ("mức tăng của cùng kỳ năm trước (4,9%)"): the figures that
 * follow are the same period's of that earlier year.  Returns the end of
 * the phrase or 0 (a base after a figure, "so với cùng kỳ", is no such
 * thing). */
static size_t on_prior(reader *r, size_t i)
{
    size_t e;
    const tsx_entry *base = tsx_tag_find(r->tags, i, TSX_C_BASE_SAME_PERIOD, &e);
    if (!base || (base->flags & TSX_AFTER_SO))
        return 0;
    size_t w = rd_prev_word(r, i);
    frame *fr = &r->st[r->depth];
    /* "(cơ cấu tương ứng [của] cùng kỳ năm 2023 là: ...)": the list's period. */
    int opens = rd_opens_after(r, i, "(,;:") ||
                (w != (size_t)-1 && rd_ending(r, w, TSX_C_PERIOD_OF) == w) ||
                (w != (size_t)-1 && fr->respective && fr->resp_next == 0 &&
                 rd_ending(r, w, TSX_C_LIST_RESPECTIVE) != (size_t)-1);
    if (!opens)
        return 0;
    fr->prior = -1;
    int y;
    size_t q = rd_year_at(r, rd_skip_spaces(r, e), 0, &y);
    if (q) {
        fr->prior = y;
        return q;
    }
    return e;
}

/* A word at i: estimate cues, the parts of a total, prices, periods,
 * figures and mentions.  Returns where to go on. */
static size_t on_word(reader *r, size_t i)
{
    frame *fr = &r->st[r->depth];
    if (rd_at(r, i, TSX_C_ESTIMATE))
        r->estimate = 1;
    /* "... tỷ lệ đồng bào DTTS cao nhưng tốc độ tăng trưởng ...": a
     * blocking phrase holds no further than a comma would let it. */
    if (fr->suppress == 2 && !r->list_blocked && rd_at(r, i, TSX_C_CLAUSE_TURN))
        fr->suppress = 1;
    /* "toàn tỉnh", "trên địa bàn huyện": the report's own area again. */
    if (rd_at(r, i, TSX_C_SELF_PROVINCE) || rd_at(r, i, TSX_C_SELF_DISTRICT) || rd_at(r, i, TSX_C_SELF_CITY)) {
        fr->other_area = 0;
        /* ... but "toàn tỉnh" as the subject's place in a district's
         * report is its province. */
        r->child_area = rd_at(r, i, TSX_C_SELF_PROVINCE) &&
                                (rd_subject_place(r, i) || rd_opens_after(r, i, ",;:"))
                            ? r->cx->province_of_district
                            : NULL;
        r->child_whole = 0;
    }
    size_t e;
    if ((e = on_price(r, i)))
        return e;
    if ((e = on_prior(r, i)))
        return e;
    /* "Sở Kế hoạch và Đầu tư cho biết ...": an office, not a plan. */
    if ((e = rd_at(r, i, TSX_C_AGENCY)))
        return e;
    /* A plan set beside in brackets ("(kịch bản tăng trưởng: 7,87%)")
     * is no base for the "đạt X%" after them. */
    if (rd_at(r, i, TSX_C_BASE_PLAN) && r->depth == 0)
        r->plan_seen = 1;
    /* "trong đó", "gồm": the parts of a total follow. */
    if ((e = rd_at(r, i, TSX_C_CARRIER_PART))) {
        /* "bình quân ... đạt 14,8%, trong đó năm 2011 đạt 11,68%": the
         * total again, by period; not its parts. */
        if (fr->ind && opens_with_period(r, e))
            return e;
        /* The total is the clause's subject, or the topic carried from the
         * sentence before when "Trong đó: ..." opens this one; not that
         * topic after words of this sentence that name none ("tình hình
         * ... trong đó, tốc độ tăng trưởng kinh tế đạt 4,55%"). */
        size_t p = i;
        while (p > 0 && !tsx_is_word((unsigned char)r->s[p - 1]))
            p--;
        fr->component_of = fr->ind ? fr->ind : p == 0 && r->topic_figured ? r->topic : NULL;
        fr->component_ent = fr->ind ? fr->ent : NULL;
        if (r->depth == 0 && fr->component_of && !r->parts_of)
            r->parts_of = fr->component_of;
        /* With no total before it, named or given ("Trong 5 tháng, kinh tế
         * đạt nhiều kết quả. Trong đó, chỉ số ... tăng 49,11%"), what
         * follows is no part. */
        r->after_part = fr->component_of || fr->suppress || holds_digit(r->s, i);
        /* "Tổng kim ngạch xuất nhập khẩu đạt 5 tỷ USD, trong đó xuất khẩu
         * ...": the parts of a blocked total name their own subjects. */
        if (fr->suppress == 1)
            fr->suppress = 0;
        fr->ind = NULL;
        fr->ent = NULL;
        return e;
    }
    if ((e = on_period(r, i)))
        return e;
    if ((e = on_cumulative(r, i)))
        return e;
    if (rd_digit((unsigned char)r->s[i]))
        return on_digit(r, i);
    if ((e = rd_on_mention(r, i)))
        return e;
    return rd_word_end(r, i);
}

static void walk(reader *r)
{
    size_t i = 0;
    while (i < r->n) {
        unsigned char c = (unsigned char)r->s[i];
        if (on_punct(r, c, i)) {
            i++;
            continue;
        }
        if (!tsx_is_word(c) || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1]))) {
            i++;
            continue;
        }
        i = on_word(r, i);
    }
}

/* "Trong 6 tháng đầu năm 2020 đạt 164.890 tấn" after a sentence on the
 * catch: the period, "(ước) đạt" or "là", and an amount in the topic's
 * own unit is the topic's amount. */
static int reaches_amount_of_topic(const reader *r, size_t i)
{
    i = rd_skip_spaces(r, i);
    if (i < r->n && r->s[i] == ',')
        i = rd_skip_spaces(r, i + 1);
    size_t e;
    if ((e = rd_at(r, i, TSX_C_ESTIMATE)))
        i = rd_skip_spaces(r, e);
    if (!(e = rd_at(r, i, TSX_C_VERB_REACH)) && !(e = rd_at(r, i, TSX_C_VERB_IS)))
        return 0;
    e = rd_skip_spaces(r, e);
    size_t qe;
    while ((qe = rd_at(r, e, TSX_C_QUALIFIER))) /* "đạt hơn 164.890 tấn" */
        e = rd_skip_spaces(r, qe);
    quantity q;
    double x;
    return rd_quantity(r, e, &q) && q.has_unit &&
           strcmp(q.um.unit, "pct") != 0 && rd_to_unit(&q, q.a, r->topic, &x);
}

/* Where the sentence's first word starts (r->n when it has none). */
static size_t first_word(const reader *r)
{
    size_t i = 0;
    while (i < r->n && !tsx_is_word((unsigned char)r->s[i]))
        i++;
    return i;
}

/* A sentence of a paragraph that opens with its period ("Năm 2018, thu
 * vượt 17,5% dự toán Bộ Tài chính giao, tăng 14,4% so với năm 2017.")
 * has the topic as its subject until it names one, weakly: only for
 * percentages measured against a plan or the year before.  Opened by a
 * cumulative cue ("Lũy kế 5 tháng, đạt 9.800 tỷ đồng, tăng 8,1%"; "Tính
 * chung 5 tháng tăng 8,1%") or a restating word ("Cụ thể, quý I/2024
 * tăng 10,19%") it goes on with the sentence before in full: its amounts
 * are the topic's too; so does one whose period "đạt" an amount in the
 * topic's unit ("Trong 6 tháng đầu năm 2020 đạt hơn 164.890 tấn"). */
static void elided_subject(reader *r)
{
    size_t i = first_word(r), e;
    /* "Đặc biệt, giai đoạn 2016-2020 đạt gần 8,9%/năm": an opening word
     * that says nothing. */
    if (i < r->n && (e = rd_at(r, i, TSX_C_OPENER))) {
        i = rd_skip_spaces(r, e);
        if (i < r->n && r->s[i] == ',')
            i = rd_skip_spaces(r, i + 1);
    }
    /* "Ước 6 tháng đầu năm 2017 đạt 64,81% dự toán": an estimate's word
     * before the period. */
    if (i < r->n && (e = rd_at(r, i, TSX_C_ESTIMATE)))
        i = rd_skip_spaces(r, e);
    /* "Bình quân giai đoạn 2016 - 2019 đạt 7,72%": an average's word
     * before the period. */
    if (i < r->n && (e = rd_at(r, i, TSX_C_AVERAGE)))
        i = rd_skip_spaces(r, e);
    /* "Trong 6 tháng đầu năm 2020 đạt 164.890 tấn": only when the
     * topic's amount follows ("Trong 6 tháng, các ngân hàng ..." names
     * its own subjects). */
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    size_t pe;
    int within = 0;
    if (i < r->n && (e = rd_at(r, i, TSX_C_WITHIN)) &&
        (pe = rd_period(r, rd_skip_spaces(r, e), &ps, &set, &year_only))) {
        if (!reaches_amount_of_topic(r, pe))
            return;
        i = rd_skip_spaces(r, e);
        within = 1;
    }
    int cumulative = 0;
    if (i < r->n && (e = rd_at(r, i, TSX_C_PERIOD_CUMULATIVE))) {
        i = rd_skip_spaces(r, e);
        cumulative = 1;
    } else if (i < r->n && (e = rd_at(r, i, TSX_C_CARRIER_RESTATE))) {
        /* "Cụ thể, quý I/2024 tăng 10,19%; quý II tăng 9,66%": the
         * sentence before, told period by period. */
        i = e;
        while (i < r->n && (r->s[i] == ' ' || r->s[i] == ',' || r->s[i] == ':'))
            i++;
        cumulative = 1;
    }
    ps = (per_state)PER_STATE_NONE;
    if (i >= r->n || !(pe = rd_period(r, i, &ps, &set, &year_only)) || !set ||
        ps.kind != PER_FIXED)
        return;
    r->st[0].ind = r->topic;
    r->st[0].weak = !cumulative && !within && !reaches_amount_of_topic(r, pe);
    r->st[0].from_topic = 1;
}

int tsx_sentence_goes_on(const struct ts_lexicon *lx, const char *text, size_t len,
                         const tsx_fold *f)
{
    const tsx_entry *cand[TSX_MAX_CAND];
    size_t ends[TSX_MAX_CAND];
    if (!f->len)
        return 0;
    size_t k = tsx_lexicon_at(lx, f->s, f->len, 0, cand, ends, TSX_MAX_CAND);
    for (size_t m = 0; m < k; m++)
        if (cand[m]->cls == TSX_C_CARRIER_RESTATE && tsx_entry_text_ok(cand[m], text, len, f->map[0], f->map[ends[m]]))
            return 1;
    return 0;
}

/* Whether one of the tags k at a position of the folded sentence is of
 * class c. */
static int cand_has(const tsx_entry *const *cand, size_t k, tsx_class c)
{
    for (size_t m = 0; m < k; m++)
        if (cand[m]->cls == c)
            return 1;
    return 0;
}

int tsx_sentence_opens_with_period(const struct ts_lexicon *lx, const tsx_fold *f)
{
    const tsx_entry *cand[TSX_MAX_CAND];
    size_t ends[TSX_MAX_CAND], i = 0;
    while (i < f->len && !tsx_is_word((unsigned char)f->s[i]))
        i++;
    for (int words = 0; words < 2 && i < f->len; words++) {
        if (f->s[i] >= '0' && f->s[i] <= '9')
            return 1; /* "6 tháng đầu năm ..." */
        size_t k = tsx_lexicon_at(lx, f->s, f->len, i, cand, ends, TSX_MAX_CAND);
        if (cand_has(cand, k, TSX_C_PERIOD_YEAR) || cand_has(cand, k, TSX_C_PERIOD_MONTH) ||
            cand_has(cand, k, TSX_C_PERIOD_QUARTER) || cand_has(cand, k, TSX_C_PERIOD_COUNT) ||
            cand_has(cand, k, TSX_C_PERIOD_SPAN))
            return 1;
        if (!k || !(cand_has(cand, k, TSX_C_ESTIMATE) || cand_has(cand, k, TSX_C_PERIOD_CUMULATIVE) ||
                    cand_has(cand, k, TSX_C_AVERAGE) || cand_has(cand, k, TSX_C_OPENER)))
            return 0;
        i = ends[0];
        while (i < f->len && (f->s[i] == ' ' || f->s[i] == ','))
            i++;
    }
    return 0;
}

/* Whether the sentence ends in a photo's number after a dash ("... -
 * Ảnh 1."), as news sites caption their photos. */
static int photo_numbered(const reader *r)
{
    size_t i = r->n;
    while (i > 0 && (r->s[i - 1] == ' ' || r->s[i - 1] == '.'))
        i--;
    size_t digits = i;
    while (i > 0 && rd_digit((unsigned char)r->s[i - 1]))
        i--;
    if (i == digits)
        return 0;
    size_t w = rd_prev_word(r, i);
    if (w == (size_t)-1 || rd_at(r, w, TSX_C_CAPTION_CREDIT) == 0)
        return 0;
    while (w > 0 && r->s[w - 1] == ' ')
        w--;
    return w > 0 && r->s[w - 1] == '-';
}

int rd_is_caption(const reader *r)
{
    /* Most sentences say no "ảnh": asked of every one, so look no further. */
    if (!tsx_tags_have(r->tags, TSX_C_CAPTION) && !tsx_tags_have(r->tags, TSX_C_CAPTION_CREDIT))
        return 0;
    if (photo_numbered(r))
        return 1;
    for (size_t i = 0; i < r->n; i++) {
        if (i > 0 && tsx_is_word((unsigned char)r->s[i - 1]))
            continue;
        size_t e = rd_at(r, i, TSX_C_CAPTION_CREDIT);
        if (rd_at(r, i, TSX_C_CAPTION) || (e && e < r->n && r->s[e] == ':'))
            return 1;
    }
    return 0;
}

/* Whether the sentence opens with a cumulative cue ("Lũy kế", "Tính
 * chung"). */
static int opens_cumulative(const reader *r)
{
    size_t i = first_word(r);
    return i < r->n && rd_at(r, i, TSX_C_PERIOD_CUMULATIVE);
}

int tsx_extract_sentence(const char *text, size_t len, size_t offset, ts_extract_ctx *cx,
                         const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                         ts_unmatched_fn unmatched_fn, void *user, tsx_fold *f, int folded,
                         tsx_tags *tags, ts_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.orig = text;
    r.olen = len;
    r.cx = cx;
    r.lx = lx;
    r.cat = cat;
    r.fn = fn;
    r.unmatched = unmatched_fn;
    r.user = user;
    r.seq_at = -1;
    r.offset = offset;
    r.prose = 1;
    /* "Riêng TP. Phú Quốc, ... Lũy kế 7 tháng, ước 3.966.165 lượt khách":
     * the district a sentence opened with goes on in its paragraph. */
    if (cx->same_paragraph && cx->carry_child) {
        r.child_area = cx->carry_child;
        r.child_whole = 1;
    }
    if (!folded && tsx_fold_text(f, text, len) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    if (tsx_tags_build(tags, lx, f, text, len) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    r.f = f;
    r.tags = tags;
    r.excerpt = text;
    r.s = f->s;
    r.n = f->len;
    /* A photo's caption ("Ngành du lịch Kiên Giang vượt đón hơn 10 triệu
     * lượt khách- Ảnh 1.", "(Ảnh: ...)"): no figure of the text's, and
     * nothing it says goes on. */
    if (rd_is_caption(&r))
        return TS_OK;
    /* "Cụ thể: ...", "Trong đó: ..." and the next sentence of a footnote go
     * on with the previous sentence: its subject and its period. */
    int continues = cx->continued || tsx_sentence_goes_on(lx, text, len, f);
    r.continues = continues;
    /* The subject named last stays the topic (sector phrases after a GRDP
     * sentence: "Khu vực dịch vụ tăng 5,02%"); a year-by-year review goes
     * on with it ("Năm 2018, thu vượt 17,5% dự toán"): see elided_subject. */
    if (continues || cx->same_stream) {
        r.topic = cx->topic[0] ? ts_catalog_find(cat, cx->topic) : NULL;
        r.topic_held = cx->topic_held;
        r.topic_growth = cx->topic_growth;
        r.topic_figured = cx->topic_figured;
    }
    const ts_indicator *topic_in = r.topic;
    /* "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" opening a paragraph: the
     * running total of what the paragraph before counted. */
    if (r.topic && (continues || cx->same_paragraph || opens_cumulative(&r)))
        elided_subject(&r);
    if (continues && cx->carry_kind != PER_NONE) {
        r.st[0].per.kind = (per_kind)cx->carry_kind;
        r.st[0].per.p = cx->carry_period;
        /* "GRDP 6 tháng tăng 5,56%. Theo đó, quý I tăng 4,47%, quý II tăng
         * 6,63%; khu vực dịch vụ tăng 6,59%": the period carried is the
         * sentence's first, to which it returns after its quarters. */
        if (r.st[0].per.kind == PER_FIXED)
            r.first_per = r.st[0].per;
    }
    rd_find_cumulative(&r);
    rd_find_target(&r);
    if (continues) {
        r.plan_seen = cx->carry_plan;
        r.yearly = cx->carry_yearly;
        r.estimate = cx->carry_estimate;
        snprintf(r.price_text, sizeof r.price_text, "%s", cx->carry_price);
        snprintf(r.named_price, sizeof r.named_price, "%s", cx->carry_price);
        snprintf(r.carried_price, sizeof r.carried_price, "%s", cx->carry_price);
    }
    walk(&r);
    cx->carry_plan = r.plan_seen;
    cx->carry_yearly = tsx_sentence_yearly(&r);
    cx->carry_estimate = r.estimate;
    snprintf(cx->carry_price, sizeof cx->carry_price, "%s", r.named_price);
    /* "Thu ngân sách ước đạt 378,91 tỷ đồng, trong đó: ...; thu tiền sử
     * dụng đất ước đạt 319,73 tỷ đồng. Lũy kế 10 tháng ước đạt 2.386 tỷ
     * đồng": the sentence after a list of parts goes on with their total. */
    const ts_indicator *carried_topic = r.topic;
    if (r.parts_of && r.topic && rd_part_of(r.topic, r.parts_of))
        carried_topic = r.parts_of;
    /* "GRDP quý III giảm 7,02%, nhất là khu vực dịch vụ và ... . Tính
     * chung 9 tháng tăng 1,28%": a subject named after the sentence's last
     * figure, with none of its own, is no subject the next goes on with. */
    else if (r.figured && r.topic != r.topic_at_fact && r.topic != r.figured)
        carried_topic = r.figured;
    snprintf(cx->topic, sizeof cx->topic, "%s", carried_topic ? carried_topic->id : "");
    cx->topic_held = !r.topic && r.topic_held;
    cx->topic_growth = r.topic && r.topic_growth;
    /* ... a sentence of no fact that goes on with the same topic (a
     * caption between) keeps what the one before it gave. */
    cx->topic_figured = r.figured != NULL || (carried_topic && carried_topic == topic_in && cx->topic_figured);
    /* "Ước tổng chi tháng 9 được A, lũy kế được B. Trong đó, chi xây dựng
     * cơ bản được C, lũy kế được D": a sentence that reads the month and
     * then, after "lũy kế", the months to date hands on the month, with
     * which the next goes on the same way. */
    per_state carried = r.st[0].per;
    /* "... 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm
     * 2024. Theo đó, GRDP ước đạt ...": the period aimed at after a target
     * cue is not the one the next sentence goes on with; the one reported
     * on before the cue is. */
    if (r.n_targets && r.first_per.kind == PER_FIXED && r.first_per_at < r.target_end[0] &&
        carried.kind == PER_FIXED && ts_period_cmp(carried.p, r.first_per.p) != 0)
        carried = r.first_per;
    if (r.cum_at && r.first_per.kind != PER_FIXED)
        carried.kind = PER_NONE; /* the month was the cue's (cum_month) */
    else if (r.cum_at && ts_period_kind_of(r.first_per.p) == TS_PERIOD_MONTH)
        carried = r.first_per;
    cx->carry_kind = carried.kind;
    cx->carry_period = carried.p;
    cx->has_lead = r.lead.kind == PER_FIXED;
    cx->lead_period = r.lead.p;
    cx->carry_child = r.child_whole ? r.child_area : NULL;
    return TS_OK;
}

int ts_extract_sentence(const char *text, size_t len, size_t offset, ts_extract_ctx *cx,
                        const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                        ts_unmatched_fn unmatched_fn, void *user, ts_error *err)
{
    /* The callbacks get the sentence as a C string: text need not be one. */
    char *copy = malloc(len + 1);
    if (!copy)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    memcpy(copy, text, len);
    copy[len] = '\0';
    tsx_fold f = {0};
    tsx_tags tags = {0};
    int rc = tsx_extract_sentence(copy, len, offset, cx, lx, cat, fn, unmatched_fn, user, &f,
                                  0, &tags, err);
    tsx_tags_free(&tags);
    tsx_fold_free(&f);
    free(copy);
    return rc;
}
