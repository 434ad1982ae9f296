/*
** main.c — dispatch to subcommands. Each subcommand lives in its own cmd_*.c
** and parses its own options.
*/
#include "cli.h"

#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"sentences", cmd_sentences, "split articles into sentences (JSON lines)"},
    {"tokens", cmd_tokens, "split articles into tokens with byte offsets (JSON lines)"},
    {"code", cmd_code, "code articles into CAMEO events (JSON lines, PETRARCH or GDELT)"},
    {"quotes", cmd_quotes, "the quotes of articles and who said them, readably"},
    {"mentions", cmd_mentions, "pronouns, surnames and titles, and whom each stands for"},
    {"validate", cmd_validate, "run a PETRARCH2 validation file and count passes"},
    {"analyze", cmd_analyze, "tags, lemmas, phrases and clauses of every sentence"},
    {"dict", cmd_dict, "check dictionaries: counts per kind and every problem"},
    {"ingest", cmd_ingest, "code articles and store them and their events in a database"},
    {"query", cmd_query, "ask the database: dyads, series, events, actors"},
    {"export", cmd_export, "write the database's events (JSON lines, PETRARCH, GDELT, CSV)"},
    {"brief", cmd_brief, "the briefing on a period: who moved, charts, notable events"},
};

static void usage(FILE *out)
{
    fputs("usage: dyad COMMAND [OPTIONS] [FILE...]\n\n"
          "Turns news text into political event data.\n\ncommands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fputs("\noptions:\n"
          "  -h, --help   show this help; 'dyad COMMAND --help' for a command\n"
          "  --version    print the version\n\n"
          "exit codes: 0 ok, 1 bad input (or records skipped), 2 bad usage,\n"
          "            3 dictionary or data errors, 4 out of memory or internal error,\n"
          "            5 cannot write the output; 128+N stopped by signal N\n",
          out);
}

/* Runs the command argv names; returns its exit code. */
static int run(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (cli_is_help(argv[1])) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("dyad %s\n", dyad_version());
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    return cli_usage_error(NULL, "unknown command '%s'", argv[1]);
}

int main(int argc, char **argv)
{
    /* Whatever the command printed, a failed write is an error. */
    return cli_out_finish(run(argc, argv));
}
