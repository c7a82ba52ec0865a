/* A table's header: the cells that name its columns.  A header cell holds
 * only header words: period phrases (@period.*, read by rd_period, or a
 * bare year "2021", a span "2016-2020", a ratio of years "2021/2020"),
 * measure words (@table.plan, .actual, .estimate, .versus, @base.
 * same_period, the verbs of change) and marks ('%', '/'); the columns
 * before the figures are named by @table.label, .number and
 * .unit_caption.  A header may take two rows, a year over "KH / TH / %"
 * or a caption ("Kết quả đạt được") over the years: each column joins
 * the words of its two cells.  The lines just above the header are its
 * caption: the table's unit, period and place. */
#include "text/table.h"

#include <string.h>

#define HEAD_MAX 80  /* bytes of a header cell at most */
#define HEAD_RUN 24  /* cells of a header flattened one per line at most */
#define CAPTION_LINES 3

/* What a header cell's words say. */
enum {
    HF_PLAN = 1 << 0,
    HF_ACTUAL = 1 << 1,
    HF_ESTIMATE = 1 << 2,
    HF_VERSUS = 1 << 3,  /* so, so sánh: compares */
    HF_PCT = 1 << 4,     /* '%' */
    HF_SLASH = 1 << 5,   /* '/' between words: "TH/KH" */
    HF_SAME = 1 << 6,    /* cùng kỳ, năm trước */
    HF_CHANGE = 1 << 7,  /* tăng, giảm */
    HF_RATIO = 1 << 8,   /* "2021/2020": a year over the year before */
    HF_CMP = 1 << 9,     /* a period named as the comparison's base */
    HF_LABEL = 1 << 10,
    HF_NUMBER = 1 << 11,
    HF_UNIT = 1 << 12,
    HF_NOTE = 1 << 13,
    HF_AVERAGE = 1 << 14, /* bình quân */
    HF_OTHER = 1 << 15,   /* tháng trước, quý trước: another base */
    HF_AMOUNT = 1 << 16,  /* a unit alone ("Triệu đồng"): a second row's
                           * column of amounts under a period */
    HF_NAMED = 1 << 17,   /* an indicator alone ("GDP"): likewise */
    HF_SHARE = 1 << 18,   /* cơ cấu, tỷ trọng: a part's share of the whole */
    HF_CONTRIB = 1 << 19  /* đóng góp (vào tăng trưởng): a part of another's growth */
};
#define HF_MEASURE (HF_PLAN | HF_ACTUAL | HF_ESTIMATE | HF_VERSUS | HF_PCT | HF_SAME | HF_CHANGE | \
                    HF_AVERAGE | HF_OTHER | HF_CONTRIB)

typedef enum { HC_NONE, HC_EMPTY, HC_NUMBER, HC_LABEL, HC_UNIT, HC_NOTE, HC_VALUE } hc_kind;

typedef struct {
    uint8_t kind;     /* hc_kind */
    unsigned flags;   /* HF_... */
    int has_period;
    ts_period p;      /* its period, or the comparison's base under HF_CMP */
    uint32_t cell;    /* grid cell */
    uint32_t idx;     /* its index in its line */
    int has_unit;     /* a unit in brackets: "9 tháng năm 2013 (triệu đồng)" */
    ts_unit_match unit;
    const ts_indicator *ind; /* the indicator it names ("Tốc độ tăng trưởng GDP
                              * bình quân giai đoạn 2016-2019"), or NULL */
} hcell;

/* The header words and what they say: the word classes of grammar.tsv
 * (entries of the class with the entry flag `need`, when not 0). */
static const struct {
    tsx_class cls;
    unsigned flag;
    unsigned need;
} head_words[] = {
    {TSX_C_TABLE_PLAN, HF_PLAN, 0},         {TSX_C_TABLE_ACTUAL, HF_ACTUAL, 0},
    {TSX_C_PERIOD_CUMULATIVE, HF_ACTUAL, 0}, /* "Lũy kế 10 tháng": what was done so far */
    {TSX_C_TABLE_ESTIMATE, HF_ESTIMATE, 0}, {TSX_C_ESTIMATE, HF_ESTIMATE, 0},
    {TSX_C_TABLE_VERSUS, HF_VERSUS, 0},     {TSX_C_BASE_FILLER, HF_VERSUS, TSX_COMPARISON},
    {TSX_C_BASE_SAME_PERIOD, HF_SAME, 0},   {TSX_C_VERB_UP, HF_CHANGE, 0},
    {TSX_C_VERB_DOWN, HF_CHANGE, 0},        {TSX_C_VERB_GROWTH, HF_CHANGE, 0},
    {TSX_C_TABLE_LABEL, HF_LABEL, 0},       {TSX_C_TABLE_NUMBER, HF_NUMBER, 0},
    {TSX_C_TABLE_UNIT, HF_UNIT, 0},         {TSX_C_TABLE_NOTE, HF_NOTE, 0},
    {TSX_C_AVERAGE, HF_AVERAGE, 0},         {TSX_C_BASE_OTHER, HF_OTHER, 0},
    {TSX_C_TABLE_SHARE, HF_SHARE, 0},       {TSX_C_VERB_CONTRIB, HF_CONTRIB, 0},
    {TSX_C_CONTRIB_TO, HF_CONTRIB, 0},
};

/* The longest header word at i: its end, and its flag in *flag; 0 when
 * none.  A same-period word that needs "so" before it ("thực hiện năm")
 * counts only after a comparison word. */
static size_t head_word(const reader *r, size_t i, unsigned seen, unsigned *flag)
{
    size_t best = 0, k;
    const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
    for (size_t m = 0; m < k; m++)
        for (size_t w = 0; w < sizeof head_words / sizeof head_words[0]; w++) {
            const tsx_entry *e = g[m].e;
            if (g[m].cls != head_words[w].cls || g[m].end < best ||
                (e->flags & head_words[w].need) != head_words[w].need)
                continue;
            if ((e->flags & TSX_AFTER_SO) && !(seen & HF_VERSUS))
                continue;
            /* A word of two classes says both ("TTBQ": a growth, yearly
             * averaged). */
            *flag = (g[m].end == best ? *flag : 0) | head_words[w].flag;
            best = g[m].end;
        }
    return best;
}

/* A bare year at digit i ("2021", "2016-2020", "2021/2020"); its end, 0
 * when the digits are no year. */
static size_t bare_year(const reader *r, size_t i, hcell *h)
{
    size_t j = i;
    int y = rd_int(r, &j, 4);
    if (!rd_year_ok(y))
        return 0;
    /* The second year after '-' or '/' ("2016-2020", "2021/2020"), or,
     * in an average's head, after a dash set apart by spaces ("Tốc độ
     * tăng bình quân 1997 - 2010"; "TH 2016 - 2020" over levels is the
     * last year's). */
    size_t sep = j, next = j + 1;
    if (j < r->n && r->s[j] == ' ' && (h->flags & HF_AVERAGE)) {
        sep = rd_skip_spaces(r, j);
        next = sep < r->n && r->s[sep] == '-' ? rd_skip_spaces(r, sep + 1) : r->n;
    }
    if (next < r->n && (r->s[sep] == '-' || r->s[sep] == '/') && rd_digit((unsigned char)r->s[next])) {
        size_t k = next;
        int y2 = rd_int(r, &k, 4);
        if (!rd_year_ok(y2))
            return 0;
        if (r->s[sep] == '-' && y2 > y) {
            h->p = ts_period_years(y, y2);
        } else if (r->s[sep] == '/' && y2 < y) {
            h->p = ts_period_year(y);
            h->flags |= HF_RATIO;
        } else {
            return 0;
        }
        h->has_period = 1;
        return k;
    }
    /* "6 tháng 2023": the year of the period just read, which took the
     * report's year for want of one. */
    int py, pm, pd;
    ts_civil_from_days(h->p.first, &py, &pm, &pd);
    if (h->has_period && ts_period_kind_of(h->p) != TS_PERIOD_YEARS)
        h->p = ts_period_shift_years(h->p, y - py);
    else
        h->p = ts_period_year(y);
    h->has_period = 1;
    return j;
}

/* A period phrase at i (rd_period); its end, 0 when none.  A phrase
 * named as the base of a comparison ("so với năm 2020") is kept apart. */
static size_t period_at(const reader *r, size_t i, hcell *h)
{
    per_state ps = PER_STATE_NONE;
    int set = 0, year_only = 0;
    size_t e = rd_period(r, i, &ps, &set, &year_only);
    if (!e || e <= i)
        return 0;
    /* In running text the year after a plan word is the plan's ("đạt 89%
     * kế hoạch năm 2023"); in a header ("KH năm 2024") it is the column's. */
    size_t w = rd_prev_word(r, i);
    int after_plan = w != (size_t)-1 && rd_ending(r, w, TSX_C_BASE_PLAN) != (size_t)-1;
    if (ps.kind == PER_FIXED && (set || after_plan)) {
        h->p = ps.p;
        h->has_period = 1;
    } else if (ps.kind == PER_FIXED && h->has_period) {
        /* "Ước TH 2014 so với năm 2013 (%)": the column's own period
         * stands; a base other than the same stretch a year before is
         * another comparison. */
        h->flags |= ts_period_cmp(ts_period_shift_years(h->p, -1), ps.p) == 0 ? HF_CMP : HF_OTHER;
    } else if (ps.kind == PER_FIXED) {
        h->p = ps.p;
        h->flags |= HF_CMP;
    } else if (ps.kind == PER_UPTO && set) {
        h->p = ps.p;
        h->has_period = 1;
    }
    return e;
}

/* The longest indicator phrase starting at i, or NULL. */
static const tsx_tag *indicator_at(const reader *r, size_t i)
{
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, i, &k), *best = NULL;
    for (size_t m = 0; m < k; m++)
        if (g[m].cls == TSX_C_INDICATOR && (!best || g[m].end > best->end))
            best = &g[m];
    return best;
}

/* The end of a plan's issuer at i ("HĐND", "HĐND tỉnh", "tỉnh giao"), 0
 * for none. */
static size_t plan_issuer_at(const reader *r, size_t i)
{
    static const tsx_class issuers[] = {TSX_C_PLAN_BY_CENTRAL, TSX_C_PLAN_BY_PROVINCE,
                                        TSX_C_PLAN_BY_LOCAL, TSX_C_PLAN_BY_DISTRICT,
                                        TSX_C_AREA_AUTHORITY};
    size_t best = 0;
    for (size_t k = 0; k < sizeof issuers / sizeof issuers[0]; k++) {
        size_t e = rd_at(r, i, issuers[k]);
        best = e > best ? e : best;
    }
    return best;
}

/* Reads the words of the text set in c->r as a header cell. */
static void read_words(const reader *r, hcell *h)
{
    size_t i = 0;
    int depth = 0, named = 0;
    while (i < r->n) {
        unsigned char ch = (unsigned char)r->s[i];
        if (ch == '%' || ch == '/') {
            h->flags |= ch == '%' ? HF_PCT : HF_SLASH;
            i++;
            continue;
        }
        if (!tsx_is_word(ch)) {
            depth += ch == '(' ? 1 : ch == ')' && depth ? -1 : 0;
            i++;
            continue;
        }
        size_t e;
        unsigned flag = 0;
        /* "GDP (giá 1994)": a price basis, its year no period. */
        char basis[16];
        if (!rd_digit(ch) && (e = rd_price_phrase(r, i, basis, sizeof basis))) {
            i = e;
            continue;
        }
        if (rd_digit(ch)) {
            e = period_at(r, i, h);
            if (!e)
                e = bare_year(r, i, h);
        } else {
            e = period_at(r, i, h);
            size_t w = head_word(r, i, h->flags, &flag);
            if (w > e) {
                e = w;
                h->flags |= flag;
            }
            /* The indicator the column's figures are of ("Tốc độ tăng
             * trưởng GDP bình quân giai đoạn 2016-2019 (%)"), read whole
             * over a header word inside it (its measure kept); only in a
             * cell that names its period too, which a row's label does
             * not.  In brackets, other words are a note. */
            const tsx_tag *in = e || !depth ? indicator_at(r, i) : NULL;
            if (in && in->end > e) {
                e = in->end;
                named = 1;
                h->ind = rd_indicator(r, in->e);
            }
        }
        /* "của" before a period: "Đóng góp của năm 2011 vào tăng trưởng" */
        size_t of;
        if (!e && (of = rd_at(r, i, TSX_C_PERIOD_OF)) && rd_skip_spaces(r, of) < r->n &&
            !rd_digit((unsigned char)r->s[rd_skip_spaces(r, of)]))
            e = period_at(r, rd_skip_spaces(r, of), h);
        if (!e && depth && !h->has_unit && (e = tsx_unit_read(r->tags, r->s, r->n, i, &h->unit))) {
            h->has_unit = 1;
            i = e;
            continue;
        }
        /* A unit alone, the whole cell ("Triệu đồng" under "2009"). */
        if (!e && !depth && !h->has_unit && !h->flags && !h->has_period &&
            (e = tsx_unit_read(r->tags, r->s, r->n, i, &h->unit)) && rd_skip_spaces(r, e) >= r->n) {
            h->has_unit = 1;
            h->flags |= HF_AMOUNT;
            i = e;
            continue;
        }
        if (!e && depth) {
            /* Other words in brackets are a note: "KH 2024 (NQ HĐND)". */
            i = rd_word_end(r, i);
            continue;
        }
        /* The plan's issuer after its word: "Nghị quyết HĐND", "KH HĐND
         * huyện giao" (whose plan it is the rows' figures say no more). */
        if (!e && (h->flags & HF_PLAN) && (e = plan_issuer_at(r, i))) {
            i = e;
            continue;
        }
        if (!e) {
            h->kind = HC_NONE; /* a word no header has: a label, prose */
            return;
        }
        i = e;
    }
    if (named && !h->has_period) {
        h->kind = HC_NONE;
        h->flags |= HF_NAMED; /* a second header row's column maybe */
        return;
    }
    unsigned m = h->flags & (HF_MEASURE | HF_RATIO | HF_CMP | HF_AMOUNT | HF_SHARE);
    if (h->has_period || m)
        h->kind = HC_VALUE;
    else if (h->flags & HF_LABEL)
        h->kind = HC_LABEL;
    else if (h->flags & HF_NUMBER)
        h->kind = HC_NUMBER;
    else if (h->flags & HF_UNIT)
        h->kind = HC_UNIT;
    else if (h->flags & HF_NOTE)
        h->kind = HC_NOTE;
    else
        h->kind = HC_EMPTY; /* marks only */
}

/* Classifies text[0..len) as a header cell.  -1 on out of memory. */
static int classify_text(tbl_ctx *c, const char *text, size_t len, hcell *h)
{
    memset(h, 0, sizeof *h);
    if (len == 0) {
        h->kind = HC_EMPTY;
        return 0;
    }
    if (len > HEAD_MAX)
        return 0;
    if (tbl_text_set(c, text, len) != TS_OK)
        return -1;
    h->kind = HC_VALUE;
    read_words(&c->r, h);
    return 0;
}

/* Classifies grid cell k as a header cell.  -1 on out of memory. */
static int classify(tbl_ctx *c, uint32_t k, hcell *h)
{
    const tbl_cell *x = &c->g.cell[k];
    int rc = classify_text(c, x->text, x->len, h);
    h->cell = k;
    return rc;
}

int tbl_head_under_period(tbl_ctx *c, const char *text, size_t len)
{
    hcell h;
    if (classify_text(c, text, len, &h) < 0)
        return -1;
    unsigned under = HF_MEASURE | HF_AMOUNT | HF_NAMED | HF_SHARE;
    return (h.kind == HC_VALUE || (h.kind == HC_NONE && (h.flags & HF_NAMED))) &&
           !h.has_period && (h.flags & under) && !(h.flags & (HF_CMP | HF_RATIO));
}

int tbl_head_cell(tbl_ctx *c, uint32_t k)
{
    hcell h;
    return classify(c, k, &h) == 0 && h.kind == HC_VALUE && (h.has_period || (h.flags & HF_CMP));
}

/* ---- columns ---- */

static const char BARE_PCT[] = "a percentage of what the header does not say";

/* The measure a column's words give: the first line whose words are all
 * there (all), one of which is there (any, 0: none needed) and none of
 * which is (none).  docs/extract.md prints this table. */
static const struct {
    unsigned all, any, none;
    uint8_t m;
    const char *why;
} col_rules[] = {
    {HF_CONTRIB, 0, 0, COL_BAD, "a contribution to another's growth"}, /* Đóng góp vào tăng trưởng (%) */
    {HF_OTHER, 0, 0, COL_BAD, "against another period"},             /* So với tháng trước */
    {HF_AVERAGE, HF_PCT | HF_CHANGE, 0, COL_AVG, NULL},               /* Tăng bình quân (%) */
    {HF_AVERAGE, 0, 0, COL_BAD, "an average over the years"},
    {HF_RATIO, 0, 0, COL_SAME, NULL},                                 /* 2021/2020 (%) */
    {HF_CHANGE | HF_PCT, 0, 0, COL_CHANGE, NULL},                     /* Tăng, giảm (%) */
    {HF_CHANGE, 0, 0, COL_BAD, "an absolute change"},
    {HF_SAME, HF_PCT | HF_VERSUS, 0, COL_SAME, NULL},                 /* So cùng kỳ (%) */
    {HF_SAME, 0, 0, COL_BAD, "a level of the same period a year before"},
    {HF_PLAN, HF_VERSUS | HF_PCT | HF_SLASH, 0, COL_PCT_PLAN, NULL},  /* % KH, TH/KH */
    {HF_PLAN, 0, 0, COL_PLAN, NULL},                                  /* KH 2024 */
    {HF_CMP, HF_VERSUS | HF_PCT, 0, COL_SAME, NULL},                  /* So với năm 2020 (%) */
    {HF_SHARE, 0, 0, COL_SHARE, NULL},                                /* Cơ cấu (%) */
    {HF_PCT, 0, HF_ACTUAL | HF_ESTIMATE, COL_BAD, BARE_PCT},
    {HF_VERSUS, 0, 0, COL_BAD, "a comparison the header does not name"},
    {0, 0, 0, COL_LEVEL, NULL},                                       /* Năm 2023, TH, Ước TH */
};

/* Whether top compares a period of its own ("Ước 6 tháng đầu năm 2024
 * so với (%)") and bot names what with: a period, "cùng kỳ" or a plan. */
static int compared_over(const hcell *top, const hcell *bot)
{
    return top && top->has_period && (top->flags & HF_VERSUS) && !(top->flags & HF_CMP) &&
           (bot->has_period || (bot->flags & (HF_PLAN | HF_SAME)));
}

/* A column from the words of its header cells (top may be NULL). */
static void make_col(const hcell *top, const hcell *bot, tbl_col *col)
{
    memset(col, 0, sizeof *col);
    unsigned fl = bot->flags | (top ? top->flags : 0);
    col->top = top ? top->cell : TBL_NONE;
    col->bottom = bot->cell;
    col->status = fl & HF_ESTIMATE ? 'E' : 'A';
    const hcell *uh = bot->has_unit ? bot : top && top->has_unit ? top : NULL;
    if (uh) {
        col->has_unit = 1;
        col->unit = uh->unit;
    }
    const hcell *ph = bot->has_period ? bot : top && top->has_period ? top : NULL;
    if (ph) {
        col->has_period = 1;
        col->p = ph->p;
    }
    size_t k = 0;
    while ((col_rules[k].all & fl) != col_rules[k].all ||
           (col_rules[k].any && !(col_rules[k].any & fl)) || (col_rules[k].none & fl))
        k++;
    col->m = col_rules[k].m;
    col->why = col_rules[k].why;
    /* The top's period compared with the bottom's: the same stretch a
     * year before makes an index against it, a plan the share of it
     * achieved; any other base is not read. */
    if (compared_over(top, bot)) {
        col->p = top->p;
        col->has_period = 1;
        if (bot->flags & HF_PLAN) {
            col->m = COL_PCT_PLAN;
            col->why = NULL;
        } else if ((bot->flags & HF_SAME && !bot->has_period) ||
                   ts_period_cmp(ts_period_shift_years(top->p, -1), bot->p) == 0) {
            col->m = COL_SAME;
            col->why = NULL;
        } else {
            col->m = COL_BAD;
            col->why = "against another period";
        }
        return;
    }
    /* Against a year named as the base: the year after it. */
    if (col->m == COL_SAME && (fl & HF_CMP) && !col->has_period) {
        const hcell *bh = bot->flags & HF_CMP ? bot : top;
        col->has_period = 1;
        col->p = ts_period_shift_years(bh->p, 1);
    }
}

/* A bare "%" after a plan column and a level column of the same period
 * ("KH | TH | %") is the share of the plan achieved. */
static void settle_bare_pct(tbl_table *t)
{
    for (size_t j = 2; j < t->ncol; j++) {
        tbl_col *x = &t->col[j], *a = &t->col[j - 2], *b = &t->col[j - 1];
        int plan = a->m == COL_PLAN || b->m == COL_PLAN;
        int level = a->m == COL_LEVEL || b->m == COL_LEVEL;
        if (x->m == COL_BAD && x->why == BARE_PCT && plan && level &&
            (!x->has_period || (x->p.first == a->p.first && x->p.first == b->p.first))) {
            x->m = COL_PCT_PLAN;
            x->why = NULL;
            x->has_period = a->has_period;
            x->p = a->p;
        }
    }
}

/* A bare "%" beside a column of amounts under the same period ("2009"
 * over "Triệu đồng | %") holds the rows' shares of that period's whole. */
static void settle_share(tbl_table *t)
{
    for (size_t j = 1; j < t->ncol; j++) {
        tbl_col *x = &t->col[j], *a = &t->col[j - 1];
        if (x->m == COL_BAD && x->why == BARE_PCT && a->m == COL_LEVEL && x->top != TBL_NONE &&
            x->top == a->top) {
            x->m = COL_SHARE;
            x->why = NULL;
        }
    }
}

/* In a plan's table, a yearly average over years after all the others'
 * columns ("TH 2016 - 2020 | KH 2021 - 2025 | Tăng bq 2021 - 2025 (%)")
 * is the growth the plan aims at: no fact. */
static void settle_plan_average(tbl_table *t)
{
    int plan = 0;
    int32_t done = INT32_MIN;
    for (size_t j = 0; j < t->ncol; j++) {
        const tbl_col *x = &t->col[j];
        plan |= x->m == COL_PLAN;
        if (x->has_period && x->m != COL_PLAN && x->m != COL_AVG && x->m != COL_BAD &&
            x->p.last > done)
            done = x->p.last;
    }
    if (!plan || done == INT32_MIN)
        return;
    for (size_t j = 0; j < t->ncol; j++) {
        tbl_col *x = &t->col[j];
        if (x->m == COL_AVG && x->has_period && x->p.last > done) {
            x->m = COL_BAD;
            x->why = "a growth target";
        }
    }
}

/* Amounts beside their shares ("Tỷ đồng | Cơ cấu (%)" under a caption
 * "Cơ cấu GDP"): the rows are the parts, their amounts levels, and the
 * whole the caption names by its parts is what the shares are of, not
 * every row's first parent; the indicator inside it ("GDP") is the
 * caption's when it names none besides. */
static void whole_by_shares(tbl_table *t)
{
    for (size_t j = 0; j < t->ncol; j++)
        if (t->col[j].m == COL_SHARE) {
            t->cap_whole = TBL_NONE;
            if (!t->cap_ind)
                t->cap_ind = t->whole_ind;
            return;
        }
}

/* Gives a period to the columns whose header names none: the caption's,
 * else the report's; without either they are not read. */
static void default_periods(tbl_table *t, const ts_extract_ctx *cx, int has_default)
{
    for (size_t j = 0; j < t->ncol; j++) {
        tbl_col *x = &t->col[j];
        if (x->has_period || x->m == COL_BAD)
            continue;
        if (t->cap_has_period || has_default) {
            x->p = t->cap_has_period ? t->cap_period : cx->period;
            x->has_period = 1;
        } else {
            x->m = COL_BAD;
            x->why = "the header names no period";
        }
    }
}

/* Does bottom cell b complete top cell a (one names the period, the
 * other the measure)? */
static int completes(const hcell *a, const hcell *b)
{
    /* "Bình quân giai đoạn 2016-2019 (%)" after the group over the years
     * is a column of its own, not one of the group's. */
    if ((b->flags & HF_AVERAGE) && !(a->flags & HF_AVERAGE))
        return 0;
    /* "Ước 6 tháng đầu năm 2024 so với (%)" over "Sơ bộ 6 tháng năm 2023"
     * or "Kế hoạch năm 2024": the base under the comparison. */
    if (compared_over(a, b))
        return 1;
    int a_meas = (a->flags & HF_MEASURE) != 0,
        b_meas = (b->flags & (HF_MEASURE | HF_AMOUNT | HF_NAMED | HF_SHARE)) != 0;
    if (a->has_period && !a_meas)
        return !b->has_period && b_meas;
    /* "Đóng góp của năm 2011 vào tăng trưởng (%)" is a column of its own,
     * under no group. */
    if (!a->has_period && a_meas)
        return b->has_period && !(b->flags & HF_CONTRIB);
    return 0;
}

/* Columns of value cells v[0..n) flattened one per line: the first s
 * cells are the top row (s = n: one row), its cells that lack a period or
 * a measure each spanning as many of the others.  Returns the column
 * count, 0 when this split does not fit. */
static size_t split_cols(const hcell *v, size_t n, size_t s, tbl_col *cols)
{
    if (s == n) {
        for (size_t j = 0; j < n && j < TBL_MAX_COLS; j++)
            make_col(NULL, &v[j], &cols[j]);
        return n < TBL_MAX_COLS ? n : TBL_MAX_COLS;
    }
    size_t open = 0;
    for (size_t j = 0; j < s; j++)
        open += !(v[j].has_period && (v[j].flags & HF_MEASURE));
    if (!open || (n - s) % open)
        return 0;
    size_t span = (n - s) / open, b = s, k = 0;
    for (size_t j = 0; j < s; j++) {
        if (v[j].has_period && (v[j].flags & HF_MEASURE)) {
            make_col(NULL, &v[j], &cols[k++]);
            continue;
        }
        for (size_t m = 0; m < span; m++, b++) {
            if (!completes(&v[j], &v[b]))
                return 0;
            make_col(&v[j], &v[b], &cols[k++]);
        }
    }
    return k;
}

/* The first indicator the value cells v[0..n) name, or NULL. */
static const ts_indicator *named_in(const hcell *v, size_t n)
{
    for (size_t j = 0; j < n; j++)
        if (v[j].ind)
            return v[j].ind;
    return NULL;
}

/* ---- a header flattened one cell per line ---- */

/* The next line at or after i with a cell, or g->nline. */
static size_t next_filled(const tbl_grid *g, size_t i)
{
    while (i < g->nline && tbl_blank(g, i))
        i++;
    return i;
}

/* A cell that is a unit alone in brackets ("(%/năm)", "(Tỷ đồng)"),
 * naming no period or indicator: the end of the head above it. */
static int bracketed_unit(const tbl_cell *x, const hcell *h)
{
    return x->len >= 3 && x->text[0] == '(' && x->text[x->len - 1] == ')' && !h->has_period &&
           !h->ind && !memchr(x->text + 1, '(', x->len - 2);
}

/* A header run flattened one cell per line, seeded at line i (a period
 * cell): extends back over the label, number and unit captions (not
 * before line from, where the search began: the lines above belong to
 * the table read before) and forward over value cells, then splits the
 * value cells into columns. 1 when it makes a table, 0 when not, -1 on
 * out of memory. */
static int stream_head(tbl_ctx *c, size_t from, size_t i, tbl_table *t)
{
    const tbl_grid *g = &c->g;
    hcell v[HEAD_RUN], h;
    size_t nv = 0, first = i, gaps = 0, lines = 0, named = 0;
    /* Back: value cells and the captions of the columns before them. */
    size_t b = i;
    int caption = 0;
    for (int back = 0; back < HEAD_RUN / 2 && b > 0; back++) {
        size_t p = b;
        while (p > 0 && tbl_blank(g, p - 1))
            p--;
        if (p <= from || g->line[p - 1].cut != TBL_ITEM)
            break;
        if (classify(c, g->line[p - 1].first, &h) < 0)
            return -1;
        /* Above the label caption ("Lĩnh vực") a period is the table's
         * caption ("(Theo giá so sánh 2010)"), not a column. */
        if (h.kind == HC_NONE || h.kind == HC_EMPTY || (caption && h.kind == HC_VALUE))
            break;
        caption |= h.kind != HC_VALUE;
        b = first = p - 1;
    }
    t->has_number = t->has_unit = 0;
    for (size_t j = first; j < g->nline && nv < HEAD_RUN; j = next_filled(g, j + 1)) {
        if (g->line[j].cut != TBL_ITEM)
            break;
        if (classify(c, g->line[j].first, &h) < 0)
            return -1;
        if (h.kind == HC_NUMBER || h.kind == HC_UNIT || h.kind == HC_LABEL) {
            if (nv)
                break; /* captions come before the figures' columns */
            t->has_number |= h.kind == HC_NUMBER;
            named = 1;
            t->has_unit |= h.kind == HC_UNIT;
        } else if (h.kind == HC_VALUE && nv && bracketed_unit(&g->cell[g->line[j].first], &h)) {
            /* "Tốc độ tăng bình quân 1997 - 2010" / "(%/năm)": one head
             * broken over two lines, its unit on the second. */
            v[nv - 1].flags |= h.flags;
        } else if (h.kind == HC_VALUE) {
            v[nv++] = h;
        } else {
            break;
        }
        gaps += j > first && tbl_blank(g, j - 1);
        lines++;
        t->body = j + 1;
    }
    size_t periods = 0;
    /* A period named as the base ("So với 9 tháng năm 2012") dates its
     * column too. */
    for (size_t j = 0; j < nv; j++)
        periods += v[j].has_period || (v[j].flags & HF_CMP);
    /* One column of figures only under a named label column ("Chỉ tiêu"). */
    if (nv < 2 - named || !periods)
        return 0;
    /* The smallest split that fits, else one row. */
    t->ncol = 0;
    for (size_t s = 1; s <= nv && !t->ncol; s++)
        t->ncol = split_cols(v, nv, s, t->col);
    if (t->ncol < 2 - named)
        return 0;
    t->head_ind = named_in(v, nv);
    t->cut = TBL_ITEM;
    t->separated = lines > 1 && gaps * 2 >= lines - 1;
    t->head = first;
    t->label_index = t->number_index = t->unit_index = t->note_index = -1;
    return 1;
}

/* ---- a header of rows (tabs, pipes, CSV, spaces) ---- */

/* Classifies the cells of row line i into v (at most max) and t's lead
 * columns.  Returns the number of value cells (0 when it is no header
 * row; strict: a second row, every cell a header word), -1 on out of
 * memory. */
static int row_cells(tbl_ctx *c, size_t i, hcell *v, size_t max, tbl_table *t, int strict)
{
    const tbl_line *x = &c->g.line[i];
    size_t nv = 0;
    int started = 0;
    t->label_index = t->number_index = t->unit_index = t->note_index = -1;
    t->named = 0;
    for (uint32_t j = 0; j < x->n; j++) {
        hcell h;
        if (classify(c, x->first + j, &h) < 0)
            return -1;
        h.idx = j;
        if (started && h.kind == HC_NOTE && t->note_index < 0)
            t->note_index = (int32_t)j; /* a column of notes: not read */
        if (h.kind == HC_EMPTY || (started && h.kind == HC_NOTE))
            continue;
        /* "GDP" alone in a second row, under "2005" beside "Tỷ lệ %": the
         * column of its amounts.  (In a first row it is a label.) */
        if (strict && h.kind == HC_NONE && (h.flags & HF_NAMED) && j > 0)
            h.kind = HC_VALUE;
        /* A unit alone opens no header ("Tỷ đồng" in a row of figures). */
        if (!strict && h.kind == HC_VALUE && (h.flags & HF_AMOUNT))
            h.kind = HC_NONE;
        if (h.kind == HC_VALUE && nv < max) {
            started = 1;
            v[nv++] = h;
            continue;
        }
        /* Other words after the figures' columns, or anywhere in a second
         * header row (a row of data is no header): no header. */
        if (started || (strict && h.kind == HC_NONE))
            return 0;
        if (h.kind == HC_LABEL || h.kind == HC_NUMBER || h.kind == HC_UNIT)
            t->named = 1;
        if (h.kind == HC_NUMBER)
            t->number_index = (int32_t)j;
        else if (h.kind == HC_UNIT)
            t->unit_index = (int32_t)j;
        else if (t->label_index < 0)
            t->label_index = (int32_t)j; /* "Chỉ tiêu", or a label header of other words */
    }
    return (int)nv;
}

/* The column's place in rows: its header cell's index and columns. */
static void place_col(const tbl_grid *g, const hcell *h, tbl_col *col)
{
    const tbl_cell *k = &g->cell[h->cell];
    col->index = h->idx;
    col->pos = k->pos;
    col->end = k->end;
}

/* The top cell above bottom cell b: the last one at or before its index
 * (a merged cell keeps its text in its first cell), or, in rows apart by
 * spaces, the one whose middle is nearest. */
static int top_of(const tbl_grid *g, const hcell *top, int nt, const hcell *b, uint8_t cut)
{
    const tbl_cell *bc = &g->cell[b->cell];
    int best = -1;
    long bd = 0;
    for (int k = 0; k < nt; k++) {
        if (cut != TBL_SPACE) {
            if (top[k].idx <= b->idx)
                best = k;
            continue;
        }
        const tbl_cell *tc = &g->cell[top[k].cell];
        long d = (long)(tc->pos + tc->end) - (long)(bc->pos + bc->end);
        d = d < 0 ? -d : d;
        if (best < 0 || d < bd) {
            best = k;
            bd = d;
        }
    }
    return best;
}

/* Columns of a two-row header: each bottom cell with the top cell over
 * it, and the top cells with none under them on their own, in the order
 * of their cells.  The column count, 0 when the rows do not fit. */
static size_t two_rows(const tbl_grid *g, uint8_t cut, const hcell *top, int nt,
                       const hcell *bot, int nb, tbl_col *cols)
{
    int under[TBL_MAX_COLS] = {0};
    int of[TBL_MAX_COLS];
    for (int k = 0; k < nb; k++) {
        of[k] = top_of(g, top, nt, &bot[k], cut);
        if (of[k] < 0 || !completes(&top[of[k]], &bot[k]))
            return 0;
        under[of[k]]++;
    }
    size_t n = 0;
    int b = 0;
    for (int k = 0; k < nt; k++) {
        if (!under[k]) {
            if (!top[k].has_period)
                return 0;
            make_col(NULL, &top[k], &cols[n]);
            place_col(g, &top[k], &cols[n++]);
            continue;
        }
        for (; b < nb && of[b] == k; b++) {
            make_col(&top[k], &bot[b], &cols[n]);
            place_col(g, &bot[b], &cols[n++]);
        }
    }
    return b == nb ? n : 0;
}

/* A header of one row (line i) or two (i and the next row line): 1 when
 * it makes a table, 0 when not, -1 on out of memory. */
static int rows_head(tbl_ctx *c, size_t i, tbl_table *t)
{
    const tbl_grid *g = &c->g;
    hcell top[TBL_MAX_COLS], bot[TBL_MAX_COLS];
    int nt = row_cells(c, i, top, TBL_MAX_COLS, t, 0);
    if (nt <= 0)
        return nt;
    int32_t li = t->label_index, ni = t->number_index, ui = t->unit_index, no = t->note_index;
    int named = t->named;
    size_t j = next_filled(g, i + 1);
    int nb = 0;
    if (j < g->nline && g->line[j].cut == g->line[i].cut)
        nb = row_cells(c, j, bot, TBL_MAX_COLS, t, 1);
    if (nb < 0)
        return -1;
    /* The lead columns are named in the top row; a bottom row names them
     * only where the top row left them empty. */
    t->label_index = li >= 0 ? li : t->label_index;
    t->number_index = ni >= 0 ? ni : t->number_index;
    t->unit_index = ui >= 0 ? ui : t->unit_index;
    t->note_index = no >= 0 ? no : t->note_index;
    t->ncol = nb > 0 ? two_rows(g, g->line[i].cut, top, nt, bot, nb, t->col) : 0;
    int two = t->ncol > 0;
    if (!two) {
        /* One row: two value columns or more; those that name no period
         * take the caption's or the report's. */
        /* Two columns of figures or more, or one dated under a named
         * label column ("Chỉ tiêu"). */
        if (nt < 2 && !(nt == 1 && named && top[0].has_period))
            return 0;
        for (int k = 0; k < nt; k++) {
            make_col(NULL, &top[k], &t->col[t->ncol]);
            place_col(g, &top[k], &t->col[t->ncol++]);
        }
        t->label_index = li;
        t->number_index = ni;
        t->unit_index = ui;
        t->note_index = no;
    }
    /* "| Đơn vị | KH 2014 | ƯTH 2014 |" over "- Thu ngân sách | Tỷ đồng |
     * 2.150 | ...": the pipe before the unit's head closed the label
     * column's empty head, which the outer pipes' trimming dropped; the
     * rows' labels come first. */
    if (g->line[i].cut == TBL_PIPE && t->label_index < 0 && t->unit_index == 0 &&
        t->number_index < 0) {
        for (size_t k = 0; k < t->ncol; k++)
            t->col[k].index++;
        t->unit_index = 1;
        t->label_index = 0;
    }
    t->head_ind = named_in(top, (size_t)nt);
    if (!t->head_ind && two)
        t->head_ind = named_in(bot, (size_t)nb);
    t->cut = g->line[i].cut;
    t->separated = 0;
    t->head = i;
    t->body = (two ? j : i) + 1;
    t->has_number = t->number_index >= 0;
    t->has_unit = t->unit_index >= 0;
    return 1;
}

/* ---- the caption ---- */

/* Reads the lines just above the header (those of one cell, not too
 * long): a unit after @table.unit_caption ("Đơn vị tính: tỷ đồng"), the
 * first period phrase, price basis and place name. */
static int read_caption(tbl_ctx *c, tbl_table *t)
{
    const tbl_grid *g = &c->g;
    t->cap_has_unit = t->cap_has_period = 0;
    t->area[0] = '\0';
    t->cap_ind = NULL;
    t->cap_title = TBL_NONE;
    t->cap_price[0] = '\0';
    t->cap_measure = COL_LEVEL;
    t->cap_whole = t->cap_struct = TBL_NONE;
    t->whole_ind = NULL;
    int index = 0, growth = 0, same = 0;
    uint32_t whole = TBL_NONE;
    uint32_t lines[CAPTION_LINES];
    int nlines = 0;
    size_t i = t->head;
    for (int k = 0; k < CAPTION_LINES; k++) {
        while (i > 0 && tbl_blank(g, i - 1))
            i--;
        if (i == 0 || g->line[i - 1].cut != TBL_ITEM || (g->line[i - 1].flags & TBL_LONG))
            break;
        i--;
        const tbl_cell *x = &c->g.cell[g->line[i].first];
        /* A table's or a page's number alone ("39") is no caption line. */
        if (x->len <= 4 && strspn(x->text, "0123456789") == x->len) {
            k--;
            continue;
        }
        lines[nlines++] = g->line[i].first;
        /* A unit alone on its line ("Triệu đồng" over the figures) is
         * the table's. */
        if (tbl_text_set(c, x->text, x->len) != TS_OK)
            return TS_ENOMEM;
        const reader *r = &c->r;
        ts_unit_match um;
        if (!t->cap_has_unit && tbl_unit_alone(r, &um)) {
            t->cap_has_unit = 1;
            t->cap_unit = um;
            continue;
        }
        for (size_t w = 0; w < r->n; w++) {
            if (!tsx_is_word((unsigned char)r->s[w]) || (w && tsx_is_word((unsigned char)r->s[w - 1])))
                continue;
            size_t e;
            if (!t->cap_has_unit && (e = rd_at(r, w, TSX_C_TABLE_UNIT))) {
                while (e < r->n && (r->s[e] == ':' || r->s[e] == ' '))
                    e++;
                t->cap_has_unit = tsx_unit_read(r->tags, r->s, r->n, e, &t->cap_unit) > 0;
            }
            hcell h = {0};
            if (!t->cap_has_period && period_at(r, w, &h) && h.has_period) {
                t->cap_has_period = 1;
                t->cap_period = h.p;
            }
            if (!t->cap_price[0])
                rd_price_phrase(r, w, t->cap_price, sizeof t->cap_price);
            index |= rd_at(r, w, TSX_C_TABLE_INDEX) != 0;
            growth |= rd_at(r, w, TSX_C_VERB_GROWTH) != 0;
            same |= rd_at(r, w, TSX_C_BASE_SAME_PERIOD) != 0;
            size_t se = rd_at(r, w, TSX_C_STRUCTURE);
            if (se) { /* "kinh tế" inside "Cơ cấu kinh tế" names no indicator */
                whole = g->line[i].first;
                /* "GDP" inside "Cơ cấu GDP": the whole's */
                for (size_t k = w + 1; k < se && !t->whole_ind; k++) {
                    const tsx_entry *in = tsx_is_word((unsigned char)r->s[k]) &&
                                                  !tsx_is_word((unsigned char)r->s[k - 1])
                                              ? tsx_tag_find(r->tags, k, TSX_C_INDICATOR, NULL)
                                              : NULL;
                    if (in && tsx_entry_names(in) && !in->ctx && !in->near && !in->unit)
                        t->whole_ind = rd_indicator(r, in);
                }
                w = se - 1;
                continue;
            }
            const tsx_entry *in = tsx_tag_find(r->tags, w, TSX_C_INDICATOR, NULL);
            if (!t->cap_ind && in && tsx_entry_names(in) && !(in->flags & TSX_POST) && !in->ctx &&
                !in->near && !in->unit)
                t->cap_ind = rd_indicator(r, in);
            const tsx_entry *pl = tsx_tag_find(r->tags, w, TSX_C_PLACE, NULL);
            if (!t->area[0] && pl && pl->area) /* "thành phố Cần Thơ" -> can-tho */
                snprintf(t->area, sizeof t->area, "%s", pl->area->slug);
            else if (!t->area[0] && pl)
                ts_text_slug(pl->phrase, strlen(pl->phrase), t->area, sizeof t->area);
        }
    }
    /* "Cơ cấu ngành kinh tế" over "Dịch vụ | 70,44": the rows are the
     * whole's parts, read as under a parent row of those words.  A
     * caption that names an indicator ("Tổng sản phẩm và cơ cấu kinh
     * tế") holds levels too, and its rows say which they are. */
    /* A caption naming its indicator as a row's label would ("Diện tích
     * cây mía", the crop settled by the unit): read so when no word of it
     * names one outright. */
    for (int k = 0; k < nlines && !t->cap_ind && whole == TBL_NONE; k++) {
        const tbl_cell *x = &c->g.cell[lines[k]];
        t->cap_ind = tbl_caption_indicator(c, x->text, x->len, t->cap_has_unit ? &t->cap_unit : NULL);
    }
    if (nlines)
        t->cap_title = lines[nlines - 1];
    if (!t->cap_ind)
        t->cap_whole = whole;
    t->cap_struct = whole;
    if (index)
        t->cap_measure = COL_SAME;
    else if (growth && same)
        t->cap_measure = COL_CHANGE;
    return TS_OK;
}

/* The caption's measure for the columns whose header names only their
 * period: "Năm 2023" under "Tốc độ phát triển ... (%)" holds an index. */
static void caption_measure(tbl_table *t)
{
    for (size_t j = 0; j < t->ncol && t->cap_measure != COL_LEVEL; j++)
        if (t->col[j].m == COL_LEVEL)
            t->col[j].m = (uint8_t)t->cap_measure;
}

/* A unit named in the columns' headers ("9 tháng năm 2013 (triệu
 * đồng)") is the table's when the caption names none and no two columns
 * name different ones. */
static void column_unit(tbl_table *t)
{
    if (t->cap_has_unit)
        return;
    const tbl_col *u = NULL;
    for (size_t j = 0; j < t->ncol; j++) {
        const tbl_col *x = &t->col[j];
        if (!x->has_unit)
            continue;
        if (u && (strcmp(u->unit.unit, x->unit.unit) != 0 || u->unit.factor != x->unit.factor))
            return;
        u = x;
    }
    if (u) {
        t->cap_has_unit = 1;
        t->cap_unit = u->unit;
    }
}

int tbl_head_find(tbl_ctx *c, size_t from, tbl_table *t, int has_default)
{
    const tbl_grid *g = &c->g;
    for (size_t i = from; i < g->nline; i++) {
        const tbl_line *x = &g->line[i];
        if (!x->n || (x->flags & (TBL_LONG | TBL_RULE)))
            continue;
        /* A seed holds a digit (a year) in a short cell; rows are tried
         * whole. */
        int seed = 0;
        for (uint32_t j = 0; j < x->n && !seed; j++) {
            const tbl_cell *k = &g->cell[x->first + j];
            if (k->len <= HEAD_MAX)
                for (uint32_t b = 0; b < k->len && !seed; b++)
                    seed = rd_digit((unsigned char)k->text[b]);
        }
        if (!seed && x->cut == TBL_ITEM)
            continue;
        int rc = x->cut == TBL_ITEM ? (tbl_head_cell(c, x->first) ? stream_head(c, from, i, t) : 0)
                                    : rows_head(c, i, t);
        if (rc < 0)
            return -1;
        if (rc == 0)
            continue;
        t->offset = g->cell[g->line[t->head].first].offset;
        if (read_caption(c, t) != TS_OK)
            return -1;
        /* "Tổng số" under a header that names the figures' indicator. */
        if (!t->cap_ind)
            t->cap_ind = t->head_ind;
        settle_bare_pct(t);
        settle_share(t);
        settle_plan_average(t);
        whole_by_shares(t);
        caption_measure(t);
        column_unit(t);
        default_periods(t, c->cx, has_default);
        return 1;
    }
    return 0;
}
