/* Where ts-import's accepted facts go: the fact record on standard output
 * (columns fixed by the first input), or a store transaction with one
 * document per input; and the count of what went in, for the one-line
 * summary a store import ends with. */
#ifndef TS_CLI_SINK_H
#define TS_CLI_SINK_H

#include <stdint.h>
#include "doclines.h"
#include "ts.h"
#include "ts_text.h"

typedef struct {
    ts_writer *tsv;
    size_t n_extra;
    char *extra[TS_FACT_MAX_EXTRA];
    int failed;       /* a write failed: nothing more can be written */
    ts_txn *txn;      /* --store: the open transaction */
    size_t doc;       /* --store: the document being read */
    int decimals;     /* -d, or -1 */
    const char *tool;
    /* what went in */
    size_t facts;     /* facts put */
    size_t docs_new;  /* documents read (new or changed) */
    size_t docs_same; /* documents the store already held as they are */
    size_t skipped;   /* rows and reports rejected */
    int32_t *days;    /* the distinct report dates of the documents read */
    size_t n_days;
    char doc_name[1024]; /* --store: the current document's name */
    doclines *lines;  /* --store: where each document's facts came from */
} sink;

/* Fixes the output columns from the first fact input seen (its extra
 * columns), or for reports (offset, excerpt, place). */
int sink_columns(sink *s, const ts_reader *r, ts_error *err);
int sink_report_columns(sink *s, ts_error *err);
/* Puts one fact. */
int sink_put(sink *s, const ts_fact *f, ts_error *err);
/* Writes what is pending (the header alone when there were no facts,
 * unless the run failed: then nothing). */
int sink_finish(sink *s, int failed_run, ts_error *err);
void sink_free(sink *s);

/* --store: records document name (kind, bytes, checksum when known, a
 * report's period and date; for a converted report, text is its converted
 * text and original its file) as the current document.  1 when its facts
 * are to be read, 0 when the store already holds these bytes, -2 after
 * reporting an error. */
int sink_document(sink *s, const char *name, const char *kind, const char *text, size_t len,
                  const char *sha256, const ts_doc_meta *meta, const char *original,
                  size_t original_len);
/* Counts report date day (days since 1970-01-01) among the vintages
 * read, once. */
void sink_add_day(sink *s, int32_t day);
/* Prints "tool: STORE: N documents read (K already in the store), F facts
 * added, V vintages, R skipped" to standard error. */
void sink_summary(const sink *s, const char *store);

#endif
