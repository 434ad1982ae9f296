/*
** coder_named_suspect.c — the suspect of a crime story named once with
** his nationality and acted on as "the man", "the attacker" or "him"
** (docs/coder.md, "Seventeenth session: a named suspect's nationality
** carried to the man, the attacker and him"). A story tells "Reports
** named him as Libyan national Omar Sadi" or "A Togolese, Kossi Agbeko,"
** and then "Police detained the man" or "the attacker fled": when the
** article so far names exactly one such person, the unnamed suspect is
** he, his country's criminal (CRM).
*/
#include "coder/coder_int.h"

#include <stdio.h>
#include <string.h>

/* Heads of a singular phrase that stands for a crime story's suspect. */
static const char *const suspects[] = {"man", "woman", "suspect", "attacker", "assailant",
                                       "gunman", "killer", "perpetrator", "accused",
                                       "knifeman", "stabber", "shooter", "bomber", NULL};

/* Is np an unnamed singular person the story's suspect may be: "the
** man", "a 25-year-old man", "the attacker", or "him" for no named one? */
static int unnamed_person(const dyad_coder *c, const sent_ctx *s, int32_t np)
{
    const phrase *p = &s->ls.phrases[np];
    if (p->kind != PH_NP || (p->flags & (PHF_COORD | PHF_POSS | PHF_OWNED)))
        return 0;
    ment_ref r = mentions_np(c->ment, np);
    const ment_entity *en = r.ent >= 0 ? mentions_entity(c->ment, r.ent) : NULL;
    if (en && (en->kind != ENT_PERSON || !en->unnamed || en->plural))
        return 0;   /* a named one, or a thing, or a crowd, is coded as it is */
    if (p->flags & PHF_PRONOUN)
        return lemma_is_word(s->ls.lemmas[p->head], "he") ||
               lemma_is_word(s->ls.lemmas[p->head], "him");
    if (s->ls.tags[p->head] != TAG_NN || !lemma_in_list(s->ls.lemmas[p->head], suspects))
        return 0;
    const char *det = s->ls.lemmas[p->first];
    if (!lemma_is_word(det, "the") && !lemma_is_word(det, "a") && !lemma_is_word(det, "an"))
        return 0;
    for (uint32_t k = p->first + 1; k < p->head; k++)
        if (tag_is_proper(s->ls.tags[k]))
            return 0;   /* "a Reading man", "the Leeds attacker": their own */
    return 1;
}

/* Does the text in the few bytes before [start, ...) call the one named
** there a victim, or tell of an assault on him ("named the victim as
** Beninese national ...", "a man stabbed Beninese national ...")? */
static int named_victim(const char *text, uint32_t start)
{
    static const char *const harm[] = {"victim", "stabbed", "shot", "killed", "murdered",
                                       "attacked", "injured", "wounded", "kidnapped", NULL};
    uint32_t from = start > 48 ? start - 48 : 0;
    for (uint32_t b = from; b < start; b++) {
        char ch = text[b] | 0x20;   /* lower case for letters */
        if (!strchr("vskmaiw", ch) || (b > 0 && ((text[b - 1] | 0x20) >= 'a' &&
                                                  (text[b - 1] | 0x20) <= 'z')))
            continue;   /* only a word's start */
        for (int k = 0; harm[k]; k++) {
            size_t len = strlen(harm[k]);
            if (b + len <= start && ch == harm[k][0] &&
                strncmp(text + b + 1, harm[k] + 1, len - 1) == 0)
                return 1;
        }
    }
    return 0;
}

/* The one named private person the article so far gives a nationality
** (entity code "LBY", "AUSCVL" or "AUSCRM"): his entity, or -1 when none,
** more than one, or one named as a victim. Reads each entity once a
** document (c->doc.suspect_ent), so that a long article's clauses do not
** each read them all. */
static int32_t the_named_suspect(dyad_coder *c, const sent_ctx *s)
{
    /* the titles a nationality is told by: "Libyan national Omar Sadi" */
    static const char *const nationals[] = {"national", "citizen", "native", "refugee",
                                            "resident", "migrant", "immigrant", NULL};
    doc_ctx *d = &c->doc;
    size_t ne = mentions_entity_count(c->ment);
    if (ne > d->nent)
        ne = d->nent;
    for (; d->suspect_seen < ne && d->suspect_ent != -2; d->suspect_seen++) {
        size_t e = d->suspect_seen;
        const ment_entity *en = mentions_entity(c->ment, (int32_t)e);
        const char *code = d->ent[e].code;
        size_t len = strlen(code);
        if (en->kind != ENT_PERSON || en->unnamed || en->plural || en->counterpart ||
            (en->title[0] && !lemma_in_list(en->title, nationals)) ||
            !(len == 3 || (len == 6 && (strcmp(code + 3, "CVL") == 0 ||
                                        strcmp(code + 3, "CRM") == 0))) ||
            !coder_code_country(code, NULL))
            continue;
        /* two such people, or a victim: which is the suspect is unknown */
        d->suspect_ent = d->suspect_ent >= 0 || named_victim(s->ls.text, en->intro_start)
                             ? -2 : (int32_t)e;
    }
    return d->suspect_ent >= 0 ? d->suspect_ent : -1;
}

int coder_named_suspect(dyad_coder *c, const sent_ctx *s, const clause_job *j, int32_t np,
                        actor_ref *a, int n)
{
    static const char *const state[] = {"COP", "JUD", "GOV", "MIL", "SPY", NULL};
    /* the private or armed people an unnamed one is given by default */
    static const char *const people[] = {"CVL", "CRM", "UAF", NULL};
    int target = a == j->tgt;
    /* taken into custody or accused (the target), or assaulting (the
    ** source) */
    int custody = strncmp(j->code1, "17", 2) == 0 || strncmp(j->code1, "11", 2) == 0;
    if (np < 0 || (target ? !custody : strncmp(j->code1, "18", 2) != 0))
        return n;
    /* none whose own words or sentence say whose: partial mode's unknown,
    ** or the private or armed people the dateline or the article's
    ** country gives, or an unnamed one met before given it ("the
    ** attacker", "him") */
    const country_dateline_at *dl;
    const char *home = NULL;
    for (int i = 0; i < n; i++) {
        if (strncmp(a[i].code, "---", 3) == 0)
            continue;
        if (!coder_role_in(a[i].code, people))
            return n;
        if (a[i].from == FROM_DATELINE || a[i].from == FROM_ARTICLE || a[i].from == FROM_HOME)
            continue;
        if (a[i].from != FROM_MENTION ||
            (!home && !(home = coder_home_cc(&c->doc.country, s, &dl))) ||
            strncmp(a[i].code, home, 3) != 0)
            return n;
    }
    if (!unnamed_person(c, s, np))
        return n;
    for (int i = 0; target && i < j->ns; i++)
        if (!coder_role_in(j->src[i].code, state))
            return n;   /* the state takes suspects into custody */
    if (target && j->ns == 0)
        return n;
    int32_t e = the_named_suspect(c, s);
    if (e < 0)
        return n;
    const ment_entity *en = mentions_entity(c->ment, e);
    char code[CODE_MAX];
    snprintf(code, sizeof code, "%.3sCRM", c->doc.ent[e].code);
    const phrase *p = &s->ls.phrases[np];
    coder_mention_actor(&a[0], code, p->first, p->end, en->intro_sent, en->intro_start,
                        en->intro_end);
    return 1;
}
