/*
** bench_dict.c — load time and peak memory of the dictionaries: PETRARCH2's
** full set (CAMEO.2.0 + Phoenix actors, agents, discards; from
** $DYAD_SHARED/petrarch2/dictionaries, default ../shared) and dyad's own
** data/dict (found as dyad_data_path finds it). Load times are wall
** clock, files read included. "held" is the dictionary's own count of its
** bytes; the peak-RSS increase means most for the first set loaded, as the
** second reuses memory the first gave back. Prints figures; never fails on
** speed.
*/
#include "bench_common.h"

static void run(const char *what, const char *dir, int petr)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        printf("%-22s skipped: %s absent\n", what, dir);
        return;
    }
    const int rounds = 5;
    double best = 1e30;
    double rss0 = bench_peak_mb();
    dyad_dict_stats s = {0};
    for (int i = 0; i < rounds; i++) {
        long msgs = 0;
        dyad_dict *d = NULL;
        double t0 = bench_wall_s();
        int rc = bench_dict_load(dir, petr, &msgs, &d);
        double t = (bench_wall_s() - t0) * 1e3;
        if (rc != DYAD_OK && rc != DYAD_EDICT) {
            printf("%-22s failed: %s\n", what, dyad_dict_errmsg(d));
            dyad_dict_free(d);
            return;
        }
        if (t < best)
            best = t;
        dyad_dict_get_stats(d, &s);
        dyad_dict_free(d);
    }
    printf("%-22s best of %d: %7.1f ms  held %6.1f MB  peak RSS %6.1f MB (+%.1f)  "
           "%ld names, %ld patterns, %ld errors, %ld warnings\n",
           what, rounds, best, (double)s.bytes / 1e6, bench_peak_mb(),
           bench_peak_mb() - rss0, s.names, s.patterns, s.errors, s.warnings);
}

int main(void)
{
    char petr[4096], ours[4096];
    if (bench_dict_dirs(ours, petr, sizeof ours, "bench_dict") != 0)
        return 1;
    printf("peak RSS before loading: %.1f MB\n", bench_peak_mb());
    run("PETRARCH2 full set", petr, 1);
    run("dyad data/dict", ours, 0);
    return 0;
}
