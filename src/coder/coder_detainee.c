/*
** coder_detainee.c — whom a country's police or courts hold is that
** country's (docs/coder.md, "Fifteenth session, second round: people
** convicted, charged and held"). "Bangladesh police ... arresting four
** industrialists": the police are named with their country, the
** industrialists with none, and no other step gives them one. The
** place of an arrest or a sentence is where the police or the court
** sits; the person held there takes that country, as docs/annotation.md
** lets agents with no country take the one the article makes clear. A
** person the article names with another country (a Libyan refugee, an
** Australian) is that country's, which the gold codes; so the rule keeps
** off articles that count any other country. Also here: whether
** "charged with" tells a crime (coder_charged_crime).
*/
#include "coder/coder_int.h"

#include <string.h>

/* The acts of custody this rule serves: arrest and detention (173), a
** conviction or sentence (116), a release (0841); a deportation (174) is
** of foreigners by its nature. */
static int custody_code(const char *code)
{
    return strcmp(code, "173") == 0 || strcmp(code, "116") == 0 || strcmp(code, "0841") == 0;
}

/* The one country of j's sources when they are all the police or the
** courts of one country named by their own words (not counted over the
** article), or a government that arrests or detains ("authorities
** arrested twelve people"), written to cc (4 bytes); NULL otherwise. */
static const char *custodian_country(const clause_job *j, char *cc)
{
    static const char *const custody[] = {"COP", "JUD", NULL};
    static const char *const taking[] = {"arrest", "detain", "apprehend", NULL};
    static const char *const gov[] = {"GOV", NULL};
    if (j->ns == 0)
        return NULL;
    for (int i = 0; i < j->ns; i++) {
        const actor_ref *a = &j->src[i];
        char sc[4];
        if (a->counted || a->from != FROM_SENTENCE || a->code[0] == '-' || strlen(a->code) != 6 ||
            !coder_code_country(a->code, sc))
            return NULL;
        if (!coder_role_in(a->code, custody) &&
            !(coder_role_in(a->code, gov) && lemma_in_list(j->lemma, taking)))
            return NULL;
        if (i > 0 && strcmp(sc, cc) != 0)
            return NULL;
        memcpy(cc, sc, 4);
    }
    return cc;
}

/* Does the article count a country other than cc? Reads only. */
static int names_other_country(const doc_country *dc, const char *cc)
{
    for (size_t i = 0; i < dc->ntally; i++)
        if (strcmp(dc->tally[i].cc, cc) != 0)
            return 1;
    return 0;
}

int coder_custody_detainee(const dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    /* private people a state may hold: not a body, a state's organ or an
    ** armed group, whose country is its own to give */
    static const char *const people[] = {"CVL", "CRM", "BUS", "LAB", "HLH", "EDU", "MED", NULL};
    char cc[4];
    if (j->nt > 0 || j->tgt_np < 0 || j->subject_target || !custody_code(j->code1) ||
        !custodian_country(j, cc) || names_other_country(&c->doc.country, cc) ||
        !coder_places_only(s, cc))
        return j->nt;   /* someone the article or the sentence puts elsewhere */
    const phrase *p = &s->ls.phrases[j->tgt_np];
    if (p->flags & (PHF_PRONOUN | PHF_COORD))
        return j->nt;
    const dict_agent *agent = coder_agent_in(c, s, p->first, p->end);
    if (!agent || agent->prefix || !coder_agent_role_in(agent->code, people))
        return j->nt;
    coder_agent_actor(&j->tgt[0], p, agent, cc);
    return 1;
}

int coder_charged_crime(const sent_ctx *s, const clause_job *j)
{
    /* the stems of crimes and of what charges count: "charged with
    ** fraud", "with three counts of", "with making false statements";
    ** not a task ("charged with preparing the talks") */
    static const char *const crimes[] = {
        "fraud", "murder", "manslaughter", "espionage", "spying", "theft", "robbery",
        "burglar", "extort", "brib", "corrupt", "conspir", "false", "perjur", "obstruct",
        "insider", "offence", "offense", "crime", "criminal", "illegal", "unlawful",
        "kickback", "cocaine", "heroin", "narcotic", "kill", "assault", "terror", "treason",
        "sedition", "embezzl", "smuggl", "traffick", "launder", "falsif", "misappl",
        "misappropriat", "mismanage", "wrongdo", "evasion", "contempt", "possession",
        "violat", "manipulat", "kidnap", "arson", "trespass", "tamper", "racketeer",
        "homicide", "felon", "misdemean", NULL};
    /* whole words only: "count" is no "country", "rape" no "rapeseed",
    ** "stab" no "stability" */
    static const char *const crime_words[] = {"count", "rape", "stab", "spy", "drug",
                                              "abuse", "forgery", "forge", "fake", "riot",
                                              "shoot", "attack", NULL};
    if (!lemma_is_word(j->lemma, "charge"))
        return 0;
    uint32_t k = j->vg->end;
    /* "was also charged yesterday with": a few words before "with" */
    while (k < s->ls.n && k < j->vg->end + 3 && !lemma_is_word(s->ls.lemmas[k], "with"))
        k++;
    if (k >= s->ls.n || !lemma_is_word(s->ls.lemmas[k], "with"))
        return 0;
    for (uint32_t e = k + 1; e < s->ls.n && e < k + 9; e++) {
        const char *l = s->ls.lemmas[e];
        if (s->ls.tags[e] == TAG_PERIOD || lemma_is_word(l, ";"))
            break;
        if (lemma_in_list(l, crime_words))
            return 1;
        for (const char *const *w = crimes; *w; w++)
            if (strncmp(l, *w, strlen(*w)) == 0)
                return 1;
    }
    return 0;
}
