# candidates.mk — the WordNet candidate lister for data/dict/verbs.txt
# (tools/wn_candidates.c; docs/dictionaries-ours.md). Not part of `make` or
# `make test`: `make candidates` builds it and writes
# $(BUILD)/candidates.tsv for a person to judge.

CAND_WORDNET_DIR ?= /usr/share/wordnet

.PHONY: candidates
candidates: $(BUILD)/candidates.tsv

$(BUILD)/tools/wn_candidates: tools/wn_candidates.c tools/tool.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -D_POSIX_C_SOURCE=200809L -O2 -o $@ $<

$(BUILD)/candidates.tsv: $(BUILD)/tools/wn_candidates data/dict/verbs.txt
	$(BUILD)/tools/wn_candidates -w $(CAND_WORDNET_DIR) data/dict/verbs.txt > $@
