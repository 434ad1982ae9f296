/*
** fuzz_jsonl.c — libFuzzer harness for the JSON lines reader, and a
** differential check of its fast path: every line rd_json_fast accepts,
** jansson must accept with the same fields.
*/
#include "fuzz_read_common.h"
#include "text/reader_int.h"

#include <jansson.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void differential(const char *line, size_t n)
{
    size_t need = dyad_utf8_repair(line, n, NULL, 0, NULL, NULL);
    char *a = malloc(need + 1);
    if (!a)
        return;
    dyad_utf8_repair(line, n, a, need + 1, NULL, NULL);
    char *b = malloc(need + 1);
    if (!b) {
        free(a);
        return;
    }
    memcpy(b, a, need + 1);
    rd_jfield f[RD_NFIELDS];
    if (rd_json_fast(a, need, f)) {
        json_t *root = json_loadb(b, need, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
        if (!root || !json_is_object(root))
            abort();
        for (int i = 0; i < RD_NFIELDS; i++) {
            json_t *v = json_object_get(root, rd_field_names[i]);
            int type = v ? (int)json_typeof(v) : -1;
            if (type == JSON_REAL)
                type = JSON_INTEGER;
            if (type != f[i].type)
                abort();
            if (type == JSON_STRING && (json_string_length(v) != f[i].n ||
                                        memcmp(json_string_value(v), f[i].s, f[i].n) != 0))
                abort();
        }
        json_decref(root);
    } else if (memcmp(a, b, need) != 0) {
        abort();   /* a refused line must be left untouched for jansson */
    }
    free(a);
    free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_read("fuzz.jsonl", DYAD_INPUT_JSONL, data, size);
    const char *s = (const char *)data, *e = s + size;
    while (s < e) {
        const char *nl = memchr(s, '\n', (size_t)(e - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(e - s);
        differential(s, n);
        s += n + (nl != NULL);
    }
    return 0;
}
