/*
** coder_journey.c — the guest of a journey told with a possessive pronoun
** (docs/coder.md, "Ninth session: intent"). "Thatcher left Bonn ahead of
** her visit to Moscow next week": the visit is hers, and a visit still to
** come is her intent to meet (036). A pronoun names no one by itself, so
** only one the mention table resolves to the subject of its own clause,
** or of a clause that clause hangs on, names the guest; someone of the
** same kind named between them may be the owner instead ("Kohl told
** Thatcher about his visit").
*/
#include "coder/coder_int.h"

#include <string.h>

/* Is anyone of the same kind as entity e, and not e, named by a phrase
** that starts in tokens [from, to), whom the pronoun of gender ('m', 'f'
** or 0) may stand for too? */
static int other_between(const dyad_coder *c, const sent_ctx *s, uint32_t from, uint32_t to,
                         int32_t e, char gender)
{
    const ment_entity *own = mentions_entity(c->ment, e);
    for (uint32_t t = from; t < to; t++) {
        int32_t o = s->ls.np_of[t];
        if (o < 0 || s->ls.phrases[o].first != t)
            continue;
        ment_ref om = mentions_np(c->ment, o);
        const ment_entity *oe = om.ent >= 0 ? mentions_entity(c->ment, om.ent) : NULL;
        /* "her visit" after "talks with Kohl": a man is not her, and
        ** officials are no "his" */
        if (oe && om.ent != e && (!own || oe->kind == own->kind) &&
            !(gender && oe->gender && oe->gender != gender) && !(gender && oe->plural))
            return 1;
    }
    return 0;
}

int coder_own_journey(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    return coder_pronoun_subject(c, s, np, 0, out);
}

int coder_pronoun_subject(dyad_coder *c, const sent_ctx *s, int32_t np, int with_its,
                          actor_ref *out)
{
    static const char *const third[] = {"his", "her", "their", NULL};
    const phrase *p = &s->ls.phrases[np];
    uint32_t f = p->first;
    if (s->ls.tags[f] != TAG_PRPS ||
        !(lemma_in_list(s->ls.lemmas[f], third) || (with_its && lemma_is_word(s->ls.lemmas[f], "its"))))
        return 0;
    ment_ref mr = mentions_token(c->ment, f);
    if (mr.ent < 0)
        return 0;
    /* the clause the phrase stands in, then the ones it hangs on */
    const clause *own = coder_clause_at(s, f);
    /* "to ease tensions before or during his Washington visit": a PP the
    ** parse leaves outside every clause's span hangs on the last clause
    ** whose verb comes before it (fifteenth session, second round) */
    const clause *last = NULL;
    for (size_t i = 0; !own && i < s->ls.nclauses; i++) {
        const clause *o = &s->ls.clauses[i];
        if (o->verb >= 0 && s->ls.phrases[o->verb].end <= f &&
            (!last || s->ls.phrases[o->verb].first > s->ls.phrases[last->verb].first))
            last = o;
    }
    if (!own)
        own = last;
    int32_t ci = own ? (int32_t)(own - s->ls.clauses) : -1;
    for (int hops = 0; ci >= 0 && hops < 4; ci = s->ls.clauses[ci].parent, hops++) {
        const clause *cl = &s->ls.clauses[ci];
        if (cl->subject < 0 || s->ls.phrases[cl->subject].first >= f)
            continue;
        /* an act's pronoun looks back a sentence's length at most, so
        ** that a run-on text is not read back to its start for each one */
        if (with_its && f - s->ls.phrases[cl->subject].end > 60)
            return 0;
        if (!coder_names_entity(c, s, cl->subject, mr.ent))
            continue;
        char gender = lemma_is_word(s->ls.lemmas[f], "his")   ? 'm'
                      : lemma_is_word(s->ls.lemmas[f], "her") ? 'f'
                                                              : 0;
        if (other_between(c, s, s->ls.phrases[cl->subject].end, f, mr.ent, gender))
            return 0;
        return coder_expand_multi(out, coder_resolve_np(c, s, cl->subject, out, MAX_ACTORS));
    }
    return 0;
}
