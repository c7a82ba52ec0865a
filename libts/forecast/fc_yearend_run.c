/* The year-end estimate over sets of series: which series and year to
 * estimate, the year-to-date figure (reported, or months and quarters
 * summed), where the share of the year comes from (the series' own
 * years, its profile, other areas, pro rata), the path of its yearly
 * totals, and the plan it is held against. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include "forecast/yearend.h"
#include "ts_forecast.h"
#include "ts_units.h"

#define MAX_YEARS 256
#define MAX_SHARES 256

static const char *const method_names[] = {"share", "profile", "areas", "pro-rata"};
static const char *const method_annual[] = {"share+annual", "profile+annual", "areas+annual",
                                            "pro-rata+annual"};

const char *ts_ye_method_name(ts_ye_method m, int annual)
{
    if ((unsigned)m > TS_YE_PRO_RATA)
        return "?";
    return annual ? method_annual[m] : method_names[m];
}

/* Series of the history set by indicator, and the plans of both sets. */
typedef struct {
    const ts_series_set *hist;
    ts_series *levels; /* level series of hist, sorted by indicator */
    size_t n_levels;
    ts_series *plans;  /* plan series of both sets, sorted by key */
    size_t n_plans;
} lookup;

static int by_indicator(const void *a, const void *b)
{
    const ts_series *x = a, *y = b;
    return strcmp(x->indicator, y->indicator);
}

/* Plans pair with levels on indicator, area, unit and price: a plan in
 * the level's own prices. */
static int plan_key(const void *a, const void *b)
{
    const ts_series *x = a, *y = b;
    int c = strcmp(x->indicator, y->indicator);
    if (!c)
        c = strcmp(x->area, y->area);
    if (!c)
        c = strcmp(x->unit, y->unit);
    if (!c)
        c = strcmp(x->price, y->price);
    return c;
}

static int lookup_init(lookup *lk, const ts_series_set *targets, const ts_series_set *hist, ts_error *err)
{
    size_t nh = ts_series_set_count(hist), nt = ts_series_set_count(targets);
    lk->hist = hist;
    lk->levels = malloc((nh ? nh : 1) * sizeof *lk->levels);
    lk->plans = malloc((nh + nt ? nh + nt : 1) * sizeof *lk->plans);
    if (!lk->levels || !lk->plans) {
        free(lk->levels);
        free(lk->plans);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    lk->n_levels = lk->n_plans = 0;
    for (size_t i = 0; i < nh + nt; i++) {
        ts_series s;
        ts_series_set_get(i < nh ? hist : targets, i < nh ? i : i - nh, &s);
        if (strcmp(s.measure, TS_MEASURE_PLAN) == 0)
            lk->plans[lk->n_plans++] = s;
        else if (i < nh && strcmp(s.measure, TS_MEASURE_LEVEL) == 0)
            lk->levels[lk->n_levels++] = s;
    }
    qsort(lk->levels, lk->n_levels, sizeof *lk->levels, by_indicator);
    qsort(lk->plans, lk->n_plans, sizeof *lk->plans, plan_key);
    return TS_OK;
}

/* The range [*lo, *hi) of history level series of indicator ind. */
static void indicator_range(const lookup *lk, const char *ind, size_t *lo, size_t *hi)
{
    size_t a = 0, b = lk->n_levels;
    while (a < b) {
        size_t mid = (a + b) / 2;
        if (strcmp(lk->levels[mid].indicator, ind) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    while (b < lk->n_levels && strcmp(lk->levels[b].indicator, ind) == 0)
        b++;
    *hi = b < a ? a : b;
}

/* How near a plan's issuer is to the area it is set for: the area's own
 * council's plan (a district's, else the province's) is the one its
 * figures are held against; a plan of unknown issuer next, the central
 * estimate last. */
static int issuer_rank(const char *plan_by)
{
    if (strcmp(plan_by, TS_PLAN_BY_DISTRICT) == 0)
        return 0;
    if (strcmp(plan_by, TS_PLAN_BY_PROVINCE) == 0)
        return 1;
    return plan_by[0] ? 3 : 2;
}

/* The year's plan for s: among the plans of its key that have the year,
 * the nearest issuer's; NAN (and *by "") when there is none. */
static double plan_for(const lookup *lk, const ts_series *s, ts_period year, const char **by)
{
    *by = "";
    const ts_series *p = bsearch(s, lk->plans, lk->n_plans, sizeof *lk->plans, plan_key);
    if (!p)
        return NAN;
    size_t lo = (size_t)(p - lk->plans), hi = lo + 1;
    while (lo > 0 && plan_key(&lk->plans[lo - 1], s) == 0)
        lo--;
    while (hi < lk->n_plans && plan_key(&lk->plans[hi], s) == 0)
        hi++;
    double v = NAN;
    int best = 99;
    for (size_t i = lo; i < hi; i++) {
        const ts_series *c = &lk->plans[i];
        long k = ts_series_find(c, year);
        if (k >= 0 && issuer_rank(c->plan_by) < best) {
            best = issuer_rank(c->plan_by);
            v = c->value[k];
            *by = c->plan_by;
        }
    }
    return v;
}

/* The series' own years merged with those its namesake in the history
 * holds (points and totals the target lacks). */
static size_t merge_years(tsf_ye_year *out, size_t n, const tsf_ye_year *h, size_t nh)
{
    for (size_t j = 0; j < nh; j++) {
        size_t i = 0;
        while (i < n && out[i].year < h[j].year)
            i++;
        if (i < n && out[i].year == h[j].year) {
            if (isnan(out[i].full))
                out[i].full = h[j].full;
            for (size_t q = 0; q < h[j].np && out[i].np < TSF_YE_MAX_POINTS; q++) {
                size_t r = 0;
                while (r < out[i].np && out[i].pt[r].end != h[j].pt[q].end)
                    r++;
                if (r == out[i].np) {
                    size_t at = out[i].np++;
                    while (at > 0 && out[i].pt[at - 1].end > h[j].pt[q].end) {
                        out[i].pt[at] = out[i].pt[at - 1];
                        at--;
                    }
                    out[i].pt[at] = h[j].pt[q];
                }
            }
        } else if (n < MAX_YEARS) {
            memmove(&out[i + 1], &out[i], (n - i) * sizeof *out);
            out[i] = h[j];
            n++;
        }
    }
    return n;
}

/* The history's series with s's key, or NULL. */
static const ts_series *namesake(const lookup *lk, const ts_series *s)
{
    size_t lo, hi;
    indicator_range(lk, s->indicator, &lo, &hi);
    for (size_t i = lo; i < hi; i++) {
        const ts_series *h = &lk->levels[i];
        if (strcmp(h->area, s->area) == 0 && strcmp(h->unit, s->unit) == 0 && strcmp(h->price, s->price) == 0)
            return h;
    }
    return NULL;
}

/* Shares of the span in the years before `year`: exact ones (share) or,
 * when want_exact is 0, read off the profile. */
static size_t own_shares(const tsf_ye_year *y, size_t n, int year, ts_period span, int want_exact,
                         double *sh)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < MAX_SHARES; i++) {
        int exact;
        if (y[i].year >= year)
            continue;
        double v = tsf_ye_share(&y[i], span, &exact);
        if (isfinite(v) && v > 0 && exact == want_exact)
            sh[k++] = v;
    }
    return k;
}

/* Shares of the span in other areas of the same indicator, any year with
 * a total (exact or read off the profile). */
static size_t area_shares(const lookup *lk, const ts_series *s, ts_period span, double *sh,
                          size_t *n_areas)
{
    size_t lo, hi, k = 0;
    tsf_ye_year *ys = malloc(MAX_YEARS * sizeof *ys);
    *n_areas = 0;
    if (!ys)
        return 0;
    indicator_range(lk, s->indicator, &lo, &hi);
    for (size_t i = lo; i < hi && k < MAX_SHARES; i++) {
        const ts_series *h = &lk->levels[i];
        if (strcmp(h->area, s->area) == 0)
            continue;
        size_t n, before = k;
        tsf_ye_years(h, ys, MAX_YEARS, &n);
        for (size_t j = 0; j < n && k < MAX_SHARES; j++) {
            int exact;
            double v = tsf_ye_share(&ys[j], span, &exact);
            if (isfinite(v) && v > 0)
                sh[k++] = v;
        }
        *n_areas += k > before;
    }
    free(ys);
    return k;
}

/* Combines a share-based estimate whose share was not measured in two or
 * more years (one year, a profile of one year, pro rata) with the path of
 * the yearly totals, on the log scale, weighting each by its precision:
 * the share gets the method-of-moments variance of its distance from the
 * path, but never less than the path's, so it is trusted no more than
 * the path is.  Intervals use the path's t distribution. */
static void combine_annual(ts_yearend_row *r, double b, double vb, double df, const ts_yearend_options *o)
{
    ts_yearend *e = &r->est;
    double a = log(e->estimate), d = a - b, va = fmax(d * d - vb, vb);
    double wa = vb / (va + vb), m = wa * a + (1 - wa) * b, v = va * vb / (va + vb), sd = sqrt(v);
    e->estimate = exp(m);
    for (size_t i = 0; i < o->n_levels; i++) {
        double q = gsl_cdf_tdist_Pinv(0.5 + o->levels[i] / 200.0, df);
        e->lo[i] = exp(m - q * sd);
        e->hi[i] = exp(m + q * sd);
    }
    if (isfinite(r->plan) && r->plan > 0)
        e->p_plan = gsl_cdf_tdist_Q((log(r->plan) - m) / sd, df);
    if (isfinite(r->plan) && r->plan != 0)
        e->pct_plan = 100.0 * e->estimate / r->plan;
    r->annual = 1;
}

/* Says why the row uses its method when a better one had no data. */
static void write_note(ts_yearend_row *r, size_t n_areas)
{
    char span[TS_PERIOD_TEXT_MAX];
    ts_period_format(r->span, span, sizeof span);
    size_t k = r->est.n_history, len = 0, cap = sizeof r->note;
    r->note[0] = '\0';
    switch (r->method) {
    case TS_YE_SHARE:
        if (k == 1)
            len = (size_t)snprintf(r->note, cap, "only one earlier year with the span of %s and the full year", span);
        break;
    case TS_YE_PROFILE:
        len = (size_t)snprintf(r->note, cap,
                               "no earlier year has the span of %s; the share read off the series' other spans in "
                               "%zu earlier year%s", span, k, k == 1 ? "" : "s");
        break;
    case TS_YE_AREAS:
        len = (size_t)snprintf(r->note, cap,
                               "no earlier year of the series shows how its year fills; the share of the span in "
                               "%zu year%s of %zu other area%s", k, k == 1 ? "" : "s", n_areas,
                               n_areas == 1 ? "" : "s");
        break;
    default:
        len = (size_t)snprintf(r->note, cap, "no year of the series or of other areas shows how its year fills; "
                                             "pro rata");
    }
    if (len >= cap)
        return;
    if (r->annual)
        snprintf(r->note + len, cap - len, "%scombined with the path of %zu earlier yearly totals",
                 len ? "; " : "", r->n_years);
    else if (k < 2 && r->n_years > 0 && len)
        snprintf(r->note + len, cap - len, "; no interval (%zu earlier yearly total%s, three needed for their path)",
                 r->n_years, r->n_years == 1 ? "" : "s");
}

enum { ONE_ROW, ONE_COMPLETE, ONE_NOTHING };

/* Estimates series s into r; ys, hy (MAX_YEARS) and sh (MAX_SHARES) are
 * scratch. */
static int estimate_one(const lookup *lk, const ts_series *s, const ts_yearend_options *o, tsf_ye_year *ys,
                        tsf_ye_year *hy, double *sh, ts_yearend_row *r)
{
    size_t n, nh = 0, n_areas = 0;
    tsf_ye_years(s, ys, MAX_YEARS, &n);
    if (n == 0)
        return ONE_NOTHING;
    const tsf_ye_year *last = &ys[n - 1];
    if (!isnan(last->full))
        return ONE_COMPLETE;
    if (last->np == 0)
        return ONE_NOTHING;
    memset(r, 0, sizeof *r);
    r->series = *s;
    r->year = ts_period_year(last->year);
    r->span = (ts_period){r->year.first, last->pt[last->np - 1].end};
    r->ytd = last->pt[last->np - 1].value;
    r->summed = !last->pt[last->np - 1].reported;
    r->plan = plan_for(lk, s, r->year, &r->plan_by);
    r->count = ts_unit_is_count(s->unit);
    int year = last->year; /* last points into ys, which the merge shifts */
    const ts_series *h = namesake(lk, s);
    if (h && h != s) {
        tsf_ye_years(h, hy, MAX_YEARS, &nh);
        n = merge_years(ys, n, hy, nh);
    }
    size_t k = own_shares(ys, n, year, r->span, 1, sh);
    r->method = TS_YE_SHARE;
    if (k == 0) {
        k = own_shares(ys, n, year, r->span, 0, sh);
        r->method = TS_YE_PROFILE;
    }
    if (k == 0) {
        k = area_shares(lk, s, r->span, sh, &n_areas);
        r->method = TS_YE_AREAS;
    }
    if (k == 0)
        r->method = TS_YE_PRO_RATA;
    double len = (double)(r->year.last - r->year.first + 1);
    double fraction = ts_period_is_whole_months(r->span) ? ts_period_months_count(r->span) / 12.0
                                                          : (double)(r->span.last - r->span.first + 1) / len;
    tsf_ye_from_shares(r->ytd, fraction, sh, k, r->plan, o->n_levels, o->levels, &r->est);
    /* A share measured in two or more years has its own interval, and
     * beats the yearly path (whose error is that of a yearly forecast);
     * the path joins only where the share is a guess. */
    double b, vb, df;
    if (tsf_ye_annual(ys, n, year, &b, &vb, &df, &r->n_years) == 0 && k < 2 && r->ytd > 0 &&
        r->est.estimate > 0 && vb > 0)
        combine_annual(r, b, vb, df, o);
    /* A flow's year cannot end below what it has reached. */
    for (size_t i = 0; i < o->n_levels && r->ytd > 0; i++)
        if (r->est.lo[i] < r->ytd)
            r->est.lo[i] = r->ytd;
    if (isfinite(r->plan) && r->ytd >= r->plan && r->plan > 0 && isfinite(r->est.p_plan))
        r->est.p_plan = 1;
    write_note(r, n_areas);
    return ONE_ROW;
}

int ts_yearend_run(const ts_series_set *targets, const ts_series_set *history, const ts_yearend_options *o,
                   ts_yearend_fn emit, void *ctx, ts_yearend_stats *st, ts_error *err)
{
    ts_yearend_stats stats = {0, 0, 0};
    if (o->n_levels > TS_FC_MAX_LEVELS)
        return ts_error_set(err, TS_EINVAL, "at most %d interval levels", TS_FC_MAX_LEVELS);
    for (size_t i = 0; i < o->n_levels; i++)
        if (!(o->levels[i] > 0 && o->levels[i] < 100))
            return ts_error_set(err, TS_EINVAL, "interval level %g is not between 0 and 100", o->levels[i]);
    lookup lk;
    int rc = lookup_init(&lk, targets, history ? history : targets, err);
    if (rc)
        return rc;
    tsf_ye_year *ys = malloc(2 * MAX_YEARS * sizeof *ys);
    double *sh = malloc(MAX_SHARES * sizeof *sh);
    ts_yearend_row *row = malloc(sizeof *row);
    if (!ys || !sh || !row)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    for (size_t i = 0; rc == TS_OK && i < ts_series_set_count(targets); i++) {
        ts_series s;
        ts_series_set_get(targets, i, &s);
        if (strcmp(s.measure, TS_MEASURE_LEVEL) != 0)
            continue;
        /* A stock or a rate at month 10 is already its own year-end
         * figure, not a part of a total. */
        const ts_indicator *ind = o->catalog ? ts_catalog_find(o->catalog, s.indicator) : NULL;
        if (ind && ind->kind != TS_KIND_FLOW) {
            stats.not_flows++;
            continue;
        }
        int what = estimate_one(&lk, &s, o, ys, ys + MAX_YEARS, sh, row);
        if (what == ONE_COMPLETE)
            stats.complete++;
        if (what != ONE_ROW)
            continue;
        stats.estimated++;
        rc = emit(ctx, row, err);
    }
    free(ys);
    free(sh);
    free(row);
    free(lk.levels);
    free(lk.plans);
    if (st)
        *st = stats;
    return rc;
}
