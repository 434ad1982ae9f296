/*
** wordset.h — fixed lists of words made into one hash from a word to the
** lists it is on (a bit each), so that a stage that asks about most
** tokens (the analyzer's lemma classes, the article stage's titles and
** speech verbs) asks with one probe, however many lists there are.
** Internal to libdyad.
*/
#ifndef DYAD_BASE_WORDSET_H
#define DYAD_BASE_WORDSET_H

#include <stddef.h>
#include <stdint.h>

#include "base/memo.h"

#define BASE_WORDSET_SLOTS 1024   /* a power of two, over twice the words */

/* One list: its words (lower case, NUL-terminated) and the bit it gives. */
typedef struct base_word_list {
    const char *const *words;
    size_t n;
    uint16_t bit;
} base_word_list;

typedef struct base_word_class {
    const char *word;
    uint64_t key[MEMO_KEY_WORDS];   /* memo_key_words of word: compared as words */
    uint8_t len;
    uint16_t bits;
} base_word_class;

typedef struct base_wordset {
    base_word_class *words;   /* one entry per word, the bits of its lists */
    /* open addressing: 0 empty, else index + 1 in the low 16 bits and
    ** the word's hash in the high ones, so that a probe turns down most
    ** other words without reading their entry */
    uint32_t *slots;
} base_wordset;

/* A NULL-terminated list of words (borrowed) as a list of the set, with
** bit. */
base_word_list base_word_list_of(const char *const *words, unsigned bit);

/* Builds ws from the lists (borrowed: they must outlive it). Returns 0, or
** -1 when out of memory, or when the lists outgrew the table or hold a
** word longer than MEMO_KEY_MAX (ws then holds nothing to free). */
int base_wordset_init(base_wordset *ws, const base_word_list *lists, size_t nlists);
void base_wordset_free(base_wordset *ws);
/* The bits of the lists that word w (n bytes, lower case) is on; 0 for
** none. */
unsigned base_wordset_get(const base_wordset *ws, const char *w, size_t n);
/* The same for w as written, its ASCII capitals read as small letters
** (as a copy folded by tolower in the C locale would be asked): a token of
** the text, with no copy. */
unsigned base_wordset_get_fold(const base_wordset *ws, const char *w, size_t n);
/* A hash of w (n bytes) with its ASCII capitals read as small letters:
** two words equal but for that case hash alike. A multiply per eight
** bytes (the word set's key) up to MEMO_KEY_MAX bytes, one a byte past. */
uint32_t base_word_hash_fold(const char *w, size_t n);

#endif
