/* ts_number_parse: the fact record's machine numbers.  Tables of text ->
 * value (checked against strtod in the C locale, the reference for correct
 * rounding) and text -> error code and message. */
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

static void test_values(void **state)
{
    (void)state;
    static const struct { const char *text; double want; } cases[] = {
        {"0", 0.0},
        {"1304.372", 1304.372},
        {"64960", 64960.0},
        {"-16.2", -16.2},
        {"+16.2", 16.2},
        {"0.001", 0.001},
        {"51.48", 51.48},
        {"18938.78", 18938.78},
        {".5", 0.5},
        {"5.", 5.0},
        {"007", 7.0},
        {"1e3", 1000.0},
        {"1E-3", 0.001},
        {"2.5e+2", 250.0},
        {"-0", -0.0},
        {"0.000", 0.0},
        {"9007199254740993", 9007199254740992.0},       /* 2^53 + 1 rounds to even */
        {"123456789012345678901234567890", 1.2345678901234568e29}, /* > 19 digits */
        {"0.1000000000000000055511151231257827", 0.1},
        {"1e-310", 1e-310},                             /* subnormal */
        {"1.7976931348623157e308", 1.7976931348623157e308},
        {"4.9e-324", 4.9e-324},
        {"1e22", 1e22},
        {"1e23", 1e23},                                 /* beyond the exact powers */
        {"123.456e-30", 123.456e-30},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v = -1.0;
        ts_error err;
        int rc = ts_number_parse(cases[i].text, strlen(cases[i].text), &v, &err);
        if (rc != TS_OK)
            fail_msg("%s: rc %d (%s)", cases[i].text, rc, err.msg);
        if (v != cases[i].want || signbit(v) != signbit(cases[i].want))
            fail_msg("%s: got %.17g want %.17g", cases[i].text, v, cases[i].want);
    }
}

static void test_errors(void **state)
{
    (void)state;
    static const struct { const char *text; int code; const char *msg; } cases[] = {
        {"", TS_EINVAL, "empty value is not a number"},
        {"12,5x", TS_EINVAL, "\"12,5x\" is not a number"},
        {"12,5", TS_EINVAL, "\"12,5\" is not a number"},
        {"1.304.372", TS_EINVAL, "\"1.304.372\" is not a number"},
        {"1 000", TS_EINVAL, "\"1 000\" is not a number"},
        {" 12", TS_EINVAL, "\" 12\" is not a number"},
        {"12 ", TS_EINVAL, "\"12 \" is not a number"},
        {"-", TS_EINVAL, "\"-\" is not a number"},
        {".", TS_EINVAL, "\".\" is not a number"},
        {"1e", TS_EINVAL, "\"1e\" is not a number"},
        {"1e+", TS_EINVAL, "\"1e+\" is not a number"},
        {"e5", TS_EINVAL, "\"e5\" is not a number"},
        {"nan", TS_EINVAL, "\"nan\" is not a number"},
        {"NaN", TS_EINVAL, "\"NaN\" is not a number"},
        {"inf", TS_EINVAL, "\"inf\" is not a number"},
        {"-Infinity", TS_EINVAL, "\"-Infinity\" is not a number"},
        {"0x1p3", TS_EINVAL, "\"0x1p3\" is not a number"},
        {"--1", TS_EINVAL, "\"--1\" is not a number"},
        {"1..2", TS_EINVAL, "\"1..2\" is not a number"},
        {"12345678901234567890123x", TS_EINVAL, "\"12345678901234567890123x\" is not a number"},
        {"1e999", TS_ERANGE, "\"1e999\" is out of range"},
        {"-1e400", TS_ERANGE, "\"-1e400\" is out of range"},
        {"1e-400", TS_ERANGE, "\"1e-400\" is out of range"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v = 42.0;
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_number_parse(cases[i].text, strlen(cases[i].text), &v, &err);
        if (rc != cases[i].code || err.code != cases[i].code)
            fail_msg("%s: rc %d want %d", cases[i].text, rc, cases[i].code);
        assert_string_equal(err.msg, cases[i].msg);
        assert_true(v == 42.0); /* output untouched on failure */
    }
}

/* A long junk token is quoted only in part. */
static void test_long_junk(void **state)
{
    (void)state;
    char text[200];
    memset(text, '7', sizeof text);
    text[150] = 'x';
    double v;
    ts_error err;
    assert_int_equal(ts_number_parse(text, sizeof text, &v, &err), TS_EINVAL);
    assert_true(strlen(err.msg) < 80);
    assert_non_null(strstr(err.msg, "...\" is not a number"));
}

/* Not NUL-terminated: only len bytes count. */
static void test_length_bounded(void **state)
{
    (void)state;
    double v;
    assert_int_equal(ts_number_parse("12.5junk", 4, &v, NULL), TS_OK);
    assert_true(v == 12.5);
    assert_int_equal(ts_number_parse("1e5", 2, &v, NULL), TS_EINVAL);
    assert_int_equal(ts_number_parse("123456789012345678901234.5x", 26, &v, NULL), TS_OK);
}

/* Random decimals: the fast path must agree with strtod bit for bit, and
 * a process locale with a decimal comma must not change anything. */
static void test_random_against_strtod(void **state)
{
    (void)state;
    uint64_t seed = 20261125;
    for (int i = 0; i < 200000; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        uint64_t m = seed >> 11;
        int frac = (int)((seed >> 3) % 12);
        int ex = (int)((seed >> 7) % 41) - 20;
        char text[64];
        int n;
        if (i % 3 == 0)
            n = snprintf(text, sizeof text, "%llu", (unsigned long long)(m % 100000000000ULL));
        else
            n = snprintf(text, sizeof text, "%llu", (unsigned long long)m);
        if (frac && frac < n)
            memmove(text + n - frac + 1, text + n - frac, (size_t)frac + 1), text[n - frac] = '.', n++;
        if (i % 5 == 0)
            n += snprintf(text + n, sizeof text - (size_t)n, "e%d", ex);
        double want = strtod(text, NULL);
        double got;
        if (ts_number_parse(text, (size_t)n, &got, NULL) != TS_OK || got != want)
            fail_msg("%s: got %.17g want %.17g", text, got, want);
    }
}

static void test_locale_independent(void **state)
{
    (void)state;
    /* de_DE or vi_VN may not be installed; the test still runs the slow
     * path, which must use '.' whatever the locale. */
    const char *loc = setlocale(LC_NUMERIC, "de_DE.UTF-8");
    if (!loc)
        loc = setlocale(LC_NUMERIC, "vi_VN.UTF-8");
    double v;
    assert_int_equal(ts_number_parse("1.5e-300", 8, &v, NULL), TS_OK);
    assert_true(v == 1.5e-300);
    assert_int_equal(ts_number_parse("12345678901234567890.5", 22, &v, NULL), TS_OK);
    assert_true(v == 12345678901234567890.5);
    setlocale(LC_NUMERIC, "C");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_long_junk),
        cmocka_unit_test(test_length_bounded),
        cmocka_unit_test(test_random_against_strtod),
        cmocka_unit_test(test_locale_independent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
