/* The document driver: gives each sentence of a parsed report its context
 * (the report's area and period, the default period of its section, the
 * targets of the directions part), runs the clause extractor on it and the
 * table reader on the lines, and drops figures the report repeats. */
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

static void hold_fact(void *u, const ts_fact *f, size_t offset, const char *excerpt)
{
    holder *h = u;
    if (tsx_held_add(h->held, f, offset, excerpt, h->cx->fact_flags, h->cx->fact_phrase) != TS_OK)
        h->oom = 1;
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

/* ---- sections ---- */

typedef struct {
    size_t offset;      /* where the section starts in the original file */
    int directions;     /* targets/directions part */
    ts_period period;   /* default period of its figures */
    ts_period target;   /* period of its targets */
} section;

static int has_word(const char *s, const char *w)
{
    size_t l = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
        int left = p == s || !tsx_is_word((unsigned char)p[-1]);
        int right = !tsx_is_word((unsigned char)p[l]);
        if (left && right)
            return 1;
    }
    return 0;
}

/* Whether a folded heading's text, after its label ("ii. ", "3- "),
 * begins with the words w: "II. KẾ HOẠCH PHÁT TRIỂN ... NĂM 2024". */
static int starts_with_words(const char *head, const char *w)
{
    const char *p = head;
    while (*p && (tsx_is_word((unsigned char)*p) && !strchr(" .-)", *p)))
        p++;
    while (*p == '.' || *p == '-' || *p == ')' || *p == ' ')
        p++;
    size_t l = strlen(w);
    return strncmp(p, w, l) == 0 && !tsx_is_word((unsigned char)p[l]);
}

/* A top-level heading: "II. ...", "IV- ...", "Phần thứ hai". */
static int is_heading(const char *s)
{
    if (strncmp(s, "phan thu ", 9) == 0)
        return 1;
    size_t i = 0;
    while (s[i] == 'i' || s[i] == 'v' || s[i] == 'x')
        i++;
    return i > 0 && i <= 4 && (s[i] == '.' || s[i] == '-' || s[i] == '/') && s[i + 1] == ' ';
}

/* The first year 1900..2100 written in folded text, or 0. */
static int first_year(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && (p == s || !tsx_is_word((unsigned char)p[-1])) &&
            !tsx_is_word((unsigned char)p[4])) {
            int y = atoi(p);
            if (y >= 1900 && y <= 2100)
                return y;
        }
    }
    return 0;
}

/* "10 thang" (2..12 months) in a heading: the section's cumulative
 * period; returns the month count or 0. */
static int cumulative_months(const char *s)
{
    for (const char *p = strstr(s, " thang"); p; p = strstr(p + 1, " thang")) {
        const char *q = p;
        while (q > s && q[-1] >= '0' && q[-1] <= '9')
            q--;
        if (q == p || (q > s && tsx_is_word((unsigned char)q[-1])))
            continue;
        int n = atoi(q);
        if (strncmp(p, " thang cuoi", 11) == 0)
            continue;
        if (n >= 2 && n <= 12)
            return n;
    }
    return 0;
}

static int year_of(int32_t day)
{
    int y, m, d;
    ts_civil_from_days(day, &y, &m, &d);
    return y;
}

/* The period of targets when a directions heading names no year: the
 * next year, or the next plan term of the same length. */
static ts_period next_period(ts_period report)
{
    int a = year_of(report.first), b = year_of(report.last);
    if (b > a)
        return ts_period_years(b + 1, b + 1 + (b - a));
    return ts_period_year(b + 1);
}

/* Scans the lines for headings and builds the section list.  Returns the
 * count, or (size_t)-1 on out of memory (*out then NULL). */
static size_t find_sections(const ts_doc *doc, ts_period report, tsx_fold *fp,
                            section **out)
{
    size_t cap = 8, n = 0;
    section *sec = malloc(cap * sizeof *sec);
    if (!sec) {
        *out = NULL;
        return (size_t)-1;
    }
    sec[n++] = (section){0, 0, report, next_period(report)};
    int directions = 0;
    size_t nl = ts_doc_line_count(doc);
    for (size_t i = 0; i < nl; i++) {
        const ts_span *l = ts_doc_line(doc, i);
        if (l->len == 0 || l->len > 400)
            continue;
        /* Headings start "I.", "IV-", "Phần thứ", "Nơi nhận" (after any
         * indentation): other lines are not folded at all. */
        size_t k0 = 0;
        while (k0 < l->len && (l->text[k0] == ' ' || l->text[k0] == '\t'))
            k0++;
        char c0 = k0 < l->len ? l->text[k0] : 0;
        if (!strchr("IVXivxPpNn", c0) || c0 == 0)
            continue;
        if (tsx_fold_text(fp, l->text, l->len) != 0)
            goto oom;
        if (!is_heading(fp->s) && strncmp(fp->s, "noi nhan", 8) != 0)
            continue;
        /* The title may continue on the next line ("... 10 THÁNG / NĂM 2024"). */
        char head[512];
        snprintf(head, sizeof head, "%s", fp->s);
        for (size_t j = i + 1; j < nl && j < i + 3; j++) {
            const ts_span *l2 = ts_doc_line(doc, j);
            if (l2->len == 0)
                continue;
            if (first_year(head) && strncmp(head, "phan thu", 8) != 0)
                break;
            if (tsx_fold_text(fp, l2->text, l2->len) != 0)
                goto oom;
            if (fp->len < 120 && !is_heading(fp->s)) {
                size_t hl = strlen(head);
                snprintf(head + hl, sizeof head - hl, " %s", fp->s);
            }
            break;
        }
        section s = sec[n - 1];
        s.offset = l->offset;
        if (strncmp(head, "noi nhan", 8) == 0) {
            /* After the signature block: annexes and footnotes, which
             * support the results part. */
            directions = 0;
            s = sec[0];
            s.offset = l->offset;
        } else {
            int dir = (has_word(head, "phuong huong") || has_word(head, "muc tieu") ||
                       has_word(head, "chi tieu chu yeu") || strstr(head, "nhiem vu, giai phap") ||
                       strstr(head, "nhiem vu trong tam") || strstr(head, "nhiem vu va giai phap") ||
                       has_word(head, "ke hoach nam") || starts_with_words(head, "ke hoach")) &&
                      !has_word(head, "ket qua") && !has_word(head, "danh gia");
            if (dir)
                directions = 1;
            s.directions = directions;
            int y = first_year(head);
            if (directions && dir) {
                s.target = y ? ts_period_year(y) : next_period(report);
            } else if (!directions) {
                int m = cumulative_months(head);
                int yy = y ? y : year_of(report.last);
                s.period = m ? ts_period_months(yy, 1, m) : report;
            }
        }
        if (n == cap) {
            section *ns = realloc(sec, cap * 2 * sizeof *ns);
            if (!ns)
                goto oom;
            sec = ns;
            cap *= 2;
        }
        sec[n++] = s;
    }
    *out = sec;
    return n;
oom:
    free(sec);
    *out = NULL;
    return (size_t)-1;
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

int ts_extract_doc_to(const ts_doc *doc, const ts_lexicon *lx, const ts_catalog *cat,
                      const ts_extract_sink *sink, ts_error *err)
{
    ts_unmatched_fn unmatched = sink->unmatched;
    /* The body completes what the title block left open, unless the
     * caller has had that done already (ts_doc_infer). */
    ts_doc_meta inferred = *ts_doc_meta_get(doc);
    if (!tsx_doc_inferred(doc) && tsx_context_infer(doc, lx, &inferred, err) != TS_OK)
        return TS_ENOMEM;
    const ts_doc_meta *meta = &inferred;
    /* Without a period the sentences have none to put figures in; tables
     * whose headers name their periods are still read. */
    int has_period = meta->has_period || meta->has_date;
    ts_period report = ts_period_year(1970);
    if (meta->has_period)
        report = meta->period;
    else if (meta->has_date)
        report = ts_period_year(meta->year);
    /* Folding buffers for every heading, sentence and line. */
    tsx_fold fold = {0}, fold2 = {0};
    tsx_tags tags = {0};
    section *sec;
    size_t nsec = find_sections(doc, report, &fold, &sec);
    if (nsec == (size_t)-1) {
        tsx_fold_free(&fold);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    holder d = {tsx_held_new(), NULL, unmatched, sink->table, sink->user, 0};
    if (!d.held) {
        free(sec);
        tsx_fold_free(&fold);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    int multiyear = meta->kind == TS_REPORT_MULTIYEAR ||
                    ts_period_kind_of(report) == TS_PERIOD_YEARS;
    ts_extract_ctx cx;
    memset(&cx, 0, sizeof cx);
    cx.area = meta->area;
    const ts_gazetteer *gz = tsx_lexicon_gazetteer(lx);
    const ts_area *own = gz && meta->area[0] ? ts_gazetteer_find(gz, meta->area, TS_DAY_ANY) : NULL;
    cx.area_parent = own && own->parent[0] ? own->parent : NULL;
    cx.area_is_district = own && ts_area_level_of(own->kind) == TS_LEVEL_DISTRICT;
    cx.source = ts_doc_name(doc);
    cx.period = report;
    cx.report = report;
    cx.multiyear = multiyear;
    cx.target = next_period(report);
    d.cx = &cx;
    int rc = TS_OK;
    size_t k = 0;
    size_t ns = has_period ? ts_doc_sentence_count(doc) : 0;
    /* cur holds the fold of sentence i when ready; nxt receives the next
     * sentence's when it has to be looked at early. */
    tsx_fold *cur = &fold, *nxt = &fold2;
    int ready = 0;
    for (size_t i = 0; i < ns && rc == TS_OK; i++) {
        const ts_span *s = ts_doc_sentence(doc, i);
        while (k + 1 < nsec && sec[k + 1].offset <= s->offset)
            k++;
        const section *sc = s->in_footnote ? &sec[0] : &sec[k];
        const ts_span *prev = i > 0 ? ts_doc_sentence(doc, i - 1) : NULL;
        cx.continued = footnote_goes_on(prev, s);
        cx.same_paragraph = prev && prev->paragraph == s->paragraph;
        cx.same_stream = prev && prev->in_footnote == s->in_footnote;
        cx.period = sc->period;
        cx.in_footnote = s->in_footnote;
        cx.directions = sc->directions;
        cx.target = sc->target;
        /* A sentence without a digit states no figure: all it can leave is
         * the subject and period carried to the next sentence, which only
         * a sentence that goes on from it reads.  Most sentences are such
         * words, so look at the next one before reading this one. */
        int next_ready = 0;
        if (!has_digit(s)) {
            int needed = 0;
            if (i + 1 < ns) {
                const ts_span *t = ts_doc_sentence(doc, i + 1);
                if (tsx_fold_text(nxt, t->text, t->len) != 0) {
                    rc = ts_error_set(err, TS_ENOMEM, "out of memory");
                    break;
                }
                next_ready = 1;
                needed = footnote_goes_on(s, t) || tsx_sentence_goes_on(lx, t->text, t->len, nxt);
            }
            if (!needed) {
                tsx_fold *x = cur;
                cur = nxt;
                nxt = x;
                ready = next_ready;
                continue;
            }
        }
        rc = tsx_extract_sentence(s->text, s->len, s->offset, &cx, lx, cat, hold_fact,
                                  unmatched ? forward_unmatched : NULL, &d, cur, ready, &tags, err);
        if (d.oom)
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        if (next_ready) {
            tsx_fold *x = cur;
            cur = nxt;
            nxt = x;
        }
        ready = next_ready;
    }
    if (rc == TS_OK) {
        size_t nl = ts_doc_line_count(doc);
        ts_span *lines = malloc((nl ? nl : 1) * sizeof *lines);
        if (!lines) {
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        } else {
            for (size_t i = 0; i < nl; i++)
                lines[i] = *ts_doc_line(doc, i);
            cx.period = report;
            cx.directions = 0;
            cx.in_footnote = 0;
            cx.fact_flags = 0;
            ts_extract_sink ts = {.fact = hold_fact,
                                  .unmatched = unmatched ? forward_unmatched : NULL,
                                  .table = sink->table ? forward_table : NULL,
                                  .user = &d};
            rc = tsx_extract_tables(lines, nl, &cx, has_period, lx, cat, &ts, &fold, err);
            free(lines);
        }
    }
    if (rc == TS_OK && d.oom)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    tsx_held_hooks held_hooks = {sink->collision, sink->user};
    if (rc == TS_OK && tsx_held_settle(d.held, sink->fact, sink->user, &held_hooks) != TS_OK)
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    tsx_held_free(d.held);
    free(sec);
    tsx_fold_free(&fold);
    tsx_fold_free(&fold2);
    tsx_tags_free(&tags);
    return rc;
}
