/*
** lemma.h — base forms of words ("met" -> "meet", "crises" -> "crisis"),
** from WordNet's exception lists and detachment rules compiled into
** static tables at build time. Thread-safe; allocates nothing.
** Internal to libdyad.
*/
#ifndef DYAD_LANG_LEMMA_H
#define DYAD_LANG_LEMMA_H

#include <stddef.h>
#include <stdint.h>

/* Writes the lemma of word (len bytes, UTF-8) read as Penn Treebank tag
** (a tag_id) into buf (capacity cap; buf may be NULL when cap is 0).
** Returns the lemma's length in bytes, not counting a NUL; writes at most
** cap bytes and NUL-terminates when room is left, so a call with cap 0
** asks for the size. The caller owns buf.
**
** Common words come back lower-case (ASCII case folding only); proper
** nouns (NNP, NNPS), numbers and symbols keep their form. Nouns, verbs,
** adjectives and adverbs go to their WordNet base form; words WordNet does
** not know get the regular English suffix rules. Clitics are expanded
** ("n't" -> "not", "'re" -> "be", "'s" as VBZ -> "be"). */
size_t lemma_of(const char *word, size_t len, int tag, char *buf, size_t cap);

/* Returns the set of tags (bit 1ull << tag) that WordNet's lemma lists and
** morphology allow for word (len bytes; matched lower-cased), or 0 when
** WordNet does not know the word in any form. Open classes only: NN NNS
** VB VBD VBG VBN VBP VBZ JJ JJR JJS RB RBR RBS. Used by the tagger for
** words its corpus never saw. */
uint64_t lemma_possible_tags(const char *word, size_t len);

#endif
