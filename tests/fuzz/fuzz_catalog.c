/* libFuzzer target for catalogue TSV: a load either adds every row or
 * changes nothing, and every indicator present is found by its id. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    ts_catalog *c = ts_catalog_new(NULL);
    CHECK(c != NULL);
    size_t before = ts_catalog_count(c);
    ts_error err;
    int rc = ts_catalog_load_text(c, text, "fuzz.tsv", &err);
    free(text); /* the catalogue keeps its own copy */
    if (rc != TS_OK) {
        CHECK(rc == TS_EINVAL || rc == TS_EFORMAT);
        CHECK(err.line >= 1 && strcmp(err.file, "fuzz.tsv") == 0 && err.msg[0]);
        CHECK(ts_catalog_count(c) == before);
        CHECK(strcmp(ts_catalog_find(c, "grdp")->unit, "bn_vnd") == 0);
    }
    for (size_t i = 0; i < ts_catalog_count(c); i++) {
        const ts_indicator *ind = ts_catalog_at(c, i);
        CHECK(ts_catalog_find(c, ind->id) == ind);
        CHECK(ts_unit_is_canonical(ind->unit));
        ts_kind k;
        CHECK(ts_kind_parse(ts_kind_name(ind->kind), &k) == TS_OK && k == ind->kind);
    }
    ts_catalog_free(c);
    return 0;
}
