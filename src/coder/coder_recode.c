/*
** coder_recode.c — acts coded under the wrong root (docs/coder.md, "Tenth
** session: acts coded with the wrong root"): a sanction whose modality was
** misread, and a state "charged with" a wrong (twelfth session), which
** only words can charge.
**
** A sanction its imposer announces is imposed: "Washington announced
** plans to put tariffs on Japanese goods", "Reagan said the U.S. would
** impose tariffs on Japanese imports", "is due to slap tariffs on ..."
** tell a decision taken and made known, and docs/annotation.md ("Future")
** codes a decision to impose sanctions as the sanction (163), not as its
** threat (1312). A sanction threatened, offered on a condition, weighed,
** guessed, or only foretold by the reporter ("the EU will impose
** sanctions") stays as it was: a threat or nothing.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Words that, before the sanction's verb, tell that it is planned or set
** down ("plans to", "intends to", "announced plans to", "is due to"),
** and the auxiliaries that may stand among them. */
static const char *const planning[] = {"plan", "intend", "decide", "announce", "due",
                                       "schedule", NULL};
static const char *const auxiliary[] = {"will", "would", "shall", "be", "to", "have", "set",
                                        NULL};

/* Words that make it something else: a threat, a readiness, a wish, a
** guess, a proposal, a promise or a denial. */
static const char *const not_decided[] = {
    "threaten", "threat", "warn", "warning", "ready", "prepared", "prepare", "willing",
    "consider", "weigh", "may", "might", "could", "can", "should", "must", "likely",
    "expect", "hope", "want", "seek", "propose", "proposal", "offer", "urge", "call", "ask",
    "demand", "possible", "possibly", "probably", "promise", "pledge", "vow", "study",
    "recommend", "not", "no", "never", NULL};

/* Verbs that announce what their complement says ("said it would impose",
** "announced that he would raise"); one of not_decided makes it a threat
** or a guess ("warned that it would impose", "analysts expect"). */
static const char *const announcing[] = {"say", "announce", "tell", "state", "declare",
                                         "confirm", "add", "disclose", "reveal", NULL};

/* A condition or a question anywhere in the sentence: "would close its
** markets to Japan if they did not open theirs". */
static const char *const conditions[] = {"if", "unless", "whether", "provided", NULL};

/* Is there a condition or question word anywhere in s? Sought once a
** sentence: every clause of a long one asks. */
static int conditioned(sent_ctx *s)
{
    if (s->conditioned < 0) {
        s->conditioned = 0;
        for (size_t k = 0; k < s->ls.n && !s->conditioned; k++)
            s->conditioned = (int8_t)lemma_in_list(s->ls.lemmas[k], conditions);
    }
    return s->conditioned;
}

int coder_sanction_announced(sent_ctx *s, size_t ci, const phrase *vg)
{
    if (conditioned(s))
        return 0;
    /* announced: the clause reports a verb of announcing, through
    ** complements only ("Reagan said the U.S. would impose") */
    int announced = 0;
    const clause *cl = &s->ls.clauses[ci];
    if (cl->kind == CL_COMPLEMENT && cl->parent >= 0) {
        int32_t pv = s->ls.clauses[cl->parent].verb;
        const char *said = pv >= 0 ? s->ls.lemmas[s->ls.phrases[pv].head] : "";
        if (lemma_in_list(said, not_decided))   /* "warned that it would" */
            return 0;
        announced = lemma_in_list(said, announcing);
    }
    /* back from the verb to the subject or the plan's owner: only words of
    ** planning, auxiliaries, adverbs and numbers between them */
    uint32_t h = vg->head;
    for (uint32_t k = h; k-- > 0 && k + 8 > h;) {
        const char *w = s->ls.lemmas[k];
        int t = s->ls.tags[k];
        if (lemma_in_list(w, not_decided))
            return 0;
        if (lemma_in_list(w, planning)) {
            announced = 1;
            continue;
        }
        if (lemma_in_list(w, auxiliary) || t == TAG_RB || t == TAG_CD ||
            (t == TAG_JJ && lemma_is_word(w, "last")))
            continue;
        /* a noun or pronoun: the subject or the plan's owner */
        if (tag_is_noun(t) || t == TAG_PRP || t == TAG_POS || t == TAG_PRPS)
            return announced;
        return 0;
    }
    return 0;
}

/* "Senator Leahy charged Japan with lying and cheating": a state as a
** whole is charged "with" a wrong only in words; no court takes a state
** into custody. Legal action (173) by "charge" whose target is a bare
** state and whose target phrase "with" follows is an accusation (112),
** as "charge + with" a breach already is (verbs.txt). "Police charged
** two Ugandan traders with smuggling" keeps its people. Twelfth session. */
const char *coder_state_charged(const sent_ctx *s, const char *code, const char *lemma,
                                int32_t tgt_np, const char *tgt_code)
{
    if (strcmp(code, "173") != 0 || !lemma_is_word(lemma, "charge") || tgt_np < 0 ||
        strlen(tgt_code) != 3)
        return code;
    /* the state by its name ("Japan"), not people a country's word
    ** describes ("two Ugandan traders", coded UGA) */
    const phrase *p = &s->ls.phrases[tgt_np];
    if (!tag_is_proper(s->ls.tags[p->head]))
        return code;
    return p->end < s->ls.n && lemma_is_word(s->ls.lemmas[p->end], "with") ? "112" : code;
}
