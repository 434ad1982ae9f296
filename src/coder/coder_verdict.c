/*
** coder_verdict.c — a measure found unlawful: a verdict only from a
** court (docs/coder.md, "Fifteenth session: blame laid, ..., and a
** court's finding"). "The High Court found the decree unlawful" rules
** against the decree's owner (116), as "ruled it illegal" does; but
** "find" and "declare" are as often a minister's or a government's ("the
** trade minister found the tariffs illegal", "the government declared
** the strike illegal"), which is a judgement or a ban, no verdict. Only a
** court's (a JUD actor's) finding stays 116; a strike or protest declared
** or ruled illegal by anyone is banned (172, coder_strike_ban.c).
*/
#include "coder/coder_int.h"

#include <string.h>

/* The words of unlawfulness the verdict patterns take (verbs.txt,
** &UNLAWFUL), read from the verb on. */
static const char *const unlawful[] = {"unlawful", "illegal", "unconstitutional", "invalid",
                                       "void", "illegitimate", NULL};

int coder_verdict_by_other(const sent_ctx *s, const char *lemma, uint32_t verb,
                           const char *act, const char *src_code)
{
    if (strcmp(act, "116") != 0 ||
        (!lemma_is_word(lemma, "find") && !lemma_is_word(lemma, "declare")) ||
        strstr(src_code, "JUD"))
        return 0;
    /* "found Japan guilty of illegal dumping" is the verdict of guilt,
    ** the other 116 patterns' */
    static const char *const guilt[] = {"guilty", "liable", "responsible", NULL};
    for (size_t k = verb + 1; k < s->ls.n && s->ls.tags[k] != TAG_PERIOD; k++) {
        if (lemma_in_list(s->ls.lemmas[k], guilt))
            return 0;
        if (lemma_in_list(s->ls.lemmas[k], unlawful))
            return 1;
    }
    return 0;
}
