/*
** coder_home_judge.c — judgements between a state's own political sides
** (docs/coder.md, "Eighteenth session: a government, its opposition and
** its parties judge each other's plans"). "Treasurer Keating said the
** opposition's tax plan was a mistake" is AUSGOV -> AUSOPP 111, as
** "opposition leaders said the government's budget was irresponsible" is
** AUSOPP -> AUSGOV: docs/annotation.md codes one country's roles acting on
** each other ("Same country, different roles are events"). The judgement
** rules of coder_stance.c (judgement_predicate, judged_phrase,
** judged_naming) ask this of a speaker and an owner of one country.
*/
#include "coder/coder_int.h"

#include <string.h>

/* The sides of a state's politics that judge each other's plans, budgets
** and words: its executive, its opposition, its legislature, its parties.
** Not its forces, courts or police, nor a firm, an analyst or a union
** (a union judges its government as a critic at home: critic_roles). */
static const char *const political_sides[] = {"GOV", "OPP", "LEG", "PTY", "ELI", NULL};

int coder_home_side(const actor_ref *a)
{
    return strlen(a->code) == 6 && coder_role_in(a->code, political_sides);
}

int coder_judges_at_home(const actor_ref *a, const actor_ref *y)
{
    char ca[4], cy[4];
    /* two sides, each a country's role alone ("AUSGOV", "AUSOPP"); one
    ** code for both is one side judging itself ("the government said its
    ** own plan was a mistake"), no event */
    return coder_home_side(a) && coder_home_side(y) && strcmp(a->code, y->code) != 0 &&
           coder_code_country(a->code, ca) && coder_code_country(y->code, cy) &&
           strcmp(ca, cy) == 0;
}
