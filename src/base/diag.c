/*
** diag.c — where problems go: one line on stderr when the caller gave no
** diag callback (FILE:LINE:COL: severity: message, the shape the program
** prints), and a tap that passes them on while keeping the first error for
** a handle's errmsg.
*/
#include "base/base.h"
#include "dyad.h"

#include <stdio.h>

void dyad_diag_stderr(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    base_diag_print(stderr, d);
}

void base_diag_print(FILE *f, const dyad_diag *d)
{
    if (!d)
        return;
    const char *sev = d->severity == DYAD_ERROR     ? "error"
                      : d->severity == DYAD_WARNING ? "warning"
                                                    : "note";
    const char *file = d->file ? d->file : "dyad";
    const char *msg = d->message ? d->message : "";
    if (d->line > 0 && d->column > 0)
        fprintf(f, "%s:%ld:%ld: %s: %s\n", file, d->line, d->column, sev, msg);
    else if (d->line > 0)
        fprintf(f, "%s:%ld: %s: %s\n", file, d->line, sev, msg);
    else
        fprintf(f, "%s: %s: %s\n", file, sev, msg);
}

void base_tap_init(base_tap *t, dyad_diag_fn fn, void *ctx)
{
    t->fn = fn ? fn : dyad_diag_stderr;
    t->ctx = fn ? ctx : NULL;
    t->errors = 0;
    t->first[0] = '\0';
}

void base_tap_diag(void *tap, const dyad_diag *d)
{
    base_tap *t = tap;
    if (d->severity == DYAD_ERROR && t->errors++ == 0) {
        if (d->line > 0)
            base_errmsg(t->first, "%s:%ld: %s", d->file, d->line, d->message);
        else
            base_errmsg(t->first, "%s: %s", d->file, d->message);
    }
    t->fn(t->ctx, d);
}

void base_tap_errmsg(const base_tap *t, char *dst, const char *prefix)
{
    if (t->errors > 1)
        base_errmsg(dst, "%s: %s (and %ld more)", prefix, t->first, t->errors - 1);
    else if (t->errors == 1)
        base_errmsg(dst, "%s: %s", prefix, t->first);
    else
        dst[0] = '\0';
}
