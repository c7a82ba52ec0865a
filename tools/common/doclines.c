/* Places of a document's facts as runs: an entry (k, delta) says fact j
 * came from place j + delta for every j from k up to the next entry. */
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "doclines.h"

typedef struct {
    uint64_t k;
    long delta;
} run;

typedef struct {
    char *name, *path;
    int is_report;
    uint64_t n;        /* facts noted */
    run *runs;
    size_t n_runs, cap_runs;
} doc;

struct doclines {
    doc *docs;
    size_t n, cap;
};

doclines *doclines_new(void)
{
    return calloc(1, sizeof(doclines));
}

static doc *find(const doclines *d, const char *name)
{
    for (size_t i = d->n; i-- > 0;)
        if (strcmp(d->docs[i].name, name) == 0) return &d->docs[i];
    return NULL;
}

static doc *add(doclines *d, const char *name, const char *path, int is_report)
{
    if (d->n == d->cap) {
        size_t c = d->cap ? d->cap * 2 : 8;
        doc *p = realloc(d->docs, c * sizeof *p);
        if (!p) return NULL;
        d->docs = p;
        d->cap = c;
    }
    doc *x = &d->docs[d->n];
    memset(x, 0, sizeof *x);
    if (!(x->name = strdup(name)) || !(x->path = strdup(path))) {
        free(x->name);
        free(x->path);
        return NULL;
    }
    x->is_report = is_report;
    d->n++;
    return x;
}

int doclines_note(doclines *d, const char *name, const char *path, int is_report, long at)
{
    doc *x = find(d, name);
    if (!x && !(x = add(d, name, path, is_report))) return -1;
    long delta = at - (long)x->n;
    if (!x->n_runs || x->runs[x->n_runs - 1].delta != delta) {
        if (x->n_runs == x->cap_runs) {
            size_t c = x->cap_runs ? x->cap_runs * 2 : 4;
            run *p = realloc(x->runs, c * sizeof *p);
            if (!p) return -1;
            x->runs = p;
            x->cap_runs = c;
        }
        x->runs[x->n_runs++] = (run){x->n, delta};
    }
    x->n++;
    return 0;
}

void doclines_forget(doclines *d, const char *name)
{
    doc *x = find(d, name);
    if (x) x->n = x->n_runs = 0;
}

int doclines_find(const doclines *d, const char *name, uint64_t k, const char **path,
                  int *is_report, long *at)
{
    const doc *x = find(d, name);
    if (!x || k >= x->n) return 0;
    size_t lo = 0, hi = x->n_runs; /* the last run starting at or before k */
    while (hi - lo > 1) {
        size_t m = lo + (hi - lo) / 2;
        if (x->runs[m].k <= k) lo = m;
        else hi = m;
    }
    *path = x->path;
    *is_report = x->is_report;
    *at = (long)k + x->runs[lo].delta;
    return 1;
}

void doclines_free(doclines *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->docs[i].name);
        free(d->docs[i].path);
        free(d->docs[i].runs);
    }
    free(d->docs);
    free(d);
}

void doclines_warn_duplicate(const doclines *d, const char *tool, const char *doc,
                             uint64_t kept, uint64_t dropped, const ts_fact *f)
{
    ts_series v;
    ts_series_key_of_fact(f, &v);
    char key[700], per[TS_PERIOD_TEXT_MAX];
    ts_series_key_format(&v, key, sizeof key);
    ts_period_format(f->period, per, sizeof per);
    const char *path;
    int report;
    long a, b;
    if (!doclines_find(d, doc, kept, &path, &report, &a)
        || !doclines_find(d, doc, dropped, &path, &report, &b))
        cli_warn(tool, "%s: %s %s stated twice; the first is kept", doc, key, per);
    else if (report)
        cli_warn(tool, "%s: byte %ld: %s %s stated again (first at byte %ld); the first is kept",
                 path, b, key, per, a);
    else
        cli_warn(tool, "%s:%ld: %s %s stated again (first on line %ld); the first is kept", path,
                 b, key, per, a);
}
