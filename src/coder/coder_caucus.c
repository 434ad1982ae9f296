/*
** coder_caucus.c — a party's members in a story of the legislature
** (docs/coder.md, "Fourteenth session: a capital's possessive, and a
** party's members in Congress"). "Democrats said the budget deficit
** should be reduced", "Miller urged the Republicans to hold firm against a
** tax hike": in a story of a legislature's business the parties' members
** who act are its members, and the annotation guide and the precision
** samples code them as the legislature (LEG), not the party (PTY: a party
** acting as a party, as in a campaign). When the article names a chamber
** ("Congress", "congressional", "the Senate", "the House") and nothing of
** an election or a campaign, a party's plural members with no country in
** their phrase are the article's legislature (coder_actor.c,
** article_country). Read from the tokens before the sentences are coded,
** as the dateline is (coder.c, read_countries).
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

/* The words the scan looks for, each with the bit it sets: a chamber's
** name written with a capital ("a house", "a senate" of a university are
** none), the legislature's people and business in any case, and an
** election or a campaign (the parties act as parties). */
struct caucus_word {
    const char *word;
    unsigned char len;       /* strlen(word): most words of the same letter differ in it */
    unsigned char bit;
    unsigned char capital;   /* counted only with a capital first letter */
};
#define CW(w, bit, capital) {w, sizeof w - 1, bit, capital}
static const struct caucus_word caucus_words[] = {
    CW("ballot", CAUCUS_ELECTION, 0),        CW("ballots", CAUCUS_ELECTION, 0),
    CW("campaign", CAUCUS_ELECTION, 0),      CW("campaigns", CAUCUS_ELECTION, 0),
    CW("campaigning", CAUCUS_ELECTION, 0),   CW("candidate", CAUCUS_ELECTION, 0),
    CW("candidates", CAUCUS_ELECTION, 0),    CW("congress", CAUCUS_CHAMBER, 1),
    CW("congressional", CAUCUS_CHAMBER, 0),  CW("congressman", CAUCUS_CHAMBER, 0),
    CW("congressmen", CAUCUS_CHAMBER, 0),    CW("election", CAUCUS_ELECTION, 0),
    CW("elections", CAUCUS_ELECTION, 0),     CW("electoral", CAUCUS_ELECTION, 0),
    CW("house", CAUCUS_CHAMBER, 1),          CW("lawmakers", CAUCUS_CHAMBER, 0),
    CW("legislators", CAUCUS_CHAMBER, 0),    CW("nomination", CAUCUS_ELECTION, 0),
    CW("nominee", CAUCUS_ELECTION, 0),       CW("primaries", CAUCUS_ELECTION, 0),
    CW("primary", CAUCUS_ELECTION, 0),       CW("senate", CAUCUS_CHAMBER, 1),
    CW("voters", CAUCUS_ELECTION, 0),        {NULL, 0, 0, 0}};

/* the first letters of caucus_words, one bit each from 'a' */
#define CAUCUS_INITIALS                                                                    \
    (1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('e' - 'a') | 1u << ('h' - 'a') |       \
     1u << ('l' - 'a') | 1u << ('n' - 'a') | 1u << ('p' - 'a') | 1u << ('s' - 'a') |       \
     1u << ('v' - 'a'))

/* The index of the first word of each letter in caucus_words (of the
** end, for a letter no word opens with), made from the list once a
** process, so that it cannot fall out of step with it. */
static unsigned char caucus_first[26];
static pthread_once_t caucus_once = PTHREAD_ONCE_INIT;

static void caucus_index(void)
{
    size_t end = sizeof caucus_words / sizeof *caucus_words - 1;
    for (int c = 25; c >= 0; c--) {
        caucus_first[c] = (unsigned char)end;
        for (size_t k = 0; k < end; k++)
            if (caucus_words[k].word[0] == 'a' + c) {
                caucus_first[c] = (unsigned char)k;
                break;
            }
    }
}

int coder_caucus_scan(const char *text, const dyad_token *t, size_t n)
{
    int found = 0;
    pthread_once(&caucus_once, caucus_index);
    for (size_t k = 0; k < n && !(found & CAUCUS_ELECTION); k++) {
        const char *w = text + t[k].start;
        /* every word has 5 to 13 letters and opens with one of nine
        ** letters: most tokens are turned down here, and the rest are
        ** compared only with the words that open with their letter (the
        ** list is in alphabetical order) */
        int first = tolower((unsigned char)*w);
        if (t[k].len < 5 || t[k].len > 13 || first < 'a' || first > 'z' ||
            !(CAUCUS_INITIALS >> (first - 'a') & 1))
            continue;
        for (const struct caucus_word *cw = caucus_words + caucus_first[first - 'a'];
             cw->word && cw->word[0] == first; cw++) {
            if (cw->len != t[k].len || !base_span_ieq(w, t[k].len, cw->word))
                continue;
            /* "the White House", "Government House" are buildings: no
            ** capitalised word right before the chamber's */
            if (cw->capital &&
                (!isupper((unsigned char)*w) ||
                 (k > 0 && isupper((unsigned char)text[t[k - 1].start]) &&
                  !base_span_ieq(text + t[k - 1].start, t[k - 1].len, "The"))))
                break;
            found |= cw->bit;
            break;
        }
    }
    return found;
}

/* What the article of sentence s names (c->doc.caucus), read from its
** body and heading sentences when first asked: a party's plural members
** are seldom named, and the scan reads every word of the article
** (twentieth session: it ran on every article). Once an election is
** named, nothing later changes that. */
static int doc_caucus(dyad_coder *c, const sent_ctx *s)
{
    if (c->doc.caucus >= 0)
        return c->doc.caucus;
    const dyad_sentence *se = dyad_text_sentences(c->text);
    const dyad_token *tk = dyad_text_tokens(c->text);
    size_t ns = dyad_text_sentence_count(c->text);
    int found = 0;
    for (size_t i = 0; i < ns && !(found & CAUCUS_ELECTION); i++)
        if (se[i].kind == DYAD_SENT_BODY || se[i].kind == DYAD_SENT_HEADING)
            found |= coder_caucus_scan(s->ls.text, tk + se[i].tok_first, se[i].tok_count);
    return c->doc.caucus = found;
}

int coder_caucus_member(dyad_coder *c, const sent_ctx *s, const phrase *p, const char *kind)
{
    return strcmp(kind, "PTY") == 0 &&
           (s->ls.tags[p->head] == TAG_NNS || s->ls.tags[p->head] == TAG_NNPS ||
            lemma_is_word(s->ls.lemmas[p->head], "leadership")) &&
           doc_caucus(c, s) == CAUCUS_CHAMBER;
}

/* The actors a[0..n) that are a party's plural members ("other
** Republicans": the last word of their words a plural) become the
** legislature of their country, when the article names that country's
** legislature and no other's (or names a chamber of no country, and the
** members are the article's own). */
static void caucus_actors(const dyad_coder *c, const sent_ctx *s, actor_ref *a, int n)
{
    const country_dateline_at *dl;
    const char *home = coder_home_cc(&c->doc.country, s, &dl);
    if (!home)
        home = "";
    for (int i = 0; i < n; i++) {
        size_t len = strlen(a[i].code);
        char cc[4];
        if (len != 6 || strcmp(a[i].code + 3, "PTY") != 0 || a[i].end == 0 ||
            a[i].end > s->ls.n || !coder_code_country(a[i].code, cc) ||
            !coder_home_legislature(c, cc) ||
            strcmp(c->doc.country.leg_cc[0] ? c->doc.country.leg_cc : home, cc) != 0)
            continue;
        /* the members by the party's name, not its leaders or officials
        ** ("unnamed party leaders" in China are the party's) */
        static const char *const offices[] = {"leader", "official", "chairman", "member",
                                              "leadership", NULL};
        uint32_t last = a[i].end - 1;
        int t = s->ls.tags[last];
        if ((t == TAG_NNS || t == TAG_NNPS) && !lemma_in_list(s->ls.lemmas[last], offices))
            memcpy(a[i].code + 3, "LEG", 4);
    }
}

/* Does one of a[0..n) carry a party's code (ccPTY), which caucus_actors
** may rewrite? */
static int party_actor(const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        if (strlen(a[i].code) == 6 && strcmp(a[i].code + 3, "PTY") == 0)
            return 1;
    return 0;
}

void coder_caucus_roles(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if ((!party_actor(j->src, j->ns) && !party_actor(j->tgt, j->nt)) ||
        doc_caucus(c, s) != CAUCUS_CHAMBER)
        return;
    caucus_actors(c, s, j->src, j->ns);
    caucus_actors(c, s, j->tgt, j->nt);
}
