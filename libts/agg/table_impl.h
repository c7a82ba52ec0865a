/* Private to libts/agg: a trend table laid out for writing.  table.c turns
 * the rows added into this grid (which keys get a column, which go into
 * the caption, every cell's value and source note, in labels); the
 * writers (table_write.c for the text formats, table_xlsx.c for xlsx)
 * only print it. */
#ifndef TSA_TABLE_IMPL_H
#define TSA_TABLE_IMPL_H

#include <stdint.h>
#include <stdio.h>
#include "ts_agg.h"

/* The keys of a row, in this order. */
enum { TSA_K_INDICATOR, TSA_K_AREA, TSA_K_MEASURE, TSA_K_UNIT, TSA_K_PRICE, TSA_K_PLAN_BY,
       TSA_NKEYS };

typedef struct {
    const char *key[TSA_NKEYS]; /* the shown keys' texts (labels), by column */
    double *v;                  /* one value per period column, NAN when none */
    size_t *note;               /* its source's note number (1-based), 0 when none */
    double growth;              /* NAN when none */
} tsa_grid_row;

typedef struct {
    size_t n_keys;                 /* key columns */
    const char *head[TSA_NKEYS];   /* their headings */
    size_t n_cols;                 /* period columns */
    char (*col_head)[TS_PERIOD_TEXT_MAX];
    const char *growth_head;       /* NULL: no growth column */
    const char *caption;           /* the shared keys in words, or NULL */
    tsa_grid_row *rows;
    size_t n_rows;
    const char **note_source;      /* note i + 1: its source, and its date */
    int32_t *note_day;             /* INT32_MIN when unknown */
    size_t n_notes;
    const char *notes_head;        /* "Sources" in the labels' language */
    const ts_table_opts *o;
} tsa_grid;

/* Writes the grid in a text format (TSV, CSV, Markdown, LaTeX, HTML). */
int tsa_table_write_text(const tsa_grid *g, FILE *fp, ts_error *err);
/* Writes the grid as an xlsx workbook. */
int tsa_table_write_xlsx(const tsa_grid *g, FILE *fp, ts_error *err);
/* The text of a note: "source" or "source (YYYY-MM-DD)". */
void tsa_note_text(const tsa_grid *g, size_t i, char *buf, size_t n);

#endif
