// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"
#include "packdraft.h"
#include "reportloader.h"

#include <QDialog>
#include <QSet>
#include <QTimer>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace Figdeck {

class DraftNumbersModel;
class FigureView;

// File > New Report from Text or PDF…: a pack drafted from a pasted text or an opened file
// (text, Markdown, HTML, PDF). The numbers found are listed beside the text (click one to see
// it in its sentence), corrected in place or unticked; figures are made from chosen numbers
// (kind, title, a preview as it will be drawn) besides the ones the drafter proposes; the pack
// is saved only when it reads back as a valid pack, and then opened like any other.
// The numbers, qualifiers, derived values and caveats are the drafter's (app/model/packdraft).
class DraftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DraftDialog(QWidget *parent = nullptr);
    ~DraftDialog() override;

    // The text to draft from, as if pasted; `sourceName` names it in the pack (empty: pasted
    // text). Its numbers are found at once (typing finds them after a pause).
    void setText(const QString &text, const QString &sourceName = QString());
    // Reads a source file through app/import; on failure the text stays as it was and the
    // reason is shown in one line (messageText()).
    bool openSource(const QString &path);
    // Finds the numbers of the text as it is now (what the pause after typing does).
    void findNumbersNow();

    QPlainTextEdit *textEdit() const { return m_text; }
    QTableView *numbersView() const { return m_table; }
    DraftNumbersModel *numbersModel() const { return m_model; }
    QListWidget *figureList() const { return m_figures; }
    FigureView *preview() const { return m_preview; }
    QString messageText() const;

    // The pack as saving would write it now.
    const Report &report() const { return m_report; }
    // The pack with one more figure of `kind` made from the ticked ones of `rows` (rows of
    // numbersModel()); the new figure is report.figures.at(userFigureCount()).
    Report reportWith(ChartKind kind, const QString &title, const QList<int> &rows) const;
    // The figures of report() made here: its first ones.
    int userFigureCount() const { return int(m_owners.size()); }
    // Adds a figure of the chosen rows (what Make Figure's dialog does when accepted).
    void addFigure(ChartKind kind, const QString &title, const QList<int> &rows);
    // Removes a figure of report(): one made here, or one the drafter proposed.
    void removeFigure(const QString &figureId);
    // Make Figure…: a dialog for the selected rows, open (window-modal) until answered;
    // nullptr when no ticked row is selected.
    class MakeFigureDialog *makeFigure();

    // Validates the pack (read back as the loader reads it) and writes it atomically; a pack
    // with errors is refused and its located problems shown. On success emits packSaved and
    // closes the dialog.
    bool saveTo(const QString &path);
    // The problems that refused the last save, one located line each.
    QStringList saveProblems() const { return m_saveProblems; }

    void setTheme(ThemeId theme);

    // Work that closing would lose: numbers corrected or unticked, figures made or removed.
    bool hasWork() const;
    // Closing with work asks first (Discard / Cancel); the hook answers in tests (true: discard).
    void setDiscardHook(std::function<bool()> hook) { m_discardHook = std::move(hook); }
    void reject() override;
    // Remembers the dialog's size and its panes' sizes (QSettings group "draft") for the next
    // opening, however it closes.
    void done(int result) override;

    QSplitter *textNumbersSplitter() const { return m_top; }
    QSplitter *figuresPreviewSplitter() const { return m_bottom; }
    QSplitter *panesSplitter() const { return m_panes; }

signals:
    void packSaved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct UserFigure
    {
        ChartKind kind;
        QString title;
        QList<int> rows; // of numbersModel()
    };
    void rebuild();
    // After finding again: the rows of figures made here and of removed proposals, now.
    void remapRows(const QList<int> &rowNow);
    void restoreLayout();
    void rememberLayout() const;
    void updateFigureList();
    void showFigure(const QString &figureId);
    void highlightRow(int row);
    void saveWithDialog();
    void showMessage(const QString &text, bool error);
    QList<int> selectedUsedRows() const;
    QString sourceName() const;
    // One figure the drafter proposed, named by its kind and the rows it shows (ids may change
    // when other numbers are unticked; this does not).
    static QString proposalKey(const Report &report, const Figure &figure,
                               const QList<int> &usedRows);
    // owners: for each figure made here (report's first ones), its index in `figures`.
    Report draft(const QList<UserFigure> &figures, QList<int> *owners = nullptr) const;

    QString m_sourceName;
    QString m_sourcePath; // the file opened, for the save dialog's folder
    ChartOptions m_options;
    Report m_report;
    QList<UserFigure> m_userFigures;
    QList<int> m_owners; // figure i of m_report < m_owners.size() is m_userFigures[m_owners[i]]
    QSet<QString> m_removedProposals;
    std::function<bool()> m_discardHook;
    QStringList m_saveProblems;
    QTimer m_findTimer;

    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    DraftNumbersModel *m_model = nullptr;
    QListWidget *m_figures = nullptr;
    QPushButton *m_makeButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    FigureView *m_preview = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewNotes = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QSplitter *m_top = nullptr;    // text | numbers
    QSplitter *m_bottom = nullptr; // figures | preview
    QSplitter *m_panes = nullptr;  // the two above each other
    bool m_refinding = false;      // rows selected again after finding: the text keeps its cursor
    bool m_panesRestored = false;  // the splitters' stored sizes, on the first show
};

// Make Figure: the kind (from the figure-kind table) and title of a figure of chosen numbers,
// with a preview as it will be drawn and the problems that would keep it out of a valid pack
// (then it cannot be added).
class MakeFigureDialog : public QDialog
{
    Q_OBJECT
public:
    // draftWith: the pack with the figure asked for, which is its figures.at(figureIndex).
    using DraftWith = std::function<Report(ChartKind, const QString &)>;
    MakeFigureDialog(DraftWith draftWith, int figureIndex, const ChartOptions &options,
                     QWidget *parent = nullptr);

    ChartKind kind() const;
    void setKind(ChartKind kind);
    QString title() const;
    void setTitle(const QString &title);
    // The figure as it would be added, and what keeps it out (empty: it can be added).
    const Figure &figure() const { return m_figure; }
    QStringList problems() const { return m_problemLines; }
    FigureView *preview() const { return m_preview; }

private:
    void update();

    DraftWith m_draftWith;
    int m_figureIndex = 0;
    ChartOptions m_options;
    Figure m_figure;
    QStringList m_problemLines;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_numbers = nullptr;
    FigureView *m_preview = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Figdeck
