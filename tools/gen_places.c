/*
** gen_places.c — writes dyad's gazetteer (places_data.c) at build time:
**
**   gen_places OUT.c ISO_3166-1.json DATA_DIR WORDNET_DIR WORDS.yml
**
** The cities come from libgeonames (Debian packages libgeonames0 and
** libgeonames-dev: GeoNames' cities of 15,000 people or more, compiled
** into the library; GeoNames' data is CC BY 4.0). ISO_3166-1.json is
** iso-codes' country list (alpha-2 to alpha-3). DATA_DIR is data/places:
** capitals.txt, aliases.txt, states.txt, ambiguous.txt, countries.txt,
** each explained at its top. WORDNET_DIR is wordnet-base's /usr/share/wordnet and WORDS.yml
** liblingua-en-tagger-perl's word list (the words of Wall Street Journal
** text): a small town's name that is an English word ("Hope", "Bath") or
** that news already used for something else ("Garcia", "Honda",
** "Monsanto") is left to its region. The output is the tables of src/article/place_data.h, in a
** fixed order, so the same inputs give the same file. Run by
** mk/places.mk; this tool alone links libgeonames (and through it GLib):
** libdyad reads the tables it writes and links neither.
**
** This is a build tool, so it uses malloc directly and exits on any error
** with FILE:LINE and what to do.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <geonames.h>
#include <jansson.h>

#define TOOL_NAME "gen_places"
#include "tool.h"

#include "article/place_data.h"

/* A city of 100,000 people or more is major: it is a place by its name
** alone (issue 9 asks for every one of them). A smaller town is a place by
** its name only after a preposition of place ("outside Bakhmut"), and only
** when no other city has its name and it is no English word; else it
** needs its region ("Commack, N.Y."). */
#define MAJOR_POPULATION 100000

/* Where CAMEO's codes, which dyad's dictionaries use, differ from ISO
** 3166-1 alpha-3 (data/dict/countries.txt says why); Kosovo has no ISO
** code, and GeoNames writes it XK. */
static const struct { const char *a2, *a3; } cameo_codes[] = {
    {"RO", "ROM"}, {"TL", "TMP"}, {"XK", "KSV"},
};

/* ---- tables being built ---- */

typedef struct country {
    char a2[3], a3[4];
    char *name;          /* from libgeonames; NULL until a city names it */
} country;

typedef struct state {
    char *name;
    int country;
} state;

typedef struct city {
    char *name;          /* as written out */
    char *key;           /* folded name */
    double lat, lon;
    unsigned pop;
    int country, state;
    char *state_name;    /* the region's name, until the regions are sorted */
    int flags;           /* PLACE_CAPITAL, PLACE_MAJOR */
    size_t old;          /* its index before the cities are sorted */
} city;

typedef struct name_rec {
    char *key;           /* folded */
    int city;
} name_rec;

static country *countries;
static size_t ncountries;
static state *states;
static size_t nstates, capstates;
static city *cities;
static size_t ncities, capcities;
static name_rec *names;
static size_t nnames, capnames;
static char **guarded;           /* folded keys of ambiguous.txt */
static size_t nguarded;
static struct { char *key; int state; } *state_aliases;
static size_t nstate_aliases;

static char *fold_or_die(const char *s, const char *where)
{
    char buf[PLACE_KEY_MAX * 4];
    int n = place_fold(s, strlen(s), buf, sizeof buf);
    if (n < 0)
        die("%s: the name '%s' is longer than %d bytes folded; raise PLACE_KEY_MAX in "
            "src/article/place_data.h", where, s, PLACE_KEY_MAX);
    return xstrndup(buf, (size_t)n);
}

static int country_by_a2(const char *a2)
{
    for (size_t i = 0; i < ncountries; i++)
        if (strcmp(countries[i].a2, a2) == 0)
            return (int)i;
    return -1;
}

static void add_name(const char *key, int c)
{
    if (nnames == capnames) {
        capnames = capnames ? capnames * 2 : 32768;
        names = xrealloc(names, capnames * sizeof *names);
    }
    names[nnames].key = xstrndup(key, strlen(key));
    names[nnames].city = c;
    nnames++;
}

/* ---- words a small town's name must not be: WordNet's lemmas and the
** tagger corpus's words, folded ---- */

static char **words;
static size_t nwords, capwords;

static void add_word(const char *w)
{
    if (nwords == capwords) {
        capwords = capwords ? capwords * 2 : 65536;
        words = xrealloc(words, capwords * sizeof *words);
    }
    words[nwords++] = xstrndup(w, strlen(w));
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the lemmas of WordNet's index files (underscores made blanks). */
static void read_wordnet(const char *dir)
{
    static const char *const files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
    char path[4096], ln[4096];
    for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[f]);
        FILE *in = fopen(path, "r");
        if (!in)
            die("%s: %s; run 'make deps' (package wordnet-base)", path, strerror(errno));
        while (fgets(ln, sizeof ln, in)) {
            if (ln[0] == ' ')   /* the licence at the top */
                continue;
            char *sp = strchr(ln, ' ');
            if (!sp)
                continue;
            *sp = '\0';
            for (char *p = ln; *p; p++)
                if (*p == '_')
                    *p = ' ';
            add_word(ln);
        }
        fclose(in);
    }
    if (nwords == 0)
        die("%s: no lemma in WordNet's index files; reinstall wordnet-base", dir);
}

/* Reads the keys of Lingua::EN::Tagger's words.yml ("Garcia: { nnp: 19 }",
** "\"U.S.\": { nnp: 9 }"), folded as place names are. */
static void read_tagger_words(const char *path)
{
    FILE *in = fopen(path, "r");
    if (!in)
        die("%s: %s; run 'make deps' (package liblingua-en-tagger-perl)", path, strerror(errno));
    char ln[4096], key[PLACE_KEY_MAX * 4];
    size_t before = nwords;
    while (fgets(ln, sizeof ln, in)) {
        char *s = ln, *e;
        if (ln[0] == '"') {
            s = ln + 1;
            e = strchr(s, '"');
        } else {
            e = strstr(s, ": {");
        }
        if (!e || e == s)
            continue;
        int n = place_fold(s, (size_t)(e - s), key, sizeof key);
        if (n > 0)
            add_word(key);
    }
    fclose(in);
    if (nwords == before)
        die("%s: no word read; is this Lingua::EN::Tagger's words.yml?", path);
}

static int is_word(const char *key)
{
    return bsearch(&key, words, nwords, sizeof *words, str_cmp) != NULL;
}

/* ---- iso-codes: alpha-2 to alpha-3 ---- */

static int country_cmp(const void *a, const void *b)
{
    return strcmp(((const country *)a)->a3, ((const country *)b)->a3);
}

static void read_iso(const char *path)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root)
        die("%s:%d: %s; run 'make deps' (package iso-codes)", path, err.line, err.text);
    json_t *list = json_object_get(root, "3166-1");
    if (!json_is_array(list))
        die("%s: no \"3166-1\" list; is this iso-codes' iso_3166-1.json?", path);
    size_t n = json_array_size(list);
    countries = xmalloc((n + 1) * sizeof *countries);
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(list, i);
        const char *a2 = json_string_value(json_object_get(e, "alpha_2"));
        const char *a3 = json_string_value(json_object_get(e, "alpha_3"));
        if (!a2 || !a3 || strlen(a2) != 2 || strlen(a3) != 3)
            die("%s: entry %zu has no two-letter alpha_2 and three-letter alpha_3", path, i);
        country *c = &countries[ncountries++];
        memcpy(c->a2, a2, 3);
        memcpy(c->a3, a3, 4);
        c->name = NULL;
    }
    json_decref(root);
    /* Kosovo, in GeoNames but not in ISO */
    country *k = &countries[ncountries++];
    memcpy(k->a2, "XK", 3);
    memcpy(k->a3, "XKX", 4);
    k->name = NULL;
    for (size_t i = 0; i < sizeof cameo_codes / sizeof cameo_codes[0]; i++) {
        int c = country_by_a2(cameo_codes[i].a2);
        if (c < 0)
            die("%s: no country %s; update cameo_codes in tools/gen_places.c", path,
                cameo_codes[i].a2);
        memcpy(countries[c].a3, cameo_codes[i].a3, 4);
    }
    /* sorted by code, so that the library finds a code by bisection */
    qsort(countries, ncountries, sizeof *countries, country_cmp);
}

/* ---- libgeonames ---- */

static int state_cmp(const void *pa, const void *pb)
{
    const state *a = pa, *b = pb;
    return a->country != b->country ? (a->country < b->country ? -1 : 1)
                                    : strcmp(a->name, b->name);
}

static int find_state(int c, const char *name)
{
    state k = {(char *)name, c};
    state *s = bsearch(&k, states, nstates, sizeof *states, state_cmp);
    return s ? (int)(s - states) : -1;
}

static void add_state(int c, const char *name)
{
    if (nstates == capstates) {
        capstates = capstates ? capstates * 2 : 4096;
        states = xrealloc(states, capstates * sizeof *states);
    }
    states[nstates].name = xstrndup(name, strlen(name));
    states[nstates].country = c;
    nstates++;
}

/* Every country has an empty region, for cities whose region is unknown. */
static void read_geonames(void)
{
    int n = geonames_get_n_cities();
    if (n <= 0)
        die("libgeonames holds no city; reinstall libgeonames0 ('make deps')");
    for (size_t c = 0; c < ncountries; c++)
        add_state((int)c, "");
    for (int i = 0; i < n; i++) {
        GeonamesCity *g = geonames_get_city(i);
        if (!g)
            die("libgeonames: city %d of %d is missing", i, n);
        const char *name = geonames_city_get_name(g), *cc = geonames_city_get_country_code(g);
        const char *st = geonames_city_get_state(g), *cn = geonames_city_get_country(g);
        int c = cc ? country_by_a2(cc) : -1;
        if (!name || !name[0] || c < 0)
            die("libgeonames: city %d ('%s', country '%s') has no name or an unknown "
                "country code; update tools/gen_places.c", i, name ? name : "", cc ? cc : "");
        if (!countries[c].name && cn && cn[0])
            countries[c].name = xstrndup(cn, strlen(cn));
        if (ncities == capcities) {
            capcities = capcities ? capcities * 2 : 32768;
            cities = xrealloc(cities, capcities * sizeof *cities);
        }
        city *x = &cities[ncities++];
        x->name = xstrndup(name, strlen(name));
        x->key = fold_or_die(name, "libgeonames");
        x->lat = geonames_city_get_latitude(g);
        x->lon = geonames_city_get_longitude(g);
        x->pop = geonames_city_get_population(g);
        x->country = c;
        x->state = -1;
        x->state_name = xstrndup(st ? st : "", st ? strlen(st) : 0);
        x->flags = x->pop >= MAJOR_POPULATION ? PLACE_MAJOR : 0;
        if (st && st[0])
            add_state(c, st);
        geonames_city_free(g);
    }
    /* sort and merge the regions, then point each city at its own */
    qsort(states, nstates, sizeof *states, state_cmp);
    size_t u = 0;
    for (size_t i = 0; i < nstates; i++)
        if (u == 0 || state_cmp(&states[u - 1], &states[i]) != 0)
            states[u++] = states[i];
    nstates = u;
    for (size_t i = 0; i < ncities; i++) {
        cities[i].state = find_state(cities[i].country, cities[i].state_name);
        if (cities[i].state < 0)
            die("internal error: the region of %s was lost", cities[i].name);
    }
    if (nstates > 65535)
        die("%zu regions do not fit pc_state's index", nstates);
}

/* ---- data/places ---- */

typedef struct line_reader {
    FILE *f;
    char path[4096];
    long line;
    char buf[1024];
} line_reader;

static void lr_open(line_reader *r, const char *dir, const char *file)
{
    snprintf(r->path, sizeof r->path, "%s/%s", dir, file);
    r->f = fopen(r->path, "r");
    if (!r->f)
        die("%s: %s", r->path, strerror(errno));
    r->line = 0;
}

/* The next line that is not blank or a comment, split at TABs into at most
** max fields. Returns the number of fields, 0 at the end. */
static int lr_next(line_reader *r, char **fields, int max)
{
    while (fgets(r->buf, sizeof r->buf, r->f)) {
        r->line++;
        size_t n = strlen(r->buf);
        if (n && r->buf[n - 1] != '\n' && !feof(r->f))
            die("%s:%ld: line longer than %zu bytes", r->path, r->line, sizeof r->buf - 2);
        while (n && (r->buf[n - 1] == '\n' || r->buf[n - 1] == '\r'))
            r->buf[--n] = '\0';
        if (n == 0 || r->buf[0] == '#')
            continue;
        int k = 0;
        for (char *p = r->buf; k < max;) {
            fields[k++] = p;
            char *t = strchr(p, '\t');
            if (!t)
                break;
            *t = '\0';
            p = t + 1;
        }
        return k;
    }
    fclose(r->f);
    return 0;
}

/* The largest city of country c whose name or alias folds to key, or -1. */
static int city_named(const char *key, int c)
{
    int best = -1;
    for (size_t i = 0; i < nnames; i++) {
        const city *x = &cities[names[i].city];
        if (x->country == c && strcmp(names[i].key, key) == 0 &&
            (best < 0 || x->pop > cities[best].pop))
            best = names[i].city;
    }
    return best;
}

static int country_or_die(const line_reader *r, const char *a2)
{
    int c = country_by_a2(a2);
    if (c < 0)
        die("%s:%ld: '%s' is no ISO 3166-1 alpha-2 code", r->path, r->line, a2);
    return c;
}

static void read_aliases(const char *dir)
{
    line_reader r;
    char *f[4];
    int k;
    lr_open(&r, dir, "aliases.txt");
    while ((k = lr_next(&r, f, 4)) > 0) {
        if (k < 3 || (k == 4 && strcmp(f[3], "shown") != 0))
            die("%s:%ld: expected 'SPELLING<TAB>CITY<TAB>CC[<TAB>shown]'", r.path, r.line);
        int c = country_or_die(&r, f[2]);
        char *target = fold_or_die(f[1], r.path);
        int x = -1;
        for (size_t i = 0; i < ncities; i++)   /* the library's own name, not an alias */
            if (cities[i].country == c && strcmp(cities[i].key, target) == 0 &&
                (x < 0 || cities[i].pop > cities[x].pop))
                x = (int)i;
        if (x < 0)
            die("%s:%ld: libgeonames has no city '%s' in %s; fix the line", r.path, r.line,
                f[1], f[2]);
        char *key = fold_or_die(f[0], r.path);
        if (strcmp(key, target) != 0)
            add_name(key, x);
        cities[x].flags |= PLACE_MAJOR;
        if (k == 4) {
            free(cities[x].name);
            cities[x].name = xstrndup(f[0], strlen(f[0]));
        }
        free(key);
        free(target);
    }
}

static void read_capitals(const char *dir)
{
    line_reader r;
    char *f[4];
    int k;
    lr_open(&r, dir, "capitals.txt");
    while ((k = lr_next(&r, f, 4)) > 0) {
        if (k != 2 && k != 4)
            die("%s:%ld: expected 'CC<TAB>CAPITAL[<TAB>LAT<TAB>LON]'", r.path, r.line);
        int c = country_or_die(&r, f[0]);
        char *key = fold_or_die(f[1], r.path);
        int x = city_named(key, c);
        if (x < 0 && k == 4) {
            char *end1, *end2;
            double lat = strtod(f[2], &end1), lon = strtod(f[3], &end2);
            if (*end1 || *end2 || lat < -90 || lat > 90 || lon < -180 || lon > 180)
                die("%s:%ld: '%s' '%s' are no latitude and longitude", r.path, r.line, f[2],
                    f[3]);
            if (ncities == capcities) {
                capcities *= 2;
                cities = xrealloc(cities, capcities * sizeof *cities);
            }
            city *n = &cities[ncities];
            n->name = xstrndup(f[1], strlen(f[1]));
            n->key = xstrndup(key, strlen(key));
            n->lat = lat;
            n->lon = lon;
            n->pop = 0;
            n->country = c;
            n->state = find_state(c, "");
            n->state_name = NULL;
            n->flags = 0;
            x = (int)ncities++;
            add_name(key, x);
        } else if (x < 0) {
            die("%s:%ld: libgeonames has no city '%s' in %s; add its spelling there to "
                "aliases.txt, or its coordinates here", r.path, r.line, f[1], f[0]);
        } else if (k == 4) {
            die("%s:%ld: libgeonames has '%s' now: remove the coordinates", r.path, r.line,
                f[1]);
        }
        cities[x].flags |= PLACE_CAPITAL | PLACE_MAJOR;
        free(key);
    }
}

static void read_states(const char *dir)
{
    line_reader r;
    char *f[3];
    int k;
    lr_open(&r, dir, "states.txt");
    while ((k = lr_next(&r, f, 3)) > 0) {
        if (k != 3)
            die("%s:%ld: expected 'FORM<TAB>REGION<TAB>CC'", r.path, r.line);
        int c = country_or_die(&r, f[2]);
        int s = find_state(c, f[1]);
        if (s < 0)
            die("%s:%ld: libgeonames has no region '%s' in %s", r.path, r.line, f[1], f[2]);
        state_aliases = xrealloc(state_aliases, (nstate_aliases + 1) * sizeof *state_aliases);
        state_aliases[nstate_aliases].key = fold_or_die(f[0], r.path);
        state_aliases[nstate_aliases].state = s;
        nstate_aliases++;
    }
}

static void read_country_names(const char *dir)
{
    line_reader r;
    char *f[2];
    int k;
    lr_open(&r, dir, "countries.txt");
    while ((k = lr_next(&r, f, 2)) > 0) {
        if (k != 2 || !f[1][0])
            die("%s:%ld: expected 'CC<TAB>NAME'", r.path, r.line);
        int c = country_or_die(&r, f[0]);
        free(countries[c].name);
        countries[c].name = xstrndup(f[1], strlen(f[1]));
    }
}

static void read_ambiguous(const char *dir)
{
    line_reader r;
    char *f[1];
    lr_open(&r, dir, "ambiguous.txt");
    while (lr_next(&r, f, 1) > 0) {
        char *key = fold_or_die(f[0], r.path);
        int found = 0;
        for (size_t i = 0; i < nnames && !found; i++)
            found = strcmp(names[i].key, key) == 0;
        if (!found)
            die("%s:%ld: no city is named '%s'; remove the line", r.path, r.line, f[0]);
        guarded = xrealloc(guarded, (nguarded + 1) * sizeof *guarded);
        guarded[nguarded++] = key;
    }
}

/* Is key the name of a U.S. state, a Canadian province or an Australian
** state in a country other than city c's? News names those regions
** without their country ("in Ontario", "in Virginia"), so a city of that
** name elsewhere ("Ontario", California; "Virginia", South Africa) must
** be written as a place to be one. Other countries' regions are left out:
** "Gaza" is the city more than Mozambique's province. */
static int region_elsewhere(const char *key, int c)
{
    static char **folded;   /* the regions' names, folded once */
    if (!folded) {
        folded = xmalloc((nstates + 1) * sizeof *folded);
        for (size_t i = 0; i < nstates; i++)
            folded[i] = fold_or_die(states[i].name, "libgeonames");
    }
    for (size_t i = 0; i < nstates; i++)
        if (states[i].country != c && strcmp(folded[i], key) == 0 &&
            (strcmp(countries[states[i].country].a2, "US") == 0 ||
             strcmp(countries[states[i].country].a2, "CA") == 0 ||
             strcmp(countries[states[i].country].a2, "AU") == 0)) {
            if (getenv("GEN_PLACES_VERBOSE"))
                fprintf(stderr, "gen_places: '%s' is also a region of %s\n", key,
                        countries[states[i].country].a3);
            return 1;
        }
    return 0;
}

/* ---- output ---- */

/* Cities in a fixed order: by key, the larger first, then by country and
** place, so that the output does not depend on the library's order. */
static int city_cmp(const void *pa, const void *pb)
{
    const city *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    if (a->pop != b->pop)
        return a->pop > b->pop ? -1 : 1;
    c = strcmp(countries[a->country].a3, countries[b->country].a3);
    if (c)
        return c;
    if (a->lat != b->lat)
        return a->lat < b->lat ? -1 : 1;
    if (a->lon != b->lon)
        return a->lon < b->lon ? -1 : 1;
    return strcmp(a->name, b->name);
}

/* The cities in their final order, for name_cmp. */
static const city *final_cities;

/* Names by key; within a key the larger city first ("washington" finds
** the capital before the English town), then in city order. */
static int name_cmp(const void *pa, const void *pb)
{
    const name_rec *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    unsigned pa_ = final_cities[a->city].pop, pb_ = final_cities[b->city].pop;
    if (pa_ != pb_)
        return pa_ > pb_ ? -1 : 1;
    return (a->city > b->city) - (a->city < b->city);
}

/* The strings, each once, NUL-terminated, as one C literal. */
typedef struct pool {
    char *s;
    size_t len, cap;
} pool;

static uint32_t pool_add(pool *p, const char *s)
{
    size_t n = strlen(s) + 1;
    if (p->len + n > p->cap) {
        p->cap = (p->cap + n) * 2;
        p->s = xrealloc(p->s, p->cap);
    }
    memcpy(p->s + p->len, s, n);
    p->len += n;
    if (p->len > UINT32_MAX)
        die("the string pool outgrew 4 GB");
    return (uint32_t)(p->len - n);
}

static void put_pool(FILE *o, const pool *p)
{
    fputs("const char place_strings[] =\n\"", o);
    size_t col = 0;
    for (size_t i = 0; i + 1 < p->len; i++) {   /* the literal adds the last NUL */
        unsigned char c = (unsigned char)p->s[i];
        if (c == 0)   /* three digits, so that a digit after it is no part of it */
            fputs("\\000", o), col += 4;
        else if (c == '"' || c == '\\')
            fprintf(o, "\\%c", c), col += 2;
        else if (c < 0x20 || c >= 0x7f)
            fprintf(o, "\\%03o", c), col += 4;
        else
            fputc(c, o), col++;
        if (col > 72 && c == 0) {
            fputs("\"\n\"", o);
            col = 0;
        }
    }
    fputs("\";\n\n", o);
}

static int16_t centi(double deg)
{
    double v = deg * 100.0;
    return (int16_t)(v < 0 ? v - 0.5 : v + 0.5);
}

static void write_out(const char *out)
{
    /* cities in their final order, with the name records renumbered */
    size_t *order = xmalloc(ncities * sizeof *order);
    city *sorted = xmalloc(ncities * sizeof *sorted);
    memcpy(sorted, cities, ncities * sizeof *cities);
    for (size_t i = 0; i < ncities; i++)
        sorted[i].old = i;
    qsort(sorted, ncities, sizeof *sorted, city_cmp);
    size_t ncapitals = 0;
    for (size_t i = 0; i < ncities; i++) {
        order[sorted[i].old] = i;
        ncapitals += (sorted[i].flags & PLACE_CAPITAL) != 0;
    }
    for (size_t i = 0; i < nnames; i++)
        names[i].city = (int)order[names[i].city];
    final_cities = sorted;
    qsort(names, nnames, sizeof *names, name_cmp);
    if (ncities > 65535)
        die("%zu cities do not fit place_refs' index", ncities);

    pool p = {0};
    pool_add(&p, "");
    uint32_t *cname = xmalloc(ncities * sizeof *cname);
    for (size_t i = 0; i < ncities; i++)
        cname[i] = pool_add(&p, sorted[i].name);
    uint32_t *sname = xmalloc(nstates * sizeof *sname);
    for (size_t i = 0; i < nstates; i++)
        sname[i] = states[i].name[0] ? pool_add(&p, states[i].name) : 0;
    uint32_t *kname = xmalloc(ncountries * sizeof *kname);
    for (size_t i = 0; i < ncountries; i++)
        kname[i] = countries[i].name ? pool_add(&p, countries[i].name) : 0;
    uint32_t *aname = xmalloc((nstate_aliases + 1) * sizeof *aname);
    for (size_t i = 0; i < nstate_aliases; i++)
        aname[i] = pool_add(&p, state_aliases[i].key);

    /* groups of one key */
    size_t ngroups = 0;
    size_t *gfirst = xmalloc((nnames + 1) * sizeof *gfirst);
    for (size_t i = 0; i < nnames; i++)
        if (i == 0 || strcmp(names[i].key, names[i - 1].key) != 0)
            gfirst[ngroups++] = i;
    gfirst[ngroups] = nnames;
    if (ngroups >= 65535)
        die("%zu names do not fit the hash's index", ngroups);
    uint32_t *gkey = xmalloc(ngroups * sizeof *gkey);
    int *gflags = xmalloc(ngroups * sizeof *gflags);
    size_t nplain = 0, nguard = 0, nqual = 0, multi = 0, nsmall = 0, nregion = 0;
    for (size_t g = 0; g < ngroups; g++) {
        const name_rec *nr = &names[gfirst[g]];
        size_t count = gfirst[g + 1] - gfirst[g];
        if (count > 255)
            die("%zu cities are named '%s'; pc_name.count holds 255", count, nr->key);
        gkey[g] = pool_add(&p, nr->key);
        int is_guarded = 0;
        for (size_t k = 0; k < nguarded; k++)
            is_guarded |= strcmp(guarded[k], nr->key) == 0;
        int major = (sorted[nr->city].flags & PLACE_MAJOR) != 0;
        int small_unique = !major && count == 1 && !is_word(nr->key);
        /* "Ontario" is the province more often than the Californian city */
        int region = major && region_elsewhere(nr->key, sorted[nr->city].country);
        gflags[g] = is_guarded || small_unique || (major && region) ? PLACE_GUARDED
                    : major ? PLACE_PLAIN : 0;
        nregion += major && region && !is_guarded;
        nsmall += small_unique && !is_guarded;
        nplain += gflags[g] == PLACE_PLAIN;
        nguard += gflags[g] == PLACE_GUARDED;
        nqual += gflags[g] == 0;
        multi += strchr(nr->key, ' ') != NULL;
    }

    uint32_t hsize = 1;
    while (hsize < ngroups * 2)
        hsize <<= 1;
    uint32_t idx_mask = 0xFFFF;
    uint32_t *hash = calloc(hsize, sizeof *hash);
    uint32_t fsize = 65536;   /* bits */
    uint8_t *first = calloc(fsize / 8, 1);
    if (!hash || !first)
        die("out of memory");
    for (size_t g = 0; g < ngroups; g++) {
        const char *key = names[gfirst[g]].key;
        size_t klen = strlen(key);
        uint32_t full = base_hash(BASE_HASH_SEED, key, klen);
        uint32_t h = full & (hsize - 1);
        while (hash[h])
            h = (h + 1) & (hsize - 1);
        hash[h] = (full & ~idx_mask) | (uint32_t)(g + 1);
        size_t fw = place_first_word(key, klen);
        if (fw < klen) {
            uint32_t b = base_hash(BASE_HASH_SEED, key, fw) & (fsize - 1);
            first[b / 8] |= (uint8_t)(1u << (b % 8));
        }
    }

    char tmp[4096];
    FILE *o = tool_begin_out(out, tmp);
    fprintf(o, "/* Generated by tools/gen_places.c from libgeonames' cities (GeoNames,\n"
               "** CC BY 4.0; Debian libgeonames0), iso-codes' iso_3166-1.json and\n"
               "** data/places/. Do not edit; rebuild instead.\n"
               "** %zu cities (%zu capitals), %zu names: %zu plain, %zu guarded (%zu of\n"
               "** them small towns', %zu regions' elsewhere), %zu that need their\n"
               "** region; %zu regions, %zu countries. */\n"
               "#include \"article/place_data.h\"\n\n", ncities, ncapitals,
            ngroups, nplain, nguard, nsmall, nregion, nqual, nstates, ncountries);
    put_pool(o, &p);
    fprintf(o, "const pc_country place_countries[] = {\n");
    for (size_t i = 0; i < ncountries; i++)
        fprintf(o, "{\"%s\",%u},\n", countries[i].a3, kname[i]);
    fprintf(o, "};\nconst uint32_t place_ncountries = %zu;\n\n", ncountries);
    fprintf(o, "const pc_state place_states[] = {\n");
    for (size_t i = 0; i < nstates; i++)
        fprintf(o, "{%u,%d},%s", sname[i], states[i].country, i % 8 == 7 ? "\n" : "");
    fprintf(o, "};\nconst uint32_t place_nstates = %zu;\n\n", nstates);
    fprintf(o, "const pc_city place_cities[] = {\n");
    for (size_t i = 0; i < ncities; i++) {
        const city *x = &sorted[i];
        fprintf(o, "{%u,%d,%d,%d,%d,%d},%s", cname[i], centi(x->lat), centi(x->lon), x->state,
                x->country, x->flags, i % 4 == 3 ? "\n" : "");
    }
    fprintf(o, "};\nconst uint32_t place_ncities = %zu;\n\n", ncities);
    fprintf(o, "const pc_name place_names[] = {\n");
    for (size_t g = 0; g < ngroups; g++)
        fprintf(o, "{%u,%zu,%zu,%d},%s", gkey[g], gfirst[g], gfirst[g + 1] - gfirst[g],
                gflags[g], g % 4 == 3 ? "\n" : "");
    fprintf(o, "};\nconst uint32_t place_nnames = %zu;\n\n", ngroups);
    fprintf(o, "const uint16_t place_refs[] = {\n");
    for (size_t i = 0; i < nnames; i++)
        fprintf(o, "%d,%s", names[i].city, i % 16 == 15 ? "\n" : "");
    fprintf(o, "};\n\nconst pc_state_alias place_state_aliases[] = {\n");
    for (size_t i = 0; i < nstate_aliases; i++)
        fprintf(o, "{%u,%d},\n", aname[i], state_aliases[i].state);
    fprintf(o, "};\nconst uint32_t place_nstate_aliases = %zu;\n\n", nstate_aliases);
    fprintf(o, "const uint32_t place_hash[] = {\n");
    for (uint32_t h = 0; h < hsize; h++)
        fprintf(o, "%u,%s", hash[h], h % 16 == 15 ? "\n" : "");
    fprintf(o, "};\nconst uint32_t place_hash_mask = %u;\n", hsize - 1);
    fprintf(o, "const uint32_t place_hash_idx_mask = %u;\n\n", idx_mask);
    fprintf(o, "const uint8_t place_first_bits[] = {\n");
    for (uint32_t b = 0; b < fsize / 8; b++)
        fprintf(o, "%u,%s", first[b], b % 32 == 31 ? "\n" : "");
    fprintf(o, "};\nconst uint32_t place_first_mask = %u;\n", fsize - 1);
    tool_finish_out(o, tmp, out);
    fprintf(stderr, "gen_places: %zu cities, %zu names (%zu plain, %zu guarded of which %zu "
            "small towns', %zu with region), %zu of several words, %zu regions, %zu string "
            "bytes -> %s\n", ncities, ngroups, nplain, nguard, nsmall, nqual, multi, nstates,
            p.len, out);
}

int main(int argc, char **argv)
{
    if (argc != 6)
        die("usage: gen_places OUT.c ISO_3166-1.json DATA_DIR WORDNET_DIR WORDS.yml");
    read_wordnet(argv[4]);
    read_tagger_words(argv[5]);
    qsort(words, nwords, sizeof *words, str_cmp);
    read_iso(argv[2]);
    read_geonames();
    for (size_t i = 0; i < ncities; i++)
        add_name(cities[i].key, (int)i);
    read_aliases(argv[3]);
    read_capitals(argv[3]);
    read_states(argv[3]);
    read_ambiguous(argv[3]);
    read_country_names(argv[3]);
    write_out(argv[1]);
    return 0;
}
