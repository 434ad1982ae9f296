/*
** fuzz_xml.c — libFuzzer harness for the PETRARCH XML reader: record
** scanning, expat, dates, codings.
*/
#include "fuzz_read_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_read("fuzz.xml", DYAD_INPUT_PETRARCH, data, size);
    return 0;
}
