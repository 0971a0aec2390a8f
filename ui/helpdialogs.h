// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QDialog>

class QMenuBar;
class QTextBrowser;
class QTreeWidget;

namespace Figdeck {

// Help > User Guide: the offline guide (resources/guide) in the interface's language, its
// pictures drawn from the embedded report's own figures in the window's theme, so they always
// show what the app draws. Links inside the guide only scroll it; none opens anything else.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(ThemeId theme, QWidget *parent = nullptr);

    // The guide for a language: "guide_zh_CN.html" for Chinese, else English.
    static QString guideResource(const QLocale &locale);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

// Help > Keyboard Shortcuts: every action of the menu bar that has a shortcut, by menu, built
// from the actions themselves so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace Figdeck
