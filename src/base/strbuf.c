/*
** strbuf.c — a growable byte buffer that remembers running out of memory,
** so that callers check once at the end instead of after every append.
*/
#include "base.h"

#include <stdio.h>
#include <string.h>

static int reserve(strbuf *b, size_t extra) { return sb_room(b, extra) ? 0 : -1; }

void sb_append(strbuf *b, const char *s, size_t n)
{
    if (reserve(b, n) < 0)
        return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sb_puts(strbuf *b, const char *s) { sb_append(b, s, strlen(s)); }

void sb_putc(strbuf *b, char c) { sb_append(b, &c, 1); }

/* Formats into the room the buffer has first: most appends fit, and then
** vsnprintf runs once instead of once to measure and once to write. */
void sb_vprintf(strbuf *b, const char *fmt, va_list ap)
{
    if (b->oom)
        return;
    size_t room = b->s ? b->cap - b->len : 0;
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n >= 0 && (size_t)n < room) {
        b->len += (size_t)n;
        return;
    }
    if (room)
        b->s[b->len] = '\0';   /* undo the cut-off attempt */
    if (n < 0 || reserve(b, (size_t)n) < 0)
        return;
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void sb_putl(strbuf *b, long v)
{
    char d[24];
    size_t i = sizeof d;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do
        d[--i] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        d[--i] = '-';
    sb_append(b, d + i, sizeof d - i);
}

void sb_printf(strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

/* Does the word w (eight bytes) hold a '"', a '\\' or a byte below 0x20?
** The has-a-zero-byte test of each, as the JSON-lines reader's scan does. */
static int json_special(uint64_t w)
{
    const uint64_t ones = UINT64_C(0x0101010101010101);
    uint64_t q = w ^ ones * '"', b = w ^ ones * '\\';
    uint64_t hit = ((q - ones) & ~q) | ((b - ones) & ~b) | ((w - ones * 0x20) & ~w);
    return (hit & ones * 0x80) != 0;
}

void sb_json_escape(strbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0;   /* start of the pending run of plain bytes */
    for (size_t i = 0; i < n; i++) {
        /* eight plain bytes at a time: quotes are mostly plain text */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (json_special(w))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        sb_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': sb_append(b, "\\\"", 2); break;
        case '\\': sb_append(b, "\\\\", 2); break;
        case '\n': sb_append(b, "\\n", 2); break;
        case '\r': sb_append(b, "\\r", 2); break;
        case '\t': sb_append(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sb_append(b, u, 6);
        }
        }
    }
    sb_append(b, s + run, n - run);
}

void sb_reset(strbuf *b)
{
    b->len = 0;
    b->oom = 0;
    if (b->s)
        b->s[0] = '\0';
}

void sb_free(strbuf *b)
{
    dy_free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

const char *sb_str(const strbuf *b) { return b->s ? b->s : ""; }

void base_errmsg(char *dst, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(dst, BASE_ERRMSG_MAX, fmt, ap);
    va_end(ap);
}
