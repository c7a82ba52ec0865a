/* The layouts tables come out of text conversion in, each line cut into
 * its cells: a line with tabs (a Word or PDF reader's row, TSV pasted from
 * a spreadsheet) at every tab, empty cells kept; a "| a | b |" line at its
 * pipes; a block of lines with as many ';' or ',' fields each (CSV) at
 * those; a line with runs of two spaces or more (pdftotext -layout) at the
 * runs, with the columns each cell spans; any other line is one cell (a
 * table flattened to one cell per line, or prose).  Only bytes are looked
 * at here: what the cells mean is for the other steps. */
#include "text/table.h"
#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

char *tbl_texts_new(tbl_texts *t, size_t n)
{
    char *s = malloc(n ? n : 1);
    if (!s || tsi_grow(&t->v, &t->cap, t->n + 1, sizeof *t->v, 16) != 0) {
        free(s);
        return NULL;
    }
    return t->v[t->n++] = s;
}

void tbl_texts_free(tbl_texts *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i]);
    free(t->v);
    memset(t, 0, sizeof *t);
}

void tbl_grid_free(tbl_grid *g)
{
    free(g->line);
    free(g->cell);
    tbl_texts_free(&g->owned);
    memset(g, 0, sizeof *g);
}

char *tbl_grid_own(tbl_grid *g, size_t n) { return tbl_texts_new(&g->owned, n); }

int tbl_grid_begin_line(tbl_grid *g, uint8_t cut)
{
    if (tsi_grow(&g->line, &g->lcap, g->nline + 1, sizeof *g->line, 64) != 0)
        return TS_ENOMEM;
    g->line[g->nline++] = (tbl_line){(uint32_t)g->ncell, 0, cut, 0};
    return TS_OK;
}

int tbl_grid_push(tbl_grid *g, const tbl_cell *x)
{
    if (tsi_grow(&g->cell, &g->ccap, g->ncell + 1, sizeof *g->cell, 256) != 0)
        return TS_ENOMEM;
    g->cell[g->ncell++] = *x;
    g->line[g->nline - 1].n++;
    return TS_OK;
}

int tbl_grid_copy_line(tbl_grid *to, const tbl_grid *from, size_t i)
{
    const tbl_line *x = &from->line[i];
    if (tbl_grid_begin_line(to, x->cut) != TS_OK)
        return TS_ENOMEM;
    to->line[to->nline - 1].flags = x->flags;
    for (uint32_t k = 0; k < x->n; k++)
        if (tbl_grid_push(to, &from->cell[x->first + k]) != TS_OK)
            return TS_ENOMEM;
    return TS_OK;
}

int tbl_grid_replace(tbl_grid *g, tbl_grid *rebuilt, int changed, int rc)
{
    /* The lines copied keep their cells, which may point into texts the
     * old grid owns (a stacked header's, table_stacked.c). */
    if (rc == TS_OK && changed)
        rc = tbl_grid_adopt(rebuilt, g);
    if (rc != TS_OK || !changed) {
        tbl_grid_free(rebuilt);
        return rc;
    }
    tbl_grid_free(g);
    *g = *rebuilt;
    return TS_OK;
}

int tbl_grid_adopt(tbl_grid *to, tbl_grid *from)
{
    tbl_texts *a = &to->owned, *b = &from->owned;
    if (!b->n)
        return TS_OK;
    if (tsi_grow(&a->v, &a->cap, a->n + b->n, sizeof *a->v, 16) != 0)
        return TS_ENOMEM;
    memcpy(a->v + a->n, b->v, b->n * sizeof *b->v);
    a->n += b->n;
    b->n = 0;
    return TS_OK;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
}

/* Code points in s[0..n): a cell's columns. */
static uint32_t width(const char *s, size_t n) { return (uint32_t)tsx_code_points(s, n); }

/* Appends the cell l->text[a..b), trimmed; empty cells are kept (a tab
 * row's empty cell holds a column's place).  The columns it spans are
 * counted for rows apart by spaces only (where, not which, tells a cell's
 * column): every line is cut, and most are prose. */
static int add_cell(tbl_grid *g, const ts_span *l, size_t a, size_t b, int place)
{
    while (a < b && is_space(l->text[a]))
        a++;
    while (b > a && is_space(l->text[b - 1]))
        b--;
    if (tsi_grow(&g->cell, &g->ccap, g->ncell + 1, sizeof *g->cell, 256) != 0)
        return TS_ENOMEM;
    uint32_t pos = place ? width(l->text, a) : 0;
    g->cell[g->ncell++] = (tbl_cell){.text = l->text + a, .len = (uint32_t)(b - a), .pos = pos,
                                     .end = place ? pos + width(l->text + a, b - a) : 0,
                                     .offset = l->offset + a};
    return TS_OK;
}

/* Cuts l at every byte sep (outside double quotes when quoted). */
static int cut_at(tbl_grid *g, const ts_span *l, char sep, int quoted)
{
    size_t a = 0;
    int in_q = 0;
    for (size_t i = 0; i <= l->len; i++) {
        if (i < l->len && quoted && l->text[i] == '"')
            in_q = !in_q;
        if (i < l->len && (l->text[i] != sep || in_q))
            continue;
        size_t x = a, y = i;
        /* A quoted field is its inside. */
        while (x < y && is_space(l->text[x]))
            x++;
        while (y > x && is_space(l->text[y - 1]))
            y--;
        if (quoted && y - x >= 2 && l->text[x] == '"' && l->text[y - 1] == '"') {
            x++;
            y--;
        }
        if (add_cell(g, l, x, y, 0) != TS_OK)
            return TS_ENOMEM;
        a = i + 1;
    }
    return TS_OK;
}

size_t tbl_next_wide_cell(const ts_span *l, size_t i, tbl_cell *cell)
{
    while (i < l->len && is_space(l->text[i]))
        i++;
    if (i >= l->len)
        return 0;
    size_t e = tsx_find_wide(l->text, l->len, i), b = e;
    while (b > i && is_space(l->text[b - 1]))
        b--;
    uint32_t pos = width(l->text, i);
    *cell = (tbl_cell){.text = l->text + i, .len = (uint32_t)(b - i), .pos = pos,
                       .end = pos + width(l->text + i, b - i), .offset = l->offset + i};
    return e;
}

/* Cuts l at runs of two spaces or more, or a tab (tsx_find_wide). */
static int cut_wide(tbl_grid *g, const ts_span *l)
{
    tbl_cell x;
    for (size_t i = 0; (i = tbl_next_wide_cell(l, i, &x)) != 0;) {
        if (tsi_grow(&g->cell, &g->ccap, g->ncell + 1, sizeof *g->cell, 256) != 0)
            return TS_ENOMEM;
        g->cell[g->ncell++] = x;
    }
    return TS_OK;
}

/* Cells of line x that hold something. */
static uint32_t filled(const tbl_grid *g, const tbl_line *x)
{
    uint32_t k = 0;
    for (uint32_t j = 0; j < x->n; j++)
        k += g->cell[x->first + j].len > 0;
    return k;
}

/* A pipe row's outer pipes make empty first and last cells: drop them. */
static void trim_outer(tbl_grid *g, tbl_line *x)
{
    if (x->n && g->cell[x->first].len == 0) {
        memmove(&g->cell[x->first], &g->cell[x->first + 1], (x->n - 1) * sizeof *g->cell);
        x->n--;
        g->ncell--;
    }
    if (x->n && g->cell[x->first + x->n - 1].len == 0) {
        x->n--;
        g->ncell--;
    }
}

/* A rule between rows: only '-', ':', '=', '+', '|' and spaces. */
static int is_rule(const char *s, size_t n)
{
    size_t dashes = 0;
    for (size_t i = 0; i < n; i++) {
        if (!strchr("-:=+| \t", s[i]))
            return 0;
        dashes += s[i] == '-' || s[i] == '=';
    }
    return dashes >= 3;
}

/* Nonzero when s[0..n) holds byte c twice or more. */
static int two_of(const char *s, size_t n, char c)
{
    const char *p = memchr(s, c, n);
    return p && memchr(p + 1, c, n - (size_t)(p + 1 - s)) != NULL;
}

/* Cuts line i into x (cells appended to the grid). */
static int cut_line(tbl_grid *g, const ts_span *l, tbl_line *x)
{
    x->first = (uint32_t)g->ncell;
    x->n = 0;
    x->cut = TBL_ITEM;
    x->flags = 0;
    size_t a = 0;
    while (a < l->len && is_space(l->text[a]))
        a++;
    if (l->len == 0 || a == l->len) {
        x->flags = l->len == 0 ? TBL_EMPTY : TBL_WHITE;
        return TS_OK;
    }
    if (l->len <= TBL_ROW_MAX && memchr(l->text, '\t', l->len)) {
        x->cut = TBL_TAB;
        if (cut_at(g, l, '\t', 0) != TS_OK)
            return TS_ENOMEM;
    } else if (l->len <= TBL_ROW_MAX && two_of(l->text, l->len, '|')) {
        x->cut = TBL_PIPE;
        if (is_rule(l->text, l->len))
            x->flags |= TBL_RULE;
        if (cut_at(g, l, '|', 0) != TS_OK)
            return TS_ENOMEM;
    } else if (l->len <= TBL_ROW_MAX && tsx_wide_space(l->text, l->len)) {
        x->cut = TBL_SPACE;
        if (cut_wide(g, l) != TS_OK)
            return TS_ENOMEM;
    }
    x->n = (uint32_t)(g->ncell - x->first);
    if (x->cut == TBL_PIPE)
        trim_outer(g, x);
    /* Fewer than two cells with something in them (three for spaces,
     * which prose has too): one cell. */
    if (x->cut != TBL_ITEM && filled(g, x) < (x->cut == TBL_SPACE ? 3u : 2u) &&
        !(x->flags & TBL_RULE)) {
        g->ncell = x->first;
        x->cut = TBL_ITEM;
    }
    if (x->cut == TBL_ITEM) {
        if (add_cell(g, l, 0, l->len, 0) != TS_OK)
            return TS_ENOMEM;
        x->n = 1;
        if (l->len > TBL_CELL_MAX)
            x->flags |= TBL_LONG;
    }
    return TS_OK;
}

/* ---- CSV: a block of lines cut alike ---- */

/* The fields of l by sep (outside quotes), or 0 when l is no CSV line:
 * a spreadsheet writes no space after its separators, prose does. */
static size_t csv_fields(const ts_span *l, char sep)
{
    size_t k = 1;
    int in_q = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (l->text[i] == '"')
            in_q = !in_q;
        else if (l->text[i] == sep && !in_q) {
            if (i + 1 < l->len && l->text[i + 1] == ' ')
                return 0;
            k++;
        }
    }
    return in_q ? 0 : k;
}

/* Figure-like fields of a CSV line (digits, marks, sign, '%' only). */
static size_t csv_figures(const ts_span *l, char sep)
{
    size_t k = 0, digits = 0, other = 0;
    int in_q = 0;
    for (size_t i = 0; i <= l->len; i++) {
        char ch = i < l->len ? l->text[i] : sep;
        if (ch == '"') {
            in_q = !in_q;
            continue;
        }
        if (ch == sep && !in_q) {
            k += digits && !other;
            digits = other = 0;
        } else if (ch >= '0' && ch <= '9') {
            digits++;
        } else if (!strchr(".,-+% ", ch)) {
            other++;
        }
    }
    return k;
}

/* Re-cuts runs of one-cell lines that split alike by ';' or ',' (three
 * fields or more, two lines or more, figures in one of them at least). */
static int find_csv(tbl_grid *g, const ts_span *lines, size_t n)
{
    static const char seps[] = {';', ','};
    size_t i = 0;
    while (i < n) {
        size_t best = 0;
        char bsep = 0;
        for (size_t s = 0; s < sizeof seps; s++) {
            size_t k = g->line[i].cut == TBL_ITEM && !(g->line[i].flags & TBL_LONG)
                           ? csv_fields(&lines[i], seps[s]) : 0;
            if (k < 3)
                continue;
            size_t j = i + 1, figs = csv_figures(&lines[i], seps[s]) >= 2;
            while (j < n && g->line[j].cut == TBL_ITEM && g->line[j].n &&
                   !(g->line[j].flags & TBL_LONG) && csv_fields(&lines[j], seps[s]) == k) {
                figs += csv_figures(&lines[j], seps[s]) >= 2;
                j++;
            }
            if (j - i >= 2 && figs && j - i > best) {
                best = j - i;
                bsep = seps[s];
            }
        }
        if (!best) {
            i++;
            continue;
        }
        for (size_t j = i; j < i + best; j++) {
            tbl_line *x = &g->line[j];
            x->first = (uint32_t)g->ncell;
            if (cut_at(g, &lines[j], bsep, 1) != TS_OK)
                return TS_ENOMEM;
            x->n = (uint32_t)(g->ncell - x->first);
            x->cut = TBL_CSV;
        }
        i += best;
    }
    return TS_OK;
}

int tbl_grid_build(tbl_grid *g, const ts_span *lines, size_t n)
{
    memset(g, 0, sizeof *g);
    g->line = malloc((n ? n : 1) * sizeof *g->line);
    if (!g->line)
        return TS_ENOMEM;
    g->nline = g->lcap = n;
    for (size_t i = 0; i < n; i++)
        if (cut_line(g, &lines[i], &g->line[i]) != TS_OK) {
            tbl_grid_free(g);
            return TS_ENOMEM;
        }
    if (find_csv(g, lines, n) != TS_OK) {
        tbl_grid_free(g);
        return TS_ENOMEM;
    }
    return TS_OK;
}
