/*
** wordset.c — fixed word lists as one hash (wordset.h).
*/
#include "base/wordset.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "base/memo.h"

/* The hash of a word of n bytes (1..MEMO_KEY_MAX) whose memo_key_words
** are k[0..nk): the memo's, a multiply per eight bytes where base_hash
** takes one per byte, for the sets are asked about most tokens. Its low
** bits are the word's first slot, its high 16 bits kept in the slot. */
static uint32_t hash_of(const uint64_t *k, size_t nk, size_t n)
{
    return base_word_hash(k, nk, n);
}

#define SLOT_MASK (BASE_WORDSET_SLOTS - 1)
#define HASH_BITS 0xffff0000u

static int cmp_entry(const void *x, const void *y)
{
    return strcmp(((const base_word_class *)x)->word, ((const base_word_class *)y)->word);
}

base_word_list base_word_list_of(const char *const *words, unsigned bit)
{
    size_t n = 0;
    while (words[n])
        n++;
    return (base_word_list){words, n, (uint16_t)bit};
}

int base_wordset_init(base_wordset *ws, const base_word_list *lists, size_t nlists)
{
    memset(ws, 0, sizeof *ws);
    size_t total = 0;
    for (size_t i = 0; i < nlists; i++) {
        total += lists[i].n;
        for (size_t j = 0; j < lists[i].n; j++)
            if (!lists[i].words[j][0] || strlen(lists[i].words[j]) > MEMO_KEY_MAX)
                return -1;   /* no hash_of for it */
    }
    if (total * 2 > BASE_WORDSET_SLOTS || total >= 0xffff)
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
            t[n++] = (base_word_class){.word = lists[i].words[j], .bits = lists[i].bit};
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
        t[i].len = (uint8_t)strlen(t[i].word);
        size_t nk = memo_key_words(t[i].word, t[i].len, t[i].key);
        uint32_t h = hash_of(t[i].key, nk, t[i].len);
        size_t at = h & SLOT_MASK;
        while (ws->slots[at])
            at = (at + 1) & SLOT_MASK;
        ws->slots[at] = (h & HASH_BITS) | (uint32_t)(i + 1);
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

/* The bits of the word of n bytes whose memo_key_words are k[0..nk):
** two words of one length are equal when their keys are, so an entry is
** compared by a machine word or two, with no call. */
static unsigned probe(const base_wordset *ws, const uint64_t *k, size_t nk, size_t n)
{
    uint32_t h = hash_of(k, nk, n), v;
    for (size_t at = h & SLOT_MASK; (v = ws->slots[at]) != 0; at = (at + 1) & SLOT_MASK) {
        if ((v ^ h) & HASH_BITS)
            continue;   /* another word's hash: most probes end here */
        const base_word_class *e = &ws->words[(v & 0xffff) - 1];
        if (e->len != n || e->key[0] != k[0])
            continue;
        size_t i = 1;
        while (i < nk && e->key[i] == k[i])
            i++;
        if (i == nk)
            return e->bits;
    }
    return 0;
}

unsigned base_wordset_get(const base_wordset *ws, const char *w, size_t n)
{
    if (n == 0 || n > MEMO_KEY_MAX)
        return 0;   /* longer than any word of the set */
    uint64_t k[MEMO_KEY_WORDS];
    return probe(ws, k, memo_key_words(w, n, k), n);
}

unsigned base_wordset_get_fold(const base_wordset *ws, const char *w, size_t n)
{
    if (n == 0 || n > MEMO_KEY_MAX)
        return 0;
    /* folding is byte by byte, so the folded loads are the loads of the
    ** folded word: its key */
    uint64_t k[MEMO_KEY_WORDS];
    size_t nk = memo_key_words(w, n, k);
    for (size_t i = 0; i < nk; i++)
        k[i] = base_fold_ascii8(k[i]);
    return probe(ws, k, nk, n);
}

uint32_t base_word_hash_fold(const char *w, size_t n)
{
    if (n == 0 || n > MEMO_KEY_MAX) {
        uint32_t h = BASE_HASH_SEED;   /* base_hash, folded */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)w[i];
            h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 16777619u;
        }
        return h;
    }
    uint64_t k[MEMO_KEY_WORDS];
    size_t nk = memo_key_words(w, n, k);
    for (size_t i = 0; i < nk; i++)
        k[i] = base_fold_ascii8(k[i]);
    return base_word_hash(k, nk, n);
}
