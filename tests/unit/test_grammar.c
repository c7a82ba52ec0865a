/* Unit tests of the grammar as data (datasets/lexicon/grammar.tsv,
 * units.tsv; libts/text/lexicon_load.c, tag.c): every word class names
 * words in the built-in data, the tagger finds them with their marks
 * checked, optional words expand, user files extend the classes, and bad
 * data lines fail with file:line. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "sentence_fixture.h"
#include "text/text_internal.h"

/* Whether the folded text has a tag of class c starting at byte `at` of
 * text (an ASCII prefix, so folded and original positions agree). */
static int tagged(const ts_lexicon *lx, const char *text, size_t at, tsx_class c)
{
    tsx_fold f = {0};
    tsx_tags t = {0};
    assert_int_equal(tsx_fold_text(&f, text, strlen(text)), 0);
    assert_int_equal(tsx_tags_build(&t, lx, &f, text, strlen(text)), 0);
    size_t i = 0;
    while (i < f.len && f.map[i] < at)
        i++;
    int found = tsx_tag_end(&t, i, c) != 0;
    tsx_tags_free(&t);
    tsx_fold_free(&f);
    return found;
}

/* Every class has words in the built-in data. */
static void test_every_class_has_words(void **state)
{
    (void)state;
    static const char *const classes[] = {
        "verb.up", "verb.down", "verb.equal", "verb.reach", "verb.exceed", "verb.share",
        "verb.more", "verb.growth", "verb.corresp", "verb.is", "verb.from", "qualifier",
        "beneficiary", "base.filler", "base.plan", "base.same_period", "base.other", "estimate",
        "carrier.part", "carrier.restate", "plan.cue", "average", "per_year", "title.head",
        "period.named", "period.span", "period.now", "period.upto", "period.day",
        "period.moment", "period.month", "period.quarter", "period.year", "period.whole_year",
        "period.start", "period.end", "period.since", "period.at", "period.length",
        "period.compare", "period.compare_skip", "period.cumulative", "period.ytd",
        "price.constant",
        "price.current", "period.of", "heading.directions", "heading.results",
        "heading.signature", "heading.part", "unit", "unit.none", "scale", "place",
        "area.authority", "plan.by.central", "plan.by.province", "plan.by.local"};
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
        int c = tsx_class_by_name(classes[k], strlen(classes[k]));
        assert_true(c >= 0);
        assert_string_equal(tsx_class_name((tsx_class)c), classes[k]);
        int any = 0;
        const char *p = ts_builtin_lexicon_tsv;
        char target[64];
        snprintf(target, sizeof target, "\t@%s", classes[k]);
        while ((p = strstr(p, target)) != NULL) {
            char after = p[strlen(target)];
            if (after == '\t' || after == '\n' || after == '\r' || after == '\0')
                any = 1;
            p++;
        }
        if (!any)
            fail_msg("no built-in words of class %s", classes[k]);
    }
    assert_int_equal(tsx_class_by_name("verb.upward", 11), -1);
}

/* Marks are compared where the data asks: "đạt" reached, not "đất"
 * land; "con" a head of cattle, not "còn" still. */
static void test_marks(void **state)
{
    (void)state;
    assert_true(tagged(LX, "dat 5% - Đạt 5%", 9, TSX_C_VERB_REACH));
    assert_false(tagged(LX, "dat 5% - Đất 5%", 9, TSX_C_VERB_REACH));
    assert_true(tagged(LX, "120 con", 4, TSX_C_UNIT));
    assert_false(tagged(LX, "120 còn", 4, TSX_C_UNIT));
    /* Without the flag any marks do: "vượt", "vuot". */
    assert_true(tagged(LX, "vuot 5%", 0, TSX_C_VERB_EXCEED));
    /* A word's tone may sit on either vowel: "Lệ Thuỷ" is "Lệ Thủy";
     * but another tone or vowel is another word ("Lê Thủy", "Minh Hoa"). */
    assert_true(tagged(LX, "tai Lệ Thủy có", 4, TSX_C_PLACE));
    assert_true(tagged(LX, "tai Lệ Thuỷ có", 4, TSX_C_PLACE));
    assert_true(tagged(LX, "tai Minh Hoá có", 4, TSX_C_PLACE));
    assert_false(tagged(LX, "tai Lê Thủy có", 4, TSX_C_PLACE));
    assert_false(tagged(LX, "tai Minh Hoa có", 4, TSX_C_PLACE));
    assert_false(tagged(LX, "tai Minh Hoà có", 4, TSX_C_PLACE));
}

/* Optional words in parentheses: one line, every variant. */
static void test_optional_words(void **state)
{
    (void)state;
    ts_error e;
    ts_lexicon *lx = ts_lexicon_new_empty(&e);
    assert_int_equal(ts_lexicon_load_text(lx, "(tổng) sản lượng (cá) nuôi trồng\taquaculture.output\n",
                                          "u.tsv", &e),
                     TS_OK);
    assert_int_equal(ts_lexicon_count(lx), 4);
    static const char *const texts[] = {"sản lượng nuôi trồng", "tổng sản lượng cá nuôi trồng",
                                        "Tổng sản lượng nuôi trồng", "sản lượng cá nuôi trồng"};
    for (size_t i = 0; i < 4; i++) {
        ts_lexicon_match m[2];
        assert_int_equal(ts_lexicon_find(lx, texts[i], strlen(texts[i]), m, 2), 1);
        assert_int_equal(m[0].end, strlen(texts[i]));
    }
    ts_lexicon_free(lx);
}

/* A user file adds words to a class: a verb of change and a unit. */
static void test_user_classes(void **state)
{
    (void)state;
    ts_error e;
    ts_lexicon *lx = ts_lexicon_new(&e);
    const char *t = "Kim ngạch xuất khẩu đạt 120 triệu đô, nhích 2,4% so với cùng kỳ.";
    ts_extract_ctx cx;
    sink s;
    start(&cx, &s, "2023");
    assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, lx, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "");
    assert_int_equal(ts_lexicon_load_text(lx,
                                          "nhích\t@verb.up\tmarks\n"
                                          "đô\t@unit\tunit=mn_usd,divisor=1e6,scalable,marks\n",
                                          "user.tsv", &e),
                     TS_OK);
    start(&cx, &s, "2023");
    assert_int_equal(ts_extract_sentence(t, strlen(t), 0, &cx, lx, CAT, collect, NULL, &s, &e), TS_OK);
    assert_string_equal(s.buf, "exports level 2023 120 A; exports yoy_pct 2023 2.4 A");
    ts_lexicon_free(lx);
}

static void test_data_errors(void **state)
{
    (void)state;
    ts_error e;
    ts_lexicon *lx = ts_lexicon_new_empty(&e);
    static const bad_data bad[] = {
        {"tăng\t@verb.up\n\ntăng vọt\t@verb.upward\n", 3, "unknown word class \"@verb.upward\""},
        {"héc ta\t@unit\tscalable\n", 1, "a @unit entry needs unit=ID with a canonical unit id"},
        {"héc ta\t@unit\tunit=hectare\n", 1, "a @unit entry needs unit=ID with a canonical unit id"},
        {"vạn\t@scale\tmarks\n", 1, "a @scale entry needs scale=N"},
        {"cơ cấu\t@structure\tnames=grdp\n", 1,
         "a @structure entry needs names=A|B|... with its parts' ids"},
        {"vạn\t@scale\tscale=ten-thousand\n", 1, "flag \"scale=ten-thousand\": not a positive number"},
        {"mười ba tháng\t@period.count\tscale=13\n", 1,
         "a @period.count entry needs scale=N, whole months from 2 to 12"},
        {"sáu tháng\t@period.count\n", 1,
         "a @period.count entry needs scale=N, whole months from 2 to 12"},
        {"(tổng sản lượng\taquaculture.output\n", 1,
         "optional words: unbalanced '(' or more than 6"},
        {"sản \xff lượng\taquaculture.output\n", 1, "phrase is not valid UTF-8"},
        {"đàn bò\tlivestock.cattle\tctx=gr\xff\n", 1, "indicator or flags are not valid UTF-8"},
        {"quy mô kinh tế\tgrdp\tprice=nominal\n", 1,
         "flag \"price=nominal\": the price basis is current or constYYYY"},
    };
    expect_refused(lx, bad, sizeof bad / sizeof bad[0], "grammar.tsv");
    assert_int_equal(ts_lexicon_load_text(lx, "giảm\t-\n", "grammar.tsv", &e), TS_OK);
    assert_int_equal(ts_lexicon_count(lx), 1); /* the good line only */
    ts_lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_class_has_words),
        cmocka_unit_test(test_marks),
        cmocka_unit_test(test_optional_words),
        cmocka_unit_test(test_user_classes),
        cmocka_unit_test(test_data_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
