/* The decision table of libts/text/measure_table.c and the one
 * docs/extract.md prints are the same rows (run from the repository's
 * top, as make check does). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "text/measure.h"

#define DOC "docs/extract.md"

static void test_docs_print_the_table(void **state)
{
    (void)state;
    FILE *fp = fopen(DOC, "rb");
    if (!fp)
        fail_msg("cannot open %s (run from the repository's top)", DOC);
    static char doc[1 << 17];
    size_t n = fread(doc, 1, sizeof doc - 1, fp);
    fclose(fp);
    doc[n] = '\0';
    const char *open = strstr(doc, "<!-- measure-table -->\n");
    const char *close = open ? strstr(open, "<!-- /measure-table -->") : NULL;
    assert_non_null(open);
    assert_non_null(close);
    open += strlen("<!-- measure-table -->\n");
    static char want[1 << 15];
    size_t len = tsx_measure_table_markdown(want, sizeof want);
    assert_true(len < sizeof want);
    size_t have = (size_t)(close - open);
    if (have != len || memcmp(open, want, len) != 0)
        fail_msg("docs/extract.md's decision table differs from measure_table.c; it should "
                 "read:\n%s",
                 want);
}

/* The table is not empty and every row that drops a figure says why. */
static void test_rows_say_why(void **state)
{
    (void)state;
    static char rows[1 << 15];
    tsx_measure_table_markdown(rows, sizeof rows);
    size_t count = 0;
    for (const char *p = rows; (p = strchr(p, '\n')); p++)
        count++;
    assert_true(count >= 20);
    for (const char *p = rows; (p = strstr(p, "nothing")); p++)
        assert_true(strncmp(p, "nothing: ", 9) == 0 && p[9] != '|' && p[9] != ' ');
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_docs_print_the_table),
        cmocka_unit_test(test_rows_say_why),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
