/* The two containers every text stage uses: a growable byte buffer and a
 * sparse offset map that traces output positions back to input positions
 * with one anchor per edit instead of one entry per byte. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "text/text_internal.h"

/* A whole report goes through three buffers as large as itself, and on a
 * virtual machine taking their pages 4 kB at a time was a fifth of the
 * run: ask for huge pages (a hint the kernel may ignore) on big ones. */
#define HUGE_FROM (4u << 20)
static void advise_huge(char *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = 2u << 20;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
    uintptr_t b = ((uintptr_t)p + n) & ~(huge - 1);
    if (b > a)
        madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

int tsx_buf_reserve(tsx_buf *b, size_t n)
{
    if (b->cap - b->len >= n)
        return TS_OK;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len < n) {
        if (cap > SIZE_MAX / 2)
            return TS_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return TS_ENOMEM;
    b->data = p;
    b->cap = cap;
    if (cap >= HUGE_FROM)
        advise_huge(p, cap);
    return TS_OK;
}

int tsx_buf_add(tsx_buf *b, const char *s, size_t n)
{
    if (tsx_buf_reserve(b, n) != TS_OK)
        return TS_ENOMEM;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    return TS_OK;
}

void tsx_buf_free(tsx_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

int tsx_map_mark(tsx_map *m, size_t dst, size_t src)
{
    if (m->n) {
        size_t i = m->n - 1;
        /* Already implied by the last anchor: copied bytes need nothing. */
        if (m->src[i] + (dst - m->dst[i]) == src)
            return TS_OK;
        /* Nothing was emitted since the last anchor: it can be moved. */
        if (m->dst[i] == dst) {
            m->src[i] = src;
            return TS_OK;
        }
    }
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        size_t *d = realloc(m->dst, cap * sizeof *d);
        if (!d)
            return TS_ENOMEM;
        m->dst = d;
        size_t *s = realloc(m->src, cap * sizeof *s);
        if (!s)
            return TS_ENOMEM;
        m->src = s;
        m->cap = cap;
    }
    m->dst[m->n] = dst;
    m->src[m->n] = src;
    m->n++;
    return TS_OK;
}

/* Index of the last anchor with dst <= pos, or (size_t)-1 when none. */
static size_t find(const tsx_map *m, size_t pos)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->dst[mid] <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? lo - 1 : (size_t)-1;
}

size_t tsx_map_lookup(const tsx_map *m, size_t dst)
{
    size_t i = find(m, dst);
    if (i == (size_t)-1)
        return dst;
    return m->src[i] + (dst - m->dst[i]);
}

int tsx_map_copy(tsx_map *out, size_t at, const tsx_map *in, size_t a, size_t b)
{
    if (tsx_map_mark(out, at, tsx_map_lookup(in, a)) != TS_OK)
        return TS_ENOMEM;
    size_t i = find(in, a);
    for (i = i == (size_t)-1 ? 0 : i + 1; i < in->n && in->dst[i] < b; i++)
        if (tsx_map_mark(out, at + (in->dst[i] - a), in->src[i]) != TS_OK)
            return TS_ENOMEM;
    return TS_OK;
}

void tsx_map_free(tsx_map *m)
{
    free(m->dst);
    free(m->src);
    memset(m, 0, sizeof *m);
}
