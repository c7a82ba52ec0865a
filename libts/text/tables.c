/* Indicator tables ("phụ biểu", statistics offices' indicator x year
 * tables, the plan tables of resolutions) among a report's lines, in any
 * layout text conversion leaves them in.  The steps: the lines cut into
 * cells (table_grid.c), headers stacked over several lines put together
 * (table_stacked.c), tables with the years down their side turned
 * (table_transposed.c), a header found and its columns read
 * (table_head.c), the rows under it as the layout gives them
 * (table_body.c), and what each row means and the facts of its figures
 * (table_row.c).  This file runs them table after table. */
#include "ts_extract.h"
#include "text/table.h"

#include <stdlib.h>
#include <string.h>

int tbl_text_set(tbl_ctx *c, const char *text, size_t len)
{
    if (tsx_fold_text(c->f, text, len) != 0 || tsx_tags_build(&c->tags, c->lx, c->f, text, len) != 0)
        return TS_ENOMEM;
    reader *r = &c->r;
    memset(r, 0, sizeof *r);
    r->orig = text;
    r->olen = len;
    r->f = c->f;
    r->tags = &c->tags;
    r->s = c->f->s;
    r->n = c->f->len;
    r->cx = &c->reader_cx;
    r->lx = c->lx;
    r->cat = c->cat;
    r->fn = c->sink->fact;
    r->user = c->sink->user;
    r->excerpt = "";
    return TS_OK;
}

int tbl_unit_alone(const reader *r, ts_unit_match *um)
{
    size_t e = tsx_unit_read(r->tags, r->s, r->n, rd_skip_spaces(r, 0), um);
    return e && rd_skip_spaces(r, e) >= r->n;
}

int tbl_parts_alone(tbl_ctx *c, const char *text, size_t len)
{
    if (tbl_text_set(c, text, len) != TS_OK)
        return 0;
    const reader *r = &c->r;
    size_t i = 0;
    while (i < r->n && !tsx_is_word((unsigned char)r->s[i]))
        i++;
    size_t e = rd_at(r, i, TSX_C_CARRIER_PART);
    while (e && e < r->n && !tsx_is_word((unsigned char)r->s[e]))
        e++;
    return e && e >= r->n;
}

/* Reads every table of the grid. */
static int read_all(tbl_ctx *c, int has_default)
{
    tbl_table t;
    tbl_body b;
    memset(&b, 0, sizeof b);
    int rc = TS_OK;
    size_t i = 0;
    while (i < c->g.nline) {
        int found = tbl_head_find(c, i, &t, has_default);
        if (found <= 0) {
            rc = found < 0 ? TS_ENOMEM : TS_OK;
            break;
        }
        tbl_count n = {0, 0, 0};
        if (tbl_body_read(c, &t, &b) != TS_OK || tbl_rows_emit(c, &t, &b, &n) != TS_OK) {
            rc = TS_ENOMEM;
            break;
        }
        /* A header with no row of figures under it was no table. */
        if (c->sink->table && n.rows) {
            ts_table_info info = {t.offset, n.rows, t.ncol, n.figures, n.read};
            c->sink->table(c->sink->user, &info);
        }
        /* Every table found lies past the search's start, so this moves
         * on; the guard keeps a header finder's slip from spinning. */
        size_t next = b.end > t.body ? b.end : t.body;
        i = next > i ? next : i + 1;
    }
    tbl_body_free(&b);
    return rc;
}

int tsx_extract_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                       int has_default, const ts_lexicon *lx, const ts_catalog *cat,
                       const ts_extract_sink *sink, tsx_fold *f, ts_error *err)
{
    tbl_ctx c;
    memset(&c, 0, sizeof c);
    c.cx = cx;
    c.reader_cx = *cx;
    c.lx = lx;
    c.cat = cat;
    c.sink = sink;
    c.f = f;
    tbl_glossless gl;
    int rc = tbl_glossless_build(&gl, lines, n_lines);
    if (rc == TS_OK && gl.line) {
        lines = gl.line;
        n_lines = gl.nline;
    }
    if (rc == TS_OK)
        rc = tbl_grid_build(&c.g, lines, n_lines);
    if (rc == TS_OK)
        rc = tbl_stacked_heads(&c, lines, n_lines);
    if (rc == TS_OK)
        rc = tbl_spaced_recut(&c, lines, n_lines);
    if (rc == TS_OK)
        rc = tbl_transpose(&c);
    if (rc == TS_OK)
        rc = read_all(&c, has_default);
    tbl_grid_free(&c.g);
    tbl_glossless_free(&gl);
    tsx_tags_free(&c.tags);
    tsx_buf_free(&c.text);
    if (rc != TS_OK)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    return TS_OK;
}

int ts_extract_tables_to(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                         const ts_lexicon *lx, const ts_catalog *cat,
                         const ts_extract_sink *sink, ts_error *err)
{
    tsx_fold f = {0};
    /* A context zeroed by the caller names no period. */
    int has_default = cx->period.first != 0 || cx->period.last != 0;
    int rc = tsx_extract_tables(lines, n_lines, cx, has_default, lx, cat, sink, &f, err);
    tsx_fold_free(&f);
    return rc;
}

int ts_extract_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                      const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                      void *user, ts_error *err)
{
    ts_extract_sink sink = {.fact = fn, .user = user};
    return ts_extract_tables_to(lines, n_lines, cx, lx, cat, &sink, err);
}
