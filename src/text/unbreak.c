/*
** unbreak.c — text_unbreak: words broken at a line end read whole. Reuters
** copy hyphenates compounds where its lines end ("the semi-\nannual
** meeting", "a U.S.-\nflagged tanker"); read as "semi", "-", "annual" the
** meeting was lost. The hyphen is kept: of the study text's 55 such breaks
** one is a word cut in two ("orga-\nnise"), the rest real compounds.
*/
#include "text/unbreak.h"
#include "text/text_int.h"
#include "base/base.h"

#include <string.h>

/* Moves the line breaks out of the broken word tk: in u, a copy of orig,
** "semi-\nannual" becomes "semi-annual\n" and tk covers the word. */
static void unbreak_word(char *u, const char *orig, dyad_token *tk)
{
    size_t o = tk->start, end = (size_t)tk->start + tk->len;
    for (size_t k = tk->start; k < end; k++)
        if (orig[k] != '\n' && orig[k] != '\r')
            u[o++] = orig[k];
    tk->len = (uint32_t)(o - tk->start);
    for (size_t k = tk->start; k < end; k++)
        if (orig[k] == '\n' || orig[k] == '\r')
            u[o++] = orig[k];
}

const char *text_unbreak(dyad_text *t)
{
    if (t->words)
        return t->words;
    if (!t->nbroken)
        return t->words = t->text;
    if (base_grow((void **)&t->unbroken, &t->unbroken_cap, t->len + 1, 1))
        return NULL;
    memcpy(t->unbroken, t->text, t->len);
    t->unbroken[t->len] = '\0';
    size_t left = t->nbroken;
    for (size_t i = 0; i < t->ntok && left; i++) {
        dyad_token *tk = &t->tok[i];
        if (tk->kind == DYAD_TOK_WORD && tk->len >= 3 && memchr(t->text + tk->start, '\n', tk->len)) {
            unbreak_word(t->unbroken, t->text, tk);
            left--;
        }
    }
    return t->words = t->unbroken;
}
