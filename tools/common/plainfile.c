/* ts-import's look at an input file (plainfile.h): the pages of a large
 * report come from the page cache as they are, with no copy and no fresh
 * memory to fill. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "plainfile.h"

/* The file at path mapped read-only, when it is a regular uncompressed
 * file over MAP_FROM bytes; NULL otherwise (the caller reads it). */
void *map_report(const char *path, size_t *len)
{
    if (!large_plain_file(path, MAP_FROM))
        return NULL;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *p = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size > MAP_FROM &&
        (uint64_t)st.st_size <= SIZE_MAX) {
        p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED)
            p = NULL;
        else
            *len = (size_t)st.st_size;
    }
    close(fd);
    return p;
}

/* The size of path when it is a regular, uncompressed file of more than
 * `over` bytes; else 0. */
uint64_t large_plain_file(const char *path, uint64_t over)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode)
        || (uint64_t)st.st_size <= over)
        return 0;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    unsigned char magic[2];
    size_t n = fread(magic, 1, 2, fp);
    fclose(fp);
    if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        return 0; /* gzip: its stored size is not the file's */
    return (uint64_t)st.st_size;
}
