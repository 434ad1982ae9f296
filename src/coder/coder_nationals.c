/*
** coder_nationals.c — people named by their nationality. The actor
** dictionary gives "Kenyans", "Swedes" and "Hongkongers" their country's
** bare code, as it gives "Kenya": right for "the Americans" of diplomatic
** wire copy, who are the state or its negotiators, wrong for "thousands
** of Kenyans" in the streets or "three Americans" killed by gunmen, who
** are people. docs/annotation.md's role table codes people, crowds and
** protesters as civilians (CVL); so does this file, for a nationality
** that is plainly people (docs/coder.md, "People named by their
** nationality").
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Words that count people before a noun ("many Kenyans") or before "of"
** ("thousands of Kenyans"); lemmas. */
static const char *const quantities[] = {
    "many", "some", "several", "few", "numerous", "dozen", "dozens", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "score", "scores",
    "tens", "number", "crowd", "crowds", "group", "groups", NULL};

/* Is token k a count: a number, or a word of quantity? */
static int count_at(const sent_ctx *s, uint32_t k)
{
    return s->ls.tags[k] == TAG_CD || lemma_in_list(s->ls.lemmas[k], quantities);
}

/* Is token k "the"? */
static int the_at(const sent_ctx *s, uint32_t k)
{
    const dyad_token *t = &s->ls.toks[k];
    return t->len == 3 && strncasecmp(s->ls.text + t->start, "the", 3) == 0;
}

/* How the people word at token h is introduced: 1 counted ("three
** Americans", "thousands of Kenyans", "the 30 Swiss"), -1 by "the" alone
** ("the Americans"), 0 bare ("Hongkongers"). Walks back over the
** adjectives of its own noun phrase np, then over "of" to a count. */
static int introduced(const sent_ctx *s, int32_t np, uint32_t h)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t k = h;
    int def = 0;
    while (k > p->first) {
        k--;
        if (count_at(s, k))
            return 1;
        if (the_at(s, k))
            def = 1;
        else if (!tag_is_adj(s->ls.tags[k]) && !tag_is_adv(s->ls.tags[k]))
            return def ? -1 : 0;
    }
    if (!def && k >= 2 && strcmp(s->ls.lemmas[k - 1], "of") == 0 && count_at(s, k - 2))
        return 1;
    return def ? -1 : 0;
}

/* Is the one-word name at token h a word for the country's people: a
** plural whose singular is a name of the same country ("Kenyans",
** "Swedes", "Hongkongers"), not the country's own name ("the
** Philippines"), or a nationality that keeps its form ("Japanese",
** "Swiss")? code is the code the name gave. */
static int people_word(const dyad_coder *c, const sent_ctx *s, uint32_t h, const char *code)
{
    const dyad_token *t = &s->ls.toks[h];
    const char *w = s->ls.text + t->start;
    if (t->len < 4 || !isupper((unsigned char)w[0]))
        return 0;
    if ((t->len > 4 && strncmp(w + t->len - 3, "ese", 3) == 0) ||
        (t->len == 5 && strncmp(w, "Swiss", 5) == 0))
        return 1;
    if (w[t->len - 1] != 's')
        return 0;
    dict_word whole = {w, t->len}, one = {w, t->len - 1};
    dict_match m;
    if (dict_match_actor_words(c->d, &whole, 1, 0, s->date, &m) != 1 || !m.actor ||
        (strlen(m.actor->name) == t->len && strncmp(m.actor->name, w, t->len) == 0))
        return 0;
    const dict_actor *plural = m.actor;
    return dict_match_actor_words(c->d, &one, 1, 0, s->date, &m) == 1 && m.actor == plural &&
           m.code && strcmp(m.code, code) == 0;
}

/* Is actor a a country's people by this file's reading, its role in the
** event known (doer of a protest, target of coercion or violence)? */
static int nationals(const dyad_coder *c, const sent_ctx *s, const actor_ref *a, int by_role)
{
    char cc[4];
    if (a->from != FROM_SENTENCE || a->end == 0 || a->end > s->ls.n ||
        strlen(a->code) != 3 || !coder_code_country(a->code, cc))
        return 0;
    uint32_t h = a->end - 1;
    int32_t np = s->ls.np_of[h];
    if (np < 0 || s->ls.phrases[np].head != h || !people_word(c, s, h, a->code))
        return 0;
    int how = introduced(s, np, h);
    return how > 0 || (how == 0 && by_role);
}

void coder_nationals(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (c->act_as_said || !j->code1[0])
        return;
    /* the doers of a protest, the victims or the detained */
    int protest = strncmp(j->code1, "14", 2) == 0;
    int harmed = strncmp(j->code1, "17", 2) == 0 || strncmp(j->code1, "18", 2) == 0 ||
                 strncmp(j->code1, "19", 2) == 0 || strncmp(j->code1, "20", 2) == 0;
    for (int i = 0; i < j->ns; i++)
        if (nationals(c, s, &j->src[i], protest))
            strcat(j->src[i].code, "CVL");
    for (int k = 0; k < j->nt; k++)
        if (nationals(c, s, &j->tgt[k], harmed))
            strcat(j->tgt[k].code, "CVL");
}
