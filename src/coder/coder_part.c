/*
** coder_part.c — a part of a thing stands for the thing (docs/coder.md,
** "Thirteenth session: disapproval of a thing that belongs to an actor").
** Words of praise, demand, criticism, rejection or threat are often aimed
** at a part of a plan rather than the plan: "the United States opposes key
** parts of the proposal", "Turkey rejected the basis for Greece's
** proposal", "Kenya criticized the timing of the Ugandan move". The
** owner of a part is the owner of the whole, so the target phrase becomes
** the whole's, and the owner rules of coder_owner.c (a possessive, a
** by-phrase, the article's latest act of its kind) read it as they read
** "the proposal" itself.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Nouns of a part, an aspect or a manner of a thing: what is aimed at
** them is aimed at the thing ("the terms of the offer", "the wording of
** the statement"). */
static const char *const part_nouns[] = {
    "part",    "aspect",  "element", "provision", "clause",  "section", "basis",
    "detail",  "term",    "portion", "core",      "thrust",  "substance", "content",
    "wording", "tone",    "timing",  "text",      "version", "draft",   NULL};

/* Prepositions that join a part to its whole: "parts of", "a clause
** in"; "for" only after "basis" ("the basis for Greece's proposal"):
** "liberal terms for Argentina's debt" are terms the lenders set. */
static int part_prep(const sent_ctx *s, uint32_t head, uint32_t prep)
{
    const char *w = s->ls.lemmas[prep];
    return lemma_is_word(w, "of") || lemma_is_word(w, "in") ||
           (lemma_is_word(w, "for") && lemma_is_word(s->ls.lemmas[head], "basis"));
}

/* "key parts of the proposal": the language layer makes a quantity and
** its "of" one noun phrase (PHF_QUANT) whose head is the whole's, with
** the whole's own phrase under it. Returns that phrase when the quantity
** is a part ("part" is the one word of both kinds), else -1. */
static int32_t quantity_whole(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    const phrase *p = &ph[np];
    if (!(p->flags & PHF_QUANT))
        return -1;
    for (uint32_t k = p->first + 1; k + 1 < p->end; k++) {
        if (!lemma_is_word(s->ls.lemmas[k], "of") ||
            !lemma_in_list(s->ls.lemmas[k - 1], part_nouns))
            continue;
        int32_t in = s->ls.np_of[k + 1];
        while (in >= 0 && ph[in].up >= 0 && ph[in].up != np)
            in = ph[in].up;
        return in >= 0 && ph[in].up == np && ph[in].first == k + 1 ? in : -1;
    }
    return -1;
}

int coder_part_of_thing(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (!coder_owner_thing(c, s, j))
        return 0;
    const phrase *ph = s->ls.phrases;
    const phrase *p = &ph[j->tgt_np];
    int32_t whole = quantity_whole(s, j->tgt_np);
    if (whole >= 0) {
        j->tgt_np = whole;
        return 1;
    }
    if (!lemma_in_list(s->ls.lemmas[p->head], part_nouns))
        return 0;
    const phrase *pp = coder_pp_at(s, p->end);
    if (!pp || pp->np < 0 || ph[pp->np].kind != PH_NP ||
        !part_prep(s, p->head, pp->first))
        return 0;
    j->tgt_np = pp->np;
    return 1;
}
