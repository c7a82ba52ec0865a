/* map.c: the library's one hash map finds what was put, keeps every id
 * through growth, tells equal hashes apart by the caller's comparison,
 * rebuilds after a clear, and refuses an impossible size unchanged. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/map.h"

/* Finds key among names (indexed by m) or adds it as names[*n]. */
static uint32_t find_or_add(tsi_map *m, char names[][16], size_t *n, const char *key, uint32_t h)
{
    assert_int_equal(tsi_map_reserve(m, *n + 1), 0);
    tsi_map_probe p;
    for (uint32_t id = tsi_map_first(m, h, &p); id != TSI_MAP_NONE; id = tsi_map_next(m, &p))
        if (strcmp(names[id], key) == 0)
            return id;
    snprintf(names[*n], 16, "%s", key);
    tsi_map_put(m, &p, (uint32_t)*n);
    return (uint32_t)(*n)++;
}

static uint32_t hash_of(const char *s)
{
    return tsi_hash_bytes(s, strlen(s), 0);
}

static void finds_what_was_put_through_growth(void **state)
{
    (void)state;
    static char names[5000][16];
    tsi_map m = TSI_MAP_INIT;
    size_t n = 0;
    char k[16];
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "key%d", i);
        assert_int_equal(find_or_add(&m, names, &n, k, hash_of(k)), i);
    }
    assert_int_equal(m.count, 5000);
    assert_true(m.cap >= 10000); /* never more than half full */
    for (int i = 4999; i >= 0; i--) {
        snprintf(k, sizeof k, "key%d", i);
        assert_int_equal(find_or_add(&m, names, &n, k, hash_of(k)), i);
    }
    assert_int_equal(n, 5000);
    tsi_map_probe p;
    assert_int_equal(tsi_map_first(&m, hash_of("absent"), &p), TSI_MAP_NONE);
    tsi_map_reset(&m);
    assert_int_equal(m.cap, 0);
    /* An empty map answers lookups without memory. */
    assert_int_equal(tsi_map_first(&m, 7, &p), TSI_MAP_NONE);
}

static void equal_hashes_are_told_apart(void **state)
{
    (void)state;
    static char names[100][16];
    tsi_map m = TSI_MAP_INIT;
    size_t n = 0;
    char k[16];
    /* Every key under one hash: the caller's comparison decides. */
    for (int i = 0; i < 100; i++) {
        snprintf(k, sizeof k, "c%d", i);
        assert_int_equal(find_or_add(&m, names, &n, k, 42), i);
    }
    assert_int_equal(find_or_add(&m, names, &n, "c57", 42), 57);
    assert_int_equal(find_or_add(&m, names, &n, "c0", 42), 0);
    assert_int_equal(n, 100);
    tsi_map_reset(&m);
}

static void clear_then_rebuild(void **state)
{
    (void)state;
    static char names[64][16];
    tsi_map m = TSI_MAP_INIT;
    size_t n = 0;
    char k[16];
    for (int i = 0; i < 64; i++) {
        snprintf(k, sizeof k, "r%d", i);
        find_or_add(&m, names, &n, k, hash_of(k));
    }
    size_t cap = m.cap;
    tsi_map_clear(&m);
    assert_int_equal(m.count, 0);
    assert_int_equal(m.cap, cap); /* memory kept */
    tsi_map_probe p;
    assert_int_equal(tsi_map_first(&m, hash_of("r3"), &p), TSI_MAP_NONE);
    /* Reversed order, as after a sort: ids follow the new positions. */
    for (int i = 0; i < 64; i++)
        assert_int_equal(tsi_map_add_new(&m, hash_of(names[63 - i]), (uint32_t)i), 0);
    uint32_t id = tsi_map_first(&m, hash_of("r3"), &p);
    while (id != TSI_MAP_NONE && strcmp(names[63 - id], "r3") != 0)
        id = tsi_map_next(&m, &p);
    assert_int_equal(id, 60);
    tsi_map_reset(&m);
}

static void impossible_size_is_refused(void **state)
{
    (void)state;
    tsi_map m = TSI_MAP_INIT;
    assert_int_equal(tsi_map_reserve(&m, 10), 0);
    tsi_map_slot *before = m.slot;
    size_t cap = m.cap;
    assert_int_equal(tsi_map_reserve(&m, (size_t)TSI_MAP_NONE), -1);
    assert_ptr_equal(m.slot, before);
    assert_int_equal(m.cap, cap);
    tsi_map_reset(&m);
}

static void hash_spreads_short_keys(void **state)
{
    (void)state;
    /* The low bits index the table: neighbouring keys must not pile up. */
    int used[256] = {0};
    char k[16];
    for (int i = 0; i < 256; i++) {
        snprintf(k, sizeof k, "%d", i);
        used[tsi_hash_bytes(k, strlen(k), 0) & 255]++;
    }
    int empty = 0;
    for (int i = 0; i < 256; i++)
        empty += !used[i];
    assert_true(empty < 128); /* a random function leaves about 94 empty */
    assert_int_not_equal(tsi_hash_bytes("ab", 2, 0), tsi_hash_bytes("ba", 2, 0));
    assert_int_not_equal(tsi_hash_bytes("ab", 2, 0), tsi_hash_bytes("ab", 2, 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_what_was_put_through_growth),
        cmocka_unit_test(equal_hashes_are_told_apart),
        cmocka_unit_test(clear_then_rebuild),
        cmocka_unit_test(impossible_size_is_refused),
        cmocka_unit_test(hash_spreads_short_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
