/*
** place.h — places named in an article: cities from the gazetteer
** (place_data.h, generated from libgeonames) and countries from the
** dictionary, found in a sentence or a dateline, and what they say of an
** event: where it happened (GDELT's ActionGeo) and, for a city standing
** as an event's target, which country it is (docs/coder.md, "Places").
** Part of the article stage: it reads sentences, phrases and dictionary
** matches and knows nothing of events; the coder asks it. Internal to
** libdyad.
*/
#ifndef DYAD_ARTICLE_PLACE_H
#define DYAD_ARTICLE_PLACE_H

#include <stddef.h>
#include <stdint.h>

#include "article/place_data.h"
#include "dict/dict.h"
#include "lang/analyze.h"

/* The most places kept for one sentence; later ones are left out. */
#define PLACE_MAX 32

/* place_mention.flags */
enum {
    PM_GUARDED = 1,     /* an ambiguous name (data/places/ambiguous.txt): a
                           place only after a preposition of place, never a
                           target by itself */
    PM_QUALIFIED = 2,   /* its region or country follows: "Paris, Texas" */
    PM_ACTOR = 4,       /* the dictionary names it (a capital: "Moscow" is
                           RUS): an actor as much as a place */
    PM_POSSESSOR = 8    /* a country owning what follows ("Canada's lobbying
                           strategy"): where only as the target itself */
};

/* A place a sentence names. */
typedef struct place_mention {
    uint32_t first, end;   /* its tokens, a region after a comma included */
    int32_t city;          /* index in place_cities, or -1 for a country */
    char country[4];       /* dyad's code: "UKR" */
    uint8_t flags;         /* PM_* */
} place_mention;

/* Where an event's place came from (place_where). */
typedef enum place_from {
    PLACE_FROM_NONE = 0,
    PLACE_FROM_CLAUSE,     /* the event's own clause: "shelled a school in Kharkiv" */
    PLACE_FROM_SENTENCE,   /* another clause of its sentence: "Speaking in Kyiv, ..." */
    PLACE_FROM_DATELINE    /* the article's dateline, when the sentence names none */
} place_from;

/* ---- the gazetteer (place.c) ---- */

/* The place_names index of the n bytes of text s (folded first), or -1. */
int32_t place_lookup(const char *s, size_t n);
/* The same for a key folded already (place_fold). */
int32_t place_lookup_key(const char *key, size_t n);
/* The same, with the key's hash given: base_hash(BASE_HASH_SEED, key, n). */
int32_t place_lookup_hashed(const char *key, size_t n, uint32_t hash);

/* The city's name, its region's ("" when unknown), its country's code and
** English name ("" when unknown). city must be a valid index. */
const char *place_city_name(int32_t city);
const char *place_city_state(int32_t city);
const char *place_city_country(int32_t city);
const char *place_country_name(const char *code);
/* The place_countries index of a country's code ("UKR"), or -1. */
int32_t place_country_index(const char *code);
/* Its coordinates in degrees, north and east positive. */
double place_city_lat(int32_t city);
double place_city_lon(int32_t city);

/* ---- in a sentence (place_scan.c) ---- */

/* Finds the places sentence ls names, in order, into out (at most
** PLACE_MAX). ids are the dictionary's ids of its tokens; date (yyyymmdd,
** 0 for none) dates the dictionary's names. Returns the number found.
** Allocates nothing. */
size_t place_scan(const lang_sent *ls, const dict *d, const dict_wid *ids, int32_t date,
                  place_mention *out);

/* The place a dateline names ("KHARKIV, Ukraine, March 3 (dyad wire) -"):
** a city at its start, told from its namesakes by a region or country
** after it. n tokens of text, ids their dictionary ids. Returns 1 and
** fills *out, or 0. */
int place_dateline(const char *text, const dyad_token *toks, size_t n, const dict *d,
                   const dict_wid *ids, int32_t date, place_mention *out);

/* The city that the words before token head of a noun phrase starting at
** first name, when they are one proper name the gazetteer knows as a
** place standing alone (PLACE_PLAIN) right before the head, with only
** determiners, numbers and adjectives before it: "a 36-year-old Leeds
** man", "two Kisumu residents", "Leeds police". A person or force so
** described is that city's country's (docs/coder.md, "People and police
** described by their town"). Returns the city's index in place_cities
** (the largest of the name), or -1. Asks nothing of the dictionary: the
** caller has found no actor in those words. */
int32_t place_modifier_city(const lang_sent *ls, uint32_t first, uint32_t head);

/* The city that describes a private person, the police or firms the words
** from token first to end of ls name (an agent of kind CVL, CRM, COP or
** BUS at the end, place_modifier_city right before it, after a proper
** name by its tags): "a 36-year-old Leeds man", "Leeds police", "New York
** bankers" (twelfth session). Such people are the
** city's country's, for the coder (town_actor) and the mentions that
** stand for them alike. Returns the city's index in place_cities and sets
** *agent to the dictionary's agent, or returns -1. ids are the
** dictionary's ids of ls's tokens. */
int32_t place_town_agent(const lang_sent *ls, const dict *d, const dict_wid *ids,
                         uint32_t first, uint32_t end, const dict_agent **agent);

/* A city named at token i of toks[0..n) (of text) that the words alone,
** with no tagger, show to be a place: with its region or country after a
** comma ("Reading, Berkshire"), or, a city that needs none, right after
** "in", "near" or "outside" and followed by no other capitalized word.
** For a cheap pass over a whole document. Returns the tokens it spans,
** with *out filled, or 0. */
size_t place_text_at(const char *text, const dyad_token *toks, size_t n, size_t i,
                     const dict *d, const dict_wid *ids, int32_t date, place_mention *out);

/* ---- what places say of an event (place_event.c) ---- */

/* Where the event of clause ci happened, of the n places pm of its
** sentence: a place after a preposition of place in the clause ("in
** Kharkiv", "near the port of Odesa"); else its target tgt_np (-1 for
** none) when that is a city standing as a place ("shelled Kharkiv"), or a
** capital or country when the act is physical ("missiles struck Kyiv");
** else a place after a preposition of place elsewhere in the sentence,
** unless the clause is another's complement (what is reported).
** A city beats a country. Returns the mention and sets *from, or NULL
** (the caller may fall back to the dateline). */
const place_mention *place_where(const place_mention *pm, size_t n, const lang_sent *ls,
                                 size_t ci, int32_t tgt_np, int physical, place_from *from);

/* The country of a city standing as clause ci's target: in noun phrase np
** ("shelled Kharkiv", "the port of Odesa"), or, when pps, in a PP of the
** clause that does not only say where ("sent aid to Kharkiv", not "in
** Kharkiv"; in a meeting only "to": "met at The Hague" says where).
** Ambiguous names never count. Returns the mention, or NULL. */
const place_mention *place_target(const place_mention *pm, size_t n, const lang_sent *ls,
                                  size_t ci, int32_t np, int pps, int meeting);

/* Does preposition prep (a lemma, or NULL) only say where: "in", "near"? */
int place_only_where(const char *prep);

/* The capital that tokens [first, end) are, alone ("Beijing", "the
** Kremlin" is none), or NULL. */
const place_mention *place_capital_at(const place_mention *pm, size_t n, const lang_sent *ls,
                                      uint32_t first, uint32_t end);

#endif
