/* Unit tests of the table reader (libts/text/table_*.c, tables.c): each
 * layout (one cell per line with and without blank lines, tabs, pipes,
 * CSV, columns apart by spaces), headers of one and two rows, what the
 * row label and the column say together, numbers as the table writes
 * them (decimal mark, missing marks, footnote marks, signs), captions,
 * bad tables read in part with their reasons, and the yearbooks' tables
 * (bilingual, districts or years down the side). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_extract.h"
#include "ts_text.h"
#include "extract_fixture.h"


/* What a run gives: facts as "indicator measure period value status
 * [area] [[price]]", reasons as "cell: why", tables as "rows/columns/read/figures". */
typedef struct {
    char facts[8192];
    char why[8192];
    char tables[256];
} sink;

static void add(char *buf, size_t cap, const char *s)
{
    size_t l = strlen(buf);
    snprintf(buf + l, cap - l, "%s%s", l ? "; " : "", s);
}

static void on_fact(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    (void)offset;
    (void)excerpt;
    sink *s = user;
    char p[TS_PERIOD_TEXT_MAX], v[64], line[256];
    ts_period_format(f->period, p, sizeof p);
    ts_value_format(f->value, v, sizeof v);
    snprintf(line, sizeof line, "%s %s %s %s %c%s%s%s%s%s", f->indicator, f->measure, p, v,
             f->status, strcmp(f->area, "kon-tum") ? " " : "", strcmp(f->area, "kon-tum") ? f->area : "",
             f->price && f->price[0] ? " [" : "", f->price ? f->price : "",
             f->price && f->price[0] ? "]" : "");
    add(s->facts, sizeof s->facts, line);
}

static void on_reason(void *user, const char *q, const char *why, size_t offset,
                      const char *excerpt)
{
    (void)offset;
    (void)excerpt;
    sink *s = user;
    char line[256];
    snprintf(line, sizeof line, "%s: %s", q, why);
    add(s->why, sizeof s->why, line);
}

static void on_table(void *user, const ts_table_info *t)
{
    sink *s = user;
    char line[64];
    snprintf(line, sizeof line, "%zu/%zu/%zu/%zu", t->rows, t->columns, t->read, t->figures);
    add(s->tables, sizeof s->tables, line);
}

/* Reads text (lines apart by '\n') as a report of kon-tum whose period
 * is `period` ("" for none) into s. */
static void run(const char *text, const char *period, sink *s)
{
    memset(s, 0, sizeof *s);
    char *copy = strdup(text);
    assert_non_null(copy);
    size_t n = 1;
    for (const char *p = text; *p; p++)
        n += *p == '\n';
    ts_span *lines = calloc(n, sizeof *lines);
    assert_non_null(lines);
    size_t k = 0;
    for (char *p = copy;;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        lines[k].text = p;
        lines[k].len = strlen(p);
        lines[k].offset = (size_t)(p - copy);
        k++;
        if (!nl)
            break;
        p = nl + 1;
    }
    ts_extract_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.area = "kon-tum";
    cx.source = "t.txt";
    if (*period) {
        ts_error pe;
        assert_int_equal(ts_period_parse(period, strlen(period), &cx.period, &pe), TS_OK);
        cx.report = cx.target = cx.period;
    }
    ts_extract_sink sk = {.fact = on_fact, .unmatched = on_reason, .table = on_table, .user = s};
    ts_error e;
    assert_int_equal(ts_extract_tables_to(lines, k, &cx, LX, CAT, &sk, &e), TS_OK);
    free(lines);
    free(copy);
}

#define FACTS(text, period, want)                                                              \
    do {                                                                                       \
        sink s_;                                                                               \
        run(text, period, &s_);                                                                \
        assert_string_equal(s_.facts, want);                                                   \
    } while (0)

/* ---- layouts ---- */

static void test_one_cell_per_line(void **state)
{
    (void)state;
    /* No blank lines: every line a cell, a blank line an empty cell. */
    FACTS("Chỉ tiêu\nNăm 2022\nNăm 2023\nTổng đàn bò (con)\n45.200\n\nThu ngân sách nhà nước (tỷ đồng)\n"
          "3.000\n3.150\n",
          "2023",
          "livestock.cattle level 2022 45200 A; budget.revenue level 2022 3000 A; "
          "budget.revenue level 2023 3150 A");
    /* Blank lines between cells: a line of spaces is an empty cell, row
     * numbers and sections are no figures, the table ends at the prose. */
    FACTS("TT\n\nChỉ tiêu\n\nNăm 2022\n\nNăm 2023\n\nI\n\nKinh tế\n\n \n\n \n\n1\n\n"
          "Kim ngạch xuất khẩu (triệu USD)\n\n410,2\n\n452\n\n2\n\nTổng đàn lợn (con)\n\n \n\n"
          "118.300\n\nCâu văn sau bảng có số 2.000 con lợn và dài hơn một ô của bảng rất nhiều, "
          "vì nó là một đoạn văn của báo cáo chứ không phải là một ô của bảng số liệu.\n",
          "2023",
          "exports level 2022 410.2 A; exports level 2023 452 A; livestock.pig level 2023 118300 A");
    /* A unit column whose cell may be empty; sub-rows numbered "1.1". */
    FACTS("STT\nChỉ tiêu\nĐơn vị tính\nNăm 2022\nNăm 2023\n1\nTổng đàn gia súc\nCon\n186.500\n"
          "194.300\n1.1\nĐàn trâu\n\n20.100\n20.400\n1.2\nĐàn bò\n-\n45.200\n46.100\n",
          "2023",
          "livestock.total level 2022 186500 A; livestock.total level 2023 194300 A; "
          "livestock.buffalo level 2022 20100 A; livestock.buffalo level 2023 20400 A; "
          "livestock.cattle level 2022 45200 A; livestock.cattle level 2023 46100 A");
    /* A plan written as a range ("7,5-8,0") keeps its column and gives
     * no fact; the growth row above makes the sectors under it growth. */
    FACTS("Stt\n\nChỉ tiêu chủ yếu\n\nTH năm 2018\n\nKH năm 2019\n\nƯớc TH năm 2019\n\n"
          "Ghi chú\n\n1\n\nTốc độ tăng tổng sản phẩm trong tỉnh (GRDP) (%)\n\n6,61\n\n7,5-8,0\n\n"
          "7,18\n\nKhông đạt\n\n \n\nTr.đó:\n\n- Nông Lâm Ngư nghiệp (%)\n\n3,46\n\n2,28\n\n4,13%\n\n"
          "Đạt\n\n \n\n- Công nghiệp-Xây dựng (%)\n\n8,24\n\n10,56\n\n"
          "11,32%\n\n \n\n \n\n- Dịch vụ (%)\n\n6,78\n\n6,9\n\n7,39%\n\n \n\n"
          "2\n\nTỷ lệ chất thải rắn ở đô thị được thu gom (%)\n\n94\n\n96\n\n96\n\nĐạt\n",
          "2019",
          "grdp yoy_pct 2018 6.61 A; grdp yoy_pct 2019 7.18 E; gva.agriculture yoy_pct 2018 3.46 A; "
          "gva.agriculture yoy_pct 2019 4.13 E; gva.industry yoy_pct 2018 8.24 A; "
          "gva.industry yoy_pct 2019 11.32 E; gva.services yoy_pct 2018 6.78 A; gva.services "
          "yoy_pct 2019 7.39 E; env.waste_collected level 2018 94 A; "
          "env.waste_collected plan 2019 96 A; env.waste_collected level 2019 96 E");
    /* A head broken over two lines, its unit on the second ("(%/năm)");
     * the years of an average apart by a spaced dash; a row label's price
     * basis ("GDP (giá 1994)") is no column of the header. */
    FACTS("Chỉ tiêu\n\n2005\n\n2010\n\nTốc độ tăng bình quân 2005 - 2010\n\n(%/năm)\n\n"
          "GDP (giá 1994)\n\n6.236,3\n\n10.275,5\n\n10,4\n\n+ Dịch vụ\n\n2.655,4\n\n5.924,2\n\n"
          "17,4\n",
          "2010",
          "grdp level 2005 6236.3 A [const1994]; grdp level 2010 10275.5 A [const1994]; grdp "
          "avg_annual_pct 2005/2010 10.4 A [const1994]; gva.services level 2005 2655.4 A "
          "[const1994]; gva.services level 2010 5924.2 A [const1994]; gva.services avg_annual_pct "
          "2005/2010 17.4 A [const1994]");
}

static void test_rows_of_cells(void **state)
{
    (void)state;
    /* Tabs as a Word or PDF reader gives a row: empty cells keep their
     * place; a unit column; a row number. */
    FACTS("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2022\tNăm 2023\n"
          "1\tThu ngân sách nhà nước\tTỷ đồng\t\t3.287\n"
          "2\tTổng đàn gia súc\tNghìn con\t186,5\t194,3\n",
          "2023",
          "budget.revenue level 2023 3287 A; livestock.total level 2022 186500 A; "
          "livestock.total level 2023 194300 A");
    /* A monthly report's table: the month, what was done so far ("Lũy
     * kế 10 tháng") and the index against the same period. */
    FACTS("Chỉ tiêu\tĐVT\tThực hiện tháng 10\tLũy kế 10 tháng\tSo cùng kỳ (%)\n"
          "Thu ngân sách nhà nước\ttỷ đồng\t512\t6.140\t108,5\n",
          "2024-10",
          "budget.revenue level 2024-10 512 A; budget.revenue level 2024-01/P10M 6140 A; "
          "budget.revenue yoy_pct 2024-10 8.5 A");
    /* Pipes, with the rule under the header and bare years. */
    FACTS("| Chỉ tiêu | ĐVT | 2022 | 2023 |\n|---|---|---:|---:|\n"
          "| Kim ngạch xuất khẩu | Triệu USD | 410,2 | 452 |\n",
          "2023", "exports level 2022 410.2 A; exports level 2023 452 A");
    /* Pipes after each cell: the header's first pipe closes the label
     * column's empty head ("| Đơn vị | KH 2014 | ...") over rows whose
     * label comes first. */
    FACTS("| Đơn vị | KH 2014 | ƯTH 2014 | So sánh (%) |\n"
          "- Tổng kim ngạch xuất khẩu | Tr. USD | 150 | 95 | 63,4 |\n"
          "- Tổng vốn đầu tư phát triển toàn xã hội | Tỷ đồng | 14.000 | 14.141,3 | 101 |\n",
          "2014",
          "exports plan 2014 150 A; exports level 2014 95 E; exports pct_plan 2014 63.4 A; "
          "investment.total plan 2014 14000 A; investment.total level 2014 14141.3 E; "
          "investment.total pct_plan 2014 101 A");
    /* "Giá trị hàng hóa xuất khẩu" is exports; food per head is no
     * income per head. */
    FACTS("TT Chỉ tiêu Đơn vị 2010 2012\n\n1 Lương thực bình quân đầu người Kg/người 367 386\n\n"
          "2 Giá trị hàng hóa xuất khẩu Triệu USD 98,9 136,5\n",
          "2012", "exports level 2010 98.9 A; exports level 2012 136.5 A");
    /* CSV: ';' with Vietnamese marks; ',' with quoted fields. */
    FACTS("Chỉ tiêu;ĐVT;Năm 2022;Năm 2023\nTổng đàn lợn;Con;120.500;118.300\n"
          "Tỷ lệ hộ nghèo;%;4,1;3,4\n",
          "2023",
          "livestock.pig level 2022 120500 A; livestock.pig level 2023 118300 A; "
          "social.poverty_rate level 2022 4.1 A; social.poverty_rate level 2023 3.4 A");
    FACTS("Chỉ tiêu,ĐVT,Năm 2022,Năm 2023\n\"Tổng đàn lợn\",Con,\"120,500\",\"118,300\"\n"
          "Tỷ lệ hộ nghèo,%,4.1,3.4\n",
          "2023",
          "livestock.pig level 2022 120500 A; livestock.pig level 2023 118300 A; "
          "social.poverty_rate level 2022 4.1 A; social.poverty_rate level 2023 3.4 A");
    /* Prose with commas is no CSV. */
    FACTS("Năm 2022, năm 2023, năm 2024 đều tăng.\nThu ngân sách, chi ngân sách, đầu tư.\n", "2023",
          "");
}

/* Rows as the Word and PDF readers give them: a merged cell repeated over
 * the cells it covers, in the header and in a section row; a column of
 * notes; a unit cell the lexicon cannot read. */
static void test_reader_rows(void **state)
{
    (void)state;
    sink s;
    run("Chỉ tiêu\tĐVT\tNăm 2023\tNăm 2023\tNăm 2024\tGhi chú\n"
        "Chỉ tiêu\tĐVT\tKH\tTH\tKH\tGhi chú\n"
        "I. Kinh tế\tI. Kinh tế\tI. Kinh tế\tI. Kinh tế\tI. Kinh tế\tI. Kinh tế\n"
        "Tổng đàn lợn\tCon\t120.000\t118.300\t125.000\tsơ bộ\n"
        "Thu ngân sách nhà nước\tNg.đồng\t3.000\t3.150\t3.300\t\n",
        "2024", &s);
    assert_string_equal(s.facts, "livestock.pig plan 2023 120000 A; livestock.pig level 2023 "
                                 "118300 A; livestock.pig plan 2024 125000 A");
    assert_string_equal(s.why, "3.000: a unit the lexicon does not read; 3.150: a unit the "
                               "lexicon does not read; 3.300: a unit the lexicon does not read");
    /* A data row with an estimate word in a note is no second header row. */
    FACTS("Chỉ tiêu\tĐVT\tNăm 2022\tNăm 2023\tGhi chú\n"
          "Tổng đàn lợn\tCon\t120.500\t118.300\tsơ bộ\n",
          "2023", "livestock.pig level 2022 120500 A; livestock.pig level 2023 118300 A");
}

/* Cells apart by single spaces, as a web page's or a thesis's table is
 * copied: rows run on in one paragraph, or one a line. */
static void test_spaced(void **state)
{
    (void)state;
    /* Run on: row numbers and a page number between rows; a unit split
     * from its scale by a line break. */
    FACTS("TT Chỉ tiêu ĐVT Năm 2017 Năm 2018 Năm 2019 1 Thu ngân sách trên địa bàn Tỷ đồng "
          "856,5 878,3 919,7 2 Tỷ lệ hộ nghèo % 14,14 10,55 6,81 3 Thu nhập bình quân đầu người "
          "Triệu\n\nđồng 57,3 61,2 76,5\n\n34 4 Tổng đàn gia súc Con 14.788 17.267 19.526\n\n"
          "(Nguồn: Chi cục Thống kê huyện) Năm 2019 thu ngân sách tăng 4,7%.\n",
          "2019",
          "budget.revenue level 2017 856.5 A; budget.revenue level 2018 878.3 A; "
          "budget.revenue level 2019 919.7 A; social.poverty_rate level 2017 14.14 A; "
          "social.poverty_rate level 2018 10.55 A; social.poverty_rate level 2019 6.81 A; "
          "grdp.per_capita level 2017 57.3 A; grdp.per_capita level 2018 61.2 A; "
          "grdp.per_capita level 2019 76.5 A; livestock.total level 2017 14788 A; "
          "livestock.total level 2018 17267 A; livestock.total level 2019 19526 A");
    /* One a line, plan and actual columns; a year in a label is no
     * figure; a label's own words with a year may end the header line. */
    FACTS("Chỉ tiêu Đơn vị tính Kế hoạch năm 2019 Thực hiện năm 2019 Kế hoạch năm 2020\n"
          "1 Tổng vốn đầu tư toàn xã hội (giá so sánh 2010) Tỷ đồng 4800 7.100 11.000\n"
          "2 Tỷ lệ hộ nghèo % 0,98 0,9 1,47\n",
          "2019",
          "investment.total plan 2019 4800 A [const2010]; investment.total level 2019 7100 A "
          "[const2010]; investment.total plan 2020 11000 A [const2010]; social.poverty_rate plan "
          "2019 0.98 A; "
          "social.poverty_rate level 2019 0.9 A; social.poverty_rate plan 2020 1.47 A");
    /* Bare years, no unit column (the label's bracket has it), a dash
     * for a missing figure; "BQ" is "bình quân". */
    FACTS("Chỉ tiêu 2013 2014 2015 Tăng BQ 2013-2015 (%) 1. Thu ngân sách (tỷ đồng) 700 - 820 "
          "8,2 2. Tổng vốn đầu tư toàn xã hội (tỷ đồng) 5.100 5.600 6.050 8,9\n",
          "2015",
          "budget.revenue level 2013 700 A; budget.revenue level 2015 820 A; "
          "budget.revenue avg_annual_pct 2013/2015 8.2 A; investment.total level 2013 5100 A; "
          "investment.total level 2014 5600 A; investment.total level 2015 6050 A; "
          "investment.total avg_annual_pct 2013/2015 8.9 A");
    /* "Năm" heading the labels' column; an economy's percentages are its
     * growth. */
    FACTS("Năm 2006 2007 2008 KH 2009\n"
          "GDP (tỷ đồng) 24.237,7 32.704,1 39.758,1 42.462,2\n"
          "GDP/năm (%) 19,7 22,7 17,4 11,2\n",
          "2008",
          "grdp level 2006 24237.7 A; grdp level 2007 32704.1 A; grdp level 2008 39758.1 A; grdp "
          "plan 2009 42462.2 A; grdp yoy_pct 2006 19.7 A; grdp yoy_pct 2007 22.7 A; grdp yoy_pct "
          "2008 17.4 A");
    /* The years alone on the header's line under a caption, rows run on;
     * not under a header broken over lines ("2006-" above). */
    FACTS("Bảng 2.4: Tổng sản phẩm trên địa bàn Tỉnh giai đoạn 2008 – 2010\n"
          "Đơn vị tính: Triệu đồng\n"
          "2008 2009 2010\n"
          "TỔNG SỐ 29.172.467 31.903.016 36.202.478\n"
          "- Công nghiệp và xây dựng 18.761.678 20.535.367 23.555.093 - Dịch vụ 6.881.658 7.710.172 "
          "8.843.253\n",
          "2010",
          "grdp level 2008 29172.467 A; grdp level 2009 31903.016 A; grdp level 2010 36202.478 A; "
          "gva.industry level 2008 18761.678 A; gva.industry level 2009 20535.367 A; gva.industry "
          "level 2010 23555.093 A; gva.services level 2008 6881.658 A; gva.services level 2009 "
          "7710.172 A; gva.services level 2010 8843.253 A");
    FACTS("Tốc độ tăng trưởng (%) Chỉ tiêu 2001-\n2005\n2006-\n2010 2011 2012\n"
          "Tăng trưởng GDP chung 8,0 12,0 10,42 10,2\n"
          "Nông lâm thuỷ sản 4,9 4,6 4,0 3,9\n",
          "2012", "");
    /* A label's unit broken after its slashes. */
    FACTS("Năm 2011 2012 2013\n"
          "Thu nhập bình quân (triệu đồng/ người/ năm) 14,0 16,1 18,4\n"
          "Kim ngạch xuất khẩu (triệu USD) 12,4 14 15,63\n",
          "2013",
          "grdp.per_capita level 2011 14 A; grdp.per_capita level 2012 16.1 A; grdp.per_capita "
          "level 2013 18.4 A; exports level 2011 12.4 A; exports level 2012 14 A; exports level 2013 "
          "15.63 A");
    /* A numbered line with a label and no figures heads the unmarked rows
     * under it, up to the next numbered row. */
    FACTS("Chỉ tiêu Đơn vị tính Kế hoạch năm 2019 Thực hiện năm 2019\n"
          "1 Cơ cấu kinh tế\n"
          "Dịch vụ % 56 56,2\n"
          "Nông, lâm, thủy sản % 4,3 4,1\n"
          "2 Thu ngân sách Nhà nước Tỷ đồng 423 428,2\n",
          "2019",
          "grdp.share.services plan 2019 56 A; grdp.share.services level 2019 56.2 A; "
          "grdp.share.agriculture plan 2019 4.3 A; grdp.share.agriculture level 2019 4.1 A; "
          "budget.revenue plan 2019 423 A; budget.revenue level 2019 428.2 A");
    /* A row of its own line with fewer figures than columns: the first
     * columns'. */
    FACTS("Chỉ tiêu ĐV tính 2015 2016 2017 2018\n"
          "Thu ngân sách trên địa bàn Tỷ đồng 700 750 820 0\n"
          "Tỷ lệ hộ nghèo % 9,5 8,1\n",
          "2018",
          "budget.revenue level 2015 700 A; budget.revenue level 2016 750 A; "
          "budget.revenue level 2017 820 A; budget.revenue level 2018 0 A; "
          "social.poverty_rate level 2015 9.5 A; social.poverty_rate level 2016 8.1 A");
    /* A cell only the other decimal mark reads is read so (a slip):
     * "10.5" among "14,14"; "GDP/người" is per head. */
    FACTS("Chỉ tiêu ĐVT Năm 2018 Năm 2019 1 Tỷ lệ hộ nghèo % 14,14 10.5 2 GDP/người Triệu đồng "
          "57,3 61.0\n",
          "2019",
          "social.poverty_rate level 2018 14.14 A; social.poverty_rate level 2019 10.5 A; "
          "grdp.per_capita level 2018 57.3 A; grdp.per_capita level 2019 61 A");
    /* Gross output holds: the sectors under it are its parts, not value
     * added. */
    FACTS("Chỉ tiêu ĐVT Năm 2014 Năm 2015 Tổng giá trị sản xuất Tỷ đồng 5.480,8 6.064,9 - Nông, lâm, "
          "thủy sản \" 873,5 926,7 - Dịch vụ \" 2.147,1 2.413,8\n",
          "2015", "");
    /* The years alone on the line under the label words ("TT Chỉ tiêu
     * ĐVT Năm"); a label a line break cuts before a lower-case word goes
     * on (not a row heading others). */
    FACTS("TT Chỉ tiêu ĐVT Năm\n2014 2015 2016\n1 Tổng sản phẩm trong\ntỉnh (GRDP) Tỷ đồng 14.568 "
          "15.601 16.615\n2 Tỷ lệ hộ nghèo % 12,4 10,9 9,1\n",
          "2016",
          "grdp level 2014 14568 A; grdp level 2015 15601 A; grdp level 2016 16615 A; "
          "social.poverty_rate level 2014 12.4 A; social.poverty_rate level 2015 10.9 A; "
          "social.poverty_rate level 2016 9.1 A");
    /* The last column's head goes on to the next line ("TTBQ" over
     * "2006-2010": a yearly average growth); "GDP/ người" is per head;
     * sector rows under "II Cơ cấu ngành (%)" are shares. */
    FACTS("Bảng 2. GDP của tỉnh phân theo ngành\nChỉ tiêu 2008 2009 2010 TTBQ\n2008-2010\nI Giá trị (tỷ đồng)\n"
          "Dịch vụ 3.100 3.540 4.020 13,9\nGDP/ người (triệu đồng) 18,2 21,0 25,4 18,1\n"
          "II Cơ cấu ngành (%) 100 100 100\nDịch vụ 41,2 41,9 42,6\n",
          "2010",
          "gva.services level 2008 3100 A; gva.services level 2009 3540 A; gva.services level 2010 "
          "4020 A; gva.services avg_annual_pct 2008/2010 13.9 A; grdp.per_capita level 2008 18.2 A; "
          "grdp.per_capita level 2009 21 A; grdp.per_capita level 2010 25.4 A; grdp.per_capita "
          "avg_annual_pct 2008/2010 18.1 A; grdp.share.services level 2008 41.2 A; "
          "grdp.share.services level 2009 41.9 A; grdp.share.services level 2010 42.6 A");
    /* "Tổng giá trị" under a caption naming GDP and a parent naming
     * nothing is GDP; rows run on in one line with fewer figures than
     * columns (no TTBQ) part where the next label opens with a capital;
     * "Công nghiệp-XD" under "Cơ cấu ngành" is a share. */
    FACTS("Bảng 3. GDP tỉnh phân theo ngành\nChỉ tiêu 2008 2009 2010 TTBQ\n2008-2010\nI Giá trị (tỷ "
          "đồng)\nTổng giá trị 8.347 9.488 10.721 13,3\nII Cơ cấu ngành (%) 100 100 100\nNông lâm "
          "nghiệp 7,70 7,20 6,51 Công nghiệp-XD 52,23 53,07 53,32 Dịch vụ-du lịch 40,07 39,73 "
          "40,17\n",
          "2010",
          "grdp level 2008 8347 A; grdp level 2009 9488 A; grdp level 2010 10721 A; grdp "
          "avg_annual_pct 2008/2010 13.3 A; grdp.share.agriculture level 2008 7.7 A; "
          "grdp.share.agriculture level 2009 7.2 A; grdp.share.agriculture level 2010 6.51 A; "
          "grdp.share.industry level 2008 52.23 A; grdp.share.industry level 2009 53.07 A; "
          "grdp.share.industry level 2010 53.32 A; grdp.share.services level 2008 40.07 A; "
          "grdp.share.services level 2009 39.73 A; grdp.share.services level 2010 40.17 A");
    /* A caption opening the header's line ("Bảng 2.1: ... TT Các chỉ
     * tiêu chủ yếu ĐVT 2006 ..."); a label of its own line whose unit and
     * figures follow on the next lines ("Tỷ" and "đồng 7.041,70 ...")
     * goes on to them, no heading of other rows. */
    FACTS("Bảng 2.1: Một số chỉ tiêu của tỉnh giai đoạn 2006 - 2013 TT Các chỉ tiêu chủ yếu ĐVT 2006 "
          "2010 2013\n1 Tổng sản phẩm trên địa bàn (GDP) giá hiện hành\nTỷ\nđồng 7.041,70 15.622,58 "
          "32.051,56 2 Tỷ lệ hộ nghèo % 30,1 20,4 12,3\n",
          "2013",
          "grdp level 2006 7041.7 A [current]; grdp level 2010 15622.58 A [current]; grdp level 2013 "
          "32051.56 A [current]; social.poverty_rate level 2006 30.1 A; social.poverty_rate level "
          "2010 20.4 A; social.poverty_rate level 2013 12.3 A");
    /* A column the header's line does not show (its head set over lines
     * with no period): its figures before the next label are dropped, so
     * "- Nông nghiệp" stays a part of gross output. */
    FACTS("Chỉ tiêu ĐVT 2009 2010 2011 Tốc\nđộ tăng\nbq (%)\n1. Tổng giá trị sản xuất Tỷ đồng 895 "
          "961 1.070 13,6 - Nông nghiệp Tỷ đồng 331 358 392 8,7 2. Tỷ lệ hộ nghèo % 12,1 10,5 9,2 "
          "-1,4\n",
          "2011",
          "social.poverty_rate level 2009 12.1 A; social.poverty_rate level 2010 10.5 A; "
          "social.poverty_rate level 2011 9.2 A");
    /* A growth word alone on a line heads the rows under it: a label a
     * line break cut ("Tốc độ tăng trưởng" over "GDP (%) 10,4 ..."). */
    FACTS("Chỉ tiêu 2009 2010\nGDP ( tỷ Đ) 8.918 9.950\nTốc độ tăng trưởng\nGDP (%) 12,3 11,6\n",
          "2010",
          "grdp level 2009 8918 A; grdp level 2010 9950 A; grdp yoy_pct 2009 12.3 A; grdp yoy_pct "
          "2010 11.6 A");
    /* Heads repeated under every period, after the years or on a line
     * of their own ("Tỷ đồng % Tỷ đồng %", "GDP Tỉ lệ %"): an amount and a
     * share of the whole the caption names for each year, the rows run
     * on, a label cut by a line break. */
    FACTS("Bảng 2: Tổng sản phẩm và cơ cấu kinh tế huyện\nCác ngành\n2016 2018\n"
          "Tỷ đồng % Tỷ đồng %\nNông, lâm nghiệp\nvà thủy sản 412,5 38,2 455,0 33,9 Dịch vụ "
          "380,6 35,3 501,2 37,4\n",
          "2018",
          "gva.agriculture level 2016 412.5 A; gva.agriculture level 2018 455 A; "
          "grdp.share.agriculture level 2016 38.2 A; grdp.share.agriculture level 2018 33.9 A; "
          "gva.services level 2016 380.6 A; gva.services level 2018 501.2 A; "
          "grdp.share.services level 2016 35.3 A; grdp.share.services level 2018 37.4 A");
    FACTS("Cơ cấu GDP theo ngành\nĐơn vị: tỷ đồng\nNgành kinh tế 2005 2010 GDP Tỉ lệ % GDP Tỉ lệ % "
          "- Dịch vụ 210.4 30.1 498.0 35.2 - Công nghiệp - xây dựng 300.2 42.9 610.5 43.1\n",
          "2010",
          "gva.services level 2005 210.4 A; gva.services level 2010 498 A; grdp.share.services "
          "level 2005 30.1 A; grdp.share.services level 2010 35.2 A; gva.industry level 2005 "
          "300.2 A; gva.industry level 2010 610.5 A; grdp.share.industry level 2005 42.9 A; "
          "grdp.share.industry level 2010 43.1 A");
    /* ... but a line of years under prose is no header. */
    FACTS("Thu ngân sách tăng khá qua các năm\n2014 2015 2016\n1 Thu ngân sách Tỷ đồng 700 750 820\n",
          "2016", "");
    /* Prose that opens with a label word and names periods is no table
     * without rows of figures. */
    FACTS("Lĩnh vực nông nghiệp năm 2014 và năm 2015 tăng trưởng khá, giá trị sản xuất tăng 4,1% "
          "và 3,9%.\n",
          "2015", "");
}

static void test_columns_by_place(void **state)
{
    (void)state;
    /* pdftotext -layout: a missing cell leaves the others under their
     * headers. */
    FACTS("Chỉ tiêu                      Năm 2021     Năm 2022     Năm 2023\n"
          "Tổng đàn bò (con)               45.200                    47.000\n"
          "Tổng đàn lợn (con)             120.500      118.300      121.000\n",
          "2023",
          "livestock.cattle level 2021 45200 A; livestock.cattle level 2023 47000 A; "
          "livestock.pig level 2021 120500 A; livestock.pig level 2022 118300 A; "
          "livestock.pig level 2023 121000 A");
}

/* A budget table laid out by spaces, its header stacked over six lines. */
#define STACKED_BUDGET                                                                          \
          "                                                                Ước tính 9 tháng năm 2022 so\n" \
          "                                                                          với (%)\n" \
          "                              Thực hiện 9 tháng   Ước tính 9 tháng\n" \
          "                                 năm 2021            năm 2022\n" \
          "                                 (Tr. đồng)          (Tr. đồng)  Cùng kỳ 9 tháng   Kế hoạch năm\n" \
          "                                                                    năm 2021           2022\n" \
          "\n" \
          "  Tổng thu ngân sách           4.210.500,00        4.650.300,00      110,45           78,20\n" \
          "  Tổng chi ngân sách           6.120.000,00        6.505.700,00      106,30           71,05\n"

/* pdftotext -layout: each column's head stacked over lines in its
 * place, a group's head over two columns, "so với (%)" over the base
 * ("Cùng kỳ", a plan); "(Tr. đồng)" is millions. */
static void test_stacked_heads(void **state)
{
    (void)state;
    FACTS(STACKED_BUDGET,
          "2022-01/P9M",
          "budget.revenue level 2021-01/P9M 4210.5 A; budget.revenue level 2022-01/P9M 4650.3 E; "
          "budget.revenue yoy_pct 2022-01/P9M 10.45 E; budget.revenue pct_plan 2022-01/P9M 78.2 E; "
          "budget.expenditure level 2021-01/P9M 6120 A; budget.expenditure level 2022-01/P9M 6505.7 "
          "E; budget.expenditure yoy_pct 2022-01/P9M 6.3 E; budget.expenditure pct_plan 2022-01/P9M "
          "71.05 E");
    /* A pipe table: "KH đề ra" is the plan; a column with its own year
     * and a base ("Ước TH 2014 so với năm 2013 (%)") is that year's
     * index; "Tr.đồng" is millions. */
    FACTS("Chỉ tiêu | Đơn vị tính | TH năm 2013 | KH năm 2014 | Ước TH 2014 | Ước TH so với KH đề ra "
          "(%) | Ước TH 2014 so với năm 2013 (%) |\n"
          "2. GDP bình quân đầu người | Tr.đồng | 28 | 34 | 37 | 108,8 | 132,1 |\n"
          "5. Thu ngân sách | Tỷ đồng | 3.900 | 4.250 | 4.490 | 105,6 | 115,1 |\n",
          "2014",
          "grdp.per_capita level 2013 28 A; grdp.per_capita plan 2014 34 A; grdp.per_capita level "
          "2014 37 E; grdp.per_capita pct_plan 2014 108.8 E; grdp.per_capita yoy_pct 2014 32.1 E; "
          "budget.revenue level 2013 3900 A; budget.revenue plan 2014 4250 A; budget.revenue level "
          "2014 4490 E; budget.revenue pct_plan 2014 105.6 E; budget.revenue yoy_pct 2014 15.1 E");
    /* Against a period other than the same one a year before: not read. */
    FACTS("Chỉ tiêu\tƯớc tính 9 tháng năm 2022 so với (%)\t\n\t9 tháng năm 2020\tKế hoạch năm 2022\n"
          "Tổng thu ngân sách (tỷ đồng)\t121,5\t78,2\n",
          "2022-01/P9M", "budget.revenue pct_plan 2022-01/P9M 78.2 E");
    /* A stacked header, then a table single spaces part: the second's
     * re-cut keeps the texts the first header's cells point into. */
    sink s;
    run(STACKED_BUDGET
          "\nTT Chỉ tiêu ĐVT Năm 2017 Năm 2018 1 Thu ngân sách trên địa bàn Tỷ đồng 856,5 878,3 2 "
          "Tỷ lệ hộ nghèo % 14,14 10,55\n",
        "2022-01/P9M", &s);
    assert_non_null(strstr(s.facts, "budget.revenue yoy_pct 2022-01/P9M 10.45 E; budget.revenue "
                                    "pct_plan 2022-01/P9M 78.2 E"));
}

/* ---- headers ---- */

static void test_two_row_headers(void **state)
{
    (void)state;
    /* A year over KH / TH / %, one cell per line: "%" after a plan and a
     * level column is the share of the plan. */
    FACTS("Chỉ tiêu\nNăm 2022\nNăm 2023\nKH\nTH\n%\nKH\nTH\n%\n"
          "Thu ngân sách nhà nước (tỷ đồng)\n2.800\n2.905\n103,8\n3.000\n3.150\n105,0\n",
          "2023",
          "budget.revenue plan 2022 2800 A; budget.revenue level 2022 2905 A; budget.revenue "
          "pct_plan 2022 103.8 A; budget.revenue plan 2023 3000 A; budget.revenue level 2023 3150 "
          "A; budget.revenue pct_plan 2023 105 A");
    /* A caption over the years. */
    FACTS("Chỉ tiêu\nKết quả đạt được\nNăm 2022\nNăm 2023\nTổng đàn bò (con)\n45.200\n46.100\n",
          "2023", "livestock.cattle level 2022 45200 A; livestock.cattle level 2023 46100 A");
    /* A group over the years, and the span's yearly average as a column
     * of its own listed before the years, one cell per line. */
    FACTS("Chỉ tiêu\nTốc độ tăng so với năm trước (%)\nBình quân giai đoạn 2021-2023 (%)\n"
          "Năm 2021\nNăm 2022\nNăm 2023\nThu ngân sách nhà nước\n6,2\n8,4\n9,0\n7,9\n",
          "2023",
          "budget.revenue yoy_pct 2021 6.2 A; budget.revenue yoy_pct 2022 8.4 A; budget.revenue "
          "yoy_pct 2023 9 A; budget.revenue avg_annual_pct 2021/2023 7.9 A");
    /* Levels by year and their yearly average growth; a rate's is in
     * points. */
    FACTS("Chỉ tiêu\tNăm 2021\tNăm 2023\tTăng bình quân 2021-2023 (%/năm)\n"
          "Thu ngân sách nhà nước (tỷ đồng)\t2.900\t3.350\t7,5\n"
          "Tỷ lệ hộ nghèo (%)\t6,1\t4,2\t-0,9\n",
          "2023",
          "budget.revenue level 2021 2900 A; budget.revenue level 2023 3350 A; budget.revenue "
          "avg_annual_pct 2021/2023 7.5 A; social.poverty_rate level 2021 6.1 A; "
          "social.poverty_rate level 2023 4.2 A");
    /* A year over its amounts and their shares ("Triệu đồng | %"): the
     * caption names the whole ("cơ cấu GDP"), so a sector's share is its
     * share of GRDP and "Tổng số" its amount; the total's 100 is no
     * catalogue share.  "Cơ cấu (%)" says it in
     * words; without a whole named the shares are not read. */
    FACTS("Bảng 3: Giá trị và cơ cấu GDP theo ngành\n"
          "Ngành\t2015\t\t2016\t\n\tTriệu đồng\t%\tTriệu đồng\t%\n"
          "Nông, lâm nghiệp và thủy sản\t1.204.500\t30,2\t1.266.000\t29,1\n"
          "Dịch vụ\t1.780.300\t44,6\t1.985.700\t45,6\n"
          "Tổng số\t3.990.000\t100\t4.350.000\t100\n",
          "2016",
          "gva.agriculture level 2015 1204.5 A; gva.agriculture level 2016 1266 A; "
          "grdp.share.agriculture level 2015 30.2 A; grdp.share.agriculture level 2016 29.1 A; "
          "gva.services level 2015 1780.3 A; gva.services level 2016 1985.7 A; "
          "grdp.share.services level 2015 44.6 A; grdp.share.services level 2016 45.6 A; "
          "grdp level 2015 3990 A; grdp level 2016 4350 A");
    FACTS("Giá trị và cơ cấu GDP\nNgành\n2015\n2016\nTỷ đồng\n%\nTỷ đồng\n%\n"
          "Dịch vụ\n1.780,3\n44,6\n1.985,7\n45,6\n",
          "2016",
          "gva.services level 2015 1780.3 A; gva.services level 2016 1985.7 A; "
          "grdp.share.services level 2015 44.6 A; grdp.share.services level 2016 45.6 A");
    FACTS("Bảng 4: Cơ cấu kinh tế huyện\nNgành\tNăm 2020\t\n\tTỷ đồng\tCơ cấu (%)\n"
          "Công nghiệp - xây dựng\t812,4\t38,5\n",
          "2020", "gva.industry level 2020 812.4 A; grdp.share.industry level 2020 38.5 A");
    FACTS("Bảng 5: Tổng sản phẩm theo ngành\nNgành\tNăm 2020\t\n\tTỷ đồng\t%\n"
          "Dịch vụ\t812,4\t38,5\nNông, lâm nghiệp và thủy sản\t300,1\t14,2\n",
          "2020", "gva.services level 2020 812.4 A; gva.agriculture level 2020 300.1 A");
    /* A group over the periods and a column of the last one's
     * contribution to growth ("của năm 2023": its own period), not read. */
    FACTS("Tốc độ tăng tổng sản phẩm trên địa bàn\nTốc độ tăng so với cùng kỳ năm trước - %\n"
          "Đóng góp của năm 2023 vào tăng trưởng (%)\n6 tháng đầu năm 2022\n"
          "6 tháng đầu năm 2023\nTổng số\n7,1\n6,4\n6,4\n"
          "Khu vực dịch vụ\n8,2\n7,5\n3,1\n",
          "2023-H1",
          "grdp yoy_pct 2022-H1 7.1 A; grdp yoy_pct 2023-H1 6.4 A; gva.services yoy_pct 2022-H1 "
          "8.2 A; gva.services yoy_pct 2023-H1 7.5 A");
    /* Tabs: merged cells leave the top row's cells empty. */
    FACTS("Chỉ tiêu\tNăm 2023\t\tNăm 2024\n\tƯớc TH\tSo cùng kỳ (%)\tKH\n"
          "Tổng đàn lợn (con)\t118.300\t98,2\t125.000\n",
          "2023",
          "livestock.pig level 2023 118300 E; livestock.pig yoy_pct 2023 -1.8 A; livestock.pig "
          "plan 2024 125000 A");
}

static void test_header_words(void **state)
{
    (void)state;
    /* A plan's issuer after its word ("Nghị quyết HĐND") is no word
     * that makes a label of the cell: the column of the plan. */
    FACTS("Chỉ tiêu\tĐVT\tNghị quyết HĐND\tThực hiện năm 2022\n"
          "Tổng vốn đầu tư toàn xã hội\tTỷ đồng\t5.900\t6.519\n",
          "2022", "investment.total plan 2022 5900 A; investment.total level 2022 6519 A");
    FACTS("Chỉ tiêu\tTH 6 tháng 2023\t2023/2022 (%)\tSo với năm 2022 (%)\tTăng, giảm (%)\n"
          "Tổng đàn lợn (con)\t60.500\t104,2\t103,1\t2,5\n",
          "2023",
          "livestock.pig level 2023-H1 60500 A; livestock.pig yoy_pct 2023 4.2 A; livestock.pig "
          "yoy_pct 2023 3.1 A; livestock.pig yoy_pct 2023 2.5 A");
    /* Measures only: the caption's period, else the report's. */
    FACTS("KẾT QUẢ THU NGÂN SÁCH NĂM 2022\nChỉ tiêu\tDự toán\tThực hiện\tTH/KH (%)\n"
          "Thu ngân sách nhà nước (tỷ đồng)\t3.000\t3.150\t105,0\n",
          "2023",
          "budget.revenue plan 2022 3000 A; budget.revenue level 2022 3150 A; budget.revenue "
          "pct_plan 2022 105 A");
    FACTS("Chỉ tiêu\tKH\tTH\nThu ngân sách nhà nước (tỷ đồng)\t3.000\t3.150\n", "2023",
          "budget.revenue plan 2023 3000 A; budget.revenue level 2023 3150 A");
    /* Against the month before: not read; an index's row against the
     * same period a year before is its change (a rate's would not be). */
    FACTS("Chỉ tiêu\tTháng 6/2016 so với tháng trước\t6 tháng năm 2016 so với cùng kỳ năm "
          "trước\n"
          "Chỉ số phát triển sản xuất công nghiệp\t96,85\t109,00\n"
          "Tổng kim ngạch xuất khẩu\t77,25\t113,44\n"
          "Tỷ lệ hộ nghèo\t99,1\t95,2\n",
          "2016-H1",
          "industry.production_index yoy_pct 2016-H1 9 A; exports yoy_pct 2016-H1 13.44 A");
    /* A span of years. */
    FACTS("Chỉ tiêu\tGiai đoạn 2016-2020\tNăm 2021\n"
          "Tốc độ tăng trưởng GRDP bình quân (%/năm)\t7,1\t-\n",
          "2021", "grdp avg_annual_pct 2016/2020 7.1 A");
}

static void test_caption(void **state)
{
    (void)state;
    /* Unit and place from the lines above the header. */
    FACTS("Biểu 3. Ngân sách tỉnh Gia Lai\nĐơn vị tính: tỷ đồng\nChỉ tiêu\tNăm 2022\tNăm 2023\n"
          "Thu ngân sách nhà nước\t5.120\t5.400\nTỷ lệ hộ nghèo (%)\t6,1\t5,2\n",
          "2023",
          "budget.revenue level 2022 5120 A gia-lai; budget.revenue level 2023 5400 A gia-lai; "
          "social.poverty_rate level 2022 6.1 A gia-lai; social.poverty_rate level 2023 5.2 A "
          "gia-lai");
    /* The indicator from the caption, for the row of its total; its
     * parts are not the catalogue's. */
    FACTS("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\nĐơn vị tính: tỷ đồng\n"
          "Chỉ tiêu\tNăm 2022\tNăm 2023\nTổng số\t41.200\t45.900\nDịch vụ ăn uống\t7.100\t7.300\n",
          "2023", "retail.sales level 2022 41200 A; retail.sales level 2023 45900 A");
    /* A caption over indices against the year before: 107,52 is +7,52%;
     * the caption's indicator is the topic of the sector rows. */
    FACTS("Tốc độ phát triển tổng sản phẩm trên địa bàn so với cùng kỳ năm trước (%)\n"
          "Chỉ tiêu\tQuý I năm 2024\t6 tháng năm 2024\nTổng số\t107,52\t108,10\n"
          "Nông, lâm nghiệp và thủy sản\t103,2\t104,0\n",
          "2024",
          "grdp yoy_pct 2024-Q1 7.52 A; grdp yoy_pct 2024-H1 8.1 A; gva.agriculture yoy_pct 2024-Q1 "
          "3.2 A; gva.agriculture yoy_pct 2024-H1 4 A");
    /* A caption that names the structure makes the sector rows shares
     * ("kinh tế" inside it names no GRDP); a header led by "Cơ cấu
     * ngành" in place of "Chỉ tiêu", cells apart by single spaces. */
    FACTS("Bảng 2: Cơ cấu ngành kinh tế của huyện\n"
          "Cơ cấu ngành Năm 2018 Năm 2020\nNông, lâm nghiệp & TS 31,2 27,5\n"
          "Công nghiệp - Xây dựng 30,1 33,8\nDịch vụ 38,7 38,7\n",
          "2020",
          "grdp.share.agriculture level 2018 31.2 A; grdp.share.agriculture level 2020 27.5 A; "
          "grdp.share.industry level 2018 30.1 A; grdp.share.industry level 2020 33.8 A; "
          "grdp.share.services level 2018 38.7 A; grdp.share.services level 2020 38.7 A");
    FACTS("Cơ cấu kinh tế\nChỉ tiêu\tNăm 2023\nDịch vụ\t41,6\n", "2023",
          "grdp.share.services level 2023 41.6 A");
    /* A caption that names GRDP as well holds its levels: the rows say
     * which are shares. */
    FACTS("Tổng sản phẩm và cơ cấu kinh tế\nChỉ tiêu\tNăm 2023\n"
          "Tổng sản phẩm (tỷ đồng)\t52.400\n- Dịch vụ (tỷ đồng)\t21.800\n",
          "2023", "grdp level 2023 52400 A; gva.services level 2023 21800 A");
}

/* ---- rows and columns together ---- */

static void test_row_meaning(void **state)
{
    (void)state;
    /* Growth rows, sub-rows that take the parent's growth, a change of a
     * rate (not recorded), a rate's level. */
    sink s;
    run("Chỉ tiêu\tNăm 2022\tNăm 2023\n"
        "Tốc độ tăng trưởng GRDP (%)\t6,5\t7,2\n"
        "- Nông, lâm nghiệp và thủy sản\t3,1\t-0,4\n"
        "- Công nghiệp - xây dựng tăng (%)\t9,8\t10,2\n"
        "Tỷ lệ hộ nghèo giảm (%)\t1,5\t1,2\n"
        "Tỷ lệ che phủ rừng (%)\t45,1\t45,6\n",
        "2023", &s);
    assert_string_equal(s.facts, "grdp yoy_pct 2022 6.5 A; grdp yoy_pct 2023 7.2 A; "
                                 "gva.agriculture yoy_pct 2022 3.1 A; gva.agriculture yoy_pct "
                                 "2023 -0.4 A; gva.industry yoy_pct 2022 9.8 A; gva.industry "
                                 "yoy_pct 2023 10.2 A; forest.cover level 2022 45.1 A; "
                                 "forest.cover level 2023 45.6 A");
    assert_non_null(strstr(s.why, "1,5: the label gives no measure"));
    /* A sub-row's marker in a cell of its own, one cell per line and in
     * the row-number column. */
    FACTS("STT\nChỉ tiêu\nNăm 2022\nNăm 2023\n1\nTốc độ tăng trưởng GRDP (%)\n6,5\n7,2\n-\n"
          "Nông, lâm nghiệp và thủy sản\n3,1\n-0,4\n-\nDịch vụ\n7,0\n-\n",
          "2023",
          "grdp yoy_pct 2022 6.5 A; grdp yoy_pct 2023 7.2 A; gva.agriculture yoy_pct 2022 3.1 A; "
          "gva.agriculture yoy_pct 2023 -0.4 A; gva.services yoy_pct 2022 7 A");
    FACTS("STT\tChỉ tiêu\tNăm 2023\n1\tTốc độ tăng trưởng GRDP (%)\t7,2\n+\tDịch vụ\t6,1\n", "2023",
          "grdp yoy_pct 2023 7.2 A; gva.services yoy_pct 2023 6.1 A");
    /* Header words in brackets are notes; a change against the same
     * period is the change. */
    FACTS("Chỉ tiêu\tKH 2024 (NQ HĐND tỉnh)\tTăng/giảm so với cùng kỳ (%)\n"
          "Tổng đàn lợn (con)\t125.000\t-1,8\n",
          "2024", "livestock.pig plan 2024 125000 A; livestock.pig yoy_pct 2024 -1.8 A");
    /* Shares of the economy under "Cơ cấu": the parent's words. */
    FACTS("Chỉ tiêu\tNăm 2023\nCơ cấu kinh tế (%)\t100\n- Nông, lâm nghiệp và thủy sản\t24,5\n"
          "- Dịch vụ\t40,1\n",
          "2023",
          "grdp.share.agriculture level 2023 24.5 A; grdp.share.services level 2023 40.1 A");
    /* ... and unmarked rows under a structure's row with its figures
     * ("Cơ cấu kinh tế (%) | 100"), which no number heads. */
    FACTS("Chỉ tiêu 2009 2010\nTổng sản phẩm (tỷ đồng) 1.240 1.380\nCơ cấu kinh tế (%) 100 100\n"
          "Nông lâm, thuỷ sản (%) 21,4 19,8\nDịch vụ, du lịch (%) 22,7 24,1\n",
          "2010",
          "grdp level 2009 1240 A; grdp level 2010 1380 A; grdp.share.agriculture level 2009 21.4 A; "
          "grdp.share.agriculture level 2010 19.8 A; grdp.share.services level 2009 22.7 A; "
          "grdp.share.services level 2010 24.1 A");
    /* "Trong đó:" makes the rows after it parts; a rate per person. */
    FACTS("Chỉ tiêu\tNăm 2023\nTổng thu ngân sách nhà nước (tỷ đồng)\t3.150\nTrong đó:\n"
          "Thu tiền sử dụng đất\t820\nGRDP bình quân đầu người (triệu đồng/người)\t62,5\n",
          "2023",
          "budget.revenue level 2023 3150 A; budget.revenue.land level 2023 820 A; "
          "grdp.per_capita level 2023 62.5 A");
    /* Row and column disagree. */
    run("Chỉ tiêu\tKH 2023\tƯớc TH 2023\tSo KH (%)\nTốc độ tăng trưởng GRDP (%)\t7,0\t6,8\t97,1\n",
        "2023", &s);
    assert_string_equal(s.facts, "grdp yoy_pct 2023 6.8 E");
    assert_string_equal(s.why, "7,0: a growth target; 97,1: the row and the column name "
                               "different measures");
}

static void test_units(void **state)
{
    (void)state;
    sink s;
    /* A unit the lexicon cannot read leaves the row out; two units: the
     * last one is the cells'. */
    run("Chỉ tiêu\tNăm 2023\nTổng vốn đầu tư toàn xã hội (1000 tỷ đồng)\t16.320\n"
        "Thu ngân sách nhà nước tăng (%) (tỷ đồng)\t5.010\n"
        "Kim ngạch xuất khẩu (ha)\t12\nGRDP bình quân đầu người (USD)\t2.000\n",
        "2023", &s);
    assert_string_equal(s.facts, "budget.revenue level 2023 5010 A");
    assert_string_equal(s.why, "16.320: a unit the lexicon does not read; 12: its unit does not "
                               "convert to the indicator's; 2.000: its unit does not convert to "
                               "the indicator's");
}

/* ---- numbers ---- */

static void test_numbers(void **state)
{
    (void)state;
    /* Missing marks, footnote marks, signs, brackets. */
    FACTS("Chỉ tiêu\tNăm 2019\tNăm 2020\tNăm 2021\tNăm 2022\tNăm 2023\n"
          "Tốc độ tăng trưởng GRDP (%)\t6,1(1)\t−2,3\t(+0,6)\t7,2*\t8,0\xc2\xb9\n"
          "Tổng đàn bò (con)\t-\t..\tx\tn/a\t\xe2\x80\xa6\n",
          "2023",
          "grdp yoy_pct 2019 6.1 A; grdp yoy_pct 2020 -2.3 A; grdp yoy_pct 2021 0.6 A; grdp "
          "yoy_pct 2022 7.2 A; grdp yoy_pct 2023 8 A");
    /* The decimal mark of each table from its own cells. */
    FACTS("Chỉ tiêu\tNăm 2022\tNăm 2023\nKim ngạch xuất khẩu (triệu USD)\t1.300\t9.30\n", "2023",
          "exports level 2022 1.3 A; exports level 2023 9.3 A");
    FACTS("Chỉ tiêu\tNăm 2022\tNăm 2023\nKim ngạch xuất khẩu (triệu USD)\t1.300\t9,3\n", "2023",
          "exports level 2022 1300 A; exports level 2023 9.3 A");
    FACTS("Chỉ tiêu\tNăm 2022\tNăm 2023\nKim ngạch xuất khẩu (triệu USD)\t1,234.6\t1,300\n", "2023",
          "exports level 2022 1234.6 A; exports level 2023 1300 A");
}

/* A yearbook's table: each numbered row with its price basis heads the
 * unmarked rows under it ("Giá 2010" over the sectors is their basis,
 * "Cơ cấu" over them makes them shares), so the two bases are two series
 * and never collide. */
static void test_price_rows(void **state)
{
    (void)state;
    FACTS("Chỉ tiêu\tĐVT\t2014\t2015\n"
          "1. Tổng sản phẩm (Giá 2010)\tTỷ đồng\t1000\t1100\n"
          "Nông, lâm nghiệp và thủy sản\tTỷ đồng\t300\t310\n"
          "2. Tổng sản phẩm (giá hiện hành)\tTỷ đồng\t1500\t1700\n"
          "Nông, lâm nghiệp và thủy sản\tTỷ đồng\t450\t470\n"
          "3.Cơ cấu kinh tế (giá hiện hành)\t%\t100\t100\n"
          "Nông, lâm nghiệp và thủy sản\t%\t30\t27,6\n"
          "Dịch vụ\t%\t40\t38,2\n",
          "2015",
          "grdp level 2014 1000 A [const2010]; grdp level 2015 1100 A [const2010]; "
          "gva.agriculture level 2014 300 A [const2010]; gva.agriculture level 2015 310 A "
          "[const2010]; grdp level 2014 1500 A [current]; grdp level 2015 1700 A [current]; "
          "gva.agriculture level 2014 450 A [current]; gva.agriculture level 2015 470 A [current]; "
          "grdp.share.agriculture level 2014 30 A; grdp.share.agriculture level "
          "2015 27.6 A; grdp.share.services level 2014 40 A; grdp.share.services level 2015 38.2 A");
    /* The caption's basis holds for rows that name none; "giá" with no
     * year right after it is no basis. */
    FACTS("Giá trị tăng thêm theo giá gốc 2010\n"
          "Chỉ tiêu\tĐVT\t2014\t2015\n"
          "Tổng sản phẩm (giá năm 2015)\tTỷ đồng\t1000\t1100\n"
          "Dịch vụ\tTỷ đồng\t400\t420\n",
          "2015",
          "grdp level 2014 1000 A [const2010]; grdp level 2015 1100 A [const2010]; "
          "gva.services level 2014 400 A [const2010]; gva.services level 2015 420 A [const2010]");
    /* An unmarked row naming the heading's own indicator restates it at
     * another basis: its sibling, with the sectors under it its own. */
    FACTS("STT\tChỉ tiêu\tĐơn vị tính\tTH 2016 - 2020\n"
          "1\tGRDP giá so sánh 2010\tTỷ đồng\t23.533\n"
          "\t- Khu vực I\tTỷ đồng\t6.366\n"
          "\tGRDP giá hiện hành\tTỷ đồng\t38.362\n"
          "\t- Khu vực I\tTỷ đồng\t10.179\n",
          "2020",
          "grdp level 2020 23533 A [const2010]; gva.agriculture level 2020 6366 A [const2010]; "
          "grdp level 2020 38362 A [current]; gva.agriculture level 2020 10179 A [current]");
    /* In a plan's table the average over the plan's years is the growth
     * aimed at, no fact; the one over the years done is. */
    FACTS("Chỉ tiêu\tĐơn vị tính\tTH 2016 - 2020\tTăng bq 2016 - 2020 (%)\tKH 2021 - 2025\t"
          "Tăng bq 2021 - 2025 (%)\n"
          "GRDP giá so sánh 2010\tTỷ đồng\t23.533\t5,26\t32.235\t6,50\n",
          "2021/2025",
          "grdp level 2020 23533 A [const2010]; grdp avg_annual_pct 2016/2020 5.26 A [const2010]; "
          "grdp plan 2025 32235 A [const2010]");
    /* The structure of value added is the economy's ("Cơ cấu tổng giá
     * trị gia tăng theo ngành kinh tế"). */
    FACTS("Chỉ tiêu\tĐVT\t2014\t2015\n"
          "3.Cơ cấu tổng giá trị gia tăng theo ngành kinh tế (Giá hiện hành)\t%\t100\t100\n"
          "Nông, lâm nghiệp và thuỷ sản\t%\t28,27\t31,56\n",
          "2015",
          "grdp.share.agriculture level 2014 28.27 A; grdp.share.agriculture level 2015 31.56 A");
}

/* A thesis's table: a gloss in brackets names the row's indicator ("Tổng
 * VA (GDP)"), a price basis may share the unit's bracket ("(Tỷ đồng - giá
 * SS 1994)", "(giá HH - Tỷ đ)"), and a numbered row that speaks only of
 * growth ("2. Tăng trưởng (%)") is the economy's and makes the rows under
 * it growth rates. */
static void test_gloss_and_growth_rows(void **state)
{
    (void)state;
    FACTS("Chỉ tiêu\t2009\t2010\n"
          "1. Tổng VA (GDP) (Tỷ đồng - giá SS 1994)\t4973\t5637\n"
          "- Công nghiệp - XD\t1601\t1748\n"
          "2. Tăng trưởng (%)\t-\t13,35\n"
          "- Dịch vụ\t-\t18,15\n"
          "3. Tổng VA (GDP) (giá HH - Tỷ đ)\t8408\t9116\n",
          "2010",
          "grdp level 2009 4973 A [const1994]; grdp level 2010 5637 A [const1994]; gva.industry "
          "level 2009 1601 A [const1994]; gva.industry level 2010 1748 A [const1994]; grdp yoy_pct "
          "2010 13.35 A; gva.services yoy_pct 2010 18.15 A; grdp level 2009 8408 A [current]; grdp "
          "level 2010 9116 A [current]");
}

/* A two-row header flattened one cell per line: the group over the years
 * ("Tốc độ tăng so với năm trước (%)"), then a column of its own naming
 * the indicator and its span ("Tốc độ tăng trưởng GDP bình quân giai
 * đoạn 2016-2019 (%)"), then the years; that indicator is the one of
 * "Tổng số:". */
static void test_named_header_cell(void **state)
{
    (void)state;
    FACTS("Tốc độ tăng so với năm trước (%)\n\n"
          "Tốc độ tăng trưởng GDP bình quân giai đoạn 2016-2019 (%)\n\n"
          "Năm 2016\n\nNăm 2017\n\n"
          "Tổng số:\n\n10,73\n\n13,33\n\n14,0\n\n"
          "Dịch vụ\n\n6,70\n\n7,88\n\n7,32\n",
          "2019",
          "grdp yoy_pct 2016 10.73 A; grdp yoy_pct 2017 13.33 A; grdp avg_annual_pct 2016/2019 14 A; "
          "gva.services yoy_pct 2016 6.7 A; gva.services yoy_pct 2017 7.88 A; gva.services "
          "avg_annual_pct 2016/2019 7.32 A");
}

/* A statistics office's table of changes: the label column named
 * "Lĩnh vực", a column dated by its base, the direction written in the
 * cell; the price basis above the label is the caption's, not a column's; a
 * unit in a column's brackets is the table's. */
static void test_change_cells(void **state)
{
    (void)state;
    FACTS("(Theo giá so sánh 2010)\n\nLĩnh vực\n\nSo với 6 tháng năm 2021 (%)\n\n"
          "Tổng sản phẩm\n\nTăng 6,12\n\nNông, lâm nghiệp và thủy sản\n\nGiảm 1,40\n\n"
          "Khu vực dịch vụ\n\nTăng 8,05\n",
          "2022-H1",
          "grdp yoy_pct 2022-H1 6.12 A [const2010]; gva.agriculture yoy_pct 2022-H1 -1.4 A "
          "[const2010]; gva.services yoy_pct 2022-H1 8.05 A [const2010]");
    FACTS("Lĩnh vực\n\n6 tháng năm 2022 (triệu đồng)\n\nVốn đầu tư khu vực ngoài nhà nước\n\n"
          "1.204.500\n",
          "2022-H1", "investment.private level 2022-H1 1204.5 A");
}

/* ---- bad tables ---- */

static void test_bad_tables(void **state)
{
    (void)state;
    sink s;
    /* Ragged rows and a number where the label should be: the other rows
     * are read, these give reasons. */
    run("Chỉ tiêu\tNăm 2022\tNăm 2023\nTổng đàn bò (con)\t45.200\t46.100\t47.000\n"
        "12,5\t13,0\t14,2\nTổng đàn lợn (con)\t120.500\t118.300\n",
        "2023", &s);
    assert_string_equal(s.facts, "livestock.pig level 2022 120500 A; livestock.pig level 2023 "
                                 "118300 A");
    assert_string_equal(s.why, "45.200: its cells do not match the header's columns; 46.100: its "
                               "cells do not match the header's columns; 13,0: a number where "
                               "the row label should be; 14,2: a number where the row label "
                               "should be");
    assert_string_equal(s.tables, "3/2/2/6");
    /* A header with no period and none from the caption or the report. */
    run("Chỉ tiêu\tKH\tTH\nThu ngân sách nhà nước (tỷ đồng)\t3.000\t3.150\n", "", &s);
    assert_string_equal(s.facts, "");
    assert_string_equal(s.why, "3.000: the header names no period; 3.150: the header names no "
                               "period");
    /* One cell per line, fewer figures than columns. */
    run("Chỉ tiêu\nNăm 2022\nNăm 2023\nNăm 2024\nTổng đàn bò (con)\n45.200\n46.100\n"
        "Tổng đàn lợn (con)\n1\n2\n3\n", "2023", &s);
    assert_string_equal(s.facts, "livestock.pig level 2022 1 A; livestock.pig level 2023 2 A; "
                                 "livestock.pig level 2024 3 A");
    assert_string_equal(s.why, "45.200: its cells do not match the header's columns; 46.100: its "
                               "cells do not match the header's columns");
    /* A column of yearly averages whose figures run into thousands: the
     * header's columns are not the rows', and nothing is read. */
    run("Chỉ tiêu\tBình quân 2016-2020 (%)\tNăm 2020\n"
        "GRDP (tỷ đồng)\t10.829\t18.729\nDịch vụ (tỷ đồng)\t5.173\t7.337\n",
        "2020", &s);
    assert_string_equal(s.facts, "");
    assert_string_equal(s.why, "10.829: the header's columns do not fit the rows' figures; "
                               "18.729: the header's columns do not fit the rows' figures; "
                               "5.173: the header's columns do not fit the rows' figures; "
                               "7.337: the header's columns do not fit the rows' figures");
    /* Headers alone, and no header: nothing, and no table told. */
    run("Năm 2022\nNăm 2023\n", "2023", &s);
    assert_string_equal(s.facts, "");
    assert_string_equal(s.tables, "");
    run("", "2023", &s);
    assert_string_equal(s.tables, "");
}

/* A header repeated with nothing under it (a page break in a converted
 * file repeats a table's header) was read again and again from the same
 * line: the reader must move on.  The alarm ends a reader that spins. */
static void test_repeated_headers(void **state)
{
    (void)state;
    sink s;
    alarm(20);
    run("Chỉ tiêu\nNăm 2022\nChỉ tiêu\nNăm 2022\n", "2023", &s);
    assert_string_equal(s.facts, "");
    assert_string_equal(s.tables, "");
    run("Chỉ tiêu\n\nNăm 2022\n\nNăm 2023\n\nChỉ tiêu\n\nNăm 2022\n\nNăm 2023\n\n"
        "Tổng đàn bò (con)\n\n45.200\n\n46.100\n",
        "2023", &s);
    assert_string_equal(s.facts, "livestock.cattle level 2022 45200 A; livestock.cattle level "
                                 "2023 46100 A");
    alarm(0);
}

/* ---- yearbooks: bilingual, districts down the side, years down the side ---- */

static void test_bilingual(void **state)
{
    (void)state;
    /* Flattened one cell per line: the English under or after each head
     * and label is no cell ("TỔNG SỐ - TOTAL", "Agriculture, forestry and
     * fishing"), and "Sơ bộ" over "Prel. 2023" keeps the year. */
    FACTS("Tổng sản phẩm trên địa bàn theo giá hiện hành\nGross regional domestic product at "
          "current prices\n\nĐVT: Triệu đồng - Unit: Mill. dongs\n\n \n\n2021\n\n2022\n\nSơ bộ\n"
          "Prel. 2023\n\nTỔNG SỐ - TOTAL\n\n31.250.400\n\n33.870.100\n\n36.420.900\n\n"
          "Nông nghiệp, lâm nghiệp và thủy sản\nAgriculture, forestry and fishing\n\n9.120.300\n\n"
          "9.480.700\n\n9.905.200\n",
          "",
          "grdp level 2021 31250.4 A [current]; grdp level 2022 33870.1 A [current]; grdp level 2023 "
          "36420.9 E [current]; gva.agriculture level 2021 9120.3 A [current]; gva.agriculture level "
          "2022 9480.7 A [current]; gva.agriculture level 2023 9905.2 E [current]");
    /* Laid out by spaces, a district's name over its gloss and figures
     * ("Dak Ha district": the name the line above writes without its
     * marks); the unit after the gloss's colon is the caption's. */
    FACTS("                 Diện tích cây mía\n                 Planted area of sugar-cane by district\n"
          "\n                                                     Đơn vị tính - Unit: Ha\n"
          "                                    2022      2023\n\n"
          "          TỔNG SỐ - TOTAL          1.268,0   1.310,5\n"
          "          Huyện Đắk Hà\n"
          "          Dak Ha district            309,0     299,0\n",
          "",
          "agri.area.sugarcane level 2022 1268 A; agri.area.sugarcane level 2023 1310.5 A; "
          "agri.area.sugarcane level 2022 309 A dak-ha-district; agri.area.sugarcane level 2023 299 "
          "A dak-ha-district");
    /* Vietnamese without its marks, units and acronyms are no gloss. */
    FACTS("Chỉ tiêu\tĐVT\tNăm 2022\tNăm 2023\nTong dan bo\tcon\t45.200\t46.100\n"
          "Kim ngạch xuất khẩu\tUSD\t410.200.000\t452.000.000\n",
          "",
          "livestock.cattle level 2022 45200 A; livestock.cattle level 2023 46100 A; exports level "
          "2022 410.2 A; exports level 2023 452 A");
}

static void test_area_rows(void **state)
{
    (void)state;
    /* A district named alone holds its figure of the caption's indicator;
     * the caption names it as a row's label would ("mía" in ha). */
    FACTS("Diện tích cây mía\nĐơn vị tính: Ha\n\nHuyện, thành phố\t2022\t2023\n"
          "Tổng số\t1.268,0\t1.310,5\nThành phố Kon Tum\t209,0\t217,0\nHuyện Ngọc Hồi\t40,0\t62,0\n",
          "",
          "agri.area.sugarcane level 2022 1268 A; agri.area.sugarcane level 2023 1310.5 A; "
          "agri.area.sugarcane level 2022 209 A kon-tum-city; agri.area.sugarcane level 2023 217 A "
          "kon-tum-city; agri.area.sugarcane level 2022 40 A ngoc-hoi-district; "
          "agri.area.sugarcane level 2023 62 A ngoc-hoi-district");
    /* Without a caption naming the indicator, a district's row says
     * nothing. */
    FACTS("Đơn vị tính: Ha\n\nHuyện, thành phố\t2022\t2023\nHuyện Ngọc Hồi\t40,0\t62,0\n", "", "");
}

static void test_years_down(void **state)
{
    (void)state;
    /* Tabs: the years down the side are the columns, the heads the rows. */
    FACTS("Tổng sản phẩm trên địa bàn theo giá hiện hành phân theo khu vực kinh tế\n"
          "Đơn vị tính: Tỷ đồng\n\nNăm\tTổng số\tNông, lâm nghiệp và thủy sản\tDịch vụ\n"
          "2021\t30.012,5\t9.120,4\t12.000,1\nSơ bộ 2022\t32.104,0\t9.410,7\t12.800,6\n",
          "",
          "grdp level 2021 30012.5 A [current]; grdp level 2022 32104 E [current]; gva.agriculture "
          "level 2021 9120.4 A [current]; gva.agriculture level 2022 9410.7 E [current]; gva.services "
          "level 2021 12000.1 A [current]; gva.services level 2022 12800.6 E [current]");
    /* Laid out by spaces under a stacked header with a group over two
     * columns, its unit alone under the header: the group's "Tổng số" is
     * its total, "Trong đó" a part not read. */
    FACTS("              Tổng sản phẩm trên địa bàn theo giá so sánh 2010\n\n"
          "                    Tổng số    Nông, lâm      Công nghiệp và xây dựng      Dịch vụ\n"
          "                              nghiệp và      Tổng số      Trong đó:\n"
          "                               thủy sản                  Công nghiệp\n\n"
          "                                    Tỷ đồng\n\n"
          "          2021     20.120,5      7.010,4      8.310,2      7.500,8      4.799,9\n"
          "          2022     21.004,0      7.120,7      8.720,9      7.900,4      5.162,4\n",
          "",
          "grdp level 2021 20120.5 A [const2010]; grdp level 2022 21004 A [const2010]; "
          "gva.agriculture level 2021 7010.4 A [const2010]; gva.agriculture level 2022 7120.7 A "
          "[const2010]; gva.industry level 2021 8310.2 A [const2010]; gva.industry level 2022 8720.9 "
          "A [const2010]; gva.services level 2021 4799.9 A [const2010]; gva.services level 2022 "
          "5162.4 A [const2010]");
    /* A section of the same columns under the rows ("Tốc độ tăng so với
     * năm trước (%)" over its years) heads its rows; its years fall in
     * the table's columns. */
    FACTS("              Tổng sản phẩm trên địa bàn theo giá so sánh 2010\n\n"
          "                    Tổng số    Nông, lâm      Công nghiệp       Dịch vụ\n"
          "                               nghiệp và      và xây dựng\n"
          "                                thủy sản\n\n"
          "                                      Tỷ đồng\n\n"
          "          2021     20.120,5      7.010,4      8.310,2      4.799,9\n"
          "          2022     21.004,0      7.120,7      8.720,9      5.162,4\n\n"
          "                    Tốc độ tăng so với năm trước (%)\n\n"
          "          2022         4,39         1,57         4,94         7,55\n",
          "",
          "grdp level 2021 20120.5 A [const2010]; grdp level 2022 21004 A [const2010]; "
          "gva.agriculture level 2021 7010.4 A [const2010]; gva.agriculture level 2022 7120.7 A "
          "[const2010]; gva.industry level 2021 8310.2 A [const2010]; gva.industry level 2022 8720.9 "
          "A [const2010]; gva.services level 2021 4799.9 A [const2010]; gva.services level 2022 "
          "5162.4 A [const2010]; grdp yoy_pct 2022 4.39 A [const2010]; gva.agriculture yoy_pct 2022 "
          "1.57 A [const2010]; gva.industry yoy_pct 2022 4.94 A [const2010]; gva.services yoy_pct "
          "2022 7.55 A [const2010]");
    /* A section of shares ("Cơ cấu (%)") is the structure of what the
     * caption names: its rows are the parts' shares, a group's "Tổng số"
     * its own. */
    FACTS("              Tổng sản phẩm trên địa bàn theo giá hiện hành\n"
          "                     phân theo khu vực kinh tế\n\n"
          "                    Tổng số    Nông, lâm      Công nghiệp và xây dựng      Dịch vụ\n"
          "                               nghiệp và      Tổng số      Trong đó:\n"
          "                                thủy sản                  Công nghiệp\n\n"
          "                                      Tỷ đồng\n\n"
          "          2021     20.120,5      7.010,4      8.310,2      7.500,8      4.799,9\n"
          "          2022     21.004,0      7.120,7      8.720,9      7.900,4      5.162,4\n\n"
          "                    Cơ cấu (%)\n\n"
          "          2022       100,00        33,90        41,52        37,61        24,58\n",
          "",
          "grdp level 2021 20120.5 A [current]; grdp level 2022 21004 A [current]; gva.agriculture "
          "level 2021 7010.4 A [current]; gva.agriculture level 2022 7120.7 A [current]; "
          "gva.industry level 2021 8310.2 A [current]; gva.industry level 2022 8720.9 A [current]; "
          "gva.services level 2021 4799.9 A [current]; gva.services level 2022 5162.4 A [current]; "
          "grdp.share.agriculture level 2022 33.9 A; grdp.share.industry level 2022 41.52 A; "
          "grdp.share.services level 2022 24.58 A");
    /* ... as a row of its own in a table with the years across. */
    FACTS("Tổng sản phẩm trên địa bàn theo giá hiện hành\nĐơn vị tính: Tỷ đồng\n\n"
          "Chỉ tiêu\t2021\t2022\nTổng số\t20.120,5\t21.004,0\nCơ cấu (%)\t\t\n"
          "- Nông, lâm nghiệp và thủy sản\t34,84\t33,90\n- Dịch vụ\t23,86\t24,58\n",
          "",
          "grdp level 2021 20120.5 A [current]; grdp level 2022 21004 A [current]; "
          "grdp.share.agriculture level 2021 34.84 A; grdp.share.agriculture level 2022 33.9 A; "
          "grdp.share.services level 2021 23.86 A; grdp.share.services level 2022 24.58 A");
    /* Flattened one cell per line: the heads ("Chia ra" says the others
     * are parts and heads none), the unit, then each year and its
     * figures. */
    FACTS("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng theo giá hiện hành\n\nTổng số\n\n"
          "Chia ra\n\nBán lẻ hàng hóa\n\nDịch vụ lưu trú, ăn uống\n\nTỷ đồng\n\n2021\n\n29.695,0\n\n"
          "21.922,3\n\n4.240,7\n\n2022\n\n32.119,6\n\n23.697,8\n\n4.797,1\n",
          "",
          "retail.sales level 2021 29695 A [current]; retail.sales level 2022 32119.6 A [current]");
    /* Years across the top are read as they stand. */
    FACTS("Chỉ tiêu\t2021\t2022\nTổng đàn bò (con)\t45.200\t46.100\n", "",
          "livestock.cattle level 2021 45200 A; livestock.cattle level 2022 46100 A");
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_cell_per_line),
        cmocka_unit_test(test_rows_of_cells),
        cmocka_unit_test(test_reader_rows),
        cmocka_unit_test(test_columns_by_place),
        cmocka_unit_test(test_stacked_heads),
        cmocka_unit_test(test_two_row_headers),
        cmocka_unit_test(test_header_words),
        cmocka_unit_test(test_caption),
        cmocka_unit_test(test_row_meaning),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_change_cells),
        cmocka_unit_test(test_bad_tables),
        cmocka_unit_test(test_spaced),
        cmocka_unit_test(test_repeated_headers),
        cmocka_unit_test(test_price_rows),
        cmocka_unit_test(test_gloss_and_growth_rows),
        cmocka_unit_test(test_named_header_cell),
        cmocka_unit_test(test_bilingual),
        cmocka_unit_test(test_area_rows),
        cmocka_unit_test(test_years_down),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
