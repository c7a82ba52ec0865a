/* Cleans NFC report text into lines: removes the footnote marks and page
 * numbers that Word and PDF conversion leave ("[footnoteRef:7]", "(" at a
 * line end closed by ")" on the next, "(�)", "[bookmark: x]", footnote
 * numbers glued to words in PDF text), and separates footnote bodies
 * ("[N: () ...]" blocks, "(�)" paragraphs at the end of a Word export, the
 * block under a PDF page's rule) as lines of their own, flagged, because
 * they hold year-by-year figures worth keeping. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"
#include "core/grow.h"

enum { RUN, BODY, PDFNOTE, WORDNOTE };

typedef struct {
    const char *t;     /* NFC text */
    size_t len;
    tsx_lines *out;
    size_t run;        /* start of the text not yet copied into the arena */
    size_t line_start; /* arena offset of the line being built */
    unsigned flags;    /* flags of the line being built */
    int mode;
    int depth;         /* bracket depth inside a "[N: ...]" body */
    int note_next;     /* last PDF footnote number + 1 */
    size_t note_lines; /* non-blank lines in the current PDF footnote block */
    int prev_blank;    /* the line before was blank */
    int seen_text;     /* a non-blank line came already */
    int page_start;    /* the line opens a page */
    int join;          /* a "(" ended the line: the next line's ")" closes it */
    unsigned char special[256]; /* bytes the character pass looks at */
} cleaner;

static int is_blank_span(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
            return 0;
    return 1;
}


/* Copies the pending text [c->run, upto) into the arena. */
static int flush(cleaner *c, size_t upto)
{
    if (upto <= c->run)
        return TS_OK;
    tsx_lines *o = c->out;
    if (tsx_map_mark(&o->map, o->arena.len, c->run) != TS_OK ||
        tsx_buf_add(&o->arena, c->t + c->run, upto - c->run) != TS_OK)
        return TS_ENOMEM;
    c->run = upto;
    return TS_OK;
}

/* Drops the text [from, to): what is before is copied, what follows is the
 * next pending text. */
static int skip(cleaner *c, size_t from, size_t to)
{
    if (flush(c, from) != TS_OK)
        return TS_ENOMEM;
    c->run = to;
    return TS_OK;
}

/* Ends the line being built at NFC position at (a NUL stands for the line
 * break) and starts the next one with flags `next`. */
static int end_line(cleaner *c, size_t at, unsigned next)
{
    tsx_lines *o = c->out;
    if (flush(c, at) != TS_OK || tsx_map_mark(&o->map, o->arena.len, at) != TS_OK ||
        tsx_buf_add(&o->arena, "", 1) != TS_OK)
        return TS_ENOMEM;
    if (tsi_grow(&o->v, &o->cap, o->n + 1, sizeof *o->v, 256) != 0)
        return TS_ENOMEM;
    tsx_line *l = &o->v[o->n++];
    l->start = c->line_start;
    l->len = o->arena.len - 1 - c->line_start;
    l->flags = c->flags;
    l->chars = tsx_code_points(o->arena.data + l->start, l->len);
    if (is_blank_span(o->arena.data + l->start, l->len))
        l->flags |= TSX_LINE_BLANK;
    else if (tsx_is_table_row(o->arena.data + l->start, l->len))
        l->flags |= TSX_LINE_ROW;
    c->line_start = o->arena.len;
    c->flags = next;
    return TS_OK;
}

static int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* "[footnoteRef:12]" at s (n bytes available): its length, else 0. */
static size_t footnote_ref(const char *s, size_t n)
{
    static const char tag[] = "[footnoteRef:";
    size_t k = sizeof tag - 1;
    if (n < k + 2 || memcmp(s, tag, k))
        return 0;
    size_t i = k;
    while (i < n && is_digit(s[i]))
        i++;
    return i > k && i < n && s[i] == ']' ? i + 1 : 0;
}

/* "[bookmark: name]" at s: its length, else 0 (names never span lines). */
static size_t bookmark(const char *s, size_t n)
{
    static const char tag[] = "[bookmark:";
    size_t k = sizeof tag - 1;
    if (n < k + 1 || memcmp(s, tag, k))
        return 0;
    for (size_t i = k; i < n && s[i] != '\n'; i++)
        if (s[i] == ']')
            return i + 1;
    return 0;
}

/* The opening of a footnote body "[12: " or "[12: () " at s: its length,
 * else 0. */
static size_t body_open(const char *s, size_t n)
{
    size_t i = 1;
    if (n < 4 || s[0] != '[')
        return 0;
    while (i < n && i < 5 && is_digit(s[i]))
        i++;
    if (i == 1 || i >= n || s[i] != ':')
        return 0;
    i++;
    while (i < n && s[i] == ' ')
        i++;
    if (i + 1 < n && s[i] == '(' && s[i + 1] == ')') {
        i += 2;
        while (i < n && s[i] == ' ')
            i++;
    }
    return i;
}

/* U+FFFD, the replacement character Word export leaves for symbol marks. */
static int is_fffd(const char *s, size_t n)
{
    return n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBF &&
           (unsigned char)s[2] == 0xBD;
}

/* A footnote mark opening a Word footnote body at a line start: "(�)" or
 * "�)"; returns its length with the spaces after it, else 0. */
static size_t word_note_mark(const char *s, size_t n)
{
    size_t i = 0;
    if (n && s[0] == '(')
        i = 1;
    if (!is_fffd(s + i, n - i) || i + 3 >= n || s[i + 3] != ')')
        return 0;
    i += 4;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

static int category_before(const char *t, size_t lo, size_t *i)
{
    size_t j = *i - 1;
    while (j > lo && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    int32_t cp;
    tsx_utf8_decode((const unsigned char *)t + j, *i - j, &cp);
    *i = j;
    return utf8proc_get_property(cp)->category;
}

/* Whether the word ending just before t[at] is made of at least two
 * lower-case letters (a mixed-case word like "Kfw" or "H5N" is a code);
 * *word_start receives where it starts. */
static int lower_word_before(const char *t, size_t lo, size_t at, size_t *word_start)
{
    size_t i = at, letters = 0;
    while (i > lo) {
        size_t j = i;
        int cat = category_before(t, lo, &j);
        if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT)
            return 0;
        if (cat != UTF8PROC_CATEGORY_LL)
            break;
        letters++;
        i = j;
    }
    *word_start = i;
    return letters >= 2;
}

/* A PDF footnote number glued to the word before it ("đồng1", "năm1.",
 * "tỉnh9 "): 1-2 digits not starting with 0, right after a word of at
 * least two lower-case letters that is not a unit taking an exponent (m2,
 * km2, m3), followed by no letter or digit.  Returns the digits' length. */
static size_t glued_digits(const char *t, size_t lo, size_t i, size_t end)
{
    if (!is_digit(t[i]) || t[i] == '0' || i == lo)
        return 0;
    size_t k = 1;
    if (i + 1 < end && is_digit(t[i + 1]))
        k = 2;
    if (i + k < end) {
        unsigned char nx = (unsigned char)t[i + k];
        if (is_digit((char)nx) || (nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z') ||
            nx >= 0x80)
            return 0;
        /* "tạ/ha1,5" cannot be a mark: a decimal continues the number. */
        if ((nx == ',' || nx == '.') && i + k + 1 < end && is_digit(t[i + k + 1]))
            return 0;
    }
    size_t ws;
    if (!lower_word_before(t, lo, i, &ws))
        return 0;
    size_t wl = i - ws;
    if ((wl == 2 && (!memcmp(t + ws, "km", 2) || !memcmp(t + ws, "cm", 2) ||
                     !memcmp(t + ws, "mm", 2) || !memcmp(t + ws, "dm", 2))))
        return 0;
    return k;
}

/* Whether the word ending just before t[at] is made of at least two
 * lower-case letters, one of them outside ASCII: a Vietnamese word by its
 * marks ("tăng", "đạt"), not a unit ("km", "m") or a code ("H5N"). */
static int marked_word_before(const char *t, size_t lo, size_t at)
{
    size_t ws;
    if (!lower_word_before(t, lo, at, &ws))
        return 0;
    for (size_t k = ws; k < at; k++)
        if ((unsigned char)t[k] >= 0x80)
            return 1;
    return 0;
}

/* A figure glued to the Vietnamese word before it, as pasted pages print
 * it ("tăng1,8%", "đạt14.450 con"): whether a space belongs before the
 * digit t[i].  Told by the word's marks, so "km2", "m3" and "H5N1" stay
 * whole.  (A unit glued after a figure, "51,48tạ/ha", is read as it is.) */
static int glued_figure(const char *t, size_t lo, size_t i)
{
    unsigned char p = i > lo ? (unsigned char)t[i - 1] : 0;
    return (p >= 0x80 || (p >= 'a' && p <= 'z')) && marked_word_before(t, lo, i);
}

/* "(3)" glued to the word or number before it, in PDF text: its length. */
static size_t glued_paren_mark(const char *t, size_t lo, size_t i, size_t end)
{
    if (t[i] != '(' || i == lo)
        return 0;
    unsigned char p = (unsigned char)t[i - 1];
    if (!(p >= 0x80 || (p >= '0' && p <= '9') || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z')))
        return 0; /* after punctuation or a space "(2)" opens a list item */
    size_t j = i + 1;
    while (j < end && j < i + 3 && is_digit(t[j]))
        j++;
    if (j == i + 1 || j >= end || t[j] != ')' || t[i + 1] == '0')
        return 0;
    return j + 1 - i;
}

/* Line-level facts about the raw line [s, e). */
static int is_separator(const char *t, size_t s, size_t e)
{
    size_t sp = 0;
    for (size_t i = s; i < e; i++) {
        if (t[i] == ' ' || t[i] == '_')
            sp++;
        else if (t[i] != '\t' && t[i] != '\r')
            return 0;
    }
    return sp >= 20;
}

/* A line holding only a number of 1-3 digits. */
static int is_number_line(const char *t, size_t s, size_t e)
{
    size_t i = s, d = 0;
    while (i < e && (t[i] == ' ' || t[i] == '\t' || t[i] == '\f'))
        i++;
    while (i < e && is_digit(t[i]))
        i++, d++;
    return d >= 1 && d <= 3 && is_blank_span(t + i, e - i);
}

/* Whether the raw line after the one ending at e (e at '\n') is blank. */
static int raw_blank_after(const char *t, size_t len, size_t e)
{
    if (e >= len)
        return 1;
    size_t s = e + 1, f = s;
    while (f < len && t[f] != '\n')
        f++;
    return is_blank_span(t + s, f - s);
}

/* PDF footnote label at a line start inside a footnote block: the expected
 * next number, then "." or white space.  Returns the label's length with
 * the spaces after it, else 0. */
static size_t note_label(cleaner *c, size_t s, size_t e)
{
    const char *t = c->t;
    size_t i = s, v = 0;
    while (i < e && i < s + 2 && is_digit(t[i]))
        v = v * 10 + (size_t)(t[i++] - '0');
    if (i == s || i >= e || (t[i] != '.' && t[i] != ' '))
        return 0;
    if (c->note_next && (int)v != c->note_next)
        return 0;
    if (t[i] == '.') {
        if (i + 1 < e && t[i + 1] != ' ')
            return 0;
        i++;
    }
    while (i < e && t[i] == ' ')
        i++;
    c->note_next = (int)v + 1;
    return i - s;
}

/* Layout: PDF text has lines of a near-constant width, Word exports have
 * one (often long) paragraph per line. */
static void detect_layout(const char *t, size_t len, tsx_lines *out)
{
    size_t hist[256] = {0}, n = 0;
    size_t s = 0;
    while (s < len) {
        const char *nl = memchr(t + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - t) : len;
        if (!is_blank_span(t + s, e - s)) {
            size_t ch = tsx_code_points(t + s, e - s);
            hist[ch > 255 ? 255 : ch]++;
            n++;
        }
        s = e + 1;
    }
    /* The 90th percentile says whether lines are bounded at all; the
     * median is the width a wrapped line fills. */
    size_t acc = 0, p50 = 0, p90 = 0;
    for (size_t i = 0; i < 256; i++) {
        acc += hist[i];
        if (!p50 && acc * 2 >= n)
            p50 = i;
        if (acc * 10 >= n * 9) {
            p90 = i;
            break;
        }
    }
    out->pdf = n >= 8 && p90 >= 40 && p90 <= 160;
    out->width = p50;
}

/* Bytes the character loop must look at: brackets, parentheses, control
 * characters, the lead byte of a no-break space and digits. */
static void special_bytes(unsigned char *special)
{
    memset(special, 0, 256);
    for (int c = 0; c < 0x20; c++)
        special[c] = c != '\t';
    special['['] = special[']'] = special['('] = special[0xC2] = 1;
    for (int c = '0'; c <= '9'; c++)
        special[c] = 1;
}

/* What the start of a line [i, ce) (raw end e) says outside a Word body:
 * a page number or a PDF footnote rule, dropped whole (returns 1, c->run
 * past the line), or footnote marks and flags for the line (returns 0,
 * *i past any note label).  -1 on out of memory. */
static int line_start(cleaner *c, size_t *i, size_t ce, size_t e, int blank)
{
    const char *t = c->t;
    size_t len = c->len;
    tsx_lines *out = c->out;
    /* Page numbers: alone between blank lines in PDF text, or the very
     * first line of any file. */
    if (!blank && is_number_line(t, *i, ce) && c->prev_blank && raw_blank_after(t, len, e) &&
        (out->pdf || !c->seen_text)) {
        if (c->mode == PDFNOTE)
            c->mode = RUN;
        c->page_start = 1;
        c->run = e < len ? e + 1 : len;
        return 1;
    }
    if (out->pdf && is_separator(t, *i, ce)) {
        c->mode = PDFNOTE;
        c->note_lines = 0;
        c->run = e < len ? e + 1 : len;
        return 1;
    }
    if (out->pdf && !blank && ce - *i >= 2 && t[*i] == ' ' && t[*i + 1] != ' ')
        c->page_start = 1;
    if (c->page_start && !blank && c->mode == PDFNOTE)
        c->mode = RUN;
    if (c->page_start && !blank && out->pdf)
        c->flags |= TSX_LINE_PAGE_START;
    /* A block longer than any page's footnotes means the layout was
     * misread: the text is running text again. */
    if (c->mode == PDFNOTE && !blank && ++c->note_lines > 40)
        c->mode = RUN;
    if (c->mode == PDFNOTE && !blank) {
        size_t k = note_label(c, *i, ce);
        c->flags |= TSX_LINE_FOOTNOTE | (k ? TSX_LINE_NOTE_START : 0);
        if (k && skip(c, *i, *i + k) != TS_OK)
            return -1;
        *i += k;
    }
    if (!out->pdf && !blank) {
        size_t j = *i;
        while (j < ce && (t[j] == ' ' || t[j] == '\t'))
            j++;
        size_t k = word_note_mark(t + j, ce - j);
        if (k) {
            c->mode = WORDNOTE;
            c->flags |= TSX_LINE_NOTE_START;
            if (skip(c, j, j + k) != TS_OK)
                return -1;
            *i = j + k;
        }
    }
    if (c->mode == WORDNOTE)
        c->flags |= TSX_LINE_FOOTNOTE;
    if (!blank)
        c->page_start = 0;
    return 0;
}

/* A '[' at i: a footnote reference, a bookmark, or the opening of a
 * footnote body; returns how far it took i, 0 for a plain '[', or
 * (size_t)-1 on out of memory. */
static size_t open_bracket(cleaner *c, size_t s, size_t i, size_t ce)
{
    const char *t = c->t;
    size_t k;
    if (c->mode == BODY) {
        c->depth++;
        return 1;
    }
    if ((k = footnote_ref(t + i, ce - i))) {
        /* "([footnoteRef:3])": the parentheses go too. */
        size_t a = i, b = i + k;
        if (a > s && t[a - 1] == '(' && b < ce && t[b] == ')' && a - 1 >= c->run)
            a--, b++;
        return skip(c, a, b) != TS_OK ? (size_t)-1 : b - i;
    }
    if ((k = bookmark(t + i, ce - i)))
        return skip(c, i, i + k) != TS_OK ? (size_t)-1 : k;
    if ((k = body_open(t + i, ce - i))) {
        /* The body gets lines of its own. */
        if (skip(c, i, i + k) != TS_OK || end_line(c, i, 0) != TS_OK)
            return (size_t)-1;
        c->flags = TSX_LINE_FOOTNOTE | TSX_LINE_NOTE_START;
        c->mode = BODY;
        c->depth = 1;
        return k;
    }
    return 0;
}

/* A '(' at i: the footnote marks Word and PDF leave ("đất()", "(�)", a
 * "(" whose ")" opens the next line, "(3)" glued in PDF text); returns how
 * far it took i, 0 for a plain '(', or (size_t)-1 on out of memory.  Sets
 * c->join for a mark split over two lines (the rest of the line goes). */
static size_t open_paren(cleaner *c, size_t s, size_t i, size_t ce, size_t e)
{
    const char *t = c->t;
    size_t k;
    if (i + 1 < ce && t[i + 1] == ')' && i > s && t[i - 1] != ' ')
        /* "đất()": a footnote mark inside a footnote body, whose number
         * the export dropped. */
        return skip(c, i, i + 2) != TS_OK ? (size_t)-1 : 2;
    if ((k = word_note_mark(t + i, ce - i)) && t[i + 1] != ')')
        /* "(�)" inline; keep one space where it stood. */
        return skip(c, i, i + 4) != TS_OK ? (size_t)-1 : 4;
    if (is_blank_span(t + i + 1, ce - i - 1) && e < c->len) {
        /* "(" ending a line whose next line starts with ")": a Word
         * footnote mark split over two lines. */
        size_t f = e + 1;
        while (f < c->len && (t[f] == ' ' || t[f] == '\t'))
            f++;
        if (f < c->len && t[f] == ')') {
            if (skip(c, i, ce) != TS_OK)
                return (size_t)-1;
            c->join = 1;
            return ce - i;
        }
    }
    if (c->out->pdf && (k = glued_paren_mark(t, s, i, ce)))
        return skip(c, i, i + k) != TS_OK ? (size_t)-1 : k;
    return 0;
}

/* The characters of line [s, ce) from i: inline marks and footnote
 * bodies.  TS_OK or TS_ENOMEM. */
static int clean_chars(cleaner *c, size_t s, size_t i, size_t ce, size_t e)
{
    const char *t = c->t;
    while (i < ce && !c->join) {
        /* Most bytes are plain text: skip them by table. */
        while (i < ce && !c->special[(unsigned char)t[i]])
            i++;
        if (i >= ce)
            break;
        char ch = t[i];
        size_t k = 0;
        if (ch == '[') {
            k = open_bracket(c, s, i, ce);
        } else if (ch == ']' && c->mode == BODY) {
            if (--c->depth == 0) {
                if (skip(c, i, i + 1) != TS_OK || end_line(c, i, 0) != TS_OK)
                    return TS_ENOMEM;
                /* Text after the "]" on the same line resumes the running
                 * paragraph the body interrupted. */
                c->mode = RUN;
                c->flags = TSX_LINE_GLUED;
            }
            k = 1;
        } else if (ch == '(') {
            k = open_paren(c, s, i, ce, e);
        } else if (c->out->pdf && is_digit(ch) && i > s && !is_digit(t[i - 1]) &&
                   (k = glued_digits(t, s, i, ce))) {
            if (skip(c, i, i + k) != TS_OK)
                return TS_ENOMEM;
        } else if (is_digit(ch) && glued_figure(t, s, i)) {
            if (flush(c, i) != TS_OK || tsx_map_mark(&c->out->map, c->out->arena.len, i) != TS_OK ||
                tsx_buf_add(&c->out->arena, " ", 1) != TS_OK)
                return TS_ENOMEM;
            c->run = i;
        } else if (((unsigned char)ch < 0x20 && ch != '\t') ||
                   ((unsigned char)ch == 0xC2 && i + 1 < ce && (unsigned char)t[i + 1] == 0xA0)) {
            /* Control characters would end strings early or confuse the
             * layout, and a no-break space hides a sentence end: each
             * becomes a plain space. */
            k = (unsigned char)ch == 0xC2 ? 2 : 1;
            if (flush(c, i) != TS_OK ||
                tsx_map_mark(&c->out->map, c->out->arena.len, i) != TS_OK ||
                tsx_buf_add(&c->out->arena, " ", 1) != TS_OK)
                return TS_ENOMEM;
            c->run = i + k;
        }
        if (k == (size_t)-1)
            return TS_ENOMEM;
        i += k ? k : 1;
    }
    return TS_OK;
}

int tsx_clean(const char *t, size_t len, int layout, tsx_lines *out)
{
    cleaner c = {.t = t, .len = len, .out = out, .mode = RUN, .prev_blank = 1, .page_start = 1};
    detect_layout(t, len, out);
    if (layout != TSX_LAYOUT_AUTO)
        out->pdf = layout == TSX_LAYOUT_PDF;
    special_bytes(c.special);
    if (tsx_buf_reserve(&out->arena, len + len / 16 + 64) != TS_OK)
        return TS_ENOMEM;
    size_t s = 0;
    while (s < len) {
        const char *nl = memchr(t + s, '\n', len - s);
        size_t e = nl ? (size_t)(nl - t) : len;
        size_t ce = e; /* content end, without a trailing CR */
        if (ce > s && t[ce - 1] == '\r')
            ce--;
        size_t i = s;
        if (i < ce && t[i] == '\f') {
            c.page_start = 1;
            i++;
        }
        int blank = is_blank_span(t + i, ce - i);
        if (c.join) {
            /* The line after a "(" line end: its ")" closes the mark. */
            while (i < ce && (t[i] == ' ' || t[i] == '\t'))
                i++;
            if (skip(&c, c.run, i + 1) != TS_OK)
                return TS_ENOMEM;
            i++;
            c.join = 0;
        } else if (c.mode != BODY) {
            int r = line_start(&c, &i, ce, e, blank);
            if (r < 0)
                return TS_ENOMEM;
            if (r > 0) {
                s = c.run;
                c.prev_blank = 1;
                continue;
            }
        }
        if (!blank)
            c.seen_text = 1;
        if (clean_chars(&c, s, i, ce, e) != TS_OK)
            return TS_ENOMEM;
        if (c.join) {
            /* The line goes on after the ")" of the next raw line. */
            if (skip(&c, c.run, e + 1) != TS_OK)
                return TS_ENOMEM;
            s = e + 1;
            continue;
        }
        if (skip(&c, ce, e) != TS_OK) /* drop a CR */
            return TS_ENOMEM;
        unsigned keep = c.mode == BODY ? TSX_LINE_FOOTNOTE : 0;
        if (end_line(&c, e, keep) != TS_OK)
            return TS_ENOMEM;
        c.prev_blank = blank;
        s = e + 1;
        c.run = s;
        if (e >= len)
            break;
    }
    return TS_OK;
}

void tsx_lines_free(tsx_lines *l)
{
    tsx_buf_free(&l->arena);
    tsx_map_free(&l->map);
    free(l->v);
    memset(l, 0, sizeof *l);
}
