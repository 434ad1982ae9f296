/*
** smtp.c — hands the briefing's e-mail to an SMTP server with libcurl
** (Debian libcurl4-openssl-dev), which speaks the protocol, dot-stuffing
** included. Plain SMTP to a relay the user names: a local MTA, or the
** organisation's; TLS and authentication towards the world are the
** relay's job.
**
** All or nothing: libcurl stops before DATA when the server refuses the
** sender or any recipient, so that a refused address never leaves the
** others with a copy that the command then reports as failed. What the
** server answered is kept from libcurl's protocol trace, so that the
** message can name the refused address and quote the server.
*/
#include "cli.h"
#include "cli/mail.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the upload stands, and the protocol's last exchange. */
typedef struct smtp_state {
    const char *msg;
    size_t len, sent;
    char command[512];     /* the last command sent ("RCPT TO:<a@b.org>") */
    char reply[512];       /* the server's last reply line */
    char refused[512];     /* the first command the server refused (4xx, 5xx) */
    char why[512];         /* and its answer ("550 5.1.1 no such user") */
    int data_done;         /* the whole message went out */
} smtp_state;

static size_t read_msg(char *buf, size_t size, size_t n, void *ctx)
{
    smtp_state *st = ctx;
    size_t k = size * n, left = st->len - st->sent;
    if (k > left)
        k = left;
    memcpy(buf, st->msg + st->sent, k);
    st->sent += k;
    if (st->sent == st->len)
        st->data_done = 1;
    return k;
}

/* Keeps one line of text (the first, without its line end) in dst. */
static void keep_line(char *dst, size_t size, const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] != '\r' && s[k] != '\n')
        k++;
    snprintf(dst, size, "%.*s", (int)k, s);
}

static int trace(CURL *c, curl_infotype type, char *data, size_t n, void *ctx)
{
    (void)c;
    smtp_state *st = ctx;
    if (type == CURLINFO_HEADER_OUT)
        keep_line(st->command, sizeof st->command, data, n);
    else if (type == CURLINFO_HEADER_IN)
        keep_line(st->reply, sizeof st->reply, data, n);
    /* curl goes on with QUIT: keep what was refused */
    if (type == CURLINFO_HEADER_IN && (st->reply[0] == '4' || st->reply[0] == '5') &&
        !st->refused[0]) {
        snprintf(st->refused, sizeof st->refused, "%s", st->command);
        snprintf(st->why, sizeof st->why, "%s", st->reply);
    }
    return 0;
}

int smtp_check_server(const char *hostport, char *why, size_t whysize)
{
    const char *colon = strrchr(hostport, ':');
    int bad = !colon || colon == hostport || strpbrk(hostport, "/@?# \t\r\n");
    if (!bad && hostport[0] == '[')   /* an IPv6 address: [::1]:25 */
        bad = colon[-1] != ']';
    else if (!bad)
        bad = strchr(hostport, ':') != colon;
    if (bad) {
        snprintf(why, whysize, "--smtp '%s' is not HOST:PORT; write it as localhost:25 or "
                 "mail.example.org:587 ([::1]:25 for an IPv6 address)", hostport);
        return -1;
    }
    long port;
    if (!cli_number(colon + 1, 1, 65535, &port)) {
        snprintf(why, whysize, "--smtp '%s': the port '%s' is not a number from 1 to 65535; "
                 "write it as localhost:25 or mail.example.org:587", hostport, colon + 1);
        return -1;
    }
    return 0;
}

/* Says what went wrong, and what to do, from libcurl's code and the
** protocol's last exchange. */
static void report(const char *hostport, CURLcode rc, const smtp_state *st, const char *err)
{
    const char *cmd = st->refused;
    if (rc == CURLE_COULDNT_CONNECT || (rc == CURLE_OPERATION_TIMEDOUT && !st->reply[0])) {
        cli_error("cannot connect to the SMTP server %s: %s; start it, or name another "
                  "with --smtp HOST:PORT; the briefing was not sent", hostport, err);
    } else if (rc == CURLE_COULDNT_RESOLVE_HOST) {
        cli_error("cannot find the SMTP server's host in '%s': %s; check --smtp; the "
                  "briefing was not sent", hostport, err);
    } else if (strncmp(cmd, "RCPT TO:", 8) == 0 && !st->data_done) {
        cli_error("the SMTP server %s refused the recipient %s (it answered '%s'); correct "
                  "that --to or leave it out; the briefing was sent to no one", hostport,
                  cmd + 8, st->why);
    } else if (strncmp(cmd, "MAIL FROM:", 10) == 0 && !st->data_done) {
        cli_error("the SMTP server %s refused the sender %s (it answered '%s'); give "
                  "--from an address it accepts; the briefing was sent to no one",
                  hostport, cmd + 10, st->why);
    } else if (st->data_done && st->why[0]) {
        cli_error("the SMTP server %s refused the briefing (it answered '%s'); the "
                  "briefing was not sent", hostport, st->why);
    } else if (st->data_done) {
        cli_error("the SMTP server %s did not confirm the briefing (%s); it may or may not "
                  "have been sent: check the server's log before sending again", hostport,
                  err);
    } else {
        cli_error("the SMTP server %s: %s%s%s%s; the briefing was not sent", hostport, err,
                  st->why[0] ? " (it answered '" : "", st->why, st->why[0] ? "')" : "");
    }
}

int smtp_send(const char *hostport, const char *from, const char *const *to, int nto,
              const char *msg, size_t len)
{
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        cli_error("libcurl cannot start; the briefing was not sent");
        return EXIT_INTERNAL;
    }
    CURL *c = curl_easy_init();
    struct curl_slist *rcpt = NULL;
    char url[600], addr[520], err[CURL_ERROR_SIZE] = "";
    int ok = c != NULL;
    snprintf(url, sizeof url, "smtp://%s", hostport);
    for (int i = 0; ok && i < nto; i++) {
        char spec[512];
        mail_address_spec(to[i], spec, sizeof spec);
        snprintf(addr, sizeof addr, "<%s>", spec);
        struct curl_slist *more = curl_slist_append(rcpt, addr);
        ok = more != NULL;
        if (more)
            rcpt = more;
    }
    smtp_state st = {.msg = msg, .len = len};
    CURLcode rc = CURLE_OUT_OF_MEMORY;
    if (ok) {
        char spec[512];
        mail_address_spec(from, spec, sizeof spec);
        snprintf(addr, sizeof addr, "<%s>", spec);
        curl_easy_setopt(c, CURLOPT_URL, url);
        curl_easy_setopt(c, CURLOPT_MAIL_FROM, addr);
        curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, read_msg);
        curl_easy_setopt(c, CURLOPT_READDATA, &st);
        curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
        curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, trace);
        curl_easy_setopt(c, CURLOPT_DEBUGDATA, &st);
        curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);   /* feeds trace, prints nothing */
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        /* a server that stops answering fails the run; cron must not hang */
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
        curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, 60L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
        rc = curl_easy_perform(c);
    }
    if (rc != CURLE_OK)
        report(hostport, rc, &st, err[0] ? err : curl_easy_strerror(rc));
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(c);
    curl_global_cleanup();
    return rc == CURLE_OK ? EXIT_OK : rc == CURLE_OUT_OF_MEMORY ? EXIT_INTERNAL : EXIT_WRITE;
}
