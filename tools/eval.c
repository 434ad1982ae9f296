/*
** eval.c — scores dyad against the hand-annotated real-news set.
**
** The annotations (tests/data/eval/, format in docs/annotation.md) hold
** article ids, sentence byte spans and events; the articles themselves stay
** in ../shared/corpus. This program codes the chosen articles with libdyad,
** matches dyad's events to the annotated ones sentence by sentence, and
** prints precision, recall and F1, lenient (actor countries and root) and
** strict (full codes), overall and per root. With --agreement it compares
** two annotators instead of dyad and an annotator.
**
** It is a developer's tool, built by `make eval`, not part of libdyad.
*/
#include "dyad.h"
#include "eval.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FLAG_S = 1, FLAG_T = 2, FLAG_H = 4 };

typedef struct event {
    char src[24], tgt[24], code[6];
    int flags;
    int matched;      /* lenient match found */
    int hist;         /* dyad's side: dyad marks it historical; gold side:
                         the dyad event it matched is historical */
} event;

typedef struct sentence {
    unsigned start, end;
    size_t first, count;  /* events of one side, in its event array */
} sentence;

/* One annotated file, or dyad's output: events by sentence. */
typedef struct side {
    event *ev;
    size_t nev, cap;
} side;

typedef struct article {
    char *id;
    int split;        /* SPLIT_DEV, SPLIT_TEST (frozen) or SPLIT_CHECK */
    int second;       /* annotated twice */
    int has_other;    /* the compared annotation file covers it */
    sentence *gold;   /* sentences as annotated, with their gold events */
    size_t ngold;
    sentence *other;  /* the same sentences: dyad's or the second annotator's */
    sentence *part;   /* the same sentences: dyad's events in partial mode
                         (unknown actors allowed), for the history flag */
    char *text;       /* the article, kept for --show */
} article;

static article *arts;
static int show;      /* --show: print each sentence where dyad and gold differ */
static size_t narts;
static side gold_ev, other_ev, part_ev;
static int errors;

static void fail(const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dyad-eval: %s:%ld: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    errors++;
}

void *eval_realloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("dyad-eval: out of memory\n", stderr);
        exit(4);
    }
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(eval_realloc(NULL, n), s, n);
}

static article *find_article(const char *id)
{
    for (size_t i = 0; i < narts; i++)
        if (strcmp(arts[i].id, id) == 0)
            return &arts[i];
    return NULL;
}

/* Splits line at tabs into at most max fields; returns how many. */
static int split_tabs(char *line, char **f, int max)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    while (n < max) {
        f[n++] = line;
        char *t = strchr(line, '\t');
        if (!t)
            break;
        *t = '\0';
        line = t + 1;
    }
    return n;
}

enum { SPLIT_DEV, SPLIT_TEST, SPLIT_CHECK };

/* The split a name in articles.tsv or --split stands for, or -1. The check
** split was annotated after nine sessions had studied dev: a rule that
** helps dev but not check was fitted to dev's wording. */
static int split_named(const char *name)
{
    return strcmp(name, "dev") == 0 ? SPLIT_DEV : strcmp(name, "test") == 0 ? SPLIT_TEST
         : strcmp(name, "check") == 0 ? SPLIT_CHECK : -1;
}

/* articles.tsv: id, split, batch, second, body sentences. */
static int read_articles(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dyad-eval: cannot open %s; run from the repository root\n", path);
        return -1;
    }
    char buf[4096];
    long ln = 0;
    while (fgets(buf, sizeof buf, f)) {
        ln++;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        char *fld[5];
        if (split_tabs(buf, fld, 5) != 5) {
            fail(path, ln, "expected 5 tab-separated fields");
            continue;
        }
        int split = split_named(fld[1]);
        if (split < 0) {
            fail(path, ln, "split must be dev, test or check");
            continue;
        }
        arts = eval_realloc(arts, (narts + 1) * sizeof *arts);
        arts[narts++] = (article){.id = xstrdup(fld[0]), .split = split,
                                  .second = strcmp(fld[3], "yes") == 0};
    }
    fclose(f);
    return 0;
}

static int valid_actor(const char *s)
{
    if (strcmp(s, "-") == 0)
        return 1;
    if (!*s || strlen(s) >= 24)
        return 0;
    for (; *s; s++)
        if (!isupper((unsigned char)*s) && *s != '-')
            return 0;
    return 1;
}

/* "SRC>TGT:CODE[/FLAGS]" into e; 0 on success. */
static int parse_event(char *s, event *e)
{
    memset(e, 0, sizeof *e);
    char *gt = strchr(s, '>'), *colon = strchr(s, ':');
    if (!gt || !colon || colon < gt)
        return -1;
    *gt = *colon = '\0';
    char *code = colon + 1, *slash = strchr(code, '/');
    if (slash) {
        *slash = '\0';
        for (char *p = slash + 1; *p; p++) {
            if (*p == 'S') e->flags |= FLAG_S;
            else if (*p == 'T') e->flags |= FLAG_T;
            else if (*p == 'H') e->flags |= FLAG_H;
            else return -1;
        }
    }
    size_t n = strlen(code);
    if (n < 2 || n > 4 || strspn(code, "0123456789") != n)
        return -1;
    if (!valid_actor(s) || !valid_actor(gt + 1) || strcmp(s, "-") == 0)
        return -1;
    strcpy(e->src, s);
    strcpy(e->tgt, gt + 1);
    strcpy(e->code, code);
    return 0;
}

static void push_event(side *sd, const event *e)
{
    if (sd->nev == sd->cap) {
        sd->cap = sd->cap ? 2 * sd->cap : 1024;
        sd->ev = eval_realloc(sd->ev, sd->cap * sizeof *sd->ev);
    }
    sd->ev[sd->nev++] = *e;
}

/* Reads one annotator's file. With into_other, the events go to the
** articles' second side (agreement), matched to the sentences the primary
** files gave; otherwise they make the gold sentences. */
static int read_annotations(const char *path, int into_other)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dyad-eval: cannot open %s\n", path);
        return -1;
    }
    side *sd = into_other ? &other_ev : &gold_ev;
    char buf[8192];
    long ln = 0;
    while (fgets(buf, sizeof buf, f)) {
        ln++;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        char *fld[4];
        if (split_tabs(buf, fld, 4) != 4) {
            fail(path, ln, "expected DOC<TAB>START<TAB>END<TAB>EVENTS");
            continue;
        }
        article *a = find_article(fld[0]);
        if (!a) {
            fail(path, ln, "article '%s' is not in articles.tsv", fld[0]);
            continue;
        }
        unsigned start = (unsigned)strtoul(fld[1], NULL, 10), end = (unsigned)strtoul(fld[2], NULL, 10);
        sentence *s = NULL;
        if (into_other) {
            for (size_t i = 0; i < a->ngold; i++)
                if (a->gold[i].start == start)
                    s = &a->other[i];
            a->has_other = 1;
            if (!s) {
                fail(path, ln, "sentence at %u is not in the primary annotation", start);
                continue;
            }
        } else {
            a->gold = eval_realloc(a->gold, (a->ngold + 1) * sizeof *a->gold);
            a->other = eval_realloc(a->other, (a->ngold + 1) * sizeof *a->other);
            a->part = eval_realloc(a->part, (a->ngold + 1) * sizeof *a->part);
            a->other[a->ngold] = (sentence){start, end, 0, 0};
            a->part[a->ngold] = (sentence){start, end, 0, 0};
            s = &a->gold[a->ngold++];
        }
        *s = (sentence){.start = start, .end = end, .first = sd->nev};
        if (strcmp(fld[3], "-") == 0)
            continue;
        for (char *tok = strtok(fld[3], ";"); tok; tok = strtok(NULL, ";")) {
            while (*tok == ' ')
                tok++;
            size_t n = strlen(tok);
            while (n && tok[n - 1] == ' ')
                tok[--n] = '\0';
            event e;
            char copy[128];
            snprintf(copy, sizeof copy, "%s", tok);
            if (parse_event(copy, &e) != 0) {
                fail(path, ln, "bad event '%s'; write SRC>TGT:CODE or SRC>TGT:CODE/FLAGS", tok);
                continue;
            }
            e.hist = !!(e.flags & FLAG_H);   /* a second annotator's H, as dyad's flag */
            push_event(sd, &e);
            s->count++;
        }
    }
    fclose(f);
    return 0;
}

/* ---- coding the articles with dyad ---------------------------------- */

/* Puts coder c's events of article a (split into t) on side sd, in the
** annotated sentence that holds each event's start; sent[] are a's
** sentences on that side. */
static void collect(article *a, sentence *sent, side *sd, const dyad_coder *c, const dyad_text *t)
{
    const dyad_sentence *ss = dyad_text_sentences(t);
    size_t nss = dyad_text_sentence_count(t);
    for (size_t g = 0; g < a->ngold; g++)
        sent[g] = (sentence){a->gold[g].start, a->gold[g].end, sd->nev, 0};
    for (size_t g = 0; g < a->ngold; g++) {
        for (size_t i = 0; i < dyad_coder_event_count(c); i++) {
            const dyad_event *e = dyad_coder_event(c, i);
            if (e->sent < 0 || (size_t)e->sent >= nss)
                continue;
            unsigned st = ss[e->sent].start;
            if (st < a->gold[g].start || st >= a->gold[g].end)
                continue;
            event ev = {0};
            snprintf(ev.src, sizeof ev.src, "%s", e->source);
            snprintf(ev.tgt, sizeof ev.tgt, "%s", *e->target ? e->target : "-");
            snprintf(ev.code, sizeof ev.code, "%s", e->code);
            ev.hist = e->historical;
            if (sent[g].count == 0)
                sent[g].first = sd->nev;
            push_event(sd, &ev);
            sent[g].count++;
        }
    }
}

static int code_articles(const char *corpus, const char *dict_dir, const char *petr_dir)
{
    dyad_dict *d = NULL;
    int rc = petr_dir ? dyad_dict_load_petrarch(petr_dir, NULL, NULL, &d)
                      : dyad_dict_load_dir(dict_dir, NULL, NULL, &d);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad-eval: cannot load the dictionaries (%s)\n", dyad_errstr(rc));
        dyad_dict_free(d);
        return -1;
    }
    /* c codes as dyad does; cp in partial mode, whose events (with unknown
    ** actors) stand for the clauses' dates when the history flag is judged */
    dyad_coder *c = NULL, *cp = NULL;
    if (dyad_coder_new(d, NULL, NULL, NULL, &c) != DYAD_OK ||
        dyad_coder_new(d, &(dyad_coder_opts){.partial = 1}, NULL, NULL, &cp) != DYAD_OK) {
        fprintf(stderr, "dyad-eval: %s\n", dyad_coder_errmsg(cp ? cp : c));
        dyad_coder_free(c);
        dyad_coder_free(cp);
        dyad_dict_free(d);
        return -1;
    }
    dyad_text *t = dyad_text_new();
    dyad_reader *r = dyad_reader_new(&(dyad_read_opts){.format = DYAD_INPUT_JSONL});
    if (!t || !r || dyad_reader_open(r, corpus) != DYAD_OK) {
        fprintf(stderr, "dyad-eval: cannot read %s\n", corpus);
        rc = -1;
        goto out;
    }
    const dyad_doc *doc;
    size_t seen = 0;
    while (dyad_reader_next(r, &doc) == DYAD_OK && doc) {
        article *a = find_article(doc->id);
        if (!a)
            continue;
        seen++;
        if (dyad_text_split(t, doc->text, doc->text_len) != DYAD_OK ||
            dyad_coder_code(c, doc) != DYAD_OK || dyad_coder_code(cp, doc) != DYAD_OK) {
            fprintf(stderr, "dyad-eval: %s: cannot code\n", doc->id);
            rc = -1;
            goto out;
        }
        if (show)
            a->text = xstrdup(doc->text);
        collect(a, a->other, &other_ev, c, t);
        collect(a, a->part, &part_ev, cp, t);
    }
    if (seen < narts)
        fprintf(stderr, "dyad-eval: %zu of %zu articles not found in %s\n", narts - seen, narts,
                corpus);
    rc = seen ? 0 : -1;
out:
    dyad_reader_free(r);
    dyad_text_free(t);
    dyad_coder_free(c);
    dyad_coder_free(cp);
    dyad_dict_free(d);
    return rc;
}

/* ---- matching and figures -------------------------------------------- */

/* An actor's lenient key: its country, or an organisation's first six
** letters. */
static void actor_key(const char *code, char *key)
{
    size_t n = strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0 ? 6 : 3;
    snprintf(key, n + 1, "%s", code);
}

static int same(const event *a, const event *b, int strict)
{
    if (strict)
        return strcmp(a->src, b->src) == 0 && strcmp(a->tgt, b->tgt) == 0 &&
               strcmp(a->code, b->code) == 0;
    char ka[8], kb[8];
    actor_key(a->src, ka);
    actor_key(b->src, kb);
    if (strcmp(ka, kb) != 0)
        return 0;
    actor_key(a->tgt, ka);
    actor_key(b->tgt, kb);
    return strcmp(ka, kb) == 0 && strncmp(a->code, b->code, 2) == 0;
}

typedef struct tally {
    long gold, pred, hit;
} tally;

/* The history flag judged against the gold's H: tp both say history, fp
** only dyad, fn only the gold; tn neither. */
typedef struct hist_tally {
    long tp, fp, fn, tn;
} hist_tally;

typedef struct figures {
    tally all, strict, no_hist, local, context, root[21];
    tally found[21];           /* [0] all roots: gold events whose root dyad finds
                                  in their sentence in partial mode, any actors */
    hist_tally hist_matched;   /* on gold events dyad matched (lenient) */
    hist_tally hist_clause;    /* on gold events whose sentence dyad codes in
                                  partial mode: the event of the same root,
                                  else the sentence's first */
    long sent_with_gold, sent_found;   /* sentences reporting an event; of them, with any dyad event */
    long sentences;
} figures;

static int root_of(const event *e) { return (e->code[0] - '0') * 10 + (e->code[1] - '0'); }

static void hist_count(hist_tally *h, int gold, int dyad)
{
    if (gold && dyad) h->tp++;
    else if (dyad) h->fp++;
    else if (gold) h->fn++;
    else h->tn++;
}

/* The history flag of each gold event g[0..ng) against dyad's events in
** partial mode q[0..nq) of the same sentence: the first of the same root,
** else the first. Gold events in a sentence with no such event are not
** judged. */
static int score_history(const event *g, size_t ng, const event *q, size_t nq, figures *f)
{
    int differ = 0;
    for (size_t i = 0; i < ng; i++) {
        int r = root_of(&g[i]), hit = 0;
        for (size_t j = 0; j < nq && !hit; j++)
            hit = strncmp(q[j].code, g[i].code, 2) == 0;
        f->found[0].gold++;
        f->found[0].hit += hit;
        if (r >= 1 && r <= 20) {
            f->found[r].gold++;
            f->found[r].hit += hit;
        }
    }
    if (!nq)
        return 0;
    for (size_t i = 0; i < ng; i++) {
        const event *pick = &q[0];
        for (size_t j = 0; j < nq; j++)
            if (strncmp(q[j].code, g[i].code, 2) == 0) {
                pick = &q[j];
                break;
            }
        hist_count(&f->hist_clause, g[i].flags & FLAG_H, pick->hist);
        differ |= !!(g[i].flags & FLAG_H) != !!pick->hist;
    }
    return differ;
}

/* Matches one sentence's gold events g[0..ng) and dyad's p[0..np), one to
** one; gold events that are not history are served first. */
static void score_sentence(event *g, size_t ng, event *p, size_t np, figures *f)
{
    int used[np ? np : 1], used_s[np ? np : 1];
    memset(used, 0, sizeof used);
    memset(used_s, 0, sizeof used_s);
    f->sentences++;
    if (ng) {
        f->sent_with_gold++;
        if (np)
            f->sent_found++;
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < ng; i++) {
            if (!!(g[i].flags & FLAG_H) != pass)
                continue;
            g[i].matched = 0;
            for (size_t j = 0; j < np; j++)
                if (!used[j] && same(&g[i], &p[j], 0)) {
                    used[j] = 1 + (int)pass;
                    g[i].matched = 1;
                    g[i].hist = p[j].hist;
                    break;
                }
        }
    long strict_hit = 0;
    for (size_t i = 0; i < ng; i++)
        for (size_t j = 0; j < np; j++)
            if (!used_s[j] && same(&g[i], &p[j], 1)) {
                used_s[j] = 1;
                strict_hit++;
                break;
            }
    for (size_t i = 0; i < ng; i++) {
        int r = root_of(&g[i]);
        f->all.gold++;
        f->all.hit += g[i].matched;
        f->strict.gold++;
        if (r >= 1 && r <= 20) {
            f->root[r].gold++;
            f->root[r].hit += g[i].matched;
        }
        if (!(g[i].flags & FLAG_H)) {
            f->no_hist.gold++;
            f->no_hist.hit += g[i].matched;
        }
        tally *t = g[i].flags & (FLAG_S | FLAG_T) ? &f->context : &f->local;
        t->gold++;
        t->hit += g[i].matched;
        if (g[i].matched)
            hist_count(&f->hist_matched, g[i].flags & FLAG_H, g[i].hist);
    }
    for (size_t j = 0; j < np; j++) {
        int r = root_of(&p[j]);
        f->all.pred++;
        f->strict.pred++;
        if (r >= 1 && r <= 20)
            f->root[r].pred++;
        if (used[j] != 2)   /* a match to a history event is neither right nor wrong here */
            f->no_hist.pred++;
    }
    f->strict.hit += strict_hit;
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }

static void print_tally(const char *name, const tally *t, long pred_override)
{
    long pred = pred_override >= 0 ? pred_override : t->pred;
    double p = ratio(t->hit, pred), r = ratio(t->hit, t->gold);
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    if (pred_override == -2)
        printf("  %-30s %6ld gold %27s recall %.3f\n", name, t->gold, "", r);
    else
        printf("  %-30s %6ld gold %6ld dyad %6ld match  P %.3f  R %.3f  F1 %.3f\n", name,
               t->gold, pred, t->hit, p, r, f1);
}

/* How well dyad's historical flag finds the gold's H. */
static void print_hist(const char *name, const hist_tally *h)
{
    long judged = h->tp + h->fp + h->fn + h->tn;
    double p = ratio(h->tp, h->tp + h->fp), r = ratio(h->tp, h->tp + h->fn);
    printf("  %-30s %6ld gold (%ld H)  dyad H %ld, right %ld  P %.3f  R %.3f\n", name, judged,
           h->tp + h->fn, h->tp + h->fp, h->tp, p, r);
}

static void print_figures(const char *title, const figures *f, int partial)
{
    printf("%s\n", title);
    printf("  sentences %ld, reporting an event %ld, of them with a dyad event %ld (%.1f%%)\n",
           f->sentences, f->sent_with_gold, f->sent_found,
           100.0 * ratio(f->sent_found, f->sent_with_gold));
    print_tally("lenient (country pair, root)", &f->all, -1);
    print_tally("strict (full codes)", &f->strict, -1);
    print_tally("lenient, history left out", &f->no_hist, -1);
    print_tally("actors named in the sentence", &f->local, -2);
    print_tally("actors from the article (S/T)", &f->context, -2);
    print_hist("history flag, matched events", &f->hist_matched);
    if (partial) {
        print_hist("history flag, partial coding", &f->hist_clause);
        print_tally("root found, partial mode", &f->found[0], -2);
    }
    printf("  per root (lenient)%s:\n", partial ? "; root found in partial mode" : "");
    for (int r = 1; r <= 20; r++) {
        if (!f->root[r].gold && !f->root[r].pred)
            continue;
        char name[24];
        snprintf(name, sizeof name, "root %02d", r);
        print_tally(name, &f->root[r], -1);
        if (partial && f->found[r].gold)
            printf("  %-30s %6ld gold %27s found  %.3f\n", "", f->found[r].gold, "",
                   ratio(f->found[r].hit, f->found[r].gold));
    }
}

static void print_events(const char *label, const event *e, size_t n)
{
    printf("    %s:", label);
    for (size_t i = 0; i < n; i++)
        printf(" %s>%s:%s%s", e[i].src, e[i].tgt, e[i].code,
               e[i].flags ? (e[i].flags & FLAG_H ? "/H" : "/ctx") : "");
    printf("%s\n", n ? "" : " -");
}

/* With --show: the sentence, the gold events and dyad's, where they differ
** (leniently). For studying the dev split; the text comes from ../shared. */
static void show_sentence(const article *a, size_t k)
{
    const sentence *g = &a->gold[k], *o = &a->other[k];
    const event *ge = gold_ev.ev + g->first, *oe = other_ev.ev + o->first;
    size_t hits = 0;
    for (size_t i = 0; i < g->count; i++)
        hits += ge[i].matched;
    if (hits == g->count && hits == o->count)
        return;
    printf("%s %u\n", a->id, g->start);
    if (a->text)
        printf("    %.*s\n", (int)(g->end - g->start), a->text + g->start);
    print_events("gold", ge, g->count);
    print_events("dyad", oe, o->count);
    const sentence *q = &a->part[k];
    print_events("partial", part_ev.ev + q->first, q->count);
}

/* Lenient P/R/F1 of the chosen split against the gold. */
static void score(int split, figures *f)
{
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < narts; i++) {
        article *a = &arts[i];
        if (split >= 0 && a->split != split)
            continue;
        for (size_t k = 0; k < a->ngold; k++) {
            score_sentence(gold_ev.ev + a->gold[k].first, a->gold[k].count,
                           other_ev.ev + a->other[k].first, a->other[k].count, f);
            if (score_history(gold_ev.ev + a->gold[k].first, a->gold[k].count,
                              part_ev.ev + a->part[k].first, a->part[k].count, f) &&
                show && a->text)
                printf("%s %u\n    %.*s\n    history: the gold and dyad's date reader differ\n",
                       a->id, a->gold[k].start, (int)(a->gold[k].end - a->gold[k].start),
                       a->text + a->gold[k].start);
            if (show)
                show_sentence(a, k);
        }
    }
}

/* ---- agreement between two annotators ---------------------------------- */

/* A sentence's label for kappa: the sorted set of roots it reports. */
static unsigned long root_set(const event *e, size_t n)
{
    unsigned long m = 0;
    for (size_t i = 0; i < n; i++)
        m |= 1ul << root_of(&e[i]);
    return m;
}

static double kappa(const unsigned long *a, const unsigned long *b, size_t n)
{
    size_t agree = 0;
    for (size_t i = 0; i < n; i++)
        agree += a[i] == b[i];
    double pe = 0;
    for (size_t i = 0; i < n; i++) {   /* each distinct label once */
        int first = 1;
        for (size_t j = 0; j < i; j++)
            if (a[j] == a[i])
                first = 0;
        if (!first)
            continue;
        size_t ca = 0, cb = 0;
        for (size_t j = 0; j < n; j++) {
            ca += a[j] == a[i];
            cb += b[j] == a[i];
        }
        pe += ratio((long)ca, (long)n) * ratio((long)cb, (long)n);
    }
    double po = ratio((long)agree, (long)n);
    return pe < 1 ? (po - pe) / (1 - pe) : 1.0;
}

static void agreement(int split)
{
    size_t n = 0, cap = 0;
    unsigned long *la = NULL, *lb = NULL, *pa = NULL, *pb = NULL;
    figures f;
    memset(&f, 0, sizeof f);
    for (size_t i = 0; i < narts; i++) {
        article *a = &arts[i];
        if (!a->has_other || (split >= 0 && a->split != split))
            continue;
        for (size_t k = 0; k < a->ngold; k++) {
            if (n == cap) {
                cap = cap ? 2 * cap : 256;
                la = eval_realloc(la, cap * sizeof *la);
                lb = eval_realloc(lb, cap * sizeof *lb);
                pa = eval_realloc(pa, cap * sizeof *pa);
                pb = eval_realloc(pb, cap * sizeof *pb);
            }
            event *g = gold_ev.ev + a->gold[k].first, *o = other_ev.ev + a->other[k].first;
            la[n] = root_set(g, a->gold[k].count);
            lb[n] = root_set(o, a->other[k].count);
            pa[n] = la[n] != 0;
            pb[n] = lb[n] != 0;
            n++;
            score_sentence(g, a->gold[k].count, o, a->other[k].count, &f);
        }
    }
    printf("agreement on %zu sentences annotated twice\n", n);
    printf("  Cohen's kappa, root level (each sentence's set of roots): %.3f\n", kappa(la, lb, n));
    printf("  Cohen's kappa, event or none:                             %.3f\n", kappa(pa, pb, n));
    print_figures("events (first annotator as gold, second in dyad's place; F1 is symmetric)", &f,
                  0);
    free(la);
    free(lb);
    free(pa);
    free(pb);
}

static void usage(void)
{
    fputs("usage: dyad-eval [--set DIR] [--corpus FILE] [--dict DIR | --petrarch-dicts DIR]\n"
          "                 [--split dev|test|check|all] [--agreement | --against FILE | --quotes]\n"
          "                 [--min-recall R] [--min-precision P] [--show]\n"
          "Scores dyad on the annotated real-news set (docs/annotation.md). --min-* make\n"
          "the exit status 1 when the split's lenient figures fall below them.\n"
          "--agreement compares the second annotator (gold/second.tsv) with the first;\n"
          "--against FILE compares any file in the annotation format instead.\n"
          "--quotes scores dyad's quotes and speakers on tests/data/article/quotes.tsv.\n"
          "--show prints every sentence where the two sides differ, for the dev split\n"
          "only: the test and check splits are scored, never studied.\n",
          stderr);
}

int main(int argc, char **argv)
{
    const char *set = "tests/data/eval", *corpus = "../shared/corpus/news.jsonl";
    const char *dict = "data/dict", *petr = NULL, *split_name = "all", *against = NULL;
    double min_recall = -1, min_precision = -1;
    int agree = 0, quotes = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--agreement") == 0) { agree = 1; continue; }
        if (strcmp(a, "--show") == 0) { show = 1; continue; }
        if (strcmp(a, "--quotes") == 0) { quotes = 1; continue; }
        if (!v) { usage(); return 2; }
        if (strcmp(a, "--set") == 0) set = v;
        else if (strcmp(a, "--corpus") == 0) corpus = v;
        else if (strcmp(a, "--dict") == 0) dict = v;
        else if (strcmp(a, "--petrarch-dicts") == 0) petr = v;
        else if (strcmp(a, "--split") == 0) split_name = v;
        else if (strcmp(a, "--against") == 0) against = v;
        else if (strcmp(a, "--min-recall") == 0) min_recall = atof(v);
        else if (strcmp(a, "--min-precision") == 0) min_precision = atof(v);
        else { usage(); return 2; }
        i++;
    }
    if (quotes)
        return eval_quotes("tests/data/article/quotes.tsv", corpus, dict, show);
    int split = strcmp(split_name, "all") == 0 ? -1 : split_named(split_name);
    if (split == -1 && strcmp(split_name, "all") != 0) {
        fprintf(stderr, "dyad-eval: unknown split '%s': use dev, test, check or all\n", split_name);
        return 2;
    }
    if (show && split != SPLIT_DEV) {
        fputs("dyad-eval: --show studies the dev split only (add --split dev): the test and\n"
              "check splits are scored, never read sentence by sentence\n", stderr);
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/articles.tsv", set);
    if (read_articles(path) != 0)
        return 2;
    for (int k = 1; k <= 99; k++) { /* primary-N.tsv, one per batch; gaps allowed */
        snprintf(path, sizeof path, "%s/gold/primary-%d.tsv", set, k);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        fclose(f);
        read_annotations(path, 0);
    }
    if (agree && !against) {
        snprintf(path, sizeof path, "%s/gold/second.tsv", set);
        against = path;
    }
    if (against && read_annotations(against, 1) != 0)
        return 2;
    if (errors) {
        fprintf(stderr, "dyad-eval: %d problems in the annotations; fix them first\n", errors);
        return 2;
    }
    if (against) {
        agreement(split);
        return 0;
    }
    if (code_articles(corpus, dict, petr) != 0)
        return 2;
    figures f;
    score(split, &f);
    char title[256];
    snprintf(title, sizeof title, "dyad (%s) on the %s split", petr ? "PETRARCH2 dictionaries" :
             "its own dictionaries", split_name);
    print_figures(title, &f, 1);
    double p = ratio(f.all.hit, f.all.pred), r = ratio(f.all.hit, f.all.gold);
    if ((min_recall >= 0 && r < min_recall) || (min_precision >= 0 && p < min_precision)) {
        printf("below the floor: lenient recall %.3f (floor %.3f), precision %.3f (floor %.3f)\n",
               r, min_recall, p, min_precision);
        return 1;
    }
    return 0;
}
