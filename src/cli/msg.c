/*
** msg.c — every message the program prints to stderr goes through here, so
** that prefixes stay fixed: "dyad: " for errors, "dyad: warning: " for
** warnings, and FILE:LINE:COL: for problems inside input files.
*/
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Prints prefix, the formatted message and a line break on stderr. */
static void say(const char *prefix, const char *fmt, va_list ap)
{
    cli_progress_hide();
    fputs(prefix, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("dyad: ", fmt, ap);
    va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("dyad: warning: ", fmt, ap);
    va_end(ap);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say("dyad: ", fmt, ap);
    va_end(ap);
    if (cmd)
        fprintf(stderr, "dyad: try 'dyad %s --help'\n", cmd);
    else
        fputs("dyad: try 'dyad --help'\n", stderr);
    return EXIT_USAGE;
}

void cli_diag(void *ctx, const dyad_diag *d)
{
    cli_progress_hide();
    dyad_diag_stderr(ctx, d);
}

int cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}
