/*
** coder_int.h — the coder's handle, its per-sentence and per-clause state,
** and what the coder's files share. Internal.
**
** The coder is one folder, a file per concern; code_clause (coder.c) runs
** every clause through the steps, which call on the helpers below them:
**
**   coder.c           lifecycle; the per-document and per-sentence loops;
**                     code_clause, the steps below in order
**   coder_pattern.c   codes: the verb's best pattern and its CAMEO code(s)
**   coder_roles.c     slots and actors: which noun phrases hold the source
**                     and the target, and the fallbacks when they hold none
**   coder_actor.c     noun phrase to actor through the dictionary; pronouns
**                     and reported speech
**   coder_article_guard.c  actors from the dateline or the article, and
**                     private ones, kept only beside a peer; the people a
**                     place or an arrest gives
**   coder_nominal.c   events written as noun phrases ("Russia's attack on
**                     Ukraine"), after a sentence's clauses
**   coder_owner.c     a target that is the owner of a thing ("condemned the
**                     annexation by Uganda", "criticized the attack")
**   coder_reciprocal.c  a target of "each other", the subject's members
**   coder_modality.c  asserted, future, conditional, hypothetical, negated
**   coder_guards.c    pairs that make no political event (travel at home, ...),
**                     clauses of one kind that make none (warnings, background)
**   coder_stance.c    the speaker's stance in reported speech: accusations
**   coder_obliged.c   what a speaker says another should or must do: appeals
**                     and demands
**   coder_events.c    emit: events built, explained and published
**
** and, each asked by one of those steps for one kind of sentence:
**
**   coder_aimed.c     a sanction on goods from a country; forces sent to a
**                     named sea or strait, with no target
**   coder_agree.c     what two sides agree to do together: intent to cooperate
**   coder_agentless.c  a reciprocal passive with no agent: the members of
**                     its between-PP ("a pact was signed between X and Y")
**   coder_asked_kind.c  the kind of an act asked for by its words: forces
**                     withdrawn (0256), a market intervention (0242), a
**                     position reconsidered (0242), loans (0231), goods
**                     bought or supplied (0211)
**   coder_answer.c    an answer promised to any hostile act: aimed at its doer
**   coder_arrested.c  people the police arrest or the courts sentence, in a
**                     story of no foreign national: the police's country's
**   coder_aside.c     a stay abroad for talks told in an aside after the
**                     subject ("Dupont, in Washington for talks, said")
**   coder_attend.c    a body's gathering someone will attend: intent to meet
**   coder_avenge.c    retaliation vowed with no target: aimed at the attacker
**   coder_bank_head.c a central bank's head named by his title
**   coder_body_post.c  a person heading a body the dictionaries do not
**                     know, its kind told by its name: a union's (LAB), a
**                     business lobby's (BUS)
**   coder_bargain.c   talks that make progress or aim at an outcome: 046
**   coder_caucus.c    a party's members in a story of the legislature: the
**                     legislature
**   coder_change.c    "criticised a rise in West German interest rates": a
**                     change criticised is its thing's
**   coder_chamber.c   "House leaders", "Senate Republicans": the legislature
**   coder_content.c   contentment with another's act; denied, displeasure
**   coder_conditional.c  a response promised on another's act ("would
**                     respond if the EC adopts the tax"): a threat, aimed at
**                     the condition's subject
**   coder_condole.c   condolences to the bereaved of a disaster: the
**                     article's country's people
**   coder_coop.c      meetings told without a verb of meeting ("visiting")
**   coder_defied.c    disapproval, a request or demands the clause defies,
**                     grants or answers: aimed at the clause's doer
**   coder_demand_that.c  a demand told by its noun with a that-clause ("the
**                     U.S. demand that Japan open its market"): the clause asked
**   coder_described.c a person described after his name ("Tian, the vice
**                     finance minister,") or by a title with its field
**                     before it ("Minister of Information al-Eryani")
**   coder_doer.c      the doer of a violent act named in another clause
**   coder_firms_asked.c  firms a state's actor asks or orders, named with no
**                     country: its own ("asked car makers to cut exports")
**   coder_fighters.c  fighters told by a participle on their noun phrase ("the
**                     rebels fighting the government")
**   coder_home_fighters.c  rebels of no country beside the one
**                     state their sentence names are its ("the Philippine
**                     government signed a peace deal with Muslim rebels")
**   coder_abroad.c    fighters a dateline gives its country, struck by another
**                     state: kept where the act's place is theirs
**   coder_group_lead.c  a story of a group of states met under a dateline
**   coder_foe.c       the other side of a war the article tells
**   coder_home_party.c  a party at home of the state that acts on it
**   coder_home_judge.c  judgements between a state's own political sides
**                     (government, opposition, legislature, parties)
**   coder_journey.c   the guest of a journey told with "her visit to"
**   coder_journey_purpose.c  a journey made for a body's gathering ("left
**                     to attend a meeting of the IMF"): intent to meet it
**   coder_meeting_frame.c  a meeting or visit told around its clause: its
**                     guest the clause's subject ("spoke during a visit to")
**   coder_mentions.c  the mention table's answers made public (`dyad mentions`)
**   coder_named_suspect.c  the one suspect a crime story names with his
**                     nationality, for "the man", "the attacker", "him"
**   coder_nationals.c people named by their nationality ("thousands of
**                     Kenyans"), not the state
**   coder_quote_ahead.c  the speaker of a quote named after the sentence
**                     being coded ("...," Abrams testified), for its "we"
**   coder_strike_ban.c  a strike or protest ruled or declared illegal is
**                     banned (172), its doer a court when none is named
**   coder_targeted.c  "its ships were the target of Iranian attacks": the
**                     attacks' doer on the target
**   coder_gathering.c  "attended an ADB meeting": a body's gathering named
**                     before its noun, attended
**   coder_officers.c  officers in a story of the police and no armed force
**                     are policemen (COP), not the military
**   coder_detainee.c  people held by one country's police or courts are its;
**                     "charged with" a crime
**   coder_object_pronoun.c  "help it meet": an object pronoun is not the source
**   coder_own_act.c   "Kenya defended its arrest of Ugandan journalists": an
**                     act noun owned by a pronoun is its antecedent's
**   coder_own_talks.c "his talks with X had ended": talks owned by a pronoun
**                     and told as held by their clause
**   coder_pair_held.c  talks of a hyphenated pair of states told as held
**                     ("in U.S.-Japanese talks that ended Friday")
**   coder_pair_framed.c  talks with no party of their own that frame a clause
**                     whose subject is a pair of states
**   coder_part.c      "opposed key parts of the proposal": a part is its whole's
**   coder_place.c     the article stage's places: where, a city as target,
**                     a capital as its government
**   coder_place_visit.c  a visit named by its place before the noun, or by "here"
**                     ("Nakasone's Washington visit")
**   coder_present.c   an official "in" another country with no verb of
**                     travel: a visit only where said plainly; none to the
**                     host for an international body's gathering
**   coder_recode.c    acts coded under the wrong root: a sanction announced,
**                     a state "charged with" a wrong
**   coder_refuse.c    rejections announced as a stance, demands told by a wish
**   coder_range.c     "from seven to 10 warships": a range's upper end is
**                     a count, no target
**   coder_stoppage.c  a strike with no doer told by what it did ("strikes broke
**                     out") or by the state it leaves things in ("ships were
**                     strike-bound"): the home country's labour, with no target
**   coder_story.c     history told over several sentences: a story dated
**                     long ago goes on in the next ones told in the past
**   coder_they.c      a passive's doer told in the sentence before
**   coder_things.c    things struck in a war, named before with their country
**   coder_verdict.c   a measure found or declared unlawful: a verdict only
**                     from a court
**   coder_voice.c     a body's voice (spokesman, statement) speaks as the body
**   coder_from.c      arms, attacks and delegates named by the state they
**                     come from ("planes from Afghanistan"); a state's
**                     organ from one of its regions ("lawmakers from Ontario")
*/
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "article/article.h"
#include "article/date.h"
#include "article/country.h"
#include "article/mentions.h"
#include "article/place.h"
#include "base/base.h"
#include "base/wordset.h"
#include "coder/coder.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "dyad.h"
#include "lang/analyze.h"
#include "lang/tags.h"

#define MAX_ACTORS 16   /* members of one coordination that become actors */
#define CODE_MAX 96   /* room for a new actor's quoted words */

/* Where an actor came from, when not from its own words. */
enum {
    FROM_SENTENCE = 0,   /* the noun phrase's own words, or the sentence around it */
    FROM_DATELINE,       /* an agent's country: the dateline's */
    FROM_ARTICLE,        /* an agent's country: the one the article names most */
    FROM_MENTION,        /* a pronoun, a surname, "the two leaders": a name met earlier */
    FROM_QUOTE,          /* I, we, our in a direct quote: its speaker */
    FROM_EVENT,          /* "the attack": the actor of an earlier event of its kind
                         ** (coder_owner.c); from_count is that event's index */
    FROM_HOME            /* a demand naming no one: the source's own government
                         ** (coder_home_government) */
};

/* What a private agent that took the article's country needs beside it
** (actor_ref's needs_peer, dyad_coder's private_agents). */
enum { PEER_STATE = 1, PEER_PROTEST = 2, PEER_APPEAL = 3,
       /* workers, farmers and students under a dateline, beside a state's
       ** actor of that country named in the sentence or the dateline's
       ** too (twelfth session); with no dateline, beside one whose own
       ** words name that country (sixteenth session) */
       PEER_HOME = 4 };

/* An actor found in a noun phrase. */
typedef struct actor_ref {
    char code[CODE_MAX];
    uint32_t first, end;      /* the tokens it came from */
    const char *entry_file;   /* the dictionary entry */
    uint32_t entry_line;
    uint8_t agent_entry;      /* the entry is an agent's (agents.txt): the code
                              ** joins it to a country found apart from it, or
                              ** to none */
    /* the article level: where the actor (or an agent's country) was
    ** found, when not in the sentence (FROM_SENTENCE: the fields below
    ** are 0) */
    uint8_t from;
    int from_count;           /* FROM_ARTICLE: how often the article names it */
    long from_sent;           /* FROM_MENTION: the sentence of the earlier mention */
    /* a private agent ("a man", "residents") whose country came from the
    ** article: kept only beside a state's actor of that country
    ** (PEER_STATE), or, workers, farmers and students, only in a protest
    ** with no target (PEER_PROTEST; coder_article_guard) */
    uint8_t needs_peer;
    /* its country was only counted over the article (FROM_ARTICLE, or a
    ** mention of what took it so): too weak a guess for both roles */
    uint8_t counted;
    /* its country was taken for being the other role's (coder_custody_home):
    ** no clash with it */
    uint8_t home;
    /* private people or police a town of the gazetteer describes
    ** ("a 36-year-old Leeds man": coder_actor.c's town_actor) */
    uint8_t from_town;
    /* a minister or secretary by his office's title, his country the
    ** article's with no dateline ("Defence Secretary Ana Sousa", "Ana
    ** Sousa, the interior minister"): kept for his later mentions */
    uint8_t office;
    /* a party's members coded as the legislature of a story of it
    ** (coder_caucus.c): the article guard still judges them as the party
    ** the words named */
    uint8_t caucus;
    uint32_t from_start, from_end;   /* the bytes of the words that gave it */
    const char *from_who;     /* FROM_QUOTE: the speaker's name, the article
                                 stage's (valid while its sentence is coded) */
} actor_ref;

/* A pattern match for one verb. */
typedef struct match_state {
    const dict_pattern *pattern;   /* NULL: the verb's own code */
    const dict_verb *verb;
    const char *code;
    int32_t source, target;        /* NPs the pattern placed, or -1 */
    int score;
    size_t last;                   /* one past the last token the pattern used */
    const char *slot_prep;         /* a preposition stepped over to reach + */
    int slot_when;                 /* that preposition says when or amid what
                                   ** (coder_when_pp): + is no party */
    int32_t shared_object;         /* an object borrowed from a joined verb, or -1 */
    int subject_words;             /* passive: the pattern's object noun is the subject */
    int compound;                  /* the target came from a % (compound) slot */
    int joint;                     /* a compound subject fills the pattern's last
                                   ** "with +": each member with the other */
    const char *rule;              /* no pattern nor verb: the coder's rule that
                                   ** coded it (coder_stance.c), for --explain */
    int noun;                      /* a noun pattern's words are matched */
} match_state;

/* An event while the document is coded: strings are pool offsets, since the
** pool may move as it grows. */
typedef struct event_rec {
    char source[CODE_MAX], target[CODE_MAX];
    long sent;
    int mod, quoted;
    int shown;                /* emitted without opts.all_modalities */
    const cameo_entry *cameo;
    uint32_t code, source_text, target_text, verb, sentence, pattern, pattern_file;
    uint32_t source_entry, target_entry;
    uint32_t source_from, target_from;   /* where the article level found them, or
                                         ** UINT32_MAX (from the sentence) */
    long pattern_line;
    uint32_t event_date, date_text;   /* when it happened (article/date.h) */
    uint8_t date_prec, historical;
    place_mention place;        /* where it happened, when place_from */
    uint8_t place_from;         /* place_from; PLACE_FROM_NONE: nowhere named */
} event_rec;

/* An actor the document has named: what it was coded as, and where. */
typedef struct doc_mention {
    char code[CODE_MAX];
    long sent;                  /* the sentence's index in the document */
    uint32_t first, end;        /* its tokens in that sentence */
} doc_mention;

/* One party of an event the document coded, for a later phrase that
** names it by its part ("his guest"): its code, and the bytes and sentence
** of the words that named it. */
typedef struct doc_party {
    char code[CODE_MAX];
    long sent;
    uint32_t start, end;
} doc_party;

/* What the coder knows of the document it is coding, carried from one
** sentence to the next: c->doc, reset by dyad_coder_code for each
** document (the storage is kept). The article stage's findings live here
** and in c->ment for the actor step to read: the document's country (its
** dateline's, its most named) for an agent with no country ("police
** said"), and the codes of the people, states and organisations the
** mention table (c->ment) has met, for the mentions that stand for them
** ("he", "Mr. Xi", "the two leaders"). */
/* The actor code of one of the article's entities (article/mentions.h),
** as the coder resolved the phrase that named it. */
typedef struct entity_code {
    char code[CODE_MAX];        /* "" when its name gave no actor */
    const char *entry_file;     /* the dictionary entry */
    uint32_t entry_line;
    uint8_t agent_entry;        /* actor_ref's */
    uint8_t tried;              /* the coder has resolved one of its names */
    uint8_t counted;            /* actor_ref's: its country only counted */
    uint8_t assailant;          /* an unnamed person who assaulted, shot or
                                ** killed (18x-20x source): coder_suspect_role */
    uint8_t abroad;             /* an unnamed person (mentions.c's role) whose
                                ** sentence named a place outside the article's
                                ** country: "him" later is not the article's */
    uint8_t lent;               /* its country lent by the article (its dateline
                                ** or count), not its words: "gunmen" under
                                ** "ANKARA -" (coder_abroad.c) */
} entity_code;

/* An agent the document named with its country ("EC foreign ministers",
** "Kenyan police"), for the same agent named bare soon after
** ("Ministers also called ...", "Police said ..."). */
#define AGENTS_SEEN 8
typedef struct agent_seen {
    char head[24];              /* the agent's head lemma: "minister" */
    char code[CODE_MAX];
    const char *entry_file;
    uint32_t entry_line;
    uint8_t agent_entry;        /* actor_ref's */
    long sent;
    uint32_t start, end;        /* the bytes of the phrase */
} agent_seen;

/* An act the document named with its doer ("the United States' killing
** of ...", "the party started moves to ..."), for a later definite noun
** of its kind that names no owner ("the attack", "the move"), in
** coder_owner.c. */
#define ACTS_SEEN 16
#define DEEDS_SEEN 4
/* How many of the article's events back a rule that looks for an earlier
** event reads at most: the corpus's longest article codes a few hundred
** (hidden modalities included), and a document of thousands would make
** each such rule quadratic (a 2 MB story of blows: 10 s) */
#define EVENTS_LOOKBACK 512
typedef struct act_seen {
    uint8_t family;             /* its kind: an index of coder_owner.c's families */
    uint8_t n;                  /* owners in code */
    char code[2][CODE_MAX];
    long sent;
    uint32_t head;              /* its noun's or verb's token in that sentence */
    uint32_t start, end;        /* the bytes of the owner's words */
} act_seen;

/* A thing struck in a war that the article named with its country ("an
** Iranian oil platform"), for "the platform" later (coder_things.c). */
#define THINGS_SEEN 8
typedef struct thing_seen {
    char lemma[16];             /* its head's lemma */
    char code[4];               /* its country */
    long sent;
    uint32_t start, end;        /* the bytes of its phrase */
} thing_seen;

typedef struct doc_ctx {
    int32_t date;               /* the document's date (yyyymmdd), 0 when none */
    doc_country country;        /* the dateline's country ("MOSCOW, March 20 (dyad
                                ** wire) —" names RUS) and the most named one */
    entity_code *ent;           /* by entity of c->ment, as far as the coder
                                ** has seen them; the handle owns the array */
    size_t nent, ent_cap;
    agent_seen agents[AGENTS_SEEN];   /* the last agents named with a country, a ring */
    size_t nagents;
    act_seen acts[ACTS_SEEN];   /* the last acts named with their doers, a ring */
    size_t nacts;
    /* the last deeds of a state's actor told by a verb ("Kenya recalled
    ** its envoy"), any kind, for "the move" or "the decision" right after
    ** (coder_owner.c), a ring */
    act_seen deeds[DEEDS_SEEN];
    size_t ndeeds;
    /* the deed of the article's lead (its first two body sentences), the
    ** story's own act, for "the move" far after it; lead_kept: 1 one
    ** maker, -1 several, 0 none yet */
    act_seen lead;
    int lead_kept;
    long nbody;                 /* body sentences begun so far */
    thing_seen things[THINGS_SEEN];   /* the last things named with a country, a ring */
    size_t nthings;
    doc_mention *mentions;      /* the actors of the events so far, in order,
                                ** each span once; the handle owns the array */
    size_t nmentions, mentions_cap;
    int story_discard;          /* a story discard phrase was met: the
                                ** document yields no event */
    int story_left;             /* sentences a story dated long ago may still go
                                ** on for (coder_story.c); 0: none */
    /* the last visit the document coded (042, or a host's 043): who came
    ** and who received him, for "his guest", "the visitors", "his host" */
    doc_party visit_guest, visit_host;
    long visit_sent;            /* its sentence, or -1 when none */
    place_mention dateline_place;   /* the city the dateline names, when
                                ** has_dateline_place: where an event is
                                ** when its sentence names no place */
    int has_dateline_place;
    /* the article names the police, and an armed force seldom: its bare
    ** "officers" are policemen (coder_officers.c); -1 until
    ** coder_police_officers first asks for a bare officer */
    int police_story;
    /* the article tells of a foreign national, citizen or refugee
    ** ("a Libyan national"): its arrested may be he (coder_arrested.c);
    ** -1 until coder_arrested_at_home first asks */
    int foreign_people;
    /* the one private person named with a nationality so far, -1 none,
    ** -2 more than one; entities before suspect_seen read
    ** (coder_named_suspect.c: read once each, not per clause) */
    int32_t suspect_ent;
    size_t suspect_seen;
    /* the lead names plural officials of a group of states ("ministers
    ** from seven industrial nations"): the dateline is where they met,
    ** not whose a bare "the ministers" is (coder_group_lead.c) */
    int group_lead;
    /* what the article names of a legislature and of an election
    ** (CAUCUS_* bits, coder_caucus.c); -1 until a party's plural members
    ** first ask */
    int caucus;
    /* the victim of the last violent act whose doer the text did not name
    ** ("Oil facilities in Saudi Arabia were hit by drone strikes"), for a
    ** claim of responsibility with no target of its own (coder_stance.c);
    ** unclaimed_sent < 0: none. Its first and end are its sentence's. */
    actor_ref unclaimed;
    long unclaimed_sent;
    /* the victim of the last violent act, its doer named or not, for
    ** condolences with no target of their own ("Uganda offered its
    ** condolences"); victim_sent < 0: none */
    actor_ref victim;
    long victim_sent;
    /* the next "they" or "them" token of the document at or after token
    ** they_from, SIZE_MAX for none (coder_they_ahead) */
    size_t they_from, they_next;
    size_t peers_done;          /* entities coder_entity_codes has looked at
                                ** for a counterpart's code */
    /* the speaker of a quote that the article stage gave no code and the
    ** mention table did ("..., De Croo said", "he said"): its noun phrase
    ** (sentence, phrase) and code, kept for the quote's next sentences */
    long quote_spk_sent;
    int32_t quote_spk_np;
    char quote_spk_code[CODE_MAX];
} doc_ctx;

/* Bits in sent_ctx's word filter: a sentence of 60 tokens, with a
** different lemma for each, sets at most 120 of them, so that a word it
** lacks passes for present about one time in nine. */
#define SENT_WORD_BITS 1024

/* The filter bit of word id (SENT_WORD_BITS is 2^10): dict_word_bit, the
** bit a pattern's need_pre and need_post fold to 64. */
static inline uint32_t coder_word_bit(uint32_t id)
{
    return dict_word_bit(id);
}

/* Rule gates: the word lists a family of rules needs in a sentence
** before it can fire, a bit each. The analyzer marks each token's lemma
** with the lists it is on (lang_new_classes: one probe when the lemma is
** made, kept with it in the word memo), and sentence_ids ORs the marks of
** the sentence into sent_ctx.rules, so that a rule whose bit is clear
** there returns at once, before its code is touched (coder_rule_may).
** Exact: a bit is clear only when no lemma of the sentence is on the
** list, and the rule then finds nothing. Twentieth session: the rule
** modules, run on every sentence or clause, had made the hot code
** outgrow the instruction cache. The lists: coder_rule_lists; with the
** analyzer's own they make one word set (397 words of the 512
** BASE_WORDSET_SLOTS allows: past it, no coder is made). */
enum {
    RULE_OWNER = LANG_CLASS_CALLER << 0,        /* coder_owner_words: acts and deeds */
    RULE_GATHERING = LANG_CLASS_CALLER << 1,    /* coder_gathering_nouns */
    RULE_OBLIGATION = LANG_CLASS_CALLER << 2,   /* coder_obligation_modals */
    RULE_STRIKE_BOUND = LANG_CLASS_CALLER << 3, /* coder_strike_bound_words */
    RULE_ASIDE = LANG_CLASS_CALLER << 4,        /* an aside's purposes (coder_aside.c):
                                                ** coder_aside_journeys, coder_meeting_nouns,
                                                ** coder_journey_nouns */
    /* coder_stance_predicate's parts (coder_stance_rule_lists) */
    RULE_JUDGING = LANG_CLASS_CALLER << 5,      /* judged_naming, judged_phrase */
    RULE_SYMPATHY = LANG_CLASS_CALLER << 6,     /* sympathy_with */
    RULE_CHARGE = LANG_CLASS_CALLER << 7,       /* blame, breach, judgement, wrong, backing */
    RULE_PENALTY = LANG_CLASS_CALLER << 8,      /* coder_stance_penalty */
    RULE_THINGS = LANG_CLASS_CALLER << 9,       /* coder_struck_things */
    RULE_AGREE = LANG_CLASS_CALLER << 10        /* coder_agree_words */
};
extern const char *const coder_gathering_nouns[];
extern const char *const coder_obligation_modals[];
extern const char *const coder_strike_bound_words[];
extern const char *const coder_aside_journeys[];
extern const char *const coder_struck_things[];
extern const char *const coder_agree_words[];
/* act_words' and deed_verbs' lemmas (coder_owner.c), NULL-terminated. */
const char *const *coder_owner_words(void);
/* The rule gates' lists, each with its RULE_* bit, into out; returns how
** many, SIZE_MAX when RULE_LISTS is too few (coder.c: the analyzer is
** made with them). */
enum { RULE_LISTS = 32 };
size_t coder_rule_lists(base_word_list out[RULE_LISTS]);
/* coder_stance.c's lists, into out[0..room); returns how many, SIZE_MAX
** when they do not fit. */
size_t coder_stance_rule_lists(base_word_list *out, size_t room);

/* Answers about a whole sentence that rules of its clauses ask, each
** sought once and kept here for the other clauses (a long sentence of
** many clauses would make each a scan of the sentence per clause:
** nineteenth session). Zeroed at the sentence's start, filled as asked. */
typedef struct sent_memo {
    /* other_state_named (coder_actor.c): where its scan of the sentence
    ** stopped, and the first two distinct state codes it found there */
    uint32_t owners_at;
    uint8_t nowners;
    char owners[2][4];
    /* coder_background (coder_guards.c) read from the sentence's start,
    ** for the date background_date, once sought: how far it has read, and
    ** the least end of a clause that takes in a mark of history there
    ** (UINT32_MAX for none) */
    int background_sought;
    int32_t background_date;
    uint32_t background_at, background_end;
    /* the one country the sentence's actors name (coder_home_fighters.c),
    ** once sought: fighters_named 1 with its code in fighters_cc, 0 for
    ** none, -1 for several */
    int fighters_sought;
    int fighters_named;
    char fighters_cc[4];
    /* the sentence's text in the coder's pool, kept at its first event
    ** (coder_events.c, sentence_text): most sentences have none */
    int text_kept;
    uint32_t text_off;
    /* the places the sentence names (article/place.h), read at the first
    ** asking (coder_places): place_scan reads every word, and a sentence
    ** that codes nothing and resolves no agent by the article asks none */
    int places_read;
    size_t nplaces;
    place_mention places[PLACE_MAX];
} sent_memo;

typedef struct sent_ctx {
    lang_sent ls;
    const dict_wid *ids, *lids;   /* word ids of tokens and of lemmas */
    void *const *entries;         /* the tokens' memo entries (coder.c's document_ids) */
    /* a filter over the folded ids of ids and lids (coder_word_bit): a
    ** pattern word whose bit is clear stands nowhere in the sentence */
    uint64_t word_bits[SENT_WORD_BITS / 64];
    /* the filter folded to 64 bits (bit b % 64 set when bit b is): a
    ** pattern with a need_pre or need_post bit clear here has a word whose
    ** filter bit is clear, and one test turns it down (best_of) */
    uint64_t word_sig;
    /* an index of the phrases, so that no lookup scans them all (a long
    ** sentence would make that quadratic): the PP that starts at each
    ** token (with its NP), or -1; each phrase's first child (the phrases
    ** whose up is it) and each child's next sibling, in phrase order, or -1;
    ** the same for clauses (their parent), and the clause of each verb group;
    ** 1 at each token where a clause's second object starts; the first
    ** relative clause whose object each phrase is ("the plan [that] Kenya
    ** drew up"), and each relative clause's next with the same object, or -1 */
    const int32_t *pp_at, *kid, *sib, *ckid, *csib, *vg_clause, *rel_of, *rel_next;
    const uint8_t *object2_first;
    /* the sentence's date expressions, read at its first dated clause for
    ** the others (article_event_date_in); may be NULL */
    article_dates *dates;
    int bare_clause;              /* a complement clause with no "that" ("said Peru
                                  ** had left"): only then may a pattern's "that"
                                  ** be left out (coder_pattern.c) */
    long index;
    int32_t date;
    size_t first_event;           /* events of this sentence start here */
    uint8_t consumed[256];        /* clauses whose verb a pattern used already */
    const dict_discard *discard;  /* a discard phrase the sentence holds, or NULL */
    uint8_t noun_used[256];       /* tokens of nouns a clause coded already (the object
                                  ** of a light verb: "staged a demonstration") */
    int32_t according;            /* the NP after "according to" (coder_stance.c), -1
                                  ** for none, -2 before it is sought */
    int8_t conditioned;           /* a condition or question word in the sentence
                                  ** (coder_recode.c): 1, 0, or -1 before it is sought */
    const dict *d;                /* the coder's dictionary: coder_places reads with it */
    int story_past;               /* the sentences before told history (coder_story.c) */
    int judged_sought;            /* the phrases that may judge their owner have been
                                  ** listed in dyad_coder.judged (coder_stance.c) */
    int breach_sought;            /* the breaches named after "for", "over" or
                                  ** "against" have been listed in dyad_coder.breach_at */
    int32_t first_main;           /* the first main clause, or nclauses for none */
    sent_memo *memo;              /* answers sought once a sentence; may be NULL */
    unsigned rules;               /* RULE_* of the lists its lemmas are on (sentence_ids) */
} sent_ctx;

/* May the rules of rule gate(s) rule fire in sentence s: does a lemma of s
** stand on one of their lists (RULE_*)? */
static inline int coder_rule_may(const sent_ctx *s, unsigned rule)
{
    return (s->rules & rule) != 0;
}

/* Is token k's lemma of sentence s on a list of rule gate(s) rule? */
static inline int coder_rule_word(const sent_ctx *s, size_t k, unsigned rule)
{
    return (s->ls.classes[k] & rule) != 0;
}

/* The places sentence s names (article/place.h) into *out, and how many:
** read by place_scan at the first asking and kept in s->memo (none for a
** sentence with no memo). coder.c. */
size_t coder_places(const sent_ctx *s, const place_mention **out);

enum { FORCE_VIOLENCE = 1, FORCE_PROPERTY = 2 };   /* dyad_coder.force_clause */

struct dyad_coder {
    dyad_coder_opts opts;
    /* PETRARCH's own reading, switched on by the validation runner: an agent
    ** with no country is an actor ("---EDU") even when a dyad is required */
    int agent_alone;
    /* PETRARCH's new_actor_length, switched by the validation runner: when
    ** > 0, a noun phrase of at most this many words that names no actor is
    ** coded as its own words ("\"INJURY TOLL\"") */
    int new_actor_length;
    int new_actor_now;   /* new actors are the last resort: set while retrying */
    /* set while a clause's roles are resolved, whose guard checks a private
    ** agent's article country against the other role (coder_clause_actors):
    ** PEER_PROTEST for a protest (14x), PEER_APPEAL for an appeal (02x),
    ** else PEER_STATE */
    int private_agents;
    /* set while the roles of a clause of force are resolved: FORCE_VIOLENCE
    ** (18x-20x) or FORCE_PROPERTY (170, 171, 1712). A force's installation
    ** ("a military base") may take the article's country in either
    ** (force_installation in coder_actor.c), people told by their work
    ** ("a journalist") in violence */
    int force_clause;
    /* set while the country of a domestic party the other role names is
    ** lent to a state agent of no country (coder_party_agent) */
    char party_cc[4];
    /* set with party_cc while it is lent to rebels of no country beside
    ** their state (coder_home_fighters.c) */
    int party_fighters;
    /* set while an unnamed person's phrase is resolved for the mention
    ** table's entity ("Pakistan's foreign minister"): a phrase read only for
    ** a pronoun's sake is no agent named for later (agent_named) */
    int no_agent_memory;
    /* set while "they" or "them" is resolved to a bare plural of agents
    ** (coder_they_actor): no other mention stands for one */
    int bare_ok;
    /* PETRARCH's reading of modality, switched on by the validation runner:
    ** a planned or threatened act is coded as the act, and three or more
    ** members of a joint act are paired like two */
    int act_as_said;
    const dict *d;
    /* the dictionary's id of "that": a pattern's "that" stands for none too
    ** before a clause of its own ("Kenya charged Uganda had closed the
    ** border" fits "charge that +"), or 0 when no pattern uses the word */
    uint32_t that_id;
    /* the synsets of an economic policy step ("devalue"), a verb of change
    ** and its policy object ("cut subsidies"), -1 when the dictionary has
    ** none: an appeal for such an act is one for policy change (0242) */
    int32_t policy_step, policy_verb, policy_obj;
    /* the synset of a state's trade instruments ("subsidy", "tariff"): an
    ** appeal for any act on them asks for a policy change */
    int32_t policy_tool;
    cameo_table *cameo;
    dyad_text *text;
    dyad_text *title_text;      /* the document's title, for its country */
    lang_analyzer *lang;
    int32_t default_date;
    char date_str[16];
    dict_wid *ids, *lids;
    size_t ids_cap, lids_cap;
    dict_word *words;
    size_t words_cap;
    /* the analyzer's word memo (lang_memo), whose entries keep a word's
    ** dictionary ids and its lemma's at byte ids_at (a dict_wid_kept)
    ** beside its tags and lemmas: document_ids looks each token up once,
    ** in a round held for the whole document, and hands the entries
    ** (entries[i] token i's) to the analyzer and to sentence_ids */
    struct word_memo *memo;
    size_t ids_at;
    void **entries;
    size_t entries_cap;
    base_wordset stance_verbs;    /* coder_stance.c's verb lists, a bit each (coder_stance_init) */
    int32_t *pp_at, *kid, *sib, *ckid, *csib, *vg_clause;   /* sent_ctx's index */
    size_t pp_at_cap, kid_cap, sib_cap, ckid_cap, csib_cap, vg_clause_cap;
    uint8_t *object2_first;
    size_t object2_first_cap;
    int32_t *rel_of, *rel_next;
    size_t rel_of_cap, rel_next_cap;
    /* the sentence's noun phrases that judge their owner's conduct
    ** (judged_phrase in coder_stance.c), listed once a sentence so that no
    ** clause scans every phrase (a long sentence would make that quadratic) */
    /* each as its first token << 32 | its index, sorted, so that a clause
    ** finds its own by halving; judged_here holds one clause's when they
    ** are out of phrase order (nineteenth session: a clause once read
    ** them all) */
    uint64_t *judged;
    size_t njudged, judged_cap;
    uint64_t *judged_here;
    size_t judged_here_cap;
    /* the sentence's clauses as first token << 32 | index, sorted, made with
    ** judged when it is not empty: own_words reads only those that start
    ** near a judged phrase (nineteenth session, lane host) */
    uint64_t *clause_keys;
    size_t clause_keys_cap;
    /* the prepositions of the sentence that a breach of a word given
    ** follows (breach_cause in coder_stance.c), listed once a sentence for
    ** the same reason */
    uint32_t *breach_at;
    size_t nbreach_at, breach_at_cap;
    event_rec *ev;
    size_t nev, ev_cap;
    dyad_event *pub;
    size_t npub, pub_cap;
    dyad_mention *mpub;   /* the document's resolved mentions (opts.mentions) */
    size_t nmpub, mpub_cap;
    uint32_t *rej;
    size_t nrej, rej_cap;
    const char **rej_pub;
    size_t rej_pub_cap;
    strbuf pool;
    doc_ctx doc;   /* the document being coded (or the last one coded) */
    art_doc *art;  /* the article stage: its names and quotes */
    mentions *ment;   /* the article stage's mention table of the document */
    dyad_coder_stats stats;
    char errmsg[BASE_ERRMSG_MAX];   /* why the last call failed; "" after success */
};

/* How a clause's cooperative act is refused (clause_job.refusal): by a
** catenative ("refused to meet", "declined to lift"), by a negated verb
** of acceptance ("did not accept the offer", "will not accede to"), or by
** the noun "refusal" its infinitive follows ("Chile's refusal to hold
** talks"). */
enum { REFUSAL_NONE, REFUSAL_CATENATIVE, REFUSAL_NEGATION, REFUSAL_NOUN, REFUSAL_DECISION };

/* One clause on its way through code_clause's steps: what each step
** found, for the steps after it. Lives on code_clause's stack; only the
** fields a step sets are valid after it. */
typedef struct clause_job {
    /* codes (coder_clause_codes) */
    size_t ci;                  /* the clause's index in the sentence */
    const clause *cl;
    const phrase *vg;           /* its verb group */
    const char *lemma;          /* the verb's lemma */
    match_state m;              /* the pattern (or the verb's own code) that won */
    int on_caten;               /* m was found on the catenative verb ("threatened to attack") */
    int refusal;                /* REFUSAL_*: the act is refused, code1 the 12x it became */
    int light;                  /* m is the noun pattern of a light verb's object
                                ** ("staged a demonstration") */
    char code1[CODE_MAX];       /* source towards target; "" when only code2 is coded */
    char code2buf[CODE_MAX];
    const char *code2;          /* PETRARCH's paired code, target towards source, or NULL */
    const char *ultimatum;      /* a demand's threat beside it ("or face sanctions"), or NULL */
    /* slots (coder_clause_slots) */
    int passive;                /* a passive verb, not on the catenative */
    int unnamed_agent;          /* a passive with no by-agent: its doer, the source, is
                                ** for the article to name ("were detained in Tehran") */
    int consult;                /* a consultation (root 04) outside partial mode */
    int subject_target;         /* the pattern puts the subject in the target slot */
    int mutual;                 /* the pattern is reciprocal (@mutual) */
    int joint;                  /* m.joint: the two members of the subject pair */
    int together;               /* a consultation: a compound subject does it together */
    int look_further;           /* the target may come from beyond the slot (PPs, ...) */
    int alone;                  /* the event is whole without a target: its code may
                                ** stand alone and the pattern asks for none */
    int32_t src_np, tgt_np;     /* the noun phrases of the two slots, or -1 */
    /* actors (coder_clause_actors) */
    actor_ref src[MAX_ACTORS], tgt[MAX_ACTORS];
    int ns, nt;
    const char *target_prep;    /* the preposition before the target, or NULL */
    int between;                /* the targets are the members of a between-PP: pair them */
    /* modality (coder_modality) */
    int mod;
    /* emit (coder_clause_emit) */
    int history;                /* the clause is background (coder_background) */
    /* date (the emit step, through article/date.h, at the first event) */
    int when_read;              /* when is filled */
    article_when when;
    /* place (coder_clause_place) */
    place_mention where;        /* where it happened, when where_from */
    uint8_t where_from;         /* place_from */
} clause_job;

/* ---- coder.c ---- */

/* dyad_coder_new over an internal dictionary (borrowed); the same
** contract, with d NULL as a usage error. */
int coder_create(const dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag, void *ctx,
                 dyad_coder **out);

/* Codes sentence index (n tokens of text, with their word ids and memo
** entries, document_ids) of the document c->doc describes into the
** coder's records. Returns -1 on no memory. */
int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks,
                   const dict_wid *ids, void *const *entries, size_t n, long index);

/* ---- coder_pattern.c: codes ---- */

/* The codes step: finds the best pattern of clause ci's verb and the
** code(s) it gives into *j, and marks the later clauses the pattern took
** in. Returns 0 (with the reason on the explain list) when the clause
** codes nothing: an earlier pattern took it in, no pattern fits, the code
** is null, or it only reports another clause. */
int coder_clause_codes(dyad_coder *c, sent_ctx *s, size_t ci, clause_job *j);

/* "urged Uganda to release the fishermen", "said Uganda should release
** them": the act clause act asks for gives a general appeal or demand in
** code1 ("020" or "100", CODE_MAX bytes) the subcode that repeats its
** intent form (0253), or the kind its words name (a policy: 0242); code1
** is left as it is when neither does. Reads the dictionary only. */
void coder_asked_subcode(const dyad_coder *c, const sent_ctx *s, const clause *act,
                         char *code1);

/* The kind of an act asked for that the policy synsets do not read, after
** "02" or "10": "56" for forces withdrawn or force avoided ("asked the
** army to withdraw its troops"), "42" for a market intervention, the money
** supply changed or an economic plan devised ("should come up with a new
** economic plan"); NULL for none (coder_asked_kind.c). Reads s only. */
const char *coder_asked_kind(const sent_ctx *s, const clause *act);
/* The subcode of a request told by a noun at head whose "for" names loans
** ("a request for a grant"): "31", or NULL (coder_asked_kind.c). Reads s
** only. */
const char *coder_noun_asked_kind(const sent_ctx *s, uint32_t head);

/* "U.S. pressure on Bonn to ease credit policy": the to-infinitive
** clause whose verb group starts at token limit, the first word past an
** event noun's own words; NULL when none does. Points into s's clauses
** (coder_pattern.c). */
const clause *coder_noun_asked_clause(const sent_ctx *s, size_t limit);

/* "the U.S. demand that Japan open its market": the that-clause whose
** subject is noun phrase target, right after "that", when its verb asks
** (a subjunctive or a modal); NULL when there is none or it is told as a
** fact ("the demand that Peru supplied last year": a past, a third person
** or a bare participle). Points into s's clauses (coder_demand_that.c). */
const clause *coder_demand_that_clause(const sent_ctx *s, int32_t target);

/* The best noun pattern (data/dict/nouns.txt) of the noun at token
** head, its words sought up to limit: "attack on +", "arrest of +". Its
** match counts the noun's own words as reached (m->last). Returns 1 and
** fills *best; 0 when the token is no noun of a noun pattern or none fits. */
int coder_noun_pattern(const dyad_coder *c, const sent_ctx *s, size_t head, size_t limit,
                       match_state *best);

/* Does ", with" at token k open an absolute phrase ("with Japan
** abstaining")? Its noun phrase is no partner of the verb. */
int coder_absolute_with(const sent_ctx *s, size_t k);

/* Turns a bare country that a capital names, standing alone for the state
** ("Tokyo accused Seoul"), into its government (JPNGOV) for act (the
** clause's act code) as its source or (target) its target; not as a
** place of travel, a city struck or a modifier. Returns 1 when *a changed
** (coder_actor.c). */
int coder_capital_government(const sent_ctx *s, const char *act, int target, actor_ref *a);

/* ---- coder_roles.c: slots and actors ---- */

/* Is code one whose event is whole without a target (a protest, a
** mobilisation)? docs/coder.md, "Events with no target". */
int coder_code_alone(const char *code);

/* "a pact was signed between Chile and Peru": a reciprocal passive with
** no agent, no source and no actor in its slot takes the members of its
** between-PP after the verb, two parties at least, for its targets, which
** coder_clause_emit pairs with each other. Returns 1 when it set them
** (coder_agentless.c). */
int coder_between_agents(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Is lemma a preposition of place ("in", "near", "along"): where, not
** whom? The one list of them. */
int coder_place_prep(const char *lemma);

/* Is lemma a preposition of time that holds no actor ("since", "until")? */
int coder_time_prep(const char *lemma);

/* Does the preposition at token k, before noun phrase np (or -1), open a
** phrase of time or circumstance that holds no party: "during", "amid",
** "after", "ahead of", "in the wake of", "at the end of"? */
int coder_when_pp(const sent_ctx *s, size_t k, int32_t np);

/* "Kenyan unions demanded higher wages": a demand (root 10, said with
** demand or insist) whose
** sources are all one country's people or bodies outside its executive
** (opposition, civilians, legislators, students, farmers, parties), and that names no target, is made of that country's
** government; so is an appeal "for" a thing that names no one to ask it
** of ("the opposition called for early elections"). Returns 1 and fills
** *out (FROM_HOME, no words of its own), else 0 and leaves *out untouched. */
/* "Amnesty International called for an investigation into the shooting"
** under a dateline: an inquiry (020) called for into an act no one is
** named as doing is asked of the dateline country's government, when the
** sentence names no place abroad. Returns 1 and fills *out, else 0. */
int coder_inquiry_home(dyad_coder *c, const sent_ctx *s, const clause_job *j, actor_ref *out);
int coder_home_government(const sent_ctx *s, const clause_job *j, actor_ref *out);
/* Fills *out with the government of country home, with no words of its
** own (FROM_HOME), at token at. Returns 1. */
int coder_gov_actor(const char *home, uint32_t at, actor_ref *out);
/* Does the sentence, from token from on, tell what a protest of country
** home answers as its government's doing: a measure (a law, a bill, a
** tax, austerity, a policy...), "their government", or home's government
** by its name ("after the Kenyan government proposed a fee rise"), before
** any name of another country? */
int coder_protest_measure(dyad_coder *c, const sent_ctx *s, uint32_t from, const char *home);
/* Does protest noun phrase np say it answers the government of country
** home: "anti-government" or "pro-democracy" among its modifiers, or,
** after it and before another clause's verb, "against", "over" or "in
** protest at" a measure the home government owns or that government by
** its name ("strikes against a government wage freeze", "protests
** against the rule of President Ruiz")? (thirteenth session) */
int coder_protest_answers(dyad_coder *c, const sent_ctx *s, const phrase *np, const char *home);
/* ---- coder_stoppage.c ---- */
/* Is noun phrase np a strike, walkout or stoppage (not a blow, a hunger
** strike or a firm's dispute) that is the subject of a clause of its
** happening, spread or effect, or the agent of such a passive on a
** country or a thing, told plainly in a past or the present: "About 20
** strikes broke out in Montenegro", "a strike closed the ports", "Spain is
** being affected by a wave of strikes"? Reads s and c's dictionary; the
** doer is the caller's to find. (fifteenth session) */
int coder_strike_told(const dyad_coder *c, const sent_ctx *s, int32_t np);
/* The token of "strike-bound" that tells clause ci a strike's state: "126
** ships were strike-bound", "branches remain strike-bound", told plainly
** in a past or the present, in a sentence with no firm's words; -1 if
** none. Reads s only. (seventeenth session, lane force3) */
int32_t coder_strike_bound(const sent_ctx *s, size_t ci);

/* "Ecuadorean workers struck against austerity measures": a protest or
** strike (14x) with no target, by one country's people or bodies outside
** its executive (not the country alone: "Serbia"), against a
** government measure that no proper name owns (a tax, a law, austerity,
** a decree, price rises), or in a sentence that calls it anti-government
** or pro-democracy or names "their government" after the verb, is
** against that country's government; so is any demonstration (140, 141)
** by its legislators. Returns 1 and fills *out (FROM_HOME), else 0 and
** leaves *out untouched. */
int coder_protest_government(dyad_coder *c, const sent_ctx *s, const clause_job *j,
                             actor_ref *out);
/* People named by their nationality ("three Americans", "thousands of
** Kenyans"; as a protest's doers or coercion's or violence's victims, also
** bare: "Hongkongers protested") are their country's civilians: appends
** CVL to such a source's or target's bare country code
** (coder_nationals.c). Not in PETRARCH's reading (act_as_said). */
void coder_nationals(const dyad_coder *c, const sent_ctx *s, clause_job *j);
/* Is noun phrase np "target(s)" before "of" or "for" and an attack (a
** raid, a strike, a bombing, shelling: *attack, its phrase; *air set for
** an air strike), told as what a phrase is: the subject of "be",
** "become" or "remain" with np its predicate, or the phrase np stands in
** apposition to ("Kuwaiti tankers, regular targets for Iranian
** attacks")? That phrase, else -1. Reads s only (coder_targeted.c). */
int32_t coder_attack_targeted(const sent_ctx *s, int32_t np, int32_t *attack, int *air);
/* Is noun phrase np a gathering (meeting, conference, summit, session,
** talks, negotiations) with a proper name before its noun and none of
** "of", "with", "between" after it, the object of an active "attend"
** ("tell", "address", "brief", "chair") said plainly or as to come
** ("attended an ADB meeting", "will attend the OPEC meeting")? The attending clause's subject phrase, with
** *body the phrase that names the body (np, or the phrase of names the
** parse split from it: "the OPEC" of "the OPEC ministerial meeting") and
** *later set when it is to come; else -1. Bodies coordinated before one
** noun ("the IMF and World Bank meetings") give the coordination as np's
** stand-in and *body; a journey's purpose ("left to attend", "is in Vienna
** for", coder_journey_purpose) is the intent to meet. Reads s only
** (coder_gathering.c). */
int32_t coder_gathering_attended(const sent_ctx *s, int32_t np, int32_t *body, int *later);
/* Does the article whose n words are words name the police ("police",
** "policemen") at least twice and over twice as often as an armed force
** (army, troops, soldiers, a coup ...)? Reads only (coder_officers.c). */
int coder_police_story(const dict_word *words, size_t n);
/* Does the article name people by a nationality before "national",
** "citizen", "refugee", "immigrant" or "migrant" ("a Libyan national")?
** Reads only (coder_arrested.c). */
int coder_foreign_people(const dict_word *words, size_t n);
/* May private people arrested (173) by police or sentenced (116) by
** courts, both countries only counted over the article, be their
** country's: holder is the police or courts (COP, JUD) and the article
** names no foreign national (coder_arrested.c)? Reads the article's
** words for one on the first asking (c->doc.foreign_people). */
int coder_arrested_at_home(dyad_coder *c, const actor_ref *holder);
/* In such a story (c->doc.police_story, counted at the article's first
** bare officer), makes a bare "officer(s)" of j's sources and targets,
** which the agents read as MIL, the police's (COP): "officers searched
** her home" (coder_officers.c). */
void coder_police_officers(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* Are all of j's sources of one country, each in one of roles ("OPP":
** KENOPP), into cc? 1 when so (cc "" when j has none), else 0. */
int coder_sources_country(const clause_job *j, const char *const *roles, char cc[4]);

/* The target of a threat (13x) that names none, or only its own side
** ("warned that it would retaliate if ..."), from the subject of the
** condition it is made on ("warned of retaliation if Seoul's reforms
** fail": KOR), never of the source's own country. Returns j's number of
** targets, the new ones put in j->tgt, else j->nt unchanged. */
int coder_condition_target(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* The target of a threat (13x, not an ultimatum) that still names none:
** the target of its source's country's latest hostile act (10-13, 16, 17)
** the article coded in this sentence or the one before, of another
** country, when the sentence names no third country ("Washington accused
** Tokyo of breaking the pact and threatened retaliatory action": JPN).
** Returns j's number of targets. */
int coder_threat_foe(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* Does sentence s name, by a run of proper nouns, a country other than
** a and b ("disturbed by a bill before the U.S. Congress")? A region
** ("chips sold in Asia", "shipping in the Gulf") is no country. Owned by
** coder_roles.c; reads s only. */
int coder_names_third_country(dyad_coder *c, const sent_ctx *s, const char *a, const char *b);

/* Is clause job j a threat (13x, not an ultimatum) told by a finite verb
** that still names no one, its slot empty or a thing, with a source of a
** country (written to sc)? The condition of coder_threat_foe and
** coder_attacker_foe. */
int coder_threat_unaimed(dyad_coder *c, const sent_ctx *s, const clause_job *j, char sc[4]);

/* ---- coder_answer.c: an answer promised to any hostile act ---- */

/* "would respond to any aggressive measure by the United States": clause
** job j's threat told by a verb of answering (respond, react, meet ...)
** whose pattern names the act after "any" is aimed at the act's doer, as
** its own phrase ("any Ugandan incursion") or a by- or from-phrase names
** it. Drops j's targets when any of them comes from elsewhere ("any
** attack on Uganda": the one hit) and returns 1, else 0. Reads s only. */
int coder_answer_doer(const sent_ctx *s, clause_job *j);

/* ---- coder_avenge.c: retaliation aimed at the attacker ---- */

/* Is clause job j's object a pronoun right after "avenge" ("vowed to
** avenge it", "would avenge it with a crushing blow"), or a relative's
** antecedent ("the post, which Hanoi vowed to avenge")? It stands for the
** attack answered or what it hit, not for a party: the threat is aimed at
** the attacker (coder_attacker_foe). */
int coder_avenges_it(const sent_ctx *s, const clause_job *j);

/* The target of a threat that still names none (coder_threat_unaimed)
** after an attack on its source's country: the doer of the latest attack
** (18-20) the article coded on that country in this sentence or the one
** before, else of the latest attack the article named with its doer in
** this sentence or the one before ("Iran said several people were
** injured in Monday's U.S. attack on an Iranian oil site and vowed
** retaliation": USA), of another country, a state's actor. Not when the
** sentence names a third country by a proper noun. Returns j's number of
** targets, the new ones put in j->tgt, else j->nt unchanged. */
int coder_attacker_foe(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* The slots step: the noun phrases of source and target, from the pattern
** or the clause's structure, and the flags the later steps read. */
void coder_clause_slots(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* The actors step: the actors of both slots, with the fallbacks for a
** target (PPs, the clause continuing the verb, ...) and PETRARCH's new
** actors as the last resort; then the pairing a preposition decides. */
void coder_clause_actors(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_actor.c: noun phrase to actor ---- */

/* Resolves noun phrase np (top level; -1 gives none) into actors, one per
** member of a coordination, written to out. Returns the number found (at
** most max). */
int coder_resolve_np(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int max);

/* The last agent noun in tokens [first, end) ("ministry", "police"), or
** NULL. */
const dict_agent *coder_agent_in(const dyad_coder *c, const sent_ctx *s, uint32_t first,
                                 uint32_t end);

/* Are tokens [from, to) only determiners and the words of a state's
** portfolio ("the Defence", "Foreign", "deputy prime")? Reads s only
** (coder_actor.c). */
int coder_portfolio_only(const sent_ctx *s, uint32_t from, uint32_t to);

/* coder_described.c: the description after name phrase np that describes
** person e (mention table entity) by an agent noun ("Tian Yinong, the
** finance minister,"), whose code is the person's; -1 when none. Reads
** the dictionary and the mention table only. */
int32_t coder_described_after(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e);

/* coder_body_post.c: person e of name phrase np, described after a comma
** as the head of a body the dictionaries do not know whose name says
** whose it is ("president of the National Union of Dock Workers"):
** fills *out with the body's country (its name's, else the dateline's)
** and LAB or BUS, and returns 1; 0 when there is no such description.
** Reads the dictionary and the mention table only. */
int coder_body_post(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e,
                    actor_ref *out);

/* coder_body_post.c: phrase p (its "of" PPs with it) names such a body
** itself ("the National Union of Dock Workers"): fills *out as
** coder_body_post does and returns 1; else 0. */
int coder_body_named(const dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out);

/* coder_described.c: the title's phrase before the "of" or "for" whose
** field opens name phrase np ("Minister of Information Moammar
** al-Eryani"), whose code is person e's; -1 when none. Reads the
** dictionary and the mention table only. */
int32_t coder_titled_field(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e);

/* coder_described.c: is phrase p of s a title whose field and a name
** follow it after "of" or "for" ("State Secretary [for Foreign Affairs
** Rene Van Der Linden]")? Reads s only. */
int coder_field_follows(const sent_ctx *s, const phrase *p);

/* A first person at token k of a direct quote ("we", "our troops") is
** the quote's speaker, as the article stage named him; with agent, his
** country joined to it. 1 and *out (phrase p's words), or 0. Owned by
** coder_actor.c; coder_stance.c asks it for a quote's speaker too. */
/* The speaker of the quote still open at token k whose closing mark and
** attribution come in a later sentence (coder_quote_ahead.c): 1 with
** *who's code and *name (borrowed, valid while the sentence is coded),
** or 0. */
int coder_quote_ahead(dyad_coder *c, const sent_ctx *s, uint32_t k, const char **name,
                      actor_ref *who);

int coder_quote_speaker(dyad_coder *c, const sent_ctx *s, uint32_t k,
                        const dict_agent *agent, const phrase *p, actor_ref *out);

/* Marks a as found in its sentence (FROM_SENTENCE, no provenance). */
void coder_from_sentence(actor_ref *a);

/* Gives a agent's role joined to country, with the agent's dictionary
** line as its provenance. */
void coder_ref_agent(actor_ref *a, const dict_agent *agent, const char *country);

/* Is token k of s, lower-cased, on list (a title's lemma keeps its
** capital, the word does not)? coder_actor.c. */
int coder_word_in_list(const sent_ctx *s, uint32_t k, const char *const *list);
/* Word w lower-cased (ASCII, as strncasecmp folds it) into low, NUL-ended;
** 0 when w is too long for low (CODER_LOW_WORD bytes with the NUL), which
** no word of the coder's lists is. For an article's word lists: one fold
** a word, then lemma_in_list per list. */
enum { CODER_LOW_WORD = 16 };
static inline int coder_word_lower(const dict_word *w, char low[CODER_LOW_WORD])
{
    if (w->len >= CODER_LOW_WORD)
        return 0;
    for (size_t i = 0; i < w->len; i++) { /* tolower in the C locale */
        unsigned char b = (unsigned char)w->s[i];
        low[i] = (char)((unsigned)(b - 'A') < 26u ? b | 0x20 : b);
    }
    low[w->len] = '\0';
    return 1;
}
/* The lengths and first and last letters of the words of some lists, to
** turn down most of an article's words before folding them:
** coder_sieve_may is 0 only for a word none of the lists can hold, in any
** case. Made by coder_sieve_add from zero; a list word that does not
** start and end with a small letter, or too long for CODER_LOW_WORD, lets
** every word through. */
typedef struct word_sieve {
    uint32_t firsts[CODER_LOW_WORD]; /* [n] bit c - 'a': a word of n bytes starting with c */
    uint32_t lasts[CODER_LOW_WORD];  /* [n] bit c - 'a': ... ending with c */
    int all;                         /* no sieve: every word may be listed */
} word_sieve;
void coder_sieve_add(word_sieve *sv, const char *const *list);
static inline int coder_sieve_may(const word_sieve *sv, const dict_word *w)
{
    if (sv->all)
        return 1;
    if (w->len >= CODER_LOW_WORD || !sv->firsts[w->len])
        return 0; /* no list word of its length: its letters unread */
    unsigned c = ((unsigned char)w->s[0] | 0x20u) - 'a'; /* ASCII letters folded */
    if (c >= 26 || !(sv->firsts[w->len] >> c & 1))
        return 0;
    /* the last letter too: first letters and lengths alone let through a
    ** word in five ("nations" for "citizen") */
    c = ((unsigned char)w->s[w->len - 1] | 0x20u) - 'a';
    return c < 26 && (sv->lasts[w->len] >> c & 1);
}

/* Does token k of s say that an office was held before and is not now:
** "former", "ex" or a word "ex-", "retired", "then", "late" (a late
** minister is dead)? Not "outgoing": an outgoing minister holds office
** until replaced. One list for every office the coder reads (a body's
** head or member, a spokesman, a central bank's governor). Reads only
** (coder_actor.c). */
int coder_former_word(const sent_ctx *s, uint32_t k);

/* "Brazil wants ..., central bank governor Ana Lima said": is phrase p a
** central bank's head by his title and his name, with no country in the
** phrase? Then *out is the state's government (a central bank is GOV):
** the one country its sentence names, else the article's when it names
** none. Returns 1 and fills *out, or 0 (coder_bank_head.c). */
int coder_bank_head(dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out);

/* Does sentence t[0..n) of text name plural officials of a group of
** states ("EC foreign ministers", "officials from seven industrial
** nations", "deputies from the Group of Ten")? Reads only
** (coder_group_lead.c). */
int coder_group_lead(const char *text, const dyad_token *t, size_t n);

/* What sentence t[0..n) of text names: a chamber or the legislature's
** people ("Congress", "the Senate", "lawmakers"; CAUCUS_CHAMBER), an
** election or a campaign (CAUCUS_ELECTION). Returns the bits; reads only
** (coder_caucus.c). */
enum { CAUCUS_CHAMBER = 1, CAUCUS_ELECTION = 2 };
int coder_caucus_scan(const char *text, const dyad_token *t, size_t n);

/* "Democrats said the deficit should be reduced": is phrase p, whose agent
** is of role kind, a party's plural members in an article that names a
** chamber and no election? Then they are the legislature. Reads the
** article's sentences for its chambers and elections on the first asking
** (coder_caucus.c). */
int coder_caucus_member(dyad_coder *c, const sent_ctx *s, const phrase *p, const char *kind);

/* "talks with other Republicans and House Budget Committee Chairman
** William Gray": a party's plural members whose country came from the
** sentence or an earlier one (a coordination, a mention) are the
** legislature too, on coder_caucus_member's terms. Rewrites j's actors in
** place (coder_caucus.c). */
void coder_caucus_roles(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Is token t of text, in any case, one of the words of list? Reads only
** (coder_group_lead.c). */
int coder_tok_in(const char *text, const dyad_token *t, const char *const *list);

/* Is lemma one of the people a group of states sends ("minister",
** "official", "delegate")? Reads only (coder_group_lead.c). */
int coder_group_people(const char *lemma);

/* "A spokesman for the Iraqi Foreign Ministry", "a statement from the
** Kenyan government": phrase p, headed by a voice's word (spokesman,
** spokeswoman, statement, communique, declaration), speaks for the one
** actor the PP after it names (after "issued by" for a text). Returns 1
** and fills *out (the PP's actor, its span widened to p's start), or 0
** with *out untouched; keeps nothing (coder_voice.c). */
int coder_voice_of(dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out);

/* "Planes from Afghanistan", "attacks from Azerbaijan", "the delegate
** from Kenya": phrase p, which names no actor itself, headed by an
** aircraft's, an arm's or an armed act's noun or by "delegate" or
** "representative", with the PP pp after it starting with "from": the
** actors that PP names (a state, its organ or an international body;
** aircraft join MIL to a bare state, delegates GOV), each widened to p's
** start. Not a route ("from London to Sydney"), nor arms bought or
** removed ("ordered planes from"). Returns how many it wrote to out[0..
** max), 0 for none; keeps nothing (coder_from.c). */
int coder_from_maker(dyad_coder *c, const sent_ctx *s, const phrase *p, const phrase *pp,
                     actor_ref *out, int max);

/* "Lawmakers from Ontario": phrase p, an agent of a state's organ with no
** country (r == -1), with the PP pp after it starting with "from" and
** naming no actor but one region (state, province) of the gazetteer:
** the agent joined to the region's country. Returns 1 and fills *out, or
** 0 with *out untouched (coder_from.c). */
int coder_from_region(dyad_coder *c, const sent_ctx *s, const phrase *p, const phrase *pp,
                      actor_ref *out);

/* "A Finance Ministry spokesman", "a government statement": is phrase p
** a voice's word (spokesman, statement...) after nothing but a
** determiner and the names of a state's organs with no country? Then
** the voice is no other noun that keeps the article's country from the
** organ. Reads only (coder_voice.c). */
int coder_organ_voice(const dyad_coder *c, const sent_ctx *s, const phrase *p);

/* "House leaders", "Senate Republicans", "the Senate Agriculture
** Committee", "House Speaker Jim Wright": is phrase p a legislature's
** members, leaders or committee named by the chamber's capitalised word
** (Senate, House) and nothing after it but a committee's words, an agent
** of a member's role and a name? Then it is the legislature (LEG) of the
** article's country, as "the Senate" is. Reads only (coder_chamber.c). */
int coder_chamber_phrase(const dyad_coder *c, const sent_ctx *s, const phrase *p);

/* May a legislature named by its bare word ("the House", "Congress",
** "parliament", "lawmakers") be that of cc, the article's country? Not
** when the article names another state's legislature, or two states'
** ("the U.S. Congress and the Canadian Parliament"): whose it is is then
** not the article's to guess (doc_country, leg_cc). Reads only
** (coder_chamber.c). */
int coder_home_legislature(const dyad_coder *c, const char *cc);

/* *out: agent of phrase p joined to country cc ("KEN" and police:
** KENCOP), found in its sentence. */
void coder_agent_actor(actor_ref *out, const phrase *p, const dict_agent *agent,
                       const char *cc);

/* The actor of entity e of the mention table for tokens [first, end) that
** stand for it; 1 and *out, or 0 when it has no code. */
int coder_entity_actor(const dyad_coder *c, int32_t e, uint32_t first, uint32_t end,
                       actor_ref *out);

/* Resolves tokens [first, end) alone, with no phrase around them, to
** one actor (a name, a country, a country with its agent noun). Returns 1
** and fills *out, else 0: "an Iranian missile attack" before its noun. */
int coder_resolve_span(dyad_coder *c, const sent_ctx *s, uint32_t first, uint32_t end,
                       actor_ref *out);

/* Splits codes "FRO/BIL/SAM" of a[0..n) into one actor_ref each, in
** place (a holds MAX_ACTORS). Returns the new count. */
int coder_expand_multi(actor_ref *a, int n);

/* The codes of the entities that sentence s names (mentions_np gives
** MREF_NAME), resolved from their phrases, into c->doc.ent, for the later
** mentions that stand for them. -1 on no memory. */
int coder_entity_codes(dyad_coder *c, const sent_ctx *s);

/* The article level's guard, once both roles are known: an agent's
** country taken from the article (the dateline's, the most named) is
** refused when the other role names that country in the sentence itself:
** in "The government criticized Ukraine" Ukraine is the target, not the
** government's country. Partial mode keeps the agent, its country unknown
** ("---GOV"). A private agent that took the article's country
** (needs_peer) is kept only when the other role holds a state's actor of
** that country ("Police arrested a man"), or, with no target, when it
** protests (root 14: "Thousands of people rallied"); workers, farmers
** and students (PEER_PROTEST) only then, or beside their state's actor
** in an appeal (PEER_APPEAL), where firms may too. */
void coder_article_guard(dyad_coder *c, clause_job *j);
/* The same guard for the private agents of j alone (needs_peer), the
** others left as they are: the roles of a noun's event ("protests by
** farmers", "opposition from trade unions"), which take their state's
** actors freely (coder_nominal.c). */
void coder_peer_guard(dyad_coder *c, clause_job *j);

/* "Three Iranian journalists were detained in Tehran": a passive arrest
** or detention (root 17) with no agent is the police's (COP), a passive
** sentence or jailing the courts' (JUD); so is a passive conviction
** (116: "were found guilty of"), and a release from custody (0841: "was
** released on bail") the police's; of the country of the place the
** clause names (PLACE_FROM_CLAUSE, a place trusted as in
** coder_article_guard.c's people_of_place). Sets j's source and returns 1, or
** leaves j and returns 0. */
int coder_custody_agent(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* "Libyan troops evacuated their stronghold in northern Chad": a retreat
** (0874) by forces (MIL) with no target, from a country of the place the
** clause names (trusted as for coder_custody_agent) that is none of the
** sources' own, is a retreat before that country. Sets j's target (the
** bare country) and returns 1, or leaves j and returns 0. */
int coder_retreat_target(const dyad_coder *c, const sent_ctx *s, clause_job *j);
/* "Kenyan warplanes bombed an oil depot in Somalia": an armed act
** (18x-20x) by a state or its government or forces (MIL, GOV) on a
** thing, with no target, in a place its own clause names (trusted as for
** coder_custody_agent) of a country that is none of the sources' own, is
** an act against that country. The caller asks that the slot hold a
** thing. Sets j's target (the bare country) and returns 1, or leaves j
** and returns 0. */
int coder_strike_abroad(const dyad_coder *c, const sent_ctx *s, clause_job *j);
/* Are all of j's sources a state as such, its government or its forces
** (MIL, GOV), and only forces when the verb is one a state uses of plans
** and tariffs too ("attack", "hit", "fight": "attacked the new
** tariffs")? Rebels and gunmen are no state. Reads j only. */
int coder_state_force(const clause_job *j);
/* The same with no place in the clause, once the target is known: the
** police or courts of the dateline's country (else the article's) when
** every target is of that country by its own words, in a sentence that
** puts it nowhere else. "FREETOWN - Sierra Leone's former vice-president
** has been detained" is SLECOP SLEELI. A private person the article named
** before with that country counts too ("He was released on bail": a
** release from custody, 0841, is the police's), but a release never takes
** its person's country from the article alone.
** Fills j->src[0] and returns 1, or returns 0. */
int coder_custody_home(const dyad_coder *c, const sent_ctx *s, clause_job *j);
/* "Police arrested a 36-year-old Cheltenham man": police or courts whose
** country was only counted over the article (no dateline, no word of the
** sentence), taking into custody or releasing (17x, 0841) a private
** person whom a town of the gazetteer places in another country
** (coder_actor.c's town_actor), are that country's: the town says where
** the story is better than a count of names. Rewrites j->src in place. */
void coder_town_custody(clause_job *j);
/* "Six policemen were killed when gunmen attacked their post", "said it
** carried out the bombing, which killed four soldiers": a violent act
** (18-20) whose clause names no doer, a passive with no by-agent or a
** relative clause on an attack noun, takes the subject of the clause
** beside it that tells the armed act (an asserted when- or after-clause
** of attacking, firing, shelling...) or owns the attack noun (claims,
** carries out, launches it) in j->src; else, for the passive, the state's
** actor that reports it of its enemy's men ("Iran said 2,000 Iraqi
** troops were killed") (coder_doer.c). Returns how many actors it put
** there, 0 when none. */
int coder_doer_elsewhere(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* "Tunisia banned anyone wearing a face veil from its offices": a ban
** (ban, bar, prohibit, forbid; 163 or 172) by one state or its
** government, legislature, courts or police, with no target, whose slot
** holds people of no country ("anyone", "women", "a number of chess
** players") is a restriction on its own people: 172 on its CVL, the
** country the source's code gives. Fills j->tgt[0], sets code1 and
** returns 1, or returns 0. */
int coder_ban_home(const sent_ctx *s, clause_job *j);

/* ---- coder_range.c: a count's range is no target ---- */

/* Is PP k of clause cl ("to 10 warships") the upper end of a range opened by
** the PP before it ("from seven")? Then its noun phrase is a count, not a
** target. Reads only the two PPs' words. */
int coder_range_end(const sent_ctx *s, const clause *cl, uint32_t k);

/* ---- coder_aimed.c: whom a measure or a show of force is aimed at ---- */

/* "slapped tariffs on electronic goods from Japan", "on microchips
** imported from Japan": a sanction (16x) or a threat of one (1312) whose
** slot names goods of no country, followed by "from" (or a participle of
** origin and "from" or "in") and a country, is against that country,
** never the source's own. Fills j->tgt and returns the count, or 0. */
int coder_goods_origin(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* Does noun phrase np name a place of sea or land by its head ("the
** Strait of Hormuz", "the Gulf", "the Aegean Sea")? Such a name is no
** actor the dictionary missed: a show of force towards it stands alone. */
int coder_named_feature(const sent_ctx *s, int32_t np);
/* "Usman Khan stabbed three people", "police detained Ana Ruiz", "shot
** him": a person the article names, with no code (no title, no
** country), who assaults or is assaulted, shot or killed (18x, 19x), or
** whom police take (17x, as the target), is a private person of the
** dateline's country, else the article's, in a sentence that puts no one
** elsewhere: CVL, kept only beside a peer (coder_article_guard). Role
** phrase np, target when it is the target's. Fills *out and returns 1,
** or returns 0. */
int coder_private_person(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                         int32_t np, int target, actor_ref *out);

/* The people of the place clause j names (people_of_place), for
** roles that no country names (none, or partial mode's "---"): the source
** of a protest ("Thousands of people demonstrated in Caracas": VENCVL);
** the police or courts that coerce (root 17: "Police in Lagos arrested
** ...": NGACOP), and whom they act on when the source is of that place
** ("... arrested dozens of protesters": NGAOPP). Returns 1 when it
** filled a role. */
int coder_place_people(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_home_fighters.c: fighters of the sentence's one state ---- */

/* Rebels, insurgents or separatists that no country names
** (none, partial mode's "---", or a country only taken from the article)
** in one role of j, beside a government, army or police of one state
** named in the sentence, which names no other country nor a place
** outside it: that state's ("The Colombian government signed a ceasefire
** with leftist rebels": COLREB), in talks, deals, truces and the like
** (03x-08x), or in force and coercion (15x-20x) when the sentence names
** a place of that state too: "Israeli troops killed three militants" may
** be abroad. In other acts it only recodes a country the article gave
** them. Returns 1 when it filled a role. */
int coder_home_fighters(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_abroad.c: fighters the article lends its country, struck by
** another state ---- */

/* The place clause ci's own words say its act happened in, when its
** country is sure (coder_article_guard.c); NULL otherwise. */
const place_mention *coder_act_place(const dyad_coder *c, const sent_ctx *s, size_t ci);

/* In force or coercion (17x-20x), rebels, insurgents, separatists or
** armed men in one role of j whose country the article lent (dateline or
** count), beside another state's organ (or the state itself as source):
** kept where the clause's place is in their country, that state's where
** it is in the state's (not armed men of no side), else of no known
** country (dropped; "---" with --partial): "ANKARA - The Syrian army
** attacked rebels" is no Turkish rebels. Returns 1 when it changed a role. */
int coder_fighters_abroad(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Does every one of a[0..n) take its country from the article, not the
** sentence? (n > 0) */
int coder_from_article(const actor_ref *a, int n);

/* The noun phrase a personal pronoun np stands for, else np itself. */
int32_t coder_antecedent(const dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np);

/* An agent with no country in reported speech (np, in clause ci) takes
** the reporter's country. Returns 1 and fills *out, or 0. */
int coder_agent_of_reporter(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                            actor_ref *out);

/* Sets *out, cleared, to the actor code for tokens [first, end) of this
** sentence, as one the article named earlier: in sentence sent, at bytes
** [start, stop) of its text (FROM_MENTION, the provenance --explain shows). */
void coder_mention_actor(actor_ref *out, const char *code, uint32_t first, uint32_t end,
                         long sent, uint32_t start, uint32_t stop);

/* The actors of entity e of the mention table (a set: each member's) for
** phrase p, at most max into out. Returns their number. */
int coder_entity_actors(const dyad_coder *c, const phrase *p, int32_t e, actor_ref *out, int max);

/* "Zambian opposition parties criticized the government": the actor of
** noun phrase np, a state's agent (GOV, MIL, COP, SPY, LEG, JUD) whose
** country neither the sentence nor the article gives, as an agent of the
** country of the other role's actors other[0..nother) when they are all
** one country's opposition or workers named in the sentence (ZMBOPP,
** ZMBLAB): whom they oppose or strike against at home. Fills *out and
** returns 1, or returns 0. */
int coder_party_agent(dyad_coder *c, const sent_ctx *s, int32_t np, const actor_ref *other,
                      int nother, actor_ref *out);

/* "President Hale blamed Democratic leaders for the unrest": the actor of
** noun phrase np, an opposition, party or legislature of no country (or
** leaders a party's word describes, as PTY), as one of the country of the
** other role's actors other[0..nother) when they are all one state's
** executive organs (GOV, MIL, COP, SPY, JUD) the sentence names or its
** dateline gives, and the sentence names no place of another country
** (coder_home_party.c), in clause job j of an appeal, a demand,
** disapproval, a rejection, a threat or a protest (02, 10-14). Fills
** *out and returns 1, or returns 0. */
int coder_home_party(dyad_coder *c, const sent_ctx *s, const clause_job *j, int32_t np,
                     const actor_ref *other, int nother, actor_ref *out);

/* Is a one side of its state's politics: a country's executive,
** opposition, legislature or party, its code that role alone
** ("AUSOPP", not "AUS")? (coder_home_judge.c) */
int coder_home_side(const actor_ref *a);

/* May a judge y's plan, budget or words at home: both sides of one
** country's politics (coder_home_side), of different codes ("Keating
** said the opposition's plan was a mistake": AUSGOV, AUSOPP)?
** (coder_home_judge.c) */
int coder_judges_at_home(const actor_ref *a, const actor_ref *y);

/* "MITI instructed domestic makers to cut output": the actor of noun
** phrase np, an agent of no country that "domestic" describes, as an
** agent of the country of the other role's actors other[0..nother) when
** they are all one state's actors the sentence names (JPNGOV: JPNBUS),
** as coder_party_agent asks. Fills *out and returns 1, or returns 0. */
int coder_domestic_agent(const dyad_coder *c, const sent_ctx *s, int32_t np,
                         const actor_ref *other, int nother, actor_ref *out);

/* "The ministry asked car makers to cut exports": the target of clause j,
** firms of no country (plural, not lenders nor firms abroad) that one
** state's actors, named in the sentence, before it or by the dateline,
** appeal to or demand of (02x, 10x), as that state's firms (JPNGOV:
** JPNBUS); not under another country's dateline. Fills *out and returns
** 1, or returns 0 (coder_firms_asked.c). */
int coder_firms_asked(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                      actor_ref *out);

/* "Zenith Electronics Corp asked the U.S. Supreme Court to hear its case":
** the source of clause j, a firm named by its proper name with no country
** (not a lender), that appeals to or makes a demand of one state's actors
** the sentence names, as that state's firm (USAJUD: USABUS). Fills *out
** and returns 1, or returns 0 (coder_firms_asked.c). */
int coder_firm_asking(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                      actor_ref *out);

/* Is a a state's actor of country cc (the state, or an agent of it), not
** a private one or one that waits for a peer (coder_article_guard.c)? */
int coder_state_actor_of(const actor_ref *a, const char *cc);

/* Does phrase p name lenders or firms said to be abroad or another's
** ("commercial banks", "foreign firms") (coder_actor.c)? */
int coder_foreign_or_lender(const sent_ctx *s, const phrase *p);

/* Is token k a noun of intent or decision with an infinitive right after
** it ("decision to", "plans to", "refusal to"), which that noun's owner
** does (coder_roles.c)? */
int coder_intent_noun(const sent_ctx *s, uint32_t k);

/* ---- coder_reciprocal.c: "blamed one another" ---- */

/* Is noun phrase np (-1: none) "each other" or "one another", or "the
** other" after a floating "each" ("each laid the blame on the other"), a
** target that stands for the subject's members to one another? Reads s
** only. */
int coder_reciprocal_np(const sent_ctx *s, int32_t np);

/* ---- coder_owner.c: the owner of a thing as the target ---- */

/* Is clause job j one whose target may be the owner of the thing its
** target phrase names (a root of praise, demands, criticism, rejection or
** threats, a source, a phrase that names no actor, agent or pronoun)?
** Asked once per clause: the four rules below take its answer as thing. */
int coder_owner_thing(dyad_coder *c, const sent_ctx *s, const clause_job *j);

/* Does noun phrase np of s stand for entity e of the mention table: a
** mention resolved to it, or the phrase that introduced it? np < 0
** names no one. coder_journey.c asks it of a visit's pronoun too. */
int coder_names_entity(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e);

/* Is token k's lemma of s a noun of an agreement ("accord", "agreement",
** "pact", "treaty", "deal"), or "agree", a verb's lemma a noun-tagged head
** seldom has? Asked of every noun phrase's head: its rule mark first. */
int coder_agreement_noun(const sent_ctx *s, uint32_t k);

/* For praise, demands, criticism, rejection and threats (roots 05,
** 10-13) of clause job j whose target phrase names a thing: its owner
** in the phrase ("the annexation of the islands by Uganda", "the deal
** between Uganda and Tanzania", "the Ugandan-Tanzanian deal", "his
** efforts"), none of a source's country, into j->tgt. Called before the
** usual target search, which a by-phrase's doer overrides. Returns the
** number found. */
int coder_owner_within(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing);
/* "the Ugandan-Tanzanian border deal", "the Kenya-Uganda talks": the
** countries of a word before p's head whose every part, split at its
** hyphens, is a country, written to out (MAX_ACTORS at most); 0 if none
** (coder_owner.c). Reads c and s only. */
int coder_owner_compound(const dyad_coder *c, const sent_ctx *s, const phrase *p,
                         actor_ref *out);

/* For disapproval written as a noun that names its own source (job j of
** noun phrase noun_np, root 11) and whose target phrase names a thing
** with a possessive pronoun: the actor the pronoun stands for, even the
** subject of the noun's clause ("Tokyo answered U.S. complaints about its
** trade practices": the complaint is the U.S.'s, the practices Tokyo's),
** none of a source's country, into j->tgt. Reads the mention table;
** changes nothing else. Returns the number found. */
int coder_owner_noun_pronoun(dyad_coder *c, const sent_ctx *s, clause_job *j, int32_t noun_np);

/* Adds the actor code to out[0..n) as from event number ev (told at phrase
** p), unless it is partial mode's unknown or already there. Returns the new
** count. Caller owns out. */
int coder_add_from_event(const dyad_coder *c, const phrase *p, size_t ev, const char *code,
                         actor_ref *out, int n);

/* ---- coder_change.c: a change in a thing criticised stands for the thing ---- */

/* For a target phrase np (-1: none) of code (110 or 111 only) that names
** a change ("a recent rise in West German interest rates", "the
** tightening of monetary policy"): the noun phrase of the thing changed,
** right after "in" or "of", whose owner the target is; else -1. Reads s
** only. */
int32_t coder_change_whole(const sent_ctx *s, const char *code, int32_t np);

/* ---- coder_part.c: a part of a thing stands for the thing ---- */

/* For clause job j whose target phrase names a part, an aspect or a
** provision of a thing ("key parts of the proposal", "the basis for
** Greece's proposal") and whose code may be aimed at a thing's owner
** (coder_owner_thing): moves j->tgt_np to the whole's noun phrase, so
** that the target search and the owner rules read the whole. Returns 1
** when it moved it, else 0 with j untouched. Reads s only. */
int coder_part_of_thing(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_they.c: a doer told in the sentence before ---- */

/* A passive with no by-agent and no source ("France and Italy were also
** asked"): the source of the latest act of the same root the article told
** in this sentence or the two before, under the same dateline, unless it
** is the target's own. Returns the new j->ns. */
int coder_passive_doer(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Is the dateline that governs sentence a the one that governs b? A
** digest's new dateline ("BELFAST - ...") opens another story. */
int coder_same_story(const dyad_coder *c, long a, long b);

/* Is there a "they" or "them" in the document's next words after
** sentence s, which may stand for a bare plural of agents that s names?
** Resolving such a plural's code is only worth it then. Amortised over
** the document, each token is looked at once. */
int coder_they_ahead(dyad_coder *c, const sent_ctx *s);

/* The actors of pronoun phrase np, which stands for entity e (at most
** max into out): a bare plural of agents ("Police ... They released
** him") only for "they" or "them" that is no reporting speaker
** (coder_they.c's they_speaker); any other entity as coder_entity_actors. */
int coder_they_actor(dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e, actor_ref *out,
                     int max);

/* The latest event before number e that the article coded with a code
** of the space-separated prefixes ("18 19 20"), only those emitted when
** shown is set, and none of a sentence before since; SIZE_MAX when there
** is none. Walks back: first e = c->nev, then the last answer. Owned by
** coder_owner.c; coder_things.c asks it for the latest attack too. */
size_t coder_earlier_event(const dyad_coder *c, size_t e, const char *prefixes, int shown,
                           long since);

/* The same for a definite act noun with no owner in its sentence ("the
** attack", "the agreement", "the move"): the doer (an agreement's both
** parties) of the latest act of its kind the document named with its doer
** (coder_owner_remember) or coded as an event, none of a source's country.
** Called when nothing else gave a target. Returns the number found. */
int coder_owner_earlier(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing);

/* The same when coder_owner_earlier found none, for a source that is one
** country's opposition (its parties, dissidents, protesters: KENOPP): what
** it criticizes, demands, rejects, threatens or praises is its
** government's doing ("the opposition denounced the new tax" is KENOPP
** KENGOV). Fills j->tgt[0]; returns 1, or 0 when the rule does not apply. */
int coder_owner_government(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing);

/* The same for a government (KENGOV) that rejects or vetoes (12x),
** opposes or criticizes (11x) a bill, a law, legislation or a measure its
** object names with no owner: the bill is its country's legislature's
** ("Reagan vetoed the highway bill" is USAGOV USALEG 129, "the
** administration opposed the bill" USAGOV USALEG 110). Fills j->tgt[0];
** returns 1, or 0 when the rule does not apply. */
int coder_owner_legislature(dyad_coder *c, const sent_ctx *s, clause_job *j, int thing);

/* A rejection (12x) told as a noun whose thing is a bill ("Reagan's veto of
** the highway bill"): the legislature of the one government source's
** country, written to j->tgt[0], as coder_owner_legislature gives for the
** verb. Returns 1, or 0 when the noun is no such case. */
int coder_owner_bill_noun(const sent_ctx *s, clause_job *j, const char *code, int32_t thing);

/* For a yield of sanctions (085, its intent 0354) whose object is a
** definite sanction, embargo or tariff that names no one ("is prepared to
** lift the sanctions"): the target of the latest sanction (163) the
** article coded, when its source is of the source's country (only the
** imposer lifts it). Called when nothing else gave a target. Fills
** j->tgt; returns the number found, or 0. */
int coder_sanction_lifted(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* "trade sanctions imposed on Japan", "the tariffs were levied on
** Japanese goods": a sanction (163) told in the passive with no by-agent
** is put on by the imposer of the latest sanction the article coded
** against the same country (163, 1312, 1244, 085, 0354). Fills j->src
** and returns how many, or returns 0. */
int coder_sanction_imposer(dyad_coder *c, clause_job *j);

/* Is clause ci an infinitive after a possessive pronoun and a noun of
** intent ("sent Congress a report on his plan to escort the tankers")
** whose pronoun the mention table resolved to the clause's subject, its
** doer, in a clause told as done or planned? Then it is that subject's
** plan (future), not someone else's (hypothetical). */
int coder_own_plan(const dyad_coder *c, const sent_ctx *s, size_t ci);
/* The smallest clause of s whose span holds token k, or NULL
** (coder_nominal.c). */
const clause *coder_clause_at(const sent_ctx *s, uint32_t k);
/* The guest of journey noun phrase np whose possessive pronoun stands
** for the subject of its clause or one it hangs on ("ahead of her visit
** to Moscow"): the number of actors in out (coder_journey.c). */
int coder_own_journey(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out);
/* The same for any noun phrase np opening with his, her, their, or, when
** with_its, its: the actors of the subject the pronoun stands for, written
** to out (MAX_ACTORS at most); 0 if the mention table ties it to none
** (coder_journey.c). */
int coder_pronoun_subject(dyad_coder *c, const sent_ctx *s, int32_t np, int with_its,
                          actor_ref *out);
/* The doer of act noun phrase np (its pattern's code, a target of its
** own) that a possessive pronoun owns: "Kenya defended its arrest of two
** Ugandan journalists" is Kenya's arrest. Written to out; 0 if none
** (coder_own_act.c). */
int coder_own_act(dyad_coder *c, const sent_ctx *s, int32_t np, const char *code,
                  actor_ref *out);
/* Is meeting noun phrase np, owned by a possessive pronoun ("his talks
** with"), the subject of a clause that tells it held: said plainly in a
** past tense, by a verb that does not call the talks off or put them
** later ("were postponed")? (coder_own_talks.c) */
int coder_own_talks_held(const sent_ctx *s, int32_t np);
/* The subject of the clause that talks np (no party of their own, no
** name before the noun) frame, when that subject joins two members by
** one "and" and the clause is said plainly: "X and Y agreed during talks
** in Bonn". -1 if none. The caller resolves the pair
** (coder_pair_framed.c). */
int32_t coder_pair_framed_talks(const sent_ctx *s, int32_t np);
/* The host of visit or trip np named by one word right before its noun,
** a country or its capital ("Nakasone's Washington visit"), written to
** *out: 1, else 0 (a region, a month, two names; coder_place_visit.c). */
int coder_place_before_visit(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out);
/* The host of visit or trip np told by "here" right after its noun: the
** dateline's country, written to *out; returns the token after "here",
** else 0 (no dateline, no "here"; coder_place_visit.c). */
uint32_t coder_here_after_visit(const dyad_coder *c, const sent_ctx *s, int32_t np,
                                actor_ref *out);
/* The clause whose subject is to attend the gathering np ("will attend
** a meeting of OPEC oil ministers", "is due to attend"): its "attend"
** stands right before np and it is told as still to come; NULL if none
** (coder_attend.c). */
const clause *coder_attends_later(const sent_ctx *s, int32_t np);
/* That clause's subject resolved into out: the number of actors, 0 if
** none. */
int coder_attend_guest(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out);
/* The clause of a journey (leave, travel, fly, go, head, depart, come,
** arrive, visit; "be" with "in" or "here" after it) said plainly or as to
** come, with a subject, whose purpose is the gathering whose phrase opens
** at token f: "for" right before f in that clause, after its verb, or an
** infinitive "to attend" right before f that hangs on it ("will leave on
** Monday to attend a meeting of the IMF"); NULL if none. Reads s only
** (coder_journey_purpose.c). */
const clause *coder_journey_purpose(const sent_ctx *s, uint32_t f);

/* Keeps the acts sentence s names with their doers in c->doc.acts: a noun
** of a kind with a possessor, a country before it or a by-phrase ("the
** United States' killing of ..."), a noun that a verb of doing takes as
** its object ("launched an attack", "started moves"), a verb of a kind
** with its subject ("Kenya decided to ..."). Called before the sentence's
** clauses are coded. */
void coder_owner_remember(dyad_coder *c, const sent_ctx *s);

/* Is a an attack the article named (an act of the attack kind: attack,
** raid, shooting, stabbing, bombing ...)? */
int coder_act_is_attack(const act_seen *a);

/* ---- coder_foe.c: the other side of a war the article tells ---- */

/* "Iraqi jets raided the oil field": an act of fighting (19x-20x, not a
** blockade; an assault, 18x, is as often a crime) by one country's
** forces or the country itself named bare, not its government
** (coder_state_force, forces_at_war), with no target, is aimed at the
** one country that the article's emitted events of fighting under the
** same dateline set against that country, in either role, in the
** sentences before s, unless they set several against it or the
** sentence names a third country, and only when the slot holds a thing
** or nothing (a common noun, no pronoun, agent or ship). Sets j's target
** (the bare country, from the latest such event) and returns the new
** j->nt, or leaves j and returns 0. */
int coder_war_foe(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* The same for the doer of a passive with no by-agent and no source ("29
** Chadian soldiers were killed", "the Iranian tanker was hit"): when its
** targets are all of one country, the state itself, its forces,
** government, police or people (not rebels or criminals), the one
** country the article's events of fighting set against theirs. Returns
** the new j->ns. */
int coder_war_doer(dyad_coder *c, const sent_ctx *s, clause_job *j);
/* The doer of an act of fighting whose source is "the planes", "the six
** jets" (a definite phrase of a noun of arms that no dictionary gives a
** country): the source, a state's forces, of the latest event of fighting
** the article emitted in the two sentences before, under the same
** dateline ("Israeli jets bombed ... They said the planes attacked").
** Returns the new j->ns. */
int coder_war_arms(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_object_pronoun.c: "it" asked or helped is not the asker ---- */

/* "Venezuela will lend Ecuador oil to help it meet ...": when every
** target of j came back as the source's own actor and the target phrase
** was pron, an object "it" or "them" that is to act (an infinitive or "of"
** and a gerund after it), the targets become those of the nearest noun
** phrase before it of its number, headed by a name or an agent noun, that
** names an actor not the source's.
** j is untouched otherwise. */
void coder_object_pronoun(dyad_coder *c, const sent_ctx *s, clause_job *j, int32_t pron);

/* ---- coder_things.c: a thing struck, named before ---- */

/* Keeps the things sentence s names with a country ("an Iranian oil
** platform", "a Kuwaiti tanker") for the sentences after it. */
void coder_things_remember(dyad_coder *c, const sent_ctx *s);

/* A clause of force (17x-19x) whose target is such a thing again with
** "the" and no country ("U.S. warships destroyed the platform"), not a
** gerund's, takes the latest one's country, unless it is a source's:
** fills j->tgt[0] and returns 1, or 0. */
int coder_thing_earlier(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* "the accused", "the suspect", "the attacker", "the gunman" (np, in
** a[0..n)) with no country of the sentence's own, in coercion, violence
** or disapproval (17x-19x, 11x): the doer of the article's latest attack
** by people, not a state's force, named or coded (a criminal, CRM, for
** the people of a country or the country alone). Returns the new count
** of a. */
int coder_assailant_earlier(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                            int32_t np, actor_ref *a, int n);

/* coder_detainee.c: "Bangladesh police arrested four industrialists":
** whom the police or courts of one country named by their own words
** hold, convict or release (173, 116, 0841), a private agent of no
** country, is that country's, in an article that counts no other
** country. Fills j->tgt[0] and returns the new target count (j->nt when
** nothing changed). */
int coder_custody_detainee(const dyad_coder *c, const sent_ctx *s, clause_job *j);
/* coder_detainee.c: is clause j's verb "charge" told with a crime a few
** words after its "with" ("was charged with fraud", "with three counts
** of", "with making false statements"), not a task ("charged with
** preparing the talks")? Reads s only. */
int coder_charged_crime(const sent_ctx *s, const clause_job *j);

/* "Police arrested Naulu" after "A Fijian man, Tevita Naulu, shot ...":
** a named person of the mention table coded as one of a country's people
** (xxxCVL: by a description, or the article's country), taken into custody by the state (173, the
** target a[0..n), np) or assaulting (18x, the source), is a suspect: his
** country's criminal (CRM), as docs/annotation.md codes suspects. */
void coder_suspect_role(dyad_coder *c, const clause_job *j, int32_t np, actor_ref *a, int n);

/* coder_named_suspect.c: "Thames Valley Police detained the man" after
** "named him as Libyan national Omar Sadi": an unnamed singular person
** ("the man", "the attacker", "him"; np, in a[0..n), whose actors have
** no country of their own words: none, or the dateline's or article's) whom the state takes into custody or accuses (17x, 11x,
** the target) or who assaults (18x, the source), in an article that so
** far names exactly one private person with a nationality, and not as a
** victim, is that person's country's criminal (CRM). Returns the new
** count of a. */
int coder_named_suspect(dyad_coder *c, const sent_ctx *s, const clause_job *j, int32_t np,
                        actor_ref *a, int n);

/* "A man stabbed a guard in Kampala. Police shot him dead": an unnamed
** person (mentions.c's role) that sentence s names, where s names a place
** outside the country the article's people take, is no one of that
** country when "him" stands for him later (entity_code's abroad). Once
** the sentence's places are read (coder_actor.c). */
void coder_unnamed_abroad(dyad_coder *c, const sent_ctx *s);

/* ---- coder_nominal.c: events written as noun phrases ---- */

/* Nouns of a meeting held "with" someone: "talks with the Jordanian
** king", "a call with Biden" (NULL-terminated). */
extern const char *const coder_meeting_nouns[];
/* Nouns of a journey: "visit", "trip" (not a tour or a swing, which pass
** through regions, no one's home) (NULL-terminated). */
extern const char *const coder_journey_nouns[];

/* Codes the event noun phrases of sentence s that no clause coded:
** "Russia's attack on Ukraine". Returns -1 when memory runs out, else 0. */
int coder_nominals(dyad_coder *c, sent_ctx *s);

/* "An air strike by Syrian forces killed ten civilians": when the
** subject of clause job j is an event noun, its by-phrase or possessor is
** the source the subject did not name, and a verb of effect (kill,
** wound, destroy) takes the violent act's own code (195 for the air
** strike). Called by the actors step once the source is resolved. */
void coder_nominal_subject(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* "Israeli jets raided Syrian positions", "the Iraqi air force attacked":
** when the source phrase of clause job j names aircraft and its act is a
** raid or an attack (17x, 19x), the act is aerial weapons employed (195),
** as an "air raid" is; a police raid stays 17x; so is force used (190)
** by an air strike ("was killed by a U.S. airstrike"). Called by the
** actors step once the source is resolved. */
void coder_aerial_source(const sent_ctx *s, clause_job *j);

/* "A man attacked two women with a knife", "gunmen shot a journalist":
** an attack or shooting (190, 193) whose every source is one who attacks
** on his own account (a civilian, a criminal, armed men of no side; or,
** of no country, an attacker, assailant, gunman or man) is unconventional
** violence (180), not military force. Called by the actors step once the
** source is resolved. */
void coder_private_violence(const sent_ctx *s, clause_job *j);

/* "A man stabbed three people": a civilian who assaults (18x) civilians
** of his own country is a criminal (CRM), not one of his victims; the
** same code on both sides made no dyad. Called once the guard has
** checked both roles' countries. */
void coder_private_assailant(clause_job *j);

/* ---- coder_aside.c: a stay abroad told in an aside ---- */

/* The place of an aside after clause cl's subject that tells the
** subject's stay there for a meeting or journey ("Dupont, in Washington
** for talks with U.S. officials, said"), or -1. Reads s only. */
int32_t coder_aside_stay(const sent_ctx *s, const clause *cl);
/* The clause whose subject's aside meeting np is the purpose of ("in
** Washington for talks with"), or NULL. Reads s only. */
const clause *coder_aside_talks(const sent_ctx *s, int32_t np);

/* ---- coder_pair_held.c: talks of a hyphenated pair told as held ---- */

/* Is meeting noun phrase np told as held: "talks that ended on Friday",
** "talks held last week", "at a trade meeting" in a clause said plainly?
** Reads s only. */
int coder_pair_talks_held(const sent_ctx *s, int32_t np);

/* ---- coder_meeting_frame.c: a meeting or visit told around its clause ---- */

/* How coder_visit_guest reads a meeting: none (a visit), one "with"
** someone, or one "of" a body, which the subject attends. */
enum { MEET_NONE, MEET_WITH, MEET_OF };

/* Is noun phrase np in a PP of "for", the purpose of its clause ("is in
** New York for talks with", "will fly to Tokyo for talks with")? Reads s
** only. */
int coder_for_purpose(const sent_ctx *s, int32_t np);
/* Is verb group vg a timetable's passive or adjective: "is expected here
** on Friday", "is scheduled to", "is due"? Reads s only. */
int coder_timetabled(const sent_ctx *s, const phrase *vg);
/* Is meeting np the purpose of a journey its clause tells ("arrives for
** talks with")? 1: the guest's intent alone, as the journey is; 2: a
** journey that names where it goes ("flew to Prague for talks with"),
** the verb's event, so no noun event; 0: neither. Reads s only. */
int coder_journey_for(const sent_ctx *s, int32_t np);
/* Is noun phrase p a visit or trip (coder_journey_nouns), or a meeting
** noun (coder_meeting_nouns), in a PP that frames its clause ("spoke
** during a visit to Peru", "at the end of a visit to")? Reads s only. */
int coder_frames_meeting(const sent_ctx *s, const phrase *p);
/* Is framed meeting or visit p one its clause happens at (during, at, on,
** in, for; the noun right before its "to" or "with"; no possessor), so
** that a clause still to come puts it later too? Reads s only. */
int coder_frames_at_once(const sent_ctx *s, const phrase *p);
/* The subject of clause cl, or of the clause a participle with none
** hangs on ("The Peruvian minister, winding up a visit to Ecuador,
** said"); -1 if none. Reads s only. */
int32_t coder_visit_subject(const sent_ctx *s, const clause *cl);
/* Is noun phrase p in a clause whose verb sets off in the present
** ("leaves on a visit to"): a journey still to come? Reads s only. */
int coder_departing(const sent_ctx *s, const phrase *p);
/* Does phrase p hold a capitalized word ("EC ministers", "Pakistani
** industrialists"), not only common nouns? Reads s only. */
int coder_names_someone(const sent_ctx *s, const phrase *p);
/* Is actor t, the body a gathering is "of", only an audience at home for
** the guests src[0..ns) who address it (of a guest's own country), no
** party they meet? Reads its arguments only. */
int coder_gathering_at_home(const actor_ref *src, int ns, const actor_ref *t);
/* The guest of visit or meeting np (meeting: MEET_NONE, MEET_WITH or
** MEET_OF) with no source of its own: the subject of the clause it
** stands around, when that clause is said to happen; a clause still to
** come around one it happens at, or one not said plainly around a
** meeting set down (planned), gives its subject too and sets *later: the
** caller codes the intent to meet (036). Writes the actors into the
** caller's out (MAX_ACTORS room) and returns how many; 0 if none. */
int coder_visit_guest(dyad_coder *c, const sent_ctx *s, int32_t np, int meeting, int planned,
                      int *later, actor_ref *out);

/* ---- coder_defied.c: what the clause defies, grants or answers ---- */

/* Is noun phrase np what "despite" sets its clause against: "despite
** criticism", "in spite of objections", "amid growing criticism", "over
** the objections of", "in response to criticism from"? Reads s only. */
int coder_defied(const sent_ctx *s, const phrase *np);
/* The target of disapproval np that names its source but no target,
** when its clause goes ahead despite it (coder_defied): the clause's
** doer ("Uganda closed the border despite criticism from Kenya").
** Writes the actors into the caller's out (MAX_ACTORS room) and returns
** how many, and *who, the doer's phrase; 0 if none. */
int coder_defiant(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int32_t *who);
/* The same for a request np its clause grants ("sent troops at the
** request of Kenya", "in response to a request from"). */
int coder_grantor(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out, int32_t *who);
/* The same for demands np their clause answers, yielding or not ("met the
** strikers' demands", "bowed to Argentina's demands", "despite U.S.
** demands"), when the doer is named by its head. */
int coder_answerer(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out,
                   int32_t *who);
/* Is noun phrase np demands or a request its clause answers, as
** coder_answerer reads it ("rejected Uganda's request")? Reads s only. */
int coder_answered(const sent_ctx *s, int32_t np);

/* ---- coder_stance.c: the speaker's stance in reported speech ---- */

/* "Kenyan officials claimed Somali militants had attacked a police post":
** when clause job j (actors and modality known) is reported by a speaker
** (a clause of saying, "according to", a quote's speaker) and tells of a
** hostile act by another party, emits the speaker's accusation of its
** doer (112; 1123 for fighting and mass violence). An act that is only
** alleged ("claimed", "alleged") of another becomes hypothetical in *j.
** Returns -1 when memory runs out, else 0. */
int coder_stance(dyad_coder *c, sent_ctx *s, clause_job *j);
/* "announced the sanctions in retaliation for what he called Japan's
** failure to honour the pact", "imposed the tariffs because of Tokyo's
** alleged failure to uphold the accord": a sanction (16x, said or
** promised) whose slot names no one is against the owner of the breach
** its sentence gives after "for", "over" or "because of" (coder_stance.c's
** breach reading), a country other than the source's. Fills j->tgt[0] and
** returns 1, or 0 (sixteenth session, lane rejthreat). */
int coder_breach_target(dyad_coder *c, sent_ctx *s, clause_job *j);

/* "A Nigerian army spokesman said Boko Haram was behind the attack":
** a reported clause of "be" whose predicate blames its subject for a
** hostile act ("behind", "responsible for", "the perpetrators of") is
** the speaker's accusation of the subject. Returns -1 when memory runs
** out, else 0. */
int coder_stance_predicate(dyad_coder *c, sent_ctx *s, size_t ci);
/* Builds c->stance_verbs, which coder_stance_predicate reads (the coder
** owns it; dyad_coder_free frees it). -1 when memory runs out. */
int coder_stance_init(dyad_coder *c);
/* Makes coder_owner.c's tables of act words, once a process (before the
** first coder codes: coder_create asks it). */
void coder_owner_once(void);

/* "The Pentagon said U.S. warships destroyed the platform in retaliation
** for an Iranian missile attack on a tanker": the act of violence np,
** coded as clause job j (a noun, its doer named), which a state's speaker
** gives as what its side's act answers ("in retaliation for", "in
** response to", "responded to"), is that speaker's accusation of the
** doer, under the rules of coder_stance. Returns -1 when memory runs out,
** else 0. */
int coder_stance_answered(dyad_coder *c, sent_ctx *s, const clause_job *j, int32_t np);

/* "The Senate called for action against Japan for violations of the
** pact": a penalty (a sanction, a tariff, retaliation, action against Y,
** a verb of penalizing) that sentence s names before "for" or "over" a
** breach of a word given or dumping, asked, planned or weighed by a
** state (the subject of its clause or of one above it, told as done or
** ahead), is that state's accusation (112) of the breach's owner or the
** one penalized. Returns -1 when memory runs out, else 0. */
int coder_stance_penalty(dyad_coder *c, sent_ctx *s);

/* Who reports clause ci of s (the subject of a clause of saying above it,
** "according to X", a direct quote's speaker), resolved into who[0..max):
** returns their count, 0 when ci is not reported or its speaker is a
** channel ("the news agency said"). *say_ci gets the clause of saying
** (-1: a quote or "according to"), *say_np the speaker's phrase (-1: a
** quote's). Names no agent for later sentences. */
int coder_reporter(dyad_coder *c, sent_ctx *s, size_t ci, actor_ref *who, int max,
                   int32_t *say_ci, int32_t *say_np);

/* Is y speaker a's own side: the same actor, or both the state of one
** country (its government, forces, courts, parliament, or the bare
** country)? */
int coder_own_side(const actor_ref *a, const actor_ref *y);

/* Does actor a only look on and report (a newspaper, civilians, a firm)? */
int coder_onlooker(const actor_ref *a);

/* Has sentence s already an event from source to target whose code
** starts with one of roots (two digits each, NULL-terminated: "11" for
** a verb's accusation, "02" and "10" for an appeal or demand)? Reads the
** events of s only. */
int coder_told_already(const dyad_coder *c, const sent_ctx *s, const char *source,
                       const char *target, const char *const *roots);

/* Emits job k (from coder_clause_job_new) when it has a source and a
** target, placed, and asserted, or of the modality of its clause when a
** clause of saying tells it (said); frees k either way. Returns -1 when
** memory runs out, else 0. */
int coder_emit_said(dyad_coder *c, const sent_ctx *s, clause_job *k, int said);

/* A new job for clause ci of s, coded by rule (for --explain): its verb,
** no code nor actors yet. The caller frees it (dy_free); NULL when out of
** memory. */
clause_job *coder_clause_job_new(const sent_ctx *s, size_t ci, const char *rule);

/* "Saudi oil facilities were hit by drone strikes. The Houthis claimed
** responsibility for the attacks.": the emit step's two ends of it. A
** violent act (18-20) asserted with a target and no doer named is kept
** as the document's last unclaimed one (coder_stance_unclaimed), and with
** a doer or without as its last victim; a claim of responsibility (015)
** with no target takes the unclaimed victim, condolences (018) with none
** the last victim, named in the last five sentences, into j->tgt[0]
** (coder_stance_claimed: 1 when it did). */
void coder_stance_unclaimed(dyad_coder *c, const sent_ctx *s, const clause_job *j);
int coder_stance_claimed(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_condole.c: condolences to the bereaved (sixteenth session) ---- */
/* "offered condolences to the families of those who died": sympathy (018)
** whose target phrase names people by their loss or hurt and no actor,
** with no victim of a violent act to take (coder_stance_claimed), goes to
** the people (CVL) of the article's home country, when the sentence names
** no place abroad, no firm is its source, and a dateline's country is the
** one the article names most. Fills j->tgt[0] and returns 1, else 0 and
** leaves j untouched. */
int coder_condoled_home(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_agree.c: what two sides agree to do together (thirteenth session) ---- */

/* Clause ci's subject names two sides of two countries that agree to do
** something a pattern does not know, or agree on the need for it ("France
** and Yugoslavia agreed to set up a joint commission"): 030 of each
** towards the other, of the modality of the agreeing, unless the sentence
** coded the pair already. Returns -1 when memory runs out, else 0. */
int coder_agree_joint(dyad_coder *c, sent_ctx *s, size_t ci);

/* "0311" when the fifteen words after "agree" at token agree name trade,
** money or business (a common noun: "to set up a joint economic
** commission", "with Gabon to reschedule debt"), else NULL: what an
** agreement to act together intends (sixteenth session, prec19). The
** string is static. */
const char *coder_agreed_kind(const sent_ctx *s, size_t agree);

/* ---- coder_obliged.c: what a speaker says another should or must do ---- */

/* "Kenya said Uganda should reopen the border": a reported clause whose
** verb group holds "should" or "ought" (an appeal, 02x) or "must" (a
** demand, 10x), told of another party than its speaker, is the speaker's
** appeal or demand to that party, with the subcode of the act it names
** (coder_asked_subcode). Returns -1 when memory runs out, else 0. */
int coder_obligation(dyad_coder *c, sent_ctx *s, size_t ci);

/* ---- coder_modality.c ---- */

/* The modality of the events of clause ci, whose verb group is vg;
** on_caten: the pattern was found on the catenative verb, or the act is
** refused by one ("refused to meet": its words before the catenative
** decide), or REFUSAL_NOUN ("Chile's refusal to": asserted), or
** REFUSAL_DECISION ("decided not to accept": as the decision is told), or
** REFUSAL_NEGATION (a negated verb of acceptance: the refusal
** is asserted whatever the group's modal); pat: the
** pattern that coded it, or NULL (a "no" it names negates nothing).
** When the clause's date makes it a plan dated later ("officials meet
** tomorrow"), it keeps that reading in *when and sets *when_read, so that
** the emit step reads it once (both may be NULL); *when is untouched
** otherwise. */
int coder_modality(const sent_ctx *s, size_t ci, const phrase *vg, int on_caten,
                   const dict_pattern *pat, article_when *when, int *when_read);
/* Does the sentence, from token from on, date a measure's start after the
** article ("tariffs set to take effect April 17", "effective next
** month")? A sanction that starts later is still a threat. */
int coder_starts_later(const sent_ctx *s, uint32_t from);
/* Is clause ci's object a plan for what it codes ("announced plans for
** tariffs on Japanese goods")? Then the act is planned, not done. */
int coder_planned_for(const sent_ctx *s, size_t ci);
/* Is verb group vg a verb of asking (demand, insist, press, urge, call,
** ask, appeal, push) that goes on, "continue to" or "keep" right before
** it ("will continue to demand", "would keep pressing")? A demand or
** appeal said to go on is being made now. */
int coder_goes_on(const sent_ctx *s, const phrase *vg);
/* Is verb group vg's head "remain" or "stay" ("decided to remain on
** strike", "are determined to stay on strike")? A state said to remain
** holds now, whatever is decided about it. */
int coder_stays(const sent_ctx *s, const phrase *vg);

/* "decided for the time being not to": the parse reads "being" as a verb
** group (vg) and hangs the infinitive from it; the index of the verb
** group right before the "for" that governs it, or -1 when vg is no such
** "being". */
int32_t coder_time_being(const sent_ctx *s, const phrase *vg);

/* Are the events of clause ci (modality mod) the intent or threat form of
** their act? A plan, promise or scheduled act (future), or a promise or
** threat on a condition ("would impose sanctions if ..."): yes. */
int coder_intent(const sent_ctx *s, size_t ci, const phrase *vg, int mod);
/* Does a condition of clause ci ("if ...") hang on no party's act: "if the
** talks prove successful", "if it was considered appropriate"? An intent
** on such a condition is not yet one (coder_events.c, modal_code). */
int coder_condition_on_nothing(const sent_ctx *s, size_t ci);
/* Is verb group vg an infinitive right after the noun "decision"
** ("Reagan's decision to protect the tankers")? What was decided is
** still to be done: coder_events.c codes a cooperative act so decided as
** its intent (03x); a sanction so decided stays imposed (the decision
** imposes it). */
int coder_decided(const sent_ctx *s, const phrase *vg);
/* Is vg a reduction of relations decided ("has decided to break relations
** with", "decided to impose sanctions on"): "decide" in the past, no modal?
** The decision makes it (docs/annotation.md, "Future"). */
int coder_decided_verb(const sent_ctx *s, const phrase *vg);

/* ---- coder_refuse.c ---- */

/* Is clause job j's rejection (12x), told as a plan or a promise, a
** stance its subject takes now: "will veto", "won't ...", "said it would
** vote against", "vowed to oppose"; not a guess ("would probably
** reject", "may oppose", "analysts said Reagan would veto") nor a
** question? Such a rejection is emitted, its modality kept. */
int coder_rejection_stance(const sent_ctx *s, const clause_job *j);
/* The threat code of a rejection stance that is a veto (129) promised:
** "has said he will veto any bill raising taxes" warns the legislature
** off a bill not yet passed, a threat (13x, docs/annotation.md, "Future":
** threats are 13x whatever their tense), not the veto; NULL for any other
** rejection. Returns a static string. */
const char *coder_veto_threat(const char *code);

/* Does sentence s end as a question ("And Chile will veto the plan?"),
** closing quotes and brackets aside? */
int coder_question(const sent_ctx *s);
/* Why a wish or advice ("want + to", "recommend that +", "recommend + to")
** is no demand or appeal of the one it names: what is wished for is
** done to it (a passive: "wants three firms to be named members"), or it
** names the public at large ("we want people to know"); else NULL. */
const char *coder_no_wish(const sent_ctx *s, const clause_job *j);

/* ---- coder_content.c ---- */

/* "was not satisfied with Japan's efforts": clause job j's praise (051)
** by a pattern of contentment (verbs.txt's "+ satisfy $", "be happy with
** +") that a negation denies becomes displeasure voiced, 110, asserted
** when the negation made it negated (not in a condition or a question);
** one told as future ("would be happy with") becomes hypothetical, a
** wish. Returns 1 when j was changed, 0 with j untouched. */
int coder_contentment(const sent_ctx *s, clause_job *j);

/* ---- coder_recode.c ---- */
/* Is the sanction (163) of clause ci (verb group vg), told as future,
** announced by its imposer: a word of planning before the verb ("plans
** to", "intends to", "announced plans to", "is due to") or a verb of
** announcing reporting the clause ("said it would impose"), with no word
** of threat, readiness, wish or guess before it and no condition in the
** sentence? Then the decision imposes it (163), not its threat. */
int coder_sanction_announced(sent_ctx *s, size_t ci, const phrase *vg);

/* "X charged Japan with lying": the code of legal action (173) by
** "charge" (lemma) on a bare state (tgt_code) whose target phrase tgt_np
** "with" follows is an accusation, "112"; else code, unchanged. Reads
** only (coder_recode.c). */
const char *coder_state_charged(const sent_ctx *s, const char *code, const char *lemma,
                                int32_t tgt_np, const char *tgt_code);

/* ---- coder_bargain.c ---- */
/* The code of talks told as a noun (head token head, its phrase starting
** at first, its pattern's words ending before limit): 040 becomes 046
** when progress is made in them or they aim or would lead to an outcome;
** else code, unchanged. Returns code or a static string. */
const char *coder_talks_bargained(const sent_ctx *s, const char *code, uint32_t first,
                                  uint32_t head, size_t limit);

/* ---- coder_verdict.c ---- */
/* Is act 116 told by "find" or "declare" (lemma, head token verb) with a
** word of unlawfulness after it, from src_code that is no court (no JUD)?
** Then it is no verdict ("the minister found the tariffs illegal").
** Reads only. */
int coder_verdict_by_other(const sent_ctx *s, const char *lemma, uint32_t verb,
                           const char *act, const char *src_code);

/* ---- coder_strike_ban.c ---- */
/* Is token first of s in a noun phrase, or the possessor of one, whose
** head is a strike or a protest ("the seamen's strike", "the
** stoppage")? Reads only. */
int coder_strike_words(const sent_ctx *s, uint32_t first);
/* "The court ruled the strike illegal", "the government declared the
** stoppage illegal": code 116 told by "rule", "declare" or "find"
** (lemma) on a target whose words are a strike or protest is a ban,
** "172"; else code, unchanged (a static string or code). */
const char *coder_strike_banned(const sent_ctx *s, const char *code, const char *lemma,
                                const actor_ref *tgt);
/* "The strike was ruled illegal": a passive verdict (116) by "rule" with
** no doer named, on a strike or protest whose strikers are all people of
** one country (no state of it; when the slot found none, the doers of the
** article's latest strike or protest in this sentence or the two before,
** set as j's targets), is the court's of that country: fills j->src[0]
** (no words of its own) and returns 1; else returns j->ns with j->nt as
** it was. */
int coder_strike_court(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* ---- coder_guards.c ---- */

/* "said Washington's refusal to join the ban had forced it": is actor a
** (a source) named only as the owner of a plan, refusal or threat with
** its infinitive after it (coder_intent_noun), in a clause whose verb
** (head token) is not that infinitive? A noun's own event (verb the
** noun) is not asked. Such a phrase is no doer; its owner does only the
** infinitive's act (eighteenth session). */
int coder_intent_doer(const sent_ctx *s, const actor_ref *a, uint32_t verb);

/* Why src doing act (the act's own code) to tgt makes no political event
** in sentence s ("travel at home is no visit", a firm with no state, an
** actor named only as a modifier of a thing, an armed group "backed"
** (lemma: the clause's verb, verb: its head token)), or NULL when it
** does. The reason is a static string. */
const char *coder_no_event(const sent_ctx *s, const char *lemma, uint32_t verb,
                           const char *act, const actor_ref *src, const actor_ref *tgt);

/* Is actor code a a firm of a country ("JPNBUS")? IGOBUS... is no firm.
** Reads a only. */
int coder_firm_actor(const char *a);

/* Does actor code a name a role of the state ("RUSGOV", "USAMIL")? Reads
** a only. */
int coder_state_actor(const char *a);

/* Is actor code a a state's official or body, not its forces ("RUSGOV",
** not "USAMIL"): one whose stay abroad is a visit, where its
** forces are deployed. Reads a only. */
int coder_state_official(const char *a);

/* Why clause job j, the bare "be in +" (042), is no stay abroad of an
** official ("are in the market", "will be in Moscow", a firm's man), or
** NULL to keep it (and for any other pattern). Reads j after its modality
** is set (coder_present.c). */
const char *coder_no_presence(const sent_ctx *s, const clause_job *j);

/* Why clause job j, an official "in" a capital or gone there (042 of
** "be in", "leave for", "arrive in", "travel to"), is no visit to the
** host: the purpose said after the place names an international body
** and no one of the host's country ("is in Washington to attend the
** IMF's meetings"); NULL to keep it. Resolves names through c
** (coder_present.c). */
const char *coder_body_meeting(dyad_coder *c, const sent_ctx *s, const clause_job *j);

/* Is clause job j's attack (a verb "attack" coded 18-20) an attack in
** words: a politician of no armed role on a person or organ of no armed
** role ("Biden attacked Trump over his taxes"), or anyone on a plan,
** policy or statement ("Japan attacked OECD forecasts")? Its code is then
** criticism (111), not force; a "clash" of such people is disapproval
** (110). */
int coder_verbal_attack(const sent_ctx *s, const clause_job *j);
/* "American naval forces retaliated for last Friday's Iranian missile
** attack": a reprisal (`retaliate for +`, 190) is aimed at the doer that
** the armed act's own words name before its noun. Drops j's targets when
** the "for" phrase names no armed act ("retaliated for the Ugandan
** tariffs") or its actor stands after the act ("for an attack on Somali
** herders"); returns 1 then, else 0. */
int coder_retaliation_for(const sent_ctx *s, clause_job *j);

/* Why clause job j's sanction (16x) is none, or NULL: the pattern's noun
** of a sanction only modifies a noun of its reduction ("announced tariff
** cuts on Ugandan sugar", "duty reductions"): an easing, not the act. */
const char *coder_no_sanction(const sent_ctx *s, const clause_job *j);

/* Why clause job j's warning (130, "warn") is no threat, or NULL: what
** it reports names nothing the warner will do and no condition ("warned
** Peru that floods could cut the harvest"); "warned that it would
** retaliate if ..." stays a threat. */
const char *coder_no_threat(const sent_ctx *s, const clause_job *j);

/* Why clause job j's bare retaliation (130: "retaliate", "hit back" with
** no one named) is no threat, or NULL: only a verb group with will, would
** or shall promises it ("said it would retaliate if Japan ..."); one told
** as done, guessed ("could retaliate") or as a condition is none. */
const char *coder_no_retaliation(const sent_ctx *s, const clause_job *j);

/* ---- coder_conditional.c: a response promised on another's act ---- */
/* Why clause job j's bare response (130 or 138 of respond, react, answer,
** take or consider with no target slot: "would respond vigorously") is no
** threat, or NULL: only one promised (will, would, shall) under an "if" or
** "unless" whose subject names another side's actor, who becomes its only
** target (j's targets are replaced); and why "+ leave $ no option but to
** react" (130) is none: only one told with will or would is a threat. */
const char *coder_no_conditional_answer(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Is clause job j the warning pattern of a verb of leave ("allow + to",
** 130), negated in its own verb group as a stance: "will not allow Iran
** to use the missiles", "said it would not permit Chile to"? Such a
** warning is told as a threat still to come. */
int coder_not_allowed(const sent_ctx *s, const clause_job *j);

/* Why clause job j's pattern "allow + to" is no warning, or NULL: the
** leave is given ("allowed Chile to"), or refused only as done or
** guessed ("did not allow", "the banks would not allow"). */
const char *coder_no_allowed_threat(const sent_ctx *s, const clause_job *j);

/* Why clause job j's demand (10x, "insist") is none, or NULL: what it
** insists on is told as a fact, in the past or with will, would, has or
** "be" ("insisted the approach was necessary", "insisted it would not
** yield"), not as what must be done ("insisted that Japan open its
** market", "must open", "opens"). */
const char *coder_no_demand(const sent_ctx *s, const clause_job *j);

/* Why clause job j's force posture told with "be" ("were on alert") is
** none, or NULL: a source that is no armed force or police ("Kenya was
** on alert for floods"). */
const char *coder_no_posture(const clause_job *j);

/* Why clause job j, a participle after "with" and its own subject ("...,
** with nearly half going to Uganda"), has no source from the clause before,
** or NULL. */
const char *coder_absolute_subject(const sent_ctx *s, const clause_job *j);

/* Why clause job j, a present participle right after a noun phrase (a
** reduced relative on it: "arrested a man attacking Ugandan soldiers"),
** has no source from before that phrase, or NULL. */
const char *coder_reduced_relative(const sent_ctx *s, const clause_job *j);

/* ---- coder_fighters.c ---- */

/* "the rebels fighting the Managua government": when clause job j is a
** war's lasting act (fight, battle, occupy, besiege: 19x) told by a
** present participle right after a noun phrase naming fighters, gives j
** that phrase's actors (copied into j->src) for source and returns 1;
** else leaves j alone and returns 0. */
int coder_relative_fighter(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Is clause job j's warning (130, "warn") a demand: what it reports is
** what must or should be done, by anyone but the warner ("warned Peru
** that it must open its market")? The demand (100) is then coded, not a
** threat. */
int coder_warning_demand(const sent_ctx *s, const clause_job *j);

/* Sets j->ultimatum when clause job j's demand (10x) or appeal (02x)
** names a penalty as its alternative ("told Peru to open its market or
** face sanctions"): the threat of what the target will face, "1312" for a
** sanction, "138" for force, else "130", coded beside the demand. Else
** sets it NULL. */
void coder_ultimatum(const sent_ctx *s, clause_job *j);

/* Why verb group vg is no verb here ("extremely damaging" is an
** adjective), or NULL. */
const char *coder_no_verb(const sent_ctx *s, const phrase *vg);

/* The code of the event src does to tgt when the pattern gives code: the
** same, or the act that the pair makes of it (another state's armed
** forces raiding or destroying a military post fight, 190, and seizing a
** place occupy it, 192; a state's envoys expelled are relations cut,
** 161; a state's police or troops shooting or beating a crowd of their own
** country repress it, 175). A static string, or code itself. */
const char *coder_pair_code(const sent_ctx *s, const char *code, const actor_ref *src,
                            const actor_ref *tgt);

/* The code of a protest (140, 141, 1411-1414) told by the word "protest"
** whose doer src is a state (a country alone, its government, an IGO) and
** whose target tgt is another country's or an IGO: a diplomatic
** complaint, 114 ("France protested over Canada's ban"); any other code,
** doer or target, as given. A static string, or code. */
const char *coder_state_protest(const char *code, const char *lemma, const char *src,
                                const char *tgt);

/* Is clause ci background, set long before the article dated date
** (yyyymmdd, 0 for none): "in 1979", "during the 1980s", "under the
** previous government"? */
int coder_background(const sent_ctx *s, size_t ci, int32_t date);

/* ---- coder_story.c: history told over several sentences ---- */

/* Is the event of clause ci, dated w by the date reader, history because
** the sentence goes on with a story the sentences before dated long ago
** (s->story_past): no date of its own, or one that points back ("that
** September"), and told in the past by no reporting verb, outside quotes? */
int coder_story_event(const sent_ctx *s, size_t ci, const article_when *w);

/* After sentence s: for how many sentences more a story dated long ago
** goes on (doc_ctx.story_left), given carried, the count before it. A
** top clause dated long before the article and told in the past starts
** one; an undated top clause told in the past goes on with it; anything
** else ends it. Reads the sentence's dates into s->dates. */
int coder_story_next(const sent_ctx *s, int carried);

/* Does src doing act (its own code) to tgt stand in a sentence that holds
** a discard phrase? Protest, demands, criticism, rejection, threats,
** sanctions, bans, arrests and expulsions do ("protesters marched during the
** World Cup"), and so does anything between two states' officials or
** organisations; fights, visits and meetings of countries named bare are
** what the words of sport, shows and games fake ("Brazil beat Argentina"). */
int coder_discard_keeps(const char *act, const char *src, const char *tgt);

/* ---- coder_mentions.c ---- */

/* The mention table's resolved mentions of the document (doc's text) into
** c->mpub, with opts.mentions. Returns -1 on no memory. */
int coder_publish_mentions(dyad_coder *c, const dyad_doc *doc);

/* ---- coder_place.c: what the article stage's places say ---- */

/* The place step: where the clause's event happened (place_where), else
** the dateline's city, into j->where. */
void coder_clause_place(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* A city standing as the clause's target when no actor is ("sent aid to
** Kharkiv" is UKR): fills j->tgt[0] and returns 1, or 0. */
int coder_place_target(const sent_ctx *s, clause_job *j);

/* "arrived here last night", "began a visit here": a visit (042) whose
** words [from, to] hold "here" goes to the sentence's
** dateline's country, when it has one and the guests src[0..ns) are all
** of another country. Fills out[0] and returns 1, or 0. */
int coder_here_target(const dyad_coder *c, const sent_ctx *s, const char *code, uint32_t from,
                      uint32_t to, const actor_ref *src, int ns, actor_ref *out);

/* A city written with its region is that region's country, whatever the
** dictionary makes of its name alone: "visited Paris, Texas" is USA. */
void coder_place_actors(const sent_ctx *s, clause_job *j);

/* ---- coder_events.c: build, explain, publish ---- */

/* Copies n bytes of s (or the formatted string) into the document's pool,
** NUL-terminated; returns its offset (the pool may move). On a failed
** allocation the pool is marked oom and the document fails at the end. */
uint32_t coder_keep(dyad_coder *c, const char *s, size_t n);
uint32_t coder_keepf(dyad_coder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Adds "sent N: why" to the explain list (only with opts.explain). */
void coder_reject(dyad_coder *c, const sent_ctx *s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The emit step: the events of each source towards each target of *j (or
** among the members of a compound subject or a between-PP), or the reason
** there are none. Returns -1 when memory runs out, else 0. */
int coder_clause_emit(dyad_coder *c, const sent_ctx *s, clause_job *j);

/* Turns the document's records into public events (c->pub), leaving out
** the negated ones unless opts.all_modalities. Returns -1 on no memory. */
int coder_publish(dyad_coder *c, const dyad_doc *doc);

/* The first two bytes settle most comparisons without a call to strcmp
** (the second is read only when the first is no NUL): the coder asks
** about every clause's lemma and lists of a few dozen words. */
static inline int lemma_is_word(const char *lemma, const char *w)
{
    return lemma[0] == w[0] && (!w[0] || lemma[1] == w[1]) && strcmp(lemma, w) == 0;
}

/* Is verb group vg in a past tense: a simple past, or "have" then a
** participle ("ended", "have ended", "had been held")? */
static inline int coder_vg_past(const sent_ctx *s, const phrase *vg)
{
    int have = 0;
    for (uint32_t k = vg->first; k < vg->end && k < s->ls.n; k++) {
        if (s->ls.tags[k] == TAG_VBD || (have && s->ls.tags[k] == TAG_VBN))
            return 1;
        have |= lemma_is_word(s->ls.lemmas[k], "have");
    }
    return 0;
}

/* The PP (with a noun phrase) that starts at token k of s, or NULL:
** sent_ctx's pp_at index. */
static inline const phrase *coder_pp_at(const sent_ctx *s, uint32_t k)
{
    return k < s->ls.n && s->pp_at[k] >= 0 ? &s->ls.phrases[s->pp_at[k]] : NULL;
}

/* Is token k's lemma a noun of time (lang_time_nouns), a verb of
** reporting (lang_reporting_verbs)? The analyzer's classes of it: one
** test where lemma_in_list walks some thirty words. */
static inline int coder_time_noun(const sent_ctx *s, size_t k)
{
    return (s->ls.classes[k] & LANG_CLASS_TIME) != 0;
}
static inline int coder_reporting_verb(const sent_ctx *s, size_t k)
{
    return (s->ls.classes[k] & LANG_CLASS_REPORTING) != 0;
}

static inline int lemma_in_list(const char *lemma, const char *const *list)
{
    for (; *list; list++)
        if (lemma_is_word(lemma, *list))
            return 1;
    return 0;
}

/* Is lemma one of list in any case (a name's lemma keeps its capitals:
** "Committee", "Air strikes")? */
static inline int lemma_in_list_any_case(const char *lemma, const char *const *list)
{
    for (; *list; list++)
        if (strcasecmp(lemma, *list) == 0)
            return 1;
    return 0;
}

/* Is word w, in any case, one of list (coder_word_lower, then
** lemma_in_list)? */
static inline int coder_dict_word_in(const dict_word *w, const char *const *list)
{
    char low[CODER_LOW_WORD];
    return coder_word_lower(w, low) && lemma_in_list(low, list);
}

/* Does one of a[0..n) carry exactly code? One actor named twice is one
** actor: lists skip it, and a target that is a source is no other side. */
static inline int coder_actors_have(const actor_ref *a, int n, const char *code)
{
    for (int i = 0; i < n; i++)
        if (strcmp(a[i].code, code) == 0)
            return 1;
    return 0;
}

/* Does one of a[0..n) belong to country cc (its code's first three
** letters), whatever its role? "PAKGOV" and "PAKCOP" share Pakistan. */
static inline int coder_actors_of_country(const actor_ref *a, int n, const char *cc)
{
    for (int i = 0; i < n; i++)
        if (strncmp(a[i].code, cc, 3) == 0)
            return 1;
    return 0;
}

/* Is code (an event code) a violent act's: roots 18, 19 and 20? */
static inline int coder_violent_code(const char *code)
{
    return (code[0] == '1' && (code[1] == '8' || code[1] == '9')) ||
           (code[0] == '2' && code[1] == '0');
}

/* The roles of a state's own organs: government, forces, police, spies,
** legislature, courts. NULL-terminated; defined in coder_actor.c. */
extern const char *const coder_state_roles[];

/* The roles of a state's armed opposition: rebels, insurgents,
** separatists (not armed men of no side). NULL-terminated; defined in
** coder_actor.c. */
extern const char *const coder_rebel_roles[];

/* The roles of irregular fighters: coder_rebel_roles and unidentified
** armed forces (UAF). NULL-terminated; defined in coder_actor.c. */
extern const char *const coder_irregular_roles[];

/* Is the role of an agent's own code (a dict_agent's, no country: "COP",
** "GOVxxx"), its first three letters, one of roles? */
static inline int coder_agent_role_in(const char *agent_code, const char *const *roles)
{
    char role[4];
    base_copy(role, sizeof role, agent_code);
    return lemma_in_list(role, roles);
}

/* Is the role of code, the letters after its country ("COP" in
** "PAKCOP", none in "PAK"), one of roles? Only its first three letters
** count, and a code of three letters or fewer has no role. */
static inline int coder_role_in(const char *code, const char *const *roles)
{
    return code[0] && code[1] && code[2] && code[3] && coder_agent_role_in(code + 3, roles);
}

/* Marks a as taken from the article's country: dateline dl's when the
** sentence has one, else the country dc counted most often (counted),
** with the words that gave it, for --explain and the article guard. */
static inline void coder_from_home(actor_ref *a, const doc_country *dc,
                                   const country_dateline_at *dl)
{
    a->from = dl ? FROM_DATELINE : FROM_ARTICLE;
    a->counted = !dl;
    a->office = 0;
    a->from_count = dl ? 0 : dc->dominant_count;
    a->from_sent = 0;
    a->from_start = dl ? dl->start : dc->dominant_start;
    a->from_end = dl ? dl->end : dc->dominant_end;
}

/* The country of an actor that sentence s does not place: the
** sentence's dateline's (*dl), else the country article dc names most
** (*dl NULL); NULL when neither is known. One rule, so every such guess
** agrees. */
static inline const char *coder_home_cc(const doc_country *dc, const sent_ctx *s,
                                        const country_dateline_at **dl)
{
    *dl = country_dateline_for(dc, s->index);
    const char *cc = *dl ? (*dl)->cc : dc->dominant;
    return cc[0] ? cc : NULL;
}

/* Is every place sentence s names in country cc? People are where the
** sentence puts them, not at home when it names a place abroad. */
static inline int coder_places_only(const sent_ctx *s, const char *cc)
{
    const place_mention *pl;
    size_t n = coder_places(s, &pl);
    for (size_t i = 0; i < n; i++)
        if (strcmp(pl[i].country, cc) != 0)
            return 0;
    return 1;
}

/* Does a bracketed abbreviation of the name before it open at token k,
** "Fund (IMF)": the name's last word at k - 1, "(" at k, the abbreviation,
** ")"? Reads s only. */
static inline int coder_bracketed_abbreviation(const sent_ctx *s, size_t k)
{
    return k > 0 && k + 2 < s->ls.n && s->ls.tags[k] == TAG_LRB &&
           tag_is_proper(s->ls.tags[k - 1]) && tag_is_proper(s->ls.tags[k + 1]) &&
           s->ls.tags[k + 2] == TAG_RRB;
}

/* lang's list of reporting verbs ("say", "tell", ...). */
extern const char *const lang_reporting_verbs[];

/* ---- coder_coop.c: meetings told around an act (ninth session) ---- */

/* Is actor a named as a guest by "visiting" in its own noun phrase ("met
** the visiting Ugandan minister")? */
int coder_visiting(const sent_ctx *s, const actor_ref *a);

/* Does clause job j's clause happen inside talks that name no party of
** their own ("In talks last week, the U.S. criticised Japan"), src and
** tgt named outside the talks' words? Then the two met. */
int coder_talks_frame(const sent_ctx *s, const clause_job *j, const actor_ref *src,
                      const actor_ref *tgt);

#endif
