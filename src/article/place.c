/*
** place.c — the gazetteer's lookup: folded text to the cities of that
** name, and what is known of a city. The tables are generated
** (place_data.h); nothing here allocates.
*/
#include "article/place.h"

#include <string.h>

int32_t place_lookup(const char *s, size_t n)
{
    char key[PLACE_KEY_MAX + 1];
    int len = place_fold(s, n, key, sizeof key);
    return len <= 0 ? -1 : place_lookup_key(key, (size_t)len);
}

int32_t place_lookup_key(const char *key, size_t len)
{
    return len == 0 ? -1 : place_lookup_hashed(key, len, base_hash(BASE_HASH_SEED, key, len));
}

int32_t place_lookup_hashed(const char *key, size_t len, uint32_t full)
{
    if (len == 0)
        return -1;
    uint32_t mask = place_hash_mask, idx = place_hash_idx_mask;
    for (uint32_t h = full & mask;; h = (h + 1) & mask) {
        uint32_t slot = place_hash[h];
        if (!slot)
            return -1;
        if ((slot & ~idx) != (full & ~idx))
            continue;
        const pc_name *nm = &place_names[(slot & idx) - 1];
        const char *k = place_strings + nm->key;
        if (strncmp(k, key, len) == 0 && k[len] == '\0')
            return (int32_t)((slot & idx) - 1);
    }
}

const char *place_city_name(int32_t city) { return place_strings + place_cities[city].name; }

const char *place_city_state(int32_t city)
{
    return place_strings + place_states[place_cities[city].state].name;
}

const char *place_city_country(int32_t city)
{
    return place_countries[place_cities[city].country].code;
}

int32_t place_country_index(const char *code)
{
    uint32_t lo = 0, hi = place_ncountries;   /* the table is sorted by code */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(place_countries[mid].code, code);
        if (c == 0)
            return (int32_t)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

const char *place_country_name(const char *code)
{
    int32_t i = place_country_index(code);
    return i < 0 ? "" : place_strings + place_countries[i].name;
}

double place_city_lat(int32_t city) { return place_cities[city].lat / 100.0; }

double place_city_lon(int32_t city) { return place_cities[city].lon / 100.0; }
