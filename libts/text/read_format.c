/* Published files to report text: tells a file's format from its bytes,
 * hands it to its reader, and keeps the converted text's places (page,
 * paragraph, table cell, footnote) so every fact can be traced to where
 * the document shows it.  Also the writer all readers build text with. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/read_internal.h"
#include "core/grow.h"

/* ---- the writer ---- */

void tsx_w_place(tsx_writer *w, const ts_place *p)
{
    w->cur = *p;
    w->place_dirty = 1;
}

static int same_place(const ts_place *a, const ts_place *b)
{
    return a->page == b->page && a->para == b->para && a->table == b->table &&
           a->row == b->row && a->cell == b->cell && a->note == b->note;
}

/* Records w->cur at the current end of text, once it changed. */
static int record_place(tsx_writer *w)
{
    if (!w->place_dirty)
        return TS_OK;
    w->place_dirty = 0;
    ts_place p = w->cur;
    p.offset = w->text.len;
    if (w->n_places) {
        ts_place *last = &w->places[w->n_places - 1];
        if (last->offset == p.offset) {
            *last = p; /* nothing was written from the last one */
            if (w->n_places > 1 && same_place(&w->places[w->n_places - 2], &p))
                w->n_places--;
            return TS_OK;
        }
        if (same_place(last, &p))
            return TS_OK;
    }
    if (tsi_grow(&w->places, &w->cap_places, w->n_places + 1, sizeof *w->places, 64) != 0)
        return TS_ENOMEM;
    w->places[w->n_places++] = p;
    return TS_OK;
}

int tsx_w_at_line_start(const tsx_writer *w)
{
    return w->text.len == w->line_start;
}

int tsx_w_raw(tsx_writer *w, const char *s, size_t n)
{
    if (record_place(w) != TS_OK)
        return TS_ENOMEM;
    w->space = 0;
    return tsx_buf_add(&w->text, s, n);
}

int tsx_w_text(tsx_writer *w, const char *s, size_t n)
{
    static const char fffd[] = "\xEF\xBF\xBD";
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c == 0x7F) {
            w->space = 1;
            i++;
            continue;
        }
        size_t k = tsx_utf8_valid((const unsigned char *)s + i, n - i);
        if (record_place(w) != TS_OK || tsx_buf_reserve(&w->text, 4) != TS_OK)
            return TS_ENOMEM;
        if (w->space && !tsx_w_at_line_start(w))
            w->text.data[w->text.len++] = ' ';
        w->space = 0;
        if (k == 0) {
            memcpy(w->text.data + w->text.len, fffd, 3);
            w->text.len += 3;
            i++;
        } else if (k == 1) {
            /* Brackets would open or close a footnote body downstream. */
            w->text.data[w->text.len++] = c == '[' ? '(' : c == ']' ? ')' : (char)c;
            i++;
        } else {
            memcpy(w->text.data + w->text.len, s + i, k);
            w->text.len += k;
            i += k;
        }
    }
    return TS_OK;
}

int tsx_w_line(tsx_writer *w, int force)
{
    w->space = 0;
    if (tsx_w_at_line_start(w) && !force)
        return TS_OK;
    if (tsx_buf_add(&w->text, "\n", 1) != TS_OK)
        return TS_ENOMEM;
    w->line_start = w->text.len;
    return TS_OK;
}

int tsx_w_finish(tsx_writer *w, ts_converted *out)
{
    if (tsx_w_line(w, 0) != TS_OK || tsx_buf_add(&w->text, "", 1) != TS_OK)
        return TS_ENOMEM;
    out->text = w->text.data;
    out->len = w->text.len - 1;
    if (!w->n_places) {
        /* Every text has a first place, so lookups never come back empty. */
        if (tsi_grow(&w->places, &w->cap_places, 1, sizeof *w->places, 1) != 0)
            return TS_ENOMEM;
        memset(w->places, 0, sizeof *w->places);
        w->n_places = 1;
    }
    w->places[0].offset = 0;
    out->places = w->places;
    out->n_places = w->n_places;
    memset(w, 0, sizeof *w);
    return TS_OK;
}

void tsx_w_free(tsx_writer *w)
{
    tsx_buf_free(&w->text);
    free(w->places);
    memset(w, 0, sizeof *w);
}

int tsx_cell_is_figure(const char *s, size_t n)
{
    size_t digits = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (!(c == '.' || c == ',' || c == '%' || c == ' ' ||
                   ((c == '-' || c == '+') && i == 0)))
            return 0;
    }
    return digits > 0;
}

/* ---- detection ---- */

static const char *find_bytes(const char *h, size_t n, const char *needle, size_t k)
{
    for (size_t i = 0; i + k <= n; i++)
        if (h[i] == needle[0] && !memcmp(h + i, needle, k))
            return h + i;
    return NULL;
}

/* "EncryptedPackage" in UTF-16LE: the stream an encrypted .docx becomes. */
static int ole_encrypted(const char *b, size_t len)
{
    static const char name[] = "EncryptedPackage";
    char u16[2 * sizeof name];
    for (size_t i = 0; i + 1 < sizeof name; i++) {
        u16[2 * i] = name[i];
        u16[2 * i + 1] = 0;
    }
    return find_bytes(b, len, u16, 2 * (sizeof name - 1)) != NULL;
}

ts_format ts_format_detect(const char *b, size_t len)
{
    if (find_bytes(b, len < 1024 ? len : 1024, "%PDF-", 5))
        return TS_FORMAT_PDF;
    if (len >= 8 && !memcmp(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return TS_FORMAT_DOC;
    if (len >= 5 && !memcmp(b, "{\\rtf", 5))
        return TS_FORMAT_RTF;
    if (len < 4 || memcmp(b, "PK\x03\x04", 4) != 0)
        return TS_FORMAT_TEXT;
    tsx_zip *z = tsx_zip_open(b, len, NULL);
    if (!z)
        return TS_FORMAT_ZIP; /* a damaged zip: the reader says so */
    ts_format f = TS_FORMAT_ZIP;
    if (tsx_zip_has(z, "word/document.xml"))
        f = TS_FORMAT_DOCX;
    else if (tsx_zip_has(z, "content.xml")) {
        char *mime = NULL;
        size_t n = 0;
        /* An OpenDocument text, not a spreadsheet or a presentation. */
        if (tsx_zip_read(z, "mimetype", &mime, &n, NULL) != TS_OK ||
            strncmp(mime, "application/vnd.oasis.opendocument.text", 39) == 0)
            f = TS_FORMAT_ODT;
        free(mime);
    }
    tsx_zip_close(z);
    return f;
}

const char *ts_format_name(ts_format f)
{
    switch (f) {
    case TS_FORMAT_PDF: return "pdf";
    case TS_FORMAT_DOCX: return "docx";
    case TS_FORMAT_ODT: return "odt";
    case TS_FORMAT_ZIP: return "zip";
    case TS_FORMAT_DOC: return "doc";
    case TS_FORMAT_RTF: return "rtf";
    default: return "text";
    }
}

/* ---- conversion ---- */

void ts_converted_init(ts_converted *c)
{
    memset(c, 0, sizeof *c);
}

void ts_converted_reset(ts_converted *c)
{
    free(c->text);
    free(c->places);
    memset(c, 0, sizeof *c);
}

static int refuse(ts_format f, const char *bytes, size_t len, ts_error *err)
{
    switch (f) {
    case TS_FORMAT_ZIP: {
        /* A zip libzip cannot open is damaged (a .docx cut short). */
        tsx_zip *z = tsx_zip_open(bytes, len, err);
        if (!z)
            return err ? err->code : TS_EFORMAT;
        tsx_zip_close(z);
        return ts_error_set(err, TS_EFORMAT,
                            "a zip archive that is not a Word (.docx) or OpenDocument (.odt) document");
    }
    case TS_FORMAT_DOC:
        if (ole_encrypted(bytes, len))
            return ts_error_set(err, TS_EINVAL,
                                "encrypted Office document: save it without a password");
        return ts_error_set(err, TS_EFORMAT,
                            "a Word 97-2003 (.doc) file: save it as .docx and import that");
    case TS_FORMAT_RTF:
        return ts_error_set(err, TS_EFORMAT, "an RTF file: save it as .docx and import that");
    default:
        return ts_error_set(err, TS_EINVAL, "plain text needs no conversion");
    }
}

int ts_format_convert(const char *name, const char *bytes, size_t len, ts_converted *out,
                      ts_error *err)
{
    ts_converted_reset(out);
    ts_format f = ts_format_detect(bytes, len);
    int rc;
    switch (f) {
    case TS_FORMAT_PDF: rc = tsx_read_pdf(bytes, len, out, err); break;
    case TS_FORMAT_DOCX: rc = tsx_read_docx(bytes, len, out, err); break;
    case TS_FORMAT_ODT: rc = tsx_read_odt(bytes, len, out, err); break;
    default: rc = refuse(f, bytes, len, err); break;
    }
    if (rc != TS_OK) {
        ts_converted_reset(out);
        ts_error_at(err, name, 0, 0);
        return rc;
    }
    out->format = f;
    return TS_OK;
}

int ts_doc_parse_converted(const char *name, const ts_converted *c, ts_doc **out,
                           ts_error *err)
{
    return tsx_doc_parse_layout(name, c->text ? c->text : "", c->len, TSX_LAYOUT_PARAGRAPHS,
                                out, err);
}

const ts_place *ts_converted_place(const ts_converted *c, size_t offset)
{
    size_t lo = 0, hi = c->n_places;
    if (!hi)
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->places[mid].offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return &c->places[lo ? lo - 1 : 0];
}

size_t ts_place_format(const ts_place *p, char *buf, size_t cap)
{
    char tmp[160];
    int n = 0;
    const char *sep = "";
    if (p->page) {
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, "page %u", (unsigned)p->page);
        sep = " ";
    }
    if (p->table)
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%stable %u row %u cell %u", sep,
                      (unsigned)p->table, (unsigned)p->row, (unsigned)p->cell);
    else if (p->note)
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%sfootnote %u", sep, (unsigned)p->note);
    else if (p->para && !p->page)
        n += snprintf(tmp + n, sizeof tmp - (size_t)n, "paragraph %u", (unsigned)p->para);
    if (n == 0)
        n = snprintf(tmp, sizeof tmp, "-");
    if (cap)
        snprintf(buf, cap, "%s", tmp);
    return (size_t)n;
}
