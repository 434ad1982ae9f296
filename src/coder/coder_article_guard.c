/*
** coder_article_guard.c — the article level's guard (docs/coder.md, "The
** article level"): once both roles of a clause are known, an actor taken
** from the dateline or the article, or a private one (civilians, workers,
** a person the dictionary does not know), is kept only beside a state's
** actor of its own country, its peer; and the people such a country
** gives a clause that names none: the police of an arrest, the courts of
** a sentence, the people of a place, the private attacker and victim.
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

int coder_from_article(const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].from != FROM_DATELINE && a[i].from != FROM_ARTICLE)
            return 0;
    return n > 0;
}

/* Is a a state's actor of country cc: the state itself ("PAK"), or one
** of its agents ("PAKCOP"), not a private one that itself waits for a peer?
** Its civilians, firms or media ("PAKCVL") are no state. */
static int state_actor_of(const actor_ref *a, const char *cc)
{
    static const char *const private_roles[] = {"CVL", "CRM", "BUS", "MED", "EDU", "HLH",
                                                "LAB", "REF", "AGR", "ELI", NULL};
    char own[4];
    if (a->needs_peer || !coder_code_country(a->code, own) || strcmp(own, cc) != 0)
        return 0;
    return !coder_role_in(a->code, private_roles);
}

int coder_state_actor_of(const actor_ref *a, const char *cc)
{
    return state_actor_of(a, cc);
}

/* Is a, taken from the article, a state's own force (police, army) that
** the state's actor other, named in the sentence, thanks or praises (a
** praise code, praise): "The Kenyan president thanked the police" are
** his police, where "Kenya criticized the government" is another's. */
static int own_force(const actor_ref *a, const actor_ref *other, int praise)
{
    static const char *const forces[] = {"COP", "MIL", NULL};
    char cc[4];
    if (!praise || !coder_code_country(a->code, cc))
        return 0;
    return coder_role_in(a->code, forces) && state_actor_of(other, cc);
}

int coder_party_agent(dyad_coder *c, const sent_ctx *s, int32_t np, const actor_ref *other,
                      int nother, actor_ref *out)
{
    static const char *const parties[] = {"OPP", "LAB", NULL};
    char cc[4] = "", oc[4];
    if (np < 0 || nother == 0)
        return 0;
    for (int i = 0; i < nother; i++) {
        if (other[i].from != FROM_SENTENCE || strlen(other[i].code) != 6 ||
            !coder_code_country(other[i].code, oc) || (cc[0] && strcmp(oc, cc) != 0) ||
            !coder_role_in(other[i].code, parties))
            return 0;
        memcpy(cc, oc, sizeof cc);
    }
    memcpy(c->party_cc, cc, sizeof cc);
    actor_ref a[MAX_ACTORS];
    int n = coder_resolve_np(c, s, np, a, MAX_ACTORS);
    c->party_cc[0] = '\0';
    if (n != 1 || strncmp(a[0].code, cc, 3) != 0)
        return 0;
    *out = a[0];
    return 1;
}

int coder_domestic_agent(const dyad_coder *c, const sent_ctx *s, int32_t np,
                         const actor_ref *other, int nother, actor_ref *out)
{
    if (np < 0 || nother == 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    int domestic = 0;
    for (uint32_t k = p->first; k < p->head && !domestic; k++)
        domestic = lemma_is_word(s->ls.lemmas[k], "domestic");
    const dict_agent *agent;
    char cc[4] = "", oc[4];
    if (!domestic || (p->flags & (PHF_COORD | PHF_OWNED)) ||
        !(agent = coder_agent_in(c, s, p->first, p->end)) || agent->prefix)
        return 0;
    for (int i = 0; i < nother; i++) {
        if (other[i].from != FROM_SENTENCE || !coder_code_country(other[i].code, oc) ||
            (cc[0] && strcmp(oc, cc) != 0) || !state_actor_of(&other[i], oc))
            return 0;
        memcpy(cc, oc, sizeof cc);
    }
    coder_agent_actor(out, p, agent, cc);
    return 1;
}

/* Is a one of its country's people or movements, not the state: its
** opposition, rebels, civilians, workers, media, firms ("ZMBOPP", "ZMBREB")?
** The state's own agents act on them at home: "Police arrested three
** Zambian opposition leaders" under a Lusaka dateline is ZMBCOP's act. */
static int domestic_party(const actor_ref *a)
{
    static const char *const roles[] = {"OPP", "REB", "INS", "SEP", "UAF", "CVL", "CRM", "LAB",
                                        "MED", "BUS", "EDU", "REF", "AGR", "HLH", NULL};
    return strlen(a->code) >= 6 && a->code[0] != '"' && coder_role_in(a->code, roles);
}

/* Are a and o two different organs of one state, o named with its
** country ("Queen Elizabeth II suspended parliament", "A Turkish military
** court jailed the former minister")? Not one state's organ and the state
** itself ("The government criticized Ukraine"), nor two of one kind ("the
** Ukrainian foreign minister criticized the government" may be another
** government's). */
static int other_organ(const actor_ref *a, const actor_ref *o)
{
    static const char *const organs[] = {"GOV", "LEG", "JUD", NULL};
    /* a party's members read as the legislature (coder_caucus.c) are no
    ** organ here: the words named the party */
    if (strlen(a->code) < 6 || strlen(o->code) < 6 || o->code[0] == '"' || a->caucus)
        return 0;
    return coder_role_in(a->code, organs) && coder_role_in(o->code, organs) &&
           strncmp(a->code + 3, o->code + 3, 3) != 0;
}

/* Is a a private person of country cc taken from the article as well
** (needs_peer: "a man", "people")? In violence done by people on people
** ("a man stabbed three people") both are the article's: an assault is
** told where it happened, and a wire names the foreigners in it. */
static int private_peer(const actor_ref *a, const char *cc)
{
    char own[4];
    return a->needs_peer && coder_code_country(a->code, own) && strcmp(own, cc) == 0;
}

/* Is a, of the dateline's country, rebels, armed men or a crowd that fight
** or assault (18x, 19x) other, that country's named forces or government?
** "MANILA - Communist rebels bombed the Philippine Military Academy",
** "MADRID - Striking shipyard workers clashed with Spanish police": an
** insurgency or a riot at home, where a state's own organs beside it may
** be another state's. Not a country only counted over the article. */
static int home_fighter(const actor_ref *a, const actor_ref *other)
{
    static const char *const fighters[] = {"REB", "INS", "SEP", "UAF", "OPP", "CVL", "LAB",
                                           "EDU", "AGR", NULL};
    static const char *const state[] = {"MIL", "COP", "GOV", NULL};
    return a->from == FROM_DATELINE && !a->needs_peer && strlen(a->code) == 6 &&
           coder_role_in(a->code, fighters) && coder_role_in(other->code, state);
}

/* Is a, a source of the dateline's country, a party or the opposition
** whose other role is its own state: the state named bare, or its
** government, legislature or courts? Parties act on their state at home
** (as the target, "opposition" is as often resistance: "bowing to
** widespread opposition"): under
** "WASHINGTON, Oct 20 -", "Democrats and Republicans praised the U.S.
** strike" is USAPTY's praise of the United States. Not a country only
** counted over the article ("Democrats" in a Tokyo story may be
** American). A crowd of protesters (CVL with no peer asked:
** article_country's crowd) acts on its state at home as they do. */
static int party_at_home(const actor_ref *a, const actor_ref *other)
{
    static const char *const parties[] = {"PTY", "OPP", "CVL", NULL};
    static const char *const state[] = {"GOV", "LEG", "JUD", NULL};
    size_t n = strlen(other->code);
    return a->from == FROM_DATELINE && !a->needs_peer && strlen(a->code) == 6 &&
           (coder_role_in(a->code, parties) || a->caucus) &&
           (n == 3 || (n == 6 && coder_role_in(other->code, state)));
}

/* Keeps the actors of a[0..n) whose country, taken from the article, the
** other role's actors named in the sentence (other[0..no)) do not have,
** but for a state's own force it praises (praise: own_force), a target
** of an appeal or coercion at home (domestic: "Kenyan lawmakers urged the
** government", "Kenyan police arrested opposition leaders" are Kenya's),
** and the private agents (needs_peer) beside a state's actor of their
** country, or alone in a protest (alone_ok), and a party or opposition
** that acts on its own state (source: a holds the sources), and workers
** in an act they do at home with their state (at_home) under a dateline,
** or beside their state's actor the sentence names with its country,
** and people the police arrest or the courts sentence (custody: they act
** at home, so both may be counted: coder_arrested_at_home), and people
** a state's actor appeals to (asked: "The prime minister urged residents
** to leave" in a story no dateline places is his public). With
** peers_only, only the private agents are judged. Returns the new count. */
static int guard_role(dyad_coder *c, actor_ref *a, int n, const actor_ref *other, int no,
                      int alone_ok, int praise, int domestic, int violent, int source,
                      int at_home, int custody, int asked, int peers_only)
{
    /* the public a state's actor appeals to: its people, not its firms */
    static const char *const public_roles[] = {"CVL", NULL};
    int k = 0;
    for (int i = 0; i < n; i++) {
        int clash = 0;
        if (peers_only && !a[i].needs_peer) {
            a[k++] = a[i];
            continue;
        }
        for (int o = 0; o < no && coder_from_article(&a[i], 1) && !a[i].home; o++)
            clash |= other[o].from == FROM_SENTENCE && strncmp(other[o].code, a[i].code, 3) == 0 &&
                     coder_code_country(other[o].code, NULL) && !own_force(&a[i], &other[o], praise) &&
                     !domestic && !domestic_party(&other[o]) && !other_organ(&a[i], &other[o]) &&
                     !(violent && home_fighter(&a[i], &other[o])) &&
                     !(source && party_at_home(&a[i], &other[o]));
        /* the other role naming the country is no clash here but the peer
        ** itself: "Police arrested a man", "people rallied against the
        ** government" */
        if (a[i].needs_peer) {
            char cc[4];
            int peer = no == 0 && alone_ok;
            /* workers, farmers and students under a dateline in an act
            ** they do at home with their state (at_home: see
            ** coder_article_guard), beside its actor named in the sentence
            ** or the dateline's ("MADRID - Railway workers struck against
            ** the government"), never one only counted over the article;
            ** elsewhere they are as often a firm's staff or another
            ** country's (twelfth session). With no dateline, the state's
            ** actor's own words must name their country: "Miners struck
            ** against the Bolivian government" (sixteenth session) */
            int home = at_home && (a[i].needs_peer == PEER_HOME ||
                                  a[i].needs_peer == PEER_PROTEST);
            int dl = a[i].from == FROM_DATELINE;
            for (int o = 0; o < no && home && coder_code_country(a[i].code, cc); o++)
                peer |= state_actor_of(&other[o], cc) && other[o].from != FROM_ARTICLE &&
                        !other[o].counted && (dl || other[o].from == FROM_SENTENCE);
            /* a country counted over the article, not written in a
            ** dateline, is too weak a guess for both roles at once */
            for (int o = 0; o < no && a[i].needs_peer == PEER_STATE &&
                            coder_code_country(a[i].code, cc);
                 o++)
                peer |= (state_actor_of(&other[o], cc) &&
                         (!(a[i].counted && other[o].counted) || other[o].home ||
                          (custody && coder_arrested_at_home(c, &other[o])) ||
                          (asked && coder_role_in(a[i].code, public_roles)))) ||
                        (violent && private_peer(&other[o], cc));
            clash = !peer;
        }
        if (clash && c->opts.partial) {
            memcpy(a[i].code, "---", 3);   /* PETRARCH's agent of no known country */
            coder_from_sentence(&a[i]);
        } else if (clash) {
            continue;
        }
        a[k++] = a[i];
    }
    return k;
}

/* May the place pm give people a country? A country, a capital or a
** place the dictionary names, a city named with its region, or a city
** whose country the article names or datelines; not a name of several
** places. "Norfolk" in a British story is not Virginia's. */
static int trusted_place(const dyad_coder *c, const sent_ctx *s, const place_mention *pm)
{
    const doc_country *dc = &c->doc.country;
    if (pm->flags & PM_GUARDED)
        return 0;
    if (pm->city < 0 || (pm->flags & (PM_ACTOR | PM_QUALIFIED)))
        return 1;
    const country_dateline_at *dl = country_dateline_for(dc, s->index);
    if (dl && strcmp(dl->where, pm->country) == 0)
        return 1;
    for (size_t i = 0; i < dc->ntally; i++)
        if (strcmp(dc->tally[i].cc, pm->country) == 0)
            return 1;
    return 0;
}

/* The place clause ci says its act happened in, when its own words name
** it (not another clause's, nor the dateline's) and its country is sure
** (trusted_place); NULL otherwise. */
static const place_mention *clause_place(const dyad_coder *c, const sent_ctx *s, size_t ci)
{
    place_from from;
    const place_mention *pl;
    size_t npl = coder_places(s, &pl);
    const place_mention *pm = place_where(pl, npl, &s->ls, ci, -1, 0, &from);
    if (!pm || from != PLACE_FROM_CLAUSE || !pm->country[0] || !trusted_place(c, s, pm))
        return NULL;
    return pm;
}

const place_mention *coder_act_place(const dyad_coder *c, const sent_ctx *s, size_t ci)
{
    return clause_place(c, s, ci);
}

/* Fills *out with the country of place pm joined to role ("" for the
** country alone), its words the place's. */
static void place_actor(actor_ref *out, const place_mention *pm, const char *role)
{
    memset(out, 0, sizeof *out);
    coder_from_sentence(out);
    out->first = pm->first;
    out->end = pm->end;
    out->entry_file = "gazetteer";
    snprintf(out->code, sizeof out->code, "%s%s", pm->country, role);
}

/* The people of the place clause ci says its act happened in (place_where,
** PLACE_FROM_CLAUSE): the agent noun of phrase p joined with
** the place's country ("students" in Lisbon: PRTEDU). A city counts only
** when its country is sure: named or datelined by the article, or the
** city named by the dictionary or with its region. Returns 1 and fills
** the caller's *out; 0 when the clause names no place or phrase p no
** agent. */
static int people_of_place(const dyad_coder *c, const sent_ctx *s, size_t ci, const phrase *p,
                           actor_ref *out)
{
    const dict_agent *agent = coder_agent_in(c, s, p->first, p->end);
    if (!agent || agent->prefix)
        return 0;
    /* the place must be the clause's own ("in Caracas"), not another
    ** clause's nor the dateline's */
    const place_mention *pm = clause_place(c, s, ci);
    if (!pm)
        return 0;
    coder_agent_actor(out, p, agent, pm->country);
    return 1;
}

/* Does clause j, a release (0841), say that its person leaves the state's
** custody: "released on bail", "freed on parole", "released without
** charge", "released pending further inquiries", "released from
** prison"? A bare "was released" may be a hostage's, whom no state held. */
static int out_of_custody(const sent_ctx *s, const clause_job *j)
{
    static const char *const terms[] = {"bail", "parole", "licence", "license",
                                         "pend", NULL};   /* "pending": its lemma */
    static const char *const held[] = {"custody", "prison", "jail", "detention", NULL};
    const clause *cl = &s->ls.clauses[j->ci];
    for (uint32_t k = j->vg->head + 1; k < cl->end; k++) {
        const char *l = s->ls.lemmas[k], *before = s->ls.lemmas[k - 1];
        if (lemma_in_list(l, terms) ||
            (lemma_is_word(l, "charge") && lemma_is_word(before, "without")) ||
            (lemma_in_list(l, held) && lemma_is_word(before, "from")))
            return 1;
    }
    return 0;
}

/* The role that takes people into custody by clause j's verb, when j is
** a passive of root 17 with no agent: police arrest and detain, courts
** sentence and jail; or that finds them guilty (116: "were convicted of
** espionage", "were found guilty of", "were sentenced to"): the courts;
** or that lets them out of custody (0841: "was released on bail"): the
** police. NULL otherwise. */
static const char *custody_role(const sent_ctx *s, const clause_job *j)
{
    static const char *const police_acts[] = {"arrest", "detain", "apprehend", NULL};
    static const char *const court_acts[] = {"sentence", "convict", "jail", "imprison",
                                             "indict", "prosecute", NULL};
    if (!j->passive || j->ns > 0 || j->src_np >= 0)
        return NULL;
    if (strcmp(j->code1, "116") == 0)
        return lemma_in_list(j->lemma, court_acts) || lemma_is_word(j->lemma, "find") ? "JUD"
                                                                                     : NULL;
    if (strncmp(j->code1, "17", 2) != 0)
        return strcmp(j->code1, "0841") == 0 && out_of_custody(s, j)
                   ? "COP"
                   : NULL;
    /* "was charged with fraud": the prosecutors' (JUD), as an indictment
    ** is; two precision samples judged the police wrong for it */
    return lemma_in_list(j->lemma, police_acts)                              ? "COP"
           : lemma_in_list(j->lemma, court_acts) || coder_charged_crime(s, j) ? "JUD"
                                                                               : NULL;
}

int coder_custody_agent(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* police take people into custody; courts try and sentence them */
    const char *role = custody_role(s, j);
    if (!role)
        return 0;
    const place_mention *pm = clause_place(c, s, j->ci);
    if (!pm)
        return 0;
    place_actor(&j->src[0], pm, role);   /* the place's police or courts */
    j->ns = 1;
    return 1;
}

/* The place of j's clause when every source is of another country than
** the place's, else NULL: acts done abroad, aimed at where they were done. */
static const place_mention *place_abroad(const dyad_coder *c, const sent_ctx *s,
                                         const clause_job *j)
{
    const place_mention *pm = clause_place(c, s, j->ci);
    if (!pm)
        return NULL;
    for (int i = 0; i < j->ns; i++) {
        char cc[4];
        if (!coder_code_country(j->src[i].code, cc) || strcmp(cc, pm->country) == 0)
            return NULL;
    }
    return pm;
}

/* Makes the country of place pm j's one target. Returns 1. */
static int aim_at_place(clause_job *j, const place_mention *pm)
{
    place_actor(&j->tgt[0], pm, "");
    j->nt = 1;
    j->alone = 0;
    return 1;
}

int coder_retreat_target(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* the verbs of leaving a place; "surrendered in Chad" says not to whom */
    static const char *const leaving[] = {"evacuate", "abandon", "withdraw", "pull",
                                          "retreat", "leave", NULL};
    static const char *const forces[] = {"MIL", NULL};
    if (j->nt > 0 || j->ns == 0 || strcmp(j->code1, "0874") != 0 ||
        !lemma_in_list(j->lemma, leaving))
        return 0;
    for (int i = 0; i < j->ns; i++)
        if (!coder_role_in(j->src[i].code, forces))
            return 0;
    const place_mention *pm = place_abroad(c, s, j);
    return pm ? aim_at_place(j, pm) : 0;
}

int coder_state_force(const clause_job *j)
{
    /* a state as such, its government or its forces; rebels and gunmen
    ** strike things that are no state's */
    static const char *const state[] = {"MIL", "GOV", NULL};
    static const char *const forces[] = {"MIL", NULL};
    /* verbs a state or a government uses of plans and tariffs too
    ** ("attacked the new tariffs in Geneva"); only forces' are force */
    static const char *const figurative[] = {"attack", "hit", "target", "fight", "strike",
                                             "kill", "beat", "hammer", "slam", "blast",
                                             "torpedo", "shoot", "assault", "pound", NULL};
    for (int i = 0; i < j->ns; i++) {
        const char *code = j->src[i].code;
        if ((strlen(code) > 3 && !coder_role_in(code, state)) ||
            (!coder_role_in(code, forces) && lemma_in_list(j->lemma, figurative)))
            return 0;
    }
    return 1;
}

int coder_strike_abroad(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* a border or port closed (191) is as often closed to trade */
    if (j->nt > 0 || j->ns == 0 || !coder_violent_code(j->code1) ||
        strcmp(j->code1, "191") == 0 || !coder_state_force(j))
        return 0;
    const place_mention *pm = place_abroad(c, s, j);
    return pm ? aim_at_place(j, pm) : 0;
}

int coder_custody_home(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    const char *role = custody_role(s, j);
    if (!role || j->nt == 0)
        return 0;
    const doc_country *dc = &c->doc.country;
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(dc, s, &dl);
    char tc[4];
    if (!cc)
        return 0;
    /* of that country by its own words, or private people who took it
    ** from the article ("twenty people were arrested"), or a private
    ** person it named before with that country ("a Leeds man ... He was
    ** released on bail"); a release needs each person's country from the
    ** text: "another man was released on bail" under a country only
    ** counted may be anyone */
    static const char *const people[] = {"CVL", "CRM", NULL};
    int release = strcmp(j->code1, "0841") == 0;
    for (int t = 0; t < j->nt; t++)
        if ((j->tgt[t].from != FROM_SENTENCE && !j->tgt[t].needs_peer &&
             !(j->tgt[t].from == FROM_MENTION && coder_role_in(j->tgt[t].code, people))) ||
            (release && j->tgt[t].needs_peer) || !coder_code_country(j->tgt[t].code, tc) ||
            strcmp(tc, cc) != 0)
            return 0;   /* a foreigner, or one the article named */
    /* "people have been jailed for apostasy": a bare plural is people
    ** in general, anywhere */
    if (j->tgt[0].needs_peer && j->tgt[0].first + 1 == j->tgt[0].end &&
        s->ls.tags[j->tgt[0].first] == TAG_NNS)
        return 0;
    if (!coder_places_only(s, cc))
        return 0;   /* the sentence puts it elsewhere */
    actor_ref *out = &j->src[0];
    memset(out, 0, sizeof *out);
    out->first = j->tgt[0].first;
    out->end = j->tgt[0].end;
    snprintf(out->code, sizeof out->code, "%s%s", cc, role);
    coder_from_home(out, dc, dl);
    out->home = 1;
    j->ns = 1;
    return 1;
}

void coder_town_custody(clause_job *j)
{
    static const char *const people[] = {"CVL", "CRM", NULL};
    static const char *const custody[] = {"COP", "JUD", NULL};
    const actor_ref *t = &j->tgt[0];
    char tc[4], sc[4];
    /* the town's actor first: most clauses have none */
    if (j->nt != 1 || t->from != FROM_SENTENCE || !t->from_town ||
        !(strncmp(j->code1, "17", 2) == 0 || strcmp(j->code1, "0841") == 0) ||
        !coder_role_in(t->code, people) || !coder_code_country(t->code, tc))
        return;
    for (int i = 0; i < j->ns; i++) {
        actor_ref *a = &j->src[i];
        if (!a->counted || !coder_role_in(a->code, custody) ||
            !coder_code_country(a->code, sc) || strcmp(sc, tc) == 0)
            continue;
        memcpy(a->code, tc, 3);
        coder_from_sentence(a);
    }
}

int coder_ban_home(const sent_ctx *s, clause_job *j)
{
    static const char *const bans[] = {"ban", "bar", "prohibit", "forbid", NULL};
    /* people of no kind: anyone at all, or the people a rule is made for */
    static const char *const people[] = {
        "anyone", "anybody", "everyone", "everybody", "people", "person", "citizen",
        "resident", "woman", "child", "girl", "man", "player", "worshipper", NULL};
    static const char *const state[] = {"GOV", "LEG", "JUD", "COP", NULL};
    if (j->nt > 0 || j->ns != 1 || j->tgt_np < 0 || j->passive ||
        (strcmp(j->code1, "163") != 0 && strcmp(j->code1, "172") != 0) ||
        !lemma_in_list(j->lemma, bans))
        return 0;
    /* a state, or its government, legislature, courts or police */
    const char *code = j->src[0].code;
    char cc[4];
    if (!coder_code_country(code, cc) || strncmp(code, cc, 3) != 0 ||
        (strlen(code) > 3 && !coder_role_in(code, state)))
        return 0;
    /* the slot's head, or the head of its "of" phrase ("a number of
    ** players") */
    const phrase *np = &s->ls.phrases[j->tgt_np];
    size_t h = np->head;
    static const char *const amounts[] = {"number", "group", NULL};
    if (lemma_in_list(s->ls.lemmas[h], amounts) && h + 2 < s->ls.n &&
        lemma_is_word(s->ls.lemmas[h + 1], "of")) {
        size_t k = h + 2;   /* adjectives and nouns up to the plural head */
        while (k + 1 < s->ls.n && s->ls.tags[k] != TAG_NNS &&
               (tag_is_adj(s->ls.tags[k]) || s->ls.tags[k] == TAG_NN))
            k++;
        h = k;
    }
    if (!lemma_in_list(s->ls.lemmas[h], people))
        return 0;
    for (size_t k = np->first; k < h; k++)
        if (lemma_is_word(s->ls.lemmas[k], "foreign"))
            return 0;   /* "foreign players" are another's */
    actor_ref *out = &j->tgt[0];
    memset(out, 0, sizeof *out);
    coder_from_sentence(out);
    out->first = np->first;
    out->end = np->end;
    snprintf(out->code, sizeof out->code, "%sCVL", cc);
    snprintf(j->code1, sizeof j->code1, "172");
    return 1;
}

int coder_private_person(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                         int32_t np, int target, actor_ref *out)
{
    /* whom police arrest or detain (17x, target only); who assaults, or is
    ** assaulted, shot or killed (18x, 19x) */
    static const char *const custody[] = {"arrest", "detain", "apprehend", NULL};
    /* whom the courts try, convict, sentence or jail (17x, 116; target
    ** only): "Ana Ruiz was convicted of fraud" (second round of the
    ** fifteenth session) */
    static const char *const court[] = {"convict", "sentence", "jail", "imprison", "indict",
                                        "prosecute", NULL};
    static const char *const violence[] = {"kill", "shoot", "stab", "attack", "murder",
                                           "assault", "beat", "wound", "injure", NULL};
    /* storms are named as people are: "Typhoon Haiyan killed ..." */
    static const char *const storms[] = {"typhoon", "hurricane", "cyclone", "storm", NULL};
    /* whom police release on bail or from custody (0841, target only):
    ** seventeenth session, lane coop5 */
    static const char *const release[] = {"release", "free", NULL};
    int coerce = strncmp(j->code1, "17", 2) == 0 ||
                 (strcmp(j->code1, "116") == 0 && lemma_in_list(j->lemma, court)) ||
                 (strcmp(j->code1, "0841") == 0 && lemma_in_list(j->lemma, release));
    if (np < 0 ||
        (coerce && (!target || !(lemma_in_list(j->lemma, custody) ||
                                 lemma_in_list(j->lemma, release) ||
                                 lemma_in_list(j->lemma, court) ||
                                 coder_charged_crime(s, j)))) ||
        (!coerce && ((strncmp(j->code1, "18", 2) != 0 && strncmp(j->code1, "19", 2) != 0) ||
                     !lemma_in_list(j->lemma, violence))))
        return 0;
    ment_ref r = mentions_np(c->ment, np);
    const ment_entity *en = r.ent >= 0 ? mentions_entity(c->ment, r.ent) : NULL;
    actor_ref coded;
    /* "A man stabbed two shoppers. Police shot him dead": "him" for an
    ** unnamed private person or armed man (mentions.c's role) is one of
    ** the article's, as "a man" there would be; not the phrase itself,
    ** which the actor step read as it stands */
    int unnamed = en && en->role[0] && r.how == MREF_PRONOUN;
    if (unnamed && (size_t)r.ent < c->doc.nent && c->doc.ent[r.ent].abroad)
        return 0;
    if (!en || en->kind != ENT_PERSON || (en->unnamed && !unnamed) || en->counterpart ||
        en->name_end <= en->name_start || coder_entity_actor(c, r.ent, 0, 0, &coded))
        return 0;
    char first[16];
    size_t n = 0;
    for (uint32_t b = en->name_start; b < en->name_end && n + 1 < sizeof first &&
                                      isalpha((unsigned char)s->ls.text[b]); b++)
        first[n++] = (char)tolower((unsigned char)s->ls.text[b]);
    first[n] = '\0';
    if (!unnamed && lemma_in_list(first, storms))
        return 0;
    const doc_country *dc = &c->doc.country;
    const country_dateline_at *dl;
    const char *cc = coder_home_cc(dc, s, &dl);
    if (!cc || !coder_places_only(s, cc))
        return 0;
    const phrase *p = &s->ls.phrases[np];
    memset(out, 0, sizeof *out);
    out->first = p->first;
    out->end = p->end;
    snprintf(out->code, sizeof out->code, "%s%s", cc, unnamed ? en->role : "CVL");
    coder_from_home(out, dc, dl);
    /* armed men take the article's country freely, as "gunmen" do */
    out->needs_peer = unnamed && !strcmp(en->role, "UAF") ? 0 : PEER_STATE;
    return 1;
}

/* Does none of a[0..n) have a country (none at all, or partial mode's
** "---")? */
static int countryless(const actor_ref *a, int n)
{
    for (int i = 0; i < n; i++)
        if (strncmp(a[i].code, "---", 3) != 0)
            return 0;
    return 1;
}

/* The people of clause ci's place for the role phrase np (see
** people_of_place), into *out. */
static int role_of_place(const dyad_coder *c, const sent_ctx *s, size_t ci, int32_t np,
                         actor_ref *out)
{
    if (np < 0)
        return 0;
    const phrase *p = &s->ls.phrases[np];
    return !(p->flags & (PHF_COORD | PHF_PRONOUN | PHF_OWNED)) &&
           people_of_place(c, s, ci, p, out);
}

/* Has one of a[0..n) taken from the article (its dateline or its count)
** a country other than code's? The article then places the act elsewhere
** than the place read, or one of the two is misread. */
static int other_home(const actor_ref *a, int n, const char *code)
{
    for (int i = 0; i < n; i++)
        if (coder_from_article(&a[i], 1) && strncmp(a[i].code, "---", 3) != 0 &&
            strncmp(a[i].code, code, 3) != 0)
            return 1;
    return 0;
}

/* Violence at a place (18x-20x) whose roles no country names: the
** attackers of a place's own kind (armed men, rebels, criminals, people,
** police), and whoever they strike there, are the place's: "Gunmen
** attacked a police station in Kano" is NGAUAF's on NGACOP. Not an army
** nor a government as the attacker, which as often strikes abroad. */
static int place_violence(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const attackers[] = {"UAF", "REB", "INS", "SEP", "CRM", "CVL",
                                            "COP", "RAD", NULL};
    int filled = 0;
    actor_ref a;
    if (countryless(j->src, j->ns) && role_of_place(c, s, j->ci, j->src_np, &a) &&
        coder_role_in(a.code, attackers) && !other_home(j->tgt, j->nt, a.code)) {
        j->src[0] = a;
        j->ns = 1;
        filled = 1;
    }
    if (countryless(j->tgt, j->nt) && role_of_place(c, s, j->ci, j->tgt_np, &a) &&
        !other_home(j->src, j->ns, a.code)) {
        j->tgt[0] = a;
        j->nt = 1;
        filled = 1;
    }
    return filled;
}

int coder_place_people(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    int protest = strncmp(j->code1, "14", 2) == 0, coerce = strncmp(j->code1, "17", 2) == 0;
    int filled = 0;
    actor_ref a;
    if (coder_violent_code(j->code1))
        return place_violence(c, s, j);
    if (!protest && !coerce)
        return 0;
    /* protesters anywhere; police and courts where they act */
    if (countryless(j->src, j->ns) && role_of_place(c, s, j->ci, j->src_np, &a) &&
        (protest || strcmp(a.code + 3, "COP") == 0 || strcmp(a.code + 3, "JUD") == 0)) {
        j->src[0] = a;
        j->ns = 1;
        filled = 1;
    }
    /* whom the police of the place act on there: "police in Lagos
    ** arrested dozens of protesters" */
    char cc[4];
    if (coerce && j->ns == 1 && coder_code_country(j->src[0].code, cc) &&
        (strcmp(j->src[0].code + 3, "COP") == 0 || strcmp(j->src[0].code + 3, "JUD") == 0) &&
        countryless(j->tgt, j->nt) && role_of_place(c, s, j->ci, j->tgt_np, &a) &&
        strncmp(a.code, cc, 3) == 0) {
        j->tgt[0] = a;
        j->nt = 1;
        filled = 1;
    }
    return filled;
}

static void guard_job(dyad_coder *c, clause_job *j, int peers_only)
{
    int ns = j->ns;
    /* "Thousands of people rallied": a protest needs no state beside it */
    int protest = j->alone && strncmp(j->code1, "14", 2) == 0;
    /* "thanked the police": the thanks of one's own forces (root 05) */
    int praise = strncmp(j->code1, "05", 2) == 0;
    /* an appeal to one's own government, coercion of one's own people */
    int domestic = strncmp(j->code1, "02", 2) == 0 || strncmp(j->code1, "17", 2) == 0;
    /* an assault or killing by people on people (18x, 19x) */
    int violent = strncmp(j->code1, "18", 2) == 0 || strncmp(j->code1, "19", 2) == 0;
    /* workers at home: a demand, disapproval, rejection, threat or
    ** protest of theirs (10-14), negotiation (046) either way, a crowd of
    ** them repressed (175) */
    int voiced = j->code1[0] == '1' && j->code1[1] >= '0' && j->code1[1] <= '4';
    int talks = strcmp(j->code1, "046") == 0, repressed = strcmp(j->code1, "175") == 0;
    /* an arrest (173) or a sentence (116): sixteenth session, lane actors2 */
    /* a release from custody (0841), theirs too: seventeenth session, lane coop5 */
    int custody = strcmp(j->code1, "173") == 0 || strcmp(j->code1, "116") == 0 ||
                  strcmp(j->code1, "0841") == 0;
    /* people a state's actor appeals to (02x) are its own public, both
    ** countries counted or not: sixteenth session, lane generic2 */
    int appeal = strncmp(j->code1, "02", 2) == 0;
    j->ns = guard_role(c, j->src, j->ns, j->tgt, j->nt, protest, 0, 0, violent, 1,
                       voiced || talks, 0, 0, peers_only);
    j->nt = guard_role(c, j->tgt, j->nt, j->src, ns, 0, praise, domestic, violent, 0,
                       talks || repressed, custody, appeal, peers_only);
}

void coder_article_guard(dyad_coder *c, clause_job *j)
{
    guard_job(c, j, 0);
}

void coder_peer_guard(dyad_coder *c, clause_job *j)
{
    guard_job(c, j, 1);
}
