/* Provenance at hand: the sentence behind a stored fact, read from the
 * document's text the store keeps (each document split into sentences
 * once, the way ts-import read it). */
#ifndef TS_CLI_EXCERPT_H
#define TS_CLI_EXCERPT_H

#include <stddef.h>
#include "ts.h"

typedef struct cli_excerpts cli_excerpts;

/* Excerpts from the documents of st (borrowed); NULL when out of memory. */
cli_excerpts *cli_excerpts_new(ts_store *st);
/* The sentence of document doc that starts at byte offset (or, failing
 * that, the line there, or the sentence the offset falls in); NULL when
 * the document or its text is unknown, with err filled.  Valid until the
 * excerpts are freed. */
const char *cli_excerpt(cli_excerpts *x, const char *doc, size_t offset, ts_error *err);
void cli_excerpts_free(cli_excerpts *x);

#endif
