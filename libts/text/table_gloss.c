/* The statistics offices' yearbooks are bilingual: every head, label and
 * caption has its English gloss after a dash ("TỔNG SỐ - TOTAL", "Nhà
 * nước - State", "ĐVT: Triệu đồng - Unit: Mill. dongs"), after the words
 * ("Dịch vụ Service") or on the lines under it ("Nông nghiệp, lâm nghiệp
 * và thủy sản" over "Agriculture, forestry and fishing", "Sơ bộ" over
 * "Prel. 2017").  The glosses are taken out of the lines before the
 * tables are cut, so labels read as Vietnamese and a gloss line is no
 * row, cell or caption of its own.
 *
 * A gloss is told by its spelling, not by a list of words: it is written
 * in ASCII letters only, and some of its words cannot be a Vietnamese
 * syllable (an onset, one vowel group, a final consonant from the few the
 * language has): "forestry", "State", "Prel.".  Words without a vowel
 * ("kg", "m2") and short capitals ("GRDP", "FDI", "USD") say nothing
 * either way, and Vietnamese written without its marks ("Tong so", "Kon
 * Tum") spells syllables only, so neither is taken for a gloss. */
#include "text/table.h"
#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

enum { W_OTHER, W_SYLLABLE, W_FOREIGN };

static int ascii_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch; }
static int vowel(char ch) { return ch && strchr("aeiouy", lower(ch)) != NULL; }

/* Length of the longest of the '|'-parted spellings in set that w[0..n)
 * starts with (lower case), 0 for none. */
static size_t starts_with_one(const char *w, size_t n, const char *set)
{
    size_t best = 0;
    for (const char *p = set; *p;) {
        const char *e = strchr(p, '|');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k <= n && k > best) {
            size_t i = 0;
            while (i < k && lower(w[i]) == p[i])
                i++;
            if (i == k)
                best = k;
        }
        p += k + (e != NULL);
    }
    return best;
}

/* Nonzero when the ASCII letters w[0..n) spell a Vietnamese syllable
 * without its marks: onset, one to three vowels, a final consonant. */
static int syllable(const char *w, size_t n)
{
    static const char onsets[] = "b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x";
    static const char codas[] = "c|ch|m|n|ng|nh|p|t";
    size_t i = starts_with_one(w, n, onsets);
    size_t v = 0;
    while (i + v < n && vowel(w[i + v]))
        v++;
    /* "gi" and "qu" before no other vowel are a vowel themselves ("gì"). */
    if (v == 0 && i >= 2 && (lower(w[i - 1]) == 'i' || lower(w[i - 1]) == 'u'))
        v = 1, i--;
    if (v == 0 || v > 3)
        return 0;
    i += v;
    if (i == n)
        return 1;
    return starts_with_one(w + i, n - i, codas) == n - i;
}

/* What the letters w[0..n) say of a gloss. */
static int word_kind(const char *w, size_t n)
{
    size_t vowels = 0, upper = 0;
    for (size_t i = 0; i < n; i++) {
        vowels += vowel(w[i]);
        upper += w[i] >= 'A' && w[i] <= 'Z';
    }
    if (!vowels)
        return W_OTHER;
    if (upper == n && n < 5)
        return W_OTHER; /* an acronym */
    return syllable(w, n) ? W_SYLLABLE : W_FOREIGN;
}

/* Marks that may stand in a gloss between its words. */
static int gloss_mark(char ch) { return ch && strchr(" ,.:;()&/'-%", ch) != NULL; }

/* The line above the one looked at, slugged when first asked. */
typedef struct {
    const ts_span *above; /* NULL: none */
    int slugged;
    char slug[256];       /* "thanh-pho-hoa-binh" */
} names_above;

/* Nonzero when the capitalised syllable w[0..n) is a word of the line
 * above: a name the gloss writes without its marks ("Thành phố Hòa Bình"
 * over "Hoa Binh city"). */
static int named_above(const char *w, size_t n, names_above *na)
{
    if (!(w[0] >= 'A' && w[0] <= 'Z') || !na->above)
        return 0;
    if (!na->slugged) {
        ts_text_slug(na->above->text, na->above->len, na->slug, sizeof na->slug);
        na->slugged = 1;
    }
    for (const char *p = na->slug; *p;) {
        const char *e = strchr(p, '-');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        size_t i = 0;
        while (k == n && i < n && lower(w[i]) == p[i])
            i++;
        if (k == n && i == n)
            return 1;
        p += k + (e != NULL);
    }
    return 0;
}

/* Where the gloss in s[a..b) starts when the words from w on are one: ASCII
 * letters, figures and marks only, a foreign word among them, and no more
 * syllables than foreign words and names the line above writes.  b when
 * they are none. */
static size_t gloss_from(const char *s, size_t w, size_t b, names_above *names)
{
    size_t foreign = 0, syllables = 0, named = 0, i = w;
    while (i < b) {
        if (ascii_letter(s[i])) {
            size_t e = i;
            while (e < b && ascii_letter(s[e]))
                e++;
            int k = word_kind(s + i, e - i);
            if (k == W_SYLLABLE && named_above(s + i, e - i, names))
                named++;
            else {
                foreign += k == W_FOREIGN;
                syllables += k == W_SYLLABLE;
            }
            i = e;
        } else if (is_digit(s[i]) || gloss_mark(s[i])) {
            i++; /* "at constant 2010 prices", "Prel. 2017" */
        } else {
            return b;
        }
    }
    return foreign && syllables <= foreign + named ? w : b;
}

/* The start of the gloss that ends the piece s[a..b) (a cell between tabs
 * or wide gaps), b when it has none: the whole piece, or after " - " or
 * " – " with words before, or among the words after the last one that is
 * not ASCII. */
static size_t gloss_in_piece(const char *s, size_t a, size_t b, names_above *names)
{
    size_t from = b;
    while (from > a && (unsigned char)s[from - 1] < 0x80)
        from--;
    /* The ASCII tail of the word that holds the last mark is that word's. */
    while (from > a && from < b && ascii_letter(s[from]))
        from++;
    for (size_t i = from; i + 2 < b; i++) {
        int dash = s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ';
        if (dash && i > a) {
            size_t g = gloss_from(s, i + 3, b, names);
            if (g < b)
                return i;
        }
    }
    /* An en dash before ASCII words only. */
    if (from >= a + 4 && memcmp(s + from - 3, "\xe2\x80\x93", 3) == 0 && s[from - 4] == ' '
        && from - 4 > a && gloss_from(s, from, b, names) < b)
        return from - 4;
    if (from == a)
        return gloss_from(s, a, b, names) == a ? a : b;
    /* The gloss opens with a capital ("kinh tế By types of ownership"),
     * else at its first foreign word ("kinh doanh Production"). */
    size_t capital = b;
    for (size_t w = from; w < b; w++) {
        if (!ascii_letter(s[w]) || ascii_letter(s[w - 1]))
            continue;
        size_t e = w;
        while (e < b && ascii_letter(s[e]))
            e++;
        int kind = word_kind(s + w, e - w);
        if (capital == b && s[w] >= 'A' && s[w] <= 'Z' && kind != W_OTHER && gloss_from(s, w, b, names) == w)
            capital = w;
        if (kind == W_FOREIGN)
            return capital < b ? capital : gloss_from(s, w, b, names) == w ? w : b;
        if (kind != W_SYLLABLE)
            return b;
    }
    return b;
}

/* The end of the piece of s that starts at i: a tab or two spaces end it. */
static size_t piece_end(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != '\t' && !(s[i] == ' ' && i + 1 < n && s[i + 1] == ' '))
        i++;
    return i;
}

/* Where the bracket that ends s[a..b) opens when it holds no letter
 * ("(%)"), b when it does or there is none. */
static size_t marks_bracket(const char *s, size_t a, size_t b)
{
    size_t i = b - 1;
    while (i > a && s[i] != '(') {
        if (ascii_letter(s[i]))
            return b;
        i--;
    }
    return s[i] == '(' ? i : b;
}

/* The first byte of s[0..n) that is not white space, n when none. */
static size_t first_text(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
        i++;
    return i;
}

/* Whether a piece of line l ends with a gloss (read only: most lines
 * have none and are not copied). */
static int holds_gloss(const ts_span *l, int room, names_above *names)
{
    const char *s = l->text;
    if (room == 1) {
        size_t a = first_text(s, l->len), b = l->len;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
            b--;
        return a < b && gloss_in_piece(s, a, b, names) < b;
    }
    for (size_t i = 0; i < l->len;) {
        if (s[i] == ' ' || s[i] == '\t') {
            i++;
            continue;
        }
        size_t e = piece_end(s, l->len, i);
        if (gloss_in_piece(s, i, e, names) < e)
            return 1;
        i = e;
    }
    return 0;
}

/* Nonzero when s[a..b) holds byte ch. */
static int holds(const char *s, size_t a, size_t b, char ch) { return memchr(s + a, ch, b - a) != NULL; }

/* Blanks the glosses of line s[0..n) in place (spaces keep every other
 * cell where it stands); returns how many bytes were blanked. */
static size_t blank_glosses(char *s, size_t n, names_above *names)
{
    size_t blanked = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\t') {
            i++;
            continue;
        }
        size_t e = piece_end(s, n, i);
        size_t g = gloss_in_piece(s, i, e, names);
        /* Figures that end it are the head's ("Prel. 2017" keeps 2017). */
        size_t keep = e;
        while (keep > g && (is_digit(s[keep - 1]) || s[keep - 1] == '.' || s[keep - 1] == ','))
            keep--;
        if (keep == e || !is_digit(s[keep]))
            keep = e;
        /* What the gloss ends with and both languages share moves up to the
         * Vietnamese words: the unit after the gloss's colon when they
         * name none ("Đơn vị tính - Unit: Ha"), a bracket of marks ("Cơ cấu
         * - Structure (%)"). */
        size_t from = e;
        const char *colon = g < e ? memchr(s + g, ':', e - g) : NULL;
        if (colon && !holds(s, i, g, ':'))
            from = (size_t)(colon - s) + 1;
        else if (g < e && s[e - 1] == ')')
            from = marks_bracket(s, g, e);
        if (g > i && from < e) {
            while (from < e && s[from] == ' ')
                from++;
            memmove(s + g + 1, s + from, e - from);
            g = g + 1 + (e - from);
            keep = e;
        }
        for (size_t j = g; j < keep; j++, blanked++)
            s[j] = ' ';
        i = e;
    }
    return blanked;
}

static int has_text(const char *s, size_t n) { return first_text(s, n) < n; }

/* Nonzero when s[0..n) is one piece: no tab nor two spaces inside. */
static int one_piece(const char *s, size_t n)
{
    size_t a = 0, b = n;
    while (a < b && s[a] == ' ')
        a++;
    while (b > a && s[b - 1] == ' ')
        b--;
    return a < b && piece_end(s, b, a) == b;
}

#define GLOSS_PIECE_MAX 200 /* bytes of a cell that may hold a gloss at most */

/* How line l may hold a gloss: 0 not at all (a piece longer than a
 * table's cell: a paragraph of prose), 1 as its one piece (no tab nor two
 * spaces in a row, found fast), 2 in any of its pieces. */
static int gloss_room(const ts_span *l)
{
    if (!memchr(l->text, '\t', l->len) && !memmem(l->text, l->len, "  ", 2))
        return l->len <= GLOSS_PIECE_MAX;
    size_t piece = 0;
    for (size_t i = 0; i < l->len; i++) {
        char ch = l->text[i];
        if (ch == '\t' || (ch == ' ' && i + 1 < l->len && l->text[i + 1] == ' ')) {
            piece = 0;
            continue;
        }
        if (++piece > GLOSS_PIECE_MAX)
            return 0;
    }
    return 2;
}

void tbl_glossless_free(tbl_glossless *g)
{
    tbl_texts_free(&g->owned);
    free(g->line);
    memset(g, 0, sizeof *g);
}

/* A line's text of n bytes and its NUL, owned by g. */
static char *own(tbl_glossless *g, size_t n) { return tbl_texts_new(&g->owned, n + 1); }

/* Puts the year a gloss line left ("2017" of "Prel. 2017") after the
 * head above it when both stand alone on their lines, as a table
 * flattened one cell per line writes "Sơ bộ" over "Prel. 2017". */
static int join_left(tbl_glossless *g, const char *rest, size_t n)
{
    ts_span *prev = &g->line[g->nline - 1];
    size_t a = first_text(rest, n);
    while (n > a && (rest[n - 1] == ' ' || rest[n - 1] == '\r'))
        n--;
    int year = n - a == 4 && (rest[a] == '1' || rest[a] == '2');
    for (size_t i = a; year && i < n; i++)
        year = is_digit(rest[i]);
    if (!year || !has_text(prev->text, prev->len) || !one_piece(prev->text, prev->len))
        return 0;
    size_t pl = prev->len;
    while (pl && prev->text[pl - 1] == ' ')
        pl--;
    char *s = own(g, pl + 1 + (n - a));
    if (!s)
        return -1;
    memcpy(s, prev->text, pl);
    s[pl] = ' ';
    memcpy(s + pl + 1, rest + a, n - a);
    s[pl + 1 + n - a] = '\0';
    prev->text = s;
    prev->len = pl + 1 + n - a;
    return 1;
}

/* A label alone on its line, then its gloss with the row's figures
 * ("Huyện Đà Bắc" over "Da Bac district   309,0   299,0"): the label
 * takes the gloss's place before the figures, which keep their columns,
 * and the two lines become one row.  above is the line before, as kept. */
static int label_over_figures(tbl_glossless *g, const ts_span *l, const char *rest, size_t n)
{
    ts_span *above = &g->line[g->nline - 1];
    size_t a = first_text(rest, n);
    if (!(is_digit(rest[a]) || (rest[a] == '-' && a + 1 < n && is_digit(rest[a + 1]))))
        return 0;
    size_t al = above->len;
    while (al && above->text[al - 1] == ' ')
        al--;
    if (!one_piece(above->text, al))
        return 0;
    for (size_t i = 0; i < al; i++)
        if (is_digit(above->text[i]))
            return 0;
    size_t col = tsx_code_points(rest, a), lw = tsx_code_points(above->text, al);
    size_t pad = col > lw + 2 ? col - lw : 2;
    char *s = own(g, al + pad + (n - a));
    if (!s)
        return -1;
    memcpy(s, above->text, al);
    memset(s + al, ' ', pad);
    memcpy(s + al + pad, rest + a, n - a);
    s[al + pad + n - a] = '\0';
    /* The figures keep their offsets in the file; the label's moves. */
    size_t at = al + pad;
    above->offset = l->offset + a >= at ? l->offset + a - at : l->offset;
    above->text = s;
    above->len = al + pad + n - a;
    return 1;
}

int tbl_glossless_build(tbl_glossless *g, const ts_span *lines, size_t n)
{
    memset(g, 0, sizeof *g);
    char *scratch = NULL;
    size_t scap = 0, glossed_at = SIZE_MAX; /* the last line kept with a gloss taken out */
    for (size_t i = 0; i < n; i++) {
        const ts_span *l = &lines[i];
        size_t blanked = 0;
        names_above na; /* its slug is written when first asked for */
        na.above = i ? &lines[i - 1] : NULL;
        na.slugged = 0;
        int room = gloss_room(l);
        if (room && holds_gloss(l, room, &na)) {
            if (tsi_grow(&scratch, &scap, l->len + 1, 1, 256) != 0)
                goto oom;
            memcpy(scratch, l->text, l->len);
            blanked = blank_glosses(scratch, l->len, &na);
        }
        if (blanked && !g->line) {
            /* The first gloss: the lines before it are copied as they are. */
            g->line = malloc((n ? n : 1) * sizeof *g->line);
            if (!g->line)
                goto oom;
            memcpy(g->line, lines, i * sizeof *lines);
            g->nline = i;
        }
        if (!g->line)
            continue;
        if (!blanked) {
            /* "Sơ bộ Prel." over "2020": the year of a head whose gloss
             * ended its line. */
            int joined = glossed_at + 1 == i ? join_left(g, l->text, l->len) : 0;
            if (joined < 0)
                goto oom;
            if (!joined)
                g->line[g->nline++] = *l;
            continue;
        }
        size_t len = l->len;
        while (len && (scratch[len - 1] == ' ' || scratch[len - 1] == '\t' || scratch[len - 1] == '\r'))
            len--;
        if (!has_text(scratch, len))
            continue; /* a gloss line */
        /* A line that opened with its gloss and kept figures: the year of
         * the head above it, or the figures of the label above it. */
        size_t lead = first_text(l->text, l->len);
        int above = g->nline && i && g->line[g->nline - 1].text == lines[i - 1].text;
        if (g->nline && scratch[lead] == ' ') {
            int joined = one_piece(scratch, len) ? join_left(g, scratch, len) : 0;
            if (joined == 0 && above && has_text(lines[i - 1].text, lines[i - 1].len))
                joined = label_over_figures(g, l, scratch, len);
            if (joined < 0)
                goto oom;
            if (joined)
                continue;
        }
        char *s = own(g, len);
        if (!s)
            goto oom;
        memcpy(s, scratch, len);
        s[len] = '\0';
        ts_span x = *l;
        x.text = s;
        x.len = len;
        g->line[g->nline++] = x;
        glossed_at = i;
    }
    free(scratch);
    return TS_OK;
oom:
    free(scratch);
    tbl_glossless_free(g);
    return TS_ENOMEM;
}
