/*
** coder_defied.c — disapproval, a request or demands that the clause
** around them defies, grants or answers (docs/coder.md, "Disapproval
** from its maker, defied, gone ahead amid or answered", "Eighth session:
** requests granted", "Demands answered"): "Uganda closed the border
** despite criticism from Kenya", "sent troops at the request of Kenya",
** "bowed to Argentina's demands". A noun event that names its maker but
** no one it is aimed at is aimed at the clause's doer. Apart from
** coder_nominal.c because it reads the clause's preposition and verb,
** not the noun's words; reported_dated there asks coder_defied too (what
** a clause defies stands whatever the clause's mood).
*/
#include "coder/coder_int.h"

/* Words after which a PP of "to" is answered: "in response to a request
** from", "reacting to criticism from". */
static const char *const answers[] = {"response", "respond", "reply", "answer",
                                      "reaction", "react", NULL};

/* Prepositions whose clause goes ahead against their noun. */
static const char *const defying[] = {"despite", "notwithstanding", "amid", "amidst", NULL};

/* Is noun phrase np the object of a participle the parse made a verb,
** right after a preposition of defying ("despite mounting pressure",
** "amid growing criticism")? Reads s only. */
static int vbg_after_defying(const sent_ctx *s, const phrase *np)
{
    uint32_t at = np->first;
    return at >= 2 && s->ls.tags[at - 1] == TAG_VBG && s->ls.vg_of[at - 1] >= 0 &&
           lemma_in_list(s->ls.lemmas[at - 2], defying);
}

/* Is noun phrase np what "despite" sets its clause against: "despite
** criticism", "in spite of objections", "in the face of opposition"?
** Objections overridden ("approved the levy over the objections of
** Uganda"), disapproval amid which the clause goes ahead and
** disapproval answered ("in response to criticism from") are set
** against it too: the clause's doer is the one objected to. */
int coder_defied(const sent_ctx *s, const phrase *np)
{
    const phrase *ph = s->ls.phrases;
    const char *const *L = (const char *const *)s->ls.lemmas;
    /* "despite mounting pressure from", "amid growing criticism from": the
    ** parse makes the participle a verb and the noun its object */
    if (vbg_after_defying(s, np))
        return 1;
    int32_t pp = np->up;
    if (pp < 0 || ph[pp].kind != PH_PP)
        return 0;
    uint32_t at = ph[pp].first;
    const char *prep = L[at];
    /* "resigned amid opposition from its shareholders": gone ahead while
    ** it lasted (defying holds "amid") */
    if (lemma_in_list(prep, defying))
        return 1;
    if (lemma_is_word(prep, "over"))   /* only objections are overridden */
        return lemma_is_word(L[np->head], "objection");
    /* "defended its tin sales in reaction to criticism from Malaysia":
    ** answered, so aimed at the one who answers */
    /* (not "would act not in response to U.S. criticism but ...": an
    ** answer denied tells no words, fifteenth session) */
    if (lemma_is_word(prep, "to") && at > 0 && lemma_in_list(L[at - 1], answers))
        return !((at >= 2 && lemma_is_word(L[at - 2], "not")) ||
                 (at >= 3 && lemma_is_word(L[at - 3], "not")));
    /* "declined to comment on criticism by Kenya of Ugandan tariffs": the
    ** words commented on were said, whatever the comment (fifteenth
    ** session) */
    static const char *const words[] = {"criticism", "condemnation", "accusation", "charge",
                                        "allegation", "complaint", "protest", "objection",
                                        "rebuke", "attack", NULL};
    if (lemma_is_word(prep, "on") && at > 0 && lemma_is_word(L[at - 1], "comment") &&
        lemma_in_list(L[np->head], words))
        return 1;
    /* "in spite of", "in the face of": an of-PP on spite or face, itself in "in" */
    int32_t n = ph[pp].up;
    if (!lemma_is_word(prep, "of") || n < 0 || ph[n].kind != PH_NP ||
        !(lemma_is_word(L[ph[n].head], "spite") || lemma_is_word(L[ph[n].head], "face")))
        return 0;
    int32_t in = ph[n].up;
    return in >= 0 && ph[in].kind == PH_PP && lemma_is_word(L[ph[in].first], "in");
}

/* Is noun phrase np a request that its clause grants: "sent troops at the
** request of Kenya", "in response to a request from Kenya", "responding
** to Kenya's request"? The phrase is in a PP of "at", or of "to" right
** after response, respond, reply or answer. */
static int granted(const sent_ctx *s, const phrase *np)
{
    const phrase *ph = s->ls.phrases;
    const char *const *L = (const char *const *)s->ls.lemmas;
    int32_t pp = np->up;
    if (pp < 0 || ph[pp].kind != PH_PP)
        return 0;
    uint32_t at = ph[pp].first;
    if (lemma_is_word(L[at], "at"))
        return 1;
    return lemma_is_word(L[at], "to") && at > 0 && lemma_in_list(L[at - 1], answers);
}

/* The doer of the clause around noun phrase np (its subject, or the
** by-agent in the passive; a participle's borrowed subject), resolved
** into out, for an act set against np or asked for by it. Returns the
** number of actors in out; *who, the doer's phrase. */
static int clause_doer(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out,
                       int32_t *who)
{
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    /* "Despite criticism from Kenya, Uganda ...", "..., despite criticism":
    ** a phrase set off by a comma is the main clause's */
    const clause *cl = coder_clause_at(s, p->first);
    for (size_t i = 0; !cl && i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].kind == CL_MAIN && s->ls.clauses[i].parent < 0)
            cl = &s->ls.clauses[i];
    if (!cl || cl->verb < 0)
        return 0;
    *who = ph[cl->verb].voice == VOICE_PASSIVE ? cl->agent : coder_visit_subject(s, cl);
    if (*who < 0 || *who == np)
        return 0;
    int n = coder_resolve_np(c, s, *who, out, MAX_ACTORS);
    /* "an Indian spokesman said the plan to send boats would go ahead
    ** despite Colombo's objections": a plan that names no owner, said to
    ** go ahead, is the speaker's side's (eighteenth session) */
    if (!n && coder_intent_noun(s, ph[*who].head) && cl->parent >= 0 &&
        cl->kind == CL_COMPLEMENT && s->ls.clauses[cl->parent].subject >= 0 &&
        ph[s->ls.clauses[cl->parent].verb].mod == MOD_ASSERTED) {
        *who = s->ls.clauses[cl->parent].subject;
        n = coder_resolve_np(c, s, *who, out, MAX_ACTORS);
    }
    return coder_expand_multi(out, n);
}

/* The target of disapproval np that names its source but no target, when
** its clause goes ahead despite it: "Uganda closed the border despite
** criticism from Kenya" is Kenya's criticism of Uganda. */
int coder_defiant(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int32_t *who)
{
    return coder_defied(s, &s->ls.phrases[np]) ? clause_doer(c, s, np, out, who) : 0;
}

/* The target of a request np that names its maker but no addressee, when
** its clause grants it: "Uganda sent troops at the request of Kenya" is
** Kenya's appeal to Uganda (020). */
int coder_grantor(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int32_t *who)
{
    return granted(s, &s->ls.phrases[np]) ? clause_doer(c, s, np, out, who) : 0;
}

/* Is noun phrase np a demand its clause answers, yielding to it or not:
** the object of a verb of meeting or resisting ("met the strikers'
** demands", "resisted Brazil's demands"), the subject of one in the
** passive ("U.S. demands were rejected"), or in a PP of "to" after a verb
** or noun of giving in ("bowed to Argentina's demands", "acceded to",
** "a concession to")? Since the fourteenth session also one the clause
** defies, as disapproval is (coder_defied(): "cut rates despite U.S. demands",
** "held firm despite intense pressure from Washington"): the demands were
** made of the doer whatever it did. Not a market's pressure ("amid
** selling pressure from investors"), nor "any" or "no" pressure. */
static int answered(const sent_ctx *s, int32_t np)
{
    static const char *const answering[] = {
        "meet", "accept", "resist", "reject", "satisfy", "heed", "ignore", "countenance",
        "refuse", "rebuff", "dismiss", "fulfil", "fulfill", "grant", "spurn", "oppose", NULL};
    static const char *const giving_in[] = {"bow", "accede", "yield", "give", "cave",
                                            "concession", "submit", "succumb", NULL};
    /* a market's pressure, or none: "selling pressure", "no pressure" */
    static const char *const unpressing[] = {"selling", "buying",       "upward",      "downward",
                                             "price",   "market",       "inflationary", "competitive",
                                             "any",     "no",           NULL};
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    const char *const *L = (const char *const *)s->ls.lemmas;
    int32_t pp = p->up;
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_in_list(L[k], unpressing))
            return 0;
    if (coder_defied(s, p))
        return 1;
    if (pp >= 0 && ph[pp].kind == PH_PP) {
        uint32_t at = ph[pp].first;
        /* "gave in to", "caved in to": the particle between */
        uint32_t before = at > 0 && lemma_is_word(L[at - 1], "in") && at > 1 ? at - 2 : at - 1;
        return lemma_is_word(L[at], "to") && at > 0 && lemma_in_list(L[before], giving_in);
    }
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0 || !lemma_in_list(L[ph[cl->verb].head], answering))
        return 0;
    return ph[cl->verb].voice == VOICE_PASSIVE ? cl->subject == np : cl->object == np;
}

int coder_answered(const sent_ctx *s, int32_t np)
{
    return answered(s, np);
}

/* The target of demands np that name their makers but no addressee, when
** their clause answers them: "Bolivia met the Chilean miners' demands" is
** the miners' demand of Bolivia; "resisted U.S. demands" whether or not
** they were met, since the demands were made. */
int coder_answerer(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out,
                    int32_t *who)
{
    if (!answered(s, np))
        return 0;
    int n = clause_doer(c, s, np, out, who);
    /* the doer is named by its head, not by a modifier of a thing ("part
    ** of the Paris currency pact, designed to meet U.S. demands" is no
    ** France) */
    const phrase *d = n ? &s->ls.phrases[*who] : NULL;
    if (d && !(d->flags & PHF_PRONOUN) && !tag_is_proper(s->ls.tags[d->head]) &&
        !coder_agent_in(c, s, d->first, d->end))
        return 0;
    return n;
}
