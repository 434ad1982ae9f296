/*
** db.c — the database for the commands that use one (ingest, query,
** export): its failures said once, as the store words them (the file and
** what to do), with the exit code they call for.
*/
#include "cli.h"

int cli_store_failed(const dyad_store *s, int rc, dyad_store_mode mode)
{
    cli_error("%s", dyad_store_errmsg(s));
    if (rc == DYAD_ENOMEM)
        return EXIT_INTERNAL;
    if (rc == DYAD_EUSAGE)
        return EXIT_USAGE;
    /* a database that cannot be written is an output that cannot be */
    return rc == DYAD_EIO && mode == DYAD_STORE_WRITE ? EXIT_WRITE : EXIT_INPUT;
}
