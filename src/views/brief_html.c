/*
** brief_html.c — the briefing as one HTML page that needs nothing else:
** the style inline, the charts drawn here as inline SVG, no script, no
** file or address fetched. The evidence behind each notable event folds
** out (<details>). The page is well-formed XML too, so that a test can
** parse it with expat.
**
** Charts:
**   - per dyad that moved, a bar a day of its Goldstein sum, the period
**     before shaded, bars up (green) for cooperation, down (red) for
**     conflict, the same scale either way;
**   - the network of the period's most active dyads: actors on a circle,
**     an arrow from source to target, as thick as its events are many
**     (1 + their logarithm, at most 6), green or red by its mean score. A pair's two
**     arrows bend apart, so that both stay visible.
*/
#include "views/brief.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define COOP "#2a7d3b"
#define CONFLICT "#b8322c"
#define NEUTRAL "#8a8a8a"
#define PI 3.14159265358979323846

/* Appends s with &, <, >, " and ' escaped, for text and attributes. */
static void esc(strbuf *o, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': sb_puts(o, "&amp;"); break;
        case '<': sb_puts(o, "&lt;"); break;
        case '>': sb_puts(o, "&gt;"); break;
        case '"': sb_puts(o, "&quot;"); break;
        case '\'': sb_puts(o, "&#39;"); break;
        default: sb_putc(o, *s);
        }
    }
}

static const char style[] =
    "body{font:15px/1.45 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;"
    "color:#222}h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;"
    "border-bottom:1px solid #ccc}.lede{color:#444}.movers{display:flex;flex-wrap:wrap;"
    "gap:1em}figure{margin:0;width:340px}figcaption{font-size:.85em}"
    ".coop{color:" COOP "}.conflict{color:" CONFLICT "}blockquote{margin:.3em 0 .3em 1.5em;"
    "font-style:italic}.src,.foot,details{font-size:.85em;color:#555}li{margin-bottom:.9em}";

/* Each chart carries its own style, so that it draws the same alone: the
** e-mail turns each into an image (src/cli/mail.c). */
#define SVG_STYLE "<style>text{font-family:sans-serif;font-size:10px;fill:#444}</style>"

/* v rounded to one decimal, written with its sign, with a true minus. */
static void score(strbuf *o, double v)
{
    v = round(v * 10) / 10;
    if (v < 0)
        sb_printf(o, "&#8722;%.1f", -v);
    else
        sb_printf(o, "+%.1f", v);
}

static const char *color(double v)
{
    return v >= 0.5 ? COOP : v <= -0.5 ? CONFLICT : NEUTRAL;
}

/* ---- one dyad's days ---- */

#define BW 340.0    /* the chart */
#define BH 120.0
#define BL 44.0     /* room for the scale on the left */
#define BB 16.0     /* and for the dates below */

static void bars(const brief *b, const brief_mover *m, strbuf *o)
{
    int n = 2 * b->days;
    double top = 1;
    for (int i = 0; i < n; i++)
        if (fabs(m->days[i].goldstein) > top)
            top = fabs(m->days[i].goldstein);
    double pw = BW - BL - 4, ph = BH - BB - 8, mid = 4 + ph / 2, w = pw / n;
    sb_printf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
              "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"", BW, BH, BW, BH);
    esc(o, BRIEF_STR(b, m->source));
    sb_puts(o, " &#8594; ");
    esc(o, BRIEF_STR(b, m->target));
    sb_printf(o, ": the sum of Goldstein scores a day, %s to %s\">" SVG_STYLE, b->before_from,
              b->to);
    sb_printf(o, "<rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"%.1f\" fill=\"#f0f0f0\"/>",
              BL, pw / 2, ph);
    for (int i = 0; i < n; i++) {
        const brief_day *d = &m->days[i];
        if (d->events == 0)
            continue;
        double h = fabs(d->goldstein) / top * (ph / 2);
        char day[11];
        brief_add_days(b->before_from, i, day);
        sb_printf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                  "<title>%s: ", BL + i * w + w * 0.1, d->goldstein >= 0 ? mid - h : mid,
                  w * 0.8 < 1.5 ? 1.5 : w * 0.8, h < 1 ? 1 : h,
                  d->goldstein >= 0 ? COOP : CONFLICT, day);
        score(o, d->goldstein);
        sb_printf(o, ", %ld event%s</title></rect>", d->events, d->events == 1 ? "" : "s");
    }
    sb_printf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>", BL,
              mid, BL + pw, mid);
    sb_printf(o, "<text x=\"%.1f\" y=\"12\" text-anchor=\"end\">", BL - 3);
    score(o, top);
    sb_printf(o, "</text><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">0</text>", BL - 3,
              mid + 3);
    sb_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">", BL - 3, 4 + ph);
    score(o, -top);
    sb_printf(o, "</text><text x=\"%.1f\" y=\"%.1f\">%s</text>", BL, BH - 3, b->before_from);
    sb_printf(o, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", BL + pw / 2 + 2, BH - 3, b->from);
    sb_printf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text></svg>", BL + pw,
              BH - 3, b->to);
}

static void movers(const brief *b, strbuf *o)
{
    sb_puts(o, "<h2>Who moved</h2>\n<p>The dyads whose sum of Goldstein scores (from "
               "&#8722;10 for the most hostile event to +10 for the most cooperative) "
               "changed most against the period before, which is shaded.</p>\n");
    if (b->nmovers == 0) {
        sb_puts(o, "<p>No dyad moved.</p>\n");
        return;
    }
    sb_puts(o, "<div class=\"movers\">\n");
    for (int i = 0; i < b->nmovers; i++) {
        const brief_mover *m = &b->movers[i];
        int up = m->now > m->before;
        const char *trend = brief_trend(m);
        sb_puts(o, "<figure>");
        bars(b, m, o);
        sb_puts(o, "<figcaption><b>");
        esc(o, BRIEF_STR(b, m->source));
        sb_puts(o, " &#8594; ");
        esc(o, BRIEF_STR(b, m->target));
        sb_printf(o, "</b>: <span class=\"%s\">", up ? "coop" : "conflict");
        score(o, m->now);
        sb_puts(o, " (was ");
        score(o, m->before);
        sb_printf(o, "), %s</span>; %ld event%s (was %ld)</figcaption></figure>\n",
                  trend, m->events_now,
                  m->events_now == 1 ? "" : "s", m->events_before);
    }
    sb_puts(o, "</div>\n");
}

/* ---- the network ---- */

#define NW 520.0   /* the square, and the circle of actors: room for labels */
#define NR 150.0

/* The actors of the edges, in order of first appearance: offsets into the
** pool, n of them (at most 2 per edge). */
static int actors(const brief *b, size_t *a)
{
    int n = 0;
    for (int i = 0; i < b->nedges; i++) {
        size_t ends[2] = {b->edges[i].source, b->edges[i].target};
        for (int k = 0; k < 2; k++) {
            int j = 0;
            while (j < n && strcmp(BRIEF_STR(b, a[j]), BRIEF_STR(b, ends[k])) != 0)
                j++;
            if (j == n)
                a[n++] = ends[k];
        }
    }
    return n;
}

static int actor_index(const brief *b, const size_t *a, int n, size_t code)
{
    for (int j = 0; j < n; j++)
        if (strcmp(BRIEF_STR(b, a[j]), BRIEF_STR(b, code)) == 0)
            return j;
    return 0;
}

static void network(const brief *b, strbuf *o)
{
    sb_puts(o, "<h2>Most active dyads</h2>\n");
    if (b->nedges == 0) {
        sb_puts(o, "<p>No events in this period.</p>\n");
        return;
    }
    size_t a[2 * BRIEF_EDGES];
    int n = actors(b, a);
    double x[2 * BRIEF_EDGES], y[2 * BRIEF_EDGES], c = NW / 2;
    sb_printf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
              "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"The period's most active "
              "dyads\">" SVG_STYLE "<defs>", NW, NW, NW, NW);
    const char *colors[] = {COOP, CONFLICT, NEUTRAL};
    for (int k = 0; k < 3; k++)
        sb_printf(o, "<marker id=\"arrow%d\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                  "markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" "
                  "orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"%s\"/></marker>", k,
                  colors[k]);
    sb_puts(o, "</defs>");
    for (int j = 0; j < n; j++) {   /* on a circle, the first at the top */
        double t = 2 * PI * j / n - PI / 2;
        x[j] = c + NR * cos(t);
        y[j] = c + NR * sin(t);
    }
    for (int i = 0; i < b->nedges; i++) {
        const brief_edge *e = &b->edges[i];
        int s = actor_index(b, a, n, e->source), t = actor_index(b, a, n, e->target);
        double dx = x[t] - x[s], dy = y[t] - y[s], len = sqrt(dx * dx + dy * dy);
        if (len < 1)
            continue;
        /* stop short of the target's dot; bend to the right of the way */
        double ex = x[t] - dx / len * 9, ey = y[t] - dy / len * 9;
        double qx = (x[s] + ex) / 2 - dy / len * len * 0.12, qy = (y[s] + ey) / 2 + dx / len * len * 0.12;
        int k = e->mean >= 0.5 ? 0 : e->mean <= -0.5 ? 1 : 2;
        sb_printf(o, "<path d=\"M%.1f,%.1fQ%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\" "
                  "stroke-width=\"%.1f\" stroke-opacity=\"0.8\" marker-end=\"url(#arrow%d)\">"
                  "<title>", x[s], y[s], qx, qy, ex, ey, color(e->mean),
                  fmin(1 + log2((double)e->events), 6), k);
        esc(o, BRIEF_STR(b, e->source));
        sb_puts(o, " &#8594; ");
        esc(o, BRIEF_STR(b, e->target));
        sb_printf(o, ": %ld event%s, mean ", e->events, e->events == 1 ? "" : "s");
        score(o, e->mean);
        sb_puts(o, "</title></path>");
    }
    for (int j = 0; j < n; j++) {
        double lx = c + (x[j] - c) * 1.12, ly = c + (y[j] - c) * 1.12 + 3;
        const char *anchor = x[j] > c + 5 ? "start" : x[j] < c - 5 ? "end" : "middle";
        sb_printf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#333\"/>"
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", x[j], y[j], lx, ly, anchor);
        esc(o, BRIEF_STR(b, a[j]));
        sb_puts(o, "</text>");
    }
    sb_puts(o, "</svg>\n<p class=\"src\">An arrow from source to target for each of the "
               "period's most active dyads; thicker for more events, green for cooperation "
               "and red for conflict on average.</p>\n");
}

/* ---- the notable events ---- */

/* "<li>words &#8594; CODE (entry)</li>" */
static void evidence(strbuf *o, const char *what, const char *words, const char *code,
                     const char *entry)
{
    sb_printf(o, "<li>%s: &#8220;", what);
    esc(o, words);
    sb_puts(o, "&#8221; &#8594; ");
    esc(o, code);
    if (*entry) {
        sb_puts(o, " (");
        esc(o, entry);
        sb_putc(o, ')');
    }
    sb_puts(o, "</li>");
}

/* Where a sentence was read: "doc, sentence 3, dyad wire, <a>url</a>". */
static void provenance(strbuf *o, const brief *b, size_t doc, long sent, size_t news_source,
                       size_t url)
{
    esc(o, BRIEF_STR(b, doc));
    sb_printf(o, ", sentence %ld", sent);
    if (*BRIEF_STR(b, news_source)) {
        sb_puts(o, ", ");
        esc(o, BRIEF_STR(b, news_source));
    }
    if (*BRIEF_STR(b, url)) {
        sb_puts(o, ", <a href=\"");
        esc(o, BRIEF_STR(b, url));
        sb_puts(o, "\">");
        esc(o, BRIEF_STR(b, url));
        sb_puts(o, "</a>");
    }
}

static void events(const brief *b, strbuf *o)
{
    sb_puts(o, "<h2>Notable events</h2>\n");
    if (b->nevents == 0) {
        sb_puts(o, "<p>None in this period.</p>\n");
        return;
    }
    sb_puts(o, "<ol>\n");
    for (int i = 0; i < b->nevents; i++) {
        const brief_event *e = &b->events[i];
        const char *mod = BRIEF_STR(b, e->modality);
        sb_puts(o, "<li><p>");
        esc(o, BRIEF_STR(b, e->date));
        sb_puts(o, " <b>");
        esc(o, brief_actor(b, e->source));
        sb_puts(o, " &#8594; ");
        esc(o, brief_actor(b, e->target));
        sb_puts(o, "</b> ");
        esc(o, BRIEF_STR(b, e->code));
        sb_putc(o, ' ');
        esc(o, BRIEF_STR(b, e->name));
        sb_printf(o, " <span class=\"%s\">", e->goldstein >= 0 ? "coop" : "conflict");
        score(o, e->goldstein);
        sb_puts(o, "</span>");
        if (strcmp(mod, "asserted") != 0) {
            sb_puts(o, " <i>");
            esc(o, mod);
            sb_puts(o, "</i>");
        }
        sb_puts(o, "</p>\n<blockquote>");
        esc(o, BRIEF_STR(b, e->sentence));
        sb_puts(o, "</blockquote>\n<p class=\"src\">");
        provenance(o, b, e->doc, e->sent, e->news_source, e->url);
        sb_puts(o, "</p>\n<details><summary>Why this event</summary><ul>");
        sb_puts(o, "<li>pattern: &#8220;");
        esc(o, *BRIEF_STR(b, e->pattern) ? BRIEF_STR(b, e->pattern) : BRIEF_STR(b, e->verb));
        sb_puts(o, "&#8221; (");
        esc(o, BRIEF_STR(b, e->pattern_file));
        sb_printf(o, ":%ld) on the verb &#8220;", e->pattern_line);
        esc(o, BRIEF_STR(b, e->verb));
        sb_puts(o, "&#8221;</li>");
        evidence(o, "source", BRIEF_STR(b, e->source_text), BRIEF_STR(b, e->source),
                 BRIEF_STR(b, e->source_entry));
        evidence(o, "target", BRIEF_STR(b, e->target_text), BRIEF_STR(b, e->target),
                 BRIEF_STR(b, e->target_entry));
        sb_printf(o, "<li>event %ld in the database</li></ul></details></li>\n", e->id);
    }
    sb_puts(o, "</ol>\n");
}

/* ---- the quotes of the period ---- */

static void quotes(const brief *b, strbuf *o)
{
    sb_puts(o, "<h2>Who said what</h2>\n");
    if (b->nquotes == 0) {
        sb_puts(o, "<p>No quote with a named speaker in this period.</p>\n");
        return;
    }
    sb_puts(o, "<ul>\n");
    for (int i = 0; i < b->nquotes; i++) {
        const brief_quote *q = &b->quotes[i];
        sb_puts(o, "<li><p>");
        esc(o, BRIEF_STR(b, q->date));
        sb_puts(o, " <b>");
        esc(o, BRIEF_STR(b, q->speaker));
        sb_puts(o, "</b>");
        if (*BRIEF_STR(b, q->speaker_desc)) {
            sb_puts(o, ", ");
            esc(o, BRIEF_STR(b, q->speaker_desc));
        }
        sb_puts(o, q->direct ? "</p>\n<blockquote>&#8220;" : "</p>\n<blockquote>said ");
        esc(o, BRIEF_STR(b, q->text));
        sb_puts(o, q->direct ? "&#8221;</blockquote>\n" : "</blockquote>\n");
        sb_puts(o, "<p class=\"src\">");
        provenance(o, b, q->doc, q->sent, q->news_source, q->url);
        sb_puts(o, "</p></li>\n");
    }
    sb_puts(o, "</ul>\n");
}

void brief_html(const brief *b, strbuf *o)
{
    sb_puts(o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
               "<meta name=\"viewport\" content=\"width=device-width\"/><title>dyad briefing, ");
    sb_printf(o, "%s to %s</title><style>%s</style></head>\n<body>\n", b->from, b->to, style);
    sb_printf(o, "<h1>Briefing: %s to %s</h1>\n<p class=\"lede\">%ld event%s in %ld "
              "article%s over %d day%s, against %ld event%s from %s to %s.</p>\n", b->from,
              b->to, b->events_now, b->events_now == 1 ? "" : "s", b->articles_now,
              b->articles_now == 1 ? "" : "s", b->days, b->days == 1 ? "" : "s",
              b->events_before, b->events_before == 1 ? "" : "s", b->before_from,
              b->before_to);
    movers(b, o);
    network(b, o);
    events(b, o);
    quotes(b, o);
    sb_puts(o, "<p class=\"foot\">Made by dyad " DYAD_VERSION " from ");
    esc(o, b->db);
    sb_puts(o, ". Events are coded by machine from the news, negated ones left out; each "
               "can be checked against its sentence.</p>\n</body></html>\n");
}
