/* Selectors: which facts a reading tool wants.  The store applies them to
 * its series (store_read.c) and this file to a lone fact, through the same
 * key tests, so TSV input is filtered exactly like a store. */
#include <fnmatch.h>
#include <string.h>
#include "core/selector.h"
#include "ts_gazetteer.h"

void ts_selector_init(ts_selector *sel)
{
    memset(sel, 0, sizeof *sel);
}

int tsi_sel_indicator(const ts_selector *sel, const char *indicator)
{
    if (sel->n_indicators) {
        for (size_t i = 0; i < sel->n_indicators; i++)
            if (fnmatch(sel->indicators[i], indicator, 0) == 0)
                return 1;
        return 0;
    }
    return !sel->indicator || fnmatch(sel->indicator, indicator, 0) == 0;
}

int tsi_sel_key(const ts_selector *sel, const char *area, const char *measure,
                const char *price, const char *plan_by)
{
    if (sel->area && strcmp(sel->area, area) != 0) return 0;
    if (sel->areas && !ts_area_select_match(sel->areas, area)) return 0;
    if (sel->n_measures) {
        size_t i = 0;
        while (i < sel->n_measures && strcmp(sel->measures[i], measure) != 0)
            i++;
        if (i == sel->n_measures) return 0;
    } else if (sel->measure && strcmp(sel->measure, measure) != 0) {
        return 0;
    }
    if (sel->price && strcmp(sel->price, price ? price : "") != 0) return 0;
    if (sel->plan_by && strcmp(sel->plan_by, plan_by ? plan_by : "") != 0) return 0;
    return 1;
}

int ts_selector_match(const ts_selector *sel, const ts_fact *f)
{
    if (!tsi_sel_indicator(sel, f->indicator) ||
        !tsi_sel_key(sel, f->area, f->measure, f->price, f->plan_by))
        return 0;
    if (sel->has_from && f->period.first < sel->from.first) return 0;
    if (sel->has_to && f->period.last > sel->to.last) return 0;
    if (sel->source) {
        /* A TSV fact names its document in the source column only. */
        const char *from = ts_fact_extra(f, "imported_from");
        if (strcmp(sel->source, f->source) != 0 && !(from && strcmp(sel->source, from) == 0))
            return 0;
    }
    return 1;
}
