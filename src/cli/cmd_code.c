/*
** cmd_code.c — `dyad code`: articles in, events out (and, as JSON lines,
** the quotes of each article after its events); `dyad quotes`: the quotes
** alone, readable. Both code the articles: quotes come from the coder.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct code_ctx {
    dyad_dedupe *dedupe;      /* --dedupe: events merged across articles; else NULL */
    dyad_output_format format;
    int explain;
    dyad_render_format quotes;   /* dyad quotes: how quotes are written */
    long seq;
    char *line;
    size_t cap;
    int dedupe_days;          /* --dedupe's window; -1 without --dedupe */
} code_ctx;

/* The window of --dedupe, in days of article dates (--dedupe-days). */
#define DEDUPE_DAYS 7

/* Makes c->line hold a line of need bytes and its NUL. need 0 means that
** formatting ran out of memory (every line has at least its '\n'). Returns
** 1 when the line must be formatted again, 0 when it fitted, or an exit
** code (negated). */
static int line_room(code_ctx *c, size_t need)
{
    if (need == 0 || need + 1 > c->cap) {
        char *p = need ? realloc(c->line, need + 1) : NULL;
        if (!p) {
            cli_error("out of memory");
            return -EXIT_INTERNAL;
        }
        c->line = p;
        c->cap = need + 1;
        return 1;
    }
    return 0;
}

/* Writes event e as one line; returns 0 or an exit code. */
static int print_line(code_ctx *c, const dyad_event *e)
{
    size_t need = dyad_event_format(e, c->format, c->seq, c->explain, c->line, c->cap);
    int r = line_room(c, need);
    if (r < 0)
        return -r;
    if (r)
        dyad_event_format(e, c->format, c->seq, c->explain, c->line, c->cap);
    return cli_out_record(c->line, need) < 0 ? EXIT_WRITE : 0;
}

/* With --dedupe: writes the merged events that are complete (every one,
** with all: the input has ended); returns 0 or an exit code. */
static int print_merged(code_ctx *c, int all)
{
    const dyad_event *e;
    int rc;
    while ((rc = dyad_dedupe_next(c->dedupe, all, &e)) == DYAD_OK) {
        c->seq++;
        if ((rc = print_line(c, e)) != 0)
            return rc;
    }
    if (rc != DYAD_DONE) {
        cli_error("%s", dyad_dedupe_errmsg(c->dedupe));
        return EXIT_INTERNAL;
    }
    return 0;
}

/* Writes quote q as one line in format f; returns 0 or an exit code. */
static int print_quote(code_ctx *c, const dyad_quote *q, dyad_render_format f)
{
    size_t need = dyad_quote_format(q, f, c->line, c->cap);
    int r = line_room(c, need);
    if (r < 0)
        return -r;
    if (r)
        dyad_quote_format(q, f, c->line, c->cap);
    return cli_out_record(c->line, need) < 0 ? EXIT_WRITE : 0;
}

/* Writes the events and quotes of doc, just coded by coder (cli_emit_fn). */
static int code_doc(void *vctx, const dyad_doc *doc, dyad_coder *coder)
{
    code_ctx *c = vctx;
    int rc;
    size_t n = dyad_coder_event_count(coder);
    for (size_t i = 0; i < n; i++) {
        if (c->dedupe) {
            if (dyad_dedupe_add(c->dedupe, dyad_coder_event(coder, i), doc->source) != DYAD_OK) {
                cli_error("%s", dyad_dedupe_errmsg(c->dedupe));
                return EXIT_INTERNAL;
            }
            continue;
        }
        c->seq++;
        if ((rc = print_line(c, dyad_coder_event(coder, i))) != 0)
            return rc;
    }
    if (c->dedupe && (rc = print_merged(c, 0)) != 0)
        return rc;
    /* quotes after the events, in JSON lines only: the PETRARCH and GDELT
    ** layouts are event tables with no place for them */
    n = c->format == DYAD_OUT_JSONL ? dyad_coder_quote_count(coder) : 0;
    for (size_t i = 0; i < n; i++)
        if ((rc = print_quote(c, dyad_coder_quote(coder, i), DYAD_RENDER_JSON)) != 0)
            return rc;
    if (c->explain) {
        size_t nr = dyad_coder_reject_count(coder);
        for (size_t i = 0; i < nr; i++)
            fprintf(stderr, "%s: %s\n", doc->id, dyad_coder_reject(coder, i));
    }
    return 0;
}

static const char help_text[] =
    "usage: dyad code [OPTIONS] [--] [FILE...]\n\n"
    "Codes articles into CAMEO events, one line per event.\n\n"
    "options:\n"
    "  --dict DIR            dyad dictionaries (default: the data folder's dict/)\n"
    "  --petrarch-dicts DIR  PETRARCH2 dictionaries instead (CAMEO.2.0.txt, Phoenix.*);\n"
    "                        their faults in one line ('dyad dict check' lists them)\n"
    "  --format FORMAT       jsonl (default), petrarch or gdelt\n"
    "  --explain             add pattern, dictionary lines and slot words to each event;\n"
    "                        print the dictionary files read and rejected candidates\n"
    "                        to stderr\n"
    "  --all-modalities      keep events not said to happen too: negated, hypothetical,\n"
    "                        conditions, plans with no intent code (marked so)\n"
    "  --dedupe              one record per event reported by several articles (same\n"
    "                        source, target, code and event date), with mention,\n"
    "                        source and article counts and every report\n"
    "  --dedupe-days N       with --dedupe: merge reports while the article dates stay\n"
    "                        within N days of the first report's (default 7; 0: the\n"
    "                        whole input, kept in memory)\n"
    "  --partial             keep events with one actor unknown (\"---\"), and agents\n"
    "                        whose country neither sentence nor article gives\n"
    "                        (\"---GOV\"), as PETRARCH does without require_dyad\n"
    CLI_JOBS_HELP
    CLI_INPUT_HELP;

/* Loads the dictionaries, starts the coder and codes every article of in
** on jobs threads, fn writing each; returns the exit code. */
static int run(code_ctx *c, cli_input *in, dyad_coder_opts *copts, const char *cmd,
               const char *dict_dir, const char *petr_dir, int jobs, cli_emit_fn fn)
{
    dyad_dict *dict = NULL;
    dyad_coder *coder = NULL;
    copts->date = in->opts.date;
    int rc = cli_start_coder(cmd, dict_dir, petr_dir, copts, &dict, &coder);
    if (rc != EXIT_OK)
        return rc;
    if (c->dedupe_days >= 0 && !(c->dedupe = dyad_dedupe_new(c->dedupe_days))) {
        cli_error("out of memory");
        rc = EXIT_INTERNAL;
    } else {
        rc = cli_code_each_doc(in, jobs, coder, dict, copts, fn, c);
        /* the input has ended: every record still held is complete */
        if (c->dedupe && rc != EXIT_INTERNAL && rc != EXIT_WRITE) {
            int r = print_merged(c, 1);
            if (r)
                rc = r;
        }
    }
    dyad_dedupe_free(c->dedupe);
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    free(c->line);
    return rc;
}

/* The arguments both commands read alike at argv[*i]: "--" (all after it
** are files), the input options (advancing *i past a value), and files;
** another word starting with '-' is an unknown option. Returns 0 to go
** on, 1 when "--" has taken the rest, or EXIT_USAGE (reported). */
static int common_arg(cli_input *in, const char *cmd, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "--") == 0) {
        while (++*i < argc)
            in->files[in->nfiles++] = argv[*i];
        return 1;
    }
    int r = cli_input_option(in, cmd, argc, argv, i);
    if (r < 0)
        return EXIT_USAGE;
    if (r == 0) {
        if (a[0] == '-' && a[1] != '\0')
            return cli_usage_error(cmd, "unknown option '%s'", a);
        in->files[in->nfiles++] = a;
    }
    return 0;
}

int cmd_code(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    const char *dict_dir = NULL, *petr_dir = NULL;
    code_ctx c = {.dedupe_days = -1};
    dyad_coder_opts copts = {0};
    int dedupe = 0, dedupe_days = -1, jobs = cli_jobs_default();
    in.files = files;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r;
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(a, "--explain") == 0) {
            c.explain = copts.explain = 1;
        } else if (strcmp(a, "--all-modalities") == 0) {
            copts.all_modalities = 1;
        } else if (strcmp(a, "--dedupe") == 0) {
            dedupe = 1;
        } else if (strcmp(a, "--dedupe-days") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("code", "option '%s' needs a value", a);
            const char *v = argv[++i];
            long n;
            if (!cli_number(v, 0, 36500, &n))
                return cli_usage_error("code", "--dedupe-days wants a number of days from 0 "
                                       "to 36500, not '%s'", v);
            dedupe_days = (int)n;
        } else if (strcmp(a, "--partial") == 0) {
            copts.partial = 1;
        } else if ((r = cli_jobs_option(&jobs, "code", argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if (strcmp(a, "--dict") == 0 || strcmp(a, "--petrarch-dicts") == 0 ||
                   strcmp(a, "--format") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("code", "option '%s' needs a value", a);
            const char *v = argv[++i];
            if (a[2] == 'd')
                dict_dir = v;
            else if (a[2] == 'p')
                petr_dir = v;
            else if (strcmp(v, "jsonl") == 0)
                c.format = DYAD_OUT_JSONL;
            else if (strcmp(v, "petrarch") == 0)
                c.format = DYAD_OUT_PETRARCH;
            else if (strcmp(v, "gdelt") == 0)
                c.format = DYAD_OUT_GDELT;
            else
                return cli_usage_error("code", "unknown output format '%s'; use jsonl, "
                                       "petrarch or gdelt", v);
        } else {
            r = common_arg(&in, "code", argc, argv, &i);
            if (r == 1)
                break;
            if (r)
                return r;
        }
    }
    if (dedupe_days >= 0 && !dedupe)
        return cli_usage_error("code", "--dedupe-days sets the window of --dedupe; give "
                               "--dedupe too");
    if (dedupe)
        c.dedupe_days = dedupe_days >= 0 ? dedupe_days : DEDUPE_DAYS;
    return run(&c, &in, &copts, "code", dict_dir, petr_dir, jobs, code_doc);
}

/* ---- dyad quotes ---- */

/* Writes the quotes of doc, just coded by coder (cli_emit_fn). */
static int quotes_doc(void *vctx, const dyad_doc *doc, dyad_coder *coder)
{
    code_ctx *c = vctx;
    (void)doc;
    int rc;
    size_t n = dyad_coder_quote_count(coder);
    for (size_t i = 0; i < n; i++)
        if ((rc = print_quote(c, dyad_coder_quote(coder, i), c->quotes)) != 0)
            return rc;
    return 0;
}

static const char quotes_help[] =
    "usage: dyad quotes [OPTIONS] [--] [FILE...]\n\n"
    "Prints the quotes of articles and who said them, one line each:\n"
    "DOC:SENT  SPEAKER, DESCRIPTION [CODE]: \"TEXT\" (partly: a few quoted words;\n"
    "indirectly: reported speech, no quotation marks).\n\n"
    "options:\n"
    "  --json                the JSON records 'dyad code' writes instead\n"
    "  --dict DIR            dyad dictionaries, for speakers' codes (default: the\n"
    "                        data folder's dict/)\n"
    "  --petrarch-dicts DIR  PETRARCH2 dictionaries instead\n"
    CLI_INPUT_HELP;

int cmd_quotes(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    const char *dict_dir = NULL, *petr_dir = NULL;
    code_ctx c = {.quotes = DYAD_RENDER_TEXT, .dedupe_days = -1};
    dyad_coder_opts copts = {0};
    in.files = files;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(quotes_help, stdout);
            return EXIT_OK;
        }
        if (strcmp(a, "--json") == 0) {
            c.quotes = DYAD_RENDER_JSON;
        } else if (strcmp(a, "--dict") == 0 || strcmp(a, "--petrarch-dicts") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("quotes", "option '%s' needs a value", a);
            *(a[2] == 'd' ? &dict_dir : &petr_dir) = argv[++i];
        } else {
            int r = common_arg(&in, "quotes", argc, argv, &i);
            if (r == 1)
                break;
            if (r)
                return r;
        }
    }
    return run(&c, &in, &copts, "quotes", dict_dir, petr_dir, 1, quotes_doc);
}
