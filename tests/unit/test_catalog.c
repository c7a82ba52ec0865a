/* Unit tests of libts/core/catalog.c: the built-in catalogue, lookups, user
 * TSV files (added, replaced, rejected whole with file:line), kinds. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <math.h>
#include "ts.h"

static void test_builtin(void **state)
{
    (void)state;
    ts_error err;
    ts_catalog *c = ts_catalog_new(&err);
    assert_non_null(c);
    /* One indicator per line of the embedded TSV after its header. */
    size_t lines = 0;
    for (const char *p = ts_builtin_indicators_tsv; *p; p++)
        lines += *p == '\n';
    assert_int_equal(ts_catalog_count(c), lines - 1);
    static const struct { const char *id, *unit; ts_kind kind; } known[] = {
        {"grdp", "bn_vnd", TS_KIND_FLOW},
        {"grdp.per_capita", "mn_vnd", TS_KIND_RATE},
        {"budget.revenue", "bn_vnd", TS_KIND_FLOW},
        {"tax.arrears", "bn_vnd", TS_KIND_STOCK},
        {"forest.cover", "pct", TS_KIND_RATE},
        {"agri.rice_yield", "quintal_per_ha", TS_KIND_RATE},
        {"exports", "mn_usd", TS_KIND_FLOW},
        {"admin.tasks", "task", TS_KIND_FLOW},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const ts_indicator *ind = ts_catalog_find(c, known[i].id);
        if (!ind)
            fail_msg("%s not in the built-in catalogue", known[i].id);
        assert_string_equal(ind->id, known[i].id);
        assert_string_equal(ind->unit, known[i].unit);
        assert_int_equal(ind->kind, known[i].kind);
        assert_true(strlen(ind->en) > 0);
    }
    /* Load order is file order: the first data line is grdp. */
    assert_string_equal(ts_catalog_at(c, 0)->id, "grdp");
    assert_null(ts_catalog_at(c, ts_catalog_count(c)));
    /* Every indicator is found by its own id. */
    for (size_t i = 0; i < ts_catalog_count(c); i++)
        assert_ptr_equal(ts_catalog_find(c, ts_catalog_at(c, i)->id), ts_catalog_at(c, i));
    assert_null(ts_catalog_find(c, "no.such.id"));
    assert_null(ts_catalog_find(c, ""));
    assert_null(ts_catalog_find(c, "GRDP"));
    assert_null(ts_catalog_find(c, NULL));
    ts_catalog_free(c);
    ts_catalog_free(NULL);
}

/* Every gold file's indicator is in the catalogue with the gold unit. */
static void test_gold_indicators(void **state)
{
    (void)state;
    ts_catalog *c = ts_catalog_new(NULL);
    static const struct { const char *id, *unit; } gold[] = {
        {"budget.revenue", "bn_vnd"}, {"livestock.total", "head"},
        {"admin.documents", "document"}, {"coop.new", "coop"}, {"edu.pupils", "pupil"},
        {"forest.violations", "case"}, {"enterprise.new", "enterprise"},
        {"investment.projects", "project"}, {"edu.standard_schools", "school"},
    };
    for (size_t i = 0; i < sizeof gold / sizeof gold[0]; i++) {
        const ts_indicator *ind = ts_catalog_find(c, gold[i].id);
        if (!ind)
            fail_msg("%s missing", gold[i].id);
        assert_string_equal(ind->unit, gold[i].unit);
    }
    ts_catalog_free(c);
}

static void test_load_text_adds_and_replaces(void **state)
{
    (void)state;
    ts_error err;
    ts_catalog *c = ts_catalog_new(&err);
    size_t n0 = ts_catalog_count(c);
    const ts_indicator *old = ts_catalog_find(c, "grdp");
    /* Columns found by name, in any order, with vi/en optional, CRLF,
     * blank and comment lines. */
    const char *tsv = "kind\tid\tunit\r\n"
                      "# my additions\r\n"
                      "\r\n"
                      "stock\tmy.wells\tcase\r\n"
                      "rate\tgrdp\tpct\r\n";
    assert_int_equal(ts_catalog_load_text(c, tsv, "mine.tsv", &err), TS_OK);
    assert_int_equal(ts_catalog_count(c), n0 + 1);
    const ts_indicator *w = ts_catalog_find(c, "my.wells");
    assert_non_null(w);
    assert_string_equal(w->unit, "case");
    assert_int_equal(w->kind, TS_KIND_STOCK);
    assert_string_equal(w->vi, "");
    assert_string_equal(w->en, "");
    assert_ptr_equal(ts_catalog_at(c, n0), w);
    /* Replaced in place: same position, new content; the old pointer
     * still reads its old content. */
    const ts_indicator *g = ts_catalog_find(c, "grdp");
    assert_string_equal(g->unit, "pct");
    assert_int_equal(g->kind, TS_KIND_RATE);
    assert_ptr_equal(ts_catalog_at(c, 0), g);
    assert_string_equal(old->unit, "bn_vnd");
    /* Many ids: the table grows and still finds them all. */
    char *big = malloc(200000);
    size_t o = (size_t)sprintf(big, "id\tunit\tkind\tvi\ten\n");
    for (int i = 0; i < 3000; i++)
        o += (size_t)sprintf(big + o, "user.x%d\tha\tflow\tdiện tích %d\tarea %d\n", i, i, i);
    assert_int_equal(ts_catalog_load_text(c, big, "big.tsv", &err), TS_OK);
    assert_int_equal(ts_catalog_count(c), n0 + 1 + 3000);
    for (int i = 0; i < 3000; i += 7) {
        char id[32], vi[32];
        sprintf(id, "user.x%d", i);
        sprintf(vi, "diện tích %d", i);
        const ts_indicator *ind = ts_catalog_find(c, id);
        assert_non_null(ind);
        assert_string_equal(ind->vi, vi);
    }
    assert_non_null(ts_catalog_find(c, "budget.revenue"));
    free(big);
    ts_catalog_free(c);
}

/* A bad file is rejected whole, with the place and reason. */
static void test_load_text_errors(void **state)
{
    (void)state;
    static const struct { const char *tsv; int code; long line; const char *msg; } bad[] = {
        {"id\tunit\n", TS_EFORMAT, 1, "missing column 'kind'"},
        {"unit\tkind\n", TS_EFORMAT, 1, "missing column 'id'"},
        {"", TS_EFORMAT, 1, "no header line (id, unit, kind)"},
        {"# only a comment\n\n", TS_EFORMAT, 2, "no header line (id, unit, kind)"},
        {"id\tunit\tkind\nnew.a\tha\tflow\nnew.b\tkm\tflow\n", TS_EINVAL, 3,
         "column 'unit': \"km\" is not a canonical unit"},
        {"id\tunit\tkind\nnew.a\tha\tflowing\n", TS_EINVAL, 2,
         "column 'kind': \"flowing\" is not flow, stock, rate or index"},
        {"id\tunit\tkind\nnew a\tha\tflow\n", TS_EINVAL, 2,
         "column 'id': \"new a\" is not a valid id"},
        {"id\tunit\tkind\n\tha\tflow\n", TS_EINVAL, 2, "column 'id': \"\" is not a valid id"},
        {"id\tunit\tkind\nnew.a\tha\n", TS_EINVAL, 2, "expected 3 columns, found 2"},
        {"id\tunit\tkind\nnew.a\tha\tflow\tx\n", TS_EINVAL, 2, "expected 3 columns, found 4"},
        {"id\tunit\tkind\nnew.a\tha\tflow\n\nnew.a\tha\tstock\n", TS_EINVAL, 4,
         "duplicate id \"new.a\" (first on line 2)"},
        {"id\tunit\tkind\tvi\nnew.a\tha\tflow\tdi\xe1\xbb\n", TS_EINVAL, 2, "invalid UTF-8"},
        {"id\tunit\tkind\tshortest\nnew.a\tha\tflow\tweekly\n", TS_EINVAL, 2,
         "column 'shortest': \"weekly\" is not month, quarter or year"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ts_catalog *c = ts_catalog_new(NULL);
        size_t n0 = ts_catalog_count(c);
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_catalog_load_text(c, bad[i].tsv, "user.tsv", &err);
        if (rc != bad[i].code)
            fail_msg("case %zu: code %d (%s)", i, rc, err.msg);
        assert_string_equal(err.msg, bad[i].msg);
        assert_string_equal(err.file, "user.tsv");
        assert_int_equal(err.line, bad[i].line);
        assert_int_equal(ts_catalog_count(c), n0);
        assert_null(ts_catalog_find(c, "new.a"));
        assert_string_equal(ts_catalog_find(c, "grdp")->unit, "bn_vnd");
        ts_catalog_free(c);
    }
}

static void test_load_file(void **state)
{
    (void)state;
    char path[] = "/tmp/test_catalog_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("id\tunit\tkind\tvi\ten\nwater.supply\thousehold\tstock\tcấp nước\tWater supply\n", f);
    fclose(f);
    ts_error err;
    ts_catalog *c = ts_catalog_new(&err);
    assert_int_equal(ts_catalog_load(c, path, &err), TS_OK);
    const ts_indicator *ind = ts_catalog_find(c, "water.supply");
    assert_non_null(ind);
    assert_string_equal(ind->vi, "cấp nước");
    assert_string_equal(ind->en, "Water supply");
    /* A bad row: file:line in the formatted error. */
    f = fopen(path, "w");
    fputs("id\tunit\tkind\nok.one\tha\tflow\nbad.one\tha\tsometimes\n", f);
    fclose(f);
    assert_int_equal(ts_catalog_load(c, path, &err), TS_EINVAL);
    char buf[1024], want[1024];
    snprintf(want, sizeof want, "%s:3: column 'kind': \"sometimes\" is not flow, stock, rate or index",
             path);
    assert_string_equal(ts_error_format(&err, buf, sizeof buf), want);
    assert_null(ts_catalog_find(c, "ok.one"));
    /* A NUL byte: not a TSV file. */
    f = fopen(path, "w");
    fwrite("id\tunit\tkind\n\0x\tha\tflow\n", 1, 24, f);
    fclose(f);
    assert_int_equal(ts_catalog_load(c, path, &err), TS_EFORMAT);
    unlink(path);
    /* A missing file. */
    assert_int_equal(ts_catalog_load(c, path, &err), TS_EIO);
    assert_string_equal(err.file, path);
    assert_string_equal(err.msg, "cannot open: No such file or directory");
    ts_catalog_free(c);
}

static void test_kinds(void **state)
{
    (void)state;
    ts_kind k = TS_KIND_RATE;
    assert_int_equal(ts_kind_parse("flow", &k), TS_OK);
    assert_int_equal(k, TS_KIND_FLOW);
    assert_int_equal(ts_kind_parse("stock", &k), TS_OK);
    assert_int_equal(k, TS_KIND_STOCK);
    assert_int_equal(ts_kind_parse("rate", &k), TS_OK);
    assert_int_equal(k, TS_KIND_RATE);
    assert_int_equal(ts_kind_parse("Flow", &k), TS_EINVAL);
    assert_int_equal(ts_kind_parse("", &k), TS_EINVAL);
    assert_int_equal(ts_kind_parse(NULL, &k), TS_EINVAL);
    assert_int_equal(k, TS_KIND_RATE);
    assert_string_equal(ts_kind_name(TS_KIND_FLOW), "flow");
    assert_string_equal(ts_kind_name(TS_KIND_STOCK), "stock");
    assert_string_equal(ts_kind_name(TS_KIND_RATE), "rate");
}

/* The shortest period compiled: GRDP by the quarter, most by the month,
 * a user's indicator without the column by the month. */
static void test_shortest(void **state)
{
    (void)state;
    ts_catalog *c = ts_catalog_new(NULL);
    assert_int_equal(ts_catalog_find(c, "grdp")->shortest, TS_SHORTEST_QUARTER);
    assert_int_equal(ts_catalog_find(c, "gva.services")->shortest, TS_SHORTEST_QUARTER);
    assert_int_equal(ts_catalog_find(c, "grdp.per_capita")->shortest, TS_SHORTEST_YEAR);
    assert_int_equal(ts_catalog_find(c, "budget.revenue")->shortest, TS_SHORTEST_MONTH);
    ts_error err;
    assert_int_equal(ts_catalog_load_text(c, "id\tunit\tkind\nnew.a\tha\tflow\n", "u.tsv", &err),
                     TS_OK);
    assert_int_equal(ts_catalog_find(c, "new.a")->shortest, TS_SHORTEST_MONTH);
    assert_int_equal(ts_catalog_load_text(c, "shortest\tid\tunit\tkind\nyear\tnew.b\tha\tflow\n",
                                          "u.tsv", &err),
                     TS_OK);
    assert_int_equal(ts_catalog_find(c, "new.b")->shortest, TS_SHORTEST_YEAR);
    ts_shortest s = TS_SHORTEST_MONTH;
    assert_int_equal(ts_shortest_parse("quarter", &s), TS_OK);
    assert_int_equal(s, TS_SHORTEST_QUARTER);
    assert_int_equal(ts_shortest_parse("Quarter", &s), TS_EINVAL);
    assert_string_equal(ts_shortest_name(TS_SHORTEST_YEAR), "year");
    ts_catalog_free(c);
}

/* ts_fact_normalise: levels and plans into the catalogue's unit, shares
 * and growth rates checked to be in pct, unknown indicators and derived
 * measures left alone, and the fact unchanged on every refusal. */
static void test_normalise(void **state)
{
    (void)state;
    static const struct {
        const char *indicator, *measure, *unit;
        double value;
        int rc;
        const char *want_unit;
        double want;
        const char *msg;
    } cases[] = {
        {"budget.revenue", "level", "mn_vnd", 1304372, TS_OK, "bn_vnd", 1304.372, NULL},
        {"budget.revenue", "plan", "bn_vnd", 3000, TS_OK, "bn_vnd", 3000, NULL},
        {"budget.revenue", "yoy_pct", "pct", 7.5, TS_OK, "pct", 7.5, NULL},
        {"budget.revenue", "pct_plan", "bn_vnd", 90, TS_EUNIT, "bn_vnd", 90,
         "column 'unit': measure pct_plan is in pct, not bn_vnd"},
        {"budget.revenue", "level", "ha", 5, TS_EUNIT, "ha", 5, NULL},
        {"budget.revenue", "rolling3_mean", "ha", 5, TS_OK, "ha", 5, NULL},
        {"no.such.indicator", "level", "mn_vnd", 12, TS_OK, "mn_vnd", 12, NULL},
    };
    ts_catalog *c = ts_catalog_new(NULL);
    assert_non_null(c);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_fact f;
        ts_fact_init(&f);
        f.indicator = cases[i].indicator;
        f.measure = cases[i].measure;
        f.unit = cases[i].unit;
        f.value = cases[i].value;
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_fact_normalise(&f, c, &err);
        if (rc != cases[i].rc || strcmp(f.unit, cases[i].want_unit) != 0 ||
            fabs(f.value - cases[i].want) > 1e-9)
            fail_msg("case %zu: rc %d unit %s value %g", i, rc, f.unit, f.value);
        if (cases[i].msg)
            assert_string_equal(err.msg, cases[i].msg);
    }
    ts_catalog_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin),
        cmocka_unit_test(test_gold_indicators),
        cmocka_unit_test(test_load_text_adds_and_replaces),
        cmocka_unit_test(test_load_text_errors),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_shortest),
        cmocka_unit_test(test_normalise),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
