/* Text <-> enum through one name array (see names.h).  The arrays are a
 * handful of words, so a linear scan is the fastest lookup there is. */
#include "core/names.h"

#include <string.h>

int tsi_name_index(const char *const *names, size_t n, const char *text)
{
    if (!text)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(text, names[i]) == 0)
            return (int)i;
    return -1;
}

const char *tsi_name_at(const char *const *names, size_t n, unsigned i)
{
    return i < n ? names[i] : "?";
}
