/*
** progress.c — a progress bar on stderr for long runs (dyad ingest), drawn
** only when stderr is a terminal: a log file or a pipe gets the summary
** line the command prints at the end, not a stream of carriage returns.
**
**   [########............]  41%  8,120 articles  97 events  5,873/s  0:02 left
**
** The share done is counted in bytes of input read, the one measure known
** before the end; the time left assumes the rate so far.
*/
#include "cli.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define BAR 20

/* The bar on the screen, if any: messages take it away first (msg.c). */
static cli_progress *active;

void cli_progress_hide(void)
{
    if (active && active->shown) {
        fputs("\r\033[K", stderr);
        active->shown = 0;
        active->drawn = 0;   /* drawn again at the next update */
    }
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

const char *cli_count(char buf[32], long n)
{
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%ld", n < 0 ? -n : n), k = 0;
    if (n < 0)
        buf[k++] = '-';
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[k++] = ',';
        buf[k++] = digits[i];
    }
    buf[k] = '\0';
    return buf;
}

void cli_progress_start(cli_progress *p, long long total)
{
    p->tty = isatty(STDERR_FILENO);
    p->start = now_s();
    p->drawn = 0;
    p->total = total;
    p->shown = 0;
    active = p;
}

void cli_progress_update(cli_progress *p, long long done, long articles, long events)
{
    if (!p->tty)
        return;
    double t = now_s();
    if (t - p->drawn < 0.1)
        return;
    p->drawn = t;
    double secs = t - p->start;
    char a[32], e[32], r[32];
    fputs("\r", stderr);
    if (p->total > 0) {
        double share = done >= p->total ? 1.0 : (double)done / (double)p->total;
        int fill = (int)(share * BAR);
        fputc('[', stderr);
        for (int i = 0; i < BAR; i++)
            fputc(i < fill ? '#' : '.', stderr);
        fprintf(stderr, "] %3d%%  ", (int)(share * 100));
    }
    fprintf(stderr, "%s articles  %s events  %s/s", cli_count(a, articles), cli_count(e, events),
            cli_count(r, secs > 0 ? (long)(articles / secs) : 0));
    if (p->total > 0 && done > 0 && secs >= 1) {
        long left = (long)(secs * (double)(p->total - done) / (double)done + 0.5);
        fprintf(stderr, "  %ld:%02ld left", left / 60, left % 60);
    }
    fputs("\033[K", stderr);   /* clear what a longer line left */
    fflush(stderr);
    p->shown = 1;
}

double cli_progress_end(cli_progress *p)
{
    cli_progress_hide();
    active = NULL;
    return now_s() - p->start;
}
