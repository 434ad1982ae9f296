/*
** tool.h — what dyad's build tools in tools/ share: exiting with the
** tool's name on any error, allocation that never returns NULL, and
** generated files that appear only when written whole. The tools run on
** the build machine and use malloc directly; libdyad's allocation hook is
** for the library. Each tool defines TOOL_NAME before
** including this file. Everything here is static inline, so a tool that
** does not use a helper gets no warning for it.
*/
#ifndef DYAD_TOOL_H
#define DYAD_TOOL_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TOOL_NAME
#error "define TOOL_NAME before including tool.h"
#endif

/* Prints "TOOL_NAME: message" on stderr and exits with 1. */
static inline void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs(TOOL_NAME ": ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* malloc and realloc that exit when memory runs out; a size of 0 asks for 1. */
static inline void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static inline void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

/* A NUL-terminated copy of the n bytes at s; the caller frees it. */
static inline char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* A generated file is written to OUT.tmp (its name kept in tmp, 4096
** bytes) and renamed to OUT only when whole (tool_finish_out), so that a
** failed run leaves nothing make would take for done. */
static inline FILE *tool_begin_out(const char *out, char tmp[4096])
{
    snprintf(tmp, 4096, "%s.tmp", out);
    FILE *o = fopen(tmp, "w");
    if (!o)
        die("%s: %s", tmp, strerror(errno));
    return o;
}

static inline void tool_finish_out(FILE *o, const char *tmp, const char *out)
{
    if (fclose(o) != 0 || rename(tmp, out) != 0)
        die("%s: cannot write: %s", out, strerror(errno));
}

#endif
