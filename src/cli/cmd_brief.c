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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What the command line asked for. */
typedef struct brief_cli {
    const char *db, *output;
    char date[11];
    dyad_brief_opts o;
    int write_failed;       /* standard output could not be written */
} brief_cli;

static int to_stdout(void *ctx, const char *s, size_t n)
{
    brief_cli *b = ctx;
    if (cli_out_record(s, n) < 0) {
        b->write_failed = 1;
        return -1;
    }
    return 0;
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

/* Writes the briefing into b->output through a file beside it, renamed
** into place when whole. Returns a dyad status; *exit gets EXIT_WRITE
** (said here) when the file could not be written. */
static int write_file(dyad_store *s, brief_cli *b, int *exit, long *events)
{
    char tmp[4200];
    if (snprintf(tmp, sizeof tmp, "%s.%ld.tmp", b->output, (long)getpid()) >= (int)sizeof tmp) {
        cli_error("%s: the name is too long", b->output);
        *exit = EXIT_USAGE;
        return DYAD_EUSAGE;
    }
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        cli_error("cannot write %s: %s", b->output, strerror(errno));
        *exit = EXIT_WRITE;
        return DYAD_EIO;
    }
    int rc = dyad_store_brief(s, &b->o, to_file, f, events);
    int werr = ferror(f) ? (errno ? errno : EIO) : 0;
    if (fclose(f) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (rc == DYAD_OK && !werr && rename(tmp, b->output) != 0)
        werr = errno;
    if (rc == DYAD_OK && !werr)
        return DYAD_OK;
    remove(tmp);
    if (werr) {
        cli_error("cannot write %s: %s", b->output, strerror(werr));
        *exit = EXIT_WRITE;
    }
    return rc != DYAD_OK ? rc : DYAD_EIO;
}

/* Takes option a with its value v. Returns EXIT_OK or a usage error. */
static int brief_option(brief_cli *b, const char *a, const char *v)
{
    char *end;
    if (strcmp(a, "--db") == 0) {
        b->db = v;
    } else if (strcmp(a, "--date") == 0) {
        if (!base_parse_date(v, strlen(v), b->date))
            return cli_usage_error("brief", "--date '%s' is not a date; write it as "
                                   "YYYY-MM-DD", v);
        b->o.date = b->date;
    } else if (strcmp(a, "--days") == 0) {
        long n = strtol(v, &end, 10);
        if (*v < '0' || *v > '9' || *end || n < 1 || n > 366)
            return cli_usage_error("brief", "--days wants a number of days from 1 to 366, "
                                   "not '%s'", v);
        b->o.days = (int)n;
    } else if (strcmp(a, "--format") == 0) {
        if (strcmp(v, "html") != 0 && strcmp(v, "text") != 0)
            return cli_usage_error("brief", "unknown format '%s'; use html or text", v);
        b->o.format = v[0] == 'h' ? DYAD_BRIEF_HTML : DYAD_BRIEF_TEXT;
    } else {
        b->output = v;
    }
    return EXIT_OK;
}

/* Opens the database, writes the briefing, and says when its period was
** empty. Returns the exit code. */
static int run(brief_cli *b)
{
    dyad_store *s = NULL;
    int rc = dyad_store_open(b->db, DYAD_STORE_READ, &s), exit = EXIT_OK;
    if (rc != DYAD_OK) {
        rc = cli_store_failed(s, rc, DYAD_STORE_READ);
        dyad_store_free(s);
        return rc;
    }
    long events = 0;
    if (b->output) {
        rc = write_file(s, b, &exit, &events);
    } else {
        cli_out_catch_signals();
        rc = dyad_store_brief(s, &b->o, to_stdout, b, &events);
        if (b->write_failed)
            exit = EXIT_WRITE;   /* said once, by cli_out_finish */
    }
    if (exit == EXIT_OK && rc == DYAD_EUSAGE)
        exit = cli_usage_error("brief", "%s", dyad_store_errmsg(s));
    else if (exit == EXIT_OK && rc != DYAD_OK)
        exit = cli_store_failed(s, rc, DYAD_STORE_READ);
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

int cmd_brief(int argc, char **argv)
{
    static const char *const options[] = {"--db", "--date", "--days", "--format", "-o",
                                          "--output"};
    brief_cli b = {.db = "dyad.db"};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (a[0] != '-' || a[1] == '\0')
            return cli_usage_error("brief", "brief reads no files ('%s'); it reads --db", a);
        size_t k = 0;
        while (k < sizeof options / sizeof options[0] && strcmp(a, options[k]) != 0)
            k++;
        if (k == sizeof options / sizeof options[0])
            return cli_usage_error("brief", "unknown option '%s'", a);
        if (i + 1 >= argc)
            return cli_usage_error("brief", "option '%s' needs a value", a);
        int rc = brief_option(&b, a, argv[++i]);
        if (rc != EXIT_OK)
            return rc;
    }
    return run(&b);
}
