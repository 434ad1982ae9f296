/*
** mail.h — the briefing as an e-mail (mail.c), its charts as PNG images
** (chart.c), and its hand-over to an SMTP server (smtp.c). Only the
** command-line program links librsvg and libcurl for these: libdyad and
** the programs built on it never see them.
*/
#ifndef DYAD_CLI_MAIL_H
#define DYAD_CLI_MAIL_H

#include "base/base.h"

#include <stddef.h>

/* A message's parts, all borrowed: the caller keeps them alive. */
typedef struct mail_msg {
    const char *from;               /* "a@b.org" or "Name <a@b.org>" */
    const char *const *to;          /* nto of them, as from */
    int nto;
    const char *subject;            /* printable ASCII */
    const char *text, *html;        /* the bodies, UTF-8 */
    size_t text_len, html_len;
} mail_msg;

/* Checks that addr is an address mail_compose can write: "a@b.org" or
** "Name <a@b.org>", ASCII. Returns 0, or -1 with the reason in why, words
** to follow the option's name ("--to 'x' is not an address ..."). */
int mail_address_check(const char *addr, char *why, size_t whysize);

/* The bare address of addr ("a@b.org" of "Name <a@b.org>") into out,
** for SMTP's envelope. addr passed mail_address_check. */
void mail_address_spec(const char *addr, char *out, size_t outsize);

/* Writes m as a MIME message into out (appended; CRLF line ends, no line
** over 78 characters): multipart/alternative of the text and, inside
** multipart/related, the HTML page with every inline <svg> chart replaced
** by a cid: image, the chart drawn as PNG beside it. Returns 0, or -1
** with the reason in why (a chart librsvg could not draw, out of memory);
** out is then left with what was written so far, for the caller to free. */
int mail_compose(const mail_msg *m, strbuf *out, char *why, size_t whysize);

/* Draws the SVG document svg (n bytes) as a PNG at scale times its size
** into png (appended), on white; *w, *h get its size in CSS pixels, for
** <img>. Returns 0, or -1 with librsvg's reason in why. */
int chart_png(const char *svg, size_t n, double scale, strbuf *png, int *w, int *h,
              char *why, size_t whysize);

/* Hands the message msg (len bytes, CRLF line ends) to the SMTP server at
** hostport ("host:port", "[::1]:25") for every address of to, from from
** (addresses as mail_address_check takes). All recipients or none: a
** refused one stops the transaction before the message is sent. Reports
** a failure on stderr, saying what to do. Returns 0 when the server took
** the message, else EXIT_WRITE (or EXIT_INTERNAL when libcurl cannot
** start). */
int smtp_send(const char *hostport, const char *from, const char *const *to, int nto,
              const char *msg, size_t len);

/* Checks hostport's form ("host:port", port 1 to 65535). Returns 0, or -1
** with the reason in why. */
int smtp_check_server(const char *hostport, char *why, size_t whysize);

#endif
