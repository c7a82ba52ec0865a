/* The record of docs/spec/facts.md enforced: ids, slugs, measures, units
 * and qualifiers checked field by field (what ts-import does before a fact
 * is taken), and text in an encoding the toolkit does not read (UTF-16,
 * UTF-32) recognised by name instead of being taken for broken UTF-8. */
#include <stdio.h>
#include <string.h>
#include "ts_record.h"

static int lower_digit(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Words of lower-case letters and digits (and '_' when under) joined by
 * single `sep` characters: "agri.sown_area.winter_spring", "kon-tum-city". */
static int words(const char *s, char sep, int under)
{
    int prev_sep = 1;
    for (; *s; s++) {
        if (*s == sep) {
            if (prev_sep) return 0;
            prev_sep = 1;
        } else if (lower_digit((unsigned char)*s) || (under && *s == '_')) {
            prev_sep = 0;
        } else {
            return 0;
        }
    }
    return !prev_sep;
}

static int bad(ts_error *err, const char *column, const char *value, const char *what)
{
    return ts_error_set(err, TS_EINVAL, "column '%s': \"%.60s%s\" %s", column, value,
                        strlen(value) > 60 ? "..." : "", what);
}

int ts_fact_check(const ts_fact *f, ts_error *err)
{
    if (!words(f->indicator, '.', 1))
        return bad(err, "indicator", f->indicator,
                   "is not an indicator id (a-z, 0-9, _ in words joined by '.')");
    if (!words(f->area, '-', 0))
        return bad(err, "area", f->area, "is not an area slug (a-z, 0-9 in words joined by '-')");
    if (!ts_measure_is_known(f->measure))
        return bad(err, "measure", f->measure,
                   "is not a measure (level, plan, pct_plan, yoy_pct, avg_annual_pct)");
    if (!words(f->unit, '\0', 1))
        return bad(err, "unit", f->unit, "is not a unit id (a-z, 0-9, _)");
    const char *p = f->price ? f->price : "";
    if (p[0] && strcmp(p, TS_PRICE_CURRENT) != 0
        && !(strlen(p) == 9 && !strncmp(p, "const", 5) && strspn(p + 5, "0123456789") == 4))
        return bad(err, "price", p, "is not a price basis (current, const and a year)");
    const char *b = f->plan_by ? f->plan_by : "";
    if (b[0] && strcmp(b, TS_PLAN_BY_CENTRAL) && strcmp(b, TS_PLAN_BY_PROVINCE)
        && strcmp(b, TS_PLAN_BY_DISTRICT))
        return bad(err, "plan_by", b, "is not a plan issuer (central, province, district)");
    return TS_OK;
}

const char *ts_encoding_sniff(const char *buf, size_t len)
{
    const unsigned char *s = (const unsigned char *)buf;
    if (len >= 4 && s[0] == 0xFF && s[1] == 0xFE && !s[2] && !s[3]) return "UTF-32LE";
    if (len >= 4 && !s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF) return "UTF-32BE";
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) return "UTF-16LE";
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) return "UTF-16BE";
    /* Without a mark: ASCII in UTF-16 has a NUL beside every letter. */
    size_t n = len < 64 ? len & ~(size_t)1 : 64, even = 0, odd = 0;
    for (size_t i = 0; i < n; i += 2) {
        even += !s[i] && s[i + 1];
        odd += s[i] && !s[i + 1];
    }
    if (n >= 8 && odd * 4 >= n / 2 * 3) return "UTF-16LE";  /* 3 of 4 pairs */
    if (n >= 8 && even * 4 >= n / 2 * 3) return "UTF-16BE";
    return NULL;
}
