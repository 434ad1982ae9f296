/*
** coder_chamber.c — a legislature's chamber named by its capitalised
** name (docs/coder.md, "Twelfth session: agents with no country"). The
** wires name the members, leaders, parties and committees of a chamber by
** the chamber's word alone: "House leaders", "Senate Republicans", "the
** Senate Agriculture Committee", "House Speaker Jim Wright". The agent
** list gives "leaders", "Republicans" or "committee" a role but no
** country, and the chamber's word beside it is another noun that kept the
** article's country from it (article_country, other_noun_in): whose
** leaders a word says is not the article's to guess ("union leaders").
** A chamber's word is no such owner: it is the legislature of the state
** the story is told in. Here such a phrase is read as the legislature
** (LEG), and takes the article's country as "the Senate" alone does.
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <string.h>

/* the chamber's words: capitalised only ("the house", "a senate" of a
** university are no chamber) */
static const char *const chambers[] = {"senate", "house", NULL};

/* the chambers no agent names, which stand alone after "the": "the House",
** "the Diet" (a dictionary entry would match "raided the house", "a rice
** diet": matching ignores case) */
static const char *const bare_chambers[] = {"house", "diet", NULL};

/* words that make the phrase a chamber's body or office with no agent of
** its own */
static const char *const bodies[] = {"committee", "subcommittee", "caucus", "panel",
                                     "speaker", "chairman", "chairwoman", "member",
                                     "members", NULL};

/* a share of the chamber's body before "of" ("a majority of the Senate
** Agriculture Committee") */
static const char *const shares[] = {"majority", "members", "most", NULL};

/* a leader's rank within the chamber ("Senate majority leader") */
static const char *const ranks[] = {"majority", "minority", NULL};

/* the roles a chamber's member, leader or party caucus may hold */
static const char *const member_roles[] = {"LEG", "PTY", "GOV", "OPP", NULL};

/* Is token k written with a capital? */
static int capitalised(const sent_ctx *s, uint32_t k)
{
    return isupper((unsigned char)s->ls.text[s->ls.toks[k].start]) != 0;
}

/* Is token k a compound whose last part is a small word, an adjective
** however tagged ("Republican-controlled", "Democratic-led")? */
static int compound_modifier(const sent_ctx *s, uint32_t k)
{
    const dyad_token *t = &s->ls.toks[k];
    const char *w = s->ls.text + t->start;
    const char *dash = memchr(w, '-', t->len);
    return dash && dash + 1 < w + t->len && islower((unsigned char)dash[1]);
}

int coder_home_legislature(const dyad_coder *c, const char *cc)
{
    const doc_country *dc = &c->doc.country;
    return cc && cc[0] && !dc->leg_mixed && (!dc->leg_cc[0] || strcmp(dc->leg_cc, cc) == 0);
}

/* Is the chamber's word at k the head of "House of Representatives", the
** lower chamber's full name, which no agent names and the dictionary
** knows only with "U.S." before it? */
static int representatives(const sent_ctx *s, uint32_t k)
{
    static const char *const house[] = {"house", NULL};
    return k + 2 < s->ls.n && coder_word_in_list(s, k, house) &&
           lemma_is_word(s->ls.lemmas[k + 1], "of") && capitalised(s, k + 2) &&
           base_span_ieq(s->ls.text + s->ls.toks[k + 2].start, s->ls.toks[k + 2].len,
                         "representatives");
}

/* Is token k, after "the" at the head of phrase p, a chamber's word
** alone ("urged the House to reject the bill", "the Diet passed"), not
** the head of a longer name ("the House of Commons": its "of" follows),
** under a dateline (the story is told there: a country only counted
** says less, and "the House" of a story with none is named in full
** first, shortnames.c), in an article that names no other state's
** legislature than its own? */
static int bare_chamber(const dyad_coder *c, const sent_ctx *s, const phrase *p, uint32_t k)
{
    const country_dateline_at *dl;
    /* "the House and Senate committees investigating ...": the word is the
    ** committees' modifier, whose head the parse gave the other chamber */
    uint32_t n = (uint32_t)s->ls.n;
    if (k + 3 < n && s->ls.tags[k + 1] == TAG_CC && capitalised(s, k + 2) &&
        coder_word_in_list(s, k + 2, chambers) && tag_is_noun(s->ls.tags[k + 3]))
        return 0;
    return k == p->first + 1 && k + 1 == p->end &&
           lemma_is_word(s->ls.lemmas[p->first], "the") && coder_word_in_list(s, k, bare_chambers) &&
           (!(k + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[k + 1], "of")) || representatives(s, k)) &&
           coder_home_legislature(c, coder_home_cc(&c->doc.country, s, &dl)) && dl;
}

int coder_chamber_phrase(const dyad_coder *c, const sent_ctx *s, const phrase *p)
{
    uint32_t k = p->first;
    int modified = 0;
    /* "A majority of the Senate Agriculture Committee", "members of the
    ** House Ways and Means Committee": a share of the body is the body */
    if (k + 2 < p->end && s->ls.tags[k] == TAG_DT && coder_word_in_list(s, k + 1, shares) &&
        lemma_is_word(s->ls.lemmas[k + 2], "of"))
        k += 3;
    else if (k + 1 < p->end && coder_word_in_list(s, k, shares) &&
             lemma_is_word(s->ls.lemmas[k + 1], "of"))
        k += 2;
    /* "the", "Two leading", "the Republican-controlled" */
    for (; k < p->end && (s->ls.tags[k] == TAG_DT || s->ls.tags[k] == TAG_CD ||
                          tag_is_adj(s->ls.tags[k]) || compound_modifier(s, k));
         k++)
        modified |= s->ls.tags[k] != TAG_DT;
    if (k >= p->end || !capitalised(s, k))
        return 0;
    if (bare_chamber(c, s, p, k))
        return 1;
    if (!coder_word_in_list(s, k, chambers))
        return 0;
    /* the chamber itself after its modifiers: "the Republican-controlled
    ** Senate" */
    if (k + 1 == p->end)
        return modified;
    /* "White House", "Government House": a proper noun before the
    ** chamber's word makes it another building's name */
    if (k > p->first && tag_is_proper(s->ls.tags[k - 1]))
        return 0;
    /* after the chamber: a committee's portfolio words, a body's word or
    ** an agent of a member's role, and a person's name; nothing else, so
    ** the head is one of these ("Senate meetings", "House prices",
    ** "Senate Banking Committee legislation" are not) */
    /* an agent of another role inside a committee's name ("the House
    ** Judiciary Committee", "Senate Armed Services Committee") is the
    ** committee's portfolio: a body's word must follow it */
    int member = 0, portfolio = 0;
    /* the chamber as the possessor: "The Senate's Democratic and
    ** Republican leaders" */
    if (k + 1 < p->end && s->ls.tags[k + 1] == TAG_POS)
        k++;
    for (k++; k < p->end;) {
        const dict_agent *ag;
        size_t len = dict_match_agent(c->d, s->ids, p->end, k, &ag);
        if (len) {
            if (ag->prefix)
                return 0;
            if (coder_agent_role_in(ag->code, member_roles))
                member = 1;
            else
                portfolio = 1;
            k += (uint32_t)len;
            continue;
        }
        if (coder_word_in_list(s, k, bodies)) {
            member = 1;
            portfolio = 0;
            k++;
            continue;
        }
        /* a portfolio's words before the body ("Agriculture", "Ways and
        ** Means") or a name after the title ("Chairman Patrick Leahy") */
        if (!tag_is_proper(s->ls.tags[k]) && s->ls.tags[k] != TAG_CC &&
            !tag_is_adj(s->ls.tags[k]) && !coder_word_in_list(s, k, ranks))
            return 0;
        k++;
    }
    return member && !portfolio;
}
