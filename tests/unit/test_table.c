/* Unit tests for libts/agg/table*.c: number formatting (Vietnamese
 * separators), period ranges, the table formats with the growth column,
 * and the cross-area table: labels, caption, qualifiers where they
 * differ, source notes, CSV's BOM, HTML. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include "agg_fixture.h"

static void number_format(void **state)
{
    (void)state;
    static const struct { double v; int dec, vi; const char *want; } c[] = {
        {1304.372, 2, 1, "1.304,37"},
        {1304.372, 2, 0, "1304.37"},
        {-1234567.891, 2, 1, "-1.234.567,89"},
        {999.999, 2, 1, "1.000,00"},
        {64960, 0, 1, "64.960"},
        {123, 0, 1, "123"},
        {-0.001, 2, 0, "0.00"},
        {0.5, 3, 1, "0,500"},
        {100, 1, 1, "100,0"},
        {1e9, 0, 1, "1.000.000.000"},
        {NAN, 2, 1, ""},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        char buf[64];
        size_t n = ts_number_format(c[i].v, c[i].dec, c[i].vi, buf, sizeof buf);
        assert_string_equal(buf, c[i].want);
        assert_int_equal(n, strlen(c[i].want));
    }
    char small[5];
    ts_number_format(1304.372, 2, 1, small, sizeof small);
    assert_string_equal(small, "1.30"); /* truncated, still terminated */
}

static ts_period P(const char *t)
{
    ts_period p;
    assert_int_equal(ts_period_parse(t, strlen(t), &p, NULL), TS_OK);
    return p;
}

static void period_ranges(void **state)
{
    (void)state;
    ts_period *cols;
    size_t n;
    char b[TS_PERIOD_TEXT_MAX];
    assert_int_equal(ts_table_periods(P("2016"), P("2020"), &cols, &n, NULL), TS_OK);
    assert_int_equal(n, 5);
    ts_period_format(cols[4], b, sizeof b);
    assert_string_equal(b, "2020");
    free(cols);
    assert_int_equal(ts_table_periods(P("2023-11"), P("2024-02"), &cols, &n, NULL), TS_OK);
    assert_int_equal(n, 4);
    ts_period_format(cols[2], b, sizeof b);
    assert_string_equal(b, "2024-01");
    free(cols);
    assert_int_equal(ts_table_periods(P("2022-01/P10M"), P("2024-01/P10M"), &cols, &n, NULL),
                     TS_OK);
    assert_int_equal(n, 3);
    free(cols);
    assert_int_equal(ts_table_periods(P("2024-Q1"), P("2024-Q1"), &cols, &n, NULL), TS_OK);
    assert_int_equal(n, 1);
    free(cols);
    ts_error err;
    assert_int_equal(ts_table_periods(P("2020"), P("2016"), &cols, &n, &err), TS_EINVAL);
    assert_string_equal(err.msg, "the last period is before the first");
    assert_int_equal(ts_table_periods(P("2016"), P("2020-Q1"), &cols, &n, &err), TS_EINVAL);
    assert_string_equal(err.msg,
                        "the first and last period must be whole months of the same length");
    assert_int_equal(ts_table_periods(P("2024-Q1"), P("2024-05/P3M"), &cols, &n, &err),
                     TS_EINVAL);
    assert_string_equal(err.msg, "the last period is not a whole number of steps after the first");
    assert_int_equal(ts_table_periods(P("1000"), P("9999"), &cols, &n, NULL), TS_OK);
    free(cols);
    assert_int_equal(ts_table_periods(P("1000-01"), P("9999-12"), &cols, &n, &err), TS_ERANGE);
}

/* Two level series and a yoy series over 2016-2018. */
static char *render(ts_table_format f, ts_table_growth g, int vi, int with_cols)
{
    static const obs a[] = {{"2016", 2132, 0}, {"2017", 2512, 0}, {"2018", 2869, 0}};
    static const obs b[] = {{"2017", 6361.5, 0}, {"2015", 1, 0}};
    ts_series sa, sb;
    ts_series_set *set_a = make_series(a, 3, "bn_vnd", &sa);
    ts_series_set *set_b = make_series(b, 2, "bn_vnd", &sb);
    sb.indicator = "budget_exp&co";
    ts_period cols[3] = {P("2016"), P("2017"), P("2018")};
    ts_table *t = ts_table_new(cols, with_cols ? 3 : 0, NULL);
    assert_non_null(t);
    assert_int_equal(ts_table_add(t, &sa, NULL), TS_OK);
    assert_int_equal(ts_table_add(t, &sb, NULL), TS_OK);
    ts_series_set_free(set_a); /* rows are copies */
    ts_series_set_free(set_b);
    char *text;
    size_t len;
    FILE *fp = open_memstream(&text, &len);
    ts_table_opts o = {.format = f, .decimals = 2, .vi = vi, .growth = g};
    assert_int_equal(ts_table_write(t, fp, &o, NULL), TS_OK);
    fclose(fp);
    ts_table_free(t);
    return text;
}

static void formats(void **state)
{
    (void)state;
    char *s = render(TS_TABLE_TSV, TS_TABLE_GROWTH_CAGR, 0, 1);
    assert_string_equal(s, "indicator\tarea\tmeasure\tunit\t2016\t2017\t2018\tcagr_pct\n"
                           "x\ta\tlevel\tbn_vnd\t2132.00\t2512.00\t2869.00\t16.00\n"
                           "budget_exp&co\ta\tlevel\tbn_vnd\t\t6361.50\t\t\n");
    free(s);
    s = render(TS_TABLE_CSV, TS_TABLE_GROWTH_CHANGE, 1, 1);
    assert_string_equal(s, "indicator,area,measure,unit,2016,2017,2018,change_pct\n"
                           "x,a,level,bn_vnd,\"2.132,00\",\"2.512,00\",\"2.869,00\",\"34,57\"\n"
                           "budget_exp&co,a,level,bn_vnd,,\"6.361,50\",,\n");
    free(s);
    s = render(TS_TABLE_MD, TS_TABLE_GROWTH_NONE, 1, 1);
    assert_string_equal(s, "| indicator | area | measure | unit | 2016 | 2017 | 2018 |\n"
                           "|---|---|---|---|---:|---:|---:|\n"
                           "| x | a | level | bn_vnd | 2.132,00 | 2.512,00 | 2.869,00 |\n"
                           "| budget_exp&amp;co | a | level | bn_vnd |  | 6.361,50 |  |\n");
    free(s);
    s = render(TS_TABLE_LATEX, TS_TABLE_GROWTH_CAGR, 0, 1);
    assert_string_equal(s, "\\begin{tabular}{llllrrrr}\n\\toprule\n"
                           "indicator & area & measure & unit & 2016 & 2017 & 2018 & cagr\\_pct \\\\\n"
                           "\\midrule\n"
                           "x & a & level & bn\\_vnd & 2132.00 & 2512.00 & 2869.00 & 16.00 \\\\\n"
                           "budget\\_exp\\&co & a & level & bn\\_vnd &  & 6361.50 &  &  \\\\\n"
                           "\\bottomrule\n\\end{tabular}\n");
    free(s);
    /* Without --periods: every period present, sorted. */
    s = render(TS_TABLE_TSV, TS_TABLE_GROWTH_NONE, 0, 0);
    assert_string_equal(s, "indicator\tarea\tmeasure\tunit\t2015\t2016\t2017\t2018\n"
                           "x\ta\tlevel\tbn_vnd\t\t2132.00\t2512.00\t2869.00\n"
                           "budget_exp&co\ta\tlevel\tbn_vnd\t1.00\t\t6361.50\t\n");
    free(s);
}

static void write_error(void **state)
{
    (void)state;
    FILE *fp = fopen("/dev/full", "w");
    if (!fp)
        skip();
    ts_table *t = ts_table_new(NULL, 0, NULL);
    ts_table_opts o = {.format = TS_TABLE_TSV, .decimals = 2};
    ts_error err;
    assert_int_equal(ts_table_write(t, fp, &o, &err), TS_EIO);
    assert_string_equal(err.msg, "write error: No space left on device");
    fclose(fp);
    ts_table_free(t);
}

static void names(void **state)
{
    (void)state;
    ts_table_format f = TS_TABLE_TSV;
    assert_int_equal(ts_table_format_parse("latex", &f), TS_OK);
    assert_int_equal(f, TS_TABLE_LATEX);
    assert_int_equal(ts_table_format_parse("html", &f), TS_OK);
    assert_int_equal(f, TS_TABLE_HTML);
    assert_int_equal(ts_table_format_parse("docx", &f), TS_EINVAL);
    assert_int_equal(f, TS_TABLE_HTML);
    ts_table_by b = TS_TABLE_BY_SERIES;
    assert_int_equal(ts_table_by_parse("area", &b), TS_OK);
    assert_int_equal(b, TS_TABLE_BY_AREA);
    assert_int_equal(ts_table_by_parse("province", &b), TS_EINVAL);
    ts_table_growth g = TS_TABLE_GROWTH_NONE;
    assert_int_equal(ts_table_growth_parse("change", &g), TS_OK);
    assert_int_equal(g, TS_TABLE_GROWTH_CHANGE);
    assert_int_equal(ts_table_growth_parse("yoy", &g), TS_EINVAL);
}

/* Three areas' budget revenue, two years each, from their own reports. */
typedef struct {
    const char *area, *price, *source;
    double v[2];
} area_row;

static char *render_areas(const area_row *rows, size_t n, ts_table_opts *o)
{
    ts_period per[2] = {P("2022"), P("2023")};
    ts_table *t = ts_table_new(per, 2, NULL);
    for (size_t i = 0; i < n; i++) {
        const char *src[2] = {rows[i].source, rows[i].source};
        char st[2] = {'A', 'A'};
        ts_series s = {"budget.revenue", rows[i].area, "level", "bn_vnd", 2, per, rows[i].v, st,
                       src, rows[i].price, ""};
        assert_int_equal(ts_table_add(t, &s, NULL), TS_OK);
    }
    char *text;
    size_t len;
    FILE *fp = open_memstream(&text, &len);
    assert_int_equal(ts_table_write(t, fp, o, NULL), TS_OK);
    fclose(fp);
    ts_table_free(t);
    return text;
}

static int report_date(void *ctx, const char *source, int32_t *day)
{
    (void)ctx;
    if (strcmp(source, "kt.txt") != 0)
        return 0;
    *day = ts_days_from_civil(2024, 1, 15);
    return 1;
}

static void cross_area(void **state)
{
    (void)state;
    ts_gazetteer *g = ts_gazetteer_new(NULL);
    ts_labels *vi = ts_labels_new(TS_LABELS_VI, NULL, g, NULL);
    area_row rows[3] = {{"kon-tum", "const2010", "kt.txt", {2500, 2750.5}},
                        {"gia-lai", "const2010", "gl.txt", {5000, NAN}},
                        {"dak-lak", "const2010", "dl.txt", {7000, 7700}}};
    ts_table_opts o = {.format = TS_TABLE_MD, .decimals = 1, .vi = 1, .by = TS_TABLE_BY_AREA,
                       .labels = vi};
    char *s = render_areas(rows, 3, &o);
    assert_string_equal(s, "Table: Thu ngân sách nhà nước trên địa bàn (tỷ đồng; giá so sánh 2010)\n\n"
                           "| Địa bàn | 2022 | 2023 |\n"
                           "|---|---:|---:|\n"
                           "| Kon Tum | 2.500,0 | 2.750,5 |\n"
                           "| Gia Lai | 5.000,0 |  |\n"
                           "| Đắk Lắk | 7.000,0 | 7.700,0 |\n");
    free(s);
    /* A price basis that differs gets a column, and leaves the caption;
     * areas at different bases side by side only when allowed. */
    rows[1].price = "current";
    o.mixed_prices = 1;
    s = render_areas(rows, 3, &o);
    assert_string_equal(s, "Table: Thu ngân sách nhà nước trên địa bàn (tỷ đồng)\n\n"
                           "| Địa bàn | Giá | 2022 | 2023 |\n"
                           "|---|---|---:|---:|\n"
                           "| Kon Tum | giá so sánh 2010 | 2.500,0 | 2.750,5 |\n"
                           "| Gia Lai | giá hiện hành | 5.000,0 |  |\n"
                           "| Đắk Lắk | giá so sánh 2010 | 7.000,0 | 7.700,0 |\n");
    free(s);
    /* CSV: every key that is set gets a column; a BOM on request; notes. */
    o = (ts_table_opts){.format = TS_TABLE_CSV, .decimals = 0, .by = TS_TABLE_BY_AREA,
                        .labels = vi, .notes = 1, .bom = 1, .source_date = report_date,
                        .mixed_prices = 1};
    s = render_areas(rows, 2, &o);
    assert_string_equal(s, "\xEF\xBB\xBF"
                           "Địa bàn,Chỉ tiêu,Thước đo,Đơn vị tính,Giá,2022,2023\n"
                           "Kon Tum,Thu ngân sách nhà nước trên địa bàn,Giá trị,tỷ đồng,"
                           "giá so sánh 2010,2500 [1],2750 [1]\n"
                           "Gia Lai,Thu ngân sách nhà nước trên địa bàn,Giá trị,tỷ đồng,"
                           "giá hiện hành,5000 [2],\n"
                           "\nNguồn số liệu\n[1],kt.txt (2024-01-15)\n[2],gl.txt\n");
    free(s);
    /* HTML with ids: the caption, a header, markers and the notes. */
    rows[1].price = "const2010";
    o = (ts_table_opts){.format = TS_TABLE_HTML, .decimals = 0, .by = TS_TABLE_BY_AREA,
                        .notes = 1};
    s = render_areas(rows, 1, &o);
    assert_string_equal(s, "<table>\n<caption>budget.revenue (bn_vnd; const2010)</caption>\n"
                           "<thead>\n<tr><th>area</th><th style=\"text-align:right\">2022</th>"
                           "<th style=\"text-align:right\">2023</th></tr>\n</thead>\n<tbody>\n"
                           "<tr><td>kon-tum</td><td style=\"text-align:right\">2500<sup>1</sup></td>"
                           "<td style=\"text-align:right\">2750<sup>1</sup></td></tr>\n</tbody>\n"
                           "<tfoot><tr><td colspan=\"3\">sources:<br><sup>1</sup> kt.txt</td></tr>"
                           "</tfoot>\n</table>\n");
    free(s);
    /* LaTeX: the caption makes a table float. */
    o = (ts_table_opts){.format = TS_TABLE_LATEX, .decimals = 0, .by = TS_TABLE_BY_AREA};
    s = render_areas(rows, 1, &o);
    assert_string_equal(s, "\\begin{table}[htbp]\n\\centering\n"
                           "\\caption{budget.revenue (bn\\_vnd; const2010)}\n"
                           "\\begin{tabular}{lrr}\n\\toprule\narea & 2022 & 2023 \\\\\n"
                           "\\midrule\nkon-tum & 2500 & 2750 \\\\\n"
                           "\\bottomrule\n\\end{tabular}\n\\end{table}\n");
    free(s);
    ts_labels_free(vi);
    ts_gazetteer_free(g);
}

/* The rows of qual[0..n) (one 2023 value each) as a TSV table by series;
 * NULL with *rc the error when refused (then nothing was written). */
typedef struct {
    const char *ind, *area, *measure, *price, *plan_by;
    double value;
} qrow;

static char *qualified(const qrow *r, size_t n, int mixed, int *rc, ts_error *err)
{
    ts_period per[1] = {P("2023")};
    ts_table *t = ts_table_new(per, 1, NULL);
    for (size_t i = 0; i < n; i++) {
        const char *src[1] = {"r.txt"};
        char st[1] = {'A'};
        const char *unit = strcmp(r[i].measure, "level") == 0 ? "bn_vnd" : "pct";
        ts_series s = {r[i].ind, r[i].area, r[i].measure, unit, 1, per, &r[i].value, st, src,
                       r[i].price, r[i].plan_by};
        assert_int_equal(ts_table_add(t, &s, NULL), TS_OK);
    }
    char *text;
    size_t len;
    FILE *fp = open_memstream(&text, &len);
    ts_table_opts o = {.format = TS_TABLE_MD, .decimals = 1, .mixed_prices = mixed};
    *rc = ts_table_write(t, fp, &o, err);
    fclose(fp);
    ts_table_free(t);
    if (*rc != TS_OK) {
        assert_int_equal(len, 0);
        free(text);
        return NULL;
    }
    return text;
}

/* Areas at different named price bases are refused (issue 14): the
 * message names both; one area at two bases, and a blank basis beside a
 * named one, are tagged rows instead. */
static void mixed_prices(void **state)
{
    (void)state;
    int rc;
    ts_error err;
    static const qrow one_area[] = {
        {"gva.agriculture", "kon-tum", "yoy_pct", "const2010", "", 5.84},
        {"gva.agriculture", "kon-tum", "yoy_pct", "current", "", 11.9},
        {"budget.revenue", "kon-tum", "pct_plan", "", "central", 129.4},
        {"budget.revenue", "kon-tum", "pct_plan", "", "province", 93.3},
    };
    char *s = qualified(one_area, 4, 0, &rc, &err);
    assert_string_equal(s, "| indicator | area | measure | unit | price | plan_by | 2023 |\n"
                           "|---|---|---|---|---|---|---:|\n"
                           "| gva.agriculture | kon-tum | yoy_pct | pct | const2010 |  | 5.8 |\n"
                           "| gva.agriculture | kon-tum | yoy_pct | pct | current |  | 11.9 |\n"
                           "| budget.revenue | kon-tum | pct_plan | pct |  | central | 129.4 |\n"
                           "| budget.revenue | kon-tum | pct_plan | pct |  | province | 93.3 |\n");
    free(s);
    static const qrow areas[] = {
        {"grdp", "kon-tum", "level", "const2010", "", 18938.78},
        {"grdp", "gia-lai", "level", "current", "", 150000},
        {"grdp", "dak-lak", "level", "", "", 100000},
    };
    assert_null(qualified(areas, 3, 0, &rc, &err));
    assert_int_equal(rc, TS_EUNIT);
    assert_string_equal(err.msg, "grdp level: kon-tum at const2010 prices beside gia-lai at "
                                 "current prices");
    s = qualified(areas, 3, 1, &rc, &err);
    assert_non_null(s);
    free(s);
    s = qualified(areas + 1, 2, 0, &rc, &err); /* current beside blank */
    assert_non_null(s);
    free(s);
    /* Whichever row comes first: a second area at the first basis and
     * one at another. */
    static const qrow later[] = {
        {"grdp", "kon-tum", "level", "const2010", "", 1},
        {"grdp", "kon-tum", "level", "current", "", 2},
        {"grdp", "gia-lai", "level", "const2010", "", 3},
        {"grdp", "gia-lai", "yoy_pct", "current", "", 4}, /* another measure */
    };
    assert_null(qualified(later, 4, 0, &rc, &err));
    assert_string_equal(err.msg, "grdp level: gia-lai at const2010 prices beside kon-tum at "
                                 "current prices");
    s = qualified(later, 2, 0, &rc, &err);
    assert_non_null(s);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(number_format),
        cmocka_unit_test(period_ranges),
        cmocka_unit_test(formats),
        cmocka_unit_test(write_error),
        cmocka_unit_test(names),
        cmocka_unit_test(cross_area),
        cmocka_unit_test(mixed_prices),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
