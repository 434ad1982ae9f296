/*
** coder_guards.c — pairs of actors a clause names that still make no
** political event (docs/coder.md, "Guards against false events"): travel at
** home, a state acting on its own country or on a thing of it, dealings of
** firms with no state, money, and a country named only as a modifier of a
** thing ("complied with the U.S.-Japan agreement", "met Brazil's bank
** advisory committee"). The emit step asks before it adds each event.
** Beside them, the guards the steps ask of one kind of clause: a story's
** background told in the past (coder_background), an attack in words
** (coder_verbal_attack), warnings and leaves that threaten nothing, a
** sanction's easing, demands and ultimatums, a posture of no force,
** absolute and reduced-relative subjects, a verb group that is no verb;
** and the tests of an actor code's role (coder_state_actor, coder_state_official, coder_firm_actor).
*/
#include "coder/coder_int.h"

/* A state's armed forces and police. */
static const char *const force_roles[] = {"MIL", "COP", NULL};

/* Things that are no actor, whatever country or organisation modifies them:
** "the U.S.-Japan agreement", "OECD forecasts", "Brazil's bank advisory
** committee", "the railway system of southern Africa". */
static const char *const thing_nouns[] = {
    "agreement", "accord", "pact", "deal", "treaty", "round", "negotiation", "program",
    "programme", "forecast", "estimate", "figure", "statistic", "data", "report",
    "standard", "requirement", "rule", "bill", "legislation", "budget", "demand", "need",
    "committee", "price", "rate", "situation", "issue", "question", "problem", "system",
    "railway", "copperbelt", "route", "exchange", "package", "deficit", "surplus", "share", "bank",
    "stake", "scheme", "project", "plan", "proposal", "policy", "tax", "levy", "market", NULL};

/* Money is no actor, in any act: "declined to comment on the slide of the
** dollar against the Japanese yen", "Europe's joint currency float". */
static const char *const money_nouns[] = {
    "currency", "float", "dollar", "yen", "mark", "deutschemark", "franc", "pound",
    "sterling", "lira", "peso", "rupee", "rouble", "ruble", "yuan", "renminbi", "euro",
    "cruzado", "rand", "ringgit", "shekel", "baht", "dinar", "riyal", "krona", "krone",
    "escudo", "peseta", "guilder", "schilling", NULL};

/* Roots whose acts are words: there a country's thing stands for the
** country ("criticized the U.S. plan", "rejected Japan's proposal"). */
static const char *const verbal_roots[] = {"01", "02", "03", "05", "10", "11", "12", "13",
                                           NULL};

/* Does actor code a hold one of roles after its first three letters? */
static int has_role(const char *a, const char *const *roles)
{
    for (size_t k = 3; a[k] && a[k + 1] && a[k + 2]; k += 3) {
        char role[4] = {a[k], a[k + 1], a[k + 2], '\0'};
        if (lemma_in_list(role, roles))
            return 1;
    }
    return 0;
}

/* (coder_int.h) */
int coder_state_actor(const char *a)
{
    return coder_code_country(a, NULL) && has_role(a, coder_state_roles);
}

/* (coder_int.h) */
int coder_state_official(const char *a)
{
    return coder_state_actor(a) && strstr(a + 3, "MIL") == NULL;
}

int coder_firm_actor(const char *a)
{
    return coder_code_country(a, NULL) && strstr(a + 3, "BUS") != NULL;
}

static int organisation(const char *a)
{
    return strncmp(a, "IGO", 3) == 0 || strncmp(a, "NGO", 3) == 0;
}

/* The head of the noun phrase actor a stands in, or UINT32_MAX: its own
** ("the United States", "OECD forecasts", "Japanese chip-makers"), its
** owner's for a possessor ("Brazil's ... committee"), or the noun an "of"
** hangs from for a name ("the railway system of southern Africa"). */
static uint32_t governing_head(const sent_ctx *s, const actor_ref *a)
{
    if (a->first >= s->ls.n)
        return UINT32_MAX;
    int32_t np = s->ls.np_of[a->first];
    if (np < 0)
        return UINT32_MAX;
    const phrase *p = &s->ls.phrases[np];
    if ((p->flags & PHF_POSS) && p->up >= 0 && s->ls.phrases[p->up].kind == PH_NP)
        return s->ls.phrases[p->up].head;
    if (tag_is_proper(s->ls.tags[p->head]) && p->up >= 0 &&
        s->ls.phrases[p->up].kind == PH_PP) {
        const phrase *pp = &s->ls.phrases[p->up];
        if (lemma_is_word(s->ls.lemmas[pp->head], "of") && pp->up >= 0 &&
            s->ls.phrases[pp->up].kind == PH_NP)
            return s->ls.phrases[pp->up].head;
    }
    return p->head;
}

/* Does actor a name a thing, not an actor: a country or organisation that
** only modifies a noun of the thing list? */
static int modifier_of_thing(const sent_ctx *s, const actor_ref *a)
{
    uint32_t h = governing_head(s, a);
    if (h == UINT32_MAX)
        return 0;
    int t = s->ls.tags[h];
    return (t == TAG_NN || t == TAG_NNS) && lemma_in_list(s->ls.lemmas[h], thing_nouns);
}

static int money_at(const sent_ctx *s, uint32_t h)
{
    return h < s->ls.n && (s->ls.tags[h] == TAG_NN || s->ls.tags[h] == TAG_NNS) &&
           lemma_in_list(s->ls.lemmas[h], money_nouns);
}

/* Does actor a name money: a country or organisation modifying a currency,
** at its phrase's head or at the end of its words ("the fall of the Indian
** rupee")? */
static int modifier_of_money(const sent_ctx *s, const actor_ref *a)
{
    return money_at(s, governing_head(s, a)) || (a->end > 0 && money_at(s, a->end - 1));
}

/* Does actor a name only where a gathering's text was made: a capital
** right before a communique, accord or declaration ("Japan wanted the
** Paris communique to imply", "criticised the Venice accord"), where an
** adjective or possessive would name its owner ("the French plan")?
** (seventeenth session; the twentieth precision sample) */
static int capital_of_text(const sent_ctx *s, const actor_ref *a)
{
    static const char *const texts[] = {"communique", "accord", "agreement", "pact",
                                        "declaration", "treaty", "convention", NULL};
    uint32_t h = governing_head(s, a);
    if (h == UINT32_MAX || a->from != FROM_SENTENCE || !coder_code_country(a->code, NULL) ||
        (s->ls.tags[h] != TAG_NN && s->ls.tags[h] != TAG_NNS) ||
        !lemma_in_list(s->ls.lemmas[h], texts))
        return 0;
    int32_t np = s->ls.np_of[h];
    int32_t city = np >= 0 ? place_modifier_city(&s->ls, s->ls.phrases[np].first, h) : -1;
    return city >= 0 && (place_cities[city].flags & PLACE_CAPITAL);
}

/* Does actor a own the demands a yield (08) gives in to: a plural
** "demands" it modifies ("acceded to Algeria's demands", "the demands of
** the Algerian government")? To yield to demands is to yield to the one
** who made them; a singular "demand" is most often a market's ("met
** demand from U.S. buyers"). */
static int owner_of_demands(const sent_ctx *s, const char *act, const actor_ref *a)
{
    uint32_t h = governing_head(s, a);
    return act[0] == '0' && act[1] == '8' && h != UINT32_MAX && s->ls.tags[h] == TAG_NNS &&
           lemma_is_word(s->ls.lemmas[h], "demand");
}

/* Is the bare country code of actor a the country itself ("the United
** States"), not people of it ("U.S. industry representatives")? */
static int country_itself(const sent_ctx *s, const actor_ref *a)
{
    uint32_t h = governing_head(s, a);
    return strlen(a->code) == 3 && h != UINT32_MAX && tag_is_proper(s->ls.tags[h]);
}

/* Nouns for people, matched at a word's end ("chipmaker", "shareholder"):
** "Japanese chip makers", "U.S. cane sugar refiners", "Mexican farmers". */
static const char *const people_nouns[] = {
    "maker", "holder", "owner", "worker", "farmer", "trader", "buyer", "seller", "dealer",
    "refiner", "supplier", "grower", "miner", "builder", "employer", "manager", "consumer",
    "user", "exporter", "importer", "producer", "creditor", "investor", "operator",
    "contractor", "lawyer", "student", "resident", "citizen", "representative", "scientist",
    "economist", "analyst", "activist", "expert", "people", "staff", "crew", "member",
    "customer", "voter", "employee", "union", NULL};

static int ends_with(const char *w, const char *suffix)
{
    size_t n = strlen(w), k = strlen(suffix);
    return n >= k && strcmp(w + n - k, suffix) == 0;
}

/* Is the bare country code of actor a its people, named by a plural noun
** it modifies ("Japanese chip makers", "U.S. cane sugar refiners"), not
** the country as a place, market or thing ("the country", "the Spanish
** maize market", "U.S. plants"), a pronoun, or a possessor ("the
** Philippines' creditors" are its counterparts)? */
static int people_of_country(const sent_ctx *s, const actor_ref *a)
{
    uint32_t h = governing_head(s, a);
    if (h == UINT32_MAX || s->ls.tags[h] != TAG_NNS)
        return 0;
    int32_t np = s->ls.np_of[a->first];
    if (np >= 0 && (s->ls.phrases[np].flags & PHF_POSS))
        return 0;
    for (const char *const *x = people_nouns; *x; x++)
        if (ends_with(s->ls.lemmas[h], *x))
            return 1;
    return 0;
}

/* Does a bare country code a, of the same country as the other side,
** stand for something that cannot act on it or be acted on by it: the
** country as a place or thing, not its people, not its name ("Pretoria
** raided ANC bases" is the state on its insurgents)? */
static int country_as_thing(const sent_ctx *s, const actor_ref *a)
{
    return strlen(a->code) == 3 && !country_itself(s, a) && !people_of_country(s, a);
}

/* Nouns for a group that stands for its country ("the Ugandan side"). */
static const char *const country_groups[] = {"side", "team", "delegation", "mission",
                                             "party", "group", "country", "nation",
                                             "state", "people", NULL};

/* Is actor a a country named bare only before or as the owner of a common
** noun ("Iranian assistance", "China's interest", "the London Metal
** Exchange's decision"): no agent, which would give it a role ("Libyan
** officials"), no people of it ("Japanese chip makers"), no group that
** stands for it ("the Ugandan side")? */
static int thing_of_actor(const sent_ctx *s, const actor_ref *a)
{
    uint32_t h = governing_head(s, a);
    if (h == UINT32_MAX || a->from != FROM_SENTENCE || strlen(a->code) != 3)
        return 0;
    int t = s->ls.tags[h];
    return (t == TAG_NN || t == TAG_NNS) && !people_of_country(s, a) &&
           !lemma_in_list(s->ls.lemmas[h], country_groups);
}

/* Does actor a own a failure or defeat: "Iran's failure", "the defeat of
** the rebels", "the failure of Iran's offensive" (an "of" a few words
** before it, after such a noun)? */
static int failure_of(const sent_ctx *s, const actor_ref *a)
{
    static const char *const failures[] = {"failure", "defeat", "collapse", "downfall",
                                           "demise", "humiliation", "setback", NULL};
    uint32_t h = governing_head(s, a);
    if (h != UINT32_MAX && h != s->ls.phrases[s->ls.np_of[a->first]].head &&
        lemma_in_list(s->ls.lemmas[h], failures))
        return 1;
    /* the actor's words may start at the failure ("the failure of
    ** Iran's offensive") or after its "of" */
    for (uint32_t k = a->first; k + 1 < a->end && k < s->ls.n; k++)
        if (lemma_is_word(s->ls.lemmas[k + 1], "of") && lemma_in_list(s->ls.lemmas[k], failures))
            return 1;
    return a->first >= 2 && a->first < s->ls.n && lemma_is_word(s->ls.lemmas[a->first - 1], "of") &&
           lemma_in_list(s->ls.lemmas[a->first - 2], failures);
}

/* Is actor code m a member of government g ("USAGOVMIL" of "USAGOV"): g a
** government's code, and m that code with roles after it? */
static int member_of_government(const char *m, const char *g)
{
    size_t n = strlen(g);
    return n > 3 && ends_with(g, "GOV") && strlen(m) > n && strncmp(m, g, n) == 0;
}

/* Does the word "supportive" stand between the verb (its head token) and
** the target: "is supportive of the PKK", not "is grateful to"? */
static int supportive(const sent_ctx *s, uint32_t verb, const actor_ref *tgt)
{
    for (uint32_t k = verb + 1; k < tgt->first && k < s->ls.n; k++)
        if (lemma_is_word(s->ls.lemmas[k], "supportive"))
            return 1;
    return 0;
}

int coder_intent_doer(const sent_ctx *s, const actor_ref *a, uint32_t verb)
{
    /* a noun's own event ("heeded Kenya's call to reopen") is the noun's */
    if (verb >= s->ls.n || s->ls.vg_of[verb] < 0)
        return 0;
    uint32_t h = governing_head(s, a);
    return h != UINT32_MAX && coder_intent_noun(s, h) &&
           s->ls.phrases[s->ls.vg_of[verb]].first != h + 1;
}

const char *coder_no_event(const sent_ctx *s, const char *lemma, uint32_t verb,
                           const char *act, const actor_ref *src, const actor_ref *tgt)
{
    char sc[4], tc[4];
    const char *a = src->code, *b = tgt->code;
    int same = coder_code_country(a, sc) && coder_code_country(b, tc) &&
               strcmp(sc, tc) == 0 && strcmp(sc, "---") != 0;
    /* "Reagan is going to the Capitol": travel at home is no visit */
    if (same && (strcmp(act, "042") == 0 || strcmp(act, "043") == 0 ||
                 strcmp(act, "044") == 0))
        return "travel at home is no visit";
    /* "Reagan approved plans for the United States to ...": the state
    ** acting on its own country, named as such ("U.S. industry
    ** representatives" are people of it) */
    /* (a party's members read as the legislature are judged as the party
    ** the words named: coder_caucus.c) */
    if (same && ((country_itself(s, src) && coder_state_actor(b) && !tgt->caucus) ||
                 (country_itself(s, tgt) && coder_state_actor(a) && !src->caucus)))
        return "a state acting on its own country";
    /* "the commerce secretary and the defense secretary joined forces":
    ** one government's members acting on each other */
    if (member_of_government(a, b) || member_of_government(b, a))
        return "a government acting on its own member";
    /* "the government helped the country", "signed with the French export
    ** credit agency", "U.S. plants submit plans to USDA": one country on
    ** both sides, one of them only a place, market or thing of it */
    if (same && (country_as_thing(s, src) || country_as_thing(s, tgt)))
        return "an actor acting on a thing of its own country";
    /* a firm's deeds are politics when a state is on the other side: a
    ** country named bare is the state when it acts ("the United States
    ** imposed sanctions on Iranian exporters"), a place or market when a
    ** firm acts there ("invested in the United States") */
    if (modifier_of_money(s, src) || modifier_of_money(s, tgt))
        return "an actor named only as a modifier of money";
    /* "the trade minister found the tariffs illegal": only a court's
    ** finding is a verdict (coder_verdict.c); a strike declared illegal
    ** is banned (coder_strike_ban.c) */
    if (coder_verdict_by_other(s, lemma, verb, act, a) &&
        !coder_strike_words(s, tgt->first))
        return "a measure found unlawful by no court is no verdict";
    char root[3] = {act[0], act[1], '\0'};
    /* "Indonesia protested against the EC plan": a state's protest to
    ** another is words (114, coder_state_protest), and the plan stands
    ** for its owner as in a complaint */
    int verbal = lemma_in_list(root, verbal_roots) ||
                 strcmp(coder_state_protest(act, lemma, a, b), act) != 0;
    /* a firm's deals and pledges are business; its words are not */
    static const char *const words[] = {"01", "02", "10", "11", "12", "13", NULL};
    if (coder_firm_actor(a) && !lemma_in_list(root, words) && !coder_state_actor(b) && !organisation(b))
        return "a firm acting on no state is business, not politics";
    if (coder_firm_actor(b) && !coder_state_actor(a) && !organisation(a) &&
        !(strlen(a) == 3 && coder_code_country(a, NULL)))
        return "a firm acted on by no state is business, not politics";
    /* "much Iranian assistance is received by the rebels", "welcomed
    ** China's interest in joining": a host receives people; a thing he
    ** receives or welcomes is no visit */
    if (strcmp(act, "043") == 0 && thing_of_actor(s, tgt))
        return "a host receives people: a thing received is no visit";
    /* "Japanese investment goes to Canada", "a shipment of Venezuelan
    ** crude will leave for Ecuador": a visit is made by people */
    if (strcmp(act, "042") == 0 && thing_of_actor(s, src))
        return "a visit is made by people: a thing sent is no visit";
    /* "Tehran has supported Kurdish guerrillas", "the rebels are backed
    ** by Iran": backing an armed group is arms and money, not words; the
    ** dev split's annotators code it so (or as the reporter's charge),
    ** never as 051 */
    if (strcmp(act, "051") == 0 && strlen(b) >= 6 && coder_role_in(b, coder_irregular_roles) &&
        (lemma_is_word(lemma, "support") || lemma_is_word(lemma, "back") ||
         supportive(s, verb, tgt)))   /* "is supportive of the PKK" */
        return "an armed group backed is no praise";
    /* "Iraqi troops defending the southern city": forces defend by arms
    ** (052 is a state's, a party's or a leader's words for another) */
    if (strcmp(act, "052") == 0 && coder_role_in(a, force_roles))
        return "forces defend by arms, not words";
    /* "Baghdad hailed Iran's failure to win", "welcomed the defeat of the
    ** rebels": praise of an actor's failure or defeat is gloating over
    ** him, not praise of him */
    if (act[0] == '0' && act[1] == '5' && failure_of(s, tgt))
        return "praise of an actor's failure is no praise of him";
    if (capital_of_text(s, src) || capital_of_text(s, tgt))
        return "a capital before a gathering's text names where it was made";
    /* "said Washington's refusal to join the ban had forced it to resume
    ** testing": a plan, refusal or threat with its infinitive does nothing
    ** itself; its owner does only the infinitive's act (eighteenth session) */
    if (coder_intent_doer(s, src, verb))
        return "a plan or refusal is no doer of a verb but its infinitive";
    uint32_t sh = governing_head(s, src);
    if (verbal)
        return NULL;
    /* "the Ugandan plan to expel ...": the plan's owner expels */
    int owner = sh != UINT32_MAX && coder_intent_noun(s, sh);
    if ((modifier_of_thing(s, src) && !owner) ||
        (modifier_of_thing(s, tgt) && !owner_of_demands(s, act, tgt)))
        return "an actor named only as a modifier of a thing";
    return NULL;
}

int coder_discard_keeps(const char *act, const char *src, const char *tgt)
{
    static const char *const kept[] = {"10", "11", "12", "13", "14", "16", "172", "173",
                                       "174", NULL};
    for (const char *const *k = kept; *k; k++)
        if (strncmp(act, *k, strlen(*k)) == 0)
            return 1;
    /* "the Chinese president met the French president at the World Cup
    ** final": teams are named by their countries, leaders are not */
    return (coder_state_actor(src) || organisation(src)) && (coder_state_actor(tgt) || organisation(tgt));
}

/* Words of a past era: "under the previous government", "the former
** regime". */
static const char *const past_words[] = {"former", "previous", "earlier", "past", "then",
                                         NULL};
static const char *const eras[] = {"administration", "government", "regime", "era",
                                   "cabinet", "presidency", NULL};
/* Prepositions that set a clause in a year: "in 1979", "during the 1980s". */
static const char *const year_preps[] = {"in", "during", "by", "around", "throughout",
                                         NULL};

/* The year token k names ("1979", "1980s"), or 0. */
static int year_of(const sent_ctx *s, size_t k)
{
    const dyad_token *t = &s->ls.toks[k];
    const char *w = s->ls.text + t->start;
    size_t n = t->len;
    if (n == 5 && w[4] == 's')
        n = 4;
    if (n != 4 || s->ls.tags[k] != TAG_CD)
        return 0;
    int y = 0;
    for (size_t i = 0; i < 4; i++) {
        if (w[i] < '0' || w[i] > '9')
            return 0;
        y = y * 10 + (w[i] - '0');
    }
    return y >= 1800 && y <= 2199 ? y : 0;
}

/* The least end a clause's span needs for the words from k0 to to to
** mark it as history, read as from a clause that opens at from: a year
** two or more before the article's, after "in" or "during" ("in 1979",
** "during the 1980s"); a past era ("the former regime", "under the
** previous government"), its noun sought up to look. A hit at k ends
** after it, or after its era's noun. best is the least end known; the
** scan stops once no later word could end sooner. Returns the new least,
** or UINT32_MAX for none. */
static uint32_t background_end(const sent_ctx *s, size_t from, size_t k0, size_t to,
                               size_t look, int year, uint32_t best)
{
    for (size_t k = k0; k < to && k + 1 < best; k++) {
        int y = year ? year_of(s, k) : 0;
        size_t p = k;
        while (p > from && (s->ls.tags[p - 1] == TAG_DT || tag_is_adj(s->ls.tags[p - 1])))
            p--;
        if (y && y <= year - 2 && p > from && lemma_in_list(s->ls.lemmas[p - 1], year_preps))
            return (uint32_t)k + 1;   /* no later word ends sooner */
        if (lemma_in_list(s->ls.lemmas[k], past_words))
            for (size_t e = k + 1; e < look && e <= k + 3; e++)
                if (lemma_in_list(s->ls.lemmas[e], eras)) {
                    if (e + 1 < best)
                        best = (uint32_t)e + 1;
                    break;
                }
    }
    return best;
}

int coder_background(const sent_ctx *s, size_t ci, int32_t date)
{
    const clause *cl = &s->ls.clauses[ci];
    /* the clause, and the words that open the sentence before its first
    ** clause ("In 1979, the Soviet Union invaded ..."): with no main
    ** clause before it, all the words before it, read on from where the
    ** sentence's last such clause left off, so that a run-on of clauses
    ** with no main one is not read from its start for each (nineteenth
    ** session) */
    size_t to = cl->end < s->ls.n ? cl->end : s->ls.n;
    int year = date / 10000;
    if (s->first_main < (int32_t)ci)
        return background_end(s, cl->first, cl->first, to, to, year, UINT32_MAX) != UINT32_MAX;
    sent_memo *m = s->memo;
    if (!m)
        return background_end(s, 0, 0, to, to, year, UINT32_MAX) != UINT32_MAX;
    if (!m->background_sought || m->background_date != date) {
        m->background_sought = 1;
        m->background_date = date;
        m->background_at = 0;
        m->background_end = UINT32_MAX;
    }
    if (m->background_at < to) {
        m->background_end = background_end(s, 0, m->background_at, to, s->ls.n, year,
                                           m->background_end);
        m->background_at = (uint32_t)to;
    }
    return m->background_end <= to;
}

/* Roles that fight: what they attack, they attack with force. */
static const char *const armed_roles[] = {"MIL", "REB", "INS", "COP", "SPY", "CRM", "SEP",
                                          "UAF", NULL};

/* Words, plans and views: attacked, they are criticised ("attacked OECD
** forecasts", "attacked the government's handling of the strike"). */
static const char *const word_nouns[] = {
    "forecast", "estimate", "policy", "policies", "plan", "proposal", "remark", "comment",
    "statement", "decision", "stance", "view", "idea", "record", "handling",
    "approach", "strategy", "budget", "bill", "measure", "speech", "report", "claim",
    "program", "programme", "reform", "leadership", "management", NULL};

/* Does actor code a name a role, none of them armed ("USAELI", "KENGOV";
** not "USA", "RUSMIL")? */
static int unarmed_role(const char *a)
{
    return strlen(a) >= 6 && strncmp(a, "IGO", 3) != 0 && strncmp(a, "NGO", 3) != 0 &&
           !has_role(a, armed_roles);
}

int coder_retaliation_for(const sent_ctx *s, clause_job *j)
{
    /* armed acts a reprisal answers; "the tariffs", "the killing of" name
    ** no doer of their own; "this American aggression", "the Iraqi
    ** invasion" do (thirteenth session) */
    static const char *const armed_acts[] = {"attack", "raid", "strike", "airstrike",
                                             "bombing", "shelling", "incursion", "offensive",
                                             "ambush", "bombardment", "aggression",
                                             "invasion", "assault", "provocation", NULL};
    if (j->nt == 0 || j->tgt_np < 0 || !lemma_is_word(j->lemma, "retaliate"))
        return 0;
    const phrase *np = &s->ls.phrases[j->tgt_np];
    if (np->first == 0 || !lemma_is_word(s->ls.lemmas[np->first - 1], "for"))
        return 0;
    /* the doer is named in the act's own phrase ("Friday's Iranian
    ** missile attack"), not in a PP after it ("an attack on Iranian
    ** herders") */
    int keep = lemma_in_list(s->ls.lemmas[np->head], armed_acts);
    for (int i = 0; keep && i < j->nt; i++)
        keep = j->tgt[i].first >= np->first && j->tgt[i].first < np->end;
    if (!keep)
        j->nt = 0;
    return !keep;
}

int coder_verbal_attack(const sent_ctx *s, const clause_job *j)
{
    /* an assault's own pattern ("attack + with knife", 182) says how:
    ** with force */
    /* "Regan and Volcker clashed": officials clash in words (110) */
    int clash = lemma_is_word(j->lemma, "clash");
    if ((!clash && !lemma_is_word(j->lemma, "attack")) || !tag_is_verb(s->ls.tags[j->vg->head]) ||
        !(strncmp(j->code1, "19", 2) == 0 || strncmp(j->code1, "20", 2) == 0) || j->ns == 0)
        return 0;
    if (j->tgt_np >= 0 && !clash) {
        uint32_t h = s->ls.phrases[j->tgt_np].head;
        if ((s->ls.tags[h] == TAG_NN || s->ls.tags[h] == TAG_NNS) &&
            lemma_in_list(s->ls.lemmas[h], word_nouns))
            return 1;
    }
    if (j->nt == 0 && !clash)   /* "A and B clashed": both are the subject */
        return 0;
    /* crowds clash with their hands: only officials' clash is words */
    static const char *const officials[] = {"GOV", "ELI", "LEG", "JUD", "PTY", NULL};
    for (int i = 0; i < j->ns; i++)
        if (!unarmed_role(j->src[i].code) || (clash && !has_role(j->src[i].code, officials)))
            return 0;
    for (int i = 0; i < j->nt; i++)
        if (!unarmed_role(j->tgt[i].code) || (clash && !has_role(j->tgt[i].code, officials)))
            return 0;
    return 1;
}

/* Nouns of a sanction, and nouns of its reduction: "tariff cuts",
** "duty reductions", "quota relief". */
static const char *const sanction_nouns[] = {
    "tariff", "duty", "sanction", "quota", "embargo", "levy", "tax", "restriction",
    "ban", "barrier", "surcharge", NULL};
static const char *const reduction_nouns[] = {
    "cut", "reduction", "cutback", "removal", "elimination", "lifting", "easing",
    "relief", "exemption", "waiver", "rollback", "concession", "relaxation", NULL};

const char *coder_no_sanction(const sent_ctx *s, const clause_job *j)
{
    if (strncmp(j->code1, "16", 2) != 0)
        return NULL;
    size_t end = j->m.last < s->ls.n ? j->m.last : s->ls.n;
    for (size_t k = j->vg->end; k < end; k++) {
        if (s->ls.tags[k] != TAG_NN && s->ls.tags[k] != TAG_NNS)
            continue;
        if (!lemma_in_list(s->ls.lemmas[k], sanction_nouns))
            continue;
        int32_t np = s->ls.np_of[k];
        if (np < 0)
            continue;
        uint32_t h = s->ls.phrases[np].head;
        if (h > k && lemma_in_list(s->ls.lemmas[h], reduction_nouns))
            return "a sanction's noun only modifies a noun of its reduction";
    }
    return NULL;
}

/* Words of what a threat says will be done, or of its condition: a
** warning holding none only tells what may happen. */
static const char *const threat_words[] = {
    "retaliate", "retaliation", "retaliatory", "response", "respond", "reprisal",
    "countermeasure", "measure", "action", "sanction", "consequence", "punish",
    "force", "war", "attack", "strike", "if", "unless", "otherwise", NULL};

static const char *const own_pronouns[] = {"it", "we", "i", NULL};

/* Is clause job j a warning: 130 on the verb "warn"? */
static int is_warning(const clause_job *j)
{
    return strcmp(j->code1, "130") == 0 && lemma_is_word(j->lemma, "warn");
}

/* What warning j reports: its first that-clause after the verb ("warned
** Peru that ..."), or NULL. With whole set, that-clauses lacking a subject
** or a verb are passed over. */
static const clause *warned_clause(const sent_ctx *s, const clause_job *j, int whole)
{
    for (int32_t k = s->ckid[j->ci]; k >= 0; k = s->csib[k]) {
        const clause *o = &s->ls.clauses[k];
        if (o->kind == CL_COMPLEMENT && o->ctrl == CTRL_NONE && o->first >= j->vg->end &&
            (!whole || (o->subject >= 0 && o->verb >= 0)))
            return o;
    }
    return NULL;
}

const char *coder_no_threat(const sent_ctx *s, const clause_job *j)
{
    const clause *o = is_warning(j) ? warned_clause(s, j, 1) : NULL;
    if (!o)
        return NULL;
    /* "warned Uganda that it would close the border": the warner's act */
    if (lemma_in_list(s->ls.lemmas[s->ls.phrases[o->subject].head], own_pronouns))
        return NULL;
    for (size_t w = o->first; w < s->ls.n; w++)
        if (lemma_in_list(s->ls.lemmas[w], threat_words))
            return NULL;
    return "a warning that something may happen, with no act or condition of the "
           "warner's: no threat";
}

const char *coder_no_retaliation(const sent_ctx *s, const clause_job *j)
{
    static const char *const promise[] = {"will", "would", "shall", "'ll", "wo", NULL};
    static const char *const verbs[] = {"retaliate", "hit", "strike", "avenge", NULL};
    static const char *const ifs[] = {"if", "unless", "when", "once", "until", NULL};
    const dict_pattern *p = j->m.pattern;
    /* vengeance is force: a bare "avenge" is 138 */
    const char *code = lemma_is_word(j->lemma, "avenge") ? "138" : "130";
    if (!p || j->on_caten || strcmp(j->code1, code) != 0 ||
        !lemma_in_list(j->lemma, verbs) || p->npost > 1)
        return NULL;
    /* "will retaliate", "would hit back": a promise; "retaliated", "could
    ** retaliate", "if Japan retaliates" are no threat of the source's */
    const clause *cl = j->cl;
    int said = 0;
    for (uint32_t k = j->vg->first; k < j->vg->head; k++)
        said |= lemma_in_list(s->ls.lemmas[k], promise);
    /* "would not hesitate to retaliate": the promise is in the group of
    ** the hesitation it denies */
    const phrase *hv = cl->parent >= 0 && s->ls.clauses[cl->parent].verb >= 0
                           ? &s->ls.phrases[s->ls.clauses[cl->parent].verb]
                           : NULL;
    if (hv && hv->end == j->vg->first && hv->mod == MOD_NEGATED &&
        lemma_is_word(s->ls.lemmas[hv->head], "hesitate"))
        for (uint32_t k = hv->first; k < hv->head; k++)
            said |= lemma_in_list(s->ls.lemmas[k], promise);
    if (!said || (cl->kind == CL_SUBORDINATE && cl->word != UINT32_MAX &&
                  lemma_in_list(s->ls.lemmas[cl->word], ifs)))
        return "retaliation told as done, guessed or as a condition, not promised: no threat";
    /* "warned that it would retaliate if ...": the warning is the threat */
    static const char *const warning[] = {"warn", "threaten", "caution", NULL};
    if (cl->parent >= 0 && s->ls.clauses[cl->parent].verb >= 0 &&
        lemma_in_list(s->ls.lemmas[s->ls.phrases[s->ls.clauses[cl->parent].verb].head], warning))
        return "retaliation a warning reports: the warning is the threat";
    /* "would retaliate by imposing duties on Ugandan sugar": the means
    ** says what is threatened, and is coded by its own clause */
    uint32_t k = j->vg->end;
    while (k < s->ls.n && tag_is_adv(s->ls.tags[k]))
        k++;
    if (k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k], "by") &&
        s->ls.tags[k + 1] == TAG_VBG)
        return "retaliation by a means its own clause codes";
    return NULL;
}

/* Is clause job j the warning pattern of a verb of leave ("allow + to",
** 130), which holds only when the leave is refused? */
static int not_allowed_pattern(const clause_job *j)
{
    static const char *const leave[] = {"allow", "permit", "tolerate", NULL};
    const dict_pattern *p = j->m.pattern;
    return p && !j->on_caten && p->npre == 0 && p->npost == 2 &&
           p->post[0].kind == DICT_EL_TARGET && strcmp(j->code1, "130") == 0 &&
           lemma_in_list(j->lemma, leave);
}

int coder_not_allowed(const sent_ctx *s, const clause_job *j)
{
    static const char *const will[] = {"will", "wo", "'ll", "shall", NULL};
    if (!not_allowed_pattern(j))
        return 0;
    int neg = 0, promise = 0, would = 0;
    for (uint32_t k = j->vg->first; k < j->vg->head; k++) {
        neg |= lemma_in_list(s->ls.lemmas[k], lang_negations);
        promise |= lemma_in_list(s->ls.lemmas[k], will);
        would |= lemma_is_word(s->ls.lemmas[k], "would");
    }
    int pronoun = j->cl->subject >= 0 && (s->ls.phrases[j->cl->subject].flags & PHF_PRONOUN);
    return neg && (promise || (would && pronoun));
}

const char *coder_no_allowed_threat(const sent_ctx *s, const clause_job *j)
{
    if (!not_allowed_pattern(j) || coder_not_allowed(s, j))
        return NULL;
    return "a leave given, or refused only as done or guessed: no warning";
}

/* Modals of what must be done: a warning that tells its hearer what it
** must do demands it. */
static const char *const must_modals[] = {"must", "should", NULL};

/* Does the verb group of clause o (one it has) hold a modal of must? */
static int must_verb(const sent_ctx *s, const clause *o)
{
    const phrase *vg = &s->ls.phrases[o->verb];
    for (uint32_t w = vg->first; w < vg->end; w++)
        if (lemma_in_list(s->ls.lemmas[w], must_modals))
            return 1;
    return 0;
}

const char *coder_no_demand(const sent_ctx *s, const clause_job *j)
{
    static const char *const told[] = {"will", "would", "be", NULL};
    if (strncmp(j->code1, "10", 2) != 0 || !lemma_is_word(j->lemma, "insist"))
        return NULL;
    const clause *o = warned_clause(s, j, 1);
    if (!o)
        return NULL;
    if (must_verb(s, o))
        return NULL;
    const phrase *vg = &s->ls.phrases[o->verb];
    /* "insisted the approach was necessary", "insisted it would not
    ** yield", "insisted he has told all": a claim; a bare form ("insisted
    ** Japan open") or a present ("insists the EC complies") asks */
    int t = s->ls.tags[vg->head];
    int perfect = t == TAG_VBN && lemma_is_word(s->ls.lemmas[vg->first], "have");
    if (t != TAG_VBD && !perfect && !lemma_in_list(s->ls.lemmas[vg->first], told) &&
        !lemma_in_list(s->ls.lemmas[vg->head], told))
        return NULL;
    return "what is insisted on is told as a fact, not as what must be done: no demand";
}

static const char *const speaker_pronouns[] = {"we", "i", NULL};

/* Does clause o, what a warning reports, say what must be done by anyone
** but the warner? */
static int must_clause(const sent_ctx *s, const clause *o)
{
    if (o->subject < 0 || o->verb < 0 ||
        lemma_in_list(s->ls.lemmas[s->ls.phrases[o->subject].head], speaker_pronouns))
        return 0;
    return must_verb(s, o);
}

int coder_warning_demand(const sent_ctx *s, const clause_job *j)
{
    if (!is_warning(j) || j->nt == 0)
        return 0;
    const clause *said = warned_clause(s, j, 0);
    if (said)
        return must_clause(s, said);
    /* "warned Tokyo its package must be significant": with no "that", the
    ** report may stand as a clause of its own right after the object */
    const clause *cl = j->cl;
    if (cl->object < 0 || j->ci + 1 >= s->ls.nclauses)
        return 0;
    const clause *o = &s->ls.clauses[j->ci + 1];
    return o->parent == cl->parent && o->subject >= 0 &&
           s->ls.phrases[o->subject].first == s->ls.phrases[cl->object].end &&
           must_clause(s, o);
}

const char *coder_no_posture(const clause_job *j)
{
    if (strncmp(j->code1, "15", 2) != 0 || !lemma_is_word(j->lemma, "be"))
        return NULL;
    for (int i = 0; i < j->ns; i++)
        if (!has_role(j->src[i].code, force_roles))
            return "a state of alert is a posture of armed forces or police only";
    return NULL;
}

/* "Kenya exported tea, with nearly half going to Uganda": the words
** between "with" and the participle are its subject, not the clause's
** before; when the source was taken from before "with" (the parse found
** no noun phrase there: "half" read as an adverb), it is not the doer.
** The scan stops at a verb, a comma, a dash or another preposition
** ("allied with Kurdish groups in fighting"). */
const char *coder_absolute_subject(const sent_ctx *s, const clause_job *j)
{
    uint32_t v = j->vg->first;
    if (s->ls.tags[j->vg->head] != TAG_VBG || v != j->vg->head || j->src_np < 0)
        return NULL;
    for (uint32_t k = v; k-- > 0 && v - k <= 6;) {
        int t = s->ls.tags[k];
        if (t == TAG_IN && lemma_is_word(s->ls.lemmas[k], "with"))
            return s->ls.phrases[j->src_np].end > k
                       ? NULL
                       : "a participle after 'with' has its own subject";
        if (tag_is_verb(t) || t == TAG_COMMA || t == TAG_COLON || t == TAG_IN || t == TAG_TO)
            return NULL;
    }
    return NULL;
}

/* "Kenyan police arrested a man attacking Ugandan soldiers", "testified
** before the grand jury investigating his affairs": a present participle
** right after a noun phrase, with no comma or word but adverbs between,
** is a reduced relative on that phrase, which is its subject; a source
** (or a pattern's subject target) taken from before the phrase, the
** clause's subject, is not the participle's doer.
** A phrase of time leaves the subject's ("spent two days visiting
** Uganda"), and so does what the subject writes, signs, sends or leads:
** its words ("issued a statement deploring"), its agreements ("finalised
** two agreements giving Algeria credits"), its weapons ("launched
** missiles targeting"), its team ("heads a delegation going to"). */
const char *coder_reduced_relative(const sent_ctx *s, const clause_job *j)
{
    static const char *const own[] = {
        "statement", "message", "report", "decree", "resolution", "petition", "letter",
        "communique", "declaration", "note", "tweet", "post", "amendment", "motion", "bill",
        "call", "appeal", "order", "missile", "rocket", "shell", "bomb", "drone", "jet",
        "plane", "aircraft", "warplane", "team", "delegation", "mission", "resignation",
        "agreement", "accord", "deal", NULL};
    /* the subject's slot: the source, or the target of a pattern that
    ** puts the subject there ("countries receiving aid from the EC") */
    int32_t who = j->subject_target ? j->tgt_np : j->src_np;
    uint32_t v = j->vg->first;
    if (s->ls.tags[j->vg->head] != TAG_VBG || v != j->vg->head || who < 0)
        return NULL;
    while (v > 0 && s->ls.tags[v - 1] == TAG_RB)
        v--;   /* "countries already receiving aid" */
    if (v == 0 || !tag_is_noun(s->ls.tags[v - 1]))
        return NULL;
    int32_t np = s->ls.np_of[v - 1];
    if (np < 0 || np == who || s->ls.phrases[np].end != v ||
        s->ls.phrases[who].end > s->ls.phrases[np].first ||
        coder_time_noun(s, s->ls.phrases[np].head))
        return NULL;
    /* the participle may hang on any phrase of a run joined by
    ** prepositions ("posted a message on Twitter blaming Iran", "wrote a
    ** letter to the president urging") */
    int owner = 0;   /* a phrase passed was named by "from" or "by" */
    for (;;) {
        const phrase *p = &s->ls.phrases[np];
        /* "a letter from Japan's prime minister promising his help": the
        ** words are their writer's, not the clause subject's (lane prec21) */
        if (lemma_in_list(s->ls.lemmas[p->head], own))
            return owner ? "a participle on words 'from' or 'by' another is the writer's act"
                         : NULL;
        uint32_t f = p->first;
        owner = f >= 1 && (lemma_is_word(s->ls.lemmas[f - 1], "from") ||
                           lemma_is_word(s->ls.lemmas[f - 1], "by"));
        if (f < 2 || (s->ls.tags[f - 1] != TAG_IN && s->ls.tags[f - 1] != TAG_TO) ||
            (np = s->ls.np_of[f - 2]) < 0 ||
            s->ls.phrases[np].end != f - 1 || np == who)
            break;
    }
    return "a participle right after a noun phrase is a relative clause on it";
}

/* What a demand's "or face" names as the price of saying no: penalties
** (threat_force are force, sanction_nouns a sanction) and relations that
** would suffer ("or face a deterioration in trade relations"), not what
** may merely happen ("or face a further rise in the yen"). */
static const char *const penalty_words[] = {
    "retaliation", "retaliatory", "reprisal", "consequence", "penalty", "punishment",
    "countermeasure", "measure", "action", "relation", "tie", "expulsion", NULL};
static const char *const threat_force[] = {"war", "attack", "force", "military", "strike",
                                           NULL};

void coder_ultimatum(const sent_ctx *s, clause_job *j)
{
    j->ultimatum = NULL;
    if (strncmp(j->code1, "10", 2) != 0 && strncmp(j->code1, "02", 2) != 0)
        return;
    size_t n = s->ls.n;
    for (size_t k = j->vg->end; k + 2 < n; k++) {
        const char *w = s->ls.lemmas[k];
        if (tag_is_verb(s->ls.tags[k]) && !lemma_is_word(w, "face"))
            continue;
        if (w[0] == ';' || w[0] == '.')
            return;
        if (!lemma_is_word(w, "or") || !lemma_is_word(s->ls.lemmas[k + 1], "face"))
            continue;
        /* the few words of what is faced: its noun phrase and an of/in phrase */
        const char *code = NULL;
        for (size_t w2 = k + 2; w2 < n && w2 < k + 9 && !code; w2++) {
            const char *l = s->ls.lemmas[w2];
            if (l[0] == ',' || l[0] == '.' || l[0] == ';' || tag_is_verb(s->ls.tags[w2]))
                break;
            if (lemma_in_list(l, sanction_nouns))
                code = "1312";
            else if (lemma_in_list(l, threat_force))
                code = "138";
            else if (lemma_in_list(l, penalty_words))
                code = "130";
        }
        j->ultimatum = code;
        return;
    }
}

/* Adverbs of degree: a participle after one is an adjective ("a proposal
** it sees as extremely damaging to EC relations"). */
static const char *const degree_adverbs[] = {
    "extremely", "very", "highly", "most", "more", "less", "least", "so", "too",
    "increasingly", "deeply", "potentially", "particularly", "especially", "quite",
    "rather", "fairly", "mutually", NULL};

const char *coder_no_verb(const sent_ctx *s, const phrase *vg)
{
    int t = s->ls.tags[vg->head];
    if (vg->first == vg->head && (t == TAG_VBG || t == TAG_VBN) && vg->first > 0 &&
        tag_is_adv(s->ls.tags[vg->first - 1]) &&
        lemma_in_list(s->ls.lemmas[vg->first - 1], degree_adverbs))
        return "a participle after an adverb of degree is an adjective";
    /* "his commitment to the Louvre accord struck in Paris": a past form
    ** right after the accord it describes, with no agent named, is no act
    ** of whoever the clause would borrow */
    static const char *const accords[] = {"accord", "agreement", "deal", "pact", "treaty",
                                          "compromise", "bargain", "truce", "ceasefire",
                                          NULL};
    if (vg->first == vg->head && (t == TAG_VBD || t == TAG_VBN) && vg->first > 0 &&
        tag_is_noun(s->ls.tags[vg->first - 1]) &&
        lemma_in_list(s->ls.lemmas[vg->first - 1], accords) &&
        !(vg->end < s->ls.n && lemma_is_word(s->ls.lemmas[vg->end], "by")))
        return "a past form after the accord it describes is no act of its own";
    return NULL;
}

/* Heads of a target that armed forces take and hold: seizing one is
** occupying territory (192). */
static const char *const held_places[] = {
    "position", "post", "outpost", "fortification", "fort", "stronghold", "garrison",
    "town", "city", "village", "hill", "peak", "height", "ridge", "island", "territory",
    "line", "trench", NULL};
/* Heads of a target that armed forces fight for: raiding or destroying one
** is fighting (190), where a home, a store or a depot destroyed is property
** (1712). */
static const char *const war_posts[] = {
    "platform", "rig", "position", "post", "outpost", "fortification", "fort",
    "stronghold", "garrison", "base", "battery", "bunker", "installation", "emplacement",
    "airfield", "line", "trench", NULL};
/* Heads of a target expelled as a state's envoys: a cut in relations (161). */
static const char *const envoys[] = {"ambassador", "diplomat", "envoy", "attache",
                                     "consul", "charge", "embassy", NULL};

/* The head lemma of the noun phrase actor a stands in, or "": the noun
** after "one of" for "one" ("one of the Iraqi fortifications"). */
static const char *head_lemma(const sent_ctx *s, const actor_ref *a)
{
    uint32_t h = a->end > a->first ? governing_head(s, a) : UINT32_MAX;
    if (h >= s->ls.n)
        return "";
    if (lemma_is_word(s->ls.lemmas[h], "one") && h + 2 < s->ls.n &&
        lemma_is_word(s->ls.lemmas[h + 1], "of") && s->ls.np_of[h + 2] >= 0)
        h = s->ls.phrases[s->ls.np_of[h + 2]].head;
    return s->ls.lemmas[h];
}

const char *coder_pair_code(const sent_ctx *s, const char *code, const actor_ref *src,
                            const actor_ref *tgt)
{
    /* the only codes a pair changes (below): most events leave at once */
    static const char *const paired[] = {"170", "171", "1712", "174", NULL};
    if (strncmp(code, "19", 2) != 0 && strncmp(code, "18", 2) != 0 &&
        !lemma_in_list(code, paired))
        return code;
    char sc[4], tc[4];
    if (!tgt->code[0] || !coder_code_country(src->code, sc) ||
        !coder_code_country(tgt->code, tc))
        return code;
    /* "Rebels destroyed an army post": armed men or troops raiding or
    ** destroying a base, post or station of another's forces or police
    ** fight them, whoever's country (war_posts, and a force's station) */
    static const char *const mil[] = {"MIL", NULL};
    if ((strcmp(code, "170") == 0 || strcmp(code, "1712") == 0) &&
        (has_role(src->code, mil) || has_role(src->code, coder_irregular_roles)) &&
        has_role(tgt->code, force_roles) &&
        (lemma_in_list(head_lemma(s, tgt), war_posts) ||
         lemma_is_word(head_lemma(s, tgt), "station")))
        return "190";
    /* "demonstrators battled riot police": a crowd fighting its own
    ** country's police or troops riots (145) */
    static const char *const crowds[] = {"OPP", "CVL", "EDU", "LAB", "AGR", NULL};
    /* "police fired on the demonstrators": a state's police or troops
    ** shooting or beating a crowd of their own country repress it (175) */
    if (strcmp(sc, tc) == 0) {
        int force = strncmp(code, "19", 2) == 0 || strncmp(code, "18", 2) == 0;
        /* ... not one person ("Police shot him dead" is a shooting) */
        static const char *const one[] = {"he", "him", "she", "her", NULL};
        if (force && has_role(src->code, force_roles) && has_role(tgt->code, crowds) &&
            !lemma_in_list(head_lemma(s, tgt), one))
            return "175";
        return strncmp(code, "19", 2) == 0 && has_role(src->code, crowds) &&
                       has_role(tgt->code, force_roles)
                   ? "145"
                   : code;
    }
    /* "U.S. warships destroyed an Iranian oil platform", "Iranian troops
    ** seized an Iraqi fortification": a military post raided, destroyed
    ** or seized by another state's armed forces is fighting; a ship seized
    ** or a depot destroyed stays property */
    const char *head = head_lemma(s, tgt);
    /* "U.S. helicopters destroyed three Iranian gunboats": another
    ** state's forces themselves (its ships, tanks, aircraft) destroyed by
    ** a state or its troops are fought, not property destroyed */
    static const char *const state[] = {"MIL", "GOV", NULL};
    if (strcmp(code, "1712") == 0 && has_role(tgt->code, mil) &&
        (strlen(src->code) == 3 || has_role(src->code, state)))
        return "190";
    if (has_role(src->code, mil)) {
        if (strcmp(code, "171") == 0 && lemma_in_list(head, held_places))
            return "192";
        if ((strcmp(code, "170") == 0 || strcmp(code, "1712") == 0) &&
            lemma_in_list(head, war_posts))
            return "190";
    }
    /* "Greece expelled the Libyan ambassador": envoys expelled are
    ** relations cut, not people deported */
    if (strcmp(code, "174") == 0 && lemma_in_list(head, envoys))
        return "161";
    return code;
}

const char *coder_state_protest(const char *code, const char *lemma, const char *src,
                                const char *tgt)
{
    /* root 14 is the dissent of people and groups (docs/annotation.md);
    ** a state protests in words, to another state or body. With no such
    ** target a country's name may stand for its people ("the protesting
    ** Hongkongers"), whose 14x stays */
    if (code[0] != '1' || code[1] != '4' || (code[2] != '0' && code[2] != '1') ||
        strcmp(lemma, "protest") != 0 || !tgt[0])
        return code;
    static const char *const gov[] = {"GOV", NULL};
    char sc[4], tc[4];
    int igo = strncmp(src, "IGO", 3) == 0;
    int state = igo || (coder_code_country(src, sc) && (strlen(src) == 3 || has_role(src, gov)));
    int abroad = strncmp(tgt, "IGO", 3) == 0 ||
                 (coder_code_country(tgt, tc) && (igo || strcmp(sc, tc) != 0));
    return state && abroad ? "114" : code;
}
