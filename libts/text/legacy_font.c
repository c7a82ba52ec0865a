/* Text typed in the TCVN3 (ABC) fonts, .VnTime and its kin (and which
 * of the old fonts, TCVN3 or VNI, a text was typed in).  Reports
 * written before Unicode, and many PDF and Word files made from them
 * since, keep each Vietnamese letter as one byte of that font; the PDF or
 * Word reader hands the byte on as the Latin-1 character of the same
 * number ("Tæng s¶n phÈm t¨ng 7,5%").  Read so, a report gives nothing.
 *
 * The bytes are told by the marks among them that no Vietnamese text
 * holds ("¶", "¸", "®", "Ö", "÷"), and read back into the letters they
 * stand for, line by line, leaving alone a line that holds letters only
 * Unicode has (a title typed again in a Unicode font).  The uppercase
 * font (.VnTimeH) gives its capitals the lowercase letters' bytes: a word
 * whose plain letters are all capitals is read in capitals. */
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"

/* TCVN3's letters at bytes 0xA1..0xFE (0: the byte is no letter of it). */
static const uint16_t tcvn3[0x100 - 0xA0] = {
    [0xA1 - 0xA0] = 0x0102, [0xA2 - 0xA0] = 0x00C2, [0xA3 - 0xA0] = 0x00CA,
    [0xA4 - 0xA0] = 0x00D4, [0xA5 - 0xA0] = 0x01A0, [0xA6 - 0xA0] = 0x01AF,
    [0xA7 - 0xA0] = 0x0110, [0xA8 - 0xA0] = 0x0103, [0xA9 - 0xA0] = 0x00E2,
    [0xAA - 0xA0] = 0x00EA, [0xAB - 0xA0] = 0x00F4, [0xAC - 0xA0] = 0x01A1,
    [0xAD - 0xA0] = 0x01B0, [0xAE - 0xA0] = 0x0111, [0xB5 - 0xA0] = 0x00E0,
    [0xB6 - 0xA0] = 0x1EA3, [0xB7 - 0xA0] = 0x00E3, [0xB8 - 0xA0] = 0x00E1,
    [0xB9 - 0xA0] = 0x1EA1, [0xBB - 0xA0] = 0x1EB1, [0xBC - 0xA0] = 0x1EB3,
    [0xBD - 0xA0] = 0x1EB5, [0xBE - 0xA0] = 0x1EAF, [0xC6 - 0xA0] = 0x1EB7,
    [0xC7 - 0xA0] = 0x1EA7, [0xC8 - 0xA0] = 0x1EA9, [0xC9 - 0xA0] = 0x1EAB,
    [0xCA - 0xA0] = 0x1EA5, [0xCB - 0xA0] = 0x1EAD, [0xCC - 0xA0] = 0x00E8,
    [0xCE - 0xA0] = 0x1EBB, [0xCF - 0xA0] = 0x1EBD, [0xD0 - 0xA0] = 0x00E9,
    [0xD1 - 0xA0] = 0x1EB9, [0xD2 - 0xA0] = 0x1EC1, [0xD3 - 0xA0] = 0x1EC3,
    [0xD4 - 0xA0] = 0x1EC5, [0xD5 - 0xA0] = 0x1EBF, [0xD6 - 0xA0] = 0x1EC7,
    [0xD7 - 0xA0] = 0x00EC, [0xD8 - 0xA0] = 0x1EC9, [0xDC - 0xA0] = 0x0129,
    [0xDD - 0xA0] = 0x00ED, [0xDE - 0xA0] = 0x1ECB, [0xDF - 0xA0] = 0x00F2,
    [0xE1 - 0xA0] = 0x1ECF, [0xE2 - 0xA0] = 0x00F5, [0xE3 - 0xA0] = 0x00F3,
    [0xE4 - 0xA0] = 0x1ECD, [0xE5 - 0xA0] = 0x1ED3, [0xE6 - 0xA0] = 0x1ED5,
    [0xE7 - 0xA0] = 0x1ED7, [0xE8 - 0xA0] = 0x1ED1, [0xE9 - 0xA0] = 0x1ED9,
    [0xEA - 0xA0] = 0x1EDD, [0xEB - 0xA0] = 0x1EDF, [0xEC - 0xA0] = 0x1EE1,
    [0xED - 0xA0] = 0x1EDB, [0xEE - 0xA0] = 0x1EE3, [0xEF - 0xA0] = 0x00F9,
    [0xF1 - 0xA0] = 0x1EE7, [0xF2 - 0xA0] = 0x0169, [0xF3 - 0xA0] = 0x00FA,
    [0xF4 - 0xA0] = 0x1EE5, [0xF5 - 0xA0] = 0x1EEB, [0xF6 - 0xA0] = 0x1EED,
    [0xF7 - 0xA0] = 0x1EEF, [0xF8 - 0xA0] = 0x1EE9, [0xF9 - 0xA0] = 0x1EF1,
    [0xFA - 0xA0] = 0x1EF3, [0xFB - 0xA0] = 0x1EF7, [0xFC - 0xA0] = 0x1EF9,
    [0xFD - 0xA0] = 0x00FD, [0xFE - 0xA0] = 0x1EF5,
};

int32_t tsx_tcvn3_letter(int32_t cp)
{
    return cp >= 0xA0 && cp <= 0xFF ? tcvn3[cp - 0xA0] : 0;
}

int tsx_vietnamese_latin1(int32_t cp)
{
    /* Bit k: U+00C0 + k is one of ÀÁÂÃ ÈÉÊ ÌÍ ÒÓÔÕ ÙÚ Ý, or of the same
     * in small letters. */
    static const uint64_t letters = 0x263C370F263C370FULL;
    return cp >= 0xC0 && cp <= 0xFF && (letters >> (cp - 0xC0) & 1);
}

/* A TCVN3 byte no Vietnamese text in Unicode holds. */
static int tcvn3_mark(int32_t cp)
{
    return tsx_tcvn3_letter(cp) && !tsx_vietnamese_latin1(cp);
}

/* Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ and the
 * precomposed letters with tone marks). */
static int unicode_only(int32_t cp)
{
    return (cp >= 0x1EA0 && cp <= 0x1EF9) || cp == 0x0102 || cp == 0x0103 || cp == 0x0110 ||
           cp == 0x0111 || cp == 0x0128 || cp == 0x0129 || cp == 0x0168 || cp == 0x0169 ||
           cp == 0x01A0 || cp == 0x01A1 || cp == 0x01AF || cp == 0x01B0;
}

/* A vowel a VNI mark may follow: a plain one, or VNI's "ơ", "ư". */
static int vni_base(int32_t cp)
{
    return (cp < 0x80 && strchr("aeiouyAEIOUY", (int)cp) && cp) || cp == 0xF4 || cp == 0xD4 ||
           cp == 0xF6 || cp == 0xD6;
}

/* A mark VNI writes after the vowel before it (prev) that no Vietnamese
 * text in Unicode holds there: ø û ï å ä ü ë (and capitals) after any
 * vowel, ù after any, "â" and "ê" after a, e, o ("aâ", "oâ", "aê"; "uân",
 * "iên" are Unicode's). */
static int vni_mark(int32_t prev, int32_t cp)
{
    if (cp < 0xC0 || cp > 0xFF || !vni_base(prev))
        return 0;
    switch (cp | 0x20) {
    case 0xF8: case 0xFB: case 0xEF: case 0xE5: case 0xE4: case 0xFC: case 0xEB: case 0xF9:
        return 1;
    case 0xE2: case 0xEA: return prev < 0x80 && strchr("aeoAEO", (int)prev);
    default: return 0;
    }
}

/* What one pass over a text counts to tell its letters. */
typedef struct {
    size_t marks, kinds; /* TCVN3 marks, and how many kinds of them */
    size_t vni;          /* VNI marks after their vowel */
    size_t unicode;      /* letters only Unicode has */
    size_t circumflex;   /* "â", "ê", "ô" (either case) */
    size_t images;       /* "õ", "ờ", "ụ": what TCVN3 read twice makes of them */
    size_t letters;      /* letters beyond ASCII */
} tally;

/* Whether the text read so far can be nothing but plain Unicode: then
 * no need to read it all. */
static int plainly_unicode(const tally *t)
{
    return t->circumflex >= 64 && t->unicode >= 256 && t->unicode > (t->marks + t->vni) * 8;
}

int tsx_legacy_font_text(const char *in, size_t len)
{
    const unsigned char *s = (const unsigned char *)in;
    tally t = {0};
    unsigned char seen[0x60] = {0};
    int32_t prev = ' ';
    for (size_t i = 0; i < len && !plainly_unicode(&t);) {
        if (s[i] < 0x80) {
            prev = s[i++];
            continue;
        }
        int32_t cp;
        size_t k = tsx_utf8_decode(s + i, len - i, &cp);
        if (cp == 0xFFFD && k == 1)
            return TSX_FONT_NONE; /* invalid UTF-8: the NFC stage says where */
        /* TCVN3 writes a vowel as one byte, mostly after a consonant; VNI
         * its marks after the vowel's plain letter. */
        if (vni_mark(prev, cp)) {
            t.vni++;
        } else if (cp >= 0xA0 && cp <= 0xFF && tcvn3_mark(cp)) {
            t.marks++;
            if (!seen[cp - 0xA0]++)
                t.kinds++;
        } else if (unicode_only(cp)) {
            t.unicode++;
        }
        int32_t lower = cp | (cp < 0x100 ? 0x20 : 0);
        if (lower == 0xE2 || lower == 0xEA || lower == 0xF4)
            t.circumflex++;
        else if (lower == 0xF5 || cp == 0x1EDD || cp == 0x1EE5)
            t.images++;
        if (tsx_cp_lower(cp) || tsx_cp_upper(cp))
            t.letters++;
        prev = cp;
        i += k;
    }
    /* A handful of "®" or "·" is a Unicode text's; the font's text has
     * them in nearly every word, several kinds of them. */
    if (t.vni >= 8 && t.vni > t.marks && t.unicode * 4 < t.vni)
        return TSX_FONT_VNI;
    if (t.marks >= 8 && t.kinds >= 3 && t.unicode * 4 < t.marks)
        return TSX_FONT_TCVN3;
    /* Read through the table twice: "â", "ê", "ô" gone, their images
     * many (a Vietnamese text of a few sentences has dozens of the one or
     * the other). */
    if (t.letters >= 60 && t.images >= 6 && t.circumflex * 20 < t.images)
        return TSX_FONT_TWICE;
    return TSX_FONT_NONE;
}

/* Whether the line s[0..n) holds a letter only Unicode has. */
static int line_in_unicode(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = s[i] < 0x80 ? (cp = s[i], 1) : tsx_utf8_decode(s + i, n - i, &cp);
        if (unicode_only(cp))
            return 1;
        i += k;
    }
    return 0;
}

/* Whether the word from i is written in capitals: its plain letters are
 * (at least one, no lowercase one). */
static int word_in_capitals(const unsigned char *s, size_t n, size_t i)
{
    int upper = 0;
    for (; i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t'; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
        if (s[i] >= 'A' && s[i] <= 'Z')
            upper = 1;
    }
    return upper;
}

static int ascii_letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int ascii_vowel(unsigned char c)
{
    return strchr("aeiouy", c | 0x20) != NULL;
}

/* The letter at s[i..n) (ASCII or the font's), 0 when none; *len its
 * bytes. */
static int32_t letter_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
    *len = 1;
    if (i >= n)
        return 0;
    if (s[i] < 0x80)
        return ascii_letter(s[i]) ? s[i] : 0;
    int32_t cp;
    *len = tsx_utf8_decode(s + i, n - i, &cp);
    return tsx_tcvn3_letter(cp);
}

/* The font's "ư" is the byte a soft hyphen has, which PDF readers hand
 * on as '-': it is "ư" where a syllable can have it, after consonants
 * only ("ng-ời", "-ớc", "đầu t-") and before what follows "ư" in a
 * syllable (ơ, a, u, i, n, c, t, m) or the word's end; "nông-lâm",
 * "Rịa-Vũng", "- xã hội" and "-Tình hình" keep their dash. */
static int hyphen_is_u_horn(const unsigned char *s, size_t n, size_t i, int onset, int consonants)
{
    if (!onset)
        return 0;
    size_t k;
    int32_t next = letter_at(s, n, i + 1, &k);
    if (!next)
        return consonants > 0 && (i + 1 >= n || !(s[i + 1] >= '0' && s[i + 1] <= '9'));
    if (next < 0x80)
        return strchr("auinctm", next) != NULL;
    int32_t base = next;
    utf8proc_int32_t d[4];
    if (utf8proc_decompose_char(next, d, 4, UTF8PROC_DECOMPOSE, NULL) >= 1)
        base = d[0];
    return base == 'o' || base == 'a' || base == 'u' || base == 'i';
}

/* Appends the line s[a..b), read back from the font's bytes, to out. */
static int decode_line(const unsigned char *s, size_t a, size_t b, tsx_buf *out, tsx_map *map)
{
    int capitals = 0;
    int onset = 1;      /* only consonants since the word began */
    int consonants = 0; /* ... and how many */
    for (size_t i = a; i < b;) {
        if (i == a || s[i - 1] == ' ' || s[i - 1] == '\t')
            capitals = word_in_capitals(s, b, i);
        size_t k;
        int32_t letter = letter_at(s, b, i, &k);
        if (!letter && s[i] == '-' && hyphen_is_u_horn(s, b, i, onset, consonants)) {
            letter = 0x01B0;
            onset = 0;
        } else if (!letter) {
            onset = 1;
            consonants = 0;
        } else if (letter < 0x80 ? ascii_vowel((unsigned char)letter)
                                 : letter != 0x0111 && letter != 0x0110) {
            onset = 0;
        } else {
            consonants++;
        }
        if (!letter || letter < 0x80) {
            if (tsx_buf_add(out, (const char *)s + i, k) != TS_OK)
                return TS_ENOMEM;
            i += k;
            continue;
        }
        if (capitals)
            letter = utf8proc_toupper(letter);
        char u[4];
        size_t m = tsx_utf8_encode(letter, u);
        if (tsx_map_mark(map, out->len, i) != TS_OK || tsx_buf_add(out, u, m) != TS_OK ||
            tsx_map_mark(map, out->len, i + k) != TS_OK)
            return TS_ENOMEM;
        i += k;
    }
    return TS_OK;
}

int tsx_legacy_font_decode(const char *in, size_t len, int font, tsx_buf *out, tsx_map *map)
{
    const unsigned char *s = (const unsigned char *)in;
    if (tsx_buf_reserve(out, len + len / 2 + 1) != TS_OK)
        return TS_ENOMEM;
    for (size_t a = 0; a < len;) {
        const unsigned char *nl = memchr(s + a, '\n', len - a);
        size_t b = nl ? (size_t)(nl - s) + 1 : len;
        int rc;
        if (line_in_unicode(s + a, b - a)) {
            rc = tsx_map_mark(map, out->len, a);
            if (rc == TS_OK)
                rc = tsx_buf_add(out, in + a, b - a);
        } else {
            rc = tsx_map_mark(map, out->len, a);
            if (rc == TS_OK)
                rc = font == TSX_FONT_VNI ? tsx_vni_decode_line(s, a, b, out, map)
                                          : decode_line(s, a, b, out, map);
        }
        if (rc != TS_OK)
            return rc;
        a = b;
    }
    return TS_OK;
}
