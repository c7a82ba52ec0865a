/* libFuzzer target for the fact TSV reader and writer, and the record's
 * number parser: any input (plain or gzip) either fails cleanly or gives
 * facts that are well-formed, that the writer prints and the reader reads
 * back to the same facts; a non-fact input is slurped byte for byte; an
 * accepted number is what strtod in the C locale makes of the text. */
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)
#define MAX_FACTS 64

/* A FILE over the bytes, through a memory file so the reader's
 * descriptor-based input sees them as it would a real file. */
static FILE *bytes_file(const uint8_t *data, size_t size)
{
    int fd = memfd_create("fuzz_tsv", 0);
    CHECK(fd >= 0);
    CHECK(write(fd, data, size) == (ssize_t)size);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    FILE *fp = fdopen(fd, "rb");
    CHECK(fp != NULL);
    return fp;
}

typedef struct {
    char *text[8 + TS_FACT_MAX_EXTRA]; /* indicator .. source, extras */
    ts_period period;
    double value;
    char status;
    size_t n_extra;
} saved_fact;

/* The writer turns tabs, CR and LF in text into spaces. */
static char *flattened(const char *s)
{
    char *c = strdup(s);
    CHECK(c != NULL);
    for (char *p = c; *p; p++)
        if (*p == '\t' || *p == '\r' || *p == '\n')
            *p = ' ';
    return c;
}

static void check_number(const uint8_t *data, size_t size)
{
    double v = 0.5;
    ts_error err;
    int rc = ts_number_parse((const char *)data, size, &v, &err);
    if (rc != TS_OK) {
        CHECK(rc == TS_EINVAL || rc == TS_ERANGE);
        CHECK(v == 0.5 && err.msg[0]);
        return;
    }
    CHECK(isfinite(v));
    char *text = strndup((const char *)data, size);
    CHECK(text != NULL);
    CHECK(strlen(text) == size); /* no NUL inside an accepted number */
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    char *end;
    double want = strtod_l(text, &end, c);
    freelocale(c);
    CHECK(*end == '\0');
    CHECK(v == want);
    char buf[64];
    ts_value_format(v, buf, sizeof buf);
    double back;
    CHECK(ts_number_parse(buf, strlen(buf), &back, NULL) == TS_OK);
    CHECK(back == v || fabs(back - v) <= 1e-14 * fabs(v));
    free(text);
}

/* Whether the reader's extra columns are still the n named. */
static int same_columns(const ts_reader *r, size_t n, char *const *names)
{
    if (ts_reader_extra_count(r) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(ts_reader_extra_name(r, i), names[i]) != 0)
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size <= 64)
        check_number(data, size);

    /* Read every fact; keep copies of the first few. */
    FILE *fp = bytes_file(data, size);
    ts_error err;
    ts_reader *r = ts_reader_open_stream(fp, "fuzz", &err);
    if (!r) {
        CHECK(err.code == TS_EFORMAT || err.code == TS_EIO || err.code == TS_ENOMEM);
        fclose(fp);
    } else {
        static saved_fact saved[MAX_FACTS];
        size_t n = 0;
        ts_fact f;
        int rc;
        char *out = NULL;
        size_t out_len = 0;
        FILE *mem = open_memstream(&out, &out_len);
        /* The names are copied: a second header in the stream (outputs
         * concatenated) replaces the reader's.  The round trip covers the
         * facts under the first header. */
        size_t n_extra = ts_reader_extra_count(r);
        char *names[TS_FACT_MAX_EXTRA];
        for (size_t i = 0; i < n_extra; i++)
            CHECK((names[i] = strdup(ts_reader_extra_name(r, i))) != NULL);
        ts_writer *w = ts_writer_new(mem, n_extra, (const char *const *)names, &err);
        int same_header = 1;
        CHECK(w != NULL);
        long last_line = 1;
        while ((rc = ts_reader_next(r, &f, &err)) != TS_EOF) {
            if (rc == TS_OK || rc == TS_EINVAL) { /* a row was taken */
                CHECK(ts_reader_line(r) > last_line);
                last_line = ts_reader_line(r);
            }
            if (rc == TS_EINVAL) {
                CHECK(err.line == last_line && err.msg[0]);
                continue;
            }
            if (rc != TS_OK) {
                CHECK(rc == TS_EFORMAT || rc == TS_EIO || rc == TS_ENOMEM);
                CHECK(ts_reader_next(r, &f, &err) == TS_EOF);
                break;
            }
            CHECK(f.indicator[0] && f.area[0] && f.measure[0] && f.unit[0] && f.source[0]);
            CHECK(f.status == 'A' || f.status == 'E');
            CHECK(isfinite(f.value) && f.period.first <= f.period.last);
            same_header = same_header && same_columns(r, n_extra, names);
            if (!same_header)
                continue;
            CHECK(f.n_extra == n_extra);
            CHECK(ts_writer_write(w, &f, &err) == TS_OK);
            if (n < MAX_FACTS) {
                saved_fact *s = &saved[n++];
                const char *t[8] = {f.indicator, f.area, f.measure, "", "", f.unit, "", f.source};
                for (int k = 0; k < 8; k++)
                    s->text[k] = flattened(t[k]);
                for (size_t k = 0; k < f.n_extra; k++)
                    s->text[8 + k] = flattened(f.extra_value[k]);
                s->n_extra = f.n_extra;
                s->period = f.period;
                s->value = f.value;
                s->status = f.status;
            }
        }
        CHECK(ts_writer_finish(w, &err) == TS_OK);
        ts_writer_free(w);
        for (size_t i = 0; i < n_extra; i++)
            free(names[i]);
        ts_reader_close(r);
        fclose(fp);
        fclose(mem);

        /* What the writer printed reads back to the same facts. */
        FILE *back = bytes_file((const uint8_t *)out, out_len);
        ts_reader *r2 = ts_reader_open_stream(back, "written", &err);
        CHECK(r2 != NULL);
        CHECK(ts_reader_extra_count(r2) == n_extra);
        for (size_t i = 0; i < n; i++) {
            CHECK(ts_reader_next(r2, &f, &err) == TS_OK);
            saved_fact *s = &saved[i];
            CHECK(strcmp(f.indicator, s->text[0]) == 0 && strcmp(f.area, s->text[1]) == 0);
            CHECK(strcmp(f.measure, s->text[2]) == 0 && strcmp(f.unit, s->text[5]) == 0);
            CHECK(strcmp(f.source, s->text[7]) == 0 && f.status == s->status);
            CHECK(ts_period_cmp(f.period, s->period) == 0);
            CHECK(f.value == s->value || fabs(f.value - s->value) <= 1e-14 * fabs(s->value));
            for (size_t k = 0; k < s->n_extra; k++)
                CHECK(strcmp(f.extra_value[k], s->text[8 + k]) == 0);
            for (int k = 0; k < 8 + (int)s->n_extra; k++)
                free(s->text[k]);
        }
        ts_reader_close(r2);
        fclose(back);
        free(out);
    }

    /* A non-fact input comes back whole from ts_reader_slurp. */
    fp = bytes_file(data, size);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fileno(fp));
    r = ts_reader_open_any(path, &err);
    if (r && !ts_reader_is_facts(r)) {
        char *all;
        size_t len;
        if (ts_reader_slurp(r, &all, &len, &err) == TS_OK) {
            int gz = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
            CHECK(gz || (len == size && memcmp(all, data, size) == 0));
            CHECK(all[len] == '\0');
            free(all);
        }
    }
    ts_reader_close(r);
    fclose(fp);
    return 0;
}
