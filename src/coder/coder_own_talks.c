/*
** coder_own_talks.c — talks owned by a possessive pronoun and told as
** held by the clause they are the subject of (docs/coder.md, "Fifteenth
** session, second round: talks told as a speaker's own, ..."). "The
** Danish minister said his talks with Austrian officials had ended
** without an accord": the talks are the pronoun's, as a journey's
** are (coder_own_journey resolves it to the subject of a clause it hangs
** on), and were held, since their own clause tells what they did in a
** past tense. Only talks that are their clause's subject (or, with no
** "that", the object the parse gives a verb of saying, whose clause goes
** on right after their words): as an object or in a PP they may be
** cancelled, put off or only looked forward to ("postponed his meeting
** with", "is looking forward to his talks with"), and a framing PP is
** coder_visit_guest's. Reads the sentence only; the nominal step
** resolves the owner and emits.
*/
#include "coder/coder_int.h"

/* Verbs whose subject talks were not held, or not yet: "his talks with
** Kohl were cancelled", "his meeting with Baker was put off". */
static const char *const not_held[] = {"cancel", "postpone", "delay", "call", "put", "scrap",
                                       "schedule", "reschedule", "plan", "set", "expect",
                                       "propose", "arrange", "defer", "move", NULL};

/* The clause whose verb group opens right after token k and the phrases
** from it, with no verb or punctuation between: "said his talks with
** Peru | had been useful". NULL if none. */
static const clause *clause_right_after(const sent_ctx *s, uint32_t k)
{
    while (k < s->ls.n && s->ls.vg_of[k] < 0 && !tag_is_punct(s->ls.tags[k]))
        k++;
    if (k >= s->ls.n || s->ls.vg_of[k] < 0)
        return NULL;
    for (size_t i = 0; i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].verb == s->ls.vg_of[k] && s->ls.phrases[s->ls.vg_of[k]].first == k)
            return &s->ls.clauses[i];
    return NULL;
}

int coder_own_talks_held(const sent_ctx *s, int32_t np)
{
    static const char *const third[] = {"his", "her", "their", NULL};
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    if (s->ls.tags[p->first] != TAG_PRPS || !lemma_in_list(s->ls.lemmas[p->first], third) ||
        !lemma_in_list(s->ls.lemmas[p->head], coder_meeting_nouns))
        return 0;
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0)
        return 0;
    int subject = cl->subject >= 0 && ph[cl->subject].first == p->first;
    if (!subject) {
        /* "said his talks with Peru had been useful": the parse makes the
        ** talks the object of "said", the rest a clause of its own */
        if (cl->object < 0 || ph[cl->object].first != p->first ||
            !coder_reporting_verb(s, ph[cl->verb].head) ||
            !(cl = clause_right_after(s, p->end)) || cl->verb < 0)
            return 0;
    }
    const phrase *vg = &ph[cl->verb];
    for (uint32_t k = vg->first; k < vg->end && k < s->ls.n; k++)
        if (lemma_in_list(s->ls.lemmas[k], not_held))
            return 0;
    /* told as done: said plainly (or denied of the talks: "had not
    ** produced"), in a past tense */
    int mod = coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL, NULL);
    if (mod != MOD_ASSERTED && mod != MOD_NEGATED)
        return 0;
    return coder_vg_past(s, vg);
}
