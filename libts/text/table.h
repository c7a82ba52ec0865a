/* Private to the table reader (table_grid.c, table_head.c, table_body.c,
 * table_row.c, tables.c): the lines cut into cells, a table's columns as
 * its header says them, its rows as the layout gives them, and the
 * context the steps share.  The words a header or a label may hold are
 * tags of the lexicon data (@table.*, @period.*, @unit ...), never
 * literals here. */
#ifndef TS_TEXT_TABLE_H
#define TS_TEXT_TABLE_H

#include <stdint.h>
#include "text/reader.h"

#define TBL_MAX_COLS 32   /* value columns of one table at most */
#define TBL_CELL_MAX 240  /* bytes: a longer single-cell line is prose */
#define TBL_ROW_MAX 4000  /* bytes: a longer line is never cut into cells */
#define TBL_NONE ((uint32_t)-1)

/* ---- the grid: every line cut into cells (table_grid.c) ---- */

typedef struct {
    const char *text;  /* view into its line, trimmed, not NUL-terminated */
    uint32_t len;
    uint32_t pos, end; /* code-point columns of its start and end in the line */
    size_t offset;     /* byte offset of its start in the original file */
} tbl_cell;

/* How a line was cut. */
typedef enum {
    TBL_ITEM,  /* one cell: a cell of a table flattened one per line, or prose */
    TBL_TAB,   /* cells apart by tabs (Word and PDF readers, TSV); empty cells kept */
    TBL_PIPE,  /* "| a | b |" */
    TBL_CSV,   /* a block of lines with as many ';' or ',' fields each */
    TBL_SPACE  /* cells apart by runs of two spaces or more (pdftotext -layout) */
} tbl_cut;

enum {
    TBL_EMPTY = 1, /* no byte at all */
    TBL_WHITE = 2, /* white space only */
    TBL_LONG = 4,  /* too long for a cell: prose */
    TBL_RULE = 8   /* a rule between rows ("|---|---|") */
};

typedef struct {
    uint32_t first, n; /* its cells in the grid; none for a blank line */
    uint8_t cut;       /* tbl_cut */
    uint8_t flags;     /* TBL_EMPTY ... */
} tbl_line;

/* Texts put together (a cell joined across lines, a line with its
 * glosses taken out), freed together. */
typedef struct {
    char **v;
    size_t n, cap;
} tbl_texts;

/* A buffer of n bytes t owns, NULL when out of memory. */
char *tbl_texts_new(tbl_texts *t, size_t n);
void tbl_texts_free(tbl_texts *t);

typedef struct {
    tbl_line *line;    /* one per input line (a spaced table: one per row) */
    size_t nline, lcap;
    tbl_cell *cell;
    size_t ncell, ccap;
    tbl_texts owned;   /* texts of cells joined across lines, freed with it */
} tbl_grid;

/* Cuts every line (lines[i] NUL-terminated) into cells.  TS_ENOMEM on
 * failure (g then freed). */
int tbl_grid_build(tbl_grid *g, const ts_span *lines, size_t n);
void tbl_grid_free(tbl_grid *g);

/* A buffer of n bytes the grid owns (freed with it), for a cell's text
 * put together from several places; NULL when out of memory. */
char *tbl_grid_own(tbl_grid *g, size_t n);

/* Building a grid line by line (a table re-cut or turned): a new line
 * of cut `cut`, then its cells pushed in order; a line of another grid
 * copied whole.  TS_ENOMEM on failure. */
int tbl_grid_begin_line(tbl_grid *g, uint8_t cut);
int tbl_grid_push(tbl_grid *g, const tbl_cell *x);
int tbl_grid_copy_line(tbl_grid *to, const tbl_grid *from, size_t i);

/* Puts `rebuilt` (a grid rebuilt from g's lines, a table re-cut or
 * turned) in g's place when `changed` and rc is TS_OK, the texts g owns
 * going with it; else frees it.  Returns rc, or TS_ENOMEM. */
int tbl_grid_replace(tbl_grid *g, tbl_grid *rebuilt, int changed, int rc);

/* Moves the texts `from` owns to `to`, whose cells may point into them
 * (a grid rebuilt from another's lines).  TS_ENOMEM on failure (nothing
 * moved). */
int tbl_grid_adopt(tbl_grid *to, tbl_grid *from);

/* The next cell of l at or after byte i, cells parted by runs of two
 * spaces or more: *cell with its code-point columns; returns the byte
 * after it, 0 when there is none. */
size_t tbl_next_wide_cell(const ts_span *l, size_t i, tbl_cell *cell);

struct tbl_ctx;
/* Puts together headers set over several lines above a table laid out
 * by spaces (pdftotext -layout; table_stacked.c) into one header line, or
 * two when a group's head spans some columns.  TS_ENOMEM on failure. */
int tbl_stacked_heads(struct tbl_ctx *c, const ts_span *lines, size_t n);

/* Re-cuts the tables of c->g whose cells only single spaces part (a
 * header naming a period in each of k columns, rows of a label and k
 * figures, one a line or run on; table_spaced.c) into a header line and
 * a line per row.  TS_ENOMEM on failure. */
int tbl_spaced_recut(struct tbl_ctx *c, const ts_span *lines, size_t n);

/* Turns the tables of c->g with the years down their side and the
 * indicators across (a header of words over rows that open with a year;
 * table_transposed.c) into a column of labels and a column per year.
 * TS_ENOMEM on failure. */
int tbl_transpose(struct tbl_ctx *c);

/* A document's lines with the English glosses of bilingual tables taken
 * out (table_gloss.c): line is NULL when there were none (the lines are
 * the caller's), else the lines to read, a gloss line dropped and the
 * glosses in the others blanked with spaces. */
typedef struct {
    ts_span *line;
    size_t nline;
    tbl_texts owned;
} tbl_glossless;

int tbl_glossless_build(tbl_glossless *g, const ts_span *lines, size_t n);
void tbl_glossless_free(tbl_glossless *g);

/* Nonzero when line i has no cell (empty or white space). */
static inline int tbl_blank(const tbl_grid *g, size_t i)
{
    return g->line[i].n == 0;
}

/* ---- columns and tables (table_head.c) ---- */

/* What a column's cells are. */
typedef enum {
    COL_LEVEL,    /* TH, Năm 2021: the level */
    COL_PLAN,     /* KH: the plan */
    COL_PCT_PLAN, /* % KH, TH/KH: the share of the plan achieved */
    COL_SAME,     /* So cùng kỳ (%), 2021/2020: an index against a year before */
    COL_CHANGE,   /* Tăng, giảm (%): the change itself */
    COL_AVG,      /* Bình quân giai đoạn 2016-2020 (%): the yearly average change */
    COL_SHARE,    /* Cơ cấu (%), "%" beside amounts: a row's share of the whole */
    COL_BAD       /* not read (why says it) */
} tbl_measure;

typedef struct {
    uint8_t m;            /* tbl_measure */
    char status;          /* 'A', or 'E' under an estimate ("Ước TH") */
    int has_period;
    ts_period p;
    const char *why;      /* COL_BAD: why its cells are not read */
    uint32_t top, bottom; /* grid cells of its header rows (TBL_NONE: none) */
    uint32_t index;       /* tab, pipe and CSV rows: the cell index */
    uint32_t pos, end;    /* space rows: the code-point columns it spans */
    int has_unit;         /* its header names a unit in brackets: "(triệu đồng)" */
    ts_unit_match unit;
} tbl_col;

typedef struct {
    tbl_col col[TBL_MAX_COLS];
    size_t ncol;
    uint8_t cut;          /* tbl_cut of its header (TBL_ITEM: one cell per line) */
    int separated;        /* one cell per line, blank lines between cells */
    int has_number;       /* a row-number column ("STT") */
    int has_unit;         /* a unit column ("Đơn vị tính") */
    int32_t label_index, number_index, unit_index; /* row layouts, -1: none */
    int32_t note_index;   /* a column of notes ("Ghi chú"), -1: none */
    int named;            /* a lead column is named ("Chỉ tiêu", "STT", "ĐVT") */
    size_t head, body;    /* first line of the header, first line after it */
    size_t offset;        /* where the header starts in the original file */
    /* From the caption above the header ("Đơn vị: tỷ đồng", "giai đoạn
     * 2011-2015", a province's name): */
    int cap_has_unit, cap_has_period;
    ts_unit_match cap_unit;
    ts_period cap_period;
    char area[64];        /* "" when the caption names no place */
    const ts_indicator *cap_ind; /* the indicator the caption names, or NULL */
    uint32_t cap_title;          /* the caption's first line (what the table is
                                  * of: "Tổng sản phẩm trên địa bàn ..."),
                                  * TBL_NONE none */
    char cap_price[16];          /* the caption's price basis ("const2010"), or "" */
    uint32_t cap_whole;          /* the caption cell that names a whole by its
                                  * parts ("Cơ cấu ngành kinh tế"): the rows'
                                  * first parent; TBL_NONE none */
    uint32_t cap_struct;         /* the caption cell that names a whole by its
                                  * parts, whatever else it names: what a
                                  * column of shares is of; TBL_NONE none */
    const ts_indicator *whole_ind; /* the indicator inside that whole ("Cơ cấu
                                    * GDP"), or NULL */
    const ts_indicator *head_ind; /* the indicator the header's cells name, or NULL */
    int cap_measure;             /* COL_SAME or COL_CHANGE when the caption says
                                  * what its figures are ("Tốc độ phát triển ...
                                  * so với cùng kỳ (%)"), else COL_LEVEL */
} tbl_table;

/* ---- what the steps share ---- */

typedef struct tbl_ctx {
    const ts_extract_ctx *cx;
    ts_extract_ctx reader_cx; /* the label reader's own copy (it writes fact flags) */
    const ts_lexicon *lx;
    const ts_catalog *cat;
    const ts_extract_sink *sink;
    tbl_grid g;
    tsx_fold *f;          /* the caller's fold buffer */
    tsx_tags tags;
    reader r;             /* over the text last set with tbl_text_set */
    tsx_buf text;         /* texts put together (a label and its parents) */
} tbl_ctx;

/* Folds and tags text[0..len) and points c->r at it (a reader with no
 * state).  TS_ENOMEM on failure. */
int tbl_text_set(tbl_ctx *c, const char *text, size_t len);

/* Whether the text set in r (tbl_text_set) is a unit alone ("Triệu
 * đồng", the table's when it stands over or under the header): *um
 * receives it. */
int tbl_unit_alone(const reader *r, ts_unit_match *um);

/* Whether text[0..len) only says that what follows are parts ("Trong
 * đó:", "Chia ra", @carrier.part, marks around it).  Folds it into c->r. */
int tbl_parts_alone(tbl_ctx *c, const char *text, size_t len);

/* Finds the next table header at line `from` or after: fills t (its
 * columns, lead columns, caption) and returns 1, or 0 when there is none,
 * -1 on out of memory.  Columns whose header names no period take the
 * caption's, else the report's (cx->period) when has_default. */
int tbl_head_find(tbl_ctx *c, size_t from, tbl_table *t, int has_default);

/* Nonzero when grid cell k reads as a column header naming a period or a
 * measure (the cells a new header starts with). */
int tbl_head_cell(tbl_ctx *c, uint32_t k);

/* Nonzero when text[0..len) reads as a header cell that goes under a
 * period's ("Triệu đồng", "%", "Tỷ lệ %", "GDP", "KH"): a unit, a
 * measure or an indicator alone, no period.  -1 on out of memory. */
int tbl_head_under_period(tbl_ctx *c, const char *text, size_t len);

/* The indicator a caption's words name when read as a row's label would
 * be ("Diện tích cây mía" over a unit in ha: the sugar-cane area), with
 * the caption's unit (NULL: none) settling a crop's name; NULL for none. */
const ts_indicator *tbl_caption_indicator(tbl_ctx *c, const char *text, size_t len,
                                          const ts_unit_match *um);

/* ---- the rows under a header (table_body.c) ---- */

/* A figure cell of a row and the column it stands in. */
typedef struct {
    uint32_t cell;
    uint16_t col;
} tbl_fig;

/* A row as the layout gives it. */
typedef struct {
    uint32_t label;       /* grid cell of its label, TBL_NONE: none */
    uint32_t label2;      /* a continuation of the label on the next line */
    uint32_t unit;        /* its unit cell, TBL_NONE: none */
    uint32_t first, n;    /* its cells: body->fig[first .. first+n) */
    uint32_t cells;       /* cells it has, empty ones included */
    int numbered;         /* a row number ("1", "II", "a)") stood before it */
    int marker;           /* the depth a marker in a cell of its own gave ("-") */
    const char *why;      /* not read: why (ragged, a number for a label) */
} tbl_row;

typedef struct {
    tbl_row *row;
    size_t nrow, rcap;
    tbl_fig *fig;
    size_t nfig, fcap;
    size_t end;           /* the first line after the table */
    int english;          /* the table writes '.' as its decimal mark */
} tbl_body;

/* Reads the rows under t's header, up to where the table ends.
 * TS_ENOMEM on failure. */
int tbl_body_read(tbl_ctx *c, const tbl_table *t, tbl_body *b);
void tbl_body_free(tbl_body *b);

/* What a cell holds. */
typedef enum {
    TBL_V_TEXT,    /* words: a label, not a figure */
    TBL_V_EMPTY,   /* nothing, or a mark of no figure ("-", "..", "x") */
    TBL_V_NUMBER   /* a figure */
} tbl_value;

/* The depth a label's marker gives: "-" (and dashes) 1, "+" 2, "*" or a
 * bullet 3; 0 for none. */
int tbl_marker_level(const tbl_cell *x);

/* Nonzero when a label starts with its row's number ("1. Dân số",
 * "3.Cơ cấu kinh tế", "II. Thu ngân sách", "b) Chăn nuôi"): the number
 * the row would have in a column of its own. */
int tbl_label_numbered(const tbl_cell *x);

/* Reads cell k: a number as the table writes it (english: '.' is the
 * decimal mark), with a sign, a '%', brackets and footnote marks after it
 * allowed.  Missing-value words are the @table.missing class. */
tbl_value tbl_cell_value(tbl_ctx *c, uint32_t k, int english, double *v);
/* The same, where a figure may follow a word of change ("Tăng 7,78",
 * "Giảm 13,5"): *dir is +1 or -1 for those (the value signed), 0 for a
 * bare figure.  The cell is folded into c->r to read its word. */
tbl_value tbl_cell_change(tbl_ctx *c, uint32_t k, int english, double *v, int *dir);
/* Nonzero when the figure cell k can only be read with '.' as the decimal
 * mark (+1: "12.5", "1,234.6") or only with ',' (-1: "11,1", "5.861,4"). */
int tbl_cell_marks(const tbl_cell *cell);

/* ---- what rows mean, and the facts (table_row.c) ---- */

typedef struct {
    size_t rows, figures, read;
} tbl_count;

/* Reads the meaning of each row of b under t and emits the facts of its
 * figures; adds to *n.  TS_ENOMEM on failure. */
int tbl_rows_emit(tbl_ctx *c, const tbl_table *t, const tbl_body *b, tbl_count *n);

/* Reports why figure cell k was not read (row label, column, reason). */
void tbl_reason(tbl_ctx *c, const tbl_table *t, uint32_t label, int col, uint32_t k,
                const char *why);

#endif
