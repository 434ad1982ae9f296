/*
** alloc.c — the single allocation hook of libdyad, with failure injection
** for tests (in the manner of SQLite's fault simulation).
*/
#include "base.h"

#include <stdlib.h>
#include <string.h>

static long fail_countdown = -1;   /* < 0: never fail */
static long fail_count;

void base_alloc_fail_after(long n)
{
    fail_countdown = n;
    fail_count = 0;
}

long base_alloc_failures(void) { return fail_count; }

static int should_fail(void)
{
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0) {
        fail_count++;
        return 1;
    }
    fail_countdown--;
    return 0;
}

void *dy_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *dy_calloc(size_t count, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(count ? count : 1, size ? size : 1);
}

void *dy_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void dy_free(void *p) { free(p); }

char *dy_strndup(const char *s, size_t n)
{
    char *d = dy_malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *dy_strdup(const char *s) { return dy_strndup(s, strlen(s)); }

int base_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / elem)
            return -1;
        ncap *= 2;
    }
    void *p = dy_realloc(*arr, ncap * elem);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}
