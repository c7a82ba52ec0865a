/* The second pass over a PDF's rows: the body of every page, top to
 * bottom, written as the report pipeline reads it.  Rows whose cells
 * line up under each other are a table: one line a row, cells apart by
 * TABs, a column by where its cells sit.  Rows of two far-apart blocks
 * (a letterhead, a signature) are written block by block.  Other rows
 * join into paragraphs, one a line: a row goes on from the one before
 * when that one reached the right margin and it starts at the left
 * margin in the same type, also across a page break.  Superscript
 * numbers that name a footnote of the page are dropped, and the note's
 * body follows the paragraph as "[N: body]". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"
#include "core/grow.h"

#define MAX_BANDS 64

typedef struct {
    tsx_writer w;
    tsx_pdf_page *pages;
    size_t np;
    tsx_pdf_doc *doc;
    uint32_t page;      /* 1-based page being written */
    uint32_t tables;
    int para_open;      /* a paragraph line is open */
    const tsx_row *last;/* its last row */
    uint32_t last_page;
    size_t *cites;      /* notes (indices) cited by the open paragraph */
    size_t n_cites, cap_cites;
    double left, right; /* the page's text block */
} writer;

static const tsx_chunk *chunk_of(const tsx_pdf_page *p, const tsx_row *r, size_t k)
{
    return &p->chunks[p->order[r->first + k]];
}

static void place(writer *x, uint32_t table, uint32_t row, uint32_t cell, uint32_t note)
{
    ts_place p = {0};
    p.page = x->page;
    p.table = table;
    p.row = row;
    p.cell = cell;
    p.note = note;
    tsx_w_place(&x->w, &p);
}

/* The note a superscript number on this page names: labelled on this
 * page, else on the one before (a mark at a page's top); -1 when none. */
static long find_note(const writer *x, uint32_t num)
{
    const tsx_pdf_doc *d = x->doc;
    long before = -1;
    for (size_t i = 0; i < d->n_notes; i++) {
        if (d->notes[i].num != num)
            continue;
        if (d->notes[i].page == x->page)
            return (long)i;
        if (d->notes[i].page + 1 == x->page)
            before = (long)i;
    }
    return before;
}

static int cite(writer *x, size_t k)
{
    if (x->doc->notes[k].cited)
        return TS_OK;
    x->doc->notes[k].cited = 1;
    if (tsi_grow(&x->cites, &x->cap_cites, x->n_cites + 1, sizeof *x->cites, 8) != 0)
        return TS_ENOMEM;
    x->cites[x->n_cites++] = k;
    return TS_OK;
}

/* Writes a chunk's text: a superscript that names a footnote is cited
 * instead of written; other superscripts are digits glued to the word. */
static int write_chunk(writer *x, const tsx_pdf_page *p, const tsx_chunk *c)
{
    const char *s = p->bytes.data + c->start, *e = s + c->len;
    while (s < e) {
        const char *m = memchr(s, TSX_SUP_OPEN, (size_t)(e - s));
        const char *stop = m ? m : e;
        if (stop > s && tsx_w_text(&x->w, s, (size_t)(stop - s)) != TS_OK)
            return TS_ENOMEM;
        if (!m)
            break;
        const char *d = m + 1, *close = memchr(d, TSX_SUP_CLOSE, (size_t)(e - d));
        if (!close)
            close = e;
        uint32_t num = 0;
        for (const char *q = d; q < close && q - d < 6; q++)
            num = num * 10 + (uint32_t)(*q - '0');
        long k = close - d <= 3 ? find_note(x, num) : -1;
        if (k >= 0) {
            if (cite(x, (size_t)k) != TS_OK)
                return TS_ENOMEM;
        } else if (close > d) {
            /* Glued to the word before: the writer owes no space here. */
            x->w.space = 0;
            if (tsx_w_text(&x->w, d, (size_t)(close - d)) != TS_OK)
                return TS_ENOMEM;
        }
        s = close < e ? close + 1 : e;
    }
    return TS_OK;
}

static int write_row(writer *x, const tsx_pdf_page *p, const tsx_row *r)
{
    for (size_t k = 0; k < r->n; k++) {
        x->w.space = 1;
        if (write_chunk(x, p, chunk_of(p, r, k)) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

/* Ends the open paragraph: the bodies of the notes it cites follow it. */
static int end_para(writer *x)
{
    for (size_t i = 0; i < x->n_cites; i++) {
        const tsx_pdf_note *n = &x->doc->notes[x->cites[i]];
        char head[32];
        int k = snprintf(head, sizeof head, "  [%u: ", (unsigned)n->num);
        uint32_t keep = x->page;
        x->page = n->page;
        place(x, 0, 0, 0, n->num);
        x->page = keep;
        if (tsx_w_raw(&x->w, head, (size_t)k) != TS_OK ||
            tsx_w_text(&x->w, n->text.data ? n->text.data : "", n->text.len) != TS_OK ||
            tsx_w_raw(&x->w, "]", 1) != TS_OK)
            return TS_ENOMEM;
    }
    x->n_cites = 0;
    x->para_open = 0;
    x->last = NULL;
    return tsx_w_line(&x->w, 0);
}

/* Whether row b goes on with the paragraph whose last row is a. */
static int goes_on(const writer *x, const tsx_row *a, const tsx_row *b, int new_page)
{
    double em = b->size;
    if (fabs(a->size - b->size) > 0.15 * em)
        return 0;
    if (b->box.x1 > x->left + 0.7 * em)
        return 0; /* indented: a new paragraph (or centred text) */
    if (a->box.x2 < x->right - 2.5 * em)
        return 0; /* the row before stopped short: its paragraph ended */
    return new_page || b->box.y1 - a->box.y2 < 1.2 * em;
}

static int prose_row(writer *x, const tsx_pdf_page *p, const tsx_row *r)
{
    int on = x->para_open && x->last &&
             goes_on(x, x->last, r, x->last_page != x->page);
    if (!on && x->para_open && end_para(x) != TS_OK)
        return TS_ENOMEM;
    place(x, 0, 0, 0, 0);
    if (write_row(x, p, r) != TS_OK)
        return TS_ENOMEM;
    x->para_open = 1;
    x->last = r;
    x->last_page = x->page;
    return TS_OK;
}

/* ---- tables ---- */

static int figure_chunk(const tsx_pdf_page *p, const tsx_chunk *c)
{
    return tsx_cell_is_figure(p->bytes.data + c->start, c->len);
}

static size_t figures_in(const tsx_pdf_page *p, const tsx_row *r)
{
    size_t n = 0;
    for (size_t k = 1; k < r->n; k++)
        n += figure_chunk(p, chunk_of(p, r, k));
    return n;
}

/* The rows [i, *end) of a table starting at row i, or 0: rows of two
 * cells or more (a lone cell between them when the table goes on right
 * after it), at least two with three cells or two with figures. */
static int find_table(const tsx_pdf_page *p, size_t i, size_t *end)
{
    size_t j = i, three = 0, figs = 0, multi = 0, last = i;
    if (p->rows[i].n < 2)
        return 0;
    while (j < p->n_rows && p->rows[j].kind == TSX_ROW_BODY) {
        const tsx_row *r = &p->rows[j];
        if (r->n < 2) {
            const tsx_row *nx = j + 1 < p->n_rows ? &p->rows[j + 1] : NULL;
            if (!nx || nx->kind != TSX_ROW_BODY || nx->n < 2 ||
                nx->box.y1 - r->box.y2 > 1.5 * r->size || r->box.y1 - p->rows[j - 1].box.y2 > 1.5 * r->size)
                break;
        } else {
            multi++;
            three += r->n >= 3;
            figs += figures_in(p, r) > 0;
            last = j;
        }
        j++;
    }
    *end = last + 1;
    return multi >= 2 && (three >= 2 || figs >= 2);
}

/* The columns: the extent of the k-th cell over the rows with the most
 * cells. */
static size_t table_bands(const tsx_pdf_page *p, size_t i, size_t end, tsx_box *bands)
{
    size_t most = 0;
    for (size_t j = i; j < end; j++)
        if (p->rows[j].n > most)
            most = p->rows[j].n;
    if (most > MAX_BANDS)
        most = MAX_BANDS;
    for (size_t k = 0; k < most; k++)
        bands[k] = (tsx_box){1e300, 0, -1e300, 0};
    for (size_t j = i; j < end; j++) {
        const tsx_row *r = &p->rows[j];
        if (r->n != most)
            continue;
        for (size_t k = 0; k < most; k++) {
            const tsx_chunk *c = chunk_of(p, r, k);
            if (c->box.x1 < bands[k].x1) bands[k].x1 = c->box.x1;
            if (c->box.x2 > bands[k].x2) bands[k].x2 = c->box.x2;
        }
    }
    return most;
}

/* The bands chunk c covers, as bits: the one it overlaps most (or is
 * nearest to), and any other it covers over half of (a merged header). */
static uint64_t chunk_bands(const tsx_chunk *c, const tsx_box *bands, size_t nb)
{
    uint64_t bits = 0;
    double best = -1e300;
    size_t bi = 0;
    for (size_t k = 0; k < nb; k++) {
        double lo = c->box.x1 > bands[k].x1 ? c->box.x1 : bands[k].x1;
        double hi = c->box.x2 < bands[k].x2 ? c->box.x2 : bands[k].x2;
        double ov = hi - lo;
        if (ov > 0.5 * (bands[k].x2 - bands[k].x1))
            bits |= (uint64_t)1 << k;
        double score = ov > 0 ? ov : -fabs((c->box.x1 + c->box.x2) / 2 - (bands[k].x1 + bands[k].x2) / 2);
        if (score > best) {
            best = score;
            bi = k;
        }
    }
    return bits | (uint64_t)1 << bi;
}

/* A row that is the second line of the row above: cells wrapped in their
 * column.  Either a lone cell under the first column starting in lower
 * case (a long row label), or cells with no label and no figure (a
 * header cell set on two lines, or any cells under a header). */
static int row_goes_on(const tsx_pdf_page *p, const tsx_row *above, const tsx_row *r,
                       const tsx_box *bands, size_t nb)
{
    uint64_t all = 0;
    size_t figs = 0;
    for (size_t k = 0; k < r->n; k++) {
        const tsx_chunk *c = chunk_of(p, r, k);
        all |= chunk_bands(c, bands, nb);
        figs += figure_chunk(p, c);
    }
    if (r->kind != TSX_ROW_BODY)
        return 0;
    /* Under a header (a row of no figures) even years go on ("Năm" over
     * "2016"). */
    if (!(all & 1))
        return figs == 0 || figures_in(p, above) == 0;
    if (r->n != 1 || all != 1)
        return 0;
    const tsx_chunk *c = chunk_of(p, r, 0);
    return tsx_starts_lower(p->bytes.data + c->start, c->len);
}

/* Writes the table at rows [i, end) and the wrapped lines right under
 * it; returns the row after them in *next. */
static int write_table(writer *x, const tsx_pdf_page *p, size_t i, size_t end, size_t *next)
{
    tsx_box bands[MAX_BANDS];
    size_t nb = table_bands(p, i, end, bands);
    while (end < p->n_rows && row_goes_on(p, &p->rows[end - 1], &p->rows[end], bands, nb))
        end++;
    *next = end;
    if (x->para_open && end_para(x) != TS_OK)
        return TS_ENOMEM;
    x->tables++;
    uint32_t out_row = 0;
    for (size_t j = i; j < end;) {
        /* The row and the wrapped label lines under it. */
        size_t stop = j + 1;
        while (stop < end && row_goes_on(p, &p->rows[stop - 1], &p->rows[stop], bands, nb))
            stop++;
        out_row++;
        for (size_t b = 0; b < nb; b++) {
            place(x, x->tables, out_row, (uint32_t)b + 1, 0);
            if (b && tsx_w_raw(&x->w, "\t", 1) != TS_OK)
                return TS_ENOMEM;
            size_t before = x->w.text.len;
            for (size_t q = j; q < stop; q++) {
                const tsx_row *r = &p->rows[q];
                for (size_t k = 0; k < r->n; k++) {
                    const tsx_chunk *c = chunk_of(p, r, k);
                    if (!(chunk_bands(c, bands, nb) >> b & 1))
                        continue;
                    x->w.space = x->w.text.len > before;
                    if (write_chunk(x, p, c) != TS_OK)
                        return TS_ENOMEM;
                }
            }
            if (x->w.text.len == before && tsx_w_raw(&x->w, "-", 1) != TS_OK)
                return TS_ENOMEM;
        }
        if (tsx_w_line(&x->w, 1) != TS_OK)
            return TS_ENOMEM;
        j = stop;
    }
    /* Notes cited in the table follow it. */
    return x->n_cites ? end_para(x) : TS_OK;
}

/* ---- side-by-side blocks ---- */

/* The widest gap between two chunks of a row, in font heights; *at is the
 * index of the chunk after it. */
static double widest_gap(const tsx_pdf_page *p, const tsx_row *r, size_t *at)
{
    double g = 0;
    *at = 0;
    for (size_t k = 1; k < r->n; k++) {
        double d = chunk_of(p, r, k)->box.x1 - chunk_of(p, r, k - 1)->box.x2;
        if (d > g) {
            g = d;
            *at = k;
        }
    }
    return r->size > 0 ? g / r->size : 0;
}

/* Rows [i, end) of two blocks far apart: the left block's lines, then the
 * right one's, each chunk a line of its own. */
static int write_blocks(writer *x, const tsx_pdf_page *p, size_t i, size_t end)
{
    if (x->para_open && end_para(x) != TS_OK)
        return TS_ENOMEM;
    for (int side = 0; side < 2; side++)
        for (size_t j = i; j < end; j++) {
            const tsx_row *r = &p->rows[j];
            size_t at;
            widest_gap(p, r, &at);
            size_t a = side ? at : 0, b = side ? r->n : at;
            if (r->n < 2) {
                a = 0;
                b = side == 0 ? r->n : 0;
            }
            place(x, 0, 0, 0, 0);
            for (size_t k = a; k < b; k++) {
                x->w.space = 1;
                if (write_chunk(x, p, chunk_of(p, r, k)) != TS_OK)
                    return TS_ENOMEM;
            }
            if (tsx_w_line(&x->w, 0) != TS_OK)
                return TS_ENOMEM;
        }
    return TS_OK;
}

/* ---- pages ---- */

/* The page's own text block, when it has enough body rows to tell. */
static void page_margins(writer *x, const tsx_pdf_page *p)
{
    x->left = x->doc->left;
    x->right = x->doc->right;
    double lo = 1e300;
    size_t n = 0;
    for (size_t k = 0; k < p->n_rows; k++) {
        const tsx_row *r = &p->rows[k];
        if (r->kind != TSX_ROW_BODY || fabs(r->size - x->doc->body) > 0.1 * x->doc->body)
            continue;
        n++;
        if (r->box.x1 < lo)
            lo = r->box.x1;
    }
    /* A page set further right (a bound book's even page) shifts both. */
    if (n >= 5 && fabs(lo - x->left) > 0.5 * x->doc->body && lo > x->left) {
        x->right += lo - x->left;
        x->left = lo;
    }
}

static int write_page(writer *x, const tsx_pdf_page *p)
{
    page_margins(x, p);
    for (size_t i = 0; i < p->n_rows;) {
        const tsx_row *r = &p->rows[i];
        if (r->kind != TSX_ROW_BODY) {
            i++;
            continue;
        }
        size_t end, at;
        if (find_table(p, i, &end)) {
            if (write_table(x, p, i, end, &i) != TS_OK)
                return TS_ENOMEM;
            continue;
        }
        if (r->n >= 2 && widest_gap(p, r, &at) >= 3.0) {
            end = i + 1;
            while (end < p->n_rows && p->rows[end].kind == TSX_ROW_BODY &&
                   p->rows[end].n >= 2 && widest_gap(p, &p->rows[end], &at) >= 3.0)
                end++;
            if (write_blocks(x, p, i, end) != TS_OK)
                return TS_ENOMEM;
            i = end;
            continue;
        }
        if (prose_row(x, p, r) != TS_OK)
            return TS_ENOMEM;
        i++;
    }
    /* Notes of the page no mark cited follow the paragraph open now. */
    for (size_t k = 0; k < x->doc->n_notes; k++)
        if (x->doc->notes[k].page == x->page && !x->doc->notes[k].cited &&
            cite(x, k) != TS_OK)
            return TS_ENOMEM;
    if (!x->para_open && x->n_cites && end_para(x) != TS_OK)
        return TS_ENOMEM;
    return TS_OK;
}

int tsx_pdf_write(tsx_pdf_page *pages, size_t np, tsx_pdf_doc *doc, ts_converted *out)
{
    writer x = {0};
    x.pages = pages;
    x.np = np;
    x.doc = doc;
    int rc = TS_OK;
    for (size_t i = 0; i < np && rc == TS_OK; i++) {
        x.page = (uint32_t)i + 1;
        rc = write_page(&x, &pages[i]);
    }
    if (rc == TS_OK && (x.para_open || x.n_cites))
        rc = end_para(&x);
    if (rc == TS_OK) {
        rc = tsx_w_finish(&x.w, out);
        out->pages = (uint32_t)np;
        out->tables = x.tables;
        out->notes = (uint32_t)doc->n_notes;
    }
    tsx_w_free(&x.w);
    free(x.cites);
    return rc;
}
