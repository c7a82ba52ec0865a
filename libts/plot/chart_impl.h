/* Private to libts/plot (prefix tsp_): the chart as svg_chart.c holds and
 * lays it out and svg_draw.c draws it — the series, the panels' and axes'
 * geometry, the legend entries, and the helpers both sides use. */
#ifndef TSP_CHART_IMPL_H
#define TSP_CHART_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "ts_plot.h"

typedef struct {
    char *label;
    char *unit;
    char *panel_title;         /* "" when none */
    size_t panel;              /* index of the panel it is drawn in */
    ts_chart_point *pts;       /* sorted by period (first, then last day) */
    size_t n, cap;
} series;

struct ts_chart {
    int width, height;         /* pixels */
    char *title;               /* NULL when none */
    char *caption;             /* NULL when none */
    series *s;
    size_t ns, cap;
    size_t npanels;
};


#define FONT_FAMILY "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
#define FS_TICK 12.0
#define FS_TITLE 16.0
#define FS_CAPTION 10.0
#define MIN_PANEL_H 60.0

typedef struct {
    double first;       /* value of the first tick */
    double step;
    int count;
    double lo, hi;      /* axis range = first .. first + (count-1)*step */
} yaxis;

typedef struct {
    double top, h;      /* plot area of the panel, pixels */
    yaxis y;
    const char *unit;   /* borrowed from its first series */
    const char *title;
} panel_layout;

/* The x axis: day numbers x0..x1 mapped onto the plot's width, ticks at
 * year or month starts, labels at ticks or centred in each year/month. */
typedef struct {
    double x0, x1;      /* days; x1 exclusive end */
    int years;          /* 1: year ticks, 0: month ticks */
    int step;           /* years or months between ticks */
} xaxis;

typedef struct {
    double left, right; /* plot area, pixels */
    double width;
    xaxis x;
    panel_layout *panels;
    size_t np;
    double xlabels_y;   /* baseline of the x tick labels */
    double legend_y;    /* top of the legend */
    double caption_y;
} layout;

/* Legend entry kinds after the series themselves. */
enum { LEG_SERIES, LEG_ESTIMATE, LEG_PROJECTION, LEG_BAND80, LEG_BAND95 };

typedef struct {
    int kind;
    size_t series;      /* for LEG_SERIES */
    const char *text;
    double w;           /* width including the swatch and spacing */
    double x, y;        /* placed position (swatch's left, row's centre) */
} legend_item;

#define SWATCH_W 26.0
#define LEGEND_ROW_H 20.0

/* Rough rendered width of UTF-8 text at font size fs (pixels). */
double tsp_text_width(const char *s, double fs);
/* The middle of a period in days, where its point is drawn. */
double tsp_mid_day(ts_period p);
/* Day numbers of the first day of a year, and of a month (m may pass 12). */
int32_t tsp_year_start(int y);
int32_t tsp_month_start(int y, int m);
/* Whether a projected point has its 80% (95%) band. */
int tsp_has_band80(const ts_chart_point *p);
int tsp_has_band95(const ts_chart_point *p);
/* Lays the chart out: panels (L->panels, allocated, L->np of them), axes,
 * legend entries in items (room for ns + 4) and their count.  TS_EINVAL
 * with nothing to plot, TS_ERANGE when the size leaves no room, TS_ENOMEM;
 * the caller frees L->panels in every case. */
int tsp_chart_layout(const ts_chart *c, layout *L, legend_item *items, size_t *nitems,
                     ts_error *err);

#endif
