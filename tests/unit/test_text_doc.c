/* Unit tests of libts/text (the document half): UTF-8 validation, NFC with
 * offsets into the original bytes, cleaning of every kind of conversion
 * damage the seed reports show (snippets copied from them), line joining,
 * sentence splitting, metadata of each seed's header and of other
 * provinces', and the fold helper. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_text.h"
#include "text/text_internal.h"

static ts_doc *parse(const char *text)
{
    ts_doc *d = NULL;
    ts_error err;
    ts_error_clear(&err);
    int rc = ts_doc_parse("t.txt", text, strlen(text), &d, &err);
    if (rc != TS_OK)
        print_error("parse: %s\n", err.msg);
    assert_int_equal(rc, TS_OK);
    return d;
}

/* The sentence holding `needle`, or NULL. */
static const ts_span *sentence_with(const ts_doc *d, const char *needle)
{
    for (size_t i = 0; i < ts_doc_sentence_count(d); i++) {
        const ts_span *s = ts_doc_sentence(d, i);
        if (strstr(s->text, needle))
            return s;
    }
    return NULL;
}

static int any_sentence_has(const ts_doc *d, const char *needle)
{
    return sentence_with(d, needle) != NULL;
}

static int any_line_is(const ts_doc *d, const char *text)
{
    for (size_t i = 0; i < ts_doc_line_count(d); i++) {
        const ts_span *s = ts_doc_line(d, i);
        const char *t = s->text;
        size_t n = s->len;
        while (n && t[n - 1] == ' ')
            n--;
        while (n && *t == ' ')
            t++, n--;
        if (n == strlen(text) && !memcmp(t, text, n))
            return 1;
    }
    return 0;
}

/* Every sentence's offset points at its first word in the original. */
static void check_offsets(const char *orig, const ts_doc *d)
{
    size_t len = strlen(orig);
    for (size_t i = 0; i < ts_doc_sentence_count(d); i++) {
        const ts_span *s = ts_doc_sentence(d, i);
        size_t w = 0;
        while (w < s->len && s->text[w] != ' ')
            w++;
        assert_true(s->offset + w <= len);
        if (memcmp(orig + s->offset, s->text, w))
            print_error("sentence %zu at %zu: \"%.*s\" vs \"%.*s\"\n", i, s->offset,
                        (int)w, s->text, (int)w, orig + s->offset);
        assert_memory_equal(orig + s->offset, s->text, w);
    }
}

/* ---- UTF-8 ---- */

static void test_utf8_invalid_at(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t len, bad;
    } cases[] = {
        {"Kon Tum", 7, 7},
        {"T\xe1\xbb\x95ng", 6, 6},          /* "Tổng" */
        {"abc\xff", 4, 3},
        {"\xc3\x28", 2, 0},                  /* bad continuation */
        {"\xc0\xaf", 2, 0},                  /* overlong "/" */
        {"\xe0\x80\xaf", 3, 0},              /* overlong, 3 bytes */
        {"\xed\xa0\x80", 3, 0},              /* surrogate */
        {"ab\xe1\x80", 4, 2},                /* truncated at the end */
        {"\xf4\x90\x80\x80", 4, 0},          /* above U+10FFFF */
        {"12345678\x80", 9, 8},              /* after an ASCII block */
        {"\xf0\x9f\x98\x80 ok", 7, 7},       /* 4-byte sequence */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(ts_utf8_invalid_at(cases[i].s, cases[i].len), cases[i].bad);
}

static void test_parse_invalid_utf8(void **state)
{
    (void)state;
    const char text[] = "Thu ngân sách 1.304 tỷ đồng.\n\xff\xfe";
    ts_doc *d = (ts_doc *)1;
    ts_error err;
    int rc = ts_doc_parse("bad.txt", text, sizeof text - 1, &d, &err);
    assert_int_equal(rc, TS_EINVAL);
    assert_ptr_equal(d, (ts_doc *)1); /* untouched on failure */
    assert_string_equal(err.msg, "byte 36: invalid UTF-8");
    assert_string_equal(err.file, "bad.txt");
    char buf[600];
    assert_string_equal(ts_error_format(&err, buf, sizeof buf),
                        "bad.txt: byte 36: invalid UTF-8");
}

static void test_empty_and_bom(void **state)
{
    (void)state;
    ts_doc *d = parse("");
    assert_int_equal(ts_doc_sentence_count(d), 0);
    ts_doc_free(d);
    const char text[] = "\xef\xbb\xbfT\xe1\xbb\x95ng thu 5 t\xe1\xbb\xb7.";
    d = parse(text);
    assert_int_equal(ts_doc_sentence_count(d), 1);
    assert_int_equal(ts_doc_sentence(d, 0)->offset, 3);
    ts_doc_free(d);
    ts_doc_free(NULL);
}

/* ---- NFC ---- */

/* ts_doc_parse_owned reads the caller's buffer in place when it is NFC
 * already and copies it when not; either way the document equals
 * ts_doc_parse's, and the buffer is the document's (or freed on error). */
static void test_parse_owned(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "T\xe1\xbb\x95ng thu 5 t\xe1\xbb\xb7. Chi 3 t\xe1\xbb\xb7.", /* NFC */
        "To\xcc\x82\xcc\x89ng thu 5 ty\xcc\x89. Chi 3 ty\xcc\x89.",  /* NFD: copied */
        "\xef\xbb\xbfT\xe1\xbb\x95ng thu 5 t\xe1\xbb\xb7.",            /* BOM */
        "",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        size_t len = strlen(texts[t]);
        char *buf = malloc(len + 1);
        assert_non_null(buf);
        memcpy(buf, texts[t], len + 1);
        ts_doc *a = parse(texts[t]), *b = NULL;
        ts_error err;
        assert_int_equal(ts_doc_parse_owned("t.txt", buf, len, &b, &err), TS_OK);
        assert_int_equal(ts_doc_sentence_count(a), ts_doc_sentence_count(b));
        for (size_t i = 0; i < ts_doc_sentence_count(a); i++) {
            const ts_span *x = ts_doc_sentence(a, i), *y = ts_doc_sentence(b, i);
            assert_string_equal(x->text, y->text);
            assert_int_equal(x->offset, y->offset);
        }
        assert_int_equal(ts_doc_line_count(a), ts_doc_line_count(b));
        ts_doc_free(a);
        ts_doc_free(b);
    }
    /* Invalid UTF-8: the error names the byte and the buffer is freed. */
    char *bad = strdup("ok \xff");
    assert_non_null(bad);
    ts_doc *d = NULL;
    ts_error err;
    assert_int_equal(ts_doc_parse_owned("bad.txt", bad, strlen(bad), &d, &err), TS_EINVAL);
    assert_null(d);
    assert_non_null(strstr(err.msg, "byte 3"));
}

static void test_nfc_composes_and_maps(void **state)
{
    (void)state;
    /* "Tổng thu đạt 5 tỷ. Năm 2023 tăng." with "ổ" and "ạ" decomposed:
     * o + U+0302 + U+0309, a + U+0323. */
    const char text[] = "To\xcc\x82\xcc\x89ng thu \xc4\x91""a\xcc\xa3t 5 t\xe1\xbb\xb7. "
                        "N\xc4\x83m 2023 t\xc4\x83ng.";
    ts_doc *d = parse(text);
    assert_int_equal(ts_doc_sentence_count(d), 2);
    assert_string_equal(ts_doc_sentence(d, 0)->text,
                        "T\xe1\xbb\x95ng thu \xc4\x91\xe1\xba\xa1t 5 t\xe1\xbb\xb7.");
    /* The second sentence starts at its byte in the decomposed original. */
    size_t want = (size_t)(strstr(text, "N\xc4\x83m") - text);
    assert_int_equal(ts_doc_sentence(d, 1)->offset, want);
    /* Positions inside a sentence map back too: "5" and "thu". */
    const ts_span *s = ts_doc_sentence(d, 0);
    assert_int_equal(ts_doc_offset(d, strchr(s->text, '5')),
                     (size_t)(strchr(text, '5') - text));
    assert_int_equal(ts_doc_offset(d, strstr(s->text, "thu")),
                     (size_t)(strstr(text, "thu") - text));
    assert_int_equal(ts_doc_offset(d, "elsewhere"), (size_t)-1);
    ts_doc_free(d);
}

/* ---- Word export damage (seeds 000, 002, 004) ---- */

static void test_word_paren_newline_mark(void **state)
{
    (void)state;
    /* 000: a footnote mark became "(" at a line end and ")" next line. */
    const char text[] =
        "Tổng diện tích gieo trồng vụ Đông - Xuân đạt 91,9%KH, năng suất đạt cao hơn năm trước(\n"
        "); diện tích vụ Mùa 9.164 ha, đạt 105,5%KH. Thời tiết nắng nóng kéo dài, tổng diện tích bị khô hạn là 759,6ha(\n"
        ").\xc2\xa0Trước tình hình khô hạn, thành phố đã chỉ đạo.\n";
    ts_doc *d = parse(text);
    assert_true(any_sentence_has(d, "năm trước; diện tích vụ Mùa 9.164 ha, đạt 105,5%KH."));
    /* The no-break space after "ha." still ends the sentence. */
    assert_true(any_sentence_has(d, "khô hạn là 759,6ha."));
    const ts_span *s = sentence_with(d, "Trước tình hình");
    assert_non_null(s);
    assert_int_equal(strncmp(s->text, "Trước", strlen("Trước")), 0);
    check_offsets(text, d);
    ts_doc_free(d);
}

static void test_word_footnote_bodies_at_end(void **state)
{
    (void)state;
    /* 000: "(�)" and "�)" open footnote bodies appended at the end. */
    const char text[] =
        "Tổng đàn gia súc 64.960 con, đạt 115% KH.\n\n"
        "- Lưu: VT,TH.\n\n"
        "(\xef\xbf\xbd) Tổng diện tích gieo trồng vụ Đông-Xuân 2019-2020 là 2.851 ha.\n\n"
        "\xef\xbf\xbd) Hiện nay có khoảng 40 ha cây nghệ vàng.\n\n"
        "    - Kết luận số 02/KL-TTr: đã thu hồi 23.960.500 đồng.\n";
    ts_doc *d = parse(text);
    const ts_span *s = sentence_with(d, "64.960 con");
    assert_non_null(s);
    assert_false(s->in_footnote);
    s = sentence_with(d, "2.851 ha");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_int_equal(strncmp(s->text, "Tổng diện tích", strlen("Tổng diện tích")), 0);
    s = sentence_with(d, "40 ha");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_int_equal(strncmp(s->text, "Hiện nay", strlen("Hiện nay")), 0);
    s = sentence_with(d, "23.960.500");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_false(any_sentence_has(d, "\xef\xbf\xbd"));
    check_offsets(text, d);
    ts_doc_free(d);
}

static void test_word_footnote_ref_and_inline_body(void **state)
{
    (void)state;
    /* 002: "([footnoteRef:N])" marks, "[N: () ...]" bodies inline, a body
     * spanning lines, "()" inside a body; 004: "[bookmark: x]" and a mark
     * glued without parentheses. */
    const char text[] =
        "Công tác thu hồi nợ đọng thuế được thực hiện tích cực([footnoteRef:12]). Công tác xử lý nợ đọng đạt kết quả tốt. [12: () Từ 137,537 tỷ đồng năm 2015 xuống còn 82,895 tỷ đồng năm 2019.] \n"
        "\n"
        "- Thu ngân sách năm 2020 đạt 2.869 tỷ đồng[footnoteRef:13]; chi 7.842 tỷ đồng.  [13: () Thực hiện chi ngân sách năm 2016: 5.153 tỷ đồng; năm 2017: 6.361 tỷ đồng(), tăng 23,44%.\n"
        "- Năm 2018: 6.453 tỷ đồng.]  Phần còn lại của đoạn văn.\n"
        "[bookmark: _Hlk80189326]- Tổng vốn đầu tư toàn xã hội ước khoảng 27.035 tỷ đồng.\n";
    ts_doc *d = parse(text);
    assert_true(any_sentence_has(d, "được thực hiện tích cực."));
    assert_false(any_sentence_has(d, "footnoteRef"));
    assert_false(any_sentence_has(d, "bookmark"));
    const ts_span *s = sentence_with(d, "Từ 137,537 tỷ đồng");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_string_equal(s->text, "Từ 137,537 tỷ đồng năm 2015 xuống còn 82,895 tỷ đồng năm 2019.");
    s = sentence_with(d, "5.153 tỷ đồng");
    assert_non_null(s);
    assert_true(s->in_footnote);
    /* ";" never ends a sentence: the year list stays whole; "()" is gone. */
    assert_string_equal(s->text, "Thực hiện chi ngân sách năm 2016: 5.153 tỷ đồng; năm 2017: "
                                 "6.361 tỷ đồng, tăng 23,44%.");
    s = sentence_with(d, "6.453 tỷ đồng");
    assert_non_null(s);
    assert_true(s->in_footnote);
    s = sentence_with(d, "2.869 tỷ đồng; chi 7.842 tỷ đồng.");
    assert_non_null(s);
    assert_false(s->in_footnote);
    /* Text after a body's "]" on the same line continues the paragraph. */
    s = sentence_with(d, "Phần còn lại");
    assert_non_null(s);
    assert_false(s->in_footnote);
    s = sentence_with(d, "27.035");
    assert_non_null(s);
    assert_int_equal(strncmp(s->text, "- Tổng vốn", strlen("- Tổng vốn")), 0);
    check_offsets(text, d);
    ts_doc_free(d);
}

/* ---- PDF text damage (seeds 001, 003) ---- */

static const char pdf_page[] =
    "nghề cho lao động nông thôn đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa nông \n"
    "\n"
    "nghiệp, nông thôn”;… \n"
    "\n"
    "II. TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 VÀ 10 THÁNG \n"
    "NĂM 2024 \n"
    "\n"
    "1. Về kinh tế \n"
    "\n"
    "- Thu, chi ngân sách: Dự toán thu ngân sách nhà nước trên địa bàn năm \n"
    "2024 tỉnh giao 4.600 tỷ đồng1; ước thực hiện 10 tháng đầu năm 2.627 tỷ đồng, \n"
    "\n"
    "đạt 80,8% dự toán Trung ương giao, đạt 57,1% dự toán Hội đồng nhân dân tỉnh \n"
    "\n"
    "giao. Nhiệm vụ chi ngân sách địa phương năm 2024 (bao gồm cả chuyển nguồn \n"
    "\n"
    "                                           \n"
    "1 Tỉnh giao tăng thêm 1.347 tỷ đồng so với Trung ương giao, chủ yếu giao tăng thu tiền từ các dự án khai thác \n"
    "\n"
    "quỹ đất so với dự toán Trung ương giao (bao gồm ghi thu tiền thuê đất, tiền sử dụng đất tương ứng số tiền đền \n"
    "\n"
    "bù giải phóng mạt bằng của các dự án đầu tư mà nhà đầu tư đã tự nguyện ứng trước). \n"
    " năm trước sang) là 14.607 tỷ đồng; ước thực hiện 10 tháng đầu năm 8.063 tỷ \n"
    "\n"
    "đồng, đạt 55,2% so với nhiệm vụ chi. \n"
    "\n"
    "- Tổng Kế hoạch đầu tư nguồn ngân sách nhà nước năm 2024 địa phương \n"
    "giao 3.930,39 tỷ đồng(2). Tính đến ngày 20 tháng 10 năm 2024, tổng kế hoạch \n"
    "\n"
    "vốn năm 2024 đã giải ngân là 1.074,84 tỷ đồng, đạt khoảng 46,3% trên thực \n"
    "\n";

static const char pdf_page_end[] =
    "về đơn vị 37,09 triệu đồng và kiến nghị xử lý khác về kinh tế 3.934,13 triệu \n"
    "\n"
    "đồng. Bên cạnh đó, kiến nghị khắc phục các thiếu sót, sai phạm, khuyết điểm \n"
    "\n"
    "còn tồn tại và kiến nghị tổ chức họp kiểm điểm đối với các đơn vị, cá nhân có \n"
    "\n"
    "liên quan đến sai phạm. \n"
    "\n"
    "                                           \n"
    "4 Gồm: 01 vụ ngộ độc thịt cóc xảy ra ngày 01 tháng 10 năm 2024 tại thôn Tê Pen, xã Văn Lem, huyện Đăk Tô, \n"
    "làm 01 người mắc và tử vong; 01 vụ ngộ độc thịt cóc xảy ra ngày 22 tháng 10 năm 2024 tại thôn 4, xã Đăk Tơ \n"
    "Lung, huyện Kon Rẫy, 5 người mắc, được cấp cứu kịp thời và sức khỏe ổn định. \n"
    "5 Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình sản xuất giống và nuôi thương phẩm cá Trắm đen \n"
    "(Mylopharyngodon piceus) trong ao và lồng trên địa bàn tỉnh Kon Tum. \n"
    "\n"
    "\n"
    "\n"
    "6 \n"
    "\n"
    " \n"
    "\n"
    "- Về trật tự an toàn xã hội; quốc phòng, an ninh: Quốc phòng, an ninh \n"
    "\n";

static void test_pdf_page_with_footnote(void **state)
{
    (void)state;
    ts_doc *d = parse(pdf_page);
    assert_true(ts_doc_is_pdf_layout(d));
    /* Footnote number glued to a unit, line broken mid-sentence. */
    assert_true(any_sentence_has(d, "Dự toán thu ngân sách nhà nước trên địa bàn năm 2024 tỉnh "
                                    "giao 4.600 tỷ đồng; ước thực hiện 10 tháng đầu năm 2.627 tỷ "
                                    "đồng, đạt 80,8% dự toán"));
    /* The footnote under the page rule: label stripped, kept as text. */
    const ts_span *s = sentence_with(d, "1.347 tỷ đồng");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_int_equal(strncmp(s->text, "Tỉnh giao tăng thêm", strlen("Tỉnh giao tăng thêm")), 0);
    assert_non_null(strstr(s->text, "tiền đền bù giải phóng"));
    /* The sentence the footnote block interrupted goes on on the next page. */
    assert_true(any_sentence_has(d, "Nhiệm vụ chi ngân sách địa phương năm 2024 (bao gồm cả "
                                    "chuyển nguồn năm trước sang) là 14.607 tỷ đồng; ước thực "
                                    "hiện 10 tháng đầu năm 8.063 tỷ đồng, đạt 55,2% so với nhiệm "
                                    "vụ chi."));
    /* "(2)" glued to a unit is a mark; headings stay apart. */
    assert_true(any_sentence_has(d, "địa phương giao 3.930,39 tỷ đồng."));
    const ts_span *h = sentence_with(d, "1. Về kinh tế");
    assert_non_null(h);
    assert_string_equal(h->text, "1. Về kinh tế");
    check_offsets(pdf_page, d);
    ts_doc_free(d);
}

static void test_pdf_page_number_and_resume(void **state)
{
    (void)state;
    char *text = malloc(strlen(pdf_page) + strlen(pdf_page_end) + 1);
    assert_non_null(text);
    strcpy(text, pdf_page);
    strcat(text, pdf_page_end);
    ts_doc *d = parse(text);
    assert_false(any_line_is(d, "6"));
    assert_false(any_sentence_has(d, " 6 "));
    const ts_span *s = sentence_with(d, "ngộ độc thịt cóc");
    assert_non_null(s);
    assert_true(s->in_footnote);
    assert_non_null(strstr(s->text, "xã Đăk Tơ Lung, huyện Kon Rẫy"));
    s = sentence_with(d, "Mylopharyngodon");
    assert_non_null(s);
    assert_true(s->in_footnote);
    s = sentence_with(d, "Về trật tự an toàn xã hội");
    assert_non_null(s);
    assert_false(s->in_footnote);
    assert_true(any_sentence_has(d, "kiến nghị xử lý khác về kinh tế 3.934,13 triệu đồng."));
    check_offsets(text, d);
    ts_doc_free(d);
    free(text);
}

/* Glued digits are marks only after a lower-case word, never in codes,
 * units with exponents or real numbers. */
static void test_pdf_glued_digits(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"dài hạn trong năm1. Tính đến nay", "dài hạn trong năm."},
        {"có quy định thời gian2 (còn 16 nhiệm vụ)", "thời gian (còn 16 nhiệm vụ)"},
        {"chỉ đạo của UBND tỉnh9 về việc hợp đồng", "UBND tỉnh về việc"},
        {"Đá xây dựng khai thác 418.445 m3, tăng 12,34%", "418.445 m3, tăng 12,34%"},
        {"bệnh cúm A (H5N1, H7N9, H1N1...)", "(H5N1, H7N9, H1N1...)"},
        /* Kept, and parted from the word as any figure glued to one. */
        {"Trường Cao đẳng Cộng đồng - Cơ sở01 được dùng", "Cơ sở 01 được"},
        {"phối hợp BQL dự án Kfw10 thuộc Sở", "Kfw10 thuộc"},
        {"năng suất lúa đạt 51,48tạ/ha, tăng 0,17tạ/ha", "51,48tạ/ha, tăng 0,17tạ/ha"},
        {"diện tích 65.549 ha(3), đạt 106,96 % kế hoạch", "65.549 ha, đạt 106,96 %"},
        {"Thành ủy.(2) Kế hoạch đẩy nhanh tiến độ", "(2) Kế hoạch"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        /* Repeated so the text has the fixed-width shape of PDF output. */
        char text[4096] = "";
        for (int r = 0; r < 10; r++) {
            strcat(text, "Các phòng, ban thành phố đã tham mưu UBND thực hiện hoàn thành các đầu việc \n\n");
            if (r == 5) {
                strcat(text, cases[i].in);
                strcat(text, " kết quả tốt trong tháng vừa qua và tiếp tục triển khai \n\n");
            }
        }
        ts_doc *d = parse(text);
        assert_true(ts_doc_is_pdf_layout(d));
        if (!any_sentence_has(d, cases[i].want))
            print_error("case %zu: no sentence has \"%s\"\n", i, cases[i].want);
        assert_true(any_sentence_has(d, cases[i].want));
        ts_doc_free(d);
    }
}

/* A figure glued to the Vietnamese word before it gets its space back;
 * units with exponents, codes and units glued after a figure stay as
 * they are. */
static void test_glued_figures(void **state)
{
    (void)state;
    const char text[] = "Đàn bò đạt14.450 con, tăng1,8% so với cùng kỳ; diện tích giảm4,3%. "
                        "Khai thác 12 km2 và 418 m3 đá, cúm H5N1, năng suất 51,48tạ/ha.\n";
    ts_doc *d = parse(text);
    assert_true(any_sentence_has(d, "Đàn bò đạt 14.450 con, tăng 1,8% so với cùng kỳ; diện tích giảm 4,3%."));
    assert_true(any_sentence_has(d, "Khai thác 12 km2 và 418 m3 đá, cúm H5N1, năng suất 51,48tạ/ha."));
    check_offsets(text, d);
    ts_doc_free(d);
}

/* ---- sentences ---- */

static void test_sentence_splitting(void **state)
{
    (void)state;
    const char text[] =
        "Tổng thu NSNN là 1.304.372 triệu đồng, đạt 91,9%KH. Tại TP. Kon Tum có 12 dự án. "
        "Năm 2016: 2.132 tỷ đồng; năm 2017: 2.512 tỷ đồng, tăng 17,8%. "
        "Năng suất lúa đạt 51,48tạ/ha. (diện tích giảm 2,0ha). "
        "Kết quả thực hiện (1.074,84 tỷ đồng/2.319,27 tỷ đồng). Có 08 xã đạt chuẩn.\n"
        "1.2. Phát triển các ngành kinh tế:\n"
        "a) Nông - lâm – thủy sản: Sản xuất ổn định.\n"
        "Ông Nguyễn V. An dự họp.\n"
        "Huyện phấn đấu giải quyết việc làm cho 2.000 lao động\n"
        "(LĐO) - Năm 2023, toàn huyện có 1.200 hộ nghèo.\n"
        "Thu hút đầu tư tiếp tục khởi sắc\n"
        "(QNO) – Năm 2023, tỉnh thu hút 20 dự án.\n"
        "Cơ cấu kinh tế: khu vực I chiếm 40,1%; khu vực II:\n"
        "25,3%; khu vực III: 34,6%.\n"
        "Kết quả như sau:\n"
        "2023 là năm thứ ba liên tiếp tăng trưởng.\n"
        "Tỷ lệ hộ nghèo còn 3,41%Tỷ lệ tham gia BHYT đạt 93,32% (vượt 2%KH).\n";
    ts_doc *d = parse(text);
    static const char *const want[] = {
        "Tổng thu NSNN là 1.304.372 triệu đồng, đạt 91,9%KH.",
        "Tại TP. Kon Tum có 12 dự án.",
        "Năm 2016: 2.132 tỷ đồng; năm 2017: 2.512 tỷ đồng, tăng 17,8%.",
        "Năng suất lúa đạt 51,48tạ/ha. (diện tích giảm 2,0ha).",
        "Kết quả thực hiện (1.074,84 tỷ đồng/2.319,27 tỷ đồng).",
        "Có 08 xã đạt chuẩn.",
        "1.2. Phát triển các ngành kinh tế:",
        "a) Nông - lâm – thủy sản: Sản xuất ổn định.",
        "Ông Nguyễn V. An dự họp.",
        /* A press agency's tag ends the headline before it. */
        "Huyện phấn đấu giải quyết việc làm cho 2.000 lao động",
        "(LĐO) - Năm 2023, toàn huyện có 1.200 hộ nghèo.",
        "Thu hút đầu tư tiếp tục khởi sắc",
        "(QNO) – Năm 2023, tỉnh thu hút 20 dự án.",
        /* A label's ':' and its percentage a line break parted. */
        "Cơ cấu kinh tế: khu vực I chiếm 40,1%; khu vực II: 25,3%; khu vực III: 34,6%.",
        "Kết quả như sau:",
        "2023 là năm thứ ba liên tiếp tăng trưởng.",
        /* A percentage glued to the capital opening the next sentence
         * ends its own; one glued to an abbreviation ("%KH") does not. */
        "Tỷ lệ hộ nghèo còn 3,41%",
        "Tỷ lệ tham gia BHYT đạt 93,32% (vượt 2%KH).",
    };
    assert_int_equal(ts_doc_sentence_count(d), sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        assert_string_equal(ts_doc_sentence(d, i)->text, want[i]);
    check_offsets(text, d);
    ts_doc_free(d);
}

static void test_lines_kept_for_tables(void **state)
{
    (void)state;
    /* A flattened table: one cell per line, lines kept as they are. */
    const char text[] = "Chỉ tiêu\nĐơn vị\n2019\n2020\nTổng đàn gia súc (nghìn con)\n64,9\n70,2\n";
    ts_doc *d = parse(text);
    assert_int_equal(ts_doc_line_count(d), 7);
    assert_string_equal(ts_doc_line(d, 4)->text, "Tổng đàn gia súc (nghìn con)");
    assert_int_equal(ts_doc_line(d, 4)->offset, (size_t)(strstr(text, "Tổng") - text));
    assert_string_equal(ts_doc_line(d, 6)->text, "70,2");
    assert_null(ts_doc_line(d, 7));
    assert_null(ts_doc_sentence(d, 99));
    ts_doc_free(d);
}

/* ---- metadata ---- */

/* ---- fold and slug ---- */

static void test_fold(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Đắk", "dak"},
        {"Đăk", "dak"},
        {"ĐẮK", "dak"},
        {"D\xc4\x83\xcc\x81k", "dak"}, /* decomposed "Dắk" */
        {"Tổng thu NSNN", "tong thu nsnn"},
        {"Công nghiệp – xây dựng", "cong nghiep - xay dung"},
        {"“Tuổi trẻ”  \t Kon\xc2\xa0Tum", "\"tuoi tre\" kon tum"},
        {"Dự toán", "du toan"},
        /* "tỉ" is "tỷ" spelled with i; "tỉnh", "ti vi" are other words. */
        {"Tỉ lệ 5 tỉ đồng", "ty le 5 ty dong"},
        {"tỉnh ti vi", "tinh ti vi"},
        /* ... and so are "kì", "quí", "lí", "mĩ", "sĩ" after their one
         * consonant; "thì", "khi", "chị" keep their i. */
        {"cùng kì, Kì Anh, Phú Quí, lí do, Hoa Kì, bác sĩ",
         "cung ky, ky anh, phu quy, ly do, hoa ky, bac sy"},
        {"thì khi chị nghị", "thi khi chi nghi"},
        /* Old fonts: eth for Đ, "oi" for ư. */
        {"ÐBSCL, Hải Dƣơng", "dbscl, hai duong"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[128];
        size_t n = ts_text_fold(cases[i].in, strlen(cases[i].in), out, sizeof out, NULL);
        assert_string_equal(out, cases[i].want);
        assert_int_equal(n, strlen(cases[i].want));
    }
    /* The map names the source character of every folded byte. */
    const char *s = "Thu Đắk Hà";
    char out[64];
    size_t map[64];
    size_t n = ts_text_fold(s, strlen(s), out, sizeof out, map);
    assert_string_equal(out, "thu dak ha");
    assert_int_equal(map[4], 4);                 /* "d" <- "Đ" */
    assert_int_equal(map[5], 6);                 /* "a" <- "ắ" */
    assert_int_equal(map[8], strlen("Thu Đắk ")); /* "h" */
    assert_int_equal(map[n], strlen(s));
    /* A small buffer: truncated at a character, always terminated. */
    n = ts_text_fold("Đắk Lắk", strlen("Đắk Lắk"), out, 4, NULL);
    assert_int_equal(n, 3);
    assert_string_equal(out, "dak");
}

/* The eight-bytes-at-a-time searches against their plain definitions,
 * over every position of short strings of spaces, tabs, letters and a
 * multi-byte character. */
static void test_wide_space_search(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t want; /* first tab, or space before a space or tab */
    } cases[] = {
        {"", 0},
        {"a b c", 5},
        {"a  b", 1},
        {"abcdefg  h", 7},            /* a pair across the 8-byte step */
        {"abcdefgh\tij", 8},
        {"T\xe1\xbb\x95ng thu 5 t\xe1\xbb\xb7 \t", 17},
        {"Ch\xe1\xbb\x89 ti\xc3\xaau       2019   2020", 11},
        {"one two three four five six seven eight", 39},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n = strlen(cases[i].in);
        assert_int_equal(tsx_find_wide(cases[i].in, n, 0), cases[i].want);
        assert_int_equal(tsx_wide_space(cases[i].in, n), cases[i].want < n);
    }
    /* Every string of length 0..19 over {' ', '\t', 'a'} with a fixed
     * seed, from every start. */
    char b[20];
    unsigned x = 12345;
    for (int it = 0; it < 20000; it++) {
        size_t n = (size_t)(it % 20);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            unsigned r = (x >> 16) % 7;
            b[i] = r < 3 ? ' ' : r == 3 ? '\t' : 'a';
        }
        for (size_t from = 0; from <= n; from++) {
            size_t want = n;
            for (size_t i = from; i < n && want == n; i++)
                if (b[i] == '\t' || (b[i] == ' ' && i + 1 < n && (b[i + 1] == ' ' || b[i + 1] == '\t')))
                    want = i;
            assert_int_equal(tsx_find_wide(b, n, from), want);
        }
    }
}

static void test_slug(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Kon Tum", "kon-tum"},
        {"Đắk Lắk", "dak-lak"},
        {"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"},
        {"  Thừa Thiên Huế, ", "thua-thien-hue"},
        {"---", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[64];
        ts_text_slug(cases[i].in, strlen(cases[i].in), out, sizeof out);
        assert_string_equal(out, cases[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_invalid_at),
        cmocka_unit_test(test_parse_invalid_utf8),
        cmocka_unit_test(test_empty_and_bom),
        cmocka_unit_test(test_parse_owned),
        cmocka_unit_test(test_nfc_composes_and_maps),
        cmocka_unit_test(test_word_paren_newline_mark),
        cmocka_unit_test(test_word_footnote_bodies_at_end),
        cmocka_unit_test(test_word_footnote_ref_and_inline_body),
        cmocka_unit_test(test_pdf_page_with_footnote),
        cmocka_unit_test(test_pdf_page_number_and_resume),
        cmocka_unit_test(test_pdf_glued_digits),
        cmocka_unit_test(test_glued_figures),
        cmocka_unit_test(test_sentence_splitting),
        cmocka_unit_test(test_lines_kept_for_tables),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_slug),
        cmocka_unit_test(test_wide_space_search),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
