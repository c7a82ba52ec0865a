/* names.c: text to enum index and back through one array; the public
 * parsers built on it take whole names only and leave *out alone on a miss. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/names.h"
#include "ts_agg.h"
#include "ts_catalog.h"

static void index_and_name(void **state)
{
    (void)state;
    static const char *const names[] = {"sum", "last", "mean"};
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), "sum"), 0);
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), "mean"), 2);
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), "means"), -1);
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), "Mean"), -1);
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), ""), -1);
    assert_int_equal(tsi_name_index(names, TSI_COUNT(names), NULL), -1);
    assert_string_equal(tsi_name_at(names, TSI_COUNT(names), 1), "last");
    assert_string_equal(tsi_name_at(names, TSI_COUNT(names), 3), "?");
}

static void parsers_round_trip(void **state)
{
    (void)state;
    ts_stat st = TS_STAT_MAX;
    assert_int_equal(ts_stat_parse("median", &st), TS_OK);
    assert_int_equal(st, TS_STAT_MEDIAN);
    assert_string_equal(ts_stat_name(st), "median");
    assert_int_equal(ts_stat_parse("mode", &st), TS_EINVAL);
    assert_int_equal(st, TS_STAT_MEDIAN);
    assert_string_equal(ts_stat_name((ts_stat)99), "?");
    ts_how how = TS_HOW_SUM;
    assert_int_equal(ts_how_parse("max", &how), TS_OK);
    assert_int_equal(how, TS_HOW_MAX);
    assert_string_equal(ts_how_name(how), "max");
    ts_kind k = TS_KIND_FLOW;
    assert_int_equal(ts_kind_parse("rate", &k), TS_OK);
    assert_int_equal(k, TS_KIND_RATE);
    assert_string_equal(ts_kind_name(TS_KIND_STOCK), "stock");
    assert_int_equal(ts_kind_parse(NULL, &k), TS_EINVAL);
    ts_table_format f = TS_TABLE_TSV;
    assert_int_equal(ts_table_format_parse("latex", &f), TS_OK);
    assert_int_equal(f, TS_TABLE_LATEX);
    ts_freq q = TS_FREQ_QUARTER;
    assert_int_equal(ts_freq_parse("5y", &q), TS_OK);
    assert_int_equal(q, TS_FREQ_5Y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(index_and_name),
        cmocka_unit_test(parsers_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
