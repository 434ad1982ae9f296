/*
** article_int.h — the article stage's per-document state, shared by
** article.c (lifecycle, sentence loop, publishing), names.c (the name
** table, names and speakers of noun phrases) and quote.c (quotation marks,
** attributions, indirect speech). Internal to src/article.
**
** Strings that must outlive a sentence's analysis are copied into pool and
** kept as offsets, since the pool moves as it grows.
*/
#ifndef DYAD_ARTICLE_INT_H
#define DYAD_ARTICLE_INT_H

#include "article/article.h"
#include "base/base.h"
#include "base/wordset.h"
#include "lang/tags.h"

#define ART_NONE UINT32_MAX   /* no pool string */
#define ART_MAX_FRAGS 4       /* pieces of one interrupted quote */
#define ART_RECENT 8          /* people kept for "he said", most recent first */
#define ART_SPAN_MAX 32       /* words of a speaker's phrase looked up in the dictionary */

/* Classes of a token, from the word lists of names.c (art_doc.tclass). */
enum {
    ART_TC_DONE = 1u << 0,        /* looked up */
    ART_TC_TITLE = 1u << 1,       /* President, Minister, Gen. */
    ART_TC_SURNAME = 1u << 2,     /* a title that is a surname too: Major */
    ART_TC_HONORIFIC = 1u << 3,   /* Mr., Ms., Dr. */
    ART_TC_MALE = 1u << 4,        /* Mr., Sir */
    ART_TC_FEMALE = 1u << 5,      /* Ms., Mrs. */
    ART_TC_ORG = 1u << 6,         /* the last word of an organisation: Fund */
    ART_TC_PARTICLE = 1u << 7     /* bin, von, de */
};

/* What a clause can do, for quote.c (art_doc.spk): name a whole quote's
** speaker, a partial quote's, or report speech. */
enum {
    ART_SPK_ATTRIB = 1u << 0,
    ART_SPK_PARTIAL = 1u << 1,
    ART_SPK_INDIRECT = 1u << 2,
    ART_SPK_QUESTION = 1u << 3   /* not a verb: a word that opens a question ("whether") */
};

/* A speaker: pool offsets (ART_NONE when unknown) and the person it is. */
typedef struct art_who {
    uint32_t name, desc, code;
    int32_t person;           /* index in people, or -1 */
} art_who;

/* A byte span of the text that is part of a quote's text; joined to the
** span before it by a space, or with none when glue is set. */
typedef struct art_frag {
    uint32_t start, end;
    uint32_t glue;
} art_frag;

/* A quote while the document is read. */
typedef struct art_rec {
    long sent;                /* the sentence it starts in */
    long last_sent;           /* the sentence it ended in */
    art_frag frag[ART_MAX_FRAGS];
    uint8_t nfrags;
    uint8_t direct, partial, unclosed;
    uint8_t lead;             /* opened where a whole quote opens: at the start
                                 of its sentence, or after "said:" */
    uint8_t own;              /* its speaker was found in its own sentences */
    uint8_t continued;        /* cut at a paragraph end, the next paragraph
                                 opening a quote again (the convention for a
                                 quote that runs over several paragraphs) */
    int32_t attrib_clause;    /* the clause that named its speaker in the
                                 sentence it ended in, or -1 */
    art_who who;
    int32_t who_np;           /* the noun phrase that named who, in sentence
                                 who_sent, or -1 (for the coder, which may code
                                 a speaker the article stage gave no code) */
    long who_sent;
} art_rec;

/* A quotation mark of the sentence being read. */
typedef struct art_mark {
    uint32_t tok;             /* its token */
    int32_t rec;              /* the record it opens or closes */
    uint8_t open;
} art_mark;

/* A person named in full. */
typedef struct art_person {
    uint32_t name, desc, code;   /* pool; desc and code may be ART_NONE */
    uint16_t ntoks;              /* words in name */
    char gender;                 /* 'm', 'f' or 0 */
} art_person;

/* One key of the name table: a folded first or last word of a full name. */
typedef struct art_key {
    uint32_t word, len;       /* pool offset of the folded word */
    int32_t person;
} art_key;

/* What a noun phrase says about the name in it (names.c). Token indices
** count from the sentence's first token. */
typedef struct art_name {
    uint32_t first, end;      /* the name's words; first == end: no name */
    uint32_t title_first;     /* [title_first, first): a title ("Chinese
                                 Foreign Minister"), empty when none */
    uint32_t title_end;       /* the title's end: an honorific may follow it */
    int32_t honorific;        /* token of Mr., Ms., ... before the name, or -1 */
    char gender;
    int titled;               /* a title or an honorific stands before the name */
    int person;               /* the phrase names a person */
    const dict_actor *known;  /* the dictionary's person of that name, or NULL */
    const char *known_code;   /* its code on the document's date, or NULL */
} art_name;

struct art_doc {
    const dict *d;
    base_wordset name_words;   /* names.c's lists: titles, honorifics, ... (ART_TC_*) */
    base_wordset verb_words;   /* quote.c's lists of speech verbs and question words (ART_SPK_*) */
    const dict_wid *ids;      /* the sentence's word ids when the caller has them */
    const char *text;
    int32_t date;
    strbuf pool;
    int oom;
    /* the name table */
    art_person *people;
    size_t npeople, people_cap;
    art_key *keys;
    size_t nkeys, keys_cap;
    uint32_t *slots;          /* open addressing: key index + 1, 0 empty */
    size_t nslots;
    int32_t recent[ART_RECENT];
    int nrecent;
    int32_t last_speaker;     /* the person who spoke last, or -1 */
    long last_speaker_sent;   /* in which sentence */
    art_who last_group;       /* the last speaker "they" can be: "the two institutes" */
    long last_group_sent;
    art_who last_org;         /* the last speaker "it" can be: "the ministry" */
    long last_org_sent;
    int last_org_person;      /* last_org is one person named by his post: "an official" */
    long sent;                /* the sentence being read */
    /* quotes */
    art_rec *recs;
    size_t nrecs, recs_cap;
    int32_t open;             /* the record whose closing mark is awaited, or -1 */
    int open_sents;           /* sentences the open record has run */
    uint32_t last_end;        /* end of the last token read */
    long last_sent;           /* index of the last sentence read, -1 before */
    /* per sentence */
    uint8_t *inq;             /* per token: inside a direct quote */
    size_t inq_cap;
    uint8_t *used;            /* per clause: names the speaker of a whole quote */
    size_t used_cap;
    int according;            /* the sentence may hold "according to" */
    art_mark *marks;          /* the double marks of the sentence */
    size_t nmarks, marks_cap;
    uint8_t *tclass;          /* per token: ART_TC_* bits, 0 until looked up */
    size_t tclass_cap;
    int32_t *pp_at;           /* per token: the prepositional phrase starting there, or -1 */
    size_t pp_at_cap;
    int32_t *order;           /* clauses with a verb, by their verb's token */
    int32_t *spk_prev, *spk_next;  /* per place in order: the nearest clause at or
                                      before / after it that can name a partial
                                      quote's speaker (order index), or -1 */
    uint8_t *spk;             /* per clause: ART_SPK_* */
    size_t norder, order_cap, spk_prev_cap, spk_next_cap, spk_cap;
    uint32_t *qcount;         /* per token k: tokens of whole quotes before k */
    size_t qcount_cap;
    uint32_t *acc;            /* the "according to" tokens outside quotes */
    size_t nacc, acc_cap;
    size_t first_word;        /* the first token that is no punctuation */
    size_t first_vg;          /* the first token of a verb group, or n */
    int32_t *appos;           /* per phrase: its apposition, or -1 */
    size_t appos_cap;
    uint8_t *subject;         /* per phrase: some clause's subject */
    size_t subject_cap;
    /* published */
    uint32_t *texts;          /* per record: its text in the pool */
    size_t texts_cap;
    dyad_quote *pub;
    size_t npub, pub_cap;
};

/* ---- article.c ---- */

/* Copies text[0..n) into the pool; returns its offset (ART_NONE when n is 0
** or memory ran out, which sets a->oom). */
uint32_t art_keep(art_doc *a, const char *s, size_t n);
/* The pool string at off, or NULL for ART_NONE. */
const char *art_str(const art_doc *a, uint32_t off);
/* Token k of sentence s: its bytes, and a comparison of its text with word
** (lower case ASCII), ignoring case and one final period ("Mr." == "mr"). */
const char *art_tok(const lang_sent *s, size_t k, size_t *len);
int art_tok_is(const lang_sent *s, size_t k, const char *word);
/* Is token k a double quotation mark (straight, curly, `` '' or a guillemet)? */
int art_double_mark(const lang_sent *s, size_t k);

/* ---- names.c ---- */

/* Builds a->name_words; -1 when out of memory. */
int art_names_init(art_doc *a);
void art_names_reset(art_doc *a);
/* Registers the full names of people in sentence s, and notes mentions of
** the people already known, for "he said". */
void art_names_sentence(art_doc *a, const lang_sent *s);
/* The speaker that noun phrase np of s names: a person's fullest name in
** the article, a pronoun's most recent person, or the phrase's own words;
** with its title or apposition and its code. Registers a full name it
** introduces. Fills *out (fields ART_NONE / -1 when unknown). */
void art_speaker(art_doc *a, const lang_sent *s, int32_t np, art_who *out);
/* The end of noun phrase np with the prepositional phrases that hang on
** it: "a spokesman [for the Chinese Foreign Ministry]". */
uint32_t art_np_extent(const art_doc *a, const lang_sent *s, int32_t np);

/* ---- quote.c ---- */

/* Builds a->verb_words; -1 when out of memory. */
int art_quotes_init(art_doc *a);
void art_quotes_reset(art_doc *a);
/* Finds the quotation marks, attributions and indirect speech of s. */
int art_quotes_sentence(art_doc *a, const lang_sent *s, long index);
/* Ends a quote still open at the end of the document. */
void art_quotes_end(art_doc *a);

#endif
