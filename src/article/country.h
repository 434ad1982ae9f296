/*
** country.h — the country of a whole document, for an agent that names
** none ("the government said", "police arrested ..."): the country its
** dateline names, and the country its actor names name most often, counted
** in one cheap pass over the document's words before any sentence is
** coded, or the one its title names in a story with no dateline
** (docs/coder.md, "An agent's country"). Part of the article stage:
** it reads the text stage's tokens and the dictionary, never the coder.
** Internal to libdyad.
*/
#ifndef DYAD_ARTICLE_COUNTRY_H
#define DYAD_ARTICLE_COUNTRY_H

#include "dict/dict.h"
#include "dyad.h"

#include <stddef.h>
#include <stdint.h>

/* How often a country is named, and where first. */
typedef struct country_tally {
    char cc[4];
    int count;
    uint32_t start, end;        /* the bytes of its first name */
} country_tally;

/* A dateline that names a country, and the sentence from which it holds. */
typedef struct country_dateline_at {
    long sent;
    char cc[4];                 /* the country its bare agents take (it may
                                ** yield to the story's state: country.c) */
    char where[4];              /* where the story was filed, never yielded:
                                ** what "here" and a place near it mean */
    uint32_t start, end;        /* the bytes of the name that gave it */
} country_dateline_at;

typedef struct doc_country {
    country_dateline_at *datelines;   /* in order: the document's dateline,
                                ** then those that open a sentence of a
                                ** digest ("MANILA - Communist rebels ...");
                                ** owned here */
    size_t ndatelines, datelines_cap;
    char dominant[4];           /* the article's country by count; "" when none */
    int dominant_count;         /* how often it is named */
    uint32_t dominant_start, dominant_end;   /* the bytes of its first name */
    country_tally *tally;       /* every country named, in order of first
                                ** name; owned here, kept from one document
                                ** to the next */
    size_t ntally, tally_cap;
    char title_cc[4];           /* the one country the title names; "" when
                                ** it names none or several */
    int titled;                 /* 1 when country_decide made the title's
                                ** country dominant */
    char leg_cc[4];             /* the state whose legislature the body names
                                ** ("the U.S. Congress", "Canadian lawmakers",
                                ** "the Knesset"); "" when none */
    int leg_mixed;              /* 1 when it names two states' legislatures, or
                                ** an organisation's ("the European Parliament") */
} doc_country;

/* Starts dc afresh for a document (keeps the tally's storage). */
void country_begin(doc_country *dc);

/* Frees what dc holds (not dc itself). */
void country_free(doc_country *dc);

/* Reads the n tokens (with their word ids) of sentence sent, a dateline:
** the first name the dictionary gives a country on date holds from there
** on. -1 on no memory, 1 when it recorded a country, else 0. */
int country_dateline(doc_country *dc, const dict *d, const dyad_token *toks,
                     const dict_wid *ids, size_t n, int32_t date, long sent);

/* After country_dateline on sentence sent: when the dictionary named no
** country there, the city the gazetteer found in it (pm, place_dateline:
** "CHICAGO, March 3 -", "RIO DE JANEIRO, ...") counts as one name of its
** country, as the dictionary names that country on date (Frankfurt's is
** West Germany in 1987); it does not place the story as a capital does.
** Not a city the dictionary names as another actor ("BRUSSELS", the
** European Community). -1 on no memory, else 0. */
struct place_mention;
int country_dateline_place(doc_country *dc, const dict *d, const struct place_mention *pm,
                           const dyad_token *toks, int32_t date, long sent);

/* The same for a body sentence that opens with a dateline of its own, as
** the items of a digest do, and as a story does whose first words the
** splitter kept ("TORONTO, March 5 - <Acme Ltd> said"): words in
** capitals, perhaps a date after a comma, then a dash ("MANILA - ", "NEW
** DELHI, March 3 -- "). text is the document's. *at and *len are set to
** the dateline's tokens before the dash (*len 0 when the sentence opens
** with none), for country_dateline_place. -1 on no memory, 1 when the
** dictionary named a country there, else 0. */
int country_inline_dateline(doc_country *dc, const dict *d, const char *text,
                            const dyad_token *toks, const dict_wid *ids, size_t n,
                            int32_t date, long sent, size_t *at, size_t *len);

/* The dateline that holds at sentence sent: the last one at or before it,
** or NULL. */
const country_dateline_at *country_dateline_for(const doc_country *dc, long sent);

/* Counts the countries that the actor names in one sentence's n tokens
** (of text) name on date: countries, cities the dictionary knows, people
** and institutions by their codes' countries; a name starts with a
** capital. Notes too whose legislature a name gives (leg_cc, leg_mixed):
** a legislature's code, or a state's name before a legislature's agent
** ("U.S. lawmakers"). -1 on no memory, else 0. */
int country_count(doc_country *dc, const dict *d, const char *text, const dyad_token *toks,
                  const dict_wid *ids, size_t n, int32_t date);

/* Reads the n tokens (with their word ids) of the document's title, of
** text: the country it names, when it names one only, by its actor
** names or a city the words show to be a place ("Arrests made in theft
** of statue in England", "Mine collapse in Oruro, Bolivia"), into
** title_cc. The caller reads the title only of a story with no
** dateline: a dateline places the story. */
void country_title(doc_country *dc, const dict *d, const char *text, const dyad_token *toks,
                   const dict_wid *ids, size_t n, int32_t date);

/* After every sentence is counted: the dominant country, the one named
** most often, at least twice and more often than any other; but the
** title's one country (country_title) when the body names it too: a
** headline says where the story is better than names in passing ("US
** dollars", a work of art called "America"). */
void country_decide(doc_country *dc);

#endif
