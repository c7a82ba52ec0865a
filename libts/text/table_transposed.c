/* Tables with the years down their side and the indicators across, as the
 * statistics offices' yearbooks set a series and its parts ("Tổng số |
 * Nông, lâm nghiệp và thủy sản | Công nghiệp và xây dựng ..." over "2010
 * | 27.065.153 | 4.647.597 ...").  Such a table is turned here into the
 * usual one, a column of labels and a column per year, so the other steps
 * read it as any other: its header's heads become the rows' labels, its
 * rows' years the columns.  A head over two columns or more (a group, as
 * table_stacked.c writes one above the heads it spans) becomes a row of
 * its own with the columns under it as its sub-rows ("Công nghiệp và xây
 * dựng" over "- Tổng số" and "- Trong đó: Công nghiệp"); a group that
 * only says the columns under it are parts ("Chia ra", @carrier.part) is
 * no row.  The rows' cells keep their offsets in the file. */
#include "text/table.h"

#include <stdlib.h>
#include <string.h>

#define TR_GAP 6 /* blank lines between the header and a row, or two rows, at most */
#define TR_ROWS 64    /* year rows of one table at most */
#define TR_LABEL 40   /* bytes of a year row's label at most ("Sơ bộ 2023") */

/* Whether cell x labels a row by its year: a year alone, or with a few
 * words ("Sơ bộ 2023", "2023 (ước)"): one run of digits, four of them. */
static int year_label(const tbl_cell *x)
{
    if (x->len < 4 || x->len > TR_LABEL)
        return 0;
    size_t runs = 0, digits = 0;
    uint32_t at = 0;
    for (uint32_t i = 0; i < x->len; i++) {
        int d = x->text[i] >= '0' && x->text[i] <= '9';
        if (d && (i == 0 || !(x->text[i - 1] >= '0' && x->text[i - 1] <= '9'))) {
            runs++;
            at = i;
        }
        digits += d;
    }
    if (runs != 1 || digits != 4)
        return 0;
    int y = atoi(x->text + at);
    return y >= 1945 && y <= 2099;
}

/* Whether cell x holds a figure or a mark of none. */
static int figure_or_none(const tbl_cell *x)
{
    if (tsx_is_figure_cell(x->text, x->len))
        return 1;
    return x->len == 0 || (x->len <= 2 && strspn(x->text, "-.x") == x->len);
}

/* The figures of a year row at line i (its cells after the label), 0 for
 * a line that is none. */
static uint32_t year_row(const tbl_grid *g, size_t i)
{
    const tbl_line *l = &g->line[i];
    if ((l->cut != TBL_SPACE && l->cut != TBL_TAB && l->cut != TBL_PIPE) || l->n < 3 ||
        !year_label(&g->cell[l->first]))
        return 0;
    for (uint32_t k = 1; k < l->n; k++)
        if (!figure_or_none(&g->cell[l->first + k]))
            return 0;
    return l->n - 1;
}

/* Whether line i can head a turned table: cells of words only, no figure,
 * not even a year (a table with years across is read as it is). */
static int head_line(const tbl_grid *g, size_t i)
{
    const tbl_line *l = &g->line[i];
    if (l->n == 0 || l->cut == TBL_ITEM)
        return 0;
    for (uint32_t k = 0; k < l->n; k++) {
        const tbl_cell *x = &g->cell[l->first + k];
        if (x->len && (tsx_is_figure_cell(x->text, x->len) || year_label(x)))
            return 0;
    }
    return 1;
}

/* The next line after i that is not blank, at most TR_GAP blank ones
 * between; n when there is none. */
static size_t next_filled(const tbl_grid *g, size_t i)
{
    size_t j = i + 1;
    for (size_t gap = 0; j < g->nline && tbl_blank(g, j) && gap < TR_GAP; gap++)
        j++;
    return j < g->nline && !tbl_blank(g, j) ? j : g->nline;
}

typedef struct {
    size_t top, bottom;      /* header lines (top == bottom: one line) */
    size_t rows[TR_ROWS];    /* the year rows' lines */
    size_t nrow;
    uint32_t k;              /* figures of each row */
    size_t end;              /* the first line after the table */
    /* Each column's head and group (grid cells, TBL_NONE: none). */
    uint32_t head[TBL_MAX_COLS], group[TBL_MAX_COLS];
} turned;

static uint32_t overlap(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    uint32_t lo = a > c ? a : c, hi = b < d ? b : d;
    return hi > lo ? hi - lo : 0;
}

/* The column of a laid-out cell x: the one whose figures it stands over
 * most, TBL_MAX_COLS for none; *span receives how many it stands over. */
static uint32_t column_under(const tbl_cell *x, const uint32_t *pos, const uint32_t *end,
                             uint32_t k, uint32_t *span)
{
    uint32_t best = TBL_MAX_COLS, most = 0;
    *span = 0;
    for (uint32_t j = 0; j < k; j++) {
        uint32_t o = overlap(x->pos, x->end, pos[j], end[j]);
        /* a third of the column, as table_stacked.c places a piece */
        if (o && 3 * o >= end[j] - pos[j])
            (*span)++;
        if (o > most) {
            most = o;
            best = j;
        }
    }
    return best;
}

/* Gives each column its head and group from the header's cells: by
 * place in a table laid out by spaces, by index in the others (the
 * label column's head first). */
static int place_heads(const tbl_grid *g, turned *t)
{
    for (uint32_t j = 0; j < t->k; j++)
        t->head[j] = t->group[j] = TBL_NONE;
    const tbl_line *bl = &g->line[t->bottom];
    if (bl->cut != TBL_SPACE) {
        if (t->top != t->bottom || bl->n < t->k)
            return 0;
        for (uint32_t j = 0; j < t->k; j++)
            t->head[j] = bl->first + (bl->n - t->k) + j;
        return 1;
    }
    uint32_t pos[TBL_MAX_COLS], end[TBL_MAX_COLS];
    for (uint32_t j = 0; j < t->k; j++) {
        pos[j] = UINT32_MAX;
        end[j] = 0;
        for (size_t r = 0; r < t->nrow; r++) {
            const tbl_cell *x = &g->cell[g->line[t->rows[r]].first + 1 + j];
            pos[j] = x->pos < pos[j] ? x->pos : pos[j];
            end[j] = x->end > end[j] ? x->end : end[j];
        }
    }
    for (size_t i = t->top; i <= t->bottom; i++) {
        const tbl_line *l = &g->line[i];
        for (uint32_t m = 0; m < l->n; m++) {
            const tbl_cell *x = &g->cell[l->first + m];
            if (!x->len || x->end <= pos[0])
                continue; /* over the years: the label column's */
            uint32_t span, j = column_under(x, pos, end, t->k, &span);
            if (j == TBL_MAX_COLS)
                return 0;
            if (span >= 2) {
                for (uint32_t q = 0; q < t->k; q++)
                    if (overlap(x->pos, x->end, pos[q], end[q]))
                        t->group[q] = l->first + m;
            } else if (t->head[j] == TBL_NONE) {
                t->head[j] = l->first + m;
            } else {
                return 0; /* two heads over one column: not this layout */
            }
        }
    }
    /* A group's own column may have no head of its own ("Công nghiệp và
     * xây dựng" over "Tổng số" and "Trong đó"): every column needs one. */
    for (uint32_t j = 0; j < t->k; j++)
        if (t->head[j] == TBL_NONE && t->group[j] == TBL_NONE)
            return 0;
    return 1;
}

/* Finds a turned table whose header ends at line i: fills t, 1; else 0. */
static int find_turned(const tbl_grid *g, size_t i, turned *t)
{
    if (!head_line(g, i))
        return 0;
    memset(t, 0, sizeof *t);
    t->top = t->bottom = i;
    /* a group's line right above, as table_stacked.c writes it */
    if (i > 0 && g->line[i].cut == TBL_SPACE && head_line(g, i - 1) &&
        g->line[i - 1].cut == TBL_SPACE)
        t->top = i - 1;
    size_t j = next_filled(g, i);
    while (j < g->nline && t->nrow < TR_ROWS) {
        uint32_t k = year_row(g, j);
        if (!k || k > TBL_MAX_COLS || (t->nrow && k != t->k))
            break;
        t->k = k;
        t->rows[t->nrow++] = j;
        t->end = j + 1;
        j = next_filled(g, j);
    }
    return t->nrow >= 2 && place_heads(g, t);
}

/* Whether cell k says only that the columns under it are parts ("Chia
 * ra", "Trong đó"). */
static int parts_only(tbl_ctx *c, uint32_t k)
{
    const tbl_cell *x = &c->g.cell[k];
    if (tbl_text_set(c, x->text, x->len) != TS_OK)
        return 0;
    const reader *r = &c->r;
    size_t e = rd_at(r, rd_skip_spaces(r, 0), TSX_C_CARRIER_PART);
    while (e && e < r->n && !tsx_is_word((unsigned char)r->s[e]))
        e++;
    return e >= r->n;
}

static const tbl_cell empty_cell = {.text = "", .len = 0};

/* A label cell: x, or x after "- " (a sub-row under its group). */
static int push_label(tbl_grid *o, const tbl_cell *x, int sub)
{
    if (!sub)
        return tbl_grid_push(o, x);
    char *s = tbl_grid_own(o, x->len + 2);
    if (!s)
        return TS_ENOMEM;
    memcpy(s, "- ", 2);
    memcpy(s + 2, x->text, x->len);
    tbl_cell y = *x;
    y.text = s;
    y.len = x->len + 2;
    return tbl_grid_push(o, &y);
}

/* Writes t turned into o: a header of the years, a row per column. */
static int write_turned(tbl_ctx *c, const turned *t, tbl_grid *o)
{
    const tbl_grid *g = &c->g;
    /* The label column's empty head stands where the table starts. */
    tbl_cell corner = empty_cell;
    corner.offset = g->cell[g->line[t->top].first].offset;
    if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || tbl_grid_push(o, &corner) != TS_OK)
        return TS_ENOMEM;
    for (size_t r = 0; r < t->nrow; r++)
        if (tbl_grid_push(o, &g->cell[g->line[t->rows[r]].first]) != TS_OK)
            return TS_ENOMEM;
    uint32_t open = TBL_NONE;
    for (uint32_t j = 0; j < t->k; j++) {
        uint32_t grp = t->group[j];
        if (grp != TBL_NONE && parts_only(c, grp))
            grp = TBL_NONE;
        if (grp != TBL_NONE && grp != open) {
            /* the group's row, without figures, over its columns */
            if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || tbl_grid_push(o, &g->cell[grp]) != TS_OK)
                return TS_ENOMEM;
            for (size_t r = 0; r < t->nrow; r++)
                if (tbl_grid_push(o, &empty_cell) != TS_OK)
                    return TS_ENOMEM;
        }
        open = grp;
        uint32_t label = t->head[j] != TBL_NONE ? t->head[j] : t->group[j];
        if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK ||
            push_label(o, &g->cell[label], grp != TBL_NONE && label != grp) != TS_OK)
            return TS_ENOMEM;
        for (size_t r = 0; r < t->nrow; r++)
            if (tbl_grid_push(o, &g->cell[g->line[t->rows[r]].first + 1 + j]) != TS_OK)
                return TS_ENOMEM;
    }
    return TS_OK;
}

int tbl_transpose(tbl_ctx *c)
{
    tbl_grid o;
    memset(&o, 0, sizeof o);
    int rc = TS_OK, found = 0;
    turned *t = NULL;
    for (size_t i = 0; i < c->g.nline && rc == TS_OK;) {
        if (!t && !(t = malloc(sizeof *t))) {
            rc = TS_ENOMEM;
            break;
        }
        if (find_turned(&c->g, i, t)) {
            if (!found) {
                for (size_t k = 0; k < t->top && rc == TS_OK; k++)
                    rc = tbl_grid_copy_line(&o, &c->g, k);
                found = 1;
            } else if (t->top < i) {
                o.nline--; /* the group's line, copied as the line before */
                o.ncell -= c->g.line[t->top].n;
            }
            if (rc == TS_OK)
                rc = write_turned(c, t, &o);
            i = t->end;
            continue;
        }
        if (found)
            rc = tbl_grid_copy_line(&o, &c->g, i);
        i++;
    }
    free(t);
    if (rc == TS_OK && found)
        rc = tbl_grid_adopt(&o, &c->g);
    if (rc != TS_OK || !found) {
        tbl_grid_free(&o);
        return rc;
    }
    tbl_grid_free(&c->g);
    c->g = o;
    return TS_OK;
}
