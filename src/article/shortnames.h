/*
** shortnames.h — a body the article named before, named again by a short
** form: "the Fund" (the IMF), "the Community" and "the Twelve" (the
** European Community), "the alliance" (NATO), "the cartel" (OPEC), "the Bank" after "the World Bank". See
** shortnames.c. Internal to libdyad.
*/
#ifndef DYAD_ARTICLE_SHORTNAMES_H
#define DYAD_ARTICLE_SHORTNAMES_H

#include "article/mentions.h"

#include <stddef.h>
#include <stdint.h>

/* The organisation among the nent entities ent (named in text, which they
** point into) that the short form word[0..n) stands for: the one
** mentioned last among those it may stand for; capital says the word is
** written with a capital ("the Fund"). -1 when none. Reads its arguments
** only. */
int32_t shortname_body(const ment_entity *ent, size_t nent, const char *text, const char *word,
                       size_t n, int capital);

#endif
