/*
** bench_common.h — what every bench/bench_*.c shares: the clocks, peak
** memory, the path of the shared third-party folder, the news corpus read
** into memory through dyad_reader, and the made-up articles used when the
** corpus is absent. The Makefile builds each bench from one .c file linked
** with libdyad, so everything here is static; include it from one file per
** program. Names carry a bench_ prefix so that a bench's own statics never
** clash with them.
**
** Units, the same in every bench:
**   - MB is 10^6 bytes, for sizes, rates and memory alike.
**   - "CPU" times are this thread's CPU time (bench_cpu_s): the figure for
**     one core, which holds up when the machine is busy with other work.
**     "wall" times are the monotonic clock (bench_wall_s).
**   - Peak memory is the process's max RSS so far (bench_peak_mb), so it
**     includes whatever the bench holds, the corpus texts among it.
**
** Environment:
**   DYAD_SHARED      the shared folder (default ../shared, beside the repo)
**   DYAD_BENCH_DOCS  read at most this many documents (default: all)
*/
#ifndef DYAD_BENCH_COMMON_H
#define DYAD_BENCH_COMMON_H

#include "dyad.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "base/base.h"

#define BENCH_UNUSED __attribute__((unused))

/* ---- clocks and memory ------------------------------------------------ */

/* Seconds of CPU time this thread has used. */
BENCH_UNUSED static double bench_cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds on the monotonic clock, from an arbitrary start. */
BENCH_UNUSED static double bench_wall_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The process's peak resident memory so far, in MB (Linux gives KiB). */
BENCH_UNUSED static double bench_peak_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss * 1024.0 / 1e6;
}

/* ---- where the third-party data is ------------------------------------ */

/* $DYAD_SHARED when set and non-empty, else "../shared" (the same rule as
** check_shared_dir() in tests/check.h). Static storage; never NULL. */
BENCH_UNUSED static const char *bench_shared_dir(void)
{
    const char *d = getenv("DYAD_SHARED");
    return d && *d ? d : "../shared";
}

/* Writes <shared folder>/rel into buf (cap bytes). Returns 1 when that path
** exists, 0 when it does not (buf still names it, for the message saying
** so). A path too long for buf is reported on stderr and counts as absent. */
BENCH_UNUSED static int bench_shared_path(char *buf, size_t cap, const char *rel)
{
    int n = snprintf(buf, cap, "%s/%s", bench_shared_dir(), rel);
    if (n < 0 || (size_t)n >= cap) {
        fprintf(stderr, "bench: $DYAD_SHARED is too long for a path buffer of %zu bytes; "
                "shorten it\n", cap);
        return 0;
    }
    struct stat st;
    return stat(buf, &st) == 0;
}

/* The two dictionary sets the benches load: dyad's own (dyad_data_path's
** "dict") into ours and PETRARCH2's ($DYAD_SHARED/petrarch2/dictionaries)
** into petr, each of cap bytes. Either may not exist. Returns 0, or -1
** after printing why (prefixed with prog). */
BENCH_UNUSED static int bench_dict_dirs(char *ours, char *petr, size_t cap, const char *prog)
{
    bench_shared_path(petr, cap, "petrarch2/dictionaries");
    if (dyad_data_path(ours, cap, "dict") < 0) {
        fprintf(stderr, "%s: the data folder's path is too long; set DYAD_DATA\n", prog);
        return -1;
    }
    return 0;
}

/* A dyad_diag_fn that only counts: ctx is a long. */
BENCH_UNUSED static void bench_count_diag(void *ctx, const dyad_diag *d)
{
    (void)d;
    ++*(long *)ctx;
}

/* Loads the dictionary in dir, in PETRARCH2's format when petr is set,
** counting its messages into *msgs. Returns what dyad_dict_load_dir or
** dyad_dict_load_petrarch return; *d is the caller's to free in every case
** (NULL only when out of memory). */
BENCH_UNUSED static int bench_dict_load(const char *dir, int petr, long *msgs, dyad_dict **d)
{
    return petr ? dyad_dict_load_petrarch(dir, bench_count_diag, msgs, d)
                : dyad_dict_load_dir(dir, bench_count_diag, msgs, d);
}

/* $DYAD_BENCH_DOCS as a count, 0 when unset (no limit). A value that is not
** a positive whole number is reported and ignored. */
BENCH_UNUSED static long bench_doc_limit(void)
{
    const char *s = getenv("DYAD_BENCH_DOCS");
    if (!s || !*s)
        return 0;
    char *end;
    errno = 0;
    long n = strtol(s, &end, 10);
    if (errno || *end || n <= 0) {
        fprintf(stderr, "bench: DYAD_BENCH_DOCS='%s' is not a positive number of documents; "
                "reading them all\n", s);
        return 0;
    }
    return n;
}

/* ---- made-up news for a machine without the corpus -------------------- */

/* How many articles bench_generate_jsonl writes: about 10 MB of text. */
#define BENCH_GEN_DOCS 8000

/* Returns BENCH_GEN_DOCS news-like articles as JSON lines ({"id", "date",
** "source", "title", "text"}), the same every run, and stores the byte
** count in *len. The caller frees the result with dy_free; NULL when out of
** memory. The articles mix what the stages meet in real news: a dateline,
** paragraphs, actor-verb-target sentences the coder can code, reported
** speech, relative and infinitive clauses, and the tokenizer's hard cases
** (abbreviations, numbers, times, URLs, curly quotes and dashes, accented
** names, escaped JSON quotes). */
BENCH_UNUSED static char *bench_generate_jsonl(size_t *len)
{
    static const char *const actor[] = {
        "Russia", "China", "The United States", "Iranian officials", "Israeli troops",
        "The European Union", "Turkey", "Indian Prime Minister Narendra Modi", "Rebels",
        "The Kenyan government", "French President Emmanuel Macron", "Police in Lagos",
        "The Pakistani army", "Protesters", "Germany's foreign minister"};
    static const char *const verb[] = {
        "condemned", "met with", "visited", "imposed sanctions on", "attacked",
        "signed an agreement with", "accused", "praised", "expelled diplomats from",
        "threatened", "promised aid to", "arrested supporters of"};
    static const char *const target[] = {
        "Ukraine", "Japan", "Syria", "the United Nations", "Egyptian police", "Germany",
        "North Korea", "Brazil's president", "Pakistan", "the rebels", "Venezuela",
        "opposition leaders"};
    static const char *const tail[] = {
        " on Tuesday", " in a statement", "", " after talks in Geneva",
        " over the border dispute", " last week", " for the second time this year"};
    static const char *const hard[] = {
        "Mr. Petrenko said the U.S.-led coalition would \xE2\x80\x9Cstand firm.\xE2\x80\x9D",
        "Officials didn\xE2\x80\x99t confirm the 1,200 casualties reported at 10:30 a.m.",
        "The ministry\xE2\x80\x99s statement, posted on www.example.gov, cited 3.5% growth.",
        "Gen. Ruiz met Sen. Okafor in Washington on Jan. 5, 2024.",
        "Talks in Geneva \xE2\x80\x94 the third round \xE2\x80\x94 ended without a deal...",
        "\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D Erdo\u011Fan told reporters.",
        "A spokesman said the \"ceasefire\" had held since the 1990s.",
        "Thousands marched in S\xC3\xA3o Paulo; about 40 were detained (police said 35)."};
    static const char *const dateline[] = {
        "KYIV, Ukraine (AP) \xE2\x80\x94 ", "GENEVA \xE2\x80\x94 ", "NAIROBI, Kenya \xE2\x80\x94 ",
        "", ""};
#define BENCH_PICK(arr) arr[(x >> 16) % (sizeof arr / sizeof arr[0])]
#define BENCH_NEXT() (x = x * 1103515245u + 12345u)
/* an actor inside a sentence: two %s, "the" lower-cased */
#define BENCH_MID(s) (strncmp(s, "The ", 4) == 0 ? "the " : ""), \
                     (strncmp(s, "The ", 4) == 0 ? s + 4 : s)
    unsigned x = 2024;
    strbuf out = {0}, text = {0};
    for (int a = 0; a < BENCH_GEN_DOCS && !out.oom && !text.oom; a++) {
        sb_reset(&text);
        BENCH_NEXT();
        sb_puts(&text, BENCH_PICK(dateline));
        int nsent = 8 + a % 17;
        for (int s = 0; s < nsent; s++) {
            const char *w[5];
            BENCH_NEXT(); w[0] = BENCH_PICK(actor);
            BENCH_NEXT(); w[1] = BENCH_PICK(verb);
            BENCH_NEXT(); w[2] = BENCH_PICK(target);
            BENCH_NEXT(); w[3] = BENCH_PICK(tail);
            BENCH_NEXT(); w[4] = BENCH_PICK(actor);
            BENCH_NEXT();
            switch ((x >> 20) % 10) {
            case 0:     /* reported speech */
                sb_printf(&text, "%s said %s%s had %s %s%s.", w[4], BENCH_MID(w[0]), w[1],
                          w[2], w[3]);
                break;
            case 1:     /* a relative clause */
                sb_printf(&text, "%s, which %s %s last month, %s %s%s%s.", w[0], w[1], w[2],
                          w[1], BENCH_MID(w[4]), w[3]);
                break;
            case 2:     /* an infinitive clause */
                sb_printf(&text, "%s urged %s to release %s%s%s.", w[0], w[2],
                          BENCH_MID(w[4]), w[3]);
                break;
            case 3:
            case 4:
                BENCH_NEXT();
                sb_puts(&text, BENCH_PICK(hard));
                break;
            default:
                sb_printf(&text, "%s %s %s%s.", w[0], w[1], w[2], w[3]);
            }
            sb_puts(&text, s % 4 == 3 ? "\n\n" : " ");
        }
        BENCH_NEXT();
        sb_printf(&out, "{\"id\": \"gen-%d\", \"date\": \"2024-03-%02d\", \"source\": \"bench\", "
                  "\"title\": \"%s %s %s\", \"text\": \"", a, a % 28 + 1, BENCH_PICK(actor),
                  verb[a % (int)(sizeof verb / sizeof verb[0])],
                  target[a % (int)(sizeof target / sizeof target[0])]);
        sb_json_escape(&out, text.s, text.len);
        sb_puts(&out, "\"}\n");
    }
#undef BENCH_PICK
#undef BENCH_NEXT
#undef BENCH_MID
    int oom = out.oom || text.oom;
    sb_free(&text);
    if (oom) {
        sb_free(&out);
        return NULL;
    }
    *len = out.len;
    return out.s;
}

/* ---- the corpus in memory --------------------------------------------- */

/* Documents read once, before anything is timed. Each document's id, date
** and text are copied into one block that starts at docs[i].id (freed by
** bench_corpus_free); its other fields are "". */
typedef struct bench_corpus {
    dyad_doc *docs;
    size_t n, cap;
    size_t text_bytes;      /* sum of the texts' lengths */
    double read_cpu_s;      /* reading and copying, CPU and wall */
    double read_wall_s;
    int generated;          /* 1 when the corpus was absent */
    char what[4400];        /* "PATH" or "generated articles (corpus absent)",
                            ** then ", first N documents (DYAD_BENCH_DOCS)" */
} bench_corpus;

/* Copies d into c. Returns 0, or -1 when out of memory (c untouched). */
BENCH_UNUSED static int bench_corpus_add(bench_corpus *c, const dyad_doc *d)
{
    if (base_grow((void **)&c->docs, &c->cap, c->n + 1, sizeof *c->docs) != 0)
        return -1;
    size_t il = strlen(d->id), dl = strlen(d->date);
    char *p = dy_malloc(il + dl + d->text_len + 3);
    if (!p)
        return -1;
    memcpy(p, d->id, il + 1);
    memcpy(p + il + 1, d->date, dl + 1);
    memcpy(p + il + dl + 2, d->text, d->text_len);
    p[il + dl + 2 + d->text_len] = '\0';
    c->docs[c->n++] = (dyad_doc){.id = p, .date = p + il + 1, .source = "", .url = "",
                                 .title = "", .text = p + il + dl + 2,
                                 .text_len = d->text_len, .file = "", .line = 0};
    c->text_bytes += d->text_len;
    return 0;
}

BENCH_UNUSED static void bench_corpus_free(bench_corpus *c)
{
    for (size_t i = 0; i < c->n; i++)
        dy_free((char *)c->docs[i].id);
    dy_free(c->docs);
    memset(c, 0, sizeof *c);
}

/* Fills c (which need not be initialised) with $DYAD_SHARED/corpus/news.jsonl,
** or with bench_generate_jsonl's articles when that file is absent, read
** through dyad_reader either way and cut at $DYAD_BENCH_DOCS documents.
** Returns 0, or -1 after printing why, prefixed with prog; c is then empty.
** The caller frees c with bench_corpus_free. */
BENCH_UNUSED static int bench_corpus_load(bench_corpus *c, const char *prog)
{
    memset(c, 0, sizeof *c);
    char path[4096];
    int have = bench_shared_path(path, sizeof path, "corpus/news.jsonl");
    long limit = bench_doc_limit();
    size_t genlen = 0;
    char *gen = NULL;
    if (!have && !(gen = bench_generate_jsonl(&genlen))) {
        fprintf(stderr, "%s: out of memory making up articles\n", prog);
        return -1;
    }
    c->generated = !have;
    dyad_read_opts o = {.format = DYAD_INPUT_JSONL};
    double c0 = bench_cpu_s(), w0 = bench_wall_s();
    dyad_reader *r = dyad_reader_new(&o);
    int rc = !r ? DYAD_ENOMEM
             : have ? dyad_reader_open(r, path)
                    : dyad_reader_open_mem(r, "generated.jsonl", gen, genlen);
    dy_free(gen);
    const dyad_doc *d;
    while (rc == DYAD_OK && (limit == 0 || (long)c->n < limit)) {
        rc = dyad_reader_next(r, &d);
        if (rc == DYAD_OK && bench_corpus_add(c, d) != 0)
            rc = DYAD_ENOMEM;
    }
    c->read_cpu_s = bench_cpu_s() - c0;
    c->read_wall_s = bench_wall_s() - w0;
    if (rc < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, have ? path : "generated articles",
                r && rc != DYAD_ENOMEM ? dyad_reader_errmsg(r) : dyad_errstr(rc));
        dyad_reader_free(r);
        bench_corpus_free(c);
        return -1;
    }
    dyad_reader_free(r);
    int n = snprintf(c->what, sizeof c->what, "%s",
                     have ? path : "generated articles (corpus absent)");
    if (limit > 0 && n >= 0 && (size_t)n < sizeof c->what)
        snprintf(c->what + n, sizeof c->what - (size_t)n,
                 ", first %ld documents (DYAD_BENCH_DOCS)", limit);
    return 0;
}

#endif
