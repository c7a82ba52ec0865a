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
 * no row; a section of the same columns under the rows ("Cơ cấu (%)" over
 * more years) heads its rows in turn.  A table flattened one cell per
 * line (its heads, each year followed by its figures) is turned too.  The
 * rows' cells keep their offsets in the file. */
#include "text/table.h"

#include <stdlib.h>
#include <string.h>

#define TR_GAP 6      /* blank lines between the header and a row, or two rows, at most */
#define TR_ROWS 64    /* year rows of one table at most */
#define TR_LABEL 40   /* bytes of a year row's label at most ("Sơ bộ 2023") */
#define TR_BLOCKS 4   /* blocks of year rows of one table at most */

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

/* Whether cell k holds a figure or a mark of none, as the rows' reader
 * tells them (table_body.c). */
static int figure_or_none(tbl_ctx *c, uint32_t k)
{
    double v;
    return tbl_cell_value(c, k, 0, &v) != TBL_V_TEXT;
}

/* The figures of a year row at line i (its cells after the label), 0 for
 * a line that is none. */
static uint32_t year_row(tbl_ctx *c, size_t i)
{
    const tbl_grid *g = &c->g;
    const tbl_line *l = &g->line[i];
    if ((l->cut != TBL_SPACE && l->cut != TBL_TAB && l->cut != TBL_PIPE) || l->n < 3 ||
        !year_label(&g->cell[l->first]))
        return 0;
    for (uint32_t k = 1; k < l->n; k++)
        if (!figure_or_none(c, l->first + k))
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

/* Year rows under one heading: the table's first, or a section's after a
 * line of words ("Cơ cấu - Structure (%)") with as many figures a row. */
typedef struct {
    uint32_t label;          /* the section's line (grid cell), TBL_NONE: none */
    size_t rows[TR_ROWS];    /* the year rows' lines */
    size_t nrow;
} block;

typedef struct {
    size_t top, bottom;      /* header lines (top == bottom: one line) */
    block blk[TR_BLOCKS];    /* the first block's years are the columns */
    size_t nblk;
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
        for (size_t r = 0; r < t->blk[0].nrow; r++) {
            const tbl_cell *x = &g->cell[g->line[t->blk[0].rows[r]].first + 1 + j];
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

/* Reads the year rows from line j on into b, k figures each (0: as the
 * first has); returns the first line after them. */
static size_t read_block(tbl_ctx *c, size_t j, block *b, uint32_t *k)
{
    const tbl_grid *g = &c->g;
    size_t end = j;
    while (j < g->nline && b->nrow < TR_ROWS) {
        uint32_t n = year_row(c, j);
        if (!n || n > TBL_MAX_COLS || (*k && n != *k))
            break;
        *k = n;
        b->rows[b->nrow++] = j;
        end = j + 1;
        j = next_filled(g, j);
    }
    return end;
}

/* Whether line i is a section's heading: one cell of words. */
static int section_line(const tbl_grid *g, size_t i)
{
    const tbl_line *l = &g->line[i];
    if (l->n != 1 || (l->flags & TBL_LONG))
        return 0;
    const tbl_cell *x = &g->cell[l->first];
    return x->len && !tsx_is_figure_cell(x->text, x->len) && !year_label(x);
}

/* Finds a turned table whose header ends at line i: fills t, 1; else 0. */
static int find_turned(tbl_ctx *c, size_t i, turned *t)
{
    const tbl_grid *g = &c->g;
    if (!head_line(g, i))
        return 0;
    memset(t, 0, sizeof *t);
    t->top = t->bottom = i;
    /* a group's line right above, as table_stacked.c writes it */
    if (i > 0 && g->line[i].cut == TBL_SPACE && head_line(g, i - 1) &&
        g->line[i - 1].cut == TBL_SPACE)
        t->top = i - 1;
    t->blk[0].label = TBL_NONE;
    t->end = read_block(c, next_filled(g, i), &t->blk[0], &t->k);
    t->nblk = 1;
    if (t->blk[0].nrow < 2 || !place_heads(g, t))
        return 0;
    /* Sections of the same columns after it ("Cơ cấu (%)" over years). */
    while (t->nblk < TR_BLOCKS) {
        size_t h = next_filled(g, t->end - 1);
        if (h >= g->nline || !section_line(g, h))
            break;
        block *b = &t->blk[t->nblk];
        memset(b, 0, sizeof *b);
        b->label = g->line[h].first;
        size_t end = read_block(c, next_filled(g, h), b, &t->k);
        if (!b->nrow)
            break;
        t->end = end;
        t->nblk++;
    }
    return 1;
}

/* Whether cell k says only that the columns under it are parts ("Chia
 * ra", "Trong đó"). */
static int parts_only(tbl_ctx *c, uint32_t k)
{
    return tbl_parts_alone(c, c->g.cell[k].text, c->g.cell[k].len);
}

static const tbl_cell empty_cell = {.text = "", .len = 0};

/* A label cell: x, after the marker of its depth ("- " under a group or
 * a section, "+ " under a group in a section). */
static int push_label(tbl_grid *o, const tbl_cell *x, int depth)
{
    if (!depth)
        return tbl_grid_push(o, x);
    char *s = tbl_grid_own(o, x->len + 2);
    if (!s)
        return TS_ENOMEM;
    memcpy(s, depth == 1 ? "- " : "+ ", 2);
    memcpy(s + 2, x->text, x->len);
    tbl_cell y = *x;
    y.text = s;
    y.len = x->len + 2;
    return tbl_grid_push(o, &y);
}

/* Whether two cells hold the same text ("2015", "Sơ bộ 2022"). */
static int same_text(const tbl_cell *a, const tbl_cell *b)
{
    return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* Pushes figure j of block b for each of the table's years (the first
 * block's): the row of that year, an empty cell where b has none. */
static int push_figures(tbl_grid *o, const tbl_grid *g, const turned *t, const block *b,
                        uint32_t j)
{
    for (size_t r = 0; r < t->blk[0].nrow; r++) {
        const tbl_cell *year = &g->cell[g->line[t->blk[0].rows[r]].first];
        const tbl_cell *x = &empty_cell;
        for (size_t q = 0; q < b->nrow; q++) {
            const tbl_line *l = &g->line[b->rows[q]];
            if (same_text(&g->cell[l->first], year)) {
                x = &g->cell[l->first + 1 + j];
                break;
            }
        }
        if (tbl_grid_push(o, x) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

/* A row of label x at depth and no figures. */
static int label_row(tbl_grid *o, const tbl_cell *x, int depth, size_t years)
{
    if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || push_label(o, x, depth) != TS_OK)
        return TS_ENOMEM;
    for (size_t r = 0; r < years; r++)
        if (tbl_grid_push(o, &empty_cell) != TS_OK)
            return TS_ENOMEM;
    return TS_OK;
}

/* Writes block b's rows: a row per column, a group's row over its
 * columns, all a level under the block's own row when it is a section's. */
static int write_block(tbl_ctx *c, const turned *t, const block *b, tbl_grid *o)
{
    const tbl_grid *g = &c->g;
    size_t years = t->blk[0].nrow;
    int base = b->label != TBL_NONE;
    if (base && label_row(o, &g->cell[b->label], 0, years) != TS_OK)
        return TS_ENOMEM;
    uint32_t open = TBL_NONE;
    for (uint32_t j = 0; j < t->k; j++) {
        uint32_t grp = t->group[j];
        if (grp != TBL_NONE && parts_only(c, grp))
            grp = TBL_NONE;
        if (grp != TBL_NONE && grp != open && label_row(o, &g->cell[grp], base, years) != TS_OK)
            return TS_ENOMEM;
        open = grp;
        uint32_t label = t->head[j] != TBL_NONE ? t->head[j] : t->group[j];
        int depth = base + (grp != TBL_NONE && label != grp);
        if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || push_label(o, &g->cell[label], depth) != TS_OK ||
            push_figures(o, g, t, b, j) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

/* Writes t turned into o: a header of the years, then its blocks. */
static int write_turned(tbl_ctx *c, const turned *t, tbl_grid *o)
{
    const tbl_grid *g = &c->g;
    /* The label column's empty head stands where the table starts. */
    tbl_cell corner = empty_cell;
    corner.offset = g->cell[g->line[t->top].first].offset;
    if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || tbl_grid_push(o, &corner) != TS_OK)
        return TS_ENOMEM;
    for (size_t r = 0; r < t->blk[0].nrow; r++)
        if (tbl_grid_push(o, &g->cell[g->line[t->blk[0].rows[r]].first]) != TS_OK)
            return TS_ENOMEM;
    for (size_t q = 0; q < t->nblk; q++)
        if (write_block(c, t, &t->blk[q], o) != TS_OK)
            return TS_ENOMEM;
    return TS_OK;
}

/* ---- flattened one cell per line ---- */

/* A table with the years down its side flattened one cell per line: its
 * heads, maybe its unit alone, then each year followed by its figures. */
typedef struct {
    size_t first;             /* the line of its first head */
    uint32_t head[TBL_MAX_COLS];
    uint32_t k;               /* heads, figures a year */
    size_t unit;              /* the unit's line, SIZE_MAX none */
    uint32_t year[TR_ROWS];   /* each year's cell */
    uint32_t fig[TR_ROWS][TBL_MAX_COLS]; /* each year's figures' cells */
    size_t nrow;
    size_t end;
} flat;

/* The cell of line i when it is one (an ITEM line), else TBL_NONE. */
static uint32_t item(const tbl_grid *g, size_t i)
{
    const tbl_line *l = &g->line[i];
    return l->cut == TBL_ITEM && l->n == 1 && !(l->flags & TBL_LONG) ? l->first : TBL_NONE;
}

/* Whether cell k is a figure (or a mark of none, written). */
static int figure_item(tbl_ctx *c, uint32_t k)
{
    const tbl_cell *x = &c->g.cell[k];
    return x->len && !year_label(x) && figure_or_none(c, k);
}

/* Whether cell k holds a unit alone ("Triệu đồng"). */
static int unit_item(tbl_ctx *c, uint32_t k)
{
    ts_unit_match um;
    return tbl_text_set(c, c->g.cell[k].text, c->g.cell[k].len) == TS_OK &&
           tbl_unit_alone(&c->r, &um);
}

/* Finds a flattened turned table whose first year stands at line i:
 * fills f, 1; else 0.  The heads are the cells of words before the years
 * (and the unit), as many as each year has figures, those that only say
 * the others are parts ("Chia ra") left out. */
static int find_flat(tbl_ctx *c, size_t i, flat *f)
{
    const tbl_grid *g = &c->g;
    uint32_t y = item(g, i);
    if (y == TBL_NONE || !year_label(&g->cell[y]))
        return 0;
    memset(f, 0, sizeof *f);
    /* the years and their figures */
    size_t j = i;
    while (j < g->nline && f->nrow < TR_ROWS) {
        uint32_t yc = item(g, j);
        if (yc == TBL_NONE || !year_label(&g->cell[yc]))
            break;
        uint32_t n = 0;
        size_t q = next_filled(g, j);
        for (uint32_t x; q < g->nline && (x = item(g, q)) != TBL_NONE && figure_item(c, x);
             q = next_filled(g, q)) {
            if (n == TBL_MAX_COLS)
                return 0;
            f->fig[f->nrow][n++] = x;
        }
        if (n < 2 || (f->nrow && n != f->k))
            break;
        f->k = n;
        f->year[f->nrow++] = yc;
        f->end = q < g->nline ? q : g->nline;
        j = q;
    }
    if (f->nrow < 2)
        return 0;
    /* the heads before them, the unit between */
    f->unit = SIZE_MAX;
    size_t b = i;
    uint32_t got = 0;
    uint32_t heads[TBL_MAX_COLS];
    for (size_t gap = 0; b > 0 && got < f->k;) {
        b--;
        if (tbl_blank(g, b)) {
            if (++gap > TR_GAP)
                return 0;
            continue;
        }
        gap = 0;
        uint32_t x = item(g, b);
        if (x == TBL_NONE || figure_item(c, x) || year_label(&g->cell[x]))
            return 0;
        if (!got && f->unit == SIZE_MAX && unit_item(c, x)) {
            f->unit = b;
            continue;
        }
        if (parts_only(c, x))
            continue;
        heads[got++] = x;
    }
    if (got < f->k)
        return 0;
    for (uint32_t h = 0; h < f->k; h++)
        f->head[h] = heads[f->k - 1 - h];
    f->first = b;
    return 1;
}

/* Writes f turned into o: its unit's line, a header of the years, a row
 * per head. */
static int write_flat(tbl_ctx *c, const flat *f, tbl_grid *o)
{
    const tbl_grid *g = &c->g;
    if (f->unit != SIZE_MAX && tbl_grid_copy_line(o, g, f->unit) != TS_OK)
        return TS_ENOMEM;
    tbl_cell corner = empty_cell;
    corner.offset = g->cell[f->head[0]].offset;
    if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || tbl_grid_push(o, &corner) != TS_OK)
        return TS_ENOMEM;
    for (size_t r = 0; r < f->nrow; r++)
        if (tbl_grid_push(o, &g->cell[f->year[r]]) != TS_OK)
            return TS_ENOMEM;
    for (uint32_t j = 0; j < f->k; j++) {
        if (tbl_grid_begin_line(o, TBL_TAB) != TS_OK || tbl_grid_push(o, &g->cell[f->head[j]]) != TS_OK)
            return TS_ENOMEM;
        for (size_t r = 0; r < f->nrow; r++)
            if (tbl_grid_push(o, &g->cell[f->fig[r][j]]) != TS_OK)
                return TS_ENOMEM;
    }
    return TS_OK;
}

/* Takes the copies of lines [from, to) of g off the end of o (they were
 * copied one for one: a table found starts among them). */
static void unwind(tbl_grid *o, const tbl_grid *g, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        o->nline--;
        o->ncell -= g->line[q].n;
    }
}

int tbl_transpose(tbl_ctx *c)
{
    tbl_grid o;
    memset(&o, 0, sizeof o);
    int rc = TS_OK, found = 0;
    turned *t = malloc(sizeof *t);
    flat *f = malloc(sizeof *f);
    if (!t || !f) {
        free(t);
        free(f);
        return TS_ENOMEM;
    }
    size_t floor = 0; /* the first line after the last table turned */
    for (size_t i = 0; i < c->g.nline && rc == TS_OK;) {
        size_t top = 0, end = 0;
        int kind = 0;
        if (find_turned(c, i, t) && t->top >= floor) {
            kind = 1;
            top = t->top;
            end = t->end;
        } else if (find_flat(c, i, f) && f->first >= floor) {
            kind = 2;
            top = f->first;
            end = f->end;
        }
        if (kind) {
            if (!found) {
                for (size_t k = 0; k < top && rc == TS_OK; k++)
                    rc = tbl_grid_copy_line(&o, &c->g, k);
                found = 1;
            } else {
                unwind(&o, &c->g, top, i);
            }
            if (rc == TS_OK)
                rc = kind == 1 ? write_turned(c, t, &o) : write_flat(c, f, &o);
            i = floor = end;
            continue;
        }
        if (found)
            rc = tbl_grid_copy_line(&o, &c->g, i);
        i++;
    }
    free(t);
    free(f);
    return tbl_grid_replace(&c->g, &o, found, rc);
}
