// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Figdeck {

// Writes `updated` (what the writer produced for the edited report) in the form of `original`
// (the file as the user had it): every value that did not change keeps its original bytes,
// members keep their original order, new members and items take the original's indentation.
// An unchanged report gives `original` byte for byte; a one-value edit, a one-line diff.
// Either input that is not JSON gives `updated`.
QByteArray mergeFormatting(const QByteArray &original, const QByteArray &updated);

} // namespace Figdeck
