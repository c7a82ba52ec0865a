/* A temporary folder for the tests of one unit test program that write
 * files (result stores, recorded imports): made by setup, removed with
 * everything in it by teardown, and path_in names a file inside it. */
#ifndef TMPDIR_FIXTURE_H
#define TMPDIR_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char dir[256];

/* dir/name, in one of four buffers that calls take in turn. */
static const char *path_in(const char *name)
{
    static char buf[4][512];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/tskit_unit.XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
