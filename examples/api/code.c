/*
** code.c — the smallest complete use of libdyad through its public header:
** load dyad's dictionaries, make a coder, code one sentence, print its
** events as JSON lines. Every failure is reported from the handle's
** errmsg, with no diag callback of our own.
**
** Built against an installed dyad (see README.md beside this file):
**
**     cc $(pkg-config --cflags dyad) -o code code.c $(pkg-config --libs dyad)
**     ./code "The Kenyan president visited Ethiopia on Tuesday." 2024-05-14
*/
#include <dyad.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *text = argc > 1 ? argv[1] : "The Kenyan president visited Ethiopia on Tuesday.";
    const char *date = argc > 2 ? argv[2] : "2024-05-14";

    /* The dictionaries installed with dyad: PREFIX/share/dyad/dict, or
    ** wherever $DYAD_DATA points. */
    char dir[4096];
    if (dyad_data_path(dir, sizeof dir, "dict") < 0) {
        fprintf(stderr, "code: the data folder's path is too long\n");
        return 1;
    }
    dyad_dict *dict = NULL;
    int rc = dyad_dict_load_dir(dir, NULL, NULL, &dict);
    if (rc != DYAD_OK) {
        fprintf(stderr, "code: %s\n", dyad_dict_errmsg(dict));
        dyad_dict_free(dict);   /* handed out even on failure */
        return 1;
    }
    dyad_coder *coder = NULL;
    rc = dyad_coder_new(dict, NULL, NULL, NULL, &coder);
    if (rc != DYAD_OK) {
        fprintf(stderr, "code: %s\n", dyad_coder_errmsg(coder));
        dyad_coder_free(coder);
        dyad_dict_free(dict);
        return 1;
    }

    /* One document from a string; id, date and the rest are optional. */
    dyad_doc doc;
    dyad_doc_init(&doc, text, strlen(text));
    doc.id = "example";
    doc.date = date;
    rc = dyad_coder_code(coder, &doc);
    if (rc != DYAD_OK)
        fprintf(stderr, "code: %s\n", dyad_coder_errmsg(coder));

    for (size_t i = 0; i < dyad_coder_event_count(coder); i++) {
        char line[8192];
        size_t n = dyad_event_format(dyad_coder_event(coder, i), DYAD_OUT_JSONL, (long)i + 1, 0,
                                     line, sizeof line);
        if (n >= sizeof line) {
            fprintf(stderr, "code: event %zu needs %zu bytes; skipped\n", i, n);
            continue;
        }
        fputs(line, stdout);
    }
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    return rc == DYAD_OK && fflush(stdout) == 0 ? 0 : 1;
}
