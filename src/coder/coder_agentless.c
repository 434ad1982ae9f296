/*
** coder_agentless.c — a passive with no agent whose clause names the
** parties themselves: "a pact was signed between Chile and Peru", "talks
** were held between Kenya and Uganda". A reciprocal act (signing, talks,
** negotiation) told in the passive is done by the members of its
** between-PP, each with the other; coder_clause_emit pairs them.
*/
#include "coder/coder_int.h"

int coder_between_agents(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const among[] = {"between", "among", "amongst", NULL};
    /* a reciprocal passive with no agent, no source and no actor for its
    ** subject: "Chile was signed between ..." is no such clause */
    if (!j->passive || !j->mutual || j->ns > 0 || j->nt > 0 || j->src_np >= 0 ||
        j->m.target >= 0)
        return 0;
    const clause *cl = &s->ls.clauses[j->ci];
    /* "no deal was signed between them": none was */
    if (cl->subject >= 0) {
        const phrase *sp = &s->ls.phrases[cl->subject];
        for (uint32_t k = sp->first; k < sp->end; k++)
            if (lemma_is_word(s->ls.lemmas[k], "no") || lemma_is_word(s->ls.lemmas[k], "none"))
                return 0;
    }
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->np < 0 || pp->first < j->vg->end ||
            !lemma_in_list(s->ls.lemmas[pp->first], among))
            continue;
        actor_ref a[MAX_ACTORS];
        int n = coder_resolve_np(c, s, pp->np, a, MAX_ACTORS);
        int parties = 0;   /* distinct codes: two at least pair */
        for (int i = 0; i < n; i++)
            parties += !coder_actors_have(a, i, a[i].code);
        if (parties < 2)
            return 0;   /* "between the two sides", "between July and May" */
        memcpy(j->tgt, a, (size_t)n * sizeof a[0]);
        j->nt = n;
        j->target_prep = s->ls.lemmas[pp->first];
        return 1;
    }
    return 0;
}
