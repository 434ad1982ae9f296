/*
** coder_officers.c — officers in a police story are the police's
** (docs/coder.md, "Sixteenth session: mourners clashing with police,
** officers in a police story, and targets of attacks"). The agent dictionary names bare
** "officers" the armed forces (MIL), right for 1987 war copy ("army
** officers", "officers of the Iranian navy"); but in a story that names
** the police and no armed force, "officers searched her home" and "the
** officers shot him dead" are policemen (COP), as docs/annotation.md's
** role table codes police. This file reads the article's words once
** (coder_police_story) and recodes such an actor as an event is emitted
** (coder_police_officers).
*/
#include "coder/coder_int.h"

#include <pthread.h>
#include <string.h>

/* Words of the police, and of an armed force: a story that names the
** second as often keeps its officers the military's ("police said the
** officers who led the coup"). */
static const char *const police_words[] = {"police", "policeman", "policemen",
                                           "policewoman", "policewomen", NULL};
static const char *const force_words[] = {
    "army", "armies", "military", "troops", "soldier", "soldiers", "navy", "naval",
    "marine", "marines", "coup", "militia", "militiamen", "guerrillas", "rebels",
    "sergeant", "colonel", "generals", "lieutenant", "captain", "regiment",
    "battalion", "brigade", "commander", "commanders", NULL};

/* The sieves of both lists and of the police's alone (which list to
** walk), made from the lists once a process: made for every article they
** cost more than the count of a short one. */
static word_sieve both_sv, police_sv;
static pthread_once_t sieves_once = PTHREAD_ONCE_INIT;

static void make_sieves(void)
{
    coder_sieve_add(&both_sv, force_words);
    coder_sieve_add(&both_sv, police_words);
    coder_sieve_add(&police_sv, police_words);
}

int coder_police_story(const dict_word *words, size_t n)
{
    /* a force named in passing ("the police and soldiers of the enemy" in
    ** a quote, a police "brigade") leaves a story the police's when they
    ** are named over twice as often. Only a word the sieve lets through
    ** is folded, once for both lists (a case-blind compare of every word
    ** with each of thirty cost a fifth of the coder's time). */
    pthread_once(&sieves_once, make_sieves);
    const word_sieve *sv = &both_sv;
    int police = 0, force = 0;
    for (size_t i = 0; i < n; i++) {
        char low[CODER_LOW_WORD];
        if (!coder_sieve_may(sv, &words[i]) || !coder_word_lower(&words[i], low))
            continue;
        /* the lists share no word: a police word is no force's */
        int is_police = coder_sieve_may(&police_sv, &words[i]) && lemma_in_list(low, police_words);
        police += is_police;
        force += !is_police && lemma_in_list(low, force_words);
    }
    return police >= 2 && police > 2 * force;
}

/* Is actor a a bare officer: an agent entry of the armed forces whose
** words are "officer(s)" after determiners, numbers and adjectives only
** ("the officers", "two officers", "an unidentified officer")? A
** possessor, a name or a noun before it makes it a firm's or a body's
** ("its officers", "Kidder officers", "chief executive officer"), and one
** "and directors" after it a firm's too. */
static int bare_officer(const sent_ctx *s, const actor_ref *a)
{
    size_t n = strlen(a->code);
    if (!a->agent_entry || n != 6 || strcmp(a->code + 3, "MIL") != 0 || a->end <= a->first)
        return 0;
    uint32_t h = a->end - 1;
    if (!lemma_is_word(s->ls.lemmas[h], "officer"))
        return 0;
    for (uint32_t k = a->first; k < h; k++) {
        int t = s->ls.tags[k];
        if (t != TAG_DT && t != TAG_CD && !tag_is_adj(t))
            return 0;
    }
    return !(a->end + 1 < s->ls.n && lemma_is_word(s->ls.lemmas[a->end], "and") &&
             lemma_is_word(s->ls.lemmas[a->end + 1], "director"));
}

void coder_police_officers(dyad_coder *c, const sent_ctx *s, clause_job *j)
{
    if (c->act_as_said)
        return;
    /* the story is counted only for a bare officer, on the first one of
    ** the article: most articles have none, and the count is a scan of
    ** every word (twentieth session) */
    int any = 0;
    for (int i = 0; i < j->ns && !any; i++)
        any = bare_officer(s, &j->src[i]);
    for (int k = 0; k < j->nt && !any; k++)
        any = bare_officer(s, &j->tgt[k]);
    if (!any)
        return;
    if (c->doc.police_story < 0)
        c->doc.police_story = coder_police_story(c->words, dyad_text_token_count(c->text));
    if (!c->doc.police_story)
        return;
    for (int i = 0; i < j->ns; i++)
        if (bare_officer(s, &j->src[i]))
            memcpy(j->src[i].code + 3, "COP", 3);
    for (int k = 0; k < j->nt; k++)
        if (bare_officer(s, &j->tgt[k]))
            memcpy(j->tgt[k].code + 3, "COP", 3);
}
