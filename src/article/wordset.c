/*
** wordset.c — fixed lists of words (titles, honorifics, speech verbs) made
** into one hash from a word to the lists it is on, so that the article
** stage asks about a word with one probe, however many lists there are.
*/
#include "article/article_int.h"

#include <stdlib.h>
#include <string.h>

/* The slot for word w (n bytes): a multiply per eight bytes, where
** base_hash (FNV-1a) takes one per byte, for the article stage asks about
** most tokens. Only this file builds and probes the table, so any hash
** serves; loads that overlap cover a short word's bytes in one go. */
static size_t slot_of(const char *w, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15u;
    uint64_t h = n, v = 0;
    for (; n > 8; w += 8, n -= 8) {
        memcpy(&v, w, 8);
        h = (h ^ v) * k;
    }
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, w, 4);
        memcpy(&hi, w + n - 4, 4);
        v = lo | (uint64_t)hi << 32;
    } else if (n > 0) {
        v = (unsigned char)w[0] | (uint64_t)(unsigned char)w[n / 2] << 8 |
            (uint64_t)(unsigned char)w[n - 1] << 16;
    } else {
        v = 0;
    }
    h = (h ^ v) * k;
    return (size_t)(h >> 32) & (ART_WORDSET_SLOTS - 1);
}

static int cmp_entry(const void *x, const void *y)
{
    return strcmp(((const art_word_class *)x)->word, ((const art_word_class *)y)->word);
}

int art_wordset_init(art_wordset *ws, const art_word_list *lists, size_t nlists)
{
    memset(ws, 0, sizeof *ws);
    size_t total = 0;
    for (size_t i = 0; i < nlists; i++)
        total += lists[i].n;
    if (total * 2 > ART_WORDSET_SLOTS)
        return -1;   /* the lists outgrew the table: raise ART_WORDSET_SLOTS */
    art_word_class *t = dy_malloc((total + 1) * sizeof *t);
    ws->slots = dy_calloc(ART_WORDSET_SLOTS, sizeof *ws->slots);
    if (!t || !ws->slots) {
        dy_free(t);
        art_wordset_free(ws);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < nlists; i++)
        for (size_t j = 0; j < lists[i].n; j++)
            t[n++] = (art_word_class){lists[i].words[j], lists[i].bit};
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
            h = (h + 1) & (ART_WORDSET_SLOTS - 1);
        ws->slots[h] = (uint16_t)(i + 1);
    }
    ws->words = t;
    return 0;
}

void art_wordset_free(art_wordset *ws)
{
    dy_free(ws->words);
    dy_free(ws->slots);
    ws->words = NULL;
    ws->slots = NULL;
}

unsigned art_wordset_get(const art_wordset *ws, const char *w, size_t n)
{
    for (size_t h = slot_of(w, n); ws->slots[h];
         h = (h + 1) & (ART_WORDSET_SLOTS - 1)) {
        const art_word_class *e = &ws->words[ws->slots[h] - 1];
        if (n > 0 && e->word[0] != w[0])
            continue;   /* another word in the slot: most probes end here, with no call */
        if (strncmp(e->word, w, n) == 0 && e->word[n] == '\0')
            return e->bits;
    }
    return 0;
}
