/*
** dicts.c — what the program says about the dictionaries it loads: which
** files were read and what each gave (`dyad dict check` on stdout, `dyad
** code --explain` on stderr), and, for PETRARCH2's files when coding, one
** line in place of the forty their known faults would take.
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
