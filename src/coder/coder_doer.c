/*
** coder_doer.c — the doer of a violent act named in another clause of its
** sentence (docs/coder.md, "The doer in another clause"). News tells a
** killing first and its doer after: "Six policemen were killed when
** gunmen attacked their post", "The Front said it carried out the
** bombing, which killed four soldiers". The killing's own clause names no
** doer (a passive with no by-agent, or a relative clause on an attack
** noun that names no owner); the clause beside it does, or, for the
** passive, the side at war that reports it ("Iran said 2,000 Iraqi troops
** were killed").
*/
#include "coder/coder_int.h"

#include <string.h>

/* Verbs of an armed act whose subject did the killing of the clause its
** when- or after-clause hangs on. */
static const char *const violent_verbs[] = {
    "ambush", "assault", "attack", "bomb", "fire", "invade", "open", "raid", "rocket",
    "shell", "shoot", "storm", "strafe", NULL};

/* Nouns of an armed act that a relative clause may tell the toll of. */
static const char *const attack_nouns[] = {
    "ambush", "assault", "attack", "airstrike", "blast", "bombing", "massacre", "offensive",
    "raid", "shelling", "shooting", "strike", NULL};

/* Verbs by which one owns such an act: "claimed the bombing", "carried
** out the raid", "claimed responsibility for the attack". */
static const char *const owning_verbs[] = {"carry", "claim", "commit", "conduct", "launch",
                                           "mount", "perpetrate", "stage", NULL};

/* Is clause k's verb one of verbs, and said to happen by its own words
** and the clauses around it ("denied that it carried out the bombing" is
** not)? */
static int asserted_verb(const sent_ctx *s, size_t k, const char *const *verbs)
{
    const clause *cl = &s->ls.clauses[k];
    if (cl->verb < 0 || cl->subject < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    return lemma_in_list(s->ls.lemmas[vg->head], verbs) &&
           coder_modality(s, k, vg, 0, NULL, NULL, NULL) == MOD_ASSERTED;
}

/* "were killed when gunmen attacked their post": the subordinate clause,
** opened by "when" or "after", that hangs on clause ci and tells an armed
** act; its index, or -1. */
static int32_t when_clause(const sent_ctx *s, size_t ci)
{
    static const char *const words[] = {"when", "after", NULL};
    /* its children, in clause order */
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k]) {
        const clause *cl = &s->ls.clauses[k];
        if ((size_t)k > ci && cl->kind == CL_SUBORDINATE && cl->word != UINT32_MAX &&
            lemma_in_list(s->ls.lemmas[cl->word], words) &&
            asserted_verb(s, (size_t)k, violent_verbs))
            return k;
    }
    return -1;
}

/* "carried out the attack, which killed": the clause that owns the attack
** noun a relative clause cl hangs on, as its object or in its "for" PP
** ("claimed responsibility for the bombing, which"); its index, or -1. */
static int32_t owning_clause(const sent_ctx *s, const clause *cl)
{
    int32_t np = cl->subject;
    if (cl->kind != CL_RELATIVE || cl->parent < 0 || np < 0 ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], attack_nouns))
        return -1;
    const clause *p = &s->ls.clauses[cl->parent];
    if (!asserted_verb(s, (size_t)cl->parent, owning_verbs))
        return -1;
    if (p->object == np)
        return cl->parent;
    for (uint32_t i = 0; i < p->pp_count; i++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[p->pp_first + i]];
        if (pp->np == np && lemma_is_word(s->ls.lemmas[pp->first], "for"))
            return cl->parent;
    }
    return -1;
}

/* Is a a state's actor: the state, its government, forces or police? */
static int state_side(const actor_ref *a)
{
    static const char *const organs[] = {"GOV", "MIL", "COP", NULL};
    size_t len = strlen(a->code);
    return !a->needs_peer && a->code[0] != '"' && strncmp(a->code, "---", 3) != 0 &&
           (len == 3 || (len == 6 && coder_role_in(a->code, organs)));
}

/* Is target t a fighter the state of country cc fights: another
** country's forces, armed men or the country itself ("2,000 Iraqis"), or
** rebels at home? Not civilians, whom a side reports killed by the
** other. */
static int enemy_of(const actor_ref *t, const char *cc)
{
    static const char *const forces[] = {"MIL", NULL};
    char tc[4];
    size_t len = strlen(t->code);
    if (t->needs_peer || !coder_code_country(t->code, tc) || (len != 3 && len < 6))
        return 0;
    if (strcmp(tc, cc) != 0)
        return len == 3 || coder_role_in(t->code, forces) ||
               coder_role_in(t->code, coder_irregular_roles);
    return len >= 6 && coder_role_in(t->code, coder_irregular_roles);
}

/* "An army spokesman said seven rebels were killed in a gun battle",
** "Iran said 2,000 Iraqis were killed": a side at war that reports its
** enemy's dead in the passive tells its own kills. The state's actor that
** reports clause j, when every target is its enemy; 1 with it in j->src,
** else 0. */
static int reporting_side(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const saying[] = {"say", "report", "claim", "announce", "add", NULL};
    /* a toll: not "said America was involved in a war", no deed of its own */
    static const char *const tolls[] = {"injure", "kill", "repel", "repulse", "shoot", "slay",
                                        "wound", NULL};
    const clause *cl = j->cl;
    if (!lemma_in_list(j->lemma, tolls) || cl->kind != CL_COMPLEMENT || cl->parent < 0 || cl->ctrl != CTRL_NONE || j->nt == 0 ||
        !asserted_verb(s, (size_t)cl->parent, saying))
        return 0;
    actor_ref who[MAX_ACTORS];
    int keep = c->no_agent_memory;
    c->no_agent_memory = 1;   /* the reporting clause is not coded: no agent named */
    int n = coder_resolve_np(c, s, s->ls.clauses[cl->parent].subject, who, MAX_ACTORS);
    c->no_agent_memory = keep;
    char cc[4];
    if (n != 1 || !state_side(&who[0]) || !coder_code_country(who[0].code, cc))
        return 0;
    for (int i = 0; i < j->nt; i++)
        if (!enemy_of(&j->tgt[i], cc))
            return 0;
    j->src[0] = who[0];
    return 1;
}

/* "the Iraqi missile attack on the frigate Stark, which killed 37
** sailors": a relative clause that hangs on the object of an "on" or
** "against" phrase right after an attack noun tells that attack's toll,
** not the ship's deed. The attack noun's phrase, or -1. */
static int32_t attack_of_object(const sent_ctx *s, const clause *cl)
{
    static const char *const preps[] = {"on", "against", NULL};
    int32_t np = cl->subject;
    if (cl->kind != CL_RELATIVE || np < 0)
        return -1;
    int32_t pp = s->ls.phrases[np].up;
    if (pp < 0 || s->ls.phrases[pp].kind != PH_PP || s->ls.phrases[pp].np != np ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[pp].first], preps) ||
        s->ls.phrases[pp].first == 0)
        return -1;
    int32_t attack = s->ls.np_of[s->ls.phrases[pp].first - 1];
    if (attack < 0 || s->ls.phrases[attack].head + 1 != s->ls.phrases[pp].first ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[attack].head], attack_nouns))
        return -1;
    return attack;
}

/* Does a[0..n) name actors, none of them partial mode's unknowns? */
static int named(const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        if (strncmp(a[i].code, "---", 3) == 0 || a[i].code[0] == '"')
            return 0;
    return n > 0;
}

int coder_doer_elsewhere(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (!coder_violent_code(j->code1))
        return j->ns;
    int32_t attack = attack_of_object(s, j->cl);
    if (attack >= 0) {
        actor_ref a[MAX_ACTORS];
        int n = coder_resolve_np(c, s, attack, a, MAX_ACTORS);
        if (!named(a, n))
            return j->ns;
        memcpy(j->src, a, (size_t)n * sizeof *a);
        return n;
    }
    if (j->ns != 0)
        return j->ns;
    int32_t k = j->unnamed_agent ? when_clause(s, j->ci) : owning_clause(s, j->cl);
    if (k < 0)
        return j->unnamed_agent ? reporting_side(c, s, j) : 0;
    int n = coder_resolve_np(c, s, s->ls.clauses[k].subject, j->src, MAX_ACTORS);
    return named(j->src, n) ? n : 0;   /* partial mode's unknowns: no doer named */
}
