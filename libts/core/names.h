/* Private to libts: names of enum values.  Every enum with a text form
 * (statistics, resampling rules, table formats, forecasting methods,
 * indicator kinds) keeps its names in one array in enum order; these two
 * calls turn text into the index and back, so no parser counts by hand. */
#ifndef TSI_NAMES_H
#define TSI_NAMES_H

#include <stddef.h>

/* Number of elements of a true array (not a pointer). */
#define TSI_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The index of text among names[0..n), or -1 (also for NULL text). */
int tsi_name_index(const char *const *names, size_t n, const char *text);
/* names[i], or "?" when i is out of range. */
const char *tsi_name_at(const char *const *names, size_t n, unsigned i);

/* Defines `int fn(const char *text, type *out)`, the public parser of an
 * enum whose names are the array `names`: TS_OK with *out set, or
 * TS_EINVAL with *out unchanged. */
#define TSI_NAME_PARSER(fn, type, names)                            \
    int fn(const char *text, type *out)                             \
    {                                                               \
        int i_ = tsi_name_index(names, TSI_COUNT(names), text);     \
        return i_ < 0 ? TS_EINVAL : (*out = (type)i_, TS_OK);       \
    }

#endif
