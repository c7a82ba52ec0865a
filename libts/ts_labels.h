/* Labels for people: what tables and charts show instead of ids, in
 * Vietnamese or English (--labels vi|en; id keeps the ids).  Indicator,
 * measure, unit, price-basis, plan-issuer and column labels come from
 * datasets/catalog/labels.tsv (built in); an indicator it lacks takes the
 * catalogue's description; areas take their gazetteer name ("Kon Tum",
 * "Huyện Đắk Hà"; in English without marks: "Dak Ha district"). */
#ifndef TS_LABELS_H
#define TS_LABELS_H

#include "ts_catalog.h"
#include "ts_error.h"
#include "ts_gazetteer.h"

typedef enum { TS_LABELS_ID, TS_LABELS_VI, TS_LABELS_EN } ts_labels_lang;

/* "id", "vi", "en"; TS_OK or TS_EINVAL. */
int ts_labels_lang_parse(const char *text, ts_labels_lang *out);
const char *ts_labels_lang_name(ts_labels_lang lang);

typedef struct ts_labels ts_labels; /* opaque */

/* Labels in lang over the built-in labels.tsv; cat and g (borrowed, may
 * be NULL) supply the indicators labels.tsv lacks and the areas.  NULL on
 * out of memory or damaged built-in data (err filled). */
ts_labels *ts_labels_new(ts_labels_lang lang, const ts_catalog *cat, const ts_gazetteer *g,
                         ts_error *err);
void ts_labels_free(ts_labels *l);
ts_labels_lang ts_labels_lang_of(const ts_labels *l);

/* The label of id of a kind: "indicator", "measure", "unit", "price",
 * "plan_by" or "column" (headings: indicator, area, unit, cagr_pct, ...).
 * The id itself for lang id, an unknown id, or an empty one.  Valid
 * while l lives. */
const char *ts_labels_get(ts_labels *l, const char *kind, const char *id);
/* The label of an area slug: a province or centrally-run city by its
 * name, a district-level unit with its kind; the slug when the gazetteer
 * does not know it.  Valid while l lives. */
const char *ts_labels_area(ts_labels *l, const char *slug);

/* text without its marks, case kept ("Đắk Hà" -> "Dak Ha"), into buf of
 * n bytes; returns the length. */
size_t ts_labels_unmark(const char *text, char *buf, size_t n);

/* The built-in labels.tsv (NUL-terminated). */
extern const char ts_builtin_labels_tsv[];

#endif
