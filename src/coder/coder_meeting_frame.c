/*
** coder_meeting_frame.c — a meeting or visit told around its clause
** (docs/coder.md, "Ninth session: guests and talks told around an act",
** "Fourteenth session: meetings and visits around their clause"): "The
** Chilean minister spoke during a visit to Peru", "said after talks with
** the Jordanian king", "told a meeting of ASEAN ministers". A noun of
** meeting or journey that names no guest takes the subject of the clause
** it frames (coder_visit_guest), when that clause is said to happen or,
** for one it happens at, is still to come; the frame's other questions
** (a purpose "for talks with", a timetable's passive, a departure told in
** the present, a gathering at home) are asked by reported_dated and
** nominal in coder_nominal.c too. Apart from coder_nominal.c because
** what it reads is the clause around the noun, not the noun's own words:
** the same questions for every noun of meeting. Reads the sentence only;
** coder_visit_guest resolves actors.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Prepositions that put a visit around what its clause tells: "spoke
** during a visit to Peru", "on a visit to", "after a visit to". */
static const char *const visit_preps[] = {"during", "on", "at", "after", "following", "from", "in",
                                          "for", NULL};
/* Nouns whose "of" phrase is such a visit: "at the end of a visit to";
** and the measures of talks, which are the talks ("during the first
** round of talks with", "after two days of talks with", "after a series
** of meetings with"). */
static const char *const visit_spans[] = {"end",   "start", "beginning", "day",    "course",
                                          "close", "round", "series",    "hour", "week",
                                          NULL};

/* Verbs of setting off on a visit. */
static const char *const departures[] = {"leave", "depart", "set", "head", "fly", NULL};

/* Does the PP that meeting or visit np stands in frame what its clause
** tells ("spoke during a visit to Peru", "at the end of a visit to")?
** Talks on a PP of "on" are a topic ("briefed the EU on talks with
** Japan"): not for a meeting (MEET_WITH, MEET_OF). Reads s only. */
static int framing_pp(const sent_ctx *s, int32_t np, int meeting)
{
    const phrase *ph = s->ls.phrases;
    int32_t up = ph[np].up;
    if (up >= 0 && ph[up].kind == PH_PP && lemma_is_word(s->ls.lemmas[ph[up].first], "of") &&
        ph[up].up >= 0 && lemma_in_list(s->ls.lemmas[ph[ph[up].up].head], visit_spans))
        up = ph[ph[up].up].up;   /* "at the end of a visit": the PP the span is in */
    return up >= 0 && ph[up].kind == PH_PP &&
           lemma_in_list(s->ls.lemmas[ph[up].first], visit_preps) &&
           !(meeting && lemma_is_word(s->ls.lemmas[ph[up].first], "on"));
}

/* Is noun phrase np in a PP of "for", the purpose of its clause ("is in
** New York for talks with", "will fly to Tokyo for talks with")? */
int coder_for_purpose(const sent_ctx *s, int32_t np)
{
    int32_t up = s->ls.phrases[np].up;
    return up >= 0 && s->ls.phrases[up].kind == PH_PP &&
           lemma_is_word(s->ls.lemmas[s->ls.phrases[up].first], "for");
}

/* Is meeting np the purpose of a journey its clause tells ("arrives for
** talks with", "was to leave for Ottawa for talks with")? Then it is the
** guest's intent alone, as the journey is (docs/coder.md, "A journey for
** talks with the people it goes to"): 1. A journey that names where it
** goes itself, by an object or a PP of "to" or "in" ("will visit
** Lilongwe for talks with", "flew to Prague for talks with"), is the
** verb's event, whose pattern takes the people met: 2, no noun event. */
int coder_journey_for(const sent_ctx *s, int32_t np)
{
    static const char *const journey_verbs[] = {"visit", "arrive", "leave", "fly", "travel",
                                                "go", "come", "head", "return", "depart",
                                                NULL};
    const clause *cl = coder_clause_at(s, s->ls.phrases[np].first);
    if (!coder_for_purpose(s, np) || !cl || cl->verb < 0 ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[cl->verb].head], journey_verbs))
        return 0;
    if (cl->object >= 0 && cl->object != np)
        return 2;
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->first < s->ls.phrases[np].first &&
            (lemma_is_word(s->ls.lemmas[pp->first], "to") ||
             lemma_is_word(s->ls.lemmas[pp->first], "in")))
            return 2;
    }
    return 1;
}

/* Is verb group vg a timetable's passive or adjective: "is expected here
** on Friday", "is scheduled to", "is due"? */
int coder_timetabled(const sent_ctx *s, const phrase *vg)
{
    static const char *const timetables[] = {"expect", "schedule", "due", NULL};
    for (uint32_t k = vg->first; k < vg->end + 1 && k < s->ls.n; k++)
        if (lemma_in_list(s->ls.lemmas[k], timetables) &&
            (vg->voice == VOICE_PASSIVE || lemma_is_word(s->ls.lemmas[k], "due")))
            return 1;
    return 0;
}

/* Is noun phrase p a visit or trip (coder_journey_nouns), or a meeting noun
** (coder_meeting_nouns), in a PP that frames its clause (framing_pp)? */
int coder_frames_meeting(const sent_ctx *s, const phrase *p)
{
    const char *w = s->ls.lemmas[p->head];
    int meeting = lemma_in_list(w, coder_meeting_nouns);
    return (meeting || lemma_in_list(w, coder_journey_nouns)) &&
           framing_pp(s, (int32_t)(p - s->ls.phrases), meeting ? MEET_WITH : MEET_NONE);
}

/* Is framed meeting or visit p one its clause happens at, so that a
** clause still to come puts it later too: a PP of during, at, on or in
** ("will raise it during a visit to Japan"; not "after talks with", which
** may be going on now), the noun right before its "to" or "with" (not
** "talks between"), and no guest of its own ("was to brief Shultz on
** Thatcher's visit to Moscow last week" tells of a visit made). */
int coder_frames_at_once(const sent_ctx *s, const phrase *p)
{
    static const char *const at_once[] = {"during", "at", "on", "in", "for", NULL};
    const phrase *ph = s->ls.phrases;
    int32_t np = (int32_t)(p - ph), up = p->up;
    if (up >= 0 && ph[up].kind == PH_PP && lemma_is_word(s->ls.lemmas[ph[up].first], "of") &&
        ph[up].up >= 0)
        up = ph[ph[up].up].up;   /* "at the end of a visit" */
    if (up < 0 || !lemma_in_list(s->ls.lemmas[ph[up].first], at_once) ||
        p->head + 1 >= s->ls.n ||
        !(lemma_is_word(s->ls.lemmas[p->head + 1], "to") ||
          lemma_is_word(s->ls.lemmas[p->head + 1], "with")))
        return 0;
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_POSS))
            return 0;
    return 1;
}

/* The subject of clause cl, or of the clause a participle with none
** hangs on: "The Peruvian minister, winding up a visit to Ecuador, said"
** (a participle after the subject and a comma). -1 if none. */
int32_t coder_visit_subject(const sent_ctx *s, const clause *cl)
{
    if (cl->subject >= 0 || cl->verb < 0)
        return cl->subject;
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (vg->first == 0 || s->ls.tags[vg->first] != TAG_VBG ||
        s->ls.tags[vg->first - 1] != TAG_COMMA)
        return -1;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *o = &s->ls.clauses[i];
        if (o != cl && o->subject >= 0 && s->ls.phrases[o->subject].end + 1 == vg->first)
            return o->subject;
    }
    return -1;
}

/* The clause a phrase at the head of the sentence frames: "During a
** visit to Peru, the Chilean minister said": np's chain of phrases opens
** the sentence, a comma ends it, and a clause whose subject follows the
** comma goes on. NULL if none. The chain may open at token opens instead
** (1 after a participle "Following" that the parse makes a verb). */
static const clause *fronted_clause(const sent_ctx *s, int32_t np, uint32_t opens)
{
    const phrase *ph = s->ls.phrases;
    int32_t top = np;
    while (ph[top].up >= 0)
        top = ph[top].up;
    if (ph[top].first != opens)
        return NULL;
    uint32_t k = ph[np].end;
    while (k < s->ls.n && s->ls.tags[k] != TAG_COMMA && s->ls.vg_of[k] < 0)
        k++;
    if (k >= s->ls.n || s->ls.tags[k] != TAG_COMMA)
        return NULL;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *cl = &s->ls.clauses[i];
        if (cl->subject >= 0 && ph[cl->subject].first == k + 1 && cl->verb >= 0)
            return cl;
    }
    return NULL;
}

/* Is noun phrase p in a clause whose verb sets off in the present ("leaves
** on a visit to", "flies to Tokyo on a visit"): a journey still to come? */
int coder_departing(const sent_ctx *s, const phrase *p)
{
    const clause *cl = coder_clause_at(s, p->first);
    if (!cl || cl->verb < 0)
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    return (s->ls.tags[vg->head] == TAG_VBZ || s->ls.tags[vg->head] == TAG_VBP) &&
           lemma_in_list(s->ls.lemmas[vg->head], departures);
}

/* Does phrase p hold a capitalized word, a name or a people's adjective
** ("EC ministers", "Pakistani industrialists"), not only common nouns? */
int coder_names_someone(const sent_ctx *s, const phrase *p)
{
    for (uint32_t k = p->first; k < p->end; k++)
        if (s->ls.toks[k].flags & DYAD_TF_CAPITALIZED)
            return 1;
    return 0;
}

/* The clause that the participle "following" puts meeting or visit np
** after, as "after" does (fourteenth session): "spoke to reporters
** following talks with", "Following talks with the Kenyan president, the
** Ugandan minister said" (the parse makes "following" a verb whose object
** np is). cl is the clause np stands in; the clause framed is the one
** whose subject the participle borrows, said before it, or the one after
** the comma of a fronted participle. NULL when np is no such object.
** Reads s only. */
static const clause *following_frame(const sent_ctx *s, const clause *cl, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    if (cl->verb < 0 || np != cl->object || s->ls.tags[ph[cl->verb].head] != TAG_VBG ||
        !lemma_is_word(s->ls.lemmas[ph[cl->verb].head], "follow") ||
        ph[cl->verb].first != ph[cl->verb].head)
        return NULL;
    if (cl->subject < 0)
        return ph[cl->verb].first == 0 ? fronted_clause(s, np, 1) : NULL;
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *o = &s->ls.clauses[i];
        if (o != cl && o->subject == cl->subject && o->verb >= 0 &&
            ph[o->verb].first < ph[cl->verb].first)
            return o;
    }
    return NULL;
}

/* Is actor t, the body a gathering is "of", only an audience at home for
** the guests src[0..ns) who address it, no party they meet? It is of a
** guest's own country: a premier "told the annual meeting of the National
** People's Congress", a president "told a meeting of Philippine business
** groups" (a report or a speech at home). An organisation, or a foreign
** state's organs or people, are met ("speaking at a meeting of Peruvian
** farmers"). Reads its arguments only. */
int coder_gathering_at_home(const actor_ref *src, int ns, const actor_ref *t)
{
    char cc[4];
    return coder_code_country(t->code, cc) && coder_actors_of_country(src, ns, cc);
}

/* Verbs whose object is a gathering one speaks to: "told a meeting of". */
static const char *const addressing[] = {"tell", "address", "brief", "attend", "chair", NULL};

/* The subject of the verb of saying that passive clause cl, with no
** by-agent, is reported by ("White House officials said no progress had
** been made in talks with Japan", "Agreement was reached in talks with
** the IMF, the ministry said"), or -1. Reads s only. */
static int32_t passive_reporter(const sent_ctx *s, const clause *cl)
{
    const phrase *ph = s->ls.phrases;
    if (cl->verb < 0 || ph[cl->verb].voice != VOICE_PASSIVE || cl->agent >= 0 ||
        cl->parent < 0)
        return -1;
    const clause *up = &s->ls.clauses[cl->parent];
    if (up->verb < 0 || ph[up->verb].mod != MOD_ASSERTED ||
        !coder_reporting_verb(s, ph[up->verb].head))
        return -1;
    return up->subject;
}

/* The guest of visit np with no source of its own: the subject of the
** clause it stands around ("The Chilean minister spoke during a visit to
** Peru"; "was on a visit to", "at the end of a visit to", "winding up a
** visit to"), when that clause is said to happen: a visit is what its
** clause is. Since the fourteenth session a clause still to come, as a
** whole, around a visit or meeting it happens at ("will raise it during
** a visit to Japan"), or one not said plainly around a meeting that
** planned (the noun's own words) sets down, gives its subject too, and
** *later says so: the caller codes the intent to meet (036). Returns the
** number of actors in out. */
int coder_visit_guest(dyad_coder *c, const sent_ctx *s, int32_t np, int meeting, int planned,
                       int *later, actor_ref *out)
{
    *later = 0;
    const phrase *ph = s->ls.phrases, *p = &ph[np];
    const clause *cl = coder_clause_at(s, p->first);
    const clause *after = cl ? following_frame(s, cl, np) : NULL;
    int following = after != NULL;
    if (following)
        cl = after;
    if (!cl)
        cl = fronted_clause(s, np, 0);
    /* "Dupont, in Washington for talks with U.S. officials, said": the
    ** aside's talks are held as "is in Washington for talks with" are */
    const clause *aside = following ? NULL : coder_aside_talks(s, np);
    if (aside)
        cl = aside;
    /* "told a meeting of ASEAN ministers that ...": the parse may hang the
    ** gathering on the reported clause; the verb before it says it */
    int addressed = meeting == MEET_OF && p->first > 0 && s->ls.vg_of[p->first - 1] >= 0 &&
                    lemma_in_list(s->ls.lemmas[p->first - 1], addressing);
    for (size_t i = 0; addressed && i < s->ls.nclauses; i++)
        if (s->ls.clauses[i].verb == s->ls.vg_of[p->first - 1])
            cl = &s->ls.clauses[i];
    if (!cl || cl->verb < 0)
        return 0;
    /* "will raise it during a visit to Japan", "hopes Nakasone will make
    ** proposals at a meeting with Reagan": a clause still to come by its
    ** own "will" or "is to", or one not said plainly around a meeting set
    ** down by its own words (planned: "during a visit to Japan starting
    ** April 13"), puts the meeting later: its subject's intent to meet
    ** (fourteenth session; *later says so). Not a gathering "of" a body,
    ** and never a clause negated. */
    int own = ph[cl->verb].mod;
    int whole = coder_modality(s, (size_t)(cl - s->ls.clauses), &ph[cl->verb], 0, NULL, NULL,
                               NULL);
    /* (the whole clause's: "will make proposals to ease friction at a
    ** meeting with" takes its "will" from the clause the infinitive hangs
    ** on, and "hopes he will make proposals at a meeting with" is only
    ** hoped for, unless the meeting's own words set it down) */
    /* "is expected here for talks" */
    int set = coder_for_purpose(s, np) && coder_timetabled(s, &ph[cl->verb]);
    int coming = meeting != MEET_OF && own != MOD_NEGATED && whole != MOD_NEGATED &&
                 (set || (whole != MOD_ASSERTED && (whole == MOD_FUTURE || planned))) &&
                 !following && coder_frames_at_once(s, p);
    if (own != MOD_ASSERTED && !coming)
        return 0;
    /* "hopes Uganda will make proposals at a meeting with": what its
    ** clause hangs on may make it wished for, not done */
    if (meeting && !coming && whole != MOD_ASSERTED)
        return 0;
    /* "leaves on a visit to": a departure told in the present is to come */
    const phrase *vg = &ph[cl->verb];
    if ((s->ls.tags[vg->head] == TAG_VBZ || s->ls.tags[vg->head] == TAG_VBP) &&
        lemma_in_list(s->ls.lemmas[vg->head], departures))
        return 0;
    /* a named possessor names the guest itself ("Lukman's visit"), if anyone */
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (ph[i].up == np && (ph[i].flags & PHF_POSS))
            return 0;
    int framed = framing_pp(s, np, meeting);
    /* talks a clause is for are held when it is a plain "be" ("is in New
    ** York for talks with"), else still to come: "flew to Tokyo for
    ** talks with" codes its own visit, "will fly" and "is expected here"
    ** the intent (coming) */
    if (framed && coder_for_purpose(s, np) && !coming && !aside &&
        (!lemma_is_word(s->ls.lemmas[ph[cl->verb].head], "be") || set ||
         s->ls.tags[ph[p->up].first - 1] == TAG_JJ))   /* "is ready for talks with" */
        return 0;
    int32_t subj = coder_visit_subject(s, cl);
    addressed = addressed && cl->verb == s->ls.vg_of[p->first - 1];
    if (!framed && !addressed && !following &&
        !(np == cl->object && cl->subject < 0))   /* "winding up a visit to" */
        return 0;
    if (subj < 0 || subj == np)
        return 0;
    int n = coder_expand_multi(out, coder_resolve_np(c, s, subj, out, MAX_ACTORS));
    /* "officials said no progress had been made in talks with Japan": a
    ** passive with no doer and no actor for its subject tells the
    ** reporter's own talks (fourteenth session) */
    int32_t who = n == 0 && meeting == MEET_WITH && !coming ? passive_reporter(s, cl) : -1;
    if (who >= 0 && who != np)
        n = coder_expand_multi(out, coder_resolve_np(c, s, who, out, MAX_ACTORS));
    *later = n > 0 && coming;
    return n;
}
