/*
** coder_refuse.c — rejections announced as a stance, and demands told by
** a wish (issue 12, roots 12, 10 and 02). "Chile said it would vote
** against the Peruvian proposal", "the president will veto the bill":
** saying that one will reject is rejecting now, as "will not accept"
** already is (coder_pattern.c's refusals); CAMEO gives a rejection no
** intent form, so without this a planned rejection was never emitted;
** not when the clause hangs from a noun of signs ("there are indications
** the government will reject the tax" is someone's reading of them).
** "The U.S. wants Japan to cut tariffs" asks Japan to (verbs.txt's "want
** + to"), unless what is wished for is done to the one named.
** docs/coder.md, "Tenth session: rejections announced, demands told by a
** wish".
*/
#include "coder/coder_int.h"

/* Adverbs that make the group the reporter's guess, not a stance. */
static const char *const guesses[] = {"probably", "likely", "possibly", "perhaps", "almost",
                                      "maybe", NULL};
/* Catenatives by which a subject binds itself to the act ("vowed to
** veto", "has decided to resist"). */
static const char *const binding[] = {"vow", "pledge", "promise", "decide", "resolve", NULL};
/* Modals of guess or advice: "may reject" is no stance. */
static const char *const unsure[] = {"could", "may", "might", "can", "should", "must",
                                     "ought", NULL};

/* Nouns of a sign or a guess that a clause may hang from: "there are
** indications the government will reject the tax" is someone's reading
** of signs, not the government's stance. */
static const char *const signs[] = {"indication", "sign", "signal", "expectation", "speculation",
                                    "likelihood", "chance", "rumour", "rumor", NULL};

/* Does the subject of clause cl follow, with no verb or comma between,
** a noun of signs ("indications the Bonn government will ...")? */
static int after_sign(const sent_ctx *s, const clause *cl)
{
    if (cl->subject < 0)
        return 0;
    for (uint32_t k = s->ls.phrases[cl->subject].first; k-- > 0;) {
        int t = s->ls.tags[k];
        if (lemma_in_list(s->ls.lemmas[k], signs))
            return 1;
        if (tag_is_verb(t) || t == TAG_MD || t == TAG_COMMA)
            return 0;
    }
    return 0;
}

int coder_question(const sent_ctx *s)
{
    for (size_t k = s->ls.n; k-- > 0;) {
        const char *w = s->ls.lemmas[k];
        if (lemma_is_word(w, "?"))
            return 1;
        if (!lemma_is_word(w, "\"") && !lemma_is_word(w, "'") && !lemma_is_word(w, ")") &&
            !lemma_is_word(w, "''"))
            return 0;
    }
    return 0;
}

int coder_rejection_stance(const sent_ctx *s, const clause_job *j)
{
    const phrase *vg = j->vg;
    if (strncmp(j->code1, "12", 2) != 0 || j->refusal || j->mod == MOD_NEGATED ||
        s->ls.tags[vg->head] == TAG_VBG)
        return 0;
    uint32_t from = vg->first;
    while (from > 0 && tag_is_adv(s->ls.tags[from - 1]))   /* "probably would veto" */
        from--;
    int will = 0, would = 0;
    for (uint32_t k = from; k < vg->head; k++) {
        const char *w = s->ls.lemmas[k];
        if (lemma_in_list(w, guesses) || lemma_in_list(w, unsure))
            return 0;
        will |= lemma_is_word(w, "will") || lemma_is_word(w, "wo") || lemma_is_word(w, "shall");
        would |= lemma_is_word(w, "would");
    }
    const clause *cl = j->cl;
    int pronoun = cl->subject >= 0 && (s->ls.phrases[cl->subject].flags & PHF_PRONOUN);
    /* "would" of a named subject is as often another's guess ("analysts
    ** said Reagan would veto the bill"); of a pronoun, the speaker's own
    ** word in reported speech, as for the refusals */
    int stance = will || (would && pronoun);
    if (!stance && vg->np >= 0 && !would &&
        lemma_in_list(s->ls.lemmas[vg->np], binding))   /* "vowed to veto" */
        stance = 1;
    return stance && !coder_question(s) && !after_sign(s, cl);
}

const char *coder_veto_threat(const char *code)
{
    /* a veto is a non-force measure: 131, threaten non-force */
    return strcmp(code, "129") == 0 ? "131" : NULL;
}

/* Verbs that ask by a wish or a piece of advice (verbs.txt: "want + to",
** "recommend that +", "recommend + to"): a demand or an appeal only when the
** addressee is to act. */
static const char *const wishing[] = {"want", "recommend", NULL};

const char *coder_no_wish(const sent_ctx *s, const clause_job *j)
{
    if (!lemma_in_list(j->lemma, wishing) ||
        (strncmp(j->code1, "02", 2) != 0 && strncmp(j->code1, "10", 2) != 0))
        return NULL;
    const clause *act = j->cl->xcomp >= 0 ? &s->ls.clauses[j->cl->xcomp] : NULL;
    for (int32_t k = s->ckid[j->ci]; !act && k >= 0; k = s->csib[k])
        if (s->ls.clauses[k].kind == CL_COMPLEMENT && s->ls.clauses[k].first > j->vg->head)
            act = &s->ls.clauses[k];
    /* "wants three firms to be named members", "recommended that the
    ** service be granted to Federal Express": done to them, by someone
    ** else, not asked of them; "recommended to the White House that
    ** limits be applied" still asks the White House */
    uint32_t after = j->vg->end;
    int to_named = after < s->ls.n && lemma_is_word(s->ls.lemmas[after], "to") &&
                   coder_pp_at(s, after);
    if (act && act->verb >= 0 && s->ls.phrases[act->verb].voice == VOICE_PASSIVE && !to_named)
        return "what is wished for is done to the one named, not by it: no demand of it";
    /* "we want people to know about it": the public at large is asked nothing */
    if (j->tgt_np >= 0 && lemma_is_word(s->ls.lemmas[s->ls.phrases[j->tgt_np].head], "people"))
        return "the people at large are no addressee of a wish";
    return NULL;
}
