/* --into STORE: facts a tool derived, written as TSV to a temporary file,
 * added to a store as one document (the file's text) in one transaction,
 * exactly as ts-import would read that file. */
#ifndef TS_CLI_INTO_H
#define TS_CLI_INTO_H

#include <stdio.h>

/* The default document name: "prog" and the command line after the
 * program name, without the store options --into and --wait. */
void cli_command_name(const char *prog, int argc, char **argv, char *buf, size_t n);
/* Adds the TSV in fp (written, not yet rewound) and its facts to the store
 * at path as document name, waiting at most `wait` seconds for the lock
 * (negative: as long as it takes): all of it or, on any failure
 * (reported), nothing.  0 or -1. */
int cli_store_derived(const char *tool, const char *path, double wait, const char *name,
                      FILE *fp);

#endif
