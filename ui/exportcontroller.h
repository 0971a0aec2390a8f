// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureexport.h"
#include "report.h"
#include "summarydocument.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QMimeData;
class QPrinter;
class QWidget;

namespace Figdeck {

struct ExportSettings;
struct SummarySettings;

// The export and print actions of the main window: Figure > Export..., Export All Figures,
// Copy Figure, File > Print... and Export Summary as PDF. Each interactive action runs its
// dialogs, then one of the non-interactive functions below, which tests call directly.
// Successes are announced by statusMessage() and exported(); failures of an interactive action
// are shown in a message box that names the file and the reason.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(QWidget *dialogParent, QObject *parent = nullptr);
    ~ExportController() override;

    // Interactive actions (modal dialogs).
    void exportFigure(const Report &report, const QString &figureId);
    void exportAllFigures(const Report &report);
    // Copies the figure as the window shows it (options: its theme, its chart form, its size),
    // not in the export dialog's last choices.
    void copyFigure(const Report &report, const QString &figureId, const ExportOptions &options);
    void printSummary(const Report &report);
    void exportSummaryPdf(const Report &report);

    // Writes one figure in one format to path (atomically).
    ExportResult exportFigureToFile(const Report &report, const QString &figureId,
                                    ExportFormat format, const ExportOptions &options,
                                    const QString &path);
    // Writes directory/<figureId>.<ext> for each format.
    BatchResult exportFigureTo(const Report &report, const QString &figureId,
                               const QString &directory, const ExportOptions &options,
                               const QList<ExportFormat> &formats);
    // Writes directory/<figure-id>.<ext> for every figure and format, with a progress dialog
    // that appears when the export takes more than a moment and can be cancelled.
    BatchResult exportAllTo(const Report &report, const QString &directory,
                            const ExportOptions &options, const QList<ExportFormat> &formats);
    // Puts the figure on the clipboard as image/png and image/svg+xml, plus image data for
    // applications that only paste images. Returns false when the figure cannot be rendered.
    bool copyFigureToClipboard(const Report &report, const QString &figureId,
                               const ExportOptions &options);
    // The clipboard contents of copyFigureToClipboard(); null when the figure cannot be rendered.
    static std::unique_ptr<QMimeData> figureMimeData(const Report &report, const Figure &figure,
                                                     const ExportOptions &options);
    // What the print preview's paintRequested() runs: the summary on the printer's current page
    // size (the preview lets the user change it). Returns the number of pages painted.
    static int paintSummaryTo(QPrinter &printer, const Report &report,
                              const SummaryOptions &options);
    ExportResult exportSummaryTo(const Report &report, const SummaryOptions &options,
                                 const QString &path);

    // Stops a running exportAllTo() or exportFigureTo() after the file being written.
    void cancel();

signals:
    void statusMessage(const QString &message);
    void exported(const QStringList &paths);
    // After each file of a batch export.
    void progressChanged(int done, int total);

private:
    std::optional<ExportSettings> runExportDialog(const Report &report,
                                                  const QString &previewFigureId,
                                                  const QString &title, const QString &subject);
    // Runs the summary dialog with the remembered settings, and remembers the choice.
    std::optional<SummaryOptions> runSummaryDialog(const Report &report, const QString &title,
                                                   const QString &acceptText,
                                                   SummarySettings &settings);
    // A file name to save one format to; empty when the user cancels.
    QString askSaveFileName(const QString &title, const QString &directory, ExportFormat format,
                            const QString &suggestedName);
    BatchResult writeBatch(const Report &report, const QStringList &figureIds,
                           const QString &directory, const ExportOptions &options,
                           const QList<ExportFormat> &formats);
    // Asks before replacing any of files (names in directory); true when none exists.
    bool confirmReplace(const QString &directory, const QStringList &files);
    void reportBatch(const BatchResult &result);
    void showError(const QString &text, const QString &details);

    QPointer<QWidget> m_dialogParent;
    bool m_cancelRequested = false;
};

} // namespace Figdeck
