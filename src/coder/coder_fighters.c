/*
** coder_fighters.c — fighters told by a participle on their noun phrase
** (docs/coder.md, "Fifteenth session, second round: wars between two
** sides, offensives towards a place, assaults renewed, and fighters told
** by a participle"). "sent arms to the rebels fighting the Managua
** government", "an exercise of Turkish forces occupying northern Cyprus":
** a present participle right after a noun phrase is a reduced relative on
** it (coder_reduced_relative turns the clause's subject down as its doer),
** and for a war's lasting acts (fight, battle, occupy, besiege) the
** relative tells of fighting going on, whose doer is that phrase. This
** file gives the job that phrase's actors for source.
*/
#include "coder/coder_int.h"

#include <string.h>

/* Acts of war that last, told by a participle as a state of things. */
static const char *const lasting_acts[] = {"fight", "battle", "occupy", "besiege", NULL};

/* Roles that fight: a state's forces, rebels and armed groups. A bare
** country (a state's word for its forces) is one too. */
static const char *const fighting_roles[] = {"MIL", "REB", "INS", "SEP", "UAF", "GOV", NULL};

/* Does actor code a name a fighter: a country alone or one with a
** fighting role? Firms and people are none ("a firm fighting the bid"). */
static int fighter(const char *a)
{
    size_t n = strlen(a);
    if (n == 3)
        return 1;
    if (n < 6 || coder_firm_actor(a))
        return 0;
    for (int i = 0; fighting_roles[i]; i++)
        if (strncmp(a + 3, fighting_roles[i], 3) == 0)
            return 1;
    return 0;
}

int coder_relative_fighter(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (strncmp(j->code1, "19", 2) != 0 || j->subject_target || j->passive ||
        !lemma_in_list(j->lemma, lasting_acts))
        return 0;
    uint32_t v = j->vg->first;
    if (s->ls.tags[j->vg->head] != TAG_VBG || v != j->vg->head)
        return 0;
    while (v > 0 && s->ls.tags[v - 1] == TAG_RB)
        v--;
    if (v == 0 || !tag_is_noun(s->ls.tags[v - 1]))
        return 0;
    int32_t np = s->ls.np_of[v - 1];
    if (np < 0 || s->ls.phrases[np].end != v)
        return 0;
    actor_ref got[MAX_ACTORS];
    int n = coder_expand_multi(got, coder_resolve_np(c, s, np, got, MAX_ACTORS));
    if (n == 0)
        return 0;
    /* rebels whose country only the article gave ("an aid package would
    ** reach the rebels fighting the Managua government", in a story from
    ** Washington) are the country's they fight; others must be named */
    for (int i = 0; i < n; i++) {
        if (!fighter(got[i].code))
            return 0;
        if (got[i].from == FROM_SENTENCE)
            continue;
        if (!coder_role_in(got[i].code, coder_irregular_roles) || j->nt == 0 ||
            strlen(j->tgt[0].code) < 3 || j->tgt[0].from != FROM_SENTENCE)
            return 0;
        memcpy(got[i].code, j->tgt[0].code, 3);
    }
    memcpy(j->src, got, sizeof got);
    j->ns = n;
    j->src_np = np;
    return 1;
}
