/* libFuzzer target for ts_period_parse and the period arithmetic: any
 * input either fails cleanly or yields an interval whose canonical text
 * parses back to itself, and whose shifts and predecessor are consistent. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    ts_period p = {7, 7};
    ts_error err;
    int rc = ts_period_parse(text, size, &p, &err);
    if (rc != TS_OK) {
        CHECK(rc == TS_EINVAL || rc == TS_ERANGE);
        CHECK(err.code == rc && err.msg[0] != '\0');
        CHECK(memchr(err.msg, '\0', sizeof err.msg) != NULL);
        CHECK(p.first == 7 && p.last == 7); /* untouched */
        return 0;
    }
    CHECK(p.first <= p.last);

    /* Canonical text: bounded, parses back to the same interval, and
     * formats to itself again. */
    char buf[TS_PERIOD_TEXT_MAX], buf2[TS_PERIOD_TEXT_MAX];
    size_t n = ts_period_format(p, buf, sizeof buf);
    CHECK(n > 0 && n < TS_PERIOD_TEXT_MAX && strlen(buf) == n);
    ts_period q;
    CHECK(ts_period_parse(buf, n, &q, NULL) == TS_OK);
    CHECK(ts_period_cmp(p, q) == 0);
    CHECK(ts_period_format(q, buf2, sizeof buf2) == n && memcmp(buf, buf2, n) == 0);
    CHECK(ts_period_contains(p, p));

    /* Shapes agree with month counts. */
    ts_period_kind k = ts_period_kind_of(p);
    int months = ts_period_months_count(p);
    CHECK((months > 0) == (ts_period_is_whole_months(p) != 0));
    CHECK((k == TS_PERIOD_DAY || k == TS_PERIOD_DAYS) == (months == 0));
    if (k == TS_PERIOD_YEAR)
        CHECK(months == 12);
    if (k == TS_PERIOD_QUARTER)
        CHECK(months == 3);

    /* Whole-month periods shift and step back by whole months exactly. */
    if (months) {
        ts_period back = ts_period_shift_years(ts_period_shift_years(p, 1), -1);
        CHECK(ts_period_cmp(back, p) == 0);
        ts_period prev = ts_period_previous(p);
        CHECK(prev.last == p.first - 1);
        CHECK(ts_period_months_count(prev) == months);
        ts_period a = ts_period_shift_years(p, -1);
        CHECK(ts_period_months_count(a) == months);
        CHECK(ts_period_kind_of(a) == k);
    } else {
        ts_period prev = ts_period_previous(p);
        CHECK(prev.last == p.first - 1 && prev.last - prev.first == p.last - p.first);
        ts_period a = ts_period_shift_years(p, -1);
        CHECK(a.first <= a.last);
    }
    return 0;
}
