/*
** cmd_analyze.c — `dyad analyze`: tags, lemmas, phrases and clauses of every
** sentence, readable or as JSON lines.
*/
#include "cli.h"

#include <stdio.h>
#include <string.h>

typedef struct analyze_ctx {
    dyad_analyzer *an;
    dyad_render_format format;
} analyze_ctx;

static int analyze_doc(void *vctx, const dyad_doc *doc)
{
    analyze_ctx *c = vctx;
    int rc = dyad_analyzer_split(c->an, doc);
    if (rc != DYAD_OK) {
        cli_error("%s: %s", doc->id, dyad_errstr(rc));
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    size_t n = dyad_analyzer_sentence_count(c->an);
    for (size_t i = 0; i < n; i++) {
        const char *s = dyad_analyzer_render(c->an, i, c->format);
        if (!s) {
            cli_error("out of memory");
            return EXIT_INTERNAL;
        }
        if (cli_out_record(s, strlen(s)) < 0)
            return EXIT_WRITE;
    }
    return 0;
}

static const char help_text[] =
    "usage: dyad analyze [OPTIONS] [--] [FILE...]\n\n"
    "Shows, per sentence, tokens with tag and lemma, and the clauses with\n"
    "their subject, verb group, object and prepositional phrases.\n\n"
    "options:\n"
    "  --json          one JSON object per sentence (see docs/lang.md)\n"
    "  --input FORMAT  text, jsonl or petrarch (default: guessed from the name)\n"
    "  --date DATE     date for articles without one: YYYY-MM-DD,\n"
    "                  YYYYMMDD or an ISO timestamp (2024-03-21T10:00:00Z)\n"
    "  --id ID         article id for plain text (default: the file name)\n"
    "  --source NAME   source name when the input has none\n"
    "  --max-errors N  at most N messages per input file (default 20; 0: all)\n"
    "  --max-article-bytes N\n"
    "                  skip articles over N bytes (default 10000000; 0: none)\n"
    "  -h, --help      show this help\n";

int cmd_analyze(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    analyze_ctx c = {0};
    in.files = files;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--") == 0) {   /* the end of the options */
            while (++i < argc)
                files[in.nfiles++] = argv[i];
            break;
        }
        if (strcmp(argv[i], "--json") == 0) {
            c.format = DYAD_RENDER_JSON;
            continue;
        }
        int r = cli_input_option(&in, "analyze", argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage_error("analyze", "unknown option '%s'", argv[i]);
        files[in.nfiles++] = argv[i];
    }
    if (!(c.an = dyad_analyzer_new())) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    int rc = cli_for_each_doc(&in, analyze_doc, &c);
    dyad_analyzer_free(c.an);
    return rc;
}
