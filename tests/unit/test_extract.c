/* Unit tests of libts/text extraction: the lexicon (folded matching,
 * user entries, errors), every clause form as sentence -> expected facts,
 * the other-area trap, year lists, from..to, plans and ratios, estimates,
 * units and scales, sections of a whole document, and flattened tables. */
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
#include "sentence_fixture.h"

#include "sentence_fixture.h"

/* sentence -> facts, in a report of the given period */
static const struct {
    const char *period;
    const char *text;
    const char *want;
} cases[] = {
    /* level with scale, pct_plan, yoy "tăng", flow up to a date */
    {"2020-01/P9M",
     "Tổng thu NSNN tại địa bàn thực hiện đến ngày 20/9/2020 là 1.304.372 triệu đồng, đạt 53,2% "
     "dự toán tỉnh giao, đạt 51,8% dự toán HĐND thành phố quyết định, tăng 0,6% so với cùng kỳ "
     "năm trước.",
     "budget.revenue level 2020-01-01/2020-09-20 1304.372 A; budget.revenue pct_plan "
     "2020-01-01/2020-09-20 53.2 A [by province]; budget.revenue yoy_pct "
     "2020-01-01/2020-09-20 0.6 A"},
    /* "%KH" glued, "bằng X% so với" = X - 100 */
    {"2020-01/P9M",
     "Giá trị sản xuất công nghiệp 9 tháng đầu năm thực hiện 1.490 tỷ đồng, đạt 59%KH, bằng "
     "92,3% so với cùng kỳ năm trước.",
     "industry.output level 2020-01/P9M 1490 A; industry.output pct_plan 2020-01/P9M 59 A; "
     "industry.output yoy_pct 2020-01/P9M -7.7 A"},
    /* "bằng X% dự toán" is pct_plan; a stock at a date */
    {"2020-01/P9M",
     "Tổng số nợ thuế đến thời điểm ngày 31/8/2020 là 78.971 triệu đồng, so với thời điểm "
     "31/12/2019 tăng 2.689 triệu đồng (tăng 3,5%).",
     "tax.arrears level 2020-08-31 78.971 A; tax.arrears yoy_pct 2020-08-31 3.5 A"},
    {"2020-01/P9M",
     "Tổng chi NSĐP thực hiện đến ngày 20/9/2020 là 556.561 triệu đồng, bằng 82,39% dự toán "
     "tỉnh giao.",
     "budget.expenditure level 2020-01-01/2020-09-20 556.561 A; budget.expenditure "
     "pct_plan 2020-01-01/2020-09-20 82.39 A [by province]"},
    /* estimates: the figures of an "ước" sentence share it; "khoảng" */
    {"2023",
     "Tổng vốn đầu tư toàn xã hội ước khoảng 27.035 tỷ đồng, đạt 100,13% kế hoạch và tăng "
     "15,51% so với cùng kỳ.",
     "investment.total level 2023 27035 E; investment.total pct_plan 2023 100.13 E; "
     "investment.total yoy_pct 2023 15.51 E"},
    /* the other-area trap and "tốc độ tăng trưởng" */
    {"2023",
     "Tổng sản phẩm trên địa bàn (GRDP) năm 2023 ước khoảng 18.938,78 tỷ đồng, đạt 97,62% kế "
     "hoạch, tốc độ tăng trưởng 7,32%, đứng thứ 22 cả nước và thứ nhất Khu vực Tây Nguyên "
     "(Đắk Nông 5,74%; Lâm Đồng 5,63%; Đắk Lắk 4,39%; Gia Lai 3,02%).",
     "grdp level 2023 18938.78 E; grdp pct_plan 2023 97.62 E; grdp yoy_pct 2023 7.32 E"},
    /* sectors named after "cơ cấu kinh tế" are GRDP shares; the sector's
     * labour is not */
    {"2023",
     "Cơ cấu kinh tế: nông nghiệp chiếm 36,5%, công nghiệp - xây dựng 18,2%, dịch vụ 38,1%.",
     "grdp.share.agriculture level 2023 36.5 A; grdp.share.industry level 2023 18.2 A; "
     "grdp.share.services level 2023 38.1 A"},
    {"2023", "Cơ cấu kinh tế chuyển dịch tích cực, lao động nông nghiệp chiếm 60%.", ""},
    /* a date at the end of the section's period is that period; another
     * date starts a flow on 1 January */
    {"2024-01/P6M", "Giải ngân vốn đầu tư công đến ngày 30/6/2024 đạt 1.850 tỷ đồng.",
     "public_investment.disbursed level 2024-H1 1850 A"},
    {"2024-01/P6M", "Giải ngân vốn đầu tư công đến ngày 20/6/2024 đạt 1.850 tỷ đồng.",
     "public_investment.disbursed level 2024-01-01/2024-06-20 1850 A"},
    /* the subject is the growth rate: a bare percentage is the change,
     * also with the abbreviation in parentheses; not for another subject */
    {"2023", "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 5,1%, thấp hơn mục tiêu đề ra.",
     "grdp yoy_pct 2023 5.1 E"},
    {"2023", "Tăng trưởng tín dụng khá, tổng thu ngân sách nhà nước đạt 50%.",
     "budget.revenue pct_plan 2023 50 A"}, /* of its estimate (of_plan), no growth */
    /* "giảm X%" = -X; absolute change not recorded */
    {"2023",
     "Tổng nợ thuế đến nay là 169,1 tỷ đồng, giảm 55,6 tỷ đồng (giảm 24,8%) so với thời điểm "
     "ngày 31-12-2022.",
     "tax.arrears level 2023 169.1 A; tax.arrears yoy_pct 2023 -24.8 A"},
    /* a/b: level and plan; the plan belongs to the year */
    {"2023",
     "Thu ngân sách nhà nước trên địa bàn 11 tháng đầu năm 2023 là 2.856/4.500 tỷ đồng, đạt "
     "63,4% dự toán tỉnh giao; ước thực hiện cả năm thu 4.200 tỷ đồng, đạt 129,4% dự toán "
     "Trung ương giao và bằng 93,3% dự toán tỉnh giao.",
     "budget.revenue level 2023-01/P11M 2856 A; budget.revenue plan 2023 4500 A [by province]; "
     "budget.revenue pct_plan 2023-01/P11M 63.4 A [by province]; budget.revenue level "
     "2023 4200 E; budget.revenue pct_plan 2023 129.4 E [by central]; budget.revenue "
     "pct_plan 2023 93.3 E [by province]"},
    {"2023", "Diện tích mía hiện nay khoảng 1.219 ha/2.000 ha, đạt 60,95% kế hoạch.",
     "agri.area.sugarcane level 2023 1219 E; agri.area.sugarcane plan 2023 2000 A; "
     "agri.area.sugarcane pct_plan 2023 60.95 E"},
    /* a/b over a whole population is no plan */
    {"2020-01/P9M", "Tính đến nay, có 26/59 trường đạt chuẩn quốc gia, chiếm tỷ lệ 44,1%.",
     "edu.standard_schools level 2020-01/P9M 26 A; edu.standard_schools.rate level "
     "2020-01/P9M 44.1 A"},
    /* plan named by "dự toán ... giao" */
    {"2024-01/P10M",
     "Dự toán thu ngân sách nhà nước trên địa bàn năm 2024 tỉnh giao 4.600 tỷ đồng; ước thực "
     "hiện 10 tháng đầu năm 2.627 tỷ đồng, đạt 80,8% dự toán Trung ương giao.",
     "budget.revenue plan 2024 4600 A [by province]; budget.revenue level 2024-01/P10M "
     "2627 E; budget.revenue pct_plan 2024-01/P10M 80.8 E [by central]"},
    /* year lists */
    {"2016/2020",
     "Thực hiện thu NSNN trên địa bàn năm 2016: 2.132 tỷ đồng; năm 2017: 2.512 tỷ đồng, tăng "
     "17,8% so với thực hiện năm 2016; thực hiện năm 2019: 3.244 tỷ đồng; tăng 13,09% so thực "
     "hiện năm 2018.",
     "budget.revenue level 2016 2132 A; budget.revenue level 2017 2512 A; budget.revenue "
     "yoy_pct 2017 17.8 A; budget.revenue level 2019 3244 A; budget.revenue yoy_pct 2019 13.09 A"},
    /* từ X năm A lên Y năm B; sector names after a share */
    {"2016/2020",
     "Tỷ trọng các ngành Công nghiệp - xây dựng tăng từ 23,19% năm 2015 lên 27,58% năm 2020; "
     "Dịch vụ tăng từ 39,08% năm 2015 lên 42,83% năm 2020.",
     "grdp.share.industry level 2015 23.19 A; grdp.share.industry level 2020 27.58 A; "
     "grdp.share.services level 2015 39.08 A; grdp.share.services level 2020 42.83 A"},
    {"2016/2020",
     "GRDP bình quân đầu người tăng từ 32,14 triệu đồng năm 2016 lên 46,58 triệu đồng năm 2020.",
     "grdp.per_capita level 2016 32.14 A; grdp.per_capita level 2020 46.58 A"},
    /* average annual growth over the span; a yearly average is no level */
    {"2016/2020",
     "Thu ngân sách nhà nước năm 2020 đạt trên 3.000 tỷ đồng, bình quân giai đoạn 2016-2020, "
     "tăng 8,07%/năm.",
     "budget.revenue level 2020 3000 A; budget.revenue avg_annual_pct 2016/2020 8.07 A"},
    {"2016/2020",
     "Tổng chi ngân sách nhà nước bình quân hàng năm 6.674 tỷ đồng, tăng 9,10%/năm.",
     "budget.expenditure avg_annual_pct 2016/2020 9.1 A"},
    /* a rate's "giảm X%" is percentage points: not recorded */
    {"2023",
     "Tỷ lệ hộ nghèo giảm 4,01%, tương ứng giảm 5.693 hộ; đến cuối năm 2023 toàn tỉnh còn "
     "10.247 hộ nghèo, chiếm 6,85%.",
     "social.poor_households level 2023 10247 A; social.poverty_rate level 2023 6.85 A"},
    /* "vượt X% kế hoạch" = 100 + X */
    {"2023", "Kim ngạch xuất khẩu năm 2023 ước 359,5 triệu USD, vượt 23,97% kế hoạch.",
     "exports level 2023 359.5 E; exports pct_plan 2023 123.97 E"},
    /* "1,3 triệu lượt khách", "bằng X% so với cùng kỳ" */
    {"2023",
     "Ước thực hiện năm 2023, thu hút được trên 1,3 triệu lượt khách, đạt 86,67% kế hoạch và "
     "bằng 121,75% so với cùng kỳ năm trước; tổng doanh thu ước khoảng 520 tỷ đồng.",
     "tourism.visitors level 2023 1300000 E; tourism.visitors pct_plan 2023 86.67 E; "
     "tourism.visitors yoy_pct 2023 21.75 E; tourism.revenue level 2023 520 E"},
    /* components: "trong đó" and parts in parentheses are not the total */
    {"2020-01/P9M",
     "Tổng lượng khách du lịch đến thành phố Kon Tum 9 tháng đầu năm khoảng 73.500 lượt (khách "
     "quốc tế khoảng 31.500 lượt), doanh thu khoảng 54 tỷ đồng, đạt 32%KH.",
     "tourism.visitors level 2020-01/P9M 73500 E; tourism.revenue level 2020-01/P9M 54 E; "
     "tourism.revenue pct_plan 2020-01/P9M 32 E"},
    {"2023",
     "Tổng đàn gia súc ước khoảng 284.255 con, đạt 102,52% kế hoạch; trong đó, tổng đàn trâu "
     "khoảng 24.100 con, đạt 100% kế hoạch.",
     "livestock.total level 2023 284255 E; livestock.total pct_plan 2023 102.52 E; "
     "livestock.buffalo level 2023 24100 E; livestock.buffalo pct_plan 2023 100 E"},
    /* new planting is not the crop's area; a mention waiting for its unit */
    {"2023",
     "Cây Mắc ca khoảng 3.466 ha, đạt 103,07% kế hoạch (trong đó trồng mới 1.159 ha, đạt "
     "115,92% kế hoạch); cao su khoảng 79.018 ha.",
     "agri.area.macadamia level 2023 3466 E; agri.area.macadamia pct_plan 2023 103.07 E; "
     "agri.area.rubber level 2023 79018 E"},
    /* the indicator named after the figure; month-on-month changes ignored */
    {"2024-10",
     "Trong tháng 10, xảy ra 09 vụ tai nạn giao thông, làm 08 người chết, 09 người bị thương "
     "(tăng 01 vụ, tăng 04 người chết).",
     "safety.traffic_accidents level 2024-10 9 A; safety.traffic_deaths level 2024-10 8 A"},
    {"2021-10",
     "Các phòng, ban đã thực hiện hoàn thành 02/18 đầu công việc có quy định thời gian.",
     "admin.tasks level 2021-10 2 A; admin.tasks plan 2021-10 18 A"},
    {"2016/2020", "Năm 2016 ban hành 30 Quyết định; năm 2017 ban hành 62 Quyết định.",
     "admin.documents level 2016 30 A; admin.documents level 2017 62 A"},
    /* "tính đến tháng 9/2020" is the nine-month column */
    {"2020-01/P9M",
     "Kết quả thực hiện (tính đến tháng 9/2020): Triển khai trồng rừng tập trung với tổng diện "
     "tích là 187,9ha.",
     "forest.planted level 2020-01/P9M 187.9 A"},
    /* crop seasons and school years do not change the period */
    {"2023",
     "Tổng diện tích gieo trồng vụ Đông Xuân 2022-2023 khoảng 10.236,2 ha, đạt 106% kế hoạch "
     "và bằng 104,4% so với cùng kỳ.",
     "agri.sown_area.winter_spring level 2023 10236.2 E; agri.sown_area.winter_spring pct_plan "
     "2023 106 E; agri.sown_area.winter_spring yoy_pct 2023 4.4 E"},
    {"2023", "Năm học 2023-2024 đã huy động được 168.500 học sinh đến lớp, đạt 100,3% kế hoạch.",
     "edu.pupils level 2023 168500 A; edu.pupils pct_plan 2023 100.3 A"},
    /* a stock in a multi-year report belongs to the last year */
    {"2016/2020", "Đến nay, toàn tỉnh có 28 xã được công nhận xã nông thôn mới.",
     "rural.ncr_communes level 2020 28 A"},
    /* "(tương ứng X%)" takes the sign of the change before it */
    {"2023",
     "Phá rừng làm nương rẫy, khai thác lâm sản trái phép 39 vụ. So với cùng kỳ năm 2022, số "
     "vụ vi phạm giảm 44 vụ (tương ứng 53%).",
     "forest.violations level 2023 39 A; forest.violations yoy_pct 2023 -53 A"},
    /* a comma is no part of a phrase: "người, bị thương" */
    {"2023",
     "Tính đến ngày 15-10-2023 xảy ra 67 vụ tai nạn giao thông, làm chết 69 người, bị thương "
     "68 người.",
     "safety.traffic_accidents level 2023-01-01/2023-10-15 67 A; safety.traffic_deaths level "
     "2023-01-01/2023-10-15 69 A"},
    /* sector names with commas or dashes; a span's growth is yearly */
    {"2016/2020",
     "Trong đó: Nhóm ngành nông, lâm, thủy sản tăng 5,10%/năm; Nhóm ngành công nghiệp - xây "
     "dựng tăng 14,50%/năm; Nhóm ngành Dịch vụ tăng 8,50%.",
     "gva.agriculture avg_annual_pct 2016/2020 5.1 A; gva.industry avg_annual_pct 2016/2020 "
     "14.5 A; gva.services avg_annual_pct 2016/2020 8.5 A"},
    /* a programme's name does not date the figure */
    {"2020-01/P9M",
     "Tiếp tục thực hiện Đề án phát triển kinh tế tập thể giai đoạn 2017-2020, đã vận động "
     "thành lập mới thêm 06 HTX.",
     "coop.new level 2020-01/P9M 6 A"},
    /* ranges, business households and other subjects give nothing */
    {"2023", "Khu vực Nông, Lâm nghiệp và Thủy sản: 18-19%; phát triển mới hơn 600 hộ kinh doanh.",
     ""},
    {"2023", "Tỷ lệ học sinh DTTS hoàn thành chương trình tiểu học 99,64% (tăng 0,14%).", ""},
};

static void test_clauses(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sink s;
        run(cases[i].period, 0, NULL, cases[i].text, &s);
        if (strcmp(s.buf, cases[i].want) != 0) {
            print_error("case %zu: %s\n  got:  %s\n  want: %s\n", i, cases[i].text, s.buf,
                        cases[i].want);
            bad++;
        }
    }
    if (bad)
        fail_msg("%d clause cases differ", bad);
}

/* Targets in the directions part are the next year's or plan period's. */
static void test_directions(void **state)
{
    (void)state;
    sink s;
    run("2023", 1, "2024",
        "Tốc độ tăng trưởng GRDP của tỉnh đạt từ 10% trở lên; GRDP bình quân đầu người trên 63,7 "
        "triệu đồng; Thu ngân sách nhà nước trên địa bàn từ 4.600 tỷ đồng trở lên.",
        &s);
    assert_string_equal(s.buf, "grdp.per_capita plan 2024 63.7 A; budget.revenue plan 2024 4600 A");
    run("2023", 1, "2024", "Trồng mới trên 3.000 ha cây cao su; tỷ lệ che phủ rừng đạt 63,85%.", &s);
    assert_string_equal(s.buf, "forest.cover plan 2024 63.85 A");
    run("2016/2020", 1, "2021/2025",
        "Phấn đấu đến năm 2025 thành lập mới 1.500 doanh nghiệp; nâng lượng khách du lịch đạt "
        "2,5 triệu lượt người vào năm 2025.",
        &s);
    assert_string_equal(s.buf, "enterprise.new plan 2021/2025 1500 A; tourism.visitors plan "
                               "2025 2500000 A");
    run("2016/2020", 1, "2021/2025",
        "Phấn đấu đến năm 2025 trồng thêm được 15.000 ha rừng; có thêm 05 xã đạt chuẩn nông thôn mới.",
        &s);
    assert_string_equal(s.buf, "forest.planted plan 2021/2025 15000 A");
}

/* The topic of one sentence names the sectors of the next. */
static void test_carried_topic(void **state)
{
    (void)state;
    sink s;
    ts_extract_ctx cx;
    start(&cx, &s, "2023");
    ts_error e;
    const char *a = "GRDP năm 2023 tăng 7,32%.";
    const char *b = "Trong đó: Nông - Lâm - Thủy sản tăng 5,84%; Công nghiệp - Xây dựng tăng 10,66%.";
    assert_int_equal(ts_extract_sentence(a, strlen(a), 0, &cx, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(cx.topic, "grdp");
    assert_int_equal(ts_extract_sentence(b, strlen(b), 0, &cx, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "grdp yoy_pct 2023 7.32 A; gva.agriculture yoy_pct 2023 5.84 A; "
                               "gva.industry yoy_pct 2023 10.66 A");
    /* Without the GRDP sentence before, sector names mean nothing. */
    memset(&cx.topic, 0, sizeof cx.topic);
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_sentence(b, strlen(b), 0, &cx, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "");

    /* A paragraph opening with a running total ("Lũy kế năm 2025") goes
     * on with the subject of the one before; another opening names its
     * own. */
    const char *c = "Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng.";
    const char *d = "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng, tăng 16% dự toán Trung ương giao.";
    const char *f = "Năm 2025 ước đạt 15.535 tỷ đồng.";
    const char *const *next[] = {&d, &f};
    const char *want[] = {"budget.revenue level 2025-01/P10M 13966 A; budget.revenue level 2025 "
                          "15535 E; budget.revenue pct_plan 2025 116 E [by central]",
                          "budget.revenue level 2025-01/P10M 13966 A"};
    for (size_t k = 0; k < 2; k++) {
        start(&cx, &s, "2025-01/P10M");
        assert_int_equal(ts_extract_sentence(c, strlen(c), 0, &cx, LX, CAT, collect, NULL, &s, &e),
                         TS_OK);
        cx.same_stream = 1;
        cx.same_paragraph = 0;
        assert_int_equal(ts_extract_sentence(*next[k], strlen(*next[k]), 0, &cx, LX, CAT, collect,
                                             NULL, &s, &e),
                         TS_OK);
        assert_string_equal(s.buf, want[k]);
    }
}

static void test_unmatched(void **state)
{
    (void)state;
    sink s;
    run("2023", 0, NULL, "Đã xây dựng 120 km đường giao thông và 45 hồ sơ được tiếp nhận; tổng đàn gia súc 5 ha.", &s);
    assert_string_equal(s.buf, "");
    assert_string_equal(s.unmatched,
                        "45 hồ sơ [no indicator named]; 5 ha [the unit does not fit the indicator]");
    /* Figures a phrase claimed, then a rule dropped: the rule says why. */
    static const struct {
        const char *text, *why;
    } dropped[] = {
        {"Tỷ lệ hộ nghèo giảm 1,2%.", "1,2% [a rate's change is in points]"},
        {"Tổng đàn gia súc tăng 2.000 con.", "2.000 con [an absolute change]"},
        {"Tổng đàn gia súc đạt 50.000 con (khoảng 600 con mỗi xã).",
         "600 con [in parentheses without its own indicator]"},
        {"Thu ngân sách tăng 5% so với tháng trước.", "5% [measured against another period]"},
        {"Có 600 hộ kinh doanh mới.", "600 hộ [a blocking phrase names it]"},
        {"Tăng trưởng của Gia Lai 5,1%.", "5,1% [another area's figure]"},
    };
    for (size_t i = 0; i < sizeof dropped / sizeof dropped[0]; i++) {
        run("2023", 0, NULL, dropped[i].text, &s);
        assert_string_equal(s.unmatched, dropped[i].why);
    }
}

/* ---- lexicon ---- */

static void test_lexicon_folding(void **state)
{
    (void)state;
    const char *variants[] = {"Tổng đàn gia súc", "TỔNG ĐÀN GIA SÚC", "tong dan gia suc",
                              "tổng   đàn\ngia súc", "Tổng Đàn Gia Súc"};
    for (size_t i = 0; i < sizeof variants / sizeof variants[0]; i++) {
        ts_lexicon_match m[4];
        size_t n = ts_lexicon_find(LX, variants[i], strlen(variants[i]), m, 4);
        assert_int_equal(n, 1);
        assert_string_equal(m[0].indicator, "livestock.total");
        assert_int_equal(m[0].start, 0);
        assert_int_equal(m[0].end, strlen(variants[i]));
    }
    /* Abbreviations and the longest phrase first. */
    const char *t = "Thu NSĐP và thu NSNN; tỷ lệ bao phủ BHYT; số HTX";
    ts_lexicon_match m[8];
    size_t n = ts_lexicon_find(LX, t, strlen(t), m, 8);
    assert_true(n >= 3);
    assert_string_equal(m[0].indicator, "budget.revenue.local");
    assert_string_equal(m[1].indicator, "budget.revenue");
    assert_string_equal(m[2].indicator, "social.health_insurance");
    /* Place names fold too: Đắk = Đăk. */
    const char *p = "Đăk Nông";
    n = ts_lexicon_find(LX, p, strlen(p), m, 8);
    assert_int_equal(n, 1);
    assert_string_equal(m[0].indicator, "@place");
    /* A phrase must end at a word boundary. */
    const char *w = "đàn bòn";
    assert_int_equal(ts_lexicon_find(LX, w, strlen(w), m, 8), 0);
}

static void test_lexicon_user(void **state)
{
    (void)state;
    ts_error e;
    ts_lexicon *lx = ts_lexicon_new(&e);
    assert_non_null(lx);
    size_t n0 = ts_lexicon_count(lx);
    char path[] = "/tmp/test_extract_lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *tsv = "phrase\tindicator\tflags\n# a user entry\nsản lượng cà phê nhân\tcoffee.output\t\n";
    assert_int_equal(write(fd, tsv, strlen(tsv)), (ssize_t)strlen(tsv));
    close(fd);
    assert_int_equal(ts_lexicon_load(lx, path, &e), TS_OK);
    unlink(path);
    assert_int_equal(ts_lexicon_count(lx), n0 + 1);
    ts_lexicon_match m[2];
    const char *t = "Sản lượng cà phê nhân đạt 5.000 tấn";
    assert_int_equal(ts_lexicon_find(lx, t, strlen(t), m, 2), 1);
    assert_string_equal(m[0].indicator, "coffee.output");
    /* A user indicator in a user catalogue is extracted. */
    ts_catalog *cat = ts_catalog_new(&e);
    assert_int_equal(ts_catalog_load_text(cat, "id\tunit\tkind\ncoffee.output\ttonne\tflow\n", "u", &e), TS_OK);
    ts_extract_ctx cx;
    sink s;
    start(&cx, &s, "2023");
    assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, lx, cat, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "coffee.output level 2023 5000 A");
    ts_catalog_free(cat);
    ts_lexicon_free(lx);
}

static void test_lexicon_errors(void **state)
{
    (void)state;
    ts_error e;
    ts_lexicon *lx = ts_lexicon_new_empty(&e);
    static const bad_data bad[] = {
        {"phrase\tindicator\tflags\nđàn bò\n", 2, "expected phrase<TAB>indicator[<TAB>flags]"},
        {"đàn bò\t\t\n", 1, "empty indicator"},
        {"đàn bò\tlivestock.cattle\tbogus\n", 1, "unknown flag \"bogus\""},
        {"ok\tx\t\n...\ty\t\n", 2, "phrase has no letters"},
    };
    expect_refused(lx, bad, sizeof bad / sizeof bad[0], "user.tsv");
    assert_int_equal(ts_lexicon_load(lx, "/nonexistent/lexicon.tsv", &e), TS_EIO);
    assert_string_equal(e.file, "/nonexistent/lexicon.tsv");
    ts_lexicon_free(lx);
}

/* ---- a whole document: sections and their periods ---- */

/* Parses a report and extracts it: the facts must read `want`. */
/* The facts of a document; those of an area other than `area` (NULL:
 * areas not shown) say theirs. */
static void doc_facts_in(const char *area, const char *text, const char *want)
{
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    sink s;
    memset(&s, 0, sizeof s);
    s.area = area;
    assert_int_equal(ts_extract_doc(doc, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, want);
    ts_doc_free(doc);
}

static void doc_facts(const char *text, const char *want)
{
    doc_facts_in(NULL, text, want);
}

static void test_document(void **state)
{
    (void)state;
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "BÁO CÁO\n"
              "Tình hình kinh tế - xã hội tháng 10 năm 2024\n"
              "I. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 VÀ 10 THÁNG NĂM 2024\n"
              "Tổng đàn gia súc khoảng 307.948 con, đạt 97% kế hoạch.\n"
              "Trong tháng 10, tai nạn giao thông giảm. Cụ thể: xảy ra 09 vụ tai nạn giao thông.\n"
              "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
              "Phấn đấu tổng đàn bò 100.000 con.\n",
              "livestock.total level 2024-01/P10M 307948 E; livestock.total "
              "pct_plan 2024-01/P10M 97 E; safety.traffic_accidents level "
              "2024-10 9 A; livestock.cattle plan 2025 100000 A");
    /* The city's name after a district's only says where the district
     * lies: the figure stays the district's, not the report's. */
    doc_facts("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\n"
              "Tình hình kinh tế - xã hội năm 2021\n"
              "Thu ngân sách nhà nước trên địa bàn Quận 1, TP. Hồ Chí Minh ước đạt 18.588 tỷ "
              "đồng. Thu ngân sách nhà nước trên địa bàn thành phố đạt 381.531 tỷ đồng.\n",
              "budget.revenue level 2021 381531 A");
    /* A monthly report: the month's figure, then after "luỹ kế" the
     * months to date; the month is handed on to "Trong đó, ...". */
    doc_facts("CỤC THỐNG KÊ TỈNH HẬU GIANG\n"
              "Tình hình kinh tế - xã hội tháng 11 năm 2018\n"
              "Ước tổng chi ngân sách nhà nước tháng 11 được 1.439.323 triệu đồng, luỹ kế được "
              "7.526.569 triệu đồng. Trong đó, chi xây dựng cơ bản được 856.561 triệu đồng, luỹ "
              "kế được 3.689.775 triệu đồng.\n",
              "budget.expenditure level 2018-11 1439.323 E; budget.expenditure level 2018-01/P11M "
              "7526.569 E; budget.expenditure.investment level 2018-11 856.561 E; "
              "budget.expenditure.investment level 2018-01/P11M 3689.775 E");
    /* A part headed "KẾ HOẠCH ... NĂM 2024" holds that year's targets. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\n"
              "BÁO CÁO\n"
              "Tình hình kinh tế - xã hội năm 2023\n"
              "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n"
              "Thu ngân sách nhà nước ước đạt 3.050 tỷ đồng.\n"
              "II. KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\n"
              "Thu ngân sách nhà nước 3.300 tỷ đồng.\n",
              "budget.revenue level 2023 3050 E; budget.revenue plan 2024 3300 A");
    /* A sentence without figures is still read when the next goes on from
     * it: its subject names the sectors of "Trong đó: ...", and of the
     * sentences after it in the paragraph, one sector each. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "Tình hình kinh tế - xã hội năm 2023\n"
              "Tổng sản phẩm trên địa bàn (GRDP) tăng khá. Trong đó: Nông - Lâm - Thủy sản tăng "
              "5,84%. Công nghiệp tăng nhanh. Dịch vụ tăng 6,1%.\n",
              "gva.agriculture yoy_pct 2023 5.84 A; gva.services yoy_pct 2023 6.1 A");
    /* ... and when the next opens with its period, after an estimate's
     * word: it is the subject that sentence leaves out. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "Tình hình kinh tế - xã hội 6 tháng đầu năm 2017\n"
              "Tổng mức bán lẻ hàng hóa 6 tháng tăng 10,2%. Thu ngân sách có nhiều cố gắng. Ước 6 "
              "tháng đầu năm 2017 đạt 61,5% dự toán năm, tăng 12,3% so với cùng kỳ năm trước.\n",
              "retail.sales yoy_pct 2017-H1 10.2 A; budget.revenue pct_plan 2017-H1 61.5 E; "
              "budget.revenue yoy_pct 2017-H1 12.3 E");
    /* A title of targets alone: every figure of the document is a plan;
     * a title of results and directions is no such title. */
    doc_facts("25 chỉ tiêu phấn đấu năm 2024\n"
              "Tỉnh Lào Cai. Các chỉ tiêu vừa được HĐND tỉnh thông qua:\n"
              "- Tổng vốn đầu tư toàn xã hội: 60.000 tỷ đồng\n"
              "- Thu ngân sách nhà nước: 12.800 tỷ đồng\n",
              "investment.total plan 2024 60000 A; budget.revenue plan 2024 12800 A");
    /* ... nor a striving in the months left of the year, over the months
     * gone: their figures are results; "lũy kế năm 2023" in a report of
     * October is January to October, "cùng kì" is "cùng kỳ". */
    doc_facts("Trong những tháng cuối năm, Kon Tum quyết tâm phấn đấu hoàn thành các chỉ tiêu "
              "của năm 2023.\n\n"
              "Tình hình kinh tế - xã hội tỉnh tháng 10/2023 phát triển ổn định.\n\n"
              "Tổng mức lưu chuyển bán lẻ hàng hóa và doanh thu dịch vụ xã hội 10 tháng đầu năm "
              "2023 ước đạt 3.234,9 tỷ đồng, bằng 93,7% so với kế hoạch, bằng 110% so với cùng kì "
              "năm 2022. Tháng 10/2023 tổng thu từ khách du lịch đạt 279 tỷ đồng, lũy kế năm 2023 "
              "đạt 1.842 tỷ đồng.\n",
              "retail.sales level 2023-01/P10M 3234.9 E; retail.sales pct_plan 2023-01/P10M 93.7 E; "
              "retail.sales yoy_pct 2023-01/P10M 10 E; tourism.revenue level 2023-10 279 A; "
              "tourism.revenue level 2023-01/P10M 1842 A");
    /* ... nor a striving to complete targets already set. */
    doc_facts("Kon Tum phấn đấu hoàn thành mục tiêu phát triển kinh tế - xã hội năm 2023\n\n"
              "Trong 6 tháng đầu năm 2023, thu ngân sách trên địa bàn đạt 1.512 tỷ đồng, đạt 53% "
              "dự toán.\n",
              "budget.revenue level 2023-H1 1512 A; budget.revenue pct_plan 2023-H1 53 A");
    /* A district a sentence opens with ("Riêng TP. Kon Tum, ...") holds
     * past ';' and goes on in its paragraph, until the province is named
     * again; the next paragraph is the province's. */
    doc_facts_in("kon-tum",
                 "ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
                 "Tình hình du lịch tháng 7 năm 2024\n"
                 "Trong tháng 7, toàn tỉnh đón 120.000 lượt khách, tăng 20%.\n\n"
                 "Riêng TP. Kon Tum, trong tháng 7 đón 80.000 lượt khách (tăng 10%); doanh thu du "
                 "lịch đạt 200 tỷ đồng. Lũy kế 7 tháng, đón 500.000 lượt khách. Toàn tỉnh lũy kế 7 "
                 "tháng đón 900.000 lượt khách.\n\n"
                 "Doanh thu du lịch 7 tháng đạt 1.500 tỷ đồng.\n",
                 "tourism.visitors level 2024-07 120000 A; tourism.visitors yoy_pct 2024-07 20 A; "
                 "tourism.visitors level 2024-07 80000 A [in kon-tum-city]; tourism.visitors yoy_pct "
                 "2024-07 10 A [in kon-tum-city]; tourism.revenue level 2024-07 200 A [in "
                 "kon-tum-city]; tourism.visitors level 2024-01/P7M 500000 A [in kon-tum-city]; "
                 "tourism.visitors level 2024-01/P7M 900000 A; tourism.revenue level 2024-01/P7M "
                 "1500 A");
    /* A province merged into the report's, opening a paragraph ("Đối với
     * tỉnh Thái Bình, ..."): the paragraph gives its figures, as they were
     * before the merger. */
    doc_facts_in("hung-yen",
                 "UBND TỈNH HƯNG YÊN\n"
                 "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025\n\n"
                 "Tổng thu ngân sách tỉnh Hưng Yên đạt 44.963 tỷ đồng.\n\n"
                 "Đối với tỉnh Thái Bình, tổng sản phẩm GRDP ước tăng 9%. Tổng thu ngân sách nhà "
                 "nước thực hiện 28.928 tỷ đồng.\n\n"
                 "Kim ngạch xuất khẩu đạt 100 triệu USD.\n",
                 "budget.revenue level 2025-H1 44963 A; grdp yoy_pct 2025-H1 9 E [in thai-binh]; "
                 "budget.revenue level 2025-H1 28928 A [in thai-binh]; exports level 2025-H1 100 A");
    /* ... but a figure its sentence dates before the targets' year is a
     * result. */
    doc_facts("Quận Hải Châu: Năm 2019, phấn đấu thu ngân sách 1.550 tỷ đồng\n\n"
              "Năm 2018, tổng mức bán lẻ hàng hóa của quận ước đạt 50.743 tỷ đồng, tăng 15,06% so "
              "với cùng kỳ. Năm 2019, quận phấn đấu giải quyết việc làm cho 9.000 lao động.\n",
              "budget.revenue plan 2019 1550 A; retail.sales level 2018 50743 E; retail.sales "
              "yoy_pct 2018 15.06 E; labour.jobs plan 2019 9000 A");
    /* "Lũy kế 10 tháng ước đạt ...", its subject left out, gives the
     * running total of the month's figure before it: the next sentence
     * goes back to the month; "Lũy kế cả năm, ..." opens what follows. */
    doc_facts("UBND thành phố Kon Tum họp phiên thường kỳ tháng 10 năm 2021\n\n"
              "Tổng mức bán lẻ hàng hóa tháng 10 ước đạt 2.583 tỷ đồng. Lũy kế 10 tháng ước đạt "
              "23.748 tỷ đồng. Giá trị sản xuất công nghiệp ước đạt 1.276 tỷ đồng.\n",
              "retail.sales level 2021-10 2583 E; retail.sales level 2021-01/P10M 23748 E; "
              "industry.output level 2021-10 1276 E");
    doc_facts("Tình hình kinh tế - xã hội tỉnh Kon Tum quý IV năm 2025\n\n"
              "Chỉ số sản xuất công nghiệp quý IV tăng 17,6%. Lũy kế cả năm, chỉ số sản xuất công "
              "nghiệp tăng 16,47%. Tổng kim ngạch xuất khẩu đạt 4.500 triệu USD.\n",
              "industry.production_index yoy_pct 2025-Q4 17.6 A; industry.production_index "
              "yoy_pct 2025 16.47 A; exports level 2025 4500 A");
    /* After a list of parts ("trong đó: ...; thu tiền sử dụng đất ..."),
     * a sentence that leaves its subject out goes on with their total. */
    doc_facts("UBND thành phố Kon Tum họp phiên thường kỳ tháng 10 năm 2021\n\n"
              "Thu ngân sách ước đạt 378,91 tỷ đồng, trong đó: thu thuế phí, thu khác đạt 59,18 "
              "tỷ đồng; thu tiền sử dụng đất ước đạt 319,73 tỷ đồng. Lũy kế 10 tháng ước đạt "
              "2.386 tỷ đồng, bằng 101,96% kế hoạch.\n",
              "budget.revenue level 2021-10 378.91 E; budget.revenue.land level 2021-10 319.73 E; "
              "budget.revenue level 2021-01/P10M 2386 E; budget.revenue pct_plan 2021-01/P10M "
              "101.96 E");
    /* "Riêng trong tháng 10/2024, ..." opening a paragraph: the month the
     * paragraph's sentences after it are of. */
    doc_facts("Du lịch tỉnh Kon Tum 10 tháng năm 2024\n\n"
              "Tổng thu du lịch ước đạt hơn 4.700 tỷ đồng.\n\n"
              "Riêng trong tháng 10/2024, toàn tỉnh đón 60.000 lượt khách. Tổng doanh thu du "
              "lịch ước đạt 323,5 tỷ đồng.\n",
              "tourism.revenue level 2024-01/P10M 4700 E; tourism.visitors level 2024-10 60000 A; "
              "tourism.revenue level 2024-10 323.5 E");
    /* A year after the report's period is a target's, but not one the
     * report's date has passed: a review written in 2018 of a town's
     * twenty years. */
    doc_facts("Thứ Sáu, 02/11/2018 17:16\n\nHà Tiên lên thành phố\n\n"
              "Nếu như năm 1998, thu ngân sách của TX.Hà Tiên chỉ đạt 16,2 tỉ đồng thì năm 2017 là "
              "hơn 109,6 tỉ đồng.\n",
              "budget.revenue level 1998 16.2 A; budget.revenue level 2017 109.6 A");
    /* ... and "Tính trong tháng 5/2024, ...". */
    doc_facts("Du lịch tỉnh Kon Tum 5 tháng năm 2024\n\n"
              "Tổng thu từ khách du lịch ước đạt gần 2.000 tỷ đồng.\n\n"
              "Tính trong tháng 5/2024, toàn tỉnh đã đón 83.000 lượt khách. Tổng thu từ khách du "
              "lịch ước đạt 420,5 tỷ đồng.\n",
              "tourism.revenue level 2024-01/P5M 2000 E; tourism.visitors level 2024-05 83000 A; "
              "tourism.revenue level 2024-05 420.5 E");
    /* A subject named after the sentence's last figure, with none of its
     * own, is no subject the next sentence goes on with. */
    doc_facts("Kinh tế tỉnh Kon Tum 9 tháng năm 2021\n\n"
              "Tổng sản phẩm trên địa bàn (GRDP) quý III giảm 7,02% so với cùng kỳ năm 2020, nhất "
              "là khu vực dịch vụ và các ngành công nghiệp, xây dựng. Tính chung 9 tháng tăng "
              "1,28% so với cùng kỳ năm 2020.\n",
              "grdp yoy_pct 2021-Q3 -7.02 A; grdp yoy_pct 2021-01/P9M 1.28 A");
    /* A scenario passed ("cao hơn so kịch bản") tells of results, and
     * the brackets after it list the parts' own growth: no target, no
     * share of the scenario. */
    doc_facts("Kinh tế tỉnh Kon Tum 9 tháng năm 2022\n\n"
              "GRDP tăng 7,2%. Tất cả các khu vực đều tăng trưởng cao hơn so kịch bản (nông, lâm, "
              "thủy sản tăng 2,99%; công nghiệp - xây dựng tăng 9,95%).\n",
              "grdp yoy_pct 2022-01/P9M 7.2 A; gva.agriculture yoy_pct 2022-01/P9M 2.99 A; "
              "gva.industry yoy_pct 2022-01/P9M 9.95 A");
    /* A headline's striving with no year or target named is no such
     * title: the interview under it tells the year's results. */
    doc_facts("Thị xã phấn đấu xứng đáng đô thị trẻ, năng động\n\n"
              "Năm 2022, thị xã có 14/14 chỉ tiêu đạt và vượt kế hoạch. Tổng thu ngân sách đạt "
              "137 tỷ đồng, đạt 143% dự toán.\n",
              "budget.revenue level 2022 137 A; budget.revenue pct_plan 2022 143 A");
    doc_facts("Kết quả thực hiện kế hoạch năm 2023 và phương hướng năm 2024 của tỉnh Lào Cai\n"
              "Thu ngân sách nhà nước năm 2023 đạt 12.000 tỷ đồng.\n",
              "budget.revenue level 2023 12000 A");
    /* ... and of the two, the document keeps the narrower. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n"
              "Báo cáo kết quả thực hiện nhiệm vụ giai đoạn 2016-2020\n"
              "Tổng thu ngân sách nhà nước giai đoạn 2016-2020 ước đạt 55.257 tỷ đồng; trong đó, "
              "thu ngân sách nhà nước trên địa bàn ước đạt 5.794,01 tỷ đồng.\n",
              "budget.revenue level 2016/2020 5794.01 E");
    /* ... also when "Trong đó:" opens the next sentence. */
    doc_facts("ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU\n"
              "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2023\n"
              "Tổng thu ngân sách đạt 822 tỷ đồng. Trong đó: Tổng thu ngân sách trên địa bàn đạt "
              "trên 114 tỷ đồng, bằng 42,21% dự toán giao.\n",
              "budget.revenue level 2023-01/P9M 114 A; budget.revenue pct_plan 2023-01/P9M 42.21 A");
    /* ... however short its phrase, and in brackets too; what the
     * sentence gave of the total beside it goes with its level. */
    doc_facts("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG GIANG\n"
              "Báo cáo tình hình kinh tế - xã hội năm 2024\n"
              "Tổng thu ngân sách nhà nước của huyện trên 1.327 tỷ đồng, đạt 221,36% kế hoạch "
              "(trong đó thu ngân sách trên địa bàn huyện là 268,4 tỷ đồng, đạt 105% dự toán).\n",
              "budget.revenue level 2024 268.4 A; budget.revenue pct_plan 2024 105 A");
    doc_facts("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG GIANG\n"
              "Báo cáo tình hình kinh tế - xã hội năm 2024\n"
              "Tổng thu ngân sách nhà nước 1.327 tỷ đồng; trong đó thu trên địa bàn 268,4 tỷ "
              "đồng.\n",
              "budget.revenue level 2024 268.4 A");
    /* An opening word that says nothing ("Đặc biệt,") before the period
     * of a sentence that leaves its subject out: the one before, which
     * has no figure, names it. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n"
              "Báo cáo tổng kết năm 2023\n"
              "Đến nay, tỉnh duy trì được tốc độ tăng trưởng kinh tế tương đối cao qua các thời "
              "kỳ. Đặc biệt, giai đoạn 2016-2020 đạt gần 8,9%/năm.\n",
              "grdp avg_annual_pct 2016/2020 8.9 A");
    /* The period aimed at after a target cue is not the one "Theo đó"
     * goes on with: the one reported on before the cue is. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "Kỳ họp thứ 7 của Hội đồng nhân dân tỉnh\n"
              "Phó Chủ tịch UBND tỉnh báo cáo tình hình kinh tế - xã hội trong 6 tháng đầu năm 2024 "
              "và phương hướng, nhiệm vụ 6 tháng cuối năm 2024. Theo đó, tổng sản phẩm trên địa "
              "bàn ước đạt 8.165 tỷ đồng.\n",
              "grdp level 2024-H1 8165 E");
    /* "Tính đến tháng 10/2022, ..." opening a sentence dates the
     * sentences after it in its paragraph. */
    doc_facts("ỦY BAN NHÂN DÂN THÀNH PHỐ SẦM SƠN\n"
              "Tổng kết hoạt động du lịch năm 2022\n"
              "Tính đến tháng 10/2022, thành phố đón được gần 6,9 triệu lượt khách. Tổng thu từ "
              "khách du lịch ước đạt 13.976,6 tỷ đồng.\n",
              "tourism.visitors level 2022-01/P10M 6900000 A; tourism.revenue level 2022-01/P10M "
              "13976.6 E");
    /* A paragraph opening with "Riêng quý 3 ..., " is of that quarter:
     * its sentences after name none; the next paragraph is the report's
     * again. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "Tình hình kinh tế - xã hội 9 tháng năm 2024\n"
              "Tổng thu du lịch ước đạt 4.138 tỷ đồng.\n"
              "Riêng quý 3 năm 2024, tổng lượt khách ước đạt 380 nghìn lượt. Trong đó, khách "
              "quốc tế ước đạt 12 nghìn lượt. Tổng doanh thu du lịch ước đạt 1.809 tỷ đồng.\n"
              "Thu ngân sách ước đạt 2.000 tỷ đồng.\n",
              "tourism.revenue level 2024-01/P9M 4138 E; tourism.visitors level 2024-Q3 380000 E; "
              "tourism.revenue level 2024-Q3 1809 E; budget.revenue level 2024-01/P9M 2000 E");
    /* Sentences glued by a page ("dự toán.Tổng"): the second's date is its
     * own, not the first's months; "Tp.Hồ Chí Minh" stays one name. */
    doc_facts("ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
              "Tình hình kinh tế - xã hội 9 tháng năm 2024\n"
              "Chi ngân sách 9 tháng thực hiện 1.200 tỷ đồng, đạt 39% dự toán.Giải ngân vốn đầu tư "
              "công (tính đến ngày 21.10.2024) là 680 tỷ đồng, đạt 44,5% kế hoạch.\n",
              "budget.expenditure level 2024-01/P9M 1200 A; budget.expenditure pct_plan 2024-01/P9M "
              "39 A; public_investment.disbursed level 2024-01-01/2024-10-21 680 A; "
              "public_investment.disbursed pct_plan 2024-01-01/2024-10-21 44.5 A");
    /* A paragraph opened by its source and another year ("Theo báo cáo
     * tại Hội nghị, năm 2019, ...") in a report of the year after: the
     * sentences after it in the paragraph are of that year. */
    doc_facts("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum\n"
              "Triển khai công tác lao động năm 2020\n\n"
              "Trong năm 2020, ngành phấn đấu tạo việc làm cho 15.000 người.\n\n"
              "Theo báo cáo tại Hội nghị, năm 2019, ngành đã hoàn thành các chỉ tiêu đề ra. Toàn "
              "tỉnh đã tạo việc làm cho 16.120 người.\n",
              "labour.jobs plan 2020 15000 A; labour.jobs level 2019 16120 A");
}

/* ---- flattened tables ---- */

static void test_tables(void **state)
{
    (void)state;
    static const char *const cells[] = {
        "Chỉ tiêu", "Năm 2019", "Năm 2020", "KH 2021",
        "Tổng đàn gia súc (nghìn con)", "60,5", "64,96", "70",
        "Thu ngân sách nhà nước (triệu đồng)", "1.200.000", "1.304.372", "-",
        "Ghi chú", "x"};
    size_t n = sizeof cells / sizeof cells[0];
    ts_span lines[16];
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        lines[i] = (ts_span){cells[i], strlen(cells[i]), off, 0, 0};
        off += strlen(cells[i]) + 1;
    }
    ts_extract_ctx cx;
    sink s;
    start(&cx, &s, "2020");
    ts_error e;
    assert_int_equal(ts_extract_tables(lines, n, &cx, LX, CAT, collect, &s, &e), TS_OK);
    assert_string_equal(s.buf, "livestock.total level 2019 60500 A; livestock.total level 2020 "
                               "64960 A; livestock.total plan 2021 70000 A; budget.revenue level "
                               "2019 1200 A; budget.revenue level 2020 1304.372 A");
}

/* A row kept on one line: cells apart by tabs or runs of spaces, a unit
 * column after the label, a row number before it. */
static void test_table_rows(void **state)
{
    (void)state;
    static const char *const rows[] = {
        "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2022\tƯớc TH năm 2023\tKH năm 2024",
        "1\tThu ngân sách nhà nước\ttỷ đồng\t2.905\t3.287\t3.300",
        "Tổng đàn gia súc (nghìn con)     186,5     194,3     -",
        "Một câu văn  có hai khoảng trắng, năm 2022 đạt 5 tỷ đồng."};
    ts_span lines[4];
    size_t off = 0;
    for (size_t i = 0; i < 4; i++) {
        lines[i] = (ts_span){rows[i], strlen(rows[i]), off, 0, 0};
        off += strlen(rows[i]) + 1;
    }
    ts_extract_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.area = "kon-tum";
    cx.period = cx.report = cx.target = per("2023");
    sink s;
    memset(&s, 0, sizeof s);
    ts_error e;
    assert_int_equal(ts_extract_tables(lines, 4, &cx, LX, CAT, collect, &s, &e), TS_OK);
    assert_string_equal(s.buf, "budget.revenue level 2022 2905 A; budget.revenue level 2023 "
                               "3287 E; budget.revenue plan 2024 3300 A; livestock.total level "
                               "2022 186500 A; livestock.total level 2023 194300 E");
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clauses),
        cmocka_unit_test(test_directions),
        cmocka_unit_test(test_carried_topic),
        cmocka_unit_test(test_unmatched),
        cmocka_unit_test(test_lexicon_folding),
        cmocka_unit_test(test_lexicon_user),
        cmocka_unit_test(test_lexicon_errors),
        cmocka_unit_test(test_document),
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_table_rows),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
