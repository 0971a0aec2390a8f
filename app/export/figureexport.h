// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"
#include "format.h" // choiceList
#include "report.h"
#include "theme.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Figdeck {

enum class ExportFormat { Png, Pdf, Svg };
enum class ExportLayout {
    ChartOnly, // the chart alone
    Slide,     // title, subtitle, chart, footer with source line and numbered caveat notes
    Narrative, // slide with the figure's findings beside the chart
};

QString toString(ExportFormat f); // "png"
QString toString(ExportLayout l); // "chart", "slide", "narrative"
std::optional<ExportFormat> exportFormatFromString(const QString &s);
std::optional<ExportLayout> exportLayoutFromString(const QString &s);
QString mimeType(ExportFormat f); // "image/png", "application/pdf", "image/svg+xml"
QList<ExportFormat> allExportFormats();
QList<ExportLayout> allExportLayouts();

struct ExportOptions
{
    QSize size{1920, 1080}; // logical size of the figure
    qreal scale = 1;        // PNG only: pixels = size * scale
    int dpi = 96;           // PNG metadata
    ThemeId theme = ThemeId::Light;
    bool transparent = false; // PNG and SVG
    ExportLayout layout = ExportLayout::Slide;
    bool sharesAsBars = false;
    // ChartOnly: the chart's small print at this many logical pixels (a slide deck matches its
    // notes); 0: in proportion to the figure, as in the slide layout.
    qreal chartTextPixelSize = 0;
    // The report's label colours for a batch of figures (exportFigures works them out once);
    // null: each figure works them out.
    std::shared_ptr<const LabelColors> labelColors;
};

// The one table of export limits: the exporter checks them, the command line and the dialogs
// offer and check exactly these. Smallest and largest logical figure side, widest and tallest
// aspect (beyond them the title, chart and notes cannot share the figure readably), largest
// PNG side (size * scale), PNG pixel scale and resolution metadata.
constexpr int MinFigureSide = 160;
constexpr int MaxFigureSide = 8192;
constexpr int MaxAspect = 3;
constexpr int MaxImageSide = 16384;
constexpr int MinPngScale = 1;
constexpr int MaxPngScale = 4;
constexpr int MinDpi = 72;
constexpr int MaxDpi = 1200;
// No text of a figure (its frame's and its chart's) is drawn smaller than this many logical
// pixels of the figure, whatever its size: a small figure elides or leaves out its lower-priority
// text (notes, then the source line) rather than shrink it below what reads on a slide.
constexpr qreal MinFigureTextPx = 10;

// Why options cannot be exported ("Size 0x0 is out of range (160 to 8192 a side)."), or empty.
// Every message of the export layer and the command line has this one form: what, the value
// as given in quotes or as a size, what is wrong, and what is expected in brackets.
QString exportOptionsError(const ExportOptions &options);

QStringList exportFormatNames(); // "png", "pdf", "svg"
QStringList exportLayoutNames(); // "chart", "slide", "narrative"

struct ExportResult
{
    bool ok = false;
    QString path;
    QString error; // "cannot write out/headline.png: Permission denied"
};

// The credit of the whole report ("Source: <report title>, as summarised by <publisher> (<url>)",
// "Sources: A; B"): reportCredit() of credit.h, on every summary page and the deck's title slide.
QString sourceLine(const Report &report);
// The credit of one figure's numbers, figureCredit(): the line under every exported figure and
// on its slide. A version-1 pack's is its report's line.
QString sourceLine(const Report &report, const Figure &figure);

// The note of a figure's n-th caveat as the footer shows it: "† <caveat text>", with the sign
// the chart's marks carry (caveatSign()).
QString caveatNote(const Figure &figure, int index);

// "<figure-id>.<ext>".
QString exportFileName(const QString &figureId, ExportFormat format);
// "<n>-<figure-id>.<ext>", the file name exportFigures() writes: n is the figure's position in
// the report (1-based, zero-padded to the report's count), so files sort in the report's order
// whichever figures are exported.
QString exportFileName(const Report &report, const QString &figureId, ExportFormat format);

// Creates directory and its missing parents; the reason it cannot ("Permission denied",
// "'out' is a file, not a folder"), or empty when the folder is there.
QString makeFolder(const QString &directory);

// Paints the figure in its layout into a painter whose logical window is options.size.
// The one drawing routine behind every format, the clipboard and the summary.
// Text sizes are proportional to options.size (a 1920x1080 figure is a 1280x720 one scaled by
// 1.5) and in pixel, not point, sizes: the device's resolution does not change the layout.
// Fills the background unless options.transparent.
void paintFigure(QPainter &painter, const Report &report, const Figure &figure,
                 const ExportOptions &options);

// Encoded bytes of one figure in one format (clipboard, tests).
QByteArray renderFigure(const Report &report, const Figure &figure, ExportFormat format,
                        const ExportOptions &options);

// Writes one figure atomically (QSaveFile): on failure the old file stays, no partial file.
ExportResult exportFigure(const Report &report, const Figure &figure, ExportFormat format,
                          const ExportOptions &options, const QString &path);

// Writes DIR/<figure-id>.<ext> for every figure id and format. progress(done, total) is
// called after each file; returning false cancels (files already written stay, nothing
// partial is left). Stops at the first failure.
struct BatchResult
{
    QStringList written;
    QString error; // empty on success
    bool cancelled = false;
};
BatchResult exportFigures(const Report &report, const QStringList &figureIds,
                          const QList<ExportFormat> &formats, const ExportOptions &options,
                          const QString &directory,
                          const std::function<bool(int done, int total)> &progress = {});

} // namespace Figdeck
