/*
** lang_data.h — the shape of the generated language tables. The data
** itself is $(BUILD)/gen/lang_data.c, written at build time by
** tools/gen_lang.c from Debian-shipped files (Lingua::EN::Tagger's
** words.yml/tags.yml and WordNet's index.* and *.exc); see docs/lang.md.
** Everything here is static const, safe to read from any thread, but for
** ld_model_tab, which the tagger fills once (under pthread_once) before it
** reads it and never writes again.
*/
#ifndef DYAD_LANG_DATA_H
#define DYAD_LANG_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "base/memo.h"   /* memo_load64, memo_load32 for ld_key_hash */
#include "lang/tags.h"

/* WordNet parts of speech, as bits in ld_word.wn and values of ld_exc.pos. */
enum { LD_NOUN = 1, LD_VERB = 2, LD_ADJ = 4, LD_ADV = 8 };

/* Keys that start with this byte are not words but unknown-word classes
** (suffix models and the like), so they never collide with real text. */
#define LD_CLASS_CHAR '\001'

/* One string key: a word of the tagger corpus (case as seen), a WordNet
** lemma or exception form (lower case), or an unknown-word class. */
typedef struct ld_word {
    uint32_t off;       /* key bytes: ld_pool + off, not NUL-terminated */
    uint32_t emit;      /* first of nemit entries in ld_emit */
    uint32_t exc;       /* first of nexc entries in ld_exc */
    uint32_t count;     /* times seen in the tagger corpus, all tags */
    uint8_t len;
    uint8_t wn;         /* LD_* bits: the key is a WordNet lemma of that POS */
    uint8_t nemit;
    uint8_t nexc;
} ld_word;

/* score = log P(tag | word) - log P(tag): the emission score up to a term
** that is the same for every tag of a token, so Viterbi can compare it. */
typedef struct ld_emit {
    float score;
    uint8_t tag;
} ld_emit;

/* A WordNet exception: the key is an irregular form of base, in pos. */
typedef struct ld_exc {
    uint32_t base_off;
    uint8_t base_len;
    uint8_t pos;        /* LD_NOUN, LD_VERB, LD_ADJ or LD_ADV */
} ld_exc;

/* What an unknown-word model's emission gives the tagger, worked out
** once from the emission and ld_logprior by tagger.c (which says how) so
** that an unknown word's candidates are table reads. */
typedef struct ld_model_out {
    float prob;         /* P(tag | model) */
    float score;        /* the emission score again, through prob */
    float score_wn;     /* the same, WordNet's weight added to prob */
} ld_model_out;

extern const char ld_pool[];
extern const ld_word ld_words[];
extern const uint32_t ld_nwords;
extern const ld_emit ld_emit_tab[];
/* ld_emit_tab's entries; the unknown-word models' (keys LD_CLASS_CHAR
** and a class letter, see ld_word_class) are the last, from ld_model_emit
** on, and ld_model_tab[e - ld_model_emit] is what emission e gives: zeroed
** storage until tagger.c fills it. */
extern const uint32_t ld_nemit;
extern const uint32_t ld_model_emit;
extern ld_model_out ld_model_tab[];
extern const ld_exc ld_exc_tab[];
/* Open addressing, linear probing. A slot is 0 for empty, else word index
** + 1 in the bits of ld_hash_idx_mask and the key's hash in the others, so
** a probe rejects most other keys without reading their ld_words entry. */
extern const uint32_t ld_hash[];
extern const uint32_t ld_hash_mask;
extern const uint32_t ld_hash_idx_mask;
/* log P(tag | previous tag), by the tag reached: ld_trans_to[tag][prev],
** so that Viterbi reads one row for a candidate over all previous tags; the
** previous tag at a sentence start is '.'. */
extern const float ld_trans_to[TAG_COUNT][TAG_COUNT];
/* log P(tag) over the tagger corpus. */
extern const float ld_logprior[TAG_COUNT];

/* The unknown-word class of a word (generator and tagger must agree):
** 'd' holds a digit, 'h' a hyphen, 'c' starts upper-case, 'l' otherwise. */
static inline char ld_word_class(const char *s, size_t n)
{
    int hy = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return 'd';
        if (s[i] == '-')
            hy = 1;
    }
    if (hy)
        return 'h';
    return n && s[0] >= 'A' && s[0] <= 'Z' ? 'c' : 'l';
}

/* Longest suffix kept in the unknown-word models. */
#define LD_SUFFIX_MAX 5

/* The hash of a key of n bytes (the generator and ld_find must agree): a
** multiply per eight bytes, the last eight, or a shorter key's bytes read
** as memo_key_words reads them, where base_hash took one a byte (the
** tagger looks up the words it has not seen and their suffixes). */
static inline uint32_t ld_key_hash(const char *s, size_t n)
{
    uint64_t h = (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        h = (h ^ memo_load64(s + i)) * 0x9E3779B97F4A7C15u;
    if (i < n) {
        uint64_t w = n >= 8 ? memo_load64(s + n - 8)
                   : n >= 4 ? memo_load32(s) | memo_load32(s + n - 4) << 32
                   : (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
                         (uint64_t)(unsigned char)s[n - 1] << 16;
        h = (h ^ w) * 0x9E3779B97F4A7C15u;
    }
    return (uint32_t)(h >> 32);
}

/* Are the n bytes at p and at s the same? Keys are short: loads that may
** overlap but stay inside both and cover every byte, as ld_key_hash
** reads them, where a loop of a byte a step beat a call to memcmp but
** ran to a length the processor could not foresee. */
static inline int ld_key_eq(const char *p, const char *s, size_t n)
{
    if (n >= 8) {
        for (size_t j = 0; j + 8 < n; j += 8)
            if (memo_load64(p + j) != memo_load64(s + j))
                return 0;
        return memo_load64(p + n - 8) == memo_load64(s + n - 8);
    }
    if (n >= 4)
        return ((memo_load32(p) ^ memo_load32(s)) |
                (memo_load32(p + n - 4) ^ memo_load32(s + n - 4))) == 0;
    if (n == 0)
        return 1;
    return ((p[0] ^ s[0]) | (p[n / 2] ^ s[n / 2]) | (p[n - 1] ^ s[n - 1])) == 0;
}

/* Returns the entry for key s (n bytes, exact case), or NULL. */
static inline const ld_word *ld_find(const char *s, size_t n)
{
    uint32_t h = ld_key_hash(s, n);
    uint32_t i = h & ld_hash_mask, im = ld_hash_idx_mask;
    for (;;) {
        uint32_t k = ld_hash[i];
        if (k == 0)
            return NULL;
        const ld_word *w = &ld_words[(k & im) - 1];
        if (((k ^ h) & ~im) == 0 && w->len == n && ld_key_eq(ld_pool + w->off, s, n))
            return w;
        i = (i + 1) & ld_hash_mask;
    }
}

#endif
