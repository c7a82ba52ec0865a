/* The counters behind tests/fault/fault.h: compiled without that header,
 * so the calls here are the real ones. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { F_ALLOC, F_WRITE, F_FSYNC, F_RENAME, F_CLOSE, F_N };
static const char *const names[F_N] = {"allocations", "write", "fsync", "rename", "close"};
static unsigned long count[F_N], fail_at[F_N];
static int fail_errno[F_N];
static int ready;

static void report(void)
{
    fprintf(stderr, "fault-count: allocations %lu write %lu fsync %lu rename %lu close %lu\n",
            count[F_ALLOC], count[F_WRITE], count[F_FSYNC], count[F_RENAME], count[F_CLOSE]);
}

static void setup(void)
{
    ready = 1;
    const char *v = getenv("TS_OOM_FAIL");
    if (v) {
        fail_at[F_ALLOC] = strtoul(v, NULL, 10);
        fail_errno[F_ALLOC] = ENOMEM;
    }
    if ((v = getenv("TS_FAULT")) != NULL) { /* CALL:N:ERRNO */
        char call[16];
        unsigned long n;
        char err[16];
        if (sscanf(v, "%15[a-z]:%lu:%15[A-Z]", call, &n, err) == 3)
            for (int c = F_WRITE; c < F_N; c++)
                if (!strcmp(call, names[c])) {
                    fail_at[c] = n;
                    fail_errno[c] = !strcmp(err, "ENOSPC") ? ENOSPC : EIO;
                }
    }
    if (getenv("TS_FAULT_COUNT")) atexit(report);
}

/* Counts a call of kind c; nonzero (errno set) when this one fails. */
static int fails(int c)
{
    if (!ready) setup();
    if (++count[c] != fail_at[c]) return 0;
    errno = fail_errno[c];
    return 1;
}

void *tsf_malloc(size_t n) { return fails(F_ALLOC) ? NULL : malloc(n); }
void *tsf_calloc(size_t n, size_t s) { return fails(F_ALLOC) ? NULL : calloc(n, s); }
void *tsf_realloc(void *p, size_t n) { return fails(F_ALLOC) ? NULL : realloc(p, n); }
char *tsf_strdup(const char *s) { return fails(F_ALLOC) ? NULL : strdup(s); }
char *tsf_strndup(const char *s, size_t n) { return fails(F_ALLOC) ? NULL : strndup(s, n); }
char *tsf_realpath(const char *p, char *r)
{
    return !r && fails(F_ALLOC) ? NULL : realpath(p, r);
}
void *tsf_mmap(void *a, size_t l, int p, int f, int d, off_t o)
{
    return (f & MAP_ANONYMOUS) && fails(F_ALLOC) ? MAP_FAILED : mmap(a, l, p, f, d, o);
}
void *tsf_mremap(void *old, size_t old_len, size_t len, int flags, ...)
{
    return fails(F_ALLOC) ? MAP_FAILED : mremap(old, old_len, len, flags);
}
ssize_t tsf_write(int fd, const void *b, size_t n) { return fails(F_WRITE) ? -1 : write(fd, b, n); }
int tsf_fsync(int fd) { return fails(F_FSYNC) ? -1 : fsync(fd); }
int tsf_rename(const char *a, const char *b) { return fails(F_RENAME) ? -1 : rename(a, b); }
int tsf_close(int fd)
{
    if (fails(F_CLOSE)) {
        close(fd); /* the descriptor is gone either way, as with a real error */
        errno = fail_errno[F_CLOSE];
        return -1;
    }
    return close(fd);
}
