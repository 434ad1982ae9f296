/*
** tagger.h — Penn Treebank part-of-speech tagging of one sentence: a
** first-order hidden Markov model decoded with Viterbi, over word/tag counts
** and tag transitions compiled into static tables at build time, with
** unknown-word models (suffixes, capitals, WordNet morphology) and a few
** news rules. See docs/lang.md. Internal to libdyad.
*/
#ifndef DYAD_LANG_TAGGER_H
#define DYAD_LANG_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "base/memo.h"
#include "lang/tags.h"

/* Tags the n tokens toks[0..n-1] of one sentence, whose spans point into
** text, writing one tag_id per token to tags_out[0..n-1] (caller-owned).
** Tokens are read as Penn Treebank tokens ("Russia" "'s", "do" "n't");
** only start and len are needed, and kind/flags help when set (quotes,
** numbers). Reads nothing but its arguments and static const tables, so
** it is thread-safe; it allocates nothing and uses a few KB of stack
** whatever n is. */
void tag_sentence(const char *text, const dyad_token *toks, size_t n, uint8_t *tags_out);

/* The same, keeping each word's candidate tags in memo (memo.h; NULL for
** none) for its next occurrence: the tags come out the same, and a memo
** made for tag_memo_entry_size() bytes an entry or more serves any
** number of sentences. The memo is the only thing written besides
** tags_out. An entry is keyed by the word alone (sub 0): the tagger's
** part is its first tag_memo_entry_size() bytes, and a caller may keep
** what else it works out of the word after them (zeroed when the memo
** claims the entry). */
void tag_sentence_memo(word_memo *memo, const char *text, const dyad_token *toks, size_t n,
                       uint8_t *tags_out);
size_t tag_memo_entry_size(void);

/* tag_sentence_memo that also hands out each token's memo entry in
** kept[0..n-1] (caller-owned; NULL for a token the tagger reads without
** the memo: punctuation, quotes, over-long words, or no room). The
** entries stay the tokens' only while nothing else asks the memo, or,
** after a memo_round begun before this call, until the next round. */
void tag_sentence_kept(word_memo *memo, const char *text, const dyad_token *toks, size_t n,
                       uint8_t *tags_out, void **kept);

/* tag_sentence_memo with each token's memo entry looked up by the caller:
** entries[i] is what memo_entry gave for token i's word (key its bytes as
** written, sub 0) in a round still open, or NULL (the word is worked out
** without the memo). Reads no memo itself. */
void tag_sentence_given(void *const *entries, const char *text, const dyad_token *toks,
                        size_t n, uint8_t *tags_out);

/* Works out the tables the tagger reads for words its corpus does not
** know, once a process (later calls return at once; thread-safe). Every
** tagger call does it when it must; the analyzer does it when made, so
** that coders share tables made before they start. */
void tag_tables_load(void);

#endif
