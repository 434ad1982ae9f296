/*
** render.c — dyad_analyzer: the public face of the language layer. Splits
** a document, analyzes one sentence at a time and renders the analysis as
** JSON (for tests and tools) or as text (for people at a terminal).
*/
#include "dyad.h"
#include "lang/analyze_int.h"
#include "text/doc.h"
#include "text/unbreak.h"
#include "text/utf8.h"

struct dyad_analyzer {
    dyad_text *text;
    lang_analyzer *lang;
    dyad_doc doc;                  /* the caller's, NULL fields made "" */
    char date[11];                 /* doc.date, as YYYY-MM-DD */
    int have_doc;                  /* a split succeeded */
    strbuf out;
    char errmsg[BASE_ERRMSG_MAX];  /* why the last call failed; "" after success */
};

dyad_analyzer *dyad_analyzer_new(void)
{
    dyad_analyzer *a = dy_calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->text = dyad_text_new();
    a->lang = lang_new();
    if (!a->text || !a->lang) {
        dyad_analyzer_free(a);
        return NULL;
    }
    return a;
}

void dyad_analyzer_free(dyad_analyzer *a)
{
    if (!a)
        return;
    dyad_text_free(a->text);
    lang_free(a->lang);
    sb_free(&a->out);
    dy_free(a);
}

int dyad_analyzer_split(dyad_analyzer *a, const dyad_doc *doc)
{
    if (!a)
        return DYAD_EUSAGE;
    a->have_doc = 0;
    int rc = text_doc_check("dyad_analyzer_split", doc, &a->doc, a->date, a->errmsg);
    if (rc != DYAD_OK)
        return rc;
    rc = dyad_text_split(a->text, a->doc.text, a->doc.text_len);
    if (rc == DYAD_EINPUT)
        base_errmsg(a->errmsg, "dyad_analyzer_split: document '%.80s' has %zu bytes, over "
                    "the 4 GiB a document may hold; split it", a->doc.id, a->doc.text_len);
    else if (rc != DYAD_OK)
        base_errmsg(a->errmsg, "dyad_analyzer_split: out of memory");
    /* words broken at a line end read whole, as the coder reads them */
    if (rc == DYAD_OK && !(a->doc.text = text_unbreak(a->text))) {
        rc = DYAD_ENOMEM;
        base_errmsg(a->errmsg, "dyad_analyzer_split: out of memory");
    }
    a->have_doc = rc == DYAD_OK;
    return rc;
}

size_t dyad_analyzer_sentence_count(const dyad_analyzer *a)
{
    return a && a->have_doc ? dyad_text_sentence_count(a->text) : 0;
}

const char *dyad_analyzer_errmsg(const dyad_analyzer *a)
{
    return a ? a->errmsg : "out of memory";
}

static void put_json_str(strbuf *b, const char *s, size_t n)
{
    sb_putc(b, '"');
    sb_json_escape(b, s, n);
    sb_putc(b, '"');
}

/* The text of tokens [first, end) of the sentence, as in the document. */
static void span_text(const lang_sent *ls, uint32_t first, uint32_t end,
                      const char **s, size_t *n)
{
    if (first >= end || end > ls->n) {
        *s = "";
        *n = 0;
        return;
    }
    *s = ls->text + ls->toks[first].start;
    *n = ls->toks[end - 1].start + ls->toks[end - 1].len - ls->toks[first].start;
}

static void put_phrase_ref(strbuf *b, const lang_sent *ls, int32_t p, int json)
{
    if (p < 0) {
        sb_puts(b, json ? "null" : "-");
        return;
    }
    const char *s;
    size_t n;
    span_text(ls, ls->phrases[p].first, ls->phrases[p].end, &s, &n);
    if (json)
        sb_printf(b, "%d", p);
    else {
        sb_putc(b, '[');
        sb_append(b, s, n);
        sb_putc(b, ']');
    }
}

static const char *control_name(int c)
{
    return c == CTRL_SUBJECT ? "subject" : c == CTRL_OBJECT ? "object" : "none";
}

static void render_json(strbuf *b, const dyad_doc *doc, size_t sent, const lang_sent *ls,
                        const dyad_sentence *se)
{
    sb_puts(b, "{\"doc\":");
    put_json_str(b, doc->id, strlen(doc->id));
    sb_printf(b, ",\"sent\":%zu,\"text\":", sent);
    put_json_str(b, doc->text + se->start, se->end - se->start);
    sb_puts(b, ",\"tokens\":[");
    for (size_t i = 0; i < ls->n; i++) {
        const dyad_token *t = &ls->toks[i];
        sb_puts(b, i ? ",{\"text\":" : "{\"text\":");
        put_json_str(b, doc->text + t->start, t->len);
        sb_printf(b, ",\"start\":%u,\"end\":%u,\"tag\":\"%s\",\"lemma\":", t->start,
                  t->start + t->len, tag_name(ls->tags[i]));
        put_json_str(b, ls->lemmas[i], strlen(ls->lemmas[i]));
        sb_putc(b, '}');
    }
    sb_puts(b, "],\"phrases\":[");
    for (size_t i = 0; i < ls->nphrases; i++) {
        const phrase *p = &ls->phrases[i];
        const char *s;
        size_t n;
        span_text(ls, p->first, p->end, &s, &n);
        sb_printf(b, "%s{\"id\":%zu,\"kind\":\"%s\",\"first\":%u,\"end\":%u,\"head\":%u,\"text\":",
                  i ? "," : "", i, phrase_kind_name(p->kind), p->first, p->end, p->head);
        put_json_str(b, s, n);
        if (p->up >= 0)
            sb_printf(b, ",\"up\":%d", p->up);
        if (p->kind == PH_PP && p->np >= 0)
            sb_printf(b, ",\"np\":%d", p->np);
        if (p->kind == PH_VG) {
            sb_printf(b, ",\"voice\":\"%s\",\"modality\":\"%s\"",
                      p->voice == VOICE_PASSIVE ? "passive" : "active", modality_name(p->mod));
            if (p->np >= 0)
                sb_printf(b, ",\"catenative\":%d", p->np);
        }
        if (p->flags) {
            static const char *names[] = {"coord", "possessor", "apposition", "pronoun",
                                          "proper", "possessed", "quantity"};
            sb_puts(b, ",\"flags\":[");
            int any = 0;
            for (int f = 0; f < 7; f++)
                if (p->flags & (1u << f)) {
                    sb_printf(b, "%s\"%s\"", any ? "," : "", names[f]);
                    any = 1;
                }
            sb_putc(b, ']');
        }
        sb_putc(b, '}');
    }
    sb_puts(b, "],\"clauses\":[");
    for (size_t i = 0; i < ls->nclauses; i++) {
        const clause *c = &ls->clauses[i];
        sb_printf(b, "%s{\"id\":%zu,\"kind\":\"%s\",\"parent\":%d,\"first\":%u,\"end\":%u",
                  i ? "," : "", i, clause_kind_name(c->kind), c->parent, c->first, c->end);
        sb_puts(b, ",\"subject\":");
        put_phrase_ref(b, ls, c->subject, 1);
        sb_puts(b, ",\"verb\":");
        put_phrase_ref(b, ls, c->verb, 1);
        sb_puts(b, ",\"object\":");
        put_phrase_ref(b, ls, c->object, 1);
        sb_puts(b, ",\"object2\":");
        put_phrase_ref(b, ls, c->object2, 1);
        sb_puts(b, ",\"agent\":");
        put_phrase_ref(b, ls, c->agent, 1);
        sb_puts(b, ",\"pps\":[");
        for (uint32_t k = 0; k < c->pp_count; k++)
            sb_printf(b, "%s%u", k ? "," : "", ls->pps[c->pp_first + k]);
        sb_printf(b, "],\"quoted\":%s,\"control\":\"%s\",\"xcomp\":", c->quoted ? "true" : "false",
                  control_name(c->ctrl));
        if (c->xcomp >= 0)
            sb_printf(b, "%d}", c->xcomp);
        else
            sb_puts(b, "null}");
    }
    sb_puts(b, "]}\n");
}

static void render_text(strbuf *b, size_t sent, const lang_sent *ls, const dyad_sentence *se,
                        const char *text)
{
    sb_printf(b, "[%zu] ", sent);
    sb_append(b, text + se->start, se->end - se->start);
    sb_puts(b, "\n   ");
    for (size_t i = 0; i < ls->n; i++) {
        const dyad_token *t = &ls->toks[i];
        sb_putc(b, ' ');
        sb_append(b, text + t->start, t->len);
        sb_printf(b, "/%s", tag_name(ls->tags[i]));
        size_t wl = t->len;
        if (strlen(ls->lemmas[i]) != wl || memcmp(ls->lemmas[i], text + t->start, wl) != 0)
            sb_printf(b, "(%s)", ls->lemmas[i]);
    }
    sb_putc(b, '\n');
    for (size_t i = 0; i < ls->nclauses; i++) {
        const clause *c = &ls->clauses[i];
        const phrase *vg = &ls->phrases[c->verb];
        sb_printf(b, "    clause %zu %s", i, clause_kind_name(c->kind));
        if (c->parent >= 0)
            sb_printf(b, " (of %d)", c->parent);
        sb_puts(b, ": subject ");
        put_phrase_ref(b, ls, c->subject, 0);
        sb_puts(b, " verb ");
        put_phrase_ref(b, ls, c->verb, 0);
        sb_printf(b, " (%s%s%s%s)", modality_name(vg->mod),
                  vg->voice == VOICE_PASSIVE ? ", passive" : "", c->quoted ? ", quoted" : "",
                  c->ctrl == CTRL_SUBJECT   ? ", subject's subject"
                  : c->ctrl == CTRL_OBJECT ? ", object's subject"
                                           : "");
        sb_puts(b, " object ");
        put_phrase_ref(b, ls, c->object, 0);
        if (c->object2 >= 0) {
            sb_puts(b, " object2 ");
            put_phrase_ref(b, ls, c->object2, 0);
        }
        if (c->agent >= 0) {
            sb_puts(b, " by ");
            put_phrase_ref(b, ls, c->agent, 0);
        }
        for (uint32_t k = 0; k < c->pp_count; k++) {
            sb_putc(b, ' ');
            put_phrase_ref(b, ls, (int32_t)ls->pps[c->pp_first + k], 0);
        }
        if (c->xcomp >= 0) {
            sb_printf(b, " xcomp %d ", c->xcomp);
            put_phrase_ref(b, ls, ls->clauses[c->xcomp].verb, 0);
        }
        sb_putc(b, '\n');
    }
}

const char *dyad_analyzer_render(dyad_analyzer *a, size_t i, dyad_render_format format)
{
    if (!a)
        return NULL;
    a->errmsg[0] = '\0';
    if (!a->have_doc || i >= dyad_text_sentence_count(a->text)) {
        base_errmsg(a->errmsg, "dyad_analyzer_render: no sentence %zu; the last split gave "
                    "%zu", i, dyad_analyzer_sentence_count(a));
        return NULL;
    }
    if (format != DYAD_RENDER_TEXT && format != DYAD_RENDER_JSON) {
        base_errmsg(a->errmsg, "dyad_analyzer_render: unknown format %d; use DYAD_RENDER_TEXT "
                    "or DYAD_RENDER_JSON", (int)format);
        return NULL;
    }
    const dyad_sentence *se = &dyad_text_sentences(a->text)[i];
    const dyad_token *toks = dyad_text_tokens(a->text) + se->tok_first;
    lang_sent ls;
    sb_reset(&a->out);
    if (lang_analyze(a->lang, a->doc.text, toks, se->tok_count, &ls) == DYAD_OK) {
        if (format == DYAD_RENDER_JSON)
            render_json(&a->out, &a->doc, i, &ls, se);
        else
            render_text(&a->out, i, &ls, se, a->doc.text);
        utf8_repair_sb(&a->out);   /* a caller's text need not be valid UTF-8 */
        if (!a->out.oom)
            return sb_str(&a->out);
    }
    base_errmsg(a->errmsg, "dyad_analyzer_render: out of memory");
    return NULL;
}
