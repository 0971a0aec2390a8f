// SPDX-License-Identifier: GPL-3.0-or-later
// Encoding a painted figure as PNG, PDF or SVG, and writing files atomically.
#include "figureexport.h"

#include "deflatelevel.h"
#include "exportstrings.h"
#include "exportwriter.h"
#include "figurepainter.h"
#include "pngencoder.h"
#include "xmltext.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cmath>

#include <sys/stat.h>

namespace Figdeck {

QString toString(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

QString toString(ExportLayout l)
{
    switch (l) {
    case ExportLayout::ChartOnly:
        return QStringLiteral("chart");
    case ExportLayout::Slide:
        return QStringLiteral("slide");
    case ExportLayout::Narrative:
        return QStringLiteral("narrative");
    }
    return {};
}

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg};
}

QList<ExportLayout> allExportLayouts()
{
    return {ExportLayout::ChartOnly, ExportLayout::Slide, ExportLayout::Narrative};
}

std::optional<ExportFormat> exportFormatFromString(const QString &s)
{
    const QString name = s.trimmed().toLower();
    for (ExportFormat f : allExportFormats()) {
        if (toString(f) == name)
            return f;
    }
    return std::nullopt;
}

std::optional<ExportLayout> exportLayoutFromString(const QString &s)
{
    const QString name = s.trimmed().toLower();
    for (ExportLayout l : allExportLayouts()) {
        if (toString(l) == name)
            return l;
    }
    return std::nullopt;
}

QString mimeType(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png:
        return QStringLiteral("image/png");
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Svg:
        return QStringLiteral("image/svg+xml");
    }
    return {};
}

QString exportFileName(const QString &figureId, ExportFormat format)
{
    return figureId + QLatin1Char('.') + toString(format);
}

QString exportFileName(const Report &report, const QString &figureId, ExportFormat format)
{
    const int count = int(report.figures.size());
    const int digits = int(QString::number(std::max(count, 1)).size());
    const int position = report.figureIndex(figureId) + 1;
    return QStringLiteral("%1-").arg(position, digits, 10, QLatin1Char('0')) +
           exportFileName(figureId, format);
}

QString makeFolder(const QString &directory)
{
    const QString absolute = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    // From the deepest folder that exists down to the one asked for, so that the reason given
    // is the system's own for the folder that could not be made.
    QStringList missing;
    QString existing = absolute;
    while (!QFileInfo::exists(existing)) {
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    if (!QFileInfo(existing).isDir())
        return ExportMessage::tr("'%1' is a file, not a folder")
            .arg(QDir::toNativeSeparators(existing));
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), 0777) != 0 && errno != EEXIST)
            return qt_error_string(errno);
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList names;
    for (ExportFormat f : allExportFormats())
        names << toString(f);
    return names;
}

QStringList exportLayoutNames()
{
    QStringList names;
    for (ExportLayout l : allExportLayouts())
        names << toString(l);
    return names;
}

QString exportOptionsError(const ExportOptions &options)
{
    const QSize size = options.size;
    if (size.width() < MinFigureSide || size.height() < MinFigureSide ||
        size.width() > MaxFigureSide || size.height() > MaxFigureSide)
        return ExportMessage::tr("Size %1x%2 is out of range (%3 to %4 a side).")
            .arg(size.width())
            .arg(size.height())
            .arg(MinFigureSide)
            .arg(MaxFigureSide);
    if (size.width() > MaxAspect * size.height() || size.height() > MaxAspect * size.width())
        return ExportMessage::tr("Size %1x%2 is too wide or too tall (at most %3:1).")
            .arg(size.width())
            .arg(size.height())
            .arg(MaxAspect);
    if (!std::isfinite(options.scale) || options.scale < MinPngScale || options.scale > MaxPngScale)
        return ExportMessage::tr("Scale '%1' is out of range (%2 to %3).")
            .arg(options.scale)
            .arg(MinPngScale)
            .arg(MaxPngScale);
    if (size.width() * options.scale > MaxImageSide || size.height() * options.scale > MaxImageSide)
        return ExportMessage::tr("Scale '%1' is too large for %2x%3 (at most %4 pixels a side).")
            .arg(options.scale)
            .arg(size.width())
            .arg(size.height())
            .arg(MaxImageSide);
    if (options.dpi < MinDpi || options.dpi > MaxDpi)
        return ExportMessage::tr("DPI '%1' is out of range (%2 to %3).")
            .arg(options.dpi)
            .arg(MinDpi)
            .arg(MaxDpi);
    return {};
}

namespace {

QString creator()
{
    return QStringLiteral("Figdeck ") + QStringLiteral(FIGDECK_VERSION);
}

// The figure painted for PNG, ready to encode (the encoding may run on another thread).
QImage renderPngImage(const Report &report, const Figure &figure, const ExportOptions &options)
{
    const QSize pixels(qRound(options.size.width() * options.scale),
                       qRound(options.size.height() * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(options.scale);
    {
        QPainter painter(&image);
        // Rounding the pixel size must not shift the layout: map options.size onto it exactly.
        painter.scale(pixels.width() / (options.scale * options.size.width()),
                      pixels.height() / (options.scale * options.size.height()));
        paintFigure(painter, report, figure, options);
    }
    // Opaque figures without an alpha channel: about 10% smaller files.
    if (!options.transparent)
        image = image.convertToFormat(QImage::Format_RGB32);
    // Set after painting: nothing painted depends on the DPI, only what slide tools read.
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray renderPng(const Report &report, const Figure &figure, const ExportOptions &options)
{
    const QImage image = renderPngImage(report, figure, options);
    return image.isNull() ? QByteArray() : encodePng(image);
}

QByteArray renderPdf(const Report &report, const Figure &figure, const ExportOptions &options)
{
    ExportOptions pdfOptions = options;
    pdfOptions.transparent = false; // a PDF page has no transparent background

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        const DeflateLevel deflate(DeflateLevel::PdfLevel);
        QPdfWriter writer(&buffer);
        writer.setTitle(figure.title.text());
        writer.setCreator(creator());
        // A figure unit is a CSS pixel (1/96 inch): a 1920x1080 figure is a 20 x 11.25 inch
        // page, the same physical size as the SVG and the PNG at 96 DPI.
        const QSizeF points = QSizeF(options.size) * (72.0 / 96.0);
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(96);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        // The figure's logical window on the whole page, whatever the writer's resolution.
        painter.setWindow(QRect(QPoint(0, 0), options.size));
        painter.setViewport(0, 0, writer.width(), writer.height());
        paintFigure(painter, report, figure, pdfOptions);
        painter.end();
    }
    return bytes;
}

QByteArray renderSvg(const Report &report, const Figure &figure, const ExportOptions &options)
{
    const std::unique_ptr<FigureChart> chart =
        createFigureChart(report, figure, chartOptionsFor(options));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // 96, not the default 72: otherwise every text comes out 25% small.
        generator.setResolution(96);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        // QSvgGenerator writes both into <title> and <desc> as they are: escape them here.
        generator.setTitle(xmlEscaped(figure.title.text()));
        generator.setDescription(xmlEscaped(chart->accessibleDescription()));
        QPainter painter;
        if (!painter.begin(&generator))
            return {};
        paintFigureWith(painter, report, figure, options, *chart);
        painter.end();
    }
    // QSvgGenerator escapes markup in drawn text but keeps control characters XML forbids.
    return withoutXmlForbiddenChars(bytes);
}

} // namespace

QByteArray renderFigure(const Report &report, const Figure &figure, ExportFormat format,
                        const ExportOptions &options)
{
    if (!exportOptionsError(options).isEmpty())
        return {};
    switch (format) {
    case ExportFormat::Png:
        return renderPng(report, figure, options);
    case ExportFormat::Pdf:
        return renderPdf(report, figure, options);
    case ExportFormat::Svg:
        return renderSvg(report, figure, options);
    }
    return {};
}

namespace {

// Writes what a renderer made, or says that it made nothing.
ExportResult writeRendered(const QString &path, ExportFormat format, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        ExportResult result;
        result.path = path;
        result.error =
            ExportMessage::tr("Cannot write '%1': the figure could not be rendered as %2.")
                .arg(QDir::toNativeSeparators(path), toString(format).toUpper());
        return result;
    }
    return writeFileAtomically(path, bytes);
}

} // namespace

ExportResult exportFigure(const Report &report, const Figure &figure, ExportFormat format,
                          const ExportOptions &options, const QString &path)
{
    const QString optionsError = exportOptionsError(options);
    if (!optionsError.isEmpty()) {
        ExportResult result;
        result.path = path;
        result.error = ExportMessage::tr("Cannot write '%1': %2")
                           .arg(QDir::toNativeSeparators(path), optionsError);
        return result;
    }
    return writeRendered(path, format, renderFigure(report, figure, format, options));
}

BatchResult exportFigures(const Report &report, const QStringList &figureIds,
                          const QList<ExportFormat> &formats, const ExportOptions &options,
                          const QString &directory,
                          const std::function<bool(int done, int total)> &progress)
{
    BatchResult result;
    // Every id is checked before anything is written: a typo must not leave half a batch.
    for (const QString &id : figureIds) {
        if (!report.figure(id)) {
            result.error = ExportMessage::tr("Figure id '%1' is unknown.").arg(id);
            return result;
        }
    }
    const QString optionsError = exportOptionsError(options);
    if (!optionsError.isEmpty()) {
        result.error = optionsError;
        return result;
    }
    if (const QString reason = makeFolder(directory); !reason.isEmpty()) {
        result.error = ExportMessage::tr("Cannot create the folder '%1': %2.")
                           .arg(QDir::toNativeSeparators(directory), reason);
        return result;
    }
    const QDir dir(directory);
    const int total = int(figureIds.size() * formats.size());
    ExportOptions batch = options;
    if (!batch.labelColors)
        batch.labelColors = reportLabelColors(report);
    // Painting stays on this thread (charts use Qt Charts' graphics items); PNG encoding, most
    // of a PNG's time, runs on the pool, a few figures ahead of the painting. Files are written
    // here, in the batch's order: a cancel or a failure leaves exactly the files before it.
    struct Pending
    {
        QString path;
        ExportFormat format;
        QFuture<QByteArray> bytes;
    };
    const int ahead = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    QList<Pending> pending;
    bool stop = false;
    const auto writeOldest = [&] {
        const Pending oldest = pending.takeFirst();
        const ExportResult written =
            writeRendered(oldest.path, oldest.format, oldest.bytes.result());
        if (!written.ok) {
            result.error = written.error;
            stop = true;
            return;
        }
        result.written << written.path;
        if (progress && !progress(int(result.written.size()), total))
            stop = true;
    };
    for (const QString &id : figureIds) {
        const Figure &figure = *report.figure(id);
        for (ExportFormat format : formats) {
            if (stop)
                break;
            Pending job{dir.filePath(exportFileName(report, id, format)), format, {}};
            if (format == ExportFormat::Png) {
                const QImage image = renderPngImage(report, figure, batch);
                job.bytes = QtConcurrent::run(
                    [image] { return image.isNull() ? QByteArray() : encodePng(image); });
            } else {
                job.bytes = QtFuture::makeReadyFuture(renderFigure(report, figure, format, batch));
            }
            pending << job;
            while (!stop && !pending.isEmpty() &&
                   (pending.size() > ahead || pending.constFirst().bytes.isFinished()))
                writeOldest();
        }
    }
    while (!stop && !pending.isEmpty())
        writeOldest();
    for (Pending &job : pending)
        job.bytes.waitForFinished(); // encodings of files that will not be written
    result.cancelled = stop && result.error.isEmpty() && result.written.size() < total;
    return result;
}

} // namespace Figdeck
