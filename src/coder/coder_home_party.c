/*
** coder_home_party.c — a party at home of the state that acts on it
** (docs/coder.md, "Tenth session: accusations at home"). "President Hale
** blamed Democratic leaders for the unrest", "Premier Ruiz accused the
** left-wing opposition parties of blocking reform": an opposition, a
** party or a legislature that names no country, beside a state's organ
** the sentence names, is that state's own. States speak of, deal with and
** accuse their own parties far more often than another's, and a wire
** names a foreign party's country.
**
** The article level gives such phrases the dateline's country already
** when the agent stands alone ("the opposition"); this reads the ones it
** leaves out because another word stands beside the agent ("Senate
** Republicans", "left-wing opposition parties", "Labour MPs").
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* The state's organs that vouch for the country: the executive, its
** forces and courts. A legislature is left out (lawmakers meet other
** lawmakers, "their U.S. counterparts"), and so is a bare country (a
** state acts on other states' dissidents: "Iran backed dissident Kurds"). */
static const char *const organs[] = {"GOV", "MIL", "COP", "SPY", "JUD", NULL};

/* The agents that take it: the opposition, parties, a legislature. */
static const char *const parties[] = {"OPP", "PTY", "LEG", NULL};

/* Is code one of words aimed at a party at home: an appeal (02), a
** demand, disapproval, a rejection, a threat or a protest (10-14)? A
** party's backing or a deal with it ("supported by the opposition
** parties", a local governor's) and force are as often another level's
** or another story's (corpus: 3 of 6 such gains wrong). A denial of
** their claims (016) answers their words as a rejection does
** (eighteenth session, lane prec23: "the finance minister rejected
** claims by opposition MPs that ..."). */
static int words_at_home(const char *code)
{
    return strncmp(code, "02", 2) == 0 || strcmp(code, "016") == 0 ||
           (code[0] == '1' && code[1] >= '0' && code[1] <= '4');
}

int coder_home_party(dyad_coder *c, const sent_ctx *s, const clause_job *j, int32_t np,
                     const actor_ref *other, int nother, actor_ref *out)
{
    char cc[4] = "", oc[4];
    if (np < 0 || nother == 0 || !words_at_home(j->code1))
        return 0;
    /* every actor of the other role one state's organ, named (or its
    ** dateline's), not only counted over the article */
    for (int i = 0; i < nother; i++) {
        const actor_ref *o = &other[i];
        if (o->from == FROM_ARTICLE || o->counted || o->needs_peer || strlen(o->code) != 6 ||
            !coder_code_country(o->code, oc) || (cc[0] && strcmp(oc, cc) != 0) ||
            !coder_role_in(o->code, organs))
            return 0;
        memcpy(cc, oc, sizeof cc);
    }
    const phrase *p = &s->ls.phrases[np];
    /* "his party", "their lawmakers": whose the pronoun says */
    if (p->kind != PH_NP || (p->flags & PHF_PRONOUN) || s->ls.tags[p->first] == TAG_PRPS)
        return 0;
    const dict_agent *agent = coder_agent_in(c, s, p->first, p->end);
    if (!agent || agent->prefix || !coder_places_only(s, cc))
        return 0;
    if (!coder_agent_role_in(agent->code, parties))
        return 0;
    coder_agent_actor(out, p, agent, cc);
    return 1;
}
