// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The seam between the source reader and the PDF module (figdeck_pdftext, Poppler's Qt 6
// binding). Poppler and its two dozen libraries cost start-up a fifth of a bare window's time
// and 3 MB, and only a user who drafts from a PDF needs them, so the module is loaded the first
// time a PDF is read, never at start-up.

#include "pdflayout.h"

#include <QByteArray>
#include <QList>

namespace Figdeck {

enum class PdfTextStatus { Ok = 0, Unreadable = 1, Locked = 2 };

// The module's one entry point: the words of every page of `bytes`, with their boxes.
using PdfWordsFunction = int (*)(const QByteArray &bytes, QList<PdfPage> &pages);
constexpr char PdfWordsSymbol[] = "figdeckPdfWords";

} // namespace Figdeck
