/* Unit tests of libts/core/sha256.c: the FIPS 180-4 examples, padding edge
 * lengths checked against sha256sum, split feeding, and a context used
 * again after it was finished. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "ts.h"

static void test_known_digests(void **state)
{
    (void)state;
    static const struct { const char *in, *hex; } cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        /* 55, 56 and 64 bytes: the padding's edge cases (sha256sum). */
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
         "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
         "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
         "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        /* UTF-8 text, checked with sha256sum. */
        {"Tổng thu NSNN", "f913655f19d1979894e84b820b751acb26c61b2836121766ff1f8b8cbdd12d0f"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char hex[65];
        ts_sha256_hex(cases[i].in, strlen(cases[i].in), hex);
        assert_string_equal(hex, cases[i].hex);
    }
}

static void test_split_feeding(void **state)
{
    (void)state;
    /* One million 'a' (FIPS 180-2 example), fed in uneven pieces. */
    static char buf[1000000];
    memset(buf, 'a', sizeof buf);
    ts_sha256 c;
    ts_sha256_init(&c);
    size_t at = 0, step = 1;
    while (at < sizeof buf) {
        size_t n = sizeof buf - at < step ? sizeof buf - at : step;
        ts_sha256_update(&c, buf + at, n);
        at += n;
        step = step * 3 % 211 + 1;
    }
    char hex[65];
    ts_sha256_final(&c, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* Finishing starts the hash again. */
    ts_sha256_update(&c, "abc", 3);
    ts_sha256_final(&c, hex);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_digests),
        cmocka_unit_test(test_split_feeding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
