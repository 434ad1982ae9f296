/*
** coder_bank_head.c — a central bank's head named by his title (docs/coder.md,
** "Eleventh session: people and bodies by their roles"). "Brazil wants to
** resume payments, central bank governor Ana Lima said": the wires give a
** central bank's governor or president no country in his phrase, and the
** name beside the title keeps the article's country from him
** (article_country takes it only for a minister's office). A reader takes
** him for the story's state (story_country) when his sentence names it,
** or names none and the dateline and the article agree; when it names
** another, he may be either's: no code. A central bank is its state's government
** (docs/annotation.md), and so is its head, and his "he" and surname
** later.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* The one country the dictionary's actors name in sentence s outside
** tokens [first, end), copied to cc: states and their organs, not people
** (a foreigner the head speaks of), nor a currency's ("U.S. Dlrs"). 1 when
** one, 0 when none, -1 when several. */
static int sentence_country(const dyad_coder *c, const sent_ctx *s, uint32_t first, uint32_t end,
                            char cc[4])
{
    static const char *const money[] = {"dollar", "dollars", "dlr", "dlrs", "currency", NULL};
    int n = 0;
    for (uint32_t k = 0; k < s->ls.n;) {
        dict_match m;
        char mc[4];
        size_t len = k >= first && k < end ? 0
                                           : dict_match_actor(c->d, s->ids, s->ls.n, k, s->date, &m);
        uint32_t next = k + (uint32_t)len;
        if (len && m.code && m.actor->kind != DICT_PERSON && coder_code_country(m.code, mc) &&
            !(next < s->ls.n && coder_word_in_list(s, next, money)) &&
            (!n || strcmp(mc, cc) != 0)) {
            if (n++)
                return -1;
            memcpy(cc, mc, 4);
        }
        k += len ? (uint32_t)len : 1;
    }
    return n;
}

/* The story's country: the dateline's when the article names it more
** than by the dateline ("TAIPEI - ... Taiwan's"; *dl set), else the one
** the article names most. NULL when neither. */
static const char *story_country(const doc_country *dc, const sent_ctx *s,
                                 const country_dateline_at **dl)
{
    *dl = country_dateline_for(dc, s->index);
    for (size_t i = 0; *dl && i < dc->ntally; i++)
        if (strcmp(dc->tally[i].cc, (*dl)->cc) == 0 && dc->tally[i].count >= 2)
            return (*dl)->cc;
    *dl = NULL;
    return dc->dominant[0] ? dc->dominant : NULL;
}

int coder_bank_head(dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out)
{
    /* "central bank", "Reserve Bank" (South Africa's, India's); not a
    ** "National Bank", as often a firm's name as a state's bank */
    static const char *const banks[] = {"central", "reserve", NULL};
    static const char *const heads[] = {"governor", "president", "chairman", "chairwoman",
                                        "head", "director", "deputy", "vice-president",
                                        "vice", NULL};
    /* a former head is no longer the state's ("former central bank
    ** governor"); what else stands before the bank's words may be a
    ** parse's leftover ("as soon as possible, central bank governor ...") */
    uint32_t k = p->first, end = p->end;
    if (k + 4 > end)
        return 0;   /* too short for the bank's two words, a title and a name */
    while (k + 1 < end && !(coder_word_in_list(s, k, banks) &&
                            lemma_is_word(s->ls.lemmas[k + 1], "bank"))) {
        if (coder_former_word(s, k))
            return 0;
        k++;
    }
    if (k + 4 > end)
        return 0;
    uint32_t name = k + 2;
    while (name < end && coder_word_in_list(s, name, heads))
        name++;
    /* a title, then a name of two proper nouns or more and nothing else */
    if (name == k + 2 || end - name < 2)
        return 0;
    for (uint32_t j = name; j < end; j++)
        if (s->ls.tags[j] != TAG_NNP)
            return 0;
    /* the state his sentence names, when it is the story's: a head speaks
    ** of other states too ("said Washington's pressure ...", "LONDON -
    ** ... Brazil's creditors"); with none, the story's, when its dateline
    ** and its most named country agree */
    char cc[4];
    const doc_country *dc = &c->doc.country;
    const country_dateline_at *dl = NULL;
    const char *story = story_country(dc, s, &dl);
    int named = sentence_country(c, s, p->first, end, cc);
    /* a story that names no state often enough to have one is his
    ** sentence's */
    if (named < 0 || (!story && !named) || (story && named && strcmp(cc, story) != 0) ||
        (!named && dl && strcmp(story, dc->dominant) != 0))
        return 0;
    memset(out, 0, sizeof *out);
    out->first = p->first;
    out->end = end;
    snprintf(out->code, sizeof out->code, "%.3sGOV", named ? cc : story);
    if (named) {
        coder_from_sentence(out);
    } else {
        coder_from_home(out, dc, dl);
        out->office = !dl;   /* kept for his later mentions, as a minister's */
    }
    return 1;
}
