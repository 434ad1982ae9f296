/*
** date_int.h — what the date reader's two files share: a date expression as
** the words say it (date_read.c finds them), before date.c resolves it
** against the article's date. Internal to src/article.
*/
#ifndef DYAD_ARTICLE_DATE_INT_H
#define DYAD_ARTICLE_DATE_INT_H

#include <string.h>

#include "article/date.h"

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

/* Does token i of s read w (lower case, ASCII), whatever its case? */
static inline int word_is(const lang_sent *s, size_t i, const char *w)
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

/* Reads the date expressions of sentence s (of an article of date doc, 0
** when unknown, which picks among a leader's terms) into ex, in text
** order; returns how many (at most MAX_EXPRS). */
size_t date_find_exprs(const lang_sent *s, int32_t doc, date_expr *ex);

#endif
