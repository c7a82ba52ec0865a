/* Private to libts: the library's one hash map.  An open-addressing table
 * (linear probing, at most half full) from a key to a uint32_t id, the
 * key's index in an array the caller owns.  The map stores ids and 32 bits
 * of each key's hash, never keys: the caller hashes its key and confirms
 * the candidates the probe hands back against its own array, so one map
 * serves interned strings, series keys, totals and catalogue ids, and
 * growing needs no callback (the stored hash places each id again).
 *
 * Finding or adding a key:
 *
 *     uint32_t h = my_hash(key);
 *     if (tsi_map_reserve(&m, n + 1) != 0) return out_of_memory;
 *     tsi_map_probe p;
 *     for (uint32_t id = tsi_map_first(&m, h, &p); id != TSI_MAP_NONE;
 *          id = tsi_map_next(&m, &p))
 *         if (same(&arr[id], key)) return id;
 *     arr[n] = *key;
 *     tsi_map_put(&m, &p, n);    (p now names the empty slot)
 */
#ifndef TSI_MAP_H
#define TSI_MAP_H

#include <stddef.h>
#include <stdint.h>

#define TSI_MAP_NONE UINT32_MAX /* no id: the probe reached an empty slot */

typedef struct {
    uint32_t id1;  /* id + 1; 0 marks an empty slot */
    uint32_t hash; /* the key's hash, to skip comparisons and to regrow */
} tsi_map_slot;

typedef struct {
    tsi_map_slot *slot; /* cap slots, cap a power of two (0: nothing yet) */
    size_t cap, count;
} tsi_map;

/* Where a probe stands: the slot it looks at next and the hash it seeks. */
typedef struct {
    size_t pos;
    uint32_t hash;
} tsi_map_probe;

#define TSI_MAP_INIT {NULL, 0, 0}

/* An empty map that holds no memory yet. */
void tsi_map_init(tsi_map *m);
/* Frees the slots; the map is empty and may be used again. */
void tsi_map_reset(tsi_map *m);
/* Forgets every id but keeps the memory (for a rebuild after the caller
 * reordered its array). */
void tsi_map_clear(tsi_map *m);
/* Makes room for n ids in all (not n more) without growing past half
 * full.  0, or -1 when out of memory or n >= TSI_MAP_NONE (map unchanged). */
int tsi_map_reserve(tsi_map *m, size_t n);
/* Adds id under hash h, known to be absent (a rebuild, or keys unique by
 * construction); reserves first.  0, or -1 as tsi_map_reserve. */
int tsi_map_add_new(tsi_map *m, uint32_t h, uint32_t id);

/* The first candidate id stored under hash h, or TSI_MAP_NONE; *p keeps
 * the probe's place for tsi_map_next and tsi_map_put. */
static inline uint32_t tsi_map_next(const tsi_map *m, tsi_map_probe *p)
{
    if (!m->cap)
        return TSI_MAP_NONE;
    size_t mask = m->cap - 1;
    for (;;) {
        const tsi_map_slot *s = &m->slot[p->pos];
        if (!s->id1)
            return TSI_MAP_NONE; /* p->pos names the empty slot */
        p->pos = (p->pos + 1) & mask;
        if (s->hash == p->hash)
            return s->id1 - 1;
    }
}

static inline uint32_t tsi_map_first(const tsi_map *m, uint32_t h, tsi_map_probe *p)
{
    p->hash = h;
    p->pos = m->cap ? (size_t)h & (m->cap - 1) : 0;
    return tsi_map_next(m, p);
}

/* Stores id at the empty slot where probe p ended (tsi_map_first/next
 * returned TSI_MAP_NONE), after a tsi_map_reserve for count + 1 made
 * before the probe started. */
static inline void tsi_map_put(tsi_map *m, const tsi_map_probe *p, uint32_t id)
{
    m->slot[p->pos].id1 = id + 1;
    m->slot[p->pos].hash = p->hash;
    m->count++;
}

/* FNV-1a over len bytes, folded so the low bits mix the high ones: the
 * hash for keys of bytes (strings, structs of interned pointers). */
uint32_t tsi_hash_bytes(const void *p, size_t len, uint32_t seed);

#endif
