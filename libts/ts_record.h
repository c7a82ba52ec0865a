/* The fact record of docs/spec/facts.md and its streaming TSV reader and
 * writer.  Columns are found by header name; the eight record columns are
 * required, the two qualifiers (price, plan_by) optional, and other
 * columns are carried through unchanged as extras. */
#ifndef TS_RECORD_H
#define TS_RECORD_H

#include <stdint.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_period.h"

/* The measures of facts.md.  Tools may write other measure names (derived
 * series); the record keeps the measure as text. */
#define TS_MEASURE_LEVEL "level"
#define TS_MEASURE_PLAN "plan"
#define TS_MEASURE_PCT_PLAN "pct_plan"
#define TS_MEASURE_YOY_PCT "yoy_pct"
#define TS_MEASURE_AVG_ANNUAL_PCT "avg_annual_pct"

/* Nonzero when m is one of the five measures of facts.md. */
int ts_measure_is_known(const char *m);

#define TS_FACT_MAX_EXTRA 32

/* Longest key field (indicator, area, measure, unit, price, plan_by) and
 * document name (source) in bytes: a reader refuses a longer one as a bad
 * row, the store refuses to add it. */
#define TS_KEY_MAX 128
#define TS_SOURCE_MAX 1024
/* Longest row a reader takes (bytes); a longer one ends the reading
 * (TS_EFORMAT, "FILE:LINE: a line longer than 16 MiB"). */
#define TS_LINE_MAX (16 << 20)

/* The qualifier values of facts.md: price is "current" or "const" and a
 * year ("const2010"), plan_by one of the three issuers; blank ("") when
 * the text does not say. */
#define TS_PRICE_CURRENT "current"
#define TS_PLAN_BY_CENTRAL "central"
#define TS_PLAN_BY_PROVINCE "province"
#define TS_PLAN_BY_DISTRICT "district"

/* One fact.  Strings are NUL-terminated views: from a reader they stay
 * valid until the next ts_reader_next; a caller building a fact owns them.
 * price and plan_by are part of a series' key: blank is "" (what
 * ts_fact_init and every reader give); NULL is taken as blank by the
 * writer, the series builders and the store, never returned by them. */
typedef struct {
    const char *indicator;
    const char *area;
    const char *measure;
    ts_period period;
    double value;
    const char *unit;
    char status;                 /* 'A' actual, 'E' estimate */
    const char *source;          /* "-" when unknown */
    const char *price;           /* price basis: "", "current", "const2010" */
    const char *plan_by;         /* plan issuer: "", "central", "province", "district" */
    size_t n_extra;              /* extra columns, in input order */
    const char *extra_name[TS_FACT_MAX_EXTRA];
    const char *extra_value[TS_FACT_MAX_EXTRA];
} ts_fact;

/* Checks fact f against the record of docs/spec/facts.md, field by field:
 * the indicator an id (a-z, 0-9, _ in words joined by '.'), the area a
 * slug (a-z, 0-9 in words joined by '-'), the measure one of the five,
 * the unit an id (a-z, 0-9, _), price blank, "current" or "const" and a
 * year, plan_by blank or one of the three issuers.  TS_EINVAL with
 * "column 'area': \"Kon Tum!\" is not an area slug (...)". */
int ts_fact_check(const ts_fact *f, ts_error *err);

/* The name of the encoding of text that starts with buf when it is one
 * the toolkit recognises but does not read ("UTF-16LE", "UTF-16BE",
 * "UTF-32LE", "UTF-32BE": by the byte order mark, or by NULs beside three
 * of four ASCII bytes), else NULL. */
const char *ts_encoding_sniff(const char *buf, size_t len);

/* Clears f: empty strings (qualifiers blank), status 'A', source "-",
 * no extras. */
void ts_fact_init(ts_fact *f);
/* The value of extra column `name`, or NULL. */
const char *ts_fact_extra(const ts_fact *f, const char *name);

/* ---- reading ---- */

typedef struct ts_reader ts_reader; /* opaque */

/* Opens path for reading facts; NULL or "-" reads stdin.  gzip input is
 * decompressed transparently (zlib).  Reads and checks the header line:
 * the eight record columns must all be there, in any order; price and
 * plan_by may be missing (then every fact has them blank).  Returns NULL
 * with err filled when the file cannot be opened or the header is wrong. */
ts_reader *ts_reader_open(const char *path, ts_error *err);
/* Same, over an already open stdio stream (not closed by the reader).  The
 * reader reads the stream's descriptor from its current offset, so bytes
 * already taken into fp's own buffer are not seen: pass a fresh stream. */
ts_reader *ts_reader_open_stream(FILE *fp, const char *name, ts_error *err);

/* ts_reader_open_stream that accepts a report too, as ts_reader_open_any. */
ts_reader *ts_reader_open_stream_any(FILE *fp, const char *name, ts_error *err);

/* Like ts_reader_open, but input whose first line is not a fact header
 * (see ts_record_is_header) is accepted too: then ts_reader_is_facts is 0,
 * ts_reader_next returns TS_EOF and the caller takes the whole input with
 * ts_reader_slurp (how ts-import tells reports from fact files, also on a
 * pipe).  Empty input is accepted as a non-fact input. */
ts_reader *ts_reader_open_any(const char *path, ts_error *err);
/* Nonzero when the reader's input starts with a fact header. */
int ts_reader_is_facts(const ts_reader *r);
/* For a non-fact input: reads all of it (gunzipped), from its first byte,
 * into a new NUL-terminated buffer *out of *len bytes that the caller
 * frees with free().  TS_EIO / TS_EFORMAT as ts_reader_next; TS_EINVAL on
 * a fact input.  Afterwards only ts_reader_close is useful. */
int ts_reader_slurp(ts_reader *r, char **out, size_t *len, ts_error *err);

/* Reads the next fact into *f (a view valid until the next call).
 * Returns TS_OK, TS_EOF at the end, TS_EINVAL for a bad row (err holds
 * "file:line: column 'value': \"12,5x\" is not a number"; the row is
 * skipped and the next call reads on), or TS_EIO / TS_EFORMAT for a read
 * failure, invalid UTF-8 or a truncated gzip stream, after which the
 * reader is finished.  Empty lines are skipped; CRLF is accepted.  A
 * header line inside the stream (outputs concatenated: facts, then
 * forecasts) sets the columns of the rows after it, and the extra columns
 * ts_reader_extra_* name from then on. */
int ts_reader_next(ts_reader *r, ts_fact *f, ts_error *err);

/* 1-based line number of the last row returned. */
long ts_reader_line(const ts_reader *r);
/* The name used in messages ("-" shown as "<stdin>"). */
const char *ts_reader_name(const ts_reader *r);
/* Extra column names (beyond the record's ten), in input order; valid
 * until a ts_reader_next that meets another header line (concatenated
 * outputs), which replaces them. */
size_t ts_reader_extra_count(const ts_reader *r);
const char *ts_reader_extra_name(const ts_reader *r, size_t i);
/* Closes the file (unless it was a caller's stream) and frees r. */
void ts_reader_close(ts_reader *r);

/* Nonzero when the first line of a buffer looks like a fact TSV header:
 * tab-separated names including indicator, period and value (a header
 * lacking other record columns is a broken fact file, not a report).
 * Used to tell fact files from reports. */
int ts_record_is_header(const char *line, size_t len);

/* ---- writing ---- */

typedef struct ts_writer ts_writer; /* opaque */

/* A writer to fp (not closed by the writer) that prints the header on the
 * first fact: the eight record columns, price and plan_by (columns 9 and
 * 10, always written, blank when the fact has none), then the extra column
 * names given here (n_extra names, borrowed for the writer's lifetime; may
 * be 0; a name of a record column is skipped). */
ts_writer *ts_writer_new(FILE *fp, size_t n_extra, const char *const *extra,
                         ts_error *err);
/* Writes one fact; its extras are matched to the writer's extra columns by
 * name (missing ones print empty).  Tabs and newlines inside text fields are
 * written as spaces.  Values print with up to 15 significant digits,
 * shortest form ("1304.372", "64960"). TS_EIO on a write error. */
int ts_writer_write(ts_writer *w, const ts_fact *f, ts_error *err);
/* Values with `decimals` (0..15) digits after the point from now on, or
 * the shortest form again for a negative number. */
void ts_writer_set_decimals(ts_writer *w, int decimals);
/* Writes the header now if no fact has been written (an empty result is
 * still a valid TSV); flushes.  TS_EIO on a write error. */
int ts_writer_finish(ts_writer *w, ts_error *err);
void ts_writer_free(ts_writer *w);

/* Formats a value the way the writer does; returns the length. */
size_t ts_value_format(double v, char *buf, size_t n);
/* Formats v with `decimals` (0..15) digits after the point, no sign on a
 * value that rounds to zero ("-0.004" with 2 is "0.00"); returns the
 * length (truncated to n - 1). */
size_t ts_value_format_fixed(double v, int decimals, char *buf, size_t n);

#endif
