/*
** analyze.h — one sentence's language analysis: tags and lemmas per token,
** phrases (noun phrases, verb groups, prepositional phrases) and clauses
** with their subject, verb group, object and role-bearing prepositional
** phrases. A shallow, rule-driven parser: fast, no model beyond the
** tagger's tables. Internal to libdyad.
**
** Token indices in this file count from the sentence's first token.
*/
#ifndef DYAD_LANG_ANALYZE_H
#define DYAD_LANG_ANALYZE_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"

typedef enum phrase_kind {
    PH_NP = 1,      /* noun phrase, possibly coordinated or appositive */
    PH_VG,          /* verb group: auxiliaries, modals, negation, main verb */
    PH_PP           /* preposition + noun phrase */
} phrase_kind;

/* Phrase flags. */
enum {
    PHF_COORD = 1u << 0,    /* NP made of member NPs ("Xi and Putin") */
    PHF_POSS = 1u << 1,     /* NP is a possessor ("Tokyo's") */
    PHF_APPOS = 1u << 2,    /* NP is an apposition to the NP before it */
    PHF_PRONOUN = 1u << 3,  /* NP is a personal pronoun */
    PHF_PROPER = 1u << 4,   /* NP's head is a proper noun */
    PHF_OWNED = 1u << 5,    /* NP has a possessor NP inside it */
    PHF_QUANT = 1u << 6     /* NP is "quantity of NP" ("Thousands of
                               protesters", "two of the hostages"): its head
                               is the inner NP's head; the quantity NP and
                               the inner NP have up == this NP, and no PP is
                               made of the "of" */
};

/* Modality of a verb group. Order matters: the coder keeps events whose
** modality is below MOD_NEGATED unless asked for all of them. */
typedef enum modality {
    MOD_ASSERTED = 0,
    MOD_FUTURE,         /* will visit, is to visit, is about to restore */
    MOD_CONDITIONAL,    /* would sign, could strike, may impose */
    MOD_HYPOTHETICAL,   /* is believed to have supplied, threatens to, if ... */
    MOD_NEGATED         /* did not attack, refused to join */
} modality;

typedef enum voice { VOICE_ACTIVE = 0, VOICE_PASSIVE } voice;

typedef struct phrase {
    uint8_t kind;       /* phrase_kind */
    uint8_t flags;      /* PHF_* */
    uint8_t voice;      /* VG: voice */
    uint8_t mod;        /* VG: modality */
    uint32_t first;     /* first token */
    uint32_t end;       /* one past the last token */
    uint32_t head;      /* head token: the noun of an NP, the main verb of a
                           VG, the preposition of a PP */
    int32_t up;         /* enclosing phrase: the coordination an NP belongs
                           to, the PP that holds an NP, the NP a possessor or
                           apposition belongs to, the quantified NP a
                           quantity or its inner NP belongs to; for a PP,
                           the NP it modifies when it is attached to a noun
                           ("the embassy [in Paris]", every "of" PP), -1
                           when it belongs to the verb; -1 for none */
    int32_t np;         /* PP: its noun phrase; VG: a catenative verb's
                           token ("moved" in "has moved to block"), or -1 */
} phrase;

typedef enum clause_kind {
    CL_MAIN = 1,
    CL_RELATIVE,        /* "which chairs the council" */
    CL_SUBORDINATE,     /* "Although Japanese troops have left ..." */
    CL_COMPLEMENT,      /* what a reporting verb reports */
    CL_REPORTING,       /* "..., Ms. Glaser said." / "said Mr. Kofman" */
    CL_QUOTE            /* a direct quotation with a clause of its own */
} clause_kind;

/* Where the subject of an infinitive clause ("to meet Putin") comes from. */
typedef enum control {
    CTRL_NONE = 0,      /* the clause found or inherited a subject itself */
    CTRL_SUBJECT,       /* the parent's subject: "arrived in Moscow to meet
                           Putin", "signed an accord to supply Gondor" (a
                           purpose or other non-finite CL_COMPLEMENT) */
    CTRL_OBJECT         /* the parent's object or its "on" PP's NP: "urged
                           Iran to release", "called on Iran to release" (a
                           CL_COMPLEMENT; the parent's xcomp points here) */
} control;

typedef struct clause {
    uint8_t kind;       /* clause_kind */
    uint8_t quoted;     /* inside quotation marks */
    uint8_t ctrl;       /* control: how subject was found, for infinitives */
    int32_t parent;     /* enclosing clause, -1 for a top clause */
    uint32_t first, end;/* token span */
    int32_t subject;    /* NP phrase, or -1 */
    int32_t verb;       /* VG phrase, or -1 */
    int32_t object;     /* NP phrase, or -1; of a verb with two objects,
                           the receiver ("gave [Kenya] a loan") */
    int32_t object2;    /* the second object of a verb with two: the thing
                           given ("gave Kenya [a loan]"), or -1 */
    int32_t agent;      /* passive by-agent NP, or -1 */
    uint32_t pp_first;  /* range in lang_sent.pps: this clause's PPs, those
                           after its verb (a PP before the verb hangs on
                           the noun before it, through its up) */
    uint32_t pp_count;
    uint32_t word;      /* the subordinator or relative word, or UINT32_MAX */
    int32_t xcomp;      /* object control ("urged Iran to release the
                           prisoners"): the infinitive's clause, whose
                           subject is this clause's object; -1 otherwise.
                           This clause keeps Iran as its object. */
} clause;

/* The analysis of one sentence. Arrays are owned by the analyzer that
** filled them and stay valid until its next call. */
typedef struct lang_sent {
    const char *text;           /* the document text */
    const dyad_token *toks;     /* the sentence's tokens */
    size_t n;
    const uint8_t *tags;        /* tag_id per token */
    const char *const *lemmas;  /* NUL-terminated lemma per token */
    const uint8_t *forms;       /* per token: base_lemma_form(lemma, token); NULL: ask */
    /* per token: the tag its lemma was made for, lemma_of(token, tag) (the
    ** tagger's; tags may differ, the chunker having corrected a few) */
    const uint8_t *lemma_tags;
    const uint16_t *classes;    /* per token: LANG_CLASS_* bits of the lists its lemma is on,
                                ** and the caller's (lang_new_classes) */
    const phrase *phrases;
    size_t nphrases;
    const clause *clauses;
    size_t nclauses;
    const uint32_t *pps;        /* PP phrase indices, grouped by clause */
    const int32_t *np_of;       /* per token: innermost base NP, or -1 */
    const int32_t *vg_of;       /* per token: VG phrase, or -1 */
} lang_sent;

/* lang_sent.classes' bits: the lemma is on lang_time_nouns, on
** lang_reporting_verbs. The analyzer works them out for its own rules
** with each lemma; a caller reads them rather than walk the lists. */
enum { LANG_CLASS_TIME = 1u << 1, LANG_CLASS_REPORTING = 1u << 3 };

/* The first bit of lang_sent.classes left to the caller's own lists
** (lang_new_classes): bits LANG_CLASS_CALLER up to 1u << 15. */
#define LANG_CLASS_CALLER (1u << 5)

typedef struct lang_analyzer lang_analyzer;

/* Creates an analyzer; returns NULL when out of memory. */
lang_analyzer *lang_new(void);
void lang_free(lang_analyzer *a);

/* The same, its word memo's entries (a word's candidate tags and lemmas)
** with extra bytes more for the caller's own facts of the word (zeroed in
** a new entry), so that the caller and the analyzer look a word up once:
** the coder keeps a word's dictionary ids there. */
lang_analyzer *lang_new_memo(size_t extra);

/* The same, with the caller's lemma classes too: lists[0..n) (base/wordset.h),
** each list's bit LANG_CLASS_CALLER or above. Each token's lemma then
** carries in lang_sent.classes the bits of the lists it is on (its exact
** bytes one of their words), found with the analyzer's own classes in one
** probe when the lemma is made and kept with it in the word memo: a
** caller reads them where it would walk its lists. Their words are
** borrowed (they must outlive a). NULL when out of memory, or when a bit
** is below LANG_CLASS_CALLER or the lists outgrow the set
** (base_wordset_init). */
struct base_word_list;
lang_analyzer *lang_new_classes(size_t extra, const struct base_word_list *lists, size_t n);

/* a's word memo (base/memo.h: key a word's bytes as written, sub 0), and in
** *extra_at the byte of an entry where the caller's part starts. */
struct word_memo *lang_memo(lang_analyzer *a, size_t *extra_at);

/* Analyzes the n tokens toks (of text). On success fills *out, whose arrays
** the analyzer owns until the next call. Returns DYAD_OK or DYAD_ENOMEM. */
int lang_analyze(lang_analyzer *a, const char *text, const dyad_token *toks,
                 size_t n, lang_sent *out);

/* Same, with each token's entry of the analyzer's memo (lang_memo) looked
** up by the caller: entries[i] is what memo_entry gave for token i's word,
** or NULL (no entry: the word is worked out without the memo), all in a
** round (memo_round) the caller began and keeps open until *out is read.
** The analyzer begins no round of its own here. */
int lang_analyze_entries(lang_analyzer *a, const char *text, const dyad_token *toks,
                         size_t n, void *const *entries, lang_sent *out);

/* Same, with the caller's tags (tag_id per token) instead of the tagger's;
** for tests that feed odd tag sequences. tags is copied. */
int lang_analyze_tags(lang_analyzer *a, const char *text, const dyad_token *toks,
                      size_t n, const uint8_t *tags, lang_sent *out);

/* Checks the structural promises of an analysis: spans inside the
** sentence, heads inside their phrases, every index valid and of the right
** kind, no cycles through up or parent. Returns NULL when all hold, else a
** static message naming the first broken one. */
const char *lang_sent_check(const lang_sent *s);

/* Lemmas of nouns of time ("Monday", "week", "today"): a noun phrase headed
** by one is when, never who. NULL-terminated. */
extern const char *const lang_time_nouns[];
/* Words that negate a verb group: "not", "n't", "never". A verb's own
** "hardly" is a guess at the degree, no refusal, and stays out. */
extern const char *const lang_negations[];
/* Words that deny the word they stand before, through "be" and adverbs:
** the negations and "hardly", "scarcely" ("is hardly satisfied"). */
extern const char *const lang_denials[];
/* Those and "no", the determiner that denies the noun after "be" ("were
** no violation"). Not for the words before a participle: "is no less
** pleased" denies nothing. */
extern const char *const lang_predicate_denials[];
/* Nouns whose clause tells their content ("the fact that ..."). */
extern const char *const lang_content_nouns[];
/* The first of them, the words of a day ("Saturday", "today"), alone. */
extern const char *const lang_day_words[];

const char *phrase_kind_name(int kind);
const char *clause_kind_name(int kind);
const char *modality_name(int mod);

#endif
