/* ts-import's sink (see sink.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "sink.h"

/* A TSV writer on standard output with the output options applied. */
static ts_writer *writer(const sink *s, ts_error *err)
{
    ts_writer *w = ts_writer_new(stdout, s->n_extra, (const char *const *)s->extra, err);
    if (w)
        ts_writer_set_decimals(w, s->decimals);
    return w;
}

static int set_columns(sink *s, size_t n, const char *const *names, ts_error *err)
{
    for (size_t i = 0; i < n; i++) {
        if (!(s->extra[i] = strdup(names[i])))
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        s->n_extra = i + 1;
    }
    s->tsv = writer(s, err);
    return s->tsv ? TS_OK : err->code;
}

int sink_columns(sink *s, const ts_reader *r, ts_error *err)
{
    if (s->tsv || s->txn)
        return TS_OK;
    const char *names[TS_FACT_MAX_EXTRA];
    size_t n = ts_reader_extra_count(r);
    for (size_t i = 0; i < n && i < TS_FACT_MAX_EXTRA; i++)
        names[i] = ts_reader_extra_name(r, i);
    return set_columns(s, n, names, err);
}

int sink_report_columns(sink *s, ts_error *err)
{
    static const char *const extra[] = {"offset", "excerpt", "place"};
    return set_columns(s, 3, extra, err);
}

/* The byte offset of a fact's sentence, from an 'offset' column; -1 when
 * there is none. */
static int64_t fact_offset(const ts_fact *f)
{
    const char *v = ts_fact_extra(f, "offset");
    char *end;
    if (!v || !*v)
        return -1;
    long long o = strtoll(v, &end, 10);
    return *end || o < 0 ? -1 : (int64_t)o;
}

int sink_put(sink *s, const ts_fact *f, ts_error *err)
{
    s->facts++;
    if (s->txn)
        return ts_txn_add_fact(s->txn, f, s->doc, fact_offset(f), err);
    int rc = ts_writer_write(s->tsv, f, err);
    if (rc == TS_EIO)
        s->failed = 1;
    return rc;
}

int sink_finish(sink *s, int failed_run, ts_error *err)
{
    if (s->failed)
        return TS_EIO;
    if (s->txn || (failed_run && !s->facts))
        return TS_OK; /* a store is committed by the tool */
    if (!s->tsv && !(s->tsv = writer(s, err)))
        return err->code;
    int rc = ts_writer_finish(s->tsv, err);
    if (rc == TS_EIO)
        s->failed = 1;
    return rc;
}

void sink_free(sink *s)
{
    ts_writer_free(s->tsv);
    for (size_t i = 0; i < s->n_extra; i++)
        free(s->extra[i]);
    free(s->days);
}

/* Counts a document read and its report date (a vintage). */
static void count_document(sink *s, const ts_source_new *src, int changed)
{
    if (!changed) {
        s->docs_same++;
        return;
    }
    s->docs_new++;
    if (src->has_date)
        sink_add_day(s, src->date);
}

void sink_add_day(sink *s, int32_t day)
{
    for (size_t i = 0; i < s->n_days; i++)
        if (s->days[i] == day)
            return;
    int32_t *d = realloc(s->days, (s->n_days + 1) * sizeof *d);
    if (d) {
        s->days = d;
        s->days[s->n_days++] = day;
    }
}

int sink_document(sink *s, const char *name, const char *kind, const char *text, size_t len,
                  const char *sha256, const ts_doc_meta *meta, const char *original,
                  size_t original_len)
{
    ts_source_new src = {0};
    src.name = name;
    src.kind = kind;
    src.text = text;
    src.text_len = len;
    src.sha256 = sha256;
    src.omit_text = text == NULL;
    src.sha256_later = !text && !sha256;
    src.original = original;
    src.original_len = original_len;
    if (meta) {
        src.has_period = meta->has_period;
        src.period = meta->period;
        src.has_date = meta->has_date;
        if (meta->has_date)
            src.date = ts_days_from_civil(meta->year, meta->month, meta->day);
    }
    int changed;
    ts_error err;
    if (ts_txn_add_source(s->txn, &src, &s->doc, &changed, &err) != TS_OK) {
        cli_report(s->tool, &err);
        return -CLI_FATAL;
    }
    count_document(s, &src, changed);
    snprintf(s->doc_name, sizeof s->doc_name, "%s", name);
    doclines_forget(s->lines, name);
    return changed;
}

void sink_summary(const sink *s, const char *store)
{
    fprintf(stderr, "%s: %s: %zu document%s read (%zu already in the store), %zu fact%s added, "
            "%zu vintage%s, %zu skipped\n", s->tool, store, s->docs_new + s->docs_same,
            s->docs_new + s->docs_same == 1 ? "" : "s", s->docs_same, s->facts,
            s->facts == 1 ? "" : "s", s->n_days, s->n_days == 1 ? "" : "s", s->skipped);
}
