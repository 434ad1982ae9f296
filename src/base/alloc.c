/*
** alloc.c — the single allocation hook of libdyad, with failure injection
** for tests (in the manner of SQLite's fault simulation).
*/
#define _DEFAULT_SOURCE 1   /* MAP_ANONYMOUS, madvise */
#include "base.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>


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

#if DY_LARGE_MAPPED
/* A huge page's size on x86-64 and arm64 with 4 KB pages: the mapping is
** aligned to it, for the kernel backs only aligned 2 MB spans with one. */
#define HUGE_ALIGN ((size_t)2 << 20)

/* The mapping holds the table and up to HUGE_ALIGN before it; its start
** and length are kept in the word before the table. */
void *dy_calloc_large(size_t bytes)
{
    if (should_fail())
        return NULL;
    size_t len = bytes + HUGE_ALIGN;   /* room to align, and for the header */
    if (len < bytes)
        return NULL;
    unsigned char *map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        return NULL;
    uintptr_t at = ((uintptr_t)map + sizeof(size_t) + HUGE_ALIGN - 1) & ~(uintptr_t)(HUGE_ALIGN - 1);
    unsigned char *p = (unsigned char *)at;
    memcpy(p - sizeof(size_t), &(size_t){(size_t)(p - map)}, sizeof(size_t));
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);   /* advice only: a refusal leaves 4 KB pages */
#endif
    return p;   /* anonymous pages read as zero */
}

void dy_free_large(void *p, size_t bytes)
{
    if (!p)
        return;
    size_t head;
    memcpy(&head, (unsigned char *)p - sizeof(size_t), sizeof(size_t));
    munmap((unsigned char *)p - head, bytes + HUGE_ALIGN);
}
#else
void *dy_calloc_large(size_t bytes) { return dy_calloc(1, bytes); }
void dy_free_large(void *p, size_t bytes) { (void)bytes; dy_free(p); }
#endif

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
