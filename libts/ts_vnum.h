/* Numbers as written in Vietnamese reports: '.' groups thousands, ','
 * is the decimal mark ("1.376,328" = 1376.328), "a/b" is achieved over
 * planned, ranges ("9-10", "từ 15 đến 18") are ranges, and qualifiers
 * (hơn, trên, khoảng, gần, ước, dưới) shade a number. */
#ifndef TS_VNUM_H
#define TS_VNUM_H

#include <stddef.h>
#include "ts_error.h"

typedef enum {
    TS_VNUM_NUMBER, /* one number: value */
    TS_VNUM_RATIO,  /* "a/b": value = a, value2 = b */
    TS_VNUM_RANGE   /* "a-b", "từ a đến b": value = a, value2 = b */
} ts_vnum_kind;

/* Qualifier flags found before a number. */
enum {
    TS_VQ_ABOUT = 1 << 0, /* khoảng: approximate, an estimate */
    TS_VQ_EST = 1 << 1,   /* ước, dự kiến, dự tính: an estimate */
    TS_VQ_OVER = 1 << 2,  /* hơn, trên: more than */
    TS_VQ_NEAR = 1 << 3,  /* gần: nearly */
    TS_VQ_UNDER = 1 << 4  /* dưới: less than */
};

typedef struct {
    ts_vnum_kind kind;
    double value;
    double value2;     /* second number of a ratio or range */
    unsigned quals;    /* TS_VQ_... */
    int decimals;      /* digits after the decimal comma of value */
    int leading_zero;  /* written with a leading zero, e.g. "02" */
} ts_vnum;

/* Parses a whole token (len bytes of UTF-8, not NUL-terminated) as a
 * Vietnamese number, ratio ("a/b") or range ("a-b", "a – b", "từ a đến b"),
 * with optional leading qualifier words (hơn, trên, khoảng, gần, ước, ước
 * tính, ước đạt, dự kiến, dự tính, dưới; any case) and an optional '%'
 * after each number.  '.' groups must be strict (1-3 digits, then groups
 * of exactly 3).  Rejects anything else with TS_EINVAL and a reason
 * ("\"12,5x\": trailing \"x\""), values over 10^15 with TS_ERANGE, a
 * range whose end is below its start with TS_EINVAL; leaves *out
 * unchanged on failure. */
int ts_vnum_parse(const char *text, size_t len, ts_vnum *out, ts_error *err);

/* Scans one number at the start of text (no qualifiers, no ranges): digits
 * with '.' groups and ',' decimals.  Returns bytes consumed (0 when text
 * does not start with a digit; outputs then untouched) and stores the
 * value and decimal count (either pointer may be NULL).  Stops at the
 * first character that does not continue the number: a '.' continues it
 * only before exactly 3 digits, a ',' only before a digit, so "là 64.960."
 * gives 64960 and "51,48," gives 51.48.  The building block for report
 * text, where a number is followed by more words. */
size_t ts_vnum_scan(const char *text, size_t len, double *value, int *decimals);

/* Parses a plain machine number as in the fact record ('.' decimal point,
 * optional sign and exponent, no grouping); rejects empty input, trailing
 * junk, NaN and infinities. */
int ts_number_parse(const char *text, size_t len, double *out, ts_error *err);

#endif
