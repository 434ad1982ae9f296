/*
** place_event.c — what the places of a sentence say of the event of one
** of its clauses: where it happened, and which country a city standing as
** its target is (docs/coder.md, "Places"). The coder asks; this file
** reads only the sentence's phrases and the places place_scan found.
*/
#include "article/place.h"
#include "lang/tags.h"

#include <string.h>

/* Prepositions that say where and nothing else: a city after them is
** where an event happened, never whom it was done to ("in Beijing"). */
static const char *const only_where[] = {"in",     "near",   "inside", "outside",
                                         "around", "across", "along",  "off",
                                         "within", "throughout", "beyond", NULL};

/* Those and two that say where or whom: a place after them is where the
** event happened ("met at The Hague", "an attack on Odesa"). */
static const char *const where_preps[] = {"in",     "near",   "inside", "outside",
                                          "around", "across", "along",  "off",
                                          "within", "throughout", "beyond", "at",
                                          "on",     NULL};

/* Prepositions of a direction: a place after them is where the event
** went ("sent aid to Kharkiv", "withdrew from Kherson"), so it is where it
** happened when nothing closer says; a city after most of them can be the
** target too. */
static const char *const toward_preps[] = {"to",   "into",    "onto", "toward", "towards",
                                           "from", "through", "via",  NULL};

/* A city after these is the event's target ("drone attacks on Odesa",
** "fired at Kharkiv", "sent aid to Kharkiv"); in a meeting, only the
** first two ("traveled to Kyiv"), for "met at The Hague" says where. */
static const char *const target_preps[] = {"to", "toward", "towards", "on", "at", "against",
                                           "into", "onto", "upon", NULL};
#define MEETING_TARGET_PREPS 3

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* How a place hangs in its sentence: the preposition that governs it (the
** first on the way up that is not "of": "the port of Odesa" hangs on the
** "on" of "an attack on the port of Odesa"), and whether the way up passed
** noun phrase stop before reaching that preposition. */
typedef struct hang {
    int32_t pp;          /* the governing PP, or -1 */
    const char *prep;    /* its lemma, or NULL */
    int through;         /* noun phrase stop was on the way */
} hang;

static hang hang_of(const lang_sent *ls, const place_mention *pm, int32_t stop)
{
    hang h = {-1, NULL, 0};
    int32_t p = ls->np_of[pm->first];
    for (size_t steps = 0; p >= 0 && steps < ls->nphrases; steps++) {
        const phrase *ph = &ls->phrases[p];
        if (p == stop)
            h.through = 1;
        if (ph->kind == PH_PP && strcmp(ls->lemmas[ph->head], "of") != 0) {
            h.pp = p;
            h.prep = ls->lemmas[ph->head];
            return h;
        }
        p = ph->up;
    }
    return h;
}

/* Does PP pp belong to clause ci: one of the PPs after its verb, or one
** hanging on its object or on np ("shelled a school near Kharkiv")? */
static int pp_of_clause(const lang_sent *ls, size_t ci, int32_t pp, int32_t np)
{
    const clause *cl = &ls->clauses[ci];
    for (uint32_t k = 0; k < cl->pp_count; k++)
        if ((int32_t)ls->pps[cl->pp_first + k] == pp)
            return 1;
    int32_t p = ls->phrases[pp].up;
    for (size_t steps = 0; p >= 0 && steps < ls->nphrases; steps++) {
        if (p == cl->object || (np >= 0 && p == np))
            return 1;
        p = ls->phrases[p].up;
    }
    return 0;
}

/* Of the places pm[0..n) that ok accepts, the first city, else the first
** country. */
typedef int (*place_ok)(const lang_sent *ls, const place_mention *pm, size_t ci, int32_t np,
                        int physical);

static const place_mention *best(const place_mention *pm, size_t n, const lang_sent *ls,
                                 size_t ci, int32_t np, int physical, place_ok ok)
{
    const place_mention *country = NULL;
    for (size_t i = 0; i < n; i++) {
        if (!ok(ls, &pm[i], ci, np, physical))
            continue;
        if (pm[i].city >= 0)
            return &pm[i];
        if (!country)
            country = &pm[i];
    }
    return country;
}

/* Does a place after the preposition of h say where? After "in" always;
** after "at" and "on" a capital or country says whom ("imposed sanctions on
** Tehran"), unless the act is physical ("a drone attack on Kyiv"). */
static int says_where(const hang *h, const place_mention *pm, int physical)
{
    if (!h->prep || !in_list(h->prep, where_preps) || (pm->flags & PM_POSSESSOR))
        return 0;
    return in_list(h->prep, only_where) || !(pm->flags & PM_ACTOR) || physical;
}

/* "shelled a school in Kharkiv": after a preposition of place, in the clause */
static int clause_where(const lang_sent *ls, const place_mention *pm, size_t ci, int32_t np,
                        int physical)
{
    hang h = hang_of(ls, pm, -1);
    return says_where(&h, pm, physical) && pp_of_clause(ls, ci, h.pp, np);
}

/* "shelled Kharkiv", "missiles struck Kyiv": the target itself, when it is
** a place there; a capital or country is one only in a physical act, for
** "accused Washington" names the government */
static int target_where(const lang_sent *ls, const place_mention *pm, size_t ci, int32_t np,
                        int physical)
{
    (void)ci;
    if (np < 0 || ((pm->flags & PM_GUARDED) && !(pm->flags & PM_QUALIFIED)))
        return 0;
    if ((pm->flags & PM_ACTOR) && !physical)
        return 0;
    return hang_of(ls, pm, np).through;
}

/* "withdrew from Kherson": a direction, in the clause; a capital or
** country after it is whom, unless the act is physical ("lent to
** Brazil", but "traveled to Japan") */
static int clause_toward(const lang_sent *ls, const place_mention *pm, size_t ci, int32_t np,
                         int physical)
{
    hang h = hang_of(ls, pm, -1);
    return h.prep && in_list(h.prep, toward_preps) && !(pm->flags & PM_POSSESSOR) &&
           (!(pm->flags & PM_ACTOR) || physical) && pp_of_clause(ls, ci, h.pp, np);
}

/* "Speaking in Kyiv, ...": after a preposition of place, anywhere */
static int sentence_where(const lang_sent *ls, const place_mention *pm, size_t ci, int32_t np,
                          int physical)
{
    (void)ci, (void)np;
    hang h = hang_of(ls, pm, -1);
    return says_where(&h, pm, physical);
}

const place_mention *place_where(const place_mention *pm, size_t n, const lang_sent *ls,
                                 size_t ci, int32_t tgt_np, int physical, place_from *from)
{
    const place_mention *p;
    *from = PLACE_FROM_CLAUSE;
    if ((p = best(pm, n, ls, ci, tgt_np, physical, clause_where)) ||
        (p = best(pm, n, ls, ci, tgt_np, physical, target_where)) ||
        (p = best(pm, n, ls, ci, tgt_np, physical, clause_toward)))
        return p;
    /* what someone reports did not happen where the report was made: "A
    ** radio report monitored in London said Turkey had called on Greece" */
    *from = PLACE_FROM_SENTENCE;
    if (ls->clauses[ci].kind != CL_COMPLEMENT &&
        (p = best(pm, n, ls, ci, tgt_np, physical, sentence_where)))
        return p;
    *from = PLACE_FROM_NONE;
    return NULL;
}

int place_only_where(const char *prep) { return prep && in_list(prep, only_where); }

/* Is prep one of the first n of target_preps? */
static int target_prep(const char *prep, size_t n)
{
    for (size_t i = 0; i < n && target_preps[i]; i++)
        if (strcmp(prep, target_preps[i]) == 0)
            return 1;
    return 0;
}

const place_mention *place_target(const place_mention *pm, size_t n, const lang_sent *ls,
                                  size_t ci, int32_t np, int pps, int meeting)
{
    size_t npreps = meeting ? MEETING_TARGET_PREPS : sizeof target_preps / sizeof *target_preps;
    for (size_t i = 0; i < n; i++) {
        const place_mention *p = &pm[i];
        /* a capital the dictionary knows was looked up already; an
        ** ambiguous name needs its region to stand as a target */
        if (p->city < 0 || (p->flags & PM_ACTOR) ||
            ((p->flags & PM_GUARDED) && !(p->flags & PM_QUALIFIED)))
            continue;
        hang h = hang_of(ls, p, np);
        if (np >= 0 && h.through)
            return p;
        if (pps && h.prep && target_prep(h.prep, npreps)) {
            const clause *cl = &ls->clauses[ci];
            for (uint32_t k = 0; k < cl->pp_count; k++)
                if ((int32_t)ls->pps[cl->pp_first + k] == h.pp)
                    return p;
        }
    }
    return NULL;
}

const place_mention *place_capital_at(const place_mention *pm, size_t n, const lang_sent *ls,
                                      uint32_t first, uint32_t end)
{
    if (first + 1 < end && ls->tags[first] == TAG_DT)   /* "the" */
        first++;
    for (size_t i = 0; i < n; i++)
        if (pm[i].first == first && pm[i].end == end && pm[i].city >= 0 &&
            (place_cities[pm[i].city].flags & PLACE_CAPITAL) && (pm[i].flags & PM_ACTOR))
            return &pm[i];
    return NULL;
}
