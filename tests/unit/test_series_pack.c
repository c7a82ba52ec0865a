/* Unit tests of series as bytes (core/series_pack.c): series packed and
 * unpacked come back exactly (values bit for bit, keys, status, sources),
 * one after another to a clean end; a stream cut short or not made by
 * ts_series_pack is refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>
#include "ts.h"

static void test_round_trip(void **state)
{
    (void)state;
    ts_period per[4];
    for (int i = 0; i < 4; i++) per[i] = ts_period_year(2020 + i);
    const double val[4] = {1.0 / 3.0, -0.0, 4.9e-324, 1e300};
    const char st[4] = {'A', 'E', 'A', 'E'};
    const char *src[4] = {"a.txt", "derived", "", "báo cáo.txt"};
    ts_series a = {"budget.revenue", "kon-tum", "level", "bn_vnd", 4, per, val, st, src,
                   "const2010", ""};
    ts_series b = {"grdp", "gia-lai", "yoy_pct", "pct", 0, per, val, st, src, "", "central"};
    FILE *fp = tmpfile();
    assert_non_null(fp);
    ts_error err;
    assert_int_equal(ts_series_pack(fp, &a, &err), TS_OK);
    assert_int_equal(ts_series_pack(fp, &b, &err), TS_OK);
    assert_int_equal(ts_series_pack(fp, &a, &err), TS_OK);
    rewind(fp);
    ts_series_buf *buf = ts_series_buf_new(&err);
    assert_non_null(buf);
    ts_series s;
    for (int k = 0; k < 3; k++) {
        const ts_series *want = k == 1 ? &b : &a;
        assert_int_equal(ts_series_unpack(fp, buf, &s, &err), TS_OK);
        assert_string_equal(s.indicator, want->indicator);
        assert_string_equal(s.area, want->area);
        assert_string_equal(s.measure, want->measure);
        assert_string_equal(s.unit, want->unit);
        assert_string_equal(s.price, want->price);
        assert_string_equal(s.plan_by, want->plan_by);
        assert_int_equal(s.n, want->n);
        for (size_t i = 0; i < s.n; i++) {
            assert_int_equal(ts_period_cmp(s.period[i], want->period[i]), 0);
            assert_memory_equal(&s.value[i], &want->value[i], sizeof(double));
            assert_int_equal(s.status[i], want->status[i]);
            assert_string_equal(s.source[i], want->source[i]);
        }
    }
    assert_int_equal(ts_series_unpack(fp, buf, &s, &err), TS_EOF);
    ts_series_buf_free(buf);
    fclose(fp);
}

static void test_refused(void **state)
{
    (void)state;
    ts_period per[1] = {ts_period_year(2020)};
    const double val[1] = {5};
    const char st[1] = {'A'};
    const char *src[1] = {"a.txt"};
    ts_series a = {"grdp", "kon-tum", "level", "bn_vnd", 1, per, val, st, src, "", ""};
    FILE *fp = tmpfile();
    ts_error err;
    assert_int_equal(ts_series_pack(fp, &a, &err), TS_OK);
    long whole = ftell(fp);
    ts_series_buf *buf = ts_series_buf_new(&err);
    ts_series s;
    /* Every cut inside the record is refused. */
    for (long cut = 1; cut < whole; cut++) {
        FILE *part = tmpfile();
        char bytes[512];
        rewind(fp);
        assert_int_equal(fread(bytes, 1, (size_t)cut, fp), (size_t)cut);
        fwrite(bytes, 1, (size_t)cut, part);
        rewind(part);
        assert_int_equal(ts_series_unpack(part, buf, &s, &err), TS_EFORMAT);
        fclose(part);
    }
    FILE *junk = tmpfile();
    fputs("indicator\tarea\n", junk);
    rewind(junk);
    assert_int_equal(ts_series_unpack(junk, buf, &s, &err), TS_EFORMAT);
    assert_string_equal(err.msg, "not a packed series");
    fclose(junk);
    ts_series_buf_free(buf);
    fclose(fp);
}

int main(void)
{
    ts_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
