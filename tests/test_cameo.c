/*
** test_cameo.c — the CAMEO table (data/cameo.tsv) and its loader: the real
** table's shape and a sample of known values, the loader's messages on
** small broken files, allocation failures, and the data-folder helper.
*/
#include "check.h"

#include "base/base.h"
#include "dict/cameo.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- diagnostics captured as "FILE:LINE: message" lines ---------------- */

typedef struct capture {
    char text[8192];
    size_t len;
    int count;
    long last_col;
} capture;

static void capture_diag(void *ctx, const dyad_diag *d)
{
    capture *c = ctx;
    int n = snprintf(c->text + c->len, sizeof c->text - c->len, "%s:%ld: %s\n",
                     d->file, d->line, d->message);
    if (n > 0 && (size_t)n < sizeof c->text - c->len)
        c->len += (size_t)n;
    c->count++;
    c->last_col = d->column;
}

/* The quad class GDELT gives each root: 01-05, 06-09, 10-14, 15-20. */
static int gdelt_quad(const char *root)
{
    int r = atoi(root);
    return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

static int plover_allowed(const char *p)
{
    static const char *const ok[] = {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
        "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER"
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (strcmp(p, ok[i]) == 0)
            return 1;
    return 0;
}

/* ---- the real table ---------------------------------------------------- */

static void check_known(const cameo_table *t, const char *code, double g, int quad,
                        const char *plover, const char *name)
{
    const cameo_entry *e = cameo_find(t, code, strlen(code));
    char what[128];
    snprintf(what, sizeof what, "code %s is in the table", code);
    if (!check_at(__FILE__, __LINE__, e != NULL, what))
        return;
    snprintf(what, sizeof what, "goldstein of %s is %.1f (got %.1f)", code, g, e->goldstein);
    check_at(__FILE__, __LINE__, fabs(e->goldstein - g) < 1e-9, what);
    CHECK_INT(e->quad, quad);
    CHECK_STR(e->plover, plover);
    if (name)
        CHECK_STR(e->name, name);
    CHECK_STR(e->code, code);
}

static void test_real_table(void)
{
    char path[4096];
    CHECK(base_data_file(path, sizeof path, "cameo.tsv") > 0);
    capture cap = {0};
    int rc = -99;
    cameo_table *t = cameo_load(path, capture_diag, &cap, &rc);
    CHECK_INT(rc, DYAD_OK);
    CHECK_INT(cap.count, 0);
    if (!CHECK(t != NULL)) {
        fprintf(stderr, "%s", cap.text);
        return;
    }

    /* CAMEO 1.1b3 as GDELT codes it: 20 roots and 291 sub-codes. */
    CHECK_INT(cameo_count(t), 311);

    for (int r = 1; r <= 20; r++) {
        char root[16];
        snprintf(root, sizeof root, "%02d", r);
        const cameo_entry *e = cameo_find(t, root, 2);
        char what[64];
        snprintf(what, sizeof what, "root %s is present", root);
        if (check_at(__FILE__, __LINE__, e != NULL, what)) {
            CHECK_INT(e->len, 2);
            CHECK(cameo_parent(t, e) == NULL);
        }
    }

    int parents_ok = 1, quads_ok = 1, plover_ok = 1, roots_ok = 1, order_ok = 1,
        range_ok = 1, names_ok = 1, levels[5] = {0};
    for (size_t i = 0; i < cameo_count(t); i++) {
        const cameo_entry *e = cameo_at(t, i);
        levels[e->len]++;
        if (strncmp(e->root, e->code, 2) != 0 || strlen(e->code) != e->len)
            roots_ok = 0;
        if (e->len > 2) {
            const cameo_entry *p = cameo_parent(t, e);
            if (!p || p->len + 1 != e->len || strncmp(p->code, e->code, p->len) != 0) {
                fprintf(stderr, "    code %s: parent missing\n", e->code);
                parents_ok = 0;
            } else if (p->quad != e->quad) {
                quads_ok = 0;
            }
        }
        if (e->quad != gdelt_quad(e->root)) {
            fprintf(stderr, "    code %s: quad %d, root says %d\n", e->code, e->quad,
                    gdelt_quad(e->root));
            quads_ok = 0;
        }
        if (!plover_allowed(e->plover)) {
            fprintf(stderr, "    code %s: plover %s\n", e->code, e->plover);
            plover_ok = 0;
        }
        if (e->goldstein < -10.0 || e->goldstein > 10.0)
            range_ok = 0;
        if (!e->name[0])
            names_ok = 0;
        if (i > 0 && strcmp(cameo_at(t, i - 1)->code, e->code) >= 0)
            order_ok = 0;
        if (cameo_find(t, e->code, e->len) != e)
            order_ok = 0;
    }
    CHECK(parents_ok);
    CHECK(quads_ok);
    CHECK(plover_ok);
    CHECK(roots_ok);
    CHECK(order_ok);
    CHECK(range_ok);
    CHECK(names_ok);
    CHECK_INT(levels[2], 20);
    CHECK_INT(levels[3] + levels[4], 291);
    CHECK(cameo_at(t, cameo_count(t)) == NULL);

    /* Values as published (GDELT's Goldstein list, the 1.1b3 codebook). */
    check_known(t, "010", 0.0, 1, "OTHER", "Make statement, not specified below");
    check_known(t, "016", -2.0, 1, "OTHER", "Deny responsibility");
    check_known(t, "022", 3.2, 1, "REQUEST", NULL);
    check_known(t, "036", 4.0, 1, "AGREE", "Express intent to meet or negotiate");
    check_known(t, "042", 1.9, 1, "CONSULT", "Make a visit");
    check_known(t, "043", 2.8, 1, "CONSULT", "Host a visit");
    check_known(t, "046", 7.0, 1, "CONSULT", "Engage in negotiation");
    check_known(t, "057", 8.0, 1, "SUPPORT", "Sign formal agreement");
    check_known(t, "0871", 9.0, 2, "RETREAT", "Declare truce, ceasefire");
    check_known(t, "0874", 10.0, 2, "RETREAT", "Retreat or surrender militarily");
    check_known(t, "083", 5.0, 2, "CONCEDE", NULL);
    check_known(t, "091", -2.0, 2, "ACCUSE", "Investigate crime, corruption");
    check_known(t, "1056", -5.0, 3, "REQUEST", NULL);
    check_known(t, "111", -2.0, 3, "ACCUSE", "Criticize or denounce");
    check_known(t, "129", -5.0, 3, "REJECT", "Veto");
    check_known(t, "130", -4.4, 3, "THREATEN", NULL);
    check_known(t, "1384", -7.0, 3, "THREATEN", "Threaten conventional attack");
    check_known(t, "141", -6.5, 3, "PROTEST", NULL);
    check_known(t, "154", -7.2, 4, "MOBILIZE", "Mobilize or increase armed forces");
    check_known(t, "163", -8.0, 4, "SANCTION", "Impose embargo, boycott, or sanctions");
    check_known(t, "165", -6.5, 4, "SANCTION", "Halt mediation");
    check_known(t, "173", -5.0, 4, "COERCE", NULL);
    check_known(t, "182", -9.5, 4, "ASSAULT", NULL);
    check_known(t, "190", -10.0, 4, "ASSAULT", "Use conventional military force, not specified below");
    check_known(t, "195", -10.0, 4, "ASSAULT", "Employ aerial weapons");
    check_known(t, "2042", -10.0, 4, "ASSAULT", "Detonate nuclear weapons");

    /* The intent column: what a plan, promise or threat of each act is
    ** coded as; children without one take their parent's rule. */
    static const char *const intents[][2] = {
        {"042", "036"}, {"043", "036"}, {"046", "036"}, {"045", "039"}, {"057", "032"},
        {"061", "0311"}, {"070", "033"}, {"072", "0332"}, {"0841", "0353"},
        {"085", "0354"}, {"0871", "0356"}, {"0832", "0342"}, {"163", "1312"},
        {"161", "1313"}, {"1621", "1311"}, {"1723", "1323"}, {"173", "137"},
        {"183", "1383"}, {"190", "138"}, {"191", "1381"}, {"195", "1384"},
        {"2042", "1385"}, {"141", "133"}, {"036", "036"}, {"0331", "0331"},
        {"1312", "1312"}, {"139", "139"}, {"010", ""}, {"020", ""}, {"111", ""},
        {"1056", ""}, {"120", ""}, {"154", ""}, {"091", ""}};
    for (size_t i = 0; i < sizeof intents / sizeof intents[0]; i++) {
        const cameo_entry *x = cameo_find(t, intents[i][0], strlen(intents[i][0]));
        if (CHECK(x != NULL))
            CHECK_STR(x->intent, intents[i][1]);
    }
    int intents_ok = 1;
    for (size_t i = 0; i < cameo_count(t); i++) {
        const cameo_entry *x = cameo_at(t, i);
        /* every intent is a code of the table in root 03 or 13 */
        if (x->intent[0] && (!cameo_find(t, x->intent, strlen(x->intent)) ||
                             (strncmp(x->intent, "03", 2) != 0 &&
                              strncmp(x->intent, "13", 2) != 0))) {
            fprintf(stderr, "    code %s: intent %s\n", x->code, x->intent);
            intents_ok = 0;
        }
    }
    CHECK(intents_ok);

    const cameo_entry *e = cameo_find(t, "0211", 4);
    if (CHECK(e != NULL)) {
        CHECK_STR(e->root, "02");
        CHECK_STR(cameo_parent(t, e)->code, "021");
        CHECK_STR(cameo_parent(t, cameo_parent(t, e))->code, "02");
    }

    /* Lookups that must fail, and a code that is not NUL-terminated. */
    CHECK(cameo_find(t, "999", 3) == NULL);
    CHECK(cameo_find(t, "0", 1) == NULL);
    CHECK(cameo_find(t, "04x", 3) == NULL);
    CHECK(cameo_find(t, "04211", 5) == NULL);
    CHECK(cameo_find(t, "0455", 4) == NULL);
    CHECK(cameo_find(NULL, "042", 3) == NULL);
    e = cameo_find(t, "0421", 3);
    CHECK(e != NULL && strcmp(e->code, "042") == 0);

    cameo_free(t);
    cameo_free(NULL);
}

/* ---- broken files ------------------------------------------------------ */

static char tmpdir[64];

/* Writes text to tmpdir/name and loads it. Returns rc; *out gets the
** captured messages. */
static int load_text(const char *name, const char *text, capture *cap, char *path,
                     size_t cap_path)
{
    snprintf(path, cap_path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -100;
    fputs(text, f);
    fclose(f);
    memset(cap, 0, sizeof *cap);
    int rc = -99;
    cameo_table *t = cameo_load(path, capture_diag, cap, &rc);
    if (rc == DYAD_OK)
        CHECK(t != NULL);
    else
        CHECK(t == NULL);
    cameo_free(t);
    return rc;
}

/* Loads one broken file and checks the single message it must give. */
static void expect_error(const char *name, const char *text, long line, long col,
                         const char *message)
{
    char path[256], want[1024];
    capture cap;
    int rc = load_text(name, text, &cap, path, sizeof path);
    CHECK_INT(rc, DYAD_EDICT);
    snprintf(want, sizeof want, "%s:%ld: %s\n", path, line, message);
    CHECK_STR(cap.text, want);
    CHECK_INT(cap.count, 1);
    CHECK_INT(cap.last_col, col);
}

static void test_errors(void)
{
    char path[256];
    capture cap;

    /* A good little file: comments, blank lines, CRLF, children after a
    ** parent that comes later in the file. */
    int rc = load_text("good.tsv",
                       "# test\r\n\r\n"
                       "040\t1.0\t1\tCONSULT\tConsult\r\n"
                       "04\t1.0\t1\tCONSULT\tCONSULT\r\n"
                       "\n"
                       "042\t1.9\t1\tCONSULT\tMake a visit", &cap, path, sizeof path);
    CHECK_INT(rc, DYAD_OK);
    CHECK_INT(cap.count, 0);

    /* Intents: inherited from the parent, '=' the code itself, '-' none,
    ** a code listed later in the file. */
    snprintf(path, sizeof path, "%s/intents.tsv", tmpdir);
    FILE *f = fopen(path, "wb");
    if (CHECK(f != NULL)) {
        fputs("04\t1.0\t1\tCONSULT\tCONSULT\t036\n"
              "042\t1.9\t1\tCONSULT\tMake a visit\n"
              "045\t5.0\t1\tCONSULT\tMediate\t-\n"
              "0451\t5.0\t1\tCONSULT\tNot a real code\n"
              "03\t4.0\t1\tAGREE\tINTENT\t=\n"
              "036\t4.0\t1\tAGREE\tExpress intent to meet\n"
              "01\t0.0\t1\tOTHER\tSTATEMENT\n", f);
        fclose(f);
        memset(&cap, 0, sizeof cap);
        cameo_table *t = cameo_load(path, capture_diag, &cap, &rc);
        CHECK_INT(rc, DYAD_OK);
        if (CHECK(t != NULL)) {
            CHECK_STR(cameo_find(t, "04", 2)->intent, "036");
            CHECK_STR(cameo_find(t, "042", 3)->intent, "036");
            CHECK_STR(cameo_find(t, "045", 3)->intent, "");
            CHECK_STR(cameo_find(t, "0451", 4)->intent, "");
            CHECK_STR(cameo_find(t, "03", 2)->intent, "03");
            CHECK_STR(cameo_find(t, "036", 3)->intent, "036");
            CHECK_STR(cameo_find(t, "01", 2)->intent, "");
        }
        cameo_free(t);
    }

    expect_error("columns.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\n"
                 "010\t0.0\t1\tOTHER\n",
                 2, 1, "expected 5 tab-separated columns (code, goldstein, quad, "
                 "plover, name) and an optional sixth (intent), found 4");
    expect_error("columns7.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\t-\textra\n",
                 1, 1, "expected 5 tab-separated columns (code, goldstein, quad, "
                 "plover, name) and an optional sixth (intent), found 7");
    expect_error("intent.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\textra\n",
                 1, 38, "intent 'extra' must be a code, '-' (no intent form) or '=' "
                 "(the code itself); or leave the column out");
    expect_error("intent0.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\t\n",
                 1, 38, "intent '' must be a code, '-' (no intent form) or '=' "
                 "(the code itself); or leave the column out");
    expect_error("intent21.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\t21\n",
                 1, 38, "intent '21' must be a code, '-' (no intent form) or '=' "
                 "(the code itself); or leave the column out");
    expect_error("unknown.tsv",
                 "04\t1.0\t1\tCONSULT\tCONSULT\t036\n"
                 "042\t1.9\t1\tCONSULT\tMake a visit\n",
                 1, 26, "intent '036' of code '04' is not a code of the table");
    expect_error("duplicate.tsv",
                 "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\n"
                 "010\t0.0\t1\tOTHER\tMake statement\n"
                 "# a comment line still counts\n"
                 "010\t0.0\t1\tOTHER\tMake statement again\n",
                 4, 1, "duplicate code '010' (first defined on line 2)");
    expect_error("number.tsv",
                 "01\tabc\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 4, "goldstein 'abc' is not a number from -10 to 10");
    expect_error("range.tsv",
                 "01\t10.5\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 4, "goldstein '10.5' is not a number from -10 to 10");
    expect_error("inf.tsv",
                 "01\tinf\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 4, "goldstein 'inf' is not a number from -10 to 10");
    expect_error("trail.tsv",
                 "01\t1.0x\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 4, "goldstein '1.0x' is not a number from -10 to 10");
    expect_error("parent.tsv",
                 "02\t3.0\t1\tREQUEST\tAPPEAL\n"
                 "020\t3.0\t1\tREQUEST\tAppeal\n"
                 "0211\t3.4\t1\tREQUEST\tAppeal for economic cooperation\n",
                 3, 1, "code '0211' has no parent: add code '021' to the table");
    expect_error("quad.tsv",
                 "01\t0.0\t5\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 8, "quad '5' must be 1, 2, 3 or 4");
    expect_error("digits.tsv",
                 "0A1\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 1, "code '0A1' must be 2 to 4 digits");
    expect_error("long.tsv",
                 "01234\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\n",
                 1, 1, "code '01234' must be 2 to 4 digits");
    expect_error("root.tsv",
                 "21\t0.0\t4\tASSAULT\tNOT A ROOT\n",
                 1, 1, "code '21' has root '21'; CAMEO roots are 01 to 20");
    expect_error("root0.tsv",
                 "00\t0.0\t1\tOTHER\tNOT A ROOT\n",
                 1, 1, "code '00' has root '00'; CAMEO roots are 01 to 20");
    expect_error("plover.tsv",
                 "19\t-10.0\t4\tFIGHT\tFIGHT\n",
                 1, 12, "plover 'FIGHT' is not a PLOVER event type; use one of AGREE "
                 "CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
                 "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT OTHER");
    expect_error("name.tsv",
                 "01\t0.0\t1\tOTHER\t\n",
                 1, 16, "name is empty; write the code's description");
    expect_error("empty.tsv", "# nothing here\n", 1, 0, "the CAMEO table has no codes");

    /* Several problems: all are reported, in file order per kind. */
    rc = load_text("many.tsv",
                   "01\t0.0\t1\tOTHER\tMAKE PUBLIC STATEMENT\n"
                   "011\tx\t1\tOTHER\tDecline comment\n"
                   "012\t0.0\t9\tOTHER\tMake pessimistic comment\n"
                   "0131\t0.4\t1\tOTHER\tOrphan\n", &cap, path, sizeof path);
    CHECK_INT(rc, DYAD_EDICT);
    CHECK_INT(cap.count, 3);
    CHECK(strstr(cap.text, "many.tsv:2: goldstein 'x'") != NULL);
    CHECK(strstr(cap.text, "many.tsv:3: quad '9'") != NULL);
    CHECK(strstr(cap.text, "many.tsv:4: code '0131' has no parent") != NULL);

    /* A missing file is an I/O error, reported without a line. */
    snprintf(path, sizeof path, "%s/absent.tsv", tmpdir);
    memset(&cap, 0, sizeof cap);
    rc = 0;
    CHECK(cameo_load(path, capture_diag, &cap, &rc) == NULL);
    CHECK_INT(rc, DYAD_EIO);
    CHECK_INT(cap.count, 1);
    CHECK(strstr(cap.text, ":0: cannot read the CAMEO table: No such file") != NULL);
    CHECK(cameo_load(path, capture_diag, &cap, NULL) == NULL);   /* rc may be NULL */
}

/* Every allocation in turn fails: the loader returns NULL with DYAD_ENOMEM
** and leaks nothing (ASan checks), until enough succeed. */
static void test_alloc_failures(void)
{
    char path[4096];
    CHECK(base_data_file(path, sizeof path, "cameo.tsv") > 0);
    int failures_ok = 1, n;
    cameo_table *t = NULL;
    for (n = 0; n < 10000; n++) {
        int rc = 0;
        base_alloc_fail_after(n);
        t = cameo_load(path, capture_diag, &(capture){0}, &rc);
        long failed = base_alloc_failures();
        base_alloc_fail_after(-1);
        if (t) {
            if (rc != DYAD_OK)
                failures_ok = 0;
            break;
        }
        if (rc != DYAD_ENOMEM || failed == 0)
            failures_ok = 0;
    }
    CHECK(failures_ok);
    CHECK(t != NULL);
    CHECK(n > 0);
    CHECK_INT(cameo_count(t), 311);
    cameo_free(t);
}

/* ---- data folder ------------------------------------------------------- */

static void test_data_dir(void)
{
    char buf[4096], small[8];
    const char *saved = getenv("DYAD_DATA");
    char *keep = saved ? strdup(saved) : NULL;

    setenv("DYAD_DATA", "/somewhere/data", 1);
    CHECK_INT(base_data_dir(buf, sizeof buf), 15);
    CHECK_STR(buf, "/somewhere/data");
    CHECK_INT(base_data_file(buf, sizeof buf, "cameo.tsv"), 25);
    CHECK_STR(buf, "/somewhere/data/cameo.tsv");
    CHECK_INT(base_data_dir(small, sizeof small), -1);
    CHECK_STR(small, "");
    CHECK_INT(base_data_file(buf, 20, "cameo.tsv"), -1);
    CHECK_STR(buf, "");

    /* Empty counts as unset; then the folder beside the executable wins:
    ** this test runs from <repo>/<build>/tests. */
    setenv("DYAD_DATA", "", 1);
    int n = base_data_dir(buf, sizeof buf);
    CHECK(n > 5);
    CHECK(n > 5 && strcmp(buf + n - 5, "/data") == 0);
    unsetenv("DYAD_DATA");
    char file[4096];
    CHECK(base_data_file(file, sizeof file, "cameo.tsv") == n + 10);
    CHECK(access(file, R_OK) == 0);

    if (keep) {
        setenv("DYAD_DATA", keep, 1);
        free(keep);
    }
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad-test-cameo-XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_data_dir();
    test_real_table();
    test_errors();
    test_alloc_failures();

    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_done();
}
