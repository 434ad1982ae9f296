/*
** coder_gathering.c — a body's gathering named by the body before its
** noun, attended (docs/coder.md, "Sixteenth session: verbs mined from
** two-actor clauses, and a body's meeting named before its noun"). "The
** Soviet Union is attending an ADB meeting", "had attended the OPEC
** ministerial meeting": "meeting of +" (nouns.txt) reaches only a body
** named after the noun, and "attend" has no pattern of its own, since a
** school, a rally or a funeral is attended as often. Here the object of
** an active "attend" (or "tell", "address", "brief", "chair") must be a
** gathering's noun with a proper name before it; coder_nominal.c
** (gathering_attended) resolves the body and keeps it only when it is
** an organisation, not a place or a state.
*/
#include "coder/coder_int.h"

/* Verbs whose object gathering the subject attends, as with "meeting of
** +" in coder_nominal.c: it attends, tells, addresses, briefs or chairs
** it. */
static const char *const attending_verbs[] = {"attend", "tell", "address", "brief", "chair",
                                              NULL};

/* Nouns of a body's gathering (a rule word list: RULE_GATHERING). */
const char *const coder_gathering_nouns[] = {"meeting", "conference", "summit", "session",
                                              "talk", "negotiation", NULL};

int32_t coder_gathering_attended(const sent_ctx *s, int32_t np, int32_t *body, int *later)
{
    const phrase *p = &s->ls.phrases[np];
    const char *const *L = (const char *const *)s->ls.lemmas;
    uint32_t h = p->head, f = p->first;
    if (p->end != h + 1 || f == 0)
        return -1;
    /* "will attend the IMF and World Bank meetings": the last conjunct's
    ** noun is the gathering of every body the coordination names */
    int coord = 0;
    if (s->ls.tags[f - 1] == TAG_CC && p->up >= 0 &&
        (s->ls.phrases[p->up].flags & PHF_COORD) && s->ls.phrases[p->up].end == p->end &&
        s->ls.phrases[p->up].first > 0 && lemma_in_list(L[h], coder_gathering_nouns)) {
        np = p->up;
        f = s->ls.phrases[np].first;
        coord = 1;
    }
    /* asked of every noun phrase: no verb group right before it, or
    ** before the names right before it, and there is no attending to
    ** read (below), whatever its head */
    int32_t names = s->ls.np_of[f - 1];
    uint32_t from = names >= 0 && s->ls.phrases[names].end == f ? s->ls.phrases[names].first : f;
    /* ... nor a journey's "for" ("is in Vienna for the OPEC meeting") */
    if (s->ls.vg_of[f - 1] < 0 && (from == 0 || s->ls.vg_of[from - 1] < 0) &&
        !(s->ls.tags[f - 1] == TAG_IN && lemma_is_word(L[f - 1], "for")) &&
        !(from > 0 && s->ls.tags[from - 1] == TAG_IN && lemma_is_word(L[from - 1], "for")))
        return -1;
    if (!lemma_in_list(L[h], coder_gathering_nouns))
        return -1;
    /* "meeting of", "talks with", "between": the noun patterns' */
    if (h + 1 < s->ls.n && (lemma_is_word(L[h + 1], "of") || lemma_is_word(L[h + 1], "with") ||
                            lemma_is_word(L[h + 1], "between")))
        return -1;
    int named = 0;
    for (uint32_t k = f; k < h; k++)
        named |= tag_is_proper(s->ls.tags[k]);
    *body = np;
    /* "attended the OPEC ministerial meeting" is parsed "the OPEC" and
    ** "ministerial meeting": a phrase of names right before is the body
    ** and the object */
    int32_t prev = s->ls.np_of[f - 1];
    if (!named && !coord && prev >= 0 && s->ls.phrases[prev].end == f) {
        const phrase *q = &s->ls.phrases[prev];
        named = 1;
        for (uint32_t k = q->first; k < q->end; k++)
            if (!tag_is_proper(s->ls.tags[k]) && !lemma_is_word(L[k], "the"))
                named = 0;
        if (named && q->first > 0) {
            *body = np = prev;
            f = q->first;
        } else
            named = 0;
    }
    if (!named)
        return -1;
    /* "left today to attend the OPEC meeting", "is in Vienna for the OPEC
    ** meeting": the journey's purpose, its guest's intent to meet the body
    ** (coder_journey_purpose.c) */
    const clause *jc = coder_journey_purpose(s, f);
    if (jc) {
        *later = 1;
        return jc->subject;
    }
    /* the object right after an active verb of attending heading its
    ** verb group */
    int32_t vg = s->ls.vg_of[f - 1];
    if (vg < 0 || s->ls.phrases[vg].head != f - 1 || !lemma_in_list(L[f - 1], attending_verbs) ||
        s->ls.phrases[vg].voice == VOICE_PASSIVE)
        return -1;
    int32_t ci = s->vg_clause[vg];
    if (ci < 0 || s->ls.clauses[ci].subject < 0 || s->ls.clauses[ci].object != np)
        return -1;
    int mod = coder_modality(s, (size_t)ci, &s->ls.phrases[vg], 0, NULL, NULL, NULL);
    if (mod != MOD_ASSERTED && mod != MOD_FUTURE)
        return -1;
    *later = mod == MOD_FUTURE;
    return s->ls.clauses[ci].subject;
}
