/*
** coder_asked_kind.c — more kinds of an act asked for, read from its words
** (issue 12, roots 02 and 10; the twentieth precision sample). An appeal
** or demand whose act no pattern codes took its subcode only from the
** policy synsets (coder_pattern.c's unpatterned_act); these acts stayed
** plain 020 or 100 where CAMEO has a branch for them:
**
**   de-escalation, 0256 or 1056: forces withdrawn ("asked the army to
**   withdraw its troops"), force or war avoided or renounced ("urged both
**   sides to avoid any recourse to force");
**   policy change, 0242 or 1042: a central bank's intervention in a
**   market ("called on the G-7 to intervene in the currency market"), the
**   money supply loosened or tightened, an economic plan or programme
**   devised ("said Brazil should come up with a new economic plan"), a
**   rule or law withdrawn; a policy, position, law or rule reconsidered,
**   amended or reexamined ("called on Ottawa to reexamine its
**   position"), a thing defined or written into law (lane prec21);
**   economic aid, 0231 or 1031: loans or lending granted, resumed or
**   increased ("urged the banks to resume lending") (lane prec21);
**   economic cooperation, 0211 or 1011: goods bought, sold or supplied
**   ("should supply grain", "to buy more U.S. supercomputers"), not a
**   market's currencies or shares (lane prec21).
**
** docs/coder.md, "Seventeenth session: the kind of an act asked for",
** and "Seventeenth session: aid, trade and a position asked for".
*/
#include "coder/coder_int.h"

#include <string.h>

/* How far past the act's verb its words are read: an act's object and its
** phrases, and a second act joined by "and" ("to avoid any action that
** could aggravate the situation and avoid recourse to force"). */
#define ASKED_WINDOW 30

/* Nouns of armed forces, as the object of a withdrawal. */
static const char *const force_nouns[] = {
    "troop", "force", "soldier", "army", "tank", "warship", "gunboat", "marine",
    "paratrooper", "battalion", "brigade", "garrison", "militia", "ship", "vessel",
    "warplane", "aircraft", "jet", "missile", "submarine", "frigate", "destroyer", NULL};
static const char *const withdrawing[] = {"withdraw", "pull", "remove", "evacuate", NULL};

/* Verbs that keep from an act, and the words of armed force kept from. */
static const char *const avoiding[] = {"avoid", "refrain", "renounce", "abstain", "eschew",
                                       "forswear", "shun", NULL};
static const char *const armed_words[] = {"force", "violence", "hostility", "clash",
                                          "war", "military", "fighting", "bloodshed",
                                          "confrontation", NULL};
/* a war of trade or prices is no fighting ("to avoid a trade war") */
static const char *const unarmed_wars[] = {"trade", "price", "tariff", "currency", "subsidy",
                                           "tax", "bidding", "takeover", NULL};

/* The markets a state's monetary authority intervenes in. */
static const char *const market_words[] = {"market", "currency", "dollar", "yen",
                                           "exchange", NULL};

/* Verbs of change of the money supply. */
static const char *const money_verbs[] = {"loosen", "ease", "tighten", "expand", "increase",
                                          "cut", "reduce", "restrain", "curb", "slow",
                                          "boost", "raise", "lower", NULL};

/* Verbs that devise or put forward a plan, and the plans of policy. */
static const char *const devising[] = {"come", "devise", "draw", "present", "formulate",
                                       "unveil", "introduce", "prepare", "produce", "work",
                                       "submit", "announce", "draft", "launch", NULL};
static const char *const policy_kinds[] = {"economic", "fiscal", "monetary", "structural",
                                           "budgetary", "austerity", "adjustment",
                                           "stabilization", "stabilisation", NULL};
static const char *const plan_nouns[] = {"plan", "program", "programme", "package",
                                         "measure", "step", "policy", "reform", NULL};

/* Is token k a word that ends the act's words: the sentence's end, a
** semicolon, colon or dash? */
static int window_end(const sent_ctx *s, uint32_t k)
{
    return s->ls.tags[k] == TAG_PERIOD || s->ls.tags[k] == TAG_COLON;
}

/* Does a word of armed force stand in the act's words after its verb v
** ("force" a noun, not "into force"; "war" not a trade war)? */
static int armed_after(const sent_ctx *s, uint32_t v)
{
    static const char *const recourse[] = {"recourse", "resort", "use", NULL};
    for (uint32_t k = v + 1; k < s->ls.n && k <= v + ASKED_WINDOW && !window_end(s, k); k++) {
        const char *w = s->ls.lemmas[k];
        /* "recourse to force", which the tagger may read as a verb */
        if (lemma_is_word(w, "force") && k >= v + 3 && lemma_in_list(s->ls.lemmas[k - 2], recourse))
            return 1;
        if (!tag_is_noun(s->ls.tags[k]) && !tag_is_adj(s->ls.tags[k]))
            continue;
        if (!lemma_in_list(w, armed_words))
            continue;
        const char *before = s->ls.lemmas[k - 1];
        if (lemma_is_word(w, "force") && (lemma_is_word(before, "into") ||
                                          lemma_is_word(before, "in") ||
                                          lemma_is_word(before, "market")))
            continue;
        if (lemma_is_word(w, "war") && lemma_in_list(before, unarmed_wars))
            continue;
        return 1;
    }
    return 0;
}

/* Is the first noun after the verb v (past its particle, determiners,
** possessives and adjectives), the last of a compound ("the fishing
** regulation"), one of list? */
static int first_noun_in(const sent_ctx *s, uint32_t v, const char *const *list)
{
    for (uint32_t k = v + 1; k < s->ls.n && k <= v + 5; k++) {
        int t = s->ls.tags[k];
        while (tag_is_noun(t) && k + 1 < s->ls.n && tag_is_noun(s->ls.tags[k + 1]))
            t = s->ls.tags[++k];
        if (tag_is_noun(t))
            return lemma_in_list(s->ls.lemmas[k], list);
        if (t != TAG_RP && t != TAG_DT && t != TAG_PRPS && t != TAG_POS && !tag_is_adj(t) &&
            !lemma_is_word(s->ls.lemmas[k], "out") && !lemma_is_word(s->ls.lemmas[k], "back"))
            return 0;
    }
    return 0;
}

/* Does a word of list stand within n words after v? */
static int word_after(const sent_ctx *s, uint32_t v, uint32_t n, const char *const *list)
{
    for (uint32_t k = v + 1; k < s->ls.n && k <= v + n && !window_end(s, k); k++)
        if (lemma_in_list(s->ls.lemmas[k], list))
            return 1;
    return 0;
}

/* "come up with a new economic plan", "draw up an austerity programme": a
** word of policy's kind right before (or one word before) a plan noun,
** within the verb's next eight words; or a plan noun whose purpose names
** the economy ("a plan to put its economic house in order"). */
static int policy_plan_after(const sent_ctx *s, uint32_t v)
{
    static const char *const economy_words[] = {"economic", "economy", "fiscal", "budget",
                                                "deficit", NULL};
    for (uint32_t k = v + 1; k + 1 < s->ls.n && k <= v + 8 && !window_end(s, k); k++) {
        if (lemma_in_list(s->ls.lemmas[k], plan_nouns) && tag_is_noun(s->ls.tags[k]) &&
            word_after(s, k, 8, economy_words))
            return 1;
        if (!lemma_in_list(s->ls.lemmas[k], policy_kinds))
            continue;
        if (lemma_in_list(s->ls.lemmas[k + 1], plan_nouns) ||
            (k + 2 < s->ls.n && tag_is_noun(s->ls.tags[k + 1]) &&
             lemma_in_list(s->ls.lemmas[k + 2], plan_nouns)))
            return 1;
    }
    return 0;
}

/* A state's rule, law, plan or proposal withdrawn, revoked, repealed or
** scrapped ("pressed the EC to withdraw the rule"): a policy changed,
** where troops withdrawn de-escalate. */
static const char *const revoking[] = {"withdraw", "rescind", "revoke",
                                       /* s19-prec24: "to repeal legislation",
                                       ** "to scrap the purchase plan" */
                                       "repeal", "scrap", "shelve", "abandon", "drop", NULL};
static const char *const rule_nouns[] = {"rule", "law", "regulation", "measure", "tax",
                                         "levy", "bill", "legislation", "decree",
                                         "requirement", "policy",
                                         /* a state's plan or proposal withdrawn
                                         ** ("to withdraw a proposal that would
                                         ** ban film imports": s19-prec24) */
                                         "proposal", "plan", "program", "programme",
                                         "decision", NULL};

/* A policy or stand reconsidered or amended (the &POLICYVERB synset has
** "review", "revise", "change" but not these; &POLICYOBJ has no
** "position"). "reexamin" is a wire's cut form the lemmatizer keeps. */
static const char *const rethinking[] = {"reconsider", "reexamine", "re-examine", "reexamin",
                                         "rethink", "amend", "alter", "review", "revise",
                                         "modify", "change", NULL};
static const char *const stand_nouns[] = {"position", "stance", "stand", "policy", "law",
                                          "rule", "regulation", "legislation", NULL};
/* A thing put into law ("to define insider trading in law"). */
static const char *const lawmaking[] = {"define", "enshrine", "codify", "write", NULL};
/* Loans granted, resumed or increased: economic aid (&ECONAID's verb
** patterns name a recipient; these acts often name none). */
static const char *const granting[] = {"resume", "provide", "extend", "grant", "give",
                                       "increase", "restore", "offer", "approve", NULL};
static const char *const loan_nouns[] = {"loan", "lending", "credit", "grant", "financing",
                                         "funding", NULL};
/* Goods bought, sold or supplied: economic cooperation; a market's
** dealing in currencies or shares is not (that is intervention). */
static const char *const trading[] = {"supply", "buy", "sell", "purchase", "import", NULL};
static const char *const market_goods[] = {"dollar", "yen", "mark", "currency", "share",
                                           "stock", "bond", "security", "asset", "stake",
                                           "company", "firm", "unit", "subsidiary", NULL};

/* "to define insider trading in law": "in law" or "into law" within the
** act's next six words. */
static int into_law(const sent_ctx *s, uint32_t v)
{
    for (uint32_t k = v + 2; k < s->ls.n && k <= v + 6 && !window_end(s, k); k++)
        if (lemma_is_word(s->ls.lemmas[k], "law") &&
            (lemma_is_word(s->ls.lemmas[k - 1], "in") ||
             lemma_is_word(s->ls.lemmas[k - 1], "into")))
            return 1;
    return 0;
}

/* Is the first noun after v one of list, or, where no noun stands before
** the window's end, the verb's own object ("to buy more" names none)? */
static int goods_after(const sent_ctx *s, uint32_t v)
{
    for (uint32_t k = v + 1; k < s->ls.n && k <= v + 6 && !window_end(s, k); k++) {
        if (!tag_is_noun(s->ls.tags[k]))
            continue;
        while (k + 1 < s->ls.n && tag_is_noun(s->ls.tags[k + 1]))
            k++;
        return !lemma_in_list(s->ls.lemmas[k], market_goods);
    }
    return 0;
}

const char *coder_asked_kind(const sent_ctx *s, const clause *act)
{
    if (act->verb < 0)
        return NULL;
    uint32_t v = s->ls.phrases[act->verb].head;
    if (v >= s->ls.n)
        return NULL;
    /* "to prepare to intervene": the act prepared for */
    if (lemma_is_word(s->ls.lemmas[v], "prepare") && v + 2 < s->ls.n &&
        s->ls.tags[v + 1] == TAG_TO && tag_is_verb(s->ls.tags[v + 2]))
        v += 2;
    const char *verb = s->ls.lemmas[v];
    /* "urged Uganda to withdraw.": withdrawn with nothing named, its forces
    ** (verbs.txt's "urge + to withdraw" read any object: "to withdraw a
    ** proposal" was no de-escalation) */
    int bare = lemma_is_word(verb, "withdraw") &&
               (v + 1 >= s->ls.n || tag_is_punct(s->ls.tags[v + 1]) ||
                s->ls.tags[v + 1] == TAG_CC);
    if ((lemma_in_list(verb, withdrawing) && (bare || first_noun_in(s, v, force_nouns))) ||
        (lemma_in_list(verb, avoiding) && armed_after(s, v)))
        return "56";
    if (lemma_is_word(verb, "intervene") && word_after(s, v, 6, market_words))
        return "42";
    /* "loosen the money supply" */
    for (uint32_t k = v + 1; lemma_in_list(verb, money_verbs) && k + 1 < s->ls.n && k <= v + 4;
         k++)
        if (lemma_is_word(s->ls.lemmas[k], "money") && lemma_is_word(s->ls.lemmas[k + 1], "supply"))
            return "42";
    if ((lemma_in_list(verb, devising) && policy_plan_after(s, v)) ||
        (lemma_in_list(verb, revoking) && first_noun_in(s, v, rule_nouns)) ||
        (lemma_in_list(verb, rethinking) && first_noun_in(s, v, stand_nouns)) ||
        (lemma_in_list(verb, lawmaking) && into_law(s, v)))
        return "42";
    /* "to resume lending": the gerund may be read as a verb */
    if (lemma_in_list(verb, granting) &&
        (first_noun_in(s, v, loan_nouns) ||
         (v + 1 < s->ls.n && (lemma_is_word(s->ls.lemmas[v + 1], "lend") ||
                              lemma_is_word(s->ls.lemmas[v + 1], "lending")))))
        return "31";
    if (lemma_in_list(verb, trading) && goods_after(s, v))
        return "11";
    return NULL;
}

/* "Yugoslavia's request for a 100 mln ECU grant", "an appeal for new
** loans": a request, plea or appeal told by a noun whose "for" names loans
** asks for economic aid; "31", or NULL. */
const char *coder_noun_asked_kind(const sent_ctx *s, uint32_t head)
{
    /* past its addressee ("a plea to the World Bank for new credits") */
    uint32_t f = head + 1;
    if (f < s->ls.n && lemma_is_word(s->ls.lemmas[f], "to"))
        for (f++; f < s->ls.n && f <= head + 6 &&
                  (s->ls.tags[f] == TAG_DT || tag_is_noun(s->ls.tags[f]));
             f++)
            ;
    if (f + 1 >= s->ls.n || !lemma_is_word(s->ls.lemmas[f], "for"))
        return NULL;
    /* past a sum ("a 100 mln ECU grant") to the compound's last noun */
    uint32_t k = f + 1;
    while (k < s->ls.n && k <= f + 8 &&
           (s->ls.tags[k] == TAG_CD || s->ls.tags[k] == TAG_DT || s->ls.tags[k] == TAG_PRPS ||
            s->ls.tags[k] == TAG_POS || tag_is_adj(s->ls.tags[k]) ||
            (tag_is_noun(s->ls.tags[k]) && k + 1 < s->ls.n &&
             (tag_is_noun(s->ls.tags[k + 1]) || s->ls.tags[k + 1] == TAG_CD ||
              tag_is_adj(s->ls.tags[k + 1])))))
        k++;
    return k < s->ls.n && tag_is_noun(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], loan_nouns)
               ? "31"
               : NULL;
}
