/* Series as bytes: a length-prefixed record per series (its six key
 * strings, the number of observations, then periods, values, status
 * letters and source names), in the machine's own byte order, for the
 * processes of one parallel run to hand series to each other without
 * going through the text record (whose values keep 15 digits). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "ts_series.h"

#define PACK_MAGIC 0x54535331u /* "TSS1": the start of every record */

static int put(FILE *fp, const void *p, size_t n)
{
    return n == 0 || fwrite(p, 1, n, fp) == n ? 0 : -1;
}

static int put_str(FILE *fp, const char *s)
{
    uint32_t n = (uint32_t)strlen(s);
    return put(fp, &n, sizeof n) || put(fp, s, n);
}

int ts_series_pack(FILE *fp, const ts_series *s, ts_error *err)
{
    const uint32_t magic = PACK_MAGIC;
    const uint64_t n = s->n;
    const char *key[6] = {s->indicator, s->area, s->measure, s->unit,
                          s->price ? s->price : "", s->plan_by ? s->plan_by : ""};
    int bad = put(fp, &magic, sizeof magic);
    for (int k = 0; k < 6 && !bad; k++) bad = put_str(fp, key[k]);
    bad = bad || put(fp, &n, sizeof n) || put(fp, s->period, n * sizeof *s->period)
          || put(fp, s->value, n * sizeof *s->value) || put(fp, s->status, n);
    for (size_t i = 0; i < n && !bad; i++) bad = put_str(fp, s->source[i]);
    return bad ? ts_error_set(err, TS_EIO, "cannot write a series") : TS_OK;
}

struct ts_series_buf {
    char *text;             /* the keys and sources, NUL-terminated */
    size_t text_len, text_cap;
    ts_period *period;
    double *value;
    char *status;
    const char **source;
    size_t cap;             /* observations the arrays hold */
    size_t *src_off;        /* each source's offset in text, until text stops moving */
};

ts_series_buf *ts_series_buf_new(ts_error *err)
{
    ts_series_buf *b = calloc(1, sizeof *b);
    if (!b) ts_error_set(err, TS_ENOMEM, "out of memory");
    return b;
}

void ts_series_buf_free(ts_series_buf *b)
{
    if (!b) return;
    free(b->text);
    free(b->period);
    free(b->value);
    free(b->status);
    free(b->source);
    free(b->src_off);
    free(b);
}

/* Reads exactly n bytes: 0, or -1 at a short read. */
static int get(FILE *fp, void *p, size_t n)
{
    return n == 0 || fread(p, 1, n, fp) == n ? 0 : -1;
}

/* Reads one string into b->text; its offset into *off.  0, -1 (short
 * read), -2 (out of memory). */
static int get_str(FILE *fp, ts_series_buf *b, size_t *off)
{
    uint32_t n;
    if (get(fp, &n, sizeof n)) return -1;
    if (tsi_grow(&b->text, &b->text_cap, b->text_len + n + 1, 1, 256) != 0) return -2;
    if (get(fp, b->text + b->text_len, n)) return -1;
    *off = b->text_len;
    b->text[b->text_len + n] = '\0';
    b->text_len += n + 1;
    return 0;
}

/* Makes room for n observations. */
static int room(ts_series_buf *b, size_t n)
{
    if (n <= b->cap) return 0;
    if (tsi_resize(&b->period, n, sizeof *b->period) || tsi_resize(&b->value, n, sizeof *b->value)
        || tsi_resize(&b->status, n, 1) || tsi_resize(&b->source, n, sizeof *b->source)
        || tsi_resize(&b->src_off, n, sizeof *b->src_off))
        return -1;
    b->cap = n;
    return 0;
}

int ts_series_unpack(FILE *fp, ts_series_buf *b, ts_series *out, ts_error *err)
{
    uint32_t magic;
    size_t got = fread(&magic, 1, sizeof magic, fp);
    if (got == 0 && !ferror(fp)) return TS_EOF;
    if (ferror(fp)) return ts_error_set(err, TS_EIO, "cannot read a series");
    if (got != sizeof magic || magic != PACK_MAGIC)
        return ts_error_set(err, TS_EFORMAT, "not a packed series");
    b->text_len = 0;
    size_t key[6];
    uint64_t n;
    int rc = 0;
    for (int k = 0; k < 6 && !rc; k++) rc = get_str(fp, b, &key[k]);
    if (!rc && get(fp, &n, sizeof n)) rc = -1;
    if (!rc && (n > SIZE_MAX / sizeof(ts_period) || room(b, (size_t)n))) rc = -2;
    if (!rc && (get(fp, b->period, n * sizeof *b->period) || get(fp, b->value, n * sizeof *b->value)
                || get(fp, b->status, n)))
        rc = -1;
    for (size_t i = 0; i < n && !rc; i++) rc = get_str(fp, b, &b->src_off[i]);
    if (rc == -2) return ts_error_set(err, TS_ENOMEM, "out of memory");
    if (rc) return ferror(fp) ? ts_error_set(err, TS_EIO, "cannot read a series")
                              : ts_error_set(err, TS_EFORMAT, "a packed series is cut short");
    /* The text has stopped moving: offsets become pointers. */
    for (size_t i = 0; i < n; i++) b->source[i] = b->text + b->src_off[i];
    memset(out, 0, sizeof *out);
    out->indicator = b->text + key[0];
    out->area = b->text + key[1];
    out->measure = b->text + key[2];
    out->unit = b->text + key[3];
    out->price = b->text + key[4];
    out->plan_by = b->text + key[5];
    out->n = (size_t)n;
    out->period = b->period;
    out->value = b->value;
    out->status = b->status;
    out->source = b->source;
    return TS_OK;
}
