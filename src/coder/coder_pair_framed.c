/*
** coder_pair_framed.c — talks that frame a clause whose subject is a pair
** (docs/coder.md, "Fifteenth session, second round: talks told as a
** speaker's own, talks of a pair, ..."). "The Danish defence minister and
** his Austrian counterpart agreed on a helicopter during talks in
** Vienna", "Denmark and Austria revised their fishing accord after
** negotiations": talks that name no party of their own are the talks of
** the two the clause's subject joins, each the other's partner (040, or
** 046 for negotiations), as "talks between" two are. Only talks, not a
** meeting or summit, which is as often a gathering of many ("pledged at
** G-7 meetings"); none a name before the noun places or owns ("at the
** London talks", "GATT talks"); and none the pair take part in apart
** ("both backed Brazil at the talks", "have each blamed the other").
** Reads the sentence only; the nominal step resolves and emits
** (pair_framed in coder_nominal.c).
*/
#include "coder/coder_int.h"

/* Prepositions that put talks around what their clause tells. */
static const char *const frames[] = {"during", "at", "in", "after", "following", NULL};
/* Nouns of talks with no gathering of many in them. */
static const char *const talk_nouns[] = {"talk", "negotiation", "discussion", "consultation",
                                         NULL};
/* Words after the noun that name its parties or its body itself. */
static const char *const own_parties[] = {"with", "between", "of", "among", "by", NULL};
/* Words that tell each member of the pair acted apart. */
static const char *const apart[] = {"both", "each", "all", "separately", NULL};

int32_t coder_pair_framed_talks(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    if (!lemma_in_list(s->ls.lemmas[p->head], talk_nouns) || s->ls.tags[p->head] != TAG_NNS)
        return -1;
    if (p->head + 1 < s->ls.n && lemma_in_list(s->ls.lemmas[p->head + 1], own_parties))
        return -1;
    /* "at the London talks", "during GATT talks": a name before the noun */
    const phrase words = {.kind = PH_NP, .first = p->first, .end = p->head, .head = p->head,
                          .up = -1, .np = -1};
    if (p->head > p->first && coder_names_someone(s, &words))
        return -1;
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_POSS))
            return -1;
    int32_t up = p->up;
    if (up < 0 || ph[up].kind != PH_PP || !lemma_in_list(s->ls.lemmas[ph[up].first], frames))
        return -1;
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0 || cl->subject < 0)
        return -1;
    const phrase *subj = &ph[cl->subject], *vg = &ph[cl->verb];
    if (subj->end > p->first)
        return -1;
    int and = 0;
    for (uint32_t k = subj->first; k < subj->end; k++)
        and += s->ls.tags[k] == TAG_CC && lemma_is_word(s->ls.lemmas[k], "and");
    if (and != 1)
        return -1;
    /* "El Salvador and Guatemala both backed", "have each laid the blame" */
    for (uint32_t k = subj->end; k < vg->end && k < s->ls.n; k++)
        if (lemma_in_list(s->ls.lemmas[k], apart))
            return -1;
    if (vg->end < s->ls.n && lemma_in_list(s->ls.lemmas[vg->end], apart))
        return -1;
    if (coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL, NULL) !=
        MOD_ASSERTED)
        return -1;
    return cl->subject;
}
