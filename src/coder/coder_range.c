/*
** coder_range.c — a count's range is no target (seventeenth session, lane
** force3; docs/coder.md, "Seventeenth session: fleets made larger, a
** count's range, ..."). Asked by the roles step (coder_roles.c,
** target_from_pps) before it reads a PP's noun phrase as the target.
**
** "increased its Gulf fleet from seven to 10 warships": "to 10 warships"
** closes the range "from seven", a count of the subject's own ships, not
** whom the act is aimed at. Read as a target, the warships took the
** dateline's country ("KUWAIT, June 29 -" gave KWTMIL).
*/
#include "coder/coder_int.h"

/* Does the span [first, end) hold only numbers ("seven", "10", "1.5")? */
static int all_numbers(const sent_ctx *s, uint32_t first, uint32_t end)
{
    if (first >= end)
        return 0;
    for (uint32_t k = first; k < end; k++)
        if (s->ls.tags[k] != TAG_CD)
            return 0;
    return 1;
}

int coder_range_end(const sent_ctx *s, const clause *cl, uint32_t k)
{
    if (k == 0 || k >= cl->pp_count)
        return 0;
    const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
    const phrase *from = &s->ls.phrases[s->ls.pps[cl->pp_first + k - 1]];
    /* "to" right after "from" and its number, and a number opening its own
    ** noun phrase: "from seven to 10 warships", not "from 1985 to Iran" */
    return from->end == pp->first && lemma_is_word(s->ls.lemmas[pp->first], "to") &&
           lemma_is_word(s->ls.lemmas[from->first], "from") &&
           all_numbers(s, from->first + 1, from->end) && pp->first + 1 < pp->end &&
           s->ls.tags[pp->first + 1] == TAG_CD;
}
