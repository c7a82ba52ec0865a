/* The fact record: the streaming TSV reader (header lookup, CRLF, empty
 * lines, extra columns, every row error class, invalid UTF-8, gzip and
 * truncated gzip, long lines), header detection, and the writer. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <cmocka.h>
#include "ts.h"

#define HEAD "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_record.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Writes len bytes to a file in the temp dir; returns its path (static). */
static const char *put_file(const char *name, const char *data, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
    return path;
}

static const char *put_text(const char *name, const char *text)
{
    return put_file(name, text, strlen(text));
}

/* gzip-compresses data into a file with zlib. */
static const char *put_gz(const char *name, const char *data, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    gzFile gz = gzopen(path, "wb");
    assert_non_null(gz);
    assert_int_equal(gzwrite(gz, data, (unsigned)len), (int)len);
    assert_int_equal(gzclose(gz), Z_OK);
    return path;
}

static void test_basic(void **state)
{
    (void)state;
    const char *path = put_text("basic.tsv", HEAD
        "budget.revenue\tkon-tum\tlevel\t2020-01/P9M\t1304.372\tbn_vnd\tA\tr.txt\n"
        "grdp\tkon-tum\tyoy_pct\t2024-01/P6M\t-7.32\tpct\tE\t-\n");
    ts_error err;
    ts_reader *r = ts_reader_open(path, &err);
    assert_non_null(r);
    assert_int_equal(ts_reader_extra_count(r), 0);
    ts_fact f;
    ts_fact_init(&f);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(f.indicator, "budget.revenue");
    assert_string_equal(f.area, "kon-tum");
    assert_string_equal(f.measure, "level");
    assert_true(f.period.first == ts_period_months(2020, 1, 9).first);
    assert_true(f.period.last == ts_period_months(2020, 1, 9).last);
    assert_true(f.value == 1304.372);
    assert_string_equal(f.unit, "bn_vnd");
    assert_int_equal(f.status, 'A');
    assert_string_equal(f.source, "r.txt");
    assert_int_equal(f.n_extra, 0);
    assert_int_equal(ts_reader_line(r), 2);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(f.indicator, "grdp");
    assert_int_equal(f.status, 'E');
    assert_true(f.value == -7.32);
    assert_true(ts_period_cmp(f.period, ts_period_months(2024, 1, 6)) == 0);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
}

/* Columns in another order, extra columns before, between and after. */
static void test_order_and_extras(void **state)
{
    (void)state;
    const char *path = put_text("order.tsv",
        "offset\tvalue\tperiod\tsource\tstatus\tunit\tmeasure\tarea\tindicator\texcerpt\n"
        "120\t2851\t2020-01/P9M\tx.txt\tA\tha\tlevel\tkon-tum-city\tagri.sown_area\tgieo trồng 2.851 ha\n");
    ts_error err;
    ts_reader *r = ts_reader_open(path, &err);
    assert_non_null(r);
    assert_int_equal(ts_reader_extra_count(r), 2);
    assert_string_equal(ts_reader_extra_name(r, 0), "offset");
    assert_string_equal(ts_reader_extra_name(r, 1), "excerpt");
    assert_null(ts_reader_extra_name(r, 2));
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(f.indicator, "agri.sown_area");
    assert_string_equal(f.area, "kon-tum-city");
    assert_true(f.value == 2851);
    assert_string_equal(f.unit, "ha");
    assert_string_equal(f.source, "x.txt");
    assert_int_equal(f.n_extra, 2);
    assert_string_equal(ts_fact_extra(&f, "offset"), "120");
    assert_string_equal(ts_fact_extra(&f, "excerpt"), "gieo trồng 2.851 ha");
    assert_null(ts_fact_extra(&f, "nope"));
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
}

/* CRLF line ends, empty lines (also "\r\n" alone), no final newline, and a
 * byte order mark before the header. */
static void test_crlf_and_empty_lines(void **state)
{
    (void)state;
    const char *path = put_text("crlf.tsv",
        "\xEF\xBB\xBFindicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\r\n"
        "\r\n"
        "a\tb\tlevel\t2023\t1\tha\tA\t-\r\n"
        "\n\n"
        "a\tb\tlevel\t2023-Q3\t2\tha\tA\ts\r\n"
        "a\tb\tlevel\t2021-10\t3\tha\tE\tlast");
    ts_error err;
    ts_reader *r = ts_reader_open(path, &err);
    assert_non_null(r);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_true(f.value == 1);
    assert_string_equal(f.source, "-");
    assert_int_equal(ts_reader_line(r), 3);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_true(f.value == 2);
    assert_string_equal(f.source, "s"); /* the \r is not part of the field */
    assert_int_equal(ts_reader_line(r), 6);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(f.source, "last");
    assert_int_equal(ts_reader_line(r), 7);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
}

static void test_header_only(void **state)
{
    (void)state;
    ts_error err;
    ts_reader *r = ts_reader_open(put_text("head.tsv", HEAD), &err);
    assert_non_null(r);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
    r = ts_reader_open(put_text("head2.tsv", "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource"), &err);
    assert_non_null(r);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
}

/* Header problems: the reader does not open, and the message names them. */
static void test_bad_headers(void **state)
{
    (void)state;
    static const struct { const char *text; int code; const char *msg; } cases[] = {
        {"indicator\tarea\tmeasure\tperiod\tunit\tstatus\tsource\n", TS_EFORMAT,
         "h.tsv:1: missing column 'value'"},
        {"indicator\tperiod\tvalue\n", TS_EFORMAT,
         "h.tsv:1: missing columns 'area', 'measure', 'unit', 'status', 'source'"},
        {"indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tvalue\n", TS_EFORMAT,
         "h.tsv:1: duplicate column 'value'"},
        {"Báo cáo tình hình kinh tế\n", TS_EFORMAT,
         "h.tsv:1: missing columns 'indicator', 'area', 'measure', 'period', 'value', 'unit', 'status', 'source'"},
        {"", TS_EFORMAT, "h.tsv: empty input: no header line"},
        {"indicator\tarea\xff\tmeasure\n", TS_EFORMAT, "h.tsv:1: invalid UTF-8 in the header"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *path = put_text("h.tsv", cases[i].text);
        ts_error err;
        assert_null(ts_reader_open(path, &err));
        assert_int_equal(err.code, cases[i].code);
        char buf[600], want[600];
        ts_error_format(&err, buf, sizeof buf);
        snprintf(want, sizeof want, "%s/%s", tmpdir, cases[i].msg);
        assert_string_equal(buf, want);
    }
    /* Too many columns for the fact's extras. */
    char head[2048] = "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource";
    for (int i = 0; i < TS_FACT_MAX_EXTRA + 1; i++)
        snprintf(head + strlen(head), sizeof head - strlen(head), "\tx%d", i);
    ts_error err;
    assert_null(ts_reader_open(put_text("wide.tsv", head), &err));
    assert_string_equal(err.msg, "too many extra columns (at most 32)");
    /* Extras beyond the fact's room, with record columns missing. */
    snprintf(head, sizeof head, "indicator");
    for (int i = 0; i < TS_FACT_MAX_EXTRA + 1; i++)
        snprintf(head + strlen(head), sizeof head - strlen(head), "\tx%d", i);
    assert_null(ts_reader_open(put_text("wide2.tsv", head), &err));
    assert_string_equal(err.msg, "too many extra columns (at most 32)");
}

static void test_missing_file(void **state)
{
    (void)state;
    ts_error err;
    char path[128];
    snprintf(path, sizeof path, "%s/nope.tsv", tmpdir);
    assert_null(ts_reader_open(path, &err));
    assert_int_equal(err.code, TS_EIO);
    assert_string_equal(err.msg, strerror(ENOENT));
    assert_string_equal(err.file, path);
}

/* Every row error: TS_EINVAL, the row is skipped, reading goes on. */
static void test_bad_rows(void **state)
{
    (void)state;
    static const struct { const char *row; const char *msg; } cases[] = {
        {"a\tb\tlevel\t2023\t1\tha\tA\n", "expected 8 columns, found 7"},
        {"a\tb\tlevel\t2023\t1\tha\tA\t-\textra\n", "expected 8 columns, found 9"},
        {"a\tb\tlevel\t2023\t12,5x\tha\tA\t-\n", "column 'value': \"12,5x\" is not a number"},
        {"a\tb\tlevel\t2023\t1e999\tha\tA\t-\n", "column 'value': \"1e999\" is out of range"},
        {"a\tb\tlevel\t2023\tnan\tha\tA\t-\n", "column 'value': \"nan\" is not a number"},
        {"a\tb\tlevel\t2020-13\t1\tha\tA\t-\n", "column 'period': 2020-13: month 13 out of range"},
        {"a\tb\tlevel\t2023\t1\tha\tX\t-\n", "column 'status': \"X\" is not A or E"},
        {"a\tb\tlevel\t2023\t1\tha\tAE\t-\n", "column 'status': \"AE\" is not A or E"},
        {"\tb\tlevel\t2023\t1\tha\tA\t-\n", "column 'indicator': empty"},
        {"a\tb\tlevel\t2023\t\tha\tA\t-\n", "column 'value': empty"},
        {"a\tb\tlevel\t2023\t1\tha\tA\t\n", "column 'source': empty"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, HEAD "%s" "ok\tb\tlevel\t2023\t5\tha\tA\t-\n", cases[i].row);
        ts_error err;
        ts_reader *r = ts_reader_open(put_text("rows.tsv", text), &err);
        assert_non_null(r);
        ts_fact f;
        ts_error_clear(&err);
        int rc = ts_reader_next(r, &f, &err);
        if (rc != TS_EINVAL)
            fail_msg("row %zu: rc %d", i, rc);
        assert_string_equal(err.msg, cases[i].msg);
        assert_int_equal(err.line, 2);
        assert_int_equal(ts_reader_line(r), 2);
        assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
        assert_string_equal(f.indicator, "ok");
        assert_int_equal(ts_reader_line(r), 3);
        assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
        ts_reader_close(r);
    }
    /* The whole message as a tool prints it. */
    ts_error err;
    ts_reader *r = ts_reader_open(put_text("kontum.tsv", HEAD
        "a\tb\tlevel\t2023\t12,5x\tha\tA\t-\textra\textra\n"), &err);
    assert_non_null(r);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EINVAL);
    char buf[600], want[600];
    snprintf(want, sizeof want, "%s/kontum.tsv:2: expected 8 columns, found 10", tmpdir);
    assert_string_equal(ts_error_format(&err, buf, sizeof buf), want);
    ts_reader_close(r);
}

/* Invalid UTF-8 ends the reading with TS_EFORMAT naming line and byte. */
static void test_invalid_utf8(void **state)
{
    (void)state;
    static const struct { const char *bytes; const char *msg; } cases[] = {
        {"\xff", "invalid UTF-8 at byte 10"},
        {"\xc3", "invalid UTF-8 at byte 10"},          /* cut-off sequence */
        {"\xc0\xaf", "invalid UTF-8 at byte 10"},      /* overlong '/' */
        {"\xed\xa0\x80", "invalid UTF-8 at byte 10"},  /* surrogate */
        {"\xf4\x90\x80\x80", "invalid UTF-8 at byte 10"}, /* above U+10FFFF */
        {"\xe1\xbb", "invalid UTF-8 at byte 10"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        int n = snprintf(text, sizeof text, HEAD "ok\tb\tlevel\t2023\t5\tha\tA\t-\n"
                         "a\tkon-tum%s\tlevel\t2023\t1\tha\tA\t-\n"
                         "ok\tb\tlevel\t2023\t5\tha\tA\t-\n", cases[i].bytes);
        ts_error err;
        ts_reader *r = ts_reader_open(put_file("u.tsv", text, (size_t)n), &err);
        assert_non_null(r);
        ts_fact f;
        assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
        assert_int_equal(ts_reader_next(r, &f, &err), TS_EFORMAT);
        assert_string_equal(err.msg, cases[i].msg);
        assert_int_equal(err.line, 3);
        assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
        ts_reader_close(r);
    }
    /* Valid multi-byte text passes, including 4-byte sequences. */
    const char *ok = HEAD "a\tđắk-lắk 𝄞\tlevel\t2023\t5\tha\tA\tbáo cáo.txt\n";
    ts_error err;
    ts_reader *r = ts_reader_open(put_text("ok.tsv", ok), &err);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(f.area, "đắk-lắk 𝄞");
    ts_reader_close(r);
    /* A NUL byte would silently cut a field: it is refused. */
    char nul[] = HEAD "a\tb\0c\tlevel\t2023\t5\tha\tA\t-\n";
    r = ts_reader_open(put_file("nul.tsv", nul, sizeof nul - 1), &err);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EFORMAT);
    assert_string_equal(err.msg, "NUL byte at byte 4");
    ts_reader_close(r);
}

/* Builds n rows of the record into a malloc'd buffer. */
static char *make_rows(size_t n, size_t *len)
{
    static const char *const price[3] = {"", "current", "const2010"};
    static const char *const plan_by[3] = {"", "central", "province"};
    size_t cap = 64 + n * 100;
    char *s = malloc(cap);
    size_t o = (size_t)snprintf(s, cap, "%.*s\tprice\tplan_by\n", (int)strlen(HEAD) - 1, HEAD);
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(s + o, cap - o, "ind.%zu\tarea\tlevel\t%zu-%02zu\t%zu.5\tha\tA\t-\t%s\t%s\n",
                              i % 7, 2000 + i / 12 % 100, i % 12 + 1, i, price[i % 3],
                              plan_by[i / 3 % 3]);
    *len = o;
    return s;
}

static void test_gzip(void **state)
{
    (void)state;
    size_t len;
    char *rows = make_rows(50000, &len);
    const char *path = put_gz("rows.tsv.gz", rows, len);
    ts_error err;
    ts_reader *r = ts_reader_open(path, &err);
    assert_non_null(r);
    ts_fact f;
    size_t n = 0;
    int rc;
    while ((rc = ts_reader_next(r, &f, &err)) == TS_OK) {
        if (f.value != (double)n + 0.5)
            fail_msg("row %zu: value %g", n, f.value);
        n++;
    }
    assert_int_equal(rc, TS_EOF);
    assert_int_equal(n, 50000);
    ts_reader_close(r);

    /* Cut the compressed file short: the reader must say so rather than
     * return a silently shorter table. */
    FILE *fp = fopen(path, "rb");
    char *gz = malloc(1 << 20);
    size_t gzlen = fread(gz, 1, 1 << 20, fp);
    fclose(fp);
    assert_true(gzlen > 1000);
    for (size_t cut = gzlen / 2; cut < gzlen; cut = cut + (gzlen - cut) / 2 + 1) {
        path = put_file("cut.tsv.gz", gz, cut);
        r = ts_reader_open(path, &err);
        assert_non_null(r);
        n = 0;
        while ((rc = ts_reader_next(r, &f, &err)) == TS_OK)
            n++;
        if (rc != TS_EFORMAT)
            fail_msg("cut at %zu of %zu: rc %d after %zu rows", cut, gzlen, rc, n);
        assert_string_equal(err.msg, "truncated gzip input");
        assert_true(n <= 50000); /* a cut in the trailer loses no row */
        ts_reader_close(r);
    }
    /* A damaged checksum is corrupt input. */
    gz[gzlen - 6] ^= 0x55;
    r = ts_reader_open(put_file("bad.tsv.gz", gz, gzlen), &err);
    assert_non_null(r);
    while ((rc = ts_reader_next(r, &f, &err)) == TS_OK)
        ;
    assert_int_equal(rc, TS_EFORMAT);
    assert_non_null(strstr(err.msg, "corrupt gzip input"));
    ts_reader_close(r);
    free(gz);
    free(rows);
}

/* A line far longer than the read buffer, then normal rows again. */
static void test_long_line(void **state)
{
    (void)state;
    size_t big = 3u << 20;
    char *text = malloc(big + 1024);
    size_t o = (size_t)sprintf(text, "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tnote\n");
    o += (size_t)sprintf(text + o, "a\tb\tlevel\t2023\t1\tha\tA\t-\t");
    memset(text + o, 'x', big);
    o += big;
    o += (size_t)sprintf(text + o, "\na\tb\tlevel\t2023\t2\tha\tA\t-\tshort\n");
    ts_error err;
    ts_reader *r = ts_reader_open(put_file("long.tsv", text, o), &err);
    assert_non_null(r);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_int_equal(strlen(ts_fact_extra(&f, "note")), big);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_string_equal(ts_fact_extra(&f, "note"), "short");
    assert_true(f.value == 2);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
    free(text);
}

static void test_stream(void **state)
{
    (void)state;
    const char *path = put_text("s.tsv", HEAD "a\tb\tlevel\t2023\t1\tha\tA\t-\n");
    FILE *fp = fopen(path, "rb");
    ts_error err;
    ts_reader *r = ts_reader_open_stream(fp, "pipe", &err);
    assert_non_null(r);
    assert_string_equal(ts_reader_name(r), "pipe");
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
    ts_reader_close(r);
    assert_int_equal(fclose(fp), 0); /* still the caller's to close */
}

/* Reports and fact files told apart by the first line; a report is then
 * read whole from its first byte, also when gzip-compressed. */
static void test_open_any(void **state)
{
    (void)state;
    static const char report[] = "UBND TỈNH KON TUM\r\nBáo cáo\ttình hình\nvalue\n";
    ts_error err;
    for (int gz = 0; gz < 2; gz++) {
        const char *path = gz ? put_gz("rep.txt.gz", report, sizeof report - 1)
                              : put_text("rep.txt", report);
        ts_reader *r = ts_reader_open_any(path, &err);
        assert_non_null(r);
        assert_int_equal(ts_reader_is_facts(r), 0);
        ts_fact f;
        assert_int_equal(ts_reader_next(r, &f, &err), TS_EOF);
        char *all;
        size_t len;
        assert_int_equal(ts_reader_slurp(r, &all, &len, &err), TS_OK);
        assert_int_equal(len, sizeof report - 1);
        assert_memory_equal(all, report, len);
        assert_int_equal(all[len], '\0');
        free(all);
        ts_reader_close(r);
    }
    ts_reader *r = ts_reader_open_any(put_text("f.tsv", HEAD "a\tb\tlevel\t2023\t1\tha\tA\t-\n"), &err);
    assert_non_null(r);
    assert_int_equal(ts_reader_is_facts(r), 1);
    char *all;
    size_t len;
    assert_int_equal(ts_reader_slurp(r, &all, &len, &err), TS_EINVAL);
    ts_fact f;
    assert_int_equal(ts_reader_next(r, &f, &err), TS_OK);
    ts_reader_close(r);
    /* A broken fact header is still a fact file: an error, not a report. */
    assert_null(ts_reader_open_any(put_text("g.tsv", "indicator\tperiod\tvalue\n"), &err));
    assert_string_equal(err.msg, "missing columns 'area', 'measure', 'unit', 'status', 'source'");
    /* Empty input: an (empty) report. */
    r = ts_reader_open_any(put_text("e.txt", ""), &err);
    assert_non_null(r);
    assert_int_equal(ts_reader_is_facts(r), 0);
    assert_int_equal(ts_reader_slurp(r, &all, &len, &err), TS_OK);
    assert_int_equal(len, 0);
    free(all);
    ts_reader_close(r);
}

static void test_is_header(void **state)
{
    (void)state;
    static const struct { const char *line; int want; } cases[] = {
        {HEAD, 1},
        {"indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource", 1},
        {"value\tperiod\tindicator\r\nmore", 1},
        {"\xEF\xBB\xBFindicator\tperiod\tvalue\n", 1},
        {"indicator\tarea\tmeasure\n", 0},
        {"indicator period value\n", 0},
        {"UBND TỈNH KON TUM\n", 0},
        {"", 0},
        {"indicators\tperiod\tvalue\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (!ts_record_is_header(cases[i].line, strlen(cases[i].line)) != !cases[i].want)
            fail_msg("case %zu: %s", i, cases[i].line);
}

static void test_value_format(void **state)
{
    (void)state;
    static const struct { double v; const char *want; } cases[] = {
        {1304.372, "1304.372"}, {64960, "64960"}, {-16.2, "-16.2"}, {0.001, "0.001"},
        {0, "0"}, {-0.0, "0"}, {51.48, "51.48"}, {18938.78, "18938.78"}, {0.5, "0.5"},
        {1e-5, "0.00001"}, {123456789012345, "123456789012345"},
        {1e15, "1e+15"}, {1234567890123456789.0, "1.23456789012346e+18"},
        {0.1 + 0.2, "0.3"}, {1.0 / 3, "0.333333333333333"}, {2.0 / 3, "0.666666666666667"},
        {-1304372, "-1304372"}, {100.25, "100.25"}, {1e-300, "1e-300"},
        {99.99999999999999, "100"}, {4.35, "4.35"}, {1.005, "1.005"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        size_t n = ts_value_format(cases[i].v, buf, sizeof buf);
        if (strcmp(buf, cases[i].want) != 0 || n != strlen(buf))
            fail_msg("%.17g: got %s want %s", cases[i].v, buf, cases[i].want);
    }
    /* Random values: the output is what %.15g gives, trimmed. */
    uint64_t seed = 7;
    for (int i = 0; i < 100000; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        double v = (double)(seed >> 20) / (double)(1u << ((seed >> 3) % 30)) *
                   ((seed & 1) ? -1 : 1);
        if (i % 2)
            v = (double)(int64_t)(v * 1000) / 1000;
        char got[64], want[64];
        ts_value_format(v, got, sizeof got);
        snprintf(want, sizeof want, "%.15g", v);
        if (strchr(want, 'e') == NULL && strcmp(got, want) != 0)
            fail_msg("%.17g: got %s want %s", v, got, want);
    }
    char small[4];
    assert_int_equal(ts_value_format(1304.372, small, sizeof small), 3);
    assert_string_equal(small, "130");
}

/* Writes facts to a temp file and returns its content (static buffer). */
static const char *slurp(FILE *fp)
{
    static char buf[4096];
    rewind(fp);
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = '\0';
    return buf;
}

static void test_writer(void **state)
{
    (void)state;
    static const char *const extra[] = {"offset", "excerpt"};
    FILE *fp = tmpfile();
    ts_error err;
    ts_writer *w = ts_writer_new(fp, 2, extra, &err);
    assert_non_null(w);
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = "budget.revenue";
    f.area = "kon-tum";
    f.measure = "level";
    f.period = ts_period_months(2024, 1, 6);
    f.value = 1304.372;
    f.unit = "bn_vnd";
    f.n_extra = 2;
    f.extra_name[0] = "excerpt"; /* another order than the writer's */
    f.extra_value[0] = "thu\tngân sách\r\nđạt";
    f.extra_name[1] = "offset";
    f.extra_value[1] = "42";
    assert_int_equal(ts_writer_write(w, &f, &err), TS_OK);
    ts_fact_init(&f);
    f.indicator = "grdp";
    f.area = "kon-tum";
    f.measure = "yoy_pct";
    f.period = ts_period_years(2016, 2020);
    f.value = -7.3;
    f.unit = "pct";
    f.status = 'E';
    f.price = "current";
    assert_int_equal(ts_writer_write(w, &f, &err), TS_OK);
    f.value = 0.0 / 0.0;
    assert_int_equal(ts_writer_write(w, &f, &err), TS_ERANGE);
    assert_int_equal(ts_writer_finish(w, &err), TS_OK);
    ts_writer_free(w);
    assert_string_equal(slurp(fp),
        "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\toffset\texcerpt\n"
        "budget.revenue\tkon-tum\tlevel\t2024-H1\t1304.372\tbn_vnd\tA\t-\t\t\t42\tthu ngân sách  đạt\n"
        "grdp\tkon-tum\tyoy_pct\t2016/2020\t-7.3\tpct\tE\t-\tcurrent\t\t\t\n");
    fclose(fp);

    /* No facts: finish still writes the header. */
    fp = tmpfile();
    w = ts_writer_new(fp, 0, NULL, &err);
    assert_int_equal(ts_writer_finish(w, &err), TS_OK);
    ts_writer_free(w);
    assert_string_equal(slurp(fp), "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\n");
    fclose(fp);
    ts_writer_free(NULL);
}

static void test_writer_full_disk(void **state)
{
    (void)state;
    FILE *fp = fopen("/dev/full", "w");
    if (!fp)
        skip();
    ts_error err;
    ts_writer *w = ts_writer_new(fp, 0, NULL, &err);
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = "a";
    f.period = ts_period_year(2023);
    int rc = TS_OK;
    /* More than the writer's buffer, so a write reaches the device. */
    for (int i = 0; i < 20000 && rc == TS_OK; i++)
        rc = ts_writer_write(w, &f, &err);
    if (rc == TS_OK)
        rc = ts_writer_finish(w, &err);
    assert_int_equal(rc, TS_EIO);
    assert_non_null(strstr(err.msg, "write error"));
    ts_writer_free(w);
    fclose(fp);
}

/* A round trip through the writer and the reader keeps every field. */
static void test_round_trip(void **state)
{
    (void)state;
    size_t len;
    char *rows = make_rows(2000, &len);
    const char *in = put_file("rt.tsv", rows, len);
    ts_error err;
    ts_reader *r = ts_reader_open(in, &err);
    char out[128];
    snprintf(out, sizeof out, "%s/rt.out.tsv", tmpdir);
    FILE *fp = fopen(out, "w");
    ts_writer *w = ts_writer_new(fp, 0, NULL, &err);
    ts_fact f;
    int rc;
    while ((rc = ts_reader_next(r, &f, &err)) == TS_OK)
        assert_int_equal(ts_writer_write(w, &f, &err), TS_OK);
    assert_int_equal(rc, TS_EOF);
    assert_int_equal(ts_writer_finish(w, &err), TS_OK);
    ts_writer_free(w);
    ts_reader_close(r);
    fclose(fp);
    fp = fopen(out, "rb");
    char *back = malloc(len + 1);
    assert_int_equal(fread(back, 1, len + 1, fp), len);
    fclose(fp);
    assert_memory_equal(back, rows, len);
    free(back);
    free(rows);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic),
        cmocka_unit_test(test_order_and_extras),
        cmocka_unit_test(test_crlf_and_empty_lines),
        cmocka_unit_test(test_header_only),
        cmocka_unit_test(test_bad_headers),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_bad_rows),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_gzip),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_stream),
        cmocka_unit_test(test_open_any),
        cmocka_unit_test(test_is_header),
        cmocka_unit_test(test_value_format),
        cmocka_unit_test(test_writer),
        cmocka_unit_test(test_writer_full_disk),
        cmocka_unit_test(test_round_trip),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
