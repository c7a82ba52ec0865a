/* ts-import's look at an input file before reading it: whether it is a
 * large, plain (not gzip) regular file, and such a file mapped. */
#ifndef TS_CLI_PLAINFILE_H
#define TS_CLI_PLAINFILE_H

#include <stddef.h>
#include <stdint.h>

/* Reports this large are mapped instead of read. */
#define MAP_FROM (4u << 20)

/* The size of path when it is a regular, uncompressed file of more than
 * `over` bytes; else 0. */
uint64_t large_plain_file(const char *path, uint64_t over);
/* The file at path mapped read-only, when it is a regular uncompressed
 * file over MAP_FROM bytes; NULL otherwise (the caller reads it). */
void *map_report(const char *path, size_t *len);

#endif
