/*
** coder_answer.c — an answer promised to any hostile act (issue 12, root
** 13). Wire copy tells a state's threat as the answer it will give to
** whatever the other side may do: "Iran would respond decisively to any
** aggressive measure by the United States", "we will be prepared to meet
** any escalation of military action by Iran with stronger
** countermeasures". The verb patterns (`respond to any &HOSTILEACT`,
** verbs.txt) code the threat; this file keeps its target to the act's
** doer, whom the act's own phrase names ("any Ugandan incursion", "by
** Iran"), not the one it would hit ("any attack on Uganda" is no threat
** to Uganda). docs/coder.md, "Thirteenth session: threats told as an
** answer to any hostile act".
*/
#include "coder/coder_int.h"

#include <string.h>

/* Verbs of answering whose patterns name the act answered after "any". */
static const char *const answer_verbs[] = {"respond", "react", "retaliate", "answer",
                                           "meet", "counter", NULL};

/* Prepositions that name an act's doer after it: "by Iran", "from Iraq". */
static const char *const doer_preps[] = {"by", "from", NULL};

/* The token of "any" that opens the act answered, between the verb group
** and the pattern's last word, or UINT32_MAX. */
static uint32_t any_at(const sent_ctx *s, const clause_job *j)
{
    uint32_t last = j->m.last < s->ls.n ? j->m.last : (uint32_t)s->ls.n - 1;
    for (uint32_t k = j->vg->end; k <= last; k++)
        if (lemma_is_word(s->ls.lemmas[k], "any"))
            return k;
    return UINT32_MAX;
}

/* Does target t come from the act's own phrase, its noun phrase np, or
** from a noun phrase right after "by" or "from"? */
static int names_doer(const sent_ctx *s, const actor_ref *t, const phrase *np)
{
    if (t->from != FROM_SENTENCE)
        return 0;
    if (t->first >= np->first && t->first < np->end)
        return 1;
    int32_t tn = t->first < s->ls.n ? s->ls.np_of[t->first] : -1;
    uint32_t open = tn >= 0 ? s->ls.phrases[tn].first : t->first;
    return open > 0 && lemma_in_list(s->ls.lemmas[open - 1], doer_preps);
}

int coder_answer_doer(const sent_ctx *s, clause_job *j)
{
    if (j->nt == 0 || strncmp(j->code1, "13", 2) != 0 || !lemma_in_list(j->lemma, answer_verbs))
        return 0;
    uint32_t k = any_at(s, j);
    int32_t np = k != UINT32_MAX ? s->ls.np_of[k] : -1;
    if (np < 0)
        return 0;
    for (int i = 0; i < j->nt; i++)
        if (!names_doer(s, &j->tgt[i], &s->ls.phrases[np])) {
            j->nt = 0;
            return 1;
        }
    return 0;
}
