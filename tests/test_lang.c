/*
** test_lang.c — the phrase and clause layer on our hand-written news
** sentences (tests/data/lang/clauses.txt; the format is described at the
** top of that file): every case's clauses with subject, verb group, voice,
** modality, object, agent and PPs, and chosen phrases, tags and lemmas,
** through one check() helper that prints the case, the expected line and
** the analysis. Cases in tests/data/lang/clauses_limits.txt describe what
** this shallow parser does not get right yet: they are run and counted,
** but not as failures. Also checks the --json rendering's shape.
**
** DYAD_LANG_DEBUG=1 prints every case's analysis.
*/
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "check.h"
#include "dyad.h"
#include "lang/analyze.h"
#include "lang/lemma.h"
#include "lang/tagger.h"
#include "base/memo.h"
#include "lang/tags.h"

#define MAXEXP 24

typedef struct group {
    char name[32];
    int pass, fail;
} group;

static group groups[64];
static int ngroups;
static int debug;

static dyad_text *T;
static lang_analyzer *LA;

/* One case as read from the file. */
typedef struct tcase {
    char title[256];
    char group[32];
    char text[1024];
    char exp[MAXEXP][512];
    int nexp;
    long line;
    const char *file;
} tcase;

static group *group_of(const char *name)
{
    for (int i = 0; i < ngroups; i++)
        if (strcmp(groups[i].name, name) == 0)
            return &groups[i];
    if (ngroups == (int)(sizeof groups / sizeof groups[0]))
        return &groups[ngroups - 1];
    group *g = &groups[ngroups++];
    snprintf(g->name, sizeof g->name, "%s", name);
    return g;
}

/* ---- rendering what the analysis says, in the file's notation ---- */

static void put_span(strbuf *b, const lang_sent *s, uint32_t first, uint32_t end)
{
    if (first >= end || end > s->n)
        return;
    const dyad_token *a = &s->toks[first], *z = &s->toks[end - 1];
    sb_append(b, s->text + a->start, z->start + z->len - a->start);
}

static void put_phrase(strbuf *b, const lang_sent *s, int32_t p)
{
    if (p < 0 || (size_t)p >= s->nphrases) {
        sb_puts(b, "-");
        return;
    }
    sb_putc(b, '[');
    put_span(b, s, s->phrases[p].first, s->phrases[p].end);
    sb_putc(b, ']');
}

static void put_token(strbuf *b, const lang_sent *s, int64_t k)
{
    if (k < 0 || (size_t)k >= s->n)
        sb_puts(b, "-");
    else
        sb_append(b, s->text + s->toks[k].start, s->toks[k].len);
}

/* A parsed item of an expectation line: key=value, or a bare word. */
typedef struct item {
    char key[32];
    char val[400];   /* "" for a bare word */
} item;

/* Splits line into items; bracketed values may hold spaces and continue
** with |[..]. Returns the count. */
static int parse_items(const char *line, item *it, int max)
{
    int n = 0;
    const char *p = line;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        item *x = &it[n++];
        x->key[0] = x->val[0] = 0;
        size_t kl = 0;
        if (*p == '[') {   /* a bare bracketed phrase: key "" */
            goto value;
        }
        while (*p && *p != ' ' && *p != '=' && kl + 1 < sizeof x->key)
            x->key[kl++] = *p++;
        x->key[kl] = 0;
        if (*p != '=')
            continue;
        p++;
    value:;
        size_t vl = 0;
        if (*p == '[') {
            for (;;) {
                while (*p && *p != ']' && vl + 2 < sizeof x->val)
                    x->val[vl++] = *p++;
                if (*p == ']' && vl + 1 < sizeof x->val)
                    x->val[vl++] = *p++;
                if (p[0] == '|' && p[1] == '[' && vl + 1 < sizeof x->val) {
                    x->val[vl++] = *p++;
                    continue;
                }
                break;
            }
        } else {
            while (*p && *p != ' ' && vl + 1 < sizeof x->val)
                x->val[vl++] = *p++;
        }
        x->val[vl] = 0;
    }
    return n;
}

static int is_modality(const char *w)
{
    return !strcmp(w, "asserted") || !strcmp(w, "future") || !strcmp(w, "conditional") ||
           !strcmp(w, "hypothetical") || !strcmp(w, "negated");
}

static const char *ctrl_name(int c)
{
    return c == CTRL_SUBJECT ? "subject" : c == CTRL_OBJECT ? "object" : "none";
}

/* Expected and actual clause lines share this shape; fields the
** expectation leaves unchecked are NULL in both. */
typedef struct cl_view {
    const char *kind, *of, *subj, *verb, *obj, *obj2, *agent, *pps, *ctrl, *comp;
    int passive, quoted;
    const char *mod;
} cl_view;

static void render_view(strbuf *b, const cl_view *v)
{
    sb_printf(b, "clause %s", v->kind);
    if (v->of)
        sb_printf(b, " of=%s", v->of);
    sb_puts(b, ":");
    if (v->subj)
        sb_printf(b, " subj=%s", v->subj);
    sb_printf(b, " verb=%s", v->verb ? v->verb : "-");
    if (v->passive)
        sb_puts(b, " passive");
    if (strcmp(v->mod, "asserted") != 0)
        sb_printf(b, " %s", v->mod);
    if (v->obj)
        sb_printf(b, " obj=%s", v->obj);
    if (v->obj2)
        sb_printf(b, " obj2=%s", v->obj2);
    if (v->agent)
        sb_printf(b, " agent=%s", v->agent);
    if (v->pps)
        sb_printf(b, " pps=%s", v->pps);
    if (v->ctrl)
        sb_printf(b, " ctrl=%s", v->ctrl);
    if (v->comp)
        sb_printf(b, " comp=%s", v->comp);
    if (v->quoted)
        sb_puts(b, " quoted");
}

/* Renders clause ci as the expectation want would see it. */
static void got_clause(strbuf *b, const lang_sent *s, size_t ci, const cl_view *want)
{
    const clause *c = &s->clauses[ci];
    const phrase *vg = &s->phrases[c->verb];
    strbuf f[8] = {{0}};
    cl_view v = {.kind = clause_kind_name(c->kind), .passive = vg->voice == VOICE_PASSIVE,
                 .quoted = c->quoted, .mod = modality_name(vg->mod)};
    char of[16];
    if (!want || want->of) {
        snprintf(of, sizeof of, "%d", c->parent);
        v.of = of;
    }
    if (c->subject >= 0)
        put_phrase(&f[0], s, c->subject), v.subj = sb_str(&f[0]);
    put_phrase(&f[1], s, c->verb), v.verb = sb_str(&f[1]);
    if (c->object >= 0)
        put_phrase(&f[2], s, c->object), v.obj = sb_str(&f[2]);
    if (c->agent >= 0)
        put_phrase(&f[3], s, c->agent), v.agent = sb_str(&f[3]);
    if (c->object2 >= 0)
        put_phrase(&f[6], s, c->object2), v.obj2 = sb_str(&f[6]);
    if (!want || want->pps) {
        for (uint32_t k = 0; k < c->pp_count; k++) {
            if (k)
                sb_putc(&f[4], '|');
            put_phrase(&f[4], s, (int32_t)s->pps[c->pp_first + k]);
        }
        v.pps = c->pp_count ? sb_str(&f[4]) : "-";
    }
    if (!want || want->ctrl)
        v.ctrl = ctrl_name(c->ctrl);
    if (!want || want->comp) {
        if (c->xcomp >= 0 && (size_t)c->xcomp < s->nclauses)
            put_phrase(&f[5], s, s->clauses[c->xcomp].verb), v.comp = sb_str(&f[5]);
        else
            v.comp = "-";
    }
    render_view(b, &v);
    for (int i = 0; i < 8; i++)
        sb_free(&f[i]);
}

/* Parses an expected clause line into v (strings point into items). */
static int parse_clause(const char *line, item *it, int max, cl_view *v)
{
    int n = parse_items(line, it, max);
    memset(v, 0, sizeof *v);
    v->mod = "asserted";
    if (n < 2 || strcmp(it[0].key, "clause") != 0)
        return -1;
    size_t kl = strlen(it[1].key);
    if (kl && it[1].key[kl - 1] == ':')
        it[1].key[kl - 1] = 0;
    v->kind = it[1].key;
    for (int i = 2; i < n; i++) {
        char *k = it[i].key, *val = it[i].val;
        size_t vl = strlen(val);
        if (vl && val[vl - 1] == ':')
            val[vl - 1] = 0;
        if (!strcmp(k, "of")) v->of = val;
        else if (!strcmp(k, "subj")) v->subj = val;
        else if (!strcmp(k, "verb")) v->verb = val;
        else if (!strcmp(k, "obj")) v->obj = val;
        else if (!strcmp(k, "obj2")) v->obj2 = val;
        else if (!strcmp(k, "agent")) v->agent = val;
        else if (!strcmp(k, "pps")) v->pps = val;
        else if (!strcmp(k, "ctrl")) v->ctrl = val;
        else if (!strcmp(k, "comp")) v->comp = val;
        else if (!strcmp(k, "passive")) v->passive = 1;
        else if (!strcmp(k, "quoted")) v->quoted = 1;
        else if (is_modality(k)) v->mod = k;
        else return -1;
    }
    return 0;
}

static int phrase_text_is(const lang_sent *s, int32_t p, const char *want)
{
    strbuf b = {0};
    put_phrase(&b, s, p);
    int ok = strcmp(sb_str(&b), want) == 0;
    sb_free(&b);
    return ok;
}

static const char *const flag_names[] = {"coord", "poss", "appos", "pronoun",
                                         "proper", "owned", "quant"};

/* Renders phrase p with the attributes the expectation it[2..n) asks for. */
static void got_phrase(strbuf *b, const lang_sent *s, int32_t p, const item *it, int n)
{
    const phrase *ph = &s->phrases[p];
    sb_printf(b, "%s ", it[0].key);
    put_phrase(b, s, p);
    for (int i = 2; i < n; i++) {
        const char *k = it[i].key;
        sb_putc(b, ' ');
        if (!strcmp(k, "head")) {
            sb_puts(b, "head=");
            put_token(b, s, ph->head);
        } else if (!strcmp(k, "of")) {
            sb_puts(b, "of=");
            put_phrase(b, s, ph->up);
        } else if (!strcmp(k, "np")) {
            sb_puts(b, "np=");
            put_phrase(b, s, ph->kind == PH_PP ? ph->np : -1);
        } else if (!strcmp(k, "caten")) {
            sb_puts(b, "caten=");
            put_token(b, s, ph->kind == PH_VG ? ph->np : -1);
        } else if (!strcmp(k, "members")) {
            sb_puts(b, "members=");
            int any = 0;
            for (size_t q = 0; q < s->nphrases; q++)
                if (s->phrases[q].up == p && s->phrases[q].kind == PH_NP &&
                    !(s->phrases[q].flags & PHF_POSS)) {
                    if (any)
                        sb_putc(b, '|');
                    put_phrase(b, s, (int32_t)q);
                    any = 1;
                }
        } else if (!strcmp(k, "passive")) {
            sb_puts(b, ph->voice == VOICE_PASSIVE ? "passive" : "active");
        } else if (is_modality(k)) {
            sb_puts(b, modality_name(ph->mod));
        } else {
            int f = -1;
            for (int q = 0; q < 7; q++)
                if (!strcmp(k, flag_names[q]))
                    f = q;
            if (f < 0)
                sb_printf(b, "unknown-attribute:%s", k);
            else
                sb_printf(b, "%s%s", (ph->flags & (1u << f)) ? "" : "!", k);
        }
    }
}

static void want_phrase(strbuf *b, const item *it, int n)
{
    sb_printf(b, "%s %s", it[0].key, it[1].val);
    for (int i = 2; i < n; i++)
        sb_printf(b, it[i].val[0] ? " %s=%s" : " %s", it[i].key, it[i].val);
}

static int64_t token_named(const lang_sent *s, const char *w)
{
    size_t wl = strlen(w);
    for (size_t k = 0; k < s->n; k++)
        if (s->toks[k].len == wl && memcmp(s->text + s->toks[k].start, w, wl) == 0)
            return (int64_t)k;
    return -1;
}

static void dump(const lang_sent *s)
{
    strbuf b = {0};
    for (size_t k = 0; k < s->n; k++) {
        put_token(&b, s, (int64_t)k);
        sb_printf(&b, "/%s ", tag_name(s->tags[k]));
    }
    fprintf(stderr, "    tags: %s\n", sb_str(&b));
    for (size_t i = 0; i < s->nclauses; i++) {
        sb_reset(&b);
        got_clause(&b, s, i, NULL);
        fprintf(stderr, "    got:  %s\n", sb_str(&b));
    }
    sb_reset(&b);
    for (size_t i = 0; i < s->nphrases; i++) {
        sb_printf(&b, " %s", phrase_kind_name(s->phrases[i].kind));
        put_phrase(&b, s, (int32_t)i);
    }
    fprintf(stderr, "    phrases:%s\n", sb_str(&b));
    sb_free(&b);
}

/* The one comparison every expectation goes through: counts it (unless
** quiet), and on a mismatch prints the case, what was expected and what
** the analysis says. */
static int check(const tcase *tc, int quiet, const char *want, const char *got,
                 const lang_sent *s, int *dumped)
{
    int ok = strcmp(want, got) == 0;
    if (!quiet)
        check_at(tc->file, (int)tc->line, ok, tc->title);
    if (!ok && (!quiet || debug)) {
        fprintf(stderr, "%s:%ld: case '%s': %s\n    want: %s\n    got:  %s\n", tc->file,
                tc->line, tc->title, tc->text, want, got);
        if (!*dumped) {
            dump(s);
            *dumped = 1;
        }
    }
    return ok;
}

/* Runs one case; returns 1 when every expectation held. */
static int run_case(const tcase *tc, int quiet)
{
    lang_sent s;
    int ok = 1, dumped = 0;
    if (dyad_text_split(T, tc->text, strlen(tc->text)) != DYAD_OK ||
        lang_analyze(LA, tc->text, dyad_text_tokens(T), dyad_text_token_count(T), &s) != DYAD_OK) {
        check_at(tc->file, (int)tc->line, 0, "analysis failed");
        return 0;
    }
    const char *bad = lang_sent_check(&s);
    ok &= check(tc, quiet, "invariants hold", bad ? bad : "invariants hold", &s, &dumped);
    size_t ci = 0;
    int nclauses = 0;
    strbuf w = {0}, g = {0};
    item it[32];
    for (int e = 0; e < tc->nexp; e++) {
        const char *line = tc->exp[e];
        sb_reset(&w);
        sb_reset(&g);
        if (strncmp(line, "clause ", 7) == 0) {
            nclauses++;
            cl_view v;
            if (parse_clause(line, it, 32, &v) < 0) {
                ok &= check(tc, quiet, line, "(cannot parse this line)", &s, &dumped);
                continue;
            }
            render_view(&w, &v);
            if (ci < s.nclauses)
                got_clause(&g, &s, ci, &v);
            else
                sb_puts(&g, "(no such clause)");
            ci++;
        } else if (!strncmp(line, "np ", 3) || !strncmp(line, "pp ", 3) ||
                   !strncmp(line, "vg ", 3)) {
            int n = parse_items(line, it, 32);
            int kind = line[0] == 'n' ? PH_NP : line[0] == 'p' ? PH_PP : PH_VG;
            want_phrase(&w, it, n);
            int found = 0;
            for (size_t p = 0; p < s.nphrases; p++) {
                if (s.phrases[p].kind != kind || !phrase_text_is(&s, (int32_t)p, it[1].val))
                    continue;
                strbuf t = {0};
                got_phrase(&t, &s, (int32_t)p, it, n);
                if (!found || strcmp(sb_str(&t), sb_str(&w)) == 0) {
                    sb_reset(&g);
                    sb_puts(&g, sb_str(&t));
                }
                found = 1;
                sb_free(&t);
            }
            if (!found)
                sb_printf(&g, "(no %s %s)", it[0].key, it[1].val);
        } else if (!strncmp(line, "tags ", 5) || !strncmp(line, "lemmas ", 7)) {
            int n = parse_items(line, it, 32);
            int tags = line[0] == 't';
            sb_puts(&w, it[0].key);
            sb_puts(&g, it[0].key);
            for (int i = 1; i < n; i++) {
                sb_printf(&w, " %s=%s", it[i].key, it[i].val);
                int64_t k = token_named(&s, it[i].key);
                sb_printf(&g, " %s=%s", it[i].key,
                          k < 0 ? "(absent)" : tags ? tag_name(s.tags[k]) : s.lemmas[k]);
            }
        } else {
            ok &= check(tc, quiet, line, "(unknown expectation)", &s, &dumped);
            continue;
        }
        ok &= check(tc, quiet, sb_str(&w), sb_str(&g), &s, &dumped);
    }
    char wn[32], gn[32];
    snprintf(wn, sizeof wn, "%d clauses", nclauses);
    snprintf(gn, sizeof gn, "%zu clauses", s.nclauses);
    ok &= check(tc, quiet, wn, gn, &s, &dumped);
    if (debug && !dumped) {
        fprintf(stderr, "%s: %s\n", tc->title, tc->text);
        dump(&s);
    }
    sb_free(&w);
    sb_free(&g);
    return ok;
}

/* Reads and runs every case of path. Returns the number of cases (-1 when
** the file cannot be read); *passed gets how many held. */
static int run_file(const char *path, int quiet, int *passed)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    static tcase tc;
    int have = 0, ncases = 0;
    *passed = 0;
    char line[1024];
    long lineno = 0;
    for (;;) {
        char *r = fgets(line, sizeof line, f);
        if (r) {
            lineno++;
            line[strcspn(line, "\r\n")] = 0;
        }
        if (!r || strncmp(line, "=== ", 4) == 0) {
            if (have) {
                int ok = run_case(&tc, quiet);
                group *g = group_of(quiet ? "(limits)" : tc.group);
                ok ? g->pass++ : g->fail++;
                *passed += ok;
                ncases++;
            }
            if (!r)
                break;
            memset(&tc, 0, sizeof tc);
            tc.file = path;
            tc.line = lineno;
            snprintf(tc.title, sizeof tc.title, "%.200s", line + 4);
            size_t gl = strcspn(line + 4, ":");
            if (gl >= sizeof tc.group)
                gl = sizeof tc.group - 1;
            memcpy(tc.group, line + 4, gl);
            have = 1;
            continue;
        }
        if (!have || line[0] == '#' || line[0] == 0)
            continue;
        if (!tc.text[0])
            snprintf(tc.text, sizeof tc.text, "%s", line);
        else if (tc.nexp < MAXEXP)
            snprintf(tc.exp[tc.nexp++], sizeof tc.exp[0], "%.500s", line);
    }
    fclose(f);
    return ncases;
}

/* `dyad analyze --json`: one object per sentence with the documented keys. */
static void test_json(void)
{
    dyad_analyzer *an = dyad_analyzer_new();
    static const char text[] =
        "Britain urged Iran to release the prisoners, the ministry said.";
    dyad_doc doc = {.id = "d1", .date = "", .source = "", .url = "", .title = "",
                    .text = text, .text_len = sizeof text - 1, .file = "", .line = 0};
    CHECK(an && dyad_analyzer_split(an, &doc) == DYAD_OK);
    const char *out = an ? dyad_analyzer_render(an, 0, DYAD_RENDER_JSON) : NULL;
    json_error_t err;
    json_t *j = out ? json_loads(out, 0, &err) : NULL;
    CHECK(j != NULL);
    json_t *ph = json_object_get(j, "phrases"), *cl = json_object_get(j, "clauses");
    CHECK(json_is_array(ph) && json_array_size(ph) > 0);
    CHECK(json_is_array(cl) && json_array_size(cl) == 3);
    CHECK(json_is_array(json_object_get(j, "tokens")));
    json_t *c0 = json_array_get(cl, 0);
    static const char *const ckeys[] = {"id", "kind", "parent", "first", "end", "subject",
                                        "verb", "object", "object2", "agent", "pps", "quoted",
                                        "control", "xcomp"};
    for (size_t i = 0; i < sizeof ckeys / sizeof ckeys[0]; i++)
        check_at(__FILE__, __LINE__, json_object_get(c0, ckeys[i]) != NULL, ckeys[i]);
    /* the urge clause's xcomp is the clause whose verb is "to release" */
    json_t *x = json_object_get(c0, "xcomp");
    CHECK(json_is_integer(x));
    if (json_is_integer(x)) {
        json_t *c1 = json_array_get(cl, (size_t)json_integer_value(x));
        json_t *v = json_array_get(ph, (size_t)json_integer_value(json_object_get(c1, "verb")));
        CHECK_STR(json_string_value(json_object_get(v, "text")), "to release");
        CHECK_STR(json_string_value(json_object_get(c1, "control")), "object");
    }
    json_t *p0 = json_array_get(ph, 0);
    static const char *const pkeys[] = {"id", "kind", "first", "end", "head", "text"};
    for (size_t i = 0; i < sizeof pkeys / sizeof pkeys[0]; i++)
        check_at(__FILE__, __LINE__, json_object_get(p0, pkeys[i]) != NULL, pkeys[i]);
    json_decref(j);
    const char *txt = an ? dyad_analyzer_render(an, 0, DYAD_RENDER_TEXT) : NULL;
    CHECK(txt && strstr(txt, "clause 0 complement (of 2): subject [Britain] verb [urged] "
                                   "(asserted) object [Iran] xcomp 1 [to release]") != NULL);
    dyad_analyzer_free(an);
}

/* lang_analyze_entries with the caller's lookups gives what lang_analyze
** gives, twice (the second time from the entries the first filled), with
** a word too long for the memo (no entry) and the caller's part of an
** entry left as it wrote it; each lemma is lemma_of its lemma_tags' tag. */
static void test_entries(void)
{
    const char *text = "The Kenyan minister said talks would resume, and "
                       "internationalisation-of-the-dispute talks stalled.";
    lang_analyzer *own = lang_new(), *shared = lang_new_memo(8);
    CHECK(own && shared);
    if (!own || !shared || dyad_text_split(T, text, strlen(text)) != DYAD_OK) {
        lang_free(own);
        lang_free(shared);
        return;
    }
    const dyad_token *t = dyad_text_tokens(T);
    size_t n = dyad_text_token_count(T);
    size_t at;
    word_memo *m = lang_memo(shared, &at);
    CHECK(m != NULL && at >= tag_memo_entry_size());
    void *entries[64];
    CHECK(n <= 64);
    for (int round = 0; round < 2 && n <= 64; round++) {
        memo_round(m);
        int nulls = 0;
        for (size_t i = 0; i < n; i++) {
            int hit;
            entries[i] = memo_entry(m, text + t[i].start, t[i].len, 0, &hit);
            nulls += !entries[i];
            if (entries[i])
                memcpy((char *)entries[i] + at, "callers", 8);
        }
        CHECK_INT(nulls, 1);   /* the long word */
        lang_sent a, b;
        CHECK_INT(lang_analyze(own, text, t, n, &a), DYAD_OK);
        CHECK_INT(lang_analyze_entries(shared, text, t, n, entries, &b), DYAD_OK);
        int same = a.n == b.n && a.nphrases == b.nphrases && a.nclauses == b.nclauses;
        for (size_t i = 0; same && i < n; i++) {
            char buf[64];
            same = a.tags[i] == b.tags[i] && strcmp(a.lemmas[i], b.lemmas[i]) == 0 &&
                   a.lemma_tags[i] == b.lemma_tags[i] &&
                   lemma_of(text + t[i].start, t[i].len, b.lemma_tags[i], buf, sizeof buf) ==
                       strlen(b.lemmas[i]) &&
                   strcmp(buf, b.lemmas[i]) == 0 &&
                   (!entries[i] || memcmp((char *)entries[i] + at, "callers", 8) == 0);
        }
        CHECK(same);
    }
    lang_free(own);
    lang_free(shared);
}

int main(void)
{
    debug = getenv("DYAD_LANG_DEBUG") != NULL;
    T = dyad_text_new();
    LA = lang_new();
    if (!T || !LA) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    int passed, lpassed;
    int n = run_file("tests/data/lang/clauses.txt", 0, &passed);
    if (n < 0) {
        fprintf(stderr, "tests/data/lang/clauses.txt: cannot read; run from the repository root\n");
        return 1;
    }
    CHECK(n >= 100);
    printf("cases by construction (passed/total):\n");
    for (int i = 0; i < ngroups; i++)
        printf("  %-12s %3d/%d\n", groups[i].name, groups[i].pass, groups[i].pass + groups[i].fail);
    printf("cases: %d/%d passed\n", passed, n);
    int ln = run_file("tests/data/lang/clauses_limits.txt", 1, &lpassed);
    if (ln < 0) {
        fprintf(stderr, "tests/data/lang/clauses_limits.txt: cannot read\n");
        return 1;
    }
    printf("known limits (not counted as failures): %d cases, %d now pass\n", ln, lpassed);
    /* the limits file stays small: at most 10% of all cases */
    CHECK(ln * 10 <= n + ln);
    test_json();
    test_entries();
    lang_free(LA);
    dyad_text_free(T);
    return check_done();
}
