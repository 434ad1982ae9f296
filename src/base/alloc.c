/*
** alloc.c — the single allocation hook of libdyad, with failure injection
** for tests (in the manner of SQLite's fault simulation).
*/
#include "base.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* The library's one piece of process-wide mutable state. Atomic, so that
** coders on several threads may allocate while a test counts down; the
** count is then shared by all threads. */
static _Atomic long fail_countdown = -1;   /* < 0: never fail */
static _Atomic long fail_count;

void base_alloc_fail_after(long n)
{
    atomic_store_explicit(&fail_count, 0, memory_order_relaxed);
    atomic_store_explicit(&fail_countdown, n, memory_order_relaxed);
}

long base_alloc_failures(void)
{
    return atomic_load_explicit(&fail_count, memory_order_relaxed);
}

static int should_fail(void)
{
    long n = atomic_load_explicit(&fail_countdown, memory_order_relaxed);
    while (n > 0)
        if (atomic_compare_exchange_weak_explicit(&fail_countdown, &n, n - 1,
                                                  memory_order_relaxed, memory_order_relaxed))
            return 0;
    if (n < 0)
        return 0;
    atomic_fetch_add_explicit(&fail_count, 1, memory_order_relaxed);
    return 1;
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

/* base_grow's growing part (base.h). */
int base_grow_room(void **arr, size_t *cap, size_t need, size_t elem)
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
