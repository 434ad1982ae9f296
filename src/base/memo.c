/*
** memo.c — the word memo (memo.h): one array of slots, each a header
** (hash, key length, sub, the key read as words) followed by the caller's
** entry. Direct-mapped, for a hit then costs one hash and one compare, and
** a miss no search: the tagger, the lemmatizer and the coder ask about
** every token, so the key is read a machine word at a time.
*/
#include "base/memo.h"

#include <stddef.h>
#include <string.h>

#include "base/base.h"

#define KEY_WORDS ((MEMO_KEY_MAX + 7) / 8)

typedef struct slot {
    uint32_t hash;
    uint8_t len;                /* key bytes; 0 = empty (no empty key is kept) */
    uint8_t sub;
    uint64_t key[KEY_WORDS];    /* key_words of the key */
    max_align_t entry[];        /* the caller's entry, size bytes */
} slot;

struct word_memo {
    uint32_t mask;              /* slots - 1 */
    size_t stride;              /* bytes per slot: header and entry */
    unsigned char *slots;
};

static uint64_t load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static uint64_t load32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Reads key (1..MEMO_KEY_MAX bytes) into w in a few loads that may
** overlap but stay inside the key and together cover every byte, so that
** two keys of one length are equal when their words are. Returns the
** number of words: one for a key up to 8 bytes, the most. */
static size_t key_words(const char *key, size_t len, uint64_t w[KEY_WORDS])
{
    if (len >= 8) {
        /* whole words from the start, the last one ending at the end */
        size_t n = (len + 7) / 8;
        for (size_t i = 0; i + 1 < n; i++)
            w[i] = load64(key + i * 8);
        w[n - 1] = load64(key + len - 8);
        return n;
    }
    if (len >= 4)
        w[0] = load32(key) | load32(key + len - 4) << 32;
    else
        w[0] = (unsigned char)key[0] | (uint64_t)(unsigned char)key[len / 2] << 8 |
               (uint64_t)(unsigned char)key[len - 1] << 16;
    return 1;
}

word_memo *memo_new(unsigned log2_slots, size_t size)
{
    word_memo *m = dy_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t align = _Alignof(max_align_t);
    m->mask = (1u << log2_slots) - 1;
    m->stride = (sizeof(slot) + size + align - 1) / align * align;
    m->slots = dy_calloc((size_t)m->mask + 1, m->stride);
    if (!m->slots) {
        dy_free(m);
        return NULL;
    }
    return m;
}

void memo_free(word_memo *m)
{
    if (!m)
        return;
    dy_free(m->slots);
    dy_free(m);
}

void *memo_entry(word_memo *m, const char *key, size_t len, uint8_t sub, int *hit)
{
    *hit = 0;
    if (!m || len == 0 || len > MEMO_KEY_MAX)
        return NULL;
    uint64_t w[KEY_WORDS];
    size_t nw = key_words(key, len, w);
    /* the hash: a multiply per word mixes it into the high bits */
    uint64_t mix = (uint64_t)len << 8 | sub;
    for (size_t i = 0; i < nw; i++)
        mix = (mix ^ w[i]) * 0x9E3779B97F4A7C15u;
    uint32_t h = (uint32_t)(mix >> 32);
    slot *s = (slot *)(m->slots + (size_t)(h & m->mask) * m->stride);
    if (s->hash == h && s->len == len && s->sub == sub) {
        size_t i = 0;   /* same length: same number of words */
        while (i < nw && s->key[i] == w[i])
            i++;
        if (i == nw) {
            *hit = 1;
            return s->entry;
        }
    }
    s->hash = h;
    s->len = (uint8_t)len;
    s->sub = sub;
    memcpy(s->key, w, nw * sizeof *w);
    return s->entry;
}
