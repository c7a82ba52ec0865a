/* Word .docx: word/document.xml walked element by element: paragraphs and
 * their runs of text, footnote and endnote citations (bodies from
 * word/footnotes.xml and word/endnotes.xml, read first), tables with
 * merged cells (w:gridSpan, w:vMerge, w:gridBefore).  Deleted text, field
 * codes and the fallback copy of drawings are skipped. */
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"

typedef struct {
    tsx_docb *b;
    int in_text;        /* inside w:t: its text nodes are text */
    /* footnotes.xml / endnotes.xml: the body being collected */
    int notes;          /* 0: the document; 1: footnotes; 2: endnotes */
    long note_id;
    int note_open;
    tsx_buf note;
    /* a w:tc whose properties (span, merge) come before its content */
    int cell_pending;
    unsigned span;
    int merged;
    unsigned grid_before;
} walker;

/* WordprocessingML's namespace, transitional or strict. */
static int is_w(const char *ns)
{
    size_t n = strlen(ns);
    return n >= 26 && (!strcmp(ns + n - 26, "wordprocessingml/2006/main") ||
                       !strcmp(ns + n - 26, "ooxml/wordprocessingml/main"));
}

static int text(walker *w, const char *s, size_t n)
{
    if (w->notes)
        return w->note_open ? tsx_buf_add(&w->note, s, n) : TS_OK;
    return tsx_docb_text(w->b, s, n);
}

/* Starts the w:tc waiting for its properties. */
static int open_cell(walker *w)
{
    if (!w->cell_pending)
        return TS_OK;
    w->cell_pending = 0;
    if (w->grid_before) {
        unsigned k = w->grid_before;
        w->grid_before = 0;
        if (tsx_docb_cell_begin(w->b, k, 0) != TS_OK || tsx_docb_cell_end(w->b) != TS_OK)
            return TS_ENOMEM;
    }
    return tsx_docb_cell_begin(w->b, w->span, w->merged);
}

/* footnotes.xml, endnotes.xml: each body into the builder by id. */
static int note_start(walker *w, void *r, const char *name, int empty, int *skip)
{
    if (!strcmp(name, "footnote") || !strcmp(name, "endnote")) {
        /* Separators (w:type) hold no text worth keeping. */
        int normal = !tsx_xml_attr_is(r, "type", NULL) || tsx_xml_attr_is(r, "type", "normal");
        w->note_open = normal && !empty;
        w->note_id = tsx_xml_attr_long(r, "id", 0) * 2 + (w->notes == 2);
        w->note.len = 0;
        *skip = !normal;
    } else if (!strcmp(name, "p") && w->note.len) {
        return text(w, " ", 1);
    }
    return TS_OK;
}

static int table_start(walker *w, void *r, const char *name, int empty)
{
    tsx_docb *b = w->b;
    if (!strcmp(name, "tbl")) {
        if (open_cell(w) != TS_OK || tsx_docb_table_begin(b) != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_table_end(b) : TS_OK;
    }
    if (!strcmp(name, "tr")) {
        w->grid_before = 0;
        if (tsx_docb_row_begin(b, 0) != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_row_end(b) : TS_OK;
    }
    if (!strcmp(name, "gridBefore")) {
        long v = tsx_xml_attr_long(r, "val", 0);
        w->grid_before = v > 0 && v < 64 ? (unsigned)v : 0;
    } else if (!strcmp(name, "tc")) {
        w->cell_pending = 1;
        w->span = 1;
        w->merged = 0;
        if (empty && (open_cell(w) != TS_OK || tsx_docb_cell_end(b) != TS_OK))
            return TS_ENOMEM;
    } else if (!strcmp(name, "gridSpan")) {
        long v = tsx_xml_attr_long(r, "val", 1);
        w->span = v > 0 && v <= 64 ? (unsigned)v : 1;
    } else if (!strcmp(name, "vMerge")) {
        w->merged = !tsx_xml_attr_is(r, "val", "restart");
    }
    return TS_OK;
}

static int on_start(void *ctx, void *r, const char *ns, const char *name, int empty, int *skip)
{
    walker *w = ctx;
    if (!is_w(ns)) {
        /* Drawings come twice (mc:AlternateContent): skip the fallback. */
        *skip = !strcmp(name, "Fallback");
        return TS_OK;
    }
    if (!strcmp(name, "t")) {
        w->in_text = !empty;
        return TS_OK;
    }
    if (!strcmp(name, "tab") || !strcmp(name, "ptab"))
        return text(w, " ", 1);
    if (!strcmp(name, "noBreakHyphen"))
        return text(w, "-", 1);
    if (!strcmp(name, "br") || !strcmp(name, "cr"))
        return w->notes ? text(w, " ", 1) : tsx_docb_break(w->b);
    if (!strcmp(name, "delText") || !strcmp(name, "instrText") || !strcmp(name, "del") ||
        !strcmp(name, "sectPr") || !strcmp(name, "footnoteRef") || !strcmp(name, "endnoteRef")) {
        *skip = 1;
        return TS_OK;
    }
    if (w->notes)
        return note_start(w, r, name, empty, skip);
    if (!strcmp(name, "footnoteReference") || !strcmp(name, "endnoteReference"))
        return tsx_docb_cite(w->b, tsx_xml_attr_long(r, "id", 0) * 2 + (name[0] == 'e'));
    if (!strcmp(name, "p")) {
        if (open_cell(w) != TS_OK || tsx_docb_para_begin(w->b) != TS_OK)
            return TS_ENOMEM;
        return empty ? tsx_docb_para_end(w->b) : TS_OK;
    }
    return table_start(w, r, name, empty);
}

static int on_end(void *ctx, const char *ns, const char *name)
{
    walker *w = ctx;
    tsx_docb *b = w->b;
    if (!is_w(ns))
        return TS_OK;
    if (!strcmp(name, "t")) {
        w->in_text = 0;
        return TS_OK;
    }
    if (w->notes) {
        if ((!strcmp(name, "footnote") || !strcmp(name, "endnote")) && w->note_open) {
            w->note_open = 0;
            return tsx_docb_note_define(b, w->note_id, w->note.data ? w->note.data : "",
                                        w->note.len);
        }
        return TS_OK;
    }
    if (!strcmp(name, "p"))
        return tsx_docb_para_end(b);
    if (!strcmp(name, "tc"))
        return open_cell(w) != TS_OK ? TS_ENOMEM : tsx_docb_cell_end(b);
    if (!strcmp(name, "tr"))
        return tsx_docb_row_end(b);
    if (!strcmp(name, "tbl"))
        return tsx_docb_table_end(b);
    return TS_OK;
}

static int on_text(void *ctx, const char *s, size_t n)
{
    walker *w = ctx;
    return w->in_text ? text(w, s, n) : TS_OK;
}

/* Reads and walks one part; a missing optional part is no error. */
static int walk_part(walker *w, tsx_zip *z, const char *part, int optional, ts_error *err)
{
    static const tsx_xml_handlers h = {on_start, on_end, on_text};
    char *xml = NULL;
    size_t len = 0;
    int rc = tsx_zip_read(z, part, &xml, &len, err);
    if (rc == TS_ENOTFOUND && optional)
        return TS_OK;
    w->in_text = 0;
    if (rc == TS_OK)
        rc = tsx_xml_walk(part, xml, len, &h, w, err);
    free(xml);
    return rc;
}

int tsx_read_docx(const char *bytes, size_t len, ts_converted *out, ts_error *err)
{
    tsx_zip *z = tsx_zip_open(bytes, len, err);
    if (!z)
        return err ? err->code : TS_EFORMAT;
    walker w = {0};
    w.b = tsx_docb_new();
    int rc = w.b ? TS_OK : ts_error_set(err, TS_ENOMEM, "out of memory");
    /* Note bodies first: the document cites them by id. */
    w.notes = 1;
    if (rc == TS_OK)
        rc = walk_part(&w, z, "word/footnotes.xml", 1, err);
    w.notes = 2;
    if (rc == TS_OK)
        rc = walk_part(&w, z, "word/endnotes.xml", 1, err);
    w.notes = 0;
    if (rc == TS_OK)
        rc = walk_part(&w, z, "word/document.xml", 0, err);
    if (rc == TS_OK && tsx_docb_finish(w.b, out) != TS_OK)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    tsx_buf_free(&w.note);
    tsx_docb_free(w.b);
    tsx_zip_close(z);
    return rc;
}
