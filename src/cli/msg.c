/*
** msg.c — every message the program prints to stderr goes through here, so
** that prefixes stay fixed: "dyad: " for errors, "dyad: warning: " for
** warnings, and FILE:LINE:COL: for problems inside input files.
*/
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: warning: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("dyad: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (cmd)
        fprintf(stderr, "dyad: try 'dyad %s --help'\n", cmd);
    else
        fputs("dyad: try 'dyad --help'\n", stderr);
    return EXIT_USAGE;
}

void cli_diag(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    const char *sev = d->severity == DYAD_ERROR     ? "error"
                      : d->severity == DYAD_WARNING ? "warning"
                                                    : "note";
    if (d->line > 0 && d->column > 0)
        fprintf(stderr, "%s:%ld:%ld: %s: %s\n", d->file, d->line, d->column, sev,
                d->message);
    else if (d->line > 0)
        fprintf(stderr, "%s:%ld: %s: %s\n", d->file, d->line, sev, d->message);
    else
        fprintf(stderr, "%s: %s: %s\n", d->file, sev, d->message);
}

int cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}
