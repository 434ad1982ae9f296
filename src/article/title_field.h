/*
** title_field.h — a title whose field follows it after "of" or "for"
** ("Minister of Information Moammar al-Eryani", "Chancellor of the
** Exchequer Nigel Lawson"): where the field ends and the name begins, and
** which phrase holds the title (title_field.c). Reads a sentence's
** analysis only. Internal to libdyad.
*/
#ifndef DYAD_ARTICLE_TITLE_FIELD_H
#define DYAD_ARTICLE_TITLE_FIELD_H

#include "lang/analyze.h"

#include <stdint.h>

/* The first token of the name in tokens [a, b) of ls after the words of a
** field ("Information", "Economic Affairs", "the Exchequer", "Industry and
** Trade") that open them; a when none do, or when fewer than two words
** would be left for the name. */
uint32_t title_field_name(const lang_sent *ls, uint32_t a, uint32_t b);

/* Are tokens [first, end) of ls a field's words alone ("State", "the
** Exchequer", "Industry and")? */
int title_field_only(const lang_sent *ls, uint32_t first, uint32_t end);

/* For NP np of ls, the object of an "of" or "for" PP after a noun, and
** perhaps of a chain of them whose other objects are a field's words
** alone ("Undersecretary [of State] [for Economic Affairs Allen
** Wallis]"): the NP the first PP follows (the title's), when a field's
** word opens np or a link of the chain, and no "of" or "at" PP of np's
** own says whose officer he is ("... Kenji Oda of Hoshino Trading"). -1
** otherwise. The caller judges
** whether that NP's head is a title. */
int32_t title_field_owner(const lang_sent *ls, int32_t np);

#endif
