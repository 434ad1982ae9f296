/*
** dict_int.h — the dict struct and the builder calls the two readers share.
** Only dict.c, dict_read.c, dict_petr.c and dict_api.c include it.
**
** Building an actor, person, agent or discard goes through one "entry under
** construction" (d->cur): dict_entry_begin, then names and ranges, then
** dict_entry_commit, which checks the entry and binds its names in the trie.
** Strings, ranges and pattern elements are copied into an arena, so their
** pointers never move; entries live in growable arrays and are handed out
** only after dict_finish.
*/
#ifndef DYAD_DICT_INT_H
#define DYAD_DICT_INT_H

#include "dict/dict.h"
#include "base/base.h"

/* Kinds of PETRARCH oddities, counted rather than reported one by one. */
typedef enum {
    Q_DUP_NAME = 0,     /* a name listed again with the same code */
    Q_NAME_CONFLICT,    /* a name bound to two different undated codes */
    Q_OVERLAP,          /* dated ranges of one name overlap with different codes */
    Q_BOUNDARY,         /* ranges with different codes sharing just their end day */
    Q_NO_CODE,          /* an actor with no code at all (null code) */
    Q_LOWER_CODE,       /* a code in lower case, upper-cased */
    Q_MULTI_CODE,       /* "[A/B]" several codes joined by '/', kept verbatim */
    Q_YYMMDD,           /* a six-digit date (YY<=30 is 20YY) */
    Q_DATE_SPACE,       /* "> 990101" or "d1 - d2": blanks inside a restriction */
    Q_BAD_DATE,         /* an impossible date; restriction skipped (also warned) */
    Q_CODE_DIGITS,      /* a code with digits ("NGOCHRPRO214") */
    Q_UNKNOWN_AGENT,    /* an agent code with a part not in the known list */
    Q_CODE_LETTERS,     /* an event code with letters ("075A"), kept */
    Q_NULL_VERB_CODE,   /* a pattern coded "---" */
    Q_PAIRED_CODE,      /* "[042:043]" paired codes */
    Q_UNDEF_SYNSET,     /* pattern naming an undefined synset; skipped (also warned) */
    Q_TRANSFORM,        /* "~ a (a b ATTACK) SAY = a b 015" transformations, kept aside */
    Q_VERB_TWICE,       /* a verb form listed again in another block */
    Q_NO_STAR,          /* a pattern without '*'; taken as all after the verb */
    Q_SYNSET_NESTED,    /* a synset member naming a synset; kept as words */
    Q_DUP_AGENT,        /* an agent noun listed twice */
    Q_DUP_DISCARD,      /* a discard phrase listed twice */
    Q_DUP_SYNMEMBER,    /* a synset member listed twice */
    Q_NOPLUS_MULTI,     /* a multi-word verb without '+'; first word taken as the verb */
    Q_UNBALANCED,       /* a pattern whose brackets do not nest; kept */
    Q_DUP_PATTERN,      /* a pattern listed again for the same verbs */
    Q_NKINDS
} dict_quirk;

typedef struct trie_node {
    int32_t bind;       /* first actor binding, -1 */
    int32_t agent;      /* agent index, -1 */
    int32_t discard;    /* discard index, -1 */
    int32_t synset;     /* synset whose member ends here, -1 (synset roots are private) */
} trie_node;

typedef struct actor_bind {
    uint32_t actor;
    int32_t next;
} actor_bind;

typedef struct tmp_range {
    char code[64];
    int32_t from, to;
    uint32_t line;
    int dated;
} tmp_range;

typedef struct pattern_rec {
    dict_pattern p;
    uint32_t verb_key;  /* folded lemma id (dyad format) or block id + 1 (PETRARCH) */
    uint32_t block;     /* block index (PETRARCH), UINT32_MAX otherwise */
} pattern_rec;

typedef struct verb_rec {
    dict_verb v;
    uint32_t lemma_id;
    uint32_t block;     /* PETRARCH block, or UINT32_MAX: patterns keyed by lemma */
} verb_rec;

typedef struct arena_chunk {
    struct arena_chunk *next;
    size_t size, used;
    max_align_t data[];
} arena_chunk;

/* A file read into the dict: its path (interned) and the entry counts
** when it began; what it gave is the difference with the next one's. */
typedef struct dict_file_rec {
    const char *path;
    long start[DICT_NKINDS];
} dict_file_rec;

struct dict {
    dict_opts opts;
    int petr;                   /* loading PETRARCH files: checks count quirks */
    int oom;
    const char *file;           /* current file (interned) */
    dict_file_rec *files;       /* every file read, in order */
    size_t nfiles, filecap;

    arena_chunk *arena;
    size_t arena_bytes;

    /* interned strings: ids 1..nstr */
    const char **strs;
    uint32_t *str_hash;
    size_t nstr, strcap;
    uint32_t *itab;             /* open addressing, icap pairs: id or 0, then its hash */
    size_t icap;

    trie_node *nodes;
    size_t nnodes, nodecap;
    uint64_t *ekey;             /* (parent << 32 | word) + 1; 0 = empty */
    uint32_t *eval;
    uint8_t *ebits;             /* ecap bytes: one bit per edge key hash (see edge_find) */
    size_t ecap, nedges;
    /* what the names below each node are (TK_* bits, itself included), and
    ** below each word from the phrase root (by word id), so that a lookup
    ** for one kind skips the rest (longest); kept by dict_finish, good
    ** while kinds_ok (any new path clears it) */
    uint8_t *node_kinds, *first_kinds;
    size_t first_kinds_n;       /* word ids first_kinds covers: nstr + 1 then */
    int kinds_ok;

    dict_actor *actors;
    size_t nactors, actorcap;
    actor_bind *binds;
    size_t nbinds, bindcap;
    dict_agent *agents;
    size_t nagents, agentcap;
    dict_discard *discards;
    size_t ndiscards, discardcap;
    dict_synset *synsets;
    uint32_t *synroot;          /* trie root of each synset */
    size_t nsynsets, synsetcap;
    pattern_rec *pats;
    size_t npats, patcap;
    uint32_t *pat_index;        /* open addressing over pats: index + 1, 0 = empty */
    size_t pat_index_cap;
    verb_rec *verbs;
    size_t nverbs, verbcap;
    /* by word id: 1 + the index of the latest verb of that lemma with no
    ** block (dict_plain_verb), 0 = none; the reader asks at every pattern */
    uint32_t *plain_verb;
    size_t plain_verb_cap;
    uint32_t nblocks;
    const char **block_names;
    size_t blockcap;

    /* after dict_finish */
    int finished;
    const dict_pattern **patlist;   /* patterns grouped by verb key */
    uint64_t *patneed;              /* their need bits (dict_verb.need_all, need_post) */
    int32_t *verb_head;             /* by word id: first verb index, -1 */
    int32_t *noun_head;             /* by word id: first noun (of noun patterns), -1 */
    size_t verb_head_n;
    uint32_t the_id;

    /* entry under construction */
    struct {
        int active;
        dict_kind kind;
        uint32_t line;
        strbuf names;           /* NUL-separated */
        uint32_t *name_lines;
        size_t nnames, namecap;
        tmp_range *ranges;
        size_t nranges, rangecap;
        char fallback[64];
        uint32_t fallback_line;
        int has_fallback;
        char code[64];          /* agents: code */
        int prefix;             /* agents: NGO~ */
        int story;              /* discards */
    } cur;

    long nerrors, nwarnings, nquirks;
    long quirk_count[Q_NKINDS];
    uint32_t quirk_first[Q_NKINDS];
    long counts[DICT_NKINDS];
    long nnames;
};

/* Starts reading a file (or buffer) named path: makes it d->file and adds
** it to the list of files read. Sets d->oom when out of memory. */
void dict_file_begin(dict *d, const char *path);

/* Reports through opts.diag and counts. line 0 = whole file. */
void dict_report(dict *d, dyad_severity sev, const char *file, uint32_t line,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* A check failed: an error in dyad's format, a counted quirk for PETRARCH. */
void dict_problem(dict *d, dict_quirk q, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void dict_quirk_count(dict *d, dict_quirk q, uint32_t line);
/* A line that repeats what an earlier one says: a warning in dyad's format
** (the entry is kept), a counted quirk for PETRARCH. */
void dict_repeat(dict *d, dict_quirk q, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Writes one note per quirk kind counted since the last call, then resets. */
void dict_quirk_summary(dict *d, const char *file);
const char *dict_quirk_name(dict_quirk q);

/* Copies s[0..n) with a NUL into the arena; NULL when out of memory. */
const char *dict_strdup(dict *d, const char *s, size_t n);
void *dict_arena_alloc(dict *d, size_t n);
/* Interns s[0..n) as written; returns its id (0 when out of memory). */
uint32_t dict_intern(dict *d, const char *s, size_t n);
/* Interns the folded (lower-cased) form. */
uint32_t dict_intern_fold(dict *d, const char *s, size_t n);
const char *dict_str(const dict *d, uint32_t id);
/* Folds s[0..n) into buf (cap bytes); returns the folded length or
** (size_t)-1 when it does not fit. */
size_t dict_fold(const char *s, size_t n, char *buf, size_t cap);

/* Limits of a name (checked when it is added): words, and bytes per word. */
#define DICT_NAME_WORDS 64
#define DICT_WORD_BYTES 255

/* The word ids of a name: words split at blanks (and '_' when petr), each
** folded, or kept exact under the capitals rule (dyad format). Returns the
** number of words (at most max), 0 for an empty name. */
size_t dict_name_ids(dict *d, const char *name, size_t len, uint32_t *out, size_t max);
/* Walks/creates the trie path from root for ids; returns the node. */
int32_t dict_trie_path(dict *d, uint32_t root, const uint32_t *ids, size_t n);
uint32_t dict_trie_new_root(dict *d);

/* Entries. */
void dict_entry_begin(dict *d, dict_kind kind, uint32_t line);
void dict_entry_name(dict *d, const char *name, size_t len, uint32_t line);
/* A range (dated) or the fallback (dated = 0). */
void dict_entry_code(dict *d, const char *code, size_t len, int dated, int32_t from,
                     int32_t to, uint32_t line);
void dict_entry_commit(dict *d);
void dict_entry_abandon(dict *d);

/* Synsets: returns the index; members are added with dict_synset_member. */
int32_t dict_synset_add(dict *d, const char *name, size_t len, uint32_t line);
void dict_synset_member(dict *d, uint32_t syn, const char *phrase, size_t len, uint32_t line);

/* Patterns: copies elements; returns the pattern or NULL (out of memory). */
dict_pattern *dict_pattern_add(dict *d, uint32_t verb_key, uint32_t block,
                               const char *verb, const char *code, const char *code2,
                               const dict_elem *pre, size_t npre,
                               const dict_elem *post, size_t npost, uint32_t flags,
                               uint32_t line);
/* Verbs: lemma folded; block UINT32_MAX for dyad's format. */
verb_rec *dict_verb_add(dict *d, const char *lemma, size_t len, const char *code,
                        const uint32_t *before, size_t nbefore, const uint32_t *after,
                        size_t nafter, uint32_t block, uint32_t line);
/* The latest verb of word id lemma_id added with no block (dyad's format),
** or NULL: the verb a pattern line of dyad's format belongs to. Points
** into d->verbs: invalid after the next dict_verb_add, which may move it. */
verb_rec *dict_plain_verb(dict *d, uint32_t lemma_id);
uint32_t dict_block_add(dict *d, const char *name);

/* Known agent codes: 3-letter parts. Returns 1 when every 3-letter part of
** code is known. */
int dict_agent_code_known(const char *code, size_t len);
/* Shape of an actor code: 3..30 upper-case letters/digits, a multiple of 3. */
int dict_actor_code_ok(const char *code, size_t len);

#endif
