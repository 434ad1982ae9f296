/*
** coder_pair_held.c — talks between two states named by a hyphenated
** pair, told as held (docs/coder.md, "Fourteenth session: talks abroad
** told in an aside"). "In U.S.-Japanese talks that ended on Friday",
** "the Soviet-Finnish talks held last week", "spoke at a U.S.-Israeli
** trade meeting": the pair are the talks' two sides, each meeting the
** other (040 both ways), as "talks between" two are. The pair alone
** names talks planned, proposed or hoped for as often ("a U.S.-Soviet
** summit could emerge"), so only talks the sentence says took place
** count: a relative or participle in the past of ending, holding or
** opening right after the noun, or a PP of at, during or after around a
** clause said plainly. Reads the sentence only; the nominal step finds
** the pair (coder_owner_compound) and emits.
*/
#include "coder/coder_int.h"

/* Verbs that tell talks took place: "ended", "were held", "opened". */
static const char *const held_verbs[] = {"end", "conclude", "close", "hold", "open", "resume",
                                         "begin", "finish", NULL};

/* Is the noun at token head followed by a past of held_verbs: "talks
** that concluded last Friday", "talks which were held", "talks held
** last week"? */
static int told_held_after(const sent_ctx *s, uint32_t head)
{
    uint32_t k = head + 1;
    if (k < s->ls.n && (lemma_is_word(s->ls.lemmas[k], "that") ||
                        lemma_is_word(s->ls.lemmas[k], "which"))) {
        k++;
        if (k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "be") &&
            s->ls.tags[k] == TAG_VBD && s->ls.tags[k + 1] == TAG_VBN)
            k++;   /* "which were held" */
        else if (k < s->ls.n && s->ls.tags[k] != TAG_VBD)
            return 0;
    }
    return k < s->ls.n && (s->ls.tags[k] == TAG_VBD || s->ls.tags[k] == TAG_VBN) &&
           lemma_in_list(s->ls.lemmas[k], held_verbs);
}

int coder_pair_talks_held(const sent_ctx *s, int32_t np)
{
    static const char *const inside[] = {"at", "during", "after", NULL};
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    if (!lemma_in_list(s->ls.lemmas[p->head], coder_meeting_nouns))
        return 0;
    if (told_held_after(s, p->head))
        return 1;
    /* "spoke at a U.S.-Israeli trade meeting": the clause around it said
    ** plainly, and the noun's words end the PP */
    int32_t up = p->up;
    if (up < 0 || ph[up].kind != PH_PP || !lemma_in_list(s->ls.lemmas[ph[up].first], inside))
        return 0;
    const clause *cl = coder_clause_at(s, p->first);
    return cl && cl->verb >= 0 &&
           coder_modality(s, (size_t)(cl - s->ls.clauses), &ph[cl->verb], 0, NULL, NULL, NULL) ==
               MOD_ASSERTED;
}
