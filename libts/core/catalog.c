/* The indicator catalogue: indicators parsed from TSV (the built-in
 * datasets/catalog/indicators.tsv, then any user file), kept in load order
 * and indexed by the library's map (core/map.h), since tools look an id up
 * for every row they read. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "core/map.h"
#include "core/names.h"
#include "ts_catalog.h"
#include "ts_units.h"
#include "core/tsv.h"

/* One loaded TSV: its text (split in place into the strings the
 * indicators point to) and its indicators.  Blocks live as long as the
 * catalogue, so a replaced indicator's old pointer stays readable. */
typedef struct block {
    struct block *next;
    char *text;
    ts_indicator *rows;
} block;

struct ts_catalog {
    const ts_indicator **items; /* load order; replaced ids keep their place */
    size_t count, cap;
    tsi_map map;                /* id -> index into items */
    block *blocks;
};

/* The index of id among items (indexed by m), or TSI_MAP_NONE with *p at
 * the slot where a new one goes. */
static uint32_t find_id(const tsi_map *m, const ts_indicator *const *items, const char *id,
                        tsi_map_probe *p)
{
    for (uint32_t i = tsi_map_first(m, tsi_hash_bytes(id, strlen(id), 0), p); i != TSI_MAP_NONE;
         i = tsi_map_next(m, p))
        if (strcmp(items[i]->id, id) == 0)
            return i;
    return TSI_MAP_NONE;
}

const ts_indicator *ts_catalog_find(const ts_catalog *c, const char *id)
{
    if (!c || !id)
        return NULL;
    tsi_map_probe p;
    uint32_t i = find_id(&c->map, c->items, id, &p);
    return i != TSI_MAP_NONE ? c->items[i] : NULL;
}

size_t ts_catalog_count(const ts_catalog *c) { return c ? c->count : 0; }

const ts_indicator *ts_catalog_at(const ts_catalog *c, size_t i)
{
    return c && i < c->count ? c->items[i] : NULL;
}

static const char *const kind_names[] = {"flow", "stock", "rate", "index"};

const char *ts_kind_name(ts_kind k)
{
    return tsi_name_at(kind_names, TSI_COUNT(kind_names), (unsigned)k);
}

TSI_NAME_PARSER(ts_kind_parse, ts_kind, kind_names)

static const char *const shortest_names[] = {"month", "quarter", "year"};

const char *ts_shortest_name(ts_shortest s)
{
    return tsi_name_at(shortest_names, TSI_COUNT(shortest_names), (unsigned)s);
}

TSI_NAME_PARSER(ts_shortest_parse, ts_shortest, shortest_names)

/* Ids are ASCII words with '.', '_' and '-': they travel in TSV columns,
 * HDF5 string tables and shell pipelines. */
static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '.' || ch == '_' || ch == '-'))
            return 0;
    }
    return 1;
}

/* Grows items and the hash table so that `more` ids can be added without
 * failing half-way; rehashes when the table gets more than half full. */
static int reserve(ts_catalog *c, size_t more, ts_error *err)
{
    size_t need = c->count + more;
    if (need > UINT32_MAX - 1)
        return ts_error_set(err, TS_ENOMEM, "catalogue too large");
    if (tsi_grow(&c->items, &c->cap, need, sizeof *c->items, 64) != 0 ||
        tsi_map_reserve(&c->map, need) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    return TS_OK;
}

/* Which header column holds each field; -1 when absent. */
enum { COL_ID, COL_UNIT, COL_KIND, COL_VI, COL_EN, COL_SHORTEST, NCOLS };
static const char *const col_names[NCOLS] = {"id", "unit", "kind", "vi", "en", "shortest"};

/* Parses the copied text of one TSV into rows (filled in place); returns
 * the row count through *nrows.  Nothing in c changes here. */
static int parse_rows(char *text, const char *name, ts_indicator *rows,
                      size_t *nrows, ts_error *err)
{
    int col[NCOLS] = {-1, -1, -1, -1, -1, -1};
    int ncols = 0, have_header = 0;
    size_t n = 0;
    long lineno = 0;
    char *fields[64];
    /* A map of this file's ids finds duplicates inside the file. */
    size_t lines = 1;
    for (char *p = text; *p; p++)
        lines += *p == '\n';
    tsi_map seen = TSI_MAP_INIT;
    const ts_indicator **seen_items = malloc(lines * sizeof *seen_items);
    long *seen_line = malloc(lines * sizeof *seen_line);
    int rc = TS_OK;
    if (tsi_map_reserve(&seen, lines) != 0 || !seen_items || !seen_line) {
        rc = ts_error_set(err, TS_ENOMEM, "out of memory");
        goto done;
    }

    tsi_lines it;
    tsi_lines_init(&it, text);
    for (char *line; (line = tsi_lines_next(&it));) {
        lineno = it.lineno;
        if (!tsi_utf8_valid(line)) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno, "invalid UTF-8");
            goto done;
        }
        size_t nf = tsi_tsv_split(line, fields, sizeof fields / sizeof fields[0]);
        if (!have_header) {
            tsi_tsv_columns(fields, nf < 64 ? nf : 64, col_names, col, NCOLS);
            for (int k = 0; k <= COL_KIND; k++)
                if (col[k] < 0) {
                    rc = tsi_row_error(err, TS_EFORMAT, name, lineno, "missing column '%s'",
                                       col_names[k]);
                    goto done;
                }
            ncols = (int)nf;
            have_header = 1;
            continue;
        }
        if ((int)nf != ncols) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno, "expected %d columns, found %zu",
                               ncols, nf);
            goto done;
        }
        ts_indicator *r = &rows[n];
        r->id = fields[col[COL_ID]];
        r->unit = fields[col[COL_UNIT]];
        r->vi = col[COL_VI] >= 0 ? fields[col[COL_VI]] : "";
        r->en = col[COL_EN] >= 0 ? fields[col[COL_EN]] : "";
        if (!valid_id(r->id)) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno,
                           "column 'id': \"%s\" is not a valid id", r->id);
            goto done;
        }
        if (!ts_unit_is_canonical(r->unit)) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno,
                           "column 'unit': \"%s\" is not a canonical unit", r->unit);
            goto done;
        }
        if (ts_kind_parse(fields[col[COL_KIND]], &r->kind) != TS_OK) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno,
                           "column 'kind': \"%s\" is not flow, stock, rate or index",
                           fields[col[COL_KIND]]);
            goto done;
        }
        const char *sh = col[COL_SHORTEST] >= 0 ? fields[col[COL_SHORTEST]] : "";
        r->shortest = TS_SHORTEST_MONTH;
        if (*sh && ts_shortest_parse(sh, &r->shortest) != TS_OK) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno,
                               "column 'shortest': \"%s\" is not month, quarter or year", sh);
            goto done;
        }
        tsi_map_probe p;
        uint32_t first = find_id(&seen, seen_items, r->id, &p);
        if (first != TSI_MAP_NONE) {
            rc = tsi_row_error(err, TS_EINVAL, name, lineno,
                               "duplicate id \"%s\" (first on line %ld)", r->id, seen_line[first]);
            goto done;
        }
        seen_items[n] = r;
        seen_line[n] = lineno;
        tsi_map_put(&seen, &p, (uint32_t)n);
        n++;
    }
    lineno = it.lineno;
    if (!have_header)
        rc = tsi_row_error(err, TS_EFORMAT, name, lineno ? lineno : 1,
                       "no header line (id, unit, kind)");
done:
    tsi_map_reset(&seen);
    free(seen_items);
    free(seen_line);
    if (rc == TS_OK)
        *nrows = n;
    return rc;
}

int ts_catalog_load_text(ts_catalog *c, const char *text, const char *name, ts_error *err)
{
    if (!name)
        name = "catalogue";
    size_t len = strlen(text), lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    block *b = calloc(1, sizeof *b);
    if (b) {
        b->text = malloc(len + 1);
        b->rows = malloc(lines * sizeof *b->rows);
    }
    if (!b || !b->text || !b->rows) {
        if (b) {
            free(b->text);
            free(b->rows);
        }
        free(b);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    memcpy(b->text, text, len + 1);
    size_t n = 0;
    int rc = parse_rows(b->text, name, b->rows, &n, err);
    if (rc == TS_OK)
        rc = reserve(c, n, err);
    if (rc != TS_OK) {
        free(b->text);
        free(b->rows);
        free(b);
        return rc;
    }
    /* Nothing below can fail: the whole file goes in or none of it. */
    for (size_t i = 0; i < n; i++) {
        tsi_map_probe p;
        uint32_t at = find_id(&c->map, c->items, b->rows[i].id, &p);
        if (at != TSI_MAP_NONE) {
            c->items[at] = &b->rows[i];
        } else {
            c->items[c->count] = &b->rows[i];
            tsi_map_put(&c->map, &p, (uint32_t)c->count++);
        }
    }
    b->next = c->blocks;
    c->blocks = b;
    return TS_OK;
}

int ts_catalog_load(ts_catalog *c, const char *path, ts_error *err)
{
    char *buf;
    int rc = tsi_file_slurp(path, &buf, err);
    if (rc != TS_OK)
        return rc;
    rc = ts_catalog_load_text(c, buf, path, err);
    free(buf);
    return rc;
}

ts_catalog *ts_catalog_new(ts_error *err)
{
    ts_catalog *c = calloc(1, sizeof *c);
    if (!c) {
        ts_error_set(err, TS_ENOMEM, "out of memory");
        return NULL;
    }
    if (ts_catalog_load_text(c, ts_builtin_indicators_tsv, "indicators.tsv (built in)", err) !=
        TS_OK) {
        ts_catalog_free(c);
        return NULL;
    }
    return c;
}

void ts_catalog_free(ts_catalog *c)
{
    if (!c)
        return;
    for (block *b = c->blocks, *next; b; b = next) {
        next = b->next;
        free(b->text);
        free(b->rows);
        free(b);
    }
    free(c->items);
    tsi_map_reset(&c->map);
    free(c);
}
