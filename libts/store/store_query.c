/* Queries: stream the selected facts, or whole series, out of the /obs
 * columns in large blocks of whole series, choosing the current vintage of
 * each series and period on the way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "core/selector.h"
#include "store/store_h5.h"
#include "ts_store.h"

/* Rows read per block: whole series up to about this many. */
#define QUERY_BLOCK (1u << 20)

struct ts_query {
    ts_store *s;
    ts_selector sel;
    long source;            /* index of sel.source, -2 when it names none */
    tsi_slice own;          /* the series a narrow query read for itself */
    const tsi_slice *sl;    /* &own, or the store's whole table */
    size_t next;            /* first slice row not yet considered */
    const char *last_ind;   /* indicator of the last glob test, and its result */
    int last_ind_match;
    /* the current block: rows [0, n) of the columns below */
    uint64_t cap, n, pos, group_end;
    void *col[TSI_N_COLUMNS];
    int32_t best_vintage, best_doc; /* the current vintage of this group */
    int group_empty;        /* no row of the group passes */
    char vintage_text[16], offset_text[24];
    int32_t vintage_cached; /* the day vintage_text holds, to format once per run */
    int by_series;          /* read by ts_query_next_series: fewer columns */
    /* ts_query_next_series: the columns of the series handed out last */
    ts_period *s_period;
    double *s_value;
    char *s_status;
    const char **s_source;
    size_t s_cap;
    tsi_strings extra[TS_FACT_MAX_EXTRA]; /* a result store's extra columns, this block */
};

/* Narrows [*lo, *hi) to the rows whose column equals key, the column
 * being sorted inside the range (series are sorted by indicator, area,
 * measure, unit). */
static int narrow(ts_store *s, const char *column, const char *key, size_t *lo, size_t *hi,
                  ts_error *err)
{
    tsi_probe p;
    int rc = tsi_probe_open(s->file, s->path, s->version, column, &p, err);
    if (rc != TS_OK) return rc;
    size_t bounds[2];
    for (int upper = 0; upper < 2 && rc == TS_OK; upper++) {
        size_t a = upper ? bounds[0] : *lo, b = *hi; /* first row > key (upper) or >= key */
        while (a < b && rc == TS_OK) {
            size_t m = a + (b - a) / 2;
            const char *v;
            if ((rc = tsi_probe_get(&p, m, &v, err)) != TS_OK) break;
            int c = strcmp(v, key);
            if (c < 0 || (upper && c == 0)) a = m + 1;
            else b = m;
        }
        bounds[upper] = a;
    }
    tsi_probe_close(&p);
    if (rc == TS_OK) {
        *lo = bounds[0];
        *hi = bounds[1];
    }
    return rc;
}

/* The rows a binary search found must hold the key searched for (an
 * unsorted table would send the search astray) and be in order. */
static int check_narrowed(const ts_store *s, const ts_selector *sel, const tsi_slice *sl,
                          ts_error *err)
{
    const char *want[3] = {sel->indicator, sel->area, sel->area ? sel->measure : NULL};
    for (size_t i = 0; i < sl->n; i++)
        for (int j = 0; j < 3; j++)
            if (want[j] && strcmp(tsi_str(&sl->key[j], i), want[j]) != 0)
                return ts_error_set(err, TS_EFORMAT, "%s: damaged store: the series table is not "
                                    "sorted (row %zu)", s->path, sl->lo + i);
    return tsi_check_series(s, sl, err);
}

int tsi_series_range(ts_store *s, const ts_selector *sel, size_t *lo, size_t *hi,
                     int *narrowed, ts_error *err)
{
    *lo = 0;
    *hi = s->n_series;
    *narrowed = 0;
    if (sel->has_series) {
        *hi = sel->series_end < s->n_series ? sel->series_end : s->n_series;
        *lo = sel->series_first < *hi ? sel->series_first : *hi;
    }
    if (!sel->indicator || sel->n_indicators || strpbrk(sel->indicator, "*?[\\")) return TS_OK;
    /* An exact indicator (and area, measure): binary search for its series
     * and read only those, however large the store. */
    *narrowed = 1;
    int rc = narrow(s, "series/indicator", sel->indicator, lo, hi, err);
    if (rc == TS_OK && sel->area) rc = narrow(s, "series/area", sel->area, lo, hi, err);
    if (rc == TS_OK && sel->area && sel->measure && !sel->n_measures)
        rc = narrow(s, "series/measure", sel->measure, lo, hi, err);
    return rc;
}

int ts_query_open(ts_store *s, const ts_selector *sel, ts_query **out, ts_error *err)
{
    ts_query *q = calloc(1, sizeof *q);
    if (!q) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", s->path);
    q->s = s;
    q->sel = *sel;
    q->source = -1;
    q->vintage_cached = INT32_MIN;
    if (sel->source) {
        size_t i;
        q->source = ts_store_source_find(s, sel->source, &i, NULL) == TS_OK ? (long)i : -2;
    }
    size_t lo, hi;
    int narrowed, rc = tsi_series_range(s, sel, &lo, &hi, &narrowed, err);
    if (rc != TS_OK) {
    } else if (narrowed || sel->has_series) {
        /* A part of the table (an exact key, or one process's share): read
         * only its rows, checked as the whole table would be. */
        rc = tsi_slice_load(s, lo, hi - lo, &q->own, err);
        if (rc == TS_OK)
            rc = narrowed ? check_narrowed(s, sel, &q->own, err) : tsi_check_series(s, &q->own, err);
        q->sl = &q->own;
    } else {
        rc = tsi_store_load_all(s, err);
        q->sl = &s->all;
    }
    if (rc != TS_OK) {
        ts_query_close(q);
        return rc;
    }
    *out = q;
    return TS_OK;
}

void ts_query_close(ts_query *q)
{
    if (!q) return;
    for (int c = 0; c < TSI_N_COLUMNS; c++) free(q->col[c]);
    for (size_t c = 0; c < TS_FACT_MAX_EXTRA; c++) tsi_strings_free(&q->extra[c]);
    tsi_slice_free(&q->own);
    free(q->s_period);
    free(q->s_value);
    free(q->s_status);
    free(q->s_source);
    free(q);
}

/* Whether slice row i passes the indicator, area and measure tests. */
static int series_selected(ts_query *q, size_t i)
{
    const tsi_slice *sl = q->sl;
    if (!tsi_sel_key(&q->sel, tsi_str(&sl->key[1], i), tsi_str(&sl->key[2], i),
                     tsi_str(&sl->key[4], i), tsi_str(&sl->key[5], i)))
        return 0;
    if (q->sel.indicator || q->sel.n_indicators) {
        /* Series are sorted by indicator: one glob test per indicator. */
        const char *ind = tsi_str(&sl->key[0], i);
        if (!q->last_ind || strcmp(q->last_ind, ind) != 0) {
            q->last_ind = ind;
            q->last_ind_match = tsi_sel_indicator(&q->sel, ind);
        }
        if (!q->last_ind_match) return 0;
    }
    return 1;
}

static int read_column(ts_query *q, int c, uint64_t start, uint64_t rows, ts_error *err)
{
    return tsi_h5_read_range(q->s->file, q->s->path, tsi_obs_columns[c].name,
                             tsi_obs_columns[c].type(), start, rows, q->col[c], err);
}

/* Which columns a block of whole series (slice rows [first, end), rows in
 * all) needs, its periods read first: the series numbers are those of the
 * series table (the series tile /obs); doc and vintage choose between
 * facts of one period, so they are read only when a series repeats a
 * period (or a document is selected) and zero otherwise; the offsets not
 * at all.  0 when a read failed. */
static unsigned series_columns(ts_query *q, size_t first, size_t end, uint64_t rows,
                               ts_error *err)
{
    const tsi_slice *sl = q->sl;
    uint64_t at = sl->obs_start[first];
    if (read_column(q, TSI_C_FIRST, at, rows, err) != TS_OK ||
        read_column(q, TSI_C_LAST, at, rows, err) != TS_OK)
        return 0;
    const int32_t *day0 = q->col[TSI_C_FIRST], *day1 = q->col[TSI_C_LAST];
    uint32_t *ser = q->col[TSI_C_SERIES];
    int repeats = q->source >= 0;
    uint64_t r = 0;
    for (size_t k = first; k < end; k++) {
        for (uint64_t e = r + sl->obs_count[k], i = r; i < e; i++) {
            ser[i] = (uint32_t)(sl->lo + k);
            repeats |= i > r && (day0[i - 1] > day0[i] ||
                                 (day0[i - 1] == day0[i] && day1[i - 1] >= day1[i]));
        }
        r += sl->obs_count[k];
    }
    unsigned read = TSI_ALL_COLUMNS & ~TSI_COLUMN_BIT(TSI_C_OFFSET);
    if (!repeats) {
        memset(q->col[TSI_C_DOC], 0, rows * sizeof(int32_t));
        memset(q->col[TSI_C_VINTAGE], 0, rows * sizeof(int32_t));
        read &= ~(TSI_COLUMN_BIT(TSI_C_DOC) | TSI_COLUMN_BIT(TSI_C_VINTAGE));
    }
    return read;
}

/* Reads the next block of consecutive selected series: 1, or 0 when none
 * is left, or -1 on failure.  A block never splits a series, so vintage
 * groups stay whole. */
static int load_block(ts_query *q, ts_error *err)
{
    ts_store *s = q->s;
    const tsi_slice *sl = q->sl;
    if (q->source == -2) return 0; /* an unknown document said nothing */
    while (q->next < sl->n && (!series_selected(q, q->next) || sl->obs_count[q->next] == 0))
        q->next++;
    if (q->next >= sl->n) return 0;
    size_t first = q->next, end = first + 1;
    uint64_t rows = sl->obs_count[first];
    while (end < sl->n && rows + sl->obs_count[end] <= QUERY_BLOCK && series_selected(q, end)
           && sl->obs_start[end] == sl->obs_start[end - 1] + sl->obs_count[end - 1])
        rows += sl->obs_count[end++];
    q->next = end;
    if (rows > q->cap) {
        for (int c = 0; c < TSI_N_COLUMNS; c++) {
            if (tsi_resize(&q->col[c], rows, tsi_obs_columns[c].size) != 0) {
                ts_error_set(err, TS_ENOMEM, "%s: out of memory", s->path);
                return -1;
            }
        }
        q->cap = rows;
    }
    unsigned read = q->by_series ? series_columns(q, first, end, rows, err) : TSI_ALL_COLUMNS;
    for (int c = 0; c < TSI_N_COLUMNS; c++) {
        if (!(read & TSI_COLUMN_BIT(c)) || (q->by_series && c <= TSI_C_LAST)) continue;
        if (read_column(q, c, sl->obs_start[first], rows, err) != TS_OK) return -1;
    }
    if (!read) return -1;
    /* Every row must belong to the series read, or the keys would lie;
     * every index must point into its table. */
    if (tsi_check_obs(s, sl->obs_start[first], rows, q->col, sl, first, read, err) != TS_OK)
        return -1;
    /* A result store's extra columns, for facts (series carry none). */
    for (size_t c = 0; !q->by_series && c < s->n_extra; c++) {
        char name[160];
        snprintf(name, sizeof name, "extra/%s", tsi_str(&s->extra_names, c));
        tsi_strings_free(&q->extra[c]);
        if (tsi_h5_read_text(s->file, s->path, 2, name, sl->obs_start[first], rows, &q->extra[c],
                             err) != TS_OK)
            return -1;
    }
    q->n = rows;
    q->pos = q->group_end = 0;
    return 1;
}

/* Whether row r passes the source test. */
static int row_source_ok(const ts_query *q, uint64_t r)
{
    if (q->source < 0) return 1;
    return ((int32_t *)q->col[TSI_C_SOURCE])[r] == q->source
        || ((int32_t *)q->col[TSI_C_DOC])[r] == q->source;
}

/* Starts the group of rows at q->pos that share series and period: finds
 * its end, applies the period test, and finds its current vintage. */
static void start_group(ts_query *q)
{
    const uint32_t *ser = q->col[TSI_C_SERIES];
    const int32_t *first = q->col[TSI_C_FIRST], *last = q->col[TSI_C_LAST];
    const int32_t *vint = q->col[TSI_C_VINTAGE], *doc = q->col[TSI_C_DOC];
    uint64_t a = q->pos, b = a + 1;
    while (b < q->n && ser[b] == ser[a] && first[b] == first[a] && last[b] == last[a]) b++;
    q->group_end = b;
    q->group_empty = (q->sel.has_from && first[a] < q->sel.from.first)
                  || (q->sel.has_to && last[a] > q->sel.to.last);
    if (q->group_empty || q->sel.vintages) return;
    /* Rows are sorted by vintage then document: the last passing row has
     * the current key. */
    q->group_empty = 1;
    for (uint64_t r = b; r-- > a;)
        if (row_source_ok(q, r)) {
            q->best_vintage = vint[r];
            q->best_doc = doc[r];
            q->group_empty = 0;
            break;
        }
}

/* The six key columns of slice row si (indicator, area, measure, unit,
 * price, plan_by) into *k[0] ... *k[5]. */
static void key_into(const tsi_slice *sl, uint32_t si, const char **const k[6])
{
    for (int j = 0; j < 6; j++)
        *k[j] = tsi_str(&sl->key[j], si);
}

/* Fills q->fact from row r. */
static void make_fact(ts_query *q, uint64_t r, ts_fact *f)
{
    const ts_store *s = q->s;
    const tsi_slice *sl = q->sl;
    uint32_t si = ((uint32_t *)q->col[TSI_C_SERIES])[r] - (uint32_t)sl->lo;
    int32_t src = ((int32_t *)q->col[TSI_C_SOURCE])[r];
    int32_t doc = ((int32_t *)q->col[TSI_C_DOC])[r];
    int64_t off = ((int64_t *)q->col[TSI_C_OFFSET])[r];
    key_into(sl, si, (const char **[6]){&f->indicator, &f->area, &f->measure, &f->unit,
                                        &f->price, &f->plan_by});
    f->period.first = ((int32_t *)q->col[TSI_C_FIRST])[r];
    f->period.last = ((int32_t *)q->col[TSI_C_LAST])[r];
    f->value = ((double *)q->col[TSI_C_VALUE])[r];
    f->status = (char)((uint8_t *)q->col[TSI_C_STATUS])[r];
    f->source = src >= 0 && (size_t)src < s->n_src ? tsi_str(&s->src_name, src) : "-";
    int32_t vint = ((int32_t *)q->col[TSI_C_VINTAGE])[r];
    if (vint != q->vintage_cached) { /* runs of one vintage are the rule */
        tsi_date_format(vint, q->vintage_text);
        q->vintage_cached = vint;
    }
    if (off >= 0) snprintf(q->offset_text, sizeof q->offset_text, "%lld", (long long)off);
    else q->offset_text[0] = '\0';
    f->n_extra = 3;
    f->extra_name[0] = "vintage";
    f->extra_value[0] = q->vintage_text;
    f->extra_name[1] = "imported_from";
    f->extra_value[1] = doc >= 0 && (size_t)doc < s->n_src ? tsi_str(&s->src_name, doc) : "-";
    f->extra_name[2] = "offset";
    f->extra_value[2] = q->offset_text;
    for (size_t c = 0; c < s->n_extra; c++) {
        f->extra_name[f->n_extra] = tsi_str(&s->extra_names, c);
        f->extra_value[f->n_extra++] = tsi_str(&q->extra[c], r);
    }
}

/* Advances to the next row before `end` that the query yields (the
 * current vintage, the source test): 1 with *r, or 0 when none is left
 * before end.  end is the block's end or a series' end in it: groups never
 * cross a series. */
static int next_row_before(ts_query *q, uint64_t end, uint64_t *r)
{
    const int32_t *vint = q->col[TSI_C_VINTAGE], *doc = q->col[TSI_C_DOC];
    while (q->pos < end) {
        if (q->pos == q->group_end) start_group(q);
        uint64_t i = q->pos++;
        if (q->group_empty) {
            q->pos = q->group_end;
            continue;
        }
        if (!row_source_ok(q, i)) continue;
        if (!q->sel.vintages && (vint[i] != q->best_vintage || doc[i] != q->best_doc)) continue;
        *r = i;
        return 1;
    }
    return 0;
}

/* The next row the query yields, reading blocks as needed: TS_OK with *r,
 * TS_EOF, or the error after which the query is finished. */
static int next_row(ts_query *q, uint64_t *r, ts_error *err)
{
    while (!next_row_before(q, q->n, r)) {
        int rc = load_block(q, err);
        if (rc <= 0) {
            q->n = q->pos = 0;
            q->next = q->sl->n; /* finished, also after an error */
            return rc == 0 ? TS_EOF : err ? err->code : TS_EIO;
        }
    }
    return TS_OK;
}

int ts_query_next(ts_query *q, ts_fact *f, ts_error *err)
{
    if (q->by_series) /* its blocks lack the columns of a fact's extras */
        return ts_error_set(err, TS_EINVAL, "%s: a query read by series yields no facts",
                            q->s->path);
    uint64_t r;
    int rc = next_row(q, &r, err);
    if (rc == TS_OK) make_fact(q, r, f);
    return rc;
}

/* Room for n rows in the series columns; -1 when out of memory. */
static int series_room(ts_query *q, size_t n)
{
    if (n <= q->s_cap) return 0;
    size_t cap = n > q->cap ? n : (size_t)q->cap; /* a block's worth: once */
    if (tsi_resize(&q->s_period, cap, sizeof *q->s_period)
        || tsi_resize(&q->s_value, cap, sizeof *q->s_value)
        || tsi_resize(&q->s_status, cap, sizeof *q->s_status)
        || tsi_resize((void *)&q->s_source, cap, sizeof *q->s_source))
        return -1;
    q->s_cap = cap;
    return 0;
}

/* Row r of the block as observation n of the series handed out. */
static void put_row(ts_query *q, size_t n, uint64_t r)
{
    const ts_store *s = q->s;
    int32_t src = ((const int32_t *)q->col[TSI_C_SOURCE])[r];
    q->s_period[n].first = ((const int32_t *)q->col[TSI_C_FIRST])[r];
    q->s_period[n].last = ((const int32_t *)q->col[TSI_C_LAST])[r];
    q->s_value[n] = ((const double *)q->col[TSI_C_VALUE])[r];
    q->s_status[n] = (char)((const uint8_t *)q->col[TSI_C_STATUS])[r];
    q->s_source[n] = src >= 0 && (size_t)src < s->n_src ? tsi_str(&s->src_name, src) : "-";
}

/* Whether rows [r, end) have one row per period (strictly increasing):
 * each row is then its own group and its current vintage, and only the
 * period test is left when no document is selected. */
static int one_per_period(const ts_query *q, uint64_t r, uint64_t end)
{
    const int32_t *first = q->col[TSI_C_FIRST], *last = q->col[TSI_C_LAST];
    if (q->source != -1) return 0;
    for (uint64_t i = r + 1; i < end; i++)
        if (!(first[i - 1] < first[i] || (first[i - 1] == first[i] && last[i - 1] < last[i])))
            return 0;
    return 1;
}

/* The first row after r and before end that passes the period test, or
 * end (rows of one period each). */
static uint64_t next_in_span(const ts_query *q, uint64_t r, uint64_t end)
{
    const int32_t *first = q->col[TSI_C_FIRST], *last = q->col[TSI_C_LAST];
    while (++r < end && ((q->sel.has_from && first[r] < q->sel.from.first) ||
                         (q->sel.has_to && last[r] > q->sel.to.last)))
        ;
    return r;
}

int ts_query_next_series(ts_query *q, ts_series *out, ts_error *err)
{
    q->by_series = 1;
    uint64_t r;
    int rc = next_row(q, &r, err);
    if (rc != TS_OK) return rc;
    /* A block holds whole series: this one ends in it. */
    const uint32_t *ser = q->col[TSI_C_SERIES];
    uint64_t end = r + 1;
    while (end < q->n && ser[end] == ser[r]) end++;
    if (series_room(q, (size_t)(end - r)) != 0) {
        q->n = q->pos = 0;
        q->next = q->sl->n;
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", q->s->path);
    }
    const tsi_slice *sl = q->sl;
    uint32_t si = ser[r] - (uint32_t)sl->lo;
    int single = one_per_period(q, r, end);
    size_t n = 0;
    do put_row(q, n++, r);
    while (single ? (r = next_in_span(q, r, end)) < end : next_row_before(q, end, &r));
    if (single) q->pos = q->group_end = end;
    key_into(sl, si, (const char **[6]){&out->indicator, &out->area, &out->measure,
                                        &out->unit, &out->price, &out->plan_by});
    out->n = n;
    out->period = q->s_period;
    out->value = q->s_value;
    out->status = q->s_status;
    out->source = q->s_source;
    return TS_OK;
}
