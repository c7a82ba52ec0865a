/* libFuzzer target for unit phrases: ts_unit_match_text stays inside the
 * buffer, names only canonical ids with a positive finite factor, and
 * leaves its output alone when nothing matches. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ts_unit_match m = {NULL, -1};
    size_t n = ts_unit_match_text((const char *)data, size, &m);
    CHECK(n <= size);
    if (n == 0) {
        CHECK(m.unit == NULL && m.factor == -1);
        return 0;
    }
    CHECK(m.unit && ts_unit_is_canonical(m.unit));
    CHECK(isfinite(m.factor) && m.factor > 0);
    /* The consumed prefix alone is the same unit. */
    ts_unit_match again = {NULL, -1};
    CHECK(ts_unit_match_text((const char *)data, n, &again) == n);
    CHECK(strcmp(again.unit, m.unit) == 0 && again.factor == m.factor);
    /* Conversion to itself is the identity. */
    double v = 0;
    CHECK(ts_unit_convert(2.5, m.unit, m.unit, &v, NULL) == TS_OK && v == 2.5);
    return 0;
}
