/* Private to the readers of published files (read_*.c, pdf_*.c): the
 * writer that builds converted text with its place map, the document
 * builder the Word and OpenDocument walkers share (paragraphs, tables as
 * grids, footnotes), the zip part reader, and the PDF page model.  Names
 * carry a tsx_ prefix like the rest of libts/text. */
#ifndef TS_READ_INTERNAL_H
#define TS_READ_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "ts_format.h"
#include "text/text_internal.h"

/* ---- converted text with places (read_format.c) ---- */

typedef struct {
    tsx_buf text;
    ts_place *places;
    size_t n_places, cap_places;
    ts_place cur;        /* where the text written next comes from */
    int place_dirty;     /* cur changed since the last place recorded */
    int space;           /* a space is owed before the next text */
    size_t line_start;   /* offset where the current line began */
} tsx_writer;

/* Text written from now on comes from p (recorded lazily, at the next
 * byte written). */
void tsx_w_place(tsx_writer *w, const ts_place *p);
/* Appends UTF-8 text as prose: every run of white space and control
 * characters becomes one space (none at a line start); '[' and ']' become
 * '(' and ')', since the text stages read "[N: ...]" as a footnote body.
 * Invalid UTF-8 bytes become U+FFFD.  TS_ENOMEM on failure. */
int tsx_w_text(tsx_writer *w, const char *s, size_t n);
/* Appends bytes exactly (markup the text stages read: "[N: ", TAB). */
int tsx_w_raw(tsx_writer *w, const char *s, size_t n);
/* Ends the current line (nothing when it is empty, unless force). */
int tsx_w_line(tsx_writer *w, int force);
/* Nonzero when the current line has no text yet. */
int tsx_w_at_line_start(const tsx_writer *w);
/* Moves the writer's text and places into out (the writer is emptied). */
int tsx_w_finish(tsx_writer *w, ts_converted *out);
void tsx_w_free(tsx_writer *w);

/* A table cell holding a figure (digits with '.', ',', a sign or '%'). */
int tsx_cell_is_figure(const char *s, size_t n);

/* ---- the document builder for Word and OpenDocument (read_doc.c) ----
 * The XML walkers report paragraphs, runs of text, footnote citations
 * and table cells; the builder writes one line per paragraph with the
 * bodies of the footnotes it cites after it ("[N: body]", the shape of
 * Word's own text export), and each table either as rows of TAB-separated
 * cells (a grid holding figures: merged cells repeated over the grid
 * columns they cover) or, for a layout table (a letterhead), one line per
 * cell paragraph. */
typedef struct tsx_docb tsx_docb; /* opaque */

tsx_docb *tsx_docb_new(void);
void tsx_docb_free(tsx_docb *b);
/* A footnote body known in advance (Word's footnotes.xml), by its id. */
int tsx_docb_note_define(tsx_docb *b, long id, const char *text, size_t len);
/* Starts writing a note body inline (OpenDocument text:note-body); text
 * goes into the body until tsx_docb_note_end, which cites it in the
 * current paragraph under label (may be NULL: numbered in order). */
void tsx_docb_note_begin(tsx_docb *b);
int tsx_docb_note_end(tsx_docb *b, const char *label);
/* Cites footnote id (defined before) in the current paragraph. */
int tsx_docb_cite(tsx_docb *b, long id);
int tsx_docb_para_begin(tsx_docb *b);
int tsx_docb_text(tsx_docb *b, const char *s, size_t n);
/* A line break inside a paragraph. */
int tsx_docb_break(tsx_docb *b);
int tsx_docb_para_end(tsx_docb *b);
int tsx_docb_table_begin(tsx_docb *b);
int tsx_docb_row_begin(tsx_docb *b, int header);
/* Starts a cell covering span grid columns; merged 1 when it continues
 * the cell above (vertical merge: its text is the above cell's). */
int tsx_docb_cell_begin(tsx_docb *b, unsigned span, int merged);
int tsx_docb_cell_end(tsx_docb *b);
int tsx_docb_row_end(tsx_docb *b);
int tsx_docb_table_end(tsx_docb *b);
/* Writes everything into out. */
int tsx_docb_finish(tsx_docb *b, ts_converted *out);

/* ---- zip parts (read_zip.c) ---- */

typedef struct tsx_zip tsx_zip; /* opaque */

/* Opens a zip archive held in memory (borrowed while the handle lives).
 * NULL when it is not a readable zip (err: TS_EFORMAT, or TS_ENOMEM). */
tsx_zip *tsx_zip_open(const char *bytes, size_t len, ts_error *err);
void tsx_zip_close(tsx_zip *z);
/* Whether the archive holds a part of that name. */
int tsx_zip_has(tsx_zip *z, const char *part);
/* Reads part into a new NUL-terminated buffer (free()).  TS_ENOTFOUND
 * when absent; TS_EFORMAT when it unpacks to more than
 * TS_FORMAT_PART_MAX bytes (declared or found while unpacking) or is
 * damaged; TS_EINVAL when encrypted; TS_ENOMEM. */
int tsx_zip_read(tsx_zip *z, const char *part, char **out, size_t *len, ts_error *err);

/* ---- XML parts (read_xml.c) ---- */

/* Callbacks of tsx_xml_walk; each returns TS_OK or TS_ENOMEM.  start may
 * set *skip to pass over the element's content; reader is for the
 * attribute helpers below, during the call only. */
typedef struct {
    int (*start)(void *ctx, void *reader, const char *ns, const char *name, int empty,
                 int *skip);
    int (*end)(void *ctx, const char *ns, const char *name);
    int (*text)(void *ctx, const char *s, size_t n);
} tsx_xml_handlers;

/* Walks the XML part (len bytes; part names it in messages).  TS_EFORMAT
 * "damaged document: PART: line N: ..." when it is not well-formed. */
int tsx_xml_walk(const char *part, const char *xml, size_t len, const tsx_xml_handlers *h,
                 void *ctx, ts_error *err);
/* The attribute of the current element with local name `name` (any
 * namespace) as a number, or dflt. */
long tsx_xml_attr_long(void *reader, const char *name, long dflt);
/* Whether that attribute is present (value NULL) or equals value. */
int tsx_xml_attr_is(void *reader, const char *name, const char *value);

/* ---- the readers ---- */

int tsx_read_docx(const char *bytes, size_t len, ts_converted *out, ts_error *err);
int tsx_read_odt(const char *bytes, size_t len, ts_converted *out, ts_error *err);
int tsx_read_pdf(const char *bytes, size_t len, ts_converted *out, ts_error *err);

/* ---- the PDF page model (pdf_rows.c, pdf_layout.c) ----
 * Poppler gives a page's characters with their boxes; they are grouped
 * into chunks (runs of characters on one line with no wide gap), chunks
 * into rows (chunks side by side at the same height), and rows into
 * paragraphs, tables, footnotes, page headers and footers. */

typedef struct {
    double x1, y1, x2, y2; /* box in points, y growing downwards */
} tsx_box;

/* One character of a page, as Poppler lists it (space and newline
 * included: a newline ends one of Poppler's lines). */
typedef struct {
    uint32_t cp;
    tsx_box box;
} tsx_glyph;

/* Superscript digits inside a chunk's text are wrapped in these bytes
 * (never text: control characters are spaces by then); the layout decides
 * whether they cite a footnote of the page or are an exponent (m2). */
#define TSX_SUP_OPEN '\x01'
#define TSX_SUP_CLOSE '\x02'

typedef struct {
    size_t start, len;  /* text in the page's byte buffer */
    tsx_box box;        /* of its glyphs, superscripts left out of y */
    double size;        /* font height: the largest glyph box height */
} tsx_chunk;

enum { TSX_ROW_BODY, TSX_ROW_RUNNING, TSX_ROW_NOTE };

/* Chunks side by side at one height, left to right. */
typedef struct {
    size_t first, n;    /* chunks order[first .. first+n) of its page */
    tsx_box box;
    double size;        /* the largest chunk size */
    int kind;           /* TSX_ROW_... */
    uint32_t note;      /* TSX_ROW_NOTE: 1 + index of its note */
} tsx_row;

typedef struct {
    double width, height;
    tsx_buf bytes;      /* chunk texts */
    tsx_chunk *chunks;
    size_t n_chunks, cap_chunks;
    size_t *order;      /* chunk indices, row by row */
    tsx_row *rows;      /* top to bottom */
    size_t n_rows;
} tsx_pdf_page;

/* A footnote body gathered from the pages' bottoms. */
typedef struct {
    uint32_t page;      /* where its label is */
    uint32_t num;       /* its label */
    tsx_buf text;
    int cited;          /* written after a paragraph already */
} tsx_pdf_note;

/* What the whole document's rows share. */
typedef struct {
    double body;        /* font size of most of the text */
    double left, right; /* the text block's margins */
    tsx_pdf_note *notes;
    size_t n_notes, cap_notes;
} tsx_pdf_doc;

/* Adds a page's glyphs (in Poppler's reading order) to page as chunks.
 * TS_ENOMEM on failure. */
int tsx_pdf_chunks(const tsx_glyph *g, size_t n, tsx_pdf_page *page);
/* Groups a page's chunks into rows (fills order and rows).  TS_ENOMEM. */
int tsx_pdf_rows(tsx_pdf_page *page);
void tsx_pdf_page_free(tsx_pdf_page *p);

/* Lays out every page into converted text: running headers, footers and
 * page numbers dropped, footnote bodies gathered, then the body written
 * (pdf_write.c).  TS_ENOMEM. */
int tsx_pdf_layout(tsx_pdf_page *pages, size_t n_pages, ts_converted *out);
/* Writes the body rows of every page (tables, side-by-side blocks,
 * paragraphs) with the footnotes they cite. */
int tsx_pdf_write(tsx_pdf_page *pages, size_t n_pages, tsx_pdf_doc *doc, ts_converted *out);

#endif
