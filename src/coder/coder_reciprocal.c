/*
** coder_reciprocal.c — a target that is the subject's members to one
** another (docs/coder.md, "Eleventh session: disapproval"). "The United
** States and Brazil blamed one another for the breakdown" is each
** member's act towards the other, as "Xi and Putin met" is: the phrase
** "each other" or "one another" names no actor, and without this the
** clause had no target and gave nothing. The emit step pairs the
** subject's members (coder_events.c, pair_each) once the clause job is
** marked mutual; a subject of one actor ("Brazil and its banks blamed
** each other") gives no pair, and three or more are a list.
** "The U.S. and Brazil each laid the blame on the other" says the same
** with "the other", read so only after a floating "each" in its clause
** (fifteenth session).
*/
#include "coder/coder_int.h"

/* Does a floating "each" stand before token k in its clause, right
** before a verb or an adverb ("each laid", "have each blamed", "each
** also accused")? A comma or "and" ends the search: "Kenya accused each
** envoy, and the other ..." is no such clause. */
static int floating_each(const sent_ctx *s, uint32_t k)
{
    const lang_sent *ls = &s->ls;
    while (k-- > 0) {
        if (ls->tags[k] == TAG_COMMA || lemma_is_word(ls->lemmas[k], "and"))
            return 0;
        if (lemma_is_word(ls->lemmas[k], "each") && k + 1 < ls->n &&
            (tag_is_verb(ls->tags[k + 1]) || ls->tags[k + 1] == TAG_RB ||
             ls->tags[k + 1] == TAG_MD))
            return 1;
    }
    return 0;
}

int coder_reciprocal_np(const sent_ctx *s, int32_t np)
{
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    /* the tagger reads "one" as a number and leaves "another" outside */
    if (p->kind != PH_NP || p->first + 1 >= s->ls.n || p->end > p->first + 2)
        return 0;
    const char *a = s->ls.lemmas[p->first], *b = s->ls.lemmas[p->first + 1];
    return (lemma_is_word(a, "each") && lemma_is_word(b, "other")) ||
           (lemma_is_word(a, "one") && lemma_is_word(b, "another")) ||
           (lemma_is_word(a, "the") && lemma_is_word(b, "other") &&
            p->end == p->first + 2 && floating_each(s, p->first));
}
