/*
** cmd_brief.c — `dyad brief`: the briefing on a period, as an HTML page,
** plain text, or an e-mail of both that it can hand to an SMTP server.
** Options and messages only; src/views/brief*.c writes the briefing,
** mail.c the e-mail, smtp.c sends it.
**
** The briefing is made whole in memory first, then delivered: a file
** named by -o is written beside itself and renamed into place when whole,
** so that a failed run never leaves half a page under its name; an e-mail
** goes to the server in one transaction, or not at all.
*/
#include "cli.h"
#include "cli/mail.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What the command line asked for. */
typedef struct brief_cli {
    const char *db, *output, *format;
    const char *from, *smtp;
    const char **to;        /* --to's values (argv entries), nto of them */
    int nto;
    int email, send;        /* --format email; --send */
    char date[11];
    dyad_brief_opts o;
    strbuf parts[2];        /* what dyad_store_brief wrote: the page or the
                               text, or for an e-mail the text, then the page */
    int nparts;
} brief_cli;

static const char help_text[] =
    "usage: dyad brief [OPTIONS]\n\n"
    "Writes the briefing on a period: the dyads whose cooperation or conflict moved\n"
    "most against the period before, with a chart of each; the most active dyads;\n"
    "the notable events with their sentences, sources and evidence. As an e-mail,\n"
    "it can hand it to an SMTP server.\n\n"
    "options:\n"
    "  --db FILE          the database (default dyad.db)\n"
    "  --date DATE        the period's last day (default: the last day with events)\n"
    "  --days N           the period's length in days (default 7)\n"
    "  --format FORMAT    html (default: one page, charts in SVG), text, or email\n"
    "                     (a MIME message: the text, and the page with PNG charts)\n"
    "  -o, --output FILE  write to FILE (default: standard output)\n"
    "  --from ADDR        the e-mail's sender (name@example.org or \"Name <...>\")\n"
    "  --to ADDR          a recipient of the e-mail; repeat it for each\n"
    "  --send             send the e-mail to --smtp's server instead of writing it\n"
    "  --smtp HOST:PORT   the SMTP server (a relay such as localhost:25) for --send\n"
    "  -h, --help         show this help\n";

/* Keeps each part dyad_store_brief writes. */
static int collect(void *ctx, const char *s, size_t n)
{
    brief_cli *b = ctx;
    if (b->nparts == 2)
        return -1;
    strbuf *p = &b->parts[b->nparts++];
    sb_append(p, s, n);
    return p->oom ? -1 : 0;
}

/* Writes n bytes of s into path whole: into a file beside it, renamed
** into place. Returns an exit code, a failure reported. */
static int write_file(const char *path, const char *s, size_t n)
{
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp) {
        cli_error("%s: the name is too long", path);
        return EXIT_USAGE;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        return EXIT_WRITE;
    }
    int werr = fwrite(s, 1, n, f) != n ? (errno ? errno : EIO) : 0;
    if (fclose(f) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (!werr && rename(tmp, path) != 0)
        werr = errno;
    if (!werr)
        return EXIT_OK;
    remove(tmp);
    cli_error("cannot write %s: %s", path, strerror(werr));
    return EXIT_WRITE;
}

/* The e-mail of the text and the page, into msg. Returns an exit code, a
** failure reported. */
static int compose(brief_cli *b, strbuf *msg)
{
    /* the subject: the text's first words, "dyad briefing: D1 to D2" */
    const char *text = sb_str(&b->parts[0]);
    char subject[128];
    size_t n = strcspn(text, "(\n");
    snprintf(subject, sizeof subject, "%.*s", (int)(n > 0 && text[n - 1] == ' ' ? n - 1 : n),
             text);
    mail_msg m = {.from = b->from, .to = b->to, .nto = b->nto, .subject = subject,
                  .text = text, .text_len = b->parts[0].len, .html = sb_str(&b->parts[1]),
                  .html_len = b->parts[1].len};
    char why[600];
    if (mail_compose(&m, msg, why, sizeof why) != 0) {
        cli_error("%s; the briefing was not %s", why, b->send ? "sent" : "written");
        return EXIT_INTERNAL;
    }
    return EXIT_OK;
}

/* Sends out, writes it to -o's file, or to standard output. Returns an
** exit code, a failure reported (standard output's by cli_out_finish). */
static int deliver(const brief_cli *b, const strbuf *out)
{
    if (b->send)
        return smtp_send(b->smtp, b->from, b->to, b->nto, sb_str(out), out->len);
    if (b->output)
        return write_file(b->output, sb_str(out), out->len);
    return cli_out_record(sb_str(out), out->len) < 0 ? EXIT_WRITE : EXIT_OK;
}

/* Opens the database, writes the briefing and delivers it, and says when
** its period was empty. Returns the exit code. */
static int run(brief_cli *b)
{
    dyad_store *s = NULL;
    int rc = dyad_store_open(b->db, DYAD_STORE_READ, &s), exit = EXIT_OK;
    if (rc != DYAD_OK) {
        rc = cli_store_failed(s, rc, DYAD_STORE_READ);
        dyad_store_free(s);
        return rc;
    }
    if (!b->output && !b->send)
        cli_out_catch_signals();
    long events = 0;
    dyad_brief_opts o = b->o;
    if (b->email)
        o.format = DYAD_BRIEF_TEXT_HTML;
    rc = dyad_store_brief(s, &o, collect, b, &events);
    strbuf msg = {0};
    if (rc == DYAD_EUSAGE)
        exit = cli_usage_error("brief", "%s", dyad_store_errmsg(s));
    else if (rc != DYAD_OK)
        exit = cli_store_failed(s, rc, DYAD_STORE_READ);
    else if (b->email && (exit = compose(b, &msg)) == EXIT_OK)
        exit = deliver(b, &msg);
    else if (!b->email)
        exit = deliver(b, &b->parts[0]);
    sb_free(&msg);
    dyad_store_summary sum;
    if (rc == DYAD_OK && events == 0 && dyad_store_summarize(s, &sum) == DYAD_OK) {
        char n[32];
        cli_out_flush();
        cli_warning("the briefing's period holds no event; %s holds %s events, dated %s to %s: "
                    "choose the period with --date and --days", b->db,
                    cli_count(n, sum.events), sum.first[0] ? sum.first : "-",
                    sum.last[0] ? sum.last : "-");
    }
    dyad_store_free(s);
    return exit;
}

/* Takes option a with its value v. Returns EXIT_OK or a usage error. */
static int brief_option(brief_cli *b, const char *a, const char *v)
{
    if (strcmp(a, "--db") == 0) {
        b->db = v;
    } else if (strcmp(a, "--date") == 0) {
        if (!base_parse_date(v, strlen(v), b->date))
            return cli_usage_error("brief", "--date '%s' is not a date; write it as "
                                   "YYYY-MM-DD", v);
        b->o.date = b->date;
    } else if (strcmp(a, "--days") == 0) {
        long n;
        if (!cli_number(v, 1, 366, &n))
            return cli_usage_error("brief", "--days wants a number of days from 1 to 366, "
                                   "not '%s'", v);
        b->o.days = (int)n;
    } else if (strcmp(a, "--format") == 0) {
        if (strcmp(v, "html") != 0 && strcmp(v, "text") != 0 && strcmp(v, "email") != 0)
            return cli_usage_error("brief", "unknown format '%s'; use html, text or email", v);
        b->format = v;
        b->email = v[0] == 'e';
        b->o.format = v[0] == 't' ? DYAD_BRIEF_TEXT : DYAD_BRIEF_HTML;
    } else if (strcmp(a, "--from") == 0) {
        b->from = v;
    } else if (strcmp(a, "--to") == 0) {
        b->to[b->nto++] = v;
    } else if (strcmp(a, "--smtp") == 0) {
        b->smtp = v;
    } else {
        b->output = v;
    }
    return EXIT_OK;
}

/* The e-mail options together: the ones an e-mail needs, none without
** one, and every address one the message can carry. */
static int check_mail(brief_cli *b)
{
    char why[600];
    if (b->send && b->format && !b->email)
        return cli_usage_error("brief", "--send sends an e-mail, and --format %s is no "
                               "e-mail; leave --format out", b->format);
    if (b->send && b->output)
        return cli_usage_error("brief", "--send sends the e-mail, and -o writes it to a "
                               "file; choose one");
    if (b->send && !b->smtp)
        return cli_usage_error("brief", "--send needs --smtp HOST:PORT, the server to hand "
                               "the e-mail to (localhost:25 for this machine's)");
    if (b->smtp && !b->send)
        return cli_usage_error("brief", "--smtp names the server for --send; add --send, "
                               "or leave --smtp out");
    b->email |= b->send;
    if (!b->email && (b->from || b->nto))
        return cli_usage_error("brief", "%s is for an e-mail; add --format email or --send",
                               b->from ? "--from" : "--to");
    if (!b->email)
        return EXIT_OK;
    if (!b->from || !b->nto)
        return cli_usage_error("brief", "an e-mail needs --from ADDR and at least one "
                               "--to ADDR");
    if (mail_address_check(b->from, why, sizeof why) != 0)
        return cli_usage_error("brief", "--from %s", why);
    for (int i = 0; i < b->nto; i++)
        if (mail_address_check(b->to[i], why, sizeof why) != 0)
            return cli_usage_error("brief", "--to %s", why);
    if (b->smtp && smtp_check_server(b->smtp, why, sizeof why) != 0)
        return cli_usage_error("brief", "%s", why);
    return EXIT_OK;
}

int cmd_brief(int argc, char **argv)
{
    static const char *const options[] = {"--db", "--date", "--days", "--format", "-o",
                                          "--output", "--from", "--to", "--smtp"};
    /* --to's values point into argv: at most one for every argument */
    const char **to = malloc((size_t)argc * sizeof *to);
    brief_cli b = {.db = "dyad.db", .to = to};
    int rc = to ? EXIT_OK : EXIT_INTERNAL;
    if (!to)
        cli_error("out of memory");
    for (int i = 1; rc == EXIT_OK && i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            free(to);
            return EXIT_OK;
        }
        if (strcmp(a, "--send") == 0) {
            b.send = 1;
            continue;
        }
        if (a[0] != '-' || a[1] == '\0') {
            rc = cli_usage_error("brief", "brief reads no files ('%s'); it reads --db", a);
            break;
        }
        size_t k = 0;
        while (k < sizeof options / sizeof options[0] && strcmp(a, options[k]) != 0)
            k++;
        if (k == sizeof options / sizeof options[0])
            rc = cli_usage_error("brief", "unknown option '%s'", a);
        else if (i + 1 >= argc)
            rc = cli_usage_error("brief", "option '%s' needs a value", a);
        else
            rc = brief_option(&b, a, argv[++i]);
    }
    if (rc == EXIT_OK)
        rc = check_mail(&b);
    if (rc == EXIT_OK)
        rc = run(&b);
    sb_free(&b.parts[0]);
    sb_free(&b.parts[1]);
    free(to);
    return rc;
}
