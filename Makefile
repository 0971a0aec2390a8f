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

.PHONY: all deps test-deps configure build run test package bench format clean

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

# One table of every performance target (issue 15); the peers (gnuplot, matplotlib, Veusz) are
# measured when installed: packaging/install-deps.sh --bench. BENCH_FLAGS=--quick: fewer runs.
bench: build
	@cmake --build $(BUILD) -j $(JOBS) --target barewindow pngencode >/dev/null
	@python3 tests/bench/bench.py $(BUILD) $(BENCH_FLAGS)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD) $(OUT)
