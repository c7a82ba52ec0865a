/* Errors: a status code plus a fixed-size message with the place it refers
 * to, so reporting an error never allocates. */
#ifndef TS_ERROR_H
#define TS_ERROR_H

#include <stddef.h>

enum {
    TS_OK = 0,
    TS_EOF = 1,      /* end of input: not an error, a reader's last answer */
    TS_EINVAL = 2,   /* malformed input: a bad number, period, row, ... */
    TS_ERANGE = 3,   /* a value outside what it may be */
    TS_EIO = 4,      /* reading or writing failed */
    TS_ENOMEM = 5,   /* out of memory */
    TS_EFORMAT = 6,  /* a file is not of the expected format or version */
    TS_ELOCKED = 7,  /* a store is locked by another writer */
    TS_EUNIT = 8,    /* units that cannot be converted or combined */
    TS_ENOTFOUND = 9 /* a named thing does not exist */
};

#define TS_ERROR_MSG_MAX 512

typedef struct {
    int code;                      /* TS_E... */
    char file[256];                /* input file name, "" when none */
    long line;                     /* 1-based line, 0 when unknown */
    long column;                   /* 1-based column, 0 when unknown */
    char msg[TS_ERROR_MSG_MAX];    /* what is wrong, without the place */
} ts_error;

/* Sets err (when not NULL) to code and a printf-style message; clears the
 * place.  Returns code so callers can write `return ts_error_set(...)`. */
int ts_error_set(ts_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records where the error happened (file may be NULL; 0 for unknown line or
 * column).  Does nothing when err is NULL. */
void ts_error_at(ts_error *err, const char *file, long line, long column);

/* Clears err to TS_OK with an empty message. */
void ts_error_clear(ts_error *err);

/* Formats "file:line: msg" (or "file:line:col: msg", or just "msg") into buf
 * of size n; returns buf. */
const char *ts_error_format(const ts_error *err, char *buf, size_t n);

/* A short English name of a status code ("invalid input", ...). */
const char *ts_strerror(int code);

#endif
