/* Published formats (libts/text/read_*.c, pdf_*.c): detection by content,
 * the PDF page model on made-up pages (rows, running headers, page
 * numbers, footnotes and their marks, tables, paragraphs across pages),
 * Word and OpenDocument files of tests/fixtures/formats (merged cells,
 * footnotes, places), and every refusal with its message. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_format.h"
#include "ts_text.h"
#include "text/format_libs.h"
#include "text/read_internal.h"

#define FIX "tests/fixtures/formats/"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *b = malloc((size_t)n + 1);
    assert_non_null(b);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    b[n] = '\0';
    *len = (size_t)n;
    return b;
}

/* ---- detection ---- */

static void detect_by_content(void **state)
{
    (void)state;
    static const struct {
        const char *bytes;
        size_t len;
        ts_format want;
    } cases[] = {
        {"%PDF-1.7\n", 9, TS_FORMAT_PDF},
        {"\xEF\xBB\xBFjunk before the header %PDF-1.4", 34, TS_FORMAT_PDF},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, TS_FORMAT_DOC},
        {"{\\rtf1\\ansi}", 12, TS_FORMAT_RTF},
        {"PK\x03\x04 cut short", 14, TS_FORMAT_ZIP},
        {"BÁO CÁO tình hình kinh tế", 28, TS_FORMAT_TEXT},
        {"", 0, TS_FORMAT_TEXT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(ts_format_detect(cases[i].bytes, cases[i].len), cases[i].want);
    static const struct {
        const char *file;
        ts_format want;
    } files[] = {
        {FIX "merged-cells.docx", TS_FORMAT_DOCX},
        {FIX "000_2b9464353da6eefa.odt", TS_FORMAT_ODT},
        {FIX "000_2b9464353da6eefa.pdf", TS_FORMAT_PDF},
        {FIX "bad-not-word.zip", TS_FORMAT_ZIP},
        {FIX "bad-zip-bomb.docx", TS_FORMAT_DOCX},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t n;
        char *b = slurp(files[i].file, &n);
        assert_int_equal(ts_format_detect(b, n), files[i].want);
        free(b);
    }
    assert_string_equal(ts_format_name(TS_FORMAT_DOCX), "docx");
    assert_string_equal(ts_format_name(TS_FORMAT_TEXT), "text");
}

/* ---- refusals ---- */

static void refusals(void **state)
{
    (void)state;
    static const struct {
        const char *file;
        int code;
        const char *msg;
    } cases[] = {
        {FIX "bad-truncated.pdf", TS_EFORMAT, "damaged PDF: PDF document is damaged"},
        {FIX "bad-encrypted.pdf", TS_EINVAL, "encrypted PDF: it needs a password to open"},
        {FIX "bad-image-only.pdf", TS_EFORMAT, "no text layer: OCR it first (1 pages of images)"},
        {FIX "bad-not-word.zip", TS_EFORMAT,
         "a zip archive that is not a Word (.docx) or OpenDocument (.odt) document"},
        {FIX "bad-zip-bomb.docx", TS_EFORMAT,
         "word/document.xml unpacks to 1073741824 bytes or more, over the limit of 256 MiB a "
         "part may have (a zip bomb?)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        char *b = slurp(cases[i].file, &n);
        ts_converted c;
        ts_converted_init(&c);
        ts_error e;
        assert_int_equal(ts_format_convert("x.bin", b, n, &c, &e), cases[i].code);
        assert_string_equal(e.msg, cases[i].msg);
        assert_string_equal(e.file, "x.bin");
        assert_null(c.text); /* nothing half-made is left */
        free(b);
    }
    static const struct {
        const char *bytes;
        size_t len;
        int code;
        const char *msg;
    } raw[] = {
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10, TS_EFORMAT,
         "a Word 97-2003 (.doc) file: save it as .docx and import that"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
         "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 40, TS_EINVAL,
         "encrypted Office document: save it without a password"},
        {"{\\rtf1}", 7, TS_EFORMAT, "an RTF file: save it as .docx and import that"},
        {"plain", 5, TS_EINVAL, "plain text needs no conversion"},
        {"PK\x03\x04 cut short", 14, TS_EFORMAT, "damaged zip archive: Not a zip archive"},
    };
    for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++) {
        ts_converted c;
        ts_converted_init(&c);
        ts_error e;
        assert_int_equal(ts_format_convert("y", raw[i].bytes, raw[i].len, &c, &e), raw[i].code);
        assert_string_equal(e.msg, raw[i].msg);
    }
}

/* ---- Word and OpenDocument ---- */

static char *convert_file(const char *path, ts_converted *c)
{
    size_t n;
    char *b = slurp(path, &n);
    ts_converted_init(c);
    ts_error e;
    assert_int_equal(ts_format_convert(path, b, n, c, &e), TS_OK);
    return b;
}

static void word_merged_cells(void **state)
{
    (void)state;
    ts_converted c;
    char *b = convert_file(FIX "merged-cells.docx", &c);
    /* The header cell over two years repeats; the unit merged down repeats;
     * empty cells hold their column as "-". */
    assert_string_equal(c.text,
                        "BIỂU SỐ LIỆU: THU NGÂN SÁCH\n"
                        "Chỉ tiêu\tĐơn vị tính\tThực hiện\tThực hiện\n"
                        "-\t-\tNăm 2022\tNăm 2023\n"
                        "Thu ngân sách nhà nước trên địa bàn\ttỷ đồng\t3.512\t4.200\n"
                        "Tổng chi ngân sách địa phương\ttỷ đồng\t10.110\t11.967\n"
                        "Số liệu do Sở Tài chính cung cấp.\n");
    assert_int_equal(c.format, TS_FORMAT_DOCX);
    assert_int_equal(c.tables, 1);
    char place[80];
    const char *at = strstr(c.text, "10.110");
    ts_place_format(ts_converted_place(&c, (size_t)(at - c.text)), place, sizeof place);
    assert_string_equal(place, "table 1 row 4 cell 3");
    ts_place_format(ts_converted_place(&c, 0), place, sizeof place);
    assert_string_equal(place, "paragraph 1");
    at = strstr(c.text, "Số liệu");
    ts_place_format(ts_converted_place(&c, (size_t)(at - c.text)), place, sizeof place);
    assert_string_equal(place, "paragraph 2");
    ts_converted_reset(&c);
    free(b);
}

/* Footnotes follow the paragraph that cites them, in Word and in ODT
 * alike, and their text is placed as the footnote. */
static void footnotes_after_paragraph(void **state)
{
    (void)state;
    static const char *const files[] = {FIX "002_31e44065e05bd27f.docx",
                                        FIX "000_2b9464353da6eefa.odt"};
    for (size_t i = 0; i < 2; i++) {
        ts_converted c;
        char *b = convert_file(files[i], &c);
        assert_true(c.notes > 50);
        const char *body = strstr(c.text, "  [1: ");
        assert_non_null(body);
        assert_true(body > c.text && body[-1] != '\n'); /* on its paragraph's line */
        char place[80];
        ts_place_format(ts_converted_place(&c, (size_t)(body - c.text) + 6), place, sizeof place);
        assert_string_equal(place, "footnote 1");
        ts_converted_reset(&c);
        free(b);
    }
}

/* ---- the PDF page model on made-up pages ---- */

typedef struct {
    tsx_glyph *g;
    size_t n, cap;
} glyphs;

/* Adds text set at (x, baseline y) in a font of `size`, one glyph a
 * character (width 0.5 size, a space 0.25 size), then a newline glyph. */
static double put(glyphs *gs, const char *s, double x, double y, double size, int newline)
{
    while (*s) {
        int32_t cp;
        size_t k = tsx_utf8_decode((const unsigned char *)s, strlen(s), &cp);
        s += k;
        if (gs->n + 2 > gs->cap) {
            gs->cap = gs->cap ? gs->cap * 2 : 256;
            gs->g = realloc(gs->g, gs->cap * sizeof *gs->g);
            assert_non_null(gs->g);
        }
        double w = cp == ' ' ? 0.25 * size : 0.5 * size;
        gs->g[gs->n++] = (tsx_glyph){(uint32_t)cp, {x, y - size, x + w, y}};
        x += w;
    }
    if (newline)
        gs->g[gs->n++] = (tsx_glyph){'\n', {x, y - size, x, y}};
    return x;
}

/* The width put gives s. */
static double width(const char *s, double size)
{
    double w = 0;
    while (*s) {
        int32_t cp;
        s += tsx_utf8_decode((const unsigned char *)s, strlen(s), &cp);
        w += cp == ' ' ? 0.25 * size : 0.5 * size;
    }
    return w;
}

/* A line of body text at 10 pt with, optionally, a superscript mark. */
static void line(glyphs *gs, const char *s, double x, double y, const char *mark)
{
    double e = put(gs, s, x, y, 10, !mark);
    if (mark) {
        put(gs, mark, e, y - 4, 6, 0);
        gs->g[gs->n++] = (tsx_glyph){'\n', {e, y - 10, e, y}};
    }
}

static void page_model(void **state)
{
    (void)state;
    tsx_pdf_page pages[2];
    memset(pages, 0, sizeof pages);
    glyphs gs = {0};
    const double L = 50;
    /* Page 1: running header, a paragraph with a footnote mark whose last
     * row is full, a note at the foot, a page number. */
    line(&gs, "BÁO CÁO TÌNH HÌNH", 150, 20, NULL);
    /* Rows filled to the right margin (x = 450): a paragraph goes on. */
    char first[120], full[120];
    snprintf(first, sizeof first, "Tổng thu ngân sách ước đạt 1.304 tỷ đồng ");
    while (L + 20 + width(first, 10) < 450 - 3) /* the mark's width */
        strcat(first, "x");
    snprintf(full, sizeof full, "chủ yếu từ thu nội địa ");
    while (L + width(full, 10) < 450)
        strcat(full, "y");
    line(&gs, first, L + 20, 100, "1");
    line(&gs, full, L, 114, NULL);
    put(&gs, "1", L, 370, 5, 0);
    put(&gs, " Trong đó thu nội địa 900 tỷ đồng.", L + 3, 374, 8, 1);
    line(&gs, "- 1 -", 200, 390, NULL);
    pages[0].width = 500;
    pages[0].height = 400;
    assert_int_equal(tsx_pdf_chunks(gs.g, gs.n, &pages[0]), TS_OK);
    /* Page 2: the same header, the paragraph going on, a table. */
    gs.n = 0;
    line(&gs, "BÁO CÁO TÌNH HÌNH", 150, 20, NULL);
    line(&gs, "tăng 5% so với cùng kỳ.", L, 100, NULL);
    double y = 130;
    static const char *const rows[3][4] = {{"Chỉ tiêu", "Đơn vị", "Năm 2022", "Năm 2023"},
                                           {"Tổng đàn gia súc", "con", "61.200", "63.850"},
                                           {"Thu ngân sách", "tỷ đồng", "3.512", "4.200"}};
    for (int r = 0; r < 3; r++, y += 14)
        for (int k = 0; k < 4; k++)
            put(&gs, rows[r][k], k ? 150 + 80 * k : L, y, 10, 1);
    line(&gs, "- 2 -", 200, 390, NULL);
    pages[1].width = 500;
    pages[1].height = 400;
    assert_int_equal(tsx_pdf_chunks(gs.g, gs.n, &pages[1]), TS_OK);
    ts_converted c;
    ts_converted_init(&c);
    assert_int_equal(tsx_pdf_layout(pages, 2, &c), TS_OK);
    char want[800];
    snprintf(want, sizeof want,
             "%s %s tăng 5%% so với cùng kỳ.  [1: Trong đó thu nội địa 900 tỷ đồng.]\n"
             "Chỉ tiêu\tĐơn vị\tNăm 2022\tNăm 2023\n"
             "Tổng đàn gia súc\tcon\t61.200\t63.850\n"
             "Thu ngân sách\ttỷ đồng\t3.512\t4.200\n",
             first, full);
    assert_string_equal(c.text, want);
    assert_int_equal(c.pages, 2);
    assert_int_equal(c.tables, 1);
    assert_int_equal(c.notes, 1);
    char place[80];
    const char *at = strstr(c.text, "tăng 5%");
    ts_place_format(ts_converted_place(&c, (size_t)(at - c.text)), place, sizeof place);
    assert_string_equal(place, "page 2");
    at = strstr(c.text, "63.850");
    ts_place_format(ts_converted_place(&c, (size_t)(at - c.text)), place, sizeof place);
    assert_string_equal(place, "page 2 table 1 row 2 cell 4");
    at = strstr(c.text, "Trong đó");
    ts_place_format(ts_converted_place(&c, (size_t)(at - c.text)), place, sizeof place);
    assert_string_equal(place, "page 1 footnote 1");
    ts_converted_reset(&c);
    tsx_pdf_page_free(&pages[0]);
    tsx_pdf_page_free(&pages[1]);
    free(gs.g);
}

/* The glyphs of gs set on one 500 x 400 page, laid out into c. */
static void layout_one_page(glyphs *gs, ts_converted *c)
{
    tsx_pdf_page page;
    memset(&page, 0, sizeof page);
    page.width = 500;
    page.height = 400;
    assert_int_equal(tsx_pdf_chunks(gs->g, gs->n, &page), TS_OK);
    ts_converted_init(c);
    assert_int_equal(tsx_pdf_layout(&page, 1, c), TS_OK);
    tsx_pdf_page_free(&page);
    free(gs->g);
}

/* A superscript that names no footnote is an exponent: kept, glued. */
static void exponent_kept(void **state)
{
    (void)state;
    glyphs gs = {0};
    line(&gs, "Nước máy đạt 3.516 nghìn m", 50, 100, "3");
    ts_converted c;
    layout_one_page(&gs, &c);
    assert_string_equal(c.text, "Nước máy đạt 3.516 nghìn m3\n");
    ts_converted_reset(&c);
}

/* A damaged file's glyphs may be of any size (1e82 points): the body
 * size is still found, without a conversion out of range (UBSan). */
static void absurd_glyph_sizes(void **state)
{
    (void)state;
    glyphs gs = {0};
    line(&gs, "Thu ngân sách đạt 700 tỷ đồng.", 50, 100, NULL);
    put(&gs, "x", 50, 200, 4.9e82, 1);
    ts_converted c;
    layout_one_page(&gs, &c);
    assert_non_null(strstr(c.text, "Thu ngân sách đạt 700 tỷ đồng."));
    ts_converted_reset(&c);
}

/* The converted text reads as a report: paragraphs are never joined as
 * PDF lines, offsets are in the converted text. */
static void parse_converted(void **state)
{
    (void)state;
    ts_converted c;
    char *b = convert_file(FIX "merged-cells.docx", &c);
    ts_doc *d;
    ts_error e;
    assert_int_equal(ts_doc_parse_converted("m.docx", &c, &d, &e), TS_OK);
    assert_false(ts_doc_is_pdf_layout(d));
    const ts_span *last = ts_doc_sentence(d, ts_doc_sentence_count(d) - 1);
    assert_string_equal(last->text, "Số liệu do Sở Tài chính cung cấp.");
    assert_int_equal(last->offset, (size_t)(strstr(c.text, "Số liệu") - c.text));
    ts_doc_free(d);
    ts_converted_reset(&c);
    free(b);
}

/* The formats' libraries are loaded at first use: a missing library or
 * function is an error that names it, never a crash. */
static void libraries_loaded_lazily(void **state)
{
    (void)state;
    ts_error err = {0};
    const tsx_poppler *pp = tsx_poppler_lib(&err);
    assert_non_null(pp);
    assert_ptr_equal(tsx_poppler_lib(&err), pp); /* loaded once */
    assert_non_null(tsx_zip_lib(&err));
    assert_non_null(tsx_xml_lib(&err));

    typedef struct {
        void (*fn)(void);
    } one_function;
    one_function one;
    const tsx_lib_symbol missing_fn[] = {{"ts_no_such_function", offsetof(one_function, fn)}};
    void *h = NULL;
    assert_int_equal(tsx_format_lib_bind("libts-no-such-library.so.0", missing_fn, 1, &one, &h,
                                         &err),
                     TS_ENOTFOUND);
    assert_non_null(strstr(err.msg, "libts-no-such-library.so.0 cannot be loaded"));
    assert_null(h);
    assert_int_equal(tsx_format_lib_bind("libz.so.1", missing_fn, 1, &one, &h, &err),
                     TS_ENOTFOUND);
    assert_string_equal(err.msg,
                        "libz.so.1 has no ts_no_such_function (another version than tskit was "
                        "built for)");
    assert_null(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(detect_by_content),
        cmocka_unit_test(refusals),
        cmocka_unit_test(word_merged_cells),
        cmocka_unit_test(footnotes_after_paragraph),
        cmocka_unit_test(page_model),
        cmocka_unit_test(exponent_kept),
        cmocka_unit_test(absurd_glyph_sizes),
        cmocka_unit_test(parse_converted),
        cmocka_unit_test(libraries_loaded_lazily),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
