/* Shared by the sentence-level extraction tests: a sink that collects
 * facts as "indicator measure period value status [qualifiers]" and the
 * quantities that gave none with why, and one-sentence runs in a report
 * of a given period (area kon-tum); the lexicon and catalogue of
 * extract_fixture.h. */
#ifndef SENTENCE_FIXTURE_H
#define SENTENCE_FIXTURE_H

#include "extract_fixture.h"
#include "ts_text.h"

/* ---- collecting facts as "indicator measure period value status" ---- */

typedef struct {
    char buf[4096];
    size_t n;
    char unmatched[1024];
    const char *area; /* the report's (start): another is printed */
} sink;

static inline void collect(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    (void)offset;
    (void)excerpt;
    sink *s = user;
    char p[TS_PERIOD_TEXT_MAX], v[64];
    ts_period_format(f->period, p, sizeof p);
    ts_value_format(f->value, v, sizeof v);
    size_t l = strlen(s->buf);
    /* The qualifiers only when the text named them: "[const2010]",
     * "[by central]". */
    char q[64] = "";
    if (f->price && f->price[0])
        snprintf(q, sizeof q, " [%s]", f->price);
    if (f->plan_by && f->plan_by[0])
        snprintf(q + strlen(q), sizeof q - strlen(q), " [by %s]", f->plan_by);
    /* ... and an area other than the report's: "[in dak-ha-district]". */
    if (s->area && f->area && strcmp(f->area, s->area) != 0)
        snprintf(q + strlen(q), sizeof q - strlen(q), " [in %s]", f->area);
    snprintf(s->buf + l, sizeof s->buf - l, "%s%s %s %s %s %c%s", l ? "; " : "", f->indicator,
             f->measure, p, v, f->status, q);
    s->n++;
}

static inline void collect_unmatched(void *user, const char *q, const char *reason,
                                     size_t offset, const char *excerpt)
{
    (void)offset;
    (void)excerpt;
    sink *s = user;
    size_t l = strlen(s->unmatched);
    snprintf(s->unmatched + l, sizeof s->unmatched - l, "%s%s [%s]", l ? "; " : "", q, reason);
}

static inline ts_period per(const char *t)
{
    ts_period p;
    ts_error e;
    if (ts_period_parse(t, strlen(t), &p, &e) != TS_OK)
        fail_msg("bad period %s", t);
    return p;
}

/* A context for a report of area kon-tum whose period, reporting period
 * and targets are all `period`, and an empty sink. */
static inline void start(ts_extract_ctx *cx, sink *s, const char *period)
{
    memset(cx, 0, sizeof *cx);
    cx->area = "kon-tum";
    cx->period = cx->report = cx->target = per(period);
    memset(s, 0, sizeof *s);
    s->area = cx->area;
}

/* Runs one sentence in a report of period `period` (area kon-tum). */
static inline void run(const char *period, int directions, const char *target, const char *text,
                sink *s)
{
    ts_extract_ctx cx;
    start(&cx, s, period);
    cx.source = "test.txt";
    cx.multiyear = ts_period_kind_of(cx.report) == TS_PERIOD_YEARS;
    cx.directions = directions;
    cx.target = target ? per(target) : cx.report;
    ts_error e;
    assert_int_equal(ts_extract_sentence(text, strlen(text), 0, &cx, LX, CAT, collect,
                                         collect_unmatched, s, &e),
                     TS_OK);
}

#endif
