/* Tagging: one pass of the lexicon matcher over a folded sentence, every
 * class at once, so the reader can ask what the words around a figure are
 * ("is there a verb of change ending right before it?") without matching
 * literals of its own. */
#include "text/text_internal.h"
#include "core/grow.h"

#include <stdlib.h>
#include <string.h>

/* Longest phrase of the lexicon in folded bytes: a tag ending at e starts
 * no further back than this. */
#define TAG_REACH 64

void tsx_tags_free(tsx_tags *t)
{
    free(t->tag);
    free(t->first);
    free(t->count);
    memset(t, 0, sizeof *t);
}

int tsx_tags_build(tsx_tags *t, const struct ts_lexicon *lx, const tsx_fold *f,
                   const char *orig, size_t olen)
{
    size_t n = f->len + 1;
    t->ntag = 0;
    t->n = 0;
    if (n > t->pcap) {
        size_t cap = n < 256 ? 256 : n;
        uint32_t *fi = realloc(t->first, cap * sizeof *fi);
        if (fi)
            t->first = fi;
        uint16_t *co = realloc(t->count, cap * sizeof *co);
        if (co)
            t->count = co;
        if (!fi || !co)
            return -1;
        t->pcap = cap;
    }
    memset(t->count, 0, n * sizeof *t->count);
    memset(t->present, 0, sizeof t->present);
    t->n = n;
    const char *s = f->s;
    for (size_t i = 0; i < f->len; i++) {
        unsigned char c = (unsigned char)s[i];
        /* Phrases start with a letter at a word start, or right after a
         * figure (a unit glued to it: "759,6ha", "51,48tạ/ha"). */
        if (!tsx_is_word(c) || (c >= '0' && c <= '9'))
            continue;
        if (i > 0 && tsx_is_word((unsigned char)s[i - 1]) && !(s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        const tsx_entry *cand[TSX_MAX_CAND];
        size_t ends[TSX_MAX_CAND];
        size_t k = tsx_lexicon_at(lx, s, f->len, i, cand, ends, TSX_MAX_CAND);
        if (!k)
            continue;
        if (tsi_grow(&t->tag, &t->tcap, t->ntag + k, sizeof *t->tag, 256) != 0) {
            t->n = 0;
            return -1;
        }
        t->first[i] = (uint32_t)t->ntag;
        for (size_t m = 0; m < k; m++) {
            if (!tsx_entry_text_ok(cand[m], orig, olen, f->map[i], f->map[ends[m]]))
                continue;
            t->tag[t->ntag++] = (tsx_tag){cand[m], (uint32_t)ends[m], (uint32_t)cand[m]->cls};
            t->present[cand[m]->cls / 64] |= 1ULL << (cand[m]->cls % 64);
            t->count[i]++;
        }
    }
    return 0;
}

size_t tsx_tag_start_ending(const tsx_tags *t, size_t e, tsx_class c)
{
    if (!tsx_tags_have(t, c))
        return (size_t)-1;
    size_t lo = e > TAG_REACH ? e - TAG_REACH : 0;
    /* From the furthest start: the longest tag first. */
    for (size_t i = lo; i < e && i < t->n; i++) {
        size_t k;
        const tsx_tag *g = tsx_tags_at(t, i, &k);
        for (size_t m = 0; m < k; m++)
            if (g[m].cls == c && g[m].end == e)
                return i;
    }
    return (size_t)-1;
}
