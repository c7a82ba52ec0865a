/* Moving-window statistics with gsl_movstat.  Windows count calendar
 * periods of the series' own frequency: observations are laid on a regular
 * grid (months, quarters, the same year-to-date span each year, ...) where
 * a missing period is a hole, so a gap is never bridged silently. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_movstat.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_vector.h>
#include "agg/agg_impl.h"
#include "core/names.h"
#include "ts_agg.h"
#include "core/grow.h"

static const char *const stat_names[] = {"mean", "median", "sum", "min", "max"};

TSI_NAME_PARSER(ts_stat_parse, ts_stat, stat_names)

const char *ts_stat_name(ts_stat s)
{
    return tsi_name_at(stat_names, TSI_COUNT(stat_names), (unsigned)s);
}

/* Where an observation sits on its frequency's grid. */
typedef struct {
    int32_t cls;  /* frequency class: length in months and phase; -1 = none */
    int32_t pos;  /* index on that class's grid */
    uint32_t i;   /* observation index in the series */
} slot;

struct ts_roller {
    size_t window, H, J, min_periods;
    ts_stat stat;
    gsl_movstat_workspace *w;
    slot *slots;
    size_t slots_cap;
    double *x, *y;        /* grid values (NAN = hole) and results */
    uint32_t *have, *est; /* prefix counts of present and of 'E' cells */
    size_t grid_cap;
    /* the series of a panel share their periods: their k slots are laid
     * out once and reused while the periods stay the same */
    ts_period *period;
    size_t n_period, period_cap, k;
    int laid;
};

ts_roller *ts_roller_new(size_t window, int center, size_t min_periods, ts_stat stat,
                         ts_error *err)
{
    if (window < 1 || window > 100000) {
        ts_error_set(err, TS_EINVAL, "window must be 1 to 100000 periods, not %zu", window);
        return NULL;
    }
    if (min_periods < 1 || min_periods > window) {
        ts_error_set(err, TS_EINVAL, "min-periods must be 1 to the window (%zu), not %zu",
                     window, min_periods);
        return NULL;
    }
    if ((unsigned)stat > TS_STAT_MAX) {
        ts_error_set(err, TS_EINVAL, "unknown statistic");
        return NULL;
    }
    ts_roller *r = calloc(1, sizeof *r);
    if (!r) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    r->window = window;
    /* pandas' center=True: window / 2 before, the rest after. */
    r->H = center ? window / 2 : window - 1;
    r->J = window - 1 - r->H;
    r->min_periods = min_periods;
    r->stat = stat;
    r->w = gsl_movstat_alloc2(r->H, r->J);
    if (!r->w) {
        free(r);
        ts_error_set(err, TS_ENOMEM, "out of memory for a window of %zu", window);
        return NULL;
    }
    return r;
}

void ts_roller_free(ts_roller *r)
{
    if (!r)
        return;
    gsl_movstat_free(r->w);
    free(r->slots);
    free(r->x);
    free(r->y);
    free(r->have);
    free(r->est);
    free(r->period);
    free(r);
}

/* The grid slot of period p on its frequency class (ts_period_freq), or
 * cls -1 when p is not whole months. */
static slot slot_of(ts_period p, uint32_t i)
{
    slot s = {-1, 0, i};
    ts_period_class c;
    if (!ts_period_freq(p, &c))
        return s;
    s.cls = c.months * 1024 + c.phase;
    s.pos = c.index;
    return s;
}

static int slot_cmp(const void *a, const void *b)
{
    const slot *x = a, *y = b;
    if (x->cls != y->cls)
        return x->cls < y->cls ? -1 : 1;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return 0;
}

static int grow(ts_roller *r, size_t n_obs, size_t grid)
{
    if (tsi_grow(&r->slots, &r->slots_cap, n_obs, sizeof *r->slots, 64) != 0)
        return -1;
    if (grid + 1 > r->grid_cap) {
        size_t cap = (grid + 1) * 2;
        if (tsi_resize(&r->x, cap, sizeof *r->x) || tsi_resize(&r->y, cap, sizeof *r->y) ||
            tsi_resize(&r->have, cap, sizeof *r->have) || tsi_resize(&r->est, cap, sizeof *r->est))
            return -1;
        r->grid_cap = cap;
    }
    return 0;
}

/* The statistic over the present (non-NAN) values of one window, for
 * gsl_movstat_apply on grids with holes. */
static double window_stat(const size_t n, double x[], void *params)
{
    ts_stat stat = *(const ts_stat *)params;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!isnan(x[i]))
            x[k++] = x[i];
    if (k == 0)
        return NAN;
    switch (stat) {
    case TS_STAT_MEAN: return gsl_stats_mean(x, 1, k);
    case TS_STAT_MEDIAN: return gsl_stats_median(x, 1, k);
    case TS_STAT_MIN: return gsl_stats_min(x, 1, k);
    case TS_STAT_MAX: return gsl_stats_max(x, 1, k);
    case TS_STAT_SUM: break;
    }
    double sum = 0;
    for (size_t i = 0; i < k; i++)
        sum += x[i];
    return sum;
}

/* Runs the statistic over grid x[0..g) into y. */
static int run_gsl(ts_roller *r, size_t g, int holes)
{
    gsl_vector_view xv = gsl_vector_view_array(r->x, g);
    gsl_vector_view yv = gsl_vector_view_array(r->y, g);
    const gsl_movstat_end_t end = GSL_MOVSTAT_END_TRUNCATE;
    if (holes) {
        /* The accumulators of the fast paths cannot take NAN out again. */
        gsl_movstat_function f = {window_stat, &r->stat};
        return gsl_movstat_apply(end, &f, &xv.vector, &yv.vector, r->w);
    }
    switch (r->stat) {
    case TS_STAT_MEAN: return gsl_movstat_mean(end, &xv.vector, &yv.vector, r->w);
    case TS_STAT_MEDIAN: return gsl_movstat_median(end, &xv.vector, &yv.vector, r->w);
    case TS_STAT_SUM: return gsl_movstat_sum(end, &xv.vector, &yv.vector, r->w);
    case TS_STAT_MIN: return gsl_movstat_min(end, &xv.vector, &yv.vector, r->w);
    case TS_STAT_MAX: return gsl_movstat_max(end, &xv.vector, &yv.vector, r->w);
    }
    return GSL_EINVAL;
}

/* One frequency class: slots sl[0..k) sorted by position. */
static int roll_class(ts_roller *r, const ts_series *s, const slot *sl, size_t k,
                      ts_points *out, ts_error *err)
{
    size_t g = (size_t)(sl[k - 1].pos - sl[0].pos) + 1;
    if (grow(r, 0, g) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory for a grid of %zu periods", g);
    int holes = g != k;
    if (holes)
        for (size_t c = 0; c < g; c++)
            r->x[c] = NAN;
    /* have[c] / est[c]: present / estimated cells before c. */
    memset(r->have, 0, (g + 1) * sizeof *r->have);
    memset(r->est, 0, (g + 1) * sizeof *r->est);
    for (size_t q = 0; q < k; q++) {
        size_t c = (size_t)(sl[q].pos - sl[0].pos);
        r->x[c] = s->value[sl[q].i];
        r->have[c + 1] = 1;
        r->est[c + 1] = s->status[sl[q].i] == 'E';
    }
    for (size_t c = 0; c < g; c++) {
        r->have[c + 1] += r->have[c];
        r->est[c + 1] += r->est[c];
    }
    int rc = run_gsl(r, g, holes);
    if (rc != GSL_SUCCESS)
        return ts_error_set(err, TS_EINVAL, "gsl_movstat: %s", gsl_strerror(rc));
    for (size_t q = 0; q < k; q++) {
        size_t c = (size_t)(sl[q].pos - sl[0].pos);
        size_t lo = c >= r->H ? c - r->H : 0;
        size_t hi = c + r->J + 1 < g ? c + r->J + 1 : g;
        size_t n = r->have[hi] - r->have[lo];
        if (n < r->min_periods)
            continue;
        ts_point *pt = tsi_points_add(out, err);
        if (!pt)
            return TS_ENOMEM;
        pt->period = pt->base = s->period[sl[q].i];
        pt->value = r->y[c];
        pt->status = r->est[hi] - r->est[lo] ? 'E' : 'A';
        pt->count = n;
        pt->note = TS_NOTE_NONE;
    }
    return TS_OK;
}

/* Lays the observations of s on their grids: r->slots[0..r->k) sorted
 * by class and position.  0, or -1 when out of memory. */
static int lay_out(ts_roller *r, const ts_series *s)
{
    r->laid = 0;
    if (grow(r, s->n, 0) != 0 ||
        tsi_grow(&r->period, &r->period_cap, s->n, sizeof *r->period, 64) != 0)
        return -1;
    size_t k = 0;
    int one_class = 1;
    for (size_t i = 0; i < s->n; i++) {
        slot sl = slot_of(s->period[i], (uint32_t)i);
        if (sl.cls < 0)
            continue;
        if (k > 0 && (sl.cls != r->slots[0].cls || sl.pos <= r->slots[k - 1].pos))
            one_class = 0;
        r->slots[k++] = sl;
    }
    /* Mixed frequencies in one series (months beside year-to-date figures)
     * are rolled separately, each on its own grid. */
    if (!one_class)
        qsort(r->slots, k, sizeof *r->slots, slot_cmp);
    r->k = k;
    memcpy(r->period, s->period, s->n * sizeof *s->period);
    r->n_period = s->n;
    r->laid = 1;
    return 0;
}

int ts_roller_apply(ts_roller *r, const ts_series *s, ts_points *out, ts_error *err)
{
    if (s->n == 0)
        return TS_OK;
    if (!r->laid || r->n_period != s->n ||
        memcmp(r->period, s->period, s->n * sizeof *s->period) != 0) {
        if (lay_out(r, s) != 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    size_t a = 0, k = r->k;
    while (a < k) {
        size_t b = a + 1;
        while (b < k && r->slots[b].cls == r->slots[a].cls)
            b++;
        int rc = roll_class(r, s, r->slots + a, b - a, out, err);
        if (rc != TS_OK)
            return rc;
        a = b;
    }
    return TS_OK;
}
