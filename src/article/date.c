/*
** date.c — the date reader: finds the date expressions of a sentence
** ("early Tuesday", "last week", "in the spring of 1937", "30 years ago",
** "during the Cold War"), ties each to the clause it stands in, and gives
** an event the date of its own clause's expression (else of the clause it
** depends on), resolved against the article's date and the tense of the
** event's verb. docs/coder.md, "When it happened", has the rules with
** examples.
**
** Only the words are read: tokens, their tags and the clauses of the
** language layer. Nothing is allocated; a sentence holds at most
** MAX_EXPRS expressions worth reading.
*/
#include "article/date.h"
#include "lang/tags.h"

#include <stdio.h>
#include <string.h>

#define MAX_EXPRS 16

typedef enum ex_kind {
    EX_OFFSET = 1,  /* yesterday, today, tomorrow, last night: n days */
    EX_WEEKDAY,     /* (last / this / next) Monday */
    EX_MONTH,       /* March, March 5, March 5, 1985, 5 March, March 1985 */
    EX_SEASON,      /* the spring, last winter, the summer of 2019 */
    EX_UNIT,        /* last / this / next week, month, year */
    EX_YEAR,        /* in 1962 */
    EX_DECADE,      /* the 1990s */
    EX_CENTURY,     /* the 19th century, the 1800s */
    EX_AGO,         /* 30 years ago; years ago (no count) */
    EX_ERA,         /* during the Cold War, under the Reagan administration */
    EX_PAST         /* in the past: background, no date */
} ex_kind;

enum { REL_NONE = 0, REL_LAST, REL_THIS, REL_NEXT };
enum { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY };

/* One expression as the words say it, before it is resolved. */
typedef struct date_expr {
    uint32_t first, end;   /* its tokens */
    uint8_t kind, rel;
    uint8_t bound;         /* since, until, before, after, by: a bound of a
                              period, not when the event happened */
    int y, m, d;           /* as written; 0 when not written */
    int n, unit;           /* EX_OFFSET: days; EX_AGO, EX_UNIT: count, unit */
    int from, to;          /* EX_ERA: its years; to 0: history whenever */
    int yrel;              /* "February last year": 1 + the year's offset
                              (0 last, 1 this, 2 next); 0 when not said */
} date_expr;

/* ---- words ---- */

/* Does token i read w (lower case, ASCII), whatever its case? */
static int word_is(const lang_sent *s, size_t i, const char *w)
{
    if (i >= s->n)
        return 0;
    const char *p = s->text + s->toks[i].start;
    size_t n = s->toks[i].len;
    for (size_t k = 0; k < n; k++, w++) {
        char c = p[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != *w)
            return 0;
    }
    return *w == '\0';
}

/* The index of token i's word in list (NULL-terminated), or -1. */
static int word_in(const lang_sent *s, size_t i, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (word_is(s, i, list[k]))
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

/* A month name with a capital: 1..12, else 0. "Sept." is September. */
static int month_at(const lang_sent *s, size_t i)
{
    if (!capitalized(s, i))
        return 0;
    if (word_is(s, i, "sept.") || word_is(s, i, "sept"))
        return 9;
    int k = word_in(s, i, months);
    return k < 0 ? 0 : k % 12 + 1;
}

/* A weekday with a capital: 0 (Monday) .. 6, else -1. */
static int weekday_at(const lang_sent *s, size_t i)
{
    return capitalized(s, i) ? word_in(s, i, weekdays) : -1;
}

/* A season: 0 spring, 1 summer, 2 autumn, 3 winter; else -1. */
static int season_at(const lang_sent *s, size_t i)
{
    int k = word_in(s, i, seasons);
    return k < 0 ? -1 : k >= 3 ? k - 1 : k;
}

/* A unit of time, singular or plural: U_*, else 0. */
static int unit_at(const lang_sent *s, size_t i)
{
    static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
                                        "year", "years", "decade", "decades", "century",
                                        "centuries", NULL};
    int k = word_in(s, i, units);
    return k < 0 ? 0 : k / 2 + 1;
}

/* A count in words or digits ("two", "30", "a"): its value, else 0. */
static int count_at(const lang_sent *s, size_t i)
{
    static const char *const small[] = {"zero", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve",
                                        NULL};
    static const char *const tens[] = {"ten", "twenty", "thirty", "forty", "fifty", "sixty",
                                       "seventy", "eighty", "ninety", NULL};
    if (word_is(s, i, "a") || word_is(s, i, "an"))
        return 1;
    int k = word_in(s, i, small);
    if (k > 0)
        return k;
    if ((k = word_in(s, i, tens)) >= 0)
        return (k + 1) * 10;
    if (word_is(s, i, "fifteen"))
        return 15;
    if (word_is(s, i, "hundred"))
        return 100;
    long v = digits_of(s, i, NULL);
    return v > 0 && v < 10000 ? (int)v : 0;
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

/* Do tokens [i, ...) read words (space-separated)? Returns how many tokens
** they take, else 0. */
static size_t words_at(const lang_sent *s, size_t i, const char *words)
{
    size_t k = i;
    while (*words) {
        const char *sp = strchr(words, ' ');
        size_t n = sp ? (size_t)(sp - words) : strlen(words);
        char w[32];
        if (n >= sizeof w)
            return 0;
        memcpy(w, words, n);
        w[n] = '\0';
        if (!word_is(s, k, w))
            return 0;
        k++;
        words += n + (sp != NULL);
    }
    return k - i;
}

/* Nouns that make a leader's name a period: "the Ford administration". */
static const char *const reign_nouns[] = {"administration", "administrations", "presidency",
                                          "era", "years", "government", "regime", "rule",
                                          "tenure", "premiership", "reign", NULL};

/* An era at token i (after "the", if any): fills e and returns the tokens
** it takes, else 0. Of a leader's several terms, the one the article's date
** falls in, else the last before it. */
static size_t era_at(const lang_sent *s, size_t i, int32_t doc, date_expr *e)
{
    int doc_y = doc / 10000;
    size_t best = 0;
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++) {
        const era *r = &eras[k];
        size_t n = words_at(s, i, r->words);
        if (!n || (r->leader && !capitalized(s, i)))
            continue;
        size_t end = i + n;
        if (r->leader) {
            if (possessive_at(s, end))
                end++;
            if (word_in(s, end, reign_nouns) < 0)
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

/* Prepositions that place an event in time, and those that bound a period. */
static const char *const point_preps[] = {"on", "in", "at", "during", "from", "of", "between",
                                          "throughout", "over", "under", NULL};
static const char *const bound_preps[] = {"since", "until", "till", "before", "after", "by",
                                          "through", NULL};

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
    /* "in February last year", "on March 5 this year" */
    static const char *const yrels[] = {"last", "this", "next", NULL};
    int r = word_in(s, j, yrels);
    if (r >= 0 && word_is(s, j + 1, "year")) {
        e->yrel = r + 1;
        j += 2;
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

/* The expression that starts at token i, into *e; returns its end, or i
** when none starts there. */
static size_t expr_at(const lang_sent *s, size_t i, int32_t doc, date_expr *e)
{
    memset(e, 0, sizeof *e);
    e->first = (uint32_t)i;
    size_t k = i;
    int prep = 0;
    if (word_in(s, k, point_preps) >= 0) {
        prep = 1;
        k++;
    } else if (word_in(s, k, bound_preps) >= 0) {
        prep = 1;
        e->bound = 1;
        k++;
    }
    int the = word_is(s, k, "the");
    if (the && !prep)
        return i;   /* "the March 5 attack", "the 1990s saw": what, not when */
    k += (size_t)the;
    size_t j;
    /* eras: "during the Cold War", "under the Reagan administration",
    ** "during Zine El Abidine Ben Ali's presidency" */
    if (prep) {
        for (size_t at = k; at < k + 5 && (at == k || capitalized(s, at - 1)); at++)
            if ((j = era_at(s, at, doc, e)) &&
                (at == k || word_in(s, e->end - 1, reign_nouns) >= 0))
                return e->end;
    }
    if (prep && the && word_is(s, k, "past") && !unit_at(s, k + 1) && !count_at(s, k + 1)) {
        e->kind = EX_PAST;   /* "in the past" */
        return k + 1;
    }
    /* "earlier this week", "later this month", "earlier this year" */
    int mod = 0;
    if (word_is(s, k, "earlier") || word_is(s, k, "later")) {
        k++;
        mod = 1;
    } else if (word_is(s, k, "early") || word_is(s, k, "late") || word_is(s, k, "mid")) {
        k++;
        mod = 1;
    }
    /* yesterday, today, tonight, tomorrow */
    static const char *const days[] = {"yesterday", "today", "tonight", "tomorrow", NULL};
    int dk = word_in(s, k, days);
    if (dk >= 0) {
        e->kind = EX_OFFSET;
        e->n = dk == 0 ? -1 : dk == 3 ? 1 : 0;
        return k + 1;
    }
    /* last / this / next + week, month, year, a weekday, a month, a season */
    static const char *const rels[] = {"last", "this", "next", "past", "coming", "previous", NULL};
    int r = word_in(s, k, rels);
    if (r >= 0) {
        e->rel = r == 0 || r == 5 ? REL_LAST : r == 2 || r == 4 ? REL_NEXT : REL_THIS;
        if (r == 3)   /* "the past week" runs up to the article: no date of its own */
            return i;
        k++;
        int u = unit_at(s, k), wd, sn, m;
        if (e->rel == REL_LAST && (word_is(s, k, "night") || word_is(s, k, "evening"))) {
            e->kind = EX_OFFSET;   /* last night */
            e->n = -1;
            return k + 1;
        }
        if (e->rel == REL_THIS && (word_is(s, k, "morning") || word_is(s, k, "afternoon") ||
                                   word_is(s, k, "evening"))) {
            e->kind = EX_OFFSET;
            return k + 1;
        }
        if (u == U_WEEK || u == U_MONTH || u == U_YEAR) {
            if (s->toks[k].len && s->text[s->toks[k].start + s->toks[k].len - 1] == 's')
                return i;   /* "last years" */
            e->kind = EX_UNIT;
            e->unit = u;
            return k + 1;
        }
        if ((wd = weekday_at(s, k)) >= 0) {
            e->kind = EX_WEEKDAY;
            e->d = wd;
            return k + 1;
        }
        if ((sn = season_at(s, k)) >= 0) {
            e->kind = EX_SEASON;
            e->m = sn;
            return k + 1;
        }
        if ((m = month_at(s, k))) {
            e->kind = EX_MONTH;
            e->m = m;
            return k + 1;
        }
        return i;
    }
    if ((j = mid_at(s, k, e)) > k)
        return j;
    /* a weekday: "on Monday", "early Tuesday", "Monday night"; a date
    ** after it ("Monday, March 20") says more and wins */
    int wd = weekday_at(s, k);
    if (wd >= 0) {
        /* a name of a day ("Good Friday", "Black Monday") is no date */
        if (!prep && !mod && i > 0 && capitalized(s, i - 1))
            return i;
        j = k + 1;
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
    /* a month with or without its day and year */
    j = month_date(s, k, prep || mod || the, e);
    if (j > k)
        return j;
    /* a season: "in the spring", "the summer of 2019", "in spring 2019" */
    int sn = season_at(s, k);
    if (sn >= 0 && (prep || mod)) {
        e->kind = EX_SEASON;
        e->m = sn;
        j = k + 1;
        int y;
        if (word_is(s, j, "of") && (y = year_at(s, j + 1)))
            j += 2;
        else if ((y = year_at(s, j)))
            j++;
        e->y = y;
        return j;
    }
    /* "in 1962", "in early 2019"; "the 1990s"; "the 19th century", "the 1800s" */
    char suf[8];
    long v = digits_of(s, k, suf);
    int y;
    if ((prep || mod) && (y = year_at(s, k))) {
        e->kind = EX_YEAR;
        e->y = y;
        return k + 1;
    }
    if ((prep || the) && v >= 1000 && v <= 2990 && v % 10 == 0 && strcmp(suf, "s") == 0) {
        e->kind = v % 100 == 0 ? EX_CENTURY : EX_DECADE;
        e->y = (int)v;
        return k + 1;
    }
    if (the && v >= 1 && v <= 21 && ordinal_suffix(suf) &&
        word_is(s, k + 1, "century")) {
        e->kind = EX_CENTURY;
        e->y = (int)(v - 1) * 100;
        return k + 2;
    }
    /* an ISO date written in the text: "2024-03-21" */
    if (k < s->n && s->toks[k].len == 10) {
        char iso[11];
        const char *p = s->text + s->toks[k].start;
        if (p[4] == '-' && p[7] == '-' && digits_of(s, k, suf) >= 1000) {
            memcpy(iso, p, 10);
            iso[10] = '\0';
            int yy, mm, dd;
            if (sscanf(iso, "%4d-%2d-%2d", &yy, &mm, &dd) == 3 && mm >= 1 && mm <= 12) {
                e->kind = EX_MONTH;
                e->y = yy;
                e->m = mm;
                e->d = dd;
                return k + 1;
            }
        }
    }
    /* "30 years ago" */
    if ((j = ago_at(s, k, e)) > k)
        return j;
    return i;
}

/* Reads the sentence's expressions into ex (at most MAX_EXPRS); returns
** how many. A possessive ("Monday's vote", "last year's election") names
** what another event is, not when this one happened, and is left out;
** so is a date written after a determiner ("the March 5 attack"). */
static size_t find_exprs(const lang_sent *s, int32_t doc, date_expr *ex)
{
    size_t n = 0;
    for (size_t i = 0; i < s->n && n < MAX_EXPRS;) {
        date_expr e;
        size_t end = expr_at(s, i, doc, &e);
        if (end <= i) {
            i++;
            continue;
        }
        e.end = (uint32_t)end;
        int possessive = possessive_at(s, end);
        int modifier = i > 0 && (s->tags[i - 1] == TAG_DT || s->tags[i - 1] == TAG_PRPS ||
                                 s->tags[i - 1] == TAG_POS) &&
                       e.kind == EX_MONTH && (month_at(s, i) || day_at(s, i));
        if (!possessive && !modifier)
            ex[n++] = e;
        i = end;
    }
    return n;
}

/* ---- tying expressions to clauses ---- */

/* The clause an expression starting at token t belongs to: the innermost
** clause around it; before every clause ("On Monday, Xi arrived ..."), the
** first top clause after it; else the nearest clause before it. */
static int32_t owner(const lang_sent *s, uint32_t t)
{
    int32_t best = -1, after = -1, before = -1;
    for (size_t c = 0; c < s->nclauses; c++) {
        const clause *cl = &s->clauses[c];
        if (cl->first <= t && t < cl->end) {
            if (best < 0 || cl->end - cl->first < s->clauses[best].end - s->clauses[best].first)
                best = (int32_t)c;
        } else if (cl->first > t) {
            if (after < 0 || cl->first < s->clauses[after].first ||
                (cl->first == s->clauses[after].first && cl->parent < 0))
                after = (int32_t)c;
        } else if (before < 0 || cl->end > s->clauses[before].end) {
            before = (int32_t)c;
        }
    }
    if (best >= 0)
        return best;
    if (after >= 0) {
        /* prefer the top clause the fronted phrase introduces */
        int32_t top = after;
        while (s->clauses[top].parent >= 0 && s->clauses[s->clauses[top].parent].first >= t)
            top = s->clauses[top].parent;
        return s->clauses[top].parent < 0 ? top : after;
    }
    return before;
}

/* The tense of clause ci's verb group, or the future the coder found. */
static int clause_tense(const lang_sent *s, size_t ci, int future)
{
    if (future)
        return TENSE_FUTURE;
    const clause *cl = &s->clauses[ci];
    if (cl->verb < 0)
        return TENSE_PAST;
    const phrase *vg = &s->phrases[cl->verb];
    if (vg->mod == MOD_FUTURE)
        return TENSE_FUTURE;
    int have = 0;
    for (uint32_t t = vg->first; t < vg->end && t < s->n; t++) {
        if (s->tags[t] == TAG_VBD)
            return TENSE_PAST;
        if (s->tags[t] == TAG_MD)
            return word_is(s, t, "will") || word_is(s, t, "shall") || word_is(s, t, "'ll") ||
                           word_is(s, t, "wo") || word_is(s, t, "would")
                       ? TENSE_FUTURE
                       : TENSE_PRESENT;
        if (strcmp(s->lemmas[t], "have") == 0)
            have = 1;
    }
    int head = vg->head < s->n ? s->tags[vg->head] : TAG_NONE;
    if (head == TAG_VBD || head == TAG_VBN || have)
        return TENSE_PAST;
    return TENSE_PRESENT;
}

/* ---- resolving ---- */

/* A period of days, and how the text named it. */
typedef struct period {
    long first, last;   /* day counts */
    int prec;
} period;

static period make_month(int y, int m)
{
    return (period){date_days(y, m, 1), date_days(y, m, date_month_days(y, m)), DATE_MONTH};
}

/* Season sn (0 spring .. 3 winter) of year y: winter runs from December
** into the next year. */
static period make_season(int y, int sn)
{
    int m = 3 + 3 * sn;
    long first = date_days(y, m, 1);
    int ly = m + 2 > 12 ? y + 1 : y, lm = (m + 2 - 1) % 12 + 1;
    return (period){first, date_days(ly, lm, date_month_days(ly, lm)), DATE_SEASON};
}

static period make_years(int y, int n, int prec)
{
    return (period){date_days(y, 1, 1), date_days(y + n - 1, 12, 31), prec};
}

/* Of the periods p[0..n) (in time order), the one a relation or a tense
** picks for an article of day D; -1 when none. Past tense: the latest that
** began on or before D; future: the earliest that ends on or after D;
** present: the nearest; "last": the latest that ended before D; "next":
** the earliest that begins after D. */
static int pick(const period *p, int n, long D, int rel, int tense)
{
    int best = -1;
    for (int k = 0; k < n; k++) {
        if (p[k].first == p[k].last + 1)
            continue;   /* an empty candidate (a day the year lacks) */
        switch (rel) {
        case REL_LAST: if (p[k].last < D) best = k; break;
        case REL_NEXT: if (p[k].first > D && best < 0) best = k; break;
        default:
            if (tense == TENSE_PAST) {
                if (p[k].first <= D)
                    best = k;
            } else if (tense == TENSE_FUTURE) {
                if (p[k].last >= D && best < 0)
                    best = k;
            } else {
                long dk = p[k].first > D ? p[k].first - D : p[k].last < D ? D - p[k].last : 0;
                long db = best < 0 ? 0 : p[best].first > D ? p[best].first - D
                                       : p[best].last < D ? D - p[best].last : 0;
                if (best < 0 || dk < db)
                    best = k;
            }
        }
    }
    return best;
}

/* Resolves e for an article of date doc (0: unknown) and a verb of tense.
** Fills *w and returns 1; 0 when the expression says nothing usable (a
** relative date with no article date, a bound, a past event dated after the
** article). */
static int resolve(const date_expr *e, int32_t doc, int tense, article_when *w)
{
    long D = doc ? date_days_of(doc) : 0;
    int Y = doc / 10000;
    period p = {0, 0, DATE_NONE}, cand[4];
    int hist = 0, known = 1, ago_day = 0;
    long ago = 0;
    if (e->bound)
        return 0;
    switch (e->kind) {
    case EX_OFFSET:
        if (!doc)
            return 0;
        p = (period){D + e->n, D + e->n, DATE_DAY};
        break;
    case EX_WEEKDAY: {
        if (!doc)
            return 0;
        int dw = date_weekday(D), back = (dw - e->d + 7) % 7, fwd = (e->d - dw + 7) % 7;
        long day;
        if (e->rel == REL_LAST)
            day = D - (back ? back : 7);
        else if (e->rel == REL_NEXT)
            day = D + (fwd ? fwd : 7);
        else if (e->rel == REL_THIS)
            day = D - dw + e->d;
        else if (tense == TENSE_PAST)
            day = D - back;
        else if (tense == TENSE_FUTURE)
            day = D + (fwd ? fwd : 7);
        else
            day = back <= fwd ? D - back : D + fwd;
        p = (period){day, day, DATE_DAY};
        break;
    }
    case EX_MONTH:
        if (e->yrel && !doc)
            return 0;
        if (e->yrel) {
            date_expr fixed = *e;
            fixed.y = Y + e->yrel - 2;
            fixed.yrel = 0;
            return resolve(&fixed, doc, tense, w);
        }
        if (e->y) {
            if (e->d && date_valid(e->y, e->m, e->d))
                p = (period){date_days(e->y, e->m, e->d), date_days(e->y, e->m, e->d), DATE_DAY};
            else   /* "February 30, 2024": no such day; the month is still said */
                p = make_month(e->y, e->m);
            break;
        }
        if (!doc)
            return 0;
        if (e->rel == REL_THIS) {
            p = make_month(Y, e->m);
            break;
        }
        for (int k = 0; k < 3; k++) {
            int y = Y - 1 + k;
            cand[k] = !e->d ? make_month(y, e->m)
                      : date_valid(y, e->m, e->d)
                          ? (period){date_days(y, e->m, e->d), date_days(y, e->m, e->d), DATE_DAY}
                          : (period){1, 0, DATE_DAY};
        }
        {
            int k = pick(cand, 3, D, e->rel, tense);
            if (k < 0 && e->d) {   /* no such day near the article: the month */
                for (int q = 0; q < 3; q++)
                    cand[q] = make_month(Y - 1 + q, e->m);
                k = pick(cand, 3, D, e->rel, tense);
            }
            if (k < 0)
                return 0;
            p = cand[k];
        }
        break;
    case EX_SEASON:
        if (e->y) {
            p = make_season(e->y, e->m);
            break;
        }
        if (!doc)
            return 0;
        for (int k = 0; k < 4; k++)
            cand[k] = make_season(Y - 2 + k, e->m);
        if (e->rel == REL_THIS) {
            /* the one under way, else this year's */
            p = cand[2];
            if (e->m == 3 && D < cand[2].first)
                p = cand[1];
            break;
        }
        {
            int k = pick(cand, 4, D, e->rel, tense);
            if (k < 0)
                return 0;
            p = cand[k];
        }
        break;
    case EX_UNIT: {
        if (!doc)
            return 0;
        int off = e->rel == REL_LAST ? -1 : e->rel == REL_NEXT ? 1 : 0;
        if (e->unit == U_WEEK) {
            long mon = D - date_weekday(D) + 7 * off;
            p = (period){mon, mon + 6, DATE_WEEK};
        } else if (e->unit == U_MONTH) {
            int y = Y, m = doc / 100 % 100 + off;
            if (m < 1)
                m += 12, y--;
            if (m > 12)
                m -= 12, y++;
            p = make_month(y, m);
        } else {
            p = make_years(Y + off, 1, DATE_YEAR);
        }
        break;
    }
    case EX_YEAR: p = make_years(e->y, 1, DATE_YEAR); break;
    case EX_DECADE: p = make_years(e->y, 10, DATE_DECADE); break;
    case EX_CENTURY: p = make_years(e->y ? e->y : 1, 100, DATE_CENTURY); break;
    case EX_AGO:
        if (!e->n && e->unit <= U_WEEK)
            return 0;   /* "a few days ago": near enough the article's date */
        if (!e->n || !doc) {
            /* "years ago", "decades ago"; "30 years ago" in an undated
            ** article: long ago, but not when */
            known = 0;
            hist = e->unit >= U_YEAR && (e->n == 0 || e->n >= 2);
            break;
        }
        {
            int y, m, d;
            date_from_days(D, &y, &m, &d);
            switch (e->unit) {
            case U_DAY: p = (period){D - e->n, D - e->n, DATE_DAY}; break;
            case U_WEEK: {
                long day = D - 7L * e->n;
                long mon = day - date_weekday(day);
                p = (period){mon, mon + 6, DATE_WEEK};
                ago = day;
                ago_day = 1;
                break;
            }
            case U_MONTH: {
                int mm = m - e->n % 12, yy = y - e->n / 12;
                if (mm < 1)
                    mm += 12, yy--;
                p = make_month(yy, mm);
                break;
            }
            default: {
                int years = e->n * (e->unit == U_DECADE ? 10 : e->unit == U_CENTURY ? 100 : 1);
                if (y - years < 1)
                    return 0;
                p = make_years(y - years, 1, DATE_YEAR);
                /* "a year ago" is a day a year back, not the whole year */
                ago = D - 365L * years;
                ago_day = 1;
            }
            }
        }
        break;
    case EX_ERA:
        known = 0;
        hist = e->to == 0 || !doc || e->to < Y;
        break;
    case EX_PAST:
        known = 0;
        hist = 1;
        break;
    default: return 0;
    }
    memset(w, 0, sizeof *w);
    if (known) {
        /* a report tells of no past event after its own date: the text's
        ** date is a misreading ("sent 2090 troops") or a slip */
        if (doc && tense == TENSE_PAST && p.first > D)
            return 0;
        w->date = date_ymd_of(p.first);
        w->prec = (uint8_t)p.prec;
        if (doc) {
            long last = ago_day ? ago : p.last;
            hist = last + DATE_HISTORY_DAYS < D ||
                   (p.prec >= DATE_YEAR && !ago_day && p.last < date_days(Y, 1, 1));
        }
    }
    w->historical = (uint8_t)hist;
    w->first = e->first;
    w->end = e->end;
    return 1;
}

/* ---- the event's date ---- */

void article_event_date(const lang_sent *s, size_t ci, int future, int32_t doc_date,
                        article_when *out)
{
    memset(out, 0, sizeof *out);
    if (doc_date) {
        out->date = doc_date;
        out->prec = DATE_DAY;
    }
    if (!s || ci >= s->nclauses)
        return;
    date_expr ex[MAX_EXPRS];
    size_t n = find_exprs(s, doc_date, ex);
    if (!n)
        return;
    int32_t own[MAX_EXPRS];
    for (size_t k = 0; k < n; k++)
        own[k] = owner(s, ex[k].first);
    int tense = clause_tense(s, ci, future);
    /* the clause's own expression: the first after its verb, else the last
    ** before it; else the clause it depends on, unless it is a relative
    ** clause, which says what a noun is rather than when */
    for (int32_t c = (int32_t)ci; c >= 0;) {
        const clause *cl = &s->clauses[c];
        uint32_t verb = cl->verb >= 0 ? s->phrases[cl->verb].head : cl->first;
        int order[MAX_EXPRS], no = 0;
        for (size_t k = 0; k < n; k++)
            if (own[k] == c && ex[k].first >= verb)
                order[no++] = (int)k;
        for (size_t k = n; k-- > 0;)
            if (own[k] == c && ex[k].first < verb)
                order[no++] = (int)k;
        for (int k = 0; k < no; k++)
            if (resolve(&ex[order[k]], doc_date, tense, out))
                return;
        if (cl->kind == CL_RELATIVE)
            break;
        c = cl->parent;
    }
    memset(out, 0, sizeof *out);
    if (doc_date) {
        out->date = doc_date;
        out->prec = DATE_DAY;
    }
}

/* ---- names ---- */

const char *date_prec_name(int prec)
{
    static const char *const names[] = {"", "day", "week", "month", "season",
                                        "year", "decade", "century"};
    return prec >= 0 && prec <= DATE_CENTURY ? names[prec] : "";
}

void article_date_str(const article_when *w, char buf[11])
{
    int y = w->date / 10000, m = w->date / 100 % 100, d = w->date % 100;
    char tmp[40];
    tmp[0] = '\0';
    if (w->date > 0 && w->prec != DATE_NONE) {
        if (w->prec <= DATE_WEEK)
            snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
        else if (w->prec <= DATE_SEASON)
            snprintf(tmp, sizeof tmp, "%04d-%02d", y, m);
        else
            snprintf(tmp, sizeof tmp, "%04d", y);
    }
    memcpy(buf, tmp, 10);
    buf[10] = '\0';
}
