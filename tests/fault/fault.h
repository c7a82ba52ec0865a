/* Fault injection for the test build (make check's ASan variant compiles
 * libts and the tools with -include of this header): every allocation of
 * our code (malloc, calloc, realloc, strdup, strndup, realpath, mmap,
 * mremap) and every write, fsync, rename and close goes through a counter,
 * so that a test can make exactly the N-th one fail:
 *
 *   TS_OOM_FAIL=N      the N-th allocation fails (ENOMEM)
 *   TS_FAULT=CALL:N:E  the N-th call of CALL (write, fsync, rename, close)
 *                      fails with errno E (EIO, ENOSPC)
 *   TS_FAULT_COUNT=1   at exit, print "fault-count: allocations A write W
 *                      fsync F rename R close C" on stderr
 *
 * Without these variables nothing fails and the build behaves as the plain
 * one.  Libraries we call (HDF5, zlib, GSL, libc's own) are not counted:
 * the promise tested is that our code handles a failure it is told of. */
#ifndef TS_TEST_FAULT_H
#define TS_TEST_FAULT_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

void *tsf_malloc(size_t n);
void *tsf_calloc(size_t n, size_t size);
void *tsf_realloc(void *p, size_t n);
char *tsf_strdup(const char *s);
char *tsf_strndup(const char *s, size_t n);
char *tsf_realpath(const char *path, char *resolved);
void *tsf_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
void *tsf_mremap(void *old, size_t old_len, size_t len, int flags, ...);
ssize_t tsf_write(int fd, const void *buf, size_t n);
int tsf_fsync(int fd);
int tsf_rename(const char *from, const char *to);
int tsf_close(int fd);

#define malloc(n) tsf_malloc(n)
#define calloc(n, s) tsf_calloc(n, s)
#define realloc(p, n) tsf_realloc(p, n)
#define strdup(s) tsf_strdup(s)
#define strndup(s, n) tsf_strndup(s, n)
#define realpath(p, r) tsf_realpath(p, r)
#define mmap(a, l, p, f, d, o) tsf_mmap(a, l, p, f, d, o)
#define mremap(...) tsf_mremap(__VA_ARGS__)
#define write(fd, b, n) tsf_write(fd, b, n)
#define fsync(fd) tsf_fsync(fd)
#define rename(a, b) tsf_rename(a, b)
#define close(fd) tsf_close(fd)

#endif
