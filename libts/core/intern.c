/* String interning for libts: the library's map (core/map.h) over
 * pointers into chunked arenas.  Chunks never move, so returned pointers stay valid
 * while the table grows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/intern.h"
#include "core/grow.h"

#define CHUNK_MIN 65536

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    char data[];
} chunk;

struct tsi_intern {
    tsi_map map;       /* string hash -> index into str */
    const char **str;  /* the copies, in the order they were added */
    size_t count, cap;
    chunk *arena;
};

tsi_intern *tsi_intern_new(void)
{
    tsi_intern *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    tsi_map_init(&t->map);
    return t;
}

static char *arena_copy(tsi_intern *t, const char *s, size_t len)
{
    chunk *c = t->arena;
    if (!c || c->size - c->used < len + 1) {
        size_t size = len + 1 > CHUNK_MIN ? len + 1 : CHUNK_MIN;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = t->arena;
        c->used = 0;
        c->size = size;
        t->arena = c;
    }
    char *d = c->data + c->used;
    memcpy(d, s, len);
    d[len] = '\0';
    c->used += len + 1;
    return d;
}

const char *tsi_intern_n(tsi_intern *t, const char *s, size_t len)
{
    uint32_t h = tsi_hash_bytes(s, len, 0);
    if (tsi_map_reserve(&t->map, t->count + 1) != 0 ||
        tsi_grow(&t->str, &t->cap, t->count + 1, sizeof *t->str, 256) != 0)
        return NULL;
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(&t->map, h, &p); id != TSI_MAP_NONE;
         id = tsi_map_next(&t->map, &p))
        if (strncmp(t->str[id], s, len) == 0 && t->str[id][len] == '\0')
            return t->str[id];
    char *copy = arena_copy(t, s, len);
    if (!copy)
        return NULL;
    t->str[t->count] = copy;
    tsi_map_put(&t->map, &p, (uint32_t)t->count++);
    return copy;
}

const char *tsi_intern_s(tsi_intern *t, const char *s)
{
    return tsi_intern_n(t, s, strlen(s));
}

size_t tsi_intern_count(const tsi_intern *t)
{
    return t->count;
}

void tsi_intern_free(tsi_intern *t)
{
    if (!t)
        return;
    chunk *c = t->arena;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    tsi_map_reset(&t->map);
    free(t->str);
    free(t);
}
