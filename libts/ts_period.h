/* Reference periods as closed day intervals [first, last].  The text form
 * (2023, 2021-10, 2024-Q3, 2024-H1, 2020-01/P9M, 2016/2020, 2020-09-20,
 * 2020-01-01/2020-09-20) is derived from the interval, so equal intervals
 * always print the same way and compare equal. */
#ifndef TS_PERIOD_H
#define TS_PERIOD_H

#include <stddef.h>
#include <stdint.h>
#include "ts_error.h"

/* Days are counted from 1970-01-01 (day 0) in the proleptic Gregorian
 * calendar; years 1000..9999 are accepted. */
typedef struct {
    int32_t first; /* first day, inclusive */
    int32_t last;  /* last day, inclusive; first <= last */
} ts_period;

/* The shape of a period, derived from its interval. */
typedef enum {
    TS_PERIOD_DAY,        /* one day: a stock at a date */
    TS_PERIOD_MONTH,      /* one calendar month */
    TS_PERIOD_QUARTER,    /* one calendar quarter */
    TS_PERIOD_HALF,       /* Jan-Jun or Jul-Dec */
    TS_PERIOD_YEAR,       /* one calendar year */
    TS_PERIOD_YTD,        /* January to month n (2..11, n != 6 and not a quarter) */
    TS_PERIOD_MONTHS,     /* other whole-month spans inside or across years */
    TS_PERIOD_YEARS,      /* two or more whole calendar years */
    TS_PERIOD_DAYS        /* any other day interval */
} ts_period_kind;

/* Longest canonical text, with the NUL. */
#define TS_PERIOD_TEXT_MAX 32

/* Days since 1970-01-01 of a calendar date; the date must be valid. */
int32_t ts_days_from_civil(int year, int month, int day);
/* The calendar date of a day number. */
void ts_civil_from_days(int32_t days, int *year, int *month, int *day);
/* The calendar year of a day number. */
int ts_year_of_days(int32_t days);
/* Number of days of month (1..12) of year. */
int ts_days_in_month(int year, int month);

/* Parses any form of facts.md (text of length len, not NUL-terminated),
 * plus "2024-H2" and "YYYY-MM/PnM" starting in any month.  On failure
 * returns TS_EINVAL or TS_ERANGE with a message naming the problem
 * ("2020-13: month 13 out of range") and leaves *out unchanged. */
int ts_period_parse(const char *text, size_t len, ts_period *out, ts_error *err);

/* Writes the canonical text of p into buf (size n >= TS_PERIOD_TEXT_MAX);
 * returns the length written. */
size_t ts_period_format(ts_period p, char *buf, size_t n);

/* Constructors for the common shapes (arguments must be valid). */
ts_period ts_period_year(int year);
ts_period ts_period_years(int first_year, int last_year);
ts_period ts_period_month(int year, int month);
ts_period ts_period_quarter(int year, int quarter);
/* n months starting at month `month` of `year` (n >= 1). */
ts_period ts_period_months(int year, int month, int n);
ts_period ts_period_day(int year, int month, int day);

ts_period_kind ts_period_kind_of(ts_period p);

/* Nonzero when p runs from 1 January to a day before 31 December of the
 * same year: a year-to-date span, whatever its kind (2024-01/P10M, and
 * also 2024-01, 2024-Q1, 2024-H1 and 2020-01-01/2020-09-20, which
 * TS_PERIOD_YTD leaves to their own kinds). */
int ts_period_is_ytd(ts_period p);

/* A period's frequency class: periods of one class lie on one grid of
 * `step` months, so a series of them can be walked, compared and rolled
 * without looking at their text. */
typedef struct {
    ts_period_kind kind;
    int months;          /* length in whole months; 0 when not whole months */
    int step;            /* months between successive periods of the class:
                            the length when it divides 12 or is a multiple of
                            12 (months, quarters, halves, years, five-year
                            spans), else 12 (2024-01/P10M follows
                            2023-01/P10M); 0 when not whole months */
    int32_t first_month; /* year * 12 + month - 1 of the first month */
    int phase;           /* first_month mod step: shared by a class */
    int32_t index;       /* first_month div step: +1 from one to the next */
} ts_period_class;

/* Fills *out with p's class; returns out->months (0: p is not whole
 * months, and only kind is meaningful). */
int ts_period_freq(ts_period p, ts_period_class *out);

/* Orders by first day, then by last day. Returns <0, 0, >0. */
int ts_period_cmp(ts_period a, ts_period b);
/* Nonzero when outer contains inner (both ends inclusive). */
int ts_period_contains(ts_period outer, ts_period inner);
/* Nonzero when the interval starts on a month's first day and ends on a
 * month's last day. */
int ts_period_is_whole_months(ts_period p);
/* Length in whole months when is_whole_months, else 0. */
int ts_period_months_count(ts_period p);
/* The same period shifted by `years` calendar years (month-aligned periods
 * stay month-aligned: Feb 29 ends map to Feb 28/29 as the month ends). */
ts_period ts_period_shift_years(ts_period p, int years);
/* Shifted by `months` (for whole-month periods; others shift day by day
 * keeping the day of month, clamped to the month's end). */
ts_period ts_period_shift_months(ts_period p, int months);
/* The period of the same length that ends the day before p starts (for
 * whole-month periods, the same number of months before). */
ts_period ts_period_previous(ts_period p);

#endif
