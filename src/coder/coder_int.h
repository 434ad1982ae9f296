/*
** coder_int.h — the coder's handle, its per-sentence and per-clause state,
** and what the coder's files share. Internal.
**
** The coder is one folder, a file per concern; code_clause (coder.c) runs
** every clause through them in order:
**
**   coder.c           lifecycle; the per-document and per-sentence loops;
**                     code_clause, the steps below in order
**   coder_pattern.c   codes: the verb's best pattern and its CAMEO code(s)
**   coder_roles.c     slots and actors: which noun phrases hold the source
**                     and the target, and the fallbacks when they hold none
**   coder_actor.c     noun phrase to actor through the dictionary; pronouns
**                     and reported speech
**   coder_modality.c  asserted, future, conditional, hypothetical, negated
**   coder_events.c    emit: events built, explained and published
*/
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include <stdarg.h>
#include <string.h>

#include "article/place.h"
#include "base/base.h"
#include "coder/coder.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "dyad.h"
#include "lang/analyze.h"
#include "lang/tags.h"

#define MAX_ACTORS 16   /* members of one coordination that become actors */
#define CODE_MAX 96   /* room for a new actor's quoted words */

/* An actor found in a noun phrase. */
typedef struct actor_ref {
    char code[CODE_MAX];
    uint32_t first, end;      /* the tokens it came from */
    const char *entry_file;   /* the dictionary entry */
    uint32_t entry_line;
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
    int32_t shared_object;         /* an object borrowed from a joined verb, or -1 */
    int subject_words;             /* passive: the pattern's object noun is the subject */
    int compound;                  /* the target came from a % (compound) slot */
} match_state;

/* An event while the document is coded: strings are pool offsets, since the
** pool may move as it grows. */
typedef struct event_rec {
    char source[CODE_MAX], target[CODE_MAX];
    long sent;
    int mod, quoted;
    const cameo_entry *cameo;
    uint32_t code, source_text, target_text, verb, sentence, pattern, pattern_file;
    uint32_t source_entry, target_entry;
    long pattern_line;
    place_mention place;        /* where it happened, when place_from */
    uint8_t place_from;         /* place_from; PLACE_FROM_NONE: nowhere named */
} event_rec;

/* An actor the document has named: what it was coded as, and where. */
typedef struct doc_mention {
    char code[CODE_MAX];
    long sent;                  /* the sentence's index in the document */
    uint32_t first, end;        /* its tokens in that sentence */
} doc_mention;

/* What the coder knows of the document it is coding, carried from one
** sentence to the next: c->doc, reset by dyad_coder_code for each
** document (the mentions' storage is kept). It is the article level's
** ground: names and pronouns across sentences ("Xi" after "Chinese
** President Xi Jinping"; "He met Putin") will be resolved from the
** mentions, an agent with no country ("police said") may take the
** dateline's. Every step can consult it; none does yet: actors are still
** chosen from their own sentence alone, so it changes no event. */
typedef struct doc_ctx {
    int32_t date;               /* the document's date (yyyymmdd), 0 when none */
    char dateline_country[4];   /* what "MOSCOW, March 20 (dyad wire) —" names:
                                ** "RUS"; "" when no dateline names a country */
    doc_mention *mentions;      /* the actors of the events so far, in order,
                                ** each span once; the handle owns the array */
    size_t nmentions, mentions_cap;
    int story_discard;          /* a story discard phrase was met: the
                                ** document yields no event */
    place_mention dateline_place;   /* the city the dateline names, when
                                ** has_dateline_place: where an event is
                                ** when its sentence names no place */
    int has_dateline_place;
} doc_ctx;

typedef struct sent_ctx {
    lang_sent ls;
    const dict_wid *ids, *lids;   /* word ids of tokens and of lemmas */
    long index;
    int32_t date;
    size_t first_event;           /* events of this sentence start here */
    uint8_t consumed[256];        /* clauses whose verb a pattern used already */
    uint32_t sentence_off;
    place_mention places[PLACE_MAX];   /* the places the sentence names (article/place.h) */
    size_t nplaces;
} sent_ctx;

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
    const dict *d;
    cameo_table *cameo;
    dyad_text *text;
    lang_analyzer *lang;
    int32_t default_date;
    char date_str[16];
    dict_wid *ids, *lids;
    size_t ids_cap, lids_cap;
    dict_word *words, *lwords;
    size_t words_cap, lwords_cap;
    event_rec *ev;
    size_t nev, ev_cap;
    dyad_event *pub;
    size_t npub, pub_cap;
    uint32_t *rej;
    size_t nrej, rej_cap;
    const char **rej_pub;
    size_t rej_pub_cap;
    strbuf pool;
    doc_ctx doc;   /* the document being coded (or the last one coded) */
    dyad_coder_stats stats;
    char errmsg[BASE_ERRMSG_MAX];   /* why the last call failed; "" after success */
};

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
    char code1[CODE_MAX];       /* source towards target; "" when only code2 is coded */
    char code2buf[CODE_MAX];
    const char *code2;          /* PETRARCH's paired code, target towards source, or NULL */
    /* slots (coder_clause_slots) */
    int passive;                /* a passive verb, not on the catenative */
    int consult;                /* a consultation (root 04) outside partial mode */
    int subject_target;         /* the pattern puts the subject in the target slot */
    int mutual;                 /* the pattern is reciprocal (@mutual) */
    int together;               /* a consultation: a compound subject does it together */
    int look_further;           /* the target may come from beyond the slot (PPs, ...) */
    int32_t src_np, tgt_np;     /* the noun phrases of the two slots, or -1 */
    /* actors (coder_clause_actors) */
    actor_ref src[MAX_ACTORS], tgt[MAX_ACTORS];
    int ns, nt;
    const char *target_prep;    /* the preposition before the target, or NULL */
    int between;                /* the targets are the members of a between-PP: pair them */
    /* modality (coder_modality) */
    int mod;
    /* place (coder_clause_place) */
    place_mention where;        /* where it happened, when where_from */
    uint8_t where_from;         /* place_from */
} clause_job;

/* ---- coder.c ---- */

/* dyad_coder_new over an internal dictionary (borrowed); the same
** contract, with d NULL as a usage error. */
int coder_create(const dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag, void *ctx,
                 dyad_coder **out);

/* Codes sentence index (n tokens of text) of the document c->doc
** describes into the coder's records. Returns -1 on no memory. */
int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks, size_t n,
                   long index);

/* ---- coder_pattern.c: codes ---- */

/* The codes step: finds the best pattern of clause ci's verb and the
** code(s) it gives into *j, and marks the later clauses the pattern took
** in. Returns 0 (with the reason on the explain list) when the clause
** codes nothing: an earlier pattern took it in, no pattern fits, the code
** is null, or it only reports another clause. */
int coder_clause_codes(dyad_coder *c, sent_ctx *s, size_t ci, clause_job *j);

/* Does ", with" at token k open an absolute phrase ("with Japan
** abstaining")? Its noun phrase is no partner of the verb. */
int coder_absolute_with(const sent_ctx *s, size_t k);

/* ---- coder_roles.c: slots and actors ---- */

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

/* Splits codes "FRO/BIL/SAM" of a[0..n) into one actor_ref each, in
** place (a holds MAX_ACTORS). Returns the new count. */
int coder_expand_multi(actor_ref *a, int n);

/* The noun phrase a personal pronoun np stands for, else np itself. */
int32_t coder_antecedent(const sent_ctx *s, size_t ci, int32_t np);

/* An agent with no country in reported speech (np, in clause ci) takes
** the reporter's country. Returns 1 and fills *out, or 0. */
int coder_agent_of_reporter(dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                            actor_ref *out);

/* ---- coder_modality.c ---- */

/* The modality of the events of clause ci, whose verb group is vg;
** on_caten: the pattern was found on the catenative verb. */
int coder_modality(const sent_ctx *s, size_t ci, const phrase *vg, int on_caten);

/* ---- coder_place.c: what the article stage's places say ---- */

/* The place step: where the clause's event happened (place_where), else
** the dateline's city, into j->where. */
void coder_clause_place(const dyad_coder *c, const sent_ctx *s, clause_job *j);

/* A city standing as the clause's target when no actor is ("sent aid to
** Kharkiv" is UKR): fills j->tgt[0] and returns 1, or 0. */
int coder_place_target(const sent_ctx *s, clause_job *j);

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

static inline int lemma_is_word(const char *lemma, const char *w)
{
    return strcmp(lemma, w) == 0;
}

static inline int lemma_in_list(const char *lemma, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(lemma, *list) == 0)
            return 1;
    return 0;
}

/* lang's list of reporting verbs ("say", "tell", ...). */
extern const char *const lang_reporting_verbs[];

#endif
