/* PDF through Poppler's GLib interface: every page's characters with
 * their boxes (poppler_page_get_text and _get_text_layout share one text
 * analysis), laid out by pdf_layout.c.  A file that is damaged, needs a
 * password or has no text at all (a scan) is refused with the reason. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <poppler.h>
#include "text/read_internal.h"

/* Poppler reports problems in a file on stderr unless an error callback
 * is set; GLib's interface does not wrap Poppler's setErrorCallback, so it
 * is looked up by its C++ name (when missing, Poppler stays as it is). */
static void quiet(int category, long long pos, const char *msg)
{
    (void)category;
    (void)pos;
    (void)msg;
}

static void silence_poppler(void)
{
    typedef void (*set_fn)(void (*)(int, long long, const char *));
    void *sym = dlsym(RTLD_DEFAULT, "_Z16setErrorCallbackPFv13ErrorCategoryxPKcE");
    if (sym) {
        set_fn set;
        memcpy(&set, &sym, sizeof set);
        set(quiet);
    }
}

static pthread_once_t once = PTHREAD_ONCE_INIT;

/* The page's characters with their boxes, into *g (grown as needed). */
static int page_glyphs(PopplerPage *page, tsx_glyph **g, size_t *cap, size_t *n)
{
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nr = 0;
    *n = 0;
    if (!text || !poppler_page_get_text_layout(page, &rects, &nr)) {
        g_free(text);
        g_free(rects);
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
    const char *s = text;
    for (guint i = 0; rc == TS_OK && i < nr && *s; i++) {
        gunichar cp = g_utf8_get_char_validated(s, -1);
        if (cp == (gunichar)-1 || cp == (gunichar)-2) {
            cp = 0xFFFD;
            s++;
        } else {
            s = g_utf8_next_char(s);
        }
        (*g)[*n].cp = cp;
        (*g)[*n].box = (tsx_box){rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2};
        (*n)++;
    }
    g_free(text);
    g_free(rects);
    return rc;
}

static int open_error(GError *e, ts_error *err)
{
    int enc = e && e->domain == POPPLER_ERROR && e->code == POPPLER_ERROR_ENCRYPTED;
    int rc = enc ? ts_error_set(err, TS_EINVAL, "encrypted PDF: it needs a password to open")
                 : ts_error_set(err, TS_EFORMAT, "damaged PDF: %s",
                                e && e->message ? e->message : "Poppler cannot read it");
    if (e)
        g_error_free(e);
    return rc;
}

int tsx_read_pdf(const char *bytes, size_t len, ts_converted *out, ts_error *err)
{
    pthread_once(&once, silence_poppler);
    GError *e = NULL;
    /* Poppler reads the caller's bytes in place. */
    GBytes *data = g_bytes_new_static(bytes, len);
    PopplerDocument *doc = poppler_document_new_from_bytes(data, NULL, &e);
    g_bytes_unref(data);
    if (!doc)
        return open_error(e, err);
    int np = poppler_document_get_n_pages(doc);
    tsx_pdf_page *pages = calloc(np > 0 ? (size_t)np : 1, sizeof *pages);
    tsx_glyph *g = NULL;
    size_t cap = 0, chars = 0;
    int rc = pages ? TS_OK : TS_ENOMEM;
    for (int i = 0; i < np && rc == TS_OK; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        size_t n = 0;
        poppler_page_get_size(page, &pages[i].width, &pages[i].height);
        rc = page_glyphs(page, &g, &cap, &n);
        if (rc == TS_OK)
            rc = tsx_pdf_chunks(g, n, &pages[i]);
        chars += pages[i].n_chunks;
        g_object_unref(page);
    }
    free(g);
    g_object_unref(doc);
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
