// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text from a report pack or a path shown in widgets: always as the characters it is, never as
// markup, a mnemonic or a link.

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

class QMessageBox;

namespace Figdeck {

// Longest text a tool tip shows (a pack can hold a 16 MiB title); the data table shows all.
constexpr int MaxToolTipChars = 2000;

// Longest pack text a label or window title shows (a word-wrapped QLabel lays out its whole
// text for every size hint: a 16 MiB title froze the window for minutes). Longer ones end in an
// ellipsis; the tool tip, the data table and the inspector show more.
constexpr int MaxLabelChars = 2000;

// `text` elided past MaxLabelChars, for a label or a window title.
QString labelText(const QString &text);

// A menu item's text showing `text` as it is: every & doubled (not a mnemonic).
QString menuText(const QString &text);

// Widest line of a tool tip, in ems of the tool tip font: a longer line is broken between words.
constexpr int ToolTipEms = 50;

// A tool tip showing `text` as it is: escaped HTML in a paragraph that keeps line breaks
// (tool tips guess rich text from the content), elided past MaxToolTipChars, one block of
// lines no wider than ToolTipEms (a short text one line). Empty stays empty.
QString plainToolTip(const QString &text);

// Every label of the box (text, informative text) plain text, selectable, with no links.
void makePlainText(QMessageBox &box);

// A document name made from a report title that is safe as a default file name and in Qt's
// own print dialogs (which show it as rich text): no markup or path characters, capped.
QString safeDocumentName(const QString &title);

// Stored window state read back, checked before use (and before it is saved again).
// A window frame that lies within the available screens (at least partly visible, not larger).
bool windowGeometryFits(const QRect &frame, const QList<QRect> &availableScreens);
// Splitter sizes that leave each of `panes` panes at least minPane wide, none wider than maxTotal.
bool splitterSizesUsable(const QList<int> &sizes, int panes, int minPane, int maxTotal);
// The stored Open Recent list: absolute paths only, no repeats, at most `cap`.
QStringList recentFilesFrom(const QStringList &stored, int cap);

} // namespace Figdeck
