/* Reports as published: PDF (through Poppler), Word .docx and
 * OpenDocument .odt (through libzip and libxml2) turned into the text that
 * ts_doc_parse reads, plus where every part of that text came from (page,
 * paragraph, table cell, footnote).  Formats are told by content, never by
 * the file name. */
#ifndef TS_FORMAT_H
#define TS_FORMAT_H

#include <stddef.h>
#include <stdint.h>
#include "ts_error.h"

typedef enum {
    TS_FORMAT_TEXT, /* anything else: read as report text */
    TS_FORMAT_PDF,  /* "%PDF-" in the first kilobyte */
    TS_FORMAT_DOCX, /* a zip holding word/document.xml */
    TS_FORMAT_ODT,  /* a zip holding content.xml of an OpenDocument text */
    TS_FORMAT_ZIP,  /* another zip archive: refused */
    TS_FORMAT_DOC,  /* an OLE2 compound file (Word 97-2003 .doc): refused */
    TS_FORMAT_RTF   /* "{\rtf": refused */
} ts_format;

/* The format of a file from its bytes (len bytes; a zip is looked into).
 * Never fails: what is not recognised is TS_FORMAT_TEXT. */
ts_format ts_format_detect(const char *bytes, size_t len);
/* "text", "pdf", "docx", "odt", "zip", "doc", "rtf". */
const char *ts_format_name(ts_format f);

/* Where a stretch of converted text came from.  Numbers are 1-based; 0
 * means "not in one". */
typedef struct {
    size_t offset;   /* first byte of the stretch in the converted text */
    uint32_t page;   /* PDF page */
    uint32_t para;   /* paragraph of the body, in document order (Word,
                        OpenDocument; PDF: paragraph of its page) */
    uint32_t table;  /* table of the document, in order */
    uint32_t row;    /* row of that table */
    uint32_t cell;   /* cell (grid column) of that row */
    uint32_t note;   /* footnote number as the document numbers it */
} ts_place;

/* A converted document.  Zero it (or ts_converted_init) before the first
 * use; ts_converted_reset frees what it holds. */
typedef struct {
    ts_format format;
    char *text;        /* UTF-8, NUL-terminated, len bytes: one paragraph
                          or table row a line, table cells apart by a TAB
                          (an empty cell is "-"), footnote bodies as
                          "[N: body]" after the paragraph that cites
                          them, PDF pages after a form feed */
    size_t len;
    ts_place *places;  /* sorted by offset; places[0].offset = 0 */
    size_t n_places;
    uint32_t pages;    /* PDF pages, else 0 */
    uint32_t tables;   /* tables read as grids */
    uint32_t notes;    /* footnote bodies */
} ts_converted;

void ts_converted_init(ts_converted *c);
void ts_converted_reset(ts_converted *c);

/* Converts a PDF, .docx or .odt file (len bytes; name is used in
 * messages) into out (reset first).  Fails, leaving out empty, with
 *   TS_EFORMAT  damaged file, a zip that is no document, an old .doc or
 *               RTF file, a PDF without a text layer ("no text layer: OCR
 *               it first"), a part past the size limits (zip bomb);
 *   TS_EINVAL   text input (TS_FORMAT_TEXT needs no conversion), or an
 *               encrypted file ("encrypted: ...");
 *   TS_ENOMEM.
 * The message says what is wrong without the file name; err's file is
 * set to name. */
int ts_format_convert(const char *name, const char *bytes, size_t len, ts_converted *out,
                      ts_error *err);

/* Reads the converted text of c as a report (ts_doc_parse, with the
 * text's layout known: one paragraph a line, never PDF lines broken at a
 * fixed width).  Offsets of the document's lines and sentences are
 * offsets in c->text.  *out is freed with ts_doc_free. */
struct ts_doc;
int ts_doc_parse_converted(const char *name, const ts_converted *c, struct ts_doc **out,
                           ts_error *err);

/* The place of converted-text offset `offset` (the last place starting at
 * or before it); NULL when c has no places. */
const ts_place *ts_converted_place(const ts_converted *c, size_t offset);

/* Writes a place as words into buf (cap bytes, NUL-terminated, cut to
 * fit): "page 3", "page 3 table 1 row 4 cell 2", "paragraph 12",
 * "table 2 row 3 cell 4", "footnote 7", "page 5 footnote 7".  Returns
 * the length it needed. */
size_t ts_place_format(const ts_place *p, char *buf, size_t cap);

/* Size limits of a zipped document (a zip bomb is refused, not unpacked):
 * one XML part is read up to this many bytes. */
#define TS_FORMAT_PART_MAX ((size_t)256 << 20)

#endif
