/*
** fuzz_tokenizer.c — libFuzzer harness for dyad_token_next and
** dyad_text_split on arbitrary bytes (the split promises never to crash,
** even on invalid UTF-8). Asserts the offset invariants: tokens in order,
** non-empty, inside the text, never starting with ASCII whitespace;
** sentences partition the tokens in order and span exactly their tokens;
** the lexer walks the text in steps of 1..n bytes.
*/
#include "dyad.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

static dyad_text *T;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!T)
        T = dyad_text_new();   /* reused across inputs, as callers do */
    REQUIRE(T);
    /* an exact-size copy, so that ASan sees any read past the end */
    char *text = malloc(size ? size : 1);
    REQUIRE(text);
    if (size)
        memcpy(text, data, size);

    for (size_t p = 0; p < size;) {
        int kind = -1;
        size_t k = dyad_token_next(text + p, size - p, &kind);
        REQUIRE(k >= 1 && k <= size - p);
        REQUIRE(kind >= 0 && kind <= DYAD_TOK_OTHER);
        p += k;
    }

    int rc = dyad_text_split(T, text, size);
    REQUIRE(rc == DYAD_OK);
    const dyad_token *tk = dyad_text_tokens(T);
    const dyad_sentence *s = dyad_text_sentences(T);
    size_t nt = dyad_text_token_count(T), ns = dyad_text_sentence_count(T);
    uint64_t prev_end = 0;
    for (size_t i = 0; i < nt; i++) {
        REQUIRE(tk[i].len > 0);
        REQUIRE(tk[i].start >= prev_end);
        REQUIRE((uint64_t)tk[i].start + tk[i].len <= size);
        REQUIRE(tk[i].kind >= DYAD_TOK_WORD && tk[i].kind <= DYAD_TOK_OTHER);
        char c = text[tk[i].start];
        REQUIRE(c != ' ' && c != '\n' && c != '\t' && c != '\r');
        REQUIRE(!((tk[i].flags & DYAD_TF_OPEN_QUOTE) && (tk[i].flags & DYAD_TF_CLOSE_QUOTE)));
        prev_end = (uint64_t)tk[i].start + tk[i].len;
    }
    size_t next = 0;
    for (size_t i = 0; i < ns; i++) {
        REQUIRE(s[i].tok_first == next && s[i].tok_count > 0);
        REQUIRE((size_t)s[i].tok_first + s[i].tok_count <= nt);
        const dyad_token *a = &tk[s[i].tok_first];
        const dyad_token *b = &tk[s[i].tok_first + s[i].tok_count - 1];
        REQUIRE(s[i].start == a->start && s[i].end == b->start + b->len);
        REQUIRE(s[i].kind >= DYAD_SENT_BODY && s[i].kind <= DYAD_SENT_BYLINE);
        next += s[i].tok_count;
    }
    REQUIRE(next == nt);
    REQUIRE(nt == 0 || ns > 0);
    free(text);
    return 0;
}
