/*
** base.h — what every stage shares: allocation through one hook, a growable
** byte buffer, and error text kept on handles. Internal to libdyad.
*/
#ifndef DYAD_BASE_H
#define DYAD_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dyad.h"

/* All allocation in libdyad goes through these, so that tests can make the
** Nth allocation fail (base_alloc_fail_after). dy_free accepts NULL. */
void *dy_malloc(size_t n);
void *dy_calloc(size_t count, size_t size);
void *dy_realloc(void *p, size_t n);
void dy_free(void *p);
/* Zeroed memory for a table of megabytes read at random, a slot per
** token (the word memo): mapped apart and, on Linux, asked for huge
** pages, for on 4 KB pages nearly every lookup also missed the TLB (the
** memo's 8 MB span 2,048 pages; 7-14% of CPU time on the corpus,
** tools/compare_speed.py). Fails like dy_calloc under base_alloc_fail_after.
** The caller frees it with dy_free_large, giving the same bytes. */
void *dy_calloc_large(size_t bytes);
void dy_free_large(void *p, size_t bytes);   /* accepts NULL */
/* 1 where dy_calloc_large maps its memory on a 2 MB boundary; 0 under
** AddressSanitizer, where it comes from dy_calloc so that its bounds stay
** checked (mapped memory is not). */
#if defined(__SANITIZE_ADDRESS__)
#define DY_LARGE_MAPPED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DY_LARGE_MAPPED 0
#endif
#endif
#ifndef DY_LARGE_MAPPED
#define DY_LARGE_MAPPED 1
#endif
/* Returns a copy of s (n bytes, NUL added) the caller frees with dy_free. */
char *dy_strndup(const char *s, size_t n);
char *dy_strdup(const char *s);

/* x with each byte 'A'..'Z' made 'a'..'z', the rest as they are: eight
** bytes at once (word sets' folded keys, the lemmatizer's fold). Within a
** byte, its low seven bits plus 0x3f reach the top bit from 'A' up, plus
** 0x25 from '[' up; neither sum carries into the next byte. */
static inline uint64_t base_fold_ascii8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, tops = 0x8080808080808080u;
    uint64_t low7 = x & ~tops;
    uint64_t from_a = low7 + 0x3f * ones, past_z = low7 + 0x25 * ones;
    uint64_t upper = (from_a ^ past_z) & ~x & tops;   /* ASCII bytes 'A'..'Z' */
    return x | upper >> 2;
}

/* Test hook: the next n allocations succeed, every later one fails, until
** called again with n < 0 (which turns failures off). */
void base_alloc_fail_after(long n);
/* Number of allocations that have failed on purpose so far. */
long base_alloc_failures(void);

/* Grows *arr (of element size elem) so that it holds at least need elements;
** *cap is updated. Returns 0, or -1 when out of memory (array untouched).
** Inline, for most calls (per token, per phrase) find the room there and
** only a growth calls base_grow_room, its growing part. */
int base_grow_room(void **arr, size_t *cap, size_t need, size_t elem);
static inline int base_grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    return need <= *cap ? 0 : base_grow_room(arr, cap, need, elem);
}

/* FNV-1a of the n bytes at s, continued from h (BASE_HASH_SEED to start
** afresh): the one string hash of libdyad's tables. Inline, for the
** tables that hash every word of every sentence. */
#define BASE_HASH_SEED 2166136261u
static inline uint32_t base_hash(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* snprintf(dst, cap, "%.*s", (int)n, src) without the format machinery
** (cap > 0): copies src up to its NUL or n bytes, what fits before dst's
** last byte, ends dst, and returns the length src had (at most n), as
** snprintf does. The coder copies codes so for most phrases it resolves,
** where snprintf cost some 500 instructions a call. */
static inline size_t base_copy_n(char *dst, size_t cap, const char *src, size_t n)
{
    size_t len = strnlen(src, n);
    size_t k = len < cap ? len : cap - 1;
    memcpy(dst, src, k);
    dst[k] = '\0';
    return len;
}

/* snprintf(dst, cap, "%s", src) so (base_copy_n). */
static inline size_t base_copy(char *dst, size_t cap, const char *src)
{
    return base_copy_n(dst, cap, src, SIZE_MAX);
}

/* Is s[0..n) the word w (NUL-terminated), in any case of its ASCII
** letters: "Group", "GROUP" and "group" for "group"? strlen(w) == n &&
** strncasecmp(s, w, n) == 0 in the C locale, without the calls: most
** tokens asked differ at their first byte. A token t of text is asked as
** base_span_ieq(text + t->start, t->len, w). Reads both, keeps neither. */
static inline int base_span_ieq(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++) {
        unsigned a = (unsigned char)s[i], b = (unsigned char)w[i];
        a += a - 'A' < 26u ? 32u : 0u;
        b += b - 'A' < 26u ? 32u : 0u;
        if (a != b || b == 0)
            return 0;   /* a byte differs, or w is shorter */
    }
    return w[n] == '\0';
}

/* Is w one of the n strings of sorted, which are in strcmp order? A
** binary search; the first bytes, compared as strcmp does, settle most
** steps without a call. Reads both, keeps neither. */
static inline int base_sorted_has(const char *const *sorted, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int cmp = (unsigned char)w[0] - (unsigned char)sorted[mid][0];
        if (cmp == 0)
            cmp = strcmp(w, sorted[mid]);
        if (cmp == 0)
            return 1;
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Is lemma l (NUL-terminated) word w (n bytes) as written (BASE_FORM_SAME)
** or w lower-cased when w is plain ASCII (BASE_FORM_LOWER)? 0 when it is
** neither. The analyzer asks once per word and tag (its lemma memo keeps
** the answer) and the dictionary gives such a lemma its token's ids. */
enum { BASE_FORM_SAME = 1, BASE_FORM_LOWER = 2 };
static inline int base_lemma_form(const char *l, const char *w, size_t n)
{
    int form = BASE_FORM_SAME;
    size_t i = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)w[i], lc = (unsigned char)l[i];
        if (c >= 0x80 || !lc)
            return 0;
        if (c != lc) {
            if (!(c >= 'A' && c <= 'Z' && c + 32 == lc))
                return 0;
            form = BASE_FORM_LOWER;
        }
    }
    return l[i] == '\0' ? form : 0;
}

/* A growable NUL-terminated byte buffer. Zero-initialise to start. */
typedef struct strbuf {
    char *s;
    size_t len, cap;
    int oom;        /* set once an append failed; later appends do nothing */
} strbuf;

void sb_append(strbuf *b, const char *s, size_t n);
/* Room for n bytes and a NUL at the end of b: returns where they go (the
** caller writes there and adds what it kept to b->len, with b->s[b->len]
** a NUL again), or NULL when out of memory (b->oom set). b->s is a
** NUL-terminated string afterwards, "" for a buffer that was empty.
** Inline: a writer that makes its bytes in place saves a copy and a call
** (the analyzer's lemmas, one per token). */
static inline char *sb_room(strbuf *b, size_t n)
{
    if (b->oom)
        return NULL;
    if (b->len + n + 1 > b->cap) {
        if (base_grow((void **)&b->s, &b->cap, b->len + n + 1, 1) < 0) {
            b->oom = 1;
            return NULL;
        }
        b->s[b->len] = '\0';   /* new storage for an empty buffer holds no NUL yet */
    }
    return b->s + b->len;
}
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
/* Appends v in decimal, as "%ld" would, without printf's cost (a quote's
** and an event's sentence number, on every line dyad code writes). */
void sb_putl(strbuf *b, long v);
void sb_printf(strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *b, const char *fmt, va_list ap);
/* Appends s as the inside of a JSON string (no quotes added). */
void sb_json_escape(strbuf *b, const char *s, size_t n);
void sb_reset(strbuf *b);
void sb_free(strbuf *b);
/* Returns b->s, or "" when nothing was ever appended. */
const char *sb_str(const strbuf *b);

/* strerror(err) without strerror's shared buffer (status.c): the text is
** written into buf, which is returned. Any thread may call it. */
#define BASE_STRERROR_MAX 128
const char *base_strerror(int err, char buf[BASE_STRERROR_MAX]);
/* The same with a buffer that lives until the end of the enclosing block:
** base_errmsg(m, "cannot open %s: %s", path, BASE_STRERROR(errno)). */
#define BASE_STRERROR(err) base_strerror((err), (char[BASE_STRERROR_MAX]){0})

/* Formats an error message into a fixed buffer kept on a handle. */
#define BASE_ERRMSG_MAX 512
void base_errmsg(char *dst, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Normalises a date to "YYYY-MM-DD" in out (11 bytes) (date.c). Accepts
** YYYY-MM-DD, YYYYMMDD and ISO timestamps (2024-03-21T10:00:00Z: the date
** part); the day must exist. Returns 1, or 0 when s (n bytes) is no date.
** The readers and the program's --date share it. */
int base_parse_date(const char *s, size_t n, char out[11]);

/* A tap between a loader and the caller's diag callback (diag.c): passes
** every problem on, and keeps the first error and the count, so that a
** handle's errmsg can say why a load failed without a callback. */
typedef struct base_tap {
    dyad_diag_fn fn;      /* the caller's callback; dyad_diag_stderr for NULL */
    void *ctx;
    long errors;          /* DYAD_ERROR problems seen */
    char first[BASE_ERRMSG_MAX];   /* "FILE:LINE: message" of the first */
} base_tap;
/* Prints d as dyad_diag_stderr does (one line), on f. */
void base_diag_print(FILE *f, const dyad_diag *d);
void base_tap_init(base_tap *t, dyad_diag_fn fn, void *ctx);
/* A dyad_diag_fn; tap is the base_tap. */
void base_tap_diag(void *tap, const dyad_diag *d);
/* Writes "PREFIX: FILE:LINE: message", with " (and N more)" after more
** than one error, to dst (BASE_ERRMSG_MAX bytes); "" when no error went
** through. */
void base_tap_errmsg(const base_tap *t, char *dst, const char *prefix);

/* dyad's data folder (datadir.c), the first of: $DYAD_DATA when set and
** non-empty; PROGDIR/../share/dyad holding cameo.tsv (an installed tree,
** wherever it was moved); the nearest <dir>/data holding cameo.tsv, walking
** up at most 4 folders from the running executable (build/dyad and
** build/test/tests/x both find <repo>/data); DYAD_DATADIR as compiled in
** (the Makefile's DATADIR). Writes the path to the caller's buf (capacity
** cap, NUL-terminated) and returns its length, or -1 when it does not fit
** or buf is NULL (buf then holds "" when it can). Allocates nothing; the
** path may not exist when the last rule applies. */
int base_data_dir(char *buf, size_t cap);
/* Same, with "/" and name appended: base_data_file(b, n, "cameo.tsv");
** name NULL or "" gives the folder itself. */
int base_data_file(char *buf, size_t cap, const char *name);

#endif
