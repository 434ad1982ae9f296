/*
** dicts.c — saying which dictionary files were read, and what each gave:
** `dyad dict check` lists them on stdout, `dyad code --explain` on stderr.
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
