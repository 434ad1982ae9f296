/*
** format.c — one event as one line: dyad's JSON, PETRARCH2's event file
** layout, or the 61 columns of GDELT 2.0's event table.
*/
#include "base/base.h"
#include "coder/coder.h"
#include "dyad.h"
#include "text/utf8.h"

#include <stdio.h>
#include <string.h>

static void json_field(strbuf *b, const char *name, const char *v)
{
    sb_printf(b, ",\"%s\":\"", name);
    sb_json_escape(b, v, strlen(v));
    sb_putc(b, '"');
}

static void format_jsonl(strbuf *b, const dyad_event *e, int explain)
{
    sb_puts(b, "{\"type\":\"event\"");
    json_field(b, "doc", e->doc);
    sb_printf(b, ",\"sent\":%ld", e->sent);
    json_field(b, "date", e->date);
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
    if (explain) {
        sb_puts(b, ",\"explain\":{\"pattern\":\"");
        sb_json_escape(b, e->pattern, strlen(e->pattern));
        sb_printf(b, "\",\"pattern_at\":\"%s:%ld\"", e->pattern_file, e->pattern_line);
        json_field(b, "event_name", e->event_name);
        json_field(b, "source_entry", e->source_entry);
        json_field(b, "target_entry", e->target_entry);
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

/* PETRARCH2: date, source, target, code, then the ids and texts it writes
** with write_actor_text / write_event_text. */
static void format_petrarch(strbuf *b, const dyad_event *e)
{
    compact_date(b, e->date);
    sb_printf(b, "\t%s\t%s\t%s\t%s-%ld\t", e->source, e->target, e->code, e->doc, e->sent);
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
    sscanf(e->date, "%d-%d-%d", &y, &m, &d);
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
    sb_printf(b, "%d\t%s\t%s\t%s\t%d\t%.1f\t1\t1\t1\t\t", e->sent == 0, e->code, base, e->root,
              e->quad, e->goldstein);
    for (int g = 0; g < 2 * 8; g++)   /* Actor1Geo, Actor2Geo: not known */
        sb_putc(b, '\t');
    gdelt_place(b, e);
    sb_putc(b, '\t');   /* DATEADDED */
    plain(b, e->url);
    sb_putc(b, '\n');
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
                           &ev.place, &ev.place_region, &ev.place_country,
                           &ev.place_country_name, &ev.place_from};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (!*strs[i])
            *strs[i] = "";
    strbuf b = {0};
    switch (f) {
    case DYAD_OUT_PETRARCH: format_petrarch(&b, &ev); break;
    case DYAD_OUT_GDELT: format_gdelt(&b, &ev, seq); break;
    default: format_jsonl(&b, &ev, explain); break;
    }
    /* text a caller passed straight in may hold invalid UTF-8: every line
    ** must still parse */
    utf8_repair_sb(&b);
    size_t n = b.oom ? 0 : b.len;
    if (cap > 0) {
        size_t k = n < cap - 1 ? n : cap - 1;
        if (k)
            memcpy(buf, b.s, k);
        buf[k] = '\0';
    }
    sb_free(&b);
    return n;
}
