/* The operations a front end runs by name (ts-agg's yoy, rolling, ...): one
 * table of descriptors (name, what it takes, how its results are named and
 * in which unit, its function), so a tool iterates the table instead of
 * knowing each statistic. */
#include <stdio.h>
#include <string.h>
#include "agg/agg_impl.h"
#include "ts_record.h"

void ts_agg_params_init(ts_agg_params *p)
{
    memset(p, 0, sizeof *p);
    p->years = 5;
    p->stat = TS_STAT_MEAN;
}

static int op_yoy(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return tsi_growth_cached(&c->yoy, 0, s, out, err);
}

static int op_pop(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return tsi_growth_cached(&c->pop, 1, s, out, err);
}

static int op_cagr(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return ts_growth_cagr(s, c->p.from, c->p.to, out, err);
}

static int op_avg_annual(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return ts_growth_avg_annual(s, c->p.years, out, err);
}

static int op_rolling(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return ts_roller_apply(c->roller, s, out, err);
}

/* "rolling3_mean", "rolling12c_median": window, centring and statistic. */
static void rolling_name(const ts_agg_params *p, char *buf, size_t n)
{
    snprintf(buf, n, "rolling%zu%s_%s", p->window, p->center ? "c" : "", ts_stat_name(p->stat));
}

static int op_resample(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    ts_how how = c->p.has_how ? c->p.how : ts_how_default(tsi_agg_kind(c, s), s->unit);
    return ts_resample(s, c->p.freq, how, c->p.partial, out, err);
}

/* Only flows add up over time: other series give nothing. */
static int flows_only(const ts_agg_chain *c, const ts_series *s)
{
    return tsi_agg_kind(c, s) == TS_KIND_FLOW && strcmp(s->unit, "pct") != 0;
}

static int op_cumulate(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return flows_only(c, s) ? ts_cumulate(s, out, err) : TS_OK;
}

static int op_decumulate(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err)
{
    return flows_only(c, s) ? ts_decumulate(s, out, err) : TS_OK;
}

static const ts_agg_op ops[] = {
    {"yoy", TS_AGG_SERIES, TS_MEASURE_YOY_PCT, "pct", NULL, op_yoy},
    {"pop", TS_AGG_SERIES, "pop_pct", "pct", NULL, op_pop},
    {"cagr", TS_AGG_SERIES, TS_MEASURE_AVG_ANNUAL_PCT, "pct", NULL, op_cagr},
    {"avg_annual", TS_AGG_SERIES, TS_MEASURE_AVG_ANNUAL_PCT, "pct", NULL, op_avg_annual},
    {"rolling", TS_AGG_SERIES, "rolling", NULL, rolling_name, op_rolling},
    {"resample", TS_AGG_SERIES, NULL, NULL, NULL, op_resample},
    {"cumulate", TS_AGG_SERIES, NULL, NULL, NULL, op_cumulate},
    {"decumulate", TS_AGG_SERIES, NULL, NULL, NULL, op_decumulate},
    {"sum", TS_AGG_ALL, NULL, NULL, NULL, NULL},
    {"check", TS_AGG_FACTS, NULL, NULL, NULL, NULL},
    {"table", TS_AGG_ALL, NULL, NULL, NULL, NULL},
};

const ts_agg_op *ts_agg_op_at(size_t i)
{
    return i < sizeof ops / sizeof ops[0] ? &ops[i] : NULL;
}

const ts_agg_op *ts_agg_op_find(const char *name)
{
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (name && strcmp(ops[i].name, name) == 0)
            return &ops[i];
    return NULL;
}

int tsi_agg_prepare(ts_agg_chain *c, const ts_agg_op *op, ts_error *err)
{
    if (op->apply == op_rolling && !c->roller) {
        const ts_agg_params *p = &c->p;
        c->roller = ts_roller_new(p->window, p->center, p->min_periods ? p->min_periods : p->window,
                                  p->stat, err);
        if (!c->roller)
            return err ? err->code : TS_EINVAL;
    }
    int kinds = op->apply == op_resample || op->apply == op_cumulate ||
                op->apply == op_decumulate;
    if (kinds && !c->p.catalog && !c->own_catalog) {
        if (!(c->own_catalog = ts_catalog_new(err)))
            return err ? err->code : TS_ENOMEM;
        c->p.catalog = c->own_catalog;
    }
    return TS_OK;
}

ts_kind tsi_agg_kind(const ts_agg_chain *c, const ts_series *s)
{
    const ts_indicator *ind = c->p.catalog ? ts_catalog_find(c->p.catalog, s->indicator) : NULL;
    return ind ? ind->kind : TS_KIND_FLOW;
}
