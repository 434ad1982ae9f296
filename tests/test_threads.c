/*
** test_threads.c — what dyad.h promises about threads: one dictionary,
** loaded once, shared read-only by coders on several threads, each thread
** with its own coder and reader, gives every thread the output one coder
** gives alone. Run under ThreadSanitizer (make tsan), it also shows that
** the library holds no unguarded shared state on that path.
*/
#include "check.h"
#include "dyad.h"

#include <pthread.h>

#define THREADS 4
#define ROUNDS 2

static dyad_dict *D;
static const char articles[] = "examples/articles.jsonl";

/* A growable string. */
typedef struct text {
    char *s;
    size_t len, cap;
    int oom;
} text;

static void put(text *t, const char *s, size_t n)
{
    if (t->oom)
        return;
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *p = realloc(t->s, cap);
        if (!p) {
            t->oom = 1;
            return;
        }
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

/* Appends the events (JSON lines, with --explain's fields) and quotes c
** has coded. */
static void put_results(text *t, const dyad_coder *c)
{
    char line[16384];
    for (size_t i = 0; i < dyad_coder_event_count(c); i++) {
        size_t n = dyad_event_format(dyad_coder_event(c, i), DYAD_OUT_JSONL, (long)i, 1, line,
                                     sizeof line);
        put(t, line, n < sizeof line ? n : sizeof line - 1);
    }
    for (size_t i = 0; i < dyad_coder_quote_count(c); i++) {
        size_t n = dyad_quote_format(dyad_coder_quote(c, i), DYAD_RENDER_JSON, line,
                                     sizeof line);
        put(t, line, n < sizeof line ? n : sizeof line - 1);
    }
}

/* Reads the example articles with a reader of its own and codes each with
** a coder of its own, ROUNDS times over; *out gets everything written. */
static int code_all(text *out, int rounds)
{
    dyad_coder *c = NULL;
    dyad_coder_opts o = {.explain = 1};
    if (dyad_coder_new(D, &o, NULL, NULL, &c) != DYAD_OK) {
        dyad_coder_free(c);
        return -1;
    }
    int rc = 0;
    for (int r = 0; r < rounds && rc == 0; r++) {
        dyad_read_opts ro = {0};
        dyad_reader *rd = dyad_reader_new(&ro);
        if (!rd || dyad_reader_open(rd, articles) != DYAD_OK)
            rc = -1;
        const dyad_doc *doc;
        while (rc == 0 && dyad_reader_next(rd, &doc) == DYAD_OK) {
            if (dyad_coder_code(c, doc) != DYAD_OK)
                rc = -1;
            put_results(out, c);
        }
        dyad_reader_free(rd);
    }
    dyad_coder_free(c);
    return out->oom ? -1 : rc;
}

typedef struct job {
    pthread_t t;
    text out;
    int rc;
} job;

static void *run_job(void *arg)
{
    job *j = arg;
    j->rc = code_all(&j->out, ROUNDS);
    return NULL;
}

int main(void)
{
    char dir[4096];
    if (dyad_data_path(dir, sizeof dir, "dict") < 0 ||
        dyad_dict_load_dir(dir, NULL, NULL, &D) != DYAD_OK) {
        fprintf(stderr, "cannot load the dictionaries\n");
        return 1;
    }
    /* the threads start before any reader has run in the process, and
    ** this one codes alone meanwhile: first uses race too */
    job jobs[THREADS] = {{0}};
    int started = 0;
    for (; started < THREADS; started++)
        if (pthread_create(&jobs[started].t, NULL, run_job, &jobs[started]) != 0)
            break;
    CHECK(started == THREADS);
    text alone = {0};
    CHECK(code_all(&alone, ROUNDS) == 0);
    CHECK(alone.len > 10000);   /* the examples give events and quotes */
    for (int i = 0; i < started; i++) {
        pthread_join(jobs[i].t, NULL);
        CHECK(jobs[i].rc == 0);
        CHECK(jobs[i].out.len == alone.len);
        CHECK(jobs[i].out.s && alone.s && strcmp(jobs[i].out.s, alone.s) == 0);
        free(jobs[i].out.s);
    }
    free(alone.s);
    dyad_dict_free(D);
    return check_done();
}
