/*
** coder_modality.c — the modality of a clause's events: asserted, future,
** conditional, hypothetical or negated (docs/coder.md). The language layer
** gives each verb group its own; here the clauses around it and a pattern
** found on a catenative verb refine it.
*/
#include "coder/coder_int.h"

/* Modality of the event a match codes: a pattern found on the catenative
** verb ("threatened to attack") is the catenative's own event. */
static int event_modality(const sent_ctx *s, const phrase *vg, int on_catenative)
{
    if (!on_catenative)
        return vg->mod;
    for (uint32_t k = vg->first; k < (uint32_t)vg->np; k++) {
        if (lemma_is_word(s->ls.lemmas[k], "not") || lemma_is_word(s->ls.lemmas[k], "never"))
            return MOD_NEGATED;
        if (s->ls.tags[k] == TAG_MD)
            return lemma_is_word(s->ls.lemmas[k], "will") ? MOD_FUTURE : MOD_CONDITIONAL;
    }
    return MOD_ASSERTED;
}

/* The modality an event finally gets from its clause: could, may and might
** say it is possible (hypothetical); a condition ("if", "unless") makes both
** clauses conditional; "would" in what someone reports is future in the
** past ("said the ministers would sign"). */
static int final_modality(const sent_ctx *s, size_t ci, const phrase *vg, int mod)
{
    static const char *const possible[] = {"could", "may", "might", "can", "should", "must",
                                           "ought", NULL};
    static const char *const conditions[] = {"if", "unless", NULL};
    static const char *const denials[] = {"deny", "dismiss", "refute", NULL};
    if (mod == MOD_NEGATED)
        return mod;
    const clause *cl = &s->ls.clauses[ci];
    int would = 0;
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (s->ls.tags[k] == TAG_MD) {
            if (lemma_in_list(s->ls.lemmas[k], possible))
                mod = MOD_HYPOTHETICAL;
            else if (lemma_is_word(s->ls.lemmas[k], "would"))
                would = 1;
        }
    /* the clause itself and the clauses that depend on it (s->ckid: no
    ** scan of every clause, which a long sentence would make quadratic) */
    for (int32_t i = (int32_t)ci; i >= 0; i = i == (int32_t)ci ? s->ckid[ci] : s->csib[i]) {
        const clause *o = &s->ls.clauses[i];
        if (o->kind == CL_SUBORDINATE && o->word != UINT32_MAX &&
            lemma_in_list(s->ls.lemmas[o->word], conditions))
            return MOD_CONDITIONAL;
    }
    /* "urged Iran to release": asked for, not done; "paid bounties to kill
    ** soldiers": meant, not yet done */
    if (cl->ctrl == CTRL_OBJECT && mod < MOD_HYPOTHETICAL)
        mod = MOD_HYPOTHETICAL;
    else if (cl->ctrl == CTRL_SUBJECT && s->ls.tags[vg->first] == TAG_TO && mod < MOD_FUTURE)
        mod = MOD_FUTURE;
    /* "Iran denied that it had attacked Israel" */
    if (cl->kind == CL_COMPLEMENT && cl->parent >= 0 &&
        lemma_in_list(s->ls.lemmas[s->ls.phrases[s->ls.clauses[cl->parent].verb].head],
                      denials))
        return MOD_NEGATED;
    if (would && cl->kind == CL_COMPLEMENT && mod == MOD_CONDITIONAL)
        return MOD_FUTURE;
    return mod;
}

int coder_modality(const sent_ctx *s, size_t ci, const phrase *vg, int on_caten)
{
    return final_modality(s, ci, vg, event_modality(s, vg, on_caten));
}
