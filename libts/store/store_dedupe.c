/* Duplicates within one document: a document added by the transaction
 * that states the same series and period twice (same vintage) would give
 * two current values.  After the sort they are neighbours, so finding them
 * costs one pass; the rule is that the fact added first is kept and each
 * later one dropped, and the caller is told of each (ts_txn_on_duplicate).
 * Documents already in the store are left as they are. */
#include <stdlib.h>
#include "ts_store.h"
#include "store/store_write.h"

/* Rows r and q (column rows) hold the same series, period, document and
 * vintage. */
static int same(const ts_txn *t, uint32_t q, uint32_t r)
{
    const uint32_t *ser = t->col[TSI_C_SERIES];
    const int32_t *f = t->col[TSI_C_FIRST], *l = t->col[TSI_C_LAST];
    return ser[q] == ser[r] && f[q] == f[r] && l[q] == l[r]
        && tsi_txn_i32(t, TSI_C_DOC, q) == tsi_txn_i32(t, TSI_C_DOC, r)
        && tsi_txn_i32(t, TSI_C_VINTAGE, q) == tsi_txn_i32(t, TSI_C_VINTAGE, r);
}

/* Tells the caller about dropped row r, a duplicate of kept row q. */
static void tell(const ts_txn *t, const uint32_t *order, const long *entry, const uint64_t *first,
                 uint32_t q, uint32_t r)
{
    int32_t doc = tsi_txn_i32(t, TSI_C_DOC, r);
    const series_key *k = &t->series[order[((const uint32_t *)t->col[TSI_C_SERIES])[r]]];
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = k->k[0];
    f.area = k->k[1];
    f.measure = k->k[2];
    f.unit = k->k[3];
    f.price = k->k[4];
    f.plan_by = k->k[5];
    f.period.first = ((const int32_t *)t->col[TSI_C_FIRST])[r];
    f.period.last = ((const int32_t *)t->col[TSI_C_LAST])[r];
    f.value = ((const double *)t->col[TSI_C_VALUE])[r];
    t->on_dup(t->dup_ctx, t->src[entry[doc]].name, q - first[doc], r - first[doc], &f);
}

int tsi_dedupe(ts_txn *t, const long *map, size_t n_final, const uint32_t *order,
               uint64_t *count, size_t ns, uint32_t **perm, uint64_t *rows, ts_error *err)
{
    /* The entry of each final document, and its first row: its facts were
     * added together, so a fact's place in it is its row less that. */
    long *entry = malloc((n_final ? n_final : 1) * sizeof *entry);
    uint64_t *first = malloc((n_final ? n_final : 1) * sizeof *first);
    if (!entry || !first) {
        free(entry);
        free(first);
        return tsi_txn_oom(err, t);
    }
    for (size_t i = 0; i < t->n_src; i++)
        if (map[i] >= 0) entry[map[i]] = (long)i;
    for (size_t d = 0; d < n_final; d++) first[d] = UINT64_MAX;
    for (uint64_t r = t->n; r-- > 0;) first[tsi_txn_i32(t, TSI_C_DOC, r)] = r;
    uint32_t *p = *perm;
    uint64_t w = 0, a = 0, dropped = 0;
    for (size_t i = 0; i < ns; i++) {
        uint64_t b = a + count[i], kept = w;
        for (uint64_t x = a; x < b; x++) {
            uint32_t r = p ? p[x] : (uint32_t)x;
            uint32_t q = w > kept ? (p ? p[w - 1] : (uint32_t)(w - 1)) : 0;
            if (w > kept && same(t, q, r) && t->src[entry[tsi_txn_i32(t, TSI_C_DOC, r)]].added) {
                if (!p) break; /* needs a permutation: made below, then again */
                if (t->on_dup) tell(t, order, entry, first, q, r);
                dropped++;
                continue;
            }
            if (p) p[w] = r;
            w++;
        }
        if (!p && w < b) { /* the first duplicate: compact through a permutation */
            if (!(p = tsi_col_alloc((t->n ? t->n : 1) * sizeof *p))) break;
            for (uint64_t r = 0; r < t->n; r++) p[r] = (uint32_t)r;
            *perm = p;
            w = a = dropped = 0;
            i = (size_t)-1;
            continue;
        }
        count[i] = w - kept;
        a = b;
    }
    free(entry);
    free(first);
    if (!p && w < t->n) return tsi_txn_oom(err, t);
    *rows = t->n - dropped;
    return TS_OK;
}
