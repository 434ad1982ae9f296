/*
** coder_avenge.c — retaliation aimed at the attacker (issue 12, root 13).
** Wire copy on a war tells the threat right after the attack it answers,
** and names no one in it: "Iran said several people were injured in
** Monday's U.S. attack on an Iranian oil site and vowed retaliation",
** "The Tehran leadership have been quick to threaten vengeance after the
** U.S. raids". Neither the condition (coder_condition_target) nor the
** source's own hostile acts (coder_threat_foe) name whom; the attack on
** the source's country does. docs/coder.md, "Eleventh session:
** retaliation aimed at the attacker". So does vengeance promised on "it"
** or on a relative's antecedent ("vowed to avenge it"): what is avenged
** is the attack or what it hit, never the party threatened (docs/coder.md,
** "Fifteenth session, second round: threats promised ...").
*/
#include "coder/coder_int.h"

#include <string.h>

/* Is code a state's actor of a country other than sc: the country alone
** or its government, forces, police or spies? */
static int other_state(const char *code, const char *sc)
{
    static const char *const roles[] = {"GOV", "MIL", "COP", "SPY", NULL};
    char cc[4];
    return coder_code_country(code, cc) && strcmp(cc, sc) != 0 &&
           (strlen(code) == 3 || coder_role_in(code, roles));
}

/* The doer of the latest attack (18-20) coded on country sc in sentence
** since or after, of another state; out is filled, the count returned. */
static int attack_event(const dyad_coder *c, const clause_job *j, const char *sc, long since,
                        actor_ref *out)
{
    static const char attacks[] = "18 19 20";
    char tc[4];
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, attacks, 0, since)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        if (!coder_code_country(r->target, tc) || strcmp(tc, sc) != 0 ||
            !other_state(r->source, sc))
            continue;
        return coder_add_from_event(c, j->vg, e, r->source, out, 0);
    }
    return 0;
}

/* The doers of the latest attack named in sentence since or after, of
** other states than sc ("Monday's U.S. attack on an Iranian oil site"),
** from the document's ring of acts (coder_owner.c). */
static int attack_named(const dyad_coder *c, const clause_job *j, const char *sc, long since,
                        actor_ref *out)
{
    const doc_ctx *d = &c->doc;
    size_t kept = d->nacts < ACTS_SEEN ? d->nacts : ACTS_SEEN;
    for (size_t k = 0; k < kept; k++) {
        const act_seen *a = &d->acts[(d->nacts - 1 - k) % ACTS_SEEN];
        if (a->sent < since)
            break;
        if (!coder_act_is_attack(a) || a->n == 0)
            continue;
        int n = 0;
        for (int i = 0; i < a->n; i++) {
            if (!other_state(a->code[i], sc))
                return 0;   /* the latest attack is no other state's */
            coder_mention_actor(&out[n++], a->code[i], j->vg->first, j->vg->end, a->sent,
                                a->start, a->end);
        }
        return n;
    }
    return 0;
}

int coder_avenges_it(const sent_ctx *s, const clause_job *j)
{
    static const char *const its[] = {"it", "this", "that", NULL};
    int32_t o = j->cl->object;
    if (o < 0)
        return 0;
    const phrase *p = &s->ls.phrases[o];
    uint32_t k = p->first;
    if (p->end == k + 1 && k > 0 && lemma_in_list(s->ls.lemmas[k], its) &&
        lemma_is_word(s->ls.lemmas[k - 1], "avenge"))
        return 1;
    /* "the river post, which Phnom Penh vowed to avenge": the relative's
    ** antecedent, before the verb, is what was hit */
    if (j->cl->kind != CL_RELATIVE || p->end > j->vg->first)
        return 0;
    for (uint32_t w = j->vg->first; w < j->vg->end; w++)
        if (lemma_is_word(s->ls.lemmas[w], "avenge"))
            return 1;
    return 0;
}

int coder_attacker_foe(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    char sc[4], tc[4];
    /* what is avenged names no party: the test reads the job without its
    ** target phrase (set aside and put back, not a copy of the whole job,
    ** which cost more than the rest of this function) */
    int32_t tgt_np = j->tgt_np;
    if (coder_avenges_it(s, j))
        j->tgt_np = -1;
    int unaimed = coder_threat_unaimed(c, s, j, sc);
    j->tgt_np = tgt_np;
    if (!unaimed)
        return j->nt;
    long since = s->index > 0 ? s->index - 1 : 0;
    actor_ref t[MAX_ACTORS];
    int n = attack_event(c, j, sc, since, t);
    if (n == 0)
        n = attack_named(c, j, sc, since, t);
    if (n == 0 || !coder_code_country(t[0].code, tc) || coder_names_third_country(c, s, sc, tc))
        return j->nt;
    memcpy(j->tgt, t, (size_t)n * sizeof t[0]);
    return n;
}
