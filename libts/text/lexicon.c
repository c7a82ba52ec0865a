/* The lexicon: Vietnamese phrases -> catalogue ids and word classes
 * (lexicon_load.c reads them), indexed by the first folded word so that a
 * sentence is tagged in one pass. */
#include "ts_extract.h"
#include "ts_gazetteer.h"
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
    ts_gazetteer *gz; /* the built-in gazetteer its area names point into */
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
    /* Area names come from the gazetteer, one list for every use. */
    lx->gz = ts_gazetteer_new(err);
    if (!lx->gz || ts_lexicon_add_areas(lx, lx->gz, err) != TS_OK) {
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
        tsx_entry_free(&lx->e[i]);
    free(lx->e);
    ts_gazetteer_free(lx->gz);
    free(lx->slot);
    free(lx->next);
    free(lx);
}

size_t ts_lexicon_count(const ts_lexicon *lx)
{
    return lx ? lx->n : 0;
}

int tsx_lexicon_add(ts_lexicon *lx, tsx_entry *e, ts_error *err)
{
    if (tsi_grow(&lx->e, &lx->cap, lx->n + 1, sizeof *lx->e, 256) != 0) {
        tsx_entry_free(e);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    lx->e[lx->n++] = *e;
    lx->dirty = 1;
    return TS_OK;
}

void tsx_lexicon_truncate(ts_lexicon *lx, size_t n)
{
    while (lx->n > n)
        tsx_entry_free(&lx->e[--lx->n]);
    lx->dirty = 1;
}

/* Nonzero when some @unit entry names unit with the flag. */
static int unit_has_flag(const ts_lexicon *lx, const char *unit, unsigned flag)
{
    for (size_t i = 0; i < lx->n; i++)
        if (lx->e[i].cls == TSX_C_UNIT && (lx->e[i].flags & flag) && lx->e[i].unit &&
            strcmp(lx->e[i].unit, unit) == 0)
            return 1;
    return 0;
}

const ts_gazetteer *tsx_lexicon_gazetteer(const ts_lexicon *lx)
{
    return lx ? lx->gz : NULL;
}

int tsx_lexicon_unit_whole(const ts_lexicon *lx, const char *unit)
{
    return unit_has_flag(lx, unit, TSX_WHOLE);
}

int tsx_lexicon_unit_counts(const ts_lexicon *lx, const char *unit)
{
    return unit_has_flag(lx, unit, TSX_COUNT);
}

/* Orders chain members: longer folded phrase first, then load order. */
/* How specific an entry's conditions are: a sentence-wide near= is the
 * strongest evidence, a topic (ctx=) the next. */
static int specificity(const tsx_entry *e)
{
    return (e->near ? 2 : 0) + (e->ctx ? 1 : 0);
}

/* Orders chain members: longer folded phrase first, then the more
 * specific conditions, then load order. */
static int longer_first(const tsx_entry *a, size_t ia, const tsx_entry *b, size_t ib)
{
    if (a->flen != b->flen)
        return a->flen > b->flen;
    if (specificity(a) != specificity(b))
        return specificity(a) > specificity(b);
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
            /* "TP.Cần Thơ", "TP. Kon Tum": a dot after a word parts it from
             * the next too. */
            if (q < n && s[q] == '.' && q + 1 < n &&
                (tsx_is_word((unsigned char)s[q + 1]) || s[q + 1] == ' '))
                q++;
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
    /* The text word up to a separator, and two shorter keys: the word
     * without the punctuation ending it ("tạ/ha." at a sentence end) and
     * its alphanumeric prefix (a phrase's first word may be followed by
     * '/', '.' etc. inside a text word: "chi/xa"). */
    size_t wl = 0, al = (size_t)-1;
    while (pos + wl < n && !tsx_is_sep((unsigned char)s[pos + wl])) {
        if (al == (size_t)-1 && !tsx_is_word((unsigned char)s[pos + wl]))
            al = wl;
        wl++;
    }
    size_t tl = wl;
    while (tl > 0 && !tsx_is_word((unsigned char)s[pos + tl - 1]))
        tl--;
    size_t keys[3] = {wl, tl, al};
    size_t found = 0;
    for (int pass = 0; pass < 3 && found == 0; pass++) {
        size_t len = keys[pass];
        if (len == (size_t)-1 || len == 0 || (pass > 0 && len == keys[pass - 1]) ||
            (pass == 2 && len == wl))
            continue;
        unsigned long hh = hash_word(s + pos, len);
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
        if (q2 < n && s[q2] == '.')
            q2++; /* "TP. Kon Tum", as match_entry allows */
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
        const tsx_entry *cand[TSX_MAX_CAND];
        size_t ends[TSX_MAX_CAND];
        size_t k = tsx_lexicon_at(lx, f->s, f->len, i, cand, ends, TSX_MAX_CAND);
        /* Grammar words are not phrases that name something. */
        size_t c = 0;
        while (c < k && !tsx_entry_names(cand[c]))
            c++;
        if (c == k) {
            i++;
            continue;
        }
        if (count < max) {
            out[count].indicator = cand[c]->indicator;
            out[count].phrase = cand[c]->phrase;
            out[count].start = f->map[i];
            out[count].end = f->map[ends[c]];
        }
        count++;
        i = ends[c];
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
