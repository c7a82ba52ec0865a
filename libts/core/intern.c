/* String interning for libts: an open-addressing hash table of pointers
 * into chunked arenas.  Chunks never move, so returned pointers stay valid
 * while the table grows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "core/intern.h"

#define CHUNK_MIN 65536

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    char data[];
} chunk;

struct tsi_intern {
    const char **slot; /* cap entries, NULL when free */
    size_t *hash;      /* the hash of each slot's string, to skip strcmp */
    size_t cap, count;
    chunk *arena;
};

size_t tsi_hash_bytes(const void *p, size_t len, size_t seed)
{
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ULL ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= b[i];
        h *= 1099511628211ULL;
    }
    return (size_t)(h ^ (h >> 29));
}

tsi_intern *tsi_intern_new(void)
{
    tsi_intern *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->cap = 256;
    t->slot = calloc(t->cap, sizeof *t->slot);
    t->hash = calloc(t->cap, sizeof *t->hash);
    if (!t->slot || !t->hash) {
        tsi_intern_free(t);
        return NULL;
    }
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

/* Doubles the table; on failure the old table stays usable. */
static int grow(tsi_intern *t)
{
    size_t cap = t->cap * 2;
    const char **slot = calloc(cap, sizeof *slot);
    size_t *hash = calloc(cap, sizeof *hash);
    if (!slot || !hash) {
        free(slot);
        free(hash);
        return -1;
    }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slot[i])
            continue;
        size_t j = t->hash[i] & (cap - 1);
        while (slot[j])
            j = (j + 1) & (cap - 1);
        slot[j] = t->slot[i];
        hash[j] = t->hash[i];
    }
    free(t->slot);
    free(t->hash);
    t->slot = slot;
    t->hash = hash;
    t->cap = cap;
    return 0;
}

const char *tsi_intern_n(tsi_intern *t, const char *s, size_t len)
{
    size_t h = tsi_hash_bytes(s, len, 0);
    size_t j = h & (t->cap - 1);
    while (t->slot[j]) {
        if (t->hash[j] == h && strncmp(t->slot[j], s, len) == 0 && t->slot[j][len] == '\0')
            return t->slot[j];
        j = (j + 1) & (t->cap - 1);
    }
    /* Keep the load under one half so probes stay short. */
    if ((t->count + 1) * 2 > t->cap) {
        if (grow(t) != 0)
            return NULL;
        j = h & (t->cap - 1);
        while (t->slot[j])
            j = (j + 1) & (t->cap - 1);
    }
    char *copy = arena_copy(t, s, len);
    if (!copy)
        return NULL;
    t->slot[j] = copy;
    t->hash[j] = h;
    t->count++;
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
    free(t->slot);
    free(t->hash);
    free(t);
}
