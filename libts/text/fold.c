/* Folding for matching: lower-case ASCII-like text without diacritics,
 * so "Đắk", "Đăk" and "ĐẮK" all read "dak", with a map from every folded
 * byte back to the character it came from.  Also the area slug built on it. */
#include <utf8proc.h>
#include "text_internal.h"

/* The folded form of one code point into out (room for 16 bytes);
 * returns its length. */
static size_t fold_cp(int32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return 1;
    }
    if (cp == 0x0110 || cp == 0x0111) { /* Đ đ: a letter of its own, no mark */
        out[0] = 'd';
        return 1;
    }
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
        out[0] = '-';
        return 1;
    }
    if (cp == 0x2018 || cp == 0x2019) {
        out[0] = '\'';
        return 1;
    }
    if (cp == 0x201C || cp == 0x201D) {
        out[0] = '"';
        return 1;
    }
    utf8proc_int32_t buf[8];
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, NULL);
    if (n < 0 || n > 4) /* unusual expansions stay as they are */
        return tsx_utf8_encode(cp, out);
    size_t k = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++)
        k += tsx_utf8_encode(buf[i] == 0x0111 ? 'd' : buf[i], out + k);
    return k;
}

static int is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
           cp == '\v' || cp == 0xA0 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A);
}

size_t ts_text_fold(const char *str, size_t len, char *out, size_t cap, size_t *map)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = 0, i = 0;
    int in_space = 0;
    if (!cap)
        return 0;
    while (i < len) {
        int32_t cp;
        size_t k = tsx_utf8_decode(s + i, len - i, &cp);
        char tmp[16];
        size_t m;
        if (cp == 0xFFFD && k == 1 && s[i] >= 0x80) {
            tmp[0] = (char)s[i]; /* an invalid byte: kept as it is */
            m = 1;
        } else if (is_space(cp)) {
            if (in_space) {
                i += k;
                continue;
            }
            tmp[0] = ' ';
            m = 1;
        } else {
            m = fold_cp(cp, tmp);
        }
        in_space = is_space(cp);
        if (n + m > cap - 1)
            break;
        for (size_t j = 0; j < m; j++) {
            out[n + j] = tmp[j];
            if (map)
                map[n + j] = i;
        }
        n += m;
        i += k;
    }
    out[n] = '\0';
    if (map)
        map[n] = i;
    return n;
}

size_t ts_text_slug(const char *s, size_t len, char *out, size_t cap)
{
    char buf[512];
    size_t n = 0;
    if (!cap)
        return 0;
    while (len) {
        /* Fold in pieces so any length works with a stack buffer. */
        size_t piece = len > 200 ? 200 : len;
        while (piece < len && ((unsigned char)s[piece] & 0xC0) == 0x80)
            piece++;
        size_t f = ts_text_fold(s, piece, buf, sizeof buf, NULL);
        for (size_t i = 0; i < f && n + 1 < cap; i++) {
            char c = buf[i];
            int alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (alnum)
                out[n++] = c;
            else if (n && out[n - 1] != '-')
                out[n++] = '-';
        }
        s += piece;
        len -= piece;
    }
    while (n && out[n - 1] == '-')
        n--;
    out[n] = '\0';
    return n;
}
