/* The gazetteer's data: the kinds and their administrative words
 * (kinds.tsv), the regions (regions.tsv) and the areas (areas.tsv, then
 * any user file), parsed and checked row by row.  What needs the whole set
 * (slugs at overlapping dates, parents, successors) is checked while the
 * lookups are built (gazetteer_index.c). */
#include <stdlib.h>
#include <string.h>
#include "core/gazetteer_impl.h"
#include "core/grow.h"
#include "core/names.h"
#include "core/tsv.h"
#include "ts_period.h"
#include "ts_text.h"

/* The kinds' names in the data, in enum order, and the slug suffix and
 * level of each (docs/spec/facts.md, "Area slugs"). */
static const char *const kind_names[TS_AREA_NKINDS] = {
    "province", "municipality", "provincial city", "town", "urban district", "district"};
static const char *const kind_suffix[TS_AREA_NKINDS] = {"", "", "-city", "-town", "-district",
                                                        "-district"};
static const char *const level_names[] = {"province", "district"};

const char *ts_area_kind_name(ts_area_kind k)
{
    return tsi_name_at(kind_names, TSI_COUNT(kind_names), (unsigned)k);
}

TSI_NAME_PARSER(ts_area_kind_parse, ts_area_kind, kind_names)

const char *tsi_gz_kind_suffix(ts_area_kind k)
{
    return (unsigned)k < TS_AREA_NKINDS ? kind_suffix[k] : "";
}

ts_area_level ts_area_level_of(ts_area_kind k)
{
    return k == TS_AREA_PROVINCE || k == TS_AREA_MUNICIPALITY ? TS_LEVEL_PROVINCE
                                                              : TS_LEVEL_DISTRICT;
}

const char *ts_area_level_name(ts_area_level l)
{
    return tsi_name_at(level_names, TSI_COUNT(level_names), (unsigned)l);
}

TSI_NAME_PARSER(ts_area_level_parse, ts_area_level, level_names)

const char *ts_gazetteer_kind_vi(const ts_gazetteer *g, ts_area_kind k)
{
    return g && (unsigned)k < TS_AREA_NKINDS && g->kind_vi[k] ? g->kind_vi[k] : "";
}

const char *ts_gazetteer_kind_en(const ts_gazetteer *g, ts_area_kind k)
{
    return g && (unsigned)k < TS_AREA_NKINDS && g->kind_en[k] ? g->kind_en[k] : "";
}

size_t ts_gazetteer_kind_word_count(const ts_gazetteer *g) { return g ? g->n_kind_words : 0; }

const char *ts_gazetteer_kind_word_at(const ts_gazetteer *g, size_t i, unsigned *k)
{
    if (!g || i >= g->n_kind_words)
        return NULL;
    if (k)
        *k = g->kind_words[i].kinds;
    return g->kind_words[i].key;
}

size_t tsi_gz_key(const char *s, size_t len, char *out, size_t cap)
{
    return ts_text_slug(s, len, out, cap);
}

/* A key made into a new string; NULL when out of memory. */
static char *key_dup(const char *s)
{
    size_t len = strlen(s);
    char *k = malloc(len + 1);
    if (k)
        tsi_gz_key(s, len, k, len + 1);
    return k;
}

/* Splits a '|'-separated list in place; returns the number of items put
 * into out (empty items are dropped). */
static size_t split_bars(char *s, const char **out)
{
    size_t n = 0;
    while (*s) {
        char *bar = strchr(s, '|');
        if (bar)
            *bar = '\0';
        if (*s)
            out[n++] = s;
        if (!bar)
            break;
        s = bar + 1;
    }
    return n;
}

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

/* ---- kinds.tsv: kind, vi, en, words ---- */

static int add_kind_word(ts_gazetteer *g, const char *word, ts_area_kind k, size_t *cap)
{
    char *key = key_dup(word);
    if (!key)
        return TS_ENOMEM;
    for (size_t i = 0; i < g->n_kind_words; i++)
        if (strcmp(g->kind_words[i].key, key) == 0) {
            g->kind_words[i].kinds |= 1u << k;
            free(key);
            return TS_OK;
        }
    if (tsi_grow(&g->kind_words, cap, g->n_kind_words + 1, sizeof *g->kind_words, 16) != 0) {
        free(key);
        return TS_ENOMEM;
    }
    g->kind_words[g->n_kind_words].key = key;
    g->kind_words[g->n_kind_words++].kinds = 1u << k;
    return TS_OK;
}

/* Reads the header line of a built-in table: every one of the n columns
 * must be there. */
static int read_header(tsi_lines *it, const char *const *cols, int *col, size_t n,
                       const char *name, ts_error *err)
{
    char *fields[16];
    char *line = tsi_lines_next(it);
    if (line) {
        size_t nf = tsi_tsv_split(line, fields, 16);
        tsi_tsv_columns(fields, nf < 16 ? nf : 16, cols, col, n);
    }
    for (size_t k = 0; k < n; k++)
        if (!line || col[k] < 0)
            return tsi_row_error(err, TS_EFORMAT, name, it->lineno ? it->lineno : 1,
                                 "missing column '%s'", cols[k]);
    return TS_OK;
}

static int load_kinds(ts_gazetteer *g, const char *text, const char *name, ts_error *err)
{
    static const char *const cols[] = {"kind", "vi", "en", "words"};
    int col[4];
    char *fields[8];
    size_t cap = 0;
    if (!(g->kind_text = strdup(text)))
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    tsi_lines it;
    tsi_lines_init(&it, g->kind_text);
    int rc = read_header(&it, cols, col, 4, name, err);
    if (rc != TS_OK)
        return rc;
    for (char *line; (line = tsi_lines_next(&it));) {
        ts_area_kind k;
        size_t nf = tsi_tsv_split(line, fields, 8);
        if (nf != 4 || ts_area_kind_parse(fields[col[0]], &k) != TS_OK)
            return tsi_row_error(err, TS_EINVAL, name, it.lineno,
                                 "expected 4 columns and a known kind");
        g->kind_vi[k] = fields[col[1]];
        g->kind_en[k] = fields[col[2]];
        const char *words[32];
        size_t n = count_char(fields[col[3]], '|') < 32 ? split_bars(fields[col[3]], words) : 0;
        for (size_t i = 0; i < n; i++)
            if (add_kind_word(g, words[i], k, &cap) != TS_OK)
                return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    return TS_OK;
}

/* ---- regions.tsv: slug, name, en, variants ---- */

static int load_regions(ts_gazetteer *g, const char *text, const char *name, ts_error *err)
{
    static const char *const cols[] = {"slug", "name", "en", "variants"};
    int col[4];
    char *fields[8];
    size_t cap = 0;
    if (!(g->region_text = strdup(text)))
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    tsi_lines it;
    tsi_lines_init(&it, g->region_text);
    int rc = read_header(&it, cols, col, 4, name, err);
    if (rc != TS_OK)
        return rc;
    for (char *line; (line = tsi_lines_next(&it));) {
        if (tsi_tsv_split(line, fields, 8) != 4)
            return tsi_row_error(err, TS_EINVAL, name, it.lineno, "expected 4 columns");
        if (tsi_grow(&g->regions, &cap, g->n_regions + 1, sizeof *g->regions, 8) != 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        gz_region *r = &g->regions[g->n_regions++];
        memset(r, 0, sizeof *r);
        r->pub.slug = fields[col[0]];
        r->pub.name = fields[col[1]];
        r->pub.en = fields[col[2]];
        const char *forms[35] = {r->pub.slug, r->pub.name, r->pub.en};
        size_t n = 3;
        if (count_char(fields[col[3]], '|') < 32)
            n += split_bars(fields[col[3]], forms + 3);
        if (!(r->keys = calloc(n, sizeof *r->keys)))
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        for (size_t i = 0; i < n; i++)
            if (!(r->keys[r->n_keys++] = key_dup(forms[i])))
                return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    return TS_OK;
}

/* ---- areas.tsv ---- */

enum { C_SLUG, C_NAME, C_KIND, C_PARENT, C_FROM, C_TO, C_REGION, C_SUCC, C_VARIANTS, NCOLS };
static const char *const col_names[NCOLS] = {"slug", "name", "kind", "parent", "valid_from",
                                             "valid_to", "region", "successor", "variants"};

static int valid_slug(const char *s)
{
    if (!*s || *s == '-')
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || (*s == '-' && s[1] != '-')))
            return 0;
    return s[-1] != '-';
}

/* An ISO date (YYYY-MM-DD) or blank (the open end given). */
static int parse_day(const char *text, int32_t open, int32_t *out)
{
    if (!*text) {
        *out = open;
        return TS_OK;
    }
    ts_period p;
    if (strlen(text) != 10 || ts_period_parse(text, 10, &p, NULL) != TS_OK ||
        ts_period_kind_of(p) != TS_PERIOD_DAY)
        return TS_EINVAL;
    *out = p.first;
    return TS_OK;
}

/* Checks what a row can tell by itself; fills a from the fields. */
static int parse_area(char **f, const int *col, gz_area *a, const char **variants,
                      const char *name, long line, ts_error *err)
{
    ts_area *p = &a->pub;
    const char *blank = "";
    p->slug = f[col[C_SLUG]];
    p->name = f[col[C_NAME]];
    p->parent = col[C_PARENT] >= 0 ? f[col[C_PARENT]] : blank;
    p->region = col[C_REGION] >= 0 ? f[col[C_REGION]] : blank;
    p->successor = col[C_SUCC] >= 0 ? f[col[C_SUCC]] : blank;
    p->variants = variants;
    p->n_variants = col[C_VARIANTS] >= 0 ? split_bars(f[col[C_VARIANTS]], variants) : 0;
    if (!valid_slug(p->slug))
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'slug': \"%s\" is not a slug (a-z, 0-9 and single '-')",
                             p->slug);
    if (!*p->name)
        return tsi_row_error(err, TS_EINVAL, name, line, "column 'name' is empty");
    if (ts_area_kind_parse(f[col[C_KIND]], &p->kind) != TS_OK)
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'kind': \"%s\" is not province, municipality, provincial "
                             "city, town, urban district or district", f[col[C_KIND]]);
    const char *sfx = kind_suffix[p->kind];
    size_t ls = strlen(p->slug), lx = strlen(sfx);
    if (ls <= lx || strcmp(p->slug + ls - lx, sfx) != 0)
        return tsi_row_error(err, TS_EINVAL, name, line, "slug \"%s\" of a %s must end in \"%s\"",
                             p->slug, kind_names[p->kind], sfx);
    int district = ts_area_level_of(p->kind) == TS_LEVEL_DISTRICT;
    if (district != (*p->parent != '\0'))
        return tsi_row_error(err, TS_EINVAL, name, line, district
                             ? "column 'parent': a %s needs the slug of its province"
                             : "column 'parent': a %s has no parent", kind_names[p->kind]);
    if (district && *p->region)
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'region': only a province-level area has one (a %s "
                             "takes its province's)", kind_names[p->kind]);
    const char *from = col[C_FROM] >= 0 ? f[col[C_FROM]] : blank;
    const char *to = col[C_TO] >= 0 ? f[col[C_TO]] : blank;
    if (parse_day(from, TS_DAY_OPEN_FROM, &p->valid_from) != TS_OK)
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'valid_from': \"%s\" is not a date (YYYY-MM-DD)", from);
    if (parse_day(to, TS_DAY_OPEN_TO, &p->valid_to) != TS_OK)
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'valid_to': \"%s\" is not a date (YYYY-MM-DD)", to);
    if (p->valid_from > p->valid_to)
        return tsi_row_error(err, TS_EINVAL, name, line, "valid_from %s is after valid_to %s",
                             from, to);
    if (*p->successor && p->valid_to == TS_DAY_OPEN_TO)
        return tsi_row_error(err, TS_EINVAL, name, line,
                             "column 'successor': an area with a successor needs a valid_to");
    a->line = line;
    return TS_OK;
}

/* Parses the rows of a copied text into b (rows and variant lists sized
 * by the caller from the text's lines and bars). */
static int parse_areas(gz_block *b, const char *name, size_t *nrows, ts_error *err)
{
    int col[NCOLS], ncols = -1;
    char *fields[64];
    size_t n = 0, nv = 0;
    tsi_lines it;
    tsi_lines_init(&it, b->text);
    for (char *line; (line = tsi_lines_next(&it));) {
        if (!tsi_utf8_valid(line))
            return tsi_row_error(err, TS_EINVAL, name, it.lineno, "invalid UTF-8");
        size_t nf = tsi_tsv_split(line, fields, 64);
        if (ncols < 0) {
            tsi_tsv_columns(fields, nf < 64 ? nf : 64, col_names, col, NCOLS);
            for (int k = 0; k <= C_KIND; k++)
                if (col[k] < 0)
                    return tsi_row_error(err, TS_EFORMAT, name, it.lineno,
                                         "missing column '%s'", col_names[k]);
            ncols = (int)nf;
            continue;
        }
        if ((int)nf != ncols)
            return tsi_row_error(err, TS_EINVAL, name, it.lineno,
                                 "expected %d columns, found %zu", ncols, nf);
        gz_area *a = &b->rows[n];
        memset(a, 0, sizeof *a);
        a->file = b->file;
        int rc = parse_area(fields, col, a, b->variants + nv, name, it.lineno, err);
        if (rc != TS_OK)
            return rc;
        nv += a->pub.n_variants;
        n++;
    }
    if (ncols < 0)
        return tsi_row_error(err, TS_EFORMAT, name, it.lineno ? it.lineno : 1,
                             "no header line (slug, name, kind, ...)");
    *nrows = n;
    return TS_OK;
}

static void block_free(gz_block *b)
{
    if (!b)
        return;
    free(b->text);
    free(b->rows);
    free(b->variants);
    free(b->file);
    free(b);
}

int ts_gazetteer_load_text(ts_gazetteer *g, const char *text, const char *name, ts_error *err)
{
    if (!name)
        name = "gazetteer";
    size_t lines = count_char(text, '\n') + 1, bars = count_char(text, '|');
    gz_block *b = calloc(1, sizeof *b);
    if (b) {
        b->text = strdup(text);
        b->file = strdup(name);
        b->rows = malloc(lines * sizeof *b->rows);
        b->variants = malloc((lines + bars) * sizeof *b->variants);
    }
    if (!b || !b->text || !b->file || !b->rows || !b->variants) {
        block_free(b);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    size_t n = 0;
    int rc = parse_areas(b, name, &n, err);
    gz_area **items = NULL;
    gz_index ix = {0};
    if (rc == TS_OK && !(items = malloc((g->ix.count + n + 1) * sizeof *items)))
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
    if (rc == TS_OK) {
        if (g->ix.count)
            memcpy(items, g->ix.items, g->ix.count * sizeof *items);
        for (size_t i = 0; i < n; i++)
            items[g->ix.count + i] = &b->rows[i];
        /* The index takes items over, also when it fails. */
        rc = tsi_gz_index_build(g, items, g->ix.count + n, &ix, err);
    }
    if (rc != TS_OK) {
        block_free(b);
        return rc;
    }
    /* Nothing below can fail: the whole file joins, or none of it. */
    tsi_gz_index_free(&g->ix);
    g->ix = ix;
    for (size_t i = 0; i < g->ix.count; i++)
        g->ix.items[i]->index = i;
    b->next = g->blocks;
    g->blocks = b;
    return TS_OK;
}

int ts_gazetteer_load(ts_gazetteer *g, const char *path, ts_error *err)
{
    char *text;
    int rc = tsi_file_slurp(path, &text, err);
    if (rc != TS_OK)
        return rc;
    rc = ts_gazetteer_load_text(g, text, path, err);
    free(text);
    return rc;
}

ts_gazetteer *ts_gazetteer_new(ts_error *err)
{
    ts_gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    if (load_kinds(g, ts_builtin_area_kinds_tsv, "kinds.tsv (built in)", err) != TS_OK ||
        load_regions(g, ts_builtin_regions_tsv, "regions.tsv (built in)", err) != TS_OK ||
        ts_gazetteer_load_text(g, ts_builtin_areas_tsv, "areas.tsv (built in)", err) != TS_OK) {
        ts_gazetteer_free(g);
        return NULL;
    }
    return g;
}

void ts_gazetteer_free(ts_gazetteer *g)
{
    if (!g)
        return;
    tsi_gz_index_free(&g->ix);
    for (gz_block *b = g->blocks, *next; b; b = next) {
        next = b->next;
        block_free(b);
    }
    for (size_t i = 0; i < g->n_regions; i++) {
        for (size_t k = 0; k < g->regions[i].n_keys; k++)
            free((char *)g->regions[i].keys[k]);
        free(g->regions[i].keys);
    }
    free(g->regions);
    for (size_t i = 0; i < g->n_kind_words; i++)
        free(g->kind_words[i].key);
    free(g->kind_words);
    free(g->region_text);
    free(g->kind_text);
    free(g);
}
