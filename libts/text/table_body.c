/* The rows under a header, as the layout gives them: in rows of cells
 * (tabs, pipes, CSV) each cell sits at its column's index, in rows apart
 * by spaces at its column's place; a table flattened one cell per line is
 * read as a run of labels, an optional unit cell and figures, its row
 * numbers ("1", "II") told apart from figures by the label after them and
 * their order.  Labels stacked over twice the figures of a row
 * ("Độ che phủ rừng (%)", "- Trồng mới (ha) rừng", then two figures per
 * year) share them column by column.  Rows that do not fit the header are
 * kept with the reason, so that their figures are reported, not lost
 * silently.  What the labels mean is table_row.c's. */
#include "text/table.h"
#include "core/grow.h"
#include "ts_vnum.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LABELS 8   /* labels without figures before the table is over */
#define NUM_MAX 64     /* bytes of a figure cell at most */

static const char RAGGED[] = "its cells do not match the header's columns";
static const char NO_LABEL[] = "figures without a row label";
static const char NUMBER_LABEL[] = "a number where the row label should be";
static const char MISFIT[] = "the header's columns do not fit the rows' figures";

void tbl_body_free(tbl_body *b)
{
    free(b->row);
    free(b->fig);
    memset(b, 0, sizeof *b);
}

/* ---- what a cell holds ---- */

/* Bytes of a trailing footnote mark at s[0..n): "(1)", "(*)", "*", a
 * superscript digit; 0 when none. */
static size_t footnote_mark(const unsigned char *s, size_t n)
{
    if (n >= 2 && (s[n - 2] == 0xC2) && (s[n - 1] == 0xB9 || s[n - 1] == 0xB2 || s[n - 1] == 0xB3))
        return 2;
    if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x81 && s[n - 1] >= 0xB0 && s[n - 1] <= 0xB9)
        return 3;
    if (n >= 1 && s[n - 1] == '*')
        return 1;
    if (n >= 3 && s[n - 1] == ')') {
        size_t i = n - 1;
        while (i > 0 && (rd_digit(s[i - 1]) || s[i - 1] == '*') && n - i < 4)
            i--;
        if (i > 0 && s[i - 1] == '(' && i < n - 1 && i >= 2)
            return n - i + 1;
    }
    return 0;
}

/* A sign at s: its length (1 for '+'/'-', 3 for U+2212 and U+2013), 0
 * when none; *neg says minus. */
static size_t sign_at(const unsigned char *s, size_t n, int *neg)
{
    if (n >= 1 && (s[0] == '+' || s[0] == '-')) {
        *neg = s[0] == '-';
        return 1;
    }
    if (n >= 3 && s[0] == 0xE2 && ((s[1] == 0x88 && s[2] == 0x92) || (s[1] == 0x80 && s[2] == 0x93))) {
        *neg = 1;
        return 3;
    }
    return 0;
}

/* Marks that stand for no figure: dashes, dots, an ellipsis. */
static int only_marks(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' || s[i] == '.' || s[i] == ' ' || s[i] == '/')
            continue;
        if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
            (s[i + 2] == 0x93 || s[i + 2] == 0x94 || s[i + 2] == 0xA6)) {
            i += 2;
            continue;
        }
        return 0;
    }
    return 1;
}

/* Past the digits, commas and points at *i; how many digits. */
static size_t digits_past(const unsigned char *s, size_t n, size_t *i)
{
    size_t digits = 0;
    while (*i < n && (rd_digit(s[*i]) || s[*i] == ',' || s[*i] == '.'))
        digits += rd_digit(s[(*i)++]) != 0;
    return digits;
}

static size_t spaces_past(const unsigned char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* A range ("7,5-8,0", "7,5 - 8%", "7,5% - 8%"): a target's bounds, no
 * figure a fact holds, though the cell keeps its column. */
static int range_cell(const unsigned char *s, size_t n)
{
    size_t i = 0;
    if (!digits_past(s, n, &i))
        return 0;
    i = spaces_past(s, n, i);
    if (i < n && s[i] == '%')
        i = spaces_past(s, n, i + 1);
    if (i >= n || s[i] != '-')
        return 0;
    i = spaces_past(s, n, i + 1);
    if (!digits_past(s, n, &i))
        return 0;
    if (i < n && s[i] == '%')
        i++;
    return i == n;
}

/* The figure of cell x as written, in buf: footnote marks, '%', brackets
 * and the sign taken off.  Returns TBL_V_NUMBER (the digits and marks in
 * buf[0..*n), *neg the sign), TBL_V_EMPTY (a mark of no figure) or
 * TBL_V_TEXT. */
static tbl_value figure_core(const tbl_cell *x, char *buf, size_t *n, int *neg)
{
    *neg = 0;
    if (x->len == 0)
        return TBL_V_EMPTY;
    if (x->len > NUM_MAX)
        return TBL_V_TEXT;
    const unsigned char *s = (const unsigned char *)x->text;
    size_t a = 0, b = x->len, k;
    if (only_marks(s, b) || range_cell(s, b))
        return TBL_V_EMPTY;
    for (int guard = 0; guard < 4; guard++) {
        while (b > a && s[b - 1] == ' ')
            b--;
        if (b > a && s[b - 1] == '%')
            b--;
        else if ((k = footnote_mark(s + a, b - a)))
            b -= k;
        else
            break;
    }
    if (b - a >= 2 && s[a] == '(' && s[b - 1] == ')') {
        a++;
        b--;
    }
    a = spaces_past(s, b, a + sign_at(s + a, b - a, neg));
    if (a == b || !rd_digit(s[a]))
        return TBL_V_TEXT;
    for (size_t i = a; i < b; i++)
        if (!rd_digit(s[i]) && s[i] != '.' && s[i] != ',')
            return TBL_V_TEXT;
    *n = b - a;
    memcpy(buf, s + a, *n);
    buf[*n] = '\0';
    return TBL_V_NUMBER;
}

/* Nonzero when the whole folded text is a @table.missing word ("x",
 * "n/a"). */
static int missing_word(tbl_ctx *c, const tbl_cell *x)
{
    if (x->len > 16 || tbl_text_set(c, x->text, x->len) != TS_OK)
        return 0;
    return c->r.n > 0 && rd_at(&c->r, 0, TSX_C_TABLE_MISSING) == c->r.n;
}

/* The figure of cell x (see tbl_cell_value). */
static tbl_value cell_figure(tbl_ctx *c, const tbl_cell *x, int english, double *v)
{
    char buf[NUM_MAX + 1];
    size_t n;
    int neg;
    tbl_value kind = figure_core(x, buf, &n, &neg);
    if (kind == TBL_V_TEXT)
        return missing_word(c, x) ? TBL_V_EMPTY : TBL_V_TEXT;
    if (kind == TBL_V_EMPTY)
        return kind;
    /* English marks are the Vietnamese ones swapped; so is a cell that
     * only the other mark reads ("11.00", "61.0" among "10,19", "57,3":
     * a slip of the writer's). */
    int only = tbl_cell_marks(x);
    if (english ? only >= 0 : only > 0)
        for (size_t i = 0; i < n; i++)
            buf[i] = buf[i] == '.' ? ',' : buf[i] == ',' ? '.' : buf[i];
    double val;
    int dec;
    if (ts_vnum_scan(buf, n, &val, &dec) != n)
        return TBL_V_TEXT;
    *v = neg ? -val : val;
    return TBL_V_NUMBER;
}

tbl_value tbl_cell_value(tbl_ctx *c, uint32_t k, int english, double *v)
{
    int dir;
    return tbl_cell_change(c, k, english, v, &dir);
}

/* Whether text cell x could be a word and a figure: it ends with a digit
 * or '%' and opens with a letter (checked on bytes, so that labels are
 * not folded and tagged for it). */
static int word_then_figure(const tbl_cell *x)
{
    if (x->len < 3 || x->len > NUM_MAX || rd_digit((unsigned char)x->text[0]))
        return 0;
    unsigned char last = (unsigned char)x->text[x->len - 1];
    return rd_digit(last) || last == '%';
}

/* Statistics offices write a change's direction in the cell ("Tăng 7,78"
 * under "So với cùng kỳ (%)"): the word gives the sign. */
tbl_value tbl_cell_change(tbl_ctx *c, uint32_t k, int english, double *v, int *dir)
{
    const tbl_cell *x = &c->g.cell[k];
    *dir = 0;
    tbl_value kind = cell_figure(c, x, english, v);
    if (kind != TBL_V_TEXT || !word_then_figure(x))
        return kind;
    if (tbl_text_set(c, x->text, x->len) != TS_OK)
        return kind;
    const reader *r = &c->r;
    size_t e = rd_at(r, 0, TSX_C_VERB_UP);
    int d = 1;
    if (!e) {
        e = rd_at(r, 0, TSX_C_VERB_DOWN);
        d = -1;
    }
    if (!e)
        return kind;
    size_t a = c->f->map[e];
    while (a < x->len && x->text[a] == ' ')
        a++;
    tbl_cell rest = *x;
    rest.text += a;
    rest.len = (uint32_t)(x->len - a);
    if (!rest.len || cell_figure(c, &rest, english, v) != TBL_V_NUMBER)
        return kind;
    *v *= d;
    *dir = d;
    return TBL_V_NUMBER;
}

int tbl_cell_marks(const tbl_cell *x)
{
    char s[NUM_MAX + 1];
    size_t n;
    int neg;
    if (figure_core(x, s, &n, &neg) != TBL_V_NUMBER)
        return 0;
    const char *d = memchr(s, '.', n), *c = memchr(s, ',', n);
    size_t nd = 0, nc = 0;
    for (size_t i = 0; i < n; i++) {
        nd += s[i] == '.';
        nc += s[i] == ',';
    }
    if (d && c)
        return d < c ? -1 : 1; /* "5.861,4" or "1,234.6" */
    if (nc >= 2 || nd >= 2)
        return nc >= 2 ? 1 : -1; /* thousands grouped twice */
    if (nc == 1)
        return s + n - c - 1 == 3 ? 0 : -1; /* "11,1"; "1,234" could be either */
    if (nd == 1)
        return s + n - d - 1 == 3 ? 0 : 1;  /* "12.5"; "1.300" could be either */
    return 0;
}

int tbl_marker_level(const tbl_cell *x)
{
    const unsigned char *s = (const unsigned char *)x->text;
    if (x->len >= 1 && s[0] == '-')
        return 1;
    if (x->len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94))
        return 1; /* en or em dash */
    if (x->len >= 1 && s[0] == '+')
        return 2;
    if ((x->len >= 1 && s[0] == '*') || (x->len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA2))
        return 3;
    return 0;
}

int tbl_label_numbered(const tbl_cell *x)
{
    const char *s = x->text;
    size_t n = x->len, i = 0;
    while (i < n && i < 4 && strchr("0123456789IVXivx", s[i]) && s[i])
        i++;
    if (i == 0 && n > 0 && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
        i = 1;
    if (i == 0 || i + 1 >= n || (s[i] != '.' && s[i] != ')'))
        return 0;
    /* "1.2 Dịch vụ" is a sub-row, "1.000 ha" a figure: after the mark
     * come words. */
    size_t j = i + 1;
    while (j < n && s[j] == ' ')
        j++;
    return j < n && !rd_digit((unsigned char)s[j]) && s[j] != '.';
}

/* A marker alone in its cell ("-", "+", a dash, a bullet): its depth. */
static int lone_marker(const tbl_cell *x)
{
    int k = tbl_marker_level(x);
    return k && x->len == (x->text[0] == '-' || x->text[0] == '+' || x->text[0] == '*' ? 1u : 3u)
               ? k : 0;
}

/* ---- rows ---- */

static int add_row(tbl_body *b, const tbl_row *r)
{
    if (tsi_grow(&b->row, &b->rcap, b->nrow + 1, sizeof *b->row, 32) != 0)
        return TS_ENOMEM;
    b->row[b->nrow++] = *r;
    return TS_OK;
}

static int add_fig(tbl_body *b, uint32_t cell, size_t col)
{
    if (tsi_grow(&b->fig, &b->fcap, b->nfig + 1, sizeof *b->fig, 64) != 0)
        return TS_ENOMEM;
    b->fig[b->nfig++] = (tbl_fig){cell, (uint16_t)col};
    return TS_OK;
}

static tbl_row new_row(uint32_t label)
{
    return (tbl_row){.label = label, .label2 = TBL_NONE, .unit = TBL_NONE};
}

/* Nonzero when the folded text of cell x is wholly a unit ("tỷ đồng",
 * "%", "nghìn con"). */
static int unit_cell(tbl_ctx *c, const tbl_cell *x)
{
    if (x->len == 0 || x->len > 40 || tbl_text_set(c, x->text, x->len) != TS_OK)
        return 0;
    ts_unit_match um;
    size_t e = tsx_unit_read(c->r.tags, c->r.s, c->r.n, 0, &um);
    return e && e == c->r.n;
}

/* A row number: digits ("12"; *num its value), a Roman numeral or one
 * letter ("II", "a", "b)"; *num 0), numbers of a sub-row ("1.2",
 * "2.1.3"; *num -1) or a sub-row's marker alone ("-"; *num -2). */
static int row_number(const tbl_cell *x, int *num)
{
    const char *s = x->text;
    size_t n = x->len;
    while (n && (s[n - 1] == '.' || s[n - 1] == ')'))
        n--;
    if (n == 0 || n > 8)
        return 0;
    if (lone_marker(x)) {
        *num = -2;
        return 1;
    }
    int v = 0, digits = 1, roman = n <= 4, dotted = 1, run = 0;
    for (size_t i = 0; i < n; i++) {
        digits &= rd_digit((unsigned char)s[i]) && n <= 4;
        roman &= strchr("IVXivx", s[i]) != NULL && s[i];
        run = rd_digit((unsigned char)s[i]) ? run + 1 : s[i] == '.' && run ? 0 : 9;
        dotted &= run <= 2;
        v = v * 10 + (s[i] - '0');
    }
    dotted &= memchr(s, '.', n) != NULL && run > 0;
    *num = digits ? v : dotted ? -1 : 0;
    return digits || roman || dotted || (n == 1 && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'));
}

/* ---- a table flattened one cell per line ---- */

typedef struct {
    uint32_t label[MAX_LABELS], label2[MAX_LABELS];
    int marks[MAX_LABELS];  /* the depth of a marker cell before each label */
    size_t nl;
    int numbered;
    int marker;             /* a marker cell waiting for its label */
    uint32_t unit;
    int unit_seen;       /* the unit column's cell was read, empty or not */
    uint32_t val[TBL_MAX_COLS * 2];
    size_t nv, nnum;
} pending;

/* Hands the pending labels and cells over as rows (see the file's head
 * for stacked labels). */
static int flush(tbl_body *b, const tbl_table *t, pending *p)
{
    size_t nc = t->ncol, s = 1, nl = p->nl;
    const char *why = NULL;
    if (p->nnum && nl == 0) {
        why = NO_LABEL;
    } else if (p->nnum && p->nv > nc && (p->nv + nc - 1) / nc <= nl) {
        s = (p->nv + nc - 1) / nc;
    } else if (p->nnum && p->nv != nc) {
        why = RAGGED;
    }
    size_t lead = nl > s ? nl - s : 0;
    for (size_t k = 0; k < lead; k++) { /* parents and section rows */
        tbl_row r = new_row(p->label[k]);
        r.label2 = p->label2[k];
        r.marker = p->marks[k];
        r.numbered = k == 0 && p->numbered;
        if (add_row(b, &r) != TS_OK)
            return TS_ENOMEM;
    }
    for (size_t k = 0; k < (nl > 0 ? (nl < s ? nl : s) : 1); k++) {
        tbl_row r = new_row(nl ? p->label[lead + k] : TBL_NONE);
        r.label2 = nl ? p->label2[lead + k] : TBL_NONE;
        r.marker = nl ? p->marks[lead + k] : 0;
        r.numbered = lead + k == 0 && p->numbered;
        r.unit = k + 1 == s ? p->unit : TBL_NONE;
        r.why = why;
        r.first = (uint32_t)b->nfig;
        for (size_t j = k; j < p->nv && p->nnum; j += s)
            if (add_fig(b, p->val[j], why ? (j < nc ? j : nc - 1) : j / s) != TS_OK)
                return TS_ENOMEM;
        r.n = (uint32_t)(b->nfig - r.first);
        r.cells = (uint32_t)((p->nv + s - 1 - k) / s);
        if ((nl || p->nnum) && add_row(b, &r) != TS_OK)
            return TS_ENOMEM;
    }
    memset(p, 0, sizeof *p);
    p->unit = TBL_NONE;
    return TS_OK;
}

/* The next line with a cell after i. */
static size_t next_cell_line(const tbl_grid *g, size_t i)
{
    for (i++; i < g->nline && tbl_blank(g, i); i++)
        ;
    return i;
}

/* Under a unit column, an empty cell right after the label is the unit's
 * ("-" or nothing): nonzero when it was taken so. */
static int empty_unit(const tbl_table *t, pending *p)
{
    if (!t->has_unit || !p->nl || p->nv || p->unit_seen)
        return 0;
    p->unit_seen = 1;
    return 1;
}

/* Is line i a row number (and not a figure)?  It is when a label follows
 * it and it continues the numbering, or the row before is complete. */
static int is_row_number(tbl_ctx *c, const tbl_table *t, const pending *p, size_t i, int last)
{
    int num;
    const tbl_cell *x = &c->g.cell[c->g.line[i].first];
    if (!row_number(x, &num))
        return 0;
    size_t j = next_cell_line(&c->g, i);
    double v;
    if (j >= c->g.nline || c->g.line[j].cut != TBL_ITEM ||
        tbl_cell_value(c, c->g.line[j].first, 0, &v) != TBL_V_TEXT)
        return 0;
    if (!num)
        return 1; /* "II", "a)": never a figure */
    if (num < 0) /* "1.2", "-": a figure or a mark of none too */
        return p->nv == 0 || p->nv >= t->ncol;
    return p->nl == 0 || p->nv == 0 || p->nv >= t->ncol || num == last + 1 || num == 1;
}

/* One line of a table flattened one cell per line.  Returns 1 to go on,
 * 0 when the table is over, -1 on out of memory. */
static int stream_line(tbl_ctx *c, const tbl_table *t, tbl_body *b, pending *p, size_t i,
                       int *last)
{
    const tbl_grid *g = &c->g;
    const tbl_line *x = &g->line[i];
    if (tbl_blank(g, i)) {
        /* An empty cell: a line of spaces between blank lines, or any
         * blank line when no blank line parts the cells. */
        int cell = t->separated ? (x->flags & TBL_WHITE) != 0 : 1;
        if (cell && empty_unit(t, p))
            return 1;
        if (cell && p->nl && p->nv < p->nl * t->ncol && p->nv < sizeof p->val / sizeof p->val[0])
            p->val[p->nv++] = TBL_NONE;
        return 1;
    }
    if (x->cut != TBL_ITEM || (x->flags & TBL_LONG))
        return 0;
    uint32_t k = x->first;
    double v;
    tbl_value kind = tbl_cell_value(c, k, 0, &v);
    int num;
    if (row_number(&g->cell[k], &num) && is_row_number(c, t, p, i, *last)) {
        if ((p->nv || p->nl) && flush(b, t, p) != TS_OK)
            return -1;
        if (num > 0)
            *last = num; /* a section's "II", a sub-row's "1.2" leave it as it is */
        if (num == -2)
            p->marker = lone_marker(&g->cell[k]);
        else
            p->numbered = 1;
        return 1;
    }
    if (kind != TBL_V_TEXT) {
        if (!p->nl && tbl_head_cell(c, k))
            return 0; /* the header of another table */
        if (kind == TBL_V_EMPTY && empty_unit(t, p))
            return 1;
        if (p->nv < sizeof p->val / sizeof p->val[0]) {
            p->val[p->nv++] = k;
            p->nnum += kind == TBL_V_NUMBER;
        }
        return 1;
    }
    if (p->nv && flush(b, t, p) != TS_OK)
        return -1;
    const tbl_cell *cx = &g->cell[k];
    if (p->nl && !p->unit_seen && unit_cell(c, cx)) {
        p->unit = k;
        p->unit_seen = 1;
        return 1;
    }
    if (p->nl && cx->text[0] == '(')
        return 1; /* a note under the label */
    if (p->nl && tsx_starts_lower(cx->text, cx->len) /* a label going on */ && !tbl_blank(g, i - 1) && p->label2[p->nl - 1] == TBL_NONE) {
        p->label2[p->nl - 1] = k; /* the label goes on */
        return 1;
    }
    if (tbl_head_cell(c, k) || p->nl == MAX_LABELS)
        return 0;
    p->label[p->nl] = k;
    p->marks[p->nl] = p->marker;
    p->marker = 0;
    p->label2[p->nl++] = TBL_NONE;
    return 1;
}

static int stream_body(tbl_ctx *c, const tbl_table *t, tbl_body *b)
{
    pending p;
    memset(&p, 0, sizeof p);
    p.unit = TBL_NONE;
    int last = 0, rc = 1;
    size_t i = t->body;
    for (; i < c->g.nline && (rc = stream_line(c, t, b, &p, i, &last)) > 0; i++)
        ;
    if (rc < 0)
        return TS_ENOMEM;
    /* Labels left without figures at the end were the text after it. */
    if (p.nv && flush(b, t, &p) != TS_OK)
        return TS_ENOMEM;
    b->end = i;
    return TS_OK;
}

/* ---- rows of cells ---- */

/* The column a cell of a row apart by spaces stands in: the one it
 * overlaps most, else the nearest; -1 when none. */
static int col_at(const tbl_table *t, const tbl_cell *x)
{
    int best = -1;
    long bscore = 0;
    for (size_t j = 0; j < t->ncol; j++) {
        const tbl_col *k = &t->col[j];
        long lo = k->pos > x->pos ? k->pos : x->pos, hi = k->end < x->end ? k->end : x->end;
        long mid = ((long)k->pos + k->end) - ((long)x->pos + x->end);
        long score = hi > lo ? (hi - lo) * 1000 : -(mid < 0 ? -mid : mid);
        if (best < 0 || score > bscore) {
            best = (int)j;
            bscore = score;
        }
    }
    return best;
}

/* A row apart by spaces: its first cells are the label (and the unit),
 * the figures go to the columns they stand under. */
static int space_row(tbl_ctx *c, const tbl_table *t, tbl_body *b, const tbl_line *x, tbl_row *r)
{
    uint32_t j = 0;
    double v;
    int num;
    if (x->n > 1 && row_number(&c->g.cell[x->first], &num) &&
        tbl_cell_value(c, x->first + 1, 0, &v) == TBL_V_TEXT) {
        r->numbered = 1;
        j++;
    }
    if (j < x->n && tbl_cell_value(c, x->first + j, 0, &v) == TBL_V_TEXT)
        r->label = x->first + j++;
    for (; j < x->n && tbl_cell_value(c, x->first + j, 0, &v) == TBL_V_TEXT; j++) {
        if (r->unit == TBL_NONE && unit_cell(c, &c->g.cell[x->first + j]))
            r->unit = x->first + j;
        else if (r->label2 == TBL_NONE && r->label != TBL_NONE)
            r->label2 = x->first + j;
    }
    int used[TBL_MAX_COLS] = {0};
    size_t figs = x->n - j;
    for (size_t k = 0; j < x->n; j++, k++) {
        int col = figs == t->ncol ? (int)k : col_at(t, &c->g.cell[x->first + j]);
        if (col < 0 || used[col]++)
            r->why = RAGGED;
        if (add_fig(b, x->first + j, col < 0 ? 0 : (size_t)col) != TS_OK)
            return TS_ENOMEM;
    }
    r->cells = (uint32_t)figs;
    return TS_OK;
}

/* Nonzero when every cell of x with something in it reads as l. */
static int same_cells(const tbl_grid *g, const tbl_line *x, const tbl_cell *l)
{
    for (uint32_t j = 0; j < x->n; j++) {
        const tbl_cell *k = &g->cell[x->first + j];
        if (k->len && (k->len != l->len || memcmp(k->text, l->text, l->len) != 0))
            return 0;
    }
    return 1;
}

/* A row of cells at fixed places (tabs, pipes, CSV): each cell is read
 * at its column's index. */
static int index_row(tbl_ctx *c, const tbl_table *t, tbl_body *b, const tbl_line *x, tbl_row *r)
{
    /* Without a named label column: the first cell that is neither the
     * row number nor the unit. */
    int32_t li = t->label_index;
    for (int32_t j = 0; li < 0 && (uint32_t)j < x->n; j++)
        if (j != t->number_index && j != t->unit_index)
            li = j;
    if (li >= 0 && (uint32_t)li < x->n)
        r->label = x->first + (uint32_t)li;
    if (t->unit_index >= 0 && (uint32_t)t->unit_index < x->n)
        r->unit = x->first + (uint32_t)t->unit_index;
    if (t->number_index >= 0 && (uint32_t)t->number_index < x->n) {
        const tbl_cell *nc = &c->g.cell[x->first + (uint32_t)t->number_index];
        r->marker = lone_marker(nc);
        r->numbered = nc->len > 0 && !r->marker;
    }
    /* A merged cell repeated over the row (the Word and PDF readers' way):
     * a section's or a parent's label alone. */
    if (r->label != TBL_NONE && same_cells(&c->g, x, &c->g.cell[r->label])) {
        r->cells = x->n;
        return TS_OK;
    }
    uint32_t last = 0;
    for (size_t k = 0; k < t->ncol; k++) {
        uint32_t ix = t->col[k].index;
        if (ix < x->n && add_fig(b, x->first + ix, k) != TS_OK)
            return TS_ENOMEM;
        last = ix > last ? ix : last;
    }
    /* Cells past the last column with something in them: the row does
     * not fit the header. */
    uint32_t end = t->note_index > (int32_t)last ? (uint32_t)t->note_index : x->n;
    for (uint32_t j = last + 1; j < x->n && j < end; j++)
        if (c->g.cell[x->first + j].len)
            r->why = RAGGED;
    r->cells = x->n;
    return TS_OK;
}

static int rows_body(tbl_ctx *c, const tbl_table *t, tbl_body *b)
{
    const tbl_grid *g = &c->g;
    size_t i = t->body, lone = 0;
    for (; i < g->nline; i++) {
        const tbl_line *x = &g->line[i];
        if (tbl_blank(g, i) || (x->flags & TBL_RULE))
            continue;
        if (x->flags & TBL_LONG)
            break;
        tbl_row r = new_row(TBL_NONE);
        double v;
        if (x->cut == TBL_ITEM) {
            /* A label alone: a section or the parent of the rows below. */
            if (++lone > MAX_LABELS || tbl_cell_value(c, x->first, 0, &v) != TBL_V_TEXT ||
                tbl_head_cell(c, x->first))
                break;
            r.label = x->first;
            if (add_row(b, &r) != TS_OK)
                return TS_ENOMEM;
            continue;
        }
        if (x->cut != t->cut && !(x->cut == TBL_SPACE || t->cut == TBL_SPACE))
            break;
        lone = 0;
        r.first = (uint32_t)b->nfig;
        int rc = x->cut == TBL_SPACE ? space_row(c, t, b, x, &r) : index_row(c, t, b, x, &r);
        if (rc != TS_OK)
            return rc;
        r.n = (uint32_t)(b->nfig - r.first);
        if (r.label != TBL_NONE && tbl_cell_value(c, r.label, 0, &v) == TBL_V_NUMBER)
            r.why = NUMBER_LABEL;
        /* A row of header words: another table starts. */
        if (r.label != TBL_NONE && r.n && tbl_head_cell(c, b->fig[r.first].cell))
            break;
        if (add_row(b, &r) != TS_OK)
            return TS_ENOMEM;
    }
    /* Label lines after the last row were the text after the table. */
    while (b->nrow && b->row[b->nrow - 1].n == 0 && lone) {
        b->nrow--;
        lone--;
    }
    b->end = i;
    return TS_OK;
}

/* A column of yearly averages, indices or shares whose figures run into
 * thousands ("Tăng BQ (%/năm)" over "10.829", the level of another
 * column): the header was read with columns the rows do not have, and
 * nothing of the table is read rather than every figure in a wrong place. */
static void misfit_header(tbl_ctx *c, const tbl_table *t, tbl_body *b)
{
    for (size_t j = 0; j < t->ncol; j++) {
        uint8_t m = t->col[j].m;
        if (m != COL_AVG && m != COL_SAME && m != COL_SHARE)
            continue;
        size_t n = 0, big = 0;
        for (size_t k = 0; k < b->nfig; k++) {
            double v;
            if (b->fig[k].col != j || b->fig[k].cell == TBL_NONE ||
                tbl_cell_value(c, b->fig[k].cell, b->english, &v) != TBL_V_NUMBER)
                continue;
            n++;
            big += v >= 1000 || v <= -1000;
        }
        if (n >= 2 && big * 2 > n) {
            for (size_t r = 0; r < b->nrow; r++)
                if (!b->row[r].why)
                    b->row[r].why = MISFIT;
            return;
        }
    }
}

int tbl_body_read(tbl_ctx *c, const tbl_table *t, tbl_body *b)
{
    b->nrow = b->nfig = 0;
    int rc = t->cut == TBL_ITEM ? stream_body(c, t, b) : rows_body(c, t, b);
    if (rc != TS_OK)
        return rc;
    /* The decimal mark: the one the table's own figures can only mean. */
    long votes = 0;
    for (size_t k = 0; k < b->nfig; k++)
        if (b->fig[k].cell != TBL_NONE)
            votes += tbl_cell_marks(&c->g.cell[b->fig[k].cell]);
    b->english = votes > 0;
    misfit_header(c, t, b);
    return TS_OK;
}
