/* Report text, ready for extraction: UTF-8 checked, NFC-normalised,
 * cleaned of conversion damage (footnote marks, page numbers, lines that
 * PDF extraction broke mid-sentence), split into lines and sentences that
 * keep the byte offset of their start in the original file, plus the
 * document's metadata (area, kind, reference period, date). */
#ifndef TS_TEXT_H
#define TS_TEXT_H

#include <stddef.h>
#include "ts_error.h"
#include "ts_period.h"

typedef enum {
    TS_REPORT_UNKNOWN,
    TS_REPORT_MONTHLY,    /* one month (may carry year-to-date totals) */
    TS_REPORT_CUMULATIVE, /* n months from January: 6, 9, 10, 11 months */
    TS_REPORT_QUARTERLY,
    TS_REPORT_ANNUAL,
    TS_REPORT_MULTIYEAR   /* a plan term: 2016-2020 */
} ts_report_kind;

typedef struct {
    char area[64];        /* slug: "kon-tum" (province), "kon-tum-city" */
    ts_report_kind kind;
    int has_period;
    ts_period period;     /* the report's reference period */
    int has_date;
    int year, month, day; /* report date ("Kon Tum, ngày 30 tháng 3 năm 2021") */
} ts_doc_meta;

/* A piece of cleaned text: a view into the document, valid while it lives. */
typedef struct {
    const char *text;     /* NFC UTF-8, NUL-terminated */
    size_t len;
    size_t offset;        /* byte offset of its start in the original file */
    int in_footnote;      /* from a footnote body, not the running text */
} ts_span;

typedef struct ts_doc ts_doc; /* opaque */

/* Reads a report from bytes (len bytes, the whole file; name is used in
 * messages).  Invalid UTF-8 fails with TS_EINVAL naming the byte offset
 * ("byte 1234: invalid UTF-8").  On success *out is a new document the
 * caller frees with ts_doc_free. */
int ts_doc_parse(const char *name, const char *bytes, size_t len,
                 ts_doc **out, ts_error *err);

const char *ts_doc_name(const ts_doc *d);
const ts_doc_meta *ts_doc_meta_get(const ts_doc *d);
/* Overrides from the command line (--area, --period). */
void ts_doc_set_area(ts_doc *d, const char *area);
void ts_doc_set_period(ts_doc *d, ts_period p);

/* Cleaned lines as in the file (after mark removal, before joining): what
 * table recognition reads, since flattened tables are one cell per line. */
size_t ts_doc_line_count(const ts_doc *d);
const ts_span *ts_doc_line(const ts_doc *d, size_t i);

/* Sentences of the running text and of footnote bodies, broken lines
 * joined, in document order. */
size_t ts_doc_sentence_count(const ts_doc *d);
const ts_span *ts_doc_sentence(const ts_doc *d, size_t i);

void ts_doc_free(ts_doc *d);

#endif
