/* libFuzzer target for the store reader and the writer's loading: any
 * bytes as a store file either fail to open with TS_EFORMAT/TS_EIO or
 * give a store whose every series, source, text and fact can be read (a
 * full listing by fact and by series, an exact query by binary search,
 * the texts), and whose import (load, add a fact, sort, write) either
 * fails cleanly or writes a store that opens again.  Seeded with real
 * stores (tests/fuzz/corpus/fuzz_store/). */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>
#include <hdf5.h>
#include "ts.h"

#define CHECK(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static char path[64];

/* A damaged header can make HDF5 ask for terabytes; as in a real run,
 * malloc then returns NULL (and HDF5 an error) instead of aborting. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}

static int bad_code(int rc)
{
    return rc == TS_EFORMAT || rc == TS_EIO || rc == TS_ENOTFOUND;
}

/* A query of sel, or NULL after a clean error. */
static ts_query *open_query(ts_store *s, const ts_selector *sel)
{
    ts_query *q;
    ts_error err;
    int rc = ts_query_open(s, sel, &q, &err);
    if (rc != TS_OK) {
        CHECK(bad_code(rc) && err.msg[0]);
        return NULL;
    }
    return q;
}

/* Every fact of a query; TS_EOF or a clean error. */
static void drain(ts_store *s, const ts_selector *sel)
{
    ts_query *q = open_query(s, sel);
    if (!q)
        return;
    ts_error err;
    int rc;
    ts_fact f;
    while ((rc = ts_query_next(q, &f, &err)) == TS_OK)
        CHECK(f.indicator[0] && f.area[0] && f.period.first <= f.period.last && f.source[0]);
    CHECK(rc == TS_EOF || bad_code(rc));
    ts_query_close(q);
}

/* Every series of a query, as ts-agg reads them; TS_EOF or a clean error. */
static void drain_series(ts_store *s, const ts_selector *sel)
{
    ts_query *q = open_query(s, sel);
    if (!q)
        return;
    ts_error err;
    int rc;
    ts_series v;
    while ((rc = ts_query_next_series(q, &v, &err)) == TS_OK) {
        CHECK(v.n > 0 && v.indicator[0] && v.area[0]);
        for (size_t i = 0; i < v.n; i++)
            CHECK(v.period[i].first <= v.period[i].last && v.source[i][0] &&
                  (v.status[i] == 'A' || v.status[i] == 'E'));
    }
    CHECK(rc == TS_EOF || bad_code(rc));
    ts_query_close(q);
}

static void read_all(void)
{
    ts_store *s;
    ts_error err;
    int rc = ts_store_open(path, &s, &err);
    if (rc != TS_OK) {
        CHECK(bad_code(rc) && err.msg[0]);
        return;
    }
    ts_selector sel;
    ts_selector_init(&sel);
    sel.vintages = 1;
    drain(s, &sel);
    drain_series(s, &sel);
    sel.vintages = 0;
    drain_series(s, &sel);
    sel.vintages = 1;
    ts_series_info si;
    if (ts_store_series_count(s) && ts_store_series(s, 0, &si, &err) == TS_OK) {
        char ind[TS_KEY_MAX + 1];
        snprintf(ind, sizeof ind, "%s", si.indicator);
        sel.indicator = ind; /* an exact indicator: the binary search */
        sel.vintages = 0;
        drain(s, &sel);
    }
    for (size_t i = 0; i < ts_store_source_count(s); i++) {
        ts_source_info in;
        ts_store_source(s, i, &in);
        char *text;
        size_t len;
        if (ts_store_source_text(s, i, &text, &len, &err) == TS_OK) free(text);
    }
    ts_store_close(s);
}

static void import_one(void)
{
    ts_txn *t;
    ts_error err;
    int rc = ts_store_begin(path, 0, &t, &err);
    if (rc != TS_OK) {
        CHECK(bad_code(rc) && err.msg[0]);
        return;
    }
    ts_source_new src = {0};
    src.name = "fuzz.txt";
    src.kind = TS_SOURCE_REPORT;
    src.text = "x";
    src.text_len = 1;
    size_t doc;
    CHECK(ts_txn_add_source(t, &src, &doc, NULL, &err) == TS_OK);
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = "budget.revenue";
    f.area = "kon-tum";
    f.measure = "level";
    f.unit = "bn_vnd";
    f.period = ts_period_year(2020);
    f.value = 1;
    CHECK(ts_txn_add_fact(t, &f, doc, 0, &err) == TS_OK);
    rc = ts_txn_commit(t, &err);
    CHECK(rc == TS_OK || bad_code(rc));
    if (rc == TS_OK) { /* what was written opens and reads */
        ts_store *s;
        CHECK(ts_store_open(path, &s, &err) == TS_OK);
        ts_selector sel;
        ts_selector_init(&sel);
        drain(s, &sel);
        ts_store_close(s);
    }
}

/* HDF5 1.10 divides by zero inside H5Dopen2 on some damaged layout
 * messages (a version or a chunk size it does not check), before any
 * check of ours can run; the tools report such a store as damaged
 * (tools/common/cli.c, cli_guard_store) and exit 2.  A child process
 * reads each input first: when it faults inside libhdf5 the input is
 * passed over, so that fuzzing goes on looking for faults of ours; a
 * fault anywhere else is left for the reading below to find. */
enum { HDF5_FAULT = 77 };

static void on_fpe(int sig, siginfo_t *si, void *uc)
{
    (void)si;
    Dl_info at;
    const void *pc = NULL;
#if defined(__x86_64__)
    pc = (const void *)((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
#else
    (void)uc;
#endif
    if (pc && dladdr(pc, &at) && at.dli_fname && strstr(at.dli_fname, "libhdf5"))
        _exit(HDF5_FAULT);
    signal(sig, SIG_DFL);
    raise(sig);
}

static int faults_in_hdf5(void)
{
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_fpe;
        sa.sa_flags = SA_SIGINFO;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGFPE, &sa, NULL);
        read_all();
        _exit(0);
    }
    int st;
    pid_t got;
    while ((got = waitpid(pid, &st, 0)) < 0 && errno == EINTR)
        ; /* libFuzzer's timer (-timeout) interrupts the wait */
    CHECK(got == pid);
    return WIFEXITED(st) && WEXITSTATUS(st) == HDF5_FAULT;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        ts_init();
        snprintf(path, sizeof path, "/tmp/fuzz_store.%ld.h5", (long)getpid());
        ready = 1;
    }
    FILE *fp = fopen(path, "wb");
    CHECK(fp != NULL);
    CHECK(fwrite(data, 1, size, fp) == size);
    CHECK(fclose(fp) == 0);
    if (faults_in_hdf5()) {
        unlink(path);
        return 0;
    }
    read_all();
    import_one();
    /* Whatever the bytes, no HDF5 object of ours stays open. */
    CHECK(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_ALL) == 0);
    unlink(path);
    return 0;
}
