/* Code-point stepping over UTF-8 for the library's small text parsers:
 * ASCII takes a fast path, the rest goes through utf8proc. */
#include <utf8proc.h>
#include "core/codepoint.h"

#include <string.h>

size_t tsi_cp_next(const char *s, size_t len, size_t i, int32_t *cp)
{
    if (i >= len)
        return 0;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { /* the common case, without the library call */
        *cp = c;
        return 1;
    }
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), cp);
    return n > 0 ? (size_t)n : 0;
}

int tsi_cp_is_space(int32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

int32_t tsi_cp_lower(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return utf8proc_tolower(c);
}

size_t tsi_cp_skip_space(const char *s, size_t len, size_t i)
{
    int32_t c;
    size_t n;
    while ((n = tsi_cp_next(s, len, i, &c)) && tsi_cp_is_space(c))
        i += n;
    return i;
}

size_t tsi_cp_match_lower(const char *s, size_t len, size_t i, const char *phrase,
                          int32_t *last)
{
    /* Callers try a whole table of phrases at one place: an ASCII text
     * character settles most of them at the first byte. */
    unsigned char p0 = (unsigned char)phrase[0];
    if (p0 != ' ' && p0 != '\0') {
        if (i >= len)
            return 0;
        unsigned char t0 = (unsigned char)s[i];
        if (t0 >= 'A' && t0 <= 'Z')
            t0 += 32;
        if (t0 < 0x80 && t0 != p0)
            return 0;
    }
    size_t plen = strlen(phrase), j = 0;
    int32_t pc = 0, tc;
    while (j < plen) {
        j += tsi_cp_next(phrase, plen, j, &pc);
        if (pc == ' ') {
            size_t k = tsi_cp_skip_space(s, len, i);
            if (k == i)
                return 0;
            i = k;
            continue;
        }
        size_t n = tsi_cp_next(s, len, i, &tc);
        if (!n || tsi_cp_lower(tc) != pc)
            return 0;
        i += n;
    }
    *last = pc;
    return i;
}
