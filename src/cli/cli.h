/*
** cli.h — the dyad command-line program: option parsing and messages only;
** all real work happens in libdyad through include/dyad.h.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

/* Exit codes, documented in README and docs/dyad.1. */
enum {
    EXIT_OK = 0,
    EXIT_INPUT = 1,     /* input was unusable, or some records were skipped */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_DATA = 3,      /* dictionaries or data files have errors */
    EXIT_INTERNAL = 4,  /* out of memory or a bug */
    EXIT_WRITE = 5      /* the output could not be written */
};

/* Messages: "dyad: ..." for errors, "dyad: warning: ..." for warnings. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A usage error: prints the message and "try 'dyad CMD --help'", returns
** EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The diag callback for readers and loaders: FILE:LINE:COL: message. */
void cli_diag(void *ctx, const dyad_diag *d);
/* While fn is set (not NULL), every message above is handed to fn as whole
** lines (s, n bytes, ending in '\n') instead of being printed: parallel.c
** holds them back until the results before them are written. The hook and
** the messages belong to the main thread. */
typedef void (*cli_msg_fn)(void *ctx, const char *s, size_t n);
void cli_msg_divert(cli_msg_fn fn, void *ctx);

/* Reads v, an option's value, as a whole number from min to max: digits
** only, no sign, no unit. Returns 1 and sets *out, or 0 (the caller says
** what the option wants). */
int cli_number(const char *v, long min, long max, long *out);

/* Options every command that reads articles shares. */
typedef struct cli_input {
    dyad_read_opts opts;
    const char **files;   /* argv entries; "-" or none means stdin */
    int nfiles;
    char date[11];        /* --date as YYYY-MM-DD; opts.date points here */
    /* Limits (0: the default below; LONG_MAX: none). */
    long max_errors;      /* messages shown per input file (--max-errors) */
    long max_article;     /* bytes of one article's text (--max-article-bytes) */
    /* Kept by cli_for_each_doc. */
    long shown, hidden;   /* messages of the current file shown and held back */
    long too_big;         /* articles skipped for their size */
    dyad_reader *reader;  /* while cli_for_each_doc runs: its reader, for
                             the callback to read its stats */
} cli_input;

/* The defaults of --max-errors and --max-article-bytes (10 MB). */
#define CLI_MAX_ERRORS 20
#define CLI_MAX_ARTICLE 10000000L

/* Parses one shared input option at argv[*i] (advancing *i past its value).
** Returns 1 when it was one, 0 when not, -1 on a usage error (reported). */
int cli_input_option(cli_input *in, const char *cmd, int argc, char **argv, int *i);

/* The help lines of the input options (cli_input_option) and --help, the
** same in every command that reads articles with the long option column. */
#define CLI_INPUT_HELP \
    "  --input FORMAT        text, jsonl or petrarch (default: guessed from the name)\n" \
    "  --date DATE           date for articles without one: YYYY-MM-DD,\n" \
    "                        YYYYMMDD or an ISO timestamp (2024-03-21T10:00:00Z)\n" \
    "  --id ID               article id for plain text (default: the file name)\n" \
    "  --source NAME         source name when the input has none\n" \
    "  --max-errors N        at most N messages per input file (default 20; 0: all)\n" \
    "  --max-article-bytes N\n" \
    "                        skip articles over N bytes (default 10000000; 0: none)\n" \
    "  -h, --help            show this help\n"

/* Calls fn for every document of every input file. Reports unreadable files;
** shows at most max_errors messages per file, then one line with the number
** held back; skips (and reports) articles longer than max_article bytes;
** prints the read/skipped summary to stderr when anything was skipped, and
** returns the exit code (EXIT_INPUT when any record was skipped, or a file
** could not be read or held no record at all; fn's non-zero return stops at
** once and is returned). */
typedef int (*cli_doc_fn)(void *ctx, const dyad_doc *doc);
int cli_for_each_doc(cli_input *in, cli_doc_fn fn, void *ctx);

/* Standard output (out.c). cli_out_record writes n bytes of whole lines
** (one record or more) and returns 0, or -1 once a write to standard output
** has failed: the caller stops and returns EXIT_WRITE. cli_out_finish writes
** out what is buffered, flushes stdio's stdout, reports a failed write once
** ("cannot write to standard output: ...") and returns EXIT_WRITE, else rc.
** cli_out_catch_signals makes SIGINT and SIGTERM write out the whole records
** buffered so far, then end the run by the signal. */
int cli_out_record(const char *s, size_t n);
int cli_out_finish(int rc);
/* Writes out the records buffered so far (a failure is kept for
** cli_out_finish), so that a message after them follows them on screen. */
void cli_out_flush(void);
void cli_out_catch_signals(void);

/* Prints one line per file d was read from: prefix, the path, and the
** entries it gave ("data/dict/agents.txt: 136 agents"). */
void cli_dict_files(FILE *out, const char *prefix, const dyad_dict *d);

/* A diag callback that prints errors and only counts warnings and notes;
** ctx is a cli_quiet. cli_quiet_summary then says how many there were in
** one line, and how to list them (PETRARCH2's files hold about forty). */
typedef struct cli_quiet {
    long warnings, notes;
} cli_quiet;
void cli_quiet_diag(void *ctx, const dyad_diag *d);
void cli_quiet_summary(const cli_quiet *q, const char *dir);

/* The options of the commands that code articles (coding.c): which
** dictionaries, and the coder's. Zero-initialise; cli_coding_start loads
** the dictionaries and starts the coder; cli_coding_end frees both. */
typedef struct cli_coding {
    const char *dict_dir, *petr_dir;   /* --dict, --petrarch-dicts */
    dyad_coder_opts opts;              /* --all-modalities; the caller sets explain */
    dyad_dict *dict;
    dyad_coder *coder;
    char dir[4096];                    /* the dictionary folder read */
} cli_coding;

/* Parses --dict, --petrarch-dicts or --all-modalities at argv[*i]
** (advancing *i past a value). Returns 1 when it was one, 0 when not, -1
** on a usage error (reported). */
int cli_coding_option(cli_coding *c, const char *cmd, int argc, char **argv, int *i);
/* Loads the dictionaries and starts the coder, dating undated articles
** date (may be NULL). Returns an exit code, the failure reported. */
int cli_coding_start(cli_coding *c, const char *cmd, const char *date);
void cli_coding_end(cli_coding *c);

/* Progress of a long run on stderr (progress.c): a bar redrawn at most ten
** times a second when stderr is a terminal, nothing otherwise. total is
** the input's size in bytes (0: unknown, no percentage or time left). */
typedef struct cli_progress {
    int tty;
    double start, drawn;       /* monotonic seconds */
    long long total;
    int shown;                 /* a bar is on the screen */
} cli_progress;
void cli_progress_start(cli_progress *p, long long total);
/* Redraws the bar when it is due: done bytes of total, the counts so far. */
void cli_progress_update(cli_progress *p, long long done, long articles, long events);
/* Removes the bar; returns the seconds since the start. */
double cli_progress_end(cli_progress *p);
/* Takes the bar off the screen until the next update: every message does
** it first, so that none is written over the bar. */
void cli_progress_hide(void);
/* n with thousands separators (12,345) in buf. */
const char *cli_count(char buf[32], long n);

/* Reports the store's failure (its message names the file and what to do)
** and returns the exit code for status rc: a database opened for writing
** (mode) that cannot be written is EXIT_WRITE, one that cannot be used
** EXIT_INPUT (db.c). */
int cli_store_failed(const dyad_store *s, int rc, dyad_store_mode mode);

/* For the commands that code (code, quotes, mentions): cli_coding_start
** (coding.c) over these options, the files read listed on stderr when
** opts->explain, undated articles dated opts->date. Returns an exit code;
** on EXIT_OK the caller frees *coder, then *dict; otherwise both are NULL. */
int cli_start_coder(const char *cmd, const char *dict_dir, const char *petr_dir,
                    const dyad_coder_opts *opts, dyad_dict **dict, dyad_coder **coder);

/* Codes doc with c; returns 0, or the exit code of a failure it reported
** ("ID: what went wrong"). */
int cli_code_doc(dyad_coder *c, const dyad_doc *doc);
/* Reports that coding doc failed with status rc (cli_code_doc's message);
** returns the exit code. */
int cli_code_failed(const dyad_doc *doc, int rc);

/* Coding on several threads (parallel.c). */

/* Writes the results of doc, which coder has just coded; returns 0, or an
** exit code that stops the run (the failure reported). Called on the main
** thread, in input order. */
typedef int (*cli_emit_fn)(void *ctx, const dyad_doc *doc, dyad_coder *coder);

/* Parses -j N, -jN, --jobs N or --jobs=N at argv[*i] (advancing *i past a
** value) into *jobs. Returns 1 when it was one, 0 when not, -1 on a usage
** error (reported). */
int cli_jobs_option(int *jobs, const char *cmd, int argc, char **argv, int *i);
/* The number of threads when -j is not given: the processors online. */
int cli_jobs_default(void);
/* The help line of -j, the same in every command that takes it. */
#define CLI_JOBS_HELP \
    "  -j, --jobs N          code on N threads (default: one per core); the output\n" \
    "                        is the same as with -j 1, in the same order\n"

/* Codes every article of in and hands each to emit, in input order, as
** cli_for_each_doc does (same messages, same exit code). jobs <= 1 codes
** on this thread with coder. Otherwise jobs threads code, each article with
** a coder of its own made from dict and opts (coder, started with the same
** opts, is one of them), while this thread reads and calls emit: the
** output and messages are those of one thread, and memory is bounded by
** 2 * jobs articles in flight. coder and dict stay the caller's. */
int cli_code_each_doc(cli_input *in, int jobs, dyad_coder *coder, const dyad_dict *dict,
                      const dyad_coder_opts *opts, cli_emit_fn emit, void *ctx);

/* True when arg is -h or --help. */
int cli_is_help(const char *arg);

/* Subcommands. */
int cmd_sentences(int argc, char **argv);
int cmd_tokens(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_mentions(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_brief(int argc, char **argv);

#endif
