/*
** place_fold.c — the one way place names are compared: folded to lower
** case without accents ("Bogotá", "BOGOTA" and "Bogota" are "bogota"),
** without full stops ("St. Louis" and "St Louis" are "st louis").
** The gazetteer's generator (tools/gen_places.c) folds every key with this
** file, and the lookup folds the text with it, so the two always agree.
*/
#include "article/place_data.h"

#include <utf8proc.h>

/* Letters that do not decompose into a base letter and a mark, as English
** news writes them ("Lodz", "Tromso"); and the apostrophes of
** transliteration ("Dar‘a", "Ts'khinvali"), all one. */
static int32_t plain_letter(int32_t cp)
{
    switch (cp) {
    case 0x0141: case 0x0142: return 'l';   /* Ł ł */
    case 0x00D8: case 0x00F8: return 'o';   /* Ø ø */
    case 0x0110: case 0x0111: return 'd';   /* Đ đ */
    case 0x0131: return 'i';                /* ı dotless i */
    case 0x00C6: case 0x00E6: return 0xE6;  /* Æ æ: written out below */
    case 0x2018: case 0x2019: case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF:
    case 0x00B4: return '\'';
    default: return cp;
    }
}

/* Appends byte c to out; -1 when full (one byte kept for the NUL). */
static int put(char *out, size_t cap, size_t *len, char c)
{
    if (*len + 1 >= cap)
        return -1;
    out[(*len)++] = c;
    return 0;
}

/* The common case, one plain ASCII word ("Kharkiv", "N.Y."): -2 when s
** holds anything else, for place_fold's general loop. */
static int fold_ascii_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    if (n < cap) {   /* cannot fill out: the loop below without its check */
        for (size_t i = 0; i < n; i++) {
            unsigned c = (unsigned char)s[i];
            if (c - 0x21u > 0x7fu - 0x21u || c == '`')   /* >= 0x80, or <= ' ' */
                return -2;
            if (c != '.')
                out[len++] = (char)(c - 'A' < 26u ? c + 32 : c);
        }
        out[len] = '\0';
        return (int)len;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c <= ' ' || c == '`')
            return -2;
        if (c == '.')
            continue;
        if (len + 1 >= cap)
            return -1;
        out[len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[len] = '\0';
    return (int)len;
}

int place_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    int blank = 0;   /* a blank is owed before the next character */
    if (cap == 0)
        return -1;
    int quick = fold_ascii_word(s, n, out, cap);
    if (quick != -2)
        return quick;
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        int32_t cps[4];
        int ncp = 1;
        if (b < 0x80) {
            cps[0] = b == '`' ? '\'' : b;
            i++;
        } else {
            int32_t cp;
            utf8proc_ssize_t l = utf8proc_iterate((const uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
            if (l <= 0) {   /* not UTF-8: the byte as it is */
                cps[0] = b;
                i++;
            } else {
                i += (size_t)l;
                cp = plain_letter(cp);
                if (cp == 0xE6) {
                    cps[0] = 'a', cps[1] = 'e', ncp = 2;
                } else if (cp == 0xA0 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS) {
                    cps[0] = ' ';
                } else {
                    ncp = (int)utf8proc_decompose_char(cp, cps, 4,
                        UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP,
                        NULL);
                    if (ncp < 0 || ncp > 4)
                        cps[0] = cp, ncp = 1;
                }
            }
        }
        for (int k = 0; k < ncp; k++) {
            int32_t c = cps[k];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                blank = len > 0;
                continue;
            }
            if (c == '.')
                continue;
            if (blank && put(out, cap, &len, ' ') < 0)
                return -1;
            blank = 0;
            if (c < 0x80) {
                if (put(out, cap, &len, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) < 0)
                    return -1;
            } else {
                uint8_t enc[4];
                utf8proc_ssize_t el = utf8proc_encode_char(c, enc);
                for (utf8proc_ssize_t e = 0; e < el; e++)
                    if (put(out, cap, &len, (char)enc[e]) < 0)
                        return -1;
            }
        }
    }
    out[len] = '\0';
    return (int)len;
}
