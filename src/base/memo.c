/*
** memo.c — the word memo (memo.h): one array of slots, each a header
** (hash, key length and sub in one word, the key read as words) followed
** by the caller's entry. Two ways a slot (memo.h), for a hit then costs one hash and one
** or two compares, and a miss no search: the tagger, the lemmatizer and
** the coder ask about every token, so the key is read a machine word at a
** time. The lookup, memo_entry, is inline in memo.h; here the memo is
** made and freed.
*/
#include "base/memo.h"

#include <stddef.h>
#include <string.h>

#include "base/base.h"

word_memo *memo_new(unsigned log2_slots, size_t size)
{
    word_memo *m = dy_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t align = _Alignof(max_align_t);
    m->mask = (1u << log2_slots) - 1;
    m->stride = (sizeof(memo_slot) + size + align - 1) / align * align;
    size_t slots = (size_t)m->mask + 1;
    if (m->stride > SIZE_MAX / slots) {
        dy_free(m);
        return NULL;
    }
    m->slots = dy_calloc_large(slots * m->stride);
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
    dy_free_large(m->slots, ((size_t)m->mask + 1) * m->stride);
    dy_free(m);
}
