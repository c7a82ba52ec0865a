/* Opening the gazetteer for a tool (see areas.h). */
#include "areas.h"
#include "cli.h"

ts_gazetteer *cli_gazetteer_open(const char *tool, char *const *files, size_t n)
{
    ts_error err;
    ts_gazetteer *g = ts_gazetteer_new(&err);
    for (size_t i = 0; g && i < n; i++)
        if (ts_gazetteer_load(g, files[i], &err) != TS_OK) {
            ts_gazetteer_free(g);
            g = NULL;
        }
    if (!g)
        cli_report(tool, &err);
    return g;
}

int cli_check_area(const char *tool, const char *slug, char *const *files, size_t n)
{
    ts_error err;
    ts_gazetteer *g = cli_gazetteer_open(tool, files, n);
    int rc = g ? ts_gazetteer_require(g, slug, &err) : TS_ENOMEM;
    if (g && rc != TS_OK)
        cli_warn(tool, "--area: %s; add it with --gazetteer FILE", err.msg);
    ts_gazetteer_free(g);
    return rc == TS_OK ? CLI_OK : CLI_FATAL;
}
