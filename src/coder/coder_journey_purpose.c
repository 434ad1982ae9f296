/*
** coder_journey_purpose.c — a journey made for a body's gathering
** (docs/coder.md, "Seventeenth session: a journey made to attend a
** body's gathering"). "The Kenyan finance minister will leave for
** Washington on Monday to attend a meeting of the IMF", "before
** travelling to Washington for the annual meeting of the IMF", "left
** today to attend the OPEC meeting": the traveller means to meet the
** body (036), as "will attend" already says (coder_attend.c). The
** attending is told by an infinitive or a "for" that hangs on the verb
** of the journey, whose own clause gives the guest and must say the
** journey plainly or as to come: one denied, guessed or on a condition
** is no intent. The host's visit is coder_present.c's concern (none for
** a body's gathering).
*/
#include "coder/coder_int.h"

/* Verbs of a journey: going, arriving, staying ("is in Osaka for"). */
static const char *const journeys[] = {"leave", "travel", "fly", "go", "head", "depart",
                                       "come", "arrive", "visit", "be", NULL};

/* Does a PP "in" (or "here", "there") open right after the verb group
** that ends before token k, adverbs between ("is currently in Caracas")?
** "is for the meeting" or "was responsible for" is no stay. */
static int stay_after(const sent_ctx *s, uint32_t k)
{
    while (k < s->ls.n && tag_is_adv(s->ls.tags[k]) &&
           !lemma_is_word(s->ls.lemmas[k], "here") && !lemma_is_word(s->ls.lemmas[k], "there"))
        k++;
    return k < s->ls.n && (lemma_is_word(s->ls.lemmas[k], "in") ||
                           lemma_is_word(s->ls.lemmas[k], "here") ||
                           lemma_is_word(s->ls.lemmas[k], "there"));
}

const clause *coder_journey_purpose(const sent_ctx *s, uint32_t f)
{
    if (f < 2)
        return NULL;
    const char *const *L = (const char *const *)s->ls.lemmas;
    const clause *jc = NULL;
    if (s->ls.tags[f - 1] == TAG_IN && lemma_is_word(L[f - 1], "for")) {
        /* "travelling to Washington for the meeting of": the PP's clause */
        jc = coder_clause_at(s, f - 1);
        if (!jc || jc->verb < 0)
            return NULL;
        /* "left for the OPEC meeting": "leave for +" goes to the body
        ** already; the purpose comes after a place or a time */
        uint32_t k = s->ls.phrases[jc->verb].end;
        while (k < f - 1 && tag_is_adv(s->ls.tags[k]))
            k++;
        if (k >= f - 1)
            return NULL;
    } else if (s->ls.vg_of[f - 1] >= 0 && lemma_is_word(L[f - 1], "attend")) {
        /* "leave on Monday to attend a meeting of": the clause the
        ** infinitive hangs on */
        int32_t vg = s->ls.vg_of[f - 1];
        const phrase *v = &s->ls.phrases[vg];
        if (v->head != f - 1 || !lemma_is_word(L[v->first], "to") || s->vg_clause[vg] < 0)
            return NULL;
        int32_t up = s->ls.clauses[s->vg_clause[vg]].parent;
        jc = up >= 0 ? &s->ls.clauses[up] : NULL;
    }
    if (!jc || jc->verb < 0 || jc->subject < 0)
        return NULL;
    const phrase *v = &s->ls.phrases[jc->verb];
    if (v->voice == VOICE_PASSIVE || !lemma_in_list(L[v->head], journeys) ||
        (lemma_is_word(L[v->head], "be") && !stay_after(s, v->end)))
        return NULL;
    int mod = coder_modality(s, (size_t)(jc - s->ls.clauses), v, 0, NULL, NULL, NULL);
    /* "was due to hold talks in New York, before travelling to Washington
    ** for": a participle after "before" tells when, not on what condition;
    ** the clause it hangs on says whether the journey is made */
    if (mod == MOD_CONDITIONAL && jc->parent >= 0 && jc->word < s->ls.n &&
        lemma_is_word(L[jc->word], "before") && s->ls.tags[v->head] == TAG_VBG) {
        const clause *up = &s->ls.clauses[jc->parent];
        mod = up->verb < 0 ? MOD_NEGATED
                           : coder_modality(s, (size_t)jc->parent, &s->ls.phrases[up->verb], 0,
                                            NULL, NULL, NULL);
    }
    /* a stay said as now or done ("was in Vienna for the OPEC meeting")
    ** is an attending, not an intent; left to the stay's own rules */
    if (mod == MOD_ASSERTED &&
        (lemma_is_word(L[v->head], "be") || lemma_is_word(L[v->head], "visit")))
        return NULL;
    return mod == MOD_ASSERTED || mod == MOD_FUTURE ? jc : NULL;
}
