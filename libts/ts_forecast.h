/* Forecasting on plain arrays of equally spaced observations: benchmark
 * methods, trend regressions, exponential smoothing, Theta, seasonal
 * adjustment, rolling-origin backtests and the year-end estimate from a
 * year-to-date figure.  Nothing here knows about facts or periods; the
 * tool ts-forecast maps series of facts onto these arrays. */
#ifndef TS_FORECAST_H
#define TS_FORECAST_H

#include <stddef.h>
#include "ts_error.h"
#include "ts_period.h"
#include "ts_series.h"

/* The concrete methods, in order of simplicity (ties in a backtest go to
 * the simpler one), then AUTO and BEST. */
typedef enum {
    TS_FC_NAIVE,     /* last value carried forward (random walk) */
    TS_FC_DRIFT,     /* random walk with drift (first-to-last slope) */
    TS_FC_LINEAR,    /* least-squares line in time */
    TS_FC_LOGLINEAR, /* least-squares line on logs: constant growth */
    TS_FC_SES,       /* ETS(A,N,N): simple exponential smoothing */
    TS_FC_HOLT,      /* ETS(A,A,N): Holt's linear trend */
    TS_FC_DAMPED,    /* ETS(A,Ad,N): Holt with damped trend */
    TS_FC_THETA,     /* Theta method: SES with drift of half the trend slope */
    TS_FC_AUTO,      /* ses, holt and damped combined with Akaike weights */
    TS_FC_BEST       /* per series, whichever of the above has the lowest
                        backtest MASE (ts_fc_backtest_all) */
} ts_fc_method;

#define TS_FC_N_METHODS 8 /* concrete methods: TS_FC_NAIVE..TS_FC_THETA */

/* The method's name ("naive", "drift", ..., "auto"). */
const char *ts_fc_method_name(ts_fc_method m);
/* What a forecast or a backtest row used, for people: the method's name,
 * or for a combination (members != 0, bit i for concrete method i)
 * "comb(ses,holt,damped)" listing the members.  Writes at most size bytes
 * (truncating, always terminated when size > 0). */
void ts_fc_method_label(ts_fc_method m, unsigned members, char *buf, size_t size);
/* Parses a method name; TS_EINVAL "unknown method 'x' (known: ...)" on
 * failure, *out unchanged. */
int ts_fc_method_parse(const char *name, ts_fc_method *out, ts_error *err);
/* Fewest observations the method needs (after seasonal adjustment, which
 * needs three full years of its own). */
size_t ts_fc_method_min_points(ts_fc_method m);

typedef enum {
    TS_FC_SEASONAL_AUTO, /* adjust when the seasonality test says so */
    TS_FC_SEASONAL_YES,  /* always adjust (period 4 or 12 only) */
    TS_FC_SEASONAL_NO    /* never adjust */
} ts_fc_seasonal;

#define TS_FC_MAX_LEVELS 4

typedef struct {
    ts_fc_method method;
    ts_fc_seasonal seasonal;
    int period;              /* observations per year: 1, 2, 4 or 12 */
    size_t horizon;          /* steps ahead to forecast, >= 1 */
    size_t n_levels;         /* interval levels, 0..TS_FC_MAX_LEVELS */
    double levels[TS_FC_MAX_LEVELS]; /* coverage in percent, in (0, 100) */
    double alpha, beta, phi; /* fixed smoothing parameters; NAN = estimate */
    size_t backtest_origins; /* origins of a backtest, >= 1 */
} ts_fc_options;

/* Defaults: auto, seasonal auto, period 1, horizon 1, levels 80 and 95,
 * parameters estimated, 3 backtest origins. */
void ts_fc_options_init(ts_fc_options *o);

/* A forecast.  Arrays have `horizon` entries; lo[i]/hi[i] belong to
 * levels[i].  Interval ends are NAN when the method cannot give one. */
typedef struct {
    ts_fc_method method;     /* the method used: AUTO when a combination was
                                formed, else the concrete method (AUTO falls
                                back to naive below 4 observations) */
    unsigned members;        /* AUTO: bit i set for each concrete method i
                                in the combination; 0 otherwise */
    double weight[TS_FC_N_METHODS]; /* AUTO: each member's Akaike weight
                                (they sum to 1), 0 for the others */
    int seasonal;            /* 1 when the series was seasonally adjusted */
    double alpha, beta, phi; /* smoothing parameters used; NAN if none
                                (and for a combination) */
    double sigma;            /* residual standard deviation (adjusted
                                scale); NAN for a combination */
    size_t horizon, n_levels;
    double levels[TS_FC_MAX_LEVELS];
    double *mean;
    double *lo[TS_FC_MAX_LEVELS];
    double *hi[TS_FC_MAX_LEVELS];
} ts_fc_result;

/* Allocates a result for `horizon` steps (>= 1); NULL with TS_ENOMEM. */
ts_fc_result *ts_fc_result_new(size_t horizon, ts_error *err);
void ts_fc_result_free(ts_fc_result *r);

/* Forecasts y[0..n) (oldest first, no missing values) o->horizon steps
 * ahead into res (allocated for at least that horizon).  Fails with
 * TS_EINVAL and a message when n is below the method's minimum ("holt
 * needs at least 6 observations, the series has 4"), when loglinear meets
 * a non-positive value, or when the options are inconsistent; TS_ERANGE
 * when fitting fails numerically.  Thread-safe; res is unspecified on
 * failure. */
int ts_forecast_run(const double *y, size_t n, const ts_fc_options *o,
                    ts_fc_result *res, ts_error *err);

/* ---- accuracy and backtests ---- */

/* Symmetric MAPE in percent, 200/h * sum |a-f| / (|a|+|f|) (terms with
 * a = f = 0 count as 0), as in the M4 competition. */
double ts_fc_smape(const double *actual, const double *fcst, size_t h);
/* Mean absolute scaled error: MAE over the in-sample mean absolute
 * difference at lag m of train[0..n) (m = 1 when n <= m).  NAN when the
 * scale is zero or undefined. */
double ts_fc_mase(const double *actual, const double *fcst, size_t h,
                  const double *train, size_t n, int m);

typedef struct {
    ts_fc_method method;     /* AUTO for auto's combination */
    unsigned members;        /* AUTO: the methods combined at any origin */
    double mae, smape, mase; /* means over the backtest origins */
    size_t origins;          /* origins scored */
    size_t steps;            /* forecast steps per origin */
} ts_fc_accuracy;

/* Rolling-origin backtest of method m over the last o->backtest_origins
 * origins: each origin refits on the data before it and forecasts
 * min(horizon, what the data allow) steps; for AUTO the combination is
 * formed afresh at each origin.  TS_EINVAL when the series is too short
 * for even one origin. */
int ts_fc_backtest(const double *y, size_t n, const ts_fc_options *o,
                   ts_fc_method m, ts_fc_accuracy *acc, ts_error *err);

/* Backtests every concrete method that fits the series (loglinear only
 * for positive series), then AUTO's combination, all on one schedule, into
 * acc[0..*n_acc) (room for TS_FC_N_METHODS + 1; AUTO last).  A method
 * that fails numerically on some origin is left out.  TS_EINVAL when no
 * method can be backtested. */
int ts_fc_backtest_all(const double *y, size_t n, const ts_fc_options *o,
                       ts_fc_accuracy *acc, size_t *n_acc, ts_error *err);
/* The row of acc[0..n) with the lowest MASE (rows without one skipped; the
 * first of equals, i.e. the simpler method); n when none has a MASE. */
size_t ts_fc_backtest_best(const ts_fc_accuracy *acc, size_t n);

/* ---- seasonality ---- */

/* The M4 benchmarks' seasonality test: |r_m| above its 90% limit
 * 1.645 sqrt((1 + 2 sum_{k<m} r_k^2) / n); false when n < 3m or m < 2. */
int ts_fc_seasonality_test(const double *y, size_t n, int m);

/* Classical multiplicative decomposition (centred moving average of order
 * m, 2xm for even m): writes the m seasonal indices, normalised to mean 1,
 * for positions 0..m-1 of the cycle (y[0] is position 0).  TS_EINVAL when
 * n < 2m or a value is not positive. */
int ts_fc_decompose(const double *y, size_t n, int m, double *index,
                    ts_error *err);

/* ---- the year-end estimate ---- */

typedef struct {
    double estimate;        /* full-year estimate */
    double lo[TS_FC_MAX_LEVELS], hi[TS_FC_MAX_LEVELS]; /* NAN if unknown */
    size_t n_history;       /* past years used */
    double share_mean;      /* typical share of the year-to-date part */
    double share_sd;        /* its standard deviation, NAN below 2 years */
    int pro_rata;           /* 1 when no history: ytd / fraction */
    double pct_plan;        /* 100 * estimate / plan; NAN without plan */
    double p_plan;          /* P(full year >= plan); NAN when unknown */
} ts_yearend;

/* Full-year estimate from a year-to-date value `ytd` covering `fraction`
 * of the year (0 < fraction < 1), given n_past earlier years' same-span
 * values past_ytd[] and full-year values past_full[] (both positive, or
 * the year is skipped).  estimate = ytd / mean share; with two or more
 * years the intervals at levels[0..n_levels) and p_plan come from a
 * t-based prediction interval of the share; with none, pro rata.  plan
 * may be NAN.  TS_EINVAL for a bad fraction or a non-finite ytd. */
int ts_yearend_estimate(double ytd, double fraction, const double *past_ytd,
                        const double *past_full, size_t n_past, double plan,
                        size_t n_levels, const double *levels,
                        ts_yearend *out, ts_error *err);

/* ---- series of facts onto arrays ---- */

/* The spacing of the sorted periods p[0..n): every period spans the same
 * whole number of months L and each starts where the previous one ended
 * (L = 1, 3, 6, 12: *per_year = 12 / L), or each is the previous one a
 * year later (same-span year-to-date figures: *per_year = 1).  *step_months
 * is what separates consecutive periods (1, 3, 6 or 12).  TS_EINVAL for
 * periods that are not whole months, lengths that differ ("mixed
 * frequencies in one series: 2023 and 2024-Q1") or a gap ("not evenly
 * spaced: 2020 is followed by 2022"); outputs unchanged on failure. */
int ts_fc_frequency(const ts_period *p, size_t n, int *per_year,
                    int *step_months, ts_error *err);

/* The year-end estimate for a level series whose last observation is a
 * year-to-date figure (1 January to a day before 31 December, e.g.
 * 2024-01/P10M or 2024-01-01/2024-10-20): history is every earlier year of
 * the series holding both the same span and the full year.  plan may be
 * NAN.  *year gets the year being estimated.  TS_EINVAL when the last
 * observation is not year-to-date (message names the period). */
int ts_yearend_series(const ts_series *s, double plan, size_t n_levels,
                      const double *levels, ts_period *year, ts_yearend *out,
                      ts_error *err);

#endif
