/*
** coder_stance.c — the speaker's stance in reported speech. "Kenyan
** officials claimed Somali militants had attacked a police post": the
** officials accuse the militants (KENGOV -> SOMREB 112), whatever becomes
** of the attack. docs/annotation.md, "Words are acts": an accusation is an
** event from the speaker to the actor it is about; docs/coder.md,
** "Accusations in reported speech".
**
** A clause is reported when a clause of saying holds it (its complement,
** or the quote an inverted "..., X said" owns), when "according to X"
** opens or closes its sentence, or when it stands in a direct quote whose
** speaker the article stage named. Its stance is an accusation when its
** doer is another party than the speaker and its act is hostile: the act
** a verb pattern coded (coder_stance, from code_clause), or a predicate
** of blame ("were behind the bombing", "are the suspected perpetrators":
** coder_stance_predicate, for clauses of "be" that code nothing). A
** state's speaker who says another's act is unfair or a mistake, or names
** it so in "what it sees as ...", or names it in a reported clause by
** a judgement ("Uganda's unfair levies", "Uganda's refusal to ..."),
** criticizes its owner (111: judgement_predicate, judged_naming,
** judged_phrase; a proposal judged unacceptable is turned down, 120, and
** a charge judged baseless denied, 016); so does a critic at home (an
** opposition, a legislature, a union, a rights group) of its own
** government (critics_government), and a state's political sides of each
** other ("Keating said the opposition's plan was a mistake":
** coder_home_judge.c). Any party that may accuse charges
** another with wrongdoing it tells ("said Uganda had lied":
** wrongdoing_clause), and a penalty given for a breach of a word given
** charges the breach ("raised tariffs to penalize Japan for breaking the
** pact": breach_cause), and so does a state that asks, plans or weighs a
** penalty for it ("called for action against Japan for violations of the
** pact": coder_stance_penalty). The owner of a charge named as a noun
** alleges what its that-clause says ("rejected Iranian charges that
** Kuwaiti boats had attacked ...": charge_before), and dumping told of
** another is wrongdoing. A state's speaker charges another country that
** backs an armed group ("said Iran was arming the rebels":
** backing_clause), and one that gives its side's act as the answer to
** another country's attack accuses the attacker ("in retaliation for an
** Iranian missile attack": coder_stance_answered).
**
** A claim of responsibility (015) is the claimer's stance too, towards
** the victim of an act told earlier without its doer, and condolences
** (018) that name no one go to the victim of the last act told
** (coder_stance_unclaimed, coder_stance_claimed: the emit step's), as do
** thoughts or prayers said to be with no one named ("My thoughts are with
** the families," the president said: sympathy_with).
*/
#include <stdlib.h>

#include "coder/coder_int.h"

/* Verbs that allege: the speaker, not the sentence, vouches for what they
** report, so the act they report is not asserted (coder_modality.c's
** "charges of bombing", as a verb). */
static const char *const alleging_verbs[] = {"claim", "allege", "charge", "contend", NULL};

/* Verbs that report plainly: what they report is coded as the act, and
** the saying is an accusation too when it tells of another party's
** violence. */
static const char *const saying_verbs[] = {
    "say", "tell", "add", "state", "report", "insist", "stress", "write", "announce",
    "confirm", "declare", "complain", "reply", "retort", NULL};

/* Roles that report without being a party: a newspaper, a witness. */
static const char *const onlooker_roles[] = {"CVL", "MED", "BUS", "EDU", "HLH", "REF", "AGR",
                                             "CRM", NULL};

/* Heads of a speaker's phrase that name a channel, not a party: "Lebanese
** state radio said ...", "the official news agency reported ...". */
static const char *const channel_nouns[] = {
    "radio", "station", "television", "tv", "newspaper", "paper", "daily", "agency",
    "media", "press", "broadcast", "website", "report", "witness", NULL};

/* Predicate nouns and adjectives of blame: "were behind the bombing",
** "was responsible for the attack", "are the suspected perpetrators". */
static const char *const blame_nouns[] = {"perpetrator", "culprit", "mastermind", "author",
                                          "organizer", "organiser", NULL};
/* ... and what a cause of is hostile when it is strife, not only violence:
** "said Iran was the main cause of tension in the Gulf" */
static const char *const strife_nouns[] = {"tension", "conflict", "crisis", "war", "unrest",
                                           "instability", NULL};

/* Nouns of violence that name an act with no target ("behind the
** bombing"), where the noun patterns want one ("bombing of +"). */
static const char *const violence_nouns[] = {
    "attack", "bombing", "blast", "explosion", "killing", "massacre", "shooting",
    "assassination", "ambush", "kidnapping", "abduction", "violence", "atrocity", "raid",
    "murder", "death", "bloodshed", NULL};

/* Verbs that break one's word, and the nouns of a word given, for a
** reported breach: "Kenya said Uganda had violated the trade pact". */
static const char *const breach_verbs[] = {"violate", "breach", "break", "flout", "contravene",
                                           "infringe", "renege", NULL};
/* ... and verbs of keeping it, a breach when negated or failed ("had
** failed to honour the accord", "has not lived up to its pledge") */
static const char *const keep_verbs[] = {"honour", "honor", "fulfil", "fulfill", "live", "abide",
                                         "comply", "keep", "respect", "observe", "implement",
                                         "adhere", "stick", "uphold", NULL};
/* ... the words given: agreements, pledges, resolutions ... */
static const char *const given_nouns[] = {
    "agreement", "accord", "pact", "treaty", "deal", "ceasefire", "cease-fire", "truce",
    "armistice", "pledge", "promise", "commitment", "undertaking", "understanding", "obligation",
    "resolution", NULL};
/* ... and rules laid down, broken too; but a breach named as a penalty's
** cause is charged only for a word given ("for violations of securities
** laws" is litigation: given_word_at) */
static const char *const land_rules[] = {"law", "rule", "convention", "embargo", NULL};

/* Words of a negative judgement, for a reported clause of "be" that
** judges another's act or policy: "said Japan's curbs were unfair", "said
** the Ugandan ban is a mistake" (criticism, 111; a violation, 112). The
** adjectives stand right after the verb and its adverbs, the nouns head
** the predicate's noun phrase. Words an economist says of markets
** (excessive, unhealthy, worrying) are left out. */
static const char *const judgement_adjs[] = {
    "unfair", "unacceptable", "illegal", "unlawful", "illegitimate", "unjustified",
    "unjustifiable", "unwarranted", "wrong", "regrettable", "deplorable", "provocative",
    "irresponsible", "reckless", "outrageous", "absurd", "ridiculous", "intolerable",
    "inadmissible", "discriminatory", "protectionist", "unreasonable", "null",
    "unconstitutional", "undemocratic", "unjust", NULL};
static const char *const judgement_nouns[] = {
    "mistake", "blunder", "error", "provocation", "violation", "breach", "farce", "sham",
    "disgrace", "insult", "affront", "miscalculation", NULL};

/* What one party puts to another to accept: judged unacceptable by the
** one it is put to, it is turned down, a rejection (120, docs/annotation.md:
** "refuse a request, a plan, a proposal, a demand"), not criticism; judged
** illegal or unfair ("said Israel's plan to annex ... was illegal") it is
** still criticized (111). Only such a thing may be judged unworkable or
** unrealistic, or by an adverb of judgement before any adjective
** ("unacceptably tough", "too harsh"): said of a market or a forecast
** those words judge no one. */
static const char *const proposal_nouns[] = {
    "proposal", "plan", "offer", "package", "idea", "suggestion", "initiative", "scheme",
    "compromise", "formula", "proposition", NULL};
static const char *const unacceptable_adjs[] = {"unacceptable", "inadmissible", "unreasonable",
                                                NULL};
static const char *const proposal_adjs[] = {
    "unworkable", "unrealistic", "impractical", "unacceptably", "unreasonably", "unfairly", "too",
    NULL};
/* What a charge is said to be by one who denies it ("said the Iraqi
** charges were baseless"): a denial (016) aimed at its owner, as "denied
** the Iraqi charges" is; a judgement of a charge (charge_nouns) is one. */
static const char *const unfounded_adjs[] = {
    "baseless", "unfounded", "groundless", "untrue", "false", "fabricated", "unsubstantiated",
    NULL};

/* Verbs of an attempt before "to": "said the U.S. was trying to build up
** its forces", "said Uganda is seeking to destabilize Kenya". To tell
** that another is out to do harm is to charge it with the aim. */
static const char *const attempt_verbs[] = {"try", "seek", "attempt", "plot", "scheme", NULL};

enum { SAYS_NONE, SAYS_PLAINLY, SAYS_ALLEGING };

/* Who reports clause ci, and how. */
typedef struct speaker {
    int kind;                   /* SAYS_*; SAYS_NONE: the clause is not reported */
    int32_t clause;             /* the clause of saying, or -1 ("according to", a quote) */
    int32_t np;                 /* the speaker's noun phrase, or -1 (a quote's speaker) */
    actor_ref who[MAX_ACTORS];
    int n;
    int at_home;                /* a judgement or a charge: a state's political sides
                                ** may judge each other (coder_judges_at_home) */
} speaker;

static int root_of(const char *code)
{
    return code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9'
               ? (code[0] - '0') * 10 + (code[1] - '0') : 0;
}

/* Is an act of this root hostile enough that telling of it accuses its
** doer? Plain saying: violence (18-20); a restriction or a seizure told
** plainly is as often a complaint as a charge ("said Uganda restricts
** imports"). Alleging, or a predicate of blame: coercion, threats, force
** posture and cutting relations too (13, 15-17). */
static int hostile(int root, int kind)
{
    if (root >= 18 && root <= 20)
        return 1;
    return kind == SAYS_ALLEGING && (root == 13 || (root >= 15 && root <= 17));
}

/* The noun phrase after "according to" in sentence s, or -1; sought
** once per sentence (a sentence of many clauses would make it quadratic). */
static int32_t according_to(sent_ctx *s)
{
    if (s->according != -2)
        return s->according;
    s->according = -1;
    for (size_t k = 0; k + 1 < s->ls.n; k++)
        if (lemma_is_word(s->ls.lemmas[k], "accord") && lemma_is_word(s->ls.lemmas[k + 1], "to") &&
            s->pp_at[k + 1] >= 0) {
            s->according = s->ls.phrases[s->pp_at[k + 1]].np;
            break;
        }
    return s->according;
}

/* Resolves the speaker's phrase np into sp->who. A channel ("radio
** stations", "the news agency") is no party: its words accuse no one. The
** speaker is read only for its stance: no agent named for later
** (coder_actor.c's memory of agents), which the reporting clause, not
** coded, would not have left either. */
static void speaker_actors(dyad_coder *c, const sent_ctx *s, int32_t np, speaker *sp)
{
    sp->np = np;
    if (lemma_in_list(s->ls.lemmas[s->ls.phrases[np].head], channel_nouns))
        return;
    int keep = c->no_agent_memory;
    c->no_agent_memory = 1;
    sp->n = coder_resolve_np(c, s, np, sp->who, MAX_ACTORS);
    c->no_agent_memory = keep;
}

/* The clause a that-clause hangs on: its parent, or, for the second of
** two that-clauses joined by "and" ("said the platform had been used by
** Iran and that the attack answered ..."), which the language layer hangs
** on the first, the first's own parent. */
static int32_t second_that(const sent_ctx *s, const clause *cl)
{
    int32_t p = cl->parent;
    const clause *pc = &s->ls.clauses[p];
    if (cl->word > 0 && cl->word < s->ls.n && lemma_is_word(s->ls.lemmas[cl->word], "that") &&
        lemma_is_word(s->ls.lemmas[cl->word - 1], "and") && pc->kind == CL_COMPLEMENT &&
        pc->parent >= 0 && pc->ctrl == CTRL_NONE)
        return pc->parent;
    return p;
}

/* Nouns of a charge made, whose that-clause tells what their owner
** charges: "American claims that Japanese firms were dumping chips". */
static const char *const charge_nouns[] = {"charge", "accusation", "allegation", "claim",
                                           "contention", "assertion", "complaint", NULL};
/* Words in a charge's phrase that say it was not made: "no claims that",
** "any charges that", "possible allegations that". */
static const char *const unmade_words[] = {"no", "any", "possible", "potential", "future",
                                           NULL};

/* The phrase of a charge noun that that-clause cl stands right after, when
** the phrase names its owner by its own words (a country's adjective, a
** possessor, a name: "Iranian charges that", "Washington's allegation
** that"), or -1. A charge so told was made, whatever the clause around it
** does with it ("rejected Iranian charges that ...", "an inquiry into
** American claims that ..."): its owner alleges the clause. */
static int32_t charge_before(const sent_ctx *s, const clause *cl)
{
    uint32_t w = cl->word;
    /* the language layer takes a "that" with a subject and an object
    ** after it for a relative as often as a complement ("charges that
    ** Japan had violated the pact"); a relative whose object is the noun
    ** ("the charges that Iran made") tells no charge */
    int told = cl->kind == CL_COMPLEMENT
                   ? cl->ctrl == CTRL_NONE
                   : cl->kind == CL_RELATIVE && cl->subject >= 0 && cl->object >= 0 &&
                         s->ls.phrases[cl->object].first > s->ls.phrases[cl->subject].first;
    if (!told || w == 0 || w >= s->ls.n || !lemma_is_word(s->ls.lemmas[w], "that") ||
        !tag_is_noun(s->ls.tags[w - 1]) || !lemma_in_list(s->ls.lemmas[w - 1], charge_nouns))
        return -1;
    int32_t np = s->ls.np_of[w - 1];
    if (np < 0 || s->ls.phrases[np].head != w - 1 || s->ls.phrases[np].first + 1 > w - 1)
        return -1;   /* "the charges that": no word before the noun but its own */
    for (uint32_t k = s->ls.phrases[np].first; k < w - 1; k++)
        if (lemma_in_list(s->ls.lemmas[k], unmade_words))
            return -1;
    return np;
}

/* The speaker of clause ci, resolved to actors: the subject of the
** clause of saying above it, else the owner of the charge it follows
** (charge_before: alleging, as its own act, not the clause's around it),
** else "according to X" for a top clause, else the speaker of the direct
** quote it stands in. */
static void find_speaker(dyad_coder *c, sent_ctx *s, size_t ci, speaker *sp)
{
    const clause *cl = &s->ls.clauses[ci];
    memset(sp, 0, sizeof *sp);
    sp->clause = sp->np = -1;
    int32_t charge = charge_before(s, cl);
    if (charge >= 0) {
        sp->kind = SAYS_ALLEGING;
        speaker_actors(c, s, charge, sp);
        return;
    }
    /* a finite report: not "told Iran to withdraw", whose subject is the
    ** parent's object */
    if ((cl->kind == CL_COMPLEMENT || cl->kind == CL_QUOTE) && cl->parent >= 0 &&
        cl->ctrl == CTRL_NONE) {
        int32_t say = second_that(s, cl);
        const clause *pc = &s->ls.clauses[say];
        const char *lemma = pc->verb >= 0 ? s->ls.lemmas[s->ls.phrases[pc->verb].head] : "";
        int kind = lemma_in_list(lemma, alleging_verbs) ? SAYS_ALLEGING
                 : lemma_in_list(lemma, saying_verbs)   ? SAYS_PLAINLY : SAYS_NONE;
        if (kind == SAYS_NONE || pc->subject < 0)
            return;
        sp->kind = kind;
        sp->clause = say;
        speaker_actors(c, s, pc->subject, sp);
        return;
    }
    int32_t acc = cl->parent < 0 ? according_to(s) : -1;
    if (acc >= 0) {
        sp->kind = SAYS_PLAINLY;
        speaker_actors(c, s, acc, sp);
        return;
    }
    /* the quote's words stand for the speaker's */
    const phrase *vg = &s->ls.phrases[cl->verb];
    if (cl->quoted && coder_quote_speaker(c, s, vg->head, NULL, vg, &sp->who[0])) {
        sp->kind = SAYS_PLAINLY;
        sp->n = 1;
    }
}

int coder_reporter(dyad_coder *c, sent_ctx *s, size_t ci, actor_ref *who, int max,
                   int32_t *say_ci, int32_t *say_np)
{
    speaker sp;
    find_speaker(c, s, ci, &sp);
    *say_ci = sp.clause;
    *say_np = sp.np;
    if (sp.kind == SAYS_NONE)
        return 0;
    int n = sp.n < max ? sp.n : max;
    memcpy(who, sp.who, (size_t)n * sizeof *who);
    return n;
}

/* Is a one who only looks on, reporting what others did? */
int coder_onlooker(const actor_ref *a)
{
    return coder_role_in(a->code, onlooker_roles);
}

/* Is a the state of its country: the country itself or one of its
** organs (government, army, police, spies, courts, parliament)? Unlike
** coder_actor.c's code_names_organ, a bare country is the state. */
static int state_or_organ(const actor_ref *a)
{
    if (!coder_code_country(a->code, NULL))
        return 0;
    return !a->code[3] || lemma_in_list(a->code + 3, coder_state_roles);
}

/* "The Kremlin said Russian forces destroyed a depot": the Kremlin's own
** side did it. */
int coder_own_side(const actor_ref *a, const actor_ref *y)
{
    return strcmp(a->code, y->code) == 0 ||
           (state_or_organ(a) && state_or_organ(y) && strncmp(a->code, y->code, 3) == 0);
}

/* Roles that speak against their own government: an opposition, a
** legislature, unions, rights groups (docs/coder.md, "Eighth session:
** critics at home and blame in reported speech"). */
static const char *const critic_roles[] = {"OPP", "LEG", "LAB", "HRI", NULL};

/* Is a a critic at home of y: a's role one of critic_roles, y the
** government of a's country ("Kenyan lawmakers" and KENGOV)? */
static int critic_of(const actor_ref *a, const actor_ref *y)
{
    char ca[4], cy[4];
    return coder_role_in(a->code, critic_roles) && strlen(y->code) == 6 &&
           strcmp(y->code + 3, "GOV") == 0 && coder_code_country(a->code, ca) &&
           coder_code_country(y->code, cy) && strcmp(ca, cy) == 0;
}

/* Doers at home that a state accuses when it says plainly what they did:
** rebels, insurgents, separatists, armed men, criminals. */
static const char *const armed_at_home[] = {"REB", "INS", "SEP", "UAF", "CRM", NULL};

/* May speaker a accuse doer y? Never its own side, nor anyone when either
** is unknown. Alleging, it may accuse its country's other parts ("Police
** alleged the suspects bombed ...", "The opposition claimed police beat
** protesters"); saying plainly, only another country, and only when it
** is a party, not an onlooker that reports (a newspaper, witnesses), or
** a state, saying so in a clause of its own, of its country's armed men
** (armed_at_home). */
static int accuses(const actor_ref *a, const actor_ref *y, const speaker *sp)
{
    int kind = sp->kind;
    char ca[4], cy[4];
    if (critic_of(a, y))   /* the opposition, of its own government */
        return 1;
    /* "Keating said the opposition's plan was a mistake": a government
    ** judges its opposition, parties each other (coder_home_judge.c) */
    if (sp->at_home && coder_judges_at_home(a, y))
        return 1;
    if (coder_own_side(a, y) || strncmp(a->code, "---", 3) == 0 ||
        strncmp(y->code, "---", 3) == 0 || a->code[0] == '"' || y->code[0] == '"')
        return 0;
    if (kind == SAYS_ALLEGING)
        return 1;
    if (coder_onlooker(a))
        return 0;
    /* "Afghan officials said Taliban fighters attacked the convoy": the
    ** state charges its own country's armed men and criminals, whom it
    ** is no side of, in a clause of saying of its own ("according to
    ** police, the gunmen fled" names where a fact comes from) */
    if (state_or_organ(a) && coder_role_in(y->code, armed_at_home) && sp->clause >= 0)
        return 1;
    return !(coder_code_country(a->code, ca) && coder_code_country(y->code, cy) &&
             strcmp(ca, cy) == 0);
}

int coder_told_already(const dyad_coder *c, const sent_ctx *s, const char *source,
                       const char *target, const char *const *roots)
{
    for (size_t e = s->first_event; e < c->nev; e++) {
        const event_rec *r = &c->ev[e];
        if (strcmp(r->source, source) != 0 || strcmp(r->target, target) != 0 || !r->cameo)
            continue;
        for (const char *const *root = roots; *root; root++)
            if (strncmp(r->cameo->code, *root, 2) == 0)
                return 1;
    }
    return 0;
}

/* Do codes a and b name the same country (or, with no country, the same
** actor)? */
static int same_country(const char *a, const char *b)
{
    char ca[4], cb[4];
    if (coder_code_country(a, ca) && coder_code_country(b, cb))
        return strcmp(ca, cb) == 0;
    return strcmp(a, b) == 0;
}

/* Has a verb of the sentence already coded a's disapproval of y ("The
** government alleged that ...": the dictionary's "allege" with the
** that-clause's subject for target), or another rule the disapproval of
** one of y's country by one of a's ("Washington raised tariffs in
** retaliation for what it sees as Tokyo's failure to ...": the tariffs'
** cause and the naming, USAGOV and USA)? */
static int accused(const dyad_coder *c, const sent_ctx *s, const actor_ref *a,
                   const actor_ref *y)
{
    for (size_t e = s->first_event; e < c->nev; e++) {
        const event_rec *r = &c->ev[e];
        if (r->cameo && strncmp(r->cameo->code, "11", 2) == 0 &&
            same_country(r->source, a->code) && same_country(r->target, y->code))
            return 1;
    }
    return 0;
}

clause_job *coder_clause_job_new(const sent_ctx *s, size_t ci, const char *rule)
{
    clause_job *k = dy_calloc(1, sizeof *k);   /* large: off the stack */
    if (!k)
        return NULL;
    k->ci = ci;
    k->cl = &s->ls.clauses[ci];
    k->vg = &s->ls.phrases[k->cl->verb];
    k->lemma = s->ls.lemmas[k->vg->head];
    k->m.source = k->m.target = k->m.shared_object = -1;
    k->m.rule = rule;
    return k;
}

int coder_emit_said(dyad_coder *c, const sent_ctx *s, clause_job *k, int said)
{
    int rc = 0;
    if (k->ns && k->nt) {
        k->mod = said ? coder_modality(s, k->ci, k->vg, 0, NULL, NULL, NULL) : MOD_ASSERTED;
        coder_clause_place(c, s, k);
        rc = coder_clause_emit(c, s, k);
    }
    dy_free(k);
    return rc;
}

/* Emits sp's accusation of the doers y[0..ny) (an act of this root)
** as a clause of its own: the verb of saying (or the reported verb
** itself, for "according to" and quotes) with its date and place. */
static int emit_accusation(dyad_coder *c, const sent_ctx *s, const clause_job *j,
                           const speaker *sp, const actor_ref *y, int ny, int root,
                           const char *code)
{
    size_t ci = sp->clause >= 0 ? (size_t)sp->clause : j->ci;
    clause_job *k = coder_clause_job_new(s, ci, code ? "judgement in reported speech"
                                                     : "accusation in reported speech");
    if (!k)
        return -1;
    /* fighting and mass violence by a state is aggression (1123); by
    ** others, and lesser acts, an accusation (112) */
    int aggression = root >= 19;
    for (int t = 0; t < ny; t++)
        aggression &= state_or_organ(&y[t]);
    snprintf(k->code1, sizeof k->code1, "%s", code ? code : aggression ? "1123" : "112");
    k->src_np = sp->np;
    k->tgt_np = j->src_np;
    for (int i = 0; i < sp->n; i++)
        for (int t = 0; t < ny; t++)
            if (accuses(&sp->who[i], &y[t], sp)) {
                if (!coder_actors_have(k->src, k->ns, sp->who[i].code))
                    k->src[k->ns++] = sp->who[i];
                break;
            }
    for (int t = 0; t < ny; t++)
        for (int i = 0; i < k->ns; i++)
            if (accuses(&k->src[i], &y[t], sp) && !accused(c, s, &k->src[i], &y[t])) {
                k->tgt[k->nt++] = y[t];
                break;
            }
    if (!k->ns || !k->nt)
        coder_reject(c, s, "verb '%s' (%s) reported by %s: no accusation of %s, its own side "
                     "or, said plainly, its own country", j->lemma, j->code1, sp->who[0].code,
                     y[0].code);
    return coder_emit_said(c, s, k, sp->clause >= 0);
}

/* Is doer np of clause ci the speaker itself, as a pronoun says ("Rebels
** claimed they had shot down a helicopter")? */
static int speaker_itself(const sent_ctx *s, int32_t np)
{
    return np >= 0 && (s->ls.phrases[np].flags & PHF_PRONOUN);
}

/* Did who's own side do act j: a doer of its side, or a pronoun doer
** standing for the speaker ("Rebels claimed they had shot down ...")? */
static int done_by_side(const sent_ctx *s, const clause_job *j, const actor_ref *who)
{
    int side = speaker_itself(s, j->src_np);
    for (int t = 0; t < j->ns && !side; t++)
        side = coder_own_side(who, &j->src[t]);
    return side;
}

/* Emits who's act of this code about hostile act j (a denial, a claim)
** towards j's targets not of who's side, as clause ci of saying, whose
** subject is src_np (ci -1: a quote or "according to", asserted). */
static int side_act(dyad_coder *c, const sent_ctx *s, const clause_job *j, int32_t ci,
                    int32_t src_np, const actor_ref *who, const char *code, const char *rule)
{
    clause_job *k = coder_clause_job_new(s, ci >= 0 ? (size_t)ci : j->ci, rule);
    if (!k)
        return -1;
    snprintf(k->code1, sizeof k->code1, "%s", code);
    k->src_np = src_np;
    k->tgt_np = j->tgt_np;
    k->src[k->ns++] = *who;
    for (int t = 0; t < j->nt && k->nt < MAX_ACTORS; t++)
        if (!coder_own_side(who, &j->tgt[t]) && strncmp(j->tgt[t].code, "---", 3) != 0)
            k->tgt[k->nt++] = j->tgt[t];
    return coder_emit_said(c, s, k, ci >= 0);   /* k->ns is 1: who */
}

/* ---- denials ---- */

/* Verbs that deny another's word when it is their object ("dismissed
** reports that its army had shelled", "rejected charges of shelling"), and
** the nouns of that word. */
static const char *const word_denials[] = {"dismiss", "refute", "reject", NULL};
static const char *const denied_nouns[] = {
    "report", "claim", "charge", "accusation", "allegation", "suggestion", "rumor", "rumour",
    "story", NULL};

/* Does clause d deny: "deny", or a verb of word_denials whose object is
** one of denied_nouns? */
static int denies(const sent_ctx *s, const clause *d, const phrase *dv)
{
    if (lemma_is_word(s->ls.lemmas[dv->head], "deny"))
        return 1;
    return d->object >= 0 && lemma_in_list(s->ls.lemmas[dv->head], word_denials) &&
           lemma_in_list(s->ls.lemmas[s->ls.phrases[d->object].head], denied_nouns);
}

/* The clause of "deny" above clause ci, its verb before ci's and not
** negated itself ("did not deny"): ci its complement or gerund ("denied
** that its troops had shelled", "denied shelling"), or in its object
** ("denied charges of shelling", "dismissed reports that its army had
** shelled"). -1 when there is none. */
static int32_t denying_clause(const sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    for (size_t i = 0; i < s->ls.nclauses; i++) {
        const clause *d = &s->ls.clauses[i];
        if (i == ci || d->verb < 0 || d->subject < 0)
            continue;
        const phrase *dv = &s->ls.phrases[d->verb];
        if (!denies(s, d, dv) || dv->mod == MOD_NEGATED || dv->end > vg->first)
            continue;
        int below = dv->end == vg->first;   /* "denied shelling" */
        for (int32_t p = cl->parent; p >= 0 && !below; p = s->ls.clauses[p].parent)
            below = (size_t)p == i;
        const phrase *o = d->object >= 0 ? &s->ls.phrases[d->object] : NULL;
        if (below || (o && o->first < vg->first &&
                      (o->end >= vg->first ||   /* "charges of shelling" */
                       (o->end + 1 == vg->first && lemma_is_word(s->ls.lemmas[o->end], "of")))))
            return (int32_t)i;
    }
    return -1;
}

/* "Pakistan denied that its troops had shelled Indian border posts": a
** hostile act (roots 13-20) that its doer's own side denies is a denial of
** responsibility (016) towards the one it was done to, whatever becomes
** of the act (negated). The denier must be the doer's side, or the doer a
** pronoun for it; the target the act's, of another side. */
static int denial(dyad_coder *c, sent_ctx *s, clause_job *j, int root)
{
    if (j->mod != MOD_NEGATED || root < 13 || root > 20 || j->nt == 0 || j->ns == 0 ||
        j->mutual || j->together || j->joint)
        return 0;
    int32_t di = denying_clause(s, j->ci);
    if (di < 0)
        return 0;
    speaker sp;
    memset(&sp, 0, sizeof sp);
    speaker_actors(c, s, s->ls.clauses[di].subject, &sp);
    if (sp.n == 0 || strncmp(sp.who[0].code, "---", 3) == 0 || sp.who[0].code[0] == '"')
        return 0;
    if (!done_by_side(s, j, &sp.who[0]))
        return 0;
    return side_act(c, s, j, di, s->ls.clauses[di].subject, &sp.who[0], "016",
                    "denial of a hostile act");
}

static clause_job *doer_job(const sent_ctx *s, size_t ci, int32_t np);

/* ---- a breach given as the cause of a hostile act ---- */

/* Words between the preposition and the breach that name no owner. */
static const char *const breach_modifiers[] = {
    "the", "a", "an", "its", "their", "his", "her", "alleged", "apparent", "past", "repeated",
    "continued", "continuing", "persistent", "flagrant", "clear", "latest", "recent", "further",
    "reported", "suspected", "new", "unfair", "trade", "trading", "allegedly", "continue",
    "fail", NULL};

/* The noun phrase of the first token at or after k, before end, that is
** in one; NULL when none is. */
static const phrase *first_np(const sent_ctx *s, size_t k, size_t end)
{
    for (; k < end; k++)
        if (s->ls.np_of[k] >= 0)
            return &s->ls.phrases[s->ls.np_of[k]];
    return NULL;
}

/* Is the first noun phrase at or after token k (before end) a word given
** ("the 1986 semiconductor pact", "international law")? Of the rules laid
** down (land_rules) only international law is charged as a penalty's
** cause. */
static int given_word_at(const sent_ctx *s, size_t k, size_t end)
{
    const phrase *np = first_np(s, k, end);
    if (!np)
        return 0;
    /* "the two countries' agreement": the possessor's noun phrase */
    if ((np->flags & PHF_POSS) && np->up >= 0)
        np = &s->ls.phrases[np->up];
    const char *head = s->ls.lemmas[np->head];
    return lemma_in_list(head, given_nouns) ||
           (lemma_is_word(head, "law") && np->head > 0 &&
            lemma_is_word(s->ls.lemmas[np->head - 1], "international"));
}

/* Verbs of naming or seeing that judge in "what X sees as ...", and name
** a breach so ("in retaliation for what it sees as Japan's violations of
** the pact"). */
static const char *const naming_verbs[] = {"see", "call", "term", "consider", "regard", "view",
                                           "describe", "brand", "label", "deem", NULL};

/* The token before the breach's owner after the preposition at p: p
** itself, or the "as" (or the verb of naming) that ends "what it sees
** as" or "what it called" right after p. */
static size_t named_as(const sent_ctx *s, size_t p)
{
    if (p + 3 >= s->ls.n || !lemma_is_word(s->ls.lemmas[p + 1], "what"))
        return p;
    for (size_t k = p + 2; k < p + 5 && k < s->ls.n; k++)
        if (tag_is_verb(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], naming_verbs))
            return k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k + 1], "as") ? k + 1 : k;
    return p;
}

/* The breach named after the preposition at p: "for Japan's alleged
** violation of the pact", "over Tokyo's failure to honour the accord",
** "for breaking its pledge". Returns the breach word's token, or -1;
** *own_end ends the owner's words after p ("Japan's", "Japanese"; none
** for "for breaking"), the modifiers and the 's left out. */
static int32_t breach_after(const sent_ctx *s, size_t p, uint32_t *own_end)
{
    size_t n = s->ls.n, b = p + 1, lim = p + 6 < n ? p + 6 : n;
    for (; b < lim; b++) {
        const char *w = s->ls.lemmas[b];
        if (tag_is_noun(s->ls.tags[b]) &&
            (lemma_is_word(w, "violation") || lemma_is_word(w, "breach")) && b + 1 < n &&
            lemma_is_word(s->ls.lemmas[b + 1], "of") && given_word_at(s, b + 2, n))
            break;
        /* "Japan's failure to honour the pact", "for failing to live up to
        ** the pact" */
        if ((tag_is_noun(s->ls.tags[b]) ? lemma_is_word(w, "failure")
                                         : s->ls.tags[b] == TAG_VBG && lemma_is_word(w, "fail")) &&
            b + 2 < n && lemma_is_word(s->ls.lemmas[b + 1], "to") &&
            lemma_in_list(s->ls.lemmas[b + 2], keep_verbs) && given_word_at(s, b + 3, n))
            break;
        /* "for continuing to dump microchips": the dumping goes on */
        if (s->ls.tags[b] == TAG_VBG && lemma_is_word(w, "continue") && b + 2 < n &&
            lemma_is_word(s->ls.lemmas[b + 1], "to") &&
            lemma_is_word(s->ls.lemmas[b + 2], "dump")) {
            b += 2;
            break;
        }
        if (s->ls.tags[b] == TAG_VBG && b == p + 1 && lemma_in_list(w, breach_verbs) &&
            given_word_at(s, b + 1, n))
            break;
        /* the trade charges: "for dumping", "for Japan's unfair trade
        ** practices" */
        if ((tag_is_noun(s->ls.tags[b]) || s->ls.tags[b] == TAG_VBG) &&
            (lemma_is_word(w, "dumping") || lemma_is_word(w, "dump")))
            break;
        if (tag_is_noun(s->ls.tags[b]) && lemma_is_word(w, "practice") &&
            (lemma_is_word(s->ls.lemmas[b - 1], "unfair") ||
             (b > p + 2 && lemma_is_word(s->ls.lemmas[b - 2], "unfair"))))
            break;
        if (!(tag_is_noun(s->ls.tags[b]) || tag_is_adj(s->ls.tags[b]) ||
              s->ls.tags[b] == TAG_POS || s->ls.tags[b] == TAG_DT ||
              s->ls.tags[b] == TAG_PRPS || lemma_is_word(w, "allegedly")))
            return -1;
    }
    if (b >= lim)
        return -1;
    uint32_t e = (uint32_t)p + 1;
    while (e < b && !lemma_in_list(s->ls.lemmas[e], breach_modifiers) &&
           s->ls.tags[e] != TAG_POS)
        e++;
    *own_end = e;
    return (int32_t)b;
}

/* The actor of the phrase "against Y" or "on Y" that ends right before
** token p ("to retaliate against Japan for violating the pact"), for a
** penalty asked for: 1 and *y, or 0. */
static int penalized_before(dyad_coder *c, sent_ctx *s, size_t p, actor_ref *y)
{
    for (size_t k = p >= 8 ? p - 8 : 0; k < p; k++) {
        if (s->pp_at[k] < 0 || !(lemma_is_word(s->ls.lemmas[k], "against") ||
                                 lemma_is_word(s->ls.lemmas[k], "on")))
            continue;
        int32_t np = s->ls.phrases[s->pp_at[k]].np;
        if (np >= 0 && s->ls.phrases[np].end == p)
            return coder_resolve_np(c, s, np, y, 1) == 1;
    }
    return 0;
}

/* Words that ask whether a penalty is to come: "decide what sanctions if
** any", "whether to retaliate". */
static const char *const question_words[] = {"whether", "what", "which", "if", NULL};

/* Lists in c->breach_at the tokens of sentence s, "for", "over" or
** "against", that a breach of a word given follows (breach_after), once a
** sentence: every hostile clause looks for them, and a long sentence would
** make a scan per clause quadratic. -1 on no memory. */
static int breaches_named(dyad_coder *c, sent_ctx *s)
{
    c->nbreach_at = 0;
    s->breach_sought = 1;
    for (size_t p = 0; p + 2 < s->ls.n; p++) {
        const char *w = s->ls.lemmas[p];
        uint32_t own_end;
        if ((!lemma_is_word(w, "for") && !lemma_is_word(w, "over") &&
             !lemma_is_word(w, "against")) ||
            breach_after(s, named_as(s, p), &own_end) < 0)
            continue;
        if (base_grow((void **)&c->breach_at, &c->breach_at_cap, c->nbreach_at + 1,
                      sizeof *c->breach_at) < 0)
            return -1;
        c->breach_at[c->nbreach_at++] = (uint32_t)p;
    }
    return 0;
}

/* Emits sp's charge (112) of the breach's owner, told in clause ci (np:
** the owner's phrase, or -1). Returns -1 when memory runs out, else 0. */
static int charge_breach(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                         const speaker *sp, const actor_ref *owner)
{
    clause_job *k = doer_job(s, ci, np);
    if (!k)
        return -1;
    k->src[0] = *owner;
    k->ns = 1;
    int rc = emit_accusation(c, s, k, sp, k->src, k->ns, 11, "112");
    dy_free(k);
    return rc;
}

/* "Reagan raised tariffs on Japanese goods to penalize Japan for breaking
** the chip pact", "sanctions against Japan for its alleged violations of
** the accord": a hostile act (roots 10-17) whose sentence gives, after
** "for", "over" or "against", a breach of a word given (a violation or
** breach of, a failure to keep, breaking an agreement, a pledge,
** international law) charges the breach to its target: its doer's
** accusation (112) of the breach's owner ("Japan's", "Japanese") or, with
** none named, of the act's target, when that owner is of the target's
** country (or named, the act naming no target) and the doer a state of
** another (accuses, said plainly). An appeal or a demand for a penalty
** against Y ("called on Reagan to retaliate against Japan for violating
** the pact") charges Y, not the one appealed to (penalized_before). */
static int breach_cause(dyad_coder *c, sent_ctx *s, const clause_job *j, int root)
{
    /* a threat to punish ("would raise tariffs to penalize") charges now;
    ** an appeal (02) only for the penalty it asks ("called on Reagan to
    ** retaliate against Japan for violating the pact") */
    if (root < 2 || root > 17 || (root > 2 && root < 10) || root == 11 || root == 14 ||
        !j->ns || (j->mod != MOD_ASSERTED && j->mod != MOD_FUTURE))
        return 0;
    if (!s->breach_sought && breaches_named(c, s) < 0)
        return -1;
    for (size_t k = 0; k < c->nbreach_at; k++) {
        size_t p = c->breach_at[k];
        const char *w = s->ls.lemmas[p];
        if (root == 2 && !lemma_is_word(w, "for"))
            continue;
        uint32_t own_end;
        size_t q = named_as(s, p);   /* "for what it sees as Japan's ..." */
        breach_after(s, q, &own_end);
        /* an appeal or a demand for a penalty "against Y": Y is the one
        ** charged, not the one appealed to */
        actor_ref pen;
        int asked = (root == 2 || root == 10) && lemma_is_word(w, "for") &&
                    penalized_before(c, s, p, &pen);
        /* "asked whether the government would retaliate against Uganda
        ** for breaking the accord": a question charges no one yet */
        if (asked) {
            const phrase *vg = &s->ls.phrases[s->ls.clauses[j->ci].verb];
            for (size_t t = vg->head + 1; t < p; t++)
                if (lemma_in_list(s->ls.lemmas[t], question_words))
                    return 0;
        }
        if (root == 2 && !asked)
            return 0;
        actor_ref owner;
        if (own_end > q + 1) {
            if (!coder_resolve_span(c, s, (uint32_t)q + 1, own_end, &owner))
                return 0;
        } else if (asked)
            owner = pen;
        else if (j->nt)
            owner = j->tgt[0];
        else
            return 0;
        char co[4], ct[4];
        /* "imposed the sanctions in retaliation for Japan's failure to
        ** honour its commitments": a named owner stands for the target
        ** the act does not name */
        int hit = !j->nt;
        for (int t = 0; t < j->nt && !asked; t++)
            hit |= coder_code_country(owner.code, co) &&
                   coder_code_country(j->tgt[t].code, ct) && strcmp(co, ct) == 0;
        if (asked)
            hit = coder_code_country(owner.code, co) && coder_code_country(pen.code, ct) &&
                  strcmp(co, ct) == 0;
        if (!hit)
            return 0;
        speaker sp;
        memset(&sp, 0, sizeof sp);
        sp.kind = SAYS_PLAINLY;
        sp.clause = -1;
        sp.np = j->src_np;
        for (int i = 0; i < j->ns && sp.n < MAX_ACTORS; i++)
            if (state_or_organ(&j->src[i]))
                sp.who[sp.n++] = j->src[i];
        if (!sp.n)
            return 0;
        return charge_breach(c, s, j->ci, own_end > q + 1 ? -1 : j->tgt_np, &sp, &owner);
    }
    return 0;
}

static int breach_clause(const sent_ctx *s, const clause *cl, const phrase *vg, unsigned verbs);
static unsigned stance_verbs(const dyad_coder *c, const char *word);

/* Makes j's one target the country of actor owner, when it is a state or
** an organ of one and not of a country of j's sources. Returns 1, or 0. */
static int breach_owner_target(clause_job *j, actor_ref owner)
{
    char co[4], cs[4];
    if (!state_or_organ(&owner) || !coder_code_country(owner.code, co))
        return 0;
    /* never the sanctioning state's own country */
    for (int i = 0; i < j->ns; i++)
        if (coder_code_country(j->src[i].code, cs) && strcmp(co, cs) == 0)
            return 0;
    /* the state as a whole: its government broke the word, the
    ** sanction hits the country */
    snprintf(owner.code, sizeof owner.code, "%s", co);
    j->tgt[0] = owner;
    return j->nt = 1;
}

/* "imposed the tariffs because Japan failed to keep the agreement",
** "imposed the sanctions, saying Tokyo had failed to abide by the pact":
** a breach told as a clause after the sanction's, under "because" or
** as what the sanction's own doer goes on saying or alleging (a
** participle whose subject is the sanction's), names whom it hits: that
** clause's subject. Returns j's targets, 1 or 0. */
static int breach_told_target(dyad_coder *c, sent_ctx *s, clause_job *j)
{
    static const char *const telling_verbs[] = {"say", "allege", "charge", "claim", "contend",
                                                "complain", NULL};
    const clause *cls = s->ls.clauses;
    int32_t subject = cls[j->ci].subject;
    /* the telling clause follows closely: a dozen clauses at most, so that
    ** every penalty of a run-on sentence does not read all that follows */
    size_t last = j->ci + 13 < s->ls.nclauses ? j->ci + 13 : s->ls.nclauses;
    for (size_t ci = j->ci + 1; ci < last; ci++) {
        const clause *cl = &cls[ci];
        if (cl->verb < 0 || cl->subject < 0 || s->ls.phrases[cl->verb].first < j->vg->end)
            continue;
        int linked = cl->kind == CL_SUBORDINATE && cl->word != UINT32_MAX &&
                     lemma_is_word(s->ls.lemmas[cl->word], "because");
        if (!linked && cl->kind == CL_COMPLEMENT && cl->parent >= 0 && subject >= 0) {
            const clause *pa = &cls[cl->parent];
            const phrase *pv = pa->verb >= 0 ? &s->ls.phrases[pa->verb] : NULL;
            linked = pv && pa->subject == subject && s->ls.tags[pv->first] == TAG_VBG &&
                     lemma_in_list(s->ls.lemmas[pv->head], telling_verbs);
        }
        const phrase *vg = &s->ls.phrases[cl->verb];
        if (!linked || !breach_clause(s, cl, vg, stance_verbs(c, s->ls.lemmas[vg->head])))
            continue;
        actor_ref owner;
        return coder_resolve_np(c, s, cl->subject, &owner, 1) == 1 &&
               breach_owner_target(j, owner);
    }
    return 0;
}

int coder_breach_target(dyad_coder *c, sent_ctx *s, clause_job *j)
{
    if (j->nt || !j->ns || strncmp(j->code1, "16", 2) != 0 ||
        (j->mod != MOD_ASSERTED && j->mod != MOD_FUTURE))
        return 0;
    /* the breach follows its penalty closely ("imposed tariffs on Japanese
    ** chips for what it called Japan's failure"); a bound keeps every
    ** clause of a run-on sentence from reading to its end */
    size_t reach = j->vg->end + 60 < s->ls.n ? j->vg->end + 60 : s->ls.n;
    for (size_t p = j->vg->end; p + 2 < reach; p++) {
        const char *w = s->ls.lemmas[p];
        /* "for", "over", and the "of" of "because of" */
        if (!lemma_is_word(w, "for") && !lemma_is_word(w, "over") &&
            !(lemma_is_word(w, "of") && p > 0 && lemma_is_word(s->ls.lemmas[p - 1], "because")))
            continue;
        uint32_t own_end;
        size_t q = named_as(s, p);   /* "for what he called Japan's failure" */
        actor_ref owner;
        if (breach_after(s, q, &own_end) < 0 || own_end <= q + 1 ||
            !coder_resolve_span(c, s, (uint32_t)q + 1, own_end, &owner))
            return 0;
        return breach_owner_target(j, owner);
    }
    return breach_told_target(c, s, j);
}

/* ---- a penalty asked, planned or weighed for a breach ---- */

/* Nouns and verbs of a penalty: "sanctions against Japan for violating
** the pact", "retaliatory trade action against Japan for breaking its
** agreement", "recommended Japanese firms be penalized ... for continuing
** to dump microchips". "action", "measure" and "step" only with "against"
** after them. */
static const char *const penalty_nouns[] = {"sanction", "tariff", "penalty", "retaliation",
                                            "reprisal", "punishment", "duty", NULL};
static const char *const penalty_acts[] = {"action", "measure", "step", NULL};
static const char *const penalty_verbs[] = {"penalize", "penalise", "punish", "retaliate",
                                            "sanction", NULL};
/* Verbs that end a penalty: what they end was charged before, not now. */
static const char *const lifting_verbs[] = {"lift", "ease", "remove", "end", "drop", "suspend",
                                            "revoke", "rescind", "scrap", "withdraw", "waive",
                                            NULL};

/* The token of the penalty word that the breach after "for" or "over" at
** p answers, within the ten tokens before p, or -1. */
static int32_t penalty_before(const sent_ctx *s, size_t p)
{
    for (size_t k = p; k-- > (p > 10 ? p - 10 : 0);) {
        const char *w = s->ls.lemmas[k];
        if (s->ls.tags[k] == TAG_COMMA || s->ls.tags[k] == TAG_COLON)
            return -1;
        if (tag_is_noun(s->ls.tags[k]) && (lemma_in_list(w, penalty_nouns) ||
                                           (lemma_in_list(w, penalty_acts) && k + 1 < p &&
                                            lemma_is_word(s->ls.lemmas[k + 1], "against"))))
            return (int32_t)k;
        if (tag_is_verb(s->ls.tags[k]) && lemma_in_list(w, penalty_verbs))
            return (int32_t)k;
    }
    return -1;
}

/* The clause of the nearest verb group at or before token k ("imposed"
** in "imposed sanctions against ...", "penalized" itself), or NULL. The
** smallest span around k may be a clause the language layer strung
** after it. */
static const clause *verb_clause_before(const sent_ctx *s, uint32_t k)
{
    for (uint32_t t = k + 1; t-- > 0;) {
        int32_t vg = s->ls.vg_of[t];
        if (vg >= 0)
            return s->vg_clause[vg] >= 0 ? &s->ls.clauses[s->vg_clause[vg]] : NULL;
        if (s->ls.tags[t] == TAG_COMMA || s->ls.tags[t] == TAG_COLON)
            return NULL;
    }
    return NULL;
}

/* Resolves the subject of clause cl into who, keeping a state's actors
** (state_or_organ); returns their count, -1 when the subject names actors
** but none a state's ("the measures", "Kenyan farmers"). */
static int state_subject(dyad_coder *c, const sent_ctx *s, const clause *cl, actor_ref *who)
{
    int n = coder_resolve_np(c, s, cl->subject, who, MAX_ACTORS), k = 0;
    for (int i = 0; i < n; i++)
        if (state_or_organ(&who[i]))
            who[k++] = who[i];
    return n && !k ? -1 : k;
}

int coder_stance_penalty(dyad_coder *c, sent_ctx *s)
{
    /* every penalty answered is one of penalty_before's words */
    if (!coder_rule_may(s, RULE_PENALTY) || c->act_as_said || c->opts.partial)
        return 0;
    for (size_t p = 1; p + 2 < s->ls.n; p++) {
        if (!lemma_is_word(s->ls.lemmas[p], "for") && !lemma_is_word(s->ls.lemmas[p], "over"))
            continue;
        uint32_t own_end;
        int32_t pen = penalty_before(s, p);
        size_t q = named_as(s, p);
        if (pen < 0 || breach_after(s, q, &own_end) < 0)
            continue;
        const clause *pc = verb_clause_before(s, (uint32_t)pen);
        if (!pc)
            continue;
        const phrase *pv = &s->ls.phrases[pc->verb];
        if (lemma_in_list(s->ls.lemmas[pv->head], lifting_verbs) || pv->mod == MOD_NEGATED)
            continue;
        /* the one charged: the breach's owner ("for Japan's violation"),
        ** else "against Y" or "on Y" before "for", else the one a verb
        ** of penalty acts on ("penalize Japan", "Japanese firms be
        ** penalized") */
        actor_ref y, on;
        int32_t penalized = -1;
        if (lemma_in_list(s->ls.lemmas[pv->head], penalty_verbs))
            penalized = pv->voice == VOICE_PASSIVE ? pc->subject : pc->object;
        int has_on = penalized_before(c, s, p, &on) ||
                     (penalized >= 0 && coder_resolve_np(c, s, penalized, &on, 1) == 1);
        if (own_end > q + 1) {
            /* the owner must be of the penalized's country: "duties on
            ** Ugandan sugar over Tanzania's failure to honour the accord"
            ** charges no one */
            char co[4], cp[4];
            if (!coder_resolve_span(c, s, (uint32_t)q + 1, own_end, &y) ||
                (has_on && !(coder_code_country(y.code, co) &&
                             coder_code_country(on.code, cp) && strcmp(co, cp) == 0)))
                continue;
        } else if (has_on)
            y = on;
        else
            continue;
        /* who asks, plans or weighs the penalty: the nearest clause at or
        ** above it whose subject is a state's, not the penalized, told
        ** as done or ahead */
        speaker sp;
        memset(&sp, 0, sizeof sp);
        sp.kind = SAYS_PLAINLY;
        sp.clause = -1;
        const clause *ac = pc;
        int n = 0;
        for (; ac && !n; ac = n || ac->parent < 0 ? ac : &s->ls.clauses[ac->parent]) {
            /* "urged the government to impose sanctions": the one urged
            ** has charged no one yet; the one who urges has. A subject
            ** that names no one ("the cabinet") leaves it to the clause
            ** above; one that names no state ("the measures would
            ** penalize", "Kenyan farmers urged") to no one. */
            if (ac->subject >= 0 && ac->subject != penalized && ac->ctrl != CTRL_OBJECT)
                n = state_subject(c, s, ac, sp.who);
            if (n || ac->parent < 0)
                break;
        }
        const phrase *av = ac && ac->verb >= 0 ? &s->ls.phrases[ac->verb] : NULL;
        /* the state itself asks, plans or weighs it, as done or ahead */
        if (n <= 0 || !av || av->mod == MOD_NEGATED || av->mod == MOD_HYPOTHETICAL ||
            av->mod == MOD_CONDITIONAL)
            continue;
        /* "to decide what sanctions if any should be taken", "whether to
        ** retaliate": a penalty still weighed as a question charges no
        ** one yet */
        int weighed = pc->word < s->ls.n && lemma_in_list(s->ls.lemmas[pc->word], question_words);
        uint32_t from = av->head < pc->first ? av->head : pc->first;
        for (uint32_t k = from > 0 ? from - 1 : 0; k < (uint32_t)pen && !weighed; k++)
            weighed = lemma_in_list(s->ls.lemmas[k], question_words);
        if (weighed)
            continue;
        sp.n = n;
        sp.np = ac->subject;
        return charge_breach(c, s, (size_t)(ac - s->ls.clauses), -1, &sp, &y);
    }
    return 0;
}

/* "The Houthis said they had carried out the drone strikes on Saudi
** plants": an armed group of no state (rebels, insurgents, separatists)
** telling plainly of its own attack (18-20) claims it (015) towards the
** attack's target, beside the attack itself. A state reporting its
** forces' deeds in a war claims nothing ("Iraq said its planes hit").
** Partial mode and PETRARCH's reading leave it out, as accusations. */
static int claim_by_saying(dyad_coder *c, sent_ctx *s, const clause_job *j, int root)
{
    static const char *const armed[] = {"REB", "INS", "SEP", NULL};
    if (root < 18 || root > 20 || j->mod != MOD_ASSERTED || j->ns == 0 || j->nt == 0 ||
        j->mutual || j->together || j->joint)
        return 0;
    speaker sp;
    find_speaker(c, s, j->ci, &sp);
    if (sp.kind != SAYS_PLAINLY || sp.n != 1 || !coder_role_in(sp.who[0].code, armed))
        return 0;
    if (!done_by_side(s, j, &sp.who[0]))
        return 0;
    return side_act(c, s, j, sp.clause, sp.np, &sp.who[0], "015",
                    "claim of an attack told by its doer");
}

/* Does verb group vg tell an attempt, not negated nor made modal: "was
** trying to build", "is seeking to isolate" ("would try to", "did not
** try to" are no charge)? */
static int attempted(const sent_ctx *s, const phrase *vg)
{
    if (vg->mod != MOD_FUTURE)
        return 0;
    for (uint32_t k = vg->first; k < vg->head; k++) {
        if (s->ls.tags[k] == TAG_MD || lemma_is_word(s->ls.lemmas[k], "not") ||
            lemma_is_word(s->ls.lemmas[k], "n't"))
            return 0;
        if (lemma_in_list(s->ls.lemmas[k], attempt_verbs) && k + 1 < vg->head &&
            lemma_is_word(s->ls.lemmas[k + 1], "to"))
            return 1;
    }
    return 0;
}

/* Is act j of violence told plainly by armed forces or police alone, a
** party to the fighting: "Communist rebels killed 18 soldiers in the
** south, the army said", "a military spokesman said Iran launched its
** attack in the north"? A force's communique reports the fighting, which
** is coded; it accuses no one beside it (docs/annotation.md, "Words are
** acts": a speaker who reports another event; precision samples 12, 14
** and 16). A state's word ("Chad said Libyan warplanes had bombed a
** Chadian garrison") still accuses, as does any force that alleges. */
static int told_by_forces(const sent_ctx *s, const speaker *sp)
{
    static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
    if (sp->kind != SAYS_PLAINLY || !sp->n)
        return 0;
    /* "A Baghdad war communique said an Iranian brigade launched the
    ** attack": a war or military communique is the forces' word, whatever
    ** state it names */
    if (sp->np >= 0) {
        const phrase *np = &s->ls.phrases[sp->np];
        if (np->head > np->first && lemma_is_word(s->ls.lemmas[np->head], "communique") &&
            (lemma_is_word(s->ls.lemmas[np->head - 1], "war") ||
             lemma_is_word(s->ls.lemmas[np->head - 1], "military")))
            return 1;
    }
    for (int i = 0; i < sp->n; i++)
        if (!coder_role_in(sp->who[i].code, forces))
            return 0;
    return 1;
}

int coder_stance(dyad_coder *c, sent_ctx *s, clause_job *j)
{
    int root = root_of(j->code1);
    if (!c->act_as_said && !c->opts.partial &&
        (denial(c, s, j, root) < 0 || breach_cause(c, s, j, root) < 0 ||
         claim_by_saying(c, s, j, root) < 0))
        return -1;
    /* "said the U.S. was trying to build up its forces": an aim to harm
    ** told of another is a charge (112) however it is said; the act stays
    ** as told (future) */
    int aim = j->mod == MOD_FUTURE && attempted(s, j->vg);
    /* "an inquiry into American charges that Japan had shelled ...",
    ** "Kuwait rejected Iranian charges that Kuwaiti boats had attacked
    ** Iranian ships": what a charge says is hypothetical, or negated when
    ** its doer denies it (the modality table), though told plainly in its
    ** own words; the charge was made */
    int charged = (j->mod == MOD_HYPOTHETICAL || j->mod == MOD_NEGATED) &&
                  j->vg->mod == MOD_ASSERTED && charge_before(s, j->cl) >= 0;
    /* "Both sides are fighting": a reciprocal act blames no one side */
    if (c->act_as_said || c->opts.partial || (j->mod != MOD_ASSERTED && !aim && !charged) ||
        !hostile(root, SAYS_ALLEGING) || speaker_itself(s, j->src_np) || j->mutual ||
        j->together || j->joint)
        return 0;
    /* "said Brazil's decision to stop payments had captured the
    ** attention": a decision does no harm of itself */
    for (int t = 0; t < j->ns; t++)
        if (coder_intent_doer(s, &j->src[t], j->vg->head))
            return 0;
    speaker sp;
    find_speaker(c, s, j->ci, &sp);
    if (sp.kind == SAYS_NONE || (!aim && !hostile(root, sp.kind)))
        return 0;
    /* "said the Community is trying to target problem areas": an aim
    ** whose pattern wants a target and found none names no harm to
    ** anyone (precision sample 16) */
    if (aim && !j->nt && !j->alone)
        return 0;
    if (aim) {
        int self = 0;
        for (int i = 0; i < sp.n; i++)
            for (int t = 0; t < j->ns; t++)
                self |= coder_own_side(&sp.who[i], &j->src[t]);
        if (self || !sp.n || !j->ns)
            return 0;
        return emit_accusation(c, s, j, &sp, j->src, j->ns, 11, "112");
    }
    /* what is alleged of another is the speaker's word, not the act */
    int self = 0;
    for (int i = 0; i < sp.n; i++)
        for (int t = 0; t < j->ns; t++)
            self |= coder_own_side(&sp.who[i], &j->src[t]);
    if (sp.kind == SAYS_ALLEGING && !self && j->mod != MOD_NEGATED)
        j->mod = MOD_HYPOTHETICAL;
    if (told_by_forces(s, &sp)) {
        coder_reject(c, s, "verb '%s' (%s) reported plainly by %s, a force: a communique, "
                     "no accusation", j->lemma, j->code1, sp.who[0].code);
        return 0;
    }
    if (!sp.n || !j->ns) {
        const phrase *np = sp.np >= 0 ? &s->ls.phrases[sp.np] : NULL;
        if (j->ns)
            coder_reject(c, s, "verb '%s' (%s) reported: no actor in the speaker '%.*s', "
                         "no accusation", j->lemma, j->code1,
                         np ? (int)(s->ls.toks[np->end - 1].start + s->ls.toks[np->end - 1].len -
                                    s->ls.toks[np->first].start) : 0,
                         np ? s->ls.text + s->ls.toks[np->first].start : "");
        return 0;
    }
    return emit_accusation(c, s, j, &sp, j->src, j->ns, root, NULL);
}

/* Is verb group vg "be to blame" told as done, followed by "for" ("were
** to blame for the attack")? The language layer reads it as a verb group
** of "blame" told ahead, whose subject is the one blamed. */
static int to_blame(const sent_ctx *s, const phrase *vg)
{
    uint32_t h = vg->head;
    if (!lemma_is_word(s->ls.lemmas[h], "blame") || h < vg->first + 2 || vg->end >= s->ls.n ||
        !lemma_is_word(s->ls.lemmas[h - 1], "to") || !lemma_is_word(s->ls.lemmas[vg->end], "for"))
        return 0;
    for (uint32_t k = vg->first; k + 1 < h; k++)
        if (lemma_is_word(s->ls.lemmas[k], "not") || lemma_is_word(s->ls.lemmas[k], "n't") ||
            s->ls.tags[k] == TAG_MD)
            return 0;
    return lemma_is_word(s->ls.lemmas[h - 2], "be");
}

/* The root of the hostile act a predicate of blame names after the verb
** of clause cl: the first event noun after "behind the bombing",
** "responsible for the attack", "the suspected perpetrators of the
** massacre"; 18 (assault) for a noun of violence with no pattern that
** fits ("the bombing") or a perpetrator of nothing named ("are the
** suspected perpetrators"); 0 when it is no such predicate ("was
** responsible for security"). to_blame_vg: the verb group itself is "be
** to blame" (to_blame), the words after it what is blamed. */
static int blame_predicate(const dyad_coder *c, const sent_ctx *s, const clause *cl,
                           int to_blame_vg)
{
    const phrase *vg = &s->ls.phrases[cl->verb];
    size_t k = vg->end, end = cl->end < s->ls.n ? cl->end : s->ls.n;
    int doer = 0, blamed = to_blame_vg, cause = 0;
    for (; k < end && !blamed; k++) {
        const char *w = s->ls.lemmas[k];
        doer = tag_is_noun(s->ls.tags[k]) && lemma_in_list(w, blame_nouns);
        /* "is the main cause of tension" */
        cause = lemma_is_word(w, "cause") && tag_is_noun(s->ls.tags[k]) && k + 1 < end &&
                lemma_is_word(s->ls.lemmas[k + 1], "of");
        blamed = doer || cause || lemma_is_word(w, "behind") ||
                 (lemma_is_word(w, "responsible") && k + 1 < end &&
                  lemma_is_word(s->ls.lemmas[k + 1], "for"));
    }
    if (!blamed)
        return 0;
    for (; k < end; k++) {
        match_state m;
        if (coder_noun_pattern(c, s, k, end, &m) && m.code && root_of(m.code))
            return root_of(m.code);
        if (tag_is_noun(s->ls.tags[k]) && (lemma_in_list(s->ls.lemmas[k], violence_nouns) ||
                                           (cause && lemma_in_list(s->ls.lemmas[k], strife_nouns))))
            return 18;
    }
    return doer ? 18 : 0;
}

/* The lists of coder_stance_init's word set (c->stance_verbs) a verb is
** on, a bit each: the predicate asks one probe of each clause's verb
** rather than walking four lists of a dozen words. The last three are
** judging_word's, asked of every noun phrase's head. */
enum {
    SV_BREACH = 1, SV_KEEP = 2, SV_WRONG = 4, SV_DECEIT = 8, SV_BACKING = 16,
    SV_FAILING = 32, SV_CONDUCT = 64, SV_JUDGING = 128
};

/* The SV_* lists word (a lemma) is on. */
static unsigned stance_verbs(const dyad_coder *c, const char *word)
{
    return base_wordset_get(&c->stance_verbs, word, strlen(word));
}

/* Does active clause cl, of verb group vg, break a word given: a verb of
** breaking asserted, or one of keeping negated or failed, not refused
** ahead ("would not honour"), whose first noun phrase after it names an
** agreement or a pledge ("had violated the trade pact", "reneged on its
** promise", "had failed to honour the accord")? */
static int breach_clause(const sent_ctx *s, const clause *cl, const phrase *vg, unsigned verbs)
{
    if (vg->voice != VOICE_ACTIVE)
        return 0;
    if (vg->mod == MOD_NEGATED && (verbs & SV_KEEP)) {
        for (size_t k = vg->first; k < vg->end; k++)
            if (s->ls.tags[k] == TAG_MD)
                return 0;
    } else if (vg->mod != MOD_ASSERTED || !(verbs & SV_BREACH))
        return 0;
    const phrase *np = first_np(s, vg->end, cl->end < s->ls.n ? cl->end : s->ls.n);
    return np && (lemma_in_list(s->ls.lemmas[np->head], given_nouns) ||
                  lemma_in_list(s->ls.lemmas[np->head], land_rules));
}

/* Verbs of wrongdoing that, said of another, charge it: "said Uganda had
** lied about the talks", "said Ugandan agents were meddling in the
** vote"; "interfere" and "meddle" only with "in". And the nouns of deceit
** that "use", "spread" or "tell" charge: "is using tricks and lies". */
static const char *const wrong_verbs[] = {
    "lie", "cheat", "deceive", "mislead", "sabotage", "persecute", "oppress", "harass",
    "intimidate", "meddle", "interfere", "subvert", "destabilize", "destabilise", "dump", NULL};
/* What one may dump without wrongdoing: money and paper sold off ("were
** dumping dollars", "dumped their shares"). */
static const char *const sold_off_nouns[] = {
    "dollar", "yen", "mark", "currency", "share", "stock", "bond", "security", "holding",
    "treasury", "note", "bill", "paper", "asset", "position", "equity", NULL};
static const char *const deceit_verbs[] = {"use", "spread", "tell", "resort", NULL};
static const char *const deceit_nouns[] = {"lie", "trick", "propaganda", "disinformation",
                                           "falsehood", "deception", NULL};

/* Do the words k..end after "dump" tell goods sold below cost: a market
** named ("on the U.S. market", "in third countries", "in world
** markets", "at below cost") with no money or paper dumped (sold_off_nouns)? */
static int dumped_goods(const sent_ctx *s, size_t k, size_t end)
{
    static const char *const market_words[] = {"market", "country", "nation", "cost", "price",
                                               NULL};
    const phrase *np = first_np(s, k, end);
    if (np && np->first == k && lemma_in_list(s->ls.lemmas[np->head], sold_off_nouns))
        return 0;
    /* the clause's phrases may stop short of a last PP ("at below cost"):
    ** read on to the comma or the sentence's end */
    for (; k < s->ls.n && s->ls.tags[k] != TAG_COMMA && s->ls.tags[k] != TAG_COLON; k++)
        if (tag_is_noun(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], market_words))
            return 1;
    return 0;
}

/* Does active clause cl, of verb group vg, say plainly that its subject
** does wrong: a verb of wrongdoing, or deceit used or spread? */
static int wrongdoing_clause(const sent_ctx *s, const clause *cl, const phrase *vg,
                             unsigned verbs)
{
    const char *verb = s->ls.lemmas[vg->head];
    /* "said Uganda was trying to destabilize Kenya": the aim is charged */
    if (vg->voice != VOICE_ACTIVE || (vg->mod != MOD_ASSERTED && !attempted(s, vg)))
        return 0;
    size_t k = vg->end, end = cl->end < s->ls.n ? cl->end : s->ls.n;
    if (verbs & SV_WRONG) {
        /* "interfere in", "meddle in"; "lied about", "lie low" is no charge */
        if (lemma_is_word(verb, "interfere") || lemma_is_word(verb, "meddle"))
            return k < end && lemma_is_word(s->ls.lemmas[k], "in");
        /* "said Japan was dumping chips in Asia", "dumping on world
        ** markets": goods sold below cost; not money or shares sold off,
        ** nor waste or lemons dumped somewhere with no market named */
        if (lemma_is_word(verb, "dump"))
            return dumped_goods(s, k, end);
        return !(lemma_is_word(verb, "lie") && s->ls.tags[vg->head] != TAG_VBD &&
                 s->ls.tags[vg->head] != TAG_VBN && !(k < end &&
                 lemma_is_word(s->ls.lemmas[k], "about")));
    }
    if (!(verbs & SV_DECEIT))
        return 0;
    if (k < end && lemma_is_word(s->ls.lemmas[k], "to"))   /* "resort to lies" */
        k++;
    const phrase *np = first_np(s, k, end);
    if (!np)
        return 0;
    if (lemma_in_list(s->ls.lemmas[np->head], deceit_nouns))
        return 1;
    /* "tricks and lies": the first of a pair */
    for (size_t w = np->first; w < np->end; w++)
        if (tag_is_noun(s->ls.tags[w]) && lemma_in_list(s->ls.lemmas[w], deceit_nouns))
            return 1;
    return 0;
}

/* What clause cl, of verb group vg, acts on (the object of the active,
** the subject of the passive), with its doer in *doer (the subject, or
** the passive's by-agent); -1 for either that is not there. */
static int32_t done_to(const clause *cl, const phrase *vg, int32_t *doer)
{
    int passive = vg->voice == VOICE_PASSIVE;
    *doer = passive ? cl->agent : cl->subject;
    return passive ? cl->subject : cl->object;
}

/* Verbs of backing an armed group, and the groups so backed: "said Iran
** was arming the rebels", "the rebels are backed by Iran". Told of
** another country by a party that may accuse, the backing is its charge
** (112) of the backer; backing a government or a plan charges no one. */
static const char *const backing_verbs[] = {
    "arm", "back", "fund", "finance", "bankroll", "sponsor", "supply", "equip", "train",
    "support", "harbour", "harbor", NULL};
static const char *const armed_group_nouns[] = {
    "rebel", "insurgent", "guerrilla", "guerilla", "militant", "militia", "separatist",
    "terrorist", "extremist", "jihadist", "contra", "insurgency", NULL};

/* Does active or passive clause cl, of verb group vg, say plainly that
** someone backs an armed group: a verb of backing (backing_verbs) whose
** object (active) or subject (passive) is rebels, militants and the like
** by its head word or its resolved role? Returns the backer's phrase (the
** subject, or the passive's by-agent), or -1. */
static int32_t backing_clause(dyad_coder *c, const sent_ctx *s, const clause *cl,
                              const phrase *vg, unsigned verbs)
{
    if ((vg->mod != MOD_ASSERTED && !attempted(s, vg)) || !(verbs & SV_BACKING))
        return -1;
    int32_t backer;
    int32_t group = done_to(cl, vg, &backer);
    if (group < 0 || backer < 0)
        return -1;
    const phrase *g = &s->ls.phrases[group];
    if (tag_is_noun(s->ls.tags[g->head]) &&
        lemma_in_list(s->ls.lemmas[g->head], armed_group_nouns))
        return backer;
    actor_ref who[MAX_ACTORS];
    int keep = c->no_agent_memory;
    c->no_agent_memory = 1;
    int n = coder_resolve_np(c, s, group, who, MAX_ACTORS);
    c->no_agent_memory = keep;
    for (int i = 0; i < n; i++)
        if (coder_role_in(who[i].code, coder_irregular_roles))
            return backer;
    return -1;
}

/* The token after the words quoted from token k up to the closing
** quotation mark or the sentence's end. */
static size_t quoted_end(const sent_ctx *s, size_t k)
{
    while (k < s->ls.n && s->ls.tags[k] != TAG_RQUOTE)
        k++;
    return k;
}

/* The code of the negative judgement clause cl's predicate passes right
** after its verb of "be" ("were unfair", "is clearly a grave mistake",
** "was a violation of the accord"): "111", "112" for a violation or a
** breach, or NULL when it passes none ("was unfair to consumers" still
** judges; "was fair", "was a mistake by Kenya" of the speaker's own are
** the caller's). */
static const char *judgement_predicate(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    size_t k = vg->end, end = cl->end < s->ls.n ? cl->end : s->ls.n;
    /* a judgement quoted ('were "unfair"', 'is "totally unjustified"'):
    ** the language layer ends the clause before the quotation mark, and
    ** the words inside it are the speaker's own */
    if (k < s->ls.n && s->ls.tags[k] == TAG_LQUOTE && k + 1 < s->ls.n) {
        k++;
        if (end <= k)
            end = quoted_end(s, k);
    }
    for (; k < end && (tag_is_adv(s->ls.tags[k]) || s->ls.tags[k] == TAG_DT); k++)
        if (lemma_in_list(s->ls.lemmas[k], lang_predicate_denials))   /* "were not unfair" */
            return NULL;
    if (k >= end)
        return NULL;
    /* "said the Commission's proposals were unacceptable": a rejection;
    ** "said the Iraqi charges were baseless": a denial */
    const char *subj = cl->subject >= 0 ? s->ls.lemmas[s->ls.phrases[cl->subject].head] : "";
    int proposal = lemma_in_list(subj, proposal_nouns);
    int charge = lemma_in_list(subj, charge_nouns);
    if (tag_is_adj(s->ls.tags[k]) && charge &&
        (lemma_in_list(s->ls.lemmas[k], unfounded_adjs) ||
         lemma_in_list(s->ls.lemmas[k], judgement_adjs)))
        return "016";
    if (tag_is_adj(s->ls.tags[k]) && lemma_in_list(s->ls.lemmas[k], judgement_adjs))
        return proposal && lemma_in_list(s->ls.lemmas[k], unacceptable_adjs) ? "120" : "111";
    /* "were unworkable", "were unacceptably tough" (the adverb skipped above) */
    if (proposal && tag_is_adj(s->ls.tags[k]) &&
        (lemma_in_list(s->ls.lemmas[k], proposal_adjs) ||
         (k > vg->end && lemma_in_list(s->ls.lemmas[k - 1], proposal_adjs))))
        return "120";
    if (s->ls.np_of[k] < 0)
        return NULL;
    const phrase *np = &s->ls.phrases[s->ls.np_of[k]];
    const char *head = s->ls.lemmas[np->head];
    if (!lemma_in_list(head, judgement_nouns))
        return NULL;
    return lemma_is_word(head, "violation") || lemma_is_word(head, "breach") ? "112" : "111";
}

/* "Kenyan officials said Uganda's new tariffs were unfair": a state's
** speaker who says plainly that another country's act, policy or actor is
** wrong criticizes it (111), towards the actor its subject names by its
** own words (a possessor, a country's adjective, a name). Only a state's
** speaker (state_organ), or a critic at home (critic_roles: "Kenyan
** opposition leaders said the government's levy was unfair"), whose own
** government accuses lets it judge: analysts and firms judging markets
** make no event, nor people a country's adjective alone codes. A party
** judges too, at home or abroad, when sp->at_home (coder_home_side).
** Returns 1 when sp keeps such a speaker, dropping the others. */
static int judging_speaker(const sent_ctx *s, speaker *sp)
{
    /* a bare country only by its name ("Kenya said") or an "it" for one,
    ** not by a phrase a country's adjective opens ("Kenyan analysts") */
    uint32_t head = sp->np >= 0 ? s->ls.phrases[sp->np].head : 0;
    int named = sp->np >= 0 && (s->ls.tags[head] == TAG_NNP || s->ls.tags[head] == TAG_NNPS ||
                                lemma_is_word(s->ls.lemmas[head], "it"));
    int n = 0;
    for (int i = 0; i < sp->n; i++)
        if ((state_or_organ(&sp->who[i]) && (sp->who[i].code[3] || named)) ||
            coder_role_in(sp->who[i].code, critic_roles) ||
            (sp->at_home && coder_home_side(&sp->who[i])))
            sp->who[n++] = sp->who[i];
    sp->n = n;
    return n > 0;
}

/* What only a government does, judged by a critic at home with no owner
** named: "the new mining tax", "the budget" (not "the election", nor a
** bill or a measure, a legislature's own). */
static const char *const government_things[] = {
    "policy", "plan", "decision", "budget", "tax", "levy", "tariff", "program", "programme",
    "reform", "move", "ban", "curb", "crackdown", NULL};

/* For a judgement or a charge reported by a critic at home (critic_roles)
** of country cc, the doers y[0..n) of the judged phrase np are its
** government's: a bare cc becomes ccGOV ("Kenya's new levy", said by the
** Kenyan opposition), and a government thing that names no owner
** (government_things: "said the new mining tax was illegal"), or one of
** "the government" with no country named, is ccGOV's.
** Returns the new count. */
static int critics_government(dyad_coder *c, const sent_ctx *s, int32_t np, const speaker *sp,
                              actor_ref *y, int n)
{
    char cc[4];
    int i = 0;
    while (i < sp->n && !(coder_role_in(sp->who[i].code, critic_roles) &&
                          coder_code_country(sp->who[i].code, cc)))
        i++;
    if (i == sp->n)
        return n;
    /* "the government" whose country only the dateline or the article's
    ** count gave ("LONDON - Ghanaian opposition leaders said the
    ** government was wrong") is the critic's own, as a bare cc is */
    for (int k = 0; k < n; k++) {
        if (strlen(y[k].code) == 6 && strcmp(y[k].code + 3, "GOV") == 0 &&
            coder_from_article(&y[k], 1)) {
            /* its country now came from where the critic's did */
            actor_ref words = y[k];
            y[k] = sp->who[i];
            y[k].first = words.first;
            y[k].end = words.end;
            y[k].entry_file = words.entry_file;
            y[k].entry_line = words.entry_line;
            y[k].agent_entry = words.agent_entry;
            y[k].needs_peer = 0;
        } else if (strcmp(y[k].code, cc) != 0) {
            continue;
        }
        snprintf(y[k].code, sizeof y[k].code, "%sGOV", cc);
    }
    const phrase *p = &s->ls.phrases[np];
    if (n || p->kind != PH_NP || (p->flags & (PHF_PRONOUN | PHF_COORD)) ||
        tag_is_proper(s->ls.tags[p->head]))
        return n;
    /* "the government's levy", "the government" of no country named */
    const dict_agent *ag = coder_agent_in(c, s, p->first, p->end);
    if (ag ? strcmp(ag->code, "GOV") != 0
           : !lemma_in_list(s->ls.lemmas[p->head], government_things))
        return n;
    /* the critic's country came from where its own did */
    y[0] = sp->who[i];
    snprintf(y[0].code, sizeof y[0].code, "%sGOV", cc);
    y[0].first = p->first;
    y[0].end = p->end;
    y[0].entry_file = NULL;
    y[0].entry_line = 0;
    y[0].agent_entry = 0;
    y[0].needs_peer = 0;
    return 1;
}

/* A clause job for clause ci whose doer phrase (the one judged or
** blamed) is np, for emit_accusation; the caller frees it (NULL when out
** of memory). */
static clause_job *doer_job(const sent_ctx *s, size_t ci, int32_t np)
{
    /* its verb too: a rejection under --explain names it */
    clause_job *j = coder_clause_job_new(s, ci, NULL);
    if (j)
        j->src_np = np;
    return j;
}

/* Fills *sp with clause ci's subject as a plain speaker ("Kenya said ...",
** "Kenya called ... unfair") and says whether it may judge another's
** conduct (judging_speaker). */
static int subject_judges(dyad_coder *c, sent_ctx *s, size_t ci, speaker *sp)
{
    memset(sp, 0, sizeof *sp);
    sp->kind = SAYS_PLAINLY;
    sp->clause = (int32_t)ci;
    sp->at_home = 1;   /* only judgements ask it */
    speaker_actors(c, s, s->ls.clauses[ci].subject, sp);
    return sp->n && judging_speaker(s, sp);
}

/* "Kenya will retaliate for what it sees as Uganda's unfair trade
** practices": a free relative of naming or seeing ("what it sees as",
** "what he termed") whose phrase names a negative judgement before its
** head (judgement_adjs) is the subject's criticism (111) of the owner the
** phrase names before that word, the subject a state's (judging_speaker, a
** pronoun for one too) and the owner of another country. */
static int judged_naming(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    const phrase *subj = &s->ls.phrases[cl->subject];
    if (vg->mod != MOD_ASSERTED || vg->voice != VOICE_ACTIVE || subj->first == 0 ||
        !lemma_is_word(s->ls.lemmas[subj->first - 1], "what") ||
        !lemma_in_list(s->ls.lemmas[vg->head], naming_verbs))
        return 0;
    /* the phrase named: the object ("what he termed X"), or after "as" */
    size_t k = vg->end;
    int32_t named = k < s->ls.n && lemma_is_word(s->ls.lemmas[k], "as") && s->pp_at[k] >= 0
                        ? s->ls.phrases[s->pp_at[k]].np : cl->object;
    if (named < 0)
        return 0;
    const phrase *np = &s->ls.phrases[named];
    uint32_t adj = np->first;
    while (adj < np->head && !(tag_is_adj(s->ls.tags[adj]) &&
                                lemma_in_list(s->ls.lemmas[adj], judgement_adjs)))
        adj++;
    /* a judgement adjective before the head; else "what it sees as
    ** Tokyo's failure to live up to the pact": a breach (adj is the head) */
    const char *code = NULL;
    if (adj < np->head)
        code = "111";
    else if (lemma_is_word(s->ls.lemmas[np->head], "failure") && np->head + 2 < s->ls.n &&
             lemma_is_word(s->ls.lemmas[np->head + 1], "to") &&
             lemma_in_list(s->ls.lemmas[np->head + 2], keep_verbs))
        code = "112";
    if (!code)
        return 0;
    uint32_t own_end = adj;   /* "Uganda's": the name without its 's */
    if (own_end > np->first && s->ls.tags[own_end - 1] == TAG_POS)
        own_end--;
    actor_ref owner;
    if (own_end == np->first || !coder_resolve_span(c, s, np->first, own_end, &owner))
        return 0;
    speaker sp;
    if (!subject_judges(c, s, ci, &sp))
        return 0;
    clause_job *j = doer_job(s, ci, named);
    if (!j)
        return -1;
    j->src[0] = owner;
    j->ns = 1;
    int rc = emit_accusation(c, s, j, &sp, j->src, j->ns, 11, code);
    dy_free(j);
    return rc;
}

/* Heads of a phrase that, with "to" after them, judge their owner's
** conduct ("Gandhi's failure to cut spending", "Washington's refusal to
** join the ban"). */
static const char *const failing_nouns[] = {"failure", "refusal", NULL};
/* Heads of conduct or policy a judgement adjective before them judges:
** "Japan's unfair trade practices"; not people or goods ("Ugandan illegal
** immigrants", "illegal drugs" class, they do not judge). */
static const char *const conduct_nouns[] = {
    "practice", "policy", "measure", "action", "act", "move", "decision", "tariff", "levy",
    "duty", "tax", "ban", "curb", "restriction", "quota", "subsidy", "behaviour", "behavior",
    "conduct", "stance", "attitude", "treatment", "demand", "claim", "occupation", "plan",
    "proposal", "law", "legislation", "regulation", "barrier", NULL};

/* The first of keys[0..n) (first token << 32 | index, sorted) whose
** first token is at or after from: found by halving. */
static size_t keys_from(const uint64_t *keys, size_t n, uint32_t from)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid] >> 32 < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* qsort's order of such keys */
static int key_order(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sorts keys[0..n), which are mostly in order already: a look first. */
static void sort_keys(uint64_t *keys, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (keys[k - 1] > keys[k]) {
            qsort(keys, n, sizeof *keys, key_order);
            return;
        }
}

/* Does clause ci hold np as its own words: no clause of saying's
** complement or quote between them ("Kenya said Uganda claimed ..."
** leaves Uganda's words to Uganda)? The innermost clause that holds np
** (least span, then least index) is sought in c->clause_keys among those
** that start where it may: one held by ci spans no more than ci, so starts
** at np's end less ci's span or after (nineteenth session: every judged
** phrase of a run-on once read every clause). */
static int own_words(const dyad_coder *c, const sent_ctx *s, size_t ci, const phrase *np)
{
    const clause *cl = &s->ls.clauses[ci];
    uint32_t from = 0;
    if (cl->first <= np->first && np->end <= cl->end && np->end > cl->end - cl->first)
        from = np->end - (cl->end - cl->first);
    size_t lo = keys_from(c->clause_keys, s->ls.nclauses, from);
    int32_t in = -1;
    uint32_t span = UINT32_MAX;
    for (size_t k = lo; k < s->ls.nclauses && c->clause_keys[k] >> 32 <= np->first; k++) {
        int32_t i = (int32_t)(uint32_t)c->clause_keys[k];
        const clause *d = &s->ls.clauses[i];
        uint32_t w = d->end - d->first;
        if (np->end <= d->end && (w < span || (w == span && i < in))) {
            in = i;
            span = w;
        }
    }
    for (int32_t p = in; p >= 0; p = s->ls.clauses[p].parent) {
        if ((size_t)p == ci)
            return 1;
        if (s->ls.clauses[p].kind == CL_COMPLEMENT || s->ls.clauses[p].kind == CL_QUOTE)
            return 0;
    }
    return 0;
}

/* The token that opens the judgement in noun phrase np, or UINT32_MAX:
** a judgement adjective before a head of conduct ("Japan's unfair
** practices"), or the head itself for "failure" or "refusal" before "to".
** *breach: a failure to keep a word given ("failure to honour the pact",
** 112, as judged_naming reads it). */
static uint32_t judging_word(const dyad_coder *c, const sent_ctx *s, const phrase *np,
                             int *breach)
{
    uint32_t h = np->head;
    *breach = 0;
    /* asked of every noun phrase: most have neither "to" after the head
    ** nor an adjective before it, and need no probe of their words */
    int to_after = h + 2 < s->ls.n && lemma_is_word(s->ls.lemmas[h + 1], "to");
    uint32_t adj = np->first;
    while (adj < h && !tag_is_adj(s->ls.tags[adj]))
        adj++;
    if (!to_after && adj == h)
        return UINT32_MAX;
    /* one probe of the head for both lists */
    unsigned head = stance_verbs(c, s->ls.lemmas[h]);
    if (tag_is_noun(s->ls.tags[h]) && (head & SV_FAILING) && to_after) {
        *breach = (stance_verbs(c, s->ls.lemmas[h + 2]) & SV_KEEP) != 0;
        return h;
    }
    if (!(head & SV_CONDUCT))
        return UINT32_MAX;
    for (uint32_t k = adj; k < h; k++)
        if (tag_is_adj(s->ls.tags[k]) && (stance_verbs(c, s->ls.lemmas[k]) & SV_JUDGING))
            return k;
    return UINT32_MAX;
}

/* Emits sp's criticism of the owner noun phrase p names by its own words
** before its judgement (judging_word), when they name one: a possessor, a
** country's adjective, a name; not a pronoun. */
static int judge_owner(dyad_coder *c, sent_ctx *s, size_t ci, size_t p, const speaker *sp)
{
    const phrase *np = &s->ls.phrases[p];
    int breach;
    uint32_t w = judging_word(c, s, np, &breach);
    uint32_t first = np->first, own_end = w;
    if (own_end > first && s->ls.tags[own_end - 1] == TAG_POS)
        own_end--;
    if (own_end <= first || s->ls.tags[first] == TAG_PRPS)
        return 0;
    /* "said charges of Uganda's unfair practices were false": the words
    ** are another's charge, told, not the speaker's judgement */
    int32_t pp = np->up;
    if (pp >= 0 && s->ls.phrases[pp].kind == PH_PP && s->ls.phrases[pp].up >= 0 &&
        (lemma_in_list(s->ls.lemmas[s->ls.phrases[s->ls.phrases[pp].up].head], denied_nouns) ||
         lemma_in_list(s->ls.lemmas[s->ls.phrases[s->ls.phrases[pp].up].head], charge_nouns)))
        return 0;
    /* a possessor phrase resolves as a phrase ("the president's", whose
    ** country the article gives); else the words ("Japanese unfair
    ** practices") */
    actor_ref owner[MAX_ACTORS];
    int n = 0;
    for (int32_t q = s->kid[p]; q >= 0 && !n; q = s->sib[q])
        if (s->ls.phrases[q].first == first && s->ls.phrases[q].kind == PH_NP) {
            int keep = c->no_agent_memory;
            c->no_agent_memory = 1;
            n = coder_resolve_np(c, s, (int32_t)q, owner, 1);
            c->no_agent_memory = keep;
        }
    if (!n && !coder_resolve_span(c, s, first, own_end, &owner[0]))
        return 0;
    clause_job *j = doer_job(s, ci, (int32_t)p);
    if (!j)
        return -1;
    j->src[0] = owner[0];
    j->ns = 1;
    int rc = emit_accusation(c, s, j, sp, j->src, j->ns, 11, breach ? "112" : "111");
    dy_free(j);
    return rc;
}

/* Lists in c->judged the phrases of sentence s that judging_word finds a
** judgement in (no pronoun, no list), once a sentence, by their first
** token (see dyad_coder.judged). -1 on no memory. */
static int judging_phrases(dyad_coder *c, sent_ctx *s)
{
    int breach;
    c->njudged = 0;
    s->judged_sought = 1;
    for (size_t p = 0; p < s->ls.nphrases; p++) {
        const phrase *np = &s->ls.phrases[p];
        if (np->kind != PH_NP || (np->flags & (PHF_PRONOUN | PHF_COORD)) ||
            judging_word(c, s, np, &breach) == UINT32_MAX)
            continue;
        if (base_grow((void **)&c->judged, &c->judged_cap, c->njudged + 1,
                      sizeof *c->judged) < 0)
            return -1;
        c->judged[c->njudged++] = (uint64_t)np->first << 32 | p;
    }
    sort_keys(c->judged, c->njudged);   /* in phrase order, mostly sorted already */
    if (!c->njudged)
        return 0;
    /* the clauses by first token, for own_words; mostly in order already */
    size_t ncl = s->ls.nclauses;
    if (base_grow((void **)&c->clause_keys, &c->clause_keys_cap, ncl, sizeof *c->clause_keys) < 0)
        return -1;
    for (size_t k = 0; k < ncl; k++)
        c->clause_keys[k] = (uint64_t)s->ls.clauses[k].first << 32 | k;
    sort_keys(c->clause_keys, ncl);
    return 0;
}

/* The judged phrases that start in clause cl's span, in phrase order:
** sets *list to them (as keys whose low half is the phrase) and returns
** how many, or -1 on no memory. Mostly a run of c->judged itself; else
** copied to c->judged_here and sorted by phrase. */
static ptrdiff_t judged_in(dyad_coder *c, const clause *cl, const uint64_t **list)
{
    size_t lo = keys_from(c->judged, c->njudged, cl->first), hi;
    int sorted = 1;
    for (hi = lo; hi < c->njudged && c->judged[hi] >> 32 < cl->end; hi++)
        sorted &= hi == lo || (uint32_t)c->judged[hi - 1] < (uint32_t)c->judged[hi];
    *list = c->judged + lo;
    if (sorted)
        return (ptrdiff_t)(hi - lo);
    if (base_grow((void **)&c->judged_here, &c->judged_here_cap, hi - lo,
                  sizeof *c->judged_here) < 0)
        return -1;
    for (size_t k = lo; k < hi; k++)
        c->judged_here[k - lo] = (uint32_t)c->judged[k];
    qsort(c->judged_here, hi - lo, sizeof *c->judged_here, key_order);
    *list = c->judged_here;
    return (ptrdiff_t)(hi - lo);
}

/* "Kenya said Uganda's unfair levies had cut trade": a noun phrase of a
** reported clause that judges its owner's conduct (judging_word) is the
** speaker's criticism (111; a failure to keep one's word, 112) of the
** owner (judge_owner), said plainly by a state's speaker or a critic at
** home (judging_speaker), the owner not of the speaker's side. "Said
** Gandhi's failure to cut spending will push up prices" is the same:
** the failure is the reported clause's subject (since the eighteenth
** session; a verb of saying that still has a failure for its object is
** read so too). */
static int judged_phrase(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    speaker sp;
    int breach;
    if (cl->object >= 0 && vg->mod == MOD_ASSERTED &&
        lemma_in_list(s->ls.lemmas[vg->head], saying_verbs) &&
        judging_word(c, s, &s->ls.phrases[cl->object], &breach) == s->ls.phrases[cl->object].head) {
        if (!subject_judges(c, s, ci, &sp))
            return 0;
        return judge_owner(c, s, ci, (size_t)cl->object, &sp);
    }
    if (!s->judged_sought && judging_phrases(c, s) < 0)
        return -1;
    const uint64_t *here = NULL;
    ptrdiff_t nhere = c->njudged ? judged_in(c, cl, &here) : 0;
    if (nhere < 0)
        return -1;
    int asked = 0;
    for (ptrdiff_t k = 0; k < nhere; k++) {
        size_t p = (uint32_t)here[k];
        const phrase *np = &s->ls.phrases[p];
        /* the clause's subject is its own words, though the infinitive
        ** on its head spans it too ("said Gandhi's failure to cut spending
        ** will push up prices") */
        if (np->first < cl->first || np->end > cl->end ||
            ((int32_t)p != cl->subject && !own_words(c, s, ci, np)))
            continue;
        if (!asked) {
            asked = 1;
            find_speaker(c, s, ci, &sp);
            sp.at_home = 1;
            if (sp.kind != SAYS_PLAINLY || !sp.n || !judging_speaker(s, &sp))
                return 0;
        }
        if (judge_owner(c, s, ci, p, &sp) < 0)
            return -1;
    }
    return 0;
}

/* ---- sympathy told by whose thoughts they are ---- */

/* Nouns of sympathy that, with their owner, are "with" or "go to" those
** it is for: "Our thoughts are with the families", "his condolences go to
** the victims". */
static const char *const sympathy_nouns[] = {"thought", "prayer", "condolence", "sympathy",
                                             "heart", NULL};

/* The owner of the sympathy noun phrase p names, by the possessive that
** opens it: my or our, the direct quote's speaker ("Our thoughts are with
** them," the president said); his, her, their or its, whom the mention
** table resolved it to; a name or country before "'s". Fills *out and
** returns 1, or returns 0. */
static int sympathy_owner(dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out)
{
    uint32_t k = p->first;
    if (s->ls.tags[k] == TAG_PRPS) {
        const char *w = s->ls.lemmas[k];
        if (lemma_is_word(w, "my") || lemma_is_word(w, "our"))
            return coder_quote_speaker(c, s, k, NULL, p, out);
        ment_ref mr = mentions_token(c->ment, k);
        return mr.ent >= 0 && coder_entity_actors(c, p, mr.ent, out, 1) == 1;
    }
    for (uint32_t e = k + 1; e < p->head; e++)   /* "Kenya's thoughts" */
        if (s->ls.tags[e] == TAG_POS)
            return coder_resolve_span(c, s, k, e, out);
    return 0;
}

/* "My thoughts are with the injured," the Kenyan president said; "Uganda's
** condolences go to the families": sympathy (018) that a clause of "be
** with" or "go (out) to", told as now or done, says its owner holds,
** towards the actor of the phrase after it, else (coder_stance_claimed) the
** victim of the article's last violent act. docs/annotation.md, "Words are
** acts": expressing sympathy is an event. Returns -1 on no memory. */
static int sympathy_with(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    const phrase *vg = &s->ls.phrases[cl->verb];
    const phrase *subj = &s->ls.phrases[cl->subject];
    const char *verb = s->ls.lemmas[vg->head];
    if (vg->mod != MOD_ASSERTED || vg->voice != VOICE_ACTIVE || cl->object >= 0 ||
        !tag_is_noun(s->ls.tags[subj->head]) ||
        !lemma_in_list(s->ls.lemmas[subj->head], sympathy_nouns))
        return 0;
    uint32_t k = vg->end;
    if (lemma_is_word(verb, "go") && k < s->ls.n && lemma_is_word(s->ls.lemmas[k], "out"))
        k++;
    if (!((lemma_is_word(verb, "be") && k < s->ls.n && lemma_is_word(s->ls.lemmas[k], "with")) ||
          (lemma_is_word(verb, "go") && k < s->ls.n && lemma_is_word(s->ls.lemmas[k], "to"))))
        return 0;
    const phrase *pp = coder_pp_at(s, k);
    actor_ref owner;
    if (!pp || pp->np < 0 || !sympathy_owner(c, s, subj, &owner) ||
        strncmp(owner.code, "---", 3) == 0)
        return 0;
    clause_job *j = coder_clause_job_new(s, ci, "sympathy held");
    if (!j)
        return -1;
    memcpy(j->code1, "018", 4);
    j->src_np = cl->subject;
    j->tgt_np = pp->np;
    j->src[j->ns++] = owner;
    j->nt = coder_resolve_np(c, s, pp->np, j->tgt, MAX_ACTORS);
    j->mod = MOD_ASSERTED;
    coder_clause_place(c, s, j);
    int rc = coder_clause_emit(c, s, j);
    dy_free(j);
    return rc;
}

/* The speaker of cause clause ci: "Fitzwater said the president was
** forced to act because Tokyo had failed to fulfil the accord" gives the
** cause as the speaker's word. A clause of "because" climbs through
** infinitives to the reported clause it hangs on; sp->kind stays
** SAYS_NONE when there is none. */
static void cause_speaker(dyad_coder *c, sent_ctx *s, size_t ci, speaker *sp)
{
    const clause *cl = &s->ls.clauses[ci];
    if (cl->kind != CL_SUBORDINATE || cl->word >= s->ls.n ||
        !lemma_is_word(s->ls.lemmas[cl->word], "because"))
        return;
    int32_t p = cl->parent;
    while (p >= 0 && s->ls.clauses[p].kind == CL_COMPLEMENT &&
           s->ls.clauses[p].ctrl != CTRL_NONE)
        p = s->ls.clauses[p].parent;
    if (p >= 0 && s->ls.clauses[p].verb >= 0)
        find_speaker(c, s, (size_t)p, sp);
}

/* The doer of an act of violence a clause of "carry out" names, for a
** report that tells it with no target: "said the Taliban carried out the
** attack" (the subject), "said the bombing was carried out by Boko Haram"
** (the by-agent). The act is a noun of violence (violence_nouns), the
** object of the active, the subject of the passive. Returns the doer's
** phrase, or -1. */
static int32_t carried_out(const sent_ctx *s, const clause *cl, const phrase *vg)
{
    uint32_t h = vg->head;
    if (vg->mod != MOD_ASSERTED || !lemma_is_word(s->ls.lemmas[h], "carry") ||
        h + 1 >= s->ls.n || !lemma_is_word(s->ls.lemmas[h + 1], "out"))
        return -1;
    int32_t doer;
    int32_t act = done_to(cl, vg, &doer);
    if (act < 0 || doer < 0)
        return -1;
    const phrase *a = &s->ls.phrases[act];
    return tag_is_noun(s->ls.tags[a->head]) &&
                   lemma_in_list(s->ls.lemmas[a->head], violence_nouns)
               ? doer : -1;
}

/* The single words blame_predicate, to_blame and carried_out need: "the
** main cause of", "were behind", "responsible for", "to blame", "carried
** out". */
static const char *const charge_words[] = {"cause", "behind", "responsible", "blame", "carry",
                                           NULL};

size_t coder_stance_rule_lists(base_word_list *out, size_t room)
{
#define RULE_LIST(list, bit) {list, sizeof list / sizeof list[0] - 1, bit}   /* less the NULL */
    /* judged_naming's judgement adjective or failure, judged_phrase's
    ** failure or refusal, or judgement adjective before a noun of conduct */
    /* sympathy_with's nouns */
    /* coder_stance_predicate's own: a blame predicate (blame_predicate,
    ** to_blame, carried_out), a breach (breach_clause: a verb of breaking,
    ** or of keeping negated), a judgement (judgement_predicate: a
    ** judgement adjective or noun, a charge judged unfounded, a proposal
    ** judged unworkable), a wrong (wrongdoing_clause: a verb of wrongdoing,
    ** a noun of deceit), backing (backing_clause) */
    const base_word_list lists[] = {
        RULE_LIST(judgement_adjs, RULE_JUDGING), RULE_LIST(failing_nouns, RULE_JUDGING),
        RULE_LIST(sympathy_nouns, RULE_SYMPATHY),
        RULE_LIST(blame_nouns, RULE_CHARGE), RULE_LIST(charge_words, RULE_CHARGE),
        RULE_LIST(breach_verbs, RULE_CHARGE), RULE_LIST(keep_verbs, RULE_CHARGE),
        RULE_LIST(judgement_adjs, RULE_CHARGE), RULE_LIST(judgement_nouns, RULE_CHARGE),
        RULE_LIST(unfounded_adjs, RULE_CHARGE), RULE_LIST(proposal_nouns, RULE_CHARGE),
        RULE_LIST(wrong_verbs, RULE_CHARGE), RULE_LIST(deceit_nouns, RULE_CHARGE),
        RULE_LIST(backing_verbs, RULE_CHARGE),
        /* coder_stance_penalty's penalty words (penalty_before) */
        RULE_LIST(penalty_nouns, RULE_PENALTY), RULE_LIST(penalty_acts, RULE_PENALTY),
        RULE_LIST(penalty_verbs, RULE_PENALTY)};
#undef RULE_LIST
    if (sizeof lists / sizeof lists[0] > room)
        return SIZE_MAX;
    memcpy(out, lists, sizeof lists);
    return sizeof lists / sizeof lists[0];
}

int coder_stance_init(dyad_coder *c)
{
#define VERB_LIST(list, bit) {list, sizeof list / sizeof list[0] - 1, bit}   /* less the NULL */
    const base_word_list lists[] = {
        VERB_LIST(breach_verbs, SV_BREACH), VERB_LIST(keep_verbs, SV_KEEP),
        VERB_LIST(wrong_verbs, SV_WRONG), VERB_LIST(deceit_verbs, SV_DECEIT),
        VERB_LIST(backing_verbs, SV_BACKING), VERB_LIST(failing_nouns, SV_FAILING),
        VERB_LIST(conduct_nouns, SV_CONDUCT), VERB_LIST(judgement_adjs, SV_JUDGING)};
#undef VERB_LIST
    return base_wordset_init(&c->stance_verbs, lists, sizeof lists / sizeof lists[0]);
}


int coder_stance_predicate(dyad_coder *c, sent_ctx *s, size_t ci)
{
    const clause *cl = &s->ls.clauses[ci];
    if (!coder_rule_may(s, RULE_JUDGING | RULE_SYMPATHY | RULE_CHARGE) || c->act_as_said ||
        c->opts.partial || cl->verb < 0 || cl->subject < 0)
        return 0;
    if (coder_rule_may(s, RULE_JUDGING) &&
        (judged_naming(c, s, ci) < 0 || judged_phrase(c, s, ci) < 0))
        return -1;
    if (coder_rule_may(s, RULE_SYMPATHY) && sympathy_with(c, s, ci) < 0)
        return -1;
    if (!coder_rule_may(s, RULE_CHARGE))
        return 0;
    const phrase *vg = &s->ls.phrases[cl->verb];
    /* "said the rebels were behind the bombing", "said Uganda had
    ** violated the pact": a breach of one's word is charged as the
    ** speaker says it, plainly only of another country (accuses) */
    int asserted_be = vg->mod == MOD_ASSERTED && lemma_is_word(s->ls.lemmas[vg->head], "be");
    /* "said Libyan forces were to blame for the attack" */
    int blame_vg = !asserted_be && to_blame(s, vg);
    int root = asserted_be || blame_vg ? blame_predicate(c, s, cl, blame_vg) : 0;
    unsigned verbs = root ? 0 : stance_verbs(c, s->ls.lemmas[vg->head]);
    int breach = !root && breach_clause(s, cl, vg, verbs);
    const char *judged = !root && !breach && asserted_be && vg->voice == VOICE_ACTIVE
                             ? judgement_predicate(s, cl, vg) : NULL;
    /* "said Uganda had lied about the talks", "'The Ugandan government is
    ** using tricks and lies,' the minister said": a charge of wrongdoing,
    ** by any party that may accuse (accuses: not an onlooker, another
    ** country when said plainly); a pronoun doer stays the speaker's own */
    int wrong = !root && !breach && !judged && wrongdoing_clause(s, cl, vg, verbs);
    /* "said Iran was arming the rebels", "according to the minister, the
    ** rebels are backed by Iran": backing an armed group is charged to
    ** the backer, under the same rules as wrongdoing */
    int32_t backer = !root && !breach && !judged && !wrong ? backing_clause(c, s, cl, vg, verbs) : -1;
    if (backer >= 0)
        wrong = 1;
    if (wrong)
        judged = "112";
    /* "Afghan officials said the Taliban carried out the attack": an
    ** assault (18) as a blame predicate's noun of violence is, whoever it
    ** was aimed at, charged to the doer carried_out names; said plainly,
    ** of another country or of the state's own armed men (accuses). No
    ** act is coded: "carry out" names none without a target. */
    int32_t carried = !root && !breach && !judged ? carried_out(s, cl, vg) : -1;
    if (carried >= 0)
        root = 18;
    int32_t doer = carried >= 0 ? carried : backer >= 0 ? backer : cl->subject;
    if ((!root && !breach && !judged) || speaker_itself(s, doer))
        return 0;
    speaker sp;
    find_speaker(c, s, ci, &sp);
    /* "said it raised duties because Uganda had violated the pact" */
    if (sp.kind == SAYS_NONE && (breach || wrong))
        cause_speaker(c, s, ci, &sp);
    if (sp.kind == SAYS_NONE || (carried >= 0 && !sp.n) ||
        (!breach && !judged && !hostile(root, SAYS_ALLEGING)))
        return 0;
    /* a judgement is said plainly, by a state, of what names its owner;
    ** a state's political sides judge and charge each other ("said the
    ** opposition had lied": coder_home_judge.c), a state's police or
    ** army only another country */
    sp.at_home = judged || breach;
    if (judged && !wrong && (sp.kind != SAYS_PLAINLY || !judging_speaker(s, &sp)))
        return 0;
    /* backing is charged by a state's speaker, as a judgement is: not by
    ** "Kenyan analysts", nor by the rebels of their own backer */
    if (backer >= 0 && !judging_speaker(s, &sp))
        return 0;
    if (breach || judged)
        root = 11;
    else if (carried < 0)
        sp.kind = SAYS_ALLEGING;   /* blaming is alleging, whatever the verb */
    clause_job *j = doer_job(s, ci, doer);
    if (!j)
        return -1;
    j->ns = coder_resolve_np(c, s, doer, j->src, MAX_ACTORS);
    /* "Sudanese officials said the rebels were ...": the reporter's country */
    if (!j->ns && !judged)
        j->ns = coder_agent_of_reporter(c, s, ci, doer, &j->src[0]);
    /* "Kenyan opposition leaders said the new levy was unfair": its
    ** government's */
    if (judged)
        j->ns = critics_government(c, s, cl->subject, &sp, j->src, j->ns);
    /* "Speakes said he and Reagan misled the public": an act the speaker
    ** owns a part of is confessed, not charged to his partners at home */
    for (int t = 0; t < j->ns && sp.at_home; t++)
        for (int i = 0; i < sp.n; i++)
            if (strcmp(j->src[t].code, sp.who[i].code) == 0)
                sp.at_home = 0;
    int rc = j->ns ? emit_accusation(c, s, j, &sp, j->src, j->ns, root, judged) : 0;
    dy_free(j);
    return rc;
}

/* ---- an act answered ---- */

/* The words that cast an act as the answer to another, before "for" or
** "to": "in retaliation for", "a response to", "responded to". */
static const char *const answer_words[] = {"retaliation", "reprisal", "revenge", "response",
                                           "retaliate", "respond", "answer", NULL};

int coder_stance_answered(dyad_coder *c, sent_ctx *s, const clause_job *j, int32_t np)
{
    const char *const *L = (const char *const *)s->ls.lemmas;
    int root = root_of(j->code1);
    if (c->act_as_said || c->opts.partial || j->mod != MOD_ASSERTED || root < 18 ||
        root > 20 || !j->ns)
        return 0;
    /* the preposition right before the noun phrase, a PP's or a phrasal
    ** verb's ("responded to") */
    uint32_t at = s->ls.phrases[np].first;
    if (at < 2 || !(lemma_is_word(L[at - 1], "for") || lemma_is_word(L[at - 1], "to")) ||
        !lemma_in_list(L[at - 2], answer_words))
        return 0;
    const clause *cl = coder_clause_at(s, at);
    if (!cl || cl->verb < 0)
        return 0;
    speaker sp;
    find_speaker(c, s, (size_t)(cl - s->ls.clauses), &sp);
    /* only a state answers for its side, named or by an organ: an
    ** onlooker's words ("Western diplomats said ...") charge no one */
    if (sp.kind != SAYS_PLAINLY || !judging_speaker(s, &sp))
        return 0;
    int n = 0;
    for (int i = 0; i < sp.n; i++)
        if (state_or_organ(&sp.who[i]))
            sp.who[n++] = sp.who[i];
    sp.n = n;
    if (!sp.n)
        return 0;
    return emit_accusation(c, s, j, &sp, j->src, j->ns, root, NULL);
}

/* ---- claims of responsibility ---- */

/* Sentences back that a claim of responsibility looks for its victim. */
#define CLAIM_REACH 5

/* Keeps clause job j's target, the victim of a violent act, in *slot,
** with its sentence in *sent. */
static void keep_victim(const sent_ctx *s, const clause_job *j, actor_ref *slot, long *sent)
{
    *slot = j->tgt[0];
    *sent = s->index;
    if (slot->from == FROM_SENTENCE) {   /* its words, for target_from */
        slot->from_start = s->ls.toks[j->tgt[0].first].start;
        slot->from_end = s->ls.toks[j->tgt[0].end - 1].start + s->ls.toks[j->tgt[0].end - 1].len;
    }
}

void coder_stance_unclaimed(dyad_coder *c, const sent_ctx *s, const clause_job *j)
{
    int root = root_of(j->code1);
    /* a quote's speaker names no one past his sentence (from_who) */
    if (c->act_as_said || c->opts.partial || root < 18 || root > 20 || j->mod != MOD_ASSERTED ||
        j->nt != 1 || !j->tgt[0].code[0] || j->tgt[0].from == FROM_QUOTE)
        return;
    doc_ctx *d = &c->doc;
    keep_victim(s, j, &d->victim, &d->victim_sent);
    if (j->ns == 0) {   /* the same victim, its doer not named */
        d->unclaimed = d->victim;
        d->unclaimed_sent = d->victim_sent;
    }
}

/* A claim of responsibility (or credit) with no victim told in the
** sentences before ("Al-Shabaab has claimed responsibility."): the attack was on the
** article's country, its dateline's, else the one it names most, as an
** agent's country is found (coder_actor.c's article_country). Not when
** the claimer is of that country's state, nor when a place of another
** country follows the verb, where the attack may have been ("the Islamic
** State of Iraq" before it names none). */
static int claimed_at_home(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const doc_country *dc = &c->doc.country;
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(dc, s, &dl);
    if (!cc || j->ns == 0)
        return 0;
    /* a claim of responsibility or credit, not any 015 ("acknowledged the
    ** imbalance in trade" with PETRARCH2's verbs) */
    int said = 0;
    for (size_t k = j->vg->end; k < j->cl->end && k < s->ls.n && !said; k++)
        said = lemma_is_word(s->ls.lemmas[k], "responsibility") ||
               lemma_is_word(s->ls.lemmas[k], "credit");
    if (!said)
        return 0;
    const place_mention *pl;
    size_t npl = coder_places(s, &pl);
    for (size_t i = 0; i < npl; i++)
        if (pl[i].first >= j->vg->end && strcmp(pl[i].country, cc) != 0)
            return 0;
    actor_ref *t = &j->tgt[0];
    memset(t, 0, sizeof *t);
    snprintf(t->code, sizeof t->code, "%s", cc);
    for (int i = 0; i < j->ns; i++)
        if (coder_own_side(&j->src[i], t))
            return 0;
    /* insurgents at home claim their attack on the state */
    if (strncmp(j->src[0].code, cc, 3) == 0)
        snprintf(t->code, sizeof t->code, "%sGOV", cc);
    t->first = j->vg->first;   /* no words of its own: the verb's */
    t->end = j->vg->end;
    coder_from_home(t, dc, dl);
    j->nt = 1;
    return 1;
}

int coder_stance_claimed(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const doc_ctx *d = &c->doc;
    /* a claim is made to the other side; condolences go to anyone hurt */
    int claim = strcmp(j->code1, "015") == 0;
    if (!claim && strcmp(j->code1, "018") != 0)
        return 0;
    const actor_ref *v = claim ? &d->unclaimed : &d->victim;
    long sent = claim ? d->unclaimed_sent : d->victim_sent;
    if (c->act_as_said || c->opts.partial)
        return 0;
    if (sent < 0 || s->index - sent > CLAIM_REACH)
        return claim && claimed_at_home(c, s, j);
    for (int i = 0; claim && i < j->ns; i++)
        if (coder_own_side(&j->src[i], v))
            return 0;
    actor_ref *t = &j->tgt[0];
    *t = *v;
    /* the words that stand for it here: what is claimed, else the verb */
    const phrase *p = j->tgt_np >= 0 ? &s->ls.phrases[j->tgt_np] : j->vg;
    t->first = p->first;
    t->end = p->end;
    if (t->from == FROM_SENTENCE) {
        t->from = FROM_MENTION;
        t->from_sent = sent;
    }
    j->nt = 1;
    return 1;
}
