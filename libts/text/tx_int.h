/* Private to libts/text: the folded view of a sentence that extraction
 * matches against (lower case, accents stripped, đ -> d, runs of white
 * space as one space), with a map back to the original bytes. */
#ifndef TX_INT_H
#define TX_INT_H

#include <stddef.h>

typedef struct {
    char *s;      /* folded text, ASCII-only, NUL-terminated */
    size_t len;
    size_t *map;  /* map[i] = byte offset in the original of s[i]; map[len] = original length */
    size_t cap;
} tx_fold;

/* Folds len bytes of UTF-8 (NFC) into f, reusing f's buffers.  Invalid
 * bytes fold to '~'.  Returns 0, or -1 on out of memory (f unchanged). */
int tx_fold_text(tx_fold *f, const char *text, size_t len);
void tx_fold_free(tx_fold *f);

/* Nonzero for the bytes that make up words in folded text (letters and
 * digits; '~' stands for an unknown character inside a word). */
int tx_is_word(int c);

#endif

/* ---- lexicon internals shared with the clause extractor ---- */

enum {
    TX_POST = 1 << 0, /* only right after a number and its unit */
    TX_PLAN = 1 << 1  /* the phrase names a plan or target */
};

typedef struct {
    char *phrase;     /* as written in the lexicon */
    char *folded;     /* folded, separators as single spaces */
    size_t flen;
    char *indicator;  /* catalogue id, "-" or "@place" */
    unsigned flags;   /* TX_... */
    int comma;        /* the phrase itself has a ',': commas in the text may match */
    char *before;     /* before=a|b: one of these words just before the figure */
    char *unit;       /* unit=U condition, or NULL */
    char *ctx;        /* ctx=A|B condition ('|'-separated prefixes), or NULL */
    char *rate;       /* rate=ID, or NULL */
    char *near;       /* near=a|b: the sentence must hold one of these folded words */
} tx_entry;

struct ts_lexicon;

/* Entries matching folded text s (length n) at word start pos, longest
 * first; stores up to max entry pointers and the end of each match
 * (folded index).  Returns the number stored. */
size_t tx_lexicon_at(const struct ts_lexicon *lx, const char *s, size_t n,
                     size_t pos, const tx_entry **out, size_t *ends, size_t max);

/* Does phrase-side separator skipping: nonzero for ' ', ',', '-', '&'. */
int tx_is_sep(int c);
