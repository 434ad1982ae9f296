/*
** coder_roles.c — the slots and actors steps: which noun phrases hold a
** clause's source and target (the pattern's slots, else the clause's
** subject and object, swapped by the passive), the actors they name, and
** where to look further when the target slot names none (docs/coder.md,
** "Source and target"). The prepositions that decide a role are listed
** here.
*/
#include "coder/coder_int.h"

#include <string.h>

/* When the verb's object is no actor, the first actor in the PPs after it
** is the target ("restore ties with Gondor", "condemned an attack by
** Osgiliath soldiers"); PPs of time never hold one. */
static const char *const time_preps[] = {"until", "since", "till", NULL};

/* Prepositions that say when or amid what, never with whom, besides
** time_preps: "protested during the debate", "amid the crisis", "after
** the vote" (coder_when_pp). */
static const char *const when_preps[] = {"during",  "amid",      "amidst", "despite",
                                         "pending", "following", "after",  "throughout", NULL};
/* "before" says when only before a time, an event ("before the vote")
** or a clause; before a body or a place it says where ("demonstrated before the
** Ugandan embassy", "appeared before the court"). */
static const char *const events_before[] = {"vote",    "election", "poll",     "referendum",
                                            "summit",  "talk",     "talks",    "meeting",
                                            "visit",   "trip",     "deadline", "debate",
                                            "session", "conference", "war",    "holiday",
                                            "ceremony", "start",   "end",      NULL};
/* A moment's noun between "in", "on" or "at" and an "of" or "to": "in the
** wake of", "on the eve of", "at the end of", "in the run-up to"; and the
** adverbs of "ahead of" and "prior to". */
static const char *const moment_nouns[] = {"wake", "eve",   "aftermath", "sideline", "run-up",
                                           "outset", "start", "beginning", "end", "close",
                                           "height", "midst", "middle",    "course", NULL};
static const char *const moment_advs[] = {"ahead", "prior", NULL};

/* Is NP np a moment's noun ("the wake") after "in", "on" or "at"? */
static int moment_np(const sent_ctx *s, int32_t np)
{
    static const char *const at_preps[] = {"in", "on", "at", NULL};
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    return p->first > 0 && lemma_in_list(s->ls.lemmas[p->head], moment_nouns) &&
           lemma_in_list(s->ls.lemmas[p->first - 1], at_preps);
}

int coder_when_pp(const sent_ctx *s, size_t k, int32_t np)
{
    const char *p = s->ls.lemmas[k];
    if (coder_time_prep(p) || lemma_in_list(p, when_preps))
        return 1;
    if (lemma_is_word(p, "before")) {
        if (np < 0)
            return 0;
        const char *h = s->ls.lemmas[s->ls.phrases[np].head];
        uint32_t e = s->ls.phrases[np].end;
        /* "before the latest friction flared": a clause's subject */
        return coder_time_noun(s, s->ls.phrases[np].head) || lemma_in_list(h, events_before) ||
               (e < s->ls.n && tag_is_verb(s->ls.tags[e]));
    }
    /* "meets as part of annual IMF and World Bank talks": the occasion,
    ** not whom ("part of" opens a quantity's phrase, its head the
    ** occasion's) */
    if (lemma_is_word(p, "as") && k + 2 < s->ls.n && lemma_is_word(s->ls.lemmas[k + 1], "part") &&
        lemma_is_word(s->ls.lemmas[k + 2], "of"))
        return 1;
    int32_t q = k > 0 ? s->ls.np_of[k - 1] : -1;
    if ((lemma_is_word(p, "of") || lemma_is_word(p, "to")) && k > 0 &&
        (lemma_in_list(s->ls.lemmas[k - 1], moment_advs) || moment_np(s, q)))
        return 1;
    /* "during the visit of the Ugandan president": the of-phrase goes on
    ** with the one of time ("after talks with Kenya" does not: the talks
    ** are an event of their own, with Kenya) */
    uint32_t at = q >= 0 ? s->ls.phrases[q].first : 0;
    if (lemma_is_word(p, "of"))
        return at > 0 && coder_when_pp(s, at - 1, q);
    /* "in the wake" itself, its "of" right after */
    if (!moment_np(s, np))
        return 0;
    size_t after = s->ls.phrases[np].end;
    return after < s->ls.n &&
           (lemma_is_word(s->ls.lemmas[after], "of") || lemma_is_word(s->ls.lemmas[after], "to"));
}

/* Prepositions of place: a PP they open says where, not whom. In a
** consultation such a PP never gives the target ("is to meet formally in
** Washington", "met along the border"), and a compound subject that met
** there met each other ("Xi and Putin met in Moscow"). "on" says where
** ("on the border") or what about ("talks on grain"): never whom either.
** Nor for an event that may stand alone ("demonstrated in Caracas"). The
** one list the rules that ask share (issue 13). */
static const char *const places[] = {"in",     "at",    "on",  "near",   "inside", "outside",
                                     "across", "along", "off", "around", NULL};

int coder_place_prep(const char *lemma)
{
    return lemma_in_list(lemma, places);
}

int coder_time_prep(const char *lemma)
{
    return lemma_in_list(lemma, time_preps);
}

/* The roles of a country's people and of its bodies outside the
** executive, whose demand that names no one is made of their own
** government ("the opposition demanded new elections"). Not the rebels,
** who as often demand of foreign forces, nor firms, whose demands are
** business, nor labour, whose pay rise is asked of its employers ("the
** bankworkers are demanding a 100 pct pay rise"). */
static const char *const home_roles[] = {"OPP", "CVL", "LEG", "EDU", "AGR", "PTY", NULL};
static const char *const demand_verbs[] = {"demand", "insist", NULL};
/* Appeals that name what they ask "for" and no one to ask it of ("called
** for new elections"; not "urged the union to", whose addressee the coder
** missed), and what a legislature asks for that is its own business
** ("called for a second vote"). */
static const char *const appeal_verbs[] = {"call", "appeal", "press", NULL};
static const char *const house_business[] = {"vote", "passage", "hearing", "debate", "bill",
                                             "legislation", "law", "measure", "session", NULL};

/* Is j an appeal "for" a thing, no addressee named, that its sources'
** government would grant? */
static int appeal_for(const sent_ctx *s, const clause_job *j)
{
    static const char *const legislature[] = {"LEG", NULL};
    char cc[4];
    if (strncmp(j->code1, "02", 2) != 0 || !lemma_in_list(j->lemma, appeal_verbs) ||
        j->tgt_np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    return p->first > 0 && lemma_is_word(s->ls.lemmas[p->first - 1], "for") &&
           !(coder_sources_country(j, legislature, cc) &&
             lemma_in_list(s->ls.lemmas[p->head], house_business));
}

int coder_sources_country(const clause_job *j, const char *const *roles, char cc[4])
{
    cc[0] = '\0';
    for (int i = 0; i < j->ns; i++) {
        const char *code = j->src[i].code;
        char sc[4];
        if (strlen(code) != 6 || !lemma_in_list(code + 3, roles) ||
            !coder_code_country(code, sc) || (i && strcmp(sc, cc) != 0))
            return 0;
        memcpy(cc, sc, sizeof sc);
    }
    return 1;
}

int coder_gov_actor(const char *home, uint32_t at, actor_ref *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->code, sizeof out->code, "%sGOV", home);
    out->first = out->end = at;
    out->from = FROM_HOME;
    return 1;
}

/* Is none of j's sources of a country only counted over the article? That
** is too weak a guess to name a second actor by. */
static int uncounted(const clause_job *j)
{
    for (int i = 0; i < j->ns; i++)
        if (j->src[i].counted)
            return 0;
    return 1;
}

int coder_inquiry_home(dyad_coder *c, const sent_ctx *s, const clause_job *j, actor_ref *out)
{
    static const char *const inquiries[] = {"investigation", "inquiry", "probe", NULL};
    static const char *const into[] = {"into", "of", NULL};
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(&c->doc.country, s, &dl);
    if (strcmp(j->code1, "020") != 0 || j->ns == 0 || j->nt != 0 || j->tgt_np < 0 ||
        !cc || !coder_places_only(s, cc))
        return 0;
    uint32_t k = s->ls.phrases[j->tgt_np].first;
    if (k < 2 || !lemma_in_list(s->ls.lemmas[k - 1], into) ||
        !lemma_in_list(s->ls.lemmas[k - 2], inquiries))
        return 0;
    memset(out, 0, sizeof *out);
    snprintf(out->code, sizeof out->code, "%sGOV", cc);
    out->first = out->end = j->src[0].end;
    coder_from_home(out, &c->doc.country, dl);
    return 1;
}

int coder_home_government(const sent_ctx *s, const clause_job *j, actor_ref *out)
{
    /* demanded or insisted: "directed the committees to" is an order
    ** within the body itself */
    /* or appealed: "the opposition called for early elections" */
    if (j->ns == 0 || j->nt != 0)
        return 0;
    int demand = strncmp(j->code1, "10", 2) == 0 && lemma_in_list(j->lemma, demand_verbs);
    if (!demand && !appeal_for(s, j))
        return 0;
    char home[4];
    return uncounted(j) && coder_sources_country(j, home_roles, home) &&
           coder_gov_actor(home, j->src[0].end, out);
}

/* What a protest or strike is against, when it is a government's doing
** though no government is named: a tax, a law, austerity, a decree, price
** rises, interest rates, a policy, a privatisation. Not pay or conditions,
** which are as often an employer's. */
static const char *const measures[] = {"austerity", "tax",      "taxation",      "law",
                                       "legislation", "bill",   "decree",        "reform",
                                       "price",     "interest", "policy",        "privatization",
                                       "privatisation", NULL};

/* Words that name what a protest is against: "against austerity
** measures", "over the new sales tax", "protesting plans for a tax",
** "demanding the resignation of President Chun", "to press for more
** government investment", "in protest at government plans". */
static int protest_cue(const lang_sent *ls, uint32_t t)
{
    static const char *const cue_verbs[] = {"protest", "demand", "press", NULL};
    return lemma_is_word(ls->lemmas[t], "against") || lemma_is_word(ls->lemmas[t], "over") ||
           (lemma_in_list(ls->lemmas[t], cue_verbs) && tag_is_verb(ls->tags[t])) ||
           (t > 0 && lemma_is_word(ls->lemmas[t], "protest") &&
            lemma_is_word(ls->lemmas[t - 1], "in"));
}

/* Is token k "government" as a common noun before another noun, the
** owner of a measure it names: "a government pay offer", "more
** government investment", "government plans" (which the tagger may read
** as a verb) (thirteenth session)? */
static int government_measure(const lang_sent *ls, uint32_t k)
{
    return k + 1 < ls->n && lemma_is_word(ls->lemmas[k], "government") &&
           !tag_is_proper(ls->tags[k]) &&
           ((tag_is_noun(ls->tags[k + 1]) && !tag_is_proper(ls->tags[k + 1])) ||
            lemma_is_word(ls->lemmas[k + 1], "plan"));
}

/* Does a word of falling stand among tokens [first, k): "falling pork
** prices", "low milk prices"? */
static int prices_fall(const lang_sent *ls, uint32_t first, uint32_t k)
{
    static const char *const falls[] = {"fall", "falling", "low", "lower", "drop", "slump",
                                        "collapse", "declining", "decline", NULL};
    for (uint32_t i = first; i < k; i++)
        if (lemma_in_list(ls->lemmas[i], falls))
            return 1;
    return 0;
}

/* Prepositions that may follow a measure with its owner ("imposed by the
** EU"), in against_measure. */
static const char *const owner_preps[] = {"of", "by", NULL};

/* The run of proper nouns from token k: one past its end into *end, and
** 1 with its actor in *a and country in cc when it names one's. */
static int proper_country(dyad_coder *c, const sent_ctx *s, uint32_t k, uint32_t *end,
                          actor_ref *a, char cc[4])
{
    uint32_t e = k;
    while (e < s->ls.n && tag_is_proper(s->ls.tags[e]))
        e++;
    *end = e;
    return coder_resolve_span(c, s, k, e, a) && coder_code_country(a->code, cc);
}

/* The words after the protest cue at token t, up to ten and before a
** comma or another clause's verb (after the measure, only its owner's
** "of" or "by" phrase): 1 when they name a measure of home's government or
** that government, -1 when they name another country first, else 0. */
static int measure_after_cue(dyad_coder *c, const sent_ctx *s, uint32_t t, const char *home)
{
    const lang_sent *ls = &s->ls;
    if (t >= ls->n || tag_is_finite(ls->tags[t]))
        return 0;
    int found = 0;
    for (uint32_t k = t + 1; k < ls->n && k <= t + 10; k++) {
        int tag = ls->tags[k];
        /* after the measure, only its owner: "imposed by the EU", not "after
        ** the earthquake on March 5" */
        if (tag_is_finite(tag) || tag == TAG_COMMA ||
            (found && tag == TAG_IN && !lemma_in_list(ls->lemmas[k], owner_preps)))
            break;
        /* "over falling pork prices": prices that fall are the market's
        ** doing, not the government's */
        found |= (lemma_in_list(ls->lemmas[k], measures) &&
                  !(lemma_is_word(ls->lemmas[k], "price") && prices_fall(ls, t + 1, k))) ||
                 government_measure(ls, k);
        /* "against Chinese government encroachment": a nationality read as
        ** an adjective names its country as a name does */
        actor_ref adj;
        char acc[4];
        if (tag == TAG_JJ && coder_resolve_span(c, s, k, k + 1, &adj) &&
            coder_code_country(adj.code, acc) && strcmp(acc, home) != 0)
            return -1;
        if (!tag_is_proper(tag))
            continue;
        uint32_t end;
        actor_ref a;
        char cc[4];
        if (!proper_country(c, s, k, &end, &a, cc))
            return 0;
        if (strcmp(cc, home) != 0)
            return -1;
        /* "demanding the resignation of President Chun" */
        found |= strcmp(a.code + 3, "GOV") == 0;
        k = end - 1;
    }
    return found;
}

/* After the verb group vg, before another finite verb (another clause's),
** the first cue of what is protested opens a few words (up to a comma)
** that name a government measure or the home government, and no name
** but of the home country ("over Nakasone's plans for a sales tax" is
** home's; "against the new tax imposed by the European Community" is
** not). */
static int against_measure(dyad_coder *c, const sent_ctx *s, const phrase *vg, const char *home)
{
    const lang_sent *ls = &s->ls;
    uint32_t t = vg->end;
    while (t < ls->n && !tag_is_finite(ls->tags[t]) && !protest_cue(ls, t))
        t++;
    return measure_after_cue(c, s, t, home) > 0;
}

/* Words that call a protest one against the government it lives under
** ("anti-government protesters", "pro-democracy rallies"). */
static const char *const against_rulers[] = {"anti-government", "antigovernment",
                                             "pro-democracy", NULL};
static const char *const rulers[] = {"government", "administration", "regime", NULL};

/* Is token k a ruler's noun right after "their" or "its", from token
** from on ("when their government proposed")? */
static int own_rulers_at(const lang_sent *ls, uint32_t from, uint32_t k)
{
    return k > from && tag_is_noun(ls->tags[k]) && lemma_in_list(ls->lemmas[k], rulers) &&
           (lemma_is_word(ls->lemmas[k - 1], "their") || lemma_is_word(ls->lemmas[k - 1], "its"));
}

/* Does the sentence call its protest one against the government it
** lives under: anti-government or pro-democracy anywhere, or "their" or
** "its government" after the verb ("have been protesting since June,
** when their government proposed a bill")? */
static int against_own_rulers(const sent_ctx *s, const clause_job *j)
{
    const lang_sent *ls = &s->ls;
    for (uint32_t k = 0; k < ls->n; k++)
        if (lemma_in_list(ls->lemmas[k], against_rulers))
            return 1;
    for (uint32_t k = j->vg->end; k < ls->n; k++)
        if (own_rulers_at(ls, j->vg->end, k))
            return 1;
    return 0;
}

int coder_protest_answers(dyad_coder *c, const sent_ctx *s, const phrase *np, const char *home)
{
    const lang_sent *ls = &s->ls;
    /* the cue right after the noun: "strikes against", "protests over",
    ** "in protest at" */
    uint32_t t = np->head + 1;
    int r = t < ls->n && protest_cue(ls, t) ? measure_after_cue(c, s, t, home) : 0;
    if (r != 0)
        return r > 0;
    /* "pro-democracy protests against Chinese rule" named its rulers (-1) */
    for (uint32_t k = np->first; k < np->head; k++)
        if (lemma_in_list(ls->lemmas[k], against_rulers))
            return 1;
    return 0;
}

int coder_protest_measure(dyad_coder *c, const sent_ctx *s, uint32_t from, const char *home)
{
    const lang_sent *ls = &s->ls;
    for (uint32_t k = from; k < ls->n; k++) {
        int tag = ls->tags[k];
        if (tag_is_noun(tag) && !tag_is_proper(tag) && lemma_in_list(ls->lemmas[k], measures))
            return 1;
        if (tag_is_noun(tag) && !tag_is_proper(tag) && lemma_in_list(ls->lemmas[k], rulers)) {
            if (own_rulers_at(ls, from, k))
                return 1;
            /* "the Kenyan government": its own words must name the country */
            actor_ref a[MAX_ACTORS];
            char cc[4];
            int32_t np = ls->np_of[k];
            if (np >= 0 && coder_resolve_np(c, s, np, a, MAX_ACTORS) == 1 &&
                a[0].from == FROM_SENTENCE && coder_code_country(a[0].code, cc))
                return strcmp(cc, home) == 0;
            continue;
        }
        if (!tag_is_proper(tag))
            continue;
        uint32_t end;
        actor_ref a;
        char cc[4];
        if (proper_country(c, s, k, &end, &a, cc)) {
            /* another country's name before any cue: its protest, or its measure */
            if (strcmp(cc, home) != 0)
                return 0;
            /* "after the Hong Kong government proposed" */
            if (end < ls->n && lemma_in_list(ls->lemmas[end], rulers))
                return 1;
        }
        k = end - 1;
    }
    return 0;
}

int coder_protest_government(dyad_coder *c, const sent_ctx *s, const clause_job *j,
                             actor_ref *out)
{
    static const char *const people[] = {"OPP", "CVL", "LEG", "EDU", "AGR", "PTY", "LAB", NULL};
    if (strncmp(j->code1, "14", 2) != 0 || j->ns == 0 || j->nt != 0 || !j->vg)
        return 0;
    /* "Ecuadorean workers", not "Serbia" (a country does not act on its
    ** own government) */
    static const char *const legislature[] = {"LEG", NULL};
    char home[4];
    /* "Members of the Kenyan parliament protested": legislators who
    ** demonstrate (not those who boycott a vote) protest at their
    ** government */
    if ((strncmp(j->code1, "140", 3) == 0 || strncmp(j->code1, "141", 3) == 0) &&
        coder_sources_country(j, legislature, home))
        return coder_gov_actor(home, j->src[0].end, out);
    return coder_sources_country(j, people, home) &&
           (against_measure(c, s, j->vg, home) || against_own_rulers(s, j)) &&
           coder_gov_actor(home, j->src[0].end, out);
}

/* The words that open a condition: "if", "unless"; a promise's also
** "once", "when", "as soon as" ("would lift the sanctions once Japan
** opened its market": the modality table reads such a time clause in
** reported speech as a condition). */
static const char *const threat_ifs[] = {"if", "unless", NULL};
static const char *const promise_ifs[] = {"if", "unless", "once", "when", "as", NULL};

/* Does the word clause o starts at (o->word) open a condition of ifs? "as"
** only as "as soon as", whichever "as" the clause starts at; "when" only
** before a past tense, a time still to come in reported speech ("would
** lift them when Japan took action"), not a question ("will consider
** when ministers should be called"). */
static int condition_word(const sent_ctx *s, const clause *o, const char *const *ifs)
{
    const char *const *L = (const char *const *)s->ls.lemmas;
    uint32_t w = o->word;
    if (!lemma_in_list(L[w], ifs))
        return 0;
    if (lemma_is_word(L[w], "when"))
        return o->verb >= 0 && s->ls.tags[s->ls.phrases[o->verb].first] == TAG_VBD;
    if (!lemma_is_word(L[w], "as"))
        return 1;
    return (w >= 1 && lemma_is_word(L[w - 1], "soon")) ||
           (w + 2 < s->ls.n && lemma_is_word(L[w + 1], "soon") && lemma_is_word(L[w + 2], "as"));
}

/* The subject of a condition (opened by a word of ifs) under clause ci,
** its child or the child of what it reports ("warned that it would
** retaliate if Japan ..."), or -1. */
static int32_t condition_subject(const sent_ctx *s, int32_t ci, int depth,
                                 const char *const *ifs)
{
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k]) {
        const clause *o = &s->ls.clauses[k];
        if (o->kind == CL_SUBORDINATE && o->word != UINT32_MAX && o->subject >= 0 &&
            condition_word(s, o, ifs))
            return o->subject;
        int32_t np = depth > 0 ? condition_subject(s, k, depth - 1, ifs) : -1;
        if (np >= 0)
            return np;
    }
    return -1;
}

/* Is every target of j of its sources' country ("warned that it would
** retaliate": the threat's own side)? */
static int own_side_target(const clause_job *j)
{
    char a[4], b[4];
    if (j->nt == 0 || !coder_code_country(j->src[0].code, b))
        return 0;
    for (int i = 0; i < j->nt; i++)
        if (!coder_code_country(j->tgt[i].code, a) || strcmp(a, b) != 0)
            return 0;
    return 1;
}

int coder_condition_target(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* a promise (03x) that names no one is made to whom its condition
    ** names too: "would lift the sanctions once Japan opened its market" */
    const cameo_entry *e = j->nt == 0 ? cameo_find(c->cameo, j->code1, strlen(j->code1)) : NULL;
    int still = j->vg->mod != MOD_ASSERTED && j->vg->mod != MOD_NEGATED;
    /* only a promise: "lifted the embargo when Malawi freed them" was done */
    int promise = e && (strncmp(e->code, "03", 2) == 0 || strncmp(e->intent, "03", 2) == 0) &&
                  still;
    /* a hostile act still to come whose threat form is 13x, told with no
    ** one named, is a threat too: "if Japan does not open its market, the
    ** United States will impose sanctions" (163 -> 1312, at Japan) */
    int threat = strncmp(j->code1, "13", 2) == 0 ||
                 (e && strncmp(e->intent, "13", 2) == 0 && still);
    const char *const *ifs = promise ? promise_ifs : threat_ifs;
    if ((!threat && !promise) || j->ns == 0 ||
        (j->nt != 0 && !own_side_target(j)))
        return j->nt;
    int32_t np = condition_subject(s, (int32_t)j->ci, 1, ifs);
    int32_t up = s->ls.clauses[j->ci].parent;
    if (np < 0 && up >= 0)
        np = condition_subject(s, up, 0, ifs);   /* "threatened to act if ..." */
    /* "said Peru will retaliate if Chile adopts the tax, but did not say
    ** how": the parse may hang the condition on a later clause; one that
    ** opens right where this clause's verb phrase ends is its own */
    const clause *nx = j->ci + 1 < s->ls.nclauses ? &s->ls.clauses[j->ci + 1] : NULL;
    if (np < 0 && nx && nx->kind == CL_SUBORDINATE && nx->word != UINT32_MAX &&
        nx->word == s->ls.clauses[j->ci].end && nx->subject >= 0 &&
        condition_word(s, nx, ifs))
        np = nx->subject;
    /* "they can lend us money if we want": the speaker's side, no one
    ** a promise is made to */
    static const char *const persons[] = {"i", "we", "you", "us", "me", NULL};
    if (np < 0 || (promise && (s->ls.phrases[np].flags & PHF_PRONOUN) &&
                   lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], persons)))
        return j->nt;
    actor_ref t[MAX_ACTORS];
    int nt = coder_expand_multi(t, coder_resolve_np(c, s, coder_antecedent(c, s, j->ci, np), t,
                                                    MAX_ACTORS));
    /* never the source's own country: "Japan will act if it must"; an
    ** organisation of states is no country's ("if the European Community
    ** adopts the tax", "the EC will retaliate if Congress ...") */
    char a[4], b[4];
    for (int i = 0; i < nt; i++)
        for (int k = 0; k < j->ns; k++)
            if (strcmp(t[i].code, j->src[k].code) == 0 ||
                (strncmp(t[i].code, "IGO", 3) != 0 && strncmp(j->src[k].code, "IGO", 3) != 0 &&
                 (!coder_code_country(t[i].code, a) || !coder_code_country(j->src[k].code, b) ||
                  strcmp(a, b) == 0)))
                return j->nt;
    if (nt == 0)
        return j->nt;
    memcpy(j->tgt, t, (size_t)nt * sizeof t[0]);
    return nt;
}

/* "between Sudan and Israel": the members of such a PP deal with each
** other. */
static const char *const among_preps[] = {"between", "among", "amongst", NULL};

/* Codes whose event is whole without a target, as CAMEO allows: protests
** and strikes (14), force posture (15), symbolic acts (017), intent to
** reform (034), retreat or surrender (0874). Prefixes of codes. Any other
** code with no target found is no event: a target-less event is never a
** half-found one. */
static const char *const alone_codes[] = {"14", "15", "017", "034", "0874", NULL};

int coder_code_alone(const char *code)
{
    if (!code)
        return 0;
    for (const char *const *p = alone_codes; *p; p++)
        if (strncmp(code, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

/* Codes that stay whole when their pattern's target is a thing: a protest
** against a law, troops massed near the border, a wreath laid at a
** memorial. Not a retreat "from a previous goal". */
static int thing_alone(const char *code)
{
    return strncmp(code, "14", 2) == 0 || strncmp(code, "15", 2) == 0 ||
           strncmp(code, "017", 3) == 0;
}

/* Does match m ask for no target: the verb's own code, or a pattern with
** no + or % slot ("demonstrate", "stage &PROTEST")? Only in dyad's
** dictionaries: PETRARCH2's verbs' own codes are fall-backs for patterns
** with a target, as PETRARCH codes them. */
static int targetless(const match_state *m)
{
    const dict_pattern *p = m->pattern;
    if (m->verb && m->verb->petr)
        return 0;
    if (!p)
        return 1;
    for (int side = 0; side < 2; side++) {
        const dict_elem *el = side ? p->post : p->pre;
        uint32_t n = side ? p->npost : p->npre;
        for (uint32_t i = 0; i < n; i++)
            if (el[i].kind == DICT_EL_TARGET || el[i].kind == DICT_EL_COMPOUND)
                return 0;
    }
    return 1;
}

/* Do targets t[0..n) all stand in "the streets of" a place ("took to
** the streets of Seoul", "marched through the centre of Athens")? */
static int streets_of(const sent_ctx *s, const actor_ref *t, int n)
{
    static const char *const grounds[] = {"street", "square", "road", "centre", "center",
                                          "avenue", NULL};
    for (int i = 0; i < n; i++) {
        /* the "of" inside the target's words, or right before them */
        uint32_t k = t[i].first;
        while (k < t[i].end && !lemma_is_word(s->ls.lemmas[k], "of"))
            k++;
        if (k >= t[i].end && t[i].first >= 2)
            k = t[i].first - 1;
        if (k == 0 || k >= s->ls.n || !lemma_is_word(s->ls.lemmas[k], "of") ||
            !lemma_in_list(s->ls.lemmas[k - 1], grounds))
            return 0;
    }
    return n > 0;
}

/* Prepositions of a route, which say where an act that may stand alone
** went: "marched through Nairobi", "from the park". */
static const char *const routes[] = {"through", "throughout", "from", "via", NULL};
enum { ROUTE_TOO = 2 };   /* skip_places: places and routes both */

/* The first role-bearing PP of the clause whose noun phrase is an actor;
** skip_places leaves out PPs of place (ROUTE_TOO: of a route too),
** skip_among PPs of among_preps. */
static int target_from_pps(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *out,
                           const char **prep, int skip_places, int skip_among)
{
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        if (pp->np < 0 || coder_when_pp(s, pp->first, pp->np))
            continue;
        if (skip_places && lemma_in_list(s->ls.lemmas[pp->first], places))
            continue;
        /* a protest's route is where too: "marched through Nairobi" */
        if (skip_places == ROUTE_TOO && lemma_in_list(s->ls.lemmas[pp->first], routes))
            continue;
        if (skip_among && lemma_in_list(s->ls.lemmas[pp->first], among_preps))
            continue;
        if (coder_absolute_with(s, pp->first))
            continue;
        if (coder_range_end(s, cl, k))   /* "from seven to 10 warships" */
            continue;
        int n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
        if (n > 0) {
            if (prep)
                *prep = s->ls.lemmas[pp->first];
            return n;
        }
    }
    return 0;
}

/* A clause right after clause ci that continues its verb phrase without a
** subject of its own: "signed an accord to supply Gondor", "cordoned off
** the roads leading into Mordor". The first actor in its object or PPs;
** skip_places as clause ci's own PPs take it: a consultation's place in
** the later clause is where too ("will resume talks on the price fixing
** issue in Luxembourg", whose "fixing" opened a clause). */
static int target_from_next(dyad_coder *c, const sent_ctx *s, size_t ci, int skip_places,
                            actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[nx->verb];
    int t = s->ls.tags[vg->first];
    int nonfinite = t == TAG_TO || t == TAG_VBG || t == TAG_VBN;
    if (!nonfinite || (nx->kind == CL_RELATIVE && nx->word != UINT32_MAX) ||
        nx->kind == CL_SUBORDINATE ||
        nx->kind == CL_REPORTING || vg->first > cl->end + 1)
        return 0;
    /* "met to discuss Syria", "convened to consider Iran's request": what
    ** is discussed is the topic, not a party */
    static const char *const topic_verbs[] = {"discuss", "debate", "consider", "review",
                                              "address", "examine", "assess", NULL};
    if (lemma_in_list(s->ls.lemmas[vg->head], topic_verbs))
        return 0;
    int n = nx->object >= 0 ? coder_resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    /* "met to discuss tension between Greece and Turkey": parties between
    ** whom something lies in the later verb's phrase are not the earlier
    ** verb's target */
    return n ? n : target_from_pps(c, s, nx, out, NULL, skip_places, 1);
}

/* "Turkey attacked and occupied parts of Syria": a verb with nothing after
** it shares the object of the verb joined to it by "and" or "or". */
static int shared_object(dyad_coder *c, const sent_ctx *s, size_t ci, actor_ref *out)
{
    if (ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *cl = &s->ls.clauses[ci], *nx = &s->ls.clauses[ci + 1];
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (cl->object >= 0 || cl->pp_count > 0 || nx->word == UINT32_MAX ||
        s->ls.tags[nx->word] != TAG_CC || nx->word != vg->end)
        return 0;
    int n = nx->object >= 0 ? coder_resolve_np(c, s, nx->object, out, MAX_ACTORS) : 0;
    return n ? n : target_from_pps(c, s, nx, out, NULL, 0, 0);
}

/* Does noun phrase np name a thing, with nothing in it that could be an
** actor the dictionary missed: no name, no agent noun, no pronoun or
** possessive one ("the vote", "the new law"; not "the government", not
** "Osgiliath", not "their innocence")? */
static int names_thing(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = np >= 0 ? &s->ls.phrases[np] : NULL;
    if (!p || (p->flags & PHF_PRONOUN))
        return 0;
    for (uint32_t k = p->first; k < p->end; k++) {
        const dict_agent *ag;
        if (tag_is_proper(s->ls.tags[k]) || s->ls.tags[k] == TAG_PRP ||
            s->ls.tags[k] == TAG_PRPS ||   /* "protested their innocence" */
            dict_match_agent(c->d, s->ids, p->end, k, &ag))
            return 0;
    }
    return 1;
}

int coder_names_third_country(dyad_coder *c, const sent_ctx *s, const char *a, const char *b)
{
    for (uint32_t k = 0; k < s->ls.n; k++) {
        if (!tag_is_proper(s->ls.tags[k]))
            continue;
        uint32_t end;
        actor_ref r;
        char cc[4];
        /* "accused Japan of selling chips in Asia and threatened
        ** retaliation": a region is where, not a third party */
        if (proper_country(c, s, k, &end, &r, cc) && strcmp(cc, a) != 0 && strcmp(cc, b) != 0 &&
            !mentions_region_code(cc))
            return 1;
        k = end > k ? end - 1 : k;
    }
    return 0;
}

int coder_threat_unaimed(dyad_coder *c, const sent_ctx *s, const clause_job *j, char sc[4])
{
    /* a slot that names someone unknown is no one's to fill ("gave firms
    ** a deadline"); a thing or nothing may be ("threatened retaliatory
    ** action"); an ultimatum is given to someone, not guessed ("the
    ** deadline set by Washington for the tariffs"); a finite verb of its
    ** own, not what the hostile act tells ("accused Japan of reneging") */
    return j->nt == 0 && j->ns != 0 && strncmp(j->code1, "13", 2) == 0 &&
           strcmp(j->code1, "139") != 0 && tag_is_finite(s->ls.tags[j->vg->first]) &&
           (j->tgt_np < 0 || names_thing(c, s, j->tgt_np)) &&
           coder_code_country(j->src[0].code, sc);
}

int coder_threat_foe(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    char sc[4], ec[4], tc[4];
    if (!coder_threat_unaimed(c, s, j, sc))
        return j->nt;
    /* the source's latest hostile act, in this sentence or the one before:
    ** "Washington accused Tokyo of breaking the pact and threatened
    ** retaliatory action" */
    static const char hostile[] = "10 11 12 13 16 17";
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, hostile, 0, s->index - 1)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        if (!coder_code_country(r->source, ec) || strcmp(ec, sc) != 0)
            continue;
        if (!coder_code_country(r->target, tc) || strcmp(tc, sc) == 0)
            continue;
        if (coder_names_third_country(c, s, sc, tc))
            return j->nt;
        return coder_add_from_event(c, j->vg, e, r->target, j->tgt, 0);
    }
    return j->nt;
}

/* "eased restrictions on exports to Kenya": the pattern's target slot
** (ending at token from) holds a thing, and the first actor in the PPs
** after it is the target. A PP of place ends the search: what follows it
** says more of the place ("attacked a convoy near the border with Kenya"). */
static int target_after_slot(dyad_coder *c, const sent_ctx *s, const clause *cl, uint32_t from,
                             actor_ref *out, const char **prep)
{
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &s->ls.phrases[s->ls.pps[cl->pp_first + k]];
        const char *p = s->ls.lemmas[pp->first];
        if (pp->first < from || pp->np < 0 || coder_when_pp(s, pp->first, pp->np) ||
            lemma_in_list(p, among_preps) || coder_absolute_with(s, pp->first))
            continue;
        if (lemma_in_list(p, places))
            return 0;
        int n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
        if (n > 0) {
            *prep = p;
            return n;
        }
    }
    return 0;
}

/* Does pattern p reach its target through min or more words of its own
** after the verb? Two, an object noun and its preposition ("ease
** restriction on +", "impose ban on +"), fix the verb's sense, so that a
** thing in the slot may give way to an actor in a PP after it; one, a
** preposition, lets a thing stand as the target of a protest
** ("demonstrate against +"). A bare "defend +" or "resist +" with a thing
** for object is another sense of the verb: "defended the new sanctions
** against Japan" is no defence of Japan, "resisted the group's pleas" no
** protest. */
static int anchored(const dict_pattern *p, uint32_t min)
{
    uint32_t words = 0;
    for (uint32_t i = 0; p && i < p->npost; i++) {
        if (p->post[i].kind == DICT_EL_TARGET)
            return words >= min;
        words += p->post[i].kind == DICT_EL_WORD || p->post[i].kind == DICT_EL_SYNSET;
    }
    return 0;
}

/* The target's actors: those of np; then, when the pattern's slot (the
** NP slot, or -1) holds a thing, the first actor in the PPs after it;
** when look_further, the first actor in the clause's PPs, in the clause
** that continues the verb, in the object of a verb joined by "and", in the
** subject of a that-clause ("expressed hopes that Osgiliath could ...").
** Sets *prep to the preposition of a PP that gave it. Returns the number
** found. */
static int find_target(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np, int32_t slot,
                       int look_further, int skip_places, actor_ref *tgt, const char **prep)
{
    const clause *cl = &s->ls.clauses[ci];
    int nt = coder_expand_multi(tgt, coder_resolve_np(c, s, np, tgt, MAX_ACTORS));
    if (!nt && slot >= 0 && slot == np && names_thing(c, s, slot))
        nt = coder_expand_multi(
            tgt, target_after_slot(c, s, cl, s->ls.phrases[slot].end, tgt, prep));
    if (nt || !look_further)
        return nt;
    if ((nt = coder_expand_multi(tgt, target_from_pps(c, s, cl, tgt, prep, skip_places, 0))) ||
        (nt = coder_expand_multi(tgt, target_from_next(c, s, ci, skip_places, tgt))) ||
        (nt = coder_expand_multi(tgt, shared_object(c, s, ci, tgt))))
        return nt;
    for (int32_t k = s->ckid[ci]; k >= 0 && nt == 0; k = s->csib[k])
        if ((size_t)k > ci && s->ls.clauses[k].kind == CL_COMPLEMENT)
            nt = coder_expand_multi(tgt, coder_resolve_np(c, s, s->ls.clauses[k].subject, tgt, MAX_ACTORS));
    return nt;
}

/* Does noun phrase np name an actor by its head: a name ("Iran",
** "Venezuelans"), an agent noun ("the army", "protesters"), a pronoun,
** members or supporters of one?
** Not a modifier alone: "Japanese shares retreated", "Egypt's stock
** market". With no target, nothing else vouches that the source acts. */
static int head_names_actor(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    if (np < 0)
        return 0;
    if (ph[np].flags & PHF_COORD) {
        int members = 0;
        for (size_t i = 0; i < s->ls.nphrases; i++)
            if (ph[i].up == np && ph[i].kind == PH_NP && !(ph[i].flags & PHF_POSS)) {
                if (!head_names_actor(c, s, (int32_t)i))
                    return 0;
                members++;
            }
        return members > 0;
    }
    uint32_t h = ph[np].head;
    if (tag_is_proper(s->ls.tags[h]) || (ph[np].flags & PHF_PRONOUN))
        return 1;
    const dict_agent *ag;
    for (uint32_t k = ph[np].first; k <= h; k++) {
        size_t len = dict_match_agent(c->d, s->ids, h + 1, k, &ag);
        if (len && k + len == h + 1)
            return 1;
    }
    /* "Members of the House of Commons protested", "members of the
    ** transport union staged a strike": a body's members are it */
    static const char *const members[] = {"member", "supporter", NULL};
    if (!lemma_in_list(s->ls.lemmas[h], members))
        return 0;
    for (int32_t k = s->kid[np]; k >= 0; k = s->sib[k])
        if (ph[k].kind == PH_PP && lemma_is_word(s->ls.lemmas[ph[k].first], "of"))
            return head_names_actor(c, s, ph[k].np);
    return 0;
}

/* Do a pattern's words, which end at token last, reach past clause ci's
** object only into the infinitive right after it and end in that
** infinitive's object? "pledged to take action to boost demand": the
** means is the object, the purpose names the act (`pledge to take
** &POLICYMEANS to &POLICYVERB &POLICYOBJ`, fifteenth session). */
static int purpose_reach(const sent_ctx *s, size_t ci, uint32_t object_end, uint32_t last)
{
    const phrase *ph = s->ls.phrases;
    if (last <= object_end || object_end >= s->ls.n || s->ls.tags[object_end] != TAG_TO)
        return 0;
    for (size_t k = ci + 1; k < s->ls.nclauses; k++) {
        const clause *pc = &s->ls.clauses[k];
        if (pc->parent != (int32_t)ci || pc->verb < 0 || ph[pc->verb].first != object_end)
            continue;
        return pc->object >= 0 && last > ph[pc->object].first && last <= ph[pc->object].end;
    }
    return 0;
}

/* Does clause ci have the shape of an event with no target, for match m
** of a pattern that asks for none? The pattern's words end in the verb's
** object ("staged a demonstration", "staged protest rallies") or the PP
** right after it ("put its forces on alert"), never beyond ("will hold a
** buying tender on Wednesday, March 4" is no "hold march"). With no
** object they end in the clause's first PP ("went on strike"), or past
** PPs of place or time alone ("pledged in Paris to cut taxes": Paris is
** no target). The verb alone has no object, no complement, and no PP but of place or time:
** "demonstrated in Caracas on Sunday", not "to demonstrate to the markets
** that ...". */
static int alone_shape(const sent_ctx *s, size_t ci, const match_state *m)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *ph = s->ls.phrases;
    const phrase *pp1 = cl->pp_count > 0 ? &ph[s->ls.pps[cl->pp_first]] : NULL;
    if (cl->object >= 0) {
        const phrase *ob = &ph[cl->object];
        size_t end = pp1 && pp1->first == ob->end ? pp1->end : ob->end;   /* "put forces on alert" */
        return (m->last > ob->first && m->last <= end) || purpose_reach(s, ci, ob->end, m->last);
    }
    /* the words the pattern reached past the verb end in its first PP (a
    ** clause with no PP at all has none left over: "were on alert" with
    ** "alert" read as an adjective), or past it, over PPs of place or
    ** time alone: "pledged in Paris to cut taxes" says where */
    int past = m->last > 0 && pp1 && m->last > pp1->end;
    if (m->last > 0 && pp1 && !past)
        return 1;
    for (uint32_t k = 0; k < cl->pp_count; k++) {
        const phrase *pp = &ph[s->ls.pps[cl->pp_first + k]];
        const char *p = s->ls.lemmas[pp->first];
        if (past && pp->first >= m->last)
            break;
        if (!lemma_in_list(p, places) && !coder_when_pp(s, pp->first, pp->np) &&
            !(pp->np >= 0 && coder_time_noun(s, ph[pp->np].head)))
            return 0;
    }
    if (past)
        return 1;
    for (int32_t k = s->ckid[ci]; k >= 0; k = s->csib[k])
        if ((size_t)k > ci && s->ls.clauses[k].kind == CL_COMPLEMENT)
            return 0;
    return 1;
}

/* Is every target of j found in the very words of one of its sources? */
static int own_words(const clause_job *j)
{
    for (int k = 0; k < j->nt; k++) {
        int own = 0;
        for (int i = 0; i < j->ns && !own; i++)
            own = j->tgt[k].first == j->src[i].first && j->tgt[k].end == j->src[i].end;
        if (!own)
            return 0;
    }
    return 1;
}

/* "Singapore welcomed the exchange's decision", "welcomed Zambian trade
** plans": one hosts people, not a thing a possessor or modifier says is
** theirs (a move welcomed is praise: `welcome &MOVE`, 051). Drops clause
** job j's targets when its hosting (043) receives such a thing. */
static void host_people(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const hosting_verbs[] = {"welcome", "receive", "greet", "host", NULL};
    /* delegates and representatives: a state's people after "from"
    ** (coder_from.c) */
    static const char *const guests[] = {"visitor", "guest", "delegation", "wife", "husband",
                                         "family", "visit", "trip", "arrival", "delegate",
                                         "representative", NULL};
    if (j->nt == 0 || strcmp(j->code1, "043") != 0 || j->passive || j->m.target < 0 ||
        !lemma_in_list(j->lemma, hosting_verbs))
        return;
    const phrase *tp = &s->ls.phrases[j->m.target];
    int32_t ob = j->cl->object;
    int within = ob >= 0 && tp->first >= s->ls.phrases[ob].first &&
                 tp->end <= s->ls.phrases[ob].end;
    /* "hosted the Ugandan president's wife", "welcomed the Zambian
    ** president's visit": people, or their coming, are hosted; a
    ** possessor's, when the object's head is past it */
    uint32_t oh = ob >= 0 ? s->ls.phrases[ob].head : 0;
    int people = ob >= 0 && (head_names_actor(c, s, ob) || lemma_in_list(s->ls.lemmas[oh], guests));
    if ((tp->flags & PHF_POSS) && oh < tp->end)
        people = 0;
    if (((tp->flags & PHF_POSS) || within) && !people)
        j->nt = 0;
}

/* "arrived in Lilongwe for talks with the Malawian president": a journey
** (042, or its intent) to a country whose purpose is talks with people of
** that country is a visit to them, and so their hosting too (visit_host
** in coder_events.c). The people met replace the bare country; talks
** with anyone else ("for talks with World Bank officials") leave it. */
static const char *const journey_verbs[] = {"visit", "arrive", "fly", "travel", "come",
                                            "go", "head", NULL};
static void visit_partner(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    char cc[4], pc[4];
    if (j->nt != 1 || strlen(j->tgt[0].code) != 3 || strcmp(j->code1, "042") != 0 ||
        !lemma_in_list(j->lemma, journey_verbs) || !coder_code_country(j->tgt[0].code, cc))
        return;
    const clause *cl = j->cl;
    for (uint32_t k = j->vg->end; k + 3 < cl->end; k++) {
        if (!lemma_is_word(s->ls.lemmas[k], "for") || s->ls.np_of[k + 1] < 0)
            continue;
        const phrase *talks = &s->ls.phrases[s->ls.np_of[k + 1]];
        if (!lemma_in_list(s->ls.lemmas[talks->head], coder_meeting_nouns))
            continue;   /* "leaves for Lilongwe on Monday for talks with" */
        if (talks->end + 1 >= cl->end || !lemma_is_word(s->ls.lemmas[talks->end], "with") ||
            s->ls.np_of[talks->end + 1] < 0)
            return;
        actor_ref met[MAX_ACTORS];
        int32_t np = s->ls.np_of[talks->end + 1];
        int n = coder_expand_multi(met, coder_resolve_np(c, s, np, met, MAX_ACTORS));
        for (int i = 0; i < n; i++)
            if (strlen(met[i].code) <= 3 || !coder_code_country(met[i].code, pc) ||
                strcmp(pc, cc) != 0)
                return;
        /* j->tgt_np and j->target_prep stay on the city: the event's
        ** place is read from them ("arrived in Lilongwe": Lilongwe) */
        if (n > 0) {
            memcpy(j->tgt, met, sizeof met);
            j->nt = n;
        }
        return;
    }
}

/* ---- the slots step ---- */

/* "Welcoming the Ugandan proposal, the Kenyan president said ...", "While
** condemning Uganda, Kenyan officials said ...": a participle that opens
** the sentence (after a subordinator, if any) with no subject of its own
** is done by the subject of the clause after its comma, and so is one
** set off by commas right after that subject. A passive
** participle is not ("Asked by reporters, X replied": the reporters ask).
** Returns that subject, or -1. */
static int32_t fronted_subject(const sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    if (cl->subject >= 0 || cl->verb < 0)
        return -1;
    uint32_t k = cl->first;
    if (cl->word == k)
        k++;   /* "While", "After" */
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (vg->first != k || s->ls.tags[k] != TAG_VBG)
        return -1;
    /* "The Kenyan president, visiting Kampala on Monday, praised ...": a
    ** participle set off by commas right after a main clause's subject is
    ** that subject's */
    if (cl->first != 0) {
        if (cl->word == cl->first || k < 2 || s->ls.tags[k - 1] != TAG_COMMA)
            return -1;
        for (size_t m = ci + 1; m < s->ls.nclauses; m++) {
            const clause *mc = &s->ls.clauses[m];
            if (mc->kind == CL_MAIN && mc->subject >= 0 &&
                s->ls.phrases[mc->subject].end == k - 1 && mc->verb >= 0 &&
                s->ls.phrases[mc->verb].first > cl->end - 1 &&
                s->ls.tags[s->ls.phrases[mc->verb].first - 1] == TAG_COMMA)
                return mc->subject;
        }
        return -1;
    }
    for (size_t m = ci + 1; m < s->ls.nclauses; m++) {
        const clause *mc = &s->ls.clauses[m];
        if (mc->kind != CL_MAIN && (int32_t)m != cl->parent)
            continue;
        /* "Accusing the French of overfishing, Canada said": a gerund
        ** after a preposition inside the participle's words is no clause
        ** of its own */
        if (mc->subject < 0 && mc->verb >= 0) {
            uint32_t g = s->ls.phrases[mc->verb].first;
            if (s->ls.tags[g] == TAG_VBG && g > 0 && s->ls.tags[g - 1] == TAG_IN)
                continue;
        }
        int32_t subj = mc->subject;
        uint32_t at = subj >= 0 ? s->ls.phrases[subj].first : 0;
        return subj >= 0 && at > 0 && s->ls.tags[at - 1] == TAG_COMMA ? subj : -1;
    }
    return -1;
}

/* Prepositions by which a gerund hangs on the noun before it ("the deal
** on sending troops", "the idea of sending"). */
static const char *const noun_preps[] = {"on", "of", "about", "over", NULL};
/* ... but what one is charged with is one's own act: "denied charges of
** attacking Osgiliath" */
static const char *const charge_nouns[] = {"charge",    "accusation", "allegation", "claim",
                                           "suspicion", "report",     "rumor",      "rumour",
                                           "evidence",  "guilt",      NULL};

/* What a feeling is at: "dismayed by", "angered at", "irritated with". */
static const char *const feeling_preps[] = {"by", "at", "with", "over", "about", NULL};

void coder_clause_slots(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const clause *cl = j->cl;
    match_state *m = &j->m;
    j->passive = j->vg->voice == VOICE_PASSIVE && !j->on_caten;
    j->unnamed_agent = j->passive && cl->agent < 0 && m->source < 0;
    /* the NP after a passive verb is its by-agent, never the target slot;
    ** nor is a PP's NP where the active pattern's object stood: "were
    ** killed in an attack" matches "kill +", and the subject is the + */
    if (j->passive && m->target >= 0 &&
        ((cl->agent >= 0 && s->ls.phrases[m->target].first >= s->ls.phrases[cl->agent].first &&
          s->ls.phrases[m->target].end <= s->ls.phrases[cl->agent].end) ||
         (m->pattern && m->pattern->npost > 0 && m->pattern->post[0].kind == DICT_EL_TARGET &&
          !m->subject_words)))
        m->target = -1;
    /* "is to meet formally in Washington": meeting somewhere is not meeting
    ** it; in consultations a place is never the target */
    /* "Chile and Peru agreed to meet in March": an intent to meet (036)
    ** is a consultation still to come, and so takes a place or a time
    ** for where or when too */
    int meet_intent = strcmp(j->code1, "036") == 0;
    j->consult = (strncmp(j->code1, "04", 2) == 0 || meet_intent) && !c->opts.partial;
    if (j->consult && m->target >= 0 && m->slot_prep && lemma_in_list(m->slot_prep, places))
        m->target = -1, m->slot_prep = NULL;
    int32_t src_np = m->source, tgt_np = m->target;
    j->subject_target = m->pattern && (m->pattern->flags & DICT_PAT_SUBJECT_TARGET);
    if (src_np < 0)
        src_np = j->subject_target ? -1 : j->passive ? cl->agent : cl->subject;
    /* "Chile decided for at least the time being not to accept": the
    ** parse takes "the time" for the subject; the decider's is the one */
    if (j->refusal == REFUSAL_DECISION && cl->parent >= 0 && s->ls.clauses[cl->parent].verb >= 0) {
        int32_t gov = coder_time_being(s, &s->ls.phrases[s->ls.clauses[cl->parent].verb]);
        if (gov >= 0 && s->vg_clause[gov] >= 0 && s->ls.clauses[s->vg_clause[gov]].subject >= 0)
            src_np = s->ls.clauses[s->vg_clause[gov]].subject;
    }
    /* "deemed the agreement on sending soldiers illegal": a gerund after
    ** a common noun and a preposition that hangs on it is the noun's, and
    ** the clause's subject before them is not its doer; "left Osgiliath
    ** after meeting ...", "found guilty on Thursday of raping ..." are the
    ** subject's (after, before, by: no noun's; a name or a day) */
    uint32_t v = j->vg->head;
    if (src_np >= 0 && src_np == cl->subject && v >= 2 && s->ls.tags[v] == TAG_VBG &&
        s->ls.tags[v - 1] == TAG_IN && lemma_in_list(s->ls.lemmas[v - 1], noun_preps) &&
        (s->ls.tags[v - 2] == TAG_NN || s->ls.tags[v - 2] == TAG_NNS) &&
        !lemma_in_list(s->ls.lemmas[v - 2], charge_nouns) && s->ls.phrases[src_np].end <= v - 2)
        src_np = -1;
    if (tgt_np < 0)
        tgt_np = j->subject_target ? cl->subject : j->passive ? cl->subject : cl->object;
    /* "discussed Peru's levy, which has drawn criticism from Chile": a
    ** pattern whose + stands before the verb ("+ draw criticism from $")
    ** found it among the words before the verb, anywhere in the sentence;
    ** in a relative clause it is the clause's own subject, the antecedent
    ** the language layer gives it; "whose shipping" names only a thing of
    ** the antecedent, and the words before stay the slot's */
    if (j->subject_target && cl->kind == CL_RELATIVE && cl->subject >= 0 && !j->passive &&
        s->ls.tags[s->ls.phrases[cl->subject].first] != TAG_WPS)
        tgt_np = cl->subject;
    if (j->subject_target && m->source < 0)
        src_np = cl->object;
    /* "+ dismay $" is a participle of feeling and its cause after a
    ** preposition ("Canada, dismayed by the U.S. duty", "was angered
    ** at"): the subject is the one displeased, the PP's noun the cause.
    ** No other phrase is its cause ("was disappointed Ruiz had left"),
    ** and the active ("the arrest of X by Y angered Z") is left out: its
    ** subject is mostly an act whose doer the coder would miss */
    const dict_pattern *pat = m->pattern;
    if (j->subject_target && pat && pat->npost == 1 && pat->post[0].kind == DICT_EL_SOURCE) {
        uint32_t f = m->source >= 0 ? s->ls.phrases[m->source].first : 0;
        if (f > 0 && lemma_in_list(s->ls.lemmas[f - 1], feeling_preps)) {
            /* the one pleased or displeased is the passive clause's own
            ** subject, not a "+" found earlier in the sentence: "said the
            ** Reagan announcement was a major step and that Canada was
            ** pleased with the U.S. decision"; a relative's subject is
            ** its antecedent ("not 100 pct satisfied with") */
            src_np = j->passive && cl->kind != CL_RELATIVE && cl->subject >= 0 &&
                             m->target >= 0 &&
                             s->ls.phrases[m->target].end <= s->ls.phrases[cl->subject].first
                         ? cl->subject : tgt_np;
            tgt_np = m->source;
        } else {
            src_np = tgt_np = -1;
        }
    }
    /* "is opposed to the tax", "is against the plan": a rejection whose
    ** pattern has no slot and ends on the noun of a PP, in a clause with
    ** no object, has that noun's phrase where "opposed the tax" has its
    ** object, for the owner of the thing (coder_owner.c); so has one
    ** whose object is the stance the PP hangs on ("raised objections to
    ** the levy", "voiced opposition to the scheme": eighth session) */
    static const char *const stance_nouns[] = {"opposition", "objection", NULL};
    int stance_object = tgt_np >= 0 && tgt_np == cl->object &&
                        m->last > s->ls.phrases[tgt_np].end &&
                        lemma_in_list(s->ls.lemmas[s->ls.phrases[tgt_np].head], stance_nouns);
    if ((tgt_np < 0 || stance_object) && m->target < 0 && !j->passive && pat && pat->npost > 0 &&
        pat->post[pat->npost - 1].kind != DICT_EL_TARGET && m->last >= 2 &&
        strncmp(j->code1, "12", 2) == 0) {
        int32_t np = s->ls.np_of[m->last - 1];
        const phrase *q = np >= 0 ? &s->ls.phrases[np] : NULL;
        if (q && q->head == m->last - 1 && q->first > 0 &&
            (s->ls.tags[q->first - 1] == TAG_IN || s->ls.tags[q->first - 1] == TAG_TO))
            tgt_np = np;
        else if (stance_object)   /* "objections to tax rises": no one's stance aimed */
            tgt_np = -1;
    }
    if (src_np < 0 && !j->passive && !j->subject_target)
        src_np = fronted_subject(s, j->ci);
    /* "Falastur noted that Cirith Ungol regretted ...", matched by "noted +
    ** *": words before the verb that put its own subject in the target slot
    ** leave the source to the clause those words belong to */
    if (m->source < 0 && m->target >= 0 && m->target == cl->subject && !j->subject_target &&
        !j->passive && !m->compound && m->pattern && m->pattern->npre && cl->parent >= 0)
        src_np = s->ls.clauses[cl->parent].subject;
    j->src_np = src_np;
    j->tgt_np = tgt_np;
    /* "Iraq refused to sign the pact with OPEC": a refusal is one side's */
    j->mutual = m->pattern && (m->pattern->flags & DICT_PAT_MUTUAL) && !j->refusal;
    /* "Sweden and Kenya agreed to expand trade": the members of the
    ** subject are each other's partner; none is sought elsewhere */
    j->joint = m->joint;
    if (j->joint)
        j->mutual = 1;
    /* "the U.S. and Brazil blamed one another": each member to the
    ** other (coder_reciprocal.c) */
    if (!j->passive && tgt_np >= 0 && tgt_np != cl->subject && coder_reciprocal_np(s, tgt_np))
        j->mutual = 1;
    /* consulting and cooperating with nobody named: a compound subject does
    ** it together ("Xi and Putin met", "the two sides signed a deal") */
    j->together = strncmp(j->code1, "04", 2) == 0;
    /* ... and a compound subject that agrees to meet meets itself, unless
    ** the pattern's slot kept a thing ("agreed to meet the costs") */
    if (meet_intent && m->target < 0)
        j->together = 1;
    /* "Kenya and Uganda have received new screens": a thing received names
    ** no partner ("head delegation to the joint commission" may) */
    if (j->together && m->target >= 0 && lemma_is_word(j->lemma, "receive") &&
        !head_names_actor(c, s, m->target))
        j->together = 0;
    /* "both governments tried to stop a slide in relations": "stop in +"
    ** whose slot kept a thing is no stop on a visit to each other */
    if (j->together && m->target >= 0 && lemma_is_word(j->lemma, "stop") &&
        !head_names_actor(c, s, m->target))
        j->together = 0;
    /* "Britain and France gathered intelligence": a verb that is reciprocal
    ** alone ("gather", "meet") but has an object naming no actor is used in
    ** another sense; its subject's members are no partners */
    if (j->mutual && !j->joint && m->pattern && m->pattern->npost == 0 && m->pattern->npre == 0 &&
        cl->object >= 0 && !head_names_actor(c, s, cl->object))
        j->mutual = j->together = 0;
    j->look_further = m->target < 0 && !m->slot_when && !j->subject_target && !j->passive &&
                      !j->joint;
    /* "Thousands of Kenyans demonstrated", "protesters staged a
    ** demonstration": a code that may stand alone, from a pattern that asks
    ** for no target, with no object the pattern's words did not reach.
    ** An object left over is something the pattern does not understand
    ** ("Iran demonstrated its resolve to Israel"): then no target is sought
    ** beyond it either. */
    j->alone = 0;
    if (coder_code_alone(j->code1) && targetless(m) && !j->subject_target) {
        j->alone = alone_shape(s, j->ci, m);
        /* such a pattern takes no object or subject for its target: "X
        ** was demonstrated by Y" is no protest of Y's against X */
        j->tgt_np = -1;
        if (cl->object >= 0 && !j->alone)
            j->look_further = 0;
    }
}

/* ---- the actors step ---- */

/* What the preposition before the target decides once the actors are
** known: a place is where a compound subject met, not whom; a between-PP
** under a reciprocal pattern pairs its own members. */
static void pairing(clause_job *j)
{
    /* "Xi and Putin met in Moscow": a compound subject meets itself; a place
    ** found in a PP is where, not whom */
    if (!j->target_prep && j->m.target >= 0)
        j->target_prep = j->m.slot_prep;
    if (j->target_prep && lemma_in_list(j->target_prep, places) && (j->mutual || j->together) &&
        j->ns >= 2)
        j->nt = 0;
    /* "brokered a deal to normalize relations between Sudan and Israel": a
    ** reciprocal pattern (@mutual) between the members of a between-PP is
    ** theirs, not the subject's with each; a one-way event ("mediated
    ** between Israel and Egypt") keeps its subject, and so does a
    ** consultation, as PETRARCH codes it ("welcomed talks between X and Y") */
    j->between = j->nt >= 2 && j->mutual && j->target_prep && j->m.target < 0 &&
                 lemma_in_list(j->target_prep, among_preps);
}

/* "We have urged both sides to exercise restraint", said by the
** spokesman of one of them: a group phrase that the article level read as
** a set holding a source is not whom that source acts on. The sources it
** holds are dropped ("Greece and Turkey's NATO allies called on both
** countries" leaves NATO's appeal to each); with none left, the target. */
static void set_holds_source(clause_job *j)
{
    if (j->nt < 2)
        return;
    for (int t = 0; t < j->nt; t++)
        if (j->tgt[t].from != FROM_MENTION)
            return;
    int k = 0;
    for (int i = 0; i < j->ns; i++)
        if (!coder_actors_have(j->tgt, j->nt, j->src[i].code))
            j->src[k++] = j->src[i];
    if (k == 0)
        j->nt = 0;
    else
        j->ns = k;
}

/* "Mexican senators asked their Canadian counterparts": a counterpart
** holds its owner's office in another state, so the target takes the
** source's role (CANLEG, not the agent's own GOV) when its phrase is the
** source's ("their", "his") and the source is one state's agent. */
static void counterpart_role(const sent_ctx *s, clause_job *j)
{
    if (j->ns != 1 || j->tgt_np < 0 || strlen(j->src[0].code) != 6 ||
        !lemma_is_word(s->ls.lemmas[s->ls.phrases[j->tgt_np].head], "counterpart"))
        return;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    int owned = 0;
    for (uint32_t k = p->first; k < p->head; k++)
        owned |= s->ls.tags[k] == TAG_PRPS;
    for (int t = 0; t < j->nt && owned; t++) {
        actor_ref *a = &j->tgt[t];
        if (a->first >= p->first && a->end <= p->end && strlen(a->code) == 6 &&
            strcmp(a->code + 3, "GOV") == 0)
            memcpy(a->code + 3, j->src[0].code + 3, 4);
    }
}

/* Nouns an infinitive right after them belongs to: "Uganda's decision to
** impose tariffs" is Uganda's imposing, whoever welcomes it. In strcmp
** order. */
static const char *const intent_nouns[] = {
    "attempt", "bid",      "call",     "commitment", "decision", "determination", "effort",
    "failure", "intention", "move",    "offer",      "order",    "plan",          "pledge",
    "promise", "proposal", "readiness", "refusal",   "request",  "threat",        "willingness",
    NULL};

int coder_intent_noun(const sent_ctx *s, uint32_t k)
{
    return k + 1 < s->ls.n && s->ls.tags[k + 1] == TAG_TO &&
           (s->ls.tags[k] == TAG_NN || s->ls.tags[k] == TAG_NNS) &&
           lemma_in_list(s->ls.lemmas[k], intent_nouns);
}

/* "Kenya welcomed the Ugandan move to lift the ban": the noun phrase
** whose head, a noun of intent, stands right before the "to" of clause
** job j's infinitive, when that infinitive borrowed the subject of the
** clause it hangs on (or had none to borrow) and the phrase names its owner by words of its own
** before the head (a possessor, a country: "Uganda's", "the Ugandan");
** else -1. Then the owner, not that subject, does the act. */
static int32_t intent_owner(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    const phrase *vg = j->vg;
    if (j->cl->ctrl != CTRL_SUBJECT || (j->src_np >= 0 && j->src_np != j->cl->subject) ||
        vg->first < 2 || s->ls.tags[vg->first] != TAG_TO)
        return -1;
    uint32_t k = vg->first - 1;
    int32_t np = s->ls.np_of[k];
    actor_ref a;
    if (np < 0 || s->ls.phrases[np].head != k || !coder_intent_noun(s, k) ||
        !coder_resolve_span(c, s, s->ls.phrases[np].first, k, &a))
        return -1;
    return np;
}

void coder_clause_actors(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    size_t ci = j->ci;
    /* no target found yet: owner_clause (coder_owner.c) reads it before
    ** the targets are, and code_clause's job comes unset */
    j->nt = 0;
    /* private agents may take the article's country here, where the guard
    ** below checks it against the other role; workers, farmers and
    ** students only in a protest (PEER_PROTEST) or an appeal (PEER_APPEAL) */
    c->private_agents = strncmp(j->code1, "14", 2) == 0   ? PEER_PROTEST
                        : strncmp(j->code1, "02", 2) == 0 ? PEER_APPEAL
                                                          : PEER_STATE;
    /* violence, and property seized or destroyed (170, 171, 1712), which
    ** is fighting when it is a force's post (coder_pair_code) */
    c->force_clause = coder_violent_code(j->code1) ? FORCE_VIOLENCE
                      : strcmp(j->code1, "170") == 0 || strcmp(j->code1, "171") == 0 ||
                              strcmp(j->code1, "1712") == 0
                          ? FORCE_PROPERTY
                          : 0;
    int32_t tgt_words = j->tgt_np;
    j->src_np = coder_antecedent(c, s, ci, j->src_np);
    j->tgt_np = coder_antecedent(c, s, ci, j->tgt_np);
    /* "welcomed the Ugandan move to lift the ban": the move's owner lifts it */
    int32_t owner = intent_owner(c, s, j);
    if (owner >= 0)
        j->src_np = owner;
    j->ns = coder_expand_multi(j->src, coder_resolve_np(c, s, j->src_np, j->src, MAX_ACTORS));
    /* the reporter's country is the sentence's, before the article's */
    actor_ref rep;
    if ((j->ns == 0 || coder_from_article(j->src, j->ns)) &&
        coder_agent_of_reporter(c, s, ci, j->src_np, &rep)) {
        j->src[0] = rep;
        j->ns = 1;
    }
    /* "an air strike by Syrian forces killed ...": an event noun subject */
    coder_nominal_subject(c, s, j);
    /* "were detained in Tehran": the police of the place */
    coder_custody_agent(c, s, j);
    /* "Israeli jets raided ...": an attack from the air */
    coder_aerial_source(s, j);
    /* "Ana Ruiz stabbed ...": a person the article names, with no code */
    if (j->ns == 0)
        j->ns = coder_private_person(c, s, j, j->src_np, 0, j->src);
    /* "a man attacked ...": violence on one's own account */
    coder_private_violence(s, j);
    j->target_prep = NULL;
    /* a place says where a consultation, or an event that may stand
    ** alone, happened: "demonstrated in Caracas" */
    int places_where = j->alone ? ROUTE_TOO : j->consult;
    /* the pattern's own slot, when it placed the target behind words of
    ** its own (not in the passive, where the slot gave way to the subject) */
    int32_t slot = j->m.target >= 0 && !j->subject_target && !j->passive &&
                   anchored(j->m.pattern, 2) ? j->tgt_np : -1;
    /* "opposed key parts of the proposal": the whole (coder_part.c) */
    coder_part_of_thing(c, s, j);
    /* "criticised a rise in West German interest rates": the rates
    ** (coder_change.c) */
    int32_t changed = coder_change_whole(s, j->code1, j->tgt_np);
    if (changed >= 0)
        j->tgt_np = changed;
    /* "condemned the annexation by Uganda": the owner of a thing
    ** (coder_owner.c) */
    int thing = coder_owner_thing(c, s, j);
    j->nt = coder_owner_within(c, s, j, thing);
    /* "Kenya and Uganda joined forces to press Tanzania": a reciprocal
    ** pattern with no + pairs the members of a compound subject; what a
    ** verb it took in names is that verb's target, not their partner */
    int further = j->look_further && !(j->mutual && j->m.target < 0 && j->ns >= 2);
    if (j->nt == 0)
        j->nt = find_target(c, s, ci, j->tgt_np, slot, further, places_where, j->tgt,
                            &j->target_prep);
    /* "lend Ecuador oil to help it meet ...": not the lender (coder_object_pronoun.c) */
    coder_object_pronoun(c, s, j, tgt_words);
    /* "vowed to avenge it": the attack, whose doer coder_attacker_foe
    ** finds before any rule below takes the source's own side */
    if (coder_avenges_it(s, j)) {
        j->nt = 0;
        j->nt = coder_attacker_foe(c, s, j);
    }
    /* "Kenya promised on Monday to change the law": the clause that
    ** continues the verb lends back the subject it borrowed, the source's
    ** own words, and an act that may stand alone has no target then */
    if (j->alone && j->nt > 0 && own_words(j))
        j->nt = 0;
    visit_partner(c, s, j);
    host_people(c, s, j);
    /* "took to the streets of Seoul": where a crowd protests, not whom */
    if (j->alone && thing_alone(j->code1) && streets_of(s, j->tgt, j->nt))
        j->nt = 0;
    /* "sent aid to Kharkiv": a city the dictionary does not know is its
    ** country, when nothing better is the target (coder_place.c) */
    if (j->nt == 0)
        j->nt = coder_place_target(s, j);
    /* "the Kenyan delegation arrived here on Monday": a visit to the
    ** dateline's country (coder_place.c) */
    if (j->nt == 0 && j->m.pattern)
        j->nt = coder_here_target(c, s, j->code1, j->vg->head, j->m.last, j->src, j->ns,
                                  j->tgt);
    /* "slapped tariffs on electronic goods from Japan": the goods' country
    ** (coder_aimed.c) */
    if (j->nt == 0)
        j->nt = coder_goods_origin(c, s, j);
    /* "criticized the attack": the doer of the article's latest attack */
    if (j->nt == 0)
        j->nt = coder_owner_earlier(c, s, j, thing);
    /* "U.S. warships destroyed the platform": the Iranian one named
    ** before (coder_things.c) */
    if (j->nt == 0)
        j->nt = coder_thing_earlier(c, s, j);
    /* "prepared to lift the sanctions": the sanctioned of the article */
    if (j->nt == 0)
        j->nt = coder_sanction_lifted(c, s, j);
    /* "the opposition denounced the new tax": its government's */
    if (j->nt == 0)
        j->nt = coder_owner_government(c, s, j, thing);
    /* "the president vetoed the bill": its legislature's */
    if (j->nt == 0)
        j->nt = coder_owner_legislature(c, s, j, thing);
    /* "Zambian opposition parties criticized the government", "police
    ** detained Zambian opposition activists": the party's state */
    if (j->nt == 0)
        j->nt = coder_party_agent(c, s, j->tgt_np, j->src, j->ns, j->tgt);
    /* "Premier Ruiz accused the left-wing opposition parties": the
    ** state's own (coder_home_party.c) */
    if (j->nt == 0)
        j->nt = coder_home_party(c, s, j, j->tgt_np, j->src, j->ns, j->tgt);
    if (j->ns == 0)
        j->ns = coder_home_party(c, s, j, j->src_np, j->tgt, j->nt, j->src);
    /* "warned of retaliation if Seoul's efforts falter": a threat is
    ** aimed at whoever its condition names */
    j->nt = coder_condition_target(c, s, j);
    /* "accused Tokyo of breaking the pact and threatened retaliatory
    ** action": whom its source's latest hostile act was aimed at */
    j->nt = coder_threat_foe(c, s, j);
    /* "vowed retaliation" after "the U.S. attack on an Iranian oil site":
    ** the attacker (coder_avenge.c) */
    j->nt = coder_attacker_foe(c, s, j);
    if (j->ns == 0)
        j->ns = coder_party_agent(c, s, j->src_np, j->tgt, j->nt, j->src);
    /* "police detained Ana Ruiz", "shot him" */
    if (j->nt == 0)
        j->nt = coder_private_person(c, s, j, j->tgt_np, 1, j->tgt);
    /* "Police arrested the accused": who did the article's attack */
    j->nt = coder_assailant_earlier(c, s, j, j->tgt_np, j->tgt, j->nt);
    j->ns = coder_assailant_earlier(c, s, j, j->src_np, j->src, j->ns);
    /* "Police detained the man" after "named him as Libyan national ..." */
    j->nt = coder_named_suspect(c, s, j, j->tgt_np, j->tgt, j->nt);
    j->ns = coder_named_suspect(c, s, j, j->src_np, j->src, j->ns);
    /* "FREETOWN - Sierra Leone's former vice-president was detained" */
    if (j->ns == 0)
        j->ns = coder_custody_home(c, s, j);
    coder_town_custody(j);
    /* "the tariffs were levied on Japanese goods": the article's imposer */
    if (j->ns == 0)
        j->ns = coder_sanction_imposer(c, j);
    /* "six policemen were killed when gunmen attacked their post" */
    j->ns = coder_doer_elsewhere(c, s, j);
    /* "Tunisia banned anyone wearing a face veil from ...": its people */
    if (j->nt == 0)
        j->nt = coder_ban_home(s, j);
    /* "MITI instructed domestic makers", "domestic firms lobbied the
    ** ministry": the home of the state's actor in the other role */
    if (j->nt == 0)
        j->nt = coder_domestic_agent(c, s, j->tgt_np, j->src, j->ns, j->tgt);
    /* "the ministry asked car makers to cut exports": the asker's own
    ** firms (coder_firms_asked.c) */
    if (j->nt == 0)
        j->nt = coder_firms_asked(c, s, j, j->tgt);
    /* "Zenith Electronics Corp asked the U.S. Supreme Court": a firm
    ** named that asks a state's actor named is that state's */
    if (j->ns == 0)
        j->ns = coder_firm_asking(c, s, j, j->src);
    if (j->ns == 0)
        j->ns = coder_domestic_agent(c, s, j->src_np, j->tgt, j->nt, j->src);
    /* "Bangladesh police arrested four industrialists": the police's */
    j->nt = coder_custody_detainee(c, s, j);
    /* PETRARCH's new actors are the last resort in either role */
    if (c->new_actor_length > 0 && (j->ns == 0 || j->nt == 0)) {
        c->new_actor_now = 1;
        if (j->ns == 0)
            j->ns = coder_resolve_np(c, s, j->src_np, j->src, MAX_ACTORS);
        if (j->nt == 0)
            j->nt = find_target(c, s, ci, j->tgt_np, slot, j->look_further, places_where,
                                j->tgt, &j->target_prep);
        c->new_actor_now = 0;
    }
    /* "Kenyan students demonstrated against the new law", "massed troops
    ** near the border": a code that may stand alone, whose pattern's
    ** target is a thing behind a word of its own, not an actor the
    ** dictionary missed */
    if (j->nt == 0 && !j->alone && thing_alone(j->code1) && !j->m.verb->petr &&
        anchored(j->m.pattern, 1) &&
        !j->subject_target &&
        (names_thing(c, s, j->tgt_np) || coder_named_feature(s, j->tgt_np)))
        j->alone = 1;
    /* "Libyan troops evacuated their stronghold in northern Chad": a
    ** retreat from another country's soil is before that country */
    coder_retaliation_for(s, j);
    /* "would respond to any attack on Uganda": the act's doer only */
    coder_answer_doer(s, j);
    coder_retreat_target(c, s, j);
    /* "Israeli jets bombed ... the planes attacked": the jets' state */
    j->ns = coder_war_arms(c, s, j);
    /* "Kenyan jets bombed an oil depot in Somalia": a thing struck abroad
    ** is struck in that country */
    if (j->nt == 0 && coder_violent_code(j->code1) && !j->subject_target && !j->passive &&
        names_thing(c, s, j->tgt_np))
        coder_strike_abroad(c, s, j);
    /* "Iraqi jets also raided the oil field", after Iraq's attacks on
    ** Iran: the other side of the article's war */
    if (j->nt == 0 && coder_violent_code(j->code1) && !j->subject_target && !j->passive)
        coder_war_foe(c, s, j);
    /* with no target, nothing else vouches that the source acts: its
    ** head must name it ("Japanese shares retreated" is no event) */
    if (j->alone && !head_names_actor(c, s, j->src_np))
        j->alone = 0;
    /* "Russian troops marched through the town": troops that march with
    ** no one against them parade; they do not protest */
    /* nor do they strike, as labour does, with no one struck ("Israeli
    ** jets began a strike": thirteenth session) */
    /* nor riot by throwing stones ("troops threw stones": fifteenth
    ** session); and a state that joins strikes joins allies' blows
    ** ("Britain joined the strikes"), as labour does not */
    for (int i = 0; j->alone && i < j->ns; i++) {
        const char *code = j->src[i].code;
        if ((lemma_is_word(j->lemma, "march") || strncmp(j->code1, "143", 3) == 0 ||
             strncmp(j->code1, "145", 3) == 0) &&
            strlen(code) >= 6 && strncmp(code + 3, "MIL", 3) == 0)
            j->alone = 0;
        if (strncmp(j->code1, "143", 3) == 0 && lemma_is_word(j->lemma, "join") &&
            strlen(code) == 3)
            j->alone = 0;
        /* nor does a state named by its name launch a labour strike
        ** ("as long as Norway reacts by launching limited strikes":
        ** fifteenth session, third round) */
        if (strncmp(j->code1, "143", 3) == 0 && lemma_is_word(j->lemma, "launch") &&
            strlen(code) == 3 && j->src_np >= 0 &&
            tag_is_proper(s->ls.tags[s->ls.phrases[j->src_np].head]))
            j->alone = 0;
        /* a state or a firm stops work on a dam; only people stop theirs */
        static const char *const bodies[] = {"GOV", "MIL", "COP", "JUD", "LEG", "BUS", NULL};
        if (strncmp(j->code1, "143", 3) == 0 && lemma_is_word(j->lemma, "stop") &&
            (strlen(code) == 3 || coder_role_in(code, bodies)))
            j->alone = 0;
    }
    set_holds_source(j);
    counterpart_role(s, j);
    coder_caucus_roles(c, s, j);
    coder_article_guard(c, j);
    /* "a man stabbed three people": the assailant is no victim */
    coder_private_assailant(j);
    coder_suspect_role(c, j, j->tgt_np, j->tgt, j->nt);
    coder_suspect_role(c, j, j->src_np, j->src, j->ns);
    /* "Thousands of people demonstrated in Caracas": protesters, and
    ** police and whom they arrest, are the place's when nothing else says
    ** whose */
    coder_place_people(c, s, j);
    /* "The Colombian government signed a ceasefire with leftist rebels":
    ** the one state the sentence names (coder_home_fighters.c) */
    coder_home_fighters(c, s, j);
    /* "ANKARA - The Syrian army attacked rebels": not Turkey's
    ** (coder_abroad.c) */
    coder_fighters_abroad(c, s, j);
    c->private_agents = 0;
    c->force_clause = 0;
    /* "Paris, Texas": the region names the country (coder_place.c) */
    coder_place_actors(s, j);
    /* "a pact was signed between Chile and Peru": its parties */
    coder_between_agents(c, s, j);
    pairing(j);
}
