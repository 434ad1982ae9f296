/*
** parallel.c — coding articles on several threads (-j N), with output and
** messages byte for byte those of one thread, in the same order.
**
** The main thread reads the articles and writes the results; N workers
** code. They meet in a ring of 2N slots, each with a coder of its own (all
** sharing the one dictionary, which nothing writes after loading) and a
** copy of its article:
**
**   main:    copies article k into slot k % 2N, once article k - 2N, which
**            held it, is coded and written; then writes every article
**            coded in input order so far;
**   workers: take the next article copied, and code it with its slot's
**            coder.
**
** Memory is bounded by the ring, however long the input; the writer
** (standard output, or the one SQLite connection) stays on one thread, and
** input order is kept because articles are written by their number. The
** messages the reader prints about the input (a bad record on line 12)
** are held back with the next article and printed just before its results,
** where -j 1 prints them (msg.c's divert).
*/
#include "cli.h"
#include "base/base.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* More threads than this buy nothing and cost a coder each. */
#define JOBS_MAX 256

typedef enum { SLOT_FREE, SLOT_READY, SLOT_CODED } slot_state;

typedef struct slot {
    dyad_coder *coder;    /* owned, but for slot 0's: the caller's */
    dyad_doc doc;         /* its strings point into copy */
    char *copy;
    size_t cap;
    strbuf msgs;          /* messages to print before its results */
    slot_state state;     /* under the pool's lock */
    int rc;               /* dyad_coder_code's status, once coded */
} slot;

typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t ready;     /* an article was copied, or stop was set */
    pthread_cond_t coded;     /* an article was coded */
    slot *slots;
    size_t nslots;
    unsigned long long head;  /* articles copied (under mu) */
    unsigned long long next;  /* articles taken by workers (under mu) */
    int stop;                 /* workers end (under mu) */
    pthread_t *threads;
    int nthreads;
    /* the main thread's alone */
    unsigned long long tail;  /* articles written */
    strbuf pending;           /* messages not yet given to an article */
    int failed;               /* the run stopped: write nothing more */
    const dyad_dict *dict;    /* what the slots' coders are made of */
    const dyad_coder_opts *opts;
    cli_emit_fn emit;
    void *ctx;
} pool;

int cli_jobs_default(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > JOBS_MAX ? JOBS_MAX : (int)n;
}

int cli_jobs_option(int *jobs, const char *cmd, int argc, char **argv, int *i)
{
    const char *a = argv[*i], *v;
    if (strncmp(a, "-j", 2) == 0 && a[2] != '\0')
        v = a + 2;
    else if (strncmp(a, "--jobs=", 7) == 0)
        v = a + 7;
    else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) {
        if (*i + 1 >= argc) {
            cli_usage_error(cmd, "option '%s' needs a value", a);
            return -1;
        }
        v = argv[++*i];
    } else
        return 0;
    long n;
    if (!cli_number(v, 1, JOBS_MAX, &n)) {
        cli_usage_error(cmd, "-j wants a number of threads from 1 to %d, not '%s'", JOBS_MAX,
                        v);
        return -1;
    }
    *jobs = (int)n;
    return 1;
}

/* ---- workers ---- */

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->next == p->head)
            pthread_cond_wait(&p->ready, &p->mu);
        if (p->stop)
            break;
        slot *s = &p->slots[p->next++ % p->nslots];
        pthread_mutex_unlock(&p->mu);
        int rc = dyad_coder_code(s->coder, &s->doc);
        pthread_mutex_lock(&p->mu);
        s->rc = rc;
        s->state = SLOT_CODED;
        pthread_cond_signal(&p->coded);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- the main thread: messages, copies, writing in order ---- */

/* msg.c's divert hook: a message about the input, for the next article. */
static void hold_msg(void *ctx, const char *s, size_t n)
{
    pool *p = ctx;
    sb_append(&p->pending, s, n);
    if (p->pending.oom) {   /* print it now: out of order, not lost */
        cli_progress_hide();
        fwrite(s, 1, n, stderr);
        p->pending.oom = 0;
    }
}

static void print_msgs(strbuf *b)
{
    if (b->len > 0) {
        cli_progress_hide();
        fwrite(b->s, 1, b->len, stderr);
    }
    sb_reset(b);
}

/* Copies doc's strings into s. Returns 0, or -1 when out of memory. */
static int copy_doc(slot *s, const dyad_doc *doc)
{
    const char *f[] = {doc->id, doc->date, doc->source, doc->url, doc->title, doc->file};
    enum { NF = sizeof f / sizeof f[0] };
    size_t len[NF], need = doc->text_len + 1;
    for (size_t i = 0; i < NF; i++)
        need += (len[i] = f[i] ? strlen(f[i]) : 0) + 1;
    if (need > s->cap) {
        char *c = realloc(s->copy, need);
        if (!c)
            return -1;
        s->copy = c;
        s->cap = need;
    }
    char *at = s->copy, *out[NF];
    for (size_t i = 0; i < NF; i++) {
        out[i] = at;
        memcpy(at, f[i] ? f[i] : "", len[i] + 1);
        at += len[i] + 1;
    }
    if (doc->text_len)
        memcpy(at, doc->text, doc->text_len);
    at[doc->text_len] = '\0';
    s->doc = (dyad_doc){out[0], out[1], out[2], out[3], out[4], at, doc->text_len, out[5],
                        doc->line};
    return 0;
}

/* Writes out the articles at the ring's tail in input order: waiting for
** each to be coded up to article number until, then those coded already.
** Returns 0, or the exit code of a failure (p->failed set). */
static int write_coded(pool *p, unsigned long long until)
{
    for (;;) {
        slot *s = &p->slots[p->tail % p->nslots];
        pthread_mutex_lock(&p->mu);
        int in_flight = p->tail < p->head;
        while (in_flight && p->tail < until && s->state != SLOT_CODED)
            pthread_cond_wait(&p->coded, &p->mu);
        int coded = in_flight && s->state == SLOT_CODED;
        pthread_mutex_unlock(&p->mu);
        if (!coded)
            return 0;
        print_msgs(&s->msgs);
        int rc = s->rc != DYAD_OK ? cli_code_failed(&s->doc, s->rc)
                                  : p->emit(p->ctx, &s->doc, s->coder);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_FREE;
        pthread_mutex_unlock(&p->mu);
        p->tail++;
        if (rc) {
            p->failed = 1;
            return rc;
        }
    }
}

/* Makes s ready for doc: a coder made when the slot is first used (a short
** input needs few), and the copy. Returns 0, or an exit code, after
** writing out the articles before doc, as -j 1 would have. */
static int fill_slot(pool *p, slot *s, const dyad_doc *doc)
{
    char why[BASE_ERRMSG_MAX + 32] = "out of memory";
    int rc = EXIT_INTERNAL;
    if (!s->coder) {
        int crc = dyad_coder_new(p->dict, p->opts, cli_diag, NULL, &s->coder);
        if (crc != DYAD_OK) {
            snprintf(why, sizeof why, "cannot start the coder: %s",
                     dyad_coder_errmsg(s->coder));
            rc = crc == DYAD_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
            dyad_coder_free(s->coder);
            s->coder = NULL;
        }
    }
    if (s->coder && copy_doc(s, doc) == 0)
        return 0;
    int wrc = write_coded(p, p->head);
    p->failed = 1;
    if (wrc)
        return wrc;
    cli_error("%s", why);
    return rc;
}

/* cli_for_each_doc's callback: hands doc to the workers, and writes what
** is coded. Messages printed here are in order: not diverted. */
static int hand_out(void *ctx, const dyad_doc *doc)
{
    pool *p = ctx;
    cli_msg_divert(NULL, NULL);
    int rc = 0;
    if (p->head - p->tail == p->nslots)
        rc = write_coded(p, p->tail + 1);   /* the slot's last article */
    slot *s = &p->slots[p->head % p->nslots];
    if (rc == 0)
        rc = fill_slot(p, s, doc);
    if (rc == 0) {
        strbuf t = s->msgs;   /* the messages read before doc go with it */
        s->msgs = p->pending;
        p->pending = t;
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_READY;
        p->head++;
        pthread_cond_signal(&p->ready);
        pthread_mutex_unlock(&p->mu);
        rc = write_coded(p, 0);
    }
    cli_msg_divert(hold_msg, p);
    return rc;
}

/* ---- the pool's life ---- */

/* Makes the slots (slot 0 gets coder; fill_slot makes the others') and
** starts jobs workers with SIGINT and SIGTERM blocked: out.c's handler
** must run on the thread that writes. Returns 0, or an exit code
** (reported). */
static int pool_start(pool *p, int jobs, dyad_coder *coder)
{
    p->nslots = 2 * (size_t)jobs;
    p->slots = calloc(p->nslots, sizeof *p->slots);
    p->threads = calloc((size_t)jobs, sizeof *p->threads);
    if (!p->slots || !p->threads) {
        cli_error("out of memory");
        return EXIT_INTERNAL;
    }
    p->slots[0].coder = coder;
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int err = 0;
    while (p->nthreads < jobs &&
           (err = pthread_create(&p->threads[p->nthreads], NULL, worker, p)) == 0)
        p->nthreads++;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (p->nthreads == 0) {   /* fewer than asked still code; none cannot */
        cli_error("cannot start a thread: %s; try -j 1", BASE_STRERROR(err));
        return EXIT_INTERNAL;
    }
    return 0;
}

/* Stops the workers (each finishes its article) and frees all but slot
** 0's coder. */
static void pool_end(pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->ready);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    for (size_t i = 0; p->slots && i < p->nslots; i++) {
        if (i > 0)
            dyad_coder_free(p->slots[i].coder);
        free(p->slots[i].copy);
        sb_free(&p->slots[i].msgs);
    }
    free(p->slots);
    free(p->threads);
    sb_free(&p->pending);
    pthread_cond_destroy(&p->coded);
    pthread_cond_destroy(&p->ready);
    pthread_mutex_destroy(&p->mu);
}

/* -j 1: code and write each article in turn, on this thread. */
typedef struct serial {
    dyad_coder *coder;
    cli_emit_fn emit;
    void *ctx;
} serial;

static int code_serial(void *ctx, const dyad_doc *doc)
{
    serial *s = ctx;
    int rc = cli_code_doc(s->coder, doc);
    return rc ? rc : s->emit(s->ctx, doc, s->coder);
}

int cli_code_each_doc(cli_input *in, int jobs, dyad_coder *coder, const dyad_dict *dict,
                      const dyad_coder_opts *opts, cli_emit_fn emit, void *ctx)
{
    if (jobs <= 1) {
        serial s = {coder, emit, ctx};
        return cli_for_each_doc(in, code_serial, &s);
    }
    pool p = {.mu = PTHREAD_MUTEX_INITIALIZER, .ready = PTHREAD_COND_INITIALIZER,
              .coded = PTHREAD_COND_INITIALIZER, .dict = dict, .opts = opts, .emit = emit,
              .ctx = ctx};
    int rc = pool_start(&p, jobs, coder);
    if (rc == 0) {
        cli_msg_divert(hold_msg, &p);
        rc = cli_for_each_doc(in, hand_out, &p);
        cli_msg_divert(NULL, NULL);
        if (!p.failed) {
            int wrc = write_coded(&p, p.head);
            if (wrc)
                rc = wrc;
        }
        /* what the reader said after the last article (its summary): after
        ** every result, unless writing stopped before -j 1 would have read it */
        if (!p.failed)
            print_msgs(&p.pending);
    }
    pool_end(&p);
    return rc;
}
