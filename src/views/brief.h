/*
** brief.h — the briefing's facts, gathered from the store by brief.c and
** written out as text (brief.c) or as an HTML page with SVG charts
** (brief_html.c). Internal to libdyad.
*/
#ifndef DYAD_VIEWS_BRIEF_H
#define DYAD_VIEWS_BRIEF_H

#include "views/views.h"

/* Strings live in the brief's pool, as offsets: the pool moves as it
** grows. BRIEF_STR gives one back. */
#define BRIEF_STR(b, off) ((b)->pool.s + (off))

/* The dyads the network shows at most. */
#define BRIEF_EDGES 12

/* The quotes the briefing shows at most. */
#define BRIEF_QUOTES 10

/* One day of a dyad: the sum of its events' Goldstein scores, and their
** number. */
typedef struct brief_day {
    double goldstein;
    long events;
} brief_day;

/* A dyad whose Goldstein sum moved between the two periods, with every day
** of both (2 * days entries, the period before first). */
typedef struct brief_mover {
    size_t source, target;
    long events_now, events_before;
    double now, before;       /* Goldstein sums */
    brief_day *days;
} brief_mover;

/* A dyad of the period, for the network. */
typedef struct brief_edge {
    size_t source, target;
    long events;
    double mean;              /* mean Goldstein score */
} brief_edge;

/* A notable event, with what the reader needs to check it. */
typedef struct brief_event {
    long id, sent, pattern_line;
    double goldstein;
    size_t date, source, target, code, name, modality, doc, news_source, url, sentence;
    size_t source_text, target_text, verb, pattern, pattern_file, source_entry, target_entry;
} brief_event;

/* A quote of the period whose speaker the article names. */
typedef struct brief_quote {
    long sent;
    int direct;
    size_t date, speaker, speaker_desc, text, doc, news_source, url;
} brief_quote;

typedef struct brief {
    const char *db;                 /* the database's path, as opened */
    int days;
    char from[11], to[11];          /* the period, both days included */
    char before_from[11], before_to[11];
    long events_now, events_before, articles_now;
    brief_mover *movers;
    int nmovers;
    brief_edge *edges;
    int nedges;
    brief_event *events;
    int nevents;
    brief_quote *quotes;
    int nquotes;
    strbuf pool;
} brief;

/* How mover m moved, in words: "toward cooperation", "toward conflict",
** "less conflict" (a hostile dyad calmer), "less cooperation" (a friendly
** one cooler) or "quiet" (no event now). */
const char *brief_trend(const brief_mover *m);

/* The actor code at pool offset off, or "(none)" for an event without
** that actor. */
const char *brief_actor(const brief *b, size_t off);

/* The day n days after date (n may be negative), into out. */
void brief_add_days(const char *date, long n, char out[11]);

/* Writes b as an HTML page into out (brief_html.c). */
void brief_html(const brief *b, strbuf *out);

#endif
