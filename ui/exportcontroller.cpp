// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"
#include "plaintext.h"

#include "exportdialog.h"
#include "exportsettings.h"
#include "summarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace Figdeck {

namespace {

// Rendering a figure takes long enough to be noticed, too little for a progress dialog.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

QString nameFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return ExportController::tr("PNG image (*.png)");
    case ExportFormat::Pdf:
        return ExportController::tr("PDF document (*.pdf)");
    case ExportFormat::Svg:
        return ExportController::tr("SVG drawing (*.svg)");
    }
    return {};
}

QString existingDirectory(const QString &remembered, QStandardPaths::StandardLocation fallback)
{
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const QString standard = QStandardPaths::writableLocation(fallback);
    return QFileInfo(standard).isDir() ? standard : QDir::homePath();
}

// "next-generation-artificial-intelligence-summary.pdf" from the report title; letters of any
// script are kept.
QString summaryFileName(const Report &report)
{
    QString slug;
    const QString title = report.title.text().toLower();
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    // Long report titles make unwieldy file names: keep the first words, up to 40 characters.
    constexpr int MaxSlug = 40;
    if (slug.size() > MaxSlug) {
        const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'), MaxSlug);
        slug.truncate(cut > 0 ? cut : MaxSlug);
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        return ExportController::tr("summary.pdf");
    return ExportController::tr("%1-summary.pdf").arg(slug);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportController::ExportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

ExportController::~ExportController() = default;

// ---- interactive actions

void ExportController::exportFigure(const Report &report, const QString &figureId)
{
    const Figure *figure = report.figure(figureId);
    if (!figure)
        return;
    std::optional<ExportSettings> settings = runExportDialog(
        report, figureId, tr("Export Figure"), tr("Figure: %1").arg(figure->title.text()));
    if (!settings)
        return;

    QSettings store;
    if (settings->formats.size() == 1) {
        const ExportFormat format = settings->formats.constFirst();
        const QString path = askSaveFileName(
            tr("Export Figure"),
            existingDirectory(settings->directory, QStandardPaths::PicturesLocation), format,
            exportFileName(figureId, format));
        if (path.isEmpty())
            return;
        settings->directory = QFileInfo(path).absolutePath();
        saveExportSettings(store, *settings);

        ExportResult result;
        {
            WaitCursor wait;
            result = exportFigureToFile(report, figureId, format, settings->options, path);
        }
        if (!result.ok)
            showError(tr("The figure could not be exported."), result.error);
        return;
    }

    // Several formats: the user names the file once; each format is written beside it under
    // that name with its own extension.
    const ExportFormat first = settings->formats.constFirst();
    const QString chosen =
        askSaveFileName(tr("Export Figure"),
                        existingDirectory(settings->directory, QStandardPaths::PicturesLocation),
                        first, exportFileName(figureId, first));
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    const QString base = info.suffix().compare(toString(first), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    QStringList others;
    for (ExportFormat format : std::as_const(settings->formats)) {
        if (format != first)
            others << base + QLatin1Char('.') + toString(format);
    }
    // The file dialog asked about the first file; the others are asked about here.
    if (!confirmReplace(info.absolutePath(), others))
        return;
    settings->directory = info.absolutePath();
    saveExportSettings(store, *settings);
    BatchResult batch;
    {
        WaitCursor wait;
        for (ExportFormat format : std::as_const(settings->formats)) {
            const QString path =
                QDir(info.absolutePath()).filePath(base + QLatin1Char('.') + toString(format));
            const ExportResult result =
                exportFigureToFile(report, figureId, format, settings->options, path);
            if (!result.ok) {
                batch.error = result.error;
                break;
            }
            batch.written << result.path;
        }
    }
    reportBatch(batch);
}

void ExportController::exportAllFigures(const Report &report)
{
    if (report.figures.isEmpty())
        return;
    std::optional<ExportSettings> settings = runExportDialog(
        report, report.figures.constFirst().id, tr("Export All Figures"),
        tr("All %n figure(s) of “%1”, each saved as <number>-<figure-id>.<format> in a folder, "
           "numbered in the report's order.",
           "", int(report.figures.size()))
            .arg(report.title.text()));
    if (!settings)
        return;

    QStringList ids;
    for (const Figure &figure : report.figures)
        ids.append(figure.id);
    const QString directory = QFileDialog::getExistingDirectory(
        m_dialogParent, tr("Export All Figures to Folder"),
        existingDirectory(settings->directory, QStandardPaths::PicturesLocation));
    QStringList files;
    for (const QString &id : std::as_const(ids)) {
        for (ExportFormat format : std::as_const(settings->formats))
            files << exportFileName(report, id, format);
    }
    if (directory.isEmpty() || !confirmReplace(directory, files))
        return;
    settings->directory = directory;
    QSettings store;
    saveExportSettings(store, *settings);
    reportBatch(exportAllTo(report, directory, settings->options, settings->formats));
}

void ExportController::copyFigure(const Report &report, const QString &figureId,
                                  const ExportOptions &options)
{
    bool ok = false;
    {
        WaitCursor wait;
        ok = copyFigureToClipboard(report, figureId, options);
    }
    if (!ok)
        showError(tr("The figure could not be copied."),
                  tr("Figure “%1” could not be rendered.").arg(figureId));
}

void ExportController::printSummary(const Report &report)
{
    SummarySettings settings;
    const std::optional<SummaryOptions> chosen =
        runSummaryDialog(report, tr("Print Summary"), tr("&Preview…"), settings);
    if (!chosen)
        return;
    const SummaryOptions &options = *chosen;

    QPrinter printer(QPrinter::HighResolution);
    // Qt's print dialog derives a file name from it and shows it in a rich-text warning.
    printer.setDocName(safeDocumentName(report.title.text()));
    printer.setPageSize(options.pageSize);
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, m_dialogParent);
    preview.setWindowTitle(tr("Print Preview: %1").arg(report.title.text()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report, &options](QPrinter *target) { paintSummaryTo(*target, report, options); });
    // The preview's Print button runs the system print dialog and accepts the preview once the
    // document went to the printer.
    if (preview.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        emit statusMessage(tr("Summary printed to %1").arg(nativePath(printer.outputFileName())));
        emit exported({printer.outputFileName()});
    } else {
        emit statusMessage(tr("Summary sent to %1").arg(printer.printerName()));
    }
}

void ExportController::exportSummaryPdf(const Report &report)
{
    SummarySettings settings;
    const std::optional<SummaryOptions> options =
        runSummaryDialog(report, tr("Export Summary as PDF"), tr("&Export…"), settings);
    if (!options)
        return;
    const QString path =
        askSaveFileName(tr("Export Summary as PDF"),
                        existingDirectory(settings.directory, QStandardPaths::DocumentsLocation),
                        ExportFormat::Pdf, summaryFileName(report));
    if (path.isEmpty())
        return;
    settings.directory = QFileInfo(path).absolutePath();
    QSettings store;
    saveSummarySettings(store, settings);

    ExportResult result;
    {
        WaitCursor wait;
        result = exportSummaryTo(report, *options, path);
    }
    if (!result.ok)
        showError(tr("The summary could not be exported."), result.error);
}

// ---- the work, without dialogs

ExportResult ExportController::exportFigureToFile(const Report &report, const QString &figureId,
                                                  ExportFormat format, const ExportOptions &options,
                                                  const QString &path)
{
    const Figure *figure = report.figure(figureId);
    if (!figure)
        return {false, path, tr("The report has no figure “%1”.").arg(figureId)};
    ExportResult result = Figdeck::exportFigure(report, *figure, format, options, path);
    if (result.ok) {
        emit statusMessage(tr("Exported “%1” to %2").arg(figure->title.text(), nativePath(path)));
        emit exported({result.path.isEmpty() ? path : result.path});
    }
    return result;
}

BatchResult ExportController::exportFigureTo(const Report &report, const QString &figureId,
                                             const QString &directory, const ExportOptions &options,
                                             const QList<ExportFormat> &formats)
{
    if (!report.figure(figureId))
        return {{}, tr("The report has no figure “%1”.").arg(figureId), false};
    return writeBatch(report, {figureId}, directory, options, formats);
}

BatchResult ExportController::exportAllTo(const Report &report, const QString &directory,
                                          const ExportOptions &options,
                                          const QList<ExportFormat> &formats)
{
    QStringList ids;
    for (const Figure &figure : report.figures)
        ids.append(figure.id);
    return writeBatch(report, ids, directory, options, formats);
}

BatchResult ExportController::writeBatch(const Report &report, const QStringList &figureIds,
                                         const QString &directory, const ExportOptions &options,
                                         const QList<ExportFormat> &formats)
{
    m_cancelRequested = false;
    const int total = int(figureIds.size() * formats.size());
    QProgressDialog progress(tr("Exporting figures…"), tr("Cancel"), 0, total, m_dialogParent);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);

    const BatchResult result = exportFigures(
        report, figureIds, formats, options, directory, [this, &progress](int done, int count) {
            progress.setLabelText(tr("Exported %1 of %2 files…").arg(done).arg(count));
            progress.setValue(done);
            emit progressChanged(done, count);
            return !progress.wasCanceled() && !m_cancelRequested;
        });
    progress.reset();

    if (!result.written.isEmpty())
        emit exported(result.written);
    const int written = int(result.written.size());
    if (result.cancelled) {
        emit statusMessage(tr("Export cancelled; %n file(s) written to %1", "", written)
                               .arg(nativePath(directory)));
    } else if (result.error.isEmpty()) {
        emit statusMessage(tr("Exported %n file(s) to %1", "", written).arg(nativePath(directory)));
    }
    return result;
}

void ExportController::cancel()
{
    m_cancelRequested = true;
}

bool ExportController::copyFigureToClipboard(const Report &report, const QString &figureId,
                                             const ExportOptions &options)
{
    const Figure *figure = report.figure(figureId);
    if (!figure)
        return false;
    std::unique_ptr<QMimeData> data = figureMimeData(report, *figure, options);
    if (!data)
        return false;
    QGuiApplication::clipboard()->setMimeData(data.release());
    emit statusMessage(tr("Copied “%1” to the clipboard").arg(figure->title.text()));
    return true;
}

std::unique_ptr<QMimeData> ExportController::figureMimeData(const Report &report,
                                                            const Figure &figure,
                                                            const ExportOptions &options)
{
    const QByteArray png = renderFigure(report, figure, ExportFormat::Png, options);
    const QByteArray svg = renderFigure(report, figure, ExportFormat::Svg, options);
    const QImage image = QImage::fromData(png, "PNG");
    if (svg.isEmpty() || image.isNull())
        return nullptr;
    auto data = std::make_unique<QMimeData>();
    data->setData(mimeType(ExportFormat::Png), png);
    data->setData(mimeType(ExportFormat::Svg), svg);
    data->setImageData(image);
    return data;
}

int ExportController::paintSummaryTo(QPrinter &printer, const Report &report,
                                     const SummaryOptions &options)
{
    SummaryOptions onPrinter = options;
    onPrinter.pageSize = printer.pageLayout().pageSize();
    return paintSummary(printer, report, onPrinter);
}

ExportResult ExportController::exportSummaryTo(const Report &report, const SummaryOptions &options,
                                               const QString &path)
{
    ExportResult result = writeSummaryPdf(report, options, path);
    if (result.ok) {
        emit statusMessage(tr("Summary written to %1").arg(nativePath(path)));
        emit exported({result.path.isEmpty() ? path : result.path});
    }
    return result;
}

// ---- helpers of the interactive actions

std::optional<ExportSettings> ExportController::runExportDialog(const Report &report,
                                                                const QString &previewFigureId,
                                                                const QString &title,
                                                                const QString &subject)
{
    QSettings store;
    ExportSettings settings = loadExportSettings(store);
    ExportDialog dialog(m_dialogParent);
    dialog.setWindowTitle(title);
    dialog.setSubject(subject);
    dialog.setOptions(settings.options);
    dialog.setFormats(settings.formats);
    dialog.setPreviewFigure(report, previewFigureId);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    settings.options = dialog.options();
    settings.formats = dialog.formats();
    saveExportSettings(store, settings);
    return settings;
}

std::optional<SummaryOptions> ExportController::runSummaryDialog(const Report &report,
                                                                 const QString &title,
                                                                 const QString &acceptText,
                                                                 SummarySettings &settings)
{
    QSettings store;
    settings = loadSummarySettings(store);
    SummaryDialog dialog(m_dialogParent);
    dialog.setWindowTitle(title);
    dialog.setAcceptText(acceptText);
    dialog.setReport(report);
    dialog.setOptions(SummaryOptions{settings.pageSize, {}, settings.theme});
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const SummaryOptions options = dialog.options();
    settings.pageSize = options.pageSize;
    settings.theme = options.theme;
    saveSummarySettings(store, settings);
    return options;
}

QString ExportController::askSaveFileName(const QString &title, const QString &directory,
                                          ExportFormat format, const QString &suggestedName)
{
    QFileDialog dialog(m_dialogParent, title, directory);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(nameFilter(format));
    dialog.setDefaultSuffix(toString(format));
    dialog.selectFile(suggestedName);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool ExportController::confirmReplace(const QString &directory, const QStringList &files)
{
    QStringList existing;
    const QDir dir(directory);
    for (const QString &file : files) {
        if (dir.exists(file))
            existing.append(file);
    }
    if (existing.isEmpty())
        return true;
    constexpr int MaxListed = 6;
    QString listed = existing.mid(0, MaxListed).join(QLatin1Char('\n'));
    if (existing.size() > MaxListed)
        listed += QLatin1Char('\n') + tr("and %n more", "", int(existing.size() - MaxListed));
    QMessageBox box(
        QMessageBox::Question, tr("Replace Files?"),
        tr("%n file(s) in %1 already exist and will be replaced.", "", int(existing.size()))
            .arg(nativePath(directory)),
        QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(listed);
    makePlainText(box);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(replace);
    box.exec();
    return box.clickedButton() == replace;
}

void ExportController::reportBatch(const BatchResult &result)
{
    if (result.error.isEmpty())
        return;
    const QString text =
        result.written.isEmpty()
            ? tr("The figures could not be exported.")
            : tr("Export stopped after %n file(s) were written.", "", int(result.written.size()));
    showError(text, result.error);
}

void ExportController::showError(const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, tr("Export Failed"), text, QMessageBox::Ok,
                    m_dialogParent);
    box.setInformativeText(details);
    makePlainText(box); // paths and file names, never markup
    box.exec();
}

} // namespace Figdeck
