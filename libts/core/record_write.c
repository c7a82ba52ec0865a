/* The fact record's writer: facts (one at a time, or a whole series with
 * its key formatted once) into a buffer flushed to a FILE, and the value
 * format every tool prints.  On the hot path of every pipeline, so it does
 * not allocate per row: periods are formatted through a small cache and
 * text goes straight into the output buffer. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/record_impl.h"
#include "ts_record.h"
#include "ts_series.h"

typedef struct {
    uint8_t len;                     /* 0: empty entry */
    ts_period p;
    char text[TS_PERIOD_TEXT_MAX];   /* its canonical text */
} pcache_out;

/* ts_period_format through a direct-mapped cache (a table holds few
 * distinct periods); buf has room for TS_PERIOD_TEXT_MAX bytes, which a
 * cached text fills (its length returned, no NUL). */
static size_t period_format_cached(pcache_out *cache, ts_period p, char *buf)
{
    uint32_t h = (uint32_t)p.first * 2654435761u ^ (uint32_t)p.last * 40503u;
    pcache_out *e = &cache[(h ^ (h >> 16)) & (PCACHE_SIZE - 1)];
    if (e->len && e->p.first == p.first && e->p.last == p.last) {
        memcpy(buf, e->text, TS_PERIOD_TEXT_MAX); /* one fixed move, inlined */
        return e->len;
    }
    size_t n = ts_period_format(p, buf, TS_PERIOD_TEXT_MAX);
    if (n > 0 && n < TS_PERIOD_TEXT_MAX) {
        memcpy(e->text, buf, n);
        e->len = (uint8_t)n;
        e->p = p;
    }
    return n;
}

/* ---- writing ---- */

#define OUT_CAP (64 * 1024)

struct ts_writer {
    FILE *fp;
    size_t n_extra;
    const char *const *extra; /* borrowed column names */
    unsigned char skip[TS_FACT_MAX_EXTRA]; /* an extra named like a record column */
    int header_done;
    int failed;               /* a write error happened: stop writing */
    int decimals;             /* fixed digits after the point, or -1 */
    size_t len;               /* bytes waiting in out */
    pcache_out periods[PCACHE_SIZE];
    char out[OUT_CAP];
};

static int flush_out(ts_writer *w, ts_error *err)
{
    if (w->failed)
        return ts_error_set(err, TS_EIO, "write error");
    if (w->len && fwrite(w->out, 1, w->len, w->fp) != w->len) {
        w->failed = 1;
        return ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    }
    w->len = 0;
    return TS_OK;
}

/* Appends text with tabs, CR and LF turned into spaces: a field must not
 * break the row. */
static int put_text(ts_writer *w, const char *s, ts_error *err)
{
    /* A byte loop: fields are short (a strlen + memcpy pair measured
     * slower), and one comparison rules out the three characters to
     * replace for all but control bytes. */
    for (;;) {
        char *o = w->out + w->len, *oend = w->out + OUT_CAP;
        unsigned char c;
        while (o < oend && (c = (unsigned char)*s) != 0) {
            if (c <= '\r' && (c == '\t' || c == '\n' || c == '\r'))
                c = ' ';
            *o++ = (char)c;
            s++;
        }
        w->len = (size_t)(o - w->out);
        if (!*s)
            return TS_OK;
        int rc = flush_out(w, err);
        if (rc != TS_OK)
            return rc;
    }
}

static int put_raw(ts_writer *w, const char *s, size_t n, ts_error *err)
{
    if (OUT_CAP - w->len < n) {
        int rc = flush_out(w, err);
        if (rc != TS_OK)
            return rc;
    }
    memcpy(w->out + w->len, s, n);
    w->len += n;
    return TS_OK;
}

ts_writer *ts_writer_new(FILE *fp, size_t n_extra, const char *const *extra,
                         ts_error *err)
{
    if (n_extra > TS_FACT_MAX_EXTRA) {
        ts_error_set(err, TS_EINVAL, "too many extra columns (%zu, at most %d)",
                     n_extra, TS_FACT_MAX_EXTRA);
        return NULL;
    }
    ts_writer *w = malloc(sizeof *w);
    if (!w) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    memset(w->periods, 0, sizeof w->periods);
    w->fp = fp;
    w->n_extra = n_extra;
    w->extra = extra;
    /* The qualifiers are record columns now: a caller that still passes
     * them as extras must not get them twice. */
    for (size_t i = 0; i < n_extra; i++)
        w->skip[i] = extra[i] && tsi_record_column(extra[i], strlen(extra[i])) >= 0;
    w->header_done = 0;
    w->failed = 0;
    w->decimals = -1;
    w->len = 0;
    return w;
}

void ts_writer_set_decimals(ts_writer *w, int decimals)
{
    w->decimals = decimals < 0 ? -1 : decimals > 15 ? 15 : decimals;
}

/* A value as the writer prints it (at most 40 bytes for the shortest
 * form; a fixed form of a huge value may take more). */
static size_t value_text(const ts_writer *w, double v, char *buf, size_t n)
{
    return w->decimals < 0 ? ts_value_format(v, buf, n)
                           : ts_value_format_fixed(v, w->decimals, buf, n);
}

static int put_header(ts_writer *w, ts_error *err)
{
    static const char head[] =
        "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by";
    int rc = put_raw(w, head, sizeof head - 1, err);
    for (size_t i = 0; rc == TS_OK && i < w->n_extra; i++) {
        if (w->skip[i])
            continue;
        rc = put_raw(w, "\t", 1, err);
        if (rc == TS_OK)
            rc = put_text(w, w->extra[i], err);
    }
    if (rc == TS_OK)
        rc = put_raw(w, "\n", 1, err);
    w->header_done = 1;
    return rc;
}

/* The fact's value for the writer's extra column i: the same position is
 * the common case (facts from a reader with the same header). */
static const char *extra_for(const ts_writer *w, const ts_fact *f, size_t i)
{
    const char *name = w->extra[i];
    if (i < f->n_extra && f->extra_name[i] &&
        (f->extra_name[i] == name || strcmp(f->extra_name[i], name) == 0))
        return f->extra_value[i];
    for (size_t k = 0; k < f->n_extra; k++)
        if (f->extra_name[k] && strcmp(f->extra_name[k], name) == 0)
            return f->extra_value[k];
    return NULL;
}

int ts_writer_write(ts_writer *w, const ts_fact *f, ts_error *err)
{
    int rc = TS_OK;
    if (w->failed)
        return ts_error_set(err, TS_EIO, "write error");
    if (!isfinite(f->value))
        return ts_error_set(err, TS_ERANGE, "value of %s is not a finite number",
                            f->indicator);
    if (!w->header_done && (rc = put_header(w, err)) != TS_OK)
        return rc;
    /* Room for the fixed-width parts; text fields flush on their own. */
    if (OUT_CAP - w->len < 128 && (rc = flush_out(w, err)) != TS_OK)
        return rc;
    if ((rc = put_text(w, f->indicator, err)) || (rc = put_raw(w, "\t", 1, err)) ||
        (rc = put_text(w, f->area, err)) || (rc = put_raw(w, "\t", 1, err)) ||
        (rc = put_text(w, f->measure, err)) || (rc = put_raw(w, "\t", 1, err)))
        return rc;
    char num[64];
    size_t n = period_format_cached(w->periods, f->period, num);
    if ((rc = put_raw(w, num, n, err)) || (rc = put_raw(w, "\t", 1, err)))
        return rc;
    n = value_text(w, f->value, num, sizeof num);
    if ((rc = put_raw(w, num, n, err)) || (rc = put_raw(w, "\t", 1, err)) ||
        (rc = put_text(w, f->unit, err)))
        return rc;
    char st[3] = {'\t', f->status, '\t'};
    if ((rc = put_raw(w, st, 3, err)) || (rc = put_text(w, f->source, err)))
        return rc;
    const char *pr = f->price ? f->price : "", *pb = f->plan_by ? f->plan_by : "";
    if (!pr[0] && !pb[0]) /* the common case: both blank */
        rc = put_raw(w, "\t\t", 2, err);
    else if ((rc = put_raw(w, "\t", 1, err)) == TS_OK && (rc = put_text(w, pr, err)) == TS_OK &&
             (rc = put_raw(w, "\t", 1, err)) == TS_OK)
        rc = put_text(w, pb, err);
    if (rc != TS_OK)
        return rc;
    for (size_t i = 0; i < w->n_extra; i++) {
        if (w->skip[i])
            continue;
        const char *v = extra_for(w, f, i);
        if ((rc = put_raw(w, "\t", 1, err)) || (v && (rc = put_text(w, v, err))))
            return rc;
    }
    return put_raw(w, "\n", 1, err);
}

/* ---- a whole series ---- */

/* Copies s into dst (room for cap bytes) with tabs, CR and LF turned into
 * spaces, as put_text writes it; the length, or SIZE_MAX when it does not
 * fit. */
static size_t clean_into(char *dst, size_t cap, const char *s)
{
    size_t n = 0;
    for (; s && *s; s++) {
        if (n == cap)
            return SIZE_MAX;
        unsigned char c = (unsigned char)*s;
        dst[n++] = (char)(c <= '\r' && (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
    }
    return n;
}

/* The parts of a series' rows that stay the same: "indicator\tarea\t
 * measure\t" before the period, "\tunit\t" before the status, and
 * "\tprice\tplan_by" plus the empty extra columns and the newline after
 * the source.  0, or -1 when a part is too long for the buffers. */
typedef struct {
    char head[1024], mid[256], tail[512];
    size_t head_n, mid_n, tail_n;
} series_parts;

static int parts_of(const ts_writer *w, const ts_series *s, series_parts *p)
{
    size_t a, b, c, k = 0;
    if ((a = clean_into(p->head, 300, s->indicator)) == SIZE_MAX ||
        (b = clean_into(p->head + a + 1, 300, s->area)) == SIZE_MAX ||
        (c = clean_into(p->head + a + b + 2, 300, s->measure)) == SIZE_MAX)
        return -1;
    p->head[a] = p->head[a + b + 1] = p->head[a + b + c + 2] = '\t';
    p->head_n = a + b + c + 3;
    p->mid[0] = '\t';
    if ((a = clean_into(p->mid + 1, 200, s->unit)) == SIZE_MAX)
        return -1;
    p->mid[a + 1] = '\t';
    p->mid_n = a + 2;
    p->tail[k++] = '\t';
    if ((a = clean_into(p->tail + k, 200, s->price)) == SIZE_MAX)
        return -1;
    k += a;
    p->tail[k++] = '\t';
    if ((a = clean_into(p->tail + k, 200, s->plan_by)) == SIZE_MAX)
        return -1;
    k += a;
    for (size_t i = 0; i < w->n_extra; i++)
        if (!w->skip[i])
            p->tail[k++] = '\t';
    p->tail[k++] = '\n';
    p->tail_n = k;
    return 0;
}

/* Copies the n bytes at s (readable for 32 bytes at least) to o (room for
 * 32 bytes at least): a short part as one fixed-size move, which the
 * compiler inlines, instead of a call per part.  Returns n. */
static size_t put_part(char *o, const char *s, size_t n)
{
    if (n <= 32)
        memcpy(o, s, 32);
    else
        memcpy(o, s, n);
    return n;
}

/* Observation i of s as a fact, for the general path. */
static int write_one(ts_writer *w, const ts_series *s, size_t i, ts_error *err)
{
    ts_fact f;
    ts_fact_init(&f);
    ts_series_fact_at(s, i, &f);
    return ts_writer_write(w, &f, err);
}

int ts_writer_write_series(ts_writer *w, const ts_series *s, ts_error *err)
{
    series_parts p;
    int rc = TS_OK;
    if (w->failed)
        return ts_error_set(err, TS_EIO, "write error");
    if (s->n && !w->header_done && (rc = put_header(w, err)) != TS_OK)
        return rc;
    /* Fixed decimals may print past the fast path's room: the general one. */
    if (w->decimals >= 0 || parts_of(w, s, &p) != 0) {
        for (size_t i = 0; i < s->n && rc == TS_OK; i++)
            rc = write_one(w, s, i, err);
        return rc;
    }
    /* The series' strings live while it does, so a source seen on the
     * row before is the same text: what follows the value (unit, status,
     * source, qualifiers) is put together once per change of status or
     * source. */
    const char *src_of = NULL;
    char st_of = 0, after[1280];
    size_t after_n = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (!isfinite(s->value[i]))
            return write_one(w, s, i, err); /* its error */
        if (s->source[i] != src_of || s->status[i] != st_of) {
            size_t n = clean_into(after + p.mid_n + 2, 512, s->source[i]);
            if (n == SIZE_MAX) {
                if ((rc = write_one(w, s, i, err)) != TS_OK)
                    return rc;
                src_of = NULL;
                continue;
            }
            memcpy(after, p.mid, p.mid_n);
            after[p.mid_n] = s->status[i];
            after[p.mid_n + 1] = '\t';
            memcpy(after + p.mid_n + 2 + n, p.tail, p.tail_n);
            after_n = p.mid_n + 2 + n + p.tail_n;
            src_of = s->source[i];
            st_of = s->status[i];
        }
        /* The head, period, value, tab and the rest, and room for the
         * fixed-size moves of short parts. */
        size_t need = p.head_n + after_n + TS_PERIOD_TEXT_MAX + TSI_VALUE_TEXT_MAX + 1 + 2 * 32;
        if (OUT_CAP - w->len < need && (rc = flush_out(w, err)) != TS_OK)
            return rc;
        char *o = w->out + w->len;
        o += put_part(o, p.head, p.head_n);
        o += period_format_cached(w->periods, s->period[i], o);
        *o++ = '\t';
        o += tsi_value_text(s->value[i], o);
        o += put_part(o, after, after_n);
        w->len = (size_t)(o - w->out);
    }
    return TS_OK;
}

int ts_writer_finish(ts_writer *w, ts_error *err)
{
    int rc = TS_OK;
    if (!w->header_done && (rc = put_header(w, err)) != TS_OK)
        return rc;
    if ((rc = flush_out(w, err)) != TS_OK)
        return rc;
    if (fflush(w->fp) != 0 || ferror(w->fp)) {
        w->failed = 1;
        return ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
    }
    return TS_OK;
}

void ts_writer_free(ts_writer *w)
{
    free(w);
}
