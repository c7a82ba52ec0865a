/* Unit tests of libts/core/labels.c: labels of every catalogue indicator
 * and unit in both languages, price bases with their year, areas from the
 * gazetteer, the catalogue's description for an indicator labels.tsv
 * lacks, and ids kept where no label is known. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

static void test_lang(void **state)
{
    (void)state;
    ts_labels_lang l;
    assert_int_equal(ts_labels_lang_parse("vi", &l), TS_OK);
    assert_int_equal(l, TS_LABELS_VI);
    assert_int_equal(ts_labels_lang_parse("en", &l), TS_OK);
    assert_int_equal(l, TS_LABELS_EN);
    assert_int_equal(ts_labels_lang_parse("id", &l), TS_OK);
    assert_int_equal(l, TS_LABELS_ID);
    assert_int_equal(ts_labels_lang_parse("fr", &l), TS_EINVAL);
    assert_string_equal(ts_labels_lang_name(TS_LABELS_EN), "en");
}

/* Every indicator of the catalogue and every unit it uses has a label of
 * its own in both languages. */
static void test_catalogue_covered(void **state)
{
    (void)state;
    ts_catalog *c = ts_catalog_new(NULL);
    ts_labels_lang langs[2] = {TS_LABELS_VI, TS_LABELS_EN};
    for (int k = 0; k < 2; k++) {
        ts_labels *l = ts_labels_new(langs[k], NULL, NULL, NULL);
        assert_non_null(l);
        for (size_t i = 0; i < ts_catalog_count(c); i++) {
            const ts_indicator *ind = ts_catalog_at(c, i);
            const char *a = ts_labels_get(l, "indicator", ind->id);
            const char *u = ts_labels_get(l, "unit", ind->unit);
            if (strcmp(a, ind->id) == 0)
                fail_msg("no %s label for indicator %s", ts_labels_lang_name(langs[k]), ind->id);
            if (strcmp(u, ind->unit) == 0 && strcmp(ind->unit, "ha") != 0 &&
                strcmp(ind->unit, "head") != 0)
                fail_msg("no %s label for unit %s", ts_labels_lang_name(langs[k]), ind->unit);
        }
        ts_labels_free(l);
    }
    ts_catalog_free(c);
}

static void test_kinds(void **state)
{
    (void)state;
    static const struct { ts_labels_lang lang; const char *kind, *id, *want; } cases[] = {
        {TS_LABELS_VI, "unit", "bn_vnd", "tỷ đồng"},
        {TS_LABELS_EN, "unit", "bn_vnd", "billion VND"},
        {TS_LABELS_VI, "indicator", "budget.revenue", "Thu ngân sách nhà nước trên địa bàn"},
        {TS_LABELS_EN, "indicator", "budget.revenue", "State budget revenue"},
        {TS_LABELS_VI, "measure", "yoy_pct", "Tăng so với cùng kỳ (%)"},
        {TS_LABELS_EN, "column", "area", "Area"},
        {TS_LABELS_VI, "price", "const2010", "giá so sánh 2010"},
        {TS_LABELS_EN, "price", "const1994", "constant 1994 prices"},
        {TS_LABELS_EN, "price", "current", "current prices"},
        {TS_LABELS_EN, "price", "const", "const"},
        {TS_LABELS_EN, "price", "const20x0", "const20x0"},
        {TS_LABELS_VI, "plan_by", "central", "Trung ương giao"},
        {TS_LABELS_VI, "measure", "rolling3_mean", "rolling3_mean"},
        {TS_LABELS_VI, "unit", "", ""},
        {TS_LABELS_ID, "unit", "bn_vnd", "bn_vnd"},
        {TS_LABELS_ID, "indicator", "grdp", "grdp"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_labels *l = ts_labels_new(cases[i].lang, NULL, NULL, NULL);
        const char *got = ts_labels_get(l, cases[i].kind, cases[i].id);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("%s %s: \"%s\", want \"%s\"", cases[i].kind, cases[i].id, got, cases[i].want);
        /* The same pointer the second time: made once. */
        assert_ptr_equal(ts_labels_get(l, cases[i].kind, cases[i].id), got);
        ts_labels_free(l);
    }
    ts_labels_free(NULL);
    assert_string_equal(ts_labels_get(NULL, "unit", "ha"), "ha");
}

static void test_areas(void **state)
{
    (void)state;
    ts_gazetteer *g = ts_gazetteer_new(NULL);
    static const struct { const char *slug, *vi, *en; } cases[] = {
        {"kon-tum", "Kon Tum", "Kon Tum"},
        {"kon-tum-city", "Thành phố Kon Tum", "Kon Tum city"},
        {"dak-ha-district", "Huyện Đắk Hà", "Dak Ha district"},
        {"son-tay-town", "Thị xã Sơn Tây", "Son Tay town"},
        {"ba-dinh-district", "Quận Ba Đình", "Ba Dinh urban district"},
        {"quan-1-district", "Quận 1", "Quan 1"},
        {"ho-chi-minh", "Hồ Chí Minh", "Ho Chi Minh City"},
        {"dak-lak", "Đắk Lắk", "Dak Lak"},
        {"uk", "uk", "uk"},
    };
    ts_labels *vi = ts_labels_new(TS_LABELS_VI, NULL, g, NULL);
    ts_labels *en = ts_labels_new(TS_LABELS_EN, NULL, g, NULL);
    ts_labels *id = ts_labels_new(TS_LABELS_ID, NULL, g, NULL);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_string_equal(ts_labels_area(vi, cases[i].slug), cases[i].vi);
        assert_string_equal(ts_labels_area(en, cases[i].slug), cases[i].en);
        assert_string_equal(ts_labels_area(id, cases[i].slug), cases[i].slug);
    }
    ts_labels *nog = ts_labels_new(TS_LABELS_VI, NULL, NULL, NULL);
    assert_string_equal(ts_labels_area(nog, "kon-tum"), "kon-tum");
    ts_labels_free(nog);
    ts_labels_free(vi);
    ts_labels_free(en);
    ts_labels_free(id);
    ts_gazetteer_free(g);
}

/* An indicator labels.tsv lacks: the catalogue's first phrase. */
static void test_catalogue_fallback(void **state)
{
    (void)state;
    ts_catalog *c = ts_catalog_new(NULL);
    assert_int_equal(ts_catalog_load_text(c, "id\tunit\tkind\tvi\ten\n"
                                          "my.wells\tcase\tstock\tgiếng khoan; giếng\tWells\n",
                                          "mine.tsv", NULL), TS_OK);
    ts_labels *l = ts_labels_new(TS_LABELS_VI, c, NULL, NULL);
    assert_string_equal(ts_labels_get(l, "indicator", "my.wells"), "giếng khoan");
    assert_string_equal(ts_labels_get(l, "indicator", "no.such"), "no.such");
    ts_labels_free(l);
    ts_catalog_free(c);
}

static void test_unmark(void **state)
{
    (void)state;
    char buf[64];
    assert_int_equal(ts_labels_unmark("Đắk Hà", buf, sizeof buf), 6);
    assert_string_equal(buf, "Dak Ha");
    ts_labels_unmark("Thừa Thiên Huế", buf, sizeof buf);
    assert_string_equal(buf, "Thua Thien Hue");
    ts_labels_unmark("Thừa Thiên Huế", buf, 6);
    assert_string_equal(buf, "Thua ");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lang),
        cmocka_unit_test(test_catalogue_covered),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_areas),
        cmocka_unit_test(test_catalogue_fallback),
        cmocka_unit_test(test_unmark),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
