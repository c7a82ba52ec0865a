/* The gazetteer's lookups: areas by slug and by name key (hash chains in
 * load order), parents, children, successors and predecessors resolved to
 * indices, all rebuilt over the whole set on every load, which is also
 * when rows that only make sense together are checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gazetteer_impl.h"
#include "core/tsv.h"
#include "ts_period.h"

/* ---- string keys -> chains of indices ----
 * The map holds the first index of each key; next[] links the others
 * with the same key in load order. */
typedef const char *(*key_at_fn)(const gz_index *ix, size_t i);

static const char *slug_at(const gz_index *ix, size_t i) { return ix->items[i]->pub.slug; }
static const char *form_at(const gz_index *ix, size_t i) { return ix->forms[i].key; }

static uint32_t key_hash(const char *key) { return tsi_hash_bytes(key, strlen(key), 0); }

static size_t chain_first(const tsi_map *m, const gz_index *ix, key_at_fn at, const char *key)
{
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(m, key_hash(key), &p); id != TSI_MAP_NONE;
         id = tsi_map_next(m, &p))
        if (strcmp(at(ix, id), key) == 0)
            return id;
    return GZ_NONE;
}

static int chains_build(const gz_index *ix, size_t n, key_at_fn at, tsi_map *m, size_t **nextp)
{
    size_t *next = malloc((n ? n : 1) * sizeof *next);
    if (!next || tsi_map_reserve(m, n) != 0) {
        free(next);
        return TS_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const char *key = at(ix, i);
        tsi_map_probe p;
        uint32_t id = tsi_map_first(m, key_hash(key), &p);
        while (id != TSI_MAP_NONE && strcmp(at(ix, id), key) != 0)
            id = tsi_map_next(m, &p);
        next[i] = GZ_NONE;
        if (id == TSI_MAP_NONE) {
            tsi_map_put(m, &p, (uint32_t)i);
            continue;
        }
        /* Chains are short (ten Châu Thành at most): walk to the tail. */
        size_t j = id;
        while (next[j] != GZ_NONE)
            j = next[j];
        next[j] = i;
    }
    *nextp = next;
    return TS_OK;
}

/* ---- building ---- */

int ts_area_valid_on(const ts_area *a, int32_t day)
{
    return day == TS_DAY_ANY || (a->valid_from <= day && day <= a->valid_to);
}

static int overlap(const ts_area *a, const ts_area *b)
{
    return a->valid_from <= b->valid_to && b->valid_from <= a->valid_to;
}

static int row_err(ts_error *err, const gz_area *a, const char *fmt, const char *arg)
{
    return tsi_row_error(err, TS_EINVAL, a->file, a->line, fmt, arg);
}

static void format_day(int32_t day, char *buf, size_t n)
{
    ts_period_format((ts_period){day, day}, buf, n);
}

/* Each slug names one area at a time. */
static int check_overlaps(const gz_index *ix, ts_error *err)
{
    for (size_t i = 0; i < ix->count; i++) {
        const ts_area *a = &ix->items[i]->pub;
        size_t j = chain_first(&ix->slugs, ix, slug_at, a->slug);
        for (; j != GZ_NONE && j < i; j = ix->slug_next[j])
            if (overlap(&ix->items[j]->pub, a)) {
                char where[300];
                snprintf(where, sizeof where, "%s:%ld", ix->items[j]->file, ix->items[j]->line);
                return tsi_row_error(err, TS_EINVAL, ix->items[i]->file, ix->items[i]->line,
                                     "slug \"%s\" is already given to an area valid at the "
                                     "same time (%s)", a->slug, where);
            }
    }
    return TS_OK;
}

/* The area with slug valid on day, or GZ_NONE. */
static size_t find_on(const gz_index *ix, const char *slug, int32_t day)
{
    size_t j = chain_first(&ix->slugs, ix, slug_at, slug);
    while (j != GZ_NONE && !ts_area_valid_on(&ix->items[j]->pub, day))
        j = ix->slug_next[j];
    return j;
}

/* A district's province: the one with the parent slug valid on the
 * district's last day, or else any one valid beside it. */
static int resolve_parent(gz_index *ix, size_t i, ts_error *err)
{
    const ts_area *a = &ix->items[i]->pub;
    size_t p = find_on(ix, a->parent, a->valid_to);
    size_t j = chain_first(&ix->slugs, ix, slug_at, a->parent);
    for (; p == GZ_NONE && j != GZ_NONE; j = ix->slug_next[j])
        if (overlap(&ix->items[j]->pub, a))
            p = j;
    if (p == GZ_NONE)
        return row_err(err, ix->items[i], "column 'parent': no area \"%s\" is valid while "
                                          "this one is", a->parent);
    if (ts_area_level_of(ix->items[p]->pub.kind) != TS_LEVEL_PROVINCE)
        return row_err(err, ix->items[i], "column 'parent': \"%s\" is not a province or "
                                          "centrally-run city", a->parent);
    ix->parent[i] = p;
    return TS_OK;
}

/* The successor starts where the area ends: it is valid the day after. */
static int resolve_successor(gz_index *ix, size_t i, ts_error *err)
{
    const ts_area *a = &ix->items[i]->pub;
    size_t s = find_on(ix, a->successor, a->valid_to + 1);
    if (s == GZ_NONE) {
        char day[TS_PERIOD_TEXT_MAX], msg[200];
        format_day(a->valid_to + 1, day, sizeof day);
        snprintf(msg, sizeof msg, "column 'successor': no area \"%%s\" is valid on %s, the "
                                  "day after valid_to", day);
        return row_err(err, ix->items[i], msg, a->successor);
    }
    if (ts_area_level_of(ix->items[s]->pub.kind) != ts_area_level_of(a->kind))
        return row_err(err, ix->items[i], "column 'successor': \"%s\" is not of the same "
                                          "level", a->successor);
    ix->successor[i] = s;
    return TS_OK;
}

static int resolve_region(const ts_gazetteer *g, gz_index *ix, size_t i, ts_error *err)
{
    const char *r = ix->items[i]->pub.region;
    for (size_t k = 0; k < g->n_regions; k++)
        if (strcmp(g->regions[k].pub.slug, r) == 0) {
            ix->region[i] = k;
            return TS_OK;
        }
    return row_err(err, ix->items[i], "column 'region': \"%s\" is not a known region", r);
}

/* Appends the key of s to the arena at *used (room was counted). */
static const char *add_key(gz_index *ix, size_t *used, const char *s)
{
    char *k = ix->keys + *used;
    size_t n = tsi_gz_key(s, strlen(s), k, strlen(s) + 1);
    *used += n + 1;
    return k;
}

/* Names and variants by key; one form per key and area. */
static int build_forms(gz_index *ix)
{
    size_t nf = 0, room = 1;
    for (size_t i = 0; i < ix->count; i++) {
        const ts_area *a = &ix->items[i]->pub;
        nf += 1 + a->n_variants;
        room += strlen(a->name) + 1;
        for (size_t v = 0; v < a->n_variants; v++)
            room += strlen(a->variants[v]) + 1;
    }
    ix->forms = malloc((nf ? nf : 1) * sizeof *ix->forms);
    ix->keys = malloc(room);
    if (!ix->forms || !ix->keys)
        return TS_ENOMEM;
    size_t used = 0;
    for (size_t i = 0; i < ix->count; i++) {
        const ts_area *a = &ix->items[i]->pub;
        size_t first = ix->n_forms;
        for (size_t v = 0; v <= a->n_variants; v++) {
            const char *key = add_key(ix, &used, v ? a->variants[v - 1] : a->name);
            int dup = !*key;
            for (size_t f = first; f < ix->n_forms && !dup; f++)
                dup = strcmp(ix->forms[f].key, key) == 0;
            if (dup)
                continue;
            ix->forms[ix->n_forms++] = (ts_area_form){key, a, v > 0};
            size_t words = 1;
            for (const char *p = key; *p; p++)
                words += *p == '-';
            if (words > ix->max_words)
                ix->max_words = words;
        }
    }
    return chains_build(ix, ix->n_forms, form_at, &ix->form_keys, &ix->form_next);
}

/* list[start[i] .. start[i+1]) = the areas whose link[] is i. */
static int build_lists(const gz_index *ix, const size_t *link, size_t **startp, size_t **listp)
{
    size_t n = ix->count;
    size_t *start = calloc(n + 2, sizeof *start), *list = malloc((n ? n : 1) * sizeof *list);
    if (!start || !list) {
        free(start);
        free(list);
        return TS_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        if (link[i] != GZ_NONE)
            start[link[i] + 2]++;
    for (size_t i = 2; i < n + 2; i++)
        start[i] += start[i - 1];
    for (size_t i = 0; i < n; i++)
        if (link[i] != GZ_NONE)
            list[start[link[i] + 1]++] = i;
    *startp = start;
    *listp = list;
    return TS_OK;
}

static int resolve_links(const ts_gazetteer *g, gz_index *ix, ts_error *err)
{
    for (size_t i = 0; i < ix->count; i++) {
        const ts_area *a = &ix->items[i]->pub;
        ix->parent[i] = ix->successor[i] = ix->region[i] = GZ_NONE;
        int rc = TS_OK;
        if (*a->parent)
            rc = resolve_parent(ix, i, err);
        if (rc == TS_OK && *a->successor)
            rc = resolve_successor(ix, i, err);
        if (rc == TS_OK && *a->region)
            rc = resolve_region(g, ix, i, err);
        if (rc != TS_OK)
            return rc;
    }
    return TS_OK;
}

int tsi_gz_index_build(const ts_gazetteer *g, gz_area **items, size_t n, gz_index *ix,
                       ts_error *err)
{
    memset(ix, 0, sizeof *ix);
    ix->items = items;
    ix->count = n;
    size_t m = n ? n : 1;
    ix->parent = malloc(m * sizeof *ix->parent);
    ix->successor = malloc(m * sizeof *ix->successor);
    ix->region = malloc(m * sizeof *ix->region);
    int rc = TS_ENOMEM;
    if (ix->parent && ix->successor && ix->region &&
        chains_build(ix, n, slug_at, &ix->slugs, &ix->slug_next) == TS_OK)
        rc = TS_OK;
    if (rc != TS_OK)
        ts_error_set(err, rc, "out of memory");
    if (rc == TS_OK)
        rc = check_overlaps(ix, err);
    if (rc == TS_OK)
        rc = resolve_links(g, ix, err);
    if (rc == TS_OK && (build_forms(ix) != TS_OK ||
                        build_lists(ix, ix->parent, &ix->child_start, &ix->child_list) != TS_OK ||
                        build_lists(ix, ix->successor, &ix->pred_start, &ix->pred_list) != TS_OK))
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    if (rc != TS_OK)
        tsi_gz_index_free(ix);
    return rc;
}

void tsi_gz_index_free(gz_index *ix)
{
    free(ix->items);
    free(ix->parent);
    free(ix->successor);
    free(ix->region);
    tsi_map_reset(&ix->slugs);
    free(ix->slug_next);
    free(ix->forms);
    free(ix->keys);
    tsi_map_reset(&ix->form_keys);
    free(ix->form_next);
    free(ix->child_start);
    free(ix->child_list);
    free(ix->pred_start);
    free(ix->pred_list);
    memset(ix, 0, sizeof *ix);
}

/* ---- lookups ---- */

size_t ts_gazetteer_count(const ts_gazetteer *g) { return g ? g->ix.count : 0; }

const ts_area *ts_gazetteer_at(const ts_gazetteer *g, size_t i)
{
    return g && i < g->ix.count ? &g->ix.items[i]->pub : NULL;
}

static size_t index_of(const ts_area *a) { return ((const gz_area *)a)->index; }

const ts_area *ts_gazetteer_find(const ts_gazetteer *g, const char *slug, int32_t day)
{
    if (!g || !slug)
        return NULL;
    size_t i = find_on(&g->ix, slug, day);
    return i == GZ_NONE ? NULL : &g->ix.items[i]->pub;
}

size_t ts_gazetteer_find_all(const ts_gazetteer *g, const char *slug, const ts_area **out,
                             size_t max)
{
    if (!g || !slug)
        return 0;
    size_t n = 0, j = chain_first(&g->ix.slugs, &g->ix, slug_at, slug);
    for (; j != GZ_NONE; j = g->ix.slug_next[j], n++)
        if (n < max)
            out[n] = &g->ix.items[j]->pub;
    return n;
}

const ts_area *ts_gazetteer_parent(const ts_gazetteer *g, const ts_area *a)
{
    if (!g || !a)
        return NULL;
    size_t p = g->ix.parent[index_of(a)];
    return p == GZ_NONE ? NULL : &g->ix.items[p]->pub;
}

/* The areas of list[start[i] .. start[i+1]) valid on day. */
static size_t list_areas(const gz_index *ix, const size_t *start, const size_t *list, size_t i,
                         int32_t day, const ts_area **out, size_t max)
{
    size_t n = 0;
    for (size_t k = start[i]; k < start[i + 1]; k++) {
        const ts_area *c = &ix->items[list[k]]->pub;
        if (!ts_area_valid_on(c, day))
            continue;
        if (n < max)
            out[n] = c;
        n++;
    }
    return n;
}

size_t ts_gazetteer_children(const ts_gazetteer *g, const ts_area *a, int32_t day,
                             const ts_area **out, size_t max)
{
    if (!g || !a)
        return 0;
    return list_areas(&g->ix, g->ix.child_start, g->ix.child_list, index_of(a), day, out, max);
}

size_t ts_gazetteer_predecessors(const ts_gazetteer *g, const ts_area *a, const ts_area **out,
                                 size_t max)
{
    if (!g || !a)
        return 0;
    return list_areas(&g->ix, g->ix.pred_start, g->ix.pred_list, index_of(a), TS_DAY_ANY, out,
                      max);
}

const ts_area *ts_gazetteer_successor_at(const ts_gazetteer *g, const ts_area *a, int32_t day)
{
    if (!g || !a)
        return NULL;
    /* Successors begin after their predecessors end, so this walk only
     * moves forward in time and ends. */
    size_t i = index_of(a);
    while (i != GZ_NONE && !ts_area_valid_on(&g->ix.items[i]->pub, day)) {
        if (day < g->ix.items[i]->pub.valid_from)
            return NULL;
        i = g->ix.successor[i];
    }
    return i == GZ_NONE ? NULL : &g->ix.items[i]->pub;
}

/* Whether `later` is a itself or a successor of a's, under a's name. */
static int later_form(const ts_gazetteer *g, const ts_area *a, const ts_area *later)
{
    size_t i = index_of(a);
    while (i != GZ_NONE && strcmp(g->ix.items[i]->pub.name, a->name) == 0) {
        if (&g->ix.items[i]->pub == later)
            return 1;
        i = g->ix.successor[i];
    }
    return 0;
}

int ts_gazetteer_same_unit(const ts_gazetteer *g, const ts_area *a, const ts_area *b)
{
    if (!g || !a || !b)
        return 0;
    return later_form(g, a, b) || later_form(g, b, a);
}

size_t ts_gazetteer_form_count(const ts_gazetteer *g) { return g ? g->ix.n_forms : 0; }

const ts_area_form *ts_gazetteer_form_at(const ts_gazetteer *g, size_t i)
{
    return g && i < g->ix.n_forms ? &g->ix.forms[i] : NULL;
}

size_t ts_gazetteer_max_words(const ts_gazetteer *g) { return g ? g->ix.max_words : 0; }

/* ---- regions ---- */

size_t ts_gazetteer_region_count(const ts_gazetteer *g) { return g ? g->n_regions : 0; }

const ts_region *ts_gazetteer_region_at(const ts_gazetteer *g, size_t i)
{
    return g && i < g->n_regions ? &g->regions[i].pub : NULL;
}

const ts_region *ts_gazetteer_region_of(const ts_gazetteer *g, const ts_area *a)
{
    if (!g || !a)
        return NULL;
    size_t i = index_of(a);
    if (g->ix.parent[i] != GZ_NONE)
        i = g->ix.parent[i];
    size_t r = g->ix.region[i];
    return r == GZ_NONE ? NULL : &g->regions[r].pub;
}

const ts_region *ts_gazetteer_region_find(const ts_gazetteer *g, const char *text)
{
    char key[256];
    if (!g || !text || !tsi_gz_key(text, strlen(text), key, sizeof key))
        return NULL;
    for (size_t i = 0; i < g->n_regions; i++)
        for (size_t k = 0; k < g->regions[i].n_keys; k++)
            if (strcmp(g->regions[i].keys[k], key) == 0)
                return &g->regions[i].pub;
    return NULL;
}

size_t tsi_gz_form_first(const gz_index *ix, const char *key)
{
    return chain_first(&ix->form_keys, ix, form_at, key);
}
