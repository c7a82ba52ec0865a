/* --into STORE (see into.h): the derived TSV read back into the store. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "into.h"
#include "ts.h"

void cli_command_name(const char *prog, int argc, char **argv, char *buf, size_t n)
{
    size_t k = (size_t)snprintf(buf, n, "%s", prog);
    for (int i = 1; i < argc && k < n; i++) {
        /* The store options say where, not what. */
        if (strcmp(argv[i], "--into") == 0 || strcmp(argv[i], "--wait") == 0) {
            i++;
            continue;
        }
        if (strncmp(argv[i], "--into=", 7) == 0 || strncmp(argv[i], "--wait=", 7) == 0)
            continue;
        k += (size_t)snprintf(buf + k, n - k, " %s", argv[i]);
    }
}

/* The file's bytes, read through the descriptor (the reader reads with
 * read(2), so its offset, not stdio's, must be back at the start). */
static char *read_back(const char *tool, FILE *fp, long *len)
{
    char *doc = NULL;
    *len = ftell(fp);
    if (*len < 0 || !(doc = malloc((size_t)*len + 1))) {
        cli_warn(tool, "out of memory for the derived document");
        return NULL;
    }
    int fd = fileno(fp);
    if (fflush(fp) != 0 || pread(fd, doc, (size_t)*len, 0) != *len ||
        lseek(fd, 0, SEEK_SET) != 0) {
        cli_warn(tool, "cannot read back the derived document: %s", strerror(errno));
        free(doc);
        return NULL;
    }
    return doc;
}

int cli_store_derived(const char *tool, const char *path, double wait, const char *name,
                      FILE *fp)
{
    ts_error e;
    ts_txn *txn = NULL;
    ts_reader *r = NULL;
    long len;
    char *doc = read_back(tool, fp, &len);
    if (!doc)
        return -1;
    if (cli_store_begin(tool, path, wait, &txn, &e) != TS_OK) {
        cli_report(tool, &e);
        free(doc);
        return -1;
    }
    ts_source_new src;
    memset(&src, 0, sizeof src);
    src.name = name;
    src.kind = TS_SOURCE_TSV;
    src.text = doc;
    src.text_len = (size_t)len;
    size_t d;
    int changed, rc;
    if (ts_txn_add_source(txn, &src, &d, &changed, &e) != TS_OK)
        goto fail;
    if (!(r = ts_reader_open_stream(fp, name, &e)))
        goto fail;
    ts_fact f;
    while ((rc = ts_reader_next(r, &f, &e)) == TS_OK)
        if (ts_txn_add_fact(txn, &f, d, -1, &e) != TS_OK)
            goto fail;
    if (rc != TS_EOF)
        goto fail;
    ts_reader_close(r);
    free(doc);
    if (ts_txn_commit(txn, &e) != TS_OK) {
        cli_report(tool, &e);
        return -1;
    }
    return 0;
fail:
    cli_report(tool, &e);
    ts_reader_close(r);
    ts_txn_abort(txn);
    free(doc);
    return -1;
}
