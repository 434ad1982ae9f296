/*
** date.c — the one date parser: the readers take it for the dates in
** records, the program for --date, so that every place accepts the same
** forms.
*/
#include "base.h"

#include <string.h>

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int base_parse_date(const char *s, size_t n, char out[11])
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;
    if (n == 8 && digits(s, 8)) {
        y = num(s, 4), m = num(s + 4, 2), d = num(s + 6, 2);
        memcpy(out, s, 4);
        memcpy(out + 5, s + 4, 2);
        memcpy(out + 8, s + 6, 2);
    } else if (n >= 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) &&
               digits(s + 5, 2) && digits(s + 8, 2)) {
        /* A timestamp must at least carry hours and minutes after 'T'. */
        if (n > 10 && !(n >= 16 && (s[10] == 'T' || s[10] == ' ') && digits(s + 11, 2) &&
                        s[13] == ':' && digits(s + 14, 2)))
            return 0;
        y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
        memcpy(out, s, 10);
    } else
        return 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    out[4] = out[7] = '-';
    out[10] = '\0';
    return 1;
}
