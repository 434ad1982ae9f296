/*
** coder_office_of.c — a person named after his office's "of" or "for"
** (docs/coder.md, "Thirteenth session, second round: officials named
** after their office's of"). The wires write a portfolio after the
** title: "Brazilian Minister of Planning Joao Sayad", "U.S.
** Undersecretary of State for Economic Affairs Allen Wallis". The parse
** makes the title the clause's noun phrase and puts the name at the end
** of its PP ("of Planning Joao Sayad"), so the name's own phrase gives no
** code and the surname later ("Sayad urged ...") stayed unknown. The
** title's phrase is what to resolve for the person's code, as a
** description set before a name is (coder_actor.c's described_by).
*/
#include "coder/coder_int.h"

/* The first token of phrase p that is no portfolio word ("Planning",
** "Economic Affairs", "State"): where the name of "of Planning Joao
** Sayad" starts. */
static uint32_t past_portfolio(const sent_ctx *s, const phrase *p)
{
    uint32_t k = p->first;
    while (k < p->end && coder_portfolio_only(s, k, k + 1))
        k++;
    return k;
}

/* Is phrase pp a PP of "of" or "for" attached to a noun? */
static int office_pp(const sent_ctx *s, const phrase *pp)
{
    static const char *const preps[] = {"of", "for", NULL};
    return pp->kind == PH_PP && pp->up >= 0 && lemma_in_list(s->ls.lemmas[pp->head], preps);
}

/* The title's phrase for name phrase np of person e (coder_int.h); -1
** when the name is no office's. Reads the dictionary and the mention
** table only. */
int32_t coder_office_before(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e)
{
    const phrase *ph = s->ls.phrases;
    const phrase *p = &ph[np];
    if (mentions_entity(c->ment, e)->kind != ENT_PERSON || p->up < 0 ||
        !office_pp(s, &ph[p->up]))
        return -1;
    /* the name: a portfolio, then two proper nouns or more and nothing
    ** else ("of Planning Joao Sayad"; not "of Beghin-Say Jean Roux") */
    uint32_t name = past_portfolio(s, p);
    if (name == p->first || p->end - name < 2)
        return -1;
    for (uint32_t k = name; k < p->end; k++)
        if (!tag_is_proper(s->ls.tags[k]))
            return -1;
    /* up through the office's PPs, each of portfolio words alone ("of
    ** State for ..."), to the title's phrase */
    int32_t top = ph[p->up].up;
    while (top >= 0 && ph[top].kind == PH_NP && ph[top].up >= 0 && office_pp(s, &ph[ph[top].up])) {
        if (past_portfolio(s, &ph[top]) != ph[top].end)
            return -1;
        top = ph[ph[top].up].up;
    }
    if (top < 0 || ph[top].kind != PH_NP || mentions_np(c->ment, top).ent >= 0)
        return -1;
    /* an office at the title's head: "Minister", "Undersecretary", not
    ** "chairman of the board" read for a state */
    const phrase *t = &ph[top];
    const dict_agent *ag;
    int head = 0;
    /* "Former U.S. Secretary of State Henry Kissinger" holds no office */
    for (uint32_t j = t->first; j < t->end; j++)
        if (coder_former_word(s, j))
            return -1;
    for (uint32_t j = t->first; j <= t->head && !head; j++)
        head = dict_match_agent(c->d, s->ids, t->head + 1, j, &ag) == t->head + 1 - j;
    return head ? top : -1;
}
