/*
** coder_present.c — an official present in another country, told with a
** bare "be in" and no verb of travel (docs/coder.md, "Fourteenth session:
** officials present abroad"). "The Greek finance minister was in Moscow
** last week" is his visit to the host (042), as the guide codes a stay
** abroad; the pattern "be in +" (verbs.txt) finds it. Alone that pattern
** also reads "are in the market", "were in agreement", "the only
** countries in the region", so this guard keeps it only where "in" comes
** right after "be" (adverbs between), names a place by its proper name,
** the subject is a state's official or body, and the clause says it
** plainly (no negation, no "will be", no "would be").
*/
#include "coder/coder_int.h"

/* Is clause job j the bare presence pattern, "be in +" with nothing
** after the target? */
static int bare_presence(const clause_job *j)
{
    const dict_pattern *p = j->m.pattern;
    return p && !j->on_caten && !j->light && p->npre == 0 && p->npost == 2 &&
           p->post[0].kind == DICT_EL_WORD && p->post[1].kind == DICT_EL_TARGET &&
           strcmp(j->code1, "042") == 0 && lemma_is_word(j->lemma, "be");
}

/* Does the target of j stand in a PP "in" that opens right after the
** verb group (adverbs between: "is currently in Damascus"), named by a
** proper noun ("in Moscow", "in the Soviet Union"; not "in the market")? */
static int in_right_after(const sent_ctx *s, const clause_job *j)
{
    uint32_t k = j->vg->end;
    while (k < s->ls.n && tag_is_adv(s->ls.tags[k]))
        k++;
    const phrase *pp = coder_pp_at(s, k);
    if (!pp || !lemma_is_word(s->ls.lemmas[k], "in") || pp->np < 0 || pp->np != j->tgt_np)
        return 0;
    const phrase *np = &s->ls.phrases[pp->np];
    return tag_is_proper(s->ls.tags[np->head]);
}

const char *coder_no_presence(const sent_ctx *s, const clause_job *j)
{
    if (!bare_presence(j))
        return NULL;
    if (j->vg->voice == VOICE_PASSIVE || !in_right_after(s, j))
        return "'be in' with no place named right after it";
    if (j->mod != MOD_ASSERTED)
        return "a stay abroad not said plainly (negated, to come, or guessed)";
    /* "no Libyan forces are in Chad": the subject's own negation */
    if (j->cl->subject >= 0 &&
        lemma_is_word(s->ls.lemmas[s->ls.phrases[j->cl->subject].first], "no"))
        return "a stay abroad denied by its subject's 'no'";
    for (int i = 0; i < j->ns; i++) {
        const actor_ref *a = &j->src[i];
        /* forces in a country are deployed there, not on a visit */
        if (!coder_state_official(a->code))
            return coder_state_actor(a->code) ? "forces 'in' a country: no visit"
                                              : "'be in' a country of someone no official of a state";
        /* a bare title ("Sheikh Sultan") takes its country from the
        ** sentence around it, here no sign of where he comes from */
        if (a->from == FROM_SENTENCE && a->agent_entry)
            return "an official whose country his own words do not name";
    }
    for (int i = 0; i < j->nt; i++)
        if (!coder_code_country(j->tgt[i].code, NULL))
            return "'be in' a place that is no country";
    return NULL;
}

/* "Funaro, who is in Washington to attend the meetings of the World Bank
** and IMF", "al-Chalabi, who is in Caracas for a meeting of the OPEC
** Fund": an official "in" a capital for a body's own gathering goes to
** the body, not to the host; the seventeenth and nineteenth samples
** judged the visit to the host wrong (sixteenth session, prec19). Does a
** run of names within the purpose said right after the place (up to a
** comma, a relative pronoun or sixteen words) resolve to an
** international body? "for a meeting of trade ministers who are
** reviewing the GATT round" names none before its "who". */
const char *coder_body_meeting(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    if (strcmp(j->code1, "042") != 0 || !lemma_is_word(j->lemma, "be") || j->tgt_np < 0)
        return NULL;
    const phrase *t = &s->ls.phrases[j->tgt_np];
    if (t->first == 0 || !lemma_is_word(s->ls.lemmas[t->first - 1], "in"))
        return NULL;
    size_t n = s->ls.n, end = t->end + 16 < n ? t->end + 16 : n;
    for (size_t k = t->end; k < end;) {
        int tg = s->ls.tags[k];
        if (tg == TAG_COMMA || tg == TAG_COLON || tag_is_relative(tg))
            break;
        if (!tag_is_proper(tg)) {
            k++;
            continue;
        }
        size_t e = k;
        while (e < end && tag_is_proper(s->ls.tags[e]))
            e++;
        actor_ref a;
        if (coder_resolve_span(c, s, (uint32_t)k, (uint32_t)e, &a) &&
            strncmp(a.code, "IGO", 3) == 0)
            return "'be in' a capital for an international body's gathering: no visit to the host";
        k = e;
    }
    return NULL;
}
