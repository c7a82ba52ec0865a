/* Machine numbers of the fact record: '.' decimal point, optional sign and
 * exponent, no grouping.  Parsed on the hot path of every TSV row, so plain
 * decimals take an exact fast path; the rest goes to strtod_l in the C
 * locale, so the process locale can never turn '.' into a non-decimal. */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
