/*
** cmd_query.c — `dyad query` (dyads, series, events, actors, quotes) and `dyad
** export`: the options that choose events, shared by both, and the
** messages; the store and its views do the work.
*/
#include "cli.h"
#include "base/base.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct query_opts {
    const char *cmd;
    const char *db;
    dyad_query q;
    char from[11], to[11];
    char source[64], target[64];
    const char *dyad;            /* as given, for messages */
    int export;                  /* dyad export, not dyad query */
    int format;                  /* a dyad_table_format or dyad_export_format */
    int explain;
    int failed_write;            /* the output could not be written */
} query_opts;

static int out(void *ctx, const char *s, size_t n)
{
    query_opts *o = ctx;
    if (cli_out_record(s, n) < 0) {
        o->failed_write = 1;
        return -1;
    }
    return 0;
}

/* --dyad SOURCE-TARGET: code prefixes, '*' (or nothing) for any. */
static int dyad_option(query_opts *o, const char *v)
{
    const char *dash = strchr(v, '-');
    size_t ns = dash ? (size_t)(dash - v) : 0;
    if (!dash || ns >= sizeof o->source || strlen(dash + 1) >= sizeof o->target ||
        strchr(dash + 1, '-'))
        return cli_usage_error(o->cmd, "--dyad wants SOURCE-TARGET, actor codes or their "
                               "starts, as RUS-PRK or USAGOV-*; not '%s'", v);
    memcpy(o->source, v, ns);
    o->source[ns] = '\0';
    strcpy(o->target, dash + 1);
    o->q.source = strcmp(o->source, "*") == 0 ? NULL : o->source;
    o->q.target = strcmp(o->target, "*") == 0 ? NULL : o->target;
    o->dyad = v;
    return EXIT_OK;
}

/* Parses an option both commands take at argv[*i]: 1 when it was one, 0
** when not, -1 on a usage error (reported). */
static int filter_option(query_opts *o, int argc, char **argv, int *i)
{
    static const char *const names[] = {"--db", "--from", "--to", "--dyad", "--code",
                                        "--modality", "--limit"};
    const char *a = argv[*i];
    size_t k = 0;
    while (k < sizeof names / sizeof names[0] && strcmp(a, names[k]) != 0)
        k++;
    if (k == sizeof names / sizeof names[0])
        return 0;
    if (*i + 1 >= argc) {
        cli_usage_error(o->cmd, "option '%s' needs a value", a);
        return -1;
    }
    const char *v = argv[++*i];
    switch (k) {
    case 0: o->db = v; break;
    case 1:
    case 2:
        if (!base_parse_date(v, strlen(v), k == 1 ? o->from : o->to)) {
            cli_usage_error(o->cmd, "%s '%s' is not a date; write it as YYYY-MM-DD", a, v);
            return -1;
        }
        *(k == 1 ? &o->q.from : &o->q.to) = k == 1 ? o->from : o->to;
        break;
    case 3: return dyad_option(o, v) == EXIT_OK ? 1 : -1;
    case 4: o->q.code = v; break;
    case 5: o->q.modalities = v; break;
    default:
        if (!cli_number(v, 0, LONG_MAX - 1, &o->q.limit)) {
            cli_usage_error(o->cmd, "--limit wants a number of rows, not '%s' (0: all)", v);
            return -1;
        }
    }
    return 1;
}

/* Appends ", name value" to the list of conditions in buf when v is set. */
static void condition(char *buf, size_t cap, const char *name, const char *v)
{
    size_t n = strlen(buf);
    if (v && n < cap)
        snprintf(buf + n, cap - n, "%s%s %s", n ? ", " : "", name, v);
}

/* After an answer without events: says so, and what the database holds
** (sum, read before the answer), so that the user sees which condition to
** loosen. */
static void say_empty(query_opts *o, const dyad_store_summary *sum)
{
    char n[32], a[32], conds[256] = "";
    cli_out_flush();   /* the header first, then the word about it */
    condition(conds, sizeof conds, "from", o->q.from);
    condition(conds, sizeof conds, "to", o->q.to);
    if (!o->export && o->q.kind == DYAD_QUERY_QUOTES) {
        condition(conds, sizeof conds, "speaker", o->q.speaker);
        if (sum->quotes == 0)
            cli_warning("%s holds no quotes (%s articles); articles stored by a dyad older "
                        "than the quotes' table have none until they are ingested again",
                        o->db, cli_count(a, sum->articles));
        else
            cli_warning("no quote in %s matches (%s); it holds %s quotes", o->db,
                        conds[0] ? conds : "none asked", cli_count(n, sum->quotes));
        return;
    }
    if (sum->events == 0) {
        cli_warning("%s holds no events (%s articles); ingest news into it with 'dyad ingest "
                    "--db %s FILE...'", o->db, cli_count(a, sum->articles), o->db);
        return;
    }
    condition(conds, sizeof conds, "dyad", o->dyad);
    condition(conds, sizeof conds, "code", o->q.code);
    condition(conds, sizeof conds, "modality", o->q.modalities);
    cli_warning("no event in %s matches (%s); it holds %s events, dated %s to %s", o->db,
                conds[0] ? conds : "every modality but negated", cli_count(n, sum->events),
                sum->first[0] ? sum->first : "-", sum->last[0] ? sum->last : "-");
}

/* Opens the database and runs the query or the export o describes. */
static int run(query_opts *o)
{
    dyad_store *s = NULL;
    int rc = dyad_store_open(o->db, DYAD_STORE_READ, &s);
    if (rc != DYAD_OK) {
        rc = cli_store_failed(s, rc, DYAD_STORE_READ);
        dyad_store_free(s);
        return rc;
    }
    cli_out_catch_signals();
    /* what the database holds, read before the answer: while an ingest
    ** writes, a later read could count events the answer did not see
    ** ("no event matches; it holds 170") */
    dyad_store_summary sum;
    int have_sum = dyad_store_summarize(s, &sum) == DYAD_OK;
    long rows = 0, events = 0;
    if (o->export)
        rc = dyad_store_export(s, &o->q, (dyad_export_format)o->format, o->explain, out, o,
                               &rows);
    else
        rc = dyad_store_query(s, &o->q, (dyad_table_format)o->format, out, o, &rows);
    int exit = EXIT_OK;
    if (rc == DYAD_EUSAGE)
        exit = cli_usage_error(o->cmd, "%s", dyad_store_errmsg(s));
    else if (rc != DYAD_OK && o->failed_write)
        exit = EXIT_WRITE;   /* said once, by cli_out_finish */
    else if (rc != DYAD_OK)
        exit = cli_store_failed(s, rc, DYAD_STORE_READ);
    else if (rows == 0 || (!o->export && o->q.kind == DYAD_QUERY_SERIES &&
                           dyad_store_count(s, &o->q, &events) == DYAD_OK && events == 0))
        if (have_sum)
            say_empty(o, &sum);
    dyad_store_free(s);
    return exit;
}

/* The index of v in names (n of them), or -1. */
static int lookup(const char *v, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(v, names[i]) == 0)
            return i;
    return -1;
}

static const char query_help[] =
    "usage: dyad query KIND [OPTIONS]\n\n"
    "Asks the database about its events. KIND is one of:\n"
    "  dyads    per source-target pair: events, Goldstein sum and mean, events\n"
    "           per quad class (verbal and material cooperation and conflict)\n"
    "  series   the same per day, week or month (--by), empty periods included\n"
    "  events   the events, with their sentences and sources\n"
    "  actors   per actor: events as source and as target, first and last date\n"
    "  quotes   the quotes, with their speakers and sources (--from, --to: the\n"
    "           article's date; --speaker)\n\n"
    "options:\n"
    "  --db FILE          the database (default dyad.db)\n"
    "  --from DATE        events on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE          events on or before DATE\n"
    "  --dyad SRC-TGT     source and target codes, or their starts: RUS-PRK takes\n"
    "                     RUSGOV-PRKMIL too; * for any (USA-*)\n"
    "  --code CODE        CAMEO codes starting with CODE (04: all consultations)\n"
    "  --modality LIST    asserted, future, conditional, hypothetical, negated,\n"
    "                     several with commas, or all (default: all but negated)\n"
    "  --by PERIOD        series: day (default), week or month\n"
    "  --speaker NAME     quotes: speakers whose name holds NAME, in either case\n"
    "  --limit N          at most N rows (default 0: all)\n"
    "  --format FORMAT    table (default), csv or json (one object a line)\n"
    "  -h, --help         show this help\n";

int cmd_query(int argc, char **argv)
{
    static const char *const kinds[] = {"dyads", "series", "events", "actors", "quotes"};
    static const char *const formats[] = {"table", "csv", "json"};
    static const char *const periods[] = {"day", "week", "month"};
    query_opts o = {.cmd = "query", .db = "dyad.db"};
    const char *kind = NULL, *by = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r;
        if (cli_is_help(a)) {
            fputs(query_help, stdout);
            return EXIT_OK;
        }
        if ((r = filter_option(&o, argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if (strcmp(a, "--speaker") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("query", "option '%s' needs a value", a);
            o.q.speaker = argv[++i];
        } else if (strcmp(a, "--format") == 0 || strcmp(a, "--by") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("query", "option '%s' needs a value", a);
            const char *v = argv[++i];
            if (a[2] == 'b') {
                by = v;
                if ((r = lookup(v, periods, 3)) < 0)
                    return cli_usage_error("query", "--by wants day, week or month, not '%s'", v);
                o.q.by = (dyad_period)r;
            } else if ((o.format = lookup(v, formats, 3)) < 0) {
                return cli_usage_error("query", "unknown format '%s'; use table, csv or json", v);
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("query", "unknown option '%s'", a);
        } else if (kind) {
            return cli_usage_error("query", "one question at a time: '%s', then '%s'", kind, a);
        } else {
            kind = a;
        }
    }
    if (!kind)
        return cli_usage_error("query", "say what to ask: dyads, series, events, actors or "
                               "quotes");
    int k = lookup(kind, kinds, 5);
    if (k < 0)
        return cli_usage_error("query", "unknown query '%s'; ask dyads, series, events, "
                               "actors or quotes", kind);
    o.q.kind = (dyad_query_kind)k;
    if (by && o.q.kind != DYAD_QUERY_SERIES)
        return cli_usage_error("query", "--by is for 'dyad query series', not %s", kind);
    const char *other = o.dyad ? "--dyad" : o.q.code ? "--code" : o.q.modalities ? "--modality"
                      : NULL;
    if (o.q.kind == DYAD_QUERY_QUOTES && other)
        return cli_usage_error("query", "quotes are chosen by --from, --to and --speaker, "
                               "not by %s", other);
    if (o.q.speaker && o.q.kind != DYAD_QUERY_QUOTES)
        return cli_usage_error("query", "--speaker is for 'dyad query quotes', not %s", kind);
    return run(&o);
}

static const char export_help[] =
    "usage: dyad export [OPTIONS]\n\n"
    "Writes the database's events, in the order they were stored, one a line.\n\n"
    "options:\n"
    "  --db FILE          the database (default dyad.db)\n"
    "  --format FORMAT    jsonl (default: as 'dyad code' writes), petrarch, gdelt\n"
    "                     (GDELT 2.0's 61 columns) or csv (every stored field)\n"
    "  --explain          jsonl: add each event's pattern and dictionary entries\n"
    "  --from DATE        events on or after DATE (YYYY-MM-DD)\n"
    "  --to DATE          events on or before DATE\n"
    "  --dyad SRC-TGT     source and target codes, or their starts; * for any\n"
    "  --code CODE        CAMEO codes starting with CODE\n"
    "  --modality LIST    asserted, future, conditional, hypothetical, negated,\n"
    "                     several with commas, or all (default: all but negated)\n"
    "  --limit N          at most N events (default 0: all)\n"
    "  -h, --help         show this help\n";

int cmd_export(int argc, char **argv)
{
    static const char *const formats[] = {"jsonl", "petrarch", "gdelt", "csv"};
    query_opts o = {.cmd = "export", .db = "dyad.db", .export = 1};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r;
        if (cli_is_help(a)) {
            fputs(export_help, stdout);
            return EXIT_OK;
        }
        if ((r = filter_option(&o, argc, argv, &i)) != 0) {
            if (r < 0)
                return EXIT_USAGE;
        } else if (strcmp(a, "--explain") == 0) {
            o.explain = 1;
        } else if (strcmp(a, "--format") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("export", "option '%s' needs a value", a);
            if ((o.format = lookup(argv[++i], formats, 4)) < 0)
                return cli_usage_error("export", "unknown format '%s'; use jsonl, petrarch, "
                                       "gdelt or csv", argv[i]);
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("export", "unknown option '%s'", a);
        } else {
            return cli_usage_error("export", "export reads no files ('%s'); it writes the "
                                   "events of --db", a);
        }
    }
    return run(&o);
}
