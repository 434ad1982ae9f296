/*
** unbreak.h — the words of a split text as the language layer reads them:
** a word broken by a hyphen at a line end ("semi-\nannual") read whole.
** Internal to libdyad.
*/
#ifndef DYAD_TEXT_UNBREAK_H
#define DYAD_TEXT_UNBREAK_H

#include "dyad.h"

/* The text t's tokens spell their words in. dyad_text_split makes one
** token of a word broken by a hyphen at a line end, its span holding the
** line break ("semi-\nannual"), which no dictionary holds. This returns
** t's text itself when no word was broken; else a copy owned by t, of the
** same length, in which each broken word's line break is moved to just
** after the word and the word's token shortened to "semi-annual", so that
** every other byte, every other token and every sentence keep their
** offsets. The copy lives until t's next split or free. NULL when out of
** memory (t's tokens are then untouched). Later calls for the same split return the same. */
const char *text_unbreak(dyad_text *t);

#endif
