/* Reading the lexicon data: lines `phrase<TAB>target<TAB>flags` (built in
 * from datasets/lexicon/, plus user files) become entries, the target
 * being a catalogue id, "-" (blocks) or a word class ("@verb.up"). */
#include "ts_extract.h"
#include "ts_units.h"
#include "text/text_internal.h"
#include "core/codepoint.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The class names of the data files, in enum order after the three
 * naming classes. */
static const char *const class_names[TSX_C_COUNT] = {
    [TSX_C_INDICATOR] = "indicator",
    [TSX_C_BLOCK] = "block",
    [TSX_C_PLACE] = "place",
    [TSX_C_VERB_UP] = "verb.up",
    [TSX_C_VERB_DOWN] = "verb.down",
    [TSX_C_VERB_EQUAL] = "verb.equal",
    [TSX_C_VERB_REACH] = "verb.reach",
    [TSX_C_VERB_EXCEED] = "verb.exceed",
    [TSX_C_VERB_SHARE] = "verb.share",
    [TSX_C_VERB_MORE] = "verb.more",
    [TSX_C_VERB_GROWTH] = "verb.growth",
    [TSX_C_VERB_CORRESP] = "verb.corresp",
    [TSX_C_VERB_IS] = "verb.is",
    [TSX_C_VERB_FROM] = "verb.from",
    [TSX_C_VERB_CONTRIB] = "verb.contrib",
    [TSX_C_QUALIFIER] = "qualifier",
    [TSX_C_BENEFICIARY] = "beneficiary",
    [TSX_C_BASE_FILLER] = "base.filler",
    [TSX_C_BASE_PLAN] = "base.plan",
    [TSX_C_BASE_ESTIMATE] = "base.estimate",
    [TSX_C_CLAUSE_TURN] = "clause.turn",
    [TSX_C_CHANGE_TOTAL] = "change.total",
    [TSX_C_BASE_SAME_PERIOD] = "base.same_period",
    [TSX_C_BASE_OTHER] = "base.other",
    [TSX_C_ESTIMATE] = "estimate",
    [TSX_C_OPENER] = "opener",
    [TSX_C_CARRIER_PART] = "carrier.part",
    [TSX_C_CARRIER_RESTATE] = "carrier.restate",
    [TSX_C_PLAN_CUE] = "plan.cue",
    [TSX_C_AVERAGE] = "average",
    [TSX_C_PER_YEAR] = "per_year",
    [TSX_C_TITLE_HEAD] = "title.head",
    [TSX_C_PERIOD_NAMED] = "period.named",
    [TSX_C_SEASON] = "season",
    [TSX_C_PERIOD_TERM] = "period.term",
    [TSX_C_PERIOD_CONGRESS] = "period.congress",
    [TSX_C_ORDINAL] = "ordinal",
    [TSX_C_CAPTION] = "caption",
    [TSX_C_CAPTION_CREDIT] = "caption.credit",
    [TSX_C_LIST_RESPECTIVE] = "list.respective",
    [TSX_C_LIST_IN_ORDER] = "list.in_order",
    [TSX_C_PERIOD_SPAN] = "period.span",
    [TSX_C_PERIOD_NOW] = "period.now",
    [TSX_C_PERIOD_OCCASION] = "period.occasion",
    [TSX_C_PERIOD_UPTO] = "period.upto",
    [TSX_C_PERIOD_DAY] = "period.day",
    [TSX_C_PERIOD_MOMENT] = "period.moment",
    [TSX_C_PERIOD_MONTH] = "period.month",
    [TSX_C_PERIOD_QUARTER] = "period.quarter",
    [TSX_C_PERIOD_YEAR] = "period.year",
    [TSX_C_PERIOD_WHOLE_YEAR] = "period.whole_year",
    [TSX_C_PERIOD_START] = "period.start",
    [TSX_C_PERIOD_END] = "period.end",
    [TSX_C_PERIOD_SINCE] = "period.since",
    [TSX_C_PERIOD_AT] = "period.at",
    [TSX_C_PERIOD_LENGTH] = "period.length",
    [TSX_C_PERIOD_COMPARE] = "period.compare",
    [TSX_C_PERIOD_COMPARE_SKIP] = "period.compare_skip",
    [TSX_C_PERIOD_CUMULATIVE] = "period.cumulative",
    [TSX_C_PERIOD_YTD] = "period.ytd",
    [TSX_C_PERIOD_COUNT] = "period.count",
    [TSX_C_PRICE_CONSTANT] = "price.constant",
    [TSX_C_PRICE_CURRENT] = "price.current",
    [TSX_C_PRICE_BASE] = "price.base",
    [TSX_C_SPEECH] = "speech",
    [TSX_C_ATTRIBUTION] = "attribution",
    [TSX_C_PERIOD_OF] = "period.of",
    [TSX_C_AREA_AUTHORITY] = "area.authority",
    [TSX_C_AGENCY] = "agency",
    [TSX_C_TARGET] = "target",
    [TSX_C_TARGET_SET] = "target.set",
    [TSX_C_ABOUT] = "about",
    [TSX_C_TIMES] = "times",
    [TSX_C_MULTIPLE] = "multiple",
    [TSX_C_COMPARED] = "compared",
    [TSX_C_AREA_COMMUNE] = "area.commune",
    [TSX_C_SELF_PROVINCE] = "area.self.province",
    [TSX_C_SELF_DISTRICT] = "area.self.district",
    [TSX_C_SELF_CITY] = "area.self.city",
    [TSX_C_AREA_AT] = "area.at",
    [TSX_C_AREA_LEAD] = "area.lead",
    [TSX_C_THRESHOLD] = "threshold",
    [TSX_C_AREA_PRESS] = "area.press",
    [TSX_C_PERIOD_THROUGH] = "period.through",
    [TSX_C_PERIOD_PAST] = "period.past",
    [TSX_C_PERIOD_THIS_MONTH] = "period.this_month",
    [TSX_C_SUPERLATIVE] = "superlative",
    [TSX_C_PLAN_BY_CENTRAL] = "plan.by.central",
    [TSX_C_PLAN_BY_PROVINCE] = "plan.by.province",
    [TSX_C_PLAN_BY_LOCAL] = "plan.by.local",
    [TSX_C_PLAN_BY_DISTRICT] = "plan.by.district",
    [TSX_C_PLAN_TO_DATE] = "plan.to_date",
    [TSX_C_HEADING_DIRECTIONS] = "heading.directions",
    [TSX_C_HEADING_RESULTS] = "heading.results",
    [TSX_C_HEADING_SIGNATURE] = "heading.signature",
    [TSX_C_HEADING_PART] = "heading.part",
    [TSX_C_UNIT] = "unit",
    [TSX_C_UNIT_NONE] = "unit.none",
    [TSX_C_SCALE] = "scale",
    [TSX_C_TABLE_PLAN] = "table.plan",
    [TSX_C_TABLE_ACTUAL] = "table.actual",
    [TSX_C_TABLE_ESTIMATE] = "table.estimate",
    [TSX_C_TABLE_VERSUS] = "table.versus",
    [TSX_C_TABLE_LABEL] = "table.label",
    [TSX_C_TABLE_NUMBER] = "table.number",
    [TSX_C_TABLE_UNIT] = "table.unit_caption",
    [TSX_C_TABLE_MISSING] = "table.missing",
    [TSX_C_TABLE_NOTE] = "table.note",
    [TSX_C_TABLE_TOTAL] = "table.total",
    [TSX_C_TABLE_INDEX] = "table.index",
    [TSX_C_TABLE_SHARE] = "table.share",
    [TSX_C_AND] = "and",
    [TSX_C_EXAMPLE] = "example",
    [TSX_C_CHANGE_END] = "change.end",
    [TSX_C_WITHIN] = "within",
    [TSX_C_CONTRIB_TO] = "contrib.to",
    [TSX_C_EXTENT] = "extent",
    [TSX_C_BY_AREA] = "by.area",
    [TSX_C_STRUCTURE] = "structure",
    [TSX_C_PERIOD_MONTH_NAME] = "period.month_name",
};

int tsx_class_by_name(const char *name, size_t len)
{
    for (int c = 0; c < TSX_C_COUNT; c++)
        if (class_names[c] && strlen(class_names[c]) == len && memcmp(class_names[c], name, len) == 0)
            return c;
    return -1;
}

const char *tsx_class_name(tsx_class c)
{
    return (unsigned)c < TSX_C_COUNT ? class_names[c] : "?";
}

void tsx_entry_free(tsx_entry *e)
{
    free(e->phrase);
    free(e->folded);
    free(e->lower);
    free(e->indicator);
    free(e->unit);
    free(e->ctx);
    free(e->rate);
    free(e->near);
    free(e->not_near);
    free(e->near_marked);
    free(e->not_near_marked);
    free(e->before);
    free(e->not_after);
    free(e->names);
    free(e->price);
}

/* Folds a phrase and turns every run of separators into one space. */
static char *fold_phrase(const char *p, size_t len, size_t *flen)
{
    tsx_fold f = {0};
    if (tsx_fold_text(&f, p, len) != 0) {
        tsx_fold_free(&f); /* what it grew before it failed */
        return NULL;
    }
    char *out = malloc(f.len + 1);
    if (!out) {
        tsx_fold_free(&f);
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < f.len; i++) {
        if (tsx_is_sep((unsigned char)f.s[i])) {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
        } else {
            out[o++] = f.s[i];
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    *flen = o;
    tsx_fold_free(&f);
    return out;
}

char *tsx_lower_phrase(const char *p, size_t len)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)len, &nfc,
                                      UTF8PROC_COMPOSE | UTF8PROC_STABLE | UTF8PROC_CASEFOLD);
    if (n < 0)
        return NULL;
    char *out = malloc((size_t)n + 1);
    if (!out) {
        free(nfc);
        return NULL;
    }
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        char c = (char)nfc[i];
        if (c == ' ' || c == '\t') {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
        } else {
            out[o++] = c;
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    free(nfc);
    return out;
}

static int cp_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}


/* A letter or a combining mark: part of a word as written. */
static int cp_in_word(int32_t cp)
{
    return cp_letter(cp) || utf8proc_category(cp) == UTF8PROC_CATEGORY_MN;
}

/* Each word of orig[o, end) starts with a capital letter (or a digit). */
static int words_capitalised(const char *orig, size_t o, size_t end)
{
    int at_start = 1;
    while (o < end) {
        int32_t cp;
        size_t k = tsx_utf8_decode((const unsigned char *)orig + o, end - o, &cp);
        if (at_start && cp_letter(cp) && !tsx_cp_upper(cp))
            return 0;
        at_start = !(cp_in_word(cp) || (cp >= '0' && cp <= '9'));
        o += k;
    }
    return 1;
}

/* A code point the folded matcher takes for a separator between words
 * (tsx_is_sep after folding): white space, ',', '&' and every dash. */
static int sep_cp(int32_t c)
{
    return tsi_cp_is_space(c) || c == ',' || c == '-' || c == '&' || (c >= 0x2000 && c <= 0x200B) ||
           (c >= 0x2010 && c <= 0x2015) || c == 0x202F || c == 0x2212;
}

/* A letter as its base with its vowel's mark (â, ơ, ư, ă: another
 * letter) and, apart, its tone (0 for none), both lower case. */
typedef struct {
    int32_t letter, quality, tone;
} marked_letter;

static marked_letter split_marks(int32_t cp)
{
    marked_letter m = {tsi_cp_lower(cp), 0, 0};
    utf8proc_int32_t d[4];
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE, NULL);
    if (n < 2 || n > 4)
        return m;
    m.letter = tsi_cp_lower(d[0]);
    for (utf8proc_ssize_t k = 1; k < n; k++) {
        int tone = d[k] == 0x300 || d[k] == 0x301 || d[k] == 0x303 || d[k] == 0x309 || d[k] == 0x323;
        if (tone)
            m.tone = d[k];
        else
            m.quality = d[k];
    }
    return m;
}

/* The phrase's letters, marks and all, at orig[o...], word by word: the
 * letters with their vowels' marks as written, and each word's tone on
 * whichever vowel it stands ("Lệ Thuỷ" is "Lệ Thủy", "Minh Hoá" "Minh
 * Hóa": both placements are in use).  A run of separators in the phrase
 * matches any run in the text, as the folded match did ("Bà Rịa - Vũng
 * Tàu" is "Bà Rịa – Vũng Tàu" and "Bà Rịa-Vũng Tàu"). */
int tsx_marks_match(const char *orig, size_t olen, size_t o, const char *lower, size_t pl)
{
    size_t j = 0, n;
    int32_t pc, tc, ptone = 0, ttone = 0;
    for (;;) {
        n = j < pl ? tsi_cp_next(lower, pl, j, &pc) : 0;
        if (!n || sep_cp(pc)) {
            /* A word ends: its tone must be the text word's. */
            if (ptone != ttone)
                return 0;
            ptone = ttone = 0;
            if (!n)
                return 1;
            j += n;
            while (j < pl && (n = tsi_cp_next(lower, pl, j, &pc)) && sep_cp(pc))
                j += n;
            while ((n = tsi_cp_next(orig, olen, o, &tc)) && sep_cp(tc))
                o += n;
            continue;
        }
        j += n;
        n = tsi_cp_next(orig, olen, o, &tc);
        if (!n)
            return 0;
        o += n;
        /* "Ƣ ƣ" (oi) is "Ư ư" as old fonts and PDF converters write it
         * ("tăng trƣởng"), as folding reads it. */
        if (tc == 0x01A2 || tc == 0x01A3)
            tc += 0x01AF - 0x01A2;
        /* The same letter, marks and tone alike (nearly always): a word
         * holds one tone, so it tells nothing of where the other stands. */
        if (tsi_cp_lower(tc) == pc) {
            /* "đồng/ người": a slash binds the words as folding reads it. */
            while (pc == '/' && (n = tsi_cp_next(orig, olen, o, &tc)) && tsi_cp_is_space(tc))
                o += n;
            continue;
        }
        marked_letter a = split_marks(pc), b = split_marks(tc);
        if (a.letter != b.letter || a.quality != b.quality)
            return 0;
        if (a.tone)
            ptone = a.tone;
        if (b.tone)
            ttone = b.tone;
    }
}

/* The code point ending right before orig[o] (0 at the start); *start
 * gets where it begins. */
static int32_t cp_before(const char *orig, size_t o, size_t *start)
{
    *start = o;
    if (o == 0)
        return 0;
    size_t i = o - 1;
    while (i > 0 && ((unsigned char)orig[i] & 0xC0) == 0x80)
        i--;
    int32_t cp;
    tsx_utf8_decode((const unsigned char *)orig + i, o - i, &cp);
    *start = i;
    return cp;
}

/* Whether orig[o, end) stands alone as a name: no capitalised word right
 * before it (other than the sentence's first, or an acronym: "UBND Cửa
 * Lò") and none right after it ("Nguyễn Văn Lâm", "Văn Lâm Group"). */
static int name_alone(const char *orig, size_t olen, size_t o, size_t end)
{
    size_t i = o, s;
    int32_t cp = cp_before(orig, i, &s);
    while (cp == ' ' || cp == 0xA0) {
        i = s;
        cp = cp_before(orig, i, &s);
    }
    if (cp_in_word(cp)) {
        /* Back to the start of that word, noting whether it is all
         * capitals. */
        int all_caps = 1, n_letters = 0;
        size_t w = i;
        while ((cp = cp_before(orig, w, &s)) && cp_in_word(cp)) {
            if (cp_letter(cp)) {
                all_caps &= tsx_cp_upper(cp);
                n_letters++;
            }
            w = s;
        }
        int32_t first;
        tsx_utf8_decode((const unsigned char *)orig + w, i - w, &first);
        int opens = 1;
        for (size_t k = 0; k < w && opens;) {
            int32_t c;
            k += tsx_utf8_decode((const unsigned char *)orig + k, w - k, &c);
            opens = !cp_letter(c);
        }
        if (tsx_cp_upper(first) && !opens && !(all_caps && n_letters >= 2))
            return 0;
    }
    size_t j = end < olen ? end : olen;
    int32_t next = 0;
    while (j < olen) {
        j += tsx_utf8_decode((const unsigned char *)orig + j, olen - j, &next);
        if (next != ' ' && next != 0xA0)
            break;
    }
    return !tsx_cp_upper(next);
}

/* Whether the name that ends orig[o, end), the last word of the phrase
 * `lower` (NULL: not checked), starts with a capital and has the name's
 * marks: "Chũ", not "Chủ".  The name is matched from the end, as the word
 * before it may be glued on ("TP.HCM"). */
static int name_written(const char *orig, size_t o, size_t end, const char *lower)
{
    const char *name = lower ? strrchr(lower, ' ') : NULL;
    name = name ? name + 1 : lower;
    size_t w = end;
    if (name) {
        if ((w = tsx_marks_end(orig, o, end, name)) == (size_t)-1)
            return 0;
    } else {
        while (w > o && orig[w - 1] != ' ')
            w--;
    }
    int32_t cp;
    return w < end && tsx_utf8_decode((const unsigned char *)orig + w, end - w, &cp) &&
           tsx_cp_upper(cp);
}

size_t tsx_marks_end(const char *orig, size_t o, size_t end, const char *lower)
{
    /* As many characters back from the end as the phrase has. */
    size_t w = end;
    for (const char *c = lower; *c; c++)
        if (((unsigned char)*c & 0xC0) != 0x80)
            while (w > o && ((unsigned char)orig[--w] & 0xC0) == 0x80) {
            }
    return tsx_marks_match(orig, end, w, lower, strlen(lower)) ? w : (size_t)-1;
}

int tsx_entry_text_ok(const tsx_entry *e, const char *orig, size_t olen, size_t o, size_t end)
{
    if ((e->flags & TSX_NAME_CAP) && !name_written(orig, o, end < olen ? end : olen, e->lower))
        return 0;
    if ((e->flags & TSX_MARKS) && e->lower && !tsx_marks_match(orig, olen, o, e->lower, strlen(e->lower)))
        return 0;
    if ((e->flags & TSX_ALONE) && !name_alone(orig, olen, o, end))
        return 0;
    return !(e->flags & TSX_CAPS) || words_capitalised(orig, o, end < olen ? end : olen);
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* A positive finite number written in a flag ("1e9"); 0 when it is none. */
static double flag_number(const char *s, size_t n)
{
    char buf[32];
    if (n == 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    char *end;
    errno = 0;
    double v = strtod(buf, &end);
    return *end == '\0' && errno == 0 && isfinite(v) && v > 0 ? v : 0;
}

/* Flags that only set a bit. */
static const struct {
    const char *name;
    unsigned bit;
} bit_flags[] = {
    {"post", TSX_POST},       {"plan", TSX_PLAN},         {"marks", TSX_MARKS},
    {"after_so", TSX_AFTER_SO}, {"comparison", TSX_COMPARISON}, {"lead", TSX_LEAD},
    {"scalable", TSX_SCALABLE}, {"whole", TSX_WHOLE}, {"count", TSX_COUNT},
    {"caps", TSX_CAPS},       {"approx", TSX_APPROX},     {"about", TSX_ABOUT_ONLY},
    {"holds", TSX_HOLDS},     {"growth", TSX_GROWTH},     {"of_plan", TSX_OF_PLAN},
    {"before_place", TSX_BEFORE_PLACE}, {"alone", TSX_ALONE}, {"milestone", TSX_MILESTONE},
    {"proxy", TSX_PROXY},     {"forecast", TSX_FORECAST}, {"size", TSX_SIZE},
    {"narrows", TSX_NARROWS}, {"restates", TSX_RESTATES}, {"namecap", TSX_NAME_CAP},
};

/* Stores a copy of v[0..vl) in *slot (folded when fold); -2 on out of
 * memory. */
static int set_text(char **slot, const char *v, size_t vl, int fold)
{
    free(*slot);
    size_t fl;
    *slot = fold ? fold_phrase(v, vl, &fl) : dup_n(v, vl);
    return *slot ? 0 : -2;
}

/* A near= list, folded for finding its words and with its marks for
 * telling them apart ("sắn" cassava is not "sản" product); the two keep
 * their alternatives in the same order.  -2 on out of memory. */
static int set_near(char **folded, char **marked, const char *v, size_t vl)
{
    if (set_text(folded, v, vl, 1) != 0)
        return -2;
    free(*marked);
    *marked = tsx_lower_phrase(v, vl);
    return *marked ? 0 : -2;
}

/* Parses one flag; 0, -1 with a message, or -2 on out of memory. */
static int parse_flag(tsx_entry *e, const char *w, size_t wl, char *why, size_t wn)
{
    for (size_t k = 0; k < sizeof bit_flags / sizeof bit_flags[0]; k++)
        if (strlen(bit_flags[k].name) == wl && memcmp(w, bit_flags[k].name, wl) == 0) {
            e->flags |= bit_flags[k].bit;
            return 0;
        }
    const char *eq = memchr(w, '=', wl);
    if (!eq || eq + 1 == w + wl) {
        snprintf(why, wn, "unknown flag \"%.*s\"", (int)wl, w);
        return -1;
    }
    size_t kl = (size_t)(eq - w), vl = wl - kl - 1;
    const char *v = eq + 1;
    if (kl == 4 && memcmp(w, "unit", 4) == 0)
        return set_text(&e->unit, v, vl, 0);
    if (kl == 3 && memcmp(w, "ctx", 3) == 0)
        return set_text(&e->ctx, v, vl, 0);
    /* Folding turns neither '|' nor letters into separators: the
     * alternatives stay apart. */
    if (kl == 4 && memcmp(w, "near", 4) == 0)
        return set_near(&e->near, &e->near_marked, v, vl);
    if (kl == 8 && memcmp(w, "not_near", 8) == 0)
        return set_near(&e->not_near, &e->not_near_marked, v, vl);
    if (kl == 6 && memcmp(w, "before", 6) == 0)
        return set_text(&e->before, v, vl, 1);
    if (kl == 9 && memcmp(w, "not_after", 9) == 0)
        return set_text(&e->not_after, v, vl, 1);
    if (kl == 4 && memcmp(w, "rate", 4) == 0)
        return set_text(&e->rate, v, vl, 0);
    if (kl == 5 && memcmp(w, "names", 5) == 0)
        return set_text(&e->names, v, vl, 0);
    if (kl == 5 && memcmp(w, "price", 5) == 0) {
        int year_ok = vl == 9 && memcmp(v, "const", 5) == 0 && strspn(v + 5, "0123456789") >= 4;
        if ((vl == 7 && memcmp(v, "current", 7) == 0) || year_ok)
            return set_text(&e->price, v, vl, 0);
        snprintf(why, wn, "flag \"%.*s\": the price basis is current or constYYYY", (int)wl,
                 w);
        return -1;
    }
    if ((kl == 7 && memcmp(w, "divisor", 7) == 0) || (kl == 5 && memcmp(w, "scale", 5) == 0)) {
        e->factor = flag_number(v, vl);
        if (e->factor > 0)
            return 0;
        snprintf(why, wn, "flag \"%.*s\": not a positive number", (int)wl, w);
        return -1;
    }
    snprintf(why, wn, "unknown flag \"%.*s\"", (int)wl, w);
    return -1;
}

/* Parses the flags column into e; returns 0, -1 with a message, or -2. */
static int parse_flags(tsx_entry *e, const char *s, size_t n, char *why, size_t wn)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        const char *w = s + i;
        size_t wl = j - i;
        while (wl > 0 && w[0] == ' ') {
            w++;
            wl--;
        }
        while (wl > 0 && w[wl - 1] == ' ')
            wl--;
        if (wl > 0) {
            int rc = parse_flag(e, w, wl, why, wn);
            if (rc != 0)
                return rc;
        }
        i = j + 1;
    }
    return 0;
}

/* Checks what a class asks of its flags: a unit word names a canonical
 * unit (divisor 1 unless given), a scale word its scale.  0, or -1 with a
 * message. */
static int check_entry(tsx_entry *e, char *why, size_t wn)
{
    if (e->factor <= 0 && e->cls != TSX_C_SCALE && e->cls != TSX_C_PERIOD_COUNT)
        e->factor = 1;
    if (e->cls == TSX_C_UNIT && (!e->unit || !ts_unit_is_canonical(e->unit))) {
        snprintf(why, wn, "a @unit entry needs unit=ID with a canonical unit id");
        return -1;
    }
    if (e->cls == TSX_C_STRUCTURE && (!e->names || !strchr(e->names, '|'))) {
        snprintf(why, wn, "a @structure entry needs names=A|B|... with its parts' ids");
        return -1;
    }
    if (e->cls == TSX_C_SCALE && e->factor <= 0) {
        snprintf(why, wn, "a @scale entry needs scale=N");
        return -1;
    }
    if (e->cls == TSX_C_PERIOD_COUNT &&
        !(e->factor >= 2 && e->factor <= 12 && e->factor == (int)e->factor)) {
        snprintf(why, wn, "a @period.count entry needs scale=N, whole months from 2 to 12");
        return -1;
    }
    return 0;
}

/* Sets e's class from its target column ("grdp", "-", "@verb.up"). */
static int parse_target(tsx_entry *e, const char *t, size_t tl, char *why, size_t wn)
{
    if (tl == 1 && t[0] == '-') {
        e->cls = TSX_C_BLOCK;
        return 0;
    }
    if (t[0] != '@') {
        e->cls = TSX_C_INDICATOR;
        return 0;
    }
    int c = tsx_class_by_name(t + 1, tl - 1);
    if (c < 0 || c == TSX_C_INDICATOR || c == TSX_C_BLOCK) {
        snprintf(why, wn, "unknown word class \"%.*s\"", (int)tl, t);
        return -1;
    }
    e->cls = (tsx_class)c;
    return 0;
}

int tsx_entry_parse(tsx_entry *e, const char *l, size_t ll, ts_error *err)
{
    memset(e, 0, sizeof *e);
    const char *t1 = memchr(l, '\t', ll);
    if (!t1 || t1 == l)
        return ts_error_set(err, TS_EINVAL, "expected phrase<TAB>indicator[<TAB>flags]");
    size_t pl = (size_t)(t1 - l);
    if (ts_utf8_invalid_at(l, pl) != pl)
        return ts_error_set(err, TS_EINVAL, "phrase is not valid UTF-8");
    /* The target and flags end up in facts and messages too. */
    if (ts_utf8_invalid_at(l, ll) != ll)
        return ts_error_set(err, TS_EINVAL, "indicator or flags are not valid UTF-8");
    const char *ind = t1 + 1;
    size_t rest = ll - (size_t)(ind - l);
    const char *t2 = memchr(ind, '\t', rest);
    size_t il = t2 ? (size_t)(t2 - ind) : rest;
    if (il == 0)
        return ts_error_set(err, TS_EINVAL, "empty indicator");
    char why[160];
    int rc = parse_target(e, ind, il, why, sizeof why);
    if (rc == 0) {
        e->phrase = dup_n(l, pl);
        e->comma = memchr(l, ',', pl) != NULL;
        e->indicator = dup_n(ind, il);
        e->folded = fold_phrase(l, pl, &e->flen);
        rc = e->phrase && e->indicator && e->folded ? 0 : -2;
    }
    if (rc == 0 && t2)
        rc = parse_flags(e, t2 + 1, ll - (size_t)(t2 + 1 - l), why, sizeof why);
    if (rc == 0 && (e->flags & (TSX_MARKS | TSX_NAME_CAP)))
        rc = (e->lower = tsx_lower_phrase(l, pl)) ? 0 : -2;
    if (rc == 0) {
        size_t letters = 0;
        for (size_t k = 0; k < e->flen; k++)
            letters += tsx_is_word((unsigned char)e->folded[k]) != 0;
        if (letters == 0) {
            snprintf(why, sizeof why, "phrase has no letters");
            rc = -1;
        }
    }
    if (rc == 0)
        rc = check_entry(e, why, sizeof why);
    if (rc == 0)
        return TS_OK;
    tsx_entry_free(e);
    memset(e, 0, sizeof *e);
    if (rc == -2)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    return ts_error_set(err, TS_EINVAL, "%s", why);
}

#define MAX_OPTIONAL 6 /* optional words of one phrase: 64 variants at most */

/* Adds the entry of line l, expanding optional words written in
 * parentheses ("nông, lâm (nghiệp) (và) thủy sản") into every variant. */
static int add_line(ts_lexicon *lx, const char *l, size_t ll, ts_error *err)
{
    const char *tab = memchr(l, '\t', ll);
    size_t pl = tab ? (size_t)(tab - l) : ll;
    const char *open[MAX_OPTIONAL], *close[MAX_OPTIONAL];
    size_t k = 0;
    for (const char *p = l; p < l + pl; p++) {
        if (*p != '(')
            continue;
        const char *q = memchr(p, ')', (size_t)(l + pl - p));
        if (!q || k == MAX_OPTIONAL || memchr(p + 1, '(', (size_t)(q - p - 1)))
            return ts_error_set(err, TS_EINVAL, "optional words: unbalanced '(' or more than %d",
                                MAX_OPTIONAL);
        open[k] = p;
        close[k++] = q;
        p = q;
    }
    char *buf = malloc(ll + 1);
    if (!buf)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    int rc = TS_OK;
    for (unsigned mask = 0; mask < (1u << k) && rc == TS_OK; mask++) {
        /* Bit j set: the j-th optional words are in this variant. */
        size_t o = 0;
        const char *p = l;
        for (size_t j = 0; j < k; j++) {
            memcpy(buf + o, p, (size_t)(open[j] - p));
            o += (size_t)(open[j] - p);
            if (mask & (1u << j)) {
                memcpy(buf + o, open[j] + 1, (size_t)(close[j] - open[j] - 1));
                o += (size_t)(close[j] - open[j] - 1);
            }
            p = close[j] + 1;
        }
        memcpy(buf + o, p, (size_t)(l + ll - p));
        o += (size_t)(l + ll - p);
        tsx_entry e;
        rc = tsx_entry_parse(&e, buf, o, err);
        if (rc == TS_OK)
            rc = tsx_lexicon_add(lx, &e, err);
    }
    free(buf);
    return rc;
}

int ts_lexicon_load_text(ts_lexicon *lx, const char *text, const char *name,
                         ts_error *err)
{
    size_t n0 = ts_lexicon_count(lx);
    long line = 0;
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        line++;
        const char *l = p;
        p = eol ? eol + 1 : p + ll;
        if (ll > 0 && l[ll - 1] == '\r')
            ll--;
        if (ll == 0 || l[0] == '#')
            continue;
        if (ll >= 16 && memcmp(l, "phrase\tindicator", 16) == 0)
            continue; /* a header, repeated when files are concatenated */
        if (add_line(lx, l, ll, err) != TS_OK) {
            ts_error_at(err, name, line, 0);
            tsx_lexicon_truncate(lx, n0);
            return err ? err->code : TS_EINVAL;
        }
    }
    return TS_OK;
}

int ts_lexicon_load(ts_lexicon *lx, const char *path, ts_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        ts_error_set(err, TS_EIO, "cannot open: %s", strerror(errno));
        ts_error_at(err, path, 0, 0);
        return TS_EIO;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fclose(fp);
                return ts_error_set(err, TS_ENOMEM, "out of memory");
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(buf);
        ts_error_set(err, TS_EIO, "read error");
        ts_error_at(err, path, 0, 0);
        return TS_EIO;
    }
    buf[n] = '\0';
    if (memchr(buf, '\0', n)) {
        free(buf);
        ts_error_set(err, TS_EFORMAT, "not a text file (NUL byte)");
        ts_error_at(err, path, 0, 0);
        return TS_EFORMAT;
    }
    int rc = ts_lexicon_load_text(lx, buf, path, err);
    free(buf);
    return rc;
}
