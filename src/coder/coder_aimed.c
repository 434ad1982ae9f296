/*
** coder_aimed.c — whom a measure or a show of force is aimed at when its
** slot names no actor (sixteenth session, lane rejthreat; docs/coder.md,
** "Sixteenth session: sanctions on goods from a country, sanctions aimed
** by the breach they answer, and forces sent to a named sea"). Two
** fallbacks of the roles step (coder_roles.c):
**
**   - goods named with no country of their own take the country they
**     come from: "slapped tariffs on electronic goods from Japan",
**     "imposed tariffs on microchips imported from Japan" (16x, and a
**     threat of a sanction, 1312), as "Japanese goods" already did;
**   - a named sea, strait, gulf or coast is a place, not an actor the
**     dictionary missed: "deployed missiles near the Strait of Hormuz" is
**     a show of force (15x) that stands alone, as "near the border" is.
*/
#include "coder/coder_int.h"

#include <strings.h>

/* Participles that tell where goods come from: "microchips imported from
** Japan", "cars made in Korea". */
static const char *const origin_verbs[] = {"import", "imported", "make", "made", "produce",
                                           "produced", "manufacture", "manufactured", "ship",
                                           "shipped", "export", "exported", NULL};

int coder_goods_origin(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* a sanction, or a threat of one, on a thing that names no actor */
    if (j->nt > 0 || j->ns == 0 || j->tgt_np < 0 || j->passive ||
        (strncmp(j->code1, "16", 2) != 0 && strcmp(j->code1, "1312") != 0))
        return 0;
    const phrase *p = &s->ls.phrases[j->tgt_np];
    if (p->flags & PHF_PRONOUN)
        return 0;
    uint32_t k = p->end;
    int made = k < s->ls.n && s->ls.tags[k] == TAG_VBN &&
               lemma_in_list(s->ls.lemmas[k], origin_verbs);
    if (made)
        k++;
    /* "goods from Japan"; "cars made in Korea" only after a participle */
    if (k >= s->ls.n ||
        !(lemma_is_word(s->ls.lemmas[k], "from") || (made && lemma_is_word(s->ls.lemmas[k], "in"))))
        return 0;
    const phrase *pp = coder_pp_at(s, k);
    if (!pp || pp->np < 0)
        return 0;
    actor_ref got[MAX_ACTORS];
    int n = coder_resolve_np(c, s, pp->np, got, MAX_ACTORS), kept = 0;
    /* a country as a whole, not the sanctioning state's own */
    char a[4], b[4];
    for (int i = 0; i < n; i++) {
        if (strlen(got[i].code) != 3 || !coder_code_country(got[i].code, a))
            continue;
        int own = 0;
        for (int m = 0; m < j->ns && !own; m++)
            own = coder_code_country(j->src[m].code, b) && strcmp(a, b) == 0;
        if (!own)
            j->tgt[kept++] = got[i];
    }
    return kept;
}

/* Heads of a named place of sea or land, not of an actor: "the Strait of
** Hormuz", "the Gulf", "the Aegean Sea", "the Black Sea coast". */
static const char *const features[] = {
    "strait", "straits", "gulf", "sea", "ocean", "channel", "bay", "coast", "coastline",
    "waters", "border", "frontier", "island", "islands", "peninsula", "river", "lake",
    "canal", NULL};

int coder_named_feature(const sent_ctx *s, int32_t np)
{
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    if (p->flags & (PHF_PRONOUN | PHF_COORD))
        return 0;
    for (const char *const *f = features; *f; f++)
        if (strcasecmp(s->ls.lemmas[p->head], *f) == 0)
            return 1;
    return 0;
}
