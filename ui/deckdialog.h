// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportsettings.h"
#include "report.h"
#include "slidedeck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QSettings;

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

    // The last choices (theme, slide shape, pictures, figures left out) from the settings, for
    // the report set; `theme` is a first deck's. Accepting the dialog remembers them.
    void restoreChoices(QSettings &settings, ThemeId theme);
    void rememberChoices(QSettings &settings) const;

    // The number of slide previews shown (for tests).
    int previewCount() const;

    void accept() override;

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

// File > Export Data…: which figures' numbers (as --figures chooses them), in a list of
// checkable figures; every figure checked when it opens.
class DataDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DataDialog(QWidget *parent = nullptr);
    void setReport(const Report &report);
    // The checked figures in the report's order; every figure's id when all are checked.
    QStringList figureIds() const;
    void setFigureIds(const QStringList &ids); // empty: every figure

private:
    QListWidget *m_figures = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The data dialog, a save dialog for .xlsx or .csv and the chosen figures' numbers written.
// It starts from the last choice (folder, file type, figures left out) and remembers this one.
QString exportData(QWidget *parent, const Report &report);

// The file the save dialog proposes: "figdeck-data" in the remembered folder (when it still
// exists, else Documents), with the remembered type's suffix.
QString suggestedDataPath(const DataSettings &remembered);
// The choice to remember after writing `path` with the figures `ids` of `report` (empty: all).
DataSettings dataChoiceToRemember(const Report &report, const QStringList &ids,
                                  const QString &path);

} // namespace Figdeck
