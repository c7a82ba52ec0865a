/* Unit tests of libts/core/gazetteer*.c: the built-in areas counted
 * against independent totals (63 provinces until 2025-06-30, 34 from
 * 2025-07-01, each province's district-level units), the slug rules,
 * lookups by slug, name and date, parents, regions, the 2025 crosswalk,
 * and user files (added whole, or rejected whole with file:line). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <cmocka.h>
#include "ts.h"
#include "ts_text.h"

static ts_gazetteer *gz;

static int setup(void **state)
{
    (void)state;
    ts_error err;
    gz = ts_gazetteer_new(&err);
    if (!gz) {
        char buf[600];
        fprintf(stderr, "%s\n", ts_error_format(&err, buf, sizeof buf));
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ts_gazetteer_free(gz);
    ts_gazetteer_free(NULL);
    return 0;
}

static int32_t day(int y, int m, int d) { return ts_days_from_civil(y, m, d); }

static size_t count_level(ts_area_level level, int32_t on)
{
    size_t n = 0;
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        n += ts_area_level_of(a->kind) == level && ts_area_valid_on(a, on);
    }
    return n;
}

/* 63 provinces and centrally-run cities until the merger (Thừa Thiên Huế
 * became the city of Huế on 2025-01-01), 34 after it. */
static void test_province_counts(void **state)
{
    (void)state;
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2016, 1, 1)), 63);
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2024, 12, 31)), 63);
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2025, 1, 1)), 63);
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2025, 6, 30)), 63);
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2025, 7, 1)), 34);
    assert_int_equal(count_level(TS_LEVEL_PROVINCE, day(2030, 1, 1)), 34);
    assert_int_equal(count_level(TS_LEVEL_DISTRICT, day(2025, 6, 30)), 696);
    assert_int_equal(count_level(TS_LEVEL_DISTRICT, day(2025, 7, 1)), 0);
    /* The six municipalities of 2025, five of them before Huế. */
    size_t muni[2] = {0, 0};
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        if (a->kind != TS_AREA_MUNICIPALITY)
            continue;
        muni[0] += ts_area_valid_on(a, day(2024, 6, 1));
        muni[1] += ts_area_valid_on(a, day(2025, 7, 1));
    }
    assert_int_equal(muni[0], 5);
    assert_int_equal(muni[1], 6);
}

/* District-level units per kind in the first half of 2025: 49 quận,
 * 508 huyện, 52 thị xã, 87 thành phố (85 in provinces, Thủ Đức and
 * Thủy Nguyên in municipalities). */
static void test_district_kinds(void **state)
{
    (void)state;
    size_t n[TS_AREA_NKINDS] = {0};
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        if (ts_area_valid_on(a, day(2025, 6, 30)))
            n[a->kind]++;
    }
    assert_int_equal(n[TS_AREA_URBAN_DISTRICT], 49);
    assert_int_equal(n[TS_AREA_DISTRICT], 508);
    assert_int_equal(n[TS_AREA_TOWN], 52);
    assert_int_equal(n[TS_AREA_PROVINCIAL_CITY], 87);
    assert_int_equal(n[TS_AREA_PROVINCE] + n[TS_AREA_MUNICIPALITY], 63);
}

/* Each province's district-level units on 2025-06-30, from the statistics
 * office's list of administrative units of early 2025. */
static void test_districts_per_province(void **state)
{
    (void)state;
    static const struct { const char *slug; size_t n; } want[] = {
        {"ha-noi", 30}, {"ha-giang", 11}, {"cao-bang", 10}, {"bac-kan", 8},
        {"tuyen-quang", 7}, {"lao-cai", 9}, {"dien-bien", 10}, {"lai-chau", 8},
        {"son-la", 12}, {"yen-bai", 9}, {"hoa-binh", 10}, {"thai-nguyen", 9},
        {"lang-son", 11}, {"quang-ninh", 13}, {"bac-giang", 10}, {"phu-tho", 13},
        {"vinh-phuc", 9}, {"bac-ninh", 8}, {"hai-duong", 12}, {"hai-phong", 15},
        {"hung-yen", 10}, {"thai-binh", 8}, {"ha-nam", 6}, {"nam-dinh", 9},
        {"ninh-binh", 7}, {"thanh-hoa", 26}, {"nghe-an", 20}, {"ha-tinh", 12},
        {"quang-binh", 8}, {"quang-tri", 10}, {"hue", 9}, {"da-nang", 8},
        {"quang-nam", 17}, {"quang-ngai", 13}, {"binh-dinh", 11}, {"phu-yen", 9},
        {"khanh-hoa", 9}, {"ninh-thuan", 7}, {"binh-thuan", 10}, {"kon-tum", 10},
        {"gia-lai", 17}, {"dak-lak", 15}, {"dak-nong", 8}, {"lam-dong", 10},
        {"binh-phuoc", 11}, {"tay-ninh", 9}, {"binh-duong", 9}, {"dong-nai", 11},
        {"ba-ria-vung-tau", 7}, {"ho-chi-minh", 22}, {"long-an", 15}, {"tien-giang", 11},
        {"ben-tre", 9}, {"tra-vinh", 9}, {"vinh-long", 8}, {"dong-thap", 12},
        {"an-giang", 11}, {"kien-giang", 15}, {"can-tho", 9}, {"hau-giang", 8},
        {"soc-trang", 11}, {"bac-lieu", 7}, {"ca-mau", 9},
    };
    size_t total = 0;
    assert_int_equal(sizeof want / sizeof want[0], 63);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const ts_area *p = ts_gazetteer_find(gz, want[i].slug, day(2025, 6, 30));
        if (!p)
            fail_msg("%s not valid on 2025-06-30", want[i].slug);
        size_t n = ts_gazetteer_children(gz, p, day(2025, 6, 30), NULL, 0);
        if (n != want[i].n)
            fail_msg("%s: %zu district-level units, want %zu", want[i].slug, n, want[i].n);
        total += n;
        const ts_area *kids[40];
        assert_int_equal(ts_gazetteer_children(gz, p, day(2025, 6, 30), kids, 40), n);
        for (size_t k = 0; k < n; k++)
            assert_ptr_equal(ts_gazetteer_parent(gz, kids[k]), p);
    }
    assert_int_equal(total, 696);
}

/* The six regions hold 14, 11, 14, 5, 6 and 13 of the 63 provinces. */
static void test_regions(void **state)
{
    (void)state;
    static const struct { const char *slug; size_t n; } want[] = {
        {"trung-du-mien-nui-phia-bac", 14}, {"dong-bang-song-hong", 11},
        {"bac-trung-bo-duyen-hai-mien-trung", 14}, {"tay-nguyen", 5},
        {"dong-nam-bo", 6}, {"dong-bang-song-cuu-long", 13},
    };
    assert_int_equal(ts_gazetteer_region_count(gz), 6);
    for (size_t r = 0; r < 6; r++) {
        const ts_region *reg = ts_gazetteer_region_at(gz, r);
        assert_string_equal(reg->slug, want[r].slug);
        size_t n = 0;
        for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
            const ts_area *a = ts_gazetteer_at(gz, i);
            if (ts_area_level_of(a->kind) == TS_LEVEL_PROVINCE &&
                ts_area_valid_on(a, day(2025, 6, 30)) && ts_gazetteer_region_of(gz, a) == reg)
                n++;
        }
        if (n != want[r].n)
            fail_msg("%s: %zu provinces, want %zu", reg->slug, n, want[r].n);
    }
    const ts_area *dh = ts_gazetteer_find(gz, "dak-ha-district", TS_DAY_ANY);
    assert_string_equal(ts_gazetteer_region_of(gz, dh)->slug, "tay-nguyen");
    assert_string_equal(ts_gazetteer_region_find(gz, "Central Highlands")->slug, "tay-nguyen");
    assert_string_equal(ts_gazetteer_region_find(gz, "tay-nguyen")->slug, "tay-nguyen");
    assert_string_equal(ts_gazetteer_region_find(gz, "Tây Nguyên")->slug, "tay-nguyen");
    assert_string_equal(ts_gazetteer_region_find(gz, "ĐBSCL")->slug, "dong-bang-song-cuu-long");
    assert_null(ts_gazetteer_region_find(gz, "Mars"));
    assert_null(ts_gazetteer_region_find(gz, ""));
    assert_null(ts_gazetteer_region_at(gz, 6));
    /* A merged province of several regions has none; of one, that one. */
    assert_null(ts_gazetteer_region_of(gz, ts_gazetteer_find(gz, "quang-ngai", day(2025, 7, 1))));
    assert_string_equal(
        ts_gazetteer_region_of(gz, ts_gazetteer_find(gz, "can-tho", day(2025, 7, 1)))->slug,
        "dong-bang-song-cuu-long");
}

/* Slugs follow docs/spec/facts.md: the name's slug, plus the kind's
 * suffix inside a province; a name two district-level units of 2025 of
 * the same suffix share gets the province's slug before the suffix, for
 * all of them; a unit dissolved before 2025 whose name another
 * province's unit has gets it alone (the unit of 2025 keeps its slug). */
static void test_slug_rules(void **state)
{
    (void)state;
    size_t n = ts_gazetteer_count(gz), qualified = 0;
    for (size_t i = 0; i < n; i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        char base[128], want[256];
        ts_text_slug(a->name, strlen(a->name), base, sizeof base);
        const char *sfx = a->kind == TS_AREA_PROVINCIAL_CITY ? "-city"
                          : a->kind == TS_AREA_TOWN           ? "-town"
                          : *a->parent                        ? "-district" : "";
        size_t same = 0; /* other district-level units with this base and suffix */
        int of_2025 = ts_area_valid_on(a, day(2025, 6, 30));
        for (size_t j = 0; j < n && *a->parent; j++) {
            const ts_area *b = ts_gazetteer_at(gz, j);
            char bb[128];
            ts_text_slug(b->name, strlen(b->name), bb, sizeof bb);
            same += j != i && *b->parent && strcmp(bb, base) == 0 &&
                    (!of_2025 || ts_area_valid_on(b, day(2025, 6, 30))) &&
                    ts_area_level_of(b->kind) == TS_LEVEL_DISTRICT &&
                    strcmp(b->slug + strlen(b->slug) - strlen(sfx), sfx) == 0 &&
                    strcmp(b->parent, a->parent) != 0;
        }
        if (same) {
            snprintf(want, sizeof want, "%s-%s%s", base, a->parent, sfx);
            qualified++;
        } else {
            snprintf(want, sizeof want, "%s%s", base, sfx);
        }
        if (strcmp(a->slug, want) != 0)
            fail_msg("line of %s (%s): slug should be %s", a->slug, a->name, want);
    }
    /* Châu Thành ×10, eleven names ×2, and three units gone before 2025
     * whose name another province's unit has: Kỳ Sơn of Hòa Bình, Tân
     * Châu of An Giang and Tân Thành of Bà Rịa - Vũng Tàu (both raised and
     * renamed or re-kinded) */
    assert_int_equal(qualified, 35);
    assert_non_null(ts_gazetteer_find(gz, "chau-thanh-long-an-district", TS_DAY_ANY));
    assert_null(ts_gazetteer_find(gz, "chau-thanh-district", TS_DAY_ANY));
    assert_non_null(ts_gazetteer_find(gz, "quan-1-district", TS_DAY_ANY));
    /* A name is written without its administrative word ("Bắc Kạn", not
     * "Thành Phố Bắc Kạn"); only a numbered urban district keeps it. */
    for (size_t i = 0; i < n; i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        /* With their marks: "Quản Bạ" is a name. */
        static const char *const words[] = {"thành phố ", "thị xã ", "huyện ", "tỉnh ", "quận "};
        for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
            size_t l = strlen(words[w]);
            if (strncasecmp(a->name, words[w], l) == 0 &&
                !(w == 4 && a->name[l] >= '0' && a->name[l] <= '9'))
                fail_msg("%s: name \"%s\" carries an administrative word", a->slug, a->name);
        }
    }
    assert_non_null(ts_gazetteer_find(gz, "kon-tum-city", TS_DAY_ANY));
}

static void test_find_by_slug_and_date(void **state)
{
    (void)state;
    const ts_area *old = ts_gazetteer_find(gz, "quang-ngai", day(2020, 1, 1));
    const ts_area *now = ts_gazetteer_find(gz, "quang-ngai", day(2025, 7, 1));
    assert_non_null(old);
    assert_non_null(now);
    assert_ptr_not_equal(old, now);
    assert_int_equal(old->valid_to, day(2025, 6, 30));
    assert_int_equal(old->valid_from, TS_DAY_OPEN_FROM);
    assert_int_equal(now->valid_from, day(2025, 7, 1));
    assert_int_equal(now->valid_to, TS_DAY_OPEN_TO);
    assert_ptr_equal(ts_gazetteer_find(gz, "quang-ngai", TS_DAY_ANY), old);
    const ts_area *both[4];
    assert_int_equal(ts_gazetteer_find_all(gz, "quang-ngai", both, 4), 2);
    assert_ptr_equal(both[0], old);
    assert_ptr_equal(both[1], now);
    assert_int_equal(ts_gazetteer_find_all(gz, "ha-noi", both, 4), 1);
    assert_int_equal(ts_gazetteer_find_all(gz, "nowhere", both, 4), 0);
    assert_null(ts_gazetteer_find(gz, "kon-tum", day(2025, 7, 1)));
    assert_null(ts_gazetteer_find(gz, "thua-thien-hue", day(2025, 1, 1)));
    assert_null(ts_gazetteer_find(gz, "hue", day(2024, 12, 31)));
    assert_null(ts_gazetteer_find(gz, NULL, TS_DAY_ANY));
    const ts_area *kt = ts_gazetteer_find(gz, "kon-tum", TS_DAY_ANY);
    assert_string_equal(kt->name, "Kon Tum");
    assert_int_equal(kt->kind, TS_AREA_PROVINCE);
    assert_string_equal(kt->region, "tay-nguyen");
    assert_string_equal(kt->successor, "quang-ngai");
    assert_null(ts_gazetteer_parent(gz, kt));
    const ts_area *hcm = ts_gazetteer_find(gz, "ho-chi-minh", day(2024, 1, 1));
    assert_true(hcm->n_variants >= 4);
    assert_string_equal(hcm->variants[0], "HCM");
}

/* The crosswalk: every old province has its 2025 province, every new
 * province absorbed two or three. */
static void test_crosswalk(void **state)
{
    (void)state;
    int32_t d = day(2025, 7, 1);
    const ts_area *kt = ts_gazetteer_find(gz, "kon-tum", TS_DAY_ANY);
    const ts_area *qn = ts_gazetteer_successor_at(gz, kt, d);
    assert_ptr_equal(qn, ts_gazetteer_find(gz, "quang-ngai", d));
    assert_ptr_equal(ts_gazetteer_successor_at(gz, kt, day(2020, 1, 1)), kt);
    const ts_area *pre[4];
    assert_int_equal(ts_gazetteer_predecessors(gz, qn, pre, 4), 2);
    assert_string_equal(pre[0]->slug, "quang-ngai");
    assert_string_equal(pre[1]->slug, "kon-tum");
    /* Thừa Thiên Huế → Huế (2025-01-01), unchanged on 2025-07-01. */
    const ts_area *tth = ts_gazetteer_find(gz, "thua-thien-hue", TS_DAY_ANY);
    assert_string_equal(ts_gazetteer_successor_at(gz, tth, d)->slug, "hue");
    const ts_area *hn = ts_gazetteer_find(gz, "ha-noi", TS_DAY_ANY);
    assert_ptr_equal(ts_gazetteer_successor_at(gz, hn, d), hn);
    /* Districts were abolished; nothing precedes an area's start. */
    const ts_area *dh = ts_gazetteer_find(gz, "dak-ha-district", TS_DAY_ANY);
    assert_null(ts_gazetteer_successor_at(gz, dh, d));
    assert_null(ts_gazetteer_successor_at(gz, qn, day(2024, 1, 1)));
    size_t old = 0, absorbed = 0, merged = 0;
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++) {
        const ts_area *a = ts_gazetteer_at(gz, i);
        if (ts_area_level_of(a->kind) != TS_LEVEL_PROVINCE)
            continue;
        if (ts_area_valid_on(a, day(2025, 6, 30))) {
            const ts_area *s = ts_gazetteer_successor_at(gz, a, d);
            assert_non_null(s);
            assert_true(ts_area_valid_on(s, d));
            old++;
        }
        if (a->valid_from == d) {
            size_t n = ts_gazetteer_predecessors(gz, a, pre, 4);
            assert_true(n == 2 || n == 3);
            absorbed += n;
            merged++;
        }
    }
    assert_int_equal(old, 63);
    assert_int_equal(merged, 23);
    /* District-level units merged before 2025 lead to the unit that took
     * them over while it lasted; one shared out leads nowhere. */
    const ts_area *dd = ts_gazetteer_find(gz, "dat-do-district", day(2023, 1, 1));
    assert_null(ts_gazetteer_find(gz, "dat-do-district", day(2025, 1, 1)));
    assert_string_equal(ts_gazetteer_successor_at(gz, dd, day(2025, 3, 1))->slug, "long-dat-district");
    assert_null(ts_gazetteer_successor_at(gz, dd, d));
    const ts_area *q9 = ts_gazetteer_find(gz, "quan-9-district", TS_DAY_ANY);
    assert_string_equal(ts_gazetteer_successor_at(gz, q9, day(2022, 1, 1))->slug, "thu-duc-city");
    const ts_area *yd = ts_gazetteer_find(gz, "yen-dung-district", TS_DAY_ANY);
    assert_null(ts_gazetteer_successor_at(gz, yd, day(2025, 3, 1)));
    const ts_area *dh_old = ts_gazetteer_find(gz, "da-huoai-district", day(2020, 1, 1));
    const ts_area *dh_new = ts_gazetteer_find(gz, "da-huoai-district", day(2025, 3, 1));
    assert_ptr_not_equal(dh_old, dh_new);
    assert_ptr_equal(ts_gazetteer_successor_at(gz, dh_old, day(2025, 3, 1)), dh_new);
    assert_int_equal(absorbed, 52);
}

/* Name lookups: accents, case, spacing, administrative words, variants. */
static void test_find_name(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        int y; /* 0: any date */
        size_t n;
        const char *first;
        int by_variant;
    } cases[] = {
        {"Kon Tum", 2020, 2, "kon-tum", 0},
        {"TP. Kon Tum", 2020, 1, "kon-tum-city", 0},
        {"thành phố Kon Tum", 2020, 1, "kon-tum-city", 0},
        {"Tỉnh Kon Tum", 2020, 1, "kon-tum", 0},
        {"huyện Kon Tum", 0, 0, NULL, 0},
        {"Kontum", 2020, 2, "kon-tum", 1},
        {"Đăk Lăk", 2020, 1, "dak-lak", 0},
        {"ĐẮK LẮK", 2020, 1, "dak-lak", 0},
        {"Daklak", 2020, 1, "dak-lak", 1},
        {"Đắk Lắk", 2026, 1, "dak-lak", 0},
        {"TP.HCM", 2020, 1, "ho-chi-minh", 1},
        {"TP. Hồ Chí Minh", 2020, 1, "ho-chi-minh", 0},
        {"Thành phố Hồ Chí Minh", 0, 2, "ho-chi-minh", 0},
        {"Sài Gòn", 2020, 1, "ho-chi-minh", 1},
        {"Thừa Thiên Huế", 2020, 1, "thua-thien-hue", 0},
        {"Thừa Thiên - Huế", 2020, 1, "thua-thien-hue", 0},
        {"Huế", 2020, 2, "hue-city", 0}, /* and Thừa Thiên Huế by its variant */
        {"Huế", 2025, 1, "hue", 0},
        {"thành phố Huế", 2020, 1, "hue-city", 0},
        {"thành phố Huế", 2025, 1, "hue", 0},
        {"huyện Đất Đỏ", 2020, 1, "dat-do-district", 0},
        {"huyện Đất Đỏ", 2025, 0, NULL, 0},
        {"Quận 9", 2020, 1, "quan-9-district", 0},
        {"Tĩnh Gia", 2019, 1, "tinh-gia-district", 0}, /* Nghi Sơn from 2020-06-01 */
        {"Tĩnh Gia", 2021, 1, "nghi-son-town", 1},
        {"thị xã Phúc Yên", 2016, 1, "phuc-yen-town", 0},
        {"Phúc Yên", 2016, 1, "phuc-yen-town", 0},
        {"Phúc Yên", 2021, 1, "phuc-yen-city", 0},
        {"Bắc Cạn", 2020, 1, "bac-kan", 1},
        {"Bà Rịa-Vũng Tàu", 2020, 1, "ba-ria-vung-tau", 0},
        {"BR-VT", 2020, 1, "ba-ria-vung-tau", 1},
        {"Châu Thành", 2020, 10, NULL, 0},
        {"Quận 1", 2020, 1, "quan-1-district", 0},
        {"Tịnh Biên", 2020, 1, "tinh-bien-district", 0}, /* a town from 2023-04-10 */
        {"Tịnh Biên", 2024, 1, "tinh-bien-town", 0},
        {"Ia H’Drai", 2020, 1, "ia-hdrai-district", 0},
        {"Qui Nhơn", 2020, 1, "quy-nhon-city", 1},
        {"", 0, 0, NULL, 0},
        {"Tỉnh", 0, 0, NULL, 0},
        {"Atlantis", 0, 0, NULL, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ts_area_match m[16];
        int32_t on = cases[i].y ? day(cases[i].y, 6, 1) : TS_DAY_ANY;
        size_t n = ts_gazetteer_find_name(gz, cases[i].name, strlen(cases[i].name), on, m, 16);
        if (n != cases[i].n)
            fail_msg("\"%s\": %zu candidates, want %zu", cases[i].name, n, cases[i].n);
        if (cases[i].first) {
            assert_string_equal(m[0].area->slug, cases[i].first);
            assert_int_equal(m[0].by_variant, cases[i].by_variant);
        }
    }
    /* Candidates by name first, province level first: "Kon Tum" is the
     * province, then its city; every Châu Thành is a district. */
    ts_area_match m[16];
    assert_int_equal(ts_gazetteer_find_name(gz, "Kon Tum", 7, day(2020, 1, 1), m, 16), 2);
    assert_string_equal(m[1].area->slug, "kon-tum-city");
    assert_int_equal(ts_gazetteer_find_name(gz, "chau thanh", 10, TS_DAY_ANY, m, 3), 10);
    assert_int_equal(m[0].area->kind, TS_AREA_DISTRICT);
    /* Huế at any date: the cities by name (the municipality, province
     * level, first) before the province by variant. */
    assert_int_equal(ts_gazetteer_find_name(gz, "Huế", strlen("Huế"), TS_DAY_ANY, m, 16), 3);
    assert_string_equal(m[0].area->slug, "hue");
    assert_string_equal(m[1].area->slug, "hue-city");
    assert_string_equal(m[2].area->slug, "thua-thien-hue");
    assert_int_equal(ts_gazetteer_find_name(NULL, "Huế", 4, TS_DAY_ANY, m, 16), 0);
}

static void test_suggest(void **state)
{
    (void)state;
    const char *s[3];
    assert_int_equal(ts_gazetteer_suggest(gz, "kontum", s, 3), 3);
    assert_string_equal(s[0], "kon-tum");
    assert_int_equal(ts_gazetteer_suggest(gz, "bac-can", s, 1), 1);
    assert_string_equal(s[0], "bac-kan");
    assert_int_equal(ts_gazetteer_suggest(gz, "sai-gon", s, 2), 2);
    assert_string_equal(s[0], "ho-chi-minh");
    assert_int_equal(ts_gazetteer_suggest(gz, "dak-ha", s, 1), 1);
    assert_string_equal(s[0], "dak-ha-district");
    assert_int_equal(ts_gazetteer_suggest(gz, "x", s, 0), 0);
    /* Distinct slugs only, though quang-ngai names two areas. */
    assert_int_equal(ts_gazetteer_suggest(gz, "quang-ngai", s, 3), 3);
    assert_string_equal(s[0], "quang-ngai");
    assert_string_not_equal(s[1], "quang-ngai");
}

static void test_forms_and_kinds(void **state)
{
    (void)state;
    size_t nf = ts_gazetteer_form_count(gz), named = 0;
    for (size_t i = 0; i < nf; i++) {
        const ts_area_form *f = ts_gazetteer_form_at(gz, i);
        named += !f->by_variant;
        assert_true(strlen(f->key) > 0);
    }
    assert_int_equal(named, ts_gazetteer_count(gz));
    assert_true(nf > named);
    assert_null(ts_gazetteer_form_at(gz, nf));
    size_t words = 0;
    for (size_t i = 0; i < nf; i++) {
        size_t w = 1;
        for (const char *p = ts_gazetteer_form_at(gz, i)->key; *p; p++)
            w += *p == '-';
        words = w > words ? w : words;
    }
    assert_int_equal(ts_gazetteer_max_words(gz), words);
    assert_true(words >= 4); /* "Phan Rang-Tháp Chàm" */
    int tp = 0;
    for (size_t i = 0; i < ts_gazetteer_kind_word_count(gz); i++) {
        unsigned k;
        const char *w = ts_gazetteer_kind_word_at(gz, i, &k);
        if (strcmp(w, "tp") == 0) {
            tp = 1;
            assert_int_equal(k, (1u << TS_AREA_MUNICIPALITY) | (1u << TS_AREA_PROVINCIAL_CITY));
        }
    }
    assert_true(tp);
    assert_null(ts_gazetteer_kind_word_at(gz, 999, NULL));
    for (int k = 0; k < TS_AREA_NKINDS; k++) {
        ts_area_kind back;
        assert_int_equal(ts_area_kind_parse(ts_area_kind_name((ts_area_kind)k), &back), TS_OK);
        assert_int_equal(back, k);
        assert_true(strlen(ts_gazetteer_kind_vi(gz, (ts_area_kind)k)) > 0);
        assert_true(strlen(ts_gazetteer_kind_en(gz, (ts_area_kind)k)) > 0);
    }
    ts_area_kind k;
    assert_int_equal(ts_area_kind_parse("county", &k), TS_EINVAL);
    assert_string_equal(ts_gazetteer_kind_vi(gz, TS_AREA_DISTRICT), "huyện");
    ts_area_level l;
    assert_int_equal(ts_area_level_parse("district", &l), TS_OK);
    assert_int_equal(l, TS_LEVEL_DISTRICT);
    assert_int_equal(ts_area_level_parse("province", &l), TS_OK);
    assert_int_equal(l, TS_LEVEL_PROVINCE);
    assert_int_equal(ts_area_level_parse("commune", &l), TS_EINVAL);
    assert_string_equal(ts_area_level_name(TS_LEVEL_DISTRICT), "district");
    assert_int_equal(ts_area_level_of(TS_AREA_MUNICIPALITY), TS_LEVEL_PROVINCE);
    assert_int_equal(ts_area_level_of(TS_AREA_TOWN), TS_LEVEL_DISTRICT);
}

static const char user_head[] = "slug\tname\tkind\tparent\tvalid_from\tvalid_to\tregion\tsuccessor"
                                "\tvariants\n";

static void test_load_adds(void **state)
{
    (void)state;
    ts_error err;
    ts_gazetteer *g = ts_gazetteer_new(&err);
    size_t n0 = ts_gazetteer_count(g);
    const ts_area *kt = ts_gazetteer_find(g, "kon-tum", TS_DAY_ANY);
    /* Columns by name, in any order, the optional ones left out; CRLF,
     * comments and blank lines. */
    const char *tsv = "kind\tname\tslug\tparent\tvariants\r\n"
                      "# a district of 2026 and an old one\r\n\r\n"
                      "district\tMăng Đen\tmang-den-district\tkon-tum\tMang Den|Măng-Đen\r\n";
    assert_int_equal(ts_gazetteer_load_text(g, tsv, "mine.tsv", &err), TS_OK);
    assert_int_equal(ts_gazetteer_count(g), n0 + 1);
    const ts_area *md = ts_gazetteer_find(g, "mang-den-district", TS_DAY_ANY);
    assert_non_null(md);
    assert_ptr_equal(ts_gazetteer_at(g, n0), md);
    assert_ptr_equal(ts_gazetteer_parent(g, md), kt);
    assert_int_equal(md->n_variants, 2);
    ts_area_match m[4];
    assert_int_equal(ts_gazetteer_find_name(g, "huyện Măng Đen", strlen("huyện Măng Đen"),
                                            TS_DAY_ANY, m, 4), 1);
    assert_ptr_equal(m[0].area, md);
    /* Old pointers survive a load; the province has one more child. */
    assert_string_equal(kt->name, "Kon Tum");
    assert_int_equal(ts_gazetteer_children(g, kt, TS_DAY_ANY, NULL, 0), 12); /* the town too */
    /* An area inside the merged province, from a file. */
    char path[] = "/tmp/test_gazetteer_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "%sdak-ha-town\tĐắk Hà\ttown\tquang-ngai\t2026-01-01\t\t\t\t\n", user_head);
    fclose(f);
    assert_int_equal(ts_gazetteer_load(g, path, &err), TS_OK);
    unlink(path);
    assert_int_equal(ts_gazetteer_count(g), n0 + 2);
    const ts_area *town = ts_gazetteer_find(g, "dak-ha-town", day(2026, 1, 1));
    const ts_area *qn = ts_gazetteer_find(g, "quang-ngai", day(2026, 1, 1));
    assert_ptr_equal(ts_gazetteer_parent(g, town), qn);
    assert_int_equal(ts_gazetteer_load(g, "/nonexistent/areas.tsv", &err), TS_EIO);
    assert_string_equal(err.file, "/nonexistent/areas.tsv");
    ts_gazetteer_free(g);
}

/* A bad file is rejected whole, with its place and reason. */
static void test_load_errors(void **state)
{
    (void)state;
    static const struct { const char *row; int code; const char *msg; } bad[] = {
        {"Kon-Tum\tKon Tum\tprovince\t\t\t\t\t\t", TS_EINVAL,
         "column 'slug': \"Kon-Tum\" is not a slug (a-z, 0-9 and single '-')"},
        {"a--b\tA\tprovince\t\t\t\t\t\t", TS_EINVAL,
         "column 'slug': \"a--b\" is not a slug (a-z, 0-9 and single '-')"},
        {"x\t\tprovince\t\t\t\t\t\t", TS_EINVAL, "column 'name' is empty"},
        {"x\tX\tcounty\t\t\t\t\t\t", TS_EINVAL,
         "column 'kind': \"county\" is not province, municipality, provincial city, town, "
         "urban district or district"},
        {"x\tX\tdistrict\tkon-tum\t\t\t\t\t", TS_EINVAL,
         "slug \"x\" of a district must end in \"-district\""},
        {"x-town\tX\ttown\t\t\t\t\t\t", TS_EINVAL,
         "column 'parent': a town needs the slug of its province"},
        {"x\tX\tprovince\tkon-tum\t\t\t\t\t", TS_EINVAL,
         "column 'parent': a province has no parent"},
        {"x-city\tX\tprovincial city\tkon-tum\t\t\ttay-nguyen\t\t", TS_EINVAL,
         "column 'region': only a province-level area has one (a provincial city takes its "
         "province's)"},
        {"x\tX\tprovince\t\t2025-13-01\t\t\t\t", TS_EINVAL,
         "column 'valid_from': \"2025-13-01\" is not a date (YYYY-MM-DD)"},
        {"x\tX\tprovince\t\t\t2025\t\t\t", TS_EINVAL,
         "column 'valid_to': \"2025\" is not a date (YYYY-MM-DD)"},
        {"x\tX\tprovince\t\t2025-02-01\t2025-01-31\t\t\t", TS_EINVAL,
         "valid_from 2025-02-01 is after valid_to 2025-01-31"},
        {"x\tX\tprovince\t\t\t\t\tha-noi\t", TS_EINVAL,
         "column 'successor': an area with a successor needs a valid_to"},
        {"x\tX\tprovince\t\t\t2020-12-31\t\thue\t", TS_EINVAL,
         "column 'successor': no area \"hue\" is valid on 2021-01-01, the day after "
         "valid_to"},
        {"x\tX\tprovince\t\t\t2020-12-31\t\tdak-ha-district\t", TS_EINVAL,
         "column 'successor': \"dak-ha-district\" is not of the same level"},
        {"x\tX\tprovince\t\t\t\tmars\t\t", TS_EINVAL,
         "column 'region': \"mars\" is not a known region"},
        {"x-district\tX\tdistrict\tatlantis\t\t\t\t\t", TS_EINVAL,
         "column 'parent': no area \"atlantis\" is valid while this one is"},
        {"x-district\tX\tdistrict\tkon-tum\t2026-01-01\t\t\t\t", TS_EINVAL,
         "column 'parent': no area \"kon-tum\" is valid while this one is"},
        {"x-district\tX\tdistrict\tkon-tum-city\t\t\t\t\t", TS_EINVAL,
         "column 'parent': \"kon-tum-city\" is not a province or centrally-run city"},
        {"kon-tum\tKon Tum\tprovince\t\t2020-01-01\t\t\t\t", TS_EINVAL,
         "slug \"kon-tum\" is already given to an area valid at the same time "
         "(areas.tsv (built in):"},
        {"x\tX\tprovince\t\t\t", TS_EINVAL, "expected 9 columns, found 6"},
        {"x\tX\tprovince\t\t\t\t\t\t\xff", TS_EINVAL, "invalid UTF-8"},
    };
    ts_error err;
    ts_gazetteer *g = ts_gazetteer_new(&err);
    size_t n0 = ts_gazetteer_count(g);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char tsv[1024];
        /* A good row first: the bad one is on line 3, and neither lands. */
        snprintf(tsv, sizeof tsv, "%sgood\tGood\tprovince\t\t\t\t\t\t\n%s\n", user_head,
                 bad[i].row);
        ts_error_clear(&err);
        int rc = ts_gazetteer_load_text(g, tsv, "bad.tsv", &err);
        if (rc != bad[i].code || strncmp(err.msg, bad[i].msg, strlen(bad[i].msg)) != 0)
            fail_msg("row %zu: got %d \"%s\", want \"%s\"", i, rc, err.msg, bad[i].msg);
        assert_string_equal(err.file, "bad.tsv");
        assert_int_equal(err.line, 3);
        assert_int_equal(ts_gazetteer_count(g), n0);
        assert_null(ts_gazetteer_find(g, "good", TS_DAY_ANY));
    }
    assert_int_equal(ts_gazetteer_load_text(g, "slug\tname\n", "h.tsv", &err), TS_EFORMAT);
    assert_string_equal(err.msg, "missing column 'kind'");
    assert_int_equal(ts_gazetteer_load_text(g, "# nothing\n", "h.tsv", &err), TS_EFORMAT);
    assert_string_equal(err.msg, "no header line (slug, name, kind, ...)");
    /* Two rows of one file that overlap each other. */
    char tsv[512];
    snprintf(tsv, sizeof tsv, "%sy\tY\tprovince\t\t\t\t\t\t\n"
             "y\tY\tprovince\t\t2020-01-01\t\t\t\t\n", user_head);
    assert_int_equal(ts_gazetteer_load_text(g, tsv, "two.tsv", &err), TS_EINVAL);
    assert_int_equal(err.line, 3);
    assert_string_equal(err.msg, "slug \"y\" is already given to an area valid at the same "
                                 "time (two.tsv:2)");
    assert_int_equal(ts_gazetteer_count(g), n0);
    ts_gazetteer_free(g);
}

/* Selections: union of names, globs, provinces and regions, one level. */
static void test_area_select(void **state)
{
    (void)state;
    ts_error err;
    ts_area_select *s = ts_area_select_new(gz, &err);
    assert_true(ts_area_select_is_all(s));
    assert_true(ts_area_select_match(s, "anything"));
    /* Repeats and comma lists add up; globs match slugs. */
    assert_int_equal(ts_area_select_add(s, "kon-tum", &err), TS_OK);
    assert_int_equal(ts_area_select_add(s, "bac-*,gia-lai,uk", &err), TS_OK);
    assert_false(ts_area_select_is_all(s));
    static const char *const yes[] = {"kon-tum", "bac-kan", "bac-ninh", "gia-lai", "uk"};
    static const char *const no[] = {"kon-tum-city", "ha-noi", "us"};
    for (size_t i = 0; i < 5; i++)
        assert_true(ts_area_select_match(s, yes[i]));
    for (size_t i = 0; i < 3; i++)
        assert_false(ts_area_select_match(s, no[i]));
    const char *unknown[4];
    assert_int_equal(ts_area_select_unknown(s, unknown, 4), 1);
    assert_string_equal(unknown[0], "uk");
    static const char *const bad[] = {",", "a,,b", "a,", ""};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(ts_area_select_add(s, bad[i], &err), TS_EINVAL);
        assert_true(strstr(err.msg, "has an empty area") != NULL);
    }
    /* Province level keeps the provinces named, not the unknown area. */
    ts_area_select_level(s, TS_LEVEL_PROVINCE);
    assert_true(ts_area_select_match(s, "bac-giang"));
    assert_false(ts_area_select_match(s, "uk"));
    ts_area_select_free(s);

    /* --within: a province's districts (both Quảng Ngãi areas share the
     * slug; only the old one had districts); --region: provinces and
     * districts of a region. */
    s = ts_area_select_new(gz, &err);
    assert_int_equal(ts_area_select_within(s, "kon-tum", &err), TS_OK);
    assert_true(ts_area_select_match(s, "dak-ha-district"));
    assert_true(ts_area_select_match(s, "kon-tum-city"));
    assert_false(ts_area_select_match(s, "kon-tum"));
    assert_false(ts_area_select_match(s, "ba-to-district"));
    assert_int_equal(ts_area_select_within(s, "kontum", &err), TS_ENOTFOUND);
    assert_string_equal(err.msg, "\"kontum\" is not a known province or centrally-run city "
                                 "(closest: kon-tum, kon-tum-city, son-la)");
    assert_int_equal(ts_area_select_within(s, "dak-ha-district", &err), TS_ENOTFOUND);
    assert_int_equal(ts_area_select_region(s, "Đồng bằng sông Cửu Long", &err), TS_OK);
    assert_true(ts_area_select_match(s, "ca-mau"));
    assert_true(ts_area_select_match(s, "chau-thanh-long-an-district"));
    assert_false(ts_area_select_match(s, "ha-noi"));
    assert_int_equal(ts_area_select_region(s, "Mars", &err), TS_ENOTFOUND);
    static const char mars[] = "\"Mars\" is not a known region (trung-du-mien-nui-phia-bac, ";
    assert_true(strncmp(err.msg, mars, strlen(mars)) == 0);
    ts_area_select_level(s, TS_LEVEL_DISTRICT);
    assert_false(ts_area_select_match(s, "ca-mau"));
    assert_true(ts_area_select_match(s, "dak-ha-district"));
    size_t listed = 0;
    for (size_t i = 0; i < ts_gazetteer_count(gz); i++)
        listed += ts_area_select_match_area(s, ts_gazetteer_at(gz, i));
    /* Kon Tum's districts (and its town before it became a city) and the
     * delta's thirteen provinces', and nineteen of theirs in the kind they
     * had before they were raised (Bến Tre, Gò Công, Hà Tiên, Phú Quốc,
     * Tịnh Biên, Vĩnh Long, Tân An, Tân Châu, Trà Vinh, Bạc Liêu, Vị
     * Thanh, Vĩnh Châu, Bình Minh, Châu Đốc, Sa Đéc, Ngã Năm, Giá Rai, Ngã
     * Bảy, Hồng Ngự) */
    assert_int_equal(listed, 11 + 15 + 11 + 9 + 9 + 8 + 12 + 11 + 15 + 9 + 8 + 11 + 7 + 9 + 19);
    ts_area_select_free(s);
    ts_area_select_free(NULL);
    assert_true(ts_area_select_match(NULL, "x"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_province_counts),
        cmocka_unit_test(test_district_kinds),
        cmocka_unit_test(test_districts_per_province),
        cmocka_unit_test(test_regions),
        cmocka_unit_test(test_slug_rules),
        cmocka_unit_test(test_find_by_slug_and_date),
        cmocka_unit_test(test_crosswalk),
        cmocka_unit_test(test_find_name),
        cmocka_unit_test(test_suggest),
        cmocka_unit_test(test_forms_and_kinds),
        cmocka_unit_test(test_load_adds),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_area_select),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
