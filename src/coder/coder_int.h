/*
** coder_int.h — the coder's handle and per-sentence state. Internal.
*/
#ifndef DYAD_CODER_INT_H
#define DYAD_CODER_INT_H

#include <stdarg.h>
#include <string.h>

#include "base/base.h"
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
} event_rec;

typedef struct sent_ctx {
    lang_sent ls;
    const dict_wid *ids, *lids;   /* word ids of tokens and of lemmas */
    long index;
    int32_t date;
    size_t first_event;           /* events of this sentence start here */
    uint8_t consumed[256];        /* clauses whose verb a pattern used already */
    uint32_t sentence_off;
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
    dyad_coder_stats stats;
    char errmsg[BASE_ERRMSG_MAX];   /* why the last call failed; "" after success */
};

/* dyad_coder_new over an internal dictionary (borrowed); the same
** contract, with d NULL as a usage error. */
int coder_create(const dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag, void *ctx,
                 dyad_coder **out);

/* Codes one sentence (n tokens of text) into the coder's records. */
int coder_sentence(dyad_coder *c, const char *text, const dyad_token *toks, size_t n,
                   long index, int32_t date, int *story_discard);

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
