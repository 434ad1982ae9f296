/*
** memo.h — what a pure function of a short word worked out, kept for the
** word's next occurrence: a table of fixed-size entries, two ways a slot,
** keyed by the word's bytes and a small number (the analyzer keeps a
** word's candidate tags and its lemmas by tag in one entry, and the coder
** the word's dictionary ids in the same entry). News repeats its words ("the", "said", the
** names of the story), so most lookups find the entry; a new word evicts
** the older of the two in its place. The caller must store only what
** depends on the key alone, so that a kept entry is always what the
** function would give again. Internal to libdyad; a memo belongs to one
** analyzer or coder and is not shared between threads.
*/
#ifndef DYAD_BASE_MEMO_H
#define DYAD_BASE_MEMO_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Longest word a memo keeps; longer ones are worked out every time. */
#define MEMO_KEY_MAX 26

typedef struct word_memo word_memo;

/* Returns a memo of 1 << log2_slots entries of size bytes each (zeroed:
** empty), or NULL when out of memory. Free it with memo_free. */
word_memo *memo_new(unsigned log2_slots, size_t size);
void memo_free(word_memo *m);   /* accepts NULL */

/* memo_entry is inline, and so the layout it reads: the tagger, the
** lemmatizer and the coder ask about every token, and a call cost a fifth
** of a lookup. Callers use memo_entry alone. */
#define MEMO_KEY_WORDS ((MEMO_KEY_MAX + 7) / 8)

typedef struct memo_slot {
    uint64_t id;                /* memo_id of the key; 0 = empty (no empty key is kept) */
    uint32_t round;             /* the memo's round when the key was last asked for */
    uint64_t key[MEMO_KEY_WORDS]; /* memo_key_words of the key */
    max_align_t entry[];        /* the caller's entry, size bytes */
} memo_slot;

struct word_memo {
    uint32_t mask;              /* slots - 1 */
    uint32_t round;             /* memo_round; 0 (the start): no entry is held */
    size_t stride;              /* bytes per slot: header and entry */
    unsigned char *slots;
};

static inline uint64_t memo_load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t memo_load32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Reads key (1..MEMO_KEY_MAX bytes) into w in a few loads that may
** overlap but stay inside the key and together cover every byte, so that
** two keys of one length are equal when their words are. Returns the
** number of words: one for a key up to 8 bytes, the most. */
static inline size_t memo_key_words(const char *key, size_t len, uint64_t w[MEMO_KEY_WORDS])
{
    if (len >= 8) {
        /* whole words from the start, the last one ending at the end */
        size_t n = (len + 7) / 8;
        for (size_t i = 0; i + 1 < n; i++)
            w[i] = memo_load64(key + i * 8);
        w[n - 1] = memo_load64(key + len - 8);
        return n;
    }
    if (len >= 4)
        w[0] = memo_load32(key) | memo_load32(key + len - 4) << 32;
    else
        w[0] = (unsigned char)key[0] | (uint64_t)(unsigned char)key[len / 2] << 8 |
               (uint64_t)(unsigned char)key[len - 1] << 16;
    return 1;
}

/* The hash of a key's words w[0..nw) (memo_key_words) from seed: a
** multiply per word mixes it into the high bits. The memo's and the word
** set's (wordset.c): one multiply per eight bytes, where base_hash takes
** one per byte. */
static inline uint32_t base_word_hash(const uint64_t *w, size_t nw, uint64_t seed)
{
    for (size_t i = 0; i < nw; i++)
        seed = (seed ^ w[i]) * 0x9E3779B97F4A7C15u;
    return (uint32_t)(seed >> 32);
}

/* A key's hash, length and sub in one word, so that a slot is turned
** down by one compare; never 0, for a key has a byte at least. */
static inline uint64_t memo_id(uint32_t h, size_t len, uint8_t sub)
{
    return (uint64_t)h << 16 | (uint64_t)len << 8 | sub;
}

/* Does slot s hold the key of memo_id id whose words are w[0..nw)? */
static inline int memo_holds(const memo_slot *s, uint64_t id, const uint64_t *w, size_t nw)
{
    if (s->id != id)
        return 0;
    size_t i = 0;   /* same length: same number of words */
    while (i < nw && s->key[i] == w[i])
        i++;
    return i == nw;
}

/* Starts a round: until the next, every entry memo_entry hands out stays
** where it is and keeps its key, so that a caller may hold the entries
** of a whole sentence's words at once (the analyzer reads the lemma kept
** beside a word's tags after tagging the sentence). A round that finds
** both places of a new key taken in the round keeps nothing for it. */
static inline void memo_round(word_memo *m)
{
    if (m && !++m->round)
        m->round = 1;   /* 0 would end the holding */
}

/* Is slot s held in the current round (memo_round)? */
static inline int memo_held(const word_memo *m, const memo_slot *s)
{
    return m->round && s->round == m->round;
}

/* The entry of (key[0..len), sub): sets *hit to 1 when it is kept, else
** claims a slot for it (evicting what it held, *hit 0) and returns the
** entry zeroed, which the caller fills. NULL when m is NULL, the key is
** longer than MEMO_KEY_MAX or both its places are held in the round:
** nothing is kept for it. The entry is aligned for any type, belongs to
** the memo, and stays the key's until the next call, or with rounds
** (memo_round) until the next round.
**
** Two ways: a key may sit in its slot or in the slot's neighbour (index
** ^ 1), so that two words of one slot that a story repeats do not evict
** each other at every turn (each miss of the tagger's memo costs more
** than a thousand instructions). A new key takes its own slot, and what
** that held moves to the neighbour; a slot held in the round neither
** moves nor is overwritten. */
static inline void *memo_entry(word_memo *m, const char *key, size_t len, uint8_t sub, int *hit);

/* memo_entry's lookup once the key is read as words w[0..nw); inlined
** with nw known (1 for most words), so that its loops unroll. */
static inline __attribute__((always_inline)) void *
memo_find(word_memo *m, const uint64_t *w, size_t nw, size_t len, uint8_t sub, int *hit)
{
    uint32_t h = base_word_hash(w, nw, (uint64_t)len << 8 | sub);
    uint64_t id = memo_id(h, len, sub);
    size_t at = h & m->mask;
    memo_slot *s = (memo_slot *)(m->slots + at * m->stride);
    if (memo_holds(s, id, w, nw)) {
        *hit = 1;
        s->round = m->round;
        return s->entry;
    }
    /* a memo of one slot has no neighbour (mask & 1 is 0) */
    memo_slot *o = (memo_slot *)(m->slots + (at ^ (m->mask & 1)) * m->stride);
    memo_slot *t = s;   /* the slot the key takes */
    if (o != s) {
        if (memo_holds(o, id, w, nw)) {
            *hit = 1;
            o->round = m->round;
            return o->entry;
        }
        if (memo_held(m, s)) {
            if (memo_held(m, o))
                return NULL;
            t = o;
        } else if (s->id && !memo_held(m, o)) {
            memcpy(o, s, m->stride);
        }
    } else if (memo_held(m, s)) {
        return NULL;
    }
    t->id = id;
    t->round = m->round;
    memcpy(t->key, w, nw * sizeof *w);
    memset(t->entry, 0, m->stride - sizeof *t);
    return t->entry;
}

static inline void *memo_entry(word_memo *m, const char *key, size_t len, uint8_t sub, int *hit)
{
    *hit = 0;
    if (!m || len - 1 >= MEMO_KEY_MAX)   /* len 0 wraps round */
        return NULL;
    uint64_t w[MEMO_KEY_WORDS];
    if (len < 8) {   /* most words: one key word */
        memo_key_words(key, len, w);
        return memo_find(m, w, 1, len, sub, hit);
    }
    return memo_find(m, w, memo_key_words(key, len, w), len, sub, hit);
}

#endif
