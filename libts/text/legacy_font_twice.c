/* Unicode text that a converter ran through the TCVN3 table once more:
 * every letter Latin-1 has ("á", "â", "ì") became the TCVN3 letter of its
 * byte ("ỏ", "õ", "ỡ"), the others stayed ("bình quân" reads "bỡnh
 * quõn", "công nghiệp" "cụng nghiệp").  Document sites that turned old
 * reports into text spread such copies.
 *
 * legacy_font.c tells the text by what it lacks: "â", "ê" and "ô" (which
 * the table turns into "õ", "ờ" and "ụ", and no letter turns into) are in
 * nearly every sentence of a Vietnamese text.  A changed letter that is no
 * Vietnamese letter of its own ("õ", "ó", "ú") is read back for certain;
 * one that is ("ờ", "ụ", "ớ") may be the text's own, so each word is read
 * the way a Vietnamese syllable can be written ("bỡnh" cannot: no "ơnh";
 * "cùc" cannot: "-c" takes only the rising or the heavy tone) and, of
 * those, the way the built-in lexicon and gazetteer write a word ("công",
 * not "cụng"; "dịch vụ", not "dịch vô"); a word they do not know is read
 * back whole. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "ts_extract.h"
#include "ts_gazetteer.h"
#include "text/text_internal.h"

/* ---- the letters the table changed, and back ---- */

/* The letter Latin-1 letter cp became, or 0 (unchanged: "à", "ý", and
 * capitals TCVN3 has no letter at the byte of). */
static int32_t changed_to(int32_t cp)
{
    int32_t t = cp >= 0xC0 && cp <= 0xFF ? tsx_tcvn3_letter(cp) : 0;
    return t == cp ? 0 : t;
}

/* The Latin-1 letter that became cp, or 0; *capital: it is a capital
 * (read back only in a word written in capitals). */
static int32_t changed_from(int32_t cp, int *capital)
{
    for (int32_t l = 0xC0; l <= 0xFF; l++)
        if (tsx_vietnamese_latin1(l) && changed_to(l) == cp) {
            *capital = l < 0xE0;
            return l;
        }
    return 0;
}

/* A changed letter no Vietnamese text writes as its own: the text had
 * the Latin-1 letter (all of those were changed). */
static int certain(int32_t cp)
{
    return cp >= 0xC0 && cp <= 0xFF;
}

/* ---- the words the lexicon and gazetteer write ---- */

typedef struct {
    char **word; /* lower case, sorted */
    size_t n;
} wordlist;

static wordlist known;
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static int cmp_word(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return tsx_cp_lower(cp) || tsx_cp_upper(cp);
}

/* Appends the lower-case words of text to w (cap: its room). */
static void add_words(const char *text, size_t *cap)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);
    char buf[64];
    size_t bl = 0;
    for (size_t i = 0; i <= n;) {
        int32_t cp = 0;
        size_t k = i < n ? tsx_utf8_decode(s + i, n - i, &cp) : 1;
        if (i < n && is_letter(cp)) {
            if (bl + 4 < sizeof buf)
                bl += tsx_utf8_encode(utf8proc_tolower(cp), buf + bl);
        } else if (bl) {
            if (known.n == *cap) {
                size_t c = *cap ? *cap * 2 : 4096;
                char **g = realloc(known.word, c * sizeof *g);
                if (!g)
                    return;
                known.word = g;
                *cap = c;
            }
            char *copy = malloc(bl + 1);
            if (!copy)
                return;
            memcpy(copy, buf, bl);
            copy[bl] = '\0';
            known.word[known.n++] = copy;
            bl = 0;
        }
        i += k;
    }
}

static void known_init(void)
{
    size_t cap = 0;
    add_words(ts_builtin_lexicon_tsv, &cap);
    add_words(ts_builtin_areas_tsv, &cap);
    if (known.n)
        qsort(known.word, known.n, sizeof *known.word, cmp_word);
}

/* How many times the lexicon and gazetteer write the word w (lower case). */
static size_t times_known(const char *w)
{
    pthread_once(&known_once, known_init);
    size_t lo = 0, hi = known.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(known.word[mid], w) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t count = 0;
    while (lo + count < known.n && strcmp(known.word[lo + count], w) == 0)
        count++;
    return count;
}

/* ---- how a syllable can be written ---- */

enum { TONE_NONE, TONE_RISING, TONE_FALLING, TONE_HOOK, TONE_TILDE, TONE_HEAVY };

/* A letter as a plain base, its shape (^, breve, horn) and its tone. */
typedef struct {
    char base;  /* 'a'..'z', 'D' for đ */
    char shape; /* 0, '^', 'v' (breve), '+' (horn) */
    char tone;
} letter;

static letter split(int32_t cp)
{
    letter l = {0, 0, TONE_NONE};
    cp = utf8proc_tolower(cp);
    if (cp == 0x0111) {
        l.base = 'D';
        return l;
    }
    utf8proc_int32_t d[4];
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE, NULL);
    for (utf8proc_ssize_t i = 0; i < n && i < 4; i++) {
        switch (d[i]) {
        case 0x0301: l.tone = TONE_RISING; break;
        case 0x0300: l.tone = TONE_FALLING; break;
        case 0x0309: l.tone = TONE_HOOK; break;
        case 0x0303: l.tone = TONE_TILDE; break;
        case 0x0323: l.tone = TONE_HEAVY; break;
        case 0x0302: l.shape = '^'; break;
        case 0x0306: l.shape = 'v'; break;
        case 0x031B: l.shape = '+'; break;
        default:
            if (d[i] < 0x80)
                l.base = (char)(d[i] | 0x20);
        }
    }
    return l;
}

static int vowel(letter l)
{
    return l.base && strchr("aeiouy", l.base) != NULL;
}

/* Whether the word (n letters) can be a Vietnamese syllable as far as the
 * letters the table changes decide. */
static int can_be_written(const letter *w, size_t n)
{
    if (!n)
        return 1;
    int tone = TONE_NONE;
    for (size_t i = 0; i < n; i++)
        if (w[i].tone)
            tone = w[i].tone;
    char last = w[n - 1].base;
    int ch = n >= 2 && w[n - 2].base == 'c' && last == 'h';
    int nh = n >= 2 && w[n - 2].base == 'n' && last == 'h';
    /* "-p", "-t", "-c", "-ch" take only the rising and the heavy tone. */
    if ((last == 'p' || last == 't' || last == 'c' || ch) && tone != TONE_RISING &&
        tone != TONE_HEAVY)
        return 0;
    /* "-nh", "-ch" only after a, ê, i, y. */
    if ((ch || nh) && n >= 3 && vowel(w[n - 3])) {
        letter v = w[n - 3];
        if (!((v.base == 'a' && !v.shape) || (v.base == 'e' && v.shape == '^') || v.base == 'i' ||
              v.base == 'y'))
            return 0;
    }
    /* "ngh-", "gh-" before i, e, ê only; "k-" before those and y. */
    size_t on = 0;
    while (on < n && !vowel(w[on]))
        on++;
    if (on < n && on >= 2 && w[on - 1].base == 'h' && w[on - 2].base == 'g' &&
        !(w[on].base == 'i' || w[on].base == 'e'))
        return 0;
    if (on == 1 && w[0].base == 'k' && !(w[1].base == 'i' || w[1].base == 'e' || w[1].base == 'y'))
        return 0;
    /* No "iơ", "yơ", "ơa", "ưê", nor "ư" before a toned "i". */
    for (size_t i = 0; i + 1 < n; i++) {
        letter a = w[i], b = w[i + 1];
        if ((a.base == 'i' || a.base == 'y') && b.base == 'o' && b.shape == '+')
            return 0;
        if (a.base == 'o' && a.shape == '+' && b.base == 'a')
            return 0;
        if (a.base == 'u' && a.shape == '+' &&
            ((b.base == 'e' && b.shape == '^') || (b.base == 'i' && b.tone)))
            return 0;
    }
    return 1;
}

/* ---- reading a word back ---- */

#define MAX_WORD 16  /* letters; a longer run is no syllable */
#define MAX_CHOICE 4 /* letters in doubt in one word */

typedef struct {
    int32_t cp[MAX_WORD];
    size_t start[MAX_WORD + 1]; /* byte offsets in the text */
    size_t n;
} word;

/* The word w with the letters in doubt set by the bits of pick. */
static void spell(const word *w, const size_t *doubt, const int32_t *back, size_t nd,
                  unsigned pick, int32_t *out)
{
    memcpy(out, w->cp, w->n * sizeof *out);
    for (size_t k = 0; k < nd; k++)
        if (pick >> k & 1)
            out[doubt[k]] = back[k];
}

static void lower_utf8(const int32_t *cp, size_t n, char *out)
{
    size_t l = 0;
    for (size_t i = 0; i < n; i++)
        l += tsx_utf8_encode(utf8proc_tolower(cp[i]), out + l);
    out[l] = '\0';
}

/* Reads the word back into out (w->n letters). */
static void read_back(const word *w, int32_t *out)
{
    int capitals = 1;
    for (size_t i = 0; i < w->n; i++)
        if (w->cp[i] < 0x80 && w->cp[i] >= 'a' && w->cp[i] <= 'z')
            capitals = 0;
    size_t doubt[MAX_CHOICE], nd = 0;
    int32_t back[MAX_CHOICE];
    int32_t fixed[MAX_WORD];
    memcpy(fixed, w->cp, w->n * sizeof *fixed);
    for (size_t i = 0; i < w->n; i++) {
        int capital;
        int32_t from = changed_from(w->cp[i], &capital);
        if (!from || (capital && !capitals))
            continue;
        if (certain(w->cp[i]))
            fixed[i] = from;
        else if (nd < MAX_CHOICE) {
            doubt[nd] = i;
            back[nd++] = from;
        }
    }
    word f = *w;
    memcpy(f.cp, fixed, w->n * sizeof *fixed);
    /* Of the spellings a syllable can have, the one the lexicon writes
     * most; of those it does not know, the one with most letters read
     * back. */
    unsigned best = 0;
    int best_ok = -1, best_reads = -1;
    size_t best_times = 0;
    for (unsigned pick = 0; pick < 1u << nd; pick++) {
        int32_t cand[MAX_WORD];
        spell(&f, doubt, back, nd, pick, cand);
        letter l[MAX_WORD];
        for (size_t i = 0; i < w->n; i++)
            l[i] = split(cand[i]);
        int ok = can_be_written(l, w->n);
        char u[MAX_WORD * 4 + 1];
        lower_utf8(cand, w->n, u);
        size_t times = ok ? times_known(u) : 0;
        int reads = __builtin_popcount(pick);
        if (ok > best_ok || (ok == best_ok && times > best_times) ||
            (ok == best_ok && times == best_times && reads > best_reads)) {
            best = pick;
            best_ok = ok;
            best_times = times;
            best_reads = reads;
        }
    }
    spell(&f, doubt, back, nd, best, out);
}

/* Appends the word, read back, with anchors for the letters changed. */
static int emit_word(const char *in, const word *w, tsx_buf *out, tsx_map *map)
{
    int32_t got[MAX_WORD];
    read_back(w, got);
    for (size_t i = 0; i < w->n; i++) {
        size_t a = w->start[i], b = w->start[i + 1];
        if (got[i] == w->cp[i]) {
            if (tsx_buf_add(out, in + a, b - a) != TS_OK)
                return TS_ENOMEM;
            continue;
        }
        char u[4];
        size_t m = tsx_utf8_encode(got[i], u);
        if (tsx_map_mark(map, out->len, a) != TS_OK || tsx_buf_add(out, u, m) != TS_OK ||
            tsx_map_mark(map, out->len, b) != TS_OK)
            return TS_ENOMEM;
    }
    return TS_OK;
}

int tsx_legacy_twice_repair(const char *in, size_t len, tsx_buf *out, tsx_map *map)
{
    const unsigned char *s = (const unsigned char *)in;
    if (tsx_buf_reserve(out, len + 1) != TS_OK || tsx_map_mark(map, out->len, 0) != TS_OK)
        return TS_ENOMEM;
    word w;
    w.n = 0;
    int touched = 0; /* the word holds a letter the table changes */
    for (size_t i = 0; i <= len;) {
        int32_t cp = 0;
        size_t k = i < len ? (s[i] < 0x80 ? (cp = s[i], 1) : tsx_utf8_decode(s + i, len - i, &cp))
                           : 0;
        if (i < len && is_letter(cp) && w.n < MAX_WORD) {
            w.start[w.n] = i;
            w.cp[w.n++] = cp;
            int capital;
            touched |= changed_from(cp, &capital) != 0;
            i += k;
            continue;
        }
        if (w.n) {
            w.start[w.n] = i;
            int rc = touched ? emit_word(in, &w, out, map)
                             : tsx_buf_add(out, in + w.start[0], i - w.start[0]);
            if (rc != TS_OK)
                return TS_ENOMEM;
            w.n = 0;
            touched = 0;
            if (i < len && is_letter(cp))
                continue; /* a run longer than a word: its rest is read on */
        }
        if (i >= len)
            break;
        if (tsx_map_mark(map, out->len, i) != TS_OK || tsx_buf_add(out, in + i, k) != TS_OK)
            return TS_ENOMEM;
        i += k;
    }
    return TS_OK;
}
