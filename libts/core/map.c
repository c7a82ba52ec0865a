/* The library's hash map (see map.h): slot memory, growth and the byte
 * hash.  Probing is inline in map.h because it runs once per fact on the
 * hot paths (grouping series, interning, summing). */
#include "core/map.h"

#include <stdlib.h>
#include <string.h>

#define FIRST_CAP 64

void tsi_map_init(tsi_map *m)
{
    m->slot = NULL;
    m->cap = m->count = 0;
}

void tsi_map_reset(tsi_map *m)
{
    free(m->slot);
    tsi_map_init(m);
}

void tsi_map_clear(tsi_map *m)
{
    if (m->cap)
        memset(m->slot, 0, m->cap * sizeof *m->slot);
    m->count = 0;
}

int tsi_map_reserve(tsi_map *m, size_t n)
{
    if (n >= TSI_MAP_NONE)
        return -1;
    if (n * 2 <= m->cap)
        return 0;
    size_t cap = m->cap ? m->cap : FIRST_CAP;
    while (cap < n * 2)
        cap *= 2;
    tsi_map_slot *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return -1;
    /* The stored hashes place every id again: keys are not needed. */
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slot[i].id1)
            continue;
        size_t j = m->slot[i].hash & (cap - 1);
        while (slot[j].id1)
            j = (j + 1) & (cap - 1);
        slot[j] = m->slot[i];
    }
    free(m->slot);
    m->slot = slot;
    m->cap = cap;
    return 0;
}

int tsi_map_add_new(tsi_map *m, uint32_t h, uint32_t id)
{
    if (tsi_map_reserve(m, m->count + 1) != 0)
        return -1;
    tsi_map_probe p;
    /* Walk past the ids of equal hash to the empty slot. */
    for (uint32_t c = tsi_map_first(m, h, &p); c != TSI_MAP_NONE; c = tsi_map_next(m, &p))
        ;
    tsi_map_put(m, &p, id);
    return 0;
}

uint32_t tsi_hash_bytes(const void *p, size_t len, uint32_t seed)
{
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= b[i];
        h *= 1099511628211ULL;
    }
    return (uint32_t)(h ^ (h >> 32));
}
