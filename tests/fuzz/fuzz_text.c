/* libFuzzer target for the report text path: ts_doc_parse accepts exactly
 * the valid UTF-8 inputs, and then every line and sentence is valid,
 * NUL-terminated UTF-8 whose offset (and every position inside it) maps
 * back into the input; sentences come in input order; metadata is sane.
 * The extractor reads the document without crashing and reports facts
 * whose offsets lie inside the input.  The fold and slug helpers stay
 * inside their buffers. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ts.h"
#include "ts_extract.h"
#include "ts_text.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static void check_span(const ts_doc *d, const ts_span *s, size_t size)
{
    CHECK(s->text[s->len] == '\0');
    CHECK(strlen(s->text) == s->len);
    CHECK(ts_utf8_invalid_at(s->text, s->len) == s->len);
    CHECK(s->offset <= size);
    CHECK(ts_doc_offset(d, s->text) == s->offset);
    size_t prev = s->offset;
    for (size_t i = 0; i <= s->len; i++) {
        size_t o = ts_doc_offset(d, s->text + i);
        CHECK(o <= size);
        CHECK(o >= prev); /* positions map in order */
        prev = o;
    }
}

static void check_fold(const char *text, size_t size)
{
    size_t cap = 2 * size + 1;
    char *out = malloc(cap);
    size_t *map = malloc(cap * sizeof *map);
    CHECK(out && map);
    size_t n = ts_text_fold(text, size, out, cap, map);
    CHECK(n < cap && out[n] == '\0');
    CHECK(map[n] == size); /* the bound holds the whole text */
    for (size_t i = 0; i < n; i++) {
        CHECK(map[i] < size);
        CHECK(i == 0 || map[i] >= map[i - 1]);
    }
    char slug[32];
    size_t k = ts_text_slug(text, size, slug, sizeof slug);
    CHECK(k < sizeof slug && slug[k] == '\0');
    for (size_t i = 0; i < k; i++)
        CHECK((slug[i] >= 'a' && slug[i] <= 'z') || (slug[i] >= '0' && slug[i] <= '9') ||
              slug[i] == '-');
    CHECK(k == 0 || (slug[0] != '-' && slug[k - 1] != '-'));
    free(out);
    free(map);
}

static ts_lexicon *lexicon;
static ts_catalog *catalog;

static void on_fact(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    size_t size = *(const size_t *)user;
    CHECK(offset <= size);
    CHECK(excerpt != NULL);
    CHECK(f->indicator && f->indicator[0] && ts_catalog_find(catalog, f->indicator));
    CHECK(f->period.first <= f->period.last);
    CHECK(f->status == 'A' || f->status == 'E');
}

static void on_unmatched(void *user, const char *quantity, const char *reason, size_t offset,
                         const char *excerpt)
{
    size_t size = *(const size_t *)user;
    CHECK(offset <= size && quantity && reason && *reason && excerpt);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!lexicon) {
        ts_init();
        lexicon = ts_lexicon_new(NULL);
        catalog = ts_catalog_new(NULL);
        CHECK(lexicon && catalog);
    }
    const char *text = (const char *)data;
    ts_doc *d = NULL;
    ts_error err;
    int rc = ts_doc_parse("fuzz.txt", text, size, &d, &err);
    size_t bad = ts_utf8_invalid_at(text, size);
    if (bad < size) {
        char want[64];
        snprintf(want, sizeof want, "byte %zu: invalid UTF-8", bad);
        CHECK(rc == TS_EINVAL && d == NULL && strcmp(err.msg, want) == 0);
        return 0;
    }
    CHECK(rc == TS_OK && d != NULL);
    size_t prev = 0;
    for (size_t i = 0; i < ts_doc_sentence_count(d); i++) {
        const ts_span *s = ts_doc_sentence(d, i);
        check_span(d, s, size);
        CHECK(s->len > 0 && s->text[0] != ' ' && s->text[s->len - 1] != ' ');
        CHECK(s->offset >= prev);
        prev = s->offset;
    }
    for (size_t i = 0; i < ts_doc_line_count(d); i++)
        check_span(d, ts_doc_line(d, i), size);
    const ts_doc_meta *m = ts_doc_meta_get(d);
    for (const char *p = m->area; *p; p++)
        CHECK((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
    if (m->has_period) {
        char buf[TS_PERIOD_TEXT_MAX];
        ts_period back;
        size_t n = ts_period_format(m->period, buf, sizeof buf);
        CHECK(ts_period_parse(buf, n, &back, NULL) == TS_OK);
        CHECK(back.first == m->period.first && back.last == m->period.last);
    }
    if (m->has_date)
        CHECK(m->month >= 1 && m->month <= 12 && m->day >= 1 && m->day <= 31);
    CHECK(ts_extract_doc(d, lexicon, catalog, on_fact, on_unmatched, &size, &err) == TS_OK);
    ts_doc_free(d);
    check_fold(text, size);
    return 0;
}
