// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "slidedeck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QListWidget;

namespace Figdeck {

// File > Export Slide Deck…: which figures, theme, slide shape, pictures only; a preview of the
// first slides painted by the figure slide painter, and per figure what it becomes (a native
// chart, text boxes, or a picture and why).
class DeckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeckDialog(QWidget *parent = nullptr);

    void setReport(const Report &report);
    DeckOptions options() const; // figureIds always listed explicitly
    void setOptions(const DeckOptions &options);

    // The number of slide previews shown (for tests).
    int previewCount() const;

private:
    void updatePreview();
    void updateFigureNotes();

    Report m_report;
    QListWidget *m_figures = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_aspect = nullptr;
    QCheckBox *m_pictures = nullptr;
    QHBoxLayout *m_previewRow = nullptr;
    QList<QLabel *> m_previews;
    QDialogButtonBox *m_buttons = nullptr;
};

// The dialog, a save dialog, and the deck written (errors shown in a message box).
// Returns the path written, or empty.
QString exportSlideDeck(QWidget *parent, const Report &report, ThemeId theme);

// A save dialog for .xlsx or .csv and the report's numbers written.
QString exportData(QWidget *parent, const Report &report);

} // namespace Figdeck
