/* Private to the year-end files of libts (prefix tsf_ye_): a series'
 * years as cumulative profiles (how much of the year's total each part of
 * the year had reached), from year-to-date figures, months and quarters,
 * and the shares and annual paths the estimate draws on. */
#ifndef TS_FC_YEAREND_H
#define TS_FC_YEAREND_H

#include <stddef.h>
#include <stdint.h>
#include "ts_forecast.h"
#include "ts_series.h"

#define TSF_YE_MAX_POINTS 16 /* cumulative points a year keeps */

/* One calendar year of a flow series. */
typedef struct {
    int year;
    double full;     /* the year's total: reported, or the sum of its 12
                        months or 4 quarters; NAN when unknown */
    size_t np;       /* cumulative points, by end */
    struct {
        int32_t end;   /* last day, days since 1970-01-01 */
        int months;    /* whole months from January, 0 for a day span */
        double value;  /* total from 1 January to end */
        int reported;  /* a year-to-date figure of the series (else summed) */
    } pt[TSF_YE_MAX_POINTS];
} tsf_ye_year;

/* The years of s (level figures of a flow) into years[0..*n), oldest
 * first, at most max: every year with a full total or a cumulative
 * point.  A reported year-to-date figure wins over a sum ending the same
 * day; months and quarters count only when they run from January without
 * a gap. */
void tsf_ye_years(const ts_series *s, tsf_ye_year *years, size_t max, size_t *n);

/* Year y's share of its total reached by the point that ends as `span`
 * does (the same number of months from January, or the same number of
 * days for a day span): exact when y has such a point (*exact = 1),
 * else read off the straight lines between its points (0 on 1 January,
 * its points, 1 at the year's end; *exact = 0; needs at least one point
 * inside the year).  NAN when y's total is unknown or not positive, or
 * nothing to interpolate from. */
double tsf_ye_share(const tsf_ye_year *y, ts_period span, int *exact);

/* The annual path: a random walk with drift on the logs of the positive
 * full-year totals of years[0..n) (gaps allowed: a jump over k years is k
 * steps), projected to `year`.  *mean and *var get the log-scale
 * prediction (variance with the drift's own uncertainty), *df its degrees
 * of freedom, *used the years used.  Returns 0, or -1 with fewer than
 * three totals. */
int tsf_ye_annual(const tsf_ye_year *years, size_t n, int year, double *mean, double *var, double *df,
                  size_t *used);

/* The estimate ytd / mean share from the k shares[] this span reached in
 * other years (pro rata, ytd / fraction, when k = 0), with t intervals
 * for the share and P(plan reached) when k >= 2 (see
 * ts_yearend_estimate, which checks the arguments this trusts). */
void tsf_ye_from_shares(double ytd, double fraction, const double *shares, size_t k, double plan,
                        size_t n_levels, const double *levels, ts_yearend *out);

#endif
