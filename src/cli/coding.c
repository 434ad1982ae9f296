/*
** coding.c — what the commands that code articles (code, quotes, mentions, ingest) share:
** the options that choose dictionaries and the coder's behaviour, loading
** the dictionaries and starting the coder, with the messages when either
** fails.
*/
#include "cli.h"

#include <stdio.h>
#include <string.h>

int cli_coding_option(cli_coding *c, const char *cmd, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "--all-modalities") == 0) {
        c->opts.all_modalities = 1;
        return 1;
    }
    if (strcmp(a, "--dict") != 0 && strcmp(a, "--petrarch-dicts") != 0)
        return 0;
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "option '%s' needs a value", a);
        return -1;
    }
    *(a[2] == 'd' ? &c->dict_dir : &c->petr_dir) = argv[++*i];
    return 1;
}

/* Loads the dictionaries the options name into c->dict, and the folder
** read into c->dir; returns an exit code. */
static int load_dict(cli_coding *c)
{
    int rc;
    if (c->petr_dir) {
        snprintf(c->dir, sizeof c->dir, "%s", c->petr_dir);
        /* Their known faults in one line; 'dict check' lists them. */
        cli_quiet q = {0};
        rc = dyad_dict_load_petrarch(c->petr_dir, cli_quiet_diag, &q, &c->dict);
        cli_quiet_summary(&q, c->petr_dir);
    } else {
        if (c->dict_dir) {
            snprintf(c->dir, sizeof c->dir, "%s", c->dict_dir);
        } else if (dyad_data_path(c->dir, sizeof c->dir, "dict") < 0) {
            cli_error("cannot find dyad's data folder; set DYAD_DATA or use --dict DIR");
            return EXIT_DATA;
        }
        rc = dyad_dict_load_dir(c->dir, cli_diag, NULL, &c->dict);
    }
    if (rc == DYAD_ENOMEM) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    if (rc != DYAD_OK) {
        cli_error("the dictionaries in '%s' have errors (see above); fix them or "
                  "choose others with %s", c->dir, c->petr_dir ? "--petrarch-dicts" : "--dict");
        dyad_dict_free(c->dict);
        c->dict = NULL;
        return EXIT_DATA;
    }
    return EXIT_OK;
}

int cli_coding_start(cli_coding *c, const char *cmd, const char *date)
{
    if (c->dict_dir && c->petr_dir)
        return cli_usage_error(cmd, "--dict and --petrarch-dicts both name dictionaries; "
                               "give one of them");
    int rc = load_dict(c);
    if (rc != EXIT_OK)
        return rc;
    if (c->opts.explain)
        cli_dict_files(stderr, "dyad: dictionary ", c->dict);
    c->opts.date = date;
    rc = dyad_coder_new(c->dict, &c->opts, cli_diag, NULL, &c->coder);
    if (rc != DYAD_OK) {
        cli_error("cannot start the coder: %s", dyad_coder_errmsg(c->coder));
        cli_coding_end(c);
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
    return EXIT_OK;
}

void cli_coding_end(cli_coding *c)
{
    dyad_coder_free(c->coder);
    dyad_dict_free(c->dict);
    c->coder = NULL;
    c->dict = NULL;
}

int cli_start_coder(const char *cmd, const char *dict_dir, const char *petr_dir,
                    const dyad_coder_opts *opts, dyad_dict **dict, dyad_coder **coder)
{
    cli_coding cc = {.dict_dir = dict_dir, .petr_dir = petr_dir, .opts = *opts};
    int rc = cli_coding_start(&cc, cmd, opts->date);
    *dict = cc.dict;
    *coder = cc.coder;
    return rc;
}

int cli_code_doc(dyad_coder *c, const dyad_doc *doc)
{
    int rc = dyad_coder_code(c, doc);
    return rc == DYAD_OK ? 0 : cli_code_failed(doc, rc);
}

int cli_code_failed(const dyad_doc *doc, int rc)
{
    cli_error("%s: %s", doc->id, dyad_errstr(rc));
    return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
}
