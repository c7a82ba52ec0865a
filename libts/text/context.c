/* The document's context, from its title block and its body (news
 * reports, press releases and excerpts have no title block): the report
 * period is the period phrase the title leads with or the body repeats
 * most ("9 tháng", "quý IV và cả năm 2023", "đến 30/9/2022" for nine
 * months), its year the one it names or the year after "so với cùng kỳ năm
 * Y"; the area is the gazetteer's area the title and lead name most, an
 * issuer's ("UBND tỉnh X") above all; the report date is the first
 * dateline ("10:55 - 28/06/2023", "Kon Tum, ngày 30 tháng 3 năm 2021"). */
#include "text/reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_SENTENCES 40   /* the lead of a report says what it covers */
#define TITLE_LINES 25      /* a title block is a few short lines ... */
#define TITLE_BYTES 4000
#define TITLE_LINE_MAX 200  /* ... before the first line of running text */
#define TITLE_WEIGHT 10
#define HEADLINE_SENTENCES 3
#define HEADLINE_WEIGHT 3   /* a headline's period phrase counts three times */
#define HEADLINE_BYTES 300  /* a longer sentence is body, not a headline */
#define DATE_LINES 8        /* datelines come before the text */
#define DATELINE_BYTES 100
#define NO_YEAR 1000        /* the year of a phrase that names none */
#define MAX_CAND 32

typedef struct {
    ts_report_kind kind;
    int n;        /* a month, quarter, or months from January */
    int y1, y2;   /* year (NO_YEAR when not named); a span's years */
    int weight;
    int dated;    /* of the weight, what dates gave ("đến ngày 31/5/2024") */
    size_t order; /* when first seen */
} candidate;

/* Votes for the report's area: the areas the title block and the lead
 * name, an issuer's ("UBND tỉnh X") most. */
#define MAX_AREAS 64
#define AREA_SENTENCES 400  /* the area may first be named deep in a report */
#define AREA_BYTES 200000
#define AREA_TITLE 3
#define AREA_AUTHORITY 5
#define AREA_SETTLED 12     /* votes past which a lead of 3 to 1 will not turn */

typedef struct {
    const char *slug;
    int weight;
    size_t order;
} area_vote;

/* A name several areas answer to ("thành phố Huế": the provincial city
 * until 2024 and the municipality since; "huyện Kỳ Sơn" in two
 * provinces): its votes wait until the report's date and the other
 * areas named can tell which one is meant. */
#define MAX_SAME_NAME 16 /* the gazetteer names ten districts Châu Thành */
#define MAX_GROUPS 32
typedef struct {
    const ts_area *cand[MAX_SAME_NAME];
    size_t n;
    int weight;
    size_t order;
} area_group;

typedef struct {
    candidate c[MAX_CAND];
    size_t nc;
    candidate title;  /* the title's first period phrase */
    int has_title;
    candidate title_next; /* ... and the next one of another line, in case
                           * the first began after the report's date */
    int has_title_next;
    int first_year;   /* the first year a period phrase names */
    int aimed_year;   /* ... the first year aimed at ("Năm 2026, tỉnh đặt mục
                       * tiêu"), when no other is named */
    int self_province, self_district, self_city; /* "toàn tỉnh", "toàn huyện",
                                                  * "toàn thành phố" said */
    int after_year;   /* Y + 1 of the first "so với cùng kỳ năm Y" */
    int after_first;  /* ... named before any year a period phrase names */
    int year_after;   /* Y + 1 of the first "so với năm Y" (a whole year) */
    int plan_year;    /* Y of the first "kế hoạch năm Y" */
    int year_to_date; /* "từ đầu năm đến nay" was said */
    int latest_year;  /* the latest year any period phrase names */
    int same_period_year; /* the latest Y of "cùng kỳ năm Y": the report is
                           * of a later year */
    candidate compared; /* the first months from January a comparison
                         * names ("so với 6 tháng đầu năm 2023"; kind 0:
                         * none) */
    size_t seen;
    area_vote areas[MAX_AREAS];
    size_t n_areas;
    area_group groups[MAX_GROUPS];
    size_t n_groups;
} survey;

static int month_of(int32_t day)
{
    int y, m, d;
    ts_civil_from_days(day, &y, &m, &d);
    return m;
}

/* The report-period candidate a phrase's period makes, or 0. */
static int to_candidate(const per_state *ps, candidate *c)
{
    memset(c, 0, sizeof *c);
    ts_period p = ps->p;
    if (ps->kind == PER_UPTO) {
        /* "đến 30/9/2022": the months from January when it is a month's end. */
        int y, m, d;
        ts_civil_from_days(p.first, &y, &m, &d);
        if (d != ts_days_in_month(y, m))
            return 0;
        p = ts_period_months(y, 1, m);
    } else if (ps->kind != PER_FIXED) {
        return 0;
    }
    c->y1 = c->y2 = ts_year_of_days(p.last);
    switch (ts_period_kind_of(p)) {
    case TS_PERIOD_MONTH: c->kind = TS_REPORT_MONTHLY; c->n = month_of(p.first); return 1;
    case TS_PERIOD_QUARTER: c->kind = TS_REPORT_QUARTERLY; c->n = (month_of(p.first) + 2) / 3; return 1;
    case TS_PERIOD_YEAR: c->kind = TS_REPORT_ANNUAL; return 1;
    case TS_PERIOD_YEARS:
        c->kind = TS_REPORT_MULTIYEAR;
        c->y1 = ts_year_of_days(p.first);
        return 1;
    case TS_PERIOD_HALF:
    case TS_PERIOD_YTD:
        if (month_of(p.first) != 1)
            return 0;
        c->kind = TS_REPORT_CUMULATIVE;
        c->n = month_of(p.last);
        return 1;
    default:
        return 0;
    }
}

static int same_candidate(const candidate *a, const candidate *b)
{
    if (a->kind != b->kind || a->n != b->n)
        return 0;
    if (a->kind == TS_REPORT_MULTIYEAR)
        return a->y1 == b->y1 && a->y2 == b->y2;
    return a->y1 == b->y1 || a->y1 == NO_YEAR || b->y1 == NO_YEAR;
}

static void add_candidate(survey *sv, candidate c)
{
    for (size_t k = 0; k < sv->nc; k++)
        if (same_candidate(&sv->c[k], &c)) {
            sv->c[k].weight += c.weight;
            sv->c[k].dated += c.dated;
            if (sv->c[k].y1 == NO_YEAR)
                sv->c[k].y1 = sv->c[k].y2 = c.y1;
            return;
        }
    if (sv->nc < MAX_CAND) {
        c.order = sv->seen++;
        sv->c[sv->nc++] = c;
    }
}

/* A cumulative cue ("lũy kế", "tính chung") among the two words before
 * i: such figures stand beside the report's own, they do not name it. */
static int after_cumulative_cue(const reader *r, size_t i)
{
    return rd_class_before(r, i, TSX_C_PERIOD_CUMULATIVE, 2);
}

/* A period phrase at i after a target cue of its sentence ("Hà Giang
 * hướng đến tăng trưởng 6 tháng đầu năm đạt ...", "phấn đấu năm 2025"):
 * the period aimed at, not the one reported on. */
static int after_target(const reader *r, size_t i)
{
    /* Or its word closes a target's phrase: "triển khai nhiệm vụ năm
     * 2024". */
    return (r->n_targets && i >= r->target_end[0]) || rd_ending(r, i, TSX_C_TARGET) != (size_t)-1;
}

/* A period phrase ending at e that opens a target's clause: the cue in
 * the clause after it, no figure before the cue ("Năm 2024, tỉnh đặt mục
 * tiêu phấn đấu GRDP tăng ..."; not "9 tháng ... tăng trưởng khá, tiến
 * gần mục tiêu tăng trưởng cả năm"). */
static int before_target(const reader *r, size_t e)
{
    size_t from = rd_skip_spaces(r, e);
    if (from < r->n && r->s[from] == ',')
        from++;
    for (size_t k = 0; k < r->n_targets; k++) {
        if (r->target_end[k] <= e)
            continue;
        for (size_t j = from; j < r->target_end[k]; j++)
            if (r->s[j] == ';' || r->s[j] == ',' || rd_digit((unsigned char)r->s[j]))
                return 0;
        /* A target that names its own period after its cue ("..., triển
         * khai nhiệm vụ tháng 5/2024") leaves this one the report's
         * ("đánh giá ... tháng 4/2024"). */
        size_t after = rd_skip_spaces(r, r->target_end[k]);
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        if (after < r->n && (rd_digit((unsigned char)r->s[after]) ||
                             rd_period(r, after, &ps, &set, &year_only)))
            return 0;
        return 1;
    }
    return 0;
}

/* Whether "còn lại" (what remains) stands between a and b. */
static int remaining_between(const reader *r, size_t a, size_t b)
{
    for (size_t k = a; k + 7 <= b; k++)
        if ((k == 0 || r->s[k - 1] == ' ') && memcmp(r->s + k, "con lai", 7) == 0)
            return 1;
    return 0;
}

/* A year named by the plan, tasks or estimate it closes ("Nghị quyết
 * về kế hoạch sử dụng đất năm 2023", "nhiệm vụ trọng tâm phát triển kinh
 * tế-xã hội, quốc phòng-an ninh năm 2023", "dự toán thu, chi ngân sách
 * huyện năm 2023"): a year aimed at, unless the plan is being carried
 * out ("kết quả thực hiện nhiệm vụ ... năm 2022": the report's); what
 * remains of it is aimed at however it is carried out. */
static int plan_of_year(const reader *r, size_t i)
{
    size_t w = i;
    for (int k = 0; k < 8; k++) {
        size_t p = w;
        /* "các chỉ tiêu phát triển KT – XH còn lại của năm 2020": a dash
         * joins the words of a name. */
        while (p > 0 && (r->s[p - 1] == ' ' || r->s[p - 1] == '-' || r->s[p - 1] == '~'))
            p--;
        if (p == 0 || strchr(";.:()", r->s[p - 1]) || rd_digit((unsigned char)r->s[p - 1]))
            return 0;
        w = rd_prev_word(r, p);
        if (w == (size_t)-1)
            return 0;
        size_t st = rd_ending(r, w, TSX_C_BASE_PLAN);
        if (st != (size_t)-1) {
            /* "thực hiện đạt các chỉ tiêu ... còn lại của năm 2020". */
            if (remaining_between(r, st, i))
                return 1;
            size_t before = rd_prev_word(r, st);
            return !(before != (size_t)-1 && strncmp(r->s + before, "hien ", 5) == 0);
        }
    }
    return 0;
}

/* A period phrase at i naming what a plan was set out for ("vượt trước
 * mục tiêu đề ra năm 2015", "chỉ tiêu kế hoạch đề ra cho năm 2025"): the
 * year aimed at. */
static int set_out_for(const reader *r, size_t i)
{
    size_t p = rd_prev_word(r, i);
    if (p != (size_t)-1 && strncmp(r->s + p, "cho ", 4) == 0)
        p = rd_prev_word(r, p);
    if (p == (size_t)-1 || strncmp(r->s + p, "ra ", 3) != 0)
        return 0;
    size_t d = rd_prev_word(r, p);
    return d != (size_t)-1 && strncmp(r->s + d, "de ra ", 6) == 0 &&
           rd_class_before(r, d, TSX_C_BASE_PLAN, 2);
}

/* A period phrase at i in a clause that opens by setting out ("...; đề ra
 * nhiều giải pháp trọng tâm để thực hiện ... năm 2022" after a review of
 * the year's results): the year aimed at. */
static int in_clause_set_out(const reader *r, size_t i)
{
    size_t k = i;
    while (k > 0 && r->s[k - 1] != ';')
        k--;
    k = rd_skip_spaces(r, k);
    return k > 0 && k < i && rd_at(r, k, TSX_C_TARGET_SET);
}

/* A figure's own year ("46 triệu đồng năm 2015", "33,1% năm 2015") says
 * nothing of the report: a unit or '%' just before the phrase.  (A bare
 * number before it counts the years: "5 năm 2016-2020".) */
static int after_figure(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    /* "cao hơn mức tăng 4,84% của quý I/2024" */
    if (w != (size_t)-1 && rd_ending(r, w, TSX_C_PERIOD_OF) == w)
        i = w;
    return rd_after_amount(r, i);
}

/* Past an estimate's word at k ("tháng 8, ước tháng 9, ước quý III và 9
 * tháng"): where the period after it starts. */
static size_t past_estimate(const reader *r, size_t k)
{
    size_t e = rd_at(r, k, TSX_C_ESTIMATE);
    return e ? rd_skip_spaces(r, e) : k;
}

/* "quý IV và cả năm 2023", "tháng 6 và 6 tháng đầu năm", "quý III và 9
 * tháng", "tháng 12 và năm 2020", "tháng 3 và quý I", "tháng 6, quý II và
 * 6 tháng đầu năm", "tháng 3, quý I", "tháng 8, ước tháng 9, ước quý III
 * và 9 tháng":
 * the phrase after "và" right after the phrase ending at e (past the
 * quarters or months listed between, the last of which *listed_last
 * gets, 0 none); its start or 0.  Such a report gives all of them, and
 * its figures without a period of their own are of the longest (budget
 * revenue against the year's plan, GRDP, which is never monthly). */
static size_t and_longer_span(const reader *r, size_t e, size_t *listed_last)
{
    size_t k = rd_skip_spaces(r, e), last = 0;
    *listed_last = 0;
    for (int listed = 0; listed < 3 && k < r->n && r->s[k] == ','; listed++) {
        size_t q = past_estimate(r, rd_skip_spaces(r, k + 1)), qe;
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        if (!(rd_at(r, q, TSX_C_PERIOD_QUARTER) || rd_at(r, q, TSX_C_PERIOD_MONTH)) ||
            !(qe = rd_period(r, q, &ps, &set, &year_only)))
            return 0;
        last = q;
        k = rd_skip_spaces(r, qe);
    }
    *listed_last = last;
    size_t and = rd_at(r, k, TSX_C_AND);
    /* "tháng 3, quý I năm 2022": the list's last is the longer span, as
     * after "và" (the caller checks that the month ends it). */
    if (!and)
        return last && rd_at(r, last, TSX_C_PERIOD_QUARTER) ? last : 0;
    k = past_estimate(r, rd_skip_spaces(r, and));
    if (rd_at(r, k, TSX_C_PERIOD_WHOLE_YEAR) || rd_at(r, k, TSX_C_PERIOD_COUNT) ||
        rd_at(r, k, TSX_C_PERIOD_QUARTER) || rd_digit((unsigned char)r->s[k]))
        return k;
    /* "năm 2020": the year named. */
    size_t y = rd_at(r, k, TSX_C_PERIOD_YEAR);
    return y && rd_digit((unsigned char)r->s[rd_skip_spaces(r, y)]) ? k : 0;
}

/* Does the span `wide` end where the month or quarter `c` does? */
static int ends_with(const candidate *wide, const candidate *c)
{
    if (wide->kind == TS_REPORT_ANNUAL)
        return 1;
    if (wide->kind == TS_REPORT_QUARTERLY)
        return c->kind == TS_REPORT_MONTHLY && 3 * wide->n == c->n;
    if (wide->kind != TS_REPORT_CUMULATIVE)
        return 0;
    return (c->kind == TS_REPORT_MONTHLY && wide->n == c->n) ||
           (c->kind == TS_REPORT_QUARTERLY && wide->n == 3 * c->n);
}

/* Whether the span `wide` ends where the month or quarter listed at k
 * does ("tháng 8, ước tháng 9 và 9 tháng": last month's actual figures,
 * this month's estimate, the nine months). */
static int ends_listed(const reader *r, size_t k, const candidate *wide)
{
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    candidate c;
    return k && rd_period(r, k, &ps, &set, &year_only) && to_candidate(&ps, &c) &&
           ends_with(wide, &c);
}

/* A party congress's term after "nhiệm kỳ" ending at e, whose five-year
 * plan a review reports on, as a council's term ("khóa IV, nhiệm kỳ
 * 2016-2021") names no report. */
static int congress_term(const reader *r, size_t e)
{
    int a, b;
    return rd_year_pair(r, rd_skip_spaces(r, e), &a, &b) && rd_congress_term(a, b);
}

/* The end of the years after a name at pe that dates something other
 * than the report: a price basis ("giá so sánh năm 2010"), a crop season
 * ("vụ đông xuân 2017- 2018") or a term ("nhiệm kỳ 2016-2021"). */
static size_t named_years_end(const reader *r, size_t pe)
{
    int y;
    size_t j = rd_year_at(r, rd_skip_spaces(r, pe), 1, &y);
    if (!j)
        return pe;
    size_t d = rd_skip_spaces(r, j);
    if (d < r->n && r->s[d] == '-') {
        size_t y = rd_skip_spaces(r, d + 1);
        if (rd_year_ok(rd_int(r, &y, 4)))
            j = y;
    }
    return j;
}

static int compared_with(const reader *r, size_t i);

/* What a comparison's period ps says of the report's (at i): the year
 * of "(cùng kỳ năm 2023 tăng 1,28%)" is not the report's; the first
 * months from January compared ("so với 6 tháng đầu năm 2023", "(cơ cấu
 * tương ứng của 6 tháng đầu năm 2023 là ...)") are its, a year later.  A
 * single month or quarter may be compared with the one before it, months
 * from January only with a year's. */
static void note_compared(const reader *r, size_t i, const per_state *ps, survey *sv)
{
    candidate c;
    if (!to_candidate(ps, &c) || c.y1 == NO_YEAR)
        return;
    if (c.kind == TS_REPORT_ANNUAL && rd_class_before(r, i, TSX_C_BASE_SAME_PERIOD, 1) &&
        c.y1 > sv->same_period_year)
        sv->same_period_year = c.y1;
    if (!sv->compared.kind && c.kind == TS_REPORT_CUMULATIVE)
        sv->compared = c;
}

/* The year of a period read, if any, into the latest named. */
static void note_latest_year(const per_state *ps, survey *sv)
{
    int y = ps->kind == PER_FIXED ? ts_year_of_days(ps->p.last) : NO_YEAR;
    if (y != NO_YEAR && y > sv->latest_year)
        sv->latest_year = y;
}

/* "so với cùng kỳ 2013": a year without "năm" after "cùng kỳ" is the
 * compared one's all the same. */
static void note_same_period_bare(const reader *r, size_t i, survey *sv)
{
    int y;
    size_t e;
    if (!rd_class_before(r, i, TSX_C_BASE_SAME_PERIOD, 1) || !(e = rd_year_at(r, i, 1, &y)) ||
        (e < r->n && tsx_is_word((unsigned char)r->s[e])) ||
        (e + 1 < r->n && (r->s[e] == ',' || r->s[e] == '.') && rd_digit((unsigned char)r->s[e + 1])))
        return;
    if (y > sv->latest_year)
        sv->latest_year = y;
    if (!sv->after_year) {
        sv->after_year = y + 1;
        sv->after_first = !sv->first_year;
    }
    if (y > sv->same_period_year)
        sv->same_period_year = y;
}

/* Whether a figure follows e in its clause (up to ';'). */
static int figure_follows(const reader *r, size_t e)
{
    for (size_t k = e; k < r->n && r->s[k] != ';'; k++)
        if (rd_digit((unsigned char)r->s[k]))
            return 1;
    return 0;
}

/* The period phrases of one sentence, weighted; in the title block
 * (weight TITLE_WEIGHT) the first one names the report. */
static void survey_sentence(const reader *r, int weight, survey *sv)
{
    int depth = 0, aside = 0;
    int titled_here = 0; /* the title's period was read in this sentence */
    for (size_t i = 0; i < r->n; i++) {
        if (r->s[i] == '(' && depth++ == 0)
            aside = weight != TITLE_WEIGHT || rd_after_number(r, i);
        else if (r->s[i] == ')' && depth > 0)
            depth--;
        if (!tsx_is_word((unsigned char)r->s[i]) || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1])))
            continue;
        /* An aside in brackets compares ("(cơ cấu tương ứng của 6 tháng
         * đầu năm 2023 là: ...)", "(cao hơn mức tăng 2,65% trong 6 tháng
         * đầu năm 2021)"): it names no report; in a title, only one right
         * after a figure. */
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        if (depth > 0 && aside) {
            if (rd_period(r, i, &ps, &set, &year_only))
                note_compared(r, i, &ps, sv);
            continue;
        }
        if (after_figure(r, i)) {
            if (rd_period(r, i, &ps, &set, &year_only))
                note_latest_year(&ps, sv);
            continue;
        }
        /* "theo giá so sánh năm 2010": a price basis, never the period;
         * nor is a crop season's year ("vụ xuân năm 2017") or a term of
         * office ("nhiệm kỳ 2016-2021"). */
        size_t pe;
        char basis[16];
        if ((pe = rd_price_phrase(r, i, basis, sizeof basis)) && !strncmp(basis, "const", 5)) {
            i = pe - 1;
            continue;
        }
        if ((pe = rd_at(r, i, TSX_C_SEASON)) ||
            ((pe = rd_at(r, i, TSX_C_PERIOD_TERM)) && !congress_term(r, pe))) {
            i = named_years_end(r, pe) - 1;
            continue;
        }
        /* "từ đầu năm đến nay": from January to the report's end, which
         * it does not name. */
        if ((pe = rd_at(r, i, TSX_C_PERIOD_YTD))) {
            sv->year_to_date = 1;
            i = pe - 1;
            continue;
        }
        size_t e = rd_period(r, i, &ps, &set, &year_only);
        if (!e) {
            note_same_period_bare(r, i, sv);
            continue;
        }
        /* "hội nghị gặp mặt báo chí đầu năm 2024": the start of a year
         * dates an event, no period reported on ("từ đầu năm 2023" is the
         * year so far). */
        size_t before = rd_prev_word(r, i), from;
        if (year_only && before != (size_t)-1 && strncmp(r->s + before, "dau ", 4) == 0 &&
            !((from = rd_prev_word(r, before)) != (size_t)-1 && strncmp(r->s + from, "tu ", 3) == 0)) {
            i = e - 1;
            continue;
        }
        /* "Trong những tháng đầu năm 2023": the year, of no stretch. */
        if (ps.kind == PER_NONE && ps.p.first && !sv->first_year)
            sv->first_year = ts_year_of_days(ps.p.first);
        /* "từ đầu năm 2023 đến nay": the year so far names the text's
         * year as a period of its own would. */
        size_t start_w = rd_prev_word(r, i);
        if (ps.kind == PER_FIXED && ts_period_kind_of(ps.p) == TS_PERIOD_YEAR &&
            start_w != (size_t)-1 && rd_word_of(r, start_w, TSX_C_PERIOD_START) &&
            rd_class_before(r, start_w, TSX_C_PERIOD_SINCE, 1) &&
            rd_at(r, rd_skip_spaces(r, e), TSX_C_PERIOD_NOW)) {
            ps.p = ts_period_year(ts_year_of_days(ps.p.first));
            set = 1;
        }
        /* "Được thành lập từ năm 1994", "duy trì mức tăng cao từ quý 2 đến
         * nay": a time things run since. */
        else if (ps.kind == PER_FIXED && rd_class_before(r, i, TSX_C_PERIOD_SINCE, 1)) {
            i = e - 1;
            continue;
        }
        note_latest_year(&ps, sv);
        /* A year that names no report's period: the base of a comparison,
         * a plan's year. */
        int other_year = ps.kind == PER_FIXED && !set && ts_period_kind_of(ps.p) == TS_PERIOD_YEAR
                             ? ts_year_of_days(ps.p.last)
                             : NO_YEAR;
        /* "thực hiện kế hoạch năm 2023": the plan of the report's year. */
        if (other_year != NO_YEAR && !sv->plan_year && rd_class_before(r, i, TSX_C_BASE_PLAN, 1)) {
            sv->plan_year = other_year;
            i = e - 1;
            continue;
        }
        /* Only a year compared with: "Dân số năm 2017 là ..." is 2017's. */
        if (other_year != NO_YEAR && !sv->after_year &&
            (compared_with(r, i) || rd_class_before(r, i, TSX_C_BASE_SAME_PERIOD, 1))) {
            sv->after_year = other_year + 1; /* "so với cùng kỳ năm 2023" */
            /* Only after "cùng kỳ": "kế hoạch năm 2023" names a plan. */
            sv->after_first = !sv->first_year && rd_class_before(r, i, TSX_C_BASE_SAME_PERIOD, 1);
        }
        if (!set)
            note_compared(r, i, &ps, sv);
        /* "tăng 4,56% so với năm 2022": a year's figure, of 2023. */
        if (other_year != NO_YEAR && !sv->year_after && compared_with(r, i) &&
            !rd_class_before(r, i, TSX_C_BASE_SAME_PERIOD, 1))
            sv->year_after = other_year + 1;
        candidate c;
        if (set && ps.kind == PER_FIXED && ps.target && !to_candidate(&ps, &c) &&
            !sv->first_year && ts_year_of_days(ps.p.last) != NO_YEAR)
            sv->first_year = ts_year_of_days(ps.p.last); /* "giải pháp 2 tháng cuối năm 2023" */
        if (set && to_candidate(&ps, &c)) {
            int aimed = ps.target || after_target(r, i) || before_target(r, e) || set_out_for(r, i) ||
                        plan_of_year(r, i) || in_clause_set_out(r, i);
            /* A year aimed at ("Năm 2026, tỉnh đặt mục tiêu ...") is one
             * not yet reported on; the months left of one ("quý IV năm
             * 2025") are of the report's. */
            int year = c.kind == TS_REPORT_MULTIYEAR ? c.y2 : c.y1;
            if (aimed && (c.kind == TS_REPORT_ANNUAL || c.kind == TS_REPORT_MULTIYEAR)) {
                if (year != NO_YEAR && !sv->aimed_year)
                    sv->aimed_year = year;
            } else if (year != NO_YEAR && !sv->first_year) {
                sv->first_year = year;
            }
            /* Targets ("đến năm 2025") and figures set beside the
             * report's own ("lũy kế 10 tháng") do not name it. */
            c.weight = after_cumulative_cue(r, i) || aimed ? 0 : weight;
            c.dated = ps.kind == PER_UPTO ? c.weight : 0;
            size_t listed;
            size_t whole = and_longer_span(r, e, &listed);
            per_state wy = PER_STATE_NONE;
            size_t we;
            candidate wc;
            if (whole && (we = rd_period(r, whole, &wy, &set, &year_only)) && set &&
                to_candidate(&wy, &wc) && (ends_with(&wc, &c) || ends_listed(r, listed, &wc))) {
                c = wc;
                c.weight = weight;
                e = we;
                if (c.y1 != NO_YEAR && !sv->first_year)
                    sv->first_year = c.y1;
            }
            /* "UBND huyện họp phiên thường kỳ tháng 6 năm 2024": the
             * meeting's month, which the report reviews with the months to
             * date; one vote, as the body's, not the title's. */
            int meeting = rd_after_regular_meeting(r, i) && c.weight;
            if (weight == TITLE_WEIGHT && c.weight && !sv->has_title && !meeting) {
                sv->title = c;
                sv->has_title = 1;
                titled_here = 1;
            } else if (titled_here && c.weight && c.kind == TS_REPORT_ANNUAL &&
                       sv->title.kind == TS_REPORT_ANNUAL && c.y1 != NO_YEAR &&
                       sv->title.y1 != NO_YEAR && c.y1 > sv->title.y1 && figure_follows(r, e)) {
                /* A title line that gives years' figures in turn ("nếu năm
                 * 2021 tỷ lệ ... là 7,82% thì năm 2022 ... 5,93%, ước năm
                 * 2023 là 4,43%") runs up to the latest, as a review does;
                 * not one that names a year of no figure ("tổng kết năm
                 * 2019 ... và giao dự toán ... năm 2020"). */
                sv->title = c;
            } else {
                /* A title's later phrases name no report, but may date it
                 * ("... quý I; nhiệm vụ, giải pháp quý II năm 2025"). */
                if (weight == TITLE_WEIGHT && c.weight && !titled_here && !sv->has_title_next) {
                    sv->title_next = c;
                    sv->has_title_next = 1;
                }
                if (weight == TITLE_WEIGHT)
                    c.weight = 0;
                if (meeting)
                    c.weight = 1;
                add_candidate(sv, c);
            }
        }
        i = e - 1;
    }
}

/* An @area.authority phrase ending among the two words before i. */
static int after_authority(const reader *r, size_t i)
{
    return rd_class_before(r, i, TSX_C_AREA_AUTHORITY, 2);
}

static void vote_area_at(survey *sv, const char *slug, int weight, size_t order)
{
    for (size_t k = 0; k < sv->n_areas; k++)
        if (strcmp(sv->areas[k].slug, slug) == 0) {
            sv->areas[k].weight += weight;
            if (order < sv->areas[k].order)
                sv->areas[k].order = order;
            return;
        }
    if (sv->n_areas < MAX_AREAS)
        sv->areas[sv->n_areas++] = (area_vote){slug, weight, order};
}

static void vote_area(survey *sv, const char *slug, int weight)
{
    vote_area_at(sv, slug, weight, sv->seen++);
}

/* The votes of a name that several areas answer to, held back (a full
 * list of groups gives them to its first area). */
static void vote_group(survey *sv, const ts_area *const *cand, size_t n, int weight)
{
    /* One area in the gazetteer's rows of its years ("tỉnh Cà Mau" before
     * and after the 2025 merger) is one area: its votes count at once, so
     * that a district of its name beside it ("huyện Phú Tân, tỉnh Cà Mau")
     * is told apart by them. */
    size_t same = 1;
    while (same < n && strcmp(cand[same]->slug, cand[0]->slug) == 0)
        same++;
    if (same == n || sv->n_groups == MAX_GROUPS) {
        vote_area(sv, cand[0]->slug, weight);
        return;
    }
    area_group *g = &sv->groups[sv->n_groups++];
    memcpy(g->cand, cand, n * sizeof *cand);
    g->n = n;
    g->weight = weight;
    g->order = sv->seen++;
}

/* The votes of an area, one more when named at all (a place in brackets
 * that only says where another lies is named with no vote). */
static int votes_for(const survey *sv, const char *slug)
{
    for (size_t k = 0; k < sv->n_areas; k++)
        if (strcmp(sv->areas[k].slug, slug) == 0)
            return sv->areas[k].weight + 1;
    return 0;
}

/* Which of a group's areas the report means: one that existed on its day
 * (when known), then the one whose province the report names
 * most, then the first in the gazetteer.  *tied another the text tells
 * apart from it by neither (NULL when none): the choice is a guess;
 * *n_tied how many such others there are. */
static const ts_area *group_choice(const survey *sv, const area_group *g, int has_day, int32_t day,
                                   const ts_area **tied, int *n_tied)
{
    const ts_area *best = NULL;
    int best_valid = 0, best_parent = 0;
    *tied = NULL;
    *n_tied = 0;
    for (size_t i = 0; i < g->n; i++) {
        const ts_area *a = g->cand[i];
        int valid = has_day && ts_area_valid_on(a, day);
        int parent = a->parent[0] ? votes_for(sv, a->parent) : 0;
        if (!best || valid > best_valid || (valid == best_valid && parent > best_parent)) {
            *tied = NULL;
            *n_tied = 0;
            best = a;
            best_valid = valid;
            best_parent = parent;
        } else if (valid == best_valid && parent == best_parent &&
                   strcmp(a->slug, best->slug) != 0) {
            if (!*tied)
                *tied = a;
            ++*n_tied;
        }
    }
    return best;
}

/* Whether the place at i is what something is compared with: after "so
 * (với)", "hơn" ("cao hơn tỉnh X") or "sau" ("xếp sau X"), a word or two
 * before it; or one of a group's examples, right after "như" ("một số
 * tỉnh lân cận như X"; not "cũng như", which joins). */
static int compared_with(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    if (rd_word_of(r, w, TSX_C_EXAMPLE) && !rd_word_of(r, w, TSX_C_AND))
        return 1;
    for (int k = 0; k < 2 && w != (size_t)-1; k++) {
        size_t c;
        const tsx_tag *g = tsx_tags_at(r->tags, w, &c);
        for (size_t m = 0; m < c; m++)
            if (g[m].cls == TSX_C_BASE_FILLER && (g[m].e->flags & TSX_COMPARISON))
                return 1;
        if (rd_ending(r, w, TSX_C_COMPARED) == w)
            return 1;
        w = rd_prev_word(r, w);
    }
    return 0;
}

/* Whether the place at i (its administrative word included) is listed
 * right after the place ending at `prev` (0: none), with only a comma or
 * a @and word between: "như Hải Phòng, Quảng Ninh và tỉnh Thái Bình"
 * gives Quảng Ninh and Thái Bình the first one's part. */
static int listed_after(const reader *r, size_t prev, size_t i)
{
    if (!prev)
        return 0;
    size_t k = rd_skip_spaces(r, prev);
    if (k < r->n && r->s[k] == ',')
        k = rd_skip_spaces(r, k + 1);
    size_t and = k < i ? rd_at(r, k, TSX_C_AND) : 0;
    if (and)
        k = rd_skip_spaces(r, and);
    return k == i;
}

/* A word of class c at i that speaks of the text's own area ("trên địa
 * bàn huyện" alone; "trên địa bàn huyện Tiền Hải" names that one). */
static int self_word(const reader *r, size_t i, tsx_class c)
{
    size_t e = rd_at(r, i, c);
    return e && !rd_at(r, rd_skip_spaces(r, e), TSX_C_PLACE);
}

/* "Vĩnh Phúc 60 năm thực hiện ...": a count of years after a place is an
 * anniversary, no figure of another area. */
static int years_count(const reader *r, size_t i)
{
    while (i < r->n && (rd_digit((unsigned char)r->s[i]) || r->s[i] == '.'))
        i++;
    i = rd_skip_spaces(r, i);
    return i + 3 <= r->n && memcmp(r->s + i, "nam", 3) == 0 &&
           (i + 3 == r->n || !tsx_is_word((unsigned char)r->s[i + 3]));
}

/* Whether the place phrase `phrase` ending at folded end is written with
 * its marks ("Phú Ninh", not "Phù Ninh"), the administrative word before
 * the name, which the gazetteer keys without marks ("huyen"), left out
 * when the whole does not match.  Out of memory, none is: the name's
 * areas then stay together. */
static int name_marks_written(const reader *r, size_t end, const char *phrase)
{
    char *lower = tsx_lower_phrase(phrase, strlen(phrase));
    if (!lower)
        return 0;
    size_t o_end = r->f->map[end];
    const char *space = strchr(lower, ' ');
    int ok = tsx_marks_end(r->orig, 0, o_end, lower) != (size_t)-1 ||
             (space && tsx_marks_end(r->orig, 0, o_end, space + 1) != (size_t)-1);
    free(lower);
    return ok;
}

/* The gazetteer's areas a sentence names (the longest name at each
 * place), each a vote. */
static void survey_areas(const reader *r, int title, survey *sv)
{
    size_t range_to = (size_t)-1; /* where the far end of "từ X đến Y" starts */
    size_t unvoted_end = 0;       /* where the last place given no vote ends */
    for (size_t i = 0; i < r->n; i++) {
        if (i == 0 || !tsx_is_word((unsigned char)r->s[i - 1])) {
            sv->self_province += self_word(r, i, TSX_C_SELF_PROVINCE);
            sv->self_district += self_word(r, i, TSX_C_SELF_DISTRICT);
            sv->self_city += self_word(r, i, TSX_C_SELF_CITY);
        }
        size_t k;
        const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
        size_t end = 0, n = 0;
        const ts_area *cand[MAX_SAME_NAME];
        const char *phrase[MAX_SAME_NAME];
        for (size_t m = 0; m < k; m++) {
            const ts_area *a = g[m].e->area;
            if (g[m].cls != TSX_C_PLACE || !a || (n && g[m].end != end) || n == MAX_SAME_NAME)
                continue;
            size_t j = 0;
            while (j < n && cand[j] != a)
                j++;
            if (j == n) {
                phrase[n] = g[m].e->phrase;
                cand[n++] = a;
                end = g[m].end;
            }
        }
        if (!n)
            continue;
        /* Names apart only by their marks ("Phú Ninh" of Quảng Nam, "Phù
         * Ninh" of Phú Thọ): the ones written so, when any is. */
        if (n > 1) {
            int marked[MAX_SAME_NAME], any_marked = 0;
            for (size_t j = 0; j < n; j++)
                any_marked |= marked[j] = name_marks_written(r, end, phrase[j]);
            size_t kept = 0;
            for (size_t j = 0; any_marked && j < n; j++)
                if (marked[j])
                    cand[kept++] = cand[j];
            if (any_marked)
                n = kept;
        }
        /* "các tỉnh từ Thanh Hóa đến Bình Thuận": a stretch of the
         * country, neither end the report's; "Quỳnh Lưu (Nghệ An)": a
         * place alone in brackets says where the one before it lies. */
        size_t after = rd_skip_spaces(r, end);
        size_t open = i;
        while (open > 0 && r->s[open - 1] == ' ')
            open--;
        if (open > 0 && r->s[open - 1] == '(' && after < r->n && r->s[after] == ')') {
            /* Named, to tell a name's areas apart: each area the name
             * may be ("(Cà Mau)": the province or its city). */
            for (size_t j = 0; j < n; j++)
                vote_area(sv, cand[j]->slug, 0);
            i = end - 1;
            continue;
        }
        size_t upto = rd_at(r, after, TSX_C_PERIOD_UPTO);
        if (i == range_to || (upto && rd_word_of(r, rd_prev_word(r, i), TSX_C_PERIOD_SINCE))) {
            range_to = i == range_to ? (size_t)-1 : rd_skip_spaces(r, upto);
            i = end - 1;
            continue;
        }
        /* "(Đắk Nông 5,74%; Lâm Đồng 5,63%)": other areas' figures, set
         * beside the report's own; "cao hơn tỉnh Thái Bình", "so với Hà
         * Nam": an area the report compares itself with. */
        size_t next = rd_skip_spaces(r, end);
        per_state ps = PER_STATE_NONE;
        /* "tỉnh Hưng Yên 6 tháng đầu năm": a period, no figure; nor is a
         * title's dateline ("Thái Bình, 09/04/2021"). */
        int set, year_only, y, m, d;
        int figure = next < r->n && rd_digit((unsigned char)r->s[next]) &&
                     !rd_period(r, next, &ps, &set, &year_only) && !rd_date(r, next, &y, &m, &d) &&
                     !years_count(r, next);
        if (!figure && !compared_with(r, i) && !rd_class_before(r, i, TSX_C_AREA_COMMUNE, 1) &&
            !rd_class_before(r, i, TSX_C_AREA_PRESS, 1) && !listed_after(r, unvoted_end, i)) {
            int weight = (title ? AREA_TITLE : 1) + (after_authority(r, i) ? AREA_AUTHORITY : 0);
            if (n == 1)
                vote_area(sv, cand[0]->slug, weight);
            else
                vote_group(sv, cand, n, weight);
        } else {
            unvoted_end = end;
        }
        i = end - 1;
    }
}

/* Whether one area leads so far that reading on cannot change the
 * choice in any report we have seen: the survey stops there. */
static int area_settled(const survey *sv)
{
    int best = 0, second = 0;
    for (size_t k = 0; k < sv->n_areas; k++) {
        int w = sv->areas[k].weight;
        if (w > best) {
            second = best;
            best = w;
        } else if (w > second) {
            second = w;
        }
    }
    return best >= AREA_SETTLED && best >= 3 * second;
}

/* Whether v outranks best (NULL: anything does): more votes, or as many
 * and named first. */
static int outranks(const area_vote *v, const area_vote *best)
{
    return !best || v->weight > best->weight ||
           (v->weight == best->weight && v->order < best->order);
}

/* The district of the province `parent` with the most votes (the first
 * named on a tie), NULL when none has a vote of its own. */
static const area_vote *own_district(const survey *sv, const ts_gazetteer *gz, const char *parent)
{
    const area_vote *best = NULL;
    for (size_t k = 0; k < sv->n_areas; k++) {
        const area_vote *v = &sv->areas[k];
        const ts_area *a = v->weight >= 1 ? ts_gazetteer_find(gz, v->slug, TS_DAY_ANY) : NULL;
        if (a && strcmp(a->parent, parent) == 0 && outranks(v, best))
            best = v;
    }
    return best;
}

/* The area with the most votes, the first named on a tie; NULL when none.
 * The votes of names several areas answer to go first to the one meant
 * (group_choice; day: the report's, when has_day).  *guess_other: an area
 * the chosen one's name also names, when only such names voted for it and
 * the text tells the two apart by nothing (NULL otherwise); *n_other how
 * many areas that are. */
static const char *choose_area(survey *sv, const ts_gazetteer *gz, int has_day, int32_t day,
                               int *weight, const ts_area **guess_other, int *n_other)
{
    const ts_area *chosen[MAX_GROUPS], *tied[MAX_GROUPS];
    int n_tied[MAX_GROUPS];
    int sure = 0;
    for (size_t k = 0; k < sv->n_groups; k++) {
        const area_group *g = &sv->groups[k];
        chosen[k] = group_choice(sv, g, has_day, day, &tied[k], &n_tied[k]);
        vote_area_at(sv, chosen[k]->slug, g->weight, g->order);
    }
    const area_vote *best = NULL;
    for (size_t k = 0; k < sv->n_areas; k++)
        if (outranks(&sv->areas[k], best))
            best = &sv->areas[k];
    if (!best)
        return NULL;
    *weight = best->weight;
    *guess_other = NULL;
    int from_groups = 0;
    for (size_t k = 0; k < sv->n_groups; k++)
        if (strcmp(chosen[k]->slug, best->slug) == 0) {
            if (tied[k] && !*guess_other) {
                *guess_other = tied[k];
                *n_other = n_tied[k];
            }
            sure |= !tied[k];
            from_groups += sv->groups[k].weight;
        }
    if (sure || best->weight > from_groups)
        *guess_other = NULL;
    /* A unit raised by the report's day ("TX.Hà Tiên" in a review written
     * after it became a city): the unit it became, of the same name. */
    const ts_area *raised = gz && has_day ? ts_gazetteer_find(gz, best->slug, TS_DAY_ANY) : NULL;
    if (raised && !ts_area_valid_on(raised, day) && raised->successor[0]) {
        const ts_area *to = ts_gazetteer_find(gz, raised->successor, TS_DAY_ANY);
        if (to && ts_area_valid_on(to, day) && strcmp(to->name, raised->name) == 0)
            return to->slug;
    }
    /* A district named in passing ("... cho huyện Xuân Lộc và thị xã Long
     * Khánh"), in a text that speaks of its province ("trên địa bàn
     * tỉnh") and not of a district's own: the province it lies in. */
    const ts_area *a = gz ? ts_gazetteer_find(gz, best->slug, TS_DAY_ANY) : NULL;
    if (a && a->parent[0] && ts_area_level_of(a->kind) == TS_LEVEL_DISTRICT &&
        best->weight <= AREA_TITLE && sv->self_province > 0 &&
        sv->self_province > 2 * (sv->self_district + sv->self_city))
        return a->parent;
    /* The other way: a province named by a masthead or a superior
     * ("Báo điện tử Cà Mau", "UBND tỉnh giao"), in a text that speaks of
     * a district's own ("của huyện", "toàn huyện") and names one of
     * that province's: the district.  A centrally-run city calls itself
     * "thành phố", so only its districts' words count there. */
    if (a && ts_area_level_of(a->kind) == TS_LEVEL_PROVINCE) {
        int below = sv->self_district + (a->kind == TS_AREA_PROVINCE ? sv->self_city : 0);
        if (below >= 2 && below > sv->self_province) {
            const area_vote *child = own_district(sv, gz, best->slug);
            if (child)
                return child->slug;
        }
    }
    return best->slug;
}

/* The letters of s up to its first digit, lower case, without marks or
 * separators ("Nghe_An-2024.txt" -> "nghean"). */
static void name_letters(const char *s, char *out, size_t n)
{
    char folded[256];
    ts_text_slug(s, strlen(s), folded, sizeof folded);
    size_t o = 0;
    for (const char *p = folded; *p && o + 1 < n; p++) {
        if (*p >= '0' && *p <= '9')
            break;
        if (*p != '-')
            out[o++] = *p;
    }
    out[o] = '\0';
}

/* A report whose text names no area may be named after it
 * ("nghean-2024-9m.txt", "kon_tum_2023.pdf"): the area whose slug or name
 * spells the letters that lead the file name, the one of them in being on
 * day when has_day ("pho-yen-2018-6m.txt": the town, a city from 2022);
 * NULL when none. */
static const char *area_of_name(const ts_doc *doc, const struct ts_lexicon *lx, int has_day,
                                int32_t day)
{
    const ts_gazetteer *gz = tsx_lexicon_gazetteer(lx);
    char want[128], have[128];
    name_letters(ts_doc_name(doc), want, sizeof want);
    if (!gz || strlen(want) < 3)
        return NULL;
    const char *first = NULL;
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        name_letters(a->slug, have, sizeof have);
        int same = strcmp(have, want) == 0;
        if (!same) {
            name_letters(a->name, have, sizeof have);
            same = strcmp(have, want) == 0;
        }
        if (!same)
            continue;
        if (!has_day || ts_area_valid_on(a, day))
            return a->slug;
        if (!first)
            first = a->slug;
    }
    return first;
}

/* The area chosen from the text (its votes' weight), or the file name's
 * when the text gives none, only the province the named unit lies in (a
 * city's review that names its province but never itself, "trung tâm
 * tỉnh lỵ ... của tỉnh Khánh Hòa" in "nha-trang-2009-2015.txt"), or one
 * place named once in passing in its running text ("làn sóng dịch ... ở
 * Đà Nẵng" in "ha-nam-2020.txt").  The other way, a file named after the
 * province of the unit the text names, in a text that speaks of its
 * province ("trên địa bàn tỉnh") more than of a unit's own: the
 * province (a press conference of "UBND tỉnh" where a city's People's
 * Committee answers the press, in "dak-lak-2024-9m.txt"). */
static const char *area_or_name(const char *area, int weight, const char *named,
                                const ts_gazetteer *gz, const survey *sv)
{
    if (!named)
        return area;
    if (!area || weight <= 1)
        return named;
    const ts_area *a = gz ? ts_gazetteer_find(gz, named, TS_DAY_ANY) : NULL;
    if (a && a->parent && strcmp(a->parent, area) == 0)
        return named;
    const ts_area *t = gz ? ts_gazetteer_find(gz, area, TS_DAY_ANY) : NULL;
    if (t && t->parent && strcmp(t->parent, named) == 0 &&
        sv->self_province > sv->self_district + sv->self_city)
        return named;
    return area;
}

/* The year a report's file is named after ("binhdinh-2024-q1.txt",
 * "BC_KTXH_2023.pdf"): the first group of exactly four digits from 1945
 * to 2099 in its base name; 0 when none. */
static int year_of_name(const ts_doc *doc)
{
    const char *name = ts_doc_name(doc), *slash = strrchr(name, '/');
    const char *p = slash ? slash + 1 : name;
    while (*p) {
        if (!(*p >= '0' && *p <= '9')) {
            p++;
            continue;
        }
        const char *q = p;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q - p == 4) {
            int y = atoi(p);
            if (y >= 1945 && y <= 2099)
                return y;
        }
        p = q;
    }
    return 0;
}

/* The tokens of a report's file name: its base name without the
 * extensions, folded and cut at every run of other characters than
 * letters and digits ("BC_9-thang_2023.docx" -> bc, 9, thang, 2023).
 * Returns how many (at most max). */
static size_t name_tokens(const ts_doc *doc, char toks[][16], size_t max)
{
    const char *name = ts_doc_name(doc), *slash = strrchr(name, '/');
    char base[256], key[256];
    snprintf(base, sizeof base, "%s", slash ? slash + 1 : name);
    for (int k = 0; k < 2; k++) { /* "r.txt.gz" */
        char *dot = strrchr(base, '.');
        if (dot && dot != base && strlen(dot) <= 5)
            *dot = '\0';
    }
    ts_text_slug(base, strlen(base), key, sizeof key);
    size_t n = 0;
    char *save = NULL;
    for (char *t = strtok_r(key, "-", &save); t && n < max; t = strtok_r(NULL, "-", &save))
        snprintf(toks[n++], sizeof toks[0], "%s", t);
    return n;
}

/* The number a token is, digits only (a year too), or -1. */
static int token_number(const char *t)
{
    if (!*t || strlen(t) > 4 || strspn(t, "0123456789") != strlen(t))
        return -1;
    return atoi(t);
}

/* "9m", "9t", "9thang", "h1", "q2", "quy2": a count after a number or a
 * letter ("m", "t", "thang" months from January; "q", "quy" a quarter; "h1"
 * the first half), with *months or *quarter set; 0 when it is none. */
static int token_stretch(const char *t, int *months, int *quarter)
{
    if (strcmp(t, "h1") == 0)
        return *months = 6;
    const char *d = t;
    if (strncmp(t, "quy", 3) == 0)
        d = t + 3;
    else if (*t == 'q')
        d = t + 1;
    if (d != t) {
        int q = token_number(d);
        return q >= 1 && q <= 4 ? (*quarter = q) : 0;
    }
    char *rest;
    long n = strtol(t, &rest, 10);
    if (rest == t || n < 2 || n > 12)
        return 0;
    if (strcmp(rest, "m") == 0 || strcmp(rest, "t") == 0 || strcmp(rest, "thang") == 0)
        return *months = (int)n;
    return 0;
}

/* The report period a file is named after when its text names none
 * ("ninh-thuan-2023.txt", "binhdinh-2024-q1.txt", "BC_9-thang_2023.pdf",
 * "quy-2-2024.docx", "kontum-2016-2020.txt", "gialai-2024-10.txt"): the
 * first year in its name (1945-2099) with a later year after it (a span
 * of up to ten years), or a quarter, months from January or a month
 * next to it; the year alone is the year.  0 when the name has no year. */
static int period_of_name(const ts_doc *doc, candidate *c)
{
    char t[16][16];
    size_t n = name_tokens(doc, t, 16), k = 0;
    int y = -1;
    while (k < n && !((y = token_number(t[k])) >= 1945 && y <= 2099))
        k++;
    if (k == n)
        return 0;
    memset(c, 0, sizeof *c);
    c->kind = TS_REPORT_ANNUAL;
    c->y1 = c->y2 = y;
    int y2 = k + 1 < n ? token_number(t[k + 1]) : -1;
    if (y2 > y && y2 <= y + 10) {
        c->kind = TS_REPORT_MULTIYEAR;
        c->y2 = y2;
        return 1;
    }
    int months = 0, quarter = 0, month = 0;
    /* after the year: "2024-q1", "2023-9m", "2024-10", "2023-9-thang" */
    const char *a = k + 1 < n ? t[k + 1] : "", *a2 = k + 2 < n ? t[k + 2] : "";
    /* before it: "9-thang-2023", "quy-2-2024", "thang-10-2024", "9t-2023" */
    const char *b = k >= 1 ? t[k - 1] : "", *b2 = k >= 2 ? t[k - 2] : "";
    int na = token_number(a), nb = token_number(b);
    if (!token_stretch(a, &months, &quarter) && !token_stretch(b, &months, &quarter)) {
        if (na >= 2 && na <= 12 && strcmp(a2, "thang") == 0)
            months = na;
        else if (na >= 1 && na <= 12 && !*a2)
            month = na;
        else if (nb >= 1 && nb <= 4 && strcmp(b2, "quy") == 0)
            quarter = nb;
        else if (nb >= 1 && nb <= 12 && strcmp(b2, "thang") == 0)
            month = nb;
        else if (token_number(b2) >= 2 && token_number(b2) <= 12 && strcmp(b, "thang") == 0)
            months = token_number(b2);
    }
    if (quarter) {
        c->kind = TS_REPORT_QUARTERLY;
        c->n = quarter;
    } else if (month) {
        c->kind = TS_REPORT_MONTHLY;
        c->n = month;
    } else if (months && months < 12) {
        c->kind = TS_REPORT_CUMULATIVE;
        c->n = months;
    }
    return 1;
}

/* A dateline in folded text: "D/M/YYYY", "D-M-YYYY", "D.M.YYYY" or
 * "ngay D thang M nam YYYY".  Returns 1 and the date when found. */
static int find_date(const char *s, size_t *at, int *y, int *m, int *d)
{
    for (const char *p = s; *p; p++) {
        if (!(*p >= '0' && *p <= '9') || (p > s && (p[-1] >= '0' && p[-1] <= '9')))
            continue;
        char *q;
        long dd = strtol(p, &q, 10), mm, yy;
        if (q - p > 2)
            continue;
        if ((*q == '/' || *q == '-' || *q == '.') && q[1] >= '0' && q[1] <= '9') {
            char sep = *q;
            mm = strtol(q + 1, &q, 10);
            if (*q != sep || !(q[1] >= '0' && q[1] <= '9'))
                continue;
            yy = strtol(q + 1, &q, 10);
        } else if (strncmp(q, " thang ", 7) == 0) {
            mm = strtol(q + 7, &q, 10);
            if (strncmp(q, " nam ", 5) != 0)
                continue;
            yy = strtol(q + 5, &q, 10);
        } else {
            continue;
        }
        if (*q >= '0' && *q <= '9')
            continue;
        if (yy >= 1990 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1 &&
            dd <= ts_days_in_month((int)yy, (int)mm)) {
            *y = (int)yy;
            *m = (int)mm;
            *d = (int)dd;
            *at = (size_t)(p - s);
            return 1;
        }
    }
    return 0;
}

/* A dateline leads with words or a time ("Thứ hai 10/11/2025", "10:55 -
 * 28/06/2023"), not with a document number ("29-NQ/TW ngày 04 tháng 11
 * năm 2013"): before the date s[0..at), digits only in a time. */
static int dateline_lead_ok(const char *s, size_t at)
{
    for (size_t i = 0; i < at; i++) {
        if (!(s[i] >= '0' && s[i] <= '9'))
            continue;
        size_t j = i;
        while (j < at && ((s[j] >= '0' && s[j] <= '9') || s[j] == ':'))
            j++;
        if (!memchr(s + i, ':', j - i))
            return 0;
        i = j;
    }
    return 1;
}

/* Whether the date at s[at] (folded) ends or opens a stretch ("huy động
 * vốn đến ngày 31/5/2024 đạt ...", "từ 1/1"): the figures' date, not the
 * report's. */
static int date_of_a_span(const char *s, size_t at)
{
    static const char *const before[] = {"den ngay ", "den ", "tu ngay ", "tu "};
    for (size_t k = 0; k < sizeof before / sizeof before[0]; k++) {
        size_t n = strlen(before[k]);
        if (at >= n && memcmp(s + at - n, before[k], n) == 0 &&
            (at == n || s[at - n - 1] == ' '))
            return 1;
    }
    return 0;
}

static void infer_date(const ts_doc *doc, tsx_fold *f, ts_doc_meta *m)
{
    size_t nl = ts_doc_line_count(doc), seen = 0;
    for (size_t i = 0; i < nl && seen < DATE_LINES; i++) {
        const ts_span *l = ts_doc_line(doc, i);
        if (!l->len || l->in_footnote)
            continue;
        if (l->len > DATELINE_BYTES)
            continue; /* a dateline is a short line of its own */
        seen++;
        if (tsx_fold_text(f, l->text, l->len) != 0)
            return;
        size_t at;
        int y, mo, d;
        if (find_date(f->s, &at, &y, &mo, &d) && dateline_lead_ok(f->s, at) &&
            !date_of_a_span(f->s, at)) {
            m->has_date = 1;
            m->year = y;
            m->month = mo;
            m->day = d;
            return;
        }
    }
}

static ts_period candidate_period(const candidate *c, int year)
{
    switch (c->kind) {
    case TS_REPORT_MONTHLY: return ts_period_month(year, c->n);
    case TS_REPORT_QUARTERLY: return ts_period_quarter(year, c->n);
    case TS_REPORT_CUMULATIVE: return ts_period_months(year, 1, c->n);
    case TS_REPORT_MULTIYEAR: return ts_period_years(c->y1, c->y2);
    default: return ts_period_year(year);
    }
}

/* The body's best candidate: the greatest weight, the first seen on a tie. */
static const candidate *best_candidate(const survey *sv)
{
    const candidate *best = NULL;
    for (size_t k = 0; k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->weight > 0 && (!best || c->weight > best->weight ||
                              (c->weight == best->weight && c->order < best->order)))
            best = c;
    }
    /* Years named as often ("Năm 2022, tốc độ tăng trưởng đạt 19,3%; năm
     * 2023 đạt 13,45%"): a review runs up to its latest. */
    for (size_t k = 0; best && best->kind == TS_REPORT_ANNUAL && k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->weight == best->weight && c->kind == TS_REPORT_ANNUAL && c->y1 != NO_YEAR &&
            best->y1 != NO_YEAR && c->y1 > best->y1)
            best = c;
    }
    /* Month ends stocks were counted at ("dư nợ đến ngày 31/5/2023", four
     * times) name the report less than months from January named twice
     * or more ("6 tháng đầu năm 2023"). */
    if (best && best->weight == best->dated) {
        const candidate *named = NULL;
        for (size_t k = 0; k < sv->nc; k++) {
            const candidate *c = &sv->c[k];
            int own = c->weight - c->dated;
            if (c->kind == TS_REPORT_CUMULATIVE && own >= 2 &&
                (c->y1 == best->y1 || c->y1 == NO_YEAR) &&
                (!named || own > named->weight - named->dated))
                named = c;
        }
        if (named)
            return named;
    }
    /* A year and months of it named as often ("năm 2023 là năm khó
     * khăn ... tình hình 6 tháng đầu năm"): the report is of the months,
     * which a year's report would not name alone as often. */
    for (size_t k = 0; best && best->kind == TS_REPORT_ANNUAL && k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->weight == best->weight && c->kind == TS_REPORT_CUMULATIVE &&
            (c->y1 == best->y1 || c->y1 == NO_YEAR))
            return c;
    }
    /* A quarter or month and the months from January to its end, named
     * about as often ("GRDP quý 3 tăng 8,11% ... GRDP 9 tháng tăng
     * 7,07%"): the report gives both, as a title "quý III và 9 tháng"
     * does, and is of the longer. */
    for (size_t k = 0; best && best->kind != TS_REPORT_CUMULATIVE && k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (2 * c->weight >= best->weight && c->kind == TS_REPORT_CUMULATIVE &&
            ends_with(c, best) && (c->y1 == best->y1 || c->y1 == NO_YEAR || best->y1 == NO_YEAR))
            return c;
    }
    return best;
}

/* The year of the first candidate with one that names the stretch best
 * names, or ends where it ends ("quý I vừa qua ... Tính chung 3 tháng đầu
 * năm 2025"), else 0. */
static int same_stretch_year(const survey *sv, const candidate *best)
{
    const candidate *pick = NULL;
    for (size_t k = 0; k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->y1 == NO_YEAR || c->kind == TS_REPORT_MULTIYEAR || c->kind == TS_REPORT_ANNUAL)
            continue;
        int same = (c->kind == best->kind && c->n == best->n) || ends_with(c, best) || ends_with(best, c);
        if (same && (!pick || c->order < pick->order))
            pick = c;
    }
    return pick ? pick->y1 : 0;
}

/* A year the report's date falls early in ("7-7-2022" beside "Năm 2022
 * với nhiều khó khăn ... Trong 6 tháng đầu năm"): no whole year's report
 * yet, but one of the stretch of it already over that the text names,
 * the most named (the longer of equals); best when there is none. */
static const candidate *over_by_date(const survey *sv, const ts_doc_meta *m,
                                     const candidate *best)
{
    if (!best || best->kind != TS_REPORT_ANNUAL || !m->has_date || !m->month || m->month > 9 ||
        best->y1 != m->year)
        return best;
    int32_t date = tsx_meta_day(m);
    const candidate *pick = NULL;
    for (size_t k = 0; k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->weight <= 0 || (c->y1 != NO_YEAR && c->y1 != m->year) ||
            (c->kind != TS_REPORT_CUMULATIVE && c->kind != TS_REPORT_QUARTERLY &&
             c->kind != TS_REPORT_MONTHLY) ||
            candidate_period(c, m->year).last > date)
            continue;
        if (!pick || c->weight > pick->weight ||
            (c->weight == pick->weight && candidate_period(c, m->year).last -
                                                  candidate_period(c, m->year).first >
                                              candidate_period(pick, m->year).last -
                                                  candidate_period(pick, m->year).first))
            pick = c;
    }
    return pick ? pick : best;
}

/* Whether candidate c begins after the report's date, when known. */
static int after_date(const candidate *c, const ts_doc_meta *m)
{
    return m->has_date && c->y1 != NO_YEAR && candidate_period(c, c->y1).first > tsx_meta_day(m);
}

/* The title's period phrase, or NULL: not one that begins after the
 * report's date ("Điều tra 53 dân tộc năm 2024", a site's banner, over
 * "Tình hình kinh tế xã hội tháng 3 và 3 tháng năm 2023" dated
 * 11/04/2023), but then its next line's. */
static const candidate *title_by_date(const survey *sv, const ts_doc_meta *m)
{
    if (!sv->has_title)
        return NULL;
    if (!after_date(&sv->title, m))
        return &sv->title;
    return sv->has_title_next && !after_date(&sv->title_next, m) ? &sv->title_next : NULL;
}

/* m's report period: kind and period; 1. */
static int set_period(ts_doc_meta *m, ts_report_kind kind, ts_period p)
{
    m->kind = kind;
    m->period = p;
    m->has_period = 1;
    return 1;
}

/* Of stretches the text names as often as best, the one the file's name
 * names (named, NULL when it names none; "khanhhoa-2024-6m.txt": "trong 5
 * tháng đầu năm ..." and "6 tháng đầu năm 2024" once each): the name says
 * which the text is of. */
static const candidate *named_among_tied(const survey *sv, const candidate *named,
                                         const candidate *best)
{
    if (!best || !named || (best->kind == named->kind && best->n == named->n))
        return best;
    for (size_t k = 0; k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->weight == best->weight && c->kind == named->kind && c->n == named->n &&
            (c->y2 == NO_YEAR || c->y2 == named->y2))
            return c;
    }
    /* A span of years the name gives and the text names too, beside its
     * last year named more often ("quangtri-2016-2020.txt": "giai đoạn
     * 2016-2020" once, "năm 2020" for the stocks at the term's end three
     * times): a review of the span. */
    for (size_t k = 0; named->kind == TS_REPORT_MULTIYEAR && best->kind == TS_REPORT_ANNUAL &&
                       best->y1 == named->y2 && k < sv->nc;
         k++) {
        const candidate *c = &sv->c[k];
        if (c->weight > 0 && c->kind == TS_REPORT_MULTIYEAR && c->y1 == named->y1 &&
            c->y2 == named->y2)
            return c;
    }
    return best;
}

/* The survey's report period into m: the title's, else the body's best;
 * its year that of the same stretch named with one, else the first the
 * text names, else the report date's, else the file name's.  0 when there
 * is none (or no year for it). */
static int choose_period(const survey *sv, const ts_doc *doc, ts_doc_meta *m)
{
    candidate named;
    int named_ok = period_of_name(doc, &named);
    const candidate *best = title_by_date(sv, m);
    if (!best)
        best = over_by_date(sv, m, named_among_tied(sv, named_ok ? &named : NULL, best_candidate(sv)));
    /* A month's end a stock was counted at ("dư nợ đến ngày 31/5/2024")
     * names the report less than months compared with the same months a
     * year before ("(cơ cấu tương ứng của 6 tháng đầu năm 2023 ...)"). */
    if (best && best->weight == best->dated && sv->compared.kind &&
        sv->compared.y1 + 1 == best->y1)
        best = NULL;
    if (!best && sv->compared.kind && sv->compared.y1 + 1 >= sv->latest_year) {
        /* No period phrase, but months from January compared with the
         * same months a year before: those months of the year after. */
        return set_period(m, TS_REPORT_CUMULATIVE, candidate_period(&sv->compared, sv->compared.y1 + 1));
    }
    if (!best && sv->year_to_date && m->has_date && m->month && m->month < 12 &&
        sv->latest_year <= m->year) {
        /* No period phrase but "từ đầu năm đến nay" in a text dated
         * 24/03/2021: January to the date's month. */
        return set_period(m, TS_REPORT_CUMULATIVE, ts_period_months(m->year, 1, m->month));
    }
    /* The file's name, when the text names no period: used below when
     * the text gives none either way, and first when the year the text
     * implies falls in it ("camau-2016-2020.txt", "tăng 1,3 lần so với năm
     * 2015": the five years, not 2016). */
    int has_name = !best && named_ok;
    if (has_name && named.kind == TS_REPORT_MULTIYEAR && sv->year_after >= named.y1 &&
        sv->year_after <= named.y2 && (!sv->first_year || sv->first_year >= named.y1)) {
        m->period_from_name = 1;
        return set_period(m, named.kind, candidate_period(&named, named.y2));
    }
    if (!best && sv->year_after && sv->year_after > sv->latest_year) {
        /* No period phrase, but figures compared with a whole year before
         * and no later year named: the year after it ("tăng 4,56% so với
         * năm 2022" reports 2023; "gấp 1,5 lần so với năm 2015" beside
         * "năm 2020" does not). */
        return set_period(m, TS_REPORT_ANNUAL, ts_period_year(sv->year_after));
    }
    if (!best && m->has_date && sv->after_year && sv->after_year < m->year &&
        sv->after_year > sv->latest_year) {
        /* No stretch named, dated early in a year ("20/1/2015") and
         * compared with the same period two years before ("tăng 16,2% so
         * với cùng kỳ 2013"): the year just ended, not the date's. */
        return set_period(m, TS_REPORT_ANNUAL, ts_period_year(sv->after_year));
    }
    if (!best && sv->plan_year && sv->plan_year >= sv->latest_year) {
        /* No stretch named but the plan or tasks of a year carried out
         * ("Báo cáo tình hình thực hiện nhiệm vụ năm 2023"), and no later
         * year: that year. */
        return set_period(m, TS_REPORT_ANNUAL, ts_period_year(sv->plan_year));
    }
    if (has_name &&
        (!sv->first_year || (sv->first_year >= named.y1 && sv->first_year <= named.y2))) {
        /* No period in the text, none it contradicts in the file's name:
         * the name's ("ninh-thuan-2023.txt"), said in a warning. */
        m->period_from_name = 1;
        return set_period(m, named.kind, candidate_period(&named, named.y2));
    }
    if (!best) {
        m->text_year = sv->first_year ? sv->first_year : sv->aimed_year;
        return 0;
    }
    int year = best->y2;
    /* No year with the stretch the text names, the same stretch in the
     * file's name with one ("ha-giang-2024-10m.txt", "lũy kế 10 tháng"
     * beside a ranking of 2023): the name's. */
    if (best->kind != TS_REPORT_MULTIYEAR && best->kind != TS_REPORT_ANNUAL && year == NO_YEAR &&
        named_ok && named.kind == best->kind && named.n == best->n)
        year = named.y2;
    if (best->kind != TS_REPORT_MULTIYEAR && year == NO_YEAR && !(year = same_stretch_year(sv, best)))
        /* The first year the text gives: "9 tháng ... giảm 5,7% so với
         * cùng kỳ năm 2022" before "Đặc biệt, năm 2021, ..." is of 2023. */
        year = sv->after_first ? sv->after_year
               : sv->first_year ? sv->first_year
               : sv->plan_year ? sv->plan_year
               : sv->after_year ? sv->after_year
               : sv->aimed_year ? sv->aimed_year
               : m->has_date ? m->year
                                 : year_of_name(doc);
    /* A later stretch of the same kind named with a later year ("quý I
     * ...; nhiệm vụ, giải pháp quý II năm 2025"): the next stretch's tasks,
     * so the report's stretch named with an earlier year ("mức tăng quý I
     * năm 2020 tăng 0,42%, năm 2021 ...") was a comparison.  (Years and
     * spans have no stretch number: n is 0.) */
    for (size_t k = 0; best->y2 == NO_YEAR && k < sv->nc; k++) {
        const candidate *c = &sv->c[k];
        if (c->kind == best->kind && c->n > best->n && c->y1 != NO_YEAR && c->y1 > year)
            year = c->y1;
    }
    /* A report is of no year it compares with the same period of ("so
     * với cùng kỳ năm 2023" in a text whose first year is 2023, named for
     * a figure of that year): the year after. */
    if (best->kind != TS_REPORT_MULTIYEAR && best->y2 == NO_YEAR && year && year <= sv->same_period_year)
        year = sv->same_period_year + 1;
    if (!year)
        return 0;
    return set_period(m, best->kind, candidate_period(best, year));
}

typedef struct {
    const struct ts_lexicon *lx;
    ts_extract_ctx cx;   /* its period names the year no phrase names */
    tsx_fold f;
    tsx_tags tags;
    survey sv;
    int want_period, want_area;
} surveyor;

/* Surveys one span (a title line or a sentence).  TS_ENOMEM on failure. */
static int survey_span(surveyor *sy, const ts_span *s, int weight)
{
    if (tsx_fold_text(&sy->f, s->text, s->len) != 0 ||
        tsx_tags_build(&sy->tags, sy->lx, &sy->f, s->text, s->len) != 0)
        return TS_ENOMEM;
    reader r;
    memset(&r, 0, sizeof r);
    r.orig = s->text;
    r.olen = s->len;
    r.f = &sy->f;
    r.tags = &sy->tags;
    r.s = sy->f.s;
    r.n = sy->f.len;
    r.cx = &sy->cx;
    r.lx = sy->lx;
    r.title = weight == TITLE_WEIGHT;
    if (rd_is_caption(&r))
        return TS_OK;
    rd_find_target(&r);
    if (sy->want_period)
        survey_sentence(&r, weight, &sy->sv);
    if (sy->want_area)
        /* A headline names its report's area as a title block does. */
        survey_areas(&r, weight == TITLE_WEIGHT || weight == HEADLINE_WEIGHT, &sy->sv);
    return TS_OK;
}

/* The title block: the short sentences (title lines) before the first
 * sentence of running text.  Its phrases outweigh the body's.  Returns
 * the index of the first sentence after it, or (size_t)-1 on out of
 * memory. */
static size_t survey_title(surveyor *sy, const ts_doc *doc)
{
    size_t ns = ts_doc_sentence_count(doc), lines = 0, bytes = 0, i = 0;
    for (; i < ns && lines < TITLE_LINES && bytes < TITLE_BYTES; i++) {
        const ts_span *s = ts_doc_sentence(doc, i);
        if (s->in_footnote)
            continue;
        if (s->len > TITLE_LINE_MAX)
            break;
        /* A sentence the next one follows in its paragraph is running
         * text, however short: a title's lines stand alone. */
        if (i + 1 < ns && ts_doc_sentence(doc, i + 1)->paragraph == s->paragraph)
            break;
        if (survey_span(sy, s, TITLE_WEIGHT) != TS_OK)
            return (size_t)-1;
        lines++;
        bytes += s->len;
    }
    return i;
}

/* The lead of the running text: its first short sentences are headlines;
 * further on only areas are counted. */
static int survey_body(surveyor *sy, const ts_doc *doc, size_t from)
{
    size_t ns = ts_doc_sentence_count(doc), bytes = 0;
    int want_period = sy->want_period;
    int running = 0; /* a sentence of running text was seen: no headline follows */
    for (size_t i = from, scanned = 0; i < ns; i++) {
        const ts_span *s = ts_doc_sentence(doc, i);
        if (s->in_footnote)
            continue;
        sy->want_period = want_period && scanned < SCAN_SENTENCES;
        if (!sy->want_period && (!sy->want_area || scanned >= AREA_SENTENCES ||
                                 bytes >= AREA_BYTES || area_settled(&sy->sv)))
            break;
        running |= s->len >= HEADLINE_BYTES;
        int weight = scanned < HEADLINE_SENTENCES && !running ? HEADLINE_WEIGHT
                     : scanned == 0                            ? 2
                                                               : 1;
        if (survey_span(sy, s, weight) != TS_OK)
            return TS_ENOMEM;
        scanned++;
        bytes += s->len;
    }
    sy->want_period = want_period;
    return TS_OK;
}

int tsx_context_infer(const ts_doc *doc, const struct ts_lexicon *lx, ts_doc_meta *m,
                      ts_error *err)
{
    surveyor sy;
    memset(&sy, 0, sizeof sy);
    sy.lx = lx;
    sy.cx.period = ts_period_year(NO_YEAR);
    int rc = TS_OK;
    if (!m->has_date)
        infer_date(doc, &sy.f, m);
    sy.want_period = !m->has_period;
    sy.want_area = !m->area[0];
    if (sy.want_period || sy.want_area) {
        size_t body = survey_title(&sy, doc);
        rc = body == (size_t)-1 ? TS_ENOMEM : survey_body(&sy, doc, body);
        if (rc != TS_OK)
            ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    if (rc == TS_OK && sy.want_period)
        choose_period(&sy.sv, doc, m);
    /* The report's day: its date (a town's review written after it became
     * a city, "TP.Hà Tiên" on 02/11/2018, is the city's), else its
     * period's last day. */
    int has_day = m->has_period || m->has_date;
    int32_t day = 0;
    if (m->has_date)
        day = tsx_meta_day(m);
    else if (m->has_period)
        day = m->period.last;
    int weight = 0;
    const ts_area *other = NULL;
    int n_other = 0;
    const char *area = rc == TS_OK && sy.want_area
                           ? choose_area(&sy.sv, tsx_lexicon_gazetteer(lx), has_day, day, &weight,
                                         &other, &n_other)
                           : NULL;
    const char *voted = area;
    if (rc == TS_OK && sy.want_area)
        area = area_or_name(area, weight, area_of_name(doc, lx, has_day, day),
                            tsx_lexicon_gazetteer(lx), &sy.sv);
    if (area)
        snprintf(m->area, sizeof m->area, "%s", area);
    if (area && other && area == voted) {
        snprintf(m->area_also, sizeof m->area_also, "%s", other->slug);
        m->n_area_also = n_other;
    }
    tsx_fold_free(&sy.f);
    tsx_tags_free(&sy.tags);
    return rc;
}

int32_t tsx_meta_day(const ts_doc_meta *m)
{
    return ts_days_from_civil(m->year, m->month ? m->month : 12, m->day ? m->day : 28);
}

int ts_doc_infer(ts_doc *d, const ts_lexicon *lx, ts_error *err)
{
    unsigned given;
    ts_doc_meta *m = tsx_doc_meta(d, &given);
    (void)given;
    return tsx_context_infer(d, lx, m, err);
}
