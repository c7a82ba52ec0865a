/* Shared tool plumbing: message format, usage errors, the output options
 * (-o, -d) and the final check that stdout really was written (so
 * `> /dev/full` fails loudly). */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "ts_record.h"

static int output_end(const char *tool, int rc);
/* The -o file being written: its final name and the temporary one. */
static char *out_path, *out_tmp;

void cli_put_field(FILE *fp, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\t') fputs("\\t", fp);
        else if (c == '\n') fputs("\\n", fp);
        else if (c == '\r') fputs("\\r", fp);
        else if (c == '\\') fputs("\\\\", fp);
        else if (c < 0x20 || c == 0x7f) fprintf(fp, "\\x%02x", c);
        else fputc(c, fp);
    }
}

/* A message line: like cli_put_field, but tabs stay (messages quote
 * rows) and a backslash is itself. */
static void put_message(const char *tool, const char *s)
{
    /* One write per message: the processes of an MPI job share the
     * terminal, and a message in pieces would interleave with theirs. */
    char out[8500];
    size_t n = (size_t)snprintf(out, 256, "%s: ", tool);
    if (n >= 256) n = 255;
    for (; *s && n < sizeof out - 6; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c < 0x20 && c != '\t') || c == 0x7f) n += (size_t)snprintf(out + n, 5, "\\x%02x", c);
        else out[n++] = (char)c;
    }
    out[n++] = '\n';
    fwrite(out, 1, n, stderr);
}

/* Set once a failed write to standard output was reported. */
static int stdout_reported;

/* The message a fault inside HDF5 prints, built before the store is
 * opened: the handler may only write and leave. */
static char fault_msg[1200];
static size_t fault_len;

static void on_arithmetic_fault(int sig)
{
    (void)sig;
    if (out_tmp)
        unlink(out_tmp);
    ssize_t w = write(STDERR_FILENO, fault_msg, fault_len);
    (void)w;
    _exit(CLI_FATAL);
}

void cli_guard_store(const char *tool, const char *path)
{
    /* Written now, escaped as every message: the handler may only write. */
    fault_len = 0;
    FILE *m = fmemopen(fault_msg, sizeof fault_msg - 1, "w");
    if (m) {
        fprintf(m, "%s: ", tool);
        cli_put_field(m, path);
        fputs(": damaged store: the HDF5 library stopped on an arithmetic fault reading it\n", m);
        long n = ftell(m);
        fclose(m);
        fault_len = n > 0 ? (size_t)n : 0;
        if (fault_len && fault_msg[fault_len - 1] != '\n')
            fault_msg[fault_len - 1] = '\n'; /* cut short: still one line */
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_arithmetic_fault;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGFPE, &sa, NULL);
}

int cli_store_open(const char *tool, const char *path, ts_store **out, ts_error *err)
{
    cli_guard_store(tool, path);
    return ts_store_open(path, out, err);
}

int cli_store_begin(const char *tool, const char *path, double wait_seconds, ts_txn **out,
                    ts_error *err)
{
    cli_guard_store(tool, path);
    return ts_store_begin(path, wait_seconds, out, err);
}

void cli_report(const char *tool, const ts_error *err)
{
    char buf[1024];
    put_message(tool, ts_error_format(err, buf, sizeof buf));
}

void cli_report_stdout(const char *tool, const ts_error *err)
{
    cli_report(tool, err);
    stdout_reported = 1;
}

void cli_warn(const char *tool, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    put_message(tool, buf);
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
    int failed = fflush(stdout) != 0 || ferror(stdout), e = errno;
    if (fclose(stdout) != 0 && !failed) {
        failed = 1;
        e = errno;
    }
    if (failed) {
        if (!stdout_reported) /* once is enough */
            fprintf(stderr, "%s: write error on %s: %s\n", tool,
                    out_path ? out_path : "standard output", strerror(e));
        rc = CLI_FATAL;
    }
    return output_end(tool, rc);
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

int cli_finish_failed(const char *tool)
{
    fclose(stdout);
    return output_end(tool, CLI_FATAL);
}

/* ---- output options ---- */

const char cli_output_help[] =
    "Output:\n"
    "  -o, --output FILE       write to FILE instead of standard output (FILE is\n"
    "                          replaced only when the run does not fail)\n";

const char cli_decimals_help[] =
    "  -d, --decimals N        values, and numbers printed beside them such as\n"
    "                          interval bounds, with N digits after the point\n"
    "                          (default: the shortest form, up to 15 digits)\n";

const char cli_std_help[] =
    "  -h, --help              show this help and exit\n"
    "      --version           show the version and exit\n";

void cli_output_init(cli_output *o)
{
    o->output = NULL;
    o->decimals = -1;
}

int cli_output_option(const char *tool, cli_output *o, int opt, const char *arg)
{
    long v;
    switch (opt) {
    case CLI_OPT_OUTPUT:
        o->output = arg;
        return 1;
    case CLI_OPT_DECIMALS:
        if (cli_parse_int(tool, "--decimals", arg, 0, 15, &v) != CLI_OK)
            return -1;
        o->decimals = (int)v;
        return 1;
    default:
        return 0;
    }
}

int cli_output_start(const char *tool, const cli_output *o)
{
    if (!o->output || strcmp(o->output, "-") == 0)
        return CLI_OK;
    /* A device or a FIFO is written to as it is, never replaced; a
     * symbolic link is followed, so the link stays and its target gets
     * the output; an existing file keeps its mode. */
    struct stat st;
    int exists = stat(o->output, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        cli_warn(tool, "%s: is a directory", o->output);
        return CLI_FATAL;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        fflush(stdout);
        if (!freopen(o->output, "w", stdout)) {
            cli_warn(tool, "%s: cannot open: %s", o->output, strerror(errno));
            return CLI_FATAL;
        }
        return CLI_OK;
    }
    char *real = exists ? realpath(o->output, NULL) : NULL;
    const char *target = real ? real : o->output;
    size_t n = strlen(target) + 16;
    out_tmp = malloc(n);
    out_path = strdup(target);
    if (!out_tmp || !out_path) {
        free(real);
        cli_warn(tool, "out of memory");
        return CLI_FATAL;
    }
    snprintf(out_tmp, n, "%s.tmpXXXXXX", target);
    free(real);
    int fd = mkstemp(out_tmp);
    if (fd < 0) {
        cli_warn(tool, "%s: cannot create: %s", o->output, strerror(errno));
        free(out_tmp);
        out_tmp = NULL;
        return CLI_FATAL;
    }
    /* mkstemp makes the file private; the output is an ordinary file (or
     * keeps the mode of the file it replaces). */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
    fflush(stdout);
    if (dup2(fd, STDOUT_FILENO) < 0) {
        cli_warn(tool, "%s: %s", o->output, strerror(errno));
        close(fd);
        unlink(out_tmp);
        return CLI_FATAL;
    }
    close(fd);
    return CLI_OK;
}

/* Moves the -o file into place, or drops it after a failure. */
static int output_end(const char *tool, int rc)
{
    if (!out_tmp)
        return rc;
    if (rc == CLI_FATAL) {
        unlink(out_tmp);
    } else if (rename(out_tmp, out_path) != 0) {
        cli_warn(tool, "%s: cannot rename into place: %s", out_path, strerror(errno));
        unlink(out_tmp);
        rc = CLI_FATAL;
    }
    free(out_tmp);
    free(out_path);
    out_tmp = out_path = NULL;
    return rc;
}

size_t cli_format_value(const cli_output *o, double v, char *buf, size_t n)
{
    if (isnan(v)) {
        if (n)
            buf[0] = '\0';
        return 0;
    }
    if (isinf(v))
        return (size_t)snprintf(buf, n, "%s", v > 0 ? "inf" : "-inf");
    if (o && o->decimals >= 0)
        return ts_value_format_fixed(v, o->decimals, buf, n);
    return ts_value_format(v, buf, n);
}
