/*
** coder_doer.c — the doer of a violent act named in another clause of its
** sentence (docs/coder.md, "The doer in another clause"). News tells a
** killing first and its doer after: "Six policemen were killed when
** gunmen attacked their post", "The Front said it carried out the
** bombing, which killed four soldiers". The killing's own clause names no
** doer (a passive with no by-agent, or a relative clause on an attack
** noun that names no owner); the clause beside it does.
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

/* Is code a violent act's (roots 18, 19 and 20)? */
static int violent_code(const char *code)
{
    return (code[0] == '1' && (code[1] == '8' || code[1] == '9')) ||
           (code[0] == '2' && code[1] == '0');
}

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
    for (size_t k = ci + 1; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->parent == (int32_t)ci && cl->kind == CL_SUBORDINATE &&
            cl->word != UINT32_MAX && lemma_in_list(s->ls.lemmas[cl->word], words) &&
            asserted_verb(s, k, violent_verbs))
            return (int32_t)k;
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

int coder_doer_elsewhere(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (j->ns != 0 || !violent_code(j->code1))
        return 0;
    int32_t k = j->unnamed_agent ? when_clause(s, j->ci) : owning_clause(s, j->cl);
    if (k < 0)
        return 0;
    int n = coder_resolve_np(c, s, s->ls.clauses[k].subject, j->src, MAX_ACTORS);
    for (int i = 0; i < n; i++)
        if (strncmp(j->src[i].code, "---", 3) == 0 || j->src[i].code[0] == '"')
            return 0;   /* partial mode's unknowns: no doer named */
    return n;
}
