/*
** input.c — the options that every article-reading command shares
** (--input, --date, --id, --source) and the loop over files and documents.
*/
#include "cli.h"

#include <stdio.h>
#include <string.h>

static int valid_date(const char *s)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return 0;
    if (s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    return 1;
}

/* Takes the value of option argv[*i], either after '=' or as the next arg. */
static const char *option_value(const char *cmd, int argc, char **argv, int *i,
                                const char *name)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);
    if (arg[n] == '=')
        return arg + n + 1;
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "option '%s' needs a value", name);
        return NULL;
    }
    return argv[++*i];
}

static int is_option(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int cli_input_option(cli_input *in, const char *cmd, int argc, char **argv, int *i)
{
    const char *arg = argv[*i], *v;
    if (is_option(arg, "--input")) {
        if (!(v = option_value(cmd, argc, argv, i, "--input")))
            return -1;
        if (strcmp(v, "text") == 0)
            in->opts.format = DYAD_INPUT_TEXT;
        else if (strcmp(v, "jsonl") == 0)
            in->opts.format = DYAD_INPUT_JSONL;
        else if (strcmp(v, "petrarch") == 0 || strcmp(v, "xml") == 0)
            in->opts.format = DYAD_INPUT_PETRARCH;
        else {
            cli_usage_error(cmd, "unknown input format '%s'; use text, jsonl or petrarch", v);
            return -1;
        }
        return 1;
    }
    if (is_option(arg, "--date")) {
        if (!(v = option_value(cmd, argc, argv, i, "--date")))
            return -1;
        if (!valid_date(v)) {
            cli_usage_error(cmd, "--date '%s' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-21", v);
            return -1;
        }
        in->opts.date = v;
        return 1;
    }
    if (is_option(arg, "--id")) {
        if (!(v = option_value(cmd, argc, argv, i, "--id")))
            return -1;
        in->opts.id = v;
        return 1;
    }
    if (is_option(arg, "--source")) {
        if (!(v = option_value(cmd, argc, argv, i, "--source")))
            return -1;
        in->opts.source = v;
        return 1;
    }
    return 0;
}

int cli_for_each_doc(cli_input *in, cli_doc_fn fn, void *ctx)
{
    static const char *stdin_only[] = {"-"};
    const char **files = in->nfiles ? in->files : stdin_only;
    int nfiles = in->nfiles ? in->nfiles : 1;
    int status = EXIT_OK;

    if (in->opts.id && nfiles > 1)
        return cli_usage_error(NULL, "--id names one article, but %d files were given; "
                               "drop --id to use each file's name", nfiles);
    in->opts.diag = cli_diag;
    dyad_reader *r = dyad_reader_new(&in->opts);
    if (!r) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    for (int f = 0; f < nfiles && status != EXIT_INTERNAL; f++) {
        if (dyad_reader_open(r, files[f]) != DYAD_OK) {
            cli_error("%s", dyad_reader_errmsg(r));
            status = EXIT_INPUT;
            continue;
        }
        for (;;) {
            const dyad_doc *doc;
            int rc = dyad_reader_next(r, &doc);
            if (rc == DYAD_DONE)
                break;
            if (rc != DYAD_OK) {
                cli_error("%s", dyad_reader_errmsg(r));
                status = rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
                break;
            }
            int frc = fn(ctx, doc);
            if (frc != 0) {
                dyad_reader_free(r);
                return frc;
            }
        }
    }
    const dyad_read_stats *st = dyad_reader_stats(r);
    if (st->skipped > 0) {
        cli_warning("read %ld records, skipped %ld (see the messages above)",
                    st->records, st->skipped);
        if (status == EXIT_OK)
            status = EXIT_INPUT;
    }
    if (st->empty > 0 && status == EXIT_OK)
        status = EXIT_INPUT;   /* each was reported as it ended */
    dyad_reader_free(r);
    return status;
}
