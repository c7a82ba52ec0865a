/* Parts of a zipped document (.docx, .odt) read from memory with libzip,
 * never trusting the archive: a part that unpacks past
 * TS_FORMAT_PART_MAX (a zip bomb) is refused from its declared size, or
 * while it is unpacked when the declared size lies. */
#include <stdlib.h>
#include <string.h>
#include "text/format_libs.h"
#include "text/read_internal.h"

struct tsx_zip {
    const tsx_libzip *lib;
    zip_t *za;
};

tsx_zip *tsx_zip_open(const char *bytes, size_t len, ts_error *err)
{
    const tsx_libzip *lib = tsx_zip_lib(err);
    if (!lib)
        return NULL;
    zip_error_t ze;
    lib->error_init(&ze);
    tsx_zip *z = calloc(1, sizeof *z);
    if (!z) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    z->lib = lib;
    /* libzip reads the caller's bytes in place (no copy, not freed). */
    zip_source_t *src = lib->source_buffer_create(bytes, len, 0, &ze);
    if (src)
        z->za = lib->open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!z->za) {
        ts_error_set(err, lib->error_code_zip(&ze) == ZIP_ER_MEMORY ? TS_ENOMEM : TS_EFORMAT,
                     "damaged zip archive: %s", lib->error_strerror(&ze));
        if (src)
            lib->source_free(src);
        lib->error_fini(&ze);
        free(z);
        return NULL;
    }
    lib->error_fini(&ze);
    return z;
}

void tsx_zip_close(tsx_zip *z)
{
    if (!z)
        return;
    z->lib->discard(z->za);
    free(z);
}

int tsx_zip_has(tsx_zip *z, const char *part)
{
    return z->lib->name_locate(z->za, part, 0) >= 0;
}

/* The message of libzip's last error on a file or the archive. */
static int zip_fail(const tsx_zip *z, ts_error *err, zip_error_t *ze, const char *part)
{
    int ze_code = z->lib->error_code_zip(ze);
    if (ze_code == ZIP_ER_MEMORY)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    if (ze_code == ZIP_ER_NOPASSWD || ze_code == ZIP_ER_WRONGPASSWD ||
        ze_code == ZIP_ER_ENCRNOTSUPP)
        return ts_error_set(err, TS_EINVAL, "encrypted: %s is protected by a password", part);
    return ts_error_set(err, TS_EFORMAT, "damaged zip archive: %s: %s", part,
                        z->lib->error_strerror(ze));
}

static int too_large(ts_error *err, const char *part, unsigned long long n)
{
    return ts_error_set(err, TS_EFORMAT,
                        "%s unpacks to %llu bytes or more, over the limit of %zu MiB a part "
                        "may have (a zip bomb?)",
                        part, n, TS_FORMAT_PART_MAX >> 20);
}

int tsx_zip_read(tsx_zip *z, const char *part, char **out, size_t *len, ts_error *err)
{
    zip_int64_t idx = z->lib->name_locate(z->za, part, 0);
    if (idx < 0)
        return ts_error_set(err, TS_ENOTFOUND, "%s is missing", part);
    zip_stat_t st;
    z->lib->stat_init(&st);
    if (z->lib->stat_index(z->za, (zip_uint64_t)idx, 0, &st) != 0)
        return zip_fail(z, err, z->lib->get_error(z->za), part);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return ts_error_set(err, TS_EINVAL, "encrypted: %s is protected by a password", part);
    if ((st.valid & ZIP_STAT_SIZE) && st.size > TS_FORMAT_PART_MAX)
        return too_large(err, part, (unsigned long long)st.size);
    size_t cap = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
    char *buf = malloc(cap);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    zip_file_t *zf = z->lib->fopen_index(z->za, (zip_uint64_t)idx, 0);
    if (!zf) {
        free(buf);
        return zip_fail(z, err, z->lib->get_error(z->za), part);
    }
    size_t n = 0;
    int rc = TS_OK;
    for (;;) {
        char probe[4096];
        /* A full buffer reads into a probe first, so that a part of the
         * size it declared never makes the buffer grow. */
        int full = cap - n < 2;
        char *to = full ? probe : buf + n;
        zip_int64_t k = z->lib->fread(zf, to, full ? sizeof probe : cap - n - 1);
        if (k < 0) {
            rc = zip_fail(z, err, z->lib->file_get_error(zf), part);
            break;
        }
        if (k == 0)
            break;
        if (n + (size_t)k > TS_FORMAT_PART_MAX) {
            rc = too_large(err, part, (unsigned long long)(n + (size_t)k));
            break;
        }
        if (full) {
            size_t c2 = cap * 2 > n + (size_t)k + 1 ? cap * 2 : n + (size_t)k + 1;
            char *p = realloc(buf, c2);
            if (!p) {
                rc = ts_error_set(err, TS_ENOMEM, "out of memory");
                break;
            }
            buf = p;
            cap = c2;
            memcpy(buf + n, probe, (size_t)k);
        }
        n += (size_t)k;
    }
    z->lib->fclose(zf);
    if (rc != TS_OK) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return TS_OK;
}
