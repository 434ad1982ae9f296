/*
** country.c — a document's country: its dateline's, and the one its actor
** names name most often (country.h). The count is a pass over word ids the
** coder computes anyway, with the dictionary's longest-name lookup, before
** the first sentence is coded: an agent in the first sentence ("Police
** arrested ...") may take a country the article names only later, as a
** reader would. No tagging, no phrases: a name is counted wherever it
** stands, subject or not. A dateline whose city the dictionary does not
** know counts as a name of the city's country, and a story with no
** dateline takes the one country its title names (docs/coder.md,
** "Eighth session: where the article is").
*/
#include "article/country.h"
#include "article/place.h"
#include "base/base.h"

#include <string.h>

void country_begin(doc_country *dc)
{
    dc->ndatelines = 0;
    dc->dominant[0] = '\0';
    dc->dominant_count = 0;
    dc->dominant_start = dc->dominant_end = 0;
    dc->ntally = 0;
    dc->title_cc[0] = '\0';
    dc->titled = 0;
    dc->leg_cc[0] = '\0';
    dc->leg_mixed = 0;
}

void country_free(doc_country *dc)
{
    dy_free(dc->tally);
    dy_free(dc->datelines);
    dc->tally = NULL;
    dc->datelines = NULL;
    dc->ntally = dc->tally_cap = dc->ndatelines = dc->datelines_cap = 0;
}

int country_dateline(doc_country *dc, const dict *d, const dyad_token *toks,
                     const dict_wid *ids, size_t n, int32_t date, long sent)
{
    for (size_t i = 0; i < n;) {
        dict_match m;
        size_t len = dict_match_actor(d, ids, n, i, date, &m);
        char cc[4];
        if (len && m.code && dict_code_country(m.code, cc) && strcmp(cc, "---") != 0) {
            if (base_grow((void **)&dc->datelines, &dc->datelines_cap, dc->ndatelines + 1,
                          sizeof *dc->datelines) < 0)
                return -1;
            country_dateline_at *at = &dc->datelines[dc->ndatelines++];
            at->sent = sent;
            memcpy(at->cc, cc, 4);
            memcpy(at->where, cc, 4);
            at->start = toks[i].start;
            at->end = toks[i + len - 1].start + toks[i + len - 1].len;
            return 1;
        }
        i += len ? len : 1;
    }
    return 0;
}

/* Adds one name of country cc, whose bytes are [start, end). */
static int tally_add(doc_country *dc, const char *cc, uint32_t start, uint32_t end)
{
    for (size_t k = 0; k < dc->ntally; k++)
        if (memcmp(dc->tally[k].cc, cc, 4) == 0) {
            dc->tally[k].count++;
            return 0;
        }
    if (base_grow((void **)&dc->tally, &dc->tally_cap, dc->ntally + 1, sizeof *dc->tally) < 0)
        return -1;
    country_tally *t = &dc->tally[dc->ntally++];
    memcpy(t->cc, cc, 4);
    t->count = 1;
    t->start = start;
    t->end = end;
    return 0;
}

/* The gazetteer's country code (ISO's: "DEU") as the dictionary names
** that country on date, into cc: Frankfurt was in West Germany in 1987.
** 0 when the dictionary does not know the country's English name. */
static int gazetteer_country(const dict *d, const char *code, int32_t date, char cc[4])
{
    const char *name = place_country_name(code);
    dict_word w[8];
    size_t n = 0;
    for (const char *p = name; *p && n < 8;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        w[n].s = p;
        w[n++].len = len;
        p += len + (e != NULL);
    }
    dict_match m;
    return n && dict_match_actor_words(d, w, n, 0, date, &m) == n && m.code &&
           dict_code_country(m.code, cc) && strcmp(cc, "---") != 0;
}

int country_dateline_place(doc_country *dc, const dict *d, const place_mention *pm,
                           const dyad_token *toks, int32_t date, long sent)
{
    for (size_t k = 0; k < dc->ndatelines; k++)
        if (dc->datelines[k].sent == sent)
            return 0;   /* the dictionary named it: "BONN" is West Germany */
    char cc[4];
    if ((pm->flags & PM_ACTOR) || !gazetteer_country(d, pm->country, date, cc))
        return 0;       /* "BRUSSELS" is the European Community's */
    return tally_add(dc, cc, toks[pm->first].start,
                     toks[pm->end - 1].start + toks[pm->end - 1].len);
}

/* Is token t a word in capitals ("MANILA", "D.C.")? */
static int capitals(const char *text, const dyad_token *t)
{
    int letters = 0;
    if (t->kind != DYAD_TOK_WORD)
        return 0;
    for (uint32_t i = 0; i < t->len; i++) {
        char c = text[t->start + i];
        if (c >= 'a' && c <= 'z')
            return 0;
        letters += c >= 'A' && c <= 'Z';
    }
    return letters >= 2;
}

int country_inline_dateline(doc_country *dc, const dict *d, const char *text,
                            const dyad_token *toks, const dict_wid *ids, size_t n,
                            int32_t date, long sent, size_t *at, size_t *len)
{
    size_t i = 0;
    *at = *len = 0;
    while (i < n && (toks[i].kind == DYAD_TOK_DASH || toks[i].kind == DYAD_TOK_PUNCT))
        i++;   /* a digest's "- - - -" between items */
    size_t first = i;
    while (i < n && i < first + 4 && capitals(text, &toks[i]))
        i++;
    if (i == first)
        return 0;
    size_t caps_end = i;
    /* ", March 3" and the like, then the dash */
    if (i < n && toks[i].kind == DYAD_TOK_PUNCT && text[toks[i].start] == ',')
        for (size_t k = i + 1; k < n && k < i + 6 && toks[i].kind != DYAD_TOK_DASH; k++)
            if (toks[k].kind == DYAD_TOK_DASH)
                i = k;
    if (i >= n || toks[i].kind != DYAD_TOK_DASH)
        return 0;
    *at = first;
    *len = i - first;
    return country_dateline(dc, d, toks + first, ids + first, caps_end - first, date, sent);
}

const country_dateline_at *country_dateline_for(const doc_country *dc, long sent)
{
    const country_dateline_at *found = NULL;
    for (size_t k = 0; k < dc->ndatelines && dc->datelines[k].sent <= sent; k++)
        found = &dc->datelines[k];
    return found;
}

/* Is token t a preposition or conjunction a title may capitalize ("In",
** "AT", "And")? */
static int small_word(const char *text, const dyad_token *t)
{
    static const char *const small[] = {"in", "at", "of", "to", "on", "from", "for", "near",
                                        "and", "with", "by", "into", "over", "against", NULL};
    for (size_t k = 0; small[k]; k++)
        if (base_span_ieq(text + t->start, t->len, small[k]))
            return 1;
    return 0;
}

void country_title(doc_country *dc, const dict *d, const char *text, const dyad_token *toks,
                   const dict_wid *ids, size_t n, int32_t date)
{
    char one[4] = "";
    for (size_t i = 0; i < n;) {
        dict_match m;
        place_mention pm;
        char cc[4] = "";
        size_t len = dict_match_actor(d, ids, n, i, date, &m), k = len;
        if (len) {
            /* the end of a longer name ("New South Wales" is no Wales):
            ** a capitalized word before it, not the title's first, nor a
            ** small word a title in capitals writes so ("Strikers Held In
            ** Bolivia", "HELD AT BOLIVIA MINE") */
            if (!m.code || !dict_code_country(m.code, cc) || strcmp(cc, "---") == 0 ||
                (i > 1 && toks[i - 1].kind == DYAD_TOK_WORD &&
                 (toks[i - 1].flags & DYAD_TF_CAPITALIZED) &&
                 !small_word(text, &toks[i - 1])))
                cc[0] = '\0';
        } else if ((k = place_text_at(text, toks, n, i, d, ids, date, &pm)) != 0 &&
                   !gazetteer_country(d, pm.country, date, cc)) {
            cc[0] = '\0';
        }
        if (cc[0] && one[0] && strcmp(cc, one) != 0)
            return;   /* two countries: the title says not which is home */
        if (cc[0])
            memcpy(one, cc, 4);
        i += k ? k : 1;
    }
    memcpy(dc->title_cc, one, 4);
}

/* The name of n tokens at i, matched as m over len tokens, names a
** legislature: its code's role ("USALEG": "the U.S. Congress", "the
** Knesset"), or a legislature's agent after it ("U.S. lawmakers", "the
** Canadian Parliament"). Recorded in dc for a chamber named by its bare
** word (coder_chamber.c): whose it is is not the article's to guess when
** the article names another state's. */
static void legislature_named(doc_country *dc, const dict *d, const dict_wid *ids, size_t n,
                              size_t i, size_t len, const dict_match *m)
{
    const dict_agent *ag;
    char cc[4];
    size_t code_len = strlen(m->code);
    int leg = code_len >= 6 && strcmp(m->code + code_len - 3, "LEG") == 0;
    if (!leg && i + len < n && dict_match_agent(d, ids, n, i + len, &ag) &&
        strncmp(ag->code, "LEG", 3) == 0)
        leg = 1;
    if (!leg)
        return;
    if (!dict_code_country(m->code, cc) || strcmp(cc, "---") == 0 ||
        (dc->leg_cc[0] && strcmp(dc->leg_cc, cc) != 0))
        dc->leg_mixed = 1;
    else
        memcpy(dc->leg_cc, cc, 4);
}

int country_count(doc_country *dc, const dict *d, const char *text, const dyad_token *toks,
                  const dict_wid *ids, size_t n, int32_t date)
{
    for (size_t i = 0; i < n;) {
        /* names are written with a capital ("the United States" is found
        ** at "United"): most words need no lookup */
        unsigned char c0 = (unsigned char)text[toks[i].start];
        if (!(c0 >= 'A' && c0 <= 'Z') && c0 < 0x80) {
            i++;
            continue;
        }
        dict_match m;
        size_t len = dict_match_actor(d, ids, n, i, date, &m);
        char cc[4];
        if (len && m.code && dict_code_country(m.code, cc) && strcmp(cc, "---") != 0 &&
            tally_add(dc, cc, toks[i].start, toks[i + len - 1].start + toks[i + len - 1].len) < 0)
            return -1;
        if (len && m.code)
            legislature_named(dc, d, ids, n, i, len, &m);
        i += len ? len : 1;
    }
    return 0;
}

/* How often the body names country cc (the dateline itself is no body
** sentence and is not counted). */
static int body_count(const doc_country *dc, const char *cc)
{
    for (size_t k = 0; k < dc->ntally; k++)
        if (strcmp(dc->tally[k].cc, cc) == 0)
            return dc->tally[k].count;
    return 0;
}

/* "CAIRO, March 24 - Sudan has rejected ..." with Sudan named a dozen
** times and Egypt once in passing: a wire files stories on other states
** from the city it sits in, and the agents the story names bare
** ("Finance Minister Beshir Omer") are the story's state, not the
** dateline's. A single dateline (not a digest's) gives way when the body
** names its country at most once and another at least
** DATELINE_YIELD_MIN times: to that country; or to none when a second
** country is named at least half as often, the story being of two
** states ("LONDON - Iraq said it repelled an Iranian assault ...,
** inflicting casualties on the attackers": either side's). A shorter
** story keeps its dateline: "WASHINGTON - Senator Leahy charged Japan
** ..." names the Senate, not the state (eighteenth session). */
#define DATELINE_YIELD_MIN 8
static void dateline_yield(doc_country *dc, const country_tally *best, int second)
{
    if (dc->ndatelines != 1 || !best || best->count < DATELINE_YIELD_MIN)
        return;
    country_dateline_at *dl = &dc->datelines[0];
    if (strcmp(dl->cc, best->cc) == 0 || body_count(dc, dl->cc) > 1)
        return;
    if (2 * second >= best->count)
        dl->cc[0] = '\0';
    else
        memcpy(dl->cc, best->cc, 4);
}

void country_decide(doc_country *dc)
{
    const country_tally *best = NULL;
    int second = 0;
    for (size_t k = 0; k < dc->ntally; k++) {
        const country_tally *t = &dc->tally[k];
        if (!best || t->count > best->count) {
            second = best ? best->count : 0;
            best = t;
        } else if (t->count > second) {
            second = t->count;
        }
    }
    dc->dominant[0] = '\0';
    dc->dominant_count = 0;
    dc->titled = 0;
    /* the title's one country, when the body names it too, is the
    ** article's whatever else the body names in passing */
    for (size_t k = 0; dc->title_cc[0] && k < dc->ntally; k++)
        if (strcmp(dc->tally[k].cc, dc->title_cc) == 0) {
            dc->titled = best != &dc->tally[k] || best->count < 2 || best->count == second;
            best = &dc->tally[k];
            second = 0;
        }
    dateline_yield(dc, best, second);
    if (!best || (!dc->titled && (best->count < 2 || best->count == second)))
        return;
    memcpy(dc->dominant, best->cc, 4);
    dc->dominant_count = best->count;
    dc->dominant_start = best->start;
    dc->dominant_end = best->end;
}
