/*
** fuzz_dict.c — libFuzzer harness for dyad's dictionary format
** (dict_read_mem): every message well-formed, the return code agreeing with
** the errors reported, dict_finish succeeding, and lookups on the result.
*/
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_ndiag = fuzz_nerror = 0;
    dict_opts o = {fuzz_diag, NULL, size && (data[0] & 1) ? fuzz_code_ok : NULL, NULL};
    dict *d = dict_new(&o);
    if (!d)
        abort();
    int rc = dict_read_mem(d, "fuzz.txt", (const char *)data, size);
    if (rc != DYAD_OK && rc != DYAD_EDICT)
        abort();
    if ((rc == DYAD_EDICT) != (fuzz_nerror > 0))
        abort();
    if (dict_finish(d) != DYAD_OK)
        abort();
    fuzz_lookups(d, data, size);
    dict_free(d);
    return 0;
}
