/* The fact record of facts.md: a streaming TSV reader (plain or gzip input
 * through zlib, columns found by header name, each row checked); the
 * writer is record_write.c.  The reader is on the hot path of every
 * pipeline, so it does not allocate per row: it keeps one growing buffer
 * and hands out views into it. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/grow.h"
#include "core/input.h"
#include "core/record_impl.h"
#include "ts_record.h"
#include "ts_vnum.h"

/* The record columns, in the writer's order: the eight every fact file
 * has (N_REQ), then the two optional qualifiers, blank when absent. */
enum { C_INDICATOR, C_AREA, C_MEASURE, C_PERIOD, C_VALUE, C_UNIT, C_STATUS,
       C_SOURCE, C_PRICE, C_PLAN_BY, N_COLS };
#define N_REQ C_PRICE
static const char *const col_names[N_COLS] = {
    "indicator", "area", "measure", "period", "value", "unit", "status", "source",
    "price", "plan_by"};

#define MAX_FIELDS (N_COLS + TS_FACT_MAX_EXTRA)
#define READ_CHUNK (64 * 1024)  /* bytes asked of the input per refill */

int ts_measure_is_known(const char *m)
{
    static const char *const known[] = {
        TS_MEASURE_LEVEL, TS_MEASURE_PLAN, TS_MEASURE_PCT_PLAN,
        TS_MEASURE_YOY_PCT, TS_MEASURE_AVG_ANNUAL_PCT};
    if (!m)
        return 0;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(m, known[i]) == 0)
            return 1;
    return 0;
}

void ts_fact_init(ts_fact *f)
{
    memset(f, 0, sizeof *f);
    f->indicator = f->area = f->measure = f->unit = "";
    f->price = f->plan_by = "";
    f->status = 'A';
    f->source = "-";
}

const char *ts_fact_extra(const ts_fact *f, const char *name)
{
    for (size_t i = 0; i < f->n_extra; i++)
        if (f->extra_name[i] && strcmp(f->extra_name[i], name) == 0)
            return f->extra_value[i];
    return NULL;
}

/* ---- UTF-8 ---- */

/* Offset of the first byte of an invalid UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF included), or len when the
 * text is valid.  NUL bytes count as invalid: a field would end there. */
static size_t utf8_check(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* Rows are mostly ASCII: test eight bytes at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            /* A zero byte inside the word: the classic haszero trick. */
            if ((w - UINT64_C(0x0101010101010101)) & ~w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned min;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (len - i <= n) /* sequence cut off by the end of the line */
            return i;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n + 1;
    }
    return len;
}

/* ---- the period cache ----
 * A table holds few distinct periods (a 12-million-row panel has 120), so
 * parsing is memoised in a small direct-mapped cache (the writer has the
 * same for formatting): a hit costs one hash and one compare instead of
 * calendar arithmetic. */

typedef struct {
    uint8_t len;                     /* 0: empty entry */
    char text[TS_PERIOD_TEXT_MAX];   /* the period as written in the input */
    ts_period p;
} pcache_in;

static unsigned hash_text(const char *s, size_t len)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (h ^ (h >> 16)) & (PCACHE_SIZE - 1);
}

/* ts_period_parse through the cache; errors are never cached. */
static int period_parse_cached(pcache_in *cache, const char *text, size_t len,
                               ts_period *out, ts_error *err)
{
    if (len >= TS_PERIOD_TEXT_MAX)
        return ts_period_parse(text, len, out, err);
    pcache_in *e = &cache[hash_text(text, len)];
    if (e->len == len && memcmp(e->text, text, len) == 0) {
        *out = e->p;
        return TS_OK;
    }
    int rc = ts_period_parse(text, len, out, err);
    if (rc == TS_OK) {
        memcpy(e->text, text, len);
        e->len = (uint8_t)len;
        e->p = *out;
    }
    return rc;
}

/* ---- reading ---- */

struct ts_reader {
    tsi_input *in;
    char *name;          /* for messages: the path, or "<stdin>" */
    char *buf;           /* input bytes; [beg, end) not yet consumed */
    size_t cap, beg, end;
    size_t scanned;      /* bytes after beg already known to hold no '\n' */
    int at_eof;          /* the input has no more bytes */
    int done;            /* TS_EOF returned or a fatal error happened */
    int facts;           /* the first line was a fact header */
    int started;         /* a row was read: the input start is gone */
    long line;           /* line number of the last line taken */
    size_t n_fields;     /* columns in the header */
    int col[N_COLS];     /* field index of each record column */
    char *header;        /* the header line, NUL-separated names */
    const char *field_name[MAX_FIELDS];
    size_t n_extra;
    const char *extra_name[TS_FACT_MAX_EXTRA];
    size_t extra_field[TS_FACT_MAX_EXTRA];
    const char *field[MAX_FIELDS]; /* the current row's fields */
    size_t field_len[MAX_FIELDS];
    pcache_in periods[PCACHE_SIZE];
};

static int at_line(ts_error *err, const ts_reader *r, int code)
{
    if (err)
        ts_error_at(err, r->name, r->line, 0);
    return code;
}

/* Reads more input after the unconsumed bytes, first moving them to the
 * buffer's start (unless keep_start) and growing the buffer only when one
 * line fills it.  Sets at_eof at the end of input. */
static int refill(ts_reader *r, int keep_start, ts_error *err)
{
    if (!keep_start && r->beg > 0) {
        memmove(r->buf, r->buf + r->beg, r->end - r->beg);
        r->end -= r->beg;
        r->beg = 0;
    }
    /* One byte stays free so the last line can always be NUL-terminated. */
    if (r->cap - r->end < READ_CHUNK / 4 + 1) {
        /* A row longer than any fact can be is not read into memory whole
         * (a gzip bomb, a binary file); a report (keep_start) is read
         * whole, within the input's gzip caps. */
        if (!keep_start && r->end - r->beg > TS_LINE_MAX) {
            r->done = 1;
            ts_error_set(err, TS_EFORMAT, "a line longer than %d MiB", TS_LINE_MAX >> 20);
            ts_error_at(err, r->name, r->line + 1, 0);
            return TS_EFORMAT;
        }
        if (tsi_grow(&r->buf, &r->cap, r->end + READ_CHUNK / 4 + 1, 1, READ_CHUNK) != 0) {
            r->done = 1;
            ts_error_set(err, TS_ENOMEM, "out of memory for a line of %zu bytes", r->end - r->beg);
            ts_error_at(err, r->name, r->line + 1, 0);
            return TS_ENOMEM;
        }
    }
    size_t want = r->cap - r->end - 1;
    ssize_t n = tsi_input_read(r->in, r->buf + r->end, want, err);
    if (n < 0) {
        r->done = 1;
        return err ? err->code : TS_EIO;
    }
    if (n == 0)
        r->at_eof = 1;
    r->end += (size_t)n;
    return TS_OK;
}

/* Takes the next line (without its '\n' or "\r\n") as a view into the
 * buffer; its terminator byte is left in place for the caller to
 * overwrite.  TS_EOF at the end of input. */
static int next_line(ts_reader *r, int keep_start, char **line, size_t *len, ts_error *err)
{
    for (;;) {
        char *start = r->buf + r->beg;
        char *nl = memchr(start + r->scanned, '\n', r->end - r->beg - r->scanned);
        if (nl || (r->at_eof && r->beg < r->end)) {
            size_t n = nl ? (size_t)(nl - start) : r->end - r->beg;
            r->beg += nl ? n + 1 : n;
            r->scanned = 0;
            r->line++;
            if (n > 0 && start[n - 1] == '\r')
                n--;
            *line = start;
            *len = n;
            return TS_OK;
        }
        if (r->at_eof)
            return TS_EOF;
        r->scanned = r->end - r->beg;
        int rc = refill(r, keep_start, err);
        if (rc != TS_OK)
            return rc;
    }
}

int tsi_record_column(const char *name, size_t len)
{
    for (int c = 0; c < N_COLS; c++)
        if (strlen(col_names[c]) == len && memcmp(col_names[c], name, len) == 0)
            return c;
    return -1;
}

/* Skips a UTF-8 byte order mark, which some spreadsheet exports write. */
static void skip_bom(const char **line, size_t *len)
{
    if (*len >= 3 && memcmp(*line, "\xEF\xBB\xBF", 3) == 0) {
        *line += 3;
        *len -= 3;
    }
}

int ts_record_is_header(const char *line, size_t len)
{
    const char *nl = memchr(line, '\n', len);
    if (nl)
        len = (size_t)(nl - line);
    if (len > 0 && line[len - 1] == '\r')
        len--;
    skip_bom(&line, &len);
    /* indicator, period and value are what make a row a fact; a header
     * that has them but lacks others is a broken fact file, not a report. */
    int seen = 0;
    const char *p = line, *end = line + len;
    while (p <= end) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *fe = tab ? tab : end;
        int c = tsi_record_column(p, (size_t)(fe - p));
        if (c >= 0)
            seen |= 1 << c;
        p = fe + 1;
    }
    int need = (1 << C_INDICATOR) | (1 << C_PERIOD) | (1 << C_VALUE);
    return (seen & need) == need;
}

/* Reads the header's column names into r; TS_EFORMAT when a record column
 * is missing or repeated. */
static int parse_header(ts_reader *r, const char *line, size_t len, ts_error *err)
{
    skip_bom(&line, &len);
    r->header = malloc(len + 1);
    if (!r->header)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    memcpy(r->header, line, len);
    r->header[len] = '\0';
    for (int c = 0; c < N_COLS; c++)
        r->col[c] = -1;
    char *p = r->header, *end = r->header + len;
    size_t i = 0;
    for (;;) {
        char *tab = memchr(p, '\t', (size_t)(end - p));
        char *fe = tab ? tab : end;
        *fe = '\0';
        if (i == MAX_FIELDS)
            return at_line(err, r, ts_error_set(err, TS_EFORMAT,
                "too many columns (at most %d)", MAX_FIELDS));
        int c = tsi_record_column(p, (size_t)(fe - p));
        if (c >= 0 && r->col[c] >= 0)
            return at_line(err, r, ts_error_set(err, TS_EFORMAT,
                "duplicate column '%s'", col_names[c]));
        if (c >= 0) {
            r->col[c] = (int)i;
        } else if (r->n_extra == TS_FACT_MAX_EXTRA) {
            /* Reachable when record columns are missing (fuzzing found it). */
            return at_line(err, r, ts_error_set(err, TS_EFORMAT,
                "too many extra columns (at most %d)", TS_FACT_MAX_EXTRA));
        } else {
            r->extra_name[r->n_extra] = p;
            r->extra_field[r->n_extra++] = i;
        }
        r->field_name[i++] = p;
        if (!tab)
            break;
        p = tab + 1;
    }
    r->n_fields = i;
    char missing[256] = "";
    int n_missing = 0;
    for (int c = 0; c < N_REQ; c++) {
        if (r->col[c] >= 0)
            continue;
        size_t used = strlen(missing);
        snprintf(missing + used, sizeof missing - used, "%s'%s'",
                 n_missing ? ", " : "", col_names[c]);
        n_missing++;
    }
    if (n_missing)
        return at_line(err, r, ts_error_set(err, TS_EFORMAT, "missing column%s %s",
                                            n_missing > 1 ? "s" : "", missing));
    return TS_OK;
}

static ts_reader *reader_new(tsi_input *in, const char *name, ts_error *err)
{
    ts_reader *r = calloc(1, sizeof *r);
    if (r) {
        r->name = strdup(name);
        r->cap = READ_CHUNK + 1;
        r->buf = malloc(r->cap);
    }
    if (!r || !r->name || !r->buf) {
        if (r) {
            free(r->name);
            free(r->buf);
            free(r);
        }
        tsi_input_close(in);
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    r->in = in;
    return r;
}

/* Reads the first line; with require_facts a non-header is an error,
 * otherwise the reader stays open with facts = 0 for ts_reader_slurp. */
static ts_reader *reader_start(ts_reader *r, int require_facts, ts_error *err)
{
    char *line;
    size_t len;
    int rc = next_line(r, 1, &line, &len, err);
    if (rc == TS_EOF) {
        if (!require_facts)
            return r;
        ts_error_set(err, TS_EFORMAT, "empty input: no header line");
        ts_error_at(err, r->name, 0, 0);
        ts_reader_close(r);
        return NULL;
    }
    const char *enc = rc == TS_OK ? ts_encoding_sniff(r->buf, r->end) : NULL;
    if (enc) {
        ts_error_set(err, TS_EFORMAT, "%s text: convert it to UTF-8 first (iconv -f %s -t UTF-8)",
                     enc, enc);
        ts_error_at(err, r->name, 0, 0);
        ts_reader_close(r);
        return NULL;
    }
    if (rc == TS_OK && !require_facts && !ts_record_is_header(line, len)) {
        r->line = 0;
        return r; /* a report: the caller slurps it from byte 0 */
    }
    if (rc == TS_OK) {
        size_t bad = utf8_check((const unsigned char *)line, len);
        if (bad < len) {
            rc = ts_error_set(err, TS_EFORMAT, "invalid UTF-8 in the header");
            at_line(err, r, rc);
        } else {
            rc = parse_header(r, line, len, err);
        }
    }
    if (rc != TS_OK) {
        ts_reader_close(r);
        return NULL;
    }
    r->facts = 1;
    return r;
}

static const char *display_name(const char *path)
{
    return (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
}

ts_reader *ts_reader_open(const char *path, ts_error *err)
{
    tsi_input *in = tsi_input_open(path, display_name(path), err);
    if (!in)
        return NULL;
    ts_reader *r = reader_new(in, display_name(path), err);
    return r ? reader_start(r, 1, err) : NULL;
}

ts_reader *ts_reader_open_any(const char *path, ts_error *err)
{
    tsi_input *in = tsi_input_open(path, display_name(path), err);
    if (!in)
        return NULL;
    ts_reader *r = reader_new(in, display_name(path), err);
    return r ? reader_start(r, 0, err) : NULL;
}

static ts_reader *open_stream(FILE *fp, const char *name, int require_facts, ts_error *err)
{
    /* A duplicate descriptor: closing the reader leaves fp alone. */
    int fd = dup(fileno(fp));
    if (fd < 0) {
        ts_error_set(err, TS_EIO, "%s", strerror(errno));
        ts_error_at(err, display_name(name), 0, 0);
        return NULL;
    }
    tsi_input *in = tsi_input_open_fd(fd, display_name(name), err);
    if (!in)
        return NULL;
    ts_reader *r = reader_new(in, display_name(name), err);
    return r ? reader_start(r, require_facts, err) : NULL;
}

ts_reader *ts_reader_open_stream(FILE *fp, const char *name, ts_error *err)
{
    return open_stream(fp, name, 1, err);
}

ts_reader *ts_reader_open_stream_any(FILE *fp, const char *name, ts_error *err)
{
    return open_stream(fp, name, 0, err);
}

int ts_reader_is_facts(const ts_reader *r)
{
    return r->facts;
}

int ts_reader_slurp(ts_reader *r, char **out, size_t *len, ts_error *err)
{
    if (r->facts || r->started)
        return ts_error_set(err, TS_EINVAL, "slurp after reading rows");
    /* Nothing was consumed: the buffer still starts at the input's first
     * byte, so read on to the end and hand the whole buffer over. */
    r->beg = 0;
    while (!r->at_eof) {
        int rc = refill(r, 1, err);
        if (rc != TS_OK)
            return rc;
    }
    r->buf[r->end] = '\0';
    *out = r->buf;
    *len = r->end;
    r->buf = NULL;
    r->cap = r->beg = r->end = 0;
    r->done = 1;
    return TS_OK;
}

/* Formats a bad row's message "column 'NAME': detail" with the place. */
static int bad_column(ts_reader *r, int c, const ts_error *detail, ts_error *err)
{
    if (err) {
        ts_error_set(err, detail->code, "column '%s': %s", col_names[c], detail->msg);
        ts_error_at(err, r->name, r->line, 0);
    }
    return detail->code == TS_ERANGE ? TS_EINVAL : detail->code;
}

static int bad_text(ts_reader *r, int c, const char *what, ts_error *err)
{
    ts_error d;
    d.code = TS_EINVAL;
    snprintf(d.msg, sizeof d.msg, "%s", what);
    return bad_column(r, c, &d, err);
}

/* Splits line (len bytes) in place into r->field / r->field_len, each
 * tab becoming the NUL that ends a field view; returns the number of
 * fields (those past MAX_FIELDS are counted, not kept).  Fields are a few
 * bytes, too short for memchr calls: tabs are found eight bytes at a time
 * with an exact zero-byte test on w ^ tabs. */
static size_t split_fields(ts_reader *r, char *line, size_t len)
{
    size_t n = 0;
    char *p = line, *end = line + len, *fs = line;
    const uint64_t tabs = UINT64_C(0x0909090909090909), low7 = UINT64_C(0x7F7F7F7F7F7F7F7F);
    for (; p + 8 <= end; p += 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t x = w ^ tabs;
        uint64_t hit = ~(((x & low7) + low7) | x | low7); /* 0x80 where a tab is */
        while (hit) {
            char *t = p + (__builtin_ctzll(hit) >> 3);
            if (n < MAX_FIELDS) {
                r->field[n] = fs;
                r->field_len[n] = (size_t)(t - fs);
            }
            n++;
            *t = '\0';
            fs = t + 1;
            hit &= hit - 1;
        }
    }
    for (; p < end; p++) {
        if (*p != '\t')
            continue;
        if (n < MAX_FIELDS) {
            r->field[n] = fs;
            r->field_len[n] = (size_t)(p - fs);
        }
        n++;
        *p = '\0';
        fs = p + 1;
    }
    if (n < MAX_FIELDS) {
        r->field[n] = fs;
        r->field_len[n] = (size_t)(end - fs);
    }
    n++;
    return n;
}

/* Every record column present: not empty where required, no longer than
 * the key or source limit.  TS_OK or bad_text's error. */
static int check_lengths(ts_reader *r, ts_error *err)
{
    const int *col = r->col;
    for (int c = 0; c < N_COLS; c++) {
        if (col[c] < 0)
            continue;
        size_t len = r->field_len[col[c]], max = c == C_SOURCE ? TS_SOURCE_MAX : TS_KEY_MAX;
        if (len == 0 && c < N_REQ)
            return bad_text(r, c, "empty", err);
        if (len > max && c != C_PERIOD && c != C_VALUE && c != C_STATUS) {
            char what[96];
            snprintf(what, sizeof what, "%zu bytes, longer than the limit of %zu", len, max);
            return bad_text(r, c, what, err);
        }
    }
    return TS_OK;
}

int ts_reader_next(ts_reader *r, ts_fact *f, ts_error *err)
{
    if (r->done || !r->facts)
        return TS_EOF;
    char *line;
    size_t len;
    for (;;) {
        int rc = next_line(r, 0, &line, &len, err);
        r->started = 1;
        if (rc == TS_EOF) {
            r->done = 1;
            return TS_EOF;
        }
        if (rc != TS_OK)
            return rc;
        if (len > 0)
            break;
    }
    line[len] = '\0';

    size_t bad = utf8_check((const unsigned char *)line, len);
    if (bad < len) {
        r->done = 1;
        ts_error_set(err, TS_EFORMAT, "%s at byte %zu",
                     line[bad] ? "invalid UTF-8" : "NUL byte", bad + 1);
        return at_line(err, r, TS_EFORMAT);
    }

    if (ts_record_is_header(line, len)) {
        /* Another header: outputs concatenated into one stream, such as
         * facts and then forecasts; its columns hold from here on. */
        free(r->header);
        r->header = NULL;
        r->n_extra = 0;
        int hrc = parse_header(r, line, len, err);
        if (hrc != TS_OK) {
            r->done = 1;
            return hrc;
        }
        return ts_reader_next(r, f, err);
    }
    size_t n = split_fields(r, line, len);
    if (n != r->n_fields) {
        ts_error_set(err, TS_EINVAL, "expected %zu columns, found %zu", r->n_fields, n);
        return at_line(err, r, TS_EINVAL);
    }

    int rc = check_lengths(r, err);
    if (rc != TS_OK)
        return rc;
    const int *col = r->col;
    ts_error detail;
    if (period_parse_cached(r->periods, r->field[col[C_PERIOD]], r->field_len[col[C_PERIOD]],
                            &f->period, &detail) != TS_OK)
        return bad_column(r, C_PERIOD, &detail, err);
    if (ts_number_parse(r->field[col[C_VALUE]], r->field_len[col[C_VALUE]],
                        &f->value, &detail) != TS_OK)
        return bad_column(r, C_VALUE, &detail, err);
    const char *st = r->field[col[C_STATUS]];
    if (r->field_len[col[C_STATUS]] != 1 || (st[0] != 'A' && st[0] != 'E')) {
        char what[96];
        snprintf(what, sizeof what, "\"%.40s\" is not A or E", st);
        return bad_text(r, C_STATUS, what, err);
    }
    f->indicator = r->field[col[C_INDICATOR]];
    f->area = r->field[col[C_AREA]];
    f->measure = r->field[col[C_MEASURE]];
    f->unit = r->field[col[C_UNIT]];
    f->status = st[0];
    f->source = r->field[col[C_SOURCE]];
    f->price = col[C_PRICE] >= 0 ? r->field[col[C_PRICE]] : "";
    f->plan_by = col[C_PLAN_BY] >= 0 ? r->field[col[C_PLAN_BY]] : "";
    f->n_extra = r->n_extra;
    for (size_t i = 0; i < r->n_extra; i++) {
        f->extra_name[i] = r->extra_name[i];
        f->extra_value[i] = r->field[r->extra_field[i]];
    }
    return TS_OK;
}

long ts_reader_line(const ts_reader *r)
{
    return r->line;
}

const char *ts_reader_name(const ts_reader *r)
{
    return r->name;
}

size_t ts_reader_extra_count(const ts_reader *r)
{
    return r->n_extra;
}

const char *ts_reader_extra_name(const ts_reader *r, size_t i)
{
    return i < r->n_extra ? r->extra_name[i] : NULL;
}

void ts_reader_close(ts_reader *r)
{
    if (!r)
        return;
    tsi_input_close(r->in);
    free(r->buf);
    free(r->header);
    free(r->name);
    free(r);
}
