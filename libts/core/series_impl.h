/* Private to libts: what the two halves of series grouping share — the
 * set (series.c) and the source that hands series out one at a time
 * (series_source.c): a series key as interned pointers, and the ordering
 * of one series' arrays by period with duplicates resolved. */
#ifndef TSI_SERIES_IMPL_H
#define TSI_SERIES_IMPL_H

#include <stdint.h>
#include "core/intern.h"
#include "core/map.h"
#include "ts_series.h"

/* ---- keys ---- */

#define TSI_NKEY 6
typedef struct {
    const char *s[TSI_NKEY]; /* indicator, area, measure, unit, price, plan_by (interned) */
} tsi_skey;

/* The id of key k among the keys m indexes, or TSI_MAP_NONE with *p at
 * the slot where a new id goes (reserve room in m before). */
uint32_t tsi_skey_find(const tsi_map *m, const tsi_skey *keys, const tsi_skey *k,
                       tsi_map_probe *p);
/* Interns the key of fact f (of series s) into *k; -1 on no memory. */
int tsi_skey_of(tsi_intern *in, const ts_fact *f, tsi_skey *k);
int tsi_skey_of_series(tsi_intern *in, const ts_series *s, tsi_skey *k);
/* Nonzero when the fact's key spells the interned key k (no interning:
 * the hot path of grouped input). */
int tsi_skey_same(const tsi_skey *k, const ts_fact *f);
/* Puts key k into the key fields of view v. */
void tsi_skey_view(ts_series *v, const tsi_skey *k);
/* Interns a fact's source ("-" when blank), reusing *last when the text is
 * the same (facts of one document arrive together); NULL on no memory. */
const char *tsi_source_of(tsi_intern *in, const ts_fact *f, const char **last);

/* ---- the columns of a series ---- */

/* Growable columns of observations, as a ts_series view points to them. */
typedef struct {
    ts_period *period;
    double *value;
    char *status;
    const char **source;
    size_t n, cap;
} tsi_columns;

/* Room for at least `need` observations in every column (capacity
 * doubling from `first`); 0, or -1 when out of memory (the columns still
 * hold what they held, some of them larger). */
int tsi_columns_reserve(tsi_columns *c, size_t need, size_t first);
/* Appends one observation; -1 when out of memory. */
int tsi_columns_push(tsi_columns *c, ts_period p, double v, char status, const char *source);
/* Points v's arrays at observations [from, from + n) of c. */
void tsi_columns_view(const tsi_columns *c, size_t from, size_t n, ts_series *v);
void tsi_columns_free(tsi_columns *c);

/* ---- ordering one series ---- */

typedef struct {
    ts_period p;
    uint32_t i; /* original position: equal periods keep input order */
} tsi_pkey;

/* The duplicate policy and the buffers reused from series to series. */
typedef struct {
    ts_dup_policy policy;
    ts_dup_fn fn;
    void *ctx;
    size_t dropped;
    tsi_pkey *scratch; /* reused sort buffer */
    size_t scratch_cap;
    void *tmp;         /* reused permutation buffer (n * 8 bytes) */
    size_t tmp_cap;
} tsi_orderer;

void tsi_orderer_free(tsi_orderer *o);
/* Sorts the n observations at p/v/st/src by period (stable) and drops all
 * but the last of equal periods (or fails with TS_EINVAL under
 * TS_DUP_ERROR); *n_out gets the new count.  key names the series for
 * messages and callbacks. */
int tsi_order_series(tsi_orderer *o, ts_series *key, ts_period *p, double *v, char *st,
                     const char **src, size_t n, size_t *n_out, ts_error *err);

#endif
