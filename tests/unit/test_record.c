/* Unit tests of recording transactions (store/store_record.c): what is
 * added to a recording and replayed into the real transaction gives the
 * store a direct import gives; documents the store holds are judged
 * unchanged (their facts not recorded), checksums given later follow; a
 * damaged record, two versions of one document and a replay into a
 * recording are refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"
#include "tmpdir_fixture.h"


static ts_fact fact(const char *ind, const char *period, double v, const char *source)
{
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = ind;
    f.area = "kon-tum";
    f.measure = "level";
    f.unit = "bn_vnd";
    assert_int_equal(ts_period_parse(period, strlen(period), &f.period, NULL), TS_OK);
    f.value = v;
    f.source = source;
    return f;
}

/* The report a.txt as the store holds it after seed(). */
static ts_source_new source_a(void)
{
    ts_source_new a = {0};
    a.name = "a.txt";
    a.kind = TS_SOURCE_REPORT;
    a.text = "report a";
    a.text_len = 8;
    a.imported = 1700000000;
    return a;
}

/* Adds the test's documents and facts to t: a.txt (as the store holds it
 * after seed()), b.txt (new, with a report date), c.tsv (its checksum
 * given after its facts). */
static void add_all(ts_txn *t)
{
    ts_error err;
    size_t doc;
    int changed;
    ts_source_new a = source_a();
    assert_int_equal(ts_txn_add_source(t, &a, &doc, &changed, &err), TS_OK);
    assert_int_equal(changed, 0);
    ts_fact f = fact("grdp", "2020", 1, "a.txt");
    assert_int_equal(ts_txn_add_fact(t, &f, doc, 0, &err), TS_OK);
    assert_int_equal(ts_txn_has_source(t, "a.txt", 8), 1);
    assert_int_equal(ts_txn_has_source(t, "a.txt", 9), 0);
    ts_source_new b = a;
    b.name = "b.txt";
    b.text = "report b, with more";
    b.text_len = strlen(b.text);
    b.has_date = 1;
    b.date = ts_days_from_civil(2021, 3, 30);
    assert_int_equal(ts_txn_add_source(t, &b, &doc, &changed, &err), TS_OK);
    assert_int_equal(changed, 1);
    ts_fact g = fact("grdp", "2021", 2.5, "b.txt");
    assert_int_equal(ts_txn_add_fact(t, &g, doc, 7, &err), TS_OK);
    g = fact("budget.revenue", "2021", 1.0 / 3.0, "-");
    g.price = "const2010";
    assert_int_equal(ts_txn_add_fact(t, &g, doc, -1, &err), TS_OK);
    assert_int_equal(ts_txn_has_source(t, "b.txt", b.text_len), 1);
    ts_source_new c = {0};
    c.name = "c.tsv";
    c.kind = TS_SOURCE_TSV;
    c.text_len = 1234;
    c.omit_text = 1;
    c.sha256_later = 1;
    c.imported = 1700000100;
    assert_int_equal(ts_txn_add_source(t, &c, &doc, &changed, &err), TS_OK);
    ts_fact h = fact("exports", "2022", 9, "c.tsv");
    assert_int_equal(ts_txn_add_fact(t, &h, doc, -1, &err), TS_OK);
    assert_int_equal(ts_txn_source_sha256(t, doc, "0123456789abcdef0123456789abcdef0123456789abcdef"
                                                  "0123456789abcdef", &err), TS_OK);
}

/* A store holding a.txt. */
static void seed(const char *path)
{
    ts_txn *t;
    ts_error err;
    assert_int_equal(ts_store_begin(path, 0, &t, &err), TS_OK);
    ts_source_new a = source_a();
    size_t doc;
    assert_int_equal(ts_txn_add_source(t, &a, &doc, NULL, &err), TS_OK);
    ts_fact f = fact("grdp", "2020", 1, "a.txt");
    assert_int_equal(ts_txn_add_fact(t, &f, doc, 0, &err), TS_OK);
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
}

/* Every fact, every vintage, with its provenance, and every source. */
static char *content(const char *path)
{
    static char out[4096];
    ts_store *s;
    ts_query *q;
    ts_error err;
    ts_selector sel;
    ts_selector_init(&sel);
    sel.vintages = 1;
    assert_int_equal(ts_store_open(path, &s, &err), TS_OK);
    assert_int_equal(ts_query_open(s, &sel, &q, &err), TS_OK);
    ts_fact f;
    size_t at = 0;
    while (ts_query_next(q, &f, &err) == TS_OK) {
        char p[TS_PERIOD_TEXT_MAX], v[32];
        ts_period_format(f.period, p, sizeof p);
        ts_value_format(f.value, v, sizeof v);
        at += (size_t)snprintf(out + at, sizeof out - at, "%s %s %s %s %s %s %s %s %s;",
                               f.indicator, f.price, p, v, f.source, f.extra_value[0],
                               f.extra_value[1], f.extra_value[2], f.measure);
    }
    ts_query_close(q);
    for (size_t i = 0; i < ts_store_source_count(s); i++) {
        ts_source_info si;
        ts_store_source(s, i, &si);
        at += (size_t)snprintf(out + at, sizeof out - at, "[%s %s %s %llu]", si.name, si.kind,
                               si.sha256, (unsigned long long)si.size);
    }
    ts_store_close(s);
    return out;
}

static void test_replay_equals_direct(void **state)
{
    (void)state;
    const char *direct = path_in("direct.h5"), *replayed = path_in("replayed.h5");
    seed(direct);
    seed(replayed);
    ts_txn *t;
    ts_error err;
    assert_int_equal(ts_store_begin(direct, 0, &t, &err), TS_OK);
    add_all(t);
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    FILE *fp = tmpfile();
    assert_int_equal(ts_txn_record(replayed, fp, &t, &err), TS_OK);
    add_all(t);
    /* a.txt's fact was not recorded: the store has it. */
    assert_int_equal(ts_txn_obs_count(t), 3);
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    rewind(fp);
    ts_txn *real;
    assert_int_equal(ts_store_begin(replayed, 0, &real, &err), TS_OK);
    assert_int_equal(ts_txn_replay(real, fp, &err), TS_OK);
    assert_int_equal(ts_txn_commit(real, &err), TS_OK);
    char want[4096];
    snprintf(want, sizeof want, "%s", content(direct));
    assert_string_equal(content(replayed), want);
    /* A recording cannot take a replay. */
    rewind(fp);
    assert_int_equal(ts_txn_record(replayed, fp, &t, &err), TS_OK);
    assert_int_equal(ts_txn_replay(t, fp, &err), TS_EINVAL);
    ts_txn_abort(t);
    fclose(fp);
}

static void test_refused(void **state)
{
    (void)state;
    const char *path = path_in("refused.h5");
    seed(path);
    ts_error err;
    ts_txn *t, *real;
    FILE *fp = tmpfile();
    assert_int_equal(ts_txn_record(path, fp, &t, &err), TS_OK);
    add_all(t);
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    long whole = ftell(fp);
    /* Cut anywhere inside: refused, nothing committed. */
    char *bytes = malloc((size_t)whole);
    rewind(fp);
    assert_int_equal(fread(bytes, 1, (size_t)whole, fp), (size_t)whole);
    static const long cuts[] = {1, 9, 40, 100};
    for (size_t k = 0; k < sizeof cuts / sizeof *cuts; k++) {
        FILE *part = tmpfile();
        fwrite(bytes, 1, (size_t)cuts[k], part);
        rewind(part);
        assert_int_equal(ts_store_begin(path, 0, &real, &err), TS_OK);
        assert_int_equal(ts_txn_replay(real, part, &err), TS_EFORMAT);
        ts_txn_abort(real);
        fclose(part);
    }
    FILE *junk = tmpfile();
    fputs("indicator\tarea\n", junk);
    rewind(junk);
    assert_int_equal(ts_store_begin(path, 0, &real, &err), TS_OK);
    assert_int_equal(ts_txn_replay(real, junk, &err), TS_EFORMAT);
    /* Two versions of a.txt: the recording judged it stored, but the real
     * transaction got other bytes under its name first. */
    ts_source_new other = {0};
    other.name = "a.txt";
    other.kind = TS_SOURCE_REPORT;
    other.text = "another a";
    other.text_len = 9;
    size_t doc;
    assert_int_equal(ts_txn_add_source(real, &other, &doc, NULL, &err), TS_OK);
    rewind(fp);
    assert_int_equal(ts_txn_replay(real, fp, &err), TS_EINVAL);
    assert_non_null(strstr(err.msg, "two versions of document a.txt"));
    ts_txn_abort(real);
    free(bytes);
    fclose(junk);
    fclose(fp);
    /* A recording of a store that does not exist yet: everything is new. */
    fp = tmpfile();
    assert_int_equal(ts_txn_record(path_in("none.h5"), fp, &t, &err), TS_OK);
    ts_source_new a = other;
    int changed = 0;
    assert_int_equal(ts_txn_add_source(t, &a, &doc, &changed, &err), TS_OK);
    assert_int_equal(changed, 1);
    ts_txn_abort(t);
    fclose(fp);
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_replay_equals_direct),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
