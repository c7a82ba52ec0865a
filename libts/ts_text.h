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
    int text_year;        /* with no period nor date: the year the text names
                           * first, for phrases that name none (0: none) */
    int period_from_name; /* the text names no period: period is the file
                           * name's ("ninh-thuan-2023.txt": 2023) */
    char area_also[64];   /* another area the name that gave `area` names,
                           * the text naming neither's province ("huyện Phú
                           * Tân": An Giang's or Cà Mau's): area is a guess;
                           * "" when it is not */
    int n_area_also;      /* ... and how many areas the name also names */
} ts_doc_meta;

/* A piece of cleaned text: a view into the document, valid while it lives. */
typedef struct {
    const char *text;     /* NFC UTF-8, NUL-terminated */
    size_t len;
    size_t offset;        /* byte offset of its start in the original file */
    int in_footnote;      /* from a footnote body, not the running text */
    size_t paragraph;     /* sentences: the number of their paragraph (equal
                           * numbers, one paragraph); lines: 0 */
} ts_span;

typedef struct ts_doc ts_doc; /* opaque */

/* Reads a report from bytes (len bytes, the whole file; name is used in
 * messages).  Invalid UTF-8 fails with TS_EINVAL naming the byte offset
 * ("byte 1234: invalid UTF-8").  On success *out is a new document the
 * caller frees with ts_doc_free. */
int ts_doc_parse(const char *name, const char *bytes, size_t len,
                 ts_doc **out, ts_error *err);
/* ts_doc_parse taking over bytes, a malloc'd buffer of at least len + 1
 * bytes with bytes[len] = NUL (as ts_reader_slurp returns it): text that
 * is NFC already is read in place and the buffer becomes the document's
 * sentence store, saving a copy of the report.  bytes belongs to the
 * document from the call on (freed by ts_doc_free, or at once on error). */
int ts_doc_parse_owned(const char *name, char *bytes, size_t len, ts_doc **out,
                       ts_error *err);

const char *ts_doc_name(const ts_doc *d);
const ts_doc_meta *ts_doc_meta_get(const ts_doc *d);
/* Overrides from the command line (--area, --period, --date): stated
 * values that ts_doc_infer keeps. */
void ts_doc_set_area(ts_doc *d, const char *area);
void ts_doc_set_period(ts_doc *d, ts_period p);
void ts_doc_set_date(ts_doc *d, int year, int month, int day);

/* Cleaned lines as in the file (after mark removal, before joining): what
 * table recognition reads, since flattened tables are one cell per line. */
size_t ts_doc_line_count(const ts_doc *d);
const ts_span *ts_doc_line(const ts_doc *d, size_t i);

/* Sentences of the running text and of footnote bodies, broken lines
 * joined, in document order. */
size_t ts_doc_sentence_count(const ts_doc *d);
const ts_span *ts_doc_sentence(const ts_doc *d, size_t i);

/* Byte offset in the original file of the character p points at; p must
 * point into (or one past the end of) the text of a line or sentence of d.
 * Returns (size_t)-1 when p is not inside d's text. */
size_t ts_doc_offset(const ts_doc *d, const char *p);

/* Frees d and everything its spans point into; NULL does nothing. */
void ts_doc_free(ts_doc *d);

/* Whether the document looked like PDF text (fixed-width broken lines)
 * rather than a Word export (one paragraph per line). */
int ts_doc_is_pdf_layout(const ts_doc *d);

/* "monthly", "cumulative", "quarterly", "annual", "multiyear", "unknown". */
const char *ts_report_kind_name(ts_report_kind k);

/* ---- text helpers shared by the extractor ---- */

/* Offset of the first byte of the first invalid UTF-8 sequence in s
 * (overlong forms, surrogates, code points above U+10FFFF and truncated
 * sequences are invalid), or len when all of s is valid. */
size_t ts_utf8_invalid_at(const char *s, size_t len);

/* Folds UTF-8 text for accent- and case-insensitive matching, one ASCII
 * byte per character: lower-case, every diacritic removed (any
 * normalisation form in: combining marks vanish, so "Đắk", "Đăk" and
 * "dak" fold alike), "đ" -> "d", dashes U+2010..U+2015 and U+2212 -> "-",
 * curly quotes -> ASCII quotes, "…" -> ".", each run of white space
 * (including no-break and other Unicode spaces) -> one " ", none at
 * either end; a character without an ASCII base and an invalid byte ->
 * "~".  Writes at most cap-1 bytes and a NUL to out (stopping at a
 * character); when map is not NULL, map[i] receives the offset in s of
 * the character output byte i came from, and map[n] = len when the whole
 * text was folded.  cap >= len+1 (and a map of cap entries) always holds
 * the whole result.  Returns the folded length n.  (The extractor matches
 * on this same folding, libts/text/fold.c.) */
size_t ts_text_fold(const char *s, size_t len, char *out, size_t cap,
                    size_t *map);

/* The area slug of a place name: folded as above, every run of characters
 * other than a-z and 0-9 -> one "-", no leading or trailing "-" ("Kon Tum"
 * -> "kon-tum", "Đắk Lắk" -> "dak-lak"); an apostrophe inside a word
 * joins it ("Ea H'leo" -> "ea-hleo").  Writes at most cap-1 bytes and a
 * NUL; returns the length (0 when nothing is left). */
size_t ts_text_slug(const char *s, size_t len, char *out, size_t cap);

#endif
