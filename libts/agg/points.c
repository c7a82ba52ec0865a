/* The growable buffer of derived observations that every statistic in
 * ts_agg.h appends to; callers reuse one buffer across series so the hot
 * path does not allocate. */
#include <stdlib.h>
#include "agg/agg_impl.h"
#include "core/grow.h"
#include "ts_agg.h"

void ts_points_init(ts_points *b)
{
    b->p = NULL;
    b->n = 0;
    b->cap = 0;
}

void ts_points_reset(ts_points *b)
{
    free(b->p);
    ts_points_init(b);
}

ts_point *tsi_points_add(ts_points *b, ts_error *err)
{
    /* Room is the rule (the buffer is reused from series to series). */
    if (b->n == b->cap && tsi_grow(&b->p, &b->cap, b->n + 1, sizeof *b->p, 64) != 0) {
        ts_error_set(err, TS_ENOMEM, "out of memory (%zu derived values)", b->n);
        return NULL;
    }
    return &b->p[b->n++];
}

int ts_points_push(ts_points *b, const ts_point *pt, ts_error *err)
{
    ts_point *to = tsi_points_add(b, err);
    if (!to)
        return TS_ENOMEM;
    *to = *pt;
    return TS_OK;
}
