/*
** coder_place.c — the coder asks the article stage (src/article/place*)
** about the places of a sentence: where an event happened, which country
** a city standing as its target is, and when a capital stands for its
** government (docs/coder.md, "Places"). The places were found once per
** sentence (coder_sentence); what a CAMEO code says of the act is decided
** here, since the article stage knows nothing of events.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* Is an act of this code done at its target's place, so that a capital or
** country as its target is where it happened, not the government: a visit
** (042), force posture (15), seizing, expelling, repressing (171, 174,
** 175), assault, fighting and mass violence (18 to 20)?
** "Missiles struck Kyiv" is done to the city; "accused Washington",
** "negotiated with Iran", "charged France" and "lent to Brazil" to the
** government. Read on
** the corpus: other codes gave the target's country as the place wrongly. */
static int physical(const char *code)
{
    static const char *const prefixes[] = {"042", "15", "171", "174", "175",
                                           "18",  "19", "20",  NULL};
    for (const char *const *p = prefixes; *p; p++)
        if (strncmp(code, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

void coder_clause_place(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    place_from from;
    const place_mention *pl;
    size_t npl = coder_places(s, &pl);
    const place_mention *p = place_where(pl, npl, &s->ls, j->ci, j->tgt_np,
                                         physical(j->code1[0] ? j->code1 : j->code2 ? j->code2 : ""),
                                         &from);
    if (p) {
        j->where = *p;
        j->where_from = (uint8_t)from;
    } else if (c->doc.has_dateline_place) {
        j->where = c->doc.dateline_place;
        j->where_from = PLACE_FROM_DATELINE;
    } else {
        j->where_from = PLACE_FROM_NONE;
    }
}

int coder_place_target(const sent_ctx *s, clause_job *j)
{
    /* "a mass shooting in Christchurch": a pattern's slot reached over a
    ** preposition of place holds where, not whom */
    int32_t np = j->m.target >= 0 && place_only_where(j->m.slot_prep) ? -1 : j->tgt_np;
    const place_mention *pl;
    size_t npl = coder_places(s, &pl);
    const place_mention *p = place_target(pl, npl, &s->ls, j->ci, np,
                                          j->look_further, strncmp(j->code1, "04", 2) == 0);
    if (!p)
        return 0;
    /* "Putin flew to Magnitogorsk": a city of the source's own country
    ** names no other party */
    int foreign = 0;
    for (int i = 0; i < j->ns; i++) {
        char cc[4];
        foreign |= !coder_code_country(j->src[i].code, cc) || strcmp(cc, p->country) != 0;
    }
    if (!foreign)
        return 0;
    actor_ref *a = &j->tgt[0];
    memset(a, 0, sizeof *a);
    snprintf(a->code, sizeof a->code, "%s", p->country);
    a->first = p->first;
    a->end = p->end;
    a->entry_file = "gazetteer";   /* explained as "gazetteer": libgeonames' city */
    return 1;
}

/* Gives each of a[0..n) that is a city named with its region the region's
** country, over the dictionary's reading of the name alone. */
static void regional(const sent_ctx *s, actor_ref *a, int n)
{
    const place_mention *pl;
    size_t npl = n > 0 ? coder_places(s, &pl) : 0;
    for (int i = 0; i < n; i++)
        for (size_t k = 0; k < npl; k++) {
            const place_mention *p = &pl[k];
            if ((p->flags & PM_QUALIFIED) && p->first == a[i].first && strlen(a[i].code) == 3 &&
                strcmp(a[i].code, p->country) != 0) {
                snprintf(a[i].code, sizeof a[i].code, "%s", p->country);
                a[i].entry_file = "gazetteer";
                a[i].entry_line = 0;
                a[i].agent_entry = 0;
            }
        }
}

void coder_place_actors(const sent_ctx *s, clause_job *j)
{
    regional(s, j->src, j->ns);
    regional(s, j->tgt, j->nt);
}

int coder_here_target(const dyad_coder *c, const sent_ctx *s, const char *code, uint32_t from,
                      uint32_t to, const actor_ref *src, int ns, actor_ref *out)
{
    if (!code || strcmp(code, "042") != 0 || ns == 0)
        return 0;
    uint32_t k = from;
    while (k <= to && k < s->ls.n && !lemma_is_word(s->ls.lemmas[k], "here"))
        k++;
    if (k > to || k >= s->ls.n)
        return 0;
    /* only a dateline says where "here" is: the article's most named
    ** country is a guess */
    const country_dateline_at *dl = country_dateline_for(&c->doc.country, s->index);
    if (!dl || !dl->where[0])
        return 0;
    for (int i = 0; i < ns; i++) {
        char cc[4];
        if (!coder_code_country(src[i].code, cc) || strcmp(cc, dl->where) == 0)
            return 0;   /* "flew here" under its own capital's dateline: travel at home */
    }
    memset(out, 0, sizeof *out);
    snprintf(out->code, sizeof out->code, "%s", dl->where);
    out->first = k;
    out->end = k + 1;
    coder_from_home(out, &c->doc.country, dl);
    return 1;
}
