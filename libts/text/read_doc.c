/* The document builder the Word and OpenDocument walkers share: turns
 * paragraphs, footnotes and tables, as the walkers report them, into the
 * text the report pipeline reads.  A paragraph is a line; the bodies of
 * the footnotes it cites follow it as "[N: body]" (the shape Word's text
 * export gives them, which the cleaning stage separates); a table that
 * holds figures is written as a grid, one row a line with its cells apart
 * by TABs, so that the table reader gets rows and cells as the document
 * has them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"
#include "core/grow.h"

typedef struct {
    long id;
    size_t start, len;  /* body in the notes buffer */
    uint32_t num;       /* number as shown, given at its first citation */
} note;

typedef struct {
    size_t start, len;  /* text in the cell buffer ('\n' between paragraphs) */
    uint32_t row, col;  /* grid position (0-based) */
    unsigned span;      /* grid columns covered */
    int merged;         /* continues the cell above */
} cell;

struct tsx_docb {
    tsx_writer w;
    uint32_t para, tables, shown;  /* counters: paragraphs, tables, note numbers */
    tsx_buf notes_text;
    note *notes;
    size_t n_notes, cap_notes;
    int in_note;        /* an inline note body is being collected */
    size_t note_start;  /* its start in notes_text */
    size_t *cites;      /* notes cited by the paragraph (or table) open */
    size_t n_cites, cap_cites;
    int table_depth;    /* nested tables flatten into the outer cell */
    int in_para;
    tsx_buf cell_text;
    cell *cells;
    size_t n_cells, cap_cells;
    uint32_t row, col;  /* next grid position */
    int row_open, cell_open;
};

tsx_docb *tsx_docb_new(void)
{
    return calloc(1, sizeof(tsx_docb));
}

void tsx_docb_free(tsx_docb *b)
{
    if (!b)
        return;
    tsx_w_free(&b->w);
    tsx_buf_free(&b->notes_text);
    tsx_buf_free(&b->cell_text);
    free(b->notes);
    free(b->cites);
    free(b->cells);
    free(b);
}

static int add_note(tsx_docb *b, long id, size_t start, size_t len)
{
    if (tsi_grow(&b->notes, &b->cap_notes, b->n_notes + 1, sizeof *b->notes, 32) != 0)
        return TS_ENOMEM;
    b->notes[b->n_notes++] = (note){id, start, len, 0};
    return TS_OK;
}

int tsx_docb_note_define(tsx_docb *b, long id, const char *text, size_t len)
{
    size_t start = b->notes_text.len;
    if (tsx_buf_add(&b->notes_text, text, len) != TS_OK)
        return TS_ENOMEM;
    return add_note(b, id, start, len);
}

void tsx_docb_note_begin(tsx_docb *b)
{
    if (b->in_note++ == 0)
        b->note_start = b->notes_text.len;
}

static int cite_index(tsx_docb *b, size_t k)
{
    for (size_t i = 0; i < b->n_cites; i++)
        if (b->cites[i] == k)
            return TS_OK; /* cited twice in one paragraph: one body */
    if (tsi_grow(&b->cites, &b->cap_cites, b->n_cites + 1, sizeof *b->cites, 8) != 0)
        return TS_ENOMEM;
    b->cites[b->n_cites++] = k;
    return TS_OK;
}

int tsx_docb_note_end(tsx_docb *b, const char *label)
{
    if (!b->in_note || --b->in_note > 0)
        return TS_OK;
    long id = -1 - (long)b->n_notes; /* inline notes have no id of their own */
    if (add_note(b, id, b->note_start, b->notes_text.len - b->note_start) != TS_OK)
        return TS_ENOMEM;
    note *n = &b->notes[b->n_notes - 1];
    long v = label ? strtol(label, NULL, 10) : 0;
    n->num = v > 0 && v < 100000 ? (uint32_t)v : ++b->shown;
    if (v > 0 && (uint32_t)v > b->shown)
        b->shown = (uint32_t)v;
    return cite_index(b, b->n_notes - 1);
}

int tsx_docb_cite(tsx_docb *b, long id)
{
    for (size_t k = 0; k < b->n_notes; k++)
        if (b->notes[k].id == id) {
            if (!b->notes[k].num)
                b->notes[k].num = ++b->shown;
            return cite_index(b, k);
        }
    return TS_OK; /* a citation of a note that does not exist: nothing to add */
}

/* Writes the bodies of the notes cited so far, each as " [N: body]". */
static int write_cites(tsx_docb *b, uint32_t para, int own_lines)
{
    for (size_t i = 0; i < b->n_cites; i++) {
        const note *n = &b->notes[b->cites[i]];
        char head[32];
        int k = snprintf(head, sizeof head, "%s[%u: ", own_lines ? "" : "  ", (unsigned)n->num);
        ts_place p = {0};
        p.para = para;
        p.note = n->num;
        tsx_w_place(&b->w, &p);
        if (tsx_w_raw(&b->w, head, (size_t)k) != TS_OK ||
            tsx_w_text(&b->w, b->notes_text.data ? b->notes_text.data + n->start : "", n->len) != TS_OK ||
            tsx_w_raw(&b->w, "]", 1) != TS_OK || (own_lines && tsx_w_line(&b->w, 0) != TS_OK))
            return TS_ENOMEM;
    }
    b->n_cites = 0;
    return TS_OK;
}

int tsx_docb_para_begin(tsx_docb *b)
{
    if (b->in_note || b->table_depth)
        return TS_OK;
    if (b->in_para++ == 0) {
        ts_place p = {0};
        p.para = ++b->para;
        tsx_w_place(&b->w, &p);
    }
    return TS_OK;
}

int tsx_docb_text(tsx_docb *b, const char *s, size_t n)
{
    if (b->in_note)
        return tsx_buf_add(&b->notes_text, s, n);
    if (b->table_depth)
        return b->cell_open ? tsx_buf_add(&b->cell_text, s, n) : TS_OK;
    return tsx_w_text(&b->w, s, n);
}

int tsx_docb_break(tsx_docb *b)
{
    if (b->in_note || b->table_depth)
        return tsx_docb_text(b, " ", 1);
    return tsx_w_line(&b->w, 0);
}

int tsx_docb_para_end(tsx_docb *b)
{
    if (b->in_note)
        return tsx_buf_add(&b->notes_text, " ", 1);
    if (b->table_depth)
        return b->cell_open ? tsx_buf_add(&b->cell_text, "\n", 1) : TS_OK;
    if (b->in_para == 0 || --b->in_para > 0)
        return TS_OK; /* a paragraph inside a paragraph (a text box) */
    if (write_cites(b, b->para, 0) != TS_OK)
        return TS_ENOMEM;
    return tsx_w_line(&b->w, 0);
}

/* ---- tables ---- */

int tsx_docb_table_begin(tsx_docb *b)
{
    if (b->in_note)
        return TS_OK;
    if (b->table_depth++ == 0) {
        /* A table interrupting a paragraph (inside a text box) ends it. */
        if (b->in_para && tsx_w_line(&b->w, 0) != TS_OK)
            return TS_ENOMEM;
        b->n_cells = 0;
        b->cell_text.len = 0;
        b->row = b->col = 0;
        b->row_open = b->cell_open = 0;
    }
    return TS_OK;
}

int tsx_docb_row_begin(tsx_docb *b, int header)
{
    (void)header; /* header rows are read like the others: by their cells */
    if (b->in_note || b->table_depth != 1)
        return TS_OK;
    b->row_open = 1;
    b->col = 0;
    return TS_OK;
}

int tsx_docb_cell_begin(tsx_docb *b, unsigned span, int merged)
{
    if (b->in_note)
        return TS_OK;
    if (b->table_depth != 1) {
        /* A nested table's cells run on in the outer cell. */
        return b->cell_open ? tsx_buf_add(&b->cell_text, " ", 1) : TS_OK;
    }
    if (!b->row_open)
        tsx_docb_row_begin(b, 0);
    if (tsi_grow(&b->cells, &b->cap_cells, b->n_cells + 1, sizeof *b->cells, 64) != 0)
        return TS_ENOMEM;
    if (span < 1)
        span = 1;
    if (span > 64)
        span = 64;
    b->cells[b->n_cells++] = (cell){b->cell_text.len, 0, b->row, b->col, span, merged};
    b->col += span;
    b->cell_open = 1;
    return TS_OK;
}

int tsx_docb_cell_end(tsx_docb *b)
{
    if (b->in_note || b->table_depth != 1 || !b->cell_open)
        return TS_OK;
    cell *c = &b->cells[b->n_cells - 1];
    c->len = b->cell_text.len - c->start;
    b->cell_open = 0;
    return TS_OK;
}

int tsx_docb_row_end(tsx_docb *b)
{
    if (b->in_note || b->table_depth != 1)
        return TS_OK;
    tsx_docb_cell_end(b);
    if (b->row_open)
        b->row++;
    b->row_open = 0;
    return TS_OK;
}

/* A cell's text (the buffer is NULL while every cell is empty). */
static const char *cell_str(const tsx_docb *b, const cell *c)
{
    return b->cell_text.data ? b->cell_text.data + c->start : "";
}

/* The cell that gives grid position (r, c) its text: a merged cell takes
 * the text of the cell it continues. */
static const cell *cell_at(const tsx_docb *b, const cell **grid, uint32_t ncols, uint32_t r,
                           uint32_t c)
{
    const cell *x = grid[(size_t)r * ncols + c];
    while (x && x->merged && r > 0) {
        r--;
        const cell *up = grid[(size_t)r * ncols + c];
        if (!up)
            break;
        x = up;
    }
    (void)b;
    return x;
}

/* Whether some row holds two figure cells: a grid of figures, not a
 * letterhead laid out with a table. */
static int holds_figures(const tsx_docb *b)
{
    for (size_t i = 0; i < b->n_cells;) {
        size_t j = i, figures = 0;
        for (; j < b->n_cells && b->cells[j].row == b->cells[i].row; j++) {
            const cell *c = &b->cells[j];
            const char *s = cell_str(b, c);
            size_t n = c->len;
            while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
                n--;
            while (n && (*s == ' ' || *s == '\n'))
                s++, n--;
            figures += !c->merged && tsx_cell_is_figure(s, n);
        }
        if (figures >= 2)
            return 1;
        i = j;
    }
    return 0;
}

static int write_grid(tsx_docb *b, const cell **grid, uint32_t nrows, uint32_t ncols)
{
    for (uint32_t r = 0; r < nrows; r++) {
        for (uint32_t c = 0; c < ncols; c++) {
            const cell *x = cell_at(b, grid, ncols, r, c);
            ts_place p = {0};
            p.table = b->tables;
            p.row = r + 1;
            p.cell = c + 1;
            tsx_w_place(&b->w, &p);
            if (c && tsx_w_raw(&b->w, "\t", 1) != TS_OK)
                return TS_ENOMEM;
            size_t before = b->w.text.len;
            if (x && tsx_w_text(&b->w, cell_str(b, x), x->len) != TS_OK)
                return TS_ENOMEM;
            /* An empty cell still holds its column: the row reader
             * takes a run of TABs as one. */
            if (b->w.text.len == before && tsx_w_raw(&b->w, "-", 1) != TS_OK)
                return TS_ENOMEM;
        }
        if (tsx_w_line(&b->w, 1) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

/* A layout table: each cell's paragraphs on lines of their own, row by
 * row, as Word's text export writes them. */
static int write_cells(tsx_docb *b)
{
    for (size_t i = 0; i < b->n_cells; i++) {
        const cell *c = &b->cells[i];
        if (c->merged)
            continue;
        ts_place p = {0};
        p.table = b->tables;
        p.row = c->row + 1;
        p.cell = c->col + 1;
        tsx_w_place(&b->w, &p);
        const char *s = cell_str(b, c), *e = s + c->len;
        while (s < e) {
            const char *nl = memchr(s, '\n', (size_t)(e - s));
            const char *stop = nl ? nl : e;
            if (tsx_w_text(&b->w, s, (size_t)(stop - s)) != TS_OK || tsx_w_line(&b->w, 0) != TS_OK)
                return TS_ENOMEM;
            s = nl ? nl + 1 : e;
        }
    }
    return TS_OK;
}

int tsx_docb_table_end(tsx_docb *b)
{
    if (b->in_note || b->table_depth == 0)
        return TS_OK;
    if (--b->table_depth > 0)
        return TS_OK;
    tsx_docb_row_end(b);
    if (b->in_para && tsx_w_line(&b->w, 0) != TS_OK)
        return TS_ENOMEM;
    uint32_t nrows = b->row, ncols = 0;
    for (size_t i = 0; i < b->n_cells; i++)
        if (b->cells[i].col + b->cells[i].span > ncols)
            ncols = b->cells[i].col + b->cells[i].span;
    if (!nrows || !ncols)
        return TS_OK;
    b->tables++;
    int rc;
    if (holds_figures(b) && (size_t)nrows * ncols <= ((size_t)1 << 24)) {
        const cell **grid = calloc((size_t)nrows * ncols, sizeof *grid);
        if (!grid)
            return TS_ENOMEM;
        for (size_t i = 0; i < b->n_cells; i++) {
            const cell *c = &b->cells[i];
            for (unsigned k = 0; k < c->span; k++)
                grid[(size_t)c->row * ncols + c->col + k] = c;
        }
        rc = write_grid(b, grid, nrows, ncols);
        free(grid);
    } else {
        rc = write_cells(b);
    }
    b->n_cells = 0;
    b->cell_text.len = 0;
    if (rc == TS_OK && b->n_cites) {
        /* Notes cited in cells follow the table, a line each. */
        rc = write_cites(b, b->para, 1);
    }
    return rc;
}

int tsx_docb_finish(tsx_docb *b, ts_converted *out)
{
    while (b->table_depth)
        if (tsx_docb_table_end(b) != TS_OK)
            return TS_ENOMEM;
    if (b->n_cites && write_cites(b, b->para, 0) != TS_OK)
        return TS_ENOMEM;
    for (size_t k = 0; k < b->n_notes; k++)
        out->notes += b->notes[k].num != 0;
    out->tables = b->tables;
    return tsx_w_finish(&b->w, out);
}
