/* Private to libts: what the fact record's reader (record.c), writer
 * (record_write.c), numbers (number.c) and periods (period.c) share. */
#ifndef TSI_RECORD_IMPL_H
#define TSI_RECORD_IMPL_H

#include <stddef.h>
#include <string.h>

/* Entries of the period caches, a power of two: with 120 periods cycling
 * through a direct-mapped table, 2048 slots keep collisions (misses) near
 * 3%. */
#define PCACHE_SIZE 2048

/* Room ts_value_format's text needs, with its NUL. */
#define TSI_VALUE_TEXT_MAX 40

/* ts_value_format's text of v written at o (room for TSI_VALUE_TEXT_MAX
 * bytes), without a NUL; its length. */
size_t tsi_value_text(double v, char *o);

/* The len bytes of text, as much as fits, into buf of n bytes with a NUL
 * (nothing when n is 0), as snprintf would: the length written, or len
 * when n is 0. */
static inline size_t tsi_text_out(char *buf, size_t n, const char *text, size_t len)
{
    if (n == 0)
        return len;
    size_t m = len < n - 1 ? len : n - 1;
    memcpy(buf, text, m);
    buf[m] = '\0';
    return m;
}

/* Index of a record column name (indicator ... plan_by), or -1. */
int tsi_record_column(const char *name, size_t len);

#endif
