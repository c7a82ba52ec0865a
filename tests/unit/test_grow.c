/* grow.c: capacity doubling keeps contents, honours the first capacity,
 * and refuses sizes that would overflow without touching the array. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "core/grow.h"

static void doubles_and_keeps_contents(void **state)
{
    (void)state;
    int *a = NULL;
    size_t cap = 0;
    for (int i = 0; i < 100; i++) {
        assert_int_equal(tsi_grow(&a, &cap, (size_t)i + 1, sizeof *a, 8), 0);
        a[i] = i * 3;
    }
    assert_int_equal(cap, 128); /* 8, 16, 32, 64, 128 */
    for (int i = 0; i < 100; i++)
        assert_int_equal(a[i], i * 3);
    /* Enough room already: nothing moves. */
    int *before = a;
    assert_int_equal(tsi_grow(&a, &cap, 128, sizeof *a, 8), 0);
    assert_ptr_equal(a, before);
    free(a);
}

static void overflow_is_refused(void **state)
{
    (void)state;
    double *a = NULL;
    size_t cap = 0;
    assert_int_equal(tsi_grow(&a, &cap, 4, sizeof *a, 4), 0);
    double *before = a;
    assert_int_equal(tsi_grow(&a, &cap, SIZE_MAX / 2, sizeof *a, 4), -1);
    assert_ptr_equal(a, before);
    assert_int_equal(cap, 4);
    assert_int_equal(tsi_resize(&a, SIZE_MAX / 4, sizeof *a), -1);
    assert_ptr_equal(a, before);
    assert_int_equal(tsi_resize(&a, 1000, sizeof *a), 0);
    a[999] = 1.5;
    free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(doubles_and_keeps_contents),
        cmocka_unit_test(overflow_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
