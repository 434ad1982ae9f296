/*
** clause.c — clauses from phrases. Every verb group anchors a clause. Its
** subject is the nearest noun phrase to the left that is not inside a
** prepositional phrase, found by walking left over relative clauses and
** appositions; its object is the first free noun phrase after the verb (and
** object2 the one right after it, for a verb that takes two); its
** prepositional phrases are those that follow it up to the next clause.
** Words at the left edge (which, although, that, and) and reporting verbs
** ("said") give each clause its kind and parent.
*/
#include "lang/analyze_int.h"

#include <ctype.h>

/* The token after a name's abbreviation in brackets that opens at e ("the
** International Monetary Fund (IMF)", "(MITI)": one to three names or
** numbers between the brackets), or e when none opens there. */
static size_t after_abbreviation(const lang_analyzer *a, size_t e, size_t n)
{
    if (e >= n || a->tags[e] != TAG_LRB)
        return e;
    for (size_t j = e + 1; j < n && j <= e + 4; j++) {
        if (a->tags[j] == TAG_RRB)
            return j > e + 1 ? j + 1 : e;
        if (!tag_is_proper(a->tags[j]) && a->tags[j] != TAG_NN && a->tags[j] != TAG_CD)
            return e;
    }
    return e;
}

/* True when, past the prepositional phrases that follow a noun phrase
** ending at e ("the fall [in oil prices]"), a finite verb begins: the noun
** phrase is then a clause's subject, not an object. Names joined by "and"
** inside a name ("the Ministry of Trade and Industry") and the name's
** abbreviation in brackets after it ("(MITI)") are the phrase's too:
** "said officials of the Ministry of Trade and Industry (MITI) would hold
** talks". */
static int subject_after_pps(const lang_analyzer *a, size_t e, size_t n)
{
    while (e < n && (a->tags[e] == TAG_IN || a->tags[e] == TAG_DT || a->tags[e] == TAG_CD ||
                     a->tags[e] == TAG_POS || a->tags[e] == TAG_PRPS || tag_is_adj(a->tags[e]) ||
                     tag_is_noun(a->tags[e])))
        e++;
    /* past an "and" or a bracket only the rest of the name may stand
    ** before the verb, not the next sentence a missed full stop joined
    ** on ("of Yasuda Trust and Banking Co Ltd. Japanese investment was") */
    int joined = 0;
    for (;;) {
        if (e > 0 && e + 1 < n && a->tags[e] == TAG_CC && tag_is_proper(a->tags[e - 1]) &&
            tag_is_proper(a->tags[e + 1])) {
            /* a name ends at its "Co." or "Ltd.": "said Allan Kaplan of
            ** Merrill Lynch and Co. American Brands failed" */
            for (e++; e < n && tag_is_proper(a->tags[e]); e++)
                if (a->text[a->toks[e].start + a->toks[e].len - 1] == '.') {
                    e++;
                    break;
                }
            joined = 1;
            continue;
        }
        size_t past = after_abbreviation(a, e, n);
        if (past == e)
            break;
        e = past;
        joined = 1;
    }
    /* and only a word is a verb there: "Merrill Lynch and Co <MER>", whose
    ** "<" the tagger may take for one */
    if (joined && e < n && !isalpha((unsigned char)a->text[a->toks[e].start]))
        return 0;
    return e < n && a->vg_of[e] >= 0 && a->ph[a->vg_of[e]].first == e &&
           tag_is_finite(a->tags[e]);
}

const char *const lang_relative_words[] = {"which", "who", "whom", "that", "whose", NULL};

/* The words of a day, the first of the time nouns. */
#define DAY_WORDS                                                                \
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", \
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", \
    "today", "yesterday", "tomorrow", "tonight"
const char *const lang_day_words[] = {DAY_WORDS, NULL};

/* Bare noun phrases of time ("this month", "on Monday" without "on") are
** adverbials, never objects. */
const char *const lang_time_nouns[] = {DAY_WORDS, "day", "week", "month", "year", "weekend",
                                       "morning", "afternoon", "evening", "night", "time",
                                       "decade", NULL};

/* The words of negation, in three lists of growing reach (see analyze.h). */
#define NEGATION_WORDS "not", "n't", "never"
#define DENIAL_WORDS NEGATION_WORDS, "hardly", "scarcely"
const char *const lang_negations[] = {NEGATION_WORDS, NULL};
const char *const lang_denials[] = {DENIAL_WORDS, NULL};
const char *const lang_predicate_denials[] = {DENIAL_WORDS, "no", NULL};

static int is_time_np(const lang_analyzer *a, int32_t np)
{
    return lemma_has(a, a->ph[np].head, LC_TIME);
}

/* "..., claimed responsibility for the attacks": a singular common noun
** with no determiner after a verb of saying is what is claimed, never an
** inverted speaker ("said the ministry", "said Mr. X" have one or a name;
** a bare title has its "of": "said head of the central bank X"). */
static int bare_mass_noun(const lang_analyzer *a, int32_t np)
{
    const phrase *p = &a->ph[np];
    return p->first == p->head && a->tags[p->head] == TAG_NN &&
           !(p->head + 1 < a->n && lemma_is(a, p->head + 1, "of"));
}

static int is_boundary_punct(int t)
{
    return t == TAG_COMMA || t == TAG_COLON || t == TAG_PERIOD || t == TAG_LQUOTE ||
           t == TAG_RQUOTE || t == TAG_LRB || t == TAG_RRB;
}

static int32_t add_clause(lang_analyzer *a, const clause *c)
{
    if (base_grow((void **)&a->cl, &a->cl_cap, a->ncl + 1, sizeof *a->cl) < 0)
        return -1;
    a->cl[a->ncl] = *c;
    return (int32_t)a->ncl++;
}

/* The top noun phrase holding token k that is not inside a PP, or -1; when
** k is inside a PP (its preposition included), *pp_out gets the PP. */
static int32_t free_np_at(const lang_analyzer *a, size_t k, int32_t *pp_out)
{
    int32_t np = a->np_of[k];
    *pp_out = a->pp_of[k];
    if (np < 0 || *pp_out >= 0)
        return -1;
    np = phrase_top_np(a, np);
    /* an apposition stands for the NP it describes */
    while (a->ph[np].flags & PHF_APPOS)
        np = phrase_top_np(a, a->ph[np].up);
    int32_t up = a->ph[np].up;
    if (up >= 0 && a->ph[up].kind == PH_PP) {
        *pp_out = up;
        return -1;
    }
    return np;
}

/* Marks the tokens inside quotation marks (a->inquote), in one pass. */
static void mark_quotes(lang_analyzer *a)
{
    /* most sentences hold no opening quote: the tokens before the first
    ** are outside, one memchr and one memset where the loop tested each */
    const uint8_t *q = memchr(a->tags, TAG_LQUOTE, a->n);
    size_t from = q ? (size_t)(q - a->tags) : a->n;
    memset(a->inquote, 0, from);
    uint8_t open = 0;
    for (size_t i = from; i < a->n; i++) {
        a->inquote[i] = open;
        if (a->tags[i] == TAG_LQUOTE)
            open = 1;
        else if (a->tags[i] == TAG_RQUOTE)
            open = 0;
    }
}

/* Verbs whose object a "to" infinitive right after it is about: "urged
** Iran to release", "called on Iran to release" (object control). */
static const char *const control_verbs[] = {
    "urge", "ask", "call", "press", "encourage", "invite", "order", "force", "persuade",
    "tell", "allow", "warn", "request", "appeal", "pressure", "push", "compel", "instruct",
    "authorize", "authorise", "permit", "enable", "challenge", "advise", "implore", "beg",
    "lobby", "require", "oblige", "convince", "help", "want", "expect", "invite", "provoke",
    "prompt", "spur", NULL};

/* Verbs whose object a "that" clause does not describe: "told reporters
** that ...". */
static const char *const telling_verbs[] = {
    "tell", "warn", "inform", "assure", "remind", "convince", "persuade", "notify",
    "promise", "show", "urge", "advise", NULL};

/* The noun phrase a relative word at token w describes, or -1: the NP
** before it (skipping a comma); through an "of" PP to its head ("the head
** of the mission, who"). */
static int32_t antecedent(const lang_analyzer *a, size_t w);
static int32_t antecedent_near(const lang_analyzer *a, size_t w);

/* Does "that" at token k open a relative clause ("the deal that Iran
** signed") rather than a complement ("said that", "told reporters that")?
** Only after a noun that is not a time word, not inside a PP other than
** "of", and not the object of a telling verb. */
static int that_relative(const lang_analyzer *a, size_t k)
{
    if (k == 0 || a->np_of[k - 1] < 0)
        return 0;
    int32_t np = phrase_top_np(a, a->np_of[k - 1]);
    if (a->ph[np].end != k || (a->ph[np].flags & PHF_PRONOUN) || is_time_np(a, np))
        return 0;
    int32_t up = a->ph[np].up;
    if (up >= 0 && a->ph[up].kind == PH_PP && !lemma_is(a, a->ph[up].first, "of"))
        return 0;
    size_t f = a->ph[up >= 0 && a->ph[up].kind == PH_PP ? up : np].first;
    if (f > 0 && a->vg_of[f - 1] >= 0 &&
        (lemma_in(a, a->ph[a->vg_of[f - 1]].head, telling_verbs) ||
         lemma_has(a, a->ph[a->vg_of[f - 1]].head, LC_REPORTING)))
        return 0;
    return 1;
}

/* Nouns a clause right after them tells the content of, not a thing in
** it: "raised fears Iran would attack", "denied reports it had mined",
** "ignored the fact that Canadian output is rising". */
const char *const lang_content_nouns[] = {
    "fear", "hope", "report", "rumour", "rumor", "belief", "claim", "fact", "evidence",
    "concern", "sign", "expectation", "news", "view", "word", "assurance", "confidence",
    "doubt", "suggestion", "speculation", "indication", "warning", "charge", "allegation",
    "assumption", "feeling", "impression", "chance", "possibility", "likelihood", "risk",
    "danger", "worry", "optimism", "pessimism", "proof", "guarantee", "promise", "threat",
    "statement", "announcement", "opinion", "conviction", "certainty", NULL};

/* Prepositions whose noun a contact clause may say of: "retaliate against
** tariffs Reagan slapped on", "the number of people it detained". */
static const char *const thing_preps[] = {"of", "against", "over", "about", "from", "with",
                                          "for", "by", "under", NULL};

/* A relative clause with no relative word (a contact clause): "the
** sanctions it imposed on Chile", "the tariffs President Reagan slapped on
** Japanese goods" say of the noun right before their subject, which is
** their verb's object. Only a past or present verb group (no modal, not
** passive, not of saying) with no object of its own, after a common noun
** as that_relative takes one, though a verb of saying may stand before
** it ("said the duties he imposed"), and that names no content ("fears
** Iran would attack" is a complement). Returns that noun's top NP, or -1. */
static int32_t contact_antecedent(const lang_analyzer *a, const phrase *vg, const clause *c)
{
    int t = a->tags[vg->first];
    if (c->kind != CL_MAIN || c->word != UINT32_MAX || c->subject < 0 || c->object >= 0 ||
        vg->voice == VOICE_PASSIVE || (t != TAG_VBD && t != TAG_VBZ && t != TAG_VBP) ||
        lemma_has(a, vg->head, LC_REPORTING) || lemma_is(a, vg->head, "be"))
        return -1;
    size_t f = a->ph[c->subject].first;
    if (f == 0 || a->np_of[f - 1] < 0)
        return -1;
    int32_t ante = phrase_top_np(a, a->np_of[f - 1]);
    const phrase *ap = &a->ph[ante];
    int ht = a->tags[ap->head];
    if (ante == c->subject || ap->end != f || (ap->flags & PHF_PRONOUN) || is_time_np(a, ante) ||
        (ht != TAG_NN && ht != TAG_NNS) || lemma_in(a, ap->head, lang_content_nouns))
        return -1;
    /* not "any" or "no" thing ("would veto any bill he termed
    ** protectionist" names none); not in a PP of place, time or talk
    ** ("said in an interview he saw"); not told to someone ("told
    ** reporters he had") */
    if (lemma_is(a, ap->first, "any") || lemma_is(a, ap->first, "no"))
        return -1;
    int32_t up = ap->up;
    if (up >= 0 && a->ph[up].kind == PH_PP && !lemma_in(a, a->ph[up].first, thing_preps))
        return -1;
    size_t af = a->ph[up >= 0 && a->ph[up].kind == PH_PP ? up : ante].first;
    if (af > 0 && a->vg_of[af - 1] >= 0 &&
        lemma_in(a, a->ph[a->vg_of[af - 1]].head, telling_verbs))
        return -1;
    return ante;
}

/* Is token k a dash ("--", an en or em dash)? */
static int is_dash(const lang_analyzer *a, size_t k)
{
    const char *w = a->text + a->toks[k].start;
    size_t len = a->toks[k].len;
    return a->tags[k] == TAG_COLON &&
           ((len == 2 && w[0] == '-' && w[1] == '-') ||
            (len == 3 && memcmp(w, "\xe2\x80", 2) == 0 &&
             ((unsigned char)w[2] == 0x93 || (unsigned char)w[2] == 0x94)));
}

/* When the closing bracket at k ends a short bracket right after a noun
** phrase ("the Food and Agriculture Organisation (FAO)"), the last token
** of that noun phrase; else SIZE_MAX. */
static size_t before_bracket(const lang_analyzer *a, size_t k)
{
    if (a->tags[k] != TAG_RRB)
        return SIZE_MAX;
    for (size_t j = k; j-- > 0 && k - j <= 4;)
        if (a->tags[j] == TAG_LRB)
            return j > 0 && a->np_of[j - 1] >= 0 ? j - 1 : SIZE_MAX;
    return SIZE_MAX;
}

/* When the comma or closing bracket at k ends an aside (PPs, a bracketed
** abbreviation, a participle clause; no finite verb of its own) that opens
** with a comma or bracket after a noun phrase, returns that opening token;
** else SIZE_MAX. Between two dashes, a participle or relative clause
** is an aside whatever it holds: "The G-7 -- grouping the U.S., Japan
** and five more -- said", "Uganda -- which earns 400 mln dlrs from
** coffee -- has accused"; a name there ("one Brazilian producer --
** Cutrale -- would be", "Britain and four more -- G-5 -- agreed") is
** left as it was, the list before it too often no dyad. */
static size_t parenthetical_start(const lang_analyzer *a, size_t k)
{
    if (is_dash(a, k)) {
        for (size_t j = k; j-- > 0;) {
            if (a->tags[j] == TAG_PERIOD)
                return SIZE_MAX;
            if (!is_dash(a, j))
                continue;
            int t = j + 1 < k ? a->tags[j + 1] : TAG_PERIOD;
            int modifier = t == TAG_VBG || t == TAG_VBN || tag_is_relative(t);
            return j > 0 && a->np_of[j - 1] >= 0 && modifier ? j : SIZE_MAX;
        }
        return SIZE_MAX;
    }
    int want = a->tags[k] == TAG_RRB ? TAG_LRB : TAG_COMMA;
    /* a relative clause set off by commas is an aside whatever it holds:
    ** "President X, whose handling of the economy is under attack at home
    ** and abroad, has held talks" */
    for (size_t j = k; want == TAG_COMMA && j-- > 2;) {
        int t = a->tags[j];
        if (t == TAG_PERIOD || (t == TAG_COMMA && !a->protect[j]))
            break;
        if (tag_is_relative(t) && a->tags[j - 1] == TAG_COMMA &&
            (a->np_of[j - 2] >= 0 || before_bracket(a, j - 2) != SIZE_MAX))
            return j - 1;
    }
    for (size_t j = k; j-- > 0;) {
        int t = a->tags[j];
        /* a list inside the aside is no edge of it: "Protesters, carrying
        ** placards and flags, marched", "X, backed by his French and
        ** Italian colleagues, believes" */
        if ((t == TAG_CC || t == TAG_COMMA) && (a->protect[j] || a->np_of[j] >= 0))
            continue;
        if (t == want)
            return j > 0 && (a->np_of[j - 1] >= 0 || before_bracket(a, j - 1) != SIZE_MAX) &&
                           j + 1 < k
                       ? j
                       : SIZE_MAX;
        if (t == TAG_COMMA || t == TAG_PERIOD || t == TAG_COLON || t == TAG_CC)
            return SIZE_MAX;
        if (t == TAG_MD || t == TAG_VBZ || t == TAG_VBP ||
            (t == TAG_VBD && !(a->vg_of[j] >= 0 && a->ph[a->vg_of[j]].voice == VOICE_PASSIVE)))
            return SIZE_MAX;
        if (lemma_has(a, j, LC_RELATIVE) || (t == TAG_IN && lemma_has(a, j, LC_SUBORD) &&
                                               !lemma_is(a, j, "after")))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "announced that on April 17 he would raise", "that, in response, it
** would": a PP (and its commas) between "that" or a subordinator and the
** subject still belongs to their clause. Returns 1 and sets *k to the
** PP's first token (or its comma's), or 0. */
static int fronted_pp(const lang_analyzer *a, int32_t pp, size_t *k)
{
    size_t f = a->ph[pp].first;
    if (f > 0 && a->tags[f - 1] == TAG_COMMA)
        f--;
    if (f == 0 || (a->tags[f - 1] != TAG_IN && a->tags[f - 1] != TAG_WRB) ||
        !(lemma_is(a, f - 1, "that") || lemma_has(a, f - 1, LC_SUBORD)))
        return 0;
    *k = f;
    return 1;
}

/* Finds subject and opener of the clause whose verb group is vg. */
static void find_left(lang_analyzer *a, const phrase *vg, clause *c)
{
    size_t k = vg->first;
    c->subject = -1;
    c->word = UINT32_MAX;
    c->kind = CL_MAIN;
    c->first = vg->first;
    while (k > 0) {
        k--;
        int32_t cl = a->clause_of[k];
        if (cl >= 0) {
            /* walk over a relative clause to the noun it describes */
            if (a->cl[cl].kind == CL_RELATIVE && c->subject < 0) {
                if (a->cl[cl].first < k)
                    k = a->cl[cl].first;
                if (k > 0 && a->tags[k - 1] == TAG_COMMA)
                    k--;
                continue;
            }
            break;
        }
        int t = a->tags[k];
        /* a scare quote before the verb: China "firmly opposes" */
        if ((t == TAG_LQUOTE || t == TAG_RQUOTE) && c->subject < 0 && k > 0 &&
            a->np_of[k - 1] >= 0)
            continue;
        if (t == TAG_COMMA && (a->protect[k] || (k > 0 && a->clause_of[k - 1] >= 0 &&
                                                 a->cl[a->clause_of[k - 1]].kind == CL_RELATIVE)))
            continue;
        /* an aside between the subject and its verb: "X, in remarks
        ** published on Monday, urged ..." or "the EU (EU) agree" */
        if (c->subject < 0 && (t == TAG_COMMA || t == TAG_RRB || is_dash(a, k))) {
            size_t open = parenthetical_start(a, k);
            if (open != SIZE_MAX) {
                k = open;
                continue;
            }
        }
        /* "Two senators, Mary Olsen and Peter Brandt, opposed": a list
        ** (or a name and its apposition read as one) that opens the
        ** sentence, closed by a comma right before a finite verb and no
        ** aside, is its subject; elsewhere such a list is too often an
        ** object's or a PP's ("a spokesman for the firm, X and Co,
        ** said", "Investors, cheered by X and Y, bought") */
        if (c->subject < 0 && t == TAG_COMMA && k + 1 == vg->first && k > 0 &&
            tag_is_finite(a->tags[vg->first])) {
            int32_t lpp, list = free_np_at(a, k - 1, &lpp);
            if (list >= 0 && (a->ph[list].flags & PHF_COORD) && a->ph[list].end == k &&
                a->ph[list].first == 0) {
                c->subject = list;
                k = a->ph[list].first;
                c->first = (uint32_t)k;
                continue;
            }
        }
        int32_t pp;
        if (c->subject >= 0 && t == TAG_COMMA && k > 0 && free_np_at(a, k - 1, &pp) < 0 &&
            pp >= 0 && fronted_pp(a, pp, &k))
            continue;   /* "that, in response, it would" */
        int32_t np = free_np_at(a, k, &pp);
        /* "with 10,000 students protesting in Denmark": an absolute
        ** construction, whose noun phrase is the participle's subject */
        if (pp >= 0 && c->subject < 0 && a->tags[vg->head] == TAG_VBG && vg->head == vg->first &&
            a->ph[pp].end == vg->first && a->ph[pp].np >= 0 && lemma_is(a, a->ph[pp].first, "with")) {
            c->subject = a->ph[pp].np;
            c->kind = CL_SUBORDINATE;
            c->word = a->ph[pp].first;
            c->first = a->ph[pp].first;
            break;
        }
        if (pp >= 0) {
            if (c->subject >= 0 && fronted_pp(a, pp, &k))
                continue;
            if (c->subject >= 0)
                break;
            if (a->ph[pp].first < k)
                k = a->ph[pp].first;   /* skip the PP: "troops in the north" */
            continue;
        }
        if (np >= 0) {
            if (c->subject >= 0 && np != c->subject)
                break;
            /* "Kenya last Friday announced": a phrase of time between the
            ** subject and its verb is an adverbial; the phrase before it is
            ** the subject */
            int time_np = a->ph[np].first > 0 && c->subject < 0 && is_time_np(a, np);
            int32_t pp2 = -1,
                    before = time_np ? free_np_at(a, a->ph[np].first - 1, &pp2) : -1;
            if (before >= 0 && !is_time_np(a, before)) {
                k = a->ph[np].first;
                continue;
            }
            /* "Kenya, which last week recalled its envoy", "who two days
            ** ago denounced": right after "which" or "who" the time is
            ** an adverbial too; the relative word stands for the subject */
            if (time_np) {
                size_t w = a->ph[np].first - 1;
                if ((a->tags[w] == TAG_WDT || a->tags[w] == TAG_WP) &&
                    (lemma_is(a, w, "which") || lemma_is(a, w, "who"))) {
                    k = a->ph[np].first;
                    continue;
                }
            }
            /* "lawmakers from Ontario today asked": the phrase before the
            ** time is a PP after the subject's noun */
            if (before < 0 && pp2 >= 0 && a->ph[pp2].np >= 0 && !is_time_np(a, a->ph[pp2].np) &&
                a->ph[pp2].first > 0 && a->np_of[a->ph[pp2].first - 1] >= 0) {
                k = a->ph[np].first;
                continue;
            }
            /* "The European Community (EC) yesterday warned": the same,
            ** with the name's abbreviation in brackets before the time */
            if (time_np && before < 0 && a->tags[a->ph[np].first - 1] == TAG_RRB &&
                parenthetical_start(a, a->ph[np].first - 1) != SIZE_MAX) {
                k = a->ph[np].first;
                continue;
            }
            c->subject = np;
            if (a->ph[np].first < k)
                k = a->ph[np].first;
            c->first = (uint32_t)k;
            /* "whose army chief visited": a relative clause */
            if (a->tags[k] == TAG_WPS) {
                c->kind = CL_RELATIVE;
                c->word = (uint32_t)k;
                break;
            }
            continue;
        }
        /* the tag before the word list: it settles most tokens cheaply */
        if ((t == TAG_WDT || t == TAG_WP || (t == TAG_IN && lemma_is(a, k, "that"))) &&
            lemma_has(a, k, LC_RELATIVE)) {
            if (lemma_is(a, k, "that") && t == TAG_IN && !that_relative(a, k)) {
                c->kind = CL_COMPLEMENT;
            } else {
                c->kind = CL_RELATIVE;
            }
            c->word = (uint32_t)k;
            c->first = (uint32_t)k;
            break;
        }
        if ((t == TAG_IN || t == TAG_WRB) && lemma_has(a, k, LC_SUBORD)) {
            c->kind = CL_SUBORDINATE;
            c->word = (uint32_t)k;
            c->first = (uint32_t)k;
            break;
        }
        if (t == TAG_CC) {
            c->word = (uint32_t)k;
            c->first = (uint32_t)k;
            break;
        }
        if (tag_is_adv(t) && c->subject < 0)
            continue;
        break;
    }
}

/* "because of Chile's refusal to hold talks", "criticised Kenya's
** refusal to meet": an infinitive right after an owned "refusal" is what
** the refusal turns down, and the refusal's phrase its subject, as when
** the refusal opens the sentence ("Kenya's refusal to meet angered ..."),
** so that the coder reads the act as refused (coder_pattern.c,
** refusal_noun), not as done by the owner or by the clause before; only
** with an owner named. The phrase of "refusal" at v - 1, or -1. Reads a
** only. */
/* The possessor phrase ("Kenya's") of owned noun phrase own whose head
** passes proper_only when asked, or -1. The chunker makes a possessor
** just before the phrase it owns, so only the phrases near own are read:
** a run-on sentence of thousands of phrases is not read for each. */
static int32_t possessor_of(const lang_analyzer *a, int32_t own, int proper_only)
{
    size_t from = own > 16 ? (size_t)own - 16 : 0;
    size_t to = (size_t)own + 16 < a->nph ? (size_t)own + 16 : a->nph;
    for (size_t p = from; p < to; p++)
        if (a->ph[p].up == own && (a->ph[p].flags & PHF_POSS) &&
            (proper_only ? tag_is_proper(a->tags[a->ph[p].head])
                         : a->tags[a->ph[p].head] != TAG_PRPS && a->tags[a->ph[p].head] != TAG_PRP))
            return (int32_t)p;
    return -1;
}

static int32_t refusal_subject(const lang_analyzer *a, size_t v)
{
    if (v == 0 || !tag_is_noun(a->tags[v - 1]) || !lemma_is(a, v - 1, "refusal"))
        return -1;
    int32_t np = a->np_of[v - 1];
    if (np < 0 || a->ph[np].head != v - 1 || !(a->ph[np].flags & PHF_OWNED))
        return -1;
    /* an owner by name ("Kenya's", "Comecon's"): "the banks' refusal"
    ** leaves the banks' country to a guess */
    return possessor_of(a, np, 1) >= 0 ? np : -1;
}

/* The subject a clause without one takes over: the previous top clause's.
** A finite verb (finite) is joined to a finite one, never to an
** infinitive that borrowed its subject: in "said it would not allow Iran to use missiles to choke off
** shipments and offered warships", the offer is not Iran's. Nor the
** refusal's of an act refused ("criticized Trump's refusal to debate,
** accusing him": the critic accuses). */
static int32_t inherited_subject(const lang_analyzer *a, int32_t before, int finite)
{
    for (int32_t c = before - 1; c >= 0; c--) {
        if (a->cl[c].kind == CL_RELATIVE || a->cl[c].kind == CL_REPORTING ||
            a->cl[c].ctrl == CTRL_OBJECT ||
            (finite && a->cl[c].ctrl != CTRL_NONE && a->cl[c].verb >= 0 &&
             a->tags[a->ph[a->cl[c].verb].first] == TAG_TO) ||
            (a->cl[c].verb >= 0 && a->cl[c].subject >= 0 &&
             refusal_subject(a, a->ph[a->cl[c].verb].first) == a->cl[c].subject))
            continue;
        if (a->cl[c].subject >= 0)
            return a->cl[c].subject;
    }
    return -1;
}

/* The noun contact clause c says of ("the tariffs Chile imposed", as
** contact_antecedent made it): its object, standing right before its
** subject; -1 when c is no such clause (a relative word, or not both
** phrases). Reads a only. */
static int32_t contact_object(const lang_analyzer *a, const clause *c)
{
    return c->kind == CL_RELATIVE && c->word == UINT32_MAX && c->object >= 0 &&
                   c->subject >= 0 && a->ph[c->object].end == a->ph[c->subject].first
               ? c->object
               : -1;
}

/* "a pact under which Kenya agreed to stop selling tea": a verb group right
** after a relative clause whose subject is its own, not the noun it
** describes (the subject stands after the relative word), goes on with
** that subject; the previous top clause's ("the pact" or what holds it)
** is not the one selling. After a contact clause ("the tariffs he imposed
** on Japan were unfair") it goes on with the noun the clause says of.
** -1 when the clause before is no such relative. */
static int32_t relative_subject(const lang_analyzer *a, int32_t self, const phrase *vg)
{
    if (self <= 0)
        return -1;
    const clause *prev = &a->cl[self - 1];
    if (prev->end == vg->first && contact_object(a, prev) >= 0)
        return prev->object;   /* "the tariffs he imposed on Japan were" */
    if (prev->kind != CL_RELATIVE || prev->end != vg->first || prev->subject < 0 ||
        prev->word == UINT32_MAX || a->ph[prev->subject].first <= prev->word)
        return -1;
    return prev->subject;
}

/* "until Turkey recognises Greek rights and withdraws its troops", "the
** militants, who attacked the police and kidnapped three aid workers": a
** verb joined by a conjunction right after a subordinate or relative
** clause, with no subject of its own, continues that clause: its subject,
** and (once the first verb's object or PPs are said, so that it shares
** none of them: "attacked and occupied parts of Syria") its kind, parent
** and subordinator or relative word. Not a reported clause: in "denied
** that Iran had sent drones and accused the EU" the accusing is the
** denier's. Clause c is number self. */
static void joined_clause(const lang_analyzer *a, int32_t self, clause *c)
{
    if (self <= 0 || c->word == UINT32_MAX || a->tags[c->word] != TAG_CC)
        return;
    const clause *prev = &a->cl[self - 1];
    int own_words = prev->object >= 0 || prev->pp_count > 0;
    if (prev->end != c->word || prev->subject < 0 || prev->ctrl != CTRL_NONE ||
        (prev->kind != CL_SUBORDINATE && prev->kind != CL_RELATIVE) ||
        prev->word == UINT32_MAX)
        return;
    c->subject = prev->subject;
    if (!own_words)
        return;   /* the shared object needs the conjunction as the word */
    c->kind = prev->kind;
    c->parent = prev->parent;
    c->word = prev->word;
}

/* "said the talks had failed and urged Uganda to return", "predicted Togo
** would lose and asked Nigeria to help": a single finite verb joined by a
** conjunction right after a reported clause continues the clause that
** reports it when it has the reporting verb's form and the reported verb
** another (a modal, a perfect, another tense): its subject, kind and
** parent are the reporter's. Both in the simple past ("said Uganda
** attacked and killed") stays the reported clause's, unless the joined
** verb reports in turn: in "officials agreed that the talks were useful
** and said they ...", the saying is the officials', whatever the forms,
** past a relative clause on the reported one too ("agreed that the
** problem is the policy pursued by the ministry and said"). Clause c,
** whose verb group is vg, is number self. */
static void reporter_continued(const lang_analyzer *a, int32_t self, const phrase *vg,
                               clause *c)
{
    if (self <= 0 || c->word == UINT32_MAX || a->tags[c->word] != TAG_CC ||
        vg->first != vg->head)
        return;
    const clause *prev = &a->cl[self - 1];
    /* a comma may stand before the conjunction: "said on Tuesday that the
    ** talks had failed, and accused Uganda" */
    if (prev->end != c->word && !(prev->end + 1 == c->word && a->tags[prev->end] == TAG_COMMA))
        return;
    int says = lemma_has(a, vg->head, LC_REPORTING);
    /* "said the exchange has done its utmost to liberalise its membership
    ** and called on Britain": past the infinitive to the clause it hangs on */
    while ((prev->ctrl != CTRL_NONE || (says && prev->kind == CL_RELATIVE)) &&
           prev->parent >= 0 && prev->parent < self - 1)
        prev = &a->cl[prev->parent];
    if (prev->kind != CL_COMPLEMENT || prev->parent < 0 || prev->verb < 0 ||
        prev->ctrl != CTRL_NONE)
        return;
    const clause *rep = &a->cl[prev->parent];
    if (rep->subject < 0 || rep->verb < 0)
        return;
    const phrase *rv = &a->ph[rep->verb], *pv = &a->ph[prev->verb];
    /* a participle alone in its group is a past ("said", "called" tagged
    ** VBN after a name) */
    int t = a->tags[vg->head], rt = a->tags[rv->head];
    if (t == TAG_VBN)
        t = TAG_VBD;
    if (rt == TAG_VBN && rv->first == rv->head)
        rt = TAG_VBD;
    if ((t != TAG_VBD && t != TAG_VBZ && t != TAG_VBP) ||
        (!says && (rt != t || (pv->first == pv->head && a->tags[pv->head] == t))))
        return;
    c->subject = rep->subject;
    c->kind = rep->kind;
    c->parent = rep->parent;
}

/* After a reporting verb, where the verb of what is reported may stand
** when its subject's phrase ends at e: past a PP of time ("said Kenya on
** Monday rejected") or an aside set off by commas ("said Kenya, for its
** part, rejected", "said Kenya and Tanzania, the two largest producers,
** rejected"); e when neither follows. */
/* How far past a reported subject the comma closing an aside may stand:
** an appositive with its PPs ("said the policy, a key issue in the run-up
** to the July elections, was") runs to a dozen words and more. */
#define APPOS_REACH 24

static size_t reported_verb_after(const lang_analyzer *a, size_t e)
{
    size_t n = a->n;
    int32_t pp = a->pp_of[e];
    if (pp >= 0 && a->ph[pp].first == e && a->ph[pp].np >= 0 && is_time_np(a, a->ph[pp].np))
        return a->ph[pp].end;
    /* (a relative clause there is found as before: "said Kenya, which
    ** faces elections, rejected") */
    if (a->tags[e] != TAG_COMMA || (e + 1 < n && tag_is_relative(a->tags[e + 1])))
        return e;
    if (a->protect[e]) {   /* an apposition's commas */
        size_t k = e;
        while (k < n && a->protect[k])
            k++;
        return k < n && a->tags[k - 1] == TAG_COMMA ? k : e;
    }
    for (size_t k = e + 1; k < n && k < e + APPOS_REACH; k++) {
        if (a->tags[k] == TAG_PERIOD)
            break;
        if (a->tags[k] == TAG_COMMA && !a->protect[k])
            return parenthetical_start(a, k) == e && k + 1 < n ? k + 1 : e;
    }
    return e;
}

/* "said the policy, a key issue in the run-up to the polls, was a
** mistake", "said the suit, filed in a federal court, seeks": the clauses
** of an aside between the reported subject and its verb (a participle,
** a relative) stand between that verb and the verb of saying. When c's own
** subject comes right after a reporting verb that kept no object, and
** every clause since that verb lies between the subject and c's verb,
** returns the reporting clause; else -1. Looks only at those clauses. */
static int32_t aside_reporter(const lang_analyzer *a, int32_t self, const phrase *vg,
                              const clause *c)
{
    size_t sf = a->ph[c->subject].first, se = a->ph[c->subject].end;
    if (sf == 0 || se >= vg->first || a->tags[se] != TAG_COMMA)
        return -1;
    int32_t j = a->clause_of[sf - 1];
    if (j < 0 || j >= self - 1)
        return -1;
    const clause *r = &a->cl[j];
    if (r->verb < 0 || r->object >= 0 || r->kind == CL_REPORTING || a->ph[r->verb].end != sf ||
        !lemma_has(a, a->ph[r->verb].head, LC_REPORTING))
        return -1;
    for (int32_t i = j + 1; i < self; i++) {
        const clause *m = &a->cl[i];
        if (m->verb < 0 || a->ph[m->verb].first <= se || a->ph[m->verb].end > vg->first)
            return -1;
    }
    return j;
}

/* Object and PPs after the verb, up to the next verb group or boundary. */
static int find_right(lang_analyzer *a, const phrase *vg, clause *c)
{
    size_t k = vg->end, n = a->n;
    c->object = -1;
    c->object2 = -1;
    c->agent = -1;
    c->pp_first = (uint32_t)a->npps;
    c->pp_count = 0;
    while (k < n) {
        int t = a->tags[k];
        if (a->vg_of[k] >= 0)
            break;
        int32_t pp;
        if (c->subject >= 0 && t == TAG_COMMA && k > 0 && free_np_at(a, k - 1, &pp) < 0 &&
            pp >= 0 && fronted_pp(a, pp, &k))
            continue;   /* "that, in response, it would" */
        int32_t np = free_np_at(a, k, &pp);
        if (pp >= 0 && c->pp_count > 0 && a->pps[a->npps - 1] == (uint32_t)pp) {
            /* the apposition of a PP's noun maps back to that PP: list it once */
            int32_t tn = a->np_of[k] >= 0 ? phrase_top_np(a, a->np_of[k]) : -1;
            k = tn >= 0 && a->ph[tn].end > k ? a->ph[tn].end : k + 1;
            continue;
        }
        if (pp >= 0) {
            if (base_grow((void **)&a->pps, &a->pps_cap, a->npps + 1, sizeof *a->pps) < 0)
                return -1;
            a->pps[a->npps++] = (uint32_t)pp;
            c->pp_count++;
            if (vg->voice == VOICE_PASSIVE && lemma_is(a, a->ph[pp].first, "by") &&
                c->agent < 0)
                c->agent = a->ph[pp].np;
            k = a->ph[pp].end > k ? a->ph[pp].end : k + 1;
            continue;
        }
        if (np >= 0) {
            /* a noun phrase that starts a new clause is not an object */
            size_t e = a->ph[np].end;
            if (a->ph[np].end <= k || is_time_np(a, np)) {
                k = a->ph[np].end > k ? a->ph[np].end : k + 1;   /* always move on */
                continue;
            }
            if (c->object >= 0 && a->ph[np].first == a->ph[c->object].end &&
                a->ph[np].end == a->ph[np].first + 1 && lemma_in(a, a->ph[np].head,
                                                               lang_predicate_nouns)) {
                k = e;   /* "took them hostage in Gaza" */
                continue;
            }
            /* "said the minister yesterday met": a time between that
            ** subject and its verb; "said the IMF (IMF) would": an
            ** abbreviation, after a verb of saying only */
            int reporting = lemma_has(a, vg->head, LC_REPORTING);
            size_t v = reporting ? after_abbreviation(a, e, n) : e;
            int32_t tn = v < n && a->np_of[v] >= 0 ? phrase_top_np(a, a->np_of[v]) : -1;
            if (tn >= 0 && a->ph[tn].first == v && is_time_np(a, tn))
                v = a->ph[tn].end;
            if (reporting && v == e && e < n)
                v = reported_verb_after(a, e);
            /* "said the EC flatly rejected", "said Japan not only
            ** criticised": adverbs between that subject and its verb,
            ** which the tagger may read as a participle after them (a
            ** past, then; "the plan already approved by Uganda" stays a
            ** participle) */
            size_t adv = v;
            while (adv < n && adv < v + 3 && tag_is_adv(a->tags[adv]))
                adv++;
            if (adv > v && adv < n && a->vg_of[adv] >= 0 && a->ph[a->vg_of[adv]].first == adv) {
                if (tag_is_finite(a->tags[adv]))
                    break;
                if (a->tags[adv] == TAG_VBN && a->ph[a->vg_of[adv]].head == adv &&
                    reporting && !(adv + 1 < n && lemma_is(a, adv + 1, "by"))) {
                    a->tags[adv] = TAG_VBD;
                    break;
                }
            }
            if (v < n && a->vg_of[v] >= 0 && a->ph[a->vg_of[v]].first == v &&
                tag_is_finite(a->tags[v]))
                break;   /* "said the ministers would sign": a subject */
            /* "said the U.S. Department of Agriculture rejected the offer":
            ** an of-phrase belongs to the noun, so a finite verb after it
            ** makes the noun phrase what is reported's subject too */
            if (e + 1 < n && lemma_is(a, e, "of") && reporting &&
                subject_after_pps(a, e, n))
                break;
            /* "gave Kenya a loan": a second noun phrase right after the
            ** first object of a verb that takes two, unless it is the
            ** subject of a clause ("told parliament the fall in prices
            ** would help") */
            if (c->object >= 0 && c->object2 < 0 && a->ph[np].first == a->ph[c->object].end &&
                !subject_after_pps(a, e, n) &&
                vg->voice != VOICE_PASSIVE && !(a->ph[c->object].flags & PHF_PRONOUN &&
                                                a->ph[np].flags & PHF_PRONOUN) &&
                lemma_in(a, vg->head, lang_ditransitive_verbs)) {
                c->object2 = np;
                k = e > k ? e : k + 1;
                continue;
            }
            if (c->object >= 0)
                break;
            c->object = np;
            k = e > k ? e : k + 1;
            continue;
        }
        /* a predicate adjective: "remained closed for a week" */
        if (tag_is_adj(t) && c->object < 0 && a->np_of[k] < 0) {
            k++;
            continue;
        }
        if (tag_is_adv(t) || t == TAG_RP || t == TAG_LQUOTE || t == TAG_RQUOTE || (a->protect[k] && t == TAG_COMMA)) {
            k++;
            continue;
        }
        /* the close of a scare quote: China "firmly opposes" the visit */
        if (t == TAG_RQUOTE && k == vg->end && c->object < 0 && a->inquote[vg->head] &&
            k + 1 < n && a->np_of[k + 1] >= 0) {
            k++;
            continue;
        }
        break;
    }
    c->end = (uint32_t)(k > vg->end ? k : vg->end);
    return 0;
}

/* Nouns of places, which a relative clause about joining, leading or
** backing does not describe ("a coalition to patrol the Persian Gulf, which
** was joined by Australia"). */
static const char *const place_nouns[] = {
    "gulf", "sea", "strait", "straits", "ocean", "river", "canal", "bay", "coast", "border",
    "region", "island", "islands", "peninsula", "desert", "valley", "lake", "city",
    "capital", "province", "area", "territory", "waters", "zone", "corridor", "route", NULL};

/* Verbs whose subject or object is a party, not a place. */
static const char *const party_verbs[] = {
    "join", "lead", "head", "form", "found", "back", "fund", "support", "include",
    "comprise", "sign", "endorse", "oppose", "launch", "create", "establish", "set",
    "approve", "reject", "announce", "propose", "organize", "organise", NULL};

/* Case-insensitive membership of token k's lemma in list (names keep
** their capitals in lemmas: "Gulf"). */
static int lemma_in_fold(const lang_analyzer *a, size_t k, const char *const *list)
{
    const char *l = a->lemmas[k];
    for (; *list; list++) {
        size_t i = 0;
        while (l[i] && (l[i] == (*list)[i] || (l[i] >= 'A' && l[i] <= 'Z' &&
                                               l[i] + 32 == (*list)[i])))
            i++;
        if (!l[i] && !(*list)[i])
            return 1;
    }
    return 0;
}

/* Grammatical number: 1 singular, 2 plural, 0 unknown; of an NP's head or
** of a finite verb group's first word. */
static int np_number(const lang_analyzer *a, int32_t np)
{
    if (a->ph[np].flags & PHF_COORD)
        return 2;
    int t = a->tags[a->ph[np].head];
    return t == TAG_NN || t == TAG_NNP ? 1 : t == TAG_NNS || t == TAG_NNPS ? 2 : 0;
}

static int vg_number(const lang_analyzer *a, const phrase *vg)
{
    size_t f = vg->first;
    int t = a->tags[f];
    if (lemma_is(a, f, "be")) {
        const char *s = a->text + a->toks[f].start;
        size_t len = a->toks[f].len;
        char c = (char)(s[0] | 0x20);
        if ((len == 2 && c == 'i') || (len == 3 && c == 'w'))
            return 1;   /* is, was */
        if ((len == 3 && c == 'a') || (len == 4 && c == 'w'))
            return 2;   /* are, were */
        return 0;
    }
    return t == TAG_VBZ ? 1 : t == TAG_VBP ? 2 : 0;
}

/* The nearest noun phrase before a relative word, or the larger NP it
** sits in: when the nearest NP is the object of an infinitive that
** modifies a noun ("a coalition to patrol the Gulf") or the NP of a
** non-"of" PP on a noun ("the embassy in Paris"), the relative clause
** describes the larger NP when its verb agrees only with that one, or when
** the nearer NP is a place and the relative's verb wants a party (join,
** lead, back, ...). Otherwise the nearest NP. */
static int32_t prefer_larger(const lang_analyzer *a, size_t w, int32_t near)
{
    int32_t larger = -1;
    int32_t up = a->ph[near].up;
    if (up >= 0 && a->ph[up].kind == PH_PP && a->ph[up].up >= 0 &&
        a->ph[a->ph[up].up].kind == PH_NP && !lemma_is(a, a->ph[up].first, "of")) {
        larger = phrase_top_np(a, a->ph[up].up);
    } else if (up < 0 || a->ph[up].kind != PH_PP) {
        int32_t cl = a->clause_of[a->ph[near].first];
        if (cl >= 0 && a->cl[cl].object == near && a->cl[cl].verb >= 0) {
            const phrase *iv = &a->ph[a->cl[cl].verb];
            if (a->tags[iv->first] == TAG_TO && iv->first > 0 && a->np_of[iv->first - 1] >= 0) {
                int32_t h = phrase_top_np(a, a->np_of[iv->first - 1]);
                if (a->ph[h].end == iv->first && !(a->ph[h].flags & PHF_PRONOUN))
                    larger = h;
            }
        }
    }
    if (larger < 0 || larger == near)
        return near;
    /* the relative clause's verb group: right after the word for a subject
    ** relative ("which was joined"), else the first one after it */
    const phrase *rv = NULL;
    size_t k = w + 1;
    while (k < a->n && a->vg_of[k] < 0 && !is_boundary_punct(a->tags[k]))
        k++;
    if (k < a->n && a->vg_of[k] >= 0)
        rv = &a->ph[a->vg_of[k]];
    if (!rv)
        return near;
    if (rv->first == w + 1) {
        int vn = vg_number(a, rv), nn = np_number(a, near), ln = np_number(a, larger);
        if (vn && nn && ln && nn != ln)
            return vn == ln ? larger : near;
    }
    if (lemma_in_fold(a, a->ph[near].head, place_nouns) &&
        !lemma_in_fold(a, a->ph[larger].head, place_nouns) && lemma_in(a, rv->head, party_verbs))
        return larger;
    return near;
}

static int32_t antecedent(const lang_analyzer *a, size_t w)
{
    int32_t near = antecedent_near(a, w);
    return near < 0 ? near : prefer_larger(a, w, near);
}

static int32_t antecedent_near(const lang_analyzer *a, size_t w)
{
    if (w == 0)
        return -1;
    size_t k = w - 1;
    if ((a->tags[k] == TAG_COMMA || is_dash(a, k)) && k > 0)
        k--;   /* "Uganda, which", "Uganda -- which" */
    if (before_bracket(a, k) != SIZE_MAX)
        k = before_bracket(a, k);   /* "the Commission (ICC), which" */
    int32_t pp, ante = free_np_at(a, k, &pp);
    if (ante < 0 && pp >= 0) {
        /* through "of" to the noun it belongs to */
        while (a->ph[pp].up >= 0 && a->ph[a->ph[pp].up].kind == PH_NP &&
               lemma_is(a, a->ph[pp].first, "of")) {
            int32_t head = phrase_top_np(a, a->ph[pp].up);
            int32_t up = a->ph[head].up;
            if (up < 0 || a->ph[up].kind != PH_PP)
                return head;
            pp = up;
        }
        ante = a->ph[pp].np;
    }
    return ante;
}

/* Are tokens [from, to) only punctuation that may stand between a
** reporting verb and what it reports (: , ``)? */
static int only_lead_in(const lang_analyzer *a, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (a->tags[k] != TAG_COLON && a->tags[k] != TAG_COMMA && a->tags[k] != TAG_LQUOTE)
            return 0;
    return 1;
}

/* The NP an object-control verb's infinitive at token v takes as subject:
** the clause's object ("urged Iran to"), or the NP of its last PP for
** "call on X to", "appeal to X to"; -1 when none ends right at v. */
static int32_t controller(const lang_analyzer *a, const clause *c, size_t v)
{
    const phrase *vg = &a->ph[c->verb];
    if (vg->np >= 0 || !lemma_in(a, vg->head, control_verbs))
        return -1;
    if (c->object >= 0 && a->ph[c->object].end == v && c->pp_count == 0)
        return c->object;
    if (c->pp_count > 0) {
        const phrase *pp = &a->ph[a->pps[c->pp_first + c->pp_count - 1]];
        if (pp->end == v && pp->np >= 0 &&
            (lemma_is(a, pp->first, "on") || lemma_is(a, pp->first, "upon") ||
             (lemma_is(a, pp->first, "to") && lemma_is(a, vg->head, "appeal"))))
            return pp->np;
    }
    return -1;
}

/* Nouns of a plan, pledge or step whose infinitive is their owner's act:
** "Uganda's offer to resume talks", "Reagan's move to impose tariffs". */
static const char *const owned_act_nouns[] = {
    "offer", "pledge", "promise", "commitment", "vow", "plan", "intention", "threat",
    "ultimatum", "readiness", "willingness", "determination", "decision", "move", "step",
    "action", "measure", "order", "agreement", NULL};

/* Nouns of a thing put to others whose maker a from-phrase names: "an
** offer from the NATO chief to help". */
static const char *const put_act_nouns[] = {"offer", "proposal", "plan", "initiative", NULL};

/* "an offer from the NATO chief to help resolve the row": the NP of a
** from-phrase that ends at token v and follows such a noun, or -1. */
static int32_t from_owner(const lang_analyzer *a, size_t v)
{
    int32_t np = a->np_of[v - 1];
    if (np < 0 || a->ph[np].end != v)
        return -1;
    np = phrase_top_np(a, np);
    int32_t pp = a->ph[np].up;
    if (pp < 0 || a->ph[pp].kind != PH_PP || a->ph[pp].np != np || a->ph[np].end != v)
        return -1;
    size_t f = a->ph[pp].first;
    if (f == 0 || !lemma_is(a, f, "from") || !tag_is_noun(a->tags[f - 1]) ||
        !lemma_in(a, f - 1, put_act_nouns) || a->np_of[f - 1] < 0 ||
        a->ph[a->np_of[f - 1]].head != f - 1)
        return -1;
    return np;
}

/* The possessor that names the owner of such a noun right before token v
** (the "to" of an infinitive), or -1: "Kenya welcomed *Uganda's* offer to
** resume talks" is Uganda's to resume them, not Kenya's. A from-phrase
** names it too ("an offer from Uganda to resume talks"). A possessive
** pronoun ("its plan") is left to the clause before. */
static int32_t act_noun_owner(const lang_analyzer *a, size_t v)
{
    if (v == 0)
        return -1;
    if (!tag_is_noun(a->tags[v - 1]) || !lemma_in(a, v - 1, owned_act_nouns))
        return tag_is_noun(a->tags[v - 1]) ? from_owner(a, v) : -1;
    int32_t own = a->np_of[v - 1];
    if (own < 0 || !(a->ph[own].flags & PHF_OWNED) || a->ph[own].head != v - 1)
        return -1;
    return possessor_of(a, own, 0);
}

/* Nouns that take an infinitive as their complement: "Washington's plan
** to raise tariffs", "a bid to end the war", "the refusal to pay". */
static const char *const complement_nouns[] = {
    "plan", "decision", "move", "proposal", "bid", "offer", "attempt", "effort", "refusal",
    "threat", "call", "request", "demand", "order", "pledge", "promise", "commitment", "vow",
    "intention", "ultimatum", "readiness", "willingness", "determination", "step", "push",
    "drive", "campaign", "initiative", "failure", "plea", "appeal", "invitation", "reluctance",
    "desire", "ambition", "agreement", "accord", "pact", "treaty", "deal", "scheme", "program",
    "programme", NULL};

/* Verbs whose object may turn out to be the subject of the clause they
** report, with no "that": "said Germany's refusal to pay was unfair". */
static const char *const belief_verbs[] = {
    "think", "believe", "feel", "hope", "fear", "expect", "argue", "warn", "insist", "suggest",
    "show", "indicate", "know", "agree", "acknowledge", "admit", "complain", "claim", "note",
    "predict", "suspect", "charge", "contend", "assert", "maintain", "stress", "add", NULL};

/* Verbs whose infinitive may take a clause, its subject bare: "an effort
** to ensure the pact holds", "the intention to make sure a subsidiary
** meets its obligations". */
static const char *const clause_taking[] = {
    "ensure", "insure", "make", "show", "prove", "guarantee", "demonstrate", "see", "signal",
    "indicate", "verify", "determine", "establish", "find", "learn", "convince", "persuade",
    "assure", "check", NULL};

/* "Japan said Washington's plan to raise tariffs on chips was illegal":
** the infinitive after a noun that takes one (complement_nouns) is that
** noun's complement and ends where the noun phrase's own finite verb
** begins, so the verb (vg, clause c, number self to be) takes the whole
** noun phrase as its subject, not the infinitive's object ("the debt was
** unfair") nor the subject the infinitive borrowed. A reporting verb
** whose object the phrase was loses it and owns the clause. Only with
** nothing between but the infinitive's own words (no comma, conjunction,
** relative or finite verb), the "to" right after the noun ("the decision
** by Iran to" is left alone), no object control ("asked the committee
** to"), and the verb agreeing in number. Clauses before self may change
** (the reporting clause's object, the infinitive's). Returns 1 when it
** sets c. */
static int noun_complement_subject(lang_analyzer *a, int32_t self, const phrase *vg, clause *c)
{
    /* a word, not a "<" the tagger took for a verb */
    char w0 = (char)(a->text[a->toks[vg->head].start] | 0x20);
    if (self < 1 || c->word != UINT32_MAX || c->kind == CL_RELATIVE ||
        !tag_is_finite(a->tags[vg->first]) || w0 < 'a' || w0 > 'z')
        return 0;
    /* the infinitive: the clause before, or before a reduced relative
    ** inside it ("to cut tariffs imposed by Japan") */
    int32_t j = self - 1;
    while (j > 0 && self - j < 3 && a->cl[j].kind == CL_RELATIVE && a->cl[j].word == UINT32_MAX)
        j--;
    clause *inf = &a->cl[j];
    if (inf->verb < 0 || inf->ctrl == CTRL_OBJECT)
        return 0;
    size_t t = a->ph[inf->verb].first;
    if (a->tags[t] != TAG_TO || t == 0 || t >= vg->first || vg->first - t > 30 ||
        !tag_is_noun(a->tags[t - 1]) || !lemma_in(a, t - 1, complement_nouns) ||
        a->np_of[t - 1] < 0 || a->ph[a->np_of[t - 1]].head != t - 1)
        return 0;
    int32_t top = phrase_top_np(a, a->np_of[t - 1]);
    if (a->ph[top].end != t || c->subject == top || (a->ph[top].flags & PHF_PRONOUN))
        return 0;
    for (size_t k = t + 1; k < vg->first; k++) {
        int tk = a->tags[k];
        if (is_boundary_punct(tk) || tk == TAG_CC || tag_is_finite(tk) || tag_is_relative(tk) ||
            lemma_is(a, k, "that"))
            return 0;
    }
    int vn = vg_number(a, vg), nn = np_number(a, top);
    if (vn && nn && vn != nn)
        return 0;
    /* "the parent's intention to make sure a subsidiary meets": an
    ** infinitive that takes a clause has the verb's subject in it */
    size_t ih = a->ph[inf->verb].head;
    if (c->subject >= 0 && (lemma_has(a, ih, LC_REPORTING) || lemma_in(a, ih, clause_taking)))
        return 0;
    /* "threats to scrap the agreement signed last September have pushed":
    ** a past form with a finite verb after it is a reduced relative */
    if (vg->first == vg->head && a->tags[vg->head] == TAG_VBD)
        for (size_t k = vg->end; k < a->n && k < vg->end + 12; k++) {
            int tk = a->tags[k];
            if (is_boundary_punct(tk) || tk == TAG_CC || tag_is_relative(tk) ||
                (tk == TAG_IN && lemma_has(a, k, LC_SUBORD)))
                break;
            if (tag_is_finite(tk))
                return 0;
        }
    int32_t old = c->subject, p = inf->parent;
    if (p >= 0 && a->cl[p].object == top && a->cl[p].verb >= 0) {
        size_t h = a->ph[a->cl[p].verb].head;
        if (!lemma_has(a, h, LC_REPORTING) && !lemma_in(a, h, belief_verbs))
            return 0;
        a->cl[p].object = -1;
        c->kind = c->quoted && !a->inquote[h] ? CL_QUOTE : CL_COMPLEMENT;
        c->parent = p;
    } else if (inf->subject == top) {
        /* "Iran's decision to expel inspectors angered France" */
        c->kind = inf->kind;
        c->parent = inf->parent;
    } else {
        return 0;
    }
    c->subject = top;
    c->first = a->ph[top].first;   /* the clause opens with its subject */
    /* "said a U.S. proposal to cut tariffs was unacceptable": the cut is
    ** the proposal's, not the speaker's, as when the phrase opens; a
    ** phrase that names no one ("said the decision to impose sanctions
    ** was well considered") stays the speaker's side's */
    if (inf->ctrl == CTRL_SUBJECT) {
        int named = 0;
        for (size_t k = a->ph[top].first; k < t - 1 && !named; k++)
            named = tag_is_proper(a->tags[k]) || a->tags[k] == TAG_POS ||
                    (tag_is_adj(a->tags[k]) && a->text[a->toks[k].start] >= 'A' &&
                     a->text[a->toks[k].start] <= 'Z');   /* "a Danish proposal" */
        if (named) {
            inf->subject = top;
            inf->ctrl = CTRL_NONE;
        }
    }
    /* the NP taken for the verb's subject was the infinitive's object */
    if (old >= 0 && inf->object < 0 && a->ph[old].first >= a->ph[inf->verb].end &&
        a->ph[old].end <= vg->first)
        inf->object = old;
    return 1;
}

/* "They said Prince Abdullah, who is deputy prime minister, was very
** supportive": a finite verb with no subject right after the comma that
** closes a relative clause on a reporting verb's object is what was
** reported, and that object its subject. Clause c, number self, is the
** verb's (vg); the reporting clause loses its object. */
static int reported_after_relative(lang_analyzer *a, int32_t self, const phrase *vg, clause *c)
{
    int t = a->tags[vg->first];
    if (self < 2 || c->word != UINT32_MAX || vg->first == 0 ||
        a->tags[vg->first - 1] != TAG_COMMA || !tag_is_finite(t))
        return 0;
    const clause *rel = &a->cl[self - 1];
    if (rel->kind != CL_RELATIVE || rel->word == UINT32_MAX || rel->parent != self - 2 ||
        rel->end + 1 < vg->first)
        return 0;
    clause *rep = &a->cl[rel->parent];
    if (rep->kind != CL_MAIN || rep->object < 0 || rep->object != rel->subject ||
        !lemma_has(a, a->ph[rep->verb].head, LC_REPORTING))
        return 0;
    c->subject = rep->object;
    c->kind = CL_COMPLEMENT;
    c->parent = rel->parent;
    rep->object = -1;
    return 1;
}

/* Is clause j clause i, or under it? (A clause never hangs under its own
** descendant.) */
static int under(const lang_analyzer *a, size_t j, size_t i)
{
    int32_t u = (int32_t)j;
    for (size_t steps = 0; u >= 0 && steps <= a->ncl; steps++) {
        if (u == (int32_t)i)
            return 1;
        u = a->cl[u].parent;
    }
    return 0;
}

/* May subordinate clause i hang under clause j, a main or complement
** clause not under i itself? */
static int hangs_under(const lang_analyzer *a, size_t j, size_t i)
{
    return (a->cl[j].kind == CL_MAIN || a->cl[j].kind == CL_COMPLEMENT) && !under(a, j, i);
}

/* "were detained for stoning police, attacking troops and looting
** shops": a bare -ing verb that is the object of "for", or one listed
** after it (a comma or "and" right after such a clause), is what someone
** is held, blamed or thanked for; it has no subject of its own in the
** clause it hangs on, so it takes none (not the detained people's, nor a
** count's). Returns the "for" token or UINT32_MAX. */
static uint32_t for_gerund(const lang_analyzer *a, int32_t self, const phrase *vg)
{
    size_t f = vg->first;
    if (f == 0 || f != vg->head || a->tags[f] != TAG_VBG)
        return UINT32_MAX;
    if (a->tags[f - 1] == TAG_IN && lemma_is(a, f - 1, "for"))
        return (uint32_t)(f - 1);
    if (self == 0 || (a->tags[f - 1] != TAG_COMMA && a->tags[f - 1] != TAG_CC))
        return UINT32_MAX;
    const clause *prev = &a->cl[self - 1];
    size_t e = f - 1;
    if (a->tags[e] == TAG_CC && e > 0 && a->tags[e - 1] == TAG_COMMA)
        e--;
    if (prev->kind == CL_SUBORDINATE && prev->subject < 0 && prev->word != UINT32_MAX &&
        prev->end == e && lemma_is(a, prev->word, "for"))
        return prev->word;
    return UINT32_MAX;
}

/* "A man wearing a fake vest stabbed shoppers", "Gunmen riding motorcycles
** attacked a station": an -ing form right after its clause's subject, the
** noun phrase after it and then a finite verb with no word between that
** begins a clause of its own (comma, conjunction, "that") is a reduced
** relative on the subject, whose own verb is the finite one. The builder
** had made the -ing form the main verb and its object the finite verb's
** subject (the vest stabbed shoppers). Clause i is the -ing form's. */
static void subject_gerund_relative(lang_analyzer *a, size_t i)
{
    clause *g = &a->cl[i], *f = &a->cl[i + 1];
    const phrase *gv = &a->ph[g->verb], *fv = f->verb >= 0 ? &a->ph[f->verb] : NULL;
    if (g->kind != CL_MAIN || g->word != UINT32_MAX || g->subject < 0 || g->object >= 0 ||
        !fv || gv->first != gv->head || a->tags[gv->head] != TAG_VBG ||
        a->ph[g->subject].end != gv->first || (a->ph[g->subject].flags & PHF_PRONOUN) ||
        f->kind != CL_COMPLEMENT || f->parent != (int32_t)i || f->subject < 0 ||
        a->ph[f->subject].first != gv->end || !tag_is_finite(a->tags[fv->first]))
        return;
    /* the subject opens the sentence or follows a comma: not "reports of a
    ** man wearing a vest", whose own verb comes later */
    uint32_t sf = a->ph[g->subject].first;
    if (sf > 0 && a->tags[sf - 1] != TAG_COMMA)
        return;
    /* the object opens with a determiner, a number or a possessive, or is
    ** a plural: a bare singular after the -ing form makes a compound noun
    ** the tagger misread ("The bank holding company said", "the crop
    ** reporting board") */
    const phrase *o = &a->ph[f->subject];
    int ot = a->tags[o->first];
    if (ot != TAG_DT && ot != TAG_PDT && ot != TAG_CD && ot != TAG_PRPS &&
        a->tags[o->head] != TAG_NNS)
        return;
    for (uint32_t k = gv->end; k < fv->first; k++)
        if (a->tags[k] == TAG_COMMA || a->tags[k] == TAG_CC || is_boundary_punct(a->tags[k]) ||
            lemma_is(a, k, "that"))
            return;
    int32_t obj = f->subject;
    f->subject = g->subject;
    f->kind = CL_MAIN;
    f->parent = -1;
    f->first = sf;
    g->object = obj;
    g->kind = CL_RELATIVE;
    g->parent = (int32_t)i + 1;
    g->first = gv->first;
    g->end = a->ph[obj].end;
    /* "..., grabbed a knife and began to stab people": the verbs joined
    ** after it had borrowed the same wrong subject */
    for (size_t j = i + 2; j < a->ncl; j++)
        if (a->cl[j].subject == obj && a->cl[j].first > a->ph[obj].first)
            a->cl[j].subject = g->subject;
    for (uint32_t k = sf; k < gv->first; k++)
        a->clause_of[k] = (int32_t)i + 1;
    for (uint32_t k = gv->first; k < g->end; k++)
        a->clause_of[k] = (int32_t)i;
}

/* "Radio quoted the minister as saying ...": the one quoted says it, not
** the one quoting, whose subject "saying" would inherit. The object of
** "quote" in the clause before, reaching "as" with no verb or boundary
** between ("quoted the minister of trade as saying"), or -1. */
static int32_t quoted_as_saying(const lang_analyzer *a, int32_t self, const phrase *vg)
{
    if (self <= 0 || a->tags[vg->first] != TAG_VBG || vg->first == 0 ||
        !lemma_is(a, vg->first - 1, "as") || !lemma_has(a, vg->head, LC_REPORTING))
        return -1;
    const clause *prev = &a->cl[self - 1];
    if (prev->verb < 0 || prev->object < 0 || !lemma_is(a, a->ph[prev->verb].head, "quote"))
        return -1;
    size_t k = a->ph[prev->object].end;
    if (k >= vg->first || vg->first - k > 8)
        return -1;
    for (; k + 1 < vg->first; k++)
        if (tag_is_verb(a->tags[k]) || is_boundary_punct(a->tags[k]))
            return -1;
    return prev->object;
}

/* "complained that Korea's plan to cut its deficit with Japan breaks the
** rules, officials said": the infinitive after the subject's noun took
** the "that" as its own first word, so the finite verb of that subject
** found no "that" before it and the closing "said" took it. The clause
** the "that" hangs from is what the finite clause reports: the parent of
** the infinitive clause that opens with "that" and shares c's subject,
** or -1 (sixteenth session). self is c's index to be. Reads a only. */
static int32_t that_before_infinitive(const lang_analyzer *a, int32_t self, const clause *c)
{
    if (c->subject < 0 || c->word != UINT32_MAX ||
        !tag_is_finite(a->tags[a->ph[c->verb].first]))
        return -1;
    size_t f = a->ph[c->subject].first;
    if (f == 0 || a->tags[f - 1] != TAG_IN || !lemma_is(a, f - 1, "that"))
        return -1;
    int32_t j = a->clause_of[f - 1];
    if (j < 0)
        return -1;
    const clause *inf = &a->cl[j];
    /* not when the "that" is a relative word's ("a country that stands
    ** to gain ... would threaten") */
    if (inf->first != f - 1 || inf->subject != c->subject || inf->parent < 0 ||
        a->cl[inf->parent].kind == CL_RELATIVE ||
        a->tags[a->ph[inf->verb].first] != TAG_TO || inf->end > a->ph[c->verb].first)
        return -1;
    /* only the subject's own verb: the first finite one after the
    ** infinitive, but for a relative clause inside it ("to cut the
    ** deficit, which has grown, breaks") */
    for (int32_t m = j + 1; m < self; m++)
        if (a->cl[m].kind != CL_RELATIVE && tag_is_finite(a->tags[a->ph[a->cl[m].verb].first]))
            return -1;
    return inf->parent;
}

/* Is clause nx's verb a member of a series after clause c's: right after
** c's verb and a comma, one word with the subject c has, in the same kind
** of clause, neither verb a gerund nor a reporting verb? */
static int comma_member(const lang_analyzer *a, const clause *c, const clause *nx)
{
    const phrase *v = &a->ph[c->verb], *w = &a->ph[nx->verb];
    if (c->subject < 0 || nx->subject != c->subject || nx->kind != c->kind ||
        c->kind == CL_REPORTING || w->first != v->end + 1 || a->tags[v->end] != TAG_COMMA ||
        w->first != w->head || a->tags[w->head] == TAG_VBG || a->tags[v->head] == TAG_VBG)
        return 0;
    return !lemma_has(a, v->head, LC_REPORTING) && !lemma_has(a, w->head, LC_REPORTING);
}

/* Indexes where a relative clause's host is sought: a->role_first[p], the
** lowest clause not a relative one with phrase p as its subject, object or
** agent, and a->host_of[k], the lowest such clause whose span holds token
** k; -1 for none. The host is the lower of the two for the antecedent: the
** first clause a read of them all from clause 0 would find (nineteenth
** session: that read, once per relative clause, was quadratic on a
** run-on). Returns -1 on no memory. */
static int host_index(lang_analyzer *a)
{
    if (base_grow((void **)&a->role_first, &a->role_cap, a->nph, sizeof *a->role_first) < 0)
        return -1;
    memset(a->role_first, 0xff, a->nph * sizeof *a->role_first);
    memset(a->host_of, 0xff, a->n * sizeof *a->host_of);
    for (size_t j = 0; j < a->ncl; j++) {
        const clause *h = &a->cl[j];
        if (h->kind == CL_RELATIVE)
            continue;
        int32_t role[3] = {h->subject, h->object, h->agent};
        for (size_t r = 0; r < 3; r++)
            if (role[r] >= 0 && a->role_first[role[r]] < 0)
                a->role_first[role[r]] = (int32_t)j;
        size_t end = h->end < a->n ? h->end : a->n;
        for (size_t k = h->first; k < end; k++)
            if (a->host_of[k] < 0)
                a->host_of[k] = (int32_t)j;
    }
    return 0;
}

/* Is clause ci's verb joined to the next clause's as verbs that share
** what follows the last: by "and" or "or" right after it ("attacked and
** occupied"), or as a member of a series, verbs joined by commas and the
** last by "and" or "or" ("attacked, seized and sank", "attacked, seized,
** and sank")? A comma joins only when the next verb shared in turn
** (next_shared: the series goes on to its conjunction), is one word of
** the same kind of clause and subject, and neither verb is a gerund or
** reports, so that "said, adding", "resigned, citing" and the "who
** declined to be named, told" of an aside are not read as series. */
static int series_joined(const lang_analyzer *a, size_t ci, int next_shared)
{
    const clause *c = &a->cl[ci], *nx = &a->cl[ci + 1];
    size_t e = a->ph[c->verb].end;
    if (nx->word != UINT32_MAX && a->tags[nx->word] == TAG_CC) {
        if (nx->word == e)
            return 1;
        /* the serial comma: "seized, and sank", c a member itself */
        return nx->word == e + 1 && a->tags[e] == TAG_COMMA && ci > 0 &&
               comma_member(a, &a->cl[ci - 1], c);
    }
    return next_shared && nx->word == UINT32_MAX && e < a->n && a->tags[e] == TAG_COMMA &&
           comma_member(a, c, nx);
}

int clause_build(lang_analyzer *a)
{
    size_t nph = a->nph;
    mark_quotes(a);
    for (size_t p = 0; p < nph; p++) {
        if (a->ph[p].kind != PH_VG)
            continue;
        phrase vg = a->ph[p];
        clause c = {0};
        c.parent = -1;
        c.xcomp = -1;
        c.verb = (int32_t)p;
        find_left(a, &vg, &c);
        /* the noun a reduced relative follows, perhaps after a comma and
        ** an adverb or two ("the raid, condemned by Gondor,", "Canada,
        ** strongly supported by Australia,") */
        size_t before = vg.first;
        while (before > 0 && vg.first - before < 2 && tag_is_adv(a->tags[before - 1]))
            before--;
        size_t noun_end = before > 1 && a->tags[before - 1] == TAG_COMMA ? before - 1 : vg.first;
        if (vg.voice == VOICE_PASSIVE && vg.first == vg.head && a->tags[vg.head] == TAG_VBN &&
            noun_end > 0 && a->np_of[noun_end - 1] >= 0) {
            /* a reduced relative: "a deal mediated by Qatar" says of the deal */
            int32_t np = phrase_top_np(a, a->np_of[noun_end - 1]);
            if (a->ph[np].end == noun_end) {
                c.subject = np;
                c.kind = CL_RELATIVE;
                c.first = noun_end < vg.first ? (uint32_t)before : vg.first;
            }
        }
        /* "the strike, called by unions and declared illegal by the
        ** government,": the second of two joined reduced relatives is on
        ** the first's noun (phrase.c gave it its passive) */
        if (c.subject < 0 && vg.voice == VOICE_PASSIVE && vg.first == vg.head &&
            a->tags[vg.head] == TAG_VBN && vg.first > 0 && a->tags[vg.first - 1] == TAG_CC &&
            a->ncl > 0 && a->cl[a->ncl - 1].kind == CL_RELATIVE &&
            a->cl[a->ncl - 1].word == UINT32_MAX &&
            a->ph[a->cl[a->ncl - 1].verb].first + 9 >= vg.first) {
            c.subject = a->cl[a->ncl - 1].subject;
            c.kind = CL_RELATIVE;
            c.word = UINT32_MAX;
            c.first = vg.first - 1;
        }
        int own_subject = c.subject >= 0 && c.word == UINT32_MAX;
        if (find_right(a, &vg, &c) < 0)
            return -1;
        c.quoted = a->inquote[vg.head];
        int32_t self = (int32_t)a->ncl;
        int infinitive = a->tags[vg.first] == TAG_TO;
        uint32_t for_word;
        int32_t contact = contact_antecedent(a, &vg, &c);
        if (contact >= 0) {
            c.kind = CL_RELATIVE;   /* "the sanctions it imposed on Chile" */
            c.object = contact;
        }
        if (c.kind == CL_RELATIVE && c.word == UINT32_MAX) {
            c.parent = self > 0 ? self - 1 : -1;   /* reduced: settled below */
        } else if (c.kind == CL_RELATIVE) {
            int32_t ante = antecedent(a, c.word);
            if (a->tags[c.word] == TAG_WPS)
                ;   /* "whose army chief": the subject is its own */
            else if (c.subject < 0)
                c.subject = ante;
            else if (c.object < 0)
                c.object = ante;   /* "the deal that Iran signed" */
            c.parent = self > 0 ? self - 1 : -1;   /* settled below */
        } else if (c.subject < 0 && infinitive && refusal_subject(a, vg.first) >= 0) {
            c.subject = refusal_subject(a, vg.first);
            if (self > 0 && a->cl[self - 1].end == vg.first &&
                a->cl[self - 1].kind != CL_REPORTING) {
                c.parent = self - 1;   /* "criticised Kenya's refusal to meet" */
                c.kind = CL_COMPLEMENT;
            }
        } else if (c.subject < 0 && infinitive && self > 0 &&
                   a->cl[self - 1].end == vg.first && a->cl[self - 1].kind != CL_REPORTING) {
            /* "urged Iran to release": the object does it; "arrived in
            ** Moscow to meet Putin": the subject does */
            clause *prev = &a->cl[self - 1];
            int32_t ctl = controller(a, prev, vg.first);
            int32_t owner = act_noun_owner(a, vg.first);
            c.parent = self - 1;
            if (owner >= 0) {
                c.subject = owner;   /* "welcomed Uganda's offer to resume" */
                c.kind = CL_COMPLEMENT;
            } else if (ctl >= 0) {
                c.subject = ctl;
                c.kind = CL_COMPLEMENT;
                c.ctrl = CTRL_OBJECT;
                prev->xcomp = self;
            } else {
                /* a purpose or other non-finite complement of the verb
                ** phrase before it, whose subject it shares */
                c.subject = prev->ctrl == CTRL_OBJECT ? prev->subject
                                                      : inherited_subject(a, self, 0);
                c.kind = CL_COMPLEMENT;
                c.ctrl = CTRL_SUBJECT;
            }
        } else if (c.subject < 0 && (for_word = for_gerund(a, self, &vg)) != UINT32_MAX) {
            c.kind = CL_SUBORDINATE;   /* no subject: see for_gerund */
            c.word = for_word;
        } else if (c.subject < 0 && reported_after_relative(a, self, &vg, &c)) {
            ;   /* "said Prince Abdullah, who ..., was supportive" */
        } else if (c.subject < 0) {
            /* "to meet", "and met", "using drones": the subject of the
            ** clause before; an inverted reporting clause: "said Mr. X" */
            if (c.object >= 0 && (c.end >= a->n || is_boundary_punct(a->tags[c.end])) &&
                vg.first > 0 && is_boundary_punct(a->tags[vg.first - 1]) &&
                lemma_has(a, vg.head, LC_REPORTING) && !bare_mass_noun(a, c.object)) {
                c.subject = c.object;
                c.object = -1;
                c.kind = CL_REPORTING;
            } else {
                int vt = a->tags[vg.first];
                c.subject = relative_subject(a, self, &vg);
                if (c.subject < 0)
                    c.subject = inherited_subject(a, self, tag_is_finite(vt));
                joined_clause(a, self, &c);
                reporter_continued(a, self, &vg, &c);
            }
        }
        /* "..., Ms. Glaser said." / "..., the Kremlin said in a statement." */
        /* the tags first: the word list settles few clauses */
        if (c.kind == CL_MAIN && c.object < 0 && c.first > 0 &&
            is_boundary_punct(a->tags[c.first - 1]) &&
            (c.end >= a->n || a->tags[c.end] == TAG_PERIOD || a->tags[c.end] == TAG_COMMA) &&
            lemma_has(a, vg.head, LC_REPORTING))
            c.kind = CL_REPORTING;
        /* "officials said the ministers would sign", "the president said:
        ** "We ..."": what is said */
        if (self > 0 && c.kind == CL_MAIN) {
            const clause *prev = &a->cl[self - 1];
            const phrase *pv = &a->ph[prev->verb];
            /* any verb followed at once by a subject and its finite verb
            ** takes that clause as its complement: "Ethiopia indicated it
            ** would act" */
            /* "told reporters Uganda had broken the pact": "tell" takes
            ** whom it tells and then what, with no "that" between */
            int told = prev->object >= 0 && prev->kind != CL_REPORTING && own_subject &&
                       c.first == prev->end && lemma_is(a, pv->head, "tell") &&
                       prev->xcomp < 0 && tag_is_finite(a->tags[vg.first]);
            if (told || (prev->object < 0 && prev->kind != CL_REPORTING &&
                ((c.first == pv->end && own_subject) ||
                 (lemma_has(a, pv->head, LC_REPORTING) &&
                  (c.first == prev->end ||
                   (c.first > prev->end && only_lead_in(a, prev->end, c.first))))))) {
                c.kind = c.quoted && !a->inquote[pv->head] ? CL_QUOTE : CL_COMPLEMENT;
                c.parent = self - 1;
            }
        }
        if (c.kind == CL_MAIN && own_subject && self > 1) {
            int32_t rep = aside_reporter(a, self, &vg, &c);
            if (rep >= 0) {
                c.kind = c.quoted && !a->inquote[a->ph[a->cl[rep].verb].head] ? CL_QUOTE
                                                                               : CL_COMPLEMENT;
                c.parent = rep;
            }
        }
        if (c.kind == CL_COMPLEMENT && c.parent < 0 && self > 0)
            c.parent = self - 1;
        noun_complement_subject(a, self, &vg, &c);
        int32_t held = that_before_infinitive(a, self, &c);
        if (held >= 0 && (c.kind == CL_MAIN || c.kind == CL_COMPLEMENT)) {
            c.kind = CL_COMPLEMENT;
            c.parent = held;
        }
        int32_t quoted = quoted_as_saying(a, self, &vg);
        if (quoted >= 0 && (c.subject < 0 || c.subject == a->cl[self - 1].subject))
            c.subject = quoted;
        if (add_clause(a, &c) < 0)
            return -1;
        /* the bounds and the array in locals: a store to clause_of may
        ** alias c's fields (int32_t and uint32_t), read again each token */
        size_t end = c.end < a->n ? c.end : a->n;
        int32_t *of = a->clause_of;
        for (size_t k = c.first; k < end; k++)
            if (of[k] < 0)
                of[k] = self;
    }
    for (size_t i = 0; i + 1 < a->ncl; i++)
        subject_gerund_relative(a, i);
    /* reporting clauses own what came before them; subordinate clauses hang
    ** under the main or reported clause next to them; a relative clause under the
    ** clause that holds its antecedent */
    /* each reporting clause reads only the clauses after the one before
    ** it: every earlier clause but a reporting one has its parent by then
    ** (nineteenth session: 2 MB of "..., Smith said," read them all for each) */
    size_t reported_from = 0;
    for (size_t i = 0; i < a->ncl; i++) {
        clause *c = &a->cl[i];
        if (c->kind == CL_REPORTING) {
            size_t from = reported_from;
            reported_from = i + 1;
            for (size_t j = from; j < i; j++)
                if (a->cl[j].parent < 0 && a->cl[j].kind != CL_REPORTING) {
                    a->cl[j].parent = (int32_t)i;
                    if (a->cl[j].kind == CL_MAIN)
                        a->cl[j].kind = a->cl[j].quoted ? CL_QUOTE : CL_COMPLEMENT;
                }
        } else if (c->kind == CL_SUBORDINATE && c->parent < 0) {
            /* the first such clause after it, else the last before it;
            ** sought outwards from i, so that a long sentence of many
            ** clauses is not read once per clause */
            for (size_t j = i + 1; j < a->ncl && c->parent < 0; j++)
                if (hangs_under(a, j, i))
                    c->parent = (int32_t)j;
            for (size_t j = i; j-- > 0 && c->parent < 0;)
                if (hangs_under(a, j, i))
                    c->parent = (int32_t)j;
        }
    }
    int indexed = 0;   /* host_index built, at the first relative clause */
    for (size_t i = 0; i < a->ncl; i++) {
        clause *c = &a->cl[i];
        if (c->kind != CL_RELATIVE)
            continue;
        /* a contact clause's is its object: "the tariffs Chile imposed" */
        int32_t ante = c->word != UINT32_MAX ? antecedent(a, c->word) : contact_object(a, c);
        if (ante < 0)
            continue;
        /* the lowest clause that has it as a role or holds its first
        ** token; kept unless that clause hangs under this one */
        if (!indexed) {
            if (host_index(a) < 0)
                return -1;
            indexed = 1;
        }
        int32_t j = a->role_first[ante], k = a->host_of[a->ph[ante].first];
        if (k >= 0 && (j < 0 || k < j))
            j = k;
        if (j >= 0 && !under(a, (size_t)j, i))
            c->parent = j;
    }
    /* "Turkey attacked and occupied parts of Syria": a verb with nothing
    ** after it shares the object of the verb joined to it by a conjunction;
    ** "attacked, seized, and sank a ship": so does each verb of a series.
    ** Read from the end, so that the object passes back along it. */
    int next_shared = 0;
    for (size_t i = a->ncl; i-- > 1;) {
        clause *c = &a->cl[i - 1];
        const clause *nx = &a->cl[i];
        int shared = c->object < 0 && c->pp_count == 0 && nx->object >= 0 &&
                     series_joined(a, i - 1, next_shared);
        if (shared)
            c->object = nx->object;
        next_shared = shared;
    }
    return 0;
}
