/* Private to the clause reader (clause.c and the files of its steps:
 * period_phrase.c, quantity.c, mention.c, measure.c, emit.c): the state of
 * one sentence being read and the small helpers on its folded text.  The
 * words it looks for are tags of the lexicon data (tag.c), never literals. */
#ifndef TS_TEXT_READER_H
#define TS_TEXT_READER_H

#include "ts_extract.h"
#include "ts_units.h"
#include "text/text_internal.h"

#include <string.h>

#define TSX_MAX_DEPTH 8

/* How a period phrase relates to the figures after it. */
typedef enum {
    PER_NONE,   /* the context's default */
    PER_FIXED,  /* a period as written: a year, month, n months, years */
    PER_UPTO,   /* "đến ngày D/M/Y": flows from 1 January, stocks at the date */
    PER_OCCASION /* "dịp Tết Nguyên đán": the days of an occasion, which the
                  * text does not give */
} per_kind;

typedef struct {
    per_kind kind;
    ts_period p;   /* FIXED: the period; UPTO: the day */
    int target;    /* 1 "vào năm Y", 2 "đến năm Y" (up to: a span for flows) */
    int dated;     /* UPTO: the day written out ("30/6/2015"), not "cuối tháng 6" */
} per_state;

/* No period read yet: what rd_period fills in. */
#define PER_STATE_NONE {PER_NONE, {0, 0}, 0, 0}

/* The state that parentheses save and restore. */
typedef struct {
    const ts_indicator *ind; /* current indicator, NULL when none */
    const tsx_entry *ent;     /* the lexicon entry that named it */
    const tsx_entry *pend[TSX_MAX_CAND]; /* mentions waiting for a unit= match */
    size_t npend;
    int suppress;            /* after a blocking phrase: 2 ignore mentions, 1 after a ',' */
    int part_block;          /* ... a phrase that is a part only in its context (ctx=) */
    int weak;                /* a new ';' clause with no phrase of its own yet (2: and a
                              * figure of its own dropped) */
    int from_topic;          /* the subject is the topic carried from the
                              * sentence before, named by no phrase here */
    int foreign;             /* the last amount's unit did not fit the subject */
    int own;                 /* inside parentheses: an indicator named there */
    int plan_mode;           /* the mention named a plan ("dự toán ...") */
    const ts_indicator *component_of; /* after "trong đó": not this one again */
    const tsx_entry *component_ent;   /* ... the phrase that named it */
    per_state per;
    per_state undated;       /* the period before brackets dated the clause
                              * ("(tính đến ngày 21/10)") ... */
    int dated_by_bracket;    /* ... when they did */
    ts_period paren_per;     /* the period a year written just before '('
                              * ends ("6 tháng đầu năm 2020 (+2,4%)", "năm
                              * 2022 (52,6 triệu đồng)"); last 0: none */
    int paren_base;          /* ... named as a comparison's base ("so với
                              * cùng kỳ năm 2023 (vượt 12,3% kế hoạch)"):
                              * it dates an amount inside, not a percentage */
    size_t open_at;          /* inside parentheses: where their text starts */
    int other_area;          /* the clause opened with another area's name
                              * ("(cả nước dự báo tăng 5%)"): its figures are
                              * that area's */
    int plan_paren;          /* opened by a plan's word: "(KH 57 triệu đồng)",
                              * "(kế hoạch: 4%)": a figure inside is the plan of
                              * the figure before */
    int after_plan;          /* opened right after a share of a plan and the
                              * plan's name ("đạt 51,8% so với nghị quyết đề ra
                              * (23.600 tỷ đồng)"): an amount inside is the plan */
    int after_change;        /* opened right after a change and its base
                              * ("tăng 36% so với cùng kỳ (hơn 1.200 tỷ đồng)"):
                              * an amount inside is the subject's level */
    int after_plan_base;     /* opened right after a plan named as a base: a
                              * change inside is against it ("tăng 3.488 tỷ
                              * đồng so với dự toán (tăng 38%)") */
    int prior;               /* "(cùng kỳ năm 2022 đạt ...)": the figures are
                              * the same period's of an earlier year: -1 the
                              * year before, else that year */
    int respective;          /* opened by "cơ cấu tương ứng": its percentages
                              * are, in order, the subjects of the sentence's
                              * percentages before it */
    size_t resp_next;        /* ... the next one's place in that order */
} frame;

#define TSX_MAX_DONE 64
#define TSX_MAX_SEQ 16
#define TSX_MAX_NAMED 8

typedef struct {
    const char *orig;        /* the sentence */
    size_t olen;
    const tsx_fold *f;       /* the folded sentence, with its byte map */
    const tsx_tags *tags;    /* the lexicon's matches on it */
    const char *s;           /* folded */
    size_t n;
    ts_extract_ctx *cx;          /* fact_flags is written before each fact */
    const ts_lexicon *lx;
    const ts_catalog *cat;
    ts_fact_fn fn;
    ts_unmatched_fn unmatched;
    void *user;
    size_t offset;
    const char *excerpt;     /* the sentence, NUL-terminated */
    frame st[TSX_MAX_DEPTH];
    int depth;
    const ts_indicator *topic; /* last named indicator, for ctx= conditions */
    int topic_held;            /* ... or a blocking phrase that holds (it is
                                * NULL then): no ctx= phrase is its part */
    int topic_growth;          /* its phrase's "đạt X%" is its growth */
    int topic_figured;         /* the sentence before gave a fact */
    size_t q_end, prev_q_end;  /* where the figure being read and the one
                                * before it end (folded) */
    size_t level_end;          /* ... and the last level given */
    const ts_indicator *level_ind; /* the last level given, in its indicator's */
    double level_value;            /* unit: "(a/b)" after it restates it */
    const ts_indicator *growth_ind; /* the last growth given (yoy, yearly average) */
    int growth_avg;            /* ... a yearly average */
    size_t place_end;          /* folded end of the last other-place name + 1 */
    int estimate;              /* an estimate word was seen */
    int prose;                 /* reading running text, not a table's cells */
    int child_whole;           /* child_area opened the sentence ("Riêng TP.
                                * Phú Quốc, ..."): it holds past ';' */
    int continues;             /* the sentence goes on from the one before
                                * ("Cụ thể: ...", "Trong đó, ...") */
    int title;                 /* reading a report's title: a plan's term
                                * named there ("kế hoạch ... 5 năm 2016-2020")
                                * is the report's period, not a programme's */
    unsigned fact_flags;       /* TSX_FACT_... of the figure being emitted */
    int after_part;            /* "trong đó", "gồm" seen: what follows in the
                                * sentence is a breakdown (for collisions) */
    const char *plan_by;       /* the issuer of the plan the figure is set against
                                * ("" none), for the facts being emitted */
    int list_blocked;          /* a blocking phrase leads the sentence's list
                                * ("Trồng mới ít nhất: 500 ha ...; 500 ha ..."):
                                * every clause of the list stays blocked */
    char price_text[16];       /* the price basis as written in facts: "",
                                * "current", "const2010" (for its clause) */
    char named_price[16];      /* the last one the sentence named, carried to a
                                * sentence that goes on from it */
    char carried_price[16];    /* the one carried in: it holds for every clause
                                * ("Trong đó: A tăng X%; B tăng Y%") */
    int plan_seen;             /* a plan was named before in the sentence (or the
                                * one it goes on from) */
    int yearly;                /* the sentence it goes on from spoke of yearly
                                * rates ("bình quân 5 năm ... tăng 8%") */
    int equal_base;            /* the base of the last "bằng X% <base>" */
    size_t figures;            /* figures read so far in the sentence */
    per_state lead;            /* "Tính chung 10 tháng" opening the sentence */
    per_state first_per;       /* the first period the sentence names outside
                                * brackets (PER_NONE: none yet) */
    size_t cum_at;             /* "lũy kế N tháng": where (0: none) ... */
    ts_period cum_month;       /* ... and the single month N before it */
    per_state change_from;     /* the period the first value of a change
                                * had ("tăng từ 57% năm 2005 lên ..."): a
                                * like change after it with none starts
                                * there too (PER_NONE: none yet) ... */
    per_state change_outer;    /* ... and the period in force before it,
                                * the other end's when it names none */
    int last_change;           /* +1 after "tăng", -1 after "giảm" in this clause */
    int last_share_verb;       /* V_REACH or V_EQUAL of its last share of a base */
    int list_change;           /* ... the last change's direction in the sentence,
                                * kept past commas (the parts of a list) */
    const ts_indicator *list_ind; /* ... and whose it was */
    size_t mention_end;        /* where the last indicator phrase ended (0: none) */
    size_t mention_start;      /* ... and where it started */
    const ts_indicator *pct_of; /* the subject of the last percentage read */
    int about_other;           /* "Đối với tỉnh Y, ...": the sentence is another area's */
    /* "cơ cấu kinh tế ước đạt 8,8% - 59,7% - 31,5%": where the parts of a
     * structure's dash-joined shares start (0: none), where the last
     * ends, and the structure's entry, which names the parts. */
    size_t triple_at[4];       /* a fourth after the three parts: the rest of
                                * the whole (product taxes), no part read */
    size_t triple_end;
    size_t shares_end;         /* where the last run of shares looked at ends */
    const tsx_entry *triple_of;
    int triple_again;          /* the three restate the parts of the three
                                * before, in brackets ("(KH là ...)") */
    int triple_prior;          /* the first's earlier year ("cùng kỳ năm trước
                                * ... là 42,6%, 29,5% và 27,9%"): all three's */
    int triple_order[3];       /* the part of names= each share is, in the order
                                * the text names them ("cơ cấu kinh tế dịch vụ,
                                * công nghiệp, nông nghiệp lần lượt là ...") */
    const ts_area *child_area; /* "; huyện U Minh ước thu đạt 49 tỷ đồng": a
                                * district of the report's province opens
                                * the clause, whose figures are its own */
    /* Target cues: where each ends (figures after the first are targets)
     * and the year it names ("Mục tiêu năm 2024:"; 0 none). */
    size_t target_end[4];
    int target_year[4];
    int target_forecast[4]; /* the cue is a forecast's ("dự báo") */
    size_t n_targets;
    size_t first_per_at;       /* where first_per's phrase starts */
    /* pct_plan already given, per indicator and period, in this sentence:
     * the first plan named wins. */
    const ts_indicator *pp_done[TSX_MAX_DONE];
    ts_period pp_period[TSX_MAX_DONE];
    const char *pp_by[TSX_MAX_DONE];
    const ts_area *pp_area[TSX_MAX_DONE]; /* a district's (child_area), NULL: the report's */
    unsigned char pp_narrow[TSX_MAX_DONE];  /* given for a subject named narrowly */
    size_t npp;
    /* The percentages read outside brackets, in order, and the indicator
     * each gave a share to (NULL: none), for a list given respectively;
     * seq_at is the place of the figure being read (-1: not recorded). */
    const ts_indicator *seq[TSX_MAX_SEQ];
    size_t nseq;
    long seq_at;
    /* The subjects the clause has named since its last figure, in order;
     * in_order: "lần lượt" gave them the figures after it, the next being
     * named[order_next]. */
    const ts_indicator *named[TSX_MAX_NAMED];
    const tsx_entry *named_ent[TSX_MAX_NAMED]; /* the phrases that named them */
    size_t nnamed, order_next;
    int in_order, order_pct; /* order_pct: the list's figures so far are percentages */
    const ts_indicator *parts_of; /* the first total a "trong đó" gave parts of */
    const ts_indicator *figured;  /* the subject of the sentence's last fact */
    const ts_indicator *topic_at_fact; /* the topic when it was given */
    int order_verb;          /* the verb of the list's first figure */
    /* levels given, per indicator and period: the first one stands, unless
     * it was written rounded and a figure as written follows ("đạt hơn 100
     * tỷ đồng ... đạt 106,801 tỷ đồng": the document's collisions settle) */
    const ts_indicator *lv_done[TSX_MAX_DONE];
    ts_period lv_period[TSX_MAX_DONE];
    unsigned char lv_rounded[TSX_MAX_DONE];
    unsigned char lv_narrow[TSX_MAX_DONE]; /* ... given by a phrase that narrows */
    const ts_area *lv_area[TSX_MAX_DONE];
    char lv_price[TSX_MAX_DONE][16]; /* its price basis: one at each counts once */
    size_t nlv;
} reader;

/* A figure with its unit, as read at a digit. */
typedef struct {
    double a, b;         /* value; b of "a/b" */
    int has_b;
    ts_unit_match um;    /* unit of a */
    int has_unit;
    size_t start, end;   /* folded span of the whole quantity */
    size_t unit_start;   /* folded start of the unit */
    int per_year;        /* followed by "/năm", "mỗi năm" ... */
    size_t per_year_end; /* ... which end here (0: none) */
    int per_month;       /* followed by "/tháng" ("triệu đồng/người/tháng") */
    int sign;            /* +1 / -1 for "(+3,63%)", "(-9,28%)"; 0 unsigned */
    int decimals;        /* digits after the decimal mark */
    int multiple;        /* "gấp 2,1 lần": a is the rise in percent */
    const tsx_entry *unit_entry; /* the unit word read, NULL for '%' or none */
} quantity;

/* ---- the folded sentence (clause.c) ---- */

static inline int rd_digit(int c)
{
    return c >= '0' && c <= '9';
}

static inline size_t rd_skip_spaces(const reader *r, size_t i)
{
    while (i < r->n && r->s[i] == ' ')
        i++;
    return i;
}

/* Does a figure ('%' or a digit) end just before i, spaces aside? */
static inline int rd_after_number(const reader *r, size_t i)
{
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    return i > 0 && (r->s[i - 1] == '%' || rd_digit((unsigned char)r->s[i - 1]));
}

/* Whether an amount ends just before i (spaces aside): '%', or a unit
 * after a number, past a scale word ("46 triệu đồng"); not a word that
 * only ends like a unit ("thực hiện nhiệm vụ 9 tháng": "vụ"). */
int rd_after_amount(const reader *r, size_t i);
/* The start of the fillers (@base.filler, up to two: "so với") that end
 * right before the phrase starting at st, or st when none do. */
size_t rd_fillers_before(const reader *r, size_t st);

/* A photo's caption ("TP. Thái Bình ngày một hiện đại (Ảnh: ...)", "Ảnh
 * minh họa", "... - Ảnh 1."): it names what the photo shows, not the
 * report's area or period, and gives no figure of the text's. */
int rd_is_caption(const reader *r);

/* Whether the place or the "toàn tỉnh" at i is the subject's own: right
 * after the last indicator phrase. */
int rd_subject_place(const reader *r, size_t i);

/* Whether only spaces stand between i and the sentence's start or one of
 * the marks before it: a clause opens at i ("; Gia Lai tăng 3,02%"). */
static inline int rd_opens_after(const reader *r, size_t i, const char *marks)
{
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    return i == 0 || strchr(marks, r->s[i - 1]) != NULL;
}

/* The marks after which a `lead` phrase opens a clause: a list's dash and
 * a sentence's full stop too ("- Mục tiêu năm 2024: ..."). */
#define RD_LEAD_MARKS "(,;:-."

/* The end of a comparison's word at i ("so", "so với": @base.filler
 * `comparison`), 0 when none. */
size_t rd_comparison_at(const reader *r, size_t i);

/* Start of the word ending just before i (skipping spaces), or (size_t)-1. */
size_t rd_prev_word(const reader *r, size_t i);
/* End of the word starting at i. */
size_t rd_word_end(const reader *r, size_t i);
/* An unsigned number of at most maxdig digits at *i (advanced), not
 * followed by another digit; -1 when there is none. */
int rd_int(const reader *r, size_t *i, int maxdig);

static inline int rd_year_ok(int y)
{
    return y >= 1900 && y <= 2100;
}

/* A year at word start i, "năm 2023" (with bare nonzero also "2023"):
 * its end, with *y, or 0. */
size_t rd_year_at(const reader *r, size_t i, int bare, int *y);

/* Two years "2016-2020" at i (spaces allowed about the dash): the end
 * after the second, with *a and *b, or 0. */
size_t rd_year_pair(const reader *r, size_t i, int *a, int *b);

/* Whether years a-b are a party congress's term: six calendar years from
 * a congress year ("nhiệm kỳ 2015-2020"), reported on by the five-year
 * plan it resolved (2016-2020), unlike a council's ("2016-2021"). */
static inline int rd_congress_term(int a, int b)
{
    return b - a == 5 && a % 5 == 0;
}

/* A price basis at i ("giá so sánh (năm) 2010", "giá hiện hành", "(Giá
 * 2010)"): basis receives it as facts write it ("current", "const2010",
 * "const" when no year is named); its year is no period.  Returns the
 * phrase's end (after its year), or 0. */
size_t rd_price_phrase(const reader *r, size_t i, char *basis, size_t size);

/* Whether fn accepts one of the '|'-separated alternatives of alts (a
 * lexicon condition's list: ctx=, near=, names=). */
int rd_any_of(const char *alts, int (*fn)(const void *ctx, const char *w, size_t l),
              const void *ctx);

/* The end of the longest word of class c starting at folded position i,
 * or 0. */
static inline size_t rd_at(const reader *r, size_t i, tsx_class c)
{
    return tsx_tag_end(r->tags, i, c);
}

/* The same, only where a word starts at i (not inside one). */
static inline size_t rd_word_at(const reader *r, size_t i, tsx_class c)
{
    return i == 0 || !tsx_is_word((unsigned char)r->s[i - 1]) ? rd_at(r, i, c) : 0;
}

/* The start of a word of class c that ends where the word at w ends (w
 * from rd_prev_word), or (size_t)-1: "tăng trưởng" ends at "trưởng". */
static inline size_t rd_ending(const reader *r, size_t w, tsx_class c)
{
    if (w == (size_t)-1)
        return (size_t)-1;
    return tsx_tag_start_ending(r->tags, rd_word_end(r, w), c);
}

/* Is the word at w (from rd_prev_word) of class c? */
/* Whether part's id lies under whole's ("grdp.share.agriculture" under
 * "grdp"). */
static inline int rd_part_of(const ts_indicator *part, const ts_indicator *whole)
{
    size_t n = whole ? strlen(whole->id) : 0;
    return part && n && strncmp(part->id, whole->id, n) == 0 && part->id[n] == '.';
}

static inline int rd_word_of(const reader *r, size_t w, tsx_class c)
{
    return rd_ending(r, w, c) != (size_t)-1;
}

/* Whether a word of class c ends among the `words` words before i
 * ("bình quân" before a figure, "UBND" before a place). */
int rd_class_before(const reader *r, size_t i, tsx_class c, int words);

/* The year the context's period ends in (for "cả năm", "tháng 10"). */
int rd_ctx_year(const reader *r);

/* ---- period phrases (period_phrase.c) ---- */

/* A date at i ("20/9/2020", "20-9-2020", "20 tháng 9 năm 2020"): its end,
 * with *y, *m, *d, or 0. */
size_t rd_date(const reader *r, size_t i, int *y, int *m, int *d);

/* Tries a period phrase at word start i; on success sets *out and returns
 * its end.  Comparison bases and school years are consumed but leave
 * *set = 0; *year_only says the phrase was a bare "năm YYYY". */
size_t rd_period(const reader *r, size_t i, per_state *out, int *set, int *year_only);
/* A period written right after a figure ("23,19% năm 2015", "vào cuối
 * năm 2015", "9,28% của năm 2023", "7,56% của 6 tháng đầu năm 2021"):
 * 1 and *out, or 0. */
int rd_period_after(const reader *r, size_t j, per_state *out);
/* "(họp phiên) thường kỳ" right before the period phrase at i: the
 * meeting's month, which its report reviews with the months to date. */
int rd_after_regular_meeting(const reader *r, size_t i);
/* "lũy kế N tháng" in the sentence, or a bare "lũy kế" in a report
 * whose period runs from January: sets r->cum_at and r->cum_month (the
 * single month of the figures before it). */
void rd_find_cumulative(reader *r);
/* The target cues in the sentence ("phấn đấu", "dự báo", "Mục tiêu năm
 * 2024:" opening a clause): sets r->target_end, target_year. */
void rd_find_target(reader *r);
/* January to the end of p, when p is a month, a quarter, a half or a
 * span from January within one year: what figures after a bare
 * cumulative cue cover ("tháng 10 ước 108 tỷ đồng, lũy kế ước 3.798 tỷ
 * đồng").  0 for a year, several years, days or no period. */
int rd_year_to_date(ts_period p, ts_period *out);

/* ---- quantities (quantity.c) ---- */

/* Reads the quantity at digit position i.  Returns its end, 0 when it is
 * no figure (a date, a range, a year standing alone). */
size_t rd_quantity(const reader *r, size_t i, quantity *q);
/* Converts v (a value of q's unit) to ind's unit; 0 when incompatible. */
int rd_to_unit(const quantity *q, double v, const ts_indicator *ind, double *out);
int rd_compatible(const quantity *q, const ts_indicator *ind);
/* Nonzero when the canonical unit counts a population (units.tsv `whole`). */
int rd_unit_is_whole(const reader *r, const char *unit);

/* ---- indicator mentions (mention.c) ---- */

const ts_indicator *rd_indicator(const reader *r, const tsx_entry *e);
/* Handles the lexicon's naming entries at i (not in a figure's
 * look-ahead); returns the end of the consumed phrase or 0. */
size_t rd_on_mention(reader *r, size_t i);
/* Settles which indicator a figure belongs to (pending unit= mentions, a
 * phrase right after the figure).  Returns 0 when the figure is dropped
 * (a blocking phrase after it), 1 otherwise; *by_after says the phrase
 * after the figure named it. */
int rd_resolve_subject(reader *r, quantity *q, int *by_after);
void rd_set_current(reader *r, const tsx_entry *e, const ts_indicator *ind);

/* ---- the measure (measure.c) ---- */

/* "tăng 9,1% tại Kiên Giang": a place other than the report's area named
 * with "tại"/"ở" right after the figure q. */
int rd_place_after_is_other(const reader *r, const quantity *q);

/* Classifies the figure q of the current indicator and emits its facts. */
void rd_on_quantity(reader *r, quantity *q);

/* What the decision table makes of a figure with no base after it, read
 * by the words before it alone: a table row's label ("Tốc độ tăng trưởng
 * GRDP (%)", "Thu ngân sách (tỷ đồng)").  The table reader (table_row.c)
 * combines it with what its column says. */
typedef enum {
    RD_ROW_NONE,      /* no fact (a change of a rate, an absolute change ...) */
    RD_ROW_UNMATCHED, /* the unit does not convert to the indicator's */
    RD_ROW_LEVEL,     /* a level in the indicator's unit */
    RD_ROW_RATE,      /* a rate indicator's level, in pct */
    RD_ROW_PLAN,      /* the words name a plan */
    RD_ROW_UP,        /* yoy_pct +X */
    RD_ROW_DOWN,      /* yoy_pct -X */
    RD_ROW_AVG        /* avg_annual_pct over a span */
} rd_row;

/* The decision for figure q (its unit, a/b, per-year mark) of the current
 * indicator of r, placed at q->start of r's text, in period p. */
rd_row rd_label_kind(const reader *r, const quantity *q, ts_period p);

/* ---- facts (emit.c) ---- */

void rd_emit(reader *r, const ts_indicator *ind, const char *measure, ts_period p,
             double value, const char *unit, char status);
/* The period a figure of ind belongs to, given the phrase state. */
ts_period rd_resolve_period(const reader *r, const ts_indicator *ind, const per_state *ps);
/* The same period of an earlier year: `year` (> 0), or the year before
 * (-1).  p when the shift has no whole-day form. */
ts_period rd_period_earlier(ts_period p, int year);
/* Plans belong to the year their period falls in. */
ts_period rd_plan_period(ts_period p);
/* Targets in the directions part. */
ts_period rd_target_period(const reader *r, const ts_indicator *ind, const per_state *ps);
/* Reports a figure that gave no fact and why (--unmatched). */
void rd_unmatched(reader *r, const quantity *q, const char *reason);

#endif
