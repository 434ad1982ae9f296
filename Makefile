# dyad — build, test, demo, install. See README for the two commands that matter.
#
# BUILD selects the output folder, so that several builds can live side by side:
#   make                  optimised build in build/
#   make test             sanitizer build in build/test/, then every test (and the
#                         release build's libdyad.so for the Python tests)
#   make BUILD=build/x    any other folder

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
DATADIR ?= $(PREFIX)/share/dyad

PKGS     := jansson expat libutf8proc sqlite3 libpq
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

# The command-line program alone uses librsvg (the e-mail's charts as PNG,
# src/cli/chart.c) and libcurl (SMTP, src/cli/smtp.c): libdyad and its
# users never see them. Their headers are system headers (-isystem), so
# that GLib's do not trip our warnings. librsvg is opened (dlopen) when a
# chart is drawn, not linked: its sixty libraries cost every run at start.
CLI_PKGS   := librsvg-2.0 libcurl
CLI_CFLAGS := $(patsubst -I%,-isystem %,$(shell pkg-config --cflags $(CLI_PKGS) 2>/dev/null))
CLI_LIBS   := $(shell pkg-config --libs libcurl 2>/dev/null)

OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN     := -std=c17 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CPPFLAGS += -Iinclude -Isrc -I$(BUILD)/gen -D_POSIX_C_SOURCE=200809L $(PKG_CFLAGS)
# -pthread: the library sets jansson up once (pthread_once); the program codes
# on several threads (-j).
LDLIBS   += $(PKG_LIBS) -lm -pthread

# libdyad.so's version: the file is libdyad.so.$(VERSION), its SONAME
# libdyad.so.$(SOVERSION); SOVERSION changes when the ABI breaks.
VERSION   := $(shell sed -n 's/.*DYAD_VERSION "\(.*\)".*/\1/p' include/dyad.h)
SOVERSION := 0

LIB_SRC  := $(sort $(wildcard src/base/*.c src/text/*.c src/lang/*.c src/dict/*.c \
                             src/coder/*.c src/article/*.c src/store/*.c src/views/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
BENCH_SRC:= $(sort $(wildcard bench/bench_*.c))
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TESTS    := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
BENCHES  := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
GEN      :=

# Generated sources (tables built from Debian-shipped data) add themselves here.
-include mk/*.mk

.PHONY: all deps test tsan check demo bench eval fuzz install uninstall clean FORCE
all: $(BUILD)/dyad $(BUILD)/libdyad.a

deps:
	@sh tools/deps.sh

$(BUILD)/obj/%.o: %.c $(GEN) include/dyad.h $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -fPIC -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libdyad.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libdyad.so.$(SOVERSION) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The data folder compiled into datadir.c (its last resort; see the file).
# datadir.txt changes only when DATADIR does, so that 'make install
# PREFIX=...' after a plain 'make' recompiles that one file and relinks.
$(BUILD)/datadir.txt: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
$(BUILD)/obj/src/base/datadir.o: $(BUILD)/datadir.txt
$(BUILD)/obj/src/base/datadir.o: CPPFLAGS += -DDYAD_DATADIR='"$(DATADIR)"'
FORCE:

$(BUILD)/obj/src/cli/chart.o $(BUILD)/obj/src/cli/smtp.o: CPPFLAGS += $(CLI_CFLAGS)

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS) $(CLI_LIBS)

$(BUILD)/tests/%: tests/%.c tests/check.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests $(WARN) $(CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/bench/%: bench/%.c bench/bench_common.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

# ---- tests: sanitizer build, then every unit test and the CLI tests ----
# The Python package's tests (tests/py_package.sh) load the release build's
# libdyad.so, since an ASan library cannot be loaded into a Python that is
# not built with it: that build is made too.
SAN := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

TEST_BUILD ?= build/test
# TEST_TSAN=0: make test leaves out the ThreadSanitizer run (make tsan).
TEST_TSAN ?= 1
test: deps
	@$(MAKE) --no-print-directory BUILD=$(TEST_BUILD) CFLAGS="$(SAN)" LDFLAGS="$(SAN)" \
		$(TEST_BUILD)/dyad $(TEST_BUILD)/libdyad.a test-binaries
	@$(MAKE) --no-print-directory $(BUILD)/libdyad.so $(BUILD)/dyad
	@PY_BUILD=$(BUILD) sh tests/run.sh $(TEST_BUILD)
	@if [ "$(TEST_TSAN)" = 1 ]; then $(MAKE) --no-print-directory tsan; fi

test-binaries: $(TESTS) $(BUILD)/tools/dyad-eval
check: test

# ---- ThreadSanitizer: every test again, built with -fsanitize=thread ----
# The program codes on several threads by default (-j), so the CLI tests
# run the parallel path; tests/test_threads.c shares one dictionary among
# coders on four threads. A report stops the test that made it (tests/tsan.supp
# names the one uninstrumented library whose own threads are left out). Code runs
# 5 to 15 times slower: DYAD_TEST_SLOWDOWN stretches the tests' time limits;
# DYAD_TEST_TSAN skips the one check TSan's signal handling cannot pass.
TSAN := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
TSAN_BUILD ?= build/tsan
tsan: deps
	@$(MAKE) --no-print-directory BUILD=$(TSAN_BUILD) CFLAGS="$(TSAN)" LDFLAGS="$(TSAN)" \
		$(TSAN_BUILD)/dyad $(TSAN_BUILD)/libdyad.a test-binaries
	@TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tests/tsan.supp $(TSAN_OPTIONS)" DYAD_TEST_SLOWDOWN=10 DYAD_TEST_TSAN=1 \
		sh tests/run.sh $(TSAN_BUILD)

# ---- demo: the most complete job dyad can do on the example articles ----
demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh $(BUILD)

# ---- benchmarks (figures, not timed tests) ----
bench: $(BENCHES) $(BUILD)/dyad
	@for b in $(BENCHES); do echo "== $$b"; $$b || exit 1; done

# ---- evaluation on annotated real news (docs/annotation.md; needs ../shared) ----
SHARED ?= ../shared
$(BUILD)/tools/dyad-eval: tools/eval.c tools/eval_quotes.c tools/eval.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ tools/eval.c tools/eval_quotes.c $(BUILD)/libdyad.a $(LDLIBS)

eval: deps
	@$(MAKE) --no-print-directory $(BUILD)/tools/dyad-eval $(BUILD)/dyad
	@sh tools/eval.sh $(BUILD)/tools/dyad-eval $(SHARED)

# ---- fuzzing: clang libFuzzer, FUZZ_SECONDS each; an input over 5 s is a bug ----
FUZZ_SECONDS ?= 60
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined
FUZZ_RUN = $(if $(FUZZ_ONLY),$(addprefix fuzz/,$(addsuffix .c,$(FUZZ_ONLY))),$(FUZZ_SRC))
fuzz: deps
	@$(MAKE) --no-print-directory CC=clang BUILD=build/fuzz CFLAGS="$(FUZZ_FLAGS)" build/fuzz/libdyad.a
	@mkdir -p build/fuzz/bin
	@fail=0; for f in $(FUZZ_RUN); do n=$$(basename $$f .c); \
		clang $(CPPFLAGS) -Ibuild/fuzz/gen -O1 -g -fsanitize=fuzzer,address,undefined \
			-o build/fuzz/bin/$$n $$f build/fuzz/libdyad.a $(LDLIBS) || exit 1; \
		mkdir -p build/fuzz/corpus/$$n; \
		echo "== $$n ($(FUZZ_SECONDS)s)"; \
		build/fuzz/bin/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=5 -artifact_prefix=build/fuzz/ \
			build/fuzz/corpus/$$n $$( [ -d fuzz/seeds/$$n ] && echo fuzz/seeds/$$n ) \
			> build/fuzz/$$n.log 2>&1; rc=$$?; \
		grep -E '^(#[0-9]+ *DONE|Done|==[0-9]+==ERROR|SUMMARY)' build/fuzz/$$n.log; \
		if [ $$rc != 0 ]; then echo "$$n: FAILED (exit $$rc); see build/fuzz/$$n.log"; fail=1; fi; \
	done; exit $$fail

# ---- install ----
# libdyad.so.$(VERSION) with the links libdyad.so.$(SOVERSION) (what programs
# load) and libdyad.so (what -ldyad finds). dyad.pc lists the libraries
# libdyad uses as Libs.private: users' flags stay free of theirs.
install: all $(BUILD)/libdyad.so
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
		$(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(DATADIR)
	install -m 755 $(BUILD)/dyad $(DESTDIR)$(PREFIX)/bin/dyad
	install -m 644 $(BUILD)/libdyad.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libdyad.so $(DESTDIR)$(PREFIX)/lib/libdyad.so.$(VERSION)
	ln -sf libdyad.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libdyad.so.$(SOVERSION)
	ln -sf libdyad.so.$(SOVERSION) $(DESTDIR)$(PREFIX)/lib/libdyad.so
	install -m 644 include/dyad.h $(DESTDIR)$(PREFIX)/include/dyad.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
		-e 's|@LIBS@|$(strip $(PKG_LIBS) -lm -pthread)|' tools/dyad.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/dyad.pc
	install -m 644 docs/dyad.1 $(DESTDIR)$(PREFIX)/share/man/man1/dyad.1
	cp -r data/. $(DESTDIR)$(DATADIR)/

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/dyad $(DESTDIR)$(PREFIX)/lib/libdyad.* \
		$(DESTDIR)$(PREFIX)/include/dyad.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/dyad.pc \
		$(DESTDIR)$(PREFIX)/share/man/man1/dyad.1 $(DESTDIR)$(DATADIR)

clean:
	rm -rf build
