/*
** dyad.h — the one public header of libdyad: news text in, political event
** data out.
**
** Conventions, everywhere in this header:
**   - Handles are opaque. Every *_new has a *_free, and every *_free accepts
**     NULL.
**   - Strings are UTF-8. Byte offsets count from the start of the article text.
**   - Pointers returned by a handle stay valid until the next call that
**     changes that handle, unless the comment says otherwise; the caller
**     never frees them.
**
** Errors (the contract; SQLite's, in small):
**   - A function that can fail returns an int status: DYAD_OK, DYAD_DONE
**     (an iterator is at its end) or a negative DYAD_E* code, which
**     dyad_errstr() names. There is no global error state.
**   - Every handle keeps the message of its last failure:
**     dyad_reader_errmsg, dyad_text_errmsg, dyad_analyzer_errmsg,
**     dyad_dict_errmsg, dyad_coder_errmsg, dyad_store_errmsg,
**     dyad_dedupe_errmsg. It says what went wrong and what to
**     do, in one line; it is "" after a call that succeeded, and lasts
**     until the next call on that handle. Given NULL they return "out of
**     memory", the one way a handle can be missing (see below). No callback
**     is needed to learn why a call failed.
**   - Calls that make a handle from files (dyad_dict_load_dir,
**     dyad_dict_load_petrarch, dyad_coder_new, dyad_store_open) hand it
**     out even when they fail, so that its errmsg can say why; *out is NULL only on
**     DYAD_ENOMEM. Free the handle in every case. A coder that failed to
**     start refuses to code (DYAD_EUSAGE, its message unchanged).
**   - Arguments are checked. A NULL handle, a NULL pointer where a value
**     is needed or an unknown enum value gives DYAD_EUSAGE, with a message
**     naming the function when there is a handle to keep it. Functions that
**     return a count, a pointer or nothing treat a NULL handle as empty:
**     0, NULL, or nothing done.
**   - Problems inside files and records (FILE:LINE, many per call) go to a
**     dyad_diag_fn callback as they are found; errmsg holds why the call as
**     a whole failed (for a load, the first error and how many more).
**
** Threads (what `dyad code -j N` relies on; tests/test_threads.c, make tsan):
**   - A dyad_dict, once loaded, is read-only: any number of coders on any
**     number of threads may share it, and the dyad_dict_* calls that take
**     it const may run at the same time. Free it after the last coder made
**     from it.
**   - Every other handle (dyad_coder, dyad_reader, dyad_text,
**     dyad_analyzer, dyad_dedupe, dyad_store) belongs to one thread at a
**     time: use one per thread, or hand it over with a lock. So do the
**     pointers a handle gives out (a coder's events and quotes).
**   - Handles of the same kind on different threads are independent: the
**     library keeps no mutable state of its own between calls (no caches,
**     no static buffers, no strtok; readers and loaders word errno with
**     strerror_r). Calls that take no
**     handle (dyad_errstr, dyad_version, dyad_data_path, dyad_doc_init,
**     dyad_event_format, dyad_quote_format) may run on any thread.
**   - A diag callback runs on the thread of the call that reports.
**   - One process-wide setting: the first JSON lines read makes jansson
**     allocate through libdyad (once, whatever the threads), which a
**     program using jansson itself shares.
*/
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ---- Status codes --------------------------------------------------- */

enum {
    DYAD_OK = 0,
    DYAD_DONE = 1,      /* an iterator has nothing more to give */
    DYAD_ENOMEM = -1,   /* an allocation failed */
    DYAD_EIO = -2,      /* a file could not be opened or read */
    DYAD_EINPUT = -3,   /* input was malformed and could not be used */
    DYAD_EUSAGE = -4,   /* the caller passed arguments that make no sense */
    DYAD_EDICT = -5     /* a dictionary or data file has errors */
};

/* Returns a static English phrase for a status code; never NULL. */
const char *dyad_errstr(int rc);

/* Returns DYAD_VERSION as compiled into the library. */
const char *dyad_version(void);

/* Writes the path of name inside dyad's data folder into buf (cap bytes);
** name NULL or "" gives the folder itself. The folder is the first of:
** $DYAD_DATA; ../share/dyad beside the running program (an installed tree,
** wherever it was moved); the data/ folder of the checkout the program was
** built in; PREFIX/share/dyad as compiled in. Returns the length, or -1
** when it does not fit or buf is NULL. */
int dyad_data_path(char *buf, size_t cap, const char *name);

/* ---- Diagnostics ---------------------------------------------------- */

/* Readers and dictionary loaders report problems through a callback rather
** than printing, so that a library user decides where messages go. The
** struct and its strings are valid only during the call. */
typedef enum {
    DYAD_NOTE = 0,      /* informational */
    DYAD_WARNING = 1,   /* input was repaired; nothing was lost */
    DYAD_ERROR = 2      /* a record or entry was skipped */
} dyad_severity;

typedef struct dyad_diag {
    dyad_severity severity;
    const char *file;     /* file name as given, or "<stdin>" */
    long line;            /* 1-based; 0 when not known */
    long column;          /* 1-based byte column; 0 when not known */
    const char *message;  /* what is wrong and what to do, no trailing newline */
} dyad_diag;

typedef void (*dyad_diag_fn)(void *ctx, const dyad_diag *diag);

/* A ready-made dyad_diag_fn: prints the problem as one line on stderr,
** FILE:LINE:COL: severity: message. ctx is unused. Loaders use it when
** given no callback. */
void dyad_diag_stderr(void *ctx, const dyad_diag *diag);

/* ---- Documents ------------------------------------------------------ */

/* An article. Fields are NUL-terminated UTF-8 owned by whoever handed out
** the struct. From a reader: none is NULL, and text is already repaired, so
** it is valid UTF-8 whatever the input held. Built by a caller: any string
** but text may be NULL (read as ""), text need not end in NUL (text_len
** bytes are read) nor be valid UTF-8 (output repairs it), and date may be
** in any form the readers take (YYYY-MM-DD, YYYYMMDD, an ISO timestamp) or
** "". */
typedef struct dyad_doc {
    const char *id;
    const char *date;     /* "YYYY-MM-DD", or "" when unknown */
    const char *source;
    const char *url;
    const char *title;
    const char *text;
    size_t text_len;      /* bytes in text, not counting the NUL */
    const char *file;     /* where the record came from */
    long line;            /* line of the record's start in that file */
} dyad_doc;

/* Makes *doc a document of text (len bytes; the text is not copied and must
** outlive doc's use) with every other field "": id, date and the rest may
** be set afterwards. The one call needed before dyad_coder_code:
**     dyad_doc doc;
**     dyad_doc_init(&doc, s, strlen(s));
**     doc.date = "2024-05-14";        optional
**     dyad_coder_code(coder, &doc);
** Returns DYAD_OK, or DYAD_EUSAGE when doc is NULL, or text is NULL with
** len > 0 (doc then holds the empty text). */
int dyad_doc_init(dyad_doc *doc, const char *text, size_t len);

/* ---- Readers -------------------------------------------------------- */

typedef enum {
    DYAD_INPUT_AUTO = 0,  /* guess from the file name; plain text otherwise */
    DYAD_INPUT_TEXT,      /* one article per file */
    DYAD_INPUT_JSONL,     /* one JSON object per line */
    DYAD_INPUT_PETRARCH   /* PETRARCH <Sentence> XML records */
} dyad_input_format;

/* Values that fill fields the input leaves out. Any pointer may be NULL. */
typedef struct dyad_read_opts {
    dyad_input_format format;
    const char *date;     /* "YYYY-MM-DD": default date */
    const char *id;       /* plain text: id (default: the file name) */
    const char *source;   /* default source */
    dyad_diag_fn diag;    /* where problems are reported; NULL = stderr */
    void *diag_ctx;
} dyad_read_opts;

/* Counts kept by a reader across every file it has opened. */
typedef struct dyad_read_stats {
    long records;         /* documents handed out */
    long skipped;         /* records reported and skipped */
    long repaired;        /* records whose invalid UTF-8 was replaced by U+FFFD */
    long empty;           /* inputs in which no record at all was found (each
                             reported as an error: an empty file, or another
                             format than the one read) */
    long long bytes;      /* bytes read from the inputs so far, for progress */
} dyad_read_stats;

typedef struct dyad_reader dyad_reader;

/* Creates a reader; opts is copied (its strings too) and may be NULL.
** Returns NULL only when out of memory. */
dyad_reader *dyad_reader_new(const dyad_read_opts *opts);
void dyad_reader_free(dyad_reader *r);

/* Starts reading path ("-" for standard input). Closes any previous file.
** Returns DYAD_OK, DYAD_EIO, DYAD_ENOMEM or DYAD_EUSAGE (path NULL); the
** message is on the handle. */
int dyad_reader_open(dyad_reader *r, const char *path);

/* Starts reading an in-memory buffer, named name in diagnostics (NULL:
** "<memory>"). The buffer is copied. Returns DYAD_OK, DYAD_ENOMEM or
** DYAD_EUSAGE (data NULL with len > 0). */
int dyad_reader_open_mem(dyad_reader *r, const char *name,
                         const char *data, size_t len);

/* Hands out the next document of the current file in *doc (valid until the
** next call on r). Returns DYAD_OK, DYAD_DONE at the end of the file, or a
** negative code when reading cannot go on (message on the handle;
** DYAD_EUSAGE when no file is open or doc is NULL). Malformed records are
** reported through the diag callback and skipped, never returned. A
** JSON-lines or PETRARCH input in which no record at all is found (empty,
** or in another format) is reported as an error when it ends and counted
** in stats.empty. */
int dyad_reader_next(dyad_reader *r, const dyad_doc **doc);

/* Never NULL: all zero for a NULL reader. */
const dyad_read_stats *dyad_reader_stats(const dyad_reader *r);
const char *dyad_reader_errmsg(const dyad_reader *r);

/* Returns the format the reader would pick for path under DYAD_INPUT_AUTO
** (DYAD_INPUT_TEXT for NULL, as for standard input). */
dyad_input_format dyad_input_guess(const char *path);

/* PETRARCH validation records also say which events a coder should find:
** one <EventCoding> child each. Strings are "" when the attribute is
** absent. */
typedef struct dyad_coding {
    const char *source;   /* sourcecode="ARN" */
    const char *target;   /* targetcode="GON" */
    const char *event;    /* eventcode="064" */
    const char *error;    /* error="...": the record should raise this */
    int noevents;         /* noevents="True": no event should be coded */
} dyad_coding;

/* For the document dyad_reader_next handed out last: stores its codings in
** *codings (valid as long as the document) and returns their number; 0 for
** formats other than PETRARCH. */
size_t dyad_reader_codings(const dyad_reader *r, const dyad_coding **codings);

/* For the document dyad_reader_next handed out last: the value of attribute
** name of its <Sentence> element (e.g. "category"), entities decoded; NULL
** when absent or for other formats. */
const char *dyad_reader_attr(const dyad_reader *r, const char *name);

/* ---- UTF-8 ---------------------------------------------------------- */

/* Copies src to dst (capacity cap), replacing every invalid sequence with
** U+FFFD. Returns the length the repaired text needs (not counting a NUL);
** writes at most cap bytes and NUL-terminates when room is left; dst NULL
** (or cap 0) only measures. *bad gets the number of replacements, and
** *first_bad the byte offset of the first (both may be NULL). src NULL is
** the empty text. */
size_t dyad_utf8_repair(const char *src, size_t len, char *dst, size_t cap,
                        size_t *bad, size_t *first_bad);

/* ---- Tokens and sentences ------------------------------------------- */

typedef enum {
    DYAD_TOK_WORD = 1,    /* letters, with inner hyphens/apostrophes/periods */
    DYAD_TOK_NUMBER,      /* 12, 1,000, 3.5, 1990s, 6am; "31%" is "31" "%" */
    DYAD_TOK_PUNCT,       /* . , ; : ! ? ( ) [ ] and the like */
    DYAD_TOK_QUOTE,       /* opening or closing quotation mark */
    DYAD_TOK_DASH,        /* em/en dash or -- */
    DYAD_TOK_ELLIPSIS,    /* ... or U+2026 */
    DYAD_TOK_CLITIC,      /* 's n't 're 've 'll 'd 'm split off a word */
    DYAD_TOK_URL,         /* http://..., www.example.com */
    DYAD_TOK_EMAIL,
    DYAD_TOK_SYMBOL,      /* $ & @ # % and other symbols */
    DYAD_TOK_OTHER
} dyad_token_kind;

/* Flags on a token. */
enum {
    DYAD_TF_SPACE_BEFORE = 1u << 0,   /* whitespace precedes the token */
    DYAD_TF_LINE_START = 1u << 1,     /* first token on its line */
    DYAD_TF_PARA_START = 1u << 2,     /* a blank line precedes it */
    DYAD_TF_CAPITALIZED = 1u << 3,    /* starts with an upper-case letter */
    DYAD_TF_ABBREV = 1u << 4,         /* a word whose final period is its own */
    DYAD_TF_OPEN_QUOTE = 1u << 5,     /* a quote that opens */
    DYAD_TF_CLOSE_QUOTE = 1u << 6     /* a quote that closes */
};

typedef struct dyad_token {
    uint32_t start;       /* byte offset into the text */
    uint32_t len;         /* bytes */
    uint16_t kind;        /* dyad_token_kind */
    uint16_t flags;       /* DYAD_TF_* */
} dyad_token;

typedef enum {
    DYAD_SENT_BODY = 0,   /* an ordinary sentence */
    DYAD_SENT_DATELINE,   /* "BRUSSELS, Belgium —" before the first sentence */
    DYAD_SENT_HEADING,    /* a line of its own without final punctuation */
    DYAD_SENT_BYLINE      /* "By Jane Doe" and the like */
} dyad_sentence_kind;

typedef struct dyad_sentence {
    uint32_t start, end;  /* byte span in the text, end exclusive */
    uint32_t tok_first;   /* index of the first token */
    uint32_t tok_count;
    int kind;             /* dyad_sentence_kind */
} dyad_sentence;

/* Returns the length in bytes of the token that starts at s (n bytes left)
** and writes its kind to *kind (kind may be NULL). Whitespace runs come
** back with kind 0; s NULL or n 0 gives 0. Looks at no state and allocates
** nothing; context such as abbreviations is settled by dyad_text_split. */
size_t dyad_token_next(const char *s, size_t n, int *kind);

/* The tokens and sentences of one text. Reusable: each split replaces the
** previous result and keeps the memory. */
typedef struct dyad_text dyad_text;

dyad_text *dyad_text_new(void);
void dyad_text_free(dyad_text *t);

/* Tokenizes and splits text (len bytes, valid UTF-8; the text is not copied
** and must outlive the results). Returns DYAD_OK or DYAD_ENOMEM; texts over
** 4 GiB are refused with DYAD_EINPUT, text NULL with len > 0 with
** DYAD_EUSAGE. */
int dyad_text_split(dyad_text *t, const char *text, size_t len);
const char *dyad_text_errmsg(const dyad_text *t);

size_t dyad_text_token_count(const dyad_text *t);
const dyad_token *dyad_text_tokens(const dyad_text *t);
size_t dyad_text_sentence_count(const dyad_text *t);
const dyad_sentence *dyad_text_sentences(const dyad_text *t);

/* ---- Language analysis -------------------------------------------- */

/* Part-of-speech tags, lemmas, phrases and clauses of each sentence of a
** document; see docs/lang.md for what each field means. */
typedef struct dyad_analyzer dyad_analyzer;

dyad_analyzer *dyad_analyzer_new(void);   /* NULL when out of memory */
void dyad_analyzer_free(dyad_analyzer *a);

/* Splits doc's text into sentences and tokens, ready for
** dyad_analyzer_render. The strings of doc (not the struct) must outlive
** the calls that follow. Returns DYAD_OK, DYAD_ENOMEM, DYAD_EINPUT (text
** over 4 GiB) or DYAD_EUSAGE (doc NULL, text NULL with text_len > 0, a
** date that is none). */
int dyad_analyzer_split(dyad_analyzer *a, const dyad_doc *doc);
size_t dyad_analyzer_sentence_count(const dyad_analyzer *a);
const char *dyad_analyzer_errmsg(const dyad_analyzer *a);

typedef enum {
    DYAD_RENDER_TEXT = 0,   /* readable on a terminal */
    DYAD_RENDER_JSON        /* one JSON object, newline-terminated */
} dyad_render_format;

/* Analyzes sentence i of the last split and returns it rendered, with any
** invalid UTF-8 of the text replaced by U+FFFD. The string belongs to a
** and lasts until the next call on a; NULL (message on a) when out of
** memory, when i is past the last sentence, or for an unknown format. */
const char *dyad_analyzer_render(dyad_analyzer *a, size_t i, dyad_render_format format);

/* ---- Dictionaries --------------------------------------------------- */

/* Actors, people, agents, synonym sets, verb patterns and discard phrases,
** read from dyad's format (docs/dictionaries.md) or PETRARCH2's. */
typedef struct dyad_dict dyad_dict;

/* Reads every *.txt in dir (dyad's format). Verb codes are checked against
** dir/../cameo.tsv when that file exists. Every problem is reported through
** diag (NULL: stderr) as FILE:LINE. Returns DYAD_OK, DYAD_EDICT (problems
** reported; the entries at fault were skipped, the rest can be used; a
** folder without any verb pattern is one), DYAD_EIO (dir unreadable),
** DYAD_EUSAGE (dir or out NULL) or DYAD_ENOMEM. *out gets the dictionary
** in every case but DYAD_ENOMEM (NULL); free it with dyad_dict_free. After
** DYAD_EIO or DYAD_EUSAGE it holds nothing but its errmsg, and
** dyad_coder_new refuses it. */
int dyad_dict_load_dir(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out);

/* Reads PETRARCH2's dictionaries from dir, by these exact names:
** CAMEO.2.0.txt, the three Phoenix.*.actors.txt, Phoenix.agents.txt and
** Phoenix.discards.txt. Malformed lines are warnings; oddities the published
** files hold are counted and summed up in one note per kind and file.
** Returns and sets *out as dyad_dict_load_dir; DYAD_EDICT when a file is
** missing or cannot be read, or CAMEO.2.0.txt holds no verb pattern. */
int dyad_dict_load_petrarch(const char *dir, dyad_diag_fn diag, void *ctx, dyad_dict **out);

void dyad_dict_free(dyad_dict *d);

/* Why the load failed: "" after DYAD_OK; else the first error as
** FILE:LINE: message, and how many more. */
const char *dyad_dict_errmsg(const dyad_dict *d);

typedef struct dyad_dict_stats {
    long actors;          /* actor entries without dates */
    long people;          /* entries with dated codes */
    long agents;
    long synsets;
    long patterns;        /* verb and noun patterns */
    long discards;
    long names;           /* phrases of actors, people, agents and discards */
    long verbs;           /* verb lemmas and listed forms */
    long errors, warnings;
    long quirks;          /* PETRARCH oddities accepted */
    size_t bytes;         /* memory the dictionary holds */
} dyad_dict_stats;

/* Fills *st; all zero for a NULL dictionary. */
void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st);

/* One file a dictionary was read from, and the entries it gave. */
typedef struct dyad_dict_file {
    const char *path;     /* as opened: the folder as given, '/', the name */
    long actors, people, agents, synsets, patterns, discards;
} dyad_dict_file;

/* The number of files d was read from (0 for NULL). */
size_t dyad_dict_file_count(const dyad_dict *d);

/* Fills *f with file i, in reading order; its string belongs to d. Returns
** DYAD_OK, or DYAD_EUSAGE when i is not below dyad_dict_file_count(d). */
int dyad_dict_file_info(const dyad_dict *d, size_t i, dyad_dict_file *f);

/* ---- Coding events -------------------------------------------------- */

/* Where an event was reported: one sentence of one article. Strings belong
** to whoever handed out the event. */
typedef struct dyad_provenance {
    const char *doc;          /* document id */
    long sent;                /* sentence number in it */
    const char *date;         /* the article's date, or "" */
    const char *news_source;  /* the article's source, else its URL's host, or "" */
} dyad_provenance;

/* One event: who did what to whom, with the evidence. Strings belong to the
** coder and last until its next dyad_coder_code call. */
typedef struct dyad_event {
    const char *doc;          /* document id */
    const char *url;          /* document URL, or "" */
    long sent;                /* sentence number in the document, from 0 */
    const char *date;         /* "YYYY-MM-DD" or "" */
    const char *source;       /* actor codes: "CHNGOV", "RUS" */
    const char *target;
    const char *code;         /* CAMEO event code: "042" */
    const char *root;         /* its root: "04" */
    const char *event_name;   /* CAMEO name: "Make a visit" */
    double goldstein;
    int quad;                 /* 1 verbal coop, 2 material coop, 3 verbal conflict,
                                 4 material conflict */
    const char *plover;       /* PLOVER event type */
    const char *modality;     /* asserted, future, conditional, hypothetical, negated */
    const char *source_text;  /* the words that filled each slot */
    const char *target_text;
    const char *verb;
    const char *sentence;     /* the whole sentence */
    /* the explanation */
    const char *pattern;      /* the pattern as written, or "" for the verb alone */
    const char *pattern_file;
    long pattern_line;
    const char *source_entry; /* "file:line" of the dictionary entries used */
    const char *target_entry;
    int quoted;               /* said inside a quotation */
    /* when it happened (docs/coder.md, "When it happened"); date above is
    ** the article's */
    const char *event_date;   /* "YYYY-MM-DD", "YYYY-MM" or "YYYY" by its
                                 precision (a period by its first day or
                                 month); "" when unknown */
    const char *date_precision; /* "day", "week", "month", "season", "year",
                                 "decade", "century"; "" when unknown */
    const char *date_text;    /* the words it was read from; "" when it is
                                 the article's date */
    int historical;           /* long before the article: history, background
                                 ("in 1979", "under the previous government") */
    /* reports of the one event across articles (dyad_dedupe); all 0 for an
    ** event of one sentence, which counts as 1 */
    long num_mentions;        /* sentences that report it */
    long num_sources;         /* news sources among them (doc source, else URL host) */
    long num_articles;        /* articles among them */
    const dyad_provenance *provenance;   /* num_mentions entries, or NULL */
    /* where the article level found an actor the sentence does not name,
    ** or "" when the sentence names it: "sentence 1: Chinese President Xi
    ** Jinping" (a pronoun, a surname, "the two leaders" resolved to an
    ** earlier mention), "dateline: MOSCOW" or "article: RUS, named 4
    ** times, first as 'Russia'" (an agent's country), "quote: Amina
    ** Odhiambo" (I, we or our in a direct quote: its speaker), "event:
    ** sentence 0, AZEMIL ARM 194 'shelled'" (the doer of the earlier event
    ** that "the attack" points back to) */
    const char *source_from;
    const char *target_from;
    /* Where it happened (GDELT's ActionGeo), when its sentence names a
    ** place, or else the article's dateline; place is "" when neither does.
    ** Cities come from GeoNames (libgeonames), countries from the
    ** dictionary (docs/coder.md, "Places"). */
    const char *place;        /* the city, or the country: "Kharkiv", "Ukraine" */
    const char *place_region; /* the city's region ("Kharkiv"), or "" */
    const char *place_country;/* its country's code: "UKR" */
    const char *place_country_name;  /* its country's name: "Ukraine" */
    const char *place_from;   /* "clause", "sentence" or "dateline" */
    int place_has_coords;     /* 1 when place_lat and place_lon hold the city's */
    double place_lat, place_lon;  /* degrees north and east, to 0.01 */
} dyad_event;

typedef struct dyad_coder_opts {
    int all_modalities;       /* keep events not said to happen too: negated,
                              ** hypothetical, conditions, plans with no
                              ** intent code (each marked by its modality) */
    int explain;              /* keep rejected candidates for dyad_coder_rejects */
    const char *cameo_path;   /* the CAMEO table; NULL: the data folder's */
    const char *date;         /* date for documents without one, YYYY-MM-DD
                                 (or any form dyad_doc's date takes) */
    int partial;              /* PETRARCH's require_dyad = false: code events
                                 whose source or target is unknown as "---",
                                 agents without a country as "---GOV", and
                                 reporting verbs the dictionary codes */
    int mentions;             /* keep the article level's resolved mentions
                                 for dyad_coder_mention */
} dyad_coder_opts;

typedef struct dyad_coder dyad_coder;

/* Creates a coder over dictionary d (borrowed: it must outlive the coder).
** opts may be NULL. Problems loading the CAMEO table go through diag.
** Returns DYAD_OK, DYAD_EIO or DYAD_EDICT (the CAMEO table), DYAD_EUSAGE
** (d NULL or not loaded, opts->date not a date, out NULL) or DYAD_ENOMEM.
** *out gets the coder in every case but DYAD_ENOMEM (NULL), so that
** dyad_coder_errmsg can say why it failed; free it in every case. */
int dyad_coder_new(const dyad_dict *d, const dyad_coder_opts *opts, dyad_diag_fn diag,
                   void *ctx, dyad_coder **out);
void dyad_coder_free(dyad_coder *c);

/* Codes every sentence of doc (whose strings must outlive the results;
** dyad_doc_init makes one from a string). Returns DYAD_OK; DYAD_EUSAGE
** when c or doc is NULL, doc's text is NULL with text_len > 0, its date is
** none, or c failed to start; DYAD_EINPUT for a text over 4 GiB; or
** DYAD_ENOMEM. On failure the coder holds no events and
** dyad_coder_errmsg says why. Text that is not valid UTF-8 is coded as it
** is and repaired on the way out (dyad_event_format). */
int dyad_coder_code(dyad_coder *c, const dyad_doc *doc);
const char *dyad_coder_errmsg(const dyad_coder *c);
size_t dyad_coder_event_count(const dyad_coder *c);
const dyad_event *dyad_coder_event(const dyad_coder *c, size_t i);

/* With opts.explain: the candidates of the last document that gave no
** event, one line each ("sent 3: verb 'visit' ...: no target actor"). */
size_t dyad_coder_reject_count(const dyad_coder *c);
const char *dyad_coder_reject(const dyad_coder *c, size_t i);

/* ---- Quotes and speakers -------------------------------------------- */

/* A quotation, or a report of what someone said, in the last document
** dyad_coder_code coded (docs/article.md). Quotes come from the coder, not
** from a handle of their own: finding them takes every sentence tagged and
** parsed, which coding does anyway, so one analysis serves both; and the
** article-level state quotes build (the names an article introduced) is the
** state the coder's actors are resolved against.
**
** Strings belong to the coder and last until its next dyad_coder_code
** call. speaker, speaker_desc and speaker_code are NULL when unknown. */
typedef struct dyad_quote {
    const char *doc;          /* document id */
    long sent;                /* the sentence the quote starts in, from 0 */
    uint32_t start, end;      /* byte span in the text: the quoted words
                                 without the marks, or the reported clause */
    const char *speaker;      /* the fullest name the article gave ("Bonnie
                                 Glaser" for "Ms. Glaser"), or the words that
                                 name the speaker ("the ministry") */
    const char *speaker_desc; /* title or apposition: "a China expert at ..." */
    const char *speaker_code; /* the speaker's actor code on the document's
                                 date, when the dictionary knows it */
    const char *text;         /* the quoted words without the outer marks; the
                                 pieces of an interrupted quote ("A," she
                                 said, "B.") joined by a space */
    int direct;               /* 1: between quotation marks; 0: indirect
                                 speech ("X said that ...", "according to X") */
    int partial;              /* direct, but a few quoted words inside the
                                 writer's own sentence */
    int unclosed;             /* direct, and the closing mark never came: the
                                 quote was cut at its paragraph's end or after
                                 DYAD_QUOTE_MAX_SENTENCES sentences */
} dyad_quote;

/* The longest a quote whose closing mark never comes runs, in sentences. */
#define DYAD_QUOTE_MAX_SENTENCES 6

/* The quotes of the last document, in text order. dyad_coder_quote returns
** NULL when c is NULL or i is out of range; the count is 0 for a NULL c. */
size_t dyad_coder_quote_count(const dyad_coder *c);
const dyad_quote *dyad_coder_quote(const dyad_coder *c, size_t i);

/* Writes q as one line into buf (capacity cap), NUL-terminated when room is
** left: DYAD_RENDER_JSON gives the record `dyad code` prints
** ({"type":"quote",...}), DYAD_RENDER_TEXT the line `dyad quotes` prints.
** Returns the length the line needs, like snprintf (buf NULL: a size
** query); 0 when q is NULL, f is neither, or memory ran out. Invalid UTF-8
** in q's strings comes out as U+FFFD. */
size_t dyad_quote_format(const dyad_quote *q, dyad_render_format f, char *buf, size_t cap);

/* A mention the article level resolved in the last document (with
** opts.mentions): a pronoun, a surname alone or after a title, a title
** ("the prime minister") or a group phrase ("the two leaders"), and what
** the article named earlier that it stands for. */
typedef struct dyad_mention {
    long sent;                /* its sentence in the document, from 0 */
    uint32_t start, end;      /* its bytes in the document's text */
    const char *text;         /* its words */
    const char *kind;         /* "pronoun", "surname", "title" or "group" */
    const char *entity;       /* the fullest name the article gives whom it
                                 stands for ("Xi Jinping"; a set joined by
                                 '|'), or "" for no one the article names */
    const char *code;         /* their actor codes, joined by '|' (a member
                                 without a code is left out), or "" */
    long entity_sent;         /* the sentence that introduced it, or -1 */
} dyad_mention;
size_t dyad_coder_mention_count(const dyad_coder *c);
const dyad_mention *dyad_coder_mention(const dyad_coder *c, size_t i);

/* Counts over the coder's life. */
typedef struct dyad_coder_stats {
    long docs, sentences, tokens, events, discarded;
} dyad_coder_stats;
void dyad_coder_get_stats(const dyad_coder *c, dyad_coder_stats *st);

/* ---- Event output --------------------------------------------------- */

typedef enum {
    DYAD_OUT_JSONL = 0,       /* one JSON object per event */
    DYAD_OUT_PETRARCH,        /* PETRARCH2's event file layout */
    DYAD_OUT_GDELT            /* GDELT 2.0 event table: 61 tab-separated columns */
} dyad_output_format;

/* Writes event e (number seq in the run, for ids) as one line in format f
** into buf (capacity cap), NUL-terminated when room is left; buf NULL (or
** cap 0) only measures. Returns the length the line needs, like snprintf;
** explain adds the evidence fields. Invalid UTF-8 in e's strings becomes
** U+FFFD and NULL strings are written as "", so that every JSON line
** parses. Returns 0 (buf "") for e NULL, an unknown format, or when out of
** memory. */
size_t dyad_event_format(const dyad_event *e, dyad_output_format f, long seq, int explain,
                         char *buf, size_t cap);

/* ---- The store ------------------------------------------------------ */

/* Coded articles kept in an SQLite database: articles, their sentences,
** their events with the evidence behind each, and their quotes with their
** speakers (docs/store.md has the schema). One writer at a time and any
** number of readers: a reader sees the batches committed when its query
** began, never half of one. Or, for writing only, the same tables in a
** PostgreSQL database, which many writers may fill at once. */
typedef struct dyad_store dyad_store;

typedef enum {
    DYAD_STORE_READ = 0,   /* an existing database, for queries and exports */
    DYAD_STORE_WRITE       /* created when missing; for dyad_store_put */
} dyad_store_mode;

/* Opens the database at path: an SQLite file, or a PostgreSQL database
** when path is a postgresql:// (or postgres://) URL, as libpq reads it. A
** database of an older schema is upgraded, all of it or none, in one
** transaction. Returns DYAD_OK; DYAD_EIO (the file is missing in READ
** mode, or cannot be created, read or written; the server cannot be
** reached); DYAD_EINPUT (not a dyad database: another kind of file,
** another program's database, a damaged one, one of a newer dyad, one
** whose tables were changed); DYAD_EUSAGE (path or out NULL, unknown mode,
** a PostgreSQL database in READ mode: queries, exports and the briefing
** read SQLite files only) or DYAD_ENOMEM. *out gets the handle in every
** case but DYAD_ENOMEM (NULL), so that dyad_store_errmsg can say why,
** naming the file and what to do; free it in every case. */
int dyad_store_open(const char *path, dyad_store_mode mode, dyad_store **out);

/* Closes the database; a batch not committed is rolled back. NULL is
** fine. */
void dyad_store_free(dyad_store *s);
const char *dyad_store_errmsg(const dyad_store *s);

/* The schema version this library writes (PRAGMA user_version). */
#define DYAD_STORE_SCHEMA 4

/* How an ingest commits, and what it records of itself. */
typedef struct dyad_ingest_opts {
    long batch;               /* articles per transaction at most; 0: 1000 */
    long batch_ms;            /* commit a batch at least this often; 0: 1000 */
    const char *dictionaries; /* recorded with the run: the folder the coder
                                 read ("" or NULL when unknown) */
    const char *options;      /* recorded too: "all-modalities", ... */
} dyad_ingest_opts;

/* Starts an ingest run on a store opened for writing: records it (the
** time, dyad's version, opts' strings) and sets how batches commit. opts
** may be NULL. Returns DYAD_OK, DYAD_EIO, DYAD_EUSAGE (a READ store) or
** DYAD_ENOMEM. */
int dyad_store_ingest(dyad_store *s, const dyad_ingest_opts *opts);

/* Stores doc, its sentences, and the events and quotes coder c found in
** it: call it right after dyad_coder_code(c, doc) succeeded. An article of
** the same id already stored is replaced, its old rows deleted. Articles
** go into the open batch, which is committed when it holds opts.batch
** articles or is opts.batch_ms old; a crash loses at most the batch not
** yet committed. Starts a run with default options when none was
** started. Returns DYAD_OK; DYAD_EIO (the database cannot be written:
** disk full, locked by another writer for too long, the server gone; the
** batch is rolled back); DYAD_EUSAGE; DYAD_ENOMEM. */
int dyad_store_put(dyad_store *s, const dyad_doc *doc, const dyad_coder *c);

/* Commits the open batch, if any. Returns DYAD_OK, DYAD_EIO (rolled back)
** or DYAD_EUSAGE. */
int dyad_store_commit(dyad_store *s);

/* Counts of what this handle stored (committed or not yet). */
typedef struct dyad_store_stats {
    long articles;            /* articles stored */
    long replaced;            /* of which replaced an article of the same id */
    long sentences, events, quotes;
    long committed;           /* articles committed so far */
} dyad_store_stats;
void dyad_store_get_stats(const dyad_store *s, dyad_store_stats *st);

/* What a database holds, for messages about empty answers. */
typedef struct dyad_store_summary {
    long articles, events, quotes;
    char first[11], last[11]; /* the dates of its first and last events,
                                 "" when none has a date */
} dyad_store_summary;
int dyad_store_summarize(dyad_store *s, dyad_store_summary *sum);

/* ---- Queries and exports ------------------------------------------ */

typedef enum {
    DYAD_QUERY_DYADS = 0,     /* per source-target pair: counts, Goldstein
                                 sum and mean, counts per quad class */
    DYAD_QUERY_SERIES,        /* the same per day, week or month, periods
                                 without events included */
    DYAD_QUERY_EVENTS,        /* the events, with sentences and sources */
    DYAD_QUERY_ACTORS,        /* per actor: events as source, as target */
    DYAD_QUERY_QUOTES         /* the quotes, with their speakers and sources;
                                 of the conditions only from, to (the
                                 article's date), speaker and limit apply */
} dyad_query_kind;

typedef enum {
    DYAD_PERIOD_DAY = 0,
    DYAD_PERIOD_WEEK,         /* ISO weeks, named by their Monday */
    DYAD_PERIOD_MONTH
} dyad_period;

/* Which events a query or an export takes. Every pointer may be NULL
** (no condition). */
typedef struct dyad_query {
    dyad_query_kind kind;
    const char *from, *to;    /* event dates, YYYY-MM-DD, both included */
    const char *source;       /* actor code prefixes: "RUS" takes RUS, */
    const char *target;       /*   RUSGOV, RUSMIL... */
    const char *code;         /* CAMEO code prefix: "04" takes 040 to 046 */
    const char *modalities;   /* comma-separated names, or "all"; NULL:
                                 every modality but negated */
    dyad_period by;           /* DYAD_QUERY_SERIES */
    long limit;               /* rows at most; 0: all */
    const char *speaker;      /* DYAD_QUERY_QUOTES: speakers whose name holds
                                 it, in either case ("glaser" finds "Bonnie
                                 Glaser", "özlem" "Özlem Türkmen") */
} dyad_query;

typedef enum {
    DYAD_TABLE_TEXT = 0,      /* aligned columns, for people */
    DYAD_TABLE_CSV,           /* RFC 4180, a header line first */
    DYAD_TABLE_JSON           /* one JSON object per row and line */
} dyad_table_format;

/* Where queries and exports write: n bytes of whole lines. Returns 0 to go
** on; anything else stops the call, which returns DYAD_EIO. */
typedef int (*dyad_write_fn)(void *ctx, const char *s, size_t n);

/* Runs query q on s and writes the rows in format f through w. *rows (may
** be NULL) gets the number of rows written. Returns DYAD_OK, DYAD_EUSAGE
** (a bad date, modality or kind, a condition its kind does not take: the
** message says which), DYAD_EIO (the
** database could not be read, or w stopped) or DYAD_ENOMEM. */
int dyad_store_query(dyad_store *s, const dyad_query *q, dyad_table_format f,
                     dyad_write_fn w, void *ctx, long *rows);

/* The number of events q takes (its kind, by and limit unused) into *n.
** Returns as dyad_store_query. */
int dyad_store_count(dyad_store *s, const dyad_query *q, long *n);

typedef enum {
    DYAD_EXPORT_JSONL = 0,    /* dyad code's JSON lines */
    DYAD_EXPORT_PETRARCH,     /* PETRARCH2's event file layout */
    DYAD_EXPORT_GDELT,        /* GDELT 2.0's 61 columns; GLOBALEVENTID is the
                                 event's id in the store */
    DYAD_EXPORT_CSV           /* every stored field, a header line first */
} dyad_export_format;

/* Writes the events q takes (its kind, by are unused), in the order they
** were stored, one line each, through w; explain adds the evidence
** (pattern, dictionary entries) where the format has room. *rows as for
** dyad_store_query. Returns as dyad_store_query. */
int dyad_store_export(dyad_store *s, const dyad_query *q, dyad_export_format f, int explain,
                      dyad_write_fn w, void *ctx, long *rows);

/* ---- The briefing ------------------------------------------------- */

typedef enum {
    DYAD_BRIEF_HTML = 0,      /* one self-contained page, charts in inline SVG */
    DYAD_BRIEF_TEXT,          /* the same sections as plain text */
    DYAD_BRIEF_TEXT_HTML      /* both from one reading of the store: w is
                                 called twice, with the whole text, then
                                 the whole page (an e-mail's two parts) */
} dyad_brief_format;

typedef struct dyad_brief_opts {
    const char *date;         /* the period's last day, YYYY-MM-DD; NULL or "":
                                 the last day with events */
    int days;                 /* the period's length in days; 0: 7 */
    dyad_brief_format format;
    int movers;               /* dyads shown as moving most; 0: 5 */
    int notable;              /* events shown; 0: 10 */
} dyad_brief_opts;

/* Writes the briefing on the period of opts->days days that ends on
** opts->date: the dyads whose Goldstein sum moved most against the period
** before it, each with a chart of its days; a network of the most active
** dyads; the notable events with their sentences, sources and evidence.
** Negated events are left out. opts may be NULL; *events (may be NULL)
** gets the number of events in the period. Returns DYAD_OK (a period
** without events gives a briefing that says so), DYAD_EUSAGE (a bad date,
** days out of 1..366, an unknown format), DYAD_EINPUT (no date given and
** no dated event to start from), DYAD_EIO (the database could not be read,
** or w stopped) or DYAD_ENOMEM. */
int dyad_store_brief(dyad_store *s, const dyad_brief_opts *opts, dyad_write_fn w, void *ctx,
                     long *events);

/* ---- One record per event across articles -------------------------- */

/* The same event reported by many articles (the same source, target, event
** code and event_date) merged into one record, with GDELT's counts:
** mentions (sentences that report it), news sources and articles, and
** every report's provenance. The record keeps the first report's words.
**
** A record is open while the article last added is dated at most
** window_days from its first report's article (after it or before it);
** then it is complete. Input in date order (or several date-ordered runs
** one after another) merges every report within the window and holds only
** the window's events in memory; an article far out of order closes the
** records far from its date early. Undated articles do not move the
** window. window_days 0 keeps every record until the end (memory grows
** with the distinct events of the whole input). */
typedef struct dyad_dedupe dyad_dedupe;

/* Returns NULL only when out of memory; window_days below 0 counts as 0. */
dyad_dedupe *dyad_dedupe_new(int window_days);
void dyad_dedupe_free(dyad_dedupe *d);

/* Adds one report of an event (copied; e may be freed after the call).
** news_source names where the article came from (dyad_doc.source); NULL
** or "" takes the host of e->url. Returns DYAD_OK, DYAD_ENOMEM (nothing
** added) or DYAD_EUSAGE (d or e NULL). */
int dyad_dedupe_add(dyad_dedupe *d, const dyad_event *e, const char *news_source);

/* Hands out the next complete record in *out, in the order their first
** reports were added: those the window has closed, or with all (the input
** has ended) every one. The event has num_mentions, num_sources,
** num_articles and provenance filled, and lasts until the next call on d.
** Returns DYAD_OK, DYAD_DONE when no record is complete, DYAD_ENOMEM or
** DYAD_EUSAGE (d or out NULL). */
int dyad_dedupe_next(dyad_dedupe *d, int all, const dyad_event **out);
const char *dyad_dedupe_errmsg(const dyad_dedupe *d);

/* ---- PETRARCH validation files ------------------------------------ */

typedef struct dyad_validation {
    long passed, failed;
    long skipped;             /* records that test the parse tree only */
    long unreadable;          /* records the reader reported and could not use;
                                 the four add up to the file's records */
} dyad_validation;

/* Runs a PETRARCH2 validation file: loads the dictionaries its
** <Environment> names from dict_dir (NULL: the file's folder, then
** ../dictionaries beside it), codes every record from its raw <Text>,
** and compares with the record's <EventCoding> lines. Writes one line per
** failed record to report (may be NULL), with verbose also the passing
** ones. Returns DYAD_OK (whatever the counts), DYAD_EIO, DYAD_EDICT,
** DYAD_EINPUT (no <Environment> naming a verb file, or no record could be
** read; reported through diag, with *out filled), DYAD_EUSAGE (xml_path or
** out NULL; reported through diag) or DYAD_ENOMEM. */
int dyad_validate(const char *xml_path, const char *dict_dir, int verbose, FILE *report,
                  dyad_diag_fn diag, void *ctx, dyad_validation *out);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
