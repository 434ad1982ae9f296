/*
** coder_conditional.c — an answer promised on another's act (root 13).
** Wire copy tells a threat as the response a state will make if another
** does something: "Yeutter said that if the community went ahead with the
** tax, the United States would respond vigorously", "Japan would consider
** measures if the United States imposes the tariffs", "Moscow will answer
** back with force if Iran attacks a Soviet ship". The statement, made now,
** is the threat, aimed at the one whose act is the condition. The verb
** patterns (verbs.txt, "seventeenth session, lane conditional": respond,
** react, take action, consider measures, ...) name no one; this file keeps
** them only as such a threat: promised (will, would, shall), under an "if"
** or "unless" whose subject, another side's actor, becomes the target.
** "The bank will take adequate measures if necessary" or "Congress would
** respond to the needs of the industry" tell no threat. It also keeps
** "would leave the EC no option but to react" to what is still to come.
** docs/coder.md, "Seventeenth session: sanctions, responses and 'no
** option but to react' promised on another's act".
*/
#include "coder/coder_int.h"

#include <string.h>

/* Verbs of the patterns this file guards. */
static const char *const answer_verbs[] = {"respond", "react", "answer", "take", "consider", NULL};

/* The words that open the condition such a threat is made on. */
static const char *const ifs[] = {"if", "unless", NULL};

/* Is job j one of the answer patterns: 130 or 138 on a verb of
** answer_verbs, from a pattern with no target slot of its own? */
static int answer_pattern(const clause_job *j)
{
    const dict_pattern *p = j->m.pattern;
    if (!p || j->on_caten || !lemma_in_list(j->lemma, answer_verbs) ||
        (strcmp(j->code1, "130") != 0 && strcmp(j->code1, "138") != 0))
        return 0;
    for (uint32_t k = 0; k < p->npost; k++)
        if (p->post[k].kind == DICT_EL_TARGET)
            return 0;
    for (uint32_t k = 0; k < p->npre; k++)
        if (p->pre[k].kind == DICT_EL_TARGET)
            return 0;
    return 1;
}

/* Does "any" stand between j's verb group and its pattern's last word?
** Then it is coder_answer.c's answer to any hostile act ("would respond
** decisively to any aggressive measure by the United States"), whose
** target the act's phrase names. */
static int answers_any(const sent_ctx *s, const clause_job *j)
{
    uint32_t last = j->m.last < s->ls.n ? j->m.last : (uint32_t)s->ls.n - 1;
    for (uint32_t k = j->vg->end; k <= last; k++)
        if (lemma_is_word(s->ls.lemmas[k], "any"))
            return 1;
    return 0;
}

/* Does vg hold will, would or shall before its verb ("would respond",
** "will not hesitate to take action")? */
static int promised(const sent_ctx *s, const phrase *vg)
{
    static const char *const will[] = {"will", "would", "shall", "'ll", "wo", NULL};
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], will))
            return 1;
    return 0;
}

/* The if- or unless-clause under clause ci (its child), or the one that
** opens right where ci ends (the parse may hang it on the next clause),
** with a subject; NULL when there is none. */
static const clause *condition_of(const sent_ctx *s, size_t ci)
{
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k]) {
        const clause *o = &s->ls.clauses[k];
        if (o->kind == CL_SUBORDINATE && o->word != UINT32_MAX && o->subject >= 0 &&
            lemma_in_list(s->ls.lemmas[o->word], ifs))
            return o;
    }
    const clause *nx = ci + 1 < s->ls.nclauses ? &s->ls.clauses[ci + 1] : NULL;
    if (nx && nx->kind == CL_SUBORDINATE && nx->word != UINT32_MAX && nx->subject >= 0 &&
        nx->word == s->ls.clauses[ci].end && lemma_in_list(s->ls.lemmas[nx->word], ifs))
        return nx;
    return NULL;
}

const char *coder_no_conditional_answer(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* "would leave the EC no option but to react": a threat only while
    ** the act is still to come; "left the EC no option" tells a reaction
    ** done */
    if (lemma_is_word(j->lemma, "leave") && strcmp(j->code1, "130") == 0 && !j->on_caten &&
        !promised(s, j->vg))
        return "no option left told as done: no threat";
    if (!answer_pattern(j) || answers_any(s, j) || j->ns == 0)
        return NULL;
    /* "would consider taking action": the promise is in the group of the
    ** verb the pattern starts at, or of the clause above ("said it would
    ** not hesitate to take action") */
    /* the clause above is the parent, or the clause before whose verb
    ** group ends where this one starts (the parse may leave a gerund
    ** unhung: "would consider | taking further action") */
    const clause *cl = j->cl;
    int32_t ui = cl->parent >= 0 ? cl->parent : (int32_t)j->ci - 1;
    const phrase *up = ui >= 0 && s->ls.clauses[ui].verb >= 0
                           ? &s->ls.phrases[s->ls.clauses[ui].verb]
                           : NULL;
    int own = promised(s, j->vg);
    int above = !own && up && up->end == j->vg->first && promised(s, up);
    const clause *o = own ? condition_of(s, j->ci) : NULL;
    if (above && !(o = condition_of(s, j->ci)))
        o = condition_of(s, (size_t)ui);
    if (!o)
        return "a response with no promise on another's act: no threat";
    /* the target is the condition's subject, whatever the clause's PPs
    ** hold ("would consider measures under the GATT if the United States
    ** imposes tariffs"), and never the source's own country */
    actor_ref t[MAX_ACTORS];
    int nt = coder_expand_multi(t, coder_resolve_np(c, s, coder_antecedent(c, s, j->ci, o->subject),
                                                    t, MAX_ACTORS));
    char a[4], b[4];
    for (int i = 0; i < nt; i++)
        for (int k = 0; k < j->ns; k++)
            if (strcmp(t[i].code, j->src[k].code) == 0 ||
                (coder_code_country(t[i].code, a) && coder_code_country(j->src[k].code, b) &&
                 strcmp(a, b) == 0))
                return "a response on an act of its own side: no threat";
    if (nt == 0)
        return "a response on an act of no actor: no threat";
    memcpy(j->tgt, t, (size_t)nt * sizeof t[0]);
    j->nt = nt;
    return NULL;
}
