/* Finding areas from what people write: a name (any case, marks or none,
 * led or not by an administrative word such as "tỉnh" or "TP.") gives
 * every candidate area, ordered for the caller to pick; an unknown slug
 * gives the closest known ones, for "did you mean" messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gazetteer_impl.h"

/* More areas than any name means (ten districts are called Châu Thành). */
#define MAX_CANDIDATES 256
#define ALL_KINDS ((1u << TS_AREA_NKINDS) - 1)

static size_t index_of(const ts_area *a) { return ((const gz_area *)a)->index; }

/* Adds the areas of the forms with this key, of the given kinds and
 * valid on day; an area found twice keeps its better match (by name). */
static void add_candidates(const ts_gazetteer *g, const char *key, unsigned kinds, int32_t day,
                           ts_area_match *c, size_t *n)
{
    for (size_t f = tsi_gz_form_first(&g->ix, key); f != GZ_NONE; f = g->ix.form_next[f]) {
        const ts_area_form *fm = &g->ix.forms[f];
        if (!(kinds & (1u << fm->area->kind)) || !ts_area_valid_on(fm->area, day))
            continue;
        size_t k = 0;
        while (k < *n && c[k].area != fm->area)
            k++;
        if (k < *n)
            c[k].by_variant &= fm->by_variant;
        else if (*n < MAX_CANDIDATES)
            c[(*n)++] = (ts_area_match){fm->area, fm->by_variant};
    }
}

/* By name before by variant, province level first, then load order. */
static int candidate_cmp(const void *pa, const void *pb)
{
    const ts_area_match *a = pa, *b = pb;
    if (a->by_variant != b->by_variant)
        return a->by_variant - b->by_variant;
    int la = ts_area_level_of(a->area->kind), lb = ts_area_level_of(b->area->kind);
    if (la != lb)
        return la - lb;
    size_t ia = index_of(a->area), ib = index_of(b->area);
    return ia < ib ? -1 : ia > ib;
}

size_t ts_gazetteer_find_name(const ts_gazetteer *g, const char *name, size_t len, int32_t day,
                              ts_area_match *out, size_t max)
{
    char key[512];
    if (!g || !name)
        return 0;
    size_t kl = tsi_gz_key(name, len, key, sizeof key);
    if (!kl || kl >= sizeof key - 1) /* nothing left, or longer than any name */
        return 0;
    ts_area_match c[MAX_CANDIDATES];
    size_t n = 0;
    add_candidates(g, key, ALL_KINDS, day, c, &n);
    /* "tỉnh Kon Tum", "TP. Kon Tum": the word says which kinds are meant. */
    for (size_t w = 0; w < g->n_kind_words; w++) {
        const char *wk = g->kind_words[w].key;
        size_t wl = strlen(wk);
        if (kl > wl + 1 && memcmp(key, wk, wl) == 0 && key[wl] == '-')
            add_candidates(g, key + wl + 1, g->kind_words[w].kinds, day, c, &n);
    }
    qsort(c, n, sizeof *c, candidate_cmp);
    memcpy(out, c, (n < max ? n : max) * sizeof *c);
    return n;
}

/* Levenshtein distance of a and b (each cut at 63 bytes). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[64], prev;
    la = la > 63 ? 63 : la;
    lb = lb > 63 ? 63 : lb;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev + (a[i - 1] != b[j - 1]), del = row[j] + 1, ins = row[j - 1] + 1;
            prev = row[j];
            row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
    }
    return row[lb];
}

static int listed(const char **out, size_t n, const char *slug)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(out[i], slug) == 0)
            return 1;
    return 0;
}

size_t ts_gazetteer_suggest(const ts_gazetteer *g, const char *slug, const char **out,
                            size_t max)
{
    if (!g || !slug || !max)
        return 0;
    size_t n = 0;
    /* A name or variant written as a slug ("sai-gon") names its area. */
    char key[256];
    if (tsi_gz_key(slug, strlen(slug), key, sizeof key))
        for (size_t f = tsi_gz_form_first(&g->ix, key); f != GZ_NONE && n < max;
             f = g->ix.form_next[f])
            if (!listed(out, n, g->ix.forms[f].area->slug))
                out[n++] = g->ix.forms[f].area->slug;
    /* Then the nearest slugs, one pass per distance. */
    size_t best = (size_t)-1;
    for (size_t want = 0; n < max && want <= 64; want = best, best = (size_t)-1) {
        for (size_t i = 0; i < g->ix.count; i++) {
            const char *s = g->ix.items[i]->pub.slug;
            size_t d = edit_distance(slug, s);
            if (d == want && n < max && !listed(out, n, s))
                out[n++] = s;
            else if (d > want && d < best)
                best = d;
        }
        if (best == (size_t)-1)
            break;
    }
    return n;
}

void tsi_gz_closest(const ts_gazetteer *g, const char *slug, char *buf, size_t n)
{
    const char *near[3];
    size_t k = ts_gazetteer_suggest(g, slug, near, 3), o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < k && o < n; i++)
        o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? ", " : " (closest: ", near[i]);
    if (k && o < n)
        snprintf(buf + o, n - o, ")");
}

int ts_gazetteer_require(const ts_gazetteer *g, const char *slug, ts_error *err)
{
    if (ts_gazetteer_find(g, slug, TS_DAY_ANY))
        return TS_OK;
    char near[300];
    tsi_gz_closest(g, slug, near, sizeof near);
    return ts_error_set(err, TS_ENOTFOUND, "\"%s\" is not in the gazetteer%s", slug, near);
}
