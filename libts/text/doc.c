/* ts_doc: runs the text stages in order (UTF-8 check, NFC, cleaning,
 * sentences, metadata) and answers questions about the result, tracing
 * any position back to the original bytes through the stages' maps. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/text_internal.h"

struct ts_doc {
    char *name;
    ts_doc_meta meta;
    unsigned given;      /* TSX_GIVEN_...: what the caller stated */
    int inferred;        /* the body has completed the metadata */
    tsx_buf nfc;         /* the NFC text */
    tsx_map nfc_map;     /* NFC position -> original offset (-> the decoded
                          * text's, when legacy) */
    int legacy;          /* typed in a TCVN3 font (or run through its table
                          * again), read back into Unicode */
    tsx_map legacy_map;  /* decoded position -> original offset */
    tsx_lines lines;
    tsx_sents sents;
    ts_span *line_spans;
    ts_span *sent_spans;
};

const char *ts_report_kind_name(ts_report_kind k)
{
    switch (k) {
    case TS_REPORT_MONTHLY: return "monthly";
    case TS_REPORT_CUMULATIVE: return "cumulative";
    case TS_REPORT_QUARTERLY: return "quarterly";
    case TS_REPORT_ANNUAL: return "annual";
    case TS_REPORT_MULTIYEAR: return "multiyear";
    default: return "unknown";
    }
}

void ts_doc_free(ts_doc *d)
{
    if (!d)
        return;
    free(d->name);
    tsx_buf_free(&d->nfc);
    tsx_map_free(&d->nfc_map);
    tsx_map_free(&d->legacy_map);
    tsx_lines_free(&d->lines);
    tsx_sents_free(&d->sents);
    free(d->line_spans);
    free(d->sent_spans);
    free(d);
}

static size_t orig_of_nfc(const ts_doc *d, size_t nfc_pos)
{
    size_t p = tsx_map_lookup(&d->nfc_map, nfc_pos);
    return d->legacy ? tsx_map_lookup(&d->legacy_map, p) : p;
}

static int build_spans(ts_doc *d)
{
    size_t nl = d->lines.n, ns = d->sents.n;
    d->line_spans = malloc((nl ? nl : 1) * sizeof *d->line_spans);
    d->sent_spans = malloc((ns ? ns : 1) * sizeof *d->sent_spans);
    if (!d->line_spans || !d->sent_spans)
        return TS_ENOMEM;
    for (size_t i = 0; i < nl; i++) {
        const tsx_line *l = &d->lines.v[i];
        ts_span *s = &d->line_spans[i];
        s->text = d->lines.arena.data + l->start;
        s->len = l->len;
        s->offset = orig_of_nfc(d, tsx_map_lookup(&d->lines.map, l->start));
        s->in_footnote = (l->flags & TSX_LINE_FOOTNOTE) != 0;
        s->paragraph = 0;
    }
    for (size_t i = 0; i < ns; i++) {
        const tsx_sent *t = &d->sents.v[i];
        ts_span *s = &d->sent_spans[i];
        s->text = d->sents.arena.data + t->start;
        s->len = t->len;
        s->offset = orig_of_nfc(d, tsx_map_lookup(&d->sents.map, t->start));
        s->in_footnote = t->in_footnote;
        s->paragraph = t->para;
    }
    return TS_OK;
}

/* ts_doc_parse and ts_doc_parse_owned: owned is the caller's malloc'd
 * buffer (bytes itself, len + 1 bytes, NUL-terminated) or NULL. */
static int parse(const char *name, const char *bytes, size_t len, char *owned, int layout,
                 ts_doc **out, ts_error *err)
{
    if (!name)
        name = "-";
    ts_doc *d = calloc(1, sizeof *d);
    if (!d || !(d->name = strdup(name))) {
        free(d);
        free(owned);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    /* A byte order mark is not text. */
    size_t bom = len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    const char *text = bytes + bom;
    size_t tlen = len - bom;
    /* Text typed in a TCVN3 font, or run through its table once too
     * often, is read back into letters before anything looks at it; the
     * caller's buffer then holds no longer the text the stages read. */
    tsx_buf decoded = {0};
    int rc = TS_OK;
    int font = tsx_legacy_font_text(text, tlen);
    if (font != TSX_FONT_NONE) {
        d->legacy = 1;
        rc = font == TSX_FONT_TWICE
                 ? tsx_legacy_twice_repair(text, tlen, &decoded, &d->legacy_map)
                 : tsx_legacy_font_decode(text, tlen, font, &decoded, &d->legacy_map);
        text = decoded.data;
        tlen = decoded.len;
        free(owned);
        owned = NULL;
    }
    size_t bad = 0;
    size_t nfc_to = rc == TS_OK ? tsx_nfc_prefix(text, tlen, &bad) : 0;
    if (nfc_to == (size_t)-1)
        rc = TS_EINVAL;
    if (rc == TS_OK && !(owned && nfc_to == tlen)) {
        /* Each stage's output is about as long as its input: reserving it
         * up front saves the copies of growing. */
        rc = tsx_buf_reserve(&d->nfc, tlen + 1);
        if (rc == TS_OK)
            rc = tsx_nfc(text, tlen, nfc_to, &d->nfc, &d->nfc_map, &bad);
        if (rc == TS_OK)
            rc = tsx_buf_add(&d->nfc, "", 1); /* NUL: stages may look one past */
        if (rc == TS_OK) {
            d->nfc.len--;
            text = d->nfc.data;
            tlen = d->nfc.len;
        }
    }
    /* else: the caller's buffer is NFC already and NUL-terminated, so
     * the stages read it as it is, without a copy. */
    tsx_buf_free(&decoded);
    if (rc == TS_EINVAL) {
        ts_doc_free(d);
        free(owned);
        ts_error_set(err, TS_EINVAL, "byte %zu: invalid UTF-8", bad + bom);
        ts_error_at(err, name, 0, 0);
        return TS_EINVAL;
    }
    if (rc == TS_OK && bom) {
        /* Shift the map so it names offsets in the file, BOM included. */
        tsx_map *first = d->legacy ? &d->legacy_map : &d->nfc_map;
        if (first->n == 0)
            rc = tsx_map_mark(first, 0, 0);
        for (size_t i = 0; i < first->n; i++)
            first->src[i] += bom;
    }
    if (rc == TS_OK)
        rc = tsx_clean(text, tlen, layout, &d->lines);
    if (rc == TS_OK) {
        /* The NFC text is not needed after cleaning, and sentences are never
         * longer than the cleaned lines: its memory, already paged in, is
         * the sentences' arena (the caller's buffer when there is one). */
        if (owned) {
            tsx_buf_free(&d->nfc);
            d->sents.arena.data = owned;
            d->sents.arena.cap = len + 1;
            owned = NULL;
        } else if (d->nfc.cap >= d->lines.arena.len + 1) {
            d->sents.arena = d->nfc;
            d->sents.arena.len = 0;
            memset(&d->nfc, 0, sizeof d->nfc);
        }
        rc = tsx_sentences(&d->lines, &d->sents);
    }
    if (rc == TS_OK)
        rc = build_spans(d);
    if (rc != TS_OK) {
        ts_doc_free(d);
        free(owned);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        ts_error_at(err, name, 0, 0);
        return TS_ENOMEM;
    }
    *out = d;
    return TS_OK;
}

int ts_doc_parse(const char *name, const char *bytes, size_t len, ts_doc **out,
                 ts_error *err)
{
    return parse(name, bytes, len, NULL, TSX_LAYOUT_AUTO, out, err);
}

int tsx_doc_parse_layout(const char *name, const char *bytes, size_t len, int layout,
                         ts_doc **out, ts_error *err)
{
    return parse(name, bytes, len, NULL, layout, out, err);
}

int ts_doc_parse_owned(const char *name, char *bytes, size_t len, ts_doc **out,
                       ts_error *err)
{
    return parse(name, bytes, len, bytes, TSX_LAYOUT_AUTO, out, err);
}

const char *ts_doc_name(const ts_doc *d) { return d->name; }
const ts_doc_meta *ts_doc_meta_get(const ts_doc *d) { return &d->meta; }
int ts_doc_is_pdf_layout(const ts_doc *d) { return d->lines.pdf; }

void ts_doc_set_area(ts_doc *d, const char *area)
{
    snprintf(d->meta.area, sizeof d->meta.area, "%s", area ? area : "");
    d->given |= TSX_GIVEN_AREA;
}

void ts_doc_set_date(ts_doc *d, int year, int month, int day)
{
    d->meta.has_date = 1;
    d->meta.year = year;
    d->meta.month = month;
    d->meta.day = day;
    d->given |= TSX_GIVEN_DATE;
}

ts_doc_meta *tsx_doc_meta(ts_doc *d, unsigned *given)
{
    *given = d->given;
    d->inferred = 1;
    return &d->meta;
}

int tsx_doc_inferred(const ts_doc *d)
{
    return d->inferred;
}

void ts_doc_set_period(ts_doc *d, ts_period p)
{
    d->meta.period = p;
    d->meta.has_period = 1;
    d->given |= TSX_GIVEN_PERIOD;
    /* The kind follows the period's shape, as the title's would. */
    switch (ts_period_kind_of(p)) {
    case TS_PERIOD_MONTH: d->meta.kind = TS_REPORT_MONTHLY; break;
    case TS_PERIOD_QUARTER: d->meta.kind = TS_REPORT_QUARTERLY; break;
    case TS_PERIOD_YEAR: d->meta.kind = TS_REPORT_ANNUAL; break;
    case TS_PERIOD_YEARS: d->meta.kind = TS_REPORT_MULTIYEAR; break;
    case TS_PERIOD_HALF:
    case TS_PERIOD_YTD: d->meta.kind = TS_REPORT_CUMULATIVE; break;
    default: d->meta.kind = TS_REPORT_UNKNOWN; break;
    }
}

size_t ts_doc_line_count(const ts_doc *d) { return d->lines.n; }
const ts_span *ts_doc_line(const ts_doc *d, size_t i)
{
    return i < d->lines.n ? &d->line_spans[i] : NULL;
}
size_t ts_doc_sentence_count(const ts_doc *d) { return d->sents.n; }
const ts_span *ts_doc_sentence(const ts_doc *d, size_t i)
{
    return i < d->sents.n ? &d->sent_spans[i] : NULL;
}

size_t ts_doc_offset(const ts_doc *d, const char *p)
{
    uintptr_t x = (uintptr_t)p;
    uintptr_t la = (uintptr_t)d->lines.arena.data, sa = (uintptr_t)d->sents.arena.data;
    if (la && x >= la && x <= la + d->lines.arena.len)
        return orig_of_nfc(d, tsx_map_lookup(&d->lines.map, x - la));
    if (sa && x >= sa && x <= sa + d->sents.arena.len)
        return orig_of_nfc(d, tsx_map_lookup(&d->sents.map, x - sa));
    return (size_t)-1;
}
