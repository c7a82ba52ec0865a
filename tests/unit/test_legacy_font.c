/* Unit tests of libts/text/legacy_font*.c: text typed in the TCVN3 font
 * .VnTime or a VNI font, whose bytes PDF and Word readers hand on as
 * Latin-1, and Unicode text run through the TCVN3 table once more,
 * told from Unicode text and read back into letters, with offsets into
 * the original bytes.  The TCVN3 strings are the forms such files show
 * ("Tæng s¶n phÈm" for "Tổng sản phẩm", "bỡnh quõn" for "bình quân"). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <utf8proc.h>
#include "ts.h"
#include "ts_text.h"
#include "text/text_internal.h"

/* A TCVN3 paragraph as a PDF reader gives it ("ư" as '-'). */
static const char report[] =
    "B¸o c¸o t×nh h×nh kinh tÕ - x· héi tØnh Kon Tum n¨m 2008\n"
    "Tæng s¶n phÈm trong tØnh -íc t¨ng 13,2%; thu ng©n s¸ch ®¹t 815 tû ®ång.\n";

enum { TCVN3, VNI, TWICE };

/* The text read back by one of the stages, as a string the caller frees
 * (NFC, which composes VNI's combining marks as the document does). */
static char *read_back(int stage, const char *in)
{
    tsx_buf out = {0};
    tsx_map map = {0};
    size_t n = strlen(in);
    int rc = stage == TWICE ? tsx_legacy_twice_repair(in, n, &out, &map)
                            : tsx_legacy_font_decode(in, n, stage == VNI ? TSX_FONT_VNI
                                                                        : TSX_FONT_TCVN3,
                                                     &out, &map);
    assert_int_equal(rc, TS_OK);
    assert_int_equal(tsx_buf_add(&out, "", 1), TS_OK);
    tsx_map_free(&map);
    char *nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)out.data);
    free(out.data);
    assert_non_null(nfc);
    return nfc;
}

/* The sentence of d holding needle, or NULL. */
static const ts_span *sentence_holding(const ts_doc *d, const char *needle)
{
    for (size_t i = 0; i < ts_doc_sentence_count(d); i++)
        if (strstr(ts_doc_sentence(d, i)->text, needle))
            return ts_doc_sentence(d, i);
    return NULL;
}

/* The document parsed from text reads the report's sentence in Unicode
 * letters, at the offset of `first` (its first word as the file has it). */
static void assert_report_sentence(const char *text, const char *first)
{
    ts_doc *d = NULL;
    ts_error err;
    ts_error_clear(&err);
    assert_int_equal(ts_doc_parse("t.txt", text, strlen(text), &d, &err), TS_OK);
    const ts_span *s = sentence_holding(d, "Tổng sản phẩm");
    assert_non_null(s);
    assert_non_null(strstr(s->text, "ước tăng 13,2%; thu ngân sách đạt 815 tỷ đồng"));
    assert_int_equal(s->offset, (size_t)(strstr(text, first) - text));
    ts_doc_free(d);
}

static void assert_stage(int stage, const char *in, const char *want)
{
    char *got = read_back(stage, in);
    if (strcmp(got, want) != 0)
        fail_msg("\"%s\" read as \"%s\", want \"%s\"", in, got, want);
    free(got);
}

static void assert_decodes(const char *in, const char *want)
{
    assert_stage(TCVN3, in, want);
}

static void test_told_from_unicode(void **state)
{
    (void)state;
    assert_int_equal(tsx_legacy_font_text(report, strlen(report)), TSX_FONT_TCVN3);
    static const char unicode[] =
        "Báo cáo tình hình kinh tế - xã hội tỉnh Kon Tum năm 2008\n"
        "Tổng sản phẩm trong tỉnh ước tăng 13,2%; thu ngân sách đạt 815 tỷ đồng.\n";
    assert_false(tsx_legacy_font_text(unicode, strlen(unicode)));
    /* A Unicode text with a few of the font's marks (a copyright sign, a
     * middle dot, a foreign name) is still Unicode. */
    static const char marks[] = "© Sở Kế hoạch · Đầu tư; Müller, Ñuñoa, Ørsted, §2 ® ¶.\n"
                                "Tổng sản phẩm tăng 7%; thu ngân sách đạt 900 tỷ đồng.\n";
    assert_false(tsx_legacy_font_text(marks, strlen(marks)));
    static const char invalid[] = "Tæng s¶n phÈm \xff t¨ng ®¹t ng©n s¸ch tû ®ång";
    assert_false(tsx_legacy_font_text(invalid, strlen(invalid)));
    assert_false(tsx_legacy_font_text("", 0));
}

static void test_letters(void **state)
{
    (void)state;
    assert_decodes("Tæng s¶n phÈm", "Tổng sản phẩm");
    assert_decodes("t¨ng tr\u00adëng", "tăng trưởng");
    assert_decodes("B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng", "Bảo Thắng, Mường Khương");
    assert_decodes("®¹t 815 tû ®ång, b»ng 108,6% dù to¸n", "đạt 815 tỷ đồng, bằng 108,6% dự toán");
    assert_decodes("tæng ®µn gia sóc", "tổng đàn gia súc");
}

/* The uppercase font gives capitals the lowercase letters' bytes. */
static void test_capitals(void **state)
{
    (void)state;
    assert_decodes("B¸O C¸O T×NH H×NH", "BÁO CÁO TÌNH HÌNH");
    assert_decodes("Tæng s¶n phÈm", "Tổng sản phẩm");
}

/* '-' for "ư" where a syllable can have it; a dash elsewhere. */
static void test_hyphen_for_u_horn(void **state)
{
    (void)state;
    assert_decodes("ng-êi, -íc tÝnh, ®Çu t- ph¸t triÓn, ch-a, tr-êng",
                   "người, ước tính, đầu tư phát triển, chưa, trường");
    assert_decodes("kinh tÕ - x· héi, n«ng-l©m nghiÖp, giai ®o¹n 2016-2020, -T×nh h×nh",
                   "kinh tế - xã hội, nông-lâm nghiệp, giai đoạn 2016-2020, -Tình hình");
}

/* A line holding letters only Unicode has is left as it is. */
static void test_unicode_line_kept(void **state)
{
    (void)state;
    assert_decodes("Tổng sản phẩm tăng 7% (® trích dẫn)\nTæng s¶n phÈm\n",
                   "Tổng sản phẩm tăng 7% (® trích dẫn)\nTổng sản phẩm\n");
}

/* The stages after it read the letters; offsets name the original bytes. */
static void test_document(void **state)
{
    (void)state;
    assert_report_sentence(report, "Tæng");
    /* ... with a byte order mark before them too. */
    char bom[sizeof report + 3] = "\xEF\xBB\xBF";
    memcpy(bom + 3, report, sizeof report);
    assert_report_sentence(bom, "Tæng");
}

/* ---- VNI ---- */

static const char vni_report[] =
    "BAÙO CAÙO tình hình kinh teá - xaõ hoäi tænh Kon Tum naêm 2008\n"
    "Toång saûn phaåm trong tænh öôùc taêng 13,2%; thu ngaân saùch ñaït 815 tyû ñoàng.\n";

static void assert_vni(const char *in, const char *want)
{
    assert_stage(VNI, in, want);
}

static void test_vni(void **state)
{
    (void)state;
    assert_int_equal(tsx_legacy_font_text(vni_report, strlen(vni_report)), TSX_FONT_VNI);
    assert_vni("Toång saûn phaåm", "Tổng sản phẩm");
    assert_vni("ñöôïc, ngöôøi, tröôûng, taêng, naêm, tænh, kyø, quyõ",
               "được, người, trưởng, tăng, năm, tỉnh, kỳ, quỹ");
    assert_vni("kinh teá - xaõ hoäi, thu ngaân saùch ñaït 815 tyû ñoàng",
               "kinh tế - xã hội, thu ngân sách đạt 815 tỷ đồng");
    assert_vni("TOÅNG SAÛN PHAÅM, ÑAÏT", "TỔNG SẢN PHẨM, ĐẠT");
    /* The sentence, with its offset in the file's bytes. */
    assert_report_sentence(vni_report, "Toång");
}

/* ---- Unicode run through the table again ---- */

/* What the converter made of a Unicode text: each Latin-1 letter became
 * TCVN3's letter of its byte (capitals TCVN3 has no letter at stay). */
static char *run_through_table(const char *in)
{
    size_t n = strlen(in);
    char *out = malloc(2 * n + 1);
    assert_non_null(out);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = tsx_utf8_decode((const unsigned char *)in + i, n - i, &cp);
        int32_t t = cp >= 0xC0 && cp <= 0xFF ? tsx_tcvn3_letter(cp) : 0;
        o += tsx_utf8_encode(t ? t : cp, out + o);
        i += k;
    }
    out[o] = '\0';
    return out;
}

static char *repaired(const char *in)
{
    return read_back(TWICE, in);
}

static const char clean[] =
    "TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2008. Tốc độ tăng trưởng GDP bình quân giai đoạn "
    "2006 - 2010 đạt 11,2%/năm; tỷ trọng ngành nông, lâm nghiệp trong GDP giảm còn 24,5%, "
    "công nghiệp - xây dựng tăng lên 38,1%, dịch vụ chiếm 37,4%. Tỉnh có vị trí thuận lợi, "
    "tiếp giáp với nhiều tỉnh; thu ngân sách so với cùng kỳ tăng 12%; tổng sản lượng lương "
    "thực đạt 286 nghìn tấn; GDP bình quân đầu người đạt 10,4 triệu đồng; có 1.000 doanh "
    "nghiệp; xuất khẩu đạt 150 triệu USD, cao hơn mức bình quân chung cả nước.";

static void test_twice_told(void **state)
{
    (void)state;
    char *damaged = run_through_table(clean);
    assert_int_equal(tsx_legacy_font_text(damaged, strlen(damaged)), TSX_FONT_TWICE);
    assert_int_equal(tsx_legacy_font_text(clean, strlen(clean)), TSX_FONT_NONE);
    /* A few words alone tell nothing. */
    static const char few[] = "Tốc độ tăng trưởng bỡnh quõn đạt 10%.";
    assert_int_equal(tsx_legacy_font_text(few, strlen(few)), TSX_FONT_NONE);
    free(damaged);
}

static void test_twice_read_back(void **state)
{
    (void)state;
    char *damaged = run_through_table(clean);
    /* The forms such copies show. */
    assert_non_null(strstr(damaged, "bỡnh quõn"));
    assert_non_null(strstr(damaged, "cụng nghiệp - xõy dựng"));
    assert_non_null(strstr(damaged, "TèNH HèNH"));
    char *back = repaired(damaged);
    if (strcmp(back, clean) != 0)
        fail_msg("read back as:\n%s\nwant:\n%s", back, clean);
    free(back);
    free(damaged);
    /* Letters the text had of its own stay: "dịch vụ", "người",
     * "nước", "cùng kỳ", "số". */
    char *kept = repaired("dịch vụ, người, nước, cùng kỳ, một số");
    assert_string_equal(kept, "dịch vụ, người, nước, cùng kỳ, một số");
    free(kept);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_told_from_unicode),
        cmocka_unit_test(test_letters),
        cmocka_unit_test(test_capitals),
        cmocka_unit_test(test_hyphen_for_u_horn),
        cmocka_unit_test(test_unicode_line_kept),
        cmocka_unit_test(test_document),
        cmocka_unit_test(test_vni),
        cmocka_unit_test(test_twice_told),
        cmocka_unit_test(test_twice_read_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
