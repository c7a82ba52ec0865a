/* OpenDocument text (.odt): content.xml walked element by element into the
 * same builder as Word: text:p and text:h paragraphs, text:s/text:tab
 * spaces, text:note bodies (inline in ODF) cited where they stand, and
 * tables with spanned cells (table:number-columns-spanned, the covered
 * cells after them skipped; a cell covered from above is merged).
 * Running headers and footers live in styles.xml and are not read. */
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"

typedef struct {
    tsx_docb *b;
    int para;           /* depth of text:p / text:h: text nodes count there */
    int citation;       /* inside text:note-citation: the label, not text */
    char label[16];
    size_t label_len;
    long cover;         /* covered cells still to skip after a spanned one */
} walker;

static int is_ns(const char *ns, const char *what)
{
    static const char base[] = "urn:oasis:names:tc:opendocument:xmlns:";
    size_t k = sizeof base - 1, n = strlen(what);
    return !strncmp(ns, base, k) && !strncmp(ns + k, what, n) && ns[k + n] == ':';
}

static int spaces(walker *w, long n)
{
    if (!w->para)
        return TS_OK;
    if (n < 1)
        n = 1;
    return tsx_docb_text(w->b, " ", 1); /* the writer collapses runs anyway */
}

static int table_start(walker *w, void *r, const char *name, int empty)
{
    tsx_docb *b = w->b;
    if (!strcmp(name, "table")) {
        if (tsx_docb_table_begin(b) != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_table_end(b) : TS_OK;
    }
    if (!strcmp(name, "table-row")) {
        w->cover = 0;
        if (tsx_docb_row_begin(b, 0) != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_row_end(b) : TS_OK;
    }
    if (!strcmp(name, "covered-table-cell") && w->cover > 0) {
        w->cover--; /* its column belongs to the spanned cell before it */
        return TS_OK;
    }
    if (!strcmp(name, "table-cell") || !strcmp(name, "covered-table-cell")) {
        long span = tsx_xml_attr_long(r, "number-columns-spanned", 1);
        if (span < 1 || span > 64)
            span = 1;
        w->cover = span - 1;
        if (tsx_docb_cell_begin(b, (unsigned)span, name[0] == 'c') != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_cell_end(b) : TS_OK;
    }
    return TS_OK;
}

static int on_start(void *ctx, void *r, const char *ns, const char *name, int empty, int *skip)
{
    walker *w = ctx;
    tsx_docb *b = w->b;
    if (is_ns(ns, "office")) {
        *skip = !strcmp(name, "annotation");
        return TS_OK;
    }
    if (is_ns(ns, "table"))
        return table_start(w, r, name, empty);
    if (!is_ns(ns, "text"))
        return TS_OK;
    if (!strcmp(name, "p") || !strcmp(name, "h")) {
        if (empty)
            return tsx_docb_para_begin(b) != TS_OK ? TS_ENOMEM : tsx_docb_para_end(b);
        w->para++;
        return tsx_docb_para_begin(b);
    }
    if (!strcmp(name, "s"))
        return spaces(w, tsx_xml_attr_long(r, "c", 1));
    if (!strcmp(name, "tab"))
        return spaces(w, 1);
    if (!strcmp(name, "line-break"))
        return w->para ? tsx_docb_break(b) : TS_OK;
    if (!strcmp(name, "note")) {
        w->label_len = 0;
        w->label[0] = '\0';
    } else if (!strcmp(name, "note-citation")) {
        w->citation = !empty;
    } else if (!strcmp(name, "note-body")) {
        tsx_docb_note_begin(b);
        if (empty)
            return tsx_docb_note_end(b, w->label_len ? w->label : NULL);
    } else if (!strcmp(name, "tracked-changes")) {
        *skip = 1;
    }
    return TS_OK;
}

static int on_end(void *ctx, const char *ns, const char *name)
{
    walker *w = ctx;
    tsx_docb *b = w->b;
    if (is_ns(ns, "table")) {
        if (!strcmp(name, "table"))
            return tsx_docb_table_end(b);
        if (!strcmp(name, "table-row"))
            return tsx_docb_row_end(b);
        if (!strcmp(name, "table-cell") || !strcmp(name, "covered-table-cell"))
            return tsx_docb_cell_end(b);
        return TS_OK;
    }
    if (!is_ns(ns, "text"))
        return TS_OK;
    if ((!strcmp(name, "p") || !strcmp(name, "h")) && w->para > 0) {
        w->para--;
        return tsx_docb_para_end(b);
    }
    if (!strcmp(name, "note-citation"))
        w->citation = 0;
    else if (!strcmp(name, "note-body"))
        return tsx_docb_note_end(b, w->label_len ? w->label : NULL);
    return TS_OK;
}

static int on_text(void *ctx, const char *s, size_t n)
{
    walker *w = ctx;
    if (w->citation) {
        size_t k = sizeof w->label - 1 - w->label_len;
        if (n < k)
            k = n;
        memcpy(w->label + w->label_len, s, k);
        w->label_len += k;
        w->label[w->label_len] = '\0';
        return TS_OK;
    }
    return w->para ? tsx_docb_text(w->b, s, n) : TS_OK;
}

int tsx_read_odt(const char *bytes, size_t len, ts_converted *out, ts_error *err)
{
    static const tsx_xml_handlers h = {on_start, on_end, on_text};
    tsx_zip *z = tsx_zip_open(bytes, len, err);
    if (!z)
        return err ? err->code : TS_EFORMAT;
    walker w = {0};
    char *xml = NULL;
    size_t n = 0;
    w.b = tsx_docb_new();
    int rc = w.b ? tsx_zip_read(z, "content.xml", &xml, &n, err)
                 : ts_error_set(err, TS_ENOMEM, "out of memory");
    if (rc == TS_OK)
        rc = tsx_xml_walk("content.xml", xml, n, &h, &w, err);
    if (rc == TS_OK && tsx_docb_finish(w.b, out) != TS_OK)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    free(xml);
    tsx_docb_free(w.b);
    tsx_zip_close(z);
    return rc;
}
