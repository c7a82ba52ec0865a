/* What a table row means, and its facts.  A row label is read as the
 * words before its figures would be in a sentence: its indicator phrase
 * (mention.c, with the parent row's indicator as the subject for ctx=
 * phrases and the parents' words for near= ones), the unit in its last
 * bracket that is wholly a unit (read through @unit/@scale), and the
 * prose decision table (measure.c) with no base: a level, a rate, a
 * growth rate ("tăng (%)", "Tốc độ tăng trưởng ... (%)") or nothing.  The
 * column then says which period and which comparison; the two combine in
 * the table below, and a conflict drops the figure with its reason.
 * Sub-rows ("- Dịch vụ", "+ Cây cà phê", the rows after "Trong đó:")
 * take their parent's indicator as subject, its unit when they name none,
 * and its growth or average when their own words say no measure. */
#include "text/table.h"

#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 8      /* nested sub-rows kept */
#define EXCERPT_MAX 512

typedef enum { OUT_NONE, OUT_LEVEL, OUT_PLAN, OUT_PCT_PLAN, OUT_YOY, OUT_YOY_INDEX, OUT_AVG } out_kind;

#define ANY_ROW (-1)
#define ANY_COL (-1)

/* Row decision x column measure -> fact; the first matching line wins.
 * docs/extract.md prints this table. */
static const struct {
    int row;        /* rd_row, or ANY_ROW */
    int col;        /* tbl_measure, or ANY_COL */
    out_kind out;
    const char *why;
} combine[] = {
    {RD_ROW_UNMATCHED, ANY_COL, OUT_NONE, "its unit does not convert to the indicator's"},
    {RD_ROW_NONE, ANY_COL, OUT_NONE,
     "the label gives no measure the catalogue records (a rate's change, an absolute change)"},
    {RD_ROW_LEVEL, COL_LEVEL, OUT_LEVEL, NULL},
    {RD_ROW_LEVEL, COL_PLAN, OUT_PLAN, NULL},
    {RD_ROW_LEVEL, COL_PCT_PLAN, OUT_PCT_PLAN, NULL},
    {RD_ROW_LEVEL, COL_SAME, OUT_YOY_INDEX, NULL},
    {RD_ROW_LEVEL, COL_CHANGE, OUT_YOY, NULL},
    {RD_ROW_LEVEL, COL_AVG, OUT_AVG, NULL},
    {RD_ROW_RATE, COL_LEVEL, OUT_LEVEL, NULL},
    {RD_ROW_RATE, COL_PLAN, OUT_PLAN, NULL},
    {RD_ROW_RATE, COL_PCT_PLAN, OUT_PCT_PLAN, NULL},
    {RD_ROW_RATE, COL_SAME, OUT_NONE, "a rate against the same period (a ratio of rates)"},
    {RD_ROW_RATE, COL_CHANGE, OUT_NONE, "a rate's change (percentage points)"},
    {RD_ROW_RATE, COL_AVG, OUT_NONE, "a rate's yearly change (percentage points)"},
    {RD_ROW_PLAN, COL_LEVEL, OUT_PLAN, NULL},
    {RD_ROW_PLAN, COL_PLAN, OUT_PLAN, NULL},
    {RD_ROW_UP, COL_LEVEL, OUT_YOY, NULL},
    {RD_ROW_DOWN, COL_LEVEL, OUT_YOY, NULL},
    {RD_ROW_UP, COL_CHANGE, OUT_YOY, NULL},
    {RD_ROW_DOWN, COL_CHANGE, OUT_YOY, NULL},
    {RD_ROW_UP, COL_PLAN, OUT_NONE, "a growth target"},
    {RD_ROW_DOWN, COL_PLAN, OUT_NONE, "a growth target"},
    {RD_ROW_AVG, COL_LEVEL, OUT_AVG, NULL},
    {RD_ROW_UP, COL_AVG, OUT_AVG, NULL},
    {RD_ROW_AVG, COL_AVG, OUT_AVG, NULL},
    {RD_ROW_AVG, COL_PLAN, OUT_NONE, "a growth target"},
    {ANY_ROW, ANY_COL, OUT_NONE, "the row and the column name different measures"},
};

/* What a row says, kept while the rows under it are read. */
typedef struct {
    int level;               /* 0 no marker, 1 "-", 2 "+", 3 "*" and bullets */
    const ts_indicator *ind;
    int has_unit, per_year;
    ts_unit_match um;
    rd_row kind;             /* its decision in the first column */
    int has_kind;
    int growth;              /* its own words speak of a change ("Tăng
                              * trưởng (%)") though they name nothing */
    int other;               /* it names another subject ("Tổng giá trị sản
                              * xuất"): the rows under it are its parts */
    int shares;              /* its words are a share's alone ("Cơ cấu (%)"):
                              * the rows under it are the caption's whole's
                              * parts, in shares */
    uint32_t label, label2;
} meaning;

typedef struct {
    tbl_ctx *c;
    const tbl_table *t;
    const tbl_body *b;
    ts_extract_ctx cx;       /* the context, with the caption's place */
    meaning st[MAX_DEPTH];
    size_t depth;
    int part_level;          /* after "Trong đó:": the level of unmarked rows (0: none) */
    const ts_indicator *last; /* the indicator of the last row that named one */
    tbl_count *n;
} walk;

/* ---- texts ---- */

/* Appends the text of cell k (nothing for TBL_NONE), tabs and line
 * breaks as spaces. */
static int add_text(tbl_ctx *c, uint32_t k, const char *sep)
{
    if (k == TBL_NONE)
        return TS_OK;
    const tbl_cell *x = &c->g.cell[k];
    if (c->text.len && tsx_buf_add(&c->text, sep, strlen(sep)) != TS_OK)
        return TS_ENOMEM;
    return tsx_buf_add(&c->text, x->text, x->len);
}

/* Appends the words of cell k before its first bracket ("Cơ cấu" of "Cơ
 * cấu (%)"). */
static int add_words(tbl_ctx *c, uint32_t k, const char *sep)
{
    const tbl_cell *x = &c->g.cell[k];
    const char *open = memchr(x->text, '(', x->len);
    size_t n = open ? (size_t)(open - x->text) : x->len;
    while (n && x->text[n - 1] == ' ')
        n--;
    if (c->text.len && tsx_buf_add(&c->text, sep, strlen(sep)) != TS_OK)
        return TS_ENOMEM;
    return tsx_buf_add(&c->text, x->text, n);
}

/* Ends buf at its first invalid UTF-8 byte (a truncated character), and
 * makes tabs and line breaks spaces. */
static void tidy(char *buf)
{
    buf[ts_utf8_invalid_at(buf, strlen(buf))] = '\0';
    for (char *p = buf; *p; p++)
        if (*p == '\t' || *p == '\n' || *p == '\r')
            *p = ' ';
}

/* The length of s[0..len) cut to at most max bytes at a character's
 * start. */
static int clip(const tbl_cell *x, size_t max)
{
    if (!x)
        return 0;
    size_t n = x->len;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)x->text[n] & 0xC0) == 0x80)
            n--;
    }
    return (int)n;
}

/* "LABEL | COLUMN | CELL" for an excerpt or a reason, in buf (n bytes,
 * EXCERPT_MAX at least). */
static void describe(tbl_ctx *c, const tbl_table *t, uint32_t label, int col, uint32_t k,
                     char *buf, size_t n)
{
    const tbl_cell *l = label != TBL_NONE ? &c->g.cell[label] : NULL;
    const tbl_col *cl = col >= 0 ? &t->col[col] : NULL;
    const tbl_cell *top = cl && cl->top != TBL_NONE ? &c->g.cell[cl->top] : NULL;
    const tbl_cell *bot = cl && cl->bottom != TBL_NONE ? &c->g.cell[cl->bottom] : NULL;
    const tbl_cell *v = k != TBL_NONE ? &c->g.cell[k] : NULL;
    snprintf(buf, n, "%.*s | %.*s%s%.*s%s%.*s", l ? clip(l, 160) : 1, l ? l->text : "-",
             clip(top, 60), top ? top->text : "", top && bot ? " " : "", clip(bot, 60),
             bot ? bot->text : "", v ? " | " : "", clip(v, 40), v ? v->text : "");
    tidy(buf);
}

void tbl_reason(tbl_ctx *c, const tbl_table *t, uint32_t label, int col, uint32_t k,
                const char *why)
{
    if (!c->sink->unmatched || k == TBL_NONE)
        return;
    char buf[EXCERPT_MAX], q[80];
    describe(c, t, label, col, TBL_NONE, buf, sizeof buf);
    const tbl_cell *v = &c->g.cell[k];
    snprintf(q, sizeof q, "%.*s", clip(v, sizeof q - 1), v->text);
    tidy(q);
    c->sink->unmatched(c->sink->user, q, why, v->offset, buf);
}

/* ---- the label ---- */

/* Past the spaces, dashes and commas from i (not beyond end). */
static size_t past_separators(const reader *r, size_t i, size_t end)
{
    while (i < end && (r->s[i] == ' ' || r->s[i] == '-' || r->s[i] == ',' || r->s[i] == ';'))
        i++;
    return i;
}

/* Past a sub-row's marker and the spaces around it ("- ", "+ ", "* "). */
static size_t past_marker(const reader *r, size_t i)
{
    while (i < r->n && (r->s[i] == ' ' || r->s[i] == '-' || r->s[i] == '+' || r->s[i] == '*'))
        i++;
    return i;
}

/* Whether only spaces and colons follow i ("Tổng số:"). */
static int nothing_after(const reader *r, size_t i)
{
    while (i < r->n && (r->s[i] == ' ' || r->s[i] == ':'))
        i++;
    return i >= r->n;
}

/* Whether the words from i are a place's name alone, at most two words
 * of its kind before it ("Huyện Đà Bắc", "Thành phố Hòa Bình"). */
static int names_only_place(const reader *r, size_t i)
{
    for (int words = 0; words <= 2 && i < r->n; words++) {
        size_t end = 0;
        if (tsx_tag_find(r->tags, i, TSX_C_PLACE, &end) && nothing_after(r, end))
            return 1;
        i = rd_skip_spaces(r, rd_word_end(r, i));
    }
    return 0;
}

/* The brackets of the folded label text in c->r: the last one wholly a
 * unit ("(tỷ đồng)", "(%/năm)", "(triệu đồng/người)"), with or without a
 * price basis beside it (*price receives it, "" for none), gives the
 * row's unit and is cut out of the words ([*a, *b) in the text's bytes).
 * Returns 1 with a unit, 0 without, -1 when a bracket that starts like
 * a unit ("(1000 tỷ đồng)", "(%o)") cannot be read: then the row's unit is
 * unknown. */
static int label_unit(const reader *r, ts_unit_match *um, int *per_year, int *per_what,
                      size_t *a, size_t *b, char *price, size_t psize)
{
    int found = 0, bad = 0;
    for (size_t o = 0; o < r->n; o++) {
        if (r->s[o] != '(')
            continue;
        size_t cl = o + 1;
        while (cl < r->n && r->s[cl] != ')' && r->s[cl] != '(')
            cl++;
        if (cl >= r->n || r->s[cl] != ')')
            break;
        /* A price basis may stand beside the unit: "(Tỷ đồng - giá SS
         * 1994)", "(giá HH - tỷ đồng)". */
        char basis[16] = "";
        size_t i = rd_skip_spaces(r, o + 1), e;
        if ((e = rd_price_phrase(r, i, basis, sizeof basis)))
            i = past_separators(r, e, cl);
        ts_unit_match u;
        int py = 0, pw = 0;
        e = tsx_unit_read(r->tags, r->s, r->n, i, &u);
        size_t after = e ? past_separators(r, e, cl) : 0, pe;
        if (after > e && !basis[0] && (pe = rd_price_phrase(r, after, basis, sizeof basis)))
            e = pe;
        /* "/năm": a yearly rate; "/người", "/ha": what a rate is per
         * ("(triệu đồng/ người/ năm)", a line broken after a slash, has
         * both). */
        while (e && e < cl && r->s[e] == '/') {
            size_t w = rd_skip_spaces(r, e + 1);
            if (w >= cl || !tsx_is_word((unsigned char)r->s[w]))
                break;
            if (rd_at(r, w, TSX_C_PERIOD_YEAR))
                py = 1;
            else
                pw = 1;
            e = rd_word_end(r, w);
        }
        if (e && rd_skip_spaces(r, e) == cl) {
            *um = u;
            *per_year = py;
            *per_what = pw;
            snprintf(price, psize, "%s", basis);
            *a = r->f->map[o];
            *b = r->f->map[cl] + 1;
            found = 1;
            bad = 0;
        } else if (i < cl && (rd_digit((unsigned char)r->s[i]) || r->s[i] == '%' || e)) {
            bad = 1;
        }
        o = cl;
    }
    return bad ? -1 : found;
}

/* Whether the label's own words open with a growth word ("2. Tăng
 * trưởng (%)", "Tốc độ tăng"), not only hold one ("Cơ cấu giá trị gia
 * tăng"). */
static int opens_with_growth(const reader *r, size_t i)
{
    while (i < r->n && !(tsx_is_word((unsigned char)r->s[i]) && !rd_digit((unsigned char)r->s[i])))
        i++;
    return rd_at(r, i, TSX_C_VERB_GROWTH) != 0;
}

/* Words of class c anywhere in the folded text from i on. */
static int has_class(const reader *r, size_t i, const tsx_class *cls, size_t ncls)
{
    for (; i < r->n; i++)
        for (size_t k = 0; k < ncls; k++)
            if (rd_at(r, i, cls[k]))
                return 1;
    return 0;
}

static const tsx_class measure_words[] = {TSX_C_VERB_UP, TSX_C_VERB_DOWN, TSX_C_VERB_GROWTH,
                                          TSX_C_VERB_EQUAL, TSX_C_VERB_SHARE, TSX_C_AVERAGE};
static const tsx_class estimate_words[] = {TSX_C_ESTIMATE};
static const tsx_class change_words[] = {TSX_C_VERB_UP, TSX_C_VERB_DOWN, TSX_C_VERB_GROWTH};
static const tsx_class structure_words[] = {TSX_C_STRUCTURE};

/* Walks the indicator phrases of the row's own words (from folded
 * position i on, outside brackets), as a sentence's subject is found. */
static void read_mentions(reader *r, size_t i)
{
    int depth = 0;
    while (i < r->n) {
        unsigned char ch = (unsigned char)r->s[i];
        if (ch == '(' || ch == ')') {
            depth += ch == '(' ? 1 : depth > 0 ? -1 : 0;
            i++;
            continue;
        }
        if (!tsx_is_word(ch) || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1])) || depth) {
            i++;
            continue;
        }
        size_t e = rd_on_mention(r, i);
        i = e > i ? e : rd_word_end(r, i);
    }
}

/* An indicator's name alone in brackets after words that name none:
 * the gloss of the label ("Tổng VA (GDP)"). */
static void read_gloss(reader *r, size_t i)
{
    for (; i < r->n; i++) {
        if (r->s[i] != '(')
            continue;
        size_t j = rd_skip_spaces(r, i + 1);
        size_t e = j < r->n && tsx_is_word((unsigned char)r->s[j]) ? rd_on_mention(r, j) : 0;
        if (e > j && r->st[0].ind && rd_skip_spaces(r, e) < r->n && r->s[rd_skip_spaces(r, e)] == ')')
            return;
        r->st[0].ind = NULL;
    }
}

/* The folded position where byte offset o of the text begins. */
static size_t folded_at(const reader *r, size_t o)
{
    size_t i = 0;
    while (i < r->n && r->f->map[i] < o)
        i++;
    return i;
}

/* A cell of marks only ("-", "x"): no unit named, none misread. */
static int only_marks_cell(const tbl_cell *x)
{
    for (uint32_t i = 0; i < x->len; i++)
        if (tsx_is_word((unsigned char)(x->text[i] | 0x20)) && x->text[i] != 'x' && x->text[i] != 'X')
            return 0;
    return 1;
}

/* The unit of a unit cell ("tỷ đồng"), read wholly; 0 when it is none. */
static int cell_unit(tbl_ctx *c, uint32_t k, ts_unit_match *um)
{
    if (k == TBL_NONE)
        return 0;
    const tbl_cell *x = &c->g.cell[k];
    if (x->len == 0 || tbl_text_set(c, x->text, x->len) != TS_OK)
        return 0;
    size_t e = tsx_unit_read(c->r.tags, c->r.s, c->r.n, 0, um);
    return e && e == c->r.n;
}

/* The price basis of the row's money: the nearest one named, its own
 * label's, else its parents' ("1. Tổng giá trị gia tăng (Giá 2010)" over
 * "Nông, lâm nghiệp và thủy sản"), else the caption's. */
static void row_price(reader *r, const char *caption)
{
    snprintf(r->price_text, sizeof r->price_text, "%s", caption);
    for (size_t i = 0; i < r->n; i++) {
        if (!tsx_is_word((unsigned char)r->s[i]) || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1])))
            continue;
        size_t e = rd_price_phrase(r, i, r->price_text, sizeof r->price_text);
        if (e)
            i = e - 1;
    }
}

/* Puts together the row's text (the caption cell `whole` names a whole
 * by its parts in, TBL_NONE none; its parents' labels, ": ", its own
 * label with the unit bracket cut out), reads its unit (the bracket's,
 * else its unit cell's), tags it into c->r and finds its indicator.  *own
 * receives the folded start of its own words.  Returns 1 when a unit
 * bracket could not be read, -1 on out of memory, 0 otherwise. */
static int read_label(walk *w, const tbl_row *row, uint32_t whole, meaning *m, size_t *own)
{
    tbl_ctx *c = w->c;
    m->has_unit = cell_unit(c, row->unit, &m->um);
    /* A unit cell the lexicon cannot read ("Tr.đ") leaves the unit
     * unknown unless the label names one. */
    int cell_bad = row->unit != TBL_NONE && c->g.cell[row->unit].len && !m->has_unit &&
                   !only_marks_cell(&c->g.cell[row->unit]);
    c->text.len = 0;
    if (add_text(c, whole, "") != TS_OK)
        return -1;
    for (size_t k = 0; k < w->depth; k++) {
        if (w->st[k].shares) {
            /* "Cơ cấu (%)" in a table of "Tổng sản phẩm ...": the
             * structure of that, "Cơ cấu Tổng sản phẩm ...". */
            if (add_words(c, w->st[k].label, ": ") != TS_OK ||
                add_text(c, w->t->cap_title, " ") != TS_OK)
                return -1;
            continue;
        }
        if (add_text(c, w->st[k].label, ": ") != TS_OK || add_text(c, w->st[k].label2, " ") != TS_OK)
            return -1;
    }
    if (c->text.len && tsx_buf_add(&c->text, ": ", 2) != TS_OK)
        return -1;
    size_t start = c->text.len;
    if (add_text(c, row->label, "") != TS_OK || add_text(c, row->label2, " ") != TS_OK ||
        tsx_buf_add(&c->text, "", 1) != TS_OK)
        return -1;
    c->text.len--;
    if (tbl_text_set(c, c->text.data + start, c->text.len - start) != TS_OK)
        return -1;
    size_t a = 0, b = 0;
    int per_what = 0;
    ts_unit_match um;
    char unit_price[16] = "";
    int u = label_unit(&c->r, &um, &m->per_year, &per_what, &a, &b, unit_price, sizeof unit_price);
    if (u > 0) { /* the bracket's unit; cut it out of the words */
        m->um = um;
        m->has_unit = 1;
        memmove(c->text.data + start + a, c->text.data + start + b, c->text.len - start - b + 1);
        c->text.len -= b - a;
    }
    if (tbl_text_set(c, c->text.data, c->text.len) != TS_OK)
        return -1;
    *own = folded_at(&c->r, start);
    row_price(&c->r, w->t->cap_price);
    if (u > 0 && unit_price[0]) /* the unit bracket's is the row's own */
        snprintf(c->r.price_text, sizeof c->r.price_text, "%s", unit_price);
    /* The nearest parent that names an indicator is the subject. */
    for (size_t k = w->depth; k-- > 0 && !c->r.topic;)
        c->r.topic = w->st[k].ind;
    /* Else the caption's: "Tốc độ phát triển GRDP ..." over its sectors. */
    if (!c->r.topic)
        c->r.topic = w->t->cap_ind;
    /* Else the row before's, as in running text: "Nông, lâm nghiệp và
     * thủy sản" under "Tổng sản phẩm". */
    if (!c->r.topic)
        c->r.topic = w->last;
    read_mentions(&c->r, *own);
    if (!c->r.st[0].ind)
        read_gloss(&c->r, *own);
    m->ind = c->r.st[0].ind;
    /* "Tổng số" alone under a caption or header that names the indicator
     * (and under parents that name none, "I. Giá trị (tỷ đồng)"): its
     * total. */
    size_t te;
    if (!m->ind && w->t->cap_ind && c->r.topic == w->t->cap_ind &&
        (te = rd_at(&c->r, past_marker(&c->r, *own), TSX_C_TABLE_TOTAL)) &&
        nothing_after(&c->r, te))
        m->ind = c->r.st[0].ind = w->t->cap_ind;
    /* "- Tổng số" under "Công nghiệp và xây dựng", a row naming an
     * indicator (a turned table's group): the parent's total. */
    if (!m->ind && w->depth && w->st[w->depth - 1].ind &&
        c->r.topic == w->st[w->depth - 1].ind &&
        (te = rd_at(&c->r, past_marker(&c->r, *own), TSX_C_TABLE_TOTAL)) &&
        nothing_after(&c->r, te))
        m->ind = c->r.st[0].ind = c->r.topic;
    /* "Huyện Đà Bắc | 309,0" under "Diện tích cây mía": a district of the
     * report's area named alone holds its figure of the caption's
     * indicator. */
    if (!m->ind && w->t->cap_ind && c->r.topic == w->t->cap_ind && c->r.child_area &&
        names_only_place(&c->r, *own))
        m->ind = c->r.st[0].ind = w->t->cap_ind;
    /* A rate's unit may say what it is per ("triệu đồng/người"); other
     * indicators' may not. */
    if (per_what && m->ind && m->ind->kind != TS_KIND_RATE)
        m->has_unit = 0, u = -1;
    return u < 0 || (cell_bad && u == 0);
}

/* The unit of the row's cells when neither its label nor a unit cell
 * names one: its parent's, the caption's, else the indicator's own (a
 * percentage when its words speak of a change). */
static void default_unit(const walk *w, meaning *m, size_t own)
{
    if (m->has_unit)
        return;
    for (size_t k = w->depth; k-- > 0;)
        if (w->st[k].has_unit) {
            m->um = w->st[k].um;
            m->per_year = w->st[k].per_year;
            m->has_unit = 1;
            return;
        }
    if (w->t->cap_has_unit) {
        m->um = w->t->cap_unit;
        m->has_unit = 1;
    } else if (m->ind) {
        int change = has_class(&w->c->r, own, change_words,
                               sizeof change_words / sizeof change_words[0]);
        m->um.unit = change ? "pct" : m->ind->unit;
        m->um.factor = 1;
        m->has_unit = 1;
    }
}

/* Mentions waiting for a figure's unit ("Cà phê" is the coffee area in
 * ha): settled by the row's unit. */
static void settle_pending(reader *r, meaning *m)
{
    frame *fr = &r->st[0];
    if (!fr->npend || !m->has_unit)
        return;
    quantity q;
    memset(&q, 0, sizeof q);
    q.start = q.end = q.unit_start = r->n;
    q.um = m->um;
    q.has_unit = 1;
    int by_after;
    rd_resolve_subject(r, &q, &by_after);
    m->ind = fr->ind;
}

const ts_indicator *tbl_caption_indicator(tbl_ctx *c, const char *text, size_t len,
                                          const ts_unit_match *um)
{
    if (tbl_text_set(c, text, len) != TS_OK)
        return NULL;
    read_mentions(&c->r, 0);
    meaning m;
    memset(&m, 0, sizeof m);
    if (um) {
        m.um = *um;
        m.has_unit = 1;
    }
    m.ind = c->r.st[0].ind;
    settle_pending(&c->r, &m);
    return m.ind;
}

/* ---- the figures ---- */

/* The row decision for a figure x of column col. */
static rd_row decide_cell(walk *w, const meaning *m, const tbl_col *col, double x, int silent)
{
    reader *r = &w->c->r;
    quantity q;
    memset(&q, 0, sizeof q);
    q.start = q.end = q.unit_start = r->n;
    q.a = x;
    q.um = m->um;
    q.has_unit = m->has_unit;
    q.per_year = m->per_year;
    rd_row k = rd_label_kind(r, &q, col->p);
    /* A row whose words say no measure takes its parent's growth, or the
     * growth a parent naming nothing speaks of ("2. Tăng trưởng (%)" over
     * "- Dịch vụ"). */
    if (k == RD_ROW_NONE && silent)
        for (size_t j = w->depth; j-- > 0;)
            if (w->st[j].has_kind || w->st[j].growth) {
                rd_row pk = w->st[j].has_kind ? w->st[j].kind : RD_ROW_UP;
                if (pk == RD_ROW_UP || pk == RD_ROW_DOWN || pk == RD_ROW_AVG)
                    k = pk;
                break;
            }
    return k;
}

/* The reader set for a fact of cell k (column j) of the row: its offset,
 * its excerpt (written into ex, EXCERPT_MAX bytes) and context. */
static reader *fact_reader(walk *w, const tbl_row *row, int j, uint32_t k, char *ex)
{
    tbl_ctx *c = w->c;
    describe(c, w->t, row->label, j, k, ex, EXCERPT_MAX);
    reader *r = &c->r;
    r->offset = c->g.cell[k].offset;
    r->excerpt = ex;
    r->cx = &w->cx;
    return r;
}

/* Emits figure x (cell k) of the row under column j, or says why not. */
static void emit_cell(walk *w, const tbl_row *row, const meaning *m, int j, uint32_t k,
                      double x, int dir, int silent, char status)
{
    tbl_ctx *c = w->c;
    const tbl_col *col = &w->t->col[j];
    if (col->m == COL_BAD) {
        tbl_reason(c, w->t, row->label, j, k, col->why);
        return;
    }
    /* "Tăng 7,78" under "So với cùng kỳ (%)" is the change, not the
     * index. */
    int cm = dir && col->m == COL_SAME ? COL_CHANGE : col->m;
    rd_row kind = decide_cell(w, m, col, x, silent);
    size_t i = 0;
    while (!((combine[i].row == ANY_ROW || combine[i].row == (int)kind) &&
             (combine[i].col == ANY_COL || combine[i].col == cm)))
        i++;
    out_kind out = combine[i].out;
    ts_period p = col->p;
    if (out == OUT_AVG && ts_period_kind_of(p) != TS_PERIOD_YEARS) {
        tbl_reason(c, w->t, row->label, j, k, "an average rate of one year");
        return;
    }
    if (out == OUT_NONE) {
        tbl_reason(c, w->t, row->label, j, k, combine[i].why);
        return;
    }
    char ex[EXCERPT_MAX];
    reader *r = fact_reader(w, row, j, k, ex);
    const ts_indicator *ind = m->ind;
    double v = x;
    quantity q;
    memset(&q, 0, sizeof q);
    q.um = m->um;
    q.has_unit = 1;
    w->n->read++;
    switch (out) {
    case OUT_LEVEL:
    case OUT_PLAN:
        if (!rd_to_unit(&q, x, ind, &v)) {
            w->n->read--;
            tbl_reason(c, w->t, row->label, j, k, combine[0].why);
            return;
        }
        if (out == OUT_PLAN)
            rd_emit(r, ind, TS_MEASURE_PLAN, rd_plan_period(p), v, ind->unit, 'A');
        else
            rd_emit(r, ind, TS_MEASURE_LEVEL, p, v, ind->unit, status);
        return;
    case OUT_PCT_PLAN:
        rd_emit(r, ind, TS_MEASURE_PCT_PLAN, p, x, "pct", status);
        return;
    case OUT_YOY:
        v = kind == RD_ROW_DOWN && cm == COL_LEVEL ? -x : x;
        rd_emit(r, ind, TS_MEASURE_YOY_PCT, p, v, "pct", status);
        return;
    case OUT_YOY_INDEX:
        rd_emit(r, ind, TS_MEASURE_YOY_PCT, p, x - 100, "pct", status);
        return;
    default:
        rd_emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, p, x, "pct", status);
        return;
    }
}

/* Emits the row's figures x[0..n) of columns of shares (cells k, columns
 * col): the row read as a part of the whole the caption names ("GDP và cơ
 * cấu tổng sản phẩm" over "Dịch vụ | 5.284.620 | 35,0"), in percent.
 * TS_ENOMEM, else TS_OK. */
static int emit_shares(walk *w, const tbl_row *row, const double *x, const uint32_t *k,
                       const int *col, size_t n, char status)
{
    tbl_ctx *c = w->c;
    const char *why = NULL;
    meaning s;
    memset(&s, 0, sizeof s);
    if (w->t->cap_struct == TBL_NONE) {
        why = "a share of a whole the caption does not name";
    } else {
        size_t own;
        int bad = read_label(w, row, w->t->cap_struct, &s, &own);
        if (bad < 0)
            return TS_ENOMEM;
        s.um.unit = "pct";
        s.um.factor = 1;
        s.has_unit = 1;
        settle_pending(&c->r, &s);
        if (bad || !s.ind || s.ind->kind != TS_KIND_RATE || strcmp(s.ind->unit, "pct") != 0)
            why = "the row names no share the catalogue records";
    }
    for (size_t f = 0; f < n; f++) {
        if (why) {
            tbl_reason(c, w->t, row->label, col[f], k[f], why);
            continue;
        }
        char ex[EXCERPT_MAX];
        reader *r = fact_reader(w, row, col[f], k[f], ex);
        w->n->read++;
        rd_emit(r, s.ind, TS_MEASURE_LEVEL, w->t->col[col[f]].p, x[f], "pct",
                status ? status : w->t->col[col[f]].status);
    }
    return TS_OK;
}

/* Reports every figure of the row as not read, for why. */
static void skip_row(walk *w, const tbl_row *row, const char *why)
{
    const tbl_body *b = w->b;
    int counted = 0;
    for (uint32_t f = row->first; f < row->first + row->n; f++) {
        double x;
        uint32_t k = b->fig[f].cell;
        if (k != TBL_NONE && tbl_cell_value(w->c, k, b->english, &x) == TBL_V_NUMBER) {
            w->n->figures++;
            w->n->rows += !counted;
            counted = 1;
            tbl_reason(w->c, w->t, row->label, b->fig[f].col, k, why);
        }
    }
}

/* Leaves on the stack only the rows of a smaller level than level: the
 * parents of a row at that level. */
static void pop_to(walk *w, int level)
{
    while (w->depth && w->st[w->depth - 1].level >= level)
        w->depth--;
}

/* The row's place among the rows around it: its level and its parents
 * (the rows above it of a smaller level stay on the stack). */
static int place_row(walk *w, const tbl_row *row, int numbered)
{
    tbl_ctx *c = w->c;
    int level = row->label != TBL_NONE ? tbl_marker_level(&c->g.cell[row->label]) : 0;
    if (!level)
        level = row->marker;
    if (numbered)
        w->part_level = 0;
    if (!level && w->part_level)
        level = w->part_level;
    pop_to(w, level);
    return level;
}

/* Whether the words from i are a share's alone ("Cơ cấu (%)", "Tỷ
 * trọng"): @table.share, then a bracket or nothing. */
static int share_words_only(const reader *r, size_t i)
{
    i = past_marker(r, i);
    size_t e = rd_at(r, i, TSX_C_TABLE_SHARE);
    if (!e)
        return 0;
    e = rd_skip_spaces(r, e);
    return e >= r->n || r->s[e] == '(';
}

/* "Trong đó:", "Gồm:" alone on a row without figures: the rows after it
 * are parts of the one before.  Nonzero when the row is such a line. */
static int opens_parts(walk *w, const tbl_row *row)
{
    tbl_ctx *c = w->c;
    const tbl_cell *x = &c->g.cell[row->label];
    if (x->len > 40 || !tbl_parts_alone(c, x->text, x->len))
        return 0;
    w->part_level = (w->depth ? w->st[w->depth - 1].level : 0) + 1;
    return 1;
}

/* Why a row gives no facts at all, or NULL. */
static const char *row_why(const reader *r, const meaning *m, int bad)
{
    if (bad)
        return "a unit the lexicon does not read";
    if (r->place_end)
        return "another area's row";
    if (!m->ind)
        return r->st[0].suppress == 2 ? "the label names a part or another subject"
                                      : "the label names no catalogue indicator";
    return NULL;
}

#define ROW_FIGS (TBL_MAX_COLS * 2)

/* Reads one row: its figures as the table writes them, its meaning, then
 * each figure's fact. */
static int do_row(walk *w, const tbl_row *row)
{
    tbl_ctx *c = w->c;
    const tbl_body *b = w->b;
    if (row->label == TBL_NONE || row->why) {
        skip_row(w, row, row->why ? row->why : "figures without a row label");
        return TS_OK;
    }
    /* The figures first: reading a cell may fold it into c->r. */
    double x[ROW_FIGS];
    uint32_t fk[ROW_FIGS];
    int col[ROW_FIGS], dir[ROW_FIGS];
    size_t nf = 0;
    for (uint32_t f = row->first; f < row->first + row->n && nf < ROW_FIGS; f++) {
        uint32_t k = b->fig[f].cell;
        if (k == TBL_NONE)
            continue;
        tbl_value v = tbl_cell_change(c, k, b->english, &x[nf], &dir[nf]);
        if (v == TBL_V_TEXT)
            tbl_reason(c, w->t, row->label, b->fig[f].col, k, "not a figure");
        if (v != TBL_V_NUMBER)
            continue;
        fk[nf] = k;
        col[nf++] = b->fig[f].col;
    }
    if (!nf && opens_parts(w, row))
        return TS_OK;
    /* A numbered row without figures ("1 | Cơ cấu kinh tế") heads the
     * unmarked rows after it, up to the next numbered one: "Dịch vụ | %
     * | 56" under it is a share. */
    int numbered = row->numbered || tbl_label_numbered(&c->g.cell[row->label]);
    int heading = numbered && (!nf || !tbl_marker_level(&c->g.cell[row->label]));
    meaning m;
    memset(&m, 0, sizeof m);
    m.level = place_row(w, row, numbered);
    m.label = row->label;
    m.label2 = row->label2;
    size_t own;
    int bad = read_label(w, row, w->t->cap_whole, &m, &own);
    if (bad < 0)
        return TS_ENOMEM;
    /* An unmarked row under a heading that names the heading's own
     * indicator restates the total another way ("1 GRDP giá so sánh 2010"
     * then "GRDP giá hiện hành"): the heading's sibling, with the rows
     * under it its own. */
    if (w->part_level && m.level == w->part_level && m.ind && w->depth &&
        w->st[w->depth - 1].ind == m.ind && w->st[w->depth - 1].level < m.level &&
        !tbl_marker_level(&c->g.cell[row->label]) && !row->marker) {
        m.level = w->st[w->depth - 1].level;
        w->part_level = 0;
        pop_to(w, m.level);
        if ((bad = read_label(w, row, w->t->cap_whole, &m, &own)) < 0)
            return TS_ENOMEM;
        heading = 1;
    }
    const reader *r = &c->r;
    if (!bad) {
        settle_pending(&c->r, &m);
        default_unit(w, &m, own);
    }
    int silent = !has_class(r, own, measure_words, sizeof measure_words / sizeof measure_words[0]);
    char status = has_class(r, own, estimate_words, 1) ? 'E' : 0;
    const char *why = row_why(r, &m, bad);
    /* A subject that holds ("giá trị sản xuất", gross output: `holds`)
     * keeps the rows under it as its parts, as it keeps the clauses after
     * it in running text. */
    m.other = !m.ind && r->topic_held;
    m.shares = !nf && !m.ind && w->t->cap_ind && w->t->cap_title != TBL_NONE &&
               share_words_only(r, own);
    /* "Tổng giá trị sản xuất" over "- Nông, lâm, thủy sản": the sectors'
     * output, not their value added. */
    if (w->depth && w->st[w->depth - 1].other && m.level > w->st[w->depth - 1].level) {
        why = "a part of another subject its parent row names";
        m.other = 1;
    }
    if (!why && w->t->ncol) {
        m.kind = decide_cell(w, &m, &w->t->col[0], 0, silent);
        m.has_kind = 1;
    }
    m.growth = !m.ind && opens_with_growth(r, own);
    /* A row of a growth word alone and no figures ("Tốc độ tăng trưởng"
     * over "GDP (%) | 10,4"): a label a line break cut, or a heading; the
     * unmarked rows after it are its parts either way. */
    if (!nf && m.growth)
        heading = 1;
    /* "Cơ cấu kinh tế (%) | 100 | 100" over "Nông lâm, thuỷ sản (%) |
     * 21,4": a whole by its parts heads the unmarked rows after it, as a
     * numbered heading does; they are its shares. */
    if (!m.ind && has_class(r, own, structure_words, 1))
        heading = 1;
    w->n->figures += nf;
    w->n->rows += nf > 0;
    /* The shares after the others: reading the row as a part re-tags it. */
    double sx[ROW_FIGS];
    uint32_t sk[ROW_FIGS];
    int scol[ROW_FIGS];
    size_t ns = 0;
    for (size_t f = 0; f < nf; f++) {
        if (w->t->col[col[f]].m == COL_SHARE) {
            sx[ns] = x[f];
            sk[ns] = fk[f];
            scol[ns++] = col[f];
        } else if (why) {
            tbl_reason(c, w->t, row->label, col[f], fk[f], why);
        } else {
            emit_cell(w, row, &m, col[f], fk[f], x[f], dir[f], silent,
                      status ? status : w->t->col[col[f]].status);
        }
    }
    if (ns && emit_shares(w, row, sx, sk, scol, ns, status) != TS_OK)
        return TS_ENOMEM;
    if (m.ind)
        w->last = m.ind;
    if (w->depth < MAX_DEPTH)
        w->st[w->depth++] = m;
    if (heading)
        w->part_level = m.level + 1;
    return TS_OK;
}

int tbl_rows_emit(tbl_ctx *c, const tbl_table *t, const tbl_body *b, tbl_count *n)
{
    walk w;
    memset(&w, 0, sizeof w);
    w.c = c;
    w.t = t;
    w.b = b;
    w.n = n;
    w.cx = *c->cx;
    if (t->area[0])
        w.cx.area = t->area;
    for (size_t i = 0; i < b->nrow; i++) {
        int rc = do_row(&w, &b->row[i]);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}
