/* Unit tests of libts/core/period.c: every text form, canonical formatting,
 * every error class, leap years, and the calendar arithmetic. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <cmocka.h>
#include "ts.h"

static ts_period parse_ok(const char *s)
{
    ts_period p = {-1, -1};
    ts_error err;
    ts_error_clear(&err);
    int rc = ts_period_parse(s, strlen(s), &p, &err);
    if (rc != TS_OK)
        print_error("parse %s: %s\n", s, err.msg);
    assert_int_equal(rc, TS_OK);
    return p;
}

static const char *fmt(ts_period p, char *buf)
{
    ts_period_format(p, buf, TS_PERIOD_TEXT_MAX);
    return buf;
}

static void test_civil_roundtrip(void **state)
{
    (void)state;
    assert_int_equal(ts_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(ts_days_from_civil(1969, 12, 31), -1);
    assert_int_equal(ts_days_from_civil(2000, 3, 1), 11017);
    assert_int_equal(ts_days_from_civil(2020, 9, 20), 18525);
    assert_int_equal(ts_days_from_civil(1000, 1, 1), -354285);
    /* Every day from year 1000 to 9999 converts back to itself and the
     * day numbers are consecutive. */
    int32_t prev = ts_days_from_civil(999, 12, 31);
    for (int y = 1000; y <= 9999; y += 1) {
        for (int m = 1; m <= 12; m++) {
            for (int d = 1; d <= ts_days_in_month(y, m); d++) {
                int32_t n = ts_days_from_civil(y, m, d);
                assert_int_equal(n, prev + 1);
                prev = n;
                if (d == 1 || d == 28 || d == 29) {
                    int yy, mm, dd;
                    ts_civil_from_days(n, &yy, &mm, &dd);
                    assert_int_equal(yy, y);
                    assert_int_equal(mm, m);
                    assert_int_equal(dd, d);
                    assert_int_equal(ts_year_of_days(n), y);
                }
            }
        }
    }
}

static void test_days_in_month(void **state)
{
    (void)state;
    static const struct { int y, m, want; } cases[] = {
        {2023, 2, 28}, {2024, 2, 29}, {1900, 2, 28}, {2000, 2, 29}, {2100, 2, 28},
        {2023, 1, 31}, {2023, 4, 30}, {2023, 12, 31}, {2023, 11, 30},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(ts_days_in_month(cases[i].y, cases[i].m), cases[i].want);
}

/* input, first date, last date (YYYY-MM-DD), canonical text, kind */
static const struct {
    const char *in, *first, *last, *canon;
    ts_period_kind kind;
} forms[] = {
    {"2023", "2023-01-01", "2023-12-31", "2023", TS_PERIOD_YEAR},
    {"2021-10", "2021-10-01", "2021-10-31", "2021-10", TS_PERIOD_MONTH},
    {"2024-02", "2024-02-01", "2024-02-29", "2024-02", TS_PERIOD_MONTH},
    {"2023-02", "2023-02-01", "2023-02-28", "2023-02", TS_PERIOD_MONTH},
    {"2024-Q1", "2024-01-01", "2024-03-31", "2024-Q1", TS_PERIOD_QUARTER},
    {"2024-Q3", "2024-07-01", "2024-09-30", "2024-Q3", TS_PERIOD_QUARTER},
    {"2024-Q4", "2024-10-01", "2024-12-31", "2024-Q4", TS_PERIOD_QUARTER},
    {"2024-H1", "2024-01-01", "2024-06-30", "2024-H1", TS_PERIOD_HALF},
    {"2024-H2", "2024-07-01", "2024-12-31", "2024-H2", TS_PERIOD_HALF},
    {"2020-01/P9M", "2020-01-01", "2020-09-30", "2020-01/P9M", TS_PERIOD_YTD},
    {"2024-01/P10M", "2024-01-01", "2024-10-31", "2024-01/P10M", TS_PERIOD_YTD},
    {"2023-01/P11M", "2023-01-01", "2023-11-30", "2023-01/P11M", TS_PERIOD_YTD},
    {"2024-01/P2M", "2024-01-01", "2024-02-29", "2024-01/P2M", TS_PERIOD_YTD},
    {"2024-03/P4M", "2024-03-01", "2024-06-30", "2024-03/P4M", TS_PERIOD_MONTHS},
    {"2024-11/P3M", "2024-11-01", "2025-01-31", "2024-11/P3M", TS_PERIOD_MONTHS},
    {"2024-07/P12M", "2024-07-01", "2025-06-30", "2024-07/P12M", TS_PERIOD_MONTHS},
    {"2020-01/P18M", "2020-01-01", "2021-06-30", "2020-01/P18M", TS_PERIOD_MONTHS},
    /* Equivalent forms normalise to one text. */
    {"2024-01/P6M", "2024-01-01", "2024-06-30", "2024-H1", TS_PERIOD_HALF},
    {"2024-07/P6M", "2024-07-01", "2024-12-31", "2024-H2", TS_PERIOD_HALF},
    {"2020-01/P12M", "2020-01-01", "2020-12-31", "2020", TS_PERIOD_YEAR},
    {"2024-07/P3M", "2024-07-01", "2024-09-30", "2024-Q3", TS_PERIOD_QUARTER},
    {"2024-01/P3M", "2024-01-01", "2024-03-31", "2024-Q1", TS_PERIOD_QUARTER},
    {"2024-05/P1M", "2024-05-01", "2024-05-31", "2024-05", TS_PERIOD_MONTH},
    {"2016-01/P60M", "2016-01-01", "2020-12-31", "2016/2020", TS_PERIOD_YEARS},
    {"2020-01/P24M", "2020-01-01", "2021-12-31", "2020/2021", TS_PERIOD_YEARS},
    {"2020/2020", "2020-01-01", "2020-12-31", "2020", TS_PERIOD_YEAR},
    {"2020-01-01/2020-12-31", "2020-01-01", "2020-12-31", "2020", TS_PERIOD_YEAR},
    {"2020-01-01/2020-09-30", "2020-01-01", "2020-09-30", "2020-01/P9M", TS_PERIOD_YTD},
    {"2020-09-20/2020-09-20", "2020-09-20", "2020-09-20", "2020-09-20", TS_PERIOD_DAY},
    /* Multi-year spans. */
    {"2016/2020", "2016-01-01", "2020-12-31", "2016/2020", TS_PERIOD_YEARS},
    {"2021/2025", "2021-01-01", "2025-12-31", "2021/2025", TS_PERIOD_YEARS},
    {"2011/2016", "2011-01-01", "2016-12-31", "2011/2016", TS_PERIOD_YEARS},
    /* Days and day intervals. */
    {"2020-09-20", "2020-09-20", "2020-09-20", "2020-09-20", TS_PERIOD_DAY},
    {"2020-08-31", "2020-08-31", "2020-08-31", "2020-08-31", TS_PERIOD_DAY},
    {"2024-02-29", "2024-02-29", "2024-02-29", "2024-02-29", TS_PERIOD_DAY},
    {"2000-02-29", "2000-02-29", "2000-02-29", "2000-02-29", TS_PERIOD_DAY},
    {"2020-01-01/2020-09-20", "2020-01-01", "2020-09-20", "2020-01-01/2020-09-20", TS_PERIOD_DAYS},
    {"2023-01-01/2023-10-15", "2023-01-01", "2023-10-15", "2023-01-01/2023-10-15", TS_PERIOD_DAYS},
    {"2024-01-01/2024-10-20", "2024-01-01", "2024-10-20", "2024-01-01/2024-10-20", TS_PERIOD_DAYS},
    {"2023-12-15/2024-01-14", "2023-12-15", "2024-01-14", "2023-12-15/2024-01-14", TS_PERIOD_DAYS},
    /* Limits of the accepted years. */
    {"1000", "1000-01-01", "1000-12-31", "1000", TS_PERIOD_YEAR},
    {"9999-12", "9999-12-01", "9999-12-31", "9999-12", TS_PERIOD_MONTH},
    {"9999-01/P12M", "9999-01-01", "9999-12-31", "9999", TS_PERIOD_YEAR},
};

static ts_period dates(const char *first, const char *last)
{
    int y, m, d;
    ts_period p;
    assert_int_equal(sscanf(first, "%d-%d-%d", &y, &m, &d), 3);
    p.first = ts_days_from_civil(y, m, d);
    assert_int_equal(sscanf(last, "%d-%d-%d", &y, &m, &d), 3);
    p.last = ts_days_from_civil(y, m, d);
    return p;
}

static void test_parse_forms(void **state)
{
    (void)state;
    char buf[TS_PERIOD_TEXT_MAX];
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        ts_period p = parse_ok(forms[i].in);
        ts_period want = dates(forms[i].first, forms[i].last);
        if (p.first != want.first || p.last != want.last)
            fail_msg("%s: got %d..%d", forms[i].in, p.first, p.last);
        assert_string_equal(fmt(p, buf), forms[i].canon);
        assert_int_equal(ts_period_kind_of(p), forms[i].kind);
        /* The canonical text parses back to the same interval. */
        ts_period again = parse_ok(buf);
        assert_int_equal(ts_period_cmp(p, again), 0);
    }
}

/* Parsing is not confused by what follows the given length. */
static void test_parse_length(void **state)
{
    (void)state;
    ts_period p;
    assert_int_equal(ts_period_parse("2023-10xyz", 7, &p, NULL), TS_OK);
    char buf[TS_PERIOD_TEXT_MAX];
    assert_string_equal(fmt(p, buf), "2023-10");
    assert_int_equal(ts_period_parse("2023", 0, &p, NULL), TS_EINVAL);
}

static const struct {
    const char *in;
    int code;
    const char *msg;
} errors[] = {
    {"2020-13", TS_ERANGE, "2020-13: month 13 out of range"},
    {"2020-00", TS_ERANGE, "2020-00: month 0 out of range"},
    {"2021-02-30", TS_ERANGE, "2021-02-30: day 30 out of range"},
    {"2023-02-29", TS_ERANGE, "2023-02-29: day 29 out of range"},
    {"1900-02-29", TS_ERANGE, "1900-02-29: day 29 out of range"},
    {"2021-04-31", TS_ERANGE, "2021-04-31: day 31 out of range"},
    {"2021-04-00", TS_ERANGE, "2021-04-00: day 0 out of range"},
    {"2021-13-01", TS_ERANGE, "2021-13-01: month 13 out of range"},
    {"2020-01/P0M", TS_ERANGE, "2020-01/P0M: month count 0 out of range"},
    {"9999-06/P12M", TS_ERANGE, "9999-06/P12M: month count 12 out of range"},
    {"2020-01/P99999999999M", TS_ERANGE, "2020-01/P99999999999M: month count 99999999999 out of range"},
    {"2024-Q5", TS_ERANGE, "2024-Q5: quarter 5 out of range"},
    {"2024-Q0", TS_ERANGE, "2024-Q0: quarter 0 out of range"},
    {"2024-H3", TS_ERANGE, "2024-H3: half 3 out of range"},
    {"2024-H0", TS_ERANGE, "2024-H0: half 0 out of range"},
    {"0999", TS_ERANGE, "0999: year 999 out of range"},
    {"0000-01", TS_ERANGE, "0000-01: year 0 out of range"},
    {"2020/2016", TS_EINVAL, "2020/2016: end before start"},
    {"2020-09-20/2020-01-01", TS_EINVAL, "2020-09-20/2020-01-01: end before start"},
    {"2020-01-01/2020-02-30", TS_ERANGE, "2020-01-01/2020-02-30: day 30 out of range"},
    {"20x0", TS_EINVAL, "20x0: not a period"},
    {"", TS_EINVAL, ": not a period"},
    {"202", TS_EINVAL, "202: not a period"},
    {"20231", TS_EINVAL, "20231: not a period"},
    {"2023 ", TS_EINVAL, "2023 : not a period"},
    {" 2023", TS_EINVAL, " 2023: not a period"},
    {"2023-1", TS_EINVAL, "2023-1: not a period"},
    {"2023-", TS_EINVAL, "2023-: not a period"},
    {"2023-10-1", TS_EINVAL, "2023-10-1: not a period"},
    {"2023-10-011", TS_EINVAL, "2023-10-011: not a period"},
    {"2024-q3", TS_EINVAL, "2024-q3: not a period"},
    {"2024-Q", TS_EINVAL, "2024-Q: not a period"},
    {"2024-Q12", TS_EINVAL, "2024-Q12: not a period"},
    {"2024-H1/P2M", TS_EINVAL, "2024-H1/P2M: not a period"},
    {"2020/P9M", TS_EINVAL, "2020/P9M: not a period"},
    {"2020-01-01/P9M", TS_EINVAL, "2020-01-01/P9M: not a period"},
    {"2020-01/P9", TS_EINVAL, "2020-01/P9: not a period"},
    {"2020-01/PM", TS_EINVAL, "2020-01/PM: not a period"},
    {"2020-01/P9M ", TS_EINVAL, "2020-01/P9M : not a period"},
    {"2020-01/P9Y", TS_EINVAL, "2020-01/P9Y: not a period"},
    {"2020-01/2020-05", TS_EINVAL, "2020-01/2020-05: not a period"},
    {"2016/2020-05-01", TS_EINVAL, "2016/2020-05-01: not a period"},
    {"2016/", TS_EINVAL, "2016/: not a period"},
    {"2016/2020/2024", TS_EINVAL, "2016/2020/2024: not a period"},
    {"2016-2020", TS_EINVAL, "2016-2020: not a period"},
    {"-2020", TS_EINVAL, "-2020: not a period"},
    {"2020-09-20T00", TS_EINVAL, "2020-09-20T00: not a period"},
};

static void test_parse_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        ts_period p = {123, 456};
        ts_error err;
        ts_error_clear(&err);
        int rc = ts_period_parse(errors[i].in, strlen(errors[i].in), &p, &err);
        if (rc != errors[i].code)
            fail_msg("%s: code %d, wanted %d (%s)", errors[i].in, rc, errors[i].code, err.msg);
        assert_int_equal(err.code, errors[i].code);
        assert_string_equal(err.msg, errors[i].msg);
        /* A failed parse leaves the output alone. */
        assert_int_equal(p.first, 123);
        assert_int_equal(p.last, 456);
        /* A NULL error is allowed. */
        assert_int_equal(ts_period_parse(errors[i].in, strlen(errors[i].in), &p, NULL),
                         errors[i].code);
    }
}

/* The message quotes a bounded part of a very long input. */
static void test_parse_long_input(void **state)
{
    (void)state;
    char big[600];
    memset(big, '7', sizeof big);
    ts_error err;
    ts_period p;
    assert_int_equal(ts_period_parse(big, sizeof big, &p, &err), TS_EINVAL);
    assert_true(strlen(err.msg) < 100);
    assert_non_null(strstr(err.msg, ": not a period"));
}

static void test_constructors(void **state)
{
    (void)state;
    char buf[TS_PERIOD_TEXT_MAX];
    assert_string_equal(fmt(ts_period_year(2023), buf), "2023");
    assert_string_equal(fmt(ts_period_years(2016, 2020), buf), "2016/2020");
    assert_string_equal(fmt(ts_period_month(2021, 10), buf), "2021-10");
    assert_string_equal(fmt(ts_period_quarter(2024, 3), buf), "2024-Q3");
    assert_string_equal(fmt(ts_period_months(2020, 1, 9), buf), "2020-01/P9M");
    assert_string_equal(fmt(ts_period_months(2024, 1, 6), buf), "2024-H1");
    assert_string_equal(fmt(ts_period_day(2020, 9, 20), buf), "2020-09-20");
}

static void test_format_small_buffer(void **state)
{
    (void)state;
    char buf[5];
    ts_period p = parse_ok("2020-01-01/2020-09-20");
    assert_int_equal(ts_period_format(p, buf, sizeof buf), 4);
    assert_string_equal(buf, "2020");
    char big[TS_PERIOD_TEXT_MAX];
    assert_int_equal(ts_period_format(p, big, sizeof big), 21);
}

static void test_order_and_containment(void **state)
{
    (void)state;
    const char *sorted[] = {"2016/2020", "2020-01", "2020-Q1", "2020-H1",
                            "2020-01-01/2020-09-20", "2020-01/P9M", "2020", "2020-09-20",
                            "2021"};
    for (size_t i = 0; i + 1 < sizeof sorted / sizeof sorted[0]; i++) {
        ts_period a = parse_ok(sorted[i]), b = parse_ok(sorted[i + 1]);
        if (ts_period_cmp(a, b) >= 0)
            fail_msg("%s should sort before %s", sorted[i], sorted[i + 1]);
        assert_true(ts_period_cmp(b, a) > 0);
        assert_int_equal(ts_period_cmp(a, a), 0);
    }
    static const struct { const char *outer, *inner; int want; } cont[] = {
        {"2016/2020", "2020", 1}, {"2016/2020", "2021", 0}, {"2020", "2020-01/P9M", 1},
        {"2020-01/P9M", "2020-09-20", 1}, {"2020-01/P9M", "2020-10", 0},
        {"2020-Q3", "2020-09", 1}, {"2020-Q3", "2020-H2", 0}, {"2020", "2020", 1},
        {"2020-01-01/2020-09-20", "2020-09-20", 1}, {"2020-01-01/2020-09-20", "2020-09", 0},
    };
    for (size_t i = 0; i < sizeof cont / sizeof cont[0]; i++)
        assert_int_equal(ts_period_contains(parse_ok(cont[i].outer), parse_ok(cont[i].inner)),
                         cont[i].want);
}

static void test_months(void **state)
{
    (void)state;
    static const struct { const char *in; int whole, count; } cases[] = {
        {"2023", 1, 12}, {"2021-10", 1, 1}, {"2024-Q3", 1, 3}, {"2024-H2", 1, 6},
        {"2020-01/P9M", 1, 9}, {"2016/2020", 1, 60}, {"2024-11/P3M", 1, 3},
        {"2020-09-20", 0, 0}, {"2020-01-01/2020-09-20", 0, 0},
        {"2024-01-01/2024-02-29", 1, 2}, {"2023-01-01/2023-02-27", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_period p = parse_ok(cases[i].in);
        assert_int_equal(ts_period_is_whole_months(p) != 0, cases[i].whole);
        assert_int_equal(ts_period_months_count(p), cases[i].count);
    }
}

static void test_shift(void **state)
{
    (void)state;
    char buf[TS_PERIOD_TEXT_MAX];
    static const struct { const char *in; int years; const char *want; } years[] = {
        {"2024-02", -1, "2023-02"},
        {"2024-01-01/2024-02-29", -1, "2023-01/P2M"},
        {"2023-01/P2M", 1, "2024-01/P2M"},
        {"2020-01/P9M", -1, "2019-01/P9M"},
        {"2024-Q3", -1, "2023-Q3"},
        {"2024-H1", 2, "2026-H1"},
        {"2023", -1, "2022"},
        {"2016/2020", -5, "2011/2015"},
        {"2024-02-29", -1, "2023-02-28"},
        {"2024-02-29", 4, "2028-02-29"},
        {"2020-09-20", -1, "2019-09-20"},
        {"2020-01-01/2020-09-20", -1, "2019-01-01/2019-09-20"},
        {"2024-01-15/2024-02-29", -1, "2023-01-15/2023-02-28"},
        {"2024-11/P3M", -1, "2023-11/P3M"},
        {"2023", 0, "2023"},
    };
    for (size_t i = 0; i < sizeof years / sizeof years[0]; i++) {
        fmt(ts_period_shift_years(parse_ok(years[i].in), years[i].years), buf);
        if (strcmp(buf, years[i].want) != 0)
            fail_msg("%s %+d years: got %s, wanted %s", years[i].in, years[i].years, buf,
                     years[i].want);
    }
    static const struct { const char *in; int months; const char *want; } months[] = {
        {"2024-01", -1, "2023-12"},
        {"2023-12", 1, "2024-01"},
        {"2024-Q1", 3, "2024-Q2"},
        {"2024-Q1", -3, "2023-Q4"},
        {"2024-01/P10M", 2, "2024-03/P10M"},
        {"2024-H2", 6, "2025-H1"},
        {"2024-01-31", 1, "2024-02-29"},
        {"2024-03-31", -13, "2023-02-28"},
        {"2020-01-01/2020-09-20", 1, "2020-02-01/2020-10-20"},
        {"2023", -25, "2020-12/P12M"},
    };
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++) {
        fmt(ts_period_shift_months(parse_ok(months[i].in), months[i].months), buf);
        if (strcmp(buf, months[i].want) != 0)
            fail_msg("%s %+d months: got %s, wanted %s", months[i].in, months[i].months, buf,
                     months[i].want);
    }
}

static void test_previous(void **state)
{
    (void)state;
    char buf[TS_PERIOD_TEXT_MAX];
    static const struct { const char *in, *want; } cases[] = {
        {"2023", "2022"},
        {"2021-10", "2021-09"},
        {"2024-01", "2023-12"},
        {"2024-Q1", "2023-Q4"},
        {"2024-H2", "2024-H1"},
        {"2016/2020", "2011/2015"},
        {"2020-01/P9M", "2019-04/P9M"},
        {"2024-03/P4M", "2023-11/P4M"},
        {"2020-09-20", "2020-09-19"},
        {"2020-03-01", "2020-02-29"},
        {"2020-01-01/2020-01-10", "2019-12-22/2019-12-31"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fmt(ts_period_previous(parse_ok(cases[i].in)), buf);
        if (strcmp(buf, cases[i].want) != 0)
            fail_msg("previous of %s: got %s, wanted %s", cases[i].in, buf, cases[i].want);
    }
}

/* Every canonical text of the gold files parses and formats back
 * unchanged (the periods used by the hand-checked facts). */
/* Year-to-date spans of every kind; the full year, a span from February
 * and a span into the next year are not. */
static void test_is_ytd(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int ytd;
    } cases[] = {
        {"2024-01/P10M", 1}, {"2024-01", 1},      {"2024-Q1", 1},     {"2024-H1", 1},
        {"2024-01/P11M", 1}, {"2020-01-01/2020-09-20", 1},            {"2020-01-01", 1},
        {"2024", 0},         {"2024-02/P3M", 0},  {"2024-Q2", 0},     {"2024-H2", 0},
        {"2016/2020", 0},    {"2024-01/P13M", 0}, {"2020-01-02/2020-09-20", 0},
        {"2020-01-01/2020-12-31", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_period p = parse_ok(cases[i].text);
        if (ts_period_is_ytd(p) != cases[i].ytd)
            fail_msg("%s: expected %d", cases[i].text, cases[i].ytd);
    }
}

/* Frequency classes: length, step, phase and the grid index of each
 * shape; periods one step apart have indexes one apart. */
static void test_freq(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        ts_period_kind kind;
        int months, step, phase;
    } cases[] = {
        {"2024-03", TS_PERIOD_MONTH, 1, 1, 0},      {"2024-Q3", TS_PERIOD_QUARTER, 3, 3, 0},
        {"2024-02/P3M", TS_PERIOD_MONTHS, 3, 3, 1}, {"2024-H2", TS_PERIOD_HALF, 6, 6, 0},
        {"2024", TS_PERIOD_YEAR, 12, 12, 0},        {"2016/2020", TS_PERIOD_YEARS, 60, 60, 12},
        {"2024-01/P10M", TS_PERIOD_YTD, 10, 12, 0}, {"2024-03/P5M", TS_PERIOD_MONTHS, 5, 12, 2},
        {"2024-01/P2M", TS_PERIOD_YTD, 2, 2, 0},    {"2020-09-20", TS_PERIOD_DAY, 0, 0, 0},
        {"2020-01-01/2020-09-20", TS_PERIOD_DAYS, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_period_class c;
        int n = ts_period_freq(parse_ok(cases[i].text), &c);
        if (n != cases[i].months || c.kind != cases[i].kind || c.months != cases[i].months ||
            c.step != cases[i].step || c.phase != cases[i].phase)
            fail_msg("%s: got kind %d months %d step %d phase %d", cases[i].text, (int)c.kind,
                     c.months, c.step, c.phase);
    }
    ts_period_class a, b;
    ts_period_freq(parse_ok("2023-01/P10M"), &a);
    ts_period_freq(parse_ok("2024-01/P10M"), &b);
    assert_int_equal(b.index - a.index, 1);
    assert_int_equal(b.first_month - a.first_month, 12);
    ts_period_freq(parse_ok("2023-12"), &a);
    ts_period_freq(parse_ok("2024-01"), &b);
    assert_int_equal(b.index - a.index, 1);
    assert_int_equal(b.first_month, 2024 * 12);
}

static void test_gold_periods(void **state)
{
    (void)state;
    const char *gold[] = {"2011/2016", "2015", "2016/2020", "2016/2021", "2020",
                          "2020-01-01/2020-09-20", "2020-01/P9M", "2020-08-31", "2021-10",
                          "2021/2025", "2023-01-01/2023-10-15", "2023-01/P11M", "2023-10-31",
                          "2024-01-01/2024-10-20", "2024-01/P10M", "2024-10", "2025"};
    char buf[TS_PERIOD_TEXT_MAX];
    for (size_t i = 0; i < sizeof gold / sizeof gold[0]; i++)
        assert_string_equal(fmt(parse_ok(gold[i]), buf), gold[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_civil_roundtrip),
        cmocka_unit_test(test_days_in_month),
        cmocka_unit_test(test_parse_forms),
        cmocka_unit_test(test_parse_length),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_long_input),
        cmocka_unit_test(test_constructors),
        cmocka_unit_test(test_format_small_buffer),
        cmocka_unit_test(test_order_and_containment),
        cmocka_unit_test(test_months),
        cmocka_unit_test(test_shift),
        cmocka_unit_test(test_previous),
        cmocka_unit_test(test_is_ytd),
        cmocka_unit_test(test_freq),
        cmocka_unit_test(test_gold_periods),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
