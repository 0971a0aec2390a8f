// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QString>

namespace Figdeck {

// The texts the editor writes into a pack by itself: the name of a new metric, figure, source,
// finding, caveat or section, a new series' label. They are the pack's text, not the
// interface's, so they are in the pack's language (an English pack edited under the Chinese
// interface gets "Series 2", a Chinese pack 系列2), whatever the user reads the menus in. One
// table (packtext.cpp) holds them all; a language it lacks gets the English ones.
enum class PackText { NewMetric, NewFigure, NewSource, NewFinding, NewCaveat, NewSection, Series };

// The text in `language` (a pack language tag: "en", "zh-Hans", "zh-TW"). `number` fills
// the numbered ones (PackText::Series: the series' number, from 1).
QString packText(PackText which, const QString &language, int number = 0);
// The same as a Text of the pack in `language`.
Text packTextIn(PackText which, const QString &language, int number = 0);

} // namespace Figdeck
