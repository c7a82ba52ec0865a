/* libFuzzer target for the Word and OpenDocument readers: the input is
 * XML (up to a first NUL byte the document part, after it the footnotes
 * part), zipped in memory as a .docx (first byte even) or an .odt (odd),
 * then converted.  The readers never crash on any markup; a conversion
 * gives valid, NUL-terminated UTF-8 with places sorted inside it, which
 * parses as a report; a failure leaves nothing behind. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "ts.h"
#include "ts_format.h"
#include "ts_text.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

/* A zip of the given parts, in a malloc'd buffer; NULL on failure. */
static char *zip_parts(const char *const *names, const uint8_t *const *data, const size_t *lens,
                       int n, size_t *out_len)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    if (!src)
        return NULL;
    zip_source_keep(src);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    char *out = NULL;
    if (!za) {
        zip_source_free(src);
        zip_source_free(src);
        return NULL;
    }
    int ok = 1;
    for (int i = 0; i < n && ok; i++) {
        zip_source_t *s = zip_source_buffer(za, data[i], lens[i], 0);
        ok = s && zip_file_add(za, names[i], s, ZIP_FL_OVERWRITE) >= 0;
        if (!ok && s)
            zip_source_free(s);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        ok = 0;
    }
    zip_stat_t st;
    if (ok && zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        out = malloc(st.size + 1);
        if (out && zip_source_read(src, out, st.size) == (zip_int64_t)st.size)
            *out_len = st.size;
        else {
            free(out);
            out = NULL;
        }
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&ze);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int odt = data[0] & 1;
    data++, size--;
    const uint8_t *nul = memchr(data, 0, size);
    size_t doc_len = nul ? (size_t)(nul - data) : size;
    const uint8_t *notes = nul ? nul + 1 : (const uint8_t *)"";
    size_t notes_len = nul ? size - doc_len - 1 : 0;
    static const uint8_t mime[] = "application/vnd.oasis.opendocument.text";
    const char *names[2];
    const uint8_t *parts[2];
    size_t lens[2];
    if (odt) {
        names[0] = "mimetype", parts[0] = mime, lens[0] = sizeof mime - 1;
        names[1] = "content.xml", parts[1] = data, lens[1] = doc_len;
    } else {
        names[0] = "word/document.xml", parts[0] = data, lens[0] = doc_len;
        names[1] = "word/footnotes.xml", parts[1] = notes, lens[1] = notes_len;
    }
    size_t len = 0;
    char *zip = zip_parts(names, parts, lens, 2, &len);
    if (!zip)
        return 0;
    ts_converted c;
    ts_converted_init(&c);
    ts_error e;
    if (ts_format_convert("f.docx", zip, len, &c, &e) == TS_OK) {
        CHECK(c.text && c.text[c.len] == '\0' && strlen(c.text) == c.len);
        CHECK(ts_utf8_invalid_at(c.text, c.len) == c.len);
        for (size_t i = 1; i < c.n_places; i++)
            CHECK(c.places[i].offset > c.places[i - 1].offset && c.places[i].offset <= c.len);
        ts_doc *d = NULL;
        if (ts_doc_parse_converted("f.docx", &c, &d, &e) == TS_OK)
            ts_doc_free(d);
    } else {
        CHECK(c.text == NULL && e.msg[0]);
    }
    ts_converted_reset(&c);
    free(zip);
    return 0;
}
