/*
** cmd_dict.c — `dyad dict check`: loads dictionaries, prints the files read
** and what each gave, the counts per kind, and every problem (FILE:LINE on
** stderr). Exit 3 when there were errors.
*/
#include "cli.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void usage(FILE *out)
{
    fputs("usage: dyad dict check [--dict DIR | --petrarch-dicts DIR]\n\n"
          "Loads dictionaries and reports every problem as FILE:LINE, then prints\n"
          "the files read with what each gave, and the number of entries of each kind.\n\n"
          "options:\n"
          "  --dict DIR            dyad's format: every *.txt in DIR (default: the dict\n"
          "                        folder of dyad's data folder, $DYAD_DATA or data/)\n"
          "  --petrarch-dicts DIR  PETRARCH2's files (CAMEO.2.0.txt, Phoenix.*)\n"
          "  -h, --help            show this help\n\n"
          "exit codes: 0 no errors, 2 bad usage, 3 dictionary errors, 4 out of memory\n",
          out);
}

int cmd_dict(int argc, char **argv)
{
    if (argc < 2 || cli_is_help(argv[1])) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    if (strcmp(argv[1], "check") != 0)
        return cli_usage_error("dict", "unknown dict command '%s'; the command is 'check'",
                               argv[1]);
    const char *dir = NULL, *pdir = NULL;
    for (int i = 2; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            usage(stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--") == 0) {   /* the end of the options; no files follow */
            if (i + 1 < argc)
                return cli_usage_error("dict", "'dict check' reads no files, but '%s' was "
                                       "given; name the folder with --dict DIR", argv[i + 1]);
            break;
        }
        const char **slot = strcmp(argv[i], "--dict") == 0             ? &dir
                            : strcmp(argv[i], "--petrarch-dicts") == 0 ? &pdir
                                                                       : NULL;
        if (!slot)
            return cli_usage_error("dict", "unknown option '%s'", argv[i]);
        if (i + 1 >= argc)
            return cli_usage_error("dict", "option '%s' needs a folder", argv[i]);
        *slot = argv[++i];
    }
    if (dir && pdir)
        return cli_usage_error("dict", "give --dict or --petrarch-dicts, not both");
    char def[4096];
    if (!dir && !pdir) {
        if (base_data_file(def, sizeof def, "dict") < 0)
            return cli_usage_error("dict", "the data folder path is too long; give --dict DIR");
        dir = def;
    }

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    dyad_dict *d = NULL;
    int rc = pdir ? dyad_dict_load_petrarch(pdir, cli_diag, NULL, &d)
                  : dyad_dict_load_dir(dir, cli_diag, NULL, &d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc != DYAD_OK && rc != DYAD_EDICT) {
        cli_error("%s: %s", pdir ? pdir : dir, dyad_errstr(rc));
        dyad_dict_free(d);
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    cli_dict_files(stdout, "file      ", d);
    printf("actors    %ld\npeople    %ld\nagents    %ld\nsynsets   %ld\npatterns  %ld\n"
           "discards  %ld\nnames     %ld\nverbs     %ld\nerrors    %ld\nwarnings  %ld\n",
           st.actors, st.people, st.agents, st.synsets, st.patterns, st.discards, st.names,
           st.verbs, st.errors, st.warnings);
    if (pdir)
        printf("quirks    %ld\n", st.quirks);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    fprintf(stderr, "dyad: loaded %s in %.0f ms, %.1f MB\n", pdir ? pdir : dir, ms,
            (double)st.bytes / 1e6);
    dyad_dict_free(d);
    return rc == DYAD_OK ? EXIT_OK : EXIT_DATA;
}
