/*
** coder_things.c — things struck in a war that the article named with
** their country before and names again with "the" (docs/coder.md, "A
** thing struck, named before"). Wire copy on a war tells "an Iranian oil
** platform" once, then "U.S. warships destroyed the platform": force
** (17x-19x) on such a thing is force on its country. The coder remembers
** each thing named with a country as it reads a sentence, and a clause of
** force whose target is the thing again, with no country of its own,
** takes the latest one's. So does the one who did the article's attack,
** named again as "the accused", "the suspect" or "the attacker".
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* The heads of things that force strikes and the news names by their
** country ("an Iranian oil platform", "a Kuwaiti tanker", "the Saudi
** embassy"): a rule word list (RULE_THINGS), so that a sentence without
** one skips the step, and a phrase's head is asked by its token's mark
** (coder_rule_word) with no walk of the list. */
const char *const coder_struck_things[] = {
    "airliner", "consulate", "embassy", "freighter", "platform", "pipeline", "rig",
    "refinery", "ship", "supertanker", "tanker", "terminal", "vessel", NULL};

void coder_things_remember(dyad_coder *c, const sent_ctx *s)
{
    if (!coder_rule_may(s, RULE_THINGS))
        return;
    actor_ref out[MAX_ACTORS];
    c->no_agent_memory = 1;   /* a thing's words name no agent for later */
    for (size_t i = 0; i < s->ls.nphrases; i++) {
        const phrase *p = &s->ls.phrases[i];
        if (p->kind != PH_NP || !tag_is_noun(s->ls.tags[p->head]) ||
            tag_is_proper(s->ls.tags[p->head]) || !coder_rule_word(s, p->head, RULE_THINGS) ||
            (p->flags & PHF_COORD))
            continue;
        /* a country before the head: "an Iranian oil platform", "a
        ** U.S.-flagged Kuwaiti tanker" (the tanker's, as the actor step
        ** reads it); one country, as a bare code */
        int named = 0;
        for (uint32_t k = p->first; k < p->head && !named; k++)
            named = tag_is_proper(s->ls.tags[k]) || tag_is_adj(s->ls.tags[k]);
        if (!named || coder_resolve_np(c, s, (int32_t)i, out, MAX_ACTORS) != 1 ||
            strlen(out[0].code) != 3 || !coder_code_country(out[0].code, NULL))
            continue;
        thing_seen *t = &c->doc.things[c->doc.nthings++ % THINGS_SEEN];
        snprintf(t->lemma, sizeof t->lemma, "%s", s->ls.lemmas[p->head]);
        memcpy(t->code, out[0].code, 4);
        t->sent = s->index;
        t->start = s->ls.toks[p->first].start;
        t->end = s->ls.toks[p->end - 1].start + s->ls.toks[p->end - 1].len;
    }
    c->no_agent_memory = 0;
}

int coder_thing_earlier(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    static const char *const force[] = {"170", "171", "1712", NULL};
    if (j->tgt_np < 0 || j->ns == 0 || c->doc.nthings == 0 ||
        !(strncmp(j->code1, "18", 2) == 0 || strncmp(j->code1, "19", 2) == 0 ||
          lemma_in_list(j->code1, force)) ||
        s->ls.tags[j->vg->head] == TAG_VBG)
        return 0;   /* a gerund's doer is too often borrowed wrongly */
    const phrase *p = &s->ls.phrases[j->tgt_np];
    if (p->kind != PH_NP || (p->flags & (PHF_COORD | PHF_POSS | PHF_OWNED)) ||
        !lemma_is_word(s->ls.lemmas[p->first], "the") || tag_is_proper(s->ls.tags[p->head]) ||
        !coder_rule_word(s, p->head, RULE_THINGS))
        return 0;
    /* the latest thing of that head, at most THINGS_SEEN back */
    size_t n = c->doc.nthings < THINGS_SEEN ? c->doc.nthings : THINGS_SEEN;
    for (size_t k = 0; k < n; k++) {
        const thing_seen *t = &c->doc.things[(c->doc.nthings - 1 - k) % THINGS_SEEN];
        if (strcmp(t->lemma, s->ls.lemmas[p->head]) != 0)
            continue;
        char tc[4], sc[4];
        coder_code_country(t->code, tc);
        for (int i = 0; i < j->ns; i++)
            if (coder_code_country(j->src[i].code, sc) && strcmp(sc, tc) == 0)
                return 0;   /* one's own thing: "Iran said its platform ..." */
        coder_mention_actor(&j->tgt[0], t->code, p->first, p->end, t->sent, t->start, t->end);
        return 1;
    }
    return 0;
}

/* Heads of a phrase that points back to whoever did the article's attack. */
static const char *const assailants[] = {"accused", "suspect", "attacker", "assailant",
                                         "gunman", "killer", "perpetrator", "bomber", NULL};

/* The code of code's doer as a criminal, into out: a country alone or its
** people ("AUS", "GBRCVL") as its criminals, armed men and rebels as they
** are; 0 for a state's own force or organ, or no country. */
static int as_assailant(const char *code, char *out, size_t size)
{
    static const char *const people[] = {"CVL", "CRM", NULL};
    static const char *const armed[] = {"UAF", "REB", "INS", "RAD", "SEP", NULL};
    if (!coder_code_country(code, NULL))
        return 0;
    if (strlen(code) == 3 || coder_role_in(code, people))
        snprintf(out, size, "%.3sCRM", code);
    else if (coder_role_in(code, armed))
        snprintf(out, size, "%s", code);
    else
        return 0;
    return 1;
}

int coder_assailant_earlier(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                            int32_t np, actor_ref *a, int n)
{
    if (np < 0 || !(strncmp(j->code1, "17", 2) == 0 || strncmp(j->code1, "18", 2) == 0 ||
                    strncmp(j->code1, "19", 2) == 0 || strncmp(j->code1, "11", 2) == 0))
        return n;
    const phrase *p = &s->ls.phrases[np];
    if (p->kind != PH_NP || (p->flags & (PHF_COORD | PHF_POSS | PHF_OWNED)) ||
        s->ls.tags[p->head] != TAG_NN || !lemma_is_word(s->ls.lemmas[p->first], "the") ||
        !lemma_in_list(s->ls.lemmas[p->head], assailants))
        return n;
    for (int i = 0; i < n; i++)
        if (a[i].from == FROM_SENTENCE && strncmp(a[i].code, "---", 3) != 0)
            return n;   /* "the Australian suspect" says whose */
    /* the latest attack the article named with its doer ... */
    char code[CODE_MAX] = "";
    long sent = -1;
    uint32_t start = 0, stop = 0;
    size_t na = c->doc.nacts < ACTS_SEEN ? c->doc.nacts : ACTS_SEEN;
    for (size_t k = 0; k < na && sent < 0; k++) {
        const act_seen *t = &c->doc.acts[(c->doc.nacts - 1 - k) % ACTS_SEEN];
        if (coder_act_is_attack(t) && t->n == 1 && as_assailant(t->code[0], code, sizeof code)) {
            sent = t->sent;
            start = t->start;
            stop = t->end;
        }
    }
    /* ... or coded, whichever is later */
    for (size_t e = c->nev; (e = coder_earlier_event(c, e, "18 19 20", 0, sent)) != SIZE_MAX;)
        if (as_assailant(c->ev[e].source, code, sizeof code)) {
            sent = c->ev[e].sent;
            start = stop = 0;
            break;
        }
    if (sent < 0)
        return n;
    if (a != j->src && coder_actors_have(j->src, j->ns, code))
        return n;   /* no one arrests himself */
    coder_mention_actor(&a[0], code, p->first, p->end, sent, start, stop);
    return 1;
}

void coder_suspect_role(dyad_coder *c, const clause_job *j, int32_t np, actor_ref *a, int n)
{
    static const char *const state[] = {"COP", "JUD", "GOV", "MIL", "SPY", NULL};
    static const char *const force[] = {"COP", "MIL", NULL};
    static const char *const keepers[] = {"COP", "JUD", NULL};
    /* one convicted or sentenced (116) is a criminal too; and one the
    ** police or courts release (0841: "released him on bail"), a suspect
    ** (seventeenth session, lane coop5); a state's release may be of a
    ** dissident or a captive */
    int custody = strncmp(j->code1, "173", 3) == 0 || strcmp(j->code1, "116") == 0, violence = strncmp(j->code1, "18", 2) == 0;
    int release = strcmp(j->code1, "0841") == 0 && j->ns > 0;
    for (int i = 0; release && i < j->ns; i++)
        release = coder_role_in(j->src[i].code, keepers);
    custody = custody || release;
    int harm = violence || strncmp(j->code1, "19", 2) == 0 || strncmp(j->code1, "20", 2) == 0;
    if (np < 0 || n != 1)
        return;
    ment_ref r = mentions_np(c->ment, np);
    const ment_entity *en = r.ent >= 0 ? mentions_entity(c->ment, r.ent) : NULL;
    entity_code *ec = en && (size_t)r.ent < c->doc.nent ? &c->doc.ent[r.ent] : NULL;
    /* "A man stabbed two shoppers. ... Police shot him dead": an unnamed
    ** person (mentions.c's role) who assaulted, shot or killed is the
    ** one the state's force shoots or kills later, a criminal, not one of
    ** a crowd it represses (175) */
    int lone = ec && en->role[0] && !en->plural;
    if (lone && a == j->src && harm)
        ec->assailant = 1;
    int shot = lone && a == j->tgt && harm && ec->assailant;
    for (int i = 0; shot && i < j->ns; i++)
        shot = coder_role_in(j->src[i].code, force);
    if (!(a == j->tgt ? custody || shot : violence) || strlen(a[0].code) != 6 ||
        strcmp(a[0].code + 3, "CVL") != 0)
        return;
    for (int i = 0; a == j->tgt && i < j->ns; i++)
        if (!coder_role_in(j->src[i].code, state))
            return;   /* the state takes suspects into custody */
    /* people a court convicts, sentences or jails are criminals, however
    ** many ("nine men were jailed for fraud": eighteenth session, lane
    ** prec23); people arrested or charged may be a crowd */
    static const char *const convicted[] = {"jail", "imprison", "convict", "sentence", NULL};
    int court = a == j->tgt && (strcmp(j->code1, "116") == 0 ||
                                lemma_in_list(j->lemma, convicted));
    if (!en || en->kind != ENT_PERSON || (en->unnamed && en->plural && !court) ||
        en->counterpart)
        return;   /* one person, named or not ("a Leeds man"): no crowd
                  ** ("71 people were arrested", "Kisumu residents") */
    memcpy(a[0].code + 3, "CRM", 4);
}
