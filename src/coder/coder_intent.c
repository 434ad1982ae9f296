/*
** coder_intent.c — an intent told by its act, when no pattern codes the
** act (docs/coder.md, "Tenth session: a policy change intended"). "The
** government will cut corporation tax", "Italy is to modify restrictions
** on capital", "the Commission has decided to abolish the levy": a state
** that says it will change a policy intends to change it (0342), whatever
** word says so (will, is to, plans, intends, agrees, offers, decides,
** pledges). The patterns of "pledge to", "promise to" and "vow to" code
** the same acts (data/dict/verbs.txt, 0342); this rule reads the act's
** words alone, so that every word of intent gives them, and needs no
** pattern per catenative. The event stands with no target, as an intent
** to reform may (coder_code_alone), and seeks none further off: a country
** named after the act ("not in response to U.S. criticism") is seldom
** whom the change is for.
*/
#include "coder/coder_int.h"

#include <string.h>
#include <strings.h>

/* Catenatives that say the subject means to do the act ("plans to cut",
** "agreed to scrap"); wishes and guesses (hope, want, seek, expect) are
** not intents of their own. */
static const char *const intent_words[] = {
    "pledge", "promise", "vow",   "undertake", "offer",    "agree",   "plan",
    "intend", "decide",  "commit", "schedule", "set",     "due",     "ready",
    "prepared", "prepare", "willing", "determined", "determine", "poised", NULL};

/* Verbs of a law or a measure changed beyond the &POLICYVERB synset that
** the appeals share: "withdraw the bill", "amend the constitution". */
static const char *const law_verbs[] = {"withdraw", "repeal", "amend", "introduce",
                                        "overhaul", "rewrite", "rescind", "revoke", NULL};
/* The instruments a state changes: laws, bills, taxes, rules, curbs. Not
** the aggregates it steers (the economy, demand, growth, the deficit,
** rates), which &POLICYOBJ holds for appeals: a state that says it will
** stimulate its economy reports an aim, which the dev split's annotators
** leave uncoded ("Japan would stimulate the economy not in response to
** U.S. criticism"). */
static const char *const law_objects[] = {
    "bill",       "law",  "legislation", "constitution", "decree",  "policy", "regulation",
    "rule",       "tax",  "subsidy",     "levy",         "measure", "requirement",
    "reform",     NULL};
/* Curbs on trade or money: eased, they are a policy changed ("relax
** import controls", "abolish export taxes"); imposed or raised, they are
** a sanction threatened (13x), which the patterns of 16x code when they
** name whom the curbs hit, and no intent ("planned to impose the
** tariffs"). */
static const char *const curbs[] = {"tariff", "duty", "quota", "curb", "restriction",
                                    "control", "ban", "barrier", "protectionism", NULL};
static const char *const easing[] = {
    "lift",  "cut",   "remove", "end",     "lower",    "reduce",    "scrap",    "abolish",
    "ease",  "relax", "loosen", "dismantle", "modify", "review",    "revise",   "change",
    "adjust", "reform", "repeal", "rescind", "revoke",  "withdraw",  "amend",    NULL};

/* Does verb group vg say its subject means to do the act at its head: a
** catenative of intent or "is to" before the head, or a "will" or
** "shall" ("would" in reported speech)? A modal of guess ("may agree
** to") says no. */
static int says_intent(const sent_ctx *s, const phrase *vg)
{
    for (uint32_t k = vg->first; k < vg->head; k++) {
        const char *w = s->ls.lemmas[k];
        if (s->ls.tags[k] == TAG_MD) {
            if (!lemma_in_list(w, (const char *const[]){"will", "shall", "would", NULL}))
                return 0;
            continue;
        }
        if (lemma_in_list(w, intent_words) ||
            (lemma_is_word(w, "be") && k + 1 < vg->head && s->ls.tags[k + 1] == TAG_TO))
            return 1;
    }
    for (uint32_t k = vg->first; k < vg->head; k++)
        if (s->ls.tags[k] == TAG_MD)
            return 1;
    return 0;
}

/* Is the act at clause cl's head, with its object, a policy changed: a
** step of policy alone ("devalue", "liberalise"), a verb of policy on a
** thing of policy ("cut taxes", "ease restrictions"), or a law changed
** ("withdraw the bill")? */
static int policy_act(const dyad_coder *c, const sent_ctx *s, const clause *cl, uint32_t v)
{
    if (coder_in_synset(c, s, c->policy_step, v))
        return 1;
    if (cl->object < 0)
        return 0;
    uint32_t obj = s->ls.phrases[cl->object].head;
    const char *o = s->ls.lemmas[obj];
    if (lemma_in_list(o, curbs))
        return lemma_in_list(s->ls.lemmas[v], easing);
    /* "impose austerity measures" is a policy; "impose" anything named
    ** with a target is the sanction's pattern, tried before */
    return (coder_in_synset(c, s, c->policy_verb, v) ||
            lemma_in_list(s->ls.lemmas[v], law_verbs)) &&
           lemma_in_list(o, law_objects);
}

/* "float" is a policy step for a currency ("will float the rand"), not
** for a bond or a firm floated on the market. */
static const char *const currencies[] = {
    "currency", "dollar", "peso", "rand",  "forint", "lira",   "yen",  "mark",    "franc",
    "pound",    "rupee",  "won",  "baht",  "ringgit", "zloty", "naira", "kwacha", "shilling",
    "rupiah",   "real",   "rouble", "ruble", "yuan",  "dinar", "rate", NULL};

/* Words before the clause that make it a guess or hearsay: "rumours in
** the bond market that the central bank was planning to cut", "unlikely
** that the Federal Reserve will tighten", "an accord whereby Japan will
** agree to". The modality step reads a noun of hearsay right before
** "that" or as the object; these stand further off. */
static const char *const guessed[] = {
    "rumor",   "rumour",      "speculation", "expectation", "chance",   "hope",
    "fear",    "possibility", "prospect",    "likely",      "unlikely", "possible",
    "whereby", "report",      "doubt",       "suggestion",  "sign",     "indication",
    /* what others hope for or foresee: "remained hopeful that Norway
    ** would lift the quota", "believes Peru will cut its tariffs" */
    "hopeful", "confident",   "optimistic",  "convinced",   "afraid",   "worried",
    "believe", "think",       "expect",      "predict",     "forecast", "foresee",
    "assume",  "guess",       "speculate",   "suspect",     "fear",     NULL};

/* Does a word of guess or hearsay stand before clause cl's subject, back
** to the nearest verb or comma (at most ten words), or a modal of guess
** between the subject and the verb group ("Tokyo may try to blunt the
** stance by offering to scrap the quota": the subject is borrowed)? */
static int guessed_before(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    static const char *const possible[] = {"may", "might", "could", "can", "should", "must",
                                           NULL};
    const phrase *subj = &s->ls.phrases[cl->subject];
    for (uint32_t k = subj->end; k < vg->first; k++)
        if (s->ls.tags[k] == TAG_MD && lemma_in_list(s->ls.lemmas[k], possible))
            return 1;
    uint32_t from = subj->first;
    for (uint32_t k = from, n = 0; k-- > 0 && n < 10; n++) {
        int t = s->ls.tags[k];
        if (lemma_in_list(s->ls.lemmas[k], guessed))
            return 1;
        if (tag_is_verb(t) || t == TAG_COMMA)
            return 0;
    }
    return 0;
}

const char coder_intent_rule[] = "intent told by its act";

int coder_intent_act(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                     const phrase *vg, match_state *m)
{
    uint32_t v = vg->head;
    if (vg->voice == VOICE_PASSIVE || cl->subject < 0 || !says_intent(s, vg) ||
        !policy_act(c, s, cl, v) || guessed_before(s, cl, vg))
        return 0;
    /* "will float the forint", not "will float 150 billion won in bonds" */
    if (lemma_is_word(s->ls.lemmas[v], "float") && cl->object >= 0) {
        const phrase *ob = &s->ls.phrases[cl->object];
        if (!lemma_in_list(s->ls.lemmas[ob->head], currencies))
            return 0;
        for (uint32_t k = ob->first; k < ob->end; k++)
            if (s->ls.tags[k] == TAG_CD)
                return 0;
    }
    *m = (match_state){.code = "0342", .source = -1, .target = -1, .shared_object = -1,
                       .rule = coder_intent_rule};
    /* the act's words end with its object: what follows may name a
    ** target ("cut tariffs on Japanese cars") but is no leftover object */
    m->last = cl->object >= 0 ? s->ls.phrases[cl->object].end : vg->end;
    return 1;
}

/* Words of a firm's or a market's name: "the Commonwealth Bank of
** Australia", "the Tokyo Grain Exchange" are no state. */
static const char *const firm_words[] = {
    "bank", "exchange", "company", "corp", "corporation", "group", "inc", "ltd", "co",
    "plc",  "enterprise", "airline", "airlines", "bourse", "market", "utility", NULL};

/* Is w a word of a firm's name, whatever its case? */
static int firm_word(const char *w)
{
    for (const char *const *f = firm_words; *f; f++)
        if (strcasecmp(w, *f) == 0)
            return 1;
    return 0;
}

/* Does actor a stand inside a firm's name: a proper noun right beside
** its words, or a word of a firm among its words or before an "of"
** before them ("the Commonwealth Bank of Australia")? A pronoun's actor
** holds its antecedent's words. */
static int inside_name(const sent_ctx *s, const actor_ref *a)
{
    uint32_t b = a->first, e = a->end;
    for (uint32_t k = b; k < e && k < s->ls.n; k++)
        if (firm_word(s->ls.lemmas[k]))
            return 1;
    if (e < s->ls.n && tag_is_proper(s->ls.tags[e]))
        return 1;
    if (b > 0 && tag_is_proper(s->ls.tags[b - 1]))
        return 1;
    return b > 1 && lemma_is_word(s->ls.lemmas[b - 1], "of") &&
           (tag_is_proper(s->ls.tags[b - 2]) || firm_word(s->ls.lemmas[b - 2]));
}

const char *coder_intent_guard(const sent_ctx *s, const clause_job *j)
{
    if (j->m.rule != coder_intent_rule)
        return NULL;
    for (int i = 0; i < j->ns; i++) {
        const char *code = j->src[i].code;
        size_t n = strlen(code);
        /* a state, its government or legislature, or a body of states */
        if (strncmp(code, "IGO", 3) == 0)
            continue;
        if (n == 6 && (strcmp(code + 3, "GOV") == 0 || strcmp(code + 3, "LEG") == 0))
            continue;
        /* a bare country named in this sentence, not inside a firm's
        ** name ("it" for a name in an earlier sentence is not read) */
        const actor_ref *a = &j->src[i];
        if (n == 3 && (a->from == FROM_SENTENCE ||
                       (a->from == FROM_MENTION && a->from_sent == s->index)) &&
            a->end > a->first && !inside_name(s, a))
            continue;
        return "a policy intended by no state (a firm's, a bank's, people's)";
    }
    return NULL;
}
