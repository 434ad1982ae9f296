/*
** shortnames.h — a body the article named before, named again by a short
** form: "the Fund" (the IMF), "the Community" and "the Twelve" (the
** European Community), "the alliance" (NATO), "the cartel" (OPEC), "the
** Bank" after "the World Bank" or "the Bank of England". See
** shortnames.c. Internal to libdyad.
*/
#ifndef DYAD_ARTICLE_SHORTNAMES_H
#define DYAD_ARTICLE_SHORTNAMES_H

#include "article/mentions.h"

#include <stddef.h>
#include <stdint.h>

/* May word[0..n) be a short form at all: a capitalised word ("the Bank"),
** or a word of the forms' table ("the alliance")? A phrase whose word is
** none is passed over before the article's bodies are looked at. Reads
** its arguments only. */
int shortname_word(const char *word, size_t n, int capital);

/* May the short form word[0..n) stand for entity en (named in text, which
** it points into)? capital says the word is written with a capital ("the
** Fund"). Reads its arguments only. */
int shortname_fits(const ment_entity *en, const char *text, const char *word, size_t n,
                   int capital);

/* Is en an organisation whose name holds word[0..n) before "of" ("Bank
** of England" for "Bank")? Reads its arguments only. */
int shortname_of(const ment_entity *en, const char *text, const char *word, size_t n);

#endif
