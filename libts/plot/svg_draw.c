/* Drawing the laid-out chart as SVG: panels with their axes and grid,
 * lines with markers, estimate and projection styles, interval bands, the
 * legend and the caption. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "plot/chart_impl.h"

/* Okabe-Ito colours (distinguishable with colour blindness), the yellow
 * left out because it vanishes on white. */
static const char *const palette[] = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7",
    "#E69F00", "#56B4E9", "#000000",
};
#define NPALETTE (sizeof palette / sizeof palette[0])
/* Markers differ too, so a chart printed in grey still tells lines apart. */
enum { MARK_CIRCLE, MARK_SQUARE, MARK_TRIANGLE, MARK_DIAMOND, NMARKS };

/* ---- drawing ---- */

/* fprintf that remembers the first failure, so drawing code stays flat. */
typedef struct {
    FILE *fp;
    int failed;
    int errnum;  /* errno of the first failed write */
} out;

static void put(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (vfprintf(o->fp, fmt, ap) < 0 && !o->failed) {
        o->failed = 1;
        o->errnum = errno;
    }
    va_end(ap);
}

static void put_text(out *o, const char *s)
{
    if (ts_xml_write_escaped(o->fp, s) != 0 && !o->failed) {
        o->failed = 1;
        o->errnum = errno;
    }
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
        if (!(which == 80 ? tsp_has_band80(p) : tsp_has_band95(p)))
            continue;
        double hi = which == 80 ? p->hi80 : p->hi95;
        if (used == 0) {
            put(o, "<path fill=\"%s\" fill-opacity=\"%.2f\" stroke=\"none\" d=\"M", colour, opacity);
            if (anchor)
                put(o, "%.2f,%.2fL", px(L, tsp_mid_day(anchor->period)), py(P, anchor->value));
        } else {
            put(o, "L");
        }
        put(o, "%.2f,%.2f", px(L, tsp_mid_day(p->period)), py(P, hi));
        used++;
    }
    if (used == 0)
        return;
    for (size_t k = s->n; k-- > 0;) {
        const ts_chart_point *p = &s->pts[k];
        if (!(which == 80 ? tsp_has_band80(p) : tsp_has_band95(p)))
            continue;
        double lo = which == 80 ? p->lo80 : p->lo95;
        put(o, "L%.2f,%.2f", px(L, tsp_mid_day(p->period)), py(P, lo));
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
        double x = px(L, tsp_mid_day(p->period)), y = py(P, p->value);
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
                put(o, "%.2f,%.2fL", px(L, tsp_mid_day(anchor->period)), py(P, anchor->value));
            started = 1;
        } else {
            put(o, "L");
        }
        put(o, "%.2f,%.2f", px(L, tsp_mid_day(p->period)), py(P, p->value));
    }
    if (started)
        put(o, "\"/>\n");

    for (size_t k = 0; k < s->n; k++) {
        const ts_chart_point *p = &s->pts[k];
        double x = px(L, tsp_mid_day(p->period)), y = py(P, p->value);
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
            day = tsp_year_start(yy);
        } else {
            mm = m0 + i;
            yy = y0 + (mm - 1) / 12;
            mm = (mm - 1) % 12 + 1;
            day = tsp_month_start(yy, mm);
        }
        if (day > xa->x1)
            break;
        int32_t next = xa->years ? tsp_year_start(yy + 1) : tsp_month_start(yy, mm + 1);
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
    double W = c->width;
    legend_item *items = calloc(c->ns + 4, sizeof *items);
    if (!items)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    layout L = {0};
    size_t nitems = 0;
    int rc = tsp_chart_layout(c, &L, items, &nitems, err);
    if (rc != TS_OK)
        goto done;
    out o = {fp, 0, 0};
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
        draw_panel(&o, c, &L, &L.panels[p], p, p + 1 == L.np);
    draw_legend(&o, c, items, nitems, L.legend_y, L.width);
    if (c->caption) {
        put(&o, "<text x=\"16\" y=\"%.2f\" font-size=\"%.0f\" fill=\"#666666\">", L.caption_y,
            FS_CAPTION);
        put_text(&o, c->caption);
        put(&o, "</text>\n");
    }
    put(&o, "</svg>\n");
    if (!o.failed && (fflush(fp) != 0 || ferror(fp))) {
        o.failed = 1;
        o.errnum = errno;
    }
    if (o.failed) /* the reason, e.g. a full disk */
        rc = ts_error_set(err, TS_EIO, "cannot write the chart: %s",
                          o.errnum ? strerror(o.errnum) : "write error");
done:
    free(items);
    free(L.panels);
    return rc;
}

