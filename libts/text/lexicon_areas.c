/* Area names in the lexicon: the gazetteer's provinces, cities and
 * districts become place phrases (@place) that carry their area, so the
 * one matcher that tags a sentence also finds the areas it names.  A
 * district-level unit is taken with its administrative word ("huyện
 * Đăk Hà", "TP. Pleiku"), and alone only when its name is no other
 * area's and the text writes it as a name of its own: many district
 * names are common words or parts of people's names. */
#include "ts_extract.h"
#include "ts_gazetteer.h"
#include "text/text_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Adds "<word> <name>\t@place" for area a; word NULL: the bare name, a
 * proper noun; word "": a name that carries its own word ("Quận 1"),
 * with its marks ("bình quân 7%" is no district). */
static int add_place(ts_lexicon *lx, const char *word, const char *name, const ts_area *a,
                     ts_error *err)
{
    char line[512];
    /* A bare name is a proper noun: written with its marks and capitals
     * ("Điện Biên", not "diễn biến"; "Hòa Bình", not "hòa bình").  After
     * an administrative word a name is a name however it is written. */
    int spaced = word && *word;
    /* A district-level name alone must stand alone too: "Thanh Sơn" is no
     * district in "ông Nguyễn Thanh Sơn".  A name of one syllable after its
     * word is a capitalised one written with its marks: "UBND huyện chủ
     * trì", "UBND huyện - Chủ trì" name no "Chũ". */
    const char *flags = spaced ? (strchr(name, ' ') ? "" : "\tnamecap")
                        : word ? "\tmarks"
                        : a->parent[0] ? "\tmarks,caps,alone"
                                       : "\tmarks,caps";
    int n = snprintf(line, sizeof line, "%s%s%s\t@place%s", spaced ? word : "", spaced ? " " : "",
                     name, flags);
    if (n < 0 || (size_t)n >= sizeof line)
        return TS_OK; /* no real name is this long */
    tsx_entry e;
    int rc = tsx_entry_parse(&e, line, (size_t)n, err);
    if (rc != TS_OK)
        return rc == TS_ENOMEM ? rc : TS_OK; /* a name without letters names nothing */
    e.area = a;
    return tsx_lexicon_add(lx, &e, err);
}

/* The administrative words of the gazetteer are keys ("thanh-pho", "tp"):
 * as phrases their '-' is a separator like a space. */
static void key_to_phrase(const char *key, char *out, size_t n)
{
    snprintf(out, n, "%s", key);
    for (char *p = out; *p; p++)
        if (*p == '-')
            *p = ' ';
}

/* How far up a district-level kind stands: units are raised, never
 * lowered (a district becomes a town or an urban district, a town or an
 * urban district a city); -1 for province-level kinds. */
static int district_rank(ts_area_kind k)
{
    switch (k) {
    case TS_AREA_DISTRICT:
        return 0;
    case TS_AREA_TOWN:
    case TS_AREA_URBAN_DISTRICT:
        return 1;
    case TS_AREA_PROVINCIAL_CITY:
        return 2;
    default:
        return -1;
    }
}

/* Whether a word of these kinds (a bit set) is one a unit of rank r was
 * named with before it was raised: a word of a lower district-level kind
 * only, and not one of its own. */
static int older_word(unsigned kinds, int r)
{
    for (int k = 0; k < TS_AREA_NKINDS; k++)
        if ((kinds & (1u << k)) && district_rank((ts_area_kind)k) >= r)
            return 0;
    for (int k = 0; k < TS_AREA_NKINDS; k++)
        if ((kinds & (1u << k)) && district_rank((ts_area_kind)k) >= 0)
            return 1;
    return 0;
}

/* Whether "<word> <name>" names an area of that word's own kinds: then it
 * is that area's phrase and no other's. */
static int phrase_taken(const ts_gazetteer *g, const char *phrase, unsigned kinds)
{
    ts_area_match m[16];
    size_t n = ts_gazetteer_find_name(g, phrase, strlen(phrase), TS_DAY_ANY, m, 16);
    for (size_t i = 0; i < n && i < 16; i++)
        if (kinds & (1u << m[i].area->kind))
            return 1;
    return 0;
}

/* A district-level unit keeps its name when it is raised, and the
 * gazetteer gives its kind of 2025: a report of 2019 writes "thị xã Phú
 * Mỹ" for what is now a city.  So its name after the word of a lower
 * district-level kind is its phrase too, unless it is the name of a unit
 * of that kind ("huyện Phù Mỹ" is another unit's). */
static int add_older_kinds(ts_lexicon *lx, const ts_gazetteer *g, const ts_area *a,
                           const char *name, ts_error *err)
{
    for (size_t w = 0; w < ts_gazetteer_kind_word_count(g); w++) {
        unsigned kinds;
        const char *key = ts_gazetteer_kind_word_at(g, w, &kinds);
        if (!older_word(kinds, district_rank(a->kind)))
            continue;
        char word[64], phrase[320];
        key_to_phrase(key, word, sizeof word);
        snprintf(phrase, sizeof phrase, "%s %s", word, name);
        if (!phrase_taken(g, phrase, kinds) && add_place(lx, word, name, a, err) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

/* Whether a name opens with an administrative word of its own kind, as
 * the numbered urban districts do ("Quận 1"): then it is a phrase alone. */
static int name_has_own_word(const ts_gazetteer *g, const ts_area *a, const char *name)
{
    char key[256];
    ts_text_slug(name, strlen(name), key, sizeof key);
    for (size_t w = 0; w < ts_gazetteer_kind_word_count(g); w++) {
        unsigned kinds;
        const char *wk = ts_gazetteer_kind_word_at(g, w, &kinds);
        size_t wl = strlen(wk);
        if ((kinds & (1u << a->kind)) && strncmp(key, wk, wl) == 0 && key[wl] == '-')
            return 1;
    }
    return 0;
}

/* Whether a district-level name is one no other area bears (by any
 * spelling; the same unit before or after it was raised is no other):
 * then it names that unit even without its word, and the report's day
 * tells its forms apart. */
static int name_unique(const ts_gazetteer *g, const ts_area *a, const char *name)
{
    ts_area_match m[16];
    size_t n = ts_gazetteer_find_name(g, name, strlen(name), TS_DAY_ANY, m, 16);
    if (n == 0 || n > 16)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!ts_gazetteer_same_unit(g, a, m[i].area))
            return 0;
    return 1;
}

/* Every name form of a (its name, its variants), bare at province level
 * and after each administrative word of its kind (and of the kinds it was
 * raised from). */
static int add_area(ts_lexicon *lx, const ts_gazetteer *g, const ts_area *a, ts_error *err)
{
    int province = ts_area_level_of(a->kind) == TS_LEVEL_PROVINCE;
    for (size_t v = 0; v <= a->n_variants; v++) {
        const char *name = v == 0 ? a->name : a->variants[v - 1];
        if (province && add_place(lx, NULL, name, a, err) != TS_OK)
            return TS_ENOMEM;
        if (!province && name_has_own_word(g, a, name) && add_place(lx, "", name, a, err) != TS_OK)
            return TS_ENOMEM;
        if (!province && !name_has_own_word(g, a, name) && name_unique(g, a, name) &&
            add_place(lx, NULL, name, a, err) != TS_OK)
            return TS_ENOMEM;
        for (size_t w = 0; w < ts_gazetteer_kind_word_count(g); w++) {
            unsigned kinds;
            const char *key = ts_gazetteer_kind_word_at(g, w, &kinds);
            if (!(kinds & (1u << a->kind)))
                continue;
            char word[64];
            key_to_phrase(key, word, sizeof word);
            if (add_place(lx, word, name, a, err) != TS_OK)
                return TS_ENOMEM;
        }
        if (!province && add_older_kinds(lx, g, a, name, err) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

int ts_lexicon_add_areas(ts_lexicon *lx, const ts_gazetteer *g, ts_error *err)
{
    size_t n0 = ts_lexicon_count(lx);
    for (size_t i = 0; i < ts_gazetteer_count(g); i++)
        if (add_area(lx, g, ts_gazetteer_at(g, i), err) != TS_OK) {
            tsx_lexicon_truncate(lx, n0);
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        }
    return TS_OK;
}
