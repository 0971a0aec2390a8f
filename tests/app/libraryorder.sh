#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The executable names Qt Core, Gui, Widgets and the C++ library first among its libraries
# (app/CMakeLists.txt): the dynamic loader searches them in this order for every symbol of
# every library at start-up. A sanitizer build's runtimes (libasan, libubsan), which must come
# first, are left out. Usage: libraryorder.sh FIGDECK_BINARY
set -eu
first=$(readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' |
    grep -v -E '^lib(a|ub|l|t)san\.so' | head -n 4 | tr '\n' ' ')
expected='libQt6Core.so.6 libQt6Gui.so.6 libQt6Widgets.so.6 libstdc++.so.6 '
if [ "$first" != "$expected" ]; then
    echo "libraryorder: $1 names first: $first(expected: $expected)" >&2
    exit 1
fi
