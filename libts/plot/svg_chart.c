/* The SVG line chart: holds the series a tool adds, lays out panels (one
 * y axis per unit), a time axis proportional to period midpoints and a
 * legend, and writes the drawing.  Axis ticks and escaping are axis.c's. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ts_plot.h"
#include "core/grow.h"

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

/* Okabe-Ito colours (distinguishable with colour blindness), the yellow
 * left out because it vanishes on white. */
static const char *const palette[] = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7",
    "#E69F00", "#56B4E9", "#000000",
};
#define NPALETTE (sizeof palette / sizeof palette[0])
/* Markers differ too, so a chart printed in grey still tells lines apart. */
enum { MARK_CIRCLE, MARK_SQUARE, MARK_TRIANGLE, MARK_DIAMOND, NMARKS };

#define FONT_FAMILY "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
#define FS_TICK 12.0
#define FS_TITLE 16.0
#define FS_CAPTION 10.0
#define MIN_PANEL_H 60.0

void ts_chart_point_init(ts_chart_point *p, ts_period period, double value)
{
    p->period = period;
    p->value = value;
    p->status = 'A';
    p->projected = 0;
    p->lo80 = p->hi80 = p->lo95 = p->hi95 = NAN;
}

ts_chart *ts_chart_new(ts_error *err)
{
    ts_chart *c = calloc(1, sizeof *c);
    if (!c) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    c->width = 800;
    c->height = 500;
    return c;
}

void ts_chart_free(ts_chart *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->ns; i++) {
        free(c->s[i].label);
        free(c->s[i].unit);
        free(c->s[i].panel_title);
        free(c->s[i].pts);
    }
    free(c->s);
    free(c->title);
    free(c->caption);
    free(c);
}

int ts_chart_set_size(ts_chart *c, int width, int height, ts_error *err)
{
    if (width < TS_CHART_MIN_WIDTH || width > TS_CHART_MAX_WIDTH)
        return ts_error_set(err, TS_ERANGE, "width %d is outside %d..%d", width,
                            TS_CHART_MIN_WIDTH, TS_CHART_MAX_WIDTH);
    if (height < TS_CHART_MIN_HEIGHT || height > TS_CHART_MAX_HEIGHT)
        return ts_error_set(err, TS_ERANGE, "height %d is outside %d..%d", height,
                            TS_CHART_MIN_HEIGHT, TS_CHART_MAX_HEIGHT);
    c->width = width;
    c->height = height;
    return TS_OK;
}

/* Replaces *slot by a copy of text (NULL for NULL or ""). */
static int set_text(char **slot, const char *text, ts_error *err)
{
    char *copy = NULL;
    if (text && *text && !(copy = strdup(text)))
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    free(*slot);
    *slot = copy;
    return TS_OK;
}

int ts_chart_set_title(ts_chart *c, const char *title, ts_error *err)
{
    return set_text(&c->title, title, err);
}

int ts_chart_set_caption(ts_chart *c, const char *caption, ts_error *err)
{
    return set_text(&c->caption, caption, err);
}

int ts_chart_add_series(ts_chart *c, const char *label, const char *unit,
                        const char *panel_title, size_t *index, ts_error *err)
{
    if (!label || !*label)
        return ts_error_set(err, TS_EINVAL, "a series needs a label");
    if (!unit || !*unit)
        return ts_error_set(err, TS_EINVAL, "series '%s' has no unit", label);
    if (!panel_title)
        panel_title = "";
    if (tsi_grow(&c->s, &c->cap, c->ns + 1, sizeof *c->s, 8) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    series *s = &c->s[c->ns];
    memset(s, 0, sizeof *s);
    s->label = strdup(label);
    s->unit = strdup(unit);
    s->panel_title = strdup(panel_title);
    if (!s->label || !s->unit || !s->panel_title) {
        free(s->label);
        free(s->unit);
        free(s->panel_title);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    /* A panel is one (unit, title) pair: its y axis has one unit. */
    s->panel = c->npanels;
    for (size_t i = 0; i < c->ns; i++) {
        if (strcmp(c->s[i].unit, unit) == 0 && strcmp(c->s[i].panel_title, panel_title) == 0) {
            s->panel = c->s[i].panel;
            break;
        }
    }
    if (s->panel == c->npanels)
        c->npanels++;
    *index = c->ns++;
    return TS_OK;
}

static int point_cmp(const ts_chart_point *a, const ts_chart_point *b)
{
    return ts_period_cmp(a->period, b->period);
}

int ts_chart_add_point(ts_chart *c, size_t index, const ts_chart_point *p,
                       ts_error *err)
{
    if (index >= c->ns)
        return ts_error_set(err, TS_ENOTFOUND, "no series %zu (the chart has %zu)", index, c->ns);
    series *s = &c->s[index];
    if (!isfinite(p->value))
        return ts_error_set(err, TS_EINVAL, "series '%s': value is not a finite number", s->label);
    if (p->status != 'A' && p->status != 'E')
        return ts_error_set(err, TS_EINVAL, "series '%s': status '%c' is neither A nor E",
                            s->label, p->status);
    if (tsi_grow(&s->pts, &s->cap, s->n + 1, sizeof *s->pts, 16) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    /* Input usually comes sorted, so the scan from the end is short; equal
     * periods keep their input order. */
    size_t at = s->n;
    while (at > 0 && point_cmp(&s->pts[at - 1], p) > 0)
        at--;
    memmove(&s->pts[at + 1], &s->pts[at], (s->n - at) * sizeof *p);
    s->pts[at] = *p;
    s->n++;
    return TS_OK;
}

size_t ts_chart_series_count(const ts_chart *c) { return c->ns; }
size_t ts_chart_panel_count(const ts_chart *c) { return c->npanels; }

/* ---- layout ---- */

/* Rough rendered width of UTF-8 text: code points times an average glyph
 * width of the sans fonts above.  Only used to place and wrap. */
static double text_width(const char *s, double fs)
{
    size_t cps = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            cps++;
    return (double)cps * fs * 0.58;
}

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

static double mid_day(ts_period p)
{
    return (p.first + (double)p.last + 1.0) / 2.0;
}

static int32_t year_start(int y) { return ts_days_from_civil(y, 1, 1); }

static int32_t month_start(int y, int m)
{
    while (m > 12) { m -= 12; y++; }
    return ts_days_from_civil(y, m, 1);
}

/* Picks the x range and tick spacing from the data's first and last day.
 * The range snaps outward to year (or month) starts so annual points sit
 * in the middle of their year. */
static void x_axis_fit(int32_t first, int32_t last_excl, double plot_w, xaxis *xa)
{
    int y0, m0, d0, y1, m1, d1;
    ts_civil_from_days(first, &y0, &m0, &d0);
    ts_civil_from_days(last_excl - 1, &y1, &m1, &d1);
    double span_years = (last_excl - first) / 365.2425;
    /* Whole calendar years (annual data) are labelled by year however few. */
    int whole_years = m0 == 1 && d0 == 1 && m1 == 12 && d1 == 31;
    if (span_years >= 2.5 || whole_years) {
        xa->years = 1;
        xa->x0 = year_start(y0);
        xa->x1 = year_start(y1 + 1);
        int n = y1 - y0 + 1;
        /* Labels of four digits need about 48 pixels each. */
        int max_labels = (int)(plot_w / 48.0);
        if (max_labels < 2)
            max_labels = 2;
        static const int steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000};
        xa->step = steps[sizeof steps / sizeof steps[0] - 1];
        for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
            if ((n + steps[i] - 1) / steps[i] <= max_labels) {
                xa->step = steps[i];
                break;
            }
        }
    } else {
        xa->years = 0;
        xa->x0 = month_start(y0, m0);
        xa->x1 = month_start(y1, m1 + 1);
        int n = (y1 - y0) * 12 + (m1 - m0) + 1;
        /* "2024-01" needs about 64 pixels. */
        int max_labels = (int)(plot_w / 64.0);
        if (max_labels < 2)
            max_labels = 2;
        static const int steps[] = {1, 2, 3, 6, 12};
        xa->step = 12;
        for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
            if ((n + steps[i] - 1) / steps[i] <= max_labels) {
                xa->step = steps[i];
                break;
            }
        }
    }
}

/* The y range of a panel: every value and band end of its series, with
 * zero brought in when it is near enough to keep proportions honest. */
static int y_axis_fit(const ts_chart *c, size_t panel, double plot_h, yaxis *ya, ts_error *err)
{
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < c->ns; i++) {
        const series *s = &c->s[i];
        if (s->panel != panel)
            continue;
        for (size_t k = 0; k < s->n; k++) {
            const ts_chart_point *p = &s->pts[k];
            double v[5] = {p->value, p->lo80, p->hi80, p->lo95, p->hi95};
            /* Only projected points draw bands, so only they widen the axis. */
            size_t nv = p->projected ? 5 : 1;
            for (size_t j = 0; j < nv; j++) {
                if (!isfinite(v[j]))
                    continue;
                if (v[j] < lo) lo = v[j];
                if (v[j] > hi) hi = v[j];
            }
        }
    }
    if (!(lo <= hi)) {
        /* A panel whose series have no points: an empty axis around 0. */
        lo = 0;
        hi = 1;
    }
    if (lo > 0 && lo < hi - lo)
        lo = 0;
    else if (hi < 0 && -hi < hi - lo)
        hi = 0;
    /* About one tick per 38 pixels: enough to read values off the axis. */
    int target = (int)(plot_h / 38.0);
    if (target < 4) target = 4;
    if (target > 9) target = 9;
    int rc = ts_axis_ticks(lo, hi, target, &ya->first, &ya->step, &ya->count, err);
    if (rc != TS_OK)
        return rc;
    ya->lo = ya->first;
    ya->hi = ya->first + (ya->count - 1) * ya->step;
    return TS_OK;
}

static int any_point(const ts_chart *c, int (*pred)(const ts_chart_point *))
{
    for (size_t i = 0; i < c->ns; i++)
        for (size_t k = 0; k < c->s[i].n; k++)
            if (pred(&c->s[i].pts[k]))
                return 1;
    return 0;
}
static int is_estimate(const ts_chart_point *p) { return p->status == 'E' && !p->projected; }
static int is_projected(const ts_chart_point *p) { return p->projected; }
static int has_band80(const ts_chart_point *p)
{
    return p->projected && isfinite(p->lo80) && isfinite(p->hi80);
}
static int has_band95(const ts_chart_point *p)
{
    return p->projected && isfinite(p->lo95) && isfinite(p->hi95);
}

/* Builds the legend entries and wraps them into rows of the given width
 * starting at x = left; returns the number of rows.  items has room for
 * ns + 4 entries. */
static size_t legend_build(const ts_chart *c, double left, double width,
                           legend_item *items, size_t *nitems)
{
    size_t n = 0;
    for (size_t i = 0; i < c->ns; i++) {
        if (c->s[i].n == 0)
            continue;
        items[n++] = (legend_item){LEG_SERIES, i, c->s[i].label, 0, 0, 0};
    }
    if (any_point(c, is_estimate))
        items[n++] = (legend_item){LEG_ESTIMATE, 0, "estimate", 0, 0, 0};
    if (any_point(c, is_projected))
        items[n++] = (legend_item){LEG_PROJECTION, 0, "projection", 0, 0, 0};
    /* Band swatches take the series' colour when only one series has
     * bands, so the key matches the picture; otherwise a neutral grey. */
    size_t banded = SIZE_MAX, nbanded = 0;
    for (size_t i = 0; i < c->ns; i++) {
        for (size_t k = 0; k < c->s[i].n; k++) {
            if (has_band80(&c->s[i].pts[k]) || has_band95(&c->s[i].pts[k])) {
                banded = i;
                nbanded++;
                break;
            }
        }
    }
    if (nbanded != 1)
        banded = SIZE_MAX;
    if (any_point(c, has_band80))
        items[n++] = (legend_item){LEG_BAND80, banded, "80% interval", 0, 0, 0};
    if (any_point(c, has_band95))
        items[n++] = (legend_item){LEG_BAND95, banded, "95% interval", 0, 0, 0};
    size_t rows = n ? 1 : 0;
    double x = left;
    for (size_t i = 0; i < n; i++) {
        items[i].w = SWATCH_W + 6 + text_width(items[i].text, FS_TICK) + 18;
        if (x > left && x + items[i].w > left + width) {
            rows++;
            x = left;
        }
        items[i].x = x;
        items[i].y = (double)(rows - 1) * LEGEND_ROW_H; /* offset, fixed later */
        x += items[i].w;
    }
    *nitems = n;
    return rows;
}

/* ---- drawing ---- */

/* fprintf that remembers the first failure, so drawing code stays flat. */
typedef struct {
    FILE *fp;
    int failed;
} out;

static void put(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vfprintf(o->fp, fmt, ap) < 0)
        o->failed = 1;
    va_end(ap);
}

static void put_text(out *o, const char *s)
{
    if (ts_xml_write_escaped(o->fp, s) != 0)
        o->failed = 1;
}

static double px(const layout *L, double day)
{
    return L->left + (day - L->x.x0) / (L->x.x1 - L->x.x0) * L->width;
}

static double py(const panel_layout *P, double v)
{
    return P->top + P->h - (v - P->y.lo) / (P->y.hi - P->y.lo) * P->h;
}

static void draw_marker(out *o, int shape, double x, double y, const char *colour, int open)
{
    const char *fill = open ? "#ffffff" : colour;
    double r = 3.6;
    switch (shape) {
    case MARK_CIRCLE:
        put(o, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"", x, y, r);
        break;
    case MARK_SQUARE:
        put(o, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"",
            x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
        break;
    case MARK_TRIANGLE:
        put(o, "<path d=\"M%.2f,%.2fL%.2f,%.2fL%.2f,%.2fZ\"",
            x, y - r * 1.15, x + r * 1.05, y + r * 0.75, x - r * 1.05, y + r * 0.75);
        break;
    default:
        put(o, "<path d=\"M%.2f,%.2fL%.2f,%.2fL%.2f,%.2fL%.2f,%.2fZ\"",
            x, y - r * 1.25, x + r * 1.05, y, x, y + r * 1.25, x - r * 1.05, y);
        break;
    }
    put(o, " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", fill, colour);
}

/* Nonzero when the line should not join a and b: a whole-month series
 * that skips periods (a missing year is a gap, not a straight line). */
static int is_gap(const ts_chart_point *a, const ts_chart_point *b)
{
    return ts_period_is_whole_months(a->period) && ts_period_is_whole_months(b->period) &&
           b->period.first > a->period.last + 1;
}

static void draw_band(out *o, const layout *L, const panel_layout *P, const series *s,
                      const ts_chart_point *anchor, int which, const char *colour, double opacity)
{
    /* Upper edge left to right, then the lower edge back; the band starts
     * at zero width on the last actual value. */
    size_t used = 0;
    for (size_t k = 0; k < s->n; k++) {
        const ts_chart_point *p = &s->pts[k];
        if (!(which == 80 ? has_band80(p) : has_band95(p)))
            continue;
        double hi = which == 80 ? p->hi80 : p->hi95;
        if (used == 0) {
            put(o, "<path fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"none\" d=\"M", colour, opacity);
            if (anchor)
                put(o, "%.2f,%.2fL", px(L, mid_day(anchor->period)), py(P, anchor->value));
        } else {
            put(o, "L");
        }
        put(o, "%.2f,%.2f", px(L, mid_day(p->period)), py(P, hi));
        used++;
    }
    if (used == 0)
        return;
    for (size_t k = s->n; k-- > 0;) {
        const ts_chart_point *p = &s->pts[k];
        if (!(which == 80 ? has_band80(p) : has_band95(p)))
            continue;
        double lo = which == 80 ? p->lo80 : p->lo95;
        put(o, "L%.2f,%.2f", px(L, mid_day(p->period)), py(P, lo));
    }
    put(o, "Z\"/>\n");
}

/* Nonzero when a series has too many points for markers to stay apart
 * (under 6 pixels each): it is drawn as a line alone. */
static int too_dense(const series *s, double plot_width)
{
    return s->n > 1 && plot_width / (double)s->n < 6.0;
}

static void draw_series(out *o, const layout *L, const panel_layout *P, const series *s, size_t idx)
{
    const char *colour = palette[idx % NPALETTE];
    int shape = (int)(idx % NMARKS);
    /* The anchor of the projection: the last actual point before it. */
    const ts_chart_point *anchor = NULL;
    size_t first_proj = s->n;
    for (size_t k = 0; k < s->n; k++) {
        if (s->pts[k].projected) {
            first_proj = k;
            break;
        }
    }
    for (size_t k = 0; k < first_proj; k++)
        anchor = &s->pts[k];
    draw_band(o, L, P, s, anchor, 95, colour, 0.14);
    draw_band(o, L, P, s, anchor, 80, colour, 0.26);

    /* Actual points: solid segments broken at gaps. */
    const ts_chart_point *prev = NULL;
    int open_path = 0;
    for (size_t k = 0; k < s->n; k++) {
        const ts_chart_point *p = &s->pts[k];
        if (p->projected)
            continue;
        double x = px(L, mid_day(p->period)), y = py(P, p->value);
        if (!prev || is_gap(prev, p)) {
            if (open_path)
                put(o, "\"/>\n");
            put(o, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                   "stroke-linejoin=\"round\" d=\"M%.2f,%.2f", colour, x, y);
            open_path = 1;
        } else {
            put(o, "L%.2f,%.2f", x, y);
        }
        prev = p;
    }
    if (open_path)
        put(o, "\"/>\n");

    /* Projection: dashed, from the anchor through the projected points. */
    int started = 0;
    for (size_t k = 0; k < s->n; k++) {
        const ts_chart_point *p = &s->pts[k];
        if (!p->projected)
            continue;
        if (!started) {
            put(o, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                   "stroke-dasharray=\"6 4\" d=\"M", colour);
            if (anchor)
                put(o, "%.2f,%.2fL", px(L, mid_day(anchor->period)), py(P, anchor->value));
            started = 1;
        } else {
            put(o, "L");
        }
        put(o, "%.2f,%.2f", px(L, mid_day(p->period)), py(P, p->value));
    }
    if (started)
        put(o, "\"/>\n");

    for (size_t k = 0; k < s->n; k++) {
        const ts_chart_point *p = &s->pts[k];
        double x = px(L, mid_day(p->period)), y = py(P, p->value);
        /* A figure for several years ("2016-2020: 8.07%/year") is drawn
         * across its whole span, so it is not mistaken for one year's. */
        if (p->period.last - p->period.first >= 366) {
            double x0 = px(L, p->period.first), x1 = px(L, p->period.last + 1.0);
            put(o, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" "
                   "d=\"M%.2f,%.2fV%.2fM%.2f,%.2fH%.2fM%.2f,%.2fV%.2f\"/>\n",
                colour, x0, y - 5, y + 5, x0, y, x1, x1, y - 5, y + 5);
        }
        if (!too_dense(s, L->width))
            draw_marker(o, shape, x, y, colour, p->status == 'E');
    }
}

/* Vertical grid lines and, under the last panel, the period labels. */
static void draw_x_axis(out *o, const layout *L, const panel_layout *P, int labels)
{
    const xaxis *xa = &L->x;
    int y0, m0, d0;
    ts_civil_from_days((int32_t)xa->x0, &y0, &m0, &d0);
    double bottom = P->top + P->h;
    /* Walk tick positions (year or month starts) across the range. */
    for (int i = 0;; i++) {
        int32_t day;
        int yy = y0, mm = m0;
        if (xa->years) {
            yy = y0 + i;
            day = year_start(yy);
        } else {
            mm = m0 + i;
            yy = y0 + (mm - 1) / 12;
            mm = (mm - 1) % 12 + 1;
            day = month_start(yy, mm);
        }
        if (day > xa->x1)
            break;
        int32_t next = xa->years ? year_start(yy + 1) : month_start(yy, mm + 1);
        int on_step = xa->years ? (yy % xa->step == 0) : ((mm - 1) % xa->step == 0);
        double x = px(L, day);
        if (on_step || xa->step == 1) {
            put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#e6e6e6\"/>\n",
                x, P->top, x, bottom);
            put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#444444\"/>\n",
                x, bottom, x, bottom + 4);
        }
        if (!labels || !on_step)
            continue;
        char text[16];
        if (xa->years)
            snprintf(text, sizeof text, "%d", yy);
        else
            snprintf(text, sizeof text, "%04d-%02d", yy, mm);
        /* A step of one labels the whole year (month) under its middle. */
        double lx = xa->step == 1 ? px(L, (day + (double)next) / 2.0) : x;
        if (xa->step == 1 && next > xa->x1)
            continue;
        put(o, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" fill=\"#222222\">%s</text>\n",
            lx, L->xlabels_y, text);
    }
}

static void draw_panel(out *o, const ts_chart *c, const layout *L, const panel_layout *P,
                       size_t pi, int last)
{
    put(o, "<g class=\"panel\">\n");
    double bottom = P->top + P->h;
    char tick[64];
    for (int i = 0; i < P->y.count; i++) {
        double v = P->y.first + i * P->y.step;
        double y = py(P, v);
        int zero = fabs(v) < P->y.step * 1e-9;
        put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\"/>\n",
            L->left, y, L->right, y, zero && i > 0 ? "#9a9a9a" : "#e6e6e6");
        ts_axis_format(v, P->y.step, tick, sizeof tick);
        put(o, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"end\" fill=\"#222222\">%s</text>\n",
            L->left - 7, y + FS_TICK * 0.35, tick);
    }
    draw_x_axis(o, L, P, last);
    put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#444444\"/>\n",
        L->left, P->top, L->left, bottom);
    put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#444444\"/>\n",
        L->left, bottom, L->right, bottom);
    /* The unit, rotated along the y axis. */
    double ax = 18, ay = P->top + P->h / 2;
    put(o, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\" fill=\"#222222\" "
           "transform=\"rotate(-90 %.2f %.2f)\">", ax, ay, ax, ay);
    put_text(o, ts_unit_axis_name(P->unit));
    put(o, "</text>\n");
    if (P->title[0]) {
        put(o, "<text x=\"%.2f\" y=\"%.2f\" font-weight=\"bold\" fill=\"#222222\">", L->left,
            P->top - 7);
        put_text(o, P->title);
        put(o, "</text>\n");
    }
    for (size_t i = 0; i < c->ns; i++)
        if (c->s[i].panel == pi)
            draw_series(o, L, P, &c->s[i], i);
    put(o, "</g>\n");
}

static void draw_legend(out *o, const ts_chart *c, const legend_item *items, size_t n, double top,
                        double plot_width)
{
    put(o, "<g class=\"legend\">\n");
    for (size_t i = 0; i < n; i++) {
        const legend_item *it = &items[i];
        double x = it->x, y = top + it->y + LEGEND_ROW_H / 2;
        switch (it->kind) {
        case LEG_SERIES: {
            const char *colour = palette[it->series % NPALETTE];
            put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" "
                   "stroke-width=\"2\"/>\n", x, y, x + SWATCH_W, y, colour);
            if (!too_dense(&c->s[it->series], plot_width))
                draw_marker(o, (int)(it->series % NMARKS), x + SWATCH_W / 2, y, colour, 0);
            break;
        }
        case LEG_ESTIMATE:
            draw_marker(o, MARK_CIRCLE, x + SWATCH_W / 2, y, "#555555", 1);
            break;
        case LEG_PROJECTION:
            put(o, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#555555\" "
                   "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n", x, y, x + SWATCH_W, y);
            break;
        default: {
            int own = it->series != SIZE_MAX;
            put(o, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"10\" fill=\"%s\" "
                   "fill-opacity=\"%.2f\"/>\n", x, y - 5, SWATCH_W,
                own ? palette[it->series % NPALETTE] : "#555555",
                it->kind == LEG_BAND80 ? (own ? 0.26 + 0.14 * (1 - 0.26) : 0.40) : (own ? 0.14 : 0.18));
            break;
        }
        }
        put(o, "<text x=\"%.2f\" y=\"%.2f\" fill=\"#222222\">", x + SWATCH_W + 6,
            y + FS_TICK * 0.35);
        put_text(o, it->text);
        put(o, "</text>\n");
    }
    put(o, "</g>\n");
}

int ts_chart_write_svg(const ts_chart *c, FILE *fp, ts_error *err)
{
    int32_t dmin = INT32_MAX, dmax = INT32_MIN;
    for (size_t i = 0; i < c->ns; i++) {
        for (size_t k = 0; k < c->s[i].n; k++) {
            ts_period p = c->s[i].pts[k].period;
            if (p.first < dmin) dmin = p.first;
            if (p.last > dmax) dmax = p.last;
        }
    }
    if (dmin > dmax)
        return ts_error_set(err, TS_EINVAL, "nothing to plot: no series has a point");

    double W = c->width, H = c->height;
    legend_item *items = calloc(c->ns + 4, sizeof *items);
    panel_layout *panels = calloc(c->npanels, sizeof *panels);
    if (!items || !panels) {
        free(items);
        free(panels);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    int rc = TS_OK;
    layout L = {0};
    L.panels = panels;
    L.np = c->npanels;

    /* Vertical budget: title, panels (each with its own title line when it
     * has one), x labels, legend rows, caption. */
    size_t nitems = 0;
    size_t rows = legend_build(c, 16, W - 32, items, &nitems);
    double top = c->title ? 44 : 16;
    double below = 30 + rows * LEGEND_ROW_H + (c->caption ? 22 : 6);
    double gaps = 0;
    for (size_t p = 0; p < L.np; p++) {
        for (size_t i = 0; i < c->ns; i++) {
            if (c->s[i].panel == p) {
                panels[p].unit = c->s[i].unit;
                panels[p].title = c->s[i].panel_title;
                break;
            }
        }
        gaps += (p > 0 ? 18 : 0) + (panels[p].title[0] ? 18 : 0);
    }
    double ph = (H - top - below - gaps) / (double)L.np;
    if (ph < MIN_PANEL_H) {
        rc = ts_error_set(err, TS_ERANGE,
                          "%zu panels do not fit in a height of %d pixels (each needs %.0f)",
                          L.np, c->height, MIN_PANEL_H);
        goto done;
    }
    double y = top, widest = 0;
    for (size_t p = 0; p < L.np; p++) {
        if (p > 0)
            y += 18;
        if (panels[p].title[0])
            y += 18;
        panels[p].top = y;
        panels[p].h = ph;
        y += ph;
        if ((rc = y_axis_fit(c, p, ph, &panels[p].y, err)) != TS_OK)
            goto done;
        for (int i = 0; i < panels[p].y.count; i++) {
            char tick[64];
            ts_axis_format(panels[p].y.first + i * panels[p].y.step, panels[p].y.step, tick,
                           sizeof tick);
            double w = text_width(tick, FS_TICK);
            if (w > widest) widest = w;
        }
    }
    /* Left: rotated unit label, gap, tick labels, gap. */
    L.left = 30 + widest + 10;
    L.right = W - 24;
    L.width = L.right - L.left;
    if (L.width < 60) {
        rc = ts_error_set(err, TS_ERANGE, "a width of %d pixels leaves no room to plot", c->width);
        goto done;
    }
    x_axis_fit(dmin, dmax + 1, L.width, &L.x);
    L.xlabels_y = y + 18;
    L.legend_y = y + 30;
    L.caption_y = L.legend_y + rows * LEGEND_ROW_H + 14;

    out o = {fp, 0};
    put(&o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put(&o, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" "
            "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"%s\" font-size=\"%.0f\">\n",
        c->width, c->height, c->width, c->height, FONT_FAMILY, FS_TICK);
    if (c->title) {
        put(&o, "<title>");
        put_text(&o, c->title);
        put(&o, "</title>\n");
    }
    put(&o, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", c->width,
        c->height);
    if (c->title) {
        put(&o, "<text x=\"%.2f\" y=\"28\" text-anchor=\"middle\" font-size=\"%.0f\" "
                "font-weight=\"bold\" fill=\"#111111\">", W / 2, FS_TITLE);
        put_text(&o, c->title);
        put(&o, "</text>\n");
    }
    for (size_t p = 0; p < L.np; p++)
        draw_panel(&o, c, &L, &panels[p], p, p + 1 == L.np);
    draw_legend(&o, c, items, nitems, L.legend_y, L.width);
    if (c->caption) {
        put(&o, "<text x=\"16\" y=\"%.2f\" font-size=\"%.0f\" fill=\"#666666\">", L.caption_y,
            FS_CAPTION);
        put_text(&o, c->caption);
        put(&o, "</text>\n");
    }
    put(&o, "</svg>\n");
    if (o.failed || fflush(fp) != 0 || ferror(fp))
        rc = ts_error_set(err, TS_EIO, "cannot write the chart");
done:
    free(items);
    free(panels);
    return rc;
}
