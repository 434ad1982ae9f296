/*
** status.c — names for status codes and the library version.
*/
#include "dyad.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>

const char *dyad_errstr(int rc)
{
    switch (rc) {
    case DYAD_OK: return "ok";
    case DYAD_DONE: return "no more items";
    case DYAD_ENOMEM: return "out of memory";
    case DYAD_EIO: return "cannot read or write a file";
    case DYAD_EINPUT: return "input is malformed";
    case DYAD_EUSAGE: return "bad arguments";
    case DYAD_EDICT: return "dictionary has errors";
    }
    return "unknown status code";
}

const char *base_strerror(int err, char buf[BASE_STRERROR_MAX])
{
    /* the POSIX strerror_r (the build asks for _POSIX_C_SOURCE, not GNU's) */
    if (strerror_r(err, buf, BASE_STRERROR_MAX) != 0)
        snprintf(buf, BASE_STRERROR_MAX, "error %d", err);
    return buf;
}

const char *dyad_version(void) { return DYAD_VERSION; }

int dyad_data_path(char *buf, size_t cap, const char *name)
{
    return base_data_file(buf, cap, name);
}
