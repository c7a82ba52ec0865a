/* sum --areas 2025 for a tool (see crosswalk_cli.h). */
#include <stdlib.h>
#include "areas.h"
#include "cli.h"
#include "crosswalk_cli.h"

struct cli_crosswalk {
    const char *tool;
    ts_crosswalk *x;
    ts_gazetteer *own_g;
    ts_catalog *cat;
    const char *said[64][2]; /* indicator, measure already refused */
    size_t n_said;
};

cli_crosswalk *cli_crosswalk_new(const char *tool, fact_input *in, const char *catalog_path,
                                 int32_t day)
{
    ts_error e;
    cli_crosswalk *c = calloc(1, sizeof *c);
    if (!c) {
        cli_warn(tool, "out of memory");
        return NULL;
    }
    c->tool = tool;
    const ts_gazetteer *g = fact_input_gazetteer(in);
    if (!g && !(g = c->own_g = cli_gazetteer_open(tool, NULL, 0))) {
        free(c);
        return NULL;
    }
    if (!(c->cat = ts_catalog_new(&e)) ||
        (catalog_path && ts_catalog_load(c->cat, catalog_path, &e) != TS_OK) ||
        !(c->x = ts_crosswalk_new(g, c->cat, day, &e))) {
        cli_report(tool, &e);
        cli_crosswalk_free(c);
        return NULL;
    }
    return c;
}

int cli_crosswalk_add(void *ctx, const ts_series *s, ts_error *err)
{
    cli_crosswalk *c = ctx;
    const char *why;
    int rc = ts_crosswalk_add(c->x, s, &why, err);
    if (rc != TS_EINVAL)
        return rc;
    for (size_t i = 0; i < c->n_said; i++)
        if (c->said[i][0] == s->indicator && c->said[i][1] == s->measure)
            return TS_OK;
    if (c->n_said < 64) {
        c->said[c->n_said][0] = s->indicator;
        c->said[c->n_said++][1] = s->measure;
    }
    cli_warn(c->tool, "sum --areas: %s %s %s left out: %s", s->indicator, s->area, s->measure,
             why);
    return TS_OK;
}

int cli_crosswalk_write(cli_crosswalk *c, ts_writer *w)
{
    ts_error e;
    if (ts_crosswalk_finish(c->x, &e) != TS_OK) {
        cli_report(c->tool, &e);
        return -1;
    }
    const char *derived = TS_SOURCE_DERIVED;
    for (size_t i = 0; i < ts_crosswalk_count(c->x); i++) {
        ts_series key;
        ts_point pt;
        ts_crosswalk_get(c->x, i, &key, &pt);
        key.n = 1;
        key.period = &pt.period;
        key.value = &pt.value;
        key.status = &pt.status;
        key.source = &derived;
        if (ts_writer_write_series(w, &key, &e) != TS_OK) {
            cli_report(c->tool, &e);
            return -1;
        }
    }
    size_t n = ts_crosswalk_incomplete(c->x);
    if (n)
        cli_warn(c->tool, "sum --areas: %zu total%s left out: not every area that made up the "
                 "province gave a value for the period", n, n == 1 ? "" : "s");
    return 0;
}

void cli_crosswalk_free(cli_crosswalk *c)
{
    if (!c)
        return;
    ts_crosswalk_free(c->x);
    ts_catalog_free(c->cat);
    ts_gazetteer_free(c->own_g);
    free(c);
}
