/*
** coder_own_act.c — an act told as a noun whose doer only a possessive
** pronoun names (docs/coder.md, "Seventeenth session: acts owned by a
** pronoun"). "Kenya defended its arrest of two Ugandan journalists" is
** Kenya's arrest: the pronoun stands for the subject of its clause, or of
** a clause that clause hangs on, as the mention table resolves it
** (coder_pronoun_subject, coder_journey.c). Journeys and talks keep their
** own readings (coder_own_journey, coder_own_talks.c), and words, plans,
** demands and threats are left out: "its warning", "its demand for" are
** as often a firm's or a market's. The caller has already found the noun
** reported, not planned, feared or denied.
*/
#include "coder/coder_int.h"

/* The roots of acts a pronoun may own: praise, cooperation, aid, yielding,
** disapproval, rejection, reduced relations, coercion, assault and force. */
static const char *const own_roots[] = {"05", "06", "07", "08", "11", "12", "16",
                                        "17", "18", "19", "20", NULL};

int coder_own_act(dyad_coder *c, const sent_ctx *s, int32_t np, const char *code,
                  actor_ref *out)
{
    int root = 0;
    for (size_t i = 0; own_roots[i] && !root; i++)
        root = strncmp(code, own_roots[i], 2) == 0;
    if (!root)
        return 0;
    /* "ended its blockade of Kuwait", "to lift its sanctions on Japan": the
    ** act ended is told for its ending, which its own verb codes, and one
    ** lifted is as often only hoped for */
    static const char *const ending[] = {"end", "lift", "halt", "stop", "suspend", "cease",
                                         "call", "abandon", "remove", "drop", "scrap",
                                         "withdraw", "relax", "ease", "terminate", NULL};
    const clause *cl = coder_clause_at(s, s->ls.phrases[np].first);
    if (cl && cl->verb >= 0 && cl->object == np &&
        lemma_in_list(s->ls.lemmas[s->ls.phrases[cl->verb].head], ending))
        return 0;
    int n = coder_pronoun_subject(c, s, np, 1, out);
    /* a firm's "complaint" or "rejection of a bid" is no political act */
    for (int i = 0; i < n; i++)
        if (coder_firm_actor(out[i].code))
            return 0;
    return n;
}
