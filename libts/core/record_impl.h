/* Private to libts: what the fact record's reader (record.c) and writer
 * (record_write.c) share. */
#ifndef TSI_RECORD_IMPL_H
#define TSI_RECORD_IMPL_H

#include <stddef.h>

/* Entries of the period caches, a power of two: with 120 periods cycling
 * through a direct-mapped table, 2048 slots keep collisions (misses) near
 * 3%. */
#define PCACHE_SIZE 2048

/* Index of a record column name (indicator ... plan_by), or -1. */
int tsi_record_column(const char *name, size_t len);

#endif
