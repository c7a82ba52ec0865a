/* Writing a laid-out table (table_impl.h) as text: TSV, CSV (with an
 * optional UTF-8 BOM), Markdown, LaTeX (booktabs) and an HTML fragment,
 * each with its own escaping, caption, source markers and notes. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "agg/table_impl.h"

/* Writes s escaped as the format needs. */
static void put_text(FILE *fp, ts_table_format f, const char *s)
{
    switch (f) {
    case TS_TABLE_TSV:
        for (; *s; s++)
            fputc(*s == '\t' || *s == '\n' ? ' ' : *s, fp);
        break;
    case TS_TABLE_CSV:
        if (!strpbrk(s, ",\"\n\r")) {
            fputs(s, fp);
            break;
        }
        fputc('"', fp);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', fp);
            fputc(*s, fp);
        }
        fputc('"', fp);
        break;
    case TS_TABLE_MD:
        /* Markdown passes HTML through: a name must not open a tag. */
        for (; *s; s++) {
            if (*s == '<')
                fputs("&lt;", fp);
            else if (*s == '>')
                fputs("&gt;", fp);
            else if (*s == '&')
                fputs("&amp;", fp);
            else {
                if (*s == '|' || *s == '\\' || *s == '`')
                    fputc('\\', fp);
                fputc(*s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s, fp);
            }
        }
        break;
    case TS_TABLE_LATEX:
        for (; *s; s++) {
            switch (*s) {
            case '\\': fputs("\\textbackslash{}", fp); break;
            case '~': fputs("\\textasciitilde{}", fp); break;
            case '^': fputs("\\textasciicircum{}", fp); break;
            case '&': case '%': case '$': case '#': case '_': case '{': case '}':
                fputc('\\', fp);
                fputc(*s, fp);
                break;
            default: fputc(*s, fp);
            }
        }
        break;
    default: /* HTML */
        for (; *s; s++) {
            switch (*s) {
            case '&': fputs("&amp;", fp); break;
            case '<': fputs("&lt;", fp); break;
            case '>': fputs("&gt;", fp); break;
            case '"': fputs("&quot;", fp); break;
            default: fputc(*s, fp);
            }
        }
    }
}

/* Opens cell number i of a row (header: th in HTML, num: a number). */
static void open_cell(FILE *fp, ts_table_format f, size_t i, int header, int num)
{
    switch (f) {
    case TS_TABLE_TSV: if (i) fputc('\t', fp); break;
    case TS_TABLE_CSV: if (i) fputc(',', fp); break;
    case TS_TABLE_MD: fputs(i ? " | " : "| ", fp); break;
    case TS_TABLE_LATEX: if (i) fputs(" & ", fp); break;
    default:
        fputs(header ? "<th" : "<td", fp);
        fputs(num ? " style=\"text-align:right\">" : ">", fp);
    }
}

static void close_cell(FILE *fp, ts_table_format f, int header)
{
    if (f == TS_TABLE_HTML)
        fputs(header ? "</th>" : "</td>", fp);
}

static void open_row(FILE *fp, ts_table_format f)
{
    if (f == TS_TABLE_HTML)
        fputs("<tr>", fp);
}

static void end_row(FILE *fp, ts_table_format f)
{
    fputs(f == TS_TABLE_MD ? " |\n" : f == TS_TABLE_LATEX ? " \\\\\n"
          : f == TS_TABLE_HTML ? "</tr>\n" : "\n", fp);
}

/* A number cell: the value and, with a note, its marker. */
static void put_value(FILE *fp, const tsa_grid *g, size_t i, double v, size_t note)
{
    ts_table_format f = g->o->format;
    char num[96], cell[128];
    ts_number_format(v, g->o->decimals, g->o->vi, num, sizeof num);
    open_cell(fp, f, i, 0, 1);
    if (!note || isnan(v)) {
        put_text(fp, f, num);
    } else if (f == TS_TABLE_TSV || f == TS_TABLE_CSV) {
        snprintf(cell, sizeof cell, "%s [%zu]", num, note);
        put_text(fp, f, cell);
    } else {
        put_text(fp, f, num);
        fprintf(fp, f == TS_TABLE_LATEX ? "\\textsuperscript{%zu}" : "<sup>%zu</sup>", note);
    }
    close_cell(fp, f, 0);
}

static void header_row(FILE *fp, const tsa_grid *g)
{
    ts_table_format f = g->o->format;
    size_t i = 0;
    open_row(fp, f);
    for (size_t k = 0; k < g->n_keys; k++, i++) {
        open_cell(fp, f, i, 1, 0);
        put_text(fp, f, g->head[k]);
        close_cell(fp, f, 1);
    }
    for (size_t c = 0; c <= g->n_cols; c++, i++) {
        const char *h = c < g->n_cols ? g->col_head[c] : g->growth_head;
        if (!h)
            break;
        open_cell(fp, f, i, 1, 1);
        put_text(fp, f, h);
        close_cell(fp, f, 1);
    }
    end_row(fp, f);
}

/* What comes between the header and the rows, and after the rows. */
static void head_rule(FILE *fp, const tsa_grid *g)
{
    size_t nums = g->n_cols + (g->growth_head != NULL);
    if (g->o->format == TS_TABLE_MD) {
        for (size_t k = 0; k < g->n_keys; k++)
            fputs(k ? "---|" : "|---|", fp);
        for (size_t c = 0; c < nums; c++)
            fputs(c || g->n_keys ? "---:|" : "|---:|", fp);
        fputc('\n', fp);
    } else if (g->o->format == TS_TABLE_LATEX) {
        fputs("\\midrule\n", fp);
    } else if (g->o->format == TS_TABLE_HTML) {
        fputs("</thead>\n<tbody>\n", fp);
    }
}

/* The caption and the opening of the table. */
static void open_table(FILE *fp, const tsa_grid *g)
{
    ts_table_format f = g->o->format;
    size_t nums = g->n_cols + (g->growth_head != NULL);
    if (f == TS_TABLE_CSV && g->o->bom)
        fputs("\xEF\xBB\xBF", fp);
    if (f == TS_TABLE_MD && g->caption) {
        fputs("Table: ", fp);
        put_text(fp, f, g->caption);
        fputs("\n\n", fp);
    } else if (f == TS_TABLE_LATEX) {
        if (g->caption || g->n_notes) {
            fputs("\\begin{table}[htbp]\n\\centering\n", fp);
            if (g->caption) {
                fputs("\\caption{", fp);
                put_text(fp, f, g->caption);
                fputs("}\n", fp);
            }
        }
        fputs("\\begin{tabular}{", fp);
        for (size_t k = 0; k < g->n_keys; k++)
            fputc('l', fp);
        for (size_t c = 0; c < nums; c++)
            fputc('r', fp);
        fputs("}\n\\toprule\n", fp);
    } else if (f == TS_TABLE_HTML) {
        fputs("<table>\n", fp);
        if (g->caption) {
            fputs("<caption>", fp);
            put_text(fp, f, g->caption);
            fputs("</caption>\n", fp);
        }
        fputs("<thead>\n", fp);
    }
}

/* The notes: one line per source, by number. */
static void put_notes(FILE *fp, const tsa_grid *g)
{
    ts_table_format f = g->o->format;
    char text[600];
    if (f == TS_TABLE_TSV || f == TS_TABLE_CSV) {
        fputc('\n', fp);
        put_text(fp, f, g->notes_head);
        fputc('\n', fp);
    } else if (f == TS_TABLE_MD) {
        fputc('\n', fp);
        put_text(fp, f, g->notes_head);
        fputs(":\n\n", fp);
    } else if (f == TS_TABLE_LATEX) {
        fputs("\\par\\smallskip\n{\\footnotesize ", fp);
        put_text(fp, f, g->notes_head);
        fputs(":", fp);
    } else {
        fprintf(fp, "<tfoot><tr><td colspan=\"%zu\">", g->n_keys + g->n_cols +
                (g->growth_head != NULL));
        put_text(fp, f, g->notes_head);
        fputs(":", fp);
    }
    for (size_t i = 0; i < g->n_notes; i++) {
        tsa_note_text(g, i, text, sizeof text);
        if (f == TS_TABLE_TSV || f == TS_TABLE_CSV) {
            fprintf(fp, "[%zu]%c", i + 1, f == TS_TABLE_TSV ? '\t' : ',');
            put_text(fp, f, text);
            fputc('\n', fp);
            continue;
        }
        fprintf(fp, f == TS_TABLE_MD ? "%zu. " : f == TS_TABLE_LATEX ? " \\textsuperscript{%zu}~"
                                                                     : "<br><sup>%zu</sup> ",
                i + 1);
        put_text(fp, f, text);
        fputs(f == TS_TABLE_MD ? "\n" : f == TS_TABLE_LATEX && i + 1 < g->n_notes ? ";" : "", fp);
    }
    if (f == TS_TABLE_LATEX)
        fputs("}\n", fp);
    else if (f == TS_TABLE_HTML)
        fputs("</td></tr></tfoot>\n", fp);
}

int tsa_table_write_text(const tsa_grid *g, FILE *fp, ts_error *err)
{
    (void)err;
    ts_table_format f = g->o->format;
    open_table(fp, g);
    header_row(fp, g);
    head_rule(fp, g);
    for (size_t r = 0; r < g->n_rows; r++) {
        const tsa_grid_row *x = &g->rows[r];
        size_t i = 0;
        open_row(fp, f);
        for (size_t k = 0; k < g->n_keys; k++, i++) {
            open_cell(fp, f, i, 0, 0);
            put_text(fp, f, x->key[k]);
            close_cell(fp, f, 0);
        }
        for (size_t c = 0; c < g->n_cols; c++, i++)
            put_value(fp, g, i, x->v[c], x->note[c]);
        if (g->growth_head)
            put_value(fp, g, i, x->growth, 0);
        end_row(fp, f);
    }
    if (f == TS_TABLE_LATEX)
        fputs("\\bottomrule\n\\end{tabular}\n", fp);
    else if (f == TS_TABLE_HTML)
        fputs("</tbody>\n", fp);
    if (g->n_notes)
        put_notes(fp, g);
    if (f == TS_TABLE_LATEX && (g->caption || g->n_notes))
        fputs("\\end{table}\n", fp);
    else if (f == TS_TABLE_HTML)
        fputs("</table>\n", fp);
    return TS_OK;
}
