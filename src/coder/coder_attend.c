/*
** coder_attend.c — a body's gathering that someone will attend
** (docs/coder.md, "Eleventh session: intent"). "The Kenyan finance
** minister will attend a meeting of OPEC oil ministers in Vienna": a
** meeting, conference or summit "of" a named body that the subject of
** "attend" is to go to is the subject's intent to meet the body (036),
** as a meeting set down is; one attended already is the body's meeting
** with the guest (040, coder_visit_guest in coder_meeting_frame.c). Only
** a clause told as still to come by its own words (will, is to, is due
** or scheduled to, plans to; "would" in reported speech) says so: one
** expected or hoped by others ("are expected to attend"), refused, or
** on a condition is no intent of the guest's.
*/
#include "coder/coder_int.h"

/* The clause whose verb group's head is the "attend" right before token
** f, or NULL. */
static const clause *attending(const sent_ctx *s, uint32_t f)
{
    if (f == 0 || s->ls.vg_of[f - 1] < 0 || !lemma_is_word(s->ls.lemmas[f - 1], "attend"))
        return NULL;
    int32_t vg = s->ls.vg_of[f - 1];
    if (s->ls.phrases[vg].head != f - 1)
        return NULL;
    for (size_t i = 0; i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].verb == vg)
            return &s->ls.clauses[i];
    return NULL;
}

const clause *coder_attends_later(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    const clause *cl = attending(s, ph[np].first);
    if (cl && cl->subject >= 0 && cl->subject != np && ph[cl->verb].voice != VOICE_PASSIVE &&
        coder_modality(s, (size_t)(cl - s->ls.clauses), &ph[cl->verb], 0, NULL, NULL, NULL) ==
            MOD_FUTURE)
        return cl;
    /* "left today to attend a meeting of OPEC", "travelling to Vienna for
    ** a meeting of OPEC": the journey's purpose (coder_journey_purpose.c);
    ** a gathering only, not talks "with" someone, which the visit's rules
    ** read */
    static const char *const gatherings[] = {"meeting", "conference", "summit", "session",
                                             NULL};
    if (!lemma_in_list(s->ls.lemmas[ph[np].head], gatherings))
        return NULL;
    return coder_journey_purpose(s, ph[np].first);
}

int coder_attend_guest(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    const clause *cl = coder_attends_later(s, np);
    return cl ? coder_expand_multi(out, coder_resolve_np(c, s, cl->subject, out, MAX_ACTORS)) : 0;
}
