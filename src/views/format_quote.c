/*
** format_quote.c — one quote as one line: the JSON record `dyad code`
** writes after a document's events, or the readable line of `dyad quotes`.
*/
#include "base/base.h"
#include "dyad.h"

#include <stdio.h>
#include <string.h>

/* ,"name":"value" or ,"name":null */
static void json_or_null(strbuf *b, const char *name, const char *v)
{
    sb_printf(b, ",\"%s\":", name);
    if (!v) {
        sb_puts(b, "null");
        return;
    }
    sb_putc(b, '"');
    sb_json_escape(b, v, strlen(v));
    sb_putc(b, '"');
}

static void format_json(strbuf *b, const dyad_quote *q)
{
    sb_puts(b, "{\"type\":\"quote\",\"doc\":\"");
    sb_json_escape(b, q->doc, strlen(q->doc));
    sb_printf(b, "\",\"sent\":%ld", q->sent);
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

/* Writes s with tabs and line breaks turned into spaces. */
static void plain(strbuf *b, const char *s)
{
    for (; *s; s++)
        sb_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

/* DOC:SENT  SPEAKER, DESC [CODE]: "TEXT"   (partial, indirect, never closed) */
static void format_text(strbuf *b, const dyad_quote *q)
{
    plain(b, q->doc);
    sb_printf(b, ":%ld  ", q->sent);
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
    if (!q || !q->doc)
        return 0;
    strbuf b = {0};
    if (f == DYAD_RENDER_JSON)
        format_json(&b, q);
    else
        format_text(&b, q);
    size_t need = b.oom ? 0 : b.len;
    if (cap > 0 && buf) {
        size_t n = need < cap - 1 ? need : cap - 1;
        if (n)
            memcpy(buf, b.s, n);
        buf[n] = '\0';
    }
    sb_free(&b);
    return need;
}
