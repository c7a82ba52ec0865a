/* What a flow series says about its years, for the year-end estimate:
 * each year's total and how much of it had come in by the end of each
 * part of the year (reported year-to-date figures, and months or
 * quarters summed from January), the share of the total a span reached
 * in a given year, and the path of the yearly totals. */
#include <math.h>
#include <string.h>
#include "forecast/yearend.h"

/* Adds a cumulative point, keeping them sorted by end; a reported figure
 * replaces a sum that ends the same day, never the other way round. */
static void add_point(tsf_ye_year *y, int32_t end, int months, double value, int reported)
{
    for (size_t i = 0; i < y->np; i++)
        if (y->pt[i].end == end) {
            if (reported && !y->pt[i].reported) {
                y->pt[i].value = value;
                y->pt[i].reported = 1;
            }
            return;
        }
    if (y->np == TSF_YE_MAX_POINTS)
        return;
    size_t i = y->np++;
    while (i > 0 && y->pt[i - 1].end > end) {
        y->pt[i] = y->pt[i - 1];
        i--;
    }
    y->pt[i].end = end;
    y->pt[i].months = months;
    y->pt[i].value = value;
    y->pt[i].reported = reported;
}

/* The figures of one calendar year, gathered before they are summed. */
typedef struct {
    double month[12], quarter[4], half[2];
    int has_month[12], has_quarter[4], has_half[2];
} parts;

/* Sums parts (months, quarters) running from January into points, and
 * into the total when they cover the year. */
static void sum_parts(tsf_ye_year *y, const double *v, const int *has, int count, int months_each)
{
    double cum = 0;
    for (int k = 0; k < count && has[k]; k++) {
        cum += v[k];
        int months = (k + 1) * months_each;
        if (k + 1 == count) {
            if (isnan(y->full))
                y->full = cum;
        } else {
            add_point(y, ts_period_months(y->year, 1, months).last, months, cum, 0);
        }
    }
}

static void close_year(tsf_ye_year *y, const parts *p)
{
    sum_parts(y, p->month, p->has_month, 12, 1);
    sum_parts(y, p->quarter, p->has_quarter, 4, 3);
    if (p->has_half[0] && p->has_half[1] && isnan(y->full))
        y->full = p->half[0] + p->half[1];
}

/* Files one observation of year y (its period inside that year). */
static void take(tsf_ye_year *y, parts *p, ts_period per, double v)
{
    int months = ts_period_is_whole_months(per) ? ts_period_months_count(per) : 0;
    int yy, m, d;
    ts_civil_from_days(per.first, &yy, &m, &d);
    if (months == 12) {
        y->full = v; /* a reported total wins over any sum */
        return;
    }
    if (months == 1) {
        p->month[m - 1] = v;
        p->has_month[m - 1] = 1;
    } else if (months == 3 && (m - 1) % 3 == 0) {
        p->quarter[(m - 1) / 3] = v;
        p->has_quarter[(m - 1) / 3] = 1;
    } else if (months == 6 && (m == 1 || m == 7)) {
        p->half[m / 7] = v;
        p->has_half[m / 7] = 1;
    }
    /* From 1 January to a day before the year's end: a point as reported
     * (a January month, a first quarter and a first half are ones too). */
    if (ts_period_is_ytd(per))
        add_point(y, per.last, months, v, 1);
}

void tsf_ye_years(const ts_series *s, tsf_ye_year *years, size_t max, size_t *n)
{
    size_t k = 0;
    int full_up = 0;
    parts p;
    for (size_t i = 0; i < s->n && !full_up; i++) {
        ts_period per = s->period[i];
        int y1, y2, m, d;
        ts_civil_from_days(per.first, &y1, &m, &d);
        ts_civil_from_days(per.last, &y2, &m, &d);
        if (y1 != y2 || !isfinite(s->value[i]))
            continue; /* a span over several years says nothing of one */
        if (k == 0 || years[k - 1].year != y1) {
            if (k > 0)
                close_year(&years[k - 1], &p);
            if (k == max) {
                full_up = 1; /* the last year kept is closed already */
                break;
            }
            memset(&years[k], 0, sizeof years[k]);
            years[k].year = y1;
            years[k].full = NAN;
            memset(&p, 0, sizeof p);
            k++;
        }
        take(&years[k - 1], &p, per, s->value[i]);
    }
    if (k > 0 && !full_up)
        close_year(&years[k - 1], &p);
    /* Years with neither a total nor a point carry nothing. */
    size_t out = 0;
    for (size_t i = 0; i < k; i++)
        if (!isnan(years[i].full) || years[i].np > 0)
            years[out++] = years[i];
    *n = out;
}

double tsf_ye_share(const tsf_ye_year *y, ts_period span, int *exact)
{
    *exact = 0;
    if (!(y->full > 0))
        return NAN;
    int months = ts_period_is_whole_months(span) ? ts_period_months_count(span) : 0;
    int32_t days = span.last - span.first + 1;
    int32_t jan1 = ts_period_year(y->year).first, len = ts_period_year(y->year).last - jan1 + 1;
    for (size_t i = 0; i < y->np; i++) {
        int same = months ? y->pt[i].months == months
                          : y->pt[i].months == 0 && y->pt[i].end - jan1 + 1 == days;
        if (same) {
            *exact = 1;
            return y->pt[i].value / y->full;
        }
    }
    if (y->np == 0)
        return NAN;
    /* Where the span ends in year y, in days from 1 January. */
    double at = months ? (double)(ts_period_months(y->year, 1, months).last - jan1 + 1) : (double)days;
    double x0 = 0, c0 = 0;
    for (size_t i = 0; i <= y->np; i++) {
        double x1 = i < y->np ? (double)(y->pt[i].end - jan1 + 1) : (double)len;
        double c1 = i < y->np ? y->pt[i].value / y->full : 1;
        if (at <= x1)
            return x1 > x0 ? c0 + (c1 - c0) * (at - x0) / (x1 - x0) : c1;
        x0 = x1;
        c0 = c1;
    }
    return NAN;
}

int tsf_ye_annual(const tsf_ye_year *years, size_t n, int year, double *mean, double *var, double *df,
                  size_t *used)
{
    int yr[64];
    double lv[64];
    size_t m = 0;
    for (size_t i = 0; i < n && m < 64; i++)
        if (years[i].year < year && years[i].full > 0 && isfinite(years[i].full)) {
            yr[m] = years[i].year;
            lv[m++] = log(years[i].full);
        }
    *used = m;
    if (m < 3)
        return -1;
    /* Drift: the mean step per year; a jump over k years is k steps of it,
     * with k times a step's variance. */
    double span = (double)(yr[m - 1] - yr[0]), g = (lv[m - 1] - lv[0]) / span, ss = 0;
    for (size_t i = 1; i < m; i++) {
        double k = (double)(yr[i] - yr[i - 1]), r = lv[i] - lv[i - 1] - k * g;
        ss += r * r / k;
    }
    double s2 = ss / (double)(m - 2), h = (double)(year - yr[m - 1]);
    *mean = lv[m - 1] + h * g;
    *var = s2 * (h + h * h / span);
    *df = (double)(m - 2);
    return 0;
}
