/*
** coder_stoppage.c — a strike told by what it did (docs/coder.md,
** "Fifteenth session: strikes told by what they did, and strikes
** joined"). Wire copy often tells a strike with no doer at all, as the
** subject of its own happening, spread or effect: "About 20 strikes broke
** out in the republic of Montenegro", "a one-day strike closed the ports",
** "Spain is being affected by a wave of strikes". The guide codes such a
** strike as labour's (LAB) of its country with no target. This file
** reads the sentence (and the dictionary only to tell a country struck
** from a firm): it says whether a noun phrase is such a strike; the
** nominal step (coder_nominal.c, strike_told) names the home country,
** checks what the article holds, and emits.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Stoppages of work; "boycott" is a state's as often (163). Protests,
** demonstrations and riots so told were tried and left out: the guide
** gives most of them the government they answer, which the sentence does
** not name (docs/coder.md, "Fifteenth session"). */
static const char *const stoppage_nouns[] = {"strike", "walkout", "stoppage", NULL};

/* Words before the noun that make it a blow, not a stoppage ("air
** strikes", "a retaliatory strike"), or a hunger strike (142, whose doers
** are seldom labour); "lightning" is as often the weather's. */
static const char *const not_labour[] = {
    "air",       "military", "missile", "drone",   "retaliatory", "nuclear", "preemptive",
    "pre-emptive", "surgical", "rocket", "artillery", "aerial",    "naval",   "hunger",
    "lightning", "first",    "israeli", "american", "allied",     "u.s.",    "us",
    "price",     "strike",   NULL};

/* Subordinators of time before a strike's clause. */
static const char *const time_words[] = {"since", "after", "before", "when", "until", "till",
                                         "while", "once", "as", NULL};

/* Nouns of strikes told by their run: "the series of strikes began". */
static const char *const runs[] = {"series", "wave", "campaign", "spate", "round", NULL};

/* Verbs of a strike's happening, spread or effect ("the strike, which
** began on Tuesday, halted ..."). "take" and "break" only with "place"
** and "out" after them (particle_fits). */
static const char *const strike_verbs[] = {
    "take",     "break",    "erupt",  "spread", "continue", "enter", "close",
    "shut",     "halt",     "hit",    "paralyse", "paralyze", "cripple", "disrupt",
    "idle",     "ground",   "stall",  "strand", "stop",  "begin", "start", "escalate",
    "sweep", NULL};

/* Words that tell the sentence is about a firm's dispute, which the guide
** does not code: "ended a strike that halted production at the mill",
** "Acme Corp said the strike hit output" (and a ticker's "<"). */
static const char *const firm_words[] = {"inc", "corp", "co", "ltd", "plc", "company",
                                         "firm", "production", "output", NULL};

/* Does the clause with verb group vg go on, right after its head, with the
** particle its verb needs ("took place", "broke out")? */
static int particle_fits(const sent_ctx *s, const phrase *vg, const char *verb)
{
    const char *need = lemma_is_word(verb, "take")    ? "place"
                       : lemma_is_word(verb, "break") ? "out"
                                                      : NULL;
    if (!need)
        return 1;
    uint32_t k = vg->head + 1;
    return k < s->ls.n && lemma_is_word(s->ls.lemmas[k], need);
}

/* Is the subject of passive clause cl a country ("Spain is being affected
** by"), a place the sentence names, or no name at all ("ships were halted
** by")? A firm hit by a strike ("GM was hit by a national strike") is a
** firm's dispute. */
static int struck_place(const dyad_coder *c, const sent_ctx *s, const clause *cl)
{
    if (cl->subject < 0)
        return 0;
    const phrase *sp = &s->ls.phrases[cl->subject];
    if (!tag_is_proper(s->ls.tags[sp->head]))
        return 1;
    const place_mention *pl;
    size_t npl = coder_places(s, &pl);
    for (size_t i = 0; i < npl; i++)
        if (pl[i].first <= sp->head && sp->head < pl[i].end)
            return 1;
    dict_match m;
    return dict_match_actor(c->d, s->ids, sp->end, sp->head, s->date, &m) == 1 && m.code &&
           strlen(m.code) == 3;
}

int coder_strike_told(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    if (!lemma_in_list(s->ls.lemmas[p->head], stoppage_nouns) ||
        tag_is_proper(s->ls.tags[p->head]))
        return 0;
    /* "a campaign of lightning strikes" is labour's, not the weather's */
    int run = p->first >= 2 && lemma_is_word(s->ls.lemmas[p->first - 1], "of") &&
              lemma_in_list(s->ls.lemmas[p->first - 2], runs);
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_in_list_any_case(s->ls.lemmas[k], not_labour) &&
            !(run && lemma_is_word(s->ls.lemmas[k], "lightning")))
            return 0;
    /* the strike is the subject of a clause of its doing, or strikes
    ** told by their run ("the series of strikes began", "a wave of strikes
    ** swept the country") */
    int32_t subject = np;
    uint32_t f = p->first;
    if (f >= 2 && lemma_is_word(s->ls.lemmas[f - 1], "of") &&
        lemma_in_list(s->ls.lemmas[f - 2], runs) && s->ls.np_of[f - 2] >= 0)
        subject = s->ls.np_of[f - 2];
    const clause *cl = NULL;
    for (size_t i = 0; i < s->ls.nclauses && !cl; i++)
        if (s->ls.clauses[i].subject == subject && s->ls.clauses[i].verb >= 0)
            cl = &s->ls.clauses[i];
    /* or the agent of a passive of its effect: "Yugoslavia has been hit by
    ** a wave of strikes" */
    uint32_t open = s->ls.phrases[subject].first;
    int agent = 0;
    if (!cl && open >= 2 && lemma_is_word(s->ls.lemmas[open - 1], "by") &&
        s->ls.tags[open - 2] == TAG_VBN && s->ls.vg_of[open - 2] >= 0) {
        int32_t ci = s->vg_clause[s->ls.vg_of[open - 2]];
        if (ci >= 0 && s->ls.clauses[ci].verb >= 0 && struck_place(c, s, &s->ls.clauses[ci]))
            cl = &s->ls.clauses[ci];
        agent = 1;
    }
    if (!cl)
        return 0;
    /* "arrested since the strike began": a time the main clause is told
    ** by, not the strike's own report */
    if (!agent && open > 0 && lemma_in_list(s->ls.lemmas[open - 1], time_words))
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    const char *verb = s->ls.lemmas[vg->head];
    if (!(lemma_in_list(verb, strike_verbs) || (agent && lemma_is_word(verb, "affect"))) ||
        !particle_fits(s, vg, verb))
        return 0;
    /* told plainly, in a past or the present: not "could spread" */
    if (coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL, NULL) !=
        MOD_ASSERTED)
        return 0;
    int tense = 0;
    for (uint32_t k = vg->first; k < vg->end; k++) {
        int tag = s->ls.tags[k];
        if (tag == TAG_MD)
            return 0;
        tense |= tag == TAG_VBD || tag == TAG_VBZ || tag == TAG_VBP;
    }
    if (!tense)
        return 0;
    for (size_t k = 0; k < s->ls.n; k++)
        if (lemma_in_list_any_case(s->ls.lemmas[k], firm_words) ||
            lemma_is_word(s->ls.lemmas[k], "<"))
            return 0;
    return 1;
}

/* "126 ships were strike-bound", "30 pct of the branches remain
** strike-bound": the strike told by the state it leaves things in, with no
** doer (seventeenth session, lane force3). The adjective right after a
** verb group of "be" or "remain", asserted and not negated ("banks which
** are not strike-bound"), in a past or the present; "strike-hit" before
** a noun only names a place a strike touched. */
/* The word coder_strike_bound needs (a rule word list: RULE_STRIKE_BOUND). */
const char *const coder_strike_bound_words[] = {"strike-bound", NULL};

int32_t coder_strike_bound(const sent_ctx *s, size_t ci)
{
    static const char *const states[] = {"be", "remain", "stay", NULL};
    const clause *cl = &s->ls.clauses[ci];
    if (cl->verb < 0)
        return -1;
    const phrase *vg = &s->ls.phrases[cl->verb];
    uint32_t k = vg->end;
    if (k >= s->ls.n || !lemma_in_list(s->ls.lemmas[vg->head], states) ||
        !lemma_is_word(s->ls.lemmas[k], "strike-bound"))
        return -1;
    if (coder_modality(s, ci, vg, 0, NULL, NULL, NULL) != MOD_ASSERTED)
        return -1;
    int tense = 0;
    for (uint32_t t = vg->first; t < vg->end; t++) {
        int tag = s->ls.tags[t];
        if (tag == TAG_MD)
            return -1;
        tense |= tag == TAG_VBD || tag == TAG_VBZ || tag == TAG_VBP;
    }
    if (!tense)
        return -1;
    for (size_t t = 0; t < s->ls.n; t++)
        if (lemma_in_list_any_case(s->ls.lemmas[t], firm_words) ||
            lemma_is_word(s->ls.lemmas[t], "<"))
            return -1;
    return (int32_t)k;
}
