/*
** coder_abroad.c — fighters a dateline gives its country, struck by
** another state (docs/coder.md, "Nineteenth session: fighters a dateline
** gives its country, struck by another state"). Rebels, insurgents,
** separatists and armed men of no country take the dateline's, else the
** article's (agents take it freely), and the article guard keeps that
** guess beside a state of another country: "ANKARA - The Syrian army
** attacked rebels" made them Turkish. A wire reports a neighbour's war
** from its capital, and a state strikes its own rebels over the border
** as often as it joins a fight abroad (South African raids on guerrillas
** in Botswana, Israeli raids on Palestinian guerrillas in Lebanon), so in
** force and coercion (17x-20x) the guess stands only where the act's own
** place is in that country; where the place is the striking state's the
** fighters are its; elsewhere their country is unknown.
*/
#include "coder/coder_int.h"

#include <string.h>

/* The one country of other[0..no) into cc: each one of a state's organs,
** its country not lent by the article ("The Syrian army", a pronoun for
** it), or, as the source (bare_ok), the state itself ("Syria shelled
** ..."); a state struck is as often its land ("attacked a Libyan town").
** 0 when one is not such an actor, or they are of several states. */
static int striking_state(const actor_ref *other, int no, int bare_ok, char cc[4])
{
    char oc[4];
    cc[0] = '\0';
    for (int o = 0; o < no; o++) {
        const char *code = other[o].code;
        if (coder_from_article(&other[o], 1) || other[o].needs_peer ||
            strncmp(code, "---", 3) == 0 ||   /* partial mode's: no country */
            !coder_code_country(code, oc) || strncmp(code, oc, 3) != 0 ||
            (strlen(code) > 3 ? !coder_role_in(code, coder_state_roles) : !bare_ok) ||
            (cc[0] && strcmp(oc, cc) != 0))
            return 0;
        memcpy(cc, oc, sizeof oc);
    }
    return no > 0;
}

/* Did the article lend a its country (its dateline or its count), not
** its words? Directly, or through the entity of phrase np, whose code an
** unnamed armed man keeps ("gunmen" under "ANKARA -": coder_entity_codes). */
static int lent(const dyad_coder *c, const actor_ref *a, int32_t np)
{
    if (coder_from_article(a, 1))
        return 1;
    if (a->from != FROM_MENTION || np < 0)
        return 0;
    ment_ref r = mentions_np(c->ment, np);
    return r.ent >= 0 && (size_t)r.ent < c->doc.nent && c->doc.ent[r.ent].lent;
}

/* Judges role a (*n actors, of phrase np) beside other[0..no): fighters
** whose country the article lent (home, "TUR") beside another state's
** actor (cc) keep it when the act's place (pm) is home's, take cc when
** the place is cc's (rebels, insurgents and separatists: armed men of no
** side may be anyone's), and are otherwise of no known country: dropped,
** or "---" with --partial. bare_ok: other is the source (striking_state).
** Returns 1 when it changed a. */
static int judge_role(const dyad_coder *c, const place_mention *pm, actor_ref *a, int *n,
                      int32_t np, const actor_ref *other, int no, int bare_ok)
{
    char cc[4], home[4];
    int changed = 0, k = 0;
    if (*n == 0 || !striking_state(other, no, bare_ok, cc))
        return 0;
    for (int i = 0; i < *n; i++) {
        actor_ref *r = &a[i];
        if (!coder_role_in(r->code, coder_irregular_roles) || !lent(c, r, np) ||
            !coder_code_country(r->code, home) || strcmp(home, cc) == 0 ||
            (pm && strcmp(pm->country, home) == 0)) {
            a[k++] = *r;
            continue;
        }
        changed = 1;
        if (pm && strcmp(pm->country, cc) == 0 && coder_role_in(r->code, coder_rebel_roles)) {
            memcpy(r->code, cc, 3);   /* "rebels near Aleppo", struck by Syria */
            coder_from_sentence(r);
        } else if (c->opts.partial) {
            memcpy(r->code, "---", 3);   /* PETRARCH's agent of no known country */
            coder_from_sentence(r);
        } else {
            continue;
        }
        a[k++] = *r;
    }
    *n = k;
    return changed;
}

int coder_fighters_abroad(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* force and coercion (17x-20x): a state's raids and arrests of armed
    ** men abroad are told from where they happen as its strikes are */
    int force = coder_violent_code(j->code1) || strncmp(j->code1, "17", 2) == 0;
    if (!force || j->ns == 0 || j->nt == 0)
        return 0;
    /* the roles first: the place is read only for a clause that may change */
    int may = 0;
    for (int i = 0; i < j->ns && !may; i++)
        may = coder_role_in(j->src[i].code, coder_irregular_roles) &&
              lent(c, &j->src[i], j->src_np);
    for (int i = 0; i < j->nt && !may; i++)
        may = coder_role_in(j->tgt[i].code, coder_irregular_roles) &&
              lent(c, &j->tgt[i], j->tgt_np);
    if (!may)
        return 0;
    const place_mention *pm = coder_act_place(c, s, j->ci);
    /* the fighters are in one role only: the other, a state, is untouched */
    int changed = judge_role(c, pm, j->src, &j->ns, j->src_np, j->tgt, j->nt, 0);
    changed |= judge_role(c, pm, j->tgt, &j->nt, j->tgt_np, j->src, j->ns, 1);
    return changed;
}
