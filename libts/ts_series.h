/* Facts grouped into series: one series per (indicator, area, measure,
 * unit, price, plan_by), its observations sorted by period, strings interned once (no
 * per-fact copies) and values, periods, status and sources in parallel
 * arrays that GSL can use directly.  A set holds facts in any order with
 * random access to its series; a source hands series out one at a time,
 * from a set or, for input already grouped by series (the store's order),
 * holding one series at a time. */
#ifndef TS_SERIES_H
#define TS_SERIES_H

#include <stddef.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_period.h"
#include "ts_record.h"

/* A series as a read-only view.  Strings are interned: equal strings of
 * one set or stream are the same pointer, so keys compare with ==.  The
 * view is valid until the set is freed (set) or the next call (stream). */
typedef struct {
    const char *indicator, *area, *measure, *unit;
    size_t n;                   /* observations */
    const ts_period *period;    /* n periods, strictly increasing (ts_period_cmp) */
    const double *value;        /* n values */
    const char *status;         /* n status letters, 'A' or 'E' (not a string) */
    const char *const *source;  /* n interned source names ("-" when unknown) */
    const char *price, *plan_by; /* key qualifiers, "" when blank (ts_fact);
                                   last, so that older initialisers hold */
} ts_series;

/* What happens when one series has two facts for the same period. */
typedef enum {
    TS_DUP_KEEP_LAST, /* the fact read last wins; each drop is counted and
                         passed to the duplicate callback */
    TS_DUP_ERROR      /* the build fails with TS_EINVAL naming series and period */
} ts_dup_policy;

/* Called once per dropped duplicate (TS_DUP_KEEP_LAST): s is the series
 * being built (its arrays may not be final yet; use only the key), p the
 * period, kept/dropped the sources of the winning and the dropped fact. */
typedef void (*ts_dup_fn)(void *ctx, const ts_series *s, ts_period p,
                          const char *kept, const char *dropped);

/* ---- a set: facts in any order ---- */

typedef struct ts_series_set ts_series_set; /* opaque */

/* An empty set with the given duplicate policy.  NULL (err filled) when
 * out of memory. */
ts_series_set *ts_series_set_new(ts_dup_policy dup, ts_error *err);
/* Calls fn(ctx, ...) for every dropped duplicate (fn may be NULL). */
void ts_series_set_on_duplicate(ts_series_set *set, ts_dup_fn fn, void *ctx);
/* Adds a copy of fact f (its strings are interned; extras are ignored).
 * Only before ts_series_set_finish.  TS_ENOMEM (set unchanged) or
 * TS_EINVAL when the set is already finished. */
int ts_series_set_add(ts_series_set *set, const ts_fact *f, ts_error *err);
/* Groups and sorts: series in order of their first fact, observations by
 * period, duplicates resolved by the policy.  Afterwards the set is read
 * only.  TS_EINVAL for a duplicate under TS_DUP_ERROR ("duplicate fact:
 * budget.revenue/kon-tum/level/bn_vnd 2020 (sources a.txt and b.txt)"),
 * TS_ENOMEM; after a failure the set may only be freed. */
int ts_series_set_finish(ts_series_set *set, ts_error *err);
/* Number of series (after finish; 0 before). */
size_t ts_series_set_count(const ts_series_set *set);
/* Fills *out with series i (< count), a view valid while the set lives. */
void ts_series_set_get(const ts_series_set *set, size_t i, ts_series *out);
/* Facts added and duplicates dropped so far. */
size_t ts_series_set_facts(const ts_series_set *set);
size_t ts_series_set_duplicates(const ts_series_set *set);
/* Interns s in the set's string table: the returned copy lives as long as
 * the set (for derived keys such as "yoy_pct").  NULL when out of memory. */
const char *ts_series_set_intern(ts_series_set *set, const char *s);
/* Frees the set and every view of it; NULL does nothing. */
void ts_series_set_free(ts_series_set *set);

/* ---- a source: whole series one at a time from a stream of facts ---- */

/* A source of facts, such as ts_reader_next or ts_query_next: returns
 * TS_OK with *f filled (a view valid until the next call), TS_EOF at the
 * end, TS_EINVAL for a bad row that was skipped (reading may go on), or
 * another code after which the source is finished. */
typedef int (*ts_fact_next_fn)(void *ctx, ts_fact *f, ts_error *err);

typedef struct ts_series_source ts_series_source; /* opaque */

/* Series from next(ctx, ...) (borrowed; must outlive the source).  With
 * grouped nonzero the input holds each series' facts together (the
 * store's order; periods inside a series in any order) and the source
 * holds one series at a time; with grouped 0 the facts may come in any
 * order and the source holds them all in a ts_series_set, read at the
 * first ts_series_source_next.  NULL (err filled) when out of memory. */
ts_series_source *ts_series_source_new(ts_fact_next_fn next, void *ctx, int grouped,
                                       ts_dup_policy dup, ts_error *err);
/* A source of whole series, such as ts_query_next_series: returns TS_OK
 * with *s filled (a view valid until the next call; its periods in any
 * order, a period may repeat; its strings need not be interned), TS_EOF
 * at the end, or another code after which the source is finished. */
typedef int (*ts_series_next_fn)(void *ctx, ts_series *s, ts_error *err);
/* Series from next(ctx, ...) (borrowed; must outlive the source), whole
 * series at a time, each key once: each is interned, sorted by period
 * and its duplicates resolved as grouped facts are, one series held at a
 * time.  ts_series_source_next then returns what next returned, TS_EINVAL
 * for a key that comes again or a duplicate under TS_DUP_ERROR, or
 * TS_ENOMEM.  NULL (err filled) when out of memory. */
ts_series_source *ts_series_source_new_series(ts_series_next_fn next, void *ctx,
                                              ts_dup_policy dup, ts_error *err);
/* Calls fn(ctx, ...) for every dropped duplicate (fn may be NULL). */
void ts_series_source_on_duplicate(ts_series_source *src, ts_dup_fn fn, void *ctx);
/* The next whole series into *out, a view valid until the next call
 * (grouped) or while the source lives (any order).  Series come in input
 * order (grouped) or in order of their first fact.  Returns TS_OK, TS_EOF
 * after the last series, the fact source's TS_EINVAL for a bad row (err
 * from it; call again to read on), TS_EINVAL when grouped input has a
 * series come back after another one started ("input not grouped by
 * series: ind/area/measure/unit appears again"), TS_EINVAL for a
 * duplicate under TS_DUP_ERROR, TS_ENOMEM, or the fact source's fatal
 * code; after any of the last four the source is finished (TS_EOF). */
int ts_series_source_next(ts_series_source *src, ts_series *out, ts_error *err);
/* Facts read and duplicates dropped so far. */
size_t ts_series_source_facts(const ts_series_source *src);
size_t ts_series_source_duplicates(const ts_series_source *src);
/* Interns s for the source's lifetime (see ts_series_set_intern). */
const char *ts_series_source_intern(ts_series_source *src, const char *s);
/* Frees the source and every view of it; NULL does nothing. */
void ts_series_source_free(ts_series_source *src);

/* ---- series as bytes, to move them between processes ---- */

/* Appends s to fp in a compact binary form that ts_series_unpack reads
 * back exactly (keys, periods, values bit for bit, status, sources).  The
 * form is for one program's processes to exchange, not a file format.
 * TS_EIO on a write error. */
int ts_series_pack(FILE *fp, const ts_series *s, ts_error *err);

typedef struct ts_series_buf ts_series_buf; /* opaque: room for one series */

/* Room for unpacked series; NULL (err filled) when out of memory. */
ts_series_buf *ts_series_buf_new(ts_error *err);
/* Reads the next packed series from fp into *out, a view into buf valid
 * until the next call.  TS_OK, TS_EOF at the end of fp between two series,
 * TS_EFORMAT for a stream that ends inside one or does not hold one,
 * TS_EIO on a read error, TS_ENOMEM. */
int ts_series_unpack(FILE *fp, ts_series_buf *buf, ts_series *out, ts_error *err);
void ts_series_buf_free(ts_series_buf *buf);

/* ---- helpers on one series ---- */

/* Writes every observation of s as a fact (ts_record.h's writer, one row
 * each, as ts_writer_write would), formatting the key columns once; the
 * writer's extra columns are left empty.  TS_ERANGE for a value that is
 * not finite (the rows before it written), TS_EIO on a write error. */
int ts_writer_write_series(ts_writer *w, const ts_series *s, ts_error *err);


/* Fills f, set up by ts_fact_init, with the key of s (indicator, area,
 * measure, unit and the qualifiers); period, value, status and source are
 * left as they are.  f borrows s's strings. */
void ts_series_fact_key(const ts_series *s, ts_fact *f);
/* Fills f, set up by ts_fact_init, with observation i (< s->n) of s: the
 * key and the period, value, status and source.  f borrows s's strings. */
void ts_series_fact_at(const ts_series *s, size_t i, ts_fact *f);
/* The key of fact f as a series view without observations (for
 * ts_series_key_format); *out borrows f's strings. */
void ts_series_key_of_fact(const ts_fact *f, ts_series *out);

/* Index of the observation whose period equals p exactly, or -1 (binary
 * search; the series is sorted). */
long ts_series_find(const ts_series *s, ts_period p);
/* Writes "indicator/area/measure/unit" into buf of size n, followed by
 * " (price P, plan by B)" for the qualifiers that are not blank (" (price
 * const2010)", " (plan by central)"); returns buf. */
const char *ts_series_key_format(const ts_series *s, char *buf, size_t n);

#endif
