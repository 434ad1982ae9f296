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
#include <string.h>

/* a chamber's words, written with a capital ("a house", "a senate" of a
** university are none) */
static const char *const chamber_words[] = {"Congress", "Senate", "House", NULL};
/* the legislature's people and business, in any case */
static const char *const leg_words[] = {"congressional", "lawmakers", "legislators",
                                        "congressman", "congressmen", NULL};
/* an election or a campaign: the parties act as parties */
static const char *const election_words[] = {"election", "elections", "electoral",
                                             "campaign", "campaigns", "campaigning",
                                             "primary", "primaries", "nominee", "nomination",
                                             "candidate", "candidates", "ballot", "ballots",
                                             "voters", NULL};

int coder_caucus_scan(const char *text, const dyad_token *t, size_t n)
{
    int found = 0;
    for (size_t k = 0; k < n; k++) {
        const char *w = text + t[k].start;
        /* every word of the lists has 5 to 13 letters and opens with one
        ** of these: the two tests turn down most tokens before a list is
        ** read */
        if (t[k].len < 5 || t[k].len > 13 || !strchr("cCsShHlLeEpPnNbBvV", *w))
            continue;
        if (coder_tok_in(text, &t[k], election_words))
            found |= CAUCUS_ELECTION;
        else if (coder_tok_in(text, &t[k], leg_words))
            found |= CAUCUS_CHAMBER;
        /* "the White House", "Government House" are buildings: no capitalised
        ** word right before the chamber's */
        else if (isupper((unsigned char)*w) && coder_tok_in(text, &t[k], chamber_words) &&
                 !(k > 0 && isupper((unsigned char)text[t[k - 1].start]) &&
                   !base_span_ieq(text + t[k - 1].start, t[k - 1].len, "The")))
            found |= CAUCUS_CHAMBER;
    }
    return found;
}

int coder_caucus_member(const dyad_coder *c, const sent_ctx *s, const phrase *p,
                        const char *kind)
{
    return c->doc.caucus == CAUCUS_CHAMBER && strcmp(kind, "PTY") == 0 &&
           (s->ls.tags[p->head] == TAG_NNS || s->ls.tags[p->head] == TAG_NNPS ||
            lemma_is_word(s->ls.lemmas[p->head], "leadership"));
}
