/* Report text -> indicator facts: the lexicon of Vietnamese indicator
 * phrases, the sentence (clause) extractor, the flattened-table reader
 * and the document driver that gives each sentence its period, area and
 * section context. */
#ifndef TS_EXTRACT_H
#define TS_EXTRACT_H

#include <stddef.h>
#include "ts_error.h"
#include "ts_gazetteer.h"
#include "ts_period.h"
#include "ts_catalog.h"
#include "ts_record.h"
#include "ts_text.h"

/* ---- lexicon ---- */

/* Phrase -> indicator entries, matched case- and accent-insensitively
 * ("Đắk" = "Đăk" = "dak"), longest phrase first.  The TSV has the header
 * `phrase<TAB>indicator<TAB>flags`; a repeated header line is skipped, as
 * are empty lines and lines starting with '#'.  indicator "-" marks a
 * phrase that blocks figures (a component or modifier: "trồng mới",
 * "hộ kinh doanh"); "@place" marks a place name.  flags, comma-separated:
 *   post          only when it follows a number and its unit
 *   unit=U        only for a figure in canonical unit U
 *   ctx=A|B       only when the current indicator starts with A or B
 *   plan          the phrase names a plan/target ("dự toán", "kế hoạch")
 *   rate=ID       a share ("chiếm X%") of this count is indicator ID */
typedef struct ts_lexicon ts_lexicon; /* opaque */

/* A new lexicon holding the built-in entries (ts_builtin_lexicon_tsv).
 * NULL on error (err filled). */
ts_lexicon *ts_lexicon_new(ts_error *err);
/* An empty lexicon (for tests and for users who want only their own). */
ts_lexicon *ts_lexicon_new_empty(ts_error *err);
/* Adds the entries of a TSV file (format above).  On error (file:line in
 * err) adds nothing. */
int ts_lexicon_load(ts_lexicon *lx, const char *path, ts_error *err);
/* Same from a NUL-terminated text; name is used in error messages. */
int ts_lexicon_load_text(ts_lexicon *lx, const char *text, const char *name,
                         ts_error *err);
size_t ts_lexicon_count(const ts_lexicon *lx);
void ts_lexicon_free(ts_lexicon *lx);

/* One phrase found in a text. */
typedef struct {
    const char *indicator; /* catalogue id, "-" or "@place"; valid while lx lives */
    const char *phrase;    /* the entry's phrase as written in the lexicon */
    size_t start, end;     /* byte range in the text searched */
} ts_lexicon_match;

/* Finds the lexicon phrases in len bytes of UTF-8 text, left to right,
 * longest first, not overlapping; entries with post/unit/ctx conditions
 * are reported too (the clause extractor checks the conditions).  Writes
 * up to max matches and returns how many there are in all. */
size_t ts_lexicon_find(const ts_lexicon *lx, const char *text, size_t len,
                       ts_lexicon_match *out, size_t max);

/* Adds the area names of gazetteer g as place phrases (@place): a
 * province or centrally-run city by its name and variants, with or without
 * its administrative word ("Kon Tum", "tỉnh Kon Tum"), a district-level
 * unit only with its word ("huyện Đăk Hà", "TP. Pleiku", "thị xã An
 * Khê"), so common words that are district names ("Thống Nhất") are not
 * taken for places.  They tell the report's area (ts_doc_infer) and other
 * areas' figures.  g is borrowed and must outlive lx; ts_lexicon_new adds
 * the built-in gazetteer itself.  TS_ENOMEM on failure (lx unchanged). */
struct ts_gazetteer;
int ts_lexicon_add_areas(ts_lexicon *lx, const struct ts_gazetteer *g, ts_error *err);

/* The built-in lexicon data (every datasets/lexicon TSV file). */
extern const char ts_builtin_lexicon_tsv[];

/* ---- document context ---- */

/* Completes a parsed report's metadata from its body where its title
 * block says nothing (news reports, press releases, excerpts): the report
 * period (the period phrase the text leads with or repeats most: "9
 * tháng", "quý IV và cả năm 2023", "đến 30/9/2022"; its year the one named,
 * the year after "so với cùng kỳ năm Y", or the date's) and the report date
 * (the first dateline).  Stated values (ts_doc_set_*) are kept.  Returns
 * TS_OK or TS_ENOMEM. */
int ts_doc_infer(ts_doc *d, const ts_lexicon *lx, ts_error *err);

/* ---- extraction ---- */

/* The year standing for an unknown one in an undated report's context. */
#define TS_UNDATED_YEAR 1970

/* What a sentence is read against. */
typedef struct {
    const char *area;      /* the report's area slug ("kon-tum") */
    const char *area_parent; /* the province it lies in ("kon-tum" of
                            * "kon-tum-city"), or NULL */
    int area_is_district;  /* the report's area is inside a province: its own
                            * council's plans are plan_by district */
    const ts_area *province_of_district; /* ... and that province, when it is
                            * one (not a municipality): "tỷ lệ hộ nghèo toàn
                            * tỉnh" in the district's report is its */
    unsigned fact_flags;   /* set by the reader before each fact it gives:
                            * what the document driver weighs two values of
                            * one key with (callers may ignore it) */
    size_t fact_phrase;    /* ... and the length of the phrase that named
                            * its subject (a longer one is more specific) */
    unsigned in_footnote;  /* set by the caller: the sentence is a footnote's */
    const char *source;    /* file name for the fact's source column, or "-" */
    ts_period period;      /* default period of figures with none of their own */
    ts_period report;      /* the report's own reference period */
    int has_written;       /* the report's date is known ... */
    int32_t written;       /* ... and is this day */
    int multiyear;         /* report covers several years: undated stocks -> last year */
    int undated;           /* no report period nor date is known: period and
                            * report are placeholders of year
                            * TS_UNDATED_YEAR, and only figures whose own
                            * phrase names their year are kept */
    int undated_year;      /* ... the year of phrases naming none ("đến
                            * ngày 14/7") when the text names one, or 0 */
    int directions;        /* sentence is in the targets/directions part */
    ts_period target;      /* period of targets in that part */
    /* Carried from one sentence to the next by ts_extract_sentence (zero
     * them before the first sentence): the indicator named last, for
     * phrases that need it ("Trong đó: Nông - Lâm - Thủy sản tăng ..."
     * after a GRDP sentence), and the period phrase in force, for a
     * sentence that continues the previous one ("Cụ thể: ..."). */
    char topic[64];
    int topic_held;        /* no topic, but a blocking phrase that holds */
    int topic_growth;      /* the topic was named by a phrase whose bare
                            * percentage reached is its growth ("GRDP") */
    int topic_figured;     /* the sentence gave a fact ("Kinh tế tăng trưởng
                            * khá." gives none: "Trong đó, tốc độ tăng trưởng
                            * GRDP đạt 8,66%" is then the total's) */
    int carry_kind;
    ts_period carry_period;
    int has_lead;          /* set by the reader: 1 when the sentence opens with
                            * a cumulative cue and its period ("Tính chung
                            * 10 tháng năm 2025, ..."), which the driver
                            * gives the sentences after it in its paragraph
                            * that name no period of their own */
    ts_period lead_period;
    int carry_plan;        /* the sentence named a plan */
    int carry_yearly;      /* the sentence spoke of yearly rates */
    int carry_estimate;    /* the sentence gave estimates ("Ước tổng chi ...") */
    char carry_price[16];  /* the price basis it named ("const2010") */
    const ts_area *carry_child; /* the district of the report's province it
                            * opened with ("Riêng TP. Phú Quốc, ..."),
                            * which the next sentences of its paragraph that
                            * name no place go on with (NULL: none) */
    int same_paragraph;    /* set by the caller: the sentence before (read or
                            * not) is of the same paragraph */
    int same_stream;       /* ... and of the same stream: running text, or
                            * footnote bodies */
    int continued;         /* set by the caller: this sentence goes on from
                            * the one before (the next sentence of the same
                            * footnote) */
    const char *said_before; /* set by the caller, or NULL: the sentence
                              * before in the same paragraph, folded as the
                              * reader folds (tsx_fold_text), whose words a
                              * sentence going on from it ("Cụ thể: ...")
                              * still speaks under ("Cơ cấu GRDP chuyển
                              * dịch tích cực. Cụ thể: khu vực dịch vụ
                              * chiếm 31%") */
    size_t said_before_len;
} ts_extract_ctx;

/* Called for each fact found: offset is the byte offset of the sentence in
 * the original file, excerpt the sentence text (views valid during the
 * call only). */
typedef void (*ts_fact_fn)(void *user, const ts_fact *f, size_t offset,
                           const char *excerpt);
/* Called for each quantity with a unit that gave no fact: quantity is its
 * text ("64.960 con"), reason why ("no indicator named", "a rate's change
 * is in points", "after a blocking phrase", ...: the rule that dropped
 * it, so a user sees what to teach the lexicon). */
typedef void (*ts_unmatched_fn)(void *user, const char *quantity, const char *reason,
                                size_t offset, const char *excerpt);

/* Extracts the facts of one sentence (len bytes of NFC UTF-8; offset is
 * passed through to the callbacks); updates cx's carried fields.  cat supplies units and kinds; facts
 * whose indicator is not in cat are not produced.  Returns TS_OK or
 * TS_ENOMEM. */
int ts_extract_sentence(const char *text, size_t len, size_t offset,
                        ts_extract_ctx *cx, const ts_lexicon *lx,
                        const ts_catalog *cat, ts_fact_fn fn,
                        ts_unmatched_fn unmatched, void *user, ts_error *err);

/* A table found among a report's lines. */
typedef struct {
    size_t offset;    /* byte offset of the start of its header */
    size_t rows;      /* rows under the header */
    size_t columns;   /* columns of figures the header names */
    size_t figures;   /* figure cells in its rows */
    size_t read;      /* figures that became facts */
} ts_table_info;

/* Called once for each table, after its cells were read (view valid
 * during the call only). */
typedef void (*ts_table_fn)(void *user, const ts_table_info *t);

/* Called when one document gives two values for one key (indicator, area,
 * measure, period, price, plan_by) that the rules cannot settle: the
 * first one is kept, the other dropped; offsets and sentences of both. */
typedef void (*ts_collision_fn)(void *user, const ts_fact *kept, size_t kept_offset,
                                const char *kept_excerpt, const ts_fact *dropped,
                                size_t dropped_offset, const char *dropped_excerpt);

/* Where extraction sends what it finds: facts, and, when not NULL, the
 * quantities and table figures that gave no fact (for a table figure the
 * excerpt says its row, its column and why), each table found, and the
 * values of one key a document gives that its rules cannot settle. */
typedef struct {
    ts_fact_fn fact;
    ts_unmatched_fn unmatched;
    ts_table_fn table;
    ts_collision_fn collision;
    void *user;
} ts_extract_sink;

/* Reads the indicator tables among lines (NUL-terminated cleaned lines
 * with their original offsets): a header naming periods and measures
 * ("Năm 2021", "KH 2022", "Ước TH", "% KH", "So cùng kỳ (%)", on one row
 * or two), rows of a label naming an indicator, its unit and one figure
 * per column, in any layout (one cell per line, with or without blank
 * lines between cells; cells apart by tabs, pipes, CSV separators or
 * runs of spaces).  Each figure is a fact of the row's indicator and the
 * column's period and measure (docs/extract.md).  Columns that name no
 * period take the caption's ("năm 2023" above the header), else
 * cx->period (none when it is left zeroed: those columns are not read).
 * Returns TS_OK or TS_ENOMEM. */
int ts_extract_tables(const ts_span *lines, size_t n_lines,
                      const ts_extract_ctx *cx, const ts_lexicon *lx,
                      const ts_catalog *cat, ts_fact_fn fn, void *user,
                      ts_error *err);
/* The same, with the figures not read (and why) to sink->unmatched and
 * each table found to sink->table when they are not NULL. */
int ts_extract_tables_to(const ts_span *lines, size_t n_lines,
                         const ts_extract_ctx *cx, const ts_lexicon *lx,
                         const ts_catalog *cat, const ts_extract_sink *sink,
                         ts_error *err);

/* Extracts every fact of a parsed report: each sentence with its section's
 * default period (a heading's "10 tháng" makes the section cumulative),
 * targets in the directions part, then the tables.  The body completes
 * the context the title block left open unless ts_doc_infer was called.
 * A document's facts are held until it is read: a repeated figure is
 * given once; two values of one key are settled by the rules (the running
 * text over a footnote, a subject named by its own phrase over one named
 * under a condition, a total over its parts, the longer phrase) or,
 * failing them, the first is kept; an amount a headline gives with the
 * report's period and the text with a period of its own is the text's.
 * Facts come in document order.  unmatched may be NULL.  Returns TS_OK or
 * TS_ENOMEM. */
int ts_extract_doc(const ts_doc *doc, const ts_lexicon *lx,
                   const ts_catalog *cat, ts_fact_fn fn,
                   ts_unmatched_fn unmatched, void *user, ts_error *err);

/* ts_extract_doc sending to sink: sink->unmatched also receives each
 * table figure not read (its excerpt "LABEL | COLUMN: why"), sink->table
 * each table found (tables need no report period when their header names
 * the periods), sink->collision each value dropped by no rule. */
int ts_extract_doc_to(const ts_doc *doc, const ts_lexicon *lx,
                      const ts_catalog *cat, const ts_extract_sink *sink,
                      ts_error *err);

#endif
