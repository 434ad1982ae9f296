/*
** cmd_sentences.c — `dyad sentences` and `dyad tokens`: the text stage's
** output as JSON lines, for inspection and tests.
*/
#include "cli.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>

typedef struct split_ctx {
    dyad_text *text;
    strbuf out;
    int tokens;   /* print tokens instead of sentences */
} split_ctx;

static const char *sentence_kind_name(int kind)
{
    switch (kind) {
    case DYAD_SENT_DATELINE: return "dateline";
    case DYAD_SENT_HEADING: return "heading";
    case DYAD_SENT_BYLINE: return "byline";
    }
    return "body";
}

static const char *token_kind_name(int kind)
{
    static const char *names[] = {"space", "word", "number", "punct", "quote",
                                  "dash", "ellipsis", "clitic", "url", "email",
                                  "symbol", "other"};
    return kind >= 0 && kind <= DYAD_TOK_OTHER ? names[kind] : "other";
}

static void put_doc_id(strbuf *b, const dyad_doc *doc, size_t sent)
{
    sb_puts(b, "{\"doc\":\"");
    sb_json_escape(b, doc->id, strlen(doc->id));
    sb_printf(b, "\",\"sent\":%zu", sent);
}

static int print_doc(void *vctx, const dyad_doc *doc)
{
    split_ctx *c = vctx;
    int rc = dyad_text_split(c->text, doc->text, doc->text_len);
    if (rc != DYAD_OK) {
        cli_error("%s: %s", doc->id, dyad_errstr(rc));
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    const dyad_sentence *sents = dyad_text_sentences(c->text);
    const dyad_token *toks = dyad_text_tokens(c->text);
    size_t ns = dyad_text_sentence_count(c->text);
    for (size_t i = 0; i < ns; i++) {
        const dyad_sentence *s = &sents[i];
        if (!c->tokens) {
            put_doc_id(&c->out, doc, i);
            sb_printf(&c->out, ",\"kind\":\"%s\",\"start\":%u,\"end\":%u,\"text\":\"",
                      sentence_kind_name(s->kind), s->start, s->end);
            sb_json_escape(&c->out, doc->text + s->start, s->end - s->start);
            sb_puts(&c->out, "\"}\n");
            continue;
        }
        for (uint32_t k = 0; k < s->tok_count; k++) {
            const dyad_token *t = &toks[s->tok_first + k];
            put_doc_id(&c->out, doc, i);
            sb_printf(&c->out, ",\"tok\":%u,\"start\":%u,\"end\":%u,\"kind\":\"%s\",\"text\":\"",
                      k, t->start, t->start + t->len, token_kind_name(t->kind));
            sb_json_escape(&c->out, doc->text + t->start, t->len);
            sb_puts(&c->out, "\"}\n");
        }
    }
    if (c->out.oom) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    int w = cli_out_record(sb_str(&c->out), c->out.len);
    sb_reset(&c->out);
    return w < 0 ? EXIT_WRITE : 0;
}

static const char *help_text =
    "usage: dyad %s [OPTIONS] [--] [FILE...]\n\n"
    "Prints one JSON object per %s, read from FILEs or standard input.\n\n"
    "options:\n"
    "  --input FORMAT  text, jsonl or petrarch (default: guessed from the name)\n"
    "  --date DATE     date for articles without one: YYYY-MM-DD,\n"
    "                  YYYYMMDD or an ISO timestamp (2024-03-21T10:00:00Z)\n"
    "  --id ID         article id for plain text (default: the file name)\n"
    "  --source NAME   source name when the input has none\n"
    "  --max-errors N  at most N messages per input file (default 20; 0: all)\n"
    "  --max-article-bytes N\n"
    "                  skip articles over N bytes (default 10000000; 0: none)\n"
    "  -h, --help      show this help\n";

static int run(int argc, char **argv, int tokens)
{
    const char *cmd = tokens ? "tokens" : "sentences";
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    in.files = files;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            printf(help_text, cmd, tokens ? "token" : "sentence");
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--") == 0) {   /* the end of the options */
            while (++i < argc)
                files[in.nfiles++] = argv[i];
            break;
        }
        int r = cli_input_option(&in, cmd, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage_error(cmd, "unknown option '%s'", argv[i]);
        files[in.nfiles++] = argv[i];
    }
    split_ctx c = {.text = dyad_text_new(), .tokens = tokens};
    if (!c.text) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    int rc = cli_for_each_doc(&in, print_doc, &c);
    dyad_text_free(c.text);
    sb_free(&c.out);
    return rc;
}

int cmd_sentences(int argc, char **argv) { return run(argc, argv, 0); }
int cmd_tokens(int argc, char **argv) { return run(argc, argv, 1); }
