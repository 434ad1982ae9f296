/*
** bench_dict.c — load time and peak memory of the dictionaries: PETRARCH2's
** full set (CAMEO.2.0 + Phoenix actors, agents, discards; from
** $DYAD_SHARED/petrarch2/dictionaries, default ../shared) and dyad's own
** data/dict. Prints figures; never fails on speed.
*/
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static long maxrss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void quiet(void *ctx, const dyad_diag *d)
{
    (void)d;
    ++*(long *)ctx;
}

static void run(const char *what, const char *dir, int petr)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        printf("%-22s skipped: %s absent\n", what, dir);
        return;
    }
    const int rounds = 5;
    double best = 1e30;
    long rss0 = maxrss_kb();
    dyad_dict_stats s = {0};
    for (int i = 0; i < rounds; i++) {
        long msgs = 0;
        dyad_dict *d = NULL;
        double t0 = now_ms();
        int rc = petr ? dyad_dict_load_petrarch(dir, quiet, &msgs, &d)
                      : dyad_dict_load_dir(dir, quiet, &msgs, &d);
        double t = now_ms() - t0;
        if (!d) {
            printf("%-22s failed: %s\n", what, dyad_errstr(rc));
            return;
        }
        if (t < best)
            best = t;
        dyad_dict_get_stats(d, &s);
        dyad_dict_free(d);
    }
    printf("%-22s best of %d: %7.1f ms  held %6.1f MB  peak RSS %6.1f MB (+%.1f)  "
           "%ld names, %ld patterns, %ld errors, %ld warnings\n",
           what, rounds, best, (double)s.bytes / 1e6, (double)maxrss_kb() / 1024,
           (double)(maxrss_kb() - rss0) / 1024, s.names, s.patterns, s.errors, s.warnings);
}

int main(void)
{
    const char *shared = getenv("DYAD_SHARED");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/petrarch2/dictionaries",
             shared && *shared ? shared : "../shared");
    printf("peak RSS before loading: %.1f MB\n", (double)maxrss_kb() / 1024);
    run("PETRARCH2 full set", dir, 1);
    run("dyad data/dict", "data/dict", 0);
    return 0;
}
