/*
** coder.h — what the stages after the coder (views) may use of it beside
** the public dyad.h: questions about actor codes. Internal to libdyad.
*/
#ifndef DYAD_CODER_CODER_H
#define DYAD_CODER_CODER_H

/* The country an actor code starts with: its first three letters ("RUS"
** of RUSGOVMIL, "---" of partial mode's ---GOV, whose country is unknown),
** copied NUL-terminated to cc unless cc is NULL. Returns 1, or 0 when the
** code starts with no country: an organisation of several countries or of
** none (IGO..., NGO...), PETRARCH's new actor in quotes ("\"INJURY
** TOLL\""), a code of fewer than three letters. The coder and the
** GDELT columns ask here; it asks dict_code_country, the one place that
** decides it, which the article stage (before the coder) asks too. */
int coder_code_country(const char *code, char cc[4]);

#endif
