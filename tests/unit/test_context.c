/* Unit tests of the document context from the body (libts/text/context.c,
 * ts_doc_infer): the report period of texts without a title block, its
 * year, the report date from a dateline, and what the caller states. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "extract_fixture.h"

/* The report period ts_doc_infer finds in text ("-" for none), and its
 * date as "YYYY-MM-DD" ("-" for none). */
static void infer(const char *text, char *period, char *date)
{
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    const ts_doc_meta *m = ts_doc_meta_get(doc);
    strcpy(period, "-");
    if (m->has_period)
        ts_period_format(m->period, period, TS_PERIOD_TEXT_MAX);
    strcpy(date, "-");
    if (m->has_date)
        snprintf(date, 16, "%04d-%02d-%02d", m->year, m->month, m->day);
    ts_doc_free(doc);
}

static const struct {
    const char *why;
    const char *text;
    const char *period, *date;
} cases[] = {
    {"a headline's 'quý IV và cả năm' is the year",
     "Tình hình kinh tế - xã hội quý IV và cả năm 2022\n"
     "Tổng sản phẩm trên địa bàn quý IV tăng 6,1%; cả năm tăng 5,8%.\n",
     "2022", "-"},
    {"the headline's month over the cumulative beside it",
     "Kinh tế - xã hội tháng 7 và 7 tháng năm 2023\n"
     "Thu ngân sách ước đạt 610 tỷ đồng, lũy kế 7 tháng đạt 5.200 tỷ đồng.\n",
     "2023-07", "-"},
    {"no title: the period the body repeats, its year after 'cùng kỳ năm Y'",
     "1. Kinh tế\n"
     "Tổng mức bán lẻ hàng hóa 8 tháng ước đạt 41.000 tỷ đồng, tăng 9% so với cùng kỳ năm 2022. "
     "Chỉ số sản xuất công nghiệp tháng 8 tăng 4,2%. Lượng khách du lịch 8 tháng đạt 2 triệu "
     "lượt.\n",
     "2023-01/P8M", "-"},
    {"flows up to a month's end are the months from January",
     "Tổng chi ngân sách thực hiện đến 31/8/2023 là 4.100 tỷ đồng. Dư nợ tín dụng đến 31/8/2023 "
     "đạt 60.000 tỷ đồng, tăng 5% so với 31/12/2022.\n",
     "2023-01/P8M", "-"},
    {"a dateline; a document's date in the text is none",
     "14:20 - 12/07/2023\n"
     "Theo Nghị quyết số 12-NQ/TU ngày 04 tháng 11 năm 2020, 6 tháng đầu năm 2023 thu ngân sách "
     "đạt 3.000 tỷ đồng.\n",
     "2023-H1", "2023-07-12"},
    {"a target year and a figure's own year do not name the report",
     "Nhiệm kỳ 2016 - 2020, kinh tế tăng trưởng khá.\n"
     "Thu ngân sách tăng từ 2.100 tỷ đồng năm 2015 lên 3.400 tỷ đồng năm 2020, phấn đấu đến năm "
     "2025 đạt 5.000 tỷ đồng.\n",
     "2016/2020", "-"},
    {"no year anywhere: no period", "Quý I, thu ngân sách đạt 700 tỷ đồng.\n", "-", "-"},
    {"the date gives the year a period lacks",
     "Ngày 02/04/2024\nQuý I, thu ngân sách đạt 700 tỷ đồng.\n", "2024-Q1", "2024-04-02"},
};

static void test_infer(void **state)
{
    (void)state;
    char period[TS_PERIOD_TEXT_MAX], date[16];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        infer(cases[i].text, period, date);
        if (strcmp(period, cases[i].period) != 0 || strcmp(date, cases[i].date) != 0)
            fail_msg("%s: got %s %s, want %s %s", cases[i].why, period, date, cases[i].period,
                     cases[i].date);
    }
}

/* What the caller states stays: --period, --date. */
static void test_stated(void **state)
{
    (void)state;
    const char *text = "Quý I, thu ngân sách đạt 700 tỷ đồng.\n";
    ts_doc *doc;
    ts_error e;
    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    ts_doc_set_date(doc, 2024, 4, 15);
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    const ts_doc_meta *m = ts_doc_meta_get(doc);
    char p[TS_PERIOD_TEXT_MAX];
    assert_true(m->has_period);
    ts_period_format(m->period, p, sizeof p);
    assert_string_equal(p, "2024-Q1");
    assert_int_equal(m->day, 15);
    /* The facts of the document take that period. */
    sink s;
    memset(&s, 0, sizeof s);
    assert_int_equal(ts_extract_doc(doc, LX, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "budget.revenue level 2024-Q1 700 A");
    ts_doc_free(doc);

    assert_int_equal(ts_doc_parse("r.txt", text, strlen(text), &doc, &e), TS_OK);
    ts_doc_set_period(doc, per("2023-Q2"));
    assert_int_equal(ts_doc_infer(doc, LX, &e), TS_OK);
    ts_period_format(ts_doc_meta_get(doc)->period, p, sizeof p);
    assert_string_equal(p, "2023-Q2");
    ts_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_infer),
        cmocka_unit_test(test_stated),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
