#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Package checks run by CTest (tests/packaging). check-package.sh CHECK BUILD_DIR SOURCE_DIR
#   desktop   desktop-file-validate on the desktop entry
#   metainfo  appstreamcli validate --no-net on the AppStream metainfo
#   mime      the shared-mime-info XML compiles and maps *.figdeck.json to the type the
#             desktop entry and the metainfo name
#   deb       builds the .deb with CPack into a scratch folder; every file at its path
#             (dpkg-deb -c), dependencies from shlibdeps plus the hand-named ones, and lintian
#             with no error and no warning beyond those kept in packaging/lintian-warnings.md
set -euo pipefail
check=$1 build=$2 src=$3
id=org.figdeck.Figdeck
pkg=$src/packaging
need() { command -v "$1" >/dev/null || { echo "check-package: $1 is missing (make test installs it: packaging/install-deps.sh --test)" >&2; exit 1; }; }
fail() { echo "check-package: $*" >&2; exit 1; }

case $check in
desktop)
    need desktop-file-validate
    out=$(desktop-file-validate "$pkg/$id.desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
    grep -qx 'Exec=figdeck %f' "$pkg/$id.desktop" || fail "the desktop entry does not take a file (Exec=figdeck %f)"
    ;;
metainfo)
    need appstreamcli
    appstreamcli validate --no-net "$pkg/$id.metainfo.xml"
    for shot in $(sed -n 's|.*<image[^>]*>.*/packaging/screenshots/\([^<]*\)</image>.*|\1|p' "$pkg/$id.metainfo.xml"); do
        [ -s "$pkg/screenshots/$shot" ] || fail "metainfo names screenshot $shot, not shipped in packaging/screenshots"
    done
    ;;
mime)
    need update-mime-database
    type=$(sed -n 's|.*<mime-type type="\([^"]*\)".*|\1|p' "$pkg/$id.mime.xml")
    [ -n "$type" ] || fail "no mime-type in $id.mime.xml"
    grep -q "^MimeType=.*$type;" "$pkg/$id.desktop" || fail "the desktop entry does not list $type"
    grep -q "<mediatype>$type</mediatype>" "$pkg/$id.metainfo.xml" || fail "the metainfo does not provide $type"
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/mime/packages" && cp "$pkg/$id.mime.xml" "$tmp/mime/packages/$id.xml"
    XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" 2>"$tmp/err" || fail "update-mime-database: $(cat "$tmp/err")"
    [ ! -s "$tmp/err" ] || fail "update-mime-database: $(cat "$tmp/err")"
    grep -qx "60:$type:\*.figdeck.json" "$tmp/mime/globs2" || fail "*.figdeck.json does not map to $type: $(cat "$tmp/mime/globs2")"
    ;;
deb)
    need dpkg-deb; need lintian; need cpack
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    (cd "$build" && cpack -G DEB -B "$tmp" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
    deb=$(ls "$tmp"/figdeck_*.deb)
    dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$tmp/contents"
    expected=(/usr/bin/figdeck
        /usr/share/applications/$id.desktop
        /usr/share/metainfo/$id.metainfo.xml
        /usr/share/mime/packages/$id.xml
        /usr/share/icons/hicolor/scalable/apps/$id.svg
        /usr/share/man/man1/figdeck.1.gz
        /usr/share/doc/figdeck/copyright
        /usr/share/doc/figdeck/changelog.gz)
    # The PDF module, loaded by the reader on the first PDF (app/import/pdftext.h).
    expected+=("/usr/lib/$(gcc -print-multiarch)/figdeck/libfigdeck_pdftext.so")
    for size in 16 32 48 64 128 256; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
    for f in "${expected[@]}"; do
        grep -qx "$f" "$tmp/contents" || fail "$(basename "$deb") lacks $f; it holds: $(grep -v '/$' "$tmp/contents" | tr '\n' ' ')"
    done
    depends=$(dpkg-deb -f "$deb" Depends)
    for d in libqt6core6 libqt6widgets6 libqt6charts6 libc6 qt6-qpa-plugins libqt6svg6 libpoppler-qt6-3 libdeflate0 fonts-dejavu-core fonts-noto-cjk; do
        [[ $depends == *"$d"* ]] || fail "Depends lacks $d: $depends"
    done
    # Lintian: no errors; warnings only those kept (and explained) in lintian-warnings.md.
    lintian --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 || true
    cat "$tmp/lintian"
    ! grep -q '^E:' "$tmp/lintian" || fail "lintian reports errors"
    kept=$(sed -n 's/^- `\([a-z0-9-]*\)`.*/\1/p' "$pkg/lintian-warnings.md")
    while read -r tag; do
        grep -qx "$tag" <<<"$kept" || fail "lintian warning $tag is not among those kept in packaging/lintian-warnings.md"
    done < <(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$tmp/lintian" | sort -u)
    ;;
*) echo "usage: check-package.sh desktop|metainfo|mime|deb BUILD_DIR SOURCE_DIR" >&2; exit 2 ;;
esac
echo "check-package $check: ok"
