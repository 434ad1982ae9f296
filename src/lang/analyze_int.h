/*
** analyze_int.h — what analyze.c, phrase.c and clause.c share: the
** analyzer's reusable buffers and word tests on lemmas. Internal.
*/
#ifndef DYAD_LANG_ANALYZE_INT_H
#define DYAD_LANG_ANALYZE_INT_H

#include <string.h>

#include "base/base.h"
#include "base/wordset.h"
#include "lang/analyze.h"
#include "lang/tags.h"

/* The word lists phrase.c and clause.c test on most tokens, each a lemma
** class: analyze marks each token with a bit per class it is in, kept in
** the word memo with the lemma, so that lemma_has is one load where
** lemma_in walks a list (the walks took 6% of the analyzer's work).
** lang_class_lists (analyze.c) holds each class's list, in this order. */
enum { LC_DAY, LC_TIME, LC_SUBORD, LC_REPORTING, LC_RELATIVE, LC_COUNT };
extern const char *const *const lang_class_lists[LC_COUNT];

struct lang_analyzer {
    size_t cap;            /* tokens the per-token arrays hold */
    uint8_t *tags;
    const char **lemmas;
    uint32_t *lemma_off;
    uint16_t *lemma_cls;   /* per token: a bit per lemma class (LC_*, and the caller's) */
    uint8_t *lemma_form;   /* per token: base_lemma_form of its lemma */
    uint8_t *lemma_tag;    /* per token: the tag its lemma was made for */
    int32_t *np_of, *vg_of, *pp_of, *clause_of;  /* per token; -1 for none */
    /* where a relative clause's host is found (clause.c, host_index): per
    ** token, the lowest clause not a relative one whose span holds it; per
    ** phrase, the lowest such clause with it as subject, object or agent */
    int32_t *host_of, *role_first;
    size_t role_cap;
    uint8_t *protect;      /* token inside a coordination or apposition */
    uint8_t *inquote;      /* token inside quotation marks */
    strbuf pool;           /* lemma bytes, NUL-separated */
    /* one entry a word: its candidate tags (tagger.c), then its lemmas by
    ** tag (analyze.c), then the caller's part (lang_new_memo: the coder's
    ** dictionary ids), so that a word is looked up once for all */
    struct word_memo *memo;
    void **kept;           /* per token: its memo entry, or NULL (tag_sentence_kept) */
    size_t lemma_at;       /* where an entry's lemmas start: tag_memo_entry_size() */
    size_t extra_at;       /* where the caller's part starts (lang_new_memo) */
    /* the words of the lemma classes with their LC_* bits, and of the
    ** caller's (lang_new_classes): a lemma the memo lacks finds its classes
    ** in one probe (analyze.c) */
    base_wordset cls;
    phrase *ph;
    size_t nph, ph_cap;
    clause *cl;
    size_t ncl, cl_cap;
    uint32_t *pps;
    size_t npps, pps_cap;
    /* the sentence being analyzed */
    const char *text;
    const dyad_token *toks;
    size_t n;
};

/* Does token i's lemma equal w? */
static inline int lemma_is(const struct lang_analyzer *a, size_t i, const char *w)
{
    /* the first two bytes settle most comparisons without a call (the
    ** second is read only when the first is no NUL) */
    const char *l = i < a->n ? a->lemmas[i] : NULL;
    return l && l[0] == w[0] && (!w[0] || l[1] == w[1]) && strcmp(l, w) == 0;
}

/* Is token i's lemma in class cls: lemma_in(a, i, lang_class_lists[cls])? */
static inline int lemma_has(const struct lang_analyzer *a, size_t i, int cls)
{
    return i < a->n && (a->lemma_cls[i] >> cls & 1);
}

/* Is token i's lemma one of the words in list (NULL-terminated)? */
static inline int lemma_in(const struct lang_analyzer *a, size_t i, const char *const *list)
{
    if (i >= a->n)
        return 0;
    const char *l = a->lemmas[i];
    for (; *list; list++)
        if (l[0] == (*list)[0] && (!l[0] || l[1] == (*list)[1]) && strcmp(l, *list) == 0)
            return 1;
    return 0;
}

/* Appends a phrase; returns its index or -1 when out of memory. */
int32_t lang_add_phrase(struct lang_analyzer *a, const phrase *p);

/* phrase.c: noun phrases, verb groups, prepositional phrases, coordination
** and apposition. Returns 0 or -1 when out of memory. */
int phrase_chunk(struct lang_analyzer *a);

/* clause.c: clauses with subject, verb, object, agent and PPs. */
int clause_build(struct lang_analyzer *a);

/* The outermost NP that np belongs to without crossing a PP. */
int32_t phrase_top_np(const struct lang_analyzer *a, int32_t np);

/* Word lists shared by phrase.c and clause.c. */
extern const char *const lang_reporting_verbs[];
extern const char *const lang_subordinators[];
/* Words that open a relative clause ("which", "who", "that"). */
extern const char *const lang_relative_words[];
/* "hostage" in "took X hostage": a noun after the object that says what
** the object became (phrase.c cuts it off, clause.c steps over it). */
extern const char *const lang_predicate_nouns[];
/* Verbs that take two objects, a receiver and a thing: "gave Kenya a loan"
** (phrase.c splits "Ukraine tanks" after them, clause.c finds object2). */
extern const char *const lang_ditransitive_verbs[];

#endif
