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
