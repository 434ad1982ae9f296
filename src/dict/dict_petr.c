/*
** dict_petr.c — reader for PETRARCH2's dictionary files (the format of
** openeventdata/petrarch2 docs/source/dictionaries.rst), into the same model
** as dyad's own format.
**
** Mapping:
**   actors   NAME_WORDS [CODE] / +SYNONYM / \t[CODE restriction]: one entry;
**            "<d" is ..d, ">d" is d.., "d1-d2" is d1..d2 (all inclusive);
**            YYMMDD years 00-30 are 20YY, others 19YY; [CODE] alone is the
**            undated code; "---" is the null code (no code).
**   agents   PHRASE {PLURAL} [~CODE] or [CODE~]; !MARK! = A, B substitution
**            sets; regular plurals made when no {} is given.
**   discards PHRASE (sentence) or +PHRASE (story).
**   verbs    &SYNSET with +members (plurals made unless the label or the
**            member ends in '_'); "--- NAME [CODE] ---" starts a block whose
**            verbs share its patterns; "- pre * post [CODE]" patterns with $ +
**            % ^ &SET {noun phrase} (prepositional phrase) and '_' for words
**            that must be adjacent; "[a:b]" gives code and code2.
** Words joined by '_' in names become separate words (all adjacent).
** Regular verb forms are not generated: the coder looks verbs up by lemma.
*/
#include "dict/dict_int.h"
#include "text/utf8.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

char *dict_slurp(const char *path, size_t *len);

#define WARN(d, line, ...) dict_report((d), DYAD_WARNING, (d)->file, (line), __VA_ARGS__)

/* Line source with PETRARCH's comment rules: lines starting with '#' or
** "<!", <!-- ... --> (also across lines), and text after '#'. Lines that
** are not text (a NUL byte, invalid UTF-8) or do not fit buf are warned
** about and skipped, never cut short or kept with bad bytes. */
typedef struct lines {
    dict *d;
    const char *p, *end;
    uint32_t line;
    int in_comment;
    char buf[4096];
} lines;

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Next non-empty line into L->buf, or 0 at the end. *indent: it started
** with a blank. */
static int next_line(lines *L, int *indent, int semicolon_comments)
{
    while (L->p < L->end) {
        const char *nl = memchr(L->p, '\n', (size_t)(L->end - L->p));
        const char *le = nl ? nl : L->end;
        const char *s = L->p;
        size_t n = (size_t)(le - s);
        L->p = nl ? nl + 1 : L->end;
        L->line++;
        if (n >= sizeof L->buf) {
            WARN(L->d, L->line, "line longer than %zu bytes; line skipped",
                 sizeof L->buf - 1);
            continue;
        }
        const char *nul = memchr(s, 0, n);
        if (nul) {
            WARN(L->d, L->line, "NUL byte at column %zu; the file is not text; line skipped",
                 (size_t)(nul - s) + 1);
            continue;
        }
        size_t ok = utf8_valid_prefix(s, n);
        if (ok < n) {
            WARN(L->d, L->line, "invalid UTF-8 at column %zu; save the file as UTF-8; line "
                                "skipped", ok + 1);
            continue;
        }
        memcpy(L->buf, s, n);
        L->buf[n] = 0;
        char *b = L->buf;
        if (L->in_comment) {
            char *e = strstr(b, "-->");
            if (!e)
                continue;
            L->in_comment = 0;
            memmove(b, e + 3, strlen(e + 3) + 1);
        }
        for (char *o; (o = strstr(b, "<!--")) != NULL;) {
            char *e = strstr(o + 4, "-->");
            if (!e) {
                *o = 0;
                L->in_comment = 1;
                break;
            }
            memmove(o, e + 3, strlen(e + 3) + 1);
        }
        if (b[0] == '#')
            continue;
        char *h = strchr(b, '#');
        if (h)
            *h = 0;
        if (semicolon_comments && (h = strchr(b, ';')) != NULL)
            *h = 0;
        *indent = is_sp(b[0]);
        size_t k = strlen(b);
        while (k && is_sp(b[k - 1]))
            b[--k] = 0;
        char *t = b;
        while (is_sp(*t))
            t++;
        if (!*t)
            continue;
        if (t != b)
            memmove(b, t, strlen(t) + 1);
        return 1;
    }
    return 0;
}

/* Entries of every kind added so far: a file that adds none but had
** problems is not a PETRARCH file of the kind asked for. */
static long added(const dict *d)
{
    long n = (long)d->nverbs + (long)d->nblocks;
    for (int k = 0; k < DICT_NKINDS; k++)
        n += d->counts[k];
    return n;
}

typedef void (*petr_body)(dict *d, lines *L);

/* Runs body over text[0..len) (named name in messages; a UTF-8 BOM is
** skipped). text is only read. */
static int petr_mem(dict *d, const char *name, const char *text, size_t len, petr_body body,
                    const char *what)
{
    lines L;
    memset(&L, 0, sizeof L);
    dict_file_begin(d, name);
    d->petr = 1;
    L.d = d;
    L.p = text;
    L.end = text + len;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        L.p += 3;
    long before = added(d), warn0 = d->nwarnings;
    body(d, &L);
    dict_quirk_summary(d, d->file);
    d->petr = 0;
    if (d->oom)
        return DYAD_ENOMEM;
    if (added(d) == before && d->nwarnings > warn0) {
        dict_report(d, DYAD_ERROR, d->file, 0,
                    "nothing usable in this file (%ld problems above); check that it is a "
                    "PETRARCH2 %s file",
                    d->nwarnings - warn0, what);
        return DYAD_EDICT;
    }
    return DYAD_OK;
}

static int petr_file(dict *d, const char *path, petr_body body, const char *what)
{
    size_t len = 0;
    char *text = dict_slurp(path, &len);
    if (!text) {
        int err = errno;
        if (err == ENOMEM)
            return DYAD_ENOMEM;
        d->file = dict_str(d, dict_intern(d, path, strlen(path)));
        dict_report(d, DYAD_ERROR, d->file, 0, "cannot read: %s", BASE_STRERROR(err));
        return DYAD_EIO;
    }
    int rc = petr_mem(d, path, text, len, body, what);
    dy_free(text);
    return rc;
}

/* Upper-cases code in place; counts the quirks it shows. */
static void fix_code(dict *d, char *code, uint32_t line)
{
    int lower = 0, digit = 0;
    for (char *c = code; *c; c++) {
        if (*c >= 'a' && *c <= 'z') {
            *c = (char)(*c - 32);
            lower = 1;
        }
        if (*c >= '0' && *c <= '9')
            digit = 1;
    }
    if (lower)
        dict_quirk_count(d, Q_LOWER_CODE, line);
    if (strchr(code, '/'))
        dict_quirk_count(d, Q_MULTI_CODE, line);
    else if (digit)
        dict_quirk_count(d, Q_CODE_DIGITS, line);
}

/* YYYYMMDD or YYMMDD -> yyyymmdd, 0 when malformed. */
static int32_t petr_date(dict *d, const char *s, size_t n, uint32_t line)
{
    char buf[9];
    if (n == 6) {
        int yy = (s[0] - '0') * 10 + (s[1] - '0');
        int y = yy <= 30 ? 2000 + yy : 1900 + yy;
        snprintf(buf, sizeof buf, "%04d", y % 10000);
        memcpy(buf + 4, s + 2, 4);
        for (size_t i = 0; i < 6; i++)
            if (s[i] < '0' || s[i] > '9')
                return 0;
        dict_quirk_count(d, Q_YYMMDD, line);
        return dict_date_parse(buf, 8);
    }
    if (n == 8)
        return dict_date_parse(s, 8);
    return 0;
}

/* "[CODE restriction]" at s (s[0] == '['). Adds the code to the entry. */
static void actor_restriction(dict *d, const char *s, uint32_t line)
{
    const char *close = strchr(s, ']');
    if (!close) {
        WARN(d, line, "missing ']' near '%.40s'; line skipped", s);
        return;
    }
    char in[256];
    size_t n = (size_t)(close - s - 1);
    if (n >= sizeof in) {
        WARN(d, line, "restriction longer than %zu bytes near '%.40s'; line skipped",
             sizeof in - 1, s);
        return;
    }
    memcpy(in, s + 1, n);
    in[n] = 0;
    char *p = in;
    while (is_sp(*p))
        p++;
    char *code = p;
    while (*p && !is_sp(*p))
        p++;
    if (*p)
        *p++ = 0;
    if (!*code) {
        WARN(d, line, "empty code '[]'; line skipped");
        return;
    }
    /* the rest, blanks removed */
    char r[256];
    size_t rn = 0;
    int spaces = 0;
    for (char *q = p; *q && rn + 1 < sizeof r; q++) {
        if (is_sp(*q)) {
            if (rn)
                spaces = 1;
            continue;
        }
        r[rn++] = *q;
    }
    r[rn] = 0;
    if (code[0] >= '0' && code[0] <= '9') {
        WARN(d, line, "restriction without a code near '[%s'; line skipped", in);
        return;
    }
    fix_code(d, code, line);
    /* "[:173]": only the target's event */
    int null = strcmp(code, "---") == 0 || !code[0];
    if (!rn) {
        if (!null)
            dict_entry_code(d, code, strlen(code), 0, 0, 0, line);
        return;
    }
    if (spaces)
        dict_quirk_count(d, Q_DATE_SPACE, line);
    int32_t from = DICT_DATE_MIN, to = DICT_DATE_MAX;
    if (r[0] == '<' || r[0] == '>') {
        int32_t v = petr_date(d, r + 1, rn - 1, line);
        if (!v)
            goto bad;
        if (r[0] == '<')
            to = v;
        else
            from = v;
    } else {
        char *dash = strchr(r, '-');
        if (!dash) {
            WARN(d, line, "date restriction '%s' has no '<', '>' or '-'; write [CODE <date], "
                          "[CODE >date] or [CODE date-date]; line skipped", r);
            dict_quirk_count(d, Q_BAD_DATE, line);
            return;
        }
        from = petr_date(d, r, (size_t)(dash - r), line);
        to = petr_date(d, dash + 1, strlen(dash + 1), line);
        if (!from || !to)
            goto bad;
        if (from > to) {
            WARN(d, line, "date range '%s' ends before it starts; line skipped", r);
            dict_quirk_count(d, Q_BAD_DATE, line);
            return;
        }
    }
    if (!null)
        dict_entry_code(d, code, strlen(code), 1, from, to, line);
    return;
bad:
    WARN(d, line, "bad date near '%s'; dates are YYYYMMDD or YYMMDD; line skipped", r);
    dict_quirk_count(d, Q_BAD_DATE, line);
}

static void actors_body(dict *d, lines *L)
{
    int indent;
    while (!d->oom && next_line(L, &indent, 1)) {
        char *b = L->buf;
        if (b[0] == '[') {
            if (!d->cur.active)
                WARN(d, L->line, "date restriction without an actor above; line skipped");
            else
                actor_restriction(d, b, L->line);
            continue;
        }
        int syn = b[0] == '+';
        if (syn && !d->cur.active) {
            WARN(d, L->line, "synonym '%.40s' without an actor above; line skipped", b);
            continue;
        }
        if (!syn) {
            dict_entry_commit(d);
            dict_entry_begin(d, DICT_ACTOR, L->line);
        }
        char *name = b + syn;
        char *br = strchr(name, '[');
        size_t n = br ? (size_t)(br - name) : strlen(name);
        while (n && is_sp(name[n - 1]))
            n--;
        if (!n) {
            WARN(d, L->line, "empty name; line skipped");
            continue;
        }
        dict_entry_name(d, name, n, L->line);
        if (br)
            actor_restriction(d, br, L->line);
    }
    dict_entry_commit(d);
}

int dict_petr_actors(dict *d, const char *path)
{
    return petr_file(d, path, actors_body, "actors");
}

int dict_petr_actors_mem(dict *d, const char *name, const char *text, size_t len)
{
    return petr_mem(d, name, text, len, actors_body, "actors");
}

/* Regular plural of the last word of phrase (upper-case), into out. */
static void make_plural(const char *s, size_t n, char *out, size_t cap)
{
    if (n + 4 > cap) {
        out[0] = 0;
        return;
    }
    memcpy(out, s, n);
    char last = n ? s[n - 1] : 0, before = n > 1 ? s[n - 2] : 0;
    if ((last == 'Y' || last == 'y') && !strchr("AEIOUaeiou", before))
        memcpy(out + n - 1, "IES", 4);
    else if (last == 'S' || last == 's' || last == 'X' || last == 'x')
        memcpy(out + n, "ES", 3);
    else
        memcpy(out + n, "S", 2);
}

typedef struct marker {
    char name[32];
    char items[16][48];
    int n;
} marker;

static void agents_body(dict *d, lines *L)
{
    marker marks[16];
    int nmarks = 0, indent;
    while (!d->oom && next_line(L, &indent, 0)) {
        char *b = L->buf;
        char *br = strchr(b, '[');
        if (strchr(b, '!') && strchr(b, '=') && !br) {
            char *a = strchr(b, '!'), *z = a ? strchr(a + 1, '!') : NULL;
            char *eq = strchr(b, '=');
            if (!z || nmarks == 16 || (size_t)(z - a - 1) >= sizeof marks[0].name) {
                WARN(d, L->line, "bad substitution marker; write !NAME! = A, B, C");
                continue;
            }
            marker *m = &marks[nmarks++];
            snprintf(m->name, sizeof m->name, "%.*s", (int)(z - a - 1), a + 1);
            m->n = 0;
            char *save;
            for (char *it = strtok_r(eq + 1, ",", &save); it;
                 it = strtok_r(NULL, ",", &save)) {
                while (is_sp(*it))
                    it++;
                size_t k = strlen(it);
                while (k && is_sp(it[k - 1]))
                    k--;
                if (!k)
                    continue;
                if (m->n == 16 || k >= sizeof m->items[0]) {
                    WARN(d, L->line, "substitution item '%.*s' skipped; a marker has at most "
                                     "16 items of at most %zu bytes",
                         (int)(k < 40 ? k : 40), it, sizeof m->items[0] - 1);
                    continue;
                }
                snprintf(m->items[m->n++], sizeof m->items[0], "%.*s", (int)k, it);
            }
            continue;
        }
        if (!br || !strchr(br, ']')) {
            WARN(d, L->line, "agent without a [CODE] near '%.40s'; line skipped", b);
            continue;
        }
        char code[64];
        char *ce = strchr(br, ']');
        size_t cn = (size_t)(ce - br - 1);
        if (cn >= sizeof code)
            cn = sizeof code - 1;
        memcpy(code, br + 1, cn);
        code[cn] = 0;
        int prefix = 0;
        char *c = code;
        while (is_sp(*c))
            c++;
        size_t k = strlen(c);
        while (k && is_sp(c[k - 1]))
            c[--k] = 0;
        if (c[0] == '~') {
            c++;
        } else if (k && c[k - 1] == '~') {
            c[--k] = 0;
            prefix = 1;
        } else {
            WARN(d, L->line, "agent code '%s' has no '~'; taken as ~%s", c, c);
        }
        fix_code(d, c, L->line);
        if (!dict_agent_code_known(c, strlen(c)))
            dict_quirk_count(d, Q_UNKNOWN_AGENT, L->line);
        /* phrase and plural */
        *br = 0;
        char *ob = strchr(b, '{'), *plural = NULL;
        size_t pn = 0;
        int has_plural_braces = 0;
        if (ob) {
            char *cb = strchr(ob, '}');
            if (!cb) {
                WARN(d, L->line, "missing '}' near '%.40s'; line skipped", ob);
                continue;
            }
            has_plural_braces = 1;
            plural = ob + 1;
            while (is_sp(*plural))
                plural++;
            pn = (size_t)(cb - plural);
            while (pn && is_sp(plural[pn - 1]))
                pn--;
            *ob = 0;
        }
        size_t n = strlen(b);
        while (n && is_sp(b[n - 1]))
            b[--n] = 0;
        if (!n) {
            WARN(d, L->line, "agent without a phrase; line skipped");
            continue;
        }
        dict_entry_begin(d, DICT_AGENT, L->line);
        snprintf(d->cur.code, sizeof d->cur.code, "%s", c);
        d->cur.prefix = prefix;
        char *m1 = strchr(b, '!');
        if (m1) {
            char *m2 = strchr(m1 + 1, '!');
            int mi = -1;
            for (int i = 0; m2 && i < nmarks; i++)
                if ((size_t)(m2 - m1 - 1) == strlen(marks[i].name) &&
                    memcmp(m1 + 1, marks[i].name, strlen(marks[i].name)) == 0)
                    mi = i;
            if (mi < 0) {
                WARN(d, L->line, "unknown substitution marker near '%.30s'; define it with "
                                "!NAME! = A, B; line skipped", m1);
                dict_entry_abandon(d);
                continue;
            }
            for (int i = 0; i < marks[mi].n; i++) {
                char nm[sizeof L->buf + sizeof marks[0].items[0]];
                int len = snprintf(nm, sizeof nm, "%.*s%s%s", (int)(m1 - b), b,
                                   marks[mi].items[i], m2 + 1);
                if (len > 0 && (size_t)len < sizeof nm)
                    dict_entry_name(d, nm, (size_t)len, L->line);
            }
        } else {
            dict_entry_name(d, b, n, L->line);
            if (has_plural_braces) {
                if (pn)
                    dict_entry_name(d, plural, pn, L->line);
            } else {
                char pl[sizeof L->buf + 4];
                make_plural(b, n, pl, sizeof pl);
                if (pl[0])
                    dict_entry_name(d, pl, strlen(pl), L->line);
            }
        }
        dict_entry_commit(d);
    }
}

int dict_petr_agents(dict *d, const char *path)
{
    return petr_file(d, path, agents_body, "agents");
}

int dict_petr_agents_mem(dict *d, const char *name, const char *text, size_t len)
{
    return petr_mem(d, name, text, len, agents_body, "agents");
}

static void discards_body(dict *d, lines *L)
{
    int indent;
    while (!d->oom && next_line(L, &indent, 0)) {
        char *b = L->buf;
        int story = b[0] == '+';
        char *s = b + story;
        while (is_sp(*s))
            s++;
        if (!*s) {
            WARN(d, L->line, "empty discard phrase; line skipped");
            continue;
        }
        dict_entry_begin(d, DICT_DISCARD, L->line);
        d->cur.story = story;
        dict_entry_name(d, s, strlen(s), L->line);
        dict_entry_commit(d);
    }
}

int dict_petr_discards(dict *d, const char *path)
{
    return petr_file(d, path, discards_body, "discards");
}

int dict_petr_discards_mem(dict *d, const char *name, const char *text, size_t len)
{
    return petr_mem(d, name, text, len, discards_body, "discards");
}

/* ---- verbs ---- */

typedef struct vstate {
    dict *d;
    uint32_t block;
    char block_code[16];
    int in_block;
    int32_t syn;
    int syn_noplural;
    int syn_skip;           /* members of a rejected synset follow */
    int32_t *vhead;         /* by lemma id: last verb added with it, -1 */
    size_t vheadcap;
    int32_t *vprev;         /* by verb index: the previous verb with its lemma */
    size_t vprevcap;
} vstate;

/* Strips the trailing '_' PETRARCH uses to mean "whole word". */
static size_t strip_us(const char *s, size_t n)
{
    while (n > 1 && s[n - 1] == '_')
        n--;
    return n;
}

static int32_t find_synset(dict *d, const char *s, size_t n)
{
    char name[128];
    n = strip_us(s, n);
    if (n >= sizeof name)
        return -1;
    memcpy(name, s, n);
    name[n] = 0;
    return dict_synset_find(d, name);
}

/* Parses one side of a pattern into elements; returns the count or -1. */
static int parse_side(vstate *v, char *s, dict_elem *out, int max, uint32_t line)
{
    dict *d = v->d;
    int n = 0;
    char *save;
    for (char *tok = strtok_r(s, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        char *t = tok;
        size_t len = strlen(t);
        while (len && (*t == '(' || *t == '{')) {
            if (n == max)
                return -2;
            out[n++] = (dict_elem){*t == '(' ? DICT_EL_PP_OPEN : DICT_EL_NP_OPEN, 0, 0};
            t++, len--;
        }
        /* every closing bracket, however many: a pattern holds at most max
        ** elements, so more than that cannot fit anyway */
        uint8_t closes[64];
        int nclose = 0;
        while (len && (t[len - 1] == ')' || t[len - 1] == '}')) {
            if (nclose == max || nclose == (int)sizeof closes)
                return -2;
            closes[nclose++] = t[--len] == ')' ? DICT_EL_PP_CLOSE : DICT_EL_NP_CLOSE;
        }
        if (len) {
            len = strip_us(t, len);
            /* parts joined by '_' must be adjacent; a part starting with '&'
            ** begins a synset name, which may itself hold '_' (the longest
            ** defined name wins: NEW_&TIETYPES_RELATIONS) */
            const char *part[24];
            size_t plen[24], np = 0;
            for (size_t i = 0; i < len;) {
                size_t j = i;
                while (j < len && t[j] != '_')
                    j++;
                if (j > i) {
                    if (np == 24)
                        return -2;
                    part[np] = t + i;
                    plen[np++] = j - i;
                }
                i = j + 1;
            }
            for (size_t i = 0; i < np;) {
                dict_elem e = {0, i ? DICT_ELF_ADJACENT : 0, 0};
                size_t next = i + 1;
                if (part[i][0] == '&') {
                    int32_t syn = -1;
                    for (size_t j = np; j-- > i && syn < 0;) {
                        syn = find_synset(d, part[i], (size_t)(part[j] + plen[j] - part[i]));
                        next = j + 1;
                    }
                    if (syn < 0) {
                        WARN(d, line, "undefined synset near '%.*s'; pattern skipped",
                             (int)plen[i], part[i]);
                        dict_quirk_count(d, Q_UNDEF_SYNSET, line);
                        return -1;
                    }
                    e.kind = DICT_EL_SYNSET;
                    e.id = (uint32_t)syn;
                } else if (plen[i] == 1 && strchr("$+%^", part[i][0])) {
                    e.kind = part[i][0] == '$'   ? DICT_EL_SOURCE
                             : part[i][0] == '+' ? DICT_EL_TARGET
                             : part[i][0] == '%' ? DICT_EL_COMPOUND
                                                 : DICT_EL_SKIP;
                } else {
                    e.kind = DICT_EL_WORD;
                    e.id = dict_intern_fold(d, part[i], plen[i]);
                }
                if (n == max)
                    return -2;
                out[n++] = e;
                i = next;
            }
        }
        while (nclose) {
            if (n == max)
                return -2;
            out[n++] = (dict_elem){closes[--nclose], 0, 0};
        }
    }
    return n;
}

/* Whether the brackets of pre followed by post nest properly. */
static int balanced(const dict_elem *pre, size_t npre, const dict_elem *post, size_t npost)
{
    uint8_t stack[96];
    size_t sp = 0;
    for (size_t i = 0; i < npre + npost; i++) {
        uint8_t k = i < npre ? pre[i].kind : post[i - npre].kind;
        if (k == DICT_EL_NP_OPEN || k == DICT_EL_PP_OPEN) {
            if (sp == sizeof stack)
                return 0;
            stack[sp++] = k;
        } else if (k == DICT_EL_NP_CLOSE || k == DICT_EL_PP_CLOSE) {
            uint8_t want = k == DICT_EL_NP_CLOSE ? DICT_EL_NP_OPEN : DICT_EL_PP_OPEN;
            if (!sp || stack[--sp] != want)
                return 0;
        }
    }
    return sp == 0;
}

static void verb_pattern(vstate *v, char *b, uint32_t line)
{
    dict *d = v->d;
    if (!v->in_block) {
        WARN(d, line, "pattern before any '--- NAME [CODE] ---' block; line skipped");
        return;
    }
    char *ob = strrchr(b, '['), *cb = ob ? strchr(ob, ']') : NULL;
    if (!ob || !cb) {
        WARN(d, line, "pattern without a [CODE] near '%.40s'; line skipped", b);
        return;
    }
    *cb = 0;
    char *code = ob + 1, *code2 = NULL;
    while (is_sp(*code))
        code++;
    for (char *e = code + strlen(code); e > code && is_sp(e[-1]);)
        *--e = 0;
    char *colon = strchr(code, ':');
    if (colon) {
        *colon = 0;
        code2 = colon + 1;
        dict_quirk_count(d, Q_PAIRED_CODE, line);
    }
    int letters = 0;
    for (char *c = code; *c; c++) {
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z'))
            letters = 1;
        else if (!((*c >= '0' && *c <= '9') || *c == '-') || !code[0]) {
            WARN(d, line, "bad event code near '[%s'; line skipped", code);
            return;
        }
    }
    if (!code[0] && !(code2 && code2[0])) {
        WARN(d, line, "empty event code '[]'; line skipped");
        return;
    }
    if (letters)
        dict_quirk_count(d, Q_CODE_LETTERS, line);
    if (d->opts.verb_code_ok && code[0] && strcmp(code, "---") != 0 &&
        !d->opts.verb_code_ok(d->opts.code_ctx, code))
        WARN(d, line, "event code %s is not in the CAMEO table", code);
    /* "[:173]": only the target's event */
    int null = strcmp(code, "---") == 0 || !code[0];
    if (null)
        dict_quirk_count(d, Q_NULL_VERB_CODE, line);
    if (code2 && strcmp(code2, "---") == 0)
        code2 = NULL;
    *ob = 0;
    char *body = b + 1;   /* past '-' */
    char *star = strchr(body, '*');
    dict_elem pre[48], post[48];
    int npre = 0, npost = 0;
    if (!star) {
        dict_quirk_count(d, Q_NO_STAR, line);
        npost = parse_side(v, body, post, 48, line);
    } else {
        *star = 0;
        npre = parse_side(v, body, pre, 48, line);
        if (npre >= 0)
            npost = parse_side(v, star + 1, post, 48, line);
    }
    if (npre == -2 || npost == -2) {
        WARN(d, line, "pattern too long; line skipped");
        return;
    }
    if (npre < 0 || npost < 0)
        return;
    if (!balanced(pre, (size_t)npre, post, (size_t)npost))
        dict_quirk_count(d, Q_UNBALANCED, line);
    uint32_t flags = npre && pre[0].kind == DICT_EL_TARGET ? DICT_PAT_SUBJECT_TARGET : 0;
    dict_pattern_add(d, v->block + 1, v->block, d->block_names[v->block], null ? NULL : code,
                     code2, pre, (size_t)npre, post, (size_t)npost, flags, line);
}

/* Adds one verb form: "GIVE", "+CALL_OFF", "RE_+ARREST". */
static void verb_form(vstate *v, const char *w, size_t n, const char *code, uint32_t line)
{
    dict *d = v->d;
    n = strip_us(w, n);
    uint32_t before[8], after[8];
    size_t nb = 0, na = 0;
    const char *verb = NULL;
    size_t vl = 0;
    int multi = memchr(w, '_', n) != NULL, plus = memchr(w, '+', n) != NULL;
    if (multi && !plus)
        dict_quirk_count(d, Q_NOPLUS_MULTI, line);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && w[j] != '_')
            j++;
        const char *s = w + i;
        size_t l = j - i;
        int is_verb = (plus && l && s[0] == '+') || (!plus && i == 0);
        if (is_verb && s[0] == '+')
            s++, l--;
        if (l) {
            if (is_verb && !verb) {
                verb = s;
                vl = l;
            } else {
                if ((!verb && nb == 8) || (verb && na == 8)) {
                    WARN(d, line, "verb form '%.*s' has more than 8 words %s the verb; "
                                  "skipped", (int)(n < 40 ? n : 40), w,
                         verb ? "after" : "before");
                    return;
                }
                uint32_t id = dict_intern_fold(d, s, l);
                if (!verb)
                    before[nb++] = id;
                else
                    after[na++] = id;
            }
        }
        i = j + 1;
    }
    if (!verb) {
        WARN(d, line, "verb form '%.*s' names no verb; skipped", (int)n, w);
        return;
    }
    uint32_t lemma = dict_intern_fold(d, verb, vl);
    if (!lemma)
        return;
    if (lemma >= v->vheadcap) {
        size_t old = v->vheadcap;
        if (base_grow((void **)&v->vhead, &v->vheadcap, lemma + 1, sizeof *v->vhead) < 0) {
            d->oom = 1;
            return;
        }
        for (size_t i = old; i < v->vheadcap; i++)
            v->vhead[i] = -1;
    }
    /* the same form again: skip within a block, count across blocks */
    for (int32_t k = v->vhead[lemma]; k >= 0; k = v->vprev[k]) {
        verb_rec *r = &d->verbs[k];
        if (r->v.nbefore == nb && r->v.nafter == na &&
            (!nb || memcmp(r->v.words_before, before, nb * sizeof *before) == 0) &&
            (!na || memcmp(r->v.words_after, after, na * sizeof *after) == 0)) {
            if (r->block == v->block)
                return;
            dict_quirk_count(d, Q_VERB_TWICE, line);
            break;
        }
    }
    if (base_grow((void **)&v->vprev, &v->vprevcap, d->nverbs + 1, sizeof *v->vprev) < 0) {
        d->oom = 1;
        return;
    }
    verb_rec *r = dict_verb_add(d, verb, vl, code, before, nb, after, na, v->block, line);
    if (r) {
        v->vprev[d->nverbs - 1] = v->vhead[lemma];
        v->vhead[lemma] = (int32_t)(d->nverbs - 1);
    }
}

static void verb_line(vstate *v, char *b, uint32_t line)
{
    dict *d = v->d;
    if (!v->in_block) {
        WARN(d, line, "verb '%.40s' before any '--- NAME [CODE] ---' block; line skipped", b);
        return;
    }
    char code[16];
    snprintf(code, sizeof code, "%s", v->block_code);
    char *ob = strchr(b, '[');
    if (ob) {
        char *cb = strchr(ob, ']');
        if (!cb) {
            WARN(d, line, "missing ']' near '%.30s'; line skipped", ob);
            return;
        }
        if ((size_t)(cb - ob - 1) >= sizeof code) {
            WARN(d, line, "code too long near '%.30s'; line skipped", ob);
            return;
        }
        snprintf(code, sizeof code, "%.*s", (int)(cb - ob - 1), ob + 1);
        *ob = 0;
    }
    const char *use = strcmp(code, "---") == 0 ? NULL : code;
    char *forms = strchr(b, '{');
    if (forms) {
        char *fe = strchr(forms, '}');
        if (!fe) {
            WARN(d, line, "missing '}' near '%.30s'; line skipped", forms);
            return;
        }
        *fe = 0;
        *forms++ = 0;
    }
    char *save;
    char *base = strtok_r(b, " \t", &save);
    if (!base) {
        WARN(d, line, "verb line without a verb; line skipped");
        return;
    }
    verb_form(v, base, strlen(base), use, line);
    if (forms)
        for (char *f = strtok_r(forms, " \t", &save); f; f = strtok_r(NULL, " \t", &save))
            verb_form(v, f, strlen(f), use, line);
}

static void verbs_body(dict *d, lines *L)
{
    vstate v = {.d = d, .syn = -1};
    int indent;
    while (!d->oom && next_line(L, &indent, 0)) {
        char *b = L->buf;
        if (b[0] == '+' && v.syn_skip)
            continue;   /* the synset line said so */
        v.syn_skip = 0;
        if (b[0] == '+' && v.syn >= 0) {
            char *m = b + 1;
            size_t n = strlen(m);
            int noplural = v.syn_noplural || (n && m[n - 1] == '_');
            n = strip_us(m, n);
            if (m[0] == '&')
                dict_quirk_count(d, Q_SYNSET_NESTED, L->line);
            dict_synset_member(d, (uint32_t)v.syn, m, n, L->line);
            if (!noplural) {
                char pl[sizeof L->buf + 4];
                make_plural(m, n, pl, sizeof pl);
                if (pl[0])
                    dict_synset_member(d, (uint32_t)v.syn, pl, strlen(pl), L->line);
            }
            continue;
        }
        v.syn = -1;
        if (b[0] == '&') {
            size_t n = strlen(b);
            while (n && is_sp(b[n - 1]))
                n--;
            v.syn_noplural = n && b[n - 1] == '_';
            n = strip_us(b, n);
            if (n > 100) {
                WARN(d, L->line, "synset name longer than 100 bytes near '%.40s'; the synset "
                                 "and its members skipped", b);
                v.syn_skip = 1;
                continue;
            }
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)n, b);
            int32_t old = dict_synset_find(d, name);
            if (old >= 0) {
                WARN(d, L->line, "synset %s defined again (first at line %u); members added to "
                                "the first", name, dict_synset_at(d, (uint32_t)old)->line);
                v.syn = old;
            } else {
                v.syn = dict_synset_add(d, b, n, L->line);
            }
            continue;
        }
        if (b[0] == '~') {
            dict_quirk_count(d, Q_TRANSFORM, L->line);
            continue;
        }
        if (strncmp(b, "---", 3) == 0) {
            char name[128] = "", code[16] = "---";
            char *ob = strchr(b, '['), *cb = ob ? strchr(ob, ']') : NULL;
            if (ob && cb && (size_t)(cb - ob - 1) >= sizeof code) {
                WARN(d, L->line, "code too long near '%.30s'; line skipped", ob);
                continue;
            }
            if (ob && cb)
                snprintf(code, sizeof code, "%.*s", (int)(cb - ob - 1), ob + 1);
            else
                WARN(d, L->line, "block without a [CODE]; taken as [---]");
            if (sscanf(b + 3, " %127s", name) != 1 || name[0] == '[' ||
                strncmp(name, "---", 3) == 0) {
                WARN(d, L->line, "block without a name; line skipped");
                continue;
            }
            v.block = dict_block_add(d, name);
            snprintf(v.block_code, sizeof v.block_code, "%s", code);
            v.in_block = 1;
            continue;
        }
        if (b[0] == '-') {
            verb_pattern(&v, b, L->line);
            continue;
        }
        verb_line(&v, b, L->line);
    }
    dy_free(v.vhead);
    dy_free(v.vprev);
}

int dict_petr_verbs(dict *d, const char *path)
{
    return petr_file(d, path, verbs_body, "verbs");
}

int dict_petr_verbs_mem(dict *d, const char *name, const char *text, size_t len)
{
    return petr_mem(d, name, text, len, verbs_body, "verbs");
}

static int exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

/* Reports that dir has no CAMEO.2.0.txt (path): the verb patterns are
** there, and no other file stands in for it. */
static void no_verb_file(dict *d, const char *dir, const char *path)
{
    char other[4096];
    snprintf(other, sizeof other, "%s/PETR.Validate.verbs.txt", dir);
    d->file = dict_str(d, dict_intern(d, path, strlen(path)));
    dict_report(d, DYAD_ERROR, d->file, 0,
                "missing: PETRARCH2's verb patterns are read from CAMEO.2.0.txt; give the "
                "folder that holds it%s",
                exists(other) ? " (PETR.Validate.verbs.txt here is the fictional set of "
                                "the validation file, which only 'dyad validate' reads)"
                              : "");
}

int dict_petr_dir(dict *d, const char *dir)
{
    /* Exact names: a folder without one of them is an error, never a
    ** reason to read other files that happen to be there. */
    static const char *const names[] = {
        "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"};
    char path[4096];
    int rc = DYAD_OK;
    for (int i = 0; i < 6 && rc != DYAD_ENOMEM; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        int r;
        if (i == 0 && !exists(path)) {
            no_verb_file(d, dir, path);
            r = DYAD_EDICT;
        } else if (i == 0) {
            long before = d->counts[DICT_VERB];
            r = dict_petr_verbs(d, path);
            if (r == DYAD_OK && d->counts[DICT_VERB] == before) {
                dict_report(d, DYAD_ERROR, d->file, 0,
                            "no verb patterns in this file, so no event can be coded; it "
                            "should hold PETRARCH2's verbs ('- * pattern [CODE]' lines)");
                r = DYAD_EDICT;
            }
        } else {
            r = i < 4 ? dict_petr_actors(d, path)
              : i == 4 ? dict_petr_agents(d, path)
                       : dict_petr_discards(d, path);
        }
        if (r == DYAD_ENOMEM)
            rc = r;
        else if (r != DYAD_OK)
            rc = DYAD_EDICT;
    }
    return rc;
}
