# lang.mk — the tagger and lemmatizer tables, generated at build time from
# Debian-shipped data (see docs/lang.md). Included by the Makefile.

LANG_TAGGER_DIR ?= /usr/share/perl5/Lingua/EN/Tagger
LANG_WORDNET_DIR ?= /usr/share/wordnet
LANG_INPUTS := $(LANG_TAGGER_DIR)/words.yml $(LANG_TAGGER_DIR)/tags.yml \
    $(foreach p,noun verb adj adv,$(LANG_WORDNET_DIR)/index.$(p) $(LANG_WORDNET_DIR)/$(p).exc)

GEN += $(BUILD)/gen/lang_data.c
LIB_OBJ += $(BUILD)/obj/$(BUILD)/gen/lang_data.o

# The generator runs on the build machine: plain flags, no sanitizers.
$(BUILD)/tools/gen_lang: tools/gen_lang.c tools/tool.h src/lang/tags.c src/lang/tags.h src/lang/lang_data.h
	@mkdir -p $(dir $@)
	$(CC) -Isrc -Iinclude $(WARN) -D_POSIX_C_SOURCE=200809L -O2 -o $@ tools/gen_lang.c src/lang/tags.c -lm

$(BUILD)/gen/lang_data.c: $(BUILD)/tools/gen_lang $(LANG_INPUTS)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_lang $@ $(LANG_TAGGER_DIR)/words.yml $(LANG_TAGGER_DIR)/tags.yml $(LANG_WORDNET_DIR)

# A missing input has no rule to build it: say which package brings it.
$(LANG_INPUTS):
	@echo "dyad: $@ is missing; run 'make deps' (Debian packages wordnet-base and liblingua-en-tagger-perl)" >&2; exit 1

.DEFAULT_GOAL := all
