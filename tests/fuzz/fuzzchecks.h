// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks shared by the fuzz targets: each aborts with a message naming what broke, so libFuzzer
// keeps the input and the corpus test (tst_fuzz_*) fails on it.

#include <QString>

namespace Figdeck::Fuzz {

[[noreturn]] void fail(const char *what);

// findNumbers(text) and every line of `figdeck --numbers`: each FoundNumber's line and column
// are a position inside text, on that line; its quote is text at that place, verbatim; its span
// [quoteStart, quoteEnd) is a non-empty part of the quote; its value is finite; and there are no
// more numbers than characters.
void checkFoundNumbers(const QString &text);

} // namespace Figdeck::Fuzz
