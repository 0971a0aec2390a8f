#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one list of Debian (bookworm) packages Figdeck needs to build, run and test.
# Idempotent: installs only what is missing; runs apt-get update only when it must install.
#   install-deps.sh          what building and running need (make run)
#   install-deps.sh --test   that plus what only the tests and the package checks need (make test)
#   install-deps.sh --bench  that plus the peers `make bench` compares with (optional)
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake pkg-config
    # Qt 6.4 (libqt6opengl6-dev is needed by Qt6Charts' CMake config but not pulled in by it)
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    # Qt's own catalogs (standard buttons, command-line usage) for the translated UI
    qt6-translations-l10n
    # PDF text with word boxes in reading order, for drafting packs from a report's PDF
    libpoppler-qt6-dev
    # zip packages of slide decks and workbooks (Office Open XML)
    libquazip1-qt6-dev
    # fonts: Latin and CJK (the report names and a planned Chinese edition)
    fonts-dejavu-core fonts-noto-cjk
    # tests and the headless/Xvfb paths: PDF inspection, virtual display, screenshots
    poppler-utils xvfb xauth
    # PNG export compresses with libdeflate (libdeflate0 at run time)
    libdeflate-dev
    # zlib: the level Qt's PDF engine compresses a summary's pages at
    zlib1g-dev
    # the .deb (make package): CPack's shlibdeps needs dpkg-shlibdeps, CPackDeb needs file
    dpkg-dev file
)

# Only the tests need these (make test), not make run.
test_packages=(
    # package checks: desktop entry, AppStream metainfo, MIME info, the .deb itself
    desktop-file-utils appstream shared-mime-info lintian
    # slide decks opened by a real client: LibreOffice Impress headless converts them to PDF
    libreoffice-impress
    # hardening tests: XML well-formedness of exports, the JSON Schema checked against the loader
    libxml2-utils python3-jsonschema
    # exported PNGs checked chunk by chunk (CRCs, zlib stream)
    pngcheck
    # sanitizer and fuzz builds (make test-asan, make fuzz): clang with libFuzzer
    clang
)

# Only `make bench` uses these: the peers it measures against (run when present), and GNU time,
# which gives a command's own peak memory (a child's ru_maxrss includes the bench script's).
bench_packages=(gnuplot-nox python3-matplotlib veusz time)

case "${1:-}" in
    --test) packages+=("${test_packages[@]}") ;;
    --bench) packages+=("${bench_packages[@]}") ;;
    "") ;;
    *) echo "usage: install-deps.sh [--test|--bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
log=$(mktemp "${TMPDIR:-/tmp}/figdeck-install-deps.XXXXXX.log")
export DEBIAN_FRONTEND=noninteractive
# apt's progress goes to a log; on failure its end is shown.
if ! { $sudo apt-get update -qq && \
       $sudo apt-get install -y -qq -o=Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"; } \
       >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "install-deps: apt-get failed (full log: $log)" >&2
    exit 1
fi
rm -f "$log"
echo "install-deps: done"
