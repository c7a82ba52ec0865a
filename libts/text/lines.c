/* Decides whether a line continues the one before it: PDF extraction
 * breaks lines at a fixed width in mid-sentence, while list items,
 * headings and new paragraphs start lines of their own. */
#include <string.h>
#include "text/text_internal.h"

static int is_space(char c) { return c == ' ' || c == '\t'; }

/* First code point of s[0..n) after white space; 0 when none. */
static int32_t first_cp(const char *s, size_t n, size_t *at)
{
    size_t i = 0;
    while (i < n && is_space(s[i]))
        i++;
    *at = i;
    if (i == n)
        return 0;
    int32_t cp;
    tsx_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    return cp;
}

/* Last code point of s[0..n) before trailing white space; 0 when none. */
static int32_t last_cp(const char *s, size_t n)
{
    while (n && is_space(s[n - 1]))
        n--;
    if (!n)
        return 0;
    size_t j = n - 1;
    while (j && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    int32_t cp;
    tsx_utf8_decode((const unsigned char *)s + j, n - j, &cp);
    return cp;
}

/* A list or heading marker at s: "- ", "+ ", "• ", "1. ", "1.2. ", "2) ",
 * "a) ", "b. ", "IV. ", "(3) ". */
static int starts_marker(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 2 && (s[0] == '-' || s[0] == '+' || s[0] == '*') && s[1] == ' ')
        return 1;
    if (n >= 4 && !memcmp(s, "\xe2\x80\xa2", 3)) /* bullet */
        return 1;
    if (n >= 4 && !memcmp(s, "\xe2\x80\x93 ", 4)) /* en dash */
        return 1;
    if (n && s[0] == '(') {
        i = 1;
        while (i < n && i < 4 && s[i] >= '0' && s[i] <= '9')
            i++;
        return i > 1 && i < n && s[i] == ')';
    }
    /* Numbered: digits and dots, then ". " or ") ". */
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && i && s[i - 1] != '.'))) {
        if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' '))
            return i <= 8;
        i++;
    }
    if (i && i < n && s[i] == ')' && i <= 3)
        return 1;
    if (i)
        return 0;
    /* One letter or a Roman numeral, then ". " or ") ". */
    while (i < n && i < 5 && strchr("IVX", s[i]) && s[i])
        i++;
    if (!i && n && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        i = 1;
    return i && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

size_t tsx_row_cells(const char *text, size_t len, size_t offset, ts_span *cells, size_t max)
{
    size_t n = 0, i = 0;
    while (i < len) {
        while (i < len && (text[i] == ' ' || text[i] == '\t'))
            i++;
        if (i >= len)
            break;
        size_t a = i;
        while (i < len && text[i] != '\t' &&
               !(text[i] == ' ' && i + 1 < len && (text[i + 1] == ' ' || text[i + 1] == '\t')))
            i++;
        size_t b = i;
        while (b > a && text[b - 1] == ' ')
            b--;
        if (n < max)
            cells[n] = (ts_span){text + a, b - a, offset + a, 0, 0};
        n++;
    }
    return n;
}

int tsx_is_figure_cell(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ','))
            return 0;
    return n > 0;
}

/* Prose set with wide spaces rarely has two figure cells. */
int tsx_is_table_row(const char *s, size_t len)
{
    if (!tsx_wide_space(s, len))
        return 0;
    ts_span c[16];
    size_t n = tsx_row_cells(s, len, 0, c, 16), figures = 0;
    if (n < 3 || n > 16)
        return 0;
    for (size_t k = 0; k < n; k++)
        figures += tsx_is_figure_cell(c[k].text, c[k].len) ||
                   (c[k].len == 1 && c[k].text[0] == '-');
    return figures >= 2;
}

/* A percentage at the start of s ("23,52%", "7%"). */
static int starts_percentage(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') ||
                     (i && (s[i] == ',' || s[i] == '.') && i + 1 < n && s[i + 1] >= '0' &&
                      s[i + 1] <= '9')))
        i++;
    return i && i < n && s[i] == '%';
}

/* A press agency's tag opening a story: "(LĐO) - ", "(QNO) – ",
 * "(Baodautu.vn) - ": a bracket of at most 24 bytes without spaces, then a
 * dash.  It starts a paragraph; the headline before it ends there. */
static int starts_dateline(const char *s, size_t n)
{
    if (n < 4 || s[0] != '(')
        return 0;
    size_t i = 1;
    while (i < n && i < 26 && s[i] != ')' && s[i] != ' ')
        i++;
    if (i >= n || s[i] != ')' || i == 1)
        return 0;
    i++;
    size_t at;
    int32_t dash = first_cp(s + i, n - i, &at);
    return dash == '-' || dash == 0x2013 || dash == 0x2014;
}

int tsx_line_continues(const tsx_lines *l, const tsx_line *a, const tsx_line *b)
{
    /* A table row is a paragraph of its own (its cells are read by
     * tables.c), never the start or end of a wrapped sentence. */
    if ((a->flags | b->flags) & TSX_LINE_ROW)
        return 0;
    if (b->flags & TSX_LINE_GLUED)
        return 1;
    if (b->flags & TSX_LINE_NOTE_START)
        return 0;
    const char *ta = l->arena.data + a->start, *tb = l->arena.data + b->start;
    size_t at;
    int32_t fb = first_cp(tb, b->len, &at);
    int32_t la = last_cp(ta, a->len);
    if (starts_marker(tb + at, b->len - at) || starts_dateline(tb + at, b->len - at))
        return 0;
    if (la == ',' || la == '(' || la == '-' || la == 0x2013)
        return 1;
    int lower_next = !tsx_cp_upper(fb) && !(fb == '"' || fb == 0x201C);
    /* "khu vực II:" then "23,52%; khu vực III: 33,06%": a page's text
     * broke the line between a label and its percentage. */
    if (la == ':' && starts_percentage(tb + at, b->len - at))
        return 1;
    if (la == '.' || la == '!' || la == '?' || la == ':' || la == 0x2026)
        return lower_next && !(fb >= '0' && fb <= '9');
    if (lower_next)
        return 1; /* lower case, a digit or punctuation goes on */
    /* An upper-case start after a line without final punctuation: in PDF
     * text a line filled to the width wrapped (a name went on), a shorter
     * one was a heading or the end of a paragraph. */
    return l->pdf && l->width && a->chars * 100 >= l->width * 85;
}
