/* PDF through Poppler's GLib interface: every page's characters with
 * their boxes (poppler_page_get_text and _get_text_layout share one text
 * analysis), laid out by pdf_layout.c.  A file that is damaged, needs a
 * password or has no text at all (a scan) is refused with the reason. */
#include <stdlib.h>
#include <string.h>
#include "core/codepoint.h"
#include "text/format_libs.h"
#include "text/read_internal.h"

/* The page's characters with their boxes, into *g (grown as needed). */
static int page_glyphs(const tsx_poppler *pp, PopplerPage *page, tsx_glyph **g, size_t *cap, size_t *n)
{
    char *text = pp->page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nr = 0;
    *n = 0;
    if (!text || !pp->page_get_text_layout(page, &rects, &nr)) {
        pp->free(text);
        pp->free(rects);
        return TS_OK; /* no text on this page */
    }
    int rc = TS_OK;
    size_t need = nr;
    if (need > *cap) {
        tsx_glyph *p = realloc(*g, need * sizeof **g);
        if (!p)
            rc = TS_ENOMEM;
        else {
            *g = p;
            *cap = need;
        }
    }
    /* One box per character of the text, in the same order. */
    size_t len = strlen(text), at = 0;
    for (guint i = 0; rc == TS_OK && i < nr && at < len; i++) {
        int32_t cp;
        size_t step = tsi_cp_next(text, len, at, &cp);
        if (step == 0) {
            cp = 0xFFFD;
            step = 1;
        }
        at += step;
        (*g)[*n].cp = (uint32_t)cp;
        (*g)[*n].box = (tsx_box){rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2};
        (*n)++;
    }
    pp->free(text);
    pp->free(rects);
    return rc;
}

static int open_error(const tsx_poppler *pp, GError *e, ts_error *err)
{
    int enc = e && e->domain == pp->error_quark() && e->code == POPPLER_ERROR_ENCRYPTED;
    int rc = enc ? ts_error_set(err, TS_EINVAL, "encrypted PDF: it needs a password to open")
                 : ts_error_set(err, TS_EFORMAT, "damaged PDF: %s",
                                e && e->message ? e->message : "Poppler cannot read it");
    if (e)
        pp->error_free(e);
    return rc;
}

int tsx_read_pdf(const char *bytes, size_t len, ts_converted *out, ts_error *err)
{
    const tsx_poppler *pp = tsx_poppler_lib(err);
    if (!pp)
        return TS_ENOTFOUND;
    GError *e = NULL;
    /* Poppler reads the caller's bytes in place. */
    GBytes *data = pp->bytes_new_static(bytes, len);
    PopplerDocument *doc = pp->document_new_from_bytes(data, NULL, &e);
    pp->bytes_unref(data);
    if (!doc)
        return open_error(pp, e, err);
    int np = pp->document_get_n_pages(doc);
    tsx_pdf_page *pages = calloc(np > 0 ? (size_t)np : 1, sizeof *pages);
    tsx_glyph *g = NULL;
    size_t cap = 0, chars = 0;
    int rc = pages ? TS_OK : TS_ENOMEM;
    for (int i = 0; i < np && rc == TS_OK; i++) {
        PopplerPage *page = pp->document_get_page(doc, i);
        if (!page)
            continue;
        size_t n = 0;
        pp->page_get_size(page, &pages[i].width, &pages[i].height);
        rc = page_glyphs(pp, page, &g, &cap, &n);
        if (rc == TS_OK)
            rc = tsx_pdf_chunks(g, n, &pages[i]);
        chars += pages[i].n_chunks;
        pp->object_unref(page);
    }
    free(g);
    pp->object_unref(doc);
    if (rc == TS_OK && chars == 0)
        rc = ts_error_set(err, TS_EFORMAT,
                          np > 0 ? "no text layer: OCR it first (%d pages of images)"
                                 : "no text layer: OCR it first (no pages)",
                          np);
    else if (rc == TS_OK)
        rc = tsx_pdf_layout(pages, (size_t)(np > 0 ? np : 0), out);
    if (rc == TS_ENOMEM)
        ts_error_set(err, TS_ENOMEM, "out of memory");
    for (int i = 0; pages && i < np; i++)
        tsx_pdf_page_free(&pages[i]);
    free(pages);
    return rc;
}
