/*
** cmd_brief.c — `dyad brief`: the briefing on a period, as an HTML page or
** plain text. Options and messages only; src/views/brief*.c does the work.
** A file named by -o is written beside itself first and renamed into place
** when whole, so that a failed run never leaves half a page under its
** name.
*/
#include "cli.h"
#include "base/base.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int to_stdout(void *ctx, const char *s, size_t n)
{
    (void)ctx;
    return cli_out_record(s, n) < 0 ? -1 : 0;
}

static int to_file(void *ctx, const char *s, size_t n)
{
    return fwrite(s, 1, n, ctx) == n ? 0 : -1;
}

static const char help_text[] =
    "usage: dyad brief [OPTIONS]\n\n"
    "Writes the briefing on a period: the dyads whose cooperation or conflict moved\n"
    "most against the period before, with a chart of each; the most active dyads;\n"
    "the notable events with their sentences, sources and evidence.\n\n"
    "options:\n"
    "  --db FILE          the database (default dyad.db)\n"
    "  --date DATE        the period's last day (default: the last day with events)\n"
    "  --days N           the period's length in days (default 7)\n"
    "  --format FORMAT    html (default: one page, charts in SVG) or text\n"
    "  -o, --output FILE  write to FILE (default: standard output)\n"
    "  -h, --help         show this help\n";

/* Writes the briefing into path through a file beside it, renamed into
** place when whole. Returns a dyad status, the message on s or said. */
static int write_file(dyad_store *s, const dyad_brief_opts *o, const char *path, int *failed,
                      long *events)
{
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= (int)sizeof tmp) {
        cli_error("%s: the name is too long", path);
        *failed = EXIT_USAGE;
        return DYAD_EUSAGE;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        cli_error("cannot write %s: %s", path, strerror(errno));
        *failed = EXIT_WRITE;
        return DYAD_EIO;
    }
    int rc = dyad_store_brief(s, o, to_file, f, events);
    int werr = ferror(f) ? errno : 0;
    if (fclose(f) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (rc == DYAD_OK && !werr && rename(tmp, path) != 0)
        werr = errno;
    if (rc == DYAD_OK && !werr)
        return DYAD_OK;
    remove(tmp);
    if (werr || (rc == DYAD_EIO && strcmp(dyad_store_errmsg(s), "the output could not be "
                                                                 "written") == 0)) {
        cli_error("cannot write %s: %s", path, strerror(werr ? werr : EIO));
        *failed = EXIT_WRITE;
    }
    return rc;
}

int cmd_brief(int argc, char **argv)
{
    const char *db = "dyad.db", *output = NULL;
    char date[11] = "";
    dyad_brief_opts o = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (a[0] != '-' || a[1] == '\0')
            return cli_usage_error("brief", "brief reads no files ('%s'); it reads --db", a);
        if (strcmp(a, "--db") && strcmp(a, "--date") && strcmp(a, "--days") &&
            strcmp(a, "--format") && strcmp(a, "-o") && strcmp(a, "--output"))
            return cli_usage_error("brief", "unknown option '%s'", a);
        if (i + 1 >= argc)
            return cli_usage_error("brief", "option '%s' needs a value", a);
        const char *v = argv[++i];
        char *end;
        if (strcmp(a, "--db") == 0) {
            db = v;
        } else if (strcmp(a, "--date") == 0) {
            if (!base_parse_date(v, strlen(v), date))
                return cli_usage_error("brief", "--date '%s' is not a date; write it as "
                                       "YYYY-MM-DD", v);
            o.date = date;
        } else if (strcmp(a, "--days") == 0) {
            long n = strtol(v, &end, 10);
            if (*v < '0' || *v > '9' || *end || n < 1 || n > 366)
                return cli_usage_error("brief", "--days wants a number of days from 1 to "
                                       "366, not '%s'", v);
            o.days = (int)n;
        } else if (strcmp(a, "--format") == 0) {
            if (strcmp(v, "html") == 0)
                o.format = DYAD_BRIEF_HTML;
            else if (strcmp(v, "text") == 0)
                o.format = DYAD_BRIEF_TEXT;
            else
                return cli_usage_error("brief", "unknown format '%s'; use html or text", v);
        } else {
            output = v;
        }
    }
    dyad_store *s = NULL;
    int rc = dyad_store_open(db, DYAD_STORE_READ, &s);
    if (rc != DYAD_OK) {
        rc = cli_store_failed(s, rc, DYAD_STORE_READ);
        dyad_store_free(s);
        return rc;
    }
    int failed = 0;
    long events = 0;
    if (output) {
        rc = write_file(s, &o, output, &failed, &events);
    } else {
        cli_out_catch_signals();
        rc = dyad_store_brief(s, &o, to_stdout, NULL, &events);
        if (rc == DYAD_EIO && strcmp(dyad_store_errmsg(s), "the output could not be written") == 0)
            failed = EXIT_WRITE;   /* said once, by cli_out_finish */
    }
    int exit = failed ? failed
             : rc == DYAD_EUSAGE ? cli_usage_error("brief", "%s", dyad_store_errmsg(s))
             : rc != DYAD_OK ? cli_store_failed(s, rc, DYAD_STORE_READ)
             : EXIT_OK;
    dyad_store_summary sum;
    if (rc == DYAD_OK && events == 0 && dyad_store_summarize(s, &sum) == DYAD_OK) {
        char n[32];
        cli_out_flush();
        cli_warning("the briefing's period holds no event; %s holds %s, dated %s to %s: "
                    "choose the period with --date and --days", db, cli_count(n, sum.events),
                    sum.first[0] ? sum.first : "-", sum.last[0] ? sum.last : "-");
    }
    dyad_store_free(s);
    return exit;
}
