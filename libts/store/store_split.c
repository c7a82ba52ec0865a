/* Shares of a store's series for the ranks of a parallel job: contiguous
 * ranges of the series table with about the same number of observations
 * each, found by binary searches over series/obs_start, so that splitting
 * a table of millions of series reads a few hundred offsets and no key. */
#include "store/store_h5.h"

/* The first /obs row of series i, or the end of /obs for i = n_series. */
static int start_of(ts_store *s, size_t i, uint64_t *out, ts_error *err)
{
    if (i >= s->n_series) {
        *out = s->n_obs;
        return TS_OK;
    }
    if (s->all_loaded) {
        *out = s->all.obs_start[i];
        return TS_OK;
    }
    return tsi_h5_read_range(s->file, s->path, "series/obs_start", H5T_NATIVE_UINT64, i, 1, out,
                             err);
}

/* k/parts of total, without overflowing 64 bits. */
static uint64_t share(uint64_t total, size_t k, size_t parts)
{
    return total / parts * k + total % parts * k / parts;
}

int ts_store_series_split(ts_store *s, const ts_selector *sel, size_t parts, size_t *bounds,
                          ts_error *err)
{
    if (parts == 0) return ts_error_set(err, TS_EINVAL, "%s: no part to split into", s->path);
    size_t lo, hi;
    int narrowed;
    uint64_t a, b;
    int rc = tsi_series_range(s, sel, &lo, &hi, &narrowed, err);
    if (rc == TS_OK) rc = start_of(s, lo, &a, err);
    if (rc == TS_OK) rc = start_of(s, hi, &b, err);
    if (rc != TS_OK) return rc;
    if (b < a)
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: series/obs_start decreases",
                            s->path);
    bounds[0] = lo;
    bounds[parts] = hi;
    size_t from = lo;
    for (size_t k = 1; k < parts; k++) {
        /* Part k starts at the first series that starts at or after its
         * share of the rows. */
        uint64_t target = a + share(b - a, k, parts), v;
        size_t x = from, y = hi;
        while (x < y) {
            size_t m = x + (y - x) / 2;
            if ((rc = start_of(s, m, &v, err)) != TS_OK) return rc;
            if (v < target) x = m + 1;
            else y = m;
        }
        bounds[k] = from = x;
    }
    return TS_OK;
}
