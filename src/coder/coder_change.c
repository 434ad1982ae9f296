/*
** coder_change.c — a change in a thing stands for the thing when it is
** criticised (docs/coder.md, "Fifteenth session: blame laid, a change
** criticised, ..."). "Baker criticised a recent rise in West German
** interest rates" aims at the rates' owner, as "criticised West German
** interest rates" does; the rise itself names no one, and the target
** search found nothing. Only disapproval (110, 111): an accusation's or a
** blame's "the drop in Japanese exports" is the thing blamed on someone
** else ("blamed the drop in exports on the yen"), and praise of "the rise
** in the yen" is no praise of Japan.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Nouns of a change in amount or degree. */
static const char *const change_nouns[] = {
    "rise",      "increase", "hike",   "cut",  "reduction", "tightening", "easing",
    "fall",      "drop",     "decline", "jump", "surge",    "lowering",   "raising", NULL};

int32_t coder_change_whole(const sent_ctx *s, const char *code, int32_t np)
{
    if (np < 0 || !code || (strcmp(code, "110") != 0 && strcmp(code, "111") != 0))
        return -1;
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    if (p->kind != PH_NP || (p->flags & PHF_COORD) ||
        !lemma_in_list(s->ls.lemmas[p->head], change_nouns))
        return -1;
    /* "a rise in West German interest rates", "the tightening of West
    ** German monetary policy": the thing right after "in" or "of", named
    ** with someone's name; "condemned the increases in front of a crowd"
    ** keeps the increases, whose owner the article may give */
    const phrase *pp = coder_pp_at(s, p->end);
    if (!pp || pp->np < 0 || ph[pp->np].kind != PH_NP ||
        (!lemma_is_word(s->ls.lemmas[pp->first], "in") &&
         !lemma_is_word(s->ls.lemmas[pp->first], "of")) ||
        !coder_names_someone(s, &ph[pp->np]))
        return -1;
    return pp->np;
}
