/* Private to libts: stepping through UTF-8 text one code point at a time,
 * shared by the parsers of numbers (vnum.c) and unit phrases (units.c). */
#ifndef TS_CODEPOINT_H
#define TS_CODEPOINT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[i] into *cp; returns its length in bytes, or
 * 0 at the end of the text or on invalid UTF-8. */
size_t tsi_cp_next(const char *s, size_t len, size_t i, int32_t *cp);
/* Nonzero for the white space of report text (incl. no-break space). */
int tsi_cp_is_space(int32_t c);
/* The lower-case form of c (ASCII without the library call). */
int32_t tsi_cp_lower(int32_t c);
/* The offset of the first non-space code point at or after s[i]. */
size_t tsi_cp_skip_space(const char *s, size_t len, size_t i);
/* Matches the lower-case phrase at s[i] case-insensitively, a space in the
 * phrase matching any run of white space (PDF text breaks lines
 * mid-phrase).  Returns the end of the match, or 0 when it does not match;
 * *last gets the phrase's last code point, for the caller's own rule on
 * what may follow. */
size_t tsi_cp_match_lower(const char *s, size_t len, size_t i, const char *phrase,
                          int32_t *last);

#endif
