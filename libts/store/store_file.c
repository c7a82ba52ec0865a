/* The store and the file system as it is: the path resolved through
 * symbolic links before anything is locked or renamed, a lock file that
 * must be a regular file of its own, temporary files of dead writers
 * removed, and the one atomic write (create exclusive, write all, fsync,
 * rename, fsync the directory) that keeps the old store's mode, owner and
 * group. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "store/store_write.h"

/* A new string "a" "b" "c"; NULL when out of memory. */
static char *join3(const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *s = malloc(la + lb + lc + 1);
    if (!s) return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, c, lc + 1);
    return s;
}

/* Splits path at its last '/': *dir (".", "/" or the part before) and
 * *base point into the new buffer *buf.  -1 when out of memory. */
static int split(const char *path, char **buf, const char **dir, const char **base)
{
    if (!(*buf = malloc(strlen(path) + 3))) return -1; /* "." NUL before the name */
    strcpy(*buf, path);
    char *slash = strrchr(*buf, '/');
    if (!slash) {
        memmove(*buf + 2, *buf, strlen(*buf) + 1);
        (*buf)[0] = '.';
        (*buf)[1] = '\0';
        *dir = *buf;
        *base = *buf + 2;
    } else if (slash == *buf) {
        memmove(*buf + 2, *buf + 1, strlen(*buf + 1) + 1);
        (*buf)[1] = '\0';
        *dir = *buf;
        *base = *buf + 2;
    } else {
        *slash = '\0';
        *dir = *buf;
        *base = slash + 1;
    }
    return 0;
}

int tsi_store_path(const char *path, char **real, struct stat *st, int *exists, ts_error *err)
{
    *real = NULL;
    *exists = 0;
    if (!path[0]) return ts_error_set(err, TS_EINVAL, "the store path is empty");
    struct stat lst;
    if (lstat(path, &lst) == 0) {
        if (stat(path, st) != 0)
            return ts_error_set(err, TS_EINVAL, "%s: a symbolic link to nothing (%s)", path,
                                strerror(errno));
        if (!S_ISREG(st->st_mode))
            return ts_error_set(err, TS_EIO, "%s: not a regular file", path);
        if (!(*real = realpath(path, NULL)))
            return errno == ENOMEM ? ts_error_set(err, TS_ENOMEM, "%s: out of memory", path)
                                   : ts_error_set(err, TS_EIO, "%s: %s", path, strerror(errno));
        *exists = 1;
        return TS_OK;
    }
    if (errno != ENOENT) return ts_error_set(err, TS_EIO, "%s: %s", path, strerror(errno));
    /* A new store: its directory must exist; its real path and the name. */
    char *buf, *dir_real;
    const char *dir, *base;
    if (split(path, &buf, &dir, &base) != 0)
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    int rc = TS_OK;
    if (!base[0] || !strcmp(base, ".") || !strcmp(base, ".."))
        rc = ts_error_set(err, TS_EINVAL, "%s: not a file name", path);
    else if (!(dir_real = realpath(dir, NULL)))
        rc = errno == ENOMEM ? ts_error_set(err, TS_ENOMEM, "%s: out of memory", path)
                             : ts_error_set(err, TS_EIO, "%s: %s: %s", path, dir, strerror(errno));
    else {
        if (!(*real = join3(dir_real, strcmp(dir_real, "/") ? "/" : "", base)))
            rc = ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
        free(dir_real);
    }
    free(buf);
    return rc;
}

/* Opens the lock file: never through a symbolic link (a planted link
 * would make the writer create or lock a file elsewhere), and only a
 * regular file. */
static int lock_open(const char *lock, int *fd, ts_error *err)
{
    *fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
    if (*fd < 0)
        return ts_error_set(err, TS_EIO, "cannot create the lock file %s: %s", lock,
                            errno == ELOOP ? "it is a symbolic link" : strerror(errno));
    struct stat st;
    if (fstat(*fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(*fd);
        *fd = -1;
        return ts_error_set(err, TS_EIO, "the lock file %s is not a regular file", lock);
    }
    return TS_OK;
}

int tsi_lock_take(const char *path, double wait_seconds, int *fd, ts_error *err)
{
    char *lock = join3(path, ".lock", "");
    if (!lock) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    ts_error e;
    int rc = lock_open(lock, fd, &e);
    if (rc != TS_OK) {
        ts_error_set(err, rc, "%s: %s", path, e.msg);
        free(lock);
        return rc;
    }
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        if (flock(*fd, wait_seconds < 0 ? LOCK_EX : LOCK_EX | LOCK_NB) == 0) break;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            rc = ts_error_set(err, TS_EIO, "%s: cannot lock %s: %s", path, lock, strerror(errno));
            break;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        double waited = (double)(now.tv_sec - start.tv_sec) + (now.tv_nsec - start.tv_nsec) / 1e9;
        if (wait_seconds >= 0 && waited >= wait_seconds) {
            rc = ts_error_set(err, TS_ELOCKED, "%s: store is locked by another writer (waited %g s)",
                              path, wait_seconds);
            break;
        }
        struct timespec nap = {0, 20 * 1000 * 1000}; /* 20 ms between tries */
        if (wait_seconds >= 0) nanosleep(&nap, NULL);
    }
    if (rc != TS_OK) {
        close(*fd);
        *fd = -1;
    }
    free(lock);
    return rc;
}

void tsi_remove_stray_temps(const char *path)
{
    char *buf;
    const char *dir, *base;
    if (split(path, &buf, &dir, &base) != 0) return;
    DIR *d = opendir(dir);
    if (d) {
        size_t bl = strlen(base);
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            const char *n = e->d_name;
            if (strncmp(n, base, bl) != 0 || strncmp(n + bl, ".tmp.", 5) != 0) continue;
            const char *p = n + bl + 5;
            if (!*p || strspn(p, "0123456789") != strlen(p)) continue;
            unlinkat(dirfd(d), n, 0);
        }
        closedir(d);
    }
    free(buf);
}

/* Writes all n bytes of buf to fd; 0, or -1 with errno. */
static int write_all(int fd, const char *buf, size_t n)
{
    while (n) {
        ssize_t w = write(fd, buf, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        buf += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The old store's mode, and its owner and group as far as the user may:
 * a private store stays private. */
static int keep_mode(int fd, const struct stat *like)
{
    if (fchown(fd, like->st_uid, like->st_gid) != 0 && fchown(fd, (uid_t)-1, like->st_gid) != 0
        && errno != EPERM)
        return -1;
    return fchmod(fd, like->st_mode & 07777);
}

/* fsyncs the directory that holds path: the rename is durable then. */
static int sync_dir(const char *path)
{
    char *buf;
    const char *dir, *base;
    if (split(path, &buf, &dir, &base) != 0) return -1;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc = -1;
    if (fd >= 0) {
        rc = fsync(fd);
        close(fd);
    }
    free(buf);
    return rc;
}

int tsi_write_atomic(const char *path, const void *data, size_t n, const struct stat *like,
                     ts_error *err)
{
    char pid[24];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    char *tmp = join3(path, ".tmp.", pid);
    if (!tmp) return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    const char *step = "create";
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    int ok = fd >= 0, e = errno;
    if (ok && like && keep_mode(fd, like) != 0) step = "set the mode of", ok = 0, e = errno;
    if (ok && write_all(fd, data, n) != 0) step = "write", ok = 0, e = errno;
    if (ok && fsync(fd) != 0) step = "sync", ok = 0, e = errno;
    if (fd >= 0 && close(fd) != 0 && ok) step = "close", ok = 0, e = errno;
    if (ok && rename(tmp, path) != 0) step = "rename", ok = 0, e = errno;
    int rc = TS_OK;
    if (!ok) {
        if (fd >= 0) unlink(tmp);
        rc = ts_error_set(err, TS_EIO, "%s: cannot %s %s: %s", path, step, tmp, strerror(e));
    } else {
        /* The new store is in place; a directory that cannot be synced
         * (some file systems refuse) leaves only its durability to the
         * kernel's next writeback. */
        sync_dir(path);
    }
    free(tmp);
    return rc;
}

int tsi_place_file(const char *tmp, const char *path, ts_error *err)
{
    const char *step = "open";
    int fd = open(tmp, O_RDONLY | O_CLOEXEC | O_NOFOLLOW), ok = fd >= 0, e = errno;
    if (ok && fsync(fd) != 0) step = "sync", ok = 0, e = errno;
    if (fd >= 0) close(fd);
    if (ok && rename(tmp, path) != 0) step = "rename", ok = 0, e = errno;
    if (!ok) return ts_error_set(err, TS_EIO, "%s: cannot %s %s: %s", path, step, tmp, strerror(e));
    sync_dir(path);
    return TS_OK;
}
