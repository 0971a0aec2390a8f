// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text of any source a user drafts from: plain text, Markdown, HTML (through the model's
// textsource) and PDF, read with Poppler's Qt 6 binding in reading order and laid out by the
// model's pdfPagesToText(). "-" reads standard input.

#include "textsource.h"

namespace Figdeck {

TextSource readSource(const QString &path);
// The text of bytes already read; name is for messages and for telling HTML by its suffix.
TextSource sourceFromBytes(const QByteArray &bytes, const QString &name);

} // namespace Figdeck
