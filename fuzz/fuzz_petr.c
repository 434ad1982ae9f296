/*
** fuzz_petr.c — libFuzzer harness for the PETRARCH2 readers
** (dict_petr_*_mem). The first byte picks the reader: verbs, actors, agents,
** discards, or all four in turn on the rest of the input (so that synsets,
** blocks and names of one kind meet the others in one dict). Checks every
** message, the return codes, dict_finish, and lookups on the result.
*/
#include "fuzz_dict_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef int (*reader_fn)(dict *d, const char *name, const char *text, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const reader_fn readers[4] = {dict_petr_verbs_mem, dict_petr_actors_mem,
                                         dict_petr_agents_mem, dict_petr_discards_mem};
    if (size == 0)
        return 0;
    fuzz_ndiag = fuzz_nerror = 0;
    int pick = data[0] % 5;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    dict_opts o = {fuzz_diag, NULL, data[0] & 8 ? fuzz_code_ok : NULL, NULL};
    dict *d = dict_new(&o);
    if (!d)
        abort();
    for (int i = 0; i < 4; i++) {
        if (pick != 4 && pick != i)
            continue;
        long errors = fuzz_nerror;
        int rc = readers[i](d, "fuzz.txt", text, len);
        if (rc != DYAD_OK && rc != DYAD_EDICT)
            abort();
        /* DYAD_EDICT comes with its one error, and only then */
        if ((rc == DYAD_EDICT) != (fuzz_nerror == errors + 1) || fuzz_nerror > errors + 1)
            abort();
    }
    if (dict_finish(d) != DYAD_OK)
        abort();
    fuzz_lookups(d, (const uint8_t *)text, len);
    dict_free(d);
    return 0;
}
