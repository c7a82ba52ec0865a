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

/* Language data that must be refused: TS_EINVAL naming file and line,
 * nothing of it added to lx. */
typedef struct {
    const char *text;
    long line;
    const char *msg;
} bad_data;

static inline void expect_refused(ts_lexicon *lx, const bad_data *bad, size_t n, const char *file)
{
    for (size_t i = 0; i < n; i++) {
        ts_error e;
        size_t before = ts_lexicon_count(lx);
        int rc = ts_lexicon_load_text(lx, bad[i].text, file, &e);
        if (rc != TS_EINVAL || e.line != bad[i].line)
            fail_msg("case %zu: rc %d line %ld: %s", i, rc, e.line, e.msg);
        assert_string_equal(e.file, file);
        assert_string_equal(e.msg, bad[i].msg);
        assert_int_equal(ts_lexicon_count(lx), before);
    }
}

#endif
