/* Where each fact of a document came from (a line of a fact file, a byte
 * of a report), kept compactly so that a message about the k-th fact of a
 * document can name its place: runs of consecutive lines are one entry,
 * so a file of millions of rows costs a few bytes. */
#ifndef TS_CLI_DOCLINES_H
#define TS_CLI_DOCLINES_H

#include <stdint.h>
#include "ts.h"

typedef struct doclines doclines;

doclines *doclines_new(void);
/* Notes that the next fact of document `name` (read from path) came from
 * place `at` (a line, or with is_report a byte offset).  -1 when out of
 * memory. */
int doclines_note(doclines *d, const char *name, const char *path, int is_report, long at);
/* Forgets what was noted for document name (a new version starts). */
void doclines_forget(doclines *d, const char *name);
/* The path and place of fact k (from 0) of document name: 1, or 0 when it
 * is not known. */
int doclines_find(const doclines *d, const char *name, uint64_t k, const char **path,
                  int *is_report, long *at);
/* Warns that document doc stated fact f again (fact `dropped`, dropped)
 * after fact `kept`, naming both places: "tool: FILE:LINE: KEY PERIOD
 * stated again (first on line N); the first is kept". */
void doclines_warn_duplicate(const doclines *d, const char *tool, const char *doc,
                             uint64_t kept, uint64_t dropped, const ts_fact *f);
void doclines_free(doclines *d);

#endif
