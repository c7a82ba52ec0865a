/* Private to libts: the gazetteer's insides, shared by gazetteer.c
 * (loading and checking the data files) and gazetteer_index.c (the
 * lookups built over what was loaded). */
#ifndef TSI_GAZETTEER_IMPL_H
#define TSI_GAZETTEER_IMPL_H

#include <stdint.h>
#include "core/map.h"
#include "ts_gazetteer.h"

#define GZ_NONE ((size_t)-1)

/* An area as loaded.  pub comes first, so the const ts_area * handed out
 * is the record's address. */
typedef struct {
    ts_area pub;
    size_t index;     /* position in the gazetteer (set when it joins) */
    const char *file; /* where it was read, for messages */
    long line;
} gz_area;

/* One loaded TSV: its text, split in place into the strings the areas
 * point to, the areas and their variant lists.  Blocks live as long as
 * the gazetteer, so pointers into them stay valid. */
typedef struct gz_block {
    struct gz_block *next;
    char *text;
    gz_area *rows;
    const char **variants;
    char *file; /* a copy of the file name */
} gz_block;

/* The lookups over the areas, rebuilt whole on every load (a few
 * thousand areas take well under a millisecond): built beside the
 * current one and swapped in only when every row checked out. */
typedef struct {
    gz_area **items;          /* load order */
    size_t count;
    size_t *parent;           /* index of each area's parent, or GZ_NONE */
    size_t *successor;        /* index of each area's successor, or GZ_NONE */
    size_t *region;           /* index into the regions, or GZ_NONE */
    tsi_map slugs;            /* slug -> first area with it */
    size_t *slug_next;        /* next area with the same slug, or GZ_NONE */
    ts_area_form *forms;      /* names and variants by key */
    size_t n_forms;
    char *keys;               /* the forms' keys, NUL-separated */
    tsi_map form_keys;        /* key -> first form with it */
    size_t *form_next;        /* next form with the same key, or GZ_NONE */
    size_t *child_start;      /* children of area i: child_list[child_start[i] .. [i+1]) */
    size_t *child_list;
    size_t *pred_start;       /* predecessors likewise */
    size_t *pred_list;
    size_t max_words;
} gz_index;

typedef struct {
    ts_region pub;
    const char **keys; /* slug, keys of name, en and variants */
    size_t n_keys;
} gz_region;

typedef struct {
    char *key;
    unsigned kinds; /* bit 1 << ts_area_kind */
} gz_kind_word;

struct ts_gazetteer {
    gz_block *blocks;
    gz_index ix;
    gz_region *regions;
    size_t n_regions;
    char *region_text; /* regions.tsv, split in place */
    char *kind_text;   /* kinds.tsv, split in place */
    const char *kind_vi[TS_AREA_NKINDS], *kind_en[TS_AREA_NKINDS];
    gz_kind_word *kind_words;
    size_t n_kind_words;
};

/* Builds the lookups over items[0..n) into ix (which must be zeroed),
 * checking what only the whole set can tell: slugs given twice at
 * overlapping dates, parents, successors and regions that do not resolve
 * (err at the row's file:line).  On failure ix is left empty. */
int tsi_gz_index_build(const ts_gazetteer *g, gz_area **items, size_t n, gz_index *ix,
                       ts_error *err);
void tsi_gz_index_free(gz_index *ix);

/* The first form whose key is key (then ix->form_next), or GZ_NONE. */
size_t tsi_gz_form_first(const gz_index *ix, const char *key);

/* Writes " (closest: a, b, c)" naming the slugs nearest to slug into buf
 * (n bytes), or "" when there are none. */
void tsi_gz_closest(const ts_gazetteer *g, const char *slug, char *buf, size_t n);

/* The key of a name: ts_text_slug into out (cap bytes); its length. */
size_t tsi_gz_key(const char *s, size_t len, char *out, size_t cap);

/* The slug suffix a kind requires ("" at province level). */
const char *tsi_gz_kind_suffix(ts_area_kind k);

#endif
