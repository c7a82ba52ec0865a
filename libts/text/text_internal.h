/* Private to libts/text, the one internal header of the module: the stages
 * ts_doc_parse is assembled from, the folded view the extractor matches
 * against and the lexicon internals the clause reader shares.  Names carry
 * a tsx_ prefix so they are never mistaken for the public API.  Each
 * document stage writes a new text and a sparse map from its bytes back to
 * the bytes of the stage before, so every position can be traced back to
 * the original file without a per-byte table. */
#ifndef TS_TEXT_INTERNAL_H
#define TS_TEXT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "ts_text.h"
#include "ts_extract.h"
#include "ts_gazetteer.h"
#include "ts_units.h"

/* ---- growable byte buffer (map.c) ---- */

typedef struct {
    char *data;
    size_t len, cap;
} tsx_buf;

/* Makes room for n more bytes; TS_ENOMEM (buffer unchanged) on failure. */
int tsx_buf_reserve(tsx_buf *b, size_t n);
/* Appends n bytes; TS_ENOMEM on failure. */
int tsx_buf_add(tsx_buf *b, const char *s, size_t n);
void tsx_buf_free(tsx_buf *b);

/* ---- sparse offset map (map.c) ----
 * Anchors (dst[i], src[i]) with dst increasing: a position d maps to
 * src[i] + (d - dst[i]) for the last anchor with dst[i] <= d.  Bytes that
 * were copied unchanged need no anchor; every edit adds at most two. */
typedef struct {
    size_t *dst, *src;
    size_t n, cap;
} tsx_map;

/* Records that output position dst comes from input position src (dst
 * never smaller than the last one recorded).  TS_ENOMEM on failure. */
int tsx_map_mark(tsx_map *m, size_t dst, size_t src);
/* The input position of output position dst (dst itself when empty). */
size_t tsx_map_lookup(const tsx_map *m, size_t dst);
/* Appends to out the mapping of in's positions [a, b) placed at output
 * position at: position at+k maps like in's a+k. */
int tsx_map_copy(tsx_map *out, size_t at, const tsx_map *in, size_t a, size_t b);
void tsx_map_free(tsx_map *m);

/* ---- UTF-8 (utf8.c) ---- */

/* Length of the valid UTF-8 sequence at s[0..n) (n >= 1), or 0 when it
 * is invalid (RFC 3629: no overlong forms, surrogates or code points
 * above U+10FFFF).  Inline, with the decoder below: every stage steps
 * through the text with them. */
#if defined(__GNUC__)
#define TSX_INLINE static inline __attribute__((always_inline))
#else
#define TSX_INLINE static inline
#endif

TSX_INLINE size_t tsx_utf8_valid(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90)
            return 0; /* above U+10FFFF */
        return 4;
    }
    return 0; /* continuation byte, C0, C1 or F5..FF as a lead */
}

/* Code points in s[0..n): the bytes that are no continuation byte (the
 * columns a line's text takes, where pdftotext's layout is measured). */
static inline size_t tsx_code_points(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Decodes the well-formed sequence at s[0..n) (n >= 1); returns its length
 * and stores the code point.  Malformed input yields length 1 and
 * U+FFFD, so callers that validated first never see it. */
TSX_INLINE size_t tsx_utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    switch (tsx_utf8_valid(s, n)) {
    case 1: *cp = s[0]; return 1;
    case 2: *cp = (s[0] & 0x1F) << 6 | (s[1] & 0x3F); return 2;
    case 3: *cp = (s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F); return 3;
    case 4:
        *cp = (s[0] & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
        return 4;
    default: *cp = 0xFFFD; return 1;
    }
}
/* Encodes cp into out (4 bytes room); returns the length. */
size_t tsx_utf8_encode(int32_t cp, char *out);
/* Letter case: a capital (upper or title case), a lower-case letter. */
int tsx_cp_upper(int32_t cp);
int tsx_cp_lower(int32_t cp);
/* Whether s[0..n) opens with a capital, with a lower-case letter. */
int tsx_starts_upper(const char *s, size_t n);
int tsx_starts_lower(const char *s, size_t n);

/* ---- NFC (normalize.c) ---- */

/* Checks and NFC-normalises UTF-8 in[0..len) into out (appended) and
 * records in map where every output byte came from; in[0..from) is known
 * to be valid NFC already (a tsx_nfc_prefix).  TS_EINVAL with *bad =
 * offset of the first invalid sequence, or TS_ENOMEM. */
int tsx_nfc(const char *in, size_t len, size_t from, tsx_buf *out, tsx_map *map,
            size_t *bad);
/* The length of the longest prefix of in[0..len) that is valid UTF-8 and
 * stays as it is under NFC whatever follows (len: the whole text is NFC
 * already, no copy needed), or (size_t)-1 with *bad = offset of the first
 * invalid sequence. */
size_t tsx_nfc_prefix(const char *in, size_t len, size_t *bad);

/* ---- text typed in a TCVN3 font (legacy_font.c) ---- */

enum { TSX_FONT_NONE, TSX_FONT_TCVN3, TSX_FONT_VNI, TSX_FONT_TWICE };
/* Which old font's bytes, read as Latin-1, the valid UTF-8 in[0..len)
 * holds: TSX_FONT_TCVN3 ("Tæng s¶n phÈm"), TSX_FONT_VNI ("Toång saûn
 * phaåm"), TSX_FONT_TWICE (Unicode whose Latin-1 letters a converter
 * turned into TCVN3's letters of the same byte: "bỡnh quõn" for "bình
 * quân"; legacy_font_twice.c reads it back) or TSX_FONT_NONE (Unicode;
 * invalid UTF-8 too).  One pass, which stops once the text shows itself
 * plain Unicode. */
int tsx_legacy_font_text(const char *in, size_t len);
/* Appends in[0..len) to out with every line that holds no letter only
 * Unicode has read back from the font's bytes into Unicode letters (VNI's
 * as letters and combining marks, for NFC to compose), recording in map
 * where each output byte came from.  TS_OK or TS_ENOMEM. */
int tsx_legacy_font_decode(const char *in, size_t len, int font, tsx_buf *out, tsx_map *map);
/* One line s[a..b) of VNI text read back (legacy_font_vni.c). */
int tsx_vni_decode_line(const unsigned char *s, size_t a, size_t b, tsx_buf *out, tsx_map *map);
/* The Unicode letter TCVN3 keeps at byte cp (0xA0..0xFF), or 0. */
int32_t tsx_tcvn3_letter(int32_t cp);
/* Whether cp is a Latin-1 letter Vietnamese writes (á, â, ì, Ô, ...). */
int tsx_vietnamese_latin1(int32_t cp);

/* ---- Unicode run through the TCVN3 table again (legacy_font_twice.c) ---- */

/* Appends in[0..len) to out with those letters read back, recording in
 * map where each output byte came from.  TS_OK or TS_ENOMEM. */
int tsx_legacy_twice_repair(const char *in, size_t len, tsx_buf *out, tsx_map *map);

/* ---- cleaned lines (clean.c) ---- */

enum {
    TSX_LINE_BLANK = 1,       /* nothing but white space */
    TSX_LINE_FOOTNOTE = 2,    /* part of a footnote body */
    TSX_LINE_NOTE_START = 4,  /* first line of a footnote body */
    TSX_LINE_PAGE_START = 8,  /* first line of a PDF page */
    TSX_LINE_GLUED = 16,      /* continues the previous line of its stream
                               * (a footnote mark split it, or a body
                               * interrupted it) */
    TSX_LINE_ROW = 32         /* a table row kept on one line (tsx_is_table_row) */
};

typedef struct {
    size_t start, len;  /* in the lines arena; text is NUL-terminated */
    unsigned flags;     /* TSX_LINE_... */
    size_t chars;       /* length in code points, for layout decisions */
} tsx_line;

typedef struct {
    tsx_buf arena;      /* the cleaned lines, each followed by a NUL */
    tsx_map map;        /* arena position -> NFC position */
    tsx_line *v;
    size_t n, cap;
    int pdf;            /* PDF layout (fixed-width lines) */
    size_t width;       /* typical full line length in code points (PDF) */
} tsx_lines;

/* Layouts of a text: told from its line lengths, or known (converted
 * documents are written one paragraph a line). */
enum { TSX_LAYOUT_AUTO = -1, TSX_LAYOUT_PARAGRAPHS = 0, TSX_LAYOUT_PDF = 1 };

/* Splits NFC text into cleaned lines: footnote marks and page numbers
 * removed, footnote bodies separated and flagged.  layout is a
 * TSX_LAYOUT_....  TS_ENOMEM on failure. */
int tsx_clean(const char *text, size_t len, int layout, tsx_lines *out);
void tsx_lines_free(tsx_lines *l);

/* ---- sentences (sentences.c) ---- */

typedef struct {
    size_t start, len;  /* in the sentence arena, NUL-terminated */
    size_t nfc;         /* NFC position of its start: the sort key */
    int in_footnote;
    size_t para;        /* number of its paragraph, in the order they close */
} tsx_sent;

typedef struct {
    tsx_buf arena;
    tsx_map map;        /* arena position -> NFC position */
    tsx_sent *v;
    size_t n, cap;
    size_t paras;       /* paragraphs closed so far */
} tsx_sents;

/* Joins the lines into paragraphs (lines.c decides where a paragraph
 * ends) and splits those into sentences.  TS_ENOMEM on failure. */
int tsx_sentences(const tsx_lines *lines, tsx_sents *out);
void tsx_sents_free(tsx_sents *s);

/* The bytes of w equal to the byte in each lane of b: 0x80 in those lanes,
 * exactly (no false lanes, unlike the plain zero-byte test). */
TSX_INLINE uint64_t tsx_bytes_eq(uint64_t w, uint64_t b)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    uint64_t t = w ^ b;
    return ~(((t & low7) + low7) | t | low7);
}

/* The first j >= i where s[0..len) holds a tab, or a space followed by a
 * space or tab; len when there is none.  Such white space sets the cells
 * of a table row apart and is collapsed when lines are joined; every line
 * is searched, so eight bytes at a time (the masks only say where to
 * look closer). */
static inline size_t tsx_find_wide(const char *s, size_t len, size_t i)
{
    const uint64_t spaces = 0x2020202020202020ULL, tabs = 0x0909090909090909ULL;
    while (i + 9 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t t = tsx_bytes_eq(w, tabs), sp = tsx_bytes_eq(w, spaces);
        uint64_t ws = sp | t;
        /* A neighbouring lane on either side, whatever the byte order;
         * a space in the last lane is checked against the next byte. */
        if (t || (sp & ((ws >> 8) | (ws << 8))) || (s[i + 7] == ' ' && (s[i + 8] == ' ' ||
                                                                      s[i + 8] == '\t')))
            break;
        i += 8;
    }
    for (; i < len; i++)
        if (s[i] == '\t' || (s[i] == ' ' && i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t')))
            return i;
    return len;
}

/* Nonzero when s[0..len) holds a tab or two spaces in a row. */
static inline int tsx_wide_space(const char *s, size_t len)
{
    return tsx_find_wide(s, len, 0) < len;
}

/* Cuts a line into the cells of a table row kept on one line: fields
 * apart by a tab or by two spaces or more (lines.c).  Writes at most max
 * spans (offsets = offset + position) and returns how many fields there
 * are; fewer than three is prose or a lone cell. */
size_t tsx_row_cells(const char *text, size_t len, size_t offset, ts_span *cells, size_t max);
/* A table cell holding a figure as written: digits with '.' and ',' only
 * (at least one byte). */
int tsx_is_figure_cell(const char *s, size_t n);
/* A table row kept on one line: three cells or more (tsx_row_cells), two
 * of them figures or "-".  clean.c marks such lines TSX_LINE_ROW. */
int tsx_is_table_row(const char *s, size_t len);

/* Nonzero when line b continues line a (both of one stream, neither
 * blank) in a document of the given layout (lines.c). */
int tsx_line_continues(const tsx_lines *l, const tsx_line *a, const tsx_line *b);

/* ts_doc_parse of text whose layout is known (TSX_LAYOUT_...). */
int tsx_doc_parse_layout(const char *name, const char *bytes, size_t len, int layout,
                         ts_doc **out, ts_error *err);


/* ---- metadata (context.c) ---- */

enum { TSX_GIVEN_AREA = 1, TSX_GIVEN_PERIOD = 2, TSX_GIVEN_DATE = 4 };

/* The document's metadata to complete, and in *given what the caller
 * stated (ts_doc_set_area, _period, _date), which nothing overrides. */
ts_doc_meta *tsx_doc_meta(ts_doc *d, unsigned *given);
/* Nonzero once tsx_doc_meta handed the metadata out to be completed. */
int tsx_doc_inferred(const ts_doc *d);

/* The day m's date stands for (a date without its month or day: late in
 * the year or month); m->has_date must be set. */
int32_t tsx_meta_day(const ts_doc_meta *m);

/* Completes m from the body when the title block left it open: the report
 * period and date (context.c).  TS_ENOMEM on failure. */
int tsx_context_infer(const ts_doc *doc, const struct ts_lexicon *lx, ts_doc_meta *m,
                      ts_error *err);


/* ---- folding for matching (fold.c) ----
 * Lower case, accents stripped, đ -> d, white-space runs as one space and
 * no white space at either end: one ASCII byte per character, with a map
 * back to the bytes it came from. */

typedef struct {
    char *s;      /* folded text, ASCII-only, NUL-terminated */
    size_t len;
    size_t *map;  /* map[i] = byte offset in the original of s[i]; map[len] = original length */
    size_t cap;
} tsx_fold;

/* Folds len bytes of UTF-8 into f, reusing f's buffers (so one tsx_fold
 * serves a whole document without allocating per sentence).  Combining
 * marks vanish, characters without an ASCII base and invalid bytes fold to
 * '~'.  Returns 0, or -1 on out of memory (f's text then undefined). */
int tsx_fold_text(tsx_fold *f, const char *text, size_t len);
void tsx_fold_free(tsx_fold *f);

/* Nonzero for the bytes that make up words in folded text (letters and
 * digits; '~' stands for an unknown character inside a word).  Inline: it
 * is asked of nearly every folded byte. */
static inline int tsx_is_word(int c)
{
    return (unsigned)(c - 'a') < 26u || (unsigned)(c - '0') < 10u || c == '~';
}

/* Separators a lexicon phrase may have between its words: ' ', ',', '-',
 * '&'. */
static inline int tsx_is_sep(int c)
{
    return c == ' ' || c == ',' || c == '-' || c == '&';
}

/* ---- lexicon internals shared with the clause reader (lexicon.c) ---- */

/* Word classes: what an entry of the lexicon data is.  Indicator phrases
 * name a catalogue id; the other classes are the grammar words of
 * datasets/lexicon/grammar.tsv and units.tsv (`@verb.up` ...): the C
 * knows what a class does, the data which words are in it.  The names are
 * in lexicon_load.c's table (docs/extract.md lists them). */
typedef enum {
    TSX_C_INDICATOR,       /* a catalogue id */
    TSX_C_BLOCK,           /* "-": a part or another subject follows */
    TSX_C_PLACE,           /* @place: another area than the report's */
    TSX_C_VERB_UP,         /* tăng */
    TSX_C_VERB_DOWN,       /* giảm */
    TSX_C_VERB_EQUAL,      /* bằng: X% of the base */
    TSX_C_VERB_REACH,      /* đạt */
    TSX_C_VERB_EXCEED,     /* vượt: by X% over the base */
    TSX_C_VERB_SHARE,      /* chiếm */
    TSX_C_VERB_MORE,       /* thêm: an addition */
    TSX_C_VERB_GROWTH,     /* tăng trưởng */
    TSX_C_VERB_CORRESP,    /* tương ứng: restates the change before */
    TSX_C_VERB_IS,         /* là */
    TSX_C_VERB_FROM,       /* tăng từ: from a level to another */
    TSX_C_VERB_CONTRIB,    /* đóng góp: a part of another's growth */
    TSX_C_QUALIFIER,       /* khoảng, hơn: between a verb and its figure */
    TSX_C_BENEFICIARY,     /* cho: people served, not the thing counted */
    TSX_C_BASE_FILLER,     /* so với, của: between a figure and its base */
    TSX_C_BASE_PLAN,       /* kế hoạch, dự toán */
    TSX_C_BASE_ESTIMATE,   /* dự toán: a budget estimate, set for a year */
    TSX_C_CLAUSE_TURN,     /* nhưng: a new clause, as after a comma */
    TSX_C_CHANGE_TOTAL,    /* nâng tổng số: the running total after a count */
    TSX_C_BASE_SAME_PERIOD,/* cùng kỳ, năm trước */
    TSX_C_BASE_OTHER,      /* tháng trước, cuối năm: not a year-on-year base */
    TSX_C_ESTIMATE,        /* ước, dự kiến: status E */
    TSX_C_OPENER,          /* đặc biệt: a sentence's opening word, saying nothing */
    TSX_C_CARRIER_PART,    /* trong đó, gồm: parts of the total follow */
    TSX_C_CARRIER_RESTATE, /* cụ thể: the sentence before goes on */
    TSX_C_PLAN_CUE,        /* giao: the figure after it is a plan */
    TSX_C_AVERAGE,         /* bình quân */
    TSX_C_PER_YEAR,        /* mỗi năm: a yearly rate */
    TSX_C_TITLE_HEAD,      /* đề án, chương trình: a programme's name */
    TSX_C_PERIOD_NAMED,    /* năm học, niên vụ: a name, not a period */
    TSX_C_SEASON,          /* vụ đông xuân: a crop season, never the report's period */
    TSX_C_PERIOD_TERM,     /* nhiệm kỳ: a term of office, never the report's period */
    TSX_C_PERIOD_CONGRESS, /* đại hội: a party congress, which opens a term */
    TSX_C_ORDINAL,         /* thứ: the number after it is a rank, no figure */
    TSX_C_CAPTION,         /* ảnh minh họa: a photo's caption, naming no report */
    TSX_C_CAPTION_CREDIT,  /* ảnh (before ':'): a photo's credit */
    TSX_C_LIST_RESPECTIVE, /* cơ cấu tương ứng: figures in the order of the list before */
    TSX_C_LIST_IN_ORDER,   /* lần lượt: the figures after it are, in order, of the subjects before */
    TSX_C_PERIOD_SPAN,     /* giai đoạn: a span of years follows */
    TSX_C_PERIOD_NOW,      /* đến nay: the report's own period */
    TSX_C_PERIOD_OCCASION, /* dịp Tết: days of an occasion, not given */
    TSX_C_PERIOD_UPTO,     /* đến: up to a date or month */
    TSX_C_PERIOD_DAY,      /* ngày */
    TSX_C_PERIOD_MOMENT,   /* thời điểm */
    TSX_C_PERIOD_MONTH,    /* tháng */
    TSX_C_PERIOD_QUARTER,  /* quý */
    TSX_C_PERIOD_YEAR,     /* năm */
    TSX_C_PERIOD_WHOLE_YEAR, /* cả năm */
    TSX_C_PERIOD_START,    /* đầu (năm): "9 tháng đầu năm" */
    TSX_C_PERIOD_END,      /* cuối, hết */
    TSX_C_PERIOD_SINCE,    /* từ */
    TSX_C_PERIOD_AT,       /* vào: "vào năm 2025", a target */
    TSX_C_PERIOD_LENGTH,   /* dưới: "dưới 3 tháng" is a length */
    TSX_C_PERIOD_COMPARE,  /* so, kỳ: the period after is a comparison base */
    TSX_C_PERIOD_COMPARE_SKIP, /* words between those and the period */
    TSX_C_PERIOD_CUMULATIVE,   /* lũy kế: a year-to-date figure follows */
    TSX_C_PERIOD_YTD,          /* lũy kế từ đầu năm: January to the report's month */
    TSX_C_PERIOD_COUNT,        /* sáu tháng, nửa đầu năm: n months from January (scale=n) */
    TSX_C_PRICE_CONSTANT,      /* giá so sánh (năm 2010): constant prices */
    TSX_C_PRICE_CURRENT,       /* giá hiện hành: current prices */
    TSX_C_PRICE_BASE,          /* giá: constant prices when a year follows ("Giá 2010") */
    TSX_C_SPEECH,              /* cho biết: what is reported opens a clause after it */
    TSX_C_ATTRIBUTION,         /* theo (báo cáo): a sentence's source, opening it */
    TSX_C_PERIOD_OF,           /* của: the period after a figure is its own */
    TSX_C_AREA_AUTHORITY,      /* UBND, Cục Thống kê: the issuer's area follows */
    TSX_C_AGENCY,              /* Sở Kế hoạch và Đầu tư: an office named after plans */
    TSX_C_TARGET,              /* phấn đấu, dự báo, "Mục tiêu năm 2024:": targets */
    TSX_C_TARGET_SET,          /* đề ra: before a count of targets ("đề ra 24 chỉ tiêu") */
    TSX_C_ABOUT,               /* về: "tăng 8% về vốn" names what the figure measures */
    TSX_C_TIMES,               /* lần: "gấp 2,1 lần", a multiple */
    TSX_C_MULTIPLE,            /* gấp: a multiple of the base follows */
    TSX_C_COMPARED,            /* hơn, sau: what follows is compared with */
    TSX_C_AREA_COMMUNE,        /* xã, phường: a commune-level unit's name follows */
    TSX_C_SELF_PROVINCE,       /* toàn tỉnh: the report speaks of its province */
    TSX_C_SELF_DISTRICT,       /* toàn huyện: the report speaks of its district */
    TSX_C_SELF_CITY,           /* toàn thành phố: of its city, or municipality */
    TSX_C_AREA_AT,             /* tại, ở: after a figure, the place it is of follows */
    TSX_C_AREA_LEAD,           /* đối với, riêng: opening a sentence, its place follows */
    TSX_C_THRESHOLD,           /* trở lên: the figure before is a threshold */
    TSX_C_AREA_PRESS,          /* Báo: a newspaper named after its province */
    TSX_C_PERIOD_THROUGH,      /* hết, kết thúc: "hết quý III" runs from January */
    TSX_C_PERIOD_PAST,         /* qua, vừa qua: "chín tháng qua" are this year's */
    TSX_C_PERIOD_THIS_MONTH,   /* trong tháng (này): the report's month */
    TSX_C_SUPERLATIVE,         /* nhất: "cao nhất trong 5 năm qua" compares */
    TSX_C_PLAN_BY_CENTRAL,     /* Trung ương giao: a central plan */
    TSX_C_PLAN_BY_PROVINCE,    /* tỉnh giao, HĐND tỉnh: the province's plan */
    TSX_C_PLAN_BY_LOCAL,       /* HĐND thành phố: the report's own council's */
    TSX_C_PLAN_BY_DISTRICT,    /* HĐND huyện, thị xã giao: a district's, wherever read */
    TSX_C_PLAN_TO_DATE,        /* đến thời điểm báo cáo: the plan up to the figure's date */
    TSX_C_HEADING_DIRECTIONS,  /* a heading of the targets part */
    TSX_C_HEADING_RESULTS,     /* a heading of the results part */
    TSX_C_HEADING_SIGNATURE,   /* nơi nhận: the signature block */
    TSX_C_HEADING_PART,        /* phần thứ: "Phần thứ hai" */
    TSX_C_UNIT,            /* a unit word after a figure */
    TSX_C_UNIT_NONE,       /* a longer phrase that is no unit ("xã hội") */
    TSX_C_SCALE,           /* nghìn, triệu, tỷ */
    TSX_C_TABLE_PLAN,      /* KH, kế hoạch: a plan column */
    TSX_C_TABLE_ACTUAL,    /* TH, thực hiện: a level column */
    TSX_C_TABLE_ESTIMATE,  /* ước, sơ bộ: a level column, status E */
    TSX_C_TABLE_VERSUS,    /* so, so sánh: the column compares */
    TSX_C_TABLE_LABEL,     /* chỉ tiêu: the row-label column */
    TSX_C_TABLE_NUMBER,    /* STT: the row-number column */
    TSX_C_TABLE_UNIT,      /* đơn vị tính: the unit column or caption */
    TSX_C_TABLE_MISSING,   /* x, n/a: a cell with no figure */
    TSX_C_TABLE_NOTE,      /* ghi chú: a column of notes */
    TSX_C_TABLE_TOTAL,     /* tổng số: a row of the total the caption names */
    TSX_C_TABLE_INDEX,     /* tốc độ phát triển: a caption over indices (107,5 = +7,5%) */
    TSX_C_TABLE_SHARE,     /* cơ cấu, tỷ trọng: a column of the rows' shares of the whole */
    TSX_C_AND,             /* và, cũng như: joins two of a kind */
    TSX_C_EXAMPLE,         /* như: examples of a group follow */
    TSX_C_CHANGE_END,      /* từ, xuống, lên: an end of a change between two values */
    TSX_C_WITHIN,          /* trong: the whole or the stretch something lies in */
    TSX_C_CONTRIB_TO,      /* vào, cho (tăng trưởng): what a part adds to */
    TSX_C_EXTENT,          /* diện tích: a land area, what was sown or farmed */
    TSX_C_BY_AREA,         /* của các địa phương: a subject broken down by area */
    TSX_C_STRUCTURE,       /* cơ cấu kinh tế: a whole whose parts (names=A|B|C) a
                            * dash-joined list of shares gives in order */
    TSX_C_PERIOD_MONTH_NAME, /* Mười (after "tháng"): a month written out (scale=10) */
    TSX_C_COUNT
} tsx_class;

/* The class of a name ("verb.up"), or -1. */
int tsx_class_by_name(const char *name, size_t len);
/* The name of a class ("verb.up"; "indicator", "block", "place"). */
const char *tsx_class_name(tsx_class c);

enum {
    TSX_POST = 1 << 0,       /* only right after a number and its unit */
    TSX_PLAN = 1 << 1,       /* the phrase names a plan or target */
    TSX_MARKS = 1 << 2,      /* the text must have the phrase's marks */
    TSX_AFTER_SO = 1 << 3,   /* a base only after "so (với)" */
    TSX_COMPARISON = 1 << 4, /* the filler "so (với)" itself */
    TSX_LEAD = 1 << 5,       /* a heading word only at the heading's head; an
                              * indicator phrase only where a clause opens */
    TSX_SCALABLE = 1 << 6,   /* a unit that scale words may precede */
    TSX_WHOLE = 1 << 7,      /* a unit counting a population ("06/11 xã") */
    TSX_COUNT = 1 << 8,      /* a unit that counts things (a bare number may
                              * take it from its subject) */
    TSX_CAPS = 1 << 9,       /* every word of the match starts with a capital */
    TSX_APPROX = 1 << 10,    /* a qualifier that rounds: "hơn 700", "gần 26.000" */
    TSX_ABOUT_ONLY = 1 << 11, /* an indicator phrase taken only after @about ("về") */
    TSX_HOLDS = 1 << 12,     /* a blocking phrase that stays the subject: the
                              * ctx= phrases after it are its parts, none
                              * of an indicator ("giá trị sản xuất ...;
                              * công nghiệp - xây dựng đạt ...") */
    TSX_GROWTH = 1 << 13,    /* an indicator phrase whose bare percentage is
                              * its growth ("GRDP quý II ước đạt 9,91%") */
    TSX_OF_PLAN = 1 << 14,   /* an indicator phrase whose bare percentage is
                              * a share of its plan ("tỷ lệ giải ngân đạt
                              * 41,32%") */
    TSX_BEFORE_PLACE = 1 << 15, /* an indicator phrase only right before a
                                 * place's name: "kinh tế Bắc Giang tăng
                                 * trưởng" is the province's GRDP, "kinh tế"
                                 * alone names nothing */
    TSX_ALONE = 1 << 16,        /* a proper name only standing alone, not
                                 * inside a longer one ("Văn Lâm" is no
                                 * district in "ông Nguyễn Văn Lâm") */
    TSX_MILESTONE = 1 << 17,    /* a qualifier naming a round mark passed
                                 * ("vượt mốc 1 tỷ USD"): the figure is a
                                 * floor, however far the exact one lies */
    TSX_PROXY = 1 << 18,        /* an indicator phrase naming a near measure
                                 * ("thu nhập xã hội từ du lịch" for tourism
                                 * revenue): the indicator's own name, where
                                 * the text gives both, wins */
    TSX_FORECAST = 1 << 19,     /* a target cue that forecasts ("dự báo"): of
                                 * the stretch reported on, an estimate */
    TSX_SIZE = 1 << 20,         /* an indicator phrase naming a size at one
                                 * time ("quy mô nền kinh tế"): of a span of
                                 * years, its last year's */
    TSX_NARROWS = 1 << 21,      /* an indicator phrase naming exactly what a
                                 * broader phrase of the same indicator
                                 * counts with more ("thu ngân sách nhà nước
                                 * trên địa bàn" after "tổng thu ngân sách nhà
                                 * nước ..., trong đó"): no part of it */
    TSX_RESTATES = 1 << 22,     /* an indicator phrase only restating a subject
                                 * named and waiting for its figure ("Vụ Đông
                                 * xuân: Diện tích gieo trồng ... đạt") */
    TSX_NAME_CAP = 1 << 23      /* a place phrase whose last word, a name of
                                 * one syllable, must start with a capital
                                 * and have the name's marks: "huyện Chũ",
                                 * not "huyện chủ trì", "huyện - Chủ trì" */
};

typedef struct {
    char *phrase;     /* as written in the lexicon */
    char *folded;     /* folded, separators as single spaces */
    size_t flen;
    size_t fwl;       /* length of its first word (the index key) */
    char *lower;      /* TSX_MARKS, TSX_NAME_CAP: lower-case NFC phrase,
                       * single spaces */
    char *indicator;  /* catalogue id, "-" or "@class" as written */
    tsx_class cls;
    unsigned flags;   /* TSX_... */
    int comma;        /* the phrase itself has a ',': commas in the text may match */
    char *before;     /* before=a|b: one of these words just before the figure */
    char *not_after;  /* not_after=a|b: the phrase is none right after these words */
    char *unit;       /* unit=U: a condition (indicators) or the unit named (units) */
    double factor;    /* units: divisor=; scale words: scale= (1 when absent) */
    char *ctx;        /* ctx=A|B condition ('|'-separated prefixes), or NULL */
    char *rate;       /* rate=ID, or NULL */
    char *near;       /* near=a|b: the sentence must hold one of these words
                       * (folded here; whole words, marks checked) */
    char *not_near;   /* not_near=a|b: ... and none of these */
    char *near_marked, *not_near_marked; /* the same lists in lower case
                                          * with their marks */
    char *names;      /* units: names=ID, a figure in this unit is ID's;
                       * @structure: names=A|B|C, its parts in order */
    char *price;      /* indicators: price=current|constYYYY, the basis the
                       * phrase itself implies ("quy mô nền kinh tế") */
    const ts_area *area; /* @place from the gazetteer: the area named */
} tsx_entry;

/* Nonzero for entries that name something (an indicator, a blocking
 * phrase, a place) rather than a grammar word. */
static inline int tsx_entry_names(const tsx_entry *e)
{
    return e->cls <= TSX_C_PLACE;
}

/* Whether the original text of a match, bytes [o, end) of orig (NFC),
 * is written as e asks: with e's marks (TSX_MARKS) and each word
 * capitalised (TSX_CAPS: "Hòa Bình" the province, not "hòa bình" peace).
 * Always for entries without those flags. */
int tsx_entry_text_ok(const tsx_entry *e, const char *orig, size_t olen, size_t o, size_t end);

/* Whether orig[o...] (NFC) is written as lower[0, pl) (a lower-case NFC
 * phrase), marks and tones and all, a word's tone on either vowel it may
 * stand on. */
int tsx_marks_match(const char *orig, size_t olen, size_t o, const char *lower, size_t pl);
/* Where orig[o, end) ends with lower written so (matched from the end:
 * the word before may be glued on, "TP.HCM"), or (size_t)-1. */
size_t tsx_marks_end(const char *orig, size_t o, size_t end, const char *lower);
/* The phrase in lower case and NFC with single spaces, for comparing
 * marks ("Đạt" -> "đạt"); NULL on out of memory (malloc'd). */
char *tsx_lower_phrase(const char *p, size_t len);

/* Frees what an entry owns (lexicon_load.c). */
void tsx_entry_free(tsx_entry *e);
/* Parses one data line (phrase<TAB>target[<TAB>flags]) into e.  Returns
 * TS_OK, TS_EINVAL with the reason in err, or TS_ENOMEM. */
int tsx_entry_parse(tsx_entry *e, const char *line, size_t len, ts_error *err);

struct ts_lexicon;

/* Adds e (taking over what it owns, also on failure) to lx.  TS_ENOMEM
 * on failure. */
int tsx_lexicon_add(struct ts_lexicon *lx, tsx_entry *e, ts_error *err);
/* Drops the entries from the n-th on (a failed load takes back its own). */
void tsx_lexicon_truncate(struct ts_lexicon *lx, size_t n);

/* Candidates the matcher returns at one position at most: every entry
 * whose phrase starts there, all classes together. */
#define TSX_MAX_CAND 24

/* Entries matching folded text s (length n) at word start pos, longest
 * first; stores up to max entry pointers and the end of each match
 * (folded index).  Returns the number stored. */
size_t tsx_lexicon_at(const struct ts_lexicon *lx, const char *s, size_t n,
                      size_t pos, const tsx_entry **out, size_t *ends, size_t max);

/* ts_lexicon_find on text already folded into f (positions in the
 * original text through f's map). */
size_t tsx_lexicon_find_folded(const struct ts_lexicon *lx, const tsx_fold *f,
                               ts_lexicon_match *out, size_t max);

/* ---- tags: the lexicon's matches on a folded sentence (tag.c) ---- */

typedef struct {
    const tsx_entry *e;
    uint32_t end;        /* folded end of the match */
    uint32_t cls;        /* e->cls, kept here so that looking a class up
                          * does not touch the entry */
} tsx_tag;

/* Every entry of every class that matches at each word start of a folded
 * text, its marks checked against the original: what the reader asks
 * about the words around a figure.  Reused from sentence to sentence. */
typedef struct {
    tsx_tag *tag;        /* tags, grouped by start, longest first */
    size_t ntag, tcap;
    uint32_t *first;     /* per folded position: index of its first tag */
    uint16_t *count;     /* per folded position: how many start there */
    size_t n, pcap;      /* positions covered (the folded length + 1) */
    /* The classes tagged anywhere in the text: most lookups ask for a
     * class the sentence does not have, and this answers them at once. */
    uint64_t present[(TSX_C_COUNT + 63) / 64];
} tsx_tags;

static inline int tsx_tags_have(const tsx_tags *t, tsx_class c)
{
    return (t->present[c / 64] >> (c % 64)) & 1;
}

/* Tags folded text f (of orig, olen bytes, f's map into it).  Returns 0,
 * or -1 on out of memory (t then empty). */
int tsx_tags_build(tsx_tags *t, const struct ts_lexicon *lx, const tsx_fold *f,
                   const char *orig, size_t olen);
void tsx_tags_free(tsx_tags *t);

/* The tags starting at folded position i (a view into t). */
static inline const tsx_tag *tsx_tags_at(const tsx_tags *t, size_t i, size_t *count)
{
    if (i >= t->n || !t->count[i]) {
        *count = 0;
        return NULL;
    }
    *count = t->count[i];
    return t->tag + t->first[i];
}

/* The entry of the longest tag of class c starting at i (its end in
 * *end), or NULL.  Inline: the clause reader asks this at every word. */
static inline const tsx_entry *tsx_tag_find(const tsx_tags *t, size_t i, tsx_class c,
                                            size_t *end)
{
    if (!tsx_tags_have(t, c))
        return NULL;
    size_t k;
    const tsx_tag *g = tsx_tags_at(t, i, &k);
    for (size_t m = 0; m < k; m++)
        if (g[m].cls == (uint32_t)c) {
            if (end)
                *end = g[m].end;
            return g[m].e;
        }
    return NULL;
}

/* The end of the longest tag of class c starting at i, or 0. */
static inline size_t tsx_tag_end(const tsx_tags *t, size_t i, tsx_class c)
{
    size_t end = 0;
    return tsx_tag_find(t, i, c, &end) ? end : 0;
}
/* The start of the longest tag of class c ending exactly at e, or
 * (size_t)-1. */
size_t tsx_tag_start_ending(const tsx_tags *t, size_t e, tsx_class c);

/* ---- a report's sections (sections.c) ---- */

typedef struct {
    size_t offset;      /* where the section starts in the original file */
    int directions;     /* targets/directions part */
    ts_period period;   /* default period of its figures */
    ts_period target;   /* period of its targets */
} tsx_section;

/* The period of targets when a directions heading names no year: the
 * next year, or the next plan term of the same length. */
ts_period tsx_next_period(ts_period report);
/* Scans the document's lines for top-level headings and builds its
 * sections, the first one the whole report's (fp: a folding buffer).
 * Returns the count, or (size_t)-1 on out of memory (*out then NULL). */
size_t tsx_find_sections(const ts_doc *doc, ts_period report, tsx_fold *fp, tsx_section **out);

/* ---- one document's facts, held and settled (collide.c) ---- */

/* What a fact's evidence is (ts_extract_ctx.fact_flags). */
enum {
    TSX_FACT_FOOTNOTE = 1,       /* from a footnote body */
    TSX_FACT_WEAK = 2,           /* its subject named only under a near= condition,
                                  * or by a proxy */
    TSX_FACT_PART = 4,           /* after "trong đó", "gồm": a part of a total */
    TSX_FACT_DEFAULT_PERIOD = 8, /* its period is the section's, not its own */
    TSX_FACT_APPROX = 16,        /* written rounded ("hơn 700", "gần 26.000") */
    TSX_FACT_MILESTONE = 32,     /* a mark passed ("vượt mốc 10 nghìn tỷ đồng") */
    TSX_FACT_RAISED_TO = 64,     /* a stock's total after "lên", "xuống (còn)" */
    TSX_FACT_NARROW = 128        /* its subject named by a `narrows` phrase ("thu
                                  * ngân sách trên địa bàn") */
};

typedef struct tsx_held tsx_held;
typedef struct {
    ts_collision_fn collision;
    void *user;
} tsx_held_hooks;

tsx_held *tsx_held_new(void);
void tsx_held_free(tsx_held *h);
/* Holds a copy of f with its price and area, and its excerpt copied when
 * lent (a table row's description built per figure) or kept (a sentence
 * of the document); f's other strings must outlive the set.  TS_ENOMEM on
 * failure. */
int tsx_held_add(tsx_held *h, const ts_fact *f, size_t offset, const char *excerpt,
                 int lent, unsigned flags, size_t phrase_len);
/* Settles the held facts and gives the kept ones to fn in the order they
 * were added.  TS_ENOMEM on failure (nothing given). */
int tsx_held_settle(tsx_held *h, ts_fact_fn fn, void *user, const tsx_held_hooks *hooks);
/* The unit phrase at folded position i of s[0..n) tagged in t (white
 * space first is skipped): "%", a @unit word with any @scale words before
 * it ("nghìn tỷ đồng"), never a @unit.none phrase.  Fills *um and returns
 * the end of the phrase, or 0 when there is none (um untouched). */
size_t tsx_unit_read(const tsx_tags *t, const char *s, size_t n, size_t i, ts_unit_match *um);

/* ---- extraction with reused buffers (clause.c, tables.c) ---- */

/* ts_extract_sentence for text that is NUL-terminated at len (a ts_span),
 * folding into f and tagging into tags, which the caller reuses from
 * sentence to sentence; with folded nonzero f holds the fold of text
 * already. */
int tsx_extract_sentence(const char *text, size_t len, size_t offset, ts_extract_ctx *cx,
                         const struct ts_lexicon *lx, const ts_catalog *cat, ts_fact_fn fn,
                         ts_unmatched_fn unmatched, void *user, tsx_fold *f, int folded,
                         tsx_tags *tags, ts_error *err);

/* Nonzero when the sentence (text, folded into f) goes on from the one
 * before by its first words (@carrier.restate: "Cụ thể: ...", "Trong đó:
 * ..."): it then takes over that sentence's subject and period. */
int tsx_sentence_goes_on(const struct ts_lexicon *lx, const char *text, size_t len,
                         const tsx_fold *f);

/* Nonzero when the sentence folded into f opens with its period,
 * after an estimate's, a running total's or an average's word at most
 * ("Ước 6 tháng đầu năm ...", "Năm 2018, ...", "Bình quân giai đoạn
 * 2016 - 2019 đạt ..."): it may take its subject from the
 * sentence before (elided_subject), which must then be read even when it
 * states no figure ("Thu ngân sách có nhiều cố gắng."). */
int tsx_sentence_opens_with_period(const struct ts_lexicon *lx, const tsx_fold *f);

/* The gazetteer whose areas the lexicon's places name (the built-in one of
 * ts_lexicon_new), or NULL. */
const ts_gazetteer *tsx_lexicon_gazetteer(const struct ts_lexicon *lx);

/* Nonzero when a @unit entry names the canonical unit with the `whole`
 * flag (it counts a population: "06/11 xã"). */
int tsx_lexicon_unit_whole(const struct ts_lexicon *lx, const char *unit);
/* Nonzero when a @unit entry names the canonical unit with the `count`
 * flag (it counts things: enterprises, projects, communes ...). */
int tsx_lexicon_unit_counts(const struct ts_lexicon *lx, const char *unit);

/* ts_extract_tables_to folding into the caller's f; columns that name
 * no period take cx->period only when has_default. */
int tsx_extract_tables(const ts_span *lines, size_t n_lines, const ts_extract_ctx *cx,
                       int has_default, const struct ts_lexicon *lx, const ts_catalog *cat,
                       const ts_extract_sink *sink, tsx_fold *f, ts_error *err);

#endif
