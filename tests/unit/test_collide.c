/* Unit tests of one document's facts held and settled (libts/text/
 * collide.c through ts_extract_doc_to): repeats given once, two values
 * of one key settled by the rules (running text over footnote, own phrase
 * over a conditional one, total over part, the more specific phrase), a
 * tie kept first-come and reported, a headline's restatement dropped. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sentence_fixture.h"

typedef struct {
    sink facts;
    char collisions[1024];
} run_result;

static void on_fact(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    collect(&((run_result *)user)->facts, f, offset, excerpt);
}

static void on_collision(void *user, const ts_fact *kept, size_t ko, const char *ke,
                         const ts_fact *dropped, size_t dof, const char *de)
{
    (void)ko;
    (void)ke;
    (void)dof;
    (void)de;
    run_result *r = user;
    char a[32], b[32];
    ts_value_format(kept->value, a, sizeof a);
    ts_value_format(dropped->value, b, sizeof b);
    size_t l = strlen(r->collisions);
    snprintf(r->collisions + l, sizeof r->collisions - l, "%s%s kept %s not %s", l ? "; " : "",
             kept->indicator, a, b);
}

static void settle(const char *text, run_result *r)
{
    ts_doc *doc;
    ts_error e;
    memset(r, 0, sizeof *r);
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    ts_extract_sink h = {.fact = on_fact, .collision = on_collision, .user = r};
    assert_int_equal(ts_extract_doc_to(doc, LX, CAT, &h, &e), TS_OK);
    ts_doc_free(doc);
}

#define HEAD "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n"

static void test_repeats_once(void **state)
{
    (void)state;
    run_result r;
    settle(HEAD "Tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng.\n"
                "Như đã nêu, tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng.\n",
           &r);
    assert_string_equal(r.facts.buf, "investment.total level 2023 31000 A");
    assert_string_equal(r.collisions, "");
}

static void test_rules_settle(void **state)
{
    (void)state;
    static const struct {
        const char *why, *text, *facts;
        const char *collisions; /* NULL: not checked */
    } cases[] = {
        {"a stock's total after 'lên' over the count added to it in its sentence, untold",
         HEAD "Năm 2023 có 13 xã đạt chuẩn nông thôn mới, đưa tổng số xã đạt chuẩn nông thôn mới "
              "toàn tỉnh lên 88 xã.\n",
         "rural.ncr_communes level 2023 88 A", ""},
        {"a figure as written over one rounded, wherever each stands",
         HEAD "Hơn 700 doanh nghiệp thành lập mới.\n"
              "Cả năm, toàn tỉnh có 761 doanh nghiệp thành lập mới.\n",
         "enterprise.new level 2023 761 A", ""},
        {"far from the rounded figure, a figure as written is another one (a part read as the "
         "whole): first come, and told",
         HEAD "Khoảng 700 doanh nghiệp thành lập mới.\n"
              "Cả năm, toàn tỉnh có 95 doanh nghiệp thành lập mới.\n",
         "enterprise.new level 2023 700 E", "enterprise.new kept 700 not 95"},
        {"a mark passed ('vượt con số') gives way to the figure past it, however far",
         HEAD "Năm 2023 lần đầu tiên thu ngân sách vượt con số 10 nghìn tỷ đồng.\n"
              "Cụ thể, thu ngân sách đạt 12.498 tỷ đồng.\n",
         "budget.revenue level 2023 12498 A", ""},
        {"... but not to a figure below it (another figure)",
         HEAD "Thu ngân sách vượt mốc 10 nghìn tỷ đồng.\n"
              "Cả năm, thu ngân sách đạt 8.200 tỷ đồng.\n",
         "budget.revenue level 2023 10000 A", "budget.revenue kept 10000 not 8200"},
        {"in one sentence too: a figure as written after one written rounded",
         HEAD "Thu ngân sách đạt hơn 100 tỷ đồng, giá trị sản xuất tăng 13%, thu ngân sách "
              "đạt 106,8 tỷ đồng.\n",
         "budget.revenue level 2023 106.8 A", ""},
        {"a figure with more decimals over the one it rounds to ('tăng 9,5%' in a headline, "
         "'9,54%' in the text); not over one it does not round to",
         HEAD "GRDP tăng 9,5%.\n"
              "Theo đó, tổng sản phẩm trên địa bàn (GRDP) tăng 9,54%. Chỉ số sản xuất công "
              "nghiệp tăng 7,1%.\nChỉ số sản xuất công nghiệp tăng 7,16%.\n",
         "grdp yoy_pct 2023 9.54 A; industry.production_index yoy_pct 2023 7.1 A",
         "industry.production_index kept 7.1 not 7.16"},
        {"two-word qualifiers round too ('xấp xỉ')",
         HEAD "Xấp xỉ 700 doanh nghiệp thành lập mới.\n"
              "Cả năm, toàn tỉnh có 761 doanh nghiệp thành lập mới.\n",
         "enterprise.new level 2023 761 A", ""},
        {"a total over the part of a breakdown",
         HEAD "Giải quyết việc làm cho 21.400 lao động.\n"
              "Trong đó: đào tạo nghề, giải quyết việc làm cho 3.150 lao động.\n",
         "labour.jobs level 2023 21400 A", ""},
        {"'Trong đó' after a sentence that gives no total: no part, and two figures of the "
         "report's period are told",
         HEAD "Năm 2023, kinh tế của tỉnh tiếp tục đạt nhiều kết quả tích cực.\n"
              "Trong đó, chỉ số sản xuất công nghiệp tăng 9,11%.\n"
              "Bên cạnh đó, chỉ số sản xuất công nghiệp ước tăng 8%.\n",
         "industry.production_index yoy_pct 2023 9.11 A",
         "industry.production_index kept 9.11 not 8"},
        {"'Tính chung N tháng' opening a sentence dates the sentences after it in its paragraph "
         "(a month's report: the month otherwise)",
         "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2025\n"
         "Tổng doanh thu du lịch trong tháng ước đạt 4.157,5 tỷ đồng.\n"
         "Tính chung 10 tháng năm 2025, lượng khách du lịch ước đạt 14,8 triệu lượt. Tổng thu từ "
         "khách du lịch ước đạt 60.318,9 tỷ đồng.\n",
         "tourism.revenue level 2025-10 4157.5 E; tourism.visitors level 2025-01/P10M 14800000 E; "
         "tourism.revenue level 2025-01/P10M 60318.9 E",
         NULL},
        {"a paragraph opening on another year than the report's goes on about it",
         "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2019\n"
         "Năm 2018, tổng giá trị sản xuất tăng 12%. Thu ngân sách đạt 630 tỷ đồng, đạt 122% kế "
         "hoạch.\nThu ngân sách đạt 700 tỷ đồng.\n",
         "budget.revenue level 2018 630 A; budget.revenue pct_plan 2018 122 A; "
         "budget.revenue level 2019 700 A",
         NULL},
        {"... not on the report's own year, which would take a monthly report's month",
         "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2018\n"
         "Năm 2018, tổng vốn đầu tư toàn xã hội ước đạt 5.000 tỷ đồng. Thu ngân sách đạt 400 tỷ "
         "đồng.\n",
         "investment.total level 2018 5000 E; budget.revenue level 2018-10 400 A", NULL},
        {"a sentence going on ('Cụ thể:') speaks under the words of the one before: shares of "
         "the structure it named",
         "UBND TỈNH KHÁNH HÒA\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2019\n"
         "Cơ cấu GRDP của tỉnh có sự chuyển dịch tích cực. Cụ thể: khu vực nông lâm nghiệp và "
         "thuỷ sản chỉ chiếm 18,8%, trong khi đó khu vực dịch vụ cũng chiếm trên 31%.\n",
         "grdp.share.agriculture level 2019 18.8 A; grdp.share.services level 2019 31 A", NULL},
        {"the more specific phrase: revenue collected on the territory",
         HEAD "Tổng thu ngân sách nhà nước đạt 19.000 tỷ đồng. Thu ngân sách nhà nước trên địa "
              "bàn đạt 6.100 tỷ đồng.\n",
         "budget.revenue level 2023 6100 A", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run_result r;
        settle(cases[i].text, &r);
        if (strcmp(r.facts.buf, cases[i].facts) != 0 ||
            (cases[i].collisions && strcmp(r.collisions, cases[i].collisions) != 0))
            fail_msg("%s: got facts '%s', collisions '%s'", cases[i].why, r.facts.buf,
                     r.collisions);
    }
}

static void test_tie_reported(void **state)
{
    (void)state;
    run_result r;
    settle(HEAD "Tổng vốn đầu tư toàn xã hội đạt 31.000 tỷ đồng.\n"
                "Tổng vốn đầu tư toàn xã hội đạt 29.500 tỷ đồng.\n",
           &r);
    assert_string_equal(r.facts.buf, "investment.total level 2023 31000 A");
    assert_string_equal(r.collisions, "investment.total kept 31000 not 29500");
}

static void test_unqualified_dropped(void **state)
{
    (void)state;
    run_result r;
    /* The same growth with its price basis and later without: one figure. */
    settle(HEAD "GRDP theo giá so sánh 2010 tăng 6,4%.\n"
                "Với mức tăng trưởng kinh tế 6,4% năm 2023, tỉnh xếp thứ 20.\n",
           &r);
    assert_string_equal(r.facts.buf, "grdp yoy_pct 2023 6.4 A [const2010]");
    assert_string_equal(r.collisions, "");
}

/* The issuer of a city council's plan follows the report's area: inside
 * a municipality "thành phố" is the municipality (the province's level),
 * inside a province a city of its own (a district's). */
static void test_city_council_by_area(void **state)
{
    (void)state;
    run_result r;
    settle("UBND HUYỆN ĐÔNG ANH\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n"
           "Thu ngân sách đạt 900 tỷ đồng, đạt 120% dự toán HĐND thành phố giao.\n",
           &r);
    assert_string_equal(r.facts.buf,
                        "budget.revenue level 2023 900 A; budget.revenue pct_plan 2023 120 A [by province]");
    settle("UBND THÀNH PHỐ PLEIKU\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2023\n"
           "Thu ngân sách đạt 900 tỷ đồng, đạt 120% dự toán HĐND thành phố giao.\n",
           &r);
    assert_string_equal(r.facts.buf,
                        "budget.revenue level 2023 900 A; budget.revenue pct_plan 2023 120 A [by district]");
}

static void test_headline_restated(void **state)
{
    (void)state;
    run_result r;
    /* A headline with the report's period restates a figure the text dates. */
    settle("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nBÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2024\n\n"
           "Kinh tế tiếp tục phục hồi.\n\n1.850 doanh nghiệp thành lập mới\n\n"
           "Đến ngày 15/9, toàn tỉnh có 1.850 doanh nghiệp thành lập mới.\n",
           &r);
    assert_string_equal(r.facts.buf, "enterprise.new level 2024-01-01/2024-09-15 1850 A");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repeats_once),
        cmocka_unit_test(test_rules_settle),
        cmocka_unit_test(test_tie_reported),
        cmocka_unit_test(test_unqualified_dropped),
        cmocka_unit_test(test_headline_restated),
        cmocka_unit_test(test_city_council_by_area),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
