/* Selecting areas: the union of named slugs and globs, provinces' district
 * units and regions' areas, kept at one level; the one definition behind
 * every tool's --area, --within, --region and --level. */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "core/gazetteer_impl.h"

struct ts_area_select {
    const ts_gazetteer *g;
    char **patterns;            /* slugs and globs, copied */
    size_t n_patterns, cap_patterns;
    char **within;              /* province slugs */
    size_t n_within, cap_within;
    const ts_region **regions;
    size_t n_regions, cap_regions;
    int has_level;
    ts_area_level level;
};

ts_area_select *ts_area_select_new(const ts_gazetteer *g, ts_error *err)
{
    ts_area_select *s = calloc(1, sizeof *s);
    if (!s)
        ts_error_set(err, TS_ENOMEM, "out of memory");
    else
        s->g = g;
    return s;
}

void ts_area_select_free(ts_area_select *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_patterns; i++)
        free(s->patterns[i]);
    for (size_t i = 0; i < s->n_within; i++)
        free(s->within[i]);
    free(s->patterns);
    free(s->within);
    free(s->regions);
    free(s);
}

static int is_glob(const char *p) { return strpbrk(p, "*?[") != NULL; }

int ts_area_select_add(ts_area_select *s, const char *spec, ts_error *err)
{
    size_t items = 1;
    for (const char *p = spec; *p; p++)
        items += *p == ',';
    for (const char *p = spec;; p++) /* no empty item: ",", "a,,b", "a," */
        if (*p == ',' || !*p) {
            if (p == spec || p[-1] == ',')
                return ts_error_set(err, TS_EINVAL, "\"%s\" has an empty area", spec);
            if (!*p)
                break;
        }
    if (tsi_grow(&s->patterns, &s->cap_patterns, s->n_patterns + items, sizeof *s->patterns,
                 8) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    size_t n = 0;
    for (const char *p = spec; n < items; n++) {
        size_t len = strcspn(p, ",");
        if (!(s->patterns[s->n_patterns + n] = strndup(p, len))) {
            while (n-- > 0)
                free(s->patterns[s->n_patterns + n]);
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        }
        p += len + 1;
    }
    s->n_patterns += items;
    return TS_OK;
}

int ts_area_select_within(ts_area_select *s, const char *province, ts_error *err)
{
    const ts_area *all[4];
    size_t n = ts_gazetteer_find_all(s->g, province, all, 4);
    if (n == 0 || ts_area_level_of(all[0]->kind) != TS_LEVEL_PROVINCE) {
        char near[200];
        tsi_gz_closest(s->g, province, near, sizeof near);
        return ts_error_set(err, TS_ENOTFOUND, "\"%s\" is not a known province or "
                            "centrally-run city%s", province, near);
    }
    char *copy = strdup(province);
    if (!copy || tsi_grow(&s->within, &s->cap_within, s->n_within + 1, sizeof *s->within, 4)) {
        free(copy);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    s->within[s->n_within++] = copy;
    return TS_OK;
}

int ts_area_select_region(ts_area_select *s, const char *region, ts_error *err)
{
    const ts_region *r = ts_gazetteer_region_find(s->g, region);
    if (!r) {
        char known[600];
        size_t o = 0;
        known[0] = '\0';
        for (size_t i = 0; i < ts_gazetteer_region_count(s->g) && o < sizeof known; i++)
            o += (size_t)snprintf(known + o, sizeof known - o, "%s%s", i ? ", " : "",
                                  ts_gazetteer_region_at(s->g, i)->slug);
        return ts_error_set(err, TS_ENOTFOUND, "\"%s\" is not a known region (%s)", region,
                            known);
    }
    if (tsi_grow(&s->regions, &s->cap_regions, s->n_regions + 1, sizeof *s->regions, 4) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    s->regions[s->n_regions++] = r;
    return TS_OK;
}

void ts_area_select_level(ts_area_select *s, ts_area_level level)
{
    s->has_level = 1;
    s->level = level;
}

int ts_area_select_is_all(const ts_area_select *s)
{
    return !s || (!s->n_patterns && !s->n_within && !s->n_regions && !s->has_level);
}

static int pattern_match(const ts_area_select *s, const char *slug)
{
    for (size_t i = 0; i < s->n_patterns; i++)
        if (fnmatch(s->patterns[i], slug, 0) == 0)
            return 1;
    return 0;
}

/* Whether a is among the districts of a --within province or in a
 * --region region. */
static int member(const ts_area_select *s, const ts_area *a)
{
    for (size_t i = 0; i < s->n_within; i++)
        if (strcmp(a->parent, s->within[i]) == 0)
            return 1;
    if (s->n_regions) {
        const ts_region *r = ts_gazetteer_region_of(s->g, a);
        for (size_t i = 0; r && i < s->n_regions; i++)
            if (r == s->regions[i])
                return 1;
    }
    return 0;
}

int ts_area_select_match_area(const ts_area_select *s, const ts_area *a)
{
    if (!s)
        return 1;
    if (s->has_level && ts_area_level_of(a->kind) != s->level)
        return 0;
    if (!s->n_patterns && !s->n_within && !s->n_regions)
        return 1;
    return pattern_match(s, a->slug) || member(s, a);
}

int ts_area_select_match(const ts_area_select *s, const char *slug)
{
    if (ts_area_select_is_all(s))
        return 1;
    const ts_area *all[4];
    size_t n = s->g ? ts_gazetteer_find_all(s->g, slug, all, 4) : 0;
    for (size_t i = 0; i < n && i < 4; i++)
        if (ts_area_select_match_area(s, all[i]))
            return 1;
    /* An area the gazetteer does not know has no level, province or
     * region: only a pattern can name it. */
    return n == 0 && !s->has_level && pattern_match(s, slug);
}

size_t ts_area_select_unknown(const ts_area_select *s, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; s && i < s->n_patterns; i++) {
        if (is_glob(s->patterns[i]) || ts_gazetteer_find(s->g, s->patterns[i], TS_DAY_ANY))
            continue;
        if (n < max)
            out[n] = s->patterns[i];
        n++;
    }
    return n;
}
