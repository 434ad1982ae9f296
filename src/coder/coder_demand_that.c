/*
** coder_demand_that.c — a demand told by its noun with a that-clause
** ("the U.S. demand that Japan open its market", "Kenya's insistence that
** Uganda return the cattle"): the party it is made of is the that-clause's subject
** (data/dict/nouns.txt, "demand that +"), and what it asks is that
** clause's act, as for "demanded that Japan open" (docs/coder.md,
** "Sixteenth session: sums promised in any currency, demands told by
** their noun ..."). The same words may be a market's demand
** with a relative clause on it ("Chilean demand that Peru supplied last
** year fell"): there the clause is told as a fact, in the past, the
** third person or a bare participle, and no one is asked anything.
*/
#include "coder/coder_int.h"

const clause *coder_demand_that_clause(const sent_ctx *s, int32_t target)
{
    if (target < 0)
        return NULL;
    const phrase *t = &s->ls.phrases[target];
    if (t->first == 0 || !lemma_is_word(s->ls.lemmas[t->first - 1], "that"))
        return NULL;
    for (size_t k = 0; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->subject != target || cl->verb < 0)
            continue;
        /* a subjunctive ("that Japan open"), or a modal ("that Japan
        ** should open", "must"), asks; "that Peru supplied", "that Japan
        ** opens", a bare participle ("that Ugandan farms met") tell */
        int tag = s->ls.tags[s->ls.phrases[cl->verb].first];
        return tag == TAG_VBD || tag == TAG_VBZ || tag == TAG_VBN ? NULL : cl;
    }
    return NULL;
}
