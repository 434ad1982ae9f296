/*
** coder_targeted.c — a thing or people told as the target of someone's
** attacks (docs/coder.md, "Sixteenth session: mourners clashing with
** police, officers in a police story, and targets of attacks"). "Its ships have been the
** target of Iranian attacks", "Kuwaiti tankers, regular targets for
** Iranian attacks": the attacks' doer is the modifier of the attack noun,
** their target the subject of "be" or the phrase the apposition
** describes. The fifteenth session left it: a pattern "+ be target of
** $" would take probes and criticism ("the target of an SEC probe");
** here the phrase after "of" or "for" must be an attack by its head.
** This file finds the two phrases; coder_nominal.c (attack_targeted)
** resolves them and emits.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Heads of the phrase after "target of": acts of armed force. */
static const char *const attack_nouns[] = {"attack", "raid", "strike", "airstrike",
                                           "bombing", "shelling", "bombardment", NULL};

/* Verbs whose predicate "target" tells what the subject is. */
static const char *const copulas[] = {"be", "become", "remain", NULL};

int32_t coder_attack_targeted(const sent_ctx *s, int32_t np, int32_t *attack, int *air)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t h = p->head;
    if (!lemma_is_word(s->ls.lemmas[h], "target") || !tag_is_noun(s->ls.tags[h]) ||
        p->end != h + 1 || h + 2 >= s->ls.n ||
        !(lemma_is_word(s->ls.lemmas[h + 1], "of") || lemma_is_word(s->ls.lemmas[h + 1], "for")))
        return -1;
    int32_t a = s->ls.np_of[h + 2];
    if (a < 0 || !lemma_in_list(s->ls.lemmas[s->ls.phrases[a].head], attack_nouns))
        return -1;
    const phrase *ap = &s->ls.phrases[a];
    *attack = a;
    *air = lemma_is_word(s->ls.lemmas[ap->head], "airstrike");
    for (uint32_t k = ap->first; k < ap->head; k++)
        *air |= lemma_is_word(s->ls.lemmas[k], "air") || lemma_is_word(s->ls.lemmas[k], "aerial");
    /* "Kuwaiti tankers, regular targets for Iranian attacks": the
    ** phrase the apposition describes */
    if (p->first >= 2 && lemma_is_word(s->ls.lemmas[p->first - 1], ",")) {
        int32_t before = s->ls.np_of[p->first - 2];
        if (before >= 0 && s->ls.phrases[before].end == p->first - 1)
            return before;
        return -1;
    }
    /* "its ships have been the target of": the subject of "be", the
    ** phrase its predicate right after the verb group */
    if (p->first == 0 || s->ls.vg_of[p->first - 1] < 0)
        return -1;
    const phrase *vg = &s->ls.phrases[s->ls.vg_of[p->first - 1]];
    if (vg->end != p->first || !lemma_in_list(s->ls.lemmas[vg->head], copulas))
        return -1;
    int32_t ci = s->vg_clause[s->ls.vg_of[p->first - 1]];
    if (ci < 0 || s->ls.clauses[ci].subject < 0)
        return -1;
    return s->ls.clauses[ci].subject;
}
