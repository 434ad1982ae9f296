/*
** memo.c — the word memo (memo.h): one array of slots, each a header
** (hash, key length, sub, key bytes) followed by the caller's entry.
** Direct-mapped, for a hit then costs one hash and one compare, and a miss
** no search: the tagger and the lemmatizer ask about every token.
*/
#include "base/memo.h"

#include <stddef.h>
#include <string.h>

#include "base/base.h"

typedef struct slot {
    uint32_t hash;
    uint8_t len;                /* key bytes; 0 = empty (no empty key is kept) */
    uint8_t sub;
    char key[MEMO_KEY_MAX];
    max_align_t entry[];        /* the caller's entry, size bytes */
} slot;

struct word_memo {
    uint32_t mask;              /* slots - 1 */
    size_t stride;              /* bytes per slot: header and entry */
    unsigned char *slots;
};

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
    uint32_t h = base_hash(BASE_HASH_SEED ^ sub, key, len);
    slot *s = (slot *)(m->slots + (size_t)(h & m->mask) * m->stride);
    if (s->hash == h && s->len == len && s->sub == sub) {
        size_t i = 0;   /* words are short: a loop beats a call to memcmp */
        while (i < len && s->key[i] == key[i])
            i++;
        if (i == len) {
            *hit = 1;
            return s->entry;
        }
    }
    s->hash = h;
    s->len = (uint8_t)len;
    s->sub = sub;
    memcpy(s->key, key, len);
    return s->entry;
}
