/*
** token.c — the tokenizer: dyad_token_next, a context-free lexer in the
** manner of SQLite's sqlite3GetToken (a 256-entry byte-class table, no
** allocation, returns a length and writes the kind), and tok_scan, which
** runs it over a whole text and settles what needs context: abbreviation
** periods, clitics that stand alone, and which way a quote points.
**
** Conventions (Penn Treebank style, because the tagger is trained on PTB):
**   punctuation is split off; "Ukraine's" -> "Ukraine" "'s", "don't" -> "do"
**   "n't", "cannot" -> "can" "not"; "O'Brien", "d'Ivoire", "o'clock" stay
**   whole; "31%" -> "31" "%";
**   "1,000", "3.5", "1990s", "6am", "10:30", "2024-03-21" are one NUMBER;
**   hyphenated words, "U.S.-led", "AT&T", URLs and e-mail addresses are one
**   token; abbreviations keep their period.
*/
#include "text/text_int.h"
#include "base/base.h"

#include <string.h>
#include <utf8proc.h>

/* ---- Byte classes ---------------------------------------------------- */

enum {
    C_BAD,  /* not valid as the first byte of a UTF-8 sequence */
    C_CTL,  /* other control characters */
    C_SP,   /* space, tab */
    C_NL,   /* \n \r \v \f */
    C_UP,   /* A-Z */
    C_LO,   /* a-z */
    C_DG,   /* 0-9 */
    C_DOT,  /* . */
    C_HY,   /* - */
    C_AP,   /* ' */
    C_DQ,   /* " */
    C_BT,   /* ` */
    C_PU,   /* , ; : ( ) [ ] { } */
    C_EX,   /* ! ? */
    C_SY,   /* # $ % & * + / < = > @ \ ^ _ | ~ */
    C_U8    /* lead byte of a multi-byte sequence */
};

#define B C_BAD
#define X C_CTL
#define U8 C_U8
static const unsigned char cls[256] = {
    /* 0x00 */ X, X, X, X, X, X, X, X, X, C_SP, C_NL, C_NL, C_NL, C_NL, X, X,
    /* 0x10 */ X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    /* 0x20 */ C_SP, C_EX, C_DQ, C_SY, C_SY, C_SY, C_SY, C_AP,
               C_PU, C_PU, C_SY, C_SY, C_PU, C_HY, C_DOT, C_SY,
    /* 0x30 */ C_DG, C_DG, C_DG, C_DG, C_DG, C_DG, C_DG, C_DG,
               C_DG, C_DG, C_PU, C_PU, C_SY, C_SY, C_SY, C_EX,
    /* 0x40 */ C_SY, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP,
               C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP,
    /* 0x50 */ C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP, C_UP,
               C_UP, C_UP, C_UP, C_PU, C_SY, C_PU, C_SY, C_SY,
    /* 0x60 */ C_BT, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO,
               C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO,
    /* 0x70 */ C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO, C_LO,
               C_LO, C_LO, C_LO, C_PU, C_SY, C_PU, C_SY, X,
    /* 0x80 */ B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B,
    /* 0x90 */ B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B,
    /* 0xA0 */ B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B,
    /* 0xB0 */ B, B, B, B, B, B, B, B, B, B, B, B, B, B, B, B,
    /* 0xC0 */ B, B, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8,
    /* 0xD0 */ U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8,
    /* 0xE0 */ U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8, U8,
    /* 0xF0 */ U8, U8, U8, U8, U8, B, B, B, B, B, B, B, B, B, B, B
};
#undef B
#undef X
#undef U8

/* 1 for A-Z a-z 0-9: the same as IS_ALNUM, one load cheaper */
static const unsigned char alnum[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

/* Bytes after a letter or digit that never continue a word (0, the
** past-the-end sentinel, included): no look at context needed. */
static const unsigned char word_end[256] = {
    [0] = 1, [' '] = 1, ['\n'] = 1, ['\r'] = 1, ['\t'] = 1, [')'] = 1, [']'] = 1, [';'] = 1,
    ['"'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1,
};

#define IS_ALNUM(c) ((unsigned)(cls[(c)] - C_UP) <= 2u)
#define IS_ALPHA(c) ((unsigned)(cls[(c)] - C_UP) <= 1u)
#define IS_DIGIT(c) (cls[(c)] == C_DG)
#define IS_UPPER(c) (cls[(c)] == C_UP)

/* Byte i of s, or 0 past the end: 0 is a control character, so it stops
** every pattern and no look-ahead needs its own bounds check. */
static inline unsigned at(const unsigned char *s, size_t n, size_t i)
{
    return i < n ? s[i] : 0;
}

/* ---- Code points beyond ASCII --------------------------------------- */

enum {
    U_OTHER,
    U_UPPER,     /* Lu Lt */
    U_LETTER,    /* Ll Lm Lo Nl */
    U_DIGIT,     /* Nd */
    U_MARK,      /* Mn Mc Me */
    U_JOIN,      /* soft hyphen, zero-width joiners: invisible inside words */
    U_SPACE,     /* Zs, zero-width space, BOM */
    U_LINE,      /* line separator, NEL */
    U_PARA,      /* paragraph separator */
    U_HYPHEN,    /* U+2010, U+2011: join words like '-' */
    U_DASH,      /* other Pd */
    U_APOS,      /* U+2019: apostrophe or closing single quote */
    U_QOPEN,     /* Pi */
    U_QCLOSE,    /* Pf */
    U_ELLIPSIS,  /* U+2026 */
    U_PUNCT,     /* Ps Pe Po Pc */
    U_SYMBOL     /* Sm Sc Sk So No */
};

/* Decodes the sequence at s (n > 0 bytes) into *cp. Returns its length, or
** 0 when the bytes are not valid UTF-8 (then the caller takes one byte). */
static size_t u8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    if (c < 0xC2 || c > 0xF4)
        return 0;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        *cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        int32_t v = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F));
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return 0;
    int32_t v = (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) |
                          ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F));
    if (v < 0x10000 || v > 0x10FFFF)
        return 0;
    *cp = v;
    return 4;
}

static int cp_class(int32_t cp)
{
    switch (cp) {   /* the frequent ones in news, before the table look-up */
    case 0x00A0: case 0x200B: case 0xFEFF: case 0x202F: return U_SPACE;
    case 0x0085: case 0x2028: return U_LINE;
    case 0x2029: return U_PARA;
    case 0x2010: case 0x2011: return U_HYPHEN;
    case 0x2019: return U_APOS;
    case 0x2026: return U_ELLIPSIS;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060: return U_JOIN;
    case 0x201A: case 0x201E: return U_QOPEN;   /* low-9 quotes are Ps */
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return U_UPPER;
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL: return U_LETTER;
    case UTF8PROC_CATEGORY_ND: return U_DIGIT;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return U_MARK;
    case UTF8PROC_CATEGORY_ZS: return U_SPACE;
    case UTF8PROC_CATEGORY_ZL: return U_LINE;
    case UTF8PROC_CATEGORY_ZP: return U_PARA;
    case UTF8PROC_CATEGORY_PD: return U_DASH;
    case UTF8PROC_CATEGORY_PI: return U_QOPEN;
    case UTF8PROC_CATEGORY_PF: return U_QCLOSE;
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PC: return U_PUNCT;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO: case UTF8PROC_CATEGORY_NO: return U_SYMBOL;
    default: return U_OTHER;
    }
}

/* Length of the letter, digit or mark at s[i] (0 when there is none);
** *uc gets its U_* class. */
static size_t word_char_cls(const unsigned char *s, size_t n, size_t i, int *uc)
{
    if (i >= n)
        return 0;
    unsigned c = s[i];
    if (c < 0x80) {
        *uc = IS_DIGIT(c) ? U_DIGIT : IS_UPPER(c) ? U_UPPER : U_LETTER;
        return IS_ALNUM(c) ? 1 : 0;
    }
    int32_t cp;
    size_t l = u8_decode(s + i, n - i, &cp);
    if (!l)
        return 0;
    *uc = cp_class(cp);
    switch (*uc) {
    case U_UPPER: case U_LETTER: case U_DIGIT: case U_MARK: case U_JOIN:
        return l;
    }
    return 0;
}

static size_t word_char(const unsigned char *s, size_t n, size_t i)
{
    int uc;
    return word_char_cls(s, n, i, &uc);
}

static int letter_at(const unsigned char *s, size_t n, size_t i)
{
    int uc;
    return word_char_cls(s, n, i, &uc) && (uc == U_UPPER || uc == U_LETTER);
}

/* True when s[i] starts U+2019 (right single quotation mark). */
static inline int rsquo_at(const unsigned char *s, size_t n, size_t i)
{
    return at(s, n, i) == 0xE2 && at(s, n, i + 1) == 0x80 && at(s, n, i + 2) == 0x99;
}

/* ---- Patterns -------------------------------------------------------- */

/* Length of a clitic's letters at s[a] ("s", "re", "n't" excluded), or 0. */
static size_t clitic_len(const unsigned char *s, size_t n, size_t a)
{
    unsigned c1 = at(s, n, a) | 0x20, c2 = at(s, n, a + 1) | 0x20;
    if ((c1 == 's' || c1 == 'd' || c1 == 'm') && !word_char(s, n, a + 1))
        return 1;
    if (((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) &&
        !word_char(s, n, a + 2))
        return 2;
    return 0;
}

static int url_stop(unsigned c)
{
    return c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' || c == 0x7F ||
           c == 0xE2 || c == 0xC2;   /* curly quotes, dashes, nbsp, guillemets */
}

/* Extends a URL whose first i bytes are known, up to whitespace, then gives
** back trailing punctuation that belongs to the sentence. */
static size_t url_tail(const unsigned char *s, size_t n, size_t i)
{
    size_t min = i;
    int open = 0;
    while (i < n && !url_stop(s[i])) {
        open += s[i] == '(';
        i++;
    }
    for (size_t k = min; k < i; k++)
        open -= s[k] == ')';
    while (i > min) {
        unsigned c = s[i - 1];
        if (c == ')' && open < 0) {
            open++;
            i--;
        } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
                   c == '\'' || c == ']' || c == '}') {
            i--;
        } else {
            break;
        }
    }
    return i;
}

/* Top-level domains that make "example.com" a URL without http:// or www. */
static int known_tld(const unsigned char *s, size_t n)
{
    static const char *const tlds[] = {
        "com", "org", "net", "gov", "edu", "int", "mil", "io", "info", "news",
        "tv", "uk", "us", "eu", "de", "fr", "ru", "ua", "cn", "in", "jp", "au",
        "ca", "il", "ir", "tr", "pk", "af", "br", "mx", "za", "ng", "kr", "it",
        "es", "nl", "be", "ch", "se", "pl", "co", "ly", "me", "am", "biz"
    };
    for (size_t i = 0; i < sizeof tlds / sizeof tlds[0]; i++)
        if (strlen(tlds[i]) == n && memcmp(tlds[i], s, n) == 0)
            return 1;
    return 0;
}

/* "reuters.com", "news.example.co.uk/path": returns the URL's length or 0. */
static size_t try_domain(const unsigned char *s, size_t n)
{
    size_t i = 0, labels = 0, last = 0;
    for (;;) {
        size_t b = i;
        while (i < n && (IS_ALNUM(s[i]) || s[i] == '-'))
            i++;
        if (i == b)
            return 0;
        labels++;
        last = b;
        if (at(s, n, i) == '.' && IS_ALNUM(at(s, n, i + 1)))
            i++;
        else
            break;
    }
    if (labels < 2 || word_char(s, n, i))
        return 0;
    for (size_t k = last; k < i; k++)
        if (cls[s[k]] != C_LO)
            return 0;
    if (!known_tld(s + last, i - last))
        return 0;
    if (at(s, n, i) == '/' && !url_stop(at(s, n, i + 1)))
        return url_tail(s, n, i);
    return i;
}

/* "jane.doe@example.org": returns the address's length or 0. */
static size_t try_email(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 64 && (IS_ALNUM(s[i]) || s[i] == '.' || s[i] == '_' ||
                               s[i] == '%' || s[i] == '+' || s[i] == '-'))
        i++;
    if (i == 0 || at(s, n, i) != '@' || s[0] == '.' || s[i - 1] == '.')
        return 0;
    size_t j = i + 1, labels = 0, last = j;
    for (;;) {
        size_t b = j;
        while (j < n && (IS_ALNUM(s[j]) || s[j] == '-'))
            j++;
        if (j == b)
            return 0;
        labels++;
        last = b;
        if (at(s, n, j) == '.' && IS_ALNUM(at(s, n, j + 1)))
            j++;
        else
            break;
    }
    if (labels < 2 || j - last < 2)
        return 0;
    for (size_t k = last; k < j; k++)
        if (!IS_ALPHA(s[k]))
            return 0;
    return j;
}

/* Case-insensitive: does the token start with the ASCII word w? */
static int prefix_is(const unsigned char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != (unsigned char)w[i])
            return 0;
    return 1;
}

/* ---- Words and numbers ----------------------------------------------- */

/* The hyphen at s[i] ends its line and a letter starts the next one with
** no indent ("semi-\nannual"): returns the bytes of the hyphen and the line
** break (2, or 3 for CRLF), else 0. An indented next line is a new item or
** paragraph in wire copy ("follows-\n    March"), not a word's end. */
static size_t broken_at(const unsigned char *s, size_t n, size_t i)
{
    size_t b = at(s, n, i + 1) == '\n' ? 2 : at(s, n, i + 1) == '\r' && at(s, n, i + 2) == '\n' ? 3 : 0;
    return b && letter_at(s, n, i + b) ? b : 0;
}

/* "and" or "or" as a whole word at s[i]: after a hyphen it is suspended. */
static int conjunction_at(const unsigned char *s, size_t n, size_t i)
{
    size_t k = prefix_is(s + i, n - i, "and") ? 3 : prefix_is(s + i, n - i, "or") ? 2 : 0;
    return k && !word_char(s, n, i + k);
}

/* A word or number starting at s[0] (a letter, digit or mark). */
static size_t lex_word(const unsigned char *s, size_t n, int *kind, unsigned *info)
{
    size_t i = 0, seg = 0, l, k;
    int uc = U_OTHER;
    if (s[0] < 0x80)
        uc = IS_DIGIT(s[0]) ? U_DIGIT : IS_UPPER(s[0]) ? U_UPPER : U_LETTER;
    else
        word_char_cls(s, n, 0, &uc);
    int digit_start = uc == U_DIGIT;
    int numeric = digit_start, hy_alpha = 0;
    *info = uc == U_UPPER ? TI_CAP : 0;
    for (;;) {
        size_t run = i;
        while (i + 4 <= n && (alnum[s[i]] & alnum[s[i + 1]] & alnum[s[i + 2]] & alnum[s[i + 3]]))
            i += 4;   /* the hot loop: most bytes of news are in these runs */
        while (i < n && alnum[s[i]])
            i++;
        seg += i - run;
        if (numeric)
            for (k = run; k < i; k++)
                if (s[k] > '9') {
                    numeric = 0;
                    break;
                }
        if (i >= n)
            break;
        unsigned c = s[i], d = at(s, n, i + 1);
        if (c >= 0x80) {
            if ((l = word_char_cls(s, n, i, &uc)) != 0) {
                if (uc != U_DIGIT)
                    numeric = 0;
                i += l;
                seg++;
                continue;
            }
            if (c == 0xE2 && d == 0x80) {
                unsigned e = at(s, n, i + 2);
                if ((e == 0x90 || e == 0x91) && word_char(s, n, i + 3)) {
                    i += 3;   /* U+2010/U+2011 hyphens */
                    seg = 0;
                    continue;
                }
                if (e == 0x99)
                    goto apostrophe;
            }
            break;
        }
        switch (c) {
        case '-':
            if (d < 0x80) {
                /* a suspended hyphen keeps its word: "anti- Gondor",
                ** "pre- and post-war" */
                if (d == ' ' && !numeric && i > 1 && IS_ALPHA(s[i - 1]) && IS_ALPHA(s[i - 2]) &&
                    IS_ALPHA(at(s, n, i + 2))) {
                    i++;
                    goto done;
                }
                if ((l = broken_at(s, n, i)) != 0) {
                    /* "semi-\nannual", a compound broken at a line end,
                    ** stays one word (text_unbreak moves the line break
                    ** out); "three-\nand six-month" keeps its suspended
                    ** hyphen, as "three- and" does */
                    if (conjunction_at(s, n, i + l)) {
                        i++;
                        goto done;
                    }
                    i += l;
                    seg = 0;
                    hy_alpha = 1, numeric = 0;
                    *info |= TI_BROKEN;
                    continue;
                }
                if (!IS_ALNUM(d))
                    goto done;
                uc = IS_DIGIT(d) ? U_DIGIT : U_LETTER;
            } else if (!word_char_cls(s, n, i + 1, &uc)) {
                goto done;
            }
            if (uc != U_DIGIT)
                hy_alpha = 1, numeric = 0;
            i++;
            seg = 0;
            continue;
        case '.':
            if (numeric && IS_DIGIT(d)) {
                i++;
                continue;
            }
            if ((*info & TI_INITIALS) && d == '-' && letter_at(s, n, i + 2)) {
                i += 2;   /* U.S.-led */
                seg = 0;
                continue;
            }
            if ((*info & TI_INITIALS) && d == '-' && (l = broken_at(s, n, i + 1)) != 0 &&
                !conjunction_at(s, n, i + 1 + l)) {
                i += 1 + l;   /* "U.S.-\nled" */
                seg = 0;
                *info |= TI_BROKEN;
                continue;
            }
            if (seg <= 2 && IS_ALPHA(d)) {
                k = i + 1;
                while (k < n && k < i + 4 && IS_ALPHA(s[k]))
                    k++;
                if (k - i - 1 <= 2 && at(s, n, k) == '.') {
                    *info |= TI_INITIALS;
                    i++;
                    seg = 0;
                    continue;
                }
            }
            if (IS_UPPER(d) && seg >= 2) {
                k = i + 1;
                while (k < n && k < i + 4 && IS_UPPER(s[k]))
                    k++;
                if (at(s, n, k) == '>') {
                    i = k;   /* a wire ticker: <CSRA.S>, <ABC.TO> */
                    goto done;
                }
            }
            if (IS_ALNUM(d)) {
                if ((l = try_email(s, n)) != 0) {
                    *kind = DYAD_TOK_EMAIL;
                    return l;
                }
                if (i == 3 && prefix_is(s, n, "www")) {
                    *kind = DYAD_TOK_URL;
                    return url_tail(s, n, i + 1);
                }
                if ((l = try_domain(s, n)) != 0) {
                    *kind = DYAD_TOK_URL;
                    return l;
                }
            }
            goto done;
        case '\'':
            goto apostrophe;
        case ',':
            if (numeric && IS_DIGIT(d) && IS_DIGIT(at(s, n, i + 2)) &&
                IS_DIGIT(at(s, n, i + 3)) && !IS_DIGIT(at(s, n, i + 4))) {
                i += 4;   /* 1,000 */
                continue;
            }
            goto done;
        case ':':
            if (d == '/' && at(s, n, i + 2) == '/' && !url_stop(at(s, n, i + 3)) &&
                ((i == 4 && prefix_is(s, n, "http")) || (i == 5 && prefix_is(s, n, "https")) ||
                 (i == 3 && prefix_is(s, n, "ftp")))) {
                *kind = DYAD_TOK_URL;
                return url_tail(s, n, i + 3);
            }
            /* fall through */
        case '/':
            if (numeric && IS_DIGIT(d)) {
                i++;   /* 10:30, 3/4, 24/7 */
                continue;
            }
            goto done;
        case '@': case '_': case '+':
            if ((l = try_email(s, n)) != 0) {
                *kind = DYAD_TOK_EMAIL;
                return l;
            }
            goto done;
        case '&':
            if (IS_UPPER(s[i - 1]) && IS_UPPER(d)) {
                i++;   /* AT&T, S&P */
                continue;
            }
            goto done;
        default:
            goto done;
        }
    apostrophe: {
            size_t a = i + (c == '\'' ? 1 : 3);
            if ((at(s, n, a) | 0x20) == 't' && !word_char(s, n, a + 1) &&
                (s[i - 1] | 0x20) == 'n') {
                if (i > 1) {   /* don't -> do n't */
                    i--;
                    break;
                }
                *kind = DYAD_TOK_CLITIC;
                *info = 0;
                return a + 1;
            }
            if (clitic_len(s, n, a))
                break;
            if (letter_at(s, n, a)) {
                i = a;   /* O'Brien, d'Ivoire, o'clock */
                seg = 0;
                continue;
            }
            break;
        }
    }
done:
    *kind = digit_start && !hy_alpha ? DYAD_TOK_NUMBER : DYAD_TOK_WORD;
    /* "cannot" -> "can" "not", as PTB writes it: the negation is a word
    ** of its own, as the "n't" of "can't" is */
    if (i == 6 && prefix_is(s, n, "cannot"))
        return 3;
    return i;
}

/* An apostrophe (al bytes) at s[0] that does not follow a word: a clitic
** ('s), a decade ('90s) or a quote. */
static size_t lex_apos(const unsigned char *s, size_t n, size_t al, int *kind)
{
    size_t l = clitic_len(s, n, al);
    if (l) {
        *kind = DYAD_TOK_CLITIC;
        return al + l;
    }
    if (IS_DIGIT(at(s, n, al)) && IS_DIGIT(at(s, n, al + 1)) && !IS_DIGIT(at(s, n, al + 2))) {
        size_t e = al + 2;
        if ((at(s, n, e) | 0x20) == 's')
            e++;
        if (!word_char(s, n, e)) {
            *kind = DYAD_TOK_NUMBER;
            return e;
        }
    }
    *kind = DYAD_TOK_QUOTE;
    return al == 1 && at(s, n, 1) == '\'' ? 2 : al;
}

/* Whitespace, ASCII or not; *info tells whether it breaks a line or holds
** a blank line. */
static size_t lex_space(const unsigned char *s, size_t n, unsigned *info)
{
    size_t i = 0;
    unsigned nl = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            unsigned k = cls[c];
            if (k == C_SP) {
                i++;
                continue;
            }
            if (k != C_NL)
                break;
            if (c == '\f')
                nl += 2;   /* a page break */
            else if (!(c == '\r' && at(s, n, i + 1) == '\n'))
                nl++;
            i++;
            continue;
        }
        int32_t cp;
        size_t l = u8_decode(s + i, n - i, &cp);
        if (!l)
            break;
        int uc = cp_class(cp);
        if (uc == U_LINE)
            nl++;
        else if (uc == U_PARA)
            nl += 2;
        else if (uc != U_SPACE)
            break;
        i += l;
    }
    *info = nl >= 2 ? TI_NL | TI_PARA : nl ? TI_NL : 0;
    return i;
}

static inline size_t lex(const char *str, size_t n, int *kind, unsigned *info)
{
    const unsigned char *s = (const unsigned char *)str;
    *info = 0;
    if (!s || n == 0) {
        *kind = 0;
        return 0;
    }
    unsigned c = s[0];
    size_t i;
    switch (cls[c]) {
    case C_SP: case C_NL:
        *kind = 0;
        return lex_space(s, n, info);
    case C_UP: case C_LO: case C_DG:
        return lex_word(s, n, kind, info);
    case C_DOT:
        for (i = 1; i < n && s[i] == '.'; i++)
            ;
        if (i >= 3) {
            *kind = DYAD_TOK_ELLIPSIS;
            return i;
        }
        if (i == 1 && at(s, n, 1) == ' ' && at(s, n, 2) == '.' && at(s, n, 3) == ' ' &&
            at(s, n, 4) == '.') {
            for (i = 5; at(s, n, i) == ' ' && at(s, n, i + 1) == '.'; i += 2)
                ;
            *kind = DYAD_TOK_ELLIPSIS;   /* ". . ." */
            return i;
        }
        *kind = DYAD_TOK_PUNCT;
        return 1;
    case C_HY:
        for (i = 1; i < n && s[i] == '-'; i++)
            ;
        *kind = i >= 2 ? DYAD_TOK_DASH : DYAD_TOK_PUNCT;
        return i;
    case C_AP:
        return lex_apos(s, n, 1, kind);
    case C_DQ:
        *kind = DYAD_TOK_QUOTE;
        return 1;
    case C_BT:
        *kind = DYAD_TOK_QUOTE;
        return at(s, n, 1) == '`' ? 2 : 1;
    case C_PU:
        *kind = DYAD_TOK_PUNCT;
        return 1;
    case C_EX:
        for (i = 1; i < n && cls[s[i]] == C_EX; i++)
            ;
        *kind = DYAD_TOK_PUNCT;
        return i;
    case C_SY:
        for (i = 1; i < n && s[i] == c; i++)
            ;
        *kind = DYAD_TOK_SYMBOL;
        return i;
    case C_U8:
        break;
    default:
        *kind = DYAD_TOK_OTHER;
        return 1;
    }
    int32_t cp;
    size_t l = u8_decode(s, n, &cp);
    if (!l) {
        *kind = DYAD_TOK_OTHER;
        return 1;
    }
    switch (cp_class(cp)) {
    case U_UPPER: case U_LETTER: case U_DIGIT: case U_MARK:
        return lex_word(s, n, kind, info);
    case U_SPACE: case U_LINE: case U_PARA:
        *kind = 0;
        return lex_space(s, n, info);
    case U_APOS:
        return lex_apos(s, n, l, kind);
    case U_QOPEN: case U_QCLOSE:
        *kind = DYAD_TOK_QUOTE;
        return l;
    case U_DASH:
        for (i = l; i + l <= n && memcmp(s + i, s, l) == 0; i += l)
            ;
        *kind = DYAD_TOK_DASH;
        return i;
    case U_ELLIPSIS:
        *kind = DYAD_TOK_ELLIPSIS;
        return l;
    case U_HYPHEN: case U_PUNCT:
        *kind = DYAD_TOK_PUNCT;
        return l;
    case U_SYMBOL:
        *kind = DYAD_TOK_SYMBOL;
        return l;
    default:
        *kind = DYAD_TOK_OTHER;
        return l;
    }
}

size_t tok_lex(const char *s, size_t n, int *kind, unsigned *info)
{
    return lex(s, n, kind, info);
}

size_t dyad_token_next(const char *s, size_t n, int *kind)
{
    unsigned info;
    int k = 0;
    size_t len = s && n ? tok_lex(s, n, &k, &info) : 0;
    if (kind)
        *kind = k;
    return len;
}

/* ---- Abbreviations ---------------------------------------------------- */

typedef struct abbrev {
    const char *word;
    unsigned char len, kind;
} abbrev;

#define AB(w, k) {w, sizeof(w) - 1, k}
/* Case matters: "Gen." is a title, "gen." is not. AP-style titles, company
** suffixes, months and US states. KEEP SORTED by strcmp: tok_abbrev
** searches it by bisection (tok_abbrev_check verifies the order). */
static const abbrev abbrevs[] = {
    AB("Adm", AB_TITLE), AB("Ala", AB_OTHER), AB("Amb", AB_TITLE), AB("Apr", AB_OTHER),
    AB("Ariz", AB_OTHER), AB("Ark", AB_OTHER), AB("Art", AB_NUMBER), AB("Assn", AB_OTHER),
    AB("Atty", AB_TITLE), AB("Aug", AB_OTHER), AB("Ave", AB_OTHER), AB("Blvd", AB_OTHER),
    AB("Brig", AB_TITLE), AB("Bros", AB_OTHER), AB("Calif", AB_OTHER),
    AB("Capt", AB_TITLE), AB("Cdr", AB_TITLE), AB("Cmdr", AB_TITLE), AB("Co", AB_OTHER),
    AB("Col", AB_TITLE), AB("Colo", AB_OTHER), AB("Conn", AB_OTHER), AB("Corp", AB_OTHER),
    AB("Cos", AB_OTHER), AB("Cpl", AB_TITLE), AB("Cpt", AB_TITLE), AB("Dec", AB_OTHER),
    AB("Del", AB_OTHER), AB("Dept", AB_OTHER), AB("Det", AB_TITLE), AB("Dr", AB_TITLE),
    AB("Drs", AB_TITLE), AB("Feb", AB_OTHER), AB("Fig", AB_NUMBER), AB("Fla", AB_OTHER),
    AB("Fr", AB_TITLE), AB("Ft", AB_TITLE), AB("Ga", AB_OTHER), AB("Gen", AB_TITLE),
    AB("Gens", AB_TITLE), AB("Gov", AB_TITLE), AB("Govs", AB_TITLE), AB("Hon", AB_TITLE),
    AB("Ill", AB_OTHER), AB("Inc", AB_OTHER), AB("Ind", AB_OTHER), AB("Insp", AB_TITLE),
    AB("Jan", AB_OTHER), AB("Jr", AB_OTHER), AB("Jul", AB_OTHER), AB("Jun", AB_OTHER),
    AB("Kan", AB_OTHER), AB("Kans", AB_OTHER), AB("Ky", AB_OTHER), AB("La", AB_OTHER),
    AB("Lieut", AB_TITLE), AB("Lt", AB_TITLE), AB("Ltd", AB_OTHER), AB("Maj", AB_TITLE),
    AB("Mar", AB_OTHER), AB("Mass", AB_OTHER), AB("Md", AB_OTHER), AB("Messrs", AB_TITLE),
    AB("Mich", AB_OTHER), AB("Minn", AB_OTHER), AB("Miss", AB_OTHER), AB("Mmes", AB_TITLE),
    AB("Mo", AB_OTHER), AB("Mont", AB_OTHER), AB("Mr", AB_TITLE), AB("Mrs", AB_TITLE),
    AB("Ms", AB_TITLE), AB("Mt", AB_TITLE), AB("Neb", AB_OTHER), AB("Nev", AB_OTHER),
    AB("No", AB_NUMBER), AB("Nos", AB_NUMBER), AB("Nov", AB_OTHER), AB("Oct", AB_OTHER),
    AB("Okla", AB_OTHER), AB("Ore", AB_OTHER), AB("Pa", AB_OTHER), AB("Pres", AB_TITLE),
    AB("Prof", AB_TITLE), AB("Pvt", AB_TITLE), AB("Rd", AB_OTHER), AB("Rep", AB_TITLE),
    AB("Reps", AB_TITLE), AB("Rev", AB_TITLE), AB("Rt", AB_TITLE), AB("Sec", AB_TITLE),
    AB("Sen", AB_TITLE), AB("Sens", AB_TITLE), AB("Sep", AB_OTHER), AB("Sept", AB_OTHER),
    AB("Sgt", AB_TITLE), AB("Sr", AB_OTHER), AB("St", AB_TITLE), AB("Ste", AB_TITLE),
    AB("Supt", AB_TITLE), AB("Tenn", AB_OTHER), AB("Tex", AB_OTHER), AB("Univ", AB_OTHER),
    AB("Va", AB_OTHER), AB("Vol", AB_NUMBER), AB("Vt", AB_OTHER), AB("Wash", AB_OTHER),
    AB("Wis", AB_OTHER), AB("Wyo", AB_OTHER), AB("al", AB_OTHER), AB("approx", AB_NOEND),
    AB("ca", AB_NOEND), AB("cf", AB_NOEND), AB("est", AB_OTHER), AB("etc", AB_OTHER),
    AB("pp", AB_NUMBER), AB("v", AB_NOEND), AB("viz", AB_NOEND), AB("vs", AB_NOEND),
};
#undef AB

static int abbrev_cmp(const char *w, size_t n, const abbrev *a)
{
    size_t m = n < a->len ? n : a->len;
    int c = memcmp(w, a->word, m);
    return c ? c : (n > a->len) - (n < a->len);
}

int tok_abbrev_check(void)
{
    for (size_t i = 1; i < sizeof abbrevs / sizeof abbrevs[0]; i++)
        if (abbrev_cmp(abbrevs[i - 1].word, abbrevs[i - 1].len, &abbrevs[i]) >= 0)
            return -1;
    return 0;
}

tok_abbrev_kind tok_abbrev(const char *w, size_t n)
{
    const unsigned char *u = (const unsigned char *)w;
    if (n == 1 && IS_UPPER(u[0]))
        return AB_INITIAL;
    if (n > 1 && memchr(w, '.', n))
        return n == 3 && (memcmp(w, "e.g", 3) == 0 || memcmp(w, "i.e", 3) == 0) ? AB_NOEND
                                                                               : AB_OTHER;
    /* a U.S. legislator's party and state: "Sen. Ann Holt, R-Minn., said" */
    if (n > 3 && n <= 9 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I')) {
        size_t b = w[2] == '\n';   /* "D-\nMich.", broken at a line end */
        return tok_abbrev(w + 2 + b, n - 2 - b) == AB_OTHER ? AB_OTHER : AB_NONE;
    }
    if (n == 0 || n > 6)
        return AB_NONE;
    size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = abbrev_cmp(w, n, &abbrevs[mid]);
        if (c == 0)
            return (tok_abbrev_kind)abbrevs[mid].kind;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return AB_NONE;
}

int tok_is(const char *text, const dyad_token *tk, const char *lit)
{
    /* the first byte settles most calls without a strlen: the splitter
    ** walks lists of some ninety words */
    if (tk->len && text[tk->start] != lit[0])
        return 0;
    size_t k = strlen(lit);
    return tk->len == k && memcmp(text + tk->start, lit, k) == 0;
}

int tok_starts_lower(const char *text, const dyad_token *tk)
{
    const unsigned char *s = (const unsigned char *)text + tk->start;
    if (s[0] < 0x80)
        return cls[s[0]] == C_LO;
    int32_t cp;
    return u8_decode(s, tk->len, &cp) && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* ---- The whole text ---------------------------------------------------- */

/* Makes room for one more token; apart from push, which is inlined at
** every token, as this is seldom called (tok_scan sizes the array). */
__attribute__((noinline)) static int push_room(dyad_text *t)
{
    return base_grow((void **)&t->tok, &t->tokcap, t->ntok + 1, sizeof *t->tok);
}

static inline int push(dyad_text *t, size_t start, size_t len, int kind, unsigned flags)
{
    if (t->ntok == t->tokcap && push_room(t))
        return -1;
    dyad_token *tk = &t->tok[t->ntok++];
    tk->start = (uint32_t)start;
    tk->len = (uint32_t)len;
    tk->kind = (uint16_t)kind;
    tk->flags = (uint16_t)flags;
    return 0;
}

/* Is the quote at s[pos] (k bytes) a double quote? (else a single one) */
static int double_quote(const unsigned char *s, size_t k)
{
    if (k == 1)
        return s[0] == '"';
    if (k == 2)
        return 1;   /* `` '' and the two-byte guillemets */
    /* U+2018..U+201B are single, U+201C..U+201F double, U+2039/203A single */
    return s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x9C && s[2] <= 0x9F;
}

/* Does what follows the quote look like the end of a quotation? */
static int right_closed(const unsigned char *s, size_t n, size_t i)
{
    if (i >= n)
        return 1;
    unsigned c = s[i];
    if (c < 0x80)
        return cls[c] == C_SP || cls[c] == C_NL || cls[c] == C_CTL || c == ',' || c == '.' ||
               c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
               c == '}';
    int32_t cp;
    if (!u8_decode(s + i, n - i, &cp))
        return 1;
    int uc = cp_class(cp);
    return uc == U_SPACE || uc == U_LINE || uc == U_PARA || uc == U_DASH || uc == U_QCLOSE ||
           uc == U_APOS || uc == U_ELLIPSIS;
}

/* Decides which way a quote token points. state holds the open/closed
** state of double (bit 0) and single (bit 1) quotes in this paragraph. */
static unsigned quote_dir(const unsigned char *s, size_t n, size_t pos, size_t k,
                          const dyad_token *prev, unsigned flags, unsigned *state)
{
    const unsigned char *q = s + pos;
    unsigned bit = double_quote(q, k) ? 1u : 2u;
    int left_open = (flags & DYAD_TF_SPACE_BEFORE) || !prev ||
                    (prev->kind == DYAD_TOK_QUOTE && (prev->flags & DYAD_TF_OPEN_QUOTE)) ||
                    prev->kind == DYAD_TOK_DASH ||
                    (prev->kind == DYAD_TOK_PUNCT && prev->len == 1 &&
                     (s[prev->start] == '(' || s[prev->start] == '[' || s[prev->start] == '{'));
    int right = right_closed(s, n, pos + k);
    int open;
    if (k == 2 && q[0] == '`')
        open = 1;
    else if (k == 2 && q[0] == '\'')
        open = 0;
    else if (left_open && !right)
        open = 1;
    else if (!left_open && right)
        open = 0;
    else if (q[0] >= 0x80) {
        int32_t cp = 0;
        u8_decode(q, k, &cp);
        open = cp_class(cp) == U_QOPEN;   /* trust the glyph when context is mute */
    } else {
        open = !(*state & bit);
    }
    if (open)
        *state |= bit;
    else
        *state &= ~bit;
    return open ? DYAD_TF_OPEN_QUOTE : DYAD_TF_CLOSE_QUOTE;
}

/* Should the '.' after word prev become part of it? */
static int takes_period(const char *text, const dyad_token *prev, unsigned prev_info,
                        const unsigned char *s, size_t n, size_t after)
{
    if (prev_info & TI_INITIALS)
        return 1;
    tok_abbrev_kind k = tok_abbrev(text + prev->start, prev->len);
    if (k == AB_NONE && prev->len >= 2 && prev->len <= 6) {
        /* ST. LOUIS, GEN. SMITH: all-caps text, looked up as "St", "Gen" */
        char w[6];
        const unsigned char *p = s + prev->start;
        for (size_t i = 0; i < prev->len; i++) {
            if (!IS_UPPER(p[i]))
                return 0;
            w[i] = (char)(i ? p[i] | 0x20 : p[i]);
        }
        k = tok_abbrev(w, prev->len);
        if (k == AB_OTHER || k == AB_NUMBER)
            k = AB_NONE;   /* "MASS." or "NO." in capitals is more often a word */
    }
    if (k == AB_NUMBER) {
        while (after < n && s[after] == ' ')
            after++;
        return IS_DIGIT(at(s, n, after));
    }
    return k != AB_NONE;
}

int tok_scan(dyad_text *t)
{
    const unsigned char *s = (const unsigned char *)t->text;
    const char *text = t->text;
    size_t n = t->len, pos = 0;
    unsigned pend = DYAD_TF_LINE_START | DYAD_TF_PARA_START, prev_info = 0, qstate = 0;
    t->ntok = t->nbroken = 0;
    t->words = NULL;
    /* news runs about one token per 5.5 bytes: usually one allocation */
    if (base_grow((void **)&t->tok, &t->tokcap, n / 6 + 16, sizeof *t->tok))
        return DYAD_ENOMEM;
    while (pos < n) {
        unsigned c = s[pos];
        if (c == ' ') {
            pos++;
            pend |= DYAD_TF_SPACE_BEFORE;
            continue;
        }
        int kind;
        unsigned info, flags;
        size_t k;
        if (alnum[c]) {
            /* fast path: a plain run of letters and digits that nothing
            ** can extend; else the full lexer starts over */
            size_t e = pos + 1;
            while (e < n && alnum[s[e]])
                e++;
            /* the byte after the next is read only after a '.' or a ',' */
            unsigned d = at(s, n, e);
            if (word_end[d] || (d == '.' && !alnum[at(s, n, e + 1)]) ||
                (d == ',' && !IS_DIGIT(at(s, n, e + 1)))) {
                info = IS_UPPER(c) ? TI_CAP : 0;
                k = e - pos;
                if (k == 6 && prefix_is(s + pos, n - pos, "cannot"))
                    k = 3;   /* "can" "not", as lex_word splits it */
                /* a word or a number: none of the cases below, and no
                ** broken word (emit's count) */
                if (push(t, pos, k, IS_DIGIT(c) ? DYAD_TOK_NUMBER : DYAD_TOK_WORD,
                         pend | (info ? DYAD_TF_CAPITALIZED : 0)))
                    goto oom;
                pend = 0;
                prev_info = info;
                pos += k;
                continue;
            }
        }
        k = lex(text + pos, n - pos, &kind, &info);
        if (kind == 0) {
            pend |= DYAD_TF_SPACE_BEFORE;
            if (info & TI_NL)
                pend |= DYAD_TF_LINE_START;
            if (info & TI_PARA) {
                pend |= DYAD_TF_PARA_START;
                qstate = 0;
            }
            pos += k;
            continue;
        }
        flags = pend | ((info & TI_CAP) ? DYAD_TF_CAPITALIZED : 0);
        pend = 0;
        {   /* punctuation, clitics and quotes: what the token before says */
            dyad_token *prev = t->ntok ? &t->tok[t->ntok - 1] : NULL;
            int attached = prev && !(flags & DYAD_TF_SPACE_BEFORE) &&
                           prev->start + prev->len == pos;
            switch (kind) {
            case DYAD_TOK_PUNCT:
                if (c == '.' && attached && prev->kind == DYAD_TOK_WORD &&
                    !(prev->flags & DYAD_TF_ABBREV) &&
                    takes_period(text, prev, prev_info, s, n, pos + 1)) {
                    prev->len++;
                    prev->flags |= DYAD_TF_ABBREV;
                    pos++;
                    prev_info = 0;
                    continue;
                }
                if (c == '-' && (flags & DYAD_TF_SPACE_BEFORE) && !(flags & DYAD_TF_LINE_START) &&
                    (pos + 1 >= n || cls[s[pos + 1]] == C_SP || cls[s[pos + 1]] == C_NL))
                    kind = DYAD_TOK_DASH;   /* "MOSCOW (Reuters) - ..." */
                break;
            case DYAD_TOK_CLITIC:
                if (c != 'n' && c != 'N' &&
                    !(attached && (prev->kind == DYAD_TOK_WORD || prev->kind == DYAD_TOK_NUMBER))) {
                    /* 's after a space: a quote, then a word */
                    size_t al = c == '\'' ? 1 : 3;
                    unsigned qf = quote_dir(s, n, pos, al, prev, flags, &qstate);
                    if (push(t, pos, al, DYAD_TOK_QUOTE, flags | qf))
                        goto oom;
                    flags = IS_UPPER(s[pos + al]) ? DYAD_TF_CAPITALIZED : 0;
                    pos += al;
                    k -= al;
                    kind = DYAD_TOK_WORD;
                }
                break;
            case DYAD_TOK_QUOTE:
                if (((k == 1 && c == '\'') || (k == 3 && rsquo_at(s, n, pos))) && attached &&
                    prev->kind == DYAD_TOK_WORD && (s[pos - 1] | 0x20) == 's' && !(qstate & 2) &&
                    !letter_at(s, n, pos + k)) {
                    kind = DYAD_TOK_CLITIC;   /* the ministers' meeting */
                    break;
                }
                flags |= quote_dir(s, n, pos, k, prev, flags, &qstate);
                break;
            }
        }
        if (push(t, pos, k, kind, flags))
            goto oom;
        t->nbroken += (info & TI_BROKEN) != 0;
        prev_info = info;
        pos += k;
    }
    return DYAD_OK;
oom:
    t->ntok = 0;
    return DYAD_ENOMEM;
}
