/*
** format.c — one event as one line: dyad's JSON, PETRARCH2's event file
** layout, or the 61 columns of GDELT 2.0's event table; and one quote as
** one line: its JSON record, or the readable line of `dyad quotes`.
*/
#include "base/base.h"
#include "coder/coder.h"
#include "dyad.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>

static void json_field(strbuf *b, const char *name, const char *v)
{
    sb_puts(b, ",\"");
    sb_puts(b, name);
    sb_puts(b, "\":\"");
    sb_json_escape(b, v, strlen(v));
    sb_putc(b, '"');
}

/* A merged event's counts and every report of it (dyad_dedupe). */
static void format_mentions(strbuf *b, const dyad_event *e)
{
    sb_printf(b, ",\"num_mentions\":%ld,\"num_sources\":%ld,\"num_articles\":%ld",
              e->num_mentions, e->num_sources, e->num_articles);
    if (!e->provenance)
        return;
    sb_puts(b, ",\"mentions\":[");
    for (long i = 0; i < e->num_mentions; i++) {
        const dyad_provenance *p = &e->provenance[i];
        sb_puts(b, i ? ",{" : "{");
        sb_puts(b, "\"doc\":\"");
        sb_json_escape(b, p->doc ? p->doc : "", p->doc ? strlen(p->doc) : 0);
        sb_printf(b, "\",\"sent\":%ld", p->sent);
        json_field(b, "date", p->date ? p->date : "");
        json_field(b, "news_source", p->news_source ? p->news_source : "");
        sb_putc(b, '}');
    }
    sb_putc(b, ']');
}

static void format_jsonl(strbuf *b, const dyad_event *e, int explain)
{
    sb_puts(b, "{\"type\":\"event\"");
    json_field(b, "doc", e->doc);
    sb_puts(b, ",\"sent\":");
    sb_putl(b, e->sent);
    json_field(b, "date", e->date);
    json_field(b, "event_date", e->event_date);
    json_field(b, "date_precision", e->date_precision);
    if (e->historical)
        sb_puts(b, ",\"historical\":true");
    json_field(b, "source", e->source);
    json_field(b, "target", e->target);
    json_field(b, "code", e->code);
    json_field(b, "root", e->root);
    sb_printf(b, ",\"goldstein\":%.1f,\"quad\":%d", e->goldstein, e->quad);
    json_field(b, "plover", e->plover);
    json_field(b, "modality", e->modality);
    json_field(b, "source_text", e->source_text);
    json_field(b, "target_text", e->target_text);
    json_field(b, "verb", e->verb);
    if (e->quoted)
        sb_puts(b, ",\"quoted\":true");
    if (e->source_from && e->source_from[0])
        json_field(b, "source_from", e->source_from);
    if (e->target_from && e->target_from[0])
        json_field(b, "target_from", e->target_from);
    if (e->place[0]) {
        sb_puts(b, ",\"place\":{\"name\":\"");
        sb_json_escape(b, e->place, strlen(e->place));
        sb_putc(b, '"');
        if (e->place_region[0])
            json_field(b, "region", e->place_region);
        json_field(b, "country", e->place_country);
        if (e->place_has_coords)
            sb_printf(b, ",\"lat\":%.2f,\"lon\":%.2f", e->place_lat, e->place_lon);
        json_field(b, "from", e->place_from);
        sb_putc(b, '}');
    }
    json_field(b, "sentence", e->sentence);
    if (e->num_mentions > 0)
        format_mentions(b, e);
    if (explain) {
        sb_puts(b, ",\"explain\":{\"pattern\":\"");
        sb_json_escape(b, e->pattern, strlen(e->pattern));
        sb_printf(b, "\",\"pattern_at\":\"%s:%ld\"", e->pattern_file, e->pattern_line);
        json_field(b, "event_name", e->event_name);
        json_field(b, "source_entry", e->source_entry);
        json_field(b, "target_entry", e->target_entry);
        json_field(b, "date_text", e->date_text);
        sb_putc(b, '}');
    }
    sb_puts(b, "}\n");
}

/* Writes s with tabs and line breaks turned into spaces. */
static void plain(strbuf *b, const char *s)
{
    for (; *s; s++)
        sb_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void compact_date(strbuf *b, const char *date)
{
    for (const char *p = date; *p; p++)
        if (*p != '-')
            sb_putc(b, *p);
}

/* The day the date columns of PETRARCH and GDELT give an event, into out
** ("YYYY-MM-DD"): its own date, a period by its first day ("2023-03" is
** 2023-03-01, "1962" 1962-01-01); when it is unknown, the article's date,
** unless the event is history (then "": the article's date would be
** wrong). */
static void event_day(const dyad_event *e, char out[11])
{
    const char *d = e->event_date;
    size_t n = strlen(d);
    out[0] = '\0';
    if (n == 10 || n == 7 || n == 4)
        snprintf(out, 11, "%.*s%s", (int)n, d, n == 10 ? "" : n == 7 ? "-01" : "-01-01");
    else if (!e->historical)
        snprintf(out, 11, "%.10s", e->date);
}

/* PETRARCH2: date, source, target, code, then the ids and texts it writes
** with write_actor_text / write_event_text. */
static void format_petrarch(strbuf *b, const dyad_event *e)
{
    char day[11];
    event_day(e, day);
    compact_date(b, day);
    sb_printf(b, "\t%s\t%s\t%s\t", e->source, e->target, e->code);
    if (e->provenance && e->num_mentions > 0) {   /* every report, as PETRARCH2 joins ids */
        for (long i = 0; i < e->num_mentions; i++)
            sb_printf(b, "%s%s-%ld", i ? ";" : "", e->provenance[i].doc ? e->provenance[i].doc : "",
                      e->provenance[i].sent);
    } else {
        sb_printf(b, "%s-%ld", e->doc, e->sent);
    }
    sb_putc(b, '\t');
    plain(b, e->source_text);
    sb_putc(b, '\t');
    plain(b, e->target_text);
    sb_putc(b, '\t');
    plain(b, e->verb);
    sb_putc(b, '\n');
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Actor columns: code, name, country, known group, ethnic, religion 1 and
** 2, type 1 to 3 — what dyad knows goes in, the rest stays empty. */
static void gdelt_actor(strbuf *b, const char *code, const char *text)
{
    size_t n = strlen(code);
    sb_puts(b, code);
    sb_putc(b, '\t');
    for (const char *p = text; *p; p++)
        sb_putc(b, (*p >= 'a' && *p <= 'z') ? (char)(*p - 32)
                   : (*p == '\t' || *p == '\n') ? ' ' : *p);
    sb_putc(b, '\t');
    /* a code that starts with three letters of a country: USA, RUSGOV */
    char cc[4];
    int country = coder_code_country(code, cc);
    if (country)
        sb_puts(b, cc);
    sb_puts(b, "\t\t\t\t\t");
    for (int t = 0; t < 3; t++) {
        size_t at = (size_t)(country ? 3 : 0) + (size_t)t * 3;
        if (at + 3 <= n)
            sb_append(b, code + at, 3);
        sb_putc(b, '\t');
    }
}

/* ActionGeo's eight columns: type (1 a country, 3 a U.S. city, 4 another
** city), full name ("Kharkiv, Kharkiv, Ukraine"), country, ADM1 and ADM2
** codes (not known), latitude, longitude, feature id (not known). GDELT
** writes FIPS 10-4 country codes; dyad writes its own (ISO alpha-3). */
static void gdelt_place(strbuf *b, const dyad_event *e)
{
    if (!e->place[0]) {
        for (int g = 0; g < 8; g++)
            sb_putc(b, '\t');
        return;
    }
    int city = e->place_has_coords;
    sb_printf(b, "%d\t", !city ? 1 : strcmp(e->place_country, "USA") == 0 ? 3 : 4);
    plain(b, e->place);
    if (city && e->place_region[0] && strcmp(e->place_region, e->place) != 0) {
        sb_puts(b, ", ");
        plain(b, e->place_region);
    }
    const char *country = e->place_country_name;
    if (city && country[0]) {
        sb_puts(b, ", ");
        plain(b, country);
    }
    sb_printf(b, "\t%s\t\t\t", e->place_country);
    if (city)
        sb_printf(b, "%.2f\t%.2f", e->place_lat, e->place_lon);
    else
        sb_putc(b, '\t');
    sb_puts(b, "\t\t");
}

static void format_gdelt(strbuf *b, const dyad_event *e, long seq)
{
    int y = 0, m = 0, d = 0;
    char day[11];
    event_day(e, day);
    sscanf(day, "%d-%d-%d", &y, &m, &d);
    sb_printf(b, "%ld\t", seq);
    if (y) {
        static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        int yday = (m >= 1 && m <= 12 ? before[m - 1] : 0) + d + (m > 2 && leap(y));
        sb_printf(b, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", y, m, d, y, m, y,
                  y + yday / (leap(y) ? 366.0 : 365.0));
    } else {
        sb_puts(b, "\t\t\t\t");
    }
    gdelt_actor(b, e->source, e->source_text);
    gdelt_actor(b, e->target, e->target_text);
    char base[4] = {0};
    memcpy(base, e->code, strlen(e->code) >= 3 ? 3 : strlen(e->code));
    sb_printf(b, "%d\t%s\t%s\t%s\t%d\t%.1f\t%ld\t%ld\t%ld\t\t", e->sent == 0, e->code, base,
              e->root, e->quad, e->goldstein, e->num_mentions > 0 ? e->num_mentions : 1,
              e->num_sources > 0 ? e->num_sources : 1, e->num_articles > 0 ? e->num_articles : 1);
    for (int g = 0; g < 2 * 8; g++)   /* Actor1Geo, Actor2Geo: not known */
        sb_putc(b, '\t');
    gdelt_place(b, e);   /* ActionGeo, its 8 columns each with its tab */
    /* DATEADDED: the article's date; dyad knows no hour */
    if (strlen(e->date) == 10) {
        compact_date(b, e->date);
        sb_puts(b, "000000");
    }
    sb_putc(b, '\t');
    plain(b, e->url);
    sb_putc(b, '\n');
}

/* Room a line's buffer takes at once: most lines fit, where growing from
** nothing took seven reallocations and copies a line. */
#define LINE_ROOM 1024

/* Hands the line in b to the caller: repaired to UTF-8 (text a caller
** passed straight in may hold invalid bytes, and every line must still
** parse), copied into buf (cap bytes, NUL-terminated when room is left),
** b freed. Returns the length the line needs; 0 when memory ran out. */
static size_t finish_line(strbuf *b, char *buf, size_t cap)
{
    utf8_repair_sb(b);
    size_t n = b->oom ? 0 : b->len;
    if (cap > 0 && buf) {
        size_t k = n < cap - 1 ? n : cap - 1;
        if (k)
            memcpy(buf, b->s, k);
        buf[k] = '\0';
    }
    sb_free(b);
    return n;
}

size_t dyad_event_format(const dyad_event *e, dyad_output_format f, long seq, int explain,
                         char *buf, size_t cap)
{
    if (!buf)
        cap = 0;   /* a size query */
    if (cap > 0)
        buf[0] = '\0';
    if (!e || (f != DYAD_OUT_JSONL && f != DYAD_OUT_PETRARCH && f != DYAD_OUT_GDELT))
        return 0;
    /* an event a caller filled in may leave strings NULL: write them as "" */
    dyad_event ev = *e;
    const char **strs[] = {&ev.doc, &ev.url, &ev.date, &ev.source, &ev.target, &ev.code,
                           &ev.root, &ev.event_name, &ev.plover, &ev.modality,
                           &ev.source_text, &ev.target_text, &ev.verb, &ev.sentence,
                           &ev.pattern, &ev.pattern_file, &ev.source_entry, &ev.target_entry,
                           &ev.event_date, &ev.date_precision, &ev.date_text, &ev.place,
                           &ev.place_region, &ev.place_country, &ev.place_country_name,
                           &ev.place_from};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (!*strs[i])
            *strs[i] = "";
    strbuf b = {0};
    sb_room(&b, LINE_ROOM);
    switch (f) {
    case DYAD_OUT_PETRARCH: format_petrarch(&b, &ev); break;
    case DYAD_OUT_GDELT: format_gdelt(&b, &ev, seq); break;
    default: format_jsonl(&b, &ev, explain); break;
    }
    return finish_line(&b, buf, cap);
}

/* ---- quotes: the JSON record dyad code writes, the line of dyad quotes ---- */

/* ,"name":"value" or ,"name":null */
static void json_or_null(strbuf *b, const char *name, const char *v)
{
    if (v)
        json_field(b, name, v);
    else {
        sb_puts(b, ",\"");
        sb_puts(b, name);
        sb_puts(b, "\":null");
    }
}

static void format_quote_json(strbuf *b, const dyad_quote *q)
{
    sb_puts(b, "{\"type\":\"quote\",\"doc\":\"");
    sb_json_escape(b, q->doc, strlen(q->doc));
    sb_puts(b, "\",\"sent\":");
    sb_putl(b, q->sent);
    json_or_null(b, "speaker", q->speaker);
    json_or_null(b, "speaker_desc", q->speaker_desc);
    json_or_null(b, "speaker_code", q->speaker_code);
    json_or_null(b, "text", q->text);
    sb_puts(b, q->direct ? ",\"direct\":true" : ",\"direct\":false");
    if (q->partial)
        sb_puts(b, ",\"partial\":true");
    if (q->unclosed)
        sb_puts(b, ",\"unclosed\":true");
    sb_puts(b, "}\n");
}

/* DOC:SENT  SPEAKER, DESC [CODE]: "TEXT"   (partial, indirect, never closed) */
static void format_quote_text(strbuf *b, const dyad_quote *q)
{
    plain(b, q->doc);
    sb_putc(b, ':');
    sb_putl(b, q->sent);
    sb_puts(b, "  ");
    plain(b, q->speaker ? q->speaker : "(no speaker)");
    if (q->speaker_desc) {
        sb_puts(b, ", ");
        plain(b, q->speaker_desc);
    }
    if (q->speaker_code)
        sb_printf(b, " [%s]", q->speaker_code);
    if (q->partial)
        sb_puts(b, ", partly");
    else if (!q->direct)
        sb_puts(b, ", indirectly");
    sb_puts(b, q->direct ? ": \"" : ": ");
    plain(b, q->text ? q->text : "");
    sb_puts(b, q->direct ? "\"" : "");
    if (q->unclosed)
        sb_puts(b, " (never closed)");
    sb_putc(b, '\n');
}

size_t dyad_quote_format(const dyad_quote *q, dyad_render_format f, char *buf, size_t cap)
{
    if (!buf)
        cap = 0;   /* a size query */
    if (cap > 0)
        buf[0] = '\0';
    if (!q || (f != DYAD_RENDER_JSON && f != DYAD_RENDER_TEXT))
        return 0;
    dyad_quote qq = *q;   /* a quote a caller filled in may leave doc NULL */
    if (!qq.doc)
        qq.doc = "";
    strbuf b = {0};
    sb_room(&b, LINE_ROOM);
    if (f == DYAD_RENDER_JSON)
        format_quote_json(&b, &qq);
    else
        format_quote_text(&b, &qq);
    return finish_line(&b, buf, cap);
}
