/* libFuzzer target for extraction: any input parsed as a report gives
 * facts whose indicator is in the catalogue, whose value is finite, whose
 * period is a valid interval and whose offset lies inside the input, and
 * tables whose counts add up; the same bytes as lines for the table
 * reader (with and without a default period), as one sentence and as a
 * user lexicon never crash or leak. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ts.h"
#include "ts_extract.h"
#include "ts_text.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static ts_lexicon *LX;
static ts_catalog *CAT;
static size_t SIZE;

static void on_fact(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    (void)user;
    CHECK(ts_catalog_find(CAT, f->indicator) != NULL);
    CHECK(ts_measure_is_known(f->measure));
    CHECK(isfinite(f->value));
    CHECK(f->period.first <= f->period.last);
    CHECK(f->status == 'A' || f->status == 'E');
    CHECK(offset <= SIZE);
    CHECK(excerpt != NULL);
    char buf[TS_PERIOD_TEXT_MAX];
    CHECK(ts_period_format(f->period, buf, sizeof buf) > 0);
}

static void on_unmatched(void *user, const char *q, const char *reason, size_t offset,
                         const char *excerpt)
{
    (void)user;
    CHECK(q && reason && *reason && excerpt && offset <= SIZE);
}

static void on_table(void *user, const ts_table_info *t)
{
    (void)user;
    CHECK(t->read <= t->figures && t->rows > 0 && t->rows <= t->figures);
    CHECK(t->columns > 0 && t->offset <= SIZE);
}

/* The bytes as NUL-terminated lines for the table reader. */
static void tables_of_lines(const char *z, size_t size)
{
    size_t n = 1;
    for (size_t i = 0; i < size; i++)
        n += z[i] == '\n';
    ts_span *lines = calloc(n, sizeof *lines);
    char *copy = malloc(size + 1);
    CHECK(lines && copy);
    memcpy(copy, z, size);
    copy[size] = '\0';
    size_t k = 0, a = 0;
    for (size_t i = 0; i <= size; i++)
        if (i == size || copy[i] == '\n') {
            copy[i] = '\0';
            lines[k].text = copy + a;
            lines[k].len = i - a;
            lines[k++].offset = a;
            a = i + 1;
        }
    ts_extract_ctx cx;
    memset(&cx, 0, sizeof cx);
    ts_extract_sink sink = {.fact = on_fact, .unmatched = on_unmatched, .table = on_table};
    ts_error err;
    CHECK(ts_extract_tables_to(lines, k, &cx, LX, CAT, &sink, &err) == TS_OK);
    cx.area = "kon-tum";
    cx.period = cx.report = ts_period_year(2023);
    CHECK(ts_extract_tables_to(lines, k, &cx, LX, CAT, &sink, &err) == TS_OK);
    free(copy);
    free(lines);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ts_error err;
    if (!LX) {
        ts_init();
        LX = ts_lexicon_new(&err);
        CAT = ts_catalog_new(&err);
        CHECK(LX && CAT);
    }
    SIZE = size;
    const char *text = (const char *)data;
    ts_doc *d = NULL;
    if (ts_doc_parse("fuzz.txt", text, size, &d, &err) == TS_OK) {
        ts_extract_sink sink = {.fact = on_fact, .unmatched = on_unmatched, .table = on_table};
        CHECK(ts_extract_doc_to(d, LX, CAT, &sink, &err) == TS_OK);
        ts_doc_free(d);
    }
    if (ts_utf8_invalid_at(text, size) == size) {
        tables_of_lines(text, size);
        ts_extract_ctx cx;
        memset(&cx, 0, sizeof cx);
        cx.area = "kon-tum";
        cx.period = cx.report = cx.target = ts_period_year(2023);
        CHECK(ts_extract_sentence(text, size, 0, &cx, LX, CAT, on_fact, on_unmatched, NULL,
                                  &err) == TS_OK);
        cx.directions = 1;
        cx.period = cx.report = ts_period_years(2016, 2020);
        cx.target = ts_period_years(2021, 2025);
        CHECK(ts_extract_sentence(text, size, 0, &cx, LX, CAT, on_fact, on_unmatched, NULL,
                                  &err) == TS_OK);
    }
    /* The same bytes as a user lexicon: loaded whole or not at all. */
    char *z = malloc(size + 1);
    CHECK(z != NULL);
    memcpy(z, data, size);
    z[size] = '\0';
    ts_lexicon *lx = ts_lexicon_new_empty(&err);
    CHECK(lx != NULL);
    if (ts_lexicon_load_text(lx, z, "fuzz.tsv", &err) != TS_OK)
        CHECK(ts_lexicon_count(lx) == 0);
    ts_lexicon_match m[8];
    ts_lexicon_find(LX, text, size, m, 8);
    ts_lexicon_free(lx);
    free(z);
    return 0;
}
