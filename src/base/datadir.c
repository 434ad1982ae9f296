/*
** datadir.c — finds dyad's data folder (cameo.tsv, dictionaries) so that a
** build run from the checkout, an installed binary (wherever its tree was
** moved) and the tests all find their data without being told.
**
** The order, documented in dyad.h, base.h, README ("Install") and dyad.1:
**   1. $DYAD_DATA, when set and not empty;
**   2. PROGDIR/../share/dyad, the installed layout beside the running
**      program (PREFIX/bin/dyad finds PREFIX/share/dyad), so that an
**      installed tree may be moved;
**   3. a data/ folder holding cameo.tsv in the program's folder or up to
**      four folders above it: the checkout's data/ for build/dyad and for
**      build/test/tests/test_x;
**   4. DYAD_DATADIR as compiled in (the Makefile's DATADIR, from PREFIX):
**      what a program elsewhere that links libdyad falls back on.
** Rules 2 and 3 need cameo.tsv to be there; rule 1 and 4 are taken as
** given, so that a wrong $DYAD_DATA is reported rather than skipped.
*/
#include "base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DYAD_DATADIR
#define DYAD_DATADIR "/usr/local/share/dyad"
#endif

/* How far up from the executable's folder to look: build/dyad needs one
** level, build/test/tests/test_x three. */
#define DATADIR_MAX_UP 4
#define PATH_BUF 4096

/* Copies s into buf as snprintf would; returns its length, or -1 when it
** does not fit (buf then holds ""). */
static int put(char *buf, size_t cap, const char *s, size_t n)
{
    if (n >= cap || n > 0x7fffffff) {
        if (cap)
            buf[0] = '\0';
        return -1;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    return (int)n;
}

/* Writes dir + tail into out (PATH_BUF bytes) when dir + tail +
** "/cameo.tsv" is readable; returns the length written, or -1. */
static int probe(char *out, const char *dir, const char *tail)
{
    int len = snprintf(out, PATH_BUF, "%s%s/cameo.tsv", dir, tail);
    if (len < 0 || len >= PATH_BUF || access(out, R_OK) != 0)
        return -1;
    len -= (int)strlen("/cameo.tsv");
    out[len] = '\0';
    return len;
}

/* Looks beside the running program (/proc/self/exe) by rules 2 and 3.
** Writes the folder to out (PATH_BUF bytes) and returns its length, or -1
** when nothing was found. */
static int from_executable(char *out)
{
    char dir[PATH_BUF];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n <= 0 || (size_t)n >= sizeof dir - 1)
        return -1;
    dir[n] = '\0';
    char *slash = strrchr(dir, '/');
    if (!slash)
        return -1;
    *slash = '\0';   /* the program's folder; "" when it sits in / */
    int len = probe(out, dir, "/../share/dyad");
    if (len >= 0)
        return len;
    for (int up = 0; up <= DATADIR_MAX_UP; up++) {
        if ((len = probe(out, dir, "/data")) >= 0)
            return len;
        if (dir[0] == '\0' || !(slash = strrchr(dir, '/')))
            return -1;
        *slash = '\0';   /* at the top, dir becomes "" and we probe /data */
    }
    return -1;
}

int base_data_dir(char *buf, size_t cap)
{
    if (!buf)
        return -1;
    const char *env = getenv("DYAD_DATA");
    if (env && *env)
        return put(buf, cap, env, strlen(env));
    char found[PATH_BUF];
    int n = from_executable(found);
    if (n >= 0)
        return put(buf, cap, found, (size_t)n);
    return put(buf, cap, DYAD_DATADIR, strlen(DYAD_DATADIR));
}

int base_data_file(char *buf, size_t cap, const char *name)
{
    int n = base_data_dir(buf, cap);
    if (n < 0 || !name || !*name)
        return n;
    size_t need = (size_t)n + 1 + strlen(name);
    if (need >= cap || need > 0x7fffffff) {
        buf[0] = '\0';
        return -1;
    }
    buf[n] = '/';
    memcpy(buf + n + 1, name, strlen(name) + 1);
    return (int)need;
}
