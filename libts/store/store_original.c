/* The original bytes of documents that were converted to text before
 * their facts were read (PDF, Word): kept beside the converted text in
 * their own compressed blob, /sources/original, with /sources/
 * original_start and /sources/original_length per source (0 for a
 * document that is its own text).  Stores written before these columns
 * existed read as having no originals. */
#include <hdf5.h>
#include <stdlib.h>
#include <string.h>
#include "store/store_h5.h"

int tsi_store_load_originals(ts_store *s, ts_error *err)
{
    size_t n = s->n_src;
    s->src_orig_start = calloc(n ? n : 1, sizeof *s->src_orig_start);
    s->src_orig_len = calloc(n ? n : 1, sizeof *s->src_orig_len);
    if (!s->src_orig_start || !s->src_orig_len)
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", s->path);
    if (H5Lexists(s->file, "sources", H5P_DEFAULT) <= 0 ||
        H5Lexists(s->file, "sources/original_length", H5P_DEFAULT) <= 0)
        return TS_OK; /* written before originals were kept */
    static const char *const cols[2] = {"sources/original_start", "sources/original_length"};
    uint64_t *dst[2] = {s->src_orig_start, s->src_orig_len};
    uint64_t len, total;
    int rc;
    for (int j = 0; j < 2; j++) {
        if ((rc = tsi_h5_length(s->file, s->path, cols[j], &len, err)) != TS_OK)
            return rc;
        if (len != n)
            return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s has %llu rows, not %zu",
                                s->path, cols[j], (unsigned long long)len, n);
        if ((rc = tsi_h5_read_range(s->file, s->path, cols[j], H5T_NATIVE_UINT64, 0, n, dst[j],
                                    err)) != TS_OK)
            return rc;
    }
    if ((rc = tsi_h5_length(s->file, s->path, "sources/original", &total, err)) != TS_OK)
        return rc;
    for (size_t i = 0; i < n; i++)
        if (s->src_orig_start[i] > total || s->src_orig_len[i] > total - s->src_orig_start[i])
            return ts_error_set(err, TS_EFORMAT,
                                "%s: damaged store: the original of source %zu lies past "
                                "/sources/original", s->path, i);
    return TS_OK;
}

int ts_store_source_original(ts_store *s, size_t i, char **bytes, size_t *len, ts_error *err)
{
    uint64_t n = i < s->n_src ? s->src_orig_len[i] : 0;
    if (n == 0)
        return ts_error_set(err, TS_ENOTFOUND, "%s: source \"%s\" was imported as text: its "
                            "text is the original", s->path, i < s->n_src ? tsi_str(&s->src_name, i) : "?");
    return tsi_read_blob(s, "sources/original", s->src_orig_start[i], n, bytes, len, err);
}

int tsi_write_originals(hid_t f, const char *tmp, size_t n, const char *const *data,
                        const uint64_t *lens, const int64_t *old_start, ts_store *old,
                        ts_error *err)
{
    uint64_t *start = malloc((n ? n : 1) * sizeof *start), total = 0;
    if (!start)
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", tmp);
    for (size_t i = 0; i < n; i++) {
        start[i] = total;
        total += lens[i];
    }
    char *blob = malloc(total ? total : 1);
    int rc = blob ? TS_OK : ts_error_set(err, TS_ENOMEM, "%s: out of memory", tmp);
    /* Originals that stay come from the old store's blob, one read each. */
    for (size_t i = 0; i < n && rc == TS_OK; i++) {
        if (!lens[i])
            continue;
        if (data[i])
            memcpy(blob + start[i], data[i], lens[i]);
        else if (old && old_start[i] >= 0)
            rc = tsi_h5_read_range(old->file, old->path, "sources/original", H5T_NATIVE_UINT8,
                                   (uint64_t)old_start[i], lens[i], blob + start[i], err);
    }
    if (rc == TS_OK)
        rc = tsi_h5_write_column(f, tmp, "sources/original_start", H5T_NATIVE_UINT64, start, n,
                                 TSI_TABLE_CHUNK, err);
    if (rc == TS_OK)
        rc = tsi_h5_write_column(f, tmp, "sources/original_length", H5T_NATIVE_UINT64, lens, n,
                                 TSI_TABLE_CHUNK, err);
    if (rc == TS_OK)
        rc = tsi_h5_write_column(f, tmp, "sources/original", H5T_NATIVE_UINT8, blob, total,
                                 TSI_TEXT_CHUNK, err);
    free(blob);
    free(start);
    return rc;
}
