/* The lexicon: Vietnamese phrases -> catalogue ids and word classes
 * (lexicon_load.c reads them), indexed by the first folded word so that a
 * sentence is tagged in one pass. */
#include "ts_extract.h"
#include "ts_gazetteer.h"
#include "text/text_internal.h"
#include "core/grow.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One key of the index: a first word and the first letter of the second
 * word (0 for one-word phrases), and the head of the chain of entries
 * that start so.  Keying on the second letter too keeps chains short
 * where many names share a first word ("huyện", "thành phố", "tỉnh"). */
typedef struct {
    const char *word;   /* NULL: empty slot */
    size_t len;
    unsigned char second;
    size_t head;        /* entry index + 1 */
} index_slot;

/* letter2 of a one-word phrase (folded text holds no such byte). */
#define ONE_WORD 0xFF

typedef struct {
    uint32_t off;       /* the folded phrase at arena + off */
    uint16_t flen, fwl;
    uint8_t comma;
} match_key;

struct ts_lexicon {
    tsx_entry *e;
    size_t n, cap;
    /* Open-addressing table: (first word, second word's letter) -> chain
     * of entry indices (next[]), chains ordered longest phrase first. */
    index_slot *slot;
    size_t nslot;
    size_t *next;   /* next entry index + 1 in the same chain */
    /* Per entry, what walking a chain asks without touching the entry:
     * its place in the longest-first order (to merge two chains) and
     * the second letter of its second word (0: none to test). */
    uint32_t *rank;
    unsigned char *letter2; /* ONE_WORD for a one-word phrase */
    /* What matching reads of each entry, packed: its folded phrase copied
     * into one arena in sorted order (phrases sharing a first word lie
     * together), so matching a sentence stays in a few cache lines. */
    match_key *key;
    char *arena;
    /* A bit per key hash (low 16 bits): most words of a text start no
     * phrase, and this answers so from 8 KB instead of the table. */
    uint64_t key_bits[1024];
    int dirty;      /* index needs rebuilding */
    ts_gazetteer *gz; /* the built-in gazetteer its area names point into */
    /* The units the @unit entries name, with the flags any of them gives
     * (count, whole): asked of every figure, so kept apart from the
     * thousands of entries. */
    struct unit_flags {
        const char *unit; /* an entry's own string */
        unsigned flags;
    } *units;
    size_t nunits, ucap;
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

static size_t key_hash(unsigned long word_hash, unsigned char second, size_t nslot)
{
    return (word_hash ^ (second * 0x9E3779B97F4A7C15UL)) & (nslot - 1);
}

/* The letter an entry's second word starts with, 0 for one word (what
 * the text's next word must start with for the entry to match). */
static unsigned char second_letter(const tsx_entry *e)
{
    return e->flen > e->fwl ? (unsigned char)e->folded[e->fwl + 1] : 0;
}

/* The slot of key (w[0..len), second): its own, or the empty one where it
 * would go. */
static size_t find_slot(const index_slot *slot, size_t nslot, unsigned long wh, const char *w,
                        size_t len, unsigned char second)
{
    size_t h = key_hash(wh, second, nslot);
    while (slot[h].word && !(slot[h].len == len && slot[h].second == second &&
                             memcmp(slot[h].word, w, len) == 0))
        h = (h + 1) & (nslot - 1);
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
    free(lx->rank);
    free(lx->letter2);
    free(lx->key);
    free(lx->arena);
    free(lx->units);
    free(lx);
}

size_t ts_lexicon_count(const ts_lexicon *lx)
{
    return lx ? lx->n : 0;
}

/* Notes the unit an @unit entry names and the flags it gives it; -1 on
 * out of memory. */
static int note_unit(ts_lexicon *lx, const tsx_entry *e)
{
    if (e->cls != TSX_C_UNIT || !e->unit)
        return 0;
    unsigned flags = e->flags & (TSX_WHOLE | TSX_COUNT);
    for (size_t k = 0; k < lx->nunits; k++)
        if (strcmp(lx->units[k].unit, e->unit) == 0) {
            lx->units[k].flags |= flags;
            return 0;
        }
    if (tsi_grow(&lx->units, &lx->ucap, lx->nunits + 1, sizeof *lx->units, 32) != 0)
        return -1;
    lx->units[lx->nunits++] = (struct unit_flags){e->unit, flags};
    return 0;
}

int tsx_lexicon_add(ts_lexicon *lx, tsx_entry *e, ts_error *err)
{
    if (tsi_grow(&lx->e, &lx->cap, lx->n + 1, sizeof *lx->e, 256) != 0) {
        tsx_entry_free(e);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    lx->e[lx->n++] = *e;
    lx->dirty = 1;
    if (note_unit(lx, &lx->e[lx->n - 1]) != 0) {
        tsx_entry_free(&lx->e[--lx->n]);
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    }
    return TS_OK;
}

void tsx_lexicon_truncate(ts_lexicon *lx, size_t n)
{
    while (lx->n > n)
        tsx_entry_free(&lx->e[--lx->n]);
    lx->dirty = 1;
    /* The units' strings went with their entries: note the rest again
     * (no growth, so no failure). */
    lx->nunits = 0;
    for (size_t i = 0; i < lx->n; i++)
        (void)note_unit(lx, &lx->e[i]);
}

/* Nonzero when some @unit entry names unit with the flag. */
static int unit_has_flag(const ts_lexicon *lx, const char *unit, unsigned flag)
{
    for (size_t k = 0; k < lx->nunits; k++)
        if ((lx->units[k].flags & flag) && strcmp(lx->units[k].unit, unit) == 0)
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

static int cmp_folded(const void *pa, const void *pb, void *ctx)
{
    const ts_lexicon *lx = ctx;
    return strcmp(lx->e[*(const uint32_t *)pa].folded, lx->e[*(const uint32_t *)pb].folded);
}

/* Packs each entry's match key, its phrase in an arena in sorted order.
 * Returns 0 or -1 on out of memory (nothing changed). */
static int pack_keys(ts_lexicon *lx)
{
    size_t total = 1;
    for (size_t i = 0; i < lx->n; i++)
        total += lx->e[i].flen + 1;
    uint32_t *order = malloc((lx->n + 1) * sizeof *order);
    match_key *key = calloc(lx->n + 1, sizeof *key);
    char *arena = malloc(total);
    if (!order || !key || !arena || total > UINT32_MAX) {
        free(order);
        free(key);
        free(arena);
        return -1;
    }
    for (size_t i = 0; i < lx->n; i++)
        order[i] = (uint32_t)i;
    qsort_r(order, lx->n, sizeof *order, cmp_folded, lx);
    size_t at = 0;
    for (size_t k = 0; k < lx->n; k++) {
        const tsx_entry *e = &lx->e[order[k]];
        memcpy(arena + at, e->folded, e->flen + 1);
        key[order[k]] = (match_key){(uint32_t)at, (uint16_t)e->flen, (uint16_t)e->fwl,
                                    (uint8_t)(e->comma != 0)};
        at += e->flen + 1;
    }
    free(order);
    free(lx->key);
    free(lx->arena);
    lx->key = key;
    lx->arena = arena;
    return 0;
}

static int cmp_longer_first(const void *pa, const void *pb, void *ctx)
{
    const ts_lexicon *lx = ctx;
    size_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    if (a == b)
        return 0;
    return longer_first(&lx->e[a], a, &lx->e[b], b) ? -1 : 1;
}

/* rank[i]: entry i's place in the longest-first order of all entries.
 * Returns 0 or -1 on out of memory. */
static int rank_entries(const ts_lexicon *lx, uint32_t *rank)
{
    uint32_t *order = malloc((lx->n + 1) * sizeof *order);
    if (!order)
        return -1;
    for (size_t i = 0; i < lx->n; i++)
        order[i] = (uint32_t)i;
    qsort_r(order, lx->n, sizeof *order, cmp_longer_first, (void *)lx);
    for (size_t i = 0; i < lx->n; i++)
        rank[order[i]] = (uint32_t)i;
    free(order);
    return 0;
}

/* Builds the first-word index; returns 0 or -1 on out of memory. */
static int build_index(ts_lexicon *lx)
{
    size_t nslot = 64;
    while (nslot < lx->n * 2 + 1)
        nslot *= 2;
    index_slot *slot = calloc(nslot, sizeof *slot);
    size_t *next = calloc(lx->n + 1, sizeof *next);
    uint32_t *rank = calloc(lx->n + 1, sizeof *rank);
    unsigned char *letter2 = calloc(lx->n + 1, 1);
    if (!slot || !next || !rank || !letter2) {
        free(slot);
        free(next);
        free(rank);
        free(letter2);
        return -1;
    }
    memset(lx->key_bits, 0, sizeof lx->key_bits);
    for (size_t i = 0; i < lx->n; i++) {
        tsx_entry *e = &lx->e[i];
        size_t wl = first_word_len(e->folded, e->flen);
        e->fwl = wl;
        unsigned char second = second_letter(e);
        unsigned long wh = hash_word(e->folded, wl);
        size_t kh = key_hash(wh, second, (size_t)1 << 16);
        lx->key_bits[kh >> 6] |= 1ULL << (kh & 63);
        size_t h = find_slot(slot, nslot, wh, e->folded, wl, second);
        slot[h].word = e->folded;
        slot[h].len = wl;
        slot[h].second = second;
        /* Insert i into the chain keeping longest-first order. */
        size_t *link = &slot[h].head;
        while (*link && longer_first(&lx->e[*link - 1], *link - 1, e, i))
            link = &next[*link - 1];
        next[i] = *link;
        *link = i + 1;
        if (e->flen == wl)
            letter2[i] = ONE_WORD;
        else if (e->flen > wl + 2 && e->folded[wl] == ' ' &&
                 tsx_is_word((unsigned char)e->folded[wl + 1]) &&
                 tsx_is_word((unsigned char)e->folded[wl + 2]))
            letter2[i] = (unsigned char)e->folded[wl + 2];
    }
    if (rank_entries(lx, rank) != 0 || pack_keys(lx) != 0) {
        free(slot);
        free(next);
        free(rank);
        free(letter2);
        return -1;
    }
    /* The keys' words in the arena too: probing stays near the phrases. */
    for (size_t h = 0; h < nslot; h++)
        if (slot[h].word)
            slot[h].word = lx->arena + lx->key[slot[h].head - 1].off;
    free(lx->slot);
    free(lx->next);
    free(lx->rank);
    free(lx->letter2);
    lx->rank = rank;
    lx->letter2 = letter2;
    lx->slot = slot;
    lx->next = next;
    lx->nslot = nslot;
    lx->dirty = 0;
    return 0;
}

/* Whether the index may hold key (word hash wh, second): 0 means surely
 * not. */
static int has_key(const ts_lexicon *lx, unsigned long wh, unsigned char second)
{
    size_t kh = key_hash(wh, second, (size_t)1 << 16);
    return (lx->key_bits[kh >> 6] >> (kh & 63)) & 1;
}

/* Past a one-word gloss in brackets inside a phrase, "doanh nghiệp (DN)
 * thành lập mới", "vốn đầu tư trực tiếp nước ngoài (FDI) thu hút": where
 * the phrase goes on; q itself when none stands at q. */
static size_t past_gloss(const char *s, size_t n, size_t q)
{
    if (q >= n || s[q] != '(')
        return q;
    size_t e = q + 1;
    while (e < n && e - q <= 9 && s[e] >= 'a' && s[e] <= 'z')
        e++;
    if (e - q < 3 || e - q > 9 || e >= n || s[e] != ')' || e + 1 >= n || s[e + 1] != ' ')
        return q;
    e += 2;
    while (e < n && s[e] == ' ')
        e++;
    return e;
}

/* Matches the phrase of key m at s[pos..n), whose first word the text
 * holds at s[pos..q) already; returns the folded end or 0. */
static size_t match_entry(const ts_lexicon *lx, const match_key *m, const char *s, size_t n,
                          size_t q)
{
    const char *folded = lx->arena + m->off;
    size_t k = m->fwl;
    while (k < m->flen) {
        if (folded[k] == ' ') {
            /* Between words the text may hold any run of separators. */
            size_t q0 = q;
            /* "TP.Cần Thơ", "TP. Kon Tum": a dot after a word parts it from
             * the next too. */
            if (q < n && s[q] == '.' && q + 1 < n &&
                (tsx_is_word((unsigned char)s[q + 1]) || s[q + 1] == ' '))
                q++;
            while (q < n && tsx_is_sep((unsigned char)s[q])) {
                /* "người, bị thương" is not "người bị thương". */
                if (s[q] == ',' && !m->comma)
                    return 0;
                q++;
            }
            q = past_gloss(s, n, q);
            if (q == q0 && tsx_is_word((unsigned char)s[q - 1]) &&
                tsx_is_word((unsigned char)folded[k + 1]))
                return 0;
            k++;
            continue;
        }
        if (q >= n || s[q] != folded[k])
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
    /* The text word up to a separator, and shorter keys: the word without
     * the punctuation ending it ("tạ/ha." at a sentence end), the part
     * before its last inner punctuation ("tạ/ha/KH": a unit with a slash
     * of its own, then another slash) and its alphanumeric prefix (a
     * phrase's first word may be followed by '/', '.' etc. inside a text
     * word: "chi/xa"). */
    size_t wl = 0, al = (size_t)-1, bl = (size_t)-1;
    while (pos + wl < n && !tsx_is_sep((unsigned char)s[pos + wl])) {
        if (al == (size_t)-1 && !tsx_is_word((unsigned char)s[pos + wl]))
            al = wl;
        wl++;
    }
    size_t tl = wl;
    while (tl > 0 && !tsx_is_word((unsigned char)s[pos + tl - 1]))
        tl--;
    for (size_t k = tl; al != (size_t)-1 && k > al + 1; k--)
        if (!tsx_is_word((unsigned char)s[pos + k - 1])) {
            bl = k - 1;
            break;
        }
    size_t keys[4] = {wl, tl, bl, al};
    size_t found = 0;
    for (int pass = 0; pass < 4 && found == 0; pass++) {
        size_t len = keys[pass];
        if (len == (size_t)-1 || len == 0 || (pass > 0 && len == keys[pass - 1]) ||
            (pass >= 2 && len == wl) || (pass == 3 && len == keys[2]))
            continue;
        unsigned long hh = hash_word(s + pos, len);
        /* Where the text's next word starts: a longer phrase must have its
         * second word's first letter there. */
        size_t q2 = pos + len;
        if (q2 < n && s[q2] == '.')
            q2++; /* "TP. Kon Tum", as match_entry allows */
        while (q2 < n && tsx_is_sep((unsigned char)s[q2]))
            q2++;
        unsigned char next = q2 < n ? (unsigned char)s[q2] : 0;
        /* The chains of the longer phrases and of the one-word ones, merged
         * longest first. */
        size_t a = next && has_key(lx, hh, next)
                       ? lx->slot[find_slot(lx->slot, lx->nslot, hh, s + pos, len, next)].head
                       : 0;
        size_t b = has_key(lx, hh, 0) ? lx->slot[find_slot(lx->slot, lx->nslot, hh, s + pos, len, 0)].head
                                      : 0;
        unsigned char next2 = q2 + 1 < n ? (unsigned char)s[q2 + 1] : 0;
        while ((a || b) && found < max) {
            size_t c;
            if (a && (!b || lx->rank[a - 1] < lx->rank[b - 1])) {
                c = a;
                a = lx->next[a - 1];
            } else {
                c = b;
                b = lx->next[b - 1];
            }
            unsigned char l2 = lx->letter2[c - 1];
            size_t end;
            if (l2 == ONE_WORD) {
                /* The word matched already: only its end must be one. */
                end = pos + len;
                if (end < n && tsx_is_word((unsigned char)s[end]) &&
                    tsx_is_word((unsigned char)s[end - 1]))
                    end = 0;
            } else if (l2 && l2 != next2) {
                continue;
            } else {
                end = match_entry(lx, &lx->key[c - 1], s, n, pos + len);
            }
            if (end) {
                out[found] = &lx->e[c - 1];
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
