/* Selectors: which facts a reading tool wants.  The store applies them to
 * its columns (store_read.c); this file applies them to a lone fact, so
 * TSV input is filtered exactly like a store. */
#include <fnmatch.h>
#include <string.h>
#include "ts_store.h"

void ts_selector_init(ts_selector *sel)
{
    memset(sel, 0, sizeof *sel);
}

int ts_selector_match(const ts_selector *sel, const ts_fact *f)
{
    if (sel->indicator && fnmatch(sel->indicator, f->indicator, 0) != 0) return 0;
    if (sel->area && strcmp(sel->area, f->area) != 0) return 0;
    if (sel->measure && strcmp(sel->measure, f->measure) != 0) return 0;
    if (sel->price && strcmp(sel->price, f->price ? f->price : "") != 0) return 0;
    if (sel->plan_by && strcmp(sel->plan_by, f->plan_by ? f->plan_by : "") != 0) return 0;
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
