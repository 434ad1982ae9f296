/*
** cmd_validate.c — `dyad validate`: run a PETRARCH2 validation file.
*/
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help_text[] =
    "usage: dyad validate [OPTIONS] [--] FILE.xml\n\n"
    "Codes every record of a PETRARCH2 validation file from its raw text with the\n"
    "dictionaries its <Environment> names, and compares with its <EventCoding>\n"
    "lines. Prints one line per failed record, then 'N passed, M failed, K skipped,\n"
    "U unreadable' (skipped: records that only test a Penn Treebank parse;\n"
    "unreadable: malformed records, reported above; any makes the exit code 1).\n\n"
    "options:\n"
    "  --dicts DIR       where the dictionaries are (default: the file's folder,\n"
    "                    then ../dictionaries beside it)\n"
    "  --verbose         print passing records too\n"
    "  --min-pass N      exit 1 when fewer than N records pass\n"
    "  -h, --help        show this help\n";

int cmd_validate(int argc, char **argv)
{
    const char *file = NULL, *dicts = NULL;
    int verbose = 0;
    long min_pass = -1;
    int only_files = 0;   /* after "--", the end of the options */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_files) {
            ;   /* a file, whatever it looks like */
        } else if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--") == 0) {
            only_files = 1;
            continue;
        } else if (strcmp(a, "--verbose") == 0) {
            verbose = 1;
            continue;
        } else if (strcmp(a, "--dicts") == 0 || strcmp(a, "--min-pass") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("validate", "option '%s' needs a value", a);
            if (a[2] == 'd') {
                dicts = argv[++i];
            } else {
                if (!cli_number(argv[++i], 0, LONG_MAX, &min_pass))
                    return cli_usage_error("validate", "--min-pass wants a count, not '%s'",
                                           argv[i]);
            }
            continue;
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("validate", "unknown option '%s'", a);
        }
        if (file)
            return cli_usage_error("validate", "one file at a time: '%s' and '%s'", file, a);
        file = a;
    }
    if (!file)
        return cli_usage_error("validate", "name the validation file, e.g. "
                               "PETR.UnitTest.records.xml");
    dyad_validation v;
    int rc = dyad_validate(file, dicts, verbose, stdout, cli_diag, NULL, &v);
    if (rc == DYAD_EIO) {
        cli_error("cannot read '%s' or its dictionaries; check the path or use --dicts DIR",
                  file);
        return EXIT_INPUT;
    }
    if (rc == DYAD_EDICT) {
        cli_error("the dictionaries for '%s' have errors (see above)", file);
        return EXIT_DATA;
    }
    if (rc == DYAD_EINPUT)
        return EXIT_INPUT;   /* reported through cli_diag */
    if (rc != DYAD_OK) {
        cli_error("%s", dyad_errstr(rc));
        return rc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_INPUT;
    }
    printf("%ld passed, %ld failed, %ld skipped, %ld unreadable\n", v.passed, v.failed,
           v.skipped, v.unreadable);
    if (min_pass >= 0 && v.passed < min_pass) {
        cli_error("%ld records passed, fewer than the %ld required by --min-pass", v.passed,
                  min_pass);
        return EXIT_INPUT;
    }
    return v.unreadable ? EXIT_INPUT : EXIT_OK;
}
