/* Case and accent folding for matching Vietnamese text: "Tổng Đàn  Gia
 * súc" -> "tong dan gia suc".  Each folded byte keeps the offset of the
 * character it came from, so matches map back to the original text. */
#include "tx_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int tx_is_word(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '~';
}

/* The ASCII stand-in of one code point, or 0 for white space. */
static int fold_cp_slow(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
            return 0;
        if (cp >= 'A' && cp <= 'Z')
            return (int)cp + 32;
        return (int)cp;
    }
    switch (cp) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0x202F:
        return 0;
    case 0x0110: case 0x0111: /* Đ đ: no decomposition */
        return 'd';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        return '-';
    case 0x2018: case 0x2019: case 0x201A:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E:
        return '"';
    case 0x2026:
        return '.';
    default:
        break;
    }
    utf8proc_int32_t buf[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 4,
        UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &last);
    if (n >= 1 && buf[0] < 0x80) {
        int c = (int)buf[0];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        return c;
    }
    return '~';
}

/* fold_cp_slow of every code point below U+2000 (Latin, Vietnamese,
 * Greek, Cyrillic), computed once: utf8proc per character was the main
 * cost of extraction. */
#define FOLD_TABLE 0x2000
static unsigned char fold_table[FOLD_TABLE];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void fold_init(void)
{
    for (utf8proc_int32_t cp = 0; cp < FOLD_TABLE; cp++)
        fold_table[cp] = (unsigned char)fold_cp_slow(cp);
}

/* The ASCII stand-in of one code point, or 0 for white space. */
static int fold_cp(utf8proc_int32_t cp)
{
    if (cp >= 0 && cp < FOLD_TABLE)
        return fold_table[cp];
    return fold_cp_slow(cp);
}

static int grow(tx_fold *f, size_t need)
{
    if (need <= f->cap)
        return 0;
    size_t cap = f->cap ? f->cap : 256;
    while (cap < need)
        cap *= 2;
    char *s = realloc(f->s, cap);
    if (!s)
        return -1;
    f->s = s;
    size_t *m = realloc(f->map, cap * sizeof *m);
    if (!m)
        return -1;
    f->map = m;
    f->cap = cap;
    return 0;
}

int tx_fold_text(tx_fold *f, const char *text, size_t len)
{
    /* One folded byte per code point at most, plus the terminator. */
    if (grow(f, len + 2) != 0)
        return -1;
    pthread_once(&fold_once, fold_init);
    size_t o = 0, i = 0;
    int space = 1; /* drops leading white space */
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n;
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80) {
            /* ASCII, most of the text: no decoding. */
            cp = b;
            n = 1;
        } else {
            n = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
                                 (utf8proc_ssize_t)(len - i), &cp);
            if (n <= 0) {
                n = 1;
                cp = 0xFFFD;
            }
        }
        int c = fold_cp(cp);
        if (c == 0) {
            if (!space) {
                f->s[o] = ' ';
                f->map[o++] = i;
            }
            space = 1;
        } else {
            f->s[o] = (char)c;
            f->map[o++] = i;
            space = 0;
        }
        i += (size_t)n;
    }
    while (o > 0 && f->s[o - 1] == ' ')
        o--;
    f->s[o] = '\0';
    f->map[o] = len;
    f->len = o;
    return 0;
}

void tx_fold_free(tx_fold *f)
{
    if (!f)
        return;
    free(f->s);
    free(f->map);
    memset(f, 0, sizeof *f);
}
