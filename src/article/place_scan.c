/*
** place_scan.c — the places a sentence or a dateline names: a city of the
** gazetteer, or a country of the dictionary (docs/coder.md, "Places").
**
** A city's name must be the whole proper name it stands in: "Michael
** Jordan", "the Washington Post", "Hurricane Florence" and "Washington
** state" name no place. A region or country after a comma chooses among
** cities of one name ("Paris, Texas"; "READING, Penn." in a dateline). The
** dictionary has the last word on names it knows: a person is no place, and
** a city named like another country's actor is none either ("Armenia" is
** the country, not the Colombian city).
*/
#include "article/place.h"
#include "lang/tags.h"

#include <string.h>
#include <strings.h>

/* Words before a city that are part of where it is, not of another name:
** "East Jerusalem", "Greater London". */
static const char *const directions[] = {"north", "south", "east",   "west",    "northern",
                                         "southern", "eastern", "western", "central", "greater",
                                         NULL};

/* Nouns a city may stand before and still be the place: "the Kharkiv
** region", "the Odesa port"; any other noun makes it a modifier ("the
** Moscow court", "Washington state"). */
static const char *const place_nouns[] = {
    "region",  "area",   "province", "oblast",   "district", "governorate", "city",
    "port",    "airport", "suburb",  "outskirts", "countryside", "metropolitan", NULL};

/* Is w in list, whatever its case ("Greater", a proper noun's lemma, is
** written as it stands)? */
static int in_list(const char *w, const char *const *list)
{
    /* the first bytes, ASCII case aside, before the call: every lower-case
    ** word after a capitalized one is asked about the name links */
    unsigned char c0 = (unsigned char)w[0];
    c0 = c0 >= 'A' && c0 <= 'Z' ? (unsigned char)(c0 + 32) : c0;
    for (; *list; list++) {
        unsigned char l0 = (unsigned char)(*list)[0];
        l0 = l0 >= 'A' && l0 <= 'Z' ? (unsigned char)(l0 + 32) : l0;
        if (c0 == l0 && strcasecmp(w, *list) == 0)
            return 1;
    }
    return 0;
}

/* Is the token written with a capital first letter? */
static int capitalized(const dyad_token *t) { return (t->flags & DYAD_TF_CAPITALIZED) != 0; }

/* Is code a country alone ("UKR"), not a person's or an organisation's? */
static int country_code(const char *code)
{
    return code && strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z' &&
           strcmp(code, "IGO") != 0 && strcmp(code, "NGO") != 0;
}

/* The small words a city's name may hold in lower case ("Rio de
** Janeiro", "Frankfurt am Main", "Rostov-on-Don" is one token). */
static const char *const name_links[] = {"de", "del", "da", "do", "dos", "das", "la", "le",
                                         "les", "el", "al", "am", "an", "on", "of", "the",
                                         "es", "en", "sur", "di", "van", "von", "der", "den",
                                         "y", NULL};

/* Can token t go on a city's name after its first word: a capitalized
** word, or a small word of name_links? */
static int name_goes_through(const char *text, const dyad_token *t)
{
    if (t->kind != DYAD_TOK_WORD)
        return 0;
    if (t->flags & DYAD_TF_CAPITALIZED)
        return 1;
    char w[8];
    if (t->len >= sizeof w)
        return 0;
    memcpy(w, text + t->start, t->len);
    w[t->len] = '\0';
    return in_list(w, name_links);
}

/* The longest gazetteer name at token i of toks[0..n): sets *name and
** returns the number of tokens, or 0. The key of tokens i, i + 1, ... is
** folded one token at a time, a blank where the text has space between
** them, as place_fold folds a whole span; words only ("Washington, D.C."
** is Washington with its region). */
static size_t match_name(const char *text, const dyad_token *toks, size_t n, size_t i,
                         int32_t *name)
{
    char key[PLACE_KEY_MAX + 1];
    size_t ends[PLACE_WORDS_MAX], len = 0, nk = 0;
    uint32_t first_hash = 0;   /* of the first word: the key of one token's name */
    size_t most = n - i < PLACE_WORDS_MAX ? n - i : PLACE_WORDS_MAX;
    for (size_t k = 0; k < most; k++) {
        const dyad_token *t = &toks[i + k];
        if (k > 0 && !name_goes_through(text, t))
            break;
        if (k > 0 && (t->flags & DYAD_TF_SPACE_BEFORE)) {
            if (len + 1 >= sizeof key)
                break;
            key[len++] = ' ';
        }
        int fl = place_fold(text + t->start, t->len, key + len, sizeof key - len);
        if (fl < 0)
            break;
        len += (size_t)fl;
        ends[nk++] = len;
        if (k == 0) {   /* no name of several words starts so: one word at most */
            size_t fw = place_first_word(key, len);
            uint32_t fh = base_hash(BASE_HASH_SEED, key, fw);
            first_hash = fw == len ? fh : base_hash(BASE_HASH_SEED, key, len);
            uint32_t bit = fh & place_first_mask;
            if (!(place_first_bits[bit / 8] & (1u << (bit % 8))))
                break;
        }
    }
    for (size_t k = nk; k >= 1; k--) {
        int32_t g = k == 1 ? place_lookup_hashed(key, ends[0], first_hash)
                           : place_lookup_key(key, ends[k - 1]);
        if (g >= 0) {
            *name = g;
            return k;
        }
    }
    return 0;
}

/* Could name's folding be key (kl > 0 bytes)? A name that starts with an
** ASCII letter folds to that letter in lower case first, so a first letter
** that differs settles it without folding the name: a dateline's name asks
** this of every city of its name ("WASHINGTON, D.C.": dozens). */
static int may_fold_to(const char *name, const char *key)
{
    unsigned char c = (unsigned char)name[0];
    if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c + 32);
    return !(c >= 'a' && c <= 'z') || c == (unsigned char)key[0];
}

/* The regions whose other way of writing is key ("calif") into states
** (max of them), asked once per span, not per city: returns their count,
** or -1 when more than max are (names_region then reads the list). */
static int alias_states(const char *key, uint16_t *states, int max)
{
    int ns = 0;
    for (uint32_t a = 0; a < place_nstate_aliases; a++)
        if (place_strings[place_state_aliases[a].key] == key[0] &&
            strcmp(place_strings + place_state_aliases[a].key, key) == 0) {
            if (ns == max)
                return -1;
            states[ns++] = place_state_aliases[a].state;
        }
    return ns;
}

/* Does key (kl bytes: the text at tokens [q, q + k), folded) name city
** c's region or country: "Texas", "Ga.", "Ukraine" (the dictionary's
** country, or libgeonames' English name)? The regions key writes another
** way are states[0..ns) (alias_states; ns -1: too many to list). *dm is
** the dictionary's country code for the span, asked at the first city
** that needs it and kept for the others (dm_asked): the span is the same
** for every city of the name. */
static int names_region(const char *key, int kl, int32_t c, const uint16_t *states, int ns,
                        const dict *d, const dict_wid *ids, size_t n, size_t q, size_t k,
                        int32_t date, int *dm_asked, const char **dm)
{
    char other[PLACE_KEY_MAX + 1];
    const pc_city *city = &place_cities[c];
    const char *st = place_strings + place_states[city->state].name;
    if (st[0] && may_fold_to(st, key) && place_fold(st, strlen(st), other, sizeof other) == kl &&
        memcmp(key, other, (size_t)kl) == 0)
        return 1;
    for (int a = 0; a < ns; a++)
        if (states[a] == city->state)
            return 1;
    for (uint32_t a = 0; ns < 0 && a < place_nstate_aliases; a++)
        if (place_state_aliases[a].state == city->state &&
            strcmp(place_strings + place_state_aliases[a].key, key) == 0)
            return 1;
    const char *cn = place_strings + place_countries[city->country].name;
    if (cn[0] && may_fold_to(cn, key) && place_fold(cn, strlen(cn), other, sizeof other) == kl &&
        memcmp(key, other, (size_t)kl) == 0)
        return 1;
    if (!*dm_asked) {
        dict_match m;
        *dm_asked = 1;
        *dm = ids && dict_match_actor(d, ids, n, q, date, &m) == k && m.code &&
                      country_code(m.code)
            ? m.code : NULL;
    }
    return *dm && strcmp(*dm, place_countries[city->country].code) == 0;
}

/* A region or country after the name's comma at token j that names one of
** name g's cities: sets *city and returns the tokens it spans (the comma
** included), or 0. The span is folded once for all the cities. */
static size_t qualifier(const char *text, const dyad_token *toks, size_t n, size_t j, int32_t g,
                        const dict *d, const dict_wid *ids, int32_t date, int32_t *city)
{
    if (j + 1 >= n || toks[j].len != 1 || text[toks[j].start] != ',' || !capitalized(&toks[j + 1]))
        return 0;
    const pc_name *nm = &place_names[g];
    size_t q = j + 1;
    for (size_t k = n - j - 1 < 3 ? n - j - 1 : 3; k >= 1; k--) {
        char key[PLACE_KEY_MAX + 1];
        size_t len = toks[q + k - 1].start + toks[q + k - 1].len - toks[q].start;
        int kl = place_fold(text + toks[q].start, len, key, sizeof key);
        if (kl <= 0)
            continue;   /* names no region */
        int dm_asked = 0;
        const char *dm = NULL;
        uint16_t states[8];
        int ns = alias_states(key, states, (int)(sizeof states / sizeof states[0]));
        for (uint32_t r = 0; r < nm->count; r++) {
            int32_t c = place_refs[nm->first + r];
            if (names_region(key, kl, c, states, ns, d, ids, n, q, k, date, &dm_asked, &dm)) {
                *city = c;
                return k + 1;
            }
        }
    }
    return 0;
}

/* What the dictionary says of the name at [i, i + k): 1 keeps it as a
** place (choosing among its cities the one of the dictionary's country,
** into *city), 0 rejects it. *actor is set when the dictionary names it. */
static int dictionary_agrees(const dict *d, const dict_wid *ids, size_t n, size_t i, size_t k,
                             int32_t date, int32_t g, int32_t *city, int *actor)
{
    *actor = 0;
    if (!ids)
        return 1;
    dict_match m;
    size_t len = dict_match_actor(d, ids, n, i, date, &m);
    if (len == 0)
        return 1;
    if (len > k)          /* the start of a longer name: "Moscow Exchange" */
        return 0;
    if (len < k || !m.code)
        return 1;
    if (m.actor->kind == DICT_PERSON)
        return 0;
    *actor = 1;
    /* "Brussels", the European Union's seat; "Bonn", West Germany's */
    if (!country_code(m.code) || place_country_index(m.code) < 0)
        return 1;
    const pc_name *nm = &place_names[g];
    for (uint32_t r = 0; r < nm->count; r++) {
        int32_t c = place_refs[nm->first + r];
        if (strcmp(place_countries[place_cities[c].country].code, m.code) == 0) {
            *city = c;
            return 1;
        }
    }
    return 0;   /* another country's name: "Armenia" */
}

/* Is the token before i the end of another proper name ("Michael Jordan")? */
static int after_name(const lang_sent *ls, size_t i)
{
    if (i == 0)
        return 0;
    int t = ls->tags[i - 1];
    return (t == TAG_NNP || t == TAG_NNPS) && capitalized(&ls->toks[i - 1]) &&
           !in_list(ls->lemmas[i - 1], directions);
}

/* Does the token at j continue a name that ends before it ("Washington
** Post", "Moscow court")? */
static int name_goes_on(const lang_sent *ls, size_t j)
{
    if (j >= ls->n)
        return 0;
    int t = ls->tags[j];
    if (in_list(ls->lemmas[j], lang_time_nouns))   /* "in Kyiv Tuesday" */
        return 0;
    if ((t == TAG_NNP || t == TAG_NNPS) && capitalized(&ls->toks[j]))
        return 1;
    return (t == TAG_NN || t == TAG_NNS) && !in_list(ls->lemmas[j], place_nouns);
}

/* Is some token of [i, i + k) tagged a proper noun? "Of the 2.8 million
** ..." starts with no town of Of. */
static int proper(const lang_sent *ls, size_t i, size_t k)
{
    for (size_t t = i; t < i + k; t++)
        if (ls->tags[t] == TAG_NNP || ls->tags[t] == TAG_NNPS)
            return 1;
    return 0;
}

/* Is token t (of text) written in capitals, at most max letters, as an
** acronym is ("ICO", "NIS")? */
static int acronym(const char *text, const dyad_token *t, uint32_t max)
{
    if (t->len > max)
        return 0;
    for (uint32_t b = 0; b < t->len; b++) {
        char c = text[t->start + b];
        if (!(c >= 'A' && c <= 'Z') && c != '.')
            return 0;
    }
    return 1;
}

/* Fills *pm with city, whose name spans tokens [first, end). */
static void mention_fill(place_mention *pm, size_t first, size_t end, int32_t city,
                         unsigned flags)
{
    pm->first = (uint32_t)first;
    pm->end = (uint32_t)end;
    pm->city = city;
    memcpy(pm->country, place_countries[place_cities[city].country].code, 4);
    pm->flags = (uint8_t)flags;
}

/* A city named at token i of the sentence: returns the tokens its name
** spans, with *pm filled and *ok set when it is a place there (a name
** that is none, "NEW YORK" tagged as an adjective and a noun, is still
** passed over whole). 0 when no name starts at i. */
static size_t city_at(const lang_sent *ls, const dict *d, const dict_wid *ids, int32_t date,
                      size_t i, place_mention *pm, int *ok)
{
    int32_t g;
    *ok = 0;
    /* "The", "He", "In" start no name; an adjective or a noun may ("NEW
    ** YORK", tagged so in capitals) */
    int t = ls->tags[i];
    if (t != TAG_NNP && t != TAG_NNPS && t != TAG_JJ && t != TAG_NN && t != TAG_NNS &&
        t != TAG_FW)
        return 0;
    size_t k = match_name(ls->text, ls->toks, ls->n, i, &g);
    if (!k)
        return 0;
    if (!proper(ls, i, k) || after_name(ls, i))
        return k;
    const pc_name *nm = &place_names[g];
    int32_t city = place_refs[nm->first];
    int actor = 0;
    size_t q = qualifier(ls->text, ls->toks, ls->n, i + k, g, d, ids, date, &city);
    if (!q) {
        if (!(nm->flags & (PLACE_PLAIN | PLACE_GUARDED)) || name_goes_on(ls, i + k) ||
            !dictionary_agrees(d, ids, ls->n, i, k, date, g, &city, &actor))
            return k;
        /* initials are no place ("NIS", shekels, not Niš); an ambiguous
        ** name is one only as itself: not "ICO" (an organisation), not
        ** "Garcia's" (a person) */
        if (k == 1 && acronym(ls->text, &ls->toks[i], (nm->flags & PLACE_GUARDED) ? 5 : 3))
            return k;
        if ((nm->flags & PLACE_GUARDED) && i + k < ls->n && ls->tags[i + k] == TAG_POS)
            return k;
    }
    *ok = 1;
    mention_fill(pm, i, i + k + q, city,
                 (q ? PM_QUALIFIED : 0) | (actor ? PM_ACTOR : 0) |
                     (nm->flags & PLACE_GUARDED ? PM_GUARDED : 0));
    return k + q;
}

/* A country the dictionary names at token i, standing as the head of its
** noun phrase ("in eastern Ukraine", not "Ukrainian forces"): returns the
** tokens it spans, with *pm filled, or 0. */
static size_t country_at(const lang_sent *ls, const dict *d, const dict_wid *ids, int32_t date,
                         size_t i, place_mention *pm)
{
    dict_match m;
    if (ls->tags[i] != TAG_NNP && ls->tags[i] != TAG_NNPS)
        return 0;
    size_t len = dict_match_actor(d, ids, ls->n, i, date, &m);
    /* a state of the gazetteer with a name in English: not "EUR" (Europe)
    ** nor a state of the past */
    if (!len || !m.code || m.actor->kind == DICT_PERSON || !country_code(m.code) ||
        after_name(ls, i) || !place_country_name(m.code)[0])
        return 0;
    size_t last = i + len - 1;
    int32_t np = ls->np_of[last];
    int t = ls->tags[last];
    /* a plural is a people ("five Palestinians", "the Iranians") unless it
    ** is the country's name ("the Netherlands") */
    if (np < 0 || ls->phrases[np].head != last || (t != TAG_NNP && t != TAG_NNPS))
        return 0;
    if (t == TAG_NNPS) {
        char key[PLACE_KEY_MAX + 1], name[PLACE_KEY_MAX + 1];
        const dyad_token *a = &ls->toks[i], *b = &ls->toks[last];
        const char *cn = place_country_name(m.code);
        int kl = place_fold(ls->text + a->start, b->start + b->len - a->start, key, sizeof key);
        int nl = place_fold(cn, strlen(cn), name, sizeof name);
        if (kl <= 0 || nl < kl || strcmp(name + (nl - kl), key) != 0)
            return 0;
    }
    pm->first = (uint32_t)i;
    pm->end = (uint32_t)(i + len);
    pm->city = -1;
    memcpy(pm->country, m.code, 4);
    pm->flags = PM_ACTOR | ((ls->phrases[np].flags & PHF_POSS) ? PM_POSSESSOR : 0);
    return len;
}

size_t place_scan(const lang_sent *ls, const dict *d, const dict_wid *ids, int32_t date,
                  place_mention *out)
{
    size_t np = 0;
    for (size_t i = 0; i < ls->n && np < PLACE_MAX;) {
        if (!capitalized(&ls->toks[i]) || ls->toks[i].kind != DYAD_TOK_WORD) {
            i++;
            continue;
        }
        int ok;
        size_t k = city_at(ls, d, ids, date, i, &out[np], &ok);
        if (ok) {
            np++;
            i += k;
            continue;
        }
        /* "Armenia" is the country, not the Colombian city */
        size_t len = ids ? country_at(ls, d, ids, date, i, &out[np]) : 0;
        if (len) {
            np++;
            i += len;
            continue;
        }
        i += k ? k : 1;   /* a name that is no place is passed over whole */
    }
    return np;
}

int place_dateline(const char *text, const dyad_token *toks, size_t n, const dict *d,
                   const dict_wid *ids, int32_t date, place_mention *out)
{
    int32_t g;
    size_t k = n ? match_name(text, toks, n, 0, &g) : 0;
    if (!k)
        return 0;
    const pc_name *nm = &place_names[g];
    int32_t city = place_refs[nm->first];
    int actor = 0;
    size_t q = qualifier(text, toks, n, k, g, d, ids, date, &city);
    /* a dateline says it is a place: an ambiguous name counts, a small
    ** town's needs its region */
    if (!q && (!(nm->flags & (PLACE_PLAIN | PLACE_GUARDED)) ||
               !dictionary_agrees(d, ids, n, 0, k, date, g, &city, &actor)))
        return 0;
    /* not PM_GUARDED: a dateline's place is one by its form */
    mention_fill(out, 0, k + q, city, (q ? PM_QUALIFIED : 0) | (actor ? PM_ACTOR : 0));
    return 1;
}

int32_t place_modifier_city(const lang_sent *ls, uint32_t first, uint32_t head)
{
    uint32_t name = UINT32_MAX, end = 0;
    for (uint32_t k = first; k < head; k++) {
        int t = ls->tags[k];
        if (tag_is_proper(t) && capitalized(&ls->toks[k])) {
            if (name != UINT32_MAX && end != k)
                return -1;   /* two names: "a Leeds United fan" is no one's */
            if (name == UINT32_MAX)
                name = k;
            end = k + 1;
        } else if (t != TAG_DT && t != TAG_CD && !tag_is_adj(t)) {
            return -1;   /* "his Leeds home", "a Leeds bus driver" */
        }
    }
    int32_t g;
    if (name == UINT32_MAX || end != head ||
        match_name(ls->text, ls->toks, end, name, &g) != end - name ||
        !(place_names[g].flags & PLACE_PLAIN))
        return -1;
    return place_refs[place_names[g].first];
}

int32_t place_town_agent(const lang_sent *ls, const dict *d, const dict_wid *ids,
                         uint32_t first, uint32_t end, const dict_agent **agent)
{
    static const char *const described[] = {"CVL", "CRM", "COP", "BUS", NULL};
    if (end - first < 2 || (!tag_is_proper(ls->tags[first]) && !tag_is_proper(ls->tags[end - 2])))
        return -1;   /* no name before the last word: most phrases, by tags alone */
    for (uint32_t k = first + 1; k < end; k++) {
        const dict_agent *ag;
        if (dict_match_agent(d, ids, end, k, &ag) != end - k)
            continue;
        int32_t city = place_modifier_city(ls, first, k);
        if (city < 0 || strlen(ag->code) < 3)
            return -1;
        for (size_t w = 0; described[w]; w++)
            if (strncmp(ag->code, described[w], 3) == 0) {
                *agent = ag;
                return city;
            }
        return -1;
    }
    return -1;
}

/* Does token t hold no lower-case letter ("NIS", "IN")? */
static int no_lower(const char *text, const dyad_token *t)
{
    for (uint32_t b = 0; b < t->len; b++)
        if (text[t->start + b] >= 'a' && text[t->start + b] <= 'z')
            return 0;
    return 1;
}

size_t place_text_at(const char *text, const dyad_token *toks, size_t n, size_t i,
                     const dict *d, const dict_wid *ids, int32_t date, place_mention *out)
{
    static const char *const where[] = {"in", "near", "outside", NULL};
    int32_t g;
    if (!capitalized(&toks[i]) || toks[i].kind != DYAD_TOK_WORD)
        return 0;
    int after = 0, comma = 0;
    const dyad_token *before = i > 0 && toks[i - 1].kind == DYAD_TOK_WORD ? &toks[i - 1] : NULL;
    for (size_t w = 0; before && where[w]; w++)
        after |= base_span_ieq(text + before->start, before->len, where[w]);
    for (size_t j = i + 1; !after && j < n && j <= i + PLACE_WORDS_MAX && !comma; j++)
        comma = toks[j].len == 1 && text[toks[j].start] == ',';
    if (!after && !comma)
        return 0;   /* neither the place's preposition nor its region's comma */
    size_t k = match_name(text, toks, n, i, &g);
    if (!k)
        return 0;
    const pc_name *nm = &place_names[g];
    int32_t city = place_refs[nm->first];
    int actor = 0;
    size_t q = qualifier(text, toks, n, i + k, g, d, ids, date, &city);
    if (!q) {
        /* a name that goes on ("in Washington Post reports") is another's */
        if (!after || !(nm->flags & (PLACE_PLAIN | PLACE_GUARDED)) ||
            (i + k < n && capitalized(&toks[i + k]) && toks[i + k].kind == DYAD_TOK_WORD) ||
            !dictionary_agrees(d, ids, n, i, k, date, g, &city, &actor))
            return 0;
        /* initials: "in NIS", but not "IN ROME" in a title in capitals */
        if (k == 1 && acronym(text, &toks[i], 5) && !(i > 0 && no_lower(text, &toks[i - 1])))
            return 0;
    }
    /* not PM_GUARDED: the title's place only names its country */
    mention_fill(out, i, i + k + q, city, (q ? PM_QUALIFIED : 0) | (actor ? PM_ACTOR : 0));
    return k + q;
}
