/*
** eval.h — the pieces of dyad-eval (tools/eval.c) shared between its files.
*/
#ifndef DYAD_TOOLS_EVAL_H
#define DYAD_TOOLS_EVAL_H

#include <stddef.h>

/* realloc that ends the program with a message when memory runs out. */
void *eval_realloc(void *p, size_t n);

/* --quotes: dyad's quotes and speakers against gold_path; prints the
** figures (with show, each wrong speaker). Returns 0, or 2 when the files
** cannot be read. */
int eval_quotes(const char *gold_path, const char *corpus, const char *dict_dir, int show);

#endif
