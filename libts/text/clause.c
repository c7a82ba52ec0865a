/* One sentence -> facts.  The sentence is folded (lower case, no accents)
 * and read left to right: lexicon phrases set the current indicator,
 * period phrases set the current period, and each number with a unit is
 * classified by the words around it (đạt X% kế hoạch, tăng X% so với cùng
 * kỳ, a/b, từ X năm A lên Y năm B, ...) into a level, plan, pct_plan,
 * yoy_pct or avg_annual_pct of the current indicator. */
#include "ts_extract.h"
#include "text/text_internal.h"
#include "ts_units.h"
#include "ts_vnum.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CAND 8
#define MAX_DEPTH 8

/* How a period phrase relates to the figures after it. */
typedef enum {
    PER_NONE,   /* the context's default */
    PER_FIXED,  /* a period as written: a year, month, n months, years */
    PER_UPTO    /* "đến ngày D/M/Y": flows from 1 January, stocks at the date */
} per_kind;

typedef struct {
    per_kind kind;
    ts_period p;   /* FIXED: the period; UPTO: the day */
    int target;    /* "đến năm / vào năm YYYY": a target year */
} per_state;

/* The state that parentheses save and restore. */
typedef struct {
    const ts_indicator *ind; /* current indicator, NULL when none */
    const tsx_entry *ent;     /* the lexicon entry that named it */
    const tsx_entry *pend[MAX_CAND]; /* mentions waiting for a unit= match */
    size_t npend;
    int suppress;            /* after a blocking phrase: 2 ignore mentions, 1 after a ',' */
    int weak;                /* a new ';' clause with no phrase of its own yet */
    int own;                 /* inside parentheses: an indicator named there */
    int plan_mode;           /* the mention named a plan ("dự toán ...") */
    const ts_indicator *component_of; /* after "trong đó": not this one again */
    per_state per;
    int paren_year;          /* a year written just before '(' (0: none) */
} frame;

typedef struct {
    const char *orig;        /* the sentence */
    size_t olen;
    const tsx_fold *f;       /* the folded sentence, with its byte map */
    const char *s;           /* folded */
    size_t n;
    const ts_extract_ctx *cx;
    const ts_lexicon *lx;
    const ts_catalog *cat;
    ts_fact_fn fn;
    ts_unmatched_fn unmatched;
    void *user;
    size_t offset;
    const char *excerpt;     /* the sentence, NUL-terminated */
    frame st[MAX_DEPTH];
    int depth;
    const ts_indicator *topic; /* last named indicator, for ctx= conditions */
    size_t place_end;          /* folded end of the last other-place name + 1 */
    int estimate;              /* an estimate word was seen */
    int last_change;           /* +1 after "tăng", -1 after "giảm" in this clause */
    /* pct_plan already given, per indicator, in this sentence: the first
     * plan named wins. */
    const ts_indicator *pp_done[32];
    ts_period pp_period[32];
    size_t npp;
    /* levels given, per indicator and period: the first one stands */
    const ts_indicator *lv_done[64];
    ts_period lv_period[64];
    size_t nlv;
} reader;

/* ---- small text helpers on the folded sentence ---- */

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

/* at_words past its first byte (which the caller compared). */
static size_t at_words_rest(const reader *r, size_t i, const char *w)
{
    size_t k = 1;
    i++;
    while (w[k]) {
        if (i >= r->n || r->s[i] != w[k])
            return 0;
        i++;
        k++;
    }
    if (i < r->n && tsx_is_word((unsigned char)r->s[i]) && tsx_is_word((unsigned char)w[k - 1]))
        return 0;
    return i;
}

/* Nonzero when the folded text at i starts with word(s) w, ending at a
 * word boundary; spaces in w match one space.  Returns the end.  Inline
 * with the first byte compared here: it is tried with many literal words
 * at every word of a sentence, and nearly all differ at once. */
static inline size_t at_words(const reader *r, size_t i, const char *w)
{
    if (i >= r->n || r->s[i] != w[0])
        return 0;
    return at_words_rest(r, i, w);
}

static size_t skip_spaces(const reader *r, size_t i)
{
    while (i < r->n && r->s[i] == ' ')
        i++;
    return i;
}

/* Start of the word ending just before i (skipping spaces), or (size_t)-1. */
static size_t prev_word(const reader *r, size_t i)
{
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    if (i == 0 || !tsx_is_word((unsigned char)r->s[i - 1]))
        return (size_t)-1;
    while (i > 0 && tsx_is_word((unsigned char)r->s[i - 1]))
        i--;
    return i;
}

static size_t word_len(const reader *r, size_t i)
{
    size_t k = i;
    while (k < r->n && tsx_is_word((unsigned char)r->s[k]))
        k++;
    return k - i;
}

static int word_is(const reader *r, size_t i, const char *w)
{
    if (i == (size_t)-1)
        return 0;
    size_t l = word_len(r, i);
    return l == strlen(w) && memcmp(r->s + i, w, l) == 0;
}

/* Does the original text at folded position i start with the accented
 * lower-case word w?  Tells "đạt" (reached) from "đất" (land), "tăng"
 * from "tầng", "bằng" from "bảng". */
static int orig_is(const reader *r, size_t i, const char *w)
{
    size_t o = r->f->map[i];
    size_t wl = strlen(w);
    if (o + wl > r->olen)
        return 0;
    for (size_t k = 0; k < wl; k++) {
        unsigned char a = (unsigned char)r->orig[o + k], b = (unsigned char)w[k];
        if (a == b)
            continue;
        /* ASCII capitals, and the capital forms of the few letters the
         * check words start with (Đ/đ, Ă, Â...) differ in one byte. */
        if (a >= 'A' && a <= 'Z' && a + 32 == b)
            continue;
        if (k == 1 && (unsigned char)r->orig[o] == 0xC4 && a == 0x90 && b == 0x91)
            continue; /* Đ -> đ */
        return 0;
    }
    return 1;
}

/* The verb governing a number at folded position i: the word before it,
 * skipping qualifiers (khoảng, hơn, trên, ước, gần, chỉ, ...). */
typedef enum {
    V_NONE, V_UP, V_DOWN, V_EQUAL, V_REACH, V_EXCEED, V_SHARE, V_FROM,
    V_GROWTH, V_CORRESP, V_MORE, V_IS
} verb;

static verb verb_before(const reader *r, size_t i, size_t *vpos)
{
    size_t w = prev_word(r, i);
    for (int guard = 0; guard < 4 && w != (size_t)-1; guard++) {
        if (word_is(r, w, "khoang") || word_is(r, w, "hon") || word_is(r, w, "tren") ||
            word_is(r, w, "gan") || word_is(r, w, "uoc") || word_is(r, w, "chi") ||
            word_is(r, w, "duoc") || word_is(r, w, "muc") || word_is(r, w, "nhat") ||
            word_is(r, w, "it") || word_is(r, w, "tinh") || word_is(r, w, "cho")) {
            w = prev_word(r, w);
            continue;
        }
        break;
    }
    if (vpos)
        *vpos = w;
    if (w == (size_t)-1)
        return V_NONE;
    if (word_is(r, w, "tang") && orig_is(r, w, "tăng"))
        return V_UP;
    if (word_is(r, w, "giam") && orig_is(r, w, "giảm"))
        return V_DOWN;
    if (word_is(r, w, "bang") && orig_is(r, w, "bằng"))
        return V_EQUAL;
    if (word_is(r, w, "dat") && orig_is(r, w, "đạt"))
        return V_REACH;
    if (word_is(r, w, "vuot"))
        return V_EXCEED;
    if (word_is(r, w, "chiem"))
        return V_SHARE;
    if (word_is(r, w, "them"))
        return V_MORE;
    if (word_is(r, w, "tu")) {
        size_t p = prev_word(r, w);
        return p != (size_t)-1 && (word_is(r, p, "tang") || word_is(r, p, "giam")) ? V_FROM : V_NONE;
    }
    if (word_is(r, w, "truong")) {
        size_t p = prev_word(r, w);
        if (p != (size_t)-1 && word_is(r, p, "tang"))
            return V_GROWTH;
    }
    if (word_is(r, w, "ung")) {
        size_t p = prev_word(r, w);
        if (p != (size_t)-1 && word_is(r, p, "tuong"))
            return V_CORRESP;
    }
    if (word_is(r, w, "la"))
        return V_IS;
    return V_NONE;
}

/* What the words after a percentage say it is measured against. */
typedef enum { AGAINST_NONE, AGAINST_PLAN, AGAINST_YEAR_AGO, AGAINST_OTHER } against;

static against against_after(const reader *r, size_t i)
{
    i = skip_spaces(r, i);
    int had_so = 0;
    /* Fillers between the figure and what it is compared with. */
    for (int guard = 0; guard < 4; guard++) {
        size_t e;
        if ((e = at_words(r, i, "so voi")) || (e = at_words(r, i, "so"))) {
            had_so = 1;
            i = skip_spaces(r, e);
            continue;
        }
        if (
            (e = at_words(r, i, "tren")) || (e = at_words(r, i, "cua")) ||
            (e = at_words(r, i, "tong so")) || (e = at_words(r, i, "voi"))) {
            i = skip_spaces(r, e);
            continue;
        }
        break;
    }
    static const char *const plan[] = {
        "kh", "ke hoach", "du toan", "nhiem vu", "muc tieu", "chi tieu",
        "thuc nguon", "nghi quyet", "tong ke hoach", "tong muc tieu",
    };
    for (size_t k = 0; k < sizeof plan / sizeof plan[0]; k++)
        if (at_words(r, i, plan[k]))
            return AGAINST_PLAN;
    static const char *const ago[] = {
        "cung ky", "nam truoc", "thuc hien nam", "nam 19", "nam 20", "thoi diem",
        "vu dong", "vu mua", "vu he", "ky nam",
    };
    /* Without "so (với)" only "cùng kỳ" and "năm trước" name the base: a
     * bare "năm 2015" after a figure is its own year. */
    size_t nago = had_so ? sizeof ago / sizeof ago[0] : 2;
    for (size_t k = 0; k < nago; k++) {
        size_t l = strlen(ago[k]);
        if (i + l <= r->n && memcmp(r->s + i, ago[k], l) == 0)
            return AGAINST_YEAR_AGO;
    }
    if (at_words(r, i, "cuoi nam") || at_words(r, i, "dau nam") || at_words(r, i, "thang truoc") ||
        at_words(r, i, "ky truoc") || at_words(r, i, "giai doan truoc"))
        return AGAINST_OTHER;
    return AGAINST_NONE;
}

/* Does the comparison after a figure name the same period a year before
 * ("so với cùng kỳ", "năm trước") rather than some other year? */
static int same_period_base(const reader *r, size_t i)
{
    size_t end = i + 40 < r->n ? i + 40 : r->n;
    for (size_t k = i; k + 6 <= end; k++) {
        if (r->s[k] == ',' || r->s[k] == ';' || r->s[k] == ')')
            break;
        if (memcmp(r->s + k, "cung ky", 7) == 0 || memcmp(r->s + k, "nam truoc", 9) == 0)
            return 1;
    }
    return 0;
}

/* ---- periods ---- */

static int read_int(const reader *r, size_t *i, int maxdig)
{
    int v = 0, d = 0;
    while (*i < r->n && is_digit((unsigned char)r->s[*i]) && d < maxdig) {
        v = v * 10 + (r->s[*i] - '0');
        (*i)++;
        d++;
    }
    if (d == 0 || (*i < r->n && is_digit((unsigned char)r->s[*i])))
        return -1;
    return v;
}

static int year_ok(int y)
{
    return y >= 1900 && y <= 2100;
}

/* The year the context's period ends in (for "cả năm", "tháng 10"). */
static int ctx_year(const reader *r)
{
    int y, m, d;
    ts_civil_from_days(r->cx->period.last, &y, &m, &d);
    return y;
}

/* Reads "D/M/YYYY", "D-M-YYYY", "D tháng M năm YYYY" or "D tháng M" at i.
 * Returns the end or 0. */
static size_t read_date(const reader *r, size_t i, int *y, int *m, int *d)
{
    size_t j = i;
    int dd = read_int(r, &j, 2);
    if (dd < 1 || dd > 31 || j >= r->n)
        return 0;
    int mm, yy;
    if (r->s[j] == '/' || r->s[j] == '-') {
        char sep = r->s[j];
        j++;
        mm = read_int(r, &j, 2);
        if (mm < 1 || mm > 12 || j >= r->n || r->s[j] != sep)
            return 0;
        j++;
        yy = read_int(r, &j, 4);
        if (!year_ok(yy))
            return 0;
    } else {
        size_t e = at_words(r, skip_spaces(r, j), "thang");
        if (!e)
            return 0;
        j = skip_spaces(r, e);
        mm = read_int(r, &j, 2);
        if (mm < 1 || mm > 12)
            return 0;
        yy = ctx_year(r);
        size_t k = skip_spaces(r, j);
        if ((e = at_words(r, k, "nam"))) {
            size_t q = skip_spaces(r, e);
            int y2 = read_int(r, &q, 4);
            if (year_ok(y2)) {
                yy = y2;
                j = q;
            }
        } else if (k < r->n && r->s[k] == '/') {
            size_t q = k + 1;
            int y2 = read_int(r, &q, 4);
            if (year_ok(y2)) {
                yy = y2;
                j = q;
            }
        }
    }
    if (dd > ts_days_in_month(yy, mm))
        return 0;
    *y = yy;
    *m = mm;
    *d = dd;
    return j;
}

/* Reads " năm YYYY" or "/YYYY" after a month or quarter; returns the year
 * (or the context's) and advances *i. */
static int read_opt_year(const reader *r, size_t *i)
{
    size_t k = skip_spaces(r, *i), e;
    if (k < r->n && r->s[k] == '/') {
        size_t q = k + 1;
        int y = read_int(r, &q, 4);
        if (year_ok(y)) {
            *i = q;
            return y;
        }
    } else if ((e = at_words(r, k, "nam"))) {
        size_t q = skip_spaces(r, e);
        int y = read_int(r, &q, 4);
        if (year_ok(y)) {
            *i = q;
            return y;
        }
    }
    return ctx_year(r);
}

/* Is the phrase at i a comparison base ("so với năm 2019", "cùng kỳ năm
 * 2019")?  Looks at the few words before it. */
static int is_comparison(const reader *r, size_t i)
{
    size_t w = prev_word(r, i);
    for (int k = 0; k < 4 && w != (size_t)-1; k++) {
        if (word_is(r, w, "so") || word_is(r, w, "voi") || word_is(r, w, "ky") ||
            word_is(r, w, "truoc") || word_is(r, w, "sau"))
            return 1;
        if (!(word_is(r, w, "thuc") || word_is(r, w, "hien") || word_is(r, w, "thoi") ||
              word_is(r, w, "diem") || word_is(r, w, "ngay") || word_is(r, w, "cuoi") ||
              word_is(r, w, "vao")))
            return 0;
        w = prev_word(r, w);
    }
    return 0;
}

/* Is the phrase at i part of a programme's name ("Đề án phát triển kinh
 * tế tập thể ... giai đoạn 2017-2020", "Phương án trồng rừng giai đoạn
 * 2019-2025")?  Looks back through the clause for such a head word. */
static int in_title(const reader *r, size_t i)
{
    static const char *const heads[] = {"de an", "chuong trinh", "phuong an", "quy hoach",
                                        "nghi quyet", "ke hoach", "du an", "chien luoc"};
    size_t w = i;
    for (int k = 0; k < 12; k++) {
        size_t p = w;
        while (p > 0 && r->s[p - 1] == ' ')
            p--;
        if (p == 0 || r->s[p - 1] == ';' || r->s[p - 1] == '.' ||
            r->s[p - 1] == '(' || r->s[p - 1] == ':')
            return 0;
        w = prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
            if (at_words(r, w, heads[h]))
                return 1;
    }
    return 0;
}

static int roman(const reader *r, size_t *i)
{
    static const char *const q[] = {"iv", "iii", "ii", "i"};
    static const int v[] = {4, 3, 2, 1};
    for (int k = 0; k < 4; k++) {
        size_t l = strlen(q[k]);
        if (*i + l <= r->n && memcmp(r->s + *i, q[k], l) == 0 &&
            (*i + l == r->n || !tsx_is_word((unsigned char)r->s[*i + l]))) {
            *i += l;
            return v[k];
        }
    }
    return 0;
}

/* Tries a period phrase at word start i; on success sets *out and returns
 * its end.  Comparison bases and school years are consumed but leave
 * *set = 0. */
static size_t read_period(const reader *r, size_t i, per_state *out, int *set, int *year_only)
{
    size_t e, j;
    *set = 0;
    *year_only = 0;
    int y, m, d;
    /* Every phrase below starts with one of these (cheap test first). */
    switch (r->s[i]) {
    case 'n': case 'g': case 't': case 'd': case 'c': case 'h': case 'q':
        break;
    default:
        if (!is_digit((unsigned char)r->s[i]))
            return 0;
    }
    /* School years, crop seasons: names, not periods. */
    if ((e = at_words(r, i, "nam hoc")) || (e = at_words(r, i, "nien vu")) ||
        (e = at_words(r, i, "nien khoa"))) {
        j = skip_spaces(r, e);
        if (read_int(r, &j, 4) > 0) {
            if (j < r->n && (r->s[j] == '-' || r->s[j] == '/')) {
                j++;
                read_int(r, &j, 4);
            }
            return j;
        }
        return e;
    }
    if ((e = at_words(r, i, "giai doan")) || (e = at_words(r, i, "nhiem ky")) ||
        (e = at_words(r, i, "thoi ky"))) {
        j = skip_spaces(r, e);
        if ((e = at_words(r, j, "tu")))
            j = skip_spaces(r, e);
        int a = read_int(r, &j, 4);
        size_t k = skip_spaces(r, j);
        if (year_ok(a) && k < r->n && r->s[k] == '-') {
            k = skip_spaces(r, k + 1);
            int b = read_int(r, &k, 4);
            if (year_ok(b) && b > a) {
                out->kind = PER_FIXED;
                out->p = ts_period_years(a, b);
                out->target = 0;
                /* A span closing a quoted name ("... giai đoạn 2017-2020”")
                 * names a programme. */
                size_t z = skip_spaces(r, k);
                int quoted = z < r->n && r->s[z] == '"';
                *set = !is_comparison(r, i) && !in_title(r, i) && !quoted;
                return k;
            }
        }
        return e;
    }
    /* "đến nay", "hiện nay": now, the report's own period. */
    if ((e = at_words(r, i, "den nay")) || (e = at_words(r, i, "hien nay")) ||
        (e = at_words(r, i, "hien tai"))) {
        out->kind = PER_NONE;
        out->target = 0;
        *set = 1;
        return e;
    }
    /* "đến ngày D/M/Y", "tính đến ngày", "đến thời điểm (ngày)", "đến D/M/Y" */
    if ((e = at_words(r, i, "den"))) {
        j = skip_spaces(r, e);
        size_t k;
        if ((k = at_words(r, j, "ngay")))
            j = skip_spaces(r, k);
        else if ((k = at_words(r, j, "thoi diem"))) {
            j = skip_spaces(r, k);
            if ((k = at_words(r, j, "ngay")))
                j = skip_spaces(r, k);
        }
        if ((k = read_date(r, j, &y, &m, &d))) {
            out->kind = PER_UPTO;
            out->p = ts_period_day(y, m, d);
            out->target = 0;
            *set = !is_comparison(r, i);
            return k;
        }
        /* "tính đến tháng 9/2020": the 9-month column. */
        if ((k = at_words(r, j, "thang"))) {
            size_t q = skip_spaces(r, k);
            int mm = read_int(r, &q, 2);
            if (mm >= 1 && mm <= 12) {
                int yy = read_opt_year(r, &q);
                out->kind = PER_FIXED;
                out->p = ts_period_months(yy, 1, mm);
                out->target = 0;
                *set = 1;
                return q;
            }
        }
        /* "đến năm 2025", "đến cuối năm 2023" */
        size_t q = j;
        if ((k = at_words(r, q, "cuoi")) || (k = at_words(r, q, "het")))
            q = skip_spaces(r, k);
        if ((k = at_words(r, q, "nam"))) {
            q = skip_spaces(r, k);
            int yy = read_int(r, &q, 4);
            if (year_ok(yy)) {
                out->kind = PER_FIXED;
                out->p = ts_period_year(yy);
                out->target = 2; /* "đến năm 2025": up to, a span for flows */
                *set = 1;
                return q;
            }
        }
        return e;
    }
    /* "cả năm": the whole year of the context. */
    if ((e = at_words(r, i, "ca nam"))) {
        j = e;
        out->kind = PER_FIXED;
        out->p = ts_period_year(read_opt_year(r, &j));
        out->target = 0;
        *set = 1;
        return j;
    }
    /* "N tháng (đầu năm) (năm YYYY)" */
    if (is_digit((unsigned char)r->s[i])) {
        j = i;
        int nm = read_int(r, &j, 2);
        size_t k = skip_spaces(r, j);
        if (nm >= 2 && nm <= 12 && (e = at_words(r, k, "thang"))) {
            size_t q = skip_spaces(r, e);
            size_t pw = prev_word(r, i);
            if (pw != (size_t)-1 && (word_is(r, pw, "duoi") || word_is(r, pw, "tren") ||
                                     word_is(r, pw, "hon") || word_is(r, pw, "sau")))
                return e; /* "dưới 3 tháng": a length, not a period */
            if (at_words(r, q, "cuoi"))
                return e; /* "3 tháng cuối năm": the rest of the year, a plan */
            if ((k = at_words(r, q, "dau")))
                q = skip_spaces(r, k);
            int yy = ctx_year(r);
            size_t z = q;
            if ((k = at_words(r, q, "nam"))) {
                z = k;
                size_t w = skip_spaces(r, k);
                int y2 = read_int(r, &w, 4);
                if (year_ok(y2)) {
                    yy = y2;
                    z = w;
                }
            }
            out->kind = PER_FIXED;
            out->p = ts_period_months(yy, 1, nm);
            out->target = 0;
            *set = !is_comparison(r, i);
            return z;
        }
        return 0;
    }
    if ((e = at_words(r, i, "thang"))) {
        j = skip_spaces(r, e);
        int mm = read_int(r, &j, 2);
        if (mm < 1 || mm > 12)
            return e;
        int yy = read_opt_year(r, &j);
        size_t w = prev_word(r, i);
        if (w != (size_t)-1 && (word_is(r, w, "tu") || word_is(r, w, "ngay")))
            return j; /* "từ tháng 6/2020": since, not a period */
        out->kind = PER_FIXED;
        out->p = ts_period_month(yy, mm);
        out->target = 0;
        *set = !is_comparison(r, i);
        return j;
    }
    if ((e = at_words(r, i, "quy"))) {
        j = skip_spaces(r, e);
        int q = roman(r, &j);
        if (!q) {
            q = read_int(r, &j, 1);
            if (q < 1 || q > 4)
                return e;
        }
        int yy = read_opt_year(r, &j);
        out->kind = PER_FIXED;
        out->p = ts_period_quarter(yy, q);
        out->target = 0;
        *set = !is_comparison(r, i);
        return j;
    }
    /* "(vào) (cuối) năm YYYY" */
    if ((e = at_words(r, i, "nam"))) {
        j = skip_spaces(r, e);
        int yy = read_int(r, &j, 4);
        if (!year_ok(yy))
            return e;
        /* "năm 2019-2020": a season or school year. */
        if (j < r->n && r->s[j] == '-' && j + 1 < r->n && is_digit((unsigned char)r->s[j + 1]))
            return j;
        out->kind = PER_FIXED;
        out->p = ts_period_year(yy);
        size_t w = prev_word(r, i);
        out->target = w != (size_t)-1 && word_is(r, w, "vao");
        *set = !is_comparison(r, i);
        *year_only = 1;
        return j;
    }
    return 0;
}

/* ---- emitting ---- */

static int same_period(ts_period a, ts_period b)
{
    return a.first == b.first && a.last == b.last;
}

static int emit(reader *r, const ts_indicator *ind, const char *measure,
                ts_period p, double value, const char *unit, char status)
{
    if (!isfinite(value))
        return TS_OK;
    /* 96,9 - 100 is -3.1, not -3.0999999999999943. */
    value = round(value * 1e9) / 1e9;
    if (strcmp(measure, TS_MEASURE_PCT_PLAN) == 0) {
        for (size_t k = 0; k < r->npp; k++)
            if (r->pp_done[k] == ind && same_period(r->pp_period[k], p))
                return TS_OK; /* the first plan named wins */
        if (r->npp < 32) {
            r->pp_done[r->npp] = ind;
            r->pp_period[r->npp++] = p;
        }
    }
    if (strcmp(measure, TS_MEASURE_LEVEL) == 0) {
        for (size_t k = 0; k < r->nlv; k++)
            if (r->lv_done[k] == ind && same_period(r->lv_period[k], p))
                return TS_OK; /* a second count of the same thing is a part of it */
        if (r->nlv < 64) {
            r->lv_done[r->nlv] = ind;
            r->lv_period[r->nlv++] = p;
        }
    }
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = ind->id;
    f.area = r->cx->area ? r->cx->area : "";
    f.measure = measure;
    f.period = p;
    f.value = value;
    f.unit = unit;
    f.status = status;
    f.source = r->cx->source ? r->cx->source : "-";
    if (r->fn)
        r->fn(r->user, &f, r->offset, r->excerpt);
    return TS_OK;
}

/* The period a figure of ind belongs to, given the current phrase state. */
static ts_period resolve_period(const reader *r, const ts_indicator *ind, const per_state *ps)
{
    const ts_extract_ctx *cx = r->cx;
    ts_period p = cx->period;
    if (ps->kind == PER_FIXED) {
        p = ps->p;
    } else if (ps->kind == PER_UPTO) {
        int y, m, d;
        ts_civil_from_days(ps->p.first, &y, &m, &d);
        /* A date at the end of the section's own period is that period
         * (a monthly work report's "tính đến ngày 31/10", a six-month
         * section's "đến ngày 30/6"); otherwise a flow runs from 1
         * January and a stock is read at the date. */
        if (ps->p.first == cx->period.last)
            p = cx->period;
        else if (ind->kind == TS_KIND_FLOW)
            p = (ts_period){ts_days_from_civil(y, 1, 1), ps->p.first};
        else
            p = ps->p;
        return p;
    }
    /* A stock or rate over several years is read at the last one. */
    if (ind->kind != TS_KIND_FLOW && ts_period_kind_of(p) == TS_PERIOD_YEARS) {
        int y, m, d;
        ts_civil_from_days(p.last, &y, &m, &d);
        p = ts_period_year(y);
    }
    return p;
}

/* Plans belong to the year their period falls in (a month stays a month,
 * a span of years stays the span). */
static ts_period plan_period(ts_period p)
{
    ts_period_kind k = ts_period_kind_of(p);
    if (k == TS_PERIOD_MONTH || k == TS_PERIOD_YEARS || k == TS_PERIOD_YEAR)
        return p;
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    if (y1 == y2)
        return ts_period_year(y2);
    return p;
}

/* Targets in the directions part: a stated year for stocks, the plan
 * span for flows when the year closes it. */
static ts_period target_period(const reader *r, const ts_indicator *ind, const per_state *ps)
{
    ts_period t = r->cx->target;
    if (ps->kind == PER_FIXED && ts_period_kind_of(ps->p) == TS_PERIOD_YEAR) {
        if (ind->kind == TS_KIND_FLOW && ts_period_kind_of(t) == TS_PERIOD_YEARS &&
            ps->p.last == t.last && ps->target == 2)
            return t;
        return ps->p;
    }
    if (ind->kind != TS_KIND_FLOW && ts_period_kind_of(t) == TS_PERIOD_YEARS) {
        int y, m, d;
        ts_civil_from_days(t.last, &y, &m, &d);
        return ts_period_year(y);
    }
    return t;
}

/* ---- mentions ---- */

static int ctx_ok(const reader *r, const tsx_entry *e)
{
    if (!e->ctx)
        return 1;
    if (!r->topic)
        return 0;
    const char *id = r->topic->id;
    const char *c = e->ctx;
    while (*c) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        if (strncmp(id, c, l) == 0 && (id[l] == '\0' || id[l] == '.'))
            return 1;
        c += l;
        if (*c == '|')
            c++;
    }
    return 0;
}

static int near_ok(const reader *r, const tsx_entry *e)
{
    if (!e->near)
        return 1;
    const char *c = e->near;
    char w[64];
    while (*c) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        if (l < sizeof w) {
            memcpy(w, c, l);
            w[l] = '\0';
            if (strstr(r->s, w))
                return 1;
        }
        c += l;
        if (*c == '|')
            c++;
    }
    return 0;
}

/* before=a|b: one of these words among the three before the figure. */
static int before_ok(const reader *r, const tsx_entry *e, size_t qstart)
{
    if (!e->before)
        return 1;
    size_t w = qstart;
    for (int k = 0; k < 3; k++) {
        w = prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        const char *c = e->before;
        while (*c) {
            const char *bar = strchr(c, '|');
            size_t l = bar ? (size_t)(bar - c) : strlen(c);
            if (word_len(r, w) == l && memcmp(r->s + w, c, l) == 0)
                return 1;
            c += l;
            if (*c == '|')
                c++;
        }
    }
    return 0;
}

static const ts_indicator *find_ind(const reader *r, const tsx_entry *e)
{
    if (e->indicator[0] == '-' || e->indicator[0] == '@')
        return NULL;
    return ts_catalog_find(r->cat, e->indicator);
}

static void set_current(reader *r, const tsx_entry *e, const ts_indicator *ind)
{
    frame *fr = &r->st[r->depth];
    if (fr->component_of && fr->component_of == ind) {
        fr->ind = NULL; /* a part of the total named again: not the total */
        fr->ent = NULL;
        return;
    }
    if ((e->flags & TSX_PLAN) && fr->ind == ind && !fr->plan_mode)
        return; /* "giải ngân kế hoạch vốn": the level of the plan's money */
    fr->ind = ind;
    fr->ent = e;
    fr->weak = 0;
    fr->own = 1;
    fr->plan_mode = (e->flags & TSX_PLAN) != 0;
    fr->npend = 0;
    r->topic = ind;
}

/* Is this place name the report's own area?  Compares folded words with
 * the area slug ("kon tum" ~ "kon-tum", "kon-tum-city"). */
static int own_place(const reader *r, const tsx_entry *e)
{
    const char *a = r->cx->area;
    if (!a || !*a)
        return 0;
    size_t i = 0;
    for (const char *p = e->folded; *p; p++, i++) {
        char c = *p == ' ' ? '-' : *p;
        if (a[i] != c)
            return 0;
    }
    return a[i] == '\0' || a[i] == '-';
}

/* Handles a lexicon match at i (not in a figure's look-ahead); returns the
 * end of the consumed phrase or 0 when nothing applies. */
static size_t on_mention(reader *r, size_t i)
{
    const tsx_entry *cand[MAX_CAND];
    size_t ends[MAX_CAND];
    size_t k = tsx_lexicon_at(r->lx, r->s, r->n, i, cand, ends, MAX_CAND);
    if (k == 0)
        return 0;
    frame *fr = &r->st[r->depth];
    size_t best_end = 0;
    /* Pending mentions (unit=...) of the longest length collect together. */
    const tsx_entry *pend[MAX_CAND];
    size_t np = 0;
    for (size_t c = 0; c < k; c++) {
        const tsx_entry *e = cand[c];
        if (best_end && ends[c] < best_end)
            break;
        if ((e->flags & TSX_POST) || !ctx_ok(r, e) || !near_ok(r, e))
            continue;
        if (e->indicator[0] == '@') {
            if (!own_place(r, e))
                r->place_end = ends[c] + 1;
            return ends[c];
        }
        if (e->indicator[0] == '-') {
            fr->ind = NULL;
            fr->ent = NULL;
            fr->npend = 0;
            fr->suppress = 2;
            return ends[c];
        }
        if (fr->suppress == 2)
            return ends[c];
        const ts_indicator *ind = find_ind(r, e);
        if (!ind)
            continue;
        if (e->unit) {
            if (np < MAX_CAND)
                pend[np++] = e;
            best_end = ends[c];
            continue;
        }
        if (np > 0)
            break;
        set_current(r, e, ind);
        fr->suppress = 0;
        return ends[c];
    }
    if (np > 0) {
        memcpy(fr->pend, pend, np * sizeof pend[0]);
        fr->npend = np;
        return best_end;
    }
    return 0;
}

/* ---- figures ---- */

typedef struct {
    double a, b;         /* value; b of "a/b" */
    int has_b;
    ts_unit_match um;    /* unit of a */
    int has_unit;
    size_t start, end;   /* folded span of the whole quantity */
    size_t unit_start;   /* folded start of the unit */
    int per_year;        /* followed by "/năm" */
} quantity;

/* Folded index of an original offset (the first folded byte at or after). */
static size_t fold_index(const reader *r, size_t from, size_t orig_off)
{
    size_t k = from;
    while (k < r->n && r->f->map[k] < orig_off)
        k++;
    return k;
}

static size_t read_unit(const reader *r, size_t i, ts_unit_match *um)
{
    size_t o = r->f->map[i];
    size_t used = ts_unit_match_text(r->orig + o, r->olen - o, um);
    if (!used)
        return 0;
    return fold_index(r, i, o + used);
}

/* Reads the quantity at digit position i.  Returns its end, 0 when it is
 * no figure (a date, a range, a year, a document number). */
static size_t read_quantity(const reader *r, size_t i, quantity *q)
{
    memset(q, 0, sizeof *q);
    q->start = i;
    int dec;
    size_t used = ts_vnum_scan(r->s + i, r->n - i, &q->a, &dec);
    if (!used)
        return 0;
    size_t j = i + used;
    /* Glued to letters ("3a", "tỷ đồng1" cleaned elsewhere): not a figure. */
    if (j < r->n && r->s[j] >= 'a' && r->s[j] <= 'z') {
        ts_unit_match um;
        if (!read_unit(r, j, &um))
            return 0;
    }
    if (j < r->n && (r->s[j] == '/' || r->s[j] == '-') && j + 1 < r->n &&
        is_digit((unsigned char)r->s[j + 1])) {
        if (r->s[j] == '-')
            return 0; /* a range "9-10%" or a span "2016-2020" */
        size_t u2 = ts_vnum_scan(r->s + j + 1, r->n - j - 1, &q->b, &dec);
        size_t k = j + 1 + u2;
        if (k < r->n && (r->s[k] == '/' || r->s[k] == '-') && k + 1 < r->n &&
            is_digit((unsigned char)r->s[k + 1]))
            return 0; /* a date */
        q->has_b = 1;
        j = k;
    }
    size_t us = skip_spaces(r, j);
    size_t ue = read_unit(r, us, &q->um);
    if (ue) {
        q->has_unit = 1;
        q->unit_start = us;
        j = ue;
        /* "1.219 ha/2.000 ha", "1.074,84 tỷ đồng/2.319,27 tỷ đồng" */
        if (!q->has_b && j + 1 < r->n && r->s[j] == '/' && is_digit((unsigned char)r->s[j + 1])) {
            size_t u2 = ts_vnum_scan(r->s + j + 1, r->n - j - 1, &q->b, &dec);
            size_t k = j + 1 + u2;
            ts_unit_match um2;
            size_t ks = skip_spaces(r, k);
            size_t ke = read_unit(r, ks, &um2);
            if (!ke && !(k < r->n && r->s[k] >= 'a' && r->s[k] <= 'z')) {
                q->has_b = 1;
                j = k;
            } else if (!ke) {
                j = k; /* "503 hồ sơ/602.787m2": another measure, not a plan */
            } else if (strcmp(um2.unit, q->um.unit) == 0) {
                q->has_b = 1;
                q->b *= um2.factor / q->um.factor;
                j = ke;
            } else {
                j = ke; /* "48.680 triệu đồng/16 công trình": not a plan */
            }
        }
    } else {
        q->unit_start = us;
        /* A year standing alone is a year, not a figure. */
        if (dec == 0 && !q->has_b && q->a >= 1900 && q->a <= 2100)
            return 0;
    }
    if (j + 4 <= r->n && memcmp(r->s + j, "/nam", 4) == 0)
        q->per_year = 1;
    else {
        size_t k = skip_spaces(r, j);
        if (at_words(r, k, "moi nam") || at_words(r, k, "mot nam"))
            q->per_year = 1;
    }
    q->end = j;
    return j;
}

/* Converts a quantity's first value to ind's unit; 0 when incompatible. */
static int to_unit(const quantity *q, double v, const ts_indicator *ind, double *out)
{
    if (!q->has_unit)
        return 0;
    if (strcmp(q->um.unit, ind->unit) == 0) {
        *out = v * q->um.factor;
        return 1;
    }
    ts_error e;
    double x;
    if (ts_unit_convert(v * q->um.factor, q->um.unit, ind->unit, &x, &e) == TS_OK) {
        *out = x;
        return 1;
    }
    return 0;
}

static int compatible(const quantity *q, const ts_indicator *ind)
{
    double x;
    return ind && to_unit(q, 1, ind, &x);
}

/* Looks for a phrase naming the figure's indicator right after it ("26
 * trường đạt chuẩn quốc gia", "67 vụ tai nạn giao thông", "48 xã đã được
 * công nhận đạt chuẩn nông thôn mới").  Returns a blocking entry as well
 * (indicator "-"), so "600 hộ kinh doanh" is dropped. */
static const tsx_entry *mention_after(const reader *r, const quantity *q, size_t *gap_words)
{
    size_t i = q->has_unit ? q->unit_start : skip_spaces(r, q->end);
    size_t right_after = skip_spaces(r, q->end);
    for (size_t w = 0; w < 7 && i < r->n; w++) {
        unsigned char c = (unsigned char)r->s[i];
        if (!tsx_is_word(c))
            break;
        const tsx_entry *cand[MAX_CAND];
        size_t ends[MAX_CAND];
        size_t k = tsx_lexicon_at(r->lx, r->s, r->n, i, cand, ends, MAX_CAND);
        for (size_t c2 = 0; c2 < k; c2++) {
            const tsx_entry *e = cand[c2];
            if (e->indicator[0] == '@')
                continue;
            if (e->indicator[0] == '-') {
                if (w <= 1) {
                    *gap_words = w;
                    return e;
                }
                continue;
            }
            if (!ctx_ok(r, e) || !near_ok(r, e) || !before_ok(r, e, q->start))
                continue;
            /* Only phrases made for it may stand further off; others must
             * follow the unit at once ("2.000 ha cây ăn quả"). */
            if ((!(e->flags & TSX_POST) || e->before) && i != right_after)
                continue;
            const ts_indicator *ind = find_ind(r, e);
            /* A count with no unit word is named by the phrase right after
             * it ("205 Quyết định"). */
            int implied = !q->has_unit && (e->flags & TSX_POST) && i == right_after &&
                          strcmp(ind ? ind->unit : "pct", "pct") != 0;
            if (!ind || (!implied && !compatible(q, ind)))
                continue;
            if (e->unit && (!q->has_unit || strcmp(e->unit, q->um.unit) != 0))
                continue;
            *gap_words = w;
            return e;
        }
        /* Next word (stay inside the clause). */
        while (i < r->n && tsx_is_word((unsigned char)r->s[i]))
            i++;
        while (i < r->n && (r->s[i] == ' ' || r->s[i] == '/'))
            i++;
    }
    return NULL;
}

/* A year written right after the figure: "23,19% năm 2015", "26,11% vào
 * cuối năm 2015".  Returns the year or 0. */
static int year_after(const reader *r, size_t j)
{
    size_t k = skip_spaces(r, j), e;
    if ((e = at_words(r, k, "vao")))
        k = skip_spaces(r, e);
    if ((e = at_words(r, k, "cuoi")))
        k = skip_spaces(r, e);
    if ((e = at_words(r, k, "nam"))) {
        k = skip_spaces(r, e);
        int y = read_int(r, &k, 4);
        if (year_ok(y) && !(k < r->n && r->s[k] == '-'))
            return y;
    }
    return 0;
}

/* Words between the current mention and the figure that make a level an
 * average ("bình quân hàng năm 6.674 tỷ đồng") or a plan ("tỉnh giao"). */
static int words_before_include(const reader *r, size_t i, const char *w, int max_words)
{
    size_t p = i;
    for (int k = 0; k < max_words; k++) {
        p = prev_word(r, p);
        if (p == (size_t)-1)
            return 0;
        if (word_is(r, p, w))
            return 1;
    }
    return 0;
}

/* "tăng trưởng" among the few words before i (the subject and its verb),
 * looking through an abbreviation in parentheses: "kinh tế (GRDP) đạt". */
static int growth_named(const reader *r, size_t i)
{
    size_t p = i;
    for (int k = 0; k < 8; k++) {
        while (p > 0 && (r->s[p - 1] == ')' || r->s[p - 1] == '(' || r->s[p - 1] == ' '))
            p--;
        p = prev_word(r, p);
        if (p == (size_t)-1)
            return 0;
        if (word_is(r, p, "truong")) {
            size_t t = prev_word(r, p);
            return t != (size_t)-1 && word_is(r, t, "tang");
        }
    }
    return 0;
}

static void unmatched(reader *r, const quantity *q)
{
    if (!r->unmatched || !q->has_unit)
        return;
    char buf[160];
    size_t a = r->f->map[q->start], b = r->f->map[q->end];
    size_t l = b > a ? b - a : 0;
    if (l >= sizeof buf)
        l = sizeof buf - 1;
    memcpy(buf, r->orig + a, l);
    buf[l] = '\0';
    for (size_t k = 0; k < l; k++)
        if (buf[k] == '\t' || buf[k] == '\n' || buf[k] == '\r')
            buf[k] = ' ';
    r->unmatched(r->user, buf, r->offset, r->excerpt);
}

static void on_quantity(reader *r, quantity *q)
{
    frame *fr = &r->st[r->depth];
    /* Another place's figure: "(Đắk Nông 5,74%; Lâm Đồng 5,63%)". */
    if (r->place_end && q->start <= r->place_end + 1) {
        r->place_end = 0;
        return;
    }
    r->place_end = 0;

    /* Resolve a mention waiting for the figure's unit ("cao su 79.018 ha"). */
    if (fr->npend && q->has_unit) {
        for (size_t k = 0; k < fr->npend; k++) {
            const tsx_entry *e = fr->pend[k];
            if (strcmp(e->unit, q->um.unit) == 0) {
                set_current(r, e, find_ind(r, e));
                break;
            }
        }
    }
    /* A phrase right after the figure names it when the current indicator
     * cannot take this unit. */
    size_t gap = 0;
    const tsx_entry *after = mention_after(r, q, &gap);
    if (after && after->indicator[0] == '-')
        return;
    int by_after = 0;
    if (after && !q->has_unit && after->indicator[0] != '-') {
        const ts_indicator *ai = find_ind(r, after);
        q->has_unit = 1;
        q->um.unit = ai->unit;
        q->um.factor = 1;
    }
    /* A phrase after the figure with its own verb before it ("trồng mới
     * 3.000 ha rừng") stands even after a blocking phrase. */
    if (after && after->before && after->indicator[0] != '-')
        fr->suppress = 0;
    if (after && fr->ind && find_ind(r, after) == fr->ind)
        fr->own = 1; /* named again right here: "(... ban hành 315 văn bản)" */
    if (after && (!fr->ind || !compatible(q, fr->ind)) && fr->suppress != 2) {
        set_current(r, after, find_ind(r, after));
        fr->suppress = 0;
        by_after = 1;
    }
    const ts_indicator *ind = fr->ind;
    if (!ind || fr->suppress) {
        unmatched(r, q);
        return;
    }
    /* A ';' clause that names nothing new keeps the indicator only for a
     * percentage measured against something ("; tăng 13,09% so thực hiện
     * năm 2018"), not for new counts ("; 07 xã đạt 15-18 tiêu chí"). */
    if (fr->weak) {
        int pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
        against ag0 = pct ? against_after(r, q->end) : AGAINST_NONE;
        if (!pct || (ag0 != AGAINST_PLAN && ag0 != AGAINST_YEAR_AGO)) {
            unmatched(r, q);
            return;
        }
    }
    size_t vpos;
    verb v = verb_before(r, q->start, &vpos);
    /* "hỗ trợ ... cho 21.988 hộ nghèo": people served, not the count. */
    if (by_after && vpos != (size_t)-1 && word_is(r, vpos, "cho"))
        return;
    int is_pct0 = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    /* In parentheses a count needs its own name there or a year before
     * the '(' ("(khách quốc tế khoảng 31.500 lượt)", "(còn 16 nhiệm vụ)"). */
    if (r->depth > 0 && !fr->own && !fr->paren_year && !is_pct0)
        return;
    if (v == V_UP)
        r->last_change = 1;
    else if (v == V_DOWN)
        r->last_change = -1;
    char status = r->estimate ? 'E' : 'A';
    const ts_extract_ctx *cx = r->cx;
    int is_pct = q->has_unit && strcmp(q->um.unit, "pct") == 0;
    int rate_ind = strcmp(ind->unit, "pct") == 0;

    /* The period: a year written after the figure, a year before '(' for a
     * figure in parentheses, else the phrase state. */
    per_state ps = fr->per;
    int y_after = year_after(r, q->end);
    if (y_after) {
        ps.kind = PER_FIXED;
        ps.p = ts_period_year(y_after);
        ps.target = 0;
    } else if (r->depth > 0 && fr->paren_year) {
        ps.kind = PER_FIXED;
        ps.p = ts_period_year(fr->paren_year);
    }

    if (cx->directions) {
        /* Targets: levels only (growth targets and ranges are no facts). */
        if (v == V_UP || v == V_DOWN || v == V_GROWTH ||
            (v == V_MORE && ind->kind != TS_KIND_FLOW))
            return;
        if (is_pct && !rate_ind)
            return;
        double x;
        if (!to_unit(q, q->a, ind, &x))
            return;
        emit(r, ind, TS_MEASURE_PLAN, target_period(r, ind, &ps), x, ind->unit,
             status);
        return;
    }

    ts_period p = resolve_period(r, ind, &ps);
    if (is_pct) {
        against ag = against_after(r, q->end);
        if (q->per_year) {
            if (rate_ind || v == V_DOWN)
                return;
            ts_period span = p;
            if (ts_period_kind_of(span) != TS_PERIOD_YEARS)
                span = cx->multiyear ? cx->report : span;
            if (ts_period_kind_of(span) != TS_PERIOD_YEARS)
                return;
            emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, span, q->a, "pct", status);
            return;
        }
        if (ag == AGAINST_PLAN) {
            if (v == V_UP || v == V_DOWN)
                return;
            /* Against a plan for the whole span, a rate's achievement stays
             * on the span (not moved to the last year as its level is). */
            ts_period pp = ps.kind == PER_NONE ? cx->period : p;
            emit(r, ind, TS_MEASURE_PCT_PLAN, pp, v == V_EXCEED ? 100 + q->a : q->a, "pct",
                 status);
            return;
        }
        if (ag == AGAINST_OTHER)
            return;
        if (v == V_EQUAL || (v == V_REACH && ag == AGAINST_YEAR_AGO)) {
            if (ag != AGAINST_YEAR_AGO)
                return;
            emit(r, ind, TS_MEASURE_YOY_PCT, p, q->a - 100, "pct", status);
            return;
        }
        if (v == V_UP || v == V_DOWN || v == V_GROWTH || v == V_CORRESP) {
            /* A rate's change is in percentage points unless it is set
             * against the same period a year before. */
            if (rate_ind && (ag != AGAINST_YEAR_AGO || !same_period_base(r, q->end)))
                return;
            double x = q->a;
            if (v == V_DOWN || (v == V_CORRESP && r->last_change < 0))
                x = -x;
            if (v == V_CORRESP && r->last_change == 0)
                return;
            if (ts_period_kind_of(p) == TS_PERIOD_YEARS) {
                /* A change over a span of years is a yearly average when the
                 * sentence speaks of them ("... tăng 14,50%/năm; ... 8,50%"). */
                if ((strstr(r->s, "/nam") || strstr(r->s, "binh quan")) && v != V_DOWN)
                    emit(r, ind, TS_MEASURE_AVG_ANNUAL_PCT, p, q->a, "pct", status);
                return;
            }
            emit(r, ind, TS_MEASURE_YOY_PCT, p, x, "pct", status);
            return;
        }
        if (rate_ind && ag == AGAINST_NONE && !q->has_b) {
            emit(r, ind, TS_MEASURE_LEVEL, p, q->a, "pct", status);
            return;
        }
        /* "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 5,1%": the subject is
         * the growth rate itself, so the bare percentage is the change. */
        if (!rate_ind && ag == AGAINST_NONE && !q->has_b &&
            (v == V_REACH || v == V_IS || v == V_NONE) && growth_named(r, q->start)) {
            emit(r, ind, TS_MEASURE_YOY_PCT, p, q->a, "pct", status);
            return;
        }
        return;
    }

    double x;
    if (!to_unit(q, q->a, ind, &x)) {
        unmatched(r, q);
        return;
    }
    /* Changes and averages are not levels ("thêm" is one only for stocks:
     * "trồng thêm 500 ha" is what was planted). */
    if (v == V_UP || v == V_DOWN || (v == V_MORE && ind->kind != TS_KIND_FLOW))
        return;
    if (q->per_year)
        return;
    if (ind->kind == TS_KIND_FLOW && words_before_include(r, q->start, "quan", 3) &&
        words_before_include(r, q->start, "binh", 4))
        return;
    int plan = fr->plan_mode;
    if (!plan) {
        size_t w = vpos;
        if (w != (size_t)-1 && (word_is(r, w, "giao") || word_is(r, w, "hoach")))
            plan = 1;
    }
    if (plan) {
        emit(r, ind, TS_MEASURE_PLAN, plan_period(p), x, ind->unit, 'A');
        return;
    }
    emit(r, ind, TS_MEASURE_LEVEL, p, x, ind->unit, status);
    if (q->has_b) {
        /* "a/b": b is the plan, unless b counts a whole ("06/11 xã"). */
        int population = ind->kind != TS_KIND_FLOW &&
                         (strcmp(ind->unit, "commune") == 0 || strcmp(ind->unit, "school") == 0 ||
                          strcmp(ind->unit, "household") == 0 || strcmp(ind->unit, "coop") == 0);
        double bx;
        if (!population && to_unit(q, q->b, ind, &bx) && bx > 0)
            emit(r, ind, TS_MEASURE_PLAN, plan_period(p), bx, ind->unit, 'A');
    }
}

/* ---- the walk ---- */

static int estimate_word(const reader *r, size_t i)
{
    char c = r->s[i];
    if (c != 'u' && c != 'k' && c != 'd')
        return 0;
    return at_words(r, i, "uoc") || at_words(r, i, "khoang") || at_words(r, i, "du kien") ||
           at_words(r, i, "du tinh") || at_words(r, i, "uoc tinh");
}

static void clause_reset(reader *r, int hard)
{
    frame *fr = &r->st[r->depth];
    if (hard || fr->suppress == 0)
        fr->suppress = 0;
    else
        fr->suppress = 1;
    fr->npend = 0;
    r->last_change = 0;
    r->place_end = 0;
    if (hard) {
        fr->plan_mode = 0;
        fr->component_of = NULL;
    }
}

int tsx_sentence_goes_on(const char *text, size_t len, const tsx_fold *f)
{
    reader r;
    r.orig = text;
    r.olen = len;
    r.f = f;
    r.s = f->s;
    r.n = f->len;
    return (at_words(&r, 0, "cu the") && orig_is(&r, 0, "cụ")) ||
           (at_words(&r, 0, "trong do") && orig_is(&r, 6, "đó"));
}

int tsx_extract_sentence(const char *text, size_t len, size_t offset, ts_extract_ctx *cx,
                         const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                         ts_unmatched_fn unmatched_fn, void *user, tsx_fold *f, int folded,
                         ts_error *err)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.orig = text;
    r.olen = len;
    r.cx = cx;
    r.lx = lx;
    r.cat = cat;
    r.fn = fn;
    r.unmatched = unmatched_fn;
    r.user = user;
    r.offset = offset;
    if (!folded && tsx_fold_text(f, text, len) != 0)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    r.f = f;
    r.excerpt = text;
    r.s = f->s;
    r.n = f->len;
    /* "Cụ thể: ...", "Trong đó: ..." and the next sentence of a footnote go
     * on with the previous sentence: its subject and its period. */
    int continues = cx->continued || tsx_sentence_goes_on(text, len, f);
    if (continues && cx->topic[0])
        r.topic = ts_catalog_find(cat, cx->topic);
    if (continues && cx->carry_kind != PER_NONE) {
        r.st[0].per.kind = (per_kind)cx->carry_kind;
        r.st[0].per.p = cx->carry_period;
    }

    size_t i = 0;
    while (i < r.n) {
        unsigned char c = (unsigned char)r.s[i];
        frame *fr = &r.st[r.depth];
        if (c == ';' || c == '.') {
            /* '.' inside numbers is read with the number. */
            clause_reset(&r, 1);
            if (fr->ind)
                fr->weak = 1;
            i++;
            continue;
        }
        if (c == ':') {
            i++;
            continue;
        }
        if (c == ',') {
            clause_reset(&r, 0);
            i++;
            continue;
        }
        if (c == '(' || c == '[') {
            if (r.depth + 1 < MAX_DEPTH) {
                /* A year just before '(' dates the figure inside:
                 * "so với năm 2022 (52,6 triệu đồng)". */
                int py = 0;
                size_t w = prev_word(&r, i);
                if (w != (size_t)-1 && is_digit((unsigned char)r.s[w])) {
                    size_t q = w;
                    int y = read_int(&r, &q, 4);
                    size_t nw = prev_word(&r, w);
                    if (year_ok(y) && nw != (size_t)-1 && word_is(&r, nw, "nam"))
                        py = y;
                }
                r.st[r.depth + 1] = *fr;
                r.depth++;
                r.st[r.depth].paren_year = py;
                r.st[r.depth].own = 0;
                r.st[r.depth].weak = 0;
            }
            i++;
            continue;
        }
        if (c == ')' || c == ']') {
            if (r.depth > 0)
                r.depth--;
            i++;
            continue;
        }
        if (!tsx_is_word(c) || (i > 0 && tsx_is_word((unsigned char)r.s[i - 1]))) {
            i++;
            continue;
        }
        /* A word starts at i. */
        if (estimate_word(&r, i))
            r.estimate = 1;
        size_t e;
        /* "trong đó", "gồm": the parts of a total follow (but not "trong độ
         * tuổi", "thu gom").  "Cụ thể" restates, it does not divide. */
        if ((c == 't' || c == 'b' || c == 'g' || c == 'c') &&
            (((e = at_words(&r, i, "trong do")) && orig_is(&r, i + 6, "đó")) ||
             ((e = at_words(&r, i, "bao gom")) && orig_is(&r, i + 4, "gồm")) ||
             ((e = at_words(&r, i, "gom")) && orig_is(&r, i, "gồm")))) {
            fr->component_of = fr->ind ? fr->ind : r.topic;
            fr->ind = NULL;
            fr->ent = NULL;
            i = e;
            continue;
        }
        per_state ps;
        int set, year_only;
        size_t pe = read_period(&r, i, &ps, &set, &year_only);
        if (pe) {
            /* A bare year does not undo a date of the same year already
             * read ("Tính đến ngày 20/10/2024, kế hoạch vốn năm 2024 ..."). */
            if (set && year_only && fr->per.kind != PER_NONE &&
                ts_period_contains(ps.p, fr->per.p) && !same_period(ps.p, fr->per.p))
                set = 0;
            if (set) {
                fr->per = ps;
                fr->weak = 0;
            }
            i = pe;
            continue;
        }
        if (is_digit(c)) {
            quantity q;
            size_t qe = read_quantity(&r, i, &q);
            if (qe) {
                on_quantity(&r, &q);
                i = qe;
            } else {
                while (i < r.n && (tsx_is_word((unsigned char)r.s[i]) || r.s[i] == '.' ||
                                   r.s[i] == ',' || r.s[i] == '/' || r.s[i] == '-') &&
                       !(r.s[i] == ',' && i + 1 < r.n && r.s[i + 1] == ' '))
                    i++;
            }
            continue;
        }
        size_t me = on_mention(&r, i);
        if (me) {
            i = me;
            continue;
        }
        while (i < r.n && tsx_is_word((unsigned char)r.s[i]))
            i++;
    }
    snprintf(cx->topic, sizeof cx->topic, "%s", r.topic ? r.topic->id : "");
    cx->carry_kind = r.st[0].per.kind;
    cx->carry_period = r.st[0].per.p;
    return TS_OK;
}

int ts_extract_sentence(const char *text, size_t len, size_t offset, ts_extract_ctx *cx,
                        const ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                        ts_unmatched_fn unmatched_fn, void *user, ts_error *err)
{
    /* The callbacks get the sentence as a C string: text need not be one. */
    char *copy = malloc(len + 1);
    if (!copy)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    memcpy(copy, text, len);
    copy[len] = '\0';
    tsx_fold f = {0};
    int rc = tsx_extract_sentence(copy, len, offset, cx, lx, cat, fn, unmatched_fn, user, &f,
                                  0, err);
    tsx_fold_free(&f);
    free(copy);
    return rc;
}
