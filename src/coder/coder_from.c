/*
** coder_from.c — arms, attacks and delegates named by the state they
** come from (docs/coder.md, "Eighteenth session: arms, attacks and
** delegates from a country"). "Afghan planes bombed Pakistani villages"
** and "Kenya's delegate criticised Uganda" name their state before the
** noun, and the actor step codes them; "planes from Afghanistan" and
** "the delegate from Kenya" name it after "from", and through_pp
** (coder_actor.c) joins only an agent of agents.txt to a country there.
** Planes, missiles and attacks are no agents (a plane bought or a
** missile removed from Europe is no one's act), nor are delegates and
** representatives (a party's delegates at a primary, a congressman
** styled "Representative"), so the list here holds them, read only
** after "from" and a state's name:
**
**   - warplanes' kin (planes, aircraft, helicopters): the state's forces,
**     as docs/annotation.md codes warplanes (MIL);
**   - missiles, rockets, shells, fire and attacks: the state, as
**     "Syrian rockets" and "Azerbaijani attacks" are;
**   - delegates and representatives: the state's government (GOV), as
**     a delegation and envoys are (agents.txt); of an international body,
**     the body.
**
** Not a route ("the plane from London to Sydney"), nor arms bought, sold,
** ordered, shipped, removed or banned ("bought six planes from France",
** "removing missiles from Europe"): the phrase right after such a word,
** or after its "of", names where the things come from or go, not who
** acts.
**
** And an agent of a state's organ from a region the dictionary does not
** know but the gazetteer does ("lawmakers from Ontario", "police from
** Bavaria") is the region's country's, when one country has a region of
** that name.
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* aircraft: a state's air force when they come from it */
static const char *const aircraft[] = {"plane", "planes", "aircraft", "helicopter", NULL};
/* arms and armed acts: the state that fires them */
static const char *const arms[] = {"missile", "rocket", "shell", "mortar", "attack", "raid",
                                   "airstrike", "shelling", "bombardment", "fire", "gunfire",
                                   "salvo", "barrage", NULL};
/* people a state sends to talks: its government */
static const char *const sent[] = {"delegate", "representative", NULL};
/* words of trade or removal right before arms: the "from" is a seller
** or a place left ("ordered planes from", "the removal of missiles
** from"); a verb or its noun */
static const char *const moved[] = {
    "buy", "purchase", "order", "import", "acquire", "obtain", "lease", "get", "receive",
    "sell", "sale", "supply", "deliver", "delivery", "ship", "shipment", "send", "bring",
    "remove", "removal", "withdraw", "withdrawal", "pull", "pullout", "ban", "evacuate",
    "move", "transfer", "eliminate", "elimination", "protect", "shield", "defend", "keep",
    NULL};

/* Does the word before phrase p (or before its "of") tell arms traded or
** removed? */
static int arms_moved(const sent_ctx *s, const phrase *p)
{
    uint32_t k = p->first;
    if (k >= 1 && lemma_is_word(s->ls.lemmas[k - 1], "of"))
        k--;
    return k >= 1 && lemma_in_list(s->ls.lemmas[k - 1], moved);
}

/* Does code name one who may send arms or delegates: a state alone, a
** state's organ (GOV, MIL...), an international body; for arms, rebels
** too? Never a firm, a sub-state place ("PSEGZS") or private people. */
static int sender_code(const char *code, int arm)
{
    static const char *const armed[] = {"REB", "INS", NULL};
    if (strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0)
        return strlen(code) > 3;
    if (!coder_code_country(code, NULL))
        return 0;
    return strlen(code) == 3 || coder_role_in(code, coder_state_roles) ||
           (arm && coder_role_in(code, armed));
}

int coder_from_maker(dyad_coder *c, const sent_ctx *s, const phrase *p, const phrase *pp,
                     actor_ref *out, int max)
{
    const char *head = s->ls.lemmas[p->head];
    const char *role = NULL;
    int arm = 1;
    if (!lemma_is_word(s->ls.lemmas[pp->first], "from") || !tag_is_noun(s->ls.tags[p->head]))
        return 0;
    if (lemma_in_list(head, aircraft))
        role = "MIL";
    else if (lemma_in_list(head, sent))
        role = "GOV", arm = 0;
    else if (!lemma_in_list(head, arms))
        return 0;
    if (arm && arms_moved(s, p))
        return 0;
    /* a route: "the plane from London to Sydney" */
    const phrase *np = &s->ls.phrases[pp->np];
    if (np->end < s->ls.n && lemma_is_word(s->ls.lemmas[np->end], "to"))
        return 0;
    int n = coder_resolve_np(c, s, pp->np, out, max), kept = 0;
    for (int k = 0; k < n; k++) {
        /* the country or body the PP itself names, not one the article
        ** lends an agent */
        if (out[k].from != FROM_SENTENCE || !sender_code(out[k].code, arm))
            continue;
        char code[CODE_MAX];
        base_copy(code, sizeof code, out[k].code);
        out[kept] = out[k];
        out[kept].first = p->first;
        if (role && strlen(code) == 3 && coder_code_country(code, NULL))
            snprintf(out[kept].code, sizeof out[kept].code, "%s%s", code, role);
        kept++;
    }
    return kept;
}

/* The country of the one region (state, province) of the gazetteer
** named by tokens [first, end), or NULL when none is, or regions of two
** countries are ("Punjab"). A scan of the regions, made only for an
** agent's "from" whose phrase names no actor: the gazetteer's hash
** (place_lookup) holds cities' folded names, not regions', and folding
** would match what this exact comparison does not ("Sao Paulo"). */
static const char *region_country(const sent_ctx *s, uint32_t first, uint32_t end)
{
    const char *text = s->ls.text;
    const dyad_token *t = s->ls.toks;
    const char *w = text + t[first].start;
    size_t n = t[end - 1].start + t[end - 1].len - t[first].start;
    int32_t found = -1;
    for (uint32_t k = 0; k < place_nstates; k++) {
        const char *name = place_strings + place_states[k].name;
        if (strncasecmp(name, w, n) != 0 || name[n] != '\0')
            continue;
        if (found >= 0 && found != place_states[k].country)
            return NULL;
        found = place_states[k].country;
    }
    return found >= 0 ? place_countries[found].code : NULL;
}

int coder_from_region(dyad_coder *c, const sent_ctx *s, const phrase *p, const phrase *pp,
                      actor_ref *out)
{
    const phrase *np = &s->ls.phrases[pp->np];
    if (!lemma_is_word(s->ls.lemmas[pp->first], "from") || (np->flags & PHF_COORD) ||
        np->end - np->first > 3)
        return 0;
    /* a proper name and nothing else: "Ontario", "the Punjab" */
    uint32_t k = np->first;
    if (s->ls.tags[k] == TAG_DT)
        k++;
    if (k == np->end)
        return 0;
    for (uint32_t i = k; i < np->end; i++)
        if (!tag_is_proper(s->ls.tags[i]))
            return 0;
    /* a state's organ: its legislators, forces, police, officials */
    const dict_agent *agent = coder_agent_in(c, s, p->first, p->end);
    if (!agent || agent->prefix || !coder_agent_role_in(agent->code, coder_state_roles))
        return 0;
    const char *cc = region_country(s, k, np->end);
    if (!cc)
        return 0;
    coder_from_sentence(out);
    out->first = p->first;
    out->end = np->end;
    coder_ref_agent(out, agent, cc);
    return 1;
}
