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

/* Words that count people before a noun ("many Kenyans"); lemmas. */
static const char *const quantities[] = {
    "many", "some", "several", "few", "numerous", "dozen", "dozens", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "score", "scores",
    "tens", "number", "crowd", "crowds", "group", "groups", NULL};

/* Is token k a count: a number, or a word of quantity? */
static int count_at(const sent_ctx *s, uint32_t k)
{
    return s->ls.tags[k] == TAG_CD || lemma_in_list(s->ls.lemmas[k], quantities);
}

/* Is the people word at token h counted ("three Americans", "the 30
** Swiss") or bare ("Hongkongers", "thousands of Kenyans"), not brought in
** by "the" alone ("the Americans")? Walks back over the adjectives of its
** own noun phrase np. */
static int not_the_alone(const sent_ctx *s, int32_t np, uint32_t h)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t k = h;
    int def = 0;
    while (k > p->first) {
        k--;
        if (count_at(s, k))
            return 1;
        if (lemma_is_word(s->ls.lemmas[k], "the"))
            def = 1;
        else if (!tag_is_adj(s->ls.tags[k]) && !tag_is_adv(s->ls.tags[k]))
            break;
    }
    return !def;
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

/* Is actor a a country's people by this file's reading: named by a word
** for its people, as its noun phrase's head, counted or bare, not "the
** Americans" alone? */
static int nationals(const dyad_coder *c, const sent_ctx *s, const actor_ref *a)
{
    char cc[4];
    if (a->from != FROM_SENTENCE || a->end == 0 || a->end > s->ls.n ||
        strlen(a->code) != 3 || !coder_code_country(a->code, cc))
        return 0;
    uint32_t h = a->end - 1;
    int32_t np = s->ls.np_of[h];
    return np >= 0 && s->ls.phrases[np].head == h && people_word(c, s, h, a->code) &&
           not_the_alone(s, np, h);
}

/* Is code its own country's police or troops (KENCOP, KENMIL), the
** country cc's? */
static int own_forces(const char *code, const char *cc)
{
    return strlen(code) == 6 && strncmp(code, cc, 3) == 0 &&
           (strcmp(code + 3, "COP") == 0 || strcmp(code + 3, "MIL") == 0);
}

/* Does every actor of a[0..n) stand for the police or troops of the
** country whose bare code is cc? */
static int all_own_forces(const actor_ref *a, int n, const char *cc)
{
    for (int i = 0; i < n; i++)
        if (!own_forces(a[i].code, cc))
            return 0;
    return n > 0;
}

void coder_nationals(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (c->act_as_said)
        return;
    /* the doers of a protest; the detained, the expelled, the victims of
    ** an assault or of mass violence. In a fight (19x) only against or by
    ** their own country's police or troops ("thousands of Bolivians
    ** battled riot police"): "its troops killed thousands of Iranians" in
    ** a war are soldiers */
    int protest = strncmp(j->code1, "14", 2) == 0;
    int fight = strncmp(j->code1, "18", 2) == 0 || strncmp(j->code1, "19", 2) == 0;
    int harmed = strncmp(j->code1, "17", 2) == 0 || strncmp(j->code1, "18", 2) == 0 ||
                 strncmp(j->code1, "20", 2) == 0;
    for (int i = 0; i < j->ns; i++)
        if ((protest || (fight && all_own_forces(j->tgt, j->nt, j->src[i].code))) &&
            nationals(c, s, &j->src[i]))
            strcat(j->src[i].code, "CVL");
    for (int k = 0; k < j->nt; k++)
        if ((harmed || (fight && all_own_forces(j->src, j->ns, j->tgt[k].code))) &&
            nationals(c, s, &j->tgt[k]))
            strcat(j->tgt[k].code, "CVL");
}
