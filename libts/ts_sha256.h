/* SHA-256 (FIPS 180-4) of a byte buffer, as the store records for every
 * source document so that a re-import of the same bytes is recognised. */
#ifndef TS_SHA256_H
#define TS_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* A running hash, placed by the caller (on its stack); what is inside
 * belongs to the implementation (Nettle's context). */
typedef struct {
    uint64_t opaque[16];
} ts_sha256;

/* Starts a hash. */
void ts_sha256_init(ts_sha256 *c);
/* Feeds len bytes (any split of the message gives the same digest). */
void ts_sha256_update(ts_sha256 *c, const void *data, size_t len);
/* Finishes: writes 64 lower-case hex digits and a NUL to hex; the hash
 * starts again as after ts_sha256_init. */
void ts_sha256_final(ts_sha256 *c, char hex[65]);
/* One call: the digest of data as hex. */
void ts_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
