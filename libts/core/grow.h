/* Private to libts: growing the library's dynamic arrays.  Every table,
 * buffer and column set grows the same way (capacity doubling, the array
 * left as it was when memory runs out); these two calls say it once. */
#ifndef TS_GROW_H
#define TS_GROW_H

#include <stddef.h>

/* Makes room for at least `need` elements of `size` bytes in the array
 * whose address is at arrayp (a T **), capacity *cap, doubling from
 * `first`.  Returns 0, or -1 when out of memory (array and *cap unchanged). */
int tsi_grow(void *arrayp, size_t *cap, size_t need, size_t size, size_t first);

/* Resizes the array at arrayp (a T **) to exactly n elements of `size`
 * bytes, for column sets that grow together to one capacity.  Returns 0,
 * or -1 when out of memory (the array unchanged). */
int tsi_resize(void *arrayp, size_t n, size_t size);

#endif
