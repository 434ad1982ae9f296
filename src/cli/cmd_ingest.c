/*
** cmd_ingest.c — `dyad ingest`: articles in, coded and stored in a
** database (docs/store.md). Options and messages only; the store does the
** work.
*/
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct ingest_ctx {
    dyad_store *store;
    cli_input *in;
    cli_progress progress;
} ingest_ctx;

/* Stores doc, just coded by coder (cli_emit_fn): on the main thread, in
** input order, so that the database is the same whatever -j. */
static int ingest_doc(void *vctx, const dyad_doc *doc, dyad_coder *coder)
{
    ingest_ctx *x = vctx;
    int rc;
    if ((rc = dyad_store_put(x->store, doc, coder)) != DYAD_OK)
        return cli_store_failed(x->store, rc, DYAD_STORE_WRITE);
    dyad_store_stats st;
    dyad_store_get_stats(x->store, &st);
    cli_progress_update(&x->progress, dyad_reader_stats(x->in->reader)->bytes, st.articles,
                        st.events);
    return 0;
}

static const char help_text[] =
    "usage: dyad ingest [OPTIONS] [--] [FILE...]\n\n"
    "Codes articles and stores them, their sentences and their events in a database.\n"
    "An article whose id is stored already is replaced. Commits a batch of articles\n"
    "at a time: if the run is killed, run the same command again.\n\n"
    "options:\n"
    "  --db FILE             the database (default dyad.db); made when missing;\n"
    "                        or a postgresql://... URL: a PostgreSQL database\n"
    "  --batch N             articles per transaction at most (default 1000)\n"
    "  --dict DIR            dyad dictionaries (default: the data folder's dict/)\n"
    "  --petrarch-dicts DIR  PETRARCH2 dictionaries instead\n"
    "  --all-modalities      keep events not said to happen too: negated, hypothetical,\n"
    "                        conditions, plans with no intent code (marked so)\n"
    CLI_JOBS_HELP
    CLI_INPUT_HELP;

/* The bytes of the input files, for the share done; 0 when one is
** standard input or not a regular file (a pipe's size is not known). */
static long long input_size(const cli_input *in)
{
    long long total = 0;
    if (in->nfiles == 0)
        return 0;
    for (int i = 0; i < in->nfiles; i++) {
        struct stat st;
        if (strcmp(in->files[i], "-") == 0 || stat(in->files[i], &st) != 0 ||
            !S_ISREG(st.st_mode))
            return 0;
        total += (long long)st.st_size;
    }
    return total;
}

/* One line on what was stored, whatever the ending. */
static void summary(const dyad_store *s, const char *db, double secs)
{
    dyad_store_stats st;
    dyad_store_get_stats(s, &st);
    char a[32], se[32], e[32], r[32], rate[32];
    if (st.replaced > 0)
        snprintf(r, sizeof r, "; %ld replaced", st.replaced);
    else
        r[0] = '\0';
    fprintf(stderr, "dyad: stored %s articles (%s sentences, %s events%s) in %s in %.1f s, "
            "%s articles a second\n", cli_count(a, st.committed), cli_count(se, st.sentences),
            cli_count(e, st.events), r, db, secs,
            cli_count(rate, secs > 0 ? (long)(st.committed / secs) : st.committed));
}

/* Parses --batch's value. Returns 1, or -1 on a usage error. */
static int batch_option(const char *v, long *batch)
{
    long n;
    if (!cli_number(v, 1, LONG_MAX - 1, &n)) {
        cli_usage_error("ingest", "--batch wants a number of articles above 0, not '%s'", v);
        return -1;
    }
    *batch = n;
    return 1;
}

int cmd_ingest(int argc, char **argv)
{
    cli_input in = {0};
    const char *files[argc > 0 ? argc : 1];
    cli_coding coding = {0};
    const char *db = "dyad.db";
    long batch = 0;
    int jobs = cli_jobs_default();
    in.files = files;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r;
        if (cli_is_help(a)) {
            fputs(help_text, stdout);
            return EXIT_OK;
        }
        if (strcmp(a, "--") == 0) {
            while (++i < argc)
                files[in.nfiles++] = argv[i];
            break;
        }
        if (strcmp(a, "--db") == 0 || strcmp(a, "--batch") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("ingest", "option '%s' needs a value", a);
            if (a[2] == 'd')
                db = argv[++i];
            else if (batch_option(argv[++i], &batch) < 0)
                return EXIT_USAGE;
        } else if ((r = cli_jobs_option(&jobs, "ingest", argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if ((r = cli_coding_option(&coding, "ingest", argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if ((r = cli_input_option(&in, "ingest", argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("ingest", "unknown option '%s'", a);
        } else {
            files[in.nfiles++] = a;
        }
    }
    int rc = cli_coding_start(&coding, "ingest", in.opts.date);
    if (rc != EXIT_OK)
        return rc;
    ingest_ctx x = {.in = &in};
    int src = dyad_store_open(db, DYAD_STORE_WRITE, &x.store);
    dyad_ingest_opts io = {batch, 0, coding.dir,
                           coding.opts.all_modalities ? "all-modalities" : ""};
    if (src == DYAD_OK)
        src = dyad_store_ingest(x.store, &io);
    if (src != DYAD_OK) {
        rc = cli_store_failed(x.store, src, DYAD_STORE_WRITE);
        dyad_store_free(x.store);
        cli_coding_end(&coding);
        return rc;
    }
    cli_progress_start(&x.progress, input_size(&in));
    rc = cli_code_each_doc(&in, jobs, coding.coder, coding.dict, &coding.opts, ingest_doc, &x);
    /* what was read before a bad record or the end is whole: keep it */
    if (rc != EXIT_WRITE && (src = dyad_store_commit(x.store)) != DYAD_OK)
        rc = cli_store_failed(x.store, src, DYAD_STORE_WRITE);
    summary(x.store, db, cli_progress_end(&x.progress));
    dyad_store_free(x.store);
    cli_coding_end(&coding);
    return rc;
}
