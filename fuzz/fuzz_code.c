/*
** fuzz_code.c — libFuzzer harness for the coder: arbitrary bytes, repaired
** to UTF-8 as the readers do, coded with dyad's own dictionaries (found as
** the program finds them) in both the default and the partial mode, every
** event checked (codes present, a target unless its code stands alone,
** texts inside the sentence, a place with its country, origin and
** coordinates in range) and written in the three
** output formats, every quote checked and written in both of its formats;
** then the raw bytes, as a caller may pass them
** straight in, whose every output line must still be valid UTF-8.
*/
#include "dyad.h"
#include "coder/coder_int.h"   /* coder_code_alone: the coder's own list, not a copy */
#include "text/utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

static dyad_dict *D;
static dyad_coder *C[2];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void quiet(void *ctx, const dyad_diag *d)
{
    (void)ctx;
    (void)d;
}

static void setup(void)
{
    char dir[4096];
    REQUIRE(dyad_data_path(dir, sizeof dir, "dict") > 0);
    REQUIRE(dyad_dict_load_dir(dir, quiet, NULL, &D) == DYAD_OK);
    dyad_coder_opts normal = {.explain = 1}, partial = {.partial = 1, .all_modalities = 1};
    REQUIRE(dyad_coder_new(D, &normal, quiet, NULL, &C[0]) == DYAD_OK);
    REQUIRE(dyad_coder_new(D, &partial, quiet, NULL, &C[1]) == DYAD_OK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!D)
        setup();
    size_t need = dyad_utf8_repair((const char *)data, size, NULL, 0, NULL, NULL);
    char *text = malloc(need + 1);
    REQUIRE(text);
    dyad_utf8_repair((const char *)data, size, text, need + 1, NULL, NULL);
    for (size_t i = 0; i < need; i++)   /* the readers turn NUL bytes into spaces */
        if (text[i] == '\0')
            text[i] = ' ';
    dyad_doc doc = {.id = "fuzz", .date = "2024-03-21", .source = "", .url = "", .title = "",
                    .text = text, .text_len = need, .file = "fuzz", .line = 1};
    char line[1 << 16];
    for (int m = 0; m < 2; m++) {
        REQUIRE(dyad_coder_code(C[m], &doc) == DYAD_OK);
        size_t n = dyad_coder_event_count(C[m]);
        for (size_t i = 0; i < n; i++) {
            const dyad_event *e = dyad_coder_event(C[m], i);
            REQUIRE(e->source[0] && e->code[0] && e->modality[0]);
            REQUIRE(e->target[0] ? strcmp(e->source, e->target) != 0 : coder_code_alone(e->code));
            REQUIRE(m == 1 || strcmp(e->modality, "negated") != 0);
            REQUIRE(e->sentence && strlen(e->sentence) <= need);
            REQUIRE(strstr(text, e->sentence) != NULL);
            REQUIRE(e->place && e->place_country && e->place_from);
            REQUIRE(!e->place[0] || (strlen(e->place_country) == 3 && e->place_from[0]));
            REQUIRE(!e->place_has_coords || (e->place_lat >= -90 && e->place_lat <= 90 &&
                                             e->place_lon >= -180 && e->place_lon <= 180));
            for (int f = 0; f < 3; f++) {
                size_t len = dyad_event_format(e, (dyad_output_format)f, (long)i, 1, line,
                                               sizeof line);
                REQUIRE(len > 0 && (len >= sizeof line || line[len - 1] == '\n'));
                if (f == DYAD_OUT_GDELT && len < sizeof line) {
                    int tabs = 0;
                    for (size_t k = 0; k < len; k++)
                        tabs += line[k] == '\t';
                    REQUIRE(tabs == 60);
                }
            }
        }
        size_t nr = dyad_coder_reject_count(C[m]);
        for (size_t i = 0; i < nr; i++)
            REQUIRE(dyad_coder_reject(C[m], i) != NULL);
        /* quotes: in text order, inside the text, with words, in both formats */
        size_t nq = dyad_coder_quote_count(C[m]);
        for (size_t i = 0; i < nq; i++) {
            const dyad_quote *q = dyad_coder_quote(C[m], i);
            REQUIRE(q && q->text && q->text[0] && q->start <= q->end && q->end <= need);
            REQUIRE(q->sent >= 0 && (!q->speaker || q->speaker[0]));
            REQUIRE(i == 0 || dyad_coder_quote(C[m], i - 1)->sent <= q->sent);
            for (int f = 0; f < 2; f++) {
                size_t len = dyad_quote_format(q, (dyad_render_format)f, line, sizeof line);
                REQUIRE(len > 0 && (len >= sizeof line || line[len - 1] == '\n'));
            }
        }
        REQUIRE(dyad_coder_quote(C[m], nq) == NULL);
    }
    free(text);

    dyad_doc raw;
    dyad_doc_init(&raw, (const char *)data, size);
    REQUIRE(dyad_coder_code(C[0], &raw) == DYAD_OK);
    for (size_t i = 0; i < dyad_coder_event_count(C[0]); i++)
        for (int f = 0; f < 3; f++) {
            size_t len = dyad_event_format(dyad_coder_event(C[0], i), (dyad_output_format)f,
                                           (long)i, 1, line, sizeof line);
            REQUIRE(len > 0);
            REQUIRE(len >= sizeof line || utf8_valid_prefix(line, len) == len);
        }
    return 0;
}
