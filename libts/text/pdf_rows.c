/* A PDF page's characters grouped by position: Poppler's lines cut into
 * chunks wherever a gap is wider than a word space (table cells, the two
 * columns of a letterhead), superscript digits marked, then chunks that
 * sit side by side at one height gathered into rows, top to bottom.
 * Poppler reads a table column by column; rows put its cells back in
 * line. */
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"
#include "core/grow.h"

/* A gap wider than CHUNK_GAP font heights separates chunks (a justified
 * line's stretched word spaces stay below it, table columns are wider);
 * so does one over CHUNK_GAP_MIN that is CHUNK_GAP_RATIO times the line's
 * usual word space (cells set close together, in a line whose spaces
 * were not stretched). */
#define CHUNK_GAP 1.0
#define CHUNK_GAP_MIN 0.5
#define CHUNK_GAP_RATIO 2.5

static int is_space_cp(uint32_t cp)
{
    return cp <= ' ' || cp == 0x7F || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x3000 || cp == 0xFEFF;
}

static int add_cp(tsx_buf *b, uint32_t cp)
{
    char u[4];
    size_t k = tsx_utf8_encode((int32_t)(cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000) ? 0xFFFD
                                                                                       : cp),
                               u);
    return tsx_buf_add(b, u, k);
}

static tsx_chunk *new_chunk(tsx_pdf_page *p)
{
    if (tsi_grow(&p->chunks, &p->cap_chunks, p->n_chunks + 1, sizeof *p->chunks, 64) != 0)
        return NULL;
    tsx_chunk *c = &p->chunks[p->n_chunks++];
    memset(c, 0, sizeof *c);
    c->start = p->bytes.len;
    c->box.x1 = c->box.y1 = 1e300;
    c->box.x2 = c->box.y2 = -1e300;
    return c;
}

static void grow_box(tsx_box *b, const tsx_box *g, int with_y)
{
    if (g->x1 < b->x1) b->x1 = g->x1;
    if (g->x2 > b->x2) b->x2 = g->x2;
    if (!with_y)
        return;
    if (g->y1 < b->y1) b->y1 = g->y1;
    if (g->y2 > b->y2) b->y2 = g->y2;
}

/* Closes chunk c: a chunk of superscripts alone takes their height. */
static int close_chunk(tsx_pdf_page *p, tsx_chunk *c, int in_sup, const tsx_box *sup_box)
{
    if (in_sup && tsx_buf_add(&p->bytes, "\x02", 1) != TS_OK)
        return TS_ENOMEM;
    c->len = p->bytes.len - c->start;
    if (c->box.y1 > c->box.y2) {
        c->box.y1 = sup_box->y1;
        c->box.y2 = sup_box->y2;
        c->size = sup_box->y2 - sup_box->y1;
    }
    return TS_OK;
}

static int cmp_gap(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The median gap between the words of a line (where Poppler put a space),
 * or 0 when it has fewer than three. */
static double word_space(const tsx_glyph *g, size_t n, double size)
{
    double gaps[64];
    size_t m = 0;
    const tsx_glyph *prev = NULL;
    int space = 0;
    for (size_t k = 0; k < n && m < 64; k++) {
        if (is_space_cp(g[k].cp)) {
            space = 1;
            continue;
        }
        if (prev && space && g[k].box.x1 >= prev->box.x2 && g[k].box.x1 - prev->box.x2 < 3 * size)
            gaps[m++] = g[k].box.x1 - prev->box.x2;
        prev = &g[k];
        space = 0;
    }
    if (m < 3)
        return 0;
    qsort(gaps, m, sizeof *gaps, cmp_gap);
    return gaps[m / 2];
}

/* One of Poppler's lines (no newline inside) into chunks. */
static int line_chunks(const tsx_glyph *g, size_t n, tsx_pdf_page *p)
{
    double size = 0, base = -1e300;
    for (size_t k = 0; k < n; k++)
        if (!is_space_cp(g[k].cp) && g[k].box.y2 - g[k].box.y1 > size)
            size = g[k].box.y2 - g[k].box.y1;
    if (size <= 0)
        return TS_OK;
    for (size_t k = 0; k < n; k++)
        if (!is_space_cp(g[k].cp) && g[k].box.y2 - g[k].box.y1 >= 0.85 * size &&
            g[k].box.y2 > base)
            base = g[k].box.y2;
    double cut = CHUNK_GAP * size, word = word_space(g, n, size);
    if (word > 0 && CHUNK_GAP_RATIO * word < cut)
        cut = CHUNK_GAP_RATIO * word > CHUNK_GAP_MIN * size ? CHUNK_GAP_RATIO * word
                                                          : CHUNK_GAP_MIN * size;
    tsx_chunk *c = NULL;
    const tsx_glyph *prev = NULL;
    int in_sup = 0, space = 0;
    tsx_box sup_box = {1e300, 1e300, -1e300, -1e300};
    for (size_t k = 0; k < n; k++) {
        const tsx_glyph *x = &g[k];
        if (is_space_cp(x->cp)) {
            space = c != NULL;
            continue;
        }
        double h = x->box.y2 - x->box.y1;
        /* Small digits lifted off the baseline: a footnote mark or an
         * exponent. */
        int sup = x->cp >= '0' && x->cp <= '9' && h < 0.8 * size && x->box.y2 < base - 0.2 * size;
        if (c && prev && (x->box.x1 - prev->box.x2 > cut ||
                          x->box.x2 < prev->box.x1 - 0.5 * size)) {
            if (close_chunk(p, c, in_sup, &sup_box) != TS_OK)
                return TS_ENOMEM;
            c = NULL;
            in_sup = 0;
        }
        if (!c) {
            if (!(c = new_chunk(p)))
                return TS_ENOMEM;
            space = 0;
            sup_box = (tsx_box){1e300, 1e300, -1e300, -1e300};
        }
        if (sup != in_sup) {
            if (tsx_buf_add(&p->bytes, sup ? "\x01" : "\x02", 1) != TS_OK)
                return TS_ENOMEM;
            in_sup = sup;
        }
        /* A space before a superscript is dropped: marks are glued. */
        if (space && !sup && tsx_buf_add(&p->bytes, " ", 1) != TS_OK)
            return TS_ENOMEM;
        space = 0;
        if (add_cp(&p->bytes, x->cp) != TS_OK)
            return TS_ENOMEM;
        grow_box(&c->box, &x->box, !sup);
        if (sup)
            grow_box(&sup_box, &x->box, 1);
        else if (h > c->size)
            c->size = h;
        prev = x;
    }
    return c ? close_chunk(p, c, in_sup, &sup_box) : TS_OK;
}

int tsx_pdf_chunks(const tsx_glyph *g, size_t n, tsx_pdf_page *page)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && g[e].cp != '\n')
            e++;
        if (line_chunks(g + i, e - i, page) != TS_OK)
            return TS_ENOMEM;
        i = e + 1;
    }
    return TS_OK;
}

/* ---- rows ---- */

static int by_top(const void *a, const void *b, void *page)
{
    const tsx_pdf_page *p = page;
    const tsx_chunk *x = &p->chunks[*(const size_t *)a];
    const tsx_chunk *y = &p->chunks[*(const size_t *)b];
    double cx = (x->box.y1 + x->box.y2) / 2, cy = (y->box.y1 + y->box.y2) / 2;
    if (cx != cy)
        return cx < cy ? -1 : 1;
    return x->box.x1 < y->box.x1 ? -1 : x->box.x1 > y->box.x1;
}

static int by_left(const void *a, const void *b, void *page)
{
    const tsx_pdf_page *p = page;
    const tsx_chunk *x = &p->chunks[*(const size_t *)a];
    const tsx_chunk *y = &p->chunks[*(const size_t *)b];
    return x->box.x1 < y->box.x1 ? -1 : x->box.x1 > y->box.x1;
}

/* Whether chunk c sits on the row with vertical extent [top, bottom]:
 * they share at least half of the smaller height. */
static int on_row(const tsx_chunk *c, double top, double bottom)
{
    double lo = c->box.y1 > top ? c->box.y1 : top;
    double hi = c->box.y2 < bottom ? c->box.y2 : bottom;
    double hc = c->box.y2 - c->box.y1, hr = bottom - top;
    return hi - lo >= 0.5 * (hc < hr ? hc : hr);
}

int tsx_pdf_rows(tsx_pdf_page *p)
{
    size_t n = p->n_chunks;
    p->order = malloc((n ? n : 1) * sizeof *p->order);
    p->rows = malloc((n ? n : 1) * sizeof *p->rows);
    if (!p->order || !p->rows)
        return TS_ENOMEM;
    for (size_t i = 0; i < n; i++)
        p->order[i] = i;
    qsort_r(p->order, n, sizeof *p->order, by_top, p);
    /* Chunks in order of their middle height: a row takes the ones that
     * overlap it, so a row is a run of this order. */
    size_t i = 0;
    p->n_rows = 0;
    while (i < n) {
        const tsx_chunk *c = &p->chunks[p->order[i]];
        tsx_row *r = &p->rows[p->n_rows++];
        memset(r, 0, sizeof *r);
        r->first = i;
        r->box = c->box;
        r->size = c->size;
        size_t j = i + 1;
        for (; j < n; j++) {
            const tsx_chunk *d = &p->chunks[p->order[j]];
            if (!on_row(d, r->box.y1, r->box.y2))
                break;
            grow_box(&r->box, &d->box, 0);
            if (d->size > r->size)
                r->size = d->size;
        }
        r->n = j - i;
        /* The row's height is its tallest chunk's, not the union, so
         * that a row never swallows the next line. */
        qsort_r(p->order + i, r->n, sizeof *p->order, by_left, p);
        i = j;
    }
    return TS_OK;
}

void tsx_pdf_page_free(tsx_pdf_page *p)
{
    tsx_buf_free(&p->bytes);
    free(p->chunks);
    free(p->order);
    free(p->rows);
    memset(p, 0, sizeof *p);
}
