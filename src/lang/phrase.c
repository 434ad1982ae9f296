/*
** phrase.c — phrases from tags: base noun phrases (with possessors), verb
** groups (auxiliaries, modals, negation, voice, catenative verbs such as
** "moved to block"), prepositional phrases, then coordination ("Xi and
** Putin") and apposition ("Bonnie Glaser, a China expert at ..., said").
**
** A cascade of finite-state passes, left to right, in the manner of
** Abney's chunk parsing: each pass reads the tags and what earlier passes
** built, so every decision is local and cheap.
*/
#include "lang/analyze_int.h"

#include <ctype.h>

const char *const lang_reporting_verbs[] = {
    "say", "tell", "add", "state", "note", "report", "claim", "insist",
    "explain", "stress", "write", "argue", "suggest", "believe", "think",
    "announce", "confirm", "acknowledge", "predict", "estimate", NULL};

/* Words that open a subordinate clause when a clause follows them. */
const char *const lang_subordinators[] = {
    "although", "though", "because", "while", "whereas", "if", "unless",
    "since", "after", "before", "until", "as", "when", "once", "whether",
    "even", NULL};

/* Verbs that take "to" + verb and leave the event to that verb. */
static const char *const catenatives[] = {
    "move", "agree", "decide", "plan", "vow", "pledge", "promise", "threaten",
    "refuse", "fail", "decline", "try", "seek", "attempt", "want", "hope",
    "intend", "begin", "start", "continue", "prepare", "expect", "aim", "offer",
    "propose", "wish", "be", "go", "set", "need", "appear", "seem", "tend",
    "help", "manage", "choose", "vote", "resolve", "ask", "urge", "call", "schedule",
    "believe", "say", "report", "allege", "claim", "rush", "scramble", NULL};

static const char *const negating_catenatives[] = {
    "refuse", "fail", "decline", NULL};
static const char *const future_catenatives[] = {
    "plan", "intend", "expect", "prepare", "set", "go", "aim", "vow", "pledge",
    "promise", "agree", "decide", "resolve", "vote", "be", "want", "hope",
    "seek", "try", "attempt", "wish", "offer", "propose", "threaten", "move",
    "ask", "urge", "call", NULL};
static const char *const hypothetical_catenatives[] = {
    "believe", "say", "report", "allege", "claim", "appear", "seem", NULL};

static const char *const future_modals[] = {"will", "shall", "'ll", NULL};

static int is_verb_tag(int t) { return tag_is_verb(t) || t == TAG_MD; }

/* be, have, do and get can carry another verb */
static int is_aux(const lang_analyzer *a, size_t i)
{
    return lemma_is(a, i, "be") || lemma_is(a, i, "have") || lemma_is(a, i, "do") ||
           lemma_is(a, i, "get");
}

static int is_negation(const lang_analyzer *a, size_t i)
{
    return lemma_is(a, i, "not") || lemma_is(a, i, "never") || lemma_is(a, i, "n't") ||
           lemma_is(a, i, "no");
}

/* Can token i start or continue the pre-modifiers of a noun phrase? */
static int np_modifier(int t)
{
    return t == TAG_JJ || t == TAG_JJR || t == TAG_JJS || t == TAG_CD || t == TAG_VBN ||
           t == TAG_VBG;
}

static int np_determiner(int t)
{
    return t == TAG_DT || t == TAG_PRPS || t == TAG_PDT || t == TAG_WPS;
}

/* The days named from today: "Clark today", never "USA Today". */
static const char *const now_words[] = {"today", "yesterday", "tomorrow", "tonight", NULL};
/* The parts of a day that go on with its name: "on Tuesday night". */
static const char *const day_parts[] = {"morning", "afternoon", "evening", "night", "noon",
                                        "midnight", NULL};

/* A month's name and the prepositions of time before it: "In January
** Canada and France concluded ...". */
static const char *const month_names[] = {"January", "February", "March", "April", "May",
                                          "June", "July", "August", "September", "October",
                                          "November", "December", NULL};
static const char *const time_preps[] = {"in", "since", "during", "until", "through", "by",
                                         NULL};
static const char *const month_parts[] = {"early", "late", "mid", NULL};

/* Is token k of a's sentence a year: four digits, 19xx or 20xx? Reads a. */
static int is_year(const lang_analyzer *a, size_t k)
{
    const char *t = a->text + a->toks[k].start;
    return a->tags[k] == TAG_CD && a->toks[k].len == 4 && (t[0] == '1' || t[0] == '2') &&
           (t[1] == '9' || t[1] == '0') && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' &&
           t[3] <= '9';
}

/* "In January Canada and France concluded an accord", "In 1986 Australia
** sold", "In early March President Reagan announced": after a preposition
** of time, a month (with its year) or a year is when, and a name right
** after it begins the subject, with no comma between. Returns the token
** where the time phrase that starts at i ends, or 0 when it is none;
** reads a, changes nothing. */
static size_t time_phrase_end(const lang_analyzer *a, size_t i)
{
    size_t n = a->n, k = i;
    if (i == 0 || a->tags[i - 1] != TAG_IN || !lemma_in(a, i - 1, time_preps))
        return 0;
    if (lemma_in(a, k, month_parts) && k + 1 < n)
        k++;
    if (lemma_in(a, k, month_names)) {
        k++;
        if (k < n && is_year(a, k))
            k++;
    } else if (k == i && is_year(a, k)) {
        k++;
    } else {
        return 0;
    }
    return k < n && tag_is_proper(a->tags[k]) ? k : 0;
}

/* "told reporters Iceland's quotas were unfair", "in recent years
** Japan's exports rose": a name with a possessive 's right after a plural
** common noun determines a noun phrase of its own; no English noun phrase
** runs on past a plural noun into a possessor, but for "7.2 times
** Standard's cash flow", a multiple (sixteenth session). True
** when the names from j end in 's and the word before j is such a noun. */
static int possessor_after_plural(const lang_analyzer *a, size_t j)
{
    const uint8_t *tg = a->tags;
    if (j == 0 || tg[j - 1] != TAG_NNS || !tag_is_proper(tg[j]) ||
        !islower((unsigned char)a->text[a->toks[j - 1].start]) || lemma_is(a, j - 1, "time"))
        return 0;
    if (j >= 2 && tag_is_proper(tg[j - 2]))
        return 0;   /* a name's small word: "De los Angeles' complaint" */
    size_t k = j;
    while (k < a->n && tag_is_proper(tg[k]))
        k++;
    return k < a->n && tg[k] == TAG_POS;
}

/* A body's gatherings, after its bracketed abbreviation. Only these:
** "(LDP) sources", "(PCA) chairman" took a person's or a party's words
** into other phrases, and pronouns found other antecedents. */
static const char *const gathering_nouns[] = {
    "meeting", "talk", "talks", "council", "conference", "session", "summit", "negotiation",
    "ministerial", NULL};

/* Tokens j..j+2 are "(", an abbreviation in capitals ("IMF", "OPEC"),
** ")". */
static int bracketed_caps(const lang_analyzer *a, size_t j)
{
    const uint8_t *tg = a->tags;
    if (j + 2 >= a->n || tg[j] != TAG_LRB || !tag_is_proper(tg[j + 1]) || tg[j + 2] != TAG_RRB)
        return 0;
    const dyad_token *ab = &a->toks[j + 1];
    const char *w = a->text + ab->start;
    if (ab->len < 2 || ab->len > 8 || !isupper((unsigned char)w[0]) || !isupper((unsigned char)w[1]))
        return 0;
    for (size_t k = 0; k < ab->len; k++)
        if (!isalpha((unsigned char)w[k]))
            return 0;
    return 1;
}

/* Can a word of tag t begin a base noun phrase: does it head, count,
** determine or modify a noun? */
static inline int begins_np(int t)
{
    return tag_is_noun(t) || np_modifier(t) || np_determiner(t) || t == TAG_PRP ||
           t == TAG_EX || t == TAG_DOLLAR;
}

static size_t base_np_at(const lang_analyzer *a, size_t i, size_t *head);
/* A bracketed abbreviation (bracketed_caps) at j, and a gathering's noun
** after it: "the International Monetary Fund (IMF) meeting". */
static int bracketed_abbrev(const lang_analyzer *a, size_t j)
{
    return j + 3 < a->n && bracketed_caps(a, j) &&
           (a->tags[j + 3] == TAG_NN || a->tags[j + 3] == TAG_NNS) &&
           lemma_in(a, j + 3, gathering_nouns);
}

/* Tries a base noun phrase at i; returns its end (exclusive) or i. Sets
** *head to the head token. A possessive 's ends the phrase (after it).
** Inline, the test of the first word: most tokens asked begin none, and
** are told without the walk's call and set-up. */
static inline size_t base_np(const lang_analyzer *a, size_t i, size_t *head)
{
    /* i may be the end: a possessor at the very end, "... Britain's" */
    if (i >= a->n || !begins_np(a->tags[i]))
        return i;
    return base_np_at(a, i, head);
}

/* base_np at a token that may begin one (begins_np). */
static size_t base_np_at(const lang_analyzer *a, size_t i, size_t *head)
{
    const uint8_t *tg = a->tags;
    size_t n = a->n, j = i;
    if (tg[i] == TAG_PRP || tg[i] == TAG_EX) {
        *head = i;
        return i + 1;
    }
    if (j < n && tg[j] == TAG_PDT)
        j++;
    if (j < n && np_determiner(tg[j]))
        j++;
    size_t last_noun = SIZE_MAX;
    int seen_noun = 0;
    size_t when_end = i > 0 && tg[i - 1] == TAG_IN ? time_phrase_end(a, i) : 0;
    while (j < n) {
        int t = tg[j];
        if (when_end && j == when_end)
            break;
        /* "Garcia's offer Saturday to proceed", "talks today": a day
        ** after a common noun is when, not part of the thing ("the
        ** Saturday meeting" is) */
        if (seen_noun && (tg[j - 1] == TAG_NN || tg[j - 1] == TAG_NNS) &&
            lemma_has(a, j, LC_DAY))
            break;
        /* "On Tuesday Kenyan troops shelled ...": a day right after "on"
        ** is when, and the words after it begin the subject ("on Tuesday
        ** night" goes on) */
        if (j == i + 1 && i > 0 && lemma_is(a, i - 1, "on") && lemma_has(a, i, LC_DAY) &&
            !lemma_in(a, j, day_parts))
            break;
        /* "a U.S. flagged Kuwaiti tanker", "a U.S.- flagged ship", "a
        ** Liberian flagged freighter": a flag's participle after a name or
        ** an adjective goes on with the noun phrase */
        if (j > i && (tag_is_proper(tg[j - 1]) || tag_is_adj(tg[j - 1]))) {
            size_t f = j;
            if (tg[f] == TAG_COLON && a->toks[f].len == 1 && a->text[a->toks[f].start] == '-')
                f++;
            if (f + 1 < n && (tg[f] == TAG_VBN || tg[f] == TAG_VBD) &&
                (lemma_is(a, f, "flag") || lemma_is(a, f, "register")) &&
                (tag_is_adj(tg[f + 1]) || tag_is_noun(tg[f + 1]))) {
                j = f + 1;
                seen_noun = 0;   /* the owner's adjectives may follow: "Greek" */
                continue;
            }
        }
        /* "has given Japan six weeks to open its market", "Iran two days
        ** ago": after a name, a number of days, weeks or months begins a
        ** phrase of its own (thirteenth session) */
        if (seen_noun && tag_is_proper(tg[j - 1]) && t == TAG_CD && j + 1 < n &&
            ((lemma_has(a, j + 1, LC_TIME) && !lemma_has(a, j + 1, LC_DAY)) ||
             lemma_is(a, j + 1, "hour")))
            break;
        /* "Clark today held talks": after a name, "today" is when; the name
        ** stands alone, so that a surname finds its person */
        if (seen_noun && tag_is_proper(tg[j - 1]) && !tag_is_proper(t) &&
            lemma_in(a, j, now_words))
            break;
        /* "the tariffs Argentina imposed on": a name right after a plural
        ** common noun, with a finite verb right after the name, is the
        ** subject of a contact relative clause (clause.c), not part of
        ** the thing; after a noun of content ("denied reports Finland
        ** lifted") it is not, and the phrase stays as it was */
        if (seen_noun && tg[j - 1] == TAG_NNS && tag_is_proper(t) &&
            islower((unsigned char)a->text[a->toks[j - 1].start]) &&
            !lemma_in(a, j - 1, lang_content_nouns)) {
            size_t k = j;
            while (k < n && tag_is_proper(tg[k]))
                k++;
            if (k < n && (tg[k] == TAG_VBD || tg[k] == TAG_VBZ || tg[k] == TAG_VBP))
                break;
        }
        if (seen_noun && possessor_after_plural(a, j))
            break;
        /* "the International Monetary Fund (IMF) meeting": a name's
        ** bracketed abbreviation before a common noun stays inside the
        ** phrase, whose head is the noun */
        if (seen_noun && t == TAG_LRB && tag_is_proper(tg[j - 1]) && bracketed_abbrev(a, j)) {
            j += 3;
            continue;
        }
        if (tag_is_noun(t) || t == TAG_CD || (t == TAG_DOLLAR && !seen_noun)) {
            seen_noun = seen_noun || tag_is_noun(t);
            last_noun = j;
            j++;
            continue;
        }
        if (!seen_noun && np_modifier(t)) {
            j++;
            continue;
        }
        /* an organisation's ministers: "EC foreign ministers", "NATO
        ** defence ministers" (only these words: "told Iran last week") */
        if (seen_noun && t == TAG_JJ && tag_is_proper(tg[j - 1]) && j + 1 < n &&
            (tg[j + 1] == TAG_NN || tg[j + 1] == TAG_NNS) &&
            (lemma_is(a, j, "foreign") || lemma_is(a, j, "defence") ||
             lemma_is(a, j, "defense"))) {
            j++;
            continue;
        }
        /* coordinated adjectives: "awful and evil minister", "complete, full
        ** diplomatic ties" */
        if (!seen_noun && (t == TAG_CC || t == TAG_COMMA) && j > i && tag_is_adj(tg[j - 1]) &&
            j + 1 < n && tag_is_adj(tg[j + 1]) && (t == TAG_COMMA || lemma_is(a, j, "and") ||
                                                   lemma_is(a, j, "or"))) {
            j++;
            continue;
        }
        /* an adverb that modifies the adjective after it: "very large" */
        if (!seen_noun && tag_is_adv(t) && j + 1 < n && tag_is_adj(tg[j + 1]) && j > i) {
            j++;
            continue;
        }
        break;
    }
    if (last_noun == SIZE_MAX) {
        /* "the two", "the wounded": a determiner with an adjective or number */
        if (j > i && np_determiner(tg[i]) && j - i >= 2 &&
            (tag_is_adj(tg[j - 1]) || tg[j - 1] == TAG_CD)) {
            *head = j - 1;
            return j;
        }
        if (j > i && (tg[i] == TAG_DT) && j == i + 1 &&
            (lemma_is(a, i, "this") || lemma_is(a, i, "that") || lemma_is(a, i, "both") ||
             lemma_is(a, i, "all"))) {
            *head = i;
            return i + 1;
        }
        return i;
    }
    j = last_noun + 1;
    if (j < n && tg[j] == TAG_POS)
        j++;
    /* "the Kurdistan Workers' Party": a plural name's bare apostrophe
    ** before a capitalized noun is inside the name, not a possessor */
    if (j < n && tg[j - 1] == TAG_POS && tg[last_noun] == TAG_NNPS && tag_is_proper(tg[j]) &&
        a->toks[j - 1].len <= 3 && !lemma_is(a, j - 1, "be") &&
        a->text[a->toks[j - 1].start + a->toks[j - 1].len - 1] != 's') {
        size_t h2, e2 = base_np(a, j, &h2);
        if (e2 > j) {
            *head = h2;
            return e2;
        }
    }
    *head = last_noun;
    return j;
}

static int32_t add(lang_analyzer *a, int kind, size_t first, size_t end, size_t head)
{
    phrase p = {.kind = (uint8_t)kind, .first = (uint32_t)first, .end = (uint32_t)end,
                .head = (uint32_t)head, .up = -1, .np = -1};
    return lang_add_phrase(a, &p);
}

/* Has a verb group with a finite verb been found before token i? Then a
** participle after a noun cannot be the sentence's own verb. */
static int finite_verb_before(const lang_analyzer *a, size_t i)
{
    for (size_t p = 0; p < a->nph; p++) {
        const phrase *ph = &a->ph[p];
        if (ph->kind != PH_VG || ph->first >= i)
            continue;
        for (uint32_t k = ph->first; k <= ph->head; k++) {
            int t = a->tags[k];
            if (tag_is_finite(t))
                return 1;
        }
    }
    return 0;
}

/* Is the noun phrase that ends at token k the object of a preposition
** ("in remarks published on Monday")? */
static int after_preposition(const lang_analyzer *a, size_t k)
{
    size_t f = a->ph[a->np_of[k]].first;
    return f > 0 && (a->tags[f - 1] == TAG_IN || a->tags[f - 1] == TAG_TO) &&
           !lemma_is(a, f - 1, "of");   /* "thousands of protesters marched" */
}

/* Does an infinitive start at token i: "to" and a bare verb, or a split
** one with up to two adverbs between ("to formally sign", "to further
** strengthen")? */
static inline int infinitive_at(const lang_analyzer *a, size_t i)
{
    if (a->tags[i] != TAG_TO)
        return 0;
    size_t k = i + 1;
    while (k < a->n && k <= i + 2 && tag_is_adv(a->tags[k]) && !is_negation(a, k))
        k++;
    return k < a->n && a->tags[k] == TAG_VB;
}

/* Does token k open with a capital ("French", "Italian" tagged as
** adjectives)? */
static int capitalised(const lang_analyzer *a, size_t k)
{
    char c = a->text[a->toks[k].start];
    return c >= 'A' && c <= 'Z';
}

/* Is the word at k "opposed to" after a verb of staying at v ("remains
** firmly opposed to the plan")? Such a stance kept continues the group as
** "is opposed to" does (read as active below). */
static int kept_opposed(const lang_analyzer *a, size_t v, size_t k)
{
    return k + 1 < a->n && a->tags[k] == TAG_VBN && lemma_is(a, k, "oppose") &&
           a->tags[k + 1] == TAG_TO && (lemma_is(a, v, "remain") || lemma_is(a, v, "stay"));
}

/* A bare participle with its "by" agent joined by a conjunction to a
** reduced passive relative is one too, on the same noun: "the strike,
** called by unions and declared illegal by the government,". The
** participle before is looked for among the few words before the
** conjunction (no comma or finite verb between), which keeps it cheap. */
static void joined_passive(const lang_analyzer *a, size_t i, phrase *vg)
{
    size_t n = a->n;
    if (vg->voice == VOICE_PASSIVE || vg->head != i || vg->np >= 0 || i + 2 >= n)
        return;
    size_t by = a->tags[i + 1] == TAG_RP || a->tags[i + 1] == TAG_JJ ? i + 2 : i + 1;
    if (by + 1 >= n || !lemma_is(a, by, "by") || a->tags[by + 1] == TAG_VBG)
        return;
    for (size_t k = i - 1; k-- > 0 && i - k <= 8;) {
        int t = a->tags[k];
        if (t == TAG_COMMA || t == TAG_PERIOD || t == TAG_CC || tag_is_finite(t))
            return;
        if (a->vg_of[k] < 0)
            continue;
        const phrase *pv = &a->ph[a->vg_of[k]];
        if (pv->voice == VOICE_PASSIVE && pv->first == pv->head && pv->first == k &&
            a->tags[k] == TAG_VBN && lemma_is(a, k + 1, "by") && k > 0 &&
            (a->tags[k - 1] == TAG_COMMA || a->np_of[k - 1] >= 0))
            vg->voice = VOICE_PASSIVE;
        return;
    }
}

/* The last token of the verb group a bare verb at i (its group ending at
** end) is joined to: by "and" or "or" right before it ("challenge or
** displace"), or as a member of a series, verbs joined by commas and the
** last by "and" or "or", the serial comma or not ("attack, seize or
** sink", "attack, seize, or sink"); SIZE_MAX when none. A comma alone
** joins only when the series goes on to its conjunction within a few
** members, so that "will go, Kenya said" or a bare verb after an aside
** is not taken in; the bound keeps a long run of commas cheap. */
static size_t series_verb_before(const lang_analyzer *a, size_t i, size_t end)
{
    size_t n = a->n;
    if (i < 2)
        return SIZE_MAX;
    if (a->tags[i - 1] == TAG_CC) {
        if (a->vg_of[i - 2] >= 0)
            return i - 2;
        /* "seize, or sink": the comma before the conjunction, after a
        ** bare verb that is itself a member (joined by a comma) */
        if (i >= 4 && a->tags[i - 2] == TAG_COMMA && a->vg_of[i - 3] >= 0 &&
            a->tags[i - 3] == TAG_VB && a->tags[i - 4] == TAG_COMMA)
            return i - 3;
        return SIZE_MAX;
    }
    if (a->tags[i - 1] != TAG_COMMA || a->vg_of[i - 2] < 0)
        return SIZE_MAX;
    size_t k = end;
    for (int members = 0; members < 6 && k + 1 < n && a->tags[k] == TAG_COMMA &&
                          a->tags[k + 1] == TAG_VB; members++)
        k += 2;
    if (k < n && a->tags[k] == TAG_COMMA)
        k++;
    return k + 1 < n && a->tags[k] == TAG_CC && a->tags[k + 1] == TAG_VB ? i - 2 : SIZE_MAX;
}

/* Does the noun phrase that ends at token k open the sentence as its
** subject: no preposition before it and no finite verb before it, within
** the sentence's first 40 tokens (a bound that keeps the test cheap on
** long runs of asides; a subject that late is rare)? */
static int opens_as_subject(const lang_analyzer *a, size_t k)
{
    size_t f = a->ph[a->np_of[k]].first;
    if (f > 40 || after_preposition(a, k))
        return 0;
    for (size_t j = 0; j < f; j++)
        if (tag_is_finite(a->tags[j]))
            return 0;
    return 1;
}

/* Builds the verb group starting at i; returns its end or i. */
static size_t verb_group(lang_analyzer *a, size_t i, phrase *vg)
{
    const uint8_t *tg = a->tags;
    size_t n = a->n, j = i, mainv = SIZE_MAX;
    int mod = MOD_ASSERTED, neg = 0, passive = 0;
    int32_t caten = -1;
    while (j < n) {
        int t = tg[j];
        if (t == TAG_MD) {
            if (mainv != SIZE_MAX)
                break;
            if (lemma_in(a, j, future_modals) || lemma_is(a, j, "wo"))
                mod = mod > MOD_FUTURE ? mod : MOD_FUTURE;
            else
                mod = mod > MOD_CONDITIONAL ? mod : MOD_CONDITIONAL;
            j++;
            continue;
        }
        if (tag_is_adv(t) || is_negation(a, j)) {
            /* adverbs belong to the group only between its verbs:
            ** "did not attack", "has also moved" */
            size_t k = j;
            while (k < n && (tag_is_adv(tg[k]) || is_negation(a, k)))
                k++;
            /* a group may open with "never" or "not" ("never supplied") */
            if ((j == i && !(is_negation(a, j) && k == j + 1)) || k >= n || !is_verb_tag(tg[k]))
                break;
            if (mainv != SIZE_MAX && !is_aux(a, mainv) && !kept_opposed(a, mainv, k))
                break;
            for (size_t m = j; m < k; m++)
                if (is_negation(a, m))
                    neg = 1;
            j = k;
            continue;
        }
        if (tag_is_verb(t)) {
            if (mainv != SIZE_MAX) {
                /* a verb after a verb continues the group only after an
                ** auxiliary */
                if (kept_opposed(a, mainv, j))
                    passive = 1;
                else if (!is_aux(a, mainv))
                    break;
                else if (lemma_is(a, mainv, "be") || lemma_is(a, mainv, "get")) {
                    if (t == TAG_VBN)
                        passive = 1;
                    else if (t == TAG_VBG)
                        passive = 0;
                    else
                        break;
                } else if (lemma_is(a, mainv, "have")) {
                    if (t != TAG_VBN && t != TAG_VBD)
                        break;
                    passive = 0;
                } else if (t != TAG_VB && t != TAG_VBP) {   /* do */
                    break;
                }
            }
            mainv = j++;
            /* a catenative: "moved to block", "is about to restore",
            ** "are expected to sign", "is believed to have supplied" */
            size_t k = j;
            if (k + 1 < n && lemma_is(a, mainv, "be") &&
                (lemma_is(a, k, "about") || lemma_is(a, k, "likely") ||
                 lemma_is(a, k, "set") || lemma_is(a, k, "ready") || lemma_is(a, k, "due")) &&
                tg[k + 1] == TAG_TO)
                k++;
            if (k + 1 < n && tg[k] == TAG_TO && (tg[k + 1] == TAG_VB || tag_is_adv(tg[k + 1])) &&
                lemma_in(a, mainv, catenatives)) {
                size_t v = k + 1;
                while (v < n && tag_is_adv(tg[v]))
                    v++;
                if (v < n && tg[v] == TAG_VB) {
                    int cm = MOD_ASSERTED;
                    if (lemma_in(a, mainv, negating_catenatives))
                        neg = 1;
                    else if (passive && lemma_in(a, mainv, hypothetical_catenatives))
                        cm = MOD_HYPOTHETICAL;
                    else if (lemma_is(a, mainv, "be") && k > j)
                        cm = lemma_is(a, j, "likely") ? MOD_CONDITIONAL : MOD_FUTURE;
                    else if (lemma_in(a, mainv, future_catenatives) ||
                             (passive && (lemma_is(a, mainv, "expect") ||
                                          lemma_is(a, mainv, "schedule"))))
                        cm = MOD_FUTURE;
                    else if (lemma_in(a, mainv, hypothetical_catenatives))
                        cm = MOD_HYPOTHETICAL;
                    mod = mod > cm ? mod : cm;
                    caten = (int32_t)mainv;
                    passive = 0;
                    mainv = SIZE_MAX;
                    j = v;
                    continue;
                }
            }
            continue;
        }
        if (mainv == SIZE_MAX && j == i && infinitive_at(a, j)) {
            j++;   /* an infinitive: "to meet", "to formally sign" */
            continue;
        }
        break;
    }
    if (mainv == SIZE_MAX)
        return i;
    /* "is opposed to the plan", "remain opposed to": the adjective of a
    ** stance its subject takes, no passive (a by-phrase after it is the
    ** plan's author, not the opposer) */
    if (passive && tg[mainv] == TAG_VBN && lemma_is(a, mainv, "oppose") &&
        lemma_is(a, mainv + 1, "to"))
        passive = 0;
    if (neg)
        mod = MOD_NEGATED;
    /* "tending towards backing X": an inclination, not the act */
    else if (mainv == i && tg[i] == TAG_VBG && i > 0 &&
             (lemma_is(a, i - 1, "toward") || lemma_is(a, i - 1, "towards")))
        mod = MOD_HYPOTHETICAL;
    /* a bare participle right after a noun is a reduced relative clause in
    ** the passive: "a deal mediated by Qatar", "hostages held in Gaza";
    ** "by" and a gerund say how, not who: "members protested by walking
    ** out" did it themselves */
    int by_agent = lemma_is(a, i + 1, "by") && !(i + 2 < n && tg[i + 2] == TAG_VBG);
    /* ... or after a particle or a predicate adjective: "an attack
    ** carried out by rebels", "the strike, declared illegal by the
    ** government," */
    size_t by_at = by_agent ? i + 1 : i + 2;
    if (!by_agent && i + 3 < n && (tg[i + 1] == TAG_RP || tg[i + 1] == TAG_JJ) &&
        lemma_is(a, i + 2, "by") && tg[i + 3] != TAG_VBG)
        by_agent = 1;
    if (mainv == i && a->tags[i] == TAG_VBN && i > 0 && a->np_of[i - 1] >= 0 && caten < 0 &&
        (by_agent || finite_verb_before(a, i) || after_preposition(a, i - 1)))
        passive = 1;
    /* ... and after the noun and a comma (an adverb or two may follow
    ** it), with an agent that a name, a nationality or a possessive
    ** opens: "the raid, condemned by Arnor and Gondor,", "Canada,
    ** strongly supported by Australia,", "X, backed by his French
    ** colleagues," ("escorted by a number of warships" may be anyone's) */
    size_t comma = i;
    while (comma > 0 && i - comma < 2 && tag_is_adv(tg[comma - 1]) && !is_negation(a, comma - 1))
        comma--;   /* "Canada, strongly supported by Australia," */
    if (mainv == i && a->tags[i] == TAG_VBN && comma > 1 && tg[comma - 1] == TAG_COMMA &&
        a->np_of[comma - 2] >= 0 && caten < 0 && by_agent) {
        size_t named = by_at + 1;
        int owned = named < n && tg[named] == TAG_PRPS;
        while (named < n && (tg[named] == TAG_DT || tg[named] == TAG_PDT || tg[named] == TAG_PRPS ||
                             (tag_is_adj(tg[named]) && !capitalised(a, named))))
            named++;
        passive |= named < n && (tag_is_proper(tg[named]) || capitalised(a, named) ||
                                 (owned && tag_is_noun(tg[named])));
        /* any agent when the noun opens the sentence as its subject: the
        ** aside can then be on nothing else ("The strike, called by
        ** unions, paralysed the capital") */
        passive |= named < n && tag_is_noun(tg[named]) && opens_as_subject(a, comma - 2);
    }
    vg->kind = PH_VG;
    vg->first = (uint32_t)i;
    vg->end = (uint32_t)(mainv + 1);
    vg->head = (uint32_t)mainv;
    vg->voice = passive ? VOICE_PASSIVE : VOICE_ACTIVE;
    vg->mod = (uint8_t)mod;
    vg->np = caten;
    vg->up = -1;
    vg->flags = 0;
    return mainv + 1;
}

/* Verbs whose -ing complement is the event: "began shelling the city". */
static const char *const aspectual[] = {
    "start", "begin", "stop", "continue", "keep", "resume", "finish", "quit", "avoid",
    "deny", "consider", "halt", "cease", "end", "risk", "admit", NULL};

/* "took X hostage", "held X captive": the noun after the object. */
static const char *const holding_verbs[] = {"take", "hold", "keep", NULL};
const char *const lang_predicate_nouns[] = {"hostage", "captive", "prisoner", NULL};

/* Verbs that take two objects, the receiver first: "gave Kenya a loan",
** "sold Taiwan fighter jets". */
const char *const lang_ditransitive_verbs[] = {
    "give", "send", "grant", "lend", "loan", "sell", "offer", "promise", "pledge", "award",
    "hand", "ship", "pay", "owe", "deny", "refuse", "bring", "guarantee", "extend", "issue",
    "afford", "show", "tell", "teach", NULL};

/* "gave Ukraine tanks", "sold Taiwan fighter jets": right after a verb
** that takes two objects, a name followed by a common noun phrase is two
** noun phrases, the receiver and the thing. Returns where the second one
** starts within the noun phrase [i, end) whose head is head, or 0 to keep
** it whole: not when "to" names the receiver after it ("sent U.S. troops
** to Iraq"), nor in the passive. */
static size_t double_object_split(const lang_analyzer *a, size_t i, size_t end, size_t head)
{
    if (i == 0 || a->vg_of[i - 1] < 0 || !tag_is_proper(a->tags[i]) ||
        (a->tags[head] != TAG_NN && a->tags[head] != TAG_NNS) ||
        a->tags[end - 1] == TAG_POS || (end < a->n && a->tags[end] == TAG_TO))
        return 0;
    const phrase *vg = &a->ph[a->vg_of[i - 1]];
    if (vg->voice == VOICE_PASSIVE || !lemma_in(a, vg->head, lang_ditransitive_verbs))
        return 0;
    size_t k = i;
    while (tag_is_proper(a->tags[k]))   /* stops at the head at last: a common noun */
        k++;
    return k;
}

/* "speculated that G-7 countries may act", "said that trade deals were
** signed": "that" before a noun phrase with a plural head is no
** determiner (that would be "those") but the word that opens a clause.
** True when the "that" at i is such; the caller retags it (sixteenth
** session). */
static int that_before_plural(const lang_analyzer *a, size_t i)
{
    if (a->tags[i] != TAG_DT || !lemma_is(a, i, "that") || i + 1 >= a->n)
        return 0;
    if (i > 0 && (a->tags[i - 1] == TAG_IN || a->tags[i - 1] == TAG_TO))
        return 0;   /* after a preposition it determines: "in that case quotas" */
    size_t head, end = base_np(a, i + 1, &head);
    return end > i + 1 && a->tags[end - 1] != TAG_POS &&
           (a->tags[head] == TAG_NNS || a->tags[head] == TAG_NNPS);
}

/* Pass 1: noun phrases and verb groups, left to right. */
static int chunk_np_vg(lang_analyzer *a)
{
    size_t i = 0, n = a->n;
    while (i < n) {
        int t = a->tags[i];
        /* "according to X" is a preposition, not a verb */
        if (t == TAG_VBG && i + 1 < n && a->tags[i + 1] == TAG_TO && lemma_is(a, i, "accord")) {
            i++;
            continue;
        }
        /* a participle right after a verb group and before a noun is the
        ** object's adjective: "will abandon improved economic relations" */
        int premod = (t == TAG_VBN || t == TAG_VBG) && i > 0 && a->vg_of[i - 1] >= 0 &&
                     i + 1 < n && (tag_is_adj(a->tags[i + 1]) || tag_is_noun(a->tags[i + 1])) &&
                     !(t == TAG_VBG && lemma_in(a, a->ph[a->vg_of[i - 1]].head, aspectual));
        if (!premod &&
            (is_verb_tag(t) || infinitive_at(a, i) ||
             (tag_is_adv(t) && i + 1 < n && is_verb_tag(a->tags[i + 1]) && is_negation(a, i) &&
              !lemma_is(a, i, "no")))) {
            phrase vg;
            size_t end = verb_group(a, i, &vg);
            if (end > i) {
                /* "does not seek to challenge or displace": a bare verb joined
                ** to the verb group before it shares its modality; so does
                ** each bare verb of a series ("did not attack, seize or sink") */
                size_t joined = a->tags[i] == TAG_VB ? series_verb_before(a, i, end) : SIZE_MAX;
                if (joined != SIZE_MAX && vg.mod == MOD_ASSERTED)
                    vg.mod = a->ph[a->vg_of[joined]].mod;
                if (a->tags[i] == TAG_VBN && i >= 2 && a->tags[i - 1] == TAG_CC)
                    joined_passive(a, i, &vg);
                int32_t id = lang_add_phrase(a, &vg);
                if (id < 0)
                    return -1;
                for (size_t k = i; k < end; k++)
                    a->vg_of[k] = id;
                i = end;
                continue;
            }
        }
        if (that_before_plural(a, i)) {
            a->tags[i] = TAG_IN;
            i++;
            continue;
        }
        size_t head, end = base_np(a, i, &head);
        /* "took Israeli civilians hostage", "held them captive": the last
        ** noun says what the object became, it is not part of it */
        if (end > i + 1 && head == end - 1 && tag_is_noun(a->tags[head - 1]) &&
            a->tags[head - 1] != TAG_NN && lemma_in(a, head, lang_predicate_nouns) && i > 0 &&
            a->vg_of[i - 1] >= 0 && lemma_in(a, a->ph[a->vg_of[i - 1]].head, holding_verbs)) {
            end = head;
            head--;
        }
        size_t split = end > i + 1 ? double_object_split(a, i, end, head) : 0;
        if (split) {
            end = split;   /* the thing given is chunked next */
            head = split - 1;
        }
        if (end > i) {
            int32_t id = add(a, PH_NP, i, end, head);
            if (id < 0)
                return -1;
            phrase *p = &a->ph[id];
            if (a->tags[head] == TAG_PRP)
                p->flags |= PHF_PRONOUN;
            if (tag_is_proper(a->tags[head]))
                p->flags |= PHF_PROPER;
            for (size_t k = i; k < end; k++)
                a->np_of[k] = id;
            if (a->tags[end - 1] == TAG_POS) {
                /* a possessor: the NP that follows owns it */
                p->flags |= PHF_POSS;
                size_t h2, e2 = base_np(a, end, &h2);
                if (e2 > end && a->tags[e2 - 1] != TAG_POS) {
                    int32_t own = add(a, PH_NP, i, e2, h2);
                    if (own < 0)
                        return -1;
                    a->ph[id].up = own;
                    a->ph[own].flags |= PHF_OWNED;
                    if (tag_is_proper(a->tags[h2]))
                        a->ph[own].flags |= PHF_PROPER;
                    for (size_t k = end; k < e2; k++)
                        a->np_of[k] = own;
                    end = e2;
                }
            }
            i = end;
            continue;
        }
        i++;
    }
    return 0;
}

int32_t phrase_top_np(const lang_analyzer *a, int32_t np)
{
    while (np >= 0 && a->ph[np].up >= 0 && a->ph[a->ph[np].up].kind == PH_NP)
        np = a->ph[np].up;
    return np;
}

/* Nouns and determiners that count the NP after "of": "thousands of
** protesters", "some of the delegates", "two of the hostages". */
static const char *const quantity_words[] = {
    "thousand", "hundred", "dozen", "million", "billion", "ten", "score", "some", "many",
    "most", "all", "none", "several", "few", "each", "both", "one", "any", "majority",
    "number", "handful", "lot", "rest", "half", "part", "tens", "scores", NULL};

static int is_quantity(const lang_analyzer *a, size_t k)
{
    return a->tags[k] == TAG_CD || lemma_in(a, k, quantity_words);
}

/* Pass 1b: "quantity of NP" becomes one NP whose head is the inner NP's.
** The quantity and the inner NP hang under it (up); "of" makes no PP. */
static int chunk_quant(lang_analyzer *a)
{
    size_t n = a->n;
    for (size_t i = 1; i + 1 < n; i++) {
        if (a->tags[i] != TAG_IN || !lemma_is(a, i, "of") || a->np_of[i] >= 0 ||
            a->vg_of[i] >= 0 || !is_quantity(a, i - 1))
            continue;
        int32_t inner = a->np_of[i + 1];
        if (inner < 0 || a->ph[inner].first != i + 1)
            continue;
        inner = phrase_top_np(a, inner);
        int32_t q = a->np_of[i - 1];
        if (q >= 0) {
            q = phrase_top_np(a, q);
            /* the quantity is the NP's head: "thousands", "the two" */
            if (a->ph[q].end != i || a->ph[q].head != i - 1 || (a->ph[q].flags & PHF_POSS))
                continue;
        } else {
            int t = a->tags[i - 1];
            if (!(t == TAG_DT || tag_is_adj(t) || t == TAG_NN || t == TAG_NNS || t == TAG_RB))
                continue;
            if ((q = add(a, PH_NP, i - 1, i, i - 1)) < 0)
                return -1;
            a->np_of[i - 1] = q;
        }
        int32_t qn = add(a, PH_NP, a->ph[q].first, a->ph[inner].end, a->ph[inner].head);
        if (qn < 0)
            return -1;
        a->ph[qn].flags = (uint8_t)(PHF_QUANT | (a->ph[inner].flags & PHF_PROPER));
        a->ph[q].up = qn;
        a->ph[inner].up = qn;
        a->np_of[i] = qn;
        i = a->ph[inner].end - 1;
    }
    return 0;
}

/* Does a finite verb group start at token i? */
static int finite_vg_at(const lang_analyzer *a, size_t i)
{
    if (i >= a->n || a->vg_of[i] < 0 || a->ph[a->vg_of[i]].first != i)
        return 0;
    int t = a->tags[i];
    return tag_is_finite(t) || tag_is_adv(t);
}

/* The end of the noun phrase np with the members a coordination (built
** later) would join to it: "the U.S. and Europe" in "as the U.S. and Europe
** feel". */
static size_t coordinated_end(const lang_analyzer *a, int32_t np)
{
    size_t e = a->ph[np].end, n = a->n, closed = e;
    /* a list with commas only of names: "as Moscow, Kyiv and Ankara
    ** traded", not "after the summit, Moscow and Minsk signed" */
    int proper = (a->ph[np].flags & PHF_PROPER) != 0;
    while (e + 1 < n) {
        size_t k = e;
        int cc = 0;
        if (a->tags[k] == TAG_COMMA)
            k++;
        if (k < n && a->tags[k] == TAG_CC && (lemma_is(a, k, "and") || lemma_is(a, k, "or"))) {
            k++;
            cc = 1;
        }
        if (k == e || k >= n || a->np_of[k] < 0 || a->ph[a->np_of[k]].first != k)
            break;
        int32_t m = phrase_top_np(a, a->np_of[k]);
        if (!cc && !(proper && (a->ph[m].flags & PHF_PROPER)))
            break;
        e = a->ph[m].end;
        if (cc) {
            closed = e;   /* "after the talks, Russia attacked" joins nothing */
            break;
        }
    }
    return closed;
}

/* "although the SEC recently signed", "since Chile last month recognised":
** adverbs outside any phrase (up to three), or one short phrase of time
** ("last week", "yesterday"), between a subordinator's subject and its
** verb stand in the clause, so that the subject is not read as the object
** of a preposition. The first token after them from i; i when there are
** none. Not "as" ("half as much growth as did ..."), nor a longer phrase
** headed by a word of time ("a sign the firm's growth years might be
** over"). */
static size_t past_adverbials(const lang_analyzer *a, size_t i)
{
    size_t k = i;
    while (k < i + 3 && k < a->n && a->tags[k] == TAG_RB && !lemma_is(a, k, "as") &&
           a->vg_of[k] < 0 && a->np_of[k] < 0)
        k++;
    if (k == i && i < a->n && a->np_of[i] >= 0) {
        int32_t t = phrase_top_np(a, a->np_of[i]);
        if (a->ph[t].first == i && a->ph[t].end - i <= 2 && lemma_has(a, a->ph[t].head, LC_TIME))
            k = a->ph[t].end;
    }
    return k;
}

/* "while gold sales in Switzerland fell", "while similar action by
** President Carter helped": up to two prepositional phrases on a
** subordinator's subject before its verb (not built yet: this pass builds
** them left to right). The first token after them from i; i when there
** are none. */
static size_t past_pps(const lang_analyzer *a, size_t i)
{
    for (int m = 0; m < 2 && i + 1 < a->n && a->tags[i] == TAG_IN && a->vg_of[i] < 0 &&
                    !lemma_has(a, i, LC_SUBORD) && !lemma_is(a, i, "that");
         m++) {
        int32_t np = a->np_of[i + 1];
        if (np < 0 || a->ph[np].first != i + 1)
            break;
        i = a->ph[phrase_top_np(a, np)].end;
    }
    return i;
}

/* "though Norway, which borders Sweden, recently recognised", "after
** Ghana's envoy, Kofi Mensah, met": an apposition (with its PPs) or a
** relative clause set off by commas between a subordinator's subject,
** ending at c, and its verb. The first token after the closing comma;
** c when there is no such aside. */
static size_t past_aside(const lang_analyzer *a, size_t c)
{
    size_t n = a->n;
    if (c + 2 >= n || a->tags[c] != TAG_COMMA)
        return c;
    if (tag_is_relative(a->tags[c + 1])) {
        for (size_t k = c + 2; k < n && k < c + 26; k++) {
            int t = a->tags[k];
            if (t == TAG_COMMA)
                return k + 1;
            if (t == TAG_PERIOD || t == TAG_COLON || t == TAG_LQUOTE || t == TAG_RQUOTE)
                break;
        }
        return c;
    }
    /* not a date's year: "since August 1, 1985, would" */
    int32_t np = a->np_of[c + 1];
    if (np < 0 || a->ph[np].first != c + 1 || a->vg_of[c + 1] >= 0 || a->tags[c + 1] == TAG_CD)
        return c;
    size_t e = past_pps(a, a->ph[phrase_top_np(a, np)].end);
    return e + 1 < n && a->tags[e] == TAG_COMMA ? e + 1 : c;
}

/* Does the finite verb at v disagree in number with the noun phrase np
** (with its coordination up to end)? "before the end of the fiscal year
** were undermining": the end does not undermine. Only the forms that
** show a number: -s, the plain present, "was" and "were". */
static int number_clash(const lang_analyzer *a, int32_t np, size_t end, size_t v)
{
    int h = a->tags[a->ph[np].head], t = a->tags[v];
    int plural = h == TAG_NNS || h == TAG_NNPS || end > a->ph[np].end;
    if (a->ph[np].flags & PHF_PRONOUN)
        return 0;
    if (t == TAG_VBZ)
        return plural;
    if (t == TAG_VBP)
        return !plural;
    if (t == TAG_VBD && lemma_is(a, v, "be"))
        return a->toks[v].len == 3 ? plural : !plural;
    return 0;
}

/* "from such places as Kenya and Peru ultimately filed": "as" after
** "such" in the noun phrase before it compares; it opens no clause. Is
** token i such an "as"? */
static int such_as(const lang_analyzer *a, size_t i)
{
    if (i == 0 || !lemma_is(a, i, "as"))
        return 0;
    if (lemma_is(a, i - 1, "such"))
        return 1;
    int32_t np = a->np_of[i - 1];
    if (np < 0)
        return 0;
    np = phrase_top_np(a, np);
    for (size_t k = a->ph[np].first; k < i; k++)
        if (lemma_is(a, k, "such"))
            return 1;
    return 0;
}

/* "Kenya as well as Uganda", "Kenya, as well as Uganda": is token i the
** last "as" of an "as well as" right after a noun phrase (and a comma)? It
** joins that phrase and the next as "and" does (chunk_coord), and opens
** neither a PP nor a clause. */
static int as_well_as(const lang_analyzer *a, size_t i)
{
    if (i < 3 || !lemma_is(a, i, "as") || !lemma_is(a, i - 1, "well") ||
        !lemma_is(a, i - 2, "as"))
        return 0;
    size_t b = i - 3;
    if (a->tags[b] == TAG_COMMA && b > 0)
        b--;
    if (a->np_of[b] < 0 || a->tags[b] == TAG_POS)
        return 0;
    /* "a figure at the Holy See, as well as X were convicted": a
    ** preposition's object before, a finite verb after the next phrase:
    ** the verb's subject is no member of the PP, and "as" keeps its clause */
    size_t f = a->ph[phrase_top_np(a, a->np_of[b])].first;
    if (f > 0 && (a->tags[f - 1] == TAG_IN || a->tags[f - 1] == TAG_TO) && i + 1 < a->n &&
        a->np_of[i + 1] >= 0 &&
        finite_vg_at(a, past_adverbials(a, coordinated_end(a, phrase_top_np(a, a->np_of[i + 1])))))
        return 0;
    return 1;
}

/* "as Norway, a NATO member, watched": a name or "the" noun after "as"
** may be a subject, unlike a bare role ("as special envoy, ..."). */
static int proper_subject(const lang_analyzer *a, int32_t np)
{
    int h = a->tags[a->ph[np].head];
    return h == TAG_NNP || h == TAG_NNPS || lemma_is(a, a->ph[np].first, "the");
}

/* Pass 2: prepositional phrases: IN/TO + NP. A subordinator followed by
** NP + finite verb opens a clause instead. */
static int chunk_pp(lang_analyzer *a)
{
    size_t n = a->n;
    int seen_vg = 0;   /* a verb group since the last boundary */
    for (size_t i = 0; i + 1 < n; i++) {
        int t = a->tags[i];
        if (a->vg_of[i] >= 0)
            seen_vg = 1;
        else if (t == TAG_COLON || t == TAG_PERIOD || t == TAG_LQUOTE || t == TAG_RQUOTE)
            seen_vg = 0;
        if (!(t == TAG_IN || t == TAG_TO) || a->vg_of[i] >= 0 || a->np_of[i] >= 0)
            continue;
        int32_t np = a->np_of[i + 1];
        if (np < 0 || a->ph[np].first != i + 1)
            continue;
        np = phrase_top_np(a, np);
        if (lemma_is(a, i, "that") || lemma_is(a, i, "whether") || lemma_is(a, i, "if") ||
            as_well_as(a, i))
            continue;
        /* the finite verb first: most phrases have none after them */
        if (lemma_has(a, i, LC_SUBORD)) {
            size_t c = coordinated_end(a, np), v = past_adverbials(a, c);
            if (finite_vg_at(a, v) && (v == c || !such_as(a, i)))
                continue;
            /* past PPs on the subject only with a verb that agrees with
            ** it, and not after "as" ("as part of a scheme are", "acting
            ** as creditor within their group would") */
            size_t e = lemma_is(a, i, "as") ? c : past_pps(a, c);
            v = past_adverbials(a, e);
            if (e > c && finite_vg_at(a, v) && !number_clash(a, np, c, v))
                continue;
            /* past an aside, not after "as" ("as special envoy, an
            ** unpaid role, put him") */
            e = lemma_is(a, i, "as") && !proper_subject(a, np) ? c : past_aside(a, c);
            v = past_adverbials(a, e);
            if (e > c && finite_vg_at(a, v) && !number_clash(a, np, c, v))
                continue;
        }
        int32_t pp = add(a, PH_PP, i, a->ph[np].end, i);
        if (pp < 0)
            return -1;
        a->ph[pp].np = np;
        a->ph[np].up = pp;
        a->pp_of[i] = pp;
        /* noun attachment: every "of" PP, and a PP after a noun before any
        ** verb ("the embassy in Paris was closed"); after a verb, a PP
        ** stays with the verb ("met Xi in Moscow") */
        if (i > 0 && a->np_of[i - 1] >= 0 && a->tags[i - 1] != TAG_POS &&
            (lemma_is(a, i, "of") || !seen_vg)) {
            int32_t head = phrase_top_np(a, a->np_of[i - 1]);
            if (!(a->ph[head].flags & PHF_PRONOUN) && a->ph[head].end == i)
                a->ph[pp].up = head;
        }
    }
    return 0;
}

/* The NP phrase (top, not a possessor) that starts exactly at token i. */
static inline int32_t np_starting_at(const lang_analyzer *a, size_t i)
{
    if (i >= a->n || a->np_of[i] < 0)
        return -1;
    int32_t np = a->np_of[i];
    /* a possessor starts its owner too, a quantity its quantified NP:
    ** prefer the larger */
    while (np >= 0 && a->ph[np].up >= 0 && a->ph[a->ph[np].up].kind == PH_NP &&
           a->ph[a->ph[np].up].first == i &&
           ((a->ph[np].flags & PHF_POSS) || (a->ph[a->ph[np].up].flags & PHF_QUANT)))
        np = a->ph[np].up;
    if (np < 0 || a->ph[np].first != i)
        return -1;
    return np;
}

/* "Presidents X of Nigeria and Y of Congo urged", "Bank of Japan and Bank
** of England": a name in an "of" PP joined to a name with an "of" PP of a
** name of its own ends its owner's phrase; the owner is the
** coordination's first member, not the name (else only Nigeria's
** president was coded). first is the first member, last the last, j the
** token after it. Returns the owner NP, or -1. */
static int32_t of_owner_member(const lang_analyzer *a, int32_t first, int32_t last, size_t j)
{
    int32_t pp = a->ph[first].up;
    if (pp < 0 || a->ph[pp].kind != PH_PP || !lemma_is(a, a->ph[pp].head, "of") ||
        a->ph[pp].first + 1 != a->ph[first].first || !tag_is_proper(a->tags[a->ph[first].head]))
        return -1;
    int32_t owner = a->ph[pp].up;
    if (owner < 0 || a->ph[owner].kind != PH_NP || a->ph[owner].end != a->ph[pp].first ||
        (a->ph[owner].up >= 0 && a->ph[a->ph[owner].up].kind == PH_NP) ||
        !tag_is_proper(a->tags[a->ph[owner].head]))
        return -1;
    if (!tag_is_proper(a->tags[a->ph[last].head]) || j + 1 >= a->n || a->pp_of[j] < 0 ||
        !lemma_is(a, j, "of"))
        return -1;
    int32_t np = a->ph[a->pp_of[j]].np;
    return np >= 0 && tag_is_proper(a->tags[a->ph[np].head]) ? owner : -1;
}

/* Is noun phrase np a bare phrase of time, an adverbial on its own: a
** day ("Monday", "yesterday") or "this", "last" or "next" and a noun of
** time ("this month", "last year"), in no PP? */
static int time_adverbial(const lang_analyzer *a, int32_t np)
{
    static const char *const deictic[] = {"this", "last", "next", NULL};
    const phrase *p = &a->ph[np];
    if (p->up >= 0 || !lemma_has(a, p->head, LC_TIME))
        return 0;
    return p->first == p->head ? lemma_has(a, p->head, LC_DAY)
                               : p->first + 1 == p->head && lemma_in(a, p->first, deictic);
}

/* Pass 3: coordination of noun phrases: NP (, NP)* ,? and|or NP. */
static int chunk_coord(lang_analyzer *a)
{
    size_t n = a->n;
    for (size_t i = 0; i < n; i++) {
        int32_t first = np_starting_at(a, i);
        if (first < 0 || (a->ph[first].up >= 0 && a->ph[a->ph[first].up].kind == PH_NP))
            continue;
        int32_t members[32];
        int nm = 0;
        members[nm++] = first;
        size_t j = a->ph[first].end;
        int closed = 0;
        while (j < n && nm < 32) {
            size_t k = j;
            /* "The European Community (EC) and Japan": a name's bracketed
            ** abbreviation does not end the list */
            if (tag_is_proper(a->tags[a->ph[members[nm - 1]].head]) && bracketed_caps(a, k))
                k += 3;
            size_t b = k;
            if (k < n && a->tags[k] == TAG_COMMA)
                k++;
            int cc = 0;
            if (k < n && a->tags[k] == TAG_CC && (lemma_is(a, k, "and") || lemma_is(a, k, "or"))) {
                cc = 1;
                k++;
            } else if (k + 2 < n && as_well_as(a, k + 2)) {
                cc = 1;   /* "Kenya as well as Uganda", "Kenya, as well as Uganda" */
                k += 3;
            } else if (k == b) {
                break;   /* neither comma nor conjunction */
            }
            int32_t next = np_starting_at(a, k);
            if (next < 0)
                break;
            /* after a comma, a member of a PP's noun must look like the
            ** first, both proper or both common: "After the summit, Moscow
            ** and Minsk signed" is a PP and a subject */
            if (!cc && a->ph[first].up >= 0 && a->ph[a->ph[first].up].kind == PH_PP &&
                ((a->ph[first].flags ^ a->ph[next].flags) & PHF_PROPER))
                break;
            members[nm++] = next;
            j = a->ph[next].end;
            if (cc) {
                closed = 1;
                /* "X and his Greek, Cypriot and French counterparts", "X
                ** and his Lao and Thai counterparts": an adjective before a
                ** comma or "and" is the first of the list that shares the
                ** last member's noun, not the end of this one */
                const phrase *nx = &a->ph[next];
                int lone = tag_is_adj(a->tags[nx->head]) ||
                           (a->tags[nx->head] == TAG_NNP && nx->first + 1 == nx->head &&
                            a->tags[nx->first] == TAG_PRPS);   /* "his Lao" */
                /* "X and Trade and Industry Minister Y": one capitalised
                ** word before "and" and two more is the first portfolio
                ** of an office, not the last member */
                int portfolio = a->tags[nx->head] == TAG_NNP && nx->first == nx->head &&
                                nx->head + 1 == j && j + 3 < n && a->tags[j] == TAG_CC &&
                                lemma_is(a, j, "and") && a->tags[j + 1] == TAG_NNP &&
                                a->tags[j + 2] == TAG_NNP;
                if (!((lone || portfolio) && j + 1 < n &&
                      (a->tags[j] == TAG_COMMA || (a->tags[j] == TAG_CC && lemma_is(a, j, "and")))))
                    break;
            }
        }
        if (!closed || nm < 2)
            continue;
        /* "Presidents X of Nigeria and Y of Congo": the owner of the "of"
        ** PP, not its name, is the first member */
        int32_t owner = of_owner_member(a, first, members[nm - 1], j);
        if (owner >= 0) {
            if (nm != 2)
                continue;
            first = members[0] = owner;
        }
        /* "Xi met Putin and the two leaders signed ...": an object followed by
        ** a new subject and its verb is two clauses, not one phrase */
        size_t before = a->ph[first].first;
        /* (after a verb only: "the ambassadors of Arnor, Osgiliath and Gondor
        ** presented ..." is one subject) */
        int object_position = before > 0 && a->vg_of[before - 1] >= 0 &&
                              !lemma_in(a, a->ph[a->vg_of[before - 1]].head,
                                        lang_reporting_verbs);
        /* "... held in Gaza, and Israel will free ...": inside a PP, a comma
        ** before the conjunction and a verb after the last member join two
        ** clauses */
        size_t last_first = a->ph[members[nm - 1]].first;
        int comma_cc = last_first >= 2 && a->tags[last_first - 1] == TAG_CC &&
                       a->tags[last_first - 2] == TAG_COMMA;
        if (before > 0 && (a->tags[before - 1] == TAG_IN || a->tags[before - 1] == TAG_TO) &&
            comma_cc)
            object_position = 1;
        if (object_position && finite_vg_at(a, j))
            continue;
        /* "came under fire earlier this month and U.S. forces attacked": a
        ** bare phrase of time ends its clause; a subject and its verb after
        ** the conjunction are a clause of their own */
        if (time_adverbial(a, first) && !lemma_has(a, a->ph[members[nm - 1]].head, LC_TIME) &&
            finite_vg_at(a, j))
            continue;
        int32_t co = add(a, PH_NP, a->ph[first].first, j, a->ph[members[nm - 1]].head);
        if (co < 0)
            return -1;
        a->ph[co].flags |= PHF_COORD;
        int32_t pp = a->ph[first].up;   /* a PP holding the first member */
        if (pp >= 0 && a->ph[pp].kind == PH_PP) {
            a->ph[pp].np = co;
            a->ph[pp].end = (uint32_t)j;
            a->ph[co].up = pp;
        }
        for (int m = 0; m < nm; m++) {
            a->ph[members[m]].up = co;
            if (a->ph[members[m]].flags & PHF_PROPER)
                a->ph[co].flags |= PHF_PROPER;
        }
        for (size_t k = a->ph[first].first; k < j; k++)
            a->protect[k] = 1;
        i = j - 1;
    }
    return 0;
}

/* The end of the run of PPs that starts at i (i when none). */
static size_t skip_pps(const lang_analyzer *a, size_t i)
{
    for (;;) {
        if (i >= a->n)
            return i;
        if (a->pp_of[i] < 0)
            return i;
        i = a->ph[a->pp_of[i]].end;
    }
}

/* "The militant organisation, the Islamic State, claimed ...": a
** determined phrase naming a kind of body (group, organisation, movement,
** militia, party, faction, alliance, coalition), then its name set off
** by commas before a verb. The name is the apposition of the description,
** so the clause's subject is the description and the coder finds the
** name in it. */
static int group_named(lang_analyzer *a, int32_t np1, int32_t np2, size_t e)
{
    static const char *const bodies[] = {"group", "organisation", "organization", "movement",
                                         "militia", "party", "faction", "alliance", "coalition", NULL};
    const phrase *p1 = &a->ph[np1], *p2 = &a->ph[np2];
    /* a capital in the name's head: the tagger may read "the Islamic
    ** State of Iraq" as an adjective and a common noun, "al-Shabaab" as
    ** an adjective */
    const char *h = a->text + a->toks[p2->head].start;
    int capital = 0;
    for (size_t k = 0; k < a->toks[p2->head].len && !capital; k++)
        capital = h[k] >= 'A' && h[k] <= 'Z';
    if (a->tags[p1->first] != TAG_DT || !lemma_in(a, p1->head, bodies) ||
        (!(p2->flags & PHF_PROPER) && !capital) || (p1->flags & PHF_COORD) ||
        e + 1 >= a->n ||
        a->tags[e] != TAG_COMMA || a->vg_of[e + 1] < 0)
        return 0;
    a->ph[np2].flags |= PHF_APPOS;
    a->ph[np2].up = np1;
    for (size_t k = p1->end; k <= e; k++)
        a->protect[k] = 1;
    return 1;
}

/* Pass 4: apposition: NP , NP PP* , — the second NP describes the first. */
static int chunk_appos(lang_analyzer *a)
{
    size_t n = a->n;
    for (size_t i = 0; i + 2 < n; i++) {
        int32_t np1 = a->np_of[i];
        if (np1 < 0)
            continue;
        if (a->tags[i + 1] != TAG_COMMA)   /* the cheap test first */
            continue;
        np1 = phrase_top_np(a, np1);
        if (a->ph[np1].end != i + 1)
            continue;
        /* "On Thursday, the foreign minister, X, met": a day describes no one */
        if ((a->ph[np1].flags & PHF_PRONOUN) || lemma_has(a, a->ph[np1].head, LC_TIME))
            continue;
        int32_t np2 = np_starting_at(a, i + 2);
        if (np2 < 0)
            continue;
        np2 = phrase_top_np(a, np2);
        size_t e = skip_pps(a, a->ph[np2].end);
        /* "X and his Greek and French counterparts, A and B, respectively,":
        ** names that a "respectively" ties to the members before them */
        int respectively = e + 2 < n && a->tags[e] == TAG_COMMA && lemma_is(a, e + 1, "respectively") &&
                           a->tags[e + 2] == TAG_COMMA && (a->ph[np1].flags & PHF_COORD);
        if (respectively) {
            a->ph[np2].flags |= PHF_APPOS;
            a->ph[np2].up = np1;
            for (size_t k = i + 1; k <= e + 2; k++)
                a->protect[k] = 1;
            i = e + 2;
            continue;
        }
        if (a->ph[np2].flags & PHF_COORD)
            continue;
        /* a semicolon closes it too: "said X, the defence secretary; he ..." */
        int semi = e < n && a->tags[e] == TAG_COLON && a->toks[e].len == 1 &&
                   a->text[a->toks[e].start] == ';';
        int closes = e >= n || a->tags[e] == TAG_COMMA || a->tags[e] == TAG_PERIOD || semi ||
                     (e < n && a->vg_of[e] >= 0 && e > a->ph[np2].end);
        if (!closes)
            continue;
        /* the describing NP: a determiner or possessor up front ("a China
        ** expert", "Russia's foreign minister"), or a common-noun head */
        size_t f = a->ph[np2].first;
        int describes = a->tags[f] == TAG_DT || (a->ph[np2].flags & PHF_OWNED) ||
                        !tag_is_proper(a->tags[a->ph[np2].head]);
        if (!describes || !(a->ph[np1].flags & PHF_PROPER)) {
            /* "The militant group, al-Shabaab, claimed": a body's kind,
            ** then its name, before the verb */
            if (group_named(a, np1, np2, e))
                i = e;
            continue;
        }
        /* a following verb right after the NP means "X, Y said": a subject */
        if (e < n && a->tags[e] != TAG_COMMA && a->tags[e] != TAG_PERIOD && !semi)
            continue;
        a->ph[np2].flags |= PHF_APPOS;
        a->ph[np2].up = np1;
        for (size_t k = i + 1; k < e && k < n; k++)
            a->protect[k] = 1;
        if (e < n && a->tags[e] == TAG_COMMA)
            a->protect[e] = 1;
        i = e;
    }
    return 0;
}

/* "The men arrested on Monday will face trial", "Two reporters
** kidnapped last month were freed": a bare past form right after a plural
** noun, followed only by phrases of time or place (a preposition other
** than "that" or a subordinator, and its noun phrase; a time noun phrase)
** and then a finite verb, is a reduced relative in the passive on that
** noun, not the noun's own act: the finite verb after it is the main
** verb. Only before the sentence's first finite verb: after "said", the
** clause builder would not yet give the finite verb the noun as its
** subject ("said the men arrested on Monday will"). verb_group cannot see
** this (the noun phrases after the verb are not chunked yet), so it is
** settled once chunking is done. */
static void subject_relatives(lang_analyzer *a)
{
    for (size_t p = 0; p < a->nph; p++) {
        phrase *vg = &a->ph[p];
        size_t i = vg->first;
        if (vg->kind != PH_VG || vg->voice == VOICE_PASSIVE || vg->head != i || vg->np >= 0 ||
            i == 0 || a->tags[i - 1] != TAG_NNS || a->np_of[i - 1] < 0 ||
            (a->tags[i] != TAG_VBN && a->tags[i] != TAG_VBD))
            continue;
        size_t k = i + 1, phrases = 0;
        while (k < a->n && phrases < 3) {
            size_t j = k;
            if (a->tags[j] == TAG_IN && !lemma_is(a, j, "that") &&
                !lemma_has(a, j, LC_SUBORD))
                j++;
            else if (a->np_of[j] < 0 || !lemma_has(a, a->ph[a->np_of[j]].head, LC_TIME))
                break;
            if (j >= a->n || a->np_of[j] < 0 || a->ph[a->np_of[j]].first != j)
                break;
            k = a->ph[a->np_of[j]].end;
            phrases++;
        }
        if (phrases == 0 || k >= a->n || a->vg_of[k] < 0 || a->ph[a->vg_of[k]].first != k ||
            !tag_is_finite(a->tags[k]) || finite_verb_before(a, i))
            continue;
        a->tags[i] = TAG_VBN;
        vg->voice = VOICE_PASSIVE;
    }
}

int phrase_chunk(lang_analyzer *a)
{
    if (chunk_np_vg(a) < 0)
        return -1;
    subject_relatives(a);
    if (chunk_quant(a) < 0 || chunk_pp(a) < 0 || chunk_coord(a) < 0 || chunk_appos(a) < 0)
        return -1;
    return 0;
}
