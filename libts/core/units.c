/* Units: the canonical unit ids of facts.md, the Vietnamese phrases that
 * name them in report text (with scale words such as "nghìn", "triệu",
 * "tỷ" in front), and conversion between scales of the same currency.
 * Matching works on UTF-8 code points, lower-cased with utf8proc, and never
 * allocates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "core/codepoint.h"
#include "ts_units.h"

/* Sorted for bsearch: ts-import asks once per row. */
static const char *const canonical[] = {
    "bn_vnd", "case", "commune", "coop", "criterion", "document", "dossier",
    "enterprise", "ha", "head", "household", "mn_usd", "mn_vnd", "pct", "person",
    "project", "pupil", "quintal_per_ha", "school", "task", "tonne", "visit",
};
#define N_CANONICAL (sizeof canonical / sizeof canonical[0])

static int cmp_str(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

int ts_unit_is_canonical(const char *id)
{
    return id && bsearch(id, canonical, N_CANONICAL, sizeof canonical[0], cmp_str) != NULL;
}

/* The canonical units that count whole things, sorted. */
static const char *const counts[] = {
    "case", "commune", "coop", "document", "dossier", "enterprise", "head",
    "household", "person", "project", "pupil", "school", "task", "visit",
};

int ts_unit_is_count(const char *id)
{
    return id && bsearch(id, counts, sizeof counts / sizeof counts[0], sizeof counts[0], cmp_str) != NULL;
}

/* ---- matching phrases in text ---- */

/* A base unit phrase (lower case, NFC, one space between words).  Money
 * phrases name the unscaled currency, so the divisor takes one đồng to
 * bn_vnd (10^9) and one dollar to mn_usd (10^6); scale words multiply. */
typedef struct {
    const char *phrase;
    const char *unit; /* NULL: a phrase that is no unit (see the end) */
    double divisor;
    int scalable; /* may follow "nghìn", "triệu", ... */
} base_unit;

static const base_unit bases[] = {
    {"đồng", "bn_vnd", 1e9, 1},
    {"vnđ", "bn_vnd", 1e9, 1},
    {"vnd", "bn_vnd", 1e9, 1},
    {"usd", "mn_usd", 1e6, 1},
    {"đô la mỹ", "mn_usd", 1e6, 1},
    {"đô la", "mn_usd", 1e6, 1},
    {"ha", "ha", 1, 1},
    {"héc-ta", "ha", 1, 1},
    {"hécta", "ha", 1, 1},
    {"héc ta", "ha", 1, 1},
    {"con", "head", 1, 1},
    {"tấn", "tonne", 1, 1},
    {"tạ/ha", "quintal_per_ha", 1, 0},
    {"%", "pct", 1, 0},
    {"lượt", "visit", 1, 1},
    {"lượt khách", "visit", 1, 1},
    {"lượt người", "visit", 1, 1},
    {"người", "person", 1, 1},
    {"lao động", "person", 1, 1},
    {"hộ", "household", 1, 1},
    {"hộ gia đình", "household", 1, 1},
    {"xã", "commune", 1, 1},
    {"doanh nghiệp", "enterprise", 1, 1},
    {"hợp tác xã", "coop", 1, 1},
    {"htx", "coop", 1, 1},
    {"dự án", "project", 1, 1},
    {"trường", "school", 1, 1},
    {"trường học", "school", 1, 1},
    {"học sinh", "pupil", 1, 1},
    {"hs", "pupil", 1, 1}, /* the tables' abbreviation: "26/59 trường, 4.059 HS" */
    {"văn bản", "document", 1, 1},
    {"nhiệm vụ", "task", 1, 1},
    {"đầu công việc", "task", 1, 1},
    {"công việc", "task", 1, 1},
    {"hồ sơ", "dossier", 1, 1},
    {"vụ", "case", 1, 1},
    {"vụ việc", "case", 1, 1},
    {"vụ án", "case", 1, 1},
    {"tiêu chí", "criterion", 1, 1},
    {"trường hợp", "case", 1, 1},
    /* Words that begin like a unit but are not one: as the longest match
     * they veto the shorter unit ("xã hội" is society, not a commune;
     * "vụ Đông Xuân" is a crop season, not a case). */
    {"xã hội", NULL, 1, 1},
    {"vụ đông", NULL, 1, 1},
    {"vụ mùa", NULL, 1, 1},
    {"vụ hè", NULL, 1, 1},
    {"vụ xuân", NULL, 1, 1},
    {"vụ thu", NULL, 1, 1},
};

/* Scale words that may stand before a scalable unit ("nghìn tỷ đồng"). */
static const struct {
    const char *word;
    double scale;
} scales[] = {
    {"trăm", 1e2}, {"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9}, {"tỉ", 1e9},
};

static int is_letter_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    utf8proc_category_t cat = utf8proc_category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}

/* Matches the lower-case phrase at text[i] (codepoint.c's rule) not
 * followed by another letter.  Returns the end of the match, or 0. */
static size_t match_phrase(const char *text, size_t len, size_t i, const char *phrase)
{
    int32_t last, tc;
    size_t end = tsi_cp_match_lower(text, len, i, phrase, &last);
    /* "ha" must not match the start of "hai" or "hàng"; a digit may follow
     * (a footnote mark stuck to the word, "tỷ đồng1"). */
    if (!end || (is_letter_cp(last) && tsi_cp_next(text, len, end, &tc) && is_letter_cp(tc)))
        return 0;
    return end;
}

/* The longest base phrase at text[i]; returns its end (0: none). */
static size_t match_base(const char *text, size_t len, size_t i, int need_scalable,
                         const base_unit **out)
{
    size_t best = 0;
    for (size_t k = 0; k < sizeof bases / sizeof bases[0]; k++) {
        if (need_scalable && !bases[k].scalable)
            continue;
        size_t end = match_phrase(text, len, i, bases[k].phrase);
        if (end > best) {
            best = end;
            *out = &bases[k];
        }
    }
    return best;
}

size_t ts_unit_match_text(const char *text, size_t len, ts_unit_match *out)
{
    size_t start = tsi_cp_skip_space(text, len, 0);
    const base_unit *base = NULL;
    size_t end = match_base(text, len, start, 0, &base);
    double best_scale = 1, scale = 1;
    /* Scale words in front, each followed by white space; the chain counts
     * only when it ends in a scalable unit ("nghìn tỷ đồng", "triệu lượt"),
     * so "tỷ lệ" is no unit at all.  Three words at most ("nghìn tỷ" is
     * the longest real one), which also keeps the factor finite. */
    size_t i = start;
    for (int words = 0; words < 3; words++) {
        size_t hit = 0;
        double s = 1;
        for (size_t k = 0; k < sizeof scales / sizeof scales[0] && !hit; k++) {
            hit = match_phrase(text, len, i, scales[k].word);
            s = scales[k].scale;
        }
        if (!hit || (i = tsi_cp_skip_space(text, len, hit)) == hit)
            break;
        scale *= s;
        const base_unit *b = NULL;
        size_t e = match_base(text, len, i, 1, &b);
        if (e > end) {
            end = e;
            base = b;
            best_scale = scale;
        }
    }
    if (!base || !base->unit)
        return 0;
    out->unit = base->unit;
    /* One division of exact powers of ten keeps "triệu đồng" at exactly
     * the double nearest 0.001. */
    out->factor = best_scale >= base->divisor ? best_scale / base->divisor
                                              : 1.0 / (base->divisor / best_scale);
    return end;
}

/* ---- conversion ---- */

/* Scaled money ids: the same currency in other magnitudes. */
static const struct {
    const char *id;
    const char *currency;
    double scale; /* in units of the currency */
} money[] = {
    {"vnd", "vnd", 1},       {"th_vnd", "vnd", 1e3}, {"mn_vnd", "vnd", 1e6},
    {"bn_vnd", "vnd", 1e9},  {"tn_vnd", "vnd", 1e12}, {"usd", "usd", 1},
    {"th_usd", "usd", 1e3},  {"mn_usd", "usd", 1e6}, {"bn_usd", "usd", 1e9},
};

static int money_index(const char *id)
{
    for (size_t k = 0; k < sizeof money / sizeof money[0]; k++)
        if (strcmp(money[k].id, id) == 0)
            return (int)k;
    return -1;
}

int ts_unit_is_money(const char *id)
{
    return id && money_index(id) >= 0;
}

int ts_unit_convert(double value, const char *from, const char *to, double *out,
                    ts_error *err)
{
    if (strcmp(from, to) == 0) {
        *out = value;
        return TS_OK;
    }
    int a = money_index(from), b = money_index(to);
    if (a < 0 || b < 0 || strcmp(money[a].currency, money[b].currency) != 0)
        return ts_error_set(err, TS_EUNIT, "cannot convert %s to %s", from, to);
    /* Multiply or divide by an exact power of ten, never both, so
     * 1304372 mn_vnd is the double nearest 1304.372 bn_vnd. */
    if (money[a].scale >= money[b].scale)
        *out = value * (money[a].scale / money[b].scale);
    else
        *out = value / (money[b].scale / money[a].scale);
    return TS_OK;
}
