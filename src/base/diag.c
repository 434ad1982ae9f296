/*
** diag.c — where problems go when the caller gave no diag callback: one
** line on stderr, FILE:LINE:COL: severity: message, the same shape the
** program prints.
*/
#include "dyad.h"

#include <stdio.h>

void dyad_diag_stderr(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    const char *sev = d->severity == DYAD_ERROR     ? "error"
                      : d->severity == DYAD_WARNING ? "warning"
                                                    : "note";
    if (d->line > 0 && d->column > 0)
        fprintf(stderr, "%s:%ld:%ld: %s: %s\n", d->file, d->line, d->column, sev, d->message);
    else if (d->line > 0)
        fprintf(stderr, "%s:%ld: %s: %s\n", d->file, d->line, sev, d->message);
    else
        fprintf(stderr, "%s: %s: %s\n", d->file, sev, d->message);
}
