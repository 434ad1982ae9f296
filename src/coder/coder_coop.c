/*
** coder_coop.c — meetings that the sentence tells without a verb of
** meeting (docs/coder.md, "Ninth session: guests and talks told
** around an act"). A guest named by "visiting" makes a meeting a visit
** and its hosting; talks that frame an act between two states are a
** meeting of the two.
*/
#include "coder/coder_int.h"

#include <string.h>

int coder_visiting(const sent_ctx *s, const actor_ref *a)
{
    if (a->from != FROM_SENTENCE || a->first >= s->ls.n || s->ls.np_of[a->first] < 0)
        return 0;
    /* "the visiting Ugandan minister": the word stands in the actor's own
    ** phrase, before its head ("a minister visiting Kenya" is a clause) */
    const phrase *p = &s->ls.phrases[s->ls.np_of[a->first]];
    for (uint32_t k = p->first; k < p->head && k < a->end; k++)
        if ((s->ls.tags[k] == TAG_VBG || tag_is_adj(s->ls.tags[k])) &&
            lemma_is_word(s->ls.lemmas[k], "visit"))
            return 1;
    return 0;
}

/* Nouns of talks held: what goes on in them is said to the other side. */
static const char *const talk_nouns[] = {"talk", "meeting", "negotiation", "consultation",
                                         NULL};
/* Prepositions that put an act inside talks: "in talks", "during the
** meeting", "at the talks" ("after talks" may be anyone's). */
static const char *const inside_preps[] = {"in", "during", "at", NULL};

/* Prepositions that name the talks' own parties: "talks with Japan",
** "between", "among", "a meeting of ministers", "talks by". */
static const char *const party_preps[] = {"with", "between", "among", "of", "by", NULL};

/* Where the words of talks that end at token k stop: at punctuation or
** a verb ("at meetings in Tokyo last week, ..."). */
static uint32_t frame_end(const sent_ctx *s, uint32_t k)
{
    while (k < s->ls.n && !tag_is_punct(s->ls.tags[k]) && s->ls.vg_of[k] < 0)
        k++;
    return k;
}

/* Is PP pp "in (during, at) talks" that name no party of their own: no
** with, between or of after the noun, no possessor but a time ("last
** week's talks"), no name before it ("the GATT talks", "an OPEC
** meeting": a body's)? */
static int bare_talks(const sent_ctx *s, int32_t pp)
{
    const phrase *ph = s->ls.phrases;
    if (ph[pp].kind != PH_PP || ph[pp].np < 0 ||
        !lemma_in_list(s->ls.lemmas[ph[pp].first], inside_preps))
        return 0;
    int32_t np = ph[pp].np;
    const phrase *p = &ph[np];
    if (!tag_is_noun(s->ls.tags[p->head]) || !lemma_in_list(s->ls.lemmas[p->head], talk_nouns))
        return 0;
    for (uint32_t k = p->first; k < p->head; k++)
        if (((s->ls.toks[k].flags & DYAD_TF_CAPITALIZED) &&
             !coder_time_noun(s, k)) ||
            lemma_is_word(s->ls.lemmas[k], "annual"))   /* a body's yearly meeting */
            return 0;
    for (int32_t k = s->kid[np]; k >= 0; k = s->sib[k]) {
        if ((ph[k].flags & PHF_POSS) &&
            !coder_time_noun(s, ph[k].head))
            return 0;
        if (ph[k].kind == PH_PP && lemma_in_list(s->ls.lemmas[ph[k].first], party_preps))
            return 0;
    }
    /* such a PP the parse hung elsewhere ("talks last year with Japan"):
    ** any in the frame's words */
    for (uint32_t k = p->end, e = frame_end(s, p->end); k < e; k++)
        if (lemma_in_list(s->ls.lemmas[k], party_preps))
            return 0;
    return 1;
}

/* Does actor a stand outside the words of the talks that PP pp opens?
** "raised the issue at the meeting in Manila" names a place, no party. */
static int outside(const sent_ctx *s, int32_t pp, const actor_ref *a)
{
    const phrase *p = &s->ls.phrases[pp];
    return a->end <= p->first || a->first >= frame_end(s, s->ls.phrases[p->np].end);
}

int coder_talks_frame(const sent_ctx *s, const clause_job *j, const actor_ref *src,
                      const actor_ref *tgt)
{
    const clause *cl = j->cl;
    if (!cl || cl->verb < 0 || cl->subject < 0)
        return 0;
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        int32_t pp = (int32_t)s->ls.pps[cl->pp_first + k];
        if (bare_talks(s, pp))
            return outside(s, pp, src) && outside(s, pp, tgt);
    }
    /* "In high-level talks last week, the U.S. criticised Japan": a PP at
    ** the head of the sentence, set off by a comma right before the
    ** clause's subject */
    uint32_t first = s->ls.phrases[cl->subject].first;
    if (first < 2 || s->ls.tags[first - 1] != TAG_COMMA || s->pp_at[0] < 0)
        return 0;
    for (uint32_t k = 0; k + 1 < first; k++)
        if (s->ls.tags[k] == TAG_COMMA || s->ls.vg_of[k] >= 0)
            return 0;
    return bare_talks(s, s->pp_at[0]) && outside(s, s->pp_at[0], src) &&
           outside(s, s->pp_at[0], tgt);
}
