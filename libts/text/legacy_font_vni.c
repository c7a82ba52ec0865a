/* Text typed in the VNI fonts (VNI-Times and its kin), as PDF and Word
 * readers hand it on: a vowel is its plain letter followed by one Latin-1
 * character for its marks ("Toång saûn phaåm" for "Tổng sản phẩm"), "ơ",
 * "ư" and "đ" are "ô", "ö" and "ñ", and "i" with a tone is one character
 * of its own.  legacy_font.c tells the font; this reads a line back. */
#include <string.h>
#include "text/text_internal.h"

enum { NO_MARK = 0, ACUTE = 0x0301, GRAVE = 0x0300, HOOK = 0x0309, TILDE = 0x0303, DOT = 0x0323 };
enum { CIRCUMFLEX = 0x0302, BREVE = 0x0306, HORN = 0x031B };

/* What the character after a vowel adds: a shape (circumflex, breve) and
 * a tone.  Lower and upper case write the same marks. */
typedef struct {
    int32_t lower, upper;
    int32_t shape, tone;
} modifier;

static const modifier modifiers[] = {
    {0x00F9, 0x00D9, 0, ACUTE},          {0x00F8, 0x00D8, 0, GRAVE},
    {0x00FB, 0x00DB, 0, HOOK},           {0x00F5, 0x00D5, 0, TILDE},
    {0x00EF, 0x00CF, 0, DOT},            {0x00E2, 0x00C2, CIRCUMFLEX, NO_MARK},
    {0x00E1, 0x00C1, CIRCUMFLEX, ACUTE}, {0x00E0, 0x00C0, CIRCUMFLEX, GRAVE},
    {0x00E5, 0x00C5, CIRCUMFLEX, HOOK},  {0x00E3, 0x00C3, CIRCUMFLEX, TILDE},
    {0x00E4, 0x00C4, CIRCUMFLEX, DOT},   {0x00EA, 0x00CA, BREVE, NO_MARK},
    {0x00E9, 0x00C9, BREVE, ACUTE},      {0x00E8, 0x00C8, BREVE, GRAVE},
    {0x00FA, 0x00DA, BREVE, HOOK},       {0x00FC, 0x00DC, BREVE, TILDE},
    {0x00EB, 0x00CB, BREVE, DOT},
};

static const modifier *modifier_of(int32_t cp)
{
    for (size_t k = 0; k < sizeof modifiers / sizeof *modifiers; k++)
        if (modifiers[k].lower == cp || modifiers[k].upper == cp)
            return &modifiers[k];
    return NULL;
}

/* "i" and "y" with a tone, one character each: í ì æ ó ò (and capitals),
 * î for "ỵ". */
static int tone_letter(int32_t cp, int32_t *base, int32_t *tone)
{
    static const struct {
        int32_t lower, upper, base, tone;
    } t[] = {
        {0x00ED, 0x00CD, 'i', ACUTE}, {0x00EC, 0x00CC, 'i', GRAVE}, {0x00E6, 0x00C6, 'i', HOOK},
        {0x00F3, 0x00D3, 'i', TILDE}, {0x00F2, 0x00D2, 'i', DOT},   {0x00EE, 0x00CE, 'y', DOT},
    };
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (t[k].lower == cp || t[k].upper == cp) {
            *base = cp == t[k].upper ? t[k].base - 0x20 : t[k].base;
            *tone = t[k].tone;
            return 1;
        }
    return 0;
}

static int32_t cp_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
    int32_t cp;
    *len = s[i] < 0x80 ? (cp = s[i], 1) : tsx_utf8_decode(s + i, n - i, &cp);
    return cp;
}

/* Appends base + marks (NFC composes them later) for input [a, b). */
static int put(tsx_buf *out, tsx_map *map, size_t a, size_t b, int32_t base, int32_t shape,
               int32_t tone)
{
    char u[12];
    size_t m = tsx_utf8_encode(base, u);
    if (shape)
        m += tsx_utf8_encode(shape, u + m);
    if (tone)
        m += tsx_utf8_encode(tone, u + m);
    if (tsx_map_mark(map, out->len, a) != TS_OK || tsx_buf_add(out, u, m) != TS_OK ||
        tsx_map_mark(map, out->len, b) != TS_OK)
        return TS_ENOMEM;
    return TS_OK;
}

int tsx_vni_decode_line(const unsigned char *s, size_t a, size_t b, tsx_buf *out, tsx_map *map)
{
    for (size_t i = a; i < b;) {
        size_t k, k2 = 0;
        int32_t cp = cp_at(s, b, i, &k);
        int32_t next = i + k < b ? cp_at(s, b, i + k, &k2) : 0;
        int32_t lower = cp | (cp < 0x80 ? 0x20 : 0);
        int32_t base = 0, shape = 0, tone = 0;
        size_t used = k;
        const modifier *md = next ? modifier_of(next) : NULL;
        if (cp < 0x80 && lower && strchr("aeiouy", lower)) {
            base = cp;
            /* a breve only on "a", a circumflex on "a", "e", "o". */
            if (md && (md->shape != BREVE || lower == 'a') &&
                (md->shape != CIRCUMFLEX || strchr("aeo", lower))) {
                shape = md->shape;
                tone = md->tone;
                used = k + k2;
            }
        } else if (cp == 0x00F4 || cp == 0x00D4 || cp == 0x00F6 || cp == 0x00D6) {
            /* ô ö: "ơ", "ư", a tone after them */
            base = (cp == 0x00F4 || cp == 0x00F6) ? (cp == 0x00F4 ? 'o' : 'u')
                                                   : (cp == 0x00D4 ? 'O' : 'U');
            shape = HORN;
            if (md && !md->shape) {
                tone = md->tone;
                used = k + k2;
            }
        } else if (cp == 0x00F1 || cp == 0x00D1) {
            base = cp == 0x00F1 ? 0x0111 : 0x0110;
        } else if (!tone_letter(cp, &base, &tone)) {
            base = 0;
        }
        if (!base || (base == cp && !shape && !tone)) {
            if (tsx_buf_add(out, (const char *)s + i, k) != TS_OK)
                return TS_ENOMEM;
            i += k;
            continue;
        }
        if (put(out, map, i, i + used, base, shape, tone) != TS_OK)
            return TS_ENOMEM;
        i += used;
    }
    return TS_OK;
}
