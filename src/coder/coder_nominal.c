/*
** coder_nominal.c — events written as noun phrases (docs/coder.md,
** "Events written as nouns"): "Russia's attack on Ukraine", "the arrest of
** opposition leaders by Kenyan police", "an Iranian missile attack on a
** Kuwaiti tanker". After a sentence's clauses, each noun phrase whose noun
** has noun patterns (data/dict/nouns.txt) is one candidate; it is coded
** when the phrase names both its source (a possessor, a by-phrase, a
** country before the noun) and its target (the pattern's +), and when
** nothing around it makes it a threat, a plan, a fear or a denial rather
** than a report; a visit that names no guest takes its clause's subject
** ("spoke during a visit to Peru": coder_meeting_frame.c), and
** disapproval that names only its source takes for target whoever goes
** ahead despite it ("closed the border despite criticism from Kenya":
** coder_defied.c); a known agreement that a
** participle says was made ("the pact, signed last July") is its parties'
** signing (docs/coder.md, "An agreement told as made"). The emit step is
** the clauses' own (coder_events.c).
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const coder_meeting_nouns[] = {"meeting", "talk", "negotiation", "consultation",
                                           "summit", "call", "conversation", NULL};

/* Words before the noun that make it no report: "no attack", "a possible
** invasion", "any strike", "a planned visit"; "an alleged Iranian attack"
** is someone's charge, whose doer the report does not vouch for. */
static const char *const irrealis_modifiers[] = {
    "no", "any", "possible", "potential", "planned", "proposed", "threatened", "future",
    "feared", "imminent", "expected", "hypothetical", "upcoming", "forthcoming", "coming",
    "next", "scheduled", "prospective", "pending", "pend", "alleged", "allege", NULL};

/* Nouns whose "of" phrase is no report: "the threat of an attack", "fears
** of an invasion", "calls for the arrest of"; a pretext argued for an
** act ("a pretext for attacks on them") is a charge, not a report of it
** ("excuse" is left out: "no excuse for the attack" reports one). */
static const char *const irrealis_nouns[] = {
    "threat", "risk", "fear", "possibility", "prospect", "plan", "call", "demand", "danger",
    "warning", "event", "case", "likelihood", "chance", "need", "hope", "idea", "option",
    "rumor", "rumour", "denial", "proposal", "request", "pretext", NULL};

/* Verbs whose object is no report: "threatened an invasion", "denied the
** attack", "called for the arrest of". */
static const char *const irrealis_verbs[] = {
    "threaten", "plan", "prepare", "consider", "call", "demand", "urge", "fear", "warn",
    "prevent", "avert", "avoid", "deter", "propose", "seek", "want", "risk", "rule", "deny",
    "oppose", "vow", "pledge", "promise", "ask", "request", "expect", "predict", "reject",
    "discuss", "debate", "contemplate", "weigh", "mull", "study", "rumor", "allege", "doubt",
    "dismiss", "question", "investigate", "probe", "hope", "need", "push", "press",
    "forestall", "preempt", NULL};

/* "to head off U.S.-led pressure on Bonn", "stave off sanctions": a verb
** that keeps an act away with its "off", as "avert" does (seventeenth
** session) */
static int kept_off(const sent_ctx *s, const phrase *vg)
{
    static const char *const off_verbs[] = {"head", "stave", "ward", "fend", NULL};
    uint32_t h = vg->head;
    return h + 1 < s->ls.n && lemma_in_list(s->ls.lemmas[h], off_verbs) &&
           lemma_is_word(s->ls.lemmas[h + 1], "off");
}

/* The first of the smallest spans wins, as the clauses come. */
const clause *coder_clause_at(const sent_ctx *s, uint32_t k)
{
    const clause *best = NULL;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *cl = &s->ls.clauses[i];
        if (k >= cl->first && k < cl->end &&
            (!best || cl->end - cl->first < best->end - best->first))
            best = cl;
    }
    return best;
}

/* Those of them that only put the act later: "a planned visit", "the
** upcoming talks", "a visit here next week" are plans, not guesses. */
static const char *const coming_modifiers[] = {
    "planned", "upcoming", "forthcoming", "coming", "next", "scheduled", NULL};

/* Words that may stand between a meeting's words and the date that puts
** it later: "visit to Washington, April 29 to May 5", "starting next
** Wednesday", "from April 29". */
/* (lemmas: "starting" is read as "start") */
static const char *const date_leads[] = {",", "start", "starting", "begin", "beginning", "from", "on", NULL};
/* Words that start such a date: a month, "next", "tomorrow" (a bare
** weekday is left out: "on Monday" may be last Monday or next). */
static const char *const later_starts[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "next", "tomorrow", NULL};

/* Does a date after the article's start at token k, or one or two words
** of date_leads after it? */
static int dated_after(const sent_ctx *s, size_t k)
{
    for (int lead = 0; k < s->ls.n && lead < 3; lead++, k++) {
        char low[16];
        size_t i = 0;
        for (const char *w = s->ls.lemmas[k]; *w && i + 1 < sizeof low; w++)
            low[i++] = (char)(*w >= 'A' && *w <= 'Z' ? *w - 'A' + 'a' : *w);
        low[i] = 0;
        if (lemma_in_list(low, later_starts)) {
            article_when w;
            /* the expression takes in the "on" or "from" before it */
            uint32_t at = (uint32_t)(lead > 0 ? k - 1 : k);
            return s->date && article_date_after(&s->ls, at, 1, s->date, &w) &&
                   w.prec != DATE_NONE && w.date > s->date;
        }
        if (!lemma_in_list(s->ls.lemmas[k], date_leads))
            return 0;
    }
    return 0;
}

/* Does "this week" (month, year; "later this month", "early this week")
** start at token k, right after a meeting's words? In a clause not said
** plainly it sets the meeting down: "hopes Nakasone will make proposals
** at a meeting with Reagan this week" (fourteenth session; in a clause
** said plainly it may be past, and coder_visit_guest does not ask). */
static int this_time_after(const sent_ctx *s, size_t k)
{
    if (k < s->ls.n && (lemma_is_word(s->ls.lemmas[k], "later") ||
                        lemma_is_word(s->ls.lemmas[k], "early")))
        k++;
    return k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "this") &&
           coder_time_noun(s, k + 1);
}

/* Does a date after the article's stand among the words before a noun,
** tokens [from, to): "an April 5-6 summit meeting between", "the
** April-5-6 summit" (one token: month, day, and a last day)? */
static int premodifier_later(const sent_ctx *s, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to && s->date; k++) {
        const char *w = s->ls.lemmas[k];
        for (int m = 0; m < 12; m++) {
            size_t n = strlen(later_starts[m]);
            if (strncasecmp(w, later_starts[m], n) != 0)
                continue;
            if (w[n] != 0 && w[n] != '-')
                break;   /* "mayor" */
            /* the day: the next token, or the rest of this one */
            const char *d = w[n] == '-' ? w + n + 1 : k + 1 < to ? s->ls.lemmas[k + 1] : "";
            if (*d < '0' || *d > '9')
                break;   /* a month alone says no day */
            /* in the year that puts the month nearest the article's */
            int day = atoi(d), am = s->date / 100 % 100, y = s->date / 10000;
            y += m + 1 - am > 6 ? -1 : am - (m + 1) > 6 ? 1 : 0;
            return day >= 1 && day <= 31 && y * 10000 + (m + 1) * 100 + day > s->date;
        }
    }
    return 0;
}

/* What reported() finds a noun phrase to be. SET_DOWN: one still to come
** by its own words in a clause not said plainly ("could ease tension
** ahead of next month's meeting between ...", "will dominate talks
** between ... starting April 1"; not yet "from April 1", a PP the
** target's phrase takes in): what the clause would do is a guess, but
** the meeting is on the calendar. */
enum { NOT_REPORT, REPORT, TO_COME, SET_DOWN };

static int this_time_after(const sent_ctx *s, size_t k);

/* Is noun phrase p (with its noun's compound from token first, its
** phrases up to limit) a report (REPORT), one still to come and no more
** ("a planned visit", "a visit next week": TO_COME), or a threat, plan,
** fear, guess or denial of the act (NOT_REPORT)? A date after the article
** that the caller found (dated) puts it later too. */
static int reported_dated(const sent_ctx *s, const phrase *p, uint32_t first, size_t limit,
                          int dated)
{
    int to_come = dated;
    for (uint32_t k = p->first > 0 ? p->first - 1 : 0; k < first; k++)
        if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers)) {
            if (!lemma_in_list(s->ls.lemmas[k], coming_modifiers))
                return NOT_REPORT;   /* "pending" may stand just outside: "news of pending U.S. sanctions" */
            to_come = 1;
        }
    for (size_t k = p->end; k + 1 < limit; k++)
        if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers) &&
            coder_time_noun(s, k + 1)) {
            if (!lemma_in_list(s->ls.lemmas[k], coming_modifiers))
                return NOT_REPORT;
            to_come = 1;   /* "a visit here next week" */
        }
    /* "at a meeting with Reagan this week": set down only where the
    ** clause is not said plainly (it may be past) */
    int this_time = 0;
    for (size_t k = p->end; k + 1 < limit && !this_time; k++)
        this_time = this_time_after(s, k);
    /* "the threat of an attack", "his proposal for a summit between": an
    ** "of" or "for" right before the phrase, after a noun of the list */
    if (p->first >= 2 &&
        (lemma_is_word(s->ls.lemmas[p->first - 1], "of") ||
         lemma_is_word(s->ls.lemmas[p->first - 1], "for")) &&
        lemma_in_list(s->ls.lemmas[p->first - 2], irrealis_nouns))
        return 0;
    /* "called for the arrest of", "threatened an invasion of": the object
    ** side of a verb of the list, or of a verb that is not asserted; not
    ** what the clause defies, which stands whatever the clause's mood
    ** ("will close the border despite criticism from Kenya") */
    const clause *cl = coder_clause_at(s, p->first);
    if (cl && cl->verb >= 0 && !coder_defied(s, p)) {
        const phrase *vg = &s->ls.phrases[cl->verb];
        int irrealis = lemma_in_list(s->ls.lemmas[vg->head], irrealis_verbs) ||
                       (vg->np >= 0 && lemma_in_list(s->ls.lemmas[vg->np], irrealis_verbs)) ||
                       kept_off(s, vg);
        /* a meeting or visit that frames its clause is no object of its
        ** verb ("discussed rice during a visit to Thailand"), and one
        ** framing a clause its own "will" puts later is to come with it
        ** ("will raise it during a visit to Japan"; fourteenth session) */
        if (coder_frames_meeting(s, p)) {
            /* (not a purpose: "are preparing for Nakasone's visit"; but
            ** "is expected here for talks with" is a timetable's) */
            irrealis = irrealis && coder_for_purpose(s, (int32_t)(p - s->ls.phrases)) &&
                       !coder_timetabled(s, vg);
            to_come |= vg->mod == MOD_FUTURE && coder_frames_at_once(s, p) &&
                       coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL,
                                      NULL) == MOD_FUTURE;
            /* "is expected here on Friday for talks with": set down */
            to_come |= coder_for_purpose(s, (int32_t)(p - s->ls.phrases)) &&
                       coder_timetabled(s, vg);
        }
        if (p->first >= vg->end && (vg->mod != MOD_ASSERTED || irrealis))
            return (to_come || (this_time && coder_frames_meeting(s, p))) && !irrealis &&
                           vg->mod != MOD_NEGATED
                       ? SET_DOWN
                       : NOT_REPORT;
    }
    return to_come ? TO_COME : REPORT;
}

static int reported(const sent_ctx *s, const phrase *p, uint32_t first, size_t limit)
{
    return reported_dated(s, p, first, limit, 0);
}

/* Is noun phrase np a request or demands its clause answers (coder_answered)
** in a verb said plainly, neither negated nor in a mood? */
static int answered_plainly(const sent_ctx *s, int32_t np)
{
    const clause *cl = coder_clause_at(s, s->ls.phrases[np].first);
    return cl && cl->verb >= 0 && s->ls.phrases[cl->verb].mod == MOD_ASSERTED &&
           coder_answered(s, np);
}

/* What the other members of the coordination np belongs to are, as
** reported() says: NOT_REPORT if one is, else TO_COME if one is. "a visit
** here next week by Japanese officials and a visit to Tokyo by a U.S.
** official": the second visit is still to come with the first. */
static int siblings_reported(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    int32_t co = ph[np].up;
    int to_come = 0;
    if (co < 0 || !(ph[co].flags & PHF_COORD))
        return REPORT;
    for (size_t i = 0; i < s->ls.nphrases; i++) {
        if ((int32_t)i == np || ph[i].up != co || ph[i].kind != PH_NP)
            continue;
        size_t limit = ph[i].end;
        while (limit < s->ls.n && s->ls.vg_of[limit] < 0 && !tag_is_punct(s->ls.tags[limit]) &&
               s->ls.tags[limit] != TAG_CC)
            limit++;
        int r = reported(s, &ph[i], ph[i].first, limit);
        if (r == NOT_REPORT)
            return NOT_REPORT;
        to_come |= r != REPORT;
    }
    return to_come ? TO_COME : REPORT;
}

/* The nouns of a journey: one visit and another trip are twins, and not a
** tour or a swing, which pass through regions, no one's home. */
const char *const coder_journey_nouns[] = {"visit", "trip", NULL};

/* Is noun phrase p, with its head at token head, right after "and" or
** "or" that follows a noun phrase of the same noun that is still to come?
** "a visit here next week by Japanese officials and a visit to Tokyo by a
** U.S. official", which the parse may not join as one coordination. */
static int after_coming_twin(const sent_ctx *s, const phrase *p, uint32_t head)
{
    if (p->first < 2 || s->ls.tags[p->first - 1] != TAG_CC)
        return 0;
    uint32_t cc = p->first - 1;
    for (uint32_t k = cc; k-- > 0 && k + 14 > cc;) {
        if (tag_is_punct(s->ls.tags[k]) || s->ls.vg_of[k] >= 0)
            return 0;
        int32_t np = s->ls.np_of[k];
        if (np >= 0 && s->ls.phrases[np].head == k &&
            (strcmp(s->ls.lemmas[k], s->ls.lemmas[head]) == 0 ||
             (lemma_in_list(s->ls.lemmas[k], coder_journey_nouns) &&
              lemma_in_list(s->ls.lemmas[head], coder_journey_nouns))))
            return reported(s, &s->ls.phrases[np], s->ls.phrases[np].first, cc) >= TO_COME;
    }
    return 0;
}

/* Verbs that call off what a planned act was: "the planned visit was
** cancelled" states no intent any more. */
static const char *const call_offs[] = {
    "cancel", "postpone", "delay", "scrap", "shelve", "abandon", "drop", "defer", "suspend",
    "call", "put", "halt", "stop", "block", "oppose", "criticize", "criticise", NULL};

/* May the planned act in noun phrase p be coded as its intent? Only a
** meeting or visit (root 04: "Nakasone's planned visit to Washington" is
** 036), in a clause said plainly that does not call it off, nor a
** relative clause after it ("the planned trip, which was cancelled"); a
** clause not said plainly will do when the noun's own words set it down
** (set_down: reported()'s SET_DOWN). */
static int planned_intent(const sent_ctx *s, const phrase *p, const char *code, int set_down)
{
    if (strncmp(code, "04", 2) != 0)
        return 0;
    for (size_t k = p->end; k < s->ls.n && k < p->end + 12; k++)
        if (tag_is_verb(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], call_offs))
            return 0;
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0)
        return 1;
    const phrase *vg = &s->ls.phrases[cl->verb];
    /* "lift the tariffs ahead of the meeting": what the clause calls off
    ** is something else than the meeting it is timed by */
    uint32_t f = p->first;
    int timed = f >= 1 && (lemma_is_word(s->ls.lemmas[f - 1], "before") ||
                           (f >= 2 && lemma_is_word(s->ls.lemmas[f - 1], "of") &&
                            lemma_is_word(s->ls.lemmas[f - 2], "ahead")) ||
                           (f >= 2 && lemma_is_word(s->ls.lemmas[f - 1], "to") &&
                            lemma_is_word(s->ls.lemmas[f - 2], "prior")));
    return (set_down || vg->mod == MOD_ASSERTED || vg->mod == MOD_FUTURE) &&
           (timed || !lemma_in_list(s->ls.lemmas[vg->head], call_offs));
}

/* The PP whose preposition is "by" and starts at token k, or NULL. */
static const phrase *by_pp_at(const sent_ctx *s, uint32_t k)
{
    const phrase *pp = coder_pp_at(s, k);
    return pp && lemma_is_word(s->ls.lemmas[k], "by") ? pp : NULL;
}

/* A participle after an event noun that names its doer, with the
** preposition it takes: "the bombing, claimed by the Taliban", "an attack
** blamed on Somali militants", "attributed to"; a strike or protest is
** called, organised or led by its doers ("a general strike called by
** Bolivian miners"); words are voiced, levelled, made, raised or lodged by
** their speakers ("the complaint, lodged by Kenya", fifteenth session). */
static const char *const ascriptions[][2] = {
    {"claim", "by"},   {"carry", "by"},   {"conduct", "by"},   {"launch", "by"},
    {"mount", "by"},   {"stage", "by"},   {"perpetrate", "by"}, {"commit", "by"},
    {"call", "by"},    {"organize", "by"}, {"organise", "by"}, {"lead", "by"},
    {"blame", "on"},   {"attribute", "to"}, {"ascribe", "to"},  {"voice", "by"},
    {"level", "by"},   {"make", "by"},    {"raise", "by"},     {"lodge", "by"},
    {NULL, NULL}};

/* Verbs that only words take, so that their "by" names the speaker of
** the words however far the thing spoken of runs ("criticism of rises in
** Zambian interest rates voiced by Kenya's finance minister"); "made by"
** past the thing may be the thing's ("criticism of the offer made by
** Kenya"). */
static const char *const speech_ascriptions[] = {"voice", "level", NULL};

/* The PP naming the doer in an ascription that starts at token k, past a
** comma, "which was", an adverb ("reportedly") and a particle ("carried
** out by"): "the attack, which was claimed by the Taliban". With speech,
** only speech_ascriptions' verbs, after up to three PPs. NULL if none. */
static const phrase *ascription_at(const sent_ctx *s, uint32_t k, int speech)
{
    static const char *const fillers[] = {"which", "that", "be", "have", NULL};
    const lang_sent *ls = &s->ls;
    for (int n = 0; speech && n < 3 && coder_pp_at(s, k) && coder_pp_at(s, k)->end > k; n++)
        k = coder_pp_at(s, k)->end;
    while (k < ls->n && (ls->tags[k] == TAG_COMMA || ls->tags[k] == TAG_RB ||
                         lemma_in_list(ls->lemmas[k], fillers)))
        k++;
    if (k + 1 >= ls->n || (ls->tags[k] != TAG_VBN && ls->tags[k] != TAG_VBD))
        return NULL;
    const char *prep = NULL;
    for (size_t i = 0; ascriptions[i][0] && !prep; i++)
        if (lemma_is_word(ls->lemmas[k], ascriptions[i][0]))
            prep = ascriptions[i][1];
    if (!prep || (speech && !lemma_in_list(ls->lemmas[k], speech_ascriptions)))
        return NULL;
    k++;
    if (ls->tags[k] == TAG_RP)
        k++;   /* "carried out by" */
    const phrase *pp = coder_pp_at(s, k);
    return pp && lemma_is_word(ls->lemmas[k], prep) ? pp : NULL;
}

/* One past a phrase of time that starts at token k ("last week", "on
** Friday", "earlier this month"), with its on, in, at or during or an
** adverb before it; k when none starts there. "The arrest of two
** diplomats last week by Ugandan police": the time says when, and the
** by-phrase after it still names the doer (sixteenth session, lane
** nouns). Reads s only. */
static uint32_t past_time(const sent_ctx *s, uint32_t k)
{
    static const char *const time_preps[] = {"on", "in", "at", "during", NULL};
    uint32_t b = k;
    if (b < s->ls.n && s->ls.tags[b] == TAG_IN && lemma_in_list(s->ls.lemmas[b], time_preps))
        b++;
    else if (b + 1 < s->ls.n && tag_is_adv(s->ls.tags[b]))
        b++;   /* "early this month", "earlier today" */
    int32_t np = b < s->ls.n ? s->ls.np_of[b] : -1;
    if (np < 0 || s->ls.phrases[np].first != b || !coder_time_noun(s, s->ls.phrases[np].head))
        return k;
    return s->ls.phrases[np].end;
}

/* May the words from token k up to the "of" at token of stand between a
** gathering's noun and its body: "here", "there" or a phrase of time ("a
** meeting here of EC farm ministers", "a meeting today of")? Not "in"
** and a place: "a meeting in Managua of Latin American producers" names
** a host, whom the guide gives the guests (docs/annotation.md, "Several
** actors"), and no body. Sixteenth session, lane nouns. Reads s only. */
static int gathering_gap(const sent_ctx *s, uint32_t k, uint32_t of)
{
    while (k < of) {
        if (lemma_is_word(s->ls.lemmas[k], "here") || lemma_is_word(s->ls.lemmas[k], "there"))
            k++;
        else if (past_time(s, k) != k)
            k = past_time(s, k);
        else
            return 0;
    }
    return k == of;
}

/* The source of the event noun phrase p (np): the possessor ("Russia's
** attack"), a by-phrase right after the phrase or after the pattern's
** words ("the arrest of X by Kenyan police"), a name or country before
** the noun's compound ("an Iranian missile attack", "a U.S. attack").
** Token last ends the pattern's words, token first starts the compound.
** *inside says whether it came from a possessor or a by-phrase, the
** phrase's own say-so, not a modifier. Returns the number of actors
** written to the caller's out (MAX_ACTORS room). */
static int nominal_source(dyad_coder *c, const sent_ctx *s, int32_t np, uint32_t first,
                          size_t last, actor_ref *out, int *inside)
{
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    *inside = 1;
    /* a possessor that says when is no source: "Monday's U.S. attack" */
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_POSS) &&
            !coder_time_noun(s, ph[i].head))
            return coder_expand_multi(out, coder_resolve_np(c, s, (int32_t)i, out, MAX_ACTORS));
    const phrase *by = by_pp_at(s, p->end);
    if (!by && last > p->end)
        by = by_pp_at(s, (uint32_t)last);
    /* ... or after a phrase of time that follows them */
    uint32_t end = last > p->end ? (uint32_t)last : p->end;
    if (!by && past_time(s, end) != end)
        by = by_pp_at(s, past_time(s, end));
    if (!by)
        by = ascription_at(s, p->end, 0);   /* "the bombing, claimed by the Taliban" */
    if (!by && last > p->end)
        by = ascription_at(s, (uint32_t)last, 1);   /* "criticism of X voiced by Y" */
    if (by)
        return coder_expand_multi(out, coder_resolve_np(c, s, by->np, out, MAX_ACTORS));
    *inside = 0;
    if (first > p->first && coder_resolve_span(c, s, p->first, first, out))
        return coder_expand_multi(out, 1);
    return 0;
}

/* Is the clause around np told as done, in a past tense, and said to
** have happened? "Talks between Peru and Chile have ended", "the
** statement was issued after talks between ..."; not "are worried about
** the talks between", "could take pressure off", "worked to arrange a
** meeting between": talks that no one owns are so often still to come
** that only a past tense shows they took place. */
static int told_as_done(const sent_ctx *s, const phrase *p)
{
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    int mod = coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL, NULL);
    /* "Talks between Peru and Chile failed to end the dispute": what the
    ** talks did not do, they were held for */
    const phrase *subj = cl->subject >= 0 ? &s->ls.phrases[cl->subject] : NULL;
    int subject = subj && p->first >= subj->first && p->end <= subj->end;
    if (mod != MOD_ASSERTED && !(mod == MOD_NEGATED && subject))
        return 0;
    return coder_vg_past(s, vg);
}

/* The roles of a country's people and of its parties outside the
** executive: a protest's modifier naming one of them is its doer. Not a
** legislature, whose name is as often a place's ("a Capitol Hill
** protest"). */
static const char *const protest_people[] = {"OPP", "CVL", "EDU", "AGR", "PTY", "LAB", NULL};

/* "a Kenyan opposition boycott", "student protests": is every source of
** protest j, found in its noun's modifiers, such people, where a country
** alone ("the Kenyan protests") is only where it was? */
static int people_doers(const clause_job *j)
{
    if (strncmp(j->m.code, "14", 2) != 0 || j->ns == 0)
        return 0;
    for (int i = 0; i < j->ns; i++) {
        size_t n = strlen(j->src[i].code);
        if ((n != 3 && n != 6) || !lemma_in_list(j->src[i].code + n - 3, protest_people))
            return 0;
    }
    return 1;
}

/* "An opposition boycott over the tax has disrupted parliament": such
** people named by a modifier with no country of their own are of the
** dateline's country, else the article's (as the same words are as a
** subject), unless the sentence names a place abroad. The tokens
** [from, to) are the modifiers, or the words of a by-phrase's doers ("a
** strike by 40,000 seamen"). Returns 1 and *out, else 0. */
static int people_modifier(dyad_coder *c, const sent_ctx *s, uint32_t from, uint32_t to,
                           actor_ref *out)
{
    const dict_agent *agent = coder_agent_in(c, s, from, to);
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(&c->doc.country, s, &dl);
    if (!agent || agent->prefix || !cc || !lemma_in_list(agent->code, protest_people) ||
        !coder_places_only(s, cc))
        return 0;
    phrase words = {.kind = PH_NP, .first = from, .end = to, .head = to - 1, .up = -1,
                    .np = -1};
    coder_agent_actor(out, &words, agent, cc);
    coder_from_home(out, &c->doc.country, dl);
    return 1;
}

/* Is noun phrase p listed under acts not done: after "including" or as
** the object of "include", with a word of threat or possibility before
** it in the sentence? "Other strikes are being threatened, including
** national stoppages by 450,000 teachers", "Possible strikes looming
** include stoppages by oil workers": the list shares the status of what
** it lists. */
static int listed_unreal(const sent_ctx *s, const phrase *p)
{
    static const char *const listing[] = {"include", "including", NULL};
    static const char *const unreal[] = {"loom", "looming", NULL};
    const char *const *L = (const char *const *)s->ls.lemmas;
    uint32_t at = p->first;
    if (at == 0 || !lemma_in_list(L[at - 1], listing))
        return 0;
    for (uint32_t k = 0; k + 1 < at; k++)
        if (lemma_in_list(L[k], irrealis_modifiers) || lemma_in_list(L[k], irrealis_verbs) ||
            lemma_in_list(L[k], unreal))
            return 1;
    return 0;
}

/* The clause of a noun's job when none stands around it. */
static const clause no_clause = {.verb = -1, .subject = -1, .object = -1, .object2 = -1,
                                 .agent = -1, .parent = -1, .xcomp = -1};

/* Puts clause cl (NULL: none) into the noun's job j: the rules that find
** its actors may ask it before the job is emitted. */
static void job_clause(const sent_ctx *s, clause_job *j, const clause *cl)
{
    j->cl = cl ? cl : &no_clause;
    j->ci = cl ? (size_t)(cl - s->ls.clauses) : 0;
}

/* Sets job j to clause cl for a rule of this file rather than a noun's
** pattern: no pattern slots, and rule names it in --explain. */
static void rule_job(const sent_ctx *s, clause_job *j, const clause *cl, const char *rule)
{
    job_clause(s, j, cl);
    j->m.source = j->m.target = j->m.shared_object = -1;
    j->m.rule = rule;
}

/* Emits job j, whose act is told by the noun's words [first, head] (its
** verb group, for the emitter) with lemma and code. -1 on no memory. */
static int emit_noun_job(dyad_coder *c, sent_ctx *s, clause_job *j, uint32_t first,
                         uint32_t head, const char *lemma, const char *code)
{
    phrase words = {.kind = PH_NP, .first = first, .end = head + 1, .head = head, .up = -1,
                    .np = -1};
    j->vg = &words;
    j->lemma = lemma;
    snprintf(j->code1, sizeof j->code1, "%s", code);
    return coder_clause_emit(c, s, j);
}

/* Codes the event noun phrase np, whose noun is at token head. -1 on no
** memory. */
/* One past the last word that noun head's patterns may read: up to a
** verb, a punctuation mark, or "and" before a determiner ("a visit here
** next week and a visit to Tokyo": the second's words). Since the
** thirteenth session not the first "and" after "between" ("talks between
** Ghana and the World Bank on a rescue package": the pair's own), nor a
** name's bracketed abbreviation ("talks with the International Monetary
** Fund (IMF) on a rescue package"). Reads s only. */
static size_t noun_words_end(const sent_ctx *s, uint32_t head)
{
    size_t k = head + 1;
    int between = 0;
    while (k < s->ls.n && s->ls.vg_of[k] < 0) {
        if (coder_bracketed_abbreviation(s, k)) {
            k += 3;
            continue;
        }
        if (tag_is_punct(s->ls.tags[k]))
            break;
        if (s->ls.tags[k] == TAG_CC && k + 1 < s->ls.n && s->ls.tags[k + 1] == TAG_DT) {
            if (!between)
                break;
            between = 0;
        } else if (s->ls.tags[k] == TAG_IN && lemma_is_word(s->ls.lemmas[k], "between")) {
            between = 1;
        }
        k++;
    }
    return k;
}

/* Nouns that end or ease what their "of" names: "the lifting of U.S.
** sanctions against Poland" tells no imposition (the seventeenth sample). */
static const char *const ending_nouns[] = {"lifting", "removal", "easing", "end", "ending",
                                           "suspension", "relaxation", "elimination",
                                           "withdrawal", "repeal", NULL};

/* Is p, whose noun codes a sanction (code), what such a noun ends? */
static int ended_sanction(const sent_ctx *s, const phrase *p, const char *code)
{
    return strncmp(code, "16", 2) == 0 && p->first >= 2 &&
           lemma_is_word(s->ls.lemmas[p->first - 1], "of") &&
           tag_is_noun(s->ls.tags[p->first - 2]) &&
           lemma_in_list(s->ls.lemmas[p->first - 2], ending_nouns);
}

/* Is the war or conflict at token head, in noun phrase p, one of words,
** trade or money ("a price war between", "the farm subsidy war", "a
** trade conflict", "a tug of war between speculators and central banks")? A
** noun before it but "border" is such a war's field, and so are these
** adjectives. Reads s only. */
static int war_of_words(const sent_ctx *s, const phrase *p, uint32_t head)
{
    static const char *const fields[] = {"cold", "legal", "verbal", "political",
                                         "diplomatic", "economic", "commercial",
                                         "propaganda", "tug", "culture", "media", NULL};
    const char *const *L = (const char *const *)s->ls.lemmas;
    if (!lemma_is_word(L[head], "war") && !lemma_is_word(L[head], "conflict"))
        return 0;
    if (head >= 2 && lemma_is_word(L[head - 1], "of") && lemma_is_word(L[head - 2], "tug"))
        return 1;
    for (uint32_t k = p->first; k < head; k++)
        if (lemma_in_list(L[k], fields) ||
            (tag_is_noun(s->ls.tags[k]) && !tag_is_proper(s->ls.tags[k]) &&
             !lemma_is_word(L[k], "border")))
            return 1;
    return 0;
}

static int told_as_going_on(const sent_ctx *s, const phrase *p);

/* Is noun phrase p within the subject of its clause, told as done? */
static int subject_told_as_done(const sent_ctx *s, const phrase *p)
{
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->subject < 0)
        return 0;
    const phrase *subj = &s->ls.phrases[cl->subject];
    return p->first >= subj->first && p->end <= subj->end && told_as_done(s, p);
}

/* Lets private people of the article's country (civilians, and workers,
** farmers and students in a protest, firms asked) fill the source
** (target 0) or target (1) of a noun's event code, as a verb's roles do
** (coder_clause_actors), the guard then asking for their peer
** (coder_peer_guard); code NULL ends it. Firms only as the ones asked:
** "at the company's request" is a firm's own business. Sixteenth
** session, lane generic2. */
static void noun_people(dyad_coder *c, const char *code, int target)
{
    int protest = code && strncmp(code, "14", 2) == 0;
    int asked = code && target && strncmp(code, "02", 2) == 0;
    c->private_agents = !code ? 0 : protest ? PEER_PROTEST : asked ? PEER_APPEAL : PEER_STATE;
    c->force_clause = code && coder_violent_code(code) ? FORCE_VIOLENCE : 0;
}

static int nominal(dyad_coder *c, sent_ctx *s, int32_t np, uint32_t head)
{
    const phrase *p = &s->ls.phrases[np];
    size_t limit = noun_words_end(s, head);
    match_state m;
    if (!coder_noun_pattern(c, s, head, limit, &m) || !m.code)
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    j.m = m;
    uint32_t first = head - j.m.verb->nbefore;   /* where the noun's compound starts */
    if (first < p->first || ended_sanction(s, p, j.m.code))
        return 0;
    if (strncmp(j.m.code, "19", 2) == 0 && war_of_words(s, p, head))
        return 0;
    /* the cheaper reading first: a noun only reported is no event */
    int meets = strncmp(j.m.code, "04", 2) == 0;
    int r = reported(s, p, first, limit);
    /* "rejected Uganda's request", "dismissed U.S. demands": asked for,
    ** though a verb of refusal makes its object no act; only an answer
    ** said plainly ("did not accede to the protesters' demands" stays
    ** the refusal alone, as the dev gold has it; seventeenth session) */
    if (r == NOT_REPORT && j.m.target < 0 &&
        (strncmp(j.m.code, "02", 2) == 0 || strncmp(j.m.code, "10", 2) == 0) &&
        answered_plainly(s, np))
        r = REPORT;
    /* a date after it, read only when it may decide: a meeting told in a
    ** clause not said plainly is set down by it */
    int dated = -1;
    if (r == NOT_REPORT && meets &&
        (dated = dated_after(s, j.m.last) || premodifier_later(s, p->first, first)) != 0)
        r = reported_dated(s, p, first, limit, 1);
    /* "will attend a meeting of OPEC ministers": the gathering the clause
    ** is to attend is set down, whatever reported() made of its clause */
    int attends = meets && coder_attends_later(s, np) != NULL;
    if ((r == NOT_REPORT && !attends) || (r == SET_DOWN && !meets))
        return 0;
    int sr = siblings_reported(s, np);
    if (sr == NOT_REPORT)
        return 0;
    int planned = r >= TO_COME || sr == TO_COME || after_coming_twin(s, p, head) ||
                  (meets && (dated >= 0 ? dated
                                        : dated_after(s, j.m.last) ||
                                              premodifier_later(s, p->first, first)));
    if (planned && !planned_intent(s, p, j.m.code, r == SET_DOWN))
        return 0;
    int inside, later, framed_later = 0;   /* framed_later: a framed clause's subject, to come */
    noun_people(c, j.m.code, 0);
    j.ns = j.m.source >= 0
               ? coder_expand_multi(j.src, coder_resolve_np(c, s, j.m.source, j.src, MAX_ACTORS))
               : nominal_source(c, s, np, first, j.m.last, j.src, &inside);
    noun_people(c, NULL, 0);
    if (j.m.source >= 0)
        inside = 1;
    /* "the protesters' demands for reform": demands (10x, in the plural:
    ** the singular is as often a market's) whose pattern names no one
    ** are their makers' of their own government, as the verb's are
    ** (coder_home_government decides at the emit step) */
    int demands = j.m.target < 0 && strncmp(j.m.code, "10", 2) == 0 &&
                  s->ls.tags[head] == TAG_NNS;
    if (j.ns == 0 && (strncmp(j.m.code, "14", 2) == 0 || demands) && first > p->first)
        j.ns = people_modifier(c, s, p->first, first, j.src);
    /* "a strike by 40,000 seamen", "protests by farmers": the by-phrase's
    ** people, with no country of their own, as a modifier's are; and a
    ** protest "by $" is only people's ("a strike by Syrian jets" is none) */
    int by_doers = j.m.source >= 0 && strncmp(j.m.code, "14", 2) == 0;
    if (by_doers && listed_unreal(s, p))
        return 0;
    if (j.ns == 0 && by_doers)
        j.ns = people_modifier(c, s, s->ls.phrases[j.m.source].first,
                               s->ls.phrases[j.m.source].end, j.src);
    /* a visit or trip, not a tour (coder_journey_nouns) */
    if (j.ns == 0 && strcmp(j.m.code, "042") == 0 &&
        lemma_in_list(s->ls.lemmas[head], coder_journey_nouns))
        if ((j.ns = coder_visit_guest(c, s, np, MEET_NONE,
                                      planned || this_time_after(s, j.m.last), &later,
                                      j.src)) > 0 &&
            later)
            planned = framed_later = 1;
    /* "ahead of her visit to Moscow next week", "leaves on his visit to":
    ** the pronoun's, when it stands for a subject (coder_journey.c), and
    ** only a visit still to come; one told as done is its clause's */
    if (j.ns == 0 && strcmp(j.m.code, "042") == 0 &&
        lemma_in_list(s->ls.lemmas[head], coder_journey_nouns)) {
        int leaves = !planned && coder_departing(s, p) && planned_intent(s, p, j.m.code, 0);
        if ((planned || leaves) && (j.ns = coder_own_journey(c, s, np, j.src)) > 0)
            inside = 1, planned = 1;
    }
    /* a meeting, talks or a call "with" someone (coder_meeting_nouns) are
    ** the subject's as a visit is ("said after talks with the Jordanian
    ** king"), and, as "met with" is, both sides' */
    /* a gathering "of" a body: its meeting, conference or summit, attended */
    static const char *const gatherings[] = {"meeting", "conference", "summit", NULL};
    const char *prep = j.m.target >= 0 && s->ls.phrases[j.m.target].first > 0
                           ? s->ls.lemmas[s->ls.phrases[j.m.target].first - 1]
                           : NULL;
    int meeting = strncmp(j.m.code, "04", 2) == 0 && prep &&
                  lemma_in_list(s->ls.lemmas[head], coder_meeting_nouns);
    /* "clashes between Sudanese troops and Chadian rebels": fighting the
    ** two sides do to each other, as talks between two are theirs */
    static const char *const fights[] = {"clash", "fighting", "battle", "skirmish",
                                         "gunfight", "firefight", "war", "conflict", NULL};
    int between = (meeting || (strncmp(j.m.code, "19", 2) == 0 && prep &&
                               lemma_in_list(s->ls.lemmas[head], fights))) &&
                  lemma_is_word(prep, "between");
    meeting = meeting && lemma_is_word(prep, "with");
    /* a meeting around a clause said to have happened happened too, a
    ** later date or visit in the sentence notwithstanding ("left Bonn after
    ** talks with Kohl ahead of her visit to Moscow next week") */
    if (j.ns == 0 && meeting &&
        (j.ns = coder_visit_guest(c, s, np, MEET_WITH, planned || this_time_after(s, j.m.last),
                                  &later, j.src)) > 0)
        planned = framed_later = later;
    /* "said his talks with Austrian officials had ended": the pronoun's
    ** talks, held, when their own clause tells them done (fifteenth
    ** session, second round; coder_own_talks.c) */
    if (j.ns == 0 && meeting && !planned && coder_own_talks_held(s, np) &&
        (j.ns = coder_own_journey(c, s, np, j.src)) > 0)
        inside = 1;
    /* "Kenya defended its arrest of two Ugandan journalists": an act the
    ** pronoun's antecedent did, told as done (seventeenth session,
    ** coder_own_act.c) */
    if (j.ns == 0 && j.m.target >= 0 && !planned && r == REPORT &&
        (j.ns = coder_own_act(c, s, np, j.m.code, j.src)) > 0)
        inside = 1;
    /* "spoke at a meeting of EC foreign ministers", "told a conference of
    ** ASEAN ministers": the subject attends the body's gathering, one way.
    ** Only the clause gives the guest ("the Paris meeting of" names the
    ** place), and the body is named ("a meeting of ministers" is anyone's) */
    int gathering = 0, attended = 0;
    if (strncmp(j.m.code, "04", 2) == 0 && prep && lemma_is_word(prep, "of") &&
        lemma_in_list(s->ls.lemmas[head], gatherings)) {
        if (!gathering_gap(s, head + 1, s->ls.phrases[j.m.target].first - 1) ||
            !coder_names_someone(s, &s->ls.phrases[j.m.target]))
            return 0;
        j.ns = coder_visit_guest(c, s, np, MEET_OF, 0, &later, j.src);
        planned = 0;
        gathering = 1;
        /* "will attend a meeting of OPEC ministers": to come, the guest's
        ** intent to meet the body (coder_attend.c) */
        if (j.ns == 0 && attends && (j.ns = coder_attend_guest(c, s, np, j.src)) > 0)
            planned = 1, attended = 1;
    }
    noun_people(c, j.m.code, 1);
    j.nt = j.m.target >= 0
               ? coder_expand_multi(j.tgt, coder_resolve_np(c, s, j.m.target, j.tgt, MAX_ACTORS))
               : 0;
    noun_people(c, NULL, 0);
    /* "criticism of rises in West German interest rates": the rates'
    ** owner (coder_change.c) */
    int32_t changed = j.nt == 0 ? coder_change_whole(s, j.m.code, j.m.target) : -1;
    if (changed >= 0)
        j.nt = coder_expand_multi(j.tgt, coder_resolve_np(c, s, changed, j.tgt, MAX_ACTORS));
    /* the body is named in the sentence ("a meeting of EC finance and
    ** agriculture ministers" names no one's ministers but the EC's), and
    ** is met, not only spoken to at home (thirteenth session) */
    for (int i = 0, n = j.nt; gathering && i < n; i++)
        if (j.tgt[i].from != FROM_SENTENCE || coder_gathering_at_home(j.src, j.ns, &j.tgt[i])) {
            memmove(&j.tgt[i], &j.tgt[i + 1], (size_t)(n - i - 1) * sizeof j.tgt[0]);
            j.nt--, n--, i--;
        }
    /* "Tokyo answered U.S. complaints about its trade practices": the
    ** practices are the pronoun's, here the clause's own subject */
    if (j.nt == 0 && j.ns > 0)
        j.nt = coder_owner_noun_pronoun(c, s, &j, np);
    /* "the Senate overrode Reagan's veto of the highway bill": the bill is
    ** its legislature's, as for the verb (coder_owner.c) */
    if (j.nt == 0 && j.ns > 0)
        j.nt = coder_owner_bill_noun(s, &j, j.m.code, j.m.target);
    /* "despite criticism from Kenya": the critic's target goes ahead */
    int32_t doer = -1;   /* the phrase of the doer made target: who defies, who grants */
    /* ... and "despite Peking's complaints", "in response to U.S.
    ** criticism": a maker named by a possessive or a modifier of a bare
    ** noun (fifteenth session) */
    if (j.ns > 0 && j.m.target < 0 && strncmp(j.m.code, "11", 2) == 0)
        j.nt = coder_defiant(c, s, np, j.tgt, &doer);
    /* "at the request of Kenya": the maker asks whoever grants it */
    if (j.ns > 0 && j.m.target < 0 && strncmp(j.m.code, "02", 2) == 0) {
        j.nt = coder_grantor(c, s, np, j.tgt, &doer);
        /* "rejected a request by Kenyan textile makers", "granted Uganda's
        ** request": a request answered, as demands are (seventeenth
        ** session, coder_defied.c) */
        if (j.nt == 0)
            j.nt = coder_answerer(c, s, np, j.tgt, &doer);
    }
    /* "bowed to Argentina's demands": the makers demand it of whoever
    ** answers them (eleventh session) */
    if (j.ns > 0 && j.m.target < 0 && strncmp(j.m.code, "10", 2) == 0) {
        j.nt = coder_answerer(c, s, np, j.tgt, &doer);
        /* "to meet mounting pressure from Japanese businessmen": firms'
        ** pressure is lobbying or a market's, no demand of a state */
        for (int i = 0; i < j.ns && lemma_is_word(s->ls.lemmas[head], "pressure"); i++)
            if (coder_firm_actor(j.src[i].code))
                j.nt = 0;
    }
    /* the phrase must name both; with no target, only an act that may
    ** stand alone, its source named by the phrase itself ("a strike by
    ** Kenyan nurses", not "the Kenyan protests") */
    /* "talks between the United States and Japan": the two members of
    ** the between-PP are the parties, each the other's partner; three
    ** are a list, whatever their countries. Talks set down to come ("next
    ** month's meeting between", "talks between ... from April 1") are both
    ** sides' intent to meet (036), as a meeting set down by a verb is */
    /* a war is a state: one told plainly in the present goes on ("the
    ** main factor is the ongoing war between Iran and Iraq") */
    static const char *const wars[] = {"war", "conflict", NULL};
    /* a conflict with no arms named is fighting only between two
    ** countries (within one it is as often a dispute), and only as the
    ** subject of what it did ("the conflict between Armenia and
    ** Azerbaijan erupted into violence"): one named ("an end to the
    ** conflict between", "the conflict centers on") may be over or words */
    if (between && j.nt == 2 && lemma_is_word(s->ls.lemmas[head], "conflict") &&
        first == head &&
        (strncmp(j.tgt[0].code, j.tgt[1].code, 3) == 0 || !subject_told_as_done(s, p)))
        between = 0;
    if (between && j.ns == 0 && j.nt == 2 &&
        ((planned && strncmp(j.m.code, "19", 2) != 0) || told_as_done(s, p) ||
         (lemma_in_list(s->ls.lemmas[head], wars) && told_as_going_on(s, p)))) {
        memcpy(j.src, j.tgt, sizeof j.src);
        j.ns = j.nt;
        j.between = 1;
    }
    /* a meeting set down in a clause not said plainly names its own
    ** parties: the clause's subject may not go ("could attend next week's
    ** summit with") */
    if (r == SET_DOWN && !j.between && !inside && !attended && !framed_later)
        return 0;
    /* "the seamen's strike": a strike held by a possessor is labour's only
    ** when the possessor is people ("Iraq's strike" is an air strike) */
    int people = people_doers(&j);
    if ((s->ls.tags[first] == TAG_POS || by_doers) && !people)
        return 0;
    j.alone = j.m.target < 0 && j.nt == 0 && (inside || people) &&
              coder_code_alone(j.m.code);
    /* the people above kept only beside their peer, or alone in a protest */
    snprintf(j.code1, sizeof j.code1, "%s", j.m.code);
    coder_peer_guard(c, &j);
    if (j.ns == 0 || (j.nt == 0 && !j.alone && !demands))
        return 0;
    job_clause(s, &j, coder_clause_at(s, p->first));
    /* "U.S. tariffs on Japanese goods set to take effect April 17": a
    ** sanction that starts after the article is still a threat */
    j.mod = planned || (strncmp(j.m.code, "16", 2) == 0 && coder_starts_later(s, head))
                ? MOD_FUTURE
                : MOD_ASSERTED;
    j.src_np = np;
    j.tgt_np = doer >= 0 ? doer : j.m.target;
    int journey = meeting && framed_later ? coder_journey_for(s, np) : 0;
    if (journey == 2)
        return 0;
    j.mutual = meeting && !journey;
    /* "the U.S. demand that Japan open its market": the clause must ask,
    ** not tell (coder_demand_that.c) */
    const clause *that_act = NULL;
    if (strncmp(j.m.code, "10", 2) == 0 && prep && lemma_is_word(prep, "that") &&
        !(that_act = coder_demand_that_clause(s, j.m.target)))
        return 0;
    char code[CODE_MAX];
    snprintf(code, sizeof code, "%s", coder_talks_bargained(s, j.m.code, p->first, head, limit));
    /* "U.S. pressure on Bonn to ease its credit policy": a demand told by
    ** a noun asks for the act its infinitive names, as a verb's does */
    /* and so does a plea or request ("a plea by Vietnam to resume
    ** lending"), or one for loans ("a request for a grant": lane prec21) */
    int general = strcmp(code, "100") == 0 || strcmp(code, "020") == 0;
    const char *for_aid = general ? coder_noun_asked_kind(s, head) : NULL;
    const clause *asked = general && !for_aid ? coder_noun_asked_clause(s, limit) : NULL;
    if (!asked)
        asked = strcmp(code, "100") == 0 ? that_act : NULL;
    if (asked)
        coder_asked_subcode(c, s, asked, code);
    else if (for_aid)
        snprintf(code, sizeof code, "%s%s", code[0] == '0' ? "02" : "10", for_aid);
    if (emit_noun_job(c, s, &j, first, head, j.m.verb->lemma, code) < 0)
        return -1;
    /* "said it struck in retaliation for an Iranian attack": the
    ** speaker's charge of the attack's doer */
    return coder_stance_answered(c, s, &j, np);
}

/* Verbs that tell what an act did, not what it was: "an air strike killed
** ten civilians" is the air strike's event. */
static const char *const effect_verbs[] = {
    "kill", "wound", "injure", "hit", "destroy", "damage", "target", "flatten", "raze",
    NULL};

/* Is code's root one of the violent ones (18, 19, 20)? */
static int violent(const char *code)
{
    return code && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
                    strncmp(code, "20", 2) == 0);
}

/* Event noun phrase np, up to limit, stands for clause job j's doer:
** its source is j's when j has none, and a verb of effect takes its
** violent code. Returns 1 when np is an event noun. */
static int event_doer(dyad_coder *c, const sent_ctx *s, clause_job *j, int32_t np,
                      size_t limit)
{
    const phrase *p = &s->ls.phrases[np];
    match_state nm;
    if ((p->flags & (PHF_COORD | PHF_PRONOUN)) ||
        !coder_noun_pattern(c, s, p->head, limit, &nm) || !nm.code)
        return 0;
    uint32_t first = p->head - nm.verb->nbefore;
    if (first < p->first)
        return 0;
    if (j->ns == 0) {
        int inside;
        j->ns = nominal_source(c, s, np, first, nm.last, j->src, &inside);
    }
    if (j->ns > 0 && violent(nm.code) && violent(j->code1) &&
        lemma_in_list(j->lemma, effect_verbs))
        snprintf(j->code1, sizeof j->code1, "%s", nm.code);
    return 1;
}

/* Is noun phrase np headed by a noun of noun patterns ("an attack")? */
static int event_noun_np(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    uint32_t h = s->ls.phrases[np].head;
    return tag_is_noun(s->ls.tags[h]) && dict_find_noun_id(c->d, s->lids[h].fold) != NULL;
}

/* Prepositions of a passive's PP that tell the act which did it: "were
** killed in an attack by Somali militants", "during Russian shelling". */
static const char *const act_preps[] = {"in", "during", "by", NULL};

void coder_nominal_subject(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const clause *cl = j->cl;
    if (!j->passive && cl->subject >= 0 && j->src_np == cl->subject) {
        event_doer(c, s, j, cl->subject, j->vg->first);
        return;
    }
    /* "Two Kenyan soldiers were killed in an attack by Somali militants":
    ** a passive with no agent named by a PP's event noun */
    if (!j->passive || j->ns > 0 || (cl->agent >= 0 && j->src_np == cl->agent &&
                                    !(s->ls.phrases[cl->agent].flags & PHF_COORD) &&
                                    !event_noun_np(c, s, cl->agent)))
        return;
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->np >= 0 && lemma_in_list(s->ls.lemmas[pp->first], act_preps) &&
            event_doer(c, s, j, pp->np, s->ls.n))
            return;
    }
}

/* Aircraft: a raid or attack they make is one from the air. */
static const char *const aircraft[] = {
    "jet", "warplane", "aircraft", "airplane", "plane", "helicopter", "gunship", "bomber",
    "drone", "airforce", NULL};
/* The acts that, made by aircraft, are aerial weapons employed (195). */
static const char *const air_acts[] = {"raid", "attack", "strike", "hit", "pound", "target",
                                       NULL};

/* Is phrase np an air strike: "airstrike", or a strike, raid, attack or
** bombardment from the air or by drone ("a U.S. air strike")? */
static const char *const from_air[] = {"air", "aerial", "drone", NULL};
static const char *const air_strikes[] = {"strike", "raid", "attack", "bombardment", NULL};
static int air_strike_np(const sent_ctx *s, int32_t np)
{
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    const char *w = s->ls.lemmas[p->head];
    return lemma_is_word(w, "airstrike") ||
           (p->head > p->first && lemma_in_list(w, air_strikes) &&
            lemma_in_list(s->ls.lemmas[p->head - 1], from_air));
}

/* "was killed by a U.S. air strike", "died in an airstrike": force used
** (190) whose by-agent or PP of means ("in", "by", "with") is an air
** strike is aerial weapons employed (195), as the guide codes a killing
** by air strike. */
static const char *const means_preps[] = {"in", "by", "with", NULL};
static void air_strike_means(const sent_ctx *s, clause_job *j)
{
    if (strcmp(j->code1, "190") != 0)
        return;
    /* a passive's object is the by-agent's head the parse split off
    ** ("by a United States military airstrike") */
    int air = air_strike_np(s, j->cl->agent) ||
              (j->cl->agent >= 0 && air_strike_np(s, j->cl->object));
    for (uint32_t k = 0; !air && k < j->cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[j->cl->pp_first + k]];
        air = lemma_in_list(s->ls.lemmas[pp->first], means_preps) && air_strike_np(s, pp->np);
    }
    if (air)
        snprintf(j->code1, sizeof j->code1, "195");
}

void coder_aerial_source(const sent_ctx *s, clause_job *j)
{
    air_strike_means(s, j);
    if (j->src_np < 0 || j->ns == 0 || !lemma_in_list(j->lemma, air_acts) ||
        !(strncmp(j->code1, "17", 2) == 0 || strncmp(j->code1, "19", 2) == 0))
        return;
    const phrase *p = &s->ls.phrases[j->src_np];
    uint32_t h = p->head;
    const char *w = s->ls.lemmas[h];
    int air_force = lemma_is_word(w, "force") && h > p->first &&
                    lemma_is_word(s->ls.lemmas[h - 1], "air");   /* "the Iraqi air force" */
    if (!(p->flags & (PHF_COORD | PHF_PRONOUN)) && tag_is_noun(s->ls.tags[h]) &&
        (air_force || lemma_in_list(w, aircraft)))
        snprintf(j->code1, sizeof j->code1, "195");
}

/* Heads of a source phrase that name one who attacks on his own account,
** not a force: "a man stabbed ...", "the attacker", "gunmen". */
static const char *const private_attackers[] = {
    "attacker", "assailant", "gunman", "knifeman", "shooter", "man", "woman", "suspect",
    "killer", NULL};
/* Roles of such a one: civilians, criminals, armed men of no side. */
static const char *const private_roles[] = {"CVL", "CRM", "UAF", NULL};

/* Heads of a crowd: civilians by role (agents.txt), but a crowd that
** battles police riots (coder_guards.c's 145), no private assault. */
static const char *const crowd_heads[] = {"protester", "protestor", "demonstrator", "mourner",
                                           NULL};

/* Is lemma w a crowd's head, in any case and number? The tagger reads an
** unknown plural that opens a sentence as a name ("Mourners/NNP"). */
static int crowd_head(const char *w)
{
    for (const char *const *h = crowd_heads; *h; h++) {
        size_t n = strlen(*h);
        if (strncasecmp(w, *h, n) == 0 && (w[n] == '\0' || (w[n] == 's' && w[n + 1] == '\0')))
            return 1;
    }
    return 0;
}

/* Is actor a, found in phrase np, a private attacker: a code whose last
** role is private, or no country ("---") and a head that names one? */
static int private_attacker(const sent_ctx *s, int32_t np, const actor_ref *a)
{
    if (np >= 0 && crowd_head(s->ls.lemmas[s->ls.phrases[np].head]))
        return 0;
    size_t n = strlen(a->code);
    if (n >= 6 && n % 3 == 0 && lemma_in_list(a->code + n - 3, private_roles))
        return 1;
    return strncmp(a->code, "---", 3) == 0 && np >= 0 &&
           lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], private_attackers);
}

void coder_private_violence(const sent_ctx *s, clause_job *j)
{
    if (j->ns == 0 || (strcmp(j->code1, "190") != 0 && strcmp(j->code1, "193") != 0))
        return;
    for (int i = 0; i < j->ns; i++)
        if (!private_attacker(s, j->src_np, &j->src[i]))
            return;
    snprintf(j->code1, sizeof j->code1, "180");
}

void coder_private_assailant(clause_job *j)
{
    if (strncmp(j->code1, "18", 2) != 0)
        return;
    for (int i = 0; i < j->ns; i++) {
        size_t n = strlen(j->src[i].code);
        if (n == 6 && strcmp(j->src[i].code + 3, "CVL") == 0 &&
            coder_actors_have(j->tgt, j->nt, j->src[i].code))
            memcpy(j->src[i].code + 3, "CRM", 4);
    }
}

/* Verbs that tell an agreement (coder_agreement_noun) was made: "the
** pact, agreed last July", "the 1987 accord signed in January". */
static const char *const makings[] = {"sign", "agree", "reach", "conclude", "strike",
                                      "hammer", "seal", "ink", "negotiate", "initial", NULL};

/* The (first) clause whose verb group holds token k, else the smallest
** one around token at. */
static const clause *clause_of_verb(const sent_ctx *s, uint32_t k, uint32_t at)
{
    int32_t v = s->ls.vg_of[k], i = v >= 0 ? s->vg_clause[v] : -1;
    return i >= 0 ? &s->ls.clauses[i] : coder_clause_at(s, at);
}

/* "The pact, agreed to last July, called for Tokyo to ...", "the 1987
** accord signed in January": a known agreement (the, this, that) that a
** past participle of making right after it (a comma between may stand)
** says was made, with no by-phrase naming its signers, is an agreement
** signed (057) between its parties: those of a between-phrase or a
** hyphenated compound, else those of the latest agreement the article
** named or coded (coder_owner.c), each the other's partner. Two parties
** at least. Returns -1 on no memory. */
static int agreement_made(dyad_coder *c, sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t a = p->end;
    /* "the accord between Peru and Chile reached last week" */
    static const char *const about[] = {"between", "among", "on", "of", "over", NULL};
    while (a < s->ls.n && s->pp_at[a] >= 0 && s->ls.phrases[s->pp_at[a]].np >= 0 &&
           lemma_in_list(s->ls.lemmas[a], about))
        a = s->ls.phrases[s->ls.phrases[s->pp_at[a]].np].end;
    if (a < s->ls.n && s->ls.tags[a] == TAG_COMMA)
        a++;
    /* "the pact, which was agreed ...", "an accord was signed between ...":
    ** a passive told in a tense of the past or present, no modal, no "not" */
    int relative = a < s->ls.n && s->ls.tags[a] == TAG_WDT;
    uint32_t aux = a + relative;
    int past = 0;
    while (aux < s->ls.n &&
           (s->ls.tags[aux] == TAG_VBD || s->ls.tags[aux] == TAG_VBZ ||
            s->ls.tags[aux] == TAG_VBP || s->ls.tags[aux] == TAG_VBN) &&
           (lemma_is_word(s->ls.lemmas[aux], "be") || lemma_is_word(s->ls.lemmas[aux], "have"))) {
        past |= s->ls.tags[aux] == TAG_VBD || lemma_is_word(s->ls.lemmas[aux], "have");
        aux++;
    }
    int passive = aux > a + relative;
    if (passive)
        a = aux;
    if (a + 1 >= s->ls.n || (s->ls.tags[a] != TAG_VBN && s->ls.tags[a] != TAG_VBD) ||
        !lemma_in_list(s->ls.lemmas[a], makings) ||
        !(passive || lemma_in_list(s->ls.lemmas[p->first],
                                   (const char *const[]){"the", "this", "that", NULL})))
        return 0;
    /* the passive's own clause must be said to have happened; a relative's
    ** past tells it whatever its main clause says ("which was signed in
    ** May, will cut tariffs") */
    if ((relative && !past) || (passive && !relative && !told_as_done(s, p)))
        return 0;
    uint32_t b = a + 1;
    if (lemma_in_list(s->ls.lemmas[b], (const char *const[]){"out", "up", "to", "on", NULL}) &&
        b + 1 < s->ls.n)
        b++;
    /* "the accord signed by Kenya and Uganda": the verb's own event */
    if (lemma_is_word(s->ls.lemmas[b], "by") || dated_after(s, a))
        return 0;
    /* "the agreement signed on Tuesday with Britain": a party the earlier
    ** one may not be; "signed between Turkey and Libya" names them all */
    int32_t among = -1;
    for (uint32_t k = b; k < s->ls.n && k < b + 6 && !tag_is_punct(s->ls.tags[k]); k++) {
        if (lemma_is_word(s->ls.lemmas[k], "with"))
            return 0;
        if (lemma_is_word(s->ls.lemmas[k], "between") && s->pp_at[k] >= 0) {
            if ((among = s->ls.phrases[s->pp_at[k]].np) < 0)
                return 0;
            break;
        }
    }
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers))
            return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, clause_of_verb(s, a, p->first), "agreement made");
    j.src_np = -1;
    j.tgt_np = np;
    int n = among >= 0 ? coder_expand_multi(j.tgt, coder_resolve_np(c, s, among, j.tgt,
                                                                     MAX_ACTORS))
                       : coder_owner_within(c, s, &j, 1);
    /* "when the pact was signed": an older accord, whose parties the
    ** article's latest agreement is too often not (corpus: 4 wrong of 4) */
    if (n == 0 && among < 0 && !passive)
        n = coder_owner_earlier(c, s, &j, 1);
    if (n < 2)
        return 0;
    j.nt = j.ns = n;
    memcpy(j.src, j.tgt, sizeof j.src);
    j.between = 1;
    j.mod = MOD_ASSERTED;
    return emit_noun_job(c, s, &j, p->first, p->head, s->ls.lemmas[a], "057");
}

/* Is the clause around np said plainly in the present tense: "The strike
** is costing the company five million a day", "the two-week stoppage comes
** as"? A strike the article told of goes on while it is told in the
** present (thirteenth session); a protest's is left to told_as_done. */
static int told_as_going_on(const sent_ctx *s, const phrase *p)
{
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (coder_modality(s, (size_t)(cl - s->ls.clauses), vg, 0, NULL, NULL, NULL) !=
        MOD_ASSERTED)
        return 0;
    int tag = s->ls.tags[vg->first];
    return tag == TAG_VBZ || tag == TAG_VBP;
}

/* "The strike was ruled illegal", "the strikes spread": a strike, walkout
** or boycott the reader already knows (the, this, these, those), told as
** done, whose own words name no doer, is the latest strike (143) the
** article coded in an earlier sentence: its doer's again, aimed where it
** was. Only a strike of the article's own country (the dateline's, else
** the one it names most), and modifiers that name an actor must name it
** ("the Kenyan strike" is no Ugandan one). A protest, demonstration or
** rally so named, as its clause's subject, is the latest protest's (14x)
** doers' only when the sentence tells what it answers as the home
** government's doing (coder_protest_measure), and is then against that
** government: the gold gives such protests the government for target,
** which the earlier event seldom holds. Returns -1 on no memory. */
static int strike_earlier(dyad_coder *c, sent_ctx *s, int32_t np)
{
    static const char *const strikes[] = {"strike", "walkout", "boycott", "stoppage", NULL};
    static const char *const protests[] = {"protest", "demonstration", "rally", NULL};
    static const char *const known[] = {"the", "this", "these", "those", NULL};
    const phrase *p = &s->ls.phrases[np];
    const char *noun = s->ls.lemmas[p->head];
    int protest = lemma_in_list(noun, protests);
    if ((!protest && !lemma_in_list(noun, strikes)) || tag_is_proper(s->ls.tags[p->head]) ||
        p->first >= p->head || !lemma_in_list(s->ls.lemmas[p->first], known) ||
        reported(s, p, p->first, p->head + 1) != REPORT ||
        siblings_reported(s, np) != REPORT ||
        !(told_as_done(s, p) || (!protest && told_as_going_on(s, p))))
        return 0;
    const event_rec *r = NULL;
    size_t e = c->nev, stop = c->nev > EVENTS_LOOKBACK ? c->nev - EVENTS_LOOKBACK : 0;
    while (e-- > stop) {
        const event_rec *q = &c->ev[e];
        if (q->sent < s->index && q->shown && strncmp(c->pool.s + q->code, "14", 2) == 0 &&
            strncmp(q->source, "---", 3) != 0) {
            r = q;
            break;
        }
    }
    const char *code = r ? c->pool.s + r->code : NULL;
    if (!r || (!protest && strncmp(code, "143", 3) != 0))
        return 0;
    /* a vote boycotted is no strike or walkout to come back to: "The vote
    ** was boycotted by Kurdish members of parliament ... The strike took
    ** place at the airport" tells of an airstrike (twelfth session) */
    if (!protest && !lemma_is_word(noun, "boycott") && strstr(c->pool.s + r->verb, "oycott"))
        return 0;
    /* the article's own strike: "teachers striking in Zambia" in a story
    ** from Kenya are not "the strike" it goes on to tell of */
    char cc[4], oc[4];
    const country_dateline_at *dl;
    const char *home = coder_home_cc(&c->doc.country, s, &dl);
    if (!home || !coder_code_country(r->source, cc) || strcmp(cc, home) != 0)
        return 0;
    actor_ref named;
    if (coder_resolve_span(c, s, p->first + 1, p->head, &named) &&
        (!coder_code_country(named.code, oc) || strcmp(oc, cc) != 0))
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, coder_clause_at(s, p->first), "strike known");
    j.src_np = j.tgt_np = -1;
    j.ns = coder_add_from_event(c, p, e, r->source, j.src, 0);
    if (protest) {
        /* the government a protest answers, which the gold gives it and an
        ** earlier event seldom holds: "the protests began after the
        ** government proposed a bill" */
        const clause *own = coder_clause_at(s, p->first);
        if (j.ns == 0 || !own || own->subject != np ||
            !coder_protest_measure(c, s, p->head + 1, cc))
            return 0;
        j.nt = coder_gov_actor(cc, p->head + 1, &j.tgt[0]);
        code = "141";
    } else {
        j.nt = coder_add_from_event(c, p, e, r->target, j.tgt, 0);
    }
    j.alone = j.nt == 0;
    j.mod = MOD_ASSERTED;
    return emit_noun_job(c, s, &j, p->first, p->head, noun, code);
}

/* "Iran attacked the Saudi supertanker ... Lloyds said the attack
** occurred at 2200 hrs", "the latest attack was at 1250 GMT": an armed blow
** the reader already knows (the, this, these, those), the subject of its
** own happening (occur, happen, take place, or "be" at a time or place),
** told as done, whose words name no doer, is the article's latest blow
** (18x-20x) of an earlier sentence again: its doer on its target, its
** code. Only when every earlier blow of the story sets the same two
** countries against each other (a war on two fronts says not which), and
** a "strike" only in a story of no labour strike (143). Seventeenth
** session, lane force3. Returns -1 on no memory. */
static int attack_earlier(dyad_coder *c, sent_ctx *s, int32_t np)
{
    static const char *const blows[] = {"attack", "strike", "raid", "bombing", "assault",
                                        "airstrike", NULL};
    static const char *const known[] = {"the", "this", "these", "those", NULL};
    static const char *const happen[] = {"occur", "happen", "take", "be", NULL};
    static const char *const at[] = {"at", "in", "on", "near", "off", NULL};
    const phrase *p = &s->ls.phrases[np];
    const char *noun = s->ls.lemmas[p->head];
    if (!lemma_in_list(noun, blows) || tag_is_proper(s->ls.tags[p->head]) ||
        p->first >= p->head || !lemma_in_list(s->ls.lemmas[p->first], known))
        return 0;
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->subject != np || cl->verb < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    const char *verb = s->ls.lemmas[vg->head];
    uint32_t after = vg->end;
    if (!lemma_in_list(verb, happen) || after >= s->ls.n ||
        (lemma_is_word(verb, "take") && !lemma_is_word(s->ls.lemmas[after], "place")) ||
        (lemma_is_word(verb, "be") && !lemma_in_list(s->ls.lemmas[after], at)) ||
        reported(s, p, p->first, p->head + 1) != REPORT || !told_as_done(s, p))
        return 0;
    /* the latest blow of an earlier sentence of the story; every earlier
    ** one between the same two countries */
    size_t e = c->nev, found = SIZE_MAX;
    size_t stop = c->nev > EVENTS_LOOKBACK ? c->nev - EVENTS_LOOKBACK : 0;
    char pair[2][4] = {{0}};
    while (e-- > stop) {
        const event_rec *q = &c->ev[e];
        const char *code = c->pool.s + q->code;
        if (q->sent >= s->index || !coder_same_story(c, q->sent, s->index))
            continue;
        if (strncmp(code, "143", 3) == 0 && lemma_is_word(noun, "strike"))
            return 0;   /* a labour strike's story: "the strike took place" */
        if (!(strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
              strncmp(code, "20", 2) == 0))
            continue;
        char sc[4], tc[4];
        if (!q->shown || !coder_code_country(q->source, sc) || !coder_code_country(q->target, tc) ||
            strcmp(sc, tc) == 0)
            return 0;
        if (found == SIZE_MAX) {
            found = e;
            memcpy(pair[0], sc, 4);
            memcpy(pair[1], tc, 4);
        } else if (!((strcmp(sc, pair[0]) == 0 && strcmp(tc, pair[1]) == 0) ||
                     (strcmp(sc, pair[1]) == 0 && strcmp(tc, pair[0]) == 0))) {
            return 0;
        }
    }
    if (found == SIZE_MAX)
        return 0;
    const event_rec *r = &c->ev[found];
    actor_ref named;
    if (coder_resolve_span(c, s, p->first + 1, p->head, &named))
        return 0;   /* "the Iraqi attack" names its own doer, not the last one */
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, cl, "attack known");
    j.src_np = j.tgt_np = -1;
    j.ns = coder_add_from_event(c, p, found, r->source, j.src, 0);
    j.nt = coder_add_from_event(c, p, found, r->target, j.tgt, 0);
    if (j.ns == 0 || j.nt == 0)
        return 0;
    j.mod = MOD_ASSERTED;
    char code[8];
    snprintf(code, sizeof code, "%s", c->pool.s + r->code);
    return emit_noun_job(c, s, &j, p->first, p->head, noun, code);
}

/* Does the event noun of phrase np name a doer of its own, by a
** possessor, a by-phrase or the words before it (nominal_source; "the
** miners' strike", "a Polish strike")? protest_answered and strike_told give the home
** country's people only to a noun that names none. */
static int names_own_doer(dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    actor_ref who[MAX_ACTORS];
    int inside;
    return nominal_source(c, s, np, p->head, p->head + 1, who, &inside) > 0 ||
           (p->first < p->head && coder_resolve_span(c, s, p->first, p->head, &who[0]));
}

/* Fills a with the home country's people of role (LAB, CVL) as the doer
** of event noun phrase p, their country from the dateline dl or the
** article (entry names the rule in --explain). */
static void home_doer(const dyad_coder *c, actor_ref *a, const char *home, const char *role,
                      const phrase *p, const country_dateline_at *dl, const char *entry)
{
    snprintf(a->code, sizeof a->code, "%s%s", home, role);
    a->first = p->first;
    a->end = p->head + 1;
    a->entry_file = entry;
    coder_from_home(a, &c->doc.country, dl);
}

/* "Strikes against a government freeze on wages spread across the
** country", "weeks of protests against the new security law": a protest,
** demonstration, rally, march or strike that names no doer (no possessor,
** no by-phrase, no actor among its modifiers) but says it answers the
** home government (coder_protest_answers) is that country's people's
** (civilians; labour for a strike, walkout or stoppage) against its
** government, as the guide codes such protests. The home is the
** dateline's, else the article's, and the sentence names no place
** abroad; the noun is reported (not threatened, feared or denied) in a
** clause said plainly, and not one the reader knows ("the rally":
** strike_earlier) (thirteenth session). Returns -1 on no memory. */
static int protest_answered(dyad_coder *c, sent_ctx *s, int32_t np)
{
    static const char *const protests[] = {"protest", "demonstration", "rally", "march",
                                           "strike", "walkout", "stoppage", NULL};
    static const char *const stoppages[] = {"strike", "walkout", "stoppage", NULL};
    /* one the reader knows ("the rally") is strike_earlier's to tell */
    static const char *const known[] = {"the", "this", "these", "those", NULL};
    const phrase *p = &s->ls.phrases[np];
    const char *noun = s->ls.lemmas[p->head];
    if (!lemma_in_list(noun, protests) || tag_is_proper(s->ls.tags[p->head]) ||
        lemma_in_list(s->ls.lemmas[p->first], known) ||
        reported(s, p, p->first, p->head + 1) != REPORT || siblings_reported(s, np) != REPORT)
        return 0;
    /* the sentence's protest coded already ("farmers held rallies to
    ** protest against high interest rates") is not told twice */
    for (size_t e = c->nev; e-- > 0 && c->ev[e].sent == s->index;)
        if (strncmp(c->pool.s + c->ev[e].code, "14", 2) == 0)
            return 0;
    if (names_own_doer(c, s, np))
        return 0;
    const clause *cl = coder_clause_at(s, p->first);
    if (cl && cl->verb >= 0 &&
        coder_modality(s, (size_t)(cl - s->ls.clauses), &s->ls.phrases[cl->verb], 0, NULL, NULL,
                       NULL) != MOD_ASSERTED)
        return 0;
    const country_dateline_at *dl;
    const char *home = coder_home_cc(&c->doc.country, s, &dl);
    if (!home || !coder_places_only(s, home) || !coder_protest_answers(c, s, p, home))
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, cl, "protest answered");
    j.src_np = j.tgt_np = -1;
    home_doer(c, &j.src[0], home, lemma_in_list(noun, stoppages) ? "LAB" : "CVL", p, dl,
              "protest");
    j.ns = 1;
    j.nt = coder_gov_actor(home, p->head + 1, &j.tgt[0]);
    j.mod = MOD_ASSERTED;
    return emit_noun_job(c, s, &j, p->first, p->head, noun,
                         lemma_in_list(noun, stoppages) ? "143" : "141");
}

/* Has sentence s a protest coded already (14x), or the article an armed
** blow (18x-20x) before it? A strike told then is no labour strike of its
** own. */
static int protest_or_blow_before(const dyad_coder *c, const sent_ctx *s)
{
    for (size_t e = c->nev > EVENTS_LOOKBACK ? c->nev - EVENTS_LOOKBACK : 0; e < c->nev; e++) {
        const char *code = c->pool.s + c->ev[e].code;
        if ((c->ev[e].sent == s->index && strncmp(code, "14", 2) == 0) ||
            strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
            strncmp(code, "20", 2) == 0)
            return 1;
    }
    return 0;
}

/* "About 20 strikes broke out in Montenegro", "the rotating strike spread
** to Vancouver": a strike with no doer of its own, told by what it did
** (coder_strike_told), is labour's (LAB) of the home country, the
** dateline's else the article's, with no target, as the guide codes a
** strike against no named party. Only when the sentence names no place
** abroad, codes no protest already, and the article has told of no armed
** blow before (18x-20x: "the strike took place at the airport" after a
** missile attack is that attack). Returns -1 on no memory. */
static int strike_told(dyad_coder *c, sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    if (!coder_strike_told(c, s, np) || reported(s, p, p->first, p->head + 1) != REPORT ||
        siblings_reported(s, np) != REPORT)
        return 0;
    if (protest_or_blow_before(c, s))
        return 0;
    if (names_own_doer(c, s, np))
        return 0;
    const country_dateline_at *dl;
    const char *home = coder_home_cc(&c->doc.country, s, &dl);
    if (!home || !coder_places_only(s, home))
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, coder_clause_at(s, p->first), "strike told by what it did");
    j.src_np = j.tgt_np = -1;
    home_doer(c, &j.src[0], home, "LAB", p, dl, "strike");
    j.ns = 1;
    j.alone = 1;
    j.mod = MOD_ASSERTED;
    return emit_noun_job(c, s, &j, p->first, p->head, s->ls.lemmas[p->head], "143");
}

/* "Belgian Trade Minister Dupont, in Washington for talks with U.S.
** officials, said": the stay an aside after clause cl's subject tells
** (coder_aside.c) is the subject's visit to the host (042), as "is in
** Washington for talks" is; only of a state's official or body, not its
** forces, and to a country, not a region (at home the guards drop it).
** Reads and resolves through c; emits into c's events. -1 on no
** memory. */
static int aside_visit(dyad_coder *c, sent_ctx *s, const clause *cl)
{
    int32_t place = coder_aside_stay(s, cl);
    if (place < 0)
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, cl, "a stay abroad told in an aside");
    j.ns = coder_expand_multi(j.src, coder_resolve_np(c, s, cl->subject, j.src, MAX_ACTORS));
    j.nt = coder_expand_multi(j.tgt, coder_resolve_np(c, s, place, j.tgt, MAX_ACTORS));
    if (j.ns == 0 || j.nt == 0)
        return 0;
    for (int i = 0; i < j.ns; i++)
        if (!coder_state_official(j.src[i].code))
            return 0;
    /* a country, not a region one tours ("in Europe on a tour") */
    char cc[4];
    for (int i = 0; i < j.nt; i++)
        if (!coder_code_country(j.tgt[i].code, cc) || mentions_region_code(cc))
            return 0;
    j.src_np = cl->subject;
    j.tgt_np = place;
    j.mod = MOD_ASSERTED;
    const phrase *p = &s->ls.phrases[place];
    return emit_noun_job(c, s, &j, p->first - 1, p->head, "be", "042");
}

/* Talks np held by the n actors in j->tgt, each with the other (both
** ways, asserted): pair_held's and pair_framed's emission. subj is the
** phrase that named the pair, or -1. -1 on no memory. */
static int emit_pair_talks(dyad_coder *c, sent_ctx *s, clause_job *j, int32_t np, int n,
                           int32_t subj, const char *rule, const char *code)
{
    const phrase *p = &s->ls.phrases[np];
    rule_job(s, j, coder_clause_at(s, p->first), rule);
    j->nt = j->ns = n;
    memcpy(j->src, j->tgt, sizeof j->src);
    j->between = 1;
    j->mod = MOD_ASSERTED;
    j->src_np = subj;
    j->tgt_np = np;
    return emit_noun_job(c, s, j, p->first, p->head, s->ls.lemmas[p->head], code);
}

/* "in U.S.-Japanese talks that concluded last Friday": talks np of a
** hyphenated pair of states told as held (coder_pair_held.c) are each
** side's meeting with the other (040), as "talks between" two are; not
** talks a word before the noun makes planned or possible. -1 on no
** memory. */
static int pair_held(dyad_coder *c, sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers))
            return 0;
    if (!coder_pair_talks_held(s, np))
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    int n = coder_owner_compound(c, s, p, j.tgt);
    if (n != 2 || strcmp(j.tgt[0].code, j.tgt[1].code) == 0)
        return 0;
    return emit_pair_talks(c, s, &j, np, n, -1, "talks of a hyphenated pair told as held",
                           "040");
}

/* "The Danish minister and his Austrian counterpart agreed during talks
** in Vienna": talks np framing a clause whose subject is a pair
** (coder_pair_framed.c) are each member's meeting with the other (040,
** 046 for negotiations), as "talks between" two are; two actors of two
** different codes, not of one country. -1 on no memory. */
static int pair_framed(dyad_coder *c, sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers))
            return 0;
    int32_t subj = coder_pair_framed_talks(s, np);
    if (subj < 0)
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    int n = coder_expand_multi(j.tgt, coder_resolve_np(c, s, subj, j.tgt, MAX_ACTORS));
    char c0[4], c1[4];
    if (n != 2 || strcmp(j.tgt[0].code, j.tgt[1].code) == 0 ||
        (coder_code_country(j.tgt[0].code, c0) && coder_code_country(j.tgt[1].code, c1) &&
         strcmp(c0, c1) == 0))
        return 0;
    const char *code = lemma_is_word(s->ls.lemmas[p->head], "negotiation") ? "046" : "040";
    return emit_pair_talks(c, s, &j, np, n, subj, "talks framing a clause whose subject is a pair",
                           code);
}

/* "Nakasone's Washington visit from April 29", "a scheduled Moscow visit
** by Shultz": a visit whose host is the place word before its noun, or
** "here" right after it under a dateline (coder_place_visit.c), is its
** guest's, named by a possessor, a by-phrase (past a time after "here"),
** a possessive pronoun (coder_own_journey) or the clause it frames
** (coder_visit_guest): the guest's intent to visit (036) when it is still
** to come by its own words (planned, scheduled, upcoming, next, a later
** date) and its clause does not call it off, else a visit (042) only in
** a clause told as done. Never a visit at home. -1 on no memory. */
static int place_visit(dyad_coder *c, sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    clause_job j;
    memset(&j, 0, sizeof j);
    /* after: where the words after the host start ("here next week by") */
    uint32_t after = p->head + 1, here = 0;
    if (!coder_place_before_visit(c, s, np, &j.tgt[0]) &&
        (after = here = coder_here_after_visit(c, s, np, &j.tgt[0])) == 0)
        return 0;
    j.nt = 1;
    /* "agreed during a visit here this week" is past: after "here" only a
    ** later date sets the visit down */
    int planned = dated_after(s, after) || (!here && this_time_after(s, after));
    for (uint32_t k = p->first; k + 1 < p->head; k++)
        if (s->ls.tags[k] == TAG_VBN && (lemma_is_word(s->ls.lemmas[k], "schedule") ||
                                         lemma_is_word(s->ls.lemmas[k], "plan")))
            planned = 1;   /* "a scheduled Moscow visit by" */
        else if (lemma_in_list(s->ls.lemmas[k], irrealis_modifiers)) {
            if (!lemma_in_list(s->ls.lemmas[k], coming_modifiers))
                return 0;
            planned = 1;
        }
    int32_t guest = -1;
    for (size_t i = 0; i < s->ls.nphrases && guest < 0; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_POSS) &&
            !coder_time_noun(s, ph[i].head))
            guest = (int32_t)i;
    const phrase *by = guest < 0 ? by_pp_at(s, here ? past_time(s, here) : p->end) : NULL;
    if (by)
        guest = by->np;
    int later = 0;
    if (guest >= 0)
        j.ns = coder_expand_multi(j.src, coder_resolve_np(c, s, guest, j.src, MAX_ACTORS));
    else if ((j.ns = coder_own_journey(c, s, np, j.src)) == 0)
        j.ns = coder_visit_guest(c, s, np, MEET_NONE, planned, &later, j.src);
    if (j.ns == 0)
        return 0;
    /* set down by its own words, a clause not said plainly will do; one
    ** the framed clause puts later is that clause's */
    if (planned ? !planned_intent(s, p, "042", 1)
                : later ? !planned_intent(s, p, "042", 0)
                        : !told_as_done(s, p) || !coder_frames_meeting(s, p))
        return 0;
    planned |= later;
    char cc[4], gc[4];
    coder_code_country(j.tgt[0].code, cc);
    for (int i = 0; i < j.ns; i++)
        if (coder_code_country(j.src[i].code, gc) && strcmp(gc, cc) == 0)
            return 0;
    rule_job(s, &j, coder_clause_at(s, p->first), "a visit named by its place before the noun");
    j.mod = planned ? MOD_FUTURE : MOD_ASSERTED;
    j.src_np = guest;
    j.tgt_np = np;
    return emit_noun_job(c, s, &j, p->first, p->head, s->ls.lemmas[p->head],
                         planned ? "036" : "042");
}

/* "Its ships have been the target of Iranian attacks", "Kuwaiti tankers,
** regular targets for Iranian attacks": the attacks' doer on the phrase
** told their target (coder_targeted.c), 190, or 195 for air strikes. Told
** by "be", the clause must be said plainly ("could become the target of"
** is none); an apposition tells a standing fact. Reads and resolves
** through c; emits into c's events. -1 on no memory. */
static int attack_targeted(dyad_coder *c, sent_ctx *s, int32_t np)
{
    int32_t attack;
    int air;
    int32_t tgt = coder_attack_targeted(s, np, &attack, &air);
    if (tgt < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    const clause *cl = coder_clause_at(s, p->first);
    int apposition = p->first > 0 && lemma_is_word(s->ls.lemmas[p->first - 1], ",");
    if (!apposition &&
        (!cl || cl->verb < 0 ||
         coder_modality(s, (size_t)(cl - s->ls.clauses), &s->ls.phrases[cl->verb], 0, NULL,
                        NULL, NULL) != MOD_ASSERTED))
        return 0;
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, cl, "a target of someone's attacks");
    j.ns = coder_expand_multi(j.src, coder_resolve_np(c, s, attack, j.src, MAX_ACTORS));
    j.nt = coder_expand_multi(j.tgt, coder_resolve_np(c, s, tgt, j.tgt, MAX_ACTORS));
    if (j.ns == 0 || j.nt == 0)
        return 0;
    j.src_np = attack;
    j.tgt_np = tgt;
    j.mod = MOD_ASSERTED;
    const phrase *ap = &s->ls.phrases[attack];
    return emit_noun_job(c, s, &j, ap->first, ap->head, s->ls.lemmas[ap->head],
                         air ? "195" : "190");
}

/* "The Soviet Union is attending an ADB meeting": the subject's meeting
** with the body named before the gathering's noun (coder_gathering.c),
** 040, or its intent to meet it (036) when the attending is to come. The
** phrase must resolve to an organisation: "the Venice summit" names a
** place, "a U.S.-Japan meeting" two states, whose meeting is not the
** guest's with either. Resolves through c; emits into c's events. -1 on
** no memory. */
static int gathering_attended(dyad_coder *c, sent_ctx *s, int32_t np)
{
    int later = 0;
    int32_t body = -1;
    int32_t guest = coder_gathering_attended(s, np, &body, &later);
    if (guest < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, coder_clause_at(s, p->first), "a body's gathering named before its noun");
    j.nt = coder_expand_multi(j.tgt, coder_resolve_np(c, s, body, j.tgt, MAX_ACTORS));
    /* one body, or bodies coordinated before one noun ("the IMF and World
    ** Bank meetings", coder_gathering.c): every one an organisation */
    if (j.nt < 1 || (j.nt > 1 && !(s->ls.phrases[body].flags & PHF_COORD)))
        return 0;
    for (int i = 0; i < j.nt; i++)
        if (strncmp(j.tgt[i].code, "IGO", 3) != 0 && strncmp(j.tgt[i].code, "NGO", 3) != 0)
            return 0;
    j.ns = coder_expand_multi(j.src, coder_resolve_np(c, s, guest, j.src, MAX_ACTORS));
    if (j.ns == 0)
        return 0;
    j.src_np = guest;
    j.tgt_np = body;
    j.mod = later ? MOD_FUTURE : MOD_ASSERTED;
    return emit_noun_job(c, s, &j, p->first, p->head, s->ls.lemmas[p->head],
                         later ? "036" : "040");
}

/* "126 ships were strike-bound": a strike told by the state it leaves
** things in (coder_strike_bound) is labour's of the home country with no
** target, under strike_told's conditions: no protest coded in the
** sentence, no armed blow (18x-20x) in the article before, no place
** abroad. Seventeenth session, lane force3. -1 on no memory. */
static int strike_bound(dyad_coder *c, sent_ctx *s, size_t ci)
{
    int32_t k = coder_strike_bound(s, ci);
    if (k < 0)
        return 0;
    if (protest_or_blow_before(c, s))
        return 0;
    const country_dateline_at *dl;
    const char *home = coder_home_cc(&c->doc.country, s, &dl);
    if (!home || !coder_places_only(s, home))
        return 0;
    phrase word = {.kind = PH_NP, .first = (uint32_t)k, .end = (uint32_t)k + 1,
                   .head = (uint32_t)k, .up = -1, .np = -1};
    clause_job j;
    memset(&j, 0, sizeof j);
    rule_job(s, &j, &s->ls.clauses[ci], "strike told by the state it leaves things in");
    j.src_np = j.tgt_np = -1;
    home_doer(c, &j.src[0], home, "LAB", &word, dl, "strike-bound");
    j.ns = 1;
    j.alone = 1;
    j.mod = MOD_ASSERTED;
    return emit_noun_job(c, s, &j, word.first, word.head, "strike-bound", "143");
}

int coder_nominals(dyad_coder *c, sent_ctx *s)
{
    /* the rules below that ask every clause or phrase, each only in a
    ** sentence that holds a word of its list (coder_rule_may), and a
    ** phrase's only when its head is one (coder_rule_word) */
    int aside = coder_rule_may(s, RULE_ASIDE), bound = coder_rule_may(s, RULE_STRIKE_BOUND);
    int agreement = coder_rule_may(s, RULE_OWNER), gathering = coder_rule_may(s, RULE_GATHERING);
    for (size_t i = 0; i < s->ls.nclauses && (aside || bound); i++)
        if ((aside && aside_visit(c, s, &s->ls.clauses[i]) < 0) ||
            (bound && strike_bound(c, s, i) < 0))
            return -1;
    const phrase *ph = s->ls.phrases;
    uint8_t seen[256] = {0};
    for (size_t i = 0; i < s->ls.nphrases; i++) {
        const phrase *p = &ph[i];
        uint32_t h = p->head;
        if (p->kind != PH_NP || (p->flags & (PHF_COORD | PHF_POSS | PHF_PRONOUN | PHF_QUANT)) ||
            h >= sizeof seen || seen[h] || s->noun_used[h] || !tag_is_noun(s->ls.tags[h]))
            continue;
        seen[h] = 1;
        if (agreement && coder_agreement_noun(s, h) &&
            agreement_made(c, s, (int32_t)i) < 0)
            return -1;
        if (lemma_is_word(s->ls.lemmas[h], "target") && attack_targeted(c, s, (int32_t)i) < 0)
            return -1;
        if (gathering && coder_rule_word(s, h, RULE_GATHERING) &&
            gathering_attended(c, s, (int32_t)i) < 0)
            return -1;
        if (!dict_find_noun_id(c->d, s->lids[h].fold))
            continue;
        size_t had = c->nev;
        if (nominal(c, s, (int32_t)i, h) < 0)
            return -1;
        if (c->nev == had && strike_earlier(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && protest_answered(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && strike_told(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && attack_earlier(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && pair_held(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && pair_framed(c, s, (int32_t)i) < 0)
            return -1;
        if (c->nev == had && place_visit(c, s, (int32_t)i) < 0)
            return -1;
    }
    return 0;
}
