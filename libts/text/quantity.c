/* Reading a figure at a digit: the number (Vietnamese marks, ts_vnum), an
 * "a/b" pair, and the unit after it with its scale words ("1.304.372 triệu
 * đồng", "1,3 triệu lượt khách"), the unit words being the @unit and
 * @scale classes of datasets/lexicon/units.tsv. */
#include "text/reader.h"
#include "ts_vnum.h"

#include <string.h>

/* The longest unit phrase at folded position p: a @unit entry (scalable
 * ones only after a scale word) or a @unit.none phrase that vetoes the
 * shorter unit inside it ("xã hội").  NULL when none; *end its end. */
static const tsx_entry *unit_at(const tsx_tags *t, size_t p, int after_scale, size_t *end)
{
    size_t k;
    const tsx_tag *g = tsx_tags_at(t, p, &k);
    for (size_t m = 0; m < k; m++) {
        const tsx_entry *e = g[m].e;
        if (e->cls == TSX_C_UNIT_NONE ||
            (e->cls == TSX_C_UNIT && (!after_scale || (e->flags & TSX_SCALABLE)))) {
            *end = g[m].end;
            return e;
        }
    }
    return NULL;
}

/* "38.196 tỷ,", "28,57 nghìn tỷ.": billions that end their figure with
 * no unit word are billions of đồng, as money is written in the reports
 * when the currency goes without saying.  p is the scale word "tỷ" (after
 * the scale words before it, worth `scale`); only a "tỷ" that nothing
 * but punctuation follows, so "tỷ lệ" and "2 tỷ USD" are not. */
static size_t implied_dong(const tsx_tags *t, const char *s, size_t n, size_t p, double scale,
                           ts_unit_match *um, const tsx_entry **entry)
{
    size_t hit;
    const tsx_entry *sc = tsx_tag_find(t, p, TSX_C_SCALE, &hit);
    if (!sc || sc->factor != 1e9)
        return 0;
    size_t k = hit;
    while (k < n && s[k] == ' ')
        k++;
    if (k < n && (tsx_is_word((unsigned char)s[k]) || s[k] == '/'))
        return 0;
    um->unit = "bn_vnd";
    um->factor = scale;
    if (entry)
        *entry = NULL;
    return hit;
}

/* The unit phrase at folded position i of s[0..n) (white space first is
 * skipped): its end, 0 when there is none (um untouched); *entry, when
 * asked, the unit's entry. */
static size_t unit_read(const tsx_tags *t, const char *s, size_t n, size_t i, ts_unit_match *um,
                        const tsx_entry **entry)
{
    size_t start = i, end = 0;
    while (start < n && s[start] == ' ')
        start++;
    if (start < n && s[start] == '%') {
        um->unit = "pct";
        um->factor = 1;
        return start + 1;
    }
    const tsx_entry *base = unit_at(t, start, 0, &end);
    double scale = 1, best_scale = 1;
    /* Scale words in front, each followed by white space; the chain counts
     * only when it ends in a scalable unit ("nghìn tỷ đồng"), so "tỷ lệ"
     * is no unit.  Three words at most, which keeps the factor finite. */
    size_t p = start;
    for (int words = 0; words < 3; words++) {
        size_t hit;
        const tsx_entry *sc = tsx_tag_find(t, p, TSX_C_SCALE, &hit);
        if (!sc || hit >= n || s[hit] != ' ')
            break;
        p = hit;
        while (p < n && s[p] == ' ')
            p++;
        scale *= sc->factor;
        size_t e = 0;
        const tsx_entry *b = unit_at(t, p, 1, &e);
        if (b && e > end) {
            end = e;
            base = b;
            best_scale = scale;
        }
    }
    if (!base)
        return implied_dong(t, s, n, p, scale, um, entry);
    if (base->cls != TSX_C_UNIT)
        return 0;
    um->unit = base->unit;
    if (entry)
        *entry = base;
    /* One division of exact powers of ten keeps "triệu đồng" at exactly
     * the double nearest 0.001. */
    double div = base->factor;
    um->factor = best_scale >= div ? best_scale / div : 1.0 / (div / best_scale);
    return end;
}

size_t tsx_unit_read(const tsx_tags *t, const char *s, size_t n, size_t i, ts_unit_match *um)
{
    return unit_read(t, s, n, i, um, NULL);
}

/* The unit phrase at folded position i of the sentence. */
static size_t read_unit(const reader *r, size_t i, ts_unit_match *um, const tsx_entry **entry)
{
    return unit_read(r->tags, r->s, r->n, i, um, entry);
}

int rd_unit_is_whole(const reader *r, const char *unit)
{
    return tsx_lexicon_unit_whole(r->lx, unit);
}

/* "a/b <unit>" after the unit: "1.219 ha/2.000 ha", "1.074,84 tỷ
 * đồng/2.319,27 tỷ đồng".  j is the unit's end; returns the new end. */
static size_t plan_after_unit(const reader *r, quantity *q, size_t j)
{
    int dec;
    if (q->has_b || j + 1 >= r->n || r->s[j] != '/' || !rd_digit((unsigned char)r->s[j + 1]))
        return j;
    size_t u2 = ts_vnum_scan(r->s + j + 1, r->n - j - 1, &q->b, &dec);
    size_t k = j + 1 + u2;
    ts_unit_match um2;
    size_t ke = read_unit(r, k, &um2, NULL);
    if (!ke && !(k < r->n && r->s[k] >= 'a' && r->s[k] <= 'z')) {
        q->has_b = 1;
        return k;
    }
    if (!ke)
        return k; /* "503 hồ sơ/602.787m2": another measure, not a plan */
    if (strcmp(um2.unit, q->um.unit) == 0) {
        q->has_b = 1;
        q->b *= um2.factor / q->um.factor;
    }
    /* else "48.680 triệu đồng/16 công trình": not a plan */
    return ke;
}

/* "6 tỷ 973 triệu đôla Mỹ", "2 tỷ 500 triệu đồng": a figure in two
 * scales, at us (the first scale word, after q->a); or thousands of the
 * second scale, "12 ngàn 124 tỷ đồng" (12.124 tỷ).  Returns its end with
 * q->a, unit and end set, or 0 when there is none. */
static size_t compound(const reader *r, size_t us, quantity *q)
{
    size_t hit = 0;
    const tsx_entry *s1 = tsx_tag_find(r->tags, us, TSX_C_SCALE, &hit);
    if (!s1)
        return 0;
    size_t j = rd_skip_spaces(r, hit);
    if (j == hit || !rd_digit((unsigned char)r->s[j]))
        return 0;
    double b;
    int dec;
    size_t used = ts_vnum_scan(r->s + j, r->n - j, &b, &dec);
    ts_unit_match um;
    const tsx_entry *ue = NULL;
    size_t end = used ? read_unit(r, rd_skip_spaces(r, j + used), &um, &ue) : 0;
    if (!end || !ue || !(ue->flags & TSX_SCALABLE))
        return 0;
    /* The second part's scale must be the smaller: um.factor is its scale
     * over the unit's divisor. */
    double div = ue->factor, scale2 = um.factor * div;
    if (scale2 < s1->factor)
        q->a = q->a * s1->factor / div + b * um.factor;
    else if (b < s1->factor && scale2 > 1)
        q->a = (q->a * s1->factor + b) * um.factor;
    else
        return 0;
    q->um = um;
    q->um.factor = 1;
    q->unit_entry = ue;
    q->has_unit = 1;
    q->end = end;
    return end;
}

/* Whether the number ending just before i is a year ("2020"). */
static int year_before(const reader *r, size_t i)
{
    size_t k = i;
    while (k > 0 && rd_digit((unsigned char)r->s[k - 1]))
        k--;
    if (i - k != 4 || (k > 0 && (r->s[k - 1] == '.' || r->s[k - 1] == ',')))
        return 0;
    return rd_year_ok(rd_int(r, &k, 4));
}

/* Whether a figure ends just before b (spaces skipped): a number that is
 * no year, a '%', or a unit (and its scale word) after a number. */
static int figure_ends_before(const reader *r, size_t b)
{
    while (b > 0 && r->s[b - 1] == ' ')
        b--;
    size_t u = rd_prev_word(r, b);
    size_t us = rd_ending(r, u, TSX_C_UNIT);
    if (us != (size_t)-1) {
        size_t sw = rd_prev_word(r, us); /* "triệu đồng": past its scale word */
        b = sw != (size_t)-1 && rd_at(r, sw, TSX_C_SCALE) == rd_word_end(r, sw) ? sw : us;
        while (b > 0 && r->s[b - 1] == ' ')
            b--;
    }
    if (b == 0)
        return 0;
    return r->s[b - 1] == '%' || (rd_digit((unsigned char)r->s[b - 1]) && !year_before(r, b));
}

/* Whether the number [i, j) is an end of a range with a dash set off by
 * spaces: "0,5 - 0,8%", "52.000 - 54.000 tỷ đồng" ("năm 2020 - 5.000 tỷ"
 * is none). */
static int dash_range_end(const reader *r, size_t i, size_t j, int a_year)
{
    if (i >= 4 && r->s[i - 1] == ' ' && r->s[i - 2] == '-' && r->s[i - 3] == ' ' &&
        rd_digit((unsigned char)r->s[i - 4]) && !year_before(r, i - 3))
        return 1;
    return !a_year && j + 3 < r->n && r->s[j] == ' ' && r->s[j + 1] == '-' && r->s[j + 2] == ' ' &&
           rd_digit((unsigned char)r->s[j + 3]);
}

/* Whether the figure [i, j) (j after its unit) is an end of a range with
 * "đến": "từ 70,2 triệu đồng đến 71 triệu đồng", "7,5% đến 8%". */
static int upto_range_end(const reader *r, size_t i, size_t j)
{
    size_t e = rd_at(r, rd_skip_spaces(r, j), TSX_C_PERIOD_UPTO);
    if (e && rd_digit((unsigned char)r->s[rd_skip_spaces(r, e)]))
        return 1;
    size_t w = rd_prev_word(r, i);
    return w != (size_t)-1 && rd_at(r, w, TSX_C_PERIOD_UPTO) == rd_word_end(r, w) &&
           figure_ends_before(r, w);
}

/* "/tháng" at j, maybe after "/người" ("2,1 triệu đồng/người/tháng"):
 * an amount a month. */
static int per_month_at(const reader *r, size_t j)
{
    for (int k = 0; k < 2 && j + 1 < r->n && r->s[j] == '/'; k++) {
        if (rd_at(r, j + 1, TSX_C_PERIOD_MONTH) == rd_word_end(r, j + 1))
            return 1;
        j = rd_word_end(r, j + 1);
    }
    return 0;
}

size_t rd_quantity(const reader *r, size_t i, quantity *q)
{
    memset(q, 0, sizeof *q);
    if (rd_class_before(r, i, TSX_C_ORDINAL, 1))
        return 0; /* "đứng thứ 2 đồng bằng ...": a rank */
    /* Inside a number written wrong ("2.6761 tỷ đồng"): no figure. */
    if (i >= 2 && (r->s[i - 1] == '.' || r->s[i - 1] == ',') && rd_digit((unsigned char)r->s[i - 2]))
        return 0;
    q->start = i;
    int dec;
    size_t used = ts_vnum_scan(r->s + i, r->n - i, &q->a, &dec);
    if (!used)
        return 0;
    q->decimals = dec;
    size_t j = i + used;
    /* "giảm 4.2%", "12.5%/năm": a dot before one or two digits and a
     * percent sign can only be a decimal point (a thousands group has
     * three digits). */
    if (j + 2 < r->n && r->s[j] == '.' && rd_digit((unsigned char)r->s[j + 1])) {
        size_t k = j + 1;
        double frac = 0, scale = 1;
        while (k < r->n && rd_digit((unsigned char)r->s[k]) && k - j <= 2) {
            scale /= 10;
            frac += (r->s[k] - '0') * scale;
            k++;
        }
        size_t pc = rd_skip_spaces(r, k);
        if (k - j - 1 <= 2 && !(k < r->n && rd_digit((unsigned char)r->s[k])) && pc < r->n &&
            r->s[pc] == '%' && dec == 0) {
            q->a += frac;
            q->decimals = dec = (int)(k - j - 1);
            j = k;
        }
    }
    /* Digits run on past what reads as a number ("2.6761"): a slip, whose
     * value cannot be told. */
    if (j + 1 < r->n && (r->s[j] == '.' || r->s[j] == ',') && rd_digit((unsigned char)r->s[j + 1]))
        return 0;
    /* Glued to letters that are no unit ("3a"): not a figure. */
    if (j < r->n && r->s[j] >= 'a' && r->s[j] <= 'z') {
        ts_unit_match um;
        if (!read_unit(r, j, &um, NULL))
            return 0;
    }
    int a_year = dec == 0 && used == 4 && rd_year_ok((int)q->a);
    if (dash_range_end(r, i, j, a_year))
        return 0;
    /* "2.761,11 /2.945,0 ha": a slash set off by a space is still "a/b". */
    if (j + 2 < r->n && r->s[j] == ' ' && r->s[j + 1] == '/' &&
        rd_digit((unsigned char)r->s[j + 2]))
        j++;
    if (j < r->n && (r->s[j] == '/' || r->s[j] == '-') && j + 1 < r->n &&
        rd_digit((unsigned char)r->s[j + 1])) {
        if (r->s[j] == '-')
            return 0; /* a range "9-10%" or a span "2016-2020" */
        size_t u2 = ts_vnum_scan(r->s + j + 1, r->n - j - 1, &q->b, &dec);
        size_t k = j + 1 + u2;
        if (k < r->n && (r->s[k] == '/' || r->s[k] == '-') && k + 1 < r->n &&
            rd_digit((unsigned char)r->s[k + 1]))
            return 0; /* a date */
        q->has_b = 1;
        j = k;
    }
    size_t us = rd_skip_spaces(r, j);
    size_t ue = read_unit(r, us, &q->um, &q->unit_entry);
    q->unit_start = us;
    size_t ce;
    if (!ue && !q->has_b && (ce = compound(r, us, q)))
        return ce;
    size_t te;
    if (!ue && !q->has_b && (te = rd_at(r, us, TSX_C_TIMES)) &&
        rd_class_before(r, i, TSX_C_MULTIPLE, 2) && q->a > 0) {
        /* "gấp 2,1 lần (so với cùng kỳ)": 110% more than the base. */
        q->a = (q->a - 1) * 100;
        q->um.unit = "pct";
        q->um.factor = 1;
        q->has_unit = 1;
        q->multiple = 1;
        q->end = te;
        return te;
    }
    if (ue) {
        q->has_unit = 1;
        j = plan_after_unit(r, q, ue);
    } else if (dec == 0 && !q->has_b && q->a >= 1900 && q->a <= 2100) {
        return 0; /* a year standing alone is a year, not a figure */
    }
    /* "/năm", "mỗi năm": a yearly rate. */
    size_t ye;
    if (j + 1 < r->n && r->s[j] == '/' && (ye = rd_at(r, j + 1, TSX_C_PERIOD_YEAR)))
        q->per_year_end = ye;
    else if ((ye = rd_at(r, rd_skip_spaces(r, j), TSX_C_PER_YEAR)))
        q->per_year_end = ye;
    q->per_year = q->per_year_end != 0;
    q->per_month = per_month_at(r, j);
    if (upto_range_end(r, i, j))
        return 0;
    q->end = j;
    return j;
}

int rd_to_unit(const quantity *q, double v, const ts_indicator *ind, double *out)
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

int rd_compatible(const quantity *q, const ts_indicator *ind)
{
    double x;
    return ind && rd_to_unit(q, 1, ind, &x);
}
