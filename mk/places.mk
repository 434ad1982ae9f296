# places.mk — the gazetteer, generated at build time from libgeonames'
# cities (Debian libgeonames0, libgeonames-dev), iso-codes' country codes
# and the hand-written lists in data/places (docs/coder.md, "Places").
# Included by the Makefile. Only the generator links libgeonames (and
# GLib through it); libdyad gets the tables it writes.

PLACES_ISO ?= /usr/share/iso-codes/json/iso_3166-1.json
PLACES_WORDNET_DIR ?= /usr/share/wordnet
PLACES_TAGGER_WORDS ?= /usr/share/perl5/Lingua/EN/Tagger/words.yml
PLACES_LIB := $(shell pkg-config --variable=libdir geonames 2>/dev/null)
PLACES_INPUTS := $(PLACES_ISO) $(if $(PLACES_LIB),$(PLACES_LIB)/libgeonames.so,libgeonames.so)
PLACES_WORDS := $(foreach p,noun verb adj adv,$(PLACES_WORDNET_DIR)/index.$(p))
PLACES_DATA := data/places/capitals.txt data/places/aliases.txt data/places/states.txt \
    data/places/ambiguous.txt data/places/countries.txt
PLACES_PKGS := geonames jansson libutf8proc

GEN += $(BUILD)/gen/places_data.c
LIB_OBJ += $(BUILD)/obj/$(BUILD)/gen/places_data.o

# The generator runs on the build machine: plain flags, no sanitizers.
$(BUILD)/tools/gen_places: tools/gen_places.c tools/tool.h src/article/place_fold.c \
        src/article/place_data.h $(PLACES_INPUTS)
	@mkdir -p $(dir $@)
	$(CC) -Isrc -Iinclude $(WARN) -D_POSIX_C_SOURCE=200809L -O2 \
		$$(pkg-config --cflags $(PLACES_PKGS)) -o $@ tools/gen_places.c \
		src/article/place_fold.c $$(pkg-config --libs $(PLACES_PKGS))

$(BUILD)/gen/places_data.c: $(BUILD)/tools/gen_places $(PLACES_DATA) $(PLACES_WORDS) \
        $(PLACES_TAGGER_WORDS)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_places $@ $(PLACES_ISO) data/places $(PLACES_WORDNET_DIR) \
		$(PLACES_TAGGER_WORDS)

# A missing input has no rule to build it: say which package brings it.
$(PLACES_INPUTS):
	@echo "dyad: $@ is missing; run 'make deps' (Debian packages libgeonames-dev and iso-codes)" >&2; exit 1
