/*
** check.h — the test harness: counting checks, printing the failures with
** file and line, and a closing line "N passed, N failed, N skipped" that
** tests/run.sh adds up. Include it from one test file only (each test file
** is its own program).
*/
#ifndef DYAD_CHECK_H
#define DYAD_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed, check_skipped;

__attribute__((unused)) static int check_at(const char *file, int line, int ok, const char *what)
{
    if (ok) {
        check_passed++;
    } else {
        check_failed++;
        fprintf(stderr, "%s:%d: FAILED: %s\n", file, line, what);
    }
    return ok;
}

__attribute__((unused)) static int check_str_at(const char *file, int line, const char *got,
                        const char *want, const char *what)
{
    int ok = (got && want) ? strcmp(got, want) == 0 : got == want;
    if (!check_at(file, line, ok, what))
        fprintf(stderr, "    want: %s\n    got:  %s\n", want ? want : "(null)",
                got ? got : "(null)");
    return ok;
}

__attribute__((unused)) static int check_long_at(const char *file, int line, long got, long want,
                         const char *what)
{
    int ok = got == want;
    if (!check_at(file, line, ok, what))
        fprintf(stderr, "    want: %ld\n    got:  %ld\n", want, got);
    return ok;
}

/* A group of checks that cannot run here (say, ../shared is absent). */
__attribute__((unused)) static void check_skip(const char *what, int count)
{
    check_skipped += count;
    printf("SKIPPED %d: %s\n", count, what);
}

__attribute__((unused)) static int check_done(void)
{
    printf("%d passed, %d failed, %d skipped\n", check_passed, check_failed,
           check_skipped);
    return check_failed ? 1 : 0;
}

#define CHECK(c) check_at(__FILE__, __LINE__, (c) != 0, #c)
#define CHECK_STR(got, want) check_str_at(__FILE__, __LINE__, (got), (want), #got " == " #want)
#define CHECK_INT(got, want) check_long_at(__FILE__, __LINE__, (long)(got), (long)(want), #got " == " #want)

/* Where ../shared lives: $DYAD_SHARED, else ../shared beside the checkout. */
__attribute__((unused)) static const char *check_shared_dir(void)
{
    const char *d = getenv("DYAD_SHARED");
    return d && *d ? d : "../shared";
}

#endif
