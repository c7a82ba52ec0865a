/* Trend tables: series as rows, periods as columns, an optional growth
 * column, written as TSV, CSV, Markdown or LaTeX (booktabs) with a fixed
 * number of decimals and, on request, Vietnamese separators (1.304,37). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/names.h"
#include "ts_agg.h"
#include "core/grow.h"

static const char *const format_names[] = {"tsv", "csv", "md", "latex"};
static const char *const growth_names[] = {"none", "cagr", "change"};

TSI_NAME_PARSER(ts_table_format_parse, ts_table_format, format_names)

TSI_NAME_PARSER(ts_table_growth_parse, ts_table_growth, growth_names)

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
    char *key[4];      /* indicator, area, measure, unit */
    ts_period *period; /* the row's observations */
    double *value;
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
    for (int k = 0; k < 4; k++)
        free(r->key[k]);
    free(r->period);
    free(r->value);
}

int ts_table_add(ts_table *t, const ts_series *s, ts_error *err)
{
    if (tsi_grow(&t->rows, &t->cap_rows, t->n_rows + 1, sizeof *t->rows, 32) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    row r = {{NULL}, NULL, NULL, s->n};
    const char *k[4] = {s->indicator, s->area, s->measure, s->unit};
    int ok = 1;
    for (int i = 0; i < 4; i++)
        ok &= (r.key[i] = strdup(k[i])) != NULL;
    r.period = malloc((s->n + 1) * sizeof *r.period);
    r.value = malloc((s->n + 1) * sizeof *r.value);
    if (!ok || !r.period || !r.value) {
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

/* The row's value in period p, or NAN. */
static double cell(const row *r, ts_period p)
{
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ts_period_cmp(r->period[mid], p) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->n && ts_period_cmp(r->period[lo], p) == 0 ? r->value[lo] : NAN;
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

/* Writes one cell's text for the format, escaped as it needs. */
static void put_cell(FILE *fp, ts_table_format f, const char *s, int first)
{
    if (!first)
        fputs(f == TS_TABLE_TSV ? "\t" : f == TS_TABLE_CSV ? "," : f == TS_TABLE_MD ? " | " : " & ",
              fp);
    else if (f == TS_TABLE_MD)
        fputs("| ", fp);
    switch (f) {
    case TS_TABLE_TSV:
        for (; *s; s++)
            fputc(*s == '\t' || *s == '\n' ? ' ' : *s, fp);
        break;
    case TS_TABLE_CSV:
        if (strpbrk(s, ",\"\n\r")) {
            fputc('"', fp);
            for (; *s; s++) {
                if (*s == '"')
                    fputc('"', fp);
                fputc(*s, fp);
            }
            fputc('"', fp);
        } else {
            fputs(s, fp);
        }
        break;
    case TS_TABLE_MD:
        for (; *s; s++) {
            if (*s == '|')
                fputc('\\', fp);
            fputc(*s == '\n' ? ' ' : *s, fp);
        }
        break;
    case TS_TABLE_LATEX:
        for (; *s; s++) {
            switch (*s) {
            case '\\': fputs("\\textbackslash{}", fp); break;
            case '~': fputs("\\textasciitilde{}", fp); break;
            case '^': fputs("\\textasciicircum{}", fp); break;
            case '&': case '%': case '$': case '#': case '_': case '{': case '}':
                fputc('\\', fp);
                fputc(*s, fp);
                break;
            default: fputc(*s, fp);
            }
        }
        break;
    }
}

static void end_row(FILE *fp, ts_table_format f)
{
    fputs(f == TS_TABLE_MD ? " |\n" : f == TS_TABLE_LATEX ? " \\\\\n" : "\n", fp);
}

int ts_table_write(ts_table *t, FILE *fp, const ts_table_opts *o, ts_error *err)
{
    if (t->auto_cols) {
        int rc = auto_columns(t, err);
        if (rc != TS_OK)
            return rc;
    }
    int has_growth = o->growth != TS_TABLE_GROWTH_NONE;
    size_t nc = t->n_cols;
    double *v = malloc((nc + 1) * sizeof *v);
    if (!v)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    ts_table_format f = o->format;
    if (f == TS_TABLE_LATEX) {
        fputs("\\begin{tabular}{llll", fp);
        for (size_t c = 0; c < nc + (size_t)has_growth; c++)
            fputc('r', fp);
        fputs("}\n\\toprule\n", fp);
    }
    static const char *const head[4] = {"indicator", "area", "measure", "unit"};
    for (int k = 0; k < 4; k++)
        put_cell(fp, f, head[k], k == 0);
    char buf[96];
    for (size_t c = 0; c < nc; c++) {
        ts_period_format(t->cols[c], buf, sizeof buf);
        put_cell(fp, f, buf, 0);
    }
    if (has_growth)
        put_cell(fp, f, o->growth == TS_TABLE_GROWTH_CAGR ? "cagr_pct" : "change_pct", 0);
    end_row(fp, f);
    if (f == TS_TABLE_MD) {
        fputs("|---|---|---|---|", fp);
        for (size_t c = 0; c < nc + (size_t)has_growth; c++)
            fputs("---:|", fp);
        fputc('\n', fp);
    } else if (f == TS_TABLE_LATEX) {
        fputs("\\midrule\n", fp);
    }
    for (size_t i = 0; i < t->n_rows; i++) {
        const row *r = &t->rows[i];
        int any = 0;
        for (size_t c = 0; c < nc; c++) {
            v[c] = cell(r, t->cols[c]);
            any |= !isnan(v[c]);
        }
        if (!any)
            continue; /* nothing of this series in the chosen columns */
        for (int k = 0; k < 4; k++)
            put_cell(fp, f, r->key[k], k == 0);
        for (size_t c = 0; c < nc; c++) {
            ts_number_format(v[c], o->decimals, o->vi, buf, sizeof buf);
            put_cell(fp, f, buf, 0);
        }
        if (has_growth) {
            /* Growth of a percentage (yoy_pct, pct_plan, ...) means nothing;
             * a rate's own level (forest cover in pct) still has one. */
            int pct = strcmp(r->key[3], "pct") == 0 && strcmp(r->key[2], "level") != 0;
            ts_number_format(pct ? NAN : growth(t, v, o->growth), o->decimals, o->vi, buf, sizeof buf);
            put_cell(fp, f, buf, 0);
        }
        end_row(fp, f);
    }
    if (f == TS_TABLE_LATEX)
        fputs("\\bottomrule\n\\end{tabular}\n", fp);
    free(v);
    if (fflush(fp) != 0 || ferror(fp))
        return ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    return TS_OK;
}
