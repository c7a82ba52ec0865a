/* Document metadata from the header lines and the title: the area (the
 * issuing authority's province, city or district, slugified) and the date
 * of the place-date line ("Kon Tum, ngày 30 tháng 3 năm 2021").  The
 * report period needs the lexicon's period phrases: context.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"
#include "core/codepoint.h"
#include "core/grow.h"

#define HEADER_LINES 25    /* non-blank lines that can hold header and title */
#define HEADER_BYTES 4000
#define TOKEN_FOLD 48
/* Enough of the text to tell a province's report from a city's. */
#define BODY_BYTES 300000

typedef struct {
    const char *s;        /* original (NFC) text */
    size_t n;
    char f[TOKEN_FOLD];   /* folded */
    int num;              /* all digits */
    long val;             /* its value when num */
    int upper;            /* starts with a capital */
    int caps;             /* every letter a capital */
    size_t line;          /* index of the line */
} token;

typedef struct {
    token *v;
    size_t n, cap;
} tokens;

/* The Unicode category; ASCII without a table lookup in utf8proc (only
 * letters, digits and the space matter to the callers). */
static int category(int32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z')
            return UTF8PROC_CATEGORY_LL;
        if (cp >= 'A' && cp <= 'Z')
            return UTF8PROC_CATEGORY_LU;
        if (cp >= '0' && cp <= '9')
            return UTF8PROC_CATEGORY_ND;
        if (cp == ' ')
            return UTF8PROC_CATEGORY_ZS;
        if (cp < 0x20 || cp == 0x7F)
            return UTF8PROC_CATEGORY_CC;
    }
    return utf8proc_get_property(cp)->category;
}

static int is_word_cp(int32_t cp)
{
    int c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) || cp == '_';
}

/* Splits s[0..n) into words and single punctuation tokens. */
static int tokenize(const char *s, size_t n, size_t line, tokens *t)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = tsx_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        int c = category(cp);
        if (c == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp < 0x20) {
            i += k;
            continue;
        }
        size_t j = i + k;
        if (is_word_cp(cp)) {
            while (j < n) {
                int32_t c2;
                size_t k2 = tsx_utf8_decode((const unsigned char *)s + j, n - j, &c2);
                if (!is_word_cp(c2))
                    break;
                j += k2;
            }
        }
        if (tsi_grow(&t->v, &t->cap, t->n + 1, sizeof *t->v, 256) != 0)
            return TS_ENOMEM;
        token *tk = &t->v[t->n++];
        memset(tk, 0, sizeof *tk);
        tk->s = s + i;
        tk->n = j - i;
        tk->line = line;
        size_t fl = j - i < (TOKEN_FOLD - 1) / 2 ? j - i : (TOKEN_FOLD - 1) / 2;
        ts_text_fold(s + i, fl, tk->f, sizeof tk->f, NULL);
        tk->upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
        tk->caps = tk->upper;
        tk->num = c == UTF8PROC_CATEGORY_ND;
        for (size_t p = i; p < j;) {
            int32_t c2;
            p += tsx_utf8_decode((const unsigned char *)s + p, j - p, &c2);
            if (category(c2) == UTF8PROC_CATEGORY_LL)
                tk->caps = 0;
            if (!(c2 >= '0' && c2 <= '9'))
                tk->num = 0;
        }
        if (tk->num)
            tk->val = j - i <= 9 ? strtol(tk->f, NULL, 10) : -1;
        i = j;
    }
    return TS_OK;
}

static int is(const tokens *t, size_t i, const char *w)
{
    return i < t->n && !strcmp(t->v[i].f, w);
}

static int is_year(const tokens *t, size_t i)
{
    return i < t->n && t->v[i].num && t->v[i].n == 4 && t->v[i].val >= 1900 &&
           t->v[i].val <= 2200;
}

/* ---- area ---- */

enum { LVL_NONE, LVL_PROVINCE, LVL_CITY, LVL_DISTRICT, LVL_TOWN };

/* The administrative level word at i ("tỉnh", "thành phố", "TP", "huyện",
 * "thị xã"); *len receives its length in tokens. */
static int level_at(const tokens *t, size_t i, size_t *len)
{
    *len = 1;
    if (is(t, i, "tinh"))
        return LVL_PROVINCE;
    if (is(t, i, "huyen"))
        return LVL_DISTRICT;
    if (is(t, i, "tp"))
        return *len = is(t, i + 1, ".") ? 2 : 1, LVL_CITY;
    if (is(t, i, "thanh") && is(t, i + 1, "pho"))
        return *len = 2, LVL_CITY;
    if (is(t, i, "thi") && is(t, i + 1, "xa"))
        return *len = 2, LVL_TOWN;
    return LVL_NONE;
}

/* Words that follow a level word in titles but are never part of a name,
 * compared with their marks: "đã" stops a name, "Đà" (Đà Nẵng) does not,
 * nor "Cao" (Cao Bằng) where "cáo" (báo cáo) does. */
static int is_stopword(const token *w)
{
    static const char *const words[] = {
        "trong", "tháng", "năm", "về", "và", "của", "đến", "từ", "theo", "giai",
        "nhiệm", "quý", "ngày", "báo", "cáo", "tại", "nay", "ủy", "uỷ", "giao", "là",
        "đã", "có", "trên", "với", "cho", "như", "khóa", "khoá", "lần", "thứ", NULL};
    int32_t last;
    for (size_t i = 0; words[i]; i++)
        if (tsi_cp_match_lower(w->s, w->n, 0, words[i], &last) == w->n)
            return 1;
    return 0;
}

/* The place name after a level word at i: capitalised words on the same
 * line (all-capital words only when the level word was in capitals too).
 * Returns the number of tokens, 0 when there is no name. */
static size_t name_at(const tokens *t, size_t i, int caps_ok)
{
    size_t k = 0;
    if (!i)
        return 0;
    size_t line = t->v[i - 1].line; /* the level word's */
    while (i + k < t->n && k < 6) {
        const token *w = &t->v[i + k];
        /* A hyphen joins two names into one ("Bà Rịa - Vũng Tàu"). */
        if (k > 0 && w->n == 1 && w->s[0] == '-' && i + k + 1 < t->n &&
            t->v[i + k + 1].line == line && t->v[i + k + 1].upper && !t->v[i + k + 1].num) {
            k++;
            continue;
        }
        if (w->line != line || !w->upper || w->num || is_stopword(w))
            break;
        if (w->caps && w->n > 1 && !caps_ok)
            break;
        k++;
    }
    return k;
}

static void set_area(ts_doc_meta *m, int level, const token *name, size_t k)
{
    char slug[64];
    size_t len = ts_text_slug(name->s, (size_t)(name[k - 1].s + name[k - 1].n - name->s),
                              slug, sizeof slug - 10);
    if (!len)
        return;
    static const char *const suffix[] = {"", "", "-city", "-district", "-town"};
    snprintf(m->area, sizeof m->area, "%s%s", slug, suffix[level]);
}

/* Header cues: "ỦY BAN NHÂN DÂN TỈNH KON TUM", "UBND thành phố", "Tỉnh ủy",
 * "TP. Kon Tum, ngày ...".  Returns the level and sets *name / *k. */
static int header_level(const tokens *t, size_t end, size_t *name, size_t *k)
{
    for (size_t i = 0; i < end; i++) {
        size_t len;
        int lvl = level_at(t, i, &len);
        if (!lvl)
            continue;
        /* The authority: after "ủy ban nhân dân", "UBND", "HĐND", "hội đồng
         * nhân dân", or first on its line, or the level's party committee
         * ("Tỉnh ủy", "Thành ủy"). */
        int after_body = (i >= 1 && (is(t, i - 1, "ubnd") || is(t, i - 1, "hdnd"))) ||
                         (i >= 3 && is(t, i - 3, "nhan") && is(t, i - 2, "dan") &&
                          t->v[i - 1].f[0] == 'd') ||
                         (i >= 2 && is(t, i - 2, "nhan") && is(t, i - 1, "dan"));
        int line_start = i == 0 || t->v[i - 1].line != t->v[i].line;
        int place_date = 0;
        size_t nk = name_at(t, i + len, t->v[i].caps);
        if (nk && i + len + nk + 1 < t->n && is(t, i + len + nk, ",") &&
            is(t, i + len + nk + 1, "ngay"))
            place_date = 1;
        if (!after_body && !line_start && !place_date)
            continue;
        if (is(t, i + 1, "uy") && len == 1)
            nk = 0;
        *name = i + len;
        *k = nk;
        return lvl;
    }
    /* "Thành ủy" is a city's party committee. */
    for (size_t i = 0; i + 1 < end; i++)
        if (is(t, i, "thanh") && is(t, i + 1, "uy"))
            return *k = 0, LVL_CITY;
    return LVL_NONE;
}

typedef struct {
    char slug[48];
    size_t at, k; /* name tokens */
} mention;

static int cmp_mention(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    int c = strcmp(x->slug, y->slug);
    return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* The level the text talks about most (unless level is given), and the
 * name most often written after it ("tỉnh Kon Tum"): *best, *best_k. */
static int body_level(const tokens *t, int level, size_t *best, size_t *best_k)
{
    size_t count[5] = {0};
    for (size_t i = 0; i < t->n; i++) {
        size_t len;
        count[level_at(t, i, &len)]++;
    }
    if (!level)
        for (int l = LVL_PROVINCE; l <= LVL_TOWN; l++)
            if (count[l] > count[level])
                level = l;
    *best_k = 0;
    if (!level || !count[level])
        return level;
    mention *v = malloc(count[level] * sizeof *v);
    if (!v)
        return level;
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        size_t len, k;
        if (level_at(t, i, &len) != level || !(k = name_at(t, i + len, 0)))
            continue;
        const token *w = &t->v[i + len];
        ts_text_slug(w->s, (size_t)(w[k - 1].s + w[k - 1].n - w->s), v[n].slug,
                     sizeof v[n].slug);
        v[n].at = i + len;
        v[n].k = k;
        n++;
    }
    qsort(v, n, sizeof *v, cmp_mention);
    /* The longest run of equal slugs; ties go to the one seen first. */
    size_t best_run = 0, best_at = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(v[j].slug, v[i].slug))
            j++;
        if (j - i > best_run || (j - i == best_run && v[i].at < best_at)) {
            best_run = j - i;
            best_at = v[i].at;
            *best = v[i].at;
            *best_k = v[i].k;
        }
        i = j;
    }
    free(v);
    return level;
}

/* ---- the place-date line ---- */

/* A date "ngày D tháng M năm Y" or "ngày D/M/Y" at i (i at "ngày");
 * returns its length in tokens, 0 when it is none. */
static size_t date_at(const tokens *t, size_t i, int *y, int *m, int *d)
{
    if (!is(t, i, "ngay") || i + 1 >= t->n || !t->v[i + 1].num)
        return 0;
    long dd = t->v[i + 1].val;
    long mm, yy;
    size_t len;
    if (is(t, i + 2, "thang") && i + 3 < t->n && t->v[i + 3].num && is(t, i + 4, "nam") &&
        is_year(t, i + 5)) {
        mm = t->v[i + 3].val;
        yy = t->v[i + 5].val;
        len = 6;
    } else if (is(t, i + 2, "/") && i + 3 < t->n && t->v[i + 3].num && is(t, i + 4, "/") &&
               is_year(t, i + 5)) {
        mm = t->v[i + 3].val;
        yy = t->v[i + 5].val;
        len = 6;
    } else {
        return 0;
    }
    if (mm < 1 || mm > 12 || dd < 1 || dd > ts_days_in_month((int)yy, (int)mm))
        return 0;
    *y = (int)yy;
    *m = (int)mm;
    *d = (int)dd;
    return len;
}

/* The place-date line: "<Place>, ngày D tháng M năm Y". */
static void detect_date(const tokens *t, size_t end, ts_doc_meta *m)
{
    for (size_t i = 1; i < end; i++) {
        int y, mo, d;
        if (is(t, i - 1, ",") && date_at(t, i, &y, &mo, &d)) {
            m->has_date = 1;
            m->year = y;
            m->month = mo;
            m->day = d;
            return;
        }
    }
}

/* Tokenizes the non-blank running-text lines into t: the header (the first
 * HEADER_LINES lines, HEADER_BYTES at most) or the body (BODY_BYTES). */
static int tokenize_lines(const tsx_lines *l, int header, tokens *t)
{
    size_t lines = 0, bytes = 0;
    for (size_t i = 0; i < l->n; i++) {
        const tsx_line *ln = &l->v[i];
        if (ln->flags & (TSX_LINE_BLANK | TSX_LINE_FOOTNOTE))
            continue;
        if (header ? (lines >= HEADER_LINES || bytes >= HEADER_BYTES) : bytes >= BODY_BYTES)
            break;
        if (tokenize(l->arena.data + ln->start, ln->len, i, t) != TS_OK)
            return TS_ENOMEM;
        lines++;
        bytes += ln->len;
    }
    return TS_OK;
}

void tsx_meta_detect(const tsx_lines *l, ts_doc_meta *m)
{
    tokens head = {0}, body = {0};
    memset(m, 0, sizeof *m);
    if (tokenize_lines(l, 1, &head) != TS_OK)
        goto out;
    size_t head_end = head.n;
    detect_date(&head, head_end, m);
    size_t name = 0, k = 0;
    int level = header_level(&head, head_end, &name, &k);
    if (level && k) {
        set_area(m, level, &head.v[name], k);
    } else {
        /* Only now the body: most headers name their area. */
        if (tokenize_lines(l, 0, &body) != TS_OK)
            goto out;
        size_t bk = 0, bn = 0;
        level = body_level(&body, level, &bn, &bk);
        if (level && bk)
            set_area(m, level, &body.v[bn], bk);
    }
out:
    free(head.v);
    free(body.v);
}
