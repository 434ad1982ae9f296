/*
** coder_place_visit.c — a visit or trip named by its place before the
** noun (docs/coder.md, "Fifteenth session, second round: ... a visit
** named by its place"). "Nakasone's Washington visit", "a scheduled
** Moscow visit by the U.S. Secretary of State", "during his week-long
** Washington visit from April 29": the place word right before "visit"
** is where the guest goes, as "visit to Washington" says, and no noun
** pattern reads it (patterns read the words after the noun). Only one
** word, a country or a capital the dictionaries give a country: a region
** ("a Middle East visit", "a Gulf tour") is no host, and a month ("a July
** trip") no place. Reads the sentence and resolves the word; the nominal
** step finds the guest and emits (place_visit in coder_nominal.c).
** Under a dateline, "here" right after the noun is such a host too ("a
** visit here next week by Japanese trade officials": eighteenth session).
*/
#include "coder/coder_int.h"

int coder_place_before_visit(dyad_coder *c, const sent_ctx *s, int32_t np, actor_ref *out)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t h = p->head;
    if (!lemma_in_list(s->ls.lemmas[h], coder_journey_nouns) || h == 0 || h - 1 < p->first)
        return 0;
    uint32_t k = h - 1;
    if (s->ls.tags[k] != TAG_NNP || !(s->ls.toks[k].flags & DYAD_TF_CAPITALIZED))
        return 0;
    /* one word only: "Middle East visit", "Latin American tour" are regions */
    if (k > p->first && s->ls.tags[k - 1] == TAG_NNP)
        return 0;
    if (!coder_resolve_span(c, s, k, k + 1, out))
        return 0;
    char cc[4];
    return strlen(out->code) == 3 && coder_code_country(out->code, cc) &&
           !mentions_region_code(cc);
}

uint32_t coder_here_after_visit(const dyad_coder *c, const sent_ctx *s, int32_t np,
                                actor_ref *out)
{
    const phrase *p = &s->ls.phrases[np];
    uint32_t k = p->head + 1;
    if (!lemma_in_list(s->ls.lemmas[p->head], coder_journey_nouns) || p->end != k ||
        k >= s->ls.n || !lemma_is_word(s->ls.lemmas[k], "here"))
        return 0;
    /* only a dateline says where "here" is (coder_here_target) */
    const country_dateline_at *dl = country_dateline_for(&c->doc.country, s->index);
    if (!dl || !dl->where[0])
        return 0;
    memset(out, 0, sizeof *out);
    snprintf(out->code, sizeof out->code, "%s", dl->where);
    out->first = k;
    out->end = k + 1;
    coder_from_home(out, &c->doc.country, dl);
    return k + 1;
}
