/*
** out.c — standard output for the whole program, so that nothing is lost
** without a word:
**   - a write that fails (disk full, output closed) is kept, writing stops,
**     and cli_out_finish reports it once and turns the exit code into
**     EXIT_WRITE;
**   - records (whole lines) are buffered here, not in stdio, and written
**     with write(2) only whole, so that a run interrupted by SIGINT or
**     SIGTERM leaves every line it wrote complete: the handler writes out
**     the whole records buffered so far and dies of the signal.
**
** The commands that stream records (sentences, tokens, analyze, code) write
** through cli_out_record; the others (help texts, dict check, validate's
** report) use stdio, which cli_out_finish flushes and checks.
*/
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define OUT_BUF (64u * 1024u)

static char buf[OUT_BUF];
static size_t len;                  /* whole records waiting in buf */
static int werr;                    /* errno of the first failed write; 0: none */
static volatile sig_atomic_t busy;  /* buf or len is being changed */
static volatile sig_atomic_t pending;   /* a signal came while busy */

/* Writes s whole to standard output, going on after partial writes and
** interruptions. Safe in a signal handler. Returns 0, or -1 with werr set. */
static int write_all(const char *s, size_t n)
{
    while (n > 0 && !werr) {
        ssize_t k = write(STDOUT_FILENO, s, n);
        if (k < 0) {
            if (errno != EINTR)
                werr = errno;
            continue;
        }
        s += k;
        n -= (size_t)k;
    }
    return werr ? -1 : 0;
}

/* Writes out what buf holds. */
static void drain(void)
{
    if (len > 0 && !werr)
        write_all(buf, len);
    len = 0;
}

/* Dies of signal sig, its default action restored (by SA_RESETHAND), so
** that the caller sees the signal, and the shell prints 128 + sig. */
static void die_of(int sig)
{
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Outside a busy section, buf holds whole records only: write them and
** die. Inside one, leave a note for the code that leaves it. */
static void on_signal(int sig)
{
    int saved = errno;
    if (busy) {
        pending = sig;
        errno = saved;
        return;
    }
    busy = 1;
    drain();
    die_of(sig);
    errno = saved;
}

static void enter(void)
{
    busy = 1;
    atomic_signal_fence(memory_order_seq_cst);
}

static void leave(void)
{
    atomic_signal_fence(memory_order_seq_cst);
    busy = 0;
    atomic_signal_fence(memory_order_seq_cst);
    if (pending) {
        busy = 1;
        drain();
        die_of(pending);
    }
}

void cli_out_catch_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa;
        /* A signal ignored on entry (nohup, a background job) stays ignored. */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        /* A second signal while the first one's records are written kills
        ** at once: a stuck reader of our output must not hold us. */
        sa.sa_flags = SA_RESTART | SA_RESETHAND | SA_NODEFER;
        sigaction(sigs[i], &sa, NULL);
    }
}

int cli_out_record(const char *s, size_t n)
{
    if (werr)
        return -1;
    enter();
    if (n > sizeof buf - len) {
        drain();
        if (n >= sizeof buf) {
            write_all(s, n);
            n = 0;
        }
    }
    if (n > 0 && !werr) {
        memcpy(buf + len, s, n);
        len += n;
    }
    leave();
    return werr ? -1 : 0;
}

void cli_out_flush(void)
{
    enter();
    drain();
    leave();
}

int cli_out_finish(int rc)
{
    if (fflush(stdout) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (ferror(stdout) && !werr)
        werr = EIO;
    enter();
    drain();
    leave();
    if (!werr)
        return rc;
    cli_error("cannot write to standard output: %s", strerror(werr));
    return EXIT_WRITE;
}
