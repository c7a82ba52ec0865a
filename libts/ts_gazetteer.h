/* The gazetteer of areas: Vietnam's provinces and centrally-run cities
 * (the 63 until 2025-06-30, the 34 from 2025-07-01) and their district-level
 * units (until 2025-06-30), each with its slug, Vietnamese name, kind,
 * parent, validity dates, region, 2025 successor and the variants people
 * write.  Built in from datasets/gazetteer/ (areas.tsv, regions.tsv,
 * kinds.tsv); users add areas from their own TSV with the columns of
 * areas.tsv.
 *
 * A slug names an area; the same slug may name two areas at different
 * times (quang-ngai until 2025-06-30, and the merged quang-ngai from
 * 2025-07-01), told apart by their validity dates.  Names are matched by
 * their key: ts_text_slug of the name (case, accents, spaces and
 * punctuation ignored: "Đắk Lắk", "Dak Lak" and "ĐẮK-LẮK" are the same). */
#ifndef TS_GAZETTEER_H
#define TS_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>
#include "ts_error.h"

/* The kinds of area, in the order of kinds.tsv. */
typedef enum {
    TS_AREA_PROVINCE,        /* tỉnh */
    TS_AREA_MUNICIPALITY,    /* thành phố trực thuộc Trung ương */
    TS_AREA_PROVINCIAL_CITY, /* thành phố (thuộc tỉnh, or thuộc thành phố) */
    TS_AREA_TOWN,            /* thị xã */
    TS_AREA_URBAN_DISTRICT,  /* quận */
    TS_AREA_DISTRICT,        /* huyện */
    TS_AREA_NKINDS
} ts_area_kind;

/* Province level (province, municipality) or district level (the rest). */
typedef enum { TS_LEVEL_PROVINCE, TS_LEVEL_DISTRICT } ts_area_level;

/* Day numbers as in ts_period.h (days since 1970-01-01).  An open start
 * is TS_DAY_OPEN_FROM, an open end TS_DAY_OPEN_TO; lookups given
 * TS_DAY_ANY do not filter by date. */
#define TS_DAY_OPEN_FROM INT32_MIN
#define TS_DAY_OPEN_TO INT32_MAX
#define TS_DAY_ANY INT32_MIN

typedef struct {
    const char *slug;      /* "kon-tum", "dak-ha-district" */
    const char *name;      /* Vietnamese, with marks: "Đắk Hà" */
    ts_area_kind kind;
    const char *parent;    /* the province's slug, "" at province level */
    int32_t valid_from;    /* first day, TS_DAY_OPEN_FROM when not known */
    int32_t valid_to;      /* last day, TS_DAY_OPEN_TO while it lasts */
    const char *region;    /* region slug of a province ("" when none) */
    const char *successor; /* slug of the area that took it over, or "" */
    size_t n_variants;
    const char *const *variants; /* other spellings: "Bắc Cạn", "TP.HCM" */
} ts_area;

typedef struct {
    const char *slug; /* "tay-nguyen" */
    const char *name; /* "Tây Nguyên" */
    const char *en;   /* "Central Highlands" */
} ts_region;

/* One candidate of a name lookup. */
typedef struct {
    const ts_area *area;
    int by_variant; /* matched one of its variants, not its name */
} ts_area_match;

/* One name form of an area (its name or a variant) by key, for callers
 * that build their own matcher over text. */
typedef struct {
    const char *key; /* ts_text_slug of the form: "dak-lak", "sai-gon" */
    const ts_area *area;
    int by_variant;
} ts_area_form;

typedef struct ts_gazetteer ts_gazetteer; /* opaque */

/* A new gazetteer holding the built-in areas.  NULL on out of memory or
 * damaged built-in data (err filled). */
ts_gazetteer *ts_gazetteer_new(ts_error *err);
/* Adds areas from a TSV file with the header of areas.tsv (columns found
 * by name: slug, name, kind required; parent, valid_from, valid_to,
 * region, successor, variants optional; '#' lines and blank lines
 * skipped; CRLF accepted).  Every row is checked (slug of a-z, 0-9 and
 * '-' ending in its kind's suffix, known kind, ISO dates in order, parent
 * a province-level area, region known, successor an area that starts the
 * day after this one ends, no slug twice at overlapping dates).  On error
 * (file:line in err) adds nothing: TS_EIO unreadable, TS_EFORMAT no
 * header, TS_EINVAL bad row, TS_ENOMEM. */
int ts_gazetteer_load(ts_gazetteer *g, const char *path, ts_error *err);
/* Same from a NUL-terminated TSV text; name is used in error messages. */
int ts_gazetteer_load_text(ts_gazetteer *g, const char *text, const char *name,
                           ts_error *err);
void ts_gazetteer_free(ts_gazetteer *g);

/* Areas in load order (the built-in file's order first).  Pointers stay
 * valid while g lives, also across later loads. */
size_t ts_gazetteer_count(const ts_gazetteer *g);
const ts_area *ts_gazetteer_at(const ts_gazetteer *g, size_t i);

/* Nonzero when a is valid on day (any day for TS_DAY_ANY). */
int ts_area_valid_on(const ts_area *a, int32_t day);

/* The area with this slug valid on day; with TS_DAY_ANY the first one
 * loaded (the older of two areas sharing a slug).  NULL when none. */
const ts_area *ts_gazetteer_find(const ts_gazetteer *g, const char *slug, int32_t day);
/* Every area with this slug, oldest first: fills at most max into out and
 * returns how many there are. */
size_t ts_gazetteer_find_all(const ts_gazetteer *g, const char *slug, const ts_area **out,
                             size_t max);

/* The areas a written name may mean: name is UTF-8 text of len bytes
 * (any case, marks or none), optionally led by an administrative word of
 * kinds.tsv ("tỉnh", "TP.", "Thành phố", "huyện", ...), which then keeps
 * only the areas of the kinds it names.  Only areas valid on day (all
 * for TS_DAY_ANY).  Candidates come ordered: by name before by variant,
 * province level before district level, then load order.  Fills at most
 * max into out and returns how many there are (0: none). */
size_t ts_gazetteer_find_name(const ts_gazetteer *g, const char *name, size_t len,
                              int32_t day, ts_area_match *out, size_t max);

/* Up to max known slugs closest to slug (edit distance, then load
 * order), for "did you mean" messages; returns how many were written. */
size_t ts_gazetteer_suggest(const ts_gazetteer *g, const char *slug, const char **out,
                            size_t max);

/* TS_OK when some area has this slug, else TS_ENOTFOUND with the message
 * "\"SLUG\" is not in the gazetteer (closest: a, b, c)". */
int ts_gazetteer_require(const ts_gazetteer *g, const char *slug, ts_error *err);

/* The province-level area a lies in (NULL at province level). */
const ts_area *ts_gazetteer_parent(const ts_gazetteer *g, const ts_area *a);
/* The areas whose parent is a, valid on day (all for TS_DAY_ANY), in
 * load order: fills at most max and returns how many there are. */
size_t ts_gazetteer_children(const ts_gazetteer *g, const ts_area *a, int32_t day,
                             const ts_area **out, size_t max);

/* The area that covers a's territory on day, following successors
 * forward: a itself when valid on day, its successor (or theirs) when a
 * had ended by then; NULL when there is none (a district after
 * 2025-06-30, or a day before a began).  The 2025 crosswalk is
 * ts_gazetteer_successor_at(g, a, ts_days_from_civil(2025, 7, 1)). */
const ts_area *ts_gazetteer_successor_at(const ts_gazetteer *g, const ts_area *a,
                                         int32_t day);
/* Nonzero when a and b are one unit in two of its forms: the same name,
 * one the successor (or a later successor) of the other, as a town raised
 * to a city ("thị xã Đông Triều" until 2024-10-31, then the city). */
int ts_gazetteer_same_unit(const ts_gazetteer *g, const ts_area *a, const ts_area *b);
/* The areas whose successor is a (what a absorbed), in load order: fills
 * at most max and returns how many there are. */
size_t ts_gazetteer_predecessors(const ts_gazetteer *g, const ts_area *a,
                                 const ts_area **out, size_t max);

/* Regions, in file order; the region of an area (a district's is its
 * province's; NULL when none); a region by slug, name, English name or
 * variant, matched by key (NULL when unknown). */
size_t ts_gazetteer_region_count(const ts_gazetteer *g);
const ts_region *ts_gazetteer_region_at(const ts_gazetteer *g, size_t i);
const ts_region *ts_gazetteer_region_of(const ts_gazetteer *g, const ts_area *a);
const ts_region *ts_gazetteer_region_find(const ts_gazetteer *g, const char *text);

/* Every name form of every area (names and variants by key), for
 * matchers; the most words a form has (its key's '-'-separated parts). */
size_t ts_gazetteer_form_count(const ts_gazetteer *g);
const ts_area_form *ts_gazetteer_form_at(const ts_gazetteer *g, size_t i);
size_t ts_gazetteer_max_words(const ts_gazetteer *g);

/* Administrative words of kinds.tsv by key ("tinh", "thanh-pho", "tp"):
 * the i-th word and, in *kinds, the kinds it names (bit 1 << kind). */
size_t ts_gazetteer_kind_word_count(const ts_gazetteer *g);
const char *ts_gazetteer_kind_word_at(const ts_gazetteer *g, size_t i, unsigned *kinds);

/* "province", "municipality", "provincial city", "town", "urban
 * district", "district"; parse returns TS_OK or TS_EINVAL. */
const char *ts_area_kind_name(ts_area_kind k);
int ts_area_kind_parse(const char *text, ts_area_kind *out);
/* The Vietnamese and English words of a kind (kinds.tsv: "huyện",
 * "district"). */
const char *ts_gazetteer_kind_vi(const ts_gazetteer *g, ts_area_kind k);
const char *ts_gazetteer_kind_en(const ts_gazetteer *g, ts_area_kind k);
ts_area_level ts_area_level_of(ts_area_kind k);
/* "province" or "district"; parse returns TS_OK or TS_EINVAL. */
const char *ts_area_level_name(ts_area_level l);
int ts_area_level_parse(const char *text, ts_area_level *out);

/* ---- selecting areas (core/area_select.c) ----
 * What the tools' --area, --within, --region and --level options select:
 * the union of the areas named (slugs or shell globs), the district-level
 * units of the provinces given with --within and the areas of the regions
 * given with --region (everything when none of these is given), kept only
 * at the level given with --level.  Membership in a province, region or
 * level comes from the gazetteer; a slug it does not know matches only a
 * pattern naming it. */
typedef struct ts_area_select ts_area_select; /* opaque */

/* A selection that keeps every area; g is borrowed and must outlive it
 * (NULL: patterns only).  NULL when out of memory (err filled). */
ts_area_select *ts_area_select_new(const ts_gazetteer *g, ts_error *err);
void ts_area_select_free(ts_area_select *s);
/* Adds the areas of spec: one or more comma-separated slugs or shell
 * globs ("kon-tum,bac-*").  TS_EINVAL for an empty item; the selection is
 * unchanged on error. */
int ts_area_select_add(ts_area_select *s, const char *spec, ts_error *err);
/* Adds the district-level units of the province-level area(s) with this
 * slug.  TS_ENOTFOUND (message naming the closest slugs) when no such
 * province or centrally-run city is known. */
int ts_area_select_within(ts_area_select *s, const char *province, ts_error *err);
/* Adds the areas (provinces and their districts) of a region given by
 * slug, name or English name.  TS_ENOTFOUND naming the known regions. */
int ts_area_select_region(ts_area_select *s, const char *region, ts_error *err);
/* Keeps only areas of this level. */
void ts_area_select_level(ts_area_select *s, ts_area_level level);
/* Nonzero when the selection keeps every area (nothing was added). */
int ts_area_select_is_all(const ts_area_select *s);
/* Whether the area slug is selected (any of the areas with that slug). */
int ts_area_select_match(const ts_area_select *s, const char *slug);
/* Whether the gazetteer area a is selected. */
int ts_area_select_match_area(const ts_area_select *s, const ts_area *a);
/* The items given to ts_area_select_add that are plain slugs (no glob)
 * the gazetteer does not know, for warnings: fills at most max, returns
 * how many there are. */
size_t ts_area_select_unknown(const ts_area_select *s, const char **out, size_t max);

/* The built-in data files, embedded at build time (NUL-terminated). */
extern const char ts_builtin_areas_tsv[];
extern const char ts_builtin_regions_tsv[];
extern const char ts_builtin_area_kinds_tsv[];

#endif
