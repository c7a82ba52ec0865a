/* Private to libts/agg: the state of a chain of operations (chain.c) that
 * the operations' functions (ops.c) use — their parameters, the rolling
 * window's workspace and the catalogue that gives an indicator's kind. */
#ifndef TSI_AGG_IMPL_H
#define TSI_AGG_IMPL_H

#include "core/series_impl.h"
#include "ts_agg.h"

#define TSI_CHAIN_MAX 4 /* operations in one chain */

/* The base of each observation of a growth rate (its index, or -1) for
 * the periods of the last series (growth.c). */
typedef struct {
    ts_period *period;
    long *base;
    size_t n, cap;
    int valid;
} tsi_bases;

struct ts_agg_chain {
    const ts_agg_op *op[TSI_CHAIN_MAX];
    size_t n_op;
    ts_agg_params p;
    ts_roller *roller;       /* when an operation rolls */
    ts_catalog *own_catalog; /* the built-in one, when p.catalog is NULL */
    tsi_intern *in;          /* derived measure names */
    tsi_bases yoy, pop;      /* bases, reused while the periods repeat */
    ts_points pts;
    tsi_columns res[2];       /* results alternate: one step reads the other */
    ts_agg_note_fn note;
    void *note_ctx;
};

/* A new point at the end of b to fill in place (ts_points_push copies a
 * whole point, which a point just built field by field on the stack makes
 * wait); NULL (err filled) when out of memory. */
ts_point *tsi_points_add(ts_points *b, ts_error *err);

/* ts_growth_yoy (pop 0) or ts_growth_pop (1) with the bases found for
 * the periods of the series before reused while s has the same periods;
 * b is for one of the two only. */
int tsi_growth_cached(tsi_bases *b, int pop, const ts_series *s, ts_points *out, ts_error *err);
void tsi_bases_free(tsi_bases *b);

/* Makes what op needs before it runs (the roller, the catalogue). */
int tsi_agg_prepare(ts_agg_chain *c, const ts_agg_op *op, ts_error *err);
/* The kind of s's indicator; flows when the catalogue does not know it. */
ts_kind tsi_agg_kind(const ts_agg_chain *c, const ts_series *s);

#endif
