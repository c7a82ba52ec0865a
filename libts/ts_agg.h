/* Statistics on series (ts_series.h) for ts-agg and friends: growth rates
 * (growth.c), moving windows (rolling.c), frequency conversion
 * (resample.c), year-to-date cumulation (cumulate.c), totals (sum.c),
 * consistency checks (check.c) and trend tables (table.c).  Numerics go
 * through GSL.  Every operation appends derived observations to a ts_points
 * buffer the caller reuses from series to series. */
#ifndef TS_AGG_H
#define TS_AGG_H

#include <stddef.h>
#include <stdio.h>
#include "ts_catalog.h"
#include "ts_gazetteer.h"
#include "ts_error.h"
#include "ts_period.h"
#include "ts_series.h"

/* The source of every derived fact. */
#define TS_SOURCE_DERIVED "derived"

/* ---- derived observations ---- */

/* Why a derived observation has no value (the caller warns and skips it). */
typedef enum {
    TS_NOTE_NONE = 0,      /* value is valid */
    TS_NOTE_BASE_ZERO,     /* growth against a base of 0 */
    TS_NOTE_BASE_NEGATIVE  /* growth against a negative base */
} ts_note;

typedef struct {
    ts_period period;
    double value;     /* NAN when note != TS_NOTE_NONE */
    char status;      /* 'E' when any input was 'E', else 'A' */
    ts_note note;
    ts_period base;   /* the base period of a growth rate (else = period) */
    size_t count;     /* inputs combined (sum, resample, rolling) */
} ts_point;

typedef struct {
    ts_point *p;
    size_t n, cap;
} ts_points;

/* Clears b to an empty buffer (no allocation yet). */
void ts_points_init(ts_points *b);
/* Frees b's storage and clears it. */
void ts_points_reset(ts_points *b);
/* Appends pt; TS_ENOMEM (b unchanged) when out of memory. */
int ts_points_push(ts_points *b, const ts_point *pt, ts_error *err);

/* ---- growth.c ---- */

/* 100 * (value / base - 1): the percent change the reports print. */
double ts_growth_pct(double value, double base);

/* Year-on-year growth, for every period form: for each observation whose
 * period shifted back one year (ts_period_shift_years(p, -1)) is also in s,
 * appends the percent change (2024-01/P10M against 2023-01/P10M, 2024-02
 * against 2023-02).  A missing base gives nothing; a base <= 0 gives a point
 * with note TS_NOTE_BASE_ZERO or TS_NOTE_BASE_NEGATIVE.  TS_ENOMEM only. */
int ts_growth_yoy(const ts_series *s, ts_points *out, ts_error *err);

/* Period-on-period growth against ts_period_previous(p) (the period of the
 * same length just before), with the same rules as ts_growth_yoy. */
int ts_growth_pop(const ts_series *s, ts_points *out, ts_error *err);

/* Compound average annual growth from the level at `from` to the level at
 * `to` (both must be in s, else nothing is appended):
 * 100 * ((v_to / v_from)^(1 / years) - 1), years = months between the two
 * periods' starts / 12.  The point's period runs from the day after `from`
 * ends to the end of `to` (from 2015 to 2020 gives 2016/2020, as the
 * reports write "bình quân giai đoạn 2016-2020").  TS_EINVAL when `to` does
 * not start after `from` or the two are not whole-month periods of the same
 * length. */
int ts_growth_cagr(const ts_series *s, ts_period from, ts_period to, ts_points *out,
                   ts_error *err);

/* Average annual growth over every span of `years` (>= 1) calendar years
 * the series allows: for each year level y whose level y - years exists,
 * the CAGR for (y - years + 1)/y.  TS_EINVAL when years < 1. */
int ts_growth_avg_annual(const ts_series *s, int years, ts_points *out, ts_error *err);

/* ---- rolling.c ---- */

typedef enum { TS_STAT_MEAN, TS_STAT_MEDIAN, TS_STAT_SUM, TS_STAT_MIN, TS_STAT_MAX } ts_stat;

/* "mean", "median", "sum", "min", "max" <-> ts_stat; parse returns TS_OK or
 * TS_EINVAL (*out unchanged). */
int ts_stat_parse(const char *text, ts_stat *out);
const char *ts_stat_name(ts_stat s);

typedef struct ts_roller ts_roller; /* opaque: GSL workspaces, reused */

/* A moving window of `window` (>= 1) periods: trailing (the period and the
 * window - 1 before it) or, with center, window / 2 before and the rest
 * after (pandas' center=True).  A window is counted in calendar periods of
 * the series' own frequency, so a missing month is a hole in every window
 * that covers it; a result is given only where at least min_periods
 * (1..window) periods of the window are present.  TS_EINVAL for bad
 * arguments, TS_ENOMEM. */
ts_roller *ts_roller_new(size_t window, int center, size_t min_periods, ts_stat stat,
                         ts_error *err);
/* Appends the statistic at each observed period of s.  Observations are
 * grouped by frequency (months, quarters, years, the same year-to-date
 * span in successive years, ...); periods that are not whole months are
 * skipped.  TS_ENOMEM, or TS_EINVAL when GSL fails. */
int ts_roller_apply(ts_roller *r, const ts_series *s, ts_points *out, ts_error *err);
void ts_roller_free(ts_roller *r);

/* ---- resample.c ---- */

typedef enum { TS_FREQ_QUARTER, TS_FREQ_YEAR, TS_FREQ_5Y } ts_freq;
typedef enum { TS_HOW_SUM, TS_HOW_LAST, TS_HOW_MEAN, TS_HOW_FIRST, TS_HOW_MIN, TS_HOW_MAX } ts_how;

/* "quarter", "year", "5y" / "sum", "last", "mean", "first", "min", "max";
 * TS_OK or TS_EINVAL (*out unchanged). */
int ts_freq_parse(const char *text, ts_freq *out);
int ts_how_parse(const char *text, ts_how *out);
const char *ts_how_name(ts_how h);
/* The default aggregation for an indicator: flows are summed, stocks take
 * the last value, rates (and any unit "pct") are averaged. */
ts_how ts_how_default(ts_kind kind, const char *unit);

/* Converts s to frequency `to`: months to quarters or years, quarters to
 * years, years to five-year plan spans (2011/2015, 2016/2020, 2021/2025:
 * the first year is 1 mod 5).  The parts are the observations of the
 * finest of those shapes present that is shorter than the target; other
 * periods are ignored.  A span is emitted when all its parts are there, or
 * with `partial` when at least one is (count tells how many).  TS_ENOMEM. */
int ts_resample(const ts_series *s, ts_freq to, ts_how how, int partial, ts_points *out,
                ts_error *err);

/* ---- cumulate.c ---- */

/* Year-to-date figures (periods from January: 2024-01, 2024-01/P2M, ...,
 * 2024-Q1, 2024-H1, 2024) to the months between them: P10M minus P9M is
 * 2024-10; P11M minus P9M is the two months 2024-10/P2M; January is itself.
 * TS_ENOMEM. */
int ts_decumulate(const ts_series *s, ts_points *out, ts_error *err);
/* Months to year-to-date sums (2024-01, 2024-01/P2M, ..., 2024), as long
 * as the months run without a gap from January.  TS_ENOMEM. */
int ts_cumulate(const ts_series *s, ts_points *out, ts_error *err);

/* ---- sum.c ---- */

typedef enum { TS_SUM_BY_INDICATOR, TS_SUM_BY_AREA } ts_sum_by;

typedef struct ts_summer ts_summer; /* opaque */

/* Totals across areas (by indicator: one total per indicator, measure,
 * price basis, plan issuer and period, area `label`) or across indicators
 * (by area: indicator `label`): values at different price bases or of
 * different issuers' plans are never added together.
 * label is copied.  NULL (err filled) when out of memory. */
ts_summer *ts_summer_new(ts_sum_by by, const char *label, ts_error *err);
/* Adds every observation of s (strings of s must outlive the summer, as
 * interned ones do).  TS_EUNIT when s's unit differs from the unit of
 * series already added to the same total: "cannot add ha (x/y/level) to
 * tonne (x/z/level)"; the summer is unchanged.  TS_ENOMEM. */
int ts_summer_add(ts_summer *m, const ts_series *s, ts_error *err);
/* Number of totals, and total i in order of (group, measure, price,
 * plan_by, period), its key's qualifiers those of its members:
 * a one-point series view valid until the next add or free. */
size_t ts_summer_count(const ts_summer *m);
void ts_summer_get(const ts_summer *m, size_t i, ts_series *key, ts_point *pt);
void ts_summer_free(ts_summer *m);

/* ---- crosswalk.c ---- */

typedef struct ts_crosswalk ts_crosswalk; /* opaque */

/* Totals of areas into the areas that cover them on `day` (for the 2025
 * reorganisation, 2025-07-01): each fact's area (the gazetteer's area of
 * that slug at the fact's period) is mapped to its successor then, and
 * the facts of one successor, indicator, measure, unit, qualifiers and
 * period are added.  g and cat are borrowed.  NULL when out of memory. */
ts_crosswalk *ts_crosswalk_new(const ts_gazetteer *g, const ts_catalog *cat, int32_t day,
                               ts_error *err);
/* Adds every observation of s (strings of s must outlive the crosswalk).
 * TS_EINVAL with *why set (a sentence, static) when s cannot be added: a
 * measure other than level or plan, a rate or share, an indicator the
 * catalogue lacks, an area the gazetteer does not know or that was
 * abolished; the crosswalk is then unchanged for the observations after
 * the first refused one.  TS_ENOMEM. */
int ts_crosswalk_add(ts_crosswalk *x, const ts_series *s, const char **why, ts_error *err);
/* Keeps the totals to which every area that made up the successor at
 * that period gave a value (or the successor its own figure, which then
 * stands alone), sorted by indicator, area, keys and period.  TS_ENOMEM. */
int ts_crosswalk_finish(ts_crosswalk *x, ts_error *err);
/* After finish: the totals kept, total i as a one-point series view (its
 * point's count is the number of areas added), and the totals left out. */
size_t ts_crosswalk_count(const ts_crosswalk *x);
void ts_crosswalk_get(const ts_crosswalk *x, size_t i, ts_series *key, ts_point *pt);
size_t ts_crosswalk_incomplete(const ts_crosswalk *x);
void ts_crosswalk_free(ts_crosswalk *x);

/* ---- check.c ---- */

/* A fact a recomputation used (its strings belong to the checker). */
typedef struct {
    const char *measure;         /* "level" or "plan" */
    ts_period period;
    double value;
    const char *source, *price, *plan_by; /* qualifiers "" when blank */
} ts_check_input;

/* One recomputed figure. */
typedef struct {
    const char *indicator, *area, *measure; /* the reported fact's */
    ts_period period;
    double reported, recomputed, diff;      /* diff = reported - recomputed (pp) */
    const char *reported_source;
    /* the inputs as text: "level 2023 = 4200 (004.txt) / plan 2023 = 4500
       [by province] (004.txt)" (qualifiers in brackets when not blank) */
    char inputs[512];
    char sources[256]; /* their distinct sources joined by "+" */
    const char *price, *plan_by; /* the reported fact's qualifiers, "" when blank */
    ts_check_input input[2];     /* the level (the later one for growth), then
                                    the plan or the base level */
} ts_check_row;

typedef struct ts_checker ts_checker; /* opaque */

/* A checker holding facts in any order; NULL when out of memory. */
ts_checker *ts_checker_new(ts_error *err);
/* With any nonzero, a share may be measured against a plan of another
 * document (its own document's still preferred); by default only its own
 * document's plans are used. */
void ts_checker_allow_any_plan(ts_checker *c, int any);
/* Adds a copy of f (strings interned, qualifiers included).  TS_ENOMEM. */
int ts_checker_add(ts_checker *c, const ts_fact *f, ts_error *err);
/* Recomputes every reported yoy_pct (from the levels at p and one year
 * before), pct_plan (level at p over the plan for p or, failing that, for
 * the year that holds p) and avg_annual_pct over a/b (levels at a - 1 and
 * b) for which the inputs exist.  Inputs compare like with like: levels at
 * the reported fact's price basis (blank with blank), plans of its issuer
 * (blank with blank) in the level's unit and at the level's price basis or
 * none, from the reported fact's document unless allowed otherwise; levels
 * from its own document when it has them, else the last read.  Fills rows
 * (a new array the caller frees with free(), valid while the checker
 * lives) with all of them in input order; *n_checked gets their number.
 * TS_ENOMEM. */
int ts_checker_run(ts_checker *c, ts_check_row **rows, size_t *n_checked, ts_error *err);
/* Reported facts of the three measures that could not be recomputed. */
size_t ts_checker_unchecked(const ts_checker *c);
/* Writes rows[0..n) as TSV with a header (indicator area measure period
 * reported recomputed difference verdict reported_source inputs
 * input_sources price plan_by): those differing by more than tolerance percentage
 * points ("differs"), and with all the others too ("ok").  *bad gets the
 * number that differ.  TS_EIO on a write error. */
int ts_check_write(const ts_check_row *rows, size_t n, double tolerance, int all, FILE *fp,
                   size_t *bad, ts_error *err);
void ts_checker_free(ts_checker *c);

/* ---- table.c, table_write.c, table_xlsx.c ---- */

typedef enum {
    TS_TABLE_TSV, TS_TABLE_CSV, TS_TABLE_MD, TS_TABLE_LATEX, TS_TABLE_HTML, TS_TABLE_XLSX
} ts_table_format;
typedef enum { TS_TABLE_GROWTH_NONE, TS_TABLE_GROWTH_CAGR, TS_TABLE_GROWTH_CHANGE } ts_table_growth;
typedef enum { TS_TABLE_BY_SERIES, TS_TABLE_BY_AREA } ts_table_by;

/* "tsv", "csv", "md", "latex", "html", "xlsx" / "none", "cagr", "change" /
 * "series", "area"; TS_OK or TS_EINVAL. */
int ts_table_format_parse(const char *text, ts_table_format *out);
int ts_table_growth_parse(const char *text, ts_table_growth *out);
int ts_table_by_parse(const char *text, ts_table_by *out);

/* Formats v with `decimals` (0..15) digits after the mark; vi uses ','
 * for the mark and '.' to group thousands ("1.304,37"), else '.' and no
 * grouping.  Returns the length written (truncated to n - 1). */
size_t ts_number_format(double v, int decimals, int vi, char *buf, size_t n);

/* For --notes: the report date of document `source` (days since
 * 1970-01-01) into *day; 1 when known, 0 when not. */
typedef int (*ts_table_date_fn)(void *ctx, const char *source, int32_t *day);

typedef struct {
    ts_table_format format;
    int decimals;           /* digits after the decimal mark */
    int vi;                 /* Vietnamese number separators */
    ts_table_growth growth; /* extra column after the periods */
    /* Fields below are zero for the defaults. */
    ts_table_by by;         /* one row per series, or the cross-area table:
                               one row per area, the keys all rows share
                               in the caption */
    struct ts_labels *labels; /* headings and keys in words (ts_labels.h);
                                 NULL: ids */
    int notes;              /* number each cell's source and list them (the
                               report and its date) under the table */
    int bom;                /* CSV: start with a UTF-8 byte order mark */
    ts_table_date_fn source_date; /* report dates for notes (may be NULL) */
    void *source_ctx;
    int mixed_prices;       /* allow areas at different price bases side by side */
} ts_table_opts;

typedef struct ts_table ts_table; /* opaque */

/* A table whose columns are the given periods (copied), in that order;
 * n_cols 0 means: every period of the series added, sorted. */
ts_table *ts_table_new(const ts_period *cols, size_t n_cols, ts_error *err);
/* Adds s as a row (its key, values and sources copied).  TS_ENOMEM. */
int ts_table_add(ts_table *t, const ts_series *s, ts_error *err);
/* Writes the table to fp.  Key columns first: indicator, area, measure
 * and unit for a table by series; the area for one by area (with its
 * label: "Kon Tum"), then any other key in which its rows differ.  The
 * qualifiers price and plan_by get a column where the rows differ in them
 * (in TSV and CSV wherever one is set).  In Markdown, LaTeX, HTML and
 * xlsx the keys every row shares become the caption ("State budget
 * revenue, Value (billion VND)").  Then one column per period and the
 * growth column: "cagr_pct" = average annual % from the first to the last
 * column with a value, or "change_pct" = last against first.  Empty cells
 * where a series has no value.  LaTeX uses booktabs (\toprule, \midrule,
 * \bottomrule) and escapes its special characters; HTML is a <table>
 * fragment; xlsx is a workbook (numbers as numbers, a second sheet of
 * sources).  Unless o->mixed_prices, TS_EUNIT with nothing written when
 * rows with a value in the columns, of one indicator, measure and unit,
 * are of different areas and different named price bases ("grdp level:
 * kon-tum at const2010 prices beside gia-lai at current prices"; a blank
 * basis is unknown, not different; one area at two bases is fine).
 * TS_EIO on a write error, TS_ENOMEM. */
int ts_table_write(ts_table *t, FILE *fp, const ts_table_opts *o, ts_error *err);
/* Periods from a to b inclusive stepping by a's shape ("2016:2020" is five
 * years, "2024-01:2024-06" six months): *cols is a new array (free()).
 * TS_EINVAL when a and b differ in shape or b is before a. */
int ts_table_periods(ts_period a, ts_period b, ts_period **cols, size_t *n, ts_error *err);
void ts_table_free(ts_table *t);

/* ---- operations by name, and chains of them (ops.c, chain.c) ---- */

/* What an operation takes. */
typedef enum {
    TS_AGG_SERIES, /* one series at a time, giving a series: runs in a chain */
    TS_AGG_ALL,    /* every series before any result (sum, table) */
    TS_AGG_FACTS   /* the facts themselves, every measure (check) */
} ts_agg_shape;

/* The parameters of the series operations; ts_agg_params_init sets the
 * defaults (the tool's option defaults). */
typedef struct {
    ts_period from, to;        /* cagr: the two levels' periods */
    int years;                 /* avg_annual: span in years (5) */
    size_t window;             /* rolling: N periods (no default: >= 1) */
    size_t min_periods;        /* rolling: 0 means the window */
    int center;                /* rolling: centred window */
    ts_stat stat;              /* rolling: TS_STAT_MEAN */
    ts_freq freq;              /* resample: the target frequency */
    ts_how how;                /* resample: with has_how, instead of the kind's */
    int has_how;
    int partial;               /* resample: spans with parts missing too */
    const ts_catalog *catalog; /* kinds for resample, cumulate, decumulate;
                                  NULL: the built-in catalogue (borrowed) */
} ts_agg_params;

typedef struct ts_agg_chain ts_agg_chain; /* opaque */

/* An operation as a front end sees it: its name, what it takes, how its
 * results are named and in which unit, and the function that runs it. */
typedef struct ts_agg_op {
    const char *name;    /* as typed: "yoy", "rolling", ... */
    ts_agg_shape shape;
    const char *measure; /* the results' measure for a level series; for a
                            series of measure M it is "M_" + this ("yoy_pct",
                            "plan_yoy_pct").  NULL keeps the series' measure */
    const char *unit;    /* the results' unit ("pct"); NULL keeps the series' */
    /* Names the measure from the parameters instead ("rolling3c_median");
     * NULL uses `measure`. */
    void (*measure_name)(const ts_agg_params *p, char *buf, size_t n);
    /* Runs the operation on one series (TS_AGG_SERIES only). */
    int (*apply)(ts_agg_chain *c, const ts_series *s, ts_points *out, ts_error *err);
} ts_agg_op;

void ts_agg_params_init(ts_agg_params *p);
/* The operation named name, or NULL. */
const ts_agg_op *ts_agg_op_find(const char *name);
/* The i-th operation, in the order of the docs; NULL past the last. */
const ts_agg_op *ts_agg_op_at(size_t i);

/* Called for each result without a value (a growth rate against a base of
 * zero or below): s is the series the operation ran on, pt the point and
 * measure the measure it would have had; the point is left out. */
typedef void (*ts_agg_note_fn)(void *ctx, const ts_series *s, const ts_point *pt,
                               const char *measure);

/* A chain of n >= 1 series operations, each run on the result of the one
 * before ("yoy then rolling 3"), with its parameters (copied; the catalogue
 * is borrowed).  TS_EINVAL for an empty chain, an operation that is not
 * TS_AGG_SERIES, or parameters an operation refuses (a rolling window of
 * 0); TS_ENOMEM; NULL (err filled) on failure. */
ts_agg_chain *ts_agg_chain_new(const ts_agg_op *const *ops, size_t n, const ts_agg_params *p,
                               ts_error *err);
void ts_agg_chain_on_note(ts_agg_chain *c, ts_agg_note_fn fn, void *ctx);
/* Runs the chain on s.  *out is the last operation's result as a series
 * (the key of s with the derived measure and unit, source "derived"), a
 * view valid until the next call; results without a value were passed to
 * the note callback and left out.  On failure (TS_ENOMEM, or an
 * operation's error) err's message starts with the series' key. */
int ts_agg_chain_apply(ts_agg_chain *c, const ts_series *s, ts_series *out, ts_error *err);
void ts_agg_chain_free(ts_agg_chain *c);

#endif
