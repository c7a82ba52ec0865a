/* Forecasting on plain arrays of equally spaced observations: benchmark
 * methods, trend regressions, the exponential smoothing state-space
 * family (ETS), Theta, their combination, seasonal adjustment,
 * rolling-origin backtests and the year-end estimate from a year-to-date
 * figure.  ts_forecast_run and the backtests know nothing about facts or
 * periods; ts_fc_frequency and the year-end calls map series of facts
 * onto these arrays. */
#ifndef TS_FORECAST_H
#define TS_FORECAST_H

#include <stddef.h>
#include "ts_catalog.h"
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
    TS_FC_ETS,       /* the ETS family: the form of lowest AICc, or the one
                        named in ts_fc_options.ets_model */
    TS_FC_AUTO,      /* comb, falling back to ses and naive on a
                        numerical failure (fc_auto.c) */
    TS_FC_COMB,      /* ets, damped and theta averaged; intervals from
                        the pool of their forecast distributions
                        (fc_comb.c) */
    TS_FC_BEST       /* per series, whichever of the above has the lowest
                        backtest MASE (ts_fc_backtest_all) */
} ts_fc_method;

#define TS_FC_N_METHODS 9 /* concrete methods: TS_FC_NAIVE..TS_FC_ETS */
#define TS_FC_BACKTEST_ROWS (TS_FC_N_METHODS + 2) /* concrete, auto, comb */

/* The method's name ("naive", "drift", ..., "auto"). */
const char *ts_fc_method_name(ts_fc_method m);
/* What a forecast or a backtest row used, for people: the method's name,
 * "ets:MAdN" for an ETS form (model, e.g. "MAdN", or "" when unknown), or
 * for a combination (members != 0, bit i for concrete method i)
 * "comb(ets:MAdN,damped,theta)" listing the members.  Writes at most size
 * bytes (truncating, always terminated when size > 0). */
void ts_fc_method_label(ts_fc_method m, unsigned members, const char *model, char *buf,
                        size_t size);
/* Parses a method name; TS_EINVAL "unknown method 'x' (known: ...)" on
 * failure, *out unchanged.  "ets:CODE" names are for
 * ts_fc_options_method. */
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
    char ets_model[8];       /* TS_FC_ETS: the form to fit ("AAdA"), or ""
                                to pick the form of lowest AICc */
    ts_fc_seasonal seasonal; /* for ets: no keeps seasonal forms out, yes
                                keeps only them; others: adjustment */
    int period;              /* observations per year: 1, 2, 4 or 12 */
    size_t horizon;          /* steps ahead to forecast, >= 1 */
    size_t n_levels;         /* interval levels, 0..TS_FC_MAX_LEVELS */
    double levels[TS_FC_MAX_LEVELS]; /* coverage in percent, in (0, 100) */
    double alpha, beta, gamma, phi; /* fixed smoothing parameters; NAN =
                                estimate (gamma: ETS seasons only) */
    size_t backtest_origins; /* origins of a backtest, >= 1 */
    unsigned long seed;      /* of the simulated paths (comb's intervals):
                                the same seed gives the same intervals */
    size_t paths;            /* simulated paths per combination, >= 100;
                                0: the members' normals pooled exactly */
} ts_fc_options;

/* Defaults: auto, seasonal auto, period 1, horizon 1, levels 80 and 95,
 * parameters estimated, 3 backtest origins, seed 1, no simulated paths
 * (comb pools its members' normals exactly). */
void ts_fc_options_init(ts_fc_options *o);
/* Sets o->method (and o->ets_model) from a method name: any name
 * ts_fc_method_parse knows, or "ets:CODE" with CODE an ETS form (error A
 * or M, trend N, A or Ad, season N, A or M: "ANN", "MAdM"; additive
 * errors with a multiplicative season are left out).  TS_EINVAL with a
 * message on failure, o unchanged. */
int ts_fc_options_method(ts_fc_options *o, const char *name, ts_error *err);

/* A forecast.  Arrays have `horizon` entries; lo[i]/hi[i] belong to
 * levels[i].  Interval ends are NAN when the method cannot give one. */
typedef struct {
    ts_fc_method method;     /* the method used: COMB when a combination
                                was formed (by comb or auto), otherwise the
                                concrete method (comb with one member is
                                that one) */
    unsigned members;        /* COMB: bit i set for each concrete method i
                                in the combination; 0 otherwise */
    double weight[TS_FC_N_METHODS]; /* COMB: each member's weight (they sum
                                to 1), 0 for the others */
    char model[8];           /* the ETS form fitted ("MAdN") by ets, auto
                                or comb's ets member; "" when none */
    int seasonal;            /* 1 when the series was seasonally adjusted
                                (for ets: a seasonal form was fitted; for
                                comb: its members model seasons) */
    int simulated;           /* 1 when the intervals come from simulated
                                paths (a combination) */
    double alpha, beta, gamma, phi; /* smoothing parameters used; NAN if
                                none (and for a combination) */
    double sigma;            /* residual standard deviation (adjusted
                                scale; relative for multiplicative ETS
                                errors); NAN for a combination */
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
    ts_fc_method method;     /* the method backtested (AUTO, COMB too) */
    unsigned members;        /* COMB: the methods combined at any origin */
    double mae, smape, mase; /* means over the backtest origins */
    size_t origins;          /* origins scored */
    size_t steps;            /* forecast steps per origin */
} ts_fc_accuracy;

/* Rolling-origin backtest of method m (any but BEST) over the last
 * o->backtest_origins origins: each origin refits on the data before it
 * and forecasts min(horizon, what the data allow) steps; for COMB the
 * combination is formed afresh at each origin.  TS_EINVAL when the series
 * is too short for even one origin. */
int ts_fc_backtest(const double *y, size_t n, const ts_fc_options *o,
                   ts_fc_method m, ts_fc_accuracy *acc, ts_error *err);

/* Backtests every concrete method that fits the series (loglinear only
 * for positive series), then AUTO and COMB, all on one schedule, into
 * acc[0..*n_acc) (room for TS_FC_BACKTEST_ROWS; AUTO and COMB last).  A
 * method that fails numerically on some origin is left out.  TS_EINVAL
 * when no method can be backtested. */
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

/* ---- the year-end estimate from a series' history (fc_yearend_run.c) ---- */

/* Where the share of the year a year-to-date figure stands for comes
 * from, best first. */
typedef enum {
    TS_YE_SHARE,    /* the series' earlier years with the same span */
    TS_YE_PROFILE,  /* the series' earlier years, read off between their
                       other spans (cumulative profile) */
    TS_YE_AREAS,    /* the same indicator's profile in other areas */
    TS_YE_PRO_RATA  /* the part of the year elapsed */
} ts_ye_method;

/* The method's name: "share", "profile", "areas", "pro-rata", with
 * "+annual" when the path of the yearly totals joined. */
const char *ts_ye_method_name(ts_ye_method m, int annual);

/* One estimated year.  Views are valid during the callback only. */
typedef struct {
    ts_series series;     /* the level series estimated */
    ts_period year;       /* the year estimated */
    ts_period span;       /* the year-to-date span it starts from */
    double ytd;           /* the figure for that span */
    int summed;           /* 1 when ytd sums the year's months or quarters */
    ts_ye_method method;  /* where the share came from */
    int annual;           /* 1 when three or more earlier yearly totals of
                             the series were combined in (their path, a
                             random walk with drift on the logs) */
    size_t n_years;       /* earlier yearly totals of the series */
    ts_yearend est;       /* estimate, intervals (NAN ends when none),
                             share, n_history (years or area-years of the
                             share), pct_plan and p_plan */
    double plan;          /* the year's plan, NAN when none */
    const char *plan_by;  /* its issuer ("" when unknown or no plan) */
    int count;            /* the unit counts whole things (ts_unit_is_count) */
    char note[256];       /* why this method when a better one could not be
                             used ("no earlier year has ..."); "" if none */
} ts_yearend_row;

/* Called once per estimated year; a non-zero return stops the run with
 * that code. */
typedef int (*ts_yearend_fn)(void *ctx, const ts_yearend_row *row, ts_error *err);

typedef struct {
    size_t n_levels;
    double levels[TS_FC_MAX_LEVELS]; /* in (0, 100) */
    const ts_catalog *catalog;       /* indicator kinds: stocks and rates are
                                        left out; NULL estimates every one */
} ts_yearend_options;

typedef struct {
    size_t estimated;  /* rows emitted */
    size_t not_flows;  /* level series left out as stocks or rates */
    size_t complete;   /* series whose latest year is already whole */
} ts_yearend_stats;

/* The full-year estimate of every level series of a flow in `targets`
 * whose latest year is not complete: its year-to-date figure (the latest
 * reported one, or the year's months or quarters summed from January,
 * whichever ends later) over the share of the year that span held, the
 * share learnt from `history` (the same series' earlier years, else its
 * profile between other spans, else other areas of the same indicator,
 * else pro rata), combined with the path of the series' yearly totals when
 * it has three or more (precision-weighted on the log scale; a share not
 * measured in two or more years is trusted no more than the path).  The
 * year's plan is the plan series of the same indicator, area, unit and
 * price in either set.  history may be NULL (targets is used) and may
 * hold the targets' own facts.  Of several plans (issuers), the area's
 * own council's is taken (district, then province), then one of unknown
 * issuer, the central estimate last.  Lower interval ends stop at the
 * year-to-date figure, which a flow's year cannot end below.  emit is called in
 * the targets' order; st (may be NULL) gets the counts.  TS_EINVAL for
 * bad levels, TS_ENOMEM, or emit's code. */
int ts_yearend_run(const ts_series_set *targets, const ts_series_set *history,
                   const ts_yearend_options *o, ts_yearend_fn emit, void *ctx,
                   ts_yearend_stats *st, ts_error *err);

#endif
