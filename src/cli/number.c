/*
** number.c — the one reading of a whole-number option value, so that every
** command accepts and refuses the same spellings ("12", not "", "+12",
** "-1", "12k", "1e3" or a value past long's range).
*/
#include "cli.h"

#include <errno.h>
#include <stdlib.h>

int cli_number(const char *v, long min, long max, long *out)
{
    if (!v || *v < '0' || *v > '9')
        return 0;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (*end || errno == ERANGE || n < min || n > max)
        return 0;
    *out = n;
    return 1;
}
