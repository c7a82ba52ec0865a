/* Unit tests of the SVG chart (svg_chart.c) and its axes (axis.c): nice
 * ticks, tick labels, escaping, panels per unit, the drawing's structure
 * (well-formed XML, one marker per point, gaps, projections) and every
 * error class. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

/* ---- helpers ---- */

/* Renders c into a heap string (caller frees); asserts success. */
static char *render(const ts_chart *c)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_non_null(fp);
    ts_error e;
    int rc = ts_chart_write_svg(c, fp, &e);
    fclose(fp);
    if (rc != TS_OK)
        fail_msg("write_svg: %s", e.msg);
    return buf;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* A small well-formedness check: tags nest and close, attribute values are
 * quoted, '&' starts a known entity, and no '<' or '>' is loose in text.
 * Returns NULL when well-formed, else a static description. */
static const char *xml_check(const char *s)
{
    const char *stack[64];
    size_t stack_len[64];
    size_t depth = 0, roots = 0;
    const char *p = s;
    if (strncmp(p, "<?xml ", 6) == 0) {
        p = strstr(p, "?>");
        if (!p)
            return "unterminated XML declaration";
        p += 2;
    }
    while (*p) {
        if (*p == '&') {
            static const char *const ents[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
            int ok = 0;
            for (size_t i = 0; i < 5; i++)
                if (strncmp(p, ents[i], strlen(ents[i])) == 0)
                    ok = 1;
            if (!ok)
                return "bare '&' in text";
            p++;
            continue;
        }
        if (*p == '>')
            return "bare '>' in text";
        if (*p != '<') {
            p++;
            continue;
        }
        int closing = p[1] == '/';
        const char *name = p + 1 + closing;
        size_t nlen = strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-_");
        if (nlen == 0)
            return "tag without a name";
        const char *q = name + nlen;
        /* Attributes: name="value" with no '<' or bare '&' in values. */
        for (;;) {
            q += strspn(q, " \t\n");
            if (*q == '>' || (q[0] == '/' && q[1] == '>'))
                break;
            size_t an = strspn(q, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:-_");
            if (an == 0 || q[an] != '=' || q[an + 1] != '"')
                return "malformed attribute";
            q += an + 2;
            while (*q && *q != '"') {
                if (*q == '<')
                    return "'<' in an attribute value";
                if (*q == '&' && strncmp(q, "&amp;", 5) && strncmp(q, "&lt;", 4) &&
                    strncmp(q, "&gt;", 4) && strncmp(q, "&quot;", 6) && strncmp(q, "&apos;", 6))
                    return "bare '&' in an attribute value";
                q++;
            }
            if (!*q)
                return "unterminated attribute value";
            q++;
        }
        if (closing) {
            if (depth == 0 || stack_len[depth - 1] != nlen ||
                strncmp(stack[depth - 1], name, nlen) != 0)
                return "closing tag does not match";
            depth--;
            p = q + 1;
        } else if (*q == '/') {
            if (depth == 0)
                roots++;
            p = q + 2;
        } else {
            if (depth == 64)
                return "nesting too deep";
            if (depth == 0)
                roots++;
            stack[depth] = name;
            stack_len[depth++] = nlen;
            p = q + 1;
        }
    }
    if (depth)
        return "unclosed element";
    if (roots != 1)
        return "not exactly one root element";
    return NULL;
}

static ts_chart *chart_or_fail(void)
{
    ts_error e;
    ts_chart *c = ts_chart_new(&e);
    assert_non_null(c);
    return c;
}

static size_t add_series(ts_chart *c, const char *label, const char *unit, const char *panel)
{
    size_t i;
    ts_error e;
    assert_int_equal(ts_chart_add_series(c, label, unit, panel, &i, &e), TS_OK);
    return i;
}

static void add_year(ts_chart *c, size_t s, int year, double v, char status)
{
    ts_chart_point p;
    ts_chart_point_init(&p, ts_period_year(year), v);
    p.status = status;
    ts_error e;
    assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_OK);
}

/* ---- axis ticks ---- */

static void test_ticks_table(void **state)
{
    (void)state;
    static const struct {
        double lo, hi;
        int target;
        double first, step;
        int count;
    } cases[] = {
        {0, 100, 6, 0, 20, 6},
        {0, 100, 5, 0, 25, 5},
        {0, 6200, 5, 0, 2000, 5},
        {2132, 4600, 5, 2000, 1000, 4},
        {-1.5, 9.2, 5, -5, 5, 4},
        {0.013, 0.087, 5, 0, 0.02, 6},
        {5, 5, 5, 4.5, 0.25, 5},      /* one value: +-10% around it */
        {0, 0, 5, -1, 0.5, 5},        /* zero: +-1 */
        {-300, -100, 5, -300, 50, 5},
        {18938.78, 18938.78, 4, 16000, 2000, 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double first, step;
        int n;
        ts_error e;
        assert_int_equal(ts_axis_ticks(cases[i].lo, cases[i].hi, cases[i].target, &first, &step, &n, &e), TS_OK);
        if (fabs(first - cases[i].first) > 1e-9 || fabs(step - cases[i].step) > 1e-9 ||
            n != cases[i].count)
            fail_msg("case %zu (%g..%g): got first %g step %g count %d", i, cases[i].lo,
                     cases[i].hi, first, step, n);
        /* The ticks always cover the range. */
        assert_true(first <= cases[i].lo + 1e-9);
        assert_true(first + (n - 1) * step >= cases[i].hi - 1e-9);
    }
}

static void test_ticks_errors(void **state)
{
    (void)state;
    double first = 7, step = 7;
    int n = 7;
    ts_error e;
    assert_int_equal(ts_axis_ticks(NAN, 1, 5, &first, &step, &n, &e), TS_EINVAL);
    assert_string_equal(e.msg, "axis range is not finite");
    assert_int_equal(ts_axis_ticks(0, INFINITY, 5, &first, &step, &n, &e), TS_EINVAL);
    assert_int_equal(ts_axis_ticks(2, 1, 5, &first, &step, &n, &e), TS_EINVAL);
    assert_string_equal(e.msg, "axis range 2..1 is reversed");
    assert_int_equal(ts_axis_ticks(0, 1, 1, &first, &step, &n, &e), TS_EINVAL);
    assert_string_equal(e.msg, "axis needs at least 2 ticks, not 1");
    /* Outputs untouched on failure. */
    assert_true(first == 7 && step == 7 && n == 7);
}

static void test_axis_format(void **state)
{
    (void)state;
    static const struct {
        double v, step;
        const char *want;
    } cases[] = {
        {12500, 2500, "12,500"}, {2.5, 0.5, "2.5"},       {-0.25, 0.25, "-0.25"},
        {1e-17, 0.1, "0.0"},     {-1e-13, 5, "0"},        {1234567, 1000, "1,234,567"},
        {-1000, 500, "-1,000"},  {0.30000000000000004, 0.1, "0.3"},
        {999, 1, "999"},         {100, 2.5, "100.0"},     {0.02, 0.02, "0.02"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        size_t n = ts_axis_format(cases[i].v, cases[i].step, buf, sizeof buf);
        assert_string_equal(buf, cases[i].want);
        assert_int_equal(n, strlen(cases[i].want));
    }
    char small[4];
    ts_axis_format(12500, 100, small, sizeof small);
    assert_string_equal(small, "12,");
}

/* ---- escaping and unit names ---- */

static void test_xml_escape(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"GRDP & budget <2016-2020>", "GRDP &amp; budget &lt;2016-2020&gt;"},
        {"\"quoted\" 'single'", "&quot;quoted&quot; &apos;single&apos;"},
        {"a\x01" "b\tc\nd", "ab\tcd"},
        {"Thu ngân sách", "Thu ngân sách"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *fp = open_memstream(&buf, &len);
        assert_int_equal(ts_xml_write_escaped(fp, cases[i].in), 0);
        fclose(fp);
        assert_string_equal(buf, cases[i].want);
        free(buf);
    }
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IONBF, 0);
        assert_int_equal(ts_xml_write_escaped(full, "x&y"), -1);
        fclose(full);
    }
}

static void test_unit_names(void **state)
{
    (void)state;
    assert_string_equal(ts_unit_axis_name("bn_vnd"), "billion VND");
    assert_string_equal(ts_unit_axis_name("mn_usd"), "million USD");
    assert_string_equal(ts_unit_axis_name("pct"), "%");
    assert_string_equal(ts_unit_axis_name("head"), "head");
    assert_string_equal(ts_unit_axis_name("furlong"), "furlong");
}

/* ---- the chart object ---- */

static void test_panels_by_unit(void **state)
{
    (void)state;
    ts_chart *c = chart_or_fail();
    add_series(c, "budget.revenue", "bn_vnd", NULL);
    add_series(c, "budget.expenditure", "bn_vnd", "");
    assert_int_equal(ts_chart_panel_count(c), 1);
    add_series(c, "grdp yoy", "pct", NULL);
    assert_int_equal(ts_chart_panel_count(c), 2);
    /* Same unit, another panel title: its own panel. */
    add_series(c, "grdp", "bn_vnd", "GRDP");
    assert_int_equal(ts_chart_panel_count(c), 3);
    add_series(c, "grdp plan", "bn_vnd", "GRDP");
    assert_int_equal(ts_chart_panel_count(c), 3);
    assert_int_equal(ts_chart_series_count(c), 5);
    ts_chart_free(c);
    ts_chart_free(NULL);
}

static void test_chart_errors(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    size_t idx = 99;
    assert_int_equal(ts_chart_add_series(c, "", "pct", NULL, &idx, &e), TS_EINVAL);
    assert_string_equal(e.msg, "a series needs a label");
    assert_int_equal(ts_chart_add_series(c, "x", "", NULL, &idx, &e), TS_EINVAL);
    assert_string_equal(e.msg, "series 'x' has no unit");
    assert_int_equal(idx, 99);
    assert_int_equal(ts_chart_series_count(c), 0);

    assert_int_equal(ts_chart_set_size(c, 100, 500, &e), TS_ERANGE);
    assert_string_equal(e.msg, "width 100 is outside 200..10000");
    assert_int_equal(ts_chart_set_size(c, 800, 20000, &e), TS_ERANGE);
    assert_string_equal(e.msg, "height 20000 is outside 150..10000");

    /* Nothing to draw. */
    FILE *null = fopen("/dev/null", "w");
    assert_non_null(null);
    assert_int_equal(ts_chart_write_svg(c, null, &e), TS_EINVAL);
    assert_string_equal(e.msg, "nothing to plot: no series has a point");

    size_t s = add_series(c, "s", "pct", NULL);
    ts_chart_point p;
    ts_chart_point_init(&p, ts_period_year(2020), 1.0);
    assert_int_equal(ts_chart_add_point(c, s + 1, &p, &e), TS_ENOTFOUND);
    assert_string_equal(e.msg, "no series 1 (the chart has 1)");
    p.value = NAN;
    assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_EINVAL);
    assert_string_equal(e.msg, "series 's': value is not a finite number");
    p.value = 1.0;
    p.status = 'X';
    assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_EINVAL);
    assert_string_equal(e.msg, "series 's': status 'X' is neither A nor E");
    assert_int_equal(ts_chart_write_svg(c, null, &e), TS_EINVAL);

    /* Six panels cannot fit into 150 pixels. */
    static const char *const units[] = {"pct", "ha", "head", "tonne", "bn_vnd", "mn_usd"};
    for (size_t i = 0; i < 6; i++) {
        size_t k = add_series(c, units[i], units[i], NULL);
        add_year(c, k, 2020, 1, 'A');
    }
    assert_int_equal(ts_chart_set_size(c, 400, 150, &e), TS_OK);
    assert_int_equal(ts_chart_write_svg(c, null, &e), TS_ERANGE);
    assert_string_equal(e.msg, "6 panels do not fit in a height of 150 pixels (each needs 60)");
    fclose(null);

    /* A stream that fails. */
    assert_int_equal(ts_chart_set_size(c, 800, 1200, &e), TS_OK);
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        assert_int_equal(ts_chart_write_svg(c, full, &e), TS_EIO);
        assert_string_equal(e.msg, "cannot write the chart: No space left on device");
        fclose(full);
    }
    ts_chart_free(c);
}

static void test_svg_well_formed_and_escaped(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    assert_int_equal(ts_chart_set_title(c, "Revenue & spending <Kon Tum>", &e), TS_OK);
    assert_int_equal(ts_chart_set_caption(c, "Source: \"report\" 002 & 004", &e), TS_OK);
    size_t a = add_series(c, "budget.revenue <level> & \"plan\"", "bn_vnd", NULL);
    size_t b = add_series(c, "grdp", "pct", "GRDP growth & more");
    for (int y = 2016; y <= 2020; y++) {
        add_year(c, a, y, 2000 + 300 * (y - 2016), 'A');
        add_year(c, b, y, 7.5 - (y == 2020 ? 9 : 0), 'A');
    }
    char *svg = render(c);
    const char *why = xml_check(svg);
    if (why)
        fail_msg("not well-formed: %s\n%s", why, svg);
    assert_non_null(strstr(svg, "Revenue &amp; spending &lt;Kon Tum&gt;"));
    assert_non_null(strstr(svg, "budget.revenue &lt;level&gt; &amp; &quot;plan&quot;"));
    assert_non_null(strstr(svg, "GRDP growth &amp; more"));
    assert_non_null(strstr(svg, "Source: &quot;report&quot; 002 &amp; 004"));
    assert_null(strstr(svg, "<level>"));
    /* Both axes, with units spelled out. */
    assert_non_null(strstr(svg, ">billion VND</text>"));
    assert_non_null(strstr(svg, ">%</text>"));
    /* Year labels for the range and no year outside it. */
    for (int y = 2016; y <= 2020; y++) {
        char lab[32];
        snprintf(lab, sizeof lab, ">%d</text>", y);
        assert_int_equal(count(svg, lab), 1);
    }
    assert_null(strstr(svg, ">2021</text>"));
    assert_null(strstr(svg, ">2015</text>"));
    /* Nice y ticks: 2,000 .. 3,500 by 500 (zero is too far from 2000..3200
     * to bring in), and -5 .. 10 for the growth panel. */
    assert_non_null(strstr(svg, ">2,000</text>"));
    assert_non_null(strstr(svg, ">3,500</text>"));
    assert_null(strstr(svg, ">4,000</text>"));
    assert_non_null(strstr(svg, ">-5</text>"));
    assert_non_null(strstr(svg, ">10</text>"));
    /* Five circles for series 0 and five squares for series 1, plus their
     * legend swatches. */
    assert_int_equal(count(svg, "<circle"), 5 + 1);
    assert_int_equal(count(svg, "<rect x=") - 1 /* background */, 5 + 1);
    /* No projection drawn when there is none. */
    assert_null(strstr(svg, "stroke-dasharray"));
    assert_null(strstr(svg, "fill-opacity"));
    assert_null(strstr(svg, ">estimate</text>"));
    free(svg);
    ts_chart_free(c);
}

static void test_gap_breaks_line_and_sorting(void **state)
{
    (void)state;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "rev", "bn_vnd", NULL);
    /* Out of order, with 2019 missing: two solid runs. */
    add_year(c, s, 2020, 3000, 'A');
    add_year(c, s, 2016, 2132, 'A');
    add_year(c, s, 2018, 2869, 'A');
    add_year(c, s, 2017, 2512, 'A');
    char *svg = render(c);
    assert_int_equal(count(svg, "stroke-linejoin=\"round\" d=\"M"), 2);
    /* The first run's x coordinates increase (sorted by period). */
    const char *d = strstr(svg, "stroke-linejoin=\"round\" d=\"M");
    d += strlen("stroke-linejoin=\"round\" d=\"M");
    double x1, y1, x2, y2, x3, y3;
    assert_int_equal(sscanf(d, "%lf,%lfL%lf,%lfL%lf,%lf", &x1, &y1, &x2, &y2, &x3, &y3), 6);
    assert_true(x1 < x2 && x2 < x3);
    /* Higher values are drawn higher up (smaller y). */
    assert_true(y1 > y2 && y2 > y3);
    free(svg);
    ts_chart_free(c);
}

static void test_projection_bands_and_estimates(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "budget.revenue", "bn_vnd", NULL);
    add_year(c, s, 2021, 3500, 'A');
    add_year(c, s, 2022, 3900, 'A');
    add_year(c, s, 2023, 4200, 'E');
    for (int h = 1; h <= 3; h++) {
        ts_chart_point p;
        ts_chart_point_init(&p, ts_period_year(2023 + h), 4200 + 150 * h);
        p.status = 'E';
        p.projected = 1;
        p.lo80 = p.value - 200 * h;
        p.hi80 = p.value + 200 * h;
        p.lo95 = p.value - 320 * h;
        p.hi95 = p.value + 320 * h;
        assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_OK);
    }
    char *svg = render(c);
    assert_null(xml_check(svg));
    /* One dashed projection line (plus its legend swatch), two bands. */
    assert_int_equal(count(svg, "stroke-dasharray=\"6 4\" d=\"M"), 1);
    assert_int_equal(count(svg, "stroke-dasharray"), 2);
    assert_int_equal(count(svg, "stroke=\"none\" d=\"M"), 2);
    assert_non_null(strstr(svg, ">80% interval</text>"));
    assert_non_null(strstr(svg, ">95% interval</text>"));
    assert_non_null(strstr(svg, ">projection</text>"));
    assert_non_null(strstr(svg, ">estimate</text>"));
    /* Open markers for the estimate and the three projected points. */
    assert_int_equal(count(svg, "fill=\"#ffffff\" stroke=\"#0072B2\""), 4);
    /* The band's axis covers the widest 95% end (4650 + 960 = 5610). */
    assert_non_null(strstr(svg, ">6,000</text>"));
    /* The dashed line starts at the last actual point (2023, 4200): the
     * same coordinates as the solid line's end. */
    const char *dash = strstr(svg, "stroke-dasharray=\"6 4\" d=\"M") + strlen("stroke-dasharray=\"6 4\" d=\"M");
    double dx, dy;
    assert_int_equal(sscanf(dash, "%lf,%lf", &dx, &dy), 2);
    char anchor[64];
    snprintf(anchor, sizeof anchor, "L%.2f,%.2f\"/>", dx, dy);
    assert_non_null(strstr(svg, anchor));
    free(svg);
    ts_chart_free(c);
}

static void test_multi_year_span(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "avg", "pct", NULL);
    ts_chart_point p;
    ts_chart_point_init(&p, ts_period_years(2016, 2020), 8.07);
    assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_OK);
    size_t y = add_series(c, "yoy", "pct", NULL);
    add_year(c, y, 2017, 17.8, 'A');
    add_year(c, y, 2018, 14.22, 'A');
    char *svg = render(c);
    assert_null(xml_check(svg));
    /* One bar across the five years, none for the single years. */
    assert_int_equal(count(svg, "stroke-width=\"2.5\""), 1);
    const char *bar = strstr(svg, "stroke-width=\"2.5\" d=\"M");
    double x0, y0, y1, x0b, yb, x1;
    assert_int_equal(sscanf(bar + strlen("stroke-width=\"2.5\" d=\"M"), "%lf,%lfV%lfM%lf,%lfH%lf",
                            &x0, &y0, &y1, &x0b, &yb, &x1), 6);
    /* The axis covers 2016-2020 exactly, so the bar spans the plot. */
    assert_true(x1 - x0 > 600);
    free(svg);
    ts_chart_free(c);
}

static void test_monthly_axis(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "exports", "mn_usd", NULL);
    for (int m = 1; m <= 6; m++) {
        ts_chart_point p;
        ts_chart_point_init(&p, ts_period_month(2024, m), 10.0 * m);
        assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_OK);
    }
    char *svg = render(c);
    assert_null(xml_check(svg));
    for (int m = 1; m <= 6; m++) {
        char lab[40];
        snprintf(lab, sizeof lab, ">2024-%02d</text>", m);
        assert_int_equal(count(svg, lab), 1);
    }
    assert_null(strstr(svg, ">2024-07</text>"));
    assert_non_null(strstr(svg, ">million USD</text>"));
    free(svg);
    ts_chart_free(c);
}

static void test_few_whole_years_get_year_labels(void **state)
{
    (void)state;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "x", "ha", NULL);
    add_year(c, s, 2020, -5e12, 'A');
    add_year(c, s, 2021, -1e12, 'A');
    char *svg = render(c);
    assert_null(xml_check(svg));
    assert_int_equal(count(svg, ">2020</text>"), 1);
    assert_int_equal(count(svg, ">2021</text>"), 1);
    assert_null(strstr(svg, ">2020-01</text>"));
    assert_non_null(strstr(svg, ">-5,000,000,000,000</text>"));
    free(svg);
    ts_chart_free(c);
}

static void test_dense_series_has_no_markers(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    size_t s = add_series(c, "monthly", "ha", NULL);
    size_t y = add_series(c, "yearly", "ha", NULL);
    for (int i = 0; i < 240; i++) {
        ts_chart_point p;
        ts_chart_point_init(&p, ts_period_month(2005 + i / 12, i % 12 + 1), i);
        assert_int_equal(ts_chart_add_point(c, s, &p, &e), TS_OK);
    }
    for (int yr = 2005; yr < 2025; yr++)
        add_year(c, y, yr, 100, 'A');
    char *svg = render(c);
    assert_null(xml_check(svg));
    /* 240 months in ~700 pixels: no circles at all, even in the legend;
     * the 20 yearly squares and their legend swatch stay. */
    assert_int_equal(count(svg, "<circle"), 0);
    assert_int_equal(count(svg, "<rect x=") - 1, 20 + 1);
    free(svg);
    ts_chart_free(c);
}

static void test_long_span_thins_year_labels(void **state)
{
    (void)state;
    ts_error e;
    ts_chart *c = chart_or_fail();
    assert_int_equal(ts_chart_set_size(c, 300, 300, &e), TS_OK);
    size_t s = add_series(c, "x", "ha", NULL);
    for (int y = 1990; y <= 2024; y++)
        add_year(c, s, y, y - 1990, 'A');
    char *svg = render(c);
    assert_null(xml_check(svg));
    /* 35 years in ~240 pixels: every 10th year is labelled. */
    assert_non_null(strstr(svg, ">1990</text>"));
    assert_non_null(strstr(svg, ">2000</text>"));
    assert_null(strstr(svg, ">1995</text>"));
    assert_null(strstr(svg, ">1991</text>"));
    free(svg);
    ts_chart_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ticks_table),
        cmocka_unit_test(test_ticks_errors),
        cmocka_unit_test(test_axis_format),
        cmocka_unit_test(test_xml_escape),
        cmocka_unit_test(test_unit_names),
        cmocka_unit_test(test_panels_by_unit),
        cmocka_unit_test(test_chart_errors),
        cmocka_unit_test(test_svg_well_formed_and_escaped),
        cmocka_unit_test(test_gap_breaks_line_and_sorting),
        cmocka_unit_test(test_projection_bands_and_estimates),
        cmocka_unit_test(test_multi_year_span),
        cmocka_unit_test(test_monthly_axis),
        cmocka_unit_test(test_few_whole_years_get_year_labels),
        cmocka_unit_test(test_dense_series_has_no_markers),
        cmocka_unit_test(test_long_span_thins_year_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
