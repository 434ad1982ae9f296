/*
** coder_group_lead.c — a story of a group of states met under a dateline
** (docs/coder.md, "Twelfth session, third round: a group's meeting under
** a dateline"). "PARIS - Deputy finance ministers from the Group of Ten
** met here ...", "WASHINGTON - Finance ministers from seven major
** industrial nations agreed ...": the dateline names where they met, not
** whose they are, and "the officials" or "the ministers" later are the
** group's, not the host's. When the lead (the first two body sentences)
** names plural officials by a group of several states, a bare plural
** agent does not take the dateline's country (coder_actor.c,
** article_country). Read from the tokens before the sentences are coded,
** as the dateline is (coder.c, read_countries).
*/
#include "coder/coder_int.h"

#include <ctype.h>

/* the people a group sends: plural only ("an official" is one state's) */
static const char *const group_people[] = {"ministers", "officials", "deputies", "delegates",
                                           "delegations", "representatives", "negotiators",
                                           "envoys", "governors", "leaders", NULL};
/* the same, by their lemmas */
static const char *const group_lemmas[] = {"minister", "official", "deputy", "delegate",
                                           "delegation", "representative", "negotiator",
                                           "envoy", "governor", "leader", NULL};
/* words that name a group of several states ("states" is as often a
** federation's: "congressmen from farm states"); tok_in reads them in any
** case, so "ASEAN" is "Asean" too */
static const char *const group_words[] = {"nations", "countries", "economies",
                                          "democracies", "powers", "Community", "EC",
                                          "EEC", "ASEAN", "OECD", "OPEC", "NATO",
                                          "Commonwealth", NULL};

int coder_tok_in(const char *text, const dyad_token *t, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (base_span_ieq(text + t->start, t->len, list[i]))
            return 1;
    return 0;
}

/* Does token k of t[0..n) name a group of states: "Group of Ten", "G-7",
** "nations" (not "United Nations", nor "United States"), "EC"? */
static int group_at(const char *text, const dyad_token *t, size_t n, size_t k)
{
    const char *w = text + t[k].start;
    if (base_span_ieq(w, t[k].len, "Group") && isupper((unsigned char)*w) && k + 1 < n &&
        base_span_ieq(text + t[k + 1].start, t[k + 1].len, "of"))
        return 1;
    if (t[k].len >= 2 && w[0] == 'G' && (isdigit((unsigned char)w[1]) ||
                                         (w[1] == '-' && t[k].len >= 3 &&
                                          isdigit((unsigned char)w[2]))))
        return 1;
    if (!coder_tok_in(text, &t[k], group_words))
        return 0;
    return !(k > 0 && base_span_ieq(text + t[k - 1].start, t[k - 1].len, "United"));
}

/* Does sentence t[0..n) of text name plural officials of a group of
** states: the group right before them ("EC foreign ministers", "Group of
** Seven finance ministers'"), or after "from" or "of" ("officials from
** seven industrial nations")? */
int coder_group_lead(const char *text, const dyad_token *t, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        /* every word of group_people ends in "s": the last byte turns
        ** down most tokens before the list is read */
        char last = t[k].len ? text[t[k].start + t[k].len - 1] : 0;
        if ((last != 's' && last != 'S') || !coder_tok_in(text, &t[k], group_people))
            continue;
        for (size_t j = k >= 4 ? k - 4 : 0; j < k; j++)
            if (group_at(text, t, n, j))
                return 1;
        if (k + 1 < n && (base_span_ieq(text + t[k + 1].start, t[k + 1].len, "from") ||
                          base_span_ieq(text + t[k + 1].start, t[k + 1].len, "of")))
            for (size_t j = k + 2; j < n && j < k + 10; j++)
                if (group_at(text, t, n, j))
                    return 1;
    }
    return 0;
}

/* Is lemma one of the people a group sends ("minister", "official")? */
int coder_group_people(const char *lemma)
{
    return lemma_in_list(lemma, group_lemmas);
}
