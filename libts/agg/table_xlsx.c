/* Writing a laid-out table (table_impl.h) as an xlsx workbook through
 * libxlsxwriter: the caption and headings in bold header rows, keys as
 * text, values as numbers (shown with the table's decimals), and with
 * notes each cell's source as a cell comment plus a second sheet that
 * lists the sources.  libxlsxwriter writes to a named file, so the
 * workbook is made in a temporary file and copied to the stream. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "agg/table_impl.h"

/* Copies the file at path to fp. */
static int copy_file(const char *path, FILE *fp, ts_error *err)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        return ts_error_set(err, TS_EIO, "xlsx: cannot read the workbook: %s", strerror(errno));
    char buf[65536];
    size_t n;
    int rc = TS_OK;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, fp) != n) {
            rc = ts_error_set(err, TS_EIO, "write error: %s", strerror(errno));
            break;
        }
    if (rc == TS_OK && ferror(in))
        rc = ts_error_set(err, TS_EIO, "xlsx: cannot read the workbook");
    fclose(in);
    return rc;
}

/* "0.00" for 2 decimals: Excel shows the user's own separators. */
static void number_format(int decimals, char *buf, size_t n)
{
    size_t o = (size_t)snprintf(buf, n, "#,##0");
    if (decimals > 0 && o + 1 < n)
        buf[o++] = '.';
    for (int i = 0; i < decimals && o + 1 < n; i++)
        buf[o++] = '0';
    buf[o] = '\0';
}

/* The first sheet: caption, headings, rows; *first gets the row of the
 * first data row. */
static void write_table(const tsa_grid *g, lxw_workbook *wb, lxw_worksheet *ws)
{
    lxw_format *bold = workbook_add_format(wb), *num = workbook_add_format(wb);
    char fmt[32];
    format_set_bold(bold);
    number_format(g->o->decimals, fmt, sizeof fmt);
    format_set_num_format(num, fmt);
    lxw_row_t r = 0;
    if (g->caption)
        worksheet_write_string(ws, r++, 0, g->caption, bold);
    lxw_col_t c = 0;
    for (size_t k = 0; k < g->n_keys; k++)
        worksheet_write_string(ws, r, c++, g->head[k], bold);
    for (size_t p = 0; p < g->n_cols; p++)
        worksheet_write_string(ws, r, c++, g->col_head[p], bold);
    if (g->growth_head)
        worksheet_write_string(ws, r, c, g->growth_head, bold);
    r++;
    worksheet_set_column(ws, 0, (lxw_col_t)(g->n_keys ? g->n_keys - 1 : 0), 24, NULL);
    for (size_t i = 0; i < g->n_rows; i++, r++) {
        const tsa_grid_row *x = &g->rows[i];
        c = 0;
        for (size_t k = 0; k < g->n_keys; k++)
            worksheet_write_string(ws, r, c++, x->key[k], NULL);
        for (size_t p = 0; p < g->n_cols; p++, c++) {
            if (isnan(x->v[p]))
                continue;
            worksheet_write_number(ws, r, c, x->v[p], num);
            if (x->note[p]) {
                char text[600];
                tsa_note_text(g, x->note[p] - 1, text, sizeof text);
                worksheet_write_comment(ws, r, c, text);
            }
        }
        if (g->growth_head && !isnan(x->growth))
            worksheet_write_number(ws, r, c, x->growth, num);
    }
}

/* The second sheet: the sources by note number. */
static void write_sources(const tsa_grid *g, lxw_workbook *wb)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Sources");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    worksheet_write_string(ws, 0, 0, g->notes_head, bold);
    worksheet_set_column(ws, 1, 1, 60, NULL);
    for (size_t i = 0; i < g->n_notes; i++) {
        char text[600];
        tsa_note_text(g, i, text, sizeof text);
        worksheet_write_number(ws, (lxw_row_t)(i + 1), 0, (double)(i + 1), NULL);
        worksheet_write_string(ws, (lxw_row_t)(i + 1), 1, text, NULL);
    }
}

int tsa_table_write_xlsx(const tsa_grid *g, FILE *fp, ts_error *err)
{
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/tskit-table-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0)
        return ts_error_set(err, TS_EIO, "xlsx: cannot make a temporary file: %s",
                            strerror(errno));
    close(fd);
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = wb ? workbook_add_worksheet(wb, "Table") : NULL;
    if (!ws) {
        if (wb)
            workbook_close(wb);
        unlink(path);
        return ts_error_set(err, TS_ENOMEM, "xlsx: cannot make the workbook");
    }
    write_table(g, wb, ws);
    if (g->n_notes)
        write_sources(g, wb);
    lxw_error e = workbook_close(wb);
    int rc = e == LXW_NO_ERROR ? copy_file(path, fp, err)
                               : ts_error_set(err, TS_EIO, "xlsx: %s", lxw_strerror(e));
    unlink(path);
    return rc;
}
