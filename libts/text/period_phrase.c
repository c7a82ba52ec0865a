/* Reading the period phrase at a word: "năm 2023", "tháng 10/2021", "quý
 * III", "9 tháng đầu năm 2024", "giai đoạn 2016-2020", "đến ngày
 * 20/9/2020", "cả năm", "đến nay".  The words are the @period.* classes of
 * the grammar data; this file holds how they combine with numbers. */
#include "text/reader.h"

#include <string.h>

static size_t at_class(const reader *r, size_t i, tsx_class c)
{
    return rd_at(r, i, c);
}

/* The month's number of "tháng" at m, with *j after that word: "10"
 * after it, or the month written out ("tháng Mười", "tháng Giêng":
 * @period.month_name, scale= the month); *j is moved past it.  -1 when
 * there is none. */
static int month_number(const reader *r, size_t m, size_t *j)
{
    size_t e;
    const tsx_entry *c = tsx_tag_find(r->tags, m, TSX_C_PERIOD_MONTH_NAME, &e);
    if (c) {
        *j = e;
        return (int)c->factor;
    }
    return rd_int(r, j, 2);
}

/* Reads "D/M/YYYY", "D-M-YYYY", "D tháng M năm YYYY" or "D tháng M" at i
 * (with bare nonzero also "D/M", of the context's year: "đến ngày 15/9").
 * Returns the end or 0. */
static size_t read_date_in(const reader *r, size_t i, int bare, int *y, int *m, int *d)
{
    size_t j = i, e;
    int dd = rd_int(r, &j, 2);
    if (dd < 1 || dd > 31 || j >= r->n)
        return 0;
    int mm, yy;
    /* "30/11/2024", "30-11-2024"; after "ngày" also "30.11" and
     * "30.11.2024" (a dot between day and month is no decimal there). */
    if (r->s[j] == '/' || r->s[j] == '-' || (bare && r->s[j] == '.')) {
        char sep = r->s[j];
        j++;
        mm = rd_int(r, &j, 2);
        if (mm < 1 || mm > 12)
            return 0;
        /* After "ngày" the year may be left out: "ngày 2/10", "ngày
         * 2-10" (not a run of days: "ngày 2-10/9"). */
        int more = j < r->n && r->s[j] == sep && j + 1 < r->n && rd_digit((unsigned char)r->s[j + 1]);
        int run = sep == '-' && j < r->n && (r->s[j] == '/' || r->s[j] == '.');
        if (bare && !more && !run) {
            yy = rd_ctx_year(r);
        } else {
            if (j >= r->n || r->s[j] != sep)
                return 0;
            j++;
            yy = rd_int(r, &j, 4);
            if (!rd_year_ok(yy))
                return 0;
        }
    } else {
        if (!(e = at_class(r, rd_skip_spaces(r, j), TSX_C_PERIOD_MONTH)))
            return 0;
        j = rd_skip_spaces(r, e);
        mm = rd_int(r, &j, 2);
        if (mm < 1 || mm > 12)
            return 0;
        yy = rd_ctx_year(r);
        size_t k = rd_skip_spaces(r, j);
        size_t q = k + 1;
        if ((e = at_class(r, k, TSX_C_PERIOD_YEAR)))
            q = rd_skip_spaces(r, e);
        if (e || (k < r->n && r->s[k] == '/')) {
            int y2 = rd_int(r, &q, 4);
            if (rd_year_ok(y2)) {
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

size_t rd_date(const reader *r, size_t i, int *y, int *m, int *d)
{
    return read_date_in(r, i, 0, y, m, d);
}

/* Reads " năm YYYY" or "/YYYY" after a month or quarter; returns the year
 * (or the context's) and advances *i. */
static int read_opt_year(const reader *r, size_t *i)
{
    size_t k = rd_skip_spaces(r, *i), e;
    size_t q = 0;
    if (k < r->n && r->s[k] == '/')
        q = k + 1;
    else if (k == *i && k + 5 <= r->n && (r->s[k] == '-' || r->s[k] == '.') &&
             rd_digit((unsigned char)r->s[k + 1]) && rd_digit((unsigned char)r->s[k + 4]))
        q = k + 1; /* "tháng 8-2023", "quý III.2023": a year glued on, never "8-9" */
    else if ((e = at_class(r, k, TSX_C_PERIOD_YEAR)))
        q = rd_skip_spaces(r, e);
    if (q) {
        int y = rd_int(r, &q, 4);
        if (rd_year_ok(y)) {
            *i = q;
            return y;
        }
    }
    return rd_ctx_year(r);
}

int rd_after_regular_meeting(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    size_t before = w != (size_t)-1 ? rd_prev_word(r, w) : (size_t)-1;
    return before != (size_t)-1 && strncmp(r->s + before, "thuong ky ", 10) == 0;
}

/* "Với 9 tháng đầu năm 2023, ...", "Sau 9 tháng, ...": a bare "với" or
 * "sau" at w opening a clause sets the scene; only after a figure or "so"
 * does it compare, and "sau 3 tháng" inside a clause is a length. */
static int sets_scene(const reader *r, size_t w)
{
    return (strncmp(r->s + w, "voi ", 4) == 0 || strncmp(r->s + w, "sau ", 4) == 0) &&
           rd_opens_after(r, w, RD_LEAD_MARKS);
}

/* Is the phrase at i a comparison base ("so với năm 2019", "cùng kỳ năm
 * 2019")?  Looks at the few words before it. */
static int is_comparison(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    for (int k = 0; k < 4 && w != (size_t)-1; k++) {
        /* "cao hơn năm 2009" compares; "trong hơn 20 năm qua" is a length. */
        if (rd_word_of(r, w, TSX_C_PERIOD_COMPARE)) {
            if (sets_scene(r, w))
                return 0;
            /* "họp phiên thường kỳ tháng 10": the regular meeting of the
             * month, no "cùng kỳ". */
            if (rd_after_regular_meeting(r, i))
                return 0;
            return !(k == 0 && strncmp(r->s + w, "hon ", 4) == 0 && rd_digit((unsigned char)r->s[i]));
        }
        if (!rd_word_of(r, w, TSX_C_PERIOD_COMPARE_SKIP))
            return 0;
        w = rd_prev_word(r, w);
    }
    return 0;
}

/* Is the phrase at i part of a programme's name ("Đề án phát triển kinh
 * tế tập thể ... giai đoạn 2017-2020")?  Looks back through the clause. */
static int in_title(const reader *r, size_t i)
{
    if (r->title)
        return 0;
    size_t w = i;
    for (int k = 0; k < 12; k++) {
        size_t p = w;
        while (p > 0 && r->s[p - 1] == ' ')
            p--;
        if (p == 0 || strchr(";.(:", r->s[p - 1]))
            return 0;
        w = rd_prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        if (at_class(r, w, TSX_C_TITLE_HEAD))
            return 1;
    }
    return 0;
}

/* A quarter in Roman numerals (notation, not words): "quý III". */
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

static void fixed(per_state *out, ts_period p, int target)
{
    out->kind = PER_FIXED;
    out->p = p;
    out->target = target;
}

/* A plan's word among the three words before i, no figure between. */
static int plan_word_before(const reader *r, size_t i)
{
    size_t w = i;
    for (int k = 0; k < 3; k++) {
        w = rd_prev_word(r, w);
        if (w == (size_t)-1 || rd_digit((unsigned char)r->s[w]))
            return 0;
        if (rd_word_of(r, w, TSX_C_BASE_PLAN))
            return 1;
    }
    return 0;
}

/* "năm học 2023-2024": a name, consumed. */
static size_t named_span(const reader *r, size_t e)
{
    size_t j = rd_skip_spaces(r, e);
    if (rd_int(r, &j, 4) <= 0)
        return e;
    if (j < r->n && (r->s[j] == '-' || r->s[j] == '/')) {
        j++;
        rd_int(r, &j, 4);
    }
    return j;
}

/* Whether the phrase at i is where something runs from: "(kể) từ năm
 * 2020", "kể từ đầu nhiệm kỳ 2020-2025" (no "đến" after it: since_span
 * reads those spans), a start, not the clause's period. */
static int after_since(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    if (rd_word_of(r, w, TSX_C_PERIOD_START))
        w = rd_prev_word(r, w);
    return rd_word_of(r, w, TSX_C_PERIOD_SINCE);
}

/* "Đại hội Đảng bộ huyện lần thứ VI, nhiệm kỳ 2020-2025" at the term's
 * word i: the congress that opens the term, whose report reviews the term
 * before it; not "Nghị quyết Đại hội ..., nhiệm kỳ 2020-2025", the
 * resolution the term carries out. */
static int congress_opens_term(const reader *r, size_t i)
{
    size_t w = i;
    for (int k = 0; k < 14; k++) {
        /* "lần thứ VI, nhiệm kỳ": over the comma too. */
        while (w > 0 && (r->s[w - 1] == ' ' || r->s[w - 1] == ','))
            w--;
        w = rd_prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        size_t start = rd_ending(r, w, TSX_C_PERIOD_CONGRESS);
        if (start != (size_t)-1)
            return !rd_class_before(r, start, TSX_C_BASE_PLAN, 1);
    }
    return 0;
}

/* "giai đoạn (từ) 2016-2020" */
static size_t span_of_years(const reader *r, size_t i, size_t e, per_state *out, int *set)
{
    size_t j = rd_skip_spaces(r, e), k;
    if ((k = at_class(r, j, TSX_C_PERIOD_SINCE)))
        j = rd_skip_spaces(r, k);
    int a, b;
    if (!(k = rd_year_pair(r, j, &a, &b)) || b <= a)
        return e;
    if (rd_congress_term(a, b) && at_class(r, i, TSX_C_PERIOD_TERM)) {
        if (congress_opens_term(r, i)) {
            b = a;
            a -= 4;
        } else {
            a++;
        }
    }
    fixed(out, ts_period_years(a, b), 0);
    /* A span closing a quoted name ("... giai đoạn 2017-2020”") names a
     * programme; after a superlative ("cao nhất trong giai đoạn
     * 2015-2019") it is the years a figure stands out in. */
    size_t z = rd_skip_spaces(r, k);
    int quoted = z < r->n && r->s[z] == '"';
    *set = !is_comparison(r, i) && !in_title(r, i) && !quoted &&
           !rd_class_before(r, i, TSX_C_SUPERLATIVE, 3) && !after_since(r, i);
    return k;
}

/* "(từ) đầu năm 2016 đến nay" at j: January to the report's month when
 * the year is the report's (as "từ đầu năm đến nay" is, @period.ytd);
 * the end of the phrase, or 0. */
static size_t year_so_far(const reader *r, size_t j, per_state *out)
{
    size_t k;
    int y, ry, rm, rd;
    if (!(k = at_class(r, j, TSX_C_PERIOD_START)) || !(k = rd_year_at(r, rd_skip_spaces(r, k), 0, &y)) ||
        !(k = at_class(r, rd_skip_spaces(r, k), TSX_C_PERIOD_NOW))) /* "đến nay" */
        return 0;
    ts_civil_from_days(r->cx->period.last, &ry, &rm, &rd);
    if (ry != y)
        return 0;
    fixed(out, ts_period_months(y, 1, rm), 0);
    return k;
}

/* "từ (năm) 2016 đến (năm | hết năm | tháng 12 năm) 2020", "từ năm 2016
 * đến nay" (to the report's year): the span of those years; 0 when the
 * words after "từ" (at i, ending at e) are no such thing (a date, a
 * month). */
static size_t since_span(const reader *r, size_t i, size_t e, per_state *out, int *set)
{
    size_t j = rd_skip_spaces(r, e), k;
    /* "từ (ngày) 1/1 đến (ngày) 29/2": the days between. */
    int y1, m1, d1, y2, m2, d2;
    size_t a0 = (k = at_class(r, j, TSX_C_PERIOD_DAY)) ? rd_skip_spaces(r, k) : j;
    if ((k = read_date_in(r, a0, 1, &y1, &m1, &d1))) {
        size_t u = rd_skip_spaces(r, k);
        if (!(k = at_class(r, u, TSX_C_PERIOD_UPTO)))
            return 0;
        u = rd_skip_spaces(r, k);
        if ((k = at_class(r, u, TSX_C_PERIOD_DAY)))
            u = rd_skip_spaces(r, k);
        if (!(k = read_date_in(r, u, 1, &y2, &m2, &d2)))
            return 0;
        int32_t first = ts_days_from_civil(y1, m1, d1), last = ts_days_from_civil(y2, m2, d2);
        if (last <= first)
            return 0;
        fixed(out, (ts_period){first, last}, 0);
        *set = !is_comparison(r, i) && !in_title(r, i);
        return k;
    }
    /* "từ ngày 20 - 26/1/2023", "từ ngày 20 đến 26/1/2023": the first
     * day alone, its month and year the last's. */
    size_t z = a0;
    int d0 = rd_int(r, &z, 2);
    if (d0 >= 1 && d0 <= 31 && z < r->n && r->s[z] != '/' && r->s[z] != '.' && r->s[z] != ',') {
        size_t u = rd_skip_spaces(r, z);
        if (u < r->n && r->s[u] == '-')
            u = rd_skip_spaces(r, u + 1);
        else if ((k = at_class(r, u, TSX_C_PERIOD_UPTO)))
            u = rd_skip_spaces(r, k);
        else
            u = 0;
        if (u && (k = at_class(r, u, TSX_C_PERIOD_DAY)))
            u = rd_skip_spaces(r, k);
        if (u && (k = read_date_in(r, u, 1, &y2, &m2, &d2)) && d0 < d2) {
            fixed(out, (ts_period){ts_days_from_civil(y2, m2, d0), ts_days_from_civil(y2, m2, d2)}, 0);
            *set = !is_comparison(r, i) && !in_title(r, i);
            return k;
        }
    }
    if ((k = year_so_far(r, j, out))) {
        *set = !is_comparison(r, i) && !in_title(r, i);
        return k;
    }
    if ((k = at_class(r, j, TSX_C_PERIOD_SPAN)))
        j = rd_skip_spaces(r, k);
    if ((k = at_class(r, j, TSX_C_PERIOD_YEAR)))
        j = rd_skip_spaces(r, k);
    int a = rd_int(r, &j, 4);
    if (!rd_year_ok(a))
        return 0;
    j = rd_skip_spaces(r, j);
    int b;
    /* "đến nay" is one phrase of its own; "đến" else. */
    if (!at_class(r, j, TSX_C_PERIOD_NOW)) {
        if (!(k = at_class(r, j, TSX_C_PERIOD_UPTO)))
            return 0;
        j = rd_skip_spaces(r, k);
    }
    if ((k = at_class(r, j, TSX_C_PERIOD_NOW))) {
        b = rd_ctx_year(r);
        j = k;
    } else {
        if ((k = at_class(r, j, TSX_C_PERIOD_END)))
            j = rd_skip_spaces(r, k);
        /* "đến tháng 12 (năm) 2010", "đến tháng 12/2010": the year's end. */
        if ((k = at_class(r, j, TSX_C_PERIOD_MONTH))) {
            size_t t = rd_skip_spaces(r, k);
            if (rd_int(r, &t, 2) != 12)
                return 0;
            j = rd_skip_spaces(r, t < r->n && r->s[t] == '/' ? t + 1 : t);
        }
        if ((k = at_class(r, j, TSX_C_PERIOD_YEAR)))
            j = rd_skip_spaces(r, k);
        b = rd_int(r, &j, 4);
    }
    if (!rd_year_ok(b) || b <= a)
        return 0;
    fixed(out, ts_period_years(a, b), 0);
    /* "tăng trưởng cao nhất từ năm 2011 đến nay": the years a figure
     * stands out in, not its period. */
    *set = !is_comparison(r, i) && !in_title(r, i) && !rd_class_before(r, i, TSX_C_SUPERLATIVE, 3);
    return j;
}

/* "đến 15/6 đạt ...": a day and month of the report's year without
 * "ngày", when a verb or the clause's end follows (not "đến 10/12 xã",
 * a share); the end of the date or 0. */
static size_t day_month_before_verb(const reader *r, size_t j, int *y, int *m, int *d)
{
    size_t k = j;
    rd_int(r, &k, 2);
    if (k >= r->n || r->s[k] != '/' || !(k = read_date_in(r, j, 1, y, m, d)))
        return 0;
    size_t z = rd_skip_spaces(r, k);
    static const tsx_class verbs[] = {TSX_C_VERB_REACH, TSX_C_VERB_UP, TSX_C_VERB_DOWN,
                                      TSX_C_VERB_IS, TSX_C_ESTIMATE};
    if (z >= r->n || strchr(",;.)", r->s[z]))
        return k;
    for (size_t c = 0; c < sizeof verbs / sizeof verbs[0]; c++)
        if (at_class(r, z, verbs[c]))
            return k;
    return 0;
}

/* Past "thời điểm (ngày)" at j: where its date starts, 0 when j holds no
 * such words. */
static size_t past_moment(const reader *r, size_t j)
{
    size_t k = at_class(r, j, TSX_C_PERIOD_MOMENT);
    if (!k)
        return 0;
    j = rd_skip_spaces(r, k);
    if ((k = at_class(r, j, TSX_C_PERIOD_DAY)))
        j = rd_skip_spaces(r, k);
    return j;
}

/* The day y-m-d a phrase at i reaches, its date ending at k: a stock's
 * day, the end of a flow from January. */
static size_t day_reached(const reader *r, size_t i, size_t k, int y, int m, int d,
                          per_state *out, int *set)
{
    out->kind = PER_UPTO;
    out->p = ts_period_day(y, m, d);
    out->target = 0;
    out->dated = 1;
    *set = !is_comparison(r, i);
    return k;
}

/* "đến (ngày | thời điểm (ngày)) D/M/Y", "đến tháng 9/2020", "đến (cuối)
 * năm 2025". */
static size_t up_to(const reader *r, size_t i, size_t e, per_state *out, int *set)
{
    size_t j = rd_skip_spaces(r, e), k;
    int y, m, d, day_word = 0;
    if ((k = at_class(r, j, TSX_C_PERIOD_DAY))) {
        j = rd_skip_spaces(r, k);
        day_word = 1;
    } else if ((k = past_moment(r, j))) {
        j = k;
        day_word = 1;
    }
    /* "đến hết (ngày) 31/12/2022": up to the end of that day. */
    size_t dj = j;
    int dword = day_word;
    if (!day_word && (k = at_class(r, j, TSX_C_PERIOD_END))) {
        dj = rd_skip_spaces(r, k);
        if ((k = at_class(r, dj, TSX_C_PERIOD_DAY))) {
            dj = rd_skip_spaces(r, k);
            dword = 1;
        }
    }
    if ((k = read_date_in(r, j, day_word, &y, &m, &d)) ||
        (dj != j && (k = read_date_in(r, dj, dword, &y, &m, &d))) ||
        (!day_word && (k = day_month_before_verb(r, j, &y, &m, &d)))) {
        k = day_reached(r, i, k, y, m, d, out, set);
        /* "(thực hiện) lũy kế đến ngày 31/5": the running total from
         * January, never the month alone of a monthly report. */
        if (rd_class_before(r, i, TSX_C_PERIOD_CUMULATIVE, 1))
            fixed(out, (ts_period){ts_days_from_civil(y, 1, 1), out->p.last}, 0);
        return k;
    }
    /* "đến hết năm", "đến cuối tháng 9": the end of what follows. */
    size_t q = j;
    int to_end = 0;
    if ((k = at_class(r, q, TSX_C_PERIOD_END))) {
        q = rd_skip_spaces(r, k);
        to_end = 1;
    }
    /* "tính đến (hết) tháng 9/2020": the 9-month column. */
    if ((k = at_class(r, q, TSX_C_PERIOD_MONTH))) {
        size_t z = rd_skip_spaces(r, k);
        int mm = month_number(r, q, &z);
        if (mm >= 1 && mm <= 12) {
            int yy = read_opt_year(r, &z);
            fixed(out, ts_period_months(yy, 1, mm), 0);
            *set = 1;
            return z;
        }
    }
    /* Only "đến hết quý III": "đến quý III đã cải thiện" tells of the
     * quarters in turn. */
    if (to_end && (k = at_class(r, q, TSX_C_PERIOD_QUARTER))) {
        size_t z = rd_skip_spaces(r, k);
        int qq = roman(r, &z);
        if (!qq) {
            qq = rd_int(r, &z, 1);
            qq = qq >= 1 && qq <= 4 ? qq : 0;
        }
        if (qq) {
            int yy = read_opt_year(r, &z);
            fixed(out, ts_period_months(yy, 1, 3 * qq), 0);
            *set = 1;
            return z;
        }
    }
    int yy;
    if ((k = rd_year_at(r, q, 0, &yy))) {
        fixed(out, ts_period_year(yy), 2); /* up to: a span for flows */
        *set = 1;
        return k;
    }
    return e;
}

/* "N tháng cuối năm (YYYY)" (phrase start i, "cuối" ending at k): the
 * last N months of the year, "6 tháng cuối năm 2023" the second half.
 * Such a span is never the report's own period: in a half-year report it
 * is the rest of the year, what the plan asks of it. */
static size_t rest_of_year(const reader *r, size_t i, size_t e, size_t k, int nm, per_state *out,
                           int *set)
{
    size_t q = rd_skip_spaces(r, k), y;
    if (!(y = at_class(r, q, TSX_C_PERIOD_YEAR)))
        return e;
    size_t z = rd_skip_spaces(r, y);
    int yy = rd_int(r, &z, 4);
    if (!rd_year_ok(yy)) {
        yy = rd_ctx_year(r);
        z = y;
    }
    fixed(out, ts_period_months(yy, 13 - nm, nm), 1);
    *set = !is_comparison(r, i);
    return z;
}

/* What follows "N tháng" at e (phrase start i): "(đầu năm) (năm YYYY)";
 * the end of the phrase, or 0 when a word written out ("sáu tháng",
 * anchored 0) is followed by none of it, nor a year or a comma. */
static size_t months_tail(const reader *r, size_t i, size_t e, int nm, int anchored, per_state *out,
                          int *set)
{
    size_t q = rd_skip_spaces(r, e), k;
    if ((k = at_class(r, q, TSX_C_PERIOD_END)))
        return rest_of_year(r, i, e, k, nm, out, set);
    int from_start = 0;
    size_t since = at_class(r, q, TSX_C_PERIOD_SINCE); /* "9 tháng từ đầu năm 2025" */
    if (since && at_class(r, rd_skip_spaces(r, since), TSX_C_PERIOD_START))
        q = rd_skip_spaces(r, since);
    if ((k = at_class(r, q, TSX_C_PERIOD_START))) {
        q = rd_skip_spaces(r, k);
        anchored = from_start = 1;
    }
    /* "dưới 3 tháng": a length, not a period; "hơn 4 tháng đầu năm" is
     * one, a little past it, and so is "Sau 9 tháng, ..." opening its
     * clause: the months gone. */
    size_t lw = rd_prev_word(r, i);
    if (!from_start && rd_word_of(r, lw, TSX_C_PERIOD_LENGTH) &&
        !(sets_scene(r, lw) && (r->s[q] == ',' || at_class(r, q, TSX_C_PERIOD_YEAR))))
        return e;
    /* "7 tháng của năm 2022": the year's first months. */
    size_t of;
    if ((of = at_class(r, q, TSX_C_PERIOD_OF)) && at_class(r, rd_skip_spaces(r, of), TSX_C_PERIOD_YEAR))
        q = rd_skip_spaces(r, of);
    int yy = rd_ctx_year(r);
    size_t z = q;
    if ((k = at_class(r, q, TSX_C_PERIOD_YEAR))) {
        z = k;
        anchored = 1;
        size_t w = rd_skip_spaces(r, k);
        int y2 = rd_int(r, &w, 4);
        if (rd_year_ok(y2)) {
            yy = y2;
            z = w;
        }
    } else if (rd_digit((unsigned char)r->s[q])) {
        size_t w = q; /* "nửa đầu năm 2024" */
        int y2 = rd_int(r, &w, 4);
        if (rd_year_ok(y2)) {
            yy = y2;
            z = w;
            anchored = 1;
        }
    }
    /* "chín tháng qua": the months past, this year's; not "năm tháng
     * qua", whose "năm" is also "years" (the years and months past). */
    if (!anchored && !at_class(r, i, TSX_C_PERIOD_YEAR) && (k = at_class(r, q, TSX_C_PERIOD_PAST))) {
        anchored = 1;
        z = k;
    }
    if (!anchored && !(q < r->n && r->s[q] == ','))
        return 0;
    fixed(out, ts_period_months(yy, 1, nm), 0);
    *set = !is_comparison(r, i);
    return z;
}

/* "N <word of class c>" at digit i, lo <= N <= hi ("9 tháng", "5
 * năm"): the word's end, 0 when it is none. */
static size_t count_of(const reader *r, size_t i, tsx_class c, int lo, int hi, int *n)
{
    size_t j = i;
    *n = rd_int(r, &j, 2);
    return *n >= lo && *n <= hi ? at_class(r, rd_skip_spaces(r, j), c) : 0;
}

/* "(trong) 5 năm qua" at digit i: the five years to the report's; 0
 * when it is none. */
static size_t years_past(const reader *r, size_t i, per_state *out, int *set)
{
    int ny;
    size_t e = count_of(r, i, TSX_C_PERIOD_YEAR, 2, 30, &ny);
    if (!e || !(e = at_class(r, rd_skip_spaces(r, e), TSX_C_PERIOD_PAST)))
        return 0;
    /* Only where the report's year is known (not while it is sought:
     * "cao nhất trong 5 năm qua" in a title names no report). */
    int yy = rd_ctx_year(r);
    if (!rd_year_ok(yy) || rd_class_before(r, i, TSX_C_SUPERLATIVE, 3))
        return 0;
    fixed(out, ts_period_years(yy - ny + 1, yy), 0);
    *set = !is_comparison(r, i);
    return e;
}

/* "N tháng (đầu năm) (năm YYYY)" at digit i; 0 when it is none. */
static size_t months_from_january(const reader *r, size_t i, per_state *out, int *set)
{
    int nm;
    size_t e = count_of(r, i, TSX_C_PERIOD_MONTH, 2, 12, &nm);
    return e ? months_tail(r, i, e, nm, 1, out, set) : 0;
}

/* The months written out: "Sáu tháng đầu năm", "Chín tháng năm 2024",
 * "nửa đầu năm" (@period.count, scale= the months); 0 when it is none. */
static size_t months_in_words(const reader *r, size_t i, per_state *out, int *set)
{
    size_t e;
    const tsx_entry *c = tsx_tag_find(r->tags, i, TSX_C_PERIOD_COUNT, &e);
    return c ? months_tail(r, i, e, (int)c->factor, 0, out, set) : 0;
}

/* "tháng 10(/2021)", "tháng Mười", "quý III (năm 2024)", "(vào) năm 2023". */
static size_t month_quarter_year(const reader *r, size_t i, per_state *out, int *set,
                                 int *year_only)
{
    size_t e, j;
    if ((e = at_class(r, i, TSX_C_PERIOD_MONTH))) {
        j = rd_skip_spaces(r, e);
        int mm = month_number(r, i, &j);
        if (mm < 1 || mm > 12)
            return e;
        /* "tháng 11-12/2018": the two months, no single month's. */
        if (j + 1 < r->n && r->s[j] == '-' && rd_digit((unsigned char)r->s[j + 1])) {
            size_t k = j + 1;
            int m2 = rd_int(r, &k, 2);
            if (m2 > mm && m2 <= 12 && !(k < r->n && rd_digit((unsigned char)r->s[k]))) {
                int y2 = read_opt_year(r, &k);
                fixed(out, ts_period_months(y2, mm, m2 - mm + 1), 0);
                *set = !is_comparison(r, i);
                return k;
            }
        }
        size_t after_month = j;
        int yy = read_opt_year(r, &j);
        size_t w = rd_prev_word(r, i);
        if (rd_word_of(r, w, TSX_C_PERIOD_SINCE) || rd_word_of(r, w, TSX_C_PERIOD_DAY))
            return j; /* "từ tháng 6/2020": since, not a period */
        /* "(Ước tính) cuối tháng Chín": the month's last day, as "đến
         * ngày 30/9" (the report's own period when it ends there); "từ
         * cuối tháng 4" is since. */
        if (rd_word_of(r, w, TSX_C_PERIOD_END) && !rd_word_of(r, w, TSX_C_PERIOD_THROUGH)) {
            if (rd_word_of(r, rd_prev_word(r, w), TSX_C_PERIOD_SINCE))
                return j;
            if (rd_year_ok(yy)) {
                out->kind = PER_UPTO;
                out->p = ts_period_day(yy, mm, ts_days_in_month(yy, mm));
                out->target = 0;
                out->dated = 0;
                *set = !is_comparison(r, i);
                return j;
            }
        }
        /* "Hết tháng 8": January through August; "tháng 9 đầu năm" (the
         * words of "9 tháng đầu năm" swapped) too. */
        int through = rd_word_of(r, w, TSX_C_PERIOD_THROUGH);
        size_t st, ye;
        if (j == after_month && (st = at_class(r, rd_skip_spaces(r, j), TSX_C_PERIOD_START)) &&
            (ye = at_class(r, rd_skip_spaces(r, st), TSX_C_PERIOD_YEAR))) {
            through = 1;
            size_t y2 = st;
            yy = read_opt_year(r, &y2);
            j = y2 != st ? y2 : ye;
        }
        fixed(out, through ? ts_period_months(yy, 1, mm) : ts_period_month(yy, mm), 0);
        *set = !is_comparison(r, i);
        return j;
    }
    if ((e = at_class(r, i, TSX_C_PERIOD_QUARTER))) {
        j = rd_skip_spaces(r, e);
        int q = roman(r, &j);
        size_t k;
        if (!q && (k = at_class(r, j, TSX_C_PERIOD_START))) {
            /* "quý đầu (của) năm 2016": the first quarter ("3 quý đầu
             * năm" counts quarters: not this). */
            size_t before = rd_prev_word(r, i);
            if (before != (size_t)-1 && rd_digit((unsigned char)r->s[before]))
                return e;
            q = 1;
            j = k;
            size_t of = at_class(r, rd_skip_spaces(r, j), TSX_C_PERIOD_OF);
            if (of && at_class(r, rd_skip_spaces(r, of), TSX_C_PERIOD_YEAR))
                j = of;
        } else if (!q) {
            q = rd_int(r, &j, 1);
            if (q < 1 || q > 4)
                return e;
        }
        int yy = read_opt_year(r, &j);
        fixed(out,
              rd_word_of(r, rd_prev_word(r, i), TSX_C_PERIOD_THROUGH) ? ts_period_months(yy, 1, 3 * q)
                                                                  : ts_period_quarter(yy, q),
              0);
        *set = !is_comparison(r, i);
        return j;
    }
    if ((e = at_class(r, i, TSX_C_PERIOD_YEAR))) {
        j = rd_skip_spaces(r, e);
        /* "Trong 3 năm (2021 - 2023)": the years in brackets. */
        int bracket = j < r->n && r->s[j] == '(';
        if (bracket)
            j = rd_skip_spaces(r, j + 1);
        int yy = rd_int(r, &j, 4);
        if (!rd_year_ok(yy))
            return e;
        size_t k = rd_skip_spaces(r, j);
        if (k < r->n && r->s[k] == '-') {
            size_t q = rd_skip_spaces(r, k + 1);
            int y2 = rd_int(r, &q, 4);
            size_t close = rd_skip_spaces(r, q);
            if (bracket && !(close < r->n && r->s[close] == ')'))
                return e;
            if (bracket)
                q = close + 1;
            if (rd_year_ok(y2) && y2 > yy) {
                /* "5 năm 2016-2020", "năm 2016 - 2020": a term; "năm
                 * 2019-2020" (two years running) a season or school year. */
                size_t w = rd_prev_word(r, i);
                size_t wq = w;
                int nyears = w != (size_t)-1 ? rd_int(r, &wq, 2) : -1;
                if (nyears == y2 - yy + 1 || y2 - yy >= 2) {
                    fixed(out, ts_period_years(yy, y2), 0);
                    *set = !is_comparison(r, i) && !in_title(r, i);
                }
                return q;
            }
        }
        if (bracket)
            return e;
        size_t before = rd_prev_word(r, i);
        fixed(out, ts_period_year(yy), rd_word_of(r, before, TSX_C_PERIOD_AT));
        /* "vụ Đông Xuân năm 2019": the year names the season, whose
         * figures are the report's (as "vụ Đông Xuân 2018-2019"). */
        *set = !is_comparison(r, i) && !rd_word_of(r, before, TSX_C_BASE_PLAN) &&
               !after_since(r, i) && !rd_word_of(r, before, TSX_C_SEASON);
        *year_only = 1;
        return j;
    }
    return 0;
}

size_t rd_period(const reader *r, size_t i, per_state *out, int *set, int *year_only)
{
    size_t e;
    *set = 0;
    *year_only = 0;
    if ((e = at_class(r, i, TSX_C_PERIOD_NAMED)))
        return named_span(r, e);
    if ((e = at_class(r, i, TSX_C_PERIOD_SPAN)))
        return span_of_years(r, i, e, out, set);
    size_t k;
    if ((e = at_class(r, i, TSX_C_PERIOD_SINCE)) && (k = since_span(r, i, e, out, set)))
        return k;
    if ((e = at_class(r, i, TSX_C_PERIOD_YTD))) {
        int y, m, d;
        ts_civil_from_days(r->cx->period.last, &y, &m, &d);
        fixed(out, ts_period_months(y, 1, m), 0);
        *set = 1;
        return e;
    }
    /* "lũy kế năm 2023 đạt 19.842 tỷ đồng" in a report of October 2023:
     * the year's total so far, January to October; "Lũy kế năm 2025 ước
     * đạt ..." after the months' figure estimates the whole year. */
    int cy;
    ts_period so_far;
    if ((e = at_class(r, i, TSX_C_PERIOD_CUMULATIVE)) &&
        (k = rd_year_at(r, rd_skip_spaces(r, e), 0, &cy)) &&
        !at_class(r, rd_skip_spaces(r, k), TSX_C_ESTIMATE) &&
        rd_year_to_date(r->cx->period, &so_far) && ts_year_of_days(so_far.last) == cy &&
        so_far.last < ts_period_year(cy).last) {
        fixed(out, so_far, 0);
        *set = 1;
        return k;
    }
    /* "trong tháng": the last month of a report of months; none when a
     * month's number follows ("trong tháng 7" is read at "tháng") or the
     * report is no run of months. */
    if ((e = at_class(r, i, TSX_C_PERIOD_THIS_MONTH))) {
        ts_period rp = r->cx->report;
        ts_period_kind k = ts_period_kind_of(rp);
        if (rd_digit((unsigned char)r->s[rd_skip_spaces(r, e)]) ||
            !(k == TS_PERIOD_MONTH || k == TS_PERIOD_QUARTER || k == TS_PERIOD_HALF || k == TS_PERIOD_YTD))
            return 0;
        int y, m, d;
        ts_civil_from_days(rp.last, &y, &m, &d);
        fixed(out, ts_period_month(y, m), 0);
        *set = 1;
        return e;
    }
    /* "Trong dịp Tết Nguyên đán, ... đón 4,75 triệu lượt khách": days the
     * text names by their occasion, not by date. */
    if ((e = at_class(r, i, TSX_C_PERIOD_OCCASION))) {
        out->kind = PER_OCCASION;
        out->target = 0;
        *set = !is_comparison(r, i);
        return e;
    }
    if ((e = at_class(r, i, TSX_C_PERIOD_NOW))) {
        out->kind = PER_NONE;
        out->target = 0;
        /* "cao nhất từ trước đến nay": the highest ever, no period. */
        if (rd_class_before(r, i, TSX_C_SUPERLATIVE, 3))
            return e;
        *set = 1;
        /* "những tháng đầu năm 2023": the year of the months so far, kept
         * in p for the report's year (the kind stays none). */
        int y;
        size_t w = rd_prev_word(r, e), ye;
        if (w != (size_t)-1 && w > i && (ye = rd_year_at(r, w, 0, &y))) {
            out->p = ts_period_year(y);
            return ye;
        }
        return e;
    }
    if ((e = at_class(r, i, TSX_C_PERIOD_UPTO)))
        return up_to(r, i, e, out, set);
    /* "(số liệu cập nhật) hết ngày 26/12/2025": a cut-off day, as "đến
     * hết ngày" names it. */
    if ((e = at_class(r, i, TSX_C_PERIOD_THROUGH)) &&
        (e = at_class(r, rd_skip_spaces(r, e), TSX_C_PERIOD_DAY))) {
        int y, m, d;
        if ((k = read_date_in(r, rd_skip_spaces(r, e), 1, &y, &m, &d)))
            return day_reached(r, i, k, y, m, d, out, set);
    }
    /* "(tại) thời điểm 01/4/2017 toàn tỉnh có 11.884 con trâu": a stock
     * counted at that day, as "đến thời điểm" says it. */
    if (tsx_tags_have(r->tags, TSX_C_PERIOD_MOMENT) && (e = past_moment(r, i))) {
        int y, m, d;
        if ((k = read_date_in(r, e, 1, &y, &m, &d)))
            return day_reached(r, i, k, y, m, d, out, set);
    }
    /* "ngày 9 tháng 2 năm 2023": a date in passing, not a period (and not
     * "9 tháng"). */
    int y, m, d;
    if ((e = at_class(r, i, TSX_C_PERIOD_DAY)) && (k = rd_date(r, rd_skip_spaces(r, e), &y, &m, &d)))
        return k;
    if ((e = at_class(r, i, TSX_C_PERIOD_WHOLE_YEAR))) {
        /* "cả năm 2023", "cả năm năm 2023", "cả năm" of the context. */
        size_t j = rd_skip_spaces(r, e);
        int y = rd_int(r, &j, 4);
        if (!rd_year_ok(y)) {
            j = e;
            y = read_opt_year(r, &j);
        }
        fixed(out, ts_period_year(y), 0);
        /* "đạt 89% dự toán cả năm", "mục tiêu tăng trưởng cả năm": the
         * plan's year, not the figures'. */
        *set = !plan_word_before(r, i);
        return j;
    }
    if (rd_digit((unsigned char)r->s[i]))
        return (e = years_past(r, i, out, set)) ? e : months_from_january(r, i, out, set);
    if ((e = months_in_words(r, i, out, set)))
        return e;
    return month_quarter_year(r, i, out, set, year_only);
}

static int year_after(const reader *r, size_t k);

int rd_period_after(const reader *r, size_t j, per_state *out)
{
    size_t k = rd_skip_spaces(r, j), e;
    if ((e = at_class(r, k, TSX_C_PERIOD_OF))) {
        int set, year_only;
        per_state ps = PER_STATE_NONE;
        if (rd_period(r, rd_skip_spaces(r, e), &ps, &set, &year_only) && set &&
            ps.kind == PER_FIXED) {
            *out = ps;
            return 1;
        }
        return 0;
    }
    int y = year_after(r, k);
    if (!y && k < r->n && r->s[k] == '(') {
        /* "giảm từ 23,96% (năm 2015) xuống 18,22% (năm 2020)" */
        size_t q = rd_skip_spaces(r, k + 1);
        if ((e = at_class(r, q, TSX_C_PERIOD_YEAR))) {
            q = rd_skip_spaces(r, e);
            y = rd_int(r, &q, 4);
            q = rd_skip_spaces(r, q);
            if (!rd_year_ok(y) || q >= r->n || r->s[q] != ')')
                y = 0;
        }
    }
    if (!y)
        return 0;
    out->kind = PER_FIXED;
    out->p = ts_period_year(y);
    out->target = 0;
    return 1;
}

int rd_year_to_date(ts_period p, ts_period *out)
{
    if (p.first == 0 && p.last == 0)
        return 0;
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    switch (ts_period_kind_of(p)) {
    case TS_PERIOD_MONTH:
    case TS_PERIOD_QUARTER:
    case TS_PERIOD_HALF:
    case TS_PERIOD_YTD:
        break;
    case TS_PERIOD_MONTHS:
        if (y1 != y2 || m1 != 1)
            return 0;
        break;
    default:
        return 0;
    }
    *out = ts_period_months(y2, 1, m2);
    return 1;
}

/* A span of months from January ending before December: a cumulative
 * report's period, whose single last month is what a figure before a
 * bare "lũy kế" gives. */
static int months_so_far(ts_period p, ts_period *last_month)
{
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    if (y1 != y2 || m1 != 1 || d1 != 1 || m2 < 2 || m2 > 11)
        return 0;
    *last_month = ts_period_month(y2, m2);
    return 1;
}

/* A report of one month after January ("tháng 11"): that month in
 * *month (in January the months so far are the month itself). */
static int month_alone(ts_period p, ts_period *month)
{
    int y, m, d;
    ts_civil_from_days(p.first, &y, &m, &d);
    if (m < 2 || ts_period_kind_of(p) != TS_PERIOD_MONTH)
        return 0;
    *month = p;
    return 1;
}

/* Whether a plan's word ending among the three words before i follows a
 * percentage ("84,4% kế hoạch huyện" before "phấn đấu"). */
static int names_plan_of_share(const reader *r, size_t i)
{
    size_t w = i;
    for (int k = 0; k < 3; k++) {
        w = rd_prev_word(r, w);
        if (w == (size_t)-1)
            return 0;
        size_t start = tsx_tag_start_ending(r->tags, rd_word_end(r, w), TSX_C_BASE_PLAN);
        if (start == (size_t)-1)
            continue;
        while (start > 0 && r->s[start - 1] == ' ')
            start--;
        return start > 0 && r->s[start - 1] == '%';
    }
    return 0;
}

/* "đề ra 24 chỉ tiêu" at i (the verb): the end of its "chỉ tiêu" or
 * "mục tiêu", or 0. */
static size_t counted_targets(const reader *r, size_t i)
{
    size_t e = at_class(r, i, TSX_C_TARGET_SET);
    if (!e)
        return 0;
    size_t j = rd_skip_spaces(r, e), k = j;
    if (!rd_digit((unsigned char)r->s[j]) || !rd_int(r, &k, 3) || k >= r->n || r->s[k] != ' ')
        return 0;
    k = rd_skip_spaces(r, k);
    if (strncmp(r->s + k, "chi tieu", 8) != 0 && strncmp(r->s + k, "muc tieu", 8) != 0)
        return 0;
    return rd_word_end(r, rd_skip_spaces(r, rd_word_end(r, k)));
}

/* Adds a target cue ending at e, the cues kept in the order they end;
 * 0 when there is no room left. */
static int add_target(reader *r, size_t e, int year, int forecast)
{
    size_t n = r->n_targets;
    if (n == sizeof r->target_end / sizeof r->target_end[0])
        return 0;
    while (n > 0 && r->target_end[n - 1] > e) {
        r->target_end[n] = r->target_end[n - 1];
        r->target_year[n] = r->target_year[n - 1];
        r->target_forecast[n] = r->target_forecast[n - 1];
        n--;
    }
    r->target_end[n] = e;
    r->target_year[n] = year;
    r->target_forecast[n] = forecast;
    r->n_targets++;
    return 1;
}

/* "Chỉ tiêu chăn nuôi, thủy sản: Tổng đàn trâu 25.000 con; ...": a plan's
 * word opening the sentence, a list after its ':' with no figure before
 * it: the end of the ':' or 0. */
static size_t plan_list_opening(const reader *r)
{
    size_t i = 0;
    while (i < r->n && !tsx_is_word((unsigned char)r->s[i]))
        i++;
    size_t e = at_class(r, i, TSX_C_BASE_PLAN);
    if (!e)
        return 0;
    for (size_t k = e; k < r->n && k < e + 80; k++) {
        if (rd_digit((unsigned char)r->s[k]) || r->s[k] == ';' || r->s[k] == '.')
            return 0;
        if (r->s[k] == ':')
            return k + 1;
    }
    return 0;
}

void rd_find_target(reader *r)
{
    size_t listed = plan_list_opening(r);
    if (listed && !add_target(r, listed, 0, 0))
        return;
    if (tsx_tags_have(r->tags, TSX_C_TARGET_SET))
        for (size_t i = 0; i < r->n; i++) {
            size_t e;
            if ((i == 0 || !tsx_is_word((unsigned char)r->s[i - 1])) && (e = counted_targets(r, i))) {
                if (!add_target(r, e, 0, 0))
                    return;
                i = e;
            }
        }
    if (!tsx_tags_have(r->tags, TSX_C_TARGET))
        return;
    for (size_t i = 0; i < r->n; i++) {
        size_t e = 0;
        const tsx_entry *t = tsx_tag_find(r->tags, i, TSX_C_TARGET, &e);
        if (!t || (i > 0 && tsx_is_word((unsigned char)r->s[i - 1])))
            continue;
        /* "mục tiêu", "chỉ tiêu" name a target only where a clause opens
         * ("Mục tiêu năm 2024: ..."); after a figure they are its base
         * ("vượt 4% mục tiêu"). */
        if ((t->flags & TSX_LEAD) && !rd_opens_after(r, i, RD_LEAD_MARKS))
            continue;
        /* "GRDP đạt mục tiêu tăng trưởng, tăng 7,2%", "vượt kịch bản": a
         * target reached or passed tells of results. */
        /* ... also with "so (với)" between: "tăng trưởng cao hơn so kịch
         * bản (...)". */
        size_t fs = rd_fillers_before(r, i);
        int compared = fs != i;
        size_t v = rd_prev_word(r, fs);
        if (v != (size_t)-1 && (rd_ending(r, v, TSX_C_VERB_REACH) != (size_t)-1 ||
                                rd_ending(r, v, TSX_C_VERB_EXCEED) != (size_t)-1 ||
                                (compared && rd_ending(r, v, TSX_C_VERB_UP) != (size_t)-1))) {
            i = e - 1;
            continue;
        }
        /* "đạt 84,4% kế hoạch huyện phấn đấu": the plan a share is of,
         * named by what set it. */
        if (names_plan_of_share(r, i)) {
            i = e - 1;
            continue;
        }
        int year = 0; /* "phấn đấu năm 2024", "Mục tiêu 2024:" */
        rd_year_at(r, rd_skip_spaces(r, e), 1, &year);
        /* "đặt mục tiêu năm 2024 phấn đấu giảm ...": a cue of no year
         * goes on with the aim of the one before it. */
        for (size_t k = r->n_targets; !year && k-- > 0;)
            if (r->target_end[k] <= i) {
                year = r->target_year[k];
                break;
            }
        if (!add_target(r, e, year, (t->flags & TSX_FORECAST) != 0))
            return;
        i = e - 1;
    }
}

/* "(toàn tỉnh) có" at j: what a place holds. */
static int holds_after(const reader *r, size_t j)
{
    size_t k;
    if ((k = rd_at(r, j, TSX_C_SELF_PROVINCE)) || (k = rd_at(r, j, TSX_C_SELF_DISTRICT)))
        j = rd_skip_spaces(r, k);
    return j + 3 <= r->n && memcmp(r->s + j, "co", 2) == 0 && (j + 2 == r->n || r->s[j + 2] == ' ');
}

void rd_find_cumulative(reader *r)
{
    if (!tsx_tags_have(r->tags, TSX_C_PERIOD_CUMULATIVE))
        return;
    for (size_t i = 0; i < r->n; i++) {
        size_t e = rd_at(r, i, TSX_C_PERIOD_CUMULATIVE);
        if (!e)
            continue;
        per_state ps = PER_STATE_NONE;
        int set, year_only;
        size_t j = rd_skip_spaces(r, e);
        /* "lũy kế toàn tỉnh có 566 hợp tác xã": the running total of a
         * stock, all years; the figure before it is the report's own. */
        if (holds_after(r, j))
            return;
        if (rd_digit((unsigned char)r->s[j]) && months_from_january(r, j, &ps, &set) &&
            ps.kind == PER_FIXED) {
            int y, m, d;
            ts_civil_from_days(ps.p.last, &y, &m, &d);
            r->cum_at = i;
            r->cum_month = ts_period_month(y, m);
        } else if (!rd_period(r, j, &ps, &set, &year_only) &&
                   (months_so_far(r->cx->period, &r->cum_month) ||
                    month_alone(r->cx->period, &r->cum_month))) {
            /* "ước 3.115 tỷ đồng, lũy kế ước 29.520 tỷ đồng" in a ten-month
             * report: the figure before the cue is October's; so it is in
             * a report of October. */
            r->cum_at = i;
        }
        return;
    }
}

/* A year right after k ("năm 2015", "vào cuối năm 2015"), or 0. */
static int year_after(const reader *r, size_t k)
{
    size_t e;
    if ((e = at_class(r, k, TSX_C_PERIOD_AT)))
        k = rd_skip_spaces(r, e);
    if ((e = at_class(r, k, TSX_C_PERIOD_END)))
        k = rd_skip_spaces(r, e);
    if ((e = at_class(r, k, TSX_C_PERIOD_YEAR))) {
        k = rd_skip_spaces(r, e);
        int y = rd_int(r, &k, 4);
        if (rd_year_ok(y) && !(k < r->n && r->s[k] == '-'))
            return y;
    }
    return 0;
}
