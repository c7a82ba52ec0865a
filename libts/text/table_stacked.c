/* Headers set over several lines above a table laid out by spaces, as
 * pdftotext -layout writes a PDF's table: each column's head stacked in
 * its place ("Sơ bộ 6 tháng" / "năm 2023" / "(Tr. đồng)"), a group's head
 * over the heads of the columns it spans ("Ước 6 tháng đầu năm 2024 so"
 * / "với (%)" over "Sơ bộ 6 tháng năm 2023" and "Kế hoạch năm 2024").
 * Where a piece sits over the first rows of figures says whose it is:
 * over one column, that column's; over two or more, a group's; right
 * under a group's piece and alone under it, the group's still.  The
 * pieces put together make one header line, or two when a group heads
 * some columns (the group over its columns, the other columns' heads in
 * the top line alone), which the header reader reads as any other; the
 * lines they came from are left blank. */
#include "text/table.h"
#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

#define ST_MAX_LINES 8   /* lines of one header at most */
#define ST_MAX_PIECES 64 /* pieces of one header at most */
#define ST_GAP 3         /* blank lines between the header and its rows at most */
#define ST_BAND_ROWS 30  /* rows of figures the columns' places are taken from */
#define ST_NEAR 6        /* columns off a column a piece over none may stand */
#define ST_TEXT_MAX 240  /* bytes of a column's head at most */

typedef struct {
    uint32_t pos, end;   /* its place: the columns' union */
    uint64_t cols;       /* the columns it heads, as bits */
    char text[ST_TEXT_MAX];
    size_t len;
    size_t offset;       /* where its first piece starts in the file */
    size_t last_line;    /* the line of its last piece */
} stack;

/* A figure cell of a row of figures (a year in a header is none). */
static int figure(const tbl_cell *x)
{
    return tsx_is_figure_cell(x->text, x->len);
}

static int is_year(const tbl_cell *x)
{
    if (x->len != 4)
        return 0;
    for (size_t i = 0; i < 4; i++)
        if (x->text[i] < '0' || x->text[i] > '9')
            return 0;
    int y = atoi(x->text);
    return y >= 1945 && y <= 2099;
}

/* The cells of line l apart by wide spaces, at most max. */
static size_t cells_of(const ts_span *l, tbl_cell *x, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; n < max && (i = tbl_next_wide_cell(l, i, &x[n])) != 0;)
        n++;
    return n;
}

/* A row of figures: a label, then two figures or more. */
static size_t figure_row(const ts_span *l, tbl_cell *x, size_t max)
{
    if (l->len > TBL_ROW_MAX)
        return 0;
    size_t n = cells_of(l, x, max), f = 0;
    /* A year for a label: a row of a table with the years down its side
     * (table_transposed.c turns it). */
    if (n < 3 || (figure(&x[0]) && !is_year(&x[0])))
        return 0;
    for (size_t k = 1; k < n; k++)
        f += figure(&x[k]) && !is_year(&x[k]);
    return f >= 2 && f == n - 1 ? n : 0;
}

/* A header line: something, no figure but years, not prose. */
static int header_line(const ts_span *l)
{
    tbl_cell x[TBL_MAX_COLS];
    if (l->len == 0 || l->len > TBL_CELL_MAX * 2)
        return 0;
    size_t n = cells_of(l, x, TBL_MAX_COLS);
    for (size_t k = 0; k < n; k++)
        if (figure(&x[k]) && !is_year(&x[k]))
            return 0;
    return n > 0;
}

static uint32_t overlap(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    uint32_t lo = a > c ? a : c, hi = b < d ? b : d;
    return hi > lo ? hi - lo : 0;
}

static void append(stack *s, const tbl_cell *x, size_t line)
{
    if (!s->len)
        s->offset = x->offset;
    if (s->len && s->len + 1 < sizeof s->text)
        s->text[s->len++] = ' ';
    size_t n = x->len < sizeof s->text - 1 - s->len ? x->len : sizeof s->text - 1 - s->len;
    memcpy(s->text + s->len, x->text, n);
    s->len += n;
    s->last_line = line;
}

/* The columns piece x stands over, as bits: those it covers a third of
 * at least, else the nearest within ST_NEAR. */
static uint64_t over(const tbl_cell *x, const uint32_t *pos, const uint32_t *end, size_t k)
{
    uint64_t bits = 0;
    long best = -1;
    size_t bi = 0;
    for (size_t j = 0; j < k; j++) {
        uint32_t o = overlap(x->pos, x->end, pos[j], end[j]);
        if (o && 3 * o >= end[j] - pos[j])
            bits |= (uint64_t)1 << j;
        long mid = labs(((long)x->pos + x->end) - ((long)pos[j] + end[j])) / 2;
        if (best < 0 || mid < best) {
            best = mid;
            bi = j;
        }
    }
    if (!bits && best >= 0 && best <= ST_NEAR + (long)(x->end - x->pos) / 2)
        bits = (uint64_t)1 << bi;
    return bits;
}

/* The columns' places: the figures of rows first.. alike (as many
 * figures), widened over each other. */
static size_t bands(const ts_span *lines, size_t n, size_t first, uint32_t *pos, uint32_t *end)
{
    tbl_cell x[TBL_MAX_COLS + 1];
    size_t nc = figure_row(&lines[first], x, TBL_MAX_COLS + 1);
    if (!nc)
        return 0;
    size_t k = nc - 1;
    for (size_t j = 0; j < k; j++) {
        pos[j] = x[j + 1].pos;
        end[j] = x[j + 1].end;
    }
    for (size_t i = first + 1; i < n && i < first + ST_BAND_ROWS; i++) {
        if (figure_row(&lines[i], x, TBL_MAX_COLS + 1) != nc)
            continue;
        for (size_t j = 0; j < k; j++) {
            if (!overlap(x[j + 1].pos, x[j + 1].end, pos[j], end[j] + 1))
                break;
            pos[j] = x[j + 1].pos < pos[j] ? x[j + 1].pos : pos[j];
            end[j] = x[j + 1].end > end[j] ? x[j + 1].end : end[j];
        }
    }
    return k;
}

typedef struct {
    stack col[TBL_MAX_COLS];   /* each column's own head */
    stack grp[TBL_MAX_COLS];   /* the groups' heads */
    size_t ngrp;
    stack label;               /* the words over the labels */
} heads;

/* Reads header lines [a, b) against the columns' places. */
static int read_heads(const ts_span *lines, size_t a, size_t b, const uint32_t *pos,
                      const uint32_t *end, size_t k, heads *h)
{
    memset(h, 0, sizeof *h);
    size_t pieces = 0;
    for (size_t i = a; i < b; i++) {
        tbl_cell x[TBL_MAX_COLS];
        size_t n = cells_of(&lines[i], x, TBL_MAX_COLS);
        for (size_t m = 0; m < n; m++) {
            if (++pieces > ST_MAX_PIECES)
                return 0;
            if (x[m].end <= pos[0]) {
                append(&h->label, &x[m], i);
                continue;
            }
            /* Alone right under a group's piece, inside it: the group's
             * head goes on ("... so" over "với (%)"). */
            stack *g = NULL;
            for (size_t q = 0; q < h->ngrp && !g; q++) {
                stack *s = &h->grp[q];
                if (s->last_line + 1 != i ||
                    2 * overlap(x[m].pos, x[m].end, s->pos, s->end) < x[m].end - x[m].pos)
                    continue;
                size_t under = 0;
                for (size_t o = 0; o < n; o++)
                    under += overlap(x[o].pos, x[o].end, s->pos, s->end) > 0;
                if (under == 1)
                    g = s;
            }
            if (g) {
                append(g, &x[m], i);
                continue;
            }
            uint64_t bits = over(&x[m], pos, end, k);
            if (!bits)
                return 0; /* a piece over no column: no such header */
            if (bits & (bits - 1)) {
                for (size_t q = 0; q < h->ngrp && !g; q++)
                    if (h->grp[q].cols == bits)
                        g = &h->grp[q];
                if (!g) {
                    if (h->ngrp == TBL_MAX_COLS)
                        return 0;
                    g = &h->grp[h->ngrp++];
                    g->cols = bits;
                    g->pos = UINT32_MAX;
                    for (size_t j = 0; j < k; j++)
                        if (bits >> j & 1) {
                            g->pos = pos[j] < g->pos ? pos[j] : g->pos;
                            g->end = end[j] > g->end ? end[j] : g->end;
                        }
                    g->pos = x[m].pos < g->pos ? x[m].pos : g->pos;
                    g->end = x[m].end > g->end ? x[m].end : g->end;
                }
                append(g, &x[m], i);
                continue;
            }
            size_t j = 0;
            while (!(bits >> j & 1))
                j++;
            append(&h->col[j], &x[m], i);
        }
    }
    return 1;
}

/* Adds a cell of text s (copied, owned by the grid) at [pos, end). */
static int add_owned(tbl_grid *g, const stack *s, uint32_t pos, uint32_t end)
{
    char *t = tbl_grid_own(g, s->len + 1);
    if (!t || tsi_grow(&g->cell, &g->ccap, g->ncell + 1, sizeof *g->cell, 256) != 0)
        return TS_ENOMEM;
    memcpy(t, s->text, s->len);
    t[s->len] = '\0';
    g->cell[g->ncell++] = (tbl_cell){.text = t, .len = (uint32_t)s->len, .pos = pos, .end = end,
                                     .offset = s->offset};
    return TS_OK;
}

/* The group heading column j, or NULL. */
static const stack *group_of(const heads *h, size_t j)
{
    for (size_t q = 0; q < h->ngrp; q++)
        if (h->grp[q].cols >> j & 1)
            return &h->grp[q];
    return NULL;
}

/* Rewrites grid line `at` as the header's top row (bottom = 0) or its
 * bottom row (the heads of the columns a group spans). */
static int write_line(tbl_grid *g, size_t at, const heads *h, const uint32_t *pos,
                      const uint32_t *end, size_t k, int bottom)
{
    tbl_line *x = &g->line[at];
    x->first = (uint32_t)g->ncell;
    x->cut = TBL_SPACE;
    x->flags = 0;
    if (!bottom && h->label.len && add_owned(g, &h->label, 0, h->label.end) != TS_OK)
        return TS_ENOMEM;
    for (size_t j = 0; j < k; j++) {
        const stack *grp = group_of(h, j);
        if (bottom) {
            if (grp && h->col[j].len && add_owned(g, &h->col[j], pos[j], end[j]) != TS_OK)
                return TS_ENOMEM;
            continue;
        }
        if (grp) {
            /* the group's cell, once, at its first column */
            size_t first = 0;
            while (!(grp->cols >> first & 1))
                first++;
            if (first == j && add_owned(g, grp, grp->pos, grp->end) != TS_OK)
                return TS_ENOMEM;
        } else if (h->col[j].len && add_owned(g, &h->col[j], pos[j], end[j]) != TS_OK) {
            return TS_ENOMEM;
        }
    }
    x->n = (uint32_t)(g->ncell - x->first);
    return TS_OK;
}

/* Whether line l heads every column on its own, one piece over each: a
 * header of one line, the header reader's. */
static int whole_line(const ts_span *l, const uint32_t *pos, const uint32_t *end, size_t k)
{
    tbl_cell x[TBL_MAX_COLS];
    size_t n = cells_of(l, x, TBL_MAX_COLS);
    uint64_t seen = 0;
    for (size_t m = 0; m < n; m++) {
        if (x[m].end <= pos[0])
            continue;
        uint64_t bits = over(&x[m], pos, end, k);
        if (!bits || (bits & (bits - 1)) || (seen & bits))
            return 0;
        seen |= bits;
    }
    return seen == ((uint64_t)1 << k) - 1;
}

/* Whether a piece of line l starts over the labels and reaches the
 * columns (a table's title, "THU, CHI NGÂN SÁCH NĂM 2023"). */
static int spans_label(const ts_span *l, uint32_t first)
{
    tbl_cell x[TBL_MAX_COLS];
    size_t n = cells_of(l, x, TBL_MAX_COLS);
    for (size_t m = 0; m < n; m++)
        if (x[m].pos < first && x[m].end > first)
            return 1;
    return 0;
}

/* Whether line l is the table's unit alone ("Đơn vị tính: Ha" set right,
 * over the last columns): the caption's, not a column's head. */
static int unit_caption_line(tbl_ctx *c, const ts_span *l)
{
    tbl_cell x[2];
    if (cells_of(l, x, 2) != 1 || tbl_text_set(c, x[0].text, x[0].len) != TS_OK)
        return 0;
    size_t i = rd_skip_spaces(&c->r, 0);
    return rd_at(&c->r, i, TSX_C_TABLE_UNIT) != 0;
}

/* Whether line l is a unit alone ("Triệu đồng" between a header and its
 * rows): the table's, not a head. */
static int unit_alone_line(tbl_ctx *c, const ts_span *l)
{
    tbl_cell x[2];
    ts_unit_match um;
    return cells_of(l, x, 2) == 1 && tbl_text_set(c, x[0].text, x[0].len) == TS_OK &&
           tbl_unit_alone(&c->r, &um);
}

/* The header above the row of figures at line r, if it is stacked:
 * rewritten in the grid, and 1; 0 when there is none; -1 out of memory. */
static int stacked_at(tbl_ctx *c, const ts_span *lines, size_t n, size_t r)
{
    size_t b = r;
    while (b > 0 && r - b < ST_GAP && tbl_blank(&c->g, b - 1))
        b--;
    /* The table's unit alone between its header and rows moves above
     * the header, where captions are read. */
    size_t unit = SIZE_MAX;
    if (b > 1 && unit_alone_line(c, &lines[b - 1]) && tbl_blank(&c->g, b - 2)) {
        unit = b - 1;
        b = unit;
        size_t gap = 0;
        while (b > 0 && gap++ < ST_GAP && tbl_blank(&c->g, b - 1))
            b--;
    }
    size_t a = b;
    while (a > 0 && b - a < ST_MAX_LINES && !tbl_blank(&c->g, a - 1) && header_line(&lines[a - 1]))
        a--;
    /* A head of one line is the header reader's own. */
    if (b - a < 2 || (a > 0 && !tbl_blank(&c->g, a - 1) && header_line(&lines[a - 1])))
        return 0;
    uint32_t pos[TBL_MAX_COLS], end[TBL_MAX_COLS];
    size_t k = bands(lines, n, r, pos, end);
    if (k < 2 || whole_line(&lines[b - 1], pos, end, k))
        return 0;
    /* A title over the labels and the columns at once ends the header
     * above it. */
    while (a < b - 2 && (spans_label(&lines[a], pos[0]) || unit_caption_line(c, &lines[a])))
        a++;
    if (b - a < 2)
        return 0;
    heads *h = malloc(sizeof *h);
    if (!h)
        return -1;
    int ok = read_heads(lines, a, b, pos, end, k, h);
    /* Every column headed, by its own words or a group's. */
    for (size_t j = 0; ok && j < k; j++)
        ok = h->col[j].len || group_of(h, j);
    int rc = 0;
    if (ok) {
        /* Written over the block's last lines, so a caption line kept
         * above it (the unit's) stays apart from the header. */
        size_t at = b - (h->ngrp ? 2 : 1);
        for (size_t i = a; i < at; i++)
            c->g.line[i] = (tbl_line){0, 0, TBL_ITEM, TBL_WHITE};
        if (unit != SIZE_MAX && at > a) {
            c->g.line[a] = c->g.line[unit];
            c->g.line[unit] = (tbl_line){0, 0, TBL_ITEM, TBL_WHITE};
        }
        rc = write_line(&c->g, at, h, pos, end, k, 0) == TS_OK &&
                     (!h->ngrp || write_line(&c->g, at + 1, h, pos, end, k, 1) == TS_OK)
                 ? 1
                 : -1;
    }
    free(h);
    return rc;
}

int tbl_stacked_heads(tbl_ctx *c, const ts_span *lines, size_t n)
{
    tbl_cell x[TBL_MAX_COLS + 1];
    for (size_t r = 1; r < n; r++) {
        if (c->g.line[r].cut != TBL_SPACE || !figure_row(&lines[r], x, TBL_MAX_COLS + 1))
            continue;
        int rc = stacked_at(c, lines, n, r);
        if (rc < 0)
            return TS_ENOMEM;
    }
    return TS_OK;
}
