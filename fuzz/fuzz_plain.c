/*
** fuzz_plain.c — libFuzzer harness for the plain-text reader and
** dyad_utf8_repair (sizes, the maximal-subpart count, and idempotence).
*/
#include "fuzz_read_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_read("fuzz.txt", DYAD_INPUT_TEXT, data, size);

    size_t bad, first;
    size_t need = dyad_utf8_repair((const char *)data, size, NULL, 0, &bad, &first);
    char *out = malloc(need + 1);
    if (!out)
        return 0;
    if (dyad_utf8_repair((const char *)data, size, out, need + 1, NULL, NULL) != need)
        abort();
    if (out[need] != '\0' || utf8_valid_prefix(out, need) != need)
        abort();
    if ((bad == 0) != (utf8_valid_prefix((const char *)data, size) == size))
        abort();
    if (bad && first != utf8_valid_prefix((const char *)data, size))
        abort();
    if (bad == 0 && (need != size || memcmp(out, data, size) != 0))
        abort();
    /* A short buffer gets the longest prefix of whole characters that fits. */
    size_t cap = size / 2;
    char *part = malloc(cap + 1);
    if (part) {
        dyad_utf8_repair((const char *)data, size, part, cap, NULL, NULL);
        size_t w = cap < need ? cap : need;
        while (w > 0 && w < need && ((unsigned char)out[w] & 0xC0) == 0x80)
            w--;
        if (memcmp(part, out, w) != 0)
            abort();
        free(part);
    }
    free(out);
    return 0;
}
