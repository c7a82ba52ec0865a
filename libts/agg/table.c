/* Trend tables: series as rows (or areas as rows, the cross-area table),
 * periods as columns, an optional growth column; this file keeps the rows
 * and lays them out (which keys get a column, which make the caption,
 * labels, source notes) for the writers of table_write.c and
 * table_xlsx.c, and refuses to set areas at different price bases side by
 * side. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "agg/table_impl.h"
#include "core/grow.h"
#include "core/names.h"
#include "ts_labels.h"

static const char *const format_names[] = {"tsv", "csv", "md", "latex", "html", "xlsx"};
static const char *const growth_names[] = {"none", "cagr", "change"};
static const char *const by_names[] = {"series", "area"};

TSI_NAME_PARSER(ts_table_format_parse, ts_table_format, format_names)

TSI_NAME_PARSER(ts_table_growth_parse, ts_table_growth, growth_names)

int ts_table_by_parse(const char *text, ts_table_by *out)
{
    int i = tsi_name_index(by_names, TSI_COUNT(by_names), text);
    return i < 0 ? TS_EINVAL : (*out = (ts_table_by)i, TS_OK);
}

size_t ts_number_format(double v, int decimals, int vi, char *buf, size_t n)
{
    char raw[64];
    if (decimals < 0)
        decimals = 0;
    if (decimals > 15)
        decimals = 15;
    if (!isfinite(v)) {
        snprintf(buf, n, "%s", "");
        return 0;
    }
    int len = snprintf(raw, sizeof raw, "%.*f", decimals, v);
    if (len < 0 || (size_t)len >= sizeof raw) {
        snprintf(buf, n, "%s", "");
        return 0;
    }
    const char *digits = raw;
    int neg = raw[0] == '-';
    if (neg) {
        digits++;
        /* "-0.00": a value that rounds to zero has no sign. */
        if (strspn(digits, "0.") == strlen(digits))
            neg = 0;
    }
    const char *dot = strchr(digits, '.');
    size_t int_len = dot ? (size_t)(dot - digits) : strlen(digits);
    char out[96];
    size_t o = 0;
    if (neg)
        out[o++] = '-';
    for (size_t i = 0; i < int_len; i++) {
        /* Vietnamese groups thousands with '.'. */
        if (vi && i > 0 && (int_len - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = digits[i];
    }
    if (dot) {
        out[o++] = vi ? ',' : '.';
        for (const char *q = dot + 1; *q; q++)
            out[o++] = *q;
    }
    out[o] = '\0';
    snprintf(buf, n, "%s", out);
    return o < n ? o : (n ? n - 1 : 0);
}

/* The recurrence step of a whole-month shape, in months (see rolling.c). */
static int step_months(int L)
{
    return (12 % L == 0 || L % 12 == 0) ? L : 12;
}

int ts_table_periods(ts_period a, ts_period b, ts_period **cols, size_t *n, ts_error *err)
{
    int L = ts_period_months_count(a);
    if (!L || L != ts_period_months_count(b))
        return ts_error_set(err, TS_EINVAL, "the first and last period must be whole months "
                                            "of the same length");
    if (b.first < a.first)
        return ts_error_set(err, TS_EINVAL, "the last period is before the first");
    int step = step_months(L);
    size_t count = 1;
    ts_period p = a;
    while (p.first < b.first) {
        p = ts_period_shift_months(p, step);
        if (++count > 10000)
            return ts_error_set(err, TS_ERANGE, "more than 10000 columns");
    }
    if (p.first != b.first || p.last != b.last)
        return ts_error_set(err, TS_EINVAL, "the last period is not a whole number of steps "
                                            "after the first");
    ts_period *c = malloc(count * sizeof *c);
    if (!c)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    p = a;
    for (size_t i = 0; i < count; i++, p = ts_period_shift_months(p, step))
        c[i] = p;
    *cols = c;
    *n = count;
    return TS_OK;
}

typedef struct {
    char *key[TSA_NKEYS]; /* indicator, area, measure, unit, price, plan_by */
    ts_period *period;    /* the row's observations */
    double *value;
    char **source;        /* each observation's document */
    size_t n;
} row;

struct ts_table {
    ts_period *cols;
    size_t n_cols;
    int auto_cols;
    row *rows;
    size_t n_rows, cap_rows;
};

ts_table *ts_table_new(const ts_period *cols, size_t n_cols, ts_error *err)
{
    ts_table *t = calloc(1, sizeof *t);
    if (!t || (n_cols && !(t->cols = malloc(n_cols * sizeof *cols)))) {
        free(t);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    if (n_cols)
        memcpy(t->cols, cols, n_cols * sizeof *cols);
    t->n_cols = n_cols;
    t->auto_cols = n_cols == 0;
    return t;
}

static void row_free(row *r)
{
    for (int k = 0; k < TSA_NKEYS; k++)
        free(r->key[k]);
    for (size_t i = 0; r->source && i < r->n; i++)
        free(r->source[i]);
    free(r->source);
    free(r->period);
    free(r->value);
}

int ts_table_add(ts_table *t, const ts_series *s, ts_error *err)
{
    if (tsi_grow(&t->rows, &t->cap_rows, t->n_rows + 1, sizeof *t->rows, 32) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    row r = {{NULL}, NULL, NULL, NULL, s->n};
    const char *k[TSA_NKEYS] = {s->indicator, s->area, s->measure, s->unit,
                                s->price ? s->price : "", s->plan_by ? s->plan_by : ""};
    int ok = 1;
    for (int i = 0; i < TSA_NKEYS; i++)
        ok &= (r.key[i] = strdup(k[i])) != NULL;
    r.period = malloc((s->n + 1) * sizeof *r.period);
    r.value = malloc((s->n + 1) * sizeof *r.value);
    r.source = calloc(s->n + 1, sizeof *r.source);
    for (size_t i = 0; ok && r.source && i < s->n; i++)
        ok &= (r.source[i] = strdup(s->source && s->source[i] ? s->source[i] : "-")) != NULL;
    if (!ok || !r.period || !r.value || !r.source) {
        row_free(&r);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    memcpy(r.period, s->period, s->n * sizeof *r.period);
    memcpy(r.value, s->value, s->n * sizeof *r.value);
    t->rows[t->n_rows++] = r;
    return TS_OK;
}

void ts_table_free(ts_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_rows; i++)
        row_free(&t->rows[i]);
    free(t->rows);
    free(t->cols);
    free(t);
}

static int period_cmp(const void *a, const void *b)
{
    return ts_period_cmp(*(const ts_period *)a, *(const ts_period *)b);
}

/* The union of every row's periods, sorted. */
static int auto_columns(ts_table *t, ts_error *err)
{
    size_t total = 0;
    for (size_t i = 0; i < t->n_rows; i++)
        total += t->rows[i].n;
    free(t->cols);
    t->cols = malloc((total + 1) * sizeof *t->cols);
    if (!t->cols)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    size_t n = 0;
    for (size_t i = 0; i < t->n_rows; i++)
        for (size_t j = 0; j < t->rows[i].n; j++)
            t->cols[n++] = t->rows[i].period[j];
    qsort(t->cols, n, sizeof *t->cols, period_cmp);
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (w == 0 || ts_period_cmp(t->cols[w - 1], t->cols[i]) != 0)
            t->cols[w++] = t->cols[i];
    t->n_cols = w;
    return TS_OK;
}

/* The row's observation in period p, or (size_t)-1. */
static size_t cell(const row *r, ts_period p)
{
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ts_period_cmp(r->period[mid], p) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->n && ts_period_cmp(r->period[lo], p) == 0 ? lo : (size_t)-1;
}

/* Growth from the first to the last column with a value, or NAN. */
static double growth(const ts_table *t, const double *v, ts_table_growth g)
{
    size_t i = 0, j = t->n_cols;
    while (i < t->n_cols && isnan(v[i]))
        i++;
    while (j > i && isnan(v[j - 1]))
        j--;
    if (j == 0 || j - 1 <= i || !(v[i] > 0))
        return NAN;
    double a = v[i], b = v[j - 1];
    if (g == TS_TABLE_GROWTH_CHANGE)
        return ts_growth_pct(b, a);
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(t->cols[i].first, &y1, &m1, &d1);
    ts_civil_from_days(t->cols[j - 1].first, &y2, &m2, &d2);
    double years = ((y2 * 12 + m2) - (y1 * 12 + m1)) / 12.0;
    if (years <= 0 || b < 0)
        return NAN;
    return (pow(b / a, 1.0 / years) - 1.0) * 100.0;
}


/* ---- layout ---- */

static const char *const key_kind[TSA_NKEYS] = {"indicator", "area", "measure",
                                                "unit", "price", "plan_by"};

/* The order of the key columns: the area first in a table by area. */
static const int by_series_order[TSA_NKEYS] = {0, 1, 2, 3, 4, 5};
static const int by_area_order[TSA_NKEYS] = {1, 0, 2, 3, 4, 5};

static const int *key_order(const ts_table_opts *o)
{
    return o->by == TS_TABLE_BY_AREA ? by_area_order : by_series_order;
}

/* A key's text: its label, or the id. */
static const char *key_text(const ts_table_opts *o, int k, const char *id)
{
    if (!o->labels || !*id)
        return id;
    return k == TSA_K_AREA ? ts_labels_area(o->labels, id)
                           : ts_labels_get(o->labels, key_kind[k], id);
}

static const char *heading(const ts_table_opts *o, const char *name)
{
    return o->labels ? ts_labels_get(o->labels, "column", name) : name;
}

/* Which keys get a column (shown[k]) and which the caption tells
 * (shared[k]: the same, and set, in every row). */
static void choose_keys(const ts_table *t, const ts_table_opts *o, int *shown, int *shared)
{
    int machine = o->format == TS_TABLE_TSV || o->format == TS_TABLE_CSV;
    for (int k = 0; k < TSA_NKEYS; k++) {
        int differs = 0, set = 0;
        for (size_t i = 0; i < t->n_rows; i++) {
            set |= t->rows[i].key[k][0] != '\0';
            differs |= strcmp(t->rows[i].key[k], t->rows[0].key[k]) != 0;
        }
        int always = o->by == TS_TABLE_BY_AREA ? k == TSA_K_AREA : k <= TSA_K_UNIT;
        shown[k] = always || differs || (machine && set);
        shared[k] = !shown[k] && set && t->n_rows > 0;
    }
}

/* "State budget revenue (billion VND; constant 2010 prices)": the shared
 * keys, a level's measure left unsaid. */
static char *make_caption(const ts_table *t, const ts_table_opts *o, const int *shared)
{
    char buf[1024];
    size_t n = 0, in_paren = 0;
    int opened = 0;
    const row *r = &t->rows[0];
    for (int k = 0; k < TSA_NKEYS; k++) {
        if (!shared[k] || (k == TSA_K_MEASURE && strcmp(r->key[k], "level") == 0))
            continue;
        const char *sep = n ? ", " : "";
        if (k >= TSA_K_UNIT) {
            /* Unit and qualifiers in brackets after a name, else alone. */
            sep = in_paren++ ? "; " : n ? " (" : "";
            opened |= n && in_paren == 1;
        }
        if (n < sizeof buf)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", sep,
                                  key_text(o, k, r->key[k]));
    }
    if (opened && n < sizeof buf)
        n += (size_t)snprintf(buf + n, sizeof buf - n, ")");
    return n ? strdup(buf) : NULL;
}

/* The note number of source src (added when new); 0 for no source. */
static size_t note_of(tsa_grid *g, const char *src, ts_error *err, int *oom)
{
    if (!strcmp(src, "-") || !*src)
        return 0;
    for (size_t i = 0; i < g->n_notes; i++)
        if (strcmp(g->note_source[i], src) == 0)
            return i + 1;
    size_t cap = g->n_notes; /* arrays grow one at a time: notes are few */
    if (tsi_resize(&g->note_source, cap + 1, sizeof *g->note_source) != 0 ||
        tsi_resize(&g->note_day, cap + 1, sizeof *g->note_day) != 0) {
        *oom = 1;
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return 0;
    }
    int32_t day;
    g->note_source[g->n_notes] = src;
    g->note_day[g->n_notes] = g->o->source_date && g->o->source_date(g->o->source_ctx, src, &day)
                                  ? day : INT32_MIN;
    return ++g->n_notes;
}

/* One grid row from table row r; 0 when the row has no value in the
 * columns (it is left out), 1 when added, -1 when out of memory. */
static int grid_row(const ts_table *t, tsa_grid *g, const row *r, const int *shown,
                    ts_error *err)
{
    tsa_grid_row *x = &g->rows[g->n_rows];
    x->v = malloc((t->n_cols + 1) * sizeof *x->v);
    x->note = calloc(t->n_cols + 1, sizeof *x->note);
    if (!x->v || !x->note) {
        free(x->v);
        free(x->note);
        return ts_error_set(err, TS_ENOMEM, "out of memory"), -1;
    }
    int any = 0, oom = 0;
    for (size_t c = 0; c < t->n_cols; c++) {
        size_t j = cell(r, t->cols[c]);
        x->v[c] = j == (size_t)-1 ? NAN : r->value[j];
        any |= j != (size_t)-1;
        if (j != (size_t)-1 && g->o->notes)
            x->note[c] = note_of(g, r->source[j], err, &oom);
    }
    if (!any || oom) {
        free(x->v);
        free(x->note);
        return oom ? -1 : 0;
    }
    size_t n = 0;
    for (int i = 0; i < TSA_NKEYS; i++) {
        int k = key_order(g->o)[i];
        if (shown[k])
            x->key[n++] = key_text(g->o, k, r->key[k]);
    }
    /* Growth of a percentage (yoy_pct, pct_plan, ...) means nothing; a
     * rate's own level (forest cover in pct) still has one. */
    int pct = strcmp(r->key[TSA_K_UNIT], "pct") == 0 && strcmp(r->key[TSA_K_MEASURE], "level");
    x->growth = g->growth_head && !pct ? growth(t, x->v, g->o->growth) : NAN;
    g->n_rows++;
    return 1;
}

static void grid_free(tsa_grid *g)
{
    for (size_t i = 0; i < g->n_rows; i++) {
        free(g->rows[i].v);
        free(g->rows[i].note);
    }
    free(g->rows);
    free(g->col_head);
    free((char *)g->caption);
    free(g->note_source);
    free(g->note_day);
}

static int grid_build(const ts_table *t, const ts_table_opts *o, tsa_grid *g, ts_error *err)
{
    int shown[TSA_NKEYS], shared[TSA_NKEYS];
    memset(g, 0, sizeof *g);
    g->o = o;
    choose_keys(t, o, shown, shared);
    for (int i = 0; i < TSA_NKEYS; i++)
        if (shown[key_order(o)[i]])
            g->head[g->n_keys++] = heading(o, key_kind[key_order(o)[i]]);
    g->n_cols = t->n_cols;
    g->col_head = malloc((t->n_cols + 1) * sizeof *g->col_head);
    g->rows = calloc(t->n_rows + 1, sizeof *g->rows);
    if (!g->col_head || !g->rows)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    for (size_t c = 0; c < t->n_cols; c++)
        ts_period_format(t->cols[c], g->col_head[c], sizeof g->col_head[c]);
    if (o->growth != TS_TABLE_GROWTH_NONE)
        g->growth_head = heading(o, o->growth == TS_TABLE_GROWTH_CAGR ? "cagr_pct" : "change_pct");
    g->notes_head = heading(o, "sources");
    if (o->format != TS_TABLE_TSV && o->format != TS_TABLE_CSV && t->n_rows)
        g->caption = make_caption(t, o, shared);
    for (size_t i = 0; i < t->n_rows; i++)
        if (grid_row(t, g, &t->rows[i], shown, err) < 0)
            return TS_ENOMEM;
    return TS_OK;
}

/* ---- areas at different price bases ---- */

/* Nonzero when row r has a value in one of the table's columns. */
static int has_value(const ts_table *t, const row *r)
{
    for (size_t c = 0; c < t->n_cols; c++)
        if (cell(r, t->cols[c]) != (size_t)-1)
            return 1;
    return 0;
}

/* Orders row indices by indicator, measure and unit (one comparison
 * group), then price basis and area. */
static int group_cmp(const void *a, const void *b, void *ctx)
{
    const row *rows = ctx;
    const row *x = &rows[*(const size_t *)a], *y = &rows[*(const size_t *)b];
    static const int order[] = {TSA_K_INDICATOR, TSA_K_MEASURE, TSA_K_UNIT, TSA_K_PRICE,
                                TSA_K_AREA};
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        int c = strcmp(x->key[order[k]], y->key[order[k]]);
        if (c)
            return c;
    }
    return 0;
}

static int same_group(const row *x, const row *y)
{
    return strcmp(x->key[TSA_K_INDICATOR], y->key[TSA_K_INDICATOR]) == 0 &&
           strcmp(x->key[TSA_K_MEASURE], y->key[TSA_K_MEASURE]) == 0 &&
           strcmp(x->key[TSA_K_UNIT], y->key[TSA_K_UNIT]) == 0;
}

/* A pair of rows of one group ix[g..end) at different price bases and in
 * different areas, or 0 when there is none.  Such a pair exists exactly
 * when the group has two bases and two areas: with x the first row, a row
 * at another basis is either in another area than x, or else every such
 * row is in x's area and a row of another area is at x's basis. */
static int conflict_pair(const ts_table *t, const size_t *ix, size_t g, size_t end,
                         const row **x, const row **y)
{
    const row *first = &t->rows[ix[g]], *other_price = NULL, *other_area = NULL;
    for (size_t j = g + 1; j < end; j++) {
        const row *r = &t->rows[ix[j]];
        int dp = strcmp(r->key[TSA_K_PRICE], first->key[TSA_K_PRICE]) != 0;
        int da = strcmp(r->key[TSA_K_AREA], first->key[TSA_K_AREA]) != 0;
        if (dp && da) {
            *x = first;
            *y = r;
            return 1;
        }
        if (dp && !other_price)
            other_price = r;
        if (da && !other_area)
            other_area = r;
    }
    if (!other_price || !other_area)
        return 0;
    *x = other_area;
    *y = other_price;
    return 1;
}

/* TS_EUNIT when the table would set one area's figures at one named
 * price basis beside another area's at another (rows without a value in
 * the columns are not shown and do not count; a blank basis is unknown,
 * not different).  TS_ENOMEM. */
static int price_conflict(const ts_table *t, ts_error *err)
{
    size_t *ix = malloc((t->n_rows + 1) * sizeof *ix), n = 0;
    if (!ix)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    for (size_t i = 0; i < t->n_rows; i++)
        if (t->rows[i].key[TSA_K_PRICE][0] && has_value(t, &t->rows[i]))
            ix[n++] = i;
    qsort_r(ix, n, sizeof *ix, group_cmp, t->rows);
    int rc = TS_OK;
    for (size_t g = 0; g < n && rc == TS_OK;) {
        size_t end = g + 1;
        while (end < n && same_group(&t->rows[ix[g]], &t->rows[ix[end]]))
            end++;
        const row *x, *y;
        if (conflict_pair(t, ix, g, end, &x, &y))
            rc = ts_error_set(err, TS_EUNIT, "%s %s: %s at %s prices beside %s at %s prices",
                              x->key[TSA_K_INDICATOR], x->key[TSA_K_MEASURE],
                              x->key[TSA_K_AREA], x->key[TSA_K_PRICE], y->key[TSA_K_AREA],
                              y->key[TSA_K_PRICE]);
        g = end;
    }
    free(ix);
    return rc;
}

void tsa_note_text(const tsa_grid *g, size_t i, char *buf, size_t n)
{
    char day[TS_PERIOD_TEXT_MAX];
    if (g->note_day[i] == INT32_MIN) {
        snprintf(buf, n, "%s", g->note_source[i]);
        return;
    }
    ts_period_format((ts_period){g->note_day[i], g->note_day[i]}, day, sizeof day);
    snprintf(buf, n, "%s (%s)", g->note_source[i], day);
}

int ts_table_write(ts_table *t, FILE *fp, const ts_table_opts *o, ts_error *err)
{
    if (t->auto_cols) {
        int rc = auto_columns(t, err);
        if (rc != TS_OK)
            return rc;
    }
    if (!o->mixed_prices) {
        int rc = price_conflict(t, err);
        if (rc != TS_OK)
            return rc;
    }
    tsa_grid g;
    int rc = grid_build(t, o, &g, err);
    if (rc == TS_OK)
        rc = o->format == TS_TABLE_XLSX ? tsa_table_write_xlsx(&g, fp, err)
                                        : tsa_table_write_text(&g, fp, err);
    grid_free(&g);
    if (rc == TS_OK && (fflush(fp) != 0 || ferror(fp)))
        rc = ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    return rc;
}
