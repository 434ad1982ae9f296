/*
** coder_firms_asked.c — firms a state's actor asks, presses or orders,
** named with no country ("the ministry asked car makers to show
** restraint"): its own country's. The article's country gives them one
** already beside a state's actor of that country (article_country's
** appeal agents, seventh session); this rule serves where the article's
** country is not the source's or is unknown, as in wire copy of a trade
** dispute between two states. Not meetings: the firms a state's actor
** meets or negotiates with are as often abroad ("talks with two
** companies"), and its meetings with businessmen are told by nouns.
** The other way, a firm named by its proper name that asks a state's
** organ ("Zenith Electronics Corp asked the U.S. Supreme Court") is that
** state's: a firm sues or petitions at home.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Does a word in phrase p or right after it (past a comma) place, own or
** list the firms elsewhere ("companies in socialist countries", "firms from
** Taiwan", "several companies, including Peruvian firms")? */
static int placed_after(const sent_ctx *s, const phrase *p)
{
    static const char *const after[] = {"in", "from", "of", "abroad", "outside", "overseas",
                                        "based", "at", "include", "such", "among", NULL};
    static const char *const lists[] = {"include", "such", "among", NULL};
    for (uint32_t q = p->first; q < p->end; q++)
        if (lemma_in_list(s->ls.lemmas[q], lists))
            return 1;   /* the list inside the phrase itself */
    uint32_t k = p->end;
    if (k < s->ls.n && strcmp(s->ls.lemmas[k], ",") == 0)
        k++;
    return k < s->ls.n && lemma_in_list(s->ls.lemmas[k], after);
}

/* The country of the state's actors a[0..n): one state's actors, each
** named in the sentence (or, with earlier_ok, met before it or of its
** dateline's country; never one only counted over the article, too weak a
** guess for both roles), and not another than the dateline's. Writes it
** to cc and returns 1, or returns 0. */
static int one_state(const dyad_coder *c, const sent_ctx *s, const actor_ref *a, int n,
                     int earlier_ok, char cc[4])
{
    char oc[4];
    cc[0] = '\0';
    for (int i = 0; i < n; i++) {
        int named = a[i].from == FROM_SENTENCE ||
                    (earlier_ok && (a[i].from == FROM_DATELINE || a[i].from == FROM_MENTION));
        if (!named || a[i].counted || !coder_code_country(a[i].code, oc) ||
            (cc[0] && strcmp(oc, cc) != 0) || !coder_state_actor_of(&a[i], oc))
            return 0;
        memcpy(cc, oc, 4);
    }
    /* under another country's dateline the firms may be that country's */
    const country_dateline_at *dl = country_dateline_for(&c->doc.country, s->index);
    return n > 0 && !(dl && dl->cc[0] && strcmp(dl->cc, cc) != 0);
}

/* The firms' agent in phrase p when p names firms of no country that are
** not lenders, firms abroad or firms placed or listed after it; else NULL. */
static const dict_agent *home_firms(const dyad_coder *c, const sent_ctx *s, const phrase *p)
{
    /* firms that buy a state's goods or sell it theirs are as often abroad */
    static const char *const traders[] = {"buyer", "customer", "importer", "supplier", "user",
                                          NULL};
    /* a bank anywhere in the name ("Harwell Bank Corp") lends abroad as
    ** often as at home: "Citibank asked Brazil to pay" is no Brazilian's */
    static const char *const lenders[] = {"bank", "banker", "lender", "creditor", "bancorp",
                                          NULL};
    for (uint32_t k = p->first; k < p->end; k++)
        if (lemma_in_list_any_case(s->ls.lemmas[k], lenders))
            return NULL;
    const dict_agent *agent = coder_agent_in(c, s, p->first, p->end);
    if (!agent || agent->prefix || strcmp(agent->code, "BUS") != 0 ||
        coder_foreign_or_lender(s, p) || lemma_in_list(s->ls.lemmas[p->head], traders) ||
        placed_after(s, p))
        return NULL;
    return agent;
}

static int appeal_or_demand(const clause_job *j)
{
    return strncmp(j->code1, "02", 2) == 0 || strncmp(j->code1, "10", 2) == 0;
}

int coder_firms_asked(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                      actor_ref *out)
{
    if (j->nt != 0 || j->ns == 0 || j->tgt_np < 0 || !appeal_or_demand(j))
        return 0;
    /* firms in the plural, or a whole trade ("private sector industry",
    ** "the business community"); one firm named by "the company" is the
    ** mention table's to name */
    static const char *const trades[] = {"industry", "community", "sector", NULL};
    const phrase *p = &s->ls.phrases[j->tgt_np];
    int tag = s->ls.tags[p->head];
    if ((p->flags & (PHF_OWNED | PHF_PRONOUN)) ||
        (tag != TAG_NNS && tag != TAG_NNPS && !lemma_in_list(s->ls.lemmas[p->head], trades)))
        return 0;
    const dict_agent *agent = home_firms(c, s, p);
    char cc[4];
    if (!agent || !one_state(c, s, j->src, j->ns, 1, cc))
        return 0;
    coder_agent_actor(out, p, agent, cc);
    return 1;
}

int coder_firm_asking(const dyad_coder *c, const sent_ctx *s, const clause_job *j,
                      actor_ref *out)
{
    if (j->ns != 0 || j->nt == 0 || j->src_np < 0 || !appeal_or_demand(j))
        return 0;
    const phrase *p = &s->ls.phrases[j->src_np];
    int tag = s->ls.tags[p->head];
    if ((p->flags & (PHF_OWNED | PHF_PRONOUN)) || (tag != TAG_NNP && tag != TAG_NNPS))
        return 0;
    const dict_agent *agent = home_firms(c, s, p);
    char cc[4];
    if (!agent || !one_state(c, s, j->tgt, j->nt, 0, cc))
        return 0;
    coder_agent_actor(out, p, agent, cc);
    return 1;
}
