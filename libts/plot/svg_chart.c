/* The SVG line chart's model and layout: holds the series a tool adds,
 * and lays out panels (one y axis per unit), a time axis proportional to
 * period midpoints and a legend; svg_draw.c writes the drawing, axis.c
 * gives ticks and escaping. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "plot/chart_impl.h"

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
double tsp_text_width(const char *s, double fs)
{
    size_t cps = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            cps++;
    return (double)cps * fs * 0.58;
}


double tsp_mid_day(ts_period p)
{
    return (p.first + (double)p.last + 1.0) / 2.0;
}

int32_t tsp_year_start(int y) { return ts_days_from_civil(y, 1, 1); }

int32_t tsp_month_start(int y, int m)
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
        xa->x0 = tsp_year_start(y0);
        xa->x1 = tsp_year_start(y1 + 1);
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
        xa->x0 = tsp_month_start(y0, m0);
        xa->x1 = tsp_month_start(y1, m1 + 1);
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
int tsp_has_band80(const ts_chart_point *p)
{
    return p->projected && isfinite(p->lo80) && isfinite(p->hi80);
}
int tsp_has_band95(const ts_chart_point *p)
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
            if (tsp_has_band80(&c->s[i].pts[k]) || tsp_has_band95(&c->s[i].pts[k])) {
                banded = i;
                nbanded++;
                break;
            }
        }
    }
    if (nbanded != 1)
        banded = SIZE_MAX;
    if (any_point(c, tsp_has_band80))
        items[n++] = (legend_item){LEG_BAND80, banded, "80% interval", 0, 0, 0};
    if (any_point(c, tsp_has_band95))
        items[n++] = (legend_item){LEG_BAND95, banded, "95% interval", 0, 0, 0};
    size_t rows = n ? 1 : 0;
    double x = left;
    for (size_t i = 0; i < n; i++) {
        items[i].w = SWATCH_W + 6 + tsp_text_width(items[i].text, FS_TICK) + 18;
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


/* Lays the chart out (see chart_impl.h). */
int tsp_chart_layout(const ts_chart *c, layout *L, legend_item *items, size_t *nitems,
                     ts_error *err)
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
    panel_layout *panels = calloc(c->npanels, sizeof *panels);
    if (!panels)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    L->panels = panels;
    L->np = c->npanels;

    /* Vertical budget: title, panels (each with its own title line when it
     * has one), x labels, legend rows, caption. */
    size_t rows = legend_build(c, 16, W - 32, items, nitems);
    double top = c->title ? 44 : 16;
    double below = 30 + rows * LEGEND_ROW_H + (c->caption ? 22 : 6);
    double gaps = 0;
    for (size_t p = 0; p < L->np; p++) {
        for (size_t i = 0; i < c->ns; i++) {
            if (c->s[i].panel == p) {
                panels[p].unit = c->s[i].unit;
                panels[p].title = c->s[i].panel_title;
                break;
            }
        }
        gaps += (p > 0 ? 18 : 0) + (panels[p].title[0] ? 18 : 0);
    }
    double ph = (H - top - below - gaps) / (double)L->np;
    if (ph < MIN_PANEL_H)
        return ts_error_set(err, TS_ERANGE,
                            "%zu panels do not fit in a height of %d pixels (each needs %.0f)",
                            L->np, c->height, MIN_PANEL_H);
    double y = top, widest = 0;
    for (size_t p = 0; p < L->np; p++) {
        if (p > 0)
            y += 18;
        if (panels[p].title[0])
            y += 18;
        panels[p].top = y;
        panels[p].h = ph;
        y += ph;
        int rc = y_axis_fit(c, p, ph, &panels[p].y, err);
        if (rc != TS_OK)
            return rc;
        for (int i = 0; i < panels[p].y.count; i++) {
            char tick[64];
            ts_axis_format(panels[p].y.first + i * panels[p].y.step, panels[p].y.step, tick,
                           sizeof tick);
            double w = tsp_text_width(tick, FS_TICK);
            if (w > widest) widest = w;
        }
    }
    /* Left: rotated unit label, gap, tick labels, gap. */
    L->left = 30 + widest + 10;
    L->right = W - 24;
    L->width = L->right - L->left;
    if (L->width < 60)
        return ts_error_set(err, TS_ERANGE, "a width of %d pixels leaves no room to plot",
                            c->width);
    x_axis_fit(dmin, dmax + 1, L->width, &L->x);
    L->xlabels_y = y + 18;
    L->legend_y = y + 30;
    L->caption_y = L->legend_y + rows * LEGEND_ROW_H + 14;
    return TS_OK;
}
