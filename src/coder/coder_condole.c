/*
** coder_condole.c — condolences sent to the people a disaster hurt
** (docs/coder.md, "Sixteenth session: credit guarantees moved to a country,
** and condolences to the bereaved"). "The prime minister offered his
** condolences to the families of those who died", "My thoughts are with the
** injured": sympathy (018) for people the sentence names by what befell them
** (families, relatives, victims, the injured) and not by country. When the
** article told no violent act whose victim takes them (coder_stance.c's
** coder_stance_claimed), they are the people of the article's country: its
** dateline's, else the one it names most, as a protest's people are found.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Words of a phrase that name people by their loss or hurt; "those" only
** with words after it ("those who lost their lives", "those affected"). */
static const char *const bereaved[] = {"family",   "relative", "victim",   "injured",
                                       "wounded",  "bereaved", "survivor", "kin",
                                       "loved",    NULL};

/* Does phrase p name people by their loss or hurt: a word of bereaved in
** it ("the injured and all those affected" has its head last), or
** "those" with a relative clause or participle after it? */
static int names_bereaved(const sent_ctx *s, const phrase *p)
{
    static const char *const after_those[] = {"who", "affect", "affected", "hurt",
                                              "injure", "kill", NULL};
    for (uint32_t k = p->first; k < p->end && k < s->ls.n; k++) {
        const char *w = s->ls.lemmas[k];
        if (lemma_in_list(w, bereaved))
            return 1;
        if (lemma_is_word(w, "those") && k + 1 < s->ls.n &&
            lemma_in_list(s->ls.lemmas[k + 1], after_those))
            return 1;
    }
    return 0;
}

int coder_condoled_home(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (strcmp(j->code1, "018") != 0 || j->nt != 0 || j->ns == 0 || j->tgt_np < 0 ||
        c->act_as_said || c->opts.partial)
        return 0;
    if (!names_bereaved(s, &s->ls.phrases[j->tgt_np]))
        return 0;
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(&c->doc.country, s, &dl);
    /* people abroad are where the sentence puts them, not at home; and a
    ** capital's dateline over a story of a disaster in a country the
    ** article names more ("WASHINGTON - ... an earthquake in Ecuador")
    ** does not place the bereaved */
    if (!cc || !coder_places_only(s, cc))
        return 0;
    if (dl && c->doc.country.dominant[0] && strcmp(c->doc.country.dominant, cc) != 0)
        return 0;
    /* a firm's condolences are no political act (docs/annotation.md, test 1) */
    for (int i = 0; i < j->ns; i++)
        if (strstr(j->src[i].code, "BUS"))
            return 0;
    actor_ref *t = &j->tgt[0];
    memset(t, 0, sizeof *t);
    snprintf(t->code, sizeof t->code, "%sCVL", cc);
    const phrase *p = &s->ls.phrases[j->tgt_np];
    t->first = p->first;   /* the words that stand for them */
    t->end = p->end;
    coder_from_home(t, &c->doc.country, dl);
    j->nt = 1;
    return 1;
}
