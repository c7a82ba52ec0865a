/* The store's string columns.  Format v2 keeps each one as a heap: NAME,
 * the bytes of every value each followed by a NUL, and NAME_end, the
 * offset just past each value's NUL, so that a long value costs its own
 * length and nothing more.  Format v1 kept fixed-width NUL-padded strings
 * (each row as wide as the longest value), read here for old stores.
 * Both come back as the same tsi_strings, checked before use. */
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "store/store_h5.h"

void tsi_strings_free(tsi_strings *s)
{
    free(s->heap);
    free(s->off);
    memset(s, 0, sizeof *s);
}

/* "NAME_end" into buf; -1 when it does not fit. */
static int end_name(const char *name, char *buf, size_t n)
{
    int w = snprintf(buf, n, "%s_end", name);
    return w < 0 || (size_t)w >= n ? -1 : 0;
}

int tsi_h5_write_text(hid_t f, const char *path, const char *name, const char *const *strs,
                      uint64_t n, ts_error *err)
{
    char ename[128];
    if (end_name(name, ename, sizeof ename) != 0)
        return ts_error_set(err, TS_EINVAL, "%s: column name %s too long", path, name);
    uint64_t total = 0;
    for (uint64_t i = 0; i < n; i++) total += strlen(strs[i]) + 1;
    char *heap = malloc(total ? total : 1);
    uint64_t *end = malloc((n ? n : 1) * sizeof *end);
    int rc = TS_OK;
    if (!heap || !end) {
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory writing %s", path, name);
    } else {
        uint64_t at = 0;
        for (uint64_t i = 0; i < n; i++) {
            size_t l = strlen(strs[i]) + 1;
            memcpy(heap + at, strs[i], l);
            at += l;
            end[i] = at;
        }
        rc = tsi_h5_write_column(f, path, name, H5T_NATIVE_UINT8, heap, total, TSI_TEXT_CHUNK, err);
        if (rc == TS_OK)
            rc = tsi_h5_write_column(f, path, ename, H5T_NATIVE_UINT64, end, n, TSI_TABLE_CHUNK, err);
    }
    free(heap);
    free(end);
    return rc;
}

int tsi_h5_text_length(hid_t f, const char *path, int version, const char *name, uint64_t *n,
                       ts_error *err)
{
    char ename[128];
    if (version < 2) return tsi_h5_length(f, path, name, n, err);
    if (end_name(name, ename, sizeof ename) != 0)
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: no column %s", path, name);
    return tsi_h5_length(f, path, ename, n, err);
}

static int damaged(ts_error *err, const char *path, const char *name, uint64_t row,
                   const char *what)
{
    return ts_error_set(err, TS_EFORMAT, "%s: damaged store: %s row %llu %s", path, name,
                        (unsigned long long)row, what);
}

/* Checks that heap[0, len) holds exactly the n values that end[] bounds
 * (offsets relative to base), each NUL-terminated with no NUL inside, and
 * turns end[] into starts relative to the heap. */
static int check_heap(const char *path, const char *name, uint64_t first_row, const char *heap,
                      uint64_t len, uint64_t base, uint64_t *end, uint64_t n, ts_error *err)
{
    uint64_t at = 0;
    for (uint64_t i = 0; i < n; i++) {
        if (end[i] <= base + at || end[i] - base > len)
            return damaged(err, path, name, first_row + i, "ends outside its heap");
        uint64_t e = end[i] - base;
        const char *nul = memchr(heap + at, '\0', (size_t)(e - at));
        if (nul != heap + e - 1) return damaged(err, path, name, first_row + i, "is not one string");
        end[i] = at;
        at = e;
    }
    if (at != len) return damaged(err, path, name, first_row + n, "leaves bytes in its heap");
    return TS_OK;
}

/* Rows [start, start+n) of a v2 column. */
static int read_heap(hid_t f, const char *path, const char *name, uint64_t start, uint64_t n,
                     tsi_strings *out, ts_error *err)
{
    char ename[128];
    uint64_t rows, bytes, base = 0;
    int rc;
    if (end_name(name, ename, sizeof ename) != 0)
        return ts_error_set(err, TS_EFORMAT, "%s: damaged store: no column %s", path, name);
    if ((rc = tsi_h5_length(f, path, ename, &rows, err)) != TS_OK
        || (rc = tsi_h5_length(f, path, name, &bytes, err)) != TS_OK)
        return rc;
    if (start > rows || n > rows - start)
        return damaged(err, path, ename, start + n, "is past the end of the column");
    uint64_t *end = malloc((n + 1) * sizeof *end);
    if (!end) return ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", path, name);
    if (start > 0) rc = tsi_h5_read_range(f, path, ename, H5T_NATIVE_UINT64, start - 1, 1, &base, err);
    if (rc == TS_OK) rc = tsi_h5_read_range(f, path, ename, H5T_NATIVE_UINT64, start, n, end, err);
    uint64_t last = n ? end[n - 1] : base;
    if (rc == TS_OK && (last < base || last > bytes))
        rc = damaged(err, path, ename, start + n - 1, "ends past the heap");
    char *heap = NULL;
    if (rc == TS_OK && !(heap = malloc(last - base + 1)))
        rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", path, name);
    if (rc == TS_OK)
        rc = tsi_h5_read_range(f, path, name, H5T_NATIVE_UINT8, base, last - base, heap, err);
    if (rc == TS_OK) rc = check_heap(path, name, start, heap, last - base, base, end, n, err);
    if (rc != TS_OK) {
        free(end);
        free(heap);
        return rc;
    }
    out->heap = heap;
    out->off = end;
    out->n = n;
    return TS_OK;
}

static hid_t fixed_type(size_t width)
{
    hid_t t = H5Tcopy(H5T_C_S1);
    if (t < 0) return -1;
    if (H5Tset_size(t, width) < 0 || H5Tset_strpad(t, H5T_STR_NULLPAD) < 0
        || H5Tset_cset(t, H5T_CSET_UTF8) < 0) {
        H5Tclose(t);
        return -1;
    }
    return t;
}

/* The width of v1 string column `name`; 0 (err filled) when it is not one. */
static size_t fixed_width(hid_t f, const char *path, const char *name, ts_error *err)
{
    hid_t d = H5Dopen2(f, name, H5P_DEFAULT), ft = d >= 0 ? H5Dget_type(d) : -1;
    size_t w = 0;
    if (ft >= 0 && H5Tget_class(ft) == H5T_STRING && H5Tis_variable_str(ft) <= 0)
        w = H5Tget_size(ft);
    if (ft >= 0) H5Tclose(ft);
    if (d >= 0) H5Dclose(d);
    if (w == 0) {
        char what[160];
        snprintf(what, sizeof what, "damaged store: %s is not a fixed-length string column", name);
        tsi_h5_error(err, TS_EFORMAT, path, what);
    }
    return w;
}

/* Rows [start, start+n) of a v1 column: read as stored (a plain copy, no
 * per-element conversion), then spread out with a NUL after each row. */
static int read_fixed(hid_t f, const char *path, const char *name, uint64_t start, uint64_t n,
                      tsi_strings *out, ts_error *err)
{
    size_t w = fixed_width(f, path, name, err);
    if (w == 0) return TS_EFORMAT;
    char *buf = malloc((n ? n : 1) * (w + 1));
    uint64_t *off = malloc((n ? n : 1) * sizeof *off);
    hid_t mt = fixed_type(w);
    int rc = TS_OK;
    if (!buf || !off) rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", path, name);
    else if (mt < 0) rc = tsi_h5_error(err, TS_EIO, path, "cannot make a string type");
    else rc = tsi_h5_read_range(f, path, name, mt, start, n, buf, err);
    if (mt >= 0) H5Tclose(mt);
    if (rc != TS_OK) {
        free(buf);
        free(off);
        return rc;
    }
    for (uint64_t i = n; i-- > 0;) { /* back to front: rows only move up */
        memmove(buf + i * (w + 1), buf + i * w, w);
        buf[i * (w + 1) + w] = '\0';
        off[i] = i * (w + 1);
    }
    out->heap = buf;
    out->off = off;
    out->n = n;
    return TS_OK;
}

int tsi_h5_read_text(hid_t f, const char *path, int version, const char *name, uint64_t start,
                     uint64_t n, tsi_strings *out, ts_error *err)
{
    memset(out, 0, sizeof *out);
    return version < 2 ? read_fixed(f, path, name, start, n, out, err)
                       : read_heap(f, path, name, start, n, out, err);
}

/* ---- point reads, for a binary search ---- */

/* Opens dataset name for reads as memory type mt (borrowed). */
static int cursor_open(hid_t f, const char *name, hid_t mt, tsi_cursor *c)
{
    memset(c, 0, sizeof *c);
    c->mt = mt;
    c->space = -1;
    if ((c->d = H5Dopen2(f, name, H5P_DEFAULT)) < 0 || (c->space = H5Dget_space(c->d)) < 0)
        return -1;
    c->direct = tsi_direct_open(c->d, mt, &c->dc);
    return 0;
}

static void cursor_close(tsi_cursor *c)
{
    if (c->direct) tsi_direct_close(&c->dc);
    if (c->space >= 0) H5Sclose(c->space);
    if (c->d >= 0) H5Dclose(c->d);
    c->d = c->space = -1;
    c->direct = 0;
}

/* Elements [start, start+count) into buf: 0, or -1 (*bad: damaged). */
static int cursor_read(tsi_cursor *c, uint64_t start, uint64_t count, void *buf, int *bad)
{
    *bad = 0;
    if (count == 0) return 0;
    int r = c->direct ? tsi_direct_read(&c->dc, start, count, buf, bad) : 1;
    if (r <= 0) return r;
    hsize_t s = start, n = count, dims = 0;
    if (H5Sget_simple_extent_dims(c->space, &dims, NULL) != 1 || s > dims || n > dims - s) {
        *bad = 1;
        return -1;
    }
    hid_t ms = H5Screate_simple(1, &n, NULL);
    int ok = ms >= 0 && H5Sselect_hyperslab(c->space, H5S_SELECT_SET, &s, NULL, &n, NULL) >= 0
          && H5Dread(c->d, c->mt, ms, c->space, H5P_DEFAULT, buf) >= 0;
    if (ms >= 0) H5Sclose(ms);
    return ok ? 0 : -1;
}

int tsi_probe_open(hid_t f, const char *path, int version, const char *name, tsi_probe *p,
                   ts_error *err)
{
    memset(p, 0, sizeof *p);
    p->path = path;
    p->name = name;
    p->version = version;
    p->mt = -1;
    p->col.d = p->col.space = p->ends.d = p->ends.space = -1;
    int bad = 0;
    if (version < 2) {
        if ((p->width = fixed_width(f, path, name, err)) == 0) return TS_EFORMAT;
        bad = (p->mt = fixed_type(p->width)) < 0 || cursor_open(f, name, p->mt, &p->col) != 0;
    } else {
        char ename[128];
        bad = end_name(name, ename, sizeof ename) != 0
           || cursor_open(f, ename, H5T_NATIVE_UINT64, &p->ends) != 0
           || cursor_open(f, name, H5T_NATIVE_UINT8, &p->col) != 0;
    }
    if (bad) {
        tsi_probe_close(p);
        char what[160];
        snprintf(what, sizeof what, "damaged store: cannot read %s", name);
        return tsi_h5_error(err, TS_EFORMAT, path, what);
    }
    return TS_OK;
}

/* Makes room for n bytes and a NUL in p->buf. */
static int probe_room(tsi_probe *p, uint64_t n)
{
    if (n > SIZE_MAX / 2) return -1;
    return tsi_grow(&p->buf, &p->cap, (size_t)n + 1, 1, 256);
}

int tsi_probe_get(tsi_probe *p, uint64_t i, const char **out, ts_error *err)
{
    int bad = 0, r;
    uint64_t e[2] = {0, 0}, len;
    if (p->version < 2) {
        len = p->width;
        if (probe_room(p, len) != 0) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", p->path);
        r = cursor_read(&p->col, i, 1, p->buf, &bad);
    } else {
        r = cursor_read(&p->ends, i ? i - 1 : 0, i ? 2 : 1, i ? e : e + 1, &bad);
        if (r == 0 && (e[1] <= e[0] || e[1] - e[0] > ((uint64_t)1 << 32)))
            return damaged(err, p->path, p->name, i, "ends outside its heap");
        len = e[1] - e[0];
        if (r == 0 && probe_room(p, len) != 0)
            return ts_error_set(err, TS_ENOMEM, "%s: out of memory", p->path);
        if (r == 0) r = cursor_read(&p->col, e[0], len, p->buf, &bad);
        if (r == 0 && memchr(p->buf, '\0', (size_t)len) != p->buf + len - 1)
            return damaged(err, p->path, p->name, i, "is not one string");
    }
    if (r != 0 && bad == TSI_BAD_MEMORY)
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory reading %s", p->path, p->name);
    if (r != 0) {
        char what[160];
        snprintf(what, sizeof what, "%scannot read %s", bad ? "damaged store: " : "", p->name);
        return tsi_h5_error(err, bad ? TS_EFORMAT : TS_EIO, p->path, what);
    }
    p->buf[len] = '\0';
    *out = p->buf;
    return TS_OK;
}

void tsi_probe_close(tsi_probe *p)
{
    cursor_close(&p->col);
    cursor_close(&p->ends);
    if (p->mt >= 0) H5Tclose(p->mt);
    p->mt = -1;
    free(p->buf);
    p->buf = NULL;
    p->cap = 0;
}
