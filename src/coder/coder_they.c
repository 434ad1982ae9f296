/*
** coder_they.c — a doer the sentence leaves to the one before (docs/coder.md,
** "Tenth session: doers named in the sentence before"). News tells an act
** with its doer, then more of the same act in the passive with no by-agent,
** and says it is more ("also", "other"):
** "Kenya has asked Germany to lease it two tankers. France and Italy were
** also asked." The passive's doer is the doer of that latest act of the
** same kind, told in this sentence or the two before, under the same
** dateline.
*/
#include "coder/coder_int.h"

#include <string.h>

int coder_same_story(const dyad_coder *c, long a, long b)
{
    return country_dateline_for(&c->doc.country, a) == country_dateline_for(&c->doc.country, b);
}

/* Does clause cl say that it tells more of an act told before: "also",
** "too", "as well", "likewise", "again", "other", "another" ("Britain and
** China were also asked", "Two other Marines were charged")? Without such a
** word a bare passive ("is worried", "had been agreed") is as often a
** state or a thing of its own. */
static int more_of_the_same(const sent_ctx *s, const clause *cl)
{
    static const char *const more[] = {"also", "too", "likewise", "similarly", "again",
                                       "other", "another", NULL};
    /* "as well" and "too" may close the sentence past the clause's span */
    for (uint32_t k = cl->first; k < cl->end + 2 && k < s->ls.n; k++) {
        const char *l = s->ls.lemmas[k];
        /* "other" before a noun, not "others" alone ("We and others are
        ** concerned") */
        if ((lemma_in_list(l, more) && !tag_is_noun(s->ls.tags[k])) ||
            (k > cl->first && strcmp(l, "well") == 0 && strcmp(s->ls.lemmas[k - 1], "as") == 0))
            return 1;
    }
    return 0;
}

int coder_passive_doer(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (j->ns != 0 || !j->unnamed_agent || j->src_np >= 0 || j->nt == 0 ||
        strlen(j->code1) < 2 || !more_of_the_same(s, j->cl))
        return j->ns;
    char root[3] = {j->code1[0], j->code1[1], '\0'};
    size_t e = coder_earlier_event(c, c->nev, root, 1, s->index - 2);
    if (e == SIZE_MAX || !coder_same_story(c, c->ev[e].sent, s->index))
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

/* Does noun phrase np, a pronoun that stands for a bare plural of agents
** ("Police ... They said"), report what its clause's complement tells?
** Such a speaker is no party to the act it reports. Reads only. */
static int they_speaker(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    ment_ref mr = mentions_np(c->ment, np);
    if (mr.how != MREF_PRONOUN || mr.ent < 0 || !mentions_entity(c->ment, mr.ent)->bare)
        return 0;
    for (size_t k = 0; k < s->ls.nclauses; k++) {
        const clause *cl = &s->ls.clauses[k];
        if (cl->subject != np)
            continue;
        if (cl->verb >= 0 &&
            coder_reporting_verb(s, s->ls.phrases[cl->verb].head))
            return 1;
        /* "Wilson said they will meet": reported by someone else, "they"
        ** may be the speaker's side as a whole; "Police said they had
        ** arrested" is the police's own */
        if (cl->kind == CL_COMPLEMENT && cl->parent >= 0) {
            int32_t subj = s->ls.clauses[cl->parent].subject;
            if (subj >= 0 && subj != np && mentions_np(c->ment, subj).ent != mr.ent)
                return 1;
        }
    }
    return 0;
}

int coder_they_actor(dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e, actor_ref *out,
                     int max)
{
    const phrase *p = &s->ls.phrases[np];
    if (!mentions_entity(c->ment, e)->bare)
        return coder_entity_actors(c, p, e, out, max);
    static const char *const plural[] = {"they", "them", NULL};
    if (p->head + 1 != p->end || !lemma_in_list(s->ls.lemmas[p->head], plural) ||
        they_speaker(c, s, np))
        return 0;
    c->bare_ok = 1;
    int n = coder_entity_actors(c, p, e, out, max);
    c->bare_ok = 0;
    return n;
}

/* Tokens after a sentence's start that a "they" may stand in and still
** reach back to it: about the four sentences a pronoun looks back over. */
#define THEY_REACH 200

int coder_they_ahead(dyad_coder *c, const sent_ctx *s)
{
    const dyad_token *all = dyad_text_tokens(c->text);
    size_t n = dyad_text_token_count(c->text);
    size_t from = (size_t)(s->ls.toks - all) + s->ls.n;
    doc_ctx *d = &c->doc;
    if (d->they_next < from) {
        /* sentences come in order: scan on from where the last scan
        ** stopped, never twice over the same tokens */
        size_t k = d->they_from > from ? d->they_from : from;
        while (k < n) {
            const dyad_token *t = &all[k];
            const char *w = s->ls.text + t->start;
            if (t->len == 4 && (w[0] == 't' || w[0] == 'T') && w[1] == 'h' && w[2] == 'e' &&
                (w[3] == 'y' || w[3] == 'm'))
                break;
            k++;
        }
        d->they_from = k < n ? k + 1 : n;
        d->they_next = k < n ? k : SIZE_MAX;
    }
    return d->they_next != SIZE_MAX && d->they_next < from + THEY_REACH;
}
