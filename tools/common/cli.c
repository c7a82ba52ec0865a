/* Shared tool plumbing: message format, usage errors and the final check
 * that stdout really was written (so `> /dev/full` fails loudly). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"

void cli_report(const char *tool, const ts_error *err)
{
    char buf[1024];
    fprintf(stderr, "%s: %s\n", tool, ts_error_format(err, buf, sizeof buf));
}

void cli_warn(const char *tool, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", tool);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage_error(const char *tool, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", tool);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry '%s --help'.\n", tool);
    va_end(ap);
    return CLI_FATAL;
}

int cli_finish(const char *tool, int rc)
{
    /* fclose catches errors that only show when the buffer is flushed. */
    if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
        fprintf(stderr, "%s: write error on standard output: %s\n", tool, strerror(errno));
        return CLI_FATAL;
    }
    return rc;
}

int cli_parse_double(const char *tool, const char *opt, const char *text, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(text, &end);
    if (errno || end == text || *end || v < 0 || v != v)
        return cli_usage_error(tool, "option '%s': \"%s\" is not a non-negative number", opt, text);
    *out = v;
    return CLI_OK;
}

int cli_parse_int(const char *tool, const char *opt, const char *text, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno || end == text || *end || v < min || v > max)
        return cli_usage_error(tool, "option '%s': \"%s\" is not a whole number from %ld to %ld",
                               opt, text, min, max);
    *out = v;
    return CLI_OK;
}
