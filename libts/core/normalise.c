/* A fact in its indicator's canonical unit: what every importer does to a
 * fact before it is written or stored, so 1304372 mn_vnd of budget revenue
 * and 1304.372 bn_vnd are one value.  Percentages are checked, not
 * converted: a share or a growth rate is in pct whatever the indicator's
 * own unit. */
#include <string.h>
#include "ts_catalog.h"
#include "ts_units.h"

/* Percentage measures are in pct whatever the indicator's own unit. */
static int is_pct_measure(const char *m)
{
    return strcmp(m, TS_MEASURE_PCT_PLAN) == 0 || strcmp(m, TS_MEASURE_YOY_PCT) == 0 ||
           strcmp(m, TS_MEASURE_AVG_ANNUAL_PCT) == 0;
}

int ts_fact_normalise(ts_fact *f, const ts_catalog *c, ts_error *err)
{
    const ts_indicator *ind = ts_catalog_find(c, f->indicator);
    if (!ind)
        return TS_OK;
    if (is_pct_measure(f->measure)) {
        if (strcmp(f->unit, "pct") == 0)
            return TS_OK;
        return ts_error_set(err, TS_EUNIT, "column 'unit': measure %s is in pct, not %s",
                            f->measure, f->unit);
    }
    if (strcmp(f->unit, ind->unit) == 0)
        return TS_OK;
    double v;
    ts_error e;
    if (ts_unit_convert(f->value, f->unit, ind->unit, &v, &e) != TS_OK) {
        /* A derived measure (rolling3_mean of a level) may carry any unit. */
        if (!ts_measure_is_known(f->measure))
            return TS_OK;
        return ts_error_set(err, TS_EUNIT, "column 'unit': %s for indicator %s", e.msg,
                            f->indicator);
    }
    f->value = v;
    f->unit = ind->unit;
    return TS_OK;
}
