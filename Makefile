# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README: `make run` and `make test`. Both install what is missing first.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR ?= OFF
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FIGDECK := $(BUILD)/figdeck
OUT ?= out
# ccache when the developer has it (CI does not need it).
LAUNCHER := $(shell command -v ccache 2>/dev/null)

MAKEFLAGS += --no-print-directory

.PHONY: all deps test-deps configure build run test test-asan fuzz package bench format clean

all: build

deps:
	@packaging/install-deps.sh

# What only the tests need (package checks), on top of deps.
test-deps:
	@packaging/install-deps.sh --test

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFIGDECK_WERROR=$(WERROR) $(if $(LAUNCHER),-DCMAKE_CXX_COMPILER_LAUNCHER=$(LAUNCHER)) >/dev/null \
		|| cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFIGDECK_WERROR=$(WERROR) $(if $(LAUNCHER),-DCMAKE_CXX_COMPILER_LAUNCHER=$(LAUNCHER))

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Opens the app on the embedded report; without a display, writes the figures and summary instead.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		exec $(FIGDECK); \
	else \
		echo "make run: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); writing the report's figures and summary to ./$(OUT)/ instead"; \
		QT_QPA_PLATFORM=offscreen $(FIGDECK) --export $(OUT)/figures --format png,pdf,svg --layout slide && \
		QT_QPA_PLATFORM=offscreen $(FIGDECK) --summary $(OUT)/summary.pdf; \
	fi

test: test-deps build
	@QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The Debian package: build/figdeck_<version>_<arch>.deb (CPack, dependencies from shlibdeps).
package: build
	@cd $(BUILD) && cpack -G DEB >/dev/null && ls -1 $(CURDIR)/$(BUILD)/figdeck_*.deb

# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (-O1: the
# sanitizers' own overhead dominates; -O1 keeps the build and the run inside CI's time).
ASAN_BUILD ?= build-asan
test-asan: test-deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
		-DFIGDECK_SANITIZE=ON -DFIGDECK_WERROR=$(WERROR) $(if $(LAUNCHER),-DCMAKE_CXX_COMPILER_LAUNCHER=$(LAUNCHER)) >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp \
		QT_QPA_PLATFORM=offscreen ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

# Each libFuzzer target (clang) for FUZZ_SECONDS, one after the other, each on one niced core.
# New inputs go to $(FUZZ_BUILD)/corpus/<target>; crashes and slow inputs to
# $(FUZZ_BUILD)/artifacts/<target>/ (copy each into tests/fuzz/corpus/<target>/ once fixed: it
# becomes a row of tst_fuzz_<target>). FUZZ_TARGETS=numberfinder runs one.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= reportloader numberfinder pdflayout
# Seeds per target (the same folders tst_fuzz_<target> runs over) and the target's own flags.
# A seed folder that does not exist (no regression input found yet) is left out.
FUZZ_SEEDS_reportloader := tests/fuzz/corpus/reportloader tests/data/model/good tests/data/model/bad resources/reports
FUZZ_FLAGS_reportloader := -dict=tests/fuzz/reportpack.dict -max_len=65536
FUZZ_SEEDS_numberfinder := tests/fuzz/corpus/numberfinder tests/data/numbers tests/data/quotes tests/data/draft \
	tests/data/tables tests/data/periods
FUZZ_FLAGS_numberfinder := -max_len=16384
FUZZ_SEEDS_pdflayout := tests/fuzz/corpus/pdflayout tests/data/numbers tests/data/quotes tests/data/draft \
	tests/data/tables tests/data/periods
FUZZ_FLAGS_pdflayout := -max_len=16384
fuzz: test-deps
	@CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIGDECK_FUZZ=ON \
		-DFIGDECK_BUILD_TESTS=OFF $(if $(LAUNCHER),-DCMAKE_CXX_COMPILER_LAUNCHER=$(LAUNCHER)) >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@$(foreach t,$(FUZZ_TARGETS),mkdir -p $(FUZZ_BUILD)/corpus/$(t) $(FUZZ_BUILD)/artifacts/$(t) && \
		echo "make fuzz: $(t) for $(FUZZ_SECONDS) s" && \
		nice -n 10 $(FUZZ_BUILD)/tests/fuzz/fuzz_$(t) -max_total_time=$(FUZZ_SECONDS) \
		$(FUZZ_FLAGS_$(t)) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_BUILD)/artifacts/$(t)/ $(FUZZ_BUILD)/corpus/$(t) $(wildcard $(FUZZ_SEEDS_$(t))) &&) true

# One table of every performance target (issue 15); the peers (gnuplot, matplotlib, Veusz) are
# measured when installed: packaging/install-deps.sh --bench. BENCH_FLAGS=--quick: fewer runs.
bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target barewindow pngencode >/dev/null
	@python3 tests/bench/bench.py $(BUILD) $(BENCH_FLAGS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD) $(OUT)
