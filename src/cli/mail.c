/*
** mail.c — the briefing as one MIME message (RFC 5322, 2045, 2046, 2387),
** ready for a subscriber list:
**
**   multipart/alternative
**     text/plain              the text briefing, quoted-printable
**     multipart/related
**       text/html             the page, its charts as <img src="cid:...">
**       image/png ...         one per chart, base64, inline
**
** Mail programs show the last part they can: the page, or the text. Every
** line ends in CRLF and none is over 78 characters, as SMTP wants. The
** boundaries begin with "=_", which neither quoted-printable (it writes
** "=" as "=3D") nor base64 can produce, so that no body can end a part.
*/
#include "cli/mail.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Charts are drawn at twice their size, for sharp high-density screens. */
#define CHART_SCALE 2.0

/* ---- addresses ---- */

/* RFC 5322's atext, and '.' between atoms (a local part). */
static int local_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr(".!#$%&'*+/=?^_`{|}~-", c));
}

static int domain_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '.';
}

/* The name before "<", without the spaces and quotes around it, as
** [*b, *e) in addr; empty when there is none. a is spec_span's start. */
static void name_span(const char *addr, size_t a, size_t *b, size_t *e)
{
    *b = 0;
    *e = a > 0 ? a - 1 : 0;
    while (*b < *e && addr[*b] == ' ')
        (*b)++;
    while (*e > *b && addr[*e - 1] == ' ')
        (*e)--;
    if (*e - *b >= 2 && addr[*b] == '"' && addr[*e - 1] == '"') {
        (*b)++;
        (*e)--;
    }
}

/* The span [*start, *end) of the address inside addr: all of it, or what
** stands between "<" and a final ">". */
static void spec_span(const char *addr, size_t *start, size_t *end)
{
    size_t n = strlen(addr);
    const char *lt = strrchr(addr, '<');
    if (lt && n > 0 && addr[n - 1] == '>') {
        *start = (size_t)(lt - addr) + 1;
        *end = n - 1;
    } else {
        *start = 0;
        *end = n;
    }
}

int mail_address_check(const char *addr, char *why, size_t whysize)
{
    size_t a, z, at = 0, ats = 0;
    for (const unsigned char *p = (const unsigned char *)addr; *p; p++) {
        if (*p < 0x20 || *p >= 0x7f) {
            /* not quoted: a line break would break the message too */
            snprintf(why, whysize, "has a character that is not printable ASCII (a line "
                     "break?); write the address as name@example.org or \"Name "
                     "<name@example.org>\"");
            return -1;
        }
    }
    spec_span(addr, &a, &z);
    for (size_t i = a; i < z; i++)
        if (addr[i] == '@') {
            at = i;
            ats++;
        }
    int bad = ats != 1 || at == a || at + 1 >= z || addr[a] == '.' || addr[at - 1] == '.' ||
              addr[at + 1] == '.' || addr[z - 1] == '.' || addr[at + 1] == '-';
    for (size_t i = a; !bad && i < z; i++)
        bad = i < at ? !local_char(addr[i]) : i > at && !domain_char(addr[i]);
    size_t nb, ne;
    name_span(addr, a, &nb, &ne);
    for (size_t i = nb; !bad && i < ne; i++)   /* the name: written in quotes */
        bad = addr[i] == '"' || addr[i] == '\\' || addr[i] == '<' || addr[i] == '>';
    if (bad) {
        snprintf(why, whysize, "'%s' is not an address dyad can write; write it as "
                 "name@example.org or \"Name <name@example.org>\"", addr);
        return -1;
    }
    return 0;
}

void mail_address_spec(const char *addr, char *out, size_t outsize)
{
    size_t a, z;
    spec_span(addr, &a, &z);
    snprintf(out, outsize, "%.*s", (int)(z - a), addr + a);
}

/* addr as a header writes it: the name, if any, quoted. */
static void put_address(strbuf *o, const char *addr)
{
    size_t a, z;
    spec_span(addr, &a, &z);
    if (a == 0) {
        sb_puts(o, addr);
        return;
    }
    size_t b, n;
    name_span(addr, a, &b, &n);
    if (n > b)
        sb_printf(o, "\"%.*s\" ", (int)(n - b), addr + b);
    sb_printf(o, "<%.*s>", (int)(z - a), addr + a);
}

/* ---- encodings ---- */

/* Appends s (n bytes, lines ending in LF) as quoted-printable: lines end
** in CRLF, none is over 76 characters (a soft break "=" before), a space
** or tab ending a line is encoded, and so are a "." or "From " starting
** one, which some transports would change. */
static void put_qp(strbuf *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            sb_puts(o, "\r\n");
            col = 0;
            continue;
        }
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
            continue;
        int last = i + 1 == n || s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < n &&
                                                       s[i + 2] == '\n');
        int plain = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        if (col == 0 && (c == '.' || (c == 'F' && n - i >= 5 && memcmp(s + i, "From ", 5) == 0)))
            plain = 0;
        size_t width = plain ? 1 : 3;
        if (col + width > 75) {   /* room for the "=" of a soft break */
            sb_puts(o, "=\r\n");
            col = 0;
        }
        if (plain) {
            sb_putc(o, (char)c);
        } else {
            char e[3] = {'=', hex[c >> 4], hex[c & 15]};
            sb_append(o, e, 3);
        }
        col += width;
    }
    if (col > 0)
        sb_puts(o, "\r\n");
}

/* Appends s (n bytes) as base64, 76 characters a line, CRLF. */
static void put_base64(strbuf *o, const unsigned char *s, size_t n)
{
    static const char b64[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t col = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16;
        if (i + 1 < n)
            v |= (unsigned)s[i + 1] << 8;
        if (i + 2 < n)
            v |= s[i + 2];
        char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=',
                     i + 2 < n ? b64[v & 63] : '='};
        sb_append(o, q, 4);
        if ((col += 4) == 76) {
            sb_puts(o, "\r\n");
            col = 0;
        }
    }
    if (col > 0)
        sb_puts(o, "\r\n");
}

/* ---- headers ---- */

/* A token no other message shares: the time, the process, and eight
** random bytes (the clock's nanoseconds when /dev/urandom cannot be read). */
static void unique_token(char *out, size_t size)
{
    unsigned char r[8] = {0};
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = f ? fread(r, 1, sizeof r, f) : 0;
    if (f)
        fclose(f);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (got != sizeof r)
        for (size_t i = 0; i < sizeof r; i++)
            r[i] ^= (unsigned char)((unsigned long)ts.tv_nsec >> (i * 3));
    snprintf(out, size, "%lld.%ld.%02x%02x%02x%02x%02x%02x%02x%02x", (long long)ts.tv_sec,
             (long)getpid(), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
}

/* "Date: Fri, 04 Dec 2026 06:00:00 +0100", in local time. */
static void put_date(strbuf *o)
{
    static const char days[] = "SunMonTueWedThuFriSat";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    time_t now = time(NULL);
    struct tm t;
    localtime_r(&now, &t);
    char zone[8];
    strftime(zone, sizeof zone, "%z", &t);
    sb_printf(o, "Date: %.3s, %02d %.3s %04d %02d:%02d:%02d %s\r\n", days + 3 * t.tm_wday,
              t.tm_mday, months + 3 * t.tm_mon, t.tm_year + 1900, t.tm_hour, t.tm_min,
              t.tm_sec, zone);
}

/* "To: a, b, ..." folded before an address that would take the line past
** 78 characters. */
static void put_recipients(strbuf *o, const mail_msg *m)
{
    size_t line = o->len;
    sb_puts(o, "To: ");
    for (int i = 0; i < m->nto; i++) {
        strbuf one = {0};
        put_address(&one, m->to[i]);
        size_t need = one.len + (i + 1 < m->nto ? 1 : 0);
        if (i > 0 && o->len - line + 1 + need > 78) {
            sb_puts(o, "\r\n");
            line = o->len;
        }
        sb_puts(o, i > 0 ? " " : "");
        sb_append(o, one.s ? one.s : "", one.len);
        if (i + 1 < m->nto)
            sb_putc(o, ',');
        o->oom |= one.oom;
        sb_free(&one);
    }
    sb_puts(o, "\r\n");
}

/* ---- the page ---- */

/* Appends the page to html with each "<svg ...>...</svg>" replaced by an
** image of it, and the images, one part each, to parts. The briefing
** escapes every "<" of its text, so the only "<svg" and "</svg>" in the
** page are its charts', which never nest. */
static int put_page(const mail_msg *m, const char *token, const char *domain,
                    const char *boundary, strbuf *html, strbuf *parts, char *why,
                    size_t whysize)
{
    const char *p = m->html, *end = m->html + m->html_len;
    int n = 0;
    for (;;) {
        const char *svg = strstr(p, "<svg");
        const char *close = svg ? strstr(svg, "</svg>") : NULL;
        if (!svg || !close || close > end) {
            sb_append(html, p, (size_t)(end - p));
            return 0;
        }
        close += strlen("</svg>");
        sb_append(html, p, (size_t)(svg - p));
        strbuf png = {0};
        int w, h;
        if (chart_png(svg, (size_t)(close - svg), CHART_SCALE, &png, &w, &h, why,
                      whysize) != 0) {
            sb_free(&png);
            return -1;
        }
        n++;
        /* the chart's label, already escaped for HTML, says what it shows */
        const char *gt = strchr(svg, '>'), *label = strstr(svg, " aria-label=\"");
        size_t len = 0;
        if (label && label < gt) {
            label += strlen(" aria-label=\"");
            len = strcspn(label, "\"");
        }
        sb_printf(html, "<img src=\"cid:chart%d.%s@%s\" width=\"%d\" height=\"%d\" alt=\"%.*s\"/>",
                  n, token, domain, w, h, (int)len, len ? label : "");
        sb_printf(parts, "--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: "
                  "base64\r\nContent-ID: <chart%d.%s@%s>\r\nContent-Disposition: inline; "
                  "filename=\"chart%d.png\"\r\n\r\n", boundary, n, token, domain, n);
        put_base64(parts, (const unsigned char *)png.s, png.len);
        parts->oom |= png.oom;
        sb_free(&png);
        p = close;
    }
}

/* ---- the message ---- */

int mail_compose(const mail_msg *m, strbuf *out, char *why, size_t whysize)
{
    char token[80], alt[128], rel[128], from[512];
    unique_token(token, sizeof token);
    snprintf(alt, sizeof alt, "=_dyad_alt_%s", token);
    snprintf(rel, sizeof rel, "=_dyad_rel_%s", token);
    mail_address_spec(m->from, from, sizeof from);
    const char *domain = strchr(from, '@') + 1;

    strbuf html = {0}, images = {0};
    if (put_page(m, token, domain, rel, &html, &images, why, whysize) != 0) {
        sb_free(&html);
        sb_free(&images);
        return -1;
    }

    sb_puts(out, "From: ");
    put_address(out, m->from);
    sb_puts(out, "\r\n");
    put_recipients(out, m);
    sb_printf(out, "Subject: %s\r\n", m->subject);
    put_date(out);
    sb_printf(out, "Message-ID: <%s@%s>\r\n", token, domain);
    sb_puts(out, "MIME-Version: 1.0\r\nX-Mailer: dyad " DYAD_VERSION "\r\n");
    sb_printf(out, "Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n\r\n", alt);
    sb_puts(out, "This is a MIME message: the briefing as text, and as a page with its "
                 "charts.\r\n\r\n");
    sb_printf(out, "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: quoted-printable\r\n\r\n", alt);
    put_qp(out, m->text, m->text_len);
    sb_printf(out, "\r\n--%s\r\nContent-Type: multipart/related; type=\"text/html\";\r\n"
              " boundary=\"%s\"\r\n\r\n", alt, rel);
    sb_printf(out, "--%s\r\nContent-Type: text/html; charset=utf-8\r\n"
              "Content-Transfer-Encoding: quoted-printable\r\n\r\n", rel);
    put_qp(out, html.s ? html.s : "", html.len);
    sb_puts(out, "\r\n");
    sb_append(out, images.s ? images.s : "", images.len);
    sb_printf(out, "--%s--\r\n\r\n--%s--\r\n", rel, alt);
    int oom = html.oom || images.oom || out->oom;
    sb_free(&html);
    sb_free(&images);
    if (oom) {
        snprintf(why, whysize, "out of memory writing the e-mail");
        return -1;
    }
    return 0;
}
