/*
** date.h — when an event happened: the date reader of the article stage.
** Internal to libdyad.
**
** An article has a date; the events it reports have their own ("early
** Tuesday", "in March", "last year", "in 1962", "30 years ago"). The reader
** finds the date expressions of a sentence, ties each to the clause it
** belongs to, and gives the event of a clause the date of its own
** clause's expression, else of the clause it depends on, else the
** article's. Relative expressions are resolved against the article's date
** and the tense of the event's verb (docs/coder.md, "When it happened").
**
** The article stage reads sentences and their analysis (lang) only; the
** coder calls it, never the other way round.
**
** Dates are yyyymmdd integers (20230320), 0 for unknown; day counts
** (date_days) are days since 1970-01-01, proleptic Gregorian.
*/
#ifndef DYAD_ARTICLE_DATE_H
#define DYAD_ARTICLE_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "lang/analyze.h"

/* How precisely an event's date is known. The date of a period is its first
** day (a week's Monday, a season's first month: spring is March, summer
** June, autumn September, winter December). Keep date_prec_name in step. */
typedef enum date_prec {
    DATE_NONE = 0,   /* unknown: no article date to resolve against, or
                        only "long ago" ("decades ago", "during the Cold War") */
    DATE_DAY,
    DATE_WEEK,
    DATE_MONTH,
    DATE_SEASON,
    DATE_YEAR,
    DATE_DECADE,
    DATE_CENTURY
} date_prec;

/* Tense of the event's verb, for resolving "on Monday" and "in March". */
typedef enum date_tense {
    TENSE_PAST = 0,  /* on or before the article's date */
    TENSE_PRESENT,   /* the nearest to it */
    TENSE_FUTURE     /* on or after it */
} date_tense;

/* When one event happened. */
typedef struct article_when {
    int32_t date;         /* first day of the period (yyyymmdd); 0: unknown */
    uint8_t prec;         /* date_prec; DATE_NONE when date is 0 */
    uint8_t historical;   /* long before the article: history, background */
    uint32_t first, end;  /* the expression's tokens in the sentence; equal
                             when the date is the article's own */
} article_when;

/* At most this many expressions of a sentence are read. */
#define MAX_EXPRS 16

/* One expression as the words say it, before it is resolved (date_int.h
** has its kinds). */
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

/* A sentence's expressions and whose they are, read by the first
** article_event_date_in of the sentence for the others: reading them tries
** every token. Set read to 0 for each new sentence. */
typedef struct article_dates {
    int read;
    int32_t doc;                /* the article's date they were read at */
    size_t n;
    date_expr ex[MAX_EXPRS];
    int32_t own[MAX_EXPRS];
} article_dates;

/* An event is history when the text dates it more than this many days
** before the article: the day it names, or the middle of the period ("in
** 2018" is mid-2018: history in a December 2019 article, not in a February
** 2019 one); an era, when it had ended this long before. */
#define DATE_HISTORY_DAYS 365

/* The date of the event whose verb is in clause ci of sentence s, in an
** article of date doc_date (0: unknown); future: the coder found the event
** to be future (will, plans to, is expected to). Fills *out; without any
** expression the event has the article's date, at DATE_DAY. Allocates
** nothing. */
void article_event_date(const lang_sent *s, size_t ci, int future, int32_t doc_date,
                        article_when *out);
/* The same, keeping the sentence's expressions in *memo (read 0: not yet
** read; see article_dates) for its other clauses. */
void article_event_date_in(article_dates *memo, const lang_sent *s, size_t ci, int future,
                           int32_t doc_date, article_when *out);

/* The date of the first expression that starts from token from to within
** tokens after it, read as the period nearest the article's date
** doc_date, in no tense: "effective April 17" (the coder's measures that
** start later). Fills *out and returns 1, or 0 when there is none.
** Allocates nothing. */
int article_date_after(const lang_sent *s, uint32_t from, uint32_t within, int32_t doc_date,
                       article_when *out);

/* Writes w's date as "YYYY-MM-DD", "YYYY-MM" (month, season) or "YYYY"
** (year, decade, century) into buf (at least 11 bytes); "" when unknown.
** A week is written as the day of its Monday. */
void article_date_str(const article_when *w, char buf[11]);

/* "day", "week", "month", "season", "year", "decade", "century"; "" for
** DATE_NONE. */
const char *date_prec_name(int prec);

/* ---- calendar (date_cal.c) ---- */

/* Is y-m-d a day of the calendar? */
int date_valid(int y, int m, int d);
/* Days in month m of year y (0 for a month out of range). */
int date_month_days(int y, int m);
/* Days since 1970-01-01 of y-m-d (any valid day, negative before 1970). */
long date_days(int y, int m, int d);
/* The y-m-d of a day count. */
void date_from_days(long days, int *y, int *m, int *d);
/* yyyymmdd <-> day counts. */
long date_days_of(int32_t ymd);
int32_t date_ymd_of(long days);
/* Day of the week of a day count: 0 Monday .. 6 Sunday. */
int date_weekday(long days);

#endif
