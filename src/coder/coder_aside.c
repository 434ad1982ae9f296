/*
** coder_aside.c — a stay abroad told in an aside after the subject
** (docs/coder.md, "Fourteenth session: talks abroad told in an aside").
** "Belgian Trade Minister Dupont, in Washington for talks with U.S.
** officials, said ...": the aside has no clause of its own, so neither
** the pattern "be in +" (coder_present.c) nor the meeting frame of "is in
** Hanoi for talks with" (coder_meeting_frame.c) sees it. It tells the
** subject's stay in the host country for a purpose, a visit (042) as "is
** in Washington for talks" is, and talks it names a counterpart of are
** held as that clause's are. Only an aside that opens right after the
** subject with "in" and a proper name, goes on with a purpose of meeting
** or journey ("for talks", "for a meeting of", "on a visit", "on a tour
** of"), and closes with a comma before the clause's verb: an aside that
** names a job or an age, or "in Washington on Monday", is no stay.
** Reads the sentence only; the nominal step emits.
*/
#include "coder/coder_int.h"

/* Nouns of a journey an aside "on" tells: "on a tour of Europe" (a
** rule word list: RULE_ASIDE). */
const char *const coder_aside_journeys[] = {"visit", "trip", "tour", "mission", NULL};

/* The token after the place of an aside that opens after clause cl's
** subject ("Dupont, in Washington for ..."; "currently" or "now" may
** stand before "in"), with the place's phrase in *place; 0 if none. */
static uint32_t aside_opening(const sent_ctx *s, const clause *cl, int32_t *place)
{
    static const char *const nows[] = {"currently", "now", NULL};
    const phrase *ph = s->ls.phrases;
    if (cl->subject < 0 || cl->verb < 0)
        return 0;
    uint32_t k = ph[cl->subject].end;
    if (k + 2 >= s->ls.n || s->ls.tags[k] != TAG_COMMA)
        return 0;
    k++;
    if (lemma_in_list(s->ls.lemmas[k], nows))
        k++;
    const phrase *pp = coder_pp_at(s, k);
    if (!pp || !lemma_is_word(s->ls.lemmas[k], "in") || pp->np < 0 ||
        !tag_is_proper(s->ls.tags[ph[pp->np].head]) || ph[pp->np].end >= ph[cl->verb].first)
        return 0;
    *place = pp->np;
    return ph[pp->np].end;
}

/* Does the aside go on at token k with a purpose of meeting or journey
** ("for talks with", "for a meeting of", "on a tour of"), and close with
** a comma before verb group vg, no verb between? */
static int aside_purpose(const sent_ctx *s, uint32_t k, const phrase *vg)
{
    if (k >= vg->first)
        return 0;
    int on = lemma_is_word(s->ls.lemmas[k], "on");
    if (!on && !lemma_is_word(s->ls.lemmas[k], "for"))
        return 0;
    /* the purpose's noun, the last before its own preposition ("for
    ** informal GATT ministerial talks", "on a tour of Europe"; the parse
    ** may split such words into two phrases) */
    uint32_t e = k + 1, noun = 0;
    while (e < vg->first && s->ls.tags[e] != TAG_IN && s->ls.tags[e] != TAG_COMMA &&
           s->ls.vg_of[e] < 0) {
        if (tag_is_noun(s->ls.tags[e]))
            noun = e;
        e++;
    }
    const char *head = noun ? s->ls.lemmas[noun] : NULL;
    if (!head || !(on ? lemma_in_list(head, coder_aside_journeys)
                      : lemma_in_list(head, coder_meeting_nouns) ||
                            lemma_in_list(head, coder_journey_nouns)))
        return 0;
    while (e < vg->first && s->ls.vg_of[e] < 0 && s->ls.tags[e] != TAG_COMMA)
        e++;
    return e + 1 == vg->first && s->ls.tags[e] == TAG_COMMA;
}

int32_t coder_aside_stay(const sent_ctx *s, const clause *cl)
{
    int32_t place = -1;
    uint32_t k = aside_opening(s, cl, &place);
    return k && aside_purpose(s, k, &s->ls.phrases[cl->verb]) ? place : -1;
}

const clause *coder_aside_talks(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    if (!coder_for_purpose(s, np))
        return NULL;
    uint32_t f = ph[ph[np].up].first;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *cl = &s->ls.clauses[i];
        int32_t place = coder_aside_stay(s, cl);
        if (place >= 0 && ph[place].end == f)
            return cl;
    }
    return NULL;
}
