/*
** coder_owner.c — the target that is the owner of a thing (docs/coder.md,
** "The owner of a thing"). Words are aimed at acts and things as often as
** at actors: "Kenya condemned the annexation of the islands by Uganda",
** "denounced the Ugandan-Tanzanian border deal", "praised his efforts",
** "called the attack a violation". For praise, demands, criticism,
** rejection and threats (roots 05, 10-13), a target phrase that names no
** actor stands for whoever owns the thing: the doer in a by-phrase after
** it, the parties of a between-phrase, the countries of a hyphenated
** compound, the person or state a possessive pronoun stands for; and, for
** a definite event noun that names no owner at all ("the attack", "the
** agreement"), the actors of the latest event of that kind that the
** article coded (a tax or sanction that a proposal or plan is "for" is
** the proposal's maker's: "proposals by the Commission for a tax on
** oils ... Chile opposed the tax"), and for a state's thing of its own
** kind ("the budget", "the ban") the owner of its latest mention in an
** earlier sentence; and for one country's opposition,
** its government. A yield of sanctions that names no one ("lift the
** sanctions") is aimed at whom the article's latest sanction by the same
** country hit.
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* Codes (prefixes) whose acts are words aimed at another's act: praise
** (051), demands (10), criticism (11), rejection (12), threats (13),
** comments on it (011-014: "had no comment on the attack", "fears that
** the feud between Togo and Benin"); and an investigation (09), aimed at
** whoever did what is investigated. An agreement signed (057) is the
** agreement's own event, not one aimed at it. */
static const char *const owner_codes[] = {"02", "051", "09", "10", "11", "12", "13",
                                          "011", "012", "013", "014", NULL};

/* Kinds of act a definite noun may point back to ("the attack", "the
** deal"), with the code prefixes of the coded events of the kind
** (space-separated; "" for none) and whether an event's target was a party
** to it as much as its source ("the agreement" is both sides'). */
enum { FAM_ATTACK, FAM_AGREEMENT, FAM_ARREST, FAM_EXPULSION, FAM_SANCTION, FAM_DECISION,
       FAM_MOVE, FAM_PROPOSAL, FAM_OFFER, FAM_PLAN, FAM_REQUEST, FAM_TAX, FAM_IDEA, FAM_MEETING,
       FAM_STATEMENT, FAM_MEASURE,
       /* things a state makes that a later "the" names by the same noun
       ** only ("the Kenyan budget ... Uganda criticized the budget"), one
       ** kind each (owner2, seventeenth session) */
       FAM_BILL, FAM_BUDGET, FAM_CUT, FAM_LEGISLATION, FAM_PACKAGE, FAM_POLICY, FAM_PROGRAM,
       FAM_QUOTA, FAM_REFORM, FAM_REGULATION, FAM_BAN, FAM_CURB, FAM_RESTRICTION, FAM_NONE };
static const struct family {
    const char *codes;
    int both;
} families[] = {
    [FAM_ATTACK] = {"18 19 20", 0}, [FAM_AGREEMENT] = {"057", 1}, [FAM_ARREST] = {"173", 0},
    [FAM_EXPULSION] = {"174", 0},   [FAM_SANCTION] = {"163", 0},  [FAM_DECISION] = {"", 0},
    [FAM_MOVE] = {"", 0},           [FAM_PROPOSAL] = {"", 0},     [FAM_OFFER] = {"", 0},
    [FAM_PLAN] = {"", 0},           [FAM_REQUEST] = {"", 0},      [FAM_TAX] = {"", 0},
    [FAM_IDEA] = {"", 0},           [FAM_MEETING] = {"04", 1},    [FAM_STATEMENT] = {"", 0},
    [FAM_MEASURE] = {"", 0},        [FAM_BILL] = {"", 0},         [FAM_BUDGET] = {"", 0},
    [FAM_CUT] = {"", 0},            [FAM_LEGISLATION] = {"", 0},  [FAM_PACKAGE] = {"", 0},
    [FAM_POLICY] = {"", 0},         [FAM_PROGRAM] = {"", 0},      [FAM_QUOTA] = {"", 0},
    [FAM_REFORM] = {"", 0},         [FAM_REGULATION] = {"", 0},   [FAM_BAN] = {"", 0},
    [FAM_CURB] = {"", 0},           [FAM_RESTRICTION] = {"", 0}};

/* The nouns and verbs of each kind, by lemma, in strcmp order (first_at
** below indexes them by their first letter). */
static const struct act_word {
    const char *lemma;
    uint8_t family;
} act_words[] = {
    {"accord", FAM_AGREEMENT}, {"agree", FAM_AGREEMENT}, {"agreement", FAM_AGREEMENT},
    {"airstrike", FAM_ATTACK}, {"announcement", FAM_MOVE}, {"arrest", FAM_ARREST},
    {"assault", FAM_ATTACK}, {"attack", FAM_ATTACK}, {"ban", FAM_BAN}, {"bill", FAM_BILL},
    {"bomb", FAM_ATTACK}, {"bombing", FAM_ATTACK}, {"budget", FAM_BUDGET},
    {"comment", FAM_STATEMENT}, {"conference", FAM_MEETING}, {"curb", FAM_CURB},
    {"cut", FAM_CUT}, {"deal", FAM_AGREEMENT}, {"decide", FAM_DECISION},
    {"decision", FAM_DECISION}, {"detain", FAM_ARREST}, {"detention", FAM_ARREST},
    {"embargo", FAM_SANCTION}, {"expel", FAM_EXPULSION}, {"expulsion", FAM_EXPULSION},
    {"idea", FAM_IDEA}, {"incursion", FAM_ATTACK}, {"initiative", FAM_PROPOSAL},
    {"invade", FAM_ATTACK}, {"invasion", FAM_ATTACK}, {"killing", FAM_ATTACK},
    {"legislation", FAM_LEGISLATION}, {"levy", FAM_TAX}, {"massacre", FAM_ATTACK},
    {"measure", FAM_MEASURE}, {"meeting", FAM_MEETING}, {"move", FAM_MOVE},
    {"murder", FAM_ATTACK}, {"negotiation", FAM_MEETING}, {"offensive", FAM_ATTACK},
    {"offer", FAM_OFFER}, {"operation", FAM_ATTACK}, {"package", FAM_PACKAGE},
    {"pact", FAM_AGREEMENT}, {"plan", FAM_PLAN}, {"policy", FAM_POLICY},
    {"program", FAM_PROGRAM}, {"programme", FAM_PROGRAM}, {"proposal", FAM_PROPOSAL},
    {"propose", FAM_PROPOSAL}, {"quota", FAM_QUOTA}, {"raid", FAM_ATTACK},
    {"reform", FAM_REFORM}, {"regulation", FAM_REGULATION}, {"remark", FAM_STATEMENT},
    {"request", FAM_REQUEST}, {"restriction", FAM_RESTRICTION}, {"sanction", FAM_SANCTION},
    {"scheme", FAM_IDEA}, {"shelling", FAM_ATTACK}, {"shoot", FAM_ATTACK},
    {"shooting", FAM_ATTACK}, {"stabbing", FAM_ATTACK}, {"statement", FAM_STATEMENT},
    {"step", FAM_MOVE}, {"strike", FAM_ATTACK}, {"summit", FAM_MEETING}, {"talk", FAM_MEETING},
    {"tariff", FAM_TAX}, {"tax", FAM_TAX}, {"treaty", FAM_AGREEMENT},
};

/* Where the words of each first letter start in act_words, and where
** they end: first_at['b' - 'a'] is the first word in b. Must stay in step
** with act_words (tests/test_coder.c checks that family_of finds every
** word through it). */
static const uint8_t first_at[27] = {0, 8, 13, 17, 22, 25, 25, 25, 25, 30, 30, 31, 33, 38, 39, 42, 50, 51, 57, 67, 71, 71, 71, 71, 71, 71, 71};

/* For each first letter, the second bytes of its words in act_words, a
** bit each (byte & 31): most lemmas asked are no act word ("minister",
** "government"), and one test turns them down before the walk. Made from
** act_words once a process (coder_owner_once), so it cannot fall out of
** step with them. */
static uint32_t second_bytes[26];

#define ACT_WORDS (sizeof act_words / sizeof act_words[0])

/* Verbs of a deed a state does to others or at home, that a later "the
** move", "the step", "the decision" or "the announcement" may name:
** "Kenya recalled its envoy. Uganda criticized the move". Verbs of saying
** and of force are left out: what was said is no move, and an attack has
** its own kind. In strcmp order: they are looked up in every clause. */
static const char *const deed_verbs[] = {
    "abolish", "adopt", "announce", "annul", "approve", "ban", "cancel", "close", "decide",
    "declare", "deploy", "dispatch", "expel", "extend", "freeze", "halt", "impose", "lift",
    "order", "pass", "pledge", "pull", "recall", "reinstate", "revoke", "scrap", "send",
    "sign", "suspend", "unveil", "veto", "withdraw"};
#define DEED_VERBS (sizeof deed_verbs / sizeof deed_verbs[0])

/* Every word coder_owner_remember looks for, act_words' and deed_verbs',
** NULL-terminated: a rule word list (RULE_OWNER), made with second_bytes. */
static const char *owner_words[ACT_WORDS + DEED_VERBS + 1];

static void make_second_bytes(void)
{
    size_t n = 0;
    for (size_t i = 0; i < ACT_WORDS; i++) {
        const char *w = act_words[i].lemma;
        second_bytes[(unsigned char)w[0] - 'a'] |= 1u << ((unsigned char)w[1] & 31);
        owner_words[n++] = w;
    }
    for (size_t i = 0; i < DEED_VERBS; i++)
        owner_words[n++] = deed_verbs[i];
    owner_words[n] = NULL;
}

void coder_owner_once(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_second_bytes);
}

const char *const *coder_owner_words(void)
{
    coder_owner_once();
    return owner_words;
}

/* The kind of lemma, or FAM_NONE. Asked of every noun and verb: a
** few comparisons at most, the second and third bytes before strcmp
** ("country" and "company" share "co" with "comment"); every word of
** act_words has three letters or more, so a lemma that matches its second
** byte has a third. */
static int family_of(const char *lemma)
{
    unsigned ch = (unsigned char)lemma[0] - 'a';
    if (ch >= 26 || !(second_bytes[ch] >> ((unsigned char)lemma[1] & 31) & 1))
        return FAM_NONE;
    for (uint8_t i = first_at[ch]; i < first_at[ch + 1]; i++) {
        const char *w = act_words[i].lemma;
        if (lemma[1] == w[1] && lemma[2] == w[2] && strcmp(lemma, w) == 0)
            return act_words[i].family;
    }
    return FAM_NONE;
}

/* The kind of token k's lemma of s (family_of): its rule mark
** (RULE_OWNER, coder_rule_word) turns down a word of no kind before its
** letters are read. */
static int family_at(const sent_ctx *s, uint32_t k)
{
    return coder_rule_word(s, k, RULE_OWNER) ? family_of(s->ls.lemmas[k]) : FAM_NONE;
}

int coder_agreement_noun(const sent_ctx *s, uint32_t k)
{
    return family_at(s, k) == FAM_AGREEMENT;
}

/* Verbs whose object noun is an act their subject does: "launched an
** attack", "started moves", "took the decision", "reached a deal",
** "proposed a tax", "announced plans". */
static const char *const doing_verbs[] = {
    "launch", "carry", "conduct", "mount", "stage", "make", "take", "start", "begin",
    "reach", "sign", "conclude", "strike", "order", "impose", "unveil", "present", "submit",
    "propose", "introduce", "announce", "issue", "release",
    NULL};

/* Determiners that make an act noun one the reader already knows. */
static const char *const definite[] = {"the", "this", "that", "these", "those", NULL};

/* Keeps the actors of out[0..n) that are not a source (j->src) or its
** state: "Kenya welcomed its own decision" is no event, while the
** opposition may criticize the ruling party's move (JPNOPP, JPNPTY).
** Returns the new count. */
static int not_source(const clause_job *j, actor_ref *out, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        char oc[4], sc[4];
        int own = 0;
        for (int t = 0; t < j->ns && !own; t++)
            own = strcmp(out[i].code, j->src[t].code) == 0 ||
                  ((strlen(out[i].code) == 3 || strlen(j->src[t].code) == 3) &&
                   coder_code_country(out[i].code, oc) &&
                   coder_code_country(j->src[t].code, sc) && strcmp(oc, sc) == 0);
        if (!own && strncmp(out[i].code, "---", 3) != 0)
            out[k++] = out[i];
    }
    return k;
}

/* Prepositions that keep a run of phrases on the thing before them: "the
** proclamation of the islands as Ugandan territory by ...", "the attack on
** the embassy by ..."; another ends it ("imports of maize under the
** agreement between ..." is no owner of the imports). */
static const char *const thing_preps[] = {"of", "as", "on", "against", "over", "by",
                                          "between", "among", NULL};

/* Nouns of a thing put to others, which come "from" whoever puts them:
** "rejected the offer from Japan", "a proposal from the ministry",
** "dismissed the claim from Berlin", "resisted pressure from Washington",
** "disappointed at the threats of retaliation from the Community" (not
** "charge": fuel charges from base rates are a firm's). */
static const char *const put_nouns[] = {
    "offer",     "proposal",  "plan",      "initiative", "request",   "invitation",
    "ultimatum", "claim",     "accusation", "allegation", "suggestion", "threat",
    "warning",   "pressure",  "interference", "criticism", "complaint", "objection",
    "protest",   "statement", "remark",    "call",       "appeal",    NULL};

/* Is the head at word k a noun of a thing put to others (put_nouns)?
** Demands only in the plural: "demand from buyers" is a market's. */
static int put_noun(const sent_ctx *s, uint32_t k)
{
    return lemma_in_list(s->ls.lemmas[k], put_nouns) ||
           (s->ls.tags[k] == TAG_NNS && lemma_is_word(s->ls.lemmas[k], "demand"));
}

/* Nouns of a bill, which a legislature has before it: a government's
** critic speaks of its own country's ("vetoed the bill"), and anyone of
** one "before Congress" or "pending in the Diet". */
static const char *const bills[] = {"bill", "legislation", "measure", "law", "amendment", NULL};

/* Does noun phrase np name a bill, and the PP at word k the legislature
** it lies before ("a trade bill now before the Senate", "legislation
** pending in Congress")? Then out holds that legislature (LEG): its
** count is returned. Words of time or state between them are skipped. */
static int bill_before(dyad_coder *c, const sent_ctx *s, int32_t np, uint32_t k,
                       actor_ref *out)
{
    static const char *const gaps[] = {"now", "currently", "still", "pending", "pend", NULL};
    static const char *const legislature[] = {"LEG", NULL};
    if (!lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], bills))
        return 0;
    for (int g = 0; g < 2 && k < s->ls.n && lemma_in_list(s->ls.lemmas[k], gaps); g++)
        k++;
    const phrase *pp = coder_pp_at(s, k);
    if (!pp || pp->np < 0 || (!lemma_is_word(s->ls.lemmas[k], "before") &&
                              !lemma_is_word(s->ls.lemmas[k], "in")))
        return 0;
    int n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
    for (int i = 0; i < n; i++)
        if (!coder_role_in(out[i].code, legislature))
            return 0;
    return n;
}

/* Does a past participle with "by" after it start at word k ("imposed
** by Kenya")? Then what comes before is a thing and its doer follows:
** returns how many words stand before "by", else 0. An adverb may come
** before the participle ("already introduced by Kenya") and a particle
** or adverb between it and "by" ("put forward by Britain", "made
** earlier by the ministry"): two words at most on each side. */
static uint32_t by_participle(const sent_ctx *s, uint32_t k)
{
    const lang_sent *ls = &s->ls;
    uint32_t i = k;
    while (i < k + 2 && i < ls->n && tag_is_adv(ls->tags[i]))
        i++;
    if (i >= ls->n || ls->tags[i] != TAG_VBN)
        return 0;
    uint32_t v = ++i;
    while (i < v + 2 && i < ls->n && (tag_is_adv(ls->tags[i]) || ls->tags[i] == TAG_RP))
        i++;
    return i < ls->n && lemma_is_word(ls->lemmas[i], "by") ? i - k : 0;
}

/* "the annexation of the islands by Uganda", "the deal between Uganda
** and Tanzania": the doer in a by-phrase, else the parties of a between-
** or among-phrase, in the run of phrases right after noun phrase np. A
** past participle right before the by-phrase is the thing's ("the
** sanctions imposed by Kenya", "proposals made by the Commission"), and
** a proposal or offer "from" someone is theirs. */
static int owner_in_pps(dyad_coder *c, const sent_ctx *s, int32_t np, int by_only,
                        actor_ref *out)
{
    const phrase *ph = s->ls.phrases;
    uint32_t k = ph[np].end;
    int n = bill_before(c, s, np, k, out);
    if (n > 0)
        return n;
    k += by_participle(s, k);
    int put = put_noun(s, ph[np].head);
    while (k < s->ls.n && s->pp_at[k] >= 0) {
        const phrase *pp = &ph[s->pp_at[k]];
        if (pp->np < 0)
            return 0;
        const char *prep = s->ls.lemmas[pp->first];
        n = 0;
        if (!lemma_in_list(prep, thing_preps) && !(put && lemma_is_word(prep, "from")))
            return 0;
        if (lemma_is_word(prep, "by") || lemma_is_word(prep, "from"))
            n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
        else if (!by_only && (lemma_is_word(prep, "between") || lemma_is_word(prep, "among")))
            n = coder_resolve_np(c, s, pp->np, out, MAX_ACTORS);
        if (n > 0)
            return n;
        k = ph[pp->np].end;
    }
    return 0;
}

/* "condemned the sanctions Washington imposed on Havana", "the tariffs
** that Uganda proposed": the subject of an active relative clause whose
** object is noun phrase np itself, standing before that subject (the
** language layer's gap object, contact clauses included) is its maker;
** not of a noun whose clause tells its content ("ignored the fact that
** Canadian output is rising"). Returns the actors written to out. */
static int owner_relative(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    for (int32_t i = np >= 0 ? s->rel_of[np] : -1; i >= 0; i = s->rel_next[i]) {
        const clause *cl = &s->ls.clauses[i];
        if (cl->subject < 0 || cl->verb < 0 ||
            s->ls.phrases[cl->verb].voice == VOICE_PASSIVE ||
            lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], lang_content_nouns) ||
            s->ls.phrases[np].end > s->ls.phrases[cl->subject].first)
            continue;
        return coder_resolve_np(c, s, cl->subject, out, MAX_ACTORS);
    }
    return 0;
}

/* "the Ugandan-Tanzanian border deal", "the Kenya-Uganda talks": a word
** before the head whose every part, split at its hyphens, is a country.
** Returns the countries written to out (MAX_ACTORS at most); reads c
** and s only. */
int coder_owner_compound(const dyad_coder *c, const sent_ctx *s, const phrase *p,
                          actor_ref *out)
{
    for (uint32_t k = p->first; k < p->head; k++) {
        const char *w = s->ls.text + s->ls.toks[k].start;
        size_t len = s->ls.toks[k].len;
        if (!memchr(w, '-', len))
            continue;
        int n = 0;
        for (size_t a = 0; a <= len && n < MAX_ACTORS;) {
            const char *dash = memchr(w + a, '-', len - a);
            size_t b = dash ? (size_t)(dash - w) : len;
            dict_word part = {w + a, b - a};
            dict_match m;
            char cc[4];
            if (b == a || dict_match_actor_words(c->d, &part, 1, 0, s->date, &m) != 1 || !m.code ||
                !coder_code_country(m.code, cc) || strlen(m.code) != 3) {
                n = 0;
                break;
            }
            memset(&out[n], 0, sizeof out[n]);
            snprintf(out[n].code, sizeof out[n].code, "%s", m.code);
            out[n].first = k;
            out[n].end = k + 1;
            out[n].entry_file = m.actor->file;
            out[n].entry_line = m.actor->line;
            n++;
            a = b + 1;
        }
        if (n >= 2)
            return n;
    }
    return 0;
}

/* The mention table's word on a phrase, or the phrase that introduced e. */
int coder_names_entity(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e)
{
    if (np < 0)
        return 0;
    if (mentions_np(c->ment, np).ent == e)
        return 1;
    const ment_entity *en = mentions_entity(c->ment, e);
    const phrase *p = &s->ls.phrases[np];
    uint32_t from = s->ls.toks[p->first].start, to = s->ls.toks[p->end - 1].start + 1;
    return en && en->intro_sent == s->index && en->intro_start >= from && en->intro_start < to;
}

/* "praised his efforts", "rejected their demands": the actors a
** possessive pronoun before the head stands for, as the mention table
** resolved it, unless it stands for the source phrase src_np or the
** clause's subject itself ("the commission approved its plan"). My
** and our belong to quotes (coder_actor.c). */
static int owner_pronoun(const dyad_coder *c, const sent_ctx *s, const phrase *p,
                         int32_t src_np, int32_t subject, actor_ref *out)
{
    static const char *const third[] = {"his", "her", "its", "their", NULL};
    for (uint32_t k = p->first; k < p->head; k++) {
        if (s->ls.tags[k] != TAG_PRPS || !lemma_in_list(s->ls.lemmas[k], third))
            continue;
        ment_ref mr = mentions_token(c->ment, k);
        /* "the commission approved its proposal": the source's own */
        if (mr.ent < 0 || coder_names_entity(c, s, src_np, mr.ent) ||
            coder_names_entity(c, s, subject, mr.ent))
            return 0;
        return coder_entity_actors(c, p, mr.ent, out, MAX_ACTORS);
    }
    return 0;
}

/* "criticized the House's decision", "rejected Gramm's argument" after
** "Sen Phil Gramm", "voted against the prime minister's call": the
** possessor's own phrase (under p, PHF_POSS), resolved alone, where the
** whole phrase named no one: a bare chamber, a surname the article
** named before, an agent that takes the article's country. A possessor
** that says when ("yesterday's decision") owns nothing. Returns the
** actors written to out. */
static int owner_possessor(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    /* np's children through the phrase index: a scan of every phrase per
    ** clause was quadratic in a sentence of thousands of clauses */
    const phrase *ph = s->ls.phrases;
    for (int32_t i = s->kid[np]; i >= 0; i = s->sib[i])
        if ((ph[i].flags & PHF_POSS) && ph[i].kind == PH_NP && !coder_time_noun(s, ph[i].head))
            return coder_resolve_np(c, s, i, out, MAX_ACTORS);
    return 0;
}

/* Is coordinated noun phrase np one noun whose modifiers "and" joins
** ("the oils and fats tax", "an 88 billion dlr highway and transit
** bill"): two members, the first ending on a common noun, the second
** bare common nouns (or lower-case adjectives) up to the shared head,
** no determiner of its own?
** Such a phrase names one thing, where "the tax and the levy" names two. */
static int shared_head(const sent_ctx *s, int32_t np)
{
    const phrase *ph = s->ls.phrases;
    int32_t m[2];
    int nm = 0;
    for (size_t i = 0; i < s->ls.nphrases && nm <= 2; i++)
        if (ph[i].up == np && ph[i].kind == PH_NP) {
            if (nm < 2)
                m[nm] = (int32_t)i;
            nm++;
        }
    if (nm != 2)
        return 0;
    const phrase *a = &ph[m[0]], *b = &ph[m[1]];
    int t = s->ls.tags[a->end - 1];
    if (t != TAG_NN && t != TAG_NNS)
        return 0;
    /* a lower-case adjective may stand there ("highway and mass transit
    ** bill"), not a capitalised one, which may name an owner ("Kenyan") */
    for (uint32_t k = b->first; k < b->end; k++)
        if (s->ls.tags[k] != TAG_NN && s->ls.tags[k] != TAG_NNS &&
            !(tag_is_adj(s->ls.tags[k]) && islower((unsigned char)s->ls.text[s->ls.toks[k].start])))
            return 0;
    return 1;
}

/* Does noun phrase np name a thing by its own words: no actor, no agent
** noun, no pronoun of its own ("the annexation", "the new border deal";
** not "the government", "Uganda", "them")? */
static int thing_phrase(dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    actor_ref a;
    if (p->kind != PH_NP || (p->flags & PHF_PRONOUN) ||
        ((p->flags & PHF_COORD) && !shared_head(s, np)) ||
        tag_is_proper(s->ls.tags[p->head]) || coder_resolve_span(c, s, p->first, p->end, &a))
        return 0;
    return coder_agent_in(c, s, p->first, p->end) == NULL;
}

/* Is clause job j one whose target may be the owner of a thing? Not
** when its target phrase is the subject of a verb after it, as an object
** with no "that" may be: "senators warned his nomination was in trouble"
** warns no one of his. */
static int owner_clause(const sent_ctx *s, const clause_job *j)
{
    /* a subject in the target slot is a thing aimed at as an object is
    ** ("the Ugandan levy drew criticism from Kenya"), and so is the cause
    ** of a feeling ("was disappointed by the threats from the Community");
    ** asked first, for most jobs have no such target (every clause asks) */
    if (j->tgt_np < 0 || j->alone || j->ns <= 0)
        return 0;
    if (j->tgt_np != j->cl->subject) {
        uint32_t after = s->ls.phrases[j->tgt_np].end;
        /* "the sanctions imposed by Kenya" is a thing and its doer, and
        ** a gerund right after it a reduced relative ("the bill pending
        ** in Congress") */
        if (after < s->ls.n && !by_participle(s, after) && s->ls.tags[after] != TAG_VBG &&
            (tag_is_verb(s->ls.tags[after]) || s->ls.tags[after] == TAG_MD))
            return 0;
    }
    int aimed = 0;
    for (const char *const *p = owner_codes; *p && !aimed; p++)
        aimed = j->code1[0] == (*p)[0] && strncmp(j->code1, *p, strlen(*p)) == 0;
    /* "have been attacking the sales tax plan for months": an attack on
    ** a plan or a policy is in words (coder_verbal_attack, which recodes
    ** it 111 only once a target is found), however "for months" read */
    return aimed || (j->code1[0] == '1' && j->code1[1] == '9' && j->nt == 0 &&
                     coder_verbal_attack(s, j));
}

int coder_owner_thing(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    return owner_clause(s, j) && thing_phrase(c, s, j->tgt_np);
}

int coder_owner_within(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing)
{
    if (!thing)
        return 0;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    /* the doer wins over an "of" that names whom it was done to: "the
    ** killing of Kenyan soldiers by Somali militants" */
    int n = not_source(j, j->tgt, owner_in_pps(c, s, j->tgt_np, 1, j->tgt));
    if (!n)
        n = not_source(j, j->tgt, owner_relative(c, s, j->tgt_np, j->tgt));
    actor_ref probe[MAX_ACTORS];
    if (n || coder_resolve_np(c, s, j->tgt_np, probe, MAX_ACTORS) > 0)
        return n;
    if (!(n = not_source(j, j->tgt, owner_in_pps(c, s, j->tgt_np, 0, j->tgt))) &&
        !(n = not_source(j, j->tgt, coder_owner_compound(c, s, p, j->tgt))) &&
        !(n = not_source(j, j->tgt, owner_possessor(c, s, j->tgt_np, j->tgt))))
        n = not_source(j, j->tgt, owner_pronoun(c, s, p, j->src_np, j->cl->subject, j->tgt));
    return n;
}

int coder_owner_noun_pronoun(dyad_coder *c, const sent_ctx *s, clause_job *j, int32_t noun_np)
{
    /* a verb's subject owns what its own pronoun names ("the commission
    ** approved its plan"), but the noun's source is not the subject: the
    ** pronoun may stand for anyone but the noun's own phrase and source */
    if (j->m.target < 0 || strncmp(j->m.code, "11", 2) != 0 || j->ns == 0 ||
        !thing_phrase(c, s, j->m.target))
        return 0;
    const phrase *p = &s->ls.phrases[j->m.target];
    /* "complaints that its sales had suffered": the subject of what is
    ** said is no thing aimed at */
    if (p->first > 0 && lemma_is_word(s->ls.lemmas[p->first - 1], "that"))
        return 0;
    return not_source(j, j->tgt, owner_pronoun(c, s, p, noun_np, -1, j->tgt));
}

/* Does CAMEO code start with one of the space-separated prefixes? */
static int code_in(const char *code, const char *prefixes)
{
    for (const char *p = prefixes; *p;) {
        size_t n = strcspn(p, " ");
        if (n && strncmp(code, p, n) == 0)
            return 1;
        p += n + (p[n] == ' ');
    }
    return 0;
}

/* Fills *a with act family fam, done by out[0..n) (named at token head
** of s, by the bytes [start, end)). Returns 0 when no owner is known. */
static int act_of(const sent_ctx *s, int fam, uint32_t head, const actor_ref *out, int n,
                  act_seen *a)
{
    *a = (act_seen){.family = (uint8_t)fam, .sent = s->index, .head = head};
    for (int i = 0; i < n && a->n < 2; i++)
        if (strncmp(out[i].code, "---", 3) != 0)
            snprintf(a->code[a->n++], sizeof a->code[0], "%s", out[i].code);
    a->start = out[0].first < s->ls.n ? s->ls.toks[out[0].first].start : 0;
    a->end = out[0].end > 0 && out[0].end <= s->ls.n
                 ? s->ls.toks[out[0].end - 1].start + s->ls.toks[out[0].end - 1].len
                 : a->start;
    return a->n > 0;
}

/* Adds act family fam, done by out[0..n) at token head of s, to the
** document's ring; no owner known, a full ring keeps its oldest act. */
static void remember(dyad_coder *c, const sent_ctx *s, int fam, uint32_t head,
                     const actor_ref *out, int n)
{
    act_seen a;
    if (act_of(s, fam, head, out, n, &a))
        c->doc.acts[c->doc.nacts++ % ACTS_SEEN] = a;
}


/* Is code a state's: a country alone, its government, forces, lawmakers,
** judges or police, or an international body? A firm's deal or a
** party's pledge is rarely what a state's critics call "the move". */
static int state_code(const char *code)
{
    if (strncmp(code, "IGO", 3) == 0)
        return 1;
    return coder_code_country(code, NULL) &&
           (strlen(code) == 3 || coder_role_in(code, coder_state_roles));
}

static int doer_of(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *out);

/* Were acts a and b done by the same actors? */
static int same_makers(const act_seen *a, const act_seen *b)
{
    return a->n == b->n && strcmp(a->code[0], b->code[0]) == 0 &&
           (a->n < 2 || strcmp(a->code[1], b->code[1]) == 0);
}

/* Adds clause cl's deed, when its verb is one and its doer a state's
** actor, to the document's ring of deeds. */
static void remember_deed(dyad_coder *c, const sent_ctx *s, const clause *cl)
{
    uint32_t at = s->ls.phrases[cl->verb].head;
    actor_ref out[MAX_ACTORS];
    act_seen a;
    int n;
    if (!base_sorted_has(deed_verbs, DEED_VERBS, s->ls.lemmas[at]) ||
        (n = doer_of(c, s, cl, out)) <= 0 || !act_of(s, FAM_MOVE, at, out, n, &a))
        return;
    for (int i = 0; i < a.n; i++)
        if (!state_code(a.code[i]))
            return;
    c->doc.deeds[c->doc.ndeeds++ % DEEDS_SEEN] = a;
    /* the lead's deed: the first body sentence's that has one */
    doc_ctx *d = &c->doc;
    if (d->nbody > 2 || d->lead_kept < 0 || (d->lead_kept > 0 && d->lead.sent != s->index))
        return;
    if (d->lead_kept > 0 && !same_makers(&d->lead, &a))
        d->lead_kept = -1;
    else if (!d->lead_kept) {
        d->lead = a;
        d->lead_kept = 1;
    }
}

/* The subject's actors of clause cl (its by-agent in the passive). */
static int doer_of(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *out)
{
    const phrase *vg = cl->verb >= 0 ? &s->ls.phrases[cl->verb] : NULL;
    int32_t np = vg && vg->voice == VOICE_PASSIVE ? cl->agent : cl->subject;
    if (np < 0 || (s->ls.phrases[np].flags & PHF_PRONOUN))
        return 0;   /* a pronoun is the mention table's, resolved when coded */
    return coder_resolve_np(c, s, np, out, MAX_ACTORS);
}

/* "proposals by the Commission for a tax on oils", "its plan for
** sanctions": the tax or sanction a proposal, plan or offer (noun phrase
** np) is for, in the run of phrases right after it (through by, from, of
** and on), is its maker's as much as the proposal is, so that a later
** "the tax" names the maker. Returns the thing's kind (FAM_TAX or
** FAM_SANCTION) and its head in *head, else FAM_NONE. */
static int proposed_thing(const sent_ctx *s, int32_t np, uint32_t *head)
{
    static const char *const through[] = {"by", "from", "of", "on", NULL};
    const phrase *ph = s->ls.phrases;
    int fam = family_at(s, ph[np].head);
    if (fam != FAM_PROPOSAL && fam != FAM_PLAN && fam != FAM_OFFER)
        return FAM_NONE;
    uint32_t k = ph[np].end;
    k += by_participle(s, k);
    for (const phrase *pp; (pp = coder_pp_at(s, k)) != NULL && pp->np >= 0;
         k = ph[pp->np].end) {
        const char *prep = s->ls.lemmas[pp->first];
        if (lemma_is_word(prep, "for")) {
            uint32_t h = ph[pp->np].head;
            int of = family_at(s, h);
            if (of != FAM_TAX && of != FAM_SANCTION)
                return FAM_NONE;
            *head = h;
            return of;
        }
        if (!lemma_in_list(prep, through))
            return FAM_NONE;
    }
    return FAM_NONE;
}

/* Does "proposed" stand before the head of p ("the proposed EC tax",
** "a proposed 100 pct levy")? */
static int proposed_before(const sent_ctx *s, const phrase *p)
{
    for (uint32_t k = p->first; k < p->head; k++)
        if (lemma_is_word(s->ls.lemmas[k], "propose") ||
            lemma_is_word(s->ls.lemmas[k], "proposed"))
            return 1;
    return 0;
}

/* "the proposed European Community (EC) tax": the noun phrase of a
** name that ends right before a bracketed abbreviation which phrase p
** follows, or -1. */
static int32_t bracketed_name(const sent_ctx *s, const phrase *p)
{
    uint32_t f = p->first;
    if (f < 4 || !coder_bracketed_abbreviation(s, f - 3))
        return -1;
    int32_t q = s->ls.np_of[f - 4];
    return q >= 0 && s->ls.phrases[q].end == f - 3 ? q : -1;
}

/* Adds to the ring what proposal np is for (proposed_thing), done by
** out[0..n). */
static void remember_proposed(dyad_coder *c, const sent_ctx *s, int32_t np,
                              const actor_ref *out, int n)
{
    uint32_t head;
    int fam = proposed_thing(s, np, &head);
    if (fam != FAM_NONE)
        remember(c, s, fam, head, out, n);
}

void coder_owner_remember(dyad_coder *c, const sent_ctx *s)
{
    /* every act or deed below is one of owner_words */
    if (!coder_rule_may(s, RULE_OWNER))
        return;
    const phrase *ph = s->ls.phrases;
    actor_ref out[MAX_ACTORS];
    /* phrases read ahead of their clauses name no agent for later ones */
    c->no_agent_memory = 1;
    for (size_t ci = 0; ci < s->ls.nclauses; ci++) {
        const clause *cl = &s->ls.clauses[ci];
        if (cl->verb < 0)
            continue;
        /* "Kenya decided to ...", "the two sides agreed" */
        uint32_t at = ph[cl->verb].head;
        int fam = family_at(s, at);
        /* "the party started moves", "Kenya launched an attack": the act
        ** is the object's, and only the object's when the verb is of a
        ** kind too ("struck a deal" is no strike) */
        int also = FAM_NONE;   /* "proposed a tax" is a proposal too */
        /* the object's kind first: a table probe, where doing_verbs is a
        ** walk of some twenty words */
        int of = cl->object >= 0 ? family_at(s, ph[cl->object].head) : FAM_NONE;
        if (of != FAM_NONE && lemma_in_list(s->ls.lemmas[at], doing_verbs)) {
            also = fam == FAM_PROPOSAL ? fam : FAM_NONE;
            fam = of;
            at = ph[cl->object].head;
        }
        /* "the ministry said in a statement": a statement the subject made */
        uint32_t e = ph[cl->verb].end;
        if (fam == FAM_NONE && e + 1 < s->ls.n && s->pp_at[e] >= 0 &&
            lemma_is_word(s->ls.lemmas[e], "in") && ph[s->pp_at[e]].np >= 0 &&
            family_at(s, ph[ph[s->pp_at[e]].np].head) == FAM_STATEMENT) {
            fam = FAM_STATEMENT;
            at = ph[ph[s->pp_at[e]].np].head;
        }
        remember_deed(c, s, cl);
        int n;
        if (fam != FAM_NONE && (n = doer_of(c, s, cl, out)) > 0) {
            if (also != FAM_NONE)
                remember(c, s, also, ph[cl->verb].head, out, n);
            remember(c, s, fam, at, out, n);
            /* "the Commission unveiled proposals for a tax" */
            if (cl->object >= 0 && at == ph[cl->object].head)
                remember_proposed(c, s, cl->object, out, n);
        }
    }
    /* "the United States' killing of ...", "the Ugandan decision", "the
    ** attack by Somali militants" */
    for (size_t i = 0; i < s->ls.nphrases; i++) {
        const phrase *p = &ph[i];
        int fam;
        if (p->kind != PH_NP || (p->flags & PHF_COORD) || !tag_is_noun(s->ls.tags[p->head]) ||
            tag_is_proper(s->ls.tags[p->head]) ||
            (fam = family_at(s, p->head)) == FAM_NONE)
            continue;
        /* only words that may name a doer are looked up: a name, an
        ** adjective ("Ugandan"), a possessive; a by-phrase after it */
        int named = 0;
        /* "its Mideast Gulf policy": after a possessive pronoun, names
        ** say what the thing is about; its owner is the pronoun's */
        int topic = s->ls.tags[p->first] == TAG_PRPS;
        for (uint32_t k = p->first; k < p->head && !named && !topic; k++)
            named = tag_is_proper(s->ls.tags[k]) || tag_is_adj(s->ls.tags[k]) ||
                    s->ls.tags[k] == TAG_POS;
        int by = p->end < s->ls.n && lemma_is_word(s->ls.lemmas[p->end], "by");
        /* "the proposed European Community (EC) tax": the parse ends the
        ** name's phrase at the bracket, and the doer is that phrase's */
        int32_t named_np = named ? -1 : bracketed_name(s, p);
        int m = named_np >= 0 ? coder_resolve_np(c, s, named_np, out, MAX_ACTORS) : 0;
        if (m > 0) {
            remember(c, s, fam, p->head, out, m);
            if ((fam == FAM_TAX || fam == FAM_SANCTION) && proposed_before(s, &ph[named_np]))
                remember(c, s, FAM_PROPOSAL, p->head, out, m);
            continue;
        }
        /* "his proposal for a tax": the tax is his, as the mention
        ** table resolved him (the proposal itself stays unremembered) */
        uint32_t thing;
        int n;
        if (!named && !by && proposed_thing(s, (int32_t)i, &thing) != FAM_NONE &&
            (n = owner_pronoun(c, s, p, -1, -1, out)) > 0)
            remember_proposed(c, s, (int32_t)i, out, n);
        /* "a draft bill before the U.S. Congress": the legislature's,
        ** for a later "the bill" */
        if ((fam == FAM_BILL || fam == FAM_LEGISLATION) && !named && !by &&
            (n = bill_before(c, s, (int32_t)i, p->end, out)) > 0) {
            remember(c, s, fam, p->head, out, n);
            continue;
        }
        if (!named && !by)
            continue;
        n = named ? coder_resolve_span(c, s, p->first, p->head, out) : 0;
        /* "the Paris accord" holds a country's name, but the longer name
        ** with the head names no one */
        actor_ref whole[MAX_ACTORS];
        if (n > 0 && coder_resolve_span(c, s, p->first, p->head + 1, whole) == 0)
            continue;
        if (!n && named)
            n = coder_owner_compound(c, s, p, out);
        if (!n)
            n = owner_in_pps(c, s, (int32_t)i, 1, out);
        if (n > 0) {
            remember(c, s, fam, p->head, out, n);
            remember_proposed(c, s, (int32_t)i, out, n);
            /* "the proposed EC tax" is the EC's proposal too */
            if ((fam == FAM_TAX || fam == FAM_SANCTION) && proposed_before(s, p))
                remember(c, s, FAM_PROPOSAL, p->head, out, n);
        }
    }
    c->no_agent_memory = 0;
}

/* Fills out (from the back of n) with the owners of act a, not of a
** source's country. Returns the new count. */
static int owners_of_act(const clause_job *j, const act_seen *a, const phrase *p,
                         actor_ref *out)
{
    int n = 0;
    for (int i = 0; i < a->n; i++)
        coder_mention_actor(&out[n++], a->code[i], p->first, p->end, a->sent, a->start, a->end);
    return not_source(j, out, n);
}

/* Adds the actor code to out[0..n) as from event number ev, unless it is
** partial mode's unknown or already there. Returns the new count. */
int coder_add_from_event(const dyad_coder *c, const phrase *p, size_t ev, const char *code,
                         actor_ref *out, int n)
{
    if (!code[0] || strncmp(code, "---", 3) == 0 || n >= MAX_ACTORS)
        return n;
    if (coder_actors_have(out, n, code))
        return n;
    coder_mention_actor(&out[n], code, p->first, p->end, c->ev[ev].sent, 0, 0);
    out[n].from = FROM_EVENT;
    out[n].from_count = (int)ev;
    return n + 1;
}

size_t coder_earlier_event(const dyad_coder *c, size_t e, const char *prefixes, int shown,
                           long since)
{
    while (e-- > 0) {
        const event_rec *r = &c->ev[e];
        if (r->sent < since)
            return SIZE_MAX;
        if ((r->shown || !shown) && code_in(c->pool.s + r->code, prefixes))
            return e;
    }
    return SIZE_MAX;
}

/* The deed of the one maker of the two sentences before s; with none
** there, the lead's deed, the story's own act ("Kenya recalled its envoy
** on Monday. [...] Uganda criticized the move"); else NULL: deeds by
** several ("Kenya closed the border. Uganda recalled its envoy.
** Tanzania deplored the move" names no one). */
static const act_seen *deed_before(const dyad_coder *c, const sent_ctx *s)
{
    const doc_ctx *d = &c->doc;
    const act_seen *found = NULL;
    size_t kept = d->ndeeds < DEEDS_SEEN ? d->ndeeds : DEEDS_SEEN;
    for (size_t k = 0; k < kept; k++) {
        const act_seen *a = &d->deeds[(d->ndeeds - 1 - k) % DEEDS_SEEN];
        if (a->sent >= s->index)
            continue;
        if (s->index - a->sent > 2)
            break;
        if (!found)
            found = a;
        else if (!same_makers(a, found))
            return NULL;
    }
    if (!found && d->lead_kept > 0 && d->lead.sent < s->index)
        found = &d->lead;
    return found;
}

/* Does an act of kind had answer a later noun of kind want? "The idea"
** or "the scheme" is what someone proposed, offered or planned too ("The
** Commission proposed a quota. Britain backed the idea"). */
static int same_kind(int want, int had)
{
    /* "the measure" is a proposal, plan or tax told before ("proposals
    ** by the Commission for a tax ... Britain opposed the measure") */
    if (want == FAM_MEASURE)
        return had == FAM_MEASURE || had == FAM_PROPOSAL || had == FAM_PLAN || had == FAM_TAX;
    /* "the administration offered the Soviets wheat ... Moscow spurned
    ** the proposal": an offer is proposed, a proposal offered */
    if ((want == FAM_PROPOSAL && had == FAM_OFFER) || (want == FAM_OFFER && had == FAM_PROPOSAL))
        return 1;
    return want == had || (want == FAM_IDEA && (had == FAM_PROPOSAL || had == FAM_PLAN ||
                                                had == FAM_OFFER));
}

static int charged_thing(dyad_coder *c, const sent_ctx *s, const clause_job *j);

/* For a noun of a thing of its own kind (FAM_BILL on: "the budget", "the
** cuts"): the owner of the article's latest mention of the same noun in
** an earlier sentence named with its owner ("Kenya unveiled its budget on
** Monday. [...] Uganda criticized the budget"), when that mention has one
** owner and it is not the source's, nor another's named in the same
** sentence; else none, not an older mention: a source that owns the
** latest one speaks of its own. Fills j->tgt; returns the count. */
static int same_noun_owner(const dyad_coder *c, const sent_ctx *s, clause_job *j, int fam,
                           const phrase *p)
{
    const doc_ctx *d = &c->doc;
    size_t kept = d->nacts < ACTS_SEEN ? d->nacts : ACTS_SEEN;
    for (size_t k = 0; k < kept; k++) {
        const act_seen *a = &d->acts[(d->nacts - 1 - k) % ACTS_SEEN];
        if (a->family != fam || (a->sent == s->index && a->head >= p->first))
            continue;
        /* one named in its own sentence is no earlier mention: the
        ** sentence tells of it in its own way ("the Nigerian program
        ** being endorsed by the IMF, the program remaining on course") */
        if (a->sent == s->index || a->n != 1)
            return 0;
        /* "Uganda's budget and Kenya's budget": two owners in one sentence */
        for (size_t o = k + 1; o < kept; o++) {
            const act_seen *b = &d->acts[(d->nacts - 1 - o) % ACTS_SEEN];
            if (b->sent != a->sent)
                break;
            if (b->family == fam && !same_makers(a, b))
                return 0;
        }
        return owners_of_act(j, a, p, j->tgt);
    }
    return 0;
}

int coder_owner_earlier(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing)
{
    /* "Kenya charged that the deal would ruin its farmers": what is
    ** charged or demanded through a "that" is a thing too */
    if (!thing && !charged_thing(c, s, j))
        return 0;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    int fam = family_at(s, p->head);
    int definite_act = lemma_in_list(s->ls.lemmas[p->first], definite);
    /* "denounced the conclusions of the summit": what a meeting said is
    ** its parties' */
    static const char *const outcomes[] = {"conclusion", "outcome", "result", "communique",
                                           "declaration", NULL};
    uint32_t of = p->end;
    if (fam == FAM_NONE && lemma_in_list(s->ls.lemmas[p->head], outcomes) && of + 1 < s->ls.n &&
        lemma_is_word(s->ls.lemmas[of], "of") && s->ls.np_of[of + 1] >= 0) {
        const phrase *q = &s->ls.phrases[s->ls.np_of[of + 1]];
        if (q->first == of + 1 && family_at(s, q->head) == FAM_MEETING) {
            fam = FAM_MEETING;
            definite_act = lemma_in_list(s->ls.lemmas[q->first], definite);
        }
    }
    if (fam == FAM_NONE || !definite_act)
        return 0;
    if (fam >= FAM_BILL)
        return same_noun_owner(c, s, j, fam, p);
    /* the latest act of the kind named with its doer, but this phrase */
    const doc_ctx *d = &c->doc;
    long act_sent = -1;
    int n = 0;
    size_t kept = d->nacts < ACTS_SEEN ? d->nacts : ACTS_SEEN;
    for (size_t k = 0; k < kept && n == 0; k++) {
        const act_seen *a = &d->acts[(d->nacts - 1 - k) % ACTS_SEEN];
        if (!same_kind(fam, a->family) || (a->sent == s->index && a->head == p->head))
            continue;
        if ((n = owners_of_act(j, a, p, j->tgt)) > 0)
            act_sent = a->sent;
    }
    /* "the move" or "the decision" may be any deed of a state told in
    ** the two sentences before, when no act of its kind came later */
    const act_seen *deed = fam == FAM_MOVE || fam == FAM_DECISION ? deed_before(c, s) : NULL;
    actor_ref by_deed[MAX_ACTORS];
    int nd;
    if (deed && deed->sent > act_sent && (nd = owners_of_act(j, deed, p, by_deed)) > 0) {
        memcpy(j->tgt, by_deed, (size_t)nd * sizeof by_deed[0]);
        return nd;
    }
    /* a later coded event of the kind wins */
    const char *codes = families[fam].codes;
    for (size_t e = c->nev;
         codes[0] && (e = coder_earlier_event(c, e, codes, 1, act_sent)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        actor_ref ev[MAX_ACTORS];
        int m = coder_add_from_event(c, p, e, r->source, ev, 0);
        if (families[fam].both)
            m = coder_add_from_event(c, p, e, r->target, ev, m);
        /* a meeting of several: every party its sentence coded */
        for (size_t k = e; fam == FAM_MEETING && k-- > 0 && c->ev[k].sent == r->sent;)
            if (c->ev[k].shown && code_in(c->pool.s + c->ev[k].code, codes)) {
                m = coder_add_from_event(c, p, k, c->ev[k].source, ev, m);
                m = coder_add_from_event(c, p, k, c->ev[k].target, ev, m);
            }
        if ((m = not_source(j, ev, m)) > 0) {
            memcpy(j->tgt, ev, (size_t)m * sizeof ev[0]);
            return m;
        }
    }
    return n;
}

/* Is clause job j's target phrase the verb's own object, a thing that
** names no actor? Not a thing in a PP ("demanded their removal from
** office") nor a passive's subject ("a vote backed by the opposition"). */
static int own_thing(const clause_job *j, int thing)
{
    return thing && !j->passive && j->tgt_np == j->cl->object;
}

/* Makes j's one target the organ `role` of country cc, owner of the
** target phrase: a copy of the source (its country came from where the
** source's did: its words, a dateline, the article, and target_from says
** so) with its own code and words. Returns 1, the number of targets. */
static int source_organ(const sent_ctx *s, clause_job *j, const char *cc, const char *role)
{
    const phrase *p = &s->ls.phrases[j->tgt_np];
    actor_ref *t = &j->tgt[0];
    *t = j->src[0];
    snprintf(t->code, sizeof t->code, "%s%s", cc, role);
    t->first = p->first;
    t->end = p->end;
    t->entry_file = NULL;
    t->entry_line = 0;
    t->agent_entry = 0;
    t->needs_peer = 0;
    return 1;
}

/* Is clause job j's target phrase a thing that its pattern reached
** through "that +" for a demand or disapproval (10x, 11x): the subject of
** what is charged or demanded ("charged that the election was rigged")?
** Such a subject stands before its own verb, which owner_clause turns
** down for a "that" left out; here the pattern's "that" was written. */
static int charged_thing(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    const dict_pattern *p = j->m.pattern;
    if (!p || j->tgt_np < 0 || j->tgt_np != j->m.target || j->subject_target || j->ns == 0 ||
        (strncmp(j->code1, "10", 2) != 0 && strncmp(j->code1, "11", 2) != 0))
        return 0;
    for (uint32_t i = 1; i < p->npost; i++)
        if (p->post[i].kind == DICT_EL_TARGET)
            return p->post[i - 1].kind == DICT_EL_WORD && p->post[i - 1].id &&
                   p->post[i - 1].id == c->that_id && thing_phrase(c, s, j->tgt_np);
    return 0;
}

int coder_owner_government(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing)
{
    if (!own_thing(j, thing) && !charged_thing(c, s, j))
        return 0;
    /* an opposition's (KENOPP: opposition parties, dissidents),
    ** or a legislature's disapproval (11x) of what only a government
    ** does ("senators charged the policy would drag the country into
    ** war"); not of a bill, a hearing or an election, which are as often
    ** the legislature's own */
    static const char *const opposition[] = {"OPP", NULL};
    static const char *const legislature[] = {"LEG", NULL};
    static const char *const government_acts[] = {"policy", "plan", "act", "decision", "budget",
                                                  "tax", "program", "programme", NULL};
    /* protesters are civilians (agents.txt) who, as the opposition they
    ** were coded before, act against their own government */
    static const char *const civilians[] = {"CVL", NULL};
    static const char *const crowds[] = {"protester", "protestor", "demonstrator", NULL};
    int crowd = j->src_np >= 0 &&
                lemma_in_list(s->ls.lemmas[s->ls.phrases[j->src_np].head], crowds);
    char cc[4];
    if (!coder_sources_country(j, opposition, cc) &&
        !(crowd && coder_sources_country(j, civilians, cc)) &&
        (strncmp(j->code1, "11", 2) != 0 || j->tgt_np < 0 ||
         !coder_sources_country(j, legislature, cc) ||
         !lemma_in_list(s->ls.lemmas[s->ls.phrases[j->tgt_np].head], government_acts)))
        return 0;
    return source_organ(s, j, cc, "GOV");
}

int coder_owner_legislature(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing)
{
    (void)c;
    char cc[4];
    const char *src = j->ns == 1 ? j->src[0].code : "";
    if ((strncmp(j->code1, "12", 2) != 0 && strncmp(j->code1, "11", 2) != 0) ||
        !own_thing(j, thing) ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[j->tgt_np].head], bills) ||
        strlen(src) != 6 || strcmp(src + 3, "GOV") != 0 || !coder_code_country(src, cc))
        return 0;
    return source_organ(s, j, cc, "LEG");
}

int coder_owner_bill_noun(const sent_ctx *s, clause_job *j, const char *code, int32_t thing)
{
    char cc[4];
    const char *src = j->ns == 1 ? j->src[0].code : "";
    if (strncmp(code, "12", 2) != 0 || thing < 0 ||
        !lemma_in_list(s->ls.lemmas[s->ls.phrases[thing].head], bills) || strlen(src) != 6 ||
        strcmp(src + 3, "GOV") != 0 || !coder_code_country(src, cc))
        return 0;
    /* source_organ reads the thing's words from the job's target phrase */
    int32_t keep = j->tgt_np;
    j->tgt_np = thing;
    int n = source_organ(s, j, cc, "LEG");
    j->tgt_np = keep;
    return n;
}

int coder_sanction_lifted(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    char sc[4], ec[4];
    if (j->ns == 0 || strcmp(j->code1, "085") != 0 || j->tgt_np < 0 ||
        !coder_code_country(j->src[0].code, sc))
        return 0;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    int fam = family_at(s, p->head);
    if ((fam != FAM_SANCTION && fam != FAM_TAX) || !lemma_in_list(s->ls.lemmas[p->first], definite))
        return 0;
    /* the latest sanction the article coded (imposed, threatened or to
    ** be lifted, said to happen or not: each names whom it hits) is the
    ** one meant, and only its imposer's country can lift it */
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, "163 1312 085 0354", 0, -1)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        if (!coder_code_country(r->source, ec) || strcmp(ec, sc) != 0)
            return 0;
        int n = not_source(j, j->tgt, coder_add_from_event(c, p, e, r->target, j->tgt, 0));
        if (n > 0)
            return n;
    }
    return 0;
}

int coder_sanction_imposer(dyad_coder *c, clause_job *j)
{
    char tc[4], ec[4];
    if (j->ns > 0 || j->nt == 0 || !j->unnamed_agent || strcmp(j->code1, "163") != 0 ||
        !coder_code_country(j->tgt[0].code, tc))
        return 0;
    /* the latest sanction the article coded against the same country
    ** (imposed, threatened, kept or to be lifted, said to happen or not):
    ** only its imposer puts it on */
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, "163 1312 1244 085 0354", 0, -1)) != SIZE_MAX;) {
        const event_rec *r = &c->ev[e];
        if (!coder_code_country(r->target, ec) || strcmp(ec, tc) != 0)
            continue;
        if (coder_code_country(r->source, ec) && strcmp(ec, tc) != 0)
            return coder_add_from_event(c, j->vg, e, r->source, j->src, 0);
    }
    return 0;
}

int coder_own_plan(const dyad_coder *c, const sent_ctx *s, size_t ci)
{
    /* nouns of one's own intent: the act after them is promised or planned */
    static const char *const plans[] = {
        "plan", "pledge", "promise", "offer", "commitment", "vow", "intention", "readiness",
        "willingness", "determination", "desire", NULL};
    static const char *const third[] = {"his", "her", "its", "their", NULL};
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    uint32_t k = vg->first;
    if (cl->ctrl != CTRL_SUBJECT || cl->parent < 0 || k < 2 || s->ls.tags[k] != TAG_TO ||
        !tag_is_noun(s->ls.tags[k - 1]) || !lemma_in_list(s->ls.lemmas[k - 1], plans))
        return 0;
    int32_t np = s->ls.np_of[k - 1];
    if (np < 0 || s->ls.phrases[np].head != k - 1)
        return 0;
    uint32_t f = s->ls.phrases[np].first;
    if (s->ls.tags[f] != TAG_PRPS || !lemma_in_list(s->ls.lemmas[f], third))
        return 0;
    /* the owner, as the mention table resolved the pronoun, must be the
    ** clause's subject, the infinitive's doer, and the clause it stands
    ** in must be said to have happened ("reported on his plan") */
    /* one judges another's plan ("Norway criticized its plan"), seldom
    ** one's own: a verb of judgement leaves the owner open */
    static const char *const judging[] = {
        "criticize", "criticise", "condemn", "denounce", "reject", "oppose", "question",
        "attack", "protest", "welcome", "praise", "support", "back", "endorse", "hail", NULL};
    const clause *pc = &s->ls.clauses[cl->parent];
    ment_ref mr = mentions_token(c->ment, f);
    if (mr.ent < 0 || pc->subject < 0 || cl->subject != pc->subject ||
        !coder_names_entity(c, s, pc->subject, mr.ent) || pc->verb < 0 ||
        lemma_in_list(s->ls.lemmas[s->ls.phrases[pc->verb].head], judging))
        return 0;
    /* "would question President Reagan about his plan": one of the same
    ** kind named between the verb and the pronoun may be the owner */
    const ment_entity *own = mentions_entity(c->ment, mr.ent);
    for (uint32_t t = s->ls.phrases[pc->verb].end; t < f; t++) {
        int32_t o = s->ls.np_of[t];
        ment_ref om = o >= 0 && s->ls.phrases[o].first == t ? mentions_np(c->ment, o)
                                                             : (ment_ref){.ent = -1};
        const ment_entity *oe = om.ent >= 0 ? mentions_entity(c->ment, om.ent) : NULL;
        if (oe && om.ent != mr.ent && (!own || oe->kind == own->kind))
            return 0;
    }
    int pm = coder_modality(s, (size_t)cl->parent, &s->ls.phrases[pc->verb], 0, NULL, NULL, NULL);
    return pm == MOD_ASSERTED || pm == MOD_FUTURE;
}

int coder_act_is_attack(const act_seen *a)
{
    return a->family == FAM_ATTACK;
}
