/* Vietnamese numbers as the reports write them: '.' groups thousands in
 * threes, ',' is the decimal mark, "a/b" is achieved over planned, "a-b"
 * and "từ a đến b" are ranges, and qualifier words shade a number.
 * ts_vnum_scan reads one number inside running text; ts_vnum_parse accepts
 * a whole token or nothing.  Neither allocates. */
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#include "core/codepoint.h"
#include "ts_vnum.h"

/* Larger magnitudes are not figures of a provincial report but misreads
 * (a table row glued into one digit string). */
#define VNUM_MAX 1e15
/* Error messages quote at most this much of the input. */
#define QUOTE_MAX 48

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Exact powers of ten as doubles (10^22 is the largest exact one). */
static const double pow10_exact[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The syntax of one number found at the start of a text. */
typedef struct {
    size_t len;        /* bytes of the number */
    double value;
    int decimals;      /* digits after ',' */
    int leading_zero;  /* "02": a zero before other integer digits */
    /* Why the scan stopped where it did, for parse's messages: */
    size_t bad_dot;    /* offset+1 of a '.' not starting a group of 3 digits */
    int long_group;    /* that '.' had 3 digits after it, but the group
                          before it was not 1-3 digits without a leading 0 */
} num_scan;

typedef struct {
    uint64_t mant;      /* all digits as an integer while exact */
    long double approx; /* the same, approximately, for long digit strings */
    int exact;
} num_acc;

/* Accumulates one digit: exactly while the mantissa fits a double's 53
 * bits, approximately past that (such numbers fail the range check). */
static void add_digit(num_acc *acc, int d)
{
    if (acc->exact) {
        acc->mant = acc->mant * 10 + (uint64_t)d;
        if (acc->mant > (UINT64_C(1) << 53))
            acc->exact = 0;
    }
    acc->approx = acc->approx * 10 + d;
}

/* Scans digits with '.' thousands groups and an optional ',' decimal part.
 * Grouping is accepted only in its strict form, 1-3 digits (not starting
 * with 0) then groups of exactly 3: "1.402" is 1402 but "1.37" stops
 * before the '.', and so does a sentence's final '.' or ',' ("là 64.960."
 * ends at "64.960"). */
static size_t scan_num(const char *s, size_t len, num_scan *ns)
{
    memset(ns, 0, sizeof *ns);
    if (len == 0 || !is_digit(s[0]))
        return 0;
    num_acc acc = {0, 0, 1};
    size_t i = 0, group_start = 0;
    int first_group = 1;
    for (;;) {
        while (i < len && is_digit(s[i]))
            add_digit(&acc, s[i++] - '0');
        size_t glen = i - group_start;
        if (first_group && glen > 1 && s[0] == '0')
            ns->leading_zero = 1;
        if (i < len && s[i] == '.') {
            int group3 = i + 3 < len && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
                         is_digit(s[i + 3]) && (i + 4 >= len || !is_digit(s[i + 4]));
            if (group3 && (!first_group || (glen <= 3 && s[0] != '0'))) {
                i++;
                group_start = i;
                first_group = 0;
                continue;
            }
            ns->bad_dot = i + 1;
            ns->long_group = group3;
        }
        break;
    }
    int decimals = 0;
    if (i + 1 < len && s[i] == ',' && is_digit(s[i + 1])) {
        ns->bad_dot = 0;
        ns->long_group = 0;
        for (i++; i < len && is_digit(s[i]); i++, decimals++)
            add_digit(&acc, s[i] - '0');
    }
    /* One correctly rounded division: "1.376,328" is 1376328 / 10^3, the
     * double nearest 1376.328. */
    if (acc.exact && decimals <= 22) {
        ns->value = (double)acc.mant / pow10_exact[decimals];
    } else {
        long double v = acc.approx;
        for (int k = 0; k < decimals; k++)
            v /= 10;
        ns->value = (double)v;
    }
    ns->decimals = decimals;
    ns->len = i;
    return i;
}

size_t ts_vnum_scan(const char *text, size_t len, double *value, int *decimals)
{
    num_scan ns;
    size_t n = scan_num(text, len, &ns);
    if (n) {
        if (value)
            *value = ns.value;
        if (decimals)
            *decimals = ns.decimals;
    }
    return n;
}

/* ---- whole tokens ---- */

/* Qualifier words (lower case, NFC).  Longer phrases first so "ước tính"
 * is not read as "ước" followed by junk. */
static const struct {
    const char *word;
    unsigned flag;
} quals[] = {
    {"ước tính", TS_VQ_EST}, {"ước đạt", TS_VQ_EST}, {"dự kiến", TS_VQ_EST},
    {"dự tính", TS_VQ_EST},  {"ước", TS_VQ_EST},     {"khoảng", TS_VQ_ABOUT},
    {"hơn", TS_VQ_OVER},     {"trên", TS_VQ_OVER},   {"gần", TS_VQ_NEAR},
    {"dưới", TS_VQ_UNDER},
};

/* Matches a lower-case word at s[i] (codepoint.c's rule); it must be
 * followed by white space.  Returns the offset after that white space, or
 * 0. */
static size_t match_word(const char *s, size_t len, size_t i, const char *word)
{
    int32_t last;
    size_t end = tsi_cp_match_lower(s, len, i, word, &last);
    if (!end)
        return 0;
    size_t k = tsi_cp_skip_space(s, len, end);
    return k > end ? k : 0;
}

/* A dash between the ends of a range: '-', en dash or em dash. */
static size_t match_dash(const char *s, size_t len, size_t i)
{
    int32_t c;
    size_t n = tsi_cp_next(s, len, i, &c);
    return n && (c == '-' || c == 0x2013 || c == 0x2014) ? n : 0;
}

static int quote_len(size_t len) { return len > QUOTE_MAX ? QUOTE_MAX : (int)len; }

/* Reads one number of a token at s[*i], with its optional '%'; fills the
 * error with the reason when there is none or it is malformed. */
static int read_number(const char *s, size_t len, size_t *i, num_scan *ns, ts_error *err)
{
    int q = quote_len(len);
    if (!scan_num(s + *i, len - *i, ns)) {
        if (*i >= len)
            return ts_error_set(err, TS_EINVAL, "\"%.*s\": no number", q, s);
        return ts_error_set(err, TS_EINVAL, "\"%.*s\": not a number", q, s);
    }
    if (ns->long_group)
        return ts_error_set(err, TS_EINVAL,
                            "\"%.*s\": a thousands group before '.' must be 1-3 digits, not starting with 0", q, s);
    if (ns->bad_dot)
        return ts_error_set(err, TS_EINVAL,
                            "\"%.*s\": '.' not followed by a group of 3 digits", q, s);
    *i += ns->len;
    if (*i < len && s[*i] == ',')
        return ts_error_set(err, TS_EINVAL, "\"%.*s\": ',' not followed by a digit", q, s);
    if (ns->value > VNUM_MAX)
        return ts_error_set(err, TS_ERANGE, "\"%.*s\": out of range (over 10^15)", q, s);
    size_t k = tsi_cp_skip_space(s, len, *i);
    if (k < len && s[k] == '%')
        *i = k + 1;
    return TS_OK;
}

int ts_vnum_parse(const char *text, size_t len, ts_vnum *out, ts_error *err)
{
    int q = quote_len(len);
    if (len == 0)
        return ts_error_set(err, TS_EINVAL, "empty number");
    ts_vnum v;
    memset(&v, 0, sizeof v);
    size_t i = tsi_cp_skip_space(text, len, 0);

    /* Qualifiers, any number of them ("ước khoảng"). */
    for (int found = 1; found;) {
        found = 0;
        for (size_t k = 0; k < sizeof quals / sizeof quals[0]; k++) {
            size_t e = match_word(text, len, i, quals[k].word);
            if (e) {
                v.quals |= quals[k].flag;
                i = e;
                found = 1;
                break;
            }
        }
    }

    num_scan a, b;
    int rc;
    size_t e;
    if ((e = match_word(text, len, i, "từ")) != 0) {
        /* "từ a đến b" (or "từ a - b"). */
        i = e;
        if ((rc = read_number(text, len, &i, &a, err)) != TS_OK)
            return rc;
        size_t k = tsi_cp_skip_space(text, len, i);
        size_t d = match_word(text, len, k, "đến");
        if (!d && (d = match_dash(text, len, k)) != 0)
            d = tsi_cp_skip_space(text, len, k + d);
        if (!d)
            return ts_error_set(err, TS_EINVAL, "\"%.*s\": \"từ\" without \"đến\"", q, text);
        i = d;
        if ((rc = read_number(text, len, &i, &b, err)) != TS_OK)
            return rc;
        v.kind = TS_VNUM_RANGE;
    } else {
        if ((rc = read_number(text, len, &i, &a, err)) != TS_OK)
            return rc;
        size_t k = tsi_cp_skip_space(text, len, i), d;
        v.kind = TS_VNUM_NUMBER;
        if (k < len && text[k] == '/') {
            i = tsi_cp_skip_space(text, len, k + 1);
            if ((rc = read_number(text, len, &i, &b, err)) != TS_OK)
                return rc;
            v.kind = TS_VNUM_RATIO;
        } else if (k < len && (d = match_dash(text, len, k)) != 0) {
            i = tsi_cp_skip_space(text, len, k + d);
            if ((rc = read_number(text, len, &i, &b, err)) != TS_OK)
                return rc;
            v.kind = TS_VNUM_RANGE;
        }
    }
    i = tsi_cp_skip_space(text, len, i);
    if (i < len)
        return ts_error_set(err, TS_EINVAL, "\"%.*s\": trailing \"%.*s\"", q, text,
                            quote_len(len - i), text + i);
    if (v.kind == TS_VNUM_RANGE && b.value < a.value)
        return ts_error_set(err, TS_EINVAL, "\"%.*s\": range end below its start", q, text);
    v.value = a.value;
    v.decimals = a.decimals;
    v.leading_zero = a.leading_zero;
    if (v.kind != TS_VNUM_NUMBER)
        v.value2 = b.value;
    *out = v;
    return TS_OK;
}
