/* Reading the small TSV data files (see tsv.h): one implementation of the
 * file read, line walk, tab split and file:line errors that the catalogue
 * and the gazetteer loaders share. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "core/grow.h"
#include "core/tsv.h"

int tsi_file_slurp(const char *path, char **text, ts_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        ts_error_set(err, TS_EIO, "cannot open: %s", strerror(e));
        ts_error_at(err, path, 0, 0);
        return TS_EIO;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = TS_OK;
    for (;;) {
        /* One byte beyond the content is kept for the terminator. */
        if (tsi_grow(&buf, &cap, len + 4097, 1, 65536) != 0) {
            rc = ts_error_set(err, TS_ENOMEM, "out of memory");
            goto done;
        }
        size_t got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        rc = ts_error_set(err, TS_EIO, "read error");
        ts_error_at(err, path, 0, 0);
        goto done;
    }
    buf[len] = '\0';
    if (memchr(buf, '\0', len)) {
        rc = ts_error_set(err, TS_EFORMAT, "contains a NUL byte: not a TSV file");
        ts_error_at(err, path, 0, 0);
    }
done:
    fclose(f);
    if (rc == TS_OK)
        *text = buf;
    else
        free(buf);
    return rc;
}

void tsi_lines_init(tsi_lines *it, char *text)
{
    it->next = text && *text ? text : NULL;
    it->lineno = 0;
}

char *tsi_lines_next(tsi_lines *it)
{
    while (it->next) {
        char *line = it->next, *nl = strchr(line, '\n');
        if (nl) {
            *nl = '\0';
            it->next = nl[1] ? nl + 1 : NULL;
        } else {
            it->next = NULL;
        }
        it->lineno++;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        if (len && line[0] != '#')
            return line;
    }
    return NULL;
}

size_t tsi_tsv_split(char *line, char **fields, size_t max)
{
    size_t n = 0;
    for (char *p = line;;) {
        char *tab = strchr(p, '\t');
        if (n < max)
            fields[n] = p;
        n++;
        if (!tab)
            return n;
        *tab = '\0';
        p = tab + 1;
    }
}

void tsi_tsv_columns(char *const *fields, size_t nf, const char *const *names, int *col,
                     size_t n)
{
    for (size_t k = 0; k < n; k++) {
        col[k] = -1;
        for (size_t i = 0; i < nf && col[k] < 0; i++)
            if (strcmp(fields[i], names[k]) == 0)
                col[k] = (int)i;
    }
}

int tsi_utf8_valid(const char *s)
{
    size_t len = strlen(s);
    utf8proc_int32_t cp;
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0)
            return 0;
        i += (size_t)n;
    }
    return 1;
}

int tsi_row_error(ts_error *err, int code, const char *name, long line, const char *fmt, ...)
{
    char msg[TS_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ts_error_set(err, code, "%s", msg);
    ts_error_at(err, name, line, 0);
    return code;
}
