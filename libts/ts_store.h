/* The HDF5 store (docs/FORMAT.md): facts in sorted, compressed columns,
 * the documents they came from with their full text, and vintages.
 * Reading is a handle plus a streaming query that yields ts_fact records
 * the way ts_reader does; writing is a transaction that holds the store's
 * lock, gathers sources and facts in memory and, on commit, writes a new
 * file beside the old one and renames it into place. */
#ifndef TS_STORE_H
#define TS_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_period.h"
#include "ts_record.h"
#include "ts_series.h"

#define TS_STORE_FORMAT "tskit-store" /* root attribute "format" */
#define TS_STORE_VERSION 2            /* root attribute "version" written;
                                         version 1 stores are read too */

/* ---- the documents of a store ---- */

/* Kinds of source document. */
#define TS_SOURCE_TSV "tsv"       /* an imported fact TSV */
#define TS_SOURCE_REPORT "report" /* an imported report text */
#define TS_SOURCE_NAMED "named"   /* only named in facts' source column */

/* A source document as stored.  Strings are views owned by the store and
 * valid until ts_store_close. */
typedef struct {
    const char *name;      /* file name, unique in the store */
    const char *sha256;    /* 64 lower-case hex digits; "" for "named" */
    const char *kind;      /* TS_SOURCE_... */
    int has_period;        /* the document's reference period is known */
    ts_period period;
    int has_date;          /* the report date is known */
    int32_t date;          /* report date, days since 1970-01-01 */
    int64_t imported;      /* import time, Unix seconds (UTC) */
    uint64_t size;         /* bytes of the document (0 for "named") */
    uint64_t text_len;     /* bytes of stored text: size, or 0 when the
                              text was not kept (see ts_source_new); for a
                              converted document (PDF, Word) its
                              converted text's length */
    uint64_t original_len; /* a converted document: bytes of the original
                              file kept (= size); else 0 */
} ts_source_info;

/* ---- reading ---- */

typedef struct ts_store ts_store; /* opaque; a read-only open store */

/* Opens the store at path for reading (never blocks on writers: it sees
 * the last committed version).  Fails with TS_ENOTFOUND when the file does
 * not exist, TS_EFORMAT when it is not HDF5, truncated, not a tskit store
 * or of another format version, TS_EIO when it cannot be read; the message
 * names the file.  On success *out is a handle for ts_store_close. */
int ts_store_open(const char *path, ts_store **out, ts_error *err);
/* Closes the handle; NULL does nothing. */
void ts_store_close(ts_store *s);

/* Number of series, observations and source documents. */
size_t ts_store_series_count(const ts_store *s);
uint64_t ts_store_obs_count(const ts_store *s);
size_t ts_store_source_count(const ts_store *s);

/* A series (row of /series): its key and its rows in /obs. */
typedef struct {
    const char *indicator, *area, *measure, *unit; /* views, as above */
    const char *price, *plan_by;   /* qualifiers, "" when blank */
    uint64_t obs_start, obs_count; /* rows [start, start+count) of /obs */
} ts_series_info;

/* Fills *out with series i (< ts_store_series_count).  The first call
 * reads the whole series table (TS_EIO / TS_EFORMAT / TS_ENOMEM). */
int ts_store_series(ts_store *s, size_t i, ts_series_info *out, ts_error *err);
/* Fills *out with source i (< ts_store_source_count). */
void ts_store_source(const ts_store *s, size_t i, ts_source_info *out);
/* Index of the source named name; TS_ENOTFOUND (message naming it) when
 * the store has none. */
int ts_store_source_find(const ts_store *s, const char *name, size_t *index,
                         ts_error *err);
/* Reads source i's full text into a new buffer (NUL-terminated, *len
 * bytes without the NUL) that the caller frees with free(). */
int ts_store_source_text(ts_store *s, size_t i, char **text, size_t *len,
                         ts_error *err);

/* Reads source i's original file, kept when the document was converted
 * to text before import (PDF, Word), into a new buffer (NUL-terminated,
 * *len bytes) the caller frees with free().  TS_ENOTFOUND when the source
 * was imported as text (its text is the original). */
int ts_store_source_original(ts_store *s, size_t i, char **bytes, size_t *len,
                             ts_error *err);

/* Which facts a query yields.  Unset fields select everything. */
typedef struct {
    const char *indicator; /* fnmatch(3) glob on the indicator, or NULL */
    const char *area;      /* exact area, or NULL */
    const char *measure;   /* exact measure, or NULL */
    const char *price;     /* exact price basis ("" selects blank), or NULL */
    const char *plan_by;   /* exact plan issuer ("" selects blank), or NULL */
    int has_from;          /* facts whose period starts on/after from.first */
    ts_period from;
    int has_to;            /* facts whose period ends on/before to.last */
    ts_period to;
    const char *source;    /* facts from this document (the fact's source
                              or the imported file), or NULL */
    int vintages;          /* 1: every vintage; 0: current values only */
    /* Alternatives: with n_indicators (n_measures) nonzero a fact passes
     * when its indicator matches any of these globs (its measure equals
     * any of these); indicator (measure) above is then not used. */
    const char *const *indicators;
    size_t n_indicators;
    const char *const *measures;
    size_t n_measures;
    const struct ts_area_select *areas; /* areas to keep (ts_gazetteer.h,
                                           borrowed), or NULL for all */
    int has_series;        /* store only: just the series rows [series_first,
                              series_end) of the series table (a share of
                              the work, ts_store_series_split) */
    size_t series_first, series_end;
} ts_selector;

/* Splits the series that sel could select into `parts` contiguous ranges
 * of about the same number of observations, from the series table's
 * offsets alone (no key or value is read; an exact indicator, area and
 * measure narrow the range first, as a query does).  bounds[0..parts] get
 * the first row of each range and the end of the last: range k is
 * [bounds[k], bounds[k+1]), possibly empty.  TS_EINVAL when parts is 0;
 * TS_EIO / TS_EFORMAT when the store cannot be read. */
int ts_store_series_split(ts_store *s, const ts_selector *sel, size_t parts, size_t *bounds,
                          ts_error *err);

/* Clears sel to "everything, current values". */
void ts_selector_init(ts_selector *sel);
/* Nonzero when fact f passes sel's indicator, area, measure, qualifier,
 * period and source tests (vintages do not apply to a lone fact).  Used for TSV input
 * so that tools filter a stream the way they filter a store. */
int ts_selector_match(const ts_selector *sel, const ts_fact *f);

typedef struct ts_query ts_query; /* opaque */

/* Starts a query over s for the facts that sel selects, in store order
 * (series by indicator, area, measure, unit, price, plan_by; then period;
 * then vintage).
 * Current values: for each series and period, the facts of the latest
 * vintage (latest report date, then latest import).  sel is copied; s must
 * stay open while the query lives.  *out is freed with ts_query_close. */
int ts_query_open(ts_store *s, const ts_selector *sel, ts_query **out,
                  ts_error *err);
/* Yields the next fact (a view valid until the next call).  Its extras
 * are "vintage" (YYYY-MM-DD), "imported_from" (the document that brought
 * it) and "offset" (byte offset of its sentence in the source's text, ""
 * when unknown), then those of a result store (ts_store_extra_name).
 * Returns TS_OK, TS_EOF at the end, or TS_EIO/TS_EFORMAT when the store
 * cannot be read, after which the query is finished (TS_EINVAL for a
 * query read by ts_query_next_series). */
int ts_query_next(ts_query *q, ts_fact *f, ts_error *err);
/* Yields the next series with facts selected, all of them at once: the
 * facts ts_query_next would yield for it, in the same order (by period;
 * with sel.vintages a period may repeat), as columns: a view valid until
 * the next call, whose strings are the store's (valid until
 * ts_store_close, not interned).  Sources are the facts' ("-" when
 * unknown); the extras of ts_query_next are not given.  Returns
 * TS_OK, TS_EOF, or TS_EIO/TS_EFORMAT/TS_ENOMEM after which the query is
 * finished.  A query is read with one call or the other: after this one,
 * ts_query_next fails with TS_EINVAL.  Only the columns series need are
 * read: not the offsets, and the vintages only where a period repeats. */
int ts_query_next_series(ts_query *q, ts_series *out, ts_error *err);
void ts_query_close(ts_query *q);

/* A result store (ts_result below) keeps the extra columns of the facts
 * written into it (ts-forecast's method and interval bounds): their
 * number, 0 for a store of imports, and the name of column i. */
size_t ts_store_extra_count(const ts_store *s);
const char *ts_store_extra_name(const ts_store *s, size_t i);

/* ---- writing ---- */

typedef struct ts_txn ts_txn; /* opaque; a write transaction */

/* Begins a write on the store at path (created on commit if missing).
 * Takes an exclusive flock on "<path>.lock", waiting up to wait_seconds
 * (negative: forever; 0: just try); TS_ELOCKED when the wait runs out.
 * Removes temporary files left by killed writers, then loads the current
 * content (TS_EFORMAT etc. as ts_store_open).  TS_EIO when the lock file
 * cannot be created (read-only location).  *out is finished with
 * ts_txn_commit or ts_txn_abort, which release the lock. */
int ts_store_begin(const char *path, double wait_seconds, ts_txn **out,
                   ts_error *err);

/* A document to add.  Strings and text are borrowed for the call.  Zero
 * the struct before filling it (fields may be added). */
typedef struct {
    const char *name;      /* unique name in the store, e.g. the basename */
    const char *kind;      /* TS_SOURCE_TSV or TS_SOURCE_REPORT */
    const char *text;      /* the document's full bytes (may be NULL when
                              sha256 is given and omit_text is set) */
    size_t text_len;       /* its size in bytes */
    const char *sha256;    /* its SHA-256 (64 hex digits) when the caller
                              has it, else NULL: the library hashes text */
    int omit_text;         /* 1: keep name, size and checksum but not the
                              text (a large fact file, whose facts are its
                              content: ts-ls --facts --source rebuilds it) */
    int has_period;        /* reference period, when known */
    ts_period period;
    int has_date;          /* report date, when known */
    int32_t date;          /* days since 1970-01-01 */
    int64_t imported;      /* import time in Unix seconds; 0 means now */
    const char *original;  /* a document converted to text (PDF, Word):
                              its file's bytes, kept compressed beside the
                              text; the checksum and size are the
                              original's.  NULL for a document that is its
                              own text */
    size_t original_len;
    int sha256_later;      /* 1: the checksum comes after the facts, from
                              ts_txn_source_sha256 (text NULL, omit_text
                              set, sha256 NULL).  Only for a document that
                              cannot be the same bytes as one the store
                              holds: ts_txn_has_source(name, text_len) is
                              0.  Lets a caller read the facts while
                              another thread hashes the file. */
} ts_source_new;

/* Adds document src to the transaction; the library computes its SHA-256.
 * *doc receives the handle to pass to ts_txn_add_fact.  *changed (may be
 * NULL) is set to 0 when the store already holds this name with the same
 * checksum: nothing changes, and facts added for *doc are ignored.  A new
 * checksum under a known name replaces that document and every fact it
 * brought.  TS_EINVAL for an empty name or unknown kind. */
int ts_txn_add_source(ts_txn *t, const ts_source_new *src, size_t *doc,
                      int *changed, ts_error *err);
/* 1 when the transaction holds an imported document (kind tsv or report)
 * named name of `size` bytes, else 0: a document of another size is new
 * bytes whatever its checksum. */
int ts_txn_has_source(const ts_txn *t, const char *name, uint64_t size);
/* Gives the checksum (64 lower-case hex digits) of document doc, added
 * with sha256_later; every such checksum must be given before
 * ts_txn_commit, which otherwise fails with TS_EINVAL.  TS_EINVAL when
 * sha256 is not hex or doc was not waiting for one. */
int ts_txn_source_sha256(ts_txn *t, size_t doc, const char *sha256, ts_error *err);
/* Adds fact f, brought by document doc (from ts_txn_add_source), whose
 * sentence starts at byte `offset` of its source's text (-1: unknown).
 * f is copied.  The fact's vintage date is the report date of its source
 * document when known, else that of doc, else doc's import day. */
int ts_txn_add_fact(ts_txn *t, const ts_fact *f, size_t doc, int64_t offset,
                    ts_error *err);
/* Called at commit for each fact dropped as a duplicate: a document added
 * by this transaction that gave the same series and period twice (same
 * vintage).  The rule: the fact added first is kept, later ones are
 * dropped.  kept and dropped count the document's facts from 0 in the
 * order they were added (its facts added together); f is the dropped
 * fact (key, period, value; a view valid during the call). */
typedef void (*ts_txn_dup_fn)(void *ctx, const char *doc, uint64_t kept, uint64_t dropped,
                              const ts_fact *f);
void ts_txn_on_duplicate(ts_txn *t, ts_txn_dup_fn fn, void *ctx);

/* Writes the new store to "<path>.tmp.<pid>", fsyncs it, renames it over
 * path and fsyncs the directory; when nothing changed, writes nothing (the
 * file keeps its bytes; a missing store is still created).  On any failure
 * the temporary file is removed and the store is left as it was.  Frees t
 * and releases the lock in every case. */
int ts_txn_commit(ts_txn *t, ts_error *err);
/* Drops the transaction: the store is untouched; frees t, releases the
 * lock.  NULL does nothing. */
void ts_txn_abort(ts_txn *t);

/* Rows the transaction holds now (old content plus what was added). */
uint64_t ts_txn_obs_count(const ts_txn *t);

/* ---- transactions across processes ---- */

/* A transaction that writes no store: what is added to it (documents with
 * their bytes, facts, checksums given later) is recorded to fp (borrowed),
 * for another process to add to the store's real transaction with
 * ts_txn_replay.  It takes no lock; which documents are already in the
 * store (ts_txn_add_source's *changed, ts_txn_has_source) it judges from
 * the store at path as it stands, so it should be made after the process
 * that commits took the lock.  ts_txn_commit flushes fp (TS_EIO when a
 * write failed) and frees t; ts_txn_abort drops it.  How the ranks of an
 * MPI import read their files while rank 0 alone writes (ts-import under
 * mpirun).  Errors as ts_store_open. */
int ts_txn_record(const char *path, FILE *fp, ts_txn **out, ts_error *err);
/* Adds to t what a recording transaction wrote to fp, in its order, as if
 * added to t directly.  The record is for processes of one program to
 * exchange (native byte order), not a file format.  TS_EFORMAT for a
 * record cut short or damaged; TS_EINVAL when a document judged already
 * stored turns out to be new to t (two versions of one name in one
 * import); the errors of ts_txn_add_source and ts_txn_add_fact. */
int ts_txn_replay(ts_txn *t, FILE *fp, ts_error *err);

/* ---- result stores ---- */

/* A result store holds the facts one run derived or projected (ts-agg,
 * ts-forecast --out FILE), in the store's format: series, observations,
 * one source row per distinct source name (kind "named", which is also
 * each fact's document), every fact dated the day of the run, and the
 * facts' extra columns as string columns (docs/FORMAT.md, "Result
 * stores").  Facts are added in store order; the file is written whole
 * on commit, beside its final name, and renamed into place. */
typedef struct ts_result ts_result; /* opaque */

/* A result for path, whose facts carry the n_extra extra columns named
 * (copied; at most TS_FACT_MAX_EXTRA).  Nothing is written before commit.
 * NULL with err filled when out of memory or n_extra is too large. */
ts_result *ts_result_new(const char *path, size_t n_extra, const char *const *extra,
                         ts_error *err);
/* Adds fact f (copied): of the series of the last fact, a later period;
 * or of a series whose key (indicator, area, measure, unit, price,
 * plan_by) sorts after it.  Its extras are matched to the result's
 * columns by name (missing: "").  TS_EINVAL when out of order (the
 * result is unchanged), TS_ERANGE for a value that is not finite,
 * TS_ENOMEM. */
int ts_result_add(ts_result *r, const ts_fact *f, ts_error *err);
/* Adds every observation of s as ts_result_add would. */
int ts_result_add_series(ts_result *r, const ts_series *s, ts_error *err);
/* Facts added so far. */
uint64_t ts_result_count(const ts_result *r);
/* Writes "<path>.tmp.<pid>", fsyncs it and renames it over path (no
 * lock: a result belongs to the run that makes it); on failure removes
 * the temporary file and leaves path as it was.  Frees r in every case. */
int ts_result_commit(ts_result *r, ts_error *err);
/* Drops r; nothing is written.  NULL does nothing. */
void ts_result_abort(ts_result *r);
/* The temporary file a commit writes before renaming it into place, for
 * a signal handler that removes it when the run is stopped half-way. */
const char *ts_result_temp(const ts_result *r);

/* ---- reading a document for import ---- */

/* Fact files larger than this are stored without their text. */
#define TS_STORE_TEXT_MAX ((uint64_t)16 << 20)

/* A document read once for its checksum, before its facts are read. */
typedef struct {
    char sha256[65];       /* of the (gunzipped) bytes */
    uint64_t size;         /* bytes */
    char *text;            /* the bytes, NUL-terminated, when size <=
                              keep_max; else NULL */
    FILE *spool;           /* an input that is not a regular file (stdin, a
                              pipe, a FIFO): an unlinked temporary copy of
                              its (gunzipped) bytes, at its start, for
                              reading them again; else NULL */
} ts_input_digest;

/* Reads path (stdin for NULL or "-"; gzip is decompressed, within the
 * caps of docs/record-io.md) to the end in blocks, hashing it and keeping
 * the bytes up to keep_max.  Input that is not a regular file is also
 * spooled to a temporary file, so that what is hashed is what is read
 * again.  TS_EIO / TS_EFORMAT (truncated gzip, a cap) with err at the file; *out is
 * untouched on failure, else released with ts_input_digest_reset. */
int ts_input_digest_read(const char *path, uint64_t keep_max, ts_input_digest *out,
                         ts_error *err);
/* Frees the text and closes the spool; d is then empty. */
void ts_input_digest_reset(ts_input_digest *d);

/* ts_input_digest_read of a named file (not stdin) on another thread, so
 * that hashing a large fact file overlaps with reading its facts.  *out is
 * the running job; TS_ENOMEM or TS_EIO when no thread can be started. */
typedef struct ts_digest_job ts_digest_job; /* opaque */
int ts_input_digest_start(const char *path, uint64_t keep_max, ts_digest_job **out,
                          ts_error *err);
/* Waits for the job and frees it; returns what ts_input_digest_read
 * returned, with *out or err filled the same way. */
int ts_input_digest_finish(ts_digest_job *job, ts_input_digest *out, ts_error *err);

#endif
