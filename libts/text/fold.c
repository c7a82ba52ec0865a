/* Folding, the one implementation: lower case, no diacritics, "đ" -> "d",
 * white-space runs -> one space, one ASCII byte per character, so "Đắk",
 * "Đăk" and "ĐẮK" all read "dak".  The extractor's view of a sentence
 * (with a map from every folded byte to its source character), the public
 * ts_text_fold and the area slug are all built on it. */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"
#include "core/grow.h"

/* What a character folds to: an ASCII byte, or one of these. */
enum { FOLD_SPACE = 0, FOLD_DROP = 1 };

/* The folded form of cp, computed with utf8proc (the table below caches
 * it for the code points text is made of). */
static int fold_cp_slow(utf8proc_int32_t cp)
{
    if (cp < 0x80) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
            cp == 0)
            return FOLD_SPACE;
        if (cp == FOLD_DROP)
            return '~'; /* a control character that must not vanish */
        return cp >= 'A' && cp <= 'Z' ? (int)cp + 32 : (int)cp;
    }
    if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F)
        return FOLD_SPACE;
    switch (cp) {
    case 0x0110: case 0x0111: /* Đ đ: a letter of its own, no mark */
    case 0x00D0: case 0x00F0: /* Ð ð (eth), Đ đ as old fonts and converters write them */
        return 'd';
    case 0x01A2: case 0x01A3: /* Ƣ ƣ (oi), ư as old fonts write it: "Hải Dƣơng" */
        return 'u';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
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
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, buf, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, NULL);
    if (n == 0)
        return FOLD_DROP; /* a combining mark: text in NFD folds like NFC */
    if (n >= 1 && n <= 4 && buf[0] < 0x80 && buf[0] > ' ')
        return buf[0] >= 'A' && buf[0] <= 'Z' ? (int)buf[0] + 32 : (int)buf[0];
    return '~'; /* a letter without an ASCII base: still part of a word */
}

/* fold_cp_slow of every code point below U+2100 (Latin, Vietnamese,
 * Greek, Cyrillic, general punctuation), computed once: utf8proc per
 * character was the main cost of matching. */
#define FOLD_TABLE 0x2100
static unsigned char fold_table[FOLD_TABLE];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void fold_init(void)
{
    for (utf8proc_int32_t cp = 0; cp < FOLD_TABLE; cp++)
        fold_table[cp] = (unsigned char)fold_cp_slow(cp);
}

static int fold_cp(int32_t cp)
{
    return cp >= 0 && cp < FOLD_TABLE ? fold_table[cp] : fold_cp_slow(cp);
}

/* Whether the folded word out[..o) so far is one of the onsets after
 * which Vietnamese writes i or y alike: h, k, l, m, s, t, v, qu. */
static int i_spelled_y(const char *out, size_t o)
{
    size_t start = o;
    while (start > 0 && out[start - 1] >= 'a' && out[start - 1] <= 'z')
        start--;
    size_t n = o - start;
    if (n == 1)
        return strchr("hklmstv", out[start]) != NULL;
    return n == 2 && out[start] == 'q' && out[start + 1] == 'u';
}

/* Folds s[0..len) into out (at most room bytes; the caller adds the NUL)
 * and, when map is not NULL, map[k] = offset of output byte k's source
 * character.  Leading and trailing white space is dropped.  Stops at a
 * character when out is full; *used receives the input consumed. */
TSX_INLINE size_t fold_core(const unsigned char *s, size_t len, char *out, size_t room,
                            size_t *map, size_t *used)
{
    pthread_once(&fold_once, fold_init);
    size_t o = 0, i = 0;
    int space = 1; /* drops leading white space */
    while (i < len) {
        int32_t cp = s[i];
        size_t k = 1;
        if (cp < 0x80 && fold_table[cp] > ' ') {
            /* Most of the text: a printable ASCII byte folds to one byte. */
            if (o >= room)
                break;
            if (map)
                map[o] = i;
            out[o++] = (char)fold_table[cp];
            space = 0;
            i++;
            continue;
        }
        if (cp >= 0x80) {
            k = tsx_utf8_decode(s + i, len - i, &cp);
            if (k == 1)
                cp = 0xFFFD; /* an invalid byte folds to '~' */
        }
        int c = fold_cp(cp);
        /* "tỉ" is how many write "tỷ" (tỉ lệ, tỉ đồng), "kì" "kỳ" (cùng kì,
         * Kì Anh), "quí" "quý", "lí" "lý", "mĩ" "mỹ", "sĩ" "sỹ": a marked i
         * ending a word after one of the consonants the spellings share
         * folds as "y", so one phrase of the lexicon reads both. */
        if (c == 'i' && cp >= 0x80 && i_spelled_y(out, o) &&
            (i + k >= len || (s[i + k] < 0x80 && !isalpha(s[i + k]))))
            c = 'y';
        if (c == FOLD_DROP) {
            i += k;
            continue;
        }
        if (c == FOLD_SPACE) {
            /* "đồng/ người/ năm" (a line broken after the slash) reads as
             * "đồng/người/năm": a unit's slash binds the words. */
            if (!space && o >= 2 && out[o - 1] == '/' && out[o - 2] >= 'a' && out[o - 2] <= 'z' &&
                i + k < len && (s[i + k] >= 0x80 || isalpha(s[i + k])))
                space = 1;
            if (!space) {
                if (o >= room)
                    break;
                if (map)
                    map[o] = i;
                out[o++] = ' ';
            }
            space = 1;
        } else {
            if (o >= room)
                break;
            if (map)
                map[o] = i;
            out[o++] = (char)c;
            space = 0;
        }
        i += k;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    *used = i;
    return o;
}

static int grow(tsx_fold *f, size_t need)
{
    if (need <= f->cap)
        return 0;
    /* The byte map follows the text's capacity; a failure leaves the text
     * larger than f->cap says, which is harmless. */
    size_t cap = f->cap;
    if (tsi_grow(&f->s, &cap, need, 1, 256) != 0 || tsi_resize(&f->map, cap, sizeof *f->map) != 0)
        return -1;
    f->cap = cap;
    return 0;
}

int tsx_fold_text(tsx_fold *f, const char *text, size_t len)
{
    /* One folded byte per character at most, plus the terminator. */
    if (grow(f, len + 2) != 0)
        return -1;
    size_t used;
    f->len = fold_core((const unsigned char *)text, len, f->s, len + 1, f->map, &used);
    f->s[f->len] = '\0';
    f->map[f->len] = len;
    return 0;
}

void tsx_fold_free(tsx_fold *f)
{
    if (!f)
        return;
    free(f->s);
    free(f->map);
    memset(f, 0, sizeof *f);
}

size_t ts_text_fold(const char *str, size_t len, char *out, size_t cap, size_t *map)
{
    if (!cap)
        return 0;
    size_t used;
    size_t n = fold_core((const unsigned char *)str, len, out, cap - 1, map, &used);
    out[n] = '\0';
    if (map)
        map[n] = used;
    return n;
}

size_t ts_text_slug(const char *str, size_t len, char *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = 0, i = 0;
    if (!cap)
        return 0;
    pthread_once(&fold_once, fold_init);
    while (i < len && n + 1 < cap) {
        int32_t cp = s[i];
        size_t k = 1;
        if (cp >= 0x80) {
            k = tsx_utf8_decode(s + i, len - i, &cp);
            if (k == 1)
                cp = 0xFFFD;
        }
        i += k;
        int c = fold_cp(cp);
        if (c == FOLD_DROP)
            continue;
        /* An apostrophe inside a name's word joins it: "Ea H'leo" is
         * ea-hleo, "Cư M’gar" cu-mgar. */
        if ((cp == '\'' || cp == 0x2019 || cp == 0x02BC) && n && out[n - 1] != '-' && i < len &&
            (s[i] >= 0x80 || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
            continue;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[n++] = (char)c;
        else if (n && out[n - 1] != '-')
            out[n++] = '-';
    }
    while (n && out[n - 1] == '-')
        n--;
    out[n] = '\0';
    return n;
}
