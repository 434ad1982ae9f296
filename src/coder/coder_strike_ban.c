/*
** coder_strike_ban.c — a strike or protest ruled or declared unlawful
** (docs/coder.md, "Seventeenth session: strikes and protests ruled or
** declared illegal"). A measure found unlawful is a verdict against its
** owner (116, coder_verdict.c); but a strike or a protest ruled illegal is
** banned: its people are ordered back, so the ruling imposes a restriction
** on them (172, docs/annotation.md "17 coerce"), whether a court or a
** government says it ("the labour court ruled the strike illegal", "the
** government declared the stoppage illegal"). "The strike was ruled
** illegal" names no doer: "rule" is a court's verb (verbs.txt, &UNLAWFUL),
** so the doer is the court of the strikers' country.
*/
#include "coder/coder_int.h"

#include <string.h>

/* The nouns of a strike or a protest; not "march", a month as often. */
static const char *const stoppages[] = {"strike", "stoppage", "walkout", "protest",
                                        "demonstration", "rally", "sit-in", NULL};

/* The noun phrase of a strike or protest that holds token first (itself,
** or its possessor: "the seamen's strike"), or -1. */
static int32_t strike_np(const sent_ctx *s, uint32_t first)
{
    int32_t p = first < s->ls.n ? s->ls.np_of[first] : -1;
    for (; p >= 0 && s->ls.phrases[p].kind == PH_NP; p = s->ls.phrases[p].up) {
        if (lemma_in_list(s->ls.lemmas[s->ls.phrases[p].head], stoppages))
            return p;
        if (s->ls.phrases[p].up < 0)
            break;
    }
    return -1;
}

int coder_strike_words(const sent_ctx *s, uint32_t first)
{
    return strike_np(s, first) >= 0;
}

/* The strikers of strike phrase np by its possessor ("a national seamen's
** strike"), into j's targets; returns the new j->nt. */
static int strikers_owning(dyad_coder *c, const sent_ctx *s, int32_t np, clause_job *j)
{
    for (size_t i = 0; i < s->ls.nphrases; i++)
        if (s->ls.phrases[i].up == np && (s->ls.phrases[i].flags & PHF_POSS)) {
            /* "seamen" take the article's country beside its court, as
            ** the strike's own noun lets them (coder_nominal.c) */
            int was = c->private_agents;
            c->private_agents = PEER_STATE;
            int n = coder_expand_multi(j->tgt, coder_resolve_np(c, s, (int32_t)i, j->tgt,
                                                                 MAX_ACTORS));
            c->private_agents = was;
            return n;
        }
    return 0;
}

/* Is the verdict (116) told by "rule", "declare" or "find" (lemma)? */
static int unlawful_verb(const char *code, const char *lemma)
{
    return strcmp(code, "116") == 0 &&
           (lemma_is_word(lemma, "rule") || lemma_is_word(lemma, "declare") ||
            lemma_is_word(lemma, "find"));
}

const char *coder_strike_banned(const sent_ctx *s, const char *code, const char *lemma,
                                const actor_ref *tgt)
{
    if (!unlawful_verb(code, lemma) || !coder_strike_words(s, tgt->first))
        return code;
    return "172";
}

/* Is code the people of one country, not its state ("BRALAB")? */
static int people_of(const char *code, char cc[4])
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", NULL};
    return strlen(code) == 6 && coder_code_country(code, cc) && strcmp(cc, "---") != 0 &&
           !coder_role_in(code, state);
}

int coder_strike_court(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (j->ns != 0 || !j->unnamed_agent || j->src_np >= 0 || j->tgt_np < 0 ||
        !lemma_is_word(j->lemma, "rule") || !unlawful_verb(j->code1, j->lemma))
        return j->ns;
    int32_t np = strike_np(s, s->ls.phrases[j->tgt_np].first);
    if (np < 0)
        return j->ns;
    char cc[4] = "", tc[4];
    int found = j->nt;   /* the slot's own targets, kept when no court is found */
    if (j->nt == 0)
        j->nt = strikers_owning(c, s, np, j);
    if (j->nt == 0) {
        /* "the strike": its strikers are the doers of the article's
        ** latest strike or protest, in this sentence or the two before */
        size_t e = coder_earlier_event(c, c->nev, "14", 1, s->index - 2);
        if (e != SIZE_MAX && coder_same_story(c, c->ev[e].sent, s->index) &&
            people_of(c->ev[e].source, tc))
            j->nt = coder_add_from_event(c, &s->ls.phrases[j->tgt_np], e, c->ev[e].source,
                                         j->tgt, 0);
    }
    for (int i = 0; i < j->nt; i++) {
        if (!people_of(j->tgt[i].code, tc) || (cc[0] && strcmp(cc, tc) != 0)) {
            cc[0] = '\0';
            break;
        }
        memcpy(cc, tc, 4);
    }
    if (!cc[0]) {
        j->nt = found;
        return j->ns;
    }
    /* no words of its own: the court is told by the verb alone, its
    ** country by the strikers (their provenance kept for --explain) */
    j->src[0] = j->tgt[0];
    snprintf(j->src[0].code, sizeof j->src[0].code, "%sJUD", cc);
    j->src[0].first = j->src[0].end = j->vg->first;
    return 1;
}
