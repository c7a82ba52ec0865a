/* Private to libts (not installed): a byte source that reads a file or
 * stdin and inflates it when it is gzip, telling a cut-off stream from a
 * complete one.  Used by the record reader; the tsi_ prefix marks it as
 * internal. */
#ifndef TS_INPUT_PRIVATE_H
#define TS_INPUT_PRIVATE_H

#include <stddef.h>
#include <sys/types.h>
#include "ts_error.h"

typedef struct tsi_input tsi_input; /* opaque */

/* Opens path for reading; NULL or "-" reads a duplicate of stdin, so
 * closing leaves the process's stdin open.  name is used in messages.
 * NULL with err filled (the system's reason, e.g. "No such file or
 * directory", placed at name) when it cannot be opened. */
tsi_input *tsi_input_open(const char *path, const char *name, ts_error *err);
/* Same over a descriptor, which the input takes ownership of. */
tsi_input *tsi_input_open_fd(int fd, const char *name, ts_error *err);

/* Reads up to n bytes of content (decompressed for gzip, which is detected
 * by its magic bytes; concatenated members are read in turn).  Returns the
 * number of bytes (0 only at the end of input) or -1 with err filled:
 * TS_EIO for a read error, TS_EFORMAT "truncated gzip input" when the file
 * ends inside a gzip member or "corrupt gzip input: ..." for bad data. */
ssize_t tsi_input_read(tsi_input *in, char *buf, size_t n, ts_error *err);

/* Closes the descriptor and frees in (NULL is allowed). */
void tsi_input_close(tsi_input *in);

#endif
