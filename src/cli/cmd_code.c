/*
** cmd_code.c — `dyad code`: articles in, events out.
*/
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct code_ctx {
    dyad_coder *coder;
    dyad_output_format format;
    int explain;
    long seq;
    char *line;
    size_t cap;
} code_ctx;

/* Writes event e as one line; returns 0 or an exit code. */
static int print_line(code_ctx *c, const dyad_event *e)
{
    size_t need = dyad_event_format(e, c->format, c->seq, c->explain, c->line, c->cap);
    if (need == 0) {   /* every line has at least its '\n': formatting ran out of memory */
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    if (need + 1 > c->cap) {
        char *p = realloc(c->line, need + 1);
        if (!p) {
            cli_error("out of memory");
            return EXIT_INTERNAL;
        }
        c->line = p;
        c->cap = need + 1;
        dyad_event_format(e, c->format, c->seq, c->explain, c->line, c->cap);
    }
    return cli_out_record(c->line, need) < 0 ? EXIT_WRITE : 0;
}

static int code_doc(void *vctx, const dyad_doc *doc)
{
    code_ctx *c = vctx;
    int rc = dyad_coder_code(c->coder, doc);
    if (rc != DYAD_OK) {
        cli_error("%s: %s", doc->id, dyad_errstr(rc));
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    size_t n = dyad_coder_event_count(c->coder);
    for (size_t i = 0; i < n; i++) {
        c->seq++;
        if ((rc = print_line(c, dyad_coder_event(c->coder, i))) != 0)
            return rc;
    }
    if (c->explain) {
        size_t nr = dyad_coder_reject_count(c->coder);
        for (size_t i = 0; i < nr; i++)
            fprintf(stderr, "%s: %s\n", doc->id, dyad_coder_reject(c->coder, i));
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
    "  --all-modalities      keep negated events too (marked \"negated\")\n"
    "  --partial             keep events with one actor unknown (\"---\"), and agents\n"
    "                        whose country neither sentence nor article gives\n"
    "                        (\"---GOV\"), as PETRARCH does without require_dyad\n"
    "  --input FORMAT        text, jsonl or petrarch (default: guessed from the name)\n"
    "  --date DATE           date for articles without one: YYYY-MM-DD,\n"
    "                        YYYYMMDD or an ISO timestamp (2024-03-21T10:00:00Z)\n"
    "  --id ID               article id for plain text (default: the file name)\n"
    "  --source NAME         source name when the input has none\n"
    "  --max-errors N        at most N messages per input file (default 20; 0: all)\n"
    "  --max-article-bytes N\n"
    "                        skip articles over N bytes (default 10000000; 0: none)\n"
    "  -h, --help            show this help\n";

int cmd_code(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    const char *dict_dir = NULL, *petr_dir = NULL;
    code_ctx c = {0};
    dyad_coder_opts copts = {0};
    in.files = files;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--") == 0) {   /* the end of the options */
            while (++i < argc)
                files[in.nfiles++] = argv[i];
            break;
        }
        if (strcmp(a, "--explain") == 0) {
            c.explain = copts.explain = 1;
        } else if (strcmp(a, "--all-modalities") == 0) {
            copts.all_modalities = 1;
        } else if (strcmp(a, "--partial") == 0) {
            copts.partial = 1;
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
            int r = cli_input_option(&in, "code", argc, argv, &i);
            if (r < 0)
                return EXIT_USAGE;
            if (r == 0) {
                if (a[0] == '-' && a[1] != '\0')
                    return cli_usage_error("code", "unknown option '%s'", a);
                files[in.nfiles++] = a;
            }
        }
    }
    dyad_dict *dict = NULL;
    copts.date = in.opts.date;
    int rc = cli_start_coder("code", dict_dir, petr_dir, c.explain, &copts, &dict, &c.coder);
    if (rc != EXIT_OK)
        return rc;
    rc = cli_for_each_doc(&in, code_doc, &c);
    dyad_coder_free(c.coder);
    dyad_dict_free(dict);
    free(c.line);
    return rc;
}
