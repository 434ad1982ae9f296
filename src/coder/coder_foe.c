/*
** coder_foe.c — the other side of a war the article tells (docs/coder.md,
** "Eleventh session: the other side of a war"). War copy names both sides
** in its lead, then tells each further act of one side with no target:
** "Iraq said its forces killed 1,200 Iranian troops near Basra. [...]
** Iraqi jets also raided the Ahvaz oil field" or "Chadian troops overran
** an important garrison at the oasis of Fada". The act is aimed at the
** one country that the article's armed events set against the doer's,
** under the same dateline; where they set several against it, or the
** sentence names a third country, nothing is guessed.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Is code an act of fighting (19x, 20x), not a blockade (191), which
** closes a border as often to trade? An assault (18x) is as often a
** crime, and one taking prisoners another act than the war's. */
static int fighting(const char *code)
{
    return ((code[0] == '1' && code[1] == '9') || (code[0] == '2' && code[1] == '0')) &&
           strcmp(code, "191") != 0;
}

/* The one country (coder_code_country: no IGO or NGO) that the emitted
** events of fighting (19x, 20x) of the story's sentences before s set
** against country sc, in either role, into foe (an event of s itself is
** as often the same act told twice: "were killed after Sudanese troops
** opened fire on a checkpoint"); the number of the latest such event, or
** SIZE_MAX when there is none or more than one country. */
static size_t war_foe(const dyad_coder *c, const sent_ctx *s, const char *sc, char foe[4])
{
    size_t found = SIZE_MAX;
    foe[0] = '\0';
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, "19 20", 1, 0)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        char rs[4], rt[4];
        if (r->sent >= s->index || !coder_same_story(c, r->sent, s->index) ||
            !coder_code_country(r->source, rs) ||
            !coder_code_country(r->target, rt) || strcmp(rs, rt) == 0)
            continue;
        const char *other = strcmp(rs, sc) == 0 ? rt : strcmp(rt, sc) == 0 ? rs : NULL;
        if (!other)
            continue;
        if (foe[0] && strcmp(foe, other) != 0)
            return SIZE_MAX;   /* a war on two fronts: whose is this act? */
        if (!foe[0]) {
            memcpy(foe, other, 4);
            found = e;
        }
    }
    return found;
}

/* The doer's actor as event e named it: "IRQMIL" when e's side of
** country foe is its forces ("Iraq said its forces had crushed an
** Iranian attack", then "hundreds of Iranians were killed": Iraq's
** forces killed them; the first, fifteenth and nineteenth samples judged
** the bare state wrong), else the bare country. For the doer only: what
** an act of war strikes is as often the state's thing ("bombed the fuel
** depot"), no force. Sixteenth session, prec19. Points into c's events
** or at foe. */
static const char *foe_actor(const dyad_coder *c, size_t e, const char *foe)
{
    static const char *const forces[] = {"MIL", NULL};
    const event_rec *r = &c->ev[e];
    const char *side = strncmp(r->source, foe, 3) == 0 ? r->source : r->target;
    return strlen(side) == 6 && coder_role_in(side, forces) ? side : foe;
}

/* Does noun phrase np (none: -1) name a thing, or nothing: no pronoun,
** no agent of the dictionary, and no proper noun for its head? Proper
** nouns before it may name the thing's place ("raided the Ahvaz oil
** field"); a name for a head is someone the dictionary does not know
** (the tagger may read the head as an adjective: "a counter-offensive");
** a ship may be any flag's. */
static int struck_thing(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    if (np < 0)
        return 1;
    const phrase *p = &s->ls.phrases[np];
    /* a ship struck in a war at sea is as often a third country's ("Iranian
    ** gunboats attacked a tanker": its flag, not Iraq) */
    static const char *const ships[] = {"ship", "tanker", "supertanker", "vessel", "freighter",
                                        "carrier", "shipping", "boat", "tug", "barge", NULL};
    /* an attack told as its doer's ("Iran launched its attack", "repelled
    ** their new offensive"): the possessor is the side that attacks, and
    ** the act a thing (seventeenth session, lane force3) */
    static const char *const attacks[] = {"attack", "offensive", "assault", "counter-attack",
                                          "counterattack", "counter-offensive", NULL};
    if ((p->flags & PHF_PRONOUN) || tag_is_proper(s->ls.tags[p->head]) ||
        lemma_in_list(s->ls.lemmas[p->head], ships))
        return 0;
    int own_attack = lemma_in_list(s->ls.lemmas[p->head], attacks);
    for (uint32_t k = p->first; k < p->end; k++) {
        const dict_agent *ag;
        if (s->ls.tags[k] == TAG_PRP || (s->ls.tags[k] == TAG_PRPS && !own_attack) ||
            dict_match_agent(c->d, s->ids, p->end, k, &ag))
            return 0;
    }
    return 1;
}

/* Does the source phrase of j stand right before a reporting verb ("A
** Baghdad communique said an Iranian brigade, backed by tanks, launched
** the attack", where the parse gave the reporter to the act)? */
static int source_reports(const sent_ctx *s, const clause_job *j)
{
    if (j->src_np < 0)
        return 0;
    uint32_t after = s->ls.phrases[j->src_np].end;
    return after < s->ls.n && s->ls.phrases[j->src_np].end != j->vg->first &&
           coder_reporting_verb(s, after);
}

/* Are j's sources a state's forces (MIL), or a state named bare by its
** name as the head of the source's phrase or by a noun of arms ("Iran",
** "Iraqi planes")? Not a government, whose "fighting" is as often its
** politics, nor a state that an adjective gives to a thing ("the Chinese
** Cultural Revolution"). */
static int forces_at_war(const sent_ctx *s, const clause_job *j)
{
    static const char *const forces[] = {"MIL", NULL};
    static const char *const arms[] = {"plane", "jet", "warplane", "aircraft", "helicopter",
                                       "gunboat", "warship", "artillery", "gunner",
                                       "troop", "force", "unit", "brigade", "division",
                                       NULL};
    if (j->src_np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[j->src_np];
    for (int i = 0; i < j->ns; i++) {
        const actor_ref *a = &j->src[i];
        int named = p->head >= a->first && p->head < a->end;   /* "Iran" */
        if (!coder_role_in(a->code, forces) &&
            (strlen(a->code) > 3 || !(named || lemma_in_list(s->ls.lemmas[p->head], arms))))
            return 0;
    }
    return 1;
}

/* Is j's verb group a participle with no auxiliary ("2,000 Iraqi troops
** had been killed, wounded or captured": the last verb of a coordinated
** passive), whose subject is no doer? */
static int bare_participle(const sent_ctx *s, const clause_job *j)
{
    return j->vg->first == j->vg->head && s->ls.tags[j->vg->head] == TAG_VBN;
}

int coder_war_foe(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    char sc[4], foe[4];
    if (j->nt > 0 || j->ns == 0 || !fighting(j->code1) || !coder_state_force(j) ||
        !forces_at_war(s, j) || bare_participle(s, j) || !struck_thing(c, s, j->tgt_np) ||
        source_reports(s, j))
        return 0;
    for (int i = 0; i < j->ns; i++) {
        char cc[4];
        if (!coder_code_country(j->src[i].code, cc) || (i > 0 && strcmp(cc, sc) != 0))
            return 0;
        memcpy(sc, cc, 4);
    }
    size_t e = war_foe(c, s, sc, foe);
    if (e == SIZE_MAX || coder_names_third_country(c, s, sc, foe))
        return 0;
    j->nt = coder_add_from_event(c, j->vg, e, foe, j->tgt, 0);
    j->alone = 0;
    return j->nt;
}

/* Does j's verb group hold a form of "be" ("were killed", "had been
** repulsed")? A participle read as a passive ("Iranian forces captured
** the posts", its subject taken for the struck) holds none. */
static int told_passive(const sent_ctx *s, const clause_job *j)
{
    for (uint32_t k = j->vg->first; k < j->vg->end; k++)
        if (lemma_is_word(s->ls.lemmas[k], "be"))
            return 1;
    return 0;
}

int coder_war_doer(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* the state, its forces, police or people struck; not rebels or
    ** criminals, whom their own state fights */
    static const char *const struck[] = {"MIL", "GOV", "COP", "CVL", NULL};
    char tc[4], foe[4];
    if (j->ns != 0 || !j->unnamed_agent || j->src_np >= 0 || j->nt == 0 ||
        !fighting(j->code1) || !told_passive(s, j))
        return j->ns;
    for (int i = 0; i < j->nt; i++) {
        char cc[4];
        const char *code = j->tgt[i].code;
        if (!coder_code_country(code, cc) || (strlen(code) > 3 && !coder_role_in(code, struck)) ||
            (i > 0 && strcmp(cc, tc) != 0))
            return j->ns;
        memcpy(tc, cc, 4);
    }
    size_t e = war_foe(c, s, tc, foe);
    if (e == SIZE_MAX || coder_names_third_country(c, s, tc, foe))
        return j->ns;
    return coder_add_from_event(c, j->vg, e, foe_actor(c, e, foe), j->src, 0);
}

/* Is np "the planes", "the six jets" or "the warplanes": a definite
** phrase whose head is a noun of arms, with no proper noun or possessor
** in it (whose country, if any, the dictionary would have read)? */
static int definite_arms(const sent_ctx *s, int32_t np)
{
    static const char *const arms[] = {"plane", "jet", "warplane", "aircraft", "bomber",
                                       "helicopter", "gunship", "gunboat", NULL};
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    if ((p->flags & (PHF_PRONOUN | PHF_PROPER | PHF_OWNED | PHF_COORD)) ||
        !lemma_in_list(s->ls.lemmas[p->head], arms) || !lemma_is_word(s->ls.lemmas[p->first], "the"))
        return 0;
    for (uint32_t k = p->first + 1; k < p->head; k++)
        if (s->ls.tags[k] != TAG_CD && s->ls.tags[k] != TAG_JJ)
            return 0;
    /* "the planes of its fleet": someone's, named after them */
    return !(p->end < s->ls.n && lemma_is_word(s->ls.lemmas[p->end], "of"));
}

int coder_war_arms(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const forces[] = {"MIL", NULL};
    if (j->ns != 0 || j->passive || !fighting(j->code1) || !definite_arms(s, j->src_np))
        return j->ns;
    size_t e = coder_earlier_event(c, c->nev, "19 20", 1, s->index - 2);
    if (e == SIZE_MAX || c->ev[e].sent >= s->index ||
        !coder_same_story(c, c->ev[e].sent, s->index) ||
        strlen(c->ev[e].source) != 6 || !coder_role_in(c->ev[e].source, forces))
        return j->ns;
    return coder_add_from_event(c, &s->ls.phrases[j->src_np], e, c->ev[e].source, j->src, 0);
}
