/*
** input.c — the options that every article-reading command shares
** (--input, --date, --id, --source, --max-errors, --max-article-bytes) and
** the loop over files and documents.
*/
#include "cli.h"
#include "base/base.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
        /* the readers' parser, so that --date takes what records may hold */
        if (!base_parse_date(v, strlen(v), in->date)) {
            cli_usage_error(cmd, "--date '%s' is not a date; write it as YYYY-MM-DD "
                            "(YYYYMMDD and 2024-03-21T10:00:00Z are accepted too)", v);
            return -1;
        }
        in->opts.date = in->date;
        return 1;
    }
    if (is_option(arg, "--max-errors") || is_option(arg, "--max-article-bytes")) {
        const char *name = arg[6] == 'e' ? "--max-errors" : "--max-article-bytes";
        if (!(v = option_value(cmd, argc, argv, i, name)))
            return -1;
        long n;
        if (!cli_number(v, 0, LONG_MAX - 1, &n)) {
            cli_usage_error(cmd, "%s wants a number, not '%s' (0: no limit)", name, v);
            return -1;
        }
        *(name[6] == 'e' ? &in->max_errors : &in->max_article) = n ? n : LONG_MAX;
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

/* The readers' diag callback: shows the first max_errors messages of each
** file and counts the rest. A message about the whole file (no line: "no
** record could be read ... found XML") is always shown, since it explains
** the flood above it. */
static void input_diag(void *ctx, const dyad_diag *d)
{
    cli_input *in = ctx;
    if (d->line == 0) {
        cli_diag(NULL, d);
    } else if (in->shown < in->max_errors) {
        in->shown++;
        cli_diag(NULL, d);
    } else {
        in->hidden++;
    }
}

/* Closes the count of one file's messages: one line for those held back. */
static void end_of_file(cli_input *in, const char *file)
{
    if (in->hidden > 0)
        cli_warning("%s: %ld more messages not shown; --max-errors N shows N a file, "
                    "0 all", strcmp(file, "-") == 0 ? "<stdin>" : file, in->hidden);
    in->shown = in->hidden = 0;
}

/* An article longer than --max-article-bytes: reported as the record's
** error, and skipped, so that one huge record cannot take the memory that
** coding it would need (about 5 times its size for news text, more for text
** without sentence ends; README, Benchmarks). */
static void too_big(cli_input *in, const dyad_doc *doc)
{
    char msg[256];
    snprintf(msg, sizeof msg,
             "the article is %zu bytes, more than the limit of %ld; skipped: split it, "
             "or raise the limit with --max-article-bytes N", doc->text_len, in->max_article);
    dyad_diag d = {DYAD_ERROR, doc->file, doc->line, 0, msg};
    input_diag(in, &d);
    in->too_big++;
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
    if (in->max_errors == 0)
        in->max_errors = CLI_MAX_ERRORS;
    if (in->max_article == 0)
        in->max_article = CLI_MAX_ARTICLE;
    in->shown = in->hidden = in->too_big = 0;
    in->opts.diag = input_diag;
    in->opts.diag_ctx = in;
    cli_out_catch_signals();
    dyad_reader *r = in->reader = dyad_reader_new(&in->opts);
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
            if (doc->text_len > (size_t)in->max_article) {
                too_big(in, doc);
                continue;
            }
            int frc = fn(ctx, doc);
            if (frc != 0) {
                end_of_file(in, files[f]);
                dyad_reader_free(r);
                in->reader = NULL;
                return frc;
            }
        }
        end_of_file(in, files[f]);
    }
    const dyad_read_stats *st = dyad_reader_stats(r);
    long skipped = st->skipped + in->too_big;
    if (skipped > 0) {
        cli_warning("read %ld records, skipped %ld (see the messages above)",
                    st->records - in->too_big, skipped);
        if (status == EXIT_OK)
            status = EXIT_INPUT;
    }
    if (st->empty > 0 && status == EXIT_OK)
        status = EXIT_INPUT;   /* each was reported as it ended */
    dyad_reader_free(r);
    in->reader = NULL;
    return status;
}
