/*
** validate.c — PETRARCH2's validation files as a test of dyad: the same
** dictionaries, the raw sentence text (never the given parse), the
** expected events compared as sets.
*/
#include "base/base.h"
#include "coder/coder_int.h"
#include "dict/dict.h"
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The text of <tag>...</tag> in the file's <Environment>, or "". */
static void env_value(const char *xml, const char *tag, char *out, size_t cap)
{
    char open[64];
    out[0] = '\0';
    const char *env = strstr(xml, "<Environment>");
    const char *end = env ? strstr(env, "</Environment>") : NULL;
    if (!env || !end)
        return;
    snprintf(open, sizeof open, "<%s>", tag);
    const char *p = strstr(env, open);
    if (!p || p > end)
        return;
    p += strlen(open);
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    const char *q = strchr(p, '<');
    if (!q)
        return;
    while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r'))
        q--;
    size_t n = (size_t)(q - p) < cap - 1 ? (size_t)(q - p) : cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
}

/* Writes a + "/" + b into out; returns -1 when it does not fit. */
static int join_path(char *out, size_t cap, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na + 1 + nb + 1 > cap)
        return -1;
    memcpy(out, a, na);
    out[na] = '/';
    memcpy(out + na + 1, b, nb + 1);
    return 0;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    strbuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_append(&b, chunk, n);
    fclose(f);
    if (b.oom) {
        sb_free(&b);
        return NULL;
    }
    if (!b.s)
        return dy_strdup("");
    return b.s;
}

static int is_dir_with(const char *dir, const char *file)
{
    char path[4096];
    struct stat st;
    return join_path(path, sizeof path, dir, file) == 0 && stat(path, &st) == 0 &&
           S_ISREG(st.st_mode);
}

/* Loads the four files the environment names from dir. */
static int load_env_dict(dict *d, const char *dir, const char *xml)
{
    static const char *const tags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
    int rc = DYAD_OK;
    for (int i = 0; i < 4; i++) {
        char name[1024], path[4096];
        env_value(xml, tags[i], name, sizeof name);
        if (!name[0])
            continue;
        if (join_path(path, sizeof path, dir, name) < 0)
            return DYAD_EIO;
        int r = i == 0 ? dict_petr_verbs(d, path)
              : i == 1 ? dict_petr_actors(d, path)
              : i == 2 ? dict_petr_agents(d, path)
                       : dict_petr_discards(d, path);
        if (r == DYAD_ENOMEM)
            return r;
        if (r != DYAD_OK)
            rc = DYAD_EDICT;
    }
    return rc == DYAD_OK ? dict_finish(d) : rc;
}

/* The lines of the file where a <Config> line switches an option we
** follow (require_dyad, new_actor_length), and the value it takes there,
** so that each record is coded in the mode the file asked for it. */
enum { OPT_REQUIRE_DYAD, OPT_NEW_ACTOR_LENGTH };

typedef struct config_switch {
    long line;
    int option;
    int value;
} config_switch;

static size_t scan_config(const char *xml, config_switch *sw, size_t cap)
{
    size_t n = 0;
    long line = 1;
    for (const char *p = xml; *p && n < cap; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        if (*p != '<' || strncmp(p, "<Config", 7) != 0)
            continue;
        const char *end = strchr(p, '>');
        if (!end)
            break;
        const char *req = strstr(p, "\"require_dyad\"");
        const char *len = strstr(p, "\"new_actor_length\"");
        const char *val = strstr(p, "value=\"");
        if (!val || val > end)
            continue;
        val += 7;
        if (req && req < end) {
            sw[n].line = line;
            sw[n].option = OPT_REQUIRE_DYAD;
            sw[n].value = !(val[0] == 'f' || val[0] == 'F');
            n++;
        } else if (len && len < end) {
            sw[n].line = line;
            sw[n].option = OPT_NEW_ACTOR_LENGTH;
            sw[n].value = (int)strtol(val, NULL, 10);
            n++;
        }
    }
    return n;
}

/* The value option has at the given line of the file (def before any
** switch). */
static int option_at(const config_switch *sw, size_t n, int option, long line, int def)
{
    int v = def;
    for (size_t i = 0; i < n && sw[i].line < line; i++)
        if (sw[i].option == option)
            v = sw[i].value;
    return v;
}

/* Is the expected triple among the events? */
static int has_event(const dyad_coder *c, const dyad_coding *e)
{
    size_t n = dyad_coder_event_count(c);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *ev = dyad_coder_event(c, i);
        if (strcmp(ev->source, e->source) == 0 && strcmp(ev->target, e->target) == 0 &&
            strcmp(ev->code, e->event) == 0)
            return 1;
    }
    return 0;
}

static int expected(const dyad_coding *cs, size_t n, const dyad_event *ev)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(ev->source, cs[i].source) == 0 && strcmp(ev->target, cs[i].target) == 0 &&
            strcmp(ev->code, cs[i].event) == 0)
            return 1;
    return 0;
}

static void print_result(FILE *report, const char *verdict, const dyad_doc *doc,
                         const dyad_coding *cs, size_t ncs, const dyad_coder *c)
{
    if (!report)
        return;
    fprintf(report, "%s %s: expected", verdict, doc->id);
    int any = 0;
    for (size_t i = 0; i < ncs; i++)
        if (cs[i].event[0]) {
            fprintf(report, " %s-%s-%s", cs[i].source, cs[i].target, cs[i].event);
            any = 1;
        }
    if (!any)
        fputs(" nothing", report);
    fputs("; got", report);
    size_t n = dyad_coder_event_count(c);
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_coder_event(c, i);
        fprintf(report, " %s-%s-%s", e->source, e->target, e->code);
    }
    if (!n)
        fputs(" nothing", report);
    fputc('\n', report);
}

int dyad_validate(const char *xml_path, const char *dict_dir, int verbose, FILE *report,
                  dyad_diag_fn diag, void *ctx, dyad_validation *out)
{
    if (!xml_path || !out) {
        dyad_diag g = {DYAD_ERROR, "dyad_validate", 0, 0,
                       !out ? "out is NULL; pass a dyad_validation for the counts"
                            : "xml_path is NULL; give a PETRARCH validation file"};
        (diag ? diag : dyad_diag_stderr)(ctx, &g);
        return DYAD_EUSAGE;
    }
    memset(out, 0, sizeof *out);
    char *xml = read_all(xml_path);
    if (!xml)
        return DYAD_EIO;
    char verbs[1024], dir[4096], here[4096];
    env_value(xml, "Verbfile", verbs, sizeof verbs);
    if (!verbs[0]) {
        dyad_diag g = {DYAD_ERROR, xml_path, 0, 0,
                       "no <Environment> with a <Verbfile>: this is not a PETRARCH "
                       "validation file; give one such as PETR.UnitTest.records.xml"};
        (diag ? diag : dyad_diag_stderr)(ctx, &g);
        dy_free(xml);
        return DYAD_EINPUT;
    }
    snprintf(here, sizeof here, "%s", xml_path);
    char *slash = strrchr(here, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(here, sizeof here, ".");
    if (dict_dir)
        snprintf(dir, sizeof dir, "%s", dict_dir);
    else if (is_dir_with(here, verbs))
        snprintf(dir, sizeof dir, "%s", here);
    else if (join_path(dir, sizeof dir, here, "../dictionaries") < 0)
        dir[0] = '\0';

    dict_opts o = {diag, ctx, NULL, NULL};
    dict *d = dict_new(&o);
    if (!d) {
        dy_free(xml);
        return DYAD_ENOMEM;
    }
    int rc = load_env_dict(d, dir, xml);
    config_switch sw[64];
    size_t nsw = scan_config(xml, sw, sizeof sw / sizeof sw[0]);
    dy_free(xml);
    dyad_coder *c = NULL;
    dyad_reader *r = NULL;
    /* PETRARCH codes what its patterns say, negation included: a negated
    ** event is an expectation of its own ("- NOT * RELATIONS") */
    dyad_coder_opts copts = {.all_modalities = 1};
    if (rc == DYAD_OK)
        rc = coder_create(d, &copts, diag, ctx, &c);
    if (rc == DYAD_OK) {
        c->agent_alone = 1;
        c->act_as_said = 1;
    }
    if (rc == DYAD_OK) {
        dyad_read_opts ro = {.format = DYAD_INPUT_PETRARCH, .diag = diag, .diag_ctx = ctx};
        r = dyad_reader_new(&ro);
        rc = !r ? DYAD_ENOMEM : dyad_reader_open(r, xml_path);
    }
    while (rc == DYAD_OK) {
        const dyad_doc *doc;
        int k = dyad_reader_next(r, &doc);
        if (k == DYAD_DONE)
            break;
        if (k != DYAD_OK) {
            rc = k;
            break;
        }
        const dyad_coding *cs;
        size_t ncs = dyad_reader_codings(r, &cs);
        int parse_only = 0;
        for (size_t i = 0; i < ncs; i++)
            if (strcmp(cs[i].error, "bad_input_parse") == 0)
                parse_only = 1;
        if (parse_only) {
            out->skipped++;
            continue;
        }
        c->opts.partial = !option_at(sw, nsw, OPT_REQUIRE_DYAD, doc->line, 1);
        c->new_actor_length = option_at(sw, nsw, OPT_NEW_ACTOR_LENGTH, doc->line, 0);
        if ((k = dyad_coder_code(c, doc)) != DYAD_OK) {
            rc = k;
            break;
        }
        /* pass: every expected event found and nothing unexpected */
        int ok = 1;
        for (size_t i = 0; i < ncs; i++)
            if (cs[i].event[0] && !has_event(c, &cs[i]))
                ok = 0;
        size_t n = dyad_coder_event_count(c);
        for (size_t i = 0; i < n; i++)
            if (!expected(cs, ncs, dyad_coder_event(c, i)))
                ok = 0;
        if (ok)
            out->passed++;
        else
            out->failed++;
        if (!ok || verbose)
            print_result(report, ok ? "ok" : "FAIL", doc, cs, ncs, c);
    }
    if (r) {
        /* A record the reader skipped is counted, so that the totals add up
        ** to the records in the file. */
        const dyad_read_stats *st = dyad_reader_stats(r);
        out->unreadable = st->skipped;
        if (rc == DYAD_OK && st->empty)
            rc = DYAD_EINPUT;   /* the reader said what the file holds */
    }
    if (rc == DYAD_OK && out->passed + out->failed + out->skipped == 0) {
        dyad_diag g = {DYAD_ERROR, xml_path, 0, 0,
                       "no <Sentence> record could be read; check the file (problems "
                       "above)"};
        (diag ? diag : dyad_diag_stderr)(ctx, &g);
        rc = DYAD_EINPUT;
    }
    dyad_reader_free(r);
    dyad_coder_free(c);
    dict_free(d);
    return rc;
}
