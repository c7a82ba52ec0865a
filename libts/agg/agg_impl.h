/* Private to libts/agg: the state of a chain of operations (chain.c) that
 * the operations' functions (ops.c) use — their parameters, the rolling
 * window's workspace and the catalogue that gives an indicator's kind. */
#ifndef TSI_AGG_IMPL_H
#define TSI_AGG_IMPL_H

#include "core/series_impl.h"
#include "ts_agg.h"

#define TSI_CHAIN_MAX 4 /* operations in one chain */

struct ts_agg_chain {
    const ts_agg_op *op[TSI_CHAIN_MAX];
    size_t n_op;
    ts_agg_params p;
    ts_roller *roller;       /* when an operation rolls */
    ts_catalog *own_catalog; /* the built-in one, when p.catalog is NULL */
    tsi_intern *in;          /* derived measure names */
    ts_points pts;
    tsi_columns res[2];       /* results alternate: one step reads the other */
    ts_agg_note_fn note;
    void *note_ctx;
};

/* Makes what op needs before it runs (the roller, the catalogue). */
int tsi_agg_prepare(ts_agg_chain *c, const ts_agg_op *op, ts_error *err);
/* The kind of s's indicator; flows when the catalogue does not know it. */
ts_kind tsi_agg_kind(const ts_agg_chain *c, const ts_series *s);

#endif
