/* libFuzzer target for Vietnamese numbers: ts_vnum_parse accepts a whole
 * token or fails cleanly without touching its output; ts_vnum_scan stays
 * inside the buffer, and the prefix it consumes parses to the same value. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    ts_vnum v, untouched;
    memset(&v, 0x3c, sizeof v);
    untouched = v;
    ts_error err;
    int rc = ts_vnum_parse(text, size, &v, &err);
    if (rc == TS_OK) {
        CHECK(isfinite(v.value) && v.value >= 0 && v.value <= 1e15);
        CHECK(v.decimals >= 0 && v.quals < 32);
        if (v.kind == TS_VNUM_RANGE)
            CHECK(v.value2 >= v.value && v.value2 <= 1e15);
        else if (v.kind == TS_VNUM_RATIO)
            CHECK(isfinite(v.value2) && v.value2 >= 0 && v.value2 <= 1e15);
        else
            CHECK(v.kind == TS_VNUM_NUMBER && v.value2 == 0);
    } else {
        CHECK(rc == TS_EINVAL || rc == TS_ERANGE);
        CHECK(err.code == rc && err.msg[0] != '\0');
        CHECK(memcmp(&v, &untouched, sizeof v) == 0);
    }

    double x = -1;
    int d = -1;
    size_t n = ts_vnum_scan(text, size, &x, &d);
    CHECK(n <= size);
    if (n == 0) {
        CHECK(x == -1 && d == -1);
        CHECK(size == 0 || text[0] < '0' || text[0] > '9');
        return 0;
    }
    CHECK(text[0] >= '0' && text[0] <= '9' && text[n - 1] >= '0' && text[n - 1] <= '9');
    CHECK(x >= 0 && d >= 0);
    /* The scanned prefix is itself a whole number token. */
    ts_vnum w;
    rc = ts_vnum_parse(text, n, &w, NULL);
    if (x <= 1e15) {
        CHECK(rc == TS_OK && w.kind == TS_VNUM_NUMBER && w.quals == 0);
        CHECK(w.value == x && w.decimals == d);
    } else {
        CHECK(rc == TS_ERANGE);
    }
    return 0;
}
