/* Capacity doubling for the library's arrays (see grow.h).  The array's
 * address travels as void * so one function serves every element type;
 * object pointers share one representation on every platform we build. */
#include "core/grow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int tsi_resize(void *arrayp, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return -1;
    void *old, *p;
    memcpy(&old, arrayp, sizeof old);
    size_t bytes = n * size;
    if (!(p = realloc(old, bytes ? bytes : 1)))
        return -1;
    memcpy(arrayp, &p, sizeof p);
    return 0;
}

int tsi_grow(void *arrayp, size_t *cap, size_t need, size_t size, size_t first)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : first;
    while (c < need) {
        if (c > SIZE_MAX / 2)
            return -1;
        c *= 2;
    }
    if (tsi_resize(arrayp, c, size) != 0)
        return -1;
    *cap = c;
    return 0;
}
