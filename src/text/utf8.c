/*
** utf8.c — validating and repairing UTF-8.
**
** Repair follows Unicode's "substitution of maximal subparts" (Unicode
** 15, section 3.9, U+FFFD substitution): at a bad position, the longest
** prefix of some well-formed sequence becomes one U+FFFD; a byte that can
** start no sequence becomes one U+FFFD by itself. So "\xE0\x80" gives two
** replacements (E0 cannot be followed by 80), "\xF0\x9F\x98" at the end of
** the input gives one.
*/
#include "dyad.h"
#include "base/base.h"
#include "text/utf8.h"

#include <stdint.h>
#include <string.h>

/* Length of the well-formed sequence at s (n > 0 bytes), or 0 when it is
** not one; *sub gets the length of the maximal subpart in that case. */
static size_t seq_len(const unsigned char *s, size_t n, size_t *sub)
{
    unsigned c = s[0];
    unsigned lo = 0x80, hi = 0xBF;   /* allowed range of the second byte */
    size_t need;
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4) {
        *sub = 1;
        return 0;
    }
    if (c < 0xE0)
        need = 2;
    else if (c < 0xF0) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;            /* no overlongs */
        else if (c == 0xED)
            hi = 0x9F;            /* no surrogates */
    } else {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;            /* no overlongs */
        else if (c == 0xF4)
            hi = 0x8F;            /* nothing over U+10FFFF */
    }
    size_t i = 1;
    for (; i < need && i < n; i++) {
        unsigned b = s[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            break;
    }
    if (i == need)
        return need;
    *sub = i;
    return 0;
}

size_t utf8_valid_prefix(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, sub;
    while (i < n) {
        /* ASCII runs dominate news text: test eight bytes at a time. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = seq_len(s + i, n - i, &sub);
        if (!k)
            return i;
        i += k;
    }
    return n;
}

size_t dyad_utf8_repair(const char *src, size_t len, char *dst, size_t cap,
                        size_t *bad, size_t *first_bad)
{
    static const char fffd[3] = {'\xEF', '\xBF', '\xBD'};
    if (!src)
        len = 0;   /* nothing to repair */
    if (!dst)
        cap = 0;   /* a size query */
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0, out = 0, nbad = 0, first = 0;
    while (i < len) {
        size_t ok = utf8_valid_prefix(src + i, len - i);
        /* Copy the valid run, but never a partial character at the end. */
        if (out < cap) {
            size_t room = cap - out, n = ok;
            if (n > room) {
                n = room;
                while (n > 0 && (s[i + n] & 0xC0) == 0x80)
                    n--;
            }
            memcpy(dst + out, src + i, n);
        }
        out += ok;
        i += ok;
        if (i >= len)
            break;
        size_t sub = 1;
        seq_len(s + i, len - i, &sub);
        if (nbad++ == 0)
            first = i;
        if (out + 3 <= cap)
            memcpy(dst + out, fffd, 3);
        out += 3;
        i += sub;
    }
    if (out < cap)
        dst[out] = '\0';
    if (bad)
        *bad = nbad;
    if (first_bad)
        *first_bad = first;
    return out;
}

void utf8_repair_sb(strbuf *b)
{
    if (b->oom || !b->s || utf8_valid_prefix(b->s, b->len) == b->len)
        return;
    size_t need = dyad_utf8_repair(b->s, b->len, NULL, 0, NULL, NULL);
    char *t = dy_malloc(need + 1);
    if (!t) {
        b->oom = 1;
        return;
    }
    dyad_utf8_repair(b->s, b->len, t, need + 1, NULL, NULL);
    dy_free(b->s);
    b->s = t;
    b->len = need;
    b->cap = need + 1;
}
