/*
** coder_arrested.c — people the police arrest or the courts sentence at
** home (docs/coder.md, "Sixteenth session: people the police arrest or
** the courts sentence in a story of their own country"). Private people
** ("a man", "eight people") take the article's country only beside a
** state's actor of it, and not when both countries were only counted over
** the article. But police arrest and courts sentence where they serve:
** "Thames Valley Police arrested a 66-year-old man" in a story with no
** dateline holds people of the police's country, unless the article tells
** of a foreign national or citizen (the suspect may be he: "named him as
** a Libyan national").
*/
#include "coder/coder_int.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

static const char *const people[] = {"national", "nationals", "citizen", "citizens",
                                     "refugee", "refugees", "immigrant", "immigrants",
                                     "migrant", "migrants", NULL};
/* people's sieve, made once a process: it turns down most words before
** they are folded */
static word_sieve people_sv;
static pthread_once_t people_once = PTHREAD_ONCE_INIT;

static void make_people_sieve(void)
{
    coder_sieve_add(&people_sv, people);
}

int coder_foreign_people(const dict_word *words, size_t n)
{
    /* capitalised words before "national" that are no nationality */
    static const char *const not_nation[] = {"the", "our", "a", "an", "under", "gross",
                                             "nasdaq", "republican", "democratic", NULL};
    pthread_once(&people_once, make_people_sieve);
    const word_sieve *sv = &people_sv;
    for (size_t i = 1; i < n; i++) {
        const dict_word *w = &words[i], *p = &words[i - 1];
        if (coder_sieve_may(sv, w) && islower((unsigned char)w->s[0]) &&
            coder_dict_word_in(w, people) && p->len &&
            isupper((unsigned char)p->s[0]) && !coder_dict_word_in(p, not_nation))
            return 1;
    }
    return 0;
}

int coder_arrested_at_home(dyad_coder *c, const actor_ref *holder)
{
    static const char *const custody[] = {"COP", "JUD", NULL};
    if (strlen(holder->code) != 6 || !coder_role_in(holder->code, custody))
        return 0;
    if (c->doc.foreign_people < 0)
        c->doc.foreign_people = coder_foreign_people(c->words, dyad_text_token_count(c->text));
    return !c->doc.foreign_people;
}
