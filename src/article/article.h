/*
** article.h — the article stage: what dyad knows about a whole document
** while it reads the sentences in order. Today: the people the article has
** named (a table of full names keyed by surname, for "Ms. Glaser" ->
** "Bonnie Glaser"), and its quotes with their speakers (docs/article.md).
** Internal to libdyad.
**
** Data flows one way: this stage reads what text, lang and dict give, and
** the coder drives it, never the other way round:
**
**     art_begin(a, text, date)            once per document
**     art_sentence(a, &analysed, ids, i)  each sentence, in order
**     art_finish(a, doc_id)               then art_quote_count / art_quote
**
** The analysis handed to art_sentence is read during the call only; what
** must outlive it is copied.
*/
#ifndef DYAD_ARTICLE_H
#define DYAD_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"
#include "dyad.h"
#include "lang/analyze.h"

typedef struct art_doc art_doc;

/* Creates the per-document state over dictionary d (borrowed: it must
** outlive a). Returns NULL when out of memory. art_free accepts NULL. */
art_doc *art_new(const dict *d);
void art_free(art_doc *a);

/* Starts a document: forgets the last one's names and quotes (keeping the
** memory). text is the document text, which must outlive the quotes; date
** (yyyymmdd, 0 when unknown) dates the dictionary's codes. */
void art_begin(art_doc *a, const char *text, int32_t date);

/* Reads sentence number index (its analysis s), the sentences of a
** document in order; sentences may be skipped (datelines). ids, when not
** NULL, are the dictionary's word ids of the sentence's tokens (the coder
** has them; dict_word_ids), read during the call only. Returns DYAD_OK or
** DYAD_ENOMEM; after DYAD_ENOMEM the document's quotes are incomplete and
** art_finish reports it again. */
int art_sentence(art_doc *a, const lang_sent *s, const dict_wid *ids, long index);

/* Ends the document: a quote still open ends with the last sentence read;
** the quotes are then ready, their doc field set to doc_id (borrowed).
** Returns DYAD_OK or DYAD_ENOMEM. */
int art_finish(art_doc *a, const char *doc_id);

/* Drops the document's quotes (a story the dictionary discards, a
** document that failed). These three accept a NULL a. */
void art_drop_quotes(art_doc *a);

/* The quotes art_finish made, in text order; valid until art_begin. */
size_t art_quote_count(const art_doc *a);
const dyad_quote *art_quote(const art_doc *a, size_t i);

/* The speaker of the whole direct quote that holds byte off of the text,
** as far as the sentences read so far name one ("We condemn Uganda," said
** the Kenyan minister): 1 with *name and *code set (the code may be NULL
** when the speaker has none), valid until the next art_sentence or
** art_begin; 0 when off is in no such quote, or its speaker is not named
** yet. Partial quotes ("called the move 'reckless'") are the writer's
** sentence and give 0.
** where, when not NULL, gets the noun phrase that named the speaker (np,
** -1 when none, of sentence sent), so that the coder can code a speaker
** this stage left without a code. */
typedef struct art_quote_where {
    int32_t np;
    long sent;
} art_quote_where;
int art_quote_speaker_at(const art_doc *a, uint32_t off, const char **name, const char **code,
                         art_quote_where *where);

/* Is byte off in the quote still open at the end of the sentence read
** last, its speaker not named yet ("We call on Greece ... - let us find
** a solution," he said: the first sentence, before the second is read)? */
int art_quote_open_at(const art_doc *a, uint32_t off);

/* Whom "he" (want 'm') or "she" ('f') as a speaker would stand for now:
** the last speaker of the last two sentences, else the last person named,
** as art_speaker resolves such a pronoun, without changing anything. 1
** with *name and *code (code may be NULL) borrowed until the next
** art_sentence, or 0. */
int art_pronoun_speaker(const art_doc *a, char want, const char **name, const char **code);

/* Are the n bytes at mark a double quotation mark: ", `` or '', a
** guillemet, or U+201C..U+201F? (A quote token's text; art_double_mark
** asks it of a sentence's token.) */
int art_double_mark_bytes(const char *mark, size_t n);

/* ---- The name table, for the name and pronoun work to reuse ---- */

/* A person the article named in full. Strings last until the next
** art_sentence or art_begin call. */
typedef struct art_person_info {
    const char *name;      /* the fullest form seen: "Bonnie Glaser" */
    const char *desc;      /* title or apposition, or NULL */
    const char *code;      /* actor code on the document's date, or NULL */
    char gender;           /* 'm', 'f' (from Mr., Ms., ...) or 0 */
} art_person_info;

/* Finds the person whose full name the article gave with word (len bytes)
** as its first or last word, compared without regard to ASCII case: "Xi"
** -> Xi Jinping, "Glaser" -> Bonnie Glaser; when several share the word,
** the one named last. Returns 1 and fills *out, or 0. */
int art_person_find(const art_doc *a, const char *word, size_t len, art_person_info *out);

/* Is word (len bytes; a final full stop is ignored) a title or an
** honorific that news writes before a name ("Speaker", "Col.", "Mr.")?
** Compared without regard to ASCII case; reads the article's word lists
** only. */
int art_title_word(const art_doc *a, const char *word, size_t len);

#endif
