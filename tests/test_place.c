/*
** test_place.c — the gazetteer and the places of the article stage: the
** generated table (known cities with their country and rough coordinates,
** every capital, every major city found by its own name), how names are
** folded, the places found in sentences and datelines (ambiguous names,
** regions after a comma), and where each coded event happened. Sentences
** are written for this test in news style; they are coded with data/dict.
*/
#include "check.h"
#include "dyad.h"
#include "article/place.h"
#include "dict/dict.h"
#include "lang/analyze.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- folding ---- */

static void test_fold(void)
{
    static const struct { const char *in, *want; } cases[] = {
        {"Bogotá", "bogota"},
        {"BOGOTA", "bogota"},
        {"St. Louis", "st louis"},
        {"Łódź", "lodz"},
        {"Dar‘ā", "dar'a"},
        {"Ts’khinvali", "ts'khinvali"},
        {"São  Paulo\n", "sao paulo"},
        {"Ürümqi", "urumqi"},
        {"Tromsø", "tromso"},
        {"Washington, D.C.", "washington, dc"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[PLACE_KEY_MAX + 1];
        int n = place_fold(cases[i].in, strlen(cases[i].in), out, sizeof out);
        if (!CHECK(n >= 0))
            continue;
        CHECK_STR(out, cases[i].want);
        CHECK_INT(n, strlen(cases[i].want));
    }
    char small[4];
    CHECK_INT(place_fold("Kharkiv", 7, small, sizeof small), -1);   /* does not fit */
    CHECK_INT(place_fold("Kharkiv", 7, small, 0), -1);
}

/* ---- the generated table ---- */

/* The first city the name finds, or -1. */
static int32_t first_city(const char *name)
{
    int32_t g = place_lookup(name, strlen(name));
    return g < 0 ? -1 : place_refs[place_names[g].first];
}

static void test_cities(void)
{
    static const struct {
        const char *query, *name, *country;
        double lat, lon;
        int capital;
    } cities[] = {
        {"Kyiv", "Kyiv", "UKR", 50.45, 30.52, 1},
        {"Kiev", "Kyiv", "UKR", 50.45, 30.52, 1},            /* aliases.txt */
        {"KHARKIV", "Kharkiv", "UKR", 49.98, 36.25, 0},
        {"Odesa", "Odessa", "UKR", 46.49, 30.74, 0},
        {"Bombay", "Mumbai", "IND", 19.07, 72.88, 0},
        {"Bogota", "Bogotá", "COL", 4.61, -74.08, 1},       /* folded */
        {"Washington", "Washington D.C.", "USA", 38.90, -77.04, 1},
        {"Abu Dhabi", "Abu Dhabi", "ARE", 24.45, 54.40, 1},  /* shown */
        {"Astana", "Astana", "KAZ", 51.18, 71.45, 1},
        {"Singapore", "Singapore", "SGP", 1.29, 103.85, 1},   /* capitals.txt's coordinates */
        {"Nouakchott", "Nouakchott", "MRT", 18.09, -15.98, 1},
        {"Sao Paulo", "São Paulo", "BRA", -23.55, -46.64, 0},
        {"Ho Chi Minh City", "Ho Chi Minh City", "VNM", 10.82, 106.63, 0},
        {"Bucharest", "Bucharest", "ROM", 44.43, 26.11, 1},  /* CAMEO's code */
        {"Pristina", "Pristina", "KSV", 42.67, 21.17, 1},
        {"Dili", "Dili", "TMP", -8.56, 125.57, 1},
        {"Buenos Aires", "Buenos Aires", "ARG", -34.61, -58.38, 1},
        {"Lagos", "Lagos", "NGA", 6.45, 3.39, 0},
    };
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        int32_t c = first_city(cities[i].query);
        if (!check_at(__FILE__, __LINE__, c >= 0, cities[i].query))
            continue;
        CHECK_STR(place_city_name(c), cities[i].name);
        CHECK_STR(place_city_country(c), cities[i].country);
        char what[128];
        snprintf(what, sizeof what, "%s near %.2f, %.2f", cities[i].query, cities[i].lat,
                 cities[i].lon);
        check_at(__FILE__, __LINE__,
                 fabs(place_city_lat(c) - cities[i].lat) < 0.3 &&
                     fabs(place_city_lon(c) - cities[i].lon) < 0.3, what);
        CHECK_INT((place_cities[c].flags & PLACE_CAPITAL) != 0, cities[i].capital);
    }
    /* namesakes: the largest first, the others kept for their regions */
    int32_t g = place_lookup("Paris", 5);
    if (CHECK(g >= 0) && CHECK(place_names[g].count >= 2)) {
        CHECK_STR(place_city_country(place_refs[place_names[g].first]), "FRA");
        int texas = 0;
        for (uint32_t r = 0; r < place_names[g].count; r++)
            texas |= strcmp(place_city_state(place_refs[place_names[g].first + r]), "Texas") == 0;
        CHECK(texas);
    }
    CHECK_STR(place_country_name("JOR"), "Jordan");   /* countries.txt */
    CHECK_STR(place_country_name("UKR"), "Ukraine");
    CHECK_STR(place_country_name("EUR"), "");         /* a region, no country */
    CHECK_INT(place_lookup("Gondor", 6), -1);
    CHECK_INT(place_lookup("", 0), -1);
}

/* Where names may stand for places. */
static void test_name_flags(void)
{
    static const struct { const char *name; int flags; } names[] = {
        {"Kharkiv", PLACE_PLAIN},
        {"Jackson", PLACE_GUARDED},     /* ambiguous.txt: a person's name */
        {"Toyota", PLACE_GUARDED},      /* ambiguous.txt: a firm's */
        {"Bakhmut", PLACE_GUARDED},     /* a small town's unique name */
        {"Ontario", PLACE_GUARDED},     /* the Canadian province's, more often */
        {"Commack", PLACE_GUARDED},     /* likewise */
        {"Kenosha", 0},                 /* a small town the tagger's corpus knows: its region */
        {"Bath", 0},                    /* a small town named by a word */
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int32_t g = place_lookup(names[i].name, strlen(names[i].name));
        if (check_at(__FILE__, __LINE__, g >= 0, names[i].name))
            CHECK_INT(place_names[g].flags, names[i].flags);
    }
}

/* Every capital of data/places/capitals.txt is in the table, and every
** city of 100,000 people or more is found by its own name. */
static void test_coverage(void)
{
    char path[4096];
    if (!CHECK(dyad_data_path(path, sizeof path, "places/capitals.txt") >= 0))
        return;
    FILE *f = fopen(path, "r");
    if (!check_at(__FILE__, __LINE__, f != NULL, path))
        return;
    char ln[256];
    long lines = 0;
    while (fgets(ln, sizeof ln, f))
        lines += ln[0] != '#' && ln[0] != '\n';
    fclose(f);
    long capitals = 0, major = 0, found = 0;
    for (uint32_t c = 0; c < place_ncities; c++) {
        capitals += (place_cities[c].flags & PLACE_CAPITAL) != 0;
        if (!(place_cities[c].flags & PLACE_MAJOR))
            continue;
        major++;
        const char *name = place_city_name((int32_t)c);
        int32_t g = place_lookup(name, strlen(name));
        int in = 0;
        for (uint32_t r = 0; g >= 0 && r < place_names[g].count; r++)
            in |= place_refs[place_names[g].first + r] == c;
        if (in)
            found++;
        else
            fprintf(stderr, "major city %s (%s) is not found by its name\n", name,
                    place_city_country((int32_t)c));
    }
    CHECK_INT(capitals, lines);
    CHECK(lines >= 197);     /* the 193 UN members, the Vatican, Palestine, Kosovo, Taiwan */
    CHECK_INT(found, major);
    CHECK(major > 4400);     /* libgeonames' 4,471 of 100,000 or more, less namesakes' */
    CHECK(place_ncities > 24000);
    printf("gazetteer: %u cities, %ld of them major (100,000 people or more, a capital, or "
           "named by an alias), all found by name; %ld capitals\n",
           place_ncities, major, capitals);
}

/* ---- places in sentences ---- */

typedef struct fixture {
    dyad_dict *dd;
    const dict *d;
    dyad_text *text;
    lang_analyzer *lang;
} fixture;

/* The places of text (one sentence, or a dateline and a sentence) written
** "Name/CODE" with a blank between; a country alone as "-/CODE". */
static void places_of(fixture *fx, const char *text, char *out, size_t cap)
{
    out[0] = '\0';
    if (dyad_text_split(fx->text, text, strlen(text)) != DYAD_OK)
        return;
    const dyad_sentence *se = dyad_text_sentences(fx->text);
    const dyad_token *tk = dyad_text_tokens(fx->text);
    size_t len = 0;
    for (size_t s = 0; s < dyad_text_sentence_count(fx->text); s++) {
        const dyad_token *toks = tk + se[s].tok_first;
        size_t n = se[s].tok_count;
        dict_word w[256];
        dict_wid ids[256];
        if (n > 256)
            return;
        for (size_t i = 0; i < n; i++) {
            w[i].s = text + toks[i].start;
            w[i].len = toks[i].len;
        }
        dict_word_ids(fx->d, w, n, ids);
        place_mention pm[PLACE_MAX];
        size_t np = 0;
        if (se[s].kind == DYAD_SENT_DATELINE) {
            np = (size_t)place_dateline(text, toks, n, fx->d, ids, 20240506, pm);
        } else {
            lang_sent ls;
            if (lang_analyze(fx->lang, text, toks, n, &ls) != DYAD_OK)
                return;
            np = place_scan(&ls, fx->d, ids, 20240506, pm);
        }
        for (size_t k = 0; k < np; k++)
            len += (size_t)snprintf(out + len, len < cap ? cap - len : 0, "%s%s/%s",
                                    len ? " " : "", pm[k].city >= 0 ? place_city_name(pm[k].city) : "-",
                                    pm[k].country);
    }
}

static void test_scan(fixture *fx)
{
    static const struct { const char *text, *want; } cases[] = {
        /* a city is a whole proper name, not part of one */
        {"Michael Jordan met fans in Paris.", "Paris/FRA"},
        {"The Washington Post cited officials in Washington state.", ""},
        {"Hurricane Florence forced Cuba to evacuate its coast.", "-/CUB"},
        {"Crowds gathered in Greater London.", "London/GBR"},
        /* a region or country after the comma chooses among namesakes */
        {"The envoy flew from Tbilisi, Georgia, to Athens, Ga., on Friday.",
         "Tbilisi/GEO Athens/USA"},
        {"Chinese investors toured Paris, Texas.", "Paris/USA"},
        {"Strikes hit Kharkiv, Ukraine, overnight.", "Kharkiv/UKR"},
        /* the dictionary's country wins over a city of its name */
        {"Armenia and Azerbaijan signed a deal in Moscow.", "-/ARM -/AZE Moscow/RUS"},
        /* a plural is a people, not a country */
        {"Israeli troops detained five Palestinians.", ""},
        {"Iraqi troops surrounded the Iranians.", ""},
        {"Dutch ships sailed from the Netherlands to the Philippines.", "-/NLD -/PHL"},
        {"Dutch ships sailed from the Netherlands.", "-/NLD"},
        /* initials are no place; a small town needs its region */
        {"ICO delegates met in London.", "London/GBR"},
        {"Police in Kenosha arrested a man.", ""},
        {"Police in Kenosha, Wis., arrested a man.", "Kenosha/USA"},
        {"Police in Commack arrested a man.", "Commack/USA"},
        /* ambiguous names stand as they are written */
        {"Jackson's aides flew to Moscow.", "Moscow/RUS"},
        {"Talks were held in Jackson, Mississippi.", "Jackson/USA"},
        /* datelines: the city first, its region or country after */
        {"NEW YORK, March 3 (dyad wire) - Talks began.", "New York/USA"},
        {"COMMACK, N.Y., Feb 26 - Talks began.", "Commack/USA"},
        {"KHARKIV, Ukraine, May 3 (dyad wire) - Talks began.", "Kharkiv/UKR"},
        {"SALVADOR, Brazil, May 1 - Talks began.", "Salvador/BRA"},
        {"WASHINGTON (dyad wire) - Talks began.", "Washington D.C./USA"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[512];
        places_of(fx, cases[i].text, got, sizeof got);
        if (!check_str_at(__FILE__, __LINE__, got, cases[i].want, "places found"))
            fprintf(stderr, "    in:   %s\n", cases[i].text);
    }
    /* namesakes told apart by region: Portland, Oregon, and Portland, Maine */
    static const struct { const char *text; double lat; } portland[] = {
        {"PORTLAND, Ore., May 1 - Talks began.", 45.52},
        {"PORTLAND, Maine, May 1 - Talks began.", 43.66},
    };
    for (size_t i = 0; i < 2; i++) {
        dyad_text_split(fx->text, portland[i].text, strlen(portland[i].text));
        const dyad_token *tk = dyad_text_tokens(fx->text);
        const dyad_sentence *se = dyad_text_sentences(fx->text);
        place_mention pm;
        if (CHECK(dyad_text_sentence_count(fx->text) > 0) &&
            CHECK(place_dateline(portland[i].text, tk + se[0].tok_first, se[0].tok_count, fx->d,
                                 NULL, 0, &pm) == 1))
            CHECK(fabs(place_city_lat(pm.city) - portland[i].lat) < 0.3);
    }
}

/* ---- a town describing the noun after it ---- */

/* The country of the town place_modifier_city finds before the last noun
** of one sentence's first noun phrase ("-" for none). */
static void town_before(fixture *fx, const char *text, char *out, size_t cap)
{
    snprintf(out, cap, "?");
    if (dyad_text_split(fx->text, text, strlen(text)) != DYAD_OK ||
        dyad_text_sentence_count(fx->text) != 1)
        return;
    const dyad_sentence *se = dyad_text_sentences(fx->text);
    lang_sent ls;
    if (lang_analyze(fx->lang, text, dyad_text_tokens(fx->text) + se[0].tok_first,
                     se[0].tok_count, &ls) != DYAD_OK || ls.nphrases == 0)
        return;
    const phrase *p = &ls.phrases[0];
    int32_t city = place_modifier_city(&ls, p->first, p->head);
    snprintf(out, cap, "%s", city < 0 ? "-" : place_city_country(city));
}

static void test_modifier(fixture *fx)
{
    static const struct { const char *text, *want; } cases[] = {
        {"A 52-year-old Bristol man was arrested.", "GBR"},
        {"Two Mombasa residents were hurt.", "KEN"},
        {"Mombasa police made arrests.", "KEN"},
        /* a possessor, a noun or a second name between: no town's */
        {"His Bristol neighbour was arrested.", "-"},
        {"A Bristol taxi driver was arrested.", "-"},
        {"A Bristol Rovers fan was arrested.", "-"},
        /* a small town or a common word needs more than itself */
        {"A Commack man was arrested.", "-"},
        {"A man was arrested.", "-"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[16];
        town_before(fx, cases[i].text, got, sizeof got);
        if (!check_str_at(__FILE__, __LINE__, got, cases[i].want, "town before the noun"))
            fprintf(stderr, "    in:   %s\n", cases[i].text);
    }
}

/* ---- where events happened ---- */

static void test_events(fixture *fx)
{
    static const struct {
        const char *text;
        const char *event;   /* "SOURCE TARGET CODE" of the event checked */
        const char *place, *country, *from;
        double lat, lon;     /* 0, 0: no coordinates (a country) */
    } cases[] = {
        {"Russian troops attacked Ukrainian soldiers near Kharkiv.", "RUSMIL UKRMIL 190",
         "Kharkiv", "UKR", "clause", 49.98, 36.25},
        {"Russia launched a drone attack on the port of Odesa.", "RUS UKR 195", "Odessa", "UKR",
         "clause", 46.49, 30.74},
        {"Russian missiles struck Kyiv.", "RUS UKR 190", "Kyiv", "UKR", "clause", 50.45, 30.52},
        {"Speaking in Kyiv, Zelensky condemned Russia.", "UKRGOV RUS 111", "Kyiv", "UKR",
         "sentence", 50.45, 30.52},
        {"KHARKIV, Ukraine, May 3 (dyad wire) - Zelensky condemned Russia.", "UKRGOV RUS 111",
         "Kharkiv", "UKR", "dateline", 49.98, 36.25},
        /* a meeting in one side's country is the other's visit (docs/coder.md) */
        {"MOSCOW, May 3 (dyad wire) - Putin met Lukashenko in Minsk.", "RUSGOV BLRGOV 042",
         "Minsk", "BLR", "clause", 53.90, 27.57},
        {"The Iraqi prime minister met King Abdullah in Jordan on Sunday.", "IRQGOV JORGOV 042",
         "Jordan", "JOR", "clause", 0, 0},
        {"Iran's foreign minister met Blinken in Washington.", "IRNGOV USAGOV 042",
         "Washington D.C.", "USA", "clause", 38.90, -77.04},
        {"Jordan Bardella met Italian officials in Rome.", "FRAOPP ITAGOV 042", "Rome", "ITA",
         "clause", 41.89, 12.51},
        {"The French ambassador visited Paris, Texas, on Monday.", "FRAGOV USA 042", "Paris",
         "USA", "clause", 33.66, -95.56},
        {"Argentina's president visited Japan.", "ARGGOV JPN 042", "Japan", "JPN", "clause", 0,
         0},
        {"Israeli troops detained five Palestinians in Hebron.", "ISRMIL PSECVL 173", "Hebron",
         "PSE", "clause", 31.53, 35.09},
        /* the capital or country stands for the government: no place (a capital
        ** alone is its government, docs/coder.md "Actors") */
        {"Washington imposed new sanctions on Tehran.", "USAGOV IRNGOV 163", "", "", "", 0, 0},
        {"Japan extended new loans to Argentina.", "JPN ARG 071", "", "", "", 0, 0},
        {"The IMF expressed confidence in Argentina's economic policies.", "IGOBUSIMF ARG 013",
         "", "", "", 0, 0},
        /* what is reported did not happen where it was reported */
        {"A radio report monitored in London said Turkey had urged Greece to hold talks.",
         "TUR GRC 026", "", "", "", 0, 0},
        {"Chinese investors met officials in Washington state.", "CHNBUS USAGOV 040", "", "", "",
         0, 0},
    };
    dyad_coder *c = NULL;
    if (!CHECK_INT(dyad_coder_new(fx->dd, NULL, NULL, NULL, &c), DYAD_OK)) {
        dyad_coder_free(c);
        return;
    }
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_doc doc;
        dyad_doc_init(&doc, cases[i].text, strlen(cases[i].text));
        doc.date = "2024-05-06";
        if (!CHECK_INT(dyad_coder_code(c, &doc), DYAD_OK))
            continue;
        const dyad_event *e = NULL;
        for (size_t k = 0; k < dyad_coder_event_count(c); k++) {
            const dyad_event *x = dyad_coder_event(c, k);
            char key[128];
            snprintf(key, sizeof key, "%s %s %s", x->source, x->target, x->code);
            if (strcmp(key, cases[i].event) == 0)
                e = x;
        }
        if (!check_at(__FILE__, __LINE__, e != NULL, cases[i].event)) {
            fprintf(stderr, "    in:   %s\n", cases[i].text);
            continue;
        }
        CHECK_STR(e->place, cases[i].place);
        CHECK_STR(e->place_country, cases[i].country);
        CHECK_STR(e->place_from, cases[i].from);
        int coords = cases[i].lat != 0 || cases[i].lon != 0;
        CHECK_INT(e->place_has_coords, coords);
        if (coords)
            CHECK(fabs(e->place_lat - cases[i].lat) < 0.3 && fabs(e->place_lon - cases[i].lon) < 0.3);
    }
    dyad_coder_free(c);
}

int main(void)
{
    test_fold();
    test_cities();
    test_name_flags();
    test_coverage();
    fixture fx = {0};
    char dir[4096];
    if (!CHECK(dyad_data_path(dir, sizeof dir, "dict") >= 0) ||
        !CHECK_INT(dyad_dict_load_dir(dir, NULL, NULL, &fx.dd), DYAD_OK)) {
        dyad_dict_free(fx.dd);
        return check_done();
    }
    fx.d = dict_of(fx.dd);
    fx.text = dyad_text_new();
    fx.lang = lang_new();
    if (CHECK(fx.text && fx.lang)) {
        test_scan(&fx);
        test_modifier(&fx);
        test_events(&fx);
    }
    lang_free(fx.lang);
    dyad_text_free(fx.text);
    dyad_dict_free(fx.dd);
    return check_done();
}
