/* Chains of series operations ("yoy then rolling 3"): each operation runs
 * on the result of the one before, in memory, as `ts-agg yoy | ts-agg
 * rolling 3 --measure yoy_pct` would without writing and reading the
 * intermediate facts.  A result is a series view: the input's key with
 * the derived measure and unit, source "derived", the points without a
 * value passed to the note callback and left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "agg/agg_impl.h"
#include "ts_record.h"

ts_agg_chain *ts_agg_chain_new(const ts_agg_op *const *ops, size_t n, const ts_agg_params *p,
                               ts_error *err)
{
    if (n == 0 || n > TSI_CHAIN_MAX) {
        ts_error_set(err, TS_EINVAL, "a chain has 1 to %d operations, not %zu", TSI_CHAIN_MAX, n);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        if (!ops[i] || ops[i]->shape != TS_AGG_SERIES) {
            ts_error_set(err, TS_EINVAL, "'%s' is not an operation on one series at a time",
                         ops[i] ? ops[i]->name : "(none)");
            return NULL;
        }
    ts_agg_chain *c = calloc(1, sizeof *c);
    if (!c || !(c->in = tsi_intern_new())) {
        free(c);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    c->p = *p;
    ts_points_init(&c->pts);
    for (size_t i = 0; i < n; i++) {
        c->op[c->n_op++] = ops[i];
        if (tsi_agg_prepare(c, ops[i], err) != TS_OK) {
            ts_agg_chain_free(c);
            return NULL;
        }
    }
    return c;
}

void ts_agg_chain_on_note(ts_agg_chain *c, ts_agg_note_fn fn, void *ctx)
{
    c->note = fn;
    c->note_ctx = ctx;
}

/* The measure of op's results on s: its own name for a level series, else
 * prefixed with the series' measure ("plan_yoy_pct"); interned. */
static const char *derived_measure(ts_agg_chain *c, const ts_agg_op *op, const ts_series *s)
{
    char name[128], buf[256];
    if (!op->measure && !op->measure_name)
        return s->measure;
    if (op->measure_name)
        op->measure_name(&c->p, name, sizeof name);
    else
        snprintf(name, sizeof name, "%s", op->measure);
    if (strcmp(s->measure, TS_MEASURE_LEVEL) == 0)
        return tsi_intern_s(c->in, name);
    snprintf(buf, sizeof buf, "%s_%s", s->measure, name);
    return tsi_intern_s(c->in, buf);
}

/* c->pts as a series into r and *d (key of s, the given measure and unit);
 * points without a value go to the note callback. */
static int as_series(ts_agg_chain *c, tsi_columns *r, const ts_series *s, const char *measure,
                     const char *unit, ts_series *d)
{
    const ts_points *pts = &c->pts;
    if (tsi_columns_reserve(r, pts->n, 64) != 0)
        return -1;
    *d = *s;
    d->measure = measure;
    d->unit = unit;
    size_t n = 0;
    for (size_t i = 0; i < pts->n; i++) {
        const ts_point *pt = &pts->p[i];
        if (pt->note != TS_NOTE_NONE) {
            if (c->note)
                c->note(c->note_ctx, s, pt, measure);
            continue;
        }
        r->period[n] = pt->period;
        r->value[n] = pt->value;
        r->status[n] = pt->status;
        r->source[n] = TS_SOURCE_DERIVED;
        n++;
    }
    tsi_columns_view(r, 0, n, d);
    return 0;
}

/* Prefixes err's message with the key of s: which series failed. */
static int series_error(const ts_series *s, int rc, ts_error *err)
{
    char key[512];
    ts_series_key_format(s, key, sizeof key);
    if (!err)
        return rc;
    char msg[sizeof err->msg];
    snprintf(msg, sizeof msg, "%s", err->msg);
    return ts_error_set(err, rc, "%s: %s", key, msg);
}

int ts_agg_chain_apply(ts_agg_chain *c, const ts_series *s, ts_series *out, ts_error *err)
{
    ts_series in = *s;
    for (size_t i = 0; i < c->n_op; i++) {
        const ts_agg_op *op = c->op[i];
        c->pts.n = 0;
        int rc = op->apply(c, &in, &c->pts, err);
        if (rc != TS_OK)
            return series_error(&in, rc, err);
        const char *measure = derived_measure(c, op, &in);
        const char *unit = op->unit ? op->unit : in.unit;
        if (!measure || as_series(c, &c->res[i % 2], &in, measure, unit, out) != 0)
            return series_error(&in, ts_error_set(err, TS_ENOMEM, "out of memory"), err);
        in = *out;
    }
    return TS_OK;
}

void ts_agg_chain_free(ts_agg_chain *c)
{
    if (!c)
        return;
    ts_roller_free(c->roller);
    tsi_bases_free(&c->yoy);
    tsi_bases_free(&c->pop);
    ts_catalog_free(c->own_catalog);
    tsi_intern_free(c->in);
    ts_points_reset(&c->pts);
    tsi_columns_free(&c->res[0]);
    tsi_columns_free(&c->res[1]);
    free(c);
}
