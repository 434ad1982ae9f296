/*
** date.c — when an event happened: ties the date expressions of a sentence
** (date_read.c) to the clauses they stand in, and gives an event the date
** of its own clause's expression (else of the clause it depends on, of a
** clause sharing its subject, or of a date fronted before the sentence's
** main verb), resolved against the article's date and the tense of the
** event's verb. docs/coder.md, "When it happened", has the rules with
** examples. Nothing is allocated.
*/
#include "article/date_int.h"
#include "lang/tags.h"

#include <stdio.h>
#include <string.h>

/* ---- tying expressions to clauses ---- */

/* The clause of the nearest verb before token t, when nothing but words
** stand between them ("struck militant positions in northern Iraq last
** week, and ..."); -1 when a comma or a colon does, or no verb does. A time
** phrase mostly follows its verb, and the clause spans of a shallow parse
** may begin early ("last week, and Baghdad" read as a subject). */
static int32_t verb_before(const lang_sent *s, uint32_t t)
{
    int32_t best = -1;
    uint32_t best_v = 0;
    for (size_t c = 0; c < s->nclauses; c++) {
        int32_t vg = s->clauses[c].verb;
        if (vg < 0)
            continue;
        uint32_t v = s->phrases[vg].end - 1;
        if (v < t && (best < 0 || v > best_v)) {
            best = (int32_t)c;
            best_v = v;
        }
    }
    for (uint32_t k = best < 0 ? t : best_v + 1; k < t; k++)
        if (s->tags[k] == TAG_COMMA || s->tags[k] == TAG_COLON)
            return -1;
    return best;
}

/* The clause an expression starting at token t belongs to: the clause of
** the verb right before it (verb_before); else the innermost clause around
** it; before every clause ("On Monday, Xi arrived ..."), the first top
** clause after it; else the nearest clause before it. */
static int32_t owner(const lang_sent *s, uint32_t t)
{
    int32_t best = verb_before(s, t), after = -1, before = -1;
    if (best >= 0)
        return best;
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

/* The tense of clause ci's verb group: past with a past verb in it, future
** with will, shall or would, or when the coder found the event future
** (plans to, is expected to), past with have and a participle, else
** present. */
static int clause_tense(const lang_sent *s, size_t ci, int future)
{
    const clause *cl = &s->clauses[ci];
    if (cl->verb < 0)
        return future ? TENSE_FUTURE : TENSE_PAST;
    const phrase *vg = &s->phrases[cl->verb];
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
    /* a past verb in the group wins over a future the coder read from it:
    ** "agreed on February 22 to cooperate" dates the agreeing */
    if (future || vg->mod == MOD_FUTURE)
        return TENSE_FUTURE;
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

/* What an expression says of its event's time. */
typedef struct reading {
    period p;           /* the period; p.prec DATE_NONE: no date */
    long guess;         /* the day history is judged by, when guessed */
    int guessed;        /* guess is set; else the middle of the period */
    int hist;           /* history whatever the dates ("decades ago") */
} reading;

static period one_day(long day) { return (period){day, day, DATE_DAY}; }

/* Monday .. Sunday by relation and tense, in the week around day D. */
static period weekday_period(const date_expr *e, long D, int tense)
{
    int dw = date_weekday(D), back = (dw - e->d + 7) % 7, fwd = (e->d - dw + 7) % 7;
    if (e->rel == REL_LAST)
        return one_day(D - (back ? back : 7));
    if (e->rel == REL_NEXT || (e->rel == REL_NONE && tense == TENSE_FUTURE))
        return one_day(D + (fwd ? fwd : 7));
    /* "this Saturday" in the week around D; told in the past tense, the
    ** latest one ("This weekend, Baker voiced ..." on a Monday) */
    if (e->rel == REL_THIS)
        return one_day(tense == TENSE_PAST && e->d > dw ? D - back : D - dw + e->d);
    if (tense == TENSE_PAST)
        return one_day(D - back);
    return one_day(back <= fwd ? D - back : D + fwd);
}

/* A month, or a day of it, with a year ("March 5, 1985") or picked among
** last year's, this year's and next year's. A day the month lacks
** ("February 30") leaves the month. 0 when none fits. */
static int month_period(const date_expr *e, int32_t doc, int tense, period *out)
{
    long D = doc ? date_days_of(doc) : 0;
    int Y = doc / 10000;
    if (e->yrel && !doc)
        return 0;
    int y = e->yrel ? Y + e->yrel - 2 : e->y;   /* "in February last year" */
    if (y) {
        *out = e->d && date_valid(y, e->m, e->d) ? one_day(date_days(y, e->m, e->d))
                                                  : make_month(y, e->m);
        return 1;
    }
    if (!doc)
        return 0;
    if (e->rel == REL_THIS) {
        *out = make_month(Y, e->m);
        return 1;
    }
    period cand[3];
    int k = -1;
    if (e->d) {
        for (int q = 0; q < 3; q++)
            cand[q] = date_valid(Y - 1 + q, e->m, e->d)
                          ? one_day(date_days(Y - 1 + q, e->m, e->d))
                          : (period){1, 0, DATE_DAY};   /* empty: no such day */
        k = pick(cand, 3, D, e->rel, tense);
    }
    if (k < 0) {   /* a month, or a day of it that the years near the article lack */
        for (int q = 0; q < 3; q++)
            cand[q] = make_month(Y - 1 + q, e->m);
        k = pick(cand, 3, D, e->rel, tense);
    }
    if (k < 0)
        return 0;
    *out = cand[k];
    return 1;
}

/* A season, of a year said or picked near the article. 0 when none fits. */
static int season_period(const date_expr *e, int32_t doc, int tense, period *out)
{
    long D = doc ? date_days_of(doc) : 0;
    if (e->y) {
        *out = make_season(e->y, e->m);
        return 1;
    }
    if (!doc)
        return 0;
    period cand[4];
    for (int k = 0; k < 4; k++)
        cand[k] = make_season(doc / 10000 - 2 + k, e->m);
    if (e->rel == REL_THIS) {   /* the one under way, else this year's */
        *out = e->m == 3 && D < cand[2].first ? cand[1] : cand[2];
        return 1;
    }
    int k = pick(cand, 4, D, e->rel, tense);
    if (k >= 0)
        *out = cand[k];
    return k >= 0;
}

/* Last, this or next week, month or year. */
static period unit_period(const date_expr *e, int32_t doc)
{
    long D = date_days_of(doc);
    int off = e->rel == REL_LAST ? -1 : e->rel == REL_NEXT ? 1 : 0;
    if (e->unit == U_WEEK) {
        long mon = D - date_weekday(D) + 7 * off;
        return (period){mon, mon + 6, DATE_WEEK};
    }
    if (e->unit == U_MONTH) {
        int y = doc / 10000, m = doc / 100 % 100 + off;
        if (m < 1)
            m += 12, y--;
        if (m > 12)
            m -= 12, y++;
        return make_month(y, m);
    }
    return make_years(doc / 10000 + off, 1, DATE_YEAR);
}

/* "30 years ago", "two weeks ago"; "years ago", "decades ago" are long
** ago without a date. 0 when it says nothing usable. */
static int ago_reading(const date_expr *e, int32_t doc, reading *r)
{
    if (!e->n && e->unit <= U_WEEK)
        return 0;   /* "a few days ago": near enough the article's date */
    if (!e->n || !doc) {   /* also "30 years ago" in an undated article */
        r->hist = e->unit >= U_YEAR && (e->n == 0 || e->n >= 2);
        return 1;
    }
    long D = date_days_of(doc);
    int y = doc / 10000, m = doc / 100 % 100;
    switch (e->unit) {
    case U_DAY: r->p = one_day(D - e->n); return 1;
    case U_WEEK: {
        long day = D - 7L * e->n, mon = day - date_weekday(day);
        r->p = (period){mon, mon + 6, DATE_WEEK};
        r->guess = day;
        r->guessed = 1;
        return 1;
    }
    case U_MONTH: {
        int mm = m - e->n % 12, yy = y - e->n / 12;
        if (mm < 1)
            mm += 12, yy--;
        r->p = make_month(yy, mm);
        return 1;
    }
    default: {
        int years = e->n * (e->unit == U_DECADE ? 10 : e->unit == U_CENTURY ? 100 : 1);
        if (y - years < 1)
            return 0;
        r->p = make_years(y - years, 1, DATE_YEAR);
        r->guess = D - 365L * years;   /* "a year ago" is a day, not the whole year */
        r->guessed = 1;
        return 1;
    }
    }
}

/* What expression e says for an article of date doc (0: unknown) and a
** verb of tense, into *r. Returns 0 when it says nothing usable: a bound,
** a relative date with no article date, an era still going on. */
static int reading_of(const date_expr *e, int32_t doc, int tense, reading *r)
{
    long D = doc ? date_days_of(doc) : 0;
    memset(r, 0, sizeof *r);
    int relative = e->kind == EX_OFFSET || e->kind == EX_WEEKDAY || e->kind == EX_UNIT;
    if (e->bound || (relative && !doc))
        return 0;
    switch (e->kind) {
    case EX_OFFSET: r->p = one_day(D + e->n); return 1;
    case EX_WEEKDAY: r->p = weekday_period(e, D, tense); return 1;
    case EX_UNIT: r->p = unit_period(e, doc); return 1;
    case EX_MONTH: return month_period(e, doc, tense, &r->p);
    case EX_SEASON: return season_period(e, doc, tense, &r->p);
    case EX_YEAR: r->p = make_years(e->y, 1, DATE_YEAR); return 1;
    case EX_DECADE: r->p = make_years(e->y, 10, DATE_DECADE); return 1;
    case EX_CENTURY: r->p = make_years(e->y ? e->y : 1, 100, DATE_CENTURY); return 1;
    case EX_AGO: return ago_reading(e, doc, r);
    case EX_ERA:
        /* a period of the past, when it had ended a year before the
        ** article; one still going on, or still to come ("the Gulf War" in
        ** 1987 is another war), dates nothing */
        if (doc && e->to && date_days(e->to, 12, 31) + DATE_HISTORY_DAYS >= D)
            return 0;
        r->hist = 1;
        return 1;
    case EX_PAST: r->hist = 1; return 1;   /* "in the past" */
    default: return 0;
    }
}

/* Resolves e for an article of date doc (0: unknown) and a verb of tense
** into *w. Returns 1, or 0 when the expression says nothing usable (see
** reading_of; and a past event dated in a year after the article). */
static int resolve(const date_expr *e, int32_t doc, int tense, article_when *w)
{
    reading r;
    if (!reading_of(e, doc, tense, &r))
        return 0;
    long D = doc ? date_days_of(doc) : 0;
    /* the calendar dyad writes: years 1 to 9999 */
    if (r.p.prec != DATE_NONE &&
        (r.p.first < date_days(1, 1, 1) || r.p.last > date_days(9999, 12, 31)))
        return 0;
    /* a report tells of no past event in a year after its own date: the
    ** year is a misreading or a slip ("attacked in 2090") */
    if (r.p.prec != DATE_NONE && doc && tense == TENSE_PAST && e->y && r.p.first > D)
        return 0;
    memset(w, 0, sizeof *w);
    w->historical = (uint8_t)r.hist;
    if (r.p.prec != DATE_NONE) {
        w->date = date_ymd_of(r.p.first);
        w->prec = (uint8_t)r.p.prec;
        /* history: the best guess of the day, else the middle of the
        ** period, more than DATE_HISTORY_DAYS before the article */
        long day = r.guessed ? r.guess : r.p.first + (r.p.last - r.p.first) / 2;
        if (doc)
            w->historical = day + DATE_HISTORY_DAYS < D;
    }
    w->first = e->first;
    w->end = e->end;
    return 1;
}

/* ---- the event's date ---- */

/* A sentence's expressions and the clauses they belong to. */
typedef struct sent_dates {
    const lang_sent *s;
    date_expr ex[MAX_EXPRS];
    int32_t own[MAX_EXPRS];
    size_t n;
    int32_t doc;
    int32_t event;      /* the event's clause */
    int tense;          /* of the event's verb */
} sent_dates;

static uint32_t verb_of(const lang_sent *s, int32_t c)
{
    const clause *cl = &s->clauses[c];
    return cl->verb >= 0 ? s->phrases[cl->verb].head : cl->first;
}

/* The date of clause c's own expression into *out: the first after its
** verb, else the last before it, that resolves. An expression is read in
** the tense of the clause it stands in: "agreed on February 22 to
** cooperate" is the past February 22 even for the future cooperating.
** Returns 1, or 0 when it has none. */
static int own_date(const sent_dates *sd, int32_t c, article_when *out)
{
    int tense = c == sd->event ? sd->tense : clause_tense(sd->s, (size_t)c, 0);
    uint32_t verb = verb_of(sd->s, c);
    for (size_t k = 0; k < sd->n; k++)
        if (sd->own[k] == c && sd->ex[k].first >= verb &&
            resolve(&sd->ex[k], sd->doc, tense, out))
            return 1;
    for (size_t k = sd->n; k-- > 0;)
        if (sd->own[k] == c && sd->ex[k].first < verb &&
            resolve(&sd->ex[k], sd->doc, tense, out))
            return 1;
    return 0;
}

/* A date fronted before a top clause's verb ("In 2015, Saudi Arabia
** started ..."; "To modernize its army, in 2018, Hungary licensed ...")
** sets the time of the whole sentence after it: the nearest such before
** token t. */
static int fronted_date(const sent_dates *sd, uint32_t t, article_when *out)
{
    for (size_t k = sd->n; k-- > 0;) {
        int32_t c = sd->own[k];
        if (c < 0 || sd->s->clauses[c].parent >= 0 || sd->ex[k].end > verb_of(sd->s, c) ||
            sd->ex[k].first >= t)
            continue;
        if (resolve(&sd->ex[k], sd->doc, clause_tense(sd->s, (size_t)c, 0), out))
            return 1;
    }
    return 0;
}

void article_event_date(const lang_sent *s, size_t ci, int future, int32_t doc_date,
                        article_when *out)
{
    article_event_date_in(NULL, s, ci, future, doc_date, out);
}

void article_event_date_in(article_dates *memo, const lang_sent *s, size_t ci, int future,
                           int32_t doc_date, article_when *out)
{
    memset(out, 0, sizeof *out);
    if (doc_date) {
        out->date = doc_date;
        out->prec = DATE_DAY;
    }
    if (!s || ci >= s->nclauses)
        return;
    sent_dates sd = {.s = s, .doc = doc_date, .event = (int32_t)ci};
    if (memo && memo->read && memo->doc == doc_date) {
        sd.n = memo->n;
        memcpy(sd.ex, memo->ex, sd.n * sizeof *sd.ex);
        memcpy(sd.own, memo->own, sd.n * sizeof *sd.own);
    } else {
        sd.n = date_find_exprs(s, doc_date, sd.ex);
        for (size_t k = 0; k < sd.n; k++)
            sd.own[k] = owner(s, sd.ex[k].first);
        if (memo) {
            memo->read = 1;
            memo->doc = doc_date;
            memo->n = sd.n;
            memcpy(memo->ex, sd.ex, sd.n * sizeof *sd.ex);
            memcpy(memo->own, sd.own, sd.n * sizeof *sd.own);
        }
    }
    if (!sd.n)
        return;
    sd.tense = clause_tense(s, ci, future);
    /* the clause's own expression, else that of the clause it depends on;
    ** a relative clause ("the ship, which was built in 1979") tells of its
    ** noun, and takes the time of its clause only in the same tense */
    int32_t c = (int32_t)ci;
    for (;;) {
        if (own_date(&sd, c, out))
            return;
        const clause *cl = &s->clauses[c];
        if (cl->parent < 0)
            break;
        if (cl->kind == CL_RELATIVE &&
            clause_tense(s, (size_t)c, 0) != clause_tense(s, (size_t)cl->parent, 0))
            goto article;
        c = cl->parent;
    }
    /* a clause that goes on with the same subject ("started supporting ...,
    ** providing airstrikes", "arrived on Monday and met Putin") */
    const clause *top = &s->clauses[c];
    for (int32_t p = c; top->subject >= 0 && p-- > 0;)
        if (s->clauses[p].subject == top->subject && own_date(&sd, p, out))
            return;
    if (fronted_date(&sd, verb_of(s, (int32_t)ci), out))
        return;
article:
    memset(out, 0, sizeof *out);
    if (doc_date) {
        out->date = doc_date;
        out->prec = DATE_DAY;
    }
}

int article_date_after(const lang_sent *s, uint32_t from, uint32_t within, int32_t doc_date,
                       article_when *out)
{
    memset(out, 0, sizeof *out);
    if (!s || !doc_date)
        return 0;
    date_expr ex[MAX_EXPRS];
    size_t n = date_find_exprs(s, doc_date, ex);
    for (size_t k = 0; k < n; k++)
        if (ex[k].first >= from && ex[k].first <= from + within)
            return resolve(&ex[k], doc_date, TENSE_PRESENT, out);
    return 0;
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
