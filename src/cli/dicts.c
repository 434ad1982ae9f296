/*
** dicts.c — what the program says about the dictionaries it loads: which
** files were read and what each gave (`dyad dict check` on stdout, `dyad
** code --explain` on stderr), and, for PETRARCH2's files when coding, one
** line in place of the forty their known faults would take; and the
** loading itself for the commands that code (code, mentions).
*/
#include "cli.h"

#include <stdio.h>

/* Appends ", N what" to the line when n > 0; *any tells whether one came. */
static void part(FILE *out, long n, const char *what, int *any)
{
    if (n <= 0)
        return;
    fprintf(out, "%s%ld %s", *any ? ", " : "", n, what);
    *any = 1;
}

void cli_dict_files(FILE *out, const char *prefix, const dyad_dict *d)
{
    size_t n = dyad_dict_file_count(d);
    for (size_t i = 0; i < n; i++) {
        dyad_dict_file f;
        if (dyad_dict_file_info(d, i, &f) != DYAD_OK)
            break;
        int any = 0;
        fprintf(out, "%s%s: ", prefix, f.path);
        part(out, f.actors, "actors", &any);
        part(out, f.people, "people", &any);
        part(out, f.agents, "agents", &any);
        part(out, f.synsets, "synsets", &any);
        part(out, f.patterns, "patterns", &any);
        part(out, f.discards, "discards", &any);
        fputs(any ? "\n" : "nothing\n", out);
    }
}

void cli_quiet_diag(void *ctx, const dyad_diag *d)
{
    cli_quiet *q = ctx;
    if (d->severity == DYAD_ERROR)
        cli_diag(NULL, d);
    else if (d->severity == DYAD_WARNING)
        q->warnings++;
    else
        q->notes++;
}

void cli_quiet_summary(const cli_quiet *q, const char *dir)
{
    if (!q->warnings && !q->notes)
        return;
    cli_warning("%ld warning%s and %ld note%s about the lines of PETRARCH2's files in '%s' "
                "(lines skipped, oddities accepted); run 'dyad dict check "
                "--petrarch-dicts %s' to list them",
                q->warnings, q->warnings == 1 ? "" : "s", q->notes, q->notes == 1 ? "" : "s",
                dir, dir);
}

/* Loads the dictionaries --dict (dict_dir) or --petrarch-dicts (petr_dir)
** name, dyad's own in the data folder when neither; PETRARCH2's faults in
** one line. Returns an exit code; *out is the dictionary on EXIT_OK. */
static int load_dict(const char *dict_dir, const char *petr_dir, dyad_dict **out)
{
    char def[4096];
    int rc;
    if (petr_dir) {
        /* Their known faults in one line; 'dict check' lists them. */
        cli_quiet q = {0};
        rc = dyad_dict_load_petrarch(petr_dir, cli_quiet_diag, &q, out);
        cli_quiet_summary(&q, petr_dir);
    } else {
        if (!dict_dir) {
            if (dyad_data_path(def, sizeof def, "dict") < 0) {
                cli_error("cannot find dyad's data folder; set DYAD_DATA or use --dict DIR");
                return EXIT_DATA;
            }
            dict_dir = def;
        }
        rc = dyad_dict_load_dir(dict_dir, cli_diag, NULL, out);
    }
    if (rc == DYAD_ENOMEM) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    if (rc != DYAD_OK) {
        cli_error("the dictionaries in '%s' have errors (see above); fix them or "
                  "choose others with %s", petr_dir ? petr_dir : dict_dir,
                  petr_dir ? "--petrarch-dicts" : "--dict");
        dyad_dict_free(*out);
        *out = NULL;
        return EXIT_DATA;
    }
    return EXIT_OK;
}

int cli_start_coder(const char *cmd, const char *dict_dir, const char *petr_dir,
                    int list_files, const dyad_coder_opts *opts, dyad_dict **dict,
                    dyad_coder **coder)
{
    *dict = NULL;
    *coder = NULL;
    if (dict_dir && petr_dir)
        return cli_usage_error(cmd, "--dict and --petrarch-dicts both name dictionaries; "
                               "give one of them");
    int rc = load_dict(dict_dir, petr_dir, dict);
    if (rc != EXIT_OK)
        return rc;
    if (list_files)
        cli_dict_files(stderr, "dyad: dictionary ", *dict);
    rc = dyad_coder_new(*dict, opts, cli_diag, NULL, coder);
    if (rc != DYAD_OK) {
        cli_error("cannot start the coder: %s", dyad_coder_errmsg(*coder));
        dyad_coder_free(*coder);
        dyad_dict_free(*dict);
        *coder = NULL;
        *dict = NULL;
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
    return EXIT_OK;
}
