/*
** mentions.h — the article stage's mention table: the people, states and
** organisations a document has introduced, and whom each later noun phrase
** stands for: a surname alone or with a title ("Mr. Xi", "Xi"), a pronoun
** ("he", "her", "its", "they"), a set ("the two leaders", "both sides"),
** a title ("the prime minister"). Read sentence by sentence, before the
** coder chooses the sentence's actors; the coder asks what a noun phrase
** stands for and keeps the codes of the entities itself (doc_ctx), so
** data flows one way: text, lang and dict -> mentions -> coder.
**
** What is resolved, and what is not, is in docs/coder.md ("Names across
** sentences"). Internal to libdyad.
*/
#ifndef DYAD_ARTICLE_MENTIONS_H
#define DYAD_ARTICLE_MENTIONS_H

#include "dict/dict.h"
#include "lang/analyze.h"

#include <stddef.h>
#include <stdint.h>

#define MENT_SET_MAX 8   /* members of a set that a group phrase can stand for */

/* What an entity is. */
typedef enum ment_kind {
    ENT_PERSON = 1,      /* "Xi Jinping", or an unnamed one: "the child" */
    ENT_STATE,           /* a country: "China", "Beijing" (one entity per code) */
    ENT_ORG,             /* an organisation or group: "NATO", "the Liberal Democrats" */
    ENT_SET              /* two or more of the above: "Xi and Putin" */
} ment_kind;

/* How a noun phrase names what it stands for. */
typedef enum ment_how {
    MREF_NONE = 0,       /* nothing the table knows */
    MREF_NAME,           /* its own name: "Xi Jinping", again or for the first time */
    MREF_SHORT,          /* part of a name met earlier: "Xi", "Mr. Xi", "John" */
    MREF_PRONOUN,        /* he, she, it, they and their forms, his, its, their */
    MREF_TITLE,          /* a title or a description: "the prime minister", "the party" */
    MREF_SET             /* "the two leaders", "both sides", "the allies" */
} ment_how;

typedef struct ment_entity {
    uint8_t kind;               /* ment_kind */
    uint8_t gender;             /* 'm', 'f', or 0 when unknown */
    uint8_t plural;
    uint8_t unnamed;            /* a person no name names, only a country and an
                                ** agent noun: "Pakistan's foreign minister" */
    uint8_t bare;               /* a bare plural of agents ("Police", "the
                                ** ministers"): only "they" stands for it */
    uint8_t whole;              /* named by a dictionary name that runs on
                                ** past its phrase ("the Bank" + "of
                                ** England"): its code is the whole name's,
                                ** of entry (the dictionary's, borrowed) */
    const dict_actor *entry;
    /* the fullest name the document gives it (bytes of the text) */
    uint32_t name_start, name_end;
    /* the noun phrase that introduced it (its title and all: "Chinese
    ** President Xi Jinping"), in sentence intro_sent */
    long intro_sent;
    uint32_t intro_start, intro_end;
    /* a person's first and last words ("Xi", "Jinping" is given: "Xi" is
    ** the first word) for "Mr. Xi" or "John" later */
    uint32_t first_start, first_end, last_start, last_end;
    uint32_t alias_start, alias_end;   /* an acronym the article gives it in
                                ** brackets: "British Transport Police (BTP)" */
    char desc[3][16];           /* what the article calls it, lower-cased: the
                                ** nouns before its name or the head of an
                                ** apposition ("television network ABS-CBN",
                                ** "the Liberal Democrats, a minor party") */
    char title[32];             /* the title before the name, lower-cased:
                                ** "prime minister", "president"; "" when none */
    char code[16];              /* a state's or an organisation's dictionary
                                ** code on the date (merges "China" and
                                ** "Beijing"); "" for people; whole, so that
                                ** the EC (IGOEUREEC) and its parliament
                                ** (IGOEUREECLEG) stay two */
    /* "his Greek counterpart": a person known only as the counterpart of
    ** another (peer) from a state (country, its code); the coder gives
    ** him the peer's agent joined to that state: GRCGOV for EGYGOV's */
    uint8_t counterpart;
    int32_t peer;
    /* a private person or armed man no name, country or town names ("a
    ** man", "the gunman"): the dictionary agent's code ("CVL", "CRM",
    ** "UAF"), for "he" or "him" later; "" for others */
    char role[4];
    char country[4];
    int32_t members[MENT_SET_MAX];   /* ENT_SET */
    int nmembers;
    double salience;            /* as of sentence sal_sent */
    long sal_sent;
    unsigned named;             /* mentions so far */
} ment_entity;

/* What one mention (a noun phrase, or a possessive pronoun) stands for. */
typedef struct ment_ref {
    uint8_t how;                /* ment_how */
    int32_t ent;                /* the entity, or -1: no one the article names */
} ment_ref;

/* A mention the table resolved, for the document's list (dyad mentions). */
typedef struct ment_out {
    long sent;
    uint32_t start, end;        /* its bytes in the text */
    uint8_t how;
    int32_t ent;                /* -1: resolved to no one the article names */
} ment_out;

typedef struct mentions mentions;

/* A new, empty table; NULL when out of memory. Free with mentions_free. */
mentions *mentions_new(void);
void mentions_free(mentions *m);

/* Starts a document: its text (borrowed until the next call), its date
** and the dictionary (borrowed). Keeps the storage. */
void mentions_begin(mentions *m, const dict *d, const char *text, int32_t date);

/* Reads sentence index sent of the document (its analysis and its tokens'
** word ids): introduces the entities it names and resolves the mentions in
** it, in text order, each from what precedes it. -1 on no memory, else 0.
** What it found stays valid until the next call. */
int mentions_sentence(mentions *m, const lang_sent *ls, const dict_wid *ids, long sent);

/* What noun phrase np of the last sentence read stands for; how is
** MREF_NONE when the table knows nothing of it. */
ment_ref mentions_np(const mentions *m, int32_t np);

/* The same for every noun phrase of the last sentence read at once,
** indexed by phrase (0 .. its nphrases), for a caller that walks them
** all; owned by m, valid until the next mentions_sentence. NULL before
** the first sentence. */
const ment_ref *mentions_np_refs(const mentions *m);

/* What the possessive pronoun at token k of the last sentence read stands
** for ("its forces"), as mentions_np. */
ment_ref mentions_token(const mentions *m, uint32_t k);

/* Is code one of CAMEO's region codes ("ASA" Asia, "PGS" the Persian
** Gulf, "WST" the West): three letters like a state's, but no state?
** Reads code only; NULL is none. */
int mentions_region_code(const char *code);

/* The document's entities, numbered from 0 in order of introduction. */
size_t mentions_entity_count(const mentions *m);
const ment_entity *mentions_entity(const mentions *m, int32_t e);

/* The document's resolved mentions so far, in text order. */
size_t mentions_out_count(const mentions *m);
const ment_out *mentions_out(const mentions *m, size_t i);

#endif
