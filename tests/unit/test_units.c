/* Unit tests of libts/core/units.c: canonical ids, Vietnamese unit phrases with
 * their scales and word boundaries, and conversion between money scales. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "ts.h"

static void test_canonical(void **state)
{
    (void)state;
    const char *yes[] = {"bn_vnd", "mn_vnd", "mn_usd", "ha", "head", "tonne",
                         "quintal_per_ha", "pct", "visit", "person", "household", "commune",
                         "enterprise", "coop", "project", "school", "pupil", "document",
                         "task", "dossier", "case", "criterion"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!ts_unit_is_canonical(yes[i]))
            fail_msg("%s should be canonical", yes[i]);
    const char *no[] = {"", "vnd", "BN_VND", "bn_vnd ", "km", "tỷ đồng", "tonnes", "a", "zzz"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (ts_unit_is_canonical(no[i]))
            fail_msg("%s should not be canonical", no[i]);
    assert_false(ts_unit_is_canonical(NULL));
}

/* Counts of whole things are rounded in estimates; amounts are not. */
static void test_count(void **state)
{
    (void)state;
    const char *yes[] = {"enterprise", "project", "visit", "head", "person", "household", "case"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (!ts_unit_is_count(yes[i]))
            fail_msg("%s should count", yes[i]);
    const char *no[] = {"bn_vnd", "ha", "tonne", "pct", "quintal_per_ha", "criterion", "", "zzz"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (ts_unit_is_count(no[i]))
            fail_msg("%s should not count", no[i]);
    assert_false(ts_unit_is_count(NULL));
}

/* text, the part consumed ("": the whole text), unit, factor */
static const struct {
    const char *text;
    const char *consumed;
    const char *unit;
    double factor;
} matches[] = {
    {"tỷ đồng", "", "bn_vnd", 1},
    {"tỷ đồng, đạt 63,4%", "tỷ đồng", "bn_vnd", 1},
    {"Tỷ Đồng", "", "bn_vnd", 1},
    {"TỶ ĐỒNG", "", "bn_vnd", 1},
    {"tỉ đồng", "", "bn_vnd", 1},
    {"triệu đồng", "", "bn_vnd", 0.001},
    {"triệu đồng/người/năm", "triệu đồng", "bn_vnd", 0.001},
    {"nghìn tỷ đồng", "", "bn_vnd", 1000},
    {"ngàn tỷ đồng", "", "bn_vnd", 1000},
    {"nghìn đồng", "", "bn_vnd", 1e-6},
    {"đồng", "", "bn_vnd", 1e-9},
    {"tỷ VNĐ", "", "bn_vnd", 1},
    {"tỷ đồng1", "tỷ đồng", "bn_vnd", 1}, /* footnote mark stuck to the word */
    {"tỷ\nđồng", "", "bn_vnd", 1},  /* a PDF line break inside the phrase */
    {" tỷ  đồng", "", "bn_vnd", 1}, /* leading and inner white space */
    {"triệu USD", "", "mn_usd", 1},
    {"tỷ USD", "", "mn_usd", 1000},
    {"nghìn USD", "", "mn_usd", 0.001},
    {"USD", "", "mn_usd", 1e-6},
    {"triệu đô la Mỹ", "", "mn_usd", 1},
    {"ha", "", "ha", 1},
    {"ha,", "ha", "ha", 1},
    {"ha.", "ha", "ha", 1},
    {"ha/2.000 ha", "ha", "ha", 1},
    {"héc-ta", "", "ha", 1},
    {"nghìn ha", "", "ha", 1000},
    {"con", "", "head", 1},
    {"nghìn con", "", "head", 1000},
    {"tấn", "", "tonne", 1},
    {"nghìn tấn", "", "tonne", 1000},
    {"tạ/ha", "", "quintal_per_ha", 1},
    {"%", "", "pct", 1},
    {"%)", "%", "pct", 1},
    {"% so với cùng kỳ", "%", "pct", 1},
    {"lượt", "", "visit", 1},
    {"lượt khách", "", "visit", 1},
    {"triệu lượt khách", "", "visit", 1e6},
    {"nghìn lượt khách", "", "visit", 1000},
    {"triệu lượt", "", "visit", 1e6},
    {"lượt người", "", "visit", 1},
    {"người", "", "person", 1},
    {"lao động", "", "person", 1},
    {"nghìn người", "", "person", 1000},
    {"hộ", "", "household", 1},
    {"hộ nghèo", "hộ", "household", 1},
    {"hộ gia đình", "", "household", 1},
    {"xã", "", "commune", 1},
    {"xã đạt chuẩn", "xã", "commune", 1},
    {"doanh nghiệp", "", "enterprise", 1},
    {"Doanh nghiệp", "", "enterprise", 1},
    {"hợp tác xã", "", "coop", 1},
    {"HTX", "", "coop", 1},
    {"dự án", "", "project", 1},
    {"trường", "", "school", 1},
    {"trường học", "", "school", 1},
    {"học sinh", "", "pupil", 1},
    {"HS chiếm", "HS", "pupil", 1},
    {"văn bản", "", "document", 1},
    {"hồ sơ", "", "dossier", 1},
    {"vụ", "", "case", 1},
    {"vụ việc", "", "case", 1},
    {"tiêu chí", "", "criterion", 1},
    {"đầu công việc", "", "task", 1},
    {"nhiệm vụ", "", "task", 1},
    {"trường hợp", "", "case", 1},
    {"vụ án", "", "case", 1},
};

static void test_match(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof matches / sizeof matches[0]; i++) {
        const char *t = matches[i].text;
        ts_unit_match m = {NULL, 0};
        size_t n = ts_unit_match_text(t, strlen(t), &m);
        size_t want = strlen(matches[i].consumed[0] ? matches[i].consumed : t);
        if (n != want)
            fail_msg("\"%s\": consumed %zu, wanted %zu", t, n, want);
        assert_non_null(m.unit);
        if (strcmp(m.unit, matches[i].unit) != 0)
            fail_msg("\"%s\": unit %s, wanted %s", t, m.unit, matches[i].unit);
        if (m.factor != matches[i].factor)
            fail_msg("\"%s\": factor %.17g, wanted %.17g", t, m.factor, matches[i].factor);
        assert_true(ts_unit_is_canonical(m.unit));
    }
}

/* Texts that start with no unit: words that merely begin like one. */
static void test_no_match(void **state)
{
    (void)state;
    const char *texts[] = {"", " ", "hai", "hàng", "hat", "Hà Nội", "contact", "tấnx",
                           "tỷ lệ", "tỷ", "triệu", "nghìn tỷ", "\xe1\xbb", "xa",
                           "đồngbằng", "vụn", "so với", "km", "\xff\xfe",
                           "ha\xcc\x81", /* "ha" + combining acute: not "ha" */
                           "lượtx", "doanh", "hợp tác", "ngư\xff", "xã hội", "vụ Đông Xuân",
                           "vụ mùa", "Vụ hè thu", "triệu xã hội",
                           "tỷ tỷ tỷ tỷ đồng"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ts_unit_match m = {"untouched", 42};
        size_t n = ts_unit_match_text(texts[i], strlen(texts[i]), &m);
        if (n != 0)
            fail_msg("\"%s\" matched %zu bytes as %s", texts[i], n, m.unit);
        assert_string_equal(m.unit, "untouched");
    }
}

/* The length bounds the match: "tỷ đồng" cut after "tỷ" is no unit, and
 * "ha" cut before the "i" of "hai" is. */
static void test_match_length(void **state)
{
    (void)state;
    ts_unit_match m;
    assert_int_equal(ts_unit_match_text("tỷ đồng", 4, &m), 0);
    assert_int_equal(ts_unit_match_text("hai", 2, &m), 2);
    assert_string_equal(m.unit, "ha");
    /* A broken byte after a unit is not a letter, so the unit stands. */
    assert_int_equal(ts_unit_match_text("người\xff", 9, &m), 8);
    assert_string_equal(m.unit, "person");
}

static void test_convert(void **state)
{
    (void)state;
    static const struct { double v; const char *from, *to; double want; } ok[] = {
        {1304372, "mn_vnd", "bn_vnd", 1304.372},
        {1304.372, "bn_vnd", "mn_vnd", 1304372},
        {51.48, "mn_vnd", "mn_vnd", 51.48},
        {12, "ha", "ha", 12},
        {3, "tn_vnd", "bn_vnd", 3000},
        {5, "bn_usd", "mn_usd", 5000},
        {250, "th_usd", "mn_usd", 0.25},
        {7e9, "vnd", "bn_vnd", 7},
        {1, "custom", "custom", 1},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        double out = -1;
        ts_error err;
        assert_int_equal(ts_unit_convert(ok[i].v, ok[i].from, ok[i].to, &out, &err), TS_OK);
        if (out != ok[i].want)
            fail_msg("%g %s -> %s: %.17g, wanted %.17g", ok[i].v, ok[i].from, ok[i].to, out,
                     ok[i].want);
    }
    static const struct { const char *from, *to, *msg; } bad[] = {
        {"ha", "tonne", "cannot convert ha to tonne"},
        {"bn_vnd", "mn_usd", "cannot convert bn_vnd to mn_usd"},
        {"pct", "bn_vnd", "cannot convert pct to bn_vnd"},
        {"foo", "bn_vnd", "cannot convert foo to bn_vnd"},
        {"head", "person", "cannot convert head to person"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double out = 99;
        ts_error err;
        assert_int_equal(ts_unit_convert(1, bad[i].from, bad[i].to, &out, &err), TS_EUNIT);
        assert_int_equal(err.code, TS_EUNIT);
        assert_string_equal(err.msg, bad[i].msg);
        assert_true(out == 99);
        assert_int_equal(ts_unit_convert(1, bad[i].from, bad[i].to, &out, NULL), TS_EUNIT);
    }
}

/* Matched factors applied to report figures give facts.md's examples. */
static void test_report_examples(void **state)
{
    (void)state;
    ts_unit_match m;
    double v;
    const char *t = "triệu đồng";
    assert_int_equal(ts_unit_match_text(t, strlen(t), &m), strlen(t));
    assert_true(1304372 * m.factor == 1304.372);
    t = "triệu lượt khách";
    ts_unit_match_text(t, strlen(t), &m);
    assert_true(fabs(1.3 * m.factor - 1300000) < 1e-6);
    /* GRDP per capita: triệu đồng found, catalogue unit mn_vnd. */
    t = "triệu đồng/người";
    ts_unit_match_text(t, strlen(t), &m);
    assert_int_equal(ts_unit_convert(51.48 * m.factor, m.unit, "mn_vnd", &v, NULL), TS_OK);
    assert_true(fabs(v - 51.48) < 1e-9);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical),
        cmocka_unit_test(test_match),
        cmocka_unit_test(test_no_match),
        cmocka_unit_test(test_match_length),
        cmocka_unit_test(test_convert),
        cmocka_unit_test(test_count),
        cmocka_unit_test(test_report_examples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
