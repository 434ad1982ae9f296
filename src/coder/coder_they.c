/*
** coder_they.c — a doer the sentence leaves to the one before (docs/coder.md,
** "Tenth session: doers named in the sentence before"). News tells an act
** with its doer, then more of the same act in the passive with no by-agent:
** "Kenya has asked Germany to lease it two tankers. France and Italy were
** also asked." The passive's doer is the doer of that latest act of the
** same kind, told in this sentence or the two before, under the same
** dateline.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Is the dateline that governs sentence a the one that governs b? A
** digest's new dateline ("BELFAST - ...") opens another story. */
static int same_story(const dyad_coder *c, long a, long b)
{
    return country_dateline_for(&c->doc.country, a) == country_dateline_for(&c->doc.country, b);
}

int coder_passive_doer(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (j->ns != 0 || !j->unnamed_agent || j->src_np >= 0 || j->nt == 0 ||
        strlen(j->code1) < 2)
        return j->ns;
    char root[3] = {j->code1[0], j->code1[1], '\0'};
    size_t e = coder_earlier_event(c, c->nev, root, 1, s->index - 2);
    if (e == SIZE_MAX || !same_story(c, c->ev[e].sent, s->index))
        return j->ns;
    const event_rec *r = &c->ev[e];
    char sc[4], tc[4];
    if (!coder_code_country(r->source, sc))
        return j->ns;
    /* "Kenya asked Uganda ... Kenya was also asked": not its own asker */
    for (int i = 0; i < j->nt; i++)
        if (strcmp(j->tgt[i].code, r->source) == 0 ||
            (strlen(j->tgt[i].code) == 3 && coder_code_country(j->tgt[i].code, tc) &&
             strcmp(tc, sc) == 0))
            return j->ns;
    return coder_add_from_event(c, j->vg, e, r->source, j->src, 0);
}

int coder_they_speaker(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    ment_ref mr = mentions_np(c->ment, np);
    if (mr.how != MREF_PRONOUN || mr.ent < 0 || !mentions_entity(c->ment, mr.ent)->bare)
        return 0;
    for (size_t k = 0; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->subject == np && cl->verb >= 0 &&
            lemma_in_list(s->ls.lemmas[s->ls.phrases[cl->verb].head], lang_reporting_verbs))
            return 1;
    }
    return 0;
}
