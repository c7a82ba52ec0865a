/* UTF-8 validation of whole texts, the encoder and the letter-case tests
 * the text stages share (the per-character check and decoder are inline
 * in text_internal.h).
 * Validation follows RFC 3629; ASCII runs are checked eight bytes at a
 * time. */
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"

size_t ts_utf8_invalid_at(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        size_t k = tsx_utf8_valid(s + i, len - i);
        if (!k)
            return i;
        i += k;
    }
    return len;
}

size_t tsx_utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int tsx_cp_upper(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int tsx_cp_lower(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }

int tsx_starts_upper(const char *s, size_t n)
{
    int32_t cp;
    return n && tsx_utf8_decode((const unsigned char *)s, n, &cp) && tsx_cp_upper(cp);
}

int tsx_starts_lower(const char *s, size_t n)
{
    int32_t cp;
    return n && tsx_utf8_decode((const unsigned char *)s, n, &cp) && tsx_cp_lower(cp);
}
