/* Private to libts: what the fact record's reader (record.c), writer
 * (record_write.c) and numbers (number.c) share. */
#ifndef TSI_RECORD_IMPL_H
#define TSI_RECORD_IMPL_H

#include <stddef.h>

/* Entries of the period caches, a power of two: with 120 periods cycling
 * through a direct-mapped table, 2048 slots keep collisions (misses) near
 * 3%. */
#define PCACHE_SIZE 2048

/* Room ts_value_format's text needs, with its NUL. */
#define TSI_VALUE_TEXT_MAX 40

/* ts_value_format's text of v written at o (room for TSI_VALUE_TEXT_MAX
 * bytes), without a NUL; its length. */
size_t tsi_value_text(double v, char *o);

/* Index of a record column name (indicator ... plan_by), or -1. */
int tsi_record_column(const char *name, size_t len);

#endif
