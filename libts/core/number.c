/* Machine numbers of the fact record: '.' decimal point, optional sign and
 * exponent, no grouping.  Parsed on the hot path of every TSV row, so plain
 * decimals take an exact fast path; the rest goes to strtod_l in the C
 * locale, so the process locale can never turn '.' into a non-decimal.
 * Printed on the hot path of every written row, as %.15g would print
 * them, without its cost. */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/record_impl.h"
#include "ts_vnum.h"
#include "ts_record.h"

/* Powers of ten that are exact doubles (10^22 is the last one). */
static const double pow10_exact[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void c_locale_init(void)
{
    c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/* Quotes at most 48 bytes of the token into the message, so a long junk
 * field cannot swamp the error buffer. */
static int reject(const char *text, size_t len, int code, const char *what,
                  ts_error *err)
{
    int shown = len > 48 ? 48 : (int)len;
    return ts_error_set(err, code, "\"%.*s%s\" %s", shown, text,
                        len > 48 ? "..." : "", what);
}

/* strtod needs a NUL-terminated string; numbers longer than the stack
 * buffer are not plausible record values and are rejected as junk. */
static int slow_parse(const char *text, size_t len, double *out, ts_error *err)
{
    char buf[512];
    if (len >= sizeof buf)
        return reject(text, len, TS_EINVAL, "is not a number (too long)", err);
    memcpy(buf, text, len);
    buf[len] = '\0';
    pthread_once(&c_locale_once, c_locale_init);
    if (c_locale == (locale_t)0)
        return ts_error_set(err, TS_ENOMEM, "cannot create the C locale");
    char *end;
    errno = 0;
    double v = strtod_l(buf, &end, c_locale);
    if (end != buf + len)
        return reject(text, len, TS_EINVAL, "is not a number", err);
    /* Overflow gives HUGE_VAL; underflow to zero loses the value entirely.
     * Subnormal results also set ERANGE but are still the nearest double;
     * a zero mantissa never reaches this function. */
    if (isinf(v) || (errno == ERANGE && v == 0.0))
        return reject(text, len, TS_ERANGE, "is out of range", err);
    *out = v;
    return TS_OK;
}

/* Adds one digit to the mantissa; past 19 significant digits the mantissa
 * can overflow, so only the fact that precision was lost is kept. */
static inline void add_digit(uint64_t *mant, int *sig, int *inexact, int d)
{
    if (*mant == 0 && d == 0)
        return; /* leading zeros are not significant */
    if (*sig < 19)
        *mant = *mant * 10 + (uint64_t)d;
    else if (d != 0)
        *inexact = 1;
    (*sig)++;
}

int ts_number_parse(const char *text, size_t len, double *out, ts_error *err)
{
    const char *p = text, *end = text + len;
    if (len == 0)
        return ts_error_set(err, TS_EINVAL, "empty value is not a number");
    int neg = *p == '-';
    if (*p == '+' || *p == '-')
        p++;
    /* One pass checks the shape [sign] digits [. digits] [e [sign] digits]
     * and builds the mantissa.  Nothing else is accepted, which keeps
     * strtod's hex, "inf" and "nan" forms away from the slow path too. */
    uint64_t mant = 0;
    int sig = 0, inexact = 0, digits = 0;
    int scale = 0;  /* power of ten to apply to mant */
    for (; p < end && (unsigned)(*p - '0') < 10; p++, digits++) {
        add_digit(&mant, &sig, &inexact, *p - '0');
        if (sig > 19)
            scale++; /* an integer digit that did not fit */
    }
    if (p < end && *p == '.') {
        for (p++; p < end && (unsigned)(*p - '0') < 10; p++, digits++) {
            add_digit(&mant, &sig, &inexact, *p - '0');
            if (sig <= 19)
                scale--;
        }
    }
    if (digits == 0)
        return reject(text, len, TS_EINVAL, "is not a number", err);
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        int eneg = 0, exp10 = 0;
        if (p < end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        if (p == end || (unsigned)(*p - '0') >= 10)
            return reject(text, len, TS_EINVAL, "is not a number", err);
        for (; p < end && (unsigned)(*p - '0') < 10; p++)
            if (exp10 < 100000) /* saturate: far beyond any double */
                exp10 = exp10 * 10 + (*p - '0');
        scale += eneg ? -exp10 : exp10;
    }
    if (p != end)
        return reject(text, len, TS_EINVAL, "is not a number", err);
    if (mant == 0 && !inexact) {
        *out = neg ? -0.0 : 0.0;
        return TS_OK;
    }
    /* Clinger's fast path: an integer below 2^53 times or divided by an
     * exact power of ten is one correctly rounded IEEE operation. */
    if (!inexact && mant < (UINT64_C(1) << 53) && scale >= -22 && scale <= 22) {
        double v = (double)mant;
        v = scale < 0 ? v / pow10_exact[-scale] : v * pow10_exact[scale];
        *out = neg ? -v : v;
        return TS_OK;
    }
    return slow_parse(text, len, out, err);
}

size_t ts_value_format_fixed(double v, int decimals, char *buf, size_t n)
{
    char tmp[400];
    decimals = decimals < 0 ? 0 : decimals > 15 ? 15 : decimals;
    int len = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (len < 0 || (size_t)len >= sizeof tmp)
        len = snprintf(tmp, sizeof tmp, "%.15g", v);
    const char *p = tmp;
    /* "-0.00": a value that rounds to zero has no sign. */
    if (p[0] == '-' && strspn(p + 1, "0.") == strlen(p + 1))
        p++;
    return (size_t)snprintf(buf, n, "%s", p) < n ? strlen(p) : (n ? n - 1 : 0);
}

/* ---- the shortest text of a value ---- */

/* x (< 10^8) as eight ASCII digits in one word, the first digit in the
 * lowest byte: halves, quarters and digits split in parallel lanes of the
 * word (y / 100 as y * 10486 >> 20 for y < 10^4, z / 10 as z * 103 >> 10
 * for z < 100; no lane carries into the next). */
static inline uint64_t ascii8(uint32_t x)
{
    uint64_t v = (uint64_t)(x / 10000) | (uint64_t)(x % 10000) << 32;
    uint64_t q = (v * 10486 >> 20) & 0x0000007F0000007FULL;
    v = q | (v - q * 100) << 16;
    q = (v * 103 >> 10) & 0x000F000F000F000FULL;
    v = q | (v - q * 10) << 8;
    return v | 0x3030303030303030ULL;
}

/* Stores the eight bytes of w at o, the lowest byte first.  Digits go out
 * as words kept in registers: a text built in memory byte by byte and read
 * back as a block stalls the processor on every value. */
static void store8(char *o, uint64_t w)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(o, &w, 8);
#else
    for (int i = 0; i < 8; i++)
        o[i] = (char)(w >> 8 * i);
#endif
}

/* The decimal exponent of b = a * 10^4 (1 <= b < 10^19) as an index into
 * pow10_exact: the largest i with b >= 10^i.  The binary exponent gives it
 * to within two steps (floor(e2 * log10 2) by 78913 / 2^18), and b is
 * never below 10^(that + 4). */
static int exp10_index(double a, double b)
{
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int e2 = (int)((bits >> 52) & 0x7ff) - 1023;
    int i = ((e2 * 78913) >> 18) + 4;
    if (i < 0)
        i = 0;
    while (i < 22 && b >= pow10_exact[i + 1])
        i++;
    return i;
}

/* Writes v (|v| = a, 10^-4 <= a < 10^15) rounded to 15 significant digits
 * as %.15g does, into o; the length, or 0 when the scaling leaves the
 * 15-digit range (the caller tries the shortest form).  The rounding
 * looks at the exact error of the scaling (fma) when the scaled value is
 * near a half, so halves are decided exactly; short values come out the
 * same, trimmed of zeros.  o has room for 40 bytes. */
static size_t rounded15(double v, double a, char *o)
{
    /* An estimate off by one near a power of ten is corrected below when
     * the scaled value leaves [1e14, 1e15). */
    int e = exp10_index(a, a * 1e4) - 4;
    int k = 14 - e;
    if (k < 0 || k > 22)
        return 0;
    double s = a * pow10_exact[k];
    if (s < 1e14 && k < 22)
        s = a * pow10_exact[++k];
    else if (s >= 1e15 && k > 0)
        s = a * pow10_exact[--k];
    if (!(s >= 1e14 && s < 1e15))
        return 0;
    uint64_t u = (uint64_t)s; /* floor: s is positive */
    /* s - u and the half are exact; the scaling lost at most half an ulp
     * of s (1/16 below 2^50), which can tip only a fraction that close to
     * a half.  Zero is a true tie (to even, as printf). */
    double t = (s - (double)u) - 0.5;
    if (fabs(t) <= 0.0625)
        t += fma(a, pow10_exact[k], -s);
    u += t > 0 || (t == 0 && (u & 1));
    if (u >= 1000000000000000ULL)
        return 0;
    /* The 15 digits: w0 the first eight, w1 the other seven. */
    uint64_t hi = ascii8((uint32_t)(u / 100000000u)), lo = ascii8((uint32_t)(u % 100000000u));
    uint64_t w0 = hi >> 8 | lo << 56, w1 = lo >> 8;
    int tz = 0; /* %g drops trailing zeros of the fraction */
    for (uint64_t z = u; tz < 14 && z % 10 == 0; z /= 10)
        tz++;
    int int_digits = 15 - k, nd = 15 - tz;
    if (nd < int_digits)
        nd = int_digits;
    size_t len = 0;
    if (v < 0)
        o[len++] = '-';
    if (int_digits <= 0) {
        memcpy(o + len, "0.0000000", (size_t)(2 - int_digits)); /* k <= 22: 7 zeros at most */
        len += (size_t)(2 - int_digits);
        store8(o + len, w0);
        store8(o + len + 8, w1);
        return len + (size_t)nd;
    }
    store8(o + len, w0);
    store8(o + len + 8, w1);
    len += (size_t)int_digits;
    if (nd == int_digits)
        return len;
    /* The fraction again one place further, after the point: the digits
     * from int_digits on, shifted down out of the two words. */
    int j = int_digits;
    uint64_t f0 = j < 8 ? w0 >> 8 * j | w1 << (64 - 8 * j) : w1 >> 8 * (j - 8);
    uint64_t f1 = j < 8 ? w1 >> 8 * j : 0;
    o[len++] = '.';
    store8(o + len, f0);
    store8(o + len + 8, f1);
    return len + (size_t)(nd - int_digits);
}

/* The fewest decimals k for which round(a * 10^k) / 10^k gives a back:
 * the shortest text that reads back as the same double, which equals
 * what %.15g prints, without its cost.  The length, or 0 when there is
 * none below 1e15. */
static size_t shortest(double v, double a, char *tmp)
{
    for (int k = 0; k <= 22; k++) {
        double s = a * pow10_exact[k];
        if (s >= 1e15)
            break;
        double r = (double)(uint64_t)(s + 0.5); /* s < 1e15: exact */
        if (r == 0.0 || r / pow10_exact[k] != a)
            continue;
        char dig[24];
        int nd = 0;
        size_t len = 0;
        uint64_t u = (uint64_t)r;
        while (u) {
            dig[nd++] = (char)('0' + u % 10);
            u /= 10;
        }
        if (v < 0)
            tmp[len++] = '-';
        if (nd <= k) {
            tmp[len++] = '0';
            tmp[len++] = '.';
            for (int z = 0; z < k - nd; z++)
                tmp[len++] = '0';
            while (nd)
                tmp[len++] = dig[--nd];
        } else {
            while (nd) {
                if (nd == k)
                    tmp[len++] = '.';
                tmp[len++] = dig[--nd];
            }
        }
        return len;
    }
    return 0;
}

size_t tsi_value_text(double v, char *o)
{
    size_t len = 0;
    double a = fabs(v);
    if (v == 0.0) {
        /* -0 prints as 0: the sign of zero carries no meaning here. */
        o[len++] = '0';
    } else if (isfinite(v) && a < 1e15 && a >= 1e-4 && (len = rounded15(v, a, o))) {
        /* written */
    } else if (isfinite(v) && a < 1e15 && (len = shortest(v, a, o))) {
        /* written */
    } else {
        len = (size_t)snprintf(o, TSI_VALUE_TEXT_MAX, "%.15g", v);
        /* A locale with a decimal comma must not leak into the record. */
        for (size_t i = 0; i < len; i++)
            if (o[i] == ',')
                o[i] = '.';
    }
    return len;
}

size_t ts_value_format(double v, char *buf, size_t n)
{
    char tmp[TSI_VALUE_TEXT_MAX];
    if (n >= TSI_VALUE_TEXT_MAX) {
        size_t len = tsi_value_text(v, buf);
        buf[len] = '\0';
        return len;
    }
    return tsi_text_out(buf, n, tmp, tsi_value_text(v, tmp));
}
