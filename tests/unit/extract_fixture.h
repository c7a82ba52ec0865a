/* Shared by the extraction unit tests: the built-in lexicon and catalogue,
 * made once for a test group (cmocka's group setup and teardown). */
#ifndef EXTRACT_FIXTURE_H
#define EXTRACT_FIXTURE_H

#include "ts.h"
#include "ts_extract.h"

static ts_lexicon *LX;
static ts_catalog *CAT;

static int setup(void **state)
{
    (void)state;
    ts_error e;
    LX = ts_lexicon_new(&e);
    CAT = ts_catalog_new(&e);
    return LX && CAT ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ts_lexicon_free(LX);
    ts_catalog_free(CAT);
    return 0;
}

#endif
