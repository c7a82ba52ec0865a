/* Indicator tables ("phụ biểu"): text conversion turns a grid of
 * indicator rows x period columns into one cell per line, or keeps a row
 * per line with its cells apart by tabs or runs of spaces; rows are cut
 * into cells first, so both read the same way.  A header is a run of
 * period labels ("Năm 2019", "KH 2021", "9 tháng 2020", "% so cùng kỳ");
 * a row is a label naming an indicator, with its unit in parentheses or in
 * a unit column ("Đơn vị tính"), followed by one cell per column. */
#include "ts_extract.h"
#include "text/text_internal.h"
#include "ts_units.h"
#include "ts_vnum.h"
#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

#define MAX_COLS 12
#define HEADER_MAX 60 /* folded length of a header cell at most */
#define LABEL_MAX 200 /* folded length of a row label below this */

typedef struct {
    const char *measure; /* level, plan, pct_plan, yoy_pct */
    ts_period period;
    int has_period;
    char status;
} column;

/* Parses a header cell; returns 1 and fills col when it is one. */
static int header_cell(const char *s, const column *prev, const ts_extract_ctx *cx, column *col)
{
    memset(col, 0, sizeof *col);
    col->measure = TS_MEASURE_LEVEL;
    col->status = 'A';
    size_t n = strlen(s);
    if (n == 0 || n > HEADER_MAX)
        return 0;
    int pct = strchr(s, '%') != NULL || strstr(s, "so sanh") != NULL;
    int plan = strncmp(s, "kh", 2) == 0 || strstr(s, "ke hoach") != NULL;
    if (pct) {
        col->measure = strstr(s, "cung ky") ? TS_MEASURE_YOY_PCT
                       : (plan || strstr(s, "kh")) ? TS_MEASURE_PCT_PLAN : NULL;
        if (!col->measure)
            return 0;
        if (prev && prev->has_period) {
            col->period = prev->period;
            col->has_period = 1;
        }
        return 1;
    }
    if (strstr(s, "uoc"))
        col->status = 'E';
    /* A year, optionally after "n tháng". */
    int year = 0, months = 0;
    const char *p = s;
    while (*p) {
        if (*p >= '0' && *p <= '9' && (p == s || !tsx_is_word((unsigned char)p[-1]))) {
            int v = atoi(p);
            const char *q = p;
            while (*q >= '0' && *q <= '9')
                q++;
            if (v >= 1900 && v <= 2100)
                year = v;
            else if (v >= 1 && v <= 12 && strncmp(q, " thang", 6) == 0)
                months = v;
            p = q;
            continue;
        }
        p++;
    }
    if (!year) {
        int y, m, d;
        ts_civil_from_days(cx->report.last, &y, &m, &d);
        if (!months)
            return 0;
        year = y;
    }
    /* Anything else than period words makes it no header. */
    static const char *const ok[] = {"nam", "thang", "dau", "kh", "ke", "hoach", "uoc",
                                     "th", "thuc", "hien", "tinh", "uoc tinh", "cuoi"};
    for (p = s; *p;) {
        if (!tsx_is_word((unsigned char)*p) || (*p >= '0' && *p <= '9')) {
            p++;
            continue;
        }
        const char *q = p;
        while (tsx_is_word((unsigned char)*q))
            q++;
        int known = 0;
        for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++)
            if (strlen(ok[k]) == (size_t)(q - p) && strncmp(ok[k], p, (size_t)(q - p)) == 0)
                known = 1;
        if (!known)
            return 0;
        p = q;
    }
    col->period = months ? ts_period_months(year, 1, months) : ts_period_year(year);
    col->has_period = 1;
    if (plan) {
        col->measure = TS_MEASURE_PLAN;
        col->period = ts_period_year(year);
        col->status = 'A';
    }
    return 1;
}

/* A cell: a number as written, or "-" for none.  Returns 1 (number), 2
 * (empty cell) or 0 (not a cell). */
static int cell_value(const char *s, double *v)
{
    size_t n = strlen(s);
    if (n == 1 && (s[0] == '-' || s[0] == '~'))
        return 2;
    if (!tsx_is_figure_cell(s, n))
        return 0;
    int dec;
    size_t used = ts_vnum_scan(s, n, v, &dec);
    return used == n;
}

/* A lower bound of the folded length of a line, without folding it: the
 * printable ASCII bytes and the lead bytes of U+00C0..U+01BF (Latin
 * letters with marks) each fold to a byte of their own. */
static size_t folded_at_least(const ts_span *l)
{
    size_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        unsigned char b = (unsigned char)l->text[i];
        n += (b > ' ' && b < 0x7F) || (b >= 0xC3 && b <= 0xC6);
    }
    return n;
}

/* Whether a line may hold a whole row: a tab or two spaces inside. */
static int may_be_row(const ts_span *l)
{
    return l->len <= 2000 &&
           tsx_wide_space(l->text, l->len);
}

/* The lines with every row line cut into its cells (tsx_row_cells; a
 * header row has no figures, so this cuts more than TSX_LINE_ROW marks), in a
 * malloc'd array of *n_out spans; NULL when out of memory. */
static ts_span *cells_of(const ts_span *lines, size_t n_lines, size_t *n_out)
{
    size_t cap = 0, n = 0;
    ts_span *out = NULL;
    if (tsi_grow(&out, &cap, n_lines + 1, sizeof *out, 64) != 0)
        return NULL;
    for (size_t i = 0; i < n_lines; i++) {
        ts_span row[MAX_COLS + 3];
        size_t k = may_be_row(&lines[i]) ? tsx_row_cells(lines[i].text, lines[i].len,
                                                         lines[i].offset, row, MAX_COLS + 3)
                                         : 0;
        if (k < 3 || k > MAX_COLS + 3)
            k = 0; /* prose, a lone cell, or too wide a row */
        if (tsi_grow(&out, &cap, n + (k ? k : 1), sizeof *out, 64) != 0) {
            free(out);
            return NULL;
        }
        if (k) {
            memcpy(out + n, row, k * sizeof *row);
            n += k;
        } else {
            out[n++] = lines[i];
        }
    }
    *n_out = n;
    return out;
}

static int read_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                       const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                       void *user, tsx_fold *f, ts_error *err)
{
    column cols[MAX_COLS];
    size_t ncols = 0;
    size_t i = 0;
    int rc = TS_OK;
    while (i < n_lines) {
        const ts_span *l = &lines[i];
        /* Cells and row labels are short lines; paragraphs are skipped
         * without folding them. */
        if (l->len == 0 || l->len > 240) {
            i++;
            continue;
        }
        /* Neither a header cell nor (under a header) a row label: not
         * worth folding. */
        size_t least = folded_at_least(l);
        if (least > HEADER_MAX && (ncols == 0 || least >= LABEL_MAX)) {
            i++;
            continue;
        }
        if (tsx_fold_text(f, l->text, l->len) != 0) {
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
            break;
        }
        /* A header: two or more period cells in a row. */
        column c;
        if (header_cell(f->s, NULL, cx, &c)) {
            column tmp[MAX_COLS];
            size_t k = 0, j = i;
            while (j < n_lines && k < MAX_COLS) {
                if (folded_at_least(&lines[j]) > HEADER_MAX)
                    break;
                if (tsx_fold_text(f, lines[j].text, lines[j].len) != 0)
                    break;
                if (!header_cell(f->s, k ? &tmp[k - 1] : NULL, cx, &tmp[k]))
                    break;
                k++;
                j++;
            }
            if (k >= 2) {
                memcpy(cols, tmp, k * sizeof tmp[0]);
                ncols = k;
                i = j;
                continue;
            }
            i++;
            continue;
        }
        /* A row label naming an indicator, then ncols cells. */
        const ts_indicator *ind = NULL;
        if (ncols > 0 && f->len > 0 && f->len < LABEL_MAX) {
            ts_lexicon_match m;
            if (tsx_lexicon_find_folded(lx, f, &m, 1) >= 1 && m.start < 8)
                ind = ts_catalog_find(cat, m.indicator);
        }
        if (!ind || i + ncols >= n_lines + 1) {
            i++;
            continue;
        }
        /* The unit in parentheses, else in a unit column right after the
         * label ("tỷ đồng"), else the indicator's own. */
        ts_unit_match um = {ind->unit, 1}, u2;
        const char *par = memchr(l->text, '(', l->len);
        size_t first = i + 1; /* the first value cell */
        if (par) {
            size_t rest = l->len - (size_t)(par + 1 - l->text);
            if (ts_unit_match_text(par + 1, rest, &u2))
                um = u2;
        }
        if (first < n_lines && lines[first].len > 0 &&
            ts_unit_match_text(lines[first].text, lines[first].len, &u2) == lines[first].len) {
            um = u2;
            first++;
        }
        double vals[MAX_COLS];
        int kinds[MAX_COLS];
        size_t k = 0;
        for (; k < ncols && first + k < n_lines; k++) {
            const ts_span *cl = &lines[first + k];
            if (tsx_fold_text(f, cl->text, cl->len) != 0)
                break;
            kinds[k] = cell_value(f->s, &vals[k]);
            if (!kinds[k])
                break;
        }
        if (k < ncols) {
            i++;
            continue;
        }
        for (k = 0; k < ncols; k++) {
            if (kinds[k] != 1 || !cols[k].has_period || !cols[k].measure)
                continue;
            ts_fact fa;
            ts_fact_init(&fa);
            fa.indicator = ind->id;
            fa.area = cx->area ? cx->area : "";
            fa.measure = cols[k].measure;
            fa.period = cols[k].period;
            fa.status = cols[k].status;
            fa.source = cx->source ? cx->source : "-";
            if (strcmp(cols[k].measure, TS_MEASURE_YOY_PCT) == 0) {
                fa.value = vals[k] - 100; /* tables give "% so cùng kỳ" as an index */
                fa.unit = "pct";
            } else if (strcmp(cols[k].measure, TS_MEASURE_PCT_PLAN) == 0) {
                fa.value = vals[k];
                fa.unit = "pct";
            } else {
                double x = vals[k] * um.factor;
                if (strcmp(um.unit, ind->unit) != 0 &&
                    ts_unit_convert(x, um.unit, ind->unit, &x, NULL) != TS_OK)
                    continue;
                fa.value = x;
                fa.unit = ind->unit;
            }
            if (fn)
                fn(user, &fa, l->offset, l->text);
        }
        i = first + ncols;
    }
    return rc;
}

int tsx_extract_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                       const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                       void *user, tsx_fold *f, ts_error *err)
{
    size_t n = 0;
    ts_span *cells = cells_of(lines, n_lines, &n);
    if (!cells)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    int rc = read_tables(cells, n, cx, lx, cat, fn, user, f, err);
    free(cells);
    return rc;
}

int ts_extract_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                      const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                      void *user, ts_error *err)
{
    tsx_fold f = {0};
    int rc = tsx_extract_tables(lines, n_lines, cx, lx, cat, fn, user, &f, err);
    tsx_fold_free(&f);
    return rc;
}
