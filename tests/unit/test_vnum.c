/* Unit tests of libts/core/vnum.c: Vietnamese number forms from facts.md and
 * the five reports, ratios, ranges, qualifiers, scanning inside running
 * text, and every kind of rejection with its reason. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "ts.h"

/* input -> kind, value, value2, qualifiers, decimals, leading zero */
static const struct {
    const char *in;
    ts_vnum_kind kind;
    double value, value2;
    unsigned quals;
    int decimals, leading_zero;
} good[] = {
    /* facts.md */
    {"1.376,328", TS_VNUM_NUMBER, 1376.328, 0, 0, 3, 0},
    {"1.304.372", TS_VNUM_NUMBER, 1304372, 0, 0, 0, 0},
    {"51,48", TS_VNUM_NUMBER, 51.48, 0, 0, 2, 0},
    {"18.938,78", TS_VNUM_NUMBER, 18938.78, 0, 0, 2, 0},
    {"1.402", TS_VNUM_NUMBER, 1402, 0, 0, 0, 0},
    {"02", TS_VNUM_NUMBER, 2, 0, 0, 0, 1},
    {"06", TS_VNUM_NUMBER, 6, 0, 0, 0, 1},
    {"0,6", TS_VNUM_NUMBER, 0.6, 0, 0, 1, 0},
    {"0", TS_VNUM_NUMBER, 0, 0, 0, 0, 0},
    {"2.856/4.500", TS_VNUM_RATIO, 2856, 4500, 0, 0, 0},
    {"02/18", TS_VNUM_RATIO, 2, 18, 0, 0, 1},
    {"06/11", TS_VNUM_RATIO, 6, 11, 0, 0, 1},
    {"1.219 / 2.000", TS_VNUM_RATIO, 1219, 2000, 0, 0, 0},
    {"91,9%", TS_VNUM_NUMBER, 91.9, 0, 0, 1, 0},
    {"63,4 %", TS_VNUM_NUMBER, 63.4, 0, 0, 1, 0},
    {"111,19%", TS_VNUM_NUMBER, 111.19, 0, 0, 2, 0},
    {"24,8", TS_VNUM_NUMBER, 24.8, 0, 0, 1, 0},
    {"8,07", TS_VNUM_NUMBER, 8.07, 0, 0, 2, 0},
    {"82,39", TS_VNUM_NUMBER, 82.39, 0, 0, 2, 0},
    {"64.960", TS_VNUM_NUMBER, 64960, 0, 0, 0, 0},
    {"58.985.500", TS_VNUM_NUMBER, 58985500, 0, 0, 0, 0},
    {"10.236,2", TS_VNUM_NUMBER, 10236.2, 0, 0, 1, 0},
    {"4.600", TS_VNUM_NUMBER, 4600, 0, 0, 0, 0},
    {"2016", TS_VNUM_NUMBER, 2016, 0, 0, 0, 0},
    {"999.999.999.999.999", TS_VNUM_NUMBER, 999999999999999, 0, 0, 0, 0},
    {"1.000.000.000.000.000", TS_VNUM_NUMBER, 1e15, 0, 0, 0, 0},
    {"0,000001", TS_VNUM_NUMBER, 1e-6, 0, 0, 6, 0},
    /* Qualifiers, any case, several at once. */
    {"hơn 1.376,328", TS_VNUM_NUMBER, 1376.328, 0, TS_VQ_OVER, 3, 0},
    {"trên 60", TS_VNUM_NUMBER, 60, 0, TS_VQ_OVER, 0, 0},
    {"khoảng 10.236,2", TS_VNUM_NUMBER, 10236.2, 0, TS_VQ_ABOUT, 1, 0},
    {"Khoảng 0,18", TS_VNUM_NUMBER, 0.18, 0, TS_VQ_ABOUT, 2, 0},
    {"KHOẢNG 1.205", TS_VNUM_NUMBER, 1205, 0, TS_VQ_ABOUT, 0, 0},
    {"gần 5.000", TS_VNUM_NUMBER, 5000, 0, TS_VQ_NEAR, 0, 0},
    {"ước 7,32", TS_VNUM_NUMBER, 7.32, 0, TS_VQ_EST, 2, 0},
    {"Ước tính 12", TS_VNUM_NUMBER, 12, 0, TS_VQ_EST, 0, 0},
    {"ước đạt 4.500", TS_VNUM_NUMBER, 4500, 0, TS_VQ_EST, 0, 0},
    {"dự kiến 9", TS_VNUM_NUMBER, 9, 0, TS_VQ_EST, 0, 0},
    {"dưới 28,8", TS_VNUM_NUMBER, 28.8, 0, TS_VQ_UNDER, 1, 0},
    {"hơn 02", TS_VNUM_NUMBER, 2, 0, TS_VQ_OVER, 0, 1},
    {"ước khoảng 1,1", TS_VNUM_NUMBER, 1.1, 0, TS_VQ_EST | TS_VQ_ABOUT, 1, 0},
    {"  hơn\u00a02.000 ", TS_VNUM_NUMBER, 2000, 0, TS_VQ_OVER, 0, 0},
    {"khoảng 2.856/4.500", TS_VNUM_RATIO, 2856, 4500, TS_VQ_ABOUT, 0, 0},
    /* Ranges. */
    {"9-10", TS_VNUM_RANGE, 9, 10, 0, 0, 0},
    {"9 - 10", TS_VNUM_RANGE, 9, 10, 0, 0, 0},
    {"9-10%", TS_VNUM_RANGE, 9, 10, 0, 0, 0},
    {"9%-10%", TS_VNUM_RANGE, 9, 10, 0, 0, 0},
    {"7,5\u20138,5%", TS_VNUM_RANGE, 7.5, 8.5, 0, 1, 0},
    {"từ 15 đến 18", TS_VNUM_RANGE, 15, 18, 0, 0, 0},
    {"Từ 1.000 đến 1.500", TS_VNUM_RANGE, 1000, 1500, 0, 0, 0},
    {"từ 15 - 18%", TS_VNUM_RANGE, 15, 18, 0, 0, 0},
    {"khoảng từ 15 đến 18", TS_VNUM_RANGE, 15, 18, TS_VQ_ABOUT, 0, 0},
    {"2016-2020", TS_VNUM_RANGE, 2016, 2020, 0, 0, 0},
    {"5-5", TS_VNUM_RANGE, 5, 5, 0, 0, 0},
};

static void test_parse_good(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        ts_vnum v;
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_vnum_parse(good[i].in, strlen(good[i].in), &v, &err);
        if (rc != TS_OK)
            fail_msg("\"%s\": %s", good[i].in, err.msg);
        if (v.kind != good[i].kind || v.value != good[i].value ||
            (v.kind != TS_VNUM_NUMBER && v.value2 != good[i].value2) ||
            v.quals != good[i].quals || v.decimals != good[i].decimals ||
            v.leading_zero != good[i].leading_zero)
            fail_msg("\"%s\": kind %d value %.17g value2 %.17g quals %u decimals %d lz %d",
                     good[i].in, v.kind, v.value, v.value2, v.quals, v.decimals,
                     v.leading_zero);
        if (v.kind == TS_VNUM_NUMBER)
            assert_true(v.value2 == 0);
    }
}

/* input -> code, message */
static const struct {
    const char *in;
    int code;
    const char *msg;
} bad[] = {
    {"", TS_EINVAL, "empty number"},
    {"   ", TS_EINVAL, "\"   \": no number"},
    {"12,5x", TS_EINVAL, "\"12,5x\": trailing \"x\""},
    {"12,5 tỷ", TS_EINVAL, "\"12,5 tỷ\": trailing \"tỷ\""},
    {"1..2", TS_EINVAL, "\"1..2\": '.' not followed by a group of 3 digits"},
    {"1.37", TS_EINVAL, "\"1.37\": '.' not followed by a group of 3 digits"},
    {"1.3765", TS_EINVAL, "\"1.3765\": '.' not followed by a group of 3 digits"},
    {"64.960.", TS_EINVAL, "\"64.960.\": '.' not followed by a group of 3 digits"},
    {"1.", TS_EINVAL, "\"1.\": '.' not followed by a group of 3 digits"},
    {"1234.567", TS_EINVAL,
     "\"1234.567\": a thousands group before '.' must be 1-3 digits, not starting with 0"},
    {"0.123", TS_EINVAL,
     "\"0.123\": a thousands group before '.' must be 1-3 digits, not starting with 0"},
    {"1,", TS_EINVAL, "\"1,\": ',' not followed by a digit"},
    {"1,5,3", TS_EINVAL, "\"1,5,3\": ',' not followed by a digit"},
    {"1,5.300", TS_EINVAL, "\"1,5.300\": trailing \".300\""},
    {"abc", TS_EINVAL, "\"abc\": not a number"},
    {"-5", TS_EINVAL, "\"-5\": not a number"},
    {",5", TS_EINVAL, "\",5\": not a number"},
    {"hơn", TS_EINVAL, "\"hơn\": not a number"},
    {"hơn ", TS_EINVAL, "\"hơn \": no number"},
    {"hơn5", TS_EINVAL, "\"hơn5\": not a number"},
    {"1e5", TS_EINVAL, "\"1e5\": trailing \"e5\""},
    {"5 5", TS_EINVAL, "\"5 5\": trailing \"5\""},
    {"2.856/", TS_EINVAL, "\"2.856/\": no number"},
    {"2.856/x", TS_EINVAL, "\"2.856/x\": not a number"},
    {"9-", TS_EINVAL, "\"9-\": no number"},
    {"10-9", TS_EINVAL, "\"10-9\": range end below its start"},
    {"từ 15", TS_EINVAL, "\"từ 15\": \"từ\" without \"đến\""},
    {"từ 18 đến 15", TS_EINVAL, "\"từ 18 đến 15\": range end below its start"},
    {"9-10-11", TS_EINVAL, "\"9-10-11\": trailing \"-11\""},
    {"91,9%%", TS_EINVAL, "\"91,9%%\": trailing \"%\""},
    {"1.000.000.000.000.001", TS_ERANGE, "\"1.000.000.000.000.001\": out of range (over 10^15)"},
    {"99999999999999999999999999", TS_ERANGE,
     "\"99999999999999999999999999\": out of range (over 10^15)"},
    {"1/99999999999999999", TS_ERANGE, "\"1/99999999999999999\": out of range (over 10^15)"},
};

static void test_parse_bad(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ts_vnum v;
        memset(&v, 0x5a, sizeof v);
        ts_vnum before = v;
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_vnum_parse(bad[i].in, strlen(bad[i].in), &v, &err);
        if (rc != bad[i].code || strcmp(err.msg, bad[i].msg) != 0)
            fail_msg("\"%s\": code %d, message %s", bad[i].in, rc, err.msg);
        assert_int_equal(err.code, bad[i].code);
        assert_memory_equal(&v, &before, sizeof v); /* untouched */
        assert_int_equal(ts_vnum_parse(bad[i].in, strlen(bad[i].in), &v, NULL), bad[i].code);
    }
}

/* The length bounds the token: what follows is not read. */
static void test_parse_length(void **state)
{
    (void)state;
    ts_vnum v;
    assert_int_equal(ts_vnum_parse("51,48xyz", 5, &v, NULL), TS_OK);
    assert_true(v.value == 51.48);
    assert_int_equal(ts_vnum_parse("1.402", 3, &v, NULL), TS_EINVAL);
}

/* text -> bytes consumed, value, decimals (0 consumed: not a number) */
static const struct {
    const char *text;
    size_t consumed;
    double value;
    int decimals;
} scans[] = {
    {"4.600 tỷ đồng", 5, 4600, 0},
    {"64.960.", 6, 64960, 0},
    {"64.960 con.", 6, 64960, 0},
    {"51,48,", 5, 51.48, 2},
    {"51,48, tăng", 5, 51.48, 2},
    {"1.304.372 triệu đồng", 9, 1304372, 0},
    {"1.376,328 tỷ", 9, 1376.328, 3},
    {"91,9%", 4, 91.9, 1},
    {"2.856/4.500", 5, 2856, 0},
    {"02/18 đầu", 2, 2, 0},
    {"9-10%", 1, 9, 0},
    {"2020.", 4, 2020, 0},
    {"2020,", 4, 2020, 0},
    {"1.1. Tăng trưởng", 1, 1, 0},
    {"1.37", 1, 1, 0},
    {"1.2345", 1, 1, 0},
    {"0.123", 1, 0, 0},
    {"7,32%", 4, 7.32, 2},
    {"20/9/2020", 2, 20, 0},
    {"3", 1, 3, 0},
    {"1.000", 5, 1000, 0},
    {"1.000,", 5, 1000, 0},
    {"1.000.", 5, 1000, 0},
    {"5tỷ", 1, 5, 0},
    {"", 0, 0, 0},
    {"x1", 0, 0, 0},
    {",5", 0, 0, 0},
    {".500", 0, 0, 0},
    {" 5", 0, 0, 0},
};

static void test_scan(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof scans / sizeof scans[0]; i++) {
        double v = -7;
        int d = -7;
        size_t n = ts_vnum_scan(scans[i].text, strlen(scans[i].text), &v, &d);
        if (n != scans[i].consumed)
            fail_msg("\"%s\": consumed %zu, wanted %zu", scans[i].text, n, scans[i].consumed);
        if (n == 0) {
            assert_true(v == -7); /* untouched */
            assert_int_equal(d, -7);
            continue;
        }
        if (v != scans[i].value || d != scans[i].decimals)
            fail_msg("\"%s\": %.17g (%d decimals)", scans[i].text, v, d);
    }
    /* Output pointers may be NULL; the length bounds the scan. */
    assert_int_equal(ts_vnum_scan("1.304.372", 9, NULL, NULL), 9);
    double v;
    assert_int_equal(ts_vnum_scan("1.304.372", 4, &v, NULL), 1);
    assert_true(v == 1);
    assert_int_equal(ts_vnum_scan("1.304.372", 8, &v, NULL), 5);
    assert_true(v == 1304);
}

/* The values of the gold files, written as the reports write them. */
static void test_gold_forms(void **state)
{
    (void)state;
    static const struct { const char *report; double gold; } cases[] = {
        {"1.304.372", 1304372}, {"18.938,78", 18938.78}, {"1.402", 1402},
        {"64.960", 64960},      {"10.236,2", 10236.2},   {"8,07", 8.07},
        {"111,19", 111.19},     {"63,4", 63.4},          {"53,2", 53.2},
        {"0,6", 0.6},           {"24,8", 24.8},          {"7,32", 7.32},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_vnum v;
        assert_int_equal(ts_vnum_parse(cases[i].report, strlen(cases[i].report), &v, NULL),
                         TS_OK);
        assert_true(v.value == cases[i].gold);
        double s;
        assert_int_equal(ts_vnum_scan(cases[i].report, strlen(cases[i].report), &s, NULL),
                         strlen(cases[i].report));
        assert_true(s == cases[i].gold);
    }
}


/* ---- the gold files against the reports ---- */

/* The repository root: $TS_TOP, else what precedes tests/unit/ in this
 * file's compiled name ("" when built from the root, as make does). */
static void repo_path(char *buf, size_t n, const char *rel)
{
    const char *top = getenv("TS_TOP");
    if (top) {
        snprintf(buf, n, "%s/%s", top, rel);
        return;
    }
    const char *me = __FILE__, *cut = strstr(me, "tests/unit/");
    snprintf(buf, n, "%.*s%s", (int)(cut ? cut - me : 0), me, rel);
}

static char *slurp(const char *rel, size_t *len)
{
    char path[1024];
    repo_path(path, sizeof path, rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s (set TS_TOP to the repository)", path);
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (cap - *len < 65536) {
            cap = cap * 2 + 65536;
            buf = realloc(buf, cap + 1);
            assert_non_null(buf);
        }
        size_t got = fread(buf + *len, 1, cap - *len, f);
        if (!got)
            break;
        *len += got;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

typedef struct {
    double value;     /* as written */
    const char *unit; /* unit phrase right after it, NULL when none */
    double factor;
} figure;

/* Every level, plan and pct_plan value of the gold files is, exactly, a
 * number ts_vnum_scan reads in its report: as written, or scaled by the
 * unit phrase ts_unit_match_text finds after it ("1.304.372 triệu đồng" is
 * the gold 1304.372 bn_vnd).  (yoy_pct and averages are derived by the
 * analyst: "bằng 111,9%" is 11.9, "giảm" negates.) */
static void test_gold_figures(void **state)
{
    (void)state;
    static const char *const names[] = {"000_2b9464353da6eefa", "001_002918f8adaf2748",
                                        "002_31e44065e05bd27f", "003_84d6af4d73cb9fea",
                                        "004_fda61611c0e909b0"};
    size_t checked = 0;
    for (size_t r = 0; r < sizeof names / sizeof names[0]; r++) {
        char rel[256];
        size_t n, glen;
        snprintf(rel, sizeof rel, "datasets/reports/%s.txt", names[r]);
        char *text = slurp(rel, &n);
        figure *figs = malloc((n + 1) * sizeof *figs);
        assert_non_null(figs);
        size_t nf = 0;
        for (size_t i = 0; i < n; i++) {
            /* Numbers start after a character that cannot continue one. */
            if (i > 0 && (strchr("0123456789.,", text[i - 1]) != NULL))
                continue;
            double v;
            int d;
            size_t used = ts_vnum_scan(text + i, n - i, &v, &d);
            if (!used)
                continue;
            ts_unit_match m = {NULL, 1};
            ts_unit_match_text(text + i + used, n - i - used, &m);
            figs[nf].value = v;
            figs[nf].unit = m.unit;
            figs[nf].factor = m.factor;
            nf++;
            i += used - 1;
        }
        snprintf(rel, sizeof rel, "datasets/gold/%s.tsv", names[r]);
        char *gold = slurp(rel, &glen);
        char *save = NULL;
        strtok_r(gold, "\n", &save); /* the header: indicator ... unit */
        for (char *line = strtok_r(NULL, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
            char *f[8], *s2 = NULL;
            size_t k = 0;
            for (char *c = strtok_r(line, "\t", &s2); c && k < 8; c = strtok_r(NULL, "\t", &s2))
                f[k++] = c;
            assert_int_equal(k, 8);
            const char *measure = f[2], *unit = f[5];
            if (strcmp(measure, "level") && strcmp(measure, "plan") && strcmp(measure, "pct_plan"))
                continue;
            double want = strtod(f[4], NULL);
            int found = 0;
            for (size_t j = 0; j < nf && !found; j++) {
                double x = figs[j].value;
                if (figs[j].unit)
                    ts_unit_convert(figs[j].value * figs[j].factor, figs[j].unit, unit, &x, NULL);
                found = fabs(x - want) <= 1e-9 * fabs(want) || figs[j].value == want;
            }
            if (!found)
                fail_msg("%s: %s %s %s = %s %s is no number of the report", names[r], f[0],
                         measure, f[3], f[4], unit);
            checked++;
        }
        free(gold);
        free(figs);
        free(text);
    }
    /* 275 such facts in the five gold files. */
    assert_true(checked >= 270);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_good),
        cmocka_unit_test(test_parse_bad),
        cmocka_unit_test(test_parse_length),
        cmocka_unit_test(test_scan),
        cmocka_unit_test(test_gold_forms),
        cmocka_unit_test(test_gold_figures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
