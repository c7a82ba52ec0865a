/* Reference periods: the text forms of facts.md parsed to closed day
 * intervals, the canonical text derived back from the interval, and the
 * calendar arithmetic (ordering, containment, shifting) tools build on.
 * Parse and format sit on per-row hot paths, so neither allocates nor uses
 * stdio on success. */
#include <string.h>
#include "ts_period.h"
#include "core/record_impl.h"

#define YEAR_MIN 1000
#define YEAR_MAX 9999
/* Error messages quote at most this much of the input. */
#define QUOTE_MAX 64

/* Days from 1970-01-01 of a proleptic Gregorian date.  Counting in 400-year
 * eras that start on March 1st puts the leap day at the end of each year,
 * so the day of year is a closed formula. */
int32_t ts_days_from_civil(int year, int month, int day)
{
    int y = year - (month <= 2);
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;                                  /* [0, 399] */
    int mp = month > 2 ? month - 3 : month + 9;               /* March = 0 */
    int doy = (153 * mp + 2) / 5 + day - 1;                   /* [0, 365] */
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          /* [0, 146096] */
    return (int32_t)(era * 146097 + doe - 719468);
}

void ts_civil_from_days(int32_t days, int *year, int *month, int *day)
{
    int z = days + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    *year = yoe + era * 400 + (m <= 2);
    *month = m;
    *day = d;
}

int ts_year_of_days(int32_t days)
{
    int y, m, d;
    ts_civil_from_days(days, &y, &m, &d);
    return y;
}

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int ts_days_in_month(int year, int month)
{
    static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year))
        return 29;
    return len[month - 1];
}

/* month may run past 1..12 (shifting); it is carried into the year. */
static void norm_month(int *year, int *month)
{
    int m0 = *month - 1;
    int carry = m0 >= 0 ? m0 / 12 : -((11 - m0) / 12);
    *year += carry;
    *month = m0 - carry * 12 + 1;
}

static ts_period months_of(int year, int month, int n)
{
    int y2 = year, m2 = month + n - 1;
    norm_month(&year, &month);
    norm_month(&y2, &m2);
    ts_period p = {ts_days_from_civil(year, month, 1),
                   ts_days_from_civil(y2, m2, ts_days_in_month(y2, m2))};
    return p;
}

/* Growth rates build the same base periods over and over (each month a
 * year earlier, once per series): a small per-thread table of the last
 * answers, keyed by first month and length, skips the calendar
 * arithmetic.  An empty entry has length 0, which no call asks for. */
#define MONTHS_MEMO 256 /* 1 << 8 */
typedef struct {
    int32_t first_month, n;
    ts_period p;
} months_memo;
static _Thread_local months_memo months_cache[MONTHS_MEMO];

ts_period ts_period_months(int year, int month, int n)
{
    int32_t fm = year * 12 + (month - 1);
    uint32_t h = (uint32_t)fm * 0x9E3779B1u ^ (uint32_t)n * 0x85EBCA77u;
    months_memo *e = &months_cache[h >> 24];
    if (e->n != n || e->first_month != fm) {
        e->p = months_of(year, month, n);
        e->first_month = fm;
        e->n = n;
    }
    return e->p;
}

ts_period ts_period_year(int year) { return ts_period_months(year, 1, 12); }

ts_period ts_period_years(int first_year, int last_year)
{
    return ts_period_months(first_year, 1, 12 * (last_year - first_year + 1));
}

ts_period ts_period_month(int year, int month) { return ts_period_months(year, month, 1); }

ts_period ts_period_quarter(int year, int quarter)
{
    return ts_period_months(year, 3 * quarter - 2, 3);
}

ts_period ts_period_day(int year, int month, int day)
{
    int32_t d = ts_days_from_civil(year, month, day);
    ts_period p = {d, d};
    return p;
}

/* ---- parsing ---- */

/* Reads exactly n ASCII digits at s[*i]; -1 when they are not all digits. */
static int digits(const char *s, size_t len, size_t *i, int n)
{
    if (*i + (size_t)n > len)
        return -1;
    int v = 0;
    for (int k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[*i + k];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    *i += (size_t)n;
    return v;
}

/* The date part of a period: YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn or
 * YYYY-MM-DD.  Fields not present stay 0. */
typedef struct {
    int year, month, day, quarter, half;
} date_part;

static int quote_len(size_t len) { return len > QUOTE_MAX ? QUOTE_MAX : (int)len; }

static int not_a_period(const char *s, size_t len, ts_error *err)
{
    return ts_error_set(err, TS_EINVAL, "%.*s: not a period", quote_len(len), s);
}

/* Syntax only; ranges are checked by check_date so the messages can say
 * which field is wrong. */
static int scan_date(const char *s, size_t len, size_t *i, date_part *d)
{
    memset(d, 0, sizeof *d);
    if ((d->year = digits(s, len, i, 4)) < 0)
        return -1;
    if (*i >= len || s[*i] != '-')
        return 0;
    (*i)++;
    if (*i < len && (s[*i] == 'Q' || s[*i] == 'H')) {
        char c = s[(*i)++];
        int v = digits(s, len, i, 1);
        if (v < 0)
            return -1;
        if (c == 'Q')
            d->quarter = v;
        else
            d->half = v;
        /* 0 would read as "absent", so keep an explicit invalid marker. */
        if (v == 0) {
            if (c == 'Q')
                d->quarter = -1;
            else
                d->half = -1;
        }
        return 0;
    }
    if ((d->month = digits(s, len, i, 2)) < 0)
        return -1;
    if (d->month == 0)
        d->month = -1;
    if (*i >= len || s[*i] != '-')
        return 0;
    (*i)++;
    if ((d->day = digits(s, len, i, 2)) < 0)
        return -1;
    if (d->day == 0)
        d->day = -1;
    return 0;
}

static int check_date(const char *s, size_t len, const date_part *d, ts_error *err)
{
    int q = quote_len(len);
    if (d->year < YEAR_MIN || d->year > YEAR_MAX)
        return ts_error_set(err, TS_ERANGE, "%.*s: year %d out of range", q, s, d->year);
    if (d->quarter)
        return d->quarter < 1 || d->quarter > 4
                   ? ts_error_set(err, TS_ERANGE, "%.*s: quarter %d out of range", q, s,
                                  d->quarter < 0 ? 0 : d->quarter)
                   : TS_OK;
    if (d->half)
        return d->half < 1 || d->half > 2
                   ? ts_error_set(err, TS_ERANGE, "%.*s: half %d out of range", q, s,
                                  d->half < 0 ? 0 : d->half)
                   : TS_OK;
    if (d->month && (d->month < 1 || d->month > 12))
        return ts_error_set(err, TS_ERANGE, "%.*s: month %d out of range", q, s,
                            d->month < 0 ? 0 : d->month);
    if (d->day && (d->day < 1 || d->day > ts_days_in_month(d->year, d->month)))
        return ts_error_set(err, TS_ERANGE, "%.*s: day %d out of range", q, s,
                            d->day < 0 ? 0 : d->day);
    return TS_OK;
}

static ts_period date_period(const date_part *d)
{
    if (d->day)
        return ts_period_day(d->year, d->month, d->day);
    if (d->month)
        return ts_period_month(d->year, d->month);
    if (d->quarter)
        return ts_period_quarter(d->year, d->quarter);
    if (d->half)
        return ts_period_months(d->year, d->half == 1 ? 1 : 7, 6);
    return ts_period_year(d->year);
}

/* "PnM" after "YYYY-MM/": the month count, or -1 on bad syntax.  Counts
 * are capped well past any calendar span so the arithmetic cannot
 * overflow; the year check then rejects them. */
static long scan_month_count(const char *s, size_t len, size_t *i, size_t *start)
{
    if (*i >= len || s[*i] != 'P')
        return -1;
    (*i)++;
    *start = *i;
    long n = 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        if (n < 1000000)
            n = n * 10 + (s[*i] - '0');
        (*i)++;
    }
    if (*i == *start || *i >= len || s[*i] != 'M')
        return -1;
    (*i)++;
    return n;
}

int ts_period_parse(const char *text, size_t len, ts_period *out, ts_error *err)
{
    int q = quote_len(len);
    size_t i = 0;
    date_part a, b;
    if (scan_date(text, len, &i, &a) < 0)
        return not_a_period(text, len, err);
    if (i == len) {
        int rc = check_date(text, len, &a, err);
        if (rc == TS_OK)
            *out = date_period(&a);
        return rc;
    }
    if (text[i] != '/')
        return not_a_period(text, len, err);
    i++;

    /* YYYY-MM/PnM: n months from a month. */
    if (i < len && text[i] == 'P') {
        if (!a.month || a.day)
            return not_a_period(text, len, err);
        size_t nstart = 0;
        long n = scan_month_count(text, len, &i, &nstart);
        if (n < 0 || i != len)
            return not_a_period(text, len, err);
        int rc = check_date(text, len, &a, err);
        if (rc != TS_OK)
            return rc;
        long last = (long)a.year * 12 + (a.month - 1) + n - 1;
        if (n < 1 || last / 12 > YEAR_MAX)
            return ts_error_set(err, TS_ERANGE, "%.*s: month count %.*s out of range", q,
                                text, quote_len(len - 1 - nstart), text + nstart);
        *out = ts_period_months(a.year, a.month, (int)n);
        return TS_OK;
    }

    /* YYYY/YYYY or YYYY-MM-DD/YYYY-MM-DD: both ends of the same shape. */
    if (scan_date(text, len, &i, &b) < 0 || i != len)
        return not_a_period(text, len, err);
    int years = !a.month && !a.quarter && !a.half && !b.month && !b.quarter && !b.half;
    int days = a.day && b.day;
    if (!years && !days)
        return not_a_period(text, len, err);
    int rc = check_date(text, len, &a, err);
    if (rc == TS_OK)
        rc = check_date(text, len, &b, err);
    if (rc != TS_OK)
        return rc;
    ts_period p;
    if (years) {
        p = ts_period_years(a.year, b.year);
    } else {
        p.first = ts_days_from_civil(a.year, a.month, a.day);
        p.last = ts_days_from_civil(b.year, b.month, b.day);
    }
    if (p.last < p.first)
        return ts_error_set(err, TS_EINVAL, "%.*s: end before start", q, text);
    *out = p;
    return TS_OK;
}

/* ---- shape and formatting ---- */

/* Start month and length of a whole-month period; 0 when not whole months. */
static int month_span_of(ts_period p, int *year, int *month)
{
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    if (d1 != 1 || d2 != ts_days_in_month(y2, m2) || p.last < p.first)
        return 0;
    *year = y1;
    *month = m1;
    return (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
}

/* The statistics ask about the same few periods over and over (a panel's
 * 120 months, once per series and operation), so each thread keeps the
 * last answers in a small direct-mapped table: two calendar conversions
 * become one lookup.  An empty entry is the period {0, 0}, a single day,
 * whose true answer (not whole months) it already holds. */
#define SPAN_MEMO 512 /* 1 << 9 */
typedef struct {
    ts_period p;
    int32_t n, year, month;
} span_memo;
static _Thread_local span_memo span_cache[SPAN_MEMO];

static int month_span(ts_period p, int *year, int *month)
{
    uint32_t h = (uint32_t)p.first * 0x9E3779B1u ^ (uint32_t)p.last * 0x85EBCA77u;
    span_memo *e = &span_cache[h >> 23]; /* the top 9 bits: SPAN_MEMO entries */
    if (e->p.first != p.first || e->p.last != p.last) {
        int y = 0, m = 0;
        e->n = month_span_of(p, &y, &m);
        e->year = y;
        e->month = m;
        e->p = p;
    }
    *year = e->year;
    *month = e->month;
    return e->n;
}

static ts_period_kind kind_of_span(int month, int n)
{
    if (n == 1)
        return TS_PERIOD_MONTH;
    if (n == 3 && (month - 1) % 3 == 0)
        return TS_PERIOD_QUARTER;
    if (n == 6 && (month == 1 || month == 7))
        return TS_PERIOD_HALF;
    if (month == 1 && n == 12)
        return TS_PERIOD_YEAR;
    if (month == 1 && n % 12 == 0)
        return TS_PERIOD_YEARS;
    if (month == 1 && n < 12)
        return TS_PERIOD_YTD;
    return TS_PERIOD_MONTHS;
}

ts_period_kind ts_period_kind_of(ts_period p)
{
    int y, m;
    if (p.first == p.last)
        return TS_PERIOD_DAY;
    int n = month_span(p, &y, &m);
    return n ? kind_of_span(m, n) : TS_PERIOD_DAYS;
}

int ts_period_is_ytd(ts_period p)
{
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    if (m1 != 1 || d1 != 1 || p.last < p.first)
        return 0;
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    return y2 == y1 && !(m2 == 12 && d2 == 31);
}

int ts_period_freq(ts_period p, ts_period_class *out)
{
    int y, m;
    memset(out, 0, sizeof *out);
    int n = p.first == p.last ? 0 : month_span(p, &y, &m);
    if (!n) {
        out->kind = p.first == p.last ? TS_PERIOD_DAY : TS_PERIOD_DAYS;
        return 0;
    }
    out->kind = kind_of_span(m, n);
    out->months = n;
    out->step = (12 % n == 0 || n % 12 == 0) ? n : 12;
    out->first_month = y * 12 + (m - 1);
    out->phase = out->first_month % out->step;
    out->index = out->first_month / out->step;
    return n;
}

/* Writes v (>= 0) with at least `width` digits; returns the new end.
 * Years and months, the common case, take the unrolled paths. */
static char *put_int(char *o, long v, int width)
{
    if (v >= 1000 && v <= 9999 && width <= 4) {
        o[0] = (char)('0' + v / 1000);
        o[1] = (char)('0' + v / 100 % 10);
        o[2] = (char)('0' + v / 10 % 10);
        o[3] = (char)('0' + v % 10);
        return o + 4;
    }
    if (v >= 0 && v <= 99 && width == 2) {
        o[0] = (char)('0' + v / 10);
        o[1] = (char)('0' + v % 10);
        return o + 2;
    }
    char tmp[24];
    int k = 0;
    if (v < 0) {
        *o++ = '-';
        v = -v;
    }
    do {
        tmp[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k < width)
        tmp[k++] = '0';
    while (k)
        *o++ = tmp[--k];
    return o;
}

static char *put_date(char *o, int y, int m, int d)
{
    o = put_int(o, y, 4);
    *o++ = '-';
    o = put_int(o, m, 2);
    *o++ = '-';
    return put_int(o, d, 2);
}

size_t ts_period_format(ts_period p, char *buf, size_t n)
{
    char tmp[TS_PERIOD_TEXT_MAX * 2];
    char *o = tmp;
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    if (p.first == p.last) {
        o = put_date(o, y1, m1, d1);
        goto done;
    }
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    if (d1 != 1 || d2 != ts_days_in_month(y2, m2) || p.last < p.first) {
        o = put_date(o, y1, m1, d1);
        *o++ = '/';
        o = put_date(o, y2, m2, d2);
        goto done;
    }
    int months = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
    o = put_int(o, y1, 4);
    switch (kind_of_span(m1, months)) {
    case TS_PERIOD_YEAR:
        break;
    case TS_PERIOD_YEARS:
        *o++ = '/';
        o = put_int(o, y2, 4);
        break;
    case TS_PERIOD_MONTH:
        *o++ = '-';
        o = put_int(o, m1, 2);
        break;
    case TS_PERIOD_QUARTER:
        *o++ = '-';
        *o++ = 'Q';
        *o++ = (char)('1' + (m1 - 1) / 3);
        break;
    case TS_PERIOD_HALF:
        *o++ = '-';
        *o++ = 'H';
        *o++ = m1 == 1 ? '1' : '2';
        break;
    default:
        *o++ = '-';
        o = put_int(o, m1, 2);
        *o++ = '/';
        *o++ = 'P';
        o = put_int(o, months, 1);
        *o++ = 'M';
        break;
    }
done:
    return tsi_text_out(buf, n, tmp, (size_t)(o - tmp));
}

/* ---- comparison and arithmetic ---- */

int ts_period_cmp(ts_period a, ts_period b)
{
    if (a.first != b.first)
        return a.first < b.first ? -1 : 1;
    if (a.last != b.last)
        return a.last < b.last ? -1 : 1;
    return 0;
}

int ts_period_contains(ts_period outer, ts_period inner)
{
    return outer.first <= inner.first && inner.last <= outer.last;
}

int ts_period_is_whole_months(ts_period p)
{
    int y, m;
    return month_span(p, &y, &m) > 0;
}

int ts_period_months_count(ts_period p)
{
    int y, m;
    return month_span(p, &y, &m);
}

/* One day moved by `months`, keeping the day of month where the target
 * month has it and clamping to its last day where not (Jan 31 -> Feb 28). */
static int32_t shift_day(int32_t days, int months)
{
    int y, m, d;
    ts_civil_from_days(days, &y, &m, &d);
    m += months;
    norm_month(&y, &m);
    int dim = ts_days_in_month(y, m);
    return ts_days_from_civil(y, m, d < dim ? d : dim);
}

static ts_period shift_months_of(ts_period p, int months)
{
    int y, m;
    int n = month_span(p, &y, &m);
    if (n)
        return ts_period_months(y, m + months, n);
    ts_period q = {shift_day(p.first, months), shift_day(p.last, months)};
    return q;
}

/* A growth rate shifts every period of every series by the same months:
 * the answers are kept per thread like the spans above.  An empty entry
 * shifts {0, 0} by 0 months, whose answer ({0, 0}) it holds. */
#define SHIFT_MEMO 256 /* 1 << 8 */
typedef struct {
    ts_period p, q;
    int32_t months;
} shift_memo;
static _Thread_local shift_memo shift_cache[SHIFT_MEMO];

ts_period ts_period_shift_months(ts_period p, int months)
{
    uint32_t h = (uint32_t)p.first * 0x9E3779B1u ^ (uint32_t)p.last * 0x85EBCA77u ^
                 (uint32_t)months * 0xC2B2AE3Du;
    shift_memo *e = &shift_cache[h >> 24];
    if (e->p.first != p.first || e->p.last != p.last || e->months != months) {
        e->q = shift_months_of(p, months);
        e->p = p;
        e->months = months;
    }
    return e->q;
}

ts_period ts_period_shift_years(ts_period p, int years)
{
    return ts_period_shift_months(p, 12 * years);
}

ts_period ts_period_previous(ts_period p)
{
    int y, m;
    int n = month_span(p, &y, &m);
    if (n)
        return ts_period_months(y, m - n, n);
    int32_t len = p.last - p.first + 1;
    ts_period q = {p.first - len, p.first - 1};
    return q;
}
