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
** plainly (no negation, no "will be", no "would be"). And an official
** in a capital, or gone there, for an international body's gathering
** is no visit to the host (coder_body_meeting; docs/coder.md, "Sixteenth
** session: agreements on trade as economic cooperation, ...").
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
** and IMF", "will leave for Washington to attend the IMF's Interim
** Committee meeting": an official "in" a capital, or gone there, for a
** body's own gathering goes to the body, not to the host; the
** seventeenth and nineteenth samples judged the visit to the host wrong
** (sixteenth session, prec19). The purpose is read right after the place,
** up to a comma, a relative pronoun or sixteen words: a run of names in
** it that resolves to an international body other than the traveller's
** own drops the visit, unless a name of the host's country is there too
** ("for talks with Baker and the IMF": the host is met), or its own
** unless the gathering is "of" it. "for a meeting of trade ministers who
** are reviewing the GATT round" names none before its "who"; "an IMF
** team arrived in Lusaka for talks on the IMF loan" is the body's own
** visit. */
static const char *const journeys[] = {"be", "leave", "arrive", "travel", "go", "fly", "head",
                                       NULL};

/* Is actor code a the host's country h, or a club of finance ministers
** that h belongs to ("we shall be having a meeting of the G-7" in
** Washington: the U.S. is met, as the eighteenth sample judged
** Miyazawa's stay)? */
static int names_host(const char *a, const char *h)
{
    static const char g5[] = "USA JPN GMW DEU FRA GBR";
    static const char g7[] = "USA JPN GMW DEU FRA GBR ITA CAN";
    if (strncmp(a, h, 3) == 0)
        return 1;
    const char *club = strcmp(a, "IGOBUSGFV") == 0 ? g5 : strcmp(a, "IGOBUSGOS") == 0 ? g7 : NULL;
    for (const char *m = club; m && *m; m += m[3] ? 4 : 3)
        if (strncmp(m, h, 3) == 0)
            return 1;
    return 0;
}

/* Is token k a name or a nationality ("American officials")? */
static int named_word(const sent_ctx *s, size_t k)
{
    return tag_is_proper(s->ls.tags[k]) ||
           (tag_is_adj(s->ls.tags[k]) && (s->ls.toks[k].flags & DYAD_TF_CAPITALIZED));
}

const char *coder_body_meeting(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    if (strcmp(j->code1, "042") != 0 || !lemma_in_list(j->lemma, journeys) || j->tgt_np < 0 ||
        j->nt != 1 || !coder_code_country(j->tgt[0].code, NULL))
        return NULL;
    const phrase *t = &s->ls.phrases[j->tgt_np];
    size_t n = s->ls.n, end = t->end + 16 < n ? t->end + 16 : n;
    /* a gathering of the body, not talks with its officials: "for talks
    ** with World Bank officials" stays a visit (eighth session, "A journey
    ** for talks with the people it goes to") */
    static const char *const gatherings[] = {"attend", "meeting", "conference", "session",
                                             "committee", "board", "assembly", "summit",
                                             "council", NULL};
    int body = 0, gathering = 0;
    size_t purpose = t->end;   /* the purpose's end */
    for (; purpose < end; purpose++) {
        int tg = s->ls.tags[purpose];
        if (tg == TAG_COMMA || tg == TAG_COLON || tag_is_relative(tg))
            break;
        gathering |= lemma_in_list_any_case(s->ls.lemmas[purpose], gatherings);
    }
    if (!gathering)
        return NULL;
    /* the body within the purpose; the host anywhere after the place */
    for (size_t k = t->end; k < n;) {
        int tg = s->ls.tags[k];
        int stop = k >= purpose;
        /* "the G-7" is tagged a common noun */
        static const char *const clubs[] = {"g-7", "g7", "g-5", "g5", NULL};
        int club = !tag_is_proper(tg) && lemma_in_list(s->ls.lemmas[k], clubs);
        if (!named_word(s, k) && !club) {
            k++;
            continue;
        }
        size_t e = k + 1;
        while (!club && e < n && named_word(s, e))
            e++;
        actor_ref a;
        if (coder_resolve_span(c, s, (uint32_t)k, (uint32_t)e, &a)) {
            if (names_host(a.code, j->tgt[0].code))
                return NULL;   /* the host named: met */
            int own = 0;
            for (int i = 0; i < j->ns; i++)
                own |= strcmp(a.code, j->src[i].code) == 0;
            /* the traveller's own body: its mission's talks are with the
            ** host ("an IMF team arrived in Lusaka for talks on the IMF
            ** loan"), but a gathering "of" it is its own ("for a meeting of
            ** the OPEC Fund") */
            size_t b = k > 0 && s->ls.tags[k - 1] == TAG_DT ? k - 1 : k;
            int of = b > 0 && lemma_is_word(s->ls.lemmas[b - 1], "of");
            body |= !stop && strncmp(a.code, "IGO", 3) == 0 && (!own || of);
        }
        k = e;
    }
    return body ? "gone to a capital for an international body's gathering: no visit to the host"
                : NULL;
}
