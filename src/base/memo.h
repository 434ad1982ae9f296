/*
** memo.h — what a pure function of a short word worked out, kept for the
** word's next occurrence: a direct-mapped table of fixed-size entries,
** keyed by the word's bytes and a small number (the tagger keeps a word's
** candidate tags by whether it opens the sentence, the lemmatizer a
** lemma by tag, the coder a word's dictionary ids). News repeats its
** words ("the", "said", the names of the story), so most lookups find the
** entry; a new word evicts the one in its slot. The caller must store only
** what depends on the key alone, so that a kept entry is always what the
** function would give again. Internal to libdyad; a memo belongs to one
** analyzer or coder and is not shared between threads.
*/
#ifndef DYAD_BASE_MEMO_H
#define DYAD_BASE_MEMO_H

#include <stddef.h>
#include <stdint.h>

/* Longest word a memo keeps; longer ones are worked out every time. */
#define MEMO_KEY_MAX 26

typedef struct word_memo word_memo;

/* Returns a memo of 1 << log2_slots entries of size bytes each (zeroed:
** empty), or NULL when out of memory. Free it with memo_free. */
word_memo *memo_new(unsigned log2_slots, size_t size);
void memo_free(word_memo *m);   /* accepts NULL */

/* The entry of (key[0..len), sub): sets *hit to 1 when it is kept, else
** claims the slot for it (evicting what it held, *hit 0) and the caller
** fills the returned entry before the next call. NULL when m is NULL or
** the key is longer than MEMO_KEY_MAX: nothing is kept for it. The entry
** is aligned for any type and belongs to the memo. */
void *memo_entry(word_memo *m, const char *key, size_t len, uint8_t sub, int *hit);

#endif
