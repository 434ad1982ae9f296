/*
** utf8.h — UTF-8 checking shared by the readers and the output writers.
** Internal to libdyad; the repairing copy itself is public
** (dyad_utf8_repair in dyad.h).
*/
#ifndef DYAD_TEXT_UTF8_H
#define DYAD_TEXT_UTF8_H

#include <stddef.h>

/* Returns the length of the longest valid UTF-8 prefix of s (n bytes): n
** when all of s is valid. Overlongs, surrogates, code points over U+10FFFF
** and sequences cut short by the end of s are invalid. NUL is valid. */
size_t utf8_valid_prefix(const char *s, size_t n);

/* Replaces every invalid sequence in b with U+FFFD, as dyad_utf8_repair
** does; valid text is left alone and costs no allocation. For text on its
** way out: since a repair never touches an ASCII byte, JSON or tab-
** separated lines stay well-formed and become valid UTF-8. Sets b->oom
** when memory runs out. */
struct strbuf;
void utf8_repair_sb(struct strbuf *b);

#endif
