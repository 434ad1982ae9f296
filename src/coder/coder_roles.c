/*
** coder_roles.c — the slots and actors steps: which noun phrases hold a
** clause's source and target (the pattern's slots, else the clause's
** subject and object, swapped by the passive), the actors they name, and
** where to look further when the target slot names none (docs/coder.md,
** "Source and target"). The prepositions that decide a role are listed
** here.
*/
#include "coder/coder_int.h"

#include <string.h>

/* When the verb's object is no actor, the first actor in the PPs after it
** is the target ("restore ties with Gondor", "condemned an attack by
** Osgiliath soldiers"); PPs of time never hold one. */
static const char *const time_preps[] = {"until", "since", "till", NULL};

/* Prepositions of place: a PP they open says where, not whom. In a
** consultation such a PP never gives the target ("is to meet formally in
** Washington", "met along the border"), and a compound subject that met
** there met each other ("Xi and Putin met in Moscow"). "on" says where
** ("on the border") or what about ("talks on grain"): never whom either.
** The one list the three rules that ask share (issue 13). */
static const char *const places[] = {"in",     "at",    "on",  "near",   "inside", "outside",
                                     "across", "along", "off", "around", NULL};

/* "between Sudan and Israel": the members of such a PP deal with each
** other. */
static const char *const among_preps[] = {"between", "among", "amongst", NULL};

/* The first role-bearing PP of the clause whose noun phrase is an actor;
** skip_among leaves out PPs of among_preps. */
static int target_from_pps(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *out,
                           const char **prep, int skip_places, int skip_among)
{
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->np < 0 || lemma_in_list(s->ls.lemmas[pp->first], time_preps))
            continue;
        if (skip_places && lemma_in_list(s->ls.lemmas[pp->first], places))
            continue;
        if (skip_among && lemma_in_list(s->ls.lemmas[pp->first], among_preps))
            continue;
        if (coder_absolute_with(s, pp->first))
            continue;
        int n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
        if (n > 0) {
            if (prep)
                *prep = s->ls.lemmas[pp->first];
            return n;
        }
    }
    return 0;
}

/* A clause right after clause ci that continues its verb phrase without a
** subject of its own: "signed an accord to supply Gondor", "cordoned off
** the roads leading into Mordor". The first actor in its object or PPs. */
static int target_from_next(dyad_coder *c, const sent_ctx *s, size_t ci, actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[nx->verb];
    int t = s->ls.tags[vg->first];
    int nonfinite = t == TAG_TO || t == TAG_VBG || t == TAG_VBN;
    if (!nonfinite || (nx->kind == CL_RELATIVE && nx->word != UINT32_MAX) ||
        nx->kind == CL_SUBORDINATE ||
        nx->kind == CL_REPORTING || vg->first > cl->end + 1)
        return 0;
    int n = nx->object >= 0 ? coder_resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    /* "met to discuss tension between Greece and Turkey": parties between
    ** whom something lies in the later verb's phrase are not the earlier
    ** verb's target */
    return n ? n : target_from_pps(c, s, nx, out, NULL, 0, 1);
}

/* "Turkey attacked and occupied parts of Syria": a verb with nothing after
** it shares the object of the verb joined to it by "and" or "or". */
static int shared_object(dyad_coder *c, const sent_ctx *s, size_t ci, actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (cl->object >= 0 || cl->pp_count > 0 || nx->word == UINT32_MAX ||
        s->ls.tags[nx->word] != TAG_CC || nx->word != vg->end)
        return 0;
    int n = nx->object >= 0 ? coder_resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    return n ? n : target_from_pps(c, s, nx, out, NULL, 0, 0);
}

/* The target's actors: those of np; then, when look_further, the first
** actor in the clause's PPs, in the clause that continues the verb, in the
** object of a verb joined by "and", in the subject of a that-clause
** ("expressed hopes that Osgiliath could ..."). Sets *prep to the
** preposition of a PP that gave it. Returns the number found. */
static int find_target(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                       int look_further, int consult, actor_ref *tgt, const char **prep)
{
    const clause *cl = &s->ls.clauses[ci];
    int nt = coder_expand_multi(tgt, coder_resolve_np(c, s, np, tgt, MAX_ACTORS));
    if (nt || !look_further)
        return nt;
    if ((nt = coder_expand_multi(tgt, target_from_pps(c, s, cl, tgt, prep, consult, 0))) ||
        (nt = coder_expand_multi(tgt, target_from_next(c, s, ci, tgt))) ||
        (nt = coder_expand_multi(tgt, shared_object(c, s, ci, tgt))))
        return nt;
    for (size_t k = ci + 1; k < s->ls.nclauses && nt == 0; k++)
        if (s->ls.clauses[k].parent == (int32_t)ci && s->ls.clauses[k].kind == CL_COMPLEMENT)
            nt = coder_expand_multi(tgt, coder_resolve_np(c, s, s->ls.clauses[k].subject, tgt, MAX_ACTORS));
    return nt;
}

/* ---- the slots step ---- */

void coder_clause_slots(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const clause *cl = j->cl;
    match_state *m = &j->m;
    j->passive = j->vg->voice == VOICE_PASSIVE && !j->on_caten;
    /* the NP after a passive verb is its by-agent, never the target slot */
    if (j->passive && m->target >= 0 && cl->agent >= 0 &&
        s->ls.phrases[m->target].first >= s->ls.phrases[cl->agent].first &&
        s->ls.phrases[m->target].end <= s->ls.phrases[cl->agent].end)
        m->target = -1;
    /* "is to meet formally in Washington": meeting somewhere is not meeting
    ** it; in consultations a place is never the target */
    j->consult = strncmp(j->code1, "04", 2) == 0 && !c->opts.partial;
    if (j->consult && m->target >= 0 && m->slot_prep && lemma_in_list(m->slot_prep, places))
        m->target = -1, m->slot_prep = NULL;
    int32_t src_np = m->source, tgt_np = m->target;
    j->subject_target = m->pattern && (m->pattern->flags & DICT_PAT_SUBJECT_TARGET);
    if (src_np < 0)
        src_np = j->subject_target ? -1 : j->passive ? cl->agent : cl->subject;
    if (tgt_np < 0)
        tgt_np = j->subject_target ? cl->subject : j->passive ? cl->subject : cl->object;
    if (j->subject_target && m->source < 0)
        src_np = cl->object;
    /* "Falastur noted that Cirith Ungol regretted ...", matched by "noted +
    ** *": words before the verb that put its own subject in the target slot
    ** leave the source to the clause those words belong to */
    if (m->source < 0 && m->target >= 0 && m->target == cl->subject && !j->subject_target &&
        !j->passive && !m->compound && m->pattern && m->pattern->npre && cl->parent >= 0)
        src_np = s->ls.clauses[cl->parent].subject;
    j->src_np = src_np;
    j->tgt_np = tgt_np;
    j->mutual = m->pattern && (m->pattern->flags & DICT_PAT_MUTUAL);
    /* consulting and cooperating with nobody named: a compound subject does
    ** it together ("Xi and Putin met", "the two sides signed a deal") */
    j->together = strncmp(j->code1, "04", 2) == 0;
    j->look_further = m->target < 0 && !j->subject_target && !j->passive;
}

/* ---- the actors step ---- */

/* What the preposition before the target decides once the actors are
** known: a place is where a compound subject met, not whom; a between-PP
** under a reciprocal pattern pairs its own members. */
static void pairing(clause_job *j)
{
    /* "Xi and Putin met in Moscow": a compound subject meets itself; a place
    ** found in a PP is where, not whom */
    if (!j->target_prep && j->m.target >= 0)
        j->target_prep = j->m.slot_prep;
    if (j->target_prep && lemma_in_list(j->target_prep, places) && (j->mutual || j->together) &&
        j->ns >= 2)
        j->nt = 0;
    /* "brokered a deal to normalize relations between Sudan and Israel": a
    ** reciprocal pattern (@mutual) between the members of a between-PP is
    ** theirs, not the subject's with each; a one-way event ("mediated
    ** between Israel and Egypt") keeps its subject, and so does a
    ** consultation, as PETRARCH codes it ("welcomed talks between X and Y") */
    j->between = j->nt >= 2 && j->mutual && j->target_prep && j->m.target < 0 &&
                 lemma_in_list(j->target_prep, among_preps);
}

void coder_clause_actors(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    size_t ci = j->ci;
    j->src_np = coder_antecedent(s, ci, j->src_np);
    j->tgt_np = coder_antecedent(s, ci, j->tgt_np);
    j->ns = coder_expand_multi(j->src, coder_resolve_np(c, s, j->src_np, j->src, MAX_ACTORS));
    if (j->ns == 0)
        j->ns = coder_agent_of_reporter(c, s, ci, j->src_np, j->src);
    j->target_prep = NULL;
    j->nt = find_target(c, s, ci, j->tgt_np, j->look_further, j->consult, j->tgt,
                        &j->target_prep);
    /* "sent aid to Kharkiv": a city the dictionary does not know is its
    ** country, when nothing better is the target (coder_place.c) */
    if (j->nt == 0)
        j->nt = coder_place_target(s, j);
    /* PETRARCH's new actors are the last resort in either role */
    if (c->new_actor_length > 0 && (j->ns == 0 || j->nt == 0)) {
        c->new_actor_now = 1;
        if (j->ns == 0)
            j->ns = coder_resolve_np(c, s, j->src_np, j->src, MAX_ACTORS);
        if (j->nt == 0)
            j->nt = find_target(c, s, ci, j->tgt_np, j->look_further, j->consult, j->tgt,
                                &j->target_prep);
        c->new_actor_now = 0;
    }
    /* "Paris, Texas": the region names the country (coder_place.c) */
    coder_place_actors(s, j);
    pairing(j);
}
