/*
** coder_home_fighters.c — rebels of the one state their sentence names
** (docs/coder.md, "Nineteenth session: rebels beside the one state their
** sentence names"). "The Philippine government signed a peace deal with
** communist rebels": the wires give rebels, guerrillas, insurgents and
** separatists no country of their own, and the article's country is kept
** from them beside a state's actor named in the sentence
** (coder_article_guard), lest the rebels a state fights abroad be taken
** for its own ("Turkish warplanes bombed Kurdish rebels in Iraq"). A
** reader takes them for that state's when the sentence names no other
** country, no place outside it, and, for force and coercion, which a
** state uses abroad as often, a place inside it.
*/
#include "coder/coder_int.h"

#include <string.h>

/* The one country the dictionary's actors name in sentence s, people
** included (a foreign leader named brings his state into the story),
** copied to cc: 1 when one, 0 when none, -1 when several. Kept in the
** sentence's memo, so that a long sentence of many clauses is scanned
** once. */
static int sentence_country(const dyad_coder *c, const sent_ctx *s, char cc[4])
{
    sent_memo none = {.nowners = 0}, *m = s->memo ? s->memo : &none;
    if (!m->fighters_sought) {
        int n = 0;
        char one[4] = "";
        for (uint32_t k = 0; k < s->ls.n && n >= 0;) {
            dict_match dm;
            char mc[4];
            size_t len = dict_match_actor(c->d, s->ids, s->ls.n, k, s->date, &dm);
            if (len && dm.code && coder_code_country(dm.code, mc) &&
                (!n || strcmp(mc, one) != 0)) {
                n = n ? -1 : 1;
                memcpy(one, mc, sizeof one);
            }
            k += len ? (uint32_t)len : 1;
        }
        m->fighters_sought = 1;
        m->fighters_named = n;
        memcpy(m->fighters_cc, one, sizeof one);
    }
    memcpy(cc, m->fighters_cc, 4);
    return m->fighters_named;
}

/* Has none of a[0..n) a country of its own words: none at all, partial
** mode's "---", or one taken from the article (its dateline or its
** count), which the sentence's own state outweighs? */
static int no_own_country(const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        if (strncmp(a[i].code, "---", 3) != 0 && !coder_from_article(&a[i], 1))
            return 0;
    return 1;
}

/* The one state of other[0..no) into cc: each its government, army or
** police named with its country in the sentence. 0 when they are no
** such actors, or of several states. */
static int state_beside(const actor_ref *other, int no, char cc[4])
{
    static const char *const state[] = {"GOV", "MIL", "COP", NULL};
    char oc[4];
    cc[0] = '\0';
    for (int o = 0; o < no; o++) {
        const char *code = other[o].code;
        if (other[o].from != FROM_SENTENCE || other[o].needs_peer || strlen(code) < 6 ||
            !coder_code_country(code, oc) || strncmp(code, oc, 3) != 0 ||
            !coder_role_in(code, state) || (cc[0] && strcmp(oc, cc) != 0))
            return 0;
        memcpy(cc, oc, sizeof oc);
    }
    return no > 0;
}

/* Fills role a (*n actors, of phrase np) with the rebels of
** phrase np as the state's of the other role (other[0..no)), on the
** sentence's conditions (see coder_home_fighters). force: the act is of
** force or coercion, which needs a place of that state named; peace:
** talks, deals, truces and the like. Other acts only recode a country
** guessed from the article ("WASHINGTON - The Sri Lankan government
** accused separatist rebels" are no Americans). */
static int fill_role(dyad_coder *c, const sent_ctx *s, actor_ref *a, int *n, int32_t np,
                     const actor_ref *other, int no, int force, int peace)
{
    char cc[4], sc[4];
    int guessed = *n > 0 && strncmp(a[0].code, "---", 3) != 0;
    if (np < 0 || !(force || peace || guessed) || !no_own_country(a, *n) ||
        !state_beside(other, no, cc) || (guessed && strncmp(a[0].code, cc, 3) == 0))
        return 0;
    const phrase *p = &s->ls.phrases[np];
    const dict_agent *agent;
    /* rebels, insurgents, separatists: not armed men of no side (UAF): "A
    ** suicide bomber attacked a Kenyan police station in Garissa" tells
    ** nothing of whose he is */
    if ((p->flags & (PHF_COORD | PHF_PRONOUN | PHF_OWNED)) ||
        !(agent = coder_agent_in(c, s, p->first, p->end)) || agent->prefix ||
        !coder_agent_role_in(agent->code, coder_rebel_roles))
        return 0;
    /* "foreign fighters" are by their word another's */
    for (uint32_t k = p->first; k < p->end; k++)
        if (lemma_is_word(s->ls.lemmas[k], "foreign"))
            return 0;
    const place_mention *pl;
    if (!coder_places_only(s, cc) || (force && coder_places(s, &pl) == 0) ||
        sentence_country(c, s, sc) != 1 || strcmp(sc, cc) != 0)
        return 0;
    actor_ref r[MAX_ACTORS];
    memcpy(c->party_cc, cc, sizeof cc);
    c->party_fighters = 1;
    int k = coder_resolve_np(c, s, np, r, MAX_ACTORS);
    c->party_cc[0] = '\0';
    c->party_fighters = 0;
    if (k != 1 || strncmp(r[0].code, cc, 3) != 0 ||
        !coder_role_in(r[0].code, coder_rebel_roles))
        return 0;
    coder_from_sentence(&r[0]);
    a[0] = r[0];
    *n = 1;
    return 1;
}

int coder_home_fighters(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* force and coercion (15x-20x) */
    int force = j->code1[0] == '2' || (j->code1[0] == '1' && j->code1[1] >= '5');
    /* talks, deals, aid, truces and amnesties (03x-08x), which a state
    ** holds with its own rebels; its words on rebels (01x, 02x, 10x-14x)
    ** are as often of another state's ("The Saudi government accused the
    ** rebels") */
    int peace = j->code1[0] == '0' && j->code1[1] >= '3' && j->code1[1] <= '8';
    int filled = fill_role(c, s, j->src, &j->ns, j->src_np, j->tgt, j->nt, force, peace);
    filled |= fill_role(c, s, j->tgt, &j->nt, j->tgt_np, j->src, j->ns, force, peace);
    return filled;
}
