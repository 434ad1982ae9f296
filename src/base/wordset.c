/*
** wordset.c — fixed word lists as one hash (wordset.h).
*/
#include "base/wordset.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "base/memo.h"

/* The slot for word w (1..MEMO_KEY_MAX bytes): the memo's hash, a
** multiply per eight bytes where base_hash takes one per byte, for the
** sets are asked about most tokens. */
static size_t slot_of(const char *w, size_t n)
{
    uint64_t k[MEMO_KEY_WORDS];
    size_t nk = memo_key_words(w, n, k);
    return base_word_hash(k, nk, n) & (BASE_WORDSET_SLOTS - 1);
}

static int cmp_entry(const void *x, const void *y)
{
    return strcmp(((const base_word_class *)x)->word, ((const base_word_class *)y)->word);
}

int base_wordset_init(base_wordset *ws, const base_word_list *lists, size_t nlists)
{
    memset(ws, 0, sizeof *ws);
    size_t total = 0;
    for (size_t i = 0; i < nlists; i++) {
        total += lists[i].n;
        for (size_t j = 0; j < lists[i].n; j++)
            if (!lists[i].words[j][0] || strlen(lists[i].words[j]) > MEMO_KEY_MAX)
                return -1;   /* no slot_of for it */
    }
    if (total * 2 > BASE_WORDSET_SLOTS)
        return -1;   /* the lists outgrew the table: raise BASE_WORDSET_SLOTS */
    base_word_class *t = dy_malloc((total + 1) * sizeof *t);
    ws->slots = dy_calloc(BASE_WORDSET_SLOTS, sizeof *ws->slots);
    if (!t || !ws->slots) {
        dy_free(t);
        base_wordset_free(ws);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < nlists; i++)
        for (size_t j = 0; j < lists[i].n; j++)
            t[n++] = (base_word_class){lists[i].words[j], lists[i].bit};
    /* a word on several lists: one entry with every bit */
    qsort(t, n, sizeof *t, cmp_entry);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m > 0 && strcmp(t[m - 1].word, t[i].word) == 0)
            t[m - 1].bits |= t[i].bits;
        else
            t[m++] = t[i];
    }
    for (size_t i = 0; i < m; i++) {
        size_t h = slot_of(t[i].word, strlen(t[i].word));
        while (ws->slots[h])
            h = (h + 1) & (BASE_WORDSET_SLOTS - 1);
        ws->slots[h] = (uint16_t)(i + 1);
    }
    ws->words = t;
    return 0;
}

void base_wordset_free(base_wordset *ws)
{
    dy_free(ws->words);
    dy_free(ws->slots);
    ws->words = NULL;
    ws->slots = NULL;
}

unsigned base_wordset_get(const base_wordset *ws, const char *w, size_t n)
{
    if (n == 0 || n > MEMO_KEY_MAX)
        return 0;   /* longer than any word of the set */
    for (size_t h = slot_of(w, n); ws->slots[h];
         h = (h + 1) & (BASE_WORDSET_SLOTS - 1)) {
        const base_word_class *e = &ws->words[ws->slots[h] - 1];
        if (e->word[0] != w[0])
            continue;   /* another word in the slot: most probes end here, with no call */
        if (strncmp(e->word, w, n) == 0 && e->word[n] == '\0')
            return e->bits;
    }
    return 0;
}
