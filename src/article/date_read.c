/*
** date_read.c — finds the date expressions of a sentence, as its words say
** them: "early Tuesday", "last week", "in the spring of 1937", "March 5,
** 1985", "30 years ago", "during the Cold War", "under the Ford
** administration". What they mean for an event is date.c's business.
**
** Words are compared without regard to case, except that the names of
** months and weekdays must be capitalized ("may" is a verb, "May" a month
** only with a day, a year or a preposition). Nothing is allocated.
*/
#include "article/date_int.h"
#include "lang/tags.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* ---- words ---- */

/* The index of token i's word in list (NULL-terminated), or -1: a walk
** of the list (word_in turns most words down before it). */
static int word_walk(const lang_sent *s, size_t i, const char *const *list)
{
    size_t n = i < s->n ? s->toks[i].len : 0;
    if (n == 0)
        return -1;   /* no list holds "" */
    /* the first two letters, lower-cased, turn most entries down without
    ** word_is */
    const char *p = s->text + s->toks[i].start;
    char c0 = p[0] >= 'A' && p[0] <= 'Z' ? (char)(p[0] + 32) : p[0];
    char c1 = n < 2 ? '\0' : p[1] >= 'A' && p[1] <= 'Z' ? (char)(p[1] + 32) : p[1];
    for (int k = 0; list[k]; k++)
        if (list[k][0] == c0 && list[k][1] == c1 && word_is(s, i, list[k]))
            return k;
    return -1;
}

/* Is token i the possessive clitic ('s, ’s)? */
static int possessive_at(const lang_sent *s, size_t i)
{
    return i < s->n && s->toks[i].kind == DYAD_TOK_CLITIC &&
           (s->text[s->toks[i].start + s->toks[i].len - 1] | 32) == 's';
}

static int capitalized(const lang_sent *s, size_t i)
{
    return i < s->n && (s->toks[i].flags & DYAD_TF_CAPITALIZED);
}

/* The value of a token of digits only (at most 9), else -1; a suffix
** ("5th", "1990s") may follow when suffix is given: it gets what follows
** the digits, lower case ("" for none; "?" when longer than 7 bytes). */
static long digits_of(const lang_sent *s, size_t i, char *suffix)
{
    if (i >= s->n)
        return -1;
    const char *p = s->text + s->toks[i].start;
    size_t n = s->toks[i].len, k = 0;
    long v = 0;
    while (k < n && k < 9 && p[k] >= '0' && p[k] <= '9')
        v = v * 10 + (p[k++] - '0');
    if (k == 0 || (k < n && !suffix))
        return -1;
    if (suffix) {
        size_t m = n - k;
        if (m > 7) {
            strcpy(suffix, "?");
        } else {
            for (size_t q = 0; q < m; q++)
                suffix[q] = (char)(p[k + q] >= 'A' && p[k + q] <= 'Z' ? p[k + q] + 32 : p[k + q]);
            suffix[m] = '\0';
        }
    }
    return v;
}

/* Is suf an ordinal's ending: st, nd, rd, th? */
static int ordinal_suffix(const char *suf)
{
    return !strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") || !strcmp(suf, "th");
}

static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL};

/* Month names and their abbreviations: index % 12 is the month - 1. */
static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan.", "feb.", "mar.", "apr.", "may.", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec.",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    NULL};

static const char *const seasons[] = {"spring", "summer", "autumn", "fall", "winter", NULL};


/* Units of time, singular and plural (unit_at). */
static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
                                    "year", "years", "decade", "decades", "century",
                                    "centuries", NULL};
/* Counts in words (count_at). */
static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six",
                                    "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
static const char *const tens[] = {"ten", "twenty", "thirty", "forty", "fifty", "sixty",
                                   "seventy", "eighty", "ninety", NULL};
/* "this year" after a month (month_date); last, this, next... (relative_at) */
static const char *const yrels[] = {"last", "this", "next", NULL};
static const char *const rels[] = {"last", "this", "next", "past", "coming", "previous", NULL};
/* Modifiers and days said by name (expr_at). */
static const char *const mods[] = {"earlier", "later", "early", "late", "mid", NULL};
static const char *const days[] = {"yesterday", "today", "tonight", "tomorrow", NULL};
/* Nouns that make a leader's name a period: "the Ford administration". */
static const char *const reign_nouns[] = {"administration", "administrations", "presidency",
                                          "era", "years", "government", "regime", "rule",
                                          "tenure", "premiership", "reign", NULL};
/* Prepositions that place an event in time, and those that bound a period. */
static const char *const point_preps[] = {"on", "in", "at", "during", "from", "of", "between",
                                          "throughout", "over", "under", NULL};
static const char *const bound_preps[] = {"since", "until", "till", "before", "after", "by",
                                          "through", "for", NULL};

/* The lists word_in reads, by index. */
enum { WL_WEEKDAYS, WL_MONTHS, WL_SEASONS, WL_UNITS, WL_SMALL, WL_TENS, WL_YRELS, WL_RELS,
       WL_MODS, WL_DAYS, WL_REIGN, WL_POINT, WL_BOUND, WL_COUNT };
static const char *const *const lists[WL_COUNT] = {
    [WL_WEEKDAYS] = weekdays, [WL_MONTHS] = months, [WL_SEASONS] = seasons,
    [WL_UNITS] = units, [WL_SMALL] = small, [WL_TENS] = tens, [WL_YRELS] = yrels,
    [WL_RELS] = rels, [WL_MODS] = mods, [WL_DAYS] = days, [WL_REIGN] = reign_nouns,
    [WL_POINT] = point_preps, [WL_BOUND] = bound_preps};

/* For each list, for each first letter, a bit for each second letter of
** its entries: word_in turns a word down by them before walking the list
** (the expressions' leads are tried at several tokens before each
** anchor, and each asks half a dozen lists). Made from the lists once a
** process (date_masks), so that they cannot fall out of step; odd[l] is
** set when an entry of list l does not begin with two lower-case letters
** (none does: then such a word is walked against the list). */
static uint32_t second_of[WL_COUNT][26];
static uint8_t odd[WL_COUNT];

static void mask_words(uint32_t *second, uint8_t *odd_out, const char *const *list)
{
    for (; *list; list++) {
        unsigned c0 = (unsigned char)(*list)[0], c1 = (unsigned char)(*list)[1];
        if (c0 - 'a' < 26u && c1 - 'a' < 26u)
            second[c0 - 'a'] |= 1u << (c1 - 'a');
        else
            *odd_out = 1;
    }
}

/* The index of token i's word in list l (WL_*), or -1. */
static int word_in(const lang_sent *s, size_t i, int l)
{
    if (i >= s->n || s->toks[i].len == 0)
        return -1;
    const unsigned char *p = (const unsigned char *)s->text + s->toks[i].start;
    unsigned c0 = p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32u : p[0];
    unsigned c1 = s->toks[i].len < 2 ? 0 : p[1] >= 'A' && p[1] <= 'Z' ? p[1] + 32u : p[1];
    if (c0 - 'a' < 26u && c1 - 'a' < 26u) {
        if (!(second_of[l][c0 - 'a'] >> (c1 - 'a') & 1))
            return -1;
    } else if (!odd[l]) {
        return -1;
    }
    return word_walk(s, i, lists[l]);
}

/* Do token i's first two bytes, lower-cased, begin an entry of a list
** whose mask is second? */
static int begins_entry(const lang_sent *s, size_t i, const uint32_t *second)
{
    if (i >= s->n || s->toks[i].len < 2)
        return 0;
    const unsigned char *p = (const unsigned char *)s->text + s->toks[i].start;
    unsigned c0 = p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32u : p[0];
    unsigned c1 = p[1] >= 'A' && p[1] <= 'Z' ? p[1] + 32u : p[1];
    return c0 - 'a' < 26u && c1 - 'a' < 26u && (second[c0 - 'a'] >> (c1 - 'a') & 1);
}

/* A month name with a capital: 1..12, else 0. "Sept." is September. */
static int month_at(const lang_sent *s, size_t i)
{
    if (!capitalized(s, i))
        return 0;
    if (!begins_entry(s, i, second_of[WL_MONTHS]))   /* "sept" begins as "sep" does */
        return 0;
    if (word_is(s, i, "sept.") || word_is(s, i, "sept"))
        return 9;
    int k = word_walk(s, i, months);
    return k < 0 ? 0 : k % 12 + 1;
}

/* A weekday with a capital: 0 (Monday) .. 6, else -1. */
static int weekday_at(const lang_sent *s, size_t i)
{
    if (!capitalized(s, i))
        return -1;
    return begins_entry(s, i, second_of[WL_WEEKDAYS]) ? word_walk(s, i, weekdays) : -1;
}

/* A season: 0 spring, 1 summer, 2 autumn, 3 winter; else -1. */
static int season_at(const lang_sent *s, size_t i)
{
    int k = word_in(s, i, WL_SEASONS);
    return k < 0 ? -1 : k >= 3 ? k - 1 : k;
}

/* A unit of time, singular or plural: U_*, else 0. */
static int unit_at(const lang_sent *s, size_t i)
{
    int k = word_in(s, i, WL_UNITS);
    return k < 0 ? 0 : k / 2 + 1;
}

/* A count in words or digits ("two", "30", "a"): its value, else 0. */
static int count_at(const lang_sent *s, size_t i)
{
    if (word_is(s, i, "a") || word_is(s, i, "an"))
        return 1;
    int k = word_in(s, i, WL_SMALL);
    if (k > 0)
        return k;
    if ((k = word_in(s, i, WL_TENS)) >= 0)
        return (k + 1) * 10;
    if (word_is(s, i, "fifteen"))
        return 15;
    if (word_is(s, i, "hundred"))
        return 100;
    long v = digits_of(s, i, NULL);
    return v > 0 && v < 10000 ? (int)v : 0;
}

/* "few", "several", "many", "couple": a count with no number, as in "the
** past few days", a period that runs up to the article (no "in the past",
** no history). */
static int vague_count_at(const lang_sent *s, size_t i)
{
    return word_is(s, i, "few") || word_is(s, i, "several") || word_is(s, i, "many") ||
           word_is(s, i, "couple");
}

/* A year written in digits that reads as one: 1000..2999, not a count of
** something ("in 2000 cases", "1500 troops") nor part of a number. */
static int year_at(const lang_sent *s, size_t i)
{
    long v = digits_of(s, i, NULL);
    if (v < 1000 || v > 2999 || s->toks[i].len != 4)
        return 0;
    if (i + 1 < s->n && (s->tags[i + 1] == TAG_NN || s->tags[i + 1] == TAG_NNS) &&
        season_at(s, i + 1) < 0 && unit_at(s, i + 1) == 0)
        return 0;
    if (i + 1 < s->n && s->toks[i + 1].kind == DYAD_TOK_SYMBOL)
        return 0;   /* 2000 % */
    return (int)v;
}

/* A day of the month, "5" or "5th": 1..31, else 0. */
static int day_at(const lang_sent *s, size_t i)
{
    char suf[8];
    long v = digits_of(s, i, suf);
    if (v < 1 || v > 31)
        return 0;
    if (*suf && !ordinal_suffix(suf))
        return 0;
    return (int)v;
}

/* ---- eras ---- */

/* Named periods of the past, and the administrations and reigns news
** refers to by a leader's name. Facts: the years each lasted (the last year
** the one it ended in); to 0 when it has no end worth naming. A name with
** several terms lists each. */
typedef struct era {
    const char *words;   /* lower case, space-separated tokens */
    int from, to;
    int leader;          /* needs a following administration, era,
                            presidency, government, ... */
} era;

static const era eras[] = {
    {"cold war", 1947, 1991, 0},
    {"second world war", 1939, 1945, 0},
    {"world war ii", 1939, 1945, 0},
    {"world war two", 1939, 1945, 0},
    {"world war 2", 1939, 1945, 0},
    {"first world war", 1914, 1918, 0},
    {"great war", 1914, 1918, 0},
    {"world war i", 1914, 1918, 0},
    {"world war one", 1914, 1918, 0},
    {"korean war", 1950, 1953, 0},
    {"vietnam war", 1955, 1975, 0},
    {"iran-iraq war", 1980, 1988, 0},
    {"six-day war", 1967, 1967, 0},
    {"yom kippur war", 1973, 1973, 0},
    {"falklands war", 1982, 1982, 0},
    {"gulf war", 1990, 1991, 0},
    {"great depression", 1929, 1939, 0},
    {"cultural revolution", 1966, 1976, 0},
    {"soviet era", 1922, 1991, 0},
    {"soviet times", 1922, 1991, 0},
    {"soviet period", 1922, 1991, 0},
    {"soviet rule", 1922, 1991, 0},
    {"apartheid era", 1948, 1994, 0},
    {"colonial era", 0, 0, 0},
    {"colonial times", 0, 0, 0},
    {"colonial rule", 0, 0, 0},
    {"middle ages", 0, 0, 0},
    {"roosevelt", 1933, 1945, 1},
    {"truman", 1945, 1953, 1},
    {"eisenhower", 1953, 1961, 1},
    {"kennedy", 1961, 1963, 1},
    {"nixon", 1969, 1974, 1},
    {"ford", 1974, 1977, 1},
    {"carter", 1977, 1981, 1},
    {"reagan", 1981, 1989, 1},
    {"bush", 1989, 1993, 1},
    {"bush", 2001, 2009, 1},
    {"clinton", 1993, 2001, 1},
    {"obama", 2009, 2017, 1},
    {"trump", 2017, 2021, 1},
    {"trump", 2025, 2029, 1},
    {"biden", 2021, 2025, 1},
    {"thatcher", 1979, 1990, 1},
    {"blair", 1997, 2007, 1},
    {"stalin", 1924, 1953, 1},
    {"khrushchev", 1953, 1964, 1},
    {"brezhnev", 1964, 1982, 1},
    {"gorbachev", 1985, 1991, 1},
    {"yeltsin", 1991, 1999, 1},
    {"mao", 1949, 1976, 1},
    {"franco", 1939, 1975, 1},
    {"pinochet", 1973, 1990, 1},
    {"suharto", 1967, 1998, 1},
    {"mubarak", 1981, 2011, 1},
    {"gaddafi", 1969, 2011, 1},
    {"ben ali", 1987, 2011, 1},
    {"saddam", 1979, 2003, 1},
    {"saddam hussein", 1979, 2003, 1},
};

/* Does token i read w[0..n) (lower case, ASCII), whatever its case? As
** word_is, for a word inside a longer string. */
static int word_is_n(const lang_sent *s, size_t i, const char *w, size_t n)
{
    if (i >= s->n || s->toks[i].len != n)
        return 0;
    const char *p = s->text + s->toks[i].start;
    for (size_t k = 0; k < n; k++) {
        char c = p[k] >= 'A' && p[k] <= 'Z' ? (char)(p[k] + 32) : p[k];
        if (c != w[k])
            return 0;
    }
    return 1;
}

/* Do tokens [i, ...) read words (space-separated)? Returns how many tokens
** they take, else 0. Each word is compared in place: era_at asks of every
** era at each place it tries. */
static size_t words_at(const lang_sent *s, size_t i, const char *words)
{
    size_t k = i;
    while (*words) {
        size_t n = 0;
        while (words[n] && words[n] != ' ')
            n++;
        if (!word_is_n(s, k, words, n))
            return 0;
        k++;
        words += n + (words[n] == ' ');
    }
    return k - i;
}

/* An era at token i (after "the", if any): fills e and returns the tokens
** it takes, else 0. Of a leader's several terms, the one the article's date
** falls in, else the last before it. */
static size_t era_at(const lang_sent *s, size_t i, int32_t doc, date_expr *e)
{
    int doc_y = doc / 10000;
    size_t best = 0;
    if (i >= s->n || s->toks[i].len == 0)
        return 0;   /* every era has a first word */
    char c0 = s->text[s->toks[i].start];
    c0 = c0 >= 'A' && c0 <= 'Z' ? (char)(c0 + 32) : c0;
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++) {
        const era *r = &eras[k];
        if (r->words[0] != c0)
            continue;   /* its first word starts otherwise: most eras */
        size_t n = words_at(s, i, r->words);
        if (!n || (r->leader && !capitalized(s, i)))
            continue;
        size_t end = i + n;
        if (r->leader) {
            if (possessive_at(s, end))
                end++;
            if (word_in(s, end, WL_REIGN) < 0)
                continue;
            end++;
        } else if (word_is(s, end, "era") || word_is(s, end, "years")) {
            end++;
        }
        /* terms are listed in time order: a later one that began by the
        ** article's year is the one meant */
        int better = n > best || (n == best && doc_y && r->from <= doc_y);
        if (!best || better) {
            best = n;
            e->kind = EX_ERA;
            e->from = r->from;
            e->to = r->to;
            e->end = (uint32_t)end;
        }
    }
    return best ? e->end - i : 0;
}

/* ---- expressions ---- */

/* Reads "March 5", "March 5, 1985", "March 1985", "March of 1985",
** "5 March 2023" or "March" alone (when said) at k into e; returns the end,
** or k when none. */
static size_t month_date(const lang_sent *s, size_t k, int alone_ok, date_expr *e)
{
    int m = month_at(s, k), d = 0;
    size_t j;
    if (!m && (d = day_at(s, k)) && (m = month_at(s, k + 1))) {   /* 5 March [2023] */
        j = k + 2;
        e->kind = EX_MONTH;
        e->m = m;
        e->d = d;
        if ((e->y = year_at(s, j)))
            j++;
        return j;
    }
    if (!m)
        return k;
    j = k + 1;
    if ((d = day_at(s, j)) && digits_of(s, j, NULL) != -1 && s->toks[j].len <= 2) {
        j++;   /* March 5 */
    } else if ((d = day_at(s, j)) && s->toks[j].len > 2 && s->toks[j].len <= 4) {
        j++;   /* March 5th */
    } else {
        d = 0;
    }
    size_t y_at = j;
    if (d && word_is(s, j, ","))
        y_at = j + 1;
    else if (!d && word_is(s, j, "of"))
        y_at = j + 1;
    int y = year_at(s, y_at);
    if (!d && !y && !alone_ok)
        return k;
    e->kind = EX_MONTH;
    e->m = m;
    e->d = d;
    e->y = y;
    if (y)
        return y_at + 1;
    /* "in February last year", "on March 5 this year", "in January of
    ** this year" (the year said, not the January nearest the article) */
    size_t rj = !d && word_is(s, j, "of") ? j + 1 : j;
    int r = word_in(s, rj, WL_YRELS);
    if (r >= 0 && word_is(s, rj + 1, "year")) {
        e->yrel = r + 1;
        j = rj + 2;
    }
    return j;
}

/* "mid-March", "mid-2019", "mid-1990s": one token. */
static size_t mid_at(const lang_sent *s, size_t k, date_expr *e)
{
    if (k >= s->n || s->toks[k].len < 5 || s->toks[k].len > 16)
        return k;
    const char *p = s->text + s->toks[k].start;
    size_t n = s->toks[k].len;
    if (!(p[0] == 'm' || p[0] == 'M') || p[1] != 'i' || p[2] != 'd' || p[3] != '-')
        return k;
    char rest[16];
    for (size_t q = 4; q < n; q++)
        rest[q - 4] = (char)(p[q] >= 'A' && p[q] <= 'Z' ? p[q] + 32 : p[q]);
    rest[n - 4] = '\0';
    for (int m = 0; m < 36; m++)
        if (strcmp(rest, months[m]) == 0 && p[4] >= 'A' && p[4] <= 'Z') {
            e->kind = EX_MONTH;
            e->m = m % 12 + 1;
            return k + 1;
        }
    int v = 0, q = 0;
    while (rest[q] >= '0' && rest[q] <= '9' && q < 5)
        v = v * 10 + (rest[q++] - '0');
    if (q == 4 && v >= 1000 && v <= 2999 && rest[4] == '\0') {
        e->kind = EX_YEAR;
        e->y = v;
        return k + 1;
    }
    if (q == 4 && v >= 1000 && v % 10 == 0 && strcmp(rest + 4, "s") == 0) {
        e->kind = v % 100 == 0 ? EX_CENTURY : EX_DECADE;
        e->y = v;
        return k + 1;
    }
    return k;
}

/* "30 years ago", "a decade ago", "years ago", "a few days ago" at k. */
static size_t ago_at(const lang_sent *s, size_t k, date_expr *e)
{
    /* "ago" ends every such expression within four tokens of k: without
    ** it, the counts and units below need not be read (every lead of
    ** every anchor comes here last) */
    int ago = 0;
    for (size_t t = k + 1; t <= k + 4 && t < s->n && !ago; t++)
        ago = word_is(s, t, "ago");
    if (!ago)
        return k;
    size_t j = k;
    int n = 0;
    if (word_is(s, j, "a") && (word_is(s, j + 1, "few") || word_is(s, j + 1, "couple"))) {
        j += 2 + word_is(s, j + 2, "of");
    } else if (word_is(s, j, "several") || word_is(s, j, "many") || word_is(s, j, "some")) {
        j++;
    } else if ((n = count_at(s, j))) {
        j++;
    }
    int u = unit_at(s, j);
    if (!u || !word_is(s, j + 1, "ago"))
        return k;
    e->kind = EX_AGO;
    e->n = n;
    e->unit = u;
    return j + 2;
}

/* What stands before an expression's core: a preposition ("in", or a
** bound such as "since"), "the", a modifier ("early", "later"). */
typedef struct lead {
    size_t i;          /* the expression's first token */
    size_t k;          /* its core's first token */
    int prep;          /* a preposition (e->bound tells which kind) */
    int the;
    int mod;           /* early, late, mid, earlier, later */
    int year_prep;     /* a preposition that takes a bare year: not "at
                          1100 GMT" nor "on 2000 ..." */
    int indef;         /* "in a 1973 coup": "a" or "an" before a year */
} lead;

/* last / this / next + week, month or year, a weekday or weekend, a
** month, a season; last night, this morning. */
static size_t relative_at(const lang_sent *s, const lead *l, date_expr *e)
{
    size_t k = l->k;
    int r = word_in(s, k, WL_RELS);
    if (r < 0 || r == 3)   /* "the past week" runs up to the article: no date of its own */
        return l->i;
    int rel = r == 0 || r == 5 ? REL_LAST : r == 2 || r == 4 ? REL_NEXT : REL_THIS;
    k++;
    int u = unit_at(s, k), wd, sn, m;
    if (rel == REL_LAST && (word_is(s, k, "night") || word_is(s, k, "evening"))) {
        e->kind = EX_OFFSET;   /* last night */
        e->n = -1;
    } else if (rel == REL_THIS && (word_is(s, k, "morning") || word_is(s, k, "afternoon") ||
                                   word_is(s, k, "evening"))) {
        e->kind = EX_OFFSET;
    } else if (u == U_WEEK || u == U_MONTH || u == U_YEAR) {
        if (s->text[s->toks[k].start + s->toks[k].len - 1] == 's')
            return l->i;   /* "last years" */
        e->kind = EX_UNIT;
        e->unit = u;
    } else if ((wd = weekday_at(s, k)) >= 0) {
        e->kind = EX_WEEKDAY;
        e->d = wd;
    } else if (word_is(s, k, "weekend")) {
        e->kind = EX_WEEKDAY;   /* "this weekend": dated from its Saturday */
        e->d = 5;
    } else if ((sn = season_at(s, k)) >= 0) {
        e->kind = EX_SEASON;
        e->m = sn;
    } else if ((m = month_at(s, k))) {
        e->kind = EX_MONTH;
        e->m = m;
    } else {
        return l->i;
    }
    e->rel = (uint8_t)rel;
    return k + 1;
}

/* A weekday: "on Monday", "early Tuesday", "Monday night"; a date after
** it ("Monday, March 20") says more and wins. Not a named day ("Good
** Friday", "Black Monday"). */
static size_t weekday_expr(const lang_sent *s, const lead *l, date_expr *e)
{
    int wd = weekday_at(s, l->k);
    if (wd < 0 || (!l->prep && !l->mod && l->i > 0 && capitalized(s, l->i - 1)))
        return l->i;
    size_t j = l->k + 1;
    if (word_is(s, j, "morning") || word_is(s, j, "afternoon") || word_is(s, j, "evening") ||
        word_is(s, j, "night"))
        j++;
    date_expr md;
    memset(&md, 0, sizeof md);
    size_t after = word_is(s, j, ",") ? j + 1 : j;
    size_t me = month_date(s, after, 0, &md);
    if (me > after && md.d) {
        md.first = e->first;
        md.bound = e->bound;
        *e = md;
        return me;
    }
    e->kind = EX_WEEKDAY;
    e->d = wd;
    return j;
}

/* A season: "in the spring", "the summer of 2019", "in spring 2019". */
static size_t season_expr(const lang_sent *s, const lead *l, date_expr *e)
{
    int sn = season_at(s, l->k);
    if (sn < 0 || !(l->prep || l->mod))
        return l->i;
    e->kind = EX_SEASON;
    e->m = sn;
    size_t j = l->k + 1;
    int y;
    if (word_is(s, j, "of") && (y = year_at(s, j + 1)))
        j += 2;
    else if ((y = year_at(s, j)))
        j++;
    e->y = y;
    return j;
}

/* Years in digits: "in 1962", "in early 2019", "in the 1984 election";
** "the 1990s"; "the 19th century", "the 1800s"; "2024-03-21". */
static size_t number_expr(const lang_sent *s, const lead *l, date_expr *e)
{
    size_t k = l->k;
    char suf[8];
    long v = digits_of(s, k, suf);
    int y;
    if (v < 0)
        return l->i;
    if (l->year_prep && (y = year_at(s, k))) {
        e->kind = EX_YEAR;
        e->y = y;
        return k + 1;
    }
    /* "in the 1984 election", "during the 2003 invasion": the year of the
    ** event the noun names */
    if (l->prep && (l->the || l->indef) && !e->bound && v >= 1000 && v <= 2999 && !*suf &&
        s->toks[k].len == 4 && k + 1 < s->n &&
        (s->tags[k + 1] == TAG_NN || s->tags[k + 1] == TAG_NNS || s->tags[k + 1] == TAG_JJ)) {
        e->kind = EX_YEAR;
        e->y = (int)v;
        return k + 1;
    }
    if ((l->prep || l->the) && v >= 1000 && v <= 2990 && v % 10 == 0 && !strcmp(suf, "s")) {
        e->kind = v % 100 == 0 ? EX_CENTURY : EX_DECADE;
        e->y = (int)v;
        return k + 1;
    }
    if (l->the && v >= 1 && v <= 21 && ordinal_suffix(suf) && word_is(s, k + 1, "century")) {
        e->kind = EX_CENTURY;
        e->y = (int)(v - 1) * 100;
        return k + 2;
    }
    const char *p = s->text + s->toks[k].start;
    int yy, mm, dd;
    char iso[11];
    if (s->toks[k].len == 10 && p[4] == '-' && p[7] == '-' && v >= 1000) {
        memcpy(iso, p, 10);
        iso[10] = '\0';
        if (sscanf(iso, "%4d-%2d-%2d", &yy, &mm, &dd) == 3 && mm >= 1 && mm <= 12) {
            e->kind = EX_MONTH;   /* the day is checked when it is resolved */
            e->y = yy;
            e->m = mm;
            e->d = dd;
            return k + 1;
        }
    }
    return l->i;
}

/* The expression that starts at token i, into *e; returns its end, or i
** when none starts there. The lead (preposition, "the", modifier), then
** the core: an era, "in the past", yesterday and the like, a relative
** ("last week"), "mid-March", a weekday, a month, a season, a year, an
** "ago". */
static size_t expr_at(const lang_sent *s, size_t i, int32_t doc, date_expr *e)
{
    memset(e, 0, sizeof *e);
    e->first = (uint32_t)i;
    lead l = {.i = i, .k = i};
    if (word_in(s, l.k, WL_POINT) >= 0) {
        l.prep = 1;
        l.k++;
    } else if (word_in(s, l.k, WL_BOUND) >= 0) {
        l.prep = e->bound = 1;
        l.k++;
    }
    l.the = word_is(s, l.k, "the");
    if (l.the && !l.prep)
        return i;   /* "the March 5 attack", "the 1990s saw": what, not when */
    l.k += (size_t)l.the;
    /* "overthrown in a 1973 coup", "voted in a 2016 referendum": told as
    ** the event the noun names, as "in the 1984 election" is; only after
    ** "in" and "during" ("under a 1985 law" is a basis, "at a 1987 high"
    ** a level) */
    if (!l.the && (word_is(s, i, "in") || word_is(s, i, "during")) &&
        (word_is(s, l.k, "a") || word_is(s, l.k, "an")) && l.k + 1 < s->n &&
        s->toks[l.k + 1].len == 4 && s->tags[l.k + 1] == TAG_CD) {
        l.indef = 1;
        l.k++;
    }
    int at_on = word_is(s, i, "at") || word_is(s, i, "on");
    size_t j;
    /* eras: "during the Cold War", "under the Reagan administration",
    ** "during Zine El Abidine Ben Ali's presidency" */
    if (l.prep && !at_on && !word_is(s, i, "of")) {
        for (size_t at = l.k; at < l.k + 5 && (at == l.k || capitalized(s, at - 1)); at++)
            if (era_at(s, at, doc, e) && (at == l.k || word_in(s, e->end - 1, WL_REIGN) >= 0))
                return e->end;
    }
    if (l.prep && l.the && word_is(s, l.k, "past") && !unit_at(s, l.k + 1) &&
        !count_at(s, l.k + 1) && !vague_count_at(s, l.k + 1)) {
        e->kind = EX_PAST;   /* "in the past" */
        return l.k + 1;
    }
    if (word_in(s, l.k, WL_MODS) >= 0) {
        l.k++;
        l.mod = 1;
    }
    l.year_prep = (l.prep && !at_on) || l.mod;
    int dk = word_in(s, l.k, WL_DAYS);
    if (dk >= 0) {
        e->kind = EX_OFFSET;
        e->n = dk == 0 ? -1 : dk == 3 ? 1 : 0;
        return l.k + 1;
    }
    if ((j = relative_at(s, &l, e)) > i || (j = mid_at(s, l.k, e)) > l.k ||
        (j = weekday_expr(s, &l, e)) > i)
        return j;
    if ((j = month_date(s, l.k, l.prep || l.mod || l.the, e)) > l.k)
        return j;
    if ((j = season_expr(s, &l, e)) > i || (j = number_expr(s, &l, e)) > i)
        return j;
    if ((j = ago_at(s, l.k, e)) > l.k)   /* "30 years ago" */
        return j;
    return i;
}

/* Every expression holds a month or weekday name, a year ("1962",
** "1990s", "2024-03-21", "mid-2019"), or one of these words: the reader
** looks for expressions only around them. Listed by first letter, for
** speed: most sentences hold none. "years ago" is found by "ago";
** "government" and "years" count only after a name ("the Thatcher
** government", "the Reagan years"). */
static const char *const anchors[26][10] = {
    ['a' - 'a'] = {"autumn", "ago", "ages", "administration", "administrations", "afternoon",
                   NULL},
    ['c' - 'a'] = {"century", NULL},
    ['d' - 'a'] = {"day", "decade", "depression", NULL},
    ['e' - 'a'] = {"era", "evening", NULL},
    ['f' - 'a'] = {"fall", NULL},
    ['m' - 'a'] = {"month", "morning", NULL},
    ['n' - 'a'] = {"night", NULL},
    ['p' - 'a'] = {"past", "period", "presidency", "premiership", NULL},
    ['r' - 'a'] = {"rule", "regime", "reign", "revolution", NULL},
    ['s' - 'a'] = {"spring", "summer", NULL},
    ['t' - 'a'] = {"today", "tonight", "tomorrow", "times", "tenure", NULL},
    ['w' - 'a'] = {"week", "weekend", "winter", "war", NULL},
    ['y' - 'a'] = {"yesterday", "year", NULL},
};

/* For each first letter, a bit for each second letter of its anchors:
** anchor_at turns a word down by it before walking the list. Made from
** anchors once a process (date_masks, with the months' and weekdays'),
** so that it cannot fall out of step; every anchor of a letter begins
** with it. */
static uint32_t anchor_second[26];
static pthread_once_t masks_once = PTHREAD_ONCE_INIT;

static void date_masks(void)
{
    uint8_t anchors_odd = 0;   /* anchor_at turns such a word down itself */
    for (int c = 0; c < 26; c++)
        mask_words(anchor_second, &anchors_odd, anchors[c]);
    for (int l = 0; l < WL_COUNT; l++)
        mask_words(second_of[l], &odd[l], lists[l]);
}

static int anchor_at(const lang_sent *s, size_t i)
{
    const char *p = s->text + s->toks[i].start;
    size_t n = s->toks[i].len;
    if (n == 0 || n > 16)
        return 0;
    if (p[0] >= '0' && p[0] <= '9') {   /* a year, a decade, an ISO date */
        char suf[8];
        long v = digits_of(s, i, suf);
        return v >= 1000 && v <= 2999 && (n == 4 || !strcmp(suf, "s") || n == 10);
    }
    if (capitalized(s, i) && (month_at(s, i) || weekday_at(s, i) >= 0))
        return 1;
    char c = (char)(p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32 : p[0]);
    if (c < 'a' || c > 'z')
        return 0;
    if (c == 'm' && n > 4 && p[1] == 'i' && p[2] == 'd' && p[3] == '-')
        return 1;
    if (c == 'g' || c == 'y')
        if ((word_is(s, i, "government") || word_is(s, i, "years")) && i > 0)
            return capitalized(s, i - 1) || possessive_at(s, i - 1);
    /* every anchor is two or more lower-case letters: a second byte
    ** that is no letter matches none */
    if (n < 2)
        return 0;
    char c1 = (char)(p[1] >= 'A' && p[1] <= 'Z' ? p[1] + 32 : p[1]);
    if (c1 < 'a' || c1 > 'z' || !(anchor_second[c - 'a'] >> (c1 - 'a') & 1))
        return 0;
    return word_walk(s, i, anchors[c - 'a']) >= 0;
}

/* How far before its first anchor an expression may begin: "during Zine
** El Abidine Ben Ali's presidency". */
#define ANCHOR_REACH 8

/* Reads the sentence's expressions into ex (at most MAX_EXPRS); returns
** how many. A possessive ("Monday's vote", "last year's election") names
** what another event is, not when this one happened, and is left out;
** so is a date written after a determiner ("the March 5 attack"). */
size_t date_find_exprs(const lang_sent *s, int32_t doc, date_expr *ex)
{
    size_t n = 0, next = 0;   /* tokens before next belong to an expression */
    pthread_once(&masks_once, date_masks);
    for (size_t a = 0; a < s->n && n < MAX_EXPRS; a++) {
        if (a < next || !anchor_at(s, a))
            continue;
        size_t i = a >= ANCHOR_REACH ? a - ANCHOR_REACH : 0;
        if (i < next)
            i = next;
        for (; i <= a; i++) {
            date_expr e;
            size_t end = expr_at(s, i, doc, &e);
            if (end <= a)
                continue;
            e.end = (uint32_t)end;
            next = end;
            int possessive = possessive_at(s, end);
            int modifier = i > 0 && (s->tags[i - 1] == TAG_DT || s->tags[i - 1] == TAG_PRPS ||
                                     s->tags[i - 1] == TAG_POS) &&
                           e.kind == EX_MONTH && (month_at(s, i) || day_at(s, i));
            if (!possessive && !modifier)
                ex[n++] = e;
            break;
        }
    }
    return n;
}
