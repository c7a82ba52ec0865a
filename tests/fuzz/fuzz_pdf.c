/* libFuzzer target for the PDF reader.  Input that starts with "%PDF-"
 * goes through Poppler and the whole reader (ts_format_convert); any
 * other input is read as made-up glyphs (9 bytes each: a character and a
 * box) over two pages, straight into the page model (pdf_rows.c,
 * pdf_layout.c, pdf_write.c), where the reader's own logic lives.  The
 * converted text is valid UTF-8, NUL-terminated, its places sorted and
 * inside it, and it parses as a report. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ts.h"
#include "ts_format.h"
#include "ts_text.h"
#include "text/read_internal.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static void check_converted(const ts_converted *c)
{
    CHECK(c->text && c->text[c->len] == '\0');
    CHECK(strlen(c->text) == c->len);
    CHECK(ts_utf8_invalid_at(c->text, c->len) == c->len);
    CHECK(c->n_places >= 1 && c->places[0].offset == 0);
    for (size_t i = 1; i < c->n_places; i++) {
        CHECK(c->places[i].offset > c->places[i - 1].offset);
        CHECK(c->places[i].offset <= c->len);
    }
    char buf[160];
    ts_place_format(ts_converted_place(c, c->len), buf, sizeof buf);
    ts_doc *d = NULL;
    ts_error e;
    if (ts_doc_parse_converted("f.pdf", c, &d, &e) == TS_OK) {
        for (size_t i = 0; i < ts_doc_sentence_count(d); i++)
            CHECK(ts_doc_sentence(d, i)->offset <= c->len);
        ts_doc_free(d);
    }
}

/* Glyphs from bytes: a character (ASCII letters, digits, space, newline,
 * a Vietnamese letter) and a box on a coarse grid, so rows, gaps,
 * superscripts and columns all come up. */
static void glyph_pages(const uint8_t *data, size_t size)
{
    static const uint32_t chars[] = {'a', 'b', 'T', '1', '2', '.', ',', ' ', '\n', 0x1EA1,
                                     '-', '%', '(', ')', '[', 0x01};
    tsx_pdf_page pages[2];
    memset(pages, 0, sizeof pages);
    size_t n = size / 9;
    tsx_glyph *g = malloc((n ? n : 1) * sizeof *g);
    if (!g)
        return;
    size_t split = 0;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *b = data + 9 * i;
        g[i].cp = chars[b[0] & 15];
        double x = b[1] * 2.0 + b[2] / 128.0, y = b[3] * 3.0 + b[4] / 128.0;
        double w = (b[5] & 15) + 0.5, h = (b[6] & 31) + 1.0;
        g[i].box = (tsx_box){x, y, x + w, y + h};
        if (b[7] == 0xFF && !split)
            split = i;
    }
    if (!split)
        split = n;
    int ok = 1;
    for (int p = 0; p < 2; p++) {
        pages[p].width = 600;
        pages[p].height = 800;
        size_t a = p ? split : 0, e = p ? n : split;
        if (tsx_pdf_chunks(g + a, e - a, &pages[p]) != TS_OK)
            ok = 0;
    }
    ts_converted c;
    ts_converted_init(&c);
    if (ok && tsx_pdf_layout(pages, 2, &c) == TS_OK)
        check_converted(&c);
    ts_converted_reset(&c);
    tsx_pdf_page_free(&pages[0]);
    tsx_pdf_page_free(&pages[1]);
    free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 5 && !memcmp(data, "%PDF-", 5)) {
        ts_converted c;
        ts_converted_init(&c);
        ts_error e;
        if (ts_format_convert("f.pdf", (const char *)data, size, &c, &e) == TS_OK)
            check_converted(&c);
        else
            CHECK(c.text == NULL && e.msg[0]);
        ts_converted_reset(&c);
        return 0;
    }
    glyph_pages(data, size);
    return 0;
}
