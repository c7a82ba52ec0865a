/* ts-import: reads fact TSV files (plain or .gz, stdin when none or "-")
 * and Vietnamese report texts, checks and normalises every fact against
 * the indicator catalogue (canonical period text, values in the
 * indicator's canonical unit) and hands the facts to a sink: the TSV
 * record on stdout, or with --store an HDF5 store written in one atomic
 * transaction.  Reports go through ts_doc_parse and ts_extract_doc_to. */
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common/areas.h"
#include "common/cli.h"
#include "common/doclines.h"
#include "common/par.h"
#include "common/plainfile.h"
#include "common/sink.h"
#include "ts.h"
#include "ts_extract.h"
#include "ts_format.h"
#include "ts_text.h"

#define TOOL "ts-import"

static const char usage_head[] =
    "Usage: ts-import [OPTION]... [FILE]...\n"
    "Read indicator facts from FILEs and write them, checked and normalised,\n"
    "as the fact record (TSV with a header) to standard output.\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "Input is the record of docs/spec/facts.md: a header naming the columns\n"
    "indicator, area, measure, period, value, unit, status, source (in any\n"
    "order), then one fact per line.  Columns beyond these are carried\n"
    "through (those of the first file; later files are matched by name).\n"
    "gzip-compressed input is read transparently.  Every row is checked:\n"
    "  - the period is rewritten in its canonical form (2024-01/P6M -> 2024-H1);\n"
    "  - for a catalogue indicator, a value in another scale of its unit is\n"
    "    converted (1304372 mn_vnd of budget.revenue -> 1304.372 bn_vnd);\n"
    "    percentage measures (pct_plan, yoy_pct, avg_annual_pct) must be pct;\n"
    "  - indicator ids not in the catalogue pass through unchanged.\n"
    "A rejected row is reported on standard error as FILE:LINE: reason and\n"
    "left out of the output.\n"
    "\n"
    "An input that does not start with a fact header is a report: Vietnamese\n"
    "text (UTF-8, plain or .gz) whose figures are extracted with the built-in\n"
    "lexicon of indicator phrases.  Its facts carry two more columns: offset\n"
    "(byte offset of the sentence in the file) and excerpt (the sentence).\n"
    "A report with invalid UTF-8 or a truncated .gz is reported (with the byte\n"
    "offset of the first invalid byte) and skipped; the others are still read.\n"
    "The report's area, kind and reference period come from its header and\n"
    "title (\"UBND tỉnh Kon Tum\" -> kon-tum, \"TP. Kon Tum\" -> kon-tum-city,\n"
    "\"9 tháng đầu năm 2020\" -> 2020-01/P9M), else from its body (the period\n"
    "it leads with or repeats, its dateline); --area, --period and --date\n"
    "override them.  A district's name two provinces share (\"Phú Tân\"), in a\n"
    "text that names neither province, gives a guessed area, and standard\n"
    "error says so.\n"
    "Indicator tables among a report's lines are read in any layout (one cell\n"
    "per line; cells apart by tabs, pipes, CSV separators or runs of spaces),\n"
    "the statistics offices' yearbook tables too (English glosses set aside,\n"
    "districts or years down the side); each table found is told on standard\n"
    "error with how many of its figures were read (\"FILE: table N at byte\n"
    "OFFSET: R rows, C columns, K of M figures read\").\n"
    "Reports may also be PDF, Word .docx or OpenDocument .odt files, told by\n"
    "their bytes: their text is read (PDF: with page numbers and running\n"
    "headers dropped; footnotes kept after the paragraph citing them; tables\n"
    "as rows and cells), offsets are in that text, and a last column, place,\n"
    "says where a fact stands (\"page 12\", \"paragraph 118\", \"table 1 row 3\n"
    "cell 1\", \"footnote 7\"; \"-\" for a text report).  A damaged or encrypted\n"
    "file, a PDF without a text layer, an old .doc or a zip bomb is reported\n"
    "and skipped; the others are still read.\n"
    "With several files and standard error on a terminal, progress is shown.\n"
    "\n"
    "With --store FILE the facts go into the HDF5 store FILE (created when\n"
    "missing; see docs/FORMAT.md) instead of standard output.  Each input is\n"
    "recorded as a source document: its name (base name without .gz), SHA-256,\n"
    "kind (tsv or report), a report's period and date, and its text (for a\n"
    "fact file, up to 16 MiB).  Re-importing the same bytes changes nothing; a\n"
    "new version of a document replaces what the old one said; the same series\n"
    "and period from another document is kept as another vintage.  A fact\n"
    "keeps the byte offset of its sentence (column 'offset').  All inputs land\n"
    "in one atomic write: an unreadable input, a store error or, with\n"
    "--strict, any rejected row leaves the store byte-for-byte unchanged.\n"
    "\n"
    "Options:\n"
    "  -c, --catalog=FILE  add or replace indicators from a TSV file with the\n"
    "                      columns id, unit, kind[, vi, en]; may be repeated\n"
    "  -s, --strict        stop at the first rejected row and exit 2\n"
    "      --store=FILE    write the facts into the store FILE\n"
    "      --wait=SECONDS  wait at most SECONDS for another writer's lock on\n"
    "                      the store (default: wait as long as it takes)\n"
    "      --name=NAME     the document name of standard input in the store\n"
    "                      (default: stdin)\n"
    "  -l, --lexicon=FILE  add phrase/indicator entries from a TSV file (columns\n"
    "                      phrase, indicator[, flags]) to the built-in lexicon;\n"
    "                      may be repeated\n"
    "  -a, --area=SLUG     area of every report's facts (\"gia-lai\", \"pleiku-city\"):\n"
    "                      a slug of the gazetteer (ts-ls --areas lists it)\n"
    "  -g, --gazetteer=FILE  add areas from a TSV file with the columns of\n"
    "                      datasets/gazetteer/areas.tsv; may be repeated\n"
    "  -p, --period=PERIOD reference period of every report (2024-10, 2020-01/P9M,\n"
    "                      2016/2020, ...): figures without their own period\n"
    "      --date=DATE     date of every report (YYYY-MM-DD): orders vintages\n"
    "                      and gives the year to a period that names none\n"
    "  -u, --unmatched     also print, on standard error, the quantities with a\n"
    "                      unit that gave no fact, and the table figures not\n"
    "                      read, with why and their sentence or their row and\n"
    "                      column (\"unmatched<TAB>FILE<TAB>OFFSET<TAB>QUANTITY<TAB>\n"
    "                      REASON<TAB>SENTENCE\"): no indicator named, or the rule\n"
    "                      that dropped it (a rate's change in points, ...)\n"
    "\n";

static const char usage_tail[] =
    "\n"
    "Under mpirun the processes share the files; rank 0 commits (docs/scale.md).\n\n"
    "Exit status: 0 every row was imported, 1 some rows or reports were rejected\n"
    "(each reported), 2 usage error, unreadable or damaged input (other files are\n"
    "still read), or a write error.  With --store, exit 2 means nothing was\n"
    "written (also: the store is locked past --wait, is not a tskit store, or\n"
    "lies in a read-only place); exit 1 means the accepted rows were written.\n"
    "\n"
    "Examples:\n"
    "  ts-import facts.tsv > clean.tsv\n"
    "  zcat old/*.tsv.gz | ts-import --catalog my-indicators.tsv - > all.tsv\n"
    "  ts-import --unmatched report.txt > facts.tsv 2> unmatched.txt\n"
    "  ts-import --store kontum.h5 --wait 60 reports/*.txt facts/*.tsv\n";

/* ---- inputs ---- */

typedef struct {
    ts_catalog *catalog;
    ts_lexicon *lexicon; /* loaded with the first report (lexicon_get) */
    const char *lex_files[32]; /* --lexicon files, in order */
    size_t n_lex;
    int lex_failed;   /* loading failed (reported): every report fails */
    int strict;
    int unmatched; /* --unmatched */
    const char *stdin_name; /* --name */
    const char *area; /* --area, or NULL */
    int has_period;   /* --period given */
    ts_period period;
    int has_date;     /* --date given */
    int year, month, day;
} options;

/* Extra columns of a later input that the output does not have. */
static void warn_dropped_columns(const sink *s, const ts_reader *r)
{
    for (size_t i = 0; i < ts_reader_extra_count(r); i++) {
        const char *name = ts_reader_extra_name(r, i);
        size_t k = 0;
        while (k < s->n_extra && strcmp(s->extra[k], name) != 0)
            k++;
        if (k == s->n_extra)
            cli_warn(TOOL, "%s: column '%s' is not among the output's columns, dropped",
                     ts_reader_name(r), name);
    }
}

/* Streams one fact file into the sink.  Returns the exit code it earns. */
static int import_facts(const options *o, sink *s, ts_reader *r)
{
    ts_error err;
    if (s->tsv && !s->txn)
        warn_dropped_columns(s, r);
    else if (sink_columns(s, r, &err) != TS_OK) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    int result = CLI_OK;
    ts_fact f;
    ts_fact_init(&f);
    for (;;) {
        int rc = ts_reader_next(r, &f, &err);
        if (rc == TS_EOF)
            break;
        if (rc == TS_OK && ((rc = ts_fact_check(&f, &err)) != TS_OK ||
                            (rc = ts_fact_normalise(&f, o->catalog, &err)) != TS_OK))
            ts_error_at(&err, ts_reader_name(r), ts_reader_line(r), 0);
        if (rc == TS_OK) {
            if (sink_put(s, &f, &err) == TS_OK) {
                if (s->txn && doclines_note(s->lines, s->doc_name, ts_reader_name(r), 0,
                                            ts_reader_line(r)) != 0) {
                    cli_warn(TOOL, "out of memory");
                    return CLI_FATAL;
                }
                continue;
            }
            if (!s->failed)
                cli_report(TOOL, &err);
            return CLI_FATAL;
        }
        cli_report(TOOL, &err);
        /* A damaged stream or file ends the input; a bad row only itself. */
        if (rc == TS_EIO || rc == TS_EFORMAT || rc == TS_ENOMEM || o->strict)
            return CLI_FATAL;
        result = CLI_PARTIAL;
        s->skipped++;
    }
    return result;
}

/* ---- reports ---- */

typedef struct {
    const options *o;
    sink *s;
    const char *name;
    const ts_converted *conv; /* a PDF or Word report's text and places */
    const char *path; /* for messages */
    int rc;      /* exit code earned so far */
    ts_error err;
    size_t tables; /* tables found so far */
} report_run;

static void report_fact(void *user, const ts_fact *f, size_t offset, const char *excerpt)
{
    report_run *rr = user;
    if (rr->rc == CLI_FATAL)
        return;
    ts_fact g = *f;
    char off[32], place[160] = "-";
    snprintf(off, sizeof off, "%zu", offset);
    if (rr->conv)
        ts_place_format(ts_converted_place(rr->conv, offset), place, sizeof place);
    g.n_extra = 3;
    g.extra_name[0] = "offset";
    g.extra_value[0] = off;
    g.extra_name[1] = "excerpt";
    g.extra_value[1] = excerpt;
    g.extra_name[2] = "place";
    g.extra_value[2] = place;
    if (sink_put(rr->s, &g, &rr->err) != TS_OK) {
        if (!rr->s->failed)
            cli_report(TOOL, &rr->err);
        rr->rc = CLI_FATAL;
    }
    if (rr->rc != CLI_FATAL && rr->s->txn &&
        doclines_note(rr->s->lines, rr->s->doc_name, rr->path, 1, (long)offset) != 0) {
        cli_warn(TOOL, "out of memory");
        rr->rc = CLI_FATAL;
    }
}

static void report_unmatched(void *user, const char *quantity, const char *reason,
                             size_t offset, const char *excerpt)
{
    report_run *rr = user;
    fprintf(stderr, "unmatched\t%s\t%zu\t%s\t%s\t", rr->name, offset, quantity, reason);
    for (const char *p = excerpt; *p; p++)
        fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, stderr);
    fputc('\n', stderr);
}

/* Up to 70 bytes of a sentence, cut at a character, for a message. */
static void snippet(const char *s, char *out, size_t n)
{
    size_t l = 0, max = n - 4 < 70 ? n - 4 : 70;
    while (s[l] && l < max)
        l++;
    while (l > 0 && s[l] && ((unsigned char)s[l] & 0xC0) == 0x80)
        l--; /* not inside a UTF-8 sequence */
    snprintf(out, n, "%.*s%s", (int)l, s, s[l] ? "..." : "");
    for (char *p = out; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' ';
}

/* Two values of one key the rules could not settle: reported once. */
static void report_collision(void *user, const ts_fact *kept, size_t kept_offset,
                             const char *kept_excerpt, const ts_fact *dropped,
                             size_t dropped_offset, const char *dropped_excerpt)
{
    report_run *rr = user;
    char p[TS_PERIOD_TEXT_MAX], a[32], b[32], ka[96], kb[96];
    ts_period_format(kept->period, p, sizeof p);
    ts_value_format(kept->value, a, sizeof a);
    ts_value_format(dropped->value, b, sizeof b);
    snippet(kept_excerpt, ka, sizeof ka);
    snippet(dropped_excerpt, kb, sizeof kb);
    cli_warn(TOOL, "%s: two values of %s %s %s: kept %s (offset %zu: \"%s\"), not %s (offset %zu: "
                   "\"%s\")",
             rr->name, kept->indicator, kept->measure, p, a, kept_offset, ka, b, dropped_offset,
             kb);
}

/* Each table found: where, how big, how many of its figures were read,
 * so a table skipped or half read shows at once. */
static void report_table(void *user, const ts_table_info *t)
{
    report_run *rr = user;
    rr->tables++;
    fprintf(stderr, "%s: %s: table %zu at byte %zu: %zu rows, %zu columns, %zu of %zu figures read\n",
            TOOL, rr->name, rr->tables, t->offset, t->rows, t->columns, t->read, t->figures);
}

/* The document name of an input in the store: its base name without a
 * .gz suffix, so that a compressed copy is the same document. */
static void document_name(const options *o, const char *path, char *buf, size_t n)
{
    if (strcmp(path, "-") == 0 || strcmp(path, "<stdin>") == 0) {
        snprintf(buf, n, "%s", o->stdin_name ? o->stdin_name : "stdin");
        return;
    }
    const char *b = strrchr(path, '/');
    snprintf(buf, n, "%s", b ? b + 1 : path);
    size_t l = strlen(buf);
    if (l > 3 && strcmp(buf + l - 3, ".gz") == 0)
        buf[l - 3] = '\0';
}


/* A report that cannot be read is skipped: counted, and the run goes on
 * unless memory ran out. */
static int skipped(sink *s, const ts_error *err)
{
    s->skipped++;
    return err->code == TS_ENOMEM ? CLI_FATAL : CLI_PARTIAL;
}

/* The report's context: what the options state, the rest from its title
 * block or body; a report without an area is refused by the store (its
 * facts could not be told apart there) and warned about on standard
 * output, one without a period warned about.  CLI_OK to go on, else the
 * report's exit code. */
static int settle_context(const options *o, const sink *s, ts_doc *doc, const char *path)
{
    ts_error err;
    if (o->area)
        ts_doc_set_area(doc, o->area);
    if (o->has_period)
        ts_doc_set_period(doc, o->period);
    if (o->has_date)
        ts_doc_set_date(doc, o->year, o->month, o->day);
    if (ts_doc_infer(doc, o->lexicon, &err) != TS_OK) {
        ts_error_at(&err, path, 0, 0);
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    /* A report with no sentence has no facts to lose. */
    int has_text = ts_doc_sentence_count(doc) > 0;
    if (has_text && !ts_doc_meta_get(doc)->area[0]) {
        if (s->txn) {
            cli_warn(TOOL, "%s: no area found in the report: not stored; pass --area SLUG",
                     path);
            return CLI_PARTIAL;
        }
        cli_warn(TOOL, "%s: no area found in the report: its facts have none; pass --area SLUG",
                 path);
    }
    const ts_doc_meta *m = ts_doc_meta_get(doc);
    if (has_text && m->area_also[0] && m->n_area_also > 1)
        cli_warn(TOOL, "%s: the report's area %s is a guess: its name is %s's too (and %d other "
                       "areas'), and the text names none of their provinces; pass --area SLUG",
                 path, m->area, m->area_also, m->n_area_also - 1);
    else if (has_text && m->area_also[0])
        cli_warn(TOOL, "%s: the report's area %s is a guess: its name is %s's too, and the text "
                       "names neither's province; pass --area SLUG",
                 path, m->area, m->area_also);
    if (has_text && !m->has_period)
        cli_warn(TOOL, "%s: no report period found: figures without their own period are "
                       "left out; pass --period",
                 path);
    if (has_text && m->period_from_name) {
        char p[TS_PERIOD_TEXT_MAX];
        ts_period_format(m->period, p, sizeof p);
        cli_warn(TOOL, "%s: the text names no period: %s, the file name's, is taken; pass "
                       "--period to state it",
                 path, p);
    }
    return CLI_OK;
}

/* A report's bytes: a copy of `pre` (the bytes the store hashed) when
 * given, else mapped (a large file, no store) or read from r.  CLI_OK, or
 * the exit code it earns (reported). */
static int report_bytes(sink *s, ts_reader *r, const char *pre, size_t pre_len, char **text,
                        void **map, size_t *len)
{
    const char *path = ts_reader_name(r);
    ts_error err;
    *map = s->txn || pre ? NULL : map_report(path, len);
    if (pre) {
        if (!(*text = malloc(pre_len + 1))) {
            cli_warn(TOOL, "%s: out of memory", path);
            return CLI_FATAL;
        }
        memcpy(*text, pre, pre_len + 1);
        *len = pre_len;
    } else if (!*map && ts_reader_slurp(r, text, len, &err) != TS_OK) {
        /* A damaged report (truncated .gz) is skipped like an invalid one. */
        cli_report(TOOL, &err);
        return skipped(s, &err);
    }
    if (*len == 0) { /* neither a fact file nor a report: recorded nowhere */
        free(*text);
        *text = NULL;
        cli_warn(TOOL, "%s: empty input", path);
        s->skipped++;
        return CLI_PARTIAL;
    }
    return CLI_OK;
}

/* The lexicon, built in plus --lexicon files, loaded with the first report
 * (a fact file needs none); NULL after reporting a failure. */
static ts_lexicon *lexicon_get(options *o)
{
    ts_error err;
    if (o->lexicon || o->lex_failed)
        return o->lexicon;
    int ok = (o->lexicon = ts_lexicon_new(&err)) != NULL;
    for (size_t i = 0; ok && i < o->n_lex; i++)
        ok = ts_lexicon_load(o->lexicon, o->lex_files[i], &err) == TS_OK;
    if (!ok) {
        cli_report(TOOL, &err);
        ts_lexicon_free(o->lexicon);
        o->lexicon = NULL;
        o->lex_failed = 1;
    }
    return o->lexicon;
}

/* Extracts the facts of a report text into the sink: the bytes `pre`
 * (pre_len bytes, the ones the store hashed) when given, else r's. */
static int import_report(options *o, sink *s, ts_reader *r, const char *pre, size_t pre_len)
{
    if (!lexicon_get(o))
        return CLI_FATAL;
    ts_error err;
    char *text = NULL, name[1024];
    size_t len = 0;
    void *map;
    const char *path = ts_reader_name(r);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (s->txn) { /* the facts name the document as the store does */
        document_name(o, path, name, sizeof name);
        base = name;
    }
    int got = report_bytes(s, r, pre, pre_len, &text, &map, &len);
    if (got != CLI_OK)
        return got;
    ts_doc *doc;
    int prc;
    /* A published file (PDF, Word, OpenDocument) is told by its bytes and
     * read as the text it converts to. */
    ts_converted conv;
    ts_converted_init(&conv);
    ts_format fmt = ts_format_detect(map ? map : text, len);
    if (fmt != TS_FORMAT_TEXT) {
        /* The file's bytes stay for the store, which keeps them beside the
         * converted text its offsets point into. */
        prc = ts_format_convert(path, map ? map : text, len, &conv, &err);
        if (map)
            munmap(map, len);
        map = NULL;
        if (prc == TS_OK)
            prc = ts_doc_parse_converted(base, &conv, &doc, &err);
    } else if (map) {
        prc = ts_doc_parse(base, map, len, &doc, &err);
        munmap(map, len);
    } else if (s->txn) {
        prc = ts_doc_parse(base, text, len, &doc, &err);
    } else {
        /* Without a store the text is needed no more: the document takes
         * the buffer over (no copy of the report). */
        prc = ts_doc_parse_owned(base, text, len, &doc, &err);
        text = NULL;
    }
    if (prc != TS_OK) {
        free(text);
        ts_converted_reset(&conv);
        ts_error_at(&err, path, err.line, err.column);
        cli_report(TOOL, &err);
        return skipped(s, &err);
    }
    int crc = settle_context(o, s, doc, path);
    if (crc != CLI_OK) {
        free(text);
        ts_converted_reset(&conv);
        ts_doc_free(doc);
        return crc;
    }
    if (s->txn) {
        /* A converted report keeps its converted text, which the offsets
         * point into, and its original bytes. */
        int go = conv.text ? sink_document(s, name, TS_SOURCE_REPORT, conv.text, conv.len, NULL,
                                            ts_doc_meta_get(doc), text, len)
                           : sink_document(s, name, TS_SOURCE_REPORT, text, len, NULL,
                                            ts_doc_meta_get(doc), NULL, 0);
        if (go <= 0) {
            free(text);
            ts_converted_reset(&conv);
            ts_doc_free(doc);
            return go < 0 ? CLI_FATAL : CLI_OK;
        }
    }
    free(text);
    if (!s->tsv && !s->txn && sink_report_columns(s, &err) != TS_OK) {
        ts_converted_reset(&conv);
        ts_doc_free(doc);
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    report_run rr = {o, s, base, fmt != TS_FORMAT_TEXT ? &conv : NULL, path, CLI_OK, {0}, 0};
    ts_extract_sink to = {.fact = report_fact,
                          .unmatched = o->unmatched ? report_unmatched : NULL,
                          .table = report_table,
                          .collision = report_collision,
                          .user = &rr};
    if (ts_extract_doc_to(doc, o->lexicon, o->catalog, &to, &err) != TS_OK) {
        ts_error_at(&err, path, 0, 0);
        cli_report(TOOL, &err);
        rr.rc = CLI_FATAL;
    }
    ts_converted_reset(&conv);
    ts_doc_free(doc);
    return rr.rc;
}


/* A large fact file whose name and size the store does not hold, so that
 * it cannot be bytes the store has: its facts are read while another
 * thread hashes it, and the checksum follows them.  Returns the exit code
 * it earns, or -1 when path is not a fact file (the caller reads it the
 * usual way). */
static int import_large_facts(const options *o, sink *s, const char *path, const char *name,
                              uint64_t size)
{
    ts_error err;
    ts_reader *r = ts_reader_open_any(path, &err);
    if (!r) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    if (!ts_reader_is_facts(r)) {
        ts_reader_close(r);
        return -1;
    }
    ts_digest_job *job;
    if (ts_input_digest_start(path, 0, &job, &err) != TS_OK) {
        ts_reader_close(r);
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    int go = sink_document(s, name, TS_SOURCE_TSV, NULL, size, NULL, NULL, NULL, 0);
    int rc = go < 0 ? CLI_FATAL : import_facts(o, s, r);
    ts_reader_close(r);
    ts_input_digest d;
    if (ts_input_digest_finish(job, &d, &err) != TS_OK) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    if (go >= 0 && rc != CLI_FATAL) {
        if (d.size != size) {
            ts_error_set(&err, TS_EIO, "%s: changed while it was being imported", path);
            rc = CLI_FATAL;
        } else if (ts_txn_source_sha256(s->txn, s->doc, d.sha256, &err) != TS_OK) {
            rc = CLI_FATAL;
        }
        if (rc == CLI_FATAL)
            cli_report(TOOL, &err);
    }
    ts_input_digest_reset(&d);
    return rc;
}

/* One fact file into the store: read once for its checksum (and text),
 * then, unless the store already holds these bytes, once more for its
 * facts.  stdin is spooled to a temporary file for the second read. */
static int import_input_store(options *o, sink *s, const char *path)
{
    ts_error err;
    char name[1024];
    document_name(o, path, name, sizeof name);
    uint64_t size = large_plain_file(path, TS_STORE_TEXT_MAX);
    if (size && !ts_txn_has_source(s->txn, name, size)) {
        int rc = import_large_facts(o, s, path, name, size);
        if (rc >= 0)
            return rc;
    }
    ts_input_digest d;
    if (ts_input_digest_read(path, TS_STORE_TEXT_MAX, &d, &err) != TS_OK) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    /* An input read once (stdin, a pipe) is read again from its spool, a
     * report from the bytes that were hashed. */
    ts_reader *r = d.spool ? ts_reader_open_stream_any(d.spool, path, &err)
                           : ts_reader_open_any(path, &err);
    if (!r) { /* (stdin into a store must be a fact file) */
        cli_report(TOOL, &err);
        ts_input_digest_reset(&d);
        return CLI_FATAL;
    }
    int rc;
    if (!ts_reader_is_facts(r)) {
        rc = import_report(o, s, r, d.text, d.size);
    } else {
        int go = sink_document(s, name, TS_SOURCE_TSV, d.text, d.size, d.sha256, NULL, NULL, 0);
        rc = go < 0 ? CLI_FATAL : go ? import_facts(o, s, r) : CLI_OK;
    }
    ts_reader_close(r);
    ts_input_digest_reset(&d);
    return rc;
}

/* A fact stated twice by one document, dropped at commit. */
static void on_duplicate(void *ctx, const char *doc, uint64_t kept, uint64_t dropped,
                         const ts_fact *f)
{
    doclines_warn_duplicate(((const sink *)ctx)->lines, TOOL, doc, kept, dropped, f);
}

/* One input of the command line ("-" is stdin). */
static int import_input(options *o, sink *s, const char *path)
{
    if (s->txn)
        return import_input_store(o, s, path);
    ts_error err;
    ts_reader *r = ts_reader_open_any(path, &err);
    if (!r) {
        cli_report(TOOL, &err);
        return CLI_FATAL;
    }
    int rc = ts_reader_is_facts(r) ? import_facts(o, s, r) : import_report(o, s, r, NULL, 0);
    ts_reader_close(r);
    return rc;
}

/* What the command line says beyond the import options. */
typedef struct {
    const char *store;
    double wait;
    char *gazetteers[16];
    size_t n_gazetteers;
    cli_output out;
} run_opts;

static const struct option long_opts[] = {
    {"catalog", required_argument, NULL, 'c'},
    {"strict", no_argument, NULL, 's'},
    {"store", required_argument, NULL, 'S'},
    {"wait", required_argument, NULL, 'W'},
    {"name", required_argument, NULL, 'N'},
    {"lexicon", required_argument, NULL, 'l'},
    {"unmatched", no_argument, NULL, 'u'},
    {"area", required_argument, NULL, 'a'},
    {"period", required_argument, NULL, 'p'},
    {"gazetteer", required_argument, NULL, 'g'},
    {"date", required_argument, NULL, 'D'},
    CLI_OUTPUT_LONG_OPTIONS,
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}};

/* One option into o or r: -1 to go on, else the exit code (after help,
 * the version or a reported error). */
static int parse_option(int c, const char *arg, options *o, run_opts *r, char **argv)
{
    ts_error err;
    int handled = cli_output_option(TOOL, &r->out, c, arg);
    if (handled != 0)
        return handled < 0 ? CLI_FATAL : -1;
    switch (c) {
    case 'c':
        if (ts_catalog_load(o->catalog, arg, &err) != TS_OK)
            return cli_report(TOOL, &err), CLI_FATAL;
        return -1;
    case 's': o->strict = 1; return -1;
    case 'S': r->store = arg; return -1;
    case 'W': return cli_parse_double(TOOL, "--wait", arg, &r->wait) != CLI_OK ? CLI_FATAL : -1;
    case 'N': o->stdin_name = arg; return -1;
    case 'l':
        if (o->n_lex == sizeof o->lex_files / sizeof *o->lex_files)
            return cli_usage_error(TOOL, "--lexicon: at most %zu files", o->n_lex);
        o->lex_files[o->n_lex++] = arg;
        return -1;
    case 'u': o->unmatched = 1; return -1;
    case 'a':
        if (!*arg || strspn(arg, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(arg))
            return cli_usage_error(TOOL, "--area: \"%s\" is not a slug (a-z, 0-9, -)", arg);
        o->area = arg;
        return -1;
    case 'p':
        if (ts_period_parse(arg, strlen(arg), &o->period, &err) != TS_OK)
            return cli_usage_error(TOOL, "--period: %s", err.msg);
        o->has_period = 1;
        return -1;
    case 'D': {
        ts_period day;
        if (ts_period_parse(arg, strlen(arg), &day, &err) != TS_OK ||
            ts_period_kind_of(day) != TS_PERIOD_DAY)
            return cli_usage_error(TOOL, "--date: \"%s\" is not a date YYYY-MM-DD", arg);
        ts_civil_from_days(day.first, &o->year, &o->month, &o->day);
        o->has_date = 1;
        return -1;
    }
    case 'g':
        if (r->n_gazetteers == 16)
            return cli_usage_error(TOOL, "too many --gazetteer options (at most 16)");
        r->gazetteers[r->n_gazetteers++] = (char *)arg;
        return -1;
    case 'h':
        fputs(usage_head, stdout);
        fputs(cli_output_help, stdout);
        fputs(cli_decimals_help, stdout);
        fputs(cli_std_help, stdout);
        fputs(usage_tail, stdout);
        return CLI_OK;
    case 'V': printf("%s (tskit) %s\n", TOOL, TS_VERSION); return CLI_OK;
    case ':': return cli_usage_error(TOOL, "option '%s' needs an argument", argv[optind - 1]);
    default:
        if (optopt)
            return cli_usage_error(TOOL, "unknown option '-%c'", optopt);
        return cli_usage_error(TOOL, "unknown option '%s'", argv[optind - 1]);
    }
}

int main(int argc, char **argv)
{
    ts_init();
    par *pj = par_begin(TOOL, &argc, &argv); /* MPI_Init in the MPI build */
    if (!pj) return CLI_FATAL;
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
    /* Each report passes through buffers as large as itself; keep them on
     * the heap and in the process between files, so the next report
     * reuses pages already mapped (taking fresh pages from the kernel was
     * a tenth of the run). */
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    ts_error err;
    options o = {0};
    run_opts r = {NULL, -1, {NULL}, 0, {NULL, -1}};
    int rc = -1, c;
    if (!(o.catalog = ts_catalog_new(&err))) {
        cli_report(TOOL, &err);
        rc = CLI_FATAL;
    }
    opterr = 0; /* messages in the tools' own format, named by TOOL */
    while (rc < 0 &&
           (c = getopt_long(argc, argv, ":c:l:usa:p:g:h" CLI_OUTPUT_SHORT, long_opts, NULL)) != -1)
        rc = parse_option(c, optarg, &o, &r, argv);
    if (rc < 0 && o.area && cli_check_area(TOOL, o.area, r.gazetteers, r.n_gazetteers) != CLI_OK)
        rc = CLI_FATAL;
    /* Under mpirun only an import into a store is shared; rank 0 does the rest. */
    if (rc < 0 && par_idle(pj, r.store && optind < argc)) rc = CLI_OK;
    if (rc < 0 && par_agree(pj, par_rank(pj) == 0 ? cli_output_start(TOOL, &r.out) : CLI_OK) != CLI_OK)
        rc = CLI_FATAL;
    if (rc >= 0) {
        ts_lexicon_free(o.lexicon);
        ts_catalog_free(o.catalog);
        return cli_finish(TOOL, par_end(pj, rc));
    }
    rc = CLI_OK;
    sink s = {0};
    s.decimals = r.out.decimals;
    s.tool = TOOL;
    if (r.store && (!(s.lines = doclines_new()) || par_store_begin(pj, r.store, r.wait, &s.txn) != CLI_OK)) {
        if (!s.lines) cli_warn(TOOL, "out of memory");
        doclines_free(s.lines);
        ts_catalog_free(o.catalog);
        ts_lexicon_free(o.lexicon);
        return cli_finish(TOOL, par_end(pj, CLI_FATAL));
    }
    if (s.txn) ts_txn_on_duplicate(s.txn, on_duplicate, &s);
    if (optind == argc) {
        rc = import_input(&o, &s, "-");
    } else {
        /* Progress only where someone watches it: several files and a
         * terminal on standard error. */
        int n = argc - optind, progress = n > 1 && isatty(STDERR_FILENO), first, end;
        par_share_files(pj, n, argv + optind, &first, &end);
        for (int i = optind + first; i < optind + end && !s.failed; i++) {
            if (progress)
                fprintf(stderr, "\r%s: [%d/%d] %s\033[K", TOOL, i - optind + 1, n, argv[i]);
            int one = import_input(&o, &s, argv[i]);
            if (one > rc)
                rc = one;
            if (o.strict && rc != CLI_OK)
                break;
        }
        if (progress)
            fprintf(stderr, "\r\033[K");
    }
    if (sink_finish(&s, rc == CLI_FATAL, &err) != TS_OK) {
        /* A failed stdout is reported once, by cli_finish. */
        if (!s.failed || !ferror(stdout))
            cli_report(TOOL, &err);
        rc = CLI_FATAL;
    }
    if (s.txn) rc = par_store_gather(pj, &s.txn, rc, &s); /* the other ranks' files */
    if (s.txn) {
        /* All or nothing: a fatal input (or, with --strict, any rejected
         * row) leaves the store as it was. */
        if (rc == CLI_FATAL || (o.strict && rc != CLI_OK)) {
            ts_txn_abort(s.txn);
            rc = CLI_FATAL;
        } else if (ts_txn_commit(s.txn, &err) != TS_OK) {
            cli_report(TOOL, &err);
            rc = CLI_FATAL;
        } else {
            sink_summary(&s, r.store);
        }
        s.txn = NULL;
    }
    sink_free(&s);
    doclines_free(s.lines);
    ts_lexicon_free(o.lexicon);
    ts_catalog_free(o.catalog);
    return cli_finish(TOOL, par_end(pj, rc));
}
