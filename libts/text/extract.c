/* The document driver: gives each sentence of a parsed report its context
 * (the report's area and period, the default period of its section from
 * sections.c, the targets of the directions part), runs the clause
 * extractor on it and the table reader on the lines, and hands the facts
 * to collide.c, which settles them for the document. */
#include "ts_extract.h"
#include "text/text_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- holding the facts ---- */

typedef struct {
    tsx_held *held;
    const ts_extract_ctx *cx;
    ts_unmatched_fn unmatched;
    ts_table_fn table;
    void *user;
    int oom;
} holder;

static void hold(holder *h, const ts_fact *f, size_t offset, const char *excerpt, int lent)
{
    if (tsx_held_add(h->held, f, offset, excerpt, lent, h->cx->fact_flags, h->cx->fact_phrase) !=
        TS_OK)
        h->oom = 1;
}

/* A sentence's fact: its excerpt is the document's sentence. */
static void hold_fact(void *u, const ts_fact *f, size_t offset, const char *excerpt)
{
    hold(u, f, offset, excerpt, 0);
}

/* A table's fact: its excerpt is built for the call. */
static void hold_table_fact(void *u, const ts_fact *f, size_t offset, const char *excerpt)
{
    hold(u, f, offset, excerpt, 1);
}

static void forward_unmatched(void *u, const char *q, const char *reason, size_t offset,
                              const char *excerpt)
{
    holder *h = u;
    h->unmatched(h->user, q, reason, offset, excerpt);
}

static void forward_table(void *u, const ts_table_info *t)
{
    holder *h = u;
    h->table(h->user, t);
}

/* Sentence s goes on from prev as the next sentence of the same footnote:
 * only a sentence break between them. */
static int footnote_goes_on(const ts_span *prev, const ts_span *s)
{
    return prev && s->in_footnote && prev->in_footnote &&
           s->offset >= prev->offset + prev->len && s->offset <= prev->offset + prev->len + 3;
}

/* Whether the sentence holds an ASCII digit (folding keeps exactly those
 * as digits, and every figure starts with one). */
static int has_digit(const ts_span *s)
{
    for (size_t i = 0; i < s->len; i++)
        if ((unsigned char)(s->text[i] - '0') < 10)
            return 1;
    return 0;
}

int ts_extract_doc(const ts_doc *doc, const ts_lexicon *lx, const ts_catalog *cat,
                   ts_fact_fn fn, ts_unmatched_fn unmatched, void *user, ts_error *err)
{
    ts_extract_sink sink = {.fact = fn, .unmatched = unmatched, .user = user};
    return ts_extract_doc_to(doc, lx, cat, &sink, err);
}

/* What the driver keeps while it reads one document. */
typedef struct {
    const ts_doc *doc;
    const ts_lexicon *lx;
    const ts_catalog *cat;
    ts_doc_meta meta;   /* the title block's, completed from the body */
    int has_period;     /* without one, sentences have no period to give */
    ts_period report;
    ts_extract_ctx cx;
    tsx_section *sec;
    size_t nsec;
    holder held;
    tsx_fold fold, fold2;
    char *before;       /* the folded sentence read last (cx.said_before) */
    size_t before_cap;
    tsx_tags tags;
} doc_run;

/* Keeps the folded sentence just read for the one after it; 0 or -1 on
 * out of memory. */
static int keep_said_before(doc_run *d, const tsx_fold *f)
{
    if (f->len + 1 > d->before_cap) {
        size_t cap = d->before_cap ? d->before_cap : 256;
        while (cap < f->len + 1)
            cap *= 2;
        char *b = realloc(d->before, cap);
        if (!b)
            return -1;
        d->before = b;
        d->before_cap = cap;
    }
    memcpy(d->before, f->s, f->len);
    d->before[f->len] = '\0';
    d->cx.said_before = d->before;
    d->cx.said_before_len = f->len;
    return 0;
}

/* The context every sentence starts from: the report's area (and the
 * province of a district's report), source and period. */
static void start_context(doc_run *d)
{
    ts_extract_ctx *cx = &d->cx;
    memset(cx, 0, sizeof *cx);
    cx->area = d->meta.area;
    const ts_gazetteer *gz = tsx_lexicon_gazetteer(d->lx);
    const ts_area *own =
        gz && d->meta.area[0] ? ts_gazetteer_find(gz, d->meta.area, TS_DAY_ANY) : NULL;
    cx->area_parent = own && own->parent[0] ? own->parent : NULL;
    /* Inside a municipality (Hà Nội's districts, Thủ Đức) "thành phố"
     * is the municipality, whose council is the province's. */
    const ts_area *parent =
        own && own->parent[0] ? ts_gazetteer_find(gz, own->parent, TS_DAY_ANY) : NULL;
    cx->area_is_district = own && ts_area_level_of(own->kind) == TS_LEVEL_DISTRICT &&
                           !(parent && parent->kind == TS_AREA_MUNICIPALITY);
    cx->province_of_district = cx->area_is_district ? parent : NULL;
    cx->source = ts_doc_name(d->doc);
    cx->period = cx->report = d->report;
    cx->has_written = d->meta.has_date;
    if (d->meta.has_date)
        cx->written = tsx_meta_day(&d->meta);
    cx->undated = !d->has_period;
    cx->undated_year = cx->undated ? d->meta.text_year : 0;
    cx->multiyear = d->meta.kind == TS_REPORT_MULTIYEAR ||
                    ts_period_kind_of(d->report) == TS_PERIOD_YEARS;
    cx->target = tsx_next_period(d->report);
    d->held.cx = cx;
}

static void swap_folds(tsx_fold **a, tsx_fold **b)
{
    tsx_fold *x = *a;
    *a = *b;
    *b = x;
}

/* Reads every sentence with its section's context.  TS_OK or TS_ENOMEM. */
static int read_sentences(doc_run *d, ts_error *err)
{
    ts_extract_ctx *cx = &d->cx;
    size_t ns = ts_doc_sentence_count(d->doc), k = 0;
    /* cur holds the fold of sentence i when ready; nxt receives the next
     * sentence's when it has to be looked at early. */
    tsx_fold *cur = &d->fold, *nxt = &d->fold2;
    int ready = 0;
    /* "Tính chung 10 tháng năm 2025, ..." opening a sentence dates the
     * sentences after it in its paragraph that name no period. */
    int has_lead = 0;
    ts_period lead = {0, 0};
    for (size_t i = 0; i < ns; i++) {
        const ts_span *s = ts_doc_sentence(d->doc, i);
        while (k + 1 < d->nsec && d->sec[k + 1].offset <= s->offset)
            k++;
        const tsx_section *sc = s->in_footnote ? &d->sec[0] : &d->sec[k];
        const ts_span *prev = i > 0 ? ts_doc_sentence(d->doc, i - 1) : NULL;
        cx->continued = footnote_goes_on(prev, s);
        cx->same_paragraph = prev && prev->paragraph == s->paragraph;
        cx->same_stream = prev && prev->in_footnote == s->in_footnote;
        if (!cx->same_paragraph) {
            has_lead = 0;
            cx->said_before = NULL;
            cx->carry_child = NULL;
        }
        cx->period = has_lead ? lead : sc->period;
        cx->in_footnote = s->in_footnote;
        cx->directions = sc->directions;
        cx->target = sc->target;
        /* A sentence without a digit states no figure: all it can leave is
         * the subject and period carried to the next sentence, which only
         * a sentence that goes on from it reads.  Most sentences are such
         * words, so look at the next one before reading this one. */
        int next_ready = 0;
        if (!has_digit(s)) {
            int needed = 0;
            if (i + 1 < ns) {
                const ts_span *t = ts_doc_sentence(d->doc, i + 1);
                if (tsx_fold_text(nxt, t->text, t->len) != 0)
                    return ts_error_set(err, TS_ENOMEM, "out of memory");
                next_ready = 1;
                needed = footnote_goes_on(s, t) || tsx_sentence_goes_on(d->lx, t->text, t->len, nxt) ||
                         (t->paragraph == s->paragraph &&
                          tsx_sentence_opens_with_period(d->lx, nxt));
            }
            if (!needed) {
                cx->said_before = NULL;
                swap_folds(&cur, &nxt);
                ready = next_ready;
                continue;
            }
        }
        int rc = tsx_extract_sentence(s->text, s->len, s->offset, cx, d->lx, d->cat, hold_fact,
                                      d->held.unmatched ? forward_unmatched : NULL, &d->held, cur,
                                      ready, &d->tags, err);
        if (rc == TS_OK && d->held.oom)
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        if (rc == TS_OK && keep_said_before(d, cur) != 0)
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        if (rc != TS_OK)
            return rc;
        if (cx->has_lead && !cx->directions) {
            has_lead = 1;
            lead = cx->lead_period;
        }
        if (next_ready)
            swap_folds(&cur, &nxt);
        ready = next_ready;
    }
    return TS_OK;
}

/* Reads the tables among the document's lines.  TS_OK or TS_ENOMEM. */
static int read_tables(doc_run *d, ts_error *err)
{
    size_t nl = ts_doc_line_count(d->doc);
    ts_span *lines = malloc((nl ? nl : 1) * sizeof *lines);
    if (!lines)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    for (size_t i = 0; i < nl; i++)
        lines[i] = *ts_doc_line(d->doc, i);
    d->cx.period = d->report;
    d->cx.directions = 0;
    d->cx.in_footnote = 0;
    d->cx.fact_flags = 0;
    d->cx.said_before = NULL;
    ts_extract_sink ts = {.fact = hold_table_fact,
                          .unmatched = d->held.unmatched ? forward_unmatched : NULL,
                          .table = d->held.table ? forward_table : NULL,
                          .user = &d->held};
    int rc = tsx_extract_tables(lines, nl, &d->cx, d->has_period, d->lx, d->cat, &ts, &d->fold, err);
    free(lines);
    if (rc == TS_OK && d->held.oom)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    return rc;
}

int ts_extract_doc_to(const ts_doc *doc, const ts_lexicon *lx, const ts_catalog *cat,
                      const ts_extract_sink *sink, ts_error *err)
{
    doc_run d;
    memset(&d, 0, sizeof d);
    d.doc = doc;
    d.lx = lx;
    d.cat = cat;
    /* The body completes what the title block left open, unless the
     * caller has had that done already (ts_doc_infer). */
    d.meta = *ts_doc_meta_get(doc);
    if (!tsx_doc_inferred(doc) && tsx_context_infer(doc, lx, &d.meta, err) != TS_OK)
        return TS_ENOMEM;
    /* Tables whose headers name their periods are read without one. */
    d.has_period = d.meta.has_period || d.meta.has_date;
    d.report = d.meta.has_period ? d.meta.period
               : d.meta.has_date ? ts_period_year(d.meta.year)
                                 : ts_period_year(TS_UNDATED_YEAR);
    d.held = (holder){tsx_held_new(), NULL, sink->unmatched, sink->table, sink->user, 0};
    d.nsec = tsx_find_sections(doc, d.report, &d.fold, &d.sec);
    int rc = TS_OK;
    if (!d.held.held || d.nsec == (size_t)-1) {
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    } else {
        start_context(&d);
        rc = read_sentences(&d, err);
        if (rc == TS_OK)
            rc = read_tables(&d, err);
    }
    tsx_held_hooks hooks = {sink->collision, sink->user};
    if (rc == TS_OK && tsx_held_settle(d.held.held, sink->fact, sink->user, &hooks) != TS_OK)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    tsx_held_free(d.held.held);
    free(d.sec);
    tsx_fold_free(&d.fold);
    tsx_fold_free(&d.fold2);
    free(d.before);
    tsx_tags_free(&d.tags);
    return rc;
}
