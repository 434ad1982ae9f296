/*
** dict.h — the dictionary model and the lookups the coder uses: actors and
** people (phrase -> dated codes), agents (role noun -> agent code), synonym
** sets, verb patterns indexed by verb lemma, and discard phrases. Internal to
** libdyad; the public face is dyad_dict in include/dyad.h.
**
** Loaders fill a dict (dict_read.c: dyad's format, docs/dictionaries.md;
** dict_petr.c: PETRARCH2's format) and then call dict_finish, after which
** the dict is read-only: every lookup below may run from several threads.
**
** Words. The coder hands sentence words as (pointer, length) spans, usually
** into the article text. dict_word_ids turns them into interned ids once per
** sentence; every matcher then works on ids. Names match without regard to
** case, except that a name word written wholly in capitals of 2-5 letters
** ("US", "DPRK") in dyad's format matches only those capitals.
**
** Dates are yyyymmdd integers (20050101). 0 means "date unknown".
**
** Pointers handed out (entries, strings) live as long as the dict.
*/
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include "dyad.h"

#include <stddef.h>
#include <stdint.h>

typedef struct dict dict;

#define DICT_DATE_MIN 0
#define DICT_DATE_MAX 99991231

/* A word of a sentence: s[0..len) need not be NUL-terminated. */
typedef struct dict_word {
    const char *s;
    size_t len;
} dict_word;

/* Interned ids of one sentence word; 0 when the dictionary has no such word
** (a word no entry uses can never match). fold is the lower-cased form,
** exact the form as written. starts: the kinds of names either id may
** start (dict.c's TK_* bits; all when the dictionary has not worked them
** out), kept with the ids so that asking at every token costs one test. */
typedef struct dict_wid {
    uint32_t fold, exact;
    uint8_t starts;
} dict_wid;

/* The bit of dict_wid.starts (and of dict.c's first_kinds, beside its TK_*
** bits) set when the word may start a member of some synset: an edge from
** a synset's root, so dict_match_synset need not probe the others. */
#define DICT_STARTS_MEMBER 16u

/* May a member of some synset start at the word of ids w? When not,
** dict_match_synset there gives 0: patterns ask at every token, and this
** tells most of them without the call. */
static inline int dict_may_start_member(const dict_wid *w)
{
    return (w->starts & DICT_STARTS_MEMBER) != 0;
}

/* The bits of dict_wid.starts set when the word may start an actor's name
** (dict.c's TK_ACTOR), and when it is "the", which a name may follow. */
#define DICT_STARTS_ACTOR 1u
#define DICT_STARTS_THE 32u
/* ... and an agent's noun phrase (TK_AGENT) */
#define DICT_STARTS_AGENT 2u

/* May an actor's name start at ids[start], or after a "the" there? When
** not, dict_match_actor gives 0: the name searches ask at most tokens, and
** this tells most of them without a call. */
static inline int dict_may_start_actor(const dict_wid *ids, size_t n, size_t start)
{
    return start < n && ((ids[start].starts & DICT_STARTS_ACTOR) ||
                         ((ids[start].starts & DICT_STARTS_THE) && start + 1 < n &&
                          (ids[start + 1].starts & DICT_STARTS_ACTOR)));
}

/* Kinds of entries, also used to count them. */
typedef enum {
    DICT_ACTOR = 0,   /* actor CODE: names           (PETRARCH: actors without dates) */
    DICT_PERSON,      /* person with dated codes      (PETRARCH: actors with dates) */
    DICT_AGENT,
    DICT_SYNSET,
    DICT_VERB,        /* verb and noun patterns (one per pattern) */
    DICT_DISCARD,
    DICT_NKINDS
} dict_kind;

/* One dated code: applies on from..to, both inclusive. */
typedef struct dict_range {
    const char *code;
    int32_t from, to;
} dict_range;

/* An actor or a person: every name of the entry leads here. */
typedef struct dict_actor {
    const char *name;          /* first name as written, for explanations */
    const dict_range *ranges;  /* dated codes, in file order */
    uint32_t nranges;
    const char *fallback;      /* undated code, or NULL */
    /* people: the words before the last of each name of several words,
    ** lower-cased, each followed by a blank ("ronald wilson "), or NULL
    ** when every name is one word: the given names that may stand before
    ** a bare surname ("Nancy Reagan" is someone else; coder_actor.c) */
    const char *given;
    const char *file;
    uint32_t line;
    uint8_t kind;              /* DICT_ACTOR or DICT_PERSON */
} dict_actor;

/* The code an actor has on date: the first range that covers date, else
** the undated code. When date is 0 (unknown): the undated code, else the
** range that ends last. NULL when nothing applies (PETRARCH's null code,
** or a person outside every range without an undated code). */
const char *dict_actor_code(const dict_actor *a, int32_t date);

/* The result of an actor match. */
typedef struct dict_match {
    size_t len;                /* words covered, a skipped leading "the" included */
    const dict_actor *actor;   /* the entry chosen */
    const char *code;          /* its code on the date; may be NULL */
} dict_match;

/* Fills ids[0..n) for words w[0..n). Allocates nothing. */
void dict_word_ids(const dict *d, const dict_word *w, size_t n, dict_wid *ids);

/* What a memo entry keeps of a word's ids, at some byte of the entry (the
** coder keeps them in the analyzer's entry for the word, beside its tags
** and lemmas), and of the ids of its lemma under one sub (dict_lemma_ids).
** A new entry comes zeroed: nothing known. */
typedef struct dict_wid_kept {
    dict_wid ids;       /* the word's, when known */
    dict_wid lemma;     /* its lemma's under sub lemma_sub - 1, when lemma_sub */
    uint8_t known;
    uint8_t lemma_sub;
} dict_wid_kept;

/* The same through memo (base/memo.h; NULL for none), which keeps each
** word's ids for its next occurrence in a dict_wid_kept at byte at of the
** word's entry (a memo made for at + sizeof(dict_wid_kept) bytes an entry
** or more). entries, when not NULL, gets each word's memo entry (NULL for
** a word the memo does not keep), for the caller's own part of it. A memo
** serves one dict only. */
struct word_memo;
void dict_word_ids_memo(const dict *d, struct word_memo *memo, size_t at, const dict_word *w,
                        size_t n, dict_wid *ids, void **entries);

/* Fills ids[0..n) for the lemmas lemmas[0..n) (NUL-terminated) of the n
** tokens toks (spans into text) whose ids tok_ids holds: what
** dict_word_ids gives for them, without a lookup for the lemma that is its
** token as written or lower-cased ("the", "talks"), which is most of them;
** the other lemmas ("say" of "said") go through memo as dict_word_ids_memo
** does (at as there; NULL for none). forms[i], when forms is not NULL, is what
** base_lemma_form says of lemma i and token i (the analyzer's
** lang_sent.forms), else it is asked here. entries, when not NULL, holds
** each token's entry of memo (NULL for none) in a round still open
** (dict_word_ids_memo's), and the lemma of token i is a function of its
** word and subs[i] (the analyzer's tag, below 255): a lemma unlike its
** token is then looked up once for the word and sub, its ids kept in the
** token's entry. Allocates nothing. */
void dict_lemma_ids(const dict *d, struct word_memo *memo, size_t at, const char *text,
                    const dyad_token *toks, const dict_wid *tok_ids,
                    const char *const *lemmas, const uint8_t *forms, size_t n,
                    dict_wid *ids, void *const *entries, const uint8_t *subs);

/* Longest actor name starting at ids[start] (a leading "the" is skipped
** when that gives a longer match). Returns the number of words covered (0
** when no name starts there) and fills *m (may be NULL). When several entries
** share the name, the first whose code applies on date wins. */
size_t dict_match_actor_found(const dict *d, const dict_wid *ids, size_t n, size_t start,
                              int32_t date, dict_match *m);
static inline size_t dict_match_actor(const dict *d, const dict_wid *ids, size_t n,
                                      size_t start, int32_t date, dict_match *m)
{
    if (!dict_may_start_actor(ids, n, start)) {
        if (m)
            *m = (dict_match){0};
        return 0;
    }
    return dict_match_actor_found(d, ids, n, start, date, m);
}
/* The same on words; convenient for tests and one-off lookups. */
size_t dict_match_actor_words(const dict *d, const dict_word *w, size_t n, size_t start,
                              int32_t date, dict_match *m);

/* The country an actor code starts with: its first three letters ("RUS"
** of RUSGOVMIL, "---" of partial mode's ---GOV), copied NUL-terminated to
** cc unless cc is NULL. Returns 1, or 0 when the code starts with no
** country: IGO..., NGO..., a quoted new actor, fewer than three letters.
** The one place that decides it (coder_code_country asks here). */
int dict_code_country(const char *code, char cc[4]);

/* An agent: a role noun that joins an actor's code. */
typedef struct dict_agent {
    const char *name;          /* as written */
    const char *code;          /* "GOV", "GOVMED", "NGO" */
    uint8_t prefix;            /* 1: code goes before the actor code (PETRARCH "NGO~") */
    const char *file;
    uint32_t line;
} dict_agent;

/* Longest agent noun phrase at ids[start]; returns its length or 0. A
** word that starts none (dict_wid.starts) is told without a call. */
size_t dict_match_agent_found(const dict *d, const dict_wid *ids, size_t n, size_t start,
                              const dict_agent **out);
static inline size_t dict_match_agent(const dict *d, const dict_wid *ids, size_t n,
                                      size_t start, const dict_agent **out)
{
    if (start >= n || !(ids[start].starts & DICT_STARTS_AGENT)) {
        if (out)
            *out = NULL;
        return 0;
    }
    return dict_match_agent_found(d, ids, n, start, out);
}

/* Joins an agent to an actor code ("RUS" + GOV -> "RUSGOV"; "USA" + NGO~ ->
** "NGOUSA") into buf (cap bytes). actor_code may be NULL or "" (the agent
** stands alone). Returns the length needed, like snprintf. */
size_t dict_agent_join(const dict_agent *ag, const char *actor_code, char *buf, size_t cap);

/* A discard phrase. */
typedef struct dict_discard {
    const char *name;
    uint8_t story;             /* 1: the whole story is dropped (PETRARCH "+") */
    const char *file;
    uint32_t line;
} dict_discard;

/* Longest discard phrase at ids[start]; returns its length or 0. */
size_t dict_match_discard(const dict *d, const dict_wid *ids, size_t n, size_t start,
                          const dict_discard **out);

/* The discard phrase a sentence holds: dict_match_discard at each token in
** turn, over its words ids[0..n) and then its lemmas lids[0..n); the first
** found, or NULL. */
const dict_discard *dict_find_discard(const dict *d, const dict_wid *ids,
                                      const dict_wid *lids, size_t n);

/* Synonym sets, numbered 0..dict_count(d, DICT_SYNSET)-1. */
typedef struct dict_synset {
    const char *name;          /* "&AID" */
    uint32_t members;
    const char *file;
    uint32_t line;
} dict_synset;

/* Index of synset name ("&AID"), or -1. */
int32_t dict_synset_find(const dict *d, const char *name);
const dict_synset *dict_synset_at(const dict *d, uint32_t i);
/* Longest member of synset syn at ids[start]; returns its length or 0. */
size_t dict_match_synset(const dict *d, uint32_t syn, const dict_wid *ids, size_t n,
                         size_t start);

/* ---- Verb patterns ---- */

typedef enum {
    DICT_EL_WORD = 1,   /* a literal word; id is its folded word id */
    DICT_EL_SYNSET,     /* &NAME; id is the synset index */
    DICT_EL_SOURCE,     /* $ */
    DICT_EL_TARGET,     /* + */
    DICT_EL_COMPOUND,   /* % (PETRARCH): a compound actor, source and target both */
    DICT_EL_SKIP,       /* ^ (PETRARCH): skip a noun phrase here */
    DICT_EL_NP_OPEN,    /* { (PETRARCH): a noun phrase; its last word is the head */
    DICT_EL_NP_CLOSE,   /* } */
    DICT_EL_PP_OPEN,    /* ( (PETRARCH): a prepositional phrase; first word the preposition */
    DICT_EL_PP_CLOSE    /* ) */
} dict_elem_kind;

enum {
    DICT_ELF_ADJACENT = 1u << 0   /* must follow the previous element at once (PETRARCH "_") */
};

typedef struct dict_elem {
    uint8_t kind;
    uint8_t flags;
    uint32_t id;
} dict_elem;

enum {
    DICT_PAT_MUTUAL = 1u << 0,        /* @mutual: codes both directions */
    DICT_PAT_SUBJECT_TARGET = 1u << 1 /* starts with '+': the subject is the target */
};

/* One pattern: elements before the verb (subject side, in text order) and
** after it. A pattern with no elements is the verb's own code. */
typedef struct dict_pattern {
    const char *code;          /* CAMEO code; NULL = PETRARCH's null code "---" */
    const char *code2;         /* PETRARCH "[042:043]": the event the target does
                                  to the source at the same time; NULL if none */
    const dict_elem *pre;
    uint32_t npre;
    const dict_elem *post;
    uint32_t npost;
    uint32_t flags;            /* DICT_PAT_* */
    const char *verb;          /* lemma, or the PETRARCH block name */
    const char *file;
    uint32_t line;
    /* The words the pattern cannot do without, as 64 bits for a quick
    ** turn-down (dict_finish): bit dict_word_bit(id) % 64 of each word of
    ** pre, and of post but "that" (a bare clause may leave it out) and,
    ** when it may be a joint pattern, its last two elements (one may do
    ** without its "with +": coder_pattern.c). */
    uint64_t need_pre, need_post;
    /* Of those words in pre, and in post, the one whose filter bit
    ** (dict_word_bit, all 10 bits) the fewest patterns' words share, or
    ** DICT_NO_KEY: the folded need bits pass about half the patterns they
    ** are asked about, and one exact bit of a rare word turns down most
    ** of the rest before the words are read one by one (best_of). */
    uint16_t key_pre, key_post;
} dict_pattern;

#define DICT_NO_KEY 0xffffu

/* The bit of word id in the coder's filter of a sentence's words
** (sent_ctx's word_bits, 2^10 bits): the top 10 bits of a multiplicative
** hash, for ids are dense and a plain mask would put neighbours side by
** side. need_pre and need_post above fold it to 64 bits. */
static inline uint32_t dict_word_bit(uint32_t id)
{
    return (id * 2654435761u) >> (32 - 10);
}

/* A verb: a lemma (with particles, for multi-word verbs) and the patterns
** of its sense. Several verbs share patterns when PETRARCH lists them in one
** block. */
typedef struct dict_verb dict_verb;
struct dict_verb {
    const char *lemma;         /* folded: "give", "call" */
    const char *code;          /* the verb alone; NULL = null code */
    const uint32_t *words_before;  /* multi-word verbs: word ids right before */
    uint32_t nbefore;              /* the verb ("re" in RE_+ARREST) */
    const uint32_t *words_after;   /* ... and right after ("off" in +CALL_OFF) */
    uint32_t nafter;
    const dict_pattern *const *patterns;
    uint32_t npatterns;
    /* need_pre | need_post, and need_post, of each pattern in turn: the
    ** quick turn-down reads one array, not every pattern (best_of) */
    const uint64_t *need_all, *need_post;
    const dict_verb *next;     /* the next verb with the same lemma, or NULL */
    const char *file;
    uint32_t line;
    uint8_t noun;              /* a noun of noun patterns (dyad's "noun" entries):
                                  lemma is the noun, words_before the words of
                                  its compound ("air" in "air strike") */
    uint8_t petr;              /* read from PETRARCH2's files, whose verbs' own
                                  codes are fall-backs, not events that need
                                  no target */
};

/* The verbs whose lemma (or an irregular form PETRARCH lists) is
** lemma[0..len); NULL when none. Follow ->next for the others (multi-word
** verbs first, then single words). O(1): one hash probe. */
const dict_verb *dict_find_verb(const dict *d, const char *lemma, size_t len);
/* The same by folded word id (dict_wid.fold). */
const dict_verb *dict_find_verb_id(const dict *d, uint32_t fold_id);

/* The nouns of noun patterns whose head noun is the folded word id (a
** noun's lemma), in the same shape as verbs: compounds ("air strike")
** first, then the noun alone; NULL when none. */
const dict_verb *dict_find_noun_id(const dict *d, uint32_t fold_id);

/* The text of word id (folded or exact); "" for 0. */
const char *dict_word_str(const dict *d, uint32_t id);

/* Counts of entries per kind; names counts every name of every entry. */
typedef struct dict_stats {
    long entries[DICT_NKINDS];
    long names;                /* actor, person, agent and discard phrases */
    long verbs;                /* verb lemmas and forms */
    long words;                /* distinct interned strings */
    long errors, warnings;
    long quirks;               /* PETRARCH oddities accepted (see dict_petr.c) */
    size_t bytes;              /* memory held */
} dict_stats;

void dict_get_stats(const dict *d, dict_stats *st);
long dict_count(const dict *d, dict_kind kind);

/* Replaces each byte of s (NUL-terminated) that is not part of valid UTF-8
** with '?', in place: messages quote input, cut it short, and must stay text. */
void dict_utf8_scrub(char *s);

/* Parses "YYYY-MM-DD", "YYYYMMDD" into yyyymmdd; returns 0 when malformed. */
int32_t dict_date_parse(const char *s, size_t len);

/* ---- Building (loaders) ---- */

/* Checks a verb code; returns non-zero when code is known. */
typedef int (*dict_code_fn)(void *ctx, const char *code);

/* Options for loaders. Any field may be 0/NULL. */
typedef struct dict_opts {
    dyad_diag_fn diag;         /* NULL: problems are only counted */
    void *diag_ctx;
    dict_code_fn verb_code_ok; /* NULL: only the shape of verb codes is checked */
    void *code_ctx;
} dict_opts;

/* Returns an empty dict, or NULL when out of memory. Free with dict_free. */
dict *dict_new(const dict_opts *opts);
void dict_free(dict *d);

/* Reads one file of dyad's format into d. Returns DYAD_OK, DYAD_EIO (file
** unreadable; reported), DYAD_EDICT (problems reported) or DYAD_ENOMEM. */
int dict_read_file(dict *d, const char *path);
/* The same on a buffer named name in messages. */
int dict_read_mem(dict *d, const char *name, const char *text, size_t len);
/* Reads every *.txt in dir, in name order; reports per file; DYAD_EDICT if
** any file had errors, or if none of them held a verb pattern. */
int dict_read_dir(dict *d, const char *dir);

/* PETRARCH2 files: verbs (CAMEO.2.0.txt style), actors, agents, discards.
** Malformed lines are reported as warnings; oddities the real files hold are
** counted as quirks and summed up in one note per kind and file. Lines that
** are not text (NUL, invalid UTF-8) or longer than 4095 bytes are warned
** about and skipped. Return as dict_read_file; DYAD_EDICT only when a file
** is unusable as a whole (nothing in it could be read, and it had problems). */
int dict_petr_verbs(dict *d, const char *path);
int dict_petr_actors(dict *d, const char *path);
int dict_petr_agents(dict *d, const char *path);
int dict_petr_discards(dict *d, const char *path);
/* The same on a buffer named name in messages (text is only read). */
int dict_petr_verbs_mem(dict *d, const char *name, const char *text, size_t len);
int dict_petr_actors_mem(dict *d, const char *name, const char *text, size_t len);
int dict_petr_agents_mem(dict *d, const char *name, const char *text, size_t len);
int dict_petr_discards_mem(dict *d, const char *name, const char *text, size_t len);
/* Loads PETRARCH2's set from dir, by these exact names: CAMEO.2.0.txt,
** Phoenix.Countries, Phoenix.International, Phoenix.MilNonState actors,
** Phoenix.agents.txt, Phoenix.discards.txt. A missing file, or a verb file
** without patterns, is an error (DYAD_EDICT). */
int dict_petr_dir(dict *d, const char *dir);

/* The files read into d, in reading order: path i, and in counts what it
** gave of each kind. i < dict_file_count(d). */
size_t dict_file_count(const dict *d);
const char *dict_file_at(const dict *d, size_t i, long counts[DICT_NKINDS]);

/* The model behind a public handle (NULL for NULL). */
dict *dict_of(const dyad_dict *dd);
/* Whether dd loaded well enough to code with (DYAD_OK or DYAD_EDICT); when
** not, *why says why (a string dd or the library keeps). */
int dict_usable(const dyad_dict *dd, const char **why);

/* Builds the lookup structures; call once after loading, before lookups.
** Returns DYAD_OK or DYAD_ENOMEM. */
int dict_finish(dict *d);

#endif
