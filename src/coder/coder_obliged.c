/*
** coder_obliged.c — what a speaker says another party should or must do
** (issue 12, roots 02 and 10). "Kenya said Uganda should reopen the
** border", "'Uganda must withdraw its troops,' the Kenyan minister said":
** wire copy tells many appeals and demands this way, not with "urge" or
** "demand", and the modal made the clause a mere possibility, so nothing
** was coded. Told of another party in reported speech, "should" (and
** "ought") is the speaker's appeal (02x) to it, "must" a demand (10x),
** with the subcode of the act the clause names, as "urged Uganda to ..."
** takes it (coder_asked_subcode: "should lift the sanctions" 0254).
** docs/annotation.md, "Words are acts" and "01 statement vs 02 appeal vs
** 10 demand"; docs/coder.md, "Eleventh session: appeals and demands told
** by should and must".
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* Verbs that tell an outcome, not an act the speaker can ask for: "said
** Japan should see growth of three pct", "the U.S. must be careful". */
static const char *const outcome_verbs[] = {
    "be", "have", "see", "get", "become", "remain", "feel", "know", "expect", "report",
    "post", "show", "record", "reach", "total", "exceed", "benefit", "suffer", "lose",
    "gain", "rise", "fall", "grow", "decline", "need", "want", "like", "hope", "wish",
    "realize", "realise", "understand", "recognize", "recognise", "bear", "face", "sustain",
    "survive", "enjoy", "result", "prove", "seem", "appear", NULL};

/* The modals of obligation (a rule word list: RULE_OBLIGATION): no
** clause of a sentence without one tells an appeal or a demand here. */
const char *const coder_obligation_modals[] = {"should", "ought", "must", NULL};

/* The modal of obligation in verb group vg: 'a' for an appeal ("should",
** "ought"), 'd' for a demand ("must"), 0 for none or when another modal
** or a perfect makes it a guess or a regret ("should have acted").
** *negated is set when "not" or "n't" follows it. */
static int obligation(const sent_ctx *s, const phrase *vg, int *negated)
{
    int kind = 0;
    *negated = 0;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        const char *w = s->ls.lemmas[k];
        if (s->ls.tags[k] == TAG_MD) {
            if (kind)
                return 0;
            kind = lemma_is_word(w, "should") || lemma_is_word(w, "ought") ? 'a'
                 : lemma_is_word(w, "must")                                  ? 'd' : -1;
        } else if (lemma_is_word(w, "not") || lemma_is_word(w, "n't")) {
            *negated = 1;
        } else if (lemma_is_word(w, "have")) {
            return 0;   /* "should have acted": a regret, no appeal */
        }
    }
    return kind > 0 ? kind : 0;
}

/* Does the proper head of phrase p add to the actor its modifiers name
** ("the Ugandan Parliament", "the European Community")? Not "the South
** Korean Won": the words before the head code the same actor without it,
** so the actor is only the modifier's and the head names no one. */
static int proper_head_names(dyad_coder *c, const sent_ctx *s, const phrase *p)
{
    uint32_t first = p->head;
    while (first > p->first &&
           (tag_is_proper(s->ls.tags[first - 1]) || tag_is_adj(s->ls.tags[first - 1])))
        first--;
    actor_ref whole, mod;
    return first == p->head || !coder_resolve_span(c, s, first, p->head + 1, &whole) ||
           !coder_resolve_span(c, s, first, p->head, &mod) || strcmp(whole.code, mod.code) != 0;
}

int coder_obligation(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    if (!coder_rule_may(s, RULE_OBLIGATION) || c->act_as_said || c->opts.partial ||
        cl->verb < 0 || cl->subject < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    int negated, kind = obligation(s, vg, &negated);
    /* the addressee is the subject, named: a pronoun is as often the
    ** speaker's own side ("said it must act"); a common noun only when it
    ** is an agent, not the public ("Ugandan consumers" is no Uganda) */
    const phrase *subj = &s->ls.phrases[cl->subject];
    if (!kind || vg->voice != VOICE_ACTIVE || (subj->flags & PHF_PRONOUN) ||
        lemma_in_list(s->ls.lemmas[vg->head], outcome_verbs) || coder_question(s))
        return 0;
    int common = !tag_is_proper(s->ls.tags[subj->head]);
    const dict_agent *ag = common ? coder_agent_in(c, s, subj->first, subj->end) : NULL;
    if (common && (!ag || strcmp(ag->code, "CVL") == 0))
        return 0;
    actor_ref who[MAX_ACTORS];
    int32_t say_ci, say_np;
    int nwho = coder_reporter(c, s, ci, who, MAX_ACTORS, &say_ci, &say_np);
    if (!nwho)
        return 0;
    clause_job *k = coder_clause_job_new(s, say_ci >= 0 ? (size_t)say_ci : ci,
                                         "obligation in reported speech");
    if (!k)
        return -1;
    snprintf(k->code1, sizeof k->code1, "%s", kind == 'a' ? "020" : "100");
    /* "should not lift the sanctions": asked not to act, the general code */
    if (!negated)
        coder_asked_subcode(c, s, cl, k->code1);
    k->src_np = say_np;
    k->tgt_np = cl->subject;
    actor_ref y[MAX_ACTORS];
    int ny = coder_resolve_np(c, s, cl->subject, y, MAX_ACTORS);
    /* "Kenyan opposition leaders said the government should resign": a
    ** government no word places is the speaker's own */
    char cc[4];
    static const char *const governments[] = {"government", "administration", "cabinet",
                                              NULL};
    int gov = common && lemma_in_list(s->ls.lemmas[subj->head], governments);
    for (int i = 0; i < nwho && !ny && gov; i++)
        if (coder_code_country(who[i].code, cc))
            ny = coder_gov_actor(cc, subj->head, &y[0]);
    int modifier_only = !common && !(subj->flags & PHF_COORD) &&
                        !proper_head_names(c, s, subj);
    /* an organisation of states is no onlooker, whatever its code's
    ** second part (IGOBUSOEC, the OECD, reads as a firm's role) */
    for (int i = 0; i < nwho; i++)
        if (strncmp(who[i].code, "---", 3) != 0 && who[i].code[0] != '"' &&
            (!coder_onlooker(&who[i]) || strncmp(who[i].code, "IGO", 3) == 0) &&
            !coder_actors_have(k->src, k->ns, who[i].code))
            k->src[k->ns++] = who[i];
    /* not asked of it already in the sentence ("urged Uganda, saying it
    ** should ...": an appeal or demand, 02 or 10) */
    static const char *const asks[] = {"02", "10", NULL};
    /* the public and the press: civilians, media */
    static const char *const public_roles[] = {"CVL", "MED", NULL};
    /* another party than the speaker's side, named by the subject's head,
    ** not a modifier ("the South Korean won should move" is no Korea); not
    ** the public or the press; nor agents in the plural whose country only
    ** the article gives ("central banks should intervene" are all of them) */
    for (int t = 0; t < ny; t++) {
        int other = strncmp(y[t].code, "---", 3) != 0 && y[t].code[0] != '"' &&
                    !coder_role_in(y[t].code, public_roles) &&
                    !modifier_only &&
                    !(common && s->ls.tags[subj->head] == TAG_NNS && coder_from_article(&y[t], 1));
        for (int i = 0; i < k->ns && other; i++)
            other = !coder_own_side(&k->src[i], &y[t]) &&
                    !coder_told_already(c, s, k->src[i].code, y[t].code, asks);
        if (other && !coder_actors_have(k->tgt, k->nt, y[t].code))
            k->tgt[k->nt++] = y[t];
    }
    return coder_emit_said(c, s, k, say_ci >= 0);
}
