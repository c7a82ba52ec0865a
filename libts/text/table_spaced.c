/* Tables whose cells only single spaces part, as a web page's or a
 * thesis's table comes out when it is copied as text: a header line that
 * opens with the label column ("(STT) Chỉ tiêu", maybe "ĐVT") and names a
 * period in each of k >= 2 columns ("Năm 2011 Năm 2012 ...", "2009 2010
 * ...", "Kế hoạch năm 2019 Thực hiện năm 2019 Kế hoạch năm 2020", "TH
 * 2016 - 2020 Tăng bq 2016-2020 (%)"), then rows of a label, a unit when
 * the header has that column, and k figures, one row a line or run on in
 * one paragraph ("1 Tổng giá trị sản phẩm Tỷ đồng 9.417 10.229 11.460 2
 * Tốc độ tăng trưởng % 10,19 ...").  Such a table is cut here into a
 * header line and one line per row, as a Word table's TAB rows are, and
 * the other steps read it as they read those.  A row's figures are the
 * first k of a run of k or more; a shorter run belongs to its label
 * ("giá so sánh 2010"); numbers left after them open the next row's label
 * (a row number, a page number) and are dropped. */
#include "text/table.h"
#include "core/grow.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define SP_MAX_TOKENS 4096 /* tokens of one table at most */
#define SP_LABEL_MAX 40    /* tokens of a label at most: past it, prose */
#define SP_PROSE 15        /* a line of this many tokens giving no row is prose */
#define SP_HEAD_WORDS 4    /* words a column head may have before its period */
#define SP_SUB_MAX 3       /* heads under one period at most */
#define SP_SUB_TOKENS 8    /* tokens of the heads under one period at most */

typedef struct {
    size_t line;   /* input line */
    size_t a, b;   /* bytes in that line */
} sp_tok;

typedef struct {
    size_t line;
    size_t head_line;      /* the line of the period columns: line, or the
                            * next when they stand alone under it */
    size_t start;          /* where the header starts in its line */
    size_t label_a, label_b, unit_a, unit_b; /* its lead cells (unit: a == b none) */
    size_t head_a[TBL_MAX_COLS], head_b[TBL_MAX_COLS]; /* in head_line */
    size_t k;              /* period columns */
    size_t end;            /* where it ends in head_line */
    size_t cont_b;         /* > 0: the last column's head goes on to this
                            * byte of the line after head_line ("TTBQ"
                            * over "2006-2010") */
    size_t m;              /* heads under each period ("Triệu đồng %"), 1 none */
    size_t sub_line;       /* the line of the first period's heads under it */
    size_t sub_a[SP_SUB_MAX], sub_b[SP_SUB_MAX]; /* their bytes in sub_line */
    size_t rows_line, rows_at; /* where the rows start */
} sp_header;

/* The figures of one row of h. */
static size_t row_figures(const sp_header *h) { return h->k * h->m; }

/* Where h's rows start with no heads under its periods: after its last
 * column's head (on the next line when that head goes on there). */
static void rows_after_heads(sp_header *h)
{
    h->end = h->k ? h->head_b[h->k - 1] : 0;
    h->rows_line = h->cont_b ? h->head_line + 1 : h->head_line;
    h->rows_at = h->cont_b ? h->cont_b : h->end;
}

typedef struct {
    size_t number;               /* its row number's token, SIZE_MAX none */
    size_t label_first, label_n; /* tokens of its label (unit split off) */
    size_t unit;                 /* its unit token range start, SIZE_MAX none */
    size_t unit_n;
    size_t fig[TBL_MAX_COLS];    /* tokens of its figures, SIZE_MAX a missing one */
} sp_row;

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* A figure as such tables write it: digits with '.' and ',' inside, a
 * sign, a '%' after ("4.141,2", "-15,97", "61.0"); not "1." (a row
 * number) nor "2010)" (a label's). */
static int figure_token(const char *s, size_t n)
{
    size_t i = 0, digits = 0;
    if (n && (s[0] == '-' || s[0] == '+'))
        i++;
    for (; i < n; i++) {
        if (is_digit(s[i]))
            digits++;
        else if (!((s[i] == '.' || s[i] == ',') && i + 1 < n && is_digit(s[i + 1])) &&
                 !(s[i] == '%' && i + 1 == n))
            return 0;
    }
    return digits > 0;
}

/* A dash that stands for a missing figure. */
static int dash_token(const char *s, size_t n)
{
    return (n == 1 && s[0] == '-') || (n == 3 && memcmp(s, "\xe2\x80\x93", 3) == 0);
}

/* A row number before a label: "1", "12.", "II", "IV.", "a)". */
static int number_token(const char *s, size_t n)
{
    if (n && (s[n - 1] == '.' || s[n - 1] == ')'))
        n--;
    if (!n || n > 4)
        return 0;
    size_t d = 0, r = 0;
    for (size_t i = 0; i < n; i++) {
        d += is_digit(s[i]);
        r += s[i] == 'I' || s[i] == 'V' || s[i] == 'X';
    }
    return d == n || r == n;
}

/* A bare year ("2009"), or a span of two ("2016 - 2020", "2016-2020"),
 * at byte i of the line: its end, or 0. */
static size_t bare_years(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && is_digit(s[j]))
        j++;
    if (j - i != 4 || (j < n && s[j] != ' ' && s[j] != '-'))
        return 0;
    int y = atoi(s + i);
    if (y < 1945 || y > 2099)
        return 0;
    size_t k = j;
    while (k < n && s[k] == ' ')
        k++;
    if (k < n && s[k] == '-') {
        size_t m = k + 1;
        while (m < n && s[m] == ' ')
            m++;
        size_t e = m;
        while (e < n && is_digit(s[e]))
            e++;
        if (e - m == 4 && atoi(s + m) > y && (e == n || s[e] == ' '))
            return e;
    }
    return j < n && s[j] == '-' ? 0 : j;
}

/* The original byte of folded position p of the text last set. */
static size_t orig_at(const tbl_ctx *c, size_t p)
{
    return c->f->map[p < c->f->len ? p : c->f->len];
}

/* The original byte where a column's period at folded word i ends: bare
 * years ("2009", "2016 - 2020") or a period phrase; 0 when none. */
static size_t period_end(tbl_ctx *c, size_t i)
{
    const reader *r = &c->r;
    if (i >= r->n)
        return 0;
    if (is_digit(r->s[i]))
        return bare_years(r->orig, r->olen, orig_at(c, i));
    per_state ps = PER_STATE_NONE;
    int set, year_only;
    size_t e = rd_period(r, i, &ps, &set, &year_only);
    return e && ps.kind == PER_FIXED ? orig_at(c, e) : 0;
}

/* A column head at folded word w: up to SP_HEAD_WORDS words ("Kế hoạch",
 * "Tăng bq", "TH") then a period phrase or bare years, then a bracket
 * right after ("(%)"); *a, *b its bytes.  0 when none. */
static int column_head(tbl_ctx *c, size_t w, size_t *a, size_t *b)
{
    const reader *r = &c->r;
    const char *s = r->orig;
    size_t i = w;
    for (int words = 0; words <= SP_HEAD_WORDS && i < r->n; words++) {
        size_t ob = orig_at(c, i), oe = period_end(c, i);
        if (oe) {
            size_t k = oe;
            while (k < r->olen && s[k] == ' ')
                k++;
            if (k < r->olen && s[k] == '(') {
                const char *close = memchr(s + k, ')', r->olen - k < 16 ? r->olen - k : 16);
                if (close)
                    oe = (size_t)(close - s) + 1;
            }
            *a = orig_at(c, w);
            *b = oe;
            return 1;
        }
        /* the head's words are no figures */
        size_t we = rd_word_end(r, i);
        if (we == i || figure_token(s + ob, orig_at(c, we) - ob))
            return 0;
        i = rd_skip_spaces(r, we);
    }
    return 0;
}

/* Folded position of the first word at or after original byte o. */
static size_t folded_at(const tbl_ctx *c, size_t o)
{
    size_t p = 0;
    while (p < c->f->len && c->f->map[p] < o)
        p++;
    return rd_skip_spaces(&c->r, p);
}

/* Whether s holds two years of this century (four digits 20.. standing
 * alone): a header's periods; the bytes looked at before a line is
 * tagged, which prose lines mostly are not worth. */
static int two_years(const char *s, size_t n)
{
    int years = 0;
    for (const char *p = s, *end = s + n; years < 2 && (p = memchr(p, '0', (size_t)(end - p)));
         p++) {
        /* "20xx", found by its '0' */
        size_t i = (size_t)(p - s);
        if (i >= 1 && s[i - 1] == '2' && (i < 2 || !is_digit(s[i - 2])) && i + 3 <= n &&
            is_digit(s[i + 1]) && is_digit(s[i + 2]) && (i + 3 == n || !is_digit(s[i + 3])))
            years++;
    }
    return years >= 2;
}

/* A line of bare years alone ("2012 2013 2014 2015 2016"): the period
 * columns of a header whose label words stand on the line before ("TT
 * Chỉ tiêu ĐVT Năm"). */
static int years_alone(const ts_span *l)
{
    if (l->len > TBL_ROW_MAX || !two_years(l->text, l->len))
        return 0;
    for (size_t i = 0; i < l->len; i++)
        if (!is_digit(l->text[i]) && l->text[i] != ' ' && l->text[i] != '-')
            return 0;
    return 1;
}

/* Whether the line above line (blank lines apart) is words, a caption's
 * ("Đơn vị tính: Triệu đồng"), not a piece of a header broken over lines
 * ("2006-" over "2010 2011 2012"). */
static int words_above(const ts_span *lines, size_t line)
{
    while (line > 0 && lines[line - 1].len == 0)
        line--;
    if (line == 0)
        return 0;
    const ts_span *l = &lines[line - 1];
    size_t n = l->len;
    while (n > 0 && l->text[n - 1] == ' ')
        n--;
    if (n == 0 || l->text[n - 1] == '-')
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)l->text[i] >= 0x80 || isalpha((unsigned char)l->text[i]))
            return 1;
    return 0;
}

/* The label column's word at the start of r's text, after a row
 * number's column maybe ("STT Chỉ tiêu"): its end, with *at its start;
 * 0 when none. */
static size_t label_at_start(const reader *r, size_t *at)
{
    size_t i = rd_skip_spaces(r, 0), e;
    if ((e = rd_at(r, i, TSX_C_TABLE_NUMBER)))
        i = rd_skip_spaces(r, e);
    *at = i;
    return rd_at(r, i, TSX_C_TABLE_LABEL);
}

/* Whether line l holds "TT" as a word of its own (in "STT", "TT"). */
static int number_head_in(const ts_span *l)
{
    for (const char *p = l->text, *end = l->text + l->len;
         (p = memchr(p, 'T', (size_t)(end - p))) && p + 1 < end; p++)
        if (p[1] == 'T' && (p + 2 == end || p[2] == ' ') &&
            (p == l->text || p[-1] == ' ' || (p[-1] == 'S' && (p - 1 == l->text || p[-2] == ' '))))
            return 1;
    return 0;
}

/* A header that a caption opens on the same line ("Bảng 2.1: Một số chỉ
 * tiêu ... 2006 - 2013 TT Các chỉ tiêu chủ yếu ĐVT 2006 2010 ..."): the
 * row number's column and the label column's word after it, the end of
 * that word with *from where the header starts and *at where the label
 * does; 0 when none. */
static size_t label_after_caption(const reader *r, size_t *from, size_t *at)
{
    for (size_t w = 1; w < r->n; w++) {
        if (!tsx_is_word((unsigned char)r->s[w]) || tsx_is_word((unsigned char)r->s[w - 1]))
            continue;
        size_t e = rd_at(r, w, TSX_C_TABLE_NUMBER), l;
        if (e && (l = rd_at(r, rd_skip_spaces(r, e), TSX_C_TABLE_LABEL))) {
            *from = w;
            *at = rd_skip_spaces(r, e);
            return l;
        }
    }
    return 0;
}

/* The words that end the header's line with no period after them
 * ("... 2010 TTBQ"), folded from i on, and the period opening the next
 * line ("2006-2010"): one more column, its head on two lines.  -1 on out
 * of memory, else 0. */
static int continued_head(tbl_ctx *c, const ts_span *l, const ts_span *next, size_t i,
                          sp_header *h)
{
    const reader *r = &c->r;
    size_t a = orig_at(c, i), words = 0;
    for (size_t w = i; w < r->n; w = rd_skip_spaces(r, rd_word_end(r, w))) {
        size_t ob = orig_at(c, w), oe = orig_at(c, rd_word_end(r, w));
        if (rd_word_end(r, w) == w || figure_token(l->text + ob, oe - ob) ||
            ++words > SP_HEAD_WORDS)
            return 0;
    }
    if (!words || a >= l->len)
        return 0;
    if (tbl_text_set(c, next->text, next->len) != TS_OK)
        return -1;
    size_t e = period_end(c, rd_skip_spaces(&c->r, 0));
    if (!e)
        return 0;
    h->head_a[h->k] = a;
    h->head_b[h->k++] = l->len;
    h->cont_b = e;
    return 0;
}

/* Whether tokens t[0..nt) of line l split into `m` heads that go under a
 * period ("Triệu đồng" "%", "GDP" "Tỉ lệ %"): fills h->sub_a/sub_b from
 * head `from` on, 1; 0 when not, -1 out of memory. */
static int split_sub(tbl_ctx *c, const ts_span *l, const size_t (*t)[2], size_t nt, size_t m,
                     size_t from, sp_header *h)
{
    if (m == 1) {
        int rc = tbl_head_under_period(c, l->text + t[0][0], t[nt - 1][1] - t[0][0]);
        if (rc > 0) {
            h->sub_a[from] = t[0][0];
            h->sub_b[from] = t[nt - 1][1];
        }
        return rc;
    }
    for (size_t first = 1; first + m - 1 <= nt; first++) {
        int rc = tbl_head_under_period(c, l->text + t[0][0], t[first - 1][1] - t[0][0]);
        if (rc < 0)
            return -1;
        if (!rc)
            continue;
        rc = split_sub(c, l, t + first, nt - first, m - 1, from + 1, h);
        if (rc != 0) {
            h->sub_a[from] = t[0][0];
            h->sub_b[from] = t[first - 1][1];
            return rc;
        }
    }
    return 0;
}

/* The heads under each of h's periods, the same ones repeated period
 * after period, in line `line` from byte `at` ("2000 2005 GDP Tỉ lệ % GDP
 * Tỉ lệ %"; or a line of their own under the years, "Triệu đồng % Triệu
 * đồng %"): fills h->m and the heads, and where the rows start; 0 when
 * there are none, -1 out of memory. */
static int sub_heads(tbl_ctx *c, const ts_span *lines, size_t line, size_t at, sp_header *h)
{
    const ts_span *l = &lines[line];
    size_t t[TBL_MAX_COLS * SP_SUB_TOKENS][2], nt = 0;
    for (size_t j = at; j < l->len && nt < sizeof t / sizeof t[0];) {
        while (j < l->len && l->text[j] == ' ')
            j++;
        size_t k = j;
        while (k < l->len && l->text[k] != ' ')
            k++;
        if (k > j) {
            t[nt][0] = j;
            t[nt++][1] = k;
        }
        j = k;
    }
    for (size_t len = 2; len <= SP_SUB_TOKENS && len * h->k <= nt; len++) {
        /* the first period's tokens, repeated under every other */
        int same = 1;
        for (size_t g = 1; g < h->k && same; g++)
            for (size_t i = 0; i < len && same; i++) {
                size_t a = t[i][1] - t[i][0], b = t[g * len + i][1] - t[g * len + i][0];
                same = a == b && memcmp(l->text + t[i][0], l->text + t[g * len + i][0], a) == 0;
            }
        if (!same)
            continue;
        for (size_t m = 2; m <= SP_SUB_MAX && m <= len && m * h->k <= TBL_MAX_COLS; m++) {
            int rc = split_sub(c, l, (const size_t (*)[2])t, len, m, 0, h);
            if (rc < 0)
                return -1;
            if (rc) {
                h->m = m;
                h->sub_line = line;
                h->rows_line = line;
                h->rows_at = t[len * h->k - 1][1];
                return 1;
            }
        }
    }
    return 0;
}

/* A header in line `line` of lines[0..n) (the label column's word at its
 * start, after a row number's column maybe), its period columns in it or
 * alone on the next line: fills h, 1; 0 when none, -1 out of memory. */
static int find_header(tbl_ctx *c, const ts_span *lines, size_t n, size_t line, sp_header *h)
{
    const ts_span *l = &lines[line];
    size_t head_line = line;
    if (l->len > TBL_ROW_MAX)
        return 0;
    if (!two_years(l->text, l->len)) {
        if (line + 1 >= n || !years_alone(&lines[line + 1]))
            return 0;
        head_line = line + 1;
    }
    /* Its first words first (most lines with two years are prose): up to
     * the sixth space. */
    size_t lead = 0;
    for (int spaces = 0; lead < l->len && spaces < 6; lead++)
        spaces += l->text[lead] == ' ';
    size_t i, e = 0, from = (size_t)-1;
    for (int pass = 0; pass < 2; pass++) {
        if (tbl_text_set(c, l->text, pass ? l->len : lead) != TS_OK)
            return -1;
        if (!(e = label_at_start(&c->r, &i)) && head_line == line && years_alone(l) &&
            words_above(lines, line)) {
            /* "2008 2009 2010" alone under a caption: no label's word. */
            if (pass)
                i = e = rd_skip_spaces(&c->r, 0);
            continue;
        }
        if (!e) {
            /* Most lines with two years are prose: only a line with a row
             * number's head in it ("TT", "STT") is read whole for one. */
            if (pass || head_line != line || !number_head_in(l) ||
                tbl_text_set(c, l->text, l->len) != TS_OK ||
                !(e = label_after_caption(&c->r, &from, &i)))
                return 0;
            break;
        }
    }
    const reader *r = &c->r;
    memset(h, 0, sizeof *h);
    h->line = line;
    h->head_line = head_line;
    h->start = orig_at(c, from != (size_t)-1 ? from : rd_skip_spaces(r, 0));
    h->label_a = orig_at(c, i);
    h->label_b = orig_at(c, e);
    i = rd_skip_spaces(r, e);
    if ((e = rd_at(r, i, TSX_C_TABLE_UNIT))) {
        h->unit_a = orig_at(c, i);
        h->unit_b = orig_at(c, e);
        i = rd_skip_spaces(r, e);
    }
    if (head_line != line) {
        if (tbl_text_set(c, lines[head_line].text, lines[head_line].len) != TS_OK)
            return -1;
        i = rd_skip_spaces(r, 0);
    }
    size_t a, b;
    while (h->k < TBL_MAX_COLS && i < r->n && column_head(c, i, &a, &b)) {
        h->head_a[h->k] = a;
        h->head_b[h->k++] = b;
        i = folded_at(c, b);
    }
    if (h->k >= 2 && h->k < TBL_MAX_COLS && head_line + 1 < n &&
        continued_head(c, &lines[head_line], &lines[head_line + 1], i, h))
        return -1;
    h->m = 1;
    rows_after_heads(h);
    if (h->k < 2)
        return 0;
    /* The heads under the periods, after them or on the next line alone. */
    int rc = 0;
    if (!h->cont_b) {
        rc = sub_heads(c, lines, head_line, h->end, h);
        if (rc == 0 && head_line + 1 < n)
            rc = sub_heads(c, lines, head_line + 1, 0, h);
    }
    return rc < 0 ? -1 : 1;
}

/* The tokens of lines[from..) from byte `at` of the first, up to a blank
 * line's run of two or the end; stops at SP_MAX_TOKENS. */
static size_t tokens_from(const ts_span *lines, size_t n, size_t from, size_t at, sp_tok *t)
{
    size_t nt = 0;
    for (size_t i = from; i < n && nt < SP_MAX_TOKENS; i++) {
        const ts_span *l = &lines[i];
        for (size_t j = i == from ? at : 0; j < l->len && nt < SP_MAX_TOKENS;) {
            while (j < l->len && (l->text[j] == ' ' || l->text[j] == '\t'))
                j++;
            size_t k = j;
            while (k < l->len && l->text[k] != ' ' && l->text[k] != '\t')
                k++;
            if (k > j)
                t[nt++] = (sp_tok){i, j, k};
            j = k;
        }
    }
    return nt;
}

static const char *tok_text(const ts_span *lines, const sp_tok *t) { return lines[t->line].text + t->a; }
static size_t tok_len(const sp_tok *t) { return t->b - t->a; }

static int tok_figure(const ts_span *lines, const sp_tok *t)
{
    return figure_token(tok_text(lines, t), tok_len(t));
}

/* The figure cells a run at token j holds (a dash before a figure is a
 * missing one): how many in a row, at most max. */
static size_t run_at(const ts_span *lines, const sp_tok *t, size_t nt, size_t j, size_t max)
{
    size_t n = 0;
    while (j < nt && n < max) {
        if (tok_figure(lines, &t[j]) ||
            (dash_token(tok_text(lines, &t[j]), tok_len(&t[j])) && j + 1 < nt &&
             tok_figure(lines, &t[j + 1]))) {
            n++;
            j++;
        } else {
            break;
        }
    }
    return n;
}

/* How many tokens at the end of a label are its unit (a @unit phrase,
 * with its scale: "Tỷ đồng", "%", "Con"; or a ditto mark '"'). */
static size_t unit_tokens(tbl_ctx *c, const ts_span *lines, const sp_tok *t, size_t first,
                          size_t n)
{
    if (!n)
        return 0;
    const sp_tok *last = &t[first + n - 1];
    if (tok_len(last) == 1 && (tok_text(lines, last)[0] == '"' || tok_text(lines, last)[0] == '%'))
        return 1;
    for (size_t u = n < 3 ? n : 3; u >= 1; u--) {
        /* the tokens joined ("Triệu" and "đồng" a line apart) */
        char s[96];
        size_t len = 0;
        for (size_t i = first + n - u; i < first + n; i++) {
            if (len + tok_len(&t[i]) + 1 > sizeof s)
                return 0;
            memcpy(s + len, tok_text(lines, &t[i]), tok_len(&t[i]));
            len += tok_len(&t[i]);
            s[len++] = ' ';
        }
        if (tbl_text_set(c, s, len - 1) != TS_OK)
            return 0;
        const reader *r = &c->r;
        size_t w = rd_prev_word(r, r->n), st = rd_ending(r, w, TSX_C_UNIT);
        if (st == (size_t)-1)
            continue;
        size_t sw = rd_prev_word(r, st), ss = rd_ending(r, sw, TSX_C_SCALE);
        if ((ss != (size_t)-1 ? ss : st) == rd_skip_spaces(r, 0))
            return u;
    }
    return 0;
}

typedef struct {
    tbl_grid g;          /* the grid being built, owning the texts of cells
                          * joined across lines */
} sp_out;

static int add_view(sp_out *o, const char *text, size_t len, size_t offset)
{
    tbl_cell x = {.text = text, .len = (uint32_t)len, .offset = offset};
    return tbl_grid_push(&o->g, &x);
}

/* A cell of tokens t[first..first+n): a view when they share a line,
 * else their words joined by single spaces. */
static int add_tokens(sp_out *o, const ts_span *lines, const sp_tok *t, size_t first, size_t n)
{
    if (!n)
        return add_view(o, "", 0, 0);
    const sp_tok *a = &t[first], *b = &t[first + n - 1];
    size_t offset = lines[a->line].offset + a->a;
    if (a->line == b->line)
        return add_view(o, tok_text(lines, a), b->b - a->a, offset);
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += tok_len(&t[first + i]) + 1;
    char *s = tbl_grid_own(&o->g, len);
    if (!s)
        return TS_ENOMEM;
    size_t p = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(s + p, tok_text(lines, &t[first + i]), tok_len(&t[first + i]));
        p += tok_len(&t[first + i]);
        s[p++] = ' ';
    }
    return add_view(o, s, p - 1, offset);
}

/* A cell of a[0..na) and b[0..nb) joined by a space (a head on two
 * lines), owned by o. */
static int add_joined(sp_out *o, const char *a, size_t na, const char *b, size_t nb,
                      size_t offset)
{
    while (nb && *b == ' ')
        b++, nb--;
    char *s = tbl_grid_own(&o->g, na + nb + 1);
    if (!s)
        return TS_ENOMEM;
    memcpy(s, a, na);
    s[na] = ' ';
    memcpy(s + na + 1, b, nb);
    return add_view(o, s, na + 1 + nb, offset);
}

static int begin_line(sp_out *o, uint8_t cut) { return tbl_grid_begin_line(&o->g, cut); }

/* Copies line i of the old grid. */
static int copy_line(sp_out *o, const tbl_grid *g, size_t i) { return tbl_grid_copy_line(&o->g, g, i); }

static int has_figures(const sp_row *row, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (row->fig[i] != SIZE_MAX)
            return 1;
    return 0;
}

static size_t figure_rows(const sp_row *rows, size_t nr, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; i < nr; i++)
        n += has_figures(&rows[i], k);
    return n;
}

/* Whether tokens from j are a unit and then a figure ("Tỷ" and "đồng
 * 7.041,70" on the lines under a label of its own line): the label goes
 * on to them. */
static int unit_then_figure(tbl_ctx *c, const ts_span *lines, const sp_tok *t, size_t nt,
                            size_t j)
{
    for (size_t u = 1; u <= 3 && j + u < nt; u++)
        if (tok_figure(lines, &t[j + u]) && unit_tokens(c, lines, t, j, u) == u)
            return 1;
    return 0;
}

/* Reads the rows after header h: fills rows (at most max), returns how
 * many, with *last_line the last input line they reach. */
static size_t read_rows(tbl_ctx *c, const ts_span *lines, const sp_tok *t, size_t nt,
                        const sp_header *h, sp_row *rows, size_t max, size_t *last_line)
{
    size_t nr = 0, label = 0, j = 0, line_rows = 0, line_tokens = 0;
    size_t line = h->head_line;
    *last_line = h->head_line;
    while (j < nt && nr < max) {
        if (t[j].line != line) {
            /* a line of prose that gave no row ends the table */
            if (line != h->head_line && !line_rows && line_tokens >= SP_PROSE)
                break;
            /* A line of its own with a label and no figures ("1 Cơ cấu
             * kinh tế", "I LĨNH VỰC KINH TẾ"): a row heading the rows
             * under it.  (A label a line break cuts, "... 1.894,8 Cơ cấu
             * kinh" then "tế (Giá thực tế) % 100,0", goes on, and so does
             * one whose next line opens in lower case: "1 Tổng sản phẩm
             * trong" then "tỉnh (GDP) Tỷ đồng 12.743 ...".) */
            if (line != h->head_line && !line_rows && j > label && t[label].line == line &&
                (label == 0 || t[label - 1].line != line) &&
                !tsx_starts_lower(tok_text(lines, &t[j]), tok_len(&t[j])) &&
                !(h->unit_b > h->unit_a && unit_then_figure(c, lines, t, nt, j))) {
                sp_row *row = &rows[nr++];
                size_t first = label, n = j - label;
                row->number = SIZE_MAX;
                while (n > 1 && number_token(tok_text(lines, &t[first]), tok_len(&t[first]))) {
                    row->number = first++;
                    n--;
                }
                row->label_first = first;
                row->label_n = n;
                row->unit = SIZE_MAX;
                row->unit_n = 0;
                for (size_t k = 0; k < row_figures(h); k++)
                    row->fig[k] = SIZE_MAX;
                label = j;
                if (nr == max)
                    break;
            }
            line = t[j].line;
            line_rows = line_tokens = 0;
        }
        line_tokens++;
        /* "(Nguồn: Niên giám thống kê)": the table's source, its end */
        if (tok_len(&t[j]) >= 4 && memcmp(tok_text(lines, &t[j]), "(Ngu", 4) == 0)
            break;
        size_t run = run_at(lines, t, nt, j, SIZE_MAX);
        /* A row of its own line with fewer figures than columns, its
         * label on that line: the first columns' ("Dịch vụ Tỷ đồng 8824.20
         * 9389.00" under 2010 ... 2018), the others missing. */
        size_t take = run >= row_figures(h) ? row_figures(h) : 0;
        if (!take && run >= 2 && j > label && t[label].line == t[j].line &&
            t[j + run - 1].line == t[j].line && (j + run == nt || t[j + run].line != t[j].line))
            take = run;
        /* ... or run on with the next row, whose label opens with a
         * capital ("Nông lâm nghiệp 7,70 7,20 6,51 6,10 5,50 Công
         * nghiệp-XD 52,23 ..." under 2006 ... 2010 and a TTBQ column). */
        if (!take && run >= 2 && j > label && t[label].line == t[j].line && j + run < nt &&
            t[j + run].line == t[j].line && tsx_starts_upper(tok_text(lines, &t[j + run]), tok_len(&t[j + run])))
            take = run;
        if (take && j > label) {
            sp_row *row = &rows[nr];
            size_t first = label, n = j - label;
            /* A figure before the label is a column the header's line
             * did not show ("... 1.696 13,6 - Nông, lâm, ngư nghiệp" under a
             * head set over five lines): the row before's, dropped. */
            while (n > 1 && tok_figure(lines, &t[first]) &&
                   !number_token(tok_text(lines, &t[first]), tok_len(&t[first]))) {
                first++;
                n--;
            }
            /* the row's number before its label (a page number before it
             * is dropped) */
            row->number = SIZE_MAX;
            while (n && number_token(tok_text(lines, &t[first]), tok_len(&t[first]))) {
                row->number = first++;
                n--;
            }
            size_t u = h->unit_b > h->unit_a ? unit_tokens(c, lines, t, first, n) : 0;
            if (n > u) {
                row->label_first = first;
                row->label_n = n - u;
                row->unit = u ? first + n - u : SIZE_MAX;
                row->unit_n = u;
                for (size_t k = 0; k < row_figures(h); k++) {
                    row->fig[k] = SIZE_MAX; /* a dash, or past the figures given */
                    if (k < take) {
                        if (tok_figure(lines, &t[j]))
                            row->fig[k] = j;
                        j++;
                    }
                }
                nr++;
                line_rows++;
                *last_line = t[j - 1].line;
                label = j;
                continue;
            }
            j += run;
            label = j;
            continue;
        }
        if (j - label >= SP_LABEL_MAX)
            break;
        j += run ? run : 1;
    }
    /* Headings after the last row of figures head nothing: they are the
     * lines after the table (the next one's caption). */
    while (nr && !has_figures(&rows[nr - 1], row_figures(h)))
        nr--;
    return nr;
}

/* Writes header h and its rows as grid lines of their own. */
static int write_table(sp_out *o, const ts_span *lines, const sp_tok *t, const sp_header *h,
                       const sp_row *rows, size_t nr)
{
    const ts_span *l = &lines[h->line];
    /* The row numbers get a column of their own, named as the header
     * names it ("STT", "TT") or, where it names none, "STT": they say
     * which rows head others. */
    size_t sn = h->label_a;
    while (sn > h->start && l->text[sn - 1] == ' ')
        sn--;
    /* A caption before the header on its line is a line of its own. */
    size_t cn = h->start;
    while (cn > 0 && l->text[cn - 1] == ' ')
        cn--;
    if (cn > 0) {
        if (begin_line(o, TBL_ITEM) != TS_OK || add_view(o, l->text, cn, l->offset) != TS_OK)
            return TS_ENOMEM;
    }
    if (begin_line(o, TBL_TAB) != TS_OK)
        return TS_ENOMEM;
    int rc = sn > h->start ? add_view(o, l->text + h->start, sn - h->start, l->offset + h->start)
                           : add_view(o, "STT", 3, l->offset + h->label_a);
    if (rc != TS_OK ||
        add_view(o, l->text + h->label_a, h->label_b - h->label_a, l->offset + h->label_a) != TS_OK)
        return TS_ENOMEM;
    if (h->unit_b > h->unit_a &&
        add_view(o, l->text + h->unit_a, h->unit_b - h->unit_a, l->offset + h->unit_a) != TS_OK)
        return TS_ENOMEM;
    const ts_span *hl = &lines[h->head_line];
    for (size_t k = 0; k < h->k; k++) {
        int last = k + 1 == h->k && h->cont_b;
        if ((last ? add_joined(o, hl->text + h->head_a[k], h->head_b[k] - h->head_a[k],
                               lines[h->head_line + 1].text, h->cont_b, hl->offset + h->head_a[k])
                  : add_view(o, hl->text + h->head_a[k], h->head_b[k] - h->head_a[k],
                             hl->offset + h->head_a[k])) != TS_OK)
            return TS_ENOMEM;
        /* a merged cell over the heads under it */
        for (size_t j = 1; j < h->m; j++)
            if (add_view(o, "", 0, 0) != TS_OK)
                return TS_ENOMEM;
    }
    if (h->m > 1) {
        /* the heads under every period, a second header row */
        const ts_span *sl = &lines[h->sub_line];
        if (begin_line(o, TBL_TAB) != TS_OK || add_view(o, "", 0, 0) != TS_OK ||
            add_view(o, "", 0, 0) != TS_OK ||
            (h->unit_b > h->unit_a && add_view(o, "", 0, 0) != TS_OK))
            return TS_ENOMEM;
        for (size_t k = 0; k < h->k; k++)
            for (size_t j = 0; j < h->m; j++)
                if (add_view(o, sl->text + h->sub_a[j], h->sub_b[j] - h->sub_a[j],
                             sl->offset + h->sub_a[j]) != TS_OK)
                    return TS_ENOMEM;
    }
    for (size_t r = 0; r < nr; r++) {
        const sp_row *row = &rows[r];
        if (begin_line(o, TBL_TAB) != TS_OK ||
            add_tokens(o, lines, t, row->number, row->number == SIZE_MAX ? 0 : 1) != TS_OK ||
            add_tokens(o, lines, t, row->label_first, row->label_n) != TS_OK)
            return TS_ENOMEM;
        if (h->unit_b > h->unit_a &&
            add_tokens(o, lines, t, row->unit, row->unit == SIZE_MAX ? 0 : row->unit_n) != TS_OK)
            return TS_ENOMEM;
        for (size_t k = 0; k < row_figures(h); k++) {
            int rc = row->fig[k] == SIZE_MAX ? add_view(o, "", 0, 0)
                                             : add_tokens(o, lines, t, row->fig[k], 1);
            if (rc != TS_OK)
                return TS_ENOMEM;
        }
    }
    return TS_OK;
}

/* Whether the stacked header step took line i: blanked it or wrote its
 * header there (cells that are not the line's own bytes). */
static int stacked_took(const tbl_ctx *c, const ts_span *lines, size_t i)
{
    const tbl_line *l = &c->g.line[i];
    if (l->n == 0) {
        for (size_t k = 0; k < lines[i].len; k++)
            if (lines[i].text[k] != ' ' && lines[i].text[k] != '\t' && lines[i].text[k] != '\r')
                return 1;
        return 0;
    }
    const char *x = c->g.cell[l->first].text;
    uintptr_t p = (uintptr_t)x, a = (uintptr_t)lines[i].text;
    return p < a || p > a + lines[i].len;
}

int tbl_spaced_recut(tbl_ctx *c, const ts_span *lines, size_t n)
{
    sp_tok *t = NULL;
    sp_row *rows = NULL;
    sp_out o;
    memset(&o, 0, sizeof o);
    int rc = TS_OK, found = 0;
    for (size_t i = 0; i < n && rc == TS_OK;) {
        sp_header h;
        int hf = (c->g.line[i].cut == TBL_ITEM || c->g.line[i].cut == TBL_SPACE) &&
                         !stacked_took(c, lines, i)
                     ? find_header(c, lines, n, i, &h)
                     : 0;
        size_t nr = 0, last = i;
        if (hf < 0) {
            rc = TS_ENOMEM;
            break;
        }
        /* pdftotext -layout's runs of spaces that part the header's
         * columns already place the cells under them */
        if (hf > 0 && c->g.line[i].cut == TBL_SPACE && c->g.line[i].n > h.k)
            hf = 0;
        if (hf > 0) {
            if (!t && (!(t = malloc(SP_MAX_TOKENS * sizeof *t)) ||
                       !(rows = malloc(SP_MAX_TOKENS * sizeof *rows)))) {
                rc = TS_ENOMEM;
                break;
            }
            /* A label with a year in it may end the header's line
             * ("Năm 2012 GRDP giá so sánh 2010 Tỷ đồng 23.533 ..."): its
             * last column tried away when no rows fit it. */
            for (; h.k >= 2; h.k--) {
                if (h.m == 1)
                    rows_after_heads(&h);
                size_t nt = tokens_from(lines, n, h.rows_line, h.rows_at, t);
                nr = read_rows(c, lines, t, nt, &h, rows, SP_MAX_TOKENS, &last);
                /* heads under the periods fix the columns */
                if (figure_rows(rows, nr, row_figures(&h)) >= 2 || h.m > 1)
                    break;
                h.cont_b = 0;
            }
            /* two rows at least make a table */
            if (figure_rows(rows, nr, row_figures(&h)) >= 2) {
                if (!found) {
                    for (size_t k = 0; k < i && rc == TS_OK; k++)
                        rc = copy_line(&o, &c->g, k);
                    found = 1;
                }
                if (rc == TS_OK)
                    rc = write_table(&o, lines, t, &h, rows, nr);
                i = last + 1;
                continue;
            }
        }
        if (found)
            rc = copy_line(&o, &c->g, i);
        i++;
    }
    free(t);
    free(rows);
    return tbl_grid_replace(&c->g, &o.g, found, rc);
}
