/* The first pass over a PDF's rows: what the whole document shares (the
 * body font size, the text block's margins), what repeats at the top or
 * bottom of the pages (running headers and footers, page numbers: dropped)
 * and the footnotes under the text (smaller type, a number first: their
 * bodies gathered, to follow the paragraph that cites them).  The body is
 * then written by pdf_write.c. */
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"
#include "core/grow.h"

/* A row's text without superscript marks, into b (emptied first). */
static int row_text(const tsx_pdf_page *p, const tsx_row *r, tsx_buf *b)
{
    b->len = 0;
    for (size_t k = 0; k < r->n; k++) {
        const tsx_chunk *c = &p->chunks[p->order[r->first + k]];
        if (k && tsx_buf_add(b, " ", 1) != TS_OK)
            return TS_ENOMEM;
        for (size_t i = 0; i < c->len; i++) {
            char ch = p->bytes.data[c->start + i];
            if (ch != TSX_SUP_OPEN && ch != TSX_SUP_CLOSE && tsx_buf_add(b, &ch, 1) != TS_OK)
                return TS_ENOMEM;
        }
    }
    return tsx_buf_add(b, "", 1) == TS_OK ? (b->len--, TS_OK) : TS_ENOMEM;
}

/* ---- what the document shares ---- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Body font size: the largest size that holds at least half as many
 * characters as the most used one (in quarter points).  Not simply the
 * most used: a report may hold more footnote text than body text. */
static double body_size(const tsx_pdf_page *pages, size_t np)
{
    enum { BINS = 1024 };
    static const double step = 0.25;
    double w[BINS] = {0};
    for (size_t i = 0; i < np; i++)
        for (size_t k = 0; k < pages[i].n_chunks; k++) {
            const tsx_chunk *c = &pages[i].chunks[k];
            /* A damaged file may give any size, NaN and 1e82 too: test
             * the range before the conversion, which is undefined outside it. */
            double q = c->size / step + 0.5;
            if (!(q >= 1 && q < BINS))
                continue;
            w[(long)q] += (double)c->len;
        }
    long most = 0, best = 0;
    for (long b = 1; b < BINS; b++)
        if (w[b] > w[most])
            most = b;
    for (long b = 1; b < BINS; b++)
        if (w[b] >= 0.5 * w[most])
            best = b;
    return best ? (double)best * step : 10.0;
}

static int is_body(const tsx_pdf_doc *d, const tsx_row *r)
{
    return r->size > 0.9 * d->body && r->size < 1.1 * d->body;
}

/* The text block's left edge (the most common start of a body row) and
 * right edge (the 90th percentile of their ends: justified lines all end
 * there) over the document. */
static int margins(tsx_pdf_page *pages, size_t np, tsx_pdf_doc *d)
{
    size_t n = 0;
    for (size_t i = 0; i < np; i++)
        n += pages[i].n_rows;
    double *xs = malloc((n ? n : 1) * sizeof *xs), *ends = malloc((n ? n : 1) * sizeof *ends);
    if (!xs || !ends) {
        free(xs);
        free(ends);
        return TS_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < np; i++)
        for (size_t k = 0; k < pages[i].n_rows; k++)
            if (is_body(d, &pages[i].rows[k]) && pages[i].rows[k].kind == TSX_ROW_BODY) {
                xs[m] = pages[i].rows[k].box.x1;
                ends[m++] = pages[i].rows[k].box.x2;
            }
    d->left = 0;
    d->right = np ? pages[0].width : 0;
    if (m) {
        qsort(xs, m, sizeof *xs, cmp_double);
        qsort(ends, m, sizeof *ends, cmp_double);
        /* The mode of the starts, one point wide. */
        size_t best = 0, run = 0;
        for (size_t a = 0, b = 0; a < m; a++) {
            while (xs[a] - xs[b] > 1.0)
                b++;
            if (a - b + 1 > run) {
                run = a - b + 1;
                best = b;
            }
        }
        d->left = xs[best];
        d->right = ends[m * 9 / 10];
    }
    free(xs);
    free(ends);
    return TS_OK;
}

/* ---- running headers, footers and page numbers ---- */

static int in_band(const tsx_pdf_page *p, const tsx_row *r)
{
    return r->box.y2 < 0.1 * p->height || r->box.y1 > 0.9 * p->height;
}

/* "12", "- 12 -", "Trang 12", "12/40": a page number. */
static int is_page_number(const char *s)
{
    while (*s == ' ' || *s == '-')
        s++;
    if (!strncmp(s, "Trang ", 6) || !strncmp(s, "trang ", 6))
        s += 6;
    size_t d = strspn(s, "0123456789");
    if (d < 1 || d > 4)
        return 0;
    s += d;
    if (*s == '/')
        s += 1 + strspn(s + 1, "0123456789");
    while (*s == ' ' || *s == '-')
        s++;
    return *s == '\0';
}

/* The text of a row with its digits left out: a running header that
 * numbers its page is the same on every page. */
static void running_key(const char *s, char *key, size_t cap)
{
    size_t n = 0;
    for (; *s && n + 1 < cap; s++)
        if (!(*s >= '0' && *s <= '9'))
            key[n++] = *s;
    key[n] = '\0';
}

typedef struct {
    char key[96];
    size_t pages;
    size_t last; /* last page counted + 1 */
} seen;

static int mark_running(tsx_pdf_page *pages, size_t np)
{
    seen *v = NULL;
    size_t nv = 0, cap = 0;
    tsx_buf b = {0};
    int rc = TS_OK;
    for (int pass = 0; pass < 2 && rc == TS_OK; pass++)
        for (size_t i = 0; i < np && rc == TS_OK; i++)
            for (size_t k = 0; k < pages[i].n_rows; k++) {
                tsx_row *r = &pages[i].rows[k];
                if (!in_band(&pages[i], r))
                    continue;
                if ((rc = row_text(&pages[i], r, &b)) != TS_OK)
                    break;
                if (is_page_number(b.data)) {
                    r->kind = TSX_ROW_RUNNING;
                    continue;
                }
                char key[96];
                running_key(b.data, key, sizeof key);
                size_t j = 0;
                while (j < nv && strcmp(v[j].key, key) != 0)
                    j++;
                if (pass == 1) {
                    /* On at least half the pages (and two): running. */
                    if (j < nv && v[j].pages >= 2 && v[j].pages * 2 >= np)
                        r->kind = TSX_ROW_RUNNING;
                    continue;
                }
                if (j == nv) {
                    if (tsi_grow(&v, &cap, nv + 1, sizeof *v, 16) != 0) {
                        rc = TS_ENOMEM;
                        break;
                    }
                    memcpy(v[nv].key, key, sizeof key);
                    v[nv].pages = 0;
                    v[nv++].last = 0;
                }
                if (v[j].last != i + 1) {
                    v[j].pages++;
                    v[j].last = i + 1;
                }
            }
    free(v);
    tsx_buf_free(&b);
    return rc;
}

/* ---- footnotes ---- */

/* The label opening a footnote row: superscript digits, or 1-3 digits and
 * a space (plain digits only when they are the number expected next).
 * Returns the number and sets *skip to the bytes it takes; 0 when none. */
static uint32_t note_label(const tsx_pdf_page *p, const tsx_row *r, uint32_t expect,
                           size_t *skip)
{
    const tsx_chunk *c = &p->chunks[p->order[r->first]];
    const char *s = p->bytes.data + c->start;
    size_t n = c->len, i = 0, sup = n && s[0] == TSX_SUP_OPEN;
    i = sup;
    uint32_t v = 0;
    size_t d0 = i;
    while (i < n && s[i] >= '0' && s[i] <= '9' && i - d0 < 3)
        v = v * 10 + (uint32_t)(s[i++] - '0');
    if (i == d0 || v == 0)
        return 0;
    if (sup) {
        if (i >= n || s[i] != TSX_SUP_CLOSE)
            return 0;
        i++;
    } else {
        if (expect && v != expect)
            return 0;
        if (i < n && s[i] == '.')
            i++;
        if (i < n && s[i] != ' ')
            return 0;
        if (i == n && r->n < 2)
            return 0; /* a number alone on its row is no label */
    }
    while (i < n && s[i] == ' ')
        i++;
    *skip = i;
    return v;
}

static int add_note(tsx_pdf_doc *d, uint32_t page, uint32_t num)
{
    if (tsi_grow(&d->notes, &d->cap_notes, d->n_notes + 1, sizeof *d->notes, 16) != 0)
        return TS_ENOMEM;
    tsx_pdf_note *x = &d->notes[d->n_notes++];
    memset(x, 0, sizeof *x);
    x->page = page;
    x->num = num;
    return TS_OK;
}

/* Appends a row (from byte skip of its first chunk) to note x. */
static int note_text(const tsx_pdf_page *p, const tsx_row *r, size_t skip, tsx_pdf_note *x)
{
    for (size_t k = 0; k < r->n; k++) {
        const tsx_chunk *c = &p->chunks[p->order[r->first + k]];
        if (x->text.len && tsx_buf_add(&x->text, " ", 1) != TS_OK)
            return TS_ENOMEM;
        for (size_t i = k ? 0 : skip; i < c->len; i++) {
            char ch = p->bytes.data[c->start + i];
            if (ch != TSX_SUP_OPEN && ch != TSX_SUP_CLOSE && tsx_buf_add(&x->text, &ch, 1) != TS_OK)
                return TS_ENOMEM;
        }
    }
    return TS_OK;
}

/* The footnote block of page pi: the rows under the last body-size row,
 * in smaller type, the first one labelled (or going on with the note the
 * page before ended with, when that note reached its page's bottom). */
static int page_notes(tsx_pdf_page *pages, size_t pi, tsx_pdf_doc *d, int *last_reached)
{
    tsx_pdf_page *p = &pages[pi];
    size_t z = p->n_rows;
    while (z > 0) {
        const tsx_row *r = &p->rows[z - 1];
        if (r->kind == TSX_ROW_RUNNING) {
            z--;
            continue;
        }
        if (r->size >= 0.9 * d->body || r->n > 2)
            break;
        z--;
    }
    size_t first = z;
    while (first < p->n_rows && p->rows[first].kind == TSX_ROW_RUNNING)
        first++;
    if (first >= p->n_rows || p->rows[first].size >= 0.9 * d->body) {
        *last_reached = 0;
        return TS_OK;
    }
    size_t skip = 0;
    uint32_t label = note_label(p, &p->rows[first], 0, &skip);
    int goes_on = !label && *last_reached && d->n_notes;
    if (!label && !goes_on) {
        *last_reached = 0;
        return TS_OK;
    }
    tsx_pdf_note *cur = goes_on ? &d->notes[d->n_notes - 1] : NULL;
    double bottom = 0;
    for (size_t k = first; k < p->n_rows; k++) {
        tsx_row *r = &p->rows[k];
        if (r->kind == TSX_ROW_RUNNING)
            continue;
        skip = 0;
        label = note_label(p, r, cur && cur->page == pi + 1 ? cur->num + 1 : 0, &skip);
        if (label || !cur) {
            if (add_note(d, (uint32_t)pi + 1, label ? label : 0) != TS_OK)
                return TS_ENOMEM;
            cur = &d->notes[d->n_notes - 1];
        }
        if (note_text(p, r, skip, cur) != TS_OK)
            return TS_ENOMEM;
        r->kind = TSX_ROW_NOTE;
        r->note = (uint32_t)(cur - d->notes) + 1;
        bottom = r->box.y2;
    }
    /* A note that fills its page to the bottom margin may go on overleaf. */
    *last_reached = bottom > 0.8 * p->height;
    return TS_OK;
}

int tsx_pdf_layout(tsx_pdf_page *pages, size_t np, ts_converted *out)
{
    tsx_pdf_doc d = {0};
    int rc = TS_OK;
    for (size_t i = 0; i < np && rc == TS_OK; i++)
        rc = tsx_pdf_rows(&pages[i]);
    if (rc == TS_OK)
        rc = mark_running(pages, np);
    d.body = body_size(pages, np);
    int reached = 0;
    for (size_t i = 0; i < np && rc == TS_OK; i++)
        rc = page_notes(pages, i, &d, &reached);
    if (rc == TS_OK)
        rc = margins(pages, np, &d);
    if (rc == TS_OK)
        rc = tsx_pdf_write(pages, np, &d, out);
    for (size_t i = 0; i < d.n_notes; i++)
        tsx_buf_free(&d.notes[i].text);
    free(d.notes);
    return rc;
}
