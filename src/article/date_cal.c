/*
** date_cal.c — calendar arithmetic for the date reader: day counts, months,
** weekdays. Proleptic Gregorian; the day-count conversion is the
** well-known era-based one (civil calendar to days and back).
*/
#include "article/date.h"

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int date_month_days(int y, int m)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return mdays[m - 1] + (m == 2 && leap(y));
}

int date_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && d >= 1 && d <= date_month_days(y, m);
}

long date_days(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;                                    /* 0..399 */
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;   /* 0..365 */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;             /* 0..146096 */
    return era * 146097 + doe - 719468;
}

void date_from_days(long days, int *y, int *m, int *d)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

long date_days_of(int32_t ymd)
{
    return date_days((int)(ymd / 10000), (int)(ymd / 100 % 100), (int)(ymd % 100));
}

int32_t date_ymd_of(long days)
{
    int y, m, d;
    date_from_days(days, &y, &m, &d);
    return (int32_t)y * 10000 + m * 100 + d;
}

int date_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0) */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}
