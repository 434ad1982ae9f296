/*
** text_int.h — internals of the tokenizer (token.c) and the sentence
** splitter (sentence.c). Not part of the public API.
*/
#ifndef DYAD_TEXT_INT_H
#define DYAD_TEXT_INT_H

#include "base/base.h"
#include "dyad.h"

#include <stddef.h>
#include <stdint.h>

/* The handle behind dyad_text. Both arrays belong to the handle, grow by
** doubling and are kept across splits; text is borrowed from the caller. */
struct dyad_text {
    dyad_token *tok;
    size_t ntok, tokcap;
    dyad_sentence *sent;
    size_t nsent, sentcap;
    const char *text;
    size_t len;
    size_t nbroken;       /* words holding a line-end hyphen (TI_BROKEN) */
    char *unbroken;       /* text_unbreak's copy of text, owned; cap bytes */
    size_t unbroken_cap;
    const char *words;    /* text_unbreak's answer for this split; NULL before */
    char errmsg[BASE_ERRMSG_MAX];   /* why the last split failed; "" after success */
};

/* What the lexer knows beyond the kind, for tok_scan (bits of *info). */
enum {
    TI_CAP = 1u << 0,       /* starts with an upper-case letter */
    TI_INITIALS = 1u << 1,  /* a word with inner initials periods: U.S, e.g */
    TI_NL = 1u << 2,        /* whitespace holding a line break */
    TI_PARA = 1u << 3,      /* whitespace holding a blank line */
    TI_BROKEN = 1u << 4     /* a word broken by a hyphen at a line end */
};

/* dyad_token_next plus the TI_* facts about the token in *info. */
size_t tok_lex(const char *s, size_t n, int *kind, unsigned *info);

/* Tokenizes t->text (t->len bytes) into t->tok, settling abbreviation
** periods, stray clitics and quote direction. Returns DYAD_OK or
** DYAD_ENOMEM (t->ntok is then 0; the arrays stay owned by t). */
int tok_scan(dyad_text *t);

/* How an abbreviation (the word without its final period) behaves at a
** possible sentence end. */
typedef enum {
    AB_NONE = 0,    /* not an abbreviation */
    AB_TITLE,       /* Mr, Gen, St: a name follows, never a sentence end */
    AB_NUMBER,      /* No, Vol: only before a number */
    AB_NOEND,       /* e.g, i.e, vs: an example follows */
    AB_INITIAL,     /* a single capital letter: George W. Bush */
    AB_OTHER        /* U.S, Inc, etc, Jan: may end a sentence */
} tok_abbrev_kind;

/* Classifies the word w (n bytes, final period not included). */
tok_abbrev_kind tok_abbrev(const char *w, size_t n);
/* Returns 0 when the abbreviation table is in the order tok_abbrev needs. */
int tok_abbrev_check(void);

/* True when the token's text starts with a lower-case letter. */
int tok_starts_lower(const char *text, const dyad_token *tk);

/* True when the token's text is exactly the NUL-terminated string lit. */
int tok_is(const char *text, const dyad_token *tk, const char *lit);

/* Splits t->tok into t->sent. Returns DYAD_OK or DYAD_ENOMEM. */
int sent_scan(dyad_text *t);

#endif
