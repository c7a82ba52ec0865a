/* Private to libts: the key tests of a selector, shared by the store's
 * query (one test per series) and ts_selector_match (one per fact). */
#ifndef TSI_SELECTOR_H
#define TSI_SELECTOR_H

#include "ts_store.h"

/* Nonzero when the indicator passes sel (its glob, or any of its globs). */
int tsi_sel_indicator(const ts_selector *sel, const char *indicator);
/* Nonzero when area, measure and the qualifiers pass sel (price and
 * plan_by may be NULL for blank). */
int tsi_sel_key(const ts_selector *sel, const char *area, const char *measure,
                const char *price, const char *plan_by);

#endif
