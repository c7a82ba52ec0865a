/* Unit tests of the store (libts/store_*.c, selector.c): write and read
 * back (by fact and by series), vintages by report date and by import
 * order, idempotence without a new file, replacement, abort, selectors as
 * tables, and every error class (missing, not HDF5, truncated, not a
 * store, other version, locked, read-only place, bad arguments). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <hdf5.h>
#include <cmocka.h>
#include "ts.h"

#include "tmpdir_fixture.h"

static ts_fact fact(const char *ind, const char *measure, const char *period, double v,
                    char status, const char *source)
{
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = ind;
    f.area = "kon-tum";
    f.measure = measure;
    f.unit = strcmp(measure, "level") == 0 ? "bn_vnd" : "pct";
    assert_int_equal(ts_period_parse(period, strlen(period), &f.period, NULL), TS_OK);
    f.value = v;
    f.status = status;
    f.source = source;
    return f;
}

/* Adds document name (text, optional report date) and its facts in one
 * transaction; returns whether the document changed the store. */
static int import(const char *store, const char *name, const char *text, const char *date,
                  const ts_fact *facts, size_t n)
{
    ts_txn *t;
    ts_error err;
    int rc = ts_store_begin(store, 0, &t, &err);
    if (rc != TS_OK) print_error("%s\n", err.msg);
    assert_int_equal(rc, TS_OK);
    ts_source_new src = {0};
    src.name = name;
    src.kind = TS_SOURCE_REPORT;
    src.text = text;
    src.text_len = strlen(text);
    if (date) {
        src.has_date = 1;
        int y, m, d;
        assert_int_equal(sscanf(date, "%d-%d-%d", &y, &m, &d), 3);
        src.date = ts_days_from_civil(y, m, d);
    }
    size_t doc;
    int changed;
    assert_int_equal(ts_txn_add_source(t, &src, &doc, &changed, &err), TS_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ts_txn_add_fact(t, &facts[i], doc, (int64_t)i * 10, &err), TS_OK);
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    return changed;
}

/* Appends one fact as "indicator measure period value status source;". */
static size_t put_fact(char *out, size_t at, size_t cap, const char *ind, const char *measure,
                       ts_period period, double value, char status, const char *source)
{
    char p[TS_PERIOD_TEXT_MAX], v[32];
    ts_period_format(period, p, sizeof p);
    ts_value_format(value, v, sizeof v);
    return at + (size_t)snprintf(out + at, cap - at, "%s %s %s %s %c %s;", ind, measure, p, v,
                                 status, source);
}

/* The query's facts by series (ts_query_next_series), written as query()
 * writes them; a series is never empty, and facts are no longer given. */
static void query_series(ts_store *s, const ts_selector *sel, char *out, size_t cap)
{
    ts_query *q;
    ts_error err;
    assert_int_equal(ts_query_open(s, sel, &q, &err), TS_OK);
    ts_series v;
    size_t at = 0;
    out[0] = '\0';
    int rc;
    while ((rc = ts_query_next_series(q, &v, &err)) == TS_OK) {
        assert_true(v.n > 0);
        for (size_t i = 0; i < v.n; i++)
            at = put_fact(out, at, cap, v.indicator, v.measure, v.period[i], v.value[i],
                          v.status[i], v.source[i]);
    }
    assert_int_equal(rc, TS_EOF);
    ts_fact f;
    assert_int_equal(ts_query_next(q, &f, &err), TS_EINVAL);
    ts_query_close(q);
}

/* The query's facts as "indicator measure period value source" lines;
 * the same query read by series must give the same. */
static char *query(const char *store, const ts_selector *sel)
{
    static char out[8192], by_series[8192];
    ts_store *s;
    ts_query *q;
    ts_error err;
    assert_int_equal(ts_store_open(store, &s, &err), TS_OK);
    assert_int_equal(ts_query_open(s, sel, &q, &err), TS_OK);
    ts_fact f;
    size_t at = 0;
    out[0] = '\0';
    int rc;
    while ((rc = ts_query_next(q, &f, &err)) == TS_OK)
        at = put_fact(out, at, sizeof out, f.indicator, f.measure, f.period, f.value, f.status,
                      f.source);
    assert_int_equal(rc, TS_EOF);
    ts_query_close(q);
    query_series(s, sel, by_series, sizeof by_series);
    assert_string_equal(by_series, out);
    ts_store_close(s);
    return out;
}

static void test_round_trip_and_selectors(void **state)
{
    (void)state;
    const char *s = path_in("rt.h5");
    ts_fact f[] = {
        fact("budget.revenue", "level", "2020-01/P9M", 1304.372, 'A', "a.txt"),
        fact("budget.revenue", "pct_plan", "2020-01/P9M", 53.2, 'E', "a.txt"),
        fact("budget.expenditure", "level", "2019", 4100, 'A', "-"),
        fact("grdp", "level", "2016/2020", 18938.78, 'E', "a.txt"),
    };
    assert_int_equal(import(s, "a.txt", "text of a", NULL, f, 4), 1);
    static const struct {
        const char *ind, *measure, *from, *to, *source;
        const char *want;
    } cases[] = {
        {NULL, NULL, NULL, NULL, NULL,
         "budget.expenditure level 2019 4100 A -;budget.revenue level 2020-01/P9M 1304.372 A a.txt;"
         "budget.revenue pct_plan 2020-01/P9M 53.2 E a.txt;grdp level 2016/2020 18938.78 E a.txt;"},
        {"budget.*", "level", NULL, NULL, NULL,
         "budget.expenditure level 2019 4100 A -;budget.revenue level 2020-01/P9M 1304.372 A a.txt;"},
        {"budget.revenue", NULL, NULL, NULL, NULL,
         "budget.revenue level 2020-01/P9M 1304.372 A a.txt;budget.revenue pct_plan 2020-01/P9M 53.2 E a.txt;"},
        {"budget.revenue", "pct_plan", NULL, NULL, NULL, "budget.revenue pct_plan 2020-01/P9M 53.2 E a.txt;"},
        {"nothing", NULL, NULL, NULL, NULL, ""},
        {NULL, NULL, "2017", NULL, NULL,
         "budget.expenditure level 2019 4100 A -;budget.revenue level 2020-01/P9M 1304.372 A a.txt;"
         "budget.revenue pct_plan 2020-01/P9M 53.2 E a.txt;"},
        {NULL, NULL, NULL, "2019", NULL, "budget.expenditure level 2019 4100 A -;"},
        {NULL, NULL, "2016", "2020", NULL,
         "budget.expenditure level 2019 4100 A -;budget.revenue level 2020-01/P9M 1304.372 A a.txt;"
         "budget.revenue pct_plan 2020-01/P9M 53.2 E a.txt;grdp level 2016/2020 18938.78 E a.txt;"},
        {"g*", NULL, NULL, NULL, "a.txt", "grdp level 2016/2020 18938.78 E a.txt;"},
        {NULL, NULL, NULL, NULL, "unknown.txt", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ts_selector sel;
        ts_selector_init(&sel);
        sel.indicator = cases[i].ind;
        sel.measure = cases[i].measure;
        if (cases[i].from) {
            sel.has_from = 1;
            ts_period_parse(cases[i].from, strlen(cases[i].from), &sel.from, NULL);
        }
        if (cases[i].to) {
            sel.has_to = 1;
            ts_period_parse(cases[i].to, strlen(cases[i].to), &sel.to, NULL);
        }
        sel.source = cases[i].source;
        assert_string_equal(query(s, &sel), cases[i].want);
        /* the same selector on lone facts agrees with the store */
        size_t n = 0;
        for (size_t k = 0; k < 4; k++) n += (size_t)ts_selector_match(&sel, &f[k]);
        size_t semis = 0;
        for (const char *p = cases[i].want; *p; p++) semis += *p == ';';
        assert_int_equal(n, semis);
    }
    /* sources: the document, and the named one it mentions */
    ts_store *st;
    ts_error err;
    assert_int_equal(ts_store_open(s, &st, &err), TS_OK);
    assert_int_equal(ts_store_series_count(st), 4);
    assert_int_equal(ts_store_obs_count(st), 4);
    assert_int_equal(ts_store_source_count(st), 1); /* a.txt is both */
    ts_source_info info;
    ts_store_source(st, 0, &info);
    assert_string_equal(info.name, "a.txt");
    assert_string_equal(info.kind, "report");
    char hex[65];
    ts_sha256_hex("text of a", 9, hex);
    assert_string_equal(info.sha256, hex);
    char *text;
    size_t len;
    assert_int_equal(ts_store_source_text(st, 0, &text, &len, &err), TS_OK);
    assert_string_equal(text, "text of a");
    free(text);
    size_t i;
    assert_int_equal(ts_store_source_find(st, "zzz", &i, &err), TS_ENOTFOUND);
    ts_series_info si;
    assert_int_equal(ts_store_series(st, 3, &si, &err), TS_OK);
    assert_string_equal(si.indicator, "grdp");
    assert_int_equal(si.obs_start, 3);
    assert_int_equal(si.obs_count, 1);
    ts_store_close(st);
}

static void test_vintages(void **state)
{
    (void)state;
    const char *s = path_in("v.h5");
    ts_fact a = fact("budget.revenue", "level", "2020", 3000, 'E', "june.txt");
    ts_fact b = fact("budget.revenue", "level", "2020", 2950, 'E', "may.txt");
    ts_fact c = fact("budget.revenue", "level", "2020", 3100, 'A', "later.txt");
    /* june's report (dated later) is imported first, may's after: the
     * report date decides, not the import order. */
    import(s, "june.txt", "june", "2021-06-30", &a, 1);
    import(s, "may.txt", "may", "2021-05-31", &b, 1);
    ts_selector sel;
    ts_selector_init(&sel);
    assert_string_equal(query(s, &sel), "budget.revenue level 2020 3000 E june.txt;");
    sel.vintages = 1;
    assert_string_equal(query(s, &sel),
                        "budget.revenue level 2020 2950 E may.txt;budget.revenue level 2020 3000 E june.txt;");
    /* the same date: the later import wins */
    import(s, "later.txt", "later", "2021-06-30", &c, 1);
    sel.vintages = 0;
    assert_string_equal(query(s, &sel), "budget.revenue level 2020 3100 A later.txt;");
    /* --source picks what one document said, its own latest */
    sel.source = "may.txt";
    assert_string_equal(query(s, &sel), "budget.revenue level 2020 2950 E may.txt;");
}

static void test_idempotent_and_replace(void **state)
{
    (void)state;
    const char *s = path_in("i.h5");
    ts_fact a[] = {fact("x.a", "level", "2020", 1, 'A', "d.txt"), fact("x.b", "level", "2020", 2, 'A', "d.txt")};
    assert_int_equal(import(s, "d.txt", "version 1", NULL, a, 2), 1);
    struct stat st1, st2;
    assert_int_equal(stat(s, &st1), 0);
    /* the same bytes: not changed, no new file (same inode, same mtime) */
    assert_int_equal(import(s, "d.txt", "version 1", NULL, a, 2), 0);
    assert_int_equal(stat(s, &st2), 0);
    assert_int_equal(st1.st_ino, st2.st_ino);
    assert_int_equal(st1.st_mtim.tv_nsec, st2.st_mtim.tv_nsec);
    ts_selector sel;
    ts_selector_init(&sel);
    sel.vintages = 1;
    assert_string_equal(query(s, &sel), "x.a level 2020 1 A d.txt;x.b level 2020 2 A d.txt;");
    /* a new version replaces every fact of the old one */
    ts_fact b = fact("x.a", "level", "2020", 1.5, 'A', "d.txt");
    assert_int_equal(import(s, "d.txt", "version 2", NULL, &b, 1), 1);
    assert_string_equal(query(s, &sel), "x.a level 2020 1.5 A d.txt;");
    /* abort: nothing changes */
    ts_txn *t;
    ts_error err;
    assert_int_equal(stat(s, &st1), 0);
    assert_int_equal(ts_store_begin(s, 0, &t, &err), TS_OK);
    ts_source_new src = {0};
    src.name = "e.txt";
    src.kind = TS_SOURCE_TSV;
    src.text = "e";
    src.text_len = 1;
    size_t doc;
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_OK);
    assert_int_equal(ts_txn_add_fact(t, &b, doc, -1, &err), TS_OK);
    assert_int_equal(ts_txn_obs_count(t), 2);
    ts_txn_abort(t);
    assert_int_equal(stat(s, &st2), 0);
    assert_int_equal(st1.st_ino, st2.st_ino);
    assert_string_equal(query(s, &sel), "x.a level 2020 1.5 A d.txt;");
}

/* Writes a small valid store at p. */
static void small_store(const char *p)
{
    ts_fact a = fact("x.a", "level", "2020", 1, 'A', "-");
    import(p, "d.txt", "d", NULL, &a, 1);
}

static void test_open_errors(void **state)
{
    (void)state;
    ts_store *s = NULL;
    ts_error err;
    assert_int_equal(ts_store_open(path_in("missing.h5"), &s, &err), TS_ENOTFOUND);
    assert_non_null(strstr(err.msg, "missing.h5: no such store"));
    FILE *fp = fopen(path_in("text.h5"), "w");
    fputs("hello\n", fp);
    fclose(fp);
    assert_int_equal(ts_store_open(path_in("text.h5"), &s, &err), TS_EFORMAT);
    assert_non_null(strstr(err.msg, "text.h5: not an HDF5 file"));
    /* truncated: the first half of a valid store */
    const char *good = path_in("good.h5");
    small_store(good);
    struct stat st;
    assert_int_equal(stat(good, &st), 0);
    assert_int_equal(truncate(good, st.st_size / 2), 0);
    assert_int_equal(ts_store_open(good, &s, &err), TS_EFORMAT);
    assert_non_null(strstr(err.msg, "truncated or damaged HDF5 file"));
    /* HDF5 but no format attribute; then a store of version 2 */
    hid_t f = H5Fcreate(path_in("plain.h5"), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    assert_true(f >= 0);
    H5Fclose(f);
    assert_int_equal(ts_store_open(path_in("plain.h5"), &s, &err), TS_EFORMAT);
    assert_non_null(strstr(err.msg, "not a tskit store"));
    const char *v3 = path_in("v3.h5");
    small_store(v3);
    f = H5Fopen(v3, H5F_ACC_RDWR, H5P_DEFAULT);
    hid_t a = H5Aopen(f, "version", H5P_DEFAULT);
    int three = 3;
    H5Awrite(a, H5T_NATIVE_INT, &three);
    H5Aclose(a);
    H5Fclose(f);
    assert_int_equal(ts_store_open(v3, &s, &err), TS_EFORMAT);
    assert_non_null(strstr(err.msg, "store format version 3 is not supported"));
    ts_txn *t = NULL;
    assert_int_equal(ts_store_begin(v3, 0, &t, &err), TS_EFORMAT);
    assert_null(t);
    assert_null(s);
}

static void test_write_errors(void **state)
{
    (void)state;
    const char *p = path_in("w.h5");
    small_store(p);
    ts_txn *t = NULL;
    ts_error err;
    /* locked: another open file description holds the lock */
    char lock[600];
    snprintf(lock, sizeof lock, "%s.lock", p);
    int fd = open(lock, O_RDWR);
    assert_true(fd >= 0);
    assert_int_equal(flock(fd, LOCK_EX), 0);
    assert_int_equal(ts_store_begin(p, 0, &t, &err), TS_ELOCKED);
    assert_non_null(strstr(err.msg, "store is locked by another writer"));
    assert_int_equal(ts_store_begin(p, 0.1, &t, &err), TS_ELOCKED);
    close(fd);
    /* a place where no file can be made */
    assert_int_equal(ts_store_begin("/proc/no/such/dir/s.h5", 0, &t, &err), TS_EIO);
    assert_non_null(strstr(err.msg, "/proc/no/such/dir: No such file or directory"));
    assert_null(t);
    /* bad documents and facts */
    assert_int_equal(ts_store_begin(p, 0, &t, &err), TS_OK);
    ts_source_new src = {0};
    size_t doc;
    src.kind = TS_SOURCE_TSV;
    src.name = "";
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    src.name = "x.tsv";
    src.kind = "pdf";
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    src.kind = TS_SOURCE_TSV;
    src.sha256 = "1234";
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    src.sha256 = NULL;
    src.text_len = 5; /* no text and no checksum */
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    src.text = "abcde";
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_OK);
    ts_fact f = fact("x.a", "level", "2021", 1, 'Q', "-");
    assert_int_equal(ts_txn_add_fact(t, &f, doc, -1, &err), TS_EINVAL);
    f.status = 'A';
    assert_int_equal(ts_txn_add_fact(t, &f, doc + 100, -1, &err), TS_EINVAL);
    f.indicator = "";
    assert_int_equal(ts_txn_add_fact(t, &f, doc, -1, &err), TS_EINVAL);
    ts_txn_abort(t);
}

/* A checksum given after the facts (sha256_later): only for a name and
 * size the store does not hold, and required before the commit. */
static void test_checksum_later(void **state)
{
    (void)state;
    const char *p = path_in("later.h5");
    ts_fact a = fact("x.a", "level", "2020", 1, 'A', "named.txt");
    import(p, "big.tsv", "abcdef", NULL, &a, 1);
    struct stat st1, st2;
    assert_int_equal(stat(p, &st1), 0);
    ts_txn *t;
    ts_error err;
    assert_int_equal(ts_store_begin(p, 0, &t, &err), TS_OK);
    assert_int_equal(ts_txn_has_source(t, "big.tsv", 6), 1);
    assert_int_equal(ts_txn_has_source(t, "big.tsv", 7), 0);
    assert_int_equal(ts_txn_has_source(t, "other.tsv", 6), 0);
    assert_int_equal(ts_txn_has_source(t, "named.txt", 0), 0); /* only named by a fact */
    ts_source_new src = {0};
    src.name = "big.tsv";
    src.kind = TS_SOURCE_TSV;
    src.omit_text = 1;
    src.sha256_later = 1;
    src.text_len = 6; /* the size the store holds: must be compared first */
    size_t doc;
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    assert_non_null(strstr(err.msg, "name and size"));
    src.text_len = 7;
    src.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_EINVAL);
    src.sha256 = NULL;
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_OK);
    ts_fact b = fact("x.a", "level", "2021", 2, 'A', "-");
    assert_int_equal(ts_txn_add_fact(t, &b, doc, -1, &err), TS_OK);
    /* no checksum: the commit fails and the store keeps its bytes */
    assert_int_equal(ts_txn_commit(t, &err), TS_EINVAL);
    assert_non_null(strstr(err.msg, "big.tsv: its checksum was never given"));
    assert_int_equal(stat(p, &st2), 0);
    assert_int_equal(st1.st_ino, st2.st_ino);
    /* with it, the new version replaces the old one */
    char sha[65];
    ts_sha256_hex("abcdefg", 7, sha);
    assert_int_equal(ts_store_begin(p, 0, &t, &err), TS_OK);
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_OK);
    assert_int_equal(ts_txn_add_fact(t, &b, doc, -1, &err), TS_OK);
    assert_int_equal(ts_txn_source_sha256(t, doc, "xyz", &err), TS_EINVAL);
    assert_int_equal(ts_txn_source_sha256(t, doc, sha, &err), TS_OK);
    assert_int_equal(ts_txn_source_sha256(t, doc, sha, &err), TS_EINVAL); /* not waiting now */
    assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    ts_selector sel;
    ts_selector_init(&sel);
    sel.vintages = 1;
    assert_string_equal(query(p, &sel), "x.a level 2021 2 A -;");
    ts_store *s;
    assert_int_equal(ts_store_open(p, &s, &err), TS_OK);
    size_t i;
    assert_int_equal(ts_store_source_find(s, "big.tsv", &i, &err), TS_OK);
    ts_source_info info;
    ts_store_source(s, i, &info);
    assert_string_equal(info.sha256, sha);
    assert_int_equal(info.size, 7);
    ts_store_close(s);
}

/* ts_input_digest_start/finish: the same result as reading in place. */
static void test_digest_job(void **state)
{
    (void)state;
    const char *p = path_in("doc.tsv");
    FILE *fp = fopen(p, "w");
    fputs("hello, store\n", fp);
    fclose(fp);
    ts_digest_job *job;
    ts_error err;
    ts_input_digest d;
    assert_int_equal(ts_input_digest_start(p, 1024, &job, &err), TS_OK);
    assert_int_equal(ts_input_digest_finish(job, &d, &err), TS_OK);
    char sha[65];
    ts_sha256_hex("hello, store\n", 13, sha);
    assert_string_equal(d.sha256, sha);
    assert_int_equal(d.size, 13);
    assert_string_equal(d.text, "hello, store\n");
    ts_input_digest_reset(&d);
    assert_int_equal(ts_input_digest_start(p, 0, &job, &err), TS_OK); /* too big to keep */
    assert_int_equal(ts_input_digest_finish(job, &d, &err), TS_OK);
    assert_null(d.text);
    ts_input_digest_reset(&d);
    assert_int_equal(ts_input_digest_start(path_in("missing.tsv"), 0, &job, &err), TS_OK);
    assert_int_equal(ts_input_digest_finish(job, &d, &err), TS_EIO);
    char msg[600];
    assert_non_null(strstr(ts_error_format(&err, msg, sizeof msg), "missing.tsv: No such file"));
}

/* Price basis and plan issuer are part of the series key: two facts that
 * differ only there are two series, both current, each selectable; a key
 * of 128 bytes and a long document name are stored at their own length
 * and found again by the binary search; a longer key is refused. */
static void test_qualifiers_and_long_strings(void **state)
{
    (void)state;
    const char *p = path_in("q.h5");
    char ind[TS_KEY_MAX + 2];
    memset(ind, 'i', TS_KEY_MAX);
    ind[TS_KEY_MAX] = '\0';
    ts_fact f[4] = {fact("gva.agriculture", "yoy_pct", "2023", 5.84, 'A', "r.txt"),
                    fact("gva.agriculture", "yoy_pct", "2023", 11.9, 'A', "r.txt"),
                    fact("budget.revenue", "pct_plan", "2023", 129.4, 'A', "r.txt"),
                    fact(ind, "level", "2023", 7, 'A', "r.txt")};
    f[0].price = "const2010";
    f[1].price = TS_PRICE_CURRENT;
    f[2].plan_by = TS_PLAN_BY_CENTRAL;
    f[3].plan_by = NULL; /* NULL is blank */
    import(p, "r.txt", "text", NULL, f, 4);
    ts_selector sel;
    ts_selector_init(&sel);
    sel.indicator = "gva.agriculture";
    assert_string_equal(query(p, &sel), "gva.agriculture yoy_pct 2023 5.84 A r.txt;"
                                        "gva.agriculture yoy_pct 2023 11.9 A r.txt;");
    sel.price = "current";
    assert_string_equal(query(p, &sel), "gva.agriculture yoy_pct 2023 11.9 A r.txt;");
    sel.indicator = NULL;
    sel.price = NULL;
    sel.plan_by = "central";
    assert_string_equal(query(p, &sel), "budget.revenue pct_plan 2023 129.4 A r.txt;");
    sel.plan_by = NULL;
    sel.indicator = ind; /* exact: the binary search over the heap */
    char want[300];
    snprintf(want, sizeof want, "%s level 2023 7 A r.txt;", ind);
    assert_string_equal(query(p, &sel), want);
    ts_store *s;
    ts_error err;
    assert_int_equal(ts_store_open(p, &s, &err), TS_OK);
    assert_int_equal(ts_store_series_count(s), 4);
    ts_series_info si;
    assert_int_equal(ts_store_series(s, 0, &si, &err), TS_OK); /* sorted: budget first */
    assert_string_equal(si.plan_by, "central");
    assert_int_equal(ts_store_series(s, 1, &si, &err), TS_OK);
    assert_string_equal(si.price, "const2010");
    ts_store_close(s);
    /* one byte more is refused, and the store is left as it was */
    strcat(ind, "x");
    ts_txn *t;
    size_t doc;
    ts_source_new src = {.name = "s.txt", .kind = TS_SOURCE_REPORT, .text = "x", .text_len = 1};
    assert_int_equal(ts_store_begin(p, 0, &t, &err), TS_OK);
    assert_int_equal(ts_txn_add_source(t, &src, &doc, NULL, &err), TS_OK);
    ts_fact g = fact(ind, "level", "2023", 1, 'A', "-");
    assert_int_equal(ts_txn_add_fact(t, &g, doc, -1, &err), TS_EINVAL);
    assert_non_null(strstr(err.msg, "indicator of 129 bytes, longer than the limit of 128"));
    ts_txn_abort(t);
}

/* A converted document (PDF, Word): the store keeps its text and its
 * original bytes; size and checksum are the original's, so the same file
 * again changes nothing; a later import of other documents carries the
 * original over; a text document has none. */
static void test_original_kept(void **state)
{
    (void)state;
    const char *s = path_in("orig.h5");
    static const char pdf[] = "%PDF-1.4 not really a pdf \0 with a NUL";
    ts_fact a = fact("x.a", "level", "2020", 1, 'A', "r.pdf");
    for (int round = 0; round < 2; round++) {
        ts_txn *t;
        ts_error err;
        assert_int_equal(ts_store_begin(s, 0, &t, &err), TS_OK);
        ts_source_new src = {0};
        src.name = "r.pdf";
        src.kind = TS_SOURCE_REPORT;
        src.text = "Thu ngân sách 1 tỷ.";
        src.text_len = strlen(src.text);
        src.original = pdf;
        src.original_len = sizeof pdf;
        size_t doc;
        int changed;
        assert_int_equal(ts_txn_add_source(t, &src, &doc, &changed, &err), TS_OK);
        assert_int_equal(changed, round == 0);
        assert_int_equal(ts_txn_add_fact(t, &a, doc, 0, &err), TS_OK);
        assert_int_equal(ts_txn_commit(t, &err), TS_OK);
    }
    ts_fact b = fact("x.b", "level", "2020", 2, 'A', "t.txt");
    assert_int_equal(import(s, "t.txt", "text", NULL, &b, 1), 1);
    ts_store *st;
    ts_error err;
    assert_int_equal(ts_store_open(s, &st, &err), TS_OK);
    size_t i;
    assert_int_equal(ts_store_source_find(st, "r.pdf", &i, &err), TS_OK);
    ts_source_info info;
    ts_store_source(st, i, &info);
    assert_int_equal(info.size, sizeof pdf);
    assert_int_equal(info.original_len, sizeof pdf);
    assert_int_equal(info.text_len, strlen("Thu ngân sách 1 tỷ."));
    char sha[65];
    ts_sha256_hex(pdf, sizeof pdf, sha);
    assert_string_equal(info.sha256, sha);
    char *bytes, *text;
    size_t len;
    assert_int_equal(ts_store_source_original(st, i, &bytes, &len, &err), TS_OK);
    assert_int_equal(len, sizeof pdf);
    assert_memory_equal(bytes, pdf, sizeof pdf);
    free(bytes);
    assert_int_equal(ts_store_source_text(st, i, &text, &len, &err), TS_OK);
    assert_string_equal(text, "Thu ngân sách 1 tỷ.");
    free(text);
    assert_int_equal(ts_store_source_find(st, "t.txt", &i, &err), TS_OK);
    assert_int_equal(ts_store_source_original(st, i, &bytes, &len, &err), TS_ENOTFOUND);
    ts_store_close(st);
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_and_selectors),
        cmocka_unit_test(test_vintages),
        cmocka_unit_test(test_idempotent_and_replace),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_write_errors),
        cmocka_unit_test(test_checksum_later),
        cmocka_unit_test(test_digest_job),
        cmocka_unit_test(test_qualifiers_and_long_strings),
        cmocka_unit_test(test_original_kept),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
