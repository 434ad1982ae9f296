/*
** coder_modality.c — the modality of a clause's events: asserted, future,
** conditional, hypothetical or negated, and whether its events are the
** intent or threat form of their act (docs/coder.md, "Modality"). The
** language layer gives each verb group its own modality; here the words
** and clauses around it refine it: what governs a that-clause or an
** infinitive, the verb a bare participle continues, conditions, and the
** words of negation the verb group does not hold ("nor").
*/
#include "coder/coder_int.h"

#include <strings.h>

/* ---- word lists ---- */

/* That-clauses under these say what is hoped for or foreseen, not done
** ("they hope Japanese banks will help"). */
static const char *const wish_verbs[] = {
    "hope", "expect", "want", "wish", "fear", "predict", "anticipate", "doubt",
    "forecast", "foresee", "envisage", "worry", "believe", "think", "reckon", "assume",
    "suppose", "suspect", "estimate", "speculate", NULL};
/* That-clauses under these are what is asked for ("demanded that Iran
** withdraw"). */
static const char *const request_verbs[] = {
    "ask", "urge", "demand", "request", "recommend", "propose", "press", "appeal",
    "call", "plead", "beg", NULL};
/* "be confident that ... will": a forecast. */
static const char *const forecast_adjectives[] = {
    "confident", "hopeful", "optimistic", "sure", "certain", "convinced", "afraid",
    "worried", "concerned", "likely", "unlikely", "possible", "probable", "doubtful",
    NULL};
/* "was willing to send", "is keen to negotiate": what one means to do;
** "is determined to help", "is committed to helping" by their lemmas, the
** participle's ("determine"), "available to escort" by what is offered. */
static const char *const intent_adjectives[] = {
    "willing", "ready", "prepared", "keen", "eager", "determined", "anxious", "poised",
    "set", "happy", "glad", "committed", "resolved", "available", "determine", "commit",
    "dedicate", "dedicated", NULL};
/* "offered its warships to escort the tankers": what is offered is for
** that act, which is thus offered too. */
static const char *const offer_verbs[] = {"offer", "pledge", "promise", "commit", NULL};
/* "is ready to use force to protect", "will deploy warships to escort":
** verbs of the means an intended act is done with (fifteenth session). */
static const char *const means_verbs[] = {"use", "employ", "deploy", "mobilize", "mobilise", NULL};
/* "announced its plan to", "expressed its readiness to": verbs that state
** one's own plan. */
static const char *const announce_verbs[] = {
    "announce", "unveil", "outline", "present", "detail", "disclose", "reveal", "reaffirm",
    "reiterate", "confirm", "declare", "state", "express", "signal", "voice", "indicate",
    "show", "affirm", "repeat", "stress", NULL};
/* "is able to lift", "is bound to": possible, not announced. */
static const char *const possible_adjectives[] = {
    "able", "likely", "unlikely", "certain", "sure", "bound", "free", "expected",
    "supposed", NULL};
/* "was reluctant to send": not meant. */
static const char *const unwilling_adjectives[] = {
    "unwilling", "reluctant", "loath", "loth", "hesitant", "unable", "afraid", NULL};
/* "announced a plan to protect the tankers", "brokered an agreement to
** normalize relations": a plan stated or agreed. */
static const char *const intent_nouns[] = {
    "plan", "pledge", "promise", "offer", "commitment", "vow", "intention", "desire",
    "threat", "ultimatum", "readiness", "willingness", "determination", "resolve",
    "agreement", "deal", "accord", "pact", "treaty", NULL};
/* "Reagan's move to impose tariffs": the step was taken, the act is done
** (a decision too, but see coder_decided). */
static const char *const act_nouns[] = {
    "move", "decision", "step", "action", "measure", "order", "vote", NULL};
/* "charges of bombing", "reports of attacking": said by others, not by the
** sentence. */
static const char *const claim_nouns[] = {
    "charge", "accusation", "allegation", "claim", "report", "rumor", "rumour",
    "suspicion", "threat", "fear", "risk", "possibility", "prospect", "danger",
    "idea", "question", "hope", "plan", "talk", "speculation", NULL};
/* That-clauses after these nouns are what is believed, rumoured or
** charged, not what the sentence says happened ("market rumors that Iran
** had struck", "expectations that the ministers would meet", "Iranian
** charges that Kuwait is supporting Iraq"). */
static const char *const hearsay_nouns[] = {
    "rumor", "rumour", "speculation", "expectation", "hope", "fear", "belief",
    "suggestion", "possibility", "prospect", "suspicion", "assumption", "guess",
    "chance", "risk", "worry", "charge", "accusation", "allegation", "claim", NULL};
/* "Peru's aim is to seize Arica", "the other option would be to
** retaliate": a subject that names an aim, a choice or a task says what
** its "be to" would be, not that it is planned (the "is to" of "Peru is to
** lend Bolivia $10 million"). */
static const char *const aim_nouns[] = {
    "aim", "goal", "objective", "target", "purpose", "option", "alternative", "choice",
    "task", "role", "job", "duty", "mission", "priority", "idea", "solution", "answer",
    "way", "hope", "dream", "ambition", "wish", "strategy", "policy", "tactic",
    "approach", "possibility", "danger", "risk", "temptation", "challenge", NULL};
/* "a missile capable of hitting", "close to reaching a deal", "on the verge
** of signing", "talks aimed at reaching", "with a view to signing", "an
** interest in restoring ties", "in the process of joining", "talks on ways
** of protecting the ships": able, near, aimed at, wanted, under way or
** discussed, not done. */
static const char *const near_words[] = {
    "capable", "incapable", "close", "closer", "near", "nearer", "verge", "brink", "aim",
    "aimed", "view", "hope", "goal", "purpose", "intention", "interest", "process",
    "way", "method", "means", NULL};
/* "stopped selling", "avoided attacking": the act ends or never happens. */
static const char *const ending_verbs[] = {
    "stop", "cease", "halt", "quit", "end", "finish", "avoid", "deny", "refuse",
    "abandon", "suspend", "delay", "postpone", "defer", NULL};
/* "held up imposing", "put off signing": a verb and particle that put the
** act off. */
static const char *const putting_off[][2] = {
    {"hold", "up"}, {"hold", "off"}, {"hold", "back"}, {"put", "off"}};
/* "considered attacking", "risks provoking": possible only. */
static const char *const weighing_verbs[] = {
    "consider", "risk", "contemplate", "discuss", "weigh", "propose", "suggest",
    "recommend", "mull", NULL};
static const char *const denials[] = {"deny", "dismiss", "refute", "reject", NULL};
/* "did not mean that Chile was sending a warning": what a negated verb of
** meaning or saying governs is not said to happen. */
static const char *const meaning_verbs[] = {
    "mean", "indicate", "signal", "show", "suggest", "imply", "prove", "confirm", "say", NULL};
/* "its ban on its diplomats talking with", "a moratorium on testing": what
** a ban forbids is not done. */
static const char *const ban_nouns[] = {
    "ban", "prohibition", "embargo", "moratorium", "veto", NULL};
/* "have tended to displace": what tends to happen is no event. */
static const char *const habit_verbs[] = {"tend", NULL};
/* Adverbs of habit: in a present-tense verb group ("normally meet",
** "usually holds") they tell what is done as a rule, no one event. */
static const char *const habit_adverbs[] = {
    "normally", "usually", "often", "regularly", "routinely", "traditionally", "typically",
    "generally", "customarily", "frequently", "sometimes", NULL};
/* Adverbs in a verb group that make it a guess ("will likely impose"). */
static const char *const guess_adverbs[] = {
    "likely", "probably", "possibly", "perhaps", "maybe", "conceivably", NULL};
/* Subordinators whose clause is not said to happen: "if", "unless", and
** "before", "until", which say when something else happens. */
static const char *const conditions[] = {"if", "unless", NULL};
/* Acts of speech whose content holds the condition: "warned Iran of
** countermeasures if the escalation continued" is a warning given. */
static const char *const condition_bearers[] = {
    "warn", "threaten", "promise", "pledge", "vow", "offer", "say", "tell", "announce",
    "insist", "agree", "declare", "state", "caution", NULL};
static const char *const not_yet[] = {"before", "until", "till", "lest", NULL};
/* "when he visits Washington next month": a time still to come. */
static const char *const time_words[] = {"when", "once", "after", NULL};

/* Is the subordinator at token k one of time ("once", "when", "after", the
** last "as" of "as soon as")? */
static int time_subordinator(const sent_ctx *s, size_t k)
{
    if (lemma_in_list(s->ls.lemmas[k], time_words))
        return 1;
    return lemma_is_word(s->ls.lemmas[k], "as") &&
           ((k >= 1 && lemma_is_word(s->ls.lemmas[k - 1], "soon")) ||
            (k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k + 1], "soon")));
}

/* Does clause p's verb group hold "would" or "will" ("would lift the
** tariffs once ..."), before clause cl? A time clause that opens the
** sentence ("under the accords worked out when they joined the EC, they
** would get less") says when something else was done. */
static int says_would(const sent_ctx *s, int32_t p, const clause *cl)
{
    if (p < 0 || s->ls.clauses[p].verb < 0)
        return 0;
    const phrase *pv = &s->ls.phrases[s->ls.clauses[p].verb];
    if (pv->end > cl->first)
        return 0;
    for (uint32_t k = pv->first; k < pv->head; k++)
        if (s->ls.tags[k] == TAG_MD && (lemma_is_word(s->ls.lemmas[k], "would") ||
                                        lemma_is_word(s->ls.lemmas[k], "will")))
            return 1;
    return 0;
}

static int max_mod(int a, int b) { return a > b ? a : b; }

static const char *lemma(const sent_ctx *s, size_t k) { return s->ls.lemmas[k]; }

/* Does time expression w name a later part of the article's own day or
** week ("travels to Rome tonight", "this evening", "later today", "later
** this week")? Its date is the period's first day, not after the
** article's. */
static int later_this(const sent_ctx *s, const article_when *w)
{
    static const char *const now[] = {"this", "today", "tonight", NULL};
    static const char *const later[] = {"tonight", "evening", "later", NULL};
    int is_now = 0, is_later = 0;
    for (uint32_t k = w->first; k < w->end; k++) {
        is_now |= lemma_in_list(lemma(s, k), now);
        is_later |= lemma_in_list(lemma(s, k), later);
    }
    return is_now && is_later;
}

/* Verbs of setting off on a journey. */
static const char *const setting_off[] = {"leave", "depart", "fly", "head", NULL};

/* Is clause ci's verb a plain present ("officials meet tomorrow", "leaves
** for Japan on Saturday") or a bare participle ("flying on Sunday to
** Tokyo") that its own words date after the article? Then it is a plan:
** the present tense tells a timetable. A perfect ("has cancelled a trip
** tomorrow") is done. w, when not NULL, gets the date read. */
static int dated_later(const sent_ctx *s, size_t ci, const phrase *vg, article_when *w)
{
    article_when own;
    if (!w)
        w = &own;
    int t = s->ls.tags[vg->head];
    if (s->date == 0 || vg->first != vg->head || (t != TAG_VBP && t != TAG_VBZ && t != TAG_VBG))
        return 0;
    /* the same reading the emit step would make: a date after the
    ** article's is the earliest such period in the present tense and in
    ** the future alike */
    article_event_date_in(s->dates, &s->ls, ci, 0, s->date, w);
    if (w->end > w->first && w->prec != DATE_NONE &&
        (w->date > s->date || later_this(s, w)))
        return 1;
    /* "leaves today for Ottawa", "leaves for Moscow on Tuesday": one who
    ** sets off in the plain present on a day of his own, today's or a
    ** weekday (read as the next), has not arrived yet (eleventh session) */
    if (t == TAG_VBG || !lemma_in_list(lemma(s, vg->head), setting_off))
        return 0;
    article_event_date_in(s->dates, &s->ls, ci, 1, s->date, w);
    return w->end > w->first && w->prec == DATE_DAY && w->date >= s->date;
}

static const phrase *clause_vg(const sent_ctx *s, size_t ci)
{
    int32_t v = s->ls.clauses[ci].verb;
    return v >= 0 ? &s->ls.phrases[v] : NULL;
}

/* ---- the verb group alone ---- */

/* Modality of the event a match codes: a pattern found on the catenative
** verb ("threatened to attack") is the catenative's own event. */
static int event_modality(const sent_ctx *s, const phrase *vg, int on_catenative)
{
    if (!on_catenative)
        return vg->mod;
    /* "did not accept", "will not accede to": the negation is the refusal,
    ** said now whatever the modal */
    if (on_catenative == REFUSAL_NEGATION)
        return MOD_ASSERTED;
    for (uint32_t k = vg->first; k < (uint32_t)vg->np; k++) {
        if (lemma_is_word(lemma(s, k), "not") || lemma_is_word(lemma(s, k), "never"))
            return MOD_NEGATED;
        if (s->ls.tags[k] == TAG_MD)
            return lemma_is_word(lemma(s, k), "will") ? MOD_FUTURE : MOD_CONDITIONAL;
    }
    return MOD_ASSERTED;
}

/* What the verb group's own words add: "is expected to visit" and "will
** likely impose" are the reporter's guesses; could, may and might say it
** is possible. Returns the modality and sets *would for a "would".
** refusal: the group is a negated verb of acceptance, whose "cannot" and
** "could not" refuse now ("could not accept the plan"); "may not accept"
** stays a guess. */
static int group_modality(const sent_ctx *s, const phrase *vg, int mod, int *would,
                          int refusal)
{
    static const char *const possible[] = {"could", "may", "might", "can", "should",
                                           "must", "ought", NULL};
    static const char *const able[] = {"could", "can", NULL};
    *would = 0;
    if (mod == MOD_NEGATED)
        return mod;
    /* "is not supportive of", "was never grateful to": a "be" pattern's
    ** negation stands after its verb, among the adverbs before the
    ** adjective */
    if (lemma_is_word(lemma(s, vg->head), "be"))
        for (size_t k = vg->end; k < s->ls.n && tag_is_adv(s->ls.tags[k]); k++)
            if (lemma_is_word(lemma(s, k), "not") || lemma_is_word(lemma(s, k), "never"))
                return MOD_NEGATED;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        if (s->ls.tags[k] == TAG_MD) {
            if (lemma_in_list(lemma(s, k), possible) &&
                !(refusal && lemma_in_list(lemma(s, k), able)))
                mod = MOD_HYPOTHETICAL;
            else if (lemma_is_word(lemma(s, k), "would"))
                *would = 1;
        } else if (tag_is_adv(s->ls.tags[k]) && lemma_in_list(lemma(s, k), guess_adverbs)) {
            mod = max_mod(mod, MOD_HYPOTHETICAL);
        }
    }
    /* "normally meet", "usually holds": a habit, not an event (the
    ** adverb in the group or right before it); a catenative's tense is
    ** the group's ("usually try to meet") */
    uint32_t tv = vg->np >= 0 ? (uint32_t)vg->np : vg->head;
    int t = s->ls.tags[tv];
    int present = t == TAG_VBP || t == TAG_VBZ || (t == TAG_VB && vg->first == tv);
    for (uint32_t k = vg->first > 0 ? vg->first - 1 : 0; present && k < tv; k++)
        if (tag_is_adv(s->ls.tags[k]) && lemma_in_list(lemma(s, k), habit_adverbs))
            mod = max_mod(mod, MOD_HYPOTHETICAL);
    /* "have tended to displace": a habit, not an event */
    if (vg->np >= 0 && lemma_in_list(lemma(s, (size_t)vg->np), habit_verbs))
        mod = max_mod(mod, MOD_HYPOTHETICAL);
    /* "is expected to visit": the passive catenative is a forecast */
    if (vg->np >= 0 && lemma_is_word(lemma(s, (size_t)vg->np), "expect") &&
        s->ls.tags[vg->np] == TAG_VBN)
        mod = max_mod(mod, MOD_HYPOTHETICAL);
    return mod;
}

/* ---- what governs the clause ---- */

/* How a bare verb continues the clause before it. */
enum { CONT_NONE, CONT_VERB, CONT_JOINED, CONT_PREP, CONT_PUT_OFF };

/* Are the verb at token v and the word at token k ("held up", "put off")
** one that puts the act after them off? */
static int puts_off(const sent_ctx *s, size_t v, size_t k)
{
    for (size_t i = 0; i < sizeof putting_off / sizeof putting_off[0]; i++)
        if (lemma_is_word(lemma(s, v), putting_off[i][0]) &&
            lemma_is_word(lemma(s, k), putting_off[i][1]))
            return 1;
    return 0;
}

/* The clause whose verb clause ci's bare verb continues, or -1, and how
** (*how): right after its verb ("stopped *dumping*", "keeps *dumping*"),
** joined to its infinitive by and/or ("to curb the dissidents and *stop*"),
** or as a gerund after a preposition ("willing to take part in
** *providing*", "committed to *helping*"). */
static int32_t continued_clause(const sent_ctx *s, size_t ci, int *how)
{
    const phrase *vg = clause_vg(s, ci);
    *how = CONT_NONE;
    if (!vg || vg->first == 0)
        return -1;
    int t = s->ls.tags[vg->first];
    int to = t == TAG_TO && vg->head == vg->first + 1;
    if ((t != TAG_VBG && t != TAG_VB && !to) || (!to && vg->first != vg->head))
        return -1;
    size_t b = vg->first;   /* "and really damage": the word before the adverbs */
    while (b > 0 && tag_is_adv(s->ls.tags[b - 1]))
        b--;
    for (size_t i = ci; i-- > 0;) {
        const phrase *pv = clause_vg(s, i);
        if (!pv || pv->first >= vg->first)
            continue;
        int t0 = s->ls.tags[pv->first];
        if (pv->end == vg->first && !to)
            *how = CONT_VERB;
        else if (t == TAG_VBG && pv->end + 1 == vg->first && puts_off(s, pv->head, pv->end))
            *how = CONT_PUT_OFF;   /* "held up imposing" */
        else if ((t == TAG_VB || (t == TAG_TO && vg->head == vg->first + 1)) && b > 0 &&
                 s->ls.tags[b - 1] == TAG_CC &&
                 (t0 == TAG_TO || t0 == TAG_MD || pv->np >= 0 ||
                  (t0 == TAG_VBG && pv->first == pv->head)))
            *how = CONT_JOINED;   /* "to stop dumping or to open" */
        else if (t == TAG_VBG && b > 0 &&
                 (s->ls.tags[b - 1] == TAG_IN || s->ls.tags[b - 1] == TAG_TO) &&
                 !lemma_is_word(lemma(s, b - 1), "of"))
            *how = CONT_PREP;   /* "by joining", "by actively joining" */
        if (*how == CONT_JOINED && t0 == TAG_VBG) {
            /* "pledged to stop dumping copper and open its market": the
            ** bare verb joins the verb the gerund continues, not the
            ** gerund that "stop" negates */
            int h2;
            int32_t q = continued_clause(s, i, &h2);
            return q >= 0 && h2 == CONT_VERB ? q : -1;
        }
        return *how == CONT_NONE ? -1 : (int32_t)i;
    }
    return -1;
}

/* The role clause ci plays in a condition: 1 when it is the condition ("if
** Japan opens its market"), 2 when the condition governs it ("... the United
** States will lift sanctions"), 0 when neither, or when the clause only
** says the condition (a warning, a promise). */
static int is_condition(const sent_ctx *s, size_t i)
{
    const clause *o = &s->ls.clauses[i];
    return o->kind == CL_SUBORDINATE && o->word != UINT32_MAX &&
           lemma_in_list(lemma(s, o->word), conditions);
}

/* Only the clause and its children are looked at (through the clause
** index): scanning every clause for each made a sentence of thousands of
** clauses quadratic. */
static int condition_role(const sent_ctx *s, size_t ci)
{
    if (is_condition(s, ci))
        return 1;
    const phrase *vg = clause_vg(s, ci);
    int said = vg && (lemma_in_list(lemma(s, vg->head), condition_bearers) ||
                      (vg->np >= 0 && lemma_in_list(lemma(s, (size_t)vg->np),
                                                    condition_bearers)));
    if (said)
        return 0;
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k])
        if (is_condition(s, (size_t)k))
            return 2;
    return 0;
}

/* Modality a that-clause takes from what governs it (clause p): a denial
** negates it; a wish, a forecast ("are confident that") or a request makes
** what is still to come hypothetical. */
static int complement_modality(const sent_ctx *s, const clause *cl, int mod)
{
    const clause *p = &s->ls.clauses[cl->parent];
    if (p->verb < 0)
        return mod;
    const phrase *pv = &s->ls.phrases[p->verb];
    const char *head = lemma(s, pv->head);
    if (lemma_in_list(head, denials))
        return MOD_NEGATED;
    if (pv->mod == MOD_NEGATED && lemma_in_list(head, meaning_verbs))
        return MOD_NEGATED;
    int to_come = mod == MOD_FUTURE || mod == MOD_CONDITIONAL;
    const phrase *vg = &s->ls.phrases[cl->verb];
    int subjunctive = s->ls.tags[vg->first] == TAG_VB;   /* "demanded that Iran withdraw" */
    if (lemma_in_list(head, request_verbs) || (subjunctive && !cl->quoted))
        return max_mod(mod, MOD_HYPOTHETICAL);
    if (to_come && lemma_in_list(head, wish_verbs))
        return MOD_HYPOTHETICAL;
    /* "Officials are confident that Greenspan will ..." */
    if (to_come && lemma_is_word(head, "be") && pv->end < s->ls.n &&
        lemma_in_list(lemma(s, pv->end), forecast_adjectives))
        return MOD_HYPOTHETICAL;
    return mod;
}

/* "an offer from the NATO chief to help": does a from-phrase right before
** token k (the "to") follow a noun of intent? Then the infinitive is the
** offer's, its maker the from-phrase (the language layer's subject). */
static int from_intent(const sent_ctx *s, size_t k)
{
    const phrase *ph = s->ls.phrases;
    int32_t np = s->ls.np_of[k - 1];
    while (np >= 0 && ph[np].up >= 0 && ph[ph[np].up].kind == PH_NP)
        np = ph[np].up;
    if (np < 0 || ph[np].end != k || ph[np].up < 0)
        return 0;
    const phrase *pp = &ph[ph[np].up];
    size_t f = pp->first;
    return pp->kind == PH_PP && pp->np == np && f > 0 && lemma_is_word(lemma(s, f), "from") &&
           tag_is_noun(s->ls.tags[f - 1]) && lemma_in_list(lemma(s, f - 1), intent_nouns);
}

/* "plans last week to slap tariffs", "the U.S. threat on Friday to
** impose": a phrase of time (with its preposition) between a noun and
** the "to" at k says when, and the noun still governs the infinitive.
** The token where that phrase starts, else k. */
static size_t before_time(const sent_ctx *s, size_t k)
{
    static const char *const time_preps[] = {"on", "in", "at", NULL};
    int32_t np = k > 0 ? s->ls.np_of[k - 1] : -1;
    if (np < 0)
        return k;
    const phrase *p = &s->ls.phrases[np];
    if (p->end != k || !coder_time_noun(s, p->head))
        return k;
    size_t b = p->first;
    if (b > 0 && s->ls.tags[b - 1] == TAG_IN && lemma_in_list(lemma(s, b - 1), time_preps))
        b--;
    return b > 0 && tag_is_noun(s->ls.tags[b - 1]) ? b : k;
}

/* Modality of an infinitive that shares its subject with the clause before
** it (p), by the word before "to": "was willing to lend" means to do it;
** "was unable to lend" does not; "a plan to protect" is a plan when its
** owner is the subject; "Reagan's move to impose" is the act; anything
** else ("arrived in Paris to meet", "in a bid to quell", "the right to
** impose") is a purpose, not an act. */
static int infinitive_modality(const sent_ctx *s, const phrase *vg, int mod)
{
    size_t k = before_time(s, vg->first);   /* "to", or the time before it */
    if (k == 0)
        return max_mod(mod, MOD_HYPOTHETICAL);
    const char *w = lemma(s, k - 1);
    int t = s->ls.tags[k - 1];
    if (tag_is_adj(t) || t == TAG_VBN) {
        if (lemma_in_list(w, unwilling_adjectives))
            return MOD_NEGATED;
        if (lemma_in_list(w, intent_adjectives))
            return max_mod(mod, MOD_FUTURE);
        if (lemma_in_list(w, possible_adjectives))
            return max_mod(mod, MOD_HYPOTHETICAL);
    }
    if (tag_is_noun(t) && lemma_in_list(w, act_nouns) &&
        !(k >= 2 && lemma_is_word(lemma(s, k - 2), "in")))   /* "in order to" */
        return mod;
    if (tag_is_noun(t) && lemma_in_list(w, intent_nouns)) {
        int32_t np = s->ls.np_of[k - 1];
        const phrase *n = np >= 0 ? &s->ls.phrases[np] : NULL;
        if (n && lemma_is_word(lemma(s, n->first), "no"))   /* "had no plans to meet" */
            return MOD_NEGATED;
        int owned = n && ((n->flags & PHF_OWNED) || s->ls.tags[n->first] == TAG_PRPS);
        /* "Uganda's offer to resume talks": a named owner, the subject
        ** the language layer gave the infinitive, says whose plan it is */
        int named = owned && s->ls.tags[n->first] != TAG_PRPS &&
                    s->ls.tags[n->first] != TAG_PRP;
        return max_mod(mod, owned && !named ? MOD_HYPOTHETICAL : MOD_FUTURE);
    }
    if (tag_is_noun(t) && from_intent(s, k))
        return max_mod(mod, MOD_FUTURE);
    return max_mod(mod, MOD_HYPOTHETICAL);
}

/* Modality of a bare participle or verb that continues clause p (pmod its
** modality), how: "stopped dumping" and "held up imposing" never happened,
** "keeps dumping" is what p is; "without consulting" did not happen,
** "before travelling" not yet. */
static int continued_modality(const sent_ctx *s, const phrase *vg, size_t p, int how,
                              int pmod, int mod)
{
    const char *head = lemma(s, clause_vg(s, p)->head);
    if ((how == CONT_VERB && lemma_in_list(head, ending_verbs)) || how == CONT_PUT_OFF)
        return MOD_NEGATED;
    if (how == CONT_VERB && lemma_in_list(head, weighing_verbs))
        return max_mod(max_mod(mod, pmod), MOD_HYPOTHETICAL);
    if (how == CONT_PREP) {
        const char *prep = lemma(s, vg->first - 1);
        if (lemma_is_word(prep, "without"))
            return MOD_NEGATED;
        /* "is committed to helping", "dedicated to rebuilding": meant;
        ** so is "committed itself to expanding", the verb with a
        ** reflexive object */
        size_t before = vg->first - 1;
        static const char *const reflexives[] = {"itself", "themselves", "himself", "herself",
                                                 NULL};
        int reflexive = before > 1 && lemma_in_list(lemma(s, before - 1), reflexives) &&
                        tag_is_verb(s->ls.tags[before - 2]);
        if (reflexive)
            before--;
        if (lemma_is_word(prep, "to") && before > 0 &&
            (tag_is_adj(s->ls.tags[before - 1]) || s->ls.tags[before - 1] == TAG_VBN ||
             reflexive) &&
            lemma_in_list(lemma(s, before - 1), intent_adjectives))
            return max_mod(max_mod(mod, pmod), MOD_FUTURE);
        if (lemma_in_list(prep, not_yet))
            mod = max_mod(mod, MOD_CONDITIONAL);
    }
    return max_mod(mod, pmod);
}

/* Modality of a gerund after "of" and a noun of what others say or fear
** ("denied charges of bombing"): hypothetical, negated when denied. */
static int claimed_modality(const sent_ctx *s, size_t ci, int mod)
{
    const phrase *vg = clause_vg(s, ci);
    size_t k = vg->first;
    if (s->ls.tags[k] != TAG_VBG || k < 2 || !lemma_is_word(lemma(s, k - 1), "of") ||
        !tag_is_noun(s->ls.tags[k - 2]) || !lemma_in_list(lemma(s, k - 2), claim_nouns))
        return mod;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const phrase *pv = clause_vg(s, i);
        if (pv && pv->end <= k - 2 && lemma_in_list(lemma(s, pv->head), denials) &&
            s->ls.clauses[i].object >= 0 &&
            s->ls.phrases[s->ls.clauses[i].object].end >= k - 1)
            return MOD_NEGATED;
    }
    return max_mod(mod, MOD_HYPOTHETICAL);
}

/* Modality of a gerund after "of", "to" or "at" and a word of ability,
** nearness or aim ("capable of hitting", "close to reaching", "aimed at
** reaching"): hypothetical. */
static int near_modality(const sent_ctx *s, size_t ci, int mod)
{
    size_t k = clause_vg(s, ci)->first;
    const char *prep = k >= 2 ? lemma(s, k - 1) : "";
    if (s->ls.tags[k] != TAG_VBG || k < 2 || !lemma_in_list(lemma(s, k - 2), near_words) ||
        !lemma_in_list(prep, (const char *const[]){"of", "to", "at", "in", NULL}))
        return mod;
    return max_mod(mod, MOD_HYPOTHETICAL);
}

/* Modality of a gerund that a ban forbids ("lifted its ban on its
** diplomats talking with", "a moratorium on testing"): hypothetical. The
** gerund's own words back to "on" hold no verb. */
static int banned_modality(const sent_ctx *s, size_t ci, int mod)
{
    size_t k = clause_vg(s, ci)->first;
    if (s->ls.tags[k] != TAG_VBG)
        return mod;
    for (size_t i = k; i-- > 0 && k - i <= 6;) {
        if (s->ls.vg_of[i] >= 0)
            return mod;
        if (lemma_is_word(lemma(s, i), "on") || lemma_is_word(lemma(s, i), "against"))
            return i > 0 && tag_is_noun(s->ls.tags[i - 1]) &&
                           lemma_in_list(lemma(s, i - 1), ban_nouns)
                       ? max_mod(mod, MOD_HYPOTHETICAL)
                       : mod;
    }
    return mod;
}

/* Is clause cl, a relative or complement clause right after the noun at
** token n ("reports that its troops had shelled", "charges its police
** beat"), what a denial holds: the noun one of what others say (claim_nouns,
** hearsay_nouns, "story") and the head of the object of the clause cl hangs
** from, whose verb denies ("Ethiopia denied reports that ...", "dismissed
** claims that ...")? */
static int denied_word(const sent_ctx *s, const clause *cl, size_t n)
{
    const char *noun = lemma(s, n);
    if (cl->parent < 0 || !tag_is_noun(s->ls.tags[n]) ||
        !(lemma_in_list(noun, claim_nouns) || lemma_in_list(noun, hearsay_nouns) ||
          lemma_is_word(noun, "story")))
        return 0;
    const clause *p = &s->ls.clauses[cl->parent];
    if (p->verb < 0 || p->object < 0)
        return 0;
    const phrase *pv = &s->ls.phrases[p->verb];
    const phrase *ob = &s->ls.phrases[p->object];
    return pv->mod != MOD_NEGATED && lemma_in_list(lemma(s, pv->head), denials) &&
           ob->head == n && ob->end == n + 1;
}

/* Modality of a that-clause after a noun of hearsay or belief ("rumors
** that the United States had struck"): hypothetical; negated when the
** noun is what a denial denies ("denied reports that its troops had
** shelled Eritrean villages": no shelling told). */
static int hearsay_modality(const sent_ctx *s, const clause *cl, int mod)
{
    size_t k = cl->word != UINT32_MAX ? cl->word : cl->first;
    if (k > 0 && k < s->ls.n && denied_word(s, cl, k - 1))   /* "that" or none */
        return MOD_NEGATED;
    /* "one of the rumours was that Chile had bombed": the clause is what
    ** the subject of "be" says, a noun of hearsay */
    const clause *p = cl->parent >= 0 ? &s->ls.clauses[cl->parent] : NULL;
    if (cl->kind == CL_COMPLEMENT && p && p->verb >= 0 && p->subject >= 0 &&
        lemma_is_word(lemma(s, s->ls.phrases[p->verb].head), "be")) {
        const phrase *subj = &s->ls.phrases[p->subject];
        for (size_t i = subj->first; i < subj->end; i++)
            if (tag_is_noun(s->ls.tags[i]) && lemma_in_list(lemma(s, i), hearsay_nouns))
                return max_mod(mod, MOD_HYPOTHETICAL);
    }
    if (k == 0 || k >= s->ls.n || !lemma_is_word(lemma(s, k), "that"))
        return mod;
    if (tag_is_noun(s->ls.tags[k - 1]) && lemma_in_list(lemma(s, k - 1), hearsay_nouns))
        return max_mod(mod, MOD_HYPOTHETICAL);
    /* "there were rumors in world oil markets on Tuesday that ...": the
    ** noun is the clause's object, its PPs between it and "that" */
    if (cl->kind != CL_COMPLEMENT || !p || p->object < 0)
        return mod;
    const phrase *ob = &s->ls.phrases[p->object];
    if (!tag_is_noun(s->ls.tags[ob->head]) || !lemma_in_list(lemma(s, ob->head), hearsay_nouns) ||
        ob->end > k || k - ob->end > 8)
        return mod;
    for (size_t i = ob->end; i < k; i++)
        if (tag_is_verb(s->ls.tags[i]) || s->ls.tags[i] == TAG_COMMA)
            return mod;
    return max_mod(mod, MOD_HYPOTHETICAL);
}

/* Does "nor" or "neither" open the clause ("nor has it opened its market"),
** or the bare auxiliary clause it hangs from? */
static int opened_by_nor(const sent_ctx *s, const clause *cl)
{
    for (int hop = 0; hop < 2; hop++) {
        const phrase *vg = &s->ls.phrases[cl->verb];
        size_t from = cl->first > 0 ? cl->first - 1 : 0;
        for (size_t k = from; k < vg->first; k++)
            if (lemma_is_word(lemma(s, k), "nor") || lemma_is_word(lemma(s, k), "neither"))
                return 1;
        if (cl->parent < 0 || cl->kind != CL_COMPLEMENT)
            return 0;
        cl = &s->ls.clauses[cl->parent];
        if (cl->verb < 0 || !lemma_in_list(lemma(s, s->ls.phrases[cl->verb].head),
                                           (const char *const[]){"have", "do", "be", NULL}))
            return 0;
    }
    return 0;
}

/* Does pattern pat name the word at token k ("have no comment on +")? */
static int pattern_names(const sent_ctx *s, const dict_pattern *pat, size_t k)
{
    if (!pat)
        return 0;
    for (uint32_t i = 0; i < pat->npost; i++)
        if (pat->post[i].kind == DICT_EL_WORD && pat->post[i].id &&
            (s->ids[k].fold == pat->post[i].id || s->lids[k].fold == pat->post[i].id))
            return 1;
    return 0;
}

/* Does object np say there is none of it: "raised no objections", "made
** no offer", "gave Kenya no loan", "gave not any"? A light verb's noun is
** its object, so "reached no agreement" is no agreement. A number's "no"
** ("killed no fewer than 30", "no more than") is not one, nor a "no" the
** pattern itself names ("had no comment on": declining to comment). Only
** an object after verb group vg counts: a relative clause's object before
** it is its antecedent ("no doubt that the EC will retaliate"). */
static int none_of(const sent_ctx *s, const phrase *vg, int32_t np, const dict_pattern *pat)
{
    if (np < 0 || s->ls.phrases[np].first < vg->end)
        return 0;
    const phrase *n = &s->ls.phrases[np];
    size_t k = n->first;
    if (k > 0 && lemma_is_word(lemma(s, k), "any") && lemma_is_word(lemma(s, k - 1), "not"))
        return 1;
    if (!lemma_is_word(lemma(s, k), "no") || k + 1 >= n->end || pattern_names(s, pat, k))
        return 0;
    int t = s->ls.tags[k + 1];
    return t != TAG_JJR && t != TAG_RBR && t != TAG_CD &&
           !lemma_in_list(lemma(s, k + 1), (const char *const[]){
                              "fewer", "less", "more", "later", "earlier", "longer", "sooner",
                              NULL});
}

/* ---- the modality of a clause ---- */

static int clause_modality(const sent_ctx *s, size_t ci, const phrase *vg, int mod, int depth,
                           const dict_pattern *pat, int refusal);

/* The modality of clause p, the one clause ci hangs from or continues. */
static int parent_modality(const sent_ctx *s, size_t p, int depth)
{
    const phrase *pv = clause_vg(s, p);
    return pv ? clause_modality(s, p, pv, pv->mod, depth - 1, NULL, 0) : MOD_ASSERTED;
}

/* A to-infinitive never says by itself that its act happened: what its
** clause's first word is ("willing to", "a plan to", "in a bid to") tells
** what it is; "Russia to send troops to Syria", right after its own subject,
** is a headline's plan. */
static int to_infinitive_modality(const sent_ctx *s, const clause *cl, const phrase *vg,
                                  int mod)
{
    if (cl->ctrl == CTRL_OBJECT)   /* "urged Iran to release": asked for, not done */
        return max_mod(mod, MOD_HYPOTHETICAL);
    /* "Trump, the third President to be impeached by the House,": but a
    ** noun an ordinal picks out is told by what it did (a headline's
    ** subject has no "the") */
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth",
                                           "sixth", "seventh", "eighth", "ninth", "tenth",
                                           "last", "only", NULL};
    const phrase *sp = cl->subject >= 0 ? &s->ls.phrases[cl->subject] : NULL;
    if (cl->ctrl == CTRL_NONE && sp && sp->end == vg->first && sp->first + 1 < sp->head &&
        lemma_is_word(lemma(s, sp->first), "the") &&
        lemma_in_list(lemma(s, sp->first + 1), ordinals))
        return mod;
    if (cl->ctrl == CTRL_NONE && sp && sp->end == vg->first && tag_is_proper(s->ls.tags[sp->head]))
        return max_mod(mod, MOD_FUTURE);
    /* "offered its warships to escort": right after what an offer gave */
    const clause *pc = cl->parent >= 0 ? &s->ls.clauses[cl->parent] : NULL;
    const phrase *pv = pc && pc->verb >= 0 ? &s->ls.phrases[pc->verb] : NULL;
    const phrase *obj = pv && pc->object >= 0 ? &s->ls.phrases[pc->object] : NULL;
    if (obj && obj->end == vg->first && lemma_in_list(lemma(s, pv->head), offer_verbs))
        return max_mod(mod, MOD_FUTURE);
    /* "is ready to use military force to protect Kuwaiti tankers": the
    ** means is intended, and so is what it is used for */
    if (obj && obj->end == vg->first && pv->mod == MOD_FUTURE && cl->ctrl == CTRL_SUBJECT &&
        lemma_in_list(lemma(s, pv->head), means_verbs))
        return max_mod(mod, MOD_FUTURE);
    /* "announced its plan to protect the tankers": a plan its owner
    ** announces is the announcer's, a pronoun standing for him */
    if (obj && obj->end == vg->first && s->ls.tags[obj->first] == TAG_PRPS &&
        tag_is_noun(s->ls.tags[vg->first - 1]) &&
        lemma_in_list(lemma(s, vg->first - 1), intent_nouns) &&
        lemma_in_list(lemma(s, pv->head), announce_verbs) && pv->mod == MOD_ASSERTED)
        return max_mod(mod, MOD_FUTURE);
    return infinitive_modality(s, vg, mod);
}

/* "would not hesitate to strike", "will not hesitate to use force": a
** hesitation denied promises the act. When clause cl is such an
** infinitive, the modality its act takes is that of the "hesitate" group
** read without its negation ("will not" to come, "would not" a promise
** in reported speech, "did not hesitate to" done, "never hesitated to" a
** habit); -1 when it is none. */
static int unhesitating(const sent_ctx *s, const clause *cl, const phrase *vg, int depth)
{
    static const char *const will[] = {"will", "shall", "wo", "'ll", NULL};
    if (cl->parent < 0 || cl->ctrl != CTRL_SUBJECT || depth <= 0)
        return -1;
    const phrase *pv = clause_vg(s, (size_t)cl->parent);
    if (!pv || pv->mod != MOD_NEGATED || pv->end != vg->first ||
        !lemma_is_word(lemma(s, pv->head), "hesitate"))
        return -1;
    int base = MOD_ASSERTED;
    for (uint32_t k = pv->first; k < pv->head; k++) {
        if (lemma_is_word(lemma(s, k), "never"))
            return MOD_HYPOTHETICAL;
        if (s->ls.tags[k] == TAG_MD)
            base = lemma_in_list(lemma(s, k), will) ? MOD_FUTURE : MOD_CONDITIONAL;
    }
    return clause_modality(s, (size_t)cl->parent, pv, base, depth - 1, NULL, 0);
}

/* Is vg's verb one a timetable holds: a journey ("leaves next week for
** Tokyo"), or an intent or a meeting by its code (pat's, 03x or 04x)? */
static int timetabled(const sent_ctx *s, const phrase *vg, const dict_pattern *pat)
{
    static const char *const journeys[] = {"leave", "go", "visit", "travel", "arrive",
                                           "fly", "head", NULL};
    if (pat && pat->code && pat->code[0] == '0' && (pat->code[1] == '3' || pat->code[1] == '4'))
        return 1;
    return lemma_in_list(lemma(s, vg->head), journeys);
}

/* What the clauses around clause ci make of its modality mod: a condition,
** the subordinator, the infinitive, what governs a that-clause, the verb a
** bare verb continues, a claim. */
/* "After travelling this week to France, Funaro hopes to visit Canada":
** a gerund after a preposition that opens the sentence, before the clause
** it belongs to, is as that clause is (a trip still to come on a tour: the
** seventeenth and five earlier samples judged it told as made). Returns
** that clause, or -1. continued_clause finds the gerund after its clause
** ("would leave for Zurich after meeting Stoltenberg"). */
/* Does a clause above cl, within three, say its act only may be ("may
** try to bolster the pact by ..."): a modal of possibility in its verb
** group? A time clause under it is guessed at with it; one under a plan,
** a request or an expectation ("will ask Japan ... when he visits", "is
** expected to formalise ... when Abe visits") is a date set. */
static int guessed_above(const sent_ctx *s, const clause *cl)
{
    static const char *const maybe[] = {"may", "might", "could", NULL};
    int32_t p = cl->parent;
    for (int up = 0; p >= 0 && up < 3; up++) {
        const phrase *pv = clause_vg(s, (size_t)p);
        for (uint32_t k = pv ? pv->first : 0; pv && k < pv->head; k++)
            if (s->ls.tags[k] == TAG_MD && lemma_in_list(lemma(s, k), maybe))
                return 1;
        /* "by uncoupling rates when they meet": the gerund's clause
        ** continues the one before it */
        int how;
        int32_t q = s->ls.clauses[p].parent;
        p = q >= 0 ? q : continued_clause(s, (size_t)p, &how);
    }
    return 0;
}

static int32_t opening_gerund(const sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = clause_vg(s, ci);
    if (!vg || cl->kind != CL_SUBORDINATE || cl->parent < 0 || vg->first != vg->head ||
        s->ls.tags[vg->first] != TAG_VBG || vg->first != 1 || s->ls.tags[0] != TAG_IN ||
        lemma_is_word(lemma(s, 0), "of"))
        return -1;
    const phrase *pv = clause_vg(s, (size_t)cl->parent);
    return pv && pv->first > vg->first ? cl->parent : -1;
}

static int governed_modality(const sent_ctx *s, size_t ci, const phrase *vg, int mod,
                             int depth, const dict_pattern *pat)
{
    const clause *cl = &s->ls.clauses[ci];
    if (cl->kind == CL_SUBORDINATE && cl->word != UINT32_MAX) {
        const char *w = lemma(s, cl->word);
        if (lemma_is_word(w, "whether"))
            return max_mod(mod, MOD_HYPOTHETICAL);
        /* "before Nakasone leaves next week for Washington": a journey
        ** or meeting in a plain present that its own words date after
        ** the article is a timetable, as "when" is; any other "before"
        ** clause is not said to happen ("before Japan extends loans",
        ** "before Malawi attacks next week": no one said it would) */
        if (lemma_is_word(w, "before") && mod == MOD_ASSERTED && timetabled(s, vg, pat) &&
            dated_later(s, ci, vg, NULL))
            mod = MOD_FUTURE;
        else if (lemma_in_list(w, not_yet))
            mod = max_mod(mod, MOD_CONDITIONAL);
        /* "when he visits Washington next month": a time still to come */
        int t = s->ls.tags[vg->head];
        if (lemma_in_list(w, time_words) && (t == TAG_VBP || t == TAG_VBZ) &&
            vg->first == vg->head && mod == MOD_ASSERTED) {
            mod = MOD_FUTURE;
            /* "speculated that the G-7 may act when they meet": a time of
            ** an act only guessed at is guessed at with it (the sixth and
            ** seventeenth samples) */
            if (guessed_above(s, cl))
                mod = MOD_HYPOTHETICAL;
        }
        /* "said the tariffs would be lifted once Japan opened its market",
        ** "would pay as soon as Zambia signed": reported speech puts the
        ** time still to come in the past tense; it has not happened */
        if (t == TAG_VBD && time_subordinator(s, cl->word) &&
            says_would(s, cl->parent, cl))
            mod = max_mod(mod, MOD_CONDITIONAL);
    }
    int how;
    int32_t p = continued_clause(s, ci, &how);
    if (p < 0 && (p = opening_gerund(s, ci)) >= 0)
        how = CONT_PREP;
    int firm = s->ls.tags[vg->first] == TAG_TO ? unhesitating(s, cl, vg, depth) : -1;
    if (p >= 0 && depth > 0)
        mod = continued_modality(s, vg, (size_t)p, how, parent_modality(s, (size_t)p, depth),
                                 mod);
    else if (firm >= 0)   /* "would not hesitate to strike" */
        mod = max_mod(mod, firm);
    else if (s->ls.tags[vg->first] == TAG_TO) {
        mod = to_infinitive_modality(s, cl, vg, mod);
        /* "had not shown willingness to open", "is likely to bring a
        ** promise to open": not what its clause does not say either */
        int pm = cl->parent >= 0 && depth > 0 ? parent_modality(s, (size_t)cl->parent, depth)
                                              : MOD_ASSERTED;
        if (pm >= MOD_CONDITIONAL)
            mod = max_mod(mod, pm);
    }
    else if (cl->ctrl == CTRL_OBJECT)
        mod = max_mod(mod, MOD_HYPOTHETICAL);
    if (cl->kind == CL_COMPLEMENT && cl->parent >= 0 && cl->ctrl == CTRL_NONE) {
        mod = complement_modality(s, cl, mod);
        /* "statistics designed to show that Japan was opening": what a
        ** purpose or a request would show is not shown */
        int pm = depth > 0 ? parent_modality(s, (size_t)cl->parent, depth) : MOD_ASSERTED;
        if (pm == MOD_HYPOTHETICAL || pm == MOD_CONDITIONAL)
            mod = max_mod(mod, pm);
    }
    if (cl->kind == CL_COMPLEMENT || cl->kind == CL_RELATIVE)   /* "cited rumors that" */
        mod = hearsay_modality(s, cl, mod);
    return banned_modality(s, ci, near_modality(s, ci, claimed_modality(s, ci, mod)));
}

/* Is clause cl's verb group vg an "is to" or "would be to" whose subject
** names an aim or a choice (aim_nouns): "Peru's real aim is to seize
** Arica"? */
static int aim_to_be(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    if (vg->np < 0 || cl->subject < 0 || !lemma_is_word(lemma(s, (size_t)vg->np), "be"))
        return 0;
    size_t k = (size_t)vg->np + 1;
    if (k >= s->ls.n || s->ls.tags[k] != TAG_TO)
        return 0;
    const phrase *sp = &s->ls.phrases[cl->subject];
    return tag_is_noun(s->ls.tags[sp->head]) && !tag_is_proper(s->ls.tags[sp->head]) &&
           lemma_in_list(lemma(s, sp->head), aim_nouns);
}

/* Does clause cl open with an inverted condition, its auxiliary before
** its subject at the start of the sentence or after a comma: "Should
** Japan impose sanctions, ...", "Had Chile attacked Peru, ..."? ("Were
** Norway to attack" is an infinitive, never asserted anyway.) */
static int inverted_condition(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    if (cl->subject < 0)
        return 0;
    const phrase *sp = &s->ls.phrases[cl->subject];
    if (sp->end > vg->first)
        return 0;
    /* the tagger often takes a capital "Should" into the subject's name */
    size_t k = sp->first;
    int t = s->ls.tags[k];
    const char *w = lemma(s, k);
    int aux = sp->end - sp->first > 1 && tag_is_proper(t) &&
              (strcasecmp(w, "should") == 0 || strcasecmp(w, "had") == 0 ||
               strcasecmp(w, "were") == 0);
    if (!aux && k > 0) {
        t = s->ls.tags[--k];
        w = lemma(s, k);
        aux = (t == TAG_MD && lemma_is_word(w, "should")) ||
              (t == TAG_VBD && (lemma_is_word(w, "have") || lemma_is_word(w, "be")));
    }
    if (!aux)
        return 0;
    return k == 0 || s->ls.tags[k - 1] == TAG_COMMA || s->ls.tags[k - 1] == TAG_COLON ||
           s->ls.tags[k - 1] == TAG_LQUOTE;
}

/* The modality clause ci's events get; depth bounds the clauses it
** inherits from; pat is the pattern that coded it, or NULL. */
static int clause_modality(const sent_ctx *s, size_t ci, const phrase *vg, int mod, int depth,
                           const dict_pattern *pat, int refusal)
{
    const clause *cl = &s->ls.clauses[ci];
    int would;
    mod = group_modality(s, vg, mod, &would, refusal);
    if (mod == MOD_NEGATED)
        return mod;
    if (aim_to_be(s, cl, vg))
        mod = max_mod(mod, MOD_HYPOTHETICAL);
    if (opened_by_nor(s, cl) || none_of(s, vg, cl->object, pat) ||
        none_of(s, vg, cl->object2, pat))
        return MOD_NEGATED;
    int role = condition_role(s, ci);
    if (role || inverted_condition(s, cl, vg))
        mod = max_mod(mod, MOD_CONDITIONAL);
    mod = governed_modality(s, ci, vg, mod, depth, pat);
    /* "said the ministers would sign": future in the past */
    if (would && cl->kind == CL_COMPLEMENT && mod == MOD_CONDITIONAL && !role)
        return MOD_FUTURE;
    return mod;
}

/* Words that start a measure's start: "take effect", "go (come, enter)
** into force", "effective". */
static int effect_words(const sent_ctx *s, size_t k)
{
    if (lemma_is_word(lemma(s, k), "effective"))
        return 1;
    if (!lemma_in_list(lemma(s, k), (const char *const[]){"take", "go", "come", "enter", NULL}))
        return 0;
    size_t e = k + 1 < s->ls.n && lemma_is_word(lemma(s, k + 1), "into") ? k + 2 : k + 1;
    return e < s->ls.n &&
           lemma_in_list(lemma(s, e), (const char *const[]){"effect", "force", NULL});
}

/* How far after a measure's verb its start is sought ("imposed tariffs on
** chips and other goods, which take effect on April 17"): a bound, so
** that every clause of a run-on sentence does not read to its end. */
#define EFFECT_REACH 60

int coder_starts_later(const sent_ctx *s, uint32_t from)
{
    size_t end = s->ls.n - from > EFFECT_REACH ? from + EFFECT_REACH : s->ls.n;
    for (size_t k = from; s->date && k < end; k++) {
        if (!effect_words(s, k))
            continue;
        /* "took effect", "has gone into force": begun */
        int t = s->ls.tags[k];
        if (t == TAG_VBD || t == TAG_VBN)
            return 0;
        /* the date right after the words, the nearest one of its name:
        ** "effective April 17" in an article of April 7 (later) or of
        ** April 20 (begun) */
        article_when w;
        return article_date_after(&s->ls, (uint32_t)k + 1, 4, s->date, &w) &&
               w.prec != DATE_NONE && w.date > s->date;
    }
    return 0;
}

int coder_planned_for(const sent_ctx *s, size_t ci)
{
    int32_t o = s->ls.clauses[ci].object;
    if (o < 0)
        return 0;
    const phrase *np = &s->ls.phrases[o];
    return np->end < s->ls.n && lemma_is_word(lemma(s, np->end), "for") &&
           lemma_in_list(lemma(s, np->head), (const char *const[]){"plan", "proposal", NULL});
}

int coder_goes_on(const sent_ctx *s, const phrase *vg)
{
    /* verbs of asking only: PETRARCH2's "apply" (for) is an appeal too,
    ** but "would continue to apply a duty" asks nothing */
    static const char *const asking[] = {"demand", "insist", "press", "urge", "call",
                                         "ask", "appeal", "push", NULL};
    size_t h = vg->head;
    if (!lemma_in_list(lemma(s, h), asking))
        return 0;
    /* "continue to demand": the catenative two words back */
    if (h >= 2 && s->ls.tags[h - 1] == TAG_TO)
        return lemma_is_word(lemma(s, h - 2), "continue");
    /* "keep pressing": the parse may give the gerund a group of its own */
    return h >= 1 && s->ls.tags[h] == TAG_VBG && lemma_is_word(lemma(s, h - 1), "keep");
}

int coder_stays(const sent_ctx *s, const phrase *vg)
{
    static const char *const stay[] = {"remain", "stay", NULL};
    return lemma_in_list(lemma(s, vg->head), stay);
}

int32_t coder_time_being(const sent_ctx *s, const phrase *vg)
{
    uint32_t h = vg ? vg->head : 0;
    if (h < 3 || !lemma_is_word(lemma(s, h), "be") || !lemma_is_word(lemma(s, h - 1), "time"))
        return -1;
    for (uint32_t f = h - 2; f > 0 && f + 6 > h; f--)
        if (lemma_is_word(lemma(s, f), "for"))
            return s->ls.vg_of[f - 1];
    return -1;
}

int coder_decided_verb(const sent_ctx *s, const phrase *vg)
{
    int decided = 0;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        if (s->ls.tags[k] == TAG_MD)   /* "may decide to", "will decide to" */
            return 0;
        decided |= (s->ls.tags[k] == TAG_VBD || s->ls.tags[k] == TAG_VBN) &&
                   lemma_is_word(lemma(s, k), "decide");
    }
    return decided;
}

int coder_modality(const sent_ctx *s, size_t ci, const phrase *vg, int on_caten,
                   const dict_pattern *pat, article_when *when, int *when_read)
{
    if (on_caten == REFUSAL_NOUN)   /* "Chile's refusal to hold talks": told as done */
        return MOD_ASSERTED;
    /* "decided not to accept the offer": the refusal is as the decision is */
    if (on_caten == REFUSAL_DECISION && s->ls.clauses[ci].parent >= 0) {
        int32_t p = s->ls.clauses[ci].parent;
        int32_t gov = coder_time_being(s, clause_vg(s, (size_t)p));
        if (gov >= 0 && s->vg_clause[gov] >= 0)   /* "decided for the time being" */
            p = s->vg_clause[gov];
        return parent_modality(s, (size_t)p, 4);
    }
    int mod = clause_modality(s, ci, vg, event_modality(s, vg, on_caten), 4, pat,
                              on_caten == REFUSAL_NEGATION);
    /* "Does this mean that the Fed abandons its position?": a question
    ** asks whether an act happens, and says not that it does (twelfth
    ** session: the one event the study text coded in a question) */
    if (coder_question(s))
        mod = max_mod(mod, MOD_HYPOTHETICAL);
    article_when w;
    if (mod == MOD_ASSERTED && !on_caten && dated_later(s, ci, vg, &w)) {
        mod = MOD_FUTURE;
        /* only a reading that made the plan is kept: one made in the
        ** present tense for an act told as done would date it wrongly
        ** once a later step makes it future ("imposes tariffs on Monday
        ** that take effect in July") */
        if (when && when_read) {
            *when = w;
            *when_read = 1;
        }
    }
    return mod;
}

int coder_decided(const sent_ctx *s, const phrase *vg)
{
    size_t k = vg->first;   /* "to" */
    return k > 0 && k < vg->head && lemma_is_word(lemma(s, k), "to") &&
           tag_is_noun(s->ls.tags[k - 1]) && lemma_is_word(lemma(s, k - 1), "decision");
}

int coder_condition_on_nothing(const sent_ctx *s, size_t ci)
{
    /* the impersonal "it" and the talks themselves: no party's act */
    static const char *const nothing[] = {"it", "this", "that", "talk", "negotiation",
                                          "meeting", "discussion", NULL};
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k]) {
        const clause *cl = &s->ls.clauses[k];
        if (is_condition(s, (size_t)k) && cl->subject >= 0 &&
            lemma_in_list(lemma(s, s->ls.phrases[cl->subject].head), nothing))
            return 1;
    }
    return 0;
}

int coder_intent(const sent_ctx *s, size_t ci, const phrase *vg, int mod)
{
    if (mod == MOD_FUTURE)
        return 1;
    if (mod != MOD_CONDITIONAL || condition_role(s, ci) != 2)
        return 0;
    /* "China would impose sanctions if ...", "If ..., Japan will impose":
    ** a promise or threat on a condition */
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (s->ls.tags[k] == TAG_MD && !lemma_in_list(lemma(s, k), (const char *const[]){
                                           "could", "may", "might", "can", "should", "must",
                                           "ought", NULL}))
            return 1;
    return vg->mod == MOD_FUTURE;
}
