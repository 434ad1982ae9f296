/*
** test_coding.c — how well dyad codes events with its own dictionaries
** (data/dict) on the hand-written cases of the files in tests/data/coding (format:
** tests/data/coding/README.md). Each case is coded as one document (a
** sentence, or a short article on one line) with the case's date; expected and coded events are compared as
** sets of (source, target, code), with the modality too when the case gives
** one. Prints precision, recall and exact cases per file and overall, and
** fails when they drop below the floors below. DYAD_CODING_VERBOSE=1 lists
** every failing case; otherwise the first 20.
*/
#include "check.h"
#include "dyad.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Floors: just below the level reached when the test was last tuned. Raise
** them as the coder and the dictionaries improve; never lower them to let a change
** through. Set at 99.3% precision, 97.8% recall, 490 of 500 exact. */
#define FLOOR_PRECISION 99.0  /* percent, over every case */
#define FLOOR_RECALL 97.5     /* percent, over every case */
#define FLOOR_EXACT 489       /* cases whose coded set equals the expected one */
#define FLOOR_NONEVENT 98.0   /* percent of non_events.txt cases with no event */

#define NONEVENT_FILE "non_events.txt"
/* A file every case of which must be coded exactly: the meetings and visits
** of issue 12, which the floors alone would let slip one by one. */
#define STRICT_FILE "meetings.txt"
#define MAX_EV 32             /* events per case, expected or coded */
#define SHOW_DEFAULT 20       /* failing cases listed without DYAD_CODING_VERBOSE */

typedef struct ev {
    char src[32], tgt[32], code[8], mod[16];   /* mod "" = any modality */
} ev;

typedef struct tally {
    long cases, exact, expected, got, matched, silent;   /* silent: cases with no event */
} tally;

static int shown, verbose;
static long diag_errors;

static void on_diag(void *ctx, const dyad_diag *g)
{
    (void)ctx;
    if (g->severity == DYAD_NOTE)
        return;
    if (g->severity == DYAD_ERROR)
        diag_errors++;
    fprintf(stderr, "%s:%ld: %s\n", g->file, g->line, g->message);
}

static int ev_same(const ev *a, const ev *b, int with_mod)
{
    return strcmp(a->src, b->src) == 0 && strcmp(a->tgt, b->tgt) == 0 &&
           strcmp(a->code, b->code) == 0 && (!with_mod || strcmp(a->mod, b->mod) == 0);
}

/* Adds e to set (n entries, at most MAX_EV) unless it is there already. */
static void ev_add(ev *set, int *n, const ev *e)
{
    for (int i = 0; i < *n; i++)
        if (ev_same(&set[i], e, 1))
            return;
    if (*n < MAX_EV)
        set[(*n)++] = *e;
}

static void ev_list(const ev *set, int n, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = '\0';
    if (n == 0)
        snprintf(buf, cap, "none");
    for (int i = 0; i < n && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s %s %s%s%s", i ? " | " : "", set[i].src,
                              set[i].tgt, set[i].code, set[i].mod[0] ? " " : "", set[i].mod);
}

/* Codes one case and adds it to the file's tally. */
static int run_case(dyad_coder *c, const char *file, long line, const char *date,
                    const char *sentence, const ev *want, int nwant, tally *t)
{
    char id[512];
    snprintf(id, sizeof id, "%s:%ld", file, line);
    dyad_doc doc = {.id = id, .date = date, .source = "", .url = "", .title = "",
                    .text = sentence, .text_len = strlen(sentence), .file = file,
                    .line = line};
    int rc = dyad_coder_code(c, &doc);
    if (rc != DYAD_OK) {
        fprintf(stderr, "%s: coding failed: %s\n", id, dyad_errstr(rc));
        return -1;
    }
    ev got[MAX_EV];
    int ngot = 0;
    size_t n = dyad_coder_event_count(c);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_coder_event(c, i);
        ev g;
        snprintf(g.src, sizeof g.src, "%s", e->source);
        snprintf(g.tgt, sizeof g.tgt, "%s", e->target[0] ? e->target : "-");   /* none */
        snprintf(g.code, sizeof g.code, "%s", e->code);
        snprintf(g.mod, sizeof g.mod, "%s", e->modality);
        ev_add(got, &ngot, &g);
    }
    /* Each coded event may satisfy one expectation; modality counts only
    ** where the case names one. */
    int used[MAX_EV] = {0}, matched = 0;
    for (int i = 0; i < nwant; i++)
        for (int j = 0; j < ngot; j++) {
            if (used[j] || !ev_same(&want[i], &got[j], want[i].mod[0] != '\0'))
                continue;
            used[j] = 1;
            matched++;
            break;
        }
    t->cases++;
    t->expected += nwant;
    t->got += ngot;
    t->matched += matched;
    t->silent += ngot == 0;
    int exact = matched == nwant && matched == ngot;
    t->exact += exact;
    if (!exact && (verbose || shown < SHOW_DEFAULT)) {
        char w[1024], g[1024];
        ev_list(want, nwant, w, sizeof w);
        ev_list(got, ngot, g, sizeof g);
        printf("FAIL %s\n  > %s\n  expected: %s\n  got:      %s\n", id, sentence, w, g);
        shown++;
    }
    return 0;
}

/* Parses "= SRC TGT CODE [MOD]" (after the '='); returns 1 for an event, 0
** for "none", -1 when malformed. */
static int parse_expect(char *s, ev *e)
{
    char *f[6];
    int n = 0;
    for (char *tok = strtok(s, " \t"); tok && n < 6; tok = strtok(NULL, " \t"))
        f[n++] = tok;
    if (n == 1 && strcmp(f[0], "none") == 0)
        return 0;
    if (n < 3 || n > 4 || strlen(f[0]) >= sizeof e->src || strlen(f[1]) >= sizeof e->tgt ||
        strlen(f[2]) >= sizeof e->code || (n == 4 && strlen(f[3]) >= sizeof e->mod))
        return -1;
    memset(e, 0, sizeof *e);
    strcpy(e->src, f[0]);
    strcpy(e->tgt, f[1]);
    strcpy(e->code, f[2]);
    if (n == 4)
        strcpy(e->mod, f[3]);
    return 1;
}

/* Strips a comment ('#' at the start or after a blank) and trailing blanks. */
static void strip(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t')) {
            *p = '\0';
            break;
        }
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
}

/* Reads and codes every case of one file. Returns 0, or -1 on a format error
** or a coding failure (reported). */
static int run_file(dyad_coder *c, const char *path, const char *name, tally *t)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open: fix the path or restore the file\n", path);
        return -1;
    }
    char line[4096], date[16] = "", sentence[4096] = "";
    long lineno = 0, case_line = 0;
    ev want[MAX_EV];
    int nwant = 0, has_case = 0, has_expect = 0, rc = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (got)
            lineno++;
        /* A case ends at a blank line, a new case, a date line or the end;
        ** comment lines inside a case do not end it. */
        int comment = 0;
        if (got) {
            int blank = strspn(line, " \t\r\n") == strlen(line);
            strip(line);
            comment = line[0] == '\0' && !blank;
        }
        /* a '>' line right after a case's '>' lines goes on with its text
        ** on a new line: text whose line breaks matter ("semi-\nannual") */
        int more = got && line[0] == '>' && has_case && !has_expect;
        int ends = !got || (line[0] == '\0' && !comment) || (line[0] == '>' && !more) ||
                   strncmp(line, "date:", 5) == 0;
        if (ends && has_case) {
            if (!has_expect) {
                fprintf(stderr, "%s:%ld: case without '=' line: add '= none' or the events\n",
                        path, case_line);
                rc = -1;
            } else if (run_case(c, name, case_line, date, sentence, want, nwant, t) < 0) {
                rc = -1;
            }
            has_case = has_expect = 0;
            nwant = 0;
        }
        if (!got)
            break;
        if (line[0] == '\0')
            continue;
        if (strncmp(line, "date:", 5) == 0) {
            const char *d = line + 5;
            while (*d == ' ')
                d++;
            if (strlen(d) != 10) {
                fprintf(stderr, "%s:%ld: date must be YYYY-MM-DD, near '%s'\n", path, lineno, d);
                rc = -1;
            }
            snprintf(date, sizeof date, "%.10s", d);
        } else if (line[0] == '>') {
            const char *s = line + 1;
            while (*s == ' ')
                s++;
            if (more) {
                size_t k = strlen(sentence);
                snprintf(sentence + k, sizeof sentence - k, "\n%s", s);
                continue;
            }
            snprintf(sentence, sizeof sentence, "%s", s);
            case_line = lineno;
            has_case = 1;
        } else if (line[0] == '=') {
            if (!has_case) {
                fprintf(stderr, "%s:%ld: '=' line without a '>' case above it\n", path, lineno);
                rc = -1;
                continue;
            }
            ev e;
            int k = parse_expect(line + 1, &e);
            if (k < 0) {
                fprintf(stderr, "%s:%ld: expected '= SOURCE TARGET CODE [MODALITY]' or '= none'\n",
                        path, lineno);
                rc = -1;
            } else if (k > 0) {
                ev_add(want, &nwant, &e);
            }
            has_expect = 1;
        } else {
            fprintf(stderr, "%s:%ld: unknown line: start it with '>', '=', 'date:' or '#'\n",
                    path, lineno);
            rc = -1;
        }
    }
    fclose(f);
    return rc;
}

static double pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 100.0; }

static void print_tally(const char *name, const tally *t)
{
    printf("%-20s %4ld cases  exact %4ld (%5.1f%%)  precision %5.1f%%  recall %5.1f%%  "
           "events/sentence %.2f\n",
           name, t->cases, t->exact, pct(t->exact, t->cases), pct(t->matched, t->got),
           pct(t->matched, t->expected), t->cases ? (double)t->got / (double)t->cases : 0.0);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The folder of cases: tests/data/coding from the working directory (make
** test runs from the repo root), else beside the data folder. */
static int cases_dir(char *buf, size_t cap)
{
    struct stat st;
    if (stat("tests/data/coding", &st) == 0 && S_ISDIR(st.st_mode))
        return snprintf(buf, cap, "tests/data/coding") < (int)cap ? 0 : -1;
    char data[4096];
    if (dyad_data_path(data, sizeof data, "..") < 0)
        return -1;
    if (snprintf(buf, cap, "%s/tests/data/coding", data) >= (int)cap)
        return -1;
    return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

int main(void)
{
    const char *v = getenv("DYAD_CODING_VERBOSE");
    verbose = v && strcmp(v, "1") == 0;

    char dir[4096], cdir[4096];
    if (!CHECK(dyad_data_path(dir, sizeof dir, "dict") >= 0) ||
        !CHECK(cases_dir(cdir, sizeof cdir) == 0))
        return check_done();
    dyad_dict *d = NULL;
    int rc = dyad_dict_load_dir(dir, on_diag, NULL, &d);
    CHECK_INT(rc, DYAD_OK);
    CHECK_INT(diag_errors, 0);
    if (!d)
        return check_done();
    dyad_coder *c = NULL;
    rc = dyad_coder_new(d, NULL, on_diag, NULL, &c);
    if (!CHECK_INT(rc, DYAD_OK)) {
        dyad_dict_free(d);
        return check_done();
    }

    DIR *dp = opendir(cdir);
    char *names[256];
    int nnames = 0;
    if (CHECK(dp != NULL)) {
        struct dirent *de;
        while ((de = readdir(dp)) != NULL && nnames < 256) {
            size_t n = strlen(de->d_name);
            if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0)
                names[nnames++] = strdup(de->d_name);
        }
        closedir(dp);
    }
    qsort(names, (size_t)nnames, sizeof names[0], by_name);
    CHECK(nnames > 0);

    tally all = {0}, non = {0};
    int have_non = 0;
    int parse_ok = 1;
    tally per[256] = {{0}};
    for (int i = 0; i < nnames; i++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", cdir, names[i]);
        if (run_file(c, path, names[i], &per[i]) < 0)
            parse_ok = 0;
        tally *t = &per[i];
        all.cases += t->cases;
        all.exact += t->exact;
        all.expected += t->expected;
        all.got += t->got;
        all.matched += t->matched;
        all.silent += t->silent;
        if (strcmp(names[i], NONEVENT_FILE) == 0) {
            non = *t;
            have_non = 1;
        }
    }
    if (!verbose && shown >= SHOW_DEFAULT)
        printf("(only the first %d failing cases shown; DYAD_CODING_VERBOSE=1 lists all)\n",
               SHOW_DEFAULT);
    printf("\n");
    for (int i = 0; i < nnames; i++)
        print_tally(names[i], &per[i]);
    print_tally("overall", &all);
    printf("expected events %ld, coded %ld, matched %ld; %s: %ld of %ld cases without an "
           "event (%.1f%%)\n",
           all.expected, all.got, all.matched, NONEVENT_FILE, non.silent, non.cases,
           pct(non.silent, non.cases));

    CHECK(parse_ok);
    CHECK(have_non);
    int have_strict = 0;
    for (int i = 0; i < nnames; i++)
        if (strcmp(names[i], STRICT_FILE) == 0) {
            have_strict = 1;
            if (!CHECK(per[i].exact == per[i].cases))
                fprintf(stderr, "    %s: %ld of %ld cases exact; every one must be\n",
                        STRICT_FILE, per[i].exact, per[i].cases);
        }
    CHECK(have_strict);
    double p = pct(all.matched, all.got), r = pct(all.matched, all.expected);
    if (!CHECK(p >= FLOOR_PRECISION))
        fprintf(stderr, "    precision %.1f%% < floor %.1f%%\n", p, FLOOR_PRECISION);
    if (!CHECK(r >= FLOOR_RECALL))
        fprintf(stderr, "    recall %.1f%% < floor %.1f%%\n", r, FLOOR_RECALL);
    if (!CHECK(all.exact >= FLOOR_EXACT))
        fprintf(stderr, "    exact cases %ld < floor %d\n", all.exact, FLOOR_EXACT);
    double s = pct(non.silent, non.cases);
    if (!CHECK(s >= FLOOR_NONEVENT))
        fprintf(stderr, "    %s: %.1f%% without an event < floor %.1f%%\n", NONEVENT_FILE, s,
                FLOOR_NONEVENT);

    for (int i = 0; i < nnames; i++)
        free(names[i]);
    dyad_coder_free(c);
    dyad_dict_free(d);
    return check_done();
}
