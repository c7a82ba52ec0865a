/* Private to the measure step (measure.c, measure_words.c,
 * measure_table.c): what the words around a figure say, and the decision
 * table that turns them into a measure. */
#ifndef TS_TEXT_MEASURE_H
#define TS_TEXT_MEASURE_H

#include "text/reader.h"

typedef enum {
    V_NONE, V_UP, V_DOWN, V_EQUAL, V_REACH, V_EXCEED, V_SHARE, V_FROM,
    V_GROWTH, V_CORRESP, V_MORE, V_IS, V_CONTRIB
} verb;

/* What the words after a percentage measure it against. */
typedef enum { B_NONE, B_PLAN, B_SAME_PERIOD, B_OTHER } base;

/* The verb governing a figure at i: the words before it, skipping
 * qualifiers ("tăng khoảng 5%").  *vpos receives the verb's last word. */
verb tsx_verb_before(const reader *r, size_t i, size_t *vpos);
/* The verb whose phrase ends with the word at w (from rd_prev_word), or
 * V_NONE. */
verb tsx_verb_ending(const reader *r, size_t w);
/* What the words after a percentage at i measure it against. */
base tsx_base_after(const reader *r, size_t i);
/* A base between the verb at vpos and the figure at i ("thấp hơn cùng
 * kỳ 15,8%", "vượt kế hoạch năm 2024 khoảng 6%"), or B_NONE. */
base tsx_base_between(const reader *r, size_t vpos, size_t i);
/* Whether the base after i is a budget estimate ("so với dự toán"). */
int tsx_estimate_after(const reader *r, size_t i);
/* The year of "so với năm 2015" after a figure at i, or 0. */
int tsx_base_year_after(const reader *r, size_t i);
/* The plan an excess in money after a share names: "đạt 118%, vượt 876
 * tỷ đồng so với dự toán"; B_PLAN or B_NONE. */
base tsx_base_after_excess(const reader *r, size_t i);
/* "so với tháng trước tăng 1,1%": the base a comparison names right
 * before the verb at vpos (B_NONE when none). */
base tsx_base_before_verb(const reader *r, size_t vpos);
/* A growth word in the clause before i ("tốc độ tăng ... đạt"). */
int tsx_growth_named(const reader *r, size_t i);
/* Who set the plan a figure is measured against: the @plan.by.* words
 * after it (after != 0: "đạt 129,4% dự toán Trung ương giao", else
 * between its verb at vpos and it: "vượt dự toán Trung ương 18%") or
 * before it ("tỉnh giao 4.600 tỷ đồng"), within its clause; for the plan b
 * of an "a/b" pair (pair != 0) with none before, the share that follows
 * it in the sentence ("2.856/4.500 tỷ đồng, đạt 63,4% dự toán tỉnh
 * giao").  A TS_PLAN_BY_* value or "". */
const char *tsx_plan_issuer(const reader *r, size_t q_start, size_t q_end, int after,
                            int pair, size_t vpos);
/* Whether the sentence says its plan is the plan up to the figure's date
 * (@plan.to_date: "kế hoạch đến thời điểm báo cáo"). */
int tsx_plan_to_date(const reader *r);
/* "bình quân" among the four words before i. */
int tsx_average_before(const reader *r, size_t i);
/* "bình quân" between the verb at v and the figure at i. */
int tsx_average_between(const reader *r, size_t v, size_t i);
/* "bình quân hàng năm" just before the verb at v. */
int tsx_yearly_average_before_verb(const reader *r, size_t v);
/* "bình quân" right before the verb at v and after the subject's phrase
 * ("tăng trưởng bình quân là 12%"; not the "bình quân" of "GDP bình quân
 * đầu người"). */
int tsx_average_before_verb(const reader *r, size_t v);
/* "tăng bình quân" right before the verb at v ("tăng bình quân là
 * 13,7%"): a rise averaged over years. */
int tsx_rise_averaged_before_verb(const reader *r, size_t v);
/* Where the rounding and estimate words right before the figure at i
 * start ("ước trên 24%"); i when there are none. */
size_t tsx_qualified_from(const reader *r, size_t i);
/* A period phrase ends right before the verb at v, an estimate's word
 * between maybe: "giai đoạn 2006 - 2008 là 11,1%", "quý IV dự kiến là
 * 13,9%". */
int tsx_period_before_verb(const reader *r, size_t v);
/* The sentence speaks of yearly rates: "/năm" or "bình quân" in it. */
int tsx_sentence_yearly(const reader *r);

/* What the table knows of a figure. */
typedef struct {
    int pct;             /* a percentage */
    verb v;
    base b;
    const ts_indicator *ind;
    int rate;            /* the indicator's unit is pct */
    size_t vpos;         /* the verb's last word */
    ts_period p;         /* its period */
    per_state ps;
    int label;           /* read for a table row's label (its columns say
                          * whether a figure is an index) */
} figure;

enum { ANY_VERB = 0 };
#define VB(v) (1u << (v))
#define CHANGE (VB(V_UP) | VB(V_DOWN) | VB(V_GROWTH) | VB(V_CORRESP))
#define BS(b) (1u << (b))

typedef enum {
    IND_ANY, IND_RATE, IND_NOT_RATE, IND_FLOW, IND_NOT_FLOW,
    IND_RATIO_OF_AMOUNTS /* kind rate in a unit other than % (per head, a yield) */
} ind_kind;

/* Conditions beyond verb, base and indicator (one each row). */
typedef enum {
    C_NONE,
    C_PER_YEAR,        /* "/năm", "mỗi năm" after the figure */
    C_PER_MONTH,       /* "/tháng" after the figure */
    C_NO_CHANGE_BEFORE,/* "tương ứng" with no change before it in the clause */
    C_CHANGE_BEFORE,   /* a change before it in the clause: "tăng 0,74% (bằng
                        * 837 ha)" gives the change in hectares */
    C_SPAN,            /* the period is a span of years */
    C_NO_B,            /* not an "a/b" figure */
    C_GROWTH_SUBJECT,  /* no a/b, and a growth word names the subject */
    C_GROWTH_SPAN,     /* that, over several years */
    C_GROWTH_AVERAGED, /* that, "bình quân hàng năm" before the verb */
    C_NOT_IN_UNIT,     /* the unit does not convert to the indicator's */
    C_BASE_AFTER,      /* a base follows the figure ("vượt 876 tỷ đồng so
                        * với dự toán": an excess, not a level) */
    C_AVERAGE_BEFORE,  /* "bình quân" just before: a yearly average */
    C_VERB_AVERAGED,   /* "bình quân" between the verb and the figure, or
                        * "bình quân hàng năm" just before the verb */
    C_PLAN_CONTEXT,    /* a plan phrase or "giao"/"kế hoạch" just before */
    C_DOUBLED,         /* 100% or more: "tăng 138% so với dự toán" is the
                        * share written as a rise, or a plan more than
                        * doubled; which, the text cannot tell */
    C_INDEX_WORD,      /* its growth word is a development index ("tốc độ
                        * phát triển 109,48%": the year before is 100) and
                        * it is 50 or more */
    C_AFTER_GROWTH     /* the sentence gave the subject's growth, not its
                        * level: "tốc độ tăng trưởng đạt 12,6%, vượt 0,6% so
                        * với kế hoạch" is the growth's excess, in points;
                        * "13,35%/năm (đạt 102,7% so với mục tiêu)" the
                        * growth against its target */
} cond;

typedef enum {
    A_DROP,            /* no fact (--unmatched lists it with the reason) */
    A_AVG_ANNUAL,      /* avg_annual_pct X over the span */
    A_AVG_IF_YEARLY,   /* avg_annual_pct X when the sentence speaks of years */
    A_PCT_PLAN,        /* pct_plan X (vượt: 100 + X) */
    A_YOY_OF_BASE,     /* yoy_pct X - 100 */
    A_YOY,             /* yoy_pct X, negative after "giảm" */
    A_LEVEL,           /* level X */
    A_PLAN,            /* plan X */
    A_LEVEL_PLAN       /* level a; plan b of "a/b" unless b counts a whole */
} action;

typedef struct {
    int pct;           /* 1 percentage, 0 amount */
    unsigned verbs;    /* VB() set, 0 = any */
    unsigned bases;    /* BS() set, 0 = any */
    ind_kind ind;
    cond c;
    action a;
    const char *why;   /* a dropped figure's reason (--unmatched) */
} rule;

/* The first row of the decision table that f and q match, or NULL. */
const rule *tsx_measure_decide(const reader *r, const figure *f, const quantity *q);
/* Writes the decision table as Markdown table rows (one per rule, the
 * rows docs/extract.md prints) into buf; returns the length it needs. */
size_t tsx_measure_table_markdown(char *buf, size_t n);

#endif
