/* Checking what a store says before it is trusted: a store is a file
 * anyone can edit (h5py, a bad disk, another program), so every index,
 * offset and count read from it is checked against the columns it points
 * into before it is used, and a wrong one is a precise "damaged store: ..."
 * error, never a crash, a silent "-" or a wrong answer. */
#include <stdarg.h>
#include <string.h>
#include "store/store_h5.h"

/* Days of the periods the record can name (years 1000..9999). */
#define DAY_MIN (-354285) /* 1000-01-01 */
#define DAY_MAX 2932896   /* 9999-12-31 */

static int damaged(ts_error *err, const ts_store *s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int damaged(ts_error *err, const ts_store *s, const char *fmt, ...)
{
    char what[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s", s->path, what);
}

/* The checks of tsi_check_obs one row after the other, naming the first
 * row that fails. */
static int obs_detail(const ts_store *s, uint64_t row0, uint64_t n, void *const col[TSI_N_COLUMNS],
                      const tsi_slice *sl, size_t first, unsigned read, ts_error *err)
{
    int vints = (read & TSI_COLUMN_BIT(TSI_C_VINTAGE)) != 0;
    int offs = (read & TSI_COLUMN_BIT(TSI_C_OFFSET)) != 0;
    const uint32_t *ser = col[TSI_C_SERIES];
    const int32_t *day0 = col[TSI_C_FIRST], *day1 = col[TSI_C_LAST];
    const uint8_t *status = col[TSI_C_STATUS];
    const int32_t *src = col[TSI_C_SOURCE], *doc = col[TSI_C_DOC], *vint = col[TSI_C_VINTAGE];
    const int64_t *off = col[TSI_C_OFFSET];
    size_t k = first; /* the slice row whose range holds row r: series tile /obs */
    for (uint64_t r = 0; r < n; r++) {
        while (k < sl->n && row0 + r >= sl->obs_start[k] + sl->obs_count[k]) k++;
        unsigned long long at = row0 + r;
        if (k == sl->n || row0 + r < sl->obs_start[k] || ser[r] != sl->lo + k)
            return damaged(err, s, "obs/series row %llu is %u, not the series it lies in", at,
                           (unsigned)ser[r]);
        if (day0[r] < DAY_MIN || day1[r] > DAY_MAX || day0[r] > day1[r])
            return damaged(err, s, "obs/first and obs/last row %llu (%d, %d) are not a period", at,
                           (int)day0[r], (int)day1[r]);
        if (status[r] != 'A' && status[r] != 'E')
            return damaged(err, s, "obs/status row %llu is %u, not A or E", at, (unsigned)status[r]);
        if (src[r] < -1 || (src[r] >= 0 && (size_t)src[r] >= s->n_src))
            return damaged(err, s, "obs/source row %llu is %d, not a source", at, (int)src[r]);
        if (vints && (doc[r] < 0 || (size_t)doc[r] >= s->n_src))
            return damaged(err, s, "obs/doc row %llu is %d, not a source", at, (int)doc[r]);
        if (vints && (vint[r] < DAY_MIN || vint[r] > DAY_MAX))
            return damaged(err, s, "obs/vintage row %llu is %d, not a date", at, (int)vint[r]);
        if (offs && off[r] < -1)
            return damaged(err, s, "obs/offset row %llu is %lld", at, (long long)off[r]);
    }
    return TS_OK;
}

/* Whether any row of [a, b) is out of range in the columns read: every
 * test of every row or-ed together without a branch, passes the compiler
 * can vectorise. */
static int obs_bad(const ts_store *s, void *const col[TSI_N_COLUMNS], uint64_t a, uint64_t b,
                   uint32_t series, unsigned read)
{
    const uint32_t *ser = col[TSI_C_SERIES];
    const int32_t *day0 = col[TSI_C_FIRST], *day1 = col[TSI_C_LAST];
    const uint8_t *status = col[TSI_C_STATUS];
    const int32_t *src = col[TSI_C_SOURCE], *doc = col[TSI_C_DOC], *vint = col[TSI_C_VINTAGE];
    const int64_t *off = col[TSI_C_OFFSET];
    int64_t n_src = (int64_t)s->n_src;
    int bad = 0;
    for (uint64_t r = a; r < b; r++)
        bad |= (ser[r] != series) | (day0[r] < DAY_MIN) | (day1[r] > DAY_MAX) |
               (day0[r] > day1[r]) | ((status[r] != 'A') & (status[r] != 'E')) |
               (src[r] < -1) | (src[r] >= n_src);
    if (read & TSI_COLUMN_BIT(TSI_C_VINTAGE))
        for (uint64_t r = a; r < b; r++)
            bad |= (doc[r] < 0) | (doc[r] >= n_src) | (vint[r] < DAY_MIN) | (vint[r] > DAY_MAX);
    if (read & TSI_COLUMN_BIT(TSI_C_OFFSET))
        for (uint64_t r = a; r < b; r++)
            bad |= off[r] < -1;
    return bad;
}

int tsi_check_obs(const ts_store *s, uint64_t row0, uint64_t n, void *const col[TSI_N_COLUMNS],
                  const tsi_slice *sl, size_t first, unsigned read, ts_error *err)
{
    /* A quick pass over each series' rows; the detailed one finds what
     * failed. */
    size_t k = first;
    uint64_t r = 0;
    while (r < n) {
        while (k < sl->n && row0 + r >= sl->obs_start[k] + sl->obs_count[k]) k++;
        if (k == sl->n || row0 + r < sl->obs_start[k])
            break;
        uint64_t end = sl->obs_start[k] + sl->obs_count[k] - row0;
        if (end > n) end = n;
        if (obs_bad(s, col, r, end, (uint32_t)(sl->lo + k), read))
            break;
        r = end;
    }
    return r < n ? obs_detail(s, row0, n, col, sl, first, read, err) : TS_OK;
}

/* Compares series rows a and b of slice sl by their whole key. */
static int key_cmp(const tsi_slice *sl, size_t a, size_t b)
{
    for (int j = 0; j < TSI_KEY_COLS; j++) {
        int c = strcmp(tsi_str(&sl->key[j], a), tsi_str(&sl->key[j], b));
        if (c) return c;
    }
    return 0;
}

int tsi_check_series(const ts_store *s, const tsi_slice *sl, ts_error *err)
{
    for (size_t i = 0; i < sl->n; i++) {
        for (int j = 0; j < 4; j++)
            if (!tsi_str(&sl->key[j], i)[0])
                return damaged(err, s, "series row %zu has an empty %s", sl->lo + i,
                               tsi_key_columns[j] + 7);
        /* A binary search for a key would go astray in an unsorted table,
         * and a repeated key would split a series. */
        if (i && key_cmp(sl, i - 1, i) >= 0)
            return damaged(err, s, "series row %zu is not after row %zu (the table is sorted "
                           "by key, each key once)", sl->lo + i, sl->lo + i - 1);
    }
    return TS_OK;
}

int tsi_check_sources(const ts_store *s, uint64_t text_total, ts_error *err)
{
    for (size_t i = 0; i < s->n_src; i++) {
        const char *kind = tsi_str(&s->src_kind, i), *sha = tsi_str(&s->src_sha, i);
        int named = strcmp(kind, TS_SOURCE_NAMED) == 0;
        if (!named && strcmp(kind, TS_SOURCE_TSV) != 0 && strcmp(kind, TS_SOURCE_REPORT) != 0)
            return damaged(err, s, "sources/kind row %zu is not a kind of document", i);
        if (!tsi_str(&s->src_name, i)[0])
            return damaged(err, s, "sources/name row %zu is empty", i);
        if (!(named && !sha[0]) && (strlen(sha) != 64 || strspn(sha, "0123456789abcdef") != 64))
            return damaged(err, s, "sources/sha256 row %zu is not a SHA-256", i);
        if (s->src_text_start[i] > text_total || s->src_text_len[i] > text_total - s->src_text_start[i])
            return damaged(err, s, "the text of source %zu lies past sources/text", i);
        /* A document keeps its text whole or not at all; a converted one
         * (PDF, Word) keeps its original file whole instead. */
        uint64_t kept = s->src_orig_len[i] ? s->src_orig_len[i] : s->src_text_len[i];
        if (kept && kept != s->src_size[i])
            return damaged(err, s, "source %zu keeps %llu bytes, not its size", i,
                           (unsigned long long)kept);
    }
    return TS_OK;
}
