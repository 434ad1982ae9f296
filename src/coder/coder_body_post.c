/*
** coder_body_post.c — a person described as the head of a body the
** dictionaries do not know, or the body named alone, whose name tells
** what kind of body it is (docs/coder.md, "Sixteenth session: heads of
** unions and business lobbies named by their body, and such bodies
** named alone"). "Ana Sousa, president of the National Union of Dock
** Workers, urged the government": the union is its
** country's labour (LAB); "chairman of the Federation of Steel
** Manufacturers" a business lobby (BUS). The country is one the name
** holds ("the Kenyan Chamber of Commerce"), else the dateline's; with
** neither, or with no word that says whose body it is, no code: most
** unknown bodies (institutes, councils, boards) are a firm's, a
** profession's or a state's, and the name alone cannot tell which.
*/
#include "coder/coder_int.h"

#include <string.h>

/* posts that head a body; "president" and "leader" are the agent list's
** for states, and are read here only before such a body's name */
static const char *const heads[] = {
    "president", "chairman", "chairwoman", "chair", "head", "chief", "leader",
    "director", "director-general", "secretary-general", "vice-president",
    "vice-chairman", "secretary", "general", NULL};

/* a body's kind, a word of its name */
static const char *const bodies[] = {
    "union", "unions", "federation", "confederation", "association", "congress",
    "council", "chamber", "chambers", "league", "organisation", "organisations",
    "organization", "organizations", NULL};

static const char *const unions[] = {"union", "unions", NULL};

/* whose body: its members' work, workers' or employers' */
static const char *const labour[] = {
    "workers", "employees", "mineworkers", "miners", "teachers", "seamen", "seafarers",
    "dockers", "dockworkers", "labour", "labor", "union", "unions", "drivers", "pilots",
    "machinists", "steelworkers", "autoworkers", "metalworkers", "nurses", NULL};
static const char *const business[] = {
    "commerce", "industry", "industries", "industrialists", "manufacturers", "employers",
    "economic", "bankers", "dealers", "exporters", "importers", "producers", "growers",
    "shipowners", "merchants", "business", "businessmen", "traders", "retailers",
    "brokers", NULL};

/* The phrase after name phrase np's comma that describes the person,
** as coder_described.c finds it: the apposition or a lone NP. */
static const phrase *description(const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    for (size_t k = (size_t)np + 1; k < s->ls.nphrases; k++) {
        const phrase *d = &s->ls.phrases[k];
        if (d->kind == PH_NP && (d->flags & PHF_APPOS) && d->up == np)
            return d;
    }
    if (p->end + 1 >= s->ls.n || s->ls.tags[p->end] != TAG_COMMA)
        return NULL;
    int32_t k = s->ls.np_of[p->end + 1];
    if (k < 0 || s->ls.phrases[k].first != p->end + 1 || s->ls.phrases[k].up >= 0)
        return NULL;
    return &s->ls.phrases[k];
}

/* Token k, in lower case, into low ("" when too long for any list). */
static void token_lower(const sent_ctx *s, uint32_t k, char low[CODER_LOW_WORD])
{
    const dyad_token *t = &s->ls.toks[k];
    dict_word w = {s->ls.text + t->start, t->len};
    if (!coder_word_lower(&w, low))
        low[0] = '\0';
}

/* Is token k (low, folded) the kind's word of a name that runs to end at
** most: at its end or opening its "of" ("Union Carbide" is no union)? */
static int kind_word(const sent_ctx *s, const char *low, uint32_t k, uint32_t end)
{
    return lemma_in_list(low, bodies) &&
           (k + 1 >= end || s->ls.tags[k + 1] == TAG_COMMA || s->ls.tags[k + 1] == TAG_LRB ||
            lemma_is_word(s->ls.lemmas[k + 1], "of") || lemma_is_word(s->ls.lemmas[k + 1], "for"));
}

/* Reads a body's name from token k to the first of stop (a comma or a
** bracket, or end at most): capitalised words and the small words
** between them, a word of a body's kind among them, and a word of its
** members' work that makes it labour's or business's. Fills *out with
** the code (the name's country, else the dateline's) and returns 1; 0
** when the name is no such body or the dictionaries know it. */
static int body_name(const dyad_coder *c, const sent_ctx *s, uint32_t k, uint32_t end,
                     actor_ref *out)
{
    uint32_t stop = k;
    int body = 0, lab = 0, bus = 0;
    /* members the two roles do not hold: farmers' unions, writers',
    ** lawyers' and students' bodies */
    static const char *const other[] = {"farmers", "peasants", "students", "writers",
                                        "journalists", "lawyers", "doctors", NULL};
    char low[CODER_LOW_WORD];
    while (stop < end && s->ls.tags[stop] != TAG_COMMA && s->ls.tags[stop] != TAG_LRB) {
        const dyad_token *t = &s->ls.toks[stop];
        static const char *const small[] = {"of", "and", "for", "&", "'s", "'", NULL};
        /* a small word has three bytes at most: "the government" is
        ** turned down unfolded */
        if (!(t->flags & DYAD_TF_CAPITALIZED) && t->len > 3)
            return 0;
        token_lower(s, stop, low);
        if (!(t->flags & DYAD_TF_CAPITALIZED) && !lemma_in_list(low, small))
            return 0;
        if (lemma_in_list(low, other))
            return 0;
        body |= kind_word(s, low, stop, end);
        stop++;
    }
    if (!body)
        return 0;
    /* whose body, read only of a name with a kind's word (most names
    ** have none) */
    for (uint32_t w = k; w < stop; w++) {
        token_lower(s, w, low);
        /* "union" is labour's only as the kind's word ("the Teamsters
        ** Union") */
        lab |= lemma_in_list(low, labour) &&
               (kind_word(s, low, w, end) || !lemma_in_list(low, unions));
        bus |= lemma_in_list(low, business);
    }
    if (stop == k || !body || lab == bus)
        return 0;
    /* a name the dictionaries know is theirs to code */
    dict_match dm;
    char cc[4] = "";
    for (uint32_t j = k; j < stop;) {
        size_t len = dict_match_actor(c->d, s->ids, stop, j, s->date, &dm);
        if (len && dm.code && strlen(dm.code) == 3 && coder_code_country(dm.code, cc)) {
            /* "the Soviet Union of Writers": the state's name is no
            ** adjective of the body */
            for (uint32_t w = j; w < j + len; w++)
                if (coder_word_in_list(s, w, bodies))
                    return 0;
            j += (uint32_t)len;
            continue;
        }
        if (len)
            return 0;
        j++;
    }
    memset(out, 0, sizeof *out);
    out->first = k;
    out->end = stop;
    out->entry_file = "body post";
    if (!cc[0]) {
        const country_dateline_at *dl;
        const char *home = coder_home_cc(&c->doc.country, s, &dl);
        if (!home || !dl)
            return 0;
        memcpy(cc, home, 3);
        cc[3] = '\0';
        coder_from_home(out, &c->doc.country, dl);
    }
    snprintf(out->code, sizeof out->code, "%s%s", cc, lab ? "LAB" : "BUS");
    return 1;
}

int coder_body_post(const dyad_coder *c, const sent_ctx *s, int32_t np, int32_t e,
                    actor_ref *out)
{
    const phrase *p = &s->ls.phrases[np];
    if (mentions_entity(c->ment, e)->kind != ENT_PERSON)
        return 0;
    const phrase *d = description(s, np);
    if (!d || !coder_word_in_list(s, d->head, heads))
        return 0;
    /* only small words before the post ("the president"): no name
    ** ("the Kenyan president" is the state's) and no former holder */
    for (uint32_t j = d->first; j < d->head; j++)
        if (coder_former_word(s, j) || tag_is_proper(s->ls.tags[j]))
            return 0;
    uint32_t k = d->head + 1;
    if (k + 2 >= s->ls.n || !lemma_is_word(s->ls.lemmas[k], "of"))
        return 0;
    k++;
    if (s->ls.tags[k] == TAG_DT)
        k++;
    /* the name runs to the comma or bracket that closes the description */
    if (!body_name(c, s, k, (uint32_t)s->ls.n, out) || out->end >= s->ls.n)
        return 0;
    out->first = p->first;
    return 1;
}

int coder_body_named(const dyad_coder *c, const sent_ctx *s, const phrase *p, actor_ref *out)
{
    /* a post's body is the post's to read ("president of the Union of
    ** ...": coder_body_post gives the person its code) */
    if (p->first >= 2 && lemma_is_word(s->ls.lemmas[p->first - 1], "of") &&
        coder_word_in_list(s, p->first - 2, heads))
        return 0;
    uint32_t k = p->first;
    if (k < p->end && s->ls.tags[k] == TAG_DT)
        k++;
    /* the name's "of" PPs are its own ("the National Union of Dock
    ** Workers") */
    uint32_t end = p->end;
    const phrase *pp;
    while ((pp = coder_pp_at(s, end)) != NULL && pp->end > end &&
           lemma_is_word(s->ls.lemmas[end], "of"))
        end = pp->end;
    if (!body_name(c, s, k, end, out) || out->end != end)
        return 0;
    /* a business lobby by its name alone only in an appeal to its own
    ** state, as coder_actor.c's trade_body (sixteenth session, lane
    ** consult): its criticisms and the like stay uncoded there */
    if (strcmp(out->code + 3, "BUS") == 0) {
        if (c->private_agents != PEER_APPEAL)
            return 0;
        out->needs_peer = PEER_STATE;
    }
    out->first = p->first;
    return 1;
}
