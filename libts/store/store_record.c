/* Transactions across processes: a recording transaction (ts_txn_record)
 * writes what is added to it (documents with their bytes, facts,
 * checksums) to a stream instead of a store, and ts_txn_replay adds such
 * a stream to the real transaction, in the order it was recorded.  The
 * ranks of an MPI import read their files into recordings while rank 0
 * alone holds the lock and commits.  A recording judges whether a
 * document is new from the store as it stood when the lock was taken
 * (read without a lock), as the real transaction will. */
#include <stdlib.h>
#include <string.h>
#include "core/grow.h"
#include "store/store_h5.h"
#include "ts_sha256.h"

/* One document the recording was given. */
typedef struct {
    char *name;
    char sha[65];     /* "" while its checksum comes later */
    uint64_t size;
    int unchanged;    /* judged already in the store: its facts are skipped */
} rec_doc;

struct tsi_record {
    char *path;
    FILE *fp;         /* borrowed */
    ts_store *store;  /* NULL when there is no store yet */
    rec_doc *docs;
    size_t n_docs, cap_docs;
    uint64_t facts;
    int failed;       /* a write to fp failed */
};

enum { REC_SOURCE = 'S', REC_FACT = 'F', REC_SHA = 'H' };

static void put(tsi_record *r, const void *p, size_t n)
{
    if (n && fwrite(p, 1, n, r->fp) != n) r->failed = 1;
}

static void put_u64(tsi_record *r, uint64_t v) { put(r, &v, sizeof v); }

/* A string or a byte block: its length, then its bytes (NULL: length
 * UINT64_MAX, nothing follows). */
static void put_bytes(tsi_record *r, const void *p, uint64_t n)
{
    put_u64(r, p ? n : UINT64_MAX);
    if (p) put(r, p, (size_t)n);
}

static void put_str(tsi_record *r, const char *s)
{
    put_bytes(r, s, s ? strlen(s) : 0);
}

int tsi_record_new(const char *path, FILE *fp, tsi_record **out, ts_error *err)
{
    tsi_record *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", path);
    }
    r->fp = fp;
    int rc = ts_store_open(path, &r->store, err);
    if (rc == TS_ENOTFOUND) {
        r->store = NULL;
    } else if (rc != TS_OK) {
        tsi_record_free(r);
        return rc;
    }
    *out = r;
    return TS_OK;
}

void tsi_record_free(tsi_record *r)
{
    if (!r) return;
    for (size_t i = 0; i < r->n_docs; i++) free(r->docs[i].name);
    free(r->docs);
    ts_store_close(r->store);
    free(r->path);
    free(r);
}

/* The recording's last document named name, or -1. */
static long own_doc(const tsi_record *r, const char *name)
{
    for (size_t i = r->n_docs; i-- > 0;)
        if (strcmp(r->docs[i].name, name) == 0) return (long)i;
    return -1;
}

/* The store's imported document named name, or -1. */
static long store_doc(const tsi_record *r, const char *name, ts_source_info *si)
{
    size_t i;
    if (!r->store || ts_store_source_find(r->store, name, &i, NULL) != TS_OK) return -1;
    ts_store_source(r->store, i, si);
    return strcmp(si->kind, TS_SOURCE_NAMED) == 0 ? -1 : (long)i;
}

int tsi_record_has_source(const tsi_record *r, const char *name, uint64_t size)
{
    long d = own_doc(r, name);
    if (d >= 0) return r->docs[d].size == size;
    ts_source_info si;
    return store_doc(r, name, &si) >= 0 && si.size == size;
}

int tsi_record_add_source(tsi_record *r, const ts_source_new *src, size_t *doc, int *changed,
                          ts_error *err)
{
    if (!src->name || !src->name[0] || !src->kind)
        return ts_error_set(err, TS_EINVAL, "%s: a source document needs a name and a kind", r->path);
    char sha[65] = "";
    if (src->sha256) snprintf(sha, sizeof sha, "%s", src->sha256);
    else if (src->original) ts_sha256_hex(src->original, src->original_len, sha);
    else if (!src->sha256_later) ts_sha256_hex(src->text ? src->text : "", src->text_len, sha);
    /* Unchanged when the last word on this name, the recording's own or
     * the store's, has these bytes. */
    int same = 0;
    long own = own_doc(r, src->name);
    ts_source_info si;
    if (!sha[0]) same = 0;
    else if (own >= 0) same = strcmp(r->docs[own].sha, sha) == 0;
    else if (store_doc(r, src->name, &si) >= 0) same = strcmp(si.sha256, sha) == 0;
    if (tsi_grow(&r->docs, &r->cap_docs, r->n_docs + 1, sizeof *r->docs, 16) != 0)
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    rec_doc *d = &r->docs[r->n_docs];
    if (!(d->name = strdup(src->name)))
        return ts_error_set(err, TS_ENOMEM, "%s: out of memory", r->path);
    memcpy(d->sha, sha, sizeof sha);
    d->size = src->original ? src->original_len : src->text_len;
    d->unchanged = same;
    uint8_t flags[6] = {(uint8_t)src->omit_text, (uint8_t)src->has_period, (uint8_t)src->has_date,
                        (uint8_t)src->sha256_later, (uint8_t)same, 0};
    put(r, &(char){REC_SOURCE}, 1);
    put_u64(r, r->n_docs);
    put_str(r, src->name);
    put_str(r, src->kind);
    put_u64(r, src->text_len);
    put_bytes(r, src->omit_text ? NULL : src->text, src->text_len);
    put_str(r, src->sha256);
    put(r, flags, sizeof flags);
    put(r, &src->period, sizeof src->period);
    put(r, &src->date, sizeof src->date);
    put(r, &src->imported, sizeof src->imported);
    put_bytes(r, src->original, src->original_len);
    *doc = r->n_docs++;
    if (changed) *changed = !same;
    return r->failed ? ts_error_set(err, TS_EIO, "%s: cannot record a document", r->path) : TS_OK;
}

int tsi_record_source_sha256(tsi_record *r, size_t doc, const char *sha256, ts_error *err)
{
    if (doc >= r->n_docs || !sha256 || strlen(sha256) != 64)
        return ts_error_set(err, TS_EINVAL, "%s: no document waits for a checksum", r->path);
    memcpy(r->docs[doc].sha, sha256, 65);
    put(r, &(char){REC_SHA}, 1);
    put_u64(r, doc);
    put(r, sha256, 64);
    return r->failed ? ts_error_set(err, TS_EIO, "%s: cannot record a checksum", r->path) : TS_OK;
}

int tsi_record_add_fact(tsi_record *r, const ts_fact *f, size_t doc, int64_t offset,
                        ts_error *err)
{
    if (doc >= r->n_docs)
        return ts_error_set(err, TS_EINVAL, "%s: fact added for an unknown document", r->path);
    if (r->docs[doc].unchanged) return TS_OK; /* the store has them */
    put(r, &(char){REC_FACT}, 1);
    put_u64(r, doc);
    put(r, &offset, sizeof offset);
    const char *keys[7] = {f->indicator, f->area, f->measure, f->unit, f->price ? f->price : "",
                           f->plan_by ? f->plan_by : "", f->source};
    for (int j = 0; j < 7; j++) put_str(r, keys[j]);
    put(r, &f->period, sizeof f->period);
    put(r, &f->value, sizeof f->value);
    put(r, &f->status, 1);
    r->facts++;
    return r->failed ? ts_error_set(err, TS_EIO, "%s: cannot record a fact", r->path) : TS_OK;
}

uint64_t tsi_record_facts(const tsi_record *r)
{
    return r->facts;
}

int tsi_record_finish(tsi_record *r, ts_error *err)
{
    if (fflush(r->fp) != 0 || ferror(r->fp)) r->failed = 1;
    return r->failed ? ts_error_set(err, TS_EIO, "%s: cannot write the recording", r->path) : TS_OK;
}

/* ---- replaying ---- */

/* The reading side: a buffer for strings and blocks, grown as needed. */
typedef struct {
    FILE *fp;
    char *buf[3];     /* three blocks a record may hold at once */
    size_t cap[3];
    int bad;          /* short read or a length past reason */
} reader;

static void get(reader *rd, void *p, size_t n)
{
    if (!rd->bad && n && fread(p, 1, n, rd->fp) != n) rd->bad = 1;
}

/* Block k of the record: its bytes NUL-terminated in rd->buf[k], or NULL
 * for a NULL block; *n its length. */
static const char *get_bytes(reader *rd, int k, uint64_t *n)
{
    uint64_t len = 0;
    get(rd, &len, sizeof len);
    if (rd->bad || len == UINT64_MAX) {
        if (n) *n = 0;
        return NULL;
    }
    if (len > ((uint64_t)1 << 40) || tsi_grow(&rd->buf[k], &rd->cap[k], (size_t)len + 1, 1, 256) != 0) {
        rd->bad = 1;
        return NULL;
    }
    get(rd, rd->buf[k], (size_t)len);
    rd->buf[k][len] = '\0';
    if (n) *n = len;
    return rd->bad ? NULL : rd->buf[k];
}

/* Strings of a fact record, one arena for the seven. */
static int replay_fact(ts_txn *t, reader *rd, const size_t *map, const int *changed, size_t n_map,
                       ts_error *err)
{
    uint64_t doc;
    int64_t offset;
    get(rd, &doc, sizeof doc);
    get(rd, &offset, sizeof offset);
    char *s[7];
    size_t at[7], used = 0;
    for (int j = 0; j < 7; j++) {
        uint64_t n;
        const char *v = get_bytes(rd, 0, &n);
        if (!v || tsi_grow(&rd->buf[1], &rd->cap[1], used + (size_t)n + 1, 1, 256) != 0) {
            rd->bad = 1;
            break;
        }
        memcpy(rd->buf[1] + used, v, (size_t)n + 1);
        at[j] = used;
        used += (size_t)n + 1;
    }
    ts_fact f;
    ts_fact_init(&f);
    get(rd, &f.period, sizeof f.period);
    get(rd, &f.value, sizeof f.value);
    get(rd, &f.status, 1);
    if (rd->bad || doc >= n_map)
        return ts_error_set(err, TS_EFORMAT, "a recorded import is cut short or damaged");
    for (int j = 0; j < 7; j++) s[j] = rd->buf[1] + at[j];
    f.indicator = s[0], f.area = s[1], f.measure = s[2], f.unit = s[3];
    f.price = s[4], f.plan_by = s[5], f.source = s[6];
    if (!changed[doc]) return TS_OK;
    return ts_txn_add_fact(t, &f, map[doc], offset, err);
}

static int replay_source(ts_txn *t, reader *rd, size_t *map, int *changed, size_t n_map,
                         ts_error *err)
{
    uint64_t id, text_len, orig_len;
    ts_source_new src = {0};
    uint8_t flags[6];
    get(rd, &id, sizeof id);
    char *name = NULL, *kind = NULL;
    const char *v = get_bytes(rd, 0, NULL);
    if (v) name = strdup(v);
    v = get_bytes(rd, 0, NULL);
    if (v) kind = strdup(v);
    get(rd, &text_len, sizeof text_len);
    src.text = get_bytes(rd, 1, NULL);
    src.sha256 = get_bytes(rd, 0, NULL);
    get(rd, flags, sizeof flags);
    get(rd, &src.period, sizeof src.period);
    get(rd, &src.date, sizeof src.date);
    get(rd, &src.imported, sizeof src.imported);
    src.original = get_bytes(rd, 2, &orig_len);
    int rc;
    if (rd->bad || !name || !kind || id != n_map) {
        rc = ts_error_set(err, TS_EFORMAT, "a recorded import is cut short or damaged");
    } else {
        src.name = name;
        src.kind = kind;
        src.text_len = (size_t)text_len;
        src.omit_text = flags[0];
        src.has_period = flags[1];
        src.has_date = flags[2];
        src.sha256_later = flags[3];
        src.original_len = (size_t)orig_len;
        rc = ts_txn_add_source(t, &src, &map[id], &changed[id], err);
        /* Judged unchanged, its facts were not recorded: the store must
         * agree, or they would be lost. */
        if (rc == TS_OK && flags[4] && changed[id])
            rc = ts_error_set(err, TS_EINVAL, "two versions of document %s in one import: "
                              "import them one after the other", name);
    }
    free(name);
    free(kind);
    return rc;
}

int tsi_txn_replay(ts_txn *t, FILE *fp, ts_error *err)
{
    reader rd = {fp, {NULL}, {0}, 0};
    size_t *map = NULL, n_map = 0, cap = 0, cap2 = 0;
    int *changed = NULL, rc = TS_OK, type;
    while (rc == TS_OK && (type = getc(fp)) != EOF) {
        if (type == REC_SOURCE) {
            if (tsi_grow(&map, &cap, n_map + 1, sizeof *map, 16) != 0
                || tsi_grow(&changed, &cap2, n_map + 1, sizeof *changed, 16) != 0) {
                rc = ts_error_set(err, TS_ENOMEM, "out of memory");
                break;
            }
            if ((rc = replay_source(t, &rd, map, changed, n_map, err)) == TS_OK) n_map++;
        } else if (type == REC_FACT) {
            rc = replay_fact(t, &rd, map, changed, n_map, err);
        } else if (type == REC_SHA) {
            uint64_t doc;
            char sha[65] = "";
            get(&rd, &doc, sizeof doc);
            get(&rd, sha, 64);
            if (rd.bad || doc >= n_map)
                rc = ts_error_set(err, TS_EFORMAT, "a recorded import is cut short or damaged");
            else
                rc = ts_txn_source_sha256(t, map[doc], sha, err);
        } else {
            rc = ts_error_set(err, TS_EFORMAT, "a recorded import is damaged");
        }
    }
    if (rc == TS_OK && ferror(fp)) rc = ts_error_set(err, TS_EIO, "cannot read a recorded import");
    for (int k = 0; k < 3; k++) free(rd.buf[k]);
    free(map);
    free(changed);
    return rc;
}
