/*
** datadir.c — finds dyad's data folder (cameo.tsv, dictionaries) so that a
** build run from the checkout, an installed binary and the tests all find
** their data without being told.
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

/* Walks up from the folder of /proc/self/exe looking for data/cameo.tsv.
** Writes the folder to out (PATH_BUF bytes) and returns its length, or -1
** when nothing was found. */
#define PATH_BUF 4096
static int from_executable(char *out)
{
    char dir[PATH_BUF];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n <= 0 || (size_t)n >= sizeof dir - 1)
        return -1;
    dir[n] = '\0';
    for (int up = 0; up <= DATADIR_MAX_UP; up++) {
        char *slash = strrchr(dir, '/');
        if (!slash)
            return -1;
        *slash = '\0';   /* at the top, dir becomes "" and we probe /data */
        int len = snprintf(out, PATH_BUF, "%s/data/cameo.tsv", dir);
        if (len < 0 || len >= PATH_BUF)
            return -1;
        if (access(out, R_OK) == 0) {
            len -= (int)strlen("/cameo.tsv");
            out[len] = '\0';
            return len;
        }
        if (dir[0] == '\0')
            return -1;
    }
    return -1;
}

int base_data_dir(char *buf, size_t cap)
{
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
    if (n < 0)
        return -1;
    size_t need = (size_t)n + 1 + strlen(name);
    if (need >= cap || need > 0x7fffffff) {
        buf[0] = '\0';
        return -1;
    }
    buf[n] = '/';
    memcpy(buf + n + 1, name, strlen(name) + 1);
    return (int)need;
}
