/* Canonical units (bn_vnd, mn_vnd, mn_usd, ha, head, tonne, pct, ...) and
 * the Vietnamese words and scales that name them ("1.304.372 triệu đồng" is
 * 1304.372 bn_vnd; "1,3 triệu lượt khách" is 1,300,000 visits). */
#ifndef TS_UNITS_H
#define TS_UNITS_H

#include <stddef.h>
#include "ts_error.h"

/* A unit as found: a canonical id and the factor that converts a number in
 * that unit into the id's base.  "nghìn tỷ đồng" -> {"bn_vnd", 1000}. */
typedef struct {
    const char *unit; /* canonical id, static storage */
    double factor;    /* multiply the number by this */
} ts_unit_match;

/* Nonzero when id is one of the canonical unit ids of facts.md. */
int ts_unit_is_canonical(const char *id);
/* Nonzero when id counts whole things (enterprise, project, visit, head,
 * person, household, ...): estimates in it are shown rounded. */
int ts_unit_is_count(const char *id);

/* Nonzero when id is an amount of money (vnd, th_vnd, mn_vnd, bn_vnd,
 * tn_vnd; usd, th_usd, mn_usd, bn_usd). */
int ts_unit_is_money(const char *id);

/* Matches a Vietnamese unit phrase at the start of text (UTF-8, NFC,
 * case-insensitive): "tỷ đồng", "triệu đồng", "nghìn tỷ đồng", "đồng",
 * "triệu USD", "ha", "con", "nghìn con", "tấn", "tạ/ha", "%", "lượt",
 * "lượt khách", "người", "lao động", "hộ", "xã", "doanh nghiệp",
 * "hợp tác xã", "dự án", "trường", "học sinh", "văn bản", "hồ sơ", "vụ",
 * "tiêu chí", ...  The longest phrase wins and must end at a word boundary
 * (a digit may follow: footnote marks).  Scale words (trăm, nghìn/ngàn,
 * triệu, tỷ/tỉ) may precede a countable unit and multiply the factor.
 * Leading white space is skipped and a space inside a phrase matches any
 * run of white space (line breaks).  Returns bytes consumed, including the
 * skipped white space (0 when nothing matches: *out untouched). */
size_t ts_unit_match_text(const char *text, size_t len, ts_unit_match *out);

/* Converts value from unit `from` to unit `to`, both canonical ids or
 * scaled money ids (vnd, th_vnd, mn_vnd, bn_vnd, tn_vnd; usd, th_usd,
 * mn_usd, bn_usd).  Same id: unchanged.  bn_vnd <-> mn_vnd scale by 1000,
 * and so on within one currency, by one exact power of ten.  Anything
 * else: TS_EUNIT "cannot convert ha to tonne", *out unchanged. */
int ts_unit_convert(double value, const char *from, const char *to,
                    double *out, ts_error *err);

#endif
