/* Joins cleaned lines into paragraphs and splits paragraphs into
 * sentences.  A Vietnamese sentence ends with ".", "!", "?" or "…" before
 * a space and a capital (or a list marker); never at ";" (year lists use
 * it), inside numbers ("1.304.372"), after an abbreviation ("TP. Kon
 * Tum") or after the enumerator that opens a heading ("1.2. Về kinh tế"). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "text/text_internal.h"

/* A paragraph being assembled from lines: text plus map to NFC. */
typedef struct {
    tsx_buf text;
    tsx_map map;
    const tsx_line *last; /* last line added, NULL when empty */
    int footnote;
} para;

static int is_ws(char c) { return c == ' ' || c == '\t'; }

/* Appends line ln's text with white space runs collapsed to one space. */
static int para_add(para *p, const tsx_lines *l, const tsx_line *ln)
{
    const char *s = l->arena.data + ln->start;
    size_t i = 0, n = ln->len;
    while (i < n && is_ws(s[i]))
        i++;
    while (n > i && is_ws(s[n - 1]))
        n--;
    if (p->text.len) {
        /* "2021-" + "2025": a range broken at its dash joins without space. */
        char prev = p->text.data[p->text.len - 1];
        int range = prev == '-' && p->text.len >= 2 &&
                    p->text.data[p->text.len - 2] >= '0' &&
                    p->text.data[p->text.len - 2] <= '9' && s[i] >= '0' && s[i] <= '9';
        if (!range) {
            if (tsx_map_copy(&p->map, p->text.len, &l->map, ln->start + i, ln->start + i + 1) != TS_OK ||
                tsx_buf_add(&p->text, " ", 1) != TS_OK)
                return TS_ENOMEM;
        }
    }
    while (i < n) {
        size_t j = tsx_find_wide(s, n, i);
        /* [i, j) is copied as it is; then one space stands for the run. */
        if (tsx_map_copy(&p->map, p->text.len, &l->map, ln->start + i, ln->start + j) != TS_OK ||
            tsx_buf_add(&p->text, s + i, j - i) != TS_OK)
            return TS_ENOMEM;
        if (j < n) {
            if (tsx_map_copy(&p->map, p->text.len, &l->map, ln->start + j, ln->start + j + 1) != TS_OK ||
                tsx_buf_add(&p->text, " ", 1) != TS_OK)
                return TS_ENOMEM;
            while (j < n && is_ws(s[j]))
                j++;
        }
        i = j;
    }
    p->last = ln;
    return TS_OK;
}

static const char *const abbrev[] = {
    "TP", "Tp", "tp", "TX", "TT", "Q", "P", "ThS", "Th.S", "TS", "PGS", "GS", "BS",
    "KS", "CN", "St", "Mr", "Mrs", "Dr", "Co", "Ltd", "v.v", "Ths", "NXB", NULL};

static int is_abbrev(const char *w, size_t n)
{
    for (size_t i = 0; abbrev[i]; i++)
        if (strlen(abbrev[i]) == n && !memcmp(abbrev[i], w, n))
            return 1;
    return 0;
}

/* An enumerator: digits and dots ("1", "1.2"), a Roman numeral, or one
 * letter. */
static int is_enumerator(const char *w, size_t n)
{
    size_t d = 0, r = 0;
    for (size_t i = 0; i < n; i++) {
        d += (w[i] >= '0' && w[i] <= '9') || w[i] == '.';
        r += w[i] == 'I' || w[i] == 'V' || w[i] == 'X';
    }
    if (n && (d == n || r == n) && n <= 8)
        return 1;
    return n == 1 && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'));
}

static int cp_at(const char *s, size_t n, size_t i, int32_t *cp)
{
    if (i >= n)
        return 0;
    return (int)tsx_utf8_decode((const unsigned char *)s + i, n - i, cp);
}

/* Whether the full stop at i, with no space after it, still ends a
 * sentence: a lower-case word glued to a capitalised one ("đạt 39% dự
 * toán.Tổng giá trị ..."), as pages pasted together print it; never an
 * abbreviation ("Tp.Hồ Chí Minh"), a capital run ("TP.HCM") or a web
 * address ("vnexpress.net"). */
static int glued_start(const char *s, size_t n, size_t start, size_t i)
{
    size_t b = i;
    while (b > start && ((unsigned char)s[b - 1] & 0xC0) == 0x80)
        b--;
    int32_t before, first, second;
    if (b == start || !cp_at(s, n, b - 1, &before) || !tsx_cp_lower(before))
        return 0;
    size_t w = i;
    while (w > start && s[w - 1] != ' ')
        w--;
    if (i - w < 2 || is_abbrev(s + w, i - w))
        return 0;
    int l1 = cp_at(s, n, i + 1, &first);
    return l1 && tsx_cp_upper(first) && cp_at(s, n, i + 1 + (size_t)l1, &second) &&
           tsx_cp_lower(second);
}

/* Where the next sentence starts if the terminator run ending at j (first
 * byte after it) closes the sentence started at start; 0 when it does not.
 * i is the terminator's first byte. */
static size_t boundary(const char *s, size_t n, size_t start, size_t i, size_t j)
{
    /* Closing quotes and brackets belong to the sentence they close. */
    for (;;) {
        if (j < n && (s[j] == '"' || s[j] == ')' || s[j] == '\'' || s[j] == ']')) {
            j++;
        } else if (j + 2 < n && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
                   ((unsigned char)s[j + 2] == 0x9D || (unsigned char)s[j + 2] == 0x99)) {
            j += 3;
        } else {
            break;
        }
    }
    if (j == i + 1 && s[i] == '.' && glued_start(s, n, start, i))
        return j;
    if (j >= n || s[j] != ' ')
        return 0;
    size_t k = j + 1;
    int32_t cp;
    if (!cp_at(s, n, k, &cp))
        return 0;
    int ok = tsx_cp_upper(cp) || cp == '"' || cp == 0x201C ||
             ((cp == '-' || cp == '+') && k + 1 < n && s[k + 1] == ' ');
    if (!ok && cp == '(' && k + 1 < n) {
        int32_t c2;
        ok = cp_at(s, n, k + 1, &c2) && tsx_cp_upper(c2);
    }
    if (!ok)
        return 0;
    if (s[i] == '.') {
        /* The word before the period. */
        size_t w = i;
        while (w > start && s[w - 1] != ' ')
            w--;
        if (is_abbrev(s + w, i - w))
            return 0;
        if (w == start && is_enumerator(s + w, i - w))
            return 0;
        if (i - w == 1 && s[w] >= 'A' && s[w] <= 'Z')
            return 0; /* an initial */
    }
    return k;
}

static int add_sentence(tsx_sents *out, const para *p, size_t a, size_t b, size_t no)
{
    while (a < b && p->text.data[a] == ' ')
        a++;
    while (b > a && p->text.data[b - 1] == ' ')
        b--;
    if (a == b)
        return TS_OK;
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 256;
        tsx_sent *v = realloc(out->v, cap * sizeof *v);
        if (!v)
            return TS_ENOMEM;
        out->v = v;
        out->cap = cap;
    }
    size_t at = out->arena.len;
    if (tsx_map_copy(&out->map, at, &p->map, a, b) != TS_OK ||
        tsx_buf_add(&out->arena, p->text.data + a, b - a) != TS_OK ||
        tsx_buf_add(&out->arena, "", 1) != TS_OK)
        return TS_ENOMEM;
    tsx_sent *st = &out->v[out->n++];
    st->start = at;
    st->len = b - a;
    st->nfc = tsx_map_lookup(&p->map, a);
    st->in_footnote = p->footnote;
    st->para = no;
    return TS_OK;
}

/* The first i' >= i holding '.', '!', '?', '%' or 0xE2 (the lead byte
 * of '…'), or n: eight bytes at a time, as most of a paragraph is none. */
static size_t next_stop(const char *s, size_t n, size_t i)
{
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (tsx_bytes_eq(w, 0x2E2E2E2E2E2E2E2EULL) | tsx_bytes_eq(w, 0x2121212121212121ULL) |
            tsx_bytes_eq(w, 0x3F3F3F3F3F3F3F3FULL) | tsx_bytes_eq(w, 0xE2E2E2E2E2E2E2E2ULL) |
            tsx_bytes_eq(w, 0x2525252525252525ULL))
            break;
        i += 8;
    }
    while (i < n && s[i] != '.' && s[i] != '!' && s[i] != '?' && s[i] != '%' &&
           (unsigned char)s[i] != 0xE2)
        i++;
    return i;
}

/* "đạt 34,41%Tỷ lệ người dân ...": a percentage glued to the capitalised
 * word that opens the next sentence, its full stop lost in pasting. */
static int percent_glued_start(const char *s, size_t n, size_t i)
{
    int32_t first, second;
    int l1 = cp_at(s, n, i + 1, &first);
    return i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && l1 && tsx_cp_upper(first) &&
           cp_at(s, n, i + 1 + (size_t)l1, &second) && tsx_cp_lower(second);
}

/* Splits the paragraph into sentences and empties it. */
static int para_flush(para *p, tsx_sents *out)
{
    const char *s = p->text.data;
    size_t n = p->text.len, start = 0, i = 0;
    size_t no = out->paras++;
    while (i < n) {
        size_t j = 0;
        /* Only terminators matter: jump to the next candidate byte. */
        i = next_stop(s, n, i);
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == '%') {
            if (percent_glued_start(s, n, i)) {
                if (add_sentence(out, p, start, i + 1, no) != TS_OK)
                    return TS_ENOMEM;
                start = i + 1;
            }
            i++;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            j = i + 1;
            while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
                j++;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   (unsigned char)s[i + 2] == 0xA6) {
            j = i + 3;
        }
        size_t k = j ? boundary(s, n, start, i, j) : 0;
        if (k) {
            if (add_sentence(out, p, start, k, no) != TS_OK)
                return TS_ENOMEM;
            start = i = k;
            continue;
        }
        i = j ? j : i + 1;
    }
    if (add_sentence(out, p, start, n, no) != TS_OK)
        return TS_ENOMEM;
    p->text.len = 0;
    p->map.n = 0;
    p->last = NULL;
    return TS_OK;
}

static int cmp_offset(const void *a, const void *b)
{
    const tsx_sent *x = a, *y = b;
    if (x->nfc != y->nfc)
        return x->nfc < y->nfc ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

int tsx_sentences(const tsx_lines *l, tsx_sents *out)
{
    para run = {0}, note = {.footnote = 1};
    int rc = tsx_buf_reserve(&out->arena, l->arena.len + 1);
    for (size_t i = 0; i < l->n && rc == TS_OK; i++) {
        const tsx_line *ln = &l->v[i];
        if (ln->flags & TSX_LINE_BLANK)
            continue;
        int fn = (ln->flags & TSX_LINE_FOOTNOTE) != 0;
        para *p = fn ? &note : &run;
        /* Running text ends the footnote it interrupted; a footnote never
         * ends the running paragraph, which may go on after it. */
        if (!fn && note.last)
            rc = para_flush(&note, out);
        if (rc == TS_OK && p->last && !tsx_line_continues(l, p->last, ln))
            rc = para_flush(p, out);
        if (rc == TS_OK)
            rc = para_add(p, l, ln);
    }
    if (rc == TS_OK && note.last)
        rc = para_flush(&note, out);
    if (rc == TS_OK && run.last)
        rc = para_flush(&run, out);
    tsx_buf_free(&run.text);
    tsx_map_free(&run.map);
    tsx_buf_free(&note.text);
    tsx_map_free(&note.map);
    /* Paragraphs close out of order around footnotes: restore the order
     * of the original text. */
    if (rc == TS_OK && out->n > 1)
        qsort(out->v, out->n, sizeof *out->v, cmp_offset);
    return rc;
}

void tsx_sents_free(tsx_sents *s)
{
    tsx_buf_free(&s->arena);
    tsx_map_free(&s->map);
    free(s->v);
    memset(s, 0, sizeof *s);
}
