/* Excerpts of stored documents (see excerpt.h): the document's text from
 * the store, parsed with the same reader ts-import uses, so offsets and
 * sentences agree with the facts'. */
#include <stdlib.h>
#include <string.h>
#include "excerpt.h"
#include "ts_text.h"

typedef struct {
    char *name;
    ts_doc *doc; /* NULL: the text could not be read (err kept) */
    ts_error err;
} parsed;

struct cli_excerpts {
    ts_store *st;
    parsed *docs;
    size_t n;
};

cli_excerpts *cli_excerpts_new(ts_store *st)
{
    cli_excerpts *x = calloc(1, sizeof *x);
    if (x)
        x->st = st;
    return x;
}

void cli_excerpts_free(cli_excerpts *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->n; i++) {
        free(x->docs[i].name);
        ts_doc_free(x->docs[i].doc);
    }
    free(x->docs);
    free(x);
}

/* Document name, parsed on first use. */
static parsed *get(cli_excerpts *x, const char *name)
{
    for (size_t i = 0; i < x->n; i++)
        if (strcmp(x->docs[i].name, name) == 0)
            return &x->docs[i];
    parsed *d = realloc(x->docs, (x->n + 1) * sizeof *d);
    if (!d)
        return NULL;
    x->docs = d;
    parsed *p = &x->docs[x->n];
    memset(p, 0, sizeof *p);
    if (!(p->name = strdup(name)))
        return NULL;
    x->n++;
    size_t i, len;
    char *text;
    if (ts_store_source_find(x->st, name, &i, &p->err) != TS_OK ||
        ts_store_source_text(x->st, i, &text, &len, &p->err) != TS_OK)
        return p;
    /* The document takes the text over. */
    if (ts_doc_parse_owned(name, text, len, &p->doc, &p->err) != TS_OK)
        p->doc = NULL;
    return p;
}

const char *cli_excerpt(cli_excerpts *x, const char *doc, size_t offset, ts_error *err)
{
    parsed *p = get(x, doc);
    if (!p)
        return ts_error_set(err, TS_ENOMEM, "out of memory"), NULL;
    if (!p->doc) {
        if (err)
            *err = p->err;
        return NULL;
    }
    const ts_span *within = NULL;
    for (size_t i = 0; i < ts_doc_sentence_count(p->doc); i++) {
        const ts_span *s = ts_doc_sentence(p->doc, i);
        if (s->offset == offset)
            return s->text;
        if (s->offset < offset && (!within || s->offset > within->offset))
            within = s;
    }
    /* A table figure's offset is its row's line. */
    for (size_t i = 0; i < ts_doc_line_count(p->doc); i++)
        if (ts_doc_line(p->doc, i)->offset == offset)
            return ts_doc_line(p->doc, i)->text;
    if (within && offset < within->offset + within->len + 1)
        return within->text;
    ts_error_set(err, TS_ENOTFOUND, "%s: no sentence at byte %zu", doc, offset);
    return NULL;
}
