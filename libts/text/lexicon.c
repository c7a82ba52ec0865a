/* The indicator lexicon: Vietnamese phrases -> catalogue ids, loaded from
 * TSV (built in from datasets/lexicon/, plus user files), indexed by the
 * first folded word so that a sentence is scanned in one pass. */
#include "ts_extract.h"
#include "text/text_internal.h"
#include "core/grow.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One first word of the index: its text (the first entry's) and the head
 * of the chain of entries that start with it. */
typedef struct {
    const char *word;   /* NULL: empty slot */
    size_t len;
    size_t head;        /* entry index + 1 */
} index_slot;

struct ts_lexicon {
    tsx_entry *e;
    size_t n, cap;
    /* Open-addressing table: first word -> chain of entry indices
     * (next[]), chains ordered longest phrase first. */
    index_slot *slot;
    size_t nslot;
    size_t *next;   /* next entry index + 1 in the same chain */
    int dirty;      /* index needs rebuilding */
};

static size_t first_word_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != ' ')
        i++;
    return i;
}

static unsigned long hash_word(const char *s, size_t n)
{
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i++)
        h = h * 33 + (unsigned char)s[i];
    return h;
}

static void entry_free(tsx_entry *e)
{
    free(e->phrase);
    free(e->folded);
    free(e->indicator);
    free(e->unit);
    free(e->ctx);
    free(e->rate);
    free(e->near);
    free(e->before);
}

ts_lexicon *ts_lexicon_new_empty(ts_error *err)
{
    ts_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx)
        ts_error_set(err, TS_ENOMEM, "out of memory");
    return lx;
}

ts_lexicon *ts_lexicon_new(ts_error *err)
{
    ts_lexicon *lx = ts_lexicon_new_empty(err);
    if (!lx)
        return NULL;
    if (ts_lexicon_load_text(lx, ts_builtin_lexicon_tsv, "<built-in lexicon>", err) != TS_OK) {
        ts_lexicon_free(lx);
        return NULL;
    }
    return lx;
}

void ts_lexicon_free(ts_lexicon *lx)
{
    if (!lx)
        return;
    for (size_t i = 0; i < lx->n; i++)
        entry_free(&lx->e[i]);
    free(lx->e);
    free(lx->slot);
    free(lx->next);
    free(lx);
}

size_t ts_lexicon_count(const ts_lexicon *lx)
{
    return lx ? lx->n : 0;
}

/* Folds a phrase and turns every run of separators into one space. */
static char *fold_phrase(const char *p, size_t len, size_t *flen)
{
    tsx_fold f = {0};
    if (tsx_fold_text(&f, p, len) != 0)
        return NULL;
    char *out = malloc(f.len + 1);
    if (!out) {
        tsx_fold_free(&f);
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < f.len; i++) {
        if (tsx_is_sep((unsigned char)f.s[i])) {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
        } else {
            out[o++] = f.s[i];
        }
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    *flen = o;
    tsx_fold_free(&f);
    return out;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* Parses the flags column into e; returns 0, or -1 with a message. */
static int parse_flags(tsx_entry *e, const char *s, size_t n, char *why, size_t wn)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        const char *w = s + i;
        size_t wl = j - i;
        while (wl > 0 && (w[0] == ' ')) {
            w++;
            wl--;
        }
        while (wl > 0 && w[wl - 1] == ' ')
            wl--;
        if (wl == 0) {
            /* empty flag: nothing */
        } else if (wl == 4 && memcmp(w, "post", 4) == 0) {
            e->flags |= TSX_POST;
        } else if (wl == 4 && memcmp(w, "plan", 4) == 0) {
            e->flags |= TSX_PLAN;
        } else if (wl > 5 && memcmp(w, "unit=", 5) == 0) {
            free(e->unit);
            e->unit = dup_n(w + 5, wl - 5);
            if (!e->unit)
                return -2;
        } else if (wl > 4 && memcmp(w, "ctx=", 4) == 0) {
            free(e->ctx);
            e->ctx = dup_n(w + 4, wl - 4);
            if (!e->ctx)
                return -2;
        } else if (wl > 5 && memcmp(w, "near=", 5) == 0) {
            free(e->near);
            size_t fl;
            e->near = fold_phrase(w + 5, wl - 5, &fl);
            if (!e->near)
                return -2;
            /* fold_phrase turned '|' into itself; keep it as the separator. */
        } else if (wl > 7 && memcmp(w, "before=", 7) == 0) {
            free(e->before);
            size_t fl;
            e->before = fold_phrase(w + 7, wl - 7, &fl);
            if (!e->before)
                return -2;
        } else if (wl > 5 && memcmp(w, "rate=", 5) == 0) {
            free(e->rate);
            e->rate = dup_n(w + 5, wl - 5);
            if (!e->rate)
                return -2;
        } else {
            snprintf(why, wn, "unknown flag \"%.*s\"", (int)wl, w);
            return -1;
        }
        i = j + 1;
    }
    return 0;
}

int ts_lexicon_load_text(ts_lexicon *lx, const char *text, const char *name,
                         ts_error *err)
{
    size_t n0 = lx->n;
    long line = 0;
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        line++;
        const char *l = p;
        p = eol ? eol + 1 : p + ll;
        if (ll > 0 && l[ll - 1] == '\r')
            ll--;
        if (ll == 0 || l[0] == '#')
            continue;
        if (ll >= 17 && memcmp(l, "phrase\tindicator", 16) == 0)
            continue; /* a header, repeated when files are concatenated */
        const char *t1 = memchr(l, '\t', ll);
        if (!t1 || t1 == l) {
            ts_error_set(err, TS_EINVAL, "expected phrase<TAB>indicator[<TAB>flags]");
            goto fail;
        }
        const char *ind = t1 + 1;
        size_t rest = ll - (size_t)(ind - l);
        const char *t2 = memchr(ind, '\t', rest);
        size_t il = t2 ? (size_t)(t2 - ind) : rest;
        if (il == 0) {
            ts_error_set(err, TS_EINVAL, "empty indicator");
            goto fail;
        }
        if (tsi_grow(&lx->e, &lx->cap, lx->n + 1, sizeof *lx->e, 256) != 0) {
            ts_error_set(err, TS_ENOMEM, "out of memory");
            goto fail;
        }
        tsx_entry *e = &lx->e[lx->n];
        memset(e, 0, sizeof *e);
        e->phrase = dup_n(l, (size_t)(t1 - l));
        e->comma = memchr(l, ',', (size_t)(t1 - l)) != NULL;
        e->indicator = dup_n(ind, il);
        e->folded = fold_phrase(l, (size_t)(t1 - l), &e->flen);
        if (!e->phrase || !e->indicator || !e->folded) {
            entry_free(e);
            ts_error_set(err, TS_ENOMEM, "out of memory");
            goto fail;
        }
        size_t letters = 0;
        for (size_t k = 0; k < e->flen; k++)
            letters += tsx_is_word((unsigned char)e->folded[k]) != 0;
        if (letters == 0) {
            entry_free(e);
            ts_error_set(err, TS_EINVAL, "phrase has no letters");
            goto fail;
        }
        if (t2) {
            char why[128];
            int rc = parse_flags(e, t2 + 1, ll - (size_t)(t2 + 1 - l), why, sizeof why);
            if (rc != 0) {
                entry_free(e);
                if (rc == -2)
                    ts_error_set(err, TS_ENOMEM, "out of memory");
                else
                    ts_error_set(err, TS_EINVAL, "%s", why);
                goto fail;
            }
        }
        lx->n++;
    }
    lx->dirty = 1;
    return TS_OK;
fail:
    ts_error_at(err, name, line, 0);
    while (lx->n > n0)
        entry_free(&lx->e[--lx->n]);
    return err ? err->code : TS_EINVAL;
}

int ts_lexicon_load(ts_lexicon *lx, const char *path, ts_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        ts_error_set(err, TS_EIO, "cannot open: %s", strerror(errno));
        ts_error_at(err, path, 0, 0);
        return TS_EIO;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fclose(fp);
                return ts_error_set(err, TS_ENOMEM, "out of memory");
            }
            buf = nb;
            cap *= 2;
        }
    }
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        free(buf);
        ts_error_set(err, TS_EIO, "read error");
        ts_error_at(err, path, 0, 0);
        return TS_EIO;
    }
    buf[n] = '\0';
    if (memchr(buf, '\0', n)) {
        free(buf);
        ts_error_set(err, TS_EFORMAT, "not a text file (NUL byte)");
        ts_error_at(err, path, 0, 0);
        return TS_EFORMAT;
    }
    int rc = ts_lexicon_load_text(lx, buf, path, err);
    free(buf);
    return rc;
}

/* Orders chain members: longer folded phrase first, then load order. */
static int longer_first(const tsx_entry *a, size_t ia, const tsx_entry *b, size_t ib)
{
    if (a->flen != b->flen)
        return a->flen > b->flen;
    return ia < ib;
}

/* Builds the first-word index; returns 0 or -1 on out of memory. */
static int build_index(ts_lexicon *lx)
{
    size_t nslot = 64;
    while (nslot < lx->n * 2 + 1)
        nslot *= 2;
    index_slot *slot = calloc(nslot, sizeof *slot);
    size_t *next = calloc(lx->n + 1, sizeof *next);
    if (!slot || !next) {
        free(slot);
        free(next);
        return -1;
    }
    for (size_t i = 0; i < lx->n; i++) {
        tsx_entry *e = &lx->e[i];
        size_t wl = first_word_len(e->folded, e->flen);
        e->fwl = wl;
        size_t h = hash_word(e->folded, wl) & (nslot - 1);
        /* Linear probe to the slot of this first word. */
        while (slot[h].word &&
               !(slot[h].len == wl && memcmp(slot[h].word, e->folded, wl) == 0))
            h = (h + 1) & (nslot - 1);
        slot[h].word = e->folded;
        slot[h].len = wl;
        /* Insert i into the chain keeping longest-first order. */
        size_t *link = &slot[h].head;
        while (*link && longer_first(&lx->e[*link - 1], *link - 1, e, i))
            link = &next[*link - 1];
        next[i] = *link;
        *link = i + 1;
    }
    free(lx->slot);
    free(lx->next);
    lx->slot = slot;
    lx->next = next;
    lx->nslot = nslot;
    lx->dirty = 0;
    return 0;
}

/* Matches entry e at s[pos..n), whose first word the text holds at
 * s[pos..q) already; returns the folded end or 0. */
static size_t match_entry(const tsx_entry *e, const char *s, size_t n, size_t q)
{
    size_t k = e->fwl;
    while (k < e->flen) {
        if (e->folded[k] == ' ') {
            /* Between words the text may hold any run of separators. */
            size_t q0 = q;
            while (q < n && tsx_is_sep((unsigned char)s[q])) {
                /* "người, bị thương" is not "người bị thương". */
                if (s[q] == ',' && !e->comma)
                    return 0;
                q++;
            }
            if (q == q0 && tsx_is_word((unsigned char)s[q - 1]) &&
                tsx_is_word((unsigned char)e->folded[k + 1]))
                return 0;
            k++;
            continue;
        }
        if (q >= n || s[q] != e->folded[k])
            return 0;
        q++;
        k++;
    }
    /* The phrase must end at a word boundary. */
    if (q < n && tsx_is_word((unsigned char)s[q]) && tsx_is_word((unsigned char)s[q - 1]))
        return 0;
    return q;
}

size_t tsx_lexicon_at(const ts_lexicon *lx, const char *s, size_t n, size_t pos,
                      const tsx_entry **out, size_t *ends, size_t max)
{
    if (!lx || lx->n == 0)
        return 0;
    if (lx->dirty && build_index((ts_lexicon *)lx) != 0)
        return 0;
    /* The text word up to a separator, its hash, and the same for its
     * alphanumeric prefix: the first word of a phrase may be followed by
     * '/', '.' etc. inside a text word ("chi/xa"), so that is tried too. */
    size_t wl = 0, al = (size_t)-1;
    unsigned long h = 5381, ha = 0;
    while (pos + wl < n && !tsx_is_sep((unsigned char)s[pos + wl])) {
        unsigned char c = (unsigned char)s[pos + wl];
        if (al == (size_t)-1 && !tsx_is_word(c)) {
            al = wl;
            ha = h;
        }
        h = h * 33 + c;
        wl++;
    }
    size_t found = 0;
    for (int pass = 0; pass < 2 && found == 0; pass++) {
        size_t len = wl;
        unsigned long hh = h;
        if (pass == 1) {
            if (al == (size_t)-1)
                break;
            len = al;
            hh = ha;
        }
        size_t slot = hh & (lx->nslot - 1);
        while (lx->slot[slot].word && !(lx->slot[slot].len == len &&
                                        memcmp(lx->slot[slot].word, s + pos, len) == 0))
            slot = (slot + 1) & (lx->nslot - 1);
        if (!lx->slot[slot].head)
            continue;
        /* Where the text's next word starts: a longer phrase must have its
         * second word's first letter there (a cheap test before the full
         * match). */
        size_t q2 = pos + len;
        while (q2 < n && tsx_is_sep((unsigned char)s[q2]))
            q2++;
        int next = q2 < n ? (unsigned char)s[q2] : -1;
        for (size_t c = lx->slot[slot].head; c && found < max; c = lx->next[c - 1]) {
            const tsx_entry *e = &lx->e[c - 1];
            if (e->flen > e->fwl && (unsigned char)e->folded[e->fwl + 1] != next)
                continue;
            size_t end = match_entry(e, s, n, pos + len);
            if (end) {
                out[found] = e;
                ends[found] = end;
                found++;
            }
        }
    }
    return found;
}

size_t tsx_lexicon_find_folded(const ts_lexicon *lx, const tsx_fold *f,
                               ts_lexicon_match *out, size_t max)
{
    size_t count = 0;
    size_t i = 0;
    while (i < f->len) {
        int at_word = tsx_is_word((unsigned char)f->s[i]) &&
                      (i == 0 || !tsx_is_word((unsigned char)f->s[i - 1]));
        if (!at_word) {
            i++;
            continue;
        }
        const tsx_entry *cand[8];
        size_t ends[8];
        size_t k = tsx_lexicon_at(lx, f->s, f->len, i, cand, ends, 8);
        if (k == 0) {
            i++;
            continue;
        }
        if (count < max) {
            out[count].indicator = cand[0]->indicator;
            out[count].phrase = cand[0]->phrase;
            out[count].start = f->map[i];
            out[count].end = f->map[ends[0]];
        }
        count++;
        i = ends[0];
    }
    return count;
}

size_t ts_lexicon_find(const ts_lexicon *lx, const char *text, size_t len,
                       ts_lexicon_match *out, size_t max)
{
    tsx_fold f = {0};
    if (tsx_fold_text(&f, text, len) != 0)
        return 0;
    size_t count = tsx_lexicon_find_folded(lx, &f, out, max);
    tsx_fold_free(&f);
    return count;
}
