/* Charts of indicator series as standalone SVG: a time axis proportional
 * to the periods' midpoints, one panel (y axis) per unit, one line with
 * markers per series, a legend, and projection bands for forecast rows.
 * The chart is built from plain values, so it needs no reader or store. */
#ifndef TS_PLOT_H
#define TS_PLOT_H

#include <stddef.h>
#include <stdio.h>
#include "ts_error.h"
#include "ts_period.h"

/* One observation of a series.  Bands are NAN when absent; a band is drawn
 * only where both of its ends are finite and the point is projected. */
typedef struct {
    ts_period period;  /* drawn at its midpoint */
    double value;      /* finite */
    char status;       /* 'A' actual (filled marker), 'E' estimate (open) */
    int projected;     /* nonzero for a projection row: dashed, with bands */
    double lo80, hi80; /* 80% interval, or NAN */
    double lo95, hi95; /* 95% interval, or NAN */
} ts_chart_point;

/* Sets p to an actual, non-projected point with no bands. */
void ts_chart_point_init(ts_chart_point *p, ts_period period, double value);

typedef struct ts_chart ts_chart; /* opaque */

/* Size limits, in pixels. */
#define TS_CHART_MIN_WIDTH 200
#define TS_CHART_MAX_WIDTH 10000
#define TS_CHART_MIN_HEIGHT 150
#define TS_CHART_MAX_HEIGHT 10000

/* A new empty chart of 800 x 500 pixels with no title.  NULL with err
 * filled (TS_ENOMEM) when out of memory. */
ts_chart *ts_chart_new(ts_error *err);
/* Frees the chart and everything it copied; NULL does nothing. */
void ts_chart_free(ts_chart *c);

/* Sets the size in pixels; TS_ERANGE outside the limits above (the chart
 * is then unchanged). */
int ts_chart_set_size(ts_chart *c, int width, int height, ts_error *err);
/* Sets (copies) the title drawn above the panels, or removes it when title
 * is NULL or "".  TS_ENOMEM leaves the old title. */
int ts_chart_set_title(ts_chart *c, const char *title, ts_error *err);
/* Sets (copies) a small caption under the legend (e.g. the sources), or
 * removes it when NULL or "". */
int ts_chart_set_caption(ts_chart *c, const char *caption, ts_error *err);

/* Adds a series (label and strings are copied) and stores its index in
 * *index.  Series share a panel, and so a y axis, when they have the same
 * unit and the same panel title; series of different units therefore
 * never share an axis.  panel_title may be NULL or "" (panels are then
 * told apart by unit alone).  unit is a canonical unit id ("bn_vnd") or
 * any text; known ids are spelled out on the axis ("billion VND").
 * TS_EINVAL for an empty label or unit, TS_ENOMEM. */
int ts_chart_add_series(ts_chart *c, const char *label, const char *unit,
                        const char *panel_title, size_t *index, ts_error *err);

/* Adds a point (copied) to series `index`.  TS_ENOTFOUND for a bad index,
 * TS_EINVAL for a non-finite value or a status other than 'A'/'E',
 * TS_ENOMEM; the series is unchanged on failure. */
int ts_chart_add_point(ts_chart *c, size_t index, const ts_chart_point *p,
                       ts_error *err);

/* Number of series and of panels the chart has now. */
size_t ts_chart_series_count(const ts_chart *c);
size_t ts_chart_panel_count(const ts_chart *c);

/* Writes the chart as a standalone SVG 1.1 document (UTF-8) to fp.
 * Points of a series are drawn in period order; the line breaks where a
 * whole-month series skips periods; projected points continue the line
 * dashed from the last actual point, over their 95% and 80% bands; a
 * point whose period spans more than a year also gets a bar across it; a
 * series too dense for markers (under 6 pixels a point) is a line alone.
 * TS_EINVAL when no series has a point, TS_ERANGE when the panels do not
 * fit the height (fewer than 60 pixels each), TS_EIO on a write error. */
int ts_chart_write_svg(const ts_chart *c, FILE *fp, ts_error *err);

/* ---- pieces, public for tools and tests ---- */

/* Round ("nice") axis ticks covering [lo, hi] with about `target` ticks
 * (target >= 2): steps are 1, 2, 2.5 or 5 times a power of ten.  Fills
 * *first (a multiple of *step, <= lo), *step (> 0) and *count (ticks from
 * *first to the first multiple >= hi, inclusive).  lo == hi widens the
 * range around the value.  TS_EINVAL for non-finite or reversed bounds. */
int ts_axis_ticks(double lo, double hi, int target, double *first,
                  double *step, int *count, ts_error *err);

/* Formats an axis value v for ticks `step` apart: as many decimals as the
 * step needs, thousands grouped with ',' ("12,500", "2.5", "-0.25").
 * Returns the length written into buf (size n). */
size_t ts_axis_format(double v, double step, char *buf, size_t n);

/* Writes s with &, <, >, " and ' escaped for XML text and attributes;
 * control characters other than tab are dropped.  Returns 0 or -1 on a
 * write error. */
int ts_xml_write_escaped(FILE *fp, const char *s);

/* The axis name of a canonical unit id ("bn_vnd" -> "billion VND",
 * "pct" -> "%"); other text is returned as given. */
const char *ts_unit_axis_name(const char *unit);

#endif
