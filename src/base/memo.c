/*
** memo.c — the word memo (memo.h): one array of slots, each a header
** (hash, key length and sub in one word, the key read as words) followed
** by the caller's entry. Two ways a slot (memo.h), for a hit then costs one hash and one
** or two compares, and a miss no search: the tagger, the lemmatizer and
** the coder ask about every token, so the key is read a machine word at a
** time. The lookup, memo_entry, is inline in memo.h; here the memo is
** made and freed.
*/
#define _DEFAULT_SOURCE   /* madvise's MADV_HUGEPAGE (Linux) */
#include "base/memo.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "base/base.h"

/* A huge page's bytes (x86-64, arm64 with 4 kB pages). */
#define MEMO_HUGE ((size_t)2 << 20)

word_memo *memo_new(unsigned log2_slots, size_t size)
{
    word_memo *m = dy_calloc(1, sizeof *m);
    if (!m)
        return NULL;
    size_t align = _Alignof(max_align_t);
    m->mask = (1u << log2_slots) - 1;
    m->stride = (sizeof(memo_slot) + size + align - 1) / align * align;
    size_t bytes = ((size_t)m->mask + 1) * m->stride;
    /* A table of a huge page or more starts one, so that its pages may be
    ** huge: the analyzer's (8 MB) is read at random, a word a slot, and
    ** in pages of 4 kB most first looks at a slot missed the TLB and
    ** every page was a fault of its own. The room before the start is
    ** never touched (calloc's large blocks are fresh mappings). */
    size_t start = bytes >= MEMO_HUGE ? MEMO_HUGE : MEMO_LINE;
    m->raw = dy_calloc(1, bytes + start);
    if (!m->raw) {
        dy_free(m);
        return NULL;
    }
    uintptr_t p = (uintptr_t)m->raw;
    m->slots = (unsigned char *)m->raw + (start - p % start) % start;
#ifdef MADV_HUGEPAGE
    if (start == MEMO_HUGE)
        (void)madvise(m->slots, bytes / MEMO_HUGE * MEMO_HUGE, MADV_HUGEPAGE);   /* a hint */
#endif
    return m;
}

void memo_free(word_memo *m)
{
    if (!m)
        return;
    dy_free(m->raw);
    dy_free(m);
}
