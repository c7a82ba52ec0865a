/* SHA-256 (FIPS 180-4), the checksum the store keeps for each source
 * document, computed by Nettle: a well-kept implementation that uses the
 * CPU's SHA instructions where there are any.  ts_sha256 keeps Nettle's
 * context in opaque storage, so the public header needs no Nettle header. */
#include <string.h>
#include <nettle/sha2.h>
#include "ts_sha256.h"

_Static_assert(sizeof(struct sha256_ctx) <= sizeof(ts_sha256),
               "ts_sha256 is too small for Nettle's context");
_Static_assert(_Alignof(struct sha256_ctx) <= _Alignof(ts_sha256),
               "ts_sha256 is not aligned enough for Nettle's context");

static struct sha256_ctx *ctx(ts_sha256 *c)
{
    return (struct sha256_ctx *)(void *)c->opaque;
}

void ts_sha256_init(ts_sha256 *c)
{
    sha256_init(ctx(c));
}

void ts_sha256_update(ts_sha256 *c, const void *data, size_t len)
{
    sha256_update(ctx(c), len, data);
}

void ts_sha256_final(ts_sha256 *c, char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(ctx(c), sizeof d, d);
    for (size_t i = 0; i < sizeof d; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[64] = '\0';
}

void ts_sha256_hex(const void *data, size_t len, char hex[65])
{
    ts_sha256 c;
    ts_sha256_init(&c);
    ts_sha256_update(&c, data, len);
    ts_sha256_final(&c, hex);
}
