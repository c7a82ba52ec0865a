/* The indicator catalogue: id -> canonical unit, kind (flow, stock, rate)
 * and descriptions.  Built in from datasets/catalog/indicators.tsv; users
 * may add ids from their own TSV with the same columns. */
#ifndef TS_CATALOG_H
#define TS_CATALOG_H

#include <stddef.h>
#include "ts_error.h"
#include "ts_record.h"

/* flow: summed over time; stock: counted at a moment; rate: a ratio (its
 * change is in points); index: relative to a base period (its change is a
 * percentage, "chỉ số sản xuất công nghiệp tăng 7,5%"). */
typedef enum { TS_KIND_FLOW, TS_KIND_STOCK, TS_KIND_RATE, TS_KIND_INDEX } ts_kind;

/* The shortest period an indicator is compiled for: most by the month;
 * GRDP and its sectors' value added by the quarter (a monthly report's
 * GRDP is the months to date: "tháng 9" means January to September). */
typedef enum { TS_SHORTEST_MONTH, TS_SHORTEST_QUARTER, TS_SHORTEST_YEAR } ts_shortest;

typedef struct {
    const char *id;   /* "budget.revenue" */
    const char *unit; /* canonical unit id */
    ts_kind kind;
    const char *vi;   /* Vietnamese description (may be "") */
    const char *en;   /* English description (may be "") */
    ts_shortest shortest; /* column 'shortest' (month when absent) */
} ts_indicator;

typedef struct ts_catalog ts_catalog; /* opaque */

/* A new catalogue holding the built-in indicators.  NULL on out of memory
 * (err filled). */
ts_catalog *ts_catalog_new(ts_error *err);
/* Adds or replaces indicators from a TSV file with the header
 * id, unit, kind[, vi, en, shortest] (columns found by name; blank lines and lines
 * starting with '#' skipped; CRLF accepted).  unit must be a canonical
 * unit id, kind flow, stock, rate or index, an id may appear once per file; a
 * replaced id keeps its position.  On error (file:line in err) adds
 * nothing: TS_EIO unreadable, TS_EFORMAT no header, TS_EINVAL bad row. */
int ts_catalog_load(ts_catalog *c, const char *path, ts_error *err);
/* Same from a NUL-terminated TSV text; name is used in error messages. */
int ts_catalog_load_text(ts_catalog *c, const char *text, const char *name,
                         ts_error *err);
/* The indicator with this id, or NULL.  Valid while c lives. */
const ts_indicator *ts_catalog_find(const ts_catalog *c, const char *id);
size_t ts_catalog_count(const ts_catalog *c);
/* The i-th indicator, in load order. */
const ts_indicator *ts_catalog_at(const ts_catalog *c, size_t i);
void ts_catalog_free(ts_catalog *c);

/* Puts fact f in its indicator's canonical unit (the value converted, the
 * unit replaced by the catalogue's string, valid while c lives); facts of
 * an indicator c does not know are left alone.  Percentage measures
 * (pct_plan, yoy_pct, avg_annual_pct) must be in pct.  TS_EUNIT ("column
 * 'unit': ...") when a level or plan cannot be converted or a percentage
 * is not in pct, with f unchanged; other (derived) measures keep a unit
 * that does not convert. */
int ts_fact_normalise(ts_fact *f, const ts_catalog *c, ts_error *err);

const char *ts_kind_name(ts_kind k);
/* "month", "quarter", "year"; the parser gives TS_OK or TS_EINVAL. */
const char *ts_shortest_name(ts_shortest s);
int ts_shortest_parse(const char *text, ts_shortest *out);
int ts_kind_parse(const char *text, ts_kind *out);

/* The built-in data files, embedded at build time (NUL-terminated). */
extern const char ts_builtin_indicators_tsv[];

#endif
