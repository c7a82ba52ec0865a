/* Private to libts: a string intern table.  Each distinct string is copied
 * once into an arena and identified by its pointer, so series keys compare
 * with == and millions of facts share a handful of copies. */
#ifndef TSI_INTERN_H
#define TSI_INTERN_H

#include <stddef.h>
#include "core/map.h" /* tsi_hash_bytes for keys made of interned pointers */

typedef struct tsi_intern tsi_intern;

/* A new, empty table; NULL when out of memory. */
tsi_intern *tsi_intern_new(void);
/* The table's copy of s (len bytes, no NUL needed), stable until the table
 * is freed; NULL when out of memory (table unchanged). */
const char *tsi_intern_n(tsi_intern *t, const char *s, size_t len);
/* Same for a NUL-terminated string. */
const char *tsi_intern_s(tsi_intern *t, const char *s);
/* Number of distinct strings held. */
size_t tsi_intern_count(const tsi_intern *t);
void tsi_intern_free(tsi_intern *t);

#endif
