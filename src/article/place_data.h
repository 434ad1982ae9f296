/*
** place_data.h — the shape of the generated gazetteer. The data itself is
** $(BUILD)/gen/places_data.c, written at build time by tools/gen_places.c
** from libgeonames' city list (GeoNames, CC BY 4.0; Debian package
** libgeonames0), iso-codes' country codes and the hand-written lists in
** data/places/. libdyad reads only these tables: it links neither
** libgeonames nor GLib. Everything here is static const: safe to read from
** any thread.
**
** Names are found by their folded key (place_fold: lower case, accents
** and marks and full stops dropped, apostrophes and dashes of every kind
** made ASCII, white space one blank), so "BOGOTA", "Bogota" and "Bogotá"
** are one key, and "St. Louis" and "St Louis" another.
*/
#ifndef DYAD_PLACE_DATA_H
#define DYAD_PLACE_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "base/base.h"   /* base_hash: the generator and the lookup share it */

/* The longest folded key, in bytes; longer text is no place name. */
#define PLACE_KEY_MAX 64
/* The most tokens a place name may span ("Santiago de los Caballeros"). */
#define PLACE_WORDS_MAX 6

/* pc_city.flags */
enum {
    PLACE_CAPITAL = 1,   /* a seat of its country's government (data/places/capitals.txt) */
    PLACE_MAJOR = 2      /* 100,000 people or more, a capital, or named by an alias */
};

/* pc_name.flags: where a name may stand for a place. */
enum {
    PLACE_PLAIN = 1,     /* anywhere: its largest city is major */
    PLACE_GUARDED = 2    /* a common word or person's name (data/places/ambiguous.txt),
                            or a small town's that no other city has and is
                            no English word ("Bakhmut"): only after a
                            preposition of place, with its region, or in a
                            dateline. A name with neither flag needs its
                            region or country: "Commack, N.Y." */
};

/* A country: dyad's code (ISO 3166-1 alpha-3, or CAMEO's ROM, TMP, KSV)
** and its English name as libgeonames gives it. */
typedef struct pc_country {
    char code[4];
    uint32_t name;       /* place_strings + name */
} pc_country;

/* A region (state, province, oblast) of a country. */
typedef struct pc_state {
    uint32_t name;       /* place_strings + name; "" when unknown */
    uint16_t country;    /* index in place_countries */
} pc_state;

/* A city. Coordinates in hundredths of a degree (about a kilometre). */
typedef struct pc_city {
    uint32_t name;       /* place_strings + name: the name dyad writes */
    int16_t lat, lon;    /* north and east positive */
    uint16_t state;      /* index in place_states */
    uint8_t country;     /* index in place_countries */
    uint8_t flags;       /* PLACE_CAPITAL, PLACE_MAJOR */
} pc_city;

/* A folded key and the cities it names, largest first. */
typedef struct pc_name {
    uint32_t key;        /* place_strings + key: the folded key */
    uint16_t first;      /* place_refs[first .. first + count): city indices */
    uint8_t count;
    uint8_t flags;       /* PLACE_PLAIN, PLACE_GUARDED */
} pc_name;

/* Another way to write a region after a city's comma ("Calif."). */
typedef struct pc_state_alias {
    uint32_t key;        /* place_strings + key: folded */
    uint16_t state;      /* index in place_states */
} pc_state_alias;

extern const char place_strings[];
extern const pc_country place_countries[];   /* sorted by code */
extern const uint32_t place_ncountries;
extern const pc_state place_states[];
extern const uint32_t place_nstates;
extern const pc_city place_cities[];
extern const uint32_t place_ncities;
extern const pc_name place_names[];
extern const uint32_t place_nnames;
extern const uint16_t place_refs[];
extern const pc_state_alias place_state_aliases[];
extern const uint32_t place_nstate_aliases;
/* Open addressing, linear probing over the FNV-1a hash of a folded key: a
** slot is 0 for empty, else a place_names index + 1 in the bits of
** place_hash_idx_mask and the key's hash in the others, so that a probe
** turns most other keys down without reading their entry. */
extern const uint32_t place_hash[];
extern const uint32_t place_hash_mask;
extern const uint32_t place_hash_idx_mask;
/* One bit per (hash & place_first_mask) of the first word of every key of
** several words: a token whose bit is clear starts no such name. */
extern const uint8_t place_first_bits[];
extern const uint32_t place_first_mask;


/* Folds n bytes of UTF-8 text s into out (cap bytes, NUL-terminated):
** see above. Returns the folded length, or -1 when it would not fit
** (text longer than any key). place_fold.c; the generator uses it too. */
int place_fold(const char *s, size_t n, char *out, size_t cap);

/* The length of a folded key's first word (up to a blank or a comma). */
static inline size_t place_first_word(const char *key, size_t n)
{
    size_t i = 0;
    while (i < n && key[i] != ' ' && key[i] != ',')
        i++;
    return i;
}

#endif
