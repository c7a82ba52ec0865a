/* Labels (see ts_labels.h): the built-in label table read once, and the
 * labels made from the catalogue and the gazetteer kept in one table with
 * the read ones, so each is made once and stays valid while the labels
 * live. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "core/grow.h"
#include "core/labels_impl.h"
#include "core/map.h"
#include "core/names.h"
#include "core/tsv.h"
#include "ts_labels.h"

static const char *const lang_names[] = {"id", "vi", "en"};

int ts_labels_lang_parse(const char *text, ts_labels_lang *out)
{
    int i = tsi_name_index(lang_names, TSI_COUNT(lang_names), text);
    if (i < 0)
        return TS_EINVAL;
    *out = (ts_labels_lang)i;
    return TS_OK;
}

const char *ts_labels_lang_name(ts_labels_lang lang)
{
    return tsi_name_at(lang_names, TSI_COUNT(lang_names), (unsigned)lang);
}

/* One label: its key ("unit\tbn_vnd") and text; owned == the text was
 * made here (freed with the labels). */
typedef struct {
    char *key;
    const char *text;
    int owned;
} entry;

struct ts_labels {
    ts_labels_lang lang;
    const ts_catalog *cat;
    const ts_gazetteer *g;
    char *table;     /* labels.tsv, split in place */
    entry *e;
    size_t n, cap;
    tsi_map map;     /* key -> entry */
};

static uint32_t key_hash(const char *k) { return tsi_hash_bytes(k, strlen(k), 0); }

/* The entry with this key, or TSI_MAP_NONE; *p is left where it would go. */
static uint32_t find(const ts_labels *l, const char *key, tsi_map_probe *p)
{
    for (uint32_t id = tsi_map_first(&l->map, key_hash(key), p); id != TSI_MAP_NONE;
         id = tsi_map_next(&l->map, p))
        if (strcmp(l->e[id].key, key) == 0)
            return id;
    return TSI_MAP_NONE;
}

/* Adds key -> text (taking text over when owned); the first one of a key
 * stays.  0, or -1 when out of memory (an owned text is then freed). */
static int put(ts_labels *l, const char *kind, const char *id, const char *text, int owned)
{
    size_t len = strlen(kind) + strlen(id) + 2;
    char *key = malloc(len);
    tsi_map_probe p;
    if (!key || tsi_grow(&l->e, &l->cap, l->n + 1, sizeof *l->e, 64) != 0 ||
        tsi_map_reserve(&l->map, l->n + 1) != 0) {
        free(key);
        if (owned)
            free((char *)text);
        return -1;
    }
    snprintf(key, len, "%s\t%s", kind, id);
    if (find(l, key, &p) != TSI_MAP_NONE) {
        free(key);
        if (owned)
            free((char *)text);
        return 0;
    }
    l->e[l->n] = (entry){key, text, owned};
    tsi_map_put(&l->map, &p, (uint32_t)l->n++);
    return 0;
}

static int load_table(ts_labels *l, ts_error *err)
{
    static const char *const cols[] = {"kind", "id", "vi", "en"};
    const char *name = "labels.tsv (built in)";
    int col[4];
    char *f[8];
    if (!(l->table = strdup(ts_builtin_labels_tsv)))
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    tsi_lines it;
    tsi_lines_init(&it, l->table);
    char *line = tsi_lines_next(&it);
    size_t nf = line ? tsi_tsv_split(line, f, 8) : 0;
    tsi_tsv_columns(f, nf < 8 ? nf : 8, cols, col, 4);
    if (!line || col[0] < 0 || col[1] < 0 || col[2] < 0 || col[3] < 0)
        return tsi_row_error(err, TS_EFORMAT, name, it.lineno, "no header (kind, id, vi, en)");
    while ((line = tsi_lines_next(&it))) {
        if (tsi_tsv_split(line, f, 8) != nf)
            return tsi_row_error(err, TS_EFORMAT, name, it.lineno, "expected %zu columns", nf);
        const char *text = l->lang == TS_LABELS_VI ? f[col[2]] : f[col[3]];
        if (put(l, f[col[0]], f[col[1]], text, 0) != 0)
            return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    return TS_OK;
}

ts_labels *ts_labels_new(ts_labels_lang lang, const ts_catalog *cat, const ts_gazetteer *g,
                         ts_error *err)
{
    ts_labels *l = calloc(1, sizeof *l);
    if (!l) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    l->lang = lang;
    l->cat = cat;
    l->g = g;
    tsi_map_init(&l->map);
    if (lang != TS_LABELS_ID && load_table(l, err) != TS_OK) {
        ts_labels_free(l);
        return NULL;
    }
    return l;
}

void ts_labels_free(ts_labels *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++) {
        free(l->e[i].key);
        if (l->e[i].owned)
            free((char *)l->e[i].text);
    }
    free(l->e);
    tsi_map_reset(&l->map);
    free(l->table);
    free(l);
}

ts_labels_lang ts_labels_lang_of(const ts_labels *l) { return l ? l->lang : TS_LABELS_ID; }

static const char *lookup(const ts_labels *l, const char *kind, const char *id)
{
    char key[256];
    tsi_map_probe p;
    if ((size_t)snprintf(key, sizeof key, "%s\t%s", kind, id) >= sizeof key)
        return NULL;
    uint32_t i = find(l, key, &p);
    return i == TSI_MAP_NONE ? NULL : l->e[i].text;
}

/* A label made here: kept under kind/id and returned (id when out of
 * memory). */
static const char *keep(ts_labels *l, const char *kind, const char *id, char *made)
{
    if (!made || put(l, kind, id, made, 1) != 0)
        return id;
    const char *t = lookup(l, kind, id);
    return t ? t : id;
}

/* "const2010": the const{year} row with the year put in. */
static char *price_label(const ts_labels *l, const char *id)
{
    const char *tpl = lookup(l, "price", "const{year}"), *hole;
    size_t digits = strspn(id + 5, "0123456789");
    if (!tpl || strncmp(id, "const", 5) != 0 || !digits || id[5 + digits] ||
        !(hole = strstr(tpl, "{year}")))
        return NULL;
    size_t n = strlen(tpl) + digits + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%.*s%s%s", (int)(hole - tpl), tpl, id + 5, hole + 6);
    return s;
}

/* The catalogue's description: its first phrase (before ';'). */
static char *catalog_label(const ts_labels *l, const char *id)
{
    const ts_indicator *ind = l->cat ? ts_catalog_find(l->cat, id) : NULL;
    const char *d = !ind ? NULL : l->lang == TS_LABELS_VI ? ind->vi : ind->en;
    if (!d || !*d)
        return NULL;
    return strndup(d, strcspn(d, ";"));
}

const char *ts_labels_get(ts_labels *l, const char *kind, const char *id)
{
    if (!l || l->lang == TS_LABELS_ID || !id || !*id)
        return id;
    const char *t = lookup(l, kind, id);
    if (t)
        return t;
    if (strcmp(kind, "price") == 0)
        return keep(l, kind, id, price_label(l, id));
    if (strcmp(kind, "indicator") == 0)
        return keep(l, kind, id, catalog_label(l, id));
    return id;
}

size_t ts_labels_unmark(const char *text, char *buf, size_t n)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
    size_t o = 0, len = strlen(text);
    for (size_t i = 0; i < len && o + 1 < n;) {
        utf8proc_int32_t cp, base[4];
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) {
            buf[o++] = '?';
            i++;
            continue;
        }
        i += (size_t)k;
        if (cp == 0x0110 || cp == 0x0111) /* Đ đ: a letter of its own */
            cp = cp == 0x0110 ? 'D' : 'd';
        else if (utf8proc_decompose_char(cp, base, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK,
                                         NULL) >= 1)
            cp = base[0];
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(cp, enc);
        if (o + (size_t)m + 1 > n)
            break;
        memcpy(buf + o, enc, (size_t)m);
        o += (size_t)m;
    }
    if (n)
        buf[o] = '\0';
    return o;
}

/* Whether a name is numbered ("Quận 1"): it holds its kind's word. */
static int numbered(const char *name)
{
    size_t n = strlen(name);
    return n && isdigit((unsigned char)name[n - 1]);
}

/* "Huyện Đắk Hà" (the kind's word, capitalised, before the name) or
 * "Dak Ha district" (the name without marks, then the kind's word); a
 * province or numbered district by its name alone. */
static char *area_label(const ts_labels *l, const ts_area *a)
{
    char name[256], out[512];
    int alone = ts_area_level_of(a->kind) == TS_LEVEL_PROVINCE || numbered(a->name);
    if (l->lang == TS_LABELS_VI) {
        const char *word = ts_gazetteer_kind_vi(l->g, a->kind);
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)word, -1, &cp);
        utf8proc_uint8_t up[4];
        utf8proc_ssize_t m = k > 0 ? utf8proc_encode_char(utf8proc_toupper(cp), up) : 0;
        if (alone || k <= 0)
            snprintf(out, sizeof out, "%s", a->name);
        else
            snprintf(out, sizeof out, "%.*s%s %s", (int)m, (const char *)up, word + k, a->name);
    } else {
        ts_labels_unmark(a->name, name, sizeof name);
        if (a->kind == TS_AREA_MUNICIPALITY)
            snprintf(out, sizeof out, "%s City", name);
        else if (alone)
            snprintf(out, sizeof out, "%s", name);
        else
            snprintf(out, sizeof out, "%s %s", name, ts_gazetteer_kind_en(l->g, a->kind));
    }
    return strdup(out);
}

const char *ts_labels_area(ts_labels *l, const char *slug)
{
    if (!l || l->lang == TS_LABELS_ID || !slug || !l->g)
        return slug;
    const char *t = lookup(l, "area", slug);
    if (t)
        return t;
    const ts_area *a = ts_gazetteer_find(l->g, slug, TS_DAY_ANY);
    return a ? keep(l, "area", slug, area_label(l, a)) : slug;
}

/* One English label set for the library's own use, made once. */
static ts_labels *builtin_en;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void builtin_init(void) { builtin_en = ts_labels_new(TS_LABELS_EN, NULL, NULL, NULL); }

const char *tsi_unit_words_en(const char *unit)
{
    pthread_once(&builtin_once, builtin_init);
    if (!builtin_en || !unit)
        return NULL;
    /* A lookup only: nothing is made, so threads may share the table. */
    return lookup(builtin_en, "unit", unit);
}
