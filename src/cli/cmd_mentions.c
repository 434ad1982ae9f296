/*
** cmd_mentions.c — `dyad mentions`: what the article level resolved in
** each article, one line per pronoun, surname, title or group phrase:
** JSON lines, or the tab-separated form of the hand annotation
** (tests/data/article/mentions.tsv, docs/annotation.md "Mentions") so that
** the two can be compared.
*/
#include "cli.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>

typedef struct mentions_ctx {
    dyad_coder *coder;
    int tsv;
    strbuf out;
} mentions_ctx;

static void json_str(strbuf *b, const char *name, const char *v)
{
    sb_printf(b, ",\"%s\":\"", name);
    sb_json_escape(b, v, strlen(v));
    sb_putc(b, '"');
}

/* Tabs and line breaks in an id or a name would break a TSV line. */
static void tsv_str(strbuf *b, const char *v)
{
    for (; *v; v++)
        sb_putc(b, *v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v);
}

static int print_doc(void *vctx, const dyad_doc *doc)
{
    mentions_ctx *c = vctx;
    int rc = cli_code_doc(c->coder, doc);
    if (rc != 0)
        return rc;
    size_t n = dyad_coder_mention_count(c->coder);
    for (size_t i = 0; i < n; i++) {
        const dyad_mention *m = dyad_coder_mention(c->coder, i);
        strbuf *b = &c->out;
        if (c->tsv) {
            tsv_str(b, doc->id);
            sb_printf(b, "\t%u\t%u\t", m->start, m->end);
            tsv_str(b, m->entity[0] ? m->entity : "-");
            sb_putc(b, '\n');
            continue;
        }
        sb_puts(b, "{\"type\":\"mention\"");
        json_str(b, "doc", doc->id);
        sb_printf(b, ",\"sent\":%ld,\"start\":%u,\"end\":%u", m->sent, m->start, m->end);
        json_str(b, "text", m->text);
        json_str(b, "kind", m->kind);
        json_str(b, "entity", m->entity);
        json_str(b, "code", m->code);
        sb_printf(b, ",\"entity_sent\":%ld}\n", m->entity_sent);
    }
    if (c->out.oom) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    int w = cli_out_record(sb_str(&c->out), c->out.len);
    sb_reset(&c->out);
    return w < 0 ? EXIT_WRITE : 0;
}

static const char help_text[] =
    "usage: dyad mentions [OPTIONS] [--] [FILE...]\n\n"
    "Prints what the article level resolved in each article: every pronoun,\n"
    "surname, title (\"the prime minister\") and group phrase (\"the two\n"
    "leaders\") it linked to what the article named earlier, one per line; a\n"
    "pronoun that stands for no one the article names has an empty entity.\n\n"
    "options:\n"
    "  --dict DIR            dyad dictionaries (default: the data folder's dict/)\n"
    "  --petrarch-dicts DIR  PETRARCH2 dictionaries instead\n"
    "  --format FORMAT       jsonl (default) or tsv: DOC, START, END, ENTITY\n"
    "                        (\"-\" for no one named), as the hand annotation\n"
    CLI_INPUT_HELP;

int cmd_mentions(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    const char *dict_dir = NULL, *petr_dir = NULL;
    mentions_ctx c = {0};
    in.files = files;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(a, "--") == 0) {   /* the end of the options */
            while (++i < argc)
                files[in.nfiles++] = argv[i];
            break;
        }
        if (strcmp(a, "--dict") == 0 || strcmp(a, "--petrarch-dicts") == 0 ||
            strcmp(a, "--format") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("mentions", "option '%s' needs a value", a);
            const char *v = argv[++i];
            if (a[2] == 'd')
                dict_dir = v;
            else if (a[2] == 'p')
                petr_dir = v;
            else if (strcmp(v, "jsonl") == 0 || strcmp(v, "tsv") == 0)
                c.tsv = v[0] == 't';
            else
                return cli_usage_error("mentions", "unknown output format '%s'; use jsonl or "
                                       "tsv", v);
            continue;
        }
        int r = cli_input_option(&in, "mentions", argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r == 0) {
            if (a[0] == '-' && a[1] != '\0')
                return cli_usage_error("mentions", "unknown option '%s'", a);
            files[in.nfiles++] = a;
        }
    }
    dyad_dict *dict = NULL;
    dyad_coder_opts copts = {.mentions = 1, .date = in.opts.date};
    int rc = cli_start_coder("mentions", dict_dir, petr_dir, &copts, &dict, &c.coder);
    if (rc != EXIT_OK)
        return rc;
    rc = cli_for_each_doc(&in, print_doc, &c);
    dyad_coder_free(c.coder);
    dyad_dict_free(dict);
    sb_free(&c.out);
    return rc;
}
