/* ts_value_format (libts/core/number.c) against printf's "%.15g": the
 * writer's fast path for computed values (ts-agg's ratios) must print
 * exactly what printf would, halves included, wherever the point falls
 * among the digits and whatever the room.  Regression test for
 * 2026-11-25, when the fast 15-digit path was added for ts-agg's output. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

static void expect_printf(double v)
{
    char got[64], want[64];
    ts_value_format(v, got, sizeof got);
    snprintf(want, sizeof want, "%.15g", v);
    if (v == 0)
        strcpy(want, "0");
    if (strchr(want, 'e'))
        return; /* exponent forms: the writer may print them in full */
    if (strcmp(got, want) != 0)
        fail_msg("%.17g: got %s, want %s", v, got, want);
}

static void exact_halves_round_to_even(void **state)
{
    (void)state;
    static const struct { double v; const char *want; } cases[] = {
        {100000000000000.5, "100000000000000"},
        {100000000000001.5, "100000000000002"},
        {123456789012345.5, "123456789012346"},
        {12345678901234.25, "12345678901234.2"},
        {12345678901234.75, "12345678901234.8"},
        {1234567890123.125, "1234567890123.12"},
        {17.82363977485928, "17.8236397748593"},
        {-7.521578298397036, "-7.52157829839704"},
        {2512.0 / 2132.0, "1.17823639774859"},
        {-3.5, "-3.5"},
        {1304.372, "1304.372"},
        {0.000123456789012345, "0.000123456789012345"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char got[64];
        ts_value_format(cases[i].v, got, sizeof got);
        assert_string_equal(got, cases[i].want);
        expect_printf(cases[i].v);
    }
}

static void random_values_match_printf(void **state)
{
    (void)state;
    uint64_t x = 88172645463325252ULL;
    for (long i = 0; i < 2000000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 3) {
        case 0: v = (double)(x >> 11) / 9007199254740992.0 * 1e6; break;
        case 1: v = ((double)(x % 2000000) - 1000000) / ((double)(x >> 40) + 1) * 100; break;
        default: v = (double)(x % 100000) / 1000.0 * 1.1; break;
        }
        expect_printf(v);
    }
}

/* The point after each of the 15 digits (and 0 to 3 zeros before them),
 * trailing zeros, the edges of each power of ten, and a short buffer that
 * truncates as snprintf would. */
static void every_digit_position(void **state)
{
    (void)state;
    static const double mantissas[] = {1.23456789012345, 9.87654321098765, 1.5, 1.0,
                                       9.99999999999999, 9.999999999999999, 1.00000000000001,
                                       4.1000000000001, 2.000000000000005};
    double p10 = 1e-4;
    for (int e = -4; e <= 14; e++, p10 *= 10) {
        for (size_t m = 0; m < sizeof mantissas / sizeof *mantissas; m++) {
            double v = mantissas[m] * p10;
            expect_printf(v);
            expect_printf(-v);
            expect_printf(nextafter(v, 0));
            expect_printf(nextafter(v, 1e300));
        }
        char got[8], want[64];
        double v = -1.23456789012345 * p10;
        size_t n = ts_value_format(v, got, sizeof got);
        snprintf(want, sizeof want, "%.15g", v);
        if (strchr(want, 'e'))
            continue;
        want[7] = '\0';
        assert_string_equal(got, want);
        assert_int_equal(n, strlen(want));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(exact_halves_round_to_even),
        cmocka_unit_test(random_values_match_printf),
        cmocka_unit_test(every_digit_position),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
