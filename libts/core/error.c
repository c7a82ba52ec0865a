/* ts_error: status codes and fixed-size messages with their place, so the
 * error path never allocates. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "ts_error.h"

int ts_error_set(ts_error *err, int code, const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    err->file[0] = '\0';
    err->line = 0;
    err->column = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

void ts_error_at(ts_error *err, const char *file, long line, long column)
{
    if (!err)
        return;
    snprintf(err->file, sizeof err->file, "%s", file ? file : "");
    err->line = line;
    err->column = column;
}

void ts_error_clear(ts_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
}

const char *ts_error_format(const ts_error *err, char *buf, size_t n)
{
    if (!err) {
        snprintf(buf, n, "unknown error");
    } else if (err->file[0] && err->line > 0 && err->column > 0) {
        snprintf(buf, n, "%s:%ld:%ld: %s", err->file, err->line, err->column, err->msg);
    } else if (err->file[0] && err->line > 0) {
        snprintf(buf, n, "%s:%ld: %s", err->file, err->line, err->msg);
    } else if (err->file[0]) {
        snprintf(buf, n, "%s: %s", err->file, err->msg);
    } else {
        snprintf(buf, n, "%s", err->msg[0] ? err->msg : ts_strerror(err->code));
    }
    return buf;
}

const char *ts_strerror(int code)
{
    switch (code) {
    case TS_OK: return "success";
    case TS_EOF: return "end of input";
    case TS_EINVAL: return "invalid input";
    case TS_ERANGE: return "value out of range";
    case TS_EIO: return "input/output error";
    case TS_ENOMEM: return "out of memory";
    case TS_EFORMAT: return "unknown or damaged file format";
    case TS_ELOCKED: return "locked by another writer";
    case TS_EUNIT: return "incompatible units";
    case TS_ENOTFOUND: return "not found";
    default: return "unknown error";
    }
}
