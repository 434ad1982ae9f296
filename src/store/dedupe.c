/*
** dedupe.c — one record for the same event reported by many articles: the
** same source, target, CAMEO code and event date (dyad_event.event_date).
** The record keeps the first report's words and every report's (doc,
** sentence, date, news source), and counts mentions, sources and articles
** as GDELT's NumMentions, NumSources and NumArticles do.
**
** Memory stays bounded on a stream by a window of article dates: a record
** is open while the article last read is dated at most window days from
** the record's first report, after it or before it; then it is complete
** and handed out. Input in date order (a news feed, a corpus sorted by
** date, or several such files one after another) merges every report
** within the window and holds only the window's events. An article far
** out of order closes the records of the dates it is far from: they come
** out earlier than they might, never lost. Undated articles do not move
** the window; their records count as dated day 0 and close with the next
** dated article (or at the end). Window 0 keeps every record to the end:
** memory then grows with the distinct events of the whole input.
**
** Records live in creation order (a list of pointers); an open-addressing
** table finds a record by its key. Complete records wait in that order on
** a queue. Nothing here depends on the coder's internals: only dyad.h.
*/
#include "base/base.h"
#include "dyad.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct record {
    char *key;                 /* "SOURCE\tTARGET\tCODE\tEVENT_DATE" */
    dyad_event ev;             /* the first report; strings in strs */
    char *strs;                /* one block: the first report's strings */
    dyad_provenance *prov;     /* every report; strings in prov_strs */
    char **prov_strs;          /* one block per report: doc, date, source */
    size_t nprov, prov_cap;
    long sources, articles;
    long day;                  /* day of the first report's article (0: none) */
} record;

struct dyad_dedupe {
    int window;                /* days; 0: to the end */
    long current;              /* day of the last dated article added; 0: none yet */
    record **open;             /* records still open, in creation order */
    size_t nopen, open_cap;
    record **queue;            /* complete records, in creation order; the
                                  next to hand out is queue[head] */
    size_t head, nqueue, queue_cap;
    record **slots;            /* hash table over open and queued records */
    size_t nslots, nused;      /* nused counts tombstones too */
    record *given;             /* the record handed out last; freed on the next call */
    char errmsg[BASE_ERRMSG_MAX];
};

/* A deleted slot: the probe goes on past it. */
static record tombstone;

/* ---- small helpers ---- */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603u;   /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* Day number of "YYYY-MM-DD" (days since 0000-03-01, enough to compare and
** subtract), or 0 when it is no such date. */
static long day_of(const char *date)
{
    int y, m, d;
    if (!date || strlen(date) != 10 || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return 0;
    if (m <= 2)
        y--, m += 12;
    return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

/* The host of url ("https://www.example.org/a" -> "example.org") into buf. */
static void url_host(const char *url, char *buf, size_t cap)
{
    buf[0] = '\0';
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return;
    p += 3;
    if (strncmp(p, "www.", 4) == 0)
        p += 4;
    size_t n = strcspn(p, "/:?#");
    snprintf(buf, cap, "%.*s", (int)(n < cap ? n : cap - 1), p);
}

static void record_free(record *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->nprov; i++)
        dy_free(r->prov_strs[i]);
    dy_free(r->prov_strs);
    dy_free(r->prov);
    dy_free(r->strs);
    dy_free(r->key);
    dy_free(r);
}

/* ---- the table ---- */

static record **find_slot(const dyad_dedupe *d, const char *key, int for_insert)
{
    size_t mask = d->nslots - 1, i = (size_t)hash_str(key) & mask;
    record **free_slot = NULL;
    for (;; i = (i + 1) & mask) {
        record *r = d->slots[i];
        if (!r)
            return for_insert && free_slot ? free_slot : &d->slots[i];
        if (r == &tombstone) {
            if (!free_slot)
                free_slot = &d->slots[i];
        } else if (strcmp(r->key, key) == 0) {
            return &d->slots[i];
        }
    }
}

/* Makes room for one more record: the table at most half full, tombstones
** counted. -1 on no memory (nothing changed). */
static int table_room(dyad_dedupe *d)
{
    if (d->nslots && (d->nused + 1) * 2 <= d->nslots)
        return 0;
    size_t n = d->nslots ? d->nslots : 64;
    while ((d->nopen + d->nqueue - d->head + 1) * 4 > n)
        n *= 2;
    record **slots = dy_calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    record **old = d->slots;
    size_t nold = d->nslots;
    d->slots = slots;
    d->nslots = n;
    d->nused = 0;
    for (size_t i = 0; i < nold; i++)
        if (old[i] && old[i] != &tombstone) {
            *find_slot(d, old[i]->key, 1) = old[i];
            d->nused++;
        }
    dy_free(old);
    return 0;
}

/* ---- records ---- */

/* Copies the strings of e into one block owned by r, pointing r->ev at
** them. -1 on no memory. */
static int copy_event(record *r, const dyad_event *e)
{
    r->ev = *e;
    const char **f[] = {&r->ev.doc, &r->ev.url, &r->ev.date, &r->ev.source, &r->ev.target,
                        &r->ev.code, &r->ev.root, &r->ev.event_name, &r->ev.plover,
                        &r->ev.modality, &r->ev.source_text, &r->ev.target_text, &r->ev.verb,
                        &r->ev.sentence, &r->ev.pattern, &r->ev.pattern_file,
                        &r->ev.source_entry, &r->ev.target_entry, &r->ev.event_date,
                        &r->ev.date_precision, &r->ev.date_text, &r->ev.source_from,
                        &r->ev.target_from, &r->ev.place, &r->ev.place_region,
                        &r->ev.place_country, &r->ev.place_country_name, &r->ev.place_from};
    size_t nf = sizeof f / sizeof f[0], total = 0;
    for (size_t i = 0; i < nf; i++)
        total += (*f[i] ? strlen(*f[i]) : 0) + 1;
    char *p = r->strs = dy_malloc(total);
    if (!p)
        return -1;
    for (size_t i = 0; i < nf; i++) {
        size_t n = *f[i] ? strlen(*f[i]) : 0;
        if (n)
            memcpy(p, *f[i], n);
        p[n] = '\0';
        *f[i] = p;
        p += n + 1;
    }
    return 0;
}

/* Adds a report of r: the article doc, sentence sent, date and news
** source, counting a new article and a new source. -1 on no memory
** (r unchanged). */
static int add_report(record *r, const dyad_event *e, const char *source)
{
    if (base_grow((void **)&r->prov, &r->prov_cap, r->nprov + 1, sizeof *r->prov) < 0)
        return -1;
    size_t cap = r->prov_cap;
    char **strs = dy_realloc(r->prov_strs, cap * sizeof *strs);
    if (!strs)
        return -1;
    r->prov_strs = strs;
    const char *doc = e->doc ? e->doc : "", *date = e->date ? e->date : "";
    size_t nd = strlen(doc), nt = strlen(date), ns = strlen(source);
    char *p = dy_malloc(nd + nt + ns + 3);
    if (!p)
        return -1;
    memcpy(p, doc, nd + 1);
    memcpy(p + nd + 1, date, nt + 1);
    memcpy(p + nd + nt + 2, source, ns + 1);
    int new_article = 1, new_source = 1;
    for (size_t i = r->nprov; i-- > 0 && (new_article || new_source);) {
        if (new_article && strcmp(r->prov[i].doc, p) == 0)
            new_article = 0;
        if (new_source && strcmp(r->prov[i].news_source, p + nd + nt + 2) == 0)
            new_source = 0;
    }
    r->prov_strs[r->nprov] = p;
    r->prov[r->nprov++] = (dyad_provenance){p, e->sent, p + nd + 1, p + nd + nt + 2};
    r->articles += new_article;
    r->sources += new_source;
    return 0;
}

/* Moves the open records that the window has closed (every one, when
** all) to the queue, both in creation order. -1 on no memory (nothing
** moved). */
static int close_records(dyad_dedupe *d, int all)
{
    if (d->head == d->nqueue)
        d->head = d->nqueue = 0;
    if (base_grow((void **)&d->queue, &d->queue_cap, d->nqueue + d->nopen, sizeof *d->queue) < 0)
        return -1;
    size_t keep = 0;
    for (size_t i = 0; i < d->nopen; i++) {
        record *r = d->open[i];
        if (all || (d->window > 0 && d->current &&
                    (r->day + d->window < d->current || r->day > d->current + d->window)))
            d->queue[d->nqueue++] = r;
        else
            d->open[keep++] = r;
    }
    d->nopen = keep;
    return 0;
}

/* ---- the API ---- */

dyad_dedupe *dyad_dedupe_new(int window_days)
{
    dyad_dedupe *d = dy_calloc(1, sizeof *d);
    if (d)
        d->window = window_days > 0 ? window_days : 0;
    return d;
}

void dyad_dedupe_free(dyad_dedupe *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nopen; i++)
        record_free(d->open[i]);
    for (size_t i = d->head; i < d->nqueue; i++)
        record_free(d->queue[i]);
    record_free(d->given);
    dy_free(d->open);
    dy_free(d->queue);
    dy_free(d->slots);
    dy_free(d);
}

const char *dyad_dedupe_errmsg(const dyad_dedupe *d) { return d ? d->errmsg : "out of memory"; }

/* The key of e into a new string: source, target, code and event date. */
static char *event_key(const dyad_event *e)
{
    strbuf b = {0};
    sb_printf(&b, "%s\t%s\t%s\t%s", e->source ? e->source : "", e->target ? e->target : "",
              e->code ? e->code : "", e->event_date ? e->event_date : "");
    if (b.oom) {
        sb_free(&b);
        return NULL;
    }
    return b.s ? b.s : dy_strdup("");
}

int dyad_dedupe_add(dyad_dedupe *d, const dyad_event *e, const char *news_source)
{
    if (!d)
        return DYAD_EUSAGE;
    d->errmsg[0] = '\0';
    if (!e) {
        base_errmsg(d->errmsg, "dyad_dedupe_add: the event is NULL");
        return DYAD_EUSAGE;
    }
    char host[256];
    if (!news_source || !*news_source) {
        url_host(e->url, host, sizeof host);
        news_source = host;
    }
    long day = day_of(e->date);
    char *key = event_key(e);
    if (!key || table_room(d) < 0)
        goto nomem;
    record **slot = find_slot(d, key, 0);
    record *r = *slot;
    if (r) {
        dy_free(key);
        if (add_report(r, e, news_source) < 0)
            goto nomem_kept;
    } else {
        if (base_grow((void **)&d->open, &d->open_cap, d->nopen + 1, sizeof *d->open) < 0)
            goto nomem;
        r = dy_calloc(1, sizeof *r);
        if (!r || copy_event(r, e) < 0 || add_report(r, e, news_source) < 0) {
            record_free(r);
            goto nomem;
        }
        r->key = key;
        r->day = day;
        slot = find_slot(d, key, 1);
        if (!*slot)
            d->nused++;
        *slot = r;
        d->open[d->nopen++] = r;
    }
    if (day)
        d->current = day;
    return DYAD_OK;
nomem:
    dy_free(key);
nomem_kept:
    base_errmsg(d->errmsg, "dyad_dedupe_add: out of memory; the report of event %s %s %s "
                "in '%.80s' was not added", e->source ? e->source : "",
                e->target ? e->target : "", e->code ? e->code : "", e->doc ? e->doc : "");
    return DYAD_ENOMEM;
}

int dyad_dedupe_next(dyad_dedupe *d, int all, const dyad_event **out)
{
    if (!d)
        return DYAD_EUSAGE;
    d->errmsg[0] = '\0';
    if (!out) {
        base_errmsg(d->errmsg, "dyad_dedupe_next: out is NULL");
        return DYAD_EUSAGE;
    }
    *out = NULL;
    record_free(d->given);
    d->given = NULL;
    if (d->head == d->nqueue && close_records(d, all) < 0) {
        base_errmsg(d->errmsg, "dyad_dedupe_next: out of memory");
        return DYAD_ENOMEM;
    }
    if (d->head == d->nqueue)
        return DYAD_DONE;
    record *r = d->given = d->queue[d->head++];
    record **slot = find_slot(d, r->key, 0);
    if (*slot == r)
        *slot = &tombstone;
    r->ev.num_mentions = (long)r->nprov;
    r->ev.num_sources = r->sources;
    r->ev.num_articles = r->articles;
    r->ev.provenance = r->prov;
    *out = &r->ev;
    return DYAD_OK;
}
