/* Private to libts: what the loaders of the small data files (catalogue,
 * gazetteer) share: reading a whole file, walking its lines with comments
 * and blank lines skipped, splitting at tabs, finding columns by header
 * name, and errors placed at file:line. */
#ifndef TSI_TSV_H
#define TSI_TSV_H

#include <stddef.h>
#include "ts_error.h"

/* Reads the file at path into a malloc'd NUL-terminated buffer (*text,
 * which the caller frees).  TS_EIO when it cannot be opened or read,
 * TS_EFORMAT when it holds a NUL byte, TS_ENOMEM; err is placed at path. */
int tsi_file_slurp(const char *path, char **text, ts_error *err);

/* A walk over the lines of a text the walk may write into. */
typedef struct {
    char *next;  /* start of the next line, NULL at the end */
    long lineno; /* 1-based number of the line last returned */
} tsi_lines;

void tsi_lines_init(tsi_lines *it, char *text);
/* The next line that is neither blank nor a '#' comment, NUL-terminated
 * in place without its "\n" or "\r\n"; NULL at the end. */
char *tsi_lines_next(tsi_lines *it);

/* Splits line in place at tabs into at most max fields; returns the
 * number of fields the line has (more than max: the rest are not set). */
size_t tsi_tsv_split(char *line, char **fields, size_t max);

/* For each of the n names, the index of the header field holding it (the
 * first one), or -1. */
void tsi_tsv_columns(char *const *fields, size_t nf, const char *const *names, int *col,
                     size_t n);

/* Nonzero when s is valid UTF-8. */
int tsi_utf8_valid(const char *s);

/* Sets err to code and a printf-style message placed at name:line;
 * returns code. */
int tsi_row_error(ts_error *err, int code, const char *name, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
