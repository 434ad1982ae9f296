/*
** msg.c — every message the program prints to stderr goes through here, so
** that prefixes stay fixed: "dyad: " for errors, "dyad: warning: " for
** warnings, and FILE:LINE:COL: for problems inside input files.
**
** While the reader runs ahead of the coders (-j N, parallel.c), messages
** are diverted: each whole line goes to a hook that holds it back until the
** results before it are written, so that stderr reads as with -j 1.
*/
#include "cli.h"
#include "base/base.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Set by the main thread only, while parallel.c reads; messages come from
** that thread alone (workers print nothing). */
static cli_msg_fn divert;
static void *divert_ctx;

void cli_msg_divert(cli_msg_fn fn, void *ctx)
{
    divert = fn;
    divert_ctx = ctx;
}

/* A message being written: to stderr, or while diverted to a memory
** stream whose text end_msg hands to the hook. Out of memory for the
** stream, the message goes to stderr at once: out of order, never lost. */
typedef struct msg {
    FILE *f;
    char *s;
    size_t n;
} msg;

static FILE *begin_msg(msg *m)
{
    m->f = divert ? open_memstream(&m->s, &m->n) : NULL;
    if (!m->f) {
        cli_progress_hide();
        m->f = stderr;
    }
    return m->f;
}

static void end_msg(msg *m)
{
    if (m->f == stderr)
        return;
    if (fclose(m->f) == 0)
        divert(divert_ctx, m->s, m->n);
    free(m->s);
}

/* Prints prefix, the formatted message and a line break. */
static void say(const char *prefix, const char *fmt, va_list ap)
{
    msg m;
    FILE *f = begin_msg(&m);
    fputs(prefix, f);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    end_msg(&m);
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
        cli_error("try 'dyad %s --help'", cmd);
    else
        cli_error("try 'dyad --help'");
    return EXIT_USAGE;
}

void cli_diag(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    msg m;
    base_diag_print(begin_msg(&m), d);
    end_msg(&m);
}

int cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}
