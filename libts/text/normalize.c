/* NFC normalisation that remembers where every byte came from.  Text that
 * is already NFC (nearly all of a report) is copied in runs; only the few
 * clusters holding a character NFC could change are run through utf8proc,
 * each in a stack buffer, so there is no allocation per character. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "text/text_internal.h"

/* Bit set over the BMP: 1 when a code point is left alone by NFC and never
 * combines with what precedes it ("quick check yes" and a starter).  Text
 * can be cut before such a character without changing its NFC form. */
static unsigned char safe_bits[0x10000 / 8];
static pthread_once_t safe_once = PTHREAD_ONCE_INIT;

static int nfc_of_one_is_same(int32_t cp)
{
    utf8proc_int32_t buf[32];
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 32, UTF8PROC_COMPOSE, NULL);
    if (n < 0 || n > 32)
        return 0;
    n = utf8proc_normalize_utf32(buf, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    return n == 1 && buf[0] == cp;
}

static void safe_init(void)
{
    for (int32_t cp = 0; cp < 0x10000; cp++) {
        const utf8proc_property_t *p = utf8proc_get_property(cp);
        int safe = p->combining_class == 0;
        /* utf8proc 2.x flags characters that compose as a second element
         * with bit 15 of comb_index; Hangul jamo compose algorithmically. */
        if (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000))
            safe = 0;
        if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2))
            safe = 0;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            safe = 0;
        if (safe && p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0)
            safe = nfc_of_one_is_same(cp);
        if (safe)
            safe_bits[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    }
}

static int is_safe(int32_t cp)
{
    if (cp < 0x300)
        return 1;
    if (cp >= 0x10000)
        return 0; /* rare: normalised through utf8proc every time */
    return safe_bits[cp >> 3] >> (cp & 7) & 1;
}

/* NFC of in[0..n) appended to out; 0 or TS_ENOMEM. */
static int nfc_segment(const char *in, size_t n, tsx_buf *out)
{
    utf8proc_int32_t stack[256], *buf = stack;
    utf8proc_option_t opt = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
    utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)in,
                                            (utf8proc_ssize_t)n, buf, 256, opt);
    if (k > 256) {
        /* A long run of combining marks: only adversarial input gets here. */
        buf = malloc((size_t)k * sizeof *buf);
        if (!buf)
            return TS_ENOMEM;
        k = utf8proc_decompose((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)n,
                               buf, k, opt);
    }
    int rc = TS_OK;
    if (k < 0) {
        rc = tsx_buf_add(out, in, n); /* cannot happen on valid UTF-8 */
    } else {
        k = utf8proc_normalize_utf32(buf, k, opt);
        if (tsx_buf_reserve(out, (size_t)k * 4) != TS_OK) {
            rc = TS_ENOMEM;
        } else {
            for (utf8proc_ssize_t i = 0; i < k; i++)
                out->len += tsx_utf8_encode(buf[i], out->data + out->len);
        }
    }
    if (buf != stack)
        free(buf);
    return rc;
}

/* Scans from i (the start of a character) for the first character NFC
 * could change.  Returns its position, with *boundary = the start of the
 * last safe character before it (where its cluster begins), or len when
 * there is none; (size_t)-1 with *bad = offset of an invalid sequence. */
static size_t nfc_scan(const unsigned char *s, size_t len, size_t i, size_t *boundary,
                       size_t *bad)
{
    size_t b = i;
    while (i < len) {
        if (s[i] < 0x80) {
            /* ASCII runs, eight bytes at a time. */
            while (len - i >= 9) {
                uint64_t w;
                memcpy(&w, s + i + 1, 8);
                if (w & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            b = i++;
            continue;
        }
        int32_t cp;
        size_t k = tsx_utf8_decode(s + i, len - i, &cp);
        if (k == 1) {
            /* Validation happens here, in the one pass over the input. */
            *bad = i;
            return (size_t)-1;
        }
        if (!is_safe(cp)) {
            *boundary = b;
            return i;
        }
        b = i;
        i += k;
    }
    *boundary = b;
    return len;
}

size_t tsx_nfc_prefix(const char *in, size_t len, size_t *bad)
{
    pthread_once(&safe_once, safe_init);
    size_t boundary;
    size_t i = nfc_scan((const unsigned char *)in, len, 0, &boundary, bad);
    if (i == (size_t)-1 || i == len)
        return i;
    return boundary;
}

int tsx_nfc(const char *in, size_t len, size_t from, tsx_buf *out, tsx_map *map, size_t *bad)
{
    pthread_once(&safe_once, safe_init);
    const unsigned char *s = (const unsigned char *)in;
    size_t copied = 0;    /* input before this is in out already */
    size_t i = from;
    while (i < len) {
        size_t boundary;
        i = nfc_scan(s, len, i, &boundary, bad);
        if (i == (size_t)-1)
            return TS_EINVAL;
        if (i == len)
            break;
        /* The cluster from the last safe character to the next one is the
         * smallest piece NFC must see whole. */
        int32_t cp;
        size_t end = i + tsx_utf8_decode(s + i, len - i, &cp);
        while (end < len) {
            int32_t c2;
            size_t k2 = s[end] < 0x80 ? 1 : tsx_utf8_decode(s + end, len - end, &c2);
            if (s[end] < 0x80 || is_safe(c2))
                break;
            if (k2 == 1) {
                *bad = end;
                return TS_EINVAL;
            }
            end += k2;
        }
        if (tsx_map_mark(map, out->len, copied) != TS_OK ||
            tsx_buf_add(out, in + copied, boundary - copied) != TS_OK ||
            tsx_map_mark(map, out->len, boundary) != TS_OK ||
            nfc_segment(in + boundary, end - boundary, out) != TS_OK ||
            tsx_map_mark(map, out->len, end) != TS_OK)
            return TS_ENOMEM;
        copied = i = end;
    }
    if (tsx_map_mark(map, out->len, copied) != TS_OK ||
        tsx_buf_add(out, in + copied, len - copied) != TS_OK)
        return TS_ENOMEM;
    return TS_OK;
}
